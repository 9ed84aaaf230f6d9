"""The answer type a question asks for, and the reader's answer refused when no span is one."""

from __future__ import annotations

import pytest

from paddockqa.answer import compose_read, read_rank
from paddockqa.answer_type import age_reach, counted, expected_type, holds_type, measure_clash
from paddockqa.domain import Reading
from paddockqa.reader import CALIBRATION
from test_reader import _hit


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Quel âge a Philippe Gaillard ?", "age"),
        ("À quel âge est-il mort ?", "age"),
        ("Quel est le prix d'une place pour le Rallye du Mont-Blanc ?", "money"),  # a second walk
        ("Quel est le tarif des billets ?", "money"),
        ("Quel prix a-t-il remporté ?", None),  # an award
        ("Quel est le prix d'entrée pour les spectateurs à Salbris ?", "money"),  # a seventh walk
        ("Quelle est la longueur du circuit de Salbris ?", "length"),  # a seventh walk
        ("Quelle distance pour la 2e étape des Boucles de la Mayenne ?", "length"),
        ("How long was the second stage?", "length"),
        ("How long was his career?", None),  # a duration
        ("How far behind was Durand?", "gap"),  # a gap, no length (a review)
        ("By how many places did the club drop in 2006/2007?", "count"),  # places: no gap (piaf-dev-en)
        ("By how much did the population grow?", "count"),
        ("À quelle distance du vainqueur a-t-il terminé ?", "gap"),
        ("Quel est le prix de l'engagement ?", "money"),
        ("How old is Romain Dumas?", "age"),
        ("Quel est l'âge de Julie Martin ?", "age"),  # a second walk
        ("Quel sport a-t-il débuté à l'âge de 8 ans ?", None),  # PIAF: "l'âge de" asks no age there
        ("Quel chef est associé à l'âge d'or de l'empire ?", None),
        ("En quelle année Dumas a-t-il gagné ?", "year"),
        ("Quelle année a vu sa victoire ?", "year"),
        ("In which year did he win the title?", "year"),
        # plurals (eval/press's "In which years…" was answered "20 octobre")
        ("In which years did Romain Dumas win the American Le Mans Series title?", "year"),
        ("En quelles années se réunissaient les Conférences du Bureau d'Adresse ?", "year"),
        ("en quelle années les femmes francaises peuvent voter?", "year"),
        ("What years did he race at Le Mans?", "year"),
        # English as the French (piaf-train's English translations against their French questions)
        ("For whom does Gesualdo try to arrange a marriage?", "name"),
        ("Against whom did he make his comeback?", "name"),
        ("Whose uncle is Pie IV?", "name"),
        ("According to FIFA, where does football come from?", "name"),
        ("Which Latin American countries maintain exchanges with Transnistria?", "name"),
        ("In which Chinese city is Wuhan University located?", "name"),
        ("With which manufacturer did Hans Herrmann win the Nürburgring 500 km?", "name"),
        ("Which department does the city of Marseille belong to?", "name"),
        ("What is the city of Lyon known for?", None),
        ("What kind of car does he drive?", None),
        # ... and not where English words look alike (a review of the change)
        ("When did Loeb, who won nine titles, retire?", None),  # a relative clause, not the question
        ("How long did Ogier, who joined Toyota in 2020, stay there?", None),
        ("In 1990, who played against the RCS?", "name"),  # an opening clause, then the question
        ("What makes Hamilton so fast?", None),
        ("What place did he finish in?", "rank"),  # a rank, as "Quelle place…"
        ("Which battle takes place in 1066?", None),
        ("What track record did Ogier set?", None),
        ("What driver number does he race with?", None),
        ("What is Honda's power unit called?", None),
        ("What amount of fuel did he use?", None),
        ("Why was the date of birth wrong?", None),
        ("How many time penalties did he get?", "count"),
        ("How many times has Inter won the Champions League?", "count"),
        ("How much time did he need?", None),
        ("What is Robert Haldane's date of birth?", "birth"),
        ("What amount in 2019?", "money"),
        ("What is Leavitt's final salary?", "money"),
        ("What is the Vizzavona's power output?", "power"),
        ("How powerful is the Alpine A110?", "power"),
        ("Combien de pole positions a-t-il signées ?", "count"),
        ("À combien s'élève le budget ?", "count"),  # may be a population: any number
        ("How many races did he win?", "count"),
        ("Combien de temps dure la course ?", None),  # durations: often words ("la décennie")
        ("Où est né Romain Dumas ?", "name"),
        ("Et d'où vient-il ?", "name"),
        ("Avec qui a-t-il gagné ?", "name"),
        ("Pour quelle équipe Romain Dumas court-il le Petit Le Mans ?", "name"),
        ("Where does he come from?", "name"),
        ("Who won the race?", "name"),
        ("Quand est-il né ?", None),
        # A third walk's: a birth date, a weight, a power, the weather.
        ("Quelle est la date de naissance de Yoann Le Gall ?", "birth"),
        ("Quand est né Clément Tissot ?", "birth"),
        ("Quand Clément Tissot est-il né ?", "birth"),
        ("Quand est né le structuralisme ?", None),  # PIAF: no person, "entre-deux-guerres"
        ("Quel est le poids de la Mygale M21-F4 ?", "weight"),
        ("Combien pèse un rhinocéros ?", "weight"),
        ("Quel risque pèse sur l'agriculture africaine ?", None),  # PIAF
        ("Quelle est la puissance du moteur des F4 ?", "power"),
        ("Quelle puissance a dominé le Danemark ?", None),  # PIAF: a state
        ("Quel temps faisait-il au Touquet ?", "weather"),
        ("Quelle était la météo à Spa ?", "weather"),
        ("Quel temps faut-il pour se rendre à Bruxelles ?", None),  # PIAF: a duration
        # A fifth walk's: a performance's time ("9 juin 2024", the dateline, answered it).
        ("Quel temps a réalisé Julien Ferrandi au Mont-Dore ?", "laptime"),
        ("Quel temps Ferrandi a-t-il réalisé ?", "laptime"),
        ("En quel temps a-t-il couru ?", "laptime"),
        ("Quel chrono a signé Lacombe ?", "laptime"),
        ("What time did Ferrandi set?", "laptime"),
        ("Quel temps a-t-il fait au Mans ?", "weather"),
        ("Quelle est sa ville natale ?", None),  # asked as "quelle est", not "quelle ville": any span
        ("Quelle année incroyable !", "year"),
        ("Quel salaire Romain Dumas touche-t-il ?", "money"),
        ("Quel est le montant du budget ?", "money"),
        ("Combien coûte une Porsche 911 ?", "money"),  # an amount, not a count
        ("Combien coûtait le pass week-end ?", "money"),  # the past too (a fifteenth walk: a count)
        ("Combien coûteraient les travaux ?", "money"),
        ("How much does he earn?", "money"),
        ("Qui gère le budget ?", "name"),
        # a finishing place (the press set's "À quelle place … terminé le Petit Le Mans ?" got
        # "Etats-Unis"), with a verb of finishing or a standings; not a post nor a position held
        ("À quelle place Romain Dumas a-t-il finalement terminé le Petit Le Mans ?", "rank"),
        ("Quelle place le club occupe-t-il au classement en 1960 ?", "rank"),
        ("A quel rang finit le club la saison 2005/2006?", "rank"),
        ("What place did Matteo Bianchi finish at Lédenon?", "rank"),
        ("Quel rang occupe Yamina Benguigui ?", None),
        ("Quelle position occupe le lion ?", None),
        ("En quelle position Alberto Fini fait il évoluer Ivano Blason ?", None),  # "Fini", a name
        # a post held, not a place in a ranking (a review)
        ("Quelle position occupe Bruno Famin chez Alpine depuis son arrivée en 2022 ?", None),
        ("What position does Lewis Hamilton hold at Ferrari since the end of 2024?", None),
        ("Quelle place le tourisme occupe-t-il dans l'économie classée ?", None),
        # a twenty-first walk: a purchase price, a lap record, a race's time "mis pour boucler",
        # a team's car's place; not who holds the record, nor the time a work took
        ("Quel est le prix d'achat d'un Volta EK-1 ?", "money"),
        ("Quelle vitesse de pointe a été mesurée aux caisses à savon ?", "speed"),
        ("Quelle pente présentait la zone 12 au trial camion ?", "slope"),
        ("Combien a été adjugée la Ligier JS2 à la vente de Reims ?", "money"),  # an auction's price
        ("How much was the Ligier sold for?", "money"),
        ("Combien ont été vendues ?", "count"),  # not its name, "le Mur"
        ("A quelle vitesse maximale peuvent se déplacer les rhinocéros ?", "speed"),  # PIAF: "50 km/h"
        ("What top speed did he reach?", "speed"),
        ("De combien de vitesses dispose la Triumph Tiger TR7V ?", "count"),  # gears (PIAF)
        ("Quelle est la vitesse de recharge ?", None),
        ("Quel est le record du tour du circuit des Monts d'Ardèche ?", "laptime"),
        ("What is the lap record at Magny-Cours?", "laptime"),
        ("Qui détient le record du tour ?", "name"),
        ("Who holds the lap record?", "name"),
        ("Combien de temps Damien Royer a-t-il mis pour boucler le rallye ?", "laptime"),
        ("Combien de temps a-t-il mis pour construire le circuit ?", None),
        ("Où a terminé la n°19 de Charente Racing ?", "rank"),
        ("Où a terminé le rallye ?", "name"),
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
        ("age", "douze mois après avoir", False),  # a delay: a walk got it for Romain Dumas's age
        ("age", "dix ans de carrière", False),
        ("age", "quatre mois, élevé sous", True),
        ("age", "une seule fois en six jours", False),  # a duration (a seventh walk)
        ("age", "pendant trois ans", False),
        ("age", "pendant 25 ans", False),  # the number whole (a review)
        ("age", "for 10 years", False),
        ("age", "à 20 ans", True),
        ("age", "Muscle Milk Pickett", False),
        ("year", "2008, à Magny-Cours", True),
        ("year", "l'an 9 de la République", True),
        ("year", "20 octobre", False),
        ("birth", "17'02\"418", False),  # a race time for a date of birth (a seventh walk)
        ("length", "1 340 mètres", True),
        ("length", "44,3 km/h", False),  # a speed (a seventh walk)
        ("length", "Loir-et-Cher", False),
        ("birth", "12 mars 1998", True),
        ("year", "1'36\"812", False),
        ("count", "une quinzaine de fois", True),
        ("count", "6 pole positions", True),
        ("count", "deux reprises", True),
        ("count", "il affronte le gratin", False),
        ("count", "Muscle Milk Pickett", False),
        ("money", "250 000 € par an", True),
        ("money", "12 milliards en 2019", True),
        ("money", "0,30 dollar de l'heure", True),
        ("money", "1000 miles, il évoluera", False),  # a number, but no amount
        ("name", "Nogaro", True),
        ("name", "Le Mans", True),
        ("name", "les 24 Heures du Mans", True),
        ("name", "2003", False),  # "Et d'où vient-il ?" answered "2003" in a new-user walk
        ("name", "le 12 mars 2003", False),
        ("name", "en 2003", False),
        ("name", "March 12, 2003", False),
        ("name", "le 1er mai 2022", False),
        ("name", "de 1994 à 1998", False),
        ("name", "entre 2002 et 2004", False),
        ("name", "du 3 au 5 mars 2024", False),
        ("name", "mardi 3 mars 2024", False),
        ("name", "l'année 2003", False),
        ("name", "sept. 2003", False),
        ("name", "__2003__", False),
        ("name", "Mai 68", False),
        ("name", "Le Mans 2003", True),
        ("name", "à Dijon en 2003", True),
        ("name", "Marseille", True),  # a name that begins with "mar": a word, not a month
        ("name", "4ème", True),  # a rank: "Où s'est-il classé ?" (the press set)
        ("name", "1er", True),
        ("rank", "18e", True),
        ("rank", "la seconde place", True),
        ("rank", "pole position", True),
        ("rank", "Third place", True),
        ("rank", "25 à 26", True),
        ("rank", "Etats-Unis", False),
        ("rank", "(20 octobre) avec Muscle Milk Pickett Racing", False),
        ("rank", "15e édition du Petit Le Mans", False),  # an edition's ordinal
        ("rank", "1.8 seconds", False),  # a time's "second"
        ("rank", "1,8 seconde", False),
        ("rank", "Jack Smith", False),  # an English ordinal's "-th" only in ordinals (a review)
        ("rank", "both drivers", False),
        ("rank", "fourth", True),
        (None, "n'importe quoi", True),
    ],
)
def test_a_span_holds_the_type_or_not(kind: str | None, text: str, holds: bool) -> None:
    assert holds_type(kind, text) is holds


