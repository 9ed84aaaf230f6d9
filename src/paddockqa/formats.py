"""File bytes -> text and metadata, one reader per format.

- ``.txt``: UTF-8, UTF-8 with BOM, else charset-normalizer among the legacy encodings of
  older French press archives (Windows-1252, Latin-1).
- ``.md``: as text, with optional YAML (``---``) or TOML (``+++``, Hugo's) front matter (title,
  date, source, author); else the first level-one heading, ``#`` or setext. The text
  is the whole file, so offsets index it as it is on disk; the YAML front matter and
  Markdown's markers are left out of what is searched and quoted by ``text.clean_layout``.
- ``.html``/``.htm``: the main text only (``<article>`` or ``<main>`` when the page has
  one), without navigation, scripts or styles, nor what the page hides (``hidden``,
  ``aria-hidden``, an inline ``display: none``); a data table's rows named by its header
  row (``table_rows``); title (og:title, the headline, ``<title>``) and date from the page.
- ``.pdf``: the text layer, page by page; the offset where each page starts is kept, so
  a citation can say "p. 2".
- ``.docx``: paragraphs and tables in the document's order, a table's rows named by its
  header row (``table_rows``); title, author and date from the document properties.

Every reader raises ``UnreadableFile`` with the reason shown to the user.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
import re
import statistics
import unicodedata
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import zip_longest

from paddockqa import messages
from paddockqa.furniture import margin_key, runs_on, without_furniture
from paddockqa.text import NOT_SETEXT_TEXT, SETEXT_UNDERLINE

SUFFIXES = (".txt", ".md", ".html", ".htm", ".pdf", ".docx")
_HINTS = {".doc": "hint_docx", ".rtf": "hint_docx", ".odt": "hint_docx", ".xhtml": "hint_html"}
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_TOML_FRONT_MATTER = re.compile(r"\A\+\+\+[ \t]*\r?\n(.*?)\r?\n\+\+\+[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_BLOCKS = (
    "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6",
    "li", "blockquote", "pre", "tr", "br", "table", "ul", "ol", "figcaption", "dd", "dt",
)  # fmt: skip
_NOISE = ("script", "style", "noscript", "nav", "aside", "form", "iframe", "svg", "template")
_PAGE_FRAME = ("header", "footer")


_LOCKED_PDF = messages.en("locked_pdf")


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
    hint = (
        messages.en(_HINTS[suffix.lower()])
        if suffix.lower() in _HINTS
        else messages.en("hint_use", suffixes=", ".join(SUFFIXES))
    )
    return messages.en("unsupported_type", suffix=suffix or messages.en("no_suffix"), hint=hint)


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
        raise UnreadableFile(messages.en("format_failed", suffix=suffix, error=f"{type(exc).__name__}: {exc}")) from exc
    if not found.text.strip():
        if found.format not in ("txt", "md"):
            raise UnreadableFile(messages.en("no_text"))
        raise UnreadableFile(messages.en("blank_file" if found.text else "empty_file"))
    return found


def decode(raw: bytes) -> tuple[str, str]:
    """Decode text file bytes, returning the text and the encoding used.

    UTF-8 is tried first (it rarely decodes anything else by accident); otherwise
    charset-normalizer picks among the legacy encodings. Binary data is refused.
    """
    for mark, codec in _BYTE_ORDER_MARKS:  # UTF-32's marks begin with UTF-16's: they come first
        if raw.startswith(mark):
            try:
                return raw[len(mark) :].decode(codec), codec
            except UnicodeDecodeError as exc:
                raise UnreadableFile(messages.en("bad_mark", codec=codec.upper())) from exc
    if (wide := _wide_without_mark(raw)) is not None:
        # Its NUL bytes read as UTF-16 or UTF-32: text, unless it is control characters (a
        # binary file whose every other byte is NUL, "\x00\x07…", read as a text of bells).
        return _not_controls(raw.decode(wide)), wide
    if b"\x00" in raw[:8192]:
        raise UnreadableFile(messages.en("binary_file"))
    if raw.startswith(b"\xef\xbb\xbf"):
        try:
            return raw[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError as exc:
            raise UnreadableFile(messages.en("bad_mark", codec="UTF-8")) from exc
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(raw, cp_isolation=["cp1252", "latin_1", "iso8859_15", "utf_16"]).best()
    if best is None:
        raise UnreadableFile(messages.en("no_encoding"))
    return _not_controls(str(best)), best.encoding


def _not_controls(text: str) -> str:
    """``text``, unless control characters fill it (more than 1 in 200, at least 3): a
    binary file a decoder read as text. Raises UnreadableFile."""
    controls = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\n\r\t\f\v")
    if controls > max(2, len(text) // 200):
        raise UnreadableFile(messages.en("control_characters"))
    return text


_BYTE_ORDER_MARKS = (
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\xfe\xff", "utf-16-be"),
    (b"\xff\xfe", "utf-16-le"),
)


def _wide_without_mark(raw: bytes) -> str | None:
    """UTF-16 or UTF-32 without a byte-order mark, told by where its NUL bytes fall: mostly
    Latin text puts a NUL in every other byte (UTF-16) or three bytes in four (UTF-32)."""
    sample = raw[:8192]
    for width, codecs in ((4, ("utf-32-le", "utf-32-be")), (2, ("utf-16-le", "utf-16-be"))):
        if len(raw) % width or len(sample) < 2 * width:
            continue
        lanes = [sample[i::width].count(0) / (len(sample) / width) for i in range(width)]
        zero_lanes = [lane > 0.9 for lane in lanes]
        if width == 4 and zero_lanes in ([False, True, True, True], [True, True, True, False]):
            codec = codecs[0] if zero_lanes[3] else codecs[1]
        elif width == 2 and max(lanes) > 0.5 and min(lanes) == 0:
            codec = codecs[0] if lanes[1] > lanes[0] else codecs[1]
        else:
            continue
        try:
            raw.decode(codec)
        except UnicodeDecodeError:
            continue
        return codec
    return None


def read_text(raw: bytes) -> Extracted:
    text, encoding = decode(raw)
    return Extracted(text=text, format="txt", encoding=encoding)


def read_markdown(raw: bytes) -> Extracted:
    text, encoding = decode(raw)
    if match := _FRONT_MATTER.match(text):
        meta = _yaml_front_matter(match.group(1))
    elif match := _TOML_FRONT_MATTER.match(text):
        meta = _toml_front_matter(match.group(1))
    else:
        return Extracted(text=text, format="md", encoding=encoding, title=markdown_heading(text))
    meta = meta if isinstance(meta, dict) else {}
    body = text[match.end() :]
    return Extracted(
        text=text,
        format="md",
        encoding=encoding,
        title=_string(meta.get("title")) or markdown_heading(body),
        date=_front_matter_date(meta),
        author=_string(meta.get("author")),
        origin=_string(meta.get("source")),
    )


def _front_matter_date(meta: dict) -> str | None:
    """The first of ``_DATE_KEYS`` (any case, as Hugo reads them) that holds a valid date."""
    keys = {str(k).lower(): v for k, v in meta.items()}
    return next((d for k in _DATE_KEYS if (d := _date_value(keys.get(k.lower()) or "")) is not None), None)


# A front matter's publication date, in Hugo's order (its default ``frontmatter.date``
# setting, less the edit dates "lastmod" and "modified"): Hugo sites often give
# "publishDate" alone, Jekyll and most others "date".
_DATE_KEYS = ("date", "publishDate", "pubdate", "published")


def _yaml_front_matter(block: str) -> object:
    import yaml

    try:
        try:
            return yaml.safe_load(block)
        except ValueError:
            # A date no calendar has (2024-13-45, 2008-02-30): the values read as plain strings,
            # so the release is indexed with its title and without that date, not skipped whole.
            return yaml.load(block, Loader=yaml.BaseLoader)  # noqa: S506 - BaseLoader builds strings only
    except yaml.YAMLError as exc:  # the plain reading's errors too (a list as a key)
        raise UnreadableFile(_front_matter_error(exc)) from exc


# A bare TOML date or datetime as a key's value: "date = 2024-05-12", "date = 2024-05-12T10:00:00Z".
_TOML_DATE = re.compile(r'^([ \t]*[\w.-]+[ \t]*=[ \t]*)(\d{4}-\d\d-\d\d[^\s#"]*)', re.MULTILINE)


def _toml_front_matter(block: str) -> dict[str, object]:
    """The TOML front matter between "+++" lines, as Hugo writes it.

    Raises:
        UnreadableFile: invalid TOML, said on one line with where it is in the file.
    """
    import tomllib

    try:
        return tomllib.loads(block)
    except tomllib.TOMLDecodeError as exc:
        try:
            # A date no calendar has (2024-13-45): read as a string, so the release is indexed
            # with its title and without that date, as with a YAML front matter.
            return tomllib.loads(_TOML_DATE.sub(r'\1"\2"', block))
        except tomllib.TOMLDecodeError:
            raise UnreadableFile(_toml_error(exc)) from exc


def _toml_error(exc: Exception) -> messages.Message:
    """tomllib's error with the line counted in the file, not in the front matter."""
    said = str(exc)
    where = "at its end"
    if at := re.search(r"\s*\((?:at line (\d+), column (\d+)|at end of document)\)$", said):
        # The front matter's first line is the file's second, after "+++".
        where = f"at line {int(at[1]) + 1}, column {at[2]}" if at[1] else where
        said = said[: at.start()]
    return messages.en("format_failed", suffix=".md", error=f"invalid TOML front matter {where}: {said}")


