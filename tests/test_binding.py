"""Whose age a span states (``binding``): the nearest person named, else the text's protagonist."""

from __future__ import annotations

import pytest

from paddockqa.answer import compose_read, read_rank
from paddockqa.binding import age_subject, someone_elses_age
from paddockqa.domain import Reading
from paddockqa.reader import CALIBRATION
from test_reader import _hit

CEVENNES_TITLE = "Rallye des Cévennes : Léa Marchand s'impose devant Hugo Ferrand"
ALSACE_TITLE = "Tour d'Alsace : Thomas Keller remporte le classement général"
FERRAND = "Hugo Ferrand, 34 ans, termine deuxième avec sa Citroën C3 Rally2 engagée par Ferrand Sport Évolution."
MARCHAND = "Âgée de 28 ans, la pilote originaire de Mende signe ici sa première victoire."
KELLER = "Le coureur de 22 ans Thomas Keller (équipe Vosges Cyclisme Élite) a remporté dimanche le Tour d'Alsace."
GAILLARD = "Originaire de Dijon, Philippe est un chef d'entreprise de 42 ans ; passionné de sport automobile."
BENALI = "À seulement 14 ans, Inès Benali est devenue dimanche la première pilote à remporter le titre."
TABLE_ROW = "Pilote : Sofia Bianchi ; Nationalité : italienne ; Âge : 24 ans"
CREW = "L'équipage, composé d'Élodie Fontaine, 27 ans, de Marc Delacroix et de Paul-Henri Mercier, 45 ans, a gagné."


@pytest.mark.parametrize(
    ("question", "subject"),
    [
        ("Quel âge a Hugo Ferrand ?", "Hugo Ferrand"),
        ("Quel âge avait Harry Potter quand on lui a offert Chouette ?", "Harry Potter"),
        ("À quel âge Wang Mang devient-il Premier ministre ?", "Wang Mang"),
        ("Quel âge Vincent Laborde a-t-il ?", "Vincent Laborde"),  # a follow-up as understood
        ("How old is Hugo Ferrand?", "Hugo Ferrand"),
        ("Quel âge avait le frère de Carlo Gesualdo à sa mort ?", None),  # the brother's age is asked
        ("Quel âge a l'agneau de Sisteron lors de l'abattage ?", None),
        ("A quel âge fait-il une tournée au Japon ?", None),  # Japan is where, not whose age
        ("Quel âge a-t-il ?", None),
        ("Quel âge ont Hugo Ferrand et Léa Marchand ?", None),  # two people: either age answers
        ("Quel âge a le pilote Hugo Ferrand ?", None),  # not right after the question phrase: not judged
        ("Où est né Hugo Ferrand ?", None),  # no age asked
    ],
)
def test_the_person_whose_age_is_asked_follows_the_question_phrase(question: str, subject: str | None) -> None:
    assert age_subject(question) == subject


