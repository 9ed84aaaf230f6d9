"""Files on disk -> Documents.

Reads ``.txt`` and ``.md`` files below the corpus folder, detects their encoding (UTF-8,
UTF-8 with BOM, and the Windows-1252 / Latin-1 of older French press archives), and
derives a title and, where the header states one, a date. A file that cannot be read is
reported as ``Skipped`` and never stops the others.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from paddockqa.domain import Document, Skipped
from paddockqa.errors import CorpusError
from paddockqa.text import clean_layout, collapse_whitespace

SUFFIXES = (".txt", ".md")
MAX_FILE_BYTES = 20 * 1024 * 1024
_TITLE_MAX = 120

_MONTHS = {
    "janvier": 1, "janv": 1, "février": 2, "fevrier": 2, "févr": 2, "fév": 2, "fevr": 2,
    "mars": 3, "avril": 4, "avr": 4, "mai": 5, "juin": 6, "juillet": 7, "juil": 7,
    "août": 8, "aout": 8, "septembre": 9, "sept": 9, "sep": 9, "octobre": 10, "oct": 10,
    "novembre": 11, "nov": 11, "décembre": 12, "decembre": 12, "déc": 12, "dec": 12,
}  # fmt: skip
_FRENCH_DATE = re.compile(
    r"\b(\d{1,2})(?:er)?\s+(" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?\s+(\d{4})\b",
    re.IGNORECASE,
)
_NUMERIC_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b|\b(\d{1,2})/(\d{1,2})/(\d{4})\b")


@dataclass(frozen=True)
class CorpusScan:
    """The readable documents of a corpus folder and the files that were skipped."""

    documents: tuple[Document, ...]
    skipped: tuple[Skipped, ...]


def scan_corpus(folder: Path) -> CorpusScan:
    """Read every supported file below ``folder``, in a stable order."""
    if not folder.is_dir():
        raise CorpusError(
            f"Corpus folder {folder} does not exist. Create it and put .txt or .md press texts in it, "
            "or point PADDOCKQA_CORPUS / --corpus at your folder."
        )
    documents: list[Document] = []
    skipped: list[Skipped] = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        source = path.relative_to(folder).as_posix()
        if any(part.startswith(".") for part in path.relative_to(folder).parts):
            continue  # editor swap files, .git and the like
        if path.suffix.lower() not in SUFFIXES:
            skipped.append(Skipped(source, f"unsupported file type {path.suffix or '(none)'}; use .txt or .md"))
            continue
        try:
            documents.append(read_document(path, source))
        except UnreadableFile as exc:
            skipped.append(Skipped(source, str(exc)))
    return CorpusScan(tuple(documents), tuple(skipped))


class UnreadableFile(Exception):
    """A corpus file that cannot be indexed; the message is the reason shown to the user."""


def read_document(path: Path, source: str) -> Document:
    """Read one file into a Document, or raise UnreadableFile with the reason."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise UnreadableFile(
                f"file is {size // (1024 * 1024)} MB, over the {MAX_FILE_BYTES // (1024 * 1024)} MB limit"
            )
        raw = path.read_bytes()
    except OSError as exc:
        raise UnreadableFile(f"cannot read file: {exc.strerror or exc}") from exc
    text, encoding = decode(raw)
    if not text.strip():
        raise UnreadableFile("file is empty")
    title = _markdown_title(text) if path.suffix.lower() == ".md" else None
    return Document(
        source=source,
        title=title or derive_title(text, fallback=path.stem),
        date=derive_date(text),
        text=text,
        content_hash=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        encoding=encoding,
    )


def decode(raw: bytes) -> tuple[str, str]:
    """Decode file bytes, returning the text and the encoding used.

    UTF-8 is tried first (it rarely decodes anything else by accident); otherwise
    charset-normalizer picks among the legacy encodings. Binary data is refused.
    """
    if b"\x00" in raw[:8192]:
        raise UnreadableFile("binary file (contains NUL bytes), not text")
    if raw.startswith(b"\xef\xbb\xbf"):
        try:
            return raw[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError as exc:
            raise UnreadableFile("file starts with a UTF-8 mark but is not valid UTF-8") from exc
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(raw, cp_isolation=["cp1252", "latin_1", "iso8859_15", "utf_16"]).best()
    if best is None:
        raise UnreadableFile("not a text file: no text encoding fits its bytes")
    text = str(best)
    controls = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\n\r\t\f")
    if controls > max(2, len(text) // 200):
        raise UnreadableFile("not a text file: too many control characters (binary data?)")
    return text, best.encoding


def derive_title(text: str, fallback: str) -> str:
    """The headline: the first short line that is not a dateline, with its kicker if any."""
    lines = [collapse_whitespace(line) for line in clean_layout(text).text.split("\n")]
    lines = [line for line in lines if line][:6]
    for i, line in enumerate(lines):
        if len(line) > _TITLE_MAX or _FRENCH_DATE.search(line) or _NUMERIC_DATE.search(line):
            if len(line) > _TITLE_MAX:
                break
            continue
        if line.endswith(":") and i + 1 < len(lines) and len(lines[i + 1]) <= _TITLE_MAX:
            return f"{line} {lines[i + 1]}"
        return line
    first = lines[0] if lines else fallback
    if len(first) <= _TITLE_MAX:
        return first
    cut = first[:_TITLE_MAX].rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:") + "…"


def derive_date(text: str) -> str | None:
    """An ISO date stated in the header (first lines) of the text, if any."""
    head = collapse_whitespace(text[:400])
    match = _FRENCH_DATE.search(head)
    if match:
        day, month, year = int(match.group(1)), _MONTHS[match.group(2).lower()], int(match.group(3))
        return _iso(year, month, day)
    match = _NUMERIC_DATE.search(head)
    if match:
        if match.group(1):
            return _iso(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        return _iso(int(match.group(6)), int(match.group(5)), int(match.group(4)))
    return None


def _iso(year: int, month: int, day: int) -> str | None:
    import datetime as dt

    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _markdown_title(text: str) -> str | None:
    for line in text.splitlines()[:20]:
        if line.startswith("# "):
            return collapse_whitespace(line[2:]) or None
    return None
