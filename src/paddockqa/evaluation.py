"""Ask every question of a dataset and measure retrieval and answers.

Retrieval is scored per document: a document counts once, at the rank of its best
passage, however many of its passages are retrieved. An answer is a hit when, after
normalising case, whitespace and apostrophes (accents kept), it contains one of the gold
answers. The metrics are pure functions of the per-question results, so they are tested
without a model.
"""

from __future__ import annotations

import os
import re
import shutil
import time
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np

from paddockqa.config import Settings
from paddockqa.conversation import Turn, names, turn_of
from paddockqa.corpus import CorpusScan
from paddockqa.dataset import Dataset, Dialogue, EvalQuestion
from paddockqa.domain import Answer
from paddockqa.embedding import Embedder
from paddockqa.errors import PaddockIndexError
from paddockqa.language import ENGLISH, question_language
from paddockqa.pipeline import Pipeline
from paddockqa.reader import OnnxReader, squad_scores

RANK_DEPTH = 10  # documents ranked per question, for recall@10 and mrr@10
_MARKER = re.compile(r"\s*\[\d+\]")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'"})


@dataclass(frozen=True)
class QuestionResult:
    """What the pipeline did with one question."""

    id: str
    question: str
    gold: str | None
    ranked: tuple[str, ...]  # distinct documents, best first
    answered: bool
    answer: str  # the reply without its [n] markers
    cited: str | None  # the document of the first citation
    hit: bool
    latency_ms: float
    score: float  # the answer's confidence, for calibrating refusals
    short_answer: str | None = None  # the reader's span, when the reader is on and answered
    # In a dialogue: the turn's kind, the question as understood, and whether the same
    # question asked alone (without the conversation) came out right.
    kind: str = "question"
    resolved: str | None = None
    right_alone: bool | None = None
    resolve_ms: float = 0.0  # the time spent understanding it with the conversation
    # A follow-up's, each the least of two runs (one run's difference is the machine's noise as
    # much): its latency with the conversation, and that of its understood question asked plainly.
    least_ms: float | None = None
    plain_ms: float | None = None
    language: str | None = None  # as the dataset states it (``EvalQuestion.language``)

    @property
    def extra_ms(self) -> float | None:
        """What answering a follow-up cost over asking it as understood, plainly (ms)."""
        return None if self.plain_ms is None or self.least_ms is None else self.least_ms - self.plain_ms

    @property
    def named(self) -> bool:
        """The question names someone or something (a capitalised name, ``conversation.names``).

        A question written while reading its paragraph often names nothing ("Qui termine
        1er ?"): no search can find its paragraph, so the report splits on this.
        """
        return bool(names(self.question))

    @property
    def english(self) -> bool:
        """The question is asked in English: as the dataset states it (``EvalQuestion.language``),
        else as ``language.question_language`` reads it."""
        return (self.language or question_language(self.question)) == ENGLISH

    @property
    def right(self) -> bool:
        """Answered from the gold document with the fact: the first citation is the gold
        document and the answer holds a gold answer."""
        return self.hit and self.gold is not None and self.cited == self.gold

    def to_json(self) -> dict[str, object]:
        dialogue: dict[str, object] = (
            {"kind": self.kind, "resolved": self.resolved, "right": self.right, "right_alone": self.right_alone}
            if self.kind != "question"
            else {}
        )
        if self.plain_ms is not None and self.least_ms is not None:
            dialogue["least_latency_ms"] = round(self.least_ms, 1)
            dialogue["plain_latency_ms"] = round(self.plain_ms, 1)
        return {
            **dialogue,
            "id": self.id,
            "question": self.question,
            "gold": self.gold,
            "ranked": list(self.ranked),
            "answered": self.answered,
            "answer": self.answer,
            "cited": self.cited,
            "hit": self.hit,
            "latency_ms": round(self.latency_ms, 1),
            "score": round(self.score, 4),
            "short_answer": self.short_answer,
        }


