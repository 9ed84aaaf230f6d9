"""Bring the index in line with the corpus: plan what changed, embed only what is missing,
hand a new generation to the store (``store``).

Vectors are reused for every passage and sentence whose text is unchanged, so only new or
edited text is embedded; the vectors of a build in progress are checkpointed, so a killed
build resumes where it stopped.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import os
import shutil
import time
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np

from paddockqa import messages
from paddockqa.corpus import CorpusScan
from paddockqa.domain import BuildReport, Chunk, Document, FileStamp, IndexedDocument, Sentence
from paddockqa.embedding import Embedder, PassageVectors, embed_parts
from paddockqa.errors import IndexMismatchError, IndexWriteError, ModelError
from paddockqa.late_map import is_late, tag_version
from paddockqa.onnx_export import newer_int8
from paddockqa.segments import segment_document
from paddockqa.spool import SpooledRows, SpooledVectors, VectorSpool
from paddockqa.store import (
    FORMAT_VERSION,
    REUSABLE_FORMATS,
    Contents,
    KnownVectors,
    LoadedIndex,
    Manifest,
    build_lock,
    cannot_write,
    current_generation,
    generation_problems,
    live_format,
    megabytes_to_free,
    named_in_current,
    point_current,
    read_manifest,
    return_freed_memory,
    reusable_previous,
    rewrite_manifest,
    what_still_answers,
    write_generation,
)
from paddockqa.text import copy_key, words_key, words_sketches

# How files are read, cleaned and tokenised (formats, text, sentences, lexical): when it changes, the next
# build reads every file again and re-chunks it, reusing the vectors of unchanged texts.
# 3 (2026-12-03): DOCX tables in place with named columns, HTML widgets and site-name titles
# dropped, PDF running headers and two-column pages, .txt datelines and PDF/DOCX file-name titles
# (2026-12-02): an index kept the older text of every file left unchanged since.
# 4 (2026-12-03, later): English dates ("4 June 2021"), so an English release's header line is no
# longer its title, and its date scopes --since / --until; whitespace-only files said as such.
# 5 (2026-12-04): a text without a headline titled by its first sentence, not its first 120
# characters (``corpus.derive_title``): its passages are searched under a title naming its subject.
# 6 (2026-12-04, later): nor is a byline, a credit or a contact line its title, a text whose
# first paragraph follows a dateline or a byline is titled by that paragraph's first sentence,
# and a first sentence shorter than 60 characters takes the next one ("EXCLUSIF. …").
# 7 (2026-12-04, later still): Markdown marks inside marks cleaned ("***x***", "**[a](url)**"):
# an index kept the older chunk text, where the reader's span would no longer be found.
# 8 (2026-12-04, last): kinds of input faults read right in forms not met before: a soft hyphen at a line end
# rejoins its word, texts differing only by invisible characters are copies, numeric and
# English datelines and a "Communiqué de presse" label line kept out of the title, HTML hidden
# elements dropped and HTML tables read as Word ones, an HTML headline before its <title>,
# setext headings and TOML front matter in Markdown, page furniture of a .txt with form feeds,
# single guillemets, thousands written "1.250" or "2'715".
# 9 (2026-12-04, session 14): a backtick is an apostrophe between two letters only, so Markdown's
# code spans are quoted without marks ("`V8`" was quoted "’V8’"); Markdown's date also from
# Hugo's "publishDate", "pubdate" or "published" when "date" is not given.
# 10 (2026-12-05, session 16): a release is dated by its dateline before any earlier date of its
# head (a correction citing the date of the release it replaces).
# 11 (2026-12-05, session 17): a numbered list's items ("1. Mathieu Carrel …") keep their lines
# and are sentences of their own, their number in them (a results release's classification).
# 12 (2026-12-05, session 18): a table row shorter than a sentence holding a value ("Podiums |
# 9") is a sentence, and a table headed by a label and seasons' years ("Statistique | 2023") is
# read with its header, each row naming the year.
# 13 (2026-12-07, session 32): an HTML page without <article> or <main> is read by trafilatura for
# recall, its lists and headings kept (a programme's "<li>15h45 : Course 1 TCR</li>" was lost).
# 14 (2026-12-07, session 37): a release's label with its sender ("COMMUNIQUÉ DE PRESSE — TEAM
# VENTOUX ENDURO", "ARVERNE RACING — COMMUNIQUÉ") is no title when a headline follows it; a
# table's header names its columns whatever figures its brackets hold ("Prévente (jusqu'au 15 mai)").
READING_VERSION = 14


Progress = Callable[[str, int, int], None]  # (stage, done, total)


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
    sentence_vectors: str = "own",
    precision: str = "fp32",
    verify: bool = False,
    release_model: bool = False,
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
        sentence_vectors: ``own`` embeds each sentence on its own (a model pass per sentence),
            ``late`` pools it from its passage's pass (``embedding.embed_passages``), recorded
            as ``late+<map version>`` when a map corrects the pooled vectors
            (``late_map.sentence_vectors_tag``): vectors of another map are not reused.
        precision: the weights the embedder runs with; vectors of another precision are not reused.
        verify: read every byte of the live generation against its checksums (about 0.5 s per
            100 MB), so a file damaged at its size is repaired too; otherwise sizes are checked.
        release_model: once the texts are embedded, the model (if it was loaded) hands its
            memory back (``Embedder.release``, about 390 MB; 730 MB before the embedding matrix
            was mapped from its file) before the indexes are built,
            where a one-shot build (`paddockqa index`) peaked: at 100k chunks the peak fell from
            2,542 to 1,966 MB, now while the texts are embedded (README, "The lean build").
    """
    settings = (chunk_size, chunk_overlap, progress, wait, sentence_vectors)
    try:
        return _build(folder, scan, embedder, model, *settings, precision, verify, release_model)
    except _OtherPrecision as change:
        ran = change.ran
    # The model runs at another precision than asked (int8 weights could not be made): the index
    # is built, and recorded, at the one that ran, so no vector of the other is ever mixed in. Built
    # outside the handler, whose traceback would hold the first attempt's records the whole build.
    return _build(folder, scan, embedder, model, *settings, ran, verify, release_model)


