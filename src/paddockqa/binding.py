"""Whose age a span states: asked the age of someone, the reader may quote another's (pure).

A press release gives several people's ages in a few lines ("Hugo Ferrand, 34 ans, termine
deuxième", "Le coureur de 22 ans Thomas Keller…"), and an extractive reader asked "Quel âge a
Mathieu Olivier ?" reads the likeliest age near the question's words, whoever it belongs to: a
new user's walk (2026-12-05) got Hugo Ferrand's 34 for Mathieu Olivier, Thomas Keller's 22 for
Jens Vermeulen, Vincent Laborde's 52 for Marc Etcheverry, none of whose ages the corpus gives.

An age belongs to the person named nearest to it in its sentence (French press writes it in
apposition, "Nom, 34 ans", or before the name, "À 14 ans, Nom…"): when that person is someone
else, the span is not the age asked. A sentence that names no one ("Âgée de 28 ans, la pilote
originaire de Mende…") speaks of the text's protagonist, taken as the first person its title
names; a lone word of the subject's name ("Originaire de Dijon, Philippe est un chef
d'entreprise de 42 ans") binds the age to the subject. Coreference resolution proper (Hobbs
1978; Lee et al. 2017) needs a model this project cannot install; this is the nearest-name
baseline, kept to ages, which apposition states.

On PIAF's age questions (piaf-train's 15, piaf-dev's 1; the split rules may be chosen on), no
gold answer is taken for someone else's age.
"""

from __future__ import annotations

import re

from paddockqa.answer_type import expected_type

# The name right after "Quel âge a…", "À quel âge…", "How old is…": whose age is asked. A
# name further on may be someone else ("Quel âge avait le frère de Carlo Gesualdo…").
_AGE_OF = re.compile(
    r"\b(?i:quel\s+[âa]ge\s+(?:(?:a|avait|avaient|ont|aura|auront|aurait)\s+)?)(?=[A-ZÀ-Ý])"
    r"|\b(?i:[àa]\s+quel\s+[âa]ge\s+)(?=[A-ZÀ-Ý])"
    r"|\b(?i:how\s+old\s+(?:is|was|were|are|will\s+be)\s+)(?=[A-Z])",
)
_ANOTHER_NAME = re.compile(r"\s*(?:,|et\b|and\b)\s*[A-ZÀ-Ý]")  # "Quel âge ont X et Y ?": two people asked
# The age inside a span: its first number and the word after it ("27 ans" in "27 ans, de Marc…").
_AN_AGE = re.compile(
    r"\d+|\b(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze"
    r"|quinze|seize|vingt|trente|quarante|cinquante|soixante)\w*(?:[\s-]\w+)?",
    re.I,
)


def age_subject(question: str) -> str | None:
    """The name whose age the question asks, when it follows the question phrase (pure):
    "Quel âge a Hugo Ferrand ?" -> "Hugo Ferrand", "Quel âge Vincent Laborde a-t-il ?" (a
    follow-up as understood) -> "Vincent Laborde"; None for any other question, and when two
    people are asked ("Quel âge ont Hugo Ferrand et Léa Marchand ?")."""
    from paddockqa.conversation import names

    if expected_type(question) != "age":
        return None
    asked = _AGE_OF.search(question)
    if asked is None:
        return None
    rest = question[asked.end() :]
    name = next((name for name in names(rest) if rest.startswith(name)), None)
    if name is None or _ANOTHER_NAME.match(rest[len(name) :]):
        return None
    return name


def _words(name: str) -> set[str]:
    """A name's telling words (``answer.name_words``), accents folded ("Korneïev" is "Korneiev")."""
    from paddockqa.answer import name_words
    from paddockqa.lexical import fold_accents

    return {fold_accents(w) for w in name_words(name)}


def someone_elses_age(subject: str, sentence: str, start: int, end: int, title: str) -> bool:
    """Whether the age in ``sentence[start:end]`` (its first number: "27 ans" in "27 ans, de
    Marc Delacroix…") is stated of someone other than ``subject`` (pure): the person named
    nearest to it in the sentence is another (none of the subject's words, outside another
    person's name, is as near), or the sentence names no one, not even by one word of the
    subject's name, and the first person ``title`` names (the text's protagonist) is another.

    A person is a run of two capitalised words or more (``conversation.is_person``); one is the
    subject when the words of one name are all the other's ("Ferrand" for Hugo Ferrand), not
    when they share one ("Théo Laborde" is not Vincent Laborde). A sentence that names no one
    in a text whose title names no one is not judged.
    """
    from paddockqa.conversation import is_person, names
    from paddockqa.lexical import fold_accents

    own = _words(subject)
    if not own:
        return False
    age = _AN_AGE.search(sentence, start, end)
    if age is not None:
        start, end = age.span()

    def gap(at: tuple[int, int]) -> int:
        return max(at[0] - end, start - at[1], 0)

    people = []  # (span, whether it is the subject)
    for name in names(sentence):
        words = _words(name)
        if is_person(name) or words <= own:
            subject_named = bool(words) and (words <= own or own <= words)
            pattern = r"\W+".join(map(re.escape, name.split()))  # "Pilote : Sofia Bianchi" too
            people += [(m.span(), subject_named) for m in re.finditer(pattern, sentence)]
    # Folded character by character, so that offsets stay ("é" -> "e", a lone accent kept).
    folded = "".join((fold_accents(c) or c)[0] for c in sentence.lower())
    others = [at for at, subject_named in people if not subject_named]
    mine = [at for at, subject_named in people if subject_named]
    mine += [
        m.span()
        for w in own
        for m in re.finditer(rf"(?<!\w){re.escape(w)}(?!\w)", folded)
        if not any(a <= m.start() < b for (a, b) in others)  # "Laborde" inside "Théo Laborde" is not him
    ]
    if others:
        nearest = min(gap(at) for at in others)
        return not mine or nearest < min(gap(at) for at in mine)
    if mine:
        return False
    protagonist = next((name for name in names(title) if is_person(name)), None)
    return protagonist is not None and not _words(protagonist) & own
