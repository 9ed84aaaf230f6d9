"""The one place where the concrete parts are wired together.

The CLI and the web app both talk to a ``Pipeline``: it prepares the model on first use,
builds or updates the index, and answers questions, reloading the index whenever a
rebuild (from this process or another) has swapped in a new generation.
"""

from __future__ import annotations

import functools
import gc
import logging
import re
import threading
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import replace
from functools import partial
from pathlib import Path

import numpy as np

from paddockqa import messages
from paddockqa.accents import candidates, reaccent
from paddockqa.answer import (
    NO_QUESTION,
    ScoredSentence,
    asks_past_winners,
    compose,
    compose_read,
    has_words,
    index_empty,
    interviewee_aside,
    name_key,
    name_words,
    no_known_word,
    no_question,
    not_found,
    nothing_asked,
    past_winners_in,
    rank,
    read_rank,
    says_what_is_asked,
    searchable,
    sentence_priors,
    social,
    social_reply,
)
from paddockqa.answer_type import expected_type
from paddockqa.binding import (
    another_event,
    event_asked,
    events_numbered,
    list_items,
    lists_person,
    names_a_team,
    placing_asked,
    race_lines,
    reported,
    team_asked,
    time_subject,
)
from paddockqa.cluster import RayCluster
from paddockqa.config import Settings
from paddockqa.conversation import (
    MAX_TURNS,
    Resolution,
    Turn,
    about_someone_else,
    is_person,
    names_asked_about,
    reading_question,
    resolve,
)
from paddockqa.conversation import names as names_in
from paddockqa.corpus import CorpusScan, check_corpus, scan_corpus, scanned_name
from paddockqa.corrections import COMPARED, OPENING, Release, corrections_first, denies, is_correction, superseded
from paddockqa.dates import parse_iso
from paddockqa.domain import Answer, BuildReport, Citation, Hit, IndexedDocument, Reading, Scope, Skipped
from paddockqa.elision import restore as restore_elisions
from paddockqa.embedding import Embedder, load_embedder
from paddockqa.errors import CorpusError, ModelError, PaddockIndexError, QuestionError
from paddockqa.formats import SUFFIXES
from paddockqa.generation import generate
from paddockqa.instructions import masked
from paddockqa.language import ENGLISH, ENGLISH_WORDS, FRENCH, in_language, question_language
from paddockqa.late_map import load_late_map, sentence_vectors_tag
from paddockqa.lexical import KNOWN_PREFIX, fold_accents, numbers_asked, numbers_in, one_slip, tokenize, top_positive
from paddockqa.llm import ChatModel, OpenAIChatModel
from paddockqa.onnx_export import precision_tag
from paddockqa.reader import (
    OnnxReader,
    by_numbers,
    calibration_for,
    distinct_split,
    heading,
    load_reader,
    read_adaptively,
    rerank,
)
from paddockqa.retrieval import DEPTH, Retrieval, Retriever
from paddockqa.store import (
    FORMAT_VERSION,
    LoadedIndex,
    current_generation,
    generation_problems,
    live_format,
    load_index,
)
from paddockqa.stream import AnswerStream
from paddockqa.sync import Progress, build_index
from paddockqa.text import holds_quote, is_word
from paddockqa.truecase import caseless, name_parts, truecase, uncased_names, written_within
from paddockqa.uploads import Upload, add_files, remove_document

log = logging.getLogger(__name__)


MAX_SCOPE_DOCUMENTS = 200  # named documents in one search; more is a search of the corpus or of dates
# With the reader, the fused search fetches this many times the passages it may read, so
# that near-duplicates (``reader.distinct_split``) leave their places to other texts; when
# that pool is copies of fewer texts than are read (an archive of many versions of one
# release), the search runs again 4 times deeper in each signal and keeps that many passages.
DISTINCT_POOL = 3
WIDE_POOL = 4 * DEPTH
# Passages whose spelling a question typed without case takes (``Pipeline._truecased``):
# a name asked about is in the first few, and more would bring other names' spellings.
TRUECASE_PASSAGES = 10
NAME_DOCUMENTS = 10  # documents looked at for how the corpus writes a word of a name
# Control characters (NUL included) and lone surrogates: never in a typed question.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
# A word of a question, for the corpus's vocabulary (``_unknown_words``).
_QUESTION_WORD = re.compile(r"[^\W_]+")


def _settle() -> None:
    """Leave every object the process holds now out of the cyclic collector's passes
    (``gc.freeze``, the standard library's tool for long-lived heaps), after a full collection.

    Unfrozen first: what an earlier call froze and is garbage since (a replaced index
    generation's cycles) is collected, not kept for the process's life. The full collection
    walks everything once (tens of milliseconds): at the warm-up, and after a rebuild in the
    first question searching the new generation, not in every question after it.
    """
    gc.unfreeze()
    gc.collect()
    gc.freeze()


def _understood(answer: Answer, resolution: Resolution) -> Answer:
    """The answer to the question as typed, saying how it was understood when that differs,
    and that a pronoun stood for no one when it was asked first (``Resolution.dangling``)."""
    resolved = resolution.resolved if resolution.resolved != resolution.question else None
    answer = replace(answer, question=resolution.question, resolved_question=resolved)
    # Extractive answers only: the note goes before the text, and an LLM's streamed words
    # would then no longer start the checked answer (render.after_stream would print it again).
    if resolution.dangling and answer.mode == "extractive" and answer.notice is None:
        answer = replace(answer, notice=messages.fr("no_antecedent"))
    return answer


def _not_empty(scope: Scope, searched: Sequence[IndexedDocument]) -> Scope:
    """``scope``, unless its period holds none of the ``searched`` documents: then
    QuestionError saying so (searched, it answered "not found", as if the corpus were silent
    on the question). An empty index is left to the search, which says so itself."""
    if scope.since is None and scope.until is None or not searched or any(scope.allows(d) for d in searched):
        return scope
    if not any(d.date for d in searched):
        raise QuestionError(messages.fr("period_undated"))  # no period would help
    raise QuestionError(messages.fr("period_empty", period=f"{scope.since or '…'} – {scope.until or '…'}"))


NEAR_NAME_RATIO = 0.85  # difflib's similarity from which a file name is offered as meant


_YEAR = re.compile(r"(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)")  # a year a question may ask about
CORRECTION_CANDIDATES = 10  # documents searched for a correction of a release asked about alone
SUPERSEDED_CACHE = 256  # questions' pools remembered by ``Pipeline._superseded`` (a few kB)


def near_names(name: str, known: Iterable[str]) -> list[str]:
    """The known sources with the same file name as ``name``, case, accents and folders
    aside, else those whose file name is one slip away (difflib's ratio of at least
    ``NEAR_NAME_RATIO``) (pure): what a user who typed "loeb_2007.txt", "Gaillard.TXT",
    "cevennes.txt" for "cévennes.txt", "galliard.txt" or "gaillard" meant, in name order."""
    import difflib

    def file_of(path: str) -> str:  # the file's name, folders aside, composed
        return unicodedata.normalize("NFC", path).replace("\\", "/").rsplit("/", 1)[-1]

    whole = "." in file_of(name)  # "gaillard" for gaillard.txt: the file names without their type

    def bare(path: str) -> str:
        file = fold_accents(file_of(path).casefold())
        return file if whole else file.rsplit(".", 1)[0]

    wanted, known = bare(name), list(known)
    same = sorted(k for k in known if bare(k) == wanted)
    if same:
        return same
    return sorted(k for k in known if difflib.SequenceMatcher(None, wanted, bare(k)).ratio() >= NEAR_NAME_RATIO)


def _shortened(name: str, limit: int = 60) -> str:
    return name if len(name) <= limit else name[: limit - 1] + "…"


