"""File bytes -> text and metadata, one reader per format.

- ``.txt``: UTF-8, UTF-8 with BOM, else charset-normalizer among the legacy encodings of
  older French press archives (Windows-1252, Latin-1).
- ``.md``: as text, with optional YAML front matter (title, date, source, author); the
  front matter is metadata, not part of the text that is searched and cited.
- ``.html``/``.htm``: the main text only (``<article>`` or ``<main>`` when the page has
  one), without navigation, scripts or styles; title and date from the page's metadata.
- ``.pdf``: the text layer, page by page; the offset where each page starts is kept, so
  a citation can say "p. 2".
- ``.docx``: paragraphs and tables; title, author and date from the document properties.

Every reader raises ``UnreadableFile`` with the reason shown to the user.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

SUFFIXES = (".txt", ".md", ".html", ".htm", ".pdf", ".docx")
_HINTS = {
    ".doc": "save it as .docx",
    ".rtf": "save it as .docx",
    ".odt": "save it as .docx",
    ".xhtml": "rename it .html",
}
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_BLOCKS = (
    "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6",
    "li", "blockquote", "pre", "tr", "br", "table", "ul", "ol", "figcaption", "dd", "dt",
)  # fmt: skip
_NOISE = ("script", "style", "noscript", "nav", "aside", "form", "iframe", "svg", "template")
_PAGE_FRAME = ("header", "footer")


_LOCKED_PDF = "password-protected PDF: save a copy without the password, then add it again"


class UnreadableFile(Exception):
    """A corpus file that cannot be indexed; the message is the reason shown to the user."""


@dataclass(frozen=True)
class Extracted:
    """What a reader found in one file."""

    text: str
    format: str  # "txt", "md", "html", "pdf" or "docx"
    encoding: str = ""  # for text formats
    title: str | None = None  # from the file's metadata, when it states one
    date: str | None = None  # ISO, from the metadata
    author: str | None = None
    origin: str | None = None  # the publication or site the text comes from
    pages: tuple[int, ...] = ()  # offset in ``text`` where each page starts (PDF)


def unsupported_reason(suffix: str) -> str:
    """Why a file of this type is not read, and what to do about it."""
    hint = _HINTS.get(suffix.lower(), "use " + ", ".join(SUFFIXES))
    return f"unsupported file type {suffix or '(none)'}; {hint}"


def extract(raw: bytes, suffix: str) -> Extracted:
    """Read a file's bytes according to its suffix."""
    readers: dict[str, Callable[[bytes], Extracted]] = {
        ".txt": read_text,
        ".md": read_markdown,
        ".html": read_html,
        ".htm": read_html,
        ".pdf": read_pdf,
        ".docx": read_docx,
    }
    reader = readers.get(suffix.lower())
    if reader is None:
        raise UnreadableFile(unsupported_reason(suffix))
    try:
        found = reader(raw)
    except UnreadableFile:
        raise
    except Exception as exc:  # noqa: BLE001 - parsers of untrusted files fail in endless ways; skip the file, never the run
        raise UnreadableFile(f"cannot read this {suffix} file ({type(exc).__name__}: {exc}); save it again") from exc
    if not found.text.strip():
        raise UnreadableFile("file is empty" if found.format in ("txt", "md") else "no text found in the file")
    return found


def decode(raw: bytes) -> tuple[str, str]:
    """Decode text file bytes, returning the text and the encoding used.

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


def read_text(raw: bytes) -> Extracted:
    text, encoding = decode(raw)
    return Extracted(text=text, format="txt", encoding=encoding)


def read_markdown(raw: bytes) -> Extracted:
    import yaml

    text, encoding = decode(raw)
    match = _FRONT_MATTER.match(text)
    if match is None:
        return Extracted(text=text, format="md", encoding=encoding, title=markdown_heading(text))
    try:
        meta = yaml.safe_load(match.group(1))
    except (yaml.YAMLError, ValueError) as exc:  # ValueError: a date such as 2008-02-30
        raise UnreadableFile(f"the YAML front matter (between the --- lines) is invalid: {exc}. Fix it.") from exc
    meta = meta if isinstance(meta, dict) else {}
    body = text[match.end() :]
    return Extracted(
        text=body,
        format="md",
        encoding=encoding,
        title=_string(meta.get("title")) or markdown_heading(body),
        date=_date_value(meta.get("date")),
        author=_string(meta.get("author")),
        origin=_string(meta.get("source")),
    )


def markdown_heading(text: str) -> str | None:
    """The first level-one ``# heading`` near the top (pure)."""
    for line in text.splitlines()[:20]:
        if line.startswith("# "):
            return " ".join(line[2:].split()) or None
    return None


