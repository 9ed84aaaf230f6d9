"""``paddockqa bench``: build an index of N synthetic press chunks and measure it.

The chunks are made reproducibly by recombining sentences of the corpus folder (the
bundled press texts by default): each synthetic document is a handful of sentences under a
headline, short enough to be exactly one chunk. Measured in one run, on this machine:

- embedding throughput of our embedder (the configured backend, length-sorted batches)
  against a plain ``SentenceTransformer.encode`` loop over the same chunks in corpus order,
  on the same model (on a sample of at most ``THROUGHPUT_SAMPLE`` chunks, so both take
  minutes, not hours), and our rate on sentences;
- build time, index size on disk, the build's peak RSS (built as `paddockqa index` builds:
  the model released once the texts are embedded; before ``ask`` loads the reader) and the
  whole run's, and memory per chunk; with ``model_texts``, the
  model embeds only that many texts and the build time it would take is projected;
- ``ask`` latency p50/p95 (retrieval + extractive answer, warm process);
- with ``baseline``: the tutorial pipeline, LangChain's FAISS vector store over the same
  model and chunks (``pip install -e '.[bench]'``), its build time and query latency, and
  the ratios.
"""

from __future__ import annotations

import hashlib
import random
import resource
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np

from paddockqa.config import Settings
from paddockqa.corpus import CorpusScan, scan_corpus
from paddockqa.domain import Document
from paddockqa.embedding import Embedder, PassageVectors, SentenceTransformerEmbedder, Span, load_embedder
from paddockqa.errors import PaddockError
from paddockqa.reader import heading
from paddockqa.sentences import split_document

THROUGHPUT_SAMPLE = 1000
QUESTIONS = 50
PLAIN_BATCH = 32  # what tutorials pass to encode
NOISE = 0.01  # per component, added to a recycled vector (as in benchmarks/scale.py)


@dataclass(frozen=True)
class Baseline:
    """LangChain's FAISS vector store over the same model and chunks."""

    build_s: float  # chunks / build_s is its build rate
    query_p50_ms: float
    query_p95_ms: float


@dataclass(frozen=True)
class BenchResult:
    """One ``paddockqa bench`` run."""

    chunks: int
    sentences: int
    embed_chunks_per_s: float
    plain_encode_chunks_per_s: float
    embed_sentences_per_s: float
    build_s: float
    index_mb: float
    peak_rss_mb: float  # the whole run's: the build, then ``ask`` with the reader loaded
    bytes_per_chunk: float
    ask_p50_ms: float
    ask_p95_ms: float
    ask_p50_ms_reader_off: float
    ask_p95_ms_reader_off: float
    reader: str  # "on" or "off": whether ask_p50/p95 include the reader
    read_passages: int
    reader_ms_per_passage: float | None
    model_texts: int  # texts the build embedded with the model
    recycled_texts: int  # texts given a recycled vector instead (``model_texts`` limit)
    build_projected_s: float  # the build had the model embedded every text, at the rates measured
    backend: str  # the embedder class that ran "ours" (OnnxEmbedder unless the export fell back)
    build_model_s: float = 0.0  # of build_s, spent in the model
    sentence_vectors: str = "own"  # Settings.sentence_vectors of the build
    read_more: int = 0  # Settings.read_more: passages read besides when the reader is unsure
    read_more_share: float | None = None  # of the questions, the share that read more (None: reader off)
    precision: str = "fp32"  # what the build recorded: "fp32" or "int8+<recipe>" (``onnx_export.precision_tag``)
    build_peak_rss_mb: float = 0.0  # the process's peak when the build ends: the model and the build's work
    baseline: Baseline | None = None

    @property
    def build_chunks_per_s(self) -> float:
        return self.chunks / self.build_s if self.build_s else 0.0

    @property
    def model_share(self) -> float:
        """The share of the build's time spent in the model."""
        return self.build_model_s / self.build_s if self.build_s else 0.0

    @property
    def build_speedup(self) -> float | None:
        """Our build's chunks/s over LangChain's, both measured in this run (None without --baseline)."""
        if self.baseline is None or not self.baseline.build_s:
            return None
        return self.build_chunks_per_s / (self.chunks / self.baseline.build_s)

    @property
    def embed_speedup(self) -> float:
        return self.embed_chunks_per_s / self.plain_encode_chunks_per_s if self.plain_encode_chunks_per_s else 0.0

    def to_json(self) -> dict[str, object]:
        data = asdict(self)
        data["embed_speedup"] = round(self.embed_speedup, 2)
        data["build_chunks_per_s"] = round(self.build_chunks_per_s, 1)
        data["model_share"] = round(self.model_share, 3)
        speedup = self.build_speedup
        data["build_speedup"] = None if speedup is None else round(speedup, 2)
        return data


