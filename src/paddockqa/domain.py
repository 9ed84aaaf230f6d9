"""The records that flow through PaddockQA, from a file on disk to a cited answer.

Offsets (``start``/``end``) are always character offsets into the document's original
text as decoded from the file, so a citation points at the exact passage it came from.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

import numpy as np

from paddockqa.messages import Message


@dataclass(frozen=True)
class Document:
    """One press text as read from the corpus folder."""

    source: str  # path relative to the corpus folder, with forward slashes
    title: str
    date: str | None  # ISO date when the text states one near its top
    text: str  # the original text, exactly as decoded or extracted
    content_hash: str
    encoding: str = ""  # for text formats
    format: str = "txt"  # txt, md, html, pdf or docx
    author: str | None = None
    origin: str | None = None  # the publication or site, from the file's metadata
    pages: tuple[int, ...] = ()  # offset in ``text`` where each page starts (PDF)
    size: int = 0  # the file's size and modification time when it was read
    mtime_ns: int = 0
    also: tuple[str, ...] = ()  # other files with identical text, stored once under ``source``


@dataclass(frozen=True)
class FileStamp:
    """A corpus file as the index last saw it: unchanged size and time mean unchanged text."""

    source: str
    size: int
    mtime_ns: int
    content_hash: str


def page_at(pages: tuple[int, ...], offset: int) -> int | None:
    """The 1-based page holding ``offset``, or None for a document without pages (pure)."""
    if not pages:
        return None
    return bisect.bisect_right(pages, offset)


@dataclass(frozen=True)
class Skipped:
    """A file that was not indexed, and why."""

    source: str
    reason: str  # a Message (``messages``) from our readers


@dataclass(frozen=True, slots=True)  # no __dict__: a 100k-passage build holds 650k sentences
class Chunk:
    """A passage of a document, as embedded and searched."""

    source: str
    title: str
    start: int
    end: int
    text: str  # the passage with layout noise removed, for embedding and display

    @property
    def indexed_text(self) -> str:
        """What is embedded and searched: the title gives every passage its context.

        Interview answers rarely repeat who is speaking; with the headline in front, a
        question naming the driver still finds them.
        """
        return f"{self.title}\n{self.text}"


@dataclass(frozen=True, slots=True)  # no __dict__: a 100k-passage build holds 650k sentences
class Sentence:
    """A sentence of a document, the unit an answer quotes."""

    source: str
    title: str
    start: int
    end: int
    text: str  # whitespace collapsed to single spaces

    @property
    def indexed_text(self) -> str:
        """Embedded under the headline too, for the same reason as chunks."""
        return f"{self.title}\n{self.text}"


@dataclass(frozen=True)
class Reading:
    """What the reader made of one passage with the question (see ``reader.py``)."""

    score: float  # the answerable logit: higher, more likely that the passage answers
    start: int  # the best answer span, character offsets into the passage's ``Chunk.text``
    end: int
    span_score: float  # start + end logits of that span
    # A second sentence almost as likely to hold the answer (``reader.RUNNER_UP_GAP``), as
    # character offsets into ``Chunk.text``; None when the reader prefers one sentence clearly.
    runner_up: tuple[int, int] | None = None
    # The passage's next best spans (start, end, span score), best first, none overlapping the
    # span above or each other: where the best span is not the kind of answer asked (another
    # person's age or place), the answer may be one of these (``answer.compose_read``).
    others: tuple[tuple[int, int, float], ...] = ()


@dataclass(frozen=True)
class Hit:
    """A chunk retrieved for a question, with its scores and what answering it needs.

    A hit carries its content (ragna's ``Source``, haystack's ``document_offset``): the
    sentences it overlaps with their vectors, the original text around it and its
    document's record, so the answer step takes values and never reaches into the index.
    """

    chunk: Chunk
    score: float  # fused score used for ranking
    dense: float  # cosine similarity of the whole passage with the question
    lexical: float  # BM25 score of the passage
    sentence: float = 0.0  # cosine similarity of the passage's best sentence
    row: int = -1  # the chunk's id in the index it was found in
    sentences: tuple[Sentence, ...] = ()  # the document's sentences the passage overlaps, in order
    sentence_vectors: np.ndarray | None = field(default=None, compare=False, repr=False)  # (sentences, dim)
    context: str = ""  # the document's original text from ``context_start``, covering passage and sentences
    context_start: int = 0
    document: IndexedDocument | None = None
    reading: Reading | None = None  # set when the reader has read the passage

    def original(self, start: int, end: int) -> str:
        """The document's original text [start, end).

        Raises:
            ValueError: the span is not inside ``context`` (a hit made without its content).
        """
        if start < self.context_start or end > self.context_start + len(self.context) or end < start:
            raise ValueError(f"[{start}, {end}) is outside this hit's context; build hits with Retriever.hit")
        return self.context[start - self.context_start : end - self.context_start]

    @property
    def markdown(self) -> bool:
        """Whether the document is Markdown, whose markers ``text.clean_layout`` leaves out."""
        return self.document is not None and self.document.format == "md"


@dataclass(frozen=True)
class Citation:
    """A cited span of a document, numbered as its marker [n] in the answer."""

    n: int
    source: str
    title: str
    start: int
    end: int
    quote: str  # the cited span with layout whitespace collapsed
    score: float
    passage: str = ""  # the surrounding chunk, for display
    highlight: tuple[int, int] = (0, 0)  # where the quote sits inside ``passage``
    date: str | None = None  # the document's date
    page: int | None = None  # the PDF page the quote starts on
    also: tuple[str, ...] = ()  # other files holding the same text
    emphasis: tuple[int, int] | None = None  # the short answer's span inside ``passage``, when it is here

    def to_json(self) -> dict[str, object]:
        return {
            "n": self.n,
            "source": self.source,
            "title": self.title,
            "start": self.start,
            "end": self.end,
            "quote": self.quote,
            "score": round(self.score, 4),
            "date": self.date,
            "page": self.page,
            "also": list(self.also),
        }


@dataclass(frozen=True)
class ShortAnswer:
    """The reader's answer span: a few words inside the quoted sentence of citation [n]."""

    text: str  # whitespace collapsed
    n: int
    start: int  # offsets into the source file's text, like citations
    end: int

    def to_json(self) -> dict[str, object]:
        return {"text": self.text, "n": self.n, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class Answer:
    """The reply to one question: quoted sentences (extractive) or an LLM's checked text (generated)."""

    question: str
    answered: bool
    text: str
    citations: tuple[Citation, ...] = field(default_factory=tuple)
    confidence: float = 0.0  # what the "not found" decision compares with the threshold
    mode: str = "extractive"  # or "generated"
    model: str | None = None  # the LLM that wrote a generated answer
    sentences: tuple[str, ...] = ()  # a generated answer's sentences, as checked
    unsupported: tuple[int, ...] = ()  # indices into ``sentences`` that the cited passages do not support
    unsupported_reasons: tuple[str, ...] = ()  # why, one per index in ``unsupported``
    invalid_citations: tuple[int, ...] = ()  # markers [n] naming no passage given; removed from ``text``
    # Said before the answer: why a generated answer was replaced by the extractive one, or
    # that the question's pronoun stood for no one (asked first; ``Resolution.dangling``).
    notice: str | None = None
    short_answer: ShortAnswer | None = None  # the reader's span, when the reader is on and answered
    resolved_question: str | None = None  # a follow-up as understood with the conversation; None: as typed
    message: Message | None = None  # ``text`` when it is ours (a refusal), to say it in the page's language

    def to_json(self) -> dict[str, object]:
        return {
            "question": self.question,
            "resolved_question": self.resolved_question or self.question,
            "answered": self.answered,
            "answer": self.text,
            "short_answer": self.short_answer.to_json() if self.short_answer else None,
            "confidence": round(self.confidence, 4),
            "citations": [c.to_json() for c in self.citations],
            "mode": self.mode,
            "model": self.model,
            "sentences": list(self.sentences),
            "unsupported": list(self.unsupported),
            "unsupported_reasons": [str(r) for r in self.unsupported_reasons],
            "invalid_citations": list(self.invalid_citations),
            "notice": str(self.notice) if self.notice else None,  # a Message as its text
        }


@dataclass(frozen=True)
class IndexedDocument:
    """What the index manifest records about one document."""

    source: str
    title: str
    date: str | None
    content_hash: str
    chunks: int
    indexed_at: str
    format: str = "txt"
    encoding: str = ""
    author: str | None = None
    origin: str | None = None
    pages: tuple[int, ...] = ()
    also: tuple[str, ...] = ()  # other files with identical text, stored once under ``source``

    @classmethod
    def from_json(cls, data: dict) -> IndexedDocument:
        return cls(**{**data, "pages": tuple(data.get("pages", ())), "also": tuple(data.get("also", ()))})

    @classmethod
    def of(cls, doc: Document, chunks: int, indexed_at: str) -> IndexedDocument:
        """The manifest's record of a document."""
        return cls(
            source=doc.source,
            title=doc.title,
            date=doc.date,
            content_hash=doc.content_hash,
            chunks=chunks,
            indexed_at=indexed_at,
            format=doc.format,
            encoding=doc.encoding,
            author=doc.author,
            origin=doc.origin,
            pages=doc.pages,
            also=doc.also,
        )

    def document(self, text: str, file: FileStamp) -> Document:
        """The document back from the index, for a file that was not read again."""
        return Document(
            source=file.source,
            title=self.title,
            date=self.date,
            text=text,
            content_hash=self.content_hash,
            encoding=self.encoding,
            format=self.format,
            author=self.author,
            origin=self.origin,
            pages=self.pages,
            size=file.size,
            mtime_ns=file.mtime_ns,
        )


@dataclass(frozen=True)
class Scope:
    """Which documents a question is asked about: some files, a date range, or all."""

    sources: frozenset[str] = frozenset()  # empty: every document
    since: str | None = None  # ISO dates, inclusive; a document without a date is then left out
    until: str | None = None

    @property
    def everything(self) -> bool:
        return not self.sources and self.since is None and self.until is None

    def allows(self, document: IndexedDocument) -> bool:
        """Whether the document is in scope (pure); any of its files may be named."""
        if self.sources and not self.sources & {document.source, *document.also}:
            return False
        if self.since is None and self.until is None:
            return True
        if document.date is None:
            return False
        return (self.since or "") <= document.date <= (self.until or "9999-12-31")


LISTED_FILES = 10  # files named per kind of change under a build's counts; the JSON report has them all


@dataclass(frozen=True)
class BuildReport:
    """What an index build did; ``paddockqa index --json`` prints it."""

    documents: int
    chunks: int
    added: tuple[str, ...]
    updated: tuple[str, ...]
    removed: tuple[str, ...]
    unchanged: tuple[str, ...]
    skipped: tuple[Skipped, ...]
    embedded_chunks: int
    seconds: float
    embedded_sentences: int = 0  # sentence vectors made: embedded on their own, or pooled from the passages embedded
    renamed: tuple[tuple[str, str], ...] = ()  # (old, new): moved files, nothing re-embedded
    resumed: int = 0  # vectors recovered from an interrupted build
    upgraded_from: int = 0  # the format of an index written by an older PaddockQA, rebuilt whole by this build
    # "<model>, <precision>" of the vectors the index held when this build could reuse none of them
    # (another model, or the same at another precision or int8 recipe): every text embedded again.
    reembedded_from: str | None = None
    repaired: str | None = None  # the damaged live generation this build replaced
    reread_from: int | None = None  # the READING_VERSION of an index read by older code: every file read again

    def changed_files(self, limit: int = LISTED_FILES) -> list[tuple[str, tuple[str, ...], int]]:
        """The files each change touched, to name them under the counts (pure): (kind, the first
        ``limit`` files, how many more) for "added", "updated", "removed" and "renamed" (a
        renamed file as "old -> new"), kinds without files left out. A first build of more than
        ``limit`` files does not list them: they are the whole corpus."""
        whole_corpus = not (self.unchanged or self.updated or self.removed or self.renamed) and len(self.added) > limit
        kinds = {
            "added": () if whole_corpus else self.added,
            "updated": self.updated,
            "removed": self.removed,
            "renamed": tuple(f"{old} -> {new}" for old, new in self.renamed),
        }
        return [(kind, files[:limit], max(0, len(files) - limit)) for kind, files in kinds.items() if files]

    def to_json(self) -> dict[str, object]:
        return {
            "documents": self.documents,
            "chunks": self.chunks,
            "added": list(self.added),
            "updated": list(self.updated),
            "removed": list(self.removed),
            "renamed": [list(pair) for pair in self.renamed],
            "unchanged": list(self.unchanged),
            "skipped": [{"source": s.source, "reason": s.reason} for s in self.skipped],
            "embedded_chunks": self.embedded_chunks,
            "embedded_sentences": self.embedded_sentences,
            "resumed": self.resumed,
            "upgraded_from": self.upgraded_from or None,
            "reembedded_from": self.reembedded_from,
            "repaired": self.repaired,
            "reread_from": self.reread_from,
            "seconds": round(self.seconds, 3),
        }
