"""The index directory: its generations, manifest, loading, atomic writes and build lock.

Layout::

    index/
      CURRENT          name of the live generation, replaced atomically
      .lock            held while a build runs
      gen-000007/
        manifest.json  format, model, dimension, chunk settings, documents with hashes
        records.sqlite passages and sentences by vector id, documents' original texts
                       (for exact citations), read on demand (``records``)
        vectors.faiss  inner-product FAISS index over normalised vectors
        vectors.f16    above 1M vectors, the vectors at 16 bits beside the compressed index
        bm25/          the lexical index (bm25s)
        sentences.faiss   the sentences' vectors, for ranking and for answers (and sentences.f16)
        anchors.npy       where each sentence vector was pooled: chunk row, span in its text
        ranges.npy        the sentences [first, last) each passage overlaps
        owners.npy        the first passage each sentence belongs to

A build writes a complete new generation beside the live one and then swaps ``CURRENT``,
so readers always see a whole index and an interrupted build leaves the previous one in
use. What goes into a generation (planning what changed, embedding what is missing) is
``sync``'s work; this module only keeps the directory.
"""

from __future__ import annotations

import bisect
import contextlib
import ctypes
import errno
import fcntl
import json
import math
import os
import shutil
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field, replace
from functools import cached_property
from pathlib import Path

import numpy as np

from paddockqa import messages
from paddockqa.domain import Chunk, FileStamp, IndexedDocument, Scope, Sentence
from paddockqa.embedding import PassageVectors
from paddockqa.errors import (
    IndexBusyError,
    IndexMismatchError,
    IndexMissingError,
    IndexWriteError,
    PaddockIndexError,
)
from paddockqa.late_map import is_late
from paddockqa.lexical import LexicalIndex
from paddockqa.records import RECORDS, Records, Texts, write_records
from paddockqa.spool import BLOCK_ROWS, SpooledVectors
from paddockqa.vectors import Rows, build_vector_index, read_vector_index, write_vector_index

# 2: sentences and their vectors; 3: formats, file stamps, duplicates; 4: clean text; 5: sentence vectors
# pooled from their passage's pass (late chunking), anchors.npy; 6: records in SQLite, ranges.npy, owners.npy
FORMAT_VERSION = 6
# Formats whose vectors a build reuses: 5 holds the same vectors, its records in JSON lines.
REUSABLE_FORMATS = (5, FORMAT_VERSION)


CURRENT = "CURRENT"


ANCHORS = "anchors.npy"  # (sentences, 3) int64: where each sentence vector was pooled
RANGES = "ranges.npy"  # (chunks, 2) int64: sentence_ranges
OWNERS = "owners.npy"  # (sentences,) int64: sentence_owners


@dataclass(frozen=True)
class Manifest:
    """What an index was built from and with."""

    format: int
    model: str
    dimension: int
    chunk_size: int
    chunk_overlap: int
    created: str
    documents: tuple[IndexedDocument, ...]
    files: tuple[FileStamp, ...] = ()  # every file indexed, duplicates included
    reading: int = 0  # READING_VERSION of the code that read and cleaned the files
    contents: dict[str, list] = field(default_factory=dict)  # file -> [size, sha256], checked on load
    sentence_vectors: str = "own"  # how sentence vectors were made: SENTENCE_VECTORS
    precision: str = "fp32"  # the model's weights when it embedded: "fp32" or "int8+<recipe>" (recipe 1: "int8")
    # Files there but unreadable at the build, kept at their previous version in ``files``:
    # their size and time then (``corpus.drift``).
    kept: tuple[FileStamp, ...] = ()

    def to_json(self) -> dict[str, object]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict) -> Manifest:
        docs = tuple(IndexedDocument.from_json(d) for d in data["documents"])
        files = tuple(FileStamp(**f) for f in data.get("files", ()))
        kept = tuple(FileStamp(**f) for f in data.get("kept", ()))
        return cls(**{**data, "documents": docs, "files": files, "kept": kept})