def read_html(raw: bytes) -> Extracted:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(raw, "html.parser")  # detects the charset from the bytes and <meta>
    metas = {
        str(tag.get("property") or tag.get("name") or "").lower(): str(tag.get("content") or "")
        for tag in soup.find_all("meta")
    }
    title = metas.get("og:title") or (soup.title.get_text(" ", strip=True) if soup.title else "")
    time_tag = soup.find("time", attrs={"datetime": True})
    stated = time_tag.get("datetime") if time_tag else None
    for tag in soup.find_all(_NOISE):
        tag.decompose()
    for tag in soup.find_all(_PAGE_FRAME):
        if not tag.find_parent(("article", "main")):  # the site's banner, not the article's own header
            tag.decompose()
    root = soup.find("article") or soup.find("main") or soup.body or soup
    if not title and (heading := root.find("h1")):
        title = heading.get_text(" ", strip=True)
    for tag in root.find_all(_BLOCKS):
        tag.insert_before("\n\n")
        tag.insert_after("\n\n")
    lines = (" ".join(line.split()) for line in root.get_text().split("\n"))
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    date = _date_value(
        metas.get("article:published_time") or metas.get("date") or metas.get("dc.date") or str(stated or "")
    )
    return Extracted(
        text=text,
        format="html",
        title=title or None,
        date=date,
        author=metas.get("author") or None,
        origin=metas.get("og:site_name") or None,
    )


def read_pdf(raw: bytes) -> Extracted:
    from pypdf import PdfReader
    from pypdf.errors import FileNotDecryptedError, PdfReadError

    try:
        reader = PdfReader(io.BytesIO(raw))
        if reader.is_encrypted and not reader.decrypt(""):  # an owner password alone still opens
            raise UnreadableFile(_LOCKED_PDF)
        pages = [page.extract_text() or "" for page in reader.pages]
        info = reader.metadata
        title, author = (_string(info.title), _string(info.author)) if info else (None, None)
        created = _pdf_date(info)
    except FileNotDecryptedError as exc:
        raise UnreadableFile(_LOCKED_PDF) from exc
    except PdfReadError as exc:
        raise UnreadableFile(f"corrupt PDF ({exc}): export it again from the original") from exc
    starts, parts, offset = [], [], 0
    for text in pages:
        starts.append(offset)
        parts.append(text.strip())
        offset += len(parts[-1]) + 2
    text = "\n\n".join(parts)
    if not text.strip():
        raise UnreadableFile("the PDF has no text layer (a scan?): run OCR on it first")
    return Extracted(text=text, format="pdf", title=title, date=created, author=author, pages=tuple(starts))


def _pdf_date(info: object) -> str | None:
    """The PDF's creation date; a malformed one is no date rather than a broken file."""
    if not info or not info.get("/CreationDate"):  # type: ignore[attr-defined]
        return None
    try:
        return _date_value(info.creation_date)  # type: ignore[attr-defined]
    except ValueError:
        return None


def read_docx(raw: bytes) -> Extracted:
    import zipfile

    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(raw))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise UnreadableFile(f"corrupt Word file ({exc}): save it again as .docx") from exc
    blocks = [p.text.strip() for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            blocks.append(" | ".join(cell.text.strip() for cell in row.cells))
    props = document.core_properties
    return Extracted(
        text="\n\n".join(b for b in blocks if b),
        format="docx",
        title=_string(props.title),
        date=_date_value(props.created),
        author=_string(props.author),
    )


def _string(value: object) -> str | None:
    text = " ".join(str(value).split()) if value is not None else ""
    return text or None


def _date_value(value: object) -> str | None:
    """An ISO date from a metadata value: a date, a datetime or a string stating one."""
    from paddockqa.dates import find_date

    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str) and value.strip():
        return find_date(value[:10]) if re.match(r"\d{4}-\d{2}-\d{2}", value) else find_date(value)
    return None
