"""A generation's passage, sentence and text records, in SQLite, read on demand.

``ask`` needs a handful of records per question (the hits' passages, their sentences, a
slice of each document's text), not the whole index: parsing every record at start cost
a 10 MB text in the corpus +1.4 s and +300 MB per process (``benchmarks/footprint.py``).
SQLite (Python's standard library) reads a row by its id in microseconds, and the file is
opened ``immutable`` since a generation never changes once written, so reading takes no
lock and works on a read-only volume.

Texts are stored in blocks of ``TEXT_BLOCK`` characters, so a citation's context costs a
block or two of a long document, not the document.
"""

from __future__ import annotations

import errno
import operator
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import closing
from dataclasses import astuple, fields
from pathlib import Path
from typing import Generic, TypeVar, overload

from paddockqa import messages
from paddockqa.domain import Chunk, Sentence
from paddockqa.errors import PaddockIndexError

RECORDS = "records.sqlite"
TEXT_BLOCK = 65_536  # characters per stored block of a document's text
_BATCH = 4096  # rows fetched per query when iterating

_COLUMNS = tuple(f.name for f in fields(Chunk))
assert tuple(f.name for f in fields(Sentence)) == _COLUMNS  # one table shape serves both

Row = TypeVar("Row", Chunk, Sentence)


def write_records(
    path: Path, chunks: Iterable[Chunk], sentences: Iterable[Sentence], texts: Iterable[tuple[str, str]]
) -> None:
    """Write the records of a generation to a new SQLite file at ``path``.

    Row ids are the chunks' and sentences' vector ids (0, 1, ...). The caller makes the file
    durable (the generation is fsynced whole), so SQLite's own journal is off.

    Raises:
        OSError: the file cannot be written (disk full: ``sqlite3`` errors are turned into
            OSError with errno ENOSPC, so the store's message names what to free).
    """
    try:
        with closing(sqlite3.connect(path)) as db:
            db.execute("PRAGMA journal_mode=OFF")
            db.execute("PRAGMA synchronous=OFF")
            _fill(db, chunks, sentences, texts)
    except sqlite3.OperationalError as exc:
        if "full" in str(exc):
            raise OSError(errno.ENOSPC, "No space left on device") from exc
        raise OSError(str(exc)) from exc


def _fill(
    db: sqlite3.Connection, chunks: Iterable[Chunk], sentences: Iterable[Sentence], texts: Iterable[tuple[str, str]]
) -> None:
    columns = ", ".join(f'"{c}"' for c in _COLUMNS)
    marks = ", ".join("?" * (len(_COLUMNS) + 1))
    for table in ("chunks", "sentences"):
        db.execute(f"CREATE TABLE {table} (id INTEGER PRIMARY KEY, {columns})")
    db.execute("CREATE TABLE texts (source TEXT, block INTEGER, text TEXT, PRIMARY KEY (source, block))")
    db.executemany(f"INSERT INTO chunks VALUES ({marks})", ((i, *astuple(c)) for i, c in enumerate(chunks)))
    db.executemany(f"INSERT INTO sentences VALUES ({marks})", ((i, *astuple(s)) for i, s in enumerate(sentences)))
    db.executemany(
        "INSERT INTO texts VALUES (?, ?, ?)",
        (
            (source, n, text[first : first + TEXT_BLOCK])
            for source, text in texts
            for n, first in enumerate(range(0, max(len(text), 1), TEXT_BLOCK))
        ),
    )
    db.commit()