def test_a_name_is_checked_on_the_span_alone() -> None:
    """An age's unit is in the words after its number; a date followed by a place is still a date."""
    assert holds_type("age", "42", " ans, est sacré")
    assert not holds_type("name", "2003", ", à Nogaro, il")


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


@pytest.mark.parametrize(
    ("question", "measure"),
    [
        ("Combien de coureurs ont pris le départ ?", "entrants"),
        ("How many laps did he lead?", "laps"),
        ("How many crews started?", "entrants"),  # an English noun in its French kind (a sixth walk)
        ("How many victories has he had?", "results"),
        ("Combien de buts a-t-il marqués ?", "things"),  # a noun of no kind
        ("Combien de Tours de France a-t-il gagnés ?", "things"),  # a name, not laps
        ("Combien de kilomètres compte le parcours ?", "length"),
        ("Combien de km ?", "length"),
        ("Combien d'années a-t-il couru ?", "time"),
        ("Combien d’heures de vol a-t-il faites ?", "time"),
        ("Combien d'argent a-t-il gagné ?", "money"),
        ("Combien de millions d'euros a-t-il gagné ?", "money"),  # the multiplier is not what is counted
        ("Combien de km/h a-t-il atteint ?", "speed"),
        ("Combien de temps dure la course ?", None),  # a duration: no count type
        ("Combien de fois a-t-il gagné ?", None),  # "deux fois": its number's next word is no unit either
        ("Combien a-t-il gagné ?", None),
    ],
)
def test_a_count_question_says_what_it_counts(question: str, measure: str | None) -> None:
    assert counted(question) == measure