class RecycledEmbedder:
    """The model for the first ``budget`` texts; each later text gets a noisy mix of two of those.

    At 100k chunks the model alone would take hours on this machine; the index, BM25 and
    ``ask`` (whose question is still embedded by the model) cost the same with these vectors.
    """

    def __init__(self, model: Embedder, budget: int | None) -> None:
        self.model_id = model.model_id
        self.dimension = model.dimension
        self.precision = model.precision
        self._model = model
        self._budget = budget
        self._pool: list[np.ndarray] = []
        self.embedded = 0
        self.recycled = 0
        self.seconds = 0.0  # spent in the model

    def embed_documents(self, texts: Sequence[str], progress: Callable[[int], None] | None = None) -> np.ndarray:
        room = len(texts) if self._budget is None else max(0, min(len(texts), self._budget - self.embedded))
        began = time.perf_counter()
        fresh = self._model.embed_documents(texts[:room], progress) if room else np.empty((0, self.dimension))
        self.seconds += time.perf_counter() - began
        self.embedded += room
        if self._budget is not None:
            self._pool.extend(fresh)
        rest = [recycled_vector(self._pool, text) for text in texts[room:]]
        self.recycled += len(rest)
        if progress and rest:
            progress(len(rest))
        return np.vstack([fresh, *rest]).astype(np.float32) if rest else fresh

    def embed_passages(
        self, texts: Sequence[str], spans: Sequence[Sequence[Span]], progress: Callable[[int], None] | None = None
    ) -> PassageVectors:
        room = len(texts) if self._budget is None else max(0, min(len(texts), self._budget - self.embedded))
        began = time.perf_counter()
        if room:
            fresh = self._model.embed_passages(texts[:room], spans[:room], progress)
        else:
            fresh = PassageVectors(np.empty((0, self.dimension), np.float32), [])
        self.seconds += time.perf_counter() - began
        self.embedded += room
        if self._budget is not None:
            self._pool.extend(fresh.passages)
        passages = [recycled_vector(self._pool, text) for text in texts[room:]]
        pooled = [
            np.array([recycled_vector(self._pool, text[a:b]) for a, b in bounds], np.float32).reshape(
                -1, self.dimension
            )
            for text, bounds in zip(texts[room:], spans[room:])
        ]
        self.recycled += len(passages)
        if progress and passages:
            progress(len(passages))
        if not passages:
            return fresh
        return PassageVectors(np.vstack([fresh.passages, *passages]).astype(np.float32), [*fresh.spans, *pooled])

    def embed_query(self, text: str) -> np.ndarray:
        return self._model.embed_query(text)

    def release(self) -> None:
        self._model.release()  # as the model would in a real one-shot build


def recycled_vector(pool: Sequence[np.ndarray], text: str) -> np.ndarray:
    """A noisy mix of two pool vectors picked by the text's hash, the same for the same text (pure).

    The same recipe as ``benchmarks/scale.py``, whose recall and timings it measured: mixes
    spread over the space the model's vectors occupy instead of clustering on the pool.
    """
    if not pool:
        raise PaddockError("--model-texts must be at least 1: recycled vectors start from real ones.")
    rng = np.random.default_rng(int.from_bytes(hashlib.sha256(text.encode("utf-8")).digest()[:8], "little"))
    first, second = rng.integers(0, len(pool), 2)
    weight = rng.uniform(0.5, 1.0)
    vector = weight * pool[first] + (1 - weight) * pool[second] + rng.normal(0.0, NOISE, len(pool[first]))
    return (vector / np.linalg.norm(vector)).astype(np.float32)


def synthetic_documents(sentences: Sequence[str], count: int, max_chars: int, seed: int = 0) -> list[Document]:
    """``count`` one-chunk documents of recombined sentences, the same for the same inputs (pure)."""
    if not sentences:
        raise PaddockError("No sentences to build press-like text from: the corpus folder is empty.")
    rng = random.Random(seed)
    documents = []
    for i in range(count):
        title = f"Dépêche {i + 1} : " + rng.choice(sentences)[:60].rstrip(" ,;:")
        body: list[str] = []
        while len(body) < 6:
            candidate = rng.choice(sentences)
            if len(title) + sum(len(s) + 1 for s in body) + len(candidate) + 2 > max_chars:
                break
            body.append(candidate)
        text = f"{title}\n\n{' '.join(body) or rng.choice(sentences)[: max_chars - len(title) - 2]}"
        documents.append(
            Document(
                source=f"bench/{i:07d}.txt",
                title=title,
                date=None,
                text=text,
                content_hash=hashlib.sha256(text.encode("utf-8")).hexdigest(),
            )
        )
    return documents


