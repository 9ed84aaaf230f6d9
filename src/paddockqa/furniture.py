"""Page furniture: the running headers, footers and page numbers a paged text repeats on its
pages, told from its content, and where a sentence runs on across a page break (pure).

Used on a PDF's pages (``formats.read_pdf``) and on a text that form feeds split into pages,
as pdftotext exports a PDF (``text.clean_layout``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence

from paddockqa.dates import find_date

PAGE_NUMBER = re.compile(r"(?:page|p\.)?\s*[-–—(]?\s*\d{1,4}\s*(?:(?:/|sur|of)\s*\d{1,4})?\s*[-–—)]?", re.IGNORECASE)
EDGE_LINES = 2  # running headers and footers sit in the first and last lines of a page


def without_furniture(pages: Sequence[str], margins: Sequence[set[str]] = ()) -> list[str]:
    """Each page's text without its running header and footer (pure): the lines of
    ``page.strip().splitlines()`` that ``kept_lines`` keeps, joined by "\n" and stripped. For a
    caller that wants the text alone (``formats.read_pdf``); one that maps the kept text back
    to where it was (``text.clean_layout``) takes ``kept_lines``'s indices."""
    lines = [page.strip().splitlines() for page in pages]
    kept = kept_lines(lines, margins)
    return ["\n".join(page[i] for i in indices).strip() for page, indices in zip(lines, kept, strict=True)]


def kept_lines(pages: Sequence[Sequence[str]], margins: Sequence[set[str]] = ()) -> list[list[int]]:
    """For each page (its lines, as the caller split them), the indices of the lines that are
    no running header, footer or page number, ascending (pure).

    A line among the first or last ``EDGE_LINES`` of a page is furniture when the same line
    (its digits aside: "Page 1/2", "Page 2/2") is at an edge of at least half the pages, two
    at least, or when it is a bare page number. With ``margins`` (per page, the keys of the
    lines drawn in its margins: ``formats._page_text``), a line anywhere in a page's text is
    furniture too when it is the one drawn in that page's margin and one of its form (digits
    aside) is drawn in the margins of half the pages. A form a page holds twice or more (a
    table's rows) is never furniture on that page, nor is a line stating a date unless the
    same line, digits included, repeats: two releases' datelines are theirs.

    Indices, not the kept lines' text: the caller joins its own lines, and a line's text does
    not tell which of two alike lines was kept (a page number "1" atop a page whose table
    starts with a cell "1": matched back by text, the cell's place was the page number's).
    """
    repeated = _on_half_the_pages(({_furniture_key(line) for line in _edge(page)} for page in pages), len(pages))
    # A line stating a date repeats only as itself: "Paris, le 3 mai 2024" atop one release and
    # "Paris, le 17 mai 2024" atop the next (a .txt of releases split by form feeds) are datelines.
    repeated_dates = _on_half_the_pages(({_exact_key(line) for line in _edge(page)} for page in pages), len(pages))
    running = _on_half_the_pages(({_digits_aside(k) for k in drawn} for drawn in margins), len(pages))
    out = []
    for p, page in enumerate(pages):
        top, bottom = set(range(min(EDGE_LINES, len(page)))), set(range(max(0, len(page) - EDGE_LINES), len(page)))
        drawn = margins[p] if p < len(margins) else set()
        # A form this page holds twice is its content ("Tour 1 : 1 min 45 s", "Tour 2 : …": a
        # table's rows), not a running header, which a page holds once.
        twice = {k for k, n in Counter(map(_furniture_key, page)).items() if n >= 2}
        running_here = running - {margin_key(k) for k in twice}
        out.append(
            [
                i
                for i, line in enumerate(page)
                if not _furniture(line, i in top | bottom, repeated - twice, drawn, running_here)
                or (_states_date(line) and _exact_key(line) not in repeated_dates)
            ]
        )
    return out


def _on_half_the_pages(keys: Iterable[set[str]], pages: int) -> set[str]:
    """The keys (each page's a set) found on at least half the ``pages``, two at least."""
    counts = Counter(key for page in keys for key in page)
    return {k for k, n in counts.items() if k and n >= 2 and n * 2 >= pages}


def _furniture(line: str, at_edge: bool, repeated: set[str], drawn: set[str], running: set[str]) -> bool:
    """``without_furniture``'s rule for one line of a page (pure)."""
    number = PAGE_NUMBER.fullmatch(line.strip()) is not None
    if at_edge and (number or _furniture_key(line) in repeated):
        return True
    key = margin_key(line)  # a bare page number counts at the edges only: "3" may be a table's cell
    return key in drawn and _digits_aside(key) in running


def _exact_key(line: str) -> str:
    return " ".join(line.split()).lower()


def _states_date(line: str) -> bool:
    return find_date(line) is not None


def _digits_aside(key: str) -> str:
    return re.sub(r"\d+", "#", key)


def _edge(page: Sequence[str]) -> list[str]:
    return [*page[:EDGE_LINES], *page[-EDGE_LINES:]]


def _furniture_key(line: str) -> str:
    return _digits_aside(_exact_key(line))


def margin_key(line: str) -> str:
    """The line in small letters without any space (pypdf's pieces of a line drawn apart may
    not be spaced as the line it extracts), its digits kept: the line drawn in the margin,
    not another of its form ("Tour 1", "Tour 2": a table's rows)."""
    return re.sub(r"\s+", "", line.lower())


def runs_on(before: str, after: str) -> bool:
    """Whether the text of a page goes on from the previous page's last sentence (pure):
    no end mark before the break, a lower-case word or a hyphenated word after it."""
    end, start = before.rstrip()[-1:], after.lstrip()[:1]
    return bool(end and start) and end not in '.!?…»:"”' and (start.islower() or end == "-")