@dataclass(frozen=True)
class EvalReport:
    """The aggregate numbers ``paddockqa eval`` prints."""

    questions: int
    recall_at_1: float
    recall_at_5: float
    recall_at_10: float
    mrr_at_10: float
    answer_hit_at_1: float
    answer_chars_mean: float
    refusals: int
    latency_ms_p50: float
    latency_ms_p95: float
    seconds: float
    # Rates, when the dataset has unanswerable questions (gold None): refused among those, and among the others.
    unanswerable_refused: float | None = None
    answerable_refused: float | None = None
    # SQuAD exact match and F1 of the short answers (a refusal scores 0), when the reader gave any.
    short_answer_em: float | None = None
    short_answer_f1: float | None = None
    # Of a dialogue set: rates of turns answered right (``QuestionResult.right``) by kind;
    # follow-ups asked alone for comparison; dialogues with every turn right.
    first_right: float | None = None
    follow_up_right: float | None = None
    follow_up_right_alone: float | None = None
    switch_right: float | None = None
    dialogues_right: float | None = None
    resolve_ms_max: float | None = None
    # Follow-ups' latency over their understood question asked plainly (``QuestionResult.extra_ms``):
    # the median, the most, and how many cost more than EXTRA_MS_TARGET (issue 15's 50 ms).
    follow_up_extra_ms_p50: float | None = None
    follow_up_extra_ms_max: float | None = None
    follow_ups_over_extra_target: int | None = None
    # Split by ``QuestionResult.named`` (answerable plain questions), when both kinds occur:
    # the share that names something, and recall@1 / answer_hit@1 of each kind.
    named_share: float | None = None
    recall_at_1_named: float | None = None
    answer_hit_at_1_named: float | None = None
    recall_at_1_unnamed: float | None = None
    answer_hit_at_1_unnamed: float | None = None
    # Split by the question's language (``QuestionResult.english``; answerable plain questions),
    # when both occur: issue 13 asks English questions to be answered as well as French ones.
    english_questions: int | None = None
    recall_at_1_english: float | None = None
    answer_hit_at_1_english: float | None = None
    refused_english: float | None = None
    recall_at_1_french: float | None = None
    answer_hit_at_1_french: float | None = None
    refused_french: float | None = None
    # ... and of the unanswerable questions, the share refused in each language, when both occur
    unanswerable_refused_english: float | None = None
    unanswerable_refused_french: float | None = None

    def to_json(self) -> dict[str, object]:
        optional = {
            name: round(value, 4)
            for name, value in (
                ("unanswerable_refused", self.unanswerable_refused),
                ("answerable_refused", self.answerable_refused),
                ("short_answer_em", self.short_answer_em),
                ("short_answer_f1", self.short_answer_f1),
                ("first_right", self.first_right),
                ("follow_up_right", self.follow_up_right),
                ("follow_up_right_alone", self.follow_up_right_alone),
                ("switch_right", self.switch_right),
                ("dialogues_right", self.dialogues_right),
                ("resolve_ms_max", self.resolve_ms_max),
                ("follow_up_extra_ms_p50", self.follow_up_extra_ms_p50),
                ("follow_up_extra_ms_max", self.follow_up_extra_ms_max),
                (f"follow_ups_over_{EXTRA_MS_TARGET}ms", self.follow_ups_over_extra_target),
                ("named_share", self.named_share),
                ("recall@1_named", self.recall_at_1_named),
                ("answer_hit@1_named", self.answer_hit_at_1_named),
                ("recall@1_unnamed", self.recall_at_1_unnamed),
                ("answer_hit@1_unnamed", self.answer_hit_at_1_unnamed),
                ("english_questions", self.english_questions),
                ("recall@1_english", self.recall_at_1_english),
                ("answer_hit@1_english", self.answer_hit_at_1_english),
                ("refused_english", self.refused_english),
                ("recall@1_french", self.recall_at_1_french),
                ("answer_hit@1_french", self.answer_hit_at_1_french),
                ("refused_french", self.refused_french),
                ("unanswerable_refused_english", self.unanswerable_refused_english),
                ("unanswerable_refused_french", self.unanswerable_refused_french),
            )
            if value is not None
        }
        return {
            "questions": self.questions,
            "recall@1": round(self.recall_at_1, 4),
            "recall@5": round(self.recall_at_5, 4),
            "recall@10": round(self.recall_at_10, 4),
            "mrr@10": round(self.mrr_at_10, 4),
            "answer_hit@1": round(self.answer_hit_at_1, 4),
            "answer_chars_mean": round(self.answer_chars_mean, 1),
            "refusals": self.refusals,
            "latency_ms_p50": round(self.latency_ms_p50, 1),
            "latency_ms_p95": round(self.latency_ms_p95, 1),
            **optional,
            "seconds": round(self.seconds, 1),
        }