def _check_map(applied: Any, recorded: str | None) -> None:
    """Refuse a build whose embedder corrects late-chunked vectors with another map than the one
    the index will record (a process started before an upgrade): vectors of two maps never mix.

    Raises:
        ModelError: the versions differ."""
    version = getattr(applied, "version", None)
    if version != recorded:
        raise ModelError(
            f"The embedding model corrects late-chunked sentence vectors with map {version or 'none'}, "
            f"but this build records map {recorded or 'none'}: PaddockQA was upgraded while this "
            "process ran. Restart it (`paddockqa serve`, `paddockqa index --watch`) and build again."
        )


class _OtherPrecision(Exception):
    def __init__(self, ran: str) -> None:
        super().__init__(ran)
        self.ran = ran


def _build(
    folder: Path,
    scan: CorpusScan | Scanner,
    embedder: Callable[[], Embedder],
    model: str,
    chunk_size: int,
    chunk_overlap: int,
    progress: Progress | None,
    wait: bool,
    sentence_vectors: str,
    precision: str,
    verify: bool,
    release_model: bool,
) -> BuildReport:
    began = time.perf_counter()
    loaded: list[Embedder] = []  # the model, once something asked for it

    def model_once() -> Embedder:
        if not loaded:
            loaded.append(embedder())
        return loaded[0]

    report = (lambda *args: None) if progress is None else progress
    scanner: Scanner = scan if callable(scan) else (lambda known: scan)
    with build_lock(folder, wait), contextlib.ExitStack() as cleanup:
        manifest = read_manifest(folder)
        # The files that carried each text, whatever vectors are reused: a copy saved later never
        # takes the citations over, not even at a build with another model (``_unique``).
        carried = {d.source for d in manifest.documents} if manifest is not None else set()
        older = live_format(folder) if manifest is None else None
        upgraded = older if older is not None and older < FORMAT_VERSION else 0
        if manifest is not None and newer_int8(manifest.precision, precision):
            # A process started before an upgrade would embed the whole index back with its older
            # recipe, and the next run of the new one again, build after build.
            raise IndexMismatchError(
                messages.en("index_int8_newer", folder=folder, found=manifest.precision, wanted=precision)
            )
        other_vectors = None
        if manifest is not None and (manifest.model, manifest.precision) != (model, precision):
            # Another model's vectors, or the same model's at another precision or int8 recipe: nothing to reuse.
            other_vectors = f"{manifest.model}, {manifest.precision}"
            manifest = None
        live = current_generation(folder)
        # With ``verify`` (`paddockqa index`), every byte against the checksums: a file damaged at
        # its size ("bit rot") is repaired, its vectors never reused. The watch, the app's uploads
        # and `serve` check sizes only, since they rebuild often.
        damaged = (
            manifest is not None and live is not None and bool(generation_problems(folder / live, manifest, verify))
        )
        known_files = manifest.files if manifest is not None else ()
        if manifest is not None and manifest.reading > READING_VERSION:
            # A process started before an upgrade would read every file back with its older code,
            # and the next run of the new one again, build after build.
            raise IndexMismatchError(
                messages.en("index_reading_newer", folder=folder, found=manifest.reading, wanted=READING_VERSION)
            )
        same_reading = manifest is not None and manifest.reading == READING_VERSION
        reread = manifest.reading if manifest is not None and not same_reading and manifest.files else None
        # Another reading code, or a damaged live generation whose texts cannot be trusted: every file is read.
        found = scanner({f.source: f for f in known_files} if same_reading and not damaged else {})
        old_files = {f.source: f.content_hash for f in known_files}
        changes = _changes(old_files, found)
        same_settings = manifest is not None and (chunk_size, chunk_overlap, READING_VERSION, sentence_vectors) == (
            manifest.chunk_size,
            manifest.chunk_overlap,
            manifest.reading,
            manifest.sentence_vectors,
        )
        if manifest is not None and same_settings and not changes.any and not damaged:
            if live is not None and named_in_current(folder) != live:
                try:
                    point_current(folder, live)  # CURRENT was lost: the recovered generation is named again
                except OSError as exc:
                    raise cannot_write(folder, exc) from exc
            if (found.stamps, found.kept) != (manifest.files, manifest.kept):
                # Touched, not changed, or kept at its previous version: remember the new times.
                rewrite_manifest(folder, replace(manifest, files=found.stamps, kept=found.kept))
            return _report(found, manifest, changes, (0, 0, 0), began)

        # An index of an older format with the same vectors (REUSABLE_FORMATS) gives them to the upgrade.
        reusable = manifest is not None or upgraded in REUSABLE_FORMATS
        previous = reusable_previous(folder, model, precision, skip=live if damaged else None) if reusable else None
        if found.reused and (previous is None or previous.generation != live):
            found = scanner({})  # the stored texts are not readable after all: read every file
            changes = _changes(old_files, found)
        elif found.reused and previous is not None:
            # A copy in ``also`` whose text is not the stored one's (another format, other line
            # endings) has no text of its own in the index: while it and the file it copies are
            # both unchanged it is that copy still (``_documents``); else it is read again.
            unheld: set[str] = set()
            # Until none is left: a file copied can change between two scans, and its copy is
            # then read again too (never rebuilt from the stale record).
            while more := set(_unheld_copies(found, previous)) - unheld:
                unheld |= more
                found = scanner({f.source: f for f in known_files if f.source not in unheld})
                changes = _changes(old_files, found)
        # A file renamed carries its text on under its new name: its copies do not take it over.
        carried |= {new for old, new in changes.renamed if old in carried}
        documents = _unique(_documents(found, previous), carried)

        chunks: list[Chunk] = []
        sentences: list[Sentence] = []
        # per sentence: (chunk row, start, end), see segments.Anchor; one array per document, not a
        # tuple per sentence (100 MB at 650k sentences)
        anchor_parts: list[np.ndarray] = []
        per_doc: dict[str, int] = {}
        for i, doc in enumerate(documents):
            segments = segment_document(doc, chunk_size, chunk_overlap)
            per_doc[doc.source] = len(segments.chunks)
            anchor_parts.append(
                np.array([(len(chunks) + a.chunk, a.start, a.end) for a in segments.anchors], np.int64).reshape(-1, 3)
            )
            chunks.extend(segments.chunks)
            sentences.extend(segments.sentences)
            report("chunking", i + 1, len(documents))
        anchors = np.concatenate(anchor_parts) if anchor_parts else np.empty((0, 3), np.int64)
        del anchor_parts

        # The plan and the model's work, in a function of their own so that their texts and keys
        # are freed before the generation is written (issue 16's lean build).
        # The checkpoint's vectors serve only a build with the same model, precision and sentence vectors.
        partial = _Checkpoint(folder, f"{model}\n{precision}\n{sentence_vectors}")
        try:
            spool = cleanup.enter_context(VectorSpool(folder))  # the build's vectors, on disk (``spool``)
        except OSError as exc:
            raise _cannot_spool(partial, exc, 0) from exc
        passage_rows, sentence_rows, embedded, resumed = _embed_missing(
            partial,
            spool,
            previous,
            (model, precision, sentence_vectors),
            documents,
            chunks,
            sentences,
            anchors,
            model_once,
            report,
        )
        model_dimension = spool.dimension or (previous.manifest.dimension if previous else model_once().dimension)
        if release_model and loaded:
            loaded.pop().release()  # the indexes are built without the model (issue 16's peak)
        return_freed_memory()  # the plan's texts and keys, freed with _embed_missing's frame

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
            kept=found.kept,
            reading=READING_VERSION,
            sentence_vectors=sentence_vectors,
            precision=precision,
        )
        report("saving", 0, 1)
        texts = {d.source: d.text for d in documents}
        write_generation(
            folder,
            Contents(
                new_manifest,
                chunks,
                texts,
                passage_rows,
                sentences,
                sentence_rows,
                anchors,
                spooled_bytes=len(spool) * model_dimension * 2,
            ),
        )
        partial.clear()
        report("saving", 1, 1)
        return replace(
            _report(found, new_manifest, changes, (*embedded, resumed), began),
            upgraded_from=upgraded,
            reembedded_from=other_vectors,
            repaired=live if damaged else None,
            reread_from=reread,
        )