@pytest.mark.parametrize(
    ("measure", "span", "after", "clash"),
    [
        ("things", "742 km", "", True),  # a walk: "Combien de coureurs ?" answered by the race's length
        ("things", "742", " km de course", True),
        ("things", "3", " ans plus tard", True),
        ("things", "12 millions d'euros", "", True),
        ("things", "156", " coureurs au départ", False),
        ("things", "deux cents", " d'entre eux", False),  # "cents" is the number's, not a currency
        ("things", "99,4 %", "", False),  # a share answers a count
        # a share said of a quality does not (a twenty-first walk: "100 % féminin" for how many specials)
        ("results", "100 %", " féminin de l'écurie", True),
        ("things", "100 % électrique", "", True),
        ("things", "99,4 %", " des voix", False),
        ("things", "35 %", " du budget", False),
        ("things", "25", " tours du circuit de 2,76 km", False),  # its first number is the answer's
        ("things", "plus de 1 200", " participants", False),
        ("length", "742", " km au total", False),
        ("length", "5 000 kilomètres", "", False),
        ("length", "3 heures", "", True),
        ("time", "25 ans", "", False),
        ("money", "12 millions d'euros", "", False),
        ("things", "750 cm3 à cinq vitesses, la moto la plus vendue", "", False),  # a clause is not judged
        (None, "742 km", "", False),
        # Cousins a review tried (2026-12-05): a currency's multiplier, a speed, an elided word.
        ("money", "12 millions d'euros", "", False),
        ("money", "12 M€", "", False),
        ("speed", "320 km/h", "", False),
        ("things", "156", " s'élanceront dimanche", False),
        ("things", "trois", " m'ont dit", False),
        ("things", "12 M", " de spectateurs", False),
        # Kinds of counts (a sixth walk): another kind clashes, the same kind in English or French does not.
        ("entrants", "45 000", " spectateurs ont suivi", True),
        ("entrants", "112", " équipages au départ", False),
        ("entrants", "Dix-huit", " camions étaient engagés", False),
        ("entrants", "742 km", "", True),
        ("entrants", "25", " tours du circuit", True),
        ("spectators", "150 équipages", "", True),
        ("spectators", "400", " bénévoles", True),
        ("spectators", "12 500", " spectateurs", False),
        ("results", "12", " victoires", False),  # "Combien de courses a-t-il gagnées ?": what is won is one kind
        ("results", "3", " titres", False),
        ("points", "3", " victoires", True),
        ("time", "3", " victoires", True),
        ("things", "3", " victoires", False),  # "Combien de buts ?": a noun of no kind is not judged by kinds
        ("entrants", "12", " Tours de France", False),  # a name has no kind
        ("entrants", "36", " voitures engagées", False),
        ("laps", "1'36\"812", "", True),  # a lap record for how many laps (a seventh walk)
        # A clause opening with a number of a kind is judged (a seventh walk); one of a unit is not
        ("spectators", "96 équipages au départ (58 autos et 38 motos), 71", "", True),
        ("points", "15 tours du circuit de 3,636 kilomètres", "", True),
        ("entrants", "96 équipages au départ (58 autos et 38 motos), 71", "", False),
        ("things", "17'02\"418", "", True),
        ("spectators", "1'800", " spectateurs", False),  # a Swiss thousand, no time (a review)
    ],
)
def test_a_counts_number_measured_in_another_unit_is_no_answer(
    measure: str | None, span: str, after: str, clash: bool
) -> None:
    assert measure_clash(measure, span, after) is clash


def test_the_reader_answers_how_many_riders_with_riders_not_kilometres() -> None:
    """ "Combien de coureurs … ?" was answered "742 km" in a new user's walk: a count of
    riders is no length. Another read passage's count is quoted, or the reply says none was found."""
    stage = "Les coureurs ont parcouru 742 km en trois étapes."
    field = "Au total, 156 coureurs ont pris le départ à Colmar."
    wrong = _hit(stage, 1.0, Reading(6.0, stage.index("742"), stage.index(" en trois"), 3.0))
    right = _hit(field, 0.5, Reading(2.0, field.index("156"), field.index(" coureurs"), 2.0))
    question = "Combien de coureurs ont pris le départ du Tour d'Alsace ?"
    answer = compose_read(question, read_rank([wrong, right], CALIBRATION), min_score=0.5)
    assert answer.answered and answer.short_answer and answer.short_answer.text == "156"
    refused = compose_read(question, read_rank([wrong], CALIBRATION), min_score=0.5)
    assert not refused.answered and "aucun nombre" in str(refused.notice)
    length = compose_read("Combien de kilomètres ont-ils parcouru ?", read_rank([wrong, right], CALIBRATION), 0.5)
    assert length.short_answer and length.short_answer.text == "742 km"


def test_a_count_read_in_another_unit_gives_way_to_its_passages_next_span() -> None:
    """A fifth walk: "Combien de spectateurs au Grand Prix Camions d'Albi ?" was refused ("aucun
    nombre"): the reader's best span was the circuit's length, and its next best, the crowd,
    was not looked at. A span without a number still tries none (the press set's "plusieurs
    titres", answering how often Patrick Pilet crosses the Atlantic, made that rule)."""
    text = "Le circuit d'Albi, long de 3,565 km, a accueilli 32 000 spectateurs sur le week-end."
    crowd = text.index("32 000")
    others = ((crowd, crowd + len("32 000"), 4.0),)
    read = Reading(3.0, text.index("3,565"), text.index(", a accueilli"), 6.0, others=others)
    answer = compose_read(
        "Combien de spectateurs au Grand Prix d'Albi ?", read_rank([_hit(text, 1.0, read)], CALIBRATION), 0.5
    )
    assert answer.answered and answer.short_answer and answer.short_answer.text == "32 000", answer.text
    wordy = "Il a décroché le titre national, dont 32 000 fans se souviennent."
    lots = wordy.index("32 000")
    read = Reading(3.0, wordy.index("le titre"), wordy.index(", dont"), 6.0, others=((lots, lots + 6, 4.0),))
    refused = compose_read("Combien de titres a-t-il ?", read_rank([_hit(wordy, 1.0, read)], CALIBRATION), 0.5)
    assert not refused.answered


def test_the_reader_answers_where_with_a_place_not_a_year() -> None:
    """ "Et d'où vient-il ?" was answered "2003" (0.40): a year names no place; another read
    passage's place is quoted, or the reply says none was found."""
    year = "Il court en endurance depuis 2003 avec Porsche."
    place = "Né à Alès, il a grandi dans le Gard."
    wrong = _hit(year, 1.0, Reading(6.0, year.index("2003"), year.index("2003") + 4, 3.0))
    right = _hit(place, 0.5, Reading(2.0, place.index("Alès"), place.index("Alès") + 4, 2.0))
    question = "Et d'où vient-il ?"
    answer = compose_read(question, read_rank([wrong, right], CALIBRATION), min_score=0.5)
    assert answer.answered and answer.short_answer and answer.short_answer.text == "Alès"
    refused = compose_read(question, read_rank([wrong], CALIBRATION), min_score=0.5)
    assert not refused.answered and "aucun nom" in str(refused.notice)


