"""The index directory: build, update, save, load.

Layout::

    index/
      CURRENT          name of the live generation, replaced atomically
      .lock            held while a build runs
      gen-000007/
        manifest.json  format, model, dimension, chunk settings, documents with hashes
        chunks.jsonl   one chunk record per vector id
        texts.jsonl    each document's original text, for exact citations
        vectors.faiss  inner-product FAISS index over normalised vectors
        bm25/          the lexical index (bm25s)
        sentences.jsonl   one sentence record per sentence vector id
        sentences.faiss   the sentences' vectors, for ranking and for answers

A build writes a complete new generation beside the live one and then swaps ``CURRENT``,
so readers always see a whole index and an interrupted build leaves the previous one in
use. Vectors are reused for every chunk and sentence whose text is unchanged, so only
new or edited text is embedded.
"""

from __future__ import annotations

import bisect
import datetime as dt
import fcntl
import json
import os
import shutil
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field, replace
from functools import cached_property
from pathlib import Path

import numpy as np

from paddockqa.chunking import chunk_document
from paddockqa.corpus import CorpusScan
from paddockqa.domain import BuildReport, Chunk, Document, FileStamp, IndexedDocument, Scope, Sentence
from paddockqa.embedding import Embedder
from paddockqa.errors import (
    IndexBusyError,
    IndexMismatchError,
    IndexMissingError,
    IndexWriteError,
    PaddockIndexError,
)
from paddockqa.lexical import LexicalIndex
from paddockqa.sentences import split_document
from paddockqa.text import copy_key
from paddockqa.vectors import build_vector_index, read_vector_index

# How files are read, cleaned and tokenised (formats, text, sentences, lexical): when it changes, the next
# build reads every file again and re-chunks it, reusing the vectors of unchanged texts.
READING_VERSION = 2
FORMAT_VERSION = 4  # 2: sentences and their vectors; 3: formats, file stamps, duplicates; 4: clean text
CURRENT = "CURRENT"
Progress = Callable[[str, int, int], None]  # (stage, done, total)


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

    def to_json(self) -> dict[str, object]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict) -> Manifest:
        docs = tuple(IndexedDocument.from_json(d) for d in data["documents"])
        files = tuple(FileStamp(**f) for f in data.get("files", ()))
        return cls(**{**data, "documents": docs, "files": files})


@dataclass(frozen=True)
class LoadedIndex:
    """A generation of the index, loaded in memory."""

    generation: str
    manifest: Manifest
    chunks: tuple[Chunk, ...]
    texts: dict[str, str]  # source -> original text
    vectors: object  # faiss.Index
    lexical: LexicalIndex
    sentences: tuple[Sentence, ...]
    sentence_vectors: object  # faiss.Index, row i being sentence i
    sentence_ranges: np.ndarray  # (chunks, 2): the sentences [first, last) each chunk overlaps
    sentence_owners: np.ndarray  # (sentences,): the first chunk each sentence belongs to

    @cached_property
    def document_by_source(self) -> dict[str, IndexedDocument]:
        return {d.source: d for d in self.manifest.documents}

    @cached_property
    def _chunk_rows(self) -> dict[str, tuple[int, int]]:
        """Each document's chunk rows [first, last): chunks are stored document by document."""
        rows: dict[str, tuple[int, int]] = {}
        for row, chunk in enumerate(self.chunks):
            first, _ = rows.get(chunk.source, (row, row))
            rows[chunk.source] = (first, row + 1)
        return rows

    def rows_in(self, scope: Scope) -> np.ndarray | None:
        """The chunk rows of the documents in scope, or None when the scope is everything."""
        if scope.everything:
            return None
        spans = [self._chunk_rows.get(d.source, (0, 0)) for d in self.manifest.documents if scope.allows(d)]
        if not spans:
            return np.empty(0, dtype=np.int64)
        return np.concatenate([np.arange(a, b, dtype=np.int64) for a, b in spans])

    def vectors_by_text(self) -> dict[str, np.ndarray]:
        """Every embedded text with its vector, for reuse by the next build."""
        known: dict[str, np.ndarray] = {}
        for texts, index in (
            ([c.indexed_text for c in self.chunks], self.vectors),
            ([s.indexed_text for s in self.sentences], self.sentence_vectors),
        ):
            if texts:
                matrix = index.reconstruct_n(0, index.ntotal)  # type: ignore[attr-defined]
                known.update(zip(texts, matrix))
        return known

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


