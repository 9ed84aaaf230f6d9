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
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

from paddockqa.chunking import chunk_document
from paddockqa.corpus import CorpusScan
from paddockqa.domain import BuildReport, Chunk, IndexedDocument, Sentence
from paddockqa.embedding import Embedder
from paddockqa.errors import IndexBusyError, IndexMismatchError, IndexMissingError, PaddockIndexError
from paddockqa.lexical import LexicalIndex
from paddockqa.sentences import split_document

FORMAT_VERSION = 2  # 2: sentences and their vectors
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

    def to_json(self) -> dict[str, object]:
        data = asdict(self)
        data["documents"] = [asdict(d) for d in self.documents]
        return data

    @classmethod
    def from_json(cls, data: dict) -> Manifest:
        docs = tuple(IndexedDocument(**d) for d in data["documents"])
        return cls(**{**data, "documents": docs})


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
    """The name of the live generation, or None when no index was built yet."""
    try:
        name = (folder / CURRENT).read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return None
    return name if name and (folder / name).is_dir() else None


def load_index(folder: Path, model: str | None = None) -> LoadedIndex:
    """Load the live generation; refuse one built with another model."""
    import faiss

    generation = current_generation(folder)
    if generation is None:
        raise IndexMissingError(f"No index at {folder}. Run `paddockqa index` first.")
    path = folder / generation
    try:
        manifest = Manifest.from_json(json.loads((path / "manifest.json").read_text(encoding="utf-8")))
        if manifest.format != FORMAT_VERSION:
            raise IndexMismatchError(
                f"The index at {folder} has format {manifest.format}; this PaddockQA reads format "
                f"{FORMAT_VERSION}. Run `paddockqa index` to rebuild it."
            )
        chunks = tuple(Chunk(**record) for record in _read_jsonl(path / "chunks.jsonl"))
        texts = {record["source"]: record["text"] for record in _read_jsonl(path / "texts.jsonl")}
        vectors = faiss.read_index(str(path / "vectors.faiss"))
        lexical = LexicalIndex.load(path / "bm25")
        sentences = tuple(Sentence(**record) for record in _read_jsonl(path / "sentences.jsonl"))
        sentence_vectors = faiss.read_index(str(path / "sentences.faiss"))
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
def build_lock(folder: Path) -> Iterator[None]:
    """Hold the index's build lock, or fail at once if another build holds it."""
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / ".lock", "w") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            raise IndexBusyError(
                f"Another `paddockqa index` is updating {folder}. Wait for it to finish, then try again."
            ) from exc
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def build_index(
    folder: Path,
    scan: CorpusScan,
    embedder: Embedder,
    chunk_size: int,
    chunk_overlap: int,
    progress: Progress | None = None,
) -> BuildReport:
    """Bring the index in ``folder`` in line with ``scan``, embedding only new text."""
    began = time.perf_counter()
    report = (lambda *args: None) if progress is None else progress
    with build_lock(folder):
        previous = _reusable_previous(folder, embedder)
        old_docs = {d.source: d for d in previous.manifest.documents} if previous else {}
        same_settings = previous is not None and (
            previous.manifest.chunk_size,
            previous.manifest.chunk_overlap,
        ) == (chunk_size, chunk_overlap)

        added, updated, unchanged = [], [], []
        for doc in scan.documents:
            old = old_docs.get(doc.source)
            if old is None:
                added.append(doc.source)
            elif old.content_hash != doc.content_hash:
                updated.append(doc.source)
            else:
                unchanged.append(doc.source)
        current = {d.source for d in scan.documents}
        removed = sorted(set(old_docs) - current)

        if previous is not None and same_settings and not (added or updated or removed):
            return _report(scan, previous.manifest, added, updated, removed, unchanged, (0, 0), began)

        chunks: list[Chunk] = []
        sentences: list[Sentence] = []
        per_doc: dict[str, int] = {}
        for i, doc in enumerate(scan.documents):
            doc_chunks = chunk_document(doc, chunk_size, chunk_overlap)
            per_doc[doc.source] = len(doc_chunks)
            chunks.extend(doc_chunks)
            sentences.extend(split_document(doc))
            report("chunking", i + 1, len(scan.documents))

        known = previous.vectors_by_text() if previous else {}
        new_chunks = dict.fromkeys(c.indexed_text for c in chunks if c.indexed_text not in known)
        new_sentences = dict.fromkeys(s.indexed_text for s in sentences if s.indexed_text not in known)
        missing = list({**new_chunks, **new_sentences})
        done = 0

        def advance(n: int) -> None:
            nonlocal done
            done += n
            report("embedding", done, len(missing))

        report("embedding", 0, len(missing))
        if missing:
            fresh = embedder.embed_documents(missing, progress=advance)
            known.update(zip(missing, fresh))

        def matrix(records: list[Chunk] | list[Sentence]) -> np.ndarray:
            if not records:
                return np.empty((0, embedder.dimension), np.float32)
            return np.stack([known[r.indexed_text] for r in records])

        now = _now()
        manifest = Manifest(
            format=FORMAT_VERSION,
            model=embedder.model_id,
            dimension=embedder.dimension,
            chunk_size=chunk_size,
            chunk_overlap=chunk_overlap,
            created=now,
            documents=tuple(
                IndexedDocument(
                    source=d.source,
                    title=d.title,
                    date=d.date,
                    content_hash=d.content_hash,
                    chunks=per_doc[d.source],
                    indexed_at=old_docs[d.source].indexed_at if d.source in unchanged else now,
                )
                for d in scan.documents
            ),
        )
        report("saving", 0, 1)
        texts = {d.source: d.text for d in scan.documents}
        _write_generation(folder, manifest, chunks, texts, matrix(chunks), sentences, matrix(sentences))
        report("saving", 1, 1)
        return _report(scan, manifest, added, updated, removed, unchanged, (len(new_chunks), len(new_sentences)), began)


