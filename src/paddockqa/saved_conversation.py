"""A chat conversation kept in the browser, signed so that only this server's answers come back.

The chat page keeps its conversation's answers in the browser (Gradio's ``BrowserState``, the
browser's localStorage), so a reloaded page, a closed tab or a restarted server gives the
conversation back: the follow-ups lean on it again, its citations open, its export holds it.

What comes back from a browser is the browser's to change, and the server opens the documents
an answer cites. So the answers are signed with an HMAC (SHA-256) under a key that never
leaves the server (``conversation_key``), and a payload that does not verify, was kept for
another user, or by another version of this format, gives no conversation: it is dropped,
not trusted. Signed, not secret: Gradio encrypts the value in localStorage with a secret it
sends to the page, which hides it from a casual look, not from whoever uses that browser.

The signature covers the JSON text itself, kept as a string inside the payload: the browser
writes numbers its own way ("0.0" comes back as "0"), so a signature over a re-encoding of
what it returns would not verify.

Pure but for ``conversation_key``, which reads or creates the key file.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import hmac
import json
import logging
import os
import secrets
from pathlib import Path
from typing import Any

from paddockqa.domain import Answer, Citation, ShortAnswer
from paddockqa.messages import Message

log = logging.getLogger(__name__)

VERSION = 2  # of the signed shape below: another version's payload is dropped, never misread
MAX_SAVED_ANSWERS = 50  # the newest kept: about 5 kB each with their passages, far below localStorage's 5 MB
KEY_FILE = "conversation.key"
KEY_BYTES = 32  # HMAC-SHA256's block-sized key (RFC 2104 recommends at least the output's 32)


def sign(answers: list[Answer], user: str | None, key: bytes) -> dict[str, Any]:
    """The payload to keep in the browser: the newest ``MAX_SAVED_ANSWERS`` answers and the
    user they were given to (None without login), as JSON text, with its signature (pure)."""
    body = json.dumps(
        {"v": VERSION, "user": user, "answers": [_answer(a) for a in answers[-MAX_SAVED_ANSWERS:]]},
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return {"v": VERSION, "body": body, "mac": _mac(body, key)}


def unsign(payload: object, user: str | None, key: bytes) -> list[Answer]:
    """The answers of a payload ``sign`` made for ``user`` under ``key``; [] for anything else
    (none kept, changed, signed under another key or for another user, another version)
    (pure). Never raises: a browser's storage is not an error of this user's."""
    if not isinstance(payload, dict):
        return []
    body, mac = payload.get("body"), payload.get("mac")
    if not isinstance(body, str) or not isinstance(mac, str) or not mac.isascii():
        return []
    if not hmac.compare_digest(mac, _mac(body, key)):
        return []
    try:  # verified: this server wrote it, so only a bug of ours fails below
        data = json.loads(body)
        if data.get("v") != VERSION or data.get("user") != user:
            return []
        return [_from_answer(a) for a in data["answers"]]
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        log.warning("A saved conversation could not be read back (%s); it is dropped", exc)
        return []


def conversation_key(folder: Path) -> bytes:
    """The server's signing key, kept in ``folder``/``KEY_FILE`` (made there, readable by its
    owner only, the first time), so conversations outlive a restart.

    A folder that cannot hold it (read-only, full) gives a key for this process only: the
    conversations then survive a reload of the page, not a restart, and the log says why.
    """
    path = folder / KEY_FILE
    try:
        return _read_key(path)
    except FileNotFoundError:
        pass
    except OSError as exc:
        log.warning("Cannot read %s (%s): conversations kept in browsers will not outlive a restart", path, exc)
        return secrets.token_bytes(KEY_BYTES)
    key = secrets.token_bytes(KEY_BYTES)
    draft = folder / f".{KEY_FILE}.{os.getpid()}.{secrets.token_hex(4)}"
    drafted = False
    try:
        folder.mkdir(parents=True, exist_ok=True)
        # Written whole beside it, then linked in place: a server starting at the same time
        # reads no key or a whole one, and two cannot each keep their own (link fails on a
        # name that exists; that server's key is the one then).
        fd = os.open(draft, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        drafted = True
        with os.fdopen(fd, "w", encoding="ascii") as handle:
            handle.write(key.hex())
            handle.flush()
            os.fsync(handle.fileno())
        try:
            os.link(draft, path)
        except FileExistsError:
            return _read_key(path)
        except OSError as exc:
            if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV):
                raise
            # A file system without hard links (FAT, some network mounts): a rename is atomic
            # too, but replaces a key another server wrote in the same instant (that server
            # then signs with its own until it restarts).
            if path.exists():
                return _read_key(path)
            os.replace(draft, path)
            drafted = False
    except OSError as exc:
        log.warning("Cannot write %s (%s): conversations kept in browsers will not outlive a restart", path, exc)
        return key
    finally:
        if drafted:  # never unlinked when not made: on a read-only folder that fails too (EROFS)
            with contextlib.suppress(OSError):
                draft.unlink()
    return key


def browser_secret(key: bytes) -> str:
    """The secret Gradio encrypts the stored value with, derived from ``key`` (pure).

    It is sent to the page, so it is not the key; stable across restarts, so the page can
    decrypt what it stored before one."""
    return hmac.new(key, b"paddockqa browser storage", hashlib.sha256).hexdigest()[:32]


def _read_key(path: Path) -> bytes:
    text = path.read_text(encoding="ascii").strip()
    try:
        key = bytes.fromhex(text)
    except ValueError:
        key = b""
    if len(key) < KEY_BYTES:  # a key being written by a server starting beside us reads short
        raise OSError(f"{path} does not hold a {KEY_BYTES}-byte key in hex: delete it to make a new one")
    return key


def _mac(body: str, key: bytes) -> str:
    return hmac.new(key, body.encode("utf-8", "surrogatepass"), hashlib.sha256).hexdigest()


# The codec: JSON values only (what localStorage holds); a Message keeps its key and values,
# so an answer saved from a French page is said in English on an English one.


def _said(value: object) -> Any:
    if isinstance(value, Message):
        return {"key": value.key, "values": [[k, _said(v)] for k, v in value.values], "base": value.base}
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return str(value)  # a path or a number type of a message's values: said as text anyway


def _unsaid(value: Any) -> Any:
    if isinstance(value, dict):
        values = tuple((str(k), _unsaid(v)) for k, v in value["values"])
        return Message(str(value["key"]), values, str(value["base"]))
    return value


def _pair(value: Any) -> tuple[int, int]:
    a, b = value
    return int(a), int(b)


def _citation(c: Citation) -> dict[str, Any]:
    return {
        "n": c.n,
        "source": c.source,
        "title": c.title,
        "start": c.start,
        "end": c.end,
        "quote": c.quote,
        "score": c.score,
        "passage": c.passage,
        "highlight": list(c.highlight),
        "date": c.date,
        "page": c.page,
        "also": list(c.also),
        "emphasis": list(c.emphasis) if c.emphasis else None,
    }


def _from_citation(d: dict[str, Any]) -> Citation:
    return Citation(
        n=int(d["n"]),
        source=str(d["source"]),
        title=str(d["title"]),
        start=int(d["start"]),
        end=int(d["end"]),
        quote=str(d["quote"]),
        score=float(d["score"]),
        passage=str(d["passage"]),
        highlight=_pair(d["highlight"]),
        date=d["date"],
        page=d["page"],
        also=tuple(str(s) for s in d["also"]),
        emphasis=_pair(d["emphasis"]) if d["emphasis"] else None,
    )


def _answer(a: Answer) -> dict[str, Any]:
    short = a.short_answer
    return {
        "question": a.question,
        "answered": a.answered,
        "text": str(a.text),
        "citations": [_citation(c) for c in a.citations],
        "confidence": a.confidence,
        "mode": a.mode,
        "model": a.model,
        "sentences": list(a.sentences),
        "unsupported": list(a.unsupported),
        "unsupported_reasons": [_said(r) for r in a.unsupported_reasons],
        "invalid_citations": list(a.invalid_citations),
        "notice": _said(a.notice),
        "short_answer": [short.text, short.n, short.start, short.end] if short else None,
        "resolved_question": a.resolved_question,
        "message": _said(a.message),
    }


def _from_answer(d: dict[str, Any]) -> Answer:
    short = d["short_answer"]
    return Answer(
        question=str(d["question"]),
        answered=bool(d["answered"]),
        text=str(d["text"]),
        citations=tuple(_from_citation(c) for c in d["citations"]),
        confidence=float(d["confidence"]),
        mode=str(d["mode"]),
        model=d["model"],
        sentences=tuple(str(s) for s in d["sentences"]),
        unsupported=tuple(int(i) for i in d["unsupported"]),
        unsupported_reasons=tuple(_unsaid(r) for r in d["unsupported_reasons"]),
        invalid_citations=tuple(int(i) for i in d["invalid_citations"]),
        notice=_unsaid(d["notice"]),
        short_answer=ShortAnswer(str(short[0]), int(short[1]), int(short[2]), int(short[3])) if short else None,
        resolved_question=d["resolved_question"],
        message=_unsaid(d["message"]),
    )