def _embed_missing(
    partial: _Checkpoint,
    spool: VectorSpool,
    previous: LoadedIndex | None,
    tags: tuple[str, str, str],
    documents: list[Document],
    chunks: list[Chunk],
    sentences: list[Sentence],
    anchors: np.ndarray,
    embedder: Callable[[], Embedder],
    report: Progress,
) -> tuple[SpooledRows, SpooledRows, tuple[int, int], int]:
    """Spool the vectors the generation needs: the previous generation's and the checkpoint's
    that serve, then the model's for the texts still missing, saved to ``partial`` as they come.

    Args:
        tags: the model, its precision and how sentence vectors are made (``own`` or ``late``).

    Returns:
        The passages' rows and the sentences' rows in the spool, in ``chunks`` and
        ``sentences`` order; the passages and the sentences embedded; the vectors the
        checkpoint gave back.

    Raises:
        IndexWriteError: the spool or a checkpoint part cannot be written.
    """
    model, precision, sentence_vectors = tags
    late = is_late(sentence_vectors)
    known = SpooledVectors(spool)
    try:
        if previous:
            previous.spool_vectors(known, sentence_vectors)
        resumed = partial.load(known)
    except OSError as exc:
        # what the vectors to reuse take on disk, at least: the ones the generation needs
        raise _cannot_spool(partial, exc, (len(chunks) + len(sentences)) * (spool.dimension or 384) * 2) from exc
    if late:
        passage_texts = [c.indexed_text for c in chunks]  # built once: the property makes a new string
        span_keys = [(passage_texts[row], a, b) for row, a, b in anchors.tolist()]
        spans_of: dict[str, dict[tuple[int, int], None]] = {t: {} for t in passage_texts}
        for text, a, b in span_keys:
            spans_of[text][(a, b)] = None  # a passage text met twice has its spans once
        wanted = {t: list(spans) for t, spans in spans_of.items()}
        # A passage runs through the model when its vector or one of its sentences' is unknown.
        missing = [t for t, spans in wanted.items() if t not in known.passages or not known.has_spans(t, spans)]
        embedded = (len(missing), sum(len(wanted[t]) for t in missing))
    else:
        new_passages = [t for t in dict.fromkeys(c.indexed_text for c in chunks) if t not in known.passages]
        new_sentences = [t for t in dict.fromkeys(s.indexed_text for s in sentences) if t not in known.sentences]
        is_passage = set(new_passages)
        # A one-sentence text is its own passage too: embedded once, for both.
        shared = {t for t in new_sentences if t in is_passage or t in known.passages}
        missing = new_passages + [t for t in new_sentences if t not in shared]
        embedded = (len(new_passages), len(missing) - len(new_passages))
    missing.sort(key=len)  # length order across the whole build, so each checkpoint slice pads little
    report("embedding", 0, len(missing))
    if missing:
        encoder = embedder()
        if encoder.precision != precision:
            raise _OtherPrecision(encoder.precision)
        if late and hasattr(encoder, "late_map"):  # a test's fake pools without a map of its own
            _check_map(encoder.late_map, tag_version(sentence_vectors))
        # What a full disk must make room for: the checkpoint parts (32-bit vectors, texts
        # as 4-byte characters), the spool and the generation (16-bit vectors; the texts thrice).
        parts = sum(encoder.dimension * 4 + 4 * len(t) for t in missing)
        generation = (len(chunks) + len(sentences)) * encoder.dimension * 2 * 2
        partial.needed = parts + generation + 3 * sum(len(d.text) for d in documents)
        done = 0

        def advance(n: int) -> None:
            nonlocal done
            done += n
            report("embedding", done, len(missing))

        spans = [wanted[t] for t in missing] if late else None
        for rows, vectors in embed_parts(encoder, missing, spans, CHECKPOINT_TEXTS, advance):
            batch = [missing[i] for i in rows]
            if isinstance(vectors, PassageVectors):
                fresh = KnownVectors.of(batch, [wanted[t] for t in batch], vectors)
            else:
                fresh = KnownVectors()
                for text, vector in zip(batch, vectors):
                    (fresh.passages if text in is_passage else fresh.sentences)[text] = vector
            partial.save(fresh)  # first: a full disk then finds this batch kept for the next build
            try:
                fresh.spool_into(known)
            except OSError as exc:
                raise _cannot_spool(partial, exc, partial.needed) from exc
    if late:
        sentence_rows = known.rows("spans", span_keys)
    else:
        known.sentences.update((t, known.passages[t]) for t in shared)  # the passage's row serves both
        sentence_rows = known.rows("sentences", (s.indexed_text for s in sentences))
    passage_rows = known.rows("passages", (c.indexed_text for c in chunks))
    return passage_rows, sentence_rows, embedded, resumed


