"""An elision typed without its apostrophe, put back (``elision``)."""

from __future__ import annotations

import pytest

from paddockqa.elision import restore


@pytest.mark.parametrize(
    ("typed", "restored"),
    [
        ("D où vient-il ?", "D'où vient-il ?"),  # a second walk
        ("d où vient Marc Delacroix ?", "d'où vient Marc Delacroix ?"),
        ("Qu est-ce que l endurance ?", "Qu'est-ce que l'endurance ?"),
        ("Comment s appelle son coéquipier ?", "Comment s'appelle son coéquipier ?"),
        ("C est qui le vainqueur ?", "C'est qui le vainqueur ?"),
        ("Quel âge a l homme de tête ?", "Quel âge a l'homme de tête ?"),
        ("Qu il pleuve ou non ?", "Qu'il pleuve ou non ?"),
        # Cousins left alone: a unit after a number, a capital inside.
        ("Il a gagné à 2 s au total ?", "Il a gagné à 2 s au total ?"),
        ("Sur 100 m en ligne droite ?", "Sur 100 m en ligne droite ?"),
        # An inversion's hyphens put back instead (a third walk: "quel age a t elle").
        ("Pourquoi a t il abandonné ?", "Pourquoi a-t-il abandonné ?"),
        ("quel age a t elle", "quel age a-t-elle"),
        ("qu a t il declare au touquet", "qu'a-t-il declare au touquet"),
        ("Le groupe C a-t-il gagné ?", "Le groupe C a-t-il gagné ?"),
        ("D'où vient-il ?", "D'où vient-il ?"),
        ("Où est né Philippe ?", "Où est né Philippe ?"),
        # "d'où" without its apostrophe nor its space (a fourth walk); a name "Dou" stays.
        ("dou vient hugo bernard", "d'où vient hugo bernard"),
        ("Dou vient-il ?", "D'où vient-il ?"),
        ("Qui est Dou Wei ?", "Qui est Dou Wei ?"),
        ("Yang Dou est né où ?", "Yang Dou est né où ?"),  # not at the question's start: a name
    ],
)
def test_an_elision_typed_without_its_apostrophe_is_joined_again(typed: str, restored: str) -> None:
    assert restore(typed) == restored
