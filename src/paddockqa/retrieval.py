"""Question -> ranked Hits, from three signals fused by z-scores.

- dense: the passage's vector against the question's (FAISS);
- lexical: French BM25 over the passage (names, numbers, rare words);
- sentence: the passage's best sentence against the question. A short factual question
  matches one sentence far better than a whole passage, and this is the strongest of the
  three alone.

Candidates are the union of each signal's top ``DEPTH``; every candidate then gets its
exact score on all three, so fusion never guesses a missing one. Each signal is
standardised against its distribution over the whole collection (estimated on a fixed
sample of passages), not over the candidates: on PIAF that is worth 2 points of
recall@1, because a candidate set made only of near-misses inflates their z-scores.
The weights were chosen on PIAF (``benchmarks/side_by_side.py`` prints each signal
alone and fused). An English question gets its own (``ENGLISH_WEIGHTS``): BM25 matches
French words, and an English question shares only its names, numbers and a few cognates with
the texts, so its lexical signal ranks the wrong passages first far more often (recall@1 0.15
alone on ``eval/piaf-dev-en``'s English questions, 0.61 for the same questions in French).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from paddockqa.domain import Hit, Scope
from paddockqa.embedding import Embedder
from paddockqa.language import ENGLISH, question_language
from paddockqa.lexical import top_positive
from paddockqa.store import LoadedIndex
from paddockqa.vectors import scoped_search_parameters

DEPTH = 50  # candidates taken from each signal before fusion
WEIGHTS = (0.3, 0.2, 0.5)  # dense, lexical, sentence
# Fitted on piaf-train's questions in our English translation (training/data/piaf-train-en.jsonl,
# `benchmarks/fusion_weights.py`, a grid of steps of 0.1): recall@1 of the fused order 0.60 with
# WEIGHTS, 0.68 with these (the search takes them for a question ``Resolution.language`` says is English).
ENGLISH_WEIGHTS = (0.3, 0.1, 0.6)
SAMPLE = 2000  # passages whose scores estimate each signal's mean and spread
EXACT_SCOPE = 100_000  # vectors: a scoped search up to this size is an exact product


def weights_for(language: str) -> tuple[float, float, float]:
    """The fusion weights (dense, lexical, sentence) for a question in ``language`` (pure)."""
    return ENGLISH_WEIGHTS if language == ENGLISH else WEIGHTS


@dataclass(frozen=True)
class Candidates:
    """The passages a question's three signals bring up, each scored on all three."""

    rows: np.ndarray  # (n,) chunk rows, ascending
    scores: np.ndarray  # (n, 3) dense cosine, BM25 score, best sentence cosine
    zscores: np.ndarray  # (n, 3) the same standardised against the collection's sample


@dataclass(frozen=True)
class Retrieval:
    """The passages found for a question, and what the answer step needs with them."""

    question: str
    query: np.ndarray  # the question's vector
    hits: tuple[Hit, ...]  # best first; each carries what the answer step needs
    index: LoadedIndex  # the generation the hits come from (for callers that list documents)
    language: str  # searched and read in (fusion weights, reader calibration); a follow-up's may be its typed one's


def zscore(values: np.ndarray, reference: np.ndarray | None = None) -> np.ndarray:
    """Standardise scores by the mean and spread of ``reference`` (default: themselves) (pure)."""
    reference = values if reference is None else reference
    if len(values) == 0 or len(reference) == 0:
        return np.zeros_like(values)
    std = float(reference.std())
    return (values - reference.mean()) / std if std > 1e-9 else np.zeros_like(values)


def fuse(zscores: np.ndarray, weights: tuple[float, ...]) -> np.ndarray:
    """Each candidate's weighted sum of its signals' z-scores: (n, 3) and 3 weights -> (n,) (pure)."""
    return zscores @ np.asarray(weights, dtype=np.float64)