class Pipeline:
    """Corpus, model, index and answering, for one set of settings."""

    def __init__(
        self,
        settings: Settings,
        embedder: Embedder | None = None,
        chat_model: ChatModel | None = None,
        reader: OnnxReader | None = None,
    ) -> None:
        self.settings = settings
        self._embedder = embedder
        self._loads_embedder = embedder is None  # a model given is the caller's to keep
        self._reader = reader
        self._reader_lock = threading.Lock()
        self.reader_problem: str | None = None  # why the reader could not be loaded
        self._settled = False  # warmed up: what a reload brings is frozen too (``_settle``)
        if chat_model is None and settings.llm_enabled:
            chat_model = OpenAIChatModel(
                settings.llm_url, settings.llm_model, settings.llm_api_key, settings.llm_timeout, settings.llm_deadline
            )
        self.chat_model = chat_model  # None: extractive answers
        self._superseded_cache: dict[tuple[str, tuple[str, ...]], dict[str, Release]] = {}
        # `index --ray`: the builds read and embed on this Ray cluster (``cluster.RayCluster``).
        self.cluster: RayCluster | None = None
        self._lock = threading.Lock()
        self._loaded: LoadedIndex | None = None
        self._retriever: Retriever | None = None
        self.skipped: tuple[Skipped, ...] = ()  # the files this pipeline's last build left out, and why

    @property
    def embedder(self) -> Embedder:
        with self._lock:
            if self._embedder is None:
                settings = self.settings
                self._embedder = load_embedder(
                    settings.model, settings.model_cache, settings.backend, settings.precision
                )
            return self._embedder

    @property
    def reader(self) -> OnnxReader | None:
        """The reader, loaded (and exported, about a minute the first time) on first use.

        None when PADDOCKQA_READER=off, or when it cannot be loaded (``reader_problem`` then
        says why, logged once): answers then take the similarity path rather than failing.
        """
        if not self.settings.reader_enabled or self.reader_problem:
            return None
        # Its own lock: a first export must not hold up questions waiting for the index.
        with self._reader_lock:
            if self._reader is None and not self.reader_problem:
                try:
                    self._reader = load_reader(self.settings.model_cache)
                except ModelError as exc:
                    self.reader_problem = str(exc)
                    log.warning("Answering without the reader: %s", exc)
            return self._reader

    def build(
        self,
        progress: Progress | None = None,
        scan: CorpusScan | None = None,
        wait: bool = False,
        verify: bool = False,
        release_model: bool = False,
    ) -> BuildReport:
        """Bring the index up to date with the corpus folder, or with ``scan`` when given.

        Only new or changed text is embedded. With ``wait``, a build already running
        elsewhere is waited for instead of being an error. With ``verify``, the live index is
        read whole against its checksums first (``sync.build_index``). With ``release_model``
        (`paddockqa index`, which answers nothing), the embedding model hands its memory back
        once the texts are embedded, before the indexes are built; it loads again on next use.
        """
        corpus, limit, cluster = self.settings.corpus, self.settings.max_file_bytes, self.cluster
        if scan is None:
            check_corpus(corpus)  # before the index folder and its lock are made: a typo leaves nothing behind
        reader = cluster.reader() if cluster else None
        settings = self.settings
        # Read only for late chunking: a damaged map file must not stop a build that never uses it.
        late_map = load_late_map(settings.model) if settings.sentence_vectors == "late" else None

        def embedder() -> Embedder:
            if cluster is None:
                return self.embedder
            # The workers load the configured precision; build_index is told its tag (``precision_tag``).
            precision = settings.precision if settings.backend == "onnx" else "fp32"
            return cluster.embedder(settings.model, settings.model_cache, settings.backend, precision)

        report = build_index(
            self.settings.index,
            (lambda known: scan_corpus(corpus, known, limit, progress, reader)) if scan is None else scan,
            embedder,
            self.settings.model,
            self.settings.chunk_size,
            self.settings.chunk_overlap,
            progress,
            wait,
            sentence_vectors_tag(self.settings.sentence_vectors, late_map),
            precision_tag(self.settings.precision) if self.settings.backend == "onnx" else "fp32",
            verify,
            release_model,
        )
        self.skipped = tuple(report.skipped)
        if release_model and self._loads_embedder:
            with self._lock:
                # Released: the next use loads it again through load_embedder, whose export and
                # fallbacks also mend an export folder deleted meanwhile (a long `index --watch`).
                self._embedder = None
        return report

    def has_index(self) -> bool:
        return current_generation(self.settings.index) is not None

    def warm_up(self) -> None:
        """Load before the first question what answering loads on first use (the index and its
        retriever, the embedder and the reader: a question searched and read; the French word
        lists the follow-up rules consult), then leave all of it out of the garbage collector's
        full passes (``_settle``; again after each index generation a rebuild brings in).

        A process that answers holds millions of long-lived objects (the index's records, the
        tokenizers' 250k-piece vocabulary), and each full pass of the cyclic collector walked
        them all: 47 ms in the middle of one follow-up's understanding in an `eval/dialogues`
        run (timed with ``gc.callbacks``), where understanding takes 3-12 ms. Frozen objects are
        still freed when no longer referenced, and their cycles at the next ``_settle``. A missing or
        empty index is left for the first question to report. Raises what loading raises
        (ModelError, PaddockIndexError).
        """
        if not self.has_index() or not self.documents():
            return
        self.retrieve("Question de chauffe ?")
        self.understand("et d'où vient-il ?", [Turn("Qui a gagné ?", "Qui a gagné ?", "Il a battu Éric au Mans.")])
        self._settled = True
        _settle()

    def index_outdated(self) -> bool:
        """The live index was written by an older PaddockQA, in a format this one does not read."""
        found = live_format(self.settings.index)
        return found is not None and found < FORMAT_VERSION

    def _unknown_words(self, question: str) -> list[str]:
        """The question's searched words when the corpus holds none of them, nor one a
        keystroke away (``LexicalIndex.knows``: "Romian Dumsa" is known, "asdfgh" is not);
        else, or when it searches no word ("Qui est-il ?"), none."""
        lexical = self.loaded().lexical
        # English words of one language only go too (``language.ENGLISH_WORDS``: "How", "is",
        # "old"): the French stop list keeps them, and a refusal listed them as unknown (a sixth walk).
        searched = [w for w in _QUESTION_WORD.findall(question) if tokenize(w) and w.lower() not in ENGLISH_WORDS]
        return [] if any(map(lexical.knows, searched)) else searched

    def loaded(self) -> LoadedIndex:
        """The live index, reloaded if a rebuild swapped in a new generation."""
        return self._current()[0]

    def _current(self, embedder: Embedder | None = None) -> tuple[LoadedIndex, Retriever | None]:
        """The live index and its retriever (made when an embedder is given): always a matching pair."""
        generation = current_generation(self.settings.index)
        with self._lock:
            if self._loaded is not None and self._loaded.generation == generation:
                # The vectors are memory-mapped: reading past the end of a file cut short in
                # place kills the process (SIGBUS). A stat per file (about 50 µs) says it first.
                path = self.settings.index / generation
                if problems := generation_problems(path, self._loaded.manifest):
                    self._loaded = self._retriever = None
                    raise PaddockIndexError(messages.en("index_damaged", path=path, error="; ".join(problems[:3])))
            index = self._loaded
            if index is None or index.generation != generation:
                index = self._loaded = load_index(self.settings.index, self.settings.model)
                self._retriever = None
            if self._retriever is None and embedder is not None:
                self._retriever = Retriever(index, embedder)
                if self._settled:  # a rebuild's generation, searched from now on: frozen once
                    _settle()
            return index, self._retriever

    def documents(self) -> tuple[IndexedDocument, ...]:
        return self.loaded().manifest.documents

    def check_question(self, question: object) -> str:
        """The question as text: control characters and lone surrogates (which no file or
        keyboard makes, only a hostile client) removed, stripped; or QuestionError with what
        to fix."""
        if question is None:
            question = ""
        if not isinstance(question, str):
            raise QuestionError(messages.fr("question_not_text"))
        typed = question.strip()
        question = _CONTROLS.sub(" ", question).strip()
        if typed and not question:
            return ""  # only control characters: a message without content, answered as such
        if not question:
            raise QuestionError(messages.fr("question_empty"))
        limit = self.settings.max_question_chars
        if len(question) > limit:
            raise QuestionError(messages.fr("question_too_long", length=len(question), limit=limit))
        return question

    def ask(
        self, question: str, k: int | None = None, scope: Scope | None = None, turns: Sequence[Turn] = ()
    ) -> Answer:
        """Answer one question from the live index (generated when an LLM is configured)."""
        return self.stream(question, k, scope, turns).answer()

    def stream(
        self,
        question: str,
        k: int | None = None,
        scope: Scope | None = None,
        turns: Sequence[Turn] = (),
        understood: Resolution | None = None,
    ) -> AnswerStream:
        """The answer as it comes: iterate for an LLM's text deltas, then ``.answer()``.

        An extractive answer exists at once: its stream has no deltas. ``scope`` limits the
        search to some documents or a date range. ``turns``: the conversation so far, oldest
        first; a follow-up that leans on it is answered as understood with it
        (``Answer.resolved_question``, see ``conversation``); ``understood``: what
        ``understand`` made of the same question and turns, when the caller has it already
        (the CLI shows it first), so it is not made twice. With the reader on, its refusal
        gates the LLM: a question it finds unanswered costs no call.
        """
        checked = self.check_question(question)
        lang = question_language(checked)
        stream = self._stream(checked, k, scope, turns, understood)
        # Our own words (a refusal, a notice) in the question's language; the quotes are the corpus's.
        return stream if lang == FRENCH else stream.then(lambda answer: in_language(answer, lang))

    def _stream(
        self,
        checked: str,
        k: int | None,
        scope: Scope | None,
        turns: Sequence[Turn],
        understood: Resolution | None,
    ) -> AnswerStream:
        if not has_words(checked):
            return AnswerStream.of(no_question(checked))  # nothing to search for
        kind = social(checked)
        if kind is not None:  # "Bonjour", "Merci !": a word back, no search
            return AnswerStream.of(social_reply(checked, kind))
        if not self.documents():
            return AnswerStream.of(index_empty(checked, SUFFIXES))
        resolution = understood or self._understand(checked, turns)
        if resolution.unasked:  # nothing to search for: what to ask instead
            return AnswerStream.of(_understood(nothing_asked(checked, resolution.subject), resolution))
        if scope is not None and scope.sources:
            # "Combien de victoires ?" about one file: the file is what the question is about.
            resolution = replace(resolution, dangling=False)
        elif not searchable(resolution.resolved):
            # "le la les ?", "Qui est-il ?" asked first: only words every passage holds, and
            # no one named: the reply says what to ask.
            unasked = nothing_asked(checked, None)
            return AnswerStream.of(_understood(unasked, replace(resolution, dangling=False)))
        unknown = self._unknown_words(resolution.resolved)
        if unknown:  # scoped to a file too: "asdfgh" asks nothing of it
            return AnswerStream.of(_understood(no_known_word(checked, unknown), resolution))
        retrieval, ranked, extractive = self._read_understood(resolution, k, scope)
        if self.chat_model is None:
            return AnswerStream.of(_understood(extractive, resolution))
        generated = generate(
            retrieval.question, self._hits_saying(retrieval), self.chat_model, self.embedder, ranked, extractive
        )
        return AnswerStream(generated).then(lambda answer: _understood(answer, resolution))

    def answer_understood(
        self, resolution: Resolution, k: int | None = None, scope: Scope | None = None
    ) -> tuple[Retrieval, Answer]:
        """The passages for a question as understood (``retrieve``) and the extractive answer
        made from them, each once. The reader reads a follow-up without the name the
        conversation added (``conversation.reading_question``), and with it when the reply
        would then refuse: without the name, the reader is less sure of the passages that do
        answer (on ``eval/dialogues``, "Quels futurs champions a-t-il découverts ?" was
        refused), so a follow-up that would be refused is read twice (from one search), and so
        is one whose answer is about someone else (``conversation.about_someone_else``) or is
        the previous turn's short answer again (``Resolution.answered_before``). A refusal whose
        best read passage is an interview of the one the question names is read again without
        the name (``answer.interviewee_aside``), its answer kept when it says a word asked."""
        retrieval, _, extractive = self._read_understood(resolution, k, scope)
        return retrieval, _understood(extractive, resolution)

    def _read_understood(
        self, resolution: Resolution, k: int | None, scope: Scope | None
    ) -> tuple[Retrieval, list[ScoredSentence], Answer]:
        """``answer_understood``'s retrieval with its ranked sentences and extractive answer,
        made once; a follow-up read again is read from the same search. A scoped answer is
        told of a correction outside its scope (``_corrected_elsewhere``)."""
        retrieval, ranked, extractive = self._read_resolution(resolution, k, scope)
        if scope is not None:
            extractive = self._corrected_elsewhere(extractive)
        return retrieval, ranked, extractive

    def _read_resolution(
        self, resolution: Resolution, k: int | None, scope: Scope | None
    ) -> tuple[Retrieval, list[ScoredSentence], Answer]:
        language = resolution.language
        if self.reader is None:
            retrieval = self.retrieve(resolution.resolved, k, scope, language)
            return (retrieval, *self._extractive(retrieval))
        read_as = reading_question(resolution)
        question = self._searchable(resolution.resolved)
        k = k or self.settings.top_k
        found, lacking = self._pool(question, k, scope, language)
        read = read_as or question
        retrieval = self._read(found, read, k, lacking)
        ranked, extractive = self._extractive(retrieval)
        # The previous turn's answer again (one holding the other: "1974", "14 juin 1974") is the
        # name-less reading's slip: "En quelle année est-il décédé ?" answered "14 juin 1974",
        # the inauguration asked before (a fifth walk).
        said, before = (extractive.short_answer.text if extractive.short_answer else ""), resolution.answered_before
        again = bool(said and before) and (said in before or before in said)
        if read_as is not None and (
            not extractive.answered or again or self._about_someone_else(resolution, extractive.citations[0])
        ):
            read = question
            retrieval = self._read(found, question, k, lacking)
            ranked, extractive = self._extractive(retrieval)
        if not extractive.answered:
            further = self._read_further(found, read, k, lacking, retrieval)
            if further is not None:
                answered = self._extractive(further)
                # (a follow-up's, not about someone else: the checks of its first reading, a review)
                if answered[1].answered and not (
                    read_as is not None and self._about_someone_else(resolution, answered[1].citations[0])
                ):
                    retrieval, (ranked, extractive) = further, answered
        read_hits = [h for h in retrieval.hits if h.reading is not None]
        aside = interviewee_aside(read, read_hits[0]) if not extractive.answered and read_hits else None
        if aside is not None:
            # An interview of the one the question names, read again without the name: her replies
            # never say it ("Notre budget est de 85 000 euros"), and the reader is unsure of a
            # question that does (a twenty-first walk); the answer's rules keep the question asked.
            unnamed = self._read(found, aside, k, lacking)
            answered = self._extractive(unnamed)
            # (quoting a word asked: "Cette saison, mon écurie engage trois voitures" is no answer to
            # "Comment s'appelle le coéquipier de Patrick Pilet au sein du Flying Lizard ?", the press set)
            if answered[1].answered and says_what_is_asked(read, answered[1].citations[0].quote):
                retrieval, (ranked, extractive) = unnamed, answered
        return retrieval, ranked, extractive

    def _read_further(
        self, found: Retrieval, question: str, k: int, lacking: Callable[[Hit], int], retrieval: Retrieval
    ) -> Retrieval | None:
        """For a refusal: ``retrieval`` with the next ``read_more`` passages of ``found`` that
        the document of its best read passage holds read too, and all reordered; None when
        there are none. A release's passages past those read may say what the first ones' spans
        do not: "Élite, samedi : Baptiste Coulomb … s'impose" is a trial report's first passage,
        ranked fourth behind Sunday's and last year's Élite winners, which the rules refuse for
        Saturday's (a sixteenth walk); three ages a fourteenth walk refused sat in the release's
        third passage. Only that document: another one read is what the search ranked lower, and
        its later passages answered an unanswerable question with another event's value (a
        rally's last year's winners for a side-car Grand Prix's, the fifteenth walk rerun)."""
        read = [h for h in retrieval.hits if h.reading is not None]
        if not read:
            return None
        source = read[0].chunk.source
        seen = {(h.chunk.source, h.chunk.start) for h in read}
        fresh = [h for h in found.hits if h.chunk.source == source and (h.chunk.source, h.chunk.start) not in seen]
        fresh = fresh[: self.settings.read_more]
        if not fresh:
            return None
        readings = self._readings(found, question, fresh)
        old = [h.reading for h in read if h.reading is not None]
        taken = seen | {(h.chunk.source, h.chunk.start) for h in fresh}
        rest = [h for h in retrieval.hits if (h.chunk.source, h.chunk.start) not in taken]
        return replace(retrieval, hits=rerank([*read, *fresh, *rest], [*old, *readings], lacking=lacking)[:k])

    def _readings(self, found: Retrieval, question: str, hits: Sequence[Hit]) -> list[Reading]:
        """The reader's Readings of ``hits`` (passages of ``found``) with ``question``: masked
        texts, ``found``'s query's sentence priors and the passages' headings."""
        reader = self.reader
        assert reader is not None  # only called with the reader on
        priors = [sentence_priors(h, found.query) for h in hits]
        texts = [masked(h.chunk.text) for h in hits]
        return list(reader.read(question, texts, priors, headings=[heading(h.chunk) for h in hits]))

    def _about_someone_else(self, resolution: Resolution, cited: Citation) -> bool:
        """``conversation.about_someone_else`` for a cited passage, its document read from the index."""
        document = "\n".join([cited.title, *self.loaded().passages_of(cited.source)])
        return about_someone_else(resolution, cited.source, cited.quote, document)

    def retrieve(
        self, question: str, k: int | None = None, scope: Scope | None = None, language: str | None = None
    ) -> Retrieval:
        """The ``k`` best passages for a question, from the live index.

        ``language``: the language it was asked in, when not its own (``Retriever.search``).
        With the reader on, the first ``read_passages`` fused passages are read and reordered
        by the reader's score, each hit carrying its Reading; when the best of them scores
        below ``reader.READ_MORE_BELOW``, the next ``read_more`` are read too.
        """
        question = self._searchable(question)
        k = k or self.settings.top_k
        if self.reader is None:
            _, retriever = self._current(self.embedder)
            assert retriever is not None  # an embedder was given
            found = retriever.search(question, k, scope=scope, language=language)
            return replace(found, hits=corrections_first(found.hits, self._superseded(found.hits)))
        found, lacking = self._pool(question, k, scope, language)
        return self._read(found, question, k, lacking)

    def _superseded(self, hits: Sequence[Hit]) -> dict[str, Release]:
        """The documents of ``hits`` that a correction among them supersedes, by source, with
        that correction (``corrections.superseded``). Their texts are read only when one of
        them opens as a correction (its title and first 600 characters: a regular expression each);
        cached by generation and documents, as a question asks it two to four times."""
        return self._superseded_among(tuple(dict.fromkeys(h.chunk.source for h in hits)))

    def _superseded_among(self, sources: tuple[str, ...]) -> dict[str, Release]:
        """``_superseded`` for documents given by source."""
        index = self.loaded()
        records = index.document_by_source
        sources = tuple(s for s in sources if s in records)
        key = (index.generation, sources)
        if key in self._superseded_cache:
            return self._superseded_cache[key]
        found: dict[str, Release] = {}
        if any(is_correction(records[s].title, "\n".join(index.passages_of(s, OPENING))) for s in sources):
            texts = {s: "\n".join(index.passages_of(s, COMPARED)) for s in sources}
            found = superseded([Release(s, records[s].title, records[s].date, texts[s]) for s in sources])
        if len(self._superseded_cache) >= SUPERSEDED_CACHE:
            self._superseded_cache.clear()
        self._superseded_cache[key] = found
        return found

    def _corrected_elsewhere(self, answer: Answer) -> Answer:
        """A scoped answer (``--document``) quoting a release that a correction outside the
        scope supersedes, with the notice an unscoped one gets (a second walk: the cancelled
        file asked alone said nothing). The correction is looked for among the documents
        holding most of the release's title's words (BM25, no model pass: a correction
        repeats its headline), ``CORRECTION_CANDIDATES`` of them."""
        if not answer.answered or not answer.citations or answer.notice is not None:
            return answer
        old = answer.citations[0].source
        index = self.loaded()
        record = index.document_by_source.get(old)
        if record is None:
            return answer
        nearest: dict[str, None] = {old: None}
        for row in top_positive(index.lexical.scores(record.title), CORRECTION_CANDIDATES * 4):
            nearest[index.chunks[int(row)].source] = None
            if len(nearest) > CORRECTION_CANDIDATES:
                break
        by = self._superseded_among(tuple(nearest)).get(old)
        return answer if by is None else replace(answer, notice=messages.fr("superseded", source=old, by=by.source))

    def _searchable(self, question: str) -> str:
        """``check_question``'s question, or QuestionError when it has no word to search."""
        question = self.check_question(question)
        if not has_words(question):
            raise QuestionError(NO_QUESTION)
        return question

    def _pool(
        self, question: str, k: int, scope: Scope | None, language: str | None
    ) -> tuple[Retrieval, Callable[[Hit], int]]:
        """The fused passages the reader may read, distinct texts first, those holding the
        question's numbers before the others; and how many of its numbers a passage lacks."""
        _, retriever = self._current(self.embedder)
        assert retriever is not None  # an embedder was given
        read, more = self.settings.read_passages, self.settings.read_more
        asked = numbers_asked(question)
        lacks: dict[tuple[str, str], int] = {}  # each passage's numbers found once

        def lacking(hit: Hit) -> int:
            if not asked:
                return 0
            key = (hit.chunk.title, hit.chunk.text)
            if key not in lacks:
                lacks[key] = len(asked - numbers_in(f"{hit.chunk.title}\n{hit.chunk.text}"))
            return lacks[key]

        # A wider pool than is read, so near-duplicates can give their places to other texts.
        pool = (read + more) * DISTINCT_POOL
        found = retriever.search(question, max(k, pool), scope=scope, language=language)

        def placing(found: Retrieval) -> tuple[tuple[Hit, ...], tuple[Hit, ...]]:
            # A corrected release's passages after its correction's ("corrections").
            ordered = corrections_first(by_numbers(found.hits, lacking, pool), self._superseded(found.hits))
            return distinct_split(ordered, read + more)

        placed, rest = placing(found)
        if len(placed) < read + more and len(found.hits) >= pool:
            # The same question deeper: its vector is not made again.
            found = retriever.search(
                question, max(k, WIDE_POOL), depth=WIDE_POOL, scope=scope, query=found.query, language=found.language
            )
            placed, rest = placing(found)
        return replace(found, hits=(*placed, *rest)), lacking

    def _read(self, found: Retrieval, question: str, k: int, lacking: Callable[[Hit], int]) -> Retrieval:
        """``found``'s first passages read with ``question`` (``found``'s own, or a follow-up's
        as the reader reads it) and reordered; the first ``k``."""

        def reading(a: int, b: int) -> list[Reading]:
            return self._readings(found, question, found.hits[a:b])

        read, more = self.settings.read_passages, self.settings.read_more
        # (a past year's winners before a results list: the list is this year's)
        listed = _past_winners_passage(found.hits, read, question)
        if listed is None:
            listed = _listing(found.hits, read, placing_asked(question), events_numbered(question))
        if listed is None:
            listed = _listing_person(found.hits, read, found.question)
        if listed is None:
            listed = _team_passage(found.hits, read, question)
        if listed is not None:
            # A results list ranked past the passages read answers who finished where: it is read
            # too (a fourth walk's classification, the release's second passage, was never read).
            found = replace(
                found,
                hits=(*found.hits[:read], found.hits[listed], *found.hits[read:listed], *found.hits[listed + 1 :]),
            )
            read += 1
        hits = read_adaptively(found.hits, read, more, reading, lacking=lacking)
        return replace(found, hits=hits[:k])

    def answer(self, retrieval: Retrieval) -> Answer:
        """The extractive answer to a retrieved question (a follow-up's: ``answer_understood``)."""
        return self._extractive(retrieval)[1]

    def understand(self, question: str, turns: Sequence[Turn] = ()) -> Resolution:
        """The question as understood after the conversation's ``turns`` (oldest first).

        Raises:
            QuestionError: the question is not text, is empty or is too long.
        """
        return self._understand(self.check_question(question), turns)

    def _understand(self, checked: str, turns: Sequence[Turn]) -> Resolution:
        """``understand`` for a question already checked: its elisions' apostrophes put back
        (``elision``), truecased when typed without case
        (``truecase``), its lost accents put back (``accents``; both read the passages BM25
        finds for it, fetched once, a few milliseconds), then resolved with the turns (pure
        rules, well under a millisecond)."""
        # BM25 ignores case and accents: the passages found for the question as typed are
        # those found for it truecased, so the two steps share one search, made if one needs it.
        typed, checked = checked, restore_elisions(checked)  # "D où vient-il ?": "D'où" first
        passages = functools.cache(lambda: self._passages_about(checked, turns))
        cased = self._reaccented(self._truecased(checked, passages), passages)
        resolution = replace(resolve(cased, turns), question=typed, answered_before=turns[-1].answer if turns else "")
        if len(resolution.resolved) > self.settings.max_question_chars:
            return Resolution(typed, typed)  # the names added would make it too long to search
        return resolution

    def _passages_about(self, question: str, turns: Sequence[Turn]) -> list[str] | None:
        """The answers of the last turns and the ``TRUECASE_PASSAGES`` passages that hold most
        of the question's words (BM25: no model pass, a few milliseconds), over the whole
        corpus; None before there is an index (the search that follows says so, or builds it)."""
        try:
            index = self.loaded()
        except PaddockIndexError:
            return None
        rows = top_positive(index.lexical.scores(question), TRUECASE_PASSAGES)
        return [turn.answer for turn in turns[-MAX_TURNS:]] + [index.chunks[int(row)].text for row in rows]

    def _truecased(self, checked: str, passages: Callable[[], list[str] | None]) -> str:
        """The question in the case the corpus writes its words, when it was typed in small
        letters or in capitals only (``truecase.caseless``); else as typed.

        The case comes from ``passages()`` (``_passages_about``): how a name is written does
        not depend on the documents searched.
        """
        if not caseless(checked):
            return checked
        texts = passages()
        if texts is None:
            return checked
        return truecase(checked, texts, english=question_language(checked) == "en")

    def _reaccented(self, question: str, passages: Callable[[], list[str] | None]) -> str:
        """A French question with the accents its words lost (``accents.reaccent``): as
        ``passages()`` write them, else as the French word list does; English ones as typed."""
        if question_language(question) == "en":
            return question
        if not candidates(question):
            return reaccent(question)  # its shape alone: "ou", "ne", "a quel age"
        return reaccent(question, passages() or ())

    def _extractive(self, retrieval: Retrieval) -> tuple[list[ScoredSentence], Answer]:
        """The ranked sentences and the extractive answer: the reader's when the hits were read.
        An answer quoting a release a correction among the hits supersedes says so."""
        ranked, answer = self._extracted(retrieval)
        unsaid = self._unsaid(retrieval.question, answer)
        if unsaid is not None:
            # "Qui a gagné le Rallye du Touquet en 2023 ?" answered from the 2024 release, "Qui a
            # terminé deuxième du Tour du Finistère ?" from a rally's (a third walk), "Qui a gagné
            # l'étape 8 du Dakar ?" from the release of stage 7 announcing it (a fourth).
            # Another read document that says it may answer: "Where will the 2026 Tour du
            # Limousin start?" read a karting release best, then the Tour's own (a sixth walk).
            other = self._said_elsewhere(retrieval, ranked, answer)
            if other is None:
                refused = not_found(retrieval.question, ranked, min(answer.confidence, self._refusal_bar()))
                return ranked, replace(refused, notice=unsaid)
            answer = other
        elif not answer.answered and answer.citations and _YEAR.search(retrieval.question):
            # A refusal whose closest release never says the year asked says so: the answer
            # rules refuse a release of another year ("Qui a remporté le Tour de Corse Historique
            # en 2024 ?" of the 2025 release, ``answer._another_year``), this says why.
            source = answer.citations[0].source
            placing = placing_asked(retrieval.question) is not None
            year = _year_unsaid(retrieval.question, self._document_text(source), placing)
            if year is not None:
                answer = replace(answer, notice=messages.fr("year_unsaid", year=year))
        if answer.answered and answer.citations and answer.notice is None:
            old = answer.citations[0].source
            by = self._superseded(retrieval.hits).get(old)
            corrected = self._corrected_value(retrieval.question, ranked, answer, by) if by is not None else None
            if corrected is not None:
                answer = corrected
            elif by is not None:
                answer = replace(answer, notice=messages.fr("superseded", source=old, by=by.source))
        return ranked, answer

    def _corrected_value(
        self, question: str, ranked: list[ScoredSentence], answer: Answer, by: Release
    ) -> Answer | None:
        """The correction's answer when the release's short answer is a value it denies ("1 200"
        of "n'était pas de 1 200 mais de 1 850"), said so; else None: the release's other facts
        stand (a ninth walk's erratum, read first, answered the race's laps and winner)."""
        short = answer.short_answer
        if short is None or not denies(by.text, short.text):
            return None
        own = [r for r in ranked if r.sentence.hit.chunk.source == by.source]
        corrected = compose_read(question, own, self.settings.reader_min_score) if own else None
        if corrected is None or not corrected.answered or corrected.notice is not None:
            return None
        return replace(
            corrected,
            notice=messages.fr("corrected", by=by.source, source=answer.citations[0].source, value=short.text),
        )

    def _said_elsewhere(self, retrieval: Retrieval, ranked: list[ScoredSentence], answer: Answer) -> Answer | None:
        """The reader's answer from the read passages of the other documents, those whose
        documents say what the question names: its year, competition or race (``_unsaid``) and
        the telling word of each of its names (a PIAF question of "Khayr ad-Din Barberousse en
        1534" was answered from a text of Luther's Bible of 1534); None when none does (the
        reader's path only)."""
        if not retrieval.hits or retrieval.hits[0].reading is None or not answer.citations:
            return None
        left_out = {answer.citations[0].source}
        while True:
            rest = [r for r in ranked if r.sentence.hit.chunk.source not in left_out]
            if not rest:
                return None
            again = compose_read(retrieval.question, rest, self.settings.reader_min_score)
            if not again.answered or not again.citations:
                return None
            if self._unsaid(retrieval.question, again) is None and self._names_said(
                retrieval.question, again.citations[0].source
            ):
                return again
            left_out.add(again.citations[0].source)

    def _hits_saying(self, retrieval: Retrieval) -> tuple[Hit, ...]:
        """The hits an LLM may answer from: those of documents that say the year, competition
        or race the question names (``_unsaid_in``; the extractive answer may come from the
        second document read, ``_said_elsewhere``), all of them when none does."""
        saying: dict[str, bool] = {}
        for hit in retrieval.hits:
            if hit.chunk.source not in saying:
                saying[hit.chunk.source] = self._unsaid_in(retrieval.question, hit.chunk.source) is None
        kept = tuple(h for h in retrieval.hits if saying[h.chunk.source])
        return kept or tuple(retrieval.hits)

    def _names_said(self, question: str, source: str) -> bool:
        """Whether the loaded index's document says the telling word of every name of the
        question (``answer.name_key``, tokenised as the index's words are)."""
        keys = [name_key(n) for n in names_in(question)]
        words = set(tokenize(self._document_text(source)))
        return all(k is None or all(w in words for w in tokenize(k)) for k in keys)

    def _document_text(self, source: str) -> str:
        """A document's title, date and passages, one per line, as the index holds them."""
        index = self.loaded()
        record = index.document_by_source.get(source)
        heading = [record.title, record.date or ""] if record else []
        return "\n".join([*heading, *index.passages_of(source)])

    def _refusal_bar(self) -> float:
        """The confidence a refusal may not exceed: the threshold its path refuses below."""
        return self.settings.reader_min_score if self.reader is not None else self.settings.min_score

    def _unsaid(self, question: str, answer: Answer) -> str | None:
        """Why the answer's document cannot answer: it never says the year asked about
        (``_year_unsaid``), or the competition or numbered race asked about (``_event_unsaid``,
        ``_race_unsaid``; for a question of who won or finished where, outside the sentences
        announcing what comes, ``binding.reported``); the refusal's notice, or None."""
        if not answer.answered or not answer.citations:
            return None
        return self._unsaid_in(question, answer.citations[0].source)

    def _unsaid_in(self, question: str, source: str) -> str | None:
        """``_unsaid`` for the document ``source``."""
        placing = placing_asked(question) is not None
        if not (_YEAR.search(question) or event_asked(question) or _events_asked(question, placing)):
            return None  # nothing to look for: the document is not put together (a review)
        document = self._document_text(source)
        year = _year_unsaid(question, document, placing)
        if year is not None:
            return messages.fr("year_unsaid", year=year)
        said = reported(document) if placing else document
        event = _event_unsaid(question, said, placing) or _race_unsaid(question, said, placing)
        if event is None:
            return None
        # Said in the document as a whole: only in sentences announcing it (a placing's).
        announced = not (_event_unsaid(question, document, placing) or _race_unsaid(question, document, placing))
        return messages.fr("event_announced" if announced else "event_unsaid", event=event)

    def _extracted(self, retrieval: Retrieval) -> tuple[list[ScoredSentence], Answer]:
        hits = retrieval.hits
        absent = _name_not_in_corpus(retrieval)
        if hits and hits[0].reading is not None:
            ranked = read_rank(hits, calibration_for(retrieval.language))
            if absent is None:
                return ranked, compose_read(retrieval.question, ranked, self.settings.reader_min_score)
            ranked = [replace(r, span=None) for r in ranked]  # no passage may give the answer
            refused = compose_read(retrieval.question, ranked, self.settings.reader_min_score)
        else:
            ranked = rank(retrieval.question, retrieval.query, hits)
            if absent is None:
                return ranked, compose(retrieval.question, ranked, self.settings.min_score)
            refused = not_found(retrieval.question, ranked, 0.0)
        return ranked, replace(refused, confidence=0.0, notice=messages.fr("name_unknown", name=absent))

    def add_files(
        self, paths: Sequence[Path], names: Sequence[str] | None = None, replace: bool = False
    ) -> list[Upload]:
        """Copy readable files into the corpus folder under safe names; one result per file.

        ``replace``: a file named like a text of the corpus takes its place (the earlier one moved
        to the corpus's ``.trash/``); see ``uploads.add_files``."""
        return add_files(self.settings.corpus, paths, self.settings.max_file_bytes, names, replace)

    def remove_document(self, source: str) -> list[str]:
        """Move a document's files out of the corpus (to its ``.trash/``); the index is not updated."""
        document = self.loaded().document_by_source.get(source)
        if document is None:
            raise CorpusError(messages.en("no_such_document", source=source))
        return remove_document(self.settings.corpus, document)

    def source(self, citation: Citation) -> tuple[IndexedDocument, str]:
        """The cited document's record and original text, read from the index.

        Raises:
            CorpusError: the document is no longer indexed, or has changed since the citation
                was made (its text no longer holds the quote at the cited offsets).
        """
        loaded = self.loaded()
        document = loaded.document_by_source.get(citation.source)
        if document is None:
            raise CorpusError(messages.fr("source_gone", source=citation.source))
        text = loaded.texts[citation.source]
        inside = 0 <= citation.start < citation.end <= len(text)
        if not inside or not holds_quote(text[citation.start : citation.end], citation.quote, document.format == "md"):
            raise CorpusError(messages.fr("source_changed", source=citation.source))
        return document, text

    def scope(self, sources: Sequence[str] = (), since: str | None = None, until: str | None = None) -> Scope:
        """A search scope, checked against the index: named documents exist, dates are dates."""
        try:
            first = parse_iso(since).isoformat() if since else None
            last = parse_iso(until).isoformat() if until else None
        except ValueError as exc:
            raise QuestionError(messages.of(exc)) from None
        if first and last and first > last:
            raise QuestionError(messages.fr("period_reversed", first=first, last=last))
        if not sources:  # the usual question: nothing to look up
            return _not_empty(Scope(frozenset(), first, last), self.documents())
        if isinstance(sources, str) or not all(isinstance(s, str) for s in sources):
            raise QuestionError(messages.fr("documents_not_list"))
        if len(sources) > MAX_SCOPE_DOCUMENTS:
            raise QuestionError(messages.fr("too_many_documents", count=len(sources), limit=MAX_SCOPE_DOCUMENTS))
        # Names compared composed (NFC): macOS writes "é" as "e" + accent, a keyboard types "é".
        known = {unicodedata.normalize("NFC", s): (s, d) for d in self.documents() for s in (d.source, *d.also)}
        unknown = [s for s in sources if unicodedata.normalize("NFC", s) not in known]
        if unknown:
            # Named, but never echoed whole: a message stays short whatever the input.
            named = ", ".join(_shortened(u) for u in unknown[:3])
            if len(unknown) == 4:
                raise QuestionError(messages.fr("unknown_documents_one_more", named=named))
            if len(unknown) > 4:
                raise QuestionError(messages.fr("unknown_documents_more", named=named, more=len(unknown) - 3))
            if len(unknown) == 1 and scanned_name(self.settings.corpus, unknown[0]):
                # A broken file is skipped by the build: "no such document" would send the
                # user checking a name that is right.
                raise QuestionError(messages.fr("document_not_indexed", named=named))
            if len(unknown) == 1 and (near := near_names(unknown[0], known)):
                # "loeb_2007.txt" for "archives/2007/loeb_2007.txt", "Gaillard.txt" for "gaillard.txt"
                near_named = ", ".join(_shortened(n) for n in near[:3])
                raise QuestionError(messages.fr("unknown_document_near", named=named, near=near_named))
            raise QuestionError(messages.fr("unknown_documents", named=named))
        named_documents = [known[unicodedata.normalize("NFC", s)] for s in sources]
        scope = Scope(frozenset(name for name, _ in named_documents), first, last)
        return _not_empty(scope, [d for _, d in named_documents])


