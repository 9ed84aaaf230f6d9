"""An elision typed without its apostrophe, put back: "D où vient-il ?" is "D'où vient-il ?"; and
an inversion without its hyphens, "a t elle" is "a-t-elle" (pure).

A phone's keyboard, or haste, drops the apostrophe of French elisions ("l équipe", "qu il",
"c est"). The question still reads to a person, not to the rules that understand it: a
second walk's "D où vient-il ?" was not taken for a question about where someone comes from,
so its pronoun stood for the wrong person. A lone elided word (d, l, j, m, n, s, t, c, qu)
before a word opening with a vowel or "h" is joined to it again. Left alone: a letter after a
number, which is a unit ("2 s au total", "100 m en"), "t" before a subject pronoun ("a t il",
an inversion's hyphens, not an elision), and a capital inside the question ("le groupe C a
gagné", a name's letter); a capital opening the question is an elision ("D où").
"""

from __future__ import annotations

import re

_VOWEL = "aeiouyhàâäéèêëîïôöûüœæAEIOUYHÀÂÄÉÈÊËÎÏÔÖÛÜŒÆ"
_ELIDED = re.compile(rf"(?:(?<![\w’'-])(?<!\d\s)(qu|Qu|[cdjlmnst])|\A\s*(QU|[CDJLMNST]))[ \t]+(?=([{_VOWEL}][\w’'-]*))")
_INVERSION = frozenset(("il", "elle", "on", "ils", "elles"))  # "a t il": "a-t-il", no elision
# An inversion typed without its hyphens: "quel age a t elle" asks "a-t-elle" (a third walk
# understood "Quel âge a t Manon Briand").
# "dou vient hugo bernard": "d'où" typed without its apostrophe nor its space (a fourth walk:
# "Aucun document du corpus ne nomme « Dou »"); French has no word "dou".
# At the question's start only ("et dou vient-il"): "Yang Dou est né où ?" names a Dou.
_DOU = re.compile(r"\A(\s*(?:[Ee]t\s+)?)([Dd])ou(?=[ \t]+[a-zà-ÿ])")
_BARE_INVERSION = re.compile(r"(?<![\w-])([^\W\d_]+)[ \t]+t[ \t]+(il|elle|on|ils|elles)(?![\w’'-])", re.IGNORECASE)


def restore(question: str) -> str:
    """``question`` with each elision typed without its apostrophe joined again with "'", and
    each "t" of an inversion with its hyphens (pure).

    "D où vient-il ?" -> "D'où vient-il ?", "dou vient-il" -> "d'où vient-il", "Qu est-ce que l
    endurance ?" -> "Qu'est-ce que l'endurance ?", "quel age a t elle" -> "quel age a-t-elle";
    "à 2 s au total", "le groupe C a gagné" unchanged.
    """

    def joined(match: re.Match[str]) -> str:
        letter = match.group(1) or match.group(2)
        if letter.lower() == "t" and match.group(3).lower() in _INVERSION:
            return match.group()
        return match.group()[: match.group().index(letter) + len(letter)] + "'"

    return _BARE_INVERSION.sub(r"\1-t-\2", _ELIDED.sub(joined, _DOU.sub(r"\1\2'où", question)))