def normalise(text: str) -> str:
    """Lower case, one kind of apostrophe, single spaces; accents are kept (pure).

    NFC first, so an "é" typed as e + combining accent matches a precomposed one.
    """
    return " ".join(unicodedata.normalize("NFC", text).translate(_APOSTROPHES).lower().split())


def strip_markers(text: str) -> str:
    return _MARKER.sub("", text).strip()


def ranked_documents(sources: Iterable[str], depth: int = RANK_DEPTH) -> tuple[str, ...]:
    """Distinct documents in order of their best passage, the first ``depth`` (pure)."""
    return tuple(dict.fromkeys(sources))[:depth]


def answer_hit(answer: str, golds: Sequence[str]) -> bool:
    """True when the answer contains one of the gold answers (pure)."""
    said = normalise(answer)
    return any(normalise(g) and normalise(g) in said for g in golds)


def reciprocal_rank(ranked: Sequence[str], gold: str, depth: int = RANK_DEPTH) -> float:
    for position, source in enumerate(ranked[:depth], 1):
        if source == gold:
            return 1.0 / position
    return 0.0


def summarise(
    results: Sequence[QuestionResult], seconds: float, golds: Mapping[str, Sequence[str]] | None = None
) -> EvalReport:
    """Aggregate per-question results (pure). Retrieval and answer metrics count only
    questions that have a gold document; refusals and latency count all.

    ``golds`` (question id -> gold answers) scores the short answers with SQuAD's EM and F1
    (``reader.squad_scores``) when any result has one.
    """
    answerable = [r for r in results if r.gold is not None]
    unanswerable = [r for r in results if r.gold is None]

    def mean(values: Sequence[float]) -> float:
        return float(np.mean(values)) if len(values) else 0.0

    def recall(k: int) -> float:
        return mean([float(r.gold in r.ranked[:k]) for r in answerable])

    latencies = np.array([r.latency_ms for r in results]) if results else np.zeros(1)
    answered = [r for r in results if r.answered]
    short_em = short_f1 = None
    if golds is not None and any(r.short_answer is not None for r in results):
        scores = [squad_scores(r.short_answer or "", golds.get(r.id, ())) for r in answerable]
        short_em, short_f1 = mean([e for e, _ in scores]), mean([f for _, f in scores])
    return EvalReport(
        questions=len(results),
        recall_at_1=recall(1),
        recall_at_5=recall(5),
        recall_at_10=recall(10),
        mrr_at_10=mean([reciprocal_rank(r.ranked, r.gold) for r in answerable if r.gold]),
        answer_hit_at_1=mean([float(r.hit) for r in answerable]),
        answer_chars_mean=mean([len(r.answer) for r in answered]),
        refusals=sum(not r.answered for r in results),
        latency_ms_p50=float(np.percentile(latencies, 50)),
        latency_ms_p95=float(np.percentile(latencies, 95)),
        seconds=seconds,
        unanswerable_refused=_refused(unanswerable) if unanswerable else None,
        answerable_refused=_refused(answerable) if unanswerable and answerable else None,
        short_answer_em=short_em,
        short_answer_f1=short_f1,
        **_conversation_rates(results),
        **_by_naming(answerable),
        **_by_language(answerable, unanswerable),
    )


def _plain(results: Sequence[QuestionResult]) -> list[QuestionResult]:
    """The questions asked alone, not as turns of a dialogue."""
    return [r for r in results if r.kind == "question"]


def _recall_at_1(results: Sequence[QuestionResult]) -> float:
    return float(np.mean([r.gold in r.ranked[:1] for r in results]))


def _answer_hit_at_1(results: Sequence[QuestionResult]) -> float:
    return float(np.mean([r.hit for r in results]))


def _refused(results: Sequence[QuestionResult]) -> float:
    return float(np.mean([not r.answered for r in results]))


def _by_naming(answerable: Sequence[QuestionResult]) -> dict[str, Any]:
    """recall@1 and answer_hit@1 of the plain questions that name something and of the
    others (``QuestionResult.named``), when both kinds occur (pure)."""
    plain = _plain(answerable)
    named = [r for r in plain if r.named]
    unnamed = [r for r in plain if not r.named]
    if not named or not unnamed:
        return {}
    out: dict[str, Any] = {"named_share": len(named) / len(plain)}
    for kind, rs in (("named", named), ("unnamed", unnamed)):
        out[f"recall_at_1_{kind}"] = _recall_at_1(rs)
        out[f"answer_hit_at_1_{kind}"] = _answer_hit_at_1(rs)
    return out