def _front_matter_error(exc: Exception) -> messages.Message:
    """PyYAML's error on one line, where it is in the file (its own message spans five lines
    and counts lines from the front matter's first, 0-based)."""
    problem = getattr(exc, "problem", None)
    context = getattr(exc, "context", None)
    # A list, a mapping in braces or a quote left open ("title: [oops") is where it opened,
    # not where PyYAML noticed it (the next line's ":"); any other error, where it is.
    opened = context is not None and context.startswith(("while parsing a flow", "while scanning a quoted"))
    mark = getattr(exc, "context_mark", None) if opened else getattr(exc, "problem_mark", None)
    if problem is None or mark is None:
        return messages.en("front_matter", error=" ".join(str(exc).split()))
    said = f"{context}: {problem}" if context else problem
    # The front matter's first line is the file's second, after "---"; the mark counts from 0.
    return messages.en("front_matter_at", line=mark.line + 2, column=mark.column + 1, error=said)


def markdown_heading(text: str) -> str | None:
    """The first level-one heading near the top (pure): a ``# heading``, or a setext one (its
    lines underlined with "="); a setext level-two one (underlined with "-") only when it
    opens the text, which is then titled by it anyway. The underline is no part of it."""
    lines = text.splitlines()[:20]
    for i, line in enumerate(lines):
        if line.startswith("# "):
            return " ".join(line[2:].split()) or None
        underline = SETEXT_UNDERLINE.fullmatch(line)
        if underline is None or not i or not lines[i - 1].strip() or NOT_SETEXT_TEXT.match(lines[i - 1]):
            continue
        first = i - 1  # a setext heading's text is the paragraph above its underline
        while first and lines[first - 1].strip() and not NOT_SETEXT_TEXT.match(lines[first - 1]):
            first -= 1
        if underline[1].startswith("=") or not any(line.strip() for line in lines[:first]):
            return " ".join(" ".join(lines[first:i]).split()) or None
    return None


