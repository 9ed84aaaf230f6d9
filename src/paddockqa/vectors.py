"""The FAISS index a set of vectors is stored in, chosen by its size.

Below ``HNSW_ABOVE`` vectors, exact search is fast enough and exact, over vectors stored as
16-bit floats (``IndexScalarQuantizer``, ``QT_fp16``: half the memory and disk of 32-bit
ones, scores within 1e-4 of them, searched as fast or faster here); above it, a graph
index (``IndexHNSWFlat``, inner product) keeps a search to a few milliseconds with a recall
close to exact search. The threshold and the graph's settings come from
``benchmarks/scale.py``, which measures both kinds side by side. Both kinds keep the
vectors themselves (reconstruction works), and both load memory-mapped, so a large index
is paged in by the OS rather than read into memory at start.

Above ``COMPRESSED_ABOVE`` (an archive: millions of passages), HNSW's 1.8 KB per vector and
its build time do not scale; the vectors are searched compressed instead: an inverted file
(``IndexIVFPQ``: k-means lists trained on a sample, each vector a 48-byte product-quantisation
code plus its 8-byte id, 56 bytes in memory), whose best ``RERANK_FACTOR`` x k candidates are
re-ranked exactly against the 16-bit vectors (``IndexRefine`` over an ``IndexScalarQuantizer``),
which stay on disk, memory-mapped: the next build reuses them, and a search reads only its
candidates' rows. Settings from ``benchmarks/scale.py``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np

HNSW_ABOVE = 200_000  # vectors; exact search costs ~14 ms here at this size, HNSW ~11 ms at any (scale.py)
HNSW_NEIGHBOURS = 32
HNSW_EF_CONSTRUCTION = 80
HNSW_EF_SEARCH = 4096  # recall@10 and @50 of 0.99 against exact search at 1M vectors, 11 ms (scale.py)


# vectors; at 1M the compressed index beats HNSW: 2.3 against 11 ms a search, recall@10 0.986 against
# 0.982, 22 against 86 s to build, 828 against 1,808 bytes per vector on disk (scale.py)
COMPRESSED_ABOVE = 1_000_000
PQ_BYTES = 48  # code bytes per vector: with the 8-byte id, 56 bytes in memory
LIST_SAMPLE = 40  # training vectors per list (faiss's k-means asks for at least 39)
KMEANS_ITERATIONS = 10  # faiss's default is 25: 10 costs 2.5 times less, recall is measured with it (scale.py)
NPROBE = 128  # lists searched per query: recall@10 0.99 at 5M vectors, 3 ms (README, Scale: a sweep)
RERANK_FACTOR = 32  # candidates re-ranked exactly per result asked for (8 gave recall@50 0.84 at 5M)
KINDS = ("exact", "hnsw", "compressed")


def index_kind(count: int) -> str:
    """Which index ``count`` vectors are stored in (see the module) (pure)."""
    return "exact" if count < HNSW_ABOVE else "hnsw" if count < COMPRESSED_ABOVE else "compressed"


def ivf_lists(count: int) -> int:
    """Inverted lists for ``count`` vectors: the power of two nearest 2 sqrt(count), between 256
    and 65,536 (pure). faiss's guidelines say 4 to 16 sqrt(count); half the lowest halves the
    k-means and the assignment of every vector, which dominate a build on 2 cores, while
    ``NPROBE`` lists still hold the neighbours (``benchmarks/scale.py``)."""
    return int(min(65_536, max(256, 2 ** round(np.log2(2 * np.sqrt(max(count, 1)))))))


def build_vector_index(rows: np.ndarray, dimension: int, kind: str | None = None, seed: int = 0) -> Any:
    """A FAISS index holding ``rows`` (L2-normalised float32), of the ``kind`` their number calls
    for (``index_kind``) unless one is given.

    Exact: ``faiss.IndexScalarQuantizer`` (fp16 codes); HNSW: ``faiss.IndexHNSWFlat``;
    compressed: ``faiss.IndexRefine`` of an ``IndexIVFPQ`` by fp16 vectors, its lists trained
    on a sample drawn with ``seed``.
    """
    import faiss

    rows = np.ascontiguousarray(rows, dtype=np.float32)
    kind = kind or index_kind(len(rows))
    index: faiss.Index
    if kind == "exact":
        index = faiss.IndexScalarQuantizer(dimension, faiss.ScalarQuantizer.QT_fp16, faiss.METRIC_INNER_PRODUCT)
    elif kind == "hnsw":
        graph = faiss.IndexHNSWFlat(dimension, HNSW_NEIGHBOURS, faiss.METRIC_INNER_PRODUCT)
        graph.hnsw.efConstruction = HNSW_EF_CONSTRUCTION
        graph.hnsw.efSearch = HNSW_EF_SEARCH  # saved with the index
        index = graph
    elif kind == "compressed":
        index = _compressed(rows, dimension, seed)
    else:
        raise ValueError(f"unknown index kind {kind!r}: one of {', '.join(KINDS)}")
    if len(rows):
        index.add(rows)
    return index


def _compressed(rows: np.ndarray, dimension: int, seed: int) -> Any:
    faiss = _faiss()

    lists = ivf_lists(len(rows))
    quantizer = faiss.IndexFlatIP(dimension)
    codes = max(m for m in range(1, PQ_BYTES + 1) if dimension % m == 0)  # the sub-vectors must split it evenly
    inverted = faiss.IndexIVFPQ(quantizer, dimension, lists, codes, 8, faiss.METRIC_INNER_PRODUCT)
    inverted.own_fields = True
    quantizer.this.disown()  # the inverted file frees its quantizer
    sample = min(len(rows), lists * LIST_SAMPLE)
    chosen = np.sort(np.random.default_rng(seed).choice(len(rows), sample, replace=False))
    inverted.cp.niter = KMEANS_ITERATIONS
    inverted.train(rows[chosen])
    inverted.nprobe = NPROBE  # saved with the index
    exact = faiss.IndexScalarQuantizer(dimension, faiss.ScalarQuantizer.QT_fp16, faiss.METRIC_INNER_PRODUCT)
    index = faiss.IndexRefine(inverted, exact)
    index.own_fields = index.own_refine_index = True
    inverted.this.disown()
    exact.this.disown()
    index.k_factor = RERANK_FACTOR  # saved with the index
    return index


def scoped_search_parameters(index: Any, allowed: np.ndarray) -> Any:
    """Search parameters keeping a search of ``index`` to the ids in ``allowed``: a compressed
    index takes them for its inverted file, its re-ranking kept."""
    faiss = _faiss()

    selector = faiss.IDSelectorBatch(allowed)
    if isinstance(index, faiss.IndexRefine):
        inverted = faiss.downcast_index(index.base_index)
        base = faiss.SearchParametersIVF(sel=selector, nprobe=inverted.nprobe)
        return faiss.IndexRefineSearchParameters(k_factor=index.k_factor, base_index_params=base)
    return faiss.SearchParameters(sel=selector)  # faiss's wrappers keep the selector alive


def _faiss() -> Any:
    """faiss, untyped: its stubs know neither its keyword constructors nor SWIG's ``this``."""
    import faiss

    return faiss


def read_vector_index(path: Path) -> Any:
    """Load an index written by ``faiss.write_index``, memory-mapped."""
    import faiss

    return faiss.read_index(str(path), faiss.IO_FLAG_MMAP_IFC | faiss.IO_FLAG_READ_ONLY)