def load_index(folder: Path, model: str | None = None, generation: str | None = None) -> LoadedIndex:
    """Load the live generation (or the one named); refuse one built with another model."""
    generation = generation or current_generation(folder)
    if generation is None:
        raise IndexMissingError(f"No index at {folder}. Run `paddockqa index` first.")
    path = folder / generation
    try:
        manifest = _load_manifest(path)
        if problems := generation_problems(path, manifest):
            raise ValueError("; ".join(problems[:3]))
        if manifest.format != FORMAT_VERSION:
            raise IndexMismatchError(
                f"The index at {folder} has format {manifest.format}; this PaddockQA reads format "
                f"{FORMAT_VERSION}. Run `paddockqa index` to rebuild it."
            )
        chunks = tuple(Chunk(**record) for record in _read_jsonl(path / "chunks.jsonl"))
        texts = {record["source"]: record["text"] for record in _read_jsonl(path / "texts.jsonl")}
        vectors = read_vector_index(path / "vectors.faiss")
        lexical = LexicalIndex.load(path / "bm25")
        sentences = tuple(Sentence(**record) for record in _read_jsonl(path / "sentences.jsonl"))
        sentence_vectors = read_vector_index(path / "sentences.faiss")
    except (OSError, ValueError, KeyError, TypeError, RuntimeError) as exc:
        raise PaddockIndexError(
            f"The index at {path} is damaged ({exc}). Run `paddockqa index` to rebuild it."
        ) from exc
    if model is not None and manifest.model != model:
        raise IndexMismatchError(
            f"The index at {folder} was built with model {manifest.model!r}, but the configured model is {model!r}. "
            f"Run `paddockqa index` to rebuild it with {model!r}, or set PADDOCKQA_MODEL={manifest.model}."
        )
    if vectors.ntotal != len(chunks) or sentence_vectors.ntotal != len(sentences):
        raise PaddockIndexError(f"The index at {path} is inconsistent. Run `paddockqa index` to rebuild it.")
    ranges = sentence_ranges(chunks, sentences)
    return LoadedIndex(
        generation,
        manifest,
        chunks,
        texts,
        vectors,
        lexical,
        sentences,
        sentence_vectors,
        ranges,
        sentence_owners(ranges, len(sentences)),
    )


@contextmanager
def build_lock(folder: Path, wait: bool = False) -> Iterator[None]:
    """Hold the index's build lock; if another build holds it, wait for it or fail at once.

    Raises:
        IndexBusyError: another build holds it and ``wait`` is false.
        IndexWriteError: the folder cannot be written (read-only, full) or is a file.
    """
    if folder.exists() and not folder.is_dir():
        raise IndexWriteError(f"The index path {folder} is a file, not a folder: point PADDOCKQA_INDEX at a folder.")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle = open(folder / ".lock", "w")  # noqa: SIM115 - closed below, after the lock is released
    except OSError as exc:
        raise IndexWriteError(
            f"Cannot write to the index folder {folder} ({exc.strerror or exc}). `ask` and `serve` still answer "
            "from the index as it is; to update it, make the folder writable or point PADDOCKQA_INDEX elsewhere."
        ) from exc
    with handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        except BlockingIOError as exc:
            raise IndexBusyError(
                f"Another `paddockqa index` is updating {folder}. Wait for it to finish, then try again."
            ) from exc
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
        manifest = _load_manifest(folder / generation)
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return manifest if manifest.format == FORMAT_VERSION else None


def _load_manifest(generation: Path) -> Manifest:
    return Manifest.from_json(json.loads((generation / "manifest.json").read_text(encoding="utf-8")))


def _manifest_text(manifest: Manifest) -> str:
    return json.dumps(manifest.to_json(), ensure_ascii=False, indent=1)


Scanner = Callable[[Mapping[str, FileStamp]], CorpusScan]


