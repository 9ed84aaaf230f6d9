"""Document -> Sentences (pure).

Sentences are embedded once, when the index is built, and serve twice at question time:
a passage is ranked by its best sentence as well as by its whole text (a short factual
question matches one sentence far better than a 1,000-character passage), and the answer
quotes the best sentences without embedding anything more.
"""

from __future__ import annotations

import re

from paddockqa.domain import Document, Sentence
from paddockqa.text import CleanText, clean_layout, collapse_whitespace, split_sentences

MIN_SENTENCE_CHARS = 12  # shorter spans are headings, bylines or stray layout
# ... but a table's row with a value is a fact: "Podiums | 9" (a fifth walk's season table lost it).
_SHORT_ROW = re.compile(r"\S\s(?:\||:|;)\s.*\d")


def split_document(document: Document) -> list[Sentence]:
    """The document's sentences, in order, with their offsets in the original text and their
    text as it is quoted (``text.clean_layout``)."""
    clean = clean_layout(document.text, markdown=document.format == "md")
    return [sentence for sentence, _ in split_cleaned(document, clean)]


def split_cleaned(document: Document, clean: CleanText) -> list[tuple[Sentence, tuple[int, int]]]:
    """The sentences of a document already cleaned, each with its span in the clean text."""
    out = []
    for a, b in split_sentences(clean.text):
        start, end = clean.span(a, b)
        text = collapse_whitespace(clean.text[a:b])
        if len(text) >= MIN_SENTENCE_CHARS or _SHORT_ROW.search(text):
            out.append(
                (Sentence(source=document.source, title=document.title, start=start, end=end, text=text), (a, b))
            )
    return out
