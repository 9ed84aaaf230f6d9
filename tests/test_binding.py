"""Whose age a span states (``binding``): the nearest person named, else the text's protagonist."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from paddockqa.answer import (
    _FORMER_ASKED,
    _demonym_subjects,
    _placing,
    _table_cells_asked,
    _table_cells_labelled,
    compose_read,
    posts_held,
    read_rank,
)
from paddockqa.answer_type import (
    count_kind,
    counted_noun,
    expected_type,
    gaps_said,
    holds_type,
    jobs_said,
    names_a_place,
    names_a_trade,
    time_end,
)
from paddockqa.binding import (
    age_bracket,
    age_of_relative,
    age_stated_of,
    age_subject,
    age_then,
    announces,
    another_class_said,
    another_event,
    another_race_before,
    award_asked,
    beaten,
    class_asked,
    classes_named,
    crew_of,
    gap_of_another,
    job_subject,
    kin_named,
    list_heading,
    list_items,
    names_a_team,
    names_award,
    origin_subject,
    placed_another,
    placing_asked,
    placing_of,
    quoted_speaker,
    race_phase_asked,
    race_phase_of,
    runners_up,
    said_of_another,
    says_kin,
    someone_elses_age,
    someone_elses_job,
    someone_elses_origin,
    speaker_asked,
    team_asked,
    team_said,
    time_subject,
    undisclosed,
    vehicle_of_another,
)
from paddockqa.conversation import Turn, genders, is_person, names, resolve
from paddockqa.corpus import derive_title
from paddockqa.domain import Hit, IndexedDocument, Reading
from paddockqa.reader import CALIBRATION
from paddockqa.text import dateline_end
from test_reader import _hit, _split_hit

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
        ("Quel âge a le pilote Hugo Ferrand ?", "Hugo Ferrand"),  # a noun before the name (a second walk)
        ("Quel est l'âge de Julie Martin ?", "Julie Martin"),
        ("What is the age of Oliver Grant?", "Oliver Grant"),
        ("Quel âge a le pilote de la Ligier ?", None),  # a noun and no name: not judged
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


@pytest.mark.parametrize(
    ("question", "place"),
    [
        ("Qui a terminé deuxième à Magny-Cours ?", 2),
        ("Qui a pris la troisième place ?", 3),
        ("Who finished second at Silverstone?", 2),
        ("Qui est second ?", 2),
        ("Qui arrive troisième ?", 3),
        ("Qui a gagné la troisième étape du Tour d'Alsace ?", 1),  # a winner, of the third stage
        ("Qui a remporté la deuxième course ?", 1),
        ("Qui s'est imposé à Spa ?", 1),
        ("Who won at Silverstone?", 1),
        ("Qui est le deuxième joueur de l'histoire à réussir le cycle ?", None),
        ("Quelle équipe a terminé deuxième ?", 2),  # a thirteenth walk: which team, driver, car or crew
        ("Which team won the race?", 1),
        ("Quelle équipe a le plus gagné ?", None),
        ("Quel âge a Hugo Ferrand ?", None),
    ],
)
def test_a_question_asking_who_took_a_place_says_which(question: str, place: int | None) -> None:
    assert placing_asked(question) == place


@pytest.mark.parametrize(
    ("sentence", "person", "place"),
    [
        (CEVENNES_TITLE, "Léa Marchand", 1),  # a second walk: the winner answered "Qui a terminé deuxième ?"
        # beaten "devant" the winner: second (a ninth walk's runners-up, "a devancé Thomas Bellec",
        # "remportée par Norbert Kiss devant l'Espagnol Antonio Albacete", were refused)
        (CEVENNES_TITLE, "Hugo Ferrand", 2),
        ("Le pilote originaire de Gérardmer a devancé Thomas Bellec de 14,3 secondes.", "Thomas Bellec", 2),
        ("La course a été remportée par Norbert Kiss devant l'Espagnol Antonio Albacete.", "Antonio Albacete", 2),
        ("Julie Martin s'impose devant Paul Roy et Léo Marc.", "Léo Marc", 3),
        ("Nina Kerbrat won the race, beating Lucas Ferreira by 1.8 seconds.", "Lucas Ferreira", 2),
        ("Julie Martin termine cinquième devant Paul Roy.", "Paul Roy", None),  # behind a fifth: not second
        ("Paul Roy était devant Léo Marc au premier virage.", "Léo Marc", None),  # no win
        # a review: no race win before "devant" in its clause, or a standings, a grid, a session
        ("Hugo Bernard, devant qui Lucas Martin s'est imposé, a fini.", "Lucas Martin", None),
        ("Lucas Martin devance Hugo Bernard de 12 points au classement général.", "Hugo Bernard", None),
        (
            "Marc Durand, vainqueur en 2023, s'est exprimé devant Hugo Bernard et les journalistes.",
            "Hugo Bernard",
            None,
        ),
        ("Hugo Bernard finished ahead of Paul Roy, while Lucas Martin won the race.", "Paul Roy", None),
        ("Lucas Martin beat Hugo Bernard in qualifying, but Marc Durand won the race.", "Hugo Bernard", None),
        ("Marc Durand, vainqueur, a devancé Hugo Bernard, parti devant Paul Roy.", "Paul Roy", None),
        # a gap after a placing leaves it placed; only one before the win is a reference
        ("Deuxième à 1,2 s, Hugo Bernard a longtemps menacé le vainqueur.", "Hugo Bernard", 2),
        ("Troisième à 12 points du leader, Hugo Bernard roule.", "Hugo Bernard", 3),
        ("Rang : 2 ; Coureur : Erik Solberg ; Équipe : Uno-X", "Erik Solberg", 2),  # a table row read as a sentence
        ("Julie Martin remporte la deuxième course du week-end.", "Julie Martin", 1),  # "deuxième course" is no place
        (FERRAND, "Hugo Ferrand", 2),
        ("Thomas Keller a pris la deuxième place de l'étape, à 18 secondes.", "Thomas Keller", 2),
        # PIAF (piaf-train): a time, and a pronoun's place beside the one ahead, place no one.
        (
            "Neel Jani réalise le meilleur tour, plus rapide de 702 millièmes de seconde que la Zytek.",
            "Neel Jani",
            None,
        ),
        ("Il termine deuxième le lendemain sur le sprint derrière Ville Kähkönen.", "Ville Kähkönen", None),
        ("La course est annulée.", "La", None),
        # A third walk's headlines and ledes: other words of a win.
        ("Championnat de France Karting : Nolan Petit sacré en Junior à Salbris", "Nolan Petit", 1),
        ("La victoire revient à Julien Ferrand et à son copilote Thibault Mercier.", "Julien Ferrand", 1),
        ("Léo Garnier l'emporte en solitaire à Quimper.", "Léo Garnier", 1),
        # A span reading as a name that ``names`` cuts (a French word opening the sentence).
        ("Tour du Finistère : Maxime Le Roux s'impose en solitaire", "Maxime Le Roux", 1),
        # A fourth walk's results list: an item is placed by its number.
        ('2. Adrien Poulain / Élodie Marchal (Citroën C3 Rally2) à 18"4', "Adrien Poulain", 2),
        ("1. Léa Dumas (KR / IAME) – 22 tours", "Léa Dumas", 1),
        ("Il devance de 2. Adrien Poulain", "Adrien Poulain", None),  # not an item: no line starts so
        # The one beaten, named nearer the placing, leaves it to the one placed (session 21)
        ("Karim Haddad a terminé deuxième devant Julie Martin.", "Karim Haddad", 2),
        ("Karim Haddad a terminé deuxième devant Julie Martin.", "Julie Martin", None),
        ("Julie Martin finished second ahead of Paul Roy.", "Julie Martin", 2),
        # ... and no one farther, past a reference word or a source (a review of that change)
        ("Selon Paul Roy, la course a été gagnée sur le fil par Julie Martin.", "Paul Roy", None),
        (
            "Julie Martin, sur Alpine, termine deuxième de ce rallye, a indiqué son manager Marc Dupont.",
            "Marc Dupont",
            None,
        ),
        # A crew in English, or a co-driver named by "copilotée par", shares the placing (a review)
        ("Julie Martin and Marc Dupont won the Rallye des Vosges.", "Julie Martin", 1),
        ("Julie Martin, copilotée par Marc Dupont, s'impose au Rallye des Vosges.", "Julie Martin", 1),
        # Someone named by where they are from (a sixth walk answered who won with "la Girondine")
        ("Née à Bordeaux, la Girondine avait terminé quatrième des 24 Heures du Mans 2025.", "la Girondine", 4),
        ("Au volant de sa C3, le Mulhousien a remporté la première victoire de sa carrière.", "le Mulhousien", 1),
        ("Le Belge a pris la deuxième place.", "Le Belge", 2),
    ],
)
def test_a_place_belongs_to_the_person_named_nearest_to_it(sentence: str, person: str, place: int | None) -> None:
    at = sentence.index(person)
    assert placing_of(sentence, at, at + len(person)) == place


def test_the_reader_never_answers_who_finished_second_with_the_winner() -> None:
    """A second walk got the winner for "Qui a terminé deuxième … ?" in five releases: the
    headline's "X s'impose devant Y" places X first. Another read passage's second is quoted;
    when none is, the reply refuses and says why; the winner still answers who won."""
    headline = _hit(
        CEVENNES_TITLE, 1.0, Reading(6.0, CEVENNES_TITLE.index("Léa"), CEVENNES_TITLE.index(" s'impose"), 3.0)
    )
    second = _hit(FERRAND, 0.5, Reading(2.0, 0, len("Hugo Ferrand"), 2.0))
    question = "Qui a terminé deuxième du Rallye des Cévennes ?"
    answer = compose_read(question, read_rank([headline, second], CALIBRATION), min_score=0.5)
    assert answer.answered and answer.short_answer and answer.short_answer.text == "Hugo Ferrand"
    # the headline alone says who was second too: right behind the winner (a ninth walk)
    alone = compose_read(question, read_rank([headline], CALIBRATION), min_score=0.5)
    assert alone.short_answer is not None and alone.short_answer.text == "Hugo Ferrand", alone.text
    won = "Rallye des Cévennes : Léa Marchand s'impose à Alès"
    only = _hit(won, 1.0, Reading(6.0, won.index("Léa"), won.index(" s'impose"), 3.0))
    refused = compose_read(question, read_rank([only], CALIBRATION), min_score=0.5)
    assert not refused.answered and "qui a pris cette place" in str(refused.notice)
    winner = compose_read("Qui a gagné le Rallye des Cévennes ?", read_rank([headline, second], CALIBRATION), 0.5)
    assert winner.short_answer and winner.short_answer.text == "Léa Marchand"


@pytest.mark.parametrize(
    ("question", "subject"),
    [
        ("D'où vient Marc Delacroix ?", "Marc Delacroix"),
        ("D'où Paul-Henri Mercier vient-il ?", "Paul-Henri Mercier"),  # a follow-up as understood
        ("D'où est originaire Romain Dumas ?", "Romain Dumas"),
        ("De quelle ville Romain Dumas est-il originaire ?", "Romain Dumas"),
        ("Quelle est la ville natale de Romain Dumas ?", "Romain Dumas"),
        ("Où est né Hugo Ferrand ?", "Hugo Ferrand"),
        ("Où Hugo Ferrand est-il né ?", "Hugo Ferrand"),
        ("Where is Oliver Grant from?", "Oliver Grant"),
        ("Dans quelle ville est né Kevin Lindqvist ?", "Kevin Lindqvist"),  # a seventh walk
        ("Dans quelle ville Kevin Lindqvist est-il né ?", "Kevin Lindqvist"),
        ("In which city was Jan Berg born?", "Jan Berg"),
        ("Dans quelle ville se trouve Nogaro ?", None),
        ("Where was Oliver Grant born?", "Oliver Grant"),
        ("Où Hugo Ferrand a-t-il couru ?", None),  # where, but no origin
        ("Where did Oliver Grant win?", None),
        ("D'où vient-il ?", None),
        ("D'où viennent Marc Delacroix et Élodie Fontaine ?", None),  # two people
        ("Où est né le frère de Carlo Gesualdo ?", None),  # the brother's birthplace
        ("D'où vient le pilote Karim Haddad ?", "Karim Haddad"),
        ("D'où Charles Gesualdo est marquis ?", None),  # PIAF: of what he is marquis, no origin
        ("De quelle ville Romain Dumas a-t-il gagné la course ?", None),
        ("Quel âge a Hugo Ferrand ?", None),
    ],
)
def test_the_person_whose_origin_is_asked_follows_the_question_phrase(question: str, subject: str | None) -> None:
    assert origin_subject(question) == subject


DELACROIX = "Marc Delacroix, le coéquipier d'Élodie Fontaine, est originaire de Tours."
HADDAD = "Le pilote de 31 ans Karim Haddad, originaire de Marseille, a pris la deuxième place."


@pytest.mark.parametrize(
    ("subject", "sentence", "title", "elses"),
    [
        # The clause's subject, named first, not the nearest name (Élodie Fontaine).
        ("Marc Delacroix", DELACROIX, "x", False),
        ("Paul-Henri Mercier", DELACROIX, "x", True),  # a walk: Marc Delacroix's Tours for him
        ("Élodie Fontaine", DELACROIX, "x", True),
        ("Karim Haddad", HADDAD, "x", False),
        ("Philippe Gaillard", GAILLARD, "Philippe Gaillard, Champion de France", False),  # one word of the name
        ("Romain Dumas", GAILLARD, "Philippe Gaillard, Champion de France", True),
        ("Léa Marchand", MARCHAND, CEVENNES_TITLE, False),  # no one named: the protagonist's
        ("Hugo Ferrand", MARCHAND, CEVENNES_TITLE, True),
        ("Julien Roux", MARCHAND, "Rallye des Cévennes 2023", False),  # no one titled: not judged
        # An apposition is said of the name before it, a noun's complement aside (a review).
        ("Hugo Ferrand", "Julie Martin a devancé Hugo Ferrand, originaire de Lyon.", "x", False),
        ("Julie Martin", "Julie Martin a devancé Hugo Ferrand, originaire de Lyon.", "x", True),
        ("Marc Delacroix", "Le coéquipier d'Élodie Fontaine, Marc Delacroix, est originaire de Tours.", "x", False),
    ],
)
def test_an_origin_belongs_to_the_person_it_is_said_of(subject: str, sentence: str, title: str, elses: bool) -> None:
    place = next(p for p in ("Tours", "Marseille", "Dijon", "Mende", "Lyon") if p in sentence)
    assert someone_elses_origin(subject, sentence, sentence.index(place), title) is elses


MAGNY = (
    "Magny-Cours, le 12 juin 2024 — Julie Martin, 23 ans, a remporté la deuxième course du championnat de France F4. "
    "Le pilote de 31 ans Karim Haddad, originaire de Marseille, a pris la deuxième place à 2,4 secondes. "
    "Le Belge Thomas Vermeulen, 19 ans, complète le podium"
)


def _magny_hit(best: str, others: list[str], title: str = "F4 : Julie Martin s'impose à Magny-Cours"):  # type: ignore[no-untyped-def]
    """A read Magny-Cours passage whose best span is ``best`` and next best ``others``, in order."""
    spans = tuple((MAGNY.index(o), MAGNY.index(o) + len(o), 5.0 - i) for i, o in enumerate(others))
    at = MAGNY.index(best)
    return _hit(MAGNY, 1.0, Reading(4.0, at, at + len(best), 6.0, None, spans), title=title)


def test_a_passage_whose_best_span_is_placed_otherwise_answers_with_its_next_best() -> None:
    """A second walk: "Qui a terminé deuxième ?" read the winner as the best span of the
    release that names the second; the reader's next best span in it is the answer
    (``Reading.others``), before any other passage."""
    hit = _magny_hit("Julie Martin", ["Thomas Vermeulen", "Karim Haddad"])
    answer = compose_read("Qui a terminé deuxième à Magny-Cours ?", read_rank([hit], CALIBRATION), min_score=0.5)
    assert answer.answered and answer.short_answer and answer.short_answer.text == "Karim Haddad"
    assert answer.citations[0].quote.startswith("Le pilote de 31 ans Karim Haddad") and len(answer.citations) == 1
    # The winner stays the winner's answer: the best span fits, its next best are not looked at.
    winner = compose_read("Qui a gagné à Magny-Cours ?", read_rank([hit], CALIBRATION), min_score=0.5)
    assert winner.short_answer and winner.short_answer.text == "Julie Martin"


NOGARO = (
    "F4 : Lucas Vernier et Elena Castro se partagent Nogaro. "
    "Lucas Vernier, 16 ans, a remporté la course 1 samedi. "
    "Le Belge Tom Berthier a pris la troisième place à 3,8 secondes. "
    "La victoire d'Andronic III met fin à la guerre civile, "
    "écrasante victoire de l'armée écossaise menée par Robert Bruce."
)


def _nogaro_hit(best: str, others: list[str]):  # type: ignore[no-untyped-def]
    spans = tuple((NOGARO.rindex(o), NOGARO.rindex(o) + len(o), 5.0 - i) for i, o in enumerate(others))
    at = NOGARO.index(best)
    return _hit(NOGARO, 1.0, Reading(4.0, at, at + len(best), 6.0, None, spans), title="F4 à Nogaro")


def test_people_placed_nowhere_give_way_to_a_next_best_placed_as_asked() -> None:
    """A third walk: the headline "Lucas Vernier et Elena Castro se partagent Nogaro" was who
    finished third and who won race 1; the passage's next best spans placed as asked answer."""
    hit = _nogaro_hit("Lucas Vernier et Elena Castro", ["Lucas Vernier", "Le Belge Tom Berthier"])
    third = compose_read("Qui a terminé troisième à Nogaro ?", read_rank([hit], CALIBRATION), min_score=0.5)
    assert third.short_answer and third.short_answer.text == "Le Belge Tom Berthier"
    won = compose_read("Qui a gagné la course 1 à Nogaro ?", read_rank([hit], CALIBRATION), min_score=0.5)
    assert won.short_answer and won.short_answer.text == "Lucas Vernier"
    assert won.citations[0].quote.startswith("Lucas Vernier, 16 ans")
    # Asked nothing placed, the best span stays; nor does a best span naming no one give way.
    who = compose_read("Qui est au départ à Nogaro ?", read_rank([hit], CALIBRATION), min_score=0.5)
    assert who.short_answer and who.short_answer.text == "Lucas Vernier et Elena Castro"
    army = _nogaro_hit("l'armée écossaise", ["Robert Bruce"])
    battle = compose_read("Qui a gagné la bataille ?", read_rank([army], CALIBRATION), min_score=0.5)
    assert battle.short_answer and battle.short_answer.text == "l'armée écossaise"
    # Nor a span in a sentence that places others: the team of the winners is an answer.
    albi = "Albi — Tissot et Denis ont remporté la course 1 sur l'Alpine de Mirage Racing. Mirage Racing s'impose."
    team, headline = albi.index("Mirage Racing"), albi.rindex("Mirage Racing")
    reading = Reading(4.0, team, team + 13, 6.0, None, ((headline, headline + 13, 5.0),))
    won = compose_read("Qui a gagné à Albi ?", read_rank([_hit(albi, 1.0, reading, title="GT4")], CALIBRATION), 0.5)
    assert won.citations[0].quote.startswith("Albi — Tissot et Denis")


MAGNY_LISTS = (
    'Course 1 (samedi) :\n1. Camille Perrin (Team Sapphire)\n2. Léa Fontaine (Racing Chrome) à 2"306\n\n'
    'Course 2 (dimanche) :\n1. Camille Perrin (Team Sapphire)\n2. Jade Morel (Team Morel) à 0"947\n'
)


def test_a_numbered_race_and_a_results_lists_heading_tell_which_race_a_place_is_of() -> None:
    """Two walks: "Lucas Vernier a remporté la course 1" answered who won race 2; the list
    headed "Course 1 (samedi)" gave the second of race 2."""
    assert another_event("Lucas Vernier a remporté la course 1 samedi.", "Qui a gagné la course 2 à Nogaro ?")
    assert not another_event("Elena Castro a gagné la deuxième course.", "Qui a gagné la course 2 ?")
    assert not another_event("Lucas Vernier a remporté la course 1.", "Qui a gagné à Nogaro ?")  # no race asked
    assert not another_event("Il remporte l'étape 7.", "Qui a gagné la course 2 ?")  # another noun: not told
    # A class by its letter (the press set's "Championnat A" answered with the Carrera Cup B's champion)
    gaillard = "Philippe Gaillard est sacré Champion de France 2008 de Carrera Cup B « Gentlemen drivers »"
    assert another_event(gaillard, "Qui a remporté le Championnat A de la Porsche Carrera Cup en 2008 ?")
    assert not another_event(gaillard, "Qui a remporté la Carrera Cup B en 2008 ?")
    assert not another_event("Il gagne en Groupe N et en classe A.", "Qui a gagné en Groupe N ?")
    assert not another_event("Il gagne la course.", "Qui a gagné en Groupe N ?")  # no class said: not told
    seconds = [MAGNY_LISTS[a:b] for a, b in list_items(MAGNY_LISTS, 2)]
    assert seconds == ['Léa Fontaine (Racing Chrome) à 2"306', 'Jade Morel (Team Morel) à 0"947']
    headings = [list_heading(MAGNY_LISTS, a) for a, _ in list_items(MAGNY_LISTS, 2)]
    assert headings == ["Course 1 (samedi) :", "Course 2 (dimanche) :"]
    from dataclasses import replace

    from paddockqa.domain import Sentence
    from paddockqa.text import split_sentences

    hit = _hit(MAGNY_LISTS, 1.0, Reading(4.0, 0, 7, 6.0), title="Women GT Trophy à Magny-Cours")
    lines = tuple(Sentence("a.txt", "T", a, b, MAGNY_LISTS[a:b]) for a, b in split_sentences(MAGNY_LISTS))
    hit = replace(hit, sentences=lines)
    second = compose_read("Qui a terminé deuxième de la course 2 ?", read_rank([hit], CALIBRATION), 0.5)
    assert second.short_answer and second.short_answer.text == "Jade Morel"
    first_race = compose_read("Qui a terminé deuxième de la course 1 ?", read_rank([hit], CALIBRATION), 0.5)
    assert first_race.short_answer and first_race.short_answer.text == "Léa Fontaine"


def test_a_next_best_span_must_be_placed_as_asked_and_be_the_subjects_age() -> None:
    # Placed nowhere: a best span may be ("la Pescarolo" in PIAF), a next best may not.
    hit = _magny_hit("Julie Martin", ["Magny-Cours"])
    refused = compose_read("Qui a terminé deuxième à Magny-Cours ?", read_rank([hit], CALIBRATION), min_score=0.5)
    assert not refused.answered and "placés autrement" in str(refused.notice)
    # Asked Karim Haddad's age, the best span is Julie Martin's: the next best, his, answers.
    aged = _magny_hit("23 ans", ["19 ans", "31 ans"])
    answer = compose_read("Quel âge a Karim Haddad ?", read_rank([aged], CALIBRATION), min_score=0.5)
    assert answer.short_answer and answer.short_answer.text == "31 ans"
    nobody = compose_read("Quel âge a Lucas Perrin ?", read_rank([aged], CALIBRATION), min_score=0.5)
    assert not nobody.answered and "autres personnes" in str(nobody.notice)


def test_an_origin_stated_of_someone_else_is_skipped_or_refused() -> None:
    text = "Marc Delacroix, le coéquipier d'Élodie Fontaine, est originaire de Tours. Paul-Henri Mercier court aussi"
    at = text.index("Tours")
    hit = _hit(text, 1.0, Reading(4.0, at, at + len("Tours"), 6.0), title="Ultimate Cup : la Ligier n°7 s'impose")
    own = compose_read("D'où vient Marc Delacroix ?", read_rank([hit], CALIBRATION), min_score=0.5)
    assert own.short_answer and own.short_answer.text == "Tours"
    refused = compose_read("D'où Paul-Henri Mercier vient-il ?", read_rank([hit], CALIBRATION), min_score=0.5)
    assert not refused.answered
    assert refused.notice == (
        "Les passages lus ne disent pas d’où vient Paul-Henri Mercier : les lieux qu’ils donnent "
        "semblent être ceux d’autres personnes."
    )


def test_a_rank_is_no_ones_origin() -> None:
    """A fourth walk: "D'où vient Hugo Bernard ?" was answered "dix-septième"."""
    text = "Hugo Bernard est dix-septième avec 22 points. Il court pour Ducati"
    at = text.index("dix-septième")
    hit = _hit(text, 1.0, Reading(4.0, at, at + len("dix-septième"), 6.0), title="MotoGP au Mugello")
    refused = compose_read("D'où vient Hugo Bernard ?", read_rank([hit], CALIBRATION), min_score=0.5)
    assert not refused.answered
    # Nor a thing's name in small letters ("moto"); a demonym is an origin (PIAF's "espagnol"),
    # a town is when said as one ("originaire de", "né à", "(Castres)", ", de Castres"; an
    # eighth walk's "Superbike" of a headline, "au Vigeant" where he won, were not).
    for said_so, span, answered in (
        ("pilote moto", "moto", False),
        ("pilote espagnol", "espagnol", True),
        ("pilote originaire de Castres", "Castres", True),
        ("né à Castres", "Castres", True),
        ("de Castres", "Castres", True),
        ("vainqueur à Castres", "Castres", False),
        ("pilote du team américain", "américain", False),  # the team's, not his (the dialogues)
        # a word of origin not right before the place says none (a review)
        ("qui vient de s'imposer au Vigeant", "Vigeant", False),
        ("est venu chercher la victoire à Nogaro", "Nogaro", False),
        ("won from pole position at Rennes", "Rennes", False),
        ("the Rennes-born rider", "Rennes", True),
    ):
        said = f"Hugo Bernard, {said_so}, regrette. « Je me sentais bien sur la moto »"
        at = said.index(span)
        read = _hit(said, 1.0, Reading(4.0, at, at + len(span), 6.0), title="MotoGP au Mugello")
        assert compose_read("D'où vient Hugo Bernard ?", read_rank([read], CALIBRATION), 0.5).answered is answered
    # A rank answers where someone finished ("Où s'est-il classé ?" asks no origin).
    ranked = compose_read("Où Hugo Bernard s'est-il classé ?", read_rank([hit], CALIBRATION), min_score=0.5)
    assert ranked.short_answer and ranked.short_answer.text == "dix-septième"


def test_a_value_the_text_denies_is_no_answer() -> None:
    """A third walk: a correction's "l'écart … était de 6,9 secondes, et non de 8,4 secondes"
    answered "8,4 secondes"; the denied value is skipped for the passage's next best span."""
    text = "L'écart entre les deux premiers équipages était de 6,9 secondes, et non de 8,4 secondes"
    denied, kept = text.index("8,4 secondes"), text.index("6,9 secondes")
    reading = Reading(4.0, denied, denied + len("8,4 secondes"), 6.0, None, ((kept, kept + 12, 5.0),))
    hit = _hit(text, 1.0, reading, title="RECTIFICATIF — Rallye du Touquet")
    answer = compose_read("De combien de secondes Julien Ferrand a-t-il gagné ?", read_rank([hit], CALIBRATION), 0.5)
    assert answer.short_answer and answer.short_answer.text == "6,9 secondes"
    alone = _hit(text, 1.0, replace(reading, others=()), title="RECTIFICATIF — Rallye du Touquet")
    assert not compose_read("Quel était l'écart ?", read_rank([alone], CALIBRATION), 0.5).answered


@pytest.mark.parametrize(
    ("subject", "sentence", "age", "elses"),
    [
        # A third walk: one slip of the keyboard in the name asked is still that person.
        ("Lucas Vernie", "Lucas Vernier, 16 ans, natif de Toulouse, a gagné.", "16 ans", False),
        ("Elena Castor", "Elena Castro, 17 ans, originaire de Barcelone.", "17 ans", False),
        ("Nolan Pettit", "Nolan Petit, 13 ans, a gagné.", "13 ans", False),
        ("Lucas Vernie", "Lucas Bernard, 16 ans, a gagné.", "16 ans", True),  # another word: another person
        ("Théo Laborde", "Vincent Laborde, 52 ans, s'impose.", "52 ans", True),
        # A short word one slip away, beside a word as written: "Gal" for "Gall" (a third walk).
        ("Yoann Le Gal", "Yoann Le Gall, 29 ans, originaire de Quimper.", "29 ans", False),
        ("Yoann Le Gal", "Yoann Le Roux, 29 ans, originaire de Quimper.", "29 ans", True),
        ("Yann Le Gal", "Yoann Le Gall, 29 ans, originaire de Quimper.", "29 ans", True),  # no word as written
    ],
)
def test_a_name_typed_one_slip_away_is_the_same_person(subject: str, sentence: str, age: str, elses: bool) -> None:
    at = sentence.index(age)
    assert someone_elses_age(subject, sentence, at, at + len(age), "x") is elses


def test_an_age_at_a_past_moment_or_of_the_person_a_relative_is_asked_of_is_no_answer() -> None:
    """A third walk: "Quel âge a Nolan Petit ?" answered "sept ans" from "depuis l'âge de sept
    ans"; "Quel âge a le coéquipier de Clément Tissot ?" his own "34 ans"."""
    assert age_then("Quel âge a Nolan Petit ?", "qui pratique le karting depuis l'âge de ")
    assert not age_then("Quel âge avait Nolan Petit à ses débuts ?", "depuis l'âge de ")  # asked then
    assert not age_then("Quel âge a Nolan Petit ?", "Nolan Petit, ")
    # an interview's first person (an eighth walk): an age at a past or coming moment
    assert age_then("Quel âge a Hugo Lanfranchi ?", "Ma première course en minimoto, à ")
    assert age_then("Quel âge a Hugo Lanfranchi ?", "je veux être champion avant mes ")
    assert age_then("Quel âge a Hugo Lanfranchi ?", "Il a commencé à l'âge de ")
    assert not age_then("Quel âge a Hugo Lanfranchi ?", "Le pilote de ")
    assert not age_then("Quel âge a Hugo Lanfranchi ?", "Hugo Lanfranchi, âgé de ")
    assert age_of_relative("Quel âge a le coéquipier de Clément Tissot ?") == "Clément Tissot"
    assert age_of_relative("Quel âge a l'agneau de Sisteron lors de l'abattage ?") is None  # PIAF: no one
    assert age_of_relative("Quel âge a Clément Tissot ?") is None
    tissot = "Clément Tissot, 34 ans, natif de Rennes, a pris le départ."
    at = tissot.index("34 ans")
    assert age_stated_of("Clément Tissot", tissot, at, at + 6)
    brother = "Âgé de vingt et un ans, il n'était pas encore marié."  # PIAF: names no one
    assert not age_stated_of("Carlo Gesualdo", brother, 7, 22)
    text = "Clément Tissot, 34 ans, court avec Arthur Denis. Arthur Denis, 22 ans, est de Castres"
    own, mate = text.index("34 ans"), text.index("22 ans")
    reading = Reading(4.0, own, own + 6, 6.0, None, ((mate, mate + 6, 5.0),))
    answer = compose_read(
        "Quel âge a le coéquipier de Clément Tissot ?", read_rank([_hit(text, 1.0, reading)], CALIBRATION), 0.5
    )
    assert answer.short_answer and answer.short_answer.text == "22 ans"


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        ("Qu'a déclaré Maxime Le Roux ?", "Maxime Le Roux"),  # a third walk
        ("Qu'a déclaré Yoann Le Gall au Touquet ?", "Yoann Le Gall"),
        ("Que dit Diaz en 1878 ?", "Diaz"),  # PIAF: his quote, attributed to no one named
        ("Qu'a dit Sainte-Beuve sur les Pensées ?", "Sainte-Beuve"),
        ("What did Elena Castro say at Spa?", "Elena Castro"),
        ("Que pense Pascal de Montaigne ?", None),  # an opinion, PIAF's gold is no quote
        ("Qu'a gagné Maxime Le Roux ?", None),
    ],
)
def test_the_person_whose_words_are_asked(question: str, speaker: str | None) -> None:
    assert speaker_asked(question) == speaker


ALBI = (
    "Clément Tissot et Arthur Denis (Mirage Racing) complètent le podium. Sébastien Royer, 38 ans, "
    "remporte son quatrième succès. « Nicolas a piloté comme un chef », a déclaré le pilote héraultais. "
    "Le directeur, Patrick Cadiou, a salué « une course parfaite ». Arthur Denis courait à domicile. "
    "« Gagner à Albi est un rêve », a-t-il déclaré. « Il a été parfait », a ajouté son coéquipier Clément Tissot."
)


@pytest.mark.parametrize(
    ("words", "inside", "speaker"),
    [
        ("piloté comme un chef", True, "Sébastien Royer"),  # a noun phrase: the last person named
        ("une course parfaite", True, "Patrick Cadiou"),  # attributed before the quote
        ("Gagner à Albi", True, "Arthur Denis"),  # "a-t-il déclaré"
        ("Il a été parfait", True, "Clément Tissot"),  # "a ajouté son coéquipier Clément Tissot"
        ("remporte son quatrième succès", False, None),
    ],
)
def test_a_quotes_speaker_is_the_person_its_attribution_names(words: str, inside: bool, speaker: str | None) -> None:
    at = ALBI.index(words)
    assert quoted_speaker(ALBI, at, at + len(words)) == (inside, speaker)


def test_what_someone_said_is_their_quote() -> None:
    """A third walk: "Qu'a déclaré Maxime Le Roux ?" quoted his directeur sportif, "Qu'a
    déclaré Yoann Le Gall après sa victoire ?" answered "30 ans" beside his quote."""
    text = (
        "Le directeur sportif, Patrick Cadiou, a salué « une course parfaite ». « J'ai grandi à Brest, la gagner est "
        "un immense bonheur », a déclaré Maxime Le Roux, qui fêtera ses 30 ans"
    )
    other, own, age = text.index("une course"), text.index("la gagner"), text.index("30 ans")
    reading = Reading(4.0, other, other + 19, 6.0, None, ((age, age + 6, 5.5), (own, own + 49, 5.0)))
    answer = compose_read("Qu'a déclaré Maxime Le Roux ?", read_rank([_hit(text, 1.0, reading)], CALIBRATION), 0.5)
    assert answer.short_answer and answer.short_answer.text == "la gagner est un immense bonheur"
    # Reported speech in a sentence naming the speaker answers too (PIAF's "Qu'a dit Sainte-Beuve …").
    beuve = "Sainte-Beuve considérait ces pages comme les plus fines de la langue française"
    at = beuve.index("les plus fines")
    read = Reading(4.0, at, at + len("les plus fines de la langue française"), 6.0)
    said = compose_read(
        "Qu'a dit Sainte-Beuve sur les Pensées ?", read_rank([_hit(beuve, 1.0, read)], CALIBRATION), 0.5
    )
    assert said.short_answer and said.short_answer.text == "les plus fines de la langue française"


def test_the_reviews_cousins() -> None:
    """A review of session 16's rules, on cousins of the walks' examples."""
    from paddockqa.answer_type import expected_type, holds_type
    from paddockqa.conversation import Turn, resolve

    # An amount's currency after a span ending in a number.
    assert holds_type("money", "250 000", " euros") and holds_type("money", "3", " M€")
    # "What did X win?" asks no one's words.
    assert speaker_asked("What did Julie Martin win?") is None
    # A lap time is no weather; "la météo" as a subject is none either.
    assert expected_type("Quel temps faisait Verstappen en Q3 ?") != "weather"
    assert expected_type("Qui présente la météo sur TF1 ?") != "weather"
    assert not holds_type("weather", "1 min 32 sec", "")
    # A relative one letter apart is another person where the asked one is written.
    siblings = "Julien Martin, 27 ans, et sa sœur Julie Martin, 25 ans, courent ensemble."
    at = siblings.index("27 ans")
    assert someone_elses_age("Julie Martin", siblings, at, at + 6, "x")
    # "une sacrée remontée", "triompher de ses soucis" win nothing.
    remontee = "Karim Haddad, auteur d'une sacrée remontée, prend la deuxième place."
    assert placing_of(remontee, 0, len("Karim Haddad")) == 2
    # A question of its own is no place asked again of the last race.
    nogaro = [Turn("Qui a gagné la course 1 à Nogaro ?", "Qui a gagné la course 1 à Nogaro ?", "Lucas Vernier")]
    for own in ("Qui a gagné le championnat ?", "Qui a gagné la course 2 ?", "Qui a gagné en 2022 ?"):
        assert resolve(own, nogaro).resolved == own
    won = [Turn("Qui a gagné ?", "Qui a gagné ?", "Lucas Vernier")]
    assert "de ?" not in resolve("Et le deuxième ?", won).resolved
    # A quote whose span opens with its guillemet is inside it.
    quote = "« C'est une course parfaite », a déclaré Maxime Le Roux."
    assert quoted_speaker(quote, 0, quote.index(" »") + 2) == (True, "Maxime Le Roux")


@pytest.mark.parametrize(
    ("name", "person"),
    [
        ("Camille Perrin", True),
        ("Mary Ann Foss", True),
        ("Team Anjou Kart Racing", False),  # a fourth walk: a team took the age of the driver beside it
        ("Aravis Racing", False),
        ("Elite Pro", False),  # a fifth walk: a category beside the winner took his win
        ("Division Supercar", False),
        ("Toyota Hilux", False),
        ("Grand Prix", False),
        ("Heures du Mans", False),
        ("Ewan McTavish", True),  # a twelfth walk: no one, so another's team was his
        ("Conor O'Brien", True),
        ("Kevin MacLeod", True),
        ("McLaren Senna", False),
        ("Académie Vitesse Jeunes", False),  # a thirteenth walk: a school was its release's protagonist
    ],
)
def test_a_team_a_make_or_an_event_is_no_person(name: str, person: bool) -> None:
    from paddockqa.conversation import is_person

    assert is_person(name) is person


def test_an_age_in_a_release_headlined_in_capitals_is_its_protagonists() -> None:
    """A fourth walk: "Quel âge a Jade Morel ?" got "La pilote de 23 ans…", Camille Perrin's, in
    a release headlined "… : DOUBLÉ POUR CAMILLE PERRIN"; and "Team Sapphire" beside it was a
    person's name."""
    title = "WOMEN GT TROPHY – MAGNY-COURS : DOUBLÉ POUR CAMILLE PERRIN"
    sentence = "La pilote de 23 ans, originaire de Besançon, court pour le Team Sapphire au volant d'une BMW."
    at = sentence.index("23 ans")
    assert someone_elses_age("Jade Morel", sentence, at, at + 6, title)
    assert not someone_elses_age("Camille Perrin", sentence, at, at + 6, title)
    # A headline in capitals naming no one but in French words judges no one ("POULAIN" is a word).
    vosges = "RALLYE DES VOSGES : CARREL S'IMPOSE DEVANT POULAIN"
    assert not someone_elses_age("Mathieu Carrel", sentence, at, at + 6, vosges)


def test_a_races_route_is_no_ones_origin() -> None:
    """Two walks: "D'où vient Maxime Le Roux ?" got "entre Saint-Évarzec et Quimper", the route."""
    text = "Maxime Le Roux a remporté le Tour du Finistère, disputé sur 192 kilomètres entre Saint-Évarzec et Quimper"
    at = text.index("Saint-Évarzec")
    hit = _hit(text, 1.0, Reading(4.0, at, len(text), 6.0), title="Tour du Finistère")
    assert not compose_read("D'où vient Maxime Le Roux ?", read_rank([hit], CALIBRATION), min_score=0.5).answered


def test_the_reviews_cousins_of_places_crews_and_lists() -> None:
    """A review of session 17's rules: a rival is no crew, a prose list's number no place, a
    programme no results list, "les courses 1 et 2" names race 2, a first name opening a
    headline in capitals is a name, a make closing a name is a surname."""
    from paddockqa.conversation import is_person

    rival = "Le vainqueur Lucas Vernier et son rival Hugo Bernard ont animé la course."
    assert placing_of(rival, rival.index("Hugo"), rival.index("Hugo") + 12) is None
    crew = "Mathieu Carrel et sa copilote Sophie Gindre ont remporté le rallye."
    assert placing_of(crew, crew.index("Sophie"), crew.index("Sophie") + 13) == 1
    assert placing_of("1. Pierre Gasly a rejoint Alpine.", 3, 15) is None
    assert list_items("Programme :\n1. Vendredi : essais\n2. Samedi : Jean Dupont ouvre la route\n", 2) == []
    assert not another_event("Lucas Vernier a remporté les courses 1 et 2.", "Qui a gagné la course 2 ?")
    title = "PIERRE GASLY DEVANCE ESTEBAN OCON"
    sentence = "Âgé de 28 ans, le pilote normand signe sa première victoire."
    assert not someone_elses_age("Pierre Gasly", sentence, 6, 12, title)
    assert someone_elses_age("Lucas Vernier", sentence, 6, 12, title)
    assert is_person("Enzo Ferrari") and not is_person("Ferrari Enzo")


MUGELLO_TITLE = "Grand Prix d'Italie : Marchetti au pied du podium, chute pour Bernard"
MUGELLO_OPENING = "Mugello, le 2 juin 2024 – Enzo Marchetti a offert à Aravis Racing son meilleur résultat."
MUGELLO = (
    "Parti de la septième place sur la grille, le pilote italien de 24 ans, originaire de Rimini, a franchi "
    "la ligne à 3,412 secondes du vainqueur, Marco Ferrante (Ducati Lenovo Team)."
)


@pytest.mark.parametrize(
    ("subject", "elses"),
    [("Enzo Marchetti", False), ("Marco Ferrante", True), ("Hugo Bernard", True)],
)
def test_an_age_or_origin_describing_a_noun_is_that_of_the_person_named_before(subject: str, elses: bool) -> None:
    """A fourth walk: "le pilote italien de 24 ans, originaire de Rimini, a franchi la ligne …
    du vainqueur, Marco Ferrante" gave Marchetti's age to Ferrante, the only name of its sentence
    (Marchetti's age was refused as someone else's, Ferrante's, which the corpus never gives,
    answered). The noun stands for the person of the sentence before."""
    at = MUGELLO.index("24 ans")
    assert someone_elses_age(subject, MUGELLO, at, at + 6, MUGELLO_TITLE, [MUGELLO_OPENING]) is elses
    place = MUGELLO.index("Rimini")
    assert someone_elses_origin(subject, MUGELLO, place, MUGELLO_TITLE, [MUGELLO_OPENING]) is elses


@pytest.mark.parametrize(
    ("sentence", "before", "subject", "elses"),
    [
        # A name right beside the noun is the one it describes, before or after it.
        ("Le coureur de 22 ans Thomas Keller a devancé Hugo Martin.", [], "Thomas Keller", False),
        ("Le coureur de 22 ans Thomas Keller a devancé Hugo Martin.", [], "Hugo Martin", True),
        ("Enzo Marchetti, le pilote italien de 24 ans, a devancé Marco Ferrante.", [], "Enzo Marchetti", False),
        ("Enzo Marchetti, le pilote italien de 24 ans, a devancé Marco Ferrante.", [], "Marco Ferrante", True),
        # The nearest sentence before that names someone; its first person (the clause's subject).
        ("Le Français de 29 ans est tombé.", ["Plus dur pour Hugo Bernard.", "Il pleuvait."], "Hugo Bernard", False),
        ("Le Français de 29 ans est tombé.", ["Hugo Bernard devance Enzo Marchetti."], "Enzo Marchetti", True),
        # Beyond three sentences, or with no one named before: the protagonist (Léa Dumas, titled).
        (
            "Le Français de 29 ans est tombé.",
            ["Hugo Bernard roule.", "Il pleut.", "Il vente.", "Il neige."],
            "Hugo Bernard",
            True,
        ),
        # Three sentences back: "Le sexagénaire, garagiste à Épernay, disputait son neuvième
        # Monte-Carlo. Âgé de 61 ans, il …" after the crew's sentence (a fourteenth walk).
        ("Le Français de 29 ans est tombé.", ["Hugo Bernard roule.", "Il pleut.", "Il vente."], "Hugo Bernard", False),
        ("Âgée de 14 ans, la pilote angevine devance Noah Petit.", [], "Léa Dumas", False),
        ("Âgée de 14 ans, la pilote angevine devance Noah Petit.", [], "Noah Petit", True),
        # A number of years that describes no noun of a person keeps the nearest name (PIAF's
        # "Soubise est donc orphelin à l'âge de neuf ans", the sentence before naming no one).
        ("Devant Mathieu Olivier, Hugo Ferrand, 34 ans, a gagné.", [], "Hugo Ferrand", False),
        ("Hugo Ferrand est orphelin à l'âge de 10 ans.", ["Ses parents meurent en 1724."], "Hugo Ferrand", False),
    ],
)
def test_a_noun_an_age_describes_stands_for_the_person_beside_it_or_named_before(
    sentence: str, before: list[str], subject: str, elses: bool
) -> None:
    title = "Karting : Léa Dumas sacrée à Salbris"
    at = sentence.index(" ans") - 2
    assert someone_elses_age(subject, sentence, at, at + 6, title, before) is elses


def test_a_word_without_a_telling_word_is_no_one_beside_an_age() -> None:
    """A fourth walk: "Âgée de 14 ans, la pilote angevine du Team Anjou Kart Racing (châssis KR,
    moteur IAME X30)…": "KR" was another person, and Léa Dumas's age was refused as someone else's."""
    sentence = "Âgée de 14 ans, elle court en châssis KR."
    assert not someone_elses_age("Léa Dumas", sentence, 8, 14, "Karting : Léa Dumas sacrée à Salbris")


def test_the_reader_answers_the_age_of_the_person_a_described_noun_stands_for() -> None:
    """End to end over a read passage (the fourth walk's): Marchetti's age answered, Ferrante's refused."""
    text = f"{MUGELLO_OPENING} {MUGELLO}"
    at = text.index("24 ans")
    hit = _hit(text, 1.0, Reading(4.0, at, at + 6, 6.0), title=MUGELLO_TITLE)
    ranked = read_rank([hit], CALIBRATION)
    answer = compose_read("Quel âge a Enzo Marchetti ?", ranked, min_score=0.5)
    assert answer.answered and answer.short_answer is not None and answer.short_answer.text == "24 ans"
    refused = compose_read("Quel âge a Marco Ferrante ?", ranked, min_score=0.5)
    assert not refused.answered and refused.notice is not None and "Marco Ferrante" in refused.notice


DAKAR = (
    "DAKAR 2024 – ÉTAPE 7 : MONNIER FRAPPE FORT\n"
    "Al Duwadimi, le 13 janvier 2024 – La septième étape du Dakar 2024 reliait Riyad à Al Duwadimi. Gérald "
    "Monnier s'impose. L'étape 8 mènera demain les concurrents à Haïl, avec 458 kilomètres chronométrés. "
    "Prochain rendez-vous : le Rallye du Maroc, en octobre."
)


def test_a_race_named_only_where_it_is_announced_is_not_reported() -> None:
    """A fourth walk: "Qui a gagné l'étape 8 du Dakar 2024 ?" and "Qui a gagné le Grand Prix des
    Pays-Bas ?" were answered from releases that only announce them."""
    from paddockqa.binding import event_asked, reported
    from paddockqa.pipeline import _event_unsaid, _race_unsaid

    said = reported(DAKAR)
    assert "septième étape" in said and "Haïl" not in said and "Maroc" not in said
    assert event_asked("Qui a gagné l'étape 8 du Dakar 2024 ?") == "étape 8"
    assert event_asked("Qui a remporté la deuxième course ?") == "deuxième course"
    assert event_asked("Qui a gagné le Dakar ?") is None
    assert _race_unsaid("Qui a gagné l'étape 8 du Dakar 2024 ?", said) == "étape 8"
    assert _race_unsaid("Qui a gagné l'étape 8 du Dakar 2024 ?", DAKAR) is None  # announced: said
    assert _race_unsaid("Qui a gagné la septième étape du Dakar ?", said) is None
    assert _race_unsaid("Qui a gagné le Dakar ?", said) is None
    assert _event_unsaid("Qui a gagné le Rallye du Maroc ?", said) == "Rallye du Maroc"
    assert _event_unsaid("Quand a lieu le Rallye du Maroc ?", DAKAR) is None


CAMIONS = (
    "Patrice Lemoine (MAN TGS, Lemoine Transports Racing) a dominé le Grand Prix Camions d'Albi, remportant deux "
    "des trois courses du week-end."
)
CAMIONS_AGE = "Le routier de Montauban, 52 ans, consolide sa place de leader du championnat."


@pytest.mark.parametrize(
    ("subject", "sentence", "preceding", "age", "elses"),
    [
        # A fifth walk: a noun in apposition to the age ("Le routier de Montauban, 52 ans") gave
        # Lemoine's age to Gaëlle Berthou, whom the corpus gives none.
        ("Gaëlle Berthou", CAMIONS_AGE, [CAMIONS], "52 ans", True),
        ("Patrice Lemoine", CAMIONS_AGE, [CAMIONS], "52 ans", False),
        # A first name alone in apposition to an age is someone ("Lucas, à 15 ans", quoted by Antoine Rivière).
        ("Antoine Rivière", "« Lucas, à 15 ans, a une maturité rare. »", [], "15 ans", True),
        ("Lucas Ferré", "« Lucas, à 15 ans, a une maturité rare. »", [], "15 ans", False),
        # A person named at the end of another name ("l'Alpine A110 de Jean-Claude Morin") is a person.
        (
            "Hugo Ménard",
            "Une parade, dont l'Alpine A110 de Jean-Claude Morin, aujourd'hui âgé de 81 ans.",
            [],
            "81 ans",
            True,
        ),
        (
            "Jean-Claude Morin",
            "Une parade, dont l'Alpine A110 de Jean-Claude Morin, aujourd'hui âgé de 81 ans.",
            [],
            "81 ans",
            False,
        ),
    ],
)
def test_a_fifth_walks_ages_belong_to_the_person_the_text_gives_them(
    subject: str, sentence: str, preceding: list[str], age: str, elses: bool
) -> None:
    at = sentence.index(age)
    assert (
        someone_elses_age(subject, sentence, at, at + len(age), "Camions : Lemoine fait le plein", preceding) is elses
    )


def test_an_age_now_is_not_an_age_at_a_moment_nor_a_childhood_age_an_age_now() -> None:
    """A fifth walk: "Quel âge a Clara Montserrat ?" got "depuis mes huit ans"; "Quel âge avait
    Jean-Claude Morin lors de sa victoire en 1974 ?" got "aujourd'hui âgé de 81 ans"."""
    assert age_then("Quel âge a Clara Montserrat ?", "« Je rêve de monoplace depuis mes ")
    assert age_then("Quel âge avait Jean-Claude Morin lors de sa victoire ?", "Jean-Claude Morin, aujourd'hui âgé de ")
    assert age_then("À quel âge a-t-il gagné ?", "Jean-Claude Morin, aujourd’hui ")
    assert not age_then("Quel âge avait Jean-Claude Morin lors de sa victoire ?", "« J'avais ")
    assert age_then("Quel âge a Hugo Ménard ?", "« J'avais ")  # an age he had
    assert not age_then("Quel âge a Jean-Claude Morin ?", "Jean-Claude Morin, aujourd'hui âgé de ")


def test_a_win_of_another_year_is_no_answer_for_this_years_winner() -> None:
    """A fifth walk: "Qui a gagné le Rallye des Monts d'Ardèche 2024 ?" was answered by "Antoine
    Rivière, vainqueur de l'édition 2023" (the release presents the 2024 rally)."""
    from paddockqa.binding import placed_another_year

    rivière = "Antoine Rivière, vainqueur de l'édition 2023 avec Lucie Barthès : « Revenir ici est une fierté. »"
    at = (0, len("Antoine Rivière"))
    assert placed_another_year("Qui a gagné le Rallye des Monts d'Ardèche 2024 ?", rivière, *at)
    assert not placed_another_year("Qui a gagné le Rallye des Monts d'Ardèche en 2023 ?", rivière, *at)
    assert not placed_another_year("Qui a gagné le Rallye des Monts d'Ardèche ?", rivière, *at)  # no year asked
    # A year the sentence gives for something else than the win is no other year's win.
    record = "Julien Ferrandi, qui détenait le record depuis 2019."
    assert not placed_another_year("Qui a gagné en 2024 ?", record, 0, 15)
    # A title of another year beside a win of the year asked, or beside someone else (a review).
    both = "Hugo Ferrand, champion 2022, remporte le Rallye du Touquet 2024."
    assert not placed_another_year("Qui a gagné le Rallye du Touquet 2024 ?", both, 0, 12)
    other = "Hugo Ferrand remporte le rallye devant le champion 2023, Paul Roy."
    assert not placed_another_year("Qui a gagné le rallye 2024 ?", other, 0, 12)
    assert placed_another_year("Qui a gagné le rallye 2024 ?", other, other.index("Paul"), other.index("Paul") + 8)


def test_a_placing_question_names_where_the_race_was() -> None:
    """A fifth walk: "Qui a gagné la manche de rallycross de Lohéac ?" was answered from the
    Ernée release, which says Lohéac only in "On se rattrapera à Lohéac" and "Prochaine manche :
    Lohéac" (announcing sentences, ``binding.reported``)."""
    from paddockqa.binding import reported
    from paddockqa.pipeline import _a_where, _event_unsaid

    ernee = (
        "Thomas Aubrac a remporté dimanche la finale du Rallycross de l'Ernée. « Moi, j'ai patiné. On se "
        "rattrapera à Lohéac. » Il court aussi en Porsche Carrera Cup. Prochaine manche : Lohéac, le 15 juin."
    )
    said = reported(ernee)
    assert "Lohéac" not in said and "Carrera" in said and "Ernée" in said
    assert _event_unsaid("Qui a gagné la manche de rallycross de Lohéac ?", said, placing=True) == "Lohéac"
    assert _event_unsaid("Qui a gagné la manche de rallycross de l'Ernée ?", said, placing=True) is None
    assert _event_unsaid("Combien de spectateurs à Lohéac ?", said) is None  # a place alone: only for placings
    # Not a place: a person, an acronym, a category, a capitalised French word (PIAF's "JO", "Premier").
    assert [n for n in ("Lohéac", "Nogaro", "Thomas Aubrac", "JO", "F4", "Premier") if _a_where(n)] == [
        "Lohéac",
        "Nogaro",
    ]


ALBI_RESULTS = (
    "Résultats :\n"
    "Course 1 : 1. Lemoine (MAN) ; 2. Fabre (Iveco) ; 3. Berthou (Renault)\n"
    "Course 2 : 1. Fabre (Iveco) ; 2. Henri Maury (Scania) ; 3. Berthou (Renault)\n"
)


def test_a_results_list_run_on_in_a_line_places_its_items() -> None:
    """A fifth walk: "Course 2 : 1. Fabre (Iveco) ; 2. Henri Maury (Scania) ; …" was cut into
    "Fabre (Iveco) ; 2." and the like, each item's number on the one before; "Qui a terminé
    deuxième de la course 2 à Albi ?" was refused."""
    from paddockqa.text import split_sentences

    assert [ALBI_RESULTS[a:b] for a, b in split_sentences(ALBI_RESULTS)][1:] == [
        "Course 1 : 1. Lemoine (MAN) ; 2. Fabre (Iveco) ; 3. Berthou (Renault)",
        "Course 2 : 1. Fabre (Iveco) ; 2. Henri Maury (Scania) ; 3. Berthou (Renault)",
    ]
    seconds = list_items(ALBI_RESULTS, 2)
    assert [ALBI_RESULTS[a:b] for a, b in seconds] == ["Fabre (Iveco)", "Henri Maury (Scania)"]
    assert [list_heading(ALBI_RESULTS, a) for a, _ in seconds] == ["Course 1 :", "Course 2 :"]
    line = ALBI_RESULTS.splitlines()[2]
    assert [placing_of(line, line.index(w), line.index(w) + len(w)) for w in ("Fabre", "Henri Maury", "Berthou")] == [
        1,
        2,
        3,
    ]
    # A number ending a sentence in prose stays an end: "Il a fini 2. Puis…"
    assert len(split_sentences("Il a fini 2. Puis il est parti.")) == 2


@pytest.mark.parametrize(
    "sentence",
    [
        "Ainsi, à 42 ans, Hugo Ferrand remporte le rallye.",
        "Lyonnais, 42 ans, Hugo Ferrand s'impose.",
        "Installé au Mans, 42 ans, Hugo Ferrand s'impose.",
        "Hugo Ferrand, vainqueur à La Châtre, 42 ans, s'impose.",
        "Hugo Ferrand, pilote de la Scuderia, 42 ans, s'impose.",
        "Hugo Ferrand a gagné le Grand Prix de Monte Carlo à 42 ans.",
    ],
)
def test_the_reviews_cousins_an_age_stays_the_subjects(sentence: str) -> None:
    """A review of the fifth walk's age rules: a French word, a demonym or a place before a comma
    is no one; a race's name ending in two capitalised words is no person; a place after an
    article is no noun describing someone."""
    at = sentence.index("42 ans")
    assert not someone_elses_age("Hugo Ferrand", sentence, at, at + 6, "Rallye : Paul Roy remporte le titre")


def test_the_reviews_cousins_of_races_and_lists() -> None:
    """A review: a result that announces more is reported; ordinals past the fifth name races; a
    list run on in a line under a heading line is headed by that line; a label and a figure
    ending a sentence end it."""
    from paddockqa.binding import events_numbered, reported
    from paddockqa.pipeline import _race_unsaid
    from paddockqa.text import split_sentences

    said = reported("Fabre remporte la course 2 et visera le titre dans la course 3. Il se retira en 2019.")
    assert "Fabre remporte la course 2" in said and "se retira" in said
    assert "aura lieu" not in reported("Fabre gagne. La course 3 aura lieu dimanche.")
    sixth = "Hugo Ferrand remporte la sixième manche, après son abandon lors de la manche 5."
    assert events_numbered(sixth) == {("manche", 6), ("manche", 5)}
    assert _race_unsaid("Qui a gagné la manche 6 ?", sixth) is None
    assert _race_unsaid("Qui a gagné la 8e manche ?", sixth) == "8e manche"
    under = "Course 2 (dimanche) :\n1. Fabre (Iveco) ; 2. Maury (Scania) à 3 s\n"
    assert [list_heading(under, a) for a, _ in list_items(under, 2)] == ["Course 2 (dimanche) :"]
    whole = 'Classement :\n2. Adrien Poulain (Citroën) ; à 18"4\n'
    assert [whole[a:b] for a, b in list_items(whole, 2)] == ['Adrien Poulain (Citroën) ; à 18"4']
    text = "Nombre de victoires : 6. Il a aussi signé 9 podiums."
    assert [text[a:b] for a, b in split_sentences(text)] == ["Nombre de victoires : 6.", "Il a aussi signé 9 podiums."]


def test_a_list_under_the_race_asked_answers_over_a_sentence_not_naming_it() -> None:
    """The fifth walk's chat, rerun: "Et la course 2 ?" (understood "Qui a gagné la course 2 du
    Grand Prix Camions d'Albi ?") was answered by "Lemoine a dominé …, remportant deux des trois
    courses", over "Course 2 : 1. Fabre (Iveco) ; …" below it. An English name is no place a
    French release must say ("Who won the 24 Hours of Nogaro?")."""
    from paddockqa.pipeline import _a_where

    text = "Patrice Lemoine a dominé le Grand Prix, remportant deux des trois courses.\n" + ALBI_RESULTS
    at = text.index("Patrice")
    hit = _split_hit(text, 1.0, Reading(4.0, at, at + len("Patrice Lemoine"), 6.0), title="Camions : Lemoine à Albi")
    answer = compose_read("Qui a gagné la course 2 du Grand Prix ?", read_rank([hit], CALIBRATION), min_score=0.5)
    assert answer.short_answer and answer.short_answer.text == "Fabre", answer.text
    won = compose_read("Qui a gagné le Grand Prix ?", read_rank([hit], CALIBRATION), min_score=0.5)
    assert won.short_answer and won.short_answer.text == "Patrice Lemoine", won.text
    assert not _a_where("Hours") and _a_where("Nogaro")


def test_a_protagonist_sharing_a_first_name_is_someone_else() -> None:
    """A fourth walk's chat, rerun: "Quel âge a Léa Fontaine ?" took "Âgée de 14 ans, la pilote
    angevine…" from a release titled after Léa Dumas: one word shared is no one person."""
    sentence = "Âgée de 14 ans, la pilote angevine du Team Anjou Kart Racing est la première fille sacrée."
    title = "Championnat de France Karting Junior : Léa Dumas sacrée à Salbris"
    assert someone_elses_age("Léa Fontaine", sentence, 0, 4, title)
    assert not someone_elses_age("Léa Dumas", sentence, 0, 4, title) and not someone_elses_age(
        "Dumas", sentence, 0, 4, title
    )


def test_a_described_age_is_not_that_of_someone_named_as_a_complement_before() -> None:
    """The test suite's Cévennes release (caught at the session's fresh clone): "Âgée de 28 ans,
    la pilote …" after "…, soit 12,4 secondes de mieux que Hugo Ferrand." is the winner Léa
    Marchand's, the protagonist, not Hugo Ferrand's, named there only as compared."""
    title = "Rallye des Cévennes : Léa Marchand s'impose devant Hugo Ferrand"
    before = ["L'équipage gardois a bouclé les 14 spéciales, soit 12,4 secondes de mieux que Hugo Ferrand."]
    sentence = "Âgée de 28 ans, la pilote originaire de Mende signe ici sa première victoire."
    assert not someone_elses_age("Léa Marchand", sentence, 8, 14, title, before)
    assert someone_elses_age("Hugo Ferrand", sentence, 8, 14, title, before)


@pytest.mark.parametrize(
    ("question", "phase"),
    [
        ("Combien de coureurs ont terminé ?", "finish"),
        ("Combien de voitures ont été classées ?", "finish"),
        ("Combien ont fini la course ?", "finish"),  # no noun: still a count of racers
        ("Combien d'équipages ont rallié l'arrivée ?", "finish"),
        ("How many cars finished the race?", "finish"),
        ("Combien de pilotes étaient au départ ?", "start"),
        ("Combien de pilotes ont pris le départ ?", "start"),
        ("Combien de partants ?", "start"),
        ("Combien d'engagés au Dakar ?", "start"),
        ("How many riders started?", "start"),
        ("combien d'équipages a l'arrivée a erfoud", "finish"),  # typed without accents (a seventh walk)
        ("Combien de camions étaient engagés ?", "start"),  # any racer's word (``answer_type.COUNT_KINDS``)
        # ... not a count of racers, or neither or both said
        ("Combien de points a-t-il inscrits ?", None),  # "inscrits" is no start here
        ("Combien a-t-il inscrits de points ?", None),  # nor without the noun after "combien"
        ("Combien de victoires a-t-il obtenues en terminant premier ?", None),
        ("Combien de coureurs ?", None),
        ("Combien de fois Stablinski a t il fini premier ?", None),  # piaf-dev: a count of times
        ("How many times did he finish on the podium?", None),
        ("Combien de coureurs au départ ont terminé ?", None),
    ],
)
def test_a_count_of_racers_asks_the_start_or_the_finish(question: str, phase: str | None) -> None:
    assert race_phase_asked(question, counted_noun(question)) == phase


@pytest.mark.parametrize(
    ("sentence", "number", "phase"),
    [
        ("Sur les 147 coureurs au départ, 96 ont franchi la ligne.", "147", "start"),  # a third walk
        ("Sur les 147 coureurs au départ, 96 ont franchi la ligne.", "96", "finish"),
        ("Au départ, ils étaient 1 200 ; à l'arrivée, ils n'étaient plus que 960.", "1 200", "start"),
        ("Au départ, ils étaient 1 200 ; à l'arrivée, ils n'étaient plus que 960.", "960", "finish"),
        ("Of the 38 starters, 29 cars were classified at the finish.", "38", "start"),
        ("Of the 38 starters, 29 cars were classified at the finish.", "29", "finish"),
        ("Seules 12 voitures ont vu le drapeau à damier, pour 31 engagées.", "12", "finish"),
        ("Seules 12 voitures ont vu le drapeau à damier, pour 31 engagées.", "31", "start"),
        # ... a number its words do not place
        ("96 des 147 partants ont rallié l'arrivée.", "96", None),  # the next number comes first
        ("Le vainqueur a bouclé les 742 km en 18 heures.", "742", None),
        ("Il a remporté 3 courses cette saison.", "3", None),
        # a review: the words after the previous number are its own, and a place set off from
        ("Sur les 147 coureurs au départ, seuls 96 ont rallié Pontivy.", "96", None),
        ("Of the 38 starters, only 29 made it to the end.", "29", None),
        ("Sur les 40 partants, 3 Français ont décroché un podium.", "3", None),
        ("Au départ de Lisbonne, la caravane a vu 85 voitures rejoindre Dakar.", "85", None),
        ("Le 8 juin, sur les 147 coureurs au départ, 96 ont franchi la ligne.", "8", None),
    ],
)
def test_the_words_around_a_number_say_whether_it_counts_starters_or_finishers(
    sentence: str, number: str, phase: str | None
) -> None:
    at = sentence.index(number)
    assert race_phase_of(sentence, at, at + len(number)) == phase


def test_how_many_finished_is_not_answered_with_the_starters() -> None:
    """A third walk: "Combien de coureurs ont terminé ?" was answered "147" of "Sur les 147
    coureurs au départ, 96 ont franchi la ligne": the reader's best span counts the starters.
    Its passage's next best span, the finishers, answers; asked how many started, "147" does."""
    text = "Sur les 147 coureurs au départ, 96 ont franchi la ligne à Pontivy."
    starters, finishers = text.index("147"), text.index("96")
    read = Reading(3.0, starters, starters + 3, 6.0, others=((finishers, finishers + 2, 4.0),))
    ranked = read_rank([_hit(text, 1.0, read)], CALIBRATION)
    finished = compose_read("Combien de coureurs ont terminé la course ?", ranked, 0.5)
    assert finished.short_answer is not None and finished.short_answer.text == "96", finished.text
    started = compose_read("Combien de coureurs étaient au départ ?", ranked, 0.5)
    assert started.short_answer is not None and started.short_answer.text == "147", started.text
    plain = compose_read("Combien de coureurs ?", ranked, 0.5)  # neither asked: the reader's own
    assert plain.short_answer is not None and plain.short_answer.text == "147"
    # A next best span must say it counts what is asked: "8" of "Le 8 juin" counts no one (a review).
    dated = "Le 8 juin, sur les 147 coureurs au départ, 96 ont franchi la ligne."
    day, starters, finishers = dated.index("8"), dated.index("147"), dated.index("96")
    others = ((day, day + 1, 5.0), (finishers, finishers + 2, 4.0))
    read = Reading(3.0, starters, starters + 3, 6.0, others=others)
    finished = compose_read("Combien de coureurs ont terminé ?", read_rank([_hit(dated, 1.0, read)], CALIBRATION), 0.5)
    assert finished.short_answer is not None and finished.short_answer.text == "96", finished.text
    # A finisher the words do not place stays the reader's answer when it is its best span.
    alone = "Sur les 147 coureurs au départ, seuls 96 ont rallié Pontivy."
    at = alone.index("96")
    kept = compose_read(
        "Combien de coureurs ont terminé ?",
        read_rank([_hit(alone, 1.0, Reading(3.0, at, at + 2, 6.0))], CALIBRATION),
        0.5,
    )
    assert kept.short_answer is not None and kept.short_answer.text == "96"


@pytest.mark.parametrize(
    ("sentence", "person", "place", "another"),
    [
        # a sixth walk: "Who won the Rallye des Vosges?" was answered with the one beaten
        (
            "Le Mulhousien Mathieu Kessler a remporté la première victoire de sa carrière, avec 6,1 "
            "secondes d'avance sur Julien Maréchal (Škoda Fabia RS Rally2).",
            "Julien Maréchal",
            1,
            True,
        ),
        ("Léa Marchand s'impose devant Hugo Ferrand.", "Hugo Ferrand", 1, True),
        ("Léa Marchand s'impose devant Hugo Ferrand.", "Léa Marchand", 1, False),  # she is placed
        ("Karim Haddad termine deuxième devant Julie Martin.", "Julie Martin", 2, True),
        ("Karim Haddad termine deuxième devant Julie Martin.", "Julie Martin", 1, False),  # no one won here
        ("Lucas Vernier et Elena Castro se partagent Nogaro.", "Elena Castro", 1, False),  # no placing at all
        # placed nowhere, but not named as the one beaten: may be the answer (a review)
        ("Paul Roy a remporté la course 1, Julie Martin la course 2.", "Julie Martin", 1, False),
        ("Paul Roy s'impose en Junior, Julie Martin en Senior.", "Julie Martin", 1, False),
        ("Julie Martin, après un départ raté, a remporté la course, félicitée par Paul Roy.", "Paul Roy", 1, False),
        ("Julie Martin finished second ahead of Paul Roy.", "Paul Roy", 2, True),
    ],
)
def test_a_person_placed_nowhere_beside_someone_placed_as_asked_is_not_the_answer(
    sentence: str, person: str, place: int, another: bool
) -> None:
    at = sentence.index(person)
    assert placed_another(sentence, at, at + len(person), place) is another


def test_who_won_is_not_answered_with_the_one_beaten() -> None:
    """A sixth walk: the reader's best span for "Who won the Rallye des Vosges?" was Julien
    Maréchal, whom the sentence names as beaten by the winner; its next best span, the winner,
    answers."""
    text = (
        "Le Mulhousien Mathieu Kessler a remporté la première victoire de sa carrière, avec 6,1 secondes "
        "d'avance sur Julien Maréchal (Škoda Fabia RS Rally2)."
    )
    beaten, winner = text.index("Julien Maréchal"), text.index("Mathieu Kessler")
    read = Reading(3.0, beaten, beaten + len("Julien Maréchal"), 6.0, others=((winner, winner + 15, 4.0),))
    answer = compose_read("Who won the Rallye des Vosges?", read_rank([_hit(text, 1.0, read)], CALIBRATION), 0.5)
    assert answer.short_answer is not None and answer.short_answer.text == "Mathieu Kessler", answer.text


def test_an_age_is_a_number_word_not_a_word_starting_like_one() -> None:
    """A review: "centre" read as "cent", so the age of "Léa Marchand, sortie du centre de
    formation, devance Hugo Ferrand, 34 ans" was placed at "centre de" and given to her."""
    sentence = "Léa Marchand, sortie du centre de formation, devance Hugo Ferrand, 34 ans."
    start = sentence.index("centre")
    assert someone_elses_age("Léa Marchand", sentence, start, len(sentence) - 1, "Titre")


@pytest.mark.parametrize(
    ("before", "bracket"),
    [
        ("Les billets sont en vente à partir de 25 euros (gratuit pour les moins de ", True),  # a seventh walk
        ("L'entrée est réservée aux plus de ", True),
        ("Free for children under ", True),
        ("gratuit pour les enfants de moins de ", True),  # a review
        ("Le pilote de ", False),
        ("Il a gagné à moins de ", False),  # "à moins de 20 ans": his age, roughly
        ("Âgé de ", False),
    ],
)
def test_an_age_bracket_is_nobodys_age(before: str, bracket: bool) -> None:
    assert age_bracket(before) is bracket


@pytest.mark.parametrize(
    ("sentence", "person", "is_beaten"),
    [
        ("Il a devancé Jules Caradec de 2,115 secondes.", "Jules Caradec", True),  # a seventh walk
        ("Lina Ferhat a battu Jules Caradec au sprint.", "Jules Caradec", True),
        ("Rinaldi beat Owen Baptiste by two seconds.", "Owen Baptiste", True),
        ("Lina Ferhat a devancé Jules Caradec.", "Lina Ferhat", False),
        ("Jules Caradec a gagné la course 3.", "Jules Caradec", False),
        # a review's cousins
        ("Lina Ferhat s'impose, devançant Jules Caradec.", "Jules Caradec", True),
        ("Lina Ferhat devance Jules Caradec.", "Jules Caradec", True),
        ("Lina Ferhat held off Jules Caradec.", "Jules Caradec", True),
    ],
)
def test_a_person_named_as_beaten_by_someone(sentence: str, person: str, is_beaten: bool) -> None:
    assert beaten(sentence, sentence.index(person)) is is_beaten


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("Pour quelle équipe roule Lanfranchi ?", "current"),  # a seventh walk
        ("Quelle équipe a-t-il rejointe ?", "current"),
        ("Which team does Mattéo Rigal ride for?", "current"),
        ("De quelle équipe vient Romain Tessier ?", "former"),
        ("Which team did Diego Sanz come from?", "former"),
        ("Quelle est son ancienne écurie ?", "former"),
        ("D'où vient Romain Tessier ?", None),
        ("Qui a gagné ?", None),
        ("Pour quelle équipe roulait-il avant ?", "former"),  # a review
    ],
)
def test_a_question_asks_the_team_joined_or_the_one_left(question: str, asked: str | None) -> None:
    assert team_asked(question) == asked


@pytest.mark.parametrize(
    ("before", "said"),
    [
        ("… sous les couleurs du Team Aravis Yamaha, qu'il a rejoint cet hiver en provenance de ", "former"),
        ("… disputait sa première course sous les couleurs du ", "current"),
        ("Tessier a rejoint ", "current"),
        ("Diego Sanz joined the team this winter from ", "former"),
        ("Léa Castagnet quitte ", "former"),
        ("Romain Tessier (", None),
        ("Il a quitté l'équipe ", "former"),  # a review's cousins
        ("en provenance du team ", "former"),
        ("Il a signé chez ", "current"),
        ("Diego Sanz, 21, is from ", None),
    ],
)
def test_the_words_before_a_team_say_whether_it_was_left_or_joined(before: str, said: str | None) -> None:
    assert team_said(before) == said


@pytest.mark.parametrize(
    ("sentence", "name", "crew"),
    [
        (
            "Le pilote Sébastien Delorme et sa copilote Marine Castagnet ont remporté le Rallye de l'Atlas.",
            "Marine Castagnet",
            "Sébastien Delorme et sa copilote Marine Castagnet",
        ),
        (
            "Antoine Féraud, Kevin Lindqvist et Paul Vidal ont remporté les 6 Heures.",
            "Antoine Féraud",
            "Antoine Féraud, Kevin Lindqvist et Paul Vidal",
        ),
        ("Antoine Féraud / Kevin Lindqvist ont gagné.", "Kevin Lindqvist", "Antoine Féraud / Kevin Lindqvist"),
        (
            "Julie Martin, copilotée par Marc Dupont, s'impose.",
            "Marc Dupont",
            "Julie Martin, copilotée par Marc Dupont",
        ),
        # the ones beaten are no crew of the winner's; a comma alone lists no crew; no placing, no crew
        ("Julie Martin s'impose devant Paul Roy et Léo Marc.", "Paul Roy", None),
        ("Julie Martin s'impose devant Paul Roy et Léo Marc.", "Julie Martin", None),
        ("Vainqueur, Julie Martin, Paul Roy deuxième.", "Julie Martin", None),
        ("Paul Roy et Léo Marc sont venus en voisins.", "Paul Roy", None),
        # two winners of one race each (a review)
        ("Julie Martin et Paul Roy ont gagné respectivement la course 1 et la course 2.", "Paul Roy", None),
        ("Tom Hollis and Oliver Grant both won a race.", "Tom Hollis", None),
        (
            "Julie Martin et sa copilote Léa Roy ont chacune gagné une spéciale.",
            "Léa Roy",
            "Julie Martin et sa copilote Léa Roy",
        ),
    ],
)
def test_a_crew_is_named_whole(sentence: str, name: str, crew: str | None) -> None:
    """An eighth walk: who won the Rallye de l'Atlas was answered with the co-driver alone."""
    at = sentence.find(name)
    found = crew_of(sentence, at, at + len(name))
    assert (sentence[found[0] : found[1]] if found else None) == crew


def _dated_hit(text: str, span: str, source: str, date: str | None, score: float = 4.0) -> Hit:
    at = text.index(span)
    hit = _hit(text, 1.0, Reading(score, at, at + len(span), 6.0), source=source, title="Superbike")
    return replace(hit, document=IndexedDocument(source, "Superbike", date, "h", 1, "2026-06-10T00:00:00"))


APRIL = "Hugo Lanfranchi rejoint Corsica Racing. Le pilote de 24 ans, originaire d'Ajaccio, roule au Cap Corse"
JUNE = "Hugo Lanfranchi gagne au Vigeant. Âgé de 26 ans, le pilote originaire de Bastia devance Romain Castex"


@pytest.mark.parametrize(
    ("question", "latest", "earlier"),
    [("Quel âge a Hugo Lanfranchi ?", "26 ans", "24 ans"), ("D'où vient Hugo Lanfranchi ?", "Bastia", "Ajaccio")],
)
def test_dated_documents_that_disagree_are_said_and_the_latest_answers(
    question: str, latest: str, earlier: str
) -> None:
    """An eighth walk: two releases gave a rider's age and town differently ("24 ans", "Ajaccio"
    on 28 April; "26 ans", "Bastia" on 9 June): the earlier answered and nothing said so. The
    latest answers, whichever the reader liked best, and the other is quoted as [2] and said."""
    april = _dated_hit(APRIL, earlier, "avril.txt", "2026-04-28", score=6.0)  # the reader's best
    june = _dated_hit(JUNE, latest, "juin.txt", "2026-06-09", score=4.0)
    answer = compose_read(question, read_rank([april, june], CALIBRATION), 0.5)
    assert answer.short_answer is not None and answer.short_answer.text == latest, answer.text
    assert [c.source for c in answer.citations] == ["juin.txt", "avril.txt"]
    assert answer.notice == (
        f"Les documents ne concordent pas : avril.txt (2026-04-28) dit « {earlier} » [2] ; "
        "la réponse suit le plus récent, juin.txt (2026-06-09)."
    )
    # Undated (PIAF's paragraphs), of one day, or agreeing: the reader's best alone, nothing said.
    for june_date, june_text, june_span in (
        (None, JUNE, latest),
        ("2026-04-28", JUNE, latest),
        ("2026-06-09", JUNE.replace(latest, earlier), earlier),
    ):
        june = _dated_hit(june_text, june_span, "juin.txt", june_date)
        alone = compose_read(question, read_rank([april, june], CALIBRATION), 0.5)
        assert alone.notice is None and alone.citations[0].source == "avril.txt", (june_date, alone.text)


@pytest.mark.parametrize(
    ("question", "june_text", "june_span", "june_date"),
    [
        # ages two years apart over two years: both true (a review)
        ("Quel âge a Hugo Lanfranchi ?", JUNE, "26 ans", "2028-06-09"),
        # a number in words is the same number
        ("Quel âge a Hugo Lanfranchi ?", JUNE.replace("26 ans", "vingt-quatre ans"), "vingt-quatre ans", "2026-06-09"),
        # born in one town, from another: two facts, not a disagreement
        ("D'où vient Hugo Lanfranchi ?", JUNE.replace("originaire de", "né à"), "Bastia", "2026-06-09"),
    ],
)
def test_dated_documents_that_only_seem_to_disagree_are_not_said_to(
    question: str, june_text: str, june_span: str, june_date: str
) -> None:
    april = _dated_hit(APRIL, "24 ans" if "âge" in question else "Ajaccio", "avril.txt", "2026-04-28", score=6.0)
    june = _dated_hit(june_text, june_span, "juin.txt", june_date, score=4.0)
    answer = compose_read(question, read_rank([april, june], CALIBRATION), 0.5)
    assert answer.notice is None and answer.citations[0].source == "avril.txt", answer.text


@pytest.mark.parametrize(
    ("sentence", "elses"),
    [
        # a name after the origin, as a complement or placed against, is no one it is said of
        ("Le pilote de 24 ans, né à Ajaccio, a découvert la moto sur les routes du Cap Corse.", False),
        ("Âgé de 26 ans, le pilote originaire de Ajaccio devance Romain Castex et Yann Le Goff.", False),
        # not through a noun phrase the origin describes (a review: the two above are): the
        # first named after it, a complement or placed against, is no one it is said of
        ("Né à Ajaccio, il a découvert la moto sur les routes du Cap Corse.", False),
        ("Né à Ajaccio, il s'impose devant Romain Castex et Yann Le Goff.", False),
        ("Originaire de Ajaccio, il devance Romain Castex.", False),
        # a complement after the place is skipped for the next name (a review)
        ("Originaire de Ajaccio, le coéquipier de Marc Durand, Hugo Lanfranchi, a signé la pole.", False),
        # the first named after it, as before ("Originaire de Dijon, Philippe est…")
        ("Originaire de Ajaccio, Romain Castex signe sa première victoire.", True),
    ],
)
def test_an_origin_is_not_given_to_a_place_or_a_rival_named_after_it(sentence: str, elses: bool) -> None:
    """An eighth walk's cousins: "Cap Corse" and "Romain Castex", named after "né à Ajaccio" and
    "originaire de Bastia", took the rider's town (the text's protagonist, Hugo Lanfranchi)."""
    at = sentence.index("Ajaccio")
    title = "Superbike : Hugo Lanfranchi rejoint Corsica Moto Racing"
    assert someone_elses_origin("Hugo Lanfranchi", sentence, at, title) is elses


def test_a_time_is_the_one_of_the_person_it_is_said_of() -> None:
    """An eighth walk: "Quel temps a-t-il signé en pole position ?" (Théo Marchal), then "Et
    Julien Marchal ?" was answered with Théo's time, his cousin named after it ("devant son
    cousin Julien Marchal"). A time said of another gives way to the subject's own."""
    pole = "Théo Marchal a signé la pole position en 1'38\"204, devant son cousin Julien Marchal"
    own = "Julien Marchal, qui pilote pour Gers Compétition, a réalisé un temps de 1'38\"950"
    at = pole.index("1'38")
    assert said_of_another("Julien Marchal", pole, at, "Clio Cup") and not said_of_another("Théo Marchal", pole, at, "")
    assert not said_of_another("Julien Marchal", own, own.index("1'38"), "Clio Cup")
    chrono = "Le chrono de Julien Marchal, 1'38\"204, reste la référence."  # a value's owner (a review)
    assert not said_of_another("Julien Marchal", chrono, chrono.index("1'38"), "Théo Marchal en pole")
    assert time_subject("Quel temps a signé Julien Marchal en pole position ?") == "Julien Marchal"
    assert time_subject("Quel âge a Julien Marchal ?") is None
    best = _hit(pole, 1.0, Reading(6.0, at, at + len("1'38\"204"), 6.0))
    second = _hit(own, 0.8, Reading(4.0, own.index("1'38"), len(own), 6.0), source="b.txt")
    answer = compose_read(
        "Quel temps a signé Julien Marchal en pole position ?", read_rank([best, second], CALIBRATION), 0.5
    )
    assert answer.short_answer is not None and answer.short_answer.text == "1'38\"950", answer.text


def test_the_one_beaten_by_the_winner_is_found_in_the_passage_for_who_was_second() -> None:
    """A ninth walk: "Qui a terminé deuxième du Rallye des Vosges ?" was refused, the reader's
    span being the winning crew's co-driver, though the passage says "a devancé Thomas Bellec";
    and "Qui a gagné les 6 Heures … ?" was answered with a team that "a terminé deuxième"."""
    text = (
        "L'équipage formé par Lucas Ferrand et sa copilote Amélie Roux a remporté dimanche le Rallye des Vosges. "
        "Âgé de 29 ans, le pilote originaire de Gérardmer a devancé Thomas Bellec de 14,3 secondes."
    )
    at = text.index("Amélie Roux")
    hit = _hit(text, 1.0, Reading(6.0, at, at + len("Amélie Roux"), 3.0))
    second = compose_read("Qui a terminé deuxième du Rallye des Vosges ?", read_rank([hit], CALIBRATION), 0.5)
    assert second.short_answer is not None and second.short_answer.text == "Thomas Bellec", second.text
    team = "Le Team Sarthe Prestige a terminé deuxième des 6 Heures de la Sarthe."
    read = _hit(team, 1.0, Reading(6.0, 0, len("Le Team Sarthe Prestige"), 3.0))
    assert not compose_read("Qui a gagné les 6 Heures de la Sarthe ?", read_rank([read], CALIBRATION), 0.5).answered
    # a lap down is no win: "victorieuse" is the Norma's, not the crew's
    lap = "L'équipage de Pierre Vautrin a bouclé 214 tours, à un tour de la Norma victorieuse de Graff Racing."
    assert placing_of(lap, lap.index("Pierre"), lap.index(" a bouclé")) is None


def test_an_age_describing_a_noun_goes_to_the_person_of_its_gender_and_a_crew_formed_by_them() -> None:
    """A ninth walk: "Quel âge a Amélie Roux ?" got "29 ans" of "Âgé de 29 ans, le pilote
    originaire de Gérardmer…", after "L'équipage formé par Lucas Ferrand et sa copilote Amélie
    Roux a remporté …": "par" hid Lucas Ferrand, and "Âgé", "le pilote" are not her."""
    before = ["L'équipage formé par Lucas Ferrand et sa copilote Amélie Roux a remporté le Rallye des Vosges."]
    sentence = "Âgé de 29 ans, le pilote originaire de Gérardmer a devancé Thomas Bellec."
    at = sentence.index("29")
    title = "Rallye des Vosges : victoire"
    assert someone_elses_age("Amélie Roux", sentence, at, at + 6, title, before)
    assert not someone_elses_age("Lucas Ferrand", sentence, at, at + 6, title, before)
    her = "Âgée de 26 ans, la copilote native de Colmar disputait sa troisième saison."
    at = her.index("26")
    assert not someone_elses_age("Amélie Roux", her, at, at + 6, title, before)


@pytest.mark.parametrize(
    ("question", "place"),
    [
        ("Qui a terminé sixième de la finale X30 Senior ?", 6),
        ("Qui a fini 12e de la course ?", 12),
        ("Who finished eighth?", 8),
        ("Qui a terminé vingtième ?", 20),
        ("Qui a remporté la sixième manche ?", 1),  # a race's number, not a place
    ],
)
def test_places_past_the_podium_are_asked(question: str, place: int) -> None:
    """A ninth walk: "Qui a terminé sixième de la finale X30 Senior ?", of a list stopping at the
    fifth, was answered with an erratum's "Killian Morel a terminé cinquième …, et non sixième":
    places stopped at the fifth, so the question asked none."""
    assert placing_asked(question) == place


@pytest.mark.parametrize(
    ("sentence", "person", "place"),
    [
        ("Par ailleurs, Killian Morel a terminé cinquième de la finale, et non sixième.", "Killian Morel", 5),
        ("Jean Dupont a terminé 12e de la course.", "Jean Dupont", 12),
        ("Jean Dupont, huitième, devance Paul Roy.", "Jean Dupont", 8),
        ("Jean Dupont est sixième au classement.", "Jean Dupont", 6),
        ("Au 19e siècle, Jean Dupont fête son 20e anniversaire.", "Jean Dupont", None),  # no placing
        ("Jean Dupont remporte sa septième victoire.", "Jean Dupont", 1),  # his win, not a seventh place
        ("Jean Dupont a terminé septième malgré une pénalité.", "Jean Dupont", 7),  # a review's cousins
        ("Jean Dupont finished sixth on Sunday at Nogaro.", "Jean Dupont", 6),
        ("Jean Dupont a été éliminé en huitième de finale par Paul Roy.", "Paul Roy", None),
        ("Jean Dupont dispute le 10e et dernier meeting de la saison.", "Jean Dupont", None),
    ],
)
def test_a_place_past_the_podium_is_one_before_a_place_word_or_a_clause_end(
    sentence: str, person: str, place: int | None
) -> None:
    at = sentence.index(person)
    assert placing_of(sentence, at, at + len(person)) == place


def test_a_numbered_race_a_document_never_numbers_is_unsaid() -> None:
    """A ninth walk: "Who won the fifth stage of the Rallye du Maroc?" was answered with the
    rally's winners, from a release naming no stage. English ordinals and nouns are the French
    ones ("fifth stage" is "cinquième étape", "race 2" "course 2")."""
    from paddockqa.binding import events_numbered
    from paddockqa.pipeline import _race_unsaid

    rally = "Delorme et Castagnet ont remporté le Rallye de l'Atlas après six jours de course."
    assert events_numbered("Who won the fifth stage?") == events_numbered("la cinquième étape") == {("étape", 5)}
    assert events_numbered("race 2, round 3, the 4th heat") == {("course", 2), ("manche", 3), ("manche", 4)}
    assert _race_unsaid("Who won the fifth stage of the Rallye de l'Atlas?", rally, placing=True) == "fifth stage"
    assert _race_unsaid("Qui a gagné la course 3 ?", "Résultats de la course 2 : 1. Lacroix") == "course 3"
    assert _race_unsaid("Who won race 2?", "Résultats de la course 2 : 1. Lacroix", placing=True) is None
    assert _race_unsaid("Qui a gagné la deuxième manche ?", "Lors de la manche 2, Lacroix s'impose.", True) is None
    assert _race_unsaid("Qui a gagné le Rallye de l'Atlas ?", rally, placing=True) is None
    # a review's cousins: another noun of the same number, ordinals listed, a special stage's
    # abbreviation, and a question of no placing (PIAF's "sa première course")
    assert _race_unsaid("Qui a remporté la course 2 ?", "Dupont a gagné la manche 2.", placing=True) is None
    assert _race_unsaid("Qui a gagné la 3e manche ?", "Dupont a gagné les 2e et 3e manches.", placing=True) is None
    assert _race_unsaid("Qui a remporté la cinquième spéciale ?", "Dupont a signé l'ES5.", placing=True) is None
    assert _race_unsaid("Qui a gagné l'ES5 ?", "ES6 Saint-Hippolyte : Aubert / Petit", placing=True) == "ES5"
    assert (
        _race_unsaid("Quelle est la première étape de la digestion ?", "La digestion commence dans la bouche.") is None
    )


@pytest.mark.parametrize(
    ("span", "after", "before", "kind"),
    [
        ("1 850", ".", "Le nombre de spectateurs présents n'était pas de 1 200 mais de ", "spectators"),
        ("400", ".", "Le nombre de bénévoles mobilisés atteint ", "staff"),
        ("1 850", " spectateurs.", "Le nombre de bénévoles atteint ", None),  # the noun after it says
        ("1 850", ".", "Ils étaient ", None),
        ("400", ".", "Le nombre de spectateurs n'a pas été communiqué, mais les bénévoles étaient ", None),
        ("400", ".", "The number of spectators was not released, but volunteers numbered ", None),
    ],
)
def test_a_number_counts_the_noun_named_before_it(span: str, after: str, before: str, kind: str | None) -> None:
    """A ninth walk's erratum, "Le nombre de spectateurs présents n'était pas de 1 200 mais de
    1 850", answered "Combien de bénévoles … ?": the noun counted stood before the number."""
    from paddockqa.answer_type import kind_named_before

    assert kind_named_before(span, after, before) == kind


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("Qui est la copilote de Julien Marchal ?", ("copilote", "Julien Marchal")),
        ("Et qui est le coéquipier d'Anthony Lacroix ?", ("coéquipier", "Anthony Lacroix")),
        ("Qui est le directeur sportif de Lucas Perrin ?", ("directeur sportif", "Lucas Perrin")),
        ("Who is Tom Roy's co-driver?", ("co-driver", "Tom Roy")),
        ("Who is the team-mate of Lucas Perrin?", ("team-mate", "Lucas Perrin")),
        ("Qui est le père de Louis Dupont ?", None),  # a relative: often said of "il" among others
        ("Qui est le copilote de l'équipe ?", None),
    ],
)
def test_a_role_asked_of_someone(question: str, asked: tuple[str, str] | None) -> None:
    from paddockqa.binding import role_asked_of

    assert role_asked_of(question) == asked


VOSGES = (
    "Au volant de sa Citroën C3 Rally2, le Mulhousien Mathieu Kessler, 29 ans, a remporté la course. "
    "Copiloté par Anaïs Roux, Kessler a signé six meilleurs temps sur quatorze."
)


@pytest.mark.parametrize(
    ("role", "name", "sentence", "person", "holds"),
    [
        (
            "copilote",
            "Julien Maréchal",
            "Copiloté par Anaïs Roux, Kessler a signé six meilleurs temps.",
            "Anaïs Roux",
            False,
        ),
        (
            "copilote",
            "Mathieu Kessler",
            "Copiloté par Anaïs Roux, Kessler a signé six meilleurs temps.",
            "Anaïs Roux",
            True,
        ),
        ("copilote", "Julien Maréchal", "1. Mathieu Kessler / Anaïs Roux (Citroën C3 Rally2)", "Anaïs Roux", False),
        ("co-driver", "Julien Maréchal", "2. Julien Maréchal / Thomas Lienhardt (Škoda)", "Thomas Lienhardt", True),
        (
            "copilote",
            "Sébastien Delorme",
            "Sa copilote Marine Castagnet, 29 ans, est née à Grenoble.",
            "Marine Castagnet",
            True,
        ),
        (
            "copilote",
            "Sébastien Delorme",
            "Le pilote Sébastien Delorme et sa copilote Marine Castagnet ont gagné.",
            "Marine Castagnet",
            True,
        ),
        (
            "copilote",
            "Julien Maréchal",
            "« C'est immense », a déclaré Mathieu Kessler à l'arrivée.",
            "Mathieu Kessler",
            False,
        ),
        ("copilote", "Julien Maréchal", "Kessler a remporté la course devant Julien Maréchal.", "Kessler", False),
        (
            "directeur sportif",
            "Lucas Perrin",
            "Son directeur sportif, Marc Dubois, salue sa course.",
            "Marc Dubois",
            True,
        ),
        # a review's and a tenth walk's cousins
        ("copilote", "Julien Maréchal", "Mathieu Kessler a devancé Julien Maréchal et Paul Roy.", "Paul Roy", False),
        (
            "copilote",
            "Mathieu Roux",
            "Mathieu Roux et son épouse Élodie Roux ont remporté le rallye.",
            "Élodie Roux",
            True,
        ),
        (
            "ingénieur",
            "Nadia Perrin",
            "Nadia Perrin : Mon ingénieur, Rémi Castagnet, qui s'occupait de la voiture de Julien Marchal.",
            "Rémi Castagnet",
            True,
        ),
        (
            "coéquipier",
            "Pierre Gasly",
            "Pierre Gasly fait équipe avec Esteban Ocon cette saison.",
            "Esteban Ocon",
            True,
        ),
        (
            "copilote",
            "Julien Maréchal",
            "Le copilote de Kessler, Anaïs Roux, félicite Julien Maréchal.",
            "Anaïs Roux",
            False,
        ),
    ],
)
def test_a_role_is_held_where_the_sentence_gives_it_to_the_one_asked(
    role: str, name: str, sentence: str, person: str, holds: bool
) -> None:
    """A ninth walk: "Qui est la copilote de Julien Marchal ?" was answered with Anaïs Roux, whom
    "Copiloté par Anaïs Roux, Kessler …" gives to Kessler (a surname alone the passage gives a
    person)."""
    from paddockqa.binding import holds_role

    at = sentence.index(person)
    assert holds_role(role, name, sentence, at, at + len(person), VOSGES + " " + sentence) is holds


KART_LIST = (
    "Classement de la finale X30 Senior :\n"
    "1. Nathan Guérin (Kart Team Bretagne) en 18'42\"315\n"
    '2. Inès Moreau / Léo Marin (RS Competition) à 1"204\n'
    '3. Hugo Lefebvre (Sodi Racing France) à 2"876\n'
    "Classement du championnat :\n"
    "1. Hugo Lefebvre – 98 points"
)


@pytest.mark.parametrize(
    ("question", "place"),
    [
        ("Quelle place a obtenu Hugo Lefebvre ?", "3"),
        ("À quelle place a terminé Léo Marin ?", "2"),  # the crew's second name
        ("What place did Nathan Guérin finish?", "1"),
        ("Quelle place a obtenu Clara Vidal ?", None),  # not in the list
    ],
)
def test_a_place_asked_of_someone_a_results_list_names_is_the_items_number(question: str, place: str | None) -> None:
    """A ninth walk: "Quelle place a obtenu Clara Vidal ?" was refused, the reader's span being
    the gap of her item, "5. Clara Vidal (Team Mayenne Karting) à 7"432": the item's number is
    her place (not the standings' unless asked)."""
    gap = KART_LIST.index('2"876')
    hit = _split_hit(KART_LIST, 1.0, Reading(6.0, gap, gap + 5, 3.0))
    answer = compose_read(question, read_rank([hit], CALIBRATION), 0.5)
    if place is None:
        assert not answer.answered, answer.text
    else:
        assert answer.short_answer is not None and answer.short_answer.text == place, answer.text


@pytest.mark.parametrize(
    ("text", "question", "short", "on"),
    [
        (
            "Laval, le 3 mai 2026 – La finale X30 Senior s'est disputée samedi sur le circuit de Laval.",
            "Quand s'est disputée la finale X30 Senior ?",
            "samedi",
            "samedi 2 mai 2026",
        ),
        (  # the dateline alone on its line: the lede is the next sentence
            "Nogaro, le 8 septembre 2025\n\nLe circuit de Nogaro accueillait hier la cinquième manche.",
            "Quand a eu lieu la cinquième manche ?",
            "hier",
            "dimanche 7 septembre 2025",
        ),
        (  # a weekend: its Saturday and Sunday
            "Nogaro, le 8 septembre 2025 – Le circuit accueillait ce week-end la cinquième manche.",
            "Quand a eu lieu la cinquième manche ?",
            "ce week-end",
            "samedi 6 septembre 2025 au dimanche 7 septembre 2025",
        ),
        (  # the same day
            "Erfoud, le 14 mars 2026 – Delorme a remporté samedi le Rallye de l'Atlas.",
            "When did Delorme win the Rallye de l'Atlas?",
            "samedi",
            "Saturday 14 March 2026",
        ),
    ],
)
def test_the_day_a_lede_gives_answers_when_over_its_datelines_date(
    text: str, question: str, short: str, on: str
) -> None:
    """A ninth walk: "Quand a eu lieu le Rallye des Vosges ?" was answered with the dateline's
    "12 mai", the day the release was written; its lede said "dimanche". The lede's day is the
    answer, and a notice says which date it is."""
    at = text.index(text.split(", le ")[1].split(" –")[0].split("\n")[0])
    hit = _split_hit(text, 1.0, Reading(6.0, at, at + len(text[at:].split(" –")[0].split("\n")[0]), 3.0))
    answer = compose_read(question, read_rank([hit], CALIBRATION), 0.5)
    assert answer.short_answer is not None and answer.short_answer.text == short, answer.text
    assert answer.notice is not None and on in answer.notice.said("en" if question.startswith("When") else "fr")


def test_a_day_to_come_keeps_the_datelines_date_and_a_day_with_its_date_is_that_date() -> None:
    text = "Laval, le 3 mai 2026 – La finale X30 Senior se disputera samedi prochain sur le circuit."
    at = text.index("3 mai 2026")
    hit = _split_hit(text, 1.0, Reading(6.0, at, at + len("3 mai 2026"), 3.0))
    answer = compose_read("Quand s'est disputée la finale ?", read_rank([hit], CALIBRATION), 0.5)
    assert answer.short_answer is not None and answer.short_answer.text == "3 mai 2026" and answer.notice is None
    dated = "Épinal, le 17 juin 2025 – Le rallye s'est achevé dimanche 15 juin à Gérardmer."
    at = dated.index("17 juin 2025")
    hit = _split_hit(dated, 1.0, Reading(6.0, at, at + len("17 juin 2025"), 3.0))
    answer = compose_read("Quand s'est achevé le rallye ?", read_rank([hit], CALIBRATION), 0.5)
    assert answer.short_answer is not None and answer.short_answer.text == "dimanche 15 juin" and answer.notice is None


INTERVIEW = (
    "À 24 ans, Manon Delacroix dispute sa deuxième saison en Superbike.\n"
    "Comment avez-vous découvert la moto ?\n"
    "Manon Delacroix : C'est mon grand-père qui m'a mise sur une moto, à huit ans, près d'Angers, ma ville natale.\n"
    "Quel est votre objectif cette saison ?\n"
    "Manon Delacroix : Le top 5 du championnat. L'an dernier, j'ai terminé neuvième.\n"
)


@pytest.mark.parametrize(
    ("question", "span", "short"),
    [
        ("Quel est l'objectif de Manon Delacroix ?", "grand-père", "Le top 5 du championnat"),
        ("À quel âge Manon Delacroix a-t-elle découvert la moto ?", "24 ans", "huit ans"),
        ("D'où vient Manon Delacroix ?", "Angers", "Angers"),  # ", ma ville natale": her own words
        ("Quelle saison dispute Manon Delacroix ?", "deuxième saison", "deuxième saison"),  # not "objectif … saison"
        ("Quel est l'objectif de Julien Marchal ?", "grand-père", "grand-père"),  # not his interview (a review)
    ],
)
def test_an_interview_answers_with_the_reply_to_the_interviewers_question_that_asks_it(
    question: str, span: str, short: str
) -> None:
    """A ninth walk's interview: "Quel est l'objectif de Manon Delacroix ?" was answered
    "grand-père" and the age she found motorcycling with her age now, where the interviewer had
    asked "Quel est votre objectif cette saison ?" and "Comment avez-vous découvert la moto ?"."""
    at = INTERVIEW.index(span)
    others = ((INTERVIEW.index("huit ans"), INTERVIEW.index("huit ans") + 8, 5.0),)
    hit = _split_hit(INTERVIEW, 1.0, Reading(6.0, at, at + len(span), 6.0, others=others))
    answer = compose_read(question, read_rank([hit], CALIBRATION), 0.5)
    assert answer.short_answer is not None and answer.short_answer.text == short, answer.text


LEMOINE_LEAD = "Paris, le 12 mars 2026 – Hugo Lemoine, vice-champion 2025, a répondu à nos questions avant la saison."
LEMOINE_REPLIES = (
    "Quel est votre objectif ?\n"
    "Le titre, évidemment. L'an dernier, je l'ai perdu face à Marc Dufresne.\n"
    "Qui sera votre copilote ?\n"
    "Ma sœur Léa, qui a 24 ans.\n"
    "Quelle est l'épreuve que vous redoutez le plus ?\n"
    "Le Mont-Dore, en juillet.\n"
)


@pytest.mark.parametrize(
    ("question", "short"),
    [
        ("Quel est l'objectif d'Hugo Lemoine ?", "Le titre, évidemment"),
        ("Quelle épreuve Hugo Lemoine redoute-t-il le plus ?", "Le Mont-Dore"),
        ("Qui est le copilote d'Hugo Lemoine ?", "Ma sœur Léa"),  # the role is the interviewer's word
        ("Quel titre Hugo Lemoine a-t-il obtenu en 2025 ?", "vice-champion 2025"),  # the lead says it
        ("Quel est l'objectif de Marc Dufresne ?", None),  # not the one interviewed
    ],
)
def test_an_interviews_reply_in_another_passage_answers_over_the_lead_naming_the_one_interviewed(
    question: str, short: str | None
) -> None:
    """Two walks' interviews (2 of 11 replies read): the reader read the lead naming the one
    interviewed ("Hugo Lemoine, vice-champion 2025, a répondu à nos questions") for his objective,
    and the reply naming no one, under "Quel est votre objectif ?", in the release's next passage,
    went unread."""
    title = "Trial 4x4 : Hugo Lemoine se confie avant la saison"
    at = LEMOINE_LEAD.index("vice-champion 2025")
    lead = _split_hit(LEMOINE_LEAD, 1.0, Reading(6.0, at, at + len("vice-champion 2025"), 5.0), title=title)
    said = ("Le Mont-Dore", "Ma sœur Léa", "Marc Dufresne")
    spans = [(LEMOINE_REPLIES.index(s), LEMOINE_REPLIES.index(s) + len(s)) for s in said]
    reading = Reading(-1.0, *spans[0], 1.0, others=tuple((a, b, 0.5) for a, b in spans[1:]))
    replies = _split_hit(LEMOINE_REPLIES, 0.5, reading, title=title)
    answer = compose_read(question, read_rank([lead, replies], CALIBRATION), 0.5)
    if short is None:
        assert answer.short_answer is None or answer.short_answer.text != "Le titre, évidemment", answer.text
    else:
        assert answer.short_answer is not None and answer.short_answer.text == short, answer.text


def test_a_reply_saying_what_is_asked_under_another_question_answers() -> None:
    """ "Où Killian Roche s'est-il entraîné cet hiver ?" was answered with where he won the title,
    from the lead (a twentieth walk): the reply saying what is asked sits under an interviewer's
    question asking something else; a reply sharing one word of more asked is not it."""
    title = "Entretien avec Killian Roche, champion de France Élite MX2"
    lead_text = "Le pilote du Moto-Club des Olonnes a été sacré champion à Villars-sous-Écot dimanche."
    replies_text = (
        "Vous revenez de loin, après votre blessure de 2024 ?\n"
        "Oui. Cet hiver, j'ai décidé de partir m'entraîner en Belgique, à Lommel.\n"
        "Le budget, c'est combien ?\n"
        "Le titre est récompensé par une prime de 3 000 euros de la fédération.\n"
    )
    at = lead_text.index("Villars-sous-Écot")
    lead = _split_hit(lead_text, 1.0, Reading(6.0, at, at + len("Villars-sous-Écot"), 5.0), title=title)
    said = ("Belgique", "la fédération")
    spans = [(replies_text.index(s), replies_text.index(s) + len(s)) for s in said]
    reading = Reading(-1.0, *spans[0], 1.0, others=tuple((a, b, 0.5) for a, b in spans[1:]))
    replies = _split_hit(replies_text, 0.5, reading, title=title)
    ranked = read_rank([lead, replies], CALIBRATION)
    _assert_short(compose_read("Où Killian Roche s'est-il entraîné cet hiver ?", ranked, 0.5), "Belgique")
    rival = compose_read("Qui était le principal rival de Killian Roche pour le titre MX2 ?", ranked, 0.5)
    assert rival.short_answer is None or rival.short_answer.text != "la fédération", rival.text


def _read_at(text: str, span: str, question: str):  # -> Answer
    at = text.index(span)
    return compose_read(
        question, read_rank([_split_hit(text, 1.0, Reading(6.0, at, at + len(span), 3.0))], CALIBRATION), 0.5
    )


def _assert_short(answer, short: str | None) -> None:  # answer: Answer
    """The answer's short answer is ``short``, or it is refused when ``short`` is None."""
    if short is None:
        assert not answer.answered, answer.text
    else:
        assert answer.short_answer is not None and answer.short_answer.text == short, answer.text


@pytest.mark.parametrize(
    ("text", "span", "question", "short", "on"),
    [
        (  # to come: the dateline's date stays
            "Laval, le 29 avril 2026 – La finale se disputera samedi sur le circuit.",
            "29 avril 2026",
            "When was the X30 Senior final?",
            "29 avril 2026",
            None,
        ),
        (  # the release's own date is asked
            "Laval, le 3 mai 2026 – La finale s'est disputée samedi sur le circuit.",
            "3 mai 2026",
            "Quand le communiqué a-t-il été publié ?",
            "3 mai 2026",
            None,
        ),
        (  # of two days, the one in the words asked
            "Paris, le 3 mai 2026 – Vainqueur samedi de la course 1, Nathan Guérin a dominé dimanche la finale.",
            "3 mai 2026",
            "Quand Nathan Guérin a-t-il dominé la finale ?",
            "dimanche",
            "dimanche 3 mai 2026",
        ),
        (  # "samedi dernier" written on a Saturday: the week before
            "Laval, le 2 mai 2026 – La finale s'est disputée samedi dernier à Laval.",
            "2 mai 2026",
            "Quand s'est disputée la finale ?",
            "samedi dernier",
            "samedi 25 avril 2026",
        ),
        (  # "le week-end dernier" written on a Sunday: the weekend before
            "Dijon, le 1er mars 2026 – La course a eu lieu le week-end dernier à Dijon.",
            "1er mars 2026",
            "Quand a eu lieu la course ?",
            "week-end dernier",
            "samedi 21 février 2026",
        ),
        (  # a calendar's line further down is no dateline
            "Calendrier de la saison\nPremière manche\nDeuxième manche\nTroisième manche\n\n"
            "Le Mans, le 12 juin 2025\n\nLédenon, samedi 20 septembre 2025 : finale.",
            "12 juin 2025",
            "Quand s'est disputée la manche du Mans ?",
            "12 juin 2025",
            None,
        ),
    ],
)
def test_a_reviews_cousins_of_the_day_a_lede_gives(
    text: str, span: str, question: str, short: str, on: str | None
) -> None:
    answer = _read_at(text, span, question)
    assert answer.short_answer is not None and short in answer.short_answer.text, answer.text
    if on is None:
        assert answer.notice is None, answer.notice
    else:
        assert answer.notice is not None and on in answer.notice, answer.notice


def test_a_lede_past_what_can_be_quoted_keeps_the_datelines_date() -> None:
    """A review: a dateline alone and a lede of 330 characters with its day at the end raised
    StopIteration."""
    lede = (
        "La finale de la catégorie X30 Senior "
        + "du trophée régional de karting " * 9
        + "s'est disputée samedi à Laval."
    )
    answer = _read_at("Laval, le 3 mai 2026\n\n" + lede, "3 mai 2026", "Quand s'est disputée la finale X30 Senior ?")
    assert answer.short_answer is not None and answer.short_answer.text in ("3 mai 2026", "samedi"), answer.text


def test_a_role_said_with_a_possessive_is_the_one_named_before() -> None:
    """A review: "Julien Maréchal termine deuxième. Mathieu Kessler a remporté la course. Sa
    copilote Anaïs Roux fêtait …" gave Anaïs Roux to Maréchal."""
    from paddockqa.binding import holds_role

    before = ["Julien Maréchal termine deuxième.", "Mathieu Kessler a remporté la course."]
    sentence = "Sa copilote Anaïs Roux fêtait son anniversaire."
    at = sentence.index("Anaïs Roux")
    assert not holds_role("copilote", "Julien Maréchal", sentence, at, at + 10, sentence, before)
    assert holds_role("copilote", "Mathieu Kessler", sentence, at, at + 10, sentence, before)
    assert holds_role("copilote", "Julien Maréchal", sentence, at, at + 10, sentence)  # no one named before


def test_a_list_items_number_is_the_place_of_the_one_it_names_only() -> None:
    """A review: the reader's span on "3" of "3. Hugo Lefebvre …" answered "3" for Clara Vidal,
    and for someone the list never names."""
    at = KART_LIST.index("3. Hugo")
    hit = _split_hit(KART_LIST, 1.0, Reading(6.0, at, at + 1, 3.0))
    inès = compose_read("Quelle place a obtenu Inès Moreau ?", read_rank([hit], CALIBRATION), 0.5)
    assert inès.short_answer is not None and inès.short_answer.text == "2", inès.text
    assert not compose_read("À quelle place a fini Paul Roy ?", read_rank([hit], CALIBRATION), 0.5).answered


STAGES = (
    "Mathieu Roux et son épouse Élodie Roux ont remporté le Rallye Terre des Cévennes.\n"
    "Meilleurs temps :\n"
    "ES2 Lasalle (16,1 km) : Roux / Roux\n"
    "ES4 Col de l'Asclier (21,8 km) : Morel / Castel\n"
    "ES6 Saint-Hippolyte (9,7 km) : Aubert / Petit\n"
    "ES7 Anduze (14,2 km) : Roux / Roux\n"
    "Luc Ferrier et Anthony Blanc ont abandonné dans la deuxième spéciale de Lasalle. "
    "La voiture ouvreuse était confiée à Gérard Bonnet, vainqueur de l'épreuve en 1998."
)


def test_a_sentence_naming_a_stage_without_a_win_gives_way_to_its_line() -> None:
    """A tenth walk: "Qui a remporté la deuxième spéciale … ?" was answered with the crew that
    "ont abandonné … dans la deuxième spéciale", over "ES2 Lasalle (16,1 km) : Roux / Roux"."""
    at = STAGES.index("Luc Ferrier")
    hit = _split_hit(STAGES, 1.0, Reading(6.0, at, at + len("Luc Ferrier et Anthony Blanc"), 3.0))
    answer = compose_read("Qui a remporté la deuxième spéciale du rallye ?", read_rank([hit], CALIBRATION), 0.5)
    assert answer.short_answer is not None and answer.short_answer.text == "Roux / Roux", answer.text


@pytest.mark.parametrize(
    ("question", "short"),
    [
        ("Qui a gagné la septième spéciale du rallye ?", "Roux / Roux"),
        ("Qui a gagné l'ES4 ?", "Morel / Castel"),
        ("Who won special stage 6?", "Aubert / Petit"),
        ("Qui a gagné l'ES5 ?", None),  # never reported
    ],
)
def test_a_stages_list_line_names_the_winner_of_the_stage_asked(question: str, short: str | None) -> None:
    """A tenth walk: "Qui a gagné la septième spéciale du rallye ?" was refused (the text says
    "ES7"), then answered "Gérard Bonnet, vainqueur de l'épreuve en 1998"; "Qui a gagné l'ES5
    ?", never reported, was answered with the ES6 line."""
    at = STAGES.index("Gérard Bonnet")
    hit = _split_hit(STAGES, 1.0, Reading(6.0, at, at + len("Gérard Bonnet"), 3.0))
    answer = compose_read(question, read_rank([hit], CALIBRATION), 0.5)
    if short is None:
        assert not answer.answered or answer.short_answer is None or "Aubert" not in answer.short_answer.text, (
            answer.text
        )
    else:
        assert answer.short_answer is not None and answer.short_answer.text == short, answer.text


@pytest.mark.parametrize("span", ["11 à 15 ans", "15 ans", "âgés"])
def test_a_range_of_ages_is_nobodys_age(span: str) -> None:
    """A tenth walk: "Quel âge a-t-il ?" understood "Quel âge Quentin Faure a-t-il ?" was answered
    "11 à 15 ans" of "46 jeunes pilotes âgés de 11 à 15 ans" (read without the name), and a
    date made it the latest of two ages."""
    text = "Le trophée a réuni cette saison 46 jeunes pilotes âgés de 11 à 15 ans, sur des karts de 125 cm³."
    at = text.index(span)
    hit = _split_hit(text, 1.0, Reading(6.0, at, at + len(span), 3.0))
    assert not compose_read("Quel âge Quentin Faure a-t-il ?", read_rank([hit], CALIBRATION), 0.5).answered


def test_an_age_now_asked_with_the_name_put_in_is_not_a_childhood_age() -> None:
    """A tenth walk: "Quel âge a-t-elle ?" understood "Quel âge Inès Garnier a-t-elle ?" was
    answered "sept ans" of "Je roule depuis l'âge de sept ans"."""
    text = "« Je roule depuis l'âge de sept ans, c'est mon premier titre », a-t-il confié."
    at = text.index("sept ans")
    hit = _split_hit(text, 1.0, Reading(6.0, at, at + len("sept ans"), 3.0))
    assert not compose_read("Quel âge Inès Garnier a-t-elle ?", read_rank([hit], CALIBRATION), 0.5).answered


GT_NOGARO = (
    "GT Sprint : Julien Marchal s'impose à Nogaro\n"
    "Julien Marchal a remporté dimanche la deuxième manche à Nogaro. "
    "Parti de la troisième place, le pilote de 27 ans a dépassé le poleman Lucas Ferrand au quinzième tour. "
    "Le meilleur tour en course revient à Lucas Ferrand en 1'38\"214, nouveau record de la piste.\n"
    "1. Julien Marchal (Bastide Racing) – 32 tours en 54'12\"603"
)


@pytest.mark.parametrize(
    ("question", "short"),
    [
        ("Qui était en pole position à Nogaro ?", "Lucas Ferrand"),
        ("Qui a réalisé le meilleur tour en course à Nogaro ?", "Lucas Ferrand"),
        ("Quel est le meilleur tour en course à Nogaro ?", "1'38\"214"),
        (
            "Quel a été le meilleur tour de Julien Marchal à Nogaro ?",
            None,
        ),  # Lucas Ferrand's, and his race time is none
        ("Qui a gagné à Nogaro ?", "Julien Marchal"),
    ],
)
def test_a_feat_asked_is_answered_from_a_sentence_saying_it(question: str, short: str | None) -> None:
    """A tenth walk: "Qui était en pole position à Nogaro ?" and who set the best lap were
    answered with the winner its headline names; the sentences saying "poleman" and "meilleur
    tour" answer them."""
    hit = _split_hit(GT_NOGARO, 1.0, Reading(6.0, 12, 26, 3.0))  # "Julien Marchal" of the headline
    answer = compose_read(question, read_rank([hit], CALIBRATION), 0.5)
    _assert_short(answer, short)


@pytest.mark.parametrize(
    ("span", "after", "gap"),
    [
        ("61 points", ", devant Kévin Aubert", False),  # a total of the standings
        ("3 points", " d'avance", True),
        ("23,4 secondes", " Kévin Aubert", True),
        ("1 min 05,8 s", " Sandrine Morel", True),
        ('9"330', "", True),
        ("soixante ans hier", "", False),
        ("deux", " tours.", True),
        ("la n°21 a mené 96 tours", "", False),  # a clause holding laps
        ("les 6 Heures de Dijon", "", False),
    ],
)
def test_a_gap_is_a_time_laps_or_a_lead(span: str, after: str, gap: bool) -> None:
    """A tenth walk: "Quel écart entre les Roux et Aubert à l'arrivée du rallye ?" was answered
    "61 points" (the standings), "Quel retard Théo Marchal avait-il sur le vainqueur ?" "soixante
    ans hier"."""
    from paddockqa.answer_type import expected_type, holds_type

    assert expected_type("Quel écart entre les Roux et Aubert à l'arrivée du rallye ?") == "gap"
    assert expected_type("À combien du vainqueur Sandrine Morel a-t-elle fini le rallye ?") == "gap"
    assert holds_type("gap", span, after) is gap


def test_a_gap_asked_of_someone_is_the_one_said_before_their_name_or_their_list_items() -> None:
    """A tenth walk: the gap before "Kévin Aubert" is his, the one before "Sandrine Morel" hers;
    a results list's item naming the one asked gives theirs."""
    text = (
        "L'équipage lozérien devance de 23,4 secondes Kévin Aubert et son copilote Damien Petit, "
        "et de 1 min 05,8 s Sandrine Morel et Justine Castel."
    )
    first, second = text.index("23,4 secondes"), text.index("1 min 05,8 s")
    others = ((second, second + len("1 min 05,8 s"), 5.0),)
    hit = _split_hit(text, 1.0, Reading(6.0, first, first + len("23,4 secondes"), 6.0, others=others))
    morel = compose_read("À combien du vainqueur Sandrine Morel a-t-elle fini ?", read_rank([hit], CALIBRATION), 0.5)
    assert morel.short_answer is not None and morel.short_answer.text == "1 min 05,8 s", morel.text
    aubert = compose_read("À combien du vainqueur Kévin Aubert a-t-il fini ?", read_rank([hit], CALIBRATION), 0.5)
    assert aubert.short_answer is not None and aubert.short_answer.text == "23,4 secondes", aubert.text
    at = KART_LIST.index("Nathan")
    listed = _split_hit(KART_LIST, 1.0, Reading(6.0, at, at + len("Nathan Guérin"), 3.0))
    hugo = compose_read("Quel retard Hugo Lefebvre avait-il sur le vainqueur ?", read_rank([listed], CALIBRATION), 0.5)
    assert hugo.short_answer is not None and hugo.short_answer.text == '2"876', hugo.text


@pytest.mark.parametrize(
    ("text", "span", "question", "short"),
    [
        (  # the ordinal of the noun counted counts
            "Originaire de Pau, elle dispute sa troisième saison de GT Sprint avec Bastide Racing.",
            "troisième saison",
            "Combien de saisons de GT Sprint Nadia Perrin a-t-elle faites ?",
            "troisième saison",
        ),
        (  # an ordinal of another noun counts nothing
            "Jean-Paul Arnaud Racing a remporté la deuxième manche de l'European Prototype Series.",
            "deuxième manche de l'European Prototype Series",
            "Combien de prototypes ont terminé les 6 Heures de Dijon ?",
            None,
        ),
        (  # the number the noun asked follows
            "Deux cent quarante voitures sont engagées, réparties en neuf plateaux.",
            "Deux cent quarante",
            "En combien de plateaux les voitures du festival sont-elles réparties ?",
            "neuf plateaux",
        ),
        (  # numbers in words say what they count too
            "Vingt-quatre prototypes étaient au départ ; dix-neuf ont vu l'arrivée.",
            "Vingt-quatre",
            "Combien de prototypes ont terminé les 6 Heures de Dijon ?",
            None,
        ),
    ],
)
def test_a_tenth_walks_counts(text: str, span: str, question: str, short: str | None) -> None:
    """A tenth walk: counts answered with an ordinal of another noun ("deuxième manche …" for
    how many laps, cars, wins), the cars for the plateaux, the starters for the finishers."""
    answer = _read_at(text, span, question)
    _assert_short(answer, short)


def test_a_number_in_words_is_kept_whole() -> None:
    """A tenth walk's short answer was "Deux cent" for 240 cars."""
    from paddockqa.reader import tidy_span

    text = "Deux cent quarante voitures, vingt et un plateaux et trente-deux parades."
    for said in ("Deux cent quarante", "vingt et un", "trente-deux"):
        at = text.index(said)
        assert text[slice(*tidy_span(text, at, at + len(said.split()[0].split("-")[0])))] == said


@pytest.mark.parametrize(
    ("text", "span", "question", "short"),
    [
        (  # a town asked: no people's demonym; the other Le Gall's town is his
            "Pré-Moto3 : deux jeunes Bretons\nEnzo Le Gall, quinze ans, originaire de Quimper, découvre la catégorie. "
            "Un troisième pilote, Maël Le Gall, 14 ans, de Brest, fera quelques courses.",
            "Quimper",
            "De quelle ville est Maël Le Gall ?",
            "Brest",
        ),
        (  # a demonym right before the name is theirs
            "Trois pilotes : Antoine Lefèvre, 24 ans, Clara Mercier, 29 ans, et le Japonais Yuki Tanabe, 31 ans.",
            "Japonais",
            "De quel pays vient Yuki Tanabe ?",
            "Japonais",
        ),
        (  # a nationality is a demonym
            "La Ardéa n°8, pilotée par Romain Bessière, Karim Haddad et l'Allemande Lena Vogt, a gagné. "
            "Lena Vogt, 26 ans, a assuré le dernier relais.",
            "26 ans",
            "Quelle est la nationalité de Lena Vogt ?",
            "Allemande",
        ),
        (  # another's car; a crew's bracket is theirs
            "Kévin Aubert et son copilote Damien Petit (Citroën C3 Rally2) finissent deuxièmes. "
            "Son frère Yannick Morel, au volant d'une Peugeot 208 Rally4, a gagné la Power Stage.",
            "Peugeot 208 Rally4",
            "Quelle auto conduit Kévin Aubert ?",
            "Citroën C3 Rally2",
        ),
        (  # words of no make nor model are no vehicle
            "Sa coéquipière, Lucie Tanguy, 16 ans, de Lorient, entame sa deuxième année en Pré-Moto3.",
            "16 ans, de Lorient",
            "Quelle moto pilote Lucie Tanguy ?",
            None,
        ),
    ],
)
def test_a_tenth_walks_origins_and_vehicles(text: str, span: str, question: str, short: str | None) -> None:
    at = text.index(span)
    spans = [s for s in ("Brest", "Allemande", "Citroën C3 Rally2") if s in text and s != span]
    others = tuple((text.index(s), text.index(s) + len(s), 5.0) for s in spans)
    hit = _split_hit(text, 1.0, Reading(6.0, at, at + len(span), 6.0, others=others))
    answer = compose_read(question, read_rank([hit], CALIBRATION), 0.5)
    _assert_short(answer, short)


def test_an_age_since_asked_is_said_with_depuis() -> None:
    """A tenth walk: "Depuis quel âge Hugo Sarda fait-il du kart ?" was answered with his age
    now, "15 ans", over "Je roule depuis l'âge de sept ans"."""
    text = "Hugo Sarda, 15 ans, remporte le trophée. « Je roule depuis l'âge de sept ans », a-t-il confié."
    at = text.index("15 ans")
    others = ((text.index("sept ans"), text.index("sept ans") + 8, 5.0),)
    hit = _split_hit(text, 1.0, Reading(6.0, at, at + 6, 6.0, others=others))
    answer = compose_read("Depuis quel âge Hugo Sarda fait-il du kart ?", read_rank([hit], CALIBRATION), 0.5)
    assert answer.short_answer is not None and answer.short_answer.text == "sept ans", answer.text


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Où Nadia Perrin a-t-elle terminé la course de Nogaro ?", "rank"),
        ("Where did Oliver Hartley finish in British GT4 in 2025?", "rank"),
        ("Où a-t-il terminé ses études ?", "name"),
    ],
)
def test_where_someone_finished_a_race_asks_a_place_in_it(question: str, kind: str) -> None:
    """A tenth walk: "Où Nadia Perrin a-t-elle terminé la course de Nogaro ?" was answered "Pau"."""
    from paddockqa.answer_type import expected_type

    assert expected_type(question) == kind


@pytest.mark.parametrize(
    ("text", "span", "question", "short"),
    [
        # gaps: no race's context is no gap; a gap's own words; whose gap it is
        ("Le chantier a pris deux ans de retard.", "deux ans", "Quel retard a pris le chantier ?", "deux ans"),
        (
            "Lucas Ferrand termine deuxième, à 4,812 secondes de Julien Marchal.",
            "4,812 secondes",
            "À combien du vainqueur Lucas Ferrand a-t-il terminé ?",
            "4,812 secondes",
        ),
        (
            "Julien Marchal s'impose avec 4,812 secondes d'avance sur Lucas Ferrand.",
            "4,812 secondes",
            "Quelle était l'avance de Julien Marchal à l'arrivée ?",
            "4,812 secondes",
        ),
        (
            "Ogier s'impose avec une avance de 12,4 secondes sur Neuville.",
            "une avance de 12,4 secondes",
            "Quelle avance Ogier avait-il sur Neuville au Tour de Corse ?",
            "une avance de 12,4 secondes",
        ),
        # a stage's line names people; a prose sentence after the race named answers
        (
            "Étape 2 : Florac – Marvejols (168 km)\nHugo Petit a gagné.",
            "Hugo Petit",
            "Qui a gagné l'étape 2 ?",
            "Hugo Petit",
        ),
        (
            "Dimanche, la course 2 a été plus disputée. Hugo Petit s'y est imposé au terme d'un duel.",
            "Hugo Petit",
            "Qui a gagné la course 2 ?",
            "Hugo Petit",
        ),
        # counts: only a noun of a kind makes the number another's
        (
            "Parmi les 40 pilotes inscrits, 12 viennent de l'étranger.",
            "12",
            "Combien de pilotes viennent de l'étranger ?",
            "12",
        ),
        (
            "Le trophée réunit 32 jeunes pilotes, dont 5 pilotes étrangers.",
            "32 jeunes pilotes",
            "Combien de pilotes participent au trophée ?",
            "32 jeunes pilotes",
        ),
        # nationalities and vehicles said in other ways
        ("Lena Vogt is a German racing driver.", "German", "What nationality is Lena Vogt?", "German"),
        (
            "Il roule sur une Porsche depuis trois ans.",
            "une Porsche",
            "Quelle voiture pilote Jean Dupont ?",
            "Porsche",
        ),
        (
            "Kévin Aubert, associé à Damien Petit, pilotera une Citroën C3 Rally2.",
            "Citroën C3 Rally2",
            "Quelle voiture pilote Kévin Aubert ?",
            "Citroën C3 Rally2",
        ),
        # a pole mentioned aside is no feat asked; the foot of the podium is fourth; two ages
        (
            "Théo Marchal remporte la course de Nogaro malgré la pole de Julien Marchal.",
            "Théo Marchal",
            "Qui a remporté la course de Nogaro, malgré la pole de Julien Marchal ?",
            "Théo Marchal",
        ),
        ("Théo Marchal échoue au pied du podium.", "Théo Marchal", "Qui a terminé quatrième ?", "Théo Marchal"),
        (
            "Les frères Lucas et Hugo Ferrand, respectivement 17 et 19 ans, débutent.",
            "19 ans",
            "Quel âge a Hugo Ferrand ?",
            "19 ans",
        ),
    ],
)
def test_a_reviews_cousins_of_the_tenth_walks_kinds(text: str, span: str, question: str, short: str) -> None:
    answer = _read_at(text, span, question)
    assert answer.short_answer is not None and answer.short_answer.text == short, answer.text


def test_a_list_items_gap_is_after_its_a_and_the_winner_has_none() -> None:
    """A review: "32 tours à 9"330" gave "32 tours" for the gap, "en 54'12"603" the winner's."""
    from paddockqa.answer_type import gap_in

    assert gap_in('Théo Marchal (Loubet) – 32 tours à 9"330') is not None
    item = 'Théo Marchal (Loubet) – 32 tours à 9"330'
    found = gap_in(item)
    assert found is not None and item[found[0] : found[1]] == '9"330'
    assert gap_in("Julien Marchal (Bastide) – 32 tours en 54'12\"603") is None


def test_a_crew_an_event_or_a_first_name_is_no_vehicle_nor_nationality() -> None:
    """A tenth walk's rerun: "Dubois / Keller / Ortiz" and "Rallye Terre de Lozère" answered
    which car, "Valtellina" and "Jean-Paul Arnaud Racing" a nationality ("Jean" ends as "German")."""
    from paddockqa.answer import _a_nationality, _not_a_vehicle

    assert _not_a_vehicle("Dubois / Keller / Ortiz") and _not_a_vehicle("Rallye Terre de Lozère")
    assert (
        not _not_a_vehicle("La Duqueine D09") and not _not_a_vehicle("une Porsche") and not _not_a_vehicle("Mégane RS")
    )
    assert _not_a_vehicle("Nogaro")  # a place (a review); a model alone ("Clio") is taken for one too
    assert not _a_nationality("Jean-Paul Arnaud Racing") and not _a_nationality("Valtellina")
    assert _a_nationality("l'Allemande") and _a_nationality("franco-allemande") and _a_nationality("German")


def test_a_vehicles_short_answer_has_no_article() -> None:
    """The press set's "Quelle voiture Romain Dumas pilotera-t-il … ?" came out "la HPD ARX-03a"
    once the vehicle rules of a tenth walk's review let the reader's span with its article answer."""
    answer = _read_at(
        "Romain Dumas pilotera la HPD ARX-03a au Petit Le Mans.",
        "la HPD ARX-03a",
        "Quelle voiture Romain Dumas pilotera-t-il ?",
    )
    assert answer.short_answer is not None and answer.short_answer.text == "HPD ARX-03a", answer.text


def test_a_third_reviews_cousins() -> None:
    """A third review: where a race ended is no place in it; English gaps' words; another
    driver's car beaten; a place is no car; stage winners' names of other shapes."""
    from paddockqa.binding import race_lines

    assert _read_at(
        "Partie de Lyon, la course s'est terminée à Grenoble.", "Grenoble", "Où s'est terminée la course ?"
    ).answered
    gap = _read_at(
        "Norris finished just over 3 seconds behind.",
        "just over 3 seconds",
        "How far behind the winner did Norris finish?",
    )
    assert gap.short_answer is not None and gap.short_answer.text == "just over 3 seconds", gap.text
    beaten = "Kévin Aubert a devancé Sandrine Morel (Peugeot 208 Rally4) de 12 secondes."
    assert not _read_at(beaten, "Peugeot 208 Rally4", "Quelle voiture pilote Kévin Aubert ?").answered
    assert not _read_at(
        "Kévin Aubert s'est imposé à Nogaro.", "Nogaro", "Quelle voiture pilote Kévin Aubert ?"
    ).answered
    lines = (
        "ES7 Anduze : Jean-Baptiste Franceschi (Citroën C3)\nES4 : S. Ogier / V. Landais\n"
        "Étape 2 : Florac – Marvejols (168 km)"
    )
    assert [lines[a:b] for a, b in race_lines(lines, {("spéciale", 7), ("spéciale", 4), ("étape", 2)})] == [
        "Jean-Baptiste Franceschi (Citroën C3)",
        "S. Ogier / V. Landais",
    ]


def test_a_car_in_prose_is_the_one_asked_named_in_its_clause() -> None:
    """The dialogues' "Quelle voiture pilote-t-il ?" (Patrick Pilet) lost "Porsche GT 2" when a
    bracketed "(American Le Mans Séries)" was taken for the last person before the car."""
    text = (
        "Depuis l'an passé, aujourd'hui Patrick Pilet affronte le gratin du championnat ALMS (American Le Mans Séries) "
        "sur une Porsche GT 2."
    )
    answer = _read_at(text, "Porsche GT 2", "Quelle voiture Patrick Pilet pilote-t-il ?")
    assert answer.short_answer is not None and answer.short_answer.text == "Porsche GT 2", answer.text


def test_a_car_at_the_wheel_of_which_someone_won_is_one() -> None:
    """The fresh clone's slow test: "au volant de sa March 743" was no vehicle once a model had
    to open the span, and "Formule 3" (a category) answered; the short answer is the car."""
    from paddockqa.answer import _not_a_vehicle

    assert not _not_a_vehicle("au volant de sa March 743") and _not_a_vehicle("Formule 3")
    text = "Vincent Laborde, 52 ans, s'est imposé au volant de sa March 743 après 25 tours."
    answer = _read_at(text, "au volant de sa March 743", "Sur quelle voiture Vincent Laborde s'est-il imposé ?")
    assert answer.short_answer is not None and answer.short_answer.text == "March 743", answer.text


ROUX_STANDINGS = (
    "Au championnat, Mathieu Roux compte désormais 61 points, devant Kévin Aubert (55) et Sandrine Morel (38)."
)


@pytest.mark.parametrize(
    ("text", "span", "question", "short"),
    [
        (ROUX_STANDINGS, "61 points", "Combien de points a Kévin Aubert au championnat ?", "55"),
        (ROUX_STANDINGS, "61 points", "Combien de points compte Sandrine Morel ?", "38"),
        (ROUX_STANDINGS, "61 points", "Combien de points a Mathieu Roux ?", "61 points"),
        (ROUX_STANDINGS, "61 points", "Combien de points a Julie Martin ?", None),  # named nowhere
        (  # a lead is the winner's, said before the one beaten
            "Julien Marchal s'impose. Il devance de 4,812 secondes Lucas Ferrand.",
            "4,812 secondes",
            "De combien Julien Marchal a-t-il devancé le deuxième ?",
            "4,812 secondes",
        ),
        (  # another's wins; "succès" counts victories
            "Hugo Sarda, 15 ans, remporte le classement final avec trois victoires en quatre manches.",
            "trois",
            "Combien de manches Inès Garnier a-t-elle gagnées ?",
            None,
        ),
        (
            "Sébastien Aubrac a battu le record. « C'est là que tout s'est joué », a confié le vainqueur, "
            "qui compte désormais quatre succès en Ardèche.",
            "Sébastien Aubrac",
            "Combien de victoires Sébastien Aubrac compte-t-il en Ardèche ?",
            None,  # the reader's span is a name: no count, and no other span offered
        ),
    ],
)
def test_a_count_asked_of_someone_is_theirs(text: str, span: str, question: str, short: str | None) -> None:
    """A tenth walk: "Combien de points a Kévin Aubert ?" was answered with the leader's "61
    points"; the number in brackets after his name is his."""
    answer = _read_at(text, span, question)
    _assert_short(answer, short)


def test_a_count_in_another_sentence_of_the_passage_counts_a_noun_of_its_kind() -> None:
    """An eleventh walk: "quatre succès" answers how many victories (a next best span)."""
    text = (
        "Au championnat, Sébastien Aubrac totalise 186 points. « C'est là que tout s'est joué », a confié le "
        "vainqueur, qui compte désormais quatre succès en Ardèche. Il a garé sa voiture ES2 1 (16,1 km)."
    )
    best, other, noise = text.index("186 points"), text.index("quatre"), text.index("1 (16")
    others = ((other, other + len("quatre"), 5.0), (noise, noise + 1, 4.0))
    hit = _split_hit(text, 1.0, Reading(6.0, best, best + len("186 points"), 6.0, others=others))
    answer = compose_read(
        "Combien de victoires Sébastien Aubrac compte-t-il en Ardèche ?", read_rank([hit], CALIBRATION), 0.5
    )
    assert answer.short_answer is not None and answer.short_answer.text == "quatre", answer.text
    points = compose_read("Combien de points compte Julie Martin ?", read_rank([hit], CALIBRATION), 0.5)
    assert not points.answered, points.text  # "1" of a line counting no points is no one's


GT_RESULTS = (
    "Julien Marchal a remporté dimanche la deuxième manche du Championnat de France GT Sprint.\n"
    "Classement de la course (32 tours) :\n"
    "1. Julien Marchal (Bastide Racing) – 32 tours en 54'12\"603\n"
    '2. Lucas Ferrand (Équipe Henri Dufresne) – à 4"812\n'
    '3. Théo Marchal (Loubet Compétition) – à 9"330\n'
    '4. Camille Vasseur (Équipe Henri Dufresne) – à 11"047\n'
    '5. Henri Dufresne (Équipe Henri Dufresne) – à 15"920\n'
    '6. Sofia Almeida (Loubet Compétition) – à 21"455\n'
    "Championnat des pilotes après deux manches :\n"
    "1. Lucas Ferrand – 43 points\n"
    "2. Julien Marchal – 40 points\n"
    "3. Camille Vasseur – 28 points\n"
    "4. Théo Marchal – 24 points"
)


@pytest.mark.parametrize(
    ("question", "short"),
    [
        ("Qui occupe la quatrième place du championnat GT Sprint ?", "Théo Marchal"),
        ("Qui est en tête du championnat GT Sprint ?", "Lucas Ferrand"),
        ("Qui mène le championnat ?", "Lucas Ferrand"),
        ("Qui est sixième du championnat GT Sprint ?", None),  # the standings stop at the fourth
        ("Qui a terminé sixième de la course ?", "Sofia Almeida"),  # the race's list still answers
        ("Qui a terminé quatrième de la deuxième manche du championnat ?", "Camille Vasseur"),  # a race named
        ("Qui a gagné la deuxième manche du Championnat de France GT Sprint ?", "Julien Marchal"),
    ],
)
def test_a_standings_asked_is_answered_by_standings_not_a_race(question: str, short: str | None) -> None:
    """A tenth walk: the championship's leader and fourth were the race's winner and fourth, its
    sixth the race's sixth where the standings stop at the fifth."""
    answer = _read_at(GT_RESULTS, "Julien Marchal", question)
    _assert_short(answer, short)


@pytest.mark.parametrize(
    ("text", "question", "short"),
    [
        (ROUX_STANDINGS, "Qui est deuxième du championnat des rallyes Terre ?", "Kévin Aubert"),
        (ROUX_STANDINGS, "Qui est troisième du championnat ?", "Sandrine Morel"),
        (ROUX_STANDINGS, "Qui est en tête du championnat ?", "Mathieu Roux"),
        (ROUX_STANDINGS, "Qui est quatrième du championnat ?", None),
        (  # a lead in time, and "la tête"
            "Maxime Lestrade pointe en tête du général avec 2 min 58 s d'avance sur Faisal Al-Harbi.",
            "Qui est deuxième du classement général ?",
            "Faisal Al-Harbi",
        ),
        (
            "Chez les motos, l'Espagnol Javier Otero gagne l'étape, tandis que le Chilien Ignacio Bravo conserve "
            "la tête du général.",
            "Qui mène le classement général moto ?",
            "Ignacio Bravo",
        ),
    ],
)
def test_a_standings_sentence_places_its_leader_and_those_behind(text: str, question: str, short: str | None) -> None:
    """A tenth walk: "Qui est deuxième du championnat ?" was answered with the leader of "Mathieu
    Roux compte 61 points, devant Kévin Aubert (55)"; an eleventh, the leader with the stage winner."""
    spans = [n for n in ("Mathieu Roux", "Maxime Lestrade", "Javier Otero", "Diego Salvatierra") if n in text]
    answer = _read_at(text, spans[0], question)
    if short is None:
        assert not answer.answered, answer.text
    else:
        assert answer.short_answer is not None and short in answer.short_answer.text, answer.text


KART_FINAL = (
    "Hugo Sarda, 15 ans, originaire de Perpignan, remporte le classement final avec trois victoires. "
    "Derrière lui, Inès Garnier, quatorze ans, de Mazamet, termine deuxième. Son cousin Léo Garnier, 12 ans, "
    "venu de Castres, est le plus jeune qualifié et prend la troisième place."
)


@pytest.mark.parametrize(
    ("question", "short"),
    [
        ("Qui est le plus jeune pilote qualifié pour la finale ?", "Léo Garnier"),
        ("Who is the youngest qualifier?", "Léo Garnier"),
        ("Qui est le plus âgé des qualifiés ?", None),  # no sentence says it
        ("Qui a remporté le classement final ?", "Hugo Sarda"),
    ],
)
def test_a_superlative_asked_is_answered_by_the_sentence_saying_it(question: str, short: str | None) -> None:
    """A tenth walk: "Qui est le plus jeune pilote qualifié … ?" was answered with the winner."""
    answer = _read_at(KART_FINAL, "Hugo Sarda", question)
    _assert_short(answer, short)


def test_an_english_age_described_is_the_one_named_before() -> None:
    """A tenth walk: "The 25-year-old from Leeds will drive …" was given to the team-mates named
    after it, and "How old is Oliver Hartley?" refused."""
    text = (
        "Bastide Racing has signed British driver Oliver Hartley for the rest of the season. "
        "The 25-year-old from Leeds will drive a third Alpine A110 GT4, alongside Julien Marchal and Nadia Perrin."
    )
    hartley = _read_at(text, "25-year-old", "How old is Oliver Hartley?")
    assert hartley.short_answer is not None and "25" in hartley.short_answer.text, hartley.text
    assert not _read_at(text, "25-year-old", "How old is Julien Marchal?").answered


def test_a_crew_joined_by_a_spouse_won_together() -> None:
    """A tenth walk: "Mathieu Roux et son épouse Élodie Roux … ont remporté" gave her alone."""
    text = "Mathieu Roux et son épouse Élodie Roux (Skoda Fabia RS Rally2) ont remporté le Rallye Terre des Cévennes."
    answer = _read_at(text, "Élodie Roux", "Qui a gagné le Rallye Terre des Cévennes ?")
    assert answer.short_answer is not None and answer.short_answer.text == "Mathieu Roux et son épouse Élodie Roux"


def test_a_share_asked_is_a_percentage() -> None:
    """A tenth walk: "Quelle part du budget … ?" was answered with the budget."""
    text = "Le budget de la saison s'élève à 1,4 million d'euros, dont 60 % apportés par des entreprises de la région."
    best, other = text.index("1,4 million"), text.index("60 %")
    hit = _split_hit(
        text, 1.0, Reading(6.0, best, best + len("1,4 million d'euros"), 6.0, others=((other, other + 4, 5.0),))
    )
    share = compose_read("Quelle part du budget vient d'entreprises régionales ?", read_rank([hit], CALIBRATION), 0.5)
    assert share.short_answer is not None and share.short_answer.text.startswith("60 %"), share.text
    budget = compose_read("Quel est le budget de la saison ?", read_rank([hit], CALIBRATION), 0.5)
    assert budget.short_answer is not None and budget.short_answer.text == "1,4 million d'euros", budget.text


MUGELLO_MOTO2 = (
    "Mugello, le 31 mai 2026 – Clément Vasseur a décroché dimanche au Mugello le deuxième podium de sa carrière. "
    "Le pilote de 22 ans, originaire de Clermont-Ferrand, a terminé troisième du Grand Prix d'Italie sur la Kalex "
    "de l'équipe Tricolore GP. La course a été remportée par l'Italien Matteo Ferrandi devant l'Espagnol Álex "
    "Roldán, deuxième à 0,622 seconde."
)


@pytest.mark.parametrize(
    ("text", "span", "question", "short"),
    [
        (MUGELLO_MOTO2, "Clément Vasseur", "Qui a terminé deuxième du Grand Prix d'Italie ?", "Álex Roldán"),
        (  # a place said in a longer span is the short answer
            MUGELLO_MOTO2,
            "Clermont-Ferrand, a terminé troisième du Grand Prix d'Italie",
            "Où a terminé Clément Vasseur au Grand Prix d'Italie ?",
            "troisième",
        ),
        (  # a win said before the one beaten "au scratch", the third's own place after
            "Sébastien Aubrac devance au scratch le Savoyard Cyril Fontanel (Norma M20 FC) de 1,97 seconde et le "
            "Drômois Julien Reboul (Tatuus F3 T-318), troisième à 3,40 secondes.",
            "Sébastien Aubrac",
            "Qui a terminé deuxième de la course de côte ?",
            "Cyril Fontanel",
        ),
        (  # a place stated before "devant" still places the one after nowhere
            "Course de côte : Sébastien Aubrac record à la clé. Il termine cinquième devant Paul Roy.",
            "Sébastien Aubrac",
            "Qui a terminé sixième de la course de côte ?",
            None,
        ),
    ],
)
def test_an_eleventh_walks_places(text: str, span: str, question: str, short: str | None) -> None:
    """An eleventh walk: who finished second was answered with the one a lede gives his "deuxième
    podium", or the winner of a headline; "Où a terminé X ?" with his bike."""
    answer = _read_at(text, span, question)
    _assert_short(answer, short)


@pytest.mark.parametrize(
    ("text", "span", "question", "short"),
    [
        (
            "Le Castellet, le 8 mai 2026 – À 18 ans, la Bordelaise Léa Fournier dispute sa deuxième saison.",
            "18 ans",
            "Quel âge a Léa Fournier ?",
            "18 ans",
        ),
        (  # a beginning told: an age then
            "Léa Fournier vise le titre. À 14 ans, elle monte pour la première fois dans un kart.",
            "14 ans",
            "Quel âge a Léa Fournier ?",
            None,
        ),
        (
            "Le Français Maxime Lestrade a remporté la septième étape du Dakar. Au volant du Toyota Hilux de "
            "l'équipe Sable Noir Racing, le Périgourdin de 34 ans et son copilote belge Kevin Damhuis ont bouclé "
            "la spéciale en 4 h 38 min 12 s.",
            "34 ans",
            "Quel âge a Maxime Lestrade ?",
            "34 ans",
        ),
        (
            "Le Français Maxime Lestrade a remporté la septième étape du Dakar. Au volant du Toyota Hilux, le "
            "Périgourdin de 34 ans et son copilote belge Kevin Damhuis ont bouclé la spéciale.",
            "34 ans",
            "Quel âge a Kevin Damhuis ?",
            None,
        ),
        (
            "Le dimanche, la course phare, une épreuve de 60 minutes, s'élancera à 16 h. Les portes ouvriront à 8 h.",
            "60 minutes",
            "À quelle heure part la course phare ?",
            None,  # the reader's other spans are none here: its length is no hour
        ),
    ],
)
def test_an_eleventh_walks_ages_and_hours(text: str, span: str, question: str, short: str | None) -> None:
    """An eleventh walk: "À 18 ans, la Bordelaise Léa Fournier dispute …" and "le Périgourdin de 34
    ans" were refused as ages then or another's; "À quelle heure … ?" got a race's length."""
    answer = _read_at(text, span, question)
    _assert_short(answer, short)


@pytest.mark.parametrize(
    ("text", "span", "question", "short"),
    [
        (
            "Au total, 72 points, soit 5 de plus que Highland.",
            "72 points, soit 5 de plus",
            "Combien de points ?",
            "72 points",
        ),
        (
            "Il a décroché le titre avec 3 points d'avance : 287 points contre 284 pour son rival.",
            "3 points d'avance : 287 points contre 284",
            "Combien de points Nolan Guérin a-t-il marqués ?",
            "287 points",
        ),
        (
            "Il a décroché le titre avec 3 points d'avance : 287 points contre 284 pour son rival.",
            "3 points d'avance : 287 points contre 284",
            "Avec combien de points d'avance Nolan Guérin a-t-il remporté le titre ?",
            "3 points",
        ),
        (
            "Le meeting réunira six plateaux et plus de 250 voitures.",
            "six plateaux et plus de 250",
            "Combien de plateaux réunira le meeting ?",
            "six plateaux",
        ),
        (
            "Le meeting réunira six plateaux et plus de 250 voitures.",
            "six plateaux et plus de 250",
            "Combien de voitures participeront ?",
            "plus de 250",
        ),
        (
            "Verdalis apporte 35 % du budget annuel de l'écurie, estimé à 4,3 millions d'euros.",
            "35 % du budget annuel de l'écurie, estimé à 4,3 millions d'euros",
            "Quelle part du budget représente Verdalis ?",
            "35 %",
        ),
        (
            "Le budget s'élève à 1,4 million d'euros.",
            "1,4 million d'euros",
            "Quel est le budget ?",
            "1,4 million d'euros",
        ),
    ],
)
def test_a_short_answer_holding_two_values_is_cut_to_the_one_asked(
    text: str, span: str, question: str, short: str
) -> None:
    """An eleventh walk's short answers ran on into another number ("72 points, soit 5 de plus")."""
    answer = _read_at(text, span, question)
    assert answer.short_answer is not None and answer.short_answer.text == short, answer.text


def test_the_next_round_asked_is_said_next() -> None:
    """Two walks: "Où aura lieu la prochaine manche ?" was answered with the round just run."""
    text = (
        "Julien Marchal a remporté dimanche la deuxième manche sur le circuit Paul-Armagnac. "
        "Prochain rendez-vous : Magny-Cours, les 30 et 31 mai."
    )
    best, place, day = text.index("sur le circuit"), text.index("Magny-Cours"), text.index("30 et 31 mai")
    others = ((place, place + len("Magny-Cours"), 4.0), (day, day + len("30 et 31 mai"), 3.0))
    hit = _split_hit(text, 1.0, Reading(6.0, best, best + len("sur le circuit Paul-Armagnac"), 6.0, others=others))
    where = compose_read("Où aura lieu la prochaine manche ?", read_rank([hit], CALIBRATION), 0.5)
    assert where.short_answer is not None and where.short_answer.text == "Magny-Cours", where.text
    where_now = compose_read("Où s'est disputée la deuxième manche ?", read_rank([hit], CALIBRATION), 0.5)
    assert where_now.short_answer is not None and "Paul-Armagnac" in where_now.short_answer.text
    alone = _read_at(text.split(". ")[0] + ".", "sur le circuit Paul-Armagnac", "Où aura lieu la prochaine manche ?")
    assert not alone.answered, alone.text  # nothing said of the next


def test_an_eleventh_walks_cars() -> None:
    """An eleventh walk: "Nova Proto NP01" was no model (two names before its number), and the
    reader's "F3 T-318" lost its make in "(Tatuus F3 T-318)"."""
    text = (
        "Sébastien Aubrac a remporté la course de côte. Au volant de sa Nova Proto NP01 à moteur Honda, le pilote "
        "ardéchois de 41 ans a signé le meilleur temps. Il devance au scratch le Drômois Julien Reboul "
        "(Tatuus F3 T-318), troisième."
    )
    own = _read_at(text, "Nova Proto NP01 à moteur Honda", "Quelle voiture pilote Sébastien Aubrac ?")
    assert own.short_answer is not None and own.short_answer.text.startswith("Nova Proto NP01"), own.text
    reboul = _read_at(text, "F3 T-318", "Quelle voiture pilote Julien Reboul ?")
    assert reboul.short_answer is not None and reboul.short_answer.text == "Tatuus F3 T-318", reboul.text


F4_RACES = (
    "Championnat de France F4 : Hugo Marchetti s'impose à Magny-Cours. "
    "Le Lyonnais Hugo Marchetti a remporté dimanche la course 3 du Championnat de France F4. "
    "Samedi, la course 1 était revenue à Arthur Vanderelst et la course 2, disputée avec une grille inversée, "
    "au Marseillais Théo Roussel, le plus jeune vainqueur de la saison."
)


@pytest.mark.parametrize(
    ("text", "question", "short"),
    [
        (F4_RACES, "Qui a gagné la course 2 de F4 ?", "Théo Roussel"),
        (F4_RACES, "Qui a gagné la course 3 de F4 ?", "Hugo Marchetti"),
        # never Roussel, the race named since "et"; "la course 1 était revenue à" places Vanderelst
        # (a thirteenth walk's kind)
        (F4_RACES, "Qui a gagné la course 1 de F4 ?", "Arthur Vanderelst"),
        (
            "GT4 European Series: Marcus Hale and Jonas Berg win at Zandvoort. Marcus Hale and Jonas Berg won "
            "Sunday's Race 2 at Zandvoort. Race 1 on Saturday had been won by the Porsche 718 Cayman GT4 RS "
            "Clubsport of Lucas Brunner and Felix Haag.",
            "Who won Race 1 at Zandvoort?",
            "Lucas Brunner and Felix Haag",
        ),
    ],
)
def test_a_race_asked_by_its_number_in_a_release_numbering_several(text: str, question: str, short: str | None) -> None:
    """An eleventh walk: who won race 2 (or Race 1) was the headline's winner of the last race."""
    span = "Hugo Marchetti" if "Marchetti" in text else "Marcus Hale and Jonas Berg"
    answer = _read_at(text, span, question)
    _assert_short(answer, short)


@pytest.mark.parametrize(
    ("question", "short"),
    [
        ("What position did Philippe Gaillard finish in the Carrera Cup B championship in 2007?", "5ème place"),
        ("Quelle place a obtenu Philippe Gaillard au championnat ?", "4ème"),
    ],
)
def test_a_place_in_a_long_span_is_the_one_of_the_year_asked(question: str, short: str) -> None:
    """The press set: "4ème du championnat du B ; il rempile en 2007 et décroche la 5ème place" read
    as one span answers 2007 with the place after "2007"."""
    text = "Il termine 4ème du championnat du B ; il rempile en 2007 et décroche la 5ème place."
    answer = _read_at(text, "4ème du championnat du B ; il rempile en 2007 et décroche la 5ème place", question)
    assert answer.short_answer is not None and answer.short_answer.text == short, answer.text


@pytest.mark.parametrize(
    ("text", "span", "question", "short"),
    [
        (
            "Le Lyonnais Hugo Marchetti s'impose devant le Toulousain Mathis Cazenave.\n"
            "1. Hugo Marchetti (Racing Lion) – 18 tours\n3. Mathis Cazenave (Occitanie Formula) – à 4,870 s",
            "le Toulousain",
            "Pour quelle équipe court Mathis Cazenave ?",
            None,  # a demonym is no team (the list's own item is found by the reader, not here)
        ),
        (
            "3. Mathis Cazenave (Occitanie Formula) – à 4,870 s\n5. Lucas Perrault (Racing Lion) – à 9,912 s",
            "Racing Lion",
            "Pour quelle équipe court Mathis Cazenave ?",
            None,  # another's bracket
        ),
        (
            "3. Mathis Cazenave (Occitanie Formula) – à 4,870 s\n5. Lucas Perrault (Racing Lion) – à 9,912 s",
            "Occitanie Formula",
            "Pour quelle équipe court Mathis Cazenave ?",
            "Occitanie Formula",
        ),
        (
            "Third place went to the Mercedes-AMG GT4 of Kovac Racing driven by Luka Kovac and Tomas Rieger.",
            "Kovac Racing",
            "Which team does Jonas Berg drive for?",
            None,
        ),
        (
            "GT4 European Series: Marcus Hale and Jonas Berg win at Zandvoort",
            "Zandvoort",
            "Which team does Jonas Berg drive for?",
            None,
        ),
    ],
)
def test_a_team_asked_of_someone_is_theirs(text: str, span: str, question: str, short: str | None) -> None:
    """An eleventh walk: "Pour quelle équipe court Mathis Cazenave ?" got "le Toulousain", Jonas
    Berg's team another crew's."""
    answer = _read_at(text, span, question)
    _assert_short(answer, short)


@pytest.mark.parametrize(
    ("question", "short"),
    [
        ("What is Jonas Berg's nationality?", "Swedish"),
        ("What is the nationality of Jonas Berg?", "Swedish"),
        ("What is Marcus Hale's nationality?", None),  # "his Swedish team-mate" is Berg
    ],
)
def test_a_nationality_said_of_a_possessives_noun_is_the_one_named_after(question: str, short: str | None) -> None:
    """An eleventh walk: "What is Jonas Berg's nationality?" was asked of no one and answered with
    Hale's "Briton"; "his Swedish team-mate, the 29-year-old Jonas Berg" is Berg's."""
    text = "Hale handed over to his Swedish team-mate, the 29-year-old Jonas Berg, during the pit stop on lap 21."
    answer = _read_at(text, "Swedish team-mate, the 29-year-old", question)
    _assert_short(answer, short)


@pytest.mark.parametrize(
    ("span", "question", "short"),
    [
        (
            "Belge Arthur Vanderelst, 17 ans, et 4,870 secondes sur le Toulousain Mathis Cazenave",
            "D'où vient Arthur Vanderelst ?",
            "Belge",
        ),
        ("Marseillais Théo Roussel", "D'où vient Arthur Vanderelst ?", None),  # another's, named in the span
        ("Marseillais Théo Roussel", "D'où vient Théo Roussel ?", "Marseillais"),
    ],
)
def test_an_origin_span_naming_people_is_the_demonym_of_the_one_asked(
    span: str, question: str, short: str | None
) -> None:
    """An eleventh walk: "D'où vient Arthur Vanderelst ?" was answered "Marseillais Théo Roussel"."""
    text = (
        "Il s'impose avec 2,114 secondes d'avance sur le Belge Arthur Vanderelst, 17 ans, et 4,870 secondes sur le "
        "Toulousain Mathis Cazenave. Samedi, la course 1 était revenue à Arthur Vanderelst et la course 2 au "
        "Marseillais Théo Roussel, 16 ans."
    )
    answer = _read_at(text, span, question)
    _assert_short(answer, short)


@pytest.mark.parametrize(
    ("text", "span", "question", "short"),
    [
        (  # a champion, a place "du championnat", a leader with points alone, "devance"
            "Julien Marchal a été sacré champion de France F4 en 2025 avec Racing Lion.",
            "Julien Marchal",
            "Qui a remporté le championnat de France F4 en 2025 ?",
            "Julien Marchal",
        ),
        (
            "Julien Marchal won the 2023 championship.",
            "Julien Marchal",
            "Who won the 2023 championship?",
            "Julien Marchal",
        ),
        (
            "Lucas Ferrand a terminé deuxième du championnat l'an dernier.",
            "Lucas Ferrand",
            "Qui est deuxième du championnat ?",
            "Lucas Ferrand",
        ),
        (
            "Julien Marchal compte 61 points au championnat.",
            "Julien Marchal",
            "Qui est en tête du championnat ?",
            "Julien Marchal",
        ),
        (
            "Mathieu Roux (61 points) devance Kévin Aubert (55) au championnat.",
            "Mathieu Roux",
            "Qui est deuxième du championnat ?",
            "Kévin Aubert",
        ),
        (  # no leader asked: a gap to him
            "Lucas Ferrand compte 43 points, devant Julien Marchal (40).",
            "Julien Marchal",
            "Qui est à trois points du leader du championnat ?",
            "Julien Marchal",
        ),
        (  # no next round asked
            "Les 24 Heures du Mans auront lieu les 13 et 14 juin 2026.",
            "13 et 14 juin 2026",
            "Quand aura lieu la prochaine édition des 24 Heures du Mans ?",
            "13 et 14 juin 2026",
        ),
        (  # the race named last before a sentence naming none
            "Hugo Marchetti a remporté dimanche la course 3. Le pilote de 17 ans s'est imposé devant Théo Roussel et "
            "Arthur Vanderelst. Samedi, la course 1 et la course 2 étaient revenues à Lucas Perrault.",
            "Théo Roussel",
            "Qui a terminé deuxième de la course 3 ?",
            "Théo Roussel",
        ),
        (  # another occasion's placing does not take over
            "Au Mugello, Álex Roldán a fini juste derrière Matteo Ferrandi, vainqueur du Grand Prix d'Italie. "
            "En qualifications, Clément Vasseur s'est classé deuxième. L'an dernier, Clément Vasseur avait terminé "
            "deuxième du Grand Prix de France.",
            "Álex Roldán",
            "Qui a terminé deuxième du Grand Prix d'Italie ?",
            "Álex Roldán",
        ),
        ("Il termine 1,2 M€, dont 300 000 € de la région.", "1,2 M€, dont 300 000 €", "Quel est le budget ?", "1,2 M€"),
        ("Il compte 2 victoires, 5 podiums.", "2 victoires, 5 podiums", "Combien de podiums ?", "5 podiums"),
        (
            "Il faut entre 300 et 400 bénévoles.",
            "entre 300 et 400 bénévoles",
            "Combien de bénévoles ?",
            "entre 300 et 400 bénévoles",
        ),
        ("Il y avait 32 voitures, dont 12 GT3.", "32 voitures, dont 12 GT3", "Combien de GT3 ?", "12 GT3"),
        (
            "Piquet termine dix des quinze courses.",
            "dix des quinze",
            "How many races does Piquet finish?",
            "dix des quinze",
        ),
        ("Tom Baker (19) took two wins at Brands Hatch.", "two wins", "How many wins does Tom Baker have?", "two wins"),
        (ROUX_STANDINGS, "61 points", "Combien de victoires a Kévin Aubert ?", None),
        (
            "Jean Morin, 78 ans, est le doyen des engagés.",
            "78 ans",
            "Qui est le pilote le plus âgé du plateau ?",
            "Jean Morin",
        ),
        (  # mid-sentence "the N-year-old" is the one named after
            "Oliver Hartley will share the car with the 19-year-old from Leeds, Tom Baker.",
            "19-year-old",
            "How old is Oliver Hartley?",
            None,
        ),
        (
            "Julien Marchal participera au Tour Auto 2026.",
            "Tour Auto 2026",
            "Quelle voiture pilotait Julien Marchal ?",
            None,
        ),
        (
            "Le Castellet, le 8 mai 2026 – À 18 ans, la Bordelaise Léa Fournier a signé sa première pole.",
            "18 ans",
            "Quel âge a Léa Fournier ?",
            "18 ans",
        ),
        (
            "Léa Fournier vise le titre. À 14 ans, elle remportait déjà le championnat de France minime.",
            "14 ans",
            "Quel âge a Léa Fournier ?",
            None,
        ),
        (
            "La course phare, une épreuve de 2 heures, part dimanche.",
            "2 heures",
            "À quelle heure part la course phare ?",
            None,
        ),
    ],
)
def test_a_reviews_cousins_of_the_eleventh_walks_kinds(text: str, span: str, question: str, short: str | None) -> None:
    """A review of this session's rules: ordinary sentences they refused or answered wrong."""
    answer = _read_at(text, span, question)
    _assert_short(answer, short)


@pytest.mark.parametrize(
    ("span", "short"),
    [
        ("finished with a fifth place", "fifth place"),
        ("0,622 seconde du vainqueur, Vasseur termine troisième", "troisième"),
        ("son premier podium en terminant troisième", "troisième"),
        ("Parti de la dixième place, il a terminé quatrième", "quatrième"),
        ("1er mai, il a terminé 4e", "4e"),
    ],
)
def test_a_place_in_a_long_span_is_the_one_after_the_verb_of_finishing(span: str, short: str) -> None:
    """A review: the place cut from a long span was "with", "seconde", "premier", "dixième place"."""
    answer = _read_at(f"Ce jour-là, {span}.", span, "Où a terminé Lucas Ferrand ?")
    assert answer.short_answer is not None and answer.short_answer.text == short, answer.text


@pytest.mark.parametrize(
    ("span", "question", "short"),
    [
        ("Sable Noir Racing", "Pour quelle équipe roule Maxime Lestrade ?", "Sable Noir Racing"),
        ("Toyota Hilux", "Quelle voiture pilote Maxime Lestrade ?", "Toyota Hilux"),
        ("la catégorie Auto", "Pour quelle équipe roule Maxime Lestrade ?", None),
    ],
)
def test_a_crews_car_and_team_before_its_described_driver(span: str, question: str, short: str | None) -> None:
    """An eleventh walk: "Au volant du Toyota Hilux de l'équipe Sable Noir Racing, le Périgourdin
    de 34 ans et son copilote belge Kevin Damhuis" was given to the co-driver alone."""
    text = (
        "Le Français Maxime Lestrade a remporté l'étape et prend la tête dans la catégorie Auto. Au volant du Toyota "
        "Hilux de l'équipe Sable Noir Racing, le Périgourdin de 34 ans et son copilote belge Kevin Damhuis ont bouclé "
        "la spéciale en 4 h 38 min 12 s."
    )
    answer = _read_at(text, span, question)
    _assert_short(answer, short)


def test_a_twelfth_walks_surname_and_dateline() -> None:
    """A twelfth walk: "Race 1: Cole won from pole" names Harriet Cole by her surname, and "The
    26-year-old from Leeds" after "Brands Hatch (Kent), 12 October 2025 – Harriet Cole …" was
    given to the dateline's place."""
    text = (
        "Brands Hatch (Kent), 12 October 2025 – Harriet Cole (Team Redline) won two of the three races at Brands "
        "Hatch on Sunday. The 26-year-old from Leeds also secured the drivers' title. Race 1: Cole won from pole, "
        "0.874 seconds ahead of Callum Whitby. Race 2: Whitby won after a late move."
    )
    age = _read_at(text, "26-year-old", "How old is Harriet Cole?")
    assert age.short_answer is not None and "26" in age.short_answer.text, age.text
    won = _read_at(text, "Harriet Cole", "Who won Race 1 at Brands Hatch?")
    assert won.short_answer is not None and won.short_answer.text == "Cole", won.text


def test_a_name_an_article_opens_is_no_one_a_team_is_said_of() -> None:
    """The press set: "le Petit Le Mans (20 octobre) avec Muscle Milk Pickett Racing" read "Petit
    Le Mans" as the person the team was said of, and answered a series' name instead."""
    text = (
        "Romain Dumas retrouvera les Etats-Unis pour la finale de l'American Le Mans Series. Le pilote tricolore "
        "disputera en effet le Petit Le Mans (20 octobre) avec Muscle Milk Pickett Racing."
    )
    answer = _read_at(
        text, "Muscle Milk Pickett Racing", "Pour quelle équipe Romain Dumas va-t-il courir au Petit Le Mans ?"
    )
    assert answer.short_answer is not None and answer.short_answer.text == "Muscle Milk Pickett Racing", answer.text


@pytest.mark.parametrize(
    ("text", "question", "short"),
    [
        (
            "Teodor Maranne a remporté le Rallye de Sardaigne. Il devance de 6,8 secondes le Gallois Rhys Penbury "
            "(Toyota GR Yaris Rally1) et de 24,1 secondes l'Estonien Kaur Villemsoo (Ford Puma Rally1).",
            "Qui a terminé troisième du Rallye de Sardaigne ?",
            "Kaur Villemsoo",
        ),
        (
            "Teodor Maranne a remporté le Rallye de Sardaigne. Il devance de 6,8 secondes le Gallois Rhys Penbury "
            "(Toyota GR Yaris Rally1) et de 24,1 secondes l'Estonien Kaur Villemsoo (Ford Puma Rally1).",
            "Qui a terminé deuxième du Rallye de Sardaigne ?",
            "Rhys Penbury",
        ),
        (
            "Noémie Kerbrat a remporté la finale Supercar. Elle s'impose avec 1,9 seconde d'avance sur le Norvégien "
            "Sindre Haugland (Volkswagen Polo RX) et 3,4 secondes sur le Hongrois Levente Bárány (Audi S1 RX).",
            "Qui a terminé deuxième de la finale Supercar ?",
            "Sindre Haugland",
        ),
    ],
)
def test_a_twelfth_walks_runners_up(text: str, question: str, short: str) -> None:
    """A twelfth walk: the second and third after "Il devance de 6,8 secondes …" or "avec 1,9 seconde
    d'avance sur …" were refused (a decimal comma read as a clause's end)."""
    span = text.split(" a remporté")[0]
    answer = _read_at(text, span, question)
    assert answer.short_answer is not None and answer.short_answer.text == short, answer.text


@pytest.mark.parametrize(
    ("question", "short"),
    [
        ("Quand a lieu le Super Motard Festival ?", "20-21 juin"),
        ("Quand a lieu la finale de la Clio Cup ?", "19-20 septembre"),
    ],
)
def test_a_calendars_line_naming_the_event_asked_gives_its_date(question: str, short: str) -> None:
    """A twelfth walk: the reader's span was the next line's date ("11-12 juillet")."""
    text = (
        "Calendrier 2025 du circuit :\n- 20-21 juin : Super Motard Festival\n- 11-12 juillet : Trophée des Camions\n"
        "- 19-20 septembre : Finale de la Clio Cup\n- 17-18 octobre : Journées Endurance"
    )
    answer = _read_at(text, "11-12 juillet", question)
    assert answer.short_answer is not None and answer.short_answer.text == short, answer.text


def test_who_won_is_the_driver_over_a_team_with_a_double() -> None:
    """A twelfth walk: "Qui a gagné l'E-Prix de Monaco ?" was answered "L'équipe Voltara Racing"."""
    text = (
        "Monaco, 3 mai 2025 – L'équipe Voltara Racing a signé samedi un doublé lors de l'E-Prix de Monaco. "
        "Le Brésilien Caio Fontoura, 25 ans, s'est imposé devant son coéquipier néerlandais Daan Verhoek."
    )
    who = _read_at(text, "L'équipe Voltara Racing", "Qui a gagné l'E-Prix de Monaco ?")
    assert who.short_answer is not None and who.short_answer.text == "Caio Fontoura", who.text
    team = _read_at(text, "L'équipe Voltara Racing", "Quelle équipe a gagné l'E-Prix de Monaco ?")
    assert team.short_answer is not None and team.short_answer.text == "L'équipe Voltara Racing", team.text


@pytest.mark.parametrize(
    ("text", "span", "question", "short"),
    [
        (
            "Harriet Cole won ahead of the Italian Sofia Bianchi, from Rimini.",
            "Rimini",
            "Where does Harriet Cole come from?",
            None,
        ),
        (
            "Hugo Ferrand s'impose devant le Néo-Zélandais Hayden Paddon, originaire de Geraldine.",
            "Geraldine",
            "D'où vient Hugo Ferrand ?",
            None,
        ),
        (
            "Le Champion Paul Roy, 45 ans, a remis le trophée à Hugo Ferrand.",
            "45 ans",
            "Quel âge a Hugo Ferrand ?",
            None,
        ),
        (
            "Tom Baker, who hails from New Zealand, won the race.",
            "New Zealand",
            "Where is Tom Baker from?",
            "New Zealand",
        ),
        ("Originaire de Sao Paulo, Caio Fontoura a gagné.", "Sao Paulo", "D'où vient Caio Fontoura ?", "Sao Paulo"),
        (
            "L'équipe Sable Noir Racing aligne Hugo Ferrand et Paul Roy cette saison.",
            "Sable Noir Racing",
            "Pour quelle équipe court Paul Roy ?",
            "Sable Noir Racing",
        ),
        (
            "Tom Baker, in his second season at Kovac Racing, won the race.",
            "Kovac Racing",
            "Which team does Tom Baker drive for?",
            "Kovac Racing",
        ),
        (
            "Hugo Ferrand a gagné le 10 mai à Nogaro.\n- 20-21 juin : Nogaro",
            "10 mai",
            "Quand Hugo Ferrand a-t-il gagné à Nogaro ?",
            "10 mai",
        ),
        (
            "L'équipe Voltara Racing a remporté le classement des équipes. Le Brésilien Caio Fontoura s'est imposé "
            "dans la course devant Paul Roy.",
            "L'équipe Voltara Racing",
            "Qui a remporté le classement des équipes ?",
            "L'équipe Voltara Racing",
        ),
        (
            "Harriet Cole won ahead of the 25-year-old from Leeds, Tom Baker.",
            "25-year-old",
            "How old is Tom Baker?",
            "25-year-old",
        ),
        (
            "Harriet Cole won ahead of the 25-year-old from Leeds, Tom Baker.",
            "25-year-old",
            "How old is Harriet Cole?",
            None,
        ),
        (
            "Hugo Ferrand court pour l'Alpine cette saison.",
            "l'Alpine",
            "Pour quelle équipe court Hugo Ferrand ?",
            "l'Alpine",
        ),
    ],
)
def test_a_second_reviews_cousins(text: str, span: str, question: str, short: str | None) -> None:
    """A second review of this session's rules: names after "the Italian", places of two words,
    a crew joined by "et", "at" a team, a past date beside a calendar, a team contest."""
    answer = _read_at(text, span, question)
    _assert_short(answer, short)


@pytest.mark.parametrize(
    ("text", "span", "question"),
    [
        (
            "Dans la manche 2, Wout Claessens l'a emporté devant Janis Ozols. Wout Claessens, Belge de 24 ans, roule.",
            "Belge",
            "Pour quelle équipe roule Wout Claessens ?",
        ),
        (
            "Course 4 : victoire de Bence Halmos (Iveco S-Way), devant Kubelka et Arnaudet.",
            "Iveco S-Way",
            "Pour quelle équipe roule Bence Halmos ?",
        ),
        (
            "Course 4 : victoire de Bence Halmos, devant Kubelka et Arnaudet.",
            "Kubelka et Arnaudet",
            "Pour quelle équipe roule Bence Halmos ?",
        ),
        (
            "Race 3: Scottish driver Ewan McTavish (Vauxhall Astra) took his maiden win.",
            "Vauxhall Astra",
            "Which team does Ewan McTavish drive for?",
        ),
        (
            "Race 3: Scottish driver Ewan McTavish (Vauxhall Astra) took his maiden win.",
            "Scottish driver",
            "Which team does Ewan McTavish drive for?",
        ),
    ],
)
def test_a_team_is_no_demonym_car_nor_people(text: str, span: str, question: str) -> None:
    """A twelfth walk: teams asked of someone were answered "Belge", "Iveco S-Way", "Vauxhall Astra"."""
    answer = _read_at(text, span, question)
    assert not answer.answered, answer.text


@pytest.mark.parametrize(
    ("text", "span", "question", "short"),
    [
        (  # a name after "Mon équipe, le" (the press set's interview)
            "« Mon équipe, le Flying Lizard, est un team jeune puisqu'il a été fondé en 2003. »",
            "Flying Lizard",
            "Pour quelle écurie Patrick Pilet roule-t-il ?",
            "Flying Lizard",
        ),
        (  # ... or before "une des équipes"
            "Sur le plan technique, le Flying Lizard est une des équipes les plus professionnelles.",
            "Flying Lizard",
            "Pour quelle écurie Patrick Pilet roule-t-il ?",
            "Flying Lizard",
        ),
        (  # the one joined, after "pour l'équipe"
            "Stablinski annonce son départ de l'équipe Bic, pour l'équipe Mercier de Raymond Poulidor.",
            "Mercier",
            "Quelle équipe rejoint Stablinski ?",
            "Mercier",
        ),
        (  # in brackets after the one asked, no make nor model
            "5. Clara Vidal (Mayenne Karting) à 7,432 s.",
            "Mayenne Karting",
            "Pour quelle équipe roule Clara Vidal ?",
            "Mayenne Karting",
        ),
        (  # English: after "joined"
            "Last winter Jake Kowalski joined Penske.",
            "Penske",
            "Which team does Jake Kowalski drive for?",
            "Penske",
        ),
        (  # a person of the sentence is no team (a twelfth walk)
            "Course 2 : le Tchèque Tomas Kubelka (Freightliner) l'emporte devant Bence Halmos.",
            "Tomas Kubelka",
            "Pour quelle équipe roule Bence Halmos ?",
            None,
        ),
        (
            "Au classement général, Bence Halmos compte 412 points, devant Sébastien Arnaudet (398).",
            "Sébastien Arnaudet",
            "Pour quelle équipe roule Bence Halmos ?",
            None,
        ),
        (  # nor a place, nor a championship
            "Bence Halmos a dominé le week-end à Nogaro, en Championnat d'Europe.",
            "Nogaro",
            "Pour quelle équipe roule Bence Halmos ?",
            None,
        ),
    ],
)
def test_a_team_is_said_as_one(text: str, span: str, question: str, short: str | None) -> None:
    """A twelfth walk answered "Tomas Kubelka" and "le Letton Janis Ozols" for the teams of drivers
    whose team its releases never name: a team answered is said as a team is (``answer._team_form``)."""
    _assert_short(_read_at(text, span, question), short)


def test_a_team_named_in_a_text() -> None:
    assert names_a_team("« Mon équipe, le Flying Lizard, est un team jeune. »")
    assert names_a_team("Harriet Cole (Team Redline, Honda Civic Type R) won.")
    assert names_a_team("Il court pour l'écurie Alcyon.")
    assert not names_a_team("Le Tchèque Tomas Kubelka (Freightliner) l'emporte devant Halmos.")
    assert not names_a_team("Il n'y a aucune différence entre les teams américains et européens.")


@pytest.mark.parametrize(
    ("preceding", "sentence", "age", "subject", "other"),
    [
        (  # an age opening the sentence before its noun: the last clause's subject before
            [
                "Vitali n'a devancé Hartley que de 0,094 s, tandis que le Français Baptiste Lorieux décrochait la "
                "troisième place."
            ],
            "À 22 ans, le Vendéen devient le plus jeune Français à monter sur un podium.",
            "22 ans",
            "Baptiste Lorieux",
            "Lorenzo Vitali",
        ),
        (  # a noun and its comma ("Le Savoyard,"), after a dateline
            [
                "Val Thorens (Savoie), 14 décembre 2025 – Pour l'ouverture du Trophée, Clément Fauvel (Alpine A290, "
                "équipe Sodikart Ice) a remporté la catégorie Elite Pro."
            ],
            "Le Savoyard, 31 ans, a signé le meilleur temps des deux qualifications.",
            "31 ans",
            "Clément Fauvel",
            "Maxime Rolland",
        ),
        (  # "la victoire revient à": the one it goes to; a sentence opening with "Il" names no one
            [
                "En catégorie Elite, la victoire revient à Sophie Marchal (Renault 5 E-Tech).",
                "Il s'agit de son deuxième succès au Trophée Andros.",
            ],
            "La Lyonnaise de 27 ans a devancé Arnaud Peyrot et Yann Bellec.",
            "27 ans",
            "Sophie Marchal",
            "Clément Fauvel",
        ),
        (  # "Il a pris la tête … en dépassant Romain Issartel": the one before, by his surname
            [
                "Dimanche, c'est le Belge Arthur Descamps (Team Speed Car) qui s'est imposé dans la course 2.",
                "Course 2 : parti sixième, Descamps a effectué une remontée spectaculaire.",
                "Il a pris la tête au 14e tour en dépassant Romain Issartel (Racing Technology).",
            ],
            "Le pilote de 20 ans, originaire de Namur, signe sa première victoire.",
            "20 ans",
            "Arthur Descamps",
            "Romain Issartel",
        ),
        (  # the subject's surname alone before a complement's name and a team in brackets
            [
                "Samedi, la course 1 est revenue à Théo Berthaud (CLRT).",
                "Course 1 : parti de la pole, Berthaud a résisté à la pression de Kévin Lacaze (Pierre Martinet by "
                "Alméras).",
            ],
            "Le Toulousain de 23 ans s'impose avec 0,612 s d'avance.",
            "23 ans",
            "Théo Berthaud",
            "Kévin Lacaze",
        ),
        (  # "ce dernier": the last one named, a complement or not
            ["Le Bordelais Mathis Carrère, 16 ans, complète le trio retenu pour la F4 avec Samuel Obiang."],
            "Né à Libreville et installé à Lyon, ce dernier, âgé de 17 ans, a réalisé le meilleur tour.",
            "17 ans",
            "Samuel Obiang",
            "Mathis Carrère",
        ),
        (  # ... and "cette dernière" of two named in the sentence before
            ["Le jury a retenu Léna Voisin et Clara Dumas."],
            "Installée à Lyon, cette dernière, âgée de 15 ans, a signé le meilleur temps.",
            "15 ans",
            "Clara Dumas",
            "Léna Voisin",
        ),
    ],
)
def test_an_age_describing_someone_named_before(
    preceding: list[str], sentence: str, age: str, subject: str, other: str
) -> None:
    """A thirteenth walk: ages said of a description ("Le Savoyard, 31 ans", "À 22 ans, le
    Vendéen", "ce dernier, âgé de 17 ans") of someone named one or two sentences before were
    refused as others' or given to the release's protagonist."""
    title = "Communiqué"
    at = sentence.index(age)
    assert not someone_elses_age(subject, sentence, at, at + len(age), title, preceding)
    assert someone_elses_age(other, sentence, at, at + len(age), title, preceding)


def test_an_age_of_a_pronoun_or_mid_sentence_is_no_description() -> None:
    """ "À 22 ans, il devient" describes no noun (the protagonist's, as before), nor does "à 22 ans"
    inside a clause."""
    title = "Baptiste Lorieux sur le podium"
    for sentence in (
        "À 22 ans, il devient le plus jeune Français du podium.",
        "Il monte à 22 ans, le Vendéen, sur le podium.",
    ):
        at = sentence.index("22 ans")
        assert not someone_elses_age("Baptiste Lorieux", sentence, at, at + 6, title, ["Paul Girard a gagné."])


LE_MANS_CUP = (
    "Le Castellet (Var), 20 juillet 2025 – La quatrième manche de la Le Mans Cup, disputée au circuit Paul Ricard, "
    "a couronné l'équipage de la Ligier JS P325 n°17 de Nordhaven Racing en LMP3, et la Ferrari 296 GT3 n°51 de "
    "Vortex GT dans la catégorie GT3.\n\n"
    "En LMP3, le Norvégien Anders Holm et le Français Pierre-Louis Garnier ont pris les commandes dans le deuxième "
    "tiers de course. Garnier a conservé l'avantage jusqu'au drapeau à damier.\n\n"
    "En GT3, l'équipage Giacomo Serafini / Lucas Mainard a profité d'une stratégie parfaite."
)


@pytest.mark.parametrize(
    ("span", "question", "short"),
    [
        # the class asked, named in its sentence or last before it
        (
            "Giacomo Serafini / Lucas Mainard",
            "Qui pilotait la Ferrari victorieuse en GT3 ?",
            "Giacomo Serafini / Lucas Mainard",
        ),
        ("le Norvégien Anders Holm et le Français Pierre-Louis Garnier", "Qui a gagné en GT3 ?", None),
        ("Garnier", "Who won in GT3?", None),
        # the lede's clause names its class; "a couronné" places the crew it names first
        ("Nordhaven Racing", "Quelle équipe a gagné en LMP3 ?", "Nordhaven Racing"),
        ("Nordhaven Racing", "Quelle équipe a gagné en GT3 ?", None),
        # a team asked is no circuit
        ("Paul Ricard", "Quelle équipe a gagné en LMP3 ?", None),
    ],
)
def test_a_class_asked_is_answered_by_its_own(span: str, question: str, short: str | None) -> None:
    """A thirteenth walk answered who won in GT3 with the LMP3 crew, and who won the VHRS category
    with the VHC winner: a placing asked of a class is said of it (``binding.another_class_said``)."""
    _assert_short(_read_at(LE_MANS_CUP, span, question), short)


def test_a_class_is_named_as_a_release_names_it() -> None:
    assert class_asked("Qui a remporté la catégorie VHRS ?") == {"VHRS"}
    assert class_asked("Qui a gagné en MX2 à Ernée ?") == {"MX2"}
    assert class_asked("Qui a gagné en Espagne ?") == frozenset()  # a place is no class
    lede = "Le Mans Cup : Nordhaven Racing et Vortex GT s'imposent"
    assert another_class_said("", lede, 13, {"GT3"}, "En LMP3, Anders Holm …")  # a headline is any class's
    assert not another_class_said("", lede, 13, {"GT3"}, "Trente voitures au départ.")  # a release of one class
    am = "La catégorie Am a été remportée par Patrick Lemercier en course 1 et par Hélène Bastide en course 2."
    assert another_class_said("En Pro-Am, Jean-Marc Delorme a réalisé le doublé. ", am, am.index("Patrick"), {"Pro-Am"})
    assert not another_class_said("", am, am.index("Patrick"), {"Am"})


def test_a_part_of_the_race_places_no_one() -> None:
    """ "ont pris les commandes dans le deuxième tiers de course" (a thirteenth walk) is no second place."""
    s = "En LMP3, Anders Holm et Pierre-Louis Garnier ont pris les commandes dans le deuxième tiers de course."
    assert placing_of(s, s.index("Anders"), s.index(" ont pris")) is None


def test_races_joined_by_et_are_each_their_part() -> None:
    """ "remportée par Patrick Lemercier en course 1 et par Hélène Bastide en course 2": race 2 is hers
    (read on him, the sentence placing her first in race 2 answers: a thirteenth walk refused it)."""
    text = "La catégorie Am a été remportée par Patrick Lemercier en course 1 et par Hélène Bastide en course 2."
    _assert_short(_read_at(text, "Patrick Lemercier", "Qui a remporté la course 2 ?"), "Hélène Bastide")
    _assert_short(_read_at(text, "Patrick Lemercier", "Qui a remporté la course 1 ?"), "Patrick Lemercier")
    _assert_short(_read_at(text, "Hélène Bastide", "Qui a remporté la course 2 ?"), "Hélène Bastide")


def test_a_team_asked_by_its_place_is_the_lists_team() -> None:
    """A twelfth walk: "Quelle équipe a terminé cinquième à Spa ?" got the winner's team; the
    fifth item's team is in brackets after its car."""
    text = (
        "Classement :\n1. Porsche n°47 (Team Valkenburg) – 541 tours\n"
        "5. Mercedes-AMG GT3 n°88 (Kronau Motorsport) – à 3 tours\n"
    )
    at = text.index("Team Valkenburg")
    hit = _split_hit(text, 1.0, Reading(3.0, at, at + len("Team Valkenburg"), 3.0))
    answer = compose_read("Quelle équipe a terminé cinquième à Spa ?", read_rank([hit], CALIBRATION), 0.5)
    _assert_short(answer, "Kronau Motorsport")


@pytest.mark.parametrize(
    ("question", "sentence", "said"),
    [
        (
            "Quel est le montant versé à la Fédération par Altegra ?",
            "Le montant versé à la Fédération au titre de l'exclusivité n'a pas été communiqué.",
            True,
        ),
        (
            "Qui remplacera Nathalie Brévent chez Horizon Endurance ?",
            "Son équipe actuelle, Horizon Endurance, n'a pas encore désigné son remplaçant au volant de l'Oreca 07.",
            True,
        ),
        ("What was the transfer fee?", "The transfer fee has not been disclosed.", True),
        ("Quel sera le calendrier 2026 ?", "Le calendrier 2026 reste à déterminer.", True),
        # the sentence says something else is unknown
        (
            "Quelle voiture pilote Nathalie Brévent chez Horizon Endurance ?",
            "Son équipe actuelle, Horizon Endurance, n'a pas encore désigné son remplaçant au volant de l'Oreca 07.",
            False,
        ),
        # names alone are not what is asked
        ("Qui a gagné chez Horizon Endurance ?", "Horizon Endurance n'a pas encore annoncé son programme.", False),
        ("Quel est le montant du contrat ?", "Le montant du contrat est de 2 millions d'euros.", False),
    ],
)
def test_a_text_saying_what_is_asked_is_unknown(question: str, sentence: str, said: bool) -> None:
    """A thirteenth walk answered another sum for "Le montant … n'a pas été communiqué." and the
    team manager's name for a successor "pas encore désigné"."""
    assert undisclosed(question, sentence) is said


def test_the_reply_quotes_the_text_saying_it_is_unknown() -> None:
    text = (
        "Altegra fournira 9 600 pneus par saison pour un budget de 3,2 millions d'euros. "
        "Le montant versé à la Fédération au titre de l'exclusivité n'a pas été communiqué."
    )
    answer = _read_at(text, "3,2 millions d'euros", "Quel est le montant versé à la Fédération par Altegra ?")
    assert not answer.answered and "n'a pas été communiqué" in str(answer.notice)
    budget = _read_at(text, "3,2 millions d'euros", "Quel est le budget d'Altegra ?")
    assert budget.answered and budget.short_answer and budget.short_answer.text == "3,2 millions d'euros"


BREVENT = "En 22 saisons, la pilote a disputé 312 courses, remporté 41 victoires et signé 27 pole positions."


@pytest.mark.parametrize(
    ("span", "question", "short"),
    [
        ("27 pole positions", "Combien de podiums compte Nathalie Brévent ?", None),
        ("312", "Combien de podiums compte Nathalie Brévent ?", None),
        ("27 pole positions", "Combien de pole positions compte Nathalie Brévent ?", "27 pole positions"),
        ("312", "Combien de courses a-t-elle disputées ?", "312"),
        ("312", "Combien de victoires compte Nathalie Brévent ?", "41 victoires"),  # the next span
        ("41 victoires", "Combien de courses a-t-elle gagnées ?", "41 victoires"),  # races won are wins
    ],
)
def test_a_tally_asked_is_not_another(span: str, question: str, short: str | None) -> None:
    """A thirteenth walk answered how many podiums with "27 pole positions"."""
    at = BREVENT.index(span)
    other = BREVENT.index("41 victoires")
    hit = _split_hit(
        BREVENT, 1.0, Reading(6.0, at, at + len(span), 3.0, others=((other, other + len("41 victoires"), 2.0),))
    )
    _assert_short(compose_read(question, read_rank([hit], CALIBRATION), 0.5), short)


def test_what_a_text_says_is_unknown_is_its_verbs_thing() -> None:
    """A review: "Son équipe actuelle, Horizon Endurance, n'a pas encore désigné son remplaçant"
    leaves the team manager known ("Qui est le directeur d'équipe de Horizon Endurance ?")."""
    sentence = "Son équipe actuelle, Horizon Endurance, n'a pas encore désigné son remplaçant au volant."
    assert not undisclosed("Qui est le directeur d'équipe de Horizon Endurance ?", sentence)
    assert undisclosed("Qui remplacera Nathalie Brévent chez Horizon Endurance ?", sentence)


@pytest.mark.parametrize(
    ("sentence", "name", "place"),
    [
        ("Issartel termine deuxième, Berthaud troisième.", "Berthaud", 3),
        ("Issartel termine deuxième, Berthaud troisième.", "Issartel", 2),
        ("Course 1 : Berthaud s'impose. Descamps complète le podium.", "Descamps", 3),
        ("La Ginetta n°3 du Team Léman complète le podium.", "La Ginetta n°3 du Team Léman", 3),
        ("Jake Kowalski completed the podium.", "Jake Kowalski", 3),
        ("Le Mans accueille la course.", "Mans", None),
    ],
)
def test_a_surname_alone_is_placed(sentence: str, name: str, place: int | None) -> None:
    """A thirteenth walk answered who won race 2 with "Berthaud" of "Issartel termine deuxième,
    Berthaud troisième": a surname alone was placed nowhere."""
    at = sentence.index(name)
    assert placing_of(sentence, at, at + len(name)) == place


MILWAUKEE = (
    "Milwaukee, Wisconsin, August 24, 2025 – Mateo Reyes (Hartwell Racing, No. 11 Dallara-Honda) won the Lakeshore "
    "250 at the Milwaukee Mile on Sunday, his second victory of the season."
)


def test_a_winner_with_a_bracket_is_placed_not_a_place_nor_his_second_victory() -> None:
    """A thirteenth walk: "Who won the Lakeshore 250?" got the pole sitter ("led the first 48 laps"
    read as first), "Who finished second?" "the Milwaukee Mile" (nearer "won" than the winner,
    whose bracket stood between), and "his second victory" placed him second."""
    at = MILWAUKEE.index("Mateo Reyes")
    assert placing_of(MILWAUKEE, at, at + len("Mateo Reyes")) == 1
    mile = MILWAUKEE.index("Milwaukee Mile")
    assert placing_of(MILWAUKEE, mile, mile + len("Milwaukee Mile")) is None
    pole = "Pole sitter Ava Lindqvist (Hartwell Racing) led the first 48 laps but dropped to ninth."
    assert placing_of(pole, pole.index("Ava"), pole.index("Ava") + 13) == 9


LMP3_STANDINGS = (
    "Au championnat LMP3, Nordhaven Racing prend la tête avec 68 points, "
    "devant Cercle Sport (61) et Racing Spirit (50)."
)
ANDROS_STANDINGS = (
    "Classement Elite Pro après la manche 1 : 1. Clément Fauvel, 80 points ; 2. Maxime Rolland, 72 ; "
    "3. Jonas Imhof, 65 ; 4. Lucas Trégan, 60 ; 5. Aurélie Vasseur, 56."
)


@pytest.mark.parametrize(
    ("text", "span", "question", "short"),
    [
        (LMP3_STANDINGS, "68 points", "Combien de points compte Cercle Sport au championnat LMP3 ?", "61"),
        (LMP3_STANDINGS, "68 points", "Combien de points compte Nordhaven Racing ?", "68 points"),
        (LMP3_STANDINGS, "68 points", "Combien de points compte Arlberg Motorsport ?", None),
        (ANDROS_STANDINGS, "5", "Combien de points compte Lucas Trégan ?", "60"),
        (ANDROS_STANDINGS, "Jonas Imhof, 65 ; 4", "Combien de points compte Lucas Trégan ?", "60"),
    ],
)
def test_a_teams_count_and_a_standings_line(text: str, span: str, question: str, short: str | None) -> None:
    """A thirteenth walk: a team's points were the leader's, Lucas Trégan's the next item's number."""
    _assert_short(_read_at(text, span, question), short)


def test_a_place_after_from_is_no_surname() -> None:
    """A review: "The 26-year-old from Leeds also secured the drivers' title" placed "Leeds" first."""
    s = "Harriet Cole won two races. The 26-year-old from Leeds also won the drivers' title."
    assert placing_of(s, s.index("Leeds"), s.index("Leeds") + 5) is None


@pytest.mark.parametrize(
    ("preceding", "sentence", "place", "subject", "other"),
    [
        (  # "ce dernier" after an opening clause: the one named last before
            ["Le Bordelais Mathis Carrère, 16 ans, complète le trio retenu pour la F4 avec Samuel Obiang."],
            "Né à Libreville (Gabon) et installé à Lyon, ce dernier, âgé de 17 ans, a réalisé le meilleur tour.",
            "Libreville",
            "Samuel Obiang",
            "Mathis Carrère",
        ),
        (  # English: "The 29-year-old from Monterrey" describes the one named before
            ["Milwaukee, August 24, 2025 – Mateo Reyes (Hartwell Racing) won the Lakeshore 250."],
            "The 29-year-old from Monterrey, Mexico, led 142 of the 250 laps ahead of rookie Jake Kowalski.",
            "Monterrey",
            "Mateo Reyes",
            "Jake Kowalski",
        ),
        (  # a surname alone before it, named in full before
            ["Mateo Reyes won the race, 0.418 seconds ahead of rookie Jake Kowalski."],
            "Kowalski, 20, from Indianapolis, claimed the best result of his career.",
            "Indianapolis",
            "Jake Kowalski",
            "Mateo Reyes",
        ),
    ],
)
def test_an_origin_of_someone_named_before(
    preceding: list[str], sentence: str, place: str, subject: str, other: str
) -> None:
    """A thirteenth walk refused Samuel Obiang's birthplace and gave Mateo Reyes Kowalski's town."""
    title = "Académie Vitesse Jeunes : cinq pilotes sélectionnés"  # a school, no protagonist
    at = sentence.index(place)
    assert not someone_elses_origin(subject, sentence, at, title, preceding)
    assert someone_elses_origin(other, sentence, at, title, preceding)


def test_a_town_is_answered_before_a_demonym_for_where_someone_is_from() -> None:
    """A thirteenth walk answered "D'où est originaire Arthur Descamps ?" with "Belge" where the
    passage said "originaire de Namur"; his nationality stays "Belge"."""
    text = (
        "Dimanche, c'est le Belge Arthur Descamps (Team Speed Car) qui s'est imposé dans la course 2. "
        "Le pilote de 20 ans, originaire de Namur, signe sa première victoire."
    )
    at = text.index("Belge Arthur Descamps")
    namur = text.index("Namur")
    hit = _split_hit(text, 1.0, Reading(6.0, at, at + 21, 3.0, others=((namur, namur + 5, 7.7),)))
    answer = compose_read("D'où est originaire Arthur Descamps ?", read_rank([hit], CALIBRATION), 0.5)
    _assert_short(answer, "Namur")
    answer = compose_read("Quelle est la nationalité d'Arthur Descamps ?", read_rank([hit], CALIBRATION), 0.5)
    _assert_short(answer, "Belge")


@pytest.mark.parametrize(
    ("text", "span", "question", "short"),
    [
        (  # "n'a pas connu" is no unknown
            "Paul Marchal a remporté la course 2. Il n'a pas connu la moindre difficulté pour remporter la course 2.",
            "Paul Marchal",
            "Qui a remporté la course 2 ?",
            "Paul Marchal",
        ),
        (  # another's unknown
            "Paul Martin a mené 40 tours. Le nombre de tours menés par Luc Blanc n'a pas été communiqué.",
            "40",
            "Combien de tours a mené Paul Martin ?",
            "40",
        ),
        (  # another thing unknown of the same event
            "Paul Martin a gagné le rallye du Var. Le rallye du Var n'a pas été annoncé au calendrier 2027.",
            "Paul Martin",
            "Qui a gagné le rallye du Var ?",
            "Paul Martin",
        ),
        (  # a team named without a team's word, asked by its place
            "Ferrari a remporté les 24 Heures du Mans 2025.",
            "Ferrari",
            "Quelle écurie a remporté les 24 Heures du Mans 2025 ?",
            "Ferrari",
        ),
        (
            "Red Bull won the constructors' title in 2023.",
            "Red Bull",
            "Which team won the constructors' title?",
            "Red Bull",
        ),
        (  # a person's role is no team
            "Max Verstappen won again. Christian Horner, the team principal, praised him.",
            "Christian Horner",
            "Which team does Max Verstappen drive for?",
            None,
        ),
        (  # the name right before the bracket
            "La troisième place revient à Clara Vidal (Mayenne Karting).",
            "Mayenne Karting",
            "Pour quelle équipe court Clara Vidal ?",
            "Mayenne Karting",
        ),
        (  # one winner of two races joined by "et"
            "Paul Martin a remporté la course 1 et la course 2.",
            "Paul Martin",
            "Qui a gagné la course 2 ?",
            "Paul Martin",
        ),
        (  # a passage naming only the class asked later
            "Paul Martin s'impose à Spa. Le pilote Alpine signe sa troisième victoire de la saison en GT3.",
            "Paul Martin",
            "Qui a gagné en GT3 ?",
            "Paul Martin",
        ),
        (  # "en BMW" is no class
            "Paul Martin s'impose en BMW à Spa.",
            "Paul Martin",
            "Qui a gagné en GT3 à Spa ?",
            "Paul Martin",
        ),
        (  # a count ending its sentence
            "Le nombre de ses victoires s'élève désormais à 12. Il vise le titre.",
            "12",
            "Combien de victoires compte Paul Martin ?",
            "12",
        ),
        (
            "Paul Martin a remporté 3 courses cette saison.",
            "3",
            "Combien de courses Paul Martin a-t-il remportées ?",
            "3",
        ),
        (  # a place is not the one counting
            "Après la manche de Spa, Paul Martin compte 68 points.",
            "68 points",
            "Combien de points compte le leader du championnat après Spa ?",
            "68 points",
        ),
        (  # a name after "par" is a complement
            "Cercle Sport, emmenée par Paul Martin, compte 61 points.",
            "61 points",
            "Combien de points compte Cercle Sport ?",
            "61 points",
        ),
    ],
)
def test_a_reviews_cousins_of_the_thirteenth_walks_kinds(
    text: str, span: str, question: str, short: str | None
) -> None:
    """A review of this session's rules: each answered before them, or should be answered."""
    _assert_short(_read_at(text, span, question), short)


def test_a_reviews_placings() -> None:
    """ "third 0.8s adrift of the winner", "finished second 2.3 seconds behind", "completing the
    podium", a stopword opening a sentence, and "ce dernier"'s age in a sentence of two."""
    s = "Smith finished third 0.8s adrift of the winner."
    assert placing_of(s, 0, 5) == 3
    s = "Luc Blanc a terminé deuxième 3 secondes derrière Paul Martin."
    assert placing_of(s, 0, 9) == 2
    s = "Jones won the race, with Smith completing the podium."
    assert placing_of(s, s.index("Smith"), s.index("Smith") + 5) == 3
    s = "Après une belle remontée, Martin termine deuxième."
    assert placing_of(s, 0, 5) is None
    assert classes_named("en BMW et en DS, en ES7, en Q2, en FP1, in NASCAR") == []
    assert [name for _, name in classes_named("En GT3, X ; en Pro-Am, Y ; en Am, Z ; en LMP3, W")] == [
        "GT3",
        "Pro-Am",
        "Am",
        "LMP3",
    ]


def test_a_first_win_signed_is_a_win_and_a_title_is_no_race() -> None:
    """A review's cousins on the twelfth walk: "Le Français Hugo Delestre … a signé sa première
    victoire en WRC2" placed no one, so the Power Stage's winner answered who won in WRC2; "took
    his maiden BTCC win" then answered who won the drivers' title."""
    s = "Le Français Hugo Delestre, 22 ans, a signé sa première victoire en WRC2, devant le Polonais Marek Zalewski."
    assert placing_of(s, s.index("Hugo"), s.index("Hugo") + 13) == 1
    s = "Race 3: Scottish driver Ewan McTavish (Vauxhall Astra) took his maiden BTCC win, ahead of Pryce."
    assert placing_of(s, s.index("Ewan"), s.index("Ewan") + 13) == 1
    _assert_short(_read_at(s, "Ewan McTavish", "Who won the BTCC drivers' title?"), None)
    title = "Harriet Cole secured the drivers' title, the first of her career."
    _assert_short(_read_at(title, "Harriet Cole", "Who won the BTCC drivers' title?"), "Harriet Cole")


def test_a_value_of_ce_dernier_is_the_one_named_last() -> None:
    """A thirteenth walk gave Léna Voisin the time "ce dernier" (Samuel Obiang, named last) set."""
    preceding = ["Léna Voisin est la première sélectionnée. Le trio est complété par Samuel Obiang."]
    sentence = "Installé à Lyon, ce dernier a réalisé le meilleur tour des essais en F4, en 1 min 38,412 s."
    at = sentence.index("1 min")
    assert said_of_another("Léna Voisin", sentence, at, "Académie : cinq pilotes", preceding)
    assert not said_of_another("Samuel Obiang", sentence, at, "Académie : cinq pilotes", preceding)


def test_a_feat_said_in_the_next_sentence_of_the_same_one() -> None:
    """The twelfth walk's "Who won the BTCC drivers' title?": the lede names Harriet Cole, the
    next sentence ("The 26-year-old from Leeds also secured the drivers' title") says the title."""
    text = (
        "Harriet Cole (Team Redline) won two of the three races at Brands Hatch on Sunday. "
        "The 26-year-old from Leeds also secured the drivers' title, the first of her career."
    )
    _assert_short(_read_at(text, "Harriet Cole", "Who won the BTCC drivers' title?"), "Harriet Cole")
    other = "Harriet Cole won two of the three races. Race 3 went to Ewan McTavish, who took the title."
    _assert_short(_read_at(other, "Harriet Cole", "Who won the BTCC drivers' title?"), None)


@pytest.mark.parametrize(
    ("text", "span", "question", "short"),
    [
        (
            "Max Verstappen court pour Red Bull depuis 2016.",
            "Red Bull",
            "Pour quelle équipe court Max Verstappen ?",
            "Red Bull",
        ),
        ("Max Verstappen drives for Red Bull.", "Red Bull", "Which team does Max Verstappen drive for?", "Red Bull"),
        (
            "Kestrel Sport, l'équipe leader du championnat, a remporté la manche de Spa.",
            "Kestrel Sport",
            "Quelle équipe mène le championnat ?",
            "Kestrel Sport",
        ),
        (
            "Paul Martin (Kestrel Sport) s'impose devant Luc Blanc (Cercle Sport).",
            "Paul Martin",
            "Quelle équipe a gagné ?",
            None,
        ),
        (
            "Harriet Cole clinched the 2025 BTCC championship at Brands Hatch on Sunday.",
            "Harriet Cole",
            "Who won the BTCC drivers' title?",
            "Harriet Cole",
        ),
        (
            "Paul Martin a remporté la course 1 au Castellet. Il a devancé Luc Blanc, parti en pole position.",
            "Paul Martin",
            "Qui a signé la pole position ?",
            "Luc Blanc",  # the sentence saying the pole, not the winner named before
        ),
        (
            "En MXGP, Tom Vialle s'impose devant Jorge Prado. En MX2, Lucas Coenen gagne la course.",
            "Tom Vialle",
            "Qui a gagné en MX2 ?",
            "Lucas Coenen",  # the class's own sentence
        ),
        (
            "La course 1 a été remportée par Paul Martin et la course 2 par Luc Blanc.",
            "Paul Martin",
            "Qui a gagné la course 2 ?",
            None,
        ),
        (
            "Paul Martin a dominé la course 1. Lors de cette dernière séance, le meilleur tour en 1'38\"412 a été "
            "signé par Luc Blanc.",
            "1'38\"412",
            "Quel temps a signé Luc Blanc ?",
            "1'38\"412",
        ),
        (
            "Paul Martin, qui disputait sa deuxième 24 Heures du Mans, s'est classé troisième.",
            "Paul Martin",
            "Qui a terminé troisième ?",
            "Paul Martin",
        ),
        (
            "Paul Martin a remporté 2 victoires en 14 courses cette saison.",
            "14 courses",
            "Combien de victoires Paul Martin a-t-il remportées ?",
            None,
        ),
        (
            "Altegra a un budget de 3,2 millions d'euros. Le montant versé à la Fédération au titre de "
            "l'exclusivité n'a pas été communiqué, a précisé Marc Dupuis, directeur d'Altegra.",
            "3,2 millions d'euros",
            "Quel est le montant versé à la Fédération par Altegra ?",
            None,
        ),
        (
            "Au championnat LMP3, Nordhaven Racing compte 68 points, devant Cercle Sport (61).",
            "68 points",
            "Combien de points compte l'équipe de Cercle Sport au championnat LMP3 ?",
            "61",
        ),
    ],
)
def test_a_second_reviews_cousins_of_the_thirteenth_walks_kinds(
    text: str, span: str, question: str, short: str | None
) -> None:
    """A second review of this session's mends: each answered at the session's start or after the first."""
    _assert_short(_read_at(text, span, question), short)


def test_a_second_reviews_placings() -> None:
    s = "Luc Blanc took pole position. Paul Martin was second fastest in qualifying, 0.1s behind."
    assert placing_of(s, s.index("Paul"), s.index("Paul") + 11) == 2
    s = "La course 2 a couronné Paul Martin, parti de la dixième place."
    assert placing_of(s, s.index("Paul"), s.index("Paul") + 11) == 1


def test_a_team_with_its_drivers_in_brackets_is_the_team_asked() -> None:
    """The tenth walk's "Quelle équipe a fini quatrième … ?": "4. Scuderia Valtellina (Rossi /
    Bianchi)" is a team whose drivers are in brackets, not a driver with a team."""
    text = "Classement :\n4. Scuderia Valtellina (Rossi / Bianchi) – à 2 tours\n"
    at = text.index("Scuderia")
    hit = _split_hit(text, 1.0, Reading(3.0, at, at + len("Scuderia Valtellina"), 3.0))
    answer = compose_read("Quelle équipe a fini quatrième ?", read_rank([hit], CALIBRATION), 0.5)
    _assert_short(answer, "Scuderia Valtellina")


@pytest.mark.parametrize(
    ("before", "span", "gap"),
    [
        ("Dimanche matin, la Course Superpole, un sprint de ", "10 tours", False),  # a race's distance
        ("Au restart, sur une distance réduite à ", "12 tours", False),
        ("Berthaud a résisté pendant ", "30 minutes", False),  # a while
        ("La pole avait été signée par Felix Brandt en 1 min ", "49,386 s", False),  # a time run
        ("Pole sitter Ava Lindqvist led the first ", "48 laps", False),  # laps led
        ("The winner led 142 of the ", "250 laps", False),
        ("Il a mené sur les ", "250 tours", False),
        ("Il devance de ", "1,42 s", True),
        ("Il s'impose avec ", "3 tours d'avance", True),
        ("He won by ", "0.418 seconds", True),
        ("He won by over ", "3 seconds", True),
        ("2. Owen Hartley à ", "1 tour", True),
        ("X devance Y de ", "deux tours", True),
        ("The gap was ", "3.2 seconds", True),
    ],
)
def test_a_gap_is_no_race_distance_time_run_nor_laps_led(before: str, span: str, gap: bool) -> None:
    """A thirteenth walk answered how far apart two riders finished with "10 tours" of "un sprint
    de 10 tours", "12 tours" of "une distance réduite à 12 tours", a pole's time and the laps
    the pole sitter led."""
    assert holds_type("gap", span, "", before) is gap


def test_a_gap_said_beside_the_readers_span_answers_and_is_cut_to_the_gap() -> None:
    """The reader's span "250 laps" of "led 142 of the 250 laps and crossed the finish line
    0.418 seconds ahead of …" gives way to the gap beside it; "1,42 s le tenant du titre" is cut
    to "1,42 s" (a thirteenth walk)."""
    text = (
        "The 29-year-old from Monterrey led 142 of the 250 laps and crossed the finish line 0.418 seconds "
        "ahead of rookie Jake Kowalski (Brennan-Vance Motorsports)."
    )
    at = text.index("250 laps")
    hit = _split_hit(text, 1.0, Reading(6.0, at, at + len("250 laps"), 6.0))
    margin = compose_read("What was the winning margin in the Lakeshore 250?", read_rank([hit], CALIBRATION), 0.5)
    assert margin.short_answer is not None and margin.short_answer.text == "0.418 seconds", margin.text
    assert [text[a:b] for a, b in gaps_said(text)] == ["0.418 seconds"]
    text = "Il devance de 1,42 s le tenant du titre, Maxime Rolland, et de 3,07 s le Suisse Jonas Imhof."
    at = text.index("1,42 s")
    hit = _split_hit(text, 1.0, Reading(6.0, at, at + len("1,42 s le tenant du titre"), 6.0))
    cut = compose_read("Quel écart sépare Clément Fauvel de Maxime Rolland ?", read_rank([hit], CALIBRATION), 0.5)
    assert cut.short_answer is not None and cut.short_answer.text == "1,42 s", cut.text
    assert expected_type("Quel écart sépare Fauvel de Jonas Imhof ?") == "gap"  # two named: a gap between
    assert time_end("gap", "1 min 05,8 s Sandrine Morel") == len("1 min 05,8 s")  # one time, two forms
    assert time_end("gap", "2,3 s d'avance sur X") == len("2,3 s d'avance")


def test_a_gap_the_winner_had_over_the_one_named_before_it_is_theirs() -> None:
    """ "Vitali n'a devancé Hartley que de 0,094 s …, tandis que … Baptiste Lorieux …" is Vitali's
    and Hartley's gap, not Lorieux's (a thirteenth walk refused it); "…, et de 1 min 05,8 s
    Sandrine Morel" stays hers. A race's name is no one whose gap is asked."""
    sentence = (
        "Vitali n'a devancé Hartley que de 0,094 s sur la ligne, tandis que le Français Baptiste Lorieux "
        "décrochait la troisième place."
    )
    at = sentence.index("0,094")
    assert not gap_of_another("Lorenzo Vitali", sentence, at, at + 7, "Titre")
    assert time_subject("Quel écart séparait Vitali de Hartley dans la Course Superpole ?") is None
    assert not is_person("Course Superpole") and not is_person("Sprint Race")


def test_a_sentence_naming_no_race_is_the_race_its_paragraph_named_last() -> None:
    """ "la Course Superpole, un sprint de 10 tours, a été beaucoup plus serrée. Vitali n'a
    devancé Hartley que de 0,094 s" gave that gap for race 2 (a thirteenth walk); race 1's
    paragraph answers race 1."""
    superpole = "Dimanche matin, la Course Superpole, un sprint de 10 tours, a été beaucoup plus serrée. "
    assert another_race_before(superpole, "Quel était l'écart entre Vitali et Hartley dans la Course 2 ?")
    assert not another_race_before("Samedi, la course 2 a été animée. ", "Quel écart dans la course 2 ?")
    assert another_race_before("Samedi, la course 1 a été animée. ", "Quel écart dans la course 2 ?")
    assert not another_race_before("Samedi, la piste était sèche. ", "Quel écart dans la course 2 ?")
    assert not another_race_before(superpole, "Quel écart séparait Vitali de Hartley ?")  # no race asked
    text = superpole + "Vitali n'a devancé Hartley que de 0,094 s sur la ligne."
    at = text.index("0,094 s")
    hit = _split_hit(text, 1.0, Reading(6.0, at, at + len("0,094 s"), 6.0))
    race_2 = compose_read(
        "Quel était l'écart entre Vitali et Hartley dans la Course 2 ?", read_rank([hit], CALIBRATION), 0.5
    )
    assert not race_2.answered, race_2.text
    asked = compose_read(
        "Quel écart séparait Vitali de Hartley dans la Course Superpole ?", read_rank([hit], CALIBRATION), 0.5
    )
    assert asked.short_answer is not None and asked.short_answer.text == "0,094 s", asked.text


@pytest.mark.parametrize(
    ("before", "span", "after", "time"),
    [
        ("Berthaud a résisté pendant ", "30 minutes", " à la pression", False),
        ("La manche, disputée sur ", "1 h 50", " au circuit", False),
        ("Le départ, donné à ", "11 h 30", ".", False),  # an hour of the day
        ("En GT3, il devance de ", "2,1 s", " la Porsche", False),  # a gap
        ("Parti depuis la pole position, signée en ", "1 min 36,702 s", " lors de la Superpole", True),
        ("Il a signé la pole en ", "1'38\"204", ".", True),
    ],
)
def test_a_lap_time_is_no_while_hour_nor_gap(before: str, span: str, after: str, time: bool) -> None:
    """A thirteenth walk answered the pole's time with "30 minutes" of "a résisté pendant 30
    minutes"; asked in GT3, with the GT3 winner's gap."""
    assert expected_type("Quel était le temps de la pole position de la course 1 à Dijon ?") == "laptime"
    assert expected_type("What was Vitali's pole time at Magny-Cours?") == "laptime"
    assert holds_type("laptime", span, after, before) is time


def test_a_pole_time_read_on_its_seconds_is_given_whole_and_alone() -> None:
    """ "36,702 s" of "signée en 1 min 36,702 s lors de la Superpole, l'Italien a mené de bout en
    bout" is "1 min 36,702 s" (a thirteenth walk's pole, refused as no lap time)."""
    text = "Parti de la pole position, signée en 1 min 36,702 s lors de la Superpole, l'Italien a mené de bout en bout."
    at = text.index("36,702 s")
    hit = _split_hit(text, 1.0, Reading(6.0, at, text.index(", l'Italien"), 6.0))
    pole = compose_read("En quel temps Lorenzo Vitali a-t-il signé la pole ?", read_rank([hit], CALIBRATION), 0.5)
    assert pole.short_answer is not None and pole.short_answer.text == "1 min 36,702 s", pole.text


def test_a_winner_of_a_release_dated_another_year_is_not_the_year_asked() -> None:
    """ "Qui a remporté le Tour de Corse Historique en 2024 ?" was answered with the 2025
    winners of a release dated 2025, whose lede names no year but its dateline's (a thirteenth
    walk); the year asked, said in the sentence or the title, or the release's own, answers."""
    text = (
        "Ajaccio, 11 octobre 2025 – L'équipage formé par Jean-Baptiste Santoni et Marie-Ange Luciani a remporté "
        "la 24e édition du Tour de Corse Historique."
    )
    hit = _dated_hit(text, "Jean-Baptiste Santoni et Marie-Ange Luciani", "corse.txt", "2025-10-11")
    ranked = read_rank([hit], CALIBRATION)
    assert not compose_read("Qui a remporté le Tour de Corse Historique en 2024 ?", ranked, 0.5).answered
    own = compose_read("Qui a remporté le Tour de Corse Historique en 2025 ?", ranked, 0.5)
    assert own.short_answer is not None and "Santoni" in own.short_answer.text, own.text
    undated = compose_read(
        "Qui a remporté le Tour de Corse Historique en 2024 ?",
        read_rank([replace(hit, document=None)], CALIBRATION),
        0.5,
    )
    assert undated.answered  # no date to judge by


def test_a_car_named_born_says_no_age() -> None:
    """ "Maxime Rolland (Cupra Born, DA Racing)" was read as an age for "Quel âge a Maxime Rolland ?"
    (a thirteenth walk); "born" in small letters, or "Born in" opening, still says one."""
    assert not holds_type("age", "1,42 s le tenant du titre, Maxime Rolland (Cupra Born, DA Racing), et de 3,07", " s")
    assert holds_type("age", "He was born", " in 1990 in Leeds")
    assert holds_type("age", "Born in 1990", " in Leeds")


def test_a_class_named_in_words_by_the_release_is_a_class_asked() -> None:
    """A thirteenth walk: "Qui a terminé troisième de la Coupe AMV ?" was answered with the third
    of the Elite class, whose paragraph came first; "La Coupe AMV, réservée aux motos sur glace"
    says it is a class. "la catégorie Elite Pro" is not the "Elite" class beside it."""
    text = (
        "En catégorie Elite, réservée aux pilotes amateurs, la victoire revient à Sophie Marchal. "
        "La Lyonnaise de 27 ans a devancé Arnaud Peyrot et Yann Bellec.\n"
        "La Coupe AMV, réservée aux motos sur glace, a vu la victoire d'Ugo Lansard (Husqvarna)."
    )
    assert [name for _, name in classes_named(text, True)] == ["Elite", "Coupe AMV"]
    assert [name for _, name in classes_named("Clément Fauvel a remporté la catégorie Elite Pro sur la glace.")] == [
        "Elite Pro"
    ]
    assert class_asked("Qui a terminé troisième de la Coupe AMV ?", [text]) == {"Coupe AMV"}
    assert class_asked("Qui a gagné en Elite Pro ?", [text, "la catégorie Elite Pro"]) == {"Elite Pro"}
    assert class_asked("Qui a terminé troisième ?", [text]) == frozenset()
    at = text.index("Yann Bellec")
    hit = _split_hit(text, 1.0, Reading(6.0, at, at + len("Yann Bellec"), 6.0))
    ranked = read_rank([hit], CALIBRATION)
    assert not compose_read("Qui a terminé troisième de la Coupe AMV ?", ranked, 0.5).answered
    elite = compose_read("Qui a terminé troisième en catégorie Elite ?", ranked, 0.5)
    assert elite.short_answer is not None and elite.short_answer.text == "Yann Bellec", elite.text


def test_a_count_of_another_edition_or_noun_or_tally_gives_way_to_the_one_asked() -> None:
    """A thirteenth walk: how many crews started the 2025 Tour de Corse Historique was answered
    "287" of "L'édition 2024 avait rassemblé 287 équipages" (the release dated 2025), where
    "312 équipages de 14 nationalités ont pris le départ" said it; how many special stages
    Santoni won, "14" of "Au terme de … 14 épreuves spéciales" (run, not won), then "287"
    équipages."""
    text = (
        "Au terme de cinq jours de course et de 14 épreuves spéciales, Santoni et Luciani ont remporté le rallye. "
        "Au total, 312 équipages de 14 nationalités ont pris le départ à Ajaccio. "
        "L'édition 2024 avait rassemblé 287 équipages."
    )
    at, other = text.index("287"), text.index("312")
    hit = _dated_hit(text, "287", "corse.txt", "2025-10-11")
    hit = replace(hit, reading=Reading(4.0, at, at + 3, 6.0, others=((other, other + 3, 2.0),)))
    ranked = read_rank([hit], CALIBRATION)
    started = compose_read("Combien d'équipages ont pris le départ du Tour de Corse Historique ?", ranked, 0.5)
    assert started.short_answer is not None and started.short_answer.text == "312", started.text
    then = compose_read("Combien d'équipages avaient pris part à l'édition 2024 ?", ranked, 0.5)
    assert then.short_answer is not None and then.short_answer.text == "287", then.text
    assert race_phase_of(text, other, other + 3) == "start"  # "de 14 nationalités" is no next number
    stages = text.index("14 épreuves")
    hit = _dated_hit(text, "14", "corse.txt", "2025-10-11")
    hit = replace(hit, reading=Reading(4.0, stages, stages + 2, 6.0))
    won = compose_read("Combien d'épreuves spéciales a remportées Santoni ?", read_rank([hit], CALIBRATION), 0.5)
    assert not won.answered, won.text
    assert count_kind("épreuves spéciales") == "results"


def test_where_someone_comes_from_is_the_demonym_standing_for_them() -> None:
    """A thirteenth walk refused where Lorenzo Vitali comes from ("Le Romain de 25 ans n'avait
    jamais gagné en France", which the reader's spans missed) and gave "La Lyonnaise de 27 ans a
    devancé Arnaud Peyrot" to Arnaud Peyrot; a town said in words still comes first."""
    text = (
        "Lorenzo Vitali a remporté les trois courses de la manche française. Le Romain de 25 ans n'avait "
        "jamais gagné en France. La victoire revient à Sophie Marchal (Équipe Glace Nordique). "
        "La Lyonnaise de 27 ans a devancé Arnaud Peyrot et Yann Bellec."
    )
    assert [text[a:b] for a, b in _demonym_subjects(text)] == ["Romain", "Lyonnaise"]
    at = text.index("trois courses")
    hit = _split_hit(text, 1.0, Reading(6.0, at, at + len("trois courses"), 6.0))
    ranked = read_rank([hit], CALIBRATION)
    vitali = compose_read("D'où vient Lorenzo Vitali ?", ranked, 0.5)
    assert vitali.short_answer is not None and vitali.short_answer.text == "Romain", vitali.text
    marchal = compose_read("D'où vient Sophie Marchal ?", ranked, 0.5)
    assert marchal.short_answer is not None and marchal.short_answer.text == "Lyonnaise", marchal.text
    assert not compose_read("D'où vient Arnaud Peyrot ?", ranked, 0.5).answered
    sentence = "La Lyonnaise de 27 ans a devancé Arnaud Peyrot et Yann Bellec."
    before = ["La victoire revient à Sophie Marchal (Équipe Glace Nordique).", "Il s'agit de son deuxième succès."]
    assert someone_elses_origin("Arnaud Peyrot", sentence, 3, "Titre", before)
    assert not someone_elses_origin("Sophie Marchal", sentence, 3, "Titre", before)


def test_a_team_asked_with_dans_or_in_which_is_the_one_raced_for() -> None:
    """ "Dans quelle équipe Léna Voisin courra-t-elle en F4 ?" was answered "karting OK-Junior"
    (a thirteenth walk): it asks a team, as "Pour quelle équipe" does."""
    assert team_asked("Dans quelle équipe Léna Voisin courra-t-elle en F4 ?") == "current"
    assert team_asked("In which team does Mateo Reyes race?") == "current"
    assert team_asked("Dans quelle équipe roulait-il avant ?") == "former"
    text = "Championne de France de karting OK-Junior 2025, Léna Voisin a impressionné le jury."
    at = text.index("karting OK-Junior")
    hit = _split_hit(text, 1.0, Reading(6.0, at, at + len("karting OK-Junior"), 6.0))
    asked = compose_read("Dans quelle équipe Léna Voisin courra-t-elle en F4 ?", read_rank([hit], CALIBRATION), 0.5)
    assert not asked.answered, asked.text


def test_what_was_before_is_not_answered_by_a_sentence_of_the_present() -> None:
    """ "Quel était le précédent fournisseur de pneus du Championnat de France GT4 ?" was
    answered with the new supplier, of "… qui fait de la marque lyonnaise le fournisseur
    exclusif" (a thirteenth walk); a sentence saying a past answers."""
    text = (
        "La Fédération et Altegra Pneumatiques ont signé un accord qui fait de la marque lyonnaise le fournisseur "
        "exclusif du Championnat de France GT4. Altegra succède à Pirelli, fournisseur depuis 2015."
    )
    at = text.index("Altegra Pneumatiques")
    hit = _split_hit(text, 1.0, Reading(6.0, at, at + len("Altegra Pneumatiques"), 6.0))
    present = compose_read("Quel était le précédent fournisseur de pneus du GT4 ?", read_rank([hit], CALIBRATION), 0.5)
    assert not present.answered, present.text
    at = text.index("Pirelli")
    hit = _split_hit(text, 1.0, Reading(6.0, at, at + len("Pirelli"), 6.0))
    past = compose_read("Quel était le précédent fournisseur de pneus du GT4 ?", read_rank([hit], CALIBRATION), 0.5)
    assert past.short_answer is not None and past.short_answer.text == "Pirelli", past.text
    now = compose_read("Qui est le fournisseur de pneus du GT4 ?", read_rank([hit], CALIBRATION), 0.5)
    assert now.answered  # no past asked


def test_a_figure_is_no_name_a_time_lost_no_lap_and_a_past_year_no_future_date() -> None:
    """A thirteenth walk: who set the best lap was answered "1 min 38,412 s"; which drivers,
    "Trois"; the winners' total time, "40 secondes" of "a perdu plus de 40 secondes"; when
    Nathalie Brévent will race for the last time, "en 2016" of a release dated 2025."""
    assert not holds_type("name", "1 min 38,412 s", "")
    assert not holds_type("name", "Trois", "")
    assert holds_type("name", "Samuel Obiang", "") and holds_type("name", "Les Trois Glorieuses", "")
    assert not holds_type("laptime", "40 secondes", " à cause d'une crevaison", "Bertelli a perdu plus de ")
    text = "Elle compte une victoire de catégorie en LMGTE Am en 2016 au volant d'une Ferrari 488 GTE."
    hit = _dated_hit(text, "en 2016", "brevent.txt", "2025-10-06")
    ranked = read_rank([hit], CALIBRATION)
    assert not compose_read("Quand Nathalie Brévent disputera-t-elle sa dernière course ?", ranked, 0.5).answered
    past = compose_read("Quand Nathalie Brévent a-t-elle gagné sa catégorie au Mans ?", ranked, 0.5)
    assert past.short_answer is not None and past.short_answer.text == "en 2016", past.text


def test_a_runner_up_after_a_word_of_who_they_are_is_placed() -> None:
    """ "… ahead of rookie Jake Kowalski" (a thirteenth walk's second place was refused): a
    word saying who the one beaten is may stand between "ahead of", "devant" and the name."""
    sentence = "Mateo Reyes won the Lakeshore 250 ahead of rookie Jake Kowalski and Dominic Okafor."
    assert [sentence[a:b] for a, b in runners_up(sentence, 2)] == ["Jake Kowalski"]
    assert [sentence[a:b] for a, b in runners_up(sentence, 3)] == ["Dominic Okafor"]
    sentence = "Paul Martin s'impose devant le jeune Luc Blanc."
    assert [sentence[a:b] for a, b in runners_up(sentence, 2)] == ["Luc Blanc"]


@pytest.mark.parametrize(
    ("question", "sentence", "span"),
    [
        (  # a loss says a past (piaf-dev)
            "Quel était l'ancien sponsor de l'équipe fournie par les cycles Lejeune ?",
            "Les frères Lejeune viennent de perdre le principal sponsor de l'équipe qu'ils fournissent, Pelforth.",
            "Pelforth",
        ),
        (
            "Quel est l'ancien nom du Burkina Faso ?",
            "Ils regroupent le Sénégal et la Haute-Volta (futur Burkina Faso).",
            "Haute-Volta",
        ),
        (
            "Quel est l'ancien nom de la NBA Development League ?",
            "Initialement appelée NBDL, la NBA Development League est renommée durant l'été 2005.",
            "NBDL",
        ),
    ],
)
def test_what_was_before_is_answered_by_a_loss_a_name_to_come_or_a_renaming(
    question: str, sentence: str, span: str
) -> None:
    """PIAF's questions of a former thing are answered by sentences saying it otherwise than
    "précédent": a loss, "futur X", "initialement", "renommée"."""
    at = sentence.index(span)
    hit = _split_hit(sentence, 1.0, Reading(6.0, at, at + len(span), 6.0))
    answer = compose_read(question, read_rank([hit], CALIBRATION), 0.5)
    assert answer.short_answer is not None and answer.short_answer.text == span, answer.text
    assert not _FORMER_ASKED.search("Quelles étaient les activités de l'Ancienne bourse ?")  # a name
    assert not _FORMER_ASKED.search("Qui a gagné l'année précédente ?")  # after its noun


def test_a_reviews_cousins_of_the_gap_time_year_class_and_demonym_rules() -> None:
    """A review of this session's rules found each of these answered before and refused after
    (or the other way); each is kept as it should be."""
    assert expected_type("Who set the fastest lap time?") == "name"
    assert expected_type("Qui a signé le temps de la pole ?") == "name"
    text = "Lorenzo Vitali set the fastest lap time of the race on lap 12."
    hit = _split_hit(text, 1.0, Reading(6.0, 0, len("Lorenzo Vitali"), 6.0))
    who = compose_read("Who set the fastest lap time?", read_rank([hit], CALIBRATION), 0.5)
    assert who.short_answer is not None and who.short_answer.text == "Lorenzo Vitali", who.text
    # a chrono after "à", "un chrono de", "un tour de"; an hour after "à" is none
    assert holds_type("laptime", "1'36\"702", ".", "Le chrono de la pole, signé par Vitali, s'établit à ")
    assert holds_type("laptime", "1:36.702", "", "The pole time stood at ")
    assert holds_type("laptime", "1'36\"702", ".", "Vitali devance Hartley grâce à un chrono de ")
    assert holds_type("laptime", "1'36\"702", "", "Vitali a battu le record de la piste avec un tour de ")
    assert not holds_type("laptime", "11 h 30", ".", "Le départ a été donné à ")
    # a gap's own noun before "réduit à"; "Quel écart d'âge" is no race's gap; "à 3 secondes de la gagnante"
    assert holds_type("gap", "0,3 seconde", " sur la ligne", "L'écart entre Vitali et Hartley a été réduit à ")
    assert expected_type("Quel écart d'âge sépare les deux frères ?") is None
    gap = "Clara Vidal a terminé à 3 secondes de la gagnante."
    assert [gap[a:b] for a, b in gaps_said(gap)] == ["3 secondes"]
    # a pluperfect of another clause; a past answer to a question in the present
    text = "Vitali, qui avait fait ses débuts en 2015, compte désormais 12 victoires en championnat."
    ranked = read_rank([_dated_hit(text, "12", "v.txt", "2025-05-01")], CALIBRATION)
    wins = compose_read("Combien de victoires compte Vitali en championnat ?", ranked, 0.5)
    assert wins.short_answer is not None and wins.short_answer.text.startswith("12"), wins.text
    text = "Nathalie Brévent a disputé le Dakar pour la première fois en 2008."
    ranked = read_rank([_dated_hit(text, "en 2008", "b.txt", "2025-10-06")], CALIBRATION)
    first = compose_read("Quand Nathalie Brévent a-t-elle pris part au Dakar pour la première fois ?", ranked, 0.5)
    assert first.short_answer is not None and first.short_answer.text == "en 2008", first.text
    # "How old" asks no former thing; a season's review written early the next year
    assert not _FORMER_ASKED.search("How old was Oliver Grant when he won?")
    text = "Paris, le 10 janvier 2025 – Lorenzo Vitali a remporté le Rallye du Var."
    ranked = read_rank([_dated_hit(text, "Lorenzo Vitali", "r.txt", "2025-01-10")], CALIBRATION)
    assert compose_read("Qui a remporté le Rallye du Var en 2024 ?", ranked, 0.5).answered
    ranked = read_rank([_dated_hit(text, "Lorenzo Vitali", "r.txt", "2025-06-10")], CALIBRATION)
    assert not compose_read("Qui a remporté le Rallye du Var en 2024 ?", ranked, 0.5).answered
    # "ouvert à tous" defines no class; a class a title names is the event
    assert classes_named("Le circuit de Spa, ouvert à tous, accueille la course.") == []
    andros = "Le Trophée Andros, réservé aux voitures électriques, a vu Dubourg gagner. En Elite Pro, Dubourg s'impose."
    assert class_asked("Qui a remporté le Trophée Andros ?", [andros], ["Trophée Andros : Dubourg"]) == frozenset()
    # a paragraph naming the race asked is about it
    assert not another_race_before(
        "La course 2, course sprint de 10 tours, a été serrée. ", "Qui a gagné la course 2 ?"
    )
    # a country or a region opening a sentence stands for no one
    country = "Marc Dupont a terminé deuxième. La Finlande accueille la prochaine manche. La Corse a vibré."
    assert _demonym_subjects(country) == []
    assert holds_type("name", "Tours", "")  # a town, no unit


def test_a_race_gone_to_someone_or_won_by_a_second_one_after_et_par_places_them_first() -> None:
    """A thirteenth walk refused who won race 1 ("Samedi, la course 1 est revenue à Théo
    Berthaud (CLRT), tandis que …") and the Am class's race 2 ("… remportée par Patrick
    Lemercier en course 1 et par Hélène Bastide en course 2")."""
    sentence = "Samedi, la course 1 est revenue à Théo Berthaud (CLRT), tandis que dimanche Descamps s'est imposé."
    at = sentence.index("Théo Berthaud")
    assert placing_of(sentence, at, at + len("Théo Berthaud")) == 1
    sentence = "La victoire est revenue à Paul Martin devant Luc Blanc."
    assert placing_of(sentence, sentence.index("Paul"), sentence.index(" devant")) == 1
    sentence = "La catégorie Am a été remportée par Patrick Lemercier en course 1 et par Hélène Bastide en course 2."
    at = sentence.index("Hélène Bastide")
    assert placing_of(sentence, at, at + len("Hélène Bastide")) == 1
    sentence = "Il a été battu par Paul Martin et par Luc Blanc."
    at = sentence.index("Luc Blanc")
    assert placing_of(sentence, at, at + len("Luc Blanc")) != 1


def test_a_winner_told_by_a_pronoun_in_the_next_sentence_is_placed() -> None:
    """ "En GT3, l'équipage X / Y a profité d'une stratégie parfaite. Il s'impose devant …": the
    crew won (the thirteenth walk's "winners by a pronoun in the next sentence"); not when
    someone is named after the span ("… a dépassé Luc Blanc. Il s'impose": Luc Blanc is nearer)."""
    text = (
        "En GT3, l'équipage Giacomo Serafini / Lucas Mainard a profité d'une stratégie parfaite. "
        "Il termine deuxième devant Emil Strand."
    )
    at = text.index("Giacomo")
    hit = _split_hit(text, 1.0, Reading(6.0, at, at + len("Giacomo Serafini / Lucas Mainard"), 6.0))
    ranked = read_rank([hit], CALIBRATION)
    assert _placing(ranked[0]) == 2
    second = compose_read("Qui a terminé deuxième en GT3 ?", ranked, 0.5)
    assert second.short_answer is not None and second.short_answer.text.startswith("Giacomo Serafini"), second.text
    text = "Paul Martin a dépassé Luc Blanc au départ. Il termine deuxième."
    hit = _split_hit(text, 1.0, Reading(6.0, 0, len("Paul Martin"), 6.0))
    assert _placing(read_rank([hit], CALIBRATION)[0]) is None


def test_a_team_in_brackets_before_its_car_is_the_team_and_a_listed_gap_no_lap_time() -> None:
    """A tenth walk's "Dans quelle écurie roule Lucas Ferrand ?" of "Lucas Ferrand (Équipe Henri
    Dufresne, BMW M4 GT4)" was refused once asked as a team ("Équipe" capitalised is a team's
    word), and is given without the car; a twelfth walk's qualifying time was the gap of a
    results list's item ("2. BMW n°12 (Hartwell Racing) – à 8,114 s")."""
    text = "Il devance de 4,812 secondes Lucas Ferrand (Équipe Henri Dufresne, BMW M4 GT4) et Théo Marchal."
    answer = _read_at(text, "Équipe Henri Dufresne, BMW M4 GT4", "Dans quelle écurie roule Lucas Ferrand ?")
    _assert_short(answer, "Équipe Henri Dufresne")
    assert not holds_type("laptime", "8,114 s", "", "2. BMW n°12 (Hartwell Racing) – à ")
    assert holds_type("laptime", "1'38\"214", ".", "Le meilleur tour en course revient à Lucas Ferrand en ")


@pytest.mark.parametrize(
    ("sentence", "name", "place"),
    [
        ("La pole position de la course 2 revient à Luc Blanc.", "Luc Blanc", None),
        ("Le meilleur tour en course revient à Lucas Ferrand en 1'38\"214.", "Lucas Ferrand", None),
        ("La victoire n'est pas revenue à Luc Blanc, pénalisé de 5 secondes.", "Luc Blanc", None),
        ("La victoire est revenue à Paul Martin, qui a dû résister à Luc Blanc et à Marc Dupont.", "Marc Dupont", None),
        (
            "La course a été remportée par Paul Martin après une pénalité infligée à Luc Blanc et à Marc Dupont.",
            "Marc Dupont",
            None,
        ),
        ("La victoire en GT4 est revenue à Paul Martin et à Luc Blanc.", "Luc Blanc", 1),
    ],
)
def test_a_reviews_cousins_of_races_gone_to_someone(sentence: str, name: str, place: int | None) -> None:
    """A review: a pole or a best lap "revient à" someone, a victory that did not, and people
    after another preposition than the winner's are placed first by no rule."""
    at = sentence.index(name)
    assert placing_of(sentence, at, at + len(name)) == place


def test_a_reviews_cousins_of_the_pronoun_the_incise_and_the_bracket() -> None:
    """A review: "Luc Blanc a profité d'une erreur de Paul Martin. Il s'impose" is not Paul
    Martin's win, nor is an impersonal "Il faut …"; "et la course 2, disputée sous la pluie, au
    Mans" names a place, no winner; a team answer is narrowed inside brackets only."""
    text = "Luc Blanc a profité d'une erreur de Paul Martin dans le dernier tour. Il s'impose avec 2 secondes d'avance."
    at = text.index("Paul Martin")
    hit = _split_hit(text, 1.0, Reading(6.0, at, at + len("Paul Martin"), 6.0))
    assert _placing(read_rank([hit], CALIBRATION)[0]) is None
    text = "Le départ a été donné par Paul Martin. Il faut remonter à 2019 pour trouver un vainqueur français."
    at = text.index("Paul Martin")
    hit = _split_hit(text, 1.0, Reading(6.0, at, at + len("Paul Martin"), 6.0))
    assert _placing(read_rank([hit], CALIBRATION)[0]) is None
    text = "Paul Martin a remporté la course 1 et la course 2, disputée sous la pluie, au Mans."
    _assert_short(_read_at(text, "Paul Martin", "Qui a gagné la course 2 ?"), "Paul Martin")
    text = "La victoire revient à ART Grand Prix, devant Prema Racing."
    won = _read_at(text, "ART Grand Prix, devant Prema Racing", "Quelle écurie a gagné ?")
    assert won.short_answer is not None and won.short_answer.text.startswith("ART Grand Prix"), won.text
    assert holds_type("laptime", "1'38\"214", "", "Le meilleur tour a été réalisé par Paul Martin (Porsche) à ")


@pytest.mark.parametrize(
    ("subject", "before", "sentence", "value", "elses"),
    [
        # a venue or an event is no one a description stands for
        (
            "Marc Aubry",
            ["À la Lyon Arena, Marc Aubry (Team Rhône MX) a gagné la finale."],
            "Le Lyonnais de 24 ans",
            "24 ans",
            False,
        ),
        (
            "Anne Petit",
            ["Le Rallye Alsace Historique a souri à Anne Petit."],
            "La Colmarienne de 31 ans",
            "31 ans",
            False,
        ),
        # a word of a team's name is no surname: "Team Azur Bleu … l'arrivée de Léa Morin"
        (
            "Léa Morin",
            ["Lyon, 3 mars 2026 – Team Azur Bleu a annoncé l'arrivée de Léa Morin."],
            "La Niçoise de 22 ans",
            "22 ans",
            False,
        ),
        # a partner is the other of the crew named before, the one spoken of aside
        (
            "Marc Vidal",
            ["Le titre revient à Paul Roy et Marc Vidal.", "Le Lyonnais de 23 ans a brillé."],
            "Son coéquipier, âgé de 20 ans",
            "20 ans",
            False,
        ),
        (
            "Paul Roy",
            ["Le titre revient à Paul Roy et Marc Vidal.", "Le Lyonnais de 23 ans a brillé."],
            "Son coéquipier, âgé de 20 ans",
            "20 ans",
            True,
        ),
        (
            "Paul Roy",
            ["Le titre revient à Paul Roy et Marc Vidal.", "Vidal a brillé."],
            "Son coéquipier, âgé de 20 ans",
            "20 ans",
            False,
        ),
        (
            "Paul Roy",
            ["Le titre revient à l'équipage Paul Roy / Marc Vidal."],
            "Sa copilote, âgée de 20 ans",
            "20 ans",
            True,
        ),
        # three sentences back, past two naming no one
        (
            "Jean Morel",
            [
                "La victoire revient à l'équipage Jean Morel / Anne Petit.",
                "Partis de Lyon, ils ont mené.",
                "Le quinquagénaire, boulanger à Vienne, jubile.",
            ],
            "Âgé de 55 ans, il",
            "55 ans",
            False,
        ),
    ],
)
def test_the_fourteenth_walks_descriptions_stand_for_the_one_named_before(
    subject: str, before: list[str], sentence: str, value: str, elses: bool
) -> None:
    """A fourteenth walk, held out, refused 14 ages and origins said by a description ("Le
    Nantais de 26 ans", "La Grenobloise de 24 ans", "Son coéquipier, âgé de 20 ans", "Âgé de 61
    ans, il …") and gave Romain Delattre his team-mate's Rouen: the one a description stands for
    is named before, not a venue ("Paris La Défense Arena"), an event ("Rallye Monte-Carlo
    Historique") nor a word of a team's name ("Team Horizon Bleu"); a partner is the other of
    the crew."""
    text = sentence + " a signé un contrat."
    at = text.index(value)
    title = "Motocross : la saison"
    assert someone_elses_age(subject, text, at, at + len(value), title, before) is elses


def test_the_fourteenth_walks_venues_and_events_are_no_people() -> None:
    assert not is_person("Rallye Monte-Carlo Historique") and not is_person("Paris La Défense Arena")
    assert is_person("Monte Carlo Rossi")


def test_the_fourteenth_walks_partner_is_from_elsewhere_than_the_one_spoken_of() -> None:
    before = ["Le titre revient à Paul Roy et Marc Vidal.", "Le Lillois de 23 ans a brillé."]
    text = "Son coéquipier, âgé de 20 ans et originaire de Rouen, découvrait le GT4."
    at = text.index("Rouen")
    assert someone_elses_origin("Paul Roy", text, at, "GT4", before)
    assert not someone_elses_origin("Marc Vidal", text, at, "GT4", before)


RACES_AND_POLES = (
    "Nogaro, 5 octobre 2025 – Deux courses au programme.\n\n"
    "Course 1 (samedi, 17 tours) : Paul Roy s'impose. Castel avait signé la pole en 1 min 38,901 s.\n\n"
    "Course 2 (dimanche) : Marc Vidal gagne devant Luc Blanc."
)


@pytest.mark.parametrize(
    ("span", "question", "short"),
    [
        # another race's pole is no answer; its own is
        ("Castel", "Qui a signé la pole de la course 2 ?", None),
        ("Castel", "Qui a signé la pole de la course 1 ?", "Castel"),
        ("Castel", "Who took pole position for Race 2?", None),
    ],
)
def test_the_fourteenth_walks_pole_of_another_race_answers_no_other(
    span: str, question: str, short: str | None
) -> None:
    """A fourteenth walk answered the pole of race 2 with race 1's, three times (French and
    English): a feat asked of a race is said in its paragraph (``binding.another_race_before``)."""
    _assert_short(_read_at(RACES_AND_POLES, span, question), short)


@pytest.mark.parametrize(
    ("text", "span", "question", "short"),
    [
        # a class known by its name alone, however the question names it
        (
            "Course 1 : la Ferrari n°25 de Team Rouge, partagée par Paul Roy et Luc Blanc, s'est imposée en Pro.\n\n"
            "En Silver Cup, la McLaren n°59 a fini première de sa catégorie.",
            "Paul Roy",
            "Qui a gagné la Silver Cup en course 1 ?",
            None,
        ),
        (
            "La finale MX1 se disputait sur 20 minutes plus deux tours.",
            "20 minutes",
            "Combien de temps durait la finale MX2 ?",
            None,
        ),
        (
            "La finale MX1 se disputait sur 20 minutes plus deux tours.",
            "20 minutes",
            "Combien de temps durait la finale MX1 ?",
            "20 minutes",
        ),
        # the class asked said bare in the sentence ("the PRO standings"), after another class
        (
            "In the Cup PRO class, Lopez won.\n\nIn the Cup 2 class, Hale won Race 1.\n\n"
            "After four rounds, Lopez leads the PRO standings with 204 points.",
            "Lopez leads",
            "Who leads the Cup PRO standings?",
            "Lopez",
        ),
    ],
)
def test_the_fourteenth_walks_class_asked_by_its_name(text: str, span: str, question: str, short: str | None) -> None:
    """A fourteenth walk answered the Silver Cup's winner with the Pro class's, the SX2 final's
    length with the SX1's and the SX2 second with the SX1 list's: a class known by its name
    ("Silver", "SX2", "Junior") is asked however the question names it, and named in a class's
    final ("la finale SX1") or English name ("In the EuroNASCAR 2 class")."""
    answer = _read_at(text, span, question)
    if short is not None and short != span:
        assert answer.short_answer is not None and answer.short_answer.text.startswith(short), answer.text
    else:
        _assert_short(answer, short)


def test_the_fourteenth_walks_classes_are_named_in_a_final_and_in_english() -> None:
    assert {name for _, name in classes_named("la finale SX1 ; In the EuroNASCAR 2 class")} == {"SX1", "EuroNASCAR 2"}


def test_the_fourteenth_walks_last_year_is_asked_and_said() -> None:
    """A fourteenth walk answered "Qui avait gagné … l'an dernier ?" with this year's winners,
    "Quel était le budget en 2024 ?" with 2025's, and gave last year's winners for this year's
    (a dated release only)."""
    text = (
        "Monaco, 4 février 2026 – Le rallye a couronné Paul Roy et Marc Vidal. "
        "L'an dernier, la victoire était revenue à Luc Blanc et Jean Morel. "
        "Le budget s'est élevé à 1,8 million d'euros."
    )

    def ask(span: str, question: str):  # -> Answer
        hit = _dated_hit(text, span, "rallye.txt", "2026-02-04")
        return compose_read(question, read_rank([hit], CALIBRATION), 0.5)

    _assert_short(ask("Paul Roy et Marc Vidal", "Qui avait gagné le rallye l'an dernier ?"), None)
    won = ask("Luc Blanc et Jean Morel", "Qui avait gagné le rallye l'an dernier ?")
    assert won.short_answer is not None and "Luc Blanc" in won.short_answer.text, won.text
    _assert_short(ask("Luc Blanc et Jean Morel", "Qui a remporté le rallye ?"), None)
    _assert_short(ask("1,8 million d'euros", "Quel était le budget de l'équipe en 2024 ?"), None)
    _assert_short(ask("1,8 million d'euros", "Quel était le budget de l'équipe en 2026 ?"), "1,8 million d'euros")


def test_the_fourteenth_walks_successor_not_yet_named() -> None:
    assert undisclosed(
        "Qui remplacera Léa Morin chez Azur Racing ?",
        "Azur Racing n'a pas encore annoncé le nom du pilote qui lui succédera dans son équipage.",
    )
    assert not undisclosed(
        "Qui remplacera Léa Morin chez Azur Racing ?", "Azur Racing a choisi Paul Roy pour lui succéder."
    )


@pytest.mark.parametrize(
    ("text", "span", "question", "short"),
    [
        # the cause after "après", "en raison de", "because of"; not a while
        (
            "La course a été neutralisée pendant quatre tours après la sortie de piste de Paul Roy au virage du Pont.",
            "neutralisée pendant quatre tours",
            "Pourquoi la course a-t-elle été neutralisée ?",
            "sortie de piste de Paul Roy au virage du Pont",
        ),
        (
            "La Yamaha n°7 a abandonné en raison d'une casse moteur, à la 12e heure.",
            "abandonné",
            "Pourquoi la Yamaha n°7 a-t-elle abandonné ?",
            "une casse moteur",
        ),
        (
            "The car retired because of a puncture on lap 12.",
            "car retired",
            "Why did the car retire?",
            "puncture on lap 12",
        ),
        (
            "La Yamaha n°7 a abandonné après 12 tours.",
            "abandonné",
            "Pourquoi la Yamaha n°7 a-t-elle abandonné ?",
            "abandonné",
        ),
        # a span in the cause already stays
        (
            "La course a été neutralisée après la sortie de piste de Paul Roy.",
            "sortie de piste de Paul Roy",
            "Pourquoi la course a-t-elle été neutralisée ?",
            "sortie de piste de Paul Roy",
        ),
        # a span saying other words than the question's stays (PIAF's)
        (
            "Elles savent à quel point les obstacles sont multiples, parce qu'elles connaissent la loi.",
            "à quel point les obstacles sont multiples",
            "Pourquoi la femme ne porte-t-elle pas plainte ?",
            "à quel point les obstacles sont multiples",
        ),
    ],
)
def test_the_fourteenth_walks_why_is_answered_by_the_cause(text: str, span: str, question: str, short: str) -> None:
    """A fourteenth walk answered why the safety car came out with the event ("neutralisée par la
    voiture de sécurité pendant quatre tours"), not its cause said after "après"."""
    _assert_short(_read_at(text, span, question), short)


@pytest.mark.parametrize(
    ("text", "span", "question", "short"),
    [
        # a margin is no tally of points, unless a margin is asked
        (
            "Paul Roy est sacré champion avec trois points d'avance.",
            "trois",
            "Combien de points Paul Roy a-t-il marqués ?",
            None,
        ),
        (
            "Paul Roy est sacré champion avec trois points d'avance.",
            "trois",
            "Avec combien de points d'avance Paul Roy est-il sacré ?",
            "trois",
        ),
        # a headline sharing the wins names no race's winner
        (
            "Clio Cup : Paul Roy et Luc Blanc se partagent les victoires à Nogaro",
            "Paul Roy et Luc Blanc",
            "Qui a gagné la course 2 ?",
            None,
        ),
        (
            "Clio Cup : Paul Roy et Luc Blanc se partagent les victoires à Nogaro",
            "Paul Roy et Luc Blanc",
            "Qui a gagné à Nogaro ?",
            "Paul Roy et Luc Blanc",
        ),
        # a class's winner is not the race's when no class is asked
        (
            "En catégorie Gentleman, Jean Morel a remporté la course 1 et Marc Vidal la course 2.",
            "Marc Vidal",
            "Qui a gagné la course 2 ?",
            None,
        ),
        (
            "En catégorie Gentleman, Jean Morel a remporté la course 1 et Marc Vidal la course 2.",
            "Marc Vidal",
            "Qui a gagné la course 2 en catégorie Gentleman ?",
            "Marc Vidal",
        ),
    ],
)
def test_the_fourteenth_walks_margins_headlines_and_classes(
    text: str, span: str, question: str, short: str | None
) -> None:
    """A fourteenth walk gave "trois points d'avance" for a champion's points, a headline naming
    both races' winners for race 2's, and the Gentleman class's winner for race 2's."""
    _assert_short(_read_at(text, span, question), short)


@pytest.mark.parametrize(
    ("span", "question", "short"),
    [
        ("1 500 à 4 000", "Combien de places compteront les tribunes après les travaux ?", "4 000"),
        ("1 500 à 4 000", "Combien de places comptent les tribunes avant les travaux ?", "1 500"),
        ("1 500 à 4 000", "Quelle est la capacité actuelle des tribunes ?", "1 500"),  # now, of a change to come
        ("1 500 à 4 000", "What was the grid increased to?", "4 000"),
        ("trois à cinq", "Combien de voitures l'équipe alignera-t-elle ?", "cinq"),
    ],
)
def test_the_fourteenth_walks_value_changed_is_the_one_asked(span: str, question: str, short: str) -> None:
    """A fourteenth walk gave "3 000 à 5 500", "100 à 95 décibels", "deux à quatre" for the value
    after a change: the one asked, after it unless the value before is asked."""
    text = f"La capacité des tribunes passera de {span} places et l'équipe passera de trois à cinq voitures."
    _assert_short(_read_at(text, span, question), short)


def test_the_fourteenth_walks_other_measures_answer_no_count_nor_price() -> None:
    """A fourteenth walk gave "44" of "la BMW n°44" for its laps, "2 400 m²" for what a building
    will cost and "douze courses" for a car's price: a number is no count, "coûtera" and "le
    prix d'une" ask money (no award is "le prix d'une …")."""
    text = "En Superstock, la victoire revient à la BMW M 1000 RR n°44 de Moto Ain Racing."
    _assert_short(_read_at(text, "44", "Combien de tours a bouclés la BMW victorieuse ?"), None)
    assert expected_type("Combien coûtera le nouveau bâtiment ?") == "money"
    assert expected_type("Quel est le prix d'une Alpine A110 GT4 ?") == "money"
    assert expected_type("Quel prix a-t-il reçu en 1990 ?") != "money"
    text = "Un nouveau bâtiment de 2 400 m² abritera les stands."
    _assert_short(_read_at(text, "2 400 m²", "Combien coûtera le nouveau bâtiment ?"), None)


def test_the_fourteenth_walks_class_sentences_and_leads_kept_to_the_flag() -> None:
    """A fourteenth walk gave the Silver Cup's winner for which team won race 2 (no class asked),
    and no winner was read in "a résisté jusqu'au drapeau à damier"; a review: a driver's surname
    is no team."""
    text = (
        "Course 2 : la Ferrari n°8 de Team Rouge, pilotée par Paul Roy, s'est imposée en Pro.\n\n"
        "En Silver Cup, la victoire est revenue à Luc Blanc (Lumen Racing)."
    )
    answer = _read_at(text, "Luc Blanc", "Qui a gagné la course 2 ?")
    assert answer.short_answer is None or "Luc Blanc" not in answer.short_answer.text, answer.text
    _assert_short(_read_at(text, "Luc Blanc", "Qui a gagné la course 2 en Silver Cup ?"), "Luc Blanc")
    sentence = "Perrin en a profité pour prendre la tête et a résisté jusqu'au drapeau à damier."
    assert placing_of(sentence, 0, len("Perrin")) == 1
    sentence = "Garnier a conservé l'avantage jusqu'à l'arrivée."
    assert placing_of(sentence, 0, len("Garnier")) == 1
    sentence = "Partis de Reims, les Champenois ont pris la tête lors de la deuxième nuit."  # no second place
    assert placing_of(sentence, 17, 31) is None
    text = "Garnier a conservé l'avantage jusqu'au drapeau en LMP3. Le Français Pierre-Louis Garnier jubile."
    _assert_short(_read_at(text, "Garnier", "Quelle équipe a gagné en LMP3 ?"), None)


def test_the_fourteenth_walks_pronouns_surnames_and_adjectives_of_things() -> None:
    """A fourteenth walk gave Pauline Sarrat "Il n'a que 17 ans" (Théo Lamarque's, named the
    sentence before) and "Le Niçois de 30 ans" (Bérard's, named by his surname alone as a verb's
    subject), and Mathilde Rouvier "sarthoise" of "la classique sarthoise"."""
    before = ["Le meilleur junior du week-end est Théo Lamarque (GPA Racing), sixième des deux courses."]
    sentence = "Il n'a que 17 ans."
    at = sentence.index("17 ans")
    assert someone_elses_age("Pauline Sarrat", sentence, at, at + 6, "Clio Cup", before)
    assert not someone_elses_age("Théo Lamarque", sentence, at, at + 6, "Clio Cup", before)
    before = ["À la relance, Bérard a pris le meilleur sur Hugo Mestre (Team Lamotte) et a conservé la tête."]
    sentence = "Le Niçois de 30 ans signe sa troisième victoire de la saison."
    at = sentence.index("30 ans")
    assert someone_elses_age("Pauline Sarrat", sentence, at, at + 6, "Clio Cup", before)
    assert not someone_elses_age("Nicolas Bérard", sentence, at, at + 6, "Clio Cup", before)
    text = "Les 24 Heures du Mans seront sa deuxième participation à la classique sarthoise."
    _assert_short(_read_at(text, "sarthoise", "D'où vient Léa Morin ?"), None)
    text = "Léa Morin, la pilote sarthoise, a signé."
    _assert_short(_read_at(text, "sarthoise", "D'où vient Léa Morin ?"), "sarthoise")


def test_the_fourteenth_walks_age_then_read_from_a_span_opening_on_the_noun() -> None:
    """A fourteenth walk's conversation gave "âge de neuf ans" (of "à l'âge de neuf ans") for how
    old she is."""
    text = "Originaire d'Auch, elle avait découvert la course sur ce circuit, à l'âge de neuf ans."
    _assert_short(_read_at(text, "âge de neuf ans", "Quel âge a Pauline Sarrat ?"), None)
    asked_then = _read_at(text, "âge de neuf ans", "À quel âge Pauline Sarrat a-t-elle découvert la course ?")
    assert asked_then.answered, asked_then.text


@pytest.mark.parametrize(
    ("text", "span", "question", "short"),
    [
        # a place kept to the end is no win
        (
            "Luc Blanc a gagné la course 2. Paul Roy a tenu la deuxième place jusqu'à l'arrivée.",
            "Paul Roy",
            "Qui a terminé deuxième ?",
            "Paul Roy",
        ),
        # a cause said by the span itself, an explicit cause over "après", no moment
        (
            "Paul Roy a été pénalisé de dix secondes pour avoir coupé la chicane après la relance.",
            "pénalisé de dix secondes pour avoir coupé la chicane",
            "Pourquoi Paul Roy a-t-il été pénalisé ?",
            "pénalisé de dix secondes pour avoir coupé la chicane",
        ),
        (
            "La voiture de sécurité est intervenue après le départ, en raison d'un carambolage au premier virage.",
            "voiture de sécurité est intervenue après le départ",
            "Pourquoi la voiture de sécurité est-elle intervenue ?",
            "un carambolage au premier virage",
        ),
        (
            "La Yamaha n°7 a abandonné après six tours.",
            "abandonné",
            "Pourquoi la Yamaha a-t-elle abandonné ?",
            "abandonné",
        ),
        # real origins after a noun of a person; a class in other words; a car shared
        ("Le motard nantais Paul Roy a gagné.", "nantais", "D'où vient Paul Roy ?", "nantais"),
        (
            "Dans la catégorie reine, Paul Roy s'est imposé devant Luc Blanc.",
            "Paul Roy",
            "Qui a gagné le Grand Prix de France ?",
            "Paul Roy",
        ),
        (
            "Paul Roy et Luc Blanc, qui se partagent le volant de la Porsche n°12, ont remporté la course 2.",
            "Paul Roy et Luc Blanc",
            "Qui a remporté la course 2 ?",
            "Paul Roy et Luc Blanc",
        ),
        (
            "Paul Roy est sacré champion avec trois points d'avance sur Luc Blanc.",
            "trois",
            "Combien de points Paul Roy a-t-il de plus que Luc Blanc ?",
            "trois",
        ),
        (
            "Chez les juniors, Paul Roy s'impose devant Luc Blanc.\n\nEn Senior, Marc Vidal gagne.",
            "Paul Roy",
            "Qui a gagné en Junior ?",
            "Paul Roy",
        ),
        (
            "L'équipe Penske, fondée par Roger Penske, a remporté les 500 Miles d'Indianapolis.",
            "Penske",
            "Quelle équipe a remporté les 500 Miles d'Indianapolis ?",
            "Penske",
        ),
        # a value now after a past change; no change in a passion
        (
            "La capacité des tribunes est passée de 3 000 à 5 500 places en 2020.",
            "3 000 à 5 500",
            "Quelle est la capacité actuelle des tribunes ?",
            "5 500",
        ),
        (
            "Paul Roy, passionné de course à pied, a gagné.",
            "course à pied",
            "Quelle est la passion de Paul Roy ?",
            "course à pied",
        ),
        (
            "Paul Roy remporte la course 2 (5,3 s devant Luc Blanc).",
            "5,3 s",
            "Quel était l'écart entre Paul Roy et Luc Blanc dans la course 2 ?",
            "5,3 s",
        ),
        (
            "En 1453, les Français remportent la bataille de Castillon.",
            "les Français",
            "Qui remporte la bataille de Castillon ?",
            "les Français",
        ),
    ],
)
def test_a_reviews_cousins_of_the_fourteenth_walks_kinds(text: str, span: str, question: str, short: str) -> None:
    """A review of the fourteenth walk's rules found each of these answered by the code before
    them and refused or answered wrong after them."""
    _assert_short(_read_at(text, span, question), short)


def test_a_reviews_cousins_of_the_fourteenth_walks_people_and_years() -> None:
    """A review: a verb's subject opening its sentence is no surname ("Alpine a confirmé"); a
    pronoun after two people is no one's; a preview answers the year after its date."""
    before = ["Alpine a confirmé l'arrivée de Paul Roy pour la saison."]
    sentence = "Le Nantais de 26 ans remplacera Luc Blanc."
    at = sentence.index("26 ans")
    assert not someone_elses_age("Paul Roy", sentence, at, at + 6, "Communiqué", before)
    before = ["Paul Roy fait équipe avec Léa Morin cette saison."]
    sentence = "Elle n'a que 17 ans."
    assert not someone_elses_age("Léa Morin", sentence, 13, 19, "Communiqué", before)
    text = "Paris, 10 décembre 2025 – Le budget de Team Rouge s'élèvera à 2 millions d'euros."
    hit = _dated_hit(text, "2 millions d'euros", "rouge.txt", "2025-12-10")
    preview = compose_read("Quel sera le budget de Team Rouge en 2026 ?", read_rank([hit], CALIBRATION), 0.5)
    assert preview.short_answer is not None and preview.short_answer.text == "2 millions d'euros", preview.text


def test_a_series_a_title_names_and_a_class_named_later_are_no_other_class() -> None:
    """The twelfth walk's "Où se disputera le prochain Grand Prix MXGP ?" (the series its title
    names, an MX2 sentence before the answer) and the eleventh walk's "Combien de points compte
    Clément Vasseur au championnat Moto2 ?" (its title "Moto2 – Grand Prix d'Italie", "MotoGP"
    named after the answer) were refused once a class's name alone was asked."""
    assert (
        class_asked("Où se disputera le prochain Grand Prix MXGP ?", [], ["MXGP de France : Ferrandi gagne"]) == set()
    )
    assert class_asked("Qui a gagné en MX2 ?", [], ["MXGP de France : Ferrandi gagne"]) == {"MX2"}
    sentence = "Au championnat, Clément Vasseur pointe au sixième rang avec 71 points."
    after = "Il vise la MotoGP. Son rêve : courir en MotoGP."
    title = "Moto2 – Grand Prix d'Italie : deuxième podium pour Clément Vasseur"
    assert not another_class_said("", sentence, sentence.index("71"), {"Moto2"}, after, title)
    assert another_class_said("", sentence, sentence.index("71"), {"Moto2"}, after, "Grand Prix d'Italie")


def test_a_headline_naming_a_class_among_others_is_no_single_class_release() -> None:
    """The fourteenth walk rerun: "Supercross de Paris : Lucas Perrin sacré Roi de Paris, Noa
    Guérin intouchable en SX2" made every sentence of the release SX2's, the SX1 final's too."""
    before = "Dimanche, Carter a réalisé le holeshot de la finale SX1."
    sentence = "Perrin a résisté jusqu'au drapeau à damier, avec 1,9 s d'avance sur Brooks."
    title = "Supercross de Paris : Lucas Perrin sacré Roi de Paris, Noa Guérin intouchable en SX2"
    assert another_class_said(before, sentence, sentence.index("Brooks"), {"SX2"}, "", title)


@pytest.mark.parametrize(
    ("text", "span", "question", "short"),
    [
        # the cause first after the span, no moment, no "for" of a while
        (
            "The safety car was deployed for three laps after Castel's crash at Turn 1.",
            "The safety car was deployed",
            "Why was the safety car deployed?",
            "Castel's crash at Turn 1",
        ),
        (
            "Racing for Red Bull, Max Verstappen retired after a hydraulic failure on lap 12.",
            "Max Verstappen retired",
            "Why did Max Verstappen retire?",
            "hydraulic failure on lap 12",
        ),
        (
            "The race was red-flagged after the first lap following a multi-car pile-up at Turn 3.",
            "race was red-flagged",
            "Why was the race red-flagged?",
            "multi-car pile-up at Turn 3",
        ),
        # the value now of a change to come; a value asked after the change in the past tense
        (
            "La capacité des tribunes passera de 3 000 à 5 500 places en 2027.",
            "3 000 à 5 500",
            "Quelle est la capacité actuelle des tribunes ?",
            "3 000",
        ),
        ("The grid was increased from 20 to 24 cars.", "20 to 24", "What was the grid increased to?", "24"),
        ("Le plateau passera de trente à quarante voitures.", "trente à quarante", "Combien de voitures ?", "quarante"),
        # a race's length in its heading's bracket, a class's sentence in small letters
        (
            "Course 1 (25 minutes) : Dupont s'impose avec 2,3 s d'avance sur Martin.",
            "25 minutes",
            "Quel était l'écart dans la course 1 ?",
            "2,3 s",
        ),
        (
            "Course 2 : Paul Roy s'impose devant Léa Morin. En catégorie junior, Lucas Perrin remporte la course 2.",
            "Lucas Perrin",
            "Qui a gagné la course 2 ?",
            "Paul Roy",
        ),
        # a thing's adjective; wins shared in other words
        (
            "Mathilde Rouvier a brillé lors du rendez-vous auvergnat.",
            "auvergnat",
            "D'où vient Mathilde Rouvier ?",
            None,
        ),
        (
            "Sarrat and Bérard share the two race wins at Nogaro. Race 2 went to Bérard ahead of Sarrat.",
            "Sarrat and Bérard",
            "Who won race 2?",
            None,  # the headline's pair is no race's winner (refused, as before the rules)
        ),
    ],
)
def test_a_second_reviews_cousins_of_the_fourteenth_walks_kinds(
    text: str, span: str, question: str, short: str | None
) -> None:
    """A second review of the mends: each of these was answered right before them and wrong after."""
    answer = _read_at(text, span, question)
    if short is not None and short != span and answer.short_answer is not None:
        assert short in answer.short_answer.text, answer.text
    else:
        _assert_short(answer, short)


def test_a_second_reviews_cousins_of_pronouns_surnames_and_titles() -> None:
    before = ["Le meilleur junior est Théo Lamarque.", "Il a signé la pole le matin."]
    assert someone_elses_age("Pauline Sarrat", "Il n'a que 17 ans.", 13, 19, "Communiqué", before)
    before = ["Pauline Sarrat a signé la pole.", "Bérard a pris le meilleur au départ."]
    sentence = "Le Niçois de 30 ans n'a plus été inquiété."
    assert someone_elses_age("Pauline Sarrat", sentence, 12, 18, "Communiqué", before)
    title = "SX1 : Bérard s'impose à Lyon, Noa Guérin intouchable en SX2"
    sentence = "Il a devancé Paul Roy de 4 secondes."
    assert another_class_said("En SX2, Noa Guérin a dominé la finale. ", sentence, 13, {"SX1"}, "", title)


@pytest.mark.parametrize(
    ("subject", "before", "sentence", "value", "elses"),
    [
        # a description saying a win is the winner's, past a sentence naming the third
        (
            "Kévin Marchetti",
            [
                "Course 1 : Kévin Marchetti (Yamaha R1) a remporté la première course devant Adrien Lacoste.",
                "Pierre Servant (Kawasaki) complète le podium.",
            ],
            "Le Marseillais de 27 ans signe sa cinquième victoire de la saison.",
            "27 ans",
            False,
        ),
        (
            "Pierre Servant",
            [
                "Course 1 : Kévin Marchetti (Yamaha R1) a remporté la première course devant Adrien Lacoste.",
                "Pierre Servant (Kawasaki) complète le podium.",
            ],
            "Le Marseillais de 27 ans signe sa cinquième victoire de la saison.",
            "27 ans",
            True,
        ),
        # past a sentence of the winner saying no win ("a résisté … à la pression de"), not to
        # the lede's winner of another race (the thirteenth walk's rerun)
        (
            "Arthur Descamps",
            [
                "Arthur Descamps remporte la course 2.",
                "Course 1 : parti de la pole, Berthaud a résisté pendant 30 minutes à la pression de Kévin Lacaze.",
            ],
            "Le Toulousain de 23 ans s'impose avec 0,612 s d'avance.",
            "23 ans",
            True,
        ),
        # a description saying no win is still the one named last before
        (
            "Pierre Servant",
            [
                "Course 1 : Kévin Marchetti a remporté la première course devant Adrien Lacoste.",
                "Pierre Servant complète le podium.",
            ],
            "Le Béarnais de 31 ans roule à domicile.",
            "31 ans",
            False,
        ),
        # ", et Julien Soulé (Honda …)." ends a list: no clause of its own
        (
            "Adrien Lacoste",
            [
                "Course 2 : Adrien Lacoste s'impose devant Marchetti, à 0,211 s, "
                "et Julien Soulé (Honda CBR, Soulé Motorsport)."
            ],
            "Le pilote de 33 ans signe sa deuxième victoire de l'année.",
            "33 ans",
            False,
        ),
        # a clause with words of its own still has its own subject
        (
            "Adrien Lacoste",
            ["Adrien Lacoste s'impose, et Julien Soulé décroche la troisième place."],
            "Le pilote de 33 ans découvrait le podium.",
            "33 ans",
            True,
        ),
        # "Âgé de 19 ans, ce dernier": the one named last before, not the sentence's subject
        (
            "Enzo Guyot",
            ["En Pro 2, la manche est revenue à Enzo Guyot.", "Le champion est Tristan Morin, sacré devant Guyot."],
            "Âgé de 19 ans, ce dernier disputait sa première saison.",
            "19 ans",
            False,
        ),
        (
            "Tristan Morin",
            ["En Pro 2, la manche est revenue à Enzo Guyot.", "Le champion est Tristan Morin, sacré devant Guyot."],
            "Âgé de 19 ans, ce dernier disputait sa première saison.",
            "19 ans",
            True,
        ),
        # a class's heading is no one ("Catégorie Électrique :")
        (
            "Anaïs Barrère",
            ["Catégorie Électrique : Anaïs Barrère (Andros E-Racer) l'emporte devant Pau Ferrer."],
            "La Pyrénéenne de 27 ans, originaire de Bagnères-de-Bigorre, signe sa première victoire.",
            "27 ans",
            False,
        ),
    ],
)
def test_the_fifteenth_walks_descriptions_stand_for_the_one_meant(
    subject: str, before: list[str], sentence: str, value: str, elses: bool
) -> None:
    """A fifteenth walk, held out, gave the winner's "Le Marseillais de 27 ans" to the third named
    after him, the winner's "Le pilote de 33 ans" to the last of a list (", et Julien Soulé (…)")
    and "Âgé de 19 ans, ce dernier" to the champion named before Guyot; and read "Catégorie
    Électrique" as a person."""
    at = sentence.index(value)
    title = "FSBK : Kévin Marchetti reprend la tête du championnat de France Superbike"
    assert someone_elses_age(subject, sentence, at, at + len(value), title, before) is elses


def test_the_fifteenth_walks_classes_and_headings_are_no_people() -> None:
    assert not is_person("Catégorie Électrique") and not is_person("France Superbike")


def test_the_fifteenth_walks_names_opening_as_an_article_are_asked() -> None:
    """ "D'où vient Lena Hofmann ?" was read as asking where "Hofmann" comes from, "Le" "na" an
    article and its noun."""
    assert origin_subject("D'où vient Lena Hofmann ?") == "Lena Hofmann"
    assert age_subject("Quel âge a Laurent Dupont ?") == "Laurent Dupont"
    assert origin_subject("D'où vient le pilote Marc Roy ?") == "Marc Roy"


@pytest.mark.parametrize(
    ("subject", "before", "sentence", "value", "elses"),
    [
        # the one opening the last clause of a pronoun's sentence
        (
            "Lena Hofmann",
            ["Il s'impose avec 0,972 s d'avance sur Álvaro Ruiz, tandis que Lena Hofmann complète le podium."],
            "L'Allemande, 18 ans, monte sur son premier podium.",
            "Allemande",
            False,
        ),
        (
            "Esteban Morel",
            [
                "Esteban Morel a remonté ses adversaires un à un.",
                "Il s'impose avec 0,972 s d'avance sur Álvaro Ruiz, tandis que Lena Hofmann complète le podium.",
            ],
            "L'Allemande, 18 ans, monte sur son premier podium.",
            "Allemande",
            True,
        ),
        # and of a sentence naming its subject
        (
            "Lena Hofmann",
            ["Esteban Morel s'impose, tandis que Lena Hofmann complète le podium."],
            "L'Allemande, 18 ans, monte sur son premier podium.",
            "Allemande",
            False,
        ),
        # who spoke a quote
        (
            "Fabien Castagné",
            ["Fabien Castagné a effectué le relais final."],
            "« Nous avons vécu quatre heures de stress », a expliqué le Toulonnais de 52 ans.",
            "Toulonnais",
            False,
        ),
        (
            "Didier Roux",
            ["Fabien Castagné a effectué le relais final."],
            "« Nous avons vécu quatre heures de stress », a expliqué le Toulonnais de 52 ans.",
            "Toulonnais",
            True,
        ),
    ],
)
def test_the_fifteenth_walks_demonyms_stand_for_the_one_meant(
    subject: str, before: list[str], sentence: str, value: str, elses: bool
) -> None:
    """A fifteenth walk gave "L'Allemande, 18 ans" to the winner of a sentence opening with "Il"
    (whose last clause names her) and found no origin in "a expliqué le Toulonnais de 52 ans"."""
    assert someone_elses_origin(subject, sentence, sentence.index(value), "Bol d'Or Classic", before) is elses


@pytest.mark.parametrize(
    ("subject", "elses"),
    [("Ciarán Doyle", False), ("Julie Cazaux", True)],
)
def test_the_fifteenth_walks_age_after_a_bracket_is_the_named_ones(subject: str, elses: bool) -> None:
    """ "l'Irlandais Ciarán Doyle (Merlyn Mk20), 26 ans, devant Julie Cazaux": his, not hers (a
    fifteenth walk refused his and gave it to her)."""
    sentence = "La course du samedi est revenue à l'Irlandais Ciarán Doyle (Merlyn Mk20), 26 ans, devant Julie Cazaux."
    at = sentence.index("26 ans")
    assert someone_elses_age(subject, sentence, at, at + 6, "Pau", []) is elses


@pytest.mark.parametrize(
    ("text", "span", "question", "short"),
    [
        # a team in brackets is no town; a first name ending as a demonym is none
        (
            "Course 1 : Esteban Morel (Race Lab) s'est imposé. Le Grenoblois de 20 ans a devancé Jarno Peeters.",
            "Race Lab",
            "D'où vient Esteban Morel ?",
            "Grenoblois",
        ),
        (
            "Classement : 1. Kévin Marchetti, 162 points ; 2. Adrien Lacoste, 158.",
            "Adrien Lacoste",
            "D'où vient Kévin Marchetti ?",
            None,
        ),
    ],
)
def test_the_fifteenth_walks_origin_is_no_team_nor_name(text: str, span: str, question: str, short: str | None) -> None:
    """A fifteenth walk answered where Esteban Morel comes from with his team "Race Lab" and
    where Kévin Marchetti does with "Adrien Lacoste" ("Adrien" read as a demonym)."""
    _assert_short(_read_at(text, span, question), short)


def _read_headline(title: str, first: str, body: str, question: str, body_span: str):  # -> Answer
    """A release read as two passages: its headline and ``first`` paragraph with the reader sure of
    the title's first name, and its ``body`` with the reader less sure of ``body_span``."""
    head = title + "\n\nArnos, le 13 juillet 2025 – Le championnat disputait sa quatrième épreuve.\n\n" + first
    name = title.split(" : ")[1]
    name = " ".join(name.split()[:2])
    at, b = head.index(name), body.index(body_span)
    hits = [
        _split_hit(head, 1.0, Reading(6.0, at, at + len(name), 3.0), title=title),
        _split_hit(body, 0.9, Reading(2.0, b, b + len(body_span), 1.0), title=title),
    ]
    return compose_read(question, read_rank(hits, CALIBRATION), 0.5)


HEADLINE = "FSBK : Kévin Marchetti reprend la tête du championnat à Pau-Arnos"
RACE_1 = "Superbike, course 1 (samedi) : Kévin Marchetti a remporté la première course devant Adrien Lacoste."
RACE_2 = "Superbike, course 2 (dimanche) : la course a été arrêtée. Le classement : Adrien Lacoste s'impose."
SMALL_FINAL = "Dans la petite finale, Léa Bernier a dominé Kevin Dubreuil. En Pro 2, Enzo Guyot gagne."


@pytest.mark.parametrize(
    ("title", "body", "question", "body_span", "short"),
    [
        # the meeting's headline is no other race's answer
        (
            HEADLINE,
            RACE_2,
            "Qui a gagné la course 2 Superbike à Pau-Arnos ?",
            "Adrien Lacoste s'impose",
            "Adrien Lacoste",
        ),
        (HEADLINE, RACE_2, "Who won Race 2 at Pau-Arnos?", "Adrien Lacoste s'impose", "Adrien Lacoste"),
        (HEADLINE, RACE_2, "Qui a gagné à Pau-Arnos ?", "Adrien Lacoste s'impose", "Kévin Marchetti"),
        # a headline naming the race asked, or a double, answers it
        (
            HEADLINE.replace("reprend la tête du championnat", "gagne la course 2"),
            RACE_2,
            "Qui a gagné la course 2 ?",
            "Adrien Lacoste s'impose",
            "Kévin Marchetti",
        ),
        (
            HEADLINE.replace("reprend la tête du championnat", "signe le doublé"),
            RACE_2.replace("Adrien Lacoste s'impose", "il s'impose encore"),
            "Qui a gagné la course 2 ?",
            "il s'impose encore",
            "Kévin Marchetti",
        ),
        # a side race the body names
        (
            "Drift : Jordan Massé titré à Jonzac",
            SMALL_FINAL,
            "Qui a remporté la petite finale ?",
            "Léa Bernier",
            "Léa Bernier",
        ),
        # a class is the headline's: the main class's champion
        ("Drift : Jordan Massé titré à Jonzac", SMALL_FINAL, "Qui est champion en Pro ?", "Enzo Guyot", "Jordan Massé"),
    ],
)
def test_the_fifteenth_walks_headline_answers_no_other_race(
    title: str, body: str, question: str, body_span: str, short: str
) -> None:
    """A fifteenth walk answered who won race 2 at Pau-Arnos (French and English) with the
    meeting's headline, race 1's winner's, and the drift's small final with the champion."""
    first = RACE_1 if title.startswith("FSBK") else "Finale Pro : Jordan Massé a battu Sofiane Haddou."
    answer = _read_headline(title, first, body, question, body_span)
    assert answer.short_answer is not None and answer.short_answer.text.startswith(short), answer.text


@pytest.mark.parametrize(
    ("text", "span", "question", "short"),
    [
        # the cause before what followed it
        (
            "La course a été interrompue pendant vingt minutes après la sortie de route de Hale au virage du Buisson, "
            "sans conséquence pour le pilote.",
            "sans conséquence pour le pilote",
            "Pourquoi la course a-t-elle été interrompue ?",
            "sortie de route de Hale au virage du Buisson",
        ),
        # a figure is no cause
        (
            "La course, prévue sur 22 tours, a été arrêtée au 16e tour "
            "après la chute de Pierre Servant au virage du Bosquet.",
            "22 tours",
            "Pourquoi la course 2 a-t-elle été arrêtée ?",
            "chute de Pierre Servant au virage du Bosquet",
        ),
        # other words before a cause stay (PIAF's)
        (
            "Elles savent à quel point les obstacles sont multiples, parce qu'elles connaissent la loi.",
            "à quel point les obstacles sont multiples",
            "Pourquoi la femme ne porte-t-elle pas plainte ?",
            "à quel point les obstacles sont multiples",
        ),
    ],
)
def test_the_fifteenth_walks_why_is_answered_by_the_cause(text: str, span: str, question: str, short: str) -> None:
    """A fifteenth walk answered why two races were stopped with what followed the cause ("sans
    conséquence pour le pilote") and with the race's planned length ("sur 22 tours")."""
    _assert_short(_read_at(text, span, question), short)


def test_the_fifteenth_walks_cost_is_the_sum_beside_a_length() -> None:
    """A fifteenth walk answered what a wall will cost with its length ("650 mètres") and then
    with the next sentence's price of a track day: the sentence's own sum answers."""
    text = (
        "Nous allons construire un mur antibruit de 650 mètres, pour un coût de 1,1 million d'euros. "
        "Une journée de roulage coûte aujourd'hui 290 euros."
    )
    _assert_short(_read_at(text, "650 mètres", "Combien coûtera le mur antibruit ?"), "1,1 million d'euros")
    _assert_short(_read_at(text, "290 euros", "Combien coûte une journée de roulage ?"), "290 euros")


def test_the_fifteenth_walks_paragraph_headings_name_classes() -> None:
    """A fifteenth walk gave the Superbike pole for the Supersport's, the Formule 3's pole for the
    Formula Ford's and the Superbike winner for the Supersport's: a paragraph's heading names its
    class; not a title's line, a race's, a list's or a speaker's."""
    text = (
        "FSBK : Kévin Marchetti reprend la tête\n\n"
        "Superbike, course 1 (samedi, 22 tours) : Kévin Marchetti a gagné.\n\n"
        "Course 2 (dimanche) : Lacoste s'impose.\n\n"
        "Supersport : Yanis Ferrer a remporté l'unique course.\n\n"
        "Formula Ford historique : la course est revenue à Ciarán Doyle.\n\n"
        "Classement : 1. Kévin Marchetti, 162 points.\n\n"
        "Nathalie Cabrol : Nous devons rouler.\n\n"
        "Catégorie Électrique : Anaïs Barrère l'emporte."
    )
    assert [name for _, name in classes_named(text, True)] == [
        "Superbike",
        "Supersport",
        "Formula Ford historique",
        "Électrique",
    ]
    assert class_asked("Qui a signé la pole position en Supersport ?", [text]) == {"Supersport"}


@pytest.mark.parametrize(
    ("span", "question", "short"),
    [
        ("Lacoste", "Qui a signé la pole position en Supersport ?", None),
        ("Lacoste", "Qui a signé la pole position en Superbike ?", "Lacoste"),
        ("Yanis Ferrer", "Qui a gagné en Supersport ?", "Yanis Ferrer"),
    ],
)
def test_the_fifteenth_walks_class_of_a_heading_answers_no_other(span: str, question: str, short: str | None) -> None:
    text = (
        "Superbike, course 1 (samedi) : Kévin Marchetti a gagné. La pole revenait à Lacoste.\n\n"
        "Supersport : Yanis Ferrer a remporté l'unique course."
    )
    _assert_short(_read_at(text, span, question), short)


@pytest.mark.parametrize(
    ("question", "subject"),
    [
        ("Quel est le métier de Baptiste Faure ?", "Baptiste Faure"),
        ("Quelle est la profession d'Inès Roche ?", "Inès Roche"),
        ("Que fait Núria Solé dans la vie ?", "Núria Solé"),
        ("Que faisait Nathalie Cabrol avant d'arriver au circuit d'Albi ?", "Nathalie Cabrol"),
        ("What does Arnaud Lequien do for a living?", "Arnaud Lequien"),
        ("What is Arnaud Lequien's job?", "Arnaud Lequien"),
        ("Que fait Bardotto ?", None),  # PIAF's: what he did, no trade
        ("Quel est le métier de Paul Roy et Luc Blanc ?", None),
    ],
)
def test_the_fifteenth_walks_trade_asked_of_someone(question: str, subject: str | None) -> None:
    assert job_subject(question) == subject


@pytest.mark.parametrize(
    ("sentence", "jobs"),
    [
        ("Sa copilote, infirmière à Millau, disputait sa quatrième saison.", ["infirmière à Millau"]),
        ("Il est originaire de Châtellerault et travaille comme kinésithérapeute.", ["kinésithérapeute"]),
        ("L'Andorrane de 45 ans est pharmacienne à Sant Julià de Lòria.", ["pharmacienne à Sant Julià de Lòria"]),
        ("Le Palois de 58 ans, dentiste de profession, a devancé Marco Bellini.", ["dentiste"]),
        ("The Rouennais, 61, is a retired airline pilot and was racing.", ["retired airline pilot"]),
        (
            "Elle était auparavant directrice commerciale du Castres Olympique.",
            ["directrice commerciale du Castres Olympique"],
        ),
        ("Philippe est un chef d'entreprise de 42 ans.", ["chef d'entreprise"]),
        ("Il est le plus jeune pilote du plateau.", []),
    ],
)
def test_the_fifteenth_walks_trades_said(sentence: str, jobs: list[str]) -> None:
    assert [sentence[a:b] for a, b in jobs_said(sentence)] == jobs


@pytest.mark.parametrize(
    ("subject", "before", "sentence", "job", "elses"),
    [
        (
            "Inès Roche",
            ["La victoire revient à Lucas Fabre et Inès Roche."],
            "Sa copilote, infirmière à Millau, a brillé.",
            "infirmière",
            False,
        ),
        (
            "Lucas Fabre",
            ["La victoire revient à Lucas Fabre et Inès Roche."],
            "Sa copilote, infirmière à Millau, a brillé.",
            "infirmière",
            True,
        ),
        (
            "Didier Roux",
            ["Fabien Castagné a effectué le relais final."],
            "Son coéquipier Didier Roux, mécanicien à Aubagne, a préparé le moteur.",
            "mécanicien",
            False,
        ),
        (
            "Fabien Castagné",
            ["Fabien Castagné a effectué le relais final."],
            "Son coéquipier Didier Roux, mécanicien à Aubagne, a préparé le moteur.",
            "mécanicien",
            True,
        ),
        (
            "Sofiane Haddou",
            ["Jordan Massé a battu Sofiane Haddou."],
            "Haddou, 34 ans, est mécanicien à Niort.",
            "mécanicien",
            False,
        ),
        (
            "Jordan Massé",
            ["Jordan Massé a battu Sofiane Haddou."],
            "Haddou, 34 ans, est mécanicien à Niort.",
            "mécanicien",
            True,
        ),
        # not judged: a surname inside the sentence, the one described after (PIAF's)
        (
            "André Bazin",
            ["Jean Stablinski court."],
            "Ils cherchent, et Stablinski contacte le PDG de Sonolor, fabricant de postes, André Bazin.",
            "fabricant",
            False,
        ),
    ],
)
def test_the_fifteenth_walks_whose_trade(subject: str, before: list[str], sentence: str, job: str, elses: bool) -> None:
    assert someone_elses_job(subject, sentence, sentence.index(job), "Communiqué", before) is elses


@pytest.mark.parametrize(
    ("text", "span", "question", "short"),
    [
        # the trade said, not a car's bracket, a class or a quote's words
        (
            "Mathis Delacroix et Baptiste Faure (Adolf RS-Yamaha) gagnent. "
            "Son passager, âgé de 24 ans, travaille comme kinésithérapeute.",
            "Adolf RS-Yamaha",
            "Quel est le métier de Baptiste Faure ?",
            "kinésithérapeute",
        ),
        (
            "Catégorie Dames : la victoire revient à Núria Solé (Dacia Sandero). "
            "L'Andorrane de 45 ans est pharmacienne à Sant Julià.",
            "Catégorie Dames",
            "Quel est le métier de Núria Solé ?",
            "pharmacienne à Sant Julià",
        ),
        # none said of them: refused
        (
            "Fabien Castagné a effectué le relais final. « J'ai simplement pensé à ramener la moto », a-t-il dit.",
            "ramener la moto",
            "Quel est le métier de Fabien Castagné ?",
            None,
        ),
    ],
)
def test_the_fifteenth_walks_trade_is_a_trade_said(text: str, span: str, question: str, short: str | None) -> None:
    """A fifteenth walk answered four people's trades with a car's bracket, a class, a quote's
    words, and refused a fifth's ("Sa copilote, infirmière à Millau")."""
    _assert_short(_read_at(text, span, question), short)


def test_the_fifteenth_walks_title_names_a_heading_class() -> None:
    """ "Who won the Guards Trophy at Oulton Park?" was answered with the Formula Ford's winner:
    a title naming the meeting's race or class that heads a paragraph is no series."""
    title = "Oulton Park Gold Cup: Hughes double in Historic Formula Ford, Lequien takes the Guards Trophy"
    text = (
        "Historic Formula Ford 1600: Callum Hughes (Merlyn Mk20) won both races.\n\n"
        "Guards Trophy: Frenchman Arnaud Lequien (Lotus Elan 26R) took victory in the one-hour race."
    )
    assert class_asked("Who won the Guards Trophy at Oulton Park?", [text], [title]) == {"Guards Trophy"}
    # a series a title names, no paragraph heading it, stays no class asked
    assert (
        class_asked("Où se disputera le prochain Grand Prix MXGP ?", ["En MX2, Paul Roy gagne."], ["MXGP de France"])
        == set()
    )


@pytest.mark.parametrize(
    ("text", "span", "question", "short"),
    [
        # a report's sections are no classes
        (
            "En GT4, la course a été dominée par les Alpine.\n\n"
            "Podium : Paul Roy s'impose devant Luc Blanc et Marc Noir.",
            "Paul Roy",
            "Qui a gagné en GT4 ?",
            "Paul Roy",
        ),
        (
            "GT4 : Paul Roy s'impose à Nogaro.\n\nEssais : Luc Blanc a signé la pole position samedi.",
            "Luc Blanc",
            "Qui a signé la pole position en GT4 ?",
            "Luc Blanc",
        ),
        (
            "In GT4, the race was close.\n\nHighlights: Paul Roy took his first win ahead of Luc Blanc.",
            "Paul Roy",
            "Who won in GT4?",
            "Paul Roy",
        ),
        # a span after "grâce à", or after a colon, is a cause already
        (
            "Après la sortie de la voiture de sécurité, Paul Roy a gagné grâce à une stratégie audacieuse.",
            "une stratégie audacieuse",
            "Pourquoi Paul Roy a-t-il gagné ?",
            "une stratégie audacieuse",
        ),
        (
            "Victime d'un accrochage au départ, Paul Roy a abandonné au dixième tour : son moteur avait surchauffé.",
            "son moteur avait surchauffé",
            "Pourquoi Paul Roy a-t-il abandonné ?",
            "son moteur avait surchauffé",
        ),
        # the sum of a sentence of other things comes after the next one's
        (
            "Le pass trois jours, qui donne accès à la tribune financée par un don de 300 000 euros, "
            "est vendu 60 euros.",
            "tribune",
            "Combien coûte le pass trois jours ?",
            "60 euros",
        ),
        # a trade said of someone else
        (
            "Paul Roy a gagné. Sa mère, infirmière à Pau, était présente dans les tribunes.",
            "infirmière à Pau",
            "Quel est le métier de Paul Roy ?",
            None,
        ),
        (
            "Paul Roy, chauffeur routier, et Luc Blanc, plombier à Tarbes, s'imposent.",
            "plombier à Tarbes",
            "Quel est le métier de Paul Roy ?",
            "chauffeur routier",
        ),
        (
            "Paul Roy a gagné à Pau. « Dans la vie, je suis boulanger à Oloron », sourit le vainqueur.",
            "boulanger à Oloron",
            "Quel est le métier de Paul Roy ?",
            "boulanger à Oloron",
        ),
        (
            "Paul Roy a gagné. « Je suis déçu », a confié le Niçois Luc Blanc, deuxième.",
            "Niçois",
            "D'où vient Paul Roy ?",
            None,
        ),
    ],
)
def test_a_reviews_cousins_of_the_fifteenth_walks_kinds(text: str, span: str, question: str, short: str | None) -> None:
    """A review of the mends: each was answered right before them and wrong after, or would have
    been (sections read as classes, a cause before any span, a sum of another thing, a relative's
    trade, a speaker named after the demonym)."""
    _assert_short(_read_at(text, span, question), short)


def test_a_reviews_cousins_of_the_fifteenth_walks_people() -> None:
    # one placed below the winner after "vainqueur ici l'an dernier" is no winner
    before = ["Paul Roy a remporté la course devant Luc Blanc.", "Marc Noir complète le podium."]
    sentence = "Le Lyonnais de 22 ans, vainqueur ici l'an dernier, doit se contenter de la troisième place."
    assert not someone_elses_age("Marc Noir", sentence, 15, 21, "Rallye", before)
    # a clause of one verb is a clause
    before = ["Paul Roy gagne, mais Luc Blanc chute."]
    assert not someone_elses_age("Luc Blanc", "Le Niçois de 24 ans a mal vécu la course.", 15, 21, "Rallye", before)
    # a job question names a person; "avant la course" asks no trade
    assert job_subject("Quelle est la fonction du DRS ?") is None
    assert job_subject("Que faisait Paul Roy avant la course ?") is None
    assert job_subject("Que faisait Paul Roy avant de devenir pilote ?") == "Paul Roy"


TOUQUET = [
    "Le Touquet, le 16 mars 2025 – La saison s'est ouverte par la victoire de Yannick Delattre et Claire Vasseur "
    "(Citroën C3 Rally2, Team Opale Sport).",
    "Ils devancent de 22,4 s Romain Lheureux et Benoît Carlier et de 47,1 s Arthur Dumesnil et Jade Ternisien.",
]


@pytest.mark.parametrize(
    ("subject", "before", "sentence", "job", "elses"),
    [
        # a crew's pronoun goes back to the crew, past those it beat by a margin
        ("Yannick Delattre", TOUQUET, "Le Boulonnais de 34 ans, chauffagiste de métier, gagne.", "chauffagiste", False),
        ("Romain Lheureux", TOUQUET, "Le Boulonnais de 34 ans, chauffagiste de métier, gagne.", "chauffagiste", True),
        ("Claire Vasseur", TOUQUET, "Sa copilote, professeure des écoles à Montreuil, jubile.", "professeure", False),
        # a crew completing the podium is not the one a partner stands beside
        (
            "Paul Boissonnade",
            [
                "La victoire revient à Julien Séverac et Paul Boissonnade, "
                "qui devancent de 1 min 04,3 s Nicolas Chabrol.",
                "Gaëtan Roumieux et Yves Fabre complètent le podium.",
                "Le Mendois de 38 ans n'avait jamais gagné.",
            ],
            "Son copilote, agriculteur à Langogne, est âgé de 44 ans.",
            "agriculteur",
            False,
        ),
        # a heading's label is no subject
        (
            "Killian Bourdais",
            [
                "Super Buggy : Killian Bourdais (Fouquet SB3) a tout gagné.",
                "Il a devancé Dylan Moreau et Anthony Leray.",
            ],
            "Le Vendéen de 26 ans, éleveur de volailles à Pouzauges, courait chez lui.",
            "éleveur",
            False,
        ),
    ],
)
def test_the_sixteenth_walks_whose_trade(subject: str, before: list[str], sentence: str, job: str, elses: bool) -> None:
    """A sixteenth walk, held out and run once before these, gave three trades to others (a crew
    beaten by a margin, a crew completing the podium, a heading "Super Buggy :" read as a person)."""
    title = "Rallye Le Touquet : Yannick Delattre et Claire Vasseur s'imposent"
    assert someone_elses_job(subject, sentence, sentence.index(job), title, before) is elses


def test_the_sixteenth_walks_trade_after_a_role() -> None:
    text = "La victoire revient à Julien Séverac et Paul Boissonnade. Son copilote, agriculteur à Langogne, a 44 ans."
    _assert_short(
        _read_at(text, "Son copilote, agriculteur", "Que fait Paul Boissonnade dans la vie ?"), "agriculteur à Langogne"
    )


def test_the_fourteenth_walks_rerun_of_trades() -> None:
    """A partner's trade in a passage naming only the one spoken of is not theirs ("…, a souri
    Berthier. Sa copilote, institutrice à Reims, …"); "La 28e édition" places no one below."""
    sentence = "Sa copilote, institutrice à Reims, a ajouté quelques mots."
    before = ["« Turini de nuit, c'est ce qu'on vient chercher », a souri Hervé Berthier."]
    assert someone_elses_job("Hervé Berthier", sentence, 13, "Rallye", before)
    assert not someone_elses_job("Agnès Vallat", sentence, 13, "Rallye", before)
    before = ["La 28e édition s'est achevée par la victoire de Hervé Berthier / Agnès Vallat."]
    assert someone_elses_job("Hervé Berthier", sentence, 13, "Rallye", before)
    assert not someone_elses_job("Agnès Vallat", sentence, 13, "Rallye", before)


def test_the_fifteenth_walks_rerun_of_classes_and_headlines() -> None:
    """The passage read may not hold the asked class's heading ("Supersport :" two paragraphs
    on): a heading is still a class; a headline saying "au terme d'une finale" names no side
    race."""
    sentence = "La pole position revenait à Lacoste en 1 min 20,512 s."
    before = "Superbike, course 1 (samedi, 22 tours) : Kévin Marchetti a remporté la première course. "
    assert another_class_said(before, sentence, 28, {"Supersport"})
    title = "Drift : Jordan Massé titré au terme d'une finale à rebondissements"
    answer = _read_headline(
        title,
        "Finale Pro : Jordan Massé a battu Sofiane Haddou.",
        SMALL_FINAL,
        "Qui a remporté la petite finale ?",
        "Léa Bernier",
    )
    assert answer.short_answer is not None and answer.short_answer.text == "Léa Bernier", answer.text


@pytest.mark.parametrize(
    ("text", "span", "question", "short"),
    [
        # a sum of four figures or more, no space
        (
            "Le pass paddock, réservé aux équipes engagées, coûte 1500 euros pour le week-end.",
            "réservé aux équipes engagées",
            "Combien coûte le pass paddock ?",
            "1500 euros",
        ),
        # a trade in apposition is the one right before it, beaten or not
        (
            "Paul Roy a remporté le rallye de Pau avec Luc Blanc, boulanger à Pau, dans le baquet de droite.",
            "boulanger à Pau",
            "Quel est le métier de Luc Blanc ?",
            "boulanger à Pau",
        ),
        (
            "Paul Roy a remporté le rallye de Pau avec Luc Blanc, boulanger à Pau, dans le baquet de droite.",
            "boulanger à Pau",
            "Quel est le métier de Paul Roy ?",
            None,
        ),
        (
            "Paul Roy devance de 3,2 s Luc Blanc, boulanger à Pau.",
            "boulanger à Pau",
            "Quel est le métier de Luc Blanc ?",
            "boulanger à Pau",
        ),
        (
            "Paul Roy gagne devant Luc Blanc et Marc Noir, boulanger à Pau.",
            "boulanger à Pau",
            "Quel est le métier de Paul Roy ?",
            None,
        ),
        # a speaker heading his answer is the one described after
        (
            "Luc Blanc a terminé deuxième.\n\nPaul Roy : « Je suis ravi de cette victoire. "
            "» Le Marseillais de 27 ans signe sa cinquième victoire.",
            "27 ans",
            "Quel âge a Paul Roy ?",
            "27 ans",
        ),
        # a quote over two sentences: its speaker is the one named before it
        (
            "Luc Blanc a pris le départ. Fabien Castagné a effectué le relais final. « C'était dur. "
            "Le moteur a tenu », a expliqué le Toulonnais de 52 ans.",
            "Toulonnais",
            "D'où vient Luc Blanc ?",
            None,
        ),
        # "Ils devancent Luc Blanc, troisième": the one placed after is named
        (
            "Paul Roy et Marc Noir s'imposent. Ils devancent Luc Blanc, troisième. "
            "Le Niçois de 25 ans complète le podium.",
            "25 ans",
            "Quel âge a Luc Blanc ?",
            "25 ans",
        ),
    ],
)
def test_a_second_reviews_cousins_of_the_fifteenth_walks_kinds(
    text: str, span: str, question: str, short: str | None
) -> None:
    """A second review of the late mends: each was answered right before them and wrong after."""
    _assert_short(_read_at(text, span, question), short)


@pytest.mark.parametrize(
    ("text", "span", "question", "short"),
    [
        # "sur" an incident
        (
            "Lheureux menait de 3,8 s, mais il a perdu vingt-six secondes dans l'ES 9 (Hucqueliers, 21,4 km) "
            "sur une crevaison lente.",
            "vingt-six secondes",
            "Pourquoi Romain Lheureux a-t-il perdu du temps dans l'ES 9 ?",
            "crevaison lente",
        ),
        (
            "La Ligier n°3 de Team Alsace, deuxième à la mi-course, a renoncé au 40e tour "
            "sur une lourde sortie de piste.",
            "40e tour",
            "Pourquoi la Ligier n°3 a-t-elle renoncé ?",
            "lourde sortie de piste",
        ),
        # "après un" incident ("après un tour" stays a moment)
        (
            "Paul Roy, parti cinquième, a abandonné au troisième tour après un accrochage avec Luc Blanc.",
            "abandonné au troisième tour",
            "Pourquoi Paul Roy a-t-il abandonné ?",
            "accrochage avec Luc Blanc",
        ),
        # a part said broken at the sentence's end, or after a colon
        (
            "Vainqueurs l'an dernier, Marc Noir et Léa Roux ont abandonné dès l'ES 2, boîte de vitesses cassée.",
            "ES 2",
            "Pourquoi Marc Noir a-t-il abandonné ?",
            "boîte de vitesses cassée",
        ),
        (
            "Ils ont perdu deux minutes dans l'ES 6 (Le Pont, 12 km) : la transmission a lâché dans un gué.",
            "Ils ont perdu deux minutes dans l'ES 6",
            "Pourquoi ont-ils perdu deux minutes dans l'ES 6 ?",
            "la transmission a lâché dans un gué",
        ),
        # an incident in French for an English question sharing no word with its span
        (
            "Mickaël Hervé (Rumeau RX) a abandonné dès le premier tour de la finale, triangle avant tordu, moteur HS.",
            "abandonné dès le premier tour de la finale",
            "Why did Mickaël Hervé retire from the final?",
            "moteur HS",
        ),
        (
            "Tom Hale retired on lap 5 with a broken gearbox.",
            "on lap 5",
            "Why did Tom Hale retire?",
            "broken gearbox",
        ),
        # no incident: "sur décision" is none, the cause said after it answers
        (
            "Le départ a été retardé de vingt minutes sur décision des commissaires, en raison du brouillard.",
            "vingt minutes",
            "Pourquoi le départ a-t-il été retardé ?",
            "brouillard",
        ),
    ],
)
def test_the_sixteenth_walks_why_is_answered_by_the_incident(text: str, span: str, question: str, short: str) -> None:
    """A sixteenth walk answered why with the time lost ("vingt-six secondes"), the stage ("ES 4")
    or the event again: the incident after "sur" or "après un", or a part said broken, is the cause."""
    _assert_short(_read_at(text, span, question), short)


def test_the_sixteenth_walks_why_takes_the_passage_saying_a_cause() -> None:
    """A sixteenth walk answered why Gervais retired in race 2 with the headline's "doublé", the
    reader's surest span: a span saying a cause in another passage goes first."""
    title = "Mitjet 2L : Nolan Gervais signe le doublé à Charade"
    head = title + "\n\nCharade, le 13 juillet 2025 – Nolan Gervais a remporté les courses 1 et 3."
    body = "Course 2 : Gervais, parti huitième, a abandonné au quatrième tour après un contact avec Jérôme Laval."
    a, b = head.index("doublé"), body.index("après un contact avec Jérôme Laval")
    hits = [
        _split_hit(head, 1.0, Reading(6.0, a, a + len("doublé"), 3.0), title=title),
        _split_hit(body, 0.9, Reading(4.0, b, b + len("après un contact avec Jérôme Laval"), 1.0), title=title),
    ]
    answer = compose_read("Pourquoi Nolan Gervais a-t-il abandonné en course 2 ?", read_rank(hits, CALIBRATION), 0.5)
    _assert_short(answer, "après un contact avec Jérôme Laval")
    answer = compose_read("Qu'a signé Nolan Gervais à Charade ?", read_rank(hits, CALIBRATION), 0.5)
    _assert_short(answer, "doublé")  # no why: the surest span


@pytest.mark.parametrize(
    ("text", "years", "names"),
    [
        (
            "Vainqueurs de l'édition 2024, Mathis Brébion et Élodie Caron (Alpine A110) ont abandonné.",
            {"2024"},
            ["Mathis Brébion et Élodie Caron"],
        ),
        (
            "Vainqueurs en 2024, Nicolas Chabrol et Aurélie Teissier menaient de 12,5 s.",
            {"2024"},
            ["Nicolas Chabrol et Aurélie Teissier"],
        ),
        ("Vainqueur de cette épreuve l'an dernier, Dylan Moreau n'a rien pu faire.", {"2024"}, ["Dylan Moreau"]),
        ("Le Lyonnais Paul Martin, vainqueur en 2024, a terminé cinquième.", {"2024"}, ["Paul Martin"]),
        ("Last year's winner Tom Hale finished fourth.", {"2024"}, ["Tom Hale"]),
        ("2024 winners Tom Hale and Sam Cole retired.", {"2024"}, ["Tom Hale and Sam Cole"]),
        # another year's, or no winner said
        ("Vainqueurs en 2023, Nicolas Chabrol et Aurélie Teissier menaient.", {"2024"}, []),
        ("Nicolas Chabrol et Aurélie Teissier menaient en 2024.", {"2024"}, []),
    ],
)
def test_the_sixteenth_walks_past_winners_are_read_in_apposition(text: str, years: set[str], names: list[str]) -> None:
    from paddockqa.answer import winners_of

    assert [text[a:b] for a, b in winners_of(text, years, "2024")] == names
    if "l'an dernier" in text or "Last year" in text:
        assert winners_of(text, {"2023"}, "2024") == []  # last year's are not 2023's


RALLY_2025 = (
    "Mende, le 25 mai 2025 – La victoire revient à Julien Séverac et Paul Boissonnade. "
    "Vainqueurs en 2024, Nicolas Chabrol et Aurélie Teissier menaient de 12,5 s au soir de la première étape."
)


@pytest.mark.parametrize(
    ("question", "short"),
    [
        ("Qui avait gagné le Rallye Terre de Lozère l'an dernier ?", "Nicolas Chabrol et Aurélie Teissier"),
        ("Who won the rally last year?", "Nicolas Chabrol et Aurélie Teissier"),
        ("Qui a remporté le rallye en 2024 ?", "Nicolas Chabrol et Aurélie Teissier"),
        ("Qui a remporté le rallye en 2023 ?", None),  # a year no one is said to have won
        ("Qui a remporté le rallye ?", "Julien Séverac et Paul Boissonnade"),
    ],
)
def test_the_sixteenth_walks_last_years_winners_answer_last_year(question: str, short: str | None) -> None:
    """A sixteenth walk refused who won two rallies the year before: the reader reads this year's
    winners, and "Vainqueurs en 2024, …" holds last year's in apposition."""
    hit = _dated_hit(RALLY_2025, "Julien Séverac et Paul Boissonnade", "lozere.txt", "2025-05-25")
    _assert_short(compose_read(question, read_rank([hit], CALIBRATION), 0.5), short)


TRIAL = (
    "Élite, samedi : Baptiste Coulomb (Beta) s'impose devant Hugo Pellegrin. Il a réalisé 31 zéros.\n\n"
    "Élite, dimanche : Léo Marchand (TRRS) prend sa revanche. Axel Tournier (Gas Gas) complète le podium."
)


@pytest.mark.parametrize(
    ("span", "question", "short"),
    [
        ("Léo Marchand", "Qui a gagné en Élite samedi ?", "Baptiste Coulomb"),  # Sunday's: Saturday's placed first
        ("Léo Marchand", "Qui a gagné en Élite dimanche ?", "Léo Marchand"),
        ("Léo Marchand", "Who won the Élite class on Sunday?", "Léo Marchand"),
        ("Axel Tournier", "Qui a complété le podium samedi ?", None),  # under Sunday's heading
        ("Axel Tournier", "Qui a complété le podium dimanche ?", "Axel Tournier"),
        ("31 zéros", "Combien de zéros Léo Marchand a-t-il réalisés dimanche ?", None),
        ("Baptiste Coulomb", "Qui a gagné en Élite ?", "Baptiste Coulomb"),  # no day asked
    ],
)
def test_the_sixteenth_walks_days_are_told_apart(span: str, question: str, short: str | None) -> None:
    """A sixteenth walk answered who won the Élite on Saturday with Sunday's winner: a sentence
    naming another day, or under a line's heading naming one, is that day's."""
    _assert_short(_read_at(TRIAL, span, question), short)


def test_the_sixteenth_walks_day_headings() -> None:
    from paddockqa.binding import another_day_said, days_named

    assert days_named("Course 1 (Samedi) : X ; Sunday's race") == {"samedi", "dimanche"}
    assert another_day_said("Élite, dimanche : Léo Marchand gagne. ", "Axel Tournier complète le podium.", {"samedi"})
    assert not another_day_said("Élite, dimanche : Léo Marchand gagne. ", "Axel Tournier complète.", {"dimanche"})
    # a sentence naming the day asked, or under no heading naming one, is not judged another's
    assert not another_day_said("", "Il gagne samedi et dimanche.", {"samedi"})
    assert not another_day_said("Le rallye se court ce week-end. ", "Paul Roy gagne.", {"samedi"})
    # a heading is a line's opening, not a sentence's words
    assert not another_day_said("Il pleuvait dimanche : la piste glissait. ", "Paul Roy gagne.", {"samedi"})
    assert classes_named("Élite, samedi : Baptiste Coulomb s'impose.", True) == [(0, "Élite")]


@pytest.mark.parametrize(
    ("question", "place"),
    [
        ("Qui a complété le podium Élite dimanche ?", 3),
        ("Qui complète le podium ?", 3),
        ("Who completed the podium?", 3),
        ("Who rounded out the podium in race 2?", 3),
        ("Qui a gagné ?", 1),
        ("Qui était sur le podium ?", None),
    ],
)
def test_the_sixteenth_walks_podium_completed_is_third(question: str, place: int | None) -> None:
    assert placing_asked(question) == place


@pytest.mark.parametrize(
    ("subject", "sentence", "elses"),
    [
        ("Julien Séverac", "Son copilote, agriculteur à Langogne, est âgé de 44 ans.", True),
        ("Paul Boissonnade", "Son copilote, agriculteur à Langogne, est âgé de 44 ans.", False),
        ("Paul Boissonnade", "Sa passagère a 29 ans.", False),
        # someone named before the age in the sentence is whose it is
        ("Julien Séverac", "Son copilote félicite Julien Séverac, 38 ans.", False),
    ],
)
def test_the_sixteenth_walks_partner_opening_an_age_is_the_other_of_the_crew(
    subject: str, sentence: str, elses: bool
) -> None:
    """A sixteenth walk gave the co-driver's "44 ans" to the driver, the title's first name."""
    preceding = [
        "La victoire revient à Julien Séverac et Paul Boissonnade (Volkswagen Polo GTI R5), qui devancent Luc Roy.",
        "Le Mendois de 38 ans n'avait jamais gagné « son » rallye.",
    ]
    start = next(m.start() for m in re.finditer(r"\d+ ans", sentence))
    title = "Rallye : Julien Séverac et Paul Boissonnade dominent"
    assert someone_elses_age(subject, sentence, start, start + 6, title, preceding) is elses


AUTOCROSS = (
    "Super Buggy : Killian Bourdais (Fouquet SB3) a tout gagné. Il a signé le meilleur temps des essais en "
    "1 min 08,412 s, puis la finale, devant Dylan Moreau (Rumeau RX) et Anthony Leray (Fouquet SB3).\n\n"
    "Buggy Cup : Léna Guérin (Kamikaz K2) remporte la finale devant Thomas Roux."
)
STAGE_TIMES = (
    "Lheureux a perdu vingt secondes dans l'ES 9 (Hucqueliers, 21,4 km). "
    "Le meilleur temps de l'ES 10 (Le Born, 24,6 km) est revenu à Gaëtan Roumieux."
)


@pytest.mark.parametrize(
    ("text", "span", "question", "short"),
    [
        # the one beaten is not who set the best time; the one the next sentence goes on about is
        (AUTOCROSS, "Dylan Moreau", "Qui a signé le meilleur temps des essais en Super Buggy ?", "Killian Bourdais"),
        (AUTOCROSS, "Anthony Leray", "Qui a signé le meilleur temps des essais en Super Buggy ?", "Killian Bourdais"),
        # another class's best time is none
        (AUTOCROSS, "Dylan Moreau", "Qui a signé le meilleur temps des essais en Buggy Cup ?", None),
        # a stage's name is no one's best time, another stage's best time is not the one asked
        (STAGE_TIMES, "Hucqueliers", "Qui a signé le meilleur temps de l'ES 9 ?", None),
        (STAGE_TIMES, "Gaëtan Roumieux", "Qui a signé le meilleur temps de l'ES 10 ?", "Gaëtan Roumieux"),
        (STAGE_TIMES, "Gaëtan Roumieux", "Qui a signé le meilleur temps de l'ES 9 ?", None),
    ],
)
def test_the_sixteenth_walks_best_times_are_the_feat_asked(
    text: str, span: str, question: str, short: str | None
) -> None:
    """A sixteenth walk answered who set a stage's best time with the stage's name, another stage's
    and another class's, and who set the best time in practice with the one beaten."""
    _assert_short(_read_at(text, span, question), short)


def test_the_sixteenth_walks_class_headings_of_two_capitalised_words() -> None:
    """ "Super Buggy :", "Formula Ford :" read as a person's name heading an interview's answer."""
    text = "Super Buggy : Killian Bourdais a tout gagné.\n\nFormula Ford : Paul Roy s'impose.\n\n"
    assert [name for _, name in classes_named(text, True)] == ["Super Buggy", "Formula Ford"]
    assert classes_named("Nathalie Cabrol : « Je suis ravie. »", True) == []


def test_the_fifteenth_walks_rerun_purpose_and_doubles_and_side_classes() -> None:
    """Reruns of earlier walks after the sixteenth walk's mends: a purpose is a why's answer over
    the incident after it; a headline's double is a win (not who was second in race 2); a
    sentence opening with a class the title does not name is that class's (MX2 in an MXGP
    release, not who won the release's manche 2)."""
    text = "La course Élite a été retardée de quarante minutes pour permettre le resurfaçage après une chute de neige."
    _assert_short(
        _read_at(text, "pour permettre le resurfaçage", "Pourquoi la course Élite a-t-elle été retardée ?"),
        "pour permettre le resurfaçage",
    )
    headline = "Alpine Elf Europa Cup : doublé pour Esteban Morel à Barcelone"
    assert placing_of(headline, headline.index("Esteban"), headline.index(" à Barcelone")) == 1
    make = "Luc Blanc a signé le doublé pour Peugeot en terminant deuxième."
    assert placing_of(make, 0, len("Luc Blanc")) == 2  # a make's one-two
    title = "MXGP de France : Lucas Ferrandi s'offre son Grand Prix à domicile"
    side = "En MX2, la victoire est revenue au Suédois Elias Lindqvist (Husqvarna), vainqueur des deux manches."
    at = side.index("Elias Lindqvist")
    hit = _split_hit(side, 1.0, Reading(6.0, at, at + len("Elias Lindqvist"), 3.0), title=title)
    for question, short in [("Qui a gagné la manche 2 à Ernée ?", None), ("Qui a gagné en MX2 ?", "Elias Lindqvist")]:
        _assert_short(compose_read(question, read_rank([hit], CALIBRATION), 0.5), short)


def test_the_sixteenth_walks_headings_with_a_length_and_a_day_name_classes() -> None:
    """ "GT Endurance, 3 Heures (samedi) :" heads a class's paragraph ("Endurance Proto" is no
    person): a sixteenth walk answered its pole, its winner and its laps with Endurance Proto's."""
    text = (
        "Endurance Proto, 4 Heures (dimanche) : la Ligier n°17 de Ravel Motorsport s'est imposée après 132 tours.\n\n"
        "GT Endurance, 3 Heures (samedi) : la Porsche n°2 de Lusitano Motorsport l'emporte."
    )
    assert [name for _, name in classes_named(text, True)] == ["Endurance Proto", "GT Endurance"]
    _assert_short(_read_at(text, "132 tours", "Combien de tours a bouclés la Porsche n°2 en GT Endurance ?"), None)
    _assert_short(_read_at(text, "132 tours", "Combien de tours a bouclés la Ligier en Endurance Proto ?"), "132 tours")


def test_the_sixteenth_walks_future_dates_and_trades() -> None:
    """A sixteenth walk answered when the next edition will be with "12e édition … en quatre
    jours", a co-driver's trade with "roues motrices", and a driver's with "organisateur" of
    "selon l'organisateur"."""
    text = "Le Mans, le 6 juillet 2025 – La 12e édition a réuni 232 000 spectateurs en quatre jours."
    _assert_short(_read_at(text, "12e édition", "Quand aura lieu la prochaine édition ?"), None)
    _assert_short(_read_at(text, "12e édition", "Quelle édition s'est tenue ?"), "12e édition")
    text = "Philippe Marty gagne la course 2. Une saison coûte 60 000 euros, selon l'organisateur."
    _assert_short(_read_at(text, "organisateur", "Quel est le métier de Philippe Marty ?"), None)
    assert not names_a_trade("roues motrices") and not names_a_trade("sa carrière en championnat de France")
    assert names_a_trade("gérant d'une scierie") and names_a_trade("éleveur de volailles")


@pytest.mark.parametrize(
    ("text", "question", "short"),
    [
        (
            "Théo Lemaire rejoint le Vercors Off-Road Team. Il pilotera une Fantic XE 300 en catégorie E3.",
            "Sur quelle moto Théo Lemaire roulera-t-il ?",
            "Fantic XE 300",
        ),
        (
            "Théo Lemaire rejoint le Vercors Off-Road Team. Son coéquipier Paul Roy pilotera une Beta RR 300.",
            "Sur quelle moto Théo Lemaire roulera-t-il ?",
            None,  # his team-mate's
        ),
        (
            "Claire Aubert rejoint Team Opale. Elle sera au volant d'une Citroën C3 Rally2.",
            "Quelle voiture Claire Aubert conduira-t-elle ?",
            "Citroën C3 Rally2",
        ),
    ],
)
def test_the_sixteenth_walks_vehicle_said_driven(text: str, question: str, short: str | None) -> None:
    """A sixteenth walk refused the bike a transferred rider will ride: the reader's spans were a
    series and a town, the release says "Il pilotera une Fantic XE 300"."""
    _assert_short(_read_at(text, "Vercors Off-Road Team" if "Vercors" in text else "Team Opale", question), short)


def test_the_sixteenth_walks_side_trophy_is_no_race_winner() -> None:
    """ "Trophée Gentlemen : Jérôme Laval … remporte les courses 1 et 3" answered who won race 3
    of the meeting (a sixteenth walk's follow-up); asked of the trophy, it answers."""
    text = (
        "Course 3 : Gervais s'impose avec 0,877 s d'avance sur Dufresne.\n\n"
        "Trophée Gentlemen : Jérôme Laval (Laval Auto) remporte les courses 1 et 3."
    )
    _assert_short(_read_at(text, "Jérôme Laval", "Qui a gagné la course 3 ?"), None)
    _assert_short(_read_at(text, "Jérôme Laval", "Qui a gagné le Trophée Gentlemen ?"), "Jérôme Laval")


@pytest.mark.parametrize(
    ("text", "span", "question", "short"),
    [
        # a reason said with "pour", a span not saying the event again, a count of causes
        (
            "Paul Roy a été pénalisé de cinq secondes pour un départ anticipé, après un contact avec Luc Blanc.",
            "pour un départ anticipé",
            "Pourquoi Paul Roy a-t-il été pénalisé ?",
            "pour un départ anticipé",
        ),
        (
            "Tom Hale lost the lead on lap 20 when he ran wide at Paddock Hill, finishing third with a damaged wing.",
            "he ran wide at Paddock Hill",
            "Why did Tom Hale lose the lead?",
            "he ran wide at Paddock Hill",
        ),
        (
            "Deux crevaisons ont ruiné la course de Paul Roy, qui a ensuite abandonné après une sortie de piste.",
            "Deux crevaisons",
            "Pourquoi Paul Roy a-t-il abandonné ?",
            "Deux crevaisons",
        ),
        # a day in a clause is not the sentence's; a heading's day stays in its paragraph
        (
            "Paul Roy, auteur de la pole samedi, s'est imposé devant Luc Blanc.",
            "Paul Roy",
            "Qui a gagné la course de dimanche ?",
            "Paul Roy",
        ),
        (
            "Élite, dimanche : Léo Marchand gagne.\n\nExpert : Nathan Giraud (Sherco) remporte les deux journées.",
            "Nathan Giraud",
            "Qui a gagné en Expert samedi ?",
            "Nathan Giraud",
        ),
        (
            "Élite, samedi : Baptiste Coulomb s'impose devant Léo Marchand, 19 ans.",
            "19 ans",
            "Quel âge a Léo Marchand, vainqueur dimanche ?",
            "19 ans",
        ),
        # a stage's line, a stage won, a best lap said of the one beaten
        (
            "ES 5 Lavaur (14,2 km) : Paul Roy / Luc Blanc (Škoda Fabia) en 8 min 12,3 s.",
            "Paul Roy / Luc Blanc",
            "Qui a signé le meilleur temps de l'ES 5 ?",
            "Paul Roy / Luc Blanc",
        ),
        (
            "Paul Roy a remporté l'ES 5 avec 3,2 s d'avance.",
            "Paul Roy",
            "Qui a signé le meilleur temps de l'ES 5 ?",
            "Paul Roy",
        ),
        (
            "Luc Blanc a remporté la course 1. Il s'impose devant Paul Roy, auteur du meilleur tour.",
            "Luc Blanc",
            "Qui a signé le meilleur tour ?",
            "Paul Roy",
        ),
        # a future day said in words of time
        (
            "La finale aura lieu dans quinze jours à Lédenon.",
            "dans quinze jours",
            "Quand aura lieu la finale ?",
            "dans quinze jours",
        ),
        # a make's one-two is no win of its second
        (
            "Paul Roy a remporté la course 2. Luc Blanc a signé le doublé pour Peugeot en terminant deuxième.",
            "Paul Roy",
            "Qui a remporté la course 2 ?",
            "Paul Roy",
        ),
    ],
)
def test_a_reviews_cousins_of_the_sixteenth_walks_kinds(text: str, span: str, question: str, short: str) -> None:
    """A review of the sixteenth walk's rules: each was answered so before them, and otherwise
    by a first version of them."""
    _assert_short(_read_at(text, span, question), short)


def test_a_reviews_cousins_of_last_years_winners() -> None:
    """A review: "Vainqueur l'an dernier, Luc Blanc …" answered who won this year's rally asked by
    its year, and a release of 2025 named who won in 2025 by last year's winner."""
    text = (
        "Paul Roy a remporté le rallye des Vins devant Marc Noir. "
        "Vainqueur l'an dernier, Luc Blanc a abandonné dès la première spéciale."
    )
    hit = _dated_hit(text, "Paul Roy", "vins.txt", "2025-06-10")
    for question, short in [
        ("Qui a remporté le rallye des Vins en 2025 ?", "Paul Roy"),
        ("Qui a remporté le rallye des Vins en 2019 ?", None),
        ("Qui avait gagné le rallye des Vins l'an dernier ?", "Luc Blanc"),
        ("Qui a gagné le titre l'an dernier ?", None),
    ]:
        _assert_short(compose_read(question, read_rank([hit], CALIBRATION), 0.5), short)


def test_the_seventeenth_walks_rerun_race_feats() -> None:
    """The held-out seventeenth walk, run once on the change: a race won is no fastest lap
    ("Kelly … won Saturday's race" for who set Race 1's fastest lap)."""
    race = "Race 1. Kelly (Ford Mustang) won Saturday's 70-lap race by 1.932 seconds from Morrison."
    _assert_short(_read_at(race, "Kelly", "Who set the fastest lap in Race 1?"), None)


def _read_two(first: str, first_span: str, second: str, second_span: str, question: str):  # -> Answer
    """A release read as two passages: the reader sure of ``first_span``, less of ``second_span``."""
    a, b = first.index(first_span), second.index(second_span)
    hits = [
        _split_hit(first, 1.0, Reading(6.0, a, a + len(first_span), 3.0)),
        _split_hit(second, 0.9, Reading(2.0, b, b + len(second_span), 1.0)),
    ]
    return compose_read(question, read_rank(hits, CALIBRATION), 0.5)


@pytest.mark.parametrize(
    ("text", "span", "question", "short"),
    [
        # the effect before a colon, its explanation after it
        (
            "Luc Blanc pouvait espérer le podium : il a calé au départ de la deuxième manche.",
            "pouvait espérer le podium",
            "Pourquoi Luc Blanc a-t-il manqué le podium ?",
            "il a calé au départ de la deuxième manche",
        ),
        # a time of day is no cause
        (
            "Le Team Roy a mené jusqu'à la tombée de la nuit avant de perdre six tours peu après minuit : "
            "son kart a été poussé au stand après une casse de moteur.",
            "Le Team Roy a mené jusqu'à la tombée de la nuit avant de perdre six tours peu après minuit",
            "Pourquoi le Team Roy a-t-il perdu six tours ?",
            "casse de moteur",
        ),
        # an incident after the colon, the reader's span later in its clause
        (
            "Paul Roy a perdu deux minutes dans l'ES 4 : une crevaison à l'arrière droit l'a obligé à s'arrêter "
            "pour changer de roue.",
            "pour changer de roue",
            "Pourquoi Paul Roy a-t-il perdu deux minutes ?",
            "une crevaison à l'arrière droit l'a obligé à s'arrêter pour changer de roue",
        ),
        # a list after a colon is no explanation; a cause the span says stays
        (
            "Paul Roy a abandonné sur casse moteur : Luc Blanc gagne.",
            "casse moteur",
            "Pourquoi Paul Roy a-t-il abandonné ?",
            "casse moteur",
        ),
        # a class by its group's letter, "chez les" a class's code
        (
            "Le groupe N revient à Luc Blanc (Clio). En groupe F2000, Paul Roy s'impose.",
            "Luc Blanc",
            "Qui a gagné en groupe A ?",
            None,
        ),
    ],
)
def test_the_seventeenth_walks_kinds(text: str, span: str, question: str, short: str | None) -> None:
    """The seventeenth walk's kinds, cousins: a cause after a colon ("Dumoulin pouvait viser mieux
    : il a renversé une quille …"), "peu après minuit" taken for a cause, an incident opening the
    clause the reader quoted the purpose of, a class named by its group."""
    _assert_short(_read_at(text, span, question), short)


def test_the_seventeenth_walks_cause_over_a_figure_and_class_over_none() -> None:
    """A why question's figure ("3 min 12 s Paul Roy …") gives way to a sentence of the release
    saying the cause after a colon; a sentence opening with the class asked ("Chez les SSV, …")
    goes before one naming no class (a seventeenth walk answered the overall winners)."""
    gap = "Luc Blanc devance de 3 min 12 s Paul Roy et Marc Noir."
    cause = "Paul Roy a perdu la tête dans la SS3 : une crevaison l'a obligé à s'arrêter pour changer de roue."
    answer = _read_two(
        gap, "3 min 12 s Paul Roy", cause, "pour changer de roue", "Pourquoi Paul Roy a-t-il perdu la tête ?"
    )
    _assert_short(answer, "une crevaison l'a obligé à s'arrêter pour changer de roue")
    overall = "Luc Blanc et Marc Noir (Toyota Hilux) ont remporté le rallye des Vins."
    ssv = "Chez les SSV, Paul Roy et Jean Vert (Can-Am) s'imposent devant Hugo Gris."
    _assert_short(
        _read_two(overall, "Luc Blanc et Marc Noir", ssv, "Paul Roy et Jean Vert", "Qui a gagné chez les SSV ?"),
        "Paul Roy et Jean Vert",
    )
    _assert_short(
        _read_two(overall, "Luc Blanc et Marc Noir", ssv, "Paul Roy et Jean Vert", "Qui a gagné le rallye des Vins ?"),
        "Luc Blanc et Marc Noir",
    )


def test_a_group_is_a_class_a_company_is_not() -> None:
    """ "le groupe A", "En groupe F2000", "chez les SSV" name classes; "le groupe Ardent" a company."""
    assert [name for _, name in classes_named("Le groupe N revient à Luc Blanc et le groupe F2000 à Paul Roy.")] == [
        "N",
        "F2000",
    ]
    assert [name for _, name in classes_named("Chez les SSV, Paul Roy s'impose.")] == ["SSV"]
    assert classes_named("Le groupe Ardent rachète l'équipe.") == []


@pytest.mark.parametrize(
    ("text", "span", "question", "short"),
    [
        # a trade said "je suis …" in an interview's reply; "amateur" is no trade
        (
            "Motard amateur, Paul Roy prendra le départ. J'ai 40 ans et je suis boulanger à Nay.",
            "Motard amateur",
            "Quel est le métier de Paul Roy ?",
            "boulanger à Nay",
        ),
        # who did something is not the one the question names, with other words
        (
            "Pilote amateur, Paul Roy partira au Maroc. Sa moto est préparée par Luc Blanc.",
            "Pilote amateur, Paul Roy",
            "Qui prépare la moto de Paul Roy ?",
            None,
        ),
        # the amount whose words say what is priced
        (
            "L'inscription coûtait 90 euros par pilote, 150 euros pour un équipage en double monte.",
            "90 euros",
            "Combien coûtait l'inscription d'un équipage en double monte ?",
            "150 euros",
        ),
        (
            "L'inscription coûtait 90 euros par pilote, 150 euros pour un équipage en double monte.",
            "90 euros",
            "Combien coûtait l'inscription par pilote ?",
            "90 euros",
        ),
    ],
)
def test_the_seventeenth_walks_interview_placings_and_prices(
    text: str, span: str, question: str, short: str | None
) -> None:
    """The seventeenth walk's kinds, cousins: an interview's "je suis infirmier anesthésiste"
    under a lead's "Motard amateur, Julien Castaing" (given as his trade and as who prepares his
    bike), "alors qu'elle occupait la deuxième place" as a finish, the first of two prices."""
    _assert_short(_read_at(text, span, question), short)


def test_kin_who_won_last_year() -> None:
    """ "Vainqueurs en 2024, les frères Jérémy et Loïc Dauphin" names last year's winners: brothers
    sharing a last name (a seventeenth walk refused)."""
    text = "Paul Roy a gagné le rallye des Vins. Vainqueurs en 2024, les frères Marc et Léo Blanc ont abandonné."
    hit = _dated_hit(text, "Paul Roy", "vins.txt", "2025-06-10")
    answer = compose_read("Qui avait gagné le rallye des Vins l'an dernier ?", read_rank([hit], CALIBRATION), 0.5)
    _assert_short(answer, "Marc et Léo Blanc")


def test_a_place_held_while_racing_is_no_finish() -> None:
    """ "alors qu'elle occupait la deuxième place" when she retired places her nowhere (a
    seventeenth walk gave her for who finished second); a finish stays."""
    retired = "Paul Roy a abandonné au dixième tour, boîte cassée, alors qu'il occupait la troisième place."
    assert placing_of(retired, 0, len("Paul Roy")) is None
    running = "Luc Blanc, qui pointait en deuxième position, a cassé son moteur."
    assert placing_of(running, 0, len("Luc Blanc")) is None
    assert placing_of("Paul Roy termine troisième.", 0, len("Paul Roy")) == 3


def test_an_amount_paid_that_was_not_disclosed() -> None:
    """ "Le montant de la transaction n'a pas été communiqué" says what a purchase cost is not
    known (a seventeenth walk answered the share bought, "80 %"); another price is not asked by it."""
    sentence = "Le montant de la transaction n'a pas été communiqué."
    assert undisclosed("Combien Noir Automobiles a-t-il payé pour racheter Team Roy ?", sentence)
    assert undisclosed("Quel prix a été payé pour l'acquisition ?", sentence)
    assert not undisclosed("Combien coûte une Alpine A110 ?", sentence)


def test_the_latter_after_a_partner_said_by_role() -> None:
    """ "Sa copilote, comptable à Épernay, a guidé l'équipage … Âgée de 38 ans, cette dernière …":
    the co-driver's age, the crew named before (a seventeenth walk refused it for her)."""
    title = "Rallye des Vins : Paul Roy et Léa Blanc s'imposent"
    preceding = [
        title,
        "Arbois, le 12 octobre 2025 – Paul Roy et Léa Blanc (Toyota) ont remporté le rallye des Vins.",
        "L'épreuve comptait six spéciales pour 120 kilomètres chronométrés.",
        "Le Jurassien de 45 ans a remporté quatre des six spéciales.",
        "Sa copilote, comptable à Dole, a guidé l'équipage sans erreur.",
    ]
    sentence = "Âgée de 38 ans, cette dernière dispute sa troisième saison aux côtés de Roy."
    at = sentence.index("38 ans")
    assert not someone_elses_age("Léa Blanc", sentence, at, at + 6, title, preceding)
    assert someone_elses_age("Paul Roy", sentence, at, at + 6, title, preceding)
    # the crew beaten, named between, is not hers (a first version gave her age to anyone)
    beaten = [*preceding[:2], "Ils devancent de 3 min Marc Noir et Hugo Gris (Century).", *preceding[2:]]
    assert someone_elses_age("Marc Noir", sentence, at, at + 6, title, beaten)
    assert not someone_elses_age("Léa Blanc", sentence, at, at + 6, title, beaten)


def test_a_trade_described_after_an_opening_clause() -> None:
    """ "Auteur de la pole position en 52,884 s, le Béthunois de 27 ans, kinésithérapeute de
    profession, a gagné … sur Quentin Lagache" is the winner's trade, not the one beaten named
    later (a seventeenth walk gave it to him)."""
    preceding = ["Coupe des Vins : Paul Roy signe le doublé", "En Clio Cup, Paul Roy a remporté les deux courses."]
    sentence = (
        "Auteur de la pole en 1 min 12,884 s, le Dijonnais de 27 ans, boulanger de métier, a gagné la course 1 "
        "devant Luc Blanc."
    )
    at = sentence.index("boulanger")
    assert someone_elses_job("Luc Blanc", sentence, at, preceding[0], preceding)
    assert not someone_elses_job("Paul Roy", sentence, at, preceding[0], preceding)


def test_when_the_next_edition_is() -> None:
    """ "Quand aura lieu la prochaine édition … ?" is answered by the edition to come, not by this
    one's finish time in the dateline's sentence (a seventeenth walk answered "15 h")."""
    text = (
        "Le Mans, le 28 septembre 2025 – L'équipe Kart Ouest a remporté dimanche à 15 h la 40e édition des "
        "24 Heures. La 41e édition aura lieu les 26 et 27 septembre 2026."
    )
    _assert_short(_read_at(text, "15 h", "Quand aura lieu la prochaine édition des 24 Heures ?"), None)
    _assert_short(
        _read_at(text, "26 et 27 septembre 2026", "Quand aura lieu la prochaine édition des 24 Heures ?"),
        "26 et 27 septembre 2026",
    )
    # any verb in the future says it (the eighteenth walk's rerun: "La 35e édition partira de Nice le
    # 19 mars 2026" was refused by a first version)
    gone = "La 35e édition partira de Nice le 19 mars 2026."
    _assert_short(_read_at(gone, "19 mars 2026", "Quand partira la prochaine édition ?"), "19 mars 2026")


def test_who_set_a_feat_is_the_name_before_the_bracket() -> None:
    """ "… sur le Finlandais Eero Lahtinen (Nordic Speed), parti en pole position" was answered
    "Nordic Speed" for who started from pole (a seventeenth walk): the one the bracket follows."""
    text = "Paul Roy s'est imposé devant le Finlandais Eero Lahti (Nordic Speed), parti en pole position."
    _assert_short(_read_at(text, "Nordic Speed", "Qui partait en pole ?"), "Eero Lahti")
    _assert_short(_read_at(text, "Nordic Speed", "Quelle équipe partait en pole ?"), "Nordic Speed")


def test_who_holds_a_post_of_a_team() -> None:
    """ "Qui dirige l'équipe Orion Motorsport ?" was refused where "… a salué Sophie Lenoir,
    directrice d'Orion Motorsport" was read unsure (0.18, a seventeenth walk): a post said of
    the organisation asked answers, whatever the reader's probability; another's does not."""
    from paddockqa.answer import post_asked, posts_held

    assert post_asked("Qui dirige l'équipe Nordic Racing ?") == "Nordic Racing"
    assert post_asked("Qui est le patron de Team Bleu ?") == "Team Bleu"
    assert post_asked("Who runs Nordic Racing?") == "Nordic Racing"
    assert post_asked("Qui dirige la course ?") is None
    assert post_asked("Qui est le directeur de course ?") is None
    text = (
        "« Il a été parfait », a salué Ann Cole, directrice de Nordic Racing. "
        "Le patron de Team Bleu, Marc Noir, jubile."
    )
    assert [text[a:b] for a, b in posts_held(text, "Nordic Racing")] == ["Ann Cole"]
    assert [text[a:b] for a, b in posts_held(text, "Team Bleu")] == ["Marc Noir"]
    hit = _split_hit(text, 1.0, Reading(-2.0, 0, 2, 1.0))
    _assert_short(compose_read("Qui dirige l'équipe Nordic Racing ?", read_rank([hit], CALIBRATION), 0.5), "Ann Cole")
    _assert_short(compose_read("Qui dirige l'équipe Rouge Racing ?", read_rank([hit], CALIBRATION), 0.5), None)


def test_who_said_the_words_quoted() -> None:
    """ "Qui a dit « Nous avons manqué de fraîcheur … » ?" was answered with the one named in the
    sentence before (a seventeenth walk): the attribution's name, in apposition to a noun phrase
    too ("», a reconnu l'entraîneur de Roanne, Patrick Vial.")."""
    from paddockqa.binding import quote_asked, speakers_of

    text = (
        "Luc Blanc a quitté le terrain à la 52e minute. « Nous avons manqué de jus en fin de match. "
        "Bravo à eux », a reconnu l'entraîneur de Vichy, Marc Noir."
    )
    words = quote_asked("Qui a dit « Nous avons manqué de jus en fin de match » ?")
    assert words == "Nous avons manqué de jus en fin de match"
    assert [text[a:b] for a, b in speakers_of(text, words)] == ["Marc Noir"]
    assert quote_asked("Qui a gagné la finale ?") is None
    hit = _split_hit(text, 1.0, Reading(6.0, 0, len("Luc Blanc"), 3.0))
    question = "Qui a dit « Nous avons manqué de jus en fin de match » ?"
    _assert_short(compose_read(question, read_rank([hit], CALIBRATION), 0.5), "Marc Noir")


@pytest.mark.parametrize(
    ("text", "span", "question", "short"),
    [
        (
            "Le Sorguais de 23 ans, électricien à Avignon, joue au club depuis l'âge de onze ans.",
            "23 ans, électricien à Avignon, joue au club depuis l'âge de onze ans",
            "Quel âge a-t-il ?",
            "23 ans",
        ),
        (
            "La saison débutera à Nogaro les 4 et 5 avril.",
            "5 avril",
            "Quand débutera la saison ?",
            "4 et 5 avril",
        ),
    ],
)
def test_an_age_and_two_days_quoted_as_said(text: str, span: str, question: str, short: str) -> None:
    """An age is quoted without the clause after it, two days with the first (a seventeenth walk)."""
    _assert_short(_read_at(text, span, question), short)


def test_a_part_of_a_whole_counted_by_its_subject() -> None:
    """ "Le Rémois de 45 ans, viticulteur à Verzenay, a remporté quatre des six spéciales" counts
    the winner's specials: a town after "à" and a demonym are not another name counted, and the
    part is quoted, not the whole (a seventeenth walk answered the rally's "six secteurs")."""
    text = "Paul Roy a gagné le rallye. Le Dijonnais de 45 ans, vigneron à Beaune, a remporté quatre des six spéciales."
    _assert_short(_read_at(text, "quatre des six", "Combien de spéciales Paul Roy a-t-il remportées ?"), "quatre")


@pytest.mark.parametrize(
    ("text", "span", "question", "short"),
    [
        (  # the best lap is no race's time (a nineteenth walk answered the day, then the best lap)
            "Didier Morel a aussi signé le meilleur tour en course en 1'46\"512.",
            "1'46\"512",
            "En combien de temps Didier Morel a-t-il bouclé la course 1 ?",
            None,
        ),
        (
            "1. Didier Morel (Iveco) – 21'34\"812",
            "21'34\"812",
            "En combien de temps Didier Morel a-t-il bouclé la course 1 ?",
            "21'34\"812",
        ),
        (  # nor a gap (a nineteenth walk answered "cinquante mètres", then the gap)
            "Au volant de leur Toyota, ils devancent de 18'47\" l'équipage Vautrin / Siméon.",
            "18'47\"",
            "Quel temps total pour les vainqueurs de l'Atlas-Draa ?",
            None,
        ),
        (
            "1. Hamid Larbi / Jérôme Chassagne (Toyota) – 21h14'32\"",
            "21h14'32\"",
            "Quel temps total pour les vainqueurs ?",
            "21h14'32\"",
        ),
        (  # a pass's time is no total (a twentieth walk)
            "Vidalenc avait frappé fort dès la première montée, en 5'11\"6, meilleur temps de la journée.",
            "5'11\"6",
            "Quel temps total pour Vidalenc au rallye-sprint ?",
            None,
        ),
        (
            "Vidalenc avait frappé fort dès la première montée, en 5'11\"6, meilleur temps de la journée.",
            "5'11\"6",
            "En combien de temps Vidalenc a-t-il bouclé la première montée ?",
            "5'11\"6",
        ),
        (  # "Combien de temps … mis pour boucler" too: a gap is none (a twenty-first walk)
            "On finit troisièmes au scratch, à 48,6 secondes du vainqueur, Damien Royer.",
            "48,6 secondes",
            "Combien de temps Damien Royer a-t-il mis pour boucler le Rallye des Vins du Mâconnais ?",
            None,
        ),
        (
            "1. Emma Lefort — 13'02\"871",
            "13'02\"871",
            "Combien de temps Emma Lefort a-t-elle mis pour boucler la finale ?",
            "13'02\"871",
        ),
        (  # the best lap asked, the best lap answers
            "Didier Morel a aussi signé le meilleur tour en course en 1'46\"512.",
            "1'46\"512",
            "Quel chrono pour le meilleur tour de Didier Morel ?",
            "1'46\"512",
        ),
    ],
)
def test_a_race_time_asked_is_no_lap_or_gap(text: str, span: str, question: str, short: str | None) -> None:
    """ "En combien de temps … a-t-il bouclé la course ?" and "Quel temps total …" ask a race's
    time: a lap's or a gap's is none."""
    _assert_short(_read_at(text, span, question), short)


def test_a_gap_asked_between_two_is_their_items() -> None:
    """ "Quel écart entre Larbi et Vautrin ?" was answered with the third's gap, the reader's best
    span (a nineteenth walk): a results list's item naming neither of the two is not theirs; the
    one naming either is, its seconds' mark kept."""
    text = (
        "Classement final :\n1. Hamid Larbi / Jérôme Chassagne (Toyota) – 21h14'32\"\n"
        "2. Philippe Vautrin / Maud Siméon (Century CR6) – à 18'47\"\n"
        "3. Rémi Castagné / Bastien Oller (Toyota) – à 41'05\""
    )
    third, second = text.index("41'05"), text.index("18'47")
    read = Reading(6.0, third, third + len("41'05\""), 3.0, others=((second, second + len("18'47\""), 2.0),))
    ranked = read_rank([_hit(text, 1.0, read)], CALIBRATION)
    _assert_short(compose_read("Quel écart entre Larbi et Vautrin au classement final ?", ranked, 0.5), "18'47\"")
    _assert_short(compose_read("Quel écart entre Castagné et Larbi ?", ranked, 0.5), "41'05\"")
    # an item's own value is no gap: its distance (a twentieth walk answered "623.7 km")
    listed = "Results:\n1. Solaris Bristol – Aurora II – 648.3 km\n2. SunRunner Leuven – Stella V – 623.7 km\n"
    _assert_short(_read_at(listed, "623.7 km", "Quel écart entre Solaris Bristol et SunRunner Leuven ?"), None)


def test_a_feat_of_a_race_asked_is_not_another_races() -> None:
    """ "Who started from pole position in race 2?" was answered with race 1's pole sitter, his
    sentence under race 1's heading (a nineteenth walk): a feat asked of a numbered race is that
    race's, as a placing is."""
    text = (
        "Course 1 : Morel de bout en bout\n\nParti de la pole position, Didier Morel a mené les 12 tours.\n\n"
        "Course 2 : Vasseur s'impose\n\nLudovic Vasseur a gagné devant Jérémy Santoni."
    )
    _assert_short(_read_at(text, "Didier Morel", "Qui est parti de la pole position dans la course 2 ?"), None)
    _assert_short(
        _read_at(text, "Didier Morel", "Qui est parti de la pole position dans la course 1 ?"), "Didier Morel"
    )


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Billet : Moins de 12 ans ; Prix : gratuit", "12 ans"),  # a table's row opening on a bound
        ("Il y a trois ans, un tour à 2'18 à Spa suffisait pour être en finale.", "trois ans"),  # a time ago
        ("Ça fait quinze ans que je roule pour ce moment.", "quinze ans"),
    ],
)
def test_a_bound_or_a_time_ago_is_no_ones_age(text: str, span: str) -> None:
    """A twentieth walk answered the organiser's age, which its release never gives, with the
    ticket row "Moins de 12 ans", then with "Il y a trois ans"."""
    _assert_short(_read_at(text, span, "Quel âge a Nadia Ferreira ?"), None)


def test_a_span_past_another_class_clause_is_the_class_asked() -> None:
    """A headline's span "Olmos et Daguerre s'imposent en Pro-Am, Pujol et Vidal" answered who won
    in Am (a twentieth walk): the crew after another class's clause is the one asked."""
    text = "Lasserre et Rouquette gagnent la course, Olmos et Daguerre s'imposent en Pro-Am, Pujol et Vidal en Am"
    span = "Olmos et Daguerre s'imposent en Pro-Am, Pujol et Vidal"
    _assert_short(_read_at(text, span, "Quel équipage s'est imposé dans la catégorie Am ?"), "Pujol et Vidal")


@pytest.mark.parametrize(
    ("question", "short"),
    [
        ("Quel a été le meilleur tour des 12 heures 2CV ?", "2'11\"407"),
        ("Qui a signé le meilleur tour des 12 heures 2CV ?", "Jérôme Lacroix"),
        ("Quel a été le meilleur tour de la 2CV n°17 ?", None),  # the n°5's, not the n°17's
        ("Quel a été le meilleur tour de la catégorie Superstock ?", None),  # a class's: the sentence names none
    ],
)
def test_a_feat_said_in_another_passage_of_the_release(question: str, short: str | None) -> None:
    """The best lap of a twentieth walk's 12 Heures 2CV was refused: its sentence sat in the
    release's second passage, read at 0.28; asked of the n°17, the n°5's was given."""
    lead = "L'équipage n°17 des Deuches Bressanes a remporté les 12 Heures 2CV, avec deux tours d'avance sur la n°5."
    later = "La n°5 a signé le meilleur tour de la course en 2'11\"407 grâce à Jérôme Lacroix."
    at = lead.index("la n°5")
    first = _split_hit(lead, 1.0, Reading(6.0, at, at + len("la n°5"), 5.0))
    lap = later.index("2'11")
    second = _split_hit(later, 0.5, Reading(-2.0, lap, lap + len("2'11\"407"), 1.0))
    _assert_short(compose_read(question, read_rank([first, second], CALIBRATION), 0.5), short)


def test_the_organiser_is_not_the_winner() -> None:
    """ "Qui a gagné le rallye-sprint ?" was answered "l'Association sportive automobile du Velay",
    who organised it (a twentieth walk): the winners named in the sentence answer."""
    text = (
        "Nicolas Vidalenc et Émilie Castaing ont remporté dimanche le Rallye-sprint des Gorges de l'Allier, "
        "organisé par l'Association sportive automobile du Velay."
    )
    organiser, winners = text.index("l'Association"), text.index("Nicolas")
    read = Reading(
        6.0,
        organiser,
        organiser + len("l'Association sportive automobile du Velay"),
        3.0,
        others=((winners, winners + len("Nicolas Vidalenc et Émilie Castaing"), 2.0),),
    )
    ranked = read_rank([_hit(text, 1.0, read)], CALIBRATION)
    _assert_short(compose_read("Qui a gagné le rallye-sprint ?", ranked, 0.5), "Nicolas Vidalenc et Émilie Castaing")
    _assert_short(
        compose_read("Qui organise le rallye-sprint ?", ranked, 0.5), "l'Association sportive automobile du Velay"
    )


@pytest.mark.parametrize(
    ("year", "short"),
    [("2025", "285 euros"), ("2026", "320 euros")],
)
def test_a_value_of_the_year_asked(year: str, short: str) -> None:
    """ "quel était le prix d'une journée voiture en 2025 ?" was answered with 2026's price of
    "320 euros (contre 285 euros en 2025)" (a twentieth walk)."""
    text = "Journée de roulage voiture : 320 euros (contre 285 euros en 2025) ;"
    now, then = text.index("320"), text.index("285")
    read = Reading(6.0, now, now + len("320 euros"), 3.0, others=((then, then + len("285 euros"), 2.0),))
    ranked = read_rank([_hit(text, 1.0, read)], CALIBRATION)
    _assert_short(compose_read(f"Quel est le prix d'une journée voiture en {year} ?", ranked, 0.5), short)


def test_a_year_asked_when_is_quoted_with_its_day() -> None:
    """ "à compter du 1er janvier 2026" was quoted "2026" for when she takes office (a twentieth walk)."""
    text = "L'ERAR annonce la nomination de Stéphanie Gauthier à compter du 1er janvier 2026."
    _assert_short(_read_at(text, "2026", "Quand Stéphanie Gauthier prend-elle ses fonctions ?"), "1er janvier 2026")
    _assert_short(_read_at("Elle est née en 1990 à Lyon.", "1990", "Quand est-elle née ?"), "1990")


def test_a_sentence_opening_years_ago_tells_of_then() -> None:
    """ "How many cars started the solar race?" was answered "nine" of "Three years ago we had
    nine cars." (a twentieth walk): a sentence opening years ago tells of then, unless asked, or
    unless it says what is now (a review's "qui emploie aujourd'hui quatre préparateurs")."""
    text = '"Three years ago we had nine cars.'
    ranked = read_rank([_dated_hit(text, "nine", "solar.txt", "2025-07-14")], CALIBRATION)
    _assert_short(compose_read("How many cars started the solar race?", ranked, 0.5), None)
    _assert_short(compose_read("How many cars started three years ago?", ranked, 0.5), "nine")
    now = "Il y a deux ans, Noah Berthelot a fondé sa structure, qui emploie aujourd'hui quatre préparateurs."
    ranked = read_rank([_dated_hit(now, "quatre préparateurs", "noah.txt", "2025-07-14")], CALIBRATION)
    _assert_short(
        compose_read("Combien de préparateurs emploie la structure de Noah Berthelot ?", ranked, 0.5),
        "quatre préparateurs",
    )


@pytest.mark.parametrize(
    ("text", "span", "question", "short"),
    [
        (  # laps run in a race's time: its whole (the review's first regression)
            "Lors de la dernière course, Noah Berthelot a bouclé les 18 tours en 31'04\"552.",
            "31'04\"552",
            "Quel temps total pour Noah Berthelot lors de la dernière course ?",
            "31'04\"552",
        ),
        (
            "Axel Ferrand a parcouru les 18 tours en 31'09\"107.",
            "31'09\"107",
            "En combien de temps Axel Ferrand a-t-il terminé la dernière course ?",
            "31'09\"107",
        ),
        (
            "Ils ont bouclé l'étape en 4h12'08\".",
            "4h12'08\"",
            "En combien de temps ont-ils bouclé l'étape ?",
            "4h12'08\"",
        ),
        (  # how long, not in how much time
            "Il a couru trois saisons en karting avant de passer à la monoplace.",
            "trois saisons",
            "Pendant combien de temps Noah Berthelot a-t-il couru en karting ?",
            "trois saisons",
        ),
        (  # a season's count, its year for the whole sentence
            "Il a gagné 8 courses sur 21 en 2025.",
            "8 courses",
            "Combien de courses a-t-il gagnées en 2025 ?",
            "8 courses",
        ),
        (
            "Le rallye a attiré 42 000 spectateurs pour sa 65e édition en 2025.",
            "42 000 spectateurs",
            "Combien de spectateurs pour le rallye en 2025 ?",
            "42 000 spectateurs",
        ),
        (  # a race's number asked is no car's
            "Résultats :\n1. Yann Morvan (Clio n°7) – 12 tours\n2. Loïc Tanguy (Clio n°22), 3,118 s\n",
            "Yann Morvan",
            "Qui a gagné la course n°2 ?",
            "Yann Morvan",
        ),
        (  # a list's gaps without "à": gaps all the same
            "Résultats :\n1. Yann Morvan (Clio n°7) – 12 tours\n2. Loïc Tanguy (Clio n°22), 3,118 s\n"
            "3. Pierre Bernard (Clio n°14), 5,902 s\n",
            "5,902 s",
            "Quel écart entre Morvan et Bernard ?",
            "5,902 s",
        ),
        (  # the winner's item gives no gap (a review's answer "12 tours")
            "Résultats :\n1. Yann Morvan (Clio n°7) – 12 tours\n2. Loïc Tanguy (Clio n°22), 3,118 s\n",
            "12 tours",
            "Quel écart entre Morvan et Tanguy dans la course 2 ?",
            None,
        ),
        (  # a choice: a word asked answers it
            "Bernard s'impose dans la course 1 devant Morvan.",
            "Bernard",
            "Qui a gagné la course 1, Bernard ou Morvan ?",
            "Bernard",
        ),
        (  # a place after "en", and a title: no class's clause
            "Marc Delorme, garagiste installé en Lozère, et Julie Giraud s'imposent.",
            "Marc Delorme, garagiste installé en Lozère, et Julie Giraud",
            "Quel équipage s'est imposé en VHRS ?",
            "Marc Delorme, garagiste installé en Lozère, et Julie Giraud",
        ),
        (  # an age after a dash is no bound
            "Doyen du plateau – Plus de 80 ans, Marcel Roux court encore.",
            "80 ans",
            "Quel âge a Marcel Roux ?",
            "80 ans",
        ),
        (  # a part after a comma, the whole asked: the whole
            "Quatre, sur dix manches.",
            "dix manches",
            "Combien de manches Lucie a-t-elle disputées ?",
            "dix manches",
        ),
    ],
)
def test_a_reviews_cousins_of_the_twentieth_walks_rules(text: str, span: str, question: str, short: str | None) -> None:
    """A review ran about 280 cousins of the session's rules, old code against new: these turned
    wrong, and are mended (the laps of a race's whole time, how long, one season's count, a race's
    number, a list's bare gaps, a choice, a place after "en", a dash, a whole asked)."""
    _assert_short(_read_at(text, span, question), short)


def test_since_when_asked_is_no_date_to_come() -> None:
    """Since when she has run the circuit was answered with a date to come, "les 11 et 12 avril
    2026" (a twentieth walk)."""
    coming = "Le premier grand rendez-vous sera la Coupe de l'Ouest moto, les 11 et 12 avril 2026."
    ranked = read_rank([_dated_hit(coming, "11 et 12 avril 2026", "ecluses.txt", "2025-10-02")], CALIBRATION)
    _assert_short(compose_read("Depuis quand Valérie Chaigneau dirige-t-elle le circuit ?", ranked, 0.5), None)
    _assert_short(compose_read("Quand aura lieu la Coupe de l'Ouest moto ?", ranked, 0.5), "11 et 12 avril 2026")


@pytest.mark.parametrize(
    ("text", "span", "question", "short"),
    [
        (  # a power asked of a kind: the measure, without the clause after it (a twentieth walk)
            "Chaque voiture, équipée d'un moteur de 602 cm3 limité à 33 chevaux, était pilotée par trois pilotes.",
            "33 chevaux, était pilotée par trois pilotes",
            "Quelle est la puissance d'une 2CV de course ?",
            "33 chevaux",
        ),
        (  # nor the Citroën's name (a review)
            "La voiture pèse 40 kg de moins qu'une 2CV de série.",
            "40 kg de moins qu'une 2CV",
            "Quelle est la puissance d'une 2CV de course ?",
            None,
        ),
        (  # nor a consumption (the twentieth walk's answer)
            "Leur 2CV a consommé environ 10,4 litres aux 100 kilomètres.",
            "10,4 litres aux 100 kilomètres",
            "Quelle est la puissance d'une 2CV de course ?",
            None,
        ),
        (  # a distance covered asked: the track's length is none (a twentieth walk)
            "Emily Hartwell completed 277 laps of the 2.34 km circuit at an average of 81.0 km/h.",
            "2.34 km",
            "How far did Aurora II drive in eight hours?",
            None,
        ),
        ("Emily Hartwell completed 277 laps of the 2.34 km circuit.", "2.34 km", "How long is the circuit?", "2.34 km"),
        (  # a sum asked: words of money without a number are none (a twentieth walk)
            "« Chaque euro investi ici, ce sont des nuits d'hôtel », a rappelé Bernard Touzeau.",
            "Chaque euro",
            "Combien coûtent les travaux du circuit ?",
            None,
        ),
        (  # a win "pour 4 secondes" is a gap, no race's time (a twentieth walk's headline)
            "Vidalenc et Castaing s'imposent pour 4 secondes",
            "4 secondes",
            "Quel temps total pour Vidalenc au rallye-sprint ?",
            None,
        ),
        (
            "Vidalenc et Castaing s'imposent pour 4 secondes",
            "4 secondes",
            "Quel écart entre Vidalenc et Mercier ?",
            "4 secondes",
        ),
        (  # a gap's words end where its number begins: "18'47" is no time run
            "Ils devancent de 18'47\" l'équipage Vautrin / Siméon.",
            "18'47\"",
            "En combien de temps ont-ils bouclé le rallye ?",
            None,
        ),
    ],
)
def test_the_twentieth_walks_types(text: str, span: str, question: str, short: str | None) -> None:
    """What the type asked rules out: a sum without a number, a gap for a time run, a
    consumption for a power; and a measure is quoted without the clause after it."""
    _assert_short(_read_at(text, span, question), short)


def test_a_span_that_is_a_word_asked_answers_nothing() -> None:
    """ "Et le parking ?" was answered "Parking", the row's label (a nineteenth walk): a span that
    is one word the question typed repeats it; the passage's next span answers. A name a
    follow-up's rules add in brackets is no word typed."""
    text = "Formule : Parking ; Tarif : 5 euros par jour"
    label, price = text.index("Parking"), text.index("5 euros")
    read = Reading(6.0, label, label + len("Parking"), 3.0, others=((price, price + len("5 euros par jour"), 2.0),))
    ranked = read_rank([_hit(text, 1.0, read)], CALIBRATION)
    _assert_short(compose_read("Le parking (TCR France) ?", ranked, 0.5), "5 euros par jour")
    _assert_short(
        _read_at("Le titre se joue en France.", "France", "Dans quel pays se joue le titre (TCR France) ?"), "France"
    )
    # a word asked that a name follows is quoted with the name (piaf-dev's, once the word alone was none)
    treaty = "En 1845, le Sultan signera le traité de Lalla Maghnia qui marquera les frontières."
    _assert_short(
        _read_at(treaty, "traité", "Quel traité dessine les limites entre Maroc et Algérie ?"),
        "traité de Lalla Maghnia",
    )


@pytest.mark.parametrize(
    ("text", "span", "question", "short"),
    [
        (  # wins of races: the wins, not the races run (a nineteenth walk answered "douze")
            "Yanis Kherbouche a dominé la saison 2025 avec sept victoires en douze courses.",
            "sept victoires en douze",
            "Combien de courses Yanis Kherbouche a-t-il gagnées en 2025 ?",
            "sept victoires",
        ),
        (  # after a comma, the noun after the whole
            "Trois, sur six manches : à Lavelanet en avril et à Salbris en juin.",
            "Trois, sur six manches",
            "Combien de courses Inès Marchetti a-t-elle gagnées cette saison ?",
            "Trois",
        ),
        (  # the noun asked after the part
            "Léa Fontaine a gagné quatre manches sur sept cette saison.",
            "quatre manches sur sept",
            "Combien de manches Léa Fontaine a-t-elle gagnées ?",
            "quatre manches",
        ),
        (  # another noun's part: the races run, not the podiums
            "Paul Roy a signé cinq podiums en douze courses.",
            "cinq podiums en douze courses",
            "Combien de courses Paul Roy a-t-il disputées ?",
            "douze courses",
        ),
    ],
)
def test_a_part_counted_with_its_noun(text: str, span: str, question: str, short: str) -> None:
    """A part of a whole with its noun between ("sept victoires en douze courses") or a comma
    ("Trois, sur six manches") is someone's count; the wins, when the races won are asked."""
    _assert_short(_read_at(text, span, question), short)


def test_a_nationality_asked_of_the_one_placed() -> None:
    """ "Quel pilote français est monté sur le podium ?" was answered "le Néerlandais Jelle van Dijk"
    (a seventeenth walk): one said of another nationality is not the one asked; a town's people
    ("le Rémois") say no nationality."""
    text = "Le Néerlandais Jan de Vries s'impose devant le Français Paul Roy, deuxième."
    _assert_short(_read_at(text, "Jan de Vries", "Quel pilote français est monté sur le podium ?"), None)
    _assert_short(_read_at(text, "Jan de Vries", "Quel pilote néerlandais a gagné ?"), "Jan de Vries")
    local = "Le Rémois Paul Roy s'impose devant Luc Blanc."
    _assert_short(_read_at(local, "Paul Roy", "Quel pilote français a gagné ?"), "Paul Roy")


def test_a_crew_in_the_bracket_after_a_team_stays() -> None:
    """A crew in the bracket after a team's name is who placed, not the team before it (a first
    version of the bracket rule answered "Vitrum Corse", the sixteenth walk's rerun)."""
    text = "La Lamborghini n°63 de Vitrum Corse (Enzo Bramo / Luca Ferri) prend la troisième place."
    _assert_short(_read_at(text, "Enzo Bramo / Luca Ferri", "Qui a terminé troisième ?"), "Enzo Bramo / Luca Ferri")


@pytest.mark.parametrize(
    ("text", "span", "question", "short"),
    [
        # a price's words before the amount count too; one word shared is no reason to move
        (
            "Les places en tribune coûtent 45 euros, contre 20 euros pour une place en pelouse.",
            "45 euros",
            "Combien coûte une place en tribune ?",
            "45 euros",
        ),
        (
            "Le billet adulte coûte 35 euros ; les moins de 16 ans paient 15 euros pour le même billet.",
            "35 euros",
            "Combien coûte le billet adulte ?",
            "35 euros",
        ),
        # what a colon says next is no cause when it says the event asked, a placing or a list
        (
            "Paul Roy a crevé dans l'ES 3 : il perd la tête du rallye au profit de Luc Blanc.",
            "a crevé dans l'ES 3",
            "Pourquoi Paul Roy a-t-il perdu la tête du rallye ?",
            "a crevé dans l'ES 3",
        ),
        (
            "Le moteur de Paul Roy a cassé au 12e tour : il a été contraint à l'abandon.",
            "Le moteur de Paul Roy a cassé au 12e tour",
            "Pourquoi Paul Roy a-t-il abandonné ?",
            "Le moteur de Paul Roy a cassé au 12e tour",
        ),
        (
            "Paul Roy a perdu deux places dans le dernier tour : il termine finalement cinquième.",
            "perdu deux places dans le dernier tour",
            "Pourquoi Paul Roy a-t-il perdu deux places ?",
            "perdu deux places dans le dernier tour",
        ),
        # a company's group is no class
        (
            "En GT3, Paul Roy s'impose. Ancien pilote d'usine du groupe BMW, Luc Blanc termine deuxième.",
            "Luc Blanc",
            "Qui a terminé deuxième en GT3 ?",
            "Luc Blanc",
        ),
        # a post's holder in small letters answers who did something
        (
            "La course a été interrompue au 12e tour par le directeur de course.",
            "le directeur de course",
            "Qui a interrompu la course ?",
            "le directeur de course",
        ),
        # one country's nationalities said otherwise
        (
            "L'Anglais Tom Hale s'impose devant le Français Paul Roy.",
            "Tom Hale",
            "Quel pilote britannique a gagné ?",
            "Tom Hale",
        ),
        # a fraction is no place; a race's number before a dash is no first day
        (
            "Paul Roy devance Luc Blanc de trois dixièmes.",
            "trois dixièmes",
            "Combien de dixièmes séparaient Paul Roy et Luc Blanc ?",
            "trois dixièmes",
        ),
        (
            "Résultats – Nogaro, course 2 – 5 avril 2025 : Paul Roy s'impose.",
            "5 avril 2025",
            "Quand s'est disputée la course 2 ?",
            "5 avril 2025",
        ),
        # the whole asked, not a part
        (
            "Paul Roy a remporté quatre des six spéciales.",
            "quatre des six",
            "Combien de spéciales comptait le rallye ?",
            "quatre des six",
        ),
        # a future "à 15 h" of the next edition stays
        (
            "La prochaine édition partira le 19 mars à 15 h.",
            "15 h",
            "Quand partira la prochaine édition ?",
            "15 h",
        ),
    ],
)
def test_a_reviews_cousins_of_the_seventeenth_walks_kinds(text: str, span: str, question: str, short: str) -> None:
    """A review of the seventeenth walk's rules: each was answered so before them, and otherwise
    by their first version."""
    _assert_short(_read_at(text, span, question), short)


def test_a_reviews_cousins_of_posts_and_speakers() -> None:
    """A review: a post of another team, a former head, a name further in the clause, a
    founder; a name inside the attribution's noun phrase is its complement."""
    from paddockqa.answer import posts_held

    assert (
        posts_held("« Bravo », a salué Marc Noir, directeur de Team Rouge. Paul Roy (Team Bleu) a gagné.", "Team Bleu")
        == ()
    )
    assert posts_held("Le directeur de Team Bleu a salué la performance de son pilote, Paul Roy.", "Team Bleu") == ()
    assert posts_held("Paul Roy, ancien directeur de Team Bleu, a été remplacé par Luc Blanc.", "Team Bleu") == ()
    assert posts_held("Luc Blanc, fondateur de Team Bleu en 1998, a cédé les rênes à Marc Noir.", "Team Bleu") == ()
    text = "« Nous avons tout donné jusqu'au bout », a confié le coéquipier de Paul Roy, Luc Blanc."
    assert quoted_speaker(text, 3, 10) == (True, "Luc Blanc")


def test_a_quote_attributed_to_a_surname_alone() -> None:
    """ "», a reconnu Coulomb." is Coulomb's, not the make named last before the quote ("Gas Gas",
    the sixteenth walk's rerun of "Qui a dit « … » ?")."""
    text = "Lou Ferrier (Gas Gas) s'impose samedi. « Dimanche, Léo était plus fort que moi », a reconnu Coulomb."
    at = text.index("Dimanche")
    assert quoted_speaker(text, at, at + 8) == (True, "Coulomb")


@pytest.mark.parametrize(
    ("text", "span", "question", "short"),
    [
        # a driver in the bracket after a car is who won
        (
            "L'Alpine A110 (Paul Roy) s'impose devant la Porsche Cayman (Luc Blanc).",
            "Paul Roy",
            "Qui a gagné la course ?",
            "Paul Roy",
        ),
        # the whole asked, a win said in a clause of it
        (
            "Paul Roy a remporté quatre des six courses de la saison.",
            "quatre des six",
            "Combien de courses comptait la saison où Paul Roy a gagné ?",
            "quatre des six",
        ),
        # one day asked
        (
            "Le meeting se tient les 4 et 5 avril ; la finale aura lieu le dimanche 5 avril.",
            "5 avril",
            "Quel jour aura lieu la finale ?",
            "5 avril",
        ),
    ],
)
def test_a_second_reviews_cousins_of_the_seventeenth_walks_kinds(
    text: str, span: str, question: str, short: str
) -> None:
    """A second review of the seventeenth walk's rules, after the first's mends."""
    _assert_short(_read_at(text, span, question), short)


def test_a_quote_ending_a_paragraph_is_attributed_before_it() -> None:
    """A quote closing its paragraph, after "X a expliqué que", is not the next paragraph's first
    word's ("Verdalis", a first version of the surname rule, the eleventh walk's rerun)."""
    text = (
        "De son côté, Antoine Keller, président de Verdalis, a expliqué que « la course est le meilleur "
        "laboratoire ».\n\nVerdalis, créée en 2018 à Rouen, a grandi."
    )
    at = text.index("laboratoire")
    assert quoted_speaker(text, at, at + 11) == (True, "Antoine Keller")


def test_a_day_of_a_programme_is_when_it_runs() -> None:
    """ "- Samedi : Coiluna (31,2 km), Tula (18,7 km)" says when Tula is run: an hour or a day of a
    sentence in the past only is no date to come (a first version refused it, the tenth walk's rerun)."""
    text = "Programme :\n- Samedi : Coiluna (31,2 km), Tula (18,7 km), Sedini (12,1 km)"
    _assert_short(_read_at(text, "Samedi", "Quand se court la spéciale de Tula ?"), "Samedi")


@pytest.mark.parametrize(
    ("subject", "before", "sentence", "elses"),
    [
        (  # the noun made from the verb that names him
            "Pascal Guérin",
            ["L'équipe Ouest Flat Racing, dirigée par Pascal Guérin, a annoncé un troisième pilote."],
            "Le dirigeant de 51 ans, ancien pilote de speedway, vise le titre par équipes.",
            False,
        ),
        (
            "Louis Bernard",
            [
                "Louis Bernard a remporté la finale.",
                "L'équipe Ouest Flat Racing, dirigée par Pascal Guérin, a annoncé un troisième pilote.",
            ],
            "Le dirigeant de 51 ans, ancien pilote de speedway, vise le titre par équipes.",
            True,
        ),
        (
            "Marie Caron",
            ["Le club, fondé par Marie Caron en 1998, compte 240 licenciés."],
            "La fondatrice de 63 ans préside toujours le bureau.",
            False,
        ),
        (  # another verb: the noun stands for the winner named before, as before
            "Marie Caron",
            ["Théo Roux a gagné la course, organisée par Marie Caron."],
            "Le vainqueur de 22 ans signe son premier succès.",
            True,
        ),
    ],
)
def test_a_noun_made_from_the_verb_that_named_someone_stands_for_them(
    subject: str, before: list[str], sentence: str, elses: bool
) -> None:
    """An eighteenth walk refused the age of a team's head: "Le dirigeant de 51 ans" after "dirigée
    par Pascal Guérin", where the name is a complement and the age went to the title's winner."""
    at = sentence.index(" ans") - 2
    assert someone_elses_age(subject, sentence, at, at + 6, "Flat track : Louis Bernard s'impose", before) is elses


@pytest.mark.parametrize(
    ("text", "demonyms"),
    [
        ("Louis Bernard a gagné. Âgé de dix-neuf ans, le Nantais a mené la finale de bout en bout.", ["Nantais"]),
        ("Louis Bernard a gagné. Sous la pluie, la Lyonnaise de 27 ans a devancé Arnaud Peyrot.", ["Lyonnaise"]),
        ("Louis Bernard a gagné. Sous la pluie, la Finlande a accueilli la course.", []),  # a country
        ("Louis Bernard a gagné. Le Nantais a mené la finale.", ["Nantais"]),  # as before
    ],
)
def test_a_demonym_after_an_opening_clause_is_the_sentences_subject(text: str, demonyms: list[str]) -> None:
    """ "Âgé de dix-neuf ans, le Nantais a mené la finale" (an eighteenth walk refused where he
    comes from, and a cousin answered the headline's venue)."""
    assert [text[a:b] for a, b in _demonym_subjects(text)] == demonyms


@pytest.mark.parametrize(
    ("text", "span", "short"),
    [
        (
            "Flat track : Louis Bernard s'impose à Saint-Herblain. Âgé de dix-neuf ans, le Nantais a mené la finale.",
            "Saint-Herblain",
            "Nantais",
        ),
        (
            "Louis Bernard a remporté dimanche la finale à Saint-Herblain. Il est originaire de Rezé.",
            "Saint-Herblain",
            "Rezé",
        ),
        ("Louis Bernard, originaire de Rezé, a gagné à Saint-Herblain.", "Rezé", "Rezé"),  # the origin read stays
    ],
)
def test_where_someone_won_is_not_where_they_come_from(text: str, span: str, short: str) -> None:
    """The headline's "s'impose à Saint-Herblain" answered where Louis Bernard comes from (an
    eighteenth walk's cousin): the place of a win is the race's."""
    at = text.index(span)
    others = ((text.index("Rezé"), text.index("Rezé") + 4, 1.0),) if "Rezé" in text and span != "Rezé" else ()
    hit = _split_hit(text, 1.0, Reading(6.0, at, at + len(span), 6.0, others=others))
    answer = compose_read("D'où vient Louis Bernard ?", read_rank([hit], CALIBRATION), 0.5)
    assert answer.short_answer is not None and answer.short_answer.text == short, answer.text


@pytest.mark.parametrize(
    ("text", "towns"),
    [
        ("« C'est ma plus belle victoire », confie le pilote de Vesoul, âgé de 34 ans.", ["Vesoul"]),
        ("Devant 4 500 spectateurs, le pilote de Luçon a gagné deux manches.", ["Luçon"]),
        ("Le transporteur de Saint-Quentin (Aisne), âgé de 47 ans, a signé le meilleur tour.", ["Saint-Quentin"]),
        ("Le pilote de Formule Ford a gagné.", []),  # a series
        ("le pilote de Peugeot a gagné.", []),  # a make
        ("Didier Morel a gagné. Le coéquipier de Morel a fini deuxième.", []),  # someone's other
        ("Didier Morel a gagné. Le pilote de Morel a fini deuxième.", []),  # a surname said in full elsewhere
        ("Le champion de France a gagné.", []),  # a title
    ],
)
def test_a_rider_named_by_their_town_says_where_they_come_from(text: str, towns: list[str]) -> None:
    """A nineteenth walk refused where two riders come from: "confie le pilote de Vesoul, âgé de
    34 ans", "le pilote de Luçon, âgé de 28 ans, a gagné"."""
    from paddockqa.binding import riders_towns

    assert [text[a:b] for a, b in riders_towns(text)] == towns


@pytest.mark.parametrize(
    ("text", "span", "question", "short"),
    [
        (
            "Parti cinquième, Ludovic Vasseur a pris la tête au septième tour. « Partir cinquième et gagner, c'est "
            "ma plus belle victoire, confie le pilote de Vesoul, âgé de 34 ans. »",
            "au septième tour",
            "D'où vient Ludovic Vasseur ?",
            "Vesoul",
        ),
        (  # another's town: not his
            "Parti cinquième, Ludovic Vasseur a pris la tête. Karine Duclos a fini troisième. Le pilote de Vesoul "
            "est montée sur le podium.",
            "Karine Duclos",
            "D'où vient Ludovic Vasseur ?",
            None,
        ),
        (
            "Né le 3 mars 1954 à Limoges, Bernard Lestrade découvre le sport automobile à quatorze ans.",
            "Limoges",
            "Où est né Bernard Lestrade ?",
            "Limoges",
        ),
        (
            "Née en 1990 à Tulle, Anne Roux a gagné à Nogaro.",
            "Tulle",
            "D'où vient Anne Roux ?",
            "Tulle",
        ),
    ],
)
def test_the_nineteenth_walks_origins_are_read(text: str, span: str, question: str, short: str | None) -> None:
    """A nineteenth walk refused three origins the text says: a rider named by their town, a
    birthplace after a birth's date ("Né le 3 mars 1954 à Limoges")."""
    at = text.index(span)
    hit = _split_hit(text, 1.0, Reading(6.0, at, at + len(span), 6.0))
    _assert_short(compose_read(question, read_rank([hit], CALIBRATION), 0.5), short)


@pytest.mark.parametrize(
    ("question", "before", "then"),
    [
        ("Quel âge a Auguste Ferrand ?", "En catégorie Légende, Auguste Ferrand, doyen de l'épreuve à ", False),
        ("Quel âge a Léo Roux ?", "Léo Roux, le plus jeune du plateau à ", False),
        ("Quel âge a Léo Roux ?", "Léo Roux a débuté le karting à ", True),  # a beginning, as before
        ("À quel âge Inès Marchetti a-t-elle commencé le karting ?", "J'ai ", True),  # the age now
        ("À quel âge Inès Marchetti a-t-elle commencé le karting ?", "Ma première course, je l'ai disputée à ", False),
    ],
)
def test_the_oldest_at_an_age_is_that_age_now_and_i_am_is_no_beginning(question: str, before: str, then: bool) -> None:
    """A nineteenth walk refused "Auguste Ferrand, doyen de l'épreuve à 81 ans" for his age, and
    answered "J'ai dix-sept ans" for when Inès Marchetti began karting."""
    from paddockqa.binding import age_then

    assert age_then(question, before, "81 ans, s'impose.") is then


def test_a_race_asked_by_its_number_is_timed_by_its_programme_line() -> None:
    """A nineteenth walk's programme ("15h45 : Course 1 TCR") went unread three times: the ticket
    sales' "jeudi 16 octobre à minuit" answered when race 1 starts, race 3's hour was refused."""
    text = (
        "Les billets sont en vente jusqu'au jeudi 16 octobre à minuit.\n"
        "Samedi 18 octobre\n"
        "13h10 : course Clio Cup Centre (25 minutes)\n"
        "15h45 : Course 1 TCR (30 minutes + 1 tour)\n"
        "Dimanche 19 octobre\n"
        "11h20 : Course 2 TCR (grille inversée des 10 premiers de la course 1)\n"
        "16h05 : Course 3 TCR\n"
    )
    at = text.index("16 octobre à minuit")
    hit = _split_hit(text, 1.0, Reading(6.0, at, at + len("16 octobre à minuit"), 6.0))
    ranked = read_rank([hit], CALIBRATION)
    for question, hour in [
        ("À quelle heure est la course 1 TCR ?", "15h45"),
        ("À quelle heure commence la course 2 ?", "11h20"),  # not race 1's bracket
        ("À quelle heure commence la course 3 dimanche ?", "16h05"),
    ]:
        _assert_short(compose_read(question, ranked, 0.5), hour)
    # a question naming no race by its number keeps the reader's span
    _assert_short(compose_read("Jusqu'à quelle heure sont vendus les billets ?", ranked, 0.5), "16 octobre à minuit")


def test_a_race_asked_by_its_words_is_timed_by_the_line_saying_most_of_them() -> None:
    """A twentieth walk's programme: "10h00 : demi-finales" answered when the Grande Finale and
    the Juniors' final start; the line saying most of the question's words is theirs, read by its
    name before a comma."""
    text = (
        "Samedi 15 novembre\n"
        "10h00 : demi-finales (deux courses de 25 minutes, 16 pilotes chacune)\n"
        "14h30 : finale Juniors (moins de 16 ans), 20 minutes sur le circuit virtuel de Magny-Cours\n"
        "Dimanche 16 novembre\n"
        "16h00 : Grande Finale (30 minutes, 16 pilotes, circuit virtuel de Spa-Francorchamps)\n"
        "18h00 : remise des prix\n"
    )
    at = text.index("10h00")
    ranked = read_rank([_split_hit(text, 1.0, Reading(6.0, at, at + 5, 6.0))], CALIBRATION)
    for question, hour in [
        ("À quelle heure commence la Grande Finale de sim racing ?", "16h00"),
        ("À quelle heure commence la finale Juniors ?", "14h30"),
        ("À quelle heure commencent les demi-finales ?", "10h00"),
    ]:
        _assert_short(compose_read(question, ranked, 0.5), hour)


@pytest.mark.parametrize(
    ("question", "texts", "asked"),
    [
        ("Qui a gagné chez les Espoirs à Sainte-Hermine ?", [], {"Espoirs"}),
        (  # in small letters, as the text's class
            "Qui a gagné la catégorie féminine du quad cross ?",
            ["En catégorie Féminine, la victoire revient à Laura Pinson."],
            {"Féminine"},
        ),
        (
            "Qui a gagné la Coupe des Dames ?",
            ["- Coupe des Dames : Claire Vialatte / Manon Vialatte\n"],
            {"Coupe des Dames"},
        ),
        ("Qui a gagné à Sainte-Hermine ?", ["- Coupe des Dames : Claire Vialatte / Manon Vialatte\n"], set()),
        ("Qui a gagné ?", ["- Kévin Ravaud : 72 points\n", "- 15h45 : Course 1 TCR\n"], set()),  # no class
        # not a code in small letters ("a" the verb), nor a speaker's heading in other letters
        ("Quel âge a Philippe Gaillard ?", ["Il court en classe A.", "Philippe gaillard : « Merci. »\n"], set()),
    ],
)
def test_the_nineteenth_walks_classes_are_asked(question: str, texts: list[str], asked: set[str]) -> None:
    """A nineteenth walk answered the overall winner for "chez les Espoirs", "la catégorie
    féminine" (the text's "En catégorie Féminine") and "la Coupe des Dames" (a results list's
    item "- Coupe des Dames : …")."""
    assert class_asked(question, texts) == asked


def test_a_win_is_not_given_to_the_one_a_contrast_names_after_it() -> None:
    """ "Adrien Moisan … a remporté la deuxième manche, mais Kévin Ravaud s'est imposé dans la
    première et la troisième": a nineteenth walk gave heat 2 to Ravaud, nearer the verb."""
    sentence = (
        "Adrien Moisan (Honda TRX 450R) a signé les trois holeshots de la journée et a remporté la deuxième manche, "
        "mais Kévin Ravaud (Yamaha YFZ 450R) s'est imposé dans la première et la troisième."
    )
    assert placing_of(sentence, 0, len("Adrien Moisan")) == 1
    at = sentence.index("Kévin Ravaud")
    assert placing_of(sentence, at, at + len("Kévin Ravaud")) == 1
    lead = "Ravaud remporte Sainte-Hermine et creuse l'écart. " + sentence
    hit = _split_hit(lead, 1.0, Reading(6.0, 0, len("Ravaud"), 6.0))
    answer = compose_read("Qui a gagné la deuxième manche à Sainte-Hermine ?", read_rank([hit], CALIBRATION), 0.5)
    _assert_short(answer, "Adrien Moisan")
    overall = compose_read("Qui a gagné à Sainte-Hermine ?", read_rank([hit], CALIBRATION), 0.5)
    _assert_short(overall, "Ravaud")  # the day's winner, asked so


@pytest.mark.parametrize(
    ("text", "span", "question", "short"),
    [
        (  # where he lives says where he comes from
            "« Je suis presque à la maison, j'habite à Vierzon, à quarante minutes du circuit, explique Baptiste "
            "Royer. »",
            "Vierzon",
            "D'où vient Baptiste Royer ?",
            "Vierzon",
        ),
        (  # someone else's
            "« J'habite à Vierzon », explique Baptiste Royer.",
            "Vierzon",
            "D'où vient Maxime Lefranc ?",
            None,
        ),
        (  # his bracket, not the one the reader's span named
            "Adrien Moisan (Honda TRX 450R) a remporté la deuxième manche, mais Kévin Ravaud (Yamaha YFZ 450R) "
            "s'est imposé dans la première.",
            "Adrien Moisan",
            "Quel quad pilote Kévin Ravaud ?",
            "Yamaha YFZ 450R",
        ),
        (  # those beaten each drive their own
            "Gaël Jouannet (Merlyn Mk20) s'est imposé devant Bernard Lestrade et Patrick Huet (Crossle 16F).",
            "Crossle 16F",
            "Quelle voiture pilote Bernard Lestrade ?",
            None,
        ),
        (  # a crew shares its car, as before
            "Kévin Aubert et Damien Petit (Citroën C3 Rally2) ont gagné.",
            "Citroën C3 Rally2",
            "Quelle voiture pilote Kévin Aubert ?",
            "Citroën C3 Rally2",
        ),
        (  # what was paid, its subject before the verb; pounds said "livres"
            "Bernard Lestrade s'offre une Lola T200, dénichée en Angleterre pour 26 000 livres. "
            "La Lola pèse 400 kilos.",
            "400 kilos",
            "Combien Lestrade a payé sa Lola ?",
            "26 000 livres",
        ),
    ],
)
def test_the_nineteenth_walks_origins_vehicles_and_prices(
    text: str, span: str, question: str, short: str | None
) -> None:
    """A nineteenth walk answered the circuit's town for where Baptiste Royer comes from ("j'habite
    à Vierzon"), another's quad and car, and a car's weight for what was paid for it."""
    at = text.index(span)
    others = tuple((text.index(s), text.index(s) + len(s), 1.0) for s in ("26 000 livres",) if s in text and s != span)
    hit = _split_hit(text, 1.0, Reading(6.0, at, at + len(span), 6.0, others=others))
    _assert_short(compose_read(question, read_rank([hit], CALIBRATION), 0.5), short)


def test_an_origin_in_words_answers_an_unsure_reader_only_in_a_passage_naming_them() -> None:
    """ "La mère et la fille, venues d'Yssingeaux" of another release, read at 0.16, answered where
    Baptiste Royer comes from (a nineteenth walk): unsure, an origin in words must be said where
    they are named."""
    text = "La mère et la fille, venues d'Yssingeaux, gagnent la moyenne basse."
    at = text.index("Yssingeaux")
    unsure = _split_hit(text, 0.1, Reading(-2.0, at, at + len("Yssingeaux"), 2.0))
    assert not compose_read("D'où vient Baptiste Royer ?", read_rank([unsure], CALIBRATION), 0.5).answered
    named = "Baptiste Royer, natif d'Yssingeaux, gagne la moyenne basse."
    at = named.index("Yssingeaux")
    his = _split_hit(named, 0.1, Reading(-2.0, at, at + len("Yssingeaux"), 2.0))
    _assert_short(compose_read("D'où vient Baptiste Royer ?", read_rank([his], CALIBRATION), 0.5), "Yssingeaux")


@pytest.mark.parametrize(
    ("text", "span", "speaker"),
    [
        (
            "Karine Duclos a fini troisième. « On a changé les plaquettes, explique Didier Morel. À 47 ans, gagner "
            "encore, ça fait plaisir. »",
            "47 ans",
            "Didier Morel",
        ),
        (  # a noun phrase in the incise names no one: the last named before may be one beaten (a review)
            "Parti cinquième, Ludovic Vasseur a pris la tête. « C'est ma plus belle victoire, confie le pilote de "
            "Vesoul, âgé de 34 ans. J'ai doublé Santoni au freinage. »",
            "doublé",
            None,
        ),
        (  # a name after a noun (a review)
            "Julie Roux a gagné devant Anne Blanc. « La voiture était parfaite, explique son mécanicien Marc Petit. "
            "À 52 ans, j'ai rarement vu ça. »",
            "52 ans",
            "Marc Petit",
        ),
        (  # after the quote, as before
            "Karine Duclos a fini troisième. « Une course parfaite », a déclaré Didier Morel.",
            "course parfaite",
            "Didier Morel",
        ),
    ],
)
def test_a_quote_is_said_by_the_one_its_incise_names(text: str, span: str, speaker: str | None) -> None:
    """ "« On a changé les plaquettes …, explique Didier Morel. À 47 ans, … »" was read as Karine
    Duclos's words, the last name before the quote, and answered her age (a nineteenth walk)."""
    at = text.index(span)
    assert quoted_speaker(text, at, at + len(span)) == (True, speaker)


@pytest.mark.parametrize(
    ("text", "span", "question", "short"),
    [
        (  # an age in a quote is its speaker's
            "Karine Duclos a fini troisième. « On a changé les plaquettes, explique Didier Morel. À 47 ans, gagner "
            "encore, ça fait plaisir. »",
            "47 ans",
            "Quel âge a Karine Duclos ?",
            None,
        ),
        (
            "Karine Duclos a fini troisième. « On a changé les plaquettes, explique Didier Morel. À 47 ans, gagner "
            "encore, ça fait plaisir. »",
            "47 ans",
            "Quel âge a Didier Morel ?",
            "47 ans",
        ),
        (  # a class's bound in brackets is no one's age
            "Chez les Espoirs (moins de 18 ans), Noah Guérin a remporté ses deux manches. Le pilote de Cholet, âgé "
            "de 15 ans, fait figure d'espoir.",
            "18 ans",
            "Quel âge a Noah Guérin ?",
            "15 ans",
        ),
        (  # an age's bound asked: someone's age is none
            "Yanis Kherbouche, 19 ans, a dominé la saison. La série est ouverte aux pilotes âgés de 15 à 21 ans.",
            "19 ans",
            "Quel est l'âge minimum pour courir en e-Formule Académie ?",
            None,
        ),
    ],
)
def test_the_nineteenth_walks_ages_of_others(text: str, span: str, question: str, short: str | None) -> None:
    """A nineteenth walk answered a quote's speaker's age for Karine Duclos, a class's bound
    ("Chez les Espoirs (moins de 18 ans)") for Noah Guérin, a champion's age for the youngest
    allowed."""
    at = text.index(span)
    others = ((text.index("15 ans"), text.index("15 ans") + 6, 1.0),) if "âgé de 15 ans" in text else ()
    hit = _split_hit(text, 1.0, Reading(6.0, at, at + len(span), 6.0, others=others))
    _assert_short(compose_read(question, read_rank([hit], CALIBRATION), 0.5), short)


@pytest.mark.parametrize(
    ("question", "short"),
    [
        ("Quel âge a Lou Garnier ?", None),
        ("Quel âge a Inès Marchetti ?", "dix-sept ans"),
        # nor her rival's, unnamed (a twentieth walk's "Et quel âge a son rival ?" got her own)
        ("Quel âge a la rivale d'Inès Marchetti ?", None),
    ],
)
def test_an_age_said_in_an_interviews_first_person_is_the_one_interviewed(question: str, short: str | None) -> None:
    """ "J'ai dix-sept ans." in Inès Marchetti's interview answered her rival Lou Garnier's age (a
    nineteenth walk, alone and as a follow-up): the questions are put to her by name."""
    text = (
        "Inès Marchetti, comment avez-vous vécu cette dernière manche ?\n"
        "J'avais douze points d'avance sur Lou Garnier en arrivant.\n"
        "Qui êtes-vous en dehors du karting ?\n"
        "J'ai dix-sept ans. Je suis née à Bastia.\n"
    )
    at = text.index("dix-sept ans")
    hit = _split_hit(text, 1.0, Reading(6.0, at, at + len("dix-sept ans"), 6.0))
    _assert_short(compose_read(question, read_rank([hit], CALIBRATION), 0.5), short)


@pytest.mark.parametrize(
    ("text", "span", "question", "short"),
    [
        (  # an incise naming a noun phrase alone: no speaker known, the age stays the one the reader read
            "Julie Roux a remporté le rallye devant Anne Blanc. « Je suis ravie, confie la Lyonnaise. À 30 ans, "
            "c'est enfin mon premier succès ici. »",
            "30 ans",
            "Quel âge a Julie Roux ?",
            "30 ans",
        ),
        (  # a first name in the quoted sentence names its own
            "Son fils Lucas l'accompagne. « Le réglage était parfait, raconte le vainqueur Marc Giraud. À 22 ans, "
            "Lucas roule déjà plus vite que moi. »",
            "22 ans",
            "Quel âge a Lucas Giraud ?",
            "22 ans",
        ),
        (  # the past told in the present is no age now
            "Elle a commencé par le vélo. Elle a huit ans quand son oncle l'emmène sur la piste de Salbris.",
            "huit ans",
            "À quel âge Léa Morin a-t-elle commencé le karting ?",
            "huit ans",
        ),
        (  # a bound said as one
            "Le règlement fixe l'âge minimum à 6 ans pour la catégorie Poussins.",
            "6 ans",
            "Quel est l'âge minimum pour courir chez les Poussins ?",
            "6 ans",
        ),
        (  # "présenté par" is no president's verb
            "L'ASA Cévennes, présidée par Henri Vidal, a tenu son assemblée. Le calendrier a été présenté par Julie "
            "Roux. Le président de 67 ans a remercié les bénévoles.",
            "67 ans",
            "Quel âge a Julie Roux ?",
            None,
        ),
        (
            "L'ASA Cévennes, présidée par Henri Vidal, a tenu son assemblée. Le calendrier a été présenté par Julie "
            "Roux. Le président de 67 ans a remercié les bénévoles.",
            "67 ans",
            "Quel âge a Henri Vidal ?",
            "67 ans",
        ),
        (  # a birth said after a win is an origin
            "Tom Baker, who won twice and was born in Leeds, now leads the championship.",
            "Leeds",
            "Where is Tom Baker from?",
            "Leeds",
        ),
        (  # a race named by the heading over its sentence
            "Course 2 (dimanche)\nLe départ sera donné dimanche à 11h05.",
            "11h05",
            "À quelle heure part la course 2 ?",
            "11h05",
        ),
        (  # another class's heat
            "Kévin Ravaud a gagné les deux manches Élite dimanche. Chez les Espoirs, Noah Guérin a remporté la "
            "deuxième manche.",
            "Kévin Ravaud",
            "Qui a gagné la deuxième manche Élite à Mouilleron ?",
            "Kévin Ravaud",
        ),
        (  # a crew beaten by a crew shares its car
            "Julien Costa et Jean Roussel se sont imposés devant Kévin Aubert et Damien Petit (Citroën C3 Rally2). "
            "Les vainqueurs pilotaient une Skoda Fabia RS Rally2.",
            "Citroën C3 Rally2",
            "Quelle voiture pilote Kévin Aubert ?",
            "Citroën C3 Rally2",
        ),
    ],
)
def test_a_reviews_cousins_of_the_nineteenth_walks_rules(
    text: str, span: str, question: str, short: str | None
) -> None:
    """A review of this session's rules (about 150 cousins, old code against new) found these
    answered worse than before: each is mended here."""
    at = text.index(span)
    hit = _split_hit(text, 1.0, Reading(6.0, at, at + len(span), 6.0))
    _assert_short(compose_read(question, read_rank([hit], CALIBRATION), 0.5), short)


def test_a_reviews_pure_cousins_of_the_nineteenth_walks_rules() -> None:
    """A team is no rider's town; the youngest ever to win something is no age now; a list's
    label is no class (a review)."""
    from paddockqa.binding import riders_towns

    assert riders_towns("La pilote de Rebellion, âgée de 24 ans, a signé la pole.") == []
    before = "Hugo Lenoir, devenu le plus jeune de l'histoire à "
    assert age_then("Quel âge a Hugo Lenoir ?", before, "16 ans à remporter une spéciale en 2019.")
    assert not age_then("Quel âge a Hugo Lenoir ?", "Hugo Lenoir, le plus jeune du plateau à ", "16 ans, a gagné.")
    assert classes_named("- Président : Henri Vidal\n- Temps : 1'52\"3\n", True) == []


def test_a_race_heading_with_a_clause_is_no_line_of_its_winner() -> None:
    """ "Course 2 : Vasseur remonte du cinquième rang", a section's heading, was quoted for who won
    race 2 (a nineteenth walk, twice): after its colon a clause, no list of names; the lead's
    "avant que Ludovic Vasseur ne s'impose dimanche dans la course 2" says it."""
    from paddockqa.binding import events_numbered, race_lines

    text = (
        "ES7 Anduze (14,2 km) : Roux / Roux\nCourse 2 : Vasseur remonte du cinquième rang\n"
        "Course 3 : Julien Costa et Jean Roussel"
    )
    assert [text[a:b] for a, b in race_lines(text, events_numbered(text))] == [
        "Roux / Roux",
        "Julien Costa et Jean Roussel",
    ]
    lead = (
        "Didier Morel a remporté la course 1 samedi, avant que Ludovic Vasseur ne s'impose dimanche dans la course 2.\n"
        "Course 2 : Vasseur remonte du cinquième rang\n"
    )
    at = lead.index("Vasseur remonte")
    hit = _split_hit(lead, 1.0, Reading(6.0, at, at + len("Vasseur"), 6.0))
    _assert_short(
        compose_read("Qui a gagné la course 2 à Nogaro ?", read_rank([hit], CALIBRATION), 0.5), "Ludovic Vasseur"
    )


@pytest.mark.parametrize(
    ("text", "span", "question", "short"),
    [
        (  # a prize of the places said, not of the one asked
            "Le deuxième touchera 4 000 euros et le troisième 2 000 euros.",
            "4 000 euros",
            "Combien touchera le cinquième du Trophée ?",
            None,
        ),
        (
            "Le deuxième touchera 4 000 euros et le troisième 2 000 euros.",
            "4 000 euros",
            "Combien touchera le deuxième du Trophée ?",
            "4 000 euros",
        ),
        (  # one climb's time, not another's ("montée" numbers a race's part)
            "Lors de la première montée, Garnier a signé 4'58\"2, le meilleur temps.",
            "4'58\"2",
            "Quel temps a réalisé Garnier dans la deuxième montée ?",
            None,
        ),
        (
            "Lors de la première montée, Garnier a signé 4'58\"2, le meilleur temps.",
            "4'58\"2",
            "Quel temps a réalisé Garnier dans la première montée ?",
            "4'58\"2",
        ),
        (  # a relative of another kind, with its possessive
            "Sa mère, Sophie, tient le stand de chronométrage du club.",
            "Sophie",
            "Quel est le prénom de la sœur de Léa Bonnet ?",
            None,
        ),
        (
            "Sa mère, Sophie, tient le stand de chronométrage du club.",
            "Sophie",
            "Quel est le prénom de la mère de Léa Bonnet ?",
            "Sophie",
        ),
        ("His older brother, Tom, also races karts.", "Tom", "What is the name of Ryan Hale's father?", None),
        (  # what a sentence of other things costs
            "Le nouveau paddock, de 6 000 mètres carrés, sera goudronné pour 350 000 euros.",
            "350 000 euros",
            "Combien coûte la nouvelle tribune du circuit ?",
            None,
        ),
        (
            "Le nouveau paddock, de 6 000 mètres carrés, sera goudronné pour 350 000 euros.",
            "350 000 euros",
            "Combien coûtera le nouveau paddock ?",
            "350 000 euros",
        ),
        (  # the sentence before taken up by a pronoun says it
            "Une nouvelle tribune de 2 000 places sera construite. Elle coûtera 1,2 million d'euros.",
            "1,2 million d'euros",
            "Combien coûte la nouvelle tribune ?",
            "1,2 million d'euros",
        ),
        (  # an interviewer's question says what the reply prices
            "**Le budget d'une saison, c'est combien ?**\nAutour de 85 000 euros, tout compris : la moto, les pièces.",
            "85 000 euros",
            "Combien coûte une saison de motocross pour Killian Roche ?",
            "85 000 euros",
        ),
        (  # a ticket, said another way
            "Entrée adulte : 15 euros ; gratuit pour les moins de 12 ans.",
            "15 euros",
            "Combien coûte le billet adulte ?",
            "15 euros",
        ),
        (  # what was paid, in the past
            "Le centre médical a été construit pour 480 000 euros.",
            "480 000 euros",
            "Combien ont coûté les caméras de la tour de contrôle ?",
            None,
        ),
    ],
)
def test_the_twentieth_walks_neighbouring_values(text: str, span: str, question: str, short: str | None) -> None:
    """A value of the type asked said of a neighbour is no answer: another place's prize ("Le
    deuxième recevra 2 500 euros" for the fourth's), another climb's time, another relative's name
    ("Son père, Alain" for the brother's), the cost of other things ("Un nouveau centre médical …
    pour 480 000 euros" for the control tower's cameras; a twentieth walk, eight times); the value
    asked stays."""
    _assert_short(_read_at(text, span, question), short)


@pytest.mark.parametrize(
    ("text", "span", "short"),
    [
        (  # a cause said by its own words, not "après" a moment
            "Essais libres au Mans. La séance a été suspendue après le passage de la voiture de sécurité, à cause "
            "d'une nappe d'huile au virage 3.",
            "après le passage de la voiture de sécurité",
            "une nappe d'huile au virage 3",
        ),
        (  # "après" alone still says the cause
            "Essais libres au Mans. La séance a été suspendue après une sortie de piste de Martin au virage 3.",
            "après une sortie de piste de Martin au virage 3",
            "après une sortie de piste de Martin au virage 3",
        ),
    ],
)
def test_a_cause_said_by_its_own_words_outranks_after(text: str, span: str, short: str) -> None:
    """ "interrompue après le passage du 52e équipage, à la suite de la sortie de route de la
    Renault Clio RS …" quoted the moment for why (a twentieth walk): a word that only says a cause
    ("à la suite de", "à cause de") outranks "après", which may say a moment."""
    _assert_short(_read_at(text, span, "Pourquoi la séance a-t-elle été suspendue ?"), short)


@pytest.mark.parametrize(
    ("question", "span", "short"),
    [
        ("Quel est le prénom du frère d'Inès Carrel ?", "Marc", "Hugo"),
        ("Comment s'appelle la mère d'Inès Carrel ?", "Marc", "Nadine"),
        ("Quel âge a le frère d'Inès Carrel ?", "15 ans", "15 ans"),
    ],
)
def test_a_relative_is_named_with_a_possessive_and_a_family_is_no_class(question: str, span: str, short: str) -> None:
    """ "son frère cadet, Théo, 17 ans" answers the first name and the age of Manon Rieutort's
    brother, whom the reader read while a rule took "Chez les Rieutort" for a class and Théo for
    someone else of whom the question asks nothing (a twentieth walk quoted her father, then her
    co-driver); the possessive and the relative's kind say who."""
    text = (
        "Inès Carrel, 19 ans, vit à Aurillac.\n"
        "Chez les Carrel, la moto est une affaire de famille. Son père, Marc, a couru en side-car ; sa mère, "
        "Nadine, tient le stand de chronométrage ; son frère cadet, Hugo, 15 ans, roule en minivert."
    )
    at = text.index(span)
    hit = _split_hit(text, 1.0, Reading(6.0, at, at + len(span), 3.0))
    _assert_short(compose_read(question, read_rank([hit], CALIBRATION), 0.5), short)


def test_a_family_and_the_relatives_a_text_names() -> None:
    """The pure parts: a relative asked and said, a family's name after "Chez les" (pure)."""
    from paddockqa.binding import class_asked, classes_named, kin_asked, kin_before, kin_named

    assert kin_asked("Quel est le prénom du frère de Manon Rieutort ?") == "brother"
    assert kin_asked("Who is Ryan Hale's sister?") == "sister"
    assert kin_asked("Qui est la première femme à gagner ?") is None  # no relative: a placing's noun
    assert kin_asked("Quel est son métier ?") is None  # "son", a possessive
    assert kin_before("… à Espalion ; son frère cadet, ") == "brother"
    assert kin_before("Il est le fils de ") is None  # no possessive: the relation turned
    assert kin_before("Le garage tourne ; sa mère, Christine, est ") == "mother"  # the clause's subject
    assert kin_before("La sœur de son père, Anne, est ") is None
    text = "Manon Rieutort court en Junior. Sa mère, Christine, est infirmière ; son frère cadet, Théo, 17 ans."
    assert [text[a:b] for a, b in kin_named(text, "brother", "Manon Rieutort")] == ["Théo"]
    assert kin_named(text, "brother", "Julie Martin") == []  # her brother is not Julie Martin's
    # in apposition, of a noun standing for the one asked or of them by name (``eval/dialogues``)
    text = "Pierre Cheynet est député. Louis Cheynet (1714-1791), père du député, a été consul."
    assert [text[a:b] for a, b in kin_named(text, "father", "Pierre Cheynet")] == ["Louis Cheynet"]
    text = "Marc Durand, fils de Paul Durand, a gagné."
    assert kin_named(text, "son", "Marc Durand") == [] and kin_named(text, "son", "Paul Durand") == [(0, 11)]
    family = "Chez les Rieutort, le rallye se transmet. Manon Rieutort lit les notes."
    assert classes_named(family) == [] and classes_named("Chez les Espoirs, Noah Guérin s'impose.") == [(0, "Espoirs")]
    assert class_asked("Quel est le frère de Manon Rieutort ?", ["Chez les Rieutort, le rallye se transmet."]) == set()


def test_a_relatives_trade_and_what_a_release_is_about() -> None:
    """Run once on a twenty-first walk, held out, the rules above turned two right answers wrong:
    the mother's first name for her trade ("Sa mère, Sylvie, comptable" asked what she does), and
    a refusal of what the circuit the whole release is about cost ("Le chantier a coûté 18
    millions d'euros"): a relative's name only when a name is asked; the title's subject needs no
    saying again."""
    text = "Inès Carrel dirige l'équipe. Sa mère, Sylvie, comptable, gère l'administration et les inscriptions."
    _assert_short(_read_at(text, "comptable", "Quel est le métier de la mère d'Inès Carrel ?"), "comptable")
    _assert_short(_read_at(text, "comptable", "Comment s'appelle la mère d'Inès Carrel ?"), "Sylvie")
    text = "Le circuit a été inauguré samedi. Le chantier a coûté 18 millions d'euros, financés par le Département."
    at = text.index("18 millions")
    title = "Le circuit des Monts d'Ardèche ouvre ses portes"
    hit = _split_hit(text, 1.0, Reading(6.0, at, at + len("18 millions"), 3.0), title=title)
    answer = compose_read("Combien a coûté le circuit des Monts d'Ardèche ?", read_rank([hit], CALIBRATION), 0.5)
    _assert_short(answer, "18 millions")


@pytest.mark.parametrize(
    ("text", "span", "question", "short"),
    [
        (  # the words before the first amount are every amount's
            "Les droits d'engagement s'élèvent à 1 200 euros pour une voiture et à 650 euros pour un quad.",
            "1 200 euros",
            "Combien coûte l'engagement d'un quad ?",
            "650 euros",
        ),
        (
            "Les droits d'engagement s'élèvent à 1 200 euros pour une voiture et à 650 euros pour un quad.",
            "1 200 euros",
            "Combien coûte l'engagement d'une voiture ?",
            "1 200 euros",
        ),
        (  # a clause of another vehicle class
            "Rallye des Causses : Paul Vidal s'impose en autos, Julie Bonnet triomphe à moto",
            "Paul Vidal",
            "Qui a gagné le Rallye des Causses à moto ?",
            "Julie Bonnet",
        ),
        (
            "Rallye des Causses : Paul Vidal s'impose en autos, Julie Bonnet triomphe à moto",
            "Paul Vidal",
            "Qui a gagné le Rallye des Causses en auto ?",
            "Paul Vidal",
        ),
    ],
)
def test_the_twenty_first_walks_amounts_and_vehicle_classes(text: str, span: str, question: str, short: str) -> None:
    """ "9 800 euros pour un équipage auto et à 5 400 euros pour une moto" gave the car's fee for a
    bike's, and a headline's "Mathieu Lenoir s'impose en autos, Benjamin Carrel triomphe à moto"
    the car winner for who won on a bike (a twenty-first walk)."""
    at = text.index(span)
    others = tuple((text.index(o), text.index(o) + len(o), 2.0) for o in ("Julie Bonnet",) if o in text)
    hit = _split_hit(text, 1.0, Reading(6.0, at, at + len(span), 3.0, others=others))
    _assert_short(compose_read(question, read_rank([hit], CALIBRATION), 0.5), short)


def test_a_leads_overall_winner_is_no_numbered_races() -> None:
    """ "Team France won the Junior Motocross of Nations" of the lead after its dateline answered
    who won Race 3 (a twenty-first walk, three times), where "Race 3 was won by Daan Kuipers" was
    read at 0.31: the lead, like the headline, is no race's the question numbers when another
    read passage of the release names it, and a sentence naming that race takes its release's
    surest probability."""
    lead = (
        "SAINT-JEAN-D'ANGÉLY, 2 September 2024 — Team Italy won the Junior Motocross of Nations on home soil on Sunday."
    )
    body = "Race 3 was won by Jens Bakker, the best rider of the weekend; Race 2 went to the Belgians."
    at = lead.index("Team Italy")
    first = _split_hit(lead, 1.0, Reading(6.0, at, at + len("Team Italy"), 3.0))
    at = body.index("Jens Bakker")
    second = _split_hit(body, 0.9, Reading(-2.0, at, at + len("Jens Bakker"), 3.0))  # (the same release)
    ranked = read_rank([first, second], CALIBRATION)
    _assert_short(compose_read("Who won Race 3 at the Junior Motocross of Nations?", ranked, 0.5), "Jens Bakker")
    _assert_short(compose_read("Who won the Junior Motocross of Nations?", ranked, 0.5), "Team Italy")


@pytest.mark.parametrize(
    ("question", "short"),
    [
        ("Qui a gagné la catégorie quad du Raid des Oasis ?", None),
        ("Qui a gagné le Raid des Oasis en autos ?", "Paul Vidal / Luc Roy"),
    ],
)
def test_a_vehicle_class_the_release_never_names_is_refused(question: str, short: str | None) -> None:
    """ "Qui a gagné la catégorie quad du Raid Sahara Tunisie ?", a class the release never names,
    got the car list's winner, then a stage's route, "entre Douz et Ksar Ghilane" (a twenty-first
    walk): a results list's heading names its vehicles ("Classement final autos :"), and a route is
    no winner."""
    text = (
        "Classement final autos :\n1. Paul Vidal / Luc Roy (Toyota Hilux) — 21 h 14 min 37 s\n"
        "La deuxième étape, entre Douz et Tozeur, a été raccourcie de 80 kilomètres."
    )
    at = text.index("Paul Vidal")
    route = text.index("Douz et Tozeur")
    reading = Reading(6.0, at, at + len("Paul Vidal"), 3.0, others=((route, route + len("Douz et Tozeur"), 2.0),))
    _assert_short(compose_read(question, read_rank([_split_hit(text, 1.0, reading)], CALIBRATION), 0.5), short)


def test_a_why_question_placing_someone_is_told_by_another_place() -> None:
    """The eighth of a why question is the event explained: "Bétard tenait la deuxième place …
    lorsqu'il a chuté" tells why he finished only sixth (``eval/walk19``, refused by the rule of
    another place's value)."""
    text = "Florian Bétard tenait la deuxième place de la troisième manche lorsqu'il a chuté au quatrième tour."
    answer = _read_at(text, "il a chuté au quatrième tour", "Pourquoi Florian Bétard n'a-t-il fini que sixième ?")
    assert answer.answered, answer.text


def test_a_sentence_opening_with_a_pronoun_is_its_persons() -> None:
    """ "Il boucle le parcours en 19 h 48 min 02 s, avec 6 min 33 s d'avance sur l'Italien Stefano
    Ricci" after "À moto, la victoire revient à Benjamin Carrel" is Carrel's time, not Ricci's,
    placed against (a twenty-first walk refused it)."""
    from paddockqa.binding import said_of_another

    before = ["À moto, la victoire revient à Julien Morel, 24 ans, originaire de Gap."]
    sentence = "Il boucle le parcours en 19 h 48 min, avec 6 min d'avance sur l'Italien Marco Bassi (Honda)."
    at = sentence.index("19 h")
    assert not said_of_another("Julien Morel", sentence, at, "Titre", before)
    assert said_of_another("Marco Bassi", sentence, at, "Titre", before)
    assert said_of_another("Julien Morel", "Il y a deux ans, Marco Bassi a gagné en 19 h 48 min.", 40, "Titre", before)
    text = before[0] + " " + sentence
    _assert_short(
        _read_at(text, "19 h 48 min", "En combien de temps Julien Morel a-t-il bouclé le raid ?"), "19 h 48 min"
    )


def test_a_sum_is_no_ones_name() -> None:
    """ "60 000 euros, qui financera sa première saison" was the reader's span for who received the
    main grant (a twenty-first walk): a sum is nobody; the name said before is the answer."""
    text = (
        "Le grand lauréat 2024 est Hugo Lemaire. Âgé de 15 ans, le Rochelais reçoit la bourse principale de 60 000 "
        "euros, qui financera sa saison."
    )
    at = text.index("60 000")
    name = text.index("Hugo Lemaire")
    reading = Reading(6.0, at, at + len("60 000 euros"), 3.0, others=((name, name + len("Hugo Lemaire"), 2.0),))
    answer = compose_read(
        "Qui a reçu la bourse principale ?", read_rank([_split_hit(text, 1.0, reading)], CALIBRATION), 0.5
    )
    _assert_short(answer, "Hugo Lemaire")


def test_a_race_named_before_where_someone_finished_asks_a_place() -> None:
    """ "Et en course 2, où a-t-il fini ?", understood as "En course 2, où Hugo Rouvière a-t-il fini
    ?", was answered "à Nogaro" (a twenty-first walk): the race named first does not make it a
    place's question."""
    from paddockqa.answer_type import expected_type

    assert expected_type("En course 2, où Hugo Rouvière a-t-il fini ?") == "rank"
    assert expected_type("Et dans la manche 3, où Léa Petit a-t-elle terminé ?") == "rank"
    assert expected_type("En 2019, où Hugo Rouvière a-t-il fini sa carrière ?") != "rank"


def test_a_span_holding_a_winning_clause_is_no_name() -> None:
    """ "Jordan Pradier gagne la finale, Kévin Dumas" of the headline "… Kévin Dumas champion de
    France Super Stock" answered who the champion is (a twenty-first walk): a span holding a
    clause's verb names no one; the next span does."""
    text = "Stock-car : Paul Vidal gagne la finale, Marc Roy champion de France Super Stock"
    at = text.index("Paul Vidal")
    end = text.index(" champion")
    roy = text.index("Marc Roy")
    reading = Reading(6.0, at, end, 3.0, others=((roy, roy + len("Marc Roy"), 2.0),))
    answer = compose_read(
        "Qui est le champion de France Super Stock ?", read_rank([_split_hit(text, 1.0, reading)], CALIBRATION), 0.5
    )
    _assert_short(answer, "Marc Roy")


@pytest.mark.parametrize(("race", "short"), [("Race 3", "Jens Bakker"), ("Race 1", None)])
def test_a_sentence_of_no_race_nor_placing_is_no_races_winner(race: str, short: str | None) -> None:
    """The squad's "… was made up of Tom Laine … and Max Roux" (0.90) answered who won Race 3 over
    "Race 3 was won by Daan Kuipers" (0.40), and who won Race 1, whose winner a read passage names
    only by a description (a twenty-first walk): a sentence naming no race and placing no one says
    no numbered race's winner where the passages read name that race."""
    squad = "The squad was made up of Tom Laine (85cc) and Max Roux (250cc). The youngest led every lap of Race 1."
    body = "Race 3 was won by Jens Bakker, the best rider of the weekend."
    at = squad.index("Max Roux")
    first = _split_hit(squad, 1.0, Reading(6.0, at, at + len("Max Roux"), 3.0))
    at = body.index("Jens Bakker")
    second = _split_hit(body, 0.9, Reading(-0.5, at, at + len("Jens Bakker"), 3.0))
    ranked = read_rank([first, second], CALIBRATION)
    _assert_short(compose_read(f"Who won {race} at Saint-Jean?", ranked, 0.35), short)


def test_an_interviewers_bold_line_asks_like_a_question() -> None:
    """ "**Parlez-nous de votre copilote.**" asks as "Qui est votre copilote ?" does: the reply
    under it, "Chloé Vasseur est avec moi depuis trois saisons.", read at 0.27, names Léna
    Marchetti's co-driver (a twenty-first walk refused), and takes its release's surest
    probability."""
    title = "Léna Marchetti : « On a appris à ne rien lâcher »"
    lead = "Mâcon, le 14 mai 2024 — Nous avons retrouvé la pilote de l'écurie Saône Sport Auto devant le camion."
    reply = (
        "**Et le moment le plus difficile ?**\n\nLa quatrième spéciale.\n\n**Parlez-nous de votre copilote.**\n\n"
        "Julie Ferrand est avec moi depuis trois saisons. Elle est professeure."
    )
    at = lead.index("Saône Sport Auto")
    first = _split_hit(lead, 1.0, Reading(1.0, at, at + len("Saône Sport Auto"), 3.0), title=title)
    at = reply.index("Julie Ferrand")
    second = _split_hit(reply, 0.9, Reading(-1.5, at, at + len("Julie Ferrand"), 3.0), title=title)
    ranked = read_rank([first, second], CALIBRATION)
    _assert_short(compose_read("Qui est la copilote de Léna Marchetti ?", ranked, 0.35), "Julie Ferrand")


def test_the_question_without_the_name_of_the_one_interviewed() -> None:
    """``answer.interviewee_aside``: the name of the one an interview's title names goes, with its
    "de"; not where it is the question's subject at its end ("Quel âge a Léna Marchetti ?"), nor
    for a passage of no interview or of someone else (pure)."""
    from paddockqa.answer import interviewee_aside

    text = "**Comment financez-vous votre saison ?**\n\nNotre budget est de 85 000 euros."
    hit = _split_hit(text, 1.0, None, title="Léna Marchetti : « Dans les spéciales »")
    assert interviewee_aside("Quel est le budget de la saison de Léna Marchetti ?", hit) == (
        "Quel est le budget de la saison ?"
    )
    assert interviewee_aside("À quelle place Marchetti a-t-elle terminé ?", hit) == "À quelle place a-t-elle terminé ?"
    assert interviewee_aside("Who is the main sponsor of Léna Marchetti?", hit) == "Who is the main sponsor ?"
    assert interviewee_aside("Quel âge a Léna Marchetti ?", hit) is None
    assert interviewee_aside("Quel est le budget de Paul Roy ?", hit) is None
    plain = _split_hit("Notre budget est de 85 000 euros.", 1.0, None, title="Léna Marchetti : « Dans les spéciales »")
    assert interviewee_aside("Quel est le budget de la saison de Léna Marchetti ?", plain) is None


@pytest.mark.parametrize(
    ("text", "span", "question", "short"),
    [
        (  # places joined by "et" share the value after them
            "Le quatrième et le cinquième recevront 800 euros chacun. Du huitième au dixième, chaque pilote repartira "
            "avec un bon d'achat de 150 euros.",
            "800 euros",
            "Combien gagne le quatrième du slalom de Lurcy-Lévis ?",
            "800 euros",
        ),
        (  # an ordinal with its noun asks no place
            'Au premier run, Léa Martin signe 52"31. Au second run, Léa Martin termine troisième en 51"87.',
            '51"87',
            "Quel temps a réalisé Léa Martin lors de son second run ?",
            '51"87',
        ),
        (
            "En première demi-finale du challenge Jeunes, Romain Astier termine deuxième en 1'04\"55.",
            "1'04\"55",
            "Quel temps a signé Romain Astier en première demi-finale ?",
            "1'04\"55",
        ),
        (
            "Au deuxième essai libre, Marie Delorme s'est classée cinquième en 1'57\"400.",
            "1'57\"400",
            "Quel temps a réalisé Marie Delorme au deuxième essai libre ?",
            "1'57\"400",
        ),
        (  # the nearest relative said before is the one a clause tells of
            "Her mother drives the team's truck while her father, Alan Perrin, builds the engines, explained Nadia "
            "Perrin.",
            "builds the engines",
            "What does Nadia Perrin's father do?",
            "builds the engines",
        ),
        (  # a ticket's price said by attending
            "Comptez 25 euros pour assister aux deux jours de course. Le pass paddock coûte 40 euros.",
            "25 euros",
            "Combien coûte l'entrée aux Coupes de Pâques ?",
            "25 euros",
        ),
        (  # a child's, by an age bound
            "Le billet adulte coûte 20 euros. Les moins de 16 ans paieront 8 euros.",
            "8 euros",
            "Quel est le tarif pour les enfants aux Coupes de Pâques ?",
            "8 euros",
        ),
        (  # a quoted question before the reply
            "« Combien coûte une saison en Clio Cup ? » Il faut compter 90 000 euros pour un pilote, répond le "
            "promoteur, Jérôme Roussel.",
            "90 000 euros",
            "Combien coûte une saison en Clio Cup ?",
            "90 000 euros",
        ),
        (  # vehicle classes joined, a class said as a standings' noun
            "Chez les motos et les quads, les Français ont aussi brillé : Alexandre Giroud remporte le classement "
            "quad, tandis que Benjamin Carrel triomphe à moto.",
            "Alexandre Giroud",
            "Qui a gagné l'Africa Eco Race chez les quads ?",
            "Alexandre Giroud",
        ),
        (  # an impersonal "il" is no one
            "Paul Vidal a dominé la course 1 samedi, en 25'08\"1. Il a fallu attendre dimanche et la course 2 pour "
            "voir Hugo Bernard s'imposer, en 25'12\"4, devant Yann Le Goff.",
            "25'12\"4",
            "Quel temps a réalisé Hugo Bernard à Lédenon ?",
            "25'12\"4",
        ),
        (  # a round of a championship is the rally itself: its lead says its winners
            "Lédenon, le 30 mars 2025 – Paul Vidal et Sophie Lenoir ont remporté le Rallye du Gard. Cette deuxième "
            "manche de la Coupe de France des rallyes, disputée sur neuf spéciales, a réuni 92 équipages.",
            "Paul Vidal et Sophie Lenoir",
            "Qui a gagné la deuxième manche de la Coupe de France des rallyes ?",
            "Paul Vidal et Sophie Lenoir",
        ),
        (  # piaf-dev: a sentence read whole, no clause beside a name
            "Jacques Anquetil devient le premier coureur à remporter cinq Tours de France. Il est également le "
            "deuxième, après Fausto Coppi, à réaliser le doublé.",
            "Jacques Anquetil devient le premier coureur à remporter cinq Tours de France.",
            "Qui a gagné pour la 1ère fois 5 tours de France ?",
            "Jacques Anquetil devient le premier coureur à remporter cinq Tours de France.",
        ),
        (  # piaf-dev: a relative's name with a particle
            "Après la mort d'Arudj, son frère Khayr ad-Din se place dans la vassalité du sultan d'Istanbul.",
            "Khayr ad-Din",
            "Qui est le frère d'Arudj Barberousse ?",
            "Khayr ad-Din",
        ),
    ],
)
def test_a_reviews_cousins_of_the_twenty_first_walks_rules(text: str, span: str, question: str, short: str) -> None:
    """A review of this session's rules (151 cousins, old code against new) and piaf-dev found
    these answered worse than before: each is mended here."""
    _assert_short(_read_at(text, span, question), short)


def test_a_persons_name_asked_is_written_with_a_capital() -> None:
    """ "un team jeune" answered "Comment s'appelle le coéquipier de Patrick Pilet au sein du
    Flying Lizard ?" once read without the name (the press set's unanswerable): a person's name
    asked has a capital; a thing's may not ("Comment s'appelle le phénomène … ?", PIAF)."""
    text = "« Mon équipe, le Flying Lizard, est un team jeune puisqu'il a été fondé en 2003. »"
    question = "Comment s'appelle le coéquipier de Paul Roy au sein du Flying Lizard ?"
    _assert_short(_read_at(text, "un team jeune", question), None)
    text = "Ce phénomène, la photosynthèse, transforme la lumière en énergie."
    _assert_short(_read_at(text, "la photosynthèse", "Comment s'appelle le phénomène ?"), "la photosynthèse")


@pytest.mark.parametrize(
    ("text", "span", "question", "short"),
    [
        (  # fourth overall, the class's winner
            "L'équipage 100 % féminin d'Hélène Cordier et Nathalie Brun, quatrième, remporte par ailleurs la "
            "catégorie T2 réservée aux véhicules de série.",
            "Hélène Cordier et Nathalie Brun",
            "Qui a gagné la catégorie T2 ?",
            "Hélène Cordier et Nathalie Brun",
        ),
        (  # the same for the race: fourth is no winner
            "L'équipage 100 % féminin d'Hélène Cordier et Nathalie Brun, quatrième, remporte par ailleurs la "
            "catégorie T2 réservée aux véhicules de série.",
            "Hélène Cordier et Nathalie Brun",
            "Qui a gagné le Raid Sahara Tunisie ?",
            None,
        ),
        (  # another class won
            "Paul Roy, deuxième au scratch, s'adjuge la classe N2 devant Luc Blanc.",
            "Paul Roy",
            "Qui a gagné la classe A6 ?",
            None,
        ),
        (  # a cousin: the class won, said with another verb
            "Paul Roy, deuxième au scratch, s'adjuge la classe N2 devant Luc Blanc.",
            "Paul Roy",
            "Qui a gagné la classe N2 ?",
            "Paul Roy",
        ),
        (  # one named between the win and the class: his, not the span's
            "Paul Roy, deuxième, devance Luc Blanc, qui remporte la classe N2.",
            "Paul Roy",
            "Qui a gagné la classe N2 ?",
            None,
        ),
        (  # a team's place is its results line's number
            "Classement général :\n3. n°27 Fun Team Limoges (Lafaye, Dupuis, Sauvage) — à 2 tours\n"
            "4. n°19 Charente Racing (Vidal, Poupard, Texier) — à 6 tours\n"
            "5. n°8 Lycée Pro Nieuil Racing (Marchal, Bernier, Avril) — à 9 tours",
            "Marchal, Bernier, Avril",
            "Où le Lycée Pro Nieuil Racing a-t-il terminé au général ?",
            "5",
        ),
        (  # a cousin: its car asked by number
            "Classement général :\n3. n°27 Fun Team Limoges (Lafaye, Dupuis, Sauvage) — à 2 tours\n"
            "4. n°19 Charente Racing (Vidal, Poupard, Texier) — à 6 tours\n"
            "5. n°8 Lycée Pro Nieuil Racing (Marchal, Bernier, Avril) — à 9 tours",
            "Vidal, Poupard, Texier",
            "Où a terminé la n°19 de Charente Racing ?",
            "4",
        ),
        (  # a results item's bracket is its crew, placed by the item's number
            "Classement général :\n1. n°12 Kart'Mania 86 (Guérin, Pellerin, Duval) — 214 tours\n"
            "2. n°3 Vienne Motorsport (Ménard, Blanchard, Roux) — à 1 tour",
            "Ménard, Blanchard, Roux",
            "Qui a gagné la catégorie Dames aux 6 Heures Fun Cup ?",
            None,
        ),
        (
            "Classement général :\n1. n°12 Kart'Mania 86 (Guérin, Pellerin, Duval) — 214 tours\n"
            "2. n°3 Vienne Motorsport (Ménard, Blanchard, Roux) — à 1 tour",
            "Ménard, Blanchard, Roux",
            "Qui a terminé deuxième des 6 Heures Fun Cup ?",
            "Ménard, Blanchard, Roux",
        ),
        (  # a team the list does not name
            "Classement général :\n3. n°27 Fun Team Limoges (Lafaye, Dupuis, Sauvage) — à 2 tours\n"
            "4. n°19 Charente Racing (Vidal, Poupard, Texier) — à 6 tours",
            "Vidal, Poupard, Texier",
            "À quelle place a terminé le Team Sarthe Prestige ?",
            None,
        ),
    ],
)
def test_a_class_won_by_one_placed_overall_and_a_teams_place(
    text: str, span: str, question: str, short: str | None
) -> None:
    """A twenty-first walk refused the T2's winners, fourth overall ("quatrième, remporte par
    ailleurs la catégorie T2"), and where a team finished (its results line names the team and
    its drivers, no one asked): a class asked is won after the span's name; a team's place is
    its results line's number."""
    _assert_short(_read_at(text, span, question), short)


@pytest.mark.parametrize(
    ("question", "short"),
    [
        ("Quel est le prochain rallye de Léna Marchetti ?", "Le Rallye des Monts du Lyonnais"),
        ("Quel est le prochain rendez-vous de l'équipage ?", "Le Rallye des Monts du Lyonnais"),
        # someone else named in the interview: the reply is not theirs
        ("Quel est le prochain rallye de Damien Royer ?", None),
    ],
)
def test_an_interviews_reply_to_what_comes_next(question: str, short: str | None) -> None:
    """A twenty-first walk refused "Quel est le prochain rallye de Léna Marchetti ?": the reply
    to "Quelle est la suite du programme ?" says no "prochain"; the interviewer's line does."""
    title = "Léna Marchetti : « Dans les spéciales, on a appris à ne rien lâcher »"
    text = (
        "Ce week-end, vous terminez troisièmes, à 48,6 secondes de Damien Royer. Quelle est la suite du programme ?\n"
        "Le Rallye des Monts du Lyonnais, les 8 et 9 juin. C'est un rallye que je ne connais pas du tout."
    )
    span = "Le Rallye des Monts du Lyonnais"
    at = text.index(span)
    hit = _split_hit(text, 1.0, Reading(6.0, at, at + len(span), 3.0), title=title)
    _assert_short(compose_read(question, read_rank([hit], CALIBRATION), 0.5), short)


@pytest.mark.parametrize(
    ("text", "span", "question", "short"),
    [
        (  # a first rally's car is no car driven now
            "J'ai fait mon premier rallye en 2017, sur une Peugeot 106 que mon oncle avait préparée.",
            "Peugeot 106",
            "Quelle voiture pilote Léna Marchetti ?",
            None,
        ),
        (  # asked of then, it is
            "J'ai fait mon premier rallye en 2017, sur une Peugeot 106 que mon oncle avait préparée.",
            "Peugeot 106",
            "Quelle voiture pilotait Léna Marchetti à ses débuts ?",
            "Peugeot 106",
        ),
        (  # a cousin: his beginnings in the third person, English
            "He started racing in 2015 in a Ford Fiesta ST lent by his father.",
            "Ford Fiesta ST",
            "Which car does Tom Reed drive?",
            None,
        ),
        (  # a tractor's too, the first pull (a twenty-second walk)
            "Sa première traction, Gérard Pouzet l'a disputée en 1988, avec le tracteur de la ferme, un Renault "
            "Super 7.",
            "Renault Super 7",
            "Quel modèle de tracteur pilote Gérard Pouzet ?",
            None,
        ),
        (  # now said after the beginnings
            "Après des débuts sur une Peugeot 106, elle pilote aujourd'hui une Peugeot 208 Rally4.",
            "Peugeot 208 Rally4",
            "Quelle voiture pilote Léna Marchetti ?",
            "Peugeot 208 Rally4",
        ),
    ],
)
def test_a_car_of_ones_beginnings_is_no_car_driven_now(text: str, span: str, question: str, short: str | None) -> None:
    """A twenty-first walk answered "Quelle voiture pilote Léna Marchetti ?" with the car of her
    first rally in 2017: a vehicle asked in the present is not the one of one's beginnings."""
    _assert_short(_read_at(text, span, question), short)


@pytest.mark.parametrize(
    ("text", "span", "question", "short"),
    [
        (  # where one started is not where one finished
            "La grille est inversée : Hugo Rouvière s'élançait donc de la huitième place.",
            "huitième place",
            "À quelle place Hugo Rouvière a-t-il terminé la course 2 ?",
            None,
        ),
        (
            "Parti de la deuxième place, Hugo Rouvière a doublé le poleman dès le premier tour.",
            "deuxième place",
            "Où Hugo Rouvière a-t-il terminé la course 1 ?",
            None,
        ),
        (  # a cousin in English
            "Tom Reed started from ninth on the grid and stayed out of trouble.",
            "ninth",
            "What place did Tom Reed finish?",
            None,
        ),
        (  # a start asked, the start answers
            "La grille est inversée : Hugo Rouvière s'élançait donc de la huitième place.",
            "huitième place",
            "De quelle place Hugo Rouvière est-il parti en course 2 ?",
            "huitième place",
        ),
        (  # a finish after a start in the sentence
            "Parti de la deuxième place, Hugo Rouvière a terminé troisième.",
            "troisième",
            "Où Hugo Rouvière a-t-il terminé la course 1 ?",
            "troisième",
        ),
    ],
)
def test_a_start_place_is_no_finishing_place(text: str, span: str, question: str, short: str | None) -> None:
    """A twenty-first walk answered where Hugo Rouvière finished race 2 with "s'élançait donc de la
    huitième place" (the reversed grid): a place one started from answers no finishing place."""
    _assert_short(_read_at(text, span, question), short)


def test_a_series_of_cars_is_no_second_person_asked() -> None:
    """ "Combien de points a Hugo Rouvière au championnat Legend Cars ?" quoted the second's "198
    points" first (a twenty-first walk): "Legend Cars" read as a second person, so no one's
    points were asked."""
    assert not is_person("Legend Cars") and not is_person("Monster Trucks") and is_person("Hugo Rouvière")
    text = "Classement du championnat :\n1. Hugo Rouvière — 212 points\n2. Maxime Tessier — 198 points"
    a, b = text.index("198 points"), text.index("198 points") + len("198 points")
    c, d = text.index("212 points"), text.index("212 points") + len("212 points")
    hit = _split_hit(text, 1.0, Reading(6.0, a, b, 3.0, others=((c, d, 2.0),)))
    question = "Combien de points a Hugo Rouvière au championnat Legend Cars ?"
    _assert_short(compose_read(question, read_rank([hit], CALIBRATION), 0.5), "212 points")


def test_a_race_winner_taken_up_by_a_description() -> None:
    """ "Léo Fournier was the star of the weekend. The 15-year-old … led every lap of Race 1 to win
    by 4.3 seconds from the Dutch rider Daan Kuipers." (a twenty-first walk refused who won Race
    1): a description opening the next sentence takes up the one named, "to win by" is a win,
    and the one a margin is "from" is beaten."""
    sentence = (
        "Léo Fournier took the holeshot and led every lap of Race 1 to win by 4.3 seconds from the Dutch rider "
        "Daan Kuipers."
    )
    assert placing_of(sentence, 0, len("Léo Fournier")) == 1
    assert placing_of(sentence, sentence.index("Daan"), len(sentence) - 1) is None
    text = (
        "Léo Fournier was the star of the weekend. The 15-year-old took the holeshot and led every lap of Race 1 "
        "to win by 4.3 seconds from the Dutch rider Daan Kuipers. Race 3 was won by Daan Kuipers."
    )
    lead = "The French squad was made up of Timéo Lacroix, Léo Fournier and Sacha Morel."
    at = lead.index("Timéo Lacroix")
    squad = _split_hit(lead, 1.0, Reading(6.0, at, at + len("Timéo Lacroix"), 3.0))
    at = text.index("Léo Fournier")
    report = _split_hit(text, 0.2, Reading(-1.0, at, at + len("Léo Fournier"), 1.0))
    answer = compose_read(
        "Who won Race 1 at the Junior Motocross of Nations?", read_rank([squad, report], CALIBRATION), 0.35
    )
    _assert_short(answer, "Léo Fournier")
    # ("Le pilote de 19 ans" too; not a place: "Le Mans")
    assert _placing_in("Hugo Petit a brillé. Le pilote de 19 ans s'est imposé en course 2.", "Hugo Petit") == 1
    assert _placing_in("Hugo Petit a brillé. Le Mans a accueilli 50 000 spectateurs.", "Hugo Petit") is None


def _placing_in(text: str, name: str) -> int | None:
    at = text.index(name)
    hit = _split_hit(text, 1.0, Reading(6.0, at, at + len(name), 3.0))
    return _placing(read_rank([hit], CALIBRATION)[0])


@pytest.mark.parametrize(
    ("text", "span", "question", "short"),
    [
        (  # a class named by its axles, its winner after "victoire du", a Czech name
            "Catégorie 6x6 : victoire du Tchèque Jiří Svoboda (Tatra 813), avec 45 points de pénalité, devant le "
            "Slovaque Tomáš Hrubý (Tatra 813, 58 points).",
            "Jiří Svoboda",
            "Qui a gagné la catégorie 6x6 au trial camion de Montalieu ?",
            "Jiří Svoboda",
        ),
        (  # another class's line
            "Catégorie 8x8 : victoire de l'Allemand Helmut Brenner (Tatra T815-7 8x8), avec 71 points de pénalité.",
            "Helmut Brenner",
            "Qui a gagné la catégorie 6x6 au trial camion de Montalieu ?",
            None,
        ),
        (  # the one beaten in the class's line gives way to its winner
            "Catégorie 6x6 : victoire du Tchèque Jiří Svoboda (Tatra 813), avec 45 points de pénalité, devant le "
            "Slovaque Tomáš Hrubý (Tatra 813, 58 points).",
            "Tomáš Hrubý",
            "Qui a gagné la catégorie 6x6 ?",
            "Jiří Svoboda",
        ),
        (  # the season's standings are no class's win
            "Au classement européen de la catégorie 4x4, les Chabanne prennent la tête avec 40 points, devant Marek "
            "Kučera (34 points).",
            "Marek Kučera",
            "Qui a gagné la catégorie 4x4 ?",
            None,
        ),
        (  # a cousin: the championship's leader for the round's winner
            "Au championnat, Paul Roy conserve la tête avec 118 points, devant Luc Blanc.",
            "Paul Roy",
            "Qui a gagné la course 2 à Dijon ?",
            None,
        ),
        (  # the standings asked, they answer
            "Au classement du championnat, Paul Roy conserve la tête avec 118 points, devant Luc Blanc.",
            "118 points",
            "Combien de points a Paul Roy au championnat ?",
            "118 points",
        ),
    ],
)
def test_a_classs_line_and_the_seasons_standings(text: str, span: str, question: str, short: str | None) -> None:
    """A twenty-second walk answered three truck classes' winners with the headline's 4x4 winner
    ("Catégorie 6x6 : victoire du Tchèque Jiří Svoboda …" named no class, no win and no person)
    and the 4x4's with the standings' second."""
    _assert_short(_read_at(text, span, question), short)


def test_a_description_subject_of_a_verb_on_the_one_asked_is_another() -> None:
    """ "In Race 2, the 20-year-old Swede from Uddevalla, …, passed Bernardeau" gave Chloé
    Bernardeau the Swede's age and town (a twenty-second walk): the phrase is the subject, the
    one asked the verb's object."""
    sentence = (
        "In Race 2, the 20-year-old Swede from Uddevalla, on her Husqvarna FC 250 entered by Nordic Ladies MX, passed "
        "Bernardeau on lap 5 and held on to win by 1.9 seconds."
    )
    before = ['"Winning a race at home is a dream," said Chloé Bernardeau, who rides a Yamaha.']
    at = sentence.index("20-year-old")
    assert someone_elses_age("Chloé Bernardeau", sentence, at, at + len("20-year-old"), "Title", before)
    assert someone_elses_origin("Chloé Bernardeau", sentence, sentence.index("Uddevalla"), "Title", before)
    # (in apposition, the phrase is theirs)
    sentence = "La pilote de 22 ans, Chloé Bernardeau, a dépassé Hanna Lindqvist au cinquième tour."
    at = sentence.index("22 ans")
    assert not someone_elses_age("Chloé Bernardeau", sentence, at, at + len("22 ans"), "Title", [])


@pytest.mark.parametrize(
    ("text", "span", "question", "short"),
    [
        (  # an event's name is no one who won it
            "Le 9e Grand Prix des caisses à savon de Puy-l'Évêque s'est disputé dimanche devant 6 000 spectateurs.",
            "9e Grand Prix des caisses à savon de Puy-l'Évêque",
            "Qui a gagné le Grand Prix des caisses à savon de Puy-l'Évêque ?",
            None,
        ),
        (  # nor asked after a clause and a colon
            "Le 9e Grand Prix des caisses à savon de Puy-l'Évêque s'est disputé dimanche devant 6 000 spectateurs.",
            "9e Grand Prix",
            "Passons aux caisses à savon de Puy-l'Évêque : qui a gagné ?",
            None,
        ),
        (  # a cousin: a rally's name, in English
            "The 12th Rally of the Vosges was held on Sunday in front of 9,000 spectators.",
            "Rally of the Vosges",
            "Who won the Rally of the Vosges?",
            None,
        ),
        (  # a team named as a rally's is a team
            "Le Rallye Team Bourgogne s'impose devant l'écurie Saône Sport.",
            "Rallye Team Bourgogne",
            "Qui a gagné le Rallye du Mâconnais ?",
            "Rallye Team Bourgogne",
        ),
        (  # a speed asked, a speed answers
            "Le radar a mesuré le « Cahors Express » à 71 km/h, vitesse de pointe de la journée.",
            "71 km/h",
            "Quelle vitesse de pointe a été mesurée aux caisses à savon ?",
            "71 km/h",
        ),
        (  # not an edition's number
            "Le 9e Grand Prix des caisses à savon s'est disputé dimanche sur 1,4 kilomètre.",
            "9e Grand Prix",
            "Quelle vitesse de pointe a été mesurée aux caisses à savon ?",
            None,
        ),
    ],
)
def test_an_events_name_wins_nothing_and_a_speed_is_a_speed(
    text: str, span: str, question: str, short: str | None
) -> None:
    """A twenty-second walk answered who won the soapbox Grand Prix, three times, with "9e Grand
    Prix …" of the lead (an ordinal hid the name the question gives; after "Passons aux … :" the
    question was no winner's), and the top speed measured with it too (no speed type)."""
    _assert_short(_read_at(text, span, question), short)


@pytest.mark.parametrize(
    ("text", "span", "question", "short"),
    [
        (  # an origin said in the first person
            "J'ai 23 ans, je viens de Saint-Hippolyte-du-Fort, dans le Gard, et je suis kinésithérapeute.",
            "Saint-Hippolyte-du-Fort",
            "D'où vient Margaux Delpech ?",
            "Saint-Hippolyte-du-Fort",
        ),
        (  # a place a sentence gives the one asked, where the reader's span is a place of the race
            "Anduze, le 14 avril 2025 — Deuxième de la manche d'ouverture, disputée dimanche sur les pentes des "
            "Cévennes, Margaux Delpech revient sur son week-end.",
            "sur les pentes des Cévennes",
            "Où a terminé Margaux Delpech à Anduze ?",
            "Deuxième",
        ),
        (  # another's place is not hers
            "Troisième de la course, disputée sur les pentes des Cévennes, Léa Fontanieu devance Margaux Delpech.",
            "sur les pentes des Cévennes",
            "Où a terminé Julie Aubanel ?",
            None,
        ),
        (  # a place held long, a gear: not where one finished
            "Dans la course 2, Antoine Sauvagnat, longtemps deuxième, a perdu le troisième rapport de sa boîte de "
            "vitesses et a dû se contenter de la troisième place.",
            "Dans la course 2",
            "En course 2, où Antoine Sauvagnat a-t-il fini ?",
            "troisième",
        ),
        (  # an ordinal after a possessive is no place
            "Margaux Delpech : « En e-enduro, la batterie, c'est ta deuxième tête »",
            "la batterie",
            "Où a terminé Margaux Delpech ?",
            None,
        ),
    ],
)
def test_an_interviews_origin_and_a_place_said_around_another_span(
    text: str, span: str, question: str, short: str | None
) -> None:
    """A twenty-second walk refused where Margaux Delpech comes from ("je viens de …") and where
    she finished ("Deuxième de la manche d'ouverture …, disputée dimanche sur les pentes des
    Cévennes, Margaux Delpech revient …": "sur" read as the placing's reference)."""
    _assert_short(_read_at(text, span, question), short)


@pytest.mark.parametrize(
    ("text", "span", "question", "short"),
    [
        (  # a headline in capitals places its winners
            "TRIAL CAMION : ÉRIC CHABANNE ET SA FILLE LUCIE VAINQUEURS À DOMICILE À MONTALIEU",
            "ÉRIC CHABANNE",
            "Qui a terminé troisième dans la catégorie 6x6 à Montalieu ?",
            None,
        ),
        (
            "TRIAL CAMION : ÉRIC CHABANNE ET SA FILLE LUCIE VAINQUEURS À DOMICILE À MONTALIEU",
            "ÉRIC CHABANNE",
            "Qui a gagné le trial camion de Montalieu ?",
            "ÉRIC CHABANNE",
        ),
        (  # a span saying its people won is no second
            "TRIAL CAMION : ÉRIC CHABANNE ET SA FILLE LUCIE VAINQUEURS À DOMICILE À MONTALIEU",
            "ÉRIC CHABANNE ET SA FILLE LUCIE VAINQUEURS",
            "Qui a terminé deuxième en 4x4 ?",
            None,
        ),
        (  # a motocross's class by its riders, asked after a place put first
            "SX1 : Romain Ducasse s'impose devant Maxime Lefort.\nSX KIDS 85 : PETITJEAN, 13 ANS, DÉJÀ UN SHOW.",
            "Romain Ducasse",
            "Au Supercross de Lille, qui a gagné en SX Kids 85 ?",
            None,
        ),
    ],
)
def test_a_headline_in_capitals_and_a_class_of_riders(text: str, span: str, question: str, short: str | None) -> None:
    """A twenty-second walk answered who was third in the 6x6 class, and who was second in the
    4x4, with a headline in capitals naming the 4x4's winners ("… VAINQUEURS …": no person read
    in capitals); and "SX Kids 85" was no class once "Au Supercross de Lille, qui a gagné …"
    asked a winner."""
    _assert_short(_read_at(text, span, question), short)


def test_a_winner_asked_after_a_clause_put_first() -> None:
    """ "Passons aux caisses à savon de Puy-l'Évêque : qui a gagné ?", "Et à Lille, qui a gagné ?"
    ask a winner; a relative "qui" does not."""
    assert placing_asked("Passons aux caisses à savon de Puy-l'Évêque : qui a gagné ?") == 1
    assert placing_asked("Et à Lille, qui a gagné ?") == 1
    assert placing_asked("Quel âge a Paul Roy, qui a gagné la course 1 ?") is None


def test_the_standings_asked_after_a_round() -> None:
    """ "Qui mène le Championnat Formula Ford Héritage après Dijon ?" and "Who leads the … Championship
    after round 3?" ask the standings (a twenty-second walk gave the race's leader at the first
    corner and the round's winner): a race named after "après"/"after" is when, and the lead of
    a race ("s'emparer de la tête dès le premier virage") is no standings'."""
    from paddockqa.answer import standings_asked

    assert standings_asked("Who leads the Women's Motocross European Championship after round 3?")
    assert standings_asked("Qui mène le championnat après la troisième manche ?")
    assert not standings_asked("Qui a gagné la troisième manche du championnat ?")
    question = "Qui mène le Championnat Formula Ford Héritage après Dijon ?"
    text = (
        "Antoine Sauvagnat en a profité pour s'emparer de la tête dès le premier virage. "
        "Après trois des six meetings, Paul Kellermann prend la tête du Championnat Formula Ford Héritage avec 118 "
        "points."
    )
    a, b = text.index("Antoine Sauvagnat"), text.index("Antoine Sauvagnat") + len("Antoine Sauvagnat")
    c, d = text.index("Paul Kellermann"), text.index("Paul Kellermann") + len("Paul Kellermann")
    hit = _split_hit(text, 1.0, Reading(6.0, a, b, 3.0, others=((c, d, 2.0),)))
    _assert_short(compose_read(question, read_rank([hit], CALIBRATION), 0.5), "Paul Kellermann")


@pytest.mark.parametrize(
    ("text", "span", "question", "short"),
    [
        (  # a bike is no team
            "She crossed the line 4.6 seconds ahead of Italy's Giulia Ferretti (KTM 250 SX-F).",
            "KTM 250 SX-F",
            "What team does Giulia Ferretti ride for?",
            None,
        ),
        (  # a team's name the reader cut before its word
            "said Chloé Bernardeau, who rides a Yamaha YZ250F for the Charente MX Team.",
            "Charente MX",
            "What team does Chloé Bernardeau ride for?",
            "Charente MX",
        ),
    ],
)
def test_a_team_asked_in_english(text: str, span: str, question: str, short: str | None) -> None:
    """ "What team does Giulia Ferretti ride for?" asked no team (only "Which team …"): a twenty-second
    walk answered her bike."""
    _assert_short(_read_at(text, span, question), short)


@pytest.mark.parametrize(
    ("question", "short"),
    [
        ("Combien de lots ont été vendus à la vente de Reims ?", "51"),
        ("Combien de lots étaient présentés à la vente de Reims ?", "62"),
        ("How many lots were sold?", "51"),
    ],
)
def test_a_whole_and_its_part(question: str, short: str) -> None:
    """ "Sur les 62 lots présentés, 51 ont trouvé preneur" answered how many were sold with 62 (a
    twenty-second walk): a whole whose words the question does not say gives way to its part."""
    text = "Sur les 62 lots présentés, 51 ont trouvé preneur, soit un taux de vente de 82 %."
    a, c = text.index("62 lots"), text.index("51")
    hit = _split_hit(text, 1.0, Reading(6.0, a, a + len("62 lots"), 3.0, others=((c, c + 2, 2.0),)))
    answer = compose_read(question, read_rank([hit], CALIBRATION), 0.5)
    assert answer.short_answer is not None and answer.short_answer.text.split()[0] == short, answer.text


def test_an_auctions_price_of_a_car_named() -> None:
    """ "Combien a été adjugée la Ligier JS2 à la vente de Reims ?" was a count, answered with the
    charity lot's "Il a été adjugé 12 000 euros" (a twenty-second walk): a sale's price is money,
    and a car named by its make and model must be in the amount's sentence or the one it takes up."""
    text = (
        "Comme à chaque vente, un lot caritatif était proposé : une journée de pilotage. "
        "Il a été adjugé 12 000 euros, reversés à une association."
    )
    question = "Combien a été adjugée la Ligier JS2 à la vente de Reims ?"
    _assert_short(_read_at(text, "12 000 euros", question), None)
    _assert_short(_read_at(text, "12 000 euros", "Combien a été adjugé le lot caritatif ?"), "12 000 euros")
    line = "– Ligier JS2 (1975), engagée aux 24 Heures du Mans : 412 000 euros (estimation 300 000 – 380 000 euros) ;"
    _assert_short(_read_at(line, "412 000 euros", question), "412 000 euros")


@pytest.mark.parametrize(
    ("question", "short"),
    [
        ("What was the top speed of Aurora II?", None),
        ("What was the average speed of Aurora II?", "81.0 km/h"),
        ("Quelle vitesse moyenne pour Aurora II ?", "81.0 km/h"),
    ],
)
def test_an_average_speed_is_no_top_speed(question: str, short: str | None) -> None:
    """Once a speed was a type, "What was the top speed of Aurora II?" (the twentieth walk's
    unanswerable) was answered with its average speed."""
    text = "Emily Hartwell completed 277 laps of the 2.34 km circuit at an average of 81.0 km/h."
    _assert_short(_read_at(text, "81.0 km/h", question), short)


@pytest.mark.parametrize(
    ("text", "span", "question", "short"),
    [
        (  # this weekend's first round is no beginning
            "Pour la première manche de la Coupe de France des rallyes, Camille Perret, au volant de sa Skoda Fabia "
            "RS Rally2, a dominé le Rallye des Vins de Mâcon.",
            "Skoda Fabia RS Rally2",
            "Quelle voiture pilote Camille Perret ?",
            "Skoda Fabia RS Rally2",
        ),
        (
            "Troisième, Antoine Masson découvrait pour ses débuts en Rally2 une Hyundai i20 N Rally2 préparée par BRR.",
            "Hyundai i20 N Rally2",
            "Quelle voiture pilote Antoine Masson ?",
            "Hyundai i20 N Rally2",
        ),
        (  # "début" of a race
            "En début de course, Paul Roy, au volant de sa Porsche 911 GT3 Cup, a pris la tête pour ne plus la lâcher.",
            "Porsche 911 GT3 Cup",
            "Quelle voiture pilote Paul Roy ?",
            "Porsche 911 GT3 Cup",
        ),
        (
            "In the first race of the Senior class, Oliver Grant drove his Birel ART RY30 to a comfortable win.",
            "Birel ART RY30",
            "What kart does Oliver Grant drive?",
            "Birel ART RY30",
        ),
        (  # speeds in words
            "Un radar a mesuré la Norma à 254 kilomètres à l'heure, la vitesse de pointe la plus élevée du week-end.",
            "254 kilomètres à l'heure",
            "À quelle vitesse roulait la Norma au Chalet Reynard ?",
            "254 kilomètres à l'heure",
        ),
        (
            "Hickman reached 206 miles per hour on the Sulby Straight.",
            "206 miles per hour",
            "What top speed did Hickman reach on the Sulby Straight?",
            "206 miles per hour",
        ),
        (  # a slope in degrees
            "Le tracé compte 21,6 kilomètres, dont la pente atteint par endroits 12 degrés.",
            "12 degrés",
            "Quelle pente présente le tracé du Mont Ventoux ?",
            "12 degrés",
        ),
        (  # a slope, quoted alone (the twenty-second walk's span ran on: "à 62 % que seuls trois camions")
            "La zone 12, surnommée « le Mur », présentait une pente à 62 % que seuls trois camions ont franchie.",
            "à 62 % que seuls trois camions",
            "Quelle pente présentait la zone 12 du trial camion ?",
            "62 %",
        ),
        (  # who holds a lap record, how long a leg took
            "Le record du tour du Castellet est toujours détenu par Gaëtan Rivière, en 1'43\"120 depuis 2019.",
            "Gaëtan Rivière",
            "Quel pilote détient le record du tour du Castellet ?",
            "Gaëtan Rivière",
        ),
        (
            "Il lui avait fallu douze jours pour rallier Yanbu depuis Al-Ula lors de son premier Dakar.",
            "douze jours",
            "Combien de temps Cyril Despres a-t-il mis pour rallier Yanbu ?",
            "douze jours",
        ),
        (  # the standings asked by their name, led without "du championnat"
            "Au classement européen de la catégorie 4x4, les Garnier conservent la tête devant Marek Kučera.",
            "les Garnier",
            "Qui mène le classement européen de la catégorie 4x4 ?",
            "les Garnier",
        ),
        (
            "Grâce à ces résultats, Paul Roy conserve la tête après trois manches, avec 19 unités d'avance sur Marc "
            "Dupont.",
            "Paul Roy",
            "Qui est en tête du championnat après Dijon ?",
            "Paul Roy",
        ),
        (  # a leader in apposition, a race won
            "Championship leader Daan Kuipers took the victory in Race 1 ahead of Lisa Brandt and Chiara Fontana.",
            "Daan Kuipers",
            "Who won Race 1 in Arco?",
            "Daan Kuipers",
        ),
        (  # adjectives are no verbs
            "Âgé de 22 ans, le double champion Kévin Moreau a terminé troisième de la course 2.",
            "22 ans",
            "Quel âge a Kévin Moreau ?",
            "22 ans",
        ),
        (
            "Originaire de Tarbes, l'ancien vainqueur de l'édition précédente Bastien Roux, 27 ans, a dû abandonner.",
            "Tarbes",
            "D'où vient Bastien Roux ?",
            "Tarbes",
        ),
        (  # a demonym before a new name takes up no one
            "Le week-end a d'abord souri à Nicolas Perrin. L'Italien Marco Rossi s'est toutefois imposé dans la "
            "course 1, devant Luca Bianchi et Nicolas Perrin.",
            "Nicolas Perrin",
            "Qui a terminé deuxième de la course 1 ?",
            None,
        ),
        (  # a team named after a département
            "Classement des écuries : 1. Manche Auto Sport ; 2. Gers Passion Compétition.",
            "Manche Auto Sport",
            "Qui a remporté le classement des écuries ?",
            "Manche Auto Sport",
        ),
        (  # where an event ended
            "Parti de Reims le 1er février, le Rallye Monte-Carlo Historique s'est terminé mercredi soir sur le port "
            "de Monaco.",
            "port de Monaco",
            "Où s'est terminé le Rallye Monte-Carlo Historique ?",
            "port de Monaco",
        ),
    ],
)
def test_a_reviews_cousins_of_the_twenty_second_walks_rules(
    text: str, span: str, question: str, short: str | None
) -> None:
    """A review of this session's rules (168 cousins, old code against new) found these answered
    worse than before: each is mended here."""
    _assert_short(_read_at(text, span, question), short)


def test_a_reviews_cousins_of_the_twenty_second_walks_rules_not_given() -> None:
    """The review's answers that must not come back: a past rally for the next one after "tout
    de suite" or "à la suite de"; a car in a results item's bracket for a team; a place at Alès for
    one asked at Anduze."""
    title = "Margaux Delpech : « On a tenu bon »"
    text = (
        "Margaux, vous avez tout de suite trouvé le rythme ce week-end ?\n"
        "C'était déjà le cas au Rallye du Rouergue le mois dernier, où nous avions fini troisièmes."
    )
    at = text.index("Rallye du Rouergue")
    hit = _split_hit(text, 1.0, Reading(6.0, at, at + len("Rallye du Rouergue"), 3.0), title=title)
    _assert_short(
        compose_read("Quel est le prochain rallye de Margaux Delpech ?", read_rank([hit], CALIBRATION), 0.5), None
    )
    item = "1. n°101 Lefèvre / Morin (MD Optimus) — 4h12'36\""
    assert placing_of(item, item.index("MD Optimus"), item.index(")")) is None  # (a car, not its crew)
    # last year's winners are not placed first by the word
    text = "Deuxièmes, les vainqueurs de l'an dernier Alain et Benoît Ferrand ont cédé face à Sylvain Noël."
    assert placing_of(text, text.index("Alain"), text.index(" ont cédé")) != 1
    text = (
        "Antoine Sauvagnat, longtemps deuxième à Alès, avait dû se contenter de la quatrième place lors de la "
        "première manche. À Anduze, il monte sur la deuxième marche du podium."
    )
    answer = _read_at(text, "Alès", "Où a terminé Antoine Sauvagnat à Anduze ?")
    assert answer.short_answer is None or answer.short_answer.text != "quatrième", answer.text


def _read_best_then(text: str, best: str, other: str, question: str):  # -> Answer
    """``compose_read`` of one passage whose reader put ``best`` first and ``other`` next."""
    a, b = text.index(best), text.index(best) + len(best)
    c, d = text.index(other), text.index(other) + len(other)
    hit = _split_hit(text, 1.0, Reading(6.0, a, b, 3.0, others=((c, d, 2.0),)), title="Festival Formula Ford")
    return compose_read(question, read_rank([hit], CALIBRATION), 0.5)


def test_an_award_asked_is_whom_a_sentence_naming_it_gives_it_to() -> None:
    """A trophy or a prize asked ("Qui a remporté le Trophée des moins de 25 ans ?") goes to whom
    the sentence naming it says, or the one its next sentence takes up ("Elle … remporte le Trophée
    féminin"), not to the race's winner of the results list (a twenty-second walk answered the
    scratch winner three times); an award no passage names is refused."""
    assert award_asked("Qui a remporté le Trophée des moins de 25 ans à Dijon-Prenois ?") == ("trophée", "moins")
    assert award_asked("Qui a gagné le prix du plus jeune pilote ?") == ("prix", "jeune")
    # a series, a class, a race, a price: no award
    for question in (
        "Qui a remporté le Trophée Andros ?",
        "Qui a remporté le Grand Prix de Pau ?",
        "Qui a gagné le Challenge Michelin ?",
        "Quel est le prix du billet ?",
    ):
        assert award_asked(question) is None, question
    assert names_award("Le prix du public, attribué par vote des spectateurs", ("prix", "public"))
    assert not names_award("Le prix d'entrée au public était de 10 euros", ("prix", "public"))
    results = (
        "1. Paul Kellermann (Reynard FF84) – 20'58\"770\n"
        '2. Antoine Sauvagnat (Van Diemen RF81) – à 2"114\n\n'
        "Le Trophée des moins de 25 ans, qui récompense le meilleur jeune du week-end, est revenu à Marc-Antoine "
        "Vial, 22 ans."
    )
    trophy = "Qui a remporté le Trophée des moins de 25 ans à Dijon-Prenois ?"
    _assert_short(_read_best_then(results, "Paul Kellermann", "Marc-Antoine Vial", trophy), "Marc-Antoine Vial")
    _assert_short(
        _read_best_then(results, "Paul Kellermann", "Marc-Antoine Vial", "Qui a remporté la course 1 ?"),
        "Paul Kellermann",
    )
    _assert_short(
        _read_best_then(results, "Paul Kellermann", "Marc-Antoine Vial", "Qui a gagné le Trophée des vétérans ?"), None
    )
    taken_up = (
        '1. Yannick Dupouy (Peugeot 106 S16) – 58"42\n\n'
        'Sandrine Lacaze, 41 ans, a longtemps cru à la victoire avec sa BMW 325i. Elle échoue à 0"65 et remporte '
        "le Trophée féminin, qui récompense la meilleure pilote de la journée."
    )
    women = "Qui a gagné le Trophée féminin du gymkhana ?"
    _assert_short(_read_best_then(taken_up, "Yannick Dupouy", "Sandrine Lacaze", women), "Sandrine Lacaze")
    # (not one the taking-up sentence does not follow: a name before the span is its subject)
    named_before = taken_up.replace("Sandrine Lacaze, 41 ans,", "Derrière Yannick Dupouy, Sandrine Lacaze")
    answer = _read_best_then(named_before, "58", "Sandrine Lacaze", women)
    assert answer.short_answer is None or answer.short_answer.text != "Sandrine Lacaze", answer.text


@pytest.mark.parametrize(
    ("text", "span", "question", "short"),
    [
        # a bicycle asked is a make and a model, not the discipline
        (
            "Deuxième de la manche d'ouverture de la Coupe de France d'E-Enduro, Margaux Delpech revient sur son "
            "week-end.",
            "E-Enduro",
            "Quel vélo utilise Margaux Delpech ?",
            None,
        ),
        (
            "Un Commencal Meta Power SX, avec une batterie de 720 Wh.",
            "Commencal Meta Power SX",
            "Quel vélo utilise Margaux Delpech ?",
            "Commencal Meta Power SX",
        ),
        (
            "Elle roule sur un Specialized Turbo Levo depuis deux saisons.",
            "Specialized Turbo Levo",
            "Sur quel VTT roule Léa Fontanieu ?",
            "Specialized Turbo Levo",
        ),
        # one around the racers is no winner
        (
            "Quand je suis revenue, mon entraîneur, Rémi Causse, m'a proposé d'essayer l'e-enduro.",
            "Rémi Causse",
            "Qui a gagné la manche d'ouverture de la Coupe de France d'E-Enduro ?",
            None,
        ),
        (
            "« Une course parfaite », a résumé le directeur sportif de l'équipe, Marc Roux, après l'arrivée.",
            "Marc Roux",
            "Qui a terminé deuxième de la course 2 ?",
            None,
        ),
        # ... but a team-mate may be, and a coach asked is answered
        (
            "Son coéquipier, Hugo Marchal, a remporté la course 2 devant Paul Roy.",
            "Hugo Marchal",
            "Qui a gagné la course 2 ?",
            "Hugo Marchal",
        ),
        (
            "Quand je suis revenue, mon entraîneur, Rémi Causse, m'a proposé d'essayer l'e-enduro.",
            "Rémi Causse",
            "Qui est l'entraîneur de Margaux Delpech ?",
            "Rémi Causse",
        ),
    ],
)
def test_a_bicycle_asked_and_one_around_the_racers(text: str, span: str, question: str, short: str | None) -> None:
    """A twenty-second walk's interview: "Quel vélo …" got the discipline ("E-Enduro"), and who won
    got the rider's coach, named by his role right before his name."""
    _assert_short(_read_at(text, span, question), short)


@pytest.mark.parametrize(
    ("text", "question", "short"),
    [
        (
            "Nathalie Brunet, 44 ans, a signé deux podiums. « C'est mon meilleur week-end », a réagi la pilote de la "
            "Lola T540E.",
            "Quelle voiture pilote Antoine Sauvagnat ?",
            None,
        ),
        (
            "Nathalie Brunet, 44 ans, a signé deux podiums. « C'est mon meilleur week-end », a réagi la pilote de la "
            "Lola T540E.",
            "Quelle voiture pilote Nathalie Brunet ?",
            "Lola T540E",
        ),
        (
            "Dans la catégorie reine, le Valenciennois Romain Ducasse, 28 ans, a gagné. Deuxième au départ derrière "
            "Maxime Lefort, auteur du holeshot, le pilote de la Yamaha YZ450F a pris la tête au quatrième tour.",
            "Quelle moto pilote Romain Ducasse ?",
            "Yamaha YZ450F",
        ),
        (
            "Dans la catégorie reine, le Valenciennois Romain Ducasse, 28 ans, a gagné. Deuxième au départ derrière "
            "Maxime Lefort, auteur du holeshot, le pilote de la Yamaha YZ450F a pris la tête au quatrième tour.",
            "Quelle moto pilote Maxime Lefort ?",
            None,
        ),
    ],
)
def test_a_vehicle_whose_driver_it_describes(text: str, question: str, short: str | None) -> None:
    """ "le pilote de la Yamaha YZ450F" stands for whom the passage named before (a twenty-second
    walk gave one rider's motorcycle to another twice)."""
    span = "Lola T540E" if "Lola" in text else "Yamaha YZ450F"
    _assert_short(_read_at(text, span, question), short)


@pytest.mark.parametrize(
    ("text", "span", "question", "short"),
    [
        (
            "Au classement européen de la catégorie 4x4, les Chabanne prennent la tête avec 40 points, devant Marek "
            "Kučera (34 points).",
            "40 points",
            "Combien de points de pénalité pour les Chabanne à Montalieu ?",
            None,
        ),
        (
            "After three of the six rounds, Hanna Lindqvist still leads the championship with 131 points, ahead of "
            "Chloé Bernardeau (126) and Giulia Ferretti (120).",
            "126",
            "How many points did Chloé Bernardeau score at Saint-Jean-d'Angély?",
            None,
        ),
        # the season's points asked are the standings'; the day's said of the day are the day's
        (
            "After three of the six rounds, Hanna Lindqvist still leads the championship with 131 points, ahead of "
            "Chloé Bernardeau (126) and Giulia Ferretti (120).",
            "126",
            "How many points does Chloé Bernardeau have in the championship?",
            "126",
        ),
        (
            "À Montalieu, les Chabanne ont bouclé les huit zones avec 38 points de pénalité.",
            "38 points",
            "Combien de points de pénalité pour les Chabanne à Montalieu ?",
            "38 points",
        ),
    ],
)
def test_points_asked_at_a_venue_are_not_the_seasons(text: str, span: str, question: str, short: str | None) -> None:
    """Points asked at a venue are the day's: a standings sentence's total answers none (a
    twenty-second walk gave the season's twice)."""
    _assert_short(_read_at(text, span, question), short)


def test_an_ordinal_counts_only_its_own_noun() -> None:
    """ "sa 40e victoire" counts his wins, not his titles (a twenty-second walk answered "40e"
    for how many titles Gérard Pouzet won)."""
    text = "À 61 ans, Gérard Pouzet vient de remporter sa 40e victoire en Championnat de France de tracteur pulling."
    _assert_short(_read_at(text, "40e", "Combien de titres de champion de France a remporté Gérard Pouzet ?"), None)
    _assert_short(_read_at(text, "40e", "Combien de victoires compte Gérard Pouzet ?"), "40e")


def test_a_tables_town_column_is_where_its_row_is_from() -> None:
    """A Markdown table's "Ville" column gives where the one its row names is from (a
    twenty-third walk refused "D'où vient Ilyes Benali ?" for lack of a word saying so); another
    column's place is not, nor a row naming no one."""
    table = (
        "| Rang | Finaliste | Âge | Ville | Club |\n"
        "|---|---|---|---|---|\n"
        "| 1 | Maëlle Guérin | 16 ans | Rodez | Lédenon |\n"
        "| 2 | Ilyes Benali | 17 ans | Perpignan | Alès |\n"
    )
    _assert_short(_read_at(table, "Perpignan", "D'où vient Ilyes Benali ?"), "Perpignan")
    _assert_short(_read_at(table, "Alès", "D'où vient Ilyes Benali ?"), None)
    calendar = "| Date | Ville |\n|---|---|\n| 12 mai | Magny-Cours |\n"
    _assert_short(_read_at(calendar, "Magny-Cours", "D'où vient Ilyes Benali ?"), None)
    # (a calendar's town is where a round was held, its winner named or not: a review)
    rounds = "| Manche | Date | Vainqueur | Ville |\n|---|---|---|---|\n| 1 | 14 avril | Bastien Morel | Nogaro |\n"
    _assert_short(_read_at(rounds, "Nogaro", "De quelle ville vient Bastien Morel ?"), None)


def test_a_heading_in_capitals_answers_who_by_the_name_its_prose_gives() -> None:
    """ "SAMEDI, COURSE 1 : BRUNEL IMPÉRIAL SOUS LA PLUIE" for who won race 1 is "Léo Brunel", the
    name the prose under it gives, quoted there (a twenty-third walk answered the heading's words;
    its next turn then asked about "Brunel Impérial Sous La Pluie"); not a results line above
    the heading naming him otherwise."""
    text = (
        "1. Timéo Faure (Blata) — 10 tours\n\n"
        "DIMANCHE, COURSE 2 : FAURE REPREND SON BIEN\n\n"
        "Sous le soleil, Timéo Faure, 10 ans, a pris la tête au quatrième tour."
    )
    answer = _read_at(text, "FAURE REPREND SON BIEN", "Qui a gagné la course 2 à Rioz ?")
    _assert_short(answer, "Timéo Faure")
    assert "quatrième tour" in answer.text, answer.text
    alone = "DIMANCHE, COURSE 2 : FAURE REPREND SON BIEN"
    answer = _read_at(alone, "FAURE REPREND SON BIEN", "Qui a gagné la course 2 à Rioz ?")
    assert answer.short_answer is None or "FAURE" in answer.short_answer.text, answer.text


def test_a_price_named_by_another_sentence_read_is_not_the_titles_subjects() -> None:
    """What a release's title names any sentence may price, unless another sentence read prices it
    by name: "Chaque Peugeot 208 Rally4 a été achetée 78 500 euros", not the rally's cost per car
    under a title naming the car (a twenty-third walk answered the one with the other)."""
    title = "Berry Compétition présente sa saison : deux Peugeot 208 Rally4 et un budget de 740 000 euros"
    text = (
        "Chaque Peugeot 208 Rally4 a été achetée 78 500 euros hors taxes en décembre. Un rallye coûte en moyenne "
        "38 000 euros par voiture, engagement compris."
    )
    at = text.index("38 000 euros")
    hit = _split_hit(text, 1.0, Reading(6.0, at, at + len("38 000 euros"), 3.0), title=title)
    ranked = read_rank([hit], CALIBRATION)
    answer = compose_read("Combien coûte une Peugeot 208 Rally4 ?", ranked, 0.5)
    assert answer.short_answer is None or answer.short_answer.text != "38 000 euros", answer.text
    _assert_short(compose_read("Combien coûte un rallye par voiture ?", ranked, 0.5), "38 000 euros")
    # (alone, what the title names is priced by any sentence, as before)
    alone = "Un rallye coûte en moyenne 38 000 euros par voiture, engagement compris."
    at = alone.index("38 000 euros")
    hit = _split_hit(alone, 1.0, Reading(6.0, at, at + len("38 000 euros"), 3.0), title=title)
    _assert_short(
        compose_read("Combien coûte une Peugeot 208 Rally4 ?", read_rank([hit], CALIBRATION), 0.5), "38 000 euros"
    )


@pytest.mark.parametrize(
    ("text", "span", "question", "short"),
    [
        (  # all to come: no winner yet, whatever its ordinals
            "La première Peugeot 208 Rally4 sera confiée à Valentin Picard, 22 ans, qui sera copiloté par Lucie Aubry.",
            "Valentin Picard",
            "Qui a gagné le Rallye des Vins de Loire ?",
            None,
        ),
        (  # an incident, no result
            "Dans l'ES7, la Skoda n°12 de l'équipage Romain Chassagne – Élodie Vernay est sortie de la route.",
            "Romain Chassagne",
            "Qui a gagné le Rallye des Monts du Forez ?",
            None,
        ),
        # a win said, in the future of a preview or beside an incident, is one
        (
            "Valentin Picard, qui a remporté le Rallye des Vins de Loire l'an passé, sera au départ samedi.",
            "Valentin Picard",
            "Qui a gagné le Rallye des Vins de Loire ?",
            "Valentin Picard",
        ),
        (
            "Romain Chassagne s'est imposé malgré une sortie de route dans l'ES7.",
            "Romain Chassagne",
            "Qui a gagné le Rallye des Monts du Forez ?",
            "Romain Chassagne",
        ),
    ],
)
def test_a_sentence_all_to_come_or_of_an_incident_names_no_winner(
    text: str, span: str, question: str, short: str | None
) -> None:
    """A twenty-third walk answered who won a rally not yet run with the driver a budget's release
    gives a car to, and who won a rally with a crashed crew."""
    _assert_short(_read_at(text, span, question), short)


def test_a_class_is_no_team() -> None:
    """ "… dans son équipe Elite MX1" names a class: the team asked is "Mistral Racing" (a
    twenty-third walk answered "Elite MX1")."""
    text = (
        "Mistral Racing a le plaisir d'annoncer l'arrivée de Kylian Berthier dans son équipe Elite MX1 pour les "
        "saisons 2026 et 2027."
    )
    a, b = text.index("Elite MX1"), text.index("Elite MX1") + len("Elite MX1")
    c = text.index("Mistral Racing")
    hit = _split_hit(text, 1.0, Reading(6.0, a, b, 3.0, others=((c, c + len("Mistral Racing"), 2.0),)))
    ranked = read_rank([hit], CALIBRATION)
    _assert_short(
        compose_read("Avec quelle équipe Kylian Berthier courra-t-il en 2026 ?", ranked, 0.5), "Mistral Racing"
    )
    _assert_short(compose_read("Dans quelle catégorie courra Kylian Berthier ?", ranked, 0.5), "Elite MX1")


def test_an_hour_asked_is_neither_a_lap_time_nor_the_datelines() -> None:
    """ "1:31.846" is a lap, not an hour; a dateline's "21 h 30" is when the bulletin was written,
    not when the crash it tells of was (a twenty-third walk answered both)."""
    text = "Ollie Pritchard took pole position at Cadwell Park with a new class lap record of 1:31.846."
    _assert_short(_read_at(text, "1:31.846", "À quelle heure part la course 2 à Cadwell Park ?"), None)
    text = "Race 2 takes place on Sunday at 11:45 over 15 laps."
    _assert_short(_read_at(text, "11:45", "À quelle heure part la course 2 à Cadwell Park ?"), "11:45")
    bulletin = (
        "Montbrison (Loire), le samedi 19 avril 2025, 21 h 30 — Communiqué de la direction de course.\n\n"
        "La Skoda n°12 est sortie de la route à 14 h 12, au kilomètre 4,2."
    )
    _assert_short(_read_at(bulletin, "21 h 30", "À quelle heure a eu lieu l'accident de la Skoda n°12 ?"), None)
    _assert_short(_read_at(bulletin, "14 h 12", "À quelle heure a eu lieu l'accident de la Skoda n°12 ?"), "14 h 12")
    assert dateline_end("Montbrison (Loire), le samedi 19 avril 2025, 21 h 30 — Communiqué") is not None


@pytest.mark.parametrize(
    ("text", "span", "question", "short"),
    [
        # an award with a sponsor's name in it; the first of a list an award heads; a determiner is no award
        (
            "Le Challenge Michelin des gentlemen a été remporté par Jean-Luc Riviere, qui a dominé la catégorie.",
            "Jean-Luc Riviere",
            "Qui a remporté le challenge des gentlemen ?",
            "Jean-Luc Riviere",
        ),
        (
            "Classement final du trophée des gentlemen :\n1. Jean-Luc Riviere – 210 points\n2. Paul Roy – 180 points",
            "Jean-Luc Riviere",
            "Qui a gagné le trophée des gentlemen ?",
            "Jean-Luc Riviere",
        ),
        (
            "Sacré pour la troisième fois, Jean-Baptiste Dubourg a gagné le Trophée Andros.",
            "Jean-Baptiste Dubourg",
            "Qui a remporté la coupe cette année au Trophée Andros ?",
            "Jean-Baptiste Dubourg",
        ),
        # who hands an award over did not win it
        (
            "Vainqueur de la course, Théo Roux a reçu le prix du public, qui lui a été remis par le maire.",
            "le maire",
            "Qui a remporté le prix du public ?",
            None,
        ),
        # the one nearest the award of a sentence naming several; one "lui" stands for
        (
            "Slalom d'Alès : Thomas Reynaud intouchable, Léa Brunel lauréate du Trophée féminin",
            "Thomas Reynaud intouchable, Léa Brunel",
            "Qui a gagné le trophée féminin à Alès ?",
            "Léa Brunel",
        ),
        (
            "Julien Morel s'est montré le plus spectaculaire du week-end. Le prix du public lui a été remis par le "
            "maire de la commune.",
            "Julien Morel",
            "Qui a remporté le prix du public au Mont-Dore ?",
            "Julien Morel",
        ),
        # a vehicle's span ends before its owner; a vehicle "de" someone is theirs
        (
            "Gilles Trek s'est imposé au guidon d'une Bultaco Sherpa, devant la Montesa Cota de Henri Pujol et la "
            "Fantic 200 de Bruno Cagiva.",
            "Montesa Cota de Henri Pujol et la Fantic 200",
            "Quelle moto pilote Henri Pujol ?",
            "Montesa Cota",
        ),
        (
            "Pierre Gaudin s'impose devant la Fiat 131 Abarth de Jacques Rolland et la Simca 1000 Rallye 2 de Serge "
            "Bonnet.",
            "Simca 1000 Rallye 2",
            "Quelle voiture conduit Jacques Rolland ?",
            None,
        ),
        (
            "Pierre Gaudin s'impose devant la Fiat 131 Abarth de Jacques Rolland et la Simca 1000 Rallye 2 de Serge "
            "Bonnet.",
            "Simca 1000 Rallye 2",
            "Quelle voiture conduit Serge Bonnet ?",
            "Simca 1000 Rallye 2",
        ),
        (
            "La Caterham Seven de Lucie Marchand a abandonné sur casse moteur.",
            "Caterham Seven de Lucie Marchand",
            "Quelle voiture conduit Serge Bonnet ?",
            None,
        ),
        # one around the racers who races, placed by the sentence
        (
            "Dans la catégorie Master, le président du club de Salbris, Alain Drouet, s'est imposé devant Fabrice "
            "Lenoir.",
            "Alain Drouet",
            "Qui a gagné la catégorie Master ?",
            "Alain Drouet",
        ),
        (
            "Le directeur sportif de l'écurie AGS Events, Mike Parisy, a pris la deuxième place de la course 2.",
            "Mike Parisy",
            "Qui a terminé deuxième de la course 2 ?",
            "Mike Parisy",
        ),
        (
            "Her coach, Anna Lind, finished third in the Am class.",
            "Anna Lind",
            "Who finished third in the Am class?",
            "Anna Lind",
        ),
        # a description after the sentence's own subject is that subject
        (
            "Hugo Morel est parti en tête-à-queue au premier virage, et le pilote de la Ford Fiesta RX n'a jamais pu "
            "revenir sur la tête.",
            "Ford Fiesta RX",
            "Quelle voiture conduit Hugo Morel ?",
            "Ford Fiesta RX",
        ),
        # the day's points where the sentence names the venue
        (
            "Au championnat, le pilote nivernais Lucas Ferrand a marqué 50 points ce week-end à Magny-Cours et prend "
            "la tête du classement provisoire avec 112 points.",
            "50 points",
            "Combien de points Lucas Ferrand a-t-il marqués à Magny-Cours ?",
            "50 points",
        ),
        (
            "At Ernée, Julia Novak took 47 points with a win and a third place, and she now leads the championship "
            "with 180 points.",
            "47 points",
            "How many points did Julia Novak take at Ernée?",
            "47 points",
        ),
        # an ordinal of stages won counts wins
        (
            "Stéphane Peterhansel a remporté vendredi sa 50e étape en catégorie auto sur le Dakar.",
            "50e",
            "Combien de victoires d'étape Stéphane Peterhansel compte-t-il sur le Dakar ?",
            "50e",
        ),
        (
            "Adrien Van Beveren a gagné sa 8e spéciale sur le rallye.",
            "8e",
            "Combien de spéciales Adrien Van Beveren a-t-il gagnées ?",
            "8e",
        ),
    ],
)
def test_a_reviews_cousins_of_the_twenty_second_walks_leftovers(
    text: str, span: str, question: str, short: str | None
) -> None:
    """A review of this session's first rules (175 cousins, old code against new) found these
    answered worse than before: each is mended here."""
    _assert_short(_read_at(text, span, question), short)


def test_a_possessive_role_after_a_pronouns_sentence_is_the_subjects() -> None:
    """ "Il remplace Dorian Sauvat, 33 ans. Son coéquipier sera le Belge Jens Vermeulen": "Son" is
    the one "Il" stands for, named before, not Dorian Sauvat, the object (a twenty-third walk
    refused Kylian Berthier's team-mate)."""
    text = (
        "Kylian Berthier a terminé la saison à la quatrième place. Il remplace Dorian Sauvat, 33 ans, qui met un "
        "terme à sa carrière. Son coéquipier sera le Belge Jens Vermeulen, troisième du championnat 2025."
    )
    _assert_short(_read_at(text, "Jens Vermeulen", "Qui sera le coéquipier de Kylian Berthier ?"), "Jens Vermeulen")
    _assert_short(_read_at(text, "Jens Vermeulen", "Qui est le coéquipier de Dorian Sauvat ?"), None)


@pytest.mark.parametrize(
    ("text", "span", "question", "short"),
    [
        (
            "Il a également signé le meilleur tour en course en 43 s 702.",
            "43 s",
            "Quel est le meilleur tour en course de Timéo Faure ?",
            "43 s 702",
        ),
        (
            "1. Antoine Lebrun (Team Lebrun Nautic) — 32 min 14 s 6",
            "32 min",
            "Quel temps a réalisé Antoine Lebrun en finale de Formule 2 ?",
            "32 min 14 s 6",
        ),
        (
            "1. Timéo Faure (Blata) — 10 min 21 s 554\n2. Inès Marchal (Polini) — à 0 s 412",
            "0 s",
            "Quel écart entre Faure et Marchal en course 2 ?",
            "0 s 412",
        ),
        # (a gap said in words or laps stays as it was)
        (
            "1. Timéo Faure (Blata) — 14 tours\n2. Inès Marchal (Polini) — à 1 tour",
            "1 tour",
            "Quel écart entre Faure et Marchal en course 2 ?",
            "1 tour",
        ),
    ],
)
def test_a_time_written_with_its_fraction_after_the_seconds_sign(
    text: str, span: str, question: str, short: str
) -> None:
    """ "43 s 702", "32 min 14 s 6", "à 0 s 412": the fraction after "s" is the time's (a twenty-third
    walk's minimoto and powerboat releases were quoted "43 s", "32 min", "0 s")."""
    _assert_short(_read_at(text, span, question), short)


def test_a_tables_rank_column_places_its_row() -> None:
    """A Markdown table's "Rang" column places the one its row names ("| 2 | Ilyes Benali |"); its
    rows read as "Rang : 2 ; Finaliste : Ilyes Benali ; …" are a results list's items; a laureate
    is a winner (a twenty-third walk answered who finished second with the laureate and refused
    where Clara Montet finished)."""
    table = (
        "| Rang | Finaliste | Âge | Ville |\n|---|---|---|---|\n| 1 | Maëlle Guérin | 16 ans | Rodez |\n"
        "| 2 | Ilyes Benali | 17 ans | Perpignan |\n"
    )
    _assert_short(_read_at(table, "Ilyes Benali", "Qui a terminé deuxième du Volant ?"), "Ilyes Benali")
    answer = _read_at(table, "Ilyes Benali", "Qui a terminé troisième du Volant ?")
    assert answer.short_answer is None or answer.short_answer.text != "Ilyes Benali", answer.text
    row = "Rang : 2 ; Finaliste : Ilyes Benali ; Âge : 17 ans"
    assert [row[a:b] for a, b in list_items(row, 2)] == ["Finaliste : Ilyes Benali ; Âge : 17 ans"]
    assert list_items("Rang : 2 ; Finaliste : Ilyes Benali ; Âge : 17 ans", 3) == []
    lede = "Le jury a désigné sa lauréate : Maëlle Guérin, 16 ans, originaire de Rodez."
    assert placing_of(lede, lede.index("Maëlle"), lede.index(", 16")) == 1


def test_a_role_asked_by_its_verb_is_answered_by_a_sentence_saying_it() -> None:
    """ "Qui préside le jury … ?" is not answered by a sentence saying no one presides (a
    twenty-third walk gave the jury's laureate); "Qui dirige …" is left as it was (piaf-dev's
    "Qui dirige le culte de Matswa ?" is answered by "le culte organisé autour de Simon
    Kimbangu")."""
    lede = "Le jury du Volant Espoirs Garrigues a désigné sa lauréate : Maëlle Guérin, 16 ans."
    _assert_short(_read_at(lede, "Maëlle Guérin", "Qui préside le jury du Volant Espoirs Garrigues ?"), None)
    said = "Le président du jury, Christian Roubaud, ancien pilote de prototypes âgé de 62 ans, a salué sa pilote."
    _assert_short(
        _read_at(said, "Christian Roubaud", "Qui préside le jury du Volant Espoirs Garrigues ?"), "Christian Roubaud"
    )
    led = "Son nom est alors associé au culte organisé autour de Simon Kimbangu."
    _assert_short(_read_at(led, "Simon Kimbangu", "Qui dirige le culte de Matswa ?"), "Simon Kimbangu")


def test_a_reviews_cousins_of_the_twenty_third_walks_rules() -> None:
    """A review of this session's later rules (149 cousins, old code against new) found these
    answered worse than before: each is mended here."""
    # most of the priced words said is the price asked, a total listing them all is not
    fee = "Les droits d'inscription s'élèvent à 980 euros par équipage, assurance comprise."
    total = (
        "Au total, un équipage dépense en moyenne 3 500 euros pour disputer le rallye, inscription, pneumatiques et "
        "carburant compris."
    )
    answer = _read_two(fee, "980 euros", total, "3 500 euros", "Combien coûte l'inscription d'un équipage au rallye ?")
    _assert_short(answer, "980 euros")
    # a win of another year, in a preview to come; a win handed over in an incident's sentence
    _assert_short(
        _read_at(
            "Lucas Martin, vainqueur l'an dernier, sera au départ du Rallye du Mont-Blanc samedi.",
            "Lucas Martin",
            "Qui a gagné le Rallye du Mont-Blanc l'an dernier ?",
        ),
        "Lucas Martin",
    )
    _assert_short(
        _read_at(
            "In Race 2, leader Oliver Hayes retired with a puncture, handing the win to Lucas Neri.",
            "Lucas Neri",
            "Who won Race 2 at Spa?",
        ),
        "Lucas Neri",
    )
    # the one asked drives a car another owns
    for text, span, question in (
        (
            "Serge Bonnet a remporté la catégorie VHC au volant de la Simca 1000 Rallye 2 de Jacques Rolland, prêtée "
            "pour l'occasion.",
            "Simca 1000 Rallye 2",
            "Quelle voiture pilotait Serge Bonnet ?",
        ),
        (
            "La Porsche 911 SC de Jean Dupont, pilotée cette année par son fils Thomas Dupont, a abandonné.",
            "Porsche 911 SC",
            "Quelle voiture pilote Thomas Dupont ?",
        ),
    ):
        _assert_short(_read_at(text, span, question), span)
    # a heading's surname is the prose's winner of that name, not a word before it nor his father
    heading = (
        "DIMANCHE, COURSE 2 : MOREL ENFIN RÉCOMPENSÉ\n\n"
        "Devant son père Didier Morel, ancien champion, Hugo Morel s'est imposé avec deux secondes d'avance."
    )
    _assert_short(
        _read_at(heading, "MOREL ENFIN RÉCOMPENSÉ", "Qui a remporté la course 2 à Magny-Cours ?"), "Hugo Morel"
    )
    garnier = (
        "SAMEDI, COURSE 1 : GARNIER IMPÉRIAL SOUS LA PLUIE\n\n"
        "Mais Garnier a immédiatement pris le large. Le pilote de l'équipe Vic'Team, Mathis Garnier, 22 ans, s'est "
        "imposé avec quatre secondes d'avance."
    )
    _assert_short(
        _read_at(garnier, "GARNIER IMPÉRIAL SOUS LA PLUIE", "Qui a gagné la course 1 à Magny-Cours ?"), "Mathis Garnier"
    )
    # (nor one quoted, whose words say no win)
    quoted = (
        "RACE 2: LINDQVIST STRIKES BACK\n\n"
        '"I made a stupid mistake in the first corner of Race 1 and paid for it," admitted Hanna Lindqvist.'
    )
    answer = _read_at(quoted, "LINDQVIST STRIKES BACK", "Who won Race 2 at Saint-Jean-d'Angély?")
    assert "stupid mistake" not in answer.text, answer.text
    # (who was second is no heading's winner)
    podium = (
        "COURSE 1 : GIRAUD ET PERRIN SE PARTAGENT LE PODIUM\n\nEnzo Giraud s'est imposé avec une seconde d'avance sur "
        "Nathan Perrin."
    )
    answer = _read_at(podium, "GIRAUD ET PERRIN", "Qui a terminé deuxième de la course 1 à Nogaro ?")
    assert answer.short_answer is None or answer.short_answer.text != "Enzo Giraud", answer.text


def test_a_code_reviews_findings_on_the_twenty_third_walks_rules() -> None:
    """A code review of this session's rules found these, each checked against the session's
    start: a win said by "l'emporte" before a future clause, a time's decimal mark then a comma, an
    owner-driver who crosses the line first, a series after "au", a capitalised series or a
    year taken for an award."""
    _assert_short(
        _read_at(
            "Léo Brunel l'emporte en course 1 et disputera la finale dimanche.",
            "Léo Brunel",
            "Qui a gagné la course 1 ?",
        ),
        "Léo Brunel",
    )
    _assert_short(
        _read_at(
            "Julien Marchal a signé la pole position en 1'38\"950, 2 dixièmes devant Paul Roux.",
            "1'38\"950",
            "Quel a été le temps de la pole position de Julien Marchal ?",
        ),
        "1'38\"950",
    )
    _assert_short(
        _read_at(
            "Le patron de l'écurie, Léo Brunel, a franchi la ligne en tête.", "Léo Brunel", "Qui a gagné la course 1 ?"
        ),
        "Léo Brunel",
    )
    standings = "Au classement général de la coupe, Léo Brunel compte désormais 112 points."
    _assert_short(
        _read_at(standings, "112 points", "Combien de points compte Léo Brunel au Trophée Andros ?"), "112 points"
    )
    for question in ("Qui a remporté le Trophée Lamborghini ?", "Qui a remporté le trophée 2024 ?"):
        assert award_asked(question) is None, question
    # a compound first name stays whole, a person after a title's words is a subject, a role
    # asked of no one answered gives no gender
    assert names("Quelle équipe le coéquipier de Juan Pablo Montoya a-t-il rejointe ?") == ["Juan Pablo Montoya"]
    asked = resolve(
        "Et combien de titres de Sébastien Loeb ?",
        [Turn("Quel âge a Hugo Morel ?", "Quel âge a Hugo Morel ?", "24 ans")],
    )
    assert "Hugo Morel" not in asked.resolved
    assert (
        genders([Turn("Qui a battu sa coéquipière à Dijon ?", "Qui a battu sa coéquipière à Dijon ?", "Hugo Morel")])
        == {}
    )


def test_the_twenty_third_walks_leftovers_as_kinds() -> None:
    """Kinds of the twenty-third walk's leftovers, on texts of their own: "À quelle place" asks a
    rank whatever its verb ("sous la chaussée" answered where a crew was); a relative's age or
    name is said by a sentence saying that relative (her own childhood age answered her son's);
    a results list's bracket shared by two people, or driven, is a make, no town; a vehicle is
    neither a team's class nor a partner's name nor a clause; a surcharge is no ticket's price,
    and a price list's line names its day without saying "billet"."""
    assert expected_type("À quelle place s'est qualifié Paul Roy ?") == "rank"
    assert expected_type("À quelle place était l'équipage Roux-Blanc au moment de l'abandon ?") == "rank"
    assert expected_type("Sur quelle place-forte se replièrent les alliés ?") != "rank"
    crash = (
        "La voiture s'est arrêtée dans un fossé, cinq mètres sous la route. Au moment de l'abandon, l'équipage "
        "Roux-Blanc occupait la deuxième place du classement, à 8 s du leader."
    )
    answer = _read_best_then(crash, "sous la route", "deuxième place", "À quelle place était l'équipage Roux-Blanc ?")
    assert answer.short_answer is not None and "deuxième" in answer.short_answer.text, answer.text

    # a relative: said in the sentence or the one before, by family (a child's age by "enfants")
    assert says_kin("Mariée à Bruno, garagiste à Riom, elle a deux enfants.", "son")
    assert says_kin("Mariée à Bruno, garagiste à Riom.", "spouse")
    assert not says_kin("Son père, Marcel, courait en rallye.", "son")
    assert not says_kin("Elle devient la première femme à diriger le rallye.", "spouse")
    assert not says_kin("Inès est la seule fille du top 10.", "daughter")
    assert says_kin("Her son Tom drives the truck.", "son")
    childhood = "« Je n'avais que dix ans quand j'ai vu mon premier rallye », raconte Sophie Martin."
    _assert_short(_read_at(childhood, "dix ans", "Quel âge a le fils de Sophie Martin ?"), None)
    family = "Sophie Martin a deux enfants. Lucas, 24 ans, est mécanicien à Lyon."
    _assert_short(_read_at(family, "24 ans", "Quel âge a le fils de Sophie Martin ?"), "24 ans")
    jury = "Le président du jury, Paul Roux, âgé de 62 ans, a salué sa victoire."
    _assert_short(_read_at(jury, "62 ans", "Quel âge a la mère de Sophie Martin ?"), None)
    # (the relative's first name given: their own sentence says no "fille")
    named = (
        "Sophie Martin a deux enfants. Lucas, 24 ans, est mécanicien. Léa, 21 ans, suit les mêmes rallyes que sa mère."
    )
    _assert_short(_read_at(named, "21 ans", "Quel âge a Léa, la fille de Sophie Martin ?"), "21 ans")
    born = "Sophie Martin est née le 3 mai 1970 à Thiers. Son père, Marcel, fabriquait des couteaux."
    _assert_short(_read_at(born, "3 mai 1970", "Quand est né Marcel, le père de Sophie Martin ?"), None)
    married = "Sophie Martin dirige le rallye depuis 2006. Mariée à Bruno, garagiste à Riom, elle a deux enfants."
    assert [married[a:b] for a, b in kin_named(married, "spouse", "Sophie Martin")] == ["Bruno"]

    # a results list's bracket: shared or driven, a make; a town's kept
    shared = (  # (by three: two of one town are no make, a review)
        "1. Paul Roy (Vortex) — 10 min 02 s 1\n2. Luc Blanc (Vortex) — à 2 s 310\n3. Hugo Brun (Vortex) — à 4 s"
    )
    _assert_short(_read_at(shared, "Vortex) — à", "D'où vient Luc Blanc ?"), None)
    driven = "Paul Roy s'impose sur sa Vortex 50.\n\n1. Paul Roy (Vortex) — 10 min 02 s 1\n2. Luc Blanc (Blata) — à 2 s"
    _assert_short(_read_at(driven, "Vortex) — 10", "D'où vient Paul Roy ?"), None)
    towns = "1. Paul Roy (Dole) — 10 min 02 s 1\n2. Luc Blanc (Riom) — à 2 s 310"
    answer = _read_at(towns, "Riom", "D'où vient Luc Blanc ?")
    assert answer.short_answer is not None and "Riom" in answer.short_answer.text, answer.text

    # a vehicle: "sur sa" and a model; not a team's class, a dealer nor a clause after a make
    rode = "Paul Roy a creusé l'écart tour après tour sur sa Vortex 50 pour s'imposer."
    _assert_short(_read_at(rode, "50", "Sur quelle moto roule Paul Roy ?"), "Vortex 50")
    signed = (
        "Mistral Racing accueille Paul Roy dans son équipe Elite MX1 pour 2026. Chez Mistral Racing, il pilotera une "
        "Yamaha YZ450F."
    )
    _assert_short(
        _read_best_then(signed, "Elite MX1", "Yamaha YZ450F", "Quelle moto pilotera Paul Roy ?"), "Yamaha YZ450F"
    )
    dealer = "L'équipe s'appuie sur le concessionnaire Yamaha Provence Motos, son partenaire depuis 2020."
    _assert_short(_read_at(dealer, "Yamaha Provence Motos", "Quelle moto pilotera Paul Roy ?"), None)
    clause = "« La Yamaha tourne plus facilement que ma Kawasaki », explique Paul Roy."
    _assert_short(
        _read_at(clause, "Yamaha tourne plus facilement que ma Kawasaki", "Quelle moto pilotera Paul Roy ?"), None
    )

    # a price: a surcharge is none asked; a list's line names its day
    surcharge = "Les billets achetés sur place le jour même seront majorés de 5 €."
    _assert_short(_read_at(surcharge, "5 €", "Combien coûte le billet du samedi au Grand Prix ?"), None)
    _assert_short(_read_at(surcharge, "5 €", "De combien sont majorés les billets achetés sur place ?"), "5 €")
    tickets = (
        "Billets\n\nSamedi : 25 €\n\nDimanche : 30 €\n\nPass deux jours : 45 €\n\nAccès paddock : supplément de 20 €"
    )
    _assert_short(
        _read_best_then(tickets, "45 €", "30 €", "Combien coûte le billet du dimanche au Grand Prix ?"), "30 €"
    )
    _assert_short(_read_at(tickets, "20 €", "Combien coûte l'accès paddock au Grand Prix ?"), "20 €")


def test_a_tables_column_asked_is_read_in_the_row_of_the_one_asked() -> None:
    """A table's column a question names ("meilleur tour", "dotation") is read in the row of the
    one it names, not in another's row nor another column (a twenty-third walk refused Tom
    Vasseur's best lap; its cousin answered what Ilyes Benali received with the winner's grant,
    then with "I", a one-letter fragment of his name)."""
    rows = (
        "Rang : 1 ; Finaliste : Maëlle Guérin ; Âge : 16 ans ; Meilleur tour : 1'28\"412 ; "
        "Dotation : bourse de 60 000 €\n"
        "Rang : 3 ; Finaliste : Tom Vasseur ; Âge : 15 ans ; Meilleur tour : 1'29\"105 ; Dotation : —"
    )
    assert [
        rows[a:b] for a, b in _table_cells_asked(rows, "Quel a été le meilleur tour de Tom Vasseur ?", "Tom Vasseur")
    ] == ["1'29\"105"]
    assert _table_cells_asked(rows, "Quelle dotation a reçu Tom Vasseur ?", "Tom Vasseur") == []  # "—": none
    assert _table_cells_asked(rows, "Quel âge a Paul Roy ?", "Paul Roy") == []
    _assert_short(_read_at(rows, "15 ans", "Quel a été le meilleur tour de Tom Vasseur ?"), "1'29\"105")
    answer = _read_at(rows, "Tom Vasseur", "Quelle dotation a reçu Maëlle Guérin ?")
    assert answer.short_answer is not None and answer.short_answer.text == "bourse de 60 000 €", answer.text
    fragment = _read_at(rows, "T", "Quelle dotation a reçu Maëlle Guérin ?")
    assert fragment.short_answer is None or fragment.short_answer.text != "T", fragment.text
    table = (
        "| Rang | Finaliste | Âge | Dotation |\n|---|---|---|---|\n"
        "| 1 | Maëlle Guérin | 16 ans | bourse de 60 000 € |\n"
        "| 2 | Ilyes Benali | 17 ans | bourse de 15 000 € |\n"
    )
    answer = _read_at(table, "bourse de 60 000 €", "Combien a reçu Ilyes Benali ?")
    assert answer.short_answer is None or answer.short_answer.text != "bourse de 60 000 €", answer.text


def test_the_twenty_fourth_walks_kinds() -> None:
    """Kinds of the twenty-fourth walk, on texts of their own: where someone lives is the place
    after the verb of living; a part "sur" a whole is the count asked; a class's line under the
    classes' winners gives its winner whatever its overall place, and a class no line gives has
    no winner; an interviewee's "mon mécanicien" is theirs; a table's cell of a day not said is
    not offered."""
    lives = (
        "J'ai 19 ans, je suis né à Vaison-la-Romaine et j'habite toujours chez mes parents, à Mazan, au pied du mont."
    )
    _assert_short(
        _read_at(lives, "Vaison-la-Romaine et j'habite toujours chez mes parents, à Mazan", "Où habite Paul Roy ?"),
        "Mazan",
    )
    specials = "Le dimanche, Paul Roy a gagné cinq spéciales sur huit et remporté la journée."
    _assert_short(
        _read_best_then(specials, "huit", "cinq", "Combien de spéciales Paul Roy a-t-il gagnées dimanche ?"), "cinq"
    )
    _assert_short(_read_at(specials, "huit", "Sur combien de spéciales Paul Roy a-t-il couru dimanche ?"), "huit")
    classes = (
        "Roustan gagne le rallye de Lure.\n\nLes vainqueurs de classe\n"
        "- Rally2 : Mathieu Roustan / Cédric Aillaud (Skoda Fabia RS Rally2), 1er au général.\n"
        "- Rally4 : Alexis Chabaud / Marine Tessier (Peugeot 208 Rally4), 14e au général.\n"
        "- N3 : Julien Gras / Pauline Gras (Renault Clio RS), 23e au général."
    )
    _assert_short(
        _read_best_then(classes, "Roustan", "Alexis Chabaud / Marine Tessier", "Qui a gagné la classe Rally4 à Lure ?"),
        "Alexis Chabaud / Marine Tessier",
    )
    _assert_short(_read_at(classes, "Roustan", "Qui a gagné la classe Rally5 à Lure ?"), None)
    interview = (
        "**Qui vous entoure au quotidien ?**\nMon père, Didier, est mon mécanicien depuis mes débuts en minimoto."
    )
    at = interview.index("Didier")
    hit = _split_hit(interview, 1.0, Reading(6.0, at, at + len("Didier"), 3.0), title="Entretien avec Noé Ferrandi")
    _assert_short(compose_read("Qui est le mécanicien de Noé Ferrandi ?", read_rank([hit], CALIBRATION), 0.5), "Didier")
    rows = "Rang : 3 ; Finaliste : Tom Vasseur ; Meilleur tour : 1'29\"105"
    assert _table_cells_asked(rows, "Quel a été le meilleur tour de Tom Vasseur lundi ?", "Tom Vasseur") == []


def test_the_twenty_fourth_walks_kinds_once_titles_name_people() -> None:
    """Once a release's headline, not its sender's label, is its title, its protagonist is named
    more often: a team's car said by the team ("Le Rallye Team Vosges annonce … sa Ford Fiesta
    Rally3") stays its driver's; relatives standing for those named before ("Le frère et la
    sœur, de Sisteron") are not another's protagonist-less origin; a team's name opening a span
    is no place; "Qui est X ?" is not answered by whom X married."""
    title = "Aurore Mangin remplace Pierre Collot aux côtés de Bastien Thiriet en 2026"
    car = "Gérardmer, le 9 janvier 2026 — Le Rallye Team Vosges annonce un changement à bord de sa Ford Fiesta Rally3."
    assert not vehicle_of_another("Bastien Thiriet", car, car.index("Ford"), title)
    siblings = "Le frère et la sœur, de Sisteron, disputaient leur rallye « à domicile »."
    before = ["- N3 : Julien Gras / Pauline Gras (Renault Clio RS), 23e au général."]
    at = siblings.index("Sisteron")
    assert someone_elses_origin("Fabrice Reynaud", siblings, at, "Rallye de Lure : Roustan gagne", before)
    assert not someone_elses_origin("Julien Gras", siblings, at, "Rallye de Lure : Roustan gagne", before)
    assert not names_a_place("Arverne Racing, l'équipe fondée par Patrick Chassang à Clermont-Ferrand")
    married = "Sophie Valadier est mariée à Julien Mercœur, ingénieur de piste rencontré à Magny-Cours."
    answer = _read_at(married, "Julien Mercœur", "Qui est Sophie Valadier ?")
    assert answer.short_answer is None or answer.short_answer.text != "Julien Mercœur", answer.text


def test_the_twenty_fourth_walks_tables_crews_and_past_told_in_the_future() -> None:
    """A price list's row is asked by its label and its column by its heading, or the one sum of
    the row for a price; a crew's lead is each one's; "Combien d'avance" asks a gap; a past told
    in the future perfect ("Il aura fallu …") announces nothing."""
    prices = (
        "Formule : Demi-journée (4 heures) ; Auto : 180 € ; Moto : 150 €\n"
        "Formule : Journée complète ; Auto : 320 € ; Moto : 260 €\n"
        "Stage : Baptême passager (3 tours avec un moniteur) ; Durée : 20 minutes ; Prix : 89 €\n"
        "Stage : Stage moto débutant ; Durée : 1 journée ; Prix : 210 €\n"
        "Stage : Perfectionnement (vidéo et télémétrie) ; Durée : 2 jours ; Prix : 1 150 €"
    )

    def cell(question: str, money: bool = True) -> list[str]:
        return [prices[a:b] for a, b in _table_cells_labelled(prices, question, money)]

    assert cell("Combien coûte une demi journée moto ?") == ["150 €"]
    assert cell("Combien coûte une journée de roulage auto ?") == ["320 €"]
    assert cell("Quel est le prix du baptême passager ?") == ["89 €"]
    assert cell("Combien dure le baptême passager ?", money=False) == ["20 minutes"]
    assert cell("Combien coûte le stage de perfectionnement moto ?") == []  # two rows say a word each
    _assert_short(_read_at(prices, "3 tours", "Quel est le prix du baptême passager au circuit ?"), "89 €")
    crew = "Avant l'ES8, Kévin Pellegrin et Laurent Giraud (Volkswagen Polo GTI R5) avaient 9\"6 d'avance sur Roustan."
    assert not said_of_another("Kévin Pellegrin", crew, crew.index('9"6'), "Rallye de Lure")
    assert said_of_another("Mathieu Roustan", crew, crew.index('9"6'), "Rallye de Lure")
    assert expected_type("Combien d'avance Kévin Pellegrin avait-il au départ de cette spéciale ?") == "gap"
    assert expected_type("Combien de retard sur le vainqueur ?") == "gap"
    assert not announces("Il aura fallu sortir le règlement pour désigner le champion de France.")
    assert announces("La finale aura lieu samedi à Saint-Vaury.")


def test_a_post_or_a_pole_named_by_a_noun_before_the_name() -> None:
    """ "Brook Motorsport team principal Sarah Brook" heads Brook Motorsport; "Pole-sitter Priya
    Shah" took pole, not whom she handed over to (a twenty-fourth walk answered "Halden" and
    "Jack Morrow")."""
    said = '"We have a lot of respect for Halden," said Brook Motorsport team principal Sarah Brook.'
    assert [said[a:b] for a, b in posts_held(said, "Brook Motorsport")] == ["Sarah Brook"]
    pole = "Pole-sitter Priya Shah (#44 Redline Racing Ferrari 296 GT3) led 22 laps before handing over to Jack Morrow."
    _assert_short(_read_at(pole, "Jack Morrow", "Qui a signé la pole position à Donington ?"), "Priya Shah")


def test_the_twenty_fourth_walks_prices_by_row_clause_and_title() -> None:
    """A price list's other row, or a row saying nothing the question asks, answers nothing; the
    venue a release's title names is no word a price must say; a sentence pricing two things
    prices each in its own clause."""
    tickets = (
        "Billet : Vendredi ; Prévente (jusqu'au 15 mai) : 10 € ; Sur place : 15 €\n"
        "Billet : Pass 3 jours ; Prévente (jusqu'au 15 mai) : 55 € ; Sur place : 65 €"
    )
    _assert_short(_read_at(tickets, "10 €", "Combien coûte le pass 3 jours en prévente ?"), "55 €")
    _assert_short(_read_at(tickets, "10 €", "Et pour les 12-16 ans, c'est combien ?"), None)
    finalist = (
        "Rang : 2 ; Finaliste : Ilyes Benali ; Âge : 17 ans ; Dotation : bourse de 15 000 €"  # (the one asked's row)
    )
    _assert_short(_read_at(finalist, "bourse de 15 000 €", "Combien a gagné Ilyes Benali ?"), "bourse de 15 000 €")
    row = "Billet : Emplacement camping (par nuit) ; Sur place : 10 € ; En prévente : 10 €"
    _assert_short(_read_at(row, "10 €", "Combien coûte un emplacement de camping au festival ?"), "10 €")  # cells
    two = "Le parking voiture coûte 8 € par jour ; le camping est proposé à 40 € par emplacement."
    answer = _read_at(two, "8 €", "Combien coûte le camping au Grand Prix ?")
    assert answer.short_answer is None or answer.short_answer.text != "8 €", answer.text
    club = (
        "Formule : Demi-journée (4 heures) ; Auto : 180 € ; Moto : 150 €\n\n"
        "L'adhésion annuelle à l'Association Sportive du Circuit de la Sioule coûte 95 €."
    )
    at = club.index("95 €")
    hit = _split_hit(club, 1.0, Reading(6.0, at, at + 4, 3.0), title="Circuit de la Sioule : les tarifs 2026")
    refused = compose_read(
        "Combien coûte une demi journée moto au circuit de la sioule ?", read_rank([hit], CALIBRATION), 0.5
    )
    assert refused.short_answer is None or refused.short_answer.text != "95 €", refused.text


def test_a_code_reviews_findings_on_the_twenty_fourth_walks_rules() -> None:
    """A code review of this session's rules found these, each checked against the rules as first
    written: a team word in any clause taken for its subject; prose with colons taken for a table's
    row; a year or a date taken for a part of a whole; a clause taking up the one before; two of
    one town taken for a make; a model's word in small letters taken for a clause; a class's
    second place taken for its win; "X, avec Y" taken for a crew; headlines taken for a sender's
    label; "en supplément de" taken for a surcharge; "N" of a group taken for a fragment; "Tommy"
    for "Tom"; an adverb in the future perfect; a booking's "combien d'avance" taken for a gap."""
    mate = "Son coéquipier roulera pour le Team Vosges sur une Ford Fiesta Rally3."
    assert vehicle_of_another("Bastien Thiriet", mate, mate.index("Ford"), "Aurore Mangin remplace Pierre Collot")
    prose = "Tarifs : 25 € le samedi ; dimanche : 30 €."
    _assert_short(_read_at(prose, "25 €", "Combien coûte l'entrée le samedi ?"), "25 €")
    season = "Le championnat se dispute en 2025 sur 12 manches."
    _assert_short(_read_at(season, "12", "Combien de manches compte le championnat ?"), "12")
    pass_ = "Le pass week-end donne accès aux tribunes et au paddock ; il coûte 45 €."
    _assert_short(_read_at(pass_, "45 €", "Combien coûte le pass week-end ?"), "45 €")
    towns = "1. Léo Brunel (Lyon) — 10 min 02 s\n2. Hugo Roy (Dole) — à 2 s\n3. Inès Marchal (Lyon) — à 5 s"
    at = towns.rindex("Lyon")
    hit = _split_hit(towns, 1.0, Reading(6.0, at, at + 4, 3.0))
    _assert_short(compose_read("D'où vient Inès Marchal ?", read_rank([hit], CALIBRATION), 0.5), "Lyon")
    lancia = "Paul Roy pilotera une Lancia Delta intégrale cette saison."
    _assert_short(
        _read_at(lancia, "Lancia Delta intégrale", "Quelle voiture pilotera Paul Roy ?"), "Lancia Delta intégrale"
    )
    second = "En Rally4, Alexis Chabaud est deuxième de la classe et 14e au général."
    _assert_short(_read_at(second, "Alexis Chabaud", "Qui a gagné la classe Rally4 ?"), None)
    led = 'Mathieu Roustan, avec Kévin Pellegrin à 9"6, menait le rallye.'
    assert said_of_another("Mathieu Roustan", led, led.index('9"6'), "Rallye de Lure")
    body = "Donington Park, 7 September 2025 — Brook Motorsport won at Donington on Sunday afternoon."
    for headline in ("Press Release: Brook Motorsport Wins At Donington", "COMMUNIQUÉ — LOEB CHAMPION DU MONDE"):
        assert derive_title(f"{headline}\nA second short line\n\n{body}", fallback="x") == headline
    paddock = "L'accès au paddock est proposé en supplément de 20 € par jour."
    _assert_short(_read_at(paddock, "20 €", "Combien coûte l'accès au paddock ?"), "20 €")
    group = "En groupe N, Paul Roy a signé le meilleur temps."
    _assert_short(_read_at(group, "N", "Dans quel groupe court Paul Roy ?"), "N")
    rows = (
        "Rang : 2 ; Finaliste : Tommy Vasseur ; Meilleur tour : 1'28\"690\n"
        "Rang : 3 ; Finaliste : Tom Vasseur ; Meilleur tour : 1'29\"105"
    )
    assert [
        rows[a:b] for a, b in _table_cells_asked(rows, "Quel a été le meilleur tour de Tom Vasseur ?", "Tom Vasseur")
    ] == ["1'29\"105"]
    assert not announces("Il aura finalement fallu attendre la dernière manche pour désigner le champion.")
    assert expected_type("Combien d'avance faut-il réserver pour la course ?") != "gap"


def test_a_reviews_cousins_of_the_twenty_fourth_walks_rules() -> None:
    """Cousins of this session's rules written apart from its texts, old code against new: the
    regressions a review found, each mended: a town's square asked; a price's clause of its own;
    "X est le fils de Y" for X's father's name ("son of" in English); a team's car handed over from
    one driver to another; the top class's winner named only in the car's bracket; a whole asked
    by "comptait"."""
    assert expected_type("À quelle place de Pau a été donné le départ ?") != "rank"
    camping = "Pour le camping du parc fermé, réservation obligatoire auprès de l'ASA Béarn ; tarif : 25 € le week-end."
    _assert_short(_read_at(camping, "25 €", "Combien coûte le camping du parc fermé ?"), "25 €")
    son = "Pascal Bourdieu est le fils de Jean Bourdieu, ancien vainqueur de l'épreuve en 1984."
    _assert_short(_read_at(son, "Jean Bourdieu", "Comment s'appelle le père de Pascal Bourdieu ?"), "Jean Bourdieu")
    assert says_kin("Morrow, 27, lives in Bristol and is the son of former BTCC driver Rob Morrow.")
    handed = (
        "Le Rallye Team Vosges annonce un changement dans l'habitacle de sa Ford Fiesta Rally3 : Camille Thiriet "
        "remplace Paul Grandjean au volant."
    )
    assert vehicle_of_another("Paul Grandjean", handed, handed.index("Ford"), "Rallye Team Vosges : un changement")
    vaucluse = (
        "Frédéric Roustan et Sylvain Imbert (Skoda Fabia RS Rally2) ont remporté le Rallye du Vaucluse.\n\n"
        "Les vainqueurs de classe\n- Rally3 : Hugo Blanc (Ford Fiesta Rally3), 6e au général.\n"
        "- Rally4 : Léa Roux (Peugeot 208 Rally4), 11e au général."
    )
    answer = _read_at(vaucluse, "Frédéric Roustan et Sylvain Imbert", "Qui a gagné en Rally2 au Rallye du Vaucluse ?")
    assert answer.short_answer is not None and "Roustan" in answer.short_answer.text, answer.text
    specials = "Le Rallye de Lozère comptait huit spéciales ; Paul Roy en a remporté trois des huit."
    _assert_short(_read_at(specials, "huit", "Combien de spéciales comptait le Rallye de Lozère ?"), "huit")