def build_index(
    folder: Path,
    scan: CorpusScan | Scanner,
    embedder: Callable[[], Embedder],
    model: str,
    chunk_size: int,
    chunk_overlap: int,
    progress: Progress | None = None,
    wait: bool = False,
) -> BuildReport:
    """Bring the index in ``folder`` in line with the corpus, embedding only new text.

    Args:
        folder: the index folder.
        scan: the corpus, or a function that scans it given the files the index knows
            (unchanged ones are then not read again).
        embedder: called only if some text needs embedding, so an unchanged corpus never
            loads the model.
        model: the embedding model's name, to tell whether stored vectors can be reused.
        wait: if another build is running, wait for it instead of failing.
    """
    began = time.perf_counter()
    report = (lambda *args: None) if progress is None else progress
    scanner: Scanner = scan if callable(scan) else (lambda known: scan)
    with build_lock(folder, wait):
        manifest = read_manifest(folder)
        if manifest is not None and manifest.model != model:
            manifest = None  # another model's vectors: nothing to reuse
        live = current_generation(folder)
        damaged = manifest is not None and live is not None and bool(generation_problems(folder / live, manifest))
        known_files = manifest.files if manifest is not None else ()
        same_reading = manifest is not None and manifest.reading == READING_VERSION
        # Another reading code, or a damaged live generation whose texts cannot be trusted: every file is read.
        found = scanner({f.source: f for f in known_files} if same_reading and not damaged else {})
        old_files = {f.source: f.content_hash for f in known_files}
        changes = _changes(old_files, found)
        same_settings = manifest is not None and (chunk_size, chunk_overlap, READING_VERSION) == (
            manifest.chunk_size,
            manifest.chunk_overlap,
            manifest.reading,
        )
        if manifest is not None and same_settings and not changes.any and not damaged:
            if live is not None and _named_in_current(folder) != live:
                _point_current(folder, live)  # CURRENT was lost: the recovered generation is named again
            if found.stamps != manifest.files:  # touched, not changed: remember the new times
                _rewrite_manifest(folder, replace(manifest, files=found.stamps))
            return _report(found, manifest, changes, (0, 0, 0), began)

        previous = _reusable_previous(folder, model) if manifest is not None else None
        if found.reused and (previous is None or previous.generation != live):
            found = scanner({})  # the stored texts are not readable after all: read every file
            changes = _changes(old_files, found)
        documents = _unique(_documents(found, previous))

        chunks: list[Chunk] = []
        sentences: list[Sentence] = []
        per_doc: dict[str, int] = {}
        for i, doc in enumerate(documents):
            doc_chunks = chunk_document(doc, chunk_size, chunk_overlap)
            per_doc[doc.source] = len(doc_chunks)
            chunks.extend(doc_chunks)
            sentences.extend(split_document(doc))
            report("chunking", i + 1, len(documents))

        known = previous.vectors_by_text() if previous else {}
        new_chunks = dict.fromkeys(c.indexed_text for c in chunks if c.indexed_text not in known)
        new_sentences = dict.fromkeys(s.indexed_text for s in sentences if s.indexed_text not in known)
        new_texts = list({**new_chunks, **new_sentences})
        partial = _Checkpoint(folder, model)
        saved = partial.load(known)
        known.update(saved)
        resumed = [text for text in new_texts if text in saved]
        # Length order across the whole build, so each checkpoint slice pads little.
        missing = sorted((text for text in new_texts if text not in saved), key=len)
        report("embedding", 0, len(missing))
        if missing:
            encoder = embedder()
            for first in range(0, len(missing), CHECKPOINT_TEXTS):
                batch = missing[first : first + CHECKPOINT_TEXTS]
                done = first

                def advance(n: int) -> None:
                    nonlocal done
                    done += n
                    report("embedding", done, len(missing))

                vectors = encoder.embed_documents(batch, progress=advance)
                known.update(zip(batch, vectors))
                partial.save(batch, vectors)
        if known:
            model_dimension = len(next(iter(known.values())))
        else:  # nothing embedded, ever: an empty corpus
            model_dimension = previous.manifest.dimension if previous else embedder().dimension

        def matrix(records: list[Chunk] | list[Sentence]) -> np.ndarray:
            if not records:
                return np.empty((0, model_dimension), np.float32)
            return np.stack([known[r.indexed_text] for r in records])

        now = _now()
        first_indexed = {d.content_hash: d.indexed_at for d in previous.manifest.documents} if previous else {}
        new_manifest = Manifest(
            format=FORMAT_VERSION,
            model=model,
            dimension=model_dimension,
            chunk_size=chunk_size,
            chunk_overlap=chunk_overlap,
            created=now,
            documents=tuple(
                IndexedDocument.of(d, per_doc[d.source], first_indexed.get(d.content_hash, now)) for d in documents
            ),
            files=found.stamps,
            reading=READING_VERSION,
        )
        report("saving", 0, 1)
        texts = {d.source: d.text for d in documents}
        _write_generation(folder, _Contents(new_manifest, chunks, texts, matrix(chunks), sentences, matrix(sentences)))
        partial.clear()
        report("saving", 1, 1)
        embedded = (
            sum(text not in saved for text in new_chunks),
            sum(text not in saved for text in new_sentences),
            len(resumed),
        )
        return _report(found, new_manifest, changes, embedded, began)


CHECKPOINT_TEXTS = 128  # vectors saved to .partial/ this often (seconds of work), for a killed build to resume


