"""Pure parts of the evaluation: answer matching, ranks, aggregation, dataset loading."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from paddockqa.dataset import DatasetError, load_dataset, without
from paddockqa.evaluation import (
    QuestionResult,
    answer_hit,
    normalise,
    prune_cached,
    reciprocal_rank,
    strip_markers,
    summarise,
)


def test_answer_matching_normalises_case_spaces_and_apostrophes_but_keeps_accents() -> None:
    assert normalise("  L’Équipe\u00a0de   France ") == "l'équipe de france"
    assert answer_hit("Il a fondé l’équipe en 2003. [1]", ["L'équipe en 2003"])
    assert not answer_hit("Il est né à Ales.", ["Alès"])  # accents count
    assert not answer_hit("Rien.", [""])  # an empty gold answer never matches
    assert strip_markers("Une phrase. [1] Une autre. [2]") == "Une phrase. Une autre."


def test_reciprocal_rank_counts_the_first_position_within_depth() -> None:
    assert reciprocal_rank(["a", "b", "c"], "b") == 0.5
    assert reciprocal_rank(["a"] * 10 + ["b"], "b") == 0.0


def _result(gold: str | None, ranked: tuple[str, ...], answered: bool, hit: bool, ms: float) -> QuestionResult:
    return QuestionResult("id", "q", gold, ranked, answered, "x" * 10 if answered else "", None, hit, ms, 0.5)


def test_summary_counts_retrieval_on_answerable_questions_only() -> None:
    results = [
        _result("a", ("a", "b"), True, True, 10),
        _result("b", ("a", "c", "d", "e", "f", "b"), True, False, 20),
        _result(None, ("a",), False, False, 30),
    ]
    report = summarise(results, seconds=1.0)
    assert report.questions == 3 and report.refusals == 1
    assert report.recall_at_1 == 0.5 and report.recall_at_5 == 0.5 and report.recall_at_10 == 1.0
    assert report.mrr_at_10 == pytest.approx((1 + 1 / 6) / 2)
    assert report.answer_hit_at_1 == 0.5 and report.answer_chars_mean == 10
    assert report.latency_ms_p50 == 20


def test_summary_reports_refusal_rates_and_short_answer_scores() -> None:
    from dataclasses import replace

    answered = replace(_result("a", ("a",), True, True, 10), id="q1", short_answer="la Tour Eiffel")
    refused = replace(_result("b", ("b",), False, False, 10), id="q2")
    silent = [replace(_result(None, ("a",), not i, False, 10), id=f"u{i}") for i in range(4)]
    report = summarise([answered, refused, *silent], 1.0, golds={"q1": ["Tour Eiffel"], "q2": ["Dijon"]})
    assert report.unanswerable_refused == 0.75 and report.answerable_refused == 0.5
    assert report.short_answer_em == 0.5 and report.short_answer_f1 == 0.5  # the refusal scores 0
    data = report.to_json()
    assert data["unanswerable_refused"] == 0.75 and data["short_answer_f1"] == 0.5
    plain = summarise([replace(answered, short_answer=None)], 1.0, golds={"q1": ["x"]}).to_json()
    assert "unanswerable_refused" not in plain and "short_answer_em" not in plain


def test_with_unanswerable_removes_sampled_gold_documents(tmp_path: Path) -> None:
    from paddockqa.dataset import with_unanswerable

    corpus = [{"id": f"p{i}", "title": f"T{i}", "text": f"Paragraphe numéro {i}."} for i in range(6)]
    questions = [
        {"id": f"q{i}", "question": "Q ?", "answers": [{"text": "x"}], "gold_paragraph_id": f"p{i}"} for i in range(6)
    ]
    _write(tmp_path / "c-corpus.jsonl", corpus)
    _write(tmp_path / "c-questions.jsonl", questions)
    full = load_dataset(tmp_path)
    reduced = with_unanswerable(full, 2)
    assert len(reduced.documents) == 4 and sum(q.gold is None for q in reduced.questions) == 2
    assert {d.source for d in reduced.documents} == {d.source for d in with_unanswerable(full, 2).documents}
    with pytest.raises(DatasetError, match="only 6"):
        with_unanswerable(full, 7)


def _write(path: Path, rows: list[dict], gz: bool = False) -> None:
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    if gz:
        with gzip.open(path, "wt", encoding="utf-8") as out:
            out.write(text)
    else:
        path.write_text(text, encoding="utf-8")


def test_dataset_in_piaf_format(tmp_path: Path) -> None:
    _write(tmp_path / "x-corpus.jsonl.gz", [{"id": "p1", "title": "T", "text": "Un texte."}], gz=True)
    _write(
        tmp_path / "x-questions.jsonl.gz",
        [
            {"id": "q1", "question": "Quoi ?", "answers": [{"text": "texte"}], "gold_paragraph_id": "p1"},
            {"id": "q2", "question": "Et ça ?", "answers": [], "gold_paragraph_id": None, "language": "fr"},
        ],
        gz=True,
    )
    dataset = load_dataset(tmp_path)
    assert [d.source for d in dataset.documents] == ["p1"]
    assert [(q.gold, q.answers) for q in dataset.questions] == [("p1", ("texte",)), (None, ())]
    assert [q.language for q in dataset.questions] == [None, "fr"]
    reduced = without(dataset, {"p1"})
    assert reduced.documents == () and reduced.questions[0].gold is None
    assert reduced.fingerprint != dataset.fingerprint


def test_dataset_errors_say_what_is_wrong(tmp_path: Path) -> None:
    with pytest.raises(DatasetError, match="questions"):
        load_dataset(tmp_path)
    _write(tmp_path / "questions.jsonl", [{"question": "Q ?", "gold_paragraph_id": "absent"}])
    _write(tmp_path / "corpus.jsonl", [{"id": "p1", "text": "Texte."}])
    with pytest.raises(DatasetError, match="absent"):
        load_dataset(tmp_path)
    (tmp_path / "questions.jsonl").write_text("{not json\n", encoding="utf-8")
    with pytest.raises(DatasetError, match="line 1"):
        load_dataset(tmp_path)
    _write(tmp_path / "questions.jsonl", [{"question": "Q ?", "gold_paragraph_id": "p1", "language": "de"}])
    with pytest.raises(DatasetError, match="line 1: language 'de'"):
        load_dataset(tmp_path)


def test_summary_splits_questions_asked_in_english_from_those_asked_in_french() -> None:
    """Issue 13 asks English questions answered as well as French ones: the report says each's rates."""
    from dataclasses import replace

    french = replace(_result("a", ("a",), True, True, 10), question="Quel âge a Philippe Gaillard ?")
    english = replace(_result("b", ("c", "b"), True, False, 10), question="How old is Philippe Gaillard?")
    refused = replace(_result("c", ("c",), False, False, 10), question="Where does Romain Dumas come from?")
    silent = replace(_result(None, ("a",), False, False, 10), question="Who won the race?")  # unanswerable
    data = summarise([french, english, refused, silent], 1.0).to_json()
    assert english.english and refused.english and not french.english
    assert data["english_questions"] == 2
    assert data["recall@1_english"] == 0.5 and data["answer_hit@1_english"] == 0.0
    assert data["refused_english"] == 0.5
    assert data["recall@1_french"] == 1.0 and data["answer_hit@1_french"] == 1.0 and data["refused_french"] == 0.0
    assert "english_questions" not in summarise([french], 1.0).to_json()  # one language: no split
    assert "unanswerable_refused_english" not in data  # one unanswerable question, in English only
    kept = replace(_result(None, ("a",), True, False, 10), question="Qui a gagné la course ?")
    both = summarise([french, english, silent, kept], 1.0).to_json()
    assert both["unanswerable_refused_english"] == 1.0 and both["unanswerable_refused_french"] == 0.0
    # A language the dataset states (eval/press's "language") wins over the question's reading:
    # "Le Mans?" holds no word of either language.
    stated = replace(_result("a", ("a",), True, True, 10), question="Le Mans ?", language="en")
    assert stated.english and not replace(stated, language="fr").english
    labelled = replace(_result("a", ("a",), True, True, 10), question="Who won Le Mans?", language="fr")
    assert not labelled.english  # read as English, labelled French
    split = summarise([labelled, english], 1.0).to_json()
    assert split["english_questions"] == 1 and split["answer_hit@1_french"] == 1.0


