"""The build's expensive stages on a Ray cluster (``paddockqa index --ray``).

Two Ray Data pipelines stand in for the two loops of a local build, and nothing else changes:

- **reading**: the files the scan must read go through ``map_batches`` as Ray tasks, each
  running ``corpus.read_documents`` (read, extract, clean, date, title) on a worker; what
  comes back is what a local scan reads, errors included;
- **embedding**: the texts the build lacks vectors for go through ``map_batches`` over an
  actor pool of ONNX embedders (one model load per actor, ``threads`` cores each); parts come
  back as workers finish them, and the build checkpoints each as it does locally.

Planning what changed, chunking (milliseconds per document) and writing the generation stay in
the driver, in ``sync`` and ``store``: the index written is the same as a local build's, in the
same format, atomically, and only new or changed texts reach the workers. On a cluster, the
corpus folder and the model cache must be on a path every node sees (``README``: "On a cluster").

Ray is an optional extra (``pip install 'paddockqa[cluster]'``): it is imported only here.
"""

from __future__ import annotations

import logging
import os
import pickle
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

import numpy as np

from paddockqa import messages
from paddockqa.corpus import UnreadableNow, read_files
from paddockqa.domain import Document
from paddockqa.embedding import Part, PassageVectors, Span, load_embedder
from paddockqa.errors import ConfigError, ModelError, PaddockError
from paddockqa.formats import UnreadableFile

__all__ = ["RayCluster", "RayEmbedder", "connect"]

FILES_PER_TASK = 16  # files read by one Ray task: large enough to amortise a task, small enough to spread
TEXTS_PER_CALL = 64  # texts one embedding actor receives at once; it batches them by length itself


@dataclass(frozen=True)
class RayCluster:
    """A connected Ray cluster: ``workers`` embedding actors of ``threads`` cores each."""

    address: str | None  # None: a local Ray started for this build
    workers: int
    threads: int

    def reader(self) -> Callable[[Sequence[tuple[Path, str]], int, Callable[[int], None]], list[Any]]:
        """A ``corpus.FileReader`` that reads the files on the cluster's workers."""
        return read_files_on_ray

    def embedder(self, model: str, cache: Path, backend: str, precision: str) -> RayEmbedder:
        """An embedder whose passes run on the cluster; the driver loads the model once too
        (for its dimension and precision, and so the ONNX export exists before any worker looks)."""
        local = load_embedder(model, cache, backend, precision)
        # Absolute: the workers do not share the driver's directory.
        return RayEmbedder(local, (model, cache.absolute(), backend, precision), self.workers, self.threads)