def _by_language(answerable: Sequence[QuestionResult], unanswerable: Sequence[QuestionResult]) -> dict[str, Any]:
    """recall@1, answer_hit@1 and the share refused of the plain answerable questions asked
    in English and of those asked in French, when both occur; and the share of the plain
    unanswerable ones refused in each language, when both occur there too (pure): an English
    question's confidence is shifted (``reader.calibration_for``), which moves both sides of
    a refusal."""

    def split(results: Sequence[QuestionResult]) -> tuple[list[QuestionResult], list[QuestionResult]]:
        plain = _plain(results)
        return [r for r in plain if r.english], [r for r in plain if not r.english]

    out: dict[str, Any] = {}
    english, french = split(answerable)
    if english and french:
        for lang, rs in (("english", english), ("french", french)):
            out[f"recall_at_1_{lang}"] = _recall_at_1(rs)
            out[f"answer_hit_at_1_{lang}"] = _answer_hit_at_1(rs)
            out[f"refused_{lang}"] = _refused(rs)
        out["english_questions"] = len(english)
    english, french = split(unanswerable)
    if english and french:
        out["unanswerable_refused_english"], out["unanswerable_refused_french"] = _refused(english), _refused(french)
    return out


EXTRA_MS_TARGET = 50  # issue 15: no follow-up costs more than this over a plain question


def _conversation_rates(results: Sequence[QuestionResult]) -> dict[str, Any]:
    """The dialogue metrics of EvalReport, when the results are turns of dialogues (pure)."""
    turns = [r for r in results if r.kind != "question"]
    if not turns:
        return {}

    def rate(kind: str) -> float:
        of_kind = [r.right for r in turns if r.kind == kind]
        return float(np.mean(of_kind)) if of_kind else 0.0

    follow_ups = [r for r in turns if r.kind == "follow-up"]
    extra = [r.extra_ms for r in follow_ups if r.extra_ms is not None]
    dialogues: dict[str, bool] = {}
    for r in turns:
        name = r.id.rsplit("/", 1)[0]
        dialogues[name] = dialogues.get(name, True) and r.right
    return {
        "first_right": rate("first"),
        "follow_up_right": rate("follow-up"),
        "follow_up_right_alone": float(np.mean([bool(r.right_alone) for r in follow_ups])) if follow_ups else 0.0,
        "switch_right": rate("switch"),
        "dialogues_right": float(np.mean(list(dialogues.values()))),
        "resolve_ms_max": max(r.resolve_ms for r in turns),
        **(
            {
                "follow_up_extra_ms_p50": float(np.percentile(extra, 50)),
                "follow_up_extra_ms_max": max(extra),
                "follow_ups_over_extra_target": sum(e > EXTRA_MS_TARGET for e in extra),
            }
            if extra
            else {}
        ),
    }


def ask_one(pipeline: Pipeline, question: EvalQuestion) -> QuestionResult:
    """Ask one question through the pipeline and record what came back."""
    return _ask(pipeline, question)[0]


def _ask(pipeline: Pipeline, question: EvalQuestion, turns: Sequence[Turn] = ()) -> tuple[QuestionResult, Answer]:
    """Ask one question, after ``turns`` of a conversation: what came back, and the Answer."""
    began = time.perf_counter()
    resolution = pipeline.understand(question.question, turns)
    understood = time.perf_counter()
    retrieval, answer = pipeline.answer_understood(resolution, RANK_DEPTH * 3)
    latency = (time.perf_counter() - began) * 1000
    ranked = ranked_documents(h.chunk.source for h in retrieval.hits)
    text = strip_markers(answer.text) if answer.answered else ""
    return (
        QuestionResult(
            id=question.id,
            question=question.question,
            gold=question.gold,
            ranked=ranked,
            answered=answer.answered,
            answer=text,
            cited=answer.citations[0].source if answer.citations else None,
            hit=answer.answered and answer_hit(text, question.answers),
            latency_ms=latency,
            score=answer.confidence,
            short_answer=answer.short_answer.text if answer.answered and answer.short_answer else None,
            kind=question.kind,
            resolved=resolution.resolved if question.kind != "question" else None,
            resolve_ms=(understood - began) * 1000,
            language=question.language,
        ),
        answer,
    )