def run_bench(
    settings: Settings, chunks: int, baseline: bool = False, model_texts: int | None = None, seed: int = 0
) -> BenchResult:
    """Build an index of ``chunks`` synthetic chunks in a temporary folder and measure it.

    ``model_texts`` caps the texts (chunks and sentences) the build embeds with the model;
    the others get recycled vectors (see ``RecycledEmbedder``), and the build time the
    model would have taken is projected from the rates measured in the same run.
    """
    from paddockqa.pipeline import Pipeline

    if baseline and model_texts is not None:
        raise PaddockError("--baseline compares full builds: run it without --model-texts.")
    corpus = scan_corpus(settings.corpus)
    sentences = [s.text for d in corpus.documents for s in split_document(d) if len(s.text) < settings.chunk_size / 3]
    documents = synthetic_documents(sentences, chunks, int(settings.chunk_size * 0.9), seed)
    # loaded before the clock starts
    model = load_embedder(settings.model, settings.model_cache, settings.backend, settings.precision)
    embedder = RecycledEmbedder(model, model_texts)
    with tempfile.TemporaryDirectory(prefix="paddockqa-bench-") as work:
        pipeline = Pipeline(replace(settings, index=Path(work) / "index"), embedder=embedder)
        began = time.perf_counter()
        # As `paddockqa index` builds: the model hands its memory back before the indexes are built
        # (loaded again, untimed, for the questions below).
        report = pipeline.build(scan=CorpusScan(tuple(documents), ()), release_model=True)
        build_s = time.perf_counter() - began
        build_peak_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        index_bytes = sum(p.stat().st_size for p in (Path(work) / "index").rglob("*") if p.is_file())
        loaded = pipeline.loaded()
        rng = random.Random(seed + 1)
        questions = [" ".join(rng.choice(sentences).split()[:10]) + " ?" for _ in range(QUESTIONS)]
        pipeline.ask(questions[0])  # warm: index loaded, retriever built
        latencies = _latencies(lambda q: pipeline.ask(q), questions)
        # Side by side in the same run: the same questions without the reader, and the reader alone.
        without = Pipeline(replace(pipeline.settings, reader="off"), embedder=embedder)
        without.ask(questions[0])
        latencies_off = _latencies(lambda q: without.ask(q), questions)
        timed = loaded.chunks[: settings.read_passages * 4]
        reader_ms = _reader_ms_per_passage(pipeline, [c.text for c in timed], [heading(c) for c in timed])
        read_more_share = None
        if pipeline.reader is not None:
            k = settings.read_passages + settings.read_more  # every hit read is returned
            read = [sum(h.reading is not None for h in pipeline.retrieve(q, k).hits) for q in questions]
            read_more_share = round(float(np.mean([n > settings.read_passages for n in read])), 3)

        # The texts the build embeds (headline included), so the projection uses their rates.
        chunk_sample = [c.indexed_text for c in loaded.chunks[:THROUGHPUT_SAMPLE]]
        sentence_sample = [s.indexed_text for s in loaded.sentences[:THROUGHPUT_SAMPLE]]
        model.embed_documents(chunk_sample[:PLAIN_BATCH])  # warm-up: released by the build, loaded again
        ours = _rate(lambda: model.embed_documents(chunk_sample), len(chunk_sample))
        ours_sentences = _rate(lambda: model.embed_documents(sentence_sample), len(sentence_sample))
        # After our model has embedded full-length chunks, before the torch model below is loaded.
        peak_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        plain_model = load_embedder(settings.model, settings.model_cache, "torch")
        _plain_loop(plain_model, chunk_sample[:PLAIN_BATCH])  # warm-up, as ours was
        plain = _rate(lambda: _plain_loop(plain_model, chunk_sample), len(chunk_sample))
        late = settings.sentence_vectors == "late"  # sentences then cost no model pass of their own
        projected = (
            build_s - embedder.seconds + report.chunks / ours + (0 if late else len(loaded.sentences) / ours_sentences)
        )
        result = BenchResult(
            chunks=report.chunks,
            sentences=len(loaded.sentences),
            embed_chunks_per_s=round(ours, 1),
            plain_encode_chunks_per_s=round(plain, 1),
            embed_sentences_per_s=round(ours_sentences, 1),
            build_s=round(build_s, 2),
            index_mb=round(index_bytes / 1e6, 2),
            peak_rss_mb=round(peak_rss_mb, 1),
            build_peak_rss_mb=round(build_peak_rss_mb, 1),
            bytes_per_chunk=round(index_bytes / max(report.chunks, 1)),
            ask_p50_ms=round(float(np.percentile(latencies, 50)), 1),
            ask_p95_ms=round(float(np.percentile(latencies, 95)), 1),
            ask_p50_ms_reader_off=round(float(np.percentile(latencies_off, 50)), 1),
            ask_p95_ms_reader_off=round(float(np.percentile(latencies_off, 95)), 1),
            reader=pipeline.settings.reader,
            read_passages=pipeline.settings.read_passages,
            reader_ms_per_passage=reader_ms,
            model_texts=embedder.embedded,
            recycled_texts=embedder.recycled,
            build_projected_s=round(projected, 1),
            backend=type(model).__name__,
            build_model_s=round(embedder.seconds, 2),
            sentence_vectors=settings.sentence_vectors,
            precision=model.precision,  # the tag: "int8+2" is recipe 2's int8 (``onnx_export.precision_tag``)
            read_more=settings.read_more,
            read_more_share=read_more_share,
        )
        if baseline:
            result = replace(result, baseline=_langchain(plain_model, [d.text for d in documents], questions))
    return result