def test_a_span_that_is_a_name_the_question_gives_answers_nothing() -> None:
    """ "Qui la dirige ?" after the team placed third, understood "Qui la dirige (Racing Team
    Bourgogne, Spa) ?", was answered "Racing Team Bourgogne" (a new user's walk): the name
    asked about is no answer to the question. Another read passage's span is quoted."""
    team = "Le Racing Team Bourgogne a décroché la troisième place."
    boss = "Pierre-Yves Dubreuil dirige l'équipe depuis 2015."
    wrong = _hit(team, 1.0, Reading(6.0, team.index("Racing"), team.index(" a décroché"), 3.0))
    right = _hit(boss, 0.5, Reading(2.0, 0, len("Pierre-Yves Dubreuil"), 2.0))
    question = "Qui la dirige (Racing Team Bourgogne, Spa) ?"
    answer = compose_read(question, read_rank([wrong, right], CALIBRATION), min_score=0.5)
    assert answer.answered and answer.short_answer and answer.short_answer.text == "Pierre-Yves Dubreuil"
    assert not compose_read(question, read_rank([wrong], CALIBRATION), min_score=0.5).answered
    # A span holding more than the name answers: "Porsche GT 2" for "Quel modèle de Porsche … ?" (eval/press).
    model = "Il pilote une Porsche GT 2 aux États-Unis."
    car = _hit(model, 1.0, Reading(6.0, model.index("Porsche"), model.index(" aux"), 3.0))
    asked = compose_read("Quel modèle de Porsche pilote-t-il ?", read_rank([car], CALIBRATION), min_score=0.5)
    assert asked.short_answer and asked.short_answer.text == "Porsche GT 2"
    # A choice names its answers; a follow-up's context names after its subject may be the answer (a review).
    result = "Romain Dumas a remporté la course devant Kévin Estre."
    dumas = _hit(result, 1.0, Reading(6.0, 0, len("Romain Dumas"), 3.0))
    for choice in ("Qui a gagné, Romain Dumas ou Kévin Estre ?", "Qui a gagné entre Romain Dumas et Kévin Estre ?"):
        chosen = compose_read(choice, read_rank([dumas], CALIBRATION), min_score=0.5)
        assert chosen.short_answer and chosen.short_answer.text == "Romain Dumas", choice
    followed = "Qui a gagné (Petit Le Mans, Romain Dumas) ?"
    context = compose_read(followed, read_rank([dumas], CALIBRATION), min_score=0.5)
    assert context.short_answer and context.short_answer.text == "Romain Dumas"
    # Dropped for being the name asked about, not for its type: no "aucun nom" notice.
    dropped = compose_read(question, read_rank([wrong], CALIBRATION), min_score=0.5)
    assert dropped.notice is None


def test_a_refusal_lists_its_closest_passages_best_score_first() -> None:
    """A walk saw the closest passages of a refusal scored 0.247, 0.181, 0.198: listed in
    the passages' order, not by the scores shown beside them."""
    texts = ["Romain Dumas court au Mans.", "Patrick Pilet vit aux États-Unis.", "Philippe Gaillard a 42 ans."]
    logits = [-1.0, -3.0, -2.0]
    hits = [_hit(t, 1.0 - i / 10, Reading(score, 0, 6, 0.0)) for i, (t, score) in enumerate(zip(texts, logits))]
    refused = compose_read("Quelle est la recette de la blanquette ?", read_rank(hits, CALIBRATION), min_score=0.99)
    scores = [c.score for c in refused.citations]
    assert not refused.answered and len(scores) == 3 and scores == sorted(scores, reverse=True)
    assert [c.quote for c in refused.citations] == [texts[0], texts[2], texts[1]]


def test_a_refusal_cites_a_sentence_once_and_is_never_surer_than_the_threshold() -> None:
    """A second walk: "Quel est le classement de Mathis Roux ?" was refused at confidence 0.91
    (the reader's span was the name asked about) and cited one table row as [1] and [2]: two
    overlapping passages of the text held it."""
    row = "Rang : 5 ; Coureur : Mathis Roux ; Équipe : Uno-X"
    first = _hit(row, 1.0, Reading(6.0, row.index("Mathis"), row.index(" ; Équipe"), 3.0))
    again = _hit(row, 0.5, Reading(-4.0, row.index("Mathis"), row.index(" ; Équipe"), 1.0))
    other = _hit("Jonas Dahl termine troisième.", 0.4, Reading(-5.0, 0, 10, 1.0), source="b.txt")
    refused = compose_read(
        "Quel est le classement de Mathis Roux ?", read_rank([first, again, other], CALIBRATION), 0.35
    )
    assert not refused.answered and refused.confidence <= 0.35
    assert [(c.source, c.start, c.end) for c in refused.citations] == [("a.txt", 0, len(row)), ("b.txt", 0, 29)]


@pytest.mark.parametrize(
    ("kind", "span", "after", "holds"),
    [
        ("age", "42", " ans, passionné", True),  # the unit after the span
        ("age", "Marc Delacroix et de Paul-Henri Mercier", ", 45 ans, a", False),  # a walk: the age after a name
        ("count", "Les Bleus", " 3 fois de suite", False),
        ("money", "12", " millions d'euros", True),
        ("year", "en 1998", "", True),
        ("age", "25", ", won the race", True),  # English apposition (a second walk)
        ("birth", "28 février 1764", "", True),
        ("birth", "34 ans", "", False),  # a third walk: an age for a birth date
        ("weight", "2 à 3 tonnes", "", True),
        ("weight", "160 chevaux", "", False),  # a third walk: a power for a weight
        ("power", "160", " chevaux", True),
        ("weather", "sous une pluie battante", "", True),
        ("weather", "Cinq semaines", "", False),  # a third walk
        ("weather", "21 avril 2024", "", False),
        ("laptime", '1’52"318', "", True),
        ("laptime", "4h52'18", "", True),
        ("laptime", "9,58", " s", True),
        ("laptime", "9 juin 2024", "", False),  # a fifth walk: the dateline for a time
        ("age", "1998", ", he won", False),
        ("age", "12", " tours", False),
        ("age", "Âgée", " de 14 ans, la", True),  # a fifth walk: the reader cut the age it opens
        ("age", "le plus âgé", " du plateau", False),  # "âgé" alone gives no age
        ("age", "Âgée d'une trentaine d'années", "", True),  # elided "de" (a review)
    ],
)
def test_the_types_form_starts_inside_the_span(kind: str, span: str, after: str, holds: bool) -> None:
    assert holds_type(kind, span, after) is holds