def _name_not_in_corpus(retrieval: Retrieval) -> str | None:
    """A name the question asks about that no passage of the corpus holds, or None.

    The reader reads whether a passage answers the question, not whether it is about the one
    asked: "Combien de victoires Alain Prost a-t-il remportées sur les 14 courses de la
    saison ?" got another driver's results at 0.86. A name (``conversation.names``) counts by
    its telling word (``answer.name_key``), as BM25 stems it or by its first letters
    (``LexicalIndex.knows``), or by another of its words a document calls someone by
    (``_known_name``: "Elton" for Elton John). A name in capitals only is left out ("WEC", "FIA": a corpus
    may spell it out). English capitalises a question's first word and ordinary words
    ("According to…", "European teams", "the World Endurance Championship"): there a name
    counts when it has two words or more, does not open the question, and the corpus holds
    none of its words. A French question typed without case (``truecase.caseless``) has its
    names found as what no French dictionary holds (``truecase.uncased_names``: "quel âge a
    alain prost ?"). The whole corpus is searched, not the passages read:
    a release or a paragraph may call its subject "il" throughout.
    """
    question = retrieval.question
    lexical = retrieval.index.lexical
    english = retrieval.language == ENGLISH  # the understood question's, or its typed one's
    for name in names_in(question):
        words = name_words(name)
        if not words or not any(c.islower() for c in name):
            continue
        if (
            " " not in name
            and is_word(name)
            and re.search(rf"(?<![\w’'-])(?:l[’']|les? |la ){re.escape(name)}", question)
        ):
            continue  # a common noun with its article and a capital: a nickname ("l'Hexagone" for France)
        if english:
            if " " in name and not question.startswith(name) and not any(map(lexical.knows, words)):
                return name
        elif not _known_name(name, question, retrieval.index):
            return name
    if english or not caseless(question):
        return None
    return next((n for n in uncased_names(question) if not _known_name(n, question, retrieval.index)), None)


