"""Accents put back on a question typed without them (``accents.reaccent``)."""

from __future__ import annotations

import pytest

from paddockqa.accents import candidates, reaccent

PASSAGES = ["Il a signé 6 pole positions en 14 courses avec son écurie, à Magny-Cours."]


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        # the question's shape says which of two frequent spellings is meant
        ("ou est ne philippe gaillard", "où est né philippe gaillard"),
        ("Ou est nee Sarah Lefevre ?", "Où est née Sarah Lefevre ?"),  # a name keeps its letters
        ("Et ou court-il ?", "Et où court-il ?"),
        ("D'ou vient-il ?", "D'où vient-il ?"),
        ("a quel age est-il mort ?", "à quel âge est-il mort ?"),
        ("et a lyon", "et à lyon"),  # a third walk: "Et à Lyon ?" typed without its accent
        ("Et a Spa ?", "Et à Spa ?"),
        ("et a fini ?", "et a fini ?"),  # a French word after "a": the verb
        ("A quelle date ?", "À quelle date ?"),
        ("Philippe ou Romain ?", "Philippe ou Romain ?"),  # "ou" between two names: "or"
        ("Ou bien est-ce en 2019 ?", "Ou bien est-ce en 2019 ?"),  # "or", opening the question
        ("Où est-il ne ?", "Où est-il né ?"),  # the inverted form
        ("Quelle est son adresse email ?", "Quelle est son adresse email ?"),  # not "émail"
        ("Quelle est la cote du pilote ?", "Quelle est la cote du pilote ?"),  # not "côté"
        ("Qui est le plus age ?", "Qui est le plus age ?"),  # "âgé", not "âge": left as typed
        ("Il ne court pas ?", "Il ne court pas ?"),  # the negation
        ("A-t-il gagné ?", "A-t-il gagné ?"),
        # the French list: one accented spelling far more frequent than the bare one and the others
        ("En quelle annee a-t-il gagne ?", "En quelle année a-t-il gagne ?"),  # "gagne" is a word too
        ("Quelle equipe a gagne la premiere course ?", "Quelle équipe a gagne la première course ?"),
        ("Ecurie de Pilet ?", "Écurie de Pilet ?"),
        ("Quel eleve ?", "Quel eleve ?"),  # "élève" or "élevé": left as typed
        ("Où est né Philippe Gaillard ?", "Où est né Philippe Gaillard ?"),  # nothing lost: as typed
        # a file name, an address, a path: as typed ("résultats_2024.csv" in a walk); the words around them not
        ("Que contient resultats_2024.csv ?", "Que contient resultats_2024.csv ?"),
        ("Le fichier resultats.csv et les resultats ?", "Le fichier resultats.csv et les résultats ?"),
        ("Ecrire a equipe@club.fr ?", "Écrire a equipe@club.fr ?"),
        ("Voir equipe/2024 ?", "Voir equipe/2024 ?"),
        ("Les resultats.", "Les résultats."),  # a full stop is no file name's dot
        ("Que contient resultats-2024.csv ?", "Que contient resultats-2024.csv ?"),  # a review's cousins
        ("Que dit reunion-comite.md ?", "Que dit reunion-comite.md ?"),
        ("Et resultats.2024.pdf ?", "Et resultats.2024.pdf ?"),
    ],
)
def test_accents_lost_in_typing_are_put_back(typed: str, expected: str) -> None:
    assert reaccent(typed) == expected


def test_the_passages_about_the_question_say_how_a_word_is_written() -> None:
    """The list writes "pôle"; the corpus writes "pole positions" (the sport's English term)."""
    assert reaccent("Combien de pole positions ?") == "Combien de pôle positions ?"
    assert reaccent("Combien de pole positions ?", PASSAGES) == "Combien de pole positions ?"
    assert reaccent("Qui a cree l'ecurie ?", PASSAGES) == "Qui a cree l'écurie ?"  # "crée", "créé", "créée"
    assert candidates("Qui a cree l'ecurie de Gerard ?") == ["cree", "ecurie"]  # "Gerard": a name
