"""Evaluation datasets on disk -> Documents and questions with their gold labels.

The format is the one of PIAF as repackaged in ``piaf-v1.1-*.jsonl.gz``:

- a corpus, either ``*corpus.jsonl[.gz]`` (one ``{"id", "title", "text"}`` per line)
  or a ``corpus/`` folder of press files read like any PaddockQA corpus (the document
  id is then the file's path inside that folder);
- ``*questions.jsonl[.gz]``: one ``{"id", "question", "answers": [{"text"}...],
  "gold_paragraph_id"}`` per line. A question whose ``gold_paragraph_id`` is null (or
  that says ``"answerable": false``) is one the corpus cannot answer;
- or, for conversations, ``*dialogues.jsonl[.gz]``: one ``{"id", "turns": [...]}`` per
  line, each turn a question record as above plus ``"kind"``: ``"first"`` (the opening
  question), ``"follow-up"`` (leans on the turns before it) or ``"switch"`` (names a new
  subject).
"""

from __future__ import annotations

import gzip
import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from paddockqa.corpus import scan_corpus
from paddockqa.domain import Document
from paddockqa.errors import PaddockError
from paddockqa.language import ENGLISH, FRENCH


class DatasetError(PaddockError):
    """An evaluation dataset is missing or malformed."""


@dataclass(frozen=True)
class EvalQuestion:
    """One question of a dataset, with what counts as a right answer."""

    id: str
    question: str
    answers: tuple[str, ...]  # any of them, found in the reply, counts as a hit
    gold: str | None  # the source of the document written for it; None if unanswerable
    kind: str = "question"  # in a dialogue: "first", "follow-up" or "switch"
    language: str | None = None  # "fr" or "en" when the dataset says it (eval/press does)


TURN_KINDS = ("first", "follow-up", "switch")


@dataclass(frozen=True)
class Dialogue:
    """A conversation of a dialogue set: its questions in the order they are asked."""

    id: str
    turns: tuple[EvalQuestion, ...]


@dataclass(frozen=True)
class Dataset:
    name: str
    documents: tuple[Document, ...]
    questions: tuple[EvalQuestion, ...]  # of a dialogue set: every turn, in order
    fingerprint: str  # changes whenever the corpus changes, to key its cached index
    dialogues: tuple[Dialogue, ...] = ()  # a dialogue set's conversations; empty for a question set


def load_dataset(folder: Path) -> Dataset:
    """Read a dataset folder; raise DatasetError saying what is missing."""
    if not folder.is_dir():
        raise DatasetError(f"Dataset folder {folder} does not exist.")
    dialogues: tuple[Dialogue, ...] = ()
    if any(p.suffix in (".jsonl", ".gz") for p in folder.glob("*dialogues.jsonl*")):
        questions_file = _one(folder, "*dialogues.jsonl*", "dialogues")
        dialogues = tuple(_dialogues(questions_file))
    else:
        questions_file = _one(folder, "*questions.jsonl*", "questions")
    if (folder / "corpus").is_dir():
        scan = scan_corpus(folder / "corpus")
        documents = scan.documents
    else:
        documents = tuple(_jsonl_documents(_one(folder, "*corpus.jsonl*", "corpus")))
    questions = tuple(t for d in dialogues for t in d.turns) if dialogues else tuple(_questions(questions_file))
    known = {d.source for d in documents}
    unknown = sorted({q.gold for q in questions if q.gold is not None and q.gold not in known})
    if unknown:
        raise DatasetError(
            f"{questions_file.name} names {len(unknown)} document(s) absent from the corpus, e.g. {unknown[0]!r}."
        )
    digest = hashlib.sha256()
    for doc in documents:
        digest.update(f"{doc.source}\0{doc.content_hash}\0{doc.title}\n".encode())
    return Dataset(folder.resolve().name, documents, questions, digest.hexdigest()[:16], dialogues)


def without(dataset: Dataset, sources: set[str]) -> Dataset:
    """The dataset with some documents removed; their questions become unanswerable (pure)."""
    documents = tuple(d for d in dataset.documents if d.source not in sources)
    questions = tuple(
        EvalQuestion(q.id, q.question, q.answers, None if q.gold in sources else q.gold) for q in dataset.questions
    )
    digest = hashlib.sha256((dataset.fingerprint + "\0" + "\0".join(sorted(sources))).encode()).hexdigest()[:16]
    return Dataset(dataset.name + "-without", documents, questions, digest)


