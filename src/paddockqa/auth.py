"""Who may use the web app, and who may change the corpus.

Login is off by default (the app listens on 127.0.0.1 only). It is turned on by
``PADDOCKQA_AUTH`` (``user:password``, several separated by commas) or by
``PADDOCKQA_AUTH_FILE`` (one ``user:password`` a line, ``#`` comments). With
``PADDOCKQA_ADMINS`` (user names, comma-separated), only those users see and may use the
Corpus tab (upload, rebuild, delete); without it every logged-in user may.
"""

from __future__ import annotations

import hmac
from dataclasses import dataclass
from pathlib import Path

from paddockqa.errors import ConfigError


@dataclass(frozen=True)
class Users:
    """The accounts of the app."""

    passwords: dict[str, str]
    admins: frozenset[str] = frozenset()  # empty: every user may change the corpus

    def check(self, user: str, password: str) -> bool:
        """Whether the password is the user's (compared in constant time)."""
        expected = self.passwords.get(user)
        return expected is not None and hmac.compare_digest(expected.encode(), password.encode())

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