def read_html(raw: bytes) -> Extracted:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(raw, "html.parser")  # detects the charset from the bytes and <meta>
    metas = {
        str(tag.get("property") or tag.get("name") or "").lower(): str(tag.get("content") or "")
        for tag in soup.find_all("meta")
    }
    published = metas.get("article:published_time") or metas.get("date") or metas.get("dc.date")
    site = metas.get("og:site_name") or ""
    raw_title = soup.title.get_text(" ", strip=True) if soup.title else ""
    title = own_title(metas.get("og:title") or "", site, raw_title)
    time_tag = (soup.find("article") or soup.find("main") or soup).find("time", attrs={"datetime": True})
    stated = time_tag.get("datetime") if time_tag else None
    for tag in soup.find_all(_NOISE):
        tag.decompose()
    # What the page hides from its reader is not its text: a prompt injection hid in a
    # <div hidden> and was quoted as the answer. Unless it hides all its text: a page that a
    # script shows (<div id="app" style="display:none">) is read as saved.
    hidden = [tag for tag in soup.find_all(_is_hidden) if tag.find_parent(_is_hidden) is None]
    shown = "".join(soup.get_text().split())
    if len(shown) > sum(len("".join(tag.get_text().split())) for tag in hidden):
        for tag in hidden:
            tag.decompose()
    _tables_as_rows(soup)
    root = soup.find("article") or soup.find("main")
    # og:title, then the headline, then <title> (whose headline may carry the site's name).
    title = title or _headline(root or soup, site, raw_title)
    page_title = own_title(raw_title, site, "")
    if root is None and (found := _main_content(str(soup))) is not None:
        # No <article> or <main>: trafilatura tells the article from the menus, banners and
        # site chrome, and its date is the page's own publication date (htmldate), not a
        # "site updated on" line.
        text, found_title, found_date = found
        return Extracted(
            text=text,
            format="html",
            title=title or own_title(found_title or "", site, raw_title) or page_title or None,
            date=_date_value(published or found_date or ""),
            author=metas.get("author") or None,
            origin=metas.get("og:site_name") or None,
        )
    for tag in soup.find_all(_PAGE_FRAME):
        if not tag.find_parent(("article", "main")):  # the site's banner, not the article's own header
            tag.decompose()
    root = root or soup.body or soup
    for tag in root.find_all(_is_widget):
        if not tag.decomposed:  # inside a widget already gone
            tag.decompose()
    title = title or page_title
    for tag in root.find_all(_BLOCKS):
        tag.insert_before("\n\n")
        tag.insert_after("\n\n")
    lines = (" ".join(line.split()) for line in root.get_text().split("\n"))
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    return Extracted(
        text=text,
        format="html",
        title=title or None,
        date=_date_value(published or str(stated or "")),
        author=metas.get("author") or None,
        origin=metas.get("og:site_name") or None,
    )


