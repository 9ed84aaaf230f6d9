"""Document -> passages and sentences, the layout cleaned once (pure).

The build embeds each passage once and takes every sentence's vector from that pass
(``embedding.pool_spans``, late chunking). A sentence is read in the passage where it sits
most centrally: where most of it lies and, between passages that hold it whole (the
overlaps), the one where it has the most context on both sides.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from paddockqa.chunking import chunk_cleaned
from paddockqa.domain import Chunk, Document, Sentence
from paddockqa.sentences import split_cleaned
from paddockqa.text import clean_layout


@dataclass(frozen=True)
class Anchor:
    """Where a sentence's vector is pooled: a chunk of its document and a span of its text."""

    chunk: int  # row among the document's chunks
    start: int  # character offsets into that chunk's ``indexed_text``
    end: int


@dataclass(frozen=True)
class Segments:
    """A document's chunks, its sentences and each sentence's anchor (``anchors[i]`` for ``sentences[i]``)."""

    chunks: list[Chunk]
    sentences: list[Sentence]
    anchors: list[Anchor]


def segment_document(document: Document, size: int, overlap: int) -> Segments:
    """Chunks of at most ``size`` characters (``chunking``), sentences (``sentences``), anchors."""
    clean = clean_layout(document.text, markdown=document.format == "md")
    chunked = chunk_cleaned(document, clean, size, overlap)
    spans = [(start, start + len(chunk.text)) for chunk, start in chunked]
    chunks = [chunk for chunk, _ in chunked]
    firsts, lasts = [first for first, _ in spans], [last for _, last in spans]
    sentences, anchors = [], []
    for sentence, (a, b) in split_cleaned(document, clean):
        row = central_chunk(spans, a, b, firsts, lasts)
        if row is None:
            continue  # outside every chunk (cannot happen with the splitter's full cover; kept safe)
        head = len(document.title) + 1  # ``Chunk.indexed_text`` is the title, a newline, the text
        first, last = spans[row]
        sentences.append(sentence)
        anchors.append(Anchor(row, head + max(a, first) - first, head + min(b, last) - first))
    return Segments(chunks, sentences, anchors)


def central_chunk(
    spans: list[tuple[int, int]], start: int, end: int, firsts: list[int], lasts: list[int]
) -> int | None:
    """The chunk (of these clean-text spans, in text order; ``firsts`` and ``lasts`` their
    starts and ends) holding most of [start, end), ties going to the one with the widest margin
    on its shorter side; None when none overlaps (pure). Bisected: a long document's
    sentences each look at the few chunks around them."""
    best, key = None, (0, -1)
    for row in range(bisect.bisect_right(lasts, start), bisect.bisect_left(firsts, end)):
        first, last = spans[row]
        held = min(end, last) - max(start, first)
        if held <= 0:
            continue
        candidate = (held, min(start - first, last - end))
        if candidate > key:
            best, key = row, candidate
    return best
