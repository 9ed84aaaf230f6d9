"""The answer type a question asks for, and the reader's answer refused when no span is one."""

from __future__ import annotations

import pytest

from paddockqa.answer import compose_read, read_rank
from paddockqa.answer_type import expected_type, holds_type
from paddockqa.domain import Reading
from paddockqa.reader import CALIBRATION
from test_reader import _hit


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Quel âge a Philippe Gaillard ?", "age"),
        ("À quel âge est-il mort ?", "age"),
        ("How old is Romain Dumas?", "age"),
        ("En quelle année Dumas a-t-il gagné ?", "year"),
        ("Quelle année a vu sa victoire ?", "year"),
        ("In which year did he win the title?", "year"),
        ("Combien de pole positions a-t-il signées ?", "count"),
        ("À combien s'élève le budget ?", "count"),  # may be a population: any number
        ("How many races did he win?", "count"),
        ("Combien de temps dure la course ?", None),  # durations: often words ("la décennie")
        ("Où est né Romain Dumas ?", None),
        ("Quelle année incroyable !", "year"),
        ("Quel salaire Romain Dumas touche-t-il ?", "money"),
        ("Quel est le montant du budget ?", "money"),
        ("Combien coûte une Porsche 911 ?", "money"),  # an amount, not a count
        ("How much does he earn?", "money"),
        ("Qui gère le budget ?", None),
    ],
)
def test_the_type_a_question_asks_for(question: str, kind: str | None) -> None:
    assert expected_type(question) == kind


@pytest.mark.parametrize(
    ("kind", "text", "holds"),
    [
        ("age", "42 ans, est sacré", True),
        ("age", "quarante-deux ans", True),
        ("age", "quatre mois lors de", True),
        ("age", "âgé de trente ans", True),
        ("age", "12 secondes 345 !", False),  # a lap record is no age
        ("age", "Muscle Milk Pickett", False),
        ("year", "2008, à Magny-Cours", True),
        ("year", "l'an 9 de la République", True),
        ("year", "20 octobre", False),
        ("count", "une quinzaine de fois", True),
        ("count", "6 pole positions", True),
        ("count", "deux reprises", True),
        ("count", "il affronte le gratin", False),
        ("count", "Muscle Milk Pickett", False),
        ("money", "250 000 € par an", True),
        ("money", "12 milliards en 2019", True),
        ("money", "0,30 dollar de l'heure", True),
        ("money", "1000 miles, il évoluera", False),  # a number, but no amount
        (None, "n'importe quoi", True),
    ],
)
def test_a_span_holds_the_type_or_not(kind: str | None, text: str, holds: bool) -> None:
    assert holds_type(kind, text) is holds


def test_the_reader_quotes_a_passage_of_the_type_asked_or_refuses() -> None:
    """Asked an age, the best passage's span ("12 secondes 345") is none: the next read passage
    whose span is one is quoted; when no read passage has one, the reply is "not found", saying why."""
    record = "Julien Faure a signé le record du tour en 1 minute 12 secondes 345."
    age = "Julien Faure, 27 ans, vit à Nogaro."
    wrong = _hit(record, 1.0, Reading(6.0, record.index("12 secondes"), len(record) - 1, 3.0))
    right = _hit(age, 0.5, Reading(2.0, age.index("27"), age.index("27") + 2, 2.0))
    question = "Quel âge a Julien Faure ?"
    answer = compose_read(question, read_rank([wrong, right], CALIBRATION), min_score=0.5)
    assert answer.answered and answer.short_answer and answer.short_answer.text == "27"
    assert answer.text == "Julien Faure, 27 ans, vit à Nogaro. [1]"
    refused = compose_read(question, read_rank([wrong], CALIBRATION), min_score=0.5)
    assert not refused.answered and refused.notice is not None and "aucun âge" in str(refused.notice)
    assert refused.confidence <= 0.5 and refused.citations  # the closest passages, as for any refusal
    # A question asking for no type keeps the best passage's span.
    assert compose_read("Quel record ?", read_rank([wrong, right], CALIBRATION), min_score=0.5).short_answer.text == (
        "12 secondes 345"
    )