def _headline(scope, site: str, page_title: str) -> str:  # scope: bs4.Tag
    """The first ``<h1>`` in ``scope`` that is not the site's name (``own_title``), leaving
    out the site's banner (a ``<header>`` or ``<footer>`` outside ``<article>``/``<main>``,
    which often holds the site's name as a heading); "" when there is none."""
    for heading in scope.find_all("h1"):
        if heading.find_parent(_PAGE_FRAME) and not heading.find_parent(("article", "main")):
            continue
        if headline := own_title(heading.get_text(" ", strip=True), site, page_title):
            return headline
    return ""


# An inline style that hides an element: "display:none", "Display : NONE !important",
# "visibility: hidden" (or "collapse").
_HIDING_STYLE = re.compile(r"(?<![\w-])(?:display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse))\b", re.IGNORECASE)


def _is_hidden(tag) -> bool:  # tag: bs4.Tag
    """Whether the page hides an element from its reader: the ``hidden`` attribute,
    ``aria-hidden="true"`` or an inline style of ``display: none`` or ``visibility: hidden``.

    ``hidden="until-found"`` is shown when the reader searches the page: it is text. Never
    the page itself or an element holding its ``<article>`` or ``<main>``: a page whose
    script shows its body hides it in the HTML, and a page saved while a dialog was open
    has the rest marked ``aria-hidden``.
    """
    hidden = tag.has_attr("hidden") and str(tag.get("hidden")).strip().lower() != "until-found"
    hidden = hidden or str(tag.get("aria-hidden") or "").strip().lower() == "true"
    hidden = hidden or _HIDING_STYLE.search(str(tag.get("style") or "")) is not None
    return hidden and tag.name not in ("html", "body") and tag.find(("article", "main")) is None


_CELL_BLOCKS = ("p", "div", "section", "ul", "ol", "dl", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6")
MAX_SPAN = 100  # a colspan or rowspan counted up to this: "colspan=100000" makes no row that wide


def _tables_as_rows(soup) -> None:  # soup: bs4.BeautifulSoup
    """Each data table of the page becomes paragraphs, one per row, named by its header row
    as a Word table's are (``table_rows``): "Pilote : Inès Carvalho ; Meilleur tour :
    1'39"340" is found and quoted alone, "5Inès CarvalhoPégase Racing1'39"340" was neither.

    A layout table (a cell holding a table or several paragraphs, or ``role="presentation"``)
    is left to be read as the page's blocks; a table nested in it is read on its own.
    """
    for table in soup.find_all("table"):
        cells = table.find_all(("td", "th"))
        layout = str(table.get("role") or "").lower() in ("presentation", "none") or any(
            cell.find("table") or len(cell.find_all(_CELL_BLOCKS)) > 1 for cell in cells
        )
        if layout:
            continue
        for tag in table.find_all(("br", *_CELL_BLOCKS)):
            tag.insert_after(" ")  # "Inès<br>Carvalho", "<p>a</p>b" in a cell: two words
        caption = " ".join(table.caption.get_text().split()) if table.caption else ""
        block = soup.new_tag("div")
        for line in ([caption] if caption else []) + table_rows(_html_rows(table)):
            paragraph = soup.new_tag("p")
            paragraph.string = line
            block.append(paragraph)
        table.replace_with(block)


def _html_rows(table) -> list[list[str]]:  # table: bs4.Tag holding no other table
    """A table's rows of cell texts, one per grid column: a cell spanning several columns or
    rows is given once, "" where it spans on, as ``_cell_texts`` gives a Word table's.

    The standard library's parser leaves a cell or row that is not closed ("<td>1<td>2",
    valid HTML) holding the next: a cell is one of the row it is nearest inside, and its
    text is its own, not that of the cells it holds.
    """
    rows: list[list[str]] = []
    below: dict[int, int] = {}  # column -> rows a cell above still spans
    for tr in table.find_all("tr"):
        row: list[str] = []
        for cell in tr.find_all(("td", "th")):
            if cell.find_parent("tr") is not tr:
                continue
            _spanned_from_above(row, below)
            own = (s for s in cell.find_all(string=True) if s.find_parent(("td", "th")) is cell)
            text = " ".join("".join(own).split())
            down = _span(cell, "rowspan")
            for k in range(_span(cell, "colspan")):
                if down > 1:
                    below[len(row)] = down - 1
                row.append("" if k else text)
        _spanned_from_above(row, below)
        # A row that ends before a column spanned from above still passes under it: padded to
        # there, so the span is used up and the next rows' cells keep their columns.
        while any(n > 0 for column, n in below.items() if column >= len(row)):
            if below.get(len(row), 0):
                below[len(row)] -= 1
            row.append("")
        rows.append(row)
    return rows


def _spanned_from_above(row: list[str], below: dict[int, int]) -> None:
    """Fill the row's next columns that a cell of a row above spans ("")."""
    while below.get(len(row), 0):
        below[len(row)] -= 1
        row.append("")


def _span(cell, name: str) -> int:  # cell: bs4.Tag
    try:
        return min(max(int(str(cell.get(name) or 1).strip()), 1), MAX_SPAN)
    except ValueError:
        return 1


# The site's name stated as a page's title (every page of some sites has it as og:title), or
# after the headline in <title>: "Dumas au Petit Le Mans | Endurance Info".
_TITLE_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " · ")