def test_a_birth_date_is_years_before_the_release_that_states_it() -> None:
    """A third walk: "Quelle est la date de naissance de Yoann Le Gall ?" answered the next
    rally's "21 avril 2024" from a release of March 2024."""
    from dataclasses import replace

    from paddockqa.domain import IndexedDocument, Reading

    record = IndexedDocument("touquet.txt", "Rallye du Touquet", "2024-03-18", "h", 1, "2024-03-18T00:00:00")
    text = "Prochain rendez-vous : le Rallye Lyon-Charbonnières, du 19 au 21 avril 2024. Il est né le 3 mai 1995"
    soon, born = text.index("21 avril 2024"), text.index("3 mai 1995")
    next_rally = replace(_hit(text, 1.0, Reading(4.0, soon, soon + 13, 6.0)), document=record)
    question = "Quelle est la date de naissance de Yoann Le Gall ?"
    refused = compose_read(question, read_rank([next_rally], CALIBRATION), min_score=0.5)
    assert not refused.answered and "date de naissance" in str(refused.notice)
    birth = replace(_hit(text, 1.0, Reading(4.0, born, born + 10, 6.0)), document=record)
    answer = compose_read(question, read_rank([birth], CALIBRATION), min_score=0.5)
    assert answer.short_answer and answer.short_answer.text == "3 mai 1995"
    # A dateline's date is the release's, whatever the record says.
    lyon = "Charbonnières-les-Bains, le 21 avril 2024 — Yoann Le Gall a remporté le rallye"
    day = lyon.index("21 avril 2024")
    dated = replace(_hit(lyon, 1.0, Reading(4.0, day, day + 13, 6.0)), document=replace(record, date=None))
    assert not compose_read(question, read_rank([dated], CALIBRATION), min_score=0.5).answered
    # A text whose first date is a birth is dated by it: that date stays a birth (eval/dialogues).
    bio = "Jean Stablewski, dit Jean Stablinski (né le 21 mai 1932 à Thun-Saint-Amand) est un coureur"
    at = bio.index("21 mai 1932")
    wiki = replace(_hit(bio, 1.0, Reading(4.0, at, at + 11, 6.0)), document=replace(record, date="1932-05-21"))
    kept = compose_read("Quand Jean Stablinski est-il né ?", read_rank([wiki], CALIBRATION), min_score=0.5)
    assert kept.short_answer and kept.short_answer.text == "21 mai 1932"


def test_when_something_will_be_is_not_the_releases_date() -> None:
    """A fifth walk: "Quand aura lieu le Rallye des Monts d'Ardèche ?" was answered "17
    septembre", the press conference's dateline."""
    text = "Aubenas, le 17 septembre 2024 – Le rallye aura lieu du 18 au 20 octobre."
    dateline = text.index("17")
    others = ((text.index("du 18"), text.index("."), 3.0),)
    read = Reading(4.0, dateline, dateline + len("17 septembre"), 6.0, others=others)
    ranked = read_rank([_hit(text, 1.0, read)], CALIBRATION)
    future = compose_read("Quand aura lieu le Rallye des Monts d'Ardèche ?", ranked, 0.5)
    assert future.short_answer and future.short_answer.text == "du 18 au 20 octobre", future.text
    past = compose_read("Quand a été présenté le rallye ?", ranked, 0.5)
    assert past.short_answer and past.short_answer.text == "17 septembre"


def test_a_clause_is_no_place_someone_comes_from() -> None:
    """A fifth walk: "D'où vient Antoine Rivière ?" was answered with a whole quote ("Clara a
    impressionné tout le monde par sa régularité : elle a été la plus rapide sous la pluie")."""
    from paddockqa.answer_type import names_a_place

    assert not names_a_place("Clara a impressionné tout le monde par sa régularité : elle a été la plus rapide")
    assert names_a_place("Castres") and names_a_place("la Vallée de Chevreuse, dans les Yvelines")
    # A sixth walk: "Where is Anaïs Roux from?" got the car of "1. Mathieu Kessler / Anaïs Roux (Citroën C3 Rally2)"
    assert not any(map(names_a_place, ("Citroën C3 Rally2", "Hyundai i20 N", "Porsche 911 GT3 R")))
    assert names_a_place("Paris 13e") and names_a_place("Saint-Dié")
    assert names_a_place("15 ans, d'Agen, champion de France F4")  # a model further on (a review)


@pytest.mark.parametrize(
    "question",
    [
        "Quel temps il fait ?",
        "Quel temps a-t-on eu samedi ?",
        "Quel temps a fait Paris en 1910 ?",
        "Quel temps a-t-il fallu pour construire le pont ?",
        "What time did the race start?",
    ],
)
def test_the_reviews_cousins_are_no_performances_time(question: str) -> None:
    assert expected_type(question) != "laptime"


def test_a_count_read_in_another_unit_takes_a_next_span_of_what_is_counted() -> None:
    """The fifth walk's answers, rerun: "Combien de points compte Yann Marchetti … ?" got "six"
    ("deuxième des six étapes") as the next span of a passage whose best was a time."""
    text = "Tessier s'est imposé avec 2,3 secondes d'avance, deuxième des six étapes, et compte 149 points."
    six, points = text.index("six"), text.index("149")
    others = ((six, six + 3, 5.0), (points, points + 3, 4.0))
    read = Reading(3.0, text.index("2,3"), text.index(" d'avance"), 6.0, others=others)
    answer = compose_read("Combien de points compte Tessier ?", read_rank([_hit(text, 1.0, read)], CALIBRATION), 0.5)
    assert answer.short_answer and answer.short_answer.text == "149", answer.text


def test_a_count_of_another_kind_gives_way_to_its_passages_span_of_the_kind_asked() -> None:
    """A sixth walk: "How many crews started …?" got "45 000" of "45 000 spectateurs"; the
    passage's next span "112" is of the kind asked ("équipages" for "crews": an English noun
    never names the French text's), and "Combien de spectateurs … ?" with only a count of
    crews and one of volunteers gets neither."""
    text = "Près de 45 000 spectateurs ont suivi l'épreuve, et sur les 112 équipages au départ, 71 ont fini."
    crowd, crews = text.index("45 000"), text.index("112")
    read = Reading(3.0, crowd, crowd + len("45 000"), 6.0, others=((crews, crews + 3, 4.0),))
    answer = compose_read("How many crews started the rally?", read_rank([_hit(text, 1.0, read)], CALIBRATION), 0.5)
    assert answer.short_answer and answer.short_answer.text == "112", answer.text
    meeting = "Les organisateurs attendent 150 équipages, et la Ronde vit grâce à ses 400 bénévoles."
    crews, staff = meeting.index("150"), meeting.index("400")
    read = Reading(3.0, crews, crews + len("150 équipages"), 6.0, others=((staff, staff + 3, 4.0),))
    question = "Combien de spectateurs sont attendus ?"
    refused = compose_read(question, read_rank([_hit(meeting, 1.0, read)], CALIBRATION), 0.5)
    assert not refused.answered, refused.text
    # A seventh walk: "combien de benevoles a salbris" was refused ("aucun nombre"), the span
    # holding the count asked after the one of spectators.
    present = "Près de 1 800 spectateurs et 150 bénévoles étaient présents."
    start, end = present.index("1 800"), present.index(" bénévoles")
    ranked = read_rank([_hit(present, 1.0, Reading(3.0, start, end, 6.0))], CALIBRATION)
    staff = compose_read("combien de bénévoles a salbris", ranked, 0.5)
    assert staff.short_answer and staff.short_answer.text == "150", staff.text