@pytest.mark.parametrize(
    ("subject", "sentence", "age", "title", "elses"),
    [
        ("Mathieu Olivier", FERRAND, "34 ans", CEVENNES_TITLE, True),  # a new user's walk, 2026-12-05
        ("Hugo Ferrand", FERRAND, "34 ans", CEVENNES_TITLE, False),
        ("Jens Vermeulen", KELLER, "22 ans", ALSACE_TITLE, True),
        ("Thomas Keller", KELLER, "22 ans", ALSACE_TITLE, False),
        ("Vincent Laborde", BENALI, "14 ans", "Karting : Inès Benali sacrée championne de France", True),
        ("Mathieu Olivier", TABLE_ROW, "24 ans", "6 Heures de Spa", True),  # a row's "Pilote : Sofia Bianchi"
        # A sentence that names no one speaks of the protagonist, the first person the title names.
        ("Léa Marchand", MARCHAND, "28 ans", CEVENNES_TITLE, False),
        ("Hugo Ferrand", MARCHAND, "28 ans", CEVENNES_TITLE, True),
        ("Julien Roux", MARCHAND, "28 ans", CEVENNES_TITLE, True),
        ("Julien Roux", MARCHAND, "28 ans", "Rallye des Cévennes 2023", False),  # no one titled: not judged
        # One word of the subject's name binds the age to the subject.
        ("Philippe Gaillard", GAILLARD, "42 ans", "Philippe Gaillard, Champion de France", False),
        ("Philippe Gaillard", GAILLARD, "42 ans", "Romain Dumas au Petit Le Mans", False),
        # Accents aside ("Korneiev" asked, "Korneïev" written).
        ("Korneiev", "Konstantine Korneïev, 30 ans, est entraîneur.", "30 ans", "Konstantine Korneïev", False),
        # The subject named nearer than the other person.
        ("Hugo Ferrand", "Devant Mathieu Olivier, Hugo Ferrand, 34 ans, a gagné.", "34 ans", "x", False),
        ("Hugo Ferrand", "Hugo Ferrand devance Mathieu Olivier, 30 ans.", "30 ans", "x", True),
        # A shared word is no shared person (a review, 2026-12-05).
        ("Vincent Laborde", "Son fils Théo Laborde, 19 ans, court aussi.", "19 ans", "x", True),
        ("Hugo Ferrand", "Hugo Martin, 22 ans, termine troisième.", "22 ans", "x", True),
        ("Vincent Laborde", "Laborde, 52 ans, s'impose.", "52 ans", "x", False),
        # A span holding several ages is judged by its first (a walk: a crew of three).
        ("Marc Delacroix", CREW, "27 ans, de Marc Delacroix et de Paul-Henri Mercier, 45 ans", "x", True),
        ("Élodie Fontaine", CREW, "27 ans, de Marc Delacroix et de Paul-Henri Mercier, 45 ans", "x", False),
    ],
)
def test_an_age_belongs_to_the_person_named_nearest_to_it(
    subject: str, sentence: str, age: str, title: str, elses: bool
) -> None:
    at = sentence.index(age)
    assert someone_elses_age(subject, sentence, at, at + len(age), title) is elses


def test_the_reader_quotes_the_age_of_the_person_asked_or_says_it_found_only_others() -> None:
    """ "Quel âge a Mathieu Olivier ?" was answered Hugo Ferrand's "34 ans" in a new user's
    walk: the next read passage's age of the person asked is quoted; when the passages read
    give only others' ages, the reply refuses and says so."""
    olivier = "Mathieu Olivier, 30 ans, complète le podium."
    wrong = _hit(FERRAND, 1.0, Reading(6.0, FERRAND.index("34"), FERRAND.index(", termine"), 3.0), title=CEVENNES_TITLE)
    right = _hit(olivier, 0.5, Reading(2.0, olivier.index("30"), olivier.index(", complète"), 2.0))
    question = "Quel âge a Mathieu Olivier ?"
    answer = compose_read(question, read_rank([wrong, right], CALIBRATION), min_score=0.5)
    assert answer.answered and answer.short_answer and answer.short_answer.text == "30 ans"
    refused = compose_read(question, read_rank([wrong], CALIBRATION), min_score=0.5)
    assert not refused.answered and refused.citations and refused.citations[0].quote == FERRAND
    assert "quel âge a Mathieu Olivier" in str(refused.notice) and "autres personnes" in str(refused.notice)
    elided = compose_read("Quel âge a Oliver Grant ?", read_rank([wrong], CALIBRATION), min_score=0.5)
    assert "quel âge a Oliver Grant :" in str(elided.notice)  # no "de" to elide before a vowel
    # Hugo Ferrand's own age stays his answer.
    own = compose_read("Quel âge a Hugo Ferrand ?", read_rank([wrong], CALIBRATION), min_score=0.5)
    assert own.answered and own.short_answer and own.short_answer.text == "34 ans"