def own_title(title: str, site: str, page_title: str) -> str:
    """``title`` unless it is the site's name rather than the page's (pure): the same as
    ``og:site_name``, or what ``page_title`` says after a separator ("Dumas au Petit Le Mans |
    Endurance Info" makes "Endurance Info" a site's name); ``title`` loses a " | " +
    ``og:site_name`` ending. Returns "" for the site's name. A headline with a dash of its own
    ("24 Heures du Mans 2024 - Toyota l'emporte") is kept whole."""
    title = " ".join(title.split())
    folded = title.casefold()
    if not title or folded == site.casefold():
        return ""
    if page_title.casefold() != folded and any(
        page_title.casefold().endswith(sep + folded) for sep in _TITLE_SEPARATORS
    ):
        return ""  # the part after the headline in <title>: the site's name, every page's og:title
    for sep in _TITLE_SEPARATORS:
        ending = (sep + site).casefold()
        if site and folded.endswith(ending) and len(folded) > len(ending):
            return title[: -len(ending)].strip()
    return title


# Widgets inside an article that are not its text: share bars, cookie and consent banners,
# newsletter boxes, breadcrumbs, told by a whole word of their class, id or role
# ("share-buttons", "cookie-banner", "social"), as readability-style extractors tell them.
# Only short ones holding no sentence (a cookie banner's aside): a wrapper whose class
# happens to say "social" may hold an article, a brief of two lines included.
_WIDGET_WORDS = frozenset(
    "share sharing sharedaddy partage partager social socials cookie cookies consent gdpr rgpd newsletter "
    "breadcrumb breadcrumbs".split()
)
_CONSENT_WORDS = frozenset("cookie cookies consent gdpr rgpd".split())
MAX_WIDGET_CHARS = 400
SENTENCE_WORDS = 12  # a run of text this long is a sentence of the article, not a widget's label


def _is_widget(tag) -> bool:  # tag: bs4.Tag
    """Whether an element inside the article is a widget, not text (see ``_WIDGET_WORDS``)."""
    if tag.name in ("button", "dialog"):
        return True
    if tag.name in ("html", "body", "article", "main") or tag.find(("article", "main", "h1")):
        return False
    marks = " ".join([*(tag.get("class") or ()), str(tag.get("id") or ""), str(tag.get("role") or "")])
    words = set(re.findall(r"[a-z]+", marks.lower()))
    if not words & _WIDGET_WORDS or len(tag.get_text(" ", strip=True)) > MAX_WIDGET_CHARS:
        return False
    sentence = any(len(text.split()) >= SENTENCE_WORDS for text in tag.stripped_strings)
    return not sentence or bool(words & _CONSENT_WORDS)


def _main_content(html: str) -> tuple[str, str | None, str | None] | None:
    """The main text of a page (paragraphs apart), its headline and publication date, by
    trafilatura (Apache-2.0); None when it finds no article."""
    import trafilatura

    found = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=True, favor_recall=True
    )
    text = getattr(found, "text", None) or ""  # a Document (or None when nothing was found)
    if not text.strip():
        return None
    paragraphs = (" ".join(line.split()) for line in text.splitlines())
    return "\n\n".join(p for p in paragraphs if p), getattr(found, "title", None), getattr(found, "date", None)


def read_pdf(raw: bytes) -> Extracted:
    from pypdf import PdfReader
    from pypdf.errors import FileNotDecryptedError, PdfReadError

    # pypdf logs its repairs at WARNING ("EOF marker not found", "invalid pdf header"), which
    # with no logging set up land on stderr before our own line saying the file was skipped
    # and why; a file it repairs and reads is simply read. Its errors still show, and a level
    # someone set for it is kept.
    quiet = logging.getLogger("pypdf")
    if quiet.level == logging.NOTSET:
        quiet.setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(raw))
        if reader.is_encrypted and not reader.decrypt(""):  # an owner password alone still opens
            raise UnreadableFile(_LOCKED_PDF)
        read = [_page_text(page) for page in reader.pages]
        pages, margins = [text for text, _ in read], [drawn for _, drawn in read]
        info = reader.metadata
        title, author = (_string(info.title), _string(info.author)) if info else (None, None)
        created = _pdf_date(info)
    except FileNotDecryptedError as exc:
        raise UnreadableFile(_LOCKED_PDF) from exc
    except PdfReadError as exc:
        raise UnreadableFile(messages.en("corrupt_pdf", error=exc)) from exc
    parts = without_furniture(pages, margins)
    starts = []
    text = ""
    for i, part in enumerate(parts):
        if i:
            # A sentence that runs on to the next page is joined (one line break, which the
            # layout cleaning reads as wrapping); otherwise the page break is a paragraph break.
            joint = "\n" if runs_on(text, part) else "\n\n"
            text += joint
        starts.append(len(text))
        text += part
    if not text.strip():
        raise UnreadableFile(messages.en("no_text_layer"))
    return Extracted(text=text, format="pdf", title=title, date=created, author=author, pages=tuple(starts))