@dataclass(frozen=True)
class _Changes:
    added: tuple[str, ...]
    updated: tuple[str, ...]
    removed: tuple[str, ...]
    unchanged: tuple[str, ...]
    renamed: tuple[tuple[str, str], ...]

    @property
    def any(self) -> bool:
        return bool(self.added or self.updated or self.removed or self.renamed)


def _changes(old: Mapping[str, str], scan: CorpusScan) -> _Changes:
    """How the corpus's files differ from the ones indexed (pure): sources compared by content hash."""
    new = {s.source: s.content_hash for s in scan.stamps}
    added = [s for s in new if s not in old]
    removed = [s for s in old if s not in new]
    renamed = []
    gone = {old[s]: s for s in removed}
    for source in list(added):
        before = gone.pop(new[source], None)
        if before is not None:  # the same text under a new name: a move, not an edit
            renamed.append((before, source))
            added.remove(source)
            removed.remove(before)
    return _Changes(
        added=tuple(added),
        updated=tuple(s for s in new if s in old and old[s] != new[s]),
        removed=tuple(sorted(removed)),
        unchanged=tuple(s for s in new if s in old and old[s] == new[s]),
        renamed=tuple(renamed),
    )


def _documents(scan: CorpusScan, previous: LoadedIndex | None) -> list[Document]:
    """The scan's documents, with the unchanged files' documents taken from the index."""
    documents = list(scan.documents)
    if scan.reused:
        assert previous is not None  # build_index rescans when it cannot reuse
        stored = {d.content_hash: d for d in previous.manifest.documents}
        for stamp in scan.reused:
            record = stored[stamp.content_hash]
            documents.append(record.document(previous.texts[record.source], stamp))
    return sorted(documents, key=lambda d: d.source)


def _unique(documents: list[Document]) -> list[Document]:
    """One document per distinct text, under its first source; the other files go in ``also`` (pure).

    Texts are compared as ``text.copy_key`` normalises them, so a copy saved with other line
    endings, trailing spaces or blank lines is a copy too.
    """
    first: dict[tuple[str, str], Document] = {}
    also: dict[tuple[str, str], list[str]] = {}
    for doc in documents:
        key = (doc.format, copy_key(doc.text))
        if key in first:
            also[key].append(doc.source)
        else:
            first[key] = doc
            also[key] = []
    return [replace(doc, also=tuple(also[k])) if also[k] else doc for k, doc in first.items()]


class _Checkpoint:
    """Vectors of a build in progress, saved as they are computed.

    A build killed halfway loses its new generation (readers keep the previous one), but
    not its embedding work: the next build starts from these vectors.
    """

    def __init__(self, folder: Path, model: str) -> None:
        self.folder = folder / ".partial"
        self.model = model

    def load(self, known: Mapping[str, np.ndarray]) -> dict[str, np.ndarray]:
        try:
            if (self.folder / "model.txt").read_text(encoding="utf-8") != self.model:
                return {}
        except OSError:
            return {}
        found: dict[str, np.ndarray] = {}
        for part in sorted(self.folder.glob("part-*.npz")):
            try:
                with np.load(part) as data:
                    texts, vectors = data["texts"], data["vectors"]
            except (OSError, ValueError, KeyError, EOFError):
                continue  # the part being written when the build was killed
            found.update((str(t), v) for t, v in zip(texts, vectors) if str(t) not in known)
        return found

    def save(self, texts: list[str], vectors: np.ndarray) -> None:
        if not self.folder.is_dir():
            self.folder.mkdir()
            (self.folder / "model.txt").write_text(self.model, encoding="utf-8")
        number = len(list(self.folder.glob("part-*.npz")))
        work = self.folder / f".tmp-{number}.npz"
        with open(work, "wb") as out:
            np.savez(out, texts=np.array(texts, dtype=np.str_), vectors=vectors)
        os.replace(work, self.folder / f"part-{number:05d}.npz")

    def clear(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)


def _reusable_previous(folder: Path, model: str) -> LoadedIndex | None:
    """The live index if its vectors can be reused for this model, else the newest other
    generation still intact (the one kept from the build before), else None."""
    live = current_generation(folder)
    others = sorted((p.name for p in folder.glob("gen-*") if p.name != live), reverse=True)
    for name in [live, *others] if live else others:
        try:
            return load_index(folder, model, name)
        except PaddockIndexError:
            continue  # damaged or another model's: try an older one
    return None


def _rewrite_manifest(folder: Path, manifest: Manifest) -> None:
    generation = current_generation(folder)
    assert generation is not None
    work = folder / generation / ".manifest.json.tmp"
    work.write_text(_manifest_text(manifest), encoding="utf-8")
    os.replace(work, folder / generation / "manifest.json")