def test_a_count_span_holding_two_numbers_gives_its_later_one_its_turn() -> None:
    """A sixth walk: "How many riders finished the Tour du Limousin?" was refused, its span
    "126 coureurs au départ à Saint-Yrieix-la-Perche, 97" counting the starters first; the
    97 it holds counts the finishers."""
    text = "Sur les 126 coureurs au départ à Saint-Yrieix-la-Perche, 97 ont terminé l'épreuve."
    start, end = text.index("126"), text.index(" ont terminé")
    ranked = read_rank([_hit(text, 1.0, Reading(3.0, start, end, 6.0))], CALIBRATION)
    finished = compose_read("How many riders finished the Tour du Limousin?", ranked, 0.5)
    assert finished.short_answer and finished.short_answer.text == "97", finished.text
    started = compose_read("Combien de coureurs étaient au départ ?", ranked, 0.5)
    assert started.short_answer and started.short_answer.text.startswith("126"), started.text


def test_when_an_event_is_held_is_its_range_of_days() -> None:
    """A sixth walk: "Quand aura lieu la Ronde de l'Aisne 2026 ?" was answered "26 avril 2026",
    the reader's span, of "du vendredi 24 au dimanche 26 avril 2026". When it ends is that day."""
    text = "La 30e Ronde de l'Aisne aura lieu du vendredi 24 au dimanche 26 avril 2026, avec départ à Laon."
    start = text.index("26 avril")
    ranked = read_rank([_hit(text, 1.0, Reading(3.0, start, start + len("26 avril 2026"), 6.0))], CALIBRATION)
    for question in ("Quand aura lieu la Ronde de l'Aisne 2026 ?", "When will the Ronde de l'Aisne take place?"):
        answer = compose_read(question, ranked, 0.5)
        assert answer.short_answer and answer.short_answer.text == "vendredi 24 au dimanche 26 avril 2026", answer.text
    weekend = compose_read("Quand a lieu le week-end de la Ronde de l'Aisne ?", ranked, 0.5)  # "-end" (a review)
    assert weekend.short_answer and weekend.short_answer.text == "vendredi 24 au dimanche 26 avril 2026"
    ends = compose_read("Quand se termine la Ronde de l'Aisne ?", ranked, 0.5)
    assert ends.short_answer and ends.short_answer.text == "26 avril 2026"


def test_an_age_bracket_answers_no_ones_age() -> None:
    """A seventh walk: "Quel âge a Antoine Féraud ?", which the release never says, was answered
    "12 ans" (0.78) of "gratuit pour les moins de 12 ans", and three other people's ages so."""
    tickets = "Les billets sont en vente à partir de 25 euros (gratuit pour les moins de 12 ans)."
    driver = "Au volant de sa Norma, le pilote de 46 ans a signé le record."
    bracket, age = tickets.index("12 ans"), driver.index("46 ans")
    hits = [
        _hit(tickets, 1.0, Reading(3.0, bracket, bracket + 6, 6.0)),
        _hit(driver, 0.5, Reading(2.0, age, age + 6, 4.0)),
    ]
    answer = compose_read("Quel âge a Laurent Pradier ?", read_rank(hits, CALIBRATION), 0.5)
    assert answer.short_answer and answer.short_answer.text == "46 ans", answer.text
    refused = compose_read("Quel âge a Antoine Féraud ?", read_rank(hits[:1], CALIBRATION), 0.5)
    assert not refused.answered, refused.text


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # a seventh walk: where Hugo Lanfranchi was born got the circuit, then his make
        ("Hugo Lanfranchi a remporté la course sur le circuit Bugatti du Mans.", "Bugatti du Mans"),
        ("1. Hugo Lanfranchi (Yamaha) – 29'24\"507", "Yamaha"),
        ("Devant 12 500 spectateurs, Hugo Lanfranchi (MAN TGS, Lacroix Racing) a gagné.", "MAN TGS"),  # a sixth
    ],
)
def test_a_venue_or_a_make_in_brackets_is_no_place_someone_comes_from(text: str, span: str) -> None:
    at = text.index(span)
    ranked = read_rank([_hit(text, 1.0, Reading(3.0, at, at + len(span), 6.0))], CALIBRATION)
    assert not compose_read("Où est né Hugo Lanfranchi ?", ranked, 0.5).answered
    # a town in the brackets after a name stays where someone comes from (a review)
    assert _read_as("Hugo Lanfranchi (Toulouse) a remporté la course.", "Toulouse", "D'où vient Hugo Lanfranchi ?")
    born = "Le pilote Hugo Lanfranchi, né à Ajaccio, court pour Yamaha."
    at = born.index("Ajaccio")
    ranked = read_rank([_hit(born, 1.0, Reading(3.0, at, at + 7, 6.0))], CALIBRATION)
    assert compose_read("Où est né Hugo Lanfranchi ?", ranked, 0.5).answered


def test_who_won_a_race_is_not_who_won_another_race_in_the_same_sentence_nor_the_one_beaten() -> None:
    """A seventh walk: "Qui a gagné la course 2 de F4 à Nogaro ?" was answered "Jules Caradec",
    beaten in race 2 ("Il a devancé Jules Caradec") and the winner of race 3 in a sentence that
    names race 2 for another."""
    beat = "Il a devancé Jules Caradec de 2,115 secondes et Owen Baptiste de 4,870 secondes."
    races = (
        "Rinaldi a remporté la course 1 samedi, Lina Ferhat s'est imposée dans la course 2, "
        "et Jules Caradec a gagné la course 3."
    )
    first, caradec, ferhat = beat.index("Jules"), races.index("Jules"), races.index("Lina")
    hits = [
        _hit(beat, 1.0, Reading(3.0, first, first + 13, 6.0)),
        _hit(races, 0.9, Reading(2.5, caradec, caradec + 13, 5.0, others=((ferhat, ferhat + 11, 4.0),))),
    ]
    answer = compose_read("Qui a gagné la course 2 de F4 à Nogaro ?", read_rank(hits, CALIBRATION), 0.5)
    assert answer.short_answer and answer.short_answer.text == "Lina Ferhat", answer.text


def test_a_standings_item_is_no_race_placing() -> None:
    """A seventh walk: "Qui est troisième au Mont-Dore ?" was answered "Anthony Fabre" of the
    championship's "3. Anthony Fabre – 98 points", its heading in the passage before."""
    standings = "1. Christophe Méric – 142 points\n2. Laurent Pradier – 131 points\n3. Anthony Fabre – 98 points"
    assert _read_as(standings, "Anthony Fabre", "Qui est troisième au Mont-Dore ?") is None
    assert _read_as(standings, "Anthony Fabre", "Qui est troisième du championnat ?") == "Anthony Fabre"
    # a sentence ending with points, or a result's item with its make, is no standings item (a review)
    won = "Lina Ferhat remporte la course 2 et marque 25 points."
    assert _read_as(won, "Lina Ferhat", "Qui a gagné la course 2 ?") == "Lina Ferhat"