MARGIN_SHARE = 0.08  # running headers and footers are drawn in a page's top and bottom 8% (A4: 2.4 cm)


def _page_text(page) -> tuple[str, set[str]]:  # page: pypdf.PageObject
    """A page's text in pypdf's order (column by column when its lines were drawn across two
    columns in turn: ``by_columns``), and the keys (``furniture.margin_key``) of the lines drawn in its
    top and bottom margins, told by where they are drawn, not by when: a template may draw
    its header after the first paragraphs, and its footer in the middle of the text."""
    box = page.cropbox  # what is shown: a print file's mediabox holds its bleed and crop marks too
    low, high, left = float(box.bottom), float(box.top), float(box.left)
    edge = (high - low) * MARGIN_SHARE
    upright = page.rotation % 180 == 0  # on a page turned a quarter, y runs across the text
    drawn: set[str] = set()
    pieces: list[Piece] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if not upright or not text.strip():
            return
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]  # the text's origin on the page
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        pieces.append(Piece(text, (x - left) / float(box.width), y))
        if not low + edge <= y <= high - edge:
            drawn.update(margin_key(line) for line in text.splitlines() if line.strip())

    text = page.extract_text(visitor_text=visit) or ""
    return by_columns(pieces) or text, drawn


@dataclass(frozen=True)
class Piece:
    """A piece of text as pypdf draws it: its text, where it starts across the page (0 at the
    left edge, 1 at the right) and its height on the page (points, from the bottom)."""

    text: str
    x: float
    y: float


COLUMN_SPLIT = 0.4  # a piece starting past 40% of the page's width is in its right column
MIN_COLUMN_PIECES = 3
COLUMN_EDGE = 0.01  # a column's lines start within 1% of the page's width of each other
COLUMN_EDGE_SHARE = 0.8  # ... for 80% of its pieces at least
MIN_COLUMN_LINE_CHARS = 25  # a column's lines run on; a table's cells ("1", "Léa Martin", "1 h 02") are short


def _median_chars(pieces: Sequence[Piece]) -> float:
    return float(statistics.median(len(p.text.strip()) for p in pieces))


def by_columns(pieces: Sequence[Piece]) -> str | None:
    """A page's text read column by column, when its lines were drawn across its two columns
    in turn (some layout tools draw row by row, and pypdf gives text in drawing order: the
    columns' lines interleaved); None for any other page (pure).

    Interleaved: at least ``MIN_COLUMN_PIECES`` pieces on each side of ``COLUMN_SPLIT``, side
    by side in height, the right ones starting at one edge (``COLUMN_EDGE``: the rest of a
    line whose runs are drawn apart starts anywhere), lines of text rather than a table's
    cells (``MIN_COLUMN_LINE_CHARS`` characters or more, the median of each side), and the
    drawing going from one column to the other at least as often as half the smaller
    column's pieces. What sits above the right column (the headline, a
    running header) comes first, then the left column, the right one, and what is below.
    """
    right = [p for p in pieces if p.x >= COLUMN_SPLIT]
    left = [p for p in pieces if p.x < COLUMN_SPLIT]
    if len(right) < MIN_COLUMN_PIECES or len(left) < MIN_COLUMN_PIECES:
        return None
    edge = statistics.median(p.x for p in right)
    if sum(abs(p.x - edge) <= COLUMN_EDGE for p in right) < COLUMN_EDGE_SHARE * len(right):
        return None  # no column edge: a line's runs drawn apart (a name in bold mid-line)
    top, bottom = max(p.y for p in right), min(p.y for p in right)
    beside = [p for p in left if bottom <= p.y <= top]
    if len(beside) < MIN_COLUMN_PIECES:
        return None
    if min(_median_chars(beside), _median_chars(right)) < MIN_COLUMN_LINE_CHARS:
        return None  # short cells side by side: a table, read row by row
    sides = [p.x >= COLUMN_SPLIT for p in pieces if bottom <= p.y <= top]
    turns = sum(a != b for a, b in zip(sides, sides[1:]))
    if turns * 2 < min(len(right), len(beside)):
        return None  # drawn column by column: pypdf's order is the reading order

    def down(group: list[Piece]) -> list[Piece]:
        return sorted(group, key=lambda p: (-p.y, p.x))

    above = [p for p in left if p.y > top]
    below = [p for p in left if p.y < bottom]
    ordered = down(above) + down(beside) + down(right) + down(below)
    return "\n".join(p.text.rstrip("\n") for p in ordered)