def with_unanswerable(dataset: Dataset, documents: int, seed: int = 0) -> Dataset:
    """The dataset without the gold documents of ``documents`` sampled ones (seeded, pure).

    Their questions become on-topic unanswerable questions (the rest of the article stays),
    the hard case a refusal must handle; the calibration of refusals uses the same recipe.

    Raises:
        DatasetError: fewer gold documents than asked for.
    """
    import random

    golds = sorted({q.gold for q in dataset.questions if q.gold is not None})
    if documents > len(golds):
        raise DatasetError(f"--unanswerable {documents}: the dataset has only {len(golds)} gold documents.")
    return without(dataset, set(random.Random(seed).sample(golds, documents)))


def _one(folder: Path, pattern: str, what: str) -> Path:
    found = sorted(p for p in folder.glob(pattern) if p.suffix in (".jsonl", ".gz"))
    if len(found) != 1:
        raise DatasetError(
            f"Expected one {what} file matching {pattern} in {folder}, found {len(found)}. "
            "See `paddockqa eval --help` for the dataset format."
        )
    return found[0]


def _records(path: Path) -> Iterator[dict]:
    opener = gzip.open if path.suffix == ".gz" else open
    try:
        with opener(path, "rt", encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                if line.strip():
                    try:
                        yield json.loads(line)
                    except json.JSONDecodeError as exc:
                        raise DatasetError(f"{path.name}, line {number}: not valid JSON ({exc.msg}).") from exc
    except (OSError, EOFError) as exc:
        raise DatasetError(f"Cannot read {path}: {exc}.") from exc


def paragraph_document(record: dict) -> Document:
    """A corpus record ``{"id", "title", "text"}`` as the Document indexed for it (pure): its id
    is the source, its title (or id) the title.

    Raises:
        KeyError: the record has no ``id`` or ``text``.
    """
    text = record["text"]
    return Document(
        source=record["id"],
        title=record.get("title") or record["id"],
        date=None,
        text=text,
        content_hash=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        encoding="utf-8",
    )


def _jsonl_documents(path: Path) -> Iterator[Document]:
    for record in _records(path):
        try:
            yield paragraph_document(record)
        except KeyError as exc:
            raise DatasetError(f"{path.name}: a corpus record has no {exc} field.") from exc


def _dialogues(path: Path) -> Iterator[Dialogue]:
    for number, record in enumerate(_records(path), 1):
        try:
            name, turns = str(record["id"]), record["turns"]
        except KeyError as exc:
            raise DatasetError(f"{path.name}, line {number}: no {exc} field.") from exc
        if not isinstance(turns, list) or not turns:
            raise DatasetError(f"{path.name}, line {number}: turns must be a non-empty list of questions.")
        questions = tuple(
            _question(turn, f"{name}/{i}", f"{path.name}, line {number}") for i, turn in enumerate(turns, 1)
        )
        for question in questions:
            if question.kind not in TURN_KINDS:
                raise DatasetError(f"{path.name}, line {number}: kind {question.kind!r} is not one of {TURN_KINDS}.")
        yield Dialogue(name, questions)


def _questions(path: Path) -> Iterator[EvalQuestion]:
    for number, record in enumerate(_records(path), 1):
        yield _question(record, str(record.get("id", number)), f"{path.name}, line {number}")


def _language(value: object, where: str) -> str | None:
    """A question's stated language: None when unsaid, else one ``language`` knows."""
    if value is None:
        return None
    if value not in (FRENCH, ENGLISH):
        raise DatasetError(f"{where}: language {value!r} is neither {FRENCH!r} nor {ENGLISH!r}.")
    return str(value)


def _question(record: dict, default_id: str, where: str) -> EvalQuestion:
    try:
        answers = tuple(a["text"] if isinstance(a, dict) else a for a in record.get("answers") or ())
        if not answers and record.get("answer"):
            answers = (record["answer"],)
        # The key must be there (null meaning unanswerable), so a misspelt field is an error.
        answerable = record.get("answerable", True) and record["gold_paragraph_id"] is not None
        return EvalQuestion(
            id=str(record.get("id", default_id)),
            question=record["question"],
            answers=answers,
            gold=record["gold_paragraph_id"] if answerable else None,
            kind=str(record.get("kind", "question")),
            language=_language(record.get("language"), where),
        )
    except KeyError as exc:
        raise DatasetError(f"{where}: no {exc} field.") from exc
