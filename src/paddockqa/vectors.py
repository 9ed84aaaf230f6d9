"""The FAISS index a set of vectors is stored in, chosen by its size.

Below ``HNSW_ABOVE`` vectors, exact search is fast enough and exact, over vectors stored as
16-bit floats (``IndexScalarQuantizer``, ``QT_fp16``: half the memory and disk of 32-bit
ones, scores within 1e-4 of them, searched as fast or faster here); above it, a graph
index keeps a search to a few milliseconds with a recall close to exact search. The graph's
vectors are 16-bit floats too (``IndexHNSWSQ``, inner product): against the 32-bit
``IndexHNSWFlat`` it replaced, measured side by side at 300k / 1M vectors
(``benchmarks/scale.py --hnsw-flat``, ``results/scale_hnsw_sq.json``), 1,040 bytes a vector
instead of 1,808, built in 27 / 87 s instead of 36 / 119 s, p50 12.5 / 11.4 ms against
12.7 / 12.1 ms, recall@10 0.994 / 0.986 against 0.998 / 0.982 and recall@50 1.0 / 0.986
against 0.999 / 0.992. The threshold and the graph's settings come from
``benchmarks/scale.py``, which measures both kinds side by side. Both kinds keep the
vectors themselves (reconstruction works), and both load memory-mapped, so a large index
is paged in by the OS rather than read into memory at start.

Above ``COMPRESSED_ABOVE`` (an archive: millions of passages), HNSW's 1 KB per vector and
its build time do not scale; the vectors are searched compressed instead (``RerankedIndex``):
an inverted file (``IndexIVFPQ``: k-means lists trained on a sample, each vector a 48-byte
product-quantisation code plus its 8-byte id) is the index, 57 bytes a vector at 5M; its best
``RERANK_FACTOR`` x k candidates are re-ranked exactly against the 16-bit vectors, which live
in a file of their own beside it (``<name>.f16``), memory-mapped for random reads: a search
reads its candidates' rows and nothing around them, and the next build reuses them. Settings
from ``benchmarks/scale.py``.
"""

from __future__ import annotations

import mmap
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Protocol

import numpy as np

HNSW_ABOVE = 200_000  # vectors; exact search costs ~14 ms here at this size, HNSW ~11 ms at any (scale.py)
HNSW_NEIGHBOURS = 32
HNSW_EF_CONSTRUCTION = 80
HNSW_EF_SEARCH = 4096  # recall@10 and @50 of 0.99 against exact search at 1M vectors, 11 ms (scale.py)


# vectors; at 1M the compressed index beats HNSW: 4.5 against 10.7 ms a search, recall@10 0.986 against
# 0.982, 25 against 87 s to build, 60 bytes per vector in memory against 1,808 (scale.py, the 32-bit graph)
COMPRESSED_ABOVE = 1_000_000
PQ_BYTES = 48  # code bytes per vector: with the 8-byte id and the lists, 57 bytes a vector at 5M
LIST_SAMPLE = 40  # training vectors per list (faiss's k-means asks for at least 39)
KMEANS_ITERATIONS = 10  # faiss's default is 25: 10 costs 2.5 times less, recall is measured with it (scale.py)
NPROBE = 128  # lists searched per query: recall@10 0.99 at 5M vectors (README, Scale: a sweep)
RERANK_FACTOR = 32  # candidates re-ranked exactly per result asked for (8 gave recall@50 0.84 at 5M)
KINDS = ("exact", "hnsw", "compressed")
ADD_ROWS = 16_384  # rows given to faiss at a time: a build holds one such block at 32 bits, not all rows


class Rows(Protocol):
    """A matrix of vectors as ``build_vector_index`` reads it: an array, or ``spool.SpooledRows``."""

    def __len__(self) -> int: ...

    def __getitem__(self, which: Any, /) -> np.ndarray: ...


ROWS_SUFFIX = ".f16"  # a compressed index's 16-bit vectors, beside its inverted file