@dataclass(frozen=True)
class LoadedIndex:
    """A generation of the index: vectors memory-mapped, records read on demand."""

    generation: str
    manifest: Manifest
    chunks: Sequence[Chunk]  # by vector id (``records.RecordList``)
    texts: Texts  # source -> original text
    vectors: object  # faiss.Index
    lexical: LexicalIndex
    sentences: Sequence[Sentence]
    sentence_vectors: object  # faiss.Index, row i being sentence i
    sentence_ranges: np.ndarray  # (chunks, 2): the sentences [first, last) each chunk overlaps
    sentence_owners: np.ndarray  # (sentences,): the first chunk each sentence belongs to
    sentence_anchors: np.ndarray  # (sentences, 3): the chunk row its vector was read in, its span there

    @cached_property
    def document_by_source(self) -> dict[str, IndexedDocument]:
        return {d.source: d for d in self.manifest.documents}

    @cached_property
    def _chunk_rows(self) -> dict[str, tuple[int, int]]:
        """Each document's chunk rows [first, last): chunks are stored document by document, in
        the manifest's order, so the counts it records give the rows."""
        rows: dict[str, tuple[int, int]] = {}
        first = 0
        for document in self.manifest.documents:
            rows[document.source] = (first, first + document.chunks)
            first += document.chunks
        return rows

    def passages_of(self, source: str, characters: int | None = None) -> list[str]:
        """A document's passage texts (cleaned, overlapping), in order; [] for a source not indexed.
        With ``characters``, only the first passages, until they hold that many characters."""
        first, last = self._chunk_rows.get(source, (0, 0))
        passages: list[str] = []
        size = 0
        for row in range(first, last):
            if characters is not None and size >= characters:
                break
            passages.append(self.chunks[row].text)
            size += len(passages[-1])
        return passages

    def rows_in(self, scope: Scope) -> np.ndarray | None:
        """The chunk rows of the documents in scope, or None when the scope is everything."""
        if scope.everything:
            return None
        spans = [self._chunk_rows.get(d.source, (0, 0)) for d in self.manifest.documents if scope.allows(d)]
        if not spans:
            return np.empty(0, dtype=np.int64)
        return np.concatenate([np.arange(a, b, dtype=np.int64) for a, b in spans])

    def spool_vectors(self, into: SpooledVectors, sentence_vectors: str) -> None:
        """Spool every passage vector, and every sentence vector made the way asked (``own`` or
        ``late``), with their keys, for reuse by the next build; read ``BLOCK_ROWS`` at a time,
        so they are never copied whole into the process (the mapped pages it reads stay the
        kernel's to drop).

        Raises:
            OSError: the spool cannot be written (a full disk)."""
        passages = [c.indexed_text for c in self.chunks] if self.chunks else []
        for begin, block in _blocks(self.vectors, len(passages)):
            into.add("passages", passages[begin : begin + len(block)], block)
        if not self.sentences or self.manifest.sentence_vectors != sentence_vectors:
            return
        if is_late(sentence_vectors):
            keys: list = [(passages[row], int(a), int(b)) for row, a, b in self.sentence_anchors]
            kind = "spans"
        else:
            keys, kind = [s.indexed_text for s in self.sentences], "sentences"
        for begin, block in _blocks(self.sentence_vectors, len(keys)):
            into.add(kind, keys[begin : begin + len(block)], block)

    def passage_vectors(self, rows: np.ndarray) -> np.ndarray:
        """The stored vectors of these chunk rows, in their order."""
        return self._rows(self.vectors, rows)

    def sentence_matrix(self, ids: np.ndarray) -> np.ndarray:
        """The stored vectors of these sentence ids, in their order."""
        return self._rows(self.sentence_vectors, ids)

    def _rows(self, vectors: object, ids: np.ndarray) -> np.ndarray:
        if not len(ids):
            return np.empty((0, self.manifest.dimension), np.float32)
        return vectors.reconstruct_batch(ids)  # type: ignore[attr-defined]


def _blocks(index: object, count: int) -> Iterator[tuple[int, np.ndarray]]:
    """The first ``count`` vectors of a FAISS index (or ``RerankedIndex``), ``BLOCK_ROWS`` at a time."""
    for begin in range(0, count, BLOCK_ROWS):
        yield begin, index.reconstruct_n(begin, min(BLOCK_ROWS, count - begin))  # type: ignore[attr-defined]