def _reader_ms_per_passage(pipeline: Any, passages: list[str], titles: list[str]) -> float | None:
    """What reading one passage (with its document title, as ``ask`` gives it) costs the
    reader, batched as ``ask`` reads them (ms); None when off."""
    reader = pipeline.reader
    if reader is None or not passages:
        return None
    n = pipeline.settings.read_passages
    reader.read("Question de chauffe ?", passages[:n], headings=titles[:n])
    began = time.perf_counter()
    for i in range(0, len(passages), n):
        reader.read("Qui a remporté la course ?", passages[i : i + n], headings=titles[i : i + n])
    return round((time.perf_counter() - began) * 1000 / len(passages), 1)


def _plain_loop(embedder: Embedder, texts: list[str]) -> None:
    """What tutorials do: encode fixed batches in corpus order, the model's own defaults."""
    model = _sentence_transformer(embedder)
    for begin in range(0, len(texts), PLAIN_BATCH):
        model.encode(texts[begin : begin + PLAIN_BATCH], prompt="passage: ", normalize_embeddings=True)


def _sentence_transformer(embedder: Embedder) -> Any:
    if not isinstance(embedder, SentenceTransformerEmbedder):
        raise PaddockError("The plain encode loop needs the torch backend of the model.")
    return embedder.sentence_transformer


def _langchain(embedder: Embedder, texts: list[str], questions: list[str]) -> Baseline:
    try:
        from langchain_community.vectorstores import FAISS
        from langchain_core.embeddings import Embeddings
    except ImportError as exc:
        raise PaddockError("--baseline needs LangChain: run `pip install -e '.[bench]'` in the venv.") from exc
    model = _sentence_transformer(embedder)

    class PlainModel(Embeddings):
        def embed_documents(self, texts: list[str]) -> list[list[float]]:
            return model.encode(texts, prompt="passage: ", normalize_embeddings=True).tolist()

        def embed_query(self, text: str) -> list[float]:
            return model.encode([text], prompt="query: ", normalize_embeddings=True)[0].tolist()

    began = time.perf_counter()
    store = FAISS.from_texts(texts, PlainModel())
    build_s = time.perf_counter() - began
    store.similarity_search(questions[0], k=5)
    latencies = _latencies(lambda q: store.similarity_search(q, k=5), questions)
    return Baseline(
        round(build_s, 2), round(float(np.percentile(latencies, 50)), 1), round(float(np.percentile(latencies, 95)), 1)
    )


def _rate(work, count: int) -> float:
    began = time.perf_counter()
    work()
    return count / (time.perf_counter() - began)


def _latencies(ask, questions: list[str]) -> list[float]:
    out = []
    for question in questions:
        began = time.perf_counter()
        ask(question)
        out.append((time.perf_counter() - began) * 1000)
    return out