def test_summary_splits_questions_that_name_something_from_those_that_do_not() -> None:
    from dataclasses import replace

    named = replace(_result("a", ("a",), True, True, 10), question="Quel âge a Philippe Gaillard ?")
    missed = replace(_result("b", ("c", "b"), True, False, 10), question="En quelle année Romain Dumas a-t-il gagné ?")
    bare = replace(_result("c", ("d", "c"), True, False, 10), question="Qui termine 1er ?")
    silent = replace(_result(None, ("a",), False, False, 10), question="Qui a gagné ?")
    data = summarise([named, missed, bare, silent], 1.0).to_json()
    assert named.named and not bare.named
    assert data["named_share"] == round(2 / 3, 4)
    assert data["recall@1_named"] == 0.5 and data["answer_hit@1_named"] == 0.5
    assert data["recall@1_unnamed"] == 0.0 and data["answer_hit@1_unnamed"] == 0.0
    # One kind only: nothing to compare, no split.
    assert "named_share" not in summarise([named, missed], 1.0).to_json()


def test_summary_reports_what_follow_ups_cost_over_their_understood_question_asked_plainly() -> None:
    """Issue 15: "no follow-up costs more than 50 ms over a plain question"."""
    from dataclasses import replace

    def turn(kind: str, ms: float, plain: float | None) -> QuestionResult:
        least = None if plain is None else ms
        return replace(
            _result("a", ("a",), True, True, ms + 7), id=f"d/{kind}{ms}", kind=kind, least_ms=least, plain_ms=plain
        )

    first = turn("first", 100, None)
    cheap, read_more, read_twice = turn("follow-up", 104, 100), turn("follow-up", 250, 140), turn("follow-up", 400, 120)
    data = summarise([first, cheap, read_more, read_twice], 1.0).to_json()
    assert cheap.extra_ms == 4 and first.extra_ms is None
    assert data["follow_up_extra_ms_p50"] == 110 and data["follow_up_extra_ms_max"] == 280
    assert data["follow_ups_over_50ms"] == 2
    assert read_more.to_json()["plain_latency_ms"] == 140 and "plain_latency_ms" not in first.to_json()
    assert read_more.to_json()["least_latency_ms"] == 250 and read_more.to_json()["latency_ms"] == 257  # as run once
    # Plain questions: no dialogue, no such figures.
    assert "follow_up_extra_ms_max" not in summarise([_result("a", ("a",), True, True, 10)], 1.0).to_json()


def test_cached_indexes_of_a_dataset_are_pruned_to_the_latest(tmp_path: Path) -> None:
    """Each edit of a dataset's corpus cached a new index and none was ever deleted (74 MB here)."""
    import os

    cache = tmp_path / "eval"
    names = [f"press-{n:016x}-1000-150" for n in range(4)]
    for age, name in enumerate(names):
        (cache / name / "gen").mkdir(parents=True)
        os.utime(cache / name, (1000.0 + age, 1000.0 + age))  # the last one used most recently
    others = ["press-without-0000000000000000-1000-150", "piaf-dev-0000000000000000-1000-150", "press-notes"]
    for name in others:
        (cache / name).mkdir()
    current = cache / names[0]  # in use now, however old its folder
    deleted = prune_cached(current, "press")
    assert sorted(p.name for p in deleted) == names[1:3]
    assert sorted(p.name for p in cache.iterdir()) == sorted([names[0], names[3], *others])
    assert prune_cached(current, "press") == []  # the one in use and the one before stay