@dataclass
class KnownVectors:
    """A batch of vectors by key, as the embedder gives them and a checkpoint part holds them:
    passages' by ``indexed_text``; sentences' pooled from a passage (``late``) by that passage
    and its span there (the same sentence read in another passage has another vector);
    sentences' embedded on their own (``own``) by text. A whole build's are a
    ``spool.SpooledVectors``, on disk."""

    passages: dict[str, np.ndarray] = field(default_factory=dict)
    spans: dict[tuple[str, int, int], np.ndarray] = field(default_factory=dict)  # "late" sentence vectors
    sentences: dict[str, np.ndarray] = field(default_factory=dict)  # "own" ones, by ``Sentence.indexed_text``

    @classmethod
    def of(cls, texts: list[str], spans: list[list[tuple[int, int]]], vectors: PassageVectors) -> KnownVectors:
        known = cls(dict(zip(texts, vectors.passages)))
        for text, bounds, rows in zip(texts, spans, vectors.spans):
            known.spans.update(((text, a, b), row) for (a, b), row in zip(bounds, rows))
        return known

    def spool_into(self, into: SpooledVectors) -> int:
        """Add these vectors to ``into`` (keys it knows are skipped); return how many passage and
        own sentence vectors were new to it."""
        before = len(into.passages) + len(into.sentences)
        for kind in ("passages", "spans", "sentences"):
            vectors: dict = getattr(self, kind)
            if vectors:
                into.add(kind, vectors, np.stack(list(vectors.values())))
        return len(into.passages) + len(into.sentences) - before


def sentence_ranges(chunks: tuple[Chunk, ...], sentences: tuple[Sentence, ...]) -> np.ndarray:
    """For each chunk, the range of sentence ids that overlap it (pure).

    Sentences are stored document by document in text order, so the range is contiguous.
    """
    by_source: dict[str, tuple[int, list[int], list[int]]] = {}
    for i, s in enumerate(sentences):
        first, starts, ends = by_source.setdefault(s.source, (i, [], []))
        starts.append(s.start)
        ends.append(s.end)
    ranges = np.zeros((len(chunks), 2), dtype=np.int64)
    for row, chunk in enumerate(chunks):
        first, starts, ends = by_source.get(chunk.source, (0, [], []))
        lo = bisect.bisect_right(ends, chunk.start)  # first sentence ending after the chunk starts
        hi = bisect.bisect_left(starts, chunk.end)  # first sentence starting at or after its end
        ranges[row] = (first + lo, first + max(lo, hi))
    return ranges


def sentence_owners(ranges: np.ndarray, count: int) -> np.ndarray:
    """The first chunk overlapping each sentence, -1 for none (pure)."""
    owners = np.full(count, -1, dtype=np.int64)
    for row in range(len(ranges) - 1, -1, -1):  # backwards, so the first chunk wins
        first, last = ranges[row]
        owners[first:last] = row
    return owners


def current_generation(folder: Path) -> str | None:
    """The name of the live generation, or None when no index was built yet.

    With ``CURRENT`` missing, empty or naming nothing, the newest complete generation (one
    with its manifest: a generation is renamed into place only once written whole) is the
    live one: recovered, never rebuilt over and deleted.
    """
    try:
        name = (folder / CURRENT).read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        name = ""
    except OSError:
        name = ""
    if name and (folder / name).is_dir():
        return name
    complete = sorted(p.name for p in folder.glob("gen-*") if (p / "manifest.json").is_file())
    return complete[-1] if complete else None


def load_index(
    folder: Path, model: str | None = None, generation: str | None = None, formats: tuple[int, ...] = (FORMAT_VERSION,)
) -> LoadedIndex:
    """Load the live generation (or the one named); refuse one built with another model.

    ``formats``: the formats accepted; a build passes ``REUSABLE_FORMATS`` to reuse an older
    generation's vectors (its JSON-lines records are then read into memory).
    """
    generation = generation or current_generation(folder)
    if generation is None:
        raise IndexMissingError(messages.en("no_index", folder=folder))
    path = folder / generation
    try:
        manifest = load_manifest(path)
        if problems := generation_problems(path, manifest):
            raise ValueError("; ".join(problems[:3]))
        if manifest.format not in formats:
            raise IndexMismatchError(
                messages.en("index_format", folder=folder, found=manifest.format, wanted=FORMAT_VERSION)
            )
        if manifest.format == FORMAT_VERSION:
            records = Records(path / RECORDS)
            ranges = np.load(path / RANGES).reshape(-1, 2)
            owners = np.load(path / OWNERS).reshape(-1)
        else:  # format 5: records in JSON lines, read into memory; ranges computed as format 5 did
            records = Records.in_memory(*_legacy_records(path))
            ranges = sentence_ranges(tuple(records.chunks), tuple(records.sentences))
            owners = sentence_owners(ranges, len(records.sentences))
        chunks, sentences = records.chunks, records.sentences
        vectors = read_vector_index(path / "vectors.faiss")
        lexical = LexicalIndex.load(path / "bm25")
        sentence_vectors = read_vector_index(path / "sentences.faiss")
        anchors = np.load(path / ANCHORS).reshape(-1, 3)
        counts = (vectors.ntotal, len(ranges), sentence_vectors.ntotal, len(anchors), len(owners))
    except (OSError, ValueError, KeyError, TypeError, RuntimeError, sqlite3.DatabaseError) as exc:
        raise PaddockIndexError(messages.en("index_damaged", path=path, error=exc)) from exc
    if model is not None and manifest.model != model:
        raise IndexMismatchError(messages.en("index_model", folder=folder, built=manifest.model, configured=model))
    if counts != (len(chunks),) * 2 + (len(sentences),) * 3 or not _consistent(
        manifest, ranges, owners, len(sentences)
    ):
        raise PaddockIndexError(messages.en("index_inconsistent", path=path))
    texts = records.texts
    return LoadedIndex(
        generation, manifest, chunks, texts, vectors, lexical, sentences, sentence_vectors, ranges, owners, anchors
    )