@dataclass(frozen=True)
class _Contents:
    """What a new generation holds."""

    manifest: Manifest
    chunks: list[Chunk]
    texts: dict[str, str]
    matrix: np.ndarray  # (chunks, dimension)
    sentences: list[Sentence]
    sentence_matrix: np.ndarray  # (sentences, dimension)


def _write_generation(folder: Path, contents: _Contents) -> None:
    for stale in folder.glob(".tmp-*"):
        shutil.rmtree(stale, ignore_errors=True)  # left by a build that was killed
    number = max((int(p.name.split("-")[1]) for p in folder.glob("gen-*") if p.name.split("-")[1].isdigit()), default=0)
    name = f"gen-{number + 1:06d}"
    work = folder / f".tmp-{name}"
    try:
        _write_files(work, contents)
    except OSError as exc:
        shutil.rmtree(work, ignore_errors=True)  # a half-written generation would only hold the disk
        vectors = contents.matrix.nbytes + contents.sentence_matrix.nbytes
        needed = vectors * 2 + sum(len(t) for t in contents.texts.values()) * 3
        raise IndexWriteError(
            f"Cannot write the new index in {folder} ({exc.strerror or exc}). The previous index is untouched and "
            f"still answers. Free about {needed / 1e6:.0f} MB there (or make it writable) and run `paddockqa index` "
            "again: the vectors computed so far are kept in .partial/ and reused."
        ) from exc
    os.replace(work, folder / name)

    previous = current_generation(folder)
    _point_current(folder, name)
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


def _named_in_current(folder: Path) -> str:
    try:
        return (folder / CURRENT).read_text(encoding="utf-8").strip()
    except OSError:
        return ""


def _write_files(work: Path, contents: _Contents) -> None:
    """Every file of a generation into ``work``, the manifest (with their checksums) last."""
    import faiss

    work.mkdir()
    _write_jsonl(work / "chunks.jsonl", (asdict(chunk) for chunk in contents.chunks))
    _write_jsonl(work / "texts.jsonl", ({"source": source, "text": text} for source, text in contents.texts.items()))
    _write_jsonl(work / "sentences.jsonl", (asdict(sentence) for sentence in contents.sentences))
    for name_, rows in (("vectors.faiss", contents.matrix), ("sentences.faiss", contents.sentence_matrix)):
        faiss.write_index(build_vector_index(rows, contents.manifest.dimension), str(work / name_))
    LexicalIndex.build([c.indexed_text for c in contents.chunks]).save(work / "bm25")
    manifest = replace(contents.manifest, contents=_file_checksums(work))
    (work / "manifest.json").write_text(_manifest_text(manifest), encoding="utf-8")
    _fsync_tree(work)


def _point_current(folder: Path, name: str) -> None:
    """Make ``name`` the live generation, atomically."""
    pointer = folder / f".tmp-{CURRENT}"
    with open(pointer, "w", encoding="utf-8") as out:
        out.write(name + "\n")
        out.flush()
        os.fsync(out.fileno())
    os.replace(pointer, folder / CURRENT)


def check_index(folder: Path) -> tuple[str | None, list[str]]:
    """The live generation's name and what is wrong with it, every byte read (``index --check``).

    No generation: (None, ["no index"]); an intact one: (name, []).
    """
    live = current_generation(folder)
    if live is None:
        return None, [f"no index at {folder}"]
    try:
        manifest = _load_manifest(folder / live)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        return live, [f"manifest.json cannot be read ({exc})"]
    if not manifest.contents:
        return live, ["the manifest records no checksums (an index built before they were kept)"]
    return live, generation_problems(folder / live, manifest, deep=True)


def _write_jsonl(path: Path, records: Iterable[dict]) -> None:
    with open(path, "w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


def _read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _fsync_tree(folder: Path) -> None:
    for path in folder.rglob("*"):
        if path.is_file():
            with open(path, "rb") as handle:
                os.fsync(handle.fileno())


def _report(
    scan: CorpusScan, manifest: Manifest, changes: _Changes, embedded: tuple[int, int, int], began: float
) -> BuildReport:
    return BuildReport(
        documents=len(manifest.documents),
        chunks=sum(d.chunks for d in manifest.documents),
        added=changes.added,
        updated=changes.updated,
        removed=changes.removed,
        unchanged=changes.unchanged,
        skipped=scan.skipped,
        embedded_chunks=embedded[0],
        embedded_sentences=embedded[1],
        seconds=time.perf_counter() - began,
        renamed=changes.renamed,
        resumed=embedded[2],
    )


def _now() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()