def converse(pipeline: Pipeline, dialogue: Dialogue) -> list[QuestionResult]:
    """Ask a dialogue's turns in order, each with the conversation so far; each follow-up
    is also asked alone, to measure what the conversation brings, and as understood with it
    (its ``resolved`` question, plainly), to measure what answering it as a follow-up costs."""
    turns: list[Turn] = []
    results = []
    for question in dialogue.turns:
        result, answer = _ask(pipeline, question, turns)
        if question.kind == "follow-up":
            plain = replace(question, question=result.resolved or question.question)
            again = _ask(pipeline, question, turns)[0].latency_ms
            result = replace(
                result,
                right_alone=_ask(pipeline, question)[0].right,
                least_ms=min(result.latency_ms, again),
                plain_ms=min(_ask(pipeline, plain)[0].latency_ms for _ in range(2)),
            )
        results.append(result)
        turns.append(turn_of(answer))
    return results


def index_folder(settings: Settings, dataset: Dataset) -> Path:
    """Where a dataset's index is cached, keyed by its corpus and the chunk settings."""
    key = f"{dataset.name}-{dataset.fingerprint}-{settings.chunk_size}-{settings.chunk_overlap}"
    return settings.home.expanduser() / "eval" / key


KEPT_INDEXES = 2  # cached indexes kept per dataset name: the one in use and the one before


def prune_cached(folder: Path, name: str, kept: int = KEPT_INDEXES) -> list[Path]:
    """Delete the cached indexes of dataset ``name`` other than ``folder`` and the most recently
    used ones, ``kept`` in all; return those deleted. Each edit of a dataset's corpus or of the
    chunk settings caches a new index (piaf-dev's takes 10 MB, the piaf one's 60 MB): without
    this, the cache only grew (74 MB here after a few days). A folder that cannot be deleted
    is left for the next run. Two datasets of one folder name in different places share the
    name, and so their two latest indexes."""
    own = re.compile(rf"{re.escape(name)}-[0-9a-f]{{16}}-\d+-\d+")
    others = []
    for path in folder.parent.iterdir():
        if path != folder and own.fullmatch(path.name):
            try:
                others.append((path.stat().st_mtime, path))
            except OSError:
                continue  # deleted meanwhile by another run
    others.sort(reverse=True)
    deleted = []
    for _, old in others[max(0, kept - 1) :]:
        shutil.rmtree(old, ignore_errors=True)
        if not old.exists():
            deleted.append(old)
    return deleted


def evaluate(
    dataset: Dataset,
    settings: Settings,
    limit: int | None = None,
    embedder: Embedder | None = None,
    progress: Callable[[str, int, int], None] | None = None,
    reader: OnnxReader | None = None,
    reuse: Dataset | None = None,
) -> tuple[EvalReport, list[QuestionResult]]:
    """Index the dataset's corpus (cached) and ask its questions.

    ``reuse``: a dataset whose cached index holds this one's texts (the full corpus of a
    dataset with documents removed); a first run copies it, so nothing is embedded again.
    """
    report = (lambda *args: None) if progress is None else progress
    began = time.perf_counter()
    folder = index_folder(settings, dataset)
    if reuse is not None and not folder.exists() and index_folder(settings, reuse).is_dir():
        try:
            shutil.copytree(index_folder(settings, reuse), folder)  # the next build reuses its vectors by text
        except OSError as exc:
            raise PaddockIndexError(f"Cannot copy the cached index to {folder}: {exc}. Check PADDOCKQA_HOME.") from exc
    pipeline = Pipeline(replace(settings, index=folder), embedder, reader=reader)
    pipeline.build(report, scan=CorpusScan(dataset.documents, ()))
    os.utime(folder)  # used now: the pruning keeps the most recently used
    prune_cached(folder, dataset.name)
    questions = dataset.questions[:limit] if limit else dataset.questions
    # Latencies are a warm process's, as `serve`'s: the index, the models and the French word
    # lists the follow-up rules and truecasing consult are loaded (once per process: a
    # follow-up typed in small letters, after an answer naming someone with an accent, is
    # truecased against the accent-folded list), and left out of the collector's full passes.
    pipeline.warm_up()
    results: list[QuestionResult] = []
    report("asking", 0, len(questions))
    if dataset.dialogues:
        for dialogue in dataset.dialogues[:limit] if limit else dataset.dialogues:
            results += converse(pipeline, dialogue)
            report("asking", len(results), len(dataset.questions))
    for done, question in enumerate(() if dataset.dialogues else questions, 1):
        results.append(ask_one(pipeline, question))
        report("asking", done, len(questions))
    golds = {q.id: q.answers for q in questions}
    return summarise(results, time.perf_counter() - began, golds), results
