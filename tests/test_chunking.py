"""Chunks cover the document and point at their exact span in the original text."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from paddockqa.chunking import chunk_document
from paddockqa.corpus import scan_corpus
from paddockqa.domain import Document
from paddockqa.text import collapse_whitespace

SEEDS = scan_corpus(Path(__file__).resolve().parent.parent / "corpus").documents


@pytest.mark.parametrize("doc", SEEDS, ids=lambda d: d.source)
@pytest.mark.parametrize(("size", "overlap"), [(600, 100), (300, 0), (1200, 200)])
def test_chunks_map_back_to_the_original(doc: Document, size: int, overlap: int) -> None:
    chunks = chunk_document(doc, size, overlap)
    assert chunks
    for chunk in chunks:
        assert len(chunk.text) <= size
        assert collapse_whitespace(doc.text[chunk.start : chunk.end]) == collapse_whitespace(chunk.text)
        assert chunk.source == doc.source and chunk.title == doc.title
    # every word of the document is in some chunk
    covered = " ".join(collapse_whitespace(c.text) for c in chunks)
    assert set(collapse_whitespace(doc.text).split()) <= set(covered.split())


def test_chunks_prefer_sentence_ends() -> None:
    text = " ".join(f"Phrase numéro {i} du communiqué de presse sur la course." for i in range(40))
    doc = Document("a.txt", "T", None, text, hashlib.sha256(text.encode()).hexdigest(), "utf-8")
    for chunk in chunk_document(doc, 300, 50):
        assert chunk.text.endswith(".")