# A competition's name: a noun of the kind and what it is of ("Tour de France", "Grand Prix
# de Pau", "24 Heures du Mans", "Championnat de France des Rallyes", "Coupe du monde"). Only
# these nouns: "Roi des Zoulous" or "État des Zirides" describe whom or what, and the corpus
# says it otherwise ("le royaume zoulou": piaf-dev lost two answers to a rule for any noun).
_PARTICLE = re.compile(r"\s(?:de|du|des)\s|\sd['’]\s*(?=\w)", re.IGNORECASE)  # "Tour de France", "Rallye d'Alsace"
_COMPETITIONS = frozenset(
    "tour prix rallye heures championnat coupe trophée challenge critérium course classique tournoi"
    " jeux meeting marathon ronde boucles circuit".split()
)
NAME_PASSAGES = 50  # passages looked in for a competition's name: those BM25 ranks best for its words


def _named_noun(name: str) -> str | None:
    """The noun of a competition's name ("Tour" in "Tour de France", "Prix" in "Grand Prix
    de Pau", "Jeux" in "Jeux Olympiques de Paris"), or None: a name without "de", "du",
    "des" or "d'" ("Coupe Dunlop"), or of something else ("Charles de Gaulle", "Roi des
    Zoulous") (pure)."""
    if not _PARTICLE.search(name):
        return None
    return next((w for w in name.split() if w.lower() in _COMPETITIONS), None)


