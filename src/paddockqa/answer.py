"""Hits -> Answer with citations (extractive).

No generative model runs offline, so the answer is made of sentences quoted from the
retrieved passages: every sentence of the best passages is scored against the question
(embedding similarity, from the vectors stored in the index, plus the share of the
question's words it contains), the best one or two are quoted, each followed by its
marker [n]; the quotes total at most ``MAX_ANSWER_CHARS``. When even the best sentence is not close
enough to the question, the reply says so and shows the closest passages instead.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np

from paddockqa.domain import Answer, Citation, Hit, page_at
from paddockqa.index import LoadedIndex
from paddockqa.lexical import tokenize
from paddockqa.retrieval import Retrieval
from paddockqa.text import clean_layout, collapse_whitespace

NOT_FOUND = "Je n’ai pas trouvé la réponse à cette question dans le corpus."
CLOSEST = "Passages les plus proches :"
PASSAGES_SEARCHED = 4  # sentences are taken from this many top passages
LEXICAL_WEIGHT = 0.2
RANK_PENALTY = 0.02
QUESTION_PENALTY = 0.05
SECOND_SENTENCE_MARGIN = 0.1
# The "not found" decision: a logistic model of ``evidence``, fitted on PIAF questions
# whose paragraph was removed from the corpus against questions still answerable
# (benchmarks/calibrate_refusal.py prints the fit, the curve and the chosen threshold).
CONFIDENCE_WEIGHTS = (19.93, 3.69)  # similarity, overlap
CONFIDENCE_BIAS = -18.46
MAX_ANSWER_CHARS = 300  # one or two sentences: an answer, never a whole passage
ELLIPSIS = "…"


@dataclass(frozen=True)
class Candidate:
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
    sentence: Candidate
    similarity: float
    overlap: float
    score: float


def candidate_sentences(retrieval: Retrieval) -> tuple[list[Candidate], np.ndarray]:
    """The indexed sentences of the top passages, and their ids in the sentence index."""
    out: list[Candidate] = []
    ids: list[int] = []
    seen: set[int] = set()
    for rank, hit in enumerate(retrieval.hits[:PASSAGES_SEARCHED]):
        for sid, candidate in hit_sentences(retrieval.index, rank, hit):
            if sid in seen:
                continue  # already found in a better passage that overlaps this one
            seen.add(sid)
            out.append(candidate)
            ids.append(sid)
    return out, np.array(ids, dtype=np.int64)


def hit_sentences(index: LoadedIndex, rank: int, hit: Hit) -> list[tuple[int, Candidate]]:
    """The sentences of one retrieved passage, each with its id in the sentence index."""
    if hit.row < 0:
        raise ValueError("a Hit without its row in the index cannot be answered from")
    chunk = hit.chunk
    text = index.texts[chunk.source]
    clean = clean_layout(text[chunk.start : chunk.end])
    first, last = index.sentence_ranges[hit.row]
    out = []
    for sid in range(int(first), int(last)):
        sentence = index.sentences[sid]
        end, quote = clip(text, sentence.start, sentence.end, sentence.text)
        # A sentence the splitter cut across two passages is shown in a passage widened
        # to hold all of it, so the highlight always covers the whole quote.
        begin = min(chunk.start, sentence.start)
        shown = clean if begin == chunk.start and end <= chunk.end else clean_layout(text[begin : max(end, chunk.end)])
        a = _clean_offset(shown.origin, sentence.start - begin)
        b = _clean_offset(shown.origin, end - begin)
        out.append((sid, Candidate(rank, hit, sentence.start, end, quote, shown.text, (a, b))))
    return out


def _clean_offset(origin: Sequence[int], offset: int) -> int:
    """The position in the clean passage of an offset in its original text (pure)."""
    return min(bisect.bisect_left(origin, max(offset, 0)), len(origin) - 1)


def word_weights(question: str, sentences: Sequence[Candidate]) -> dict[str, float]:
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
    question: str, query: np.ndarray, sentences: Sequence[Candidate], vectors: np.ndarray
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


def evidence(ranked: Sequence[ScoredSentence]) -> np.ndarray:
    """What the "not found" decision looks at, in the order of ``CONFIDENCE_WEIGHTS`` (pure):
    the best sentence's similarity and the share of the question's words it holds
    (weighted by rarity, so a missing "salaire" counts more than the driver's name).

    Passage scores are left out on purpose: they are z-scores against the collection, so
    their scale depends on its size, and a threshold fitted on PIAF's 1,518 paragraphs
    did not carry over to a corpus of three press texts.
    """
    if not ranked:
        return np.zeros(len(CONFIDENCE_WEIGHTS))
    return np.array([ranked[0].similarity, ranked[0].overlap])


def confidence(features: np.ndarray) -> float:
    """The estimated probability that the corpus answers the question (pure)."""
    return float(1 / (1 + math.exp(-(features @ np.array(CONFIDENCE_WEIGHTS) + CONFIDENCE_BIAS))))


def compose(question: str, ranked: Sequence[ScoredSentence], min_score: float) -> Answer:
    """Quote the best sentence(s) with markers, or say the corpus has no answer (pure)."""
    sure = confidence(evidence(ranked)) if ranked else 0.0
    if not ranked or sure < min_score:
        return not_found(question, ranked, sure)
    best = ranked[0]
    chosen = [best]
    # A second sentence from the same document, when it fits: it is the context most
    # likely to hold the rest of the answer, and reads as one passage.
    for other in ranked[1:]:
        if (
            other.sentence.hit.chunk.source == best.sentence.hit.chunk.source
            and other.score >= best.score - SECOND_SENTENCE_MARGIN
            and other.sentence.quote != best.sentence.quote
            and len(best.sentence.quote) + len(other.sentence.quote) + 1 <= MAX_ANSWER_CHARS
            and not _overlaps(other.sentence, best.sentence)
        ):
            chosen.append(other)
            break
    citations = tuple(citation(i + 1, s) for i, s in enumerate(chosen))
    text = " ".join(f"{c.quote} [{c.n}]" for c in citations)
    return Answer(question=question, answered=True, text=text, citations=citations, confidence=sure)


def not_found(question: str, ranked: Sequence[ScoredSentence], confidence: float) -> Answer:
    """The reply that says the corpus has no answer, citing the closest passages (pure)."""
    best_per_passage: dict[int, ScoredSentence] = {}
    for s in ranked:
        best_per_passage.setdefault(s.sentence.hit_rank, s)
    closest = [best_per_passage[r] for r in sorted(best_per_passage)][:3]
    citations = tuple(citation(i + 1, s) for i, s in enumerate(closest))
    if not citations:
        return Answer(question=question, answered=False, text=NOT_FOUND, confidence=confidence)
    listing = " ".join(f"[{c.n}] {c.title}" for c in citations)
    text = f"{NOT_FOUND} {CLOSEST} {listing}"
    return Answer(question=question, answered=False, text=text, citations=citations, confidence=confidence)


def _overlaps(a: Candidate, b: Candidate) -> bool:
    return a.hit.chunk.source == b.hit.chunk.source and a.start < b.end and b.start < a.end


def citation(n: int, scored: ScoredSentence) -> Citation:
    """The citation [n] of a scored sentence: its exact span and the passage it sits in (pure)."""
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


def clip(text: str, start: int, end: int, quote: str, limit: int = MAX_ANSWER_CHARS) -> tuple[int, str]:
    """Cut a sentence longer than ``limit`` at a word boundary: its new end and quote (pure).

    ``text`` is the document's original text and [start, end) the sentence in it; the
    quote stays the whitespace-collapsed span, with an ellipsis when it was cut.
    """
    if len(quote) <= limit:
        return end, quote
    cut = start
    # Collapsed length grows by at most one per original character, so walk until full.
    while cut < end and len(collapse_whitespace(text[start : cut + 1])) < limit - 1:
        cut += 1
    space = max(text.rfind(" ", start, cut), text.rfind("\n", start, cut))
    cut = space if space > start else cut
    clipped = collapse_whitespace(text[start:cut]).rstrip(",;:")
    return start + len(text[start:cut].rstrip().rstrip(",;:").rstrip()), clipped + ELLIPSIS


def rank(retrieval: Retrieval) -> list[ScoredSentence]:
    """The sentences of the top passages, best answer first."""
    sentences, ids = candidate_sentences(retrieval)
    vectors = retrieval.index.sentence_matrix(ids)
    return score_sentences(retrieval.question, retrieval.query, sentences, vectors)


def answer(retrieval: Retrieval, min_score: float) -> Answer:
    """Build the extractive answer to a retrieved question."""
    return compose(retrieval.question, rank(retrieval), min_score)


def with_document_details(reply: Answer, index: LoadedIndex) -> Answer:
    """The answer with each citation's document date, PDF page and duplicate files."""
    documents = index.document_by_source
    citations = []
    for c in reply.citations:
        doc = documents.get(c.source)
        if doc is not None:
            c = replace(c, date=doc.date, page=page_at(doc.pages, c.start), also=doc.also)
        citations.append(c)
    return replace(reply, citations=tuple(citations))