class RerankedIndex:
    """An inverted file of product-quantisation codes whose candidates are re-ranked exactly
    against the 16-bit vectors: what ``index_kind`` calls "compressed".

    It answers the calls retrieval and the store make of a FAISS index: ``search`` (scores and
    ids, shapes ``(queries, k)``, ids -1 past the last found), ``reconstruct_n``,
    ``reconstruct_batch`` (float32 rows), ``ntotal`` and ``d``. faiss's ``IndexRefine`` does the
    same but keeps both parts in one file that faiss maps itself, so nothing could say how
    the vectors are read, and the index file was not the codes' size.

    Once written, the rows are read from their file as a search needs them: the memory a
    search needs is the index's (57 bytes a vector at 5M), the rest is page cache. Before it
    reads, a search asks the kernel for all its candidates' pages at once (``MADV_WILLNEED``),
    so a disk serves them in parallel: at 5M vectors with only the index in memory, p50
    17 ms against 73 ms for the 50 results retrieval asks, for 2 ms more (5.8 against 3.9 ms)
    when the rows are in the page cache (``benchmarks/scale.py``, README "Scale").

    Attributes:
        inverted: the ``faiss.IndexIVFPQ``, its ``nprobe`` saved with it.
        rows: ``(ntotal, d)`` float16, in memory after a build, memory-mapped once written.
        factor: candidates re-ranked per result asked for.
        mapped: the mapping ``rows`` is read from, None when they are in memory.
    """

    def __init__(
        self, inverted: Any, rows: np.ndarray, factor: int = RERANK_FACTOR, mapped: mmap.mmap | None = None
    ) -> None:
        if rows.shape != (inverted.ntotal, inverted.d):
            raise ValueError(
                f"{rows.shape[0]:,} vectors of {rows.shape[1]} for an index of {inverted.ntotal:,} of {inverted.d}"
            )
        self.inverted, self.rows, self.factor, self.mapped = inverted, rows, factor, mapped

    @property
    def ntotal(self) -> int:
        return int(self.inverted.ntotal)

    @property
    def d(self) -> int:
        return int(self.inverted.d)

    @property
    def row_bytes(self) -> int:
        """Bytes one vector takes in ``rows`` (and in the ``.f16`` file)."""
        return self.rows.shape[1] * self.rows.itemsize

    def search(self, queries: np.ndarray, k: int, params: Any = None) -> tuple[np.ndarray, np.ndarray]:
        """The ``k`` best of each query's ``factor`` x ``k`` candidates by exact inner product;
        ``params`` (``scoped_search_parameters``) go to the inverted file."""
        _, candidates = self.inverted.search(
            np.ascontiguousarray(queries, dtype=np.float32), k * self.factor, params=params
        )
        self._prefetch(candidates[candidates >= 0])
        scores = np.full((len(queries), k), -np.inf, dtype=np.float32)
        ids = np.full((len(queries), k), -1, dtype=np.int64)
        for i, (query, found) in enumerate(zip(queries, candidates)):
            found = np.unique(found[found >= 0])  # sorted: the rows are read in file order
            exact = self.rows[found].astype(np.float32) @ query.astype(np.float32)
            best = np.argsort(-exact, kind="stable")[:k]
            scores[i, : len(best)], ids[i, : len(best)] = exact[best], found[best]
        return scores, ids

    def _prefetch(self, ids: np.ndarray) -> None:
        """Ask the kernel for the pages holding rows ``ids``, all before any is read."""
        if self.mapped is None or not len(ids):
            return
        width = self.row_bytes
        pages = np.unique(np.concatenate([ids * width // mmap.PAGESIZE, ((ids + 1) * width - 1) // mmap.PAGESIZE]))
        for page in pages.tolist():
            self.mapped.madvise(mmap.MADV_WILLNEED, page * mmap.PAGESIZE, mmap.PAGESIZE)

    def reconstruct_n(self, start: int, count: int) -> np.ndarray:
        """Rows ``start`` to ``start + count`` as float32, read sequentially. The mapping reads
        without read-ahead for searches; read so, the next build's reuse of 154 MB of vectors
        from a cold cache took 3.2 s, 0.21 s with the range advised sequential (one-off
        measurement at 5M vectors, review of the compressed index)."""
        if self.mapped is None or count <= 0:
            return np.asarray(self.rows[start : start + count], dtype=np.float32)
        width = self.row_bytes
        first = start * width // mmap.PAGESIZE * mmap.PAGESIZE
        length = min((start + count) * width, len(self.mapped)) - first
        self.mapped.madvise(mmap.MADV_SEQUENTIAL, first, length)
        try:
            return np.asarray(self.rows[start : start + count], dtype=np.float32)
        finally:
            self.mapped.madvise(mmap.MADV_RANDOM, first, length)

    def reconstruct_batch(self, ids: np.ndarray) -> np.ndarray:
        return self.rows[np.asarray(ids, dtype=np.int64)].astype(np.float32)


def index_kind(count: int) -> str:
    """Which index ``count`` vectors are stored in (see the module) (pure)."""
    return "exact" if count < HNSW_ABOVE else "hnsw" if count < COMPRESSED_ABOVE else "compressed"


def ivf_lists(count: int) -> int:
    """Inverted lists for ``count`` vectors: the power of two nearest 2 sqrt(count), between 256
    and 65,536 (pure). faiss's guidelines say 4 to 16 sqrt(count); half the lowest halves the
    k-means and the assignment of every vector, which dominate a build on 2 cores, while
    ``NPROBE`` lists still hold the neighbours (``benchmarks/scale.py``)."""
    return int(min(65_536, max(256, 2 ** round(np.log2(2 * np.sqrt(max(count, 1)))))))


def build_vector_index(rows: Rows, dimension: int, kind: str | None = None, seed: int = 0) -> Any:
    """A FAISS index holding ``rows`` (L2-normalised, ``(n, dimension)``), of the ``kind`` their
    number calls for (``index_kind``) unless one is given.

    ``rows`` is an array or anything sliced like one into float32 copies (``spool.SpooledRows``):
    they are added ``ADD_ROWS`` at a time, so a build never holds them all at 32 bits besides
    the index (at 654k sentence vectors, 1 GB).

    Exact: ``faiss.IndexScalarQuantizer`` (fp16 codes); HNSW: ``faiss.IndexHNSWSQ`` (fp16 codes);
    compressed: a ``RerankedIndex`` (an ``IndexIVFPQ``, its lists trained on a sample drawn
    with ``seed``, and the rows at 16 bits). Write it with ``write_vector_index``.
    """
    import faiss

    count = len(rows)
    kind = kind or index_kind(count)
    index: faiss.Index
    if kind == "exact":
        index = faiss.IndexScalarQuantizer(dimension, faiss.ScalarQuantizer.QT_fp16, faiss.METRIC_INNER_PRODUCT)
    elif kind == "hnsw":
        # The graph's vectors at 16 bits, as the exact kind's (``IndexHNSWSQ``, ``QT_fp16``): half
        # the memory and disk of ``IndexHNSWFlat``'s, for the same recall and speed (module docstring).
        graph = _faiss().IndexHNSWSQ(
            dimension, faiss.ScalarQuantizer.QT_fp16, HNSW_NEIGHBOURS, faiss.METRIC_INNER_PRODUCT
        )
        graph.hnsw.efConstruction = HNSW_EF_CONSTRUCTION
        graph.hnsw.efSearch = HNSW_EF_SEARCH  # saved with the index
        index = graph
    elif kind == "compressed":
        inverted = _inverted_file(rows, dimension, seed)
        half = np.empty((count, dimension), np.float16)
        for begin, block in _row_blocks(rows, count):
            inverted.add(block)
            half[begin : begin + len(block)] = block
        return RerankedIndex(inverted, half)
    else:
        raise ValueError(f"unknown index kind {kind!r}: one of {', '.join(KINDS)}")
    _reserve(index, count)
    for _, block in _row_blocks(rows, count):
        index.add(block)
    return index


def _row_blocks(rows: Rows, count: int) -> Iterator[tuple[int, np.ndarray]]:
    """``rows`` as contiguous float32 blocks of ``ADD_ROWS``, each with its first row's number."""
    for begin in range(0, count, ADD_ROWS):
        yield begin, np.ascontiguousarray(rows[begin : begin + ADD_ROWS], dtype=np.float32)


# links reserved per vector: 2 M at level 0, M more with odds 1/M for each level above (65 on average)
GRAPH_LINKS = 2 * HNSW_NEIGHBOURS + 2


def _reserve(index: Any, count: int) -> None:
    """Make room for ``count`` vectors before they are added a block at a time.

    Added block by block, faiss grows the codes (and a graph's links) the way ``std::vector``
    does, doubling them: each time, the old and the new array are both held, half as much
    again as the final one. At 650k sentence vectors that was 250 MB more than the graph
    (``paddockqa bench --chunks 100000``). Resized to their final size and back to empty,
    the vectors keep that capacity (the C++ standard: shrinking never frees it), so each
    block is written in place."""
    index = _faiss().downcast_index(index)
    storage = _faiss().downcast_index(index.storage) if hasattr(index, "storage") else index
    for vector, size in [(storage.codes, count * storage.code_size)] + (
        [(index.hnsw.neighbors, count * GRAPH_LINKS)] if hasattr(index, "hnsw") else []
    ):
        if vector.size() == 0:
            vector.resize(size)
            vector.resize(0)


def _inverted_file(rows: Rows, dimension: int, seed: int) -> Any:
    faiss = _faiss()

    lists = ivf_lists(len(rows))
    quantizer = faiss.IndexFlatIP(dimension)
    codes = max(m for m in range(1, PQ_BYTES + 1) if dimension % m == 0)  # the sub-vectors must split it evenly
    inverted = faiss.IndexIVFPQ(quantizer, dimension, lists, codes, 8, faiss.METRIC_INNER_PRODUCT)
    inverted.own_fields = True
    quantizer.this.disown()  # the inverted file frees its quantizer
    # the sample trains the lists and the codebooks (256 centroids each) alike, so it holds enough for both
    sample = min(len(rows), max(lists, 256) * LIST_SAMPLE)
    chosen = np.sort(np.random.default_rng(seed).choice(len(rows), sample, replace=False))
    inverted.cp.niter = KMEANS_ITERATIONS
    inverted.train(np.ascontiguousarray(rows[chosen], dtype=np.float32))
    inverted.nprobe = NPROBE  # saved with the index
    return inverted


def scoped_search_parameters(index: Any, allowed: np.ndarray) -> Any:
    """Search parameters keeping a search of ``index`` to the ids in ``allowed``: a compressed
    index takes them for its inverted file, its re-ranking kept."""
    faiss = _faiss()

    selector = faiss.IDSelectorBatch(allowed)
    if isinstance(index, RerankedIndex):
        return faiss.SearchParametersIVF(sel=selector, nprobe=index.inverted.nprobe)
    if isinstance(index, faiss.IndexRefine):  # the compressed kind as written before vectors.f16
        inverted = faiss.downcast_index(index.base_index)
        base = faiss.SearchParametersIVF(sel=selector, nprobe=inverted.nprobe)
        return faiss.IndexRefineSearchParameters(k_factor=index.k_factor, base_index_params=base)
    return faiss.SearchParameters(sel=selector)  # faiss's wrappers keep the selector alive


def _faiss() -> Any:
    """faiss, untyped: its stubs know neither its keyword constructors nor SWIG's ``this``."""
    import faiss

    return faiss


def rows_path(path: Path) -> Path:
    """Where the 16-bit vectors of the compressed index at ``path`` are kept (pure)."""
    return path.with_suffix(ROWS_SUFFIX)


def write_vector_index(index: Any, path: Path) -> None:
    """Write ``index`` to ``path`` with ``faiss.write_index``; a ``RerankedIndex``'s vectors go
    beside it, to ``rows_path(path)``, as raw float16 rows.

    Raises:
        RuntimeError: faiss could not write (a full disk among others); OSError: the rows."""
    import faiss

    if isinstance(index, RerankedIndex):
        faiss.write_index(index.inverted, str(path))
        with open(rows_path(path), "wb") as out:
            out.write(np.ascontiguousarray(index.rows, dtype=np.float16).data)
        return
    faiss.write_index(index, str(path))


def read_vector_index(path: Path) -> Any:
    """Load an index written by ``write_vector_index``, memory-mapped: a FAISS index, or a
    ``RerankedIndex`` for an inverted file (whose 16-bit vectors must be beside it).

    Raises:
        RuntimeError: faiss cannot read the file; ValueError: an inverted file without its
            vectors file, a vectors file that does not fit it (cut short), or one beside
            another kind of index."""
    import faiss

    index = faiss.read_index(str(path), faiss.IO_FLAG_MMAP_IFC | faiss.IO_FLAG_READ_ONLY)
    rows = rows_path(path)
    if not isinstance(faiss.downcast_index(index), faiss.IndexIVFPQ):
        if rows.exists():
            raise ValueError(f"{rows.name} lies beside an index that is not compressed")
        return index
    if not rows.exists():
        raise ValueError(f"{rows.name} is missing: the compressed index cannot re-rank without it")
    with open(rows, "rb") as handle:
        size = os.fstat(handle.fileno()).st_size
        expected = np.dtype(np.float16).itemsize * index.ntotal * index.d
        if size != expected:
            raise ValueError(f"{rows.name} holds {size:,} bytes, {expected:,} expected")
        if not size:
            return RerankedIndex(index, np.empty((0, index.d), np.float16))
        mapped = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
    mapped.madvise(mmap.MADV_RANDOM)  # a search reads scattered rows: no read-ahead around them
    return RerankedIndex(index, np.frombuffer(mapped, dtype=np.float16).reshape(-1, index.d), mapped=mapped)
