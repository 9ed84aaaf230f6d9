"""Pure text helpers that keep track of where every character came from.

Press texts reach us with the faults of their tools: PDF extraction leaves ligature glyphs
(ﬁ), words hyphenated across lines ("cham-" / "pion") and lines cut in the middle of a
sentence; macOS writes accents decomposed (e + U+0301); word processors leave invisible
characters (soft hyphens, zero-width spaces, a BOM inside the text) and apostrophe
look-alikes (ʼ ´ `); Markdown adds its markers and tables. ``clean_layout`` gives the text
a reader sees, for embedding, search, quotes and display, and, for every character it
keeps, its offset in the original text, so spans found in the clean text map back to exact
offsets in the file (the citation contract: ``quote(text[start:end])`` is the quote).

What it does, in order:
1. characters: invisible format characters (Unicode category Cf) removed, ligatures folded
   (NFKC of U+FB00-FB06), combining accents composed with their letter (NFC), apostrophe
   look-alikes made the typographic apostrophe; a word cut at a soft hyphen where a line
   breaks ("cham\u00ad" / "pion") rejoined;
2. pages (a text that form feeds split into pages, as pdftotext writes a PDF): each page's
   running header and footer left out as a PDF's are (``furniture.without_furniture``), and a
   sentence cut by a page break joined to its continuation on the next page;
3. Markdown (``markdown=True``): front matter (YAML ``---`` or TOML ``+++``), heading
   markers and setext underlines, thematic breaks, emphasis markers, link targets and code
   fences removed; each table row becomes "column : value ; column : value";
4. layout: runs of whitespace collapsed; a single line break kept where it ends a line on
   purpose (sentence end, list item, a dateline or a release's label and the headline next
   to it), else joined;
   a word hyphenated across lines rejoined when the joined word is French (the word list
   of pyspellchecker), a compound keeping its hyphen ("Saint-" / "Étienne").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from paddockqa.dates import ANY_WEEKDAY, ENGLISH_DATE, NUMERIC_DATE
from paddockqa.furniture import EDGE_LINES, kept_lines, runs_on

_WS_RUN = re.compile(r"\s+")
# A single line break after these ends a line on purpose (end of sentence, a question
# before its answer, a list); elsewhere it is the PDF wrapping a sentence.
_LINE_END = set('.!?:;»›…"”')
_LINE_START = set('«‹-–—•*"“')
# A numbered list's item ("1. Mathieu Carrel …", "2) Adrien Poulain …") starts its own line
# and sentence: a results release's classification was read as one run (a fourth walk: "…
# 1h52'36"8 2." quoted for who finished first, "2." a sentence's end).
NUMBERED_ITEM = re.compile(r"[ \t]*\d{1,3}[.)][ \t]+(?=\S)")
_SHORT_LINE = 0.6
# Shorter longest lines give no wrapping width to measure against: no line counts as short,
# and lines join unless punctuation or a dateline ends them.
_WRAPPED_MIN = 50
_HYPHENS = "-\u2010\u2011"  # hyphen-minus, hyphen, non-breaking hyphen
_APOSTROPHES = {"ʼ": "’", "´": "’", "`": "’", "ˈ": "’"}
_LIGATURES = "".join(chr(c) for c in range(0xFB00, 0xFB07))
_SOFT_HYPHEN = "\u00ad"
# A soft hyphen marks where a word may be cut: where a line breaks after it ("cham\u00ad" /
# "pion", "pro\u00ad-" with the hyphen drawn for it, spaces around the break), the two halves
# are one word, whatever the word list says ("Ri\u00ad" / "card", "CHAM\u00ad" / "PION"), which
# a hyphen typed at a line end ("Saint-" / "Étienne") does not tell. A blank line is a
# paragraph's end: nothing is joined across it.
_SOFT_BREAK = re.compile(rf"{_SOFT_HYPHEN}[{_HYPHENS}]?[^\S\r\n]*(?:\r\n|\r|\n)[^\S\r\n]*(?=[^\W\d_])")


def _format_characters() -> str:
    """Every invisible format character (category Cf): soft hyphen, zero-width space and
    joiners, word joiner, BOM, bidirectional marks, tags."""
    planes = (*range(0x10000), *range(0xE0000, 0xE0080), *range(0x1D173, 0x1D17B), 0x110BD, 0x110CD)
    return "".join(chr(c) for c in planes if unicodedata.category(chr(c)) == "Cf")


def char_ranges(chars: str) -> str:
    """A regex character class's body for ``chars``, runs of consecutive code points written
    as ranges (pure): the 161 characters escaped one by one made ``_SPECIAL`` scan a text about
    6x slower than its 44-character form (a quarter of ``clean_layout``'s time went there)."""
    codes = sorted(set(map(ord, chars)))
    out: list[str] = []
    i = 0
    while i < len(codes):
        j = i
        while j + 1 < len(codes) and codes[j + 1] == codes[j] + 1:
            j += 1
        first, last = re.escape(chr(codes[i])), re.escape(chr(codes[j]))
        out.append(first if i == j else f"{first}-{last}")
        i = j + 1
    return "".join(out)


_FORMAT_CHARACTERS = _format_characters()
_INVISIBLE = re.compile(f"[{char_ranges(_FORMAT_CHARACTERS)}]")
_SPECIAL = re.compile(
    "["
    + char_ranges(_FORMAT_CHARACTERS + _LIGATURES + "".join(_APOSTROPHES))
    + "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"  # combining marks
    + "]"
)


@dataclass(frozen=True)
class CleanText:
    """Text as a reader sees it, with the original offset of each character."""

    text: str
    origin: tuple[int, ...]  # origin[i] is the original offset of text[i]; one extra at the end
    original: str = ""
    markdown: bool = False

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map the clean span [start, end) to the original text.

        The end takes in what the last character was made from: the accents composed
        with it, the whole of a ligature.
        """
        if end <= start:
            return self.origin[start], self.origin[start]
        stop = self.origin[end - 1] + 1
        while stop < len(self.original) and _SPECIAL.match(self.original, stop) and _trailing(self.original[stop]):
            stop += 1
        first = self.origin[start]
        if not self.markdown:
            return first, stop
        closing = _CLOSING_MARKS.match(self.original, stop)
        closed = closing.end() if closing else stop
        if not _MARK_CHARACTER.search(self.original, max(0, first - _MAX_OPENING), closed):
            return first, stop  # no mark in or around it: nothing to take in or leave out
        return self._with_marks(first, stop, closed, self.text[start:end])

    def _with_marks(self, first: int, stop: int, closed: int, seen: str) -> tuple[int, int]:
        """The span [first, stop) of the original, with or without the emphasis or link marks
        after it (up to ``closed``) and before it, whichever quotes as ``seen``, the words
        the reader saw; [first, stop) when none does.

        "Rallye de **Lozère**" takes in the "**" it opened; "**Marc Delorme**" read as
        "Marc Delorme" starts after its opening "**", so it leaves the closing one out (it
        quoted "Marc Delorme**"). A span that holds closing marks whose opening ones are
        before it ("**Marc** et **Jean**", "**Marc Delorme** (Alpine)") takes those in too.
        """
        wanted = collapse_whitespace(seen)
        ends = [stop, *(stop + m.end() for m in _MARK.finditer(self.original[stop:closed]))]
        opened = first
        while True:
            for end in reversed(ends):  # "[le **site**](url)": "**" is the span's, "](url)" is not
                if quote(self.original[opened:end], True) == wanted:
                    return opened, end
            if opened == 0 or first - opened >= _MAX_OPENING or self.original[opened - 1] not in _OPENING_MARKS:
                return first, stop
            opened -= 1


def _trailing(ch: str) -> bool:
    """A character that belongs to the one before it: a combining accent or an invisible one."""
    return unicodedata.combining(ch) > 0 or unicodedata.category(ch) == "Cf"


class _Builder:
    """Text assembled from pieces of a source, each character with its offset there."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.origin: list[int] = []

    def keep(self, source: str, start: int, end: int) -> None:
        self.parts.append(source[start:end])
        self.origin.extend(range(start, end))

    def put(self, text: str, at: int) -> None:
        self.parts.append(text)
        self.origin.extend([at] * len(text))

    def last(self) -> str:
        for part in reversed(self.parts):
            if part:
                return part[-1]
        return ""

    def drop_last(self) -> None:
        """Remove the last character put or kept."""
        while self.parts and not self.parts[-1]:
            self.parts.pop()
        if self.parts:
            self.parts[-1] = self.parts[-1][:-1]
            self.origin.pop()

    def text(self) -> str:
        return "".join(self.parts)


def clean_layout(original: str, markdown: bool = False) -> CleanText:
    """The text a reader sees, with the original offset of each character (see the module)."""
    text, origin = _characters(original)
    if "\f" in text and (paged := _pages(text)) is not None:
        text, step = paged
        origin = _through(origin, step, len(original))
    if markdown:
        text, step = _markdown(text)
        origin = _through(origin, step, len(original))
    text, step = _layout(text)
    origin = _through(origin, step, len(original))
    origin.append(origin[-1] + 1 if origin else 0)
    return CleanText(text=text, origin=tuple(origin), original=original, markdown=markdown)


def _through(origin: list[int] | None, step: list[int], end: int) -> list[int]:
    """Offsets into the original of a step's output, given the step's offsets into its input (pure).

    A step may put a character at the very end of its input (the line break closing a last
    Markdown line): that offset is one past the input, so it maps to the original's end.
    """
    if origin is None:
        return step
    return [origin[i] if i < len(origin) else end for i in step]


def quote(original: str, markdown: bool = False) -> str:
    """A span of the original text as it is quoted: cleaned, on one line."""
    return collapse_whitespace(clean_layout(original, markdown).text)


ELLIPSIS = "…"  # marks where a quote was cut out of its sentence (``answer.clip``)
# A title derived from a text's first sentence (``corpus.derive_title``) may run to 300
# characters: searched whole, shown shortened at a word.
TITLE_CHARS = 90


def short_title(title: str, limit: int = TITLE_CHARS) -> str:
    """The title, or its first words up to ``limit`` characters and "…" (pure); a word
    longer than half the limit is cut inside."""
    if len(title) <= limit:
        return title
    cut = title.rfind(" ", 0, limit)
    return title[: cut if cut > limit // 2 else limit].rstrip(" ,;:") + ELLIPSIS


def holds_quote(original: str, quoted: str, markdown: bool = False) -> bool:
    """Whether a span of the original text is the one quoted (pure): ``quote(span) == quoted``,
    or the quote is that span with an ellipsis where it was cut out of its sentence; in
    Markdown, whose table rows are quoted with their column names, the span's words are
    among the quote's."""
    held = quote(original, markdown)
    if held == quoted:
        return True
    cut = quoted.removeprefix(ELLIPSIS).removesuffix(ELLIPSIS)
    if not markdown:
        return cut != quoted and held == cut.strip()
    return set(held.replace("|", " ").split()) <= set(cut.split())


def _elides(text: str, at: int) -> bool:
    """Whether the character at ``at`` stands between two letters, as an apostrophe does
    ("l`équipe", "aujourd`hui"): a backtick elsewhere is Markdown's code mark (pure)."""
    return 0 < at < len(text) - 1 and text[at - 1].isalpha() and text[at + 1].isalpha()


def _characters(original: str) -> tuple[str, list[int] | None]:
    """Step 1 (see the module); ``None`` as origin when nothing changed."""
    if _SPECIAL.search(original) is None:
        return original, None
    out = _Builder()
    pos = 0
    for match in _SPECIAL.finditer(original):
        at = match.start()
        out.keep(original, pos, at)
        pos = at + 1
        ch = original[at]
        if ch == _SOFT_HYPHEN and (cut := _SOFT_BREAK.match(original, at)):
            pos = cut.end()  # its hyphen and the line break go with it: no special character among them
        elif ch == "`" and not _elides(original, at):
            out.put(ch, at)  # Markdown's code span ("`V8`"), not an apostrophe typed so
        elif ch in _APOSTROPHES:
            out.put(_APOSTROPHES[ch], at)
        elif ch in _LIGATURES:
            out.put(unicodedata.normalize("NFKC", ch), at)
        elif unicodedata.combining(ch):
            base = out.last()
            composed = unicodedata.normalize("NFC", base + ch) if base else ""
            if len(composed) == 1:
                where = out.origin[-1]
                out.drop_last()
                out.put(composed, where)
            else:
                out.put(ch, at)  # nothing to compose with: keep the mark
        # else: an invisible format character, dropped
    out.keep(original, pos, len(original))
    return out.text(), out.origin


# Pages ---------------------------------------------------------------------------------

# The line breaks of ``str.splitlines`` but the form feed, which ends a page here: a .txt
# page's lines are those ``furniture.without_furniture`` splits a PDF's page into.
_LINE_BREAK = re.compile(r"\r\n|[\n\r\v\x1c\x1d\x1e\x85\u2028\u2029]")

_Lines = list[tuple[int, int]]  # the [start, end) of lines of a text


def _pages(text: str) -> tuple[str, list[int]] | None:
    """Step 2 (see the module); ``None`` when form feeds do not split the text into two pages
    or more (a blank page, as pdftotext ends its output with, is none)."""
    bounds = [-1, *(i for i, ch in enumerate(text) if ch == "\f"), len(text)]
    pages = [(a + 1, b) for a, b in zip(bounds, bounds[1:]) if text[a + 1 : b].strip()]
    if len(pages) < 2:
        return None
    spans = [_page_lines(text, a, b) for a, b in pages]
    judged = kept_lines([[text[a:b] for a, b in page] for page in spans])
    kept = [
        lines
        for page, indices in zip(spans, judged, strict=True)
        if (lines := _trimmed(text, [page[i] for i in indices]))  # a page of furniture alone is none
    ]
    joined = [False] * len(kept)
    for n in range(1, len(kept)):
        if (cut := _run_on(text, kept[n - 1], kept[n])) is not None:
            kept[n - 1] = _trimmed(text, kept[n - 1][: len(kept[n - 1]) - cut[0]])
            kept[n] = _trimmed(text, kept[n][cut[1] :])
            joined[n] = True
    out = _Builder()
    for n, lines in enumerate(kept):
        if n:
            # One line break lets the layout step join the sentence; two end a paragraph.
            out.put("\n" if joined[n] else "\n\n", kept[n - 1][-1][1])
        for i, (a, b) in enumerate(lines):
            if i:
                out.put("\n", lines[i - 1][1])
            out.keep(text, a, b)
    return out.text(), out.origin


def _page_lines(text: str, start: int, end: int) -> _Lines:
    """The lines of the page text[start:end] stripped of its spaces, as ``str.splitlines`` gives
    them (``page.strip().splitlines()``: none for a blank page)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start == end:
        return []
    out: _Lines = []
    at = start
    for brk in _LINE_BREAK.finditer(text, start, end):
        out.append((at, brk.start()))
        at = brk.end()
    out.append((at, end))
    return out


def _run_on(text: str, before: _Lines, after: _Lines) -> tuple[int, int] | None:
    """How many lines to leave out at the bottom of a page (``before``) and atop the next
    (``after``) for the sentence the page break cuts to run on (``furniture.runs_on``), fewest
    first; ``None`` when it ends at the break.

    Lines there that are no running header or footer of the whole text stand between the
    halves of a sentence only as page furniture does; and a passage cut out of a document
    (a quote that runs across a page break) holds its header once, too few to tell it is
    running: it is left out there all the same, so the passage quotes as the document does.
    """
    for total in range(2 * EDGE_LINES + 1):
        for cut_before in range(max(0, total - EDGE_LINES), min(total, EDGE_LINES) + 1):
            head = _joined(text, before[: len(before) - cut_before])
            tail = _joined(text, after[total - cut_before :])
            if head.strip() and tail.strip() and runs_on(head, tail) and not _ADDRESS_LINE.match(tail):
                return cut_before, total - cut_before
    return None


# A web or mail address, whole ("https://ffsa.org/…", "www.ffsa.org", "presse@ffsa.org"); also
# what ``answer.has_words`` sets aside in a question.
ADDRESS = re.compile(r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.IGNORECASE)
# A web or mail address opening a line is a header's or a footer's, never the rest of a
# sentence, though it starts in small letters ("www.alpes-racing.fr | Contact presse : …").
_ADDRESS_LINE = re.compile(rf"\s*(?:{ADDRESS.pattern})", re.IGNORECASE)


def _joined(text: str, lines: _Lines) -> str:
    return "\n".join(text[a:b] for a, b in lines)


def _trimmed(text: str, lines: _Lines) -> _Lines:
    """The lines without the blank ones first and last (none when all are blank): no paragraph
    break where a sentence runs on, nor where a page's header was left out above a blank line."""
    filled = [i for i, (a, b) in enumerate(lines) if text[a:b].strip()]
    return lines[filled[0] : filled[-1] + 1] if filled else []


# Markdown ------------------------------------------------------------------------------

# YAML front matter between "---" lines or TOML (Hugo's) between "+++" lines, as formats reads them.
_FRONT_MATTER = re.compile(r"\A(---|\+\+\+)[ \t]*\r?\n.*?\r?\n\1[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_MARK = re.compile(r"\*\*|__|[*_`]|\]\([^)\s]*\)")  # a mark that closes emphasis, code or a link's text
_CLOSING_MARKS = re.compile(f"(?:{_MARK.pattern})+")
_OPENING_MARKS = "*_`["  # what opens what _CLOSING_MARKS closes
_MARK_CHARACTER = re.compile(r"[*_`\[\]]")
_MAX_OPENING = 4  # "***" and a "[" around it
_HEADING = re.compile(r"[ \t]{0,3}#{1,6}[ \t]+")
_CLOSING_HASHES = re.compile(r"[ \t]+#+[ \t]*$")
# A setext heading's underline: "=" for level one, "-" for level two, under its text's lines.
SETEXT_UNDERLINE = re.compile(r"[ \t]{0,3}(=+|-+)[ \t]*")
# A line that cannot be a setext heading's text: an ATX heading, a quote, a list item, a fence.
NOT_SETEXT_TEXT = re.compile(r"[ \t]{0,3}(?:#|>|[-*+](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$)|```|~~~)")
# Three "-", "*" or "_" alone on a line (spaced or not): a rule drawn between paragraphs, or,
# "-" or "=" under a paragraph, a setext heading's underline (``formats.markdown_heading``).
_THEMATIC_BREAK = re.compile(r"[ \t]{0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*")
_QUOTE_MARK = re.compile(r"[ \t]{0,3}>[ \t]?")
_BULLET = re.compile(r"[ \t]*([*+])[ \t]+")
_FENCE = re.compile(r"[ \t]{0,3}(```|~~~)")
_TABLE_RULE = re.compile(r"\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*")
# Inline markers: images and links keep their text, emphasis and code lose their marks.
_INLINE = re.compile(
    r"!?\[(?P<link>[^\]\n]*)\]\([^)\n]*\)"
    r"|(?P<strong>\*\*|__)(?P<strong_text>\S(?:.*?\S)?)(?P=strong)"
    r"|(?<![\w*])(?P<em>[*_])(?P<em_text>[^\s*_](?:[^\n]*?[^\s*_])?)(?P=em)(?![\w*])"
    r"|`(?P<code>[^`\n]+)`"
)


def _markdown(text: str) -> tuple[str, list[int]]:
    """Step 3 (see the module)."""
    out = _Builder()
    pos = 0
    if front := _FRONT_MATTER.match(text):
        pos = front.end()
    lines = _lines(text, pos)
    i = 0
    fenced = False
    while i < len(lines):
        start, end = lines[i]
        line = text[start:end]
        if _FENCE.match(line):
            fenced = not fenced
            out.put("\n", start)
            i += 1
            continue
        if fenced:
            out.keep(text, start, end)
            out.put("\n", end)
            i += 1
            continue
        if "|" in line and i + 1 < len(lines) and _TABLE_RULE.fullmatch(text[slice(*lines[i + 1])]):
            names = [collapse_whitespace(_inline_text(text[a:b])) for a, b in _cells(text, start, end)]
            i += 2
            while i < len(lines) and "|" in text[slice(*lines[i])] and text[slice(*lines[i])].strip():
                _table_row(text, *lines[i], names, out)
                i += 1
            out.put("\n", lines[i - 1][1])
            continue
        if _underlined(text, lines, i):
            _inline(text, start, end, out)
            out.put("\n\n", end)  # a heading is a sentence of its own; its underline is no word
            i += 2
            continue
        if _THEMATIC_BREAK.fullmatch(line):
            out.put("\n\n", start)
            i += 1
            continue
        heading = _HEADING.match(line)
        if heading:
            start += heading.end()
            closing = _CLOSING_HASHES.search(text, start, end)
            end = closing.start() if closing else end
        elif marker := (_QUOTE_MARK.match(line) or _BULLET.match(line)):
            if marker.re is _BULLET:
                out.put("• ", start + marker.start(1))
            start += marker.end()
        _inline(text, start, end, out)
        out.put("\n\n" if heading else "\n", end)  # a heading is a sentence of its own
        i += 1
    return out.text(), out.origin


def _underlined(text: str, lines: list[tuple[int, int]], i: int) -> bool:
    """Whether line ``i`` ends a setext heading's text: the next line underlines it with "="
    or "-", and it is no line of another block (a list item, a quote), as
    ``formats.markdown_heading`` reads one."""
    line = text[slice(*lines[i])]
    return (
        i + 1 < len(lines)
        and SETEXT_UNDERLINE.fullmatch(text, *lines[i + 1]) is not None
        and bool(line.strip())
        and NOT_SETEXT_TEXT.match(line) is None
    )


def _lines(text: str, pos: int) -> list[tuple[int, int]]:
    """The [start, end) of each line from ``pos``, without its line break."""
    out = []
    for match in re.finditer(r"[^\r\n]*(?:\r\n|\r|\n|$)", text[pos:]):
        if match.start() == match.end():
            break
        body = match.group().rstrip("\r\n")
        out.append((pos + match.start(), pos + match.start() + len(body)))
    return out


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The [start, end) of each cell of a table row, trimmed, without its pipes."""
    line = text[start:end]
    bounds = [i for i, ch in enumerate(line) if ch == "|" and (i == 0 or line[i - 1] != "\\")]
    edges = [-1, *bounds, len(line)]
    cells = []
    for a, b in zip(edges, edges[1:]):
        a, b = a + 1, b
        while a < b and line[a].isspace():
            a += 1
        while b > a and line[b - 1].isspace():
            b -= 1
        cells.append((start + a, start + b))
    if bounds and not line[: bounds[0]].strip():
        cells = cells[1:]  # a leading pipe
    if bounds and not line[bounds[-1] + 1 :].strip():
        cells = cells[:-1]  # a trailing pipe
    return cells


def _table_row(text: str, start: int, end: int, names: list[str], out: _Builder) -> None:
    """One row as "column : value ; column : value", each value from its cell."""
    first = True
    for k, (a, b) in enumerate(_cells(text, start, end)):
        if a == b:
            continue
        if not first:
            out.put(" ; ", a)
        name = names[k] if k < len(names) else ""
        if name:
            out.put(f"{name} : ", a)
        _inline(text, a, b, out)
        first = False
    out.put("\n\n", end)  # each row a paragraph: found and quoted whole


def _inline(text: str, start: int, end: int, out: _Builder) -> None:
    pos = start
    for match in _INLINE.finditer(text, start, end):
        out.keep(text, pos, match.start())
        group = next(g for g in ("link", "strong_text", "em_text", "code") if match.group(g) is not None)
        if group == "code":
            out.keep(text, match.start(group), match.end(group))
        else:  # "***Marc***", "**[le site](url)**": marks inside marks
            _inline(text, match.start(group), match.end(group), out)
        pos = match.end()
    out.keep(text, pos, end)


def _inline_text(text: str) -> str:
    out = _Builder()
    _inline(text, 0, len(text), out)
    return out.text()


# Layout --------------------------------------------------------------------------------


def _layout(original: str) -> tuple[str, list[int]]:
    """Step 4 (see the module)."""
    out = _Builder()
    pos = 0
    # A line well short of the text's longest one, before a capital, ends on purpose (a
    # headline, a name in a list); wrapping only ever breaks lines near the full width.
    longest = max((len(line) for line in original.split("\n")), default=0)
    short = _SHORT_LINE * longest if longest >= _WRAPPED_MIN else -1
    for match in _WS_RUN.finditer(original):
        a, b = match.span()
        if a == 0 or b == len(original):
            out.keep(original, pos, a)
            pos = b
            continue  # leading and trailing whitespace go away
        run = match.group()
        breaks = run.count("\n") + (run.count("\r") if "\n" not in run else 0)
        before, after = original[a - 1], original[b]
        if breaks == 1 and before in _HYPHENS and a >= 2 and original[a - 2].isalpha() and after.isalpha():
            left, right = _word_before(original, a - 1), _word_after(original, b)
            out.keep(original, pos, a - 1 if right[:1].islower() and is_word(left + right) else a)
            pos = b
            continue  # "cham-" / "pion" is one word; "Saint-" / "Étienne" keeps its hyphen
        out.keep(original, pos, a)
        pos = b
        if breaks >= 2:
            sep = "\n\n"
        elif breaks == 1 and (
            before in _LINE_END
            or after in _LINE_START
            or _list_item_starts(original, a, b)
            or (after.isupper() and a - original.rfind("\n", 0, a) - 1 < short)
            or _stands_apart(original, a, b)
        ):
            sep = "\n"
        else:
            sep = " "
        out.put(sep, a)
    out.keep(original, pos, len(original))
    return out.text(), out.origin


def _list_item_starts(text: str, a: int, b: int) -> bool:
    """Whether the line after the break ``text[a:b]`` is a numbered list's item: it opens with
    a number ("2. Adrien Poulain …") and its list shows, the line before ending with ":" or
    being an item, or the line after being one ("… depuis la place" / "12. Il sera" is a
    sentence wrapped before a number)."""
    if not NUMBERED_ITEM.match(text, b):
        return False
    before = text[text.rfind("\n", 0, a) + 1 : a]
    end = text.find("\n", b)
    return (
        before.rstrip().endswith(":")
        or NUMBERED_ITEM.match(before) is not None
        or (end >= 0 and NUMBERED_ITEM.match(text, end + 1) is not None)
    )


def _word_before(text: str, end: int) -> str:
    start = end
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    return text[start:end]


def _word_after(text: str, start: int) -> str:
    end = start
    while end < len(text) and text[end].isalpha():
        end += 1
    return text[start:end]


@lru_cache(maxsize=1)
def _spellchecker():  # -> spellchecker.SpellChecker
    from spellchecker import SpellChecker

    return SpellChecker(language="fr", distance=1)


def _french_words():  # -> spellchecker.WordFrequency
    return _spellchecker().word_frequency


def french_word_counts() -> Mapping[str, int]:
    """How often each word of the French list occurs (pyspellchecker's counts, from
    OpenSubtitles), keyed in small letters."""
    return _french_words().dictionary


def is_word(word: str) -> bool:
    """Whether ``word`` is in the French word list (pyspellchecker's, from OpenSubtitles)."""
    return word.lower() in _french_words()


@lru_cache(maxsize=1)
def _english_words():  # -> spellchecker.WordFrequency
    from spellchecker import SpellChecker

    return SpellChecker(language="en", distance=1).word_frequency


def is_english_word(word: str) -> bool:
    """Whether ``word`` is in the English word list (pyspellchecker's, from OpenSubtitles)."""
    return word.lower() in _english_words()


@lru_cache(maxsize=1)
def _folded_french_words() -> frozenset[str]:
    from paddockqa.lexical import fold_accents

    return frozenset(fold_accents(w) for w in _french_words())


def is_folded_word(word: str) -> bool:
    """Whether ``word`` is a French word written without its accents ("desire" for "désire",
    "age" for "âge") or with them."""
    return word.lower() in _folded_french_words()


def near_word(word: str) -> bool:
    """Whether one edit (a letter added, removed, changed or two swapped) makes ``word`` a
    word of the French list (pyspellchecker's edit distance 1): a typo, or a short name."""
    return bool(_spellchecker().known(_spellchecker().edit_distance_1(word.lower())))


# A date with its year in every form ``dates.find_date`` reads one: a headline above a date it
# does not take for a dateline's ("14.01.2023", "February 4th, 2023") was glued to it.
_DATE = re.compile(
    r"\b\d{1,2}(?:er)?\s+(?:janv(?:ier)?|f[ée]v(?:r(?:ier)?)?|mars|avr(?:il)?|mai|juin|juil(?:let)?|ao[uû]t"
    r"|sept?(?:embre)?|oct(?:obre)?|nov(?:embre)?|d[ée]c(?:embre)?)\.?\s+\d{4}\b"
    rf"|{NUMERIC_DATE.pattern}|{ENGLISH_DATE.pattern}",
    re.IGNORECASE,
)
_DATELINE_WORDS = 5  # "Communiqué de presse du", "Paris, le": the words a dateline adds to its date
# The label of a press release ("Communiqué de presse", "COMMUNIQUÉ DE PRESSE", "Information
# presse", "Press release", "Pour diffusion immédiate"), which names no subject.
RELEASE_LABEL = re.compile(
    r"communiqué(?:\s+de\s+presse)?|informations?\s+presse|press\s+release"
    r"|pour\s+(?:diffusion|publication)\s+immédiate|for\s+immediate\s+release",
    re.IGNORECASE,
)
_LABEL_LINE = re.compile(rf"\s*(?:{RELEASE_LABEL.pattern})\s*[-–—:]?\s*", re.IGNORECASE)


def _stands_apart(text: str, a: int, b: int) -> bool:
    """Whether the line before the break at [a, b) or the one after it is a line of its own:
    a dateline, or a release's label, above or under the headline."""
    start = text.rfind("\n", 0, a) + 1
    stop = text.find("\n", b)
    lines = (text[start:a], text[b : len(text) if stop < 0 else stop])
    return any(_dateline(line) or _label(line) for line in lines)


def _label(line: str) -> bool:
    """A line that is a release's label alone, with its capital: "communiqué" in a sentence
    wrapped onto a line of its own is a word of that sentence (pure)."""
    return line.lstrip()[:1].isupper() and _LABEL_LINE.fullmatch(line) is not None


def has_date(text: str) -> bool:
    """Whether the text states a date with its year (pure): "3 mai 2024", "2024-05-03",
    "03/05/2024", "14.01.23", "February 4th, 2023"; a lap time or a phone number is none."""
    return _DATE.search(text) is not None


def _dateline(line: str) -> bool:
    """A short line stating a date and little else: "Communiqué du 14 janvier 2023", "21/01/2023",
    "Paris, le 3 mars 2024 —" (pure)."""
    if len(line) > 80:
        return False
    match = _DATE.search(line)
    return match is not None and len(re.findall(r"\w+", line[: match.start()] + line[match.end() :])) <= _DATELINE_WORDS


# A dateline near the top of a passage: a place of one to four words with a capital (a region
# or an agency in parentheses, or a country after a comma, after it), a comma, a date with
# its year (a weekday before it may be), and the dash, colon or full stop that ends it:
# "Paris, le 3 mars 2024 —", "Le Mans (Sarthe), 12 juin 2023 :", "Magny-Cours, France,
# 15 octobre 2008 —", "London, 4 June 2021 —".
_DATELINE_OPENING = re.compile(
    r"[ \t]*(?P<place>[A-ZÀ-Ý][^\W\d_]*(?:[ ’'-]+[^\W\d_]+){0,3}(?:\s*\([^()\n]{1,30}\))?"
    r"(?:,\s*[A-ZÀ-Ý][^\W\d_]*(?:[ -][^\W\d_]+){0,2})?),\s*(?:[Ll]e\s+)?"
    rf"(?i:(?:{ANY_WEEKDAY}),?\s+)?"
    # (its hour too: "Montbrison (Loire), le samedi 19 avril 2025, 21 h 30 —", a twenty-third walk's
    # bulletin, whose hour answered when the crash was)
    rf"(?i:{_DATE.pattern})(?:,?\s*(?:à\s+)?\d{{1,2}}\s*h(?:\s*\d{{2}})?)?\s*[—–:.-]"
)
# Capitalised words that open a sentence as "Paris" opens a dateline: "Puis, le 3 mars 2024 :
# il signe" dates what follows, and its first word is no place.
_NOT_PLACES = frozenset(
    """puis enfin ensuite alors mais donc ainsi or depuis dès hier demain aujourd’hui aujourd'hui
    lundi mardi mercredi jeudi vendredi samedi dimanche then finally today yesterday""".split()
)
DATELINE_LINES = 3  # a dateline sits under a headline and a label at most: deeper, it is a calendar line


def dateline_openings(text: str) -> list[tuple[int, int]]:
    """The [start, end) of the place of each dateline in the first ``DATELINE_LINES`` lines of
    ``text`` (pure): where a release was written answers no question about what it reports
    ("Quelle écurie rejoint Sarah Lefèvre ?" was answered "Paris" from "Paris, le 3 mars 2024
    — La pilote normande Sarah Lefèvre … rejoint l'écurie Alpine"). Its date stays: it may be
    the only date the release gives."""
    out = []
    # Blank lines aside: a label, a headline, a blank line, then the dateline (a seventh walk's
    # "Le Mans, le 28 avril 2025 – Hugo Lanfranchi a remporté …" answered where he was born).
    for n, line in enumerate(re.finditer(r"^.*\S.*$", text, re.MULTILINE)):
        if n >= DATELINE_LINES:
            break
        found = _DATELINE_OPENING.match(text, line.start(), line.end())
        if found and found.group("place").split()[0].lower().rstrip(",") not in _NOT_PLACES:
            out.append(found.span("place"))
    return out


def opens_with_dateline(line: str) -> bool:
    """Whether ``line`` opens with a dateline, "Angerville, le 20 mai 2024 —" (pure): its date is
    when the release was written, which a correction's earlier line may not be ("Ce communiqué
    annule et remplace celui envoyé le 19 mai 2024")."""
    return dateline_end(line) is not None


def dateline_end(line: str) -> int | None:
    """Where the dateline ``line`` opens with ends, its dash or colon included, or None (pure)."""
    found = _DATELINE_OPENING.match(line)
    if found is None or found.group("place").split()[0].lower().rstrip(",") in _NOT_PLACES:
        return None
    return found.end()


def copy_key(text: str) -> str:
    """A hash of the text that copies share: the same words with other line endings, trailing
    spaces, blank lines, Unicode forms (NFC) or invisible characters (zero-width spaces and
    joiners, soft hyphens, a BOM: category Cf, which ``clean_layout`` removes) give the same
    key (pure)."""
    import hashlib

    # Invisible characters go first: one between a letter and its accent keeps NFC from composing them.
    visible = unicodedata.normalize("NFC", _INVISIBLE.sub("", text))
    lines = (line.rstrip() for line in visible.replace("\r\n", "\n").split("\n"))
    body = re.sub(r"\n{2,}", "\n\n", "\n".join(lines)).strip()
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


# A word, a figure or a sign; whitespace only separates them, so "1 250" is two and "1250" one.
_TOKEN = re.compile(r"\w+|[^\w\s]")


def words_key(text: str, markdown: bool = False, title: str = "") -> str:
    """A hash of the words and signs a reader sees of a document, in order: its title, then
    its text as cleaned (``clean_layout``) without the title where it opens with it. Layout,
    markup and whitespace aside, the same release saved as .txt, .md (front matter and marks
    left out), .docx, .html (whose headline may be its title only) or .pdf gives the same key
    (pure). Case, punctuation and the figures' runs of digits are kept: "1,5" and "15", "1 250"
    and "1250", "l'équipe" and "l’équipe" give other keys (a space beside a sign is layout:
    "12,5" and "12, 5", "10 %" and "10%" give the same). It cleans the text
    (about 0.5 ms for 1,200 characters): ``words_sketches`` first tells which may share it."""
    import hashlib

    heading = _TOKEN.findall(unicodedata.normalize("NFC", _INVISIBLE.sub("", title)))
    tokens = _TOKEN.findall(clean_layout(text, markdown).text)
    body = tokens[len(heading) :] if heading and tokens[: len(heading)] == heading else tokens
    return hashlib.sha256(f"{' '.join(heading)}\n{' '.join(body)}".encode()).hexdigest()


# What no cleaning step adds, drops, changes or moves (``words_sketches``) once accents are
# composed: figures and capitals. Ligatures fold into lower case, apostrophes and marks are none.
_SKETCHED = re.compile(r"[^0-9A-ZÀ-ÖØ-Þ]+")
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_LINK_TARGET = re.compile(r"(!?\[[^\]\n]*\])\([^)\n]*\)")


def words_sketches(text: str, markdown: bool = False, title: str = "") -> tuple[str, ...]:
    """The figures and capital letters of the title and of the text as ``clean_layout`` leaves
    it, in order, with and without the title's where the text opens with them (pure): of two
    documents with the same ``words_key``, one sketch is the same (but for contrived mixes of
    marks, a link inside emphasis or two accents on a capital, which then only keep two
    copies apart). The text is read without cleaning it where no cleaning step can change
    them (0.02 ms for 1,200 characters): Markdown loses its front matter and its link targets
    here too; a text of pages (form feeds, whose furniture goes) or a Markdown table (whose
    column names are repeated) is cleaned."""
    if "\f" in text or (markdown and "|" in text):
        text = clean_layout(text, markdown).text
    else:
        if markdown or _COMBINING.search(text):
            # Composed as cleaning composes them, also across an invisible character ("E",
            # U+200B, U+0301); a Markdown text's front matter may follow a BOM.
            text = unicodedata.normalize("NFC", _INVISIBLE.sub("", text))
        if markdown:
            front = _FRONT_MATTER.match(text)
            text = _LINK_TARGET.sub(r"\1", text[front.end() if front else 0 :])
    heading, sketch = _SKETCHED.sub("", unicodedata.normalize("NFC", title)), _SKETCHED.sub("", text)
    if heading and sketch.startswith(heading):
        return f"{heading}\n{sketch}", f"{heading}\n{sketch[len(heading) :]}"
    return (f"{heading}\n{sketch}",)


def collapse_whitespace(text: str) -> str:
    """One line of text: every run of whitespace becomes a single space."""
    return _WS_RUN.sub(" ", text).strip()


# Sentences -----------------------------------------------------------------------------

# Abbreviations after which a period does not end a sentence in French press texts.
_ABBREVIATIONS = frozenset(
    "m mm mme mlle mgr dr pr me st ste av apr env cf etc ex p pp n no vol chap fig "
    "janv févr fév mars avr juil sept oct nov déc jan feb jun jul aug sep dec "
    "c.-à-d j.-c tél réf".split()
)

# French puts a (narrow) space before a closing guillemet: "gagné. »" ends after the »; so
# does a single one ("gagné ! ›", a quotation inside a quotation or a Swiss text's).
_SENTENCE_END = re.compile(r"[.!?…]+(?:[ \u00a0\u202f]?[»›\"”)])*(?=\s|$)|\n+")
_CLOSERS = set(' \u00a0\u202f»›"”)')
MAX_SENTENCE_CHARS = 400  # a longer span (a transcript without punctuation) is cut into pieces
_PIECE_CHARS = 250
_PUNCTUATION = re.compile(r"[.,;:!?…«»‹›()\[\]–—\"“”]")


def split_sentences(text: str, cut_long: bool = True) -> list[tuple[int, int]]:
    """Split text into sentence spans [start, end), trimmed of surrounding whitespace.

    A quotation and its speech tag are one sentence (« C'est gagné ! », a lancé X.), an
    abbreviation (M., av. J.-C.) ends none, and with ``cut_long`` a span longer than
    MAX_SENTENCE_CHARS is cut at clause or word boundaries so it can be quoted.
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        newline = match.group()[0] == "\n"
        end = match.start() if newline else match.end()
        if not newline and (
            _continues(text, match.end()) or _is_abbreviation(text, match) or _item_number(text, match.start())
        ):
            continue
        _append_trimmed(text, start, end, spans)
        start = match.end()
    _append_trimmed(text, start, len(text), spans)
    return [piece for span in spans for piece in _pieces(text, *span)] if cut_long else spans


def _item_number(text: str, dot: int) -> bool:
    """Whether the mark at ``dot`` follows a numbered list item's number: one opening its line
    ("1. Mathieu Carrel"), or one of a list run on in a line ("Course 2 : 1. Fabre (Iveco) ; 2.
    Henri Maury (Scania)", whose items a fifth walk read as "Fabre (Iveco) ; 2.")."""
    line = text.rfind("\n", 0, dot) + 1
    if NUMBERED_ITEM.match(text, line) is not None and text[line:dot].strip().isdigit():
        return True
    if _INLINE_ITEM.search(text, line, dot) is None:
        return False
    # A run of two items or more: "Nombre de victoires : 6. Il a aussi…" ends a sentence (a review).
    end = text.find("\n", dot)
    return len(RUN_ON_ITEM.findall(text[line : end if end >= 0 else len(text)])) >= 2


_INLINE_ITEM = re.compile(r"[;:][ \t]+\d{1,3}$")  # "… ; 2" before its dot
RUN_ON_ITEM = re.compile(r"(?:^|[;:])[ \t]*(\d{1,3})[.)][ \t]")  # an item's number, opening a line or after ";" or ":"


def _continues(text: str, end: int) -> bool:
    """Whether the sentence goes on after this end mark: a speech tag after a quotation
    ("! », a lancé"), a clause, or a lower-case word ("Bravo ! dit-il")."""
    while end < len(text) and text[end] in _CLOSERS:
        end += 1
    while end < len(text) and text[end].isspace():
        end += 1
    return end < len(text) and (text[end] in ",;:" or text[end].islower())


def _is_abbreviation(text: str, match: re.Match) -> bool:
    if not match.group().startswith("."):
        return False
    dot = match.start()
    word_start = dot
    while word_start > 0 and (text[word_start - 1].isalpha() or text[word_start - 1] in ".-"):
        word_start -= 1
    word = text[word_start:dot].lstrip(".-")
    if not word:
        return False
    last = re.split(r"[.-]", word)[-1]
    if len(last) == 1 and last.isupper():
        return True  # an initial, as in "J. Dupont" or "J.-C."
    return word.lower() in _ABBREVIATIONS or last.lower() in _ABBREVIATIONS


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A span cut into pieces of at most about _PIECE_CHARS, at a clause end or a space, when it
    is long and runs on without punctuation (a transcript); other sentences stay whole."""
    if end - start <= MAX_SENTENCE_CHARS or max(map(len, _PUNCTUATION.split(text[start:end]))) <= _PIECE_CHARS:
        return [(start, end)]  # a long sentence that breathes (commas, clauses) stays whole
    out: list[tuple[int, int]] = []
    while end - start > MAX_SENTENCE_CHARS:
        window = text[start : start + _PIECE_CHARS]
        cut = max(window.rfind(", "), window.rfind("; "), window.rfind(" – "), window.rfind(" - "))
        if cut < _PIECE_CHARS // 2:
            cut = window.rfind(" ")
        if cut <= 0:
            cut = _PIECE_CHARS - 1
        piece_end = start + cut + 1
        _append_trimmed(text, start, piece_end, out)
        start = piece_end
    _append_trimmed(text, start, end, out)
    return out


def _append_trimmed(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