@contextmanager
def connect(address: str | None = None, workers: int | None = None, threads: int | None = None) -> Iterator[RayCluster]:
    """Join the Ray cluster at ``address`` (``auto``, or the head's ``host:6379``, from a node of
    the cluster), or start a local Ray when it is None; a Ray this call started is shut down on
    leaving.

    Args:
        workers: embedding actors; default: the cluster's CPUs divided by ``threads``.
        threads: cores per actor (ONNX Runtime's intra-op threads); default: the CPUs of the
            smallest node, so one actor, one copy of the model, per node. On 2 cores, one actor
            of 2 and two of 1 were within the machine's noise of each other
            (``benchmarks/cluster.py``, README "Indexing on a Ray cluster").

    Raises:
        ConfigError: Ray is not installed, the cluster cannot be reached, or it has fewer CPUs
            than ``workers`` x ``threads`` (Ray would wait for them forever).
    """
    try:
        import ray
        from ray.data import DataContext
    except ImportError as exc:
        raise ConfigError(
            f"`--ray` needs Ray ({exc}). Install it with `pip install 'paddockqa[cluster]'`, or build without --ray."
        ) from exc
    started = not ray.is_initialized()
    if started:
        try:
            ray.init(
                address=address,
                logging_level=logging.ERROR,  # not its notes on auth tokens and dashboards
                log_to_driver=False,  # the workers' own logs stay in Ray's session folder
                include_dashboard=False,
                configure_logging=True,
            )
        except (ConnectionError, RuntimeError, ValueError) as exc:
            raise ConfigError(
                f"Cannot reach the Ray cluster at {address or 'a new local Ray'}: {exc}. "
                "Check the address (`ray status` on the head node prints it), or leave out --ray-address "
                "to start a local Ray."
            ) from exc
    try:
        context = DataContext.get_current()
        context.enable_progress_bars = False  # the build shows its own
        context.print_on_execution_start = False
        logging.getLogger("ray.data").setLevel(logging.ERROR)  # one "execution finished" line per stage otherwise
        cpus = int(ray.cluster_resources().get("CPU", 1))
        nodes = [int(n["Resources"].get("CPU", 0)) for n in ray.nodes() if n.get("Alive")]
        threads = threads or max(1, min((n for n in nodes if n), default=1))
        workers = workers or max(1, cpus // threads)
        if workers * threads > cpus:
            raise ConfigError(
                f"{workers} embedding workers of {threads} cores need {workers * threads} CPUs; the Ray cluster has "
                f"{cpus}. Lower --ray-workers or --ray-threads."
            )
        yield RayCluster(address, workers, threads)
    finally:
        if started:
            ray.shutdown()


def read_files_on_ray(
    files: Sequence[tuple[Path, str]], max_bytes: int, progress: Callable[[int], None] | None = None
) -> list[Document | UnreadableFile]:
    """``corpus.read_files`` run as Ray tasks, ``FILES_PER_TASK`` files each: one outcome per
    file, in order; ``progress(n)`` after each batch. Paths are made absolute, as workers do not
    share the driver's directory.

    Raises:
        PaddockError: a task failed otherwise than on a file (the file's own errors are outcomes).
    """
    if not files:
        return []
    import ray.data

    rows = [{"i": i, "path": os.path.abspath(path), "source": source} for i, (path, source) in enumerate(files)]
    dataset = ray.data.from_items(rows).map_batches(
        partial(_read_batch, max_bytes=max_bytes), batch_size=FILES_PER_TASK, num_cpus=1
    )
    outcomes: list[Any] = [None] * len(files)
    for batch in _results(dataset, "reading"):
        for i, blob in zip(batch["i"], batch["outcome"]):
            outcomes[int(i)] = pickle.loads(blob)  # noqa: S301 - written by our own task, just above
        if progress:
            progress(len(batch["i"]))
    return outcomes


def _results(dataset: Any, stage: str) -> Iterator[dict[str, np.ndarray]]:
    """A pipeline's output batches; a worker's failure raised as the PaddockError it carries, or
    as one saying what failed (Ray wraps what a task raises in its own exceptions)."""
    import ray.exceptions

    try:
        yield from dataset.iter_batches(batch_size=None, batch_format="numpy")
    except ray.exceptions.RayError as exc:
        cause: BaseException | None = exc
        while cause is not None and not isinstance(cause, PaddockError):
            cause = cause.__cause__ or getattr(cause, "cause", None)
        if isinstance(cause, PaddockError):
            raise cause from exc
        raise PaddockError(
            f"A Ray worker failed while {stage}: {exc}. Ray's logs are under /tmp/ray/session_latest/."
        ) from exc


def _read_batch(batch: dict[str, np.ndarray], max_bytes: int) -> dict[str, np.ndarray]:
    """A Ray task: read a batch of files; each outcome (Document or error) pickled, as Arrow holds neither.

    A file the driver has just found but this worker does not see is kept at its previous
    version (``UnreadableNow``), never removed: the corpus is not on a path this node sees."""
    files = [(Path(str(p)), str(s)) for p, s in zip(batch["path"], batch["source"])]
    outcomes: list[Any] = read_files(files, max_bytes)
    for k, (path, _) in enumerate(files):
        if isinstance(outcomes[k], UnreadableFile) and not path.parent.exists():
            outcomes[k] = UnreadableNow(messages.en("cannot_read", reason=f"{path.parent} is not on this Ray node"))
    return {"i": batch["i"], "outcome": np.array([pickle.dumps(o) for o in outcomes], dtype=object)}


def _kind(embedder: Any, late: bool) -> tuple[str, str, str | None]:
    """How a model was loaded: its class, precision and, for late chunking, its map's version."""
    version = getattr(getattr(embedder, "late_map", None), "version", None) if late else None
    return type(embedder).__name__, embedder.precision, version


def _said(kind: tuple[str, str, str | None]) -> str:
    name, precision, version = kind
    return f"{name}, {precision}" + (f", late-chunking map {version}" if version else "")


class RayEmbedder:
    """The ``embedding.Embedder`` seam over an actor pool: ``embed_parts`` streams a whole build's
    texts through one Ray Data pipeline; single questions and small calls run on the driver's model."""

    def __init__(self, local: Any, load: tuple[str, Path, str, str], workers: int, threads: int) -> None:
        self._local = local
        self._load = load
        self.workers = workers
        self.threads = threads
        self.model_id: str = local.model_id
        self.dimension: int = local.dimension
        self.precision: str = local.precision

    def embed_documents(self, texts: Sequence[str], progress: Callable[[int], None] | None = None) -> np.ndarray:
        return self._local.embed_documents(texts, progress)

    def embed_query(self, text: str) -> np.ndarray:
        return self._local.embed_query(text)

    def release(self) -> None:
        self._local.release()  # the driver's model; the workers run in processes of their own

    @property
    def late_map(self) -> Any:
        """The driver's late-chunking map; each worker checks that it loaded the same one."""
        return self._local.late_map

    def embed_passages(
        self, texts: Sequence[str], spans: Sequence[Sequence[Span]], progress: Callable[[int], None] | None = None
    ) -> PassageVectors:
        return self._local.embed_passages(texts, spans, progress)

    def embed_parts(
        self,
        texts: Sequence[str],
        spans: Sequence[Sequence[Span]] | None,
        size: int,
        progress: Callable[[int], None] | None = None,
    ) -> Iterator[Part]:
        """Every text through the actor pool in one pipeline; yields parts of at least ``size``
        texts (the last may be smaller) as results arrive, in any order: (indices into
        ``texts``, vectors), the vectors an array (part, dimension) of float32 L2-normalised
        rows, or with ``spans`` a ``PassageVectors``.

        Raises:
            PaddockError: a worker failed (its own PaddockError when it raised one, such as the
                ModelError of a model loaded otherwise than on the driver).
        """
        if not texts:
            return
        import ray.data

        late = spans is not None
        rows = [
            {
                "i": i,
                "text": text,
                "spans": np.asarray(spans[i] if spans is not None else [], dtype=np.int64).reshape(-1, 2).tobytes(),
            }
            for i, text in enumerate(texts)
        ]
        dataset = ray.data.from_items(rows).map_batches(
            _EmbeddingActor,
            fn_constructor_args=(*self._load, self.threads, late, _kind(self._local, late)),
            batch_size=TEXTS_PER_CALL,
            compute=ray.data.ActorPoolStrategy(size=self.workers),
            num_cpus=self.threads,
        )
        pending: list[tuple[int, np.ndarray, np.ndarray | None]] = []
        for batch in _results(dataset, "embedding"):
            for k, i in enumerate(batch["i"]):
                rows_of_spans = _rows(batch["span_vectors"][k], self.dimension) if late else None
                pending.append((int(i), batch["vector"][k], rows_of_spans))
            if progress:
                progress(len(batch["i"]))
            if len(pending) >= size:
                yield self._part(pending, late)
                pending = []
        if pending:
            yield self._part(pending, late)

    def _part(self, pending: list[tuple[int, np.ndarray, np.ndarray | None]], late: bool) -> Part:
        indices = [i for i, _, _ in pending]
        vectors = np.stack([v for _, v, _ in pending]).astype(np.float32)
        if not late:
            return indices, vectors
        return indices, PassageVectors(vectors, [s for _, _, s in pending if s is not None])


def _rows(blob: bytes, dimension: int) -> np.ndarray:
    return np.frombuffer(blob, dtype=np.float32).reshape(-1, dimension).copy()


class _EmbeddingActor:
    """One Ray actor: the model loaded once, then batch after batch of texts."""

    def __init__(
        self,
        model: str,
        cache: Path,
        backend: str,
        precision: str,
        threads: int,
        late: bool,
        driver: tuple[str, str, str | None],  # the driver's model as loaded: see _kind
    ) -> None:
        self._embedder = load_embedder(model, cache, backend, precision, threads)
        ran = _kind(self._embedder, late)
        if ran != driver:
            # load_embedder falls back quietly (to fp32, to torch): vectors of another kind must not mix in.
            raise ModelError(
                f"A Ray worker loaded the model as {_said(ran)}, the driver as {_said(driver)}: is the "
                f"model cache {cache} the same on every node, and PaddockQA the same version? "
                "`paddockqa prepare-model` prepares the cache."
            )
        self._late = late

    def __call__(self, batch: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
        texts = [str(t) for t in batch["text"]]
        if self._late:
            spans = [
                [(int(a), int(b)) for a, b in np.frombuffer(s, dtype=np.int64).reshape(-1, 2)] for s in batch["spans"]
            ]
            out = self._embedder.embed_passages(texts, spans)
            vectors = out.passages
            span_blobs = [np.ascontiguousarray(rows, dtype=np.float32).tobytes() for rows in out.spans]
        else:
            vectors = self._embedder.embed_documents(texts)
            span_blobs = [b""] * len(texts)
        return {"i": batch["i"], "vector": vectors, "span_vectors": np.array(span_blobs, dtype=object)}