class Records:
    """A generation's records file, opened read-only; shared by threads (one query at a time).

    Raises:
        FileNotFoundError: no such file.
    """

    def __init__(self, path: Path | None, db: sqlite3.Connection | None = None) -> None:
        if db is None:
            if path is None or not path.is_file():
                raise FileNotFoundError(f"{RECORDS} is missing")
            # Read-only (a missing file is an error, never created) and immutable: the file never
            # changes once written, so no lock is taken and no journal looked for.
            uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
            db = sqlite3.connect(uri, uri=True, check_same_thread=False)
        self._db = db
        self._path = path
        self._lock = threading.Lock()
        self.chunks = RecordList(self, "chunks", Chunk)
        self.sentences = RecordList(self, "sentences", Sentence)
        self.texts = Texts(self)

    @classmethod
    def in_memory(cls, chunks: Iterable[Chunk], sentences: Iterable[Sentence], texts: Mapping[str, str]) -> Records:
        """Records held in memory (an older generation's, read from its JSON lines)."""
        db = sqlite3.connect(":memory:", check_same_thread=False)
        _fill(db, chunks, sentences, texts.items())
        return cls(None, db)

    def query(self, sql: str, parameters: Sequence[object] = ()) -> list[tuple]:
        """Raises PaddockIndexError when the file is damaged."""
        try:
            with self._lock:
                return self._db.execute(sql, parameters).fetchall()
        except sqlite3.DatabaseError as exc:
            raise PaddockIndexError(messages.en("records_damaged", path=self._path, error=exc)) from exc


class RecordList(Sequence[Row], Generic[Row]):
    """Chunks or sentences by vector id, each read when asked for (``len``, ``[i]``, ``[a:b]``, iteration)."""

    def __init__(self, records: Records, table: str, kind: type[Row]) -> None:
        self._records = records
        self._table = table
        self._kind: type[Row] = kind
        self._len: int | None = None

    def __len__(self) -> int:
        if self._len is None:
            # Ids run 0..n-1: the largest is found in the primary key's index, COUNT(*) would read the table.
            self._len = int(self._records.query(f"SELECT COALESCE(MAX(id) + 1, 0) FROM {self._table}")[0][0])
        return self._len

    @overload
    def __getitem__(self, index: int) -> Row: ...

    @overload
    def __getitem__(self, index: slice) -> tuple[Row, ...]: ...

    def __getitem__(self, index: int | slice) -> Row | tuple[Row, ...]:
        if isinstance(index, slice):
            first, last, step = index.indices(len(self))
            rows = self._between(first, last) if step == 1 else [self[i] for i in range(first, last, step)]
            return tuple(rows)
        position = operator.index(index)  # a numpy integer too, which SQLite would not bind as one
        position += len(self) if position < 0 else 0
        found = self._records.query(f"SELECT * FROM {self._table} WHERE id = ?", (position,))
        if not found:
            raise IndexError(f"{self._table} record {index} out of range")
        return self._kind(*found[0][1:])

    def __iter__(self) -> Iterator[Row]:
        for first in range(0, len(self), _BATCH):
            yield from self._between(first, first + _BATCH)

    def _between(self, first: int, last: int) -> list[Row]:
        if last <= first:
            return []
        found = self._records.query(f"SELECT * FROM {self._table} WHERE id >= ? AND id < ? ORDER BY id", (first, last))
        return [self._kind(*row[1:]) for row in found]


class Texts:
    """Each document's original text by source, whole or as a slice read from its blocks."""

    def __init__(self, records: Records) -> None:
        self._records = records

    def __getitem__(self, source: str) -> str:
        found = self._records.query("SELECT text FROM texts WHERE source = ? ORDER BY block", (source,))
        if not found:
            raise KeyError(source)
        return "".join(row[0] for row in found)

    def __contains__(self, source: object) -> bool:
        return bool(self._records.query("SELECT 1 FROM texts WHERE source = ? LIMIT 1", (source,)))

    def slice(self, source: str, start: int, end: int) -> str:
        """``self[source][start:end]`` for 0 <= start <= end, reading only the blocks it spans.

        Raises:
            KeyError: no such document.
        """
        first, last = start // TEXT_BLOCK, max(start, end - 1) // TEXT_BLOCK
        found = self._records.query(
            "SELECT text FROM texts WHERE source = ? AND block BETWEEN ? AND ? ORDER BY block", (source, first, last)
        )
        if not found and source not in self:
            raise KeyError(source)
        joined = "".join(row[0] for row in found)
        offset = first * TEXT_BLOCK
        return joined[start - offset : end - offset]
