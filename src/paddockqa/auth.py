"""Who may use the web app, and who may change the corpus.

Login is off by default (the app listens on 127.0.0.1 only). It is turned on by
``PADDOCKQA_AUTH`` (``user:password``, several separated by commas) or by
``PADDOCKQA_AUTH_FILE`` (one ``user:password`` a line, ``#`` comments). With
``PADDOCKQA_ADMINS`` (user names, comma-separated), only those users see and may use the
Corpus tab (upload, rebuild, delete); without it every logged-in user may.
"""

from __future__ import annotations

import hmac
import logging
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from paddockqa.errors import ConfigError

log = logging.getLogger(__name__)
# Password guessing, on the login page or as /v1's Bearer key: past MAX_FAILURES wrong
# passwords for one user name within FAILURE_WINDOW seconds, that name is refused, right
# password or not, until the window has passed (OWASP's account lockout, kept short: a
# user locked out by someone else waits a minute). A guesser gets 10 tries a minute.
MAX_FAILURES = 10
FAILURE_WINDOW = 60.0


class _Throttle:
    """Recent failed logins per user name (thread-safe: Gradio checks logins in threads)."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._failures: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def _recent(self, user: str, now: float) -> deque[float]:
        failures = self._failures.setdefault(user, deque())
        while failures and now - failures[0] > FAILURE_WINDOW:
            failures.popleft()
        return failures

    def locked(self, user: str) -> bool:
        with self._lock:
            return len(self._recent(user, self._clock())) >= MAX_FAILURES

    def failed(self, user: str) -> None:
        with self._lock:
            failures = self._recent(user, self._clock())
            failures.append(self._clock())
            if len(failures) == MAX_FAILURES:
                log.warning(
                    "%d wrong passwords for %r within %g s: refused for a while", MAX_FAILURES, user, FAILURE_WINDOW
                )
            if len(self._failures) > 10_000:  # names made up by a guesser: keep the memory bounded
                now = self._clock()
                self._failures = {u: f for u, f in self._failures.items() if f and now - f[-1] <= FAILURE_WINDOW}


@dataclass(frozen=True)
class Users:
    """The accounts of the app."""

    passwords: dict[str, str]
    admins: frozenset[str] = frozenset()  # empty: every user may change the corpus
    throttle: _Throttle = field(default_factory=_Throttle, compare=False, repr=False)

    def check(self, user: str, password: str) -> bool:
        """Whether the password is the user's (compared in constant time); False, whatever the
        password, for a user name with ``MAX_FAILURES`` wrong ones in the last ``FAILURE_WINDOW`` s."""
        if self.throttle.locked(user):
            return False
        expected = self.passwords.get(user)
        right = expected is not None and hmac.compare_digest(expected.encode(), password.encode())
        if not right:
            self.throttle.failed(user)
        return right

    def may_edit(self, user: str | None) -> bool:
        """Whether this logged-in user may upload, rebuild and delete."""
        return user is not None and user in self.passwords and (not self.admins or user in self.admins)


def parse_users(entries: list[str], origin: str) -> dict[str, str]:
    """``user:password`` entries -> passwords by user (pure); ConfigError says which entry is wrong."""
    users: dict[str, str] = {}
    for number, entry in enumerate(entries, 1):
        user, sep, password = entry.strip().partition(":")
        if not sep or not user.strip() or not password:
            raise ConfigError(f"Entry {number} of {origin} is not user:password. Write one user:password per entry.")
        users[user.strip()] = password
    return users


def load_users(auth: str, auth_file: str, admins: str) -> Users | None:
    """The accounts from the settings, or None when login is off."""
    passwords: dict[str, str] = {}
    if auth:
        passwords.update(parse_users(auth.split(","), "PADDOCKQA_AUTH"))
    if auth_file:
        try:
            lines = Path(auth_file).read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise ConfigError(
                f"Cannot read the users file {auth_file}: {exc.strerror}. Fix PADDOCKQA_AUTH_FILE."
            ) from exc
        entries = [line for line in lines if line.strip() and not line.lstrip().startswith("#")]
        passwords.update(parse_users(entries, auth_file))
    if not passwords:
        if admins:
            raise ConfigError("PADDOCKQA_ADMINS is set but login is off: set PADDOCKQA_AUTH or PADDOCKQA_AUTH_FILE.")
        return None
    names = frozenset(name.strip() for name in admins.split(",") if name.strip())
    unknown = sorted(names - set(passwords))
    if unknown:
        raise ConfigError(f"PADDOCKQA_ADMINS names {', '.join(unknown)}, who have no password. Add them or fix it.")
    return Users(passwords, names)


def is_loopback(host: str) -> bool:
    """Whether listening on ``host`` keeps the app on this machine (pure)."""
    import ipaddress

    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False  # a host name: it may resolve to anything