def _said_as_one(name: str, index: LoadedIndex, slipped: str | None = None) -> bool:
    """Whether some passage says the name's words as one name (``says_as_one``), among the
    ``NAME_PASSAGES`` BM25 ranks best for them: "24 Heures du Mans", "le Championnat de France
    des Rallyes Terre Junior", "le Rallye Alsace" for the "Rallye d'Alsace"; not "Championnat
    de France" or "au premier tour du Championnat de France" for the Tour de France (a new
    user's walk got the Tour d'Alsace's winner for it at 0.89)."""
    scores = index.lexical.scores(name)
    rows = np.flatnonzero(scores > 0)
    best = rows[np.argsort(-scores[rows], kind="stable")[:NAME_PASSAGES]]
    return says_as_one(name, (f"{index.chunks[int(r)].title}\n{index.chunks[int(r)].text}" for r in best), slipped)


def says_as_one(name: str, texts: Iterable[str], slipped: str | None = None) -> bool:
    """Whether one of ``texts`` says the name's words as one name: each of its searched words
    right after the one before, as BM25 reads words (stemmed, stopwords aside, alike by their
    first ``KNOWN_PREFIX`` letters as ``LexicalIndex.knows``) (pure). ``slipped``: a searched
    word of the name that may be one slip from the text's (``one_slip``): a short telling word
    typed wrong ("Yoann Le Gal" for Yoann Le Gall)."""
    wanted = tokenize(name)
    if len(wanted) < 2:
        return True  # one searched word: nothing to tell beyond it
    slips = {t for v in one_slip(slipped) for t in tokenize(v)} if slipped else set()

    def alike(word: str, other: str) -> bool:
        if other == slipped and word in slips:
            return True
        return word[:KNOWN_PREFIX] == other[:KNOWN_PREFIX] if len(other) >= KNOWN_PREFIX else word == other

    for text in texts:
        words = tokenize(text)
        for at in range(len(words) - len(wanted) + 1):
            if all(alike(words[at + i], w) for i, w in enumerate(wanted)):
                return True
    return False


