"""Hits -> Answer with citations (extractive).

No generative model runs offline, so the answer is made of sentences quoted from the
retrieved passages: every sentence of the best passages is scored against the question
(embedding similarity plus the share of the question's words it contains), the best one
or two are quoted, each followed by its marker [n]. When even the best sentence is not
close enough to the question, the reply says so and shows the closest passages instead.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from paddockqa.domain import Answer, Citation, Hit
from paddockqa.lexical import tokenize
from paddockqa.text import clean_layout, collapse_whitespace, split_sentences

NOT_FOUND = "Je n’ai pas trouvé la réponse à cette question dans le corpus."
CLOSEST = "Passages les plus proches :"
PASSAGES_SEARCHED = 4  # sentences are taken from this many top passages
LEXICAL_WEIGHT = 0.2
RANK_PENALTY = 0.02
QUESTION_PENALTY = 0.05
SECOND_SENTENCE_MARGIN = 0.015
MAX_ANSWER_CHARS = 400
MIN_SENTENCE_CHARS = 12


@dataclass(frozen=True)
class Sentence:
    """A candidate sentence, located both in its passage and in the original document."""

    hit_rank: int
    hit: Hit
    start: int  # offsets in the document's original text
    end: int
    quote: str
    passage: str  # the passage's clean text
    highlight: tuple[int, int]  # the sentence's span inside ``passage``


@dataclass(frozen=True)
class ScoredSentence:
    sentence: Sentence
    similarity: float
    overlap: float
    score: float


def candidate_sentences(hits: Sequence[Hit], texts: dict[str, str]) -> list[Sentence]:
    """Split the top passages into sentences with exact offsets in their documents (pure)."""
    out: list[Sentence] = []
    for rank, hit in enumerate(hits[:PASSAGES_SEARCHED]):
        chunk = hit.chunk
        original = texts[chunk.source][chunk.start : chunk.end]
        clean = clean_layout(original)
        for a, b in split_sentences(clean.text):
            start, end = clean.span(a, b)
            quote = collapse_whitespace(original[start:end])
            if len(quote) < MIN_SENTENCE_CHARS:
                continue
            out.append(Sentence(rank, hit, chunk.start + start, chunk.start + end, quote, clean.text, (a, b)))
    return out


def word_weights(question: str, sentences: Sequence[Sentence]) -> dict[str, float]:
    """IDF of each question word among the candidate sentences (pure).

    The name of the driver a question is about appears in most candidates and says
    little about which one answers; rarer question words say more.
    """
    wanted = set(tokenize(question))
    bags = [set(tokenize(s.quote)) for s in sentences]
    n = max(len(bags), 1)
    return {w: math.log(1 + n / (1 + sum(w in bag for bag in bags))) for w in wanted}


def word_overlap(weights: dict[str, float], sentence: str) -> float:
    """Weighted share of the question's words found in the sentence (pure)."""
    total = sum(weights.values())
    if not total:
        return 0.0
    found = set(tokenize(sentence))
    return sum(w for word, w in weights.items() if word in found) / total


def score_sentences(
    question: str, query: np.ndarray, sentences: Sequence[Sentence], vectors: np.ndarray
) -> list[ScoredSentence]:
    """Rank sentences by similarity to the question plus word overlap (pure)."""
    similarity = vectors @ query if len(sentences) else np.empty(0)
    weights = word_weights(question, sentences)
    scored = []
    for sentence, sim in zip(sentences, similarity):
        overlap = word_overlap(weights, sentence.quote)
        score = float(sim) + LEXICAL_WEIGHT * overlap - RANK_PENALTY * sentence.hit_rank
        if sentence.quote.rstrip(' »"').endswith("?"):
            score -= QUESTION_PENALTY  # an interviewer's question restates, it never answers
        scored.append(ScoredSentence(sentence, float(sim), overlap, score))
    return sorted(scored, key=lambda s: -s.score)


def compose(question: str, ranked: Sequence[ScoredSentence], min_score: float) -> Answer:
    """Quote the best sentence(s) with markers, or say the corpus has no answer (pure)."""
    if not ranked or ranked[0].similarity < min_score:
        return _not_found(question, ranked)
    chosen = [ranked[0]]
    for other in ranked[1:3]:
        if (
            other.score >= ranked[0].score - SECOND_SENTENCE_MARGIN
            and other.sentence.quote != ranked[0].sentence.quote
            and len(ranked[0].sentence.quote) + len(other.sentence.quote) <= MAX_ANSWER_CHARS
            and not _overlaps(other.sentence, ranked[0].sentence)
        ):
            chosen.append(other)
            break
    citations = tuple(_citation(i + 1, s) for i, s in enumerate(chosen))
    text = " ".join(f"{c.quote} [{c.n}]" for c in citations)
    return Answer(question=question, answered=True, text=text, citations=citations)


def _not_found(question: str, ranked: Sequence[ScoredSentence]) -> Answer:
    best_per_passage: dict[int, ScoredSentence] = {}
    for s in ranked:
        best_per_passage.setdefault(s.sentence.hit_rank, s)
    closest = [best_per_passage[r] for r in sorted(best_per_passage)][:3]
    citations = tuple(_citation(i + 1, s) for i, s in enumerate(closest))
    if not citations:
        return Answer(question=question, answered=False, text=NOT_FOUND)
    listing = " ".join(f"[{c.n}] {c.title}" for c in citations)
    return Answer(question=question, answered=False, text=f"{NOT_FOUND} {CLOSEST} {listing}", citations=citations)


def _overlaps(a: Sentence, b: Sentence) -> bool:
    return a.hit.chunk.source == b.hit.chunk.source and a.start < b.end and b.start < a.end


def _citation(n: int, scored: ScoredSentence) -> Citation:
    s = scored.sentence
    return Citation(
        n=n,
        source=s.hit.chunk.source,
        title=s.hit.chunk.title,
        start=s.start,
        end=s.end,
        quote=s.quote,
        score=scored.similarity,
        passage=s.passage,
        highlight=s.highlight,
    )


def answer(
    question: str,
    query: np.ndarray,
    hits: Sequence[Hit],
    texts: dict[str, str],
    embed_sentences: Callable[[Sequence[str]], np.ndarray],
    min_score: float,
) -> Answer:
    """Build the extractive answer for ``question`` from its retrieved hits."""
    sentences = candidate_sentences(hits, texts)
    # Each sentence is embedded under its headline, for the same reason chunks are.
    vectors = embed_sentences([f"{s.hit.chunk.title}\n{s.quote}" for s in sentences])
    return compose(question, score_sentences(question, query, sentences, vectors), min_score)