def _pdf_date(info: object) -> str | None:
    """The PDF's creation date; a malformed one is no date rather than a broken file."""
    if not info or not info.get("/CreationDate"):  # type: ignore[attr-defined]
        return None
    try:
        return _date_value(info.creation_date)  # type: ignore[attr-defined]
    except ValueError:
        return None


# A Word file is a zip package; its XML compresses about 10 to 1. Checked before parsing,
# so a few kilobytes unpacking to gigabytes (a "zip bomb") cost nothing but this look.
MAX_PACKAGE_PARTS = 10_000
MAX_PACKAGE_RATIO = 100  # unpacked size / file size, above CHECKED_FROM bytes unpacked
CHECKED_FROM = 10_000_000
# python-docx builds an object per paragraph and cell: 1.65 million empty paragraphs in 15 KB
# (under every size bound) took 37 s and 625 MB. The XML's elements are counted as it
# unpacks, before anything is parsed: every element starts with "<" and a name, whatever its
# namespace prefix. At the limit, a real 12 MB file of 195,000 paragraphs (975,000 elements)
# is read in 19 s and 325 MB; the 15 KB file above is refused in 0.35 s and 42 MB.
MAX_DOCX_ELEMENTS = 1_000_000


def check_package(raw: bytes) -> None:
    """Refuse a zip package whose parts, unpacked size or element count no document has (pure).

    Raises:
        UnreadableFile: more than ``MAX_PACKAGE_PARTS`` parts, more than ``MAX_PACKAGE_RATIO``
            times its size unpacked, more than ``MAX_DOCX_ELEMENTS`` XML elements (counted as
            the XML unpacks, nothing parsed); or not a zip at all.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as package:
            parts = package.infolist()
    except (zipfile.BadZipFile, ValueError) as exc:
        raise UnreadableFile(messages.en("corrupt_docx", error=exc)) from exc
    if len(parts) > MAX_PACKAGE_PARTS:
        raise UnreadableFile(messages.en("docx_parts", parts=len(parts), limit=MAX_PACKAGE_PARTS))
    unpacked = sum(p.file_size for p in parts)
    if unpacked > max(CHECKED_FROM, MAX_PACKAGE_RATIO * len(raw)):
        raise UnreadableFile(messages.en("docx_ratio", kb=len(raw) / 1000, mb=unpacked / 1e6, ratio=MAX_PACKAGE_RATIO))
    # Every part: python-docx finds its XML through the content types and relationships, not
    # by a name ending in .xml. A binary part counts a "<" in 256 bytes: a bound, harmless.
    _count_elements(raw, parts)


def _count_elements(raw: bytes, parts: list[zipfile.ZipInfo]) -> None:
    """Count the XML parts' elements as they unpack; stop past the limit.

    Raises:
        UnreadableFile: more than ``MAX_DOCX_ELEMENTS`` in all, or a part cannot be unpacked.
    """
    count = 0
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as package:
            for part in parts:
                with package.open(part) as stream:
                    while block := stream.read(1 << 20):
                        # Element starts: "<" less end tags, declarations and comments. A "</" cut
                        # between two reads counts once too many: a bound, not an exact count.
                        count += block.count(b"<") - block.count(b"</") - block.count(b"<?") - block.count(b"<!")
                        if count > MAX_DOCX_ELEMENTS:
                            break
                if count > MAX_DOCX_ELEMENTS:
                    break
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError) as exc:
        raise UnreadableFile(messages.en("corrupt_docx", error=exc)) from exc
    if count > MAX_DOCX_ELEMENTS:
        raise UnreadableFile(messages.en("docx_elements", limit=MAX_DOCX_ELEMENTS))


def read_docx(raw: bytes) -> Extracted:
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table

    check_package(raw)
    try:
        document = docx.Document(io.BytesIO(raw))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise UnreadableFile(messages.en("corrupt_docx", error=exc)) from exc
    _soft_hyphens_as_characters(document)
    # In the document's order: a table of results read after the whole release loses the
    # paragraph that says which race it is, and a passage mixing the two.
    blocks: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            blocks.extend(table_rows([_cell_texts(row) for row in block.rows]))
        else:
            blocks.append(block.text.strip())
    props = document.core_properties
    return Extracted(
        text="\n\n".join(b for b in blocks if b),
        format="docx",
        title=_string(props.title),
        date=_date_value(props.created),
        author=_string(props.author),
    )


def _soft_hyphens_as_characters(document) -> None:  # document: docx.document.Document
    """Word's soft hyphen element (``<w:softHyphen/>``), which python-docx's text leaves out,
    as the soft hyphen character, so a word Word cut there at a line break is joined again
    (``text.clean_layout``) instead of read as two ("pro" / "gramme")."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    for element in list(document.element.body.iter(qn("w:softHyphen"))):
        character = OxmlElement("w:t")
        character.text = "\u00ad"
        element.addprevious(character)
        element.getparent().remove(element)