def _cannot_spool(partial: _Checkpoint, exc: OSError, needed: int) -> IndexWriteError:
    """The error for a spool that cannot be written: a full disk says how much to free (``needed``
    bytes, or at least what the spool holds), anything else that the folder cannot be written."""
    folder = partial.folder.parent
    if exc.errno not in (errno.ENOSPC, errno.EDQUOT):
        return cannot_write(folder, exc)
    spooled = sum(p.stat().st_size for p in partial.folder.glob("part-*.npz")) if partial.folder.is_dir() else 0
    return IndexWriteError(
        messages.en(
            "index_full",
            folder=folder,
            error=exc.strerror or exc,
            needed=megabytes_to_free(max(needed, spooled)),
            previous=what_still_answers(folder, "previous_answers"),
        )
    )


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
    """The scan's documents, with the unchanged files' documents taken from the index.

    An unchanged copy whose text the index does not hold (another format, other line
    endings: listed in a stored document's ``also``) is given that document's text under its
    own name, so ``_unique`` puts it back beside it; ``_unheld_copies`` made sure the
    document's own file is unchanged too."""
    documents = list(scan.documents)
    if scan.reused:
        assert previous is not None  # build_index rescans when it cannot reuse
        stored = {d.content_hash: d for d in previous.manifest.documents}
        copied = {source: d for d in previous.manifest.documents for source in d.also}
        for stamp in scan.reused:
            record = stored.get(stamp.content_hash) or copied[stamp.source]
            documents.append(record.document(previous.texts[record.source], stamp))
    return sorted(documents, key=lambda d: d.source)