def best_per_range(scores: np.ndarray, ranges: np.ndarray, fallback: np.ndarray) -> np.ndarray:
    """The best of ``scores`` within each [first, last) range, ``fallback`` where empty (pure).

    ``scores`` holds the values of the ranges laid end to end.
    """
    out = fallback.astype(np.float32).copy()
    lengths = ranges[:, 1] - ranges[:, 0]
    filled = lengths > 0
    if filled.any():
        starts = np.concatenate([[0], np.cumsum(lengths)[:-1]])
        out[filled] = np.maximum.reduceat(scores, starts[filled])
    return out


def range_ids(ranges: np.ndarray) -> np.ndarray:
    """The ids of all [first, last) ranges, laid end to end (pure)."""
    lengths = ranges[:, 1] - ranges[:, 0]
    if not len(ranges) or not lengths.sum():
        return np.empty(0, dtype=np.int64)
    offsets = np.concatenate([[0], np.cumsum(lengths)[:-1]])
    return np.repeat(ranges[:, 0] - offsets, lengths) + np.arange(lengths.sum())


class Retriever:
    """Hybrid search over one loaded index."""

    def __init__(self, index: LoadedIndex, embedder: Embedder) -> None:
        self.index = index
        self._embedder = embedder
        count = len(index.chunks)
        sample = np.unique(np.linspace(0, count - 1, min(count, SAMPLE)).astype(np.int64))
        self._sample = sample
        # Fixed for the life of the index, so fetched once.
        self._sample_vectors = index.passage_vectors(sample)
        self._sample_ranges = index.sentence_ranges[sample] if count else np.zeros((0, 2), np.int64)
        self._sample_sentences = index.sentence_matrix(range_ids(self._sample_ranges))

    def search(
        self,
        question: str,
        k: int,
        depth: int = DEPTH,
        scope: Scope | None = None,
        query: np.ndarray | None = None,
        language: str | None = None,
    ) -> Retrieval:
        """The ``k`` best passages for the question, among the documents in ``scope``.

        ``query``: the question's vector when it is already embedded (a deeper search of the
        same question, ``Retrieval.query``); otherwise the embedder makes it. ``language``:
        the language the question was asked in (a follow-up's typed words say it better than
        the question it was understood as: "And his team?" understood as "Philippe Gaillard's
        team?"); by default ``language.question_language``'s.
        """
        query = self._embedder.embed_query(question) if query is None else query
        language = language or question_language(question)
        found = self.candidates(question, query, depth, scope)
        fused = fuse(found.zscores, weights_for(language))
        order = np.argsort(-fused, kind="stable")[:k]
        hits = tuple(self.hit(int(found.rows[i]), float(fused[i]), *(float(x) for x in found.scores[i])) for i in order)
        return Retrieval(question, query, hits, self.index, language)

    def candidates(
        self, question: str, query: np.ndarray, depth: int = DEPTH, scope: Scope | None = None
    ) -> Candidates:
        """The union of each signal's ``depth`` best passages within ``scope``, scored on all three.

        ``query``: the question's vector. Empty when the index or the scope holds nothing.
        """
        index = self.index
        allowed = index.rows_in(scope or Scope())
        if not index.chunks or (allowed is not None and not len(allowed)):
            empty = np.zeros((0, 3))
            return Candidates(np.empty(0, dtype=np.int64), empty, empty)
        depth = min(depth, len(index.chunks))
        sentence_allowed = None if allowed is None else np.unique(range_ids(index.sentence_ranges[allowed]))
        dense_ids = _nearest(index.vectors, index.passage_vectors, query, depth, allowed)
        lexical_all = index.lexical.scores(question)
        if allowed is not None and len(lexical_all):
            masked = np.zeros_like(lexical_all)
            masked[allowed] = lexical_all[allowed]
            lexical_ids = top_positive(masked, depth)
        else:
            lexical_ids = top_positive(lexical_all, depth)
        found = [dense_ids, lexical_ids]
        if index.sentences:
            n = min(depth * 2, len(index.sentences))
            sentence_ids = _nearest(index.sentence_vectors, index.sentence_matrix, query, n, sentence_allowed)
            owners = index.sentence_owners[sentence_ids]
            found.append(owners[owners >= 0])
        rows = np.unique(np.concatenate(found))
        if allowed is not None:
            # A sentence's first chunk is always in its own document, but say so explicitly.
            rows = np.intersect1d(rows, allowed)
        scores = self._signals(rows, query, lexical_all)
        references = self._references(query, lexical_all)
        zscores = np.stack([zscore(score, ref) for score, ref in zip(scores, references, strict=True)], axis=1)
        return Candidates(rows, np.stack(scores, axis=1), zscores)

    def hit(self, row: int, score: float, dense: float, lexical: float, sentence: float) -> Hit:
        """The hit for chunk ``row``, carrying its sentences, their vectors, its context and document."""
        index = self.index
        chunk = index.chunks[row]
        first, last = (int(x) for x in index.sentence_ranges[row])
        ids = np.arange(first, last, dtype=np.int64)
        sentences = tuple(index.sentences[first:last])  # one read of the records
        begin = min([chunk.start, *(s.start for s in sentences)])
        end = max([chunk.end, *(s.end for s in sentences)])
        return Hit(
            chunk=chunk,
            score=score,
            dense=dense,
            lexical=lexical,
            sentence=sentence,
            row=row,
            sentences=sentences,
            sentence_vectors=index.sentence_matrix(ids),
            context=index.texts.slice(chunk.source, begin, end),
            context_start=begin,
            document=index.document_by_source.get(chunk.source),
        )

    def _signals(
        self, rows: np.ndarray, query: np.ndarray, lexical_all: np.ndarray
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The dense, lexical and best-sentence scores of the given chunks."""
        index = self.index
        ranges = index.sentence_ranges[rows]
        dense = index.passage_vectors(rows) @ query
        sims = index.sentence_matrix(range_ids(ranges)) @ query
        return dense, _lexical(lexical_all, rows), best_per_range(sims, ranges, fallback=dense)

    def _references(self, query: np.ndarray, lexical_all: np.ndarray) -> tuple[np.ndarray, ...]:
        """The three signals over the fixed sample, whose spread standardises each one."""
        dense = self._sample_vectors @ query
        sentence = best_per_range(self._sample_sentences @ query, self._sample_ranges, fallback=dense)
        return dense, _lexical(lexical_all, self._sample), sentence


def _nearest(
    vectors: object, stored: Callable[[np.ndarray], np.ndarray], query: np.ndarray, n: int, allowed: np.ndarray | None
) -> np.ndarray:
    """Ids of the ``n`` vectors closest to the query, among ``allowed`` ones when given.

    An exact index searches the scope exactly with a selector. On a graph index (HNSW) or an
    inverted file (compressed) a selector over a few documents can miss them, so a scope of up
    to ``EXACT_SCOPE`` vectors is searched as a product over its stored vectors instead.
    """
    import faiss

    if allowed is None:
        _, ids = vectors.search(query[None, :], n)  # type: ignore[attr-defined]
        return ids[0][ids[0] >= 0]
    if len(allowed) <= EXACT_SCOPE and not isinstance(vectors, faiss.IndexFlatCodes):
        scores = stored(allowed) @ query
        top = np.argpartition(-scores, min(n, len(scores)) - 1)[:n]
        return allowed[top[np.argsort(-scores[top], kind="stable")]]
    params = scoped_search_parameters(vectors, allowed)
    _, ids = vectors.search(query[None, :], n, params=params)  # type: ignore[attr-defined]
    return ids[0][ids[0] >= 0]


def _lexical(scores: np.ndarray, rows: np.ndarray) -> np.ndarray:
    return scores[rows] if len(scores) else np.zeros(len(rows), np.float32)