def _reusable_previous(folder: Path, embedder: Embedder) -> LoadedIndex | None:
    """The live index if its vectors can be reused by this embedder."""
    try:
        previous = load_index(folder)
    except PaddockIndexError:
        return None  # missing or damaged: build from scratch
    if previous.manifest.model != embedder.model_id or previous.manifest.dimension != embedder.dimension:
        return None
    return previous


def _write_generation(
    folder: Path,
    manifest: Manifest,
    chunks: list[Chunk],
    texts: dict[str, str],
    matrix: np.ndarray,
    sentences: list[Sentence],
    sentence_matrix: np.ndarray,
) -> None:
    import faiss

    for stale in folder.glob(".tmp-*"):
        shutil.rmtree(stale, ignore_errors=True)  # left by a build that was killed
    number = max((int(p.name.split("-")[1]) for p in folder.glob("gen-*") if p.name.split("-")[1].isdigit()), default=0)
    name = f"gen-{number + 1:06d}"
    work = folder / f".tmp-{name}"
    work.mkdir()
    (work / "manifest.json").write_text(json.dumps(manifest.to_json(), ensure_ascii=False, indent=1), encoding="utf-8")
    _write_jsonl(work / "chunks.jsonl", (asdict(chunk) for chunk in chunks))
    _write_jsonl(work / "texts.jsonl", ({"source": source, "text": text} for source, text in texts.items()))
    _write_jsonl(work / "sentences.jsonl", (asdict(sentence) for sentence in sentences))
    for name_, rows in (("vectors.faiss", matrix), ("sentences.faiss", sentence_matrix)):
        vectors = faiss.IndexFlatIP(manifest.dimension)
        if len(rows):
            vectors.add(np.ascontiguousarray(rows, dtype=np.float32))
        faiss.write_index(vectors, str(work / name_))
    LexicalIndex.build([c.indexed_text for c in chunks]).save(work / "bm25")
    _fsync_tree(work)
    os.replace(work, folder / name)

    pointer = folder / f".tmp-{CURRENT}"
    with open(pointer, "w", encoding="utf-8") as out:
        out.write(name + "\n")
        out.flush()
        os.fsync(out.fileno())
    os.replace(pointer, folder / CURRENT)
    for old in folder.glob("gen-*"):
        if old.name != name:
            shutil.rmtree(old, ignore_errors=True)


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
    scan: CorpusScan,
    manifest: Manifest,
    added,
    updated,
    removed,
    unchanged,
    embedded: tuple[int, int],
    began: float,
) -> BuildReport:
    return BuildReport(
        documents=len(manifest.documents),
        chunks=sum(d.chunks for d in manifest.documents),
        added=tuple(added),
        updated=tuple(updated),
        removed=tuple(removed),
        unchanged=tuple(unchanged),
        skipped=scan.skipped,
        embedded_chunks=embedded[0],
        embedded_sentences=embedded[1],
        seconds=time.perf_counter() - began,
    )


def _now() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()
