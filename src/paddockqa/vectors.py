"""The FAISS index a set of vectors is stored in, chosen by its size.

Below ``HNSW_ABOVE`` vectors, exact search is fast enough and exact, over vectors stored as
16-bit floats (``IndexScalarQuantizer``, ``QT_fp16``: half the memory and disk of 32-bit
ones, scores within 1e-4 of them, searched as fast or faster here); above it, a graph
index (``IndexHNSWFlat``, inner product) keeps a search to a few milliseconds with a recall
close to exact search. The threshold and the graph's settings come from
``benchmarks/scale.py``, which measures both kinds side by side. Both kinds keep the
vectors themselves (reconstruction works), and both load memory-mapped, so a large index
is paged in by the OS rather than read into memory at start.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np

HNSW_ABOVE = 200_000  # vectors; exact search costs ~14 ms here at this size, HNSW ~11 ms at any (scale.py)
HNSW_NEIGHBOURS = 32
HNSW_EF_CONSTRUCTION = 80
HNSW_EF_SEARCH = 4096  # recall@10 and @50 of 0.99 against exact search at 1M vectors, 11 ms (scale.py)


def build_vector_index(rows: np.ndarray, dimension: int, exact_below: int = HNSW_ABOVE) -> Any:
    """A FAISS index holding ``rows`` (L2-normalised float32), exact or HNSW by size.

    Exact: ``faiss.IndexFlatCodes`` (fp16 codes); HNSW: ``faiss.IndexHNSWFlat``."""
    import faiss

    rows = np.ascontiguousarray(rows, dtype=np.float32)
    index: faiss.Index
    if len(rows) < exact_below:
        index = faiss.IndexScalarQuantizer(dimension, faiss.ScalarQuantizer.QT_fp16, faiss.METRIC_INNER_PRODUCT)
    else:
        graph = faiss.IndexHNSWFlat(dimension, HNSW_NEIGHBOURS, faiss.METRIC_INNER_PRODUCT)
        graph.hnsw.efConstruction = HNSW_EF_CONSTRUCTION
        graph.hnsw.efSearch = HNSW_EF_SEARCH  # saved with the index
        index = graph
    if len(rows):
        index.add(rows)
    return index


def read_vector_index(path: Path) -> Any:
    """Load an index written by ``faiss.write_index``, memory-mapped."""
    import faiss

    return faiss.read_index(str(path), faiss.IO_FLAG_MMAP_IFC | faiss.IO_FLAG_READ_ONLY)
