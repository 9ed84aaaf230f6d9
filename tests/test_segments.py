"""Segments: a document cleaned once into chunks and sentences, each sentence anchored in the
chunk where it sits most centrally (pure)."""

from __future__ import annotations

from paddockqa.chunking import chunk_document
from paddockqa.domain import Document
from paddockqa.segments import central_chunk, segment_document
from paddockqa.sentences import split_document
from paddockqa.text import collapse_whitespace

PARAGRAPHS = [
    f"Paragraphe {i} : le pilote numéro {i} a pris le départ en {1990 + i} sur le circuit de Magny-Cours. "
    f"Il termine à la {i + 2}e place après une course difficile sous la pluie."
    for i in range(12)
]


def doc(text: str, fmt: str = "txt") -> Document:
    return Document(source="a.txt", title="Titre du communiqué", date=None, text=text, content_hash="h", format=fmt)


def test_segments_are_what_chunking_and_sentence_splitting_give_apart() -> None:
    document = doc("\n\n".join(PARAGRAPHS).replace("pilote", "pi\u00adlote"))  # a soft hyphen: cleaning matters
    segments = segment_document(document, 300, 80)
    assert segments.chunks == chunk_document(document, 300, 80)
    assert segments.sentences == split_document(document)
    assert len(segments.anchors) == len(segments.sentences)


def test_each_anchor_points_at_its_sentence_inside_the_chunks_indexed_text() -> None:
    document = doc("\n\n".join(PARAGRAPHS))
    segments = segment_document(document, 300, 80)
    for sentence, anchor in zip(segments.sentences, segments.anchors):
        chunk = segments.chunks[anchor.chunk]
        assert collapse_whitespace(chunk.indexed_text[anchor.start : anchor.end]) == sentence.text
        assert chunk.start <= sentence.start and sentence.end <= chunk.end


def test_a_sentence_in_two_overlapping_chunks_is_read_where_it_has_context_on_both_sides() -> None:
    spans = [(0, 100), (60, 160), (120, 220)]
    firsts, lasts = [a for a, _ in spans], [b for _, b in spans]
    assert central_chunk(spans, 70, 95, firsts, lasts) == 1  # in 0 and 1, with 5 characters left in 0
    assert central_chunk(spans, 62, 75, firsts, lasts) == 0  # 2 characters of 1 before it, 25 of 0 after
    assert central_chunk(spans, 90, 130, firsts, lasts) == 1  # whole only in 1
    assert central_chunk(spans, 150, 240, firsts, lasts) == 2  # most of it in 2
    assert central_chunk(spans, 300, 320, firsts, lasts) is None


def test_a_long_sentence_cut_between_chunks_is_anchored_on_the_part_a_chunk_holds() -> None:
    long_sentence = "Le pilote " + "a roulé très vite, " * 40 + "puis il a gagné."
    document = doc(f"Introduction courte. {long_sentence} Conclusion courte.")
    segments = segment_document(document, 300, 50)
    row = next(i for i, s in enumerate(segments.sentences) if s.text.startswith("Le pilote"))
    anchor = segments.anchors[row]
    held = segments.chunks[anchor.chunk].indexed_text[anchor.start : anchor.end]
    assert 0 < len(held) <= 300 and held.strip() in collapse_whitespace(long_sentence)