def _event_unsaid(question: str, document: str, placing: bool = False) -> str | None:
    """A competition the question names ("Tour du Finistère", ``_named_noun``) that
    ``document`` never says, as one name (``says_as_one``) nor by its telling word
    (``answer.name_key``: a release writing "24H du Mans" or "GP de Pau" says the 24 Heures du
    Mans and the Grand Prix de Pau), or None (pure). Asked who won or finished where
    (``placing``), a name that may say where the race was counts too (``_a_where``: "Qui a
    gagné la manche de rallycross de Lohéac ?" was answered from the Ernée's release, a fifth
    walk)."""
    events = _events_asked(question, placing)
    if not events:
        return None
    words = set(tokenize(document))

    def knows(word: str) -> bool:
        return all(t in words for t in tokenize(word))

    def said(name: str) -> bool:  # one word is said when known ("Lohéac"), not for any word
        return says_as_one(name, [document]) if len(tokenize(name)) > 1 else knows(name)

    def told(name: str) -> bool:
        key = name_key(name)
        return key is not None and knows(key)

    return next((e for e in events if not (told(e) or said(e) or _said_in_parts(e, said, knows))), None)


def _events_asked(question: str, placing: bool) -> list[str]:
    """The competitions the question names, and with ``placing`` the names that may say where
    the race was (``_event_unsaid``) (pure)."""
    return [n for n in names_asked_about(question) if _named_noun(n) is not None or (placing and _a_where(n))]