def _cell_texts(row) -> list[str]:  # row: docx.table._Row
    """A DOCX table row's cell texts, one per grid column: python-docx repeats a merged cell
    in each column it spans, and the repeats are given as "" (said once)."""
    out, seen = [], None
    for cell in row.cells:
        out.append(_cell_text(cell) if cell._tc is not seen else "")
        seen = cell._tc
    return out


def _cell_text(cell) -> str:  # cell: docx.table._Cell
    """A cell's paragraphs and the tables nested in it, in order, on one line: python-docx's
    ``cell.text`` leaves a nested table out (a layout table holding the results table lost
    every result). A nested table's rows are joined by " ; ", their cells by " | "."""
    from docx.table import Table

    parts = []
    for block in cell.iter_inner_content():
        if isinstance(block, Table):
            rows = (" | ".join(c for c in _cell_texts(row) if c) for row in block.rows)
            parts.append(" ; ".join(r for r in rows if r))
        else:
            parts.append(block.text)
    return " ".join(" ".join(parts).split())


def table_rows(rows: list[list[str]]) -> list[str]:
    """A table's rows as paragraphs, each "column : value ; column : value" when its first row
    names the columns, as Markdown's tables are read (``text.clean_layout``) (pure).

    A row is found and quoted alone: "Temps : 1 h 02 min ; Écart : 12 s" says what its
    numbers are, "1 h 02 min | 12 s" does not. The first row names the columns when it has
    two names or more, no two alike and none holding a digit (a "Date | 12 mai" table of
    facts is not headed) unless its first cell is blank (a corner over the rows' labels: "|
    2023 | 2024" heads a table of seasons) or it is a label over seasons' figures (``_seasons``:
    a fifth walk's "Statistique | 2023", whose rows "Victoires | 6" said no year), only that
    cell may be blank and a name merged over several columns names them all; else every row is
    its cells joined by " | " (a one-row table, a layout grid, a table of facts).
    """
    rows = [r for r in rows if any(r)]
    header = _spread(rows[0]) if rows else []
    names = [n for n in header if n]
    named = (
        len(rows) > 1
        and len(set(names)) > 1
        and all(header[1:])
        # (a figure in a name's brackets is a note, no fact: "Prévente (jusqu'au 15 mai)", a
        # twenty-fourth walk's ticket table read "Dimanche | 38 € | 45 €", its columns unnamed)
        and (
            not header[0]
            or not any(c.isdigit() for n in names for c in re.sub(r"\([^()]*\)", "", n))
            or _seasons(header, rows[1:])
        )
        and len(set(names)) == len(_runs(header))
    )
    if not named:
        return [" | ".join(c for c in row if c) for row in rows]
    once = [n if k == 0 or header[k - 1] != n else "" for k, n in enumerate(header)]  # a merged name said once
    out = []
    for row in rows[1:]:
        pairs = zip_longest(once, row, fillvalue="")  # a cell past the header's goes unnamed
        out.append(" ; ".join(f"{name} : {cell}" if name else cell for name, cell in pairs if cell))
    return out


def _seasons(header: list[str], rows: list[list[str]]) -> bool:
    """Whether a header is a label without a figure over seasons' years whose every cell below
    holds a figure ("Statistique | 2023" over "Victoires | 6"), not a table of facts opening
    with a year ("Fondation | 2008" over "Siège | Albi", a review) (pure)."""
    from paddockqa.rows import years_of

    years = [k for k, n in enumerate(header) if k and years_of(n)]
    if not years or len(years) != len(header) - 1 or any(c.isdigit() for c in header[0]):
        return False
    return all(any(c.isdigit() for c in row[k]) for row in rows for k in years if k < len(row) and row[k])


def _spread(header: list[str]) -> list[str]:
    """A header row with a merged name repeated over the columns it spans (given as "")."""
    out: list[str] = []
    for k, name in enumerate(header):
        out.append(name or (out[-1] if k and out[-1] else ""))
    return out


def _runs(names: list[str]) -> list[str]:
    """The names, a run of the same one (a merged cell) once."""
    return [n for k, n in enumerate(names) if n and (k == 0 or names[k - 1] != n)]


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