def _unheld_copies(scan: CorpusScan, previous: LoadedIndex) -> list[str]:
    """The unchanged files whose text the index does not hold and cannot stand for: not a
    stored document's, and not a copy (``also``) of a stored document whose own file is
    unchanged too (pure). These are read again."""
    stored = {d.content_hash for d in previous.manifest.documents}
    unchanged = {stamp.source for stamp in scan.reused}
    copied = {source: d.source for d in previous.manifest.documents for source in d.also}
    return [
        stamp.source
        for stamp in scan.reused
        if stamp.content_hash not in stored and copied.get(stamp.source) not in unchanged
    ]


def _unique(documents: list[Document], carried: Collection[str] = ()) -> list[Document]:
    """One document per distinct text, under one source; the other files go in ``also`` (pure).

    Copies are files whose texts read as the same words (``_same_words``): the same release
    with other line endings, trailing spaces, Unicode forms or invisible characters, or saved
    in another format (.txt, .md, .docx, .html, .pdf). The source is the one among the copies
    that carried the text in the index before (``carried``: its documents' sources), else the
    first that is no PDF, else the first: a copy saved later ("Copie de gaillard.txt", before
    "gaillard.txt" in name order) does not take the citations over.
    """
    copies: dict[tuple[bool, str], list[Document]] = {}
    for doc in documents:
        # Texts alike as ``copy_key`` compares them are cleaned alike, but a Markdown one loses its marks.
        copies.setdefault((doc.format == "md", copy_key(doc.text)), []).append(doc)
    order = {doc.source: n for n, doc in enumerate(documents)}
    unique = []
    for group in _same_words(list(copies.values())):
        group.sort(key=lambda doc: order[doc.source])
        # A PDF's paragraphs and line ends are guessed from where its glyphs sit, so the same
        # words are cut into passages and sentences less well than a .txt, .md, .docx or .html
        # file's, whose text says them: a PDF carries the text only when no other copy can.
        # What carried it stays first all the same: its citations never move to a copy.
        kept = min(group, key=lambda doc: (doc.source not in carried, doc.format == "pdf"))
        also = tuple(doc.source for doc in group if doc is not kept)
        unique.append(replace(kept, also=also) if also else kept)
    return unique