def test_the_team_someone_rides_for_is_not_the_one_they_left() -> None:
    """A seventh walk: "Pour quelle équipe roule Lanfranchi ?" was answered "Moto Sud Racing" of
    "… sous les couleurs du Team Aravis Yamaha, qu'il a rejoint cet hiver en provenance de
    Moto Sud Racing"; asked the team he came from, that is the answer."""
    text = (
        "Il court sous les couleurs du Team Aravis Yamaha, qu'il a rejoint cet hiver en provenance de Moto Sud Racing."
    )
    left, joined = text.index("Moto Sud"), text.index("Team Aravis")
    read = Reading(
        3.0, left, left + len("Moto Sud Racing"), 6.0, others=((joined, joined + len("Team Aravis Yamaha"), 4.0),)
    )
    ranked = read_rank([_hit(text, 1.0, read)], CALIBRATION)
    rides = compose_read("Pour quelle équipe roule Lanfranchi ?", ranked, 0.5)
    assert rides.short_answer and rides.short_answer.text == "Team Aravis Yamaha", rides.text
    came = compose_read("De quelle équipe vient Lanfranchi ?", ranked, 0.5)
    assert came.short_answer and came.short_answer.text == "Moto Sud Racing", came.text


def test_an_age_span_cut_before_its_number_is_judged_with_it() -> None:
    """A seventh walk: "Quel âge a Ricardo Mendes ?" was answered "âgé de 38 ans", the winner's
    age: the reader's next span was "âgé" alone, whom no rule could judge, and the age it opens
    was taken in after."""
    from test_reader import _split_hit

    text = (
        "Le pilote Sébastien Delorme et sa copilote Marine Castagnet ont remporté le Rallye de l'Atlas. "
        "Le Toulousain, âgé de 38 ans, signe sa deuxième victoire."
    )
    aged = text.index("âgé de")
    ranked = read_rank([_split_hit(text, 1.0, Reading(3.0, aged, aged + 3, 6.0))], CALIBRATION)
    assert not compose_read("Quel âge a Ricardo Mendes ?", ranked, 0.5).answered
    his = compose_read("Quel âge a Sébastien Delorme ?", ranked, 0.5)
    assert his.short_answer and his.short_answer.text == "âgé de 38 ans", his.text


def test_a_press_contact_answers_only_who_the_contact_is() -> None:
    """A seventh walk: "qui est 2e du rallye de l'atlas" was answered "Karim Benyahia" of the
    release's "Contact presse : Karim Benyahia – presse@rallyedelatlas.ma"."""
    line = "Contact presse : Karim Benyahia – presse@rallyedelatlas.ma – +212 6 61 22 33 44"
    assert _read_as(line, "Karim Benyahia", "qui est 2e du rallye de l'atlas") is None
    assert _read_as(line, "Karim Benyahia", "Qui est le contact presse du Rallye de l'Atlas ?") == "Karim Benyahia"


def _read_as(text: str, span: str, question: str) -> str | None:
    """The short answer to ``question`` when the reader's best span of ``text`` is ``span``
    (None when refused); the text cut in sentences as the index cuts it (lines, list items)."""
    from test_reader import _split_hit

    at = text.index(span)
    answer = compose_read(
        question, read_rank([_split_hit(text, 1.0, Reading(3.0, at, at + len(span), 6.0))], CALIBRATION), 0.5
    )
    return answer.short_answer.text if answer.answered and answer.short_answer else None


@pytest.mark.parametrize(
    ("span", "after", "reach"),
    [
        ("Âgée", " de 14 ans, la pilote", len(" de 14 ans")),
        ("âgés", " de 20 ans et plus", len(" de 20 ans")),
        ("âgé de 42 ans", ", il court", 0),  # the span holds its number
        ("Âgée", ", elle court", 0),  # no age follows
        ("Dumas", " de 14 ans", 0),  # not an age's opening
        # a review's cousins
        ("Âgée", " de vingt et un ans, elle", len(" de vingt et un ans")),
        ("Âgés", " de 20 à 25 ans, ils", len(" de 20 à 25 ans")),
        ("Âgée", " d'une trentaine d'années, elle", len(" d'une trentaine d'années")),
        ("Âgé", " de seulement 17 ans, il", len(" de seulement 17 ans")),
    ],
)
def test_an_age_span_cut_before_its_number_reaches_it(span: str, after: str, reach: int) -> None:
    assert age_reach(span, after) == reach


def test_the_short_answer_of_an_age_holds_its_number() -> None:
    """A fifth walk: "Quel âge a Chloé Vasseur ?" was answered with the short answer "Âgée"
    (in bold in the quoted sentence): the reader's span stopped before the age it opens."""
    text = "Âgée de 14 ans, la pilote angevine Chloé Vasseur a dominé la finale."
    read = Reading(3.0, 0, len("Âgée"), 6.0)
    answer = compose_read("Quel âge a Chloé Vasseur ?", read_rank([_hit(text, 1.0, read)], CALIBRATION), 0.5)
    assert answer.short_answer is not None and answer.short_answer.text == "Âgée de 14 ans", answer.short_answer
    assert answer.citations[0].emphasis is not None
    start, end = answer.citations[0].emphasis
    assert answer.citations[0].passage[start:end] == "Âgée de 14 ans"


@pytest.mark.parametrize(
    ("question", "short"),
    [
        ("Combien de mécaniciens compte l'équipe ?", "six mécaniciens"),
        ("Combien d'ingénieurs compte l'équipe ?", "deux ingénieurs"),
        ("Combien de personnes compte l'équipe ?", "quatorze"),  # the whole, no part of it
    ],
)
def test_a_count_of_a_part_is_not_answered_by_the_whole(question: str, short: str) -> None:
    """An eighth walk's interview, rewritten: "Nous sommes quatorze : six mécaniciens, trois
    pilotes, deux ingénieurs…" answered how many mechanics with "quatorze". A whole broken down
    after a colon (or ", dont") gives way to the part its sentence counts with the noun asked."""
    for text in (
        "Nous sommes quatorze : six mécaniciens, trois pilotes, deux ingénieurs et trois bénévoles.",
        "Nous sommes quatorze, dont six mécaniciens, trois pilotes, deux ingénieurs et trois bénévoles.",
    ):
        at = text.index("quatorze")
        read = Reading(3.0, at, at + len("quatorze"), 6.0)
        answer = compose_read(question, read_rank([_hit(text, 1.0, read)], CALIBRATION), 0.5)
        assert answer.short_answer and answer.short_answer.text == short, answer.text
    # A number followed by its own noun is no whole broken down: "onze podiums, dont quatre
    # victoires" answers how many podiums, its "dont" part aside.
    text = "Nos pilotes ont signé onze podiums, dont quatre victoires, et six pole positions."
    at = text.index("onze")
    read = Reading(3.0, at, at + len("onze"), 6.0)
    answer = compose_read("Combien de podiums ?", read_rank([_hit(text, 1.0, read)], CALIBRATION), 0.5)
    assert answer.short_answer and answer.short_answer.text == "onze", answer.text


