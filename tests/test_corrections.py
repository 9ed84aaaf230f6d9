"""Corrected releases (``corrections``): a correction is read before the release it cancels."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from paddockqa.corrections import Release, corrections_first, denies, is_correction, named_date, superseded
from test_reader import _hit

# Written for a new user's walk (2026-12-05): a release, then its correction a day later.
ORIGINAL = (
    "Grand Prix de Pau historique : doublé pour l'écurie Béarn Classic\n"
    "\n"
    "Communiqué de presse\n"
    "\n"
    "Pau, le 19 mai 2024 — Le 33e Grand Prix de Pau historique a souri à l'écurie Béarn Classic, qui a "
    "signé un doublé dans la course phare du week-end réservée aux Formule 3 des années 1970.\n"
    "\n"
    "Vincent Laborde, 52 ans, s'est imposé au volant de sa March 743 après 25 tours du circuit urbain de "
    "2,76 km. Il devance son coéquipier Marc Etcheverry, deuxième à 3,2 secondes, et le Britannique Alan "
    "Cooper, troisième sur sa Chevron B27.\n"
    "\n"
    "« Pau, c'est mon jardin. Gagner ici pour la troisième fois, c'est un immense bonheur », a réagi "
    "Vincent Laborde, qui avait déjà triomphé en 2018 et en 2022.\n"
    "\n"
    "Le week-end a attiré 18 500 spectateurs, en hausse de 8 % par rapport à 2023. Au total, 214 "
    "voitures étaient engagées dans les neuf plateaux.\n"
    "\n"
    "Le président du comité d'organisation, Jean-Pierre Casaubon, a annoncé que l'édition 2025 se "
    "tiendrait du 16 au 18 mai 2025.\n"
)
CORRECTED = (
    "Grand Prix de Pau historique : doublé pour l'écurie Béarn Classic (RECTIFICATIF)\n"
    "\n"
    "Communiqué de presse – version corrigée\n"
    "\n"
    "Pau, le 20 mai 2024 — Ce communiqué annule et remplace celui envoyé le 19 mai 2024, qui comportait "
    "une erreur sur l'écart entre les deux premiers et sur la fréquentation.\n"
    "\n"
    "Le 33e Grand Prix de Pau historique a souri à l'écurie Béarn Classic, qui a signé un doublé dans la "
    "course phare du week-end réservée aux Formule 3 des années 1970.\n"
    "\n"
    "Vincent Laborde, 52 ans, s'est imposé au volant de sa March 743 après 25 tours du circuit urbain de "
    "2,76 km. Il devance son coéquipier Marc Etcheverry, deuxième à 1,9 seconde, et le Britannique Alan "
    "Cooper, troisième sur sa Chevron B27.\n"
    "\n"
    "« Pau, c'est mon jardin. Gagner ici pour la troisième fois, c'est un immense bonheur », a réagi "
    "Vincent Laborde, qui avait déjà triomphé en 2018 et en 2022.\n"
    "\n"
    "Le week-end a attiré 21 300 spectateurs, en hausse de 8 % par rapport à 2023. Au total, 214 "
    "voitures étaient engagées dans les neuf plateaux.\n"
    "\n"
    "Le président du comité d'organisation, Jean-Pierre Casaubon, a annoncé que l'édition 2025 se "
    "tiendrait du 16 au 18 mai 2025.\n"
)
NEXT_ROUND = ORIGINAL.replace("19 mai 2024", "19 mai 2025").replace("33e", "34e").replace("2023", "2024")


@pytest.mark.parametrize(
    ("title", "text", "correction"),
    [
        ("Grand Prix de Pau (RECTIFICATIF)", "Pau, le 20 mai 2024 — Le 33e Grand Prix…", True),
        ("Grand Prix de Pau", "Communiqué de presse – version corrigée\n\nPau, le 20 mai…", True),
        ("Grand Prix de Pau", "Pau — Ce communiqué annule et remplace celui envoyé le 19 mai 2024.", True),
        ("Erratum : Rallye du Var", "Une erreur s'est glissée…", True),
        ("Alpine signs Sofia Bianchi", "Corrected version. Paris — Alpine Endurance Team…", True),
        ("Grand Prix de Pau", ORIGINAL, False),
        ("CORRECTIF : Rallye du Var", "Toulon, le 3 mars 2024 — …", True),
        # What a driver cancels, or a car's "version modifiée", is no correction of the release (a review).
        ("Rallye du Var", "Le pilote annule et remplace sa participation par un test privé.", False),
        ("Alpine A110", "La version modifiée de l'Alpine A110 fait ses débuts.", False),
        # Said past the opening, a word of the body is no correction of this release.
        ("Grand Prix de Pau", "x" * 700 + " Le jury a publié un rectificatif du classement.", False),
    ],
)
def test_a_correction_says_so_in_its_title_or_opening(title: str, text: str, correction: bool) -> None:
    assert is_correction(title, text) is correction


def test_a_correction_supersedes_the_release_it_repeats_not_another_year_or_text() -> None:
    original = Release("pau_v1.txt", "Grand Prix de Pau historique", "2024-05-19", ORIGINAL)
    corrected = Release("pau_rectificatif.txt", "Grand Prix de Pau historique (RECTIFICATIF)", "2024-05-20", CORRECTED)
    last_year = Release("pau_2023.txt", "Grand Prix de Pau historique", "2023-05-21", ORIGINAL)
    other = Release("rallye.txt", "Rallye des Cévennes", "2024-05-19", "Léa Marchand s'impose devant Hugo Ferrand.")
    undated = Release("pau_copie.txt", "Grand Prix de Pau historique", None, ORIGINAL)
    found = superseded([original, corrected, last_year, other, undated])
    assert found == {"pau_v1.txt": corrected}  # one release a correction: the nearest, a dated one of equals
    assert superseded([corrected, undated]) == {"pau_copie.txt": corrected}  # an undated near-copy
    # Another race of the same team two weeks before, on the same template (a review): not the one corrected.
    albi = Release("albi.txt", "Grand Prix d'Albi historique", "2024-05-05", ORIGINAL.replace("Pau", "Albi"))
    assert superseded([albi, original, corrected]) == {"pau_v1.txt": corrected}
    assert superseded([original, last_year, other]) == {}  # no correction, nothing superseded
    later = Release("pau_2025.txt", "Grand Prix de Pau historique", "2025-05-19", NEXT_ROUND)
    assert superseded([later, corrected]) == {}  # a correction never supersedes a later release


ERRATUM = (
    "Rectificatif – Karting : Noah Lemoine champion de France X30 Junior à Angerville\n\n"
    "Une erreur s'est glissée dans notre communiqué du 29 septembre : Noah Lemoine est âgé de 15 ans, "
    "et non de 14 ans comme indiqué. Le reste du communiqué est inchangé."
)


@pytest.mark.parametrize(
    ("text", "on", "day"),
    [
        (ERRATUM, "2025-09-30", "2025-09-29"),
        ("Dans le communiqué diffusé le 3 mars 2024, lire 1,9 seconde.", "2025-01-10", "2024-03-03"),
        ("Notre communiqué de presse du 1er juin comportait une erreur.", "2025-06-03", "2025-06-01"),
        ("Notre communiqué du 30 décembre comportait une erreur.", "2026-01-02", "2025-12-30"),  # last year's
        ("Le communiqué en date du lundi 29 septembre est erroné.", "2025-09-30", "2025-09-29"),
        ("Le communiqué du 29/09/2025 est erroné.", "2025-09-30", "2025-09-29"),
        # its own dateline names none; the one it corrects comes after (a review)
        ("Communiqué du 30 septembre 2025\n\nNotre communiqué du 29 septembre …", "2025-09-30", "2025-09-29"),
        ("Communiqué du 30 septembre 2025 : une erreur s'est glissée.", "2025-09-30", None),
        ("Le communiqué du 31 février est faux.", "2025-03-10", None),  # no such day
        ("Le Rallye du 29 septembre a été annulé.", "2025-09-30", None),  # no release named
    ],
)
def test_an_erratum_names_the_release_it_corrects_by_its_date(text: str, on: str, day: str | None) -> None:
    assert named_date(text, on) == day


def test_an_erratum_supersedes_the_release_of_the_date_it_names_with_a_title_alike() -> None:
    """A sixth walk: a few lines correcting an age share too few words with the release for
    ``SAME_RELEASE``; the release of the date it names, titled alike, is the one corrected."""
    erratum = Release("rect.txt", ERRATUM.split("\n")[0], "2025-09-30", ERRATUM)
    karting = Release(
        "k.html", "Karting : Noah Lemoine, 14 ans, champion de France X30 Junior à Angerville", "2025-09-29", "…"
    )
    karting = replace(karting, text="Karting : Noah Lemoine, 14 ans, champion de France X30 Junior à Angerville.")
    rally = Release("v.txt", "Rallye des Vosges : Kessler s'impose", "2025-09-29", "…")  # same day, another title
    later = replace(karting, source="k2.html", date="2025-10-01")  # after the erratum: not the one it names
    assert superseded([erratum, karting, rally]) == {"k.html": replace(erratum, erratum=True)}
    assert superseded([erratum, rally, later]) == {}
    assert superseded([replace(erratum, date=None), karting]) == {}  # undated: its "29 septembre" has no year
    # The same series on one template, the same day (a review): the release holding the value
    # the erratum denies ("14 ans") is the one it corrects, not the other category's.
    senior = Release(
        "s.html",
        "Karting : Léa Dumas championne de France X30 Senior à Angerville",
        "2025-09-29",
        "Karting : Léa Dumas, 17 ans, championne de France X30 Senior à Angerville.",
    )
    assert superseded([erratum, senior]) == {}
    assert superseded([erratum, senior, karting]) == {"k.html": replace(erratum, erratum=True)}


def test_an_erratum_titled_only_as_one_names_its_release_in_its_opening() -> None:
    """A ninth walk: "Rectificatif au communiqué du 3 mai 2026" shares no title word with
    "Trophée Kart de l'Ouest : les résultats de la finale"; its opening does ("… consacré à la
    finale X30 Senior du Trophée Kart de l'Ouest"), and it denies a value as "n'était pas de
    1 200 mais de 1 850". The 3 May release it names is superseded: the erratum answers."""
    text = (
        "Rectificatif au communiqué du 3 mai 2026\n\nLaval, le 5 mai 2026 – Une erreur s'est glissée dans notre "
        "communiqué du 3 mai 2026 consacré à la finale X30 Senior du Trophée Kart de l'Ouest. Le nombre de "
        "spectateurs présents n'était pas de 1 200 mais de 1 850."
    )
    erratum = Release("rect.txt", "Rectificatif au communiqué du 3 mai 2026", "2026-05-05", text)
    release = Release(
        "k.txt",
        "Trophée Kart de l'Ouest : les résultats de la finale",
        "2026-05-03",
        "Trophée Kart de l'Ouest : les résultats de la finale. La finale s'est disputée devant 1 200 spectateurs.",
    )
    other = Release("r.txt", "Rallye de la Mayenne : Paul Roy s'impose", "2026-05-03", "Paul Roy, 1 200 spectateurs.")
    assert superseded([erratum, release, other]) == {"k.txt": replace(erratum, erratum=True)}
    assert superseded([erratum, other]) == {}  # another title, none of its words in the opening


def test_a_correction_is_read_just_before_the_release_it_supersedes() -> None:
    """The release keeps its place among the others (a ninth walk: pushed after every other
    document, a results release had its laps, times and teams answered from other texts)."""
    hits = [
        _hit(t, 1.0, None, source=s)
        for t, s in [("a", "old.txt"), ("b", "x.txt"), ("c", "new.txt"), ("d", "old.txt"), ("e", "new.txt")]
    ]
    new = Release("new.txt", "Rectificatif", "2026-05-05", "…", erratum=True)
    ordered = corrections_first(hits, {"old.txt": new})
    assert [h.chunk.text for h in ordered] == ["c", "e", "a", "b", "d"]
    # a correction read before its release already stays where it is
    assert corrections_first(ordered, {"old.txt": new}) == ordered
    assert corrections_first(hits, {}) == tuple(hits)
    # a release sent again corrected: the old one after all the others
    again = corrections_first(hits, {"old.txt": replace(new, erratum=False)})
    assert [h.chunk.text for h in again] == ["b", "c", "e", "a", "d"]


@pytest.mark.slow
def test_the_correction_is_quoted_not_the_release_it_cancels(tmp_path: Path, model_home, embedder, reader) -> None:
    """A new user's walk (2026-12-05): "À combien de secondes Marc Etcheverry a-t-il terminé
    derrière Vincent Laborde ?" quoted the cancelled release's "3,2 secondes": it ranked
    first (its "secondes" is the question's word). The correction's "1,9 seconde" is quoted;
    a fact only the cancelled release gives is quoted with a notice."""
    from test_reader import _built

    only_before = ORIGINAL + "\nLe plateau des Formule Junior comptait 37 Lotus, un record pour l'épreuve.\n"
    texts = {"archives/pau_v1.txt": only_before, "pau_rectificatif.txt": CORRECTED}
    pipe = _built(tmp_path, model_home, embedder, reader, texts)
    gap = pipe.ask("À combien de secondes Marc Etcheverry a-t-il terminé derrière Vincent Laborde ?")
    assert gap.answered and gap.short_answer and gap.short_answer.text == "1,9 seconde", gap.text
    assert gap.citations[0].source == "pau_rectificatif.txt" and gap.notice is None
    crowd = pipe.ask("Combien de spectateurs a attiré le Grand Prix de Pau historique ?")
    assert crowd.short_answer and crowd.short_answer.text == "21 300", crowd.text
    lotus = pipe.ask("Combien de Lotus comptait le plateau des Formule Junior ?")
    assert lotus.answered and lotus.citations[0].source == "archives/pau_v1.txt", lotus.text
    assert "rectificatif pau_rectificatif.txt" in str(lotus.notice)
    # Asked of the cancelled file alone (``ask --document``), the answer says so too (a second walk).
    scoped = pipe.ask(
        "À combien de secondes Marc Etcheverry a-t-il terminé ?", scope=pipe.scope(["archives/pau_v1.txt"])
    )
    assert scoped.answered and scoped.citations[0].source == "archives/pau_v1.txt", scoped.text
    assert "rectificatif pau_rectificatif.txt" in str(scoped.notice), scoped.notice
    kept = pipe.ask("Combien de spectateurs ?", scope=pipe.scope(["pau_rectificatif.txt"]))
    assert kept.notice is None, kept.notice  # the correction itself is superseded by nothing


def test_a_correction_denies_the_values_it_replaces() -> None:
    """The value an erratum denies, as the release wrote it ("1 200", "14 ans", "Sodi Racing")."""
    text = (
        "Le nombre de spectateurs n'était pas de 1 200 mais de 1 850. Noah Lemoine est âgé de 15 ans, et non de "
        "14 ans. Hugo Lefebvre court pour l'équipe Sodikart Ouest et non pour Sodi Racing France."
    )
    assert denies(text, "1 200") and denies(text, "14 ans") and denies(text, "Sodi Racing France")
    assert not denies(text, "1 850") and not denies(text, "15 ans") and not denies(text, "22 tours")
    # whole words, a value given (a review: "cas" in "Lucas", "1" in "14 ans", "" matched)
    assert not denies("Ce n'était pas le cas, Hugo Bernard.", "Lucas Martin")
    assert not denies(text, "1") and not denies(text, "4") and not denies(text, "")
    assert not denies("Il compte 4 victoires et non 3.", "13 ans")
    # "mais" ends the value denied; "âgé de" is no value
    assert denies("Le nombre de tours n'était pas de 22 mais de 24.", "22 tours")
    assert denies("Il n'était pas âgé de 17 ans mais de 18.", "17 ans")
