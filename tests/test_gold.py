"""The press gold set (eval/press), run through `paddockqa eval`'s own code with the real model.

Questions were written by reading the seed texts and paraphrased. Issue 3's bar: every
answerable question cites the right document first, every unanswerable one is refused,
and no answerable one is refused.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from paddockqa.answer import MAX_ANSWER_CHARS, MAX_RUNNER_UP_CHARS
from paddockqa.cli import main
from paddockqa.config import Settings
from paddockqa.dataset import load_dataset
from paddockqa.evaluation import evaluate
from paddockqa.text import holds_quote

pytestmark = pytest.mark.slow
PRESS = Path(__file__).resolve().parent.parent / "eval" / "press"
PIAF_SAMPLE = Path(__file__).resolve().parent / "data" / "piaf-sample"


@pytest.fixture(scope="module")
def press(model_home, embedder, tmp_path_factory):
    settings = Settings(home=model_home, index=tmp_path_factory.mktemp("unused"))
    return evaluate(load_dataset(PRESS), settings, embedder=embedder)


def test_gold_set_is_big_enough() -> None:
    records = [json.loads(line) for line in (PRESS / "questions.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(records) >= 40
    assert sum(r["gold_paragraph_id"] is None for r in records) >= 5
    assert sum(r["language"] == "en" for r in records) >= 5


def test_every_answerable_question_cites_the_right_document_first(press) -> None:
    _, results = press
    wrong = [(r.question, r.cited) for r in results if r.gold is not None and r.cited != r.gold]
    assert wrong == []


def test_at_most_one_answerable_question_is_refused(press) -> None:
    """Issue 13's bar with the reader (measured: 1 of 35, a model of Porsche the reader doubts)."""
    _, results = press
    assert len([r.question for r in results if r.gold is not None and not r.answered]) <= 1


def test_off_topic_questions_are_refused(press) -> None:
    _, results = press
    off_topic = [r for r in results if "blanquette" in r.question or "Australie" in r.question]
    assert len(off_topic) == 2 and not any(r.answered for r in off_topic)


def test_every_unanswerable_question_is_refused(press) -> None:
    """Issue 13's bar, met since session 23: another championship's winner ("Championnat A"
    against "Carrera Cup B") and another race's finish (a rank asked, "Etats-Unis" read) are
    refused by the class-letter and rank rules ("Knowing when not to answer")."""
    _, results = press
    assert [(r.question, r.score) for r in results if r.gold is None and r.answered] == []


def test_the_reader_refuses_most_unanswerable_questions(press) -> None:
    report, results = press
    # Measured 4 of 7 with adaptive reading (5 of 7 reading 2 always: reading two more passages
    # when unsure gave "Quel salaire … ?" a reading just over the threshold, 0.37; README, "The reader").
    assert report.unanswerable_refused is not None and report.unanswerable_refused >= 4 / 7
    assert all(r.short_answer is None for r in results if not r.answered)


def test_answers_contain_the_gold_span(press) -> None:
    report, results = press
    missed = [(r.question, r.answer) for r in results if r.gold is not None and not r.hit]
    print("answer_hit@1", report.answer_hit_at_1, "missed:", missed)
    # Measured 0.686 with the second reader reading 2 more passages when unsure and documents
    # without a headline titled by their first sentence (0.657 before; 0.49 without a reader):
    # one question of margin for float differences between CPUs.
    assert report.answer_hit_at_1 >= 0.65
    assert report.recall_at_1 == 1.0
    assert report.answer_chars_mean <= 300