def test_a_vehicle_asked_is_not_answered_with_a_team_or_a_person() -> None:
    """A ninth walk: "Quelle moto pilote Manon Delacroix ?" got "Moto Ouest Racing" of
    "l'équipe Moto Ouest Racing sur Yamaha R1", then "Valentino Rossi"; the press set's "Quelle
    voiture Romain Dumas pilotera-t-il … ?" got "Muscle Milk Pickett Racing". The passage's
    next span, the model, answers."""
    text = "Manon Delacroix court pour l'équipe Moto Ouest Racing sur Yamaha R1, comme son idole Valentino Rossi."
    team, model = text.index("Moto Ouest"), text.index("Yamaha")
    others = ((text.index("Valentino"), len(text) - 1, 5.0), (model, model + len("Yamaha R1"), 4.0))
    read = Reading(6.0, team, team + len("Moto Ouest Racing"), 6.0, others=others)
    answer = compose_read("Quelle moto pilote Manon Delacroix ?", read_rank([_hit(text, 1.0, read)], CALIBRATION), 0.5)
    assert answer.short_answer and answer.short_answer.text == "Yamaha R1", answer.text
    # a make first is a vehicle, a person's look aside (a review: "Mini Cooper", "Mitsubishi Lancer")
    from paddockqa.answer import _not_a_vehicle

    assert not _not_a_vehicle("Mini Cooper") and not _not_a_vehicle("Mitsubishi Lancer")
    assert _not_a_vehicle("Valentino Rossi") and _not_a_vehicle("l'équipe Moto Ouest Racing")
    team_asked = compose_read(
        "Pour quelle équipe court Manon Delacroix ?", read_rank([_hit(text, 1.0, read)], CALIBRATION), 0.5
    )
    assert team_asked.short_answer and team_asked.short_answer.text == "Moto Ouest Racing"


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Quelle part du budget vient d'entreprises régionales ?", "percent"),
        ("Quel pourcentage des voix a-t-il obtenu ?", "percent"),
        ("What share of the budget comes from sponsors?", "percent"),
        ("Quelle part prend-il au projet ?", None),  # no share of anything
    ],
)
def test_a_share_asked_is_a_percentage(question: str, kind: str | None) -> None:
    """A tenth walk: "Quelle part du budget … ?" was answered with the budget, "1,4 million d'euros"."""
    assert expected_type(question) == kind
    if kind is not None:
        assert holds_type(kind, "60 %") and holds_type(kind, "la moitié")
        assert not holds_type(kind, "1,4 million d'euros")


def test_every_type_asked_has_its_refusal_notice_in_both_languages() -> None:
    """A type added without its notice would fail the refusal that names it (``answer.compose_read``)."""
    from paddockqa import messages
    from paddockqa.answer_type import _ASKS

    for kind, _ in _ASKS:
        assert messages.fr("type_missing_" + kind) and messages.en("type_missing_" + kind)


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("À quelle heure part la course phare ?", "clock"),
        ("Vers quelle heure ouvrent les portes ?", "clock"),
        ("At what time does the race start?", "clock"),
        ("What time did Julien Marchal set in qualifying?", "laptime"),  # not an hour
    ],
)
def test_a_time_of_day_asked_is_an_hour(question: str, kind: str | None) -> None:
    """An eleventh walk: "À quelle heure part la course phare ?" was answered "60 minutes"."""
    assert expected_type(question) == kind
    assert holds_type("clock", "16 h") and holds_type("clock", "8 h 30") and not holds_type("clock", "60 minutes")


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        # a seventeenth walk's kinds, asked otherwise: a price asked as one speaks, what was paid
        ("C'est combien la place pour la finale ?", "money"),
        ("Combien le pass week-end ?", "money"),
        ("Combien Paul Roy a-t-il payé sa Clio ?", "money"),
        ("Il faut payer combien pour entrer au paddock ?", "money"),
        ("How much is a weekend pass at Brands Hatch?", "money"),
        ("How much were the grandstand seats?", "money"),
        # not what is counted, nor a budget's share
        ("Combien de spectateurs ont payé leur place ?", "count"),
        ("C'est combien de tours, la course ?", "count"),
        ("How much was the crowd on Sunday?", "count"),
        # a gap to someone asked by "À combien … terminé de"
        ("À combien Luc Blanc a-t-il fini de Paul Roy ?", "gap"),
        ("À combien s'élève le budget de l'équipe ?", "count"),
    ],
)
def test_the_seventeenth_walks_kinds_of_numbers_asked(question: str, kind: str | None) -> None:
    """A ticket's price asked "C'était combien le billet … ?" was answered with the track's
    length ("1 000 mètres"), "How much was a three-day ticket …?" with the crowd, a gap asked
    "À combien X a-t-elle terminé de Y ?" with the standings' points (a seventeenth walk)."""
    assert expected_type(question) == kind


def test_a_count_of_people_is_no_price() -> None:
    """ "Six mille" then " spectateurs" is no price ("mille" says money only of no counted noun)."""
    assert not holds_type("money", "Six mille", " spectateurs ont assisté")
    assert holds_type("money", "Six mille", " euros de budget")
    assert holds_type("money", "18 euros", ", l'entrée")


def test_a_place_in_words_is_no_count_and_is_quoted_whole() -> None:
    """ "J'ai terminé quarante et unième du rallye" was quoted "quarante" for his place, and answered
    how many finished (a seventeenth walk): a place's number in words is quoted whole, and is no
    count."""
    text = "J'ai terminé quarante et unième du rallye du Maroc, ma première course."
    at = text.index("quarante")
    read = Reading(6.0, at, at + len("quarante"), 3.0)
    placed = compose_read(
        "Quel a été son classement au rallye du Maroc ?", read_rank([_hit(text, 1.0, read)], CALIBRATION), 0.5
    )
    assert placed.short_answer is not None and placed.short_answer.text == "quarante et unième"
    counted_ = compose_read(
        "Combien de motards ont terminé le rallye du Maroc ?", read_rank([_hit(text, 1.0, read)], CALIBRATION), 0.5
    )
    assert not counted_.answered
    assert not holds_type("count", "41e", " du rallye")
    assert holds_type("count", "quarante", " motards au départ")


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("C'était combien, l'écart à l'arrivée ?", "count"),
        ("Combien ont payé leur place ?", "count"),
        ("Combien les engagements cette année ?", "count"),
        ("How much were entries up on last year?", "count"),
    ],
)
def test_a_reviews_cousins_of_prices_asked_as_one_speaks(question: str, kind: str) -> None:
    """A review: no price's noun, no one who paid, "les engagements" (the entries) ask no price."""
    assert expected_type(question) == kind


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Combien la place de Paul Roy au classement final ?", "count"),
        ("Combien a-t-il payé en pénalité ?", "count"),
        ("Combien Paul Roy a-t-il payé au classement après sa pénalité ?", "count"),
        ("C'était combien la place en tribune ?", "money"),
    ],
)
def test_a_second_reviews_cousins_of_prices(question: str, kind: str) -> None:
    """A second review: someone's place and a penalty paid are no price."""
    assert expected_type(question) == kind