def _consistent(manifest: Manifest, ranges: np.ndarray, owners: np.ndarray, sentences: int) -> bool:
    """Whether the stored arrays can be used as ids (a file damaged at its size passes the size check)."""
    first, last = ranges[:, 0], ranges[:, 1]  # (chunks, 2), empty or not
    return (
        sum(d.chunks for d in manifest.documents) == len(ranges)
        and bool(np.all((first >= 0) & (first <= last) & (last <= sentences)))
        and bool(np.all((owners >= -1) & (owners < len(ranges))))
    )


def _legacy_records(path: Path) -> tuple[list[Chunk], list[Sentence], dict[str, str]]:
    """A format-5 generation's records, from its JSON lines."""
    chunks = [Chunk(**record) for record in _read_jsonl(path / "chunks.jsonl")]
    sentences = [Sentence(**record) for record in _read_jsonl(path / "sentences.jsonl")]
    texts = {record["source"]: record["text"] for record in _read_jsonl(path / "texts.jsonl")}
    return chunks, sentences, texts


@contextmanager
def build_lock(folder: Path, wait: bool = False) -> Iterator[None]:
    """Hold the index's build lock; if another build holds it, wait for it or fail at once.

    Raises:
        IndexBusyError: another build holds it and ``wait`` is false.
        IndexWriteError: the folder cannot be written (read-only, full) or is a file.
    """
    if folder.exists() and not folder.is_dir():
        raise IndexWriteError(messages.en("index_is_file", folder=folder))
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle = open(folder / ".lock", "w")  # noqa: SIM115 - closed below, after the lock is released
    except OSError as exc:
        raise cannot_write(folder, exc) from exc
    with handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        except BlockingIOError as exc:
            raise IndexBusyError(messages.en("index_busy", folder=folder)) from exc
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def read_manifest(folder: Path) -> Manifest | None:
    """The live generation's manifest alone (cheap), or None when there is no readable one."""
    generation = current_generation(folder)
    if generation is None:
        return None
    try:
        manifest = load_manifest(folder / generation)
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return manifest if manifest.format == FORMAT_VERSION else None


def live_format(folder: Path) -> int | None:
    """The format of the live generation, whatever it is; None when there is no readable one."""
    generation = current_generation(folder)
    try:
        data = json.loads((folder / generation / "manifest.json").read_text(encoding="utf-8")) if generation else {}
    except (OSError, ValueError):
        return None
    return data.get("format") if isinstance(data, dict) and isinstance(data.get("format"), int) else None


def load_manifest(generation: Path) -> Manifest:
    return Manifest.from_json(json.loads((generation / "manifest.json").read_text(encoding="utf-8")))


def _manifest_text(manifest: Manifest) -> str:
    return json.dumps(manifest.to_json(), ensure_ascii=False, indent=1)


def reusable_previous(folder: Path, model: str, precision: str = "fp32", skip: str | None = None) -> LoadedIndex | None:
    """The live index if its vectors can be reused for this model and precision, else the
    newest other generation still intact (the one kept from the build before), else None.
    A generation of an older format whose vectors are the same (``REUSABLE_FORMATS``) counts.

    ``skip``: a generation known to be damaged (the live one, found so by the caller's
    checksums). Other generations than the live one are read whole against their checksums.
    """
    live = current_generation(folder)
    others = sorted((p.name for p in folder.glob("gen-*") if p.name not in (live, skip)), reverse=True)
    for name in [live, *others] if live and live != skip else others:
        try:
            loaded = load_index(folder, model, name, REUSABLE_FORMATS)
        except PaddockIndexError:
            continue  # damaged or another model's: try an older one
        if name != live and generation_problems(folder / name, loaded.manifest, deep=True):
            continue  # damaged at its size: its vectors cannot be trusted
        if loaded.manifest.precision == precision:
            return loaded
    return None