def test_eval_command_prints_exactly_the_documented_keys(model_home) -> None:
    result = CliRunner().invoke(main, ["eval", "--dataset", str(PRESS), "--json", "--limit", "3"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert set(report) == {
        "questions",
        "seconds",
        "recall@1",
        "recall@5",
        "recall@10",
        "mrr@10",
        "answer_hit@1",
        "answer_chars_mean",
        "refusals",
        "latency_ms_p50",
        "latency_ms_p95",
        "short_answer_em",  # the reader is on
        "short_answer_f1",
    }
    assert report["questions"] == 3 and report["recall@1"] == 1.0


def test_citations_quote_the_file_exactly(seed_pipeline) -> None:
    texts = seed_pipeline.loaded().texts
    for record in (PRESS / "questions.jsonl").read_text(encoding="utf-8").splitlines():
        answer = seed_pipeline.ask(json.loads(record)["question"])
        for c in answer.citations:
            # the citation contract (README); holds_quote, as a sentence of the file may itself
            # end with the "…" that marks a quote cut out of its sentence
            assert holds_quote(texts[c.source][c.start : c.end], c.quote)
            a, b = c.highlight
            assert holds_quote(c.passage[a:b], c.quote)


def test_piaf_sample_meets_the_measured_levels(model_home, embedder, tmp_path) -> None:
    """39 PIAF paragraphs and their 194 questions (tests/data/piaf-sample, CC BY-SA)."""
    settings = Settings(home=model_home, index=tmp_path / "unused")
    report, results = evaluate(load_dataset(PIAF_SAMPLE), settings, embedder=embedder)
    print(report.to_json())
    assert report.questions == 194
    assert report.recall_at_1 >= 0.85 and report.recall_at_5 >= 0.95  # measured 0.871 / 0.985
    # Measured 0.804 with the reader (0.773 before its runner-up sentence, 0.763 without the
    # reader). Some sample articles are in piaf-train, which the reader was fitted on: a
    # regression check, not a quality claim.
    assert report.answer_hit_at_1 >= 0.72
    # One or two sentences: at most MAX_ANSWER_CHARS, or MAX_RUNNER_UP_CHARS with the reader's runner-up.
    assert all(len(r.answer) <= MAX_RUNNER_UP_CHARS for r in results)
    assert sum(len(r.answer) > MAX_ANSWER_CHARS for r in results) <= len(results) // 4


def test_english_questions_find_their_paragraph_more_often_with_their_own_fusion_weights(
    model_home, embedder, tmp_path
) -> None:
    """eval/piaf-dev-en's 160 English questions over part of PIAF's corpus: the fused order with
    ``ENGLISH_WEIGHTS`` puts the gold paragraph first more often than with the French
    ``WEIGHTS``, whose BM25 share rests on French words an English question does not hold
    (README, "English questions"); and the search takes the English weights."""
    from paddockqa.corpus import CorpusScan
    from paddockqa.language import ENGLISH, question_language
    from paddockqa.pipeline import Pipeline
    from paddockqa.retrieval import ENGLISH_WEIGHTS, WEIGHTS, Retriever, fuse

    dataset = load_dataset(PRESS.parent / "piaf-dev-en")
    asked = [(q.question, q.gold) for q in dataset.questions if q.id.endswith("-en")]
    # The articles' own paragraphs and every third other one (591 of 1,518, a third of the
    # build): on the articles alone (120 paragraphs) the two orders differ by 4 questions, on
    # the whole corpus by 14 (97 and 111 first).
    articles = {gold.rsplit("-", 1)[0] for _, gold in asked if gold}
    documents = tuple(
        d for i, d in enumerate(dataset.documents) if d.source.rsplit("-", 1)[0] in articles or i % 3 == 0
    )
    assert len(asked) == 160 and len(documents) == 591
    pipeline = Pipeline(Settings(home=model_home, index=tmp_path / "index"), embedder=embedder)
    pipeline.build(scan=CorpusScan(documents, ()))
    retriever = Retriever(pipeline.loaded(), embedder)
    sources = [c.source for c in retriever.index.chunks]
    top1: dict[tuple[float, ...], int] = {WEIGHTS: 0, ENGLISH_WEIGHTS: 0}
    disagreements = []  # the questions whose first passage the two weightings differ on
    for question, gold in asked:
        found = retriever.candidates(question, embedder.embed_query(question))
        best = {w: found.rows[fuse(found.zscores, w).argmax()] for w in top1}
        for weights, row in best.items():
            top1[weights] += sources[row] == gold
        if best[WEIGHTS] != best[ENGLISH_WEIGHTS]:
            disagreements.append((question, best[ENGLISH_WEIGHTS]))
    assert top1[ENGLISH_WEIGHTS] >= top1[WEIGHTS] + 4, top1  # measured 119 against 111
    for question, row in disagreements[:3]:
        assert question_language(question) == ENGLISH
        found = retriever.search(question, 1)
        assert found.language == ENGLISH and found.hits[0].row == row


def test_the_dialogues_are_answered_at_the_measured_levels(model_home, embedder, tmp_path_factory) -> None:
    """eval/dialogues (README, "Conversations"): measured 0.83 of first questions right (20 of
    24), 0.86 of follow-ups (32 of 37); one turn of margin for float differences between CPUs."""
    settings = Settings(home=model_home, index=tmp_path_factory.mktemp("unused"))
    report, results = evaluate(load_dataset(PRESS.parent / "dialogues"), settings, embedder=embedder)
    assert report.first_right is not None and report.first_right >= 19 / 24
    # Each follow-up is timed against its understood question asked plainly (issue 15's cost).
    assert all(r.plain_ms and r.least_ms and r.least_ms <= r.latency_ms for r in results if r.kind == "follow-up")
    assert report.follow_up_extra_ms_max is not None
    assert report.follow_up_right is not None and report.follow_up_right >= 31 / 37
