"""Pure text helpers that keep track of where every character came from.

Press texts extracted from PDFs carry layout noise: runs of spaces, blank lines, and
lines cut in the middle of a sentence. ``clean_layout`` removes it for embedding and
display, and returns, for every character it keeps, its offset in the original text, so
spans found in the clean text map back to exact offsets in the file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_WS_RUN = re.compile(r"\s+")
# A single line break after these ends a line on purpose (end of sentence, a question
# before its answer, a list); elsewhere it is the PDF wrapping a sentence.
_LINE_END = set('.!?:;»…"”')
_LINE_START = set('«-–—•*"“')


@dataclass(frozen=True)
class CleanText:
    """Text without layout noise, with the original offset of each character."""

    text: str
    origin: tuple[int, ...]  # origin[i] is the original offset of text[i]; one extra at the end

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map the clean span [start, end) to the original text."""
        if end <= start:
            return self.origin[start], self.origin[start]
        return self.origin[start], self.origin[end - 1] + 1


def clean_layout(original: str) -> CleanText:
    """Collapse layout whitespace while recording where each kept character came from."""
    out: list[str] = []
    origin: list[int] = []
    pos = 0
    for match in _WS_RUN.finditer(original):
        a, b = match.span()
        out.append(original[pos:a])
        origin.extend(range(pos, a))
        pos = b
        if a == 0 or b == len(original):
            continue  # leading and trailing whitespace go away
        run = match.group()
        breaks = run.count("\n") + (run.count("\r") if "\n" not in run else 0)
        before, after = original[a - 1], original[b]
        if breaks >= 2:
            sep = "\n\n"
        elif breaks == 1 and (before in _LINE_END or after in _LINE_START):
            sep = "\n"
        else:
            sep = " "
        out.append(sep)
        origin.extend([a] * len(sep))
    # Trailing whitespace was consumed by the loop, so the rest is kept as it is.
    out.append(original[pos:])
    origin.extend(range(pos, len(original)))
    text = "".join(out)
    origin.append(origin[-1] + 1 if origin else 0)
    return CleanText(text=text, origin=tuple(origin))


def collapse_whitespace(text: str) -> str:
    """One line of text: every run of whitespace becomes a single space."""
    return _WS_RUN.sub(" ", text).strip()


# Abbreviations after which a period does not end a sentence in French press texts.
_ABBREVIATIONS = frozenset(
    "m mm mme mlle mgr dr pr me st ste av apr env cf etc ex p pp n no vol chap fig "
    "janv févr fév mars avr juil sept oct nov déc jan feb jun jul aug sep dec".split()
)

# French puts a (narrow) space before a closing guillemet: "gagné. »" ends after the ».
_SENTENCE_END = re.compile(r"[.!?…]+(?:[ \u00a0\u202f]?[»\"”)])*(?=\s)|\n+")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Split text into sentence spans [start, end), trimmed of surrounding whitespace."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        end = match.end() if match.group()[0] != "\n" else match.start()
        if match.group().startswith(".") and _is_abbreviation(text, match.start()):
            continue
        _append_trimmed(text, start, end, spans)
        start = match.end()
    _append_trimmed(text, start, len(text), spans)
    return spans


def _is_abbreviation(text: str, dot: int) -> bool:
    word_start = dot
    while word_start > 0 and (text[word_start - 1].isalpha()):
        word_start -= 1
    word = text[word_start:dot]
    if not word:
        return False
    if len(word) == 1 and word.isupper():
        return True  # an initial, as in "J. Dupont"
    return word.lower() in _ABBREVIATIONS


def _append_trimmed(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