def rewrite_manifest(folder: Path, manifest: Manifest) -> None:
    generation = current_generation(folder)
    assert generation is not None
    work = folder / generation / ".manifest.json.tmp"
    work.write_text(_manifest_text(manifest), encoding="utf-8")
    os.replace(work, folder / generation / "manifest.json")


@dataclass(frozen=True)
class Contents:
    """What a new generation holds."""

    manifest: Manifest
    chunks: list[Chunk]
    texts: dict[str, str]
    matrix: Rows  # (chunks, dimension): an array or ``spool.SpooledRows``
    sentences: list[Sentence]
    sentence_matrix: Rows  # (sentences, dimension)
    anchors: np.ndarray  # (sentences, 3)
    spooled_bytes: int = 0  # what the build's spool holds on disk: freed by a failed write, needed again


def write_generation(folder: Path, contents: Contents) -> None:
    for stale in folder.glob(".tmp-*"):
        shutil.rmtree(stale, ignore_errors=True)  # left by a build that was killed
    number = max((int(p.name.split("-")[1]) for p in folder.glob("gen-*") if p.name.split("-")[1].isdigit()), default=0)
    name = f"gen-{number + 1:06d}"
    work = folder / f".tmp-{name}"
    previous = current_generation(folder)
    try:
        try:
            _write_files(work, contents)
        except RuntimeError as exc:  # faiss reports a failed write (a full disk) as RuntimeError
            if "write error" not in str(exc) and "No space left" not in str(exc):
                raise  # a fault of ours or faiss's, not of the disk: its traceback is the report
            raise _os_error(exc) from exc
        os.replace(work, folder / name)
        try:
            point_current(folder, name)
        except OSError:
            shutil.rmtree(folder / name, ignore_errors=True)  # never named: it would only hold the disk
            raise
    except OSError as exc:
        shutil.rmtree(work, ignore_errors=True)  # a half-written generation would only hold the disk
        vectors = (len(contents.matrix) + len(contents.sentence_matrix)) * contents.manifest.dimension * 2  # 16 bits
        needed = vectors * 2 + sum(len(t) for t in contents.texts.values()) * 3 + contents.spooled_bytes
        raise IndexWriteError(
            messages.en(
                "index_full",
                folder=folder,
                error=exc.strerror or exc,
                needed=megabytes_to_free(needed),
                previous=what_still_answers(folder, "previous_answers"),
            )
        ) from exc
    # The generation just replaced stays one more round: a server that read CURRENT an
    # instant before the swap is still loading it.
    for old in folder.glob("gen-*"):
        if old.name not in (name, previous):
            shutil.rmtree(old, ignore_errors=True)


def _file_checksums(generation: Path) -> dict[str, list]:
    """Each file of a generation (the manifest aside) with its size and SHA-256."""
    import hashlib

    out: dict[str, list] = {}
    for path in sorted(generation.rglob("*")):
        if path.is_file() and path.name != "manifest.json":
            digest = hashlib.sha256()
            with open(path, "rb") as handle:
                for block in iter(lambda: handle.read(1 << 20), b""):
                    digest.update(block)
            out[path.relative_to(generation).as_posix()] = [path.stat().st_size, digest.hexdigest()]
    return out


def generation_problems(generation: Path, manifest: Manifest, deep: bool = False) -> list[str]:
    """What is wrong with a generation's files against its manifest: missing, another size,
    or (``deep``, reading every byte) another checksum. Empty when it is intact."""
    problems = []
    recorded = manifest.contents
    if deep and recorded:
        found = _file_checksums(generation)
        for name, (_, digest) in recorded.items():
            if name not in found:
                problems.append(f"{name} is missing")
            elif found[name][1] != digest:
                problems.append(f"{name} does not match its checksum")
        return problems
    for name, (size, _) in recorded.items():
        try:
            actual = (generation / name).stat().st_size
        except OSError:
            problems.append(f"{name} is missing")
            continue
        if actual != size:
            problems.append(f"{name} is {actual:,} bytes, {size:,} expected")
    return problems


