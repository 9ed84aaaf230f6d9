"""The source viewer: a cited document shown whole, the quote highlighted where it stands (pure).

A journalist checks a citation against the whole release, not only the passage: the
viewer shows the document's original text (a PDF's page the quote is on), with the quote
in ``<mark>`` and the reader's short answer in ``<strong>`` inside it. Everything from the
corpus is escaped. A very long text is shown around the quote (``VIEW_CHARS``), so a
10 MB archive does not go to the browser whole.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from paddockqa.domain import Citation, ShortAnswer, page_at
from paddockqa.i18n import DEFAULT, t

VIEW_CHARS = 60_000  # characters shown of a long text, around the quote


@dataclass(frozen=True)
class View:
    """What the viewer shows of a document: text [start, end) of a document of ``length`` characters."""

    start: int
    end: int
    length: int
    page: int | None = None  # the first PDF page shown, 1-based
    last_page: int | None = None  # the last one (the quote may run on to the next page)
    pages: int = 0  # the PDF's page count

    @property
    def whole(self) -> bool:
        return self.start == 0 and self.end == self.length


def view_of(length: int, pages: tuple[int, ...], start: int, end: int, limit: int = VIEW_CHARS) -> View:
    """The part of a document to show for the span [start, end) (pure).

    A PDF (``pages``: the offset each page starts at) shows the pages the span is on; another
    document shows its whole text, or, beyond ``limit`` characters, ``limit`` characters
    centred on the span.
    """
    start, end = max(0, min(start, length)), max(0, min(end, length))
    if pages:
        first, last = page_at(pages, start) or 1, page_at(pages, max(start, end - 1)) or 1
        bounds = [*pages, length]
        return View(bounds[first - 1], bounds[last], length, first, last, len(pages))
    if length <= limit:
        return View(0, length, length)
    begin = max(0, min((start + end) // 2 - limit // 2, length - limit))
    return View(begin, begin + limit, length)


def render_document(
    text: str, pages: tuple[int, ...], citation: Citation, short: ShortAnswer | None, lang: str = DEFAULT
) -> str:
    """HTML of the part of ``text`` the viewer shows for ``citation`` (pure).

    The quote [citation.start, citation.end) is in ``<mark class='pq-cited'>``; the short
    answer, when it belongs to this citation and lies inside the quote, in ``<strong>``.
    """
    view = _at_words(text, view_of(len(text), pages, citation.start, citation.end), citation.start, citation.end)
    a, b = max(view.start, citation.start), min(view.end, citation.end)
    marks = [(a, "<mark class='pq-cited'>"), (b, "</mark>")]
    if short and short.n == citation.n and a <= short.start < short.end <= b:
        marks[1:1] = [(short.start, "<strong>"), (short.end, "</strong>")]
    parts, at = [], view.start
    for offset, tag in marks:
        parts += [html.escape(text[at:offset]), tag]
        at = offset
    parts.append(html.escape(text[at : view.end]))
    meta = f"<div class='pq-view-meta'>{html.escape(_where(view, lang))}</div>"
    # Focusable, so the text box scrolls with the keyboard too (axe: scrollable-region-focusable).
    label = html.escape(t(lang, "document_text"), quote=True)
    box = f"<div class='pq-view-text' tabindex='0' role='region' aria-label='{label}'>"
    return f"{meta}{box}{''.join(parts)}</div>"


def _at_words(text: str, view: View, start: int, end: int) -> View:
    """An excerpt of a long text that starts and ends between words (at a line break when one
    is near), never inside the span [start, end): cut by count alone it began "aversé la
    ligne droite" (pure)."""
    if view.page is not None or view.whole:
        return view
    begin, stop = view.start, view.end
    if begin > 0:
        near = text.find("\n", begin, min(start, begin + 500))
        near = near if near >= 0 else text.find(" ", begin, min(start, begin + 100))
        begin = near + 1 if near >= 0 else begin
    if stop < view.length:
        near = text.rfind("\n", max(end, stop - 500), stop)
        near = near if near >= 0 else text.rfind(" ", max(end, stop - 100), stop)
        stop = near if near >= 0 else stop
    return View(begin, stop, view.length)


def _where(view: View, lang: str) -> str:
    def number(n: int) -> str:  # 3 519 in French, 3,519 in English
        return f"{n:,}".replace(",", "\u202f") if lang == "fr" else f"{n:,}"

    if view.page is not None:
        if view.last_page == view.page:
            return t(lang, "page", first=view.page, count=view.pages)
        return t(lang, "pages", first=view.page, last=view.last_page, count=view.pages)
    if view.whole:
        return t(lang, "whole", length=number(view.length))
    return t(lang, "excerpt", start=number(view.start), end=number(view.end), length=number(view.length))
