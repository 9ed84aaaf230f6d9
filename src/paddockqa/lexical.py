"""French lexical search: BM25 (bm25s) over stemmed, accent-folded words.

bm25s stores BM25 as sparse matrices, so scoring a question is a sparse lookup rather
than a loop over documents, and the index saves and loads as plain files.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np

_ELISION = re.compile(r"\b(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu)['’`]", re.IGNORECASE)
_WORD = re.compile(r"\w+", re.UNICODE)


@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    from bm25s.stopwords import STOPWORDS_FRENCH

    # Question words never occur in the answer, so they must not count as matches.
    questions = {"où", "quand", "combien", "comment", "pourquoi", "quel", "quelle", "quels", "quelles", "lequel",
                 "laquelle", "lesquels", "lesquelles", "quoi"}  # fmt: skip
    return frozenset(STOPWORDS_FRENCH) | {"a", "y", "est", "sont", "ete", "été"} | questions


@lru_cache(maxsize=1)
def _stemmer():  # -> Stemmer.Stemmer
    import Stemmer

    return Stemmer.Stemmer("french")


def _fold(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if unicodedata.category(c) != "Mn")


def tokenize(text: str) -> list[str]:
    """Lower-case, drop elisions (l', qu'...) and stopwords, stem, then fold accents.

    Folding after stemming lets "equipe" match "équipe" while the French stemmer still
    sees the accents it was written for.
    """
    words = _WORD.findall(_ELISION.sub(" ", text.lower()))
    stop = _stopwords()
    kept = [w for w in words if w not in stop and (len(w) > 1 or w.isdigit())]
    return [_fold(stem) for stem in _stemmer().stemWords(kept)]


class LexicalIndex:
    """BM25 over the chunk texts, row i being chunk i."""

    def __init__(self, model) -> None:  # model: bm25s.BM25
        self._model = model

    @classmethod
    def build(cls, texts: Sequence[str]) -> LexicalIndex:
        import bm25s

        model = bm25s.BM25()
        # An empty token list would make bm25s drop the row; a placeholder keeps rows aligned.
        model.index([tokenize(t) or ["∅"] for t in texts], show_progress=False)
        return cls(model)

    def save(self, folder: Path) -> None:
        self._model.save(str(folder))

    @classmethod
    def load(cls, folder: Path) -> LexicalIndex:
        import bm25s

        return cls(bm25s.BM25.load(str(folder)))

    def scores(self, question: str) -> np.ndarray:
        """BM25 score of every row for the question (empty when no word is known)."""
        vocab = self._model.vocab_dict
        tokens = [t for t in tokenize(question) if t in vocab]
        if not tokens:
            return np.empty(0, dtype=np.float32)
        return np.asarray(self._model.get_scores(tokens), dtype=np.float32)


def top_positive(scores: np.ndarray, depth: int) -> np.ndarray:
    """Row ids of the ``depth`` best positive scores, best first (pure)."""
    if not len(scores):
        return np.empty(0, dtype=np.int64)
    depth = min(depth, len(scores))
    top = np.argpartition(-scores, depth - 1)[:depth]
    top = top[np.argsort(-scores[top], kind="stable")]
    return top[scores[top] > 0].astype(np.int64)