def _same_words(groups: list[list[Document]]) -> list[list[Document]]:
    """The groups of copies, joined where their documents read as the same words (pure):
    ``text.words_key``, the title's and the text's words, signs and figures in order, whatever
    the layout, markup and whitespace, so a corrected figure or next year's release on the same
    template stays apart.

    Cleaning a text costs about twenty-five times its sketches (``text.words_sketches``), and this
    runs on every document at every build with a change: only groups that share a sketch with
    another are cleaned (none of the 2,000 documents of the README's sync benchmark)."""
    sketches: dict[str, set[int]] = {}
    for i, group in enumerate(groups):
        doc = group[0]
        for sketch in words_sketches(doc.text, doc.format == "md", doc.title):
            sketches.setdefault(sketch, set()).add(i)
    alike = sorted({i for shared in sketches.values() if len(shared) > 1 for i in shared})
    joins = list(range(len(groups)))  # the group each one joins: the first with its words
    first: dict[str, int] = {}
    for i in alike:
        doc = groups[i][0]
        joins[i] = first.setdefault(words_key(doc.text, doc.format == "md", doc.title), i)
    joined: dict[int, list[Document]] = {}
    for i, group in enumerate(groups):
        joined.setdefault(joins[i], []).extend(group)
    return list(joined.values())