def _a_where(name: str) -> bool:
    """Whether a name a placing question gives may be where the race was (pure): no person's,
    no acronym nor category ("JO", "F4"), no French or English word with a capital ("Premier",
    "Hours"): those a
    release writes otherwise or not at all (PIAF's "Qui a gagné le plus de médailles aux JO de
    2016 ?", whose article says "Jeux olympiques")."""
    from paddockqa.text import is_english_word, is_word

    if is_person(name) or any(c.isdigit() for c in name) or len(name) < 4 or name.isupper():
        return False
    # An English word is the question's language, not the release's: "Who won the 24 Hours of
    # Nogaro?" asks "Hours" of a release saying "Heures" (the fifth walk's answers, rerun).
    return len(name.split()) > 1 or not (is_word(name) or is_english_word(name))


def _race_unsaid(question: str, document: str, placing: bool = False) -> str | None:
    """The race the question names by its number ("l'étape 8", ``binding.event_asked``) when
    ``document`` names only other numbers of it ("La septième étape…", ``binding.another_event``)
    or, for who won or finished where (``placing``), numbers no race of any kind as asked (a
    rally's release for its fifth stage: a ninth walk answered "Who won the fifth stage …?"
    with the rally's winners); None otherwise (pure). "Où X gagne-t-il sa première course de
    Coupe du monde B ?" (PIAF) asks no placing: its paragraph's "sa première victoire" answers."""
    race = event_asked(question)
    if race is None:
        return None
    if another_event(document, question):
        return race
    numbers = {n for _, n in events_numbered(question)}
    return race if placing and not numbers & {n for _, n in events_numbered(document)} else None


# A year said of something else than an event: "depuis 2019", "since 2019", "fondée par son père
# en 1998", "founded in 1998", "né en 1996", "born in 1996".
_NOT_THE_EVENTS_YEAR = re.compile(
    r"\b(?:depuis|since|(?:fondée?s?|créée?s?|founded|created|née?s?|born)(?:\s+[^\s,.;]+){0,4}?\s+(?:en|in))"
    r"\s+(?:19|20)\d\d\b",
    re.I,
)