def named_in_current(folder: Path) -> str:
    try:
        return (folder / CURRENT).read_text(encoding="utf-8").strip()
    except OSError:
        return ""


def _write_files(work: Path, contents: Contents) -> None:
    """Every file of a generation into ``work``, the manifest (with their checksums) last."""
    work.mkdir()
    write_records(work / RECORDS, contents.chunks, contents.sentences, contents.texts.items())
    for name_, rows in (("vectors.faiss", contents.matrix), ("sentences.faiss", contents.sentence_matrix)):
        write_vector_index(build_vector_index(rows, contents.manifest.dimension), work / name_)
        return_freed_memory()  # the next index, or the lexical one, is built in what this one held
    ranges = sentence_ranges(tuple(contents.chunks), tuple(contents.sentences))
    arrays = {ANCHORS: contents.anchors, RANGES: ranges, OWNERS: sentence_owners(ranges, len(contents.sentences))}
    for name_, array in arrays.items():
        with open(work / name_, "wb") as out:
            np.save(out, array)
    LexicalIndex.build([c.indexed_text for c in contents.chunks]).save(work / "bm25")
    manifest = replace(contents.manifest, contents=_file_checksums(work))
    (work / "manifest.json").write_text(_manifest_text(manifest), encoding="utf-8")
    _fsync_tree(work)


def return_freed_memory() -> None:
    """Hand the memory freed so far back to the system (glibc's ``malloc_trim``; nothing elsewhere).

    Python frees a build's many small objects into the C heap, where the large arrays that
    faiss allocates next cannot reuse them: without this, a 100k-passage build's peak held both
    (about 180 MB more, ``paddockqa bench --chunks 100000``)."""
    with contextlib.suppress(OSError, AttributeError):  # not glibc: the memory stays with the process
        ctypes.CDLL("libc.so.6").malloc_trim(0)


def point_current(folder: Path, name: str) -> None:
    """Make ``name`` the live generation, atomically.

    Raises:
        OSError: the pointer cannot be written (a full disk); CURRENT is then unchanged and
            no temporary pointer is left.
    """
    pointer = folder / f".tmp-{CURRENT}"
    try:
        with open(pointer, "w", encoding="utf-8") as out:
            out.write(name + "\n")
            out.flush()
            os.fsync(out.fileno())
        os.replace(pointer, folder / CURRENT)
    except OSError:
        with contextlib.suppress(OSError):
            pointer.unlink(missing_ok=True)
        raise


def what_still_answers(folder: Path, answers: str) -> messages.Message:
    """What a failed write leaves answering: message ``answers`` when an index is there, else
    that there is none yet (a first build on a full disk has nothing to fall back on)."""
    try:
        live = current_generation(folder)
    except OSError:
        live = None
    return messages.en(answers if live else "no_index_yet")


def cannot_write(folder: Path, exc: OSError) -> IndexWriteError:
    """The error for an index folder that cannot be written (read-only, full), saying what still answers."""
    previous = what_still_answers(folder, "still_answers")
    return IndexWriteError(messages.en("index_read_only", folder=folder, error=exc.strerror or exc, previous=previous))


def megabytes_to_free(needed: int) -> int:
    """Bytes to free, in whole megabytes and at least 1: "about 0 MB" would say nothing is needed."""
    return max(1, math.ceil(needed / 1e6))


def _os_error(exc: RuntimeError) -> OSError:
    """faiss's write error as the OSError it stands for (its text ends with the C library's reason)."""
    text = str(exc)
    if "No space left" in text:
        return OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
    return OSError(errno.EIO, (text.strip().splitlines() or [repr(exc)])[-1][:200])


def check_index(folder: Path) -> tuple[str | None, list[str]]:
    """The live generation's name and what is wrong with it, every byte read (``index --check``).

    No generation: (None, ["no index"]); an intact one: (name, []).
    """
    live = current_generation(folder)
    if live is None:
        return None, [f"no index at {folder}"]
    try:
        manifest = load_manifest(folder / live)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        return live, [f"manifest.json cannot be read ({exc})"]
    if not manifest.contents:
        return live, ["the manifest records no checksums (an index built before they were kept)"]
    return live, generation_problems(folder / live, manifest, deep=True)


def _read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _fsync_tree(folder: Path) -> None:
    for path in folder.rglob("*"):
        if path.is_file():
            with open(path, "rb") as handle:
                os.fsync(handle.fileno())
