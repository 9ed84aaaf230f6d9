"""A build's vectors on disk instead of in memory: rows appended to an unnamed file, read back in blocks.

At 100k passages a build holds about 750k vectors (the passages and their sentences). Kept
in memory as one NumPy array per text and then copied into the matrices the FAISS indexes
are built from, they were held twice at 32 bits: 2.3 GB of the build's 5.4 GB peak
(``paddockqa bench --chunks 100000``). Here each vector is written once, at 16 bits (what
the index stores: ``vectors``), to a file the kernel deletes when it is closed or the
process dies, and read back in blocks when the generation is written; a block's pages are
dropped from the process as soon as it is copied, so the vectors cost the build page cache,
not resident memory.
"""

from __future__ import annotations

import mmap
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

BLOCK_ROWS = 16_384  # rows read at a time: 25 MB of 384-dimension vectors at 32 bits


class VectorSpool:
    """Float16 rows appended to an unnamed file of ``folder``; row ids are the append order.

    The file is made with ``tempfile.TemporaryFile``: on Linux it has no name (``O_TMPFILE``),
    so nothing is left behind by a killed build.
    """

    def __init__(self, folder: Path) -> None:
        self._file = tempfile.TemporaryFile(dir=folder, prefix=".spool-")  # noqa: SIM115 (closed by close())
        self._rows = 0
        self.dimension: int | None = None
        self._mapped: mmap.mmap | None = None

    def __len__(self) -> int:
        return self._rows

    def append(self, vectors: np.ndarray) -> range:
        """Write ``vectors`` ``(n, d)`` as new rows and return their ids.

        Raises:
            ValueError: ``d`` is not the dimension of the rows written before;
            OSError: the disk is full."""
        vectors = np.asarray(vectors).reshape(len(vectors), -1)
        if self.dimension is None and len(vectors):
            self.dimension = vectors.shape[1]
        if len(vectors) and vectors.shape[1] != self.dimension:
            raise ValueError(f"vectors of {vectors.shape[1]} dimensions for a spool of {self.dimension}")
        self._file.write(np.ascontiguousarray(vectors, dtype=np.float16).tobytes())
        first = self._rows
        self._rows += len(vectors)
        return range(first, self._rows)

    def read(self, ids: np.ndarray) -> np.ndarray:
        """Rows ``ids`` as float32 ``(len(ids), d)``, in the order asked."""
        ids = np.asarray(ids, dtype=np.int64)
        if self.dimension is None or not len(ids):
            return np.empty((len(ids), self.dimension or 0), np.float32)
        mapped = self._map()
        rows = np.frombuffer(mapped, dtype=np.float16, count=self._rows * self.dimension).reshape(-1, self.dimension)
        try:
            out = rows[ids].astype(np.float32)
        finally:
            del rows  # the view must go before the pages are dropped, and before ``close`` unmaps them
        mapped.madvise(mmap.MADV_DONTNEED)  # the copy is made: the file's pages leave this process
        return out

    def _map(self) -> mmap.mmap:
        size = self._rows * (self.dimension or 0) * 2
        if self._mapped is None or len(self._mapped) < size:
            self._file.flush()
            if self._mapped is not None:
                self._mapped.close()
            self._mapped = mmap.mmap(self._file.fileno(), 0, access=mmap.ACCESS_READ)
        return self._mapped

    def close(self) -> None:
        """Let the file go (the kernel frees it); reading afterwards is an error."""
        try:
            if self._mapped is not None:
                self._mapped.close()
                self._mapped = None
        finally:
            self._file.close()

    def __enter__(self) -> VectorSpool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


@dataclass(frozen=True)
class SpooledRows:
    """The rows ``ids`` of a spool as a read-only matrix: ``len``, ``shape``, and slices or id
    arrays giving float32 copies, which is what building a FAISS index asks of its rows
    (``vectors.build_vector_index``)."""

    spool: VectorSpool
    ids: np.ndarray  # (n,) int64

    def __len__(self) -> int:
        return len(self.ids)

    @property
    def shape(self) -> tuple[int, int]:
        return (len(self.ids), self.spool.dimension or 0)

    @property
    def nbytes(self) -> int:
        """Bytes the rows take at 32 bits, as an array's ``nbytes`` says."""
        return len(self.ids) * (self.spool.dimension or 0) * 4

    def __getitem__(self, which: slice | np.ndarray) -> np.ndarray:
        return self.spool.read(self.ids[which])


@dataclass
class SpooledVectors:
    """Every vector a build may use, found by key, its rows in a ``VectorSpool``.

    The keys are those of ``store.KnownVectors``: a passage's ``indexed_text``; a late
    sentence's (passage text, start, end); an own sentence's ``indexed_text``. A key already
    known keeps its row: the same text has the same vector.
    """

    spool: VectorSpool
    passages: dict[str, int] = field(default_factory=dict)
    spans: dict[tuple[str, int, int], int] = field(default_factory=dict)
    sentences: dict[str, int] = field(default_factory=dict)

    def add(self, kind: str, keys: Iterable, vectors: np.ndarray) -> None:
        """Spool the ``vectors`` ``(n, d)`` of ``keys`` (n of them) into ``kind``: ``passages``,
        ``spans`` or ``sentences``; keys already known are skipped."""
        known: dict = getattr(self, kind)
        keys = list(keys)
        fresh = [i for i, key in enumerate(keys) if key not in known]
        if not fresh:
            return
        rows = self.spool.append(np.asarray(vectors)[fresh] if len(fresh) < len(keys) else vectors)
        known.update(zip((keys[i] for i in fresh), rows))

    def has_spans(self, text: str, spans: list[tuple[int, int]]) -> bool:
        return all((text, a, b) in self.spans for a, b in spans)

    def rows(self, kind: str, keys: Iterable) -> SpooledRows:
        """The rows of ``keys`` in their order, as a matrix for ``vectors.build_vector_index``.

        Raises:
            KeyError: a key has no vector."""
        known: dict = getattr(self, kind)
        return SpooledRows(self.spool, np.fromiter((known[key] for key in keys), dtype=np.int64))