def _year_unsaid(question: str, document: str, placing: bool = False) -> str | None:
    """A year the question asks about that ``document`` (the answer's: its title, date and
    text) never says, or None (pure). Of piaf-dev's 33 questions naming a year, every gold
    paragraph says it (piaf-train: 321 of 337; "en 2005" asked of "la décennie 2000"). For a
    question of who won or finished where (``placing``), a year said as a time since which,
    or of a founding or a birth, is not said ("première femme sur un podium depuis 2019" in
    the 2025 rally's release answered who won it in 2019: a sixth walk's conversation)."""
    if placing:
        document = _NOT_THE_EVENTS_YEAR.sub(" ", document)
    years = [y for y in _YEAR.findall(question) if not re.search(rf"années\s+{y}", question)]
    return next((y for y in years if not re.search(rf"(?<!\d){y}(?!\d)", document)), None)


def _listing(
    hits: Sequence[Hit], read: int, place: int | None, races: AbstractSet[tuple[str, int]] = frozenset()
) -> int | None:
    """The first of ``hits`` past the ``read`` first whose passage lists an item numbered
    ``place`` (``binding.list_items``), or, when none of the first ``read`` names the race a
    placing question names by its number (``races``, ``binding.events_numbered``), the first
    that names it ("ES7 Anduze (14,2 km) : Roux / Roux" for who won the seventh special stage,
    a tenth walk's); None (pure)."""
    if place is None:
        return None
    if races and not any(race_lines(h.chunk.text, races) for h in hits[:read]):
        # A line giving the race's winner ("ES2 Lasalle (16,1 km) : Roux / Roux") over a read
        # sentence only naming the race ("… ont abandonné dans la deuxième spéciale").
        lined = (i for i in range(read, len(hits)) if race_lines(hits[i].chunk.text, races))
        unread = (i for i in range(read, len(hits)) if events_numbered(hits[i].chunk.text) & races)
        named = next(lined, None)
        if named is None and not any(events_numbered(h.chunk.text) & races for h in hits[:read]):
            named = next(unread, None)
        if named is not None:
            return named
    return next((i for i in range(read, len(hits)) if list_items(hits[i].chunk.text, place)), None)


def _listing_person(hits: Sequence[Hit], read: int, question: str) -> int | None:
    """For a place or a gap asked of someone ("Quel retard Théo Marchal avait-il sur le vainqueur
    ?", ``binding.time_subject``), the first of ``hits`` past the ``read`` first whose results
    list names them, when none of those read does (a tenth walk's list was never read); None
    otherwise (pure)."""
    if expected_type(question) not in ("rank", "gap"):
        return None
    person = time_subject(question)
    if person is None or any(lists_person(h.chunk.text, person) for h in hits[:read]):
        return None
    return next((i for i in range(read, len(hits)) if lists_person(hits[i].chunk.text, person)), None)


def _team_passage(hits: Sequence[Hit], read: int, question: str) -> int | None:
    """For a team asked ("Pour quelle écurie Patrick Pilet roule-t-il en ALMS ?",
    ``binding.team_asked``), the first of ``hits`` past the ``read`` first, of a document read,
    whose passage names a team (``binding.names_a_team``), when none of those read does: the
    press set's interview says "Mon équipe, le Flying Lizard" in its fifth passage; None
    otherwise (pure)."""
    if team_asked(question) is None or any(names_a_team(h.chunk.text) for h in hits[:read]):
        return None
    sources = {h.chunk.source for h in hits[:read]}
    return next(
        (i for i in range(read, len(hits)) if hits[i].chunk.source in sources and names_a_team(hits[i].chunk.text)),
        None,
    )


def _past_winners_passage(hits: Sequence[Hit], read: int, question: str) -> int | None:
    """For a past year's winners asked ("Qui avait remporté le Rallye du Touquet l'an dernier
    ?", ``answer.past_winners_asked``), the first of ``hits`` past the ``read`` first, of a
    document read, whose passage names them in apposition (``answer.winners_of``: "Vainqueurs
    de l'édition 2024, Mathis Brébion et Élodie Caron …", a sixteenth walk's third passage),
    when none of those read does; None otherwise (pure)."""

    def names_them(hit: Hit) -> bool:
        return bool(past_winners_in(hit.chunk.text, question, (hit.document.date or "") if hit.document else ""))

    if not asks_past_winners(question) or any(names_them(h) for h in hits[:read]):
        return None
    sources = {h.chunk.source for h in hits[:read]}
    return next((i for i in range(read, len(hits)) if hits[i].chunk.source in sources and names_them(hits[i])), None)


def _said_in_parts(name: str, said: Callable[[str], bool], knows: Callable[[str], bool]) -> bool:
    """Whether a competition's name glued to words around it is said: a shorter run of its
    words holding the noun is said as one (``_said_as_one``; a run without "de" is a name
    like any other, whose words need only be known), and each word outside that run is known
    (``knows``: to the corpus, ``LexicalIndex.knows``; ``said``: as one, ``_said_as_one``) (pure
    but for what they read). A fourth walk's "Grand Prix d'Italie MotoGP" and
    "Régularité du Grand Tour Classique" were refused as names no document says, where one
    says "le Grand Prix d'Italie" and "MotoGP" apart, "catégorie Régularité du Grand Tour
    Classique" another way."""
    words = name.split()
    noun = _named_noun(name)
    if noun is None:
        return False
    at = words.index(noun)
    # The noun's own complement stays in the run: "Tour" alone is not the Tour de France.
    least = at + 1
    for k in range(at + 1, len(words)):
        word = words[k].lower()
        if word[:2] in ("d'", "d’") and len(word) > 2:
            least = k + 1  # "Prix d'Italie"
            break
        if word in ("de", "du", "des"):
            least = min(k + 2, len(words))  # "Tour de France"
            break
    for start in range(at, -1, -1):
        for end in range(len(words), least - 1, -1):
            if (start, end) == (0, len(words)):
                continue
            run = " ".join(words[start:end])
            rest = [w for w in words[:start] + words[end:] if w.lower() not in ("de", "du", "des")]
            if not all(knows(w) for w in rest):
                continue
            if _PARTICLE.search(run) is None:
                if all(knows(w) for w in words[start:end]):
                    return True
            elif said(run):
                return True
    return False


def _known_name(name: str, question: str, index: LoadedIndex) -> bool:
    """Whether the corpus holds the name by its telling word (``answer.name_key``), or calls
    someone by another of its words and by no other name beside it (``truecase.written_within``):
    a Wikipedia paragraph calls Elton John "Elton", a report may call Ayrton Senna da Silva
    "Ayrton Senna". The documents looked at are the ``NAME_DOCUMENTS`` first of those holding
    the word, ranked by BM25 for the whole question: the ones about the subject asked, not the
    shortest passages that happen to hold a common given name."""
    key = name_key(name)
    lexical = index.lexical
    if key is not None and _named_noun(name) is not None:
        # "Tour de France": France is everywhere in a French corpus, the Tour de France maybe nowhere.
        said = partial(_said_as_one, index=index)
        return lexical.knows(key) and (said(name) or _said_in_parts(name, said, lexical.knows))
    if key is None or lexical.knows(key):
        return True
    folded = fold_accents(key.lower())
    if len(folded) < KNOWN_PREFIX and tokenize(folded) == [folded] and _said_as_one(name, index, slipped=folded):
        # A short telling word one slip from the corpus's, the rest of the name said with it: "Yoann
        # Le Gal" (a third walk; ``LexicalIndex.knows`` takes no slip below 5 letters, where a word
        # is one slip from too many others: the whole name is what tells it here).
        return True
    asked = lexical.scores(question)
    for part in name_parts(name, key):
        holding = lexical.scores(part)
        rows = np.flatnonzero(holding > 0)
        if not len(rows):
            continue
        rank = asked[rows] if len(asked) else holding[rows]
        sources: list[str] = []
        for row in rows[np.argsort(-rank, kind="stable")]:
            source = index.chunks[int(row)].source
            if source not in sources:
                sources.append(source)
                if len(sources) == NAME_DOCUMENTS:
                    break
        if written_within(part, name, ("\n".join(index.passages_of(s)) for s in sources)):
            return True
    return False
