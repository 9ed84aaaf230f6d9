"""A deterministic fake embedder: words hashed into a small space, for fast index and sync tests.

Texts that share words get close vectors, so search still finds the passage a question's
words come from; the real model keeps its own slow tests (test_embedding, test_index,
test_sync). Spans of a passage are pooled from its words the way ``pool_spans`` pools the
model's tokens, with the passage's words mixed in as context.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Sequence

import numpy as np

from paddockqa.embedding import PassageVectors, Span

DIMENSION = 64
_WORD = re.compile(r"\w+")


def _bag(text: str) -> np.ndarray:
    vector = np.zeros(DIMENSION, np.float32)
    for word in _WORD.findall(text.lower()):
        vector[int.from_bytes(hashlib.blake2b(word.encode(), digest_size=4).digest(), "little") % DIMENSION] += 1.0
    return vector


def _unit(vector: np.ndarray) -> np.ndarray:
    norm = float(np.linalg.norm(vector))
    return (vector / norm if norm else np.eye(DIMENSION, dtype=np.float32)[0]).astype(np.float32)


class HashEmbedder:
    """Implements ``embedding.Embedder``; counts what it was asked to embed."""

    model_id = "fake/hash"
    dimension = DIMENSION

    def __init__(self, precision: str = "int8") -> None:
        self.precision = precision  # what Settings.precision asks by default
        self.documents: list[str] = []
        self.passages: list[str] = []
        self.released = 0  # how many times a build handed the model back

    def embed_documents(self, texts: Sequence[str], progress: Callable[[int], None] | None = None) -> np.ndarray:
        self.documents.extend(texts)
        if progress:
            progress(len(texts))
        return np.array([_unit(_bag(t)) for t in texts], np.float32).reshape(-1, DIMENSION)

    def embed_query(self, text: str) -> np.ndarray:
        return _unit(_bag(text))

    def release(self) -> None:
        self.released += 1

    def embed_passages(
        self, texts: Sequence[str], spans: Sequence[Sequence[Span]], progress: Callable[[int], None] | None = None
    ) -> PassageVectors:
        self.passages.extend(texts)
        if progress:
            progress(len(texts))
        pooled = [
            np.array([_unit(_bag(text[a:b]) + 0.1 * _bag(text)) for a, b in bounds], np.float32).reshape(-1, DIMENSION)
            for text, bounds in zip(texts, spans)
        ]
        return PassageVectors(np.array([_unit(_bag(t)) for t in texts], np.float32).reshape(-1, DIMENSION), pooled)