class _Checkpoint:
    """Vectors of a build in progress, saved as they are computed.

    A build killed halfway loses its new generation (readers keep the previous one), but
    not its embedding work: the next build starts from these vectors.
    """

    def __init__(self, folder: Path, model: str) -> None:
        self.folder = folder / ".partial"
        self.model = model
        self.needed = 0  # bytes the rest of the build will write, said when the disk is full

    def load(self, into: SpooledVectors) -> int:
        """Spool the saved parts' vectors into ``into``; return how many passage and own
        sentence vectors it did not know (the work resumed)."""
        # Another model's or setting's parts are left as they are, not cleared: a build asking
        # int8 that falls back to fp32 (``_OtherPrecision``) meets its own fp32 parts after a
        # first attempt under the int8 tag, which must not cost them. The first ``save`` under
        # another tag replaces them.
        if not self._ours():
            return 0
        resumed = 0
        for part in sorted(self.folder.glob("part-*.npz")):
            try:
                with np.load(part) as data:
                    texts = [str(t) for t in data["texts"]]
                    vectors, owners, bounds, span_vectors = (
                        data["vectors"],
                        data["owners"],
                        data["bounds"],
                        data["span_vectors"],
                    )
                    sentence_texts, sentence_vectors = (
                        [str(t) for t in data["sentence_texts"]],
                        data["sentence_vectors"],
                    )
            except (OSError, ValueError, KeyError, EOFError):
                continue  # the part being written when the build was killed (or one of an older format)
            found = KnownVectors(
                dict(zip(texts, vectors)),
                {(texts[owner], int(a), int(b)): v for owner, (a, b), v in zip(owners, bounds, span_vectors)},
                dict(zip(sentence_texts, sentence_vectors)),
            )
            resumed += found.spool_into(into)
        return resumed

    def save(self, fresh: KnownVectors) -> None:
        """Add ``fresh`` as a new part.

        Raises:
            IndexWriteError: the part cannot be written (disk full, read-only): the parts saved
                before are kept, the half-written one removed, and the message says both.
        """
        if not self._ours():
            self.clear()  # another tag's parts (or a folder killed before its tag was written)
        number = len(list(self.folder.glob("part-*.npz")))
        work = self.folder / f".tmp-{number}.npz"
        try:
            self._write(fresh, work)
            os.replace(work, self.folder / f"part-{number:05d}.npz")
        except OSError as exc:
            with contextlib.suppress(OSError):  # on a read-only volume there is nothing to remove
                work.unlink(missing_ok=True)
            kept = sum(p.stat().st_size for p in self.folder.glob("part-*.npz")) if number else 0
            error = exc.strerror or exc
            previous = what_still_answers(self.folder.parent, "previous_answers")
            needed = megabytes_to_free(self.needed - kept)  # what the saved parts hold is done
            raise IndexWriteError(
                messages.en(
                    "part_kept" if number == 1 else "parts_kept",
                    folder=self.folder,
                    error=error,
                    parts=number,
                    mb=kept / 1e6,
                    previous=previous,
                    needed=needed,
                )
                if number
                else messages.en("no_part_kept", folder=self.folder, error=error, previous=previous, needed=needed)
            ) from exc

    def _write(self, fresh: KnownVectors, work: Path) -> None:
        if not self.folder.is_dir():
            self.folder.mkdir()
            (self.folder / "model.txt").write_text(self.model, encoding="utf-8")
        texts = list(fresh.passages)
        row = {text: i for i, text in enumerate(texts)}
        keys = list(fresh.spans)
        dimension = len(next(iter([*fresh.passages.values(), *fresh.sentences.values()]), []))
        with open(work, "wb") as out:
            np.savez(
                out,
                texts=np.array(texts, dtype=np.str_),
                vectors=np.array([fresh.passages[t] for t in texts], dtype=np.float32).reshape(-1, dimension),
                owners=np.array([row[t] for t, _, _ in keys], dtype=np.int64),
                bounds=np.array([(a, b) for _, a, b in keys], dtype=np.int64).reshape(-1, 2),
                span_vectors=np.array([fresh.spans[k] for k in keys], dtype=np.float32).reshape(-1, dimension),
                sentence_texts=np.array(list(fresh.sentences), dtype=np.str_),
                sentence_vectors=np.array(list(fresh.sentences.values()), dtype=np.float32).reshape(-1, dimension),
            )

    def clear(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)

    def _ours(self) -> bool:
        """Whether the saved parts are of this build's model and settings (False: none saved)."""
        try:
            return (self.folder / "model.txt").read_text(encoding="utf-8") == self.model
        except OSError:
            return False


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
