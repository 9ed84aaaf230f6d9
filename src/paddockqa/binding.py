"""Whose age or place a span states: asked someone's age, or who finished second, the reader
may quote another's (pure).

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
from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet

from paddockqa.answer_type import A_TEAM, DIGITS, SMALL_NUMBER_WORDS, count_kind, expected_type, is_demonym
from paddockqa.dates import ENGLISH_MONTHS, MONTHS

# The name right after "Quel âge a…", "À quel âge…", "How old is…": whose age is asked. A
# name further on may be someone else ("Quel âge avait le frère de Carlo Gesualdo…").
# A common noun with its article may stand before the name: "Quel âge a le pilote Karim Haddad ?"
# (not "le frère de Carlo Gesualdo": the noun must be followed by the name).
# (an article, not a first name's start: "D'où vient Lena Hofmann ?", "Quel âge a Laurent Roy ?")
_NOUN_BEFORE = r"(?:(?:(?i:le|la)\s+|(?i:l)['’]\s*)[a-zà-ÿ-]+\s+)?"
_AGE_OF = re.compile(
    rf"\b(?i:quel\s+[âa]ge\s+(?:(?:a|avait|avaient|ont|aura|auront|aurait)\s+)?){_NOUN_BEFORE}(?=[A-ZÀ-Ý])"
    rf"|\b(?i:[àa]\s+quel\s+[âa]ge\s+){_NOUN_BEFORE}(?=[A-ZÀ-Ý])"
    rf"|\b(?i:quel\s+(?:est|était)\s+l['’]\s*[âa]ge\s+(?:de\s+|d['’]\s*|du\s+)){_NOUN_BEFORE}(?=[A-ZÀ-Ý])"
    r"|\b(?i:how\s+old\s+(?:is|was|were|are|will\s+be)\s+)(?:the\s+[a-z-]+\s+)?(?=[A-Z])"
    r"|\b(?i:what\s+(?:is|was)\s+the\s+age\s+of\s+)(?:the\s+[a-z-]+\s+)?(?=[A-Z])",
)
_ANOTHER_NAME = re.compile(r"\s*(?:,|et\b|and\b)\s*[A-ZÀ-Ý]")  # "Quel âge ont X et Y ?": two people asked
# The age inside a span: its first number and the word after it ("27 ans" in "27 ans, de Marc…").
_AN_AGE = re.compile(rf"\d+|\b(?:{SMALL_NUMBER_WORDS})(?:aines?)?\b(?:[\s-]\w+)?", re.I)  # not "centre"


def age_subject(question: str) -> str | None:
    """The name whose age the question asks, when it follows the question phrase (pure):
    "Quel âge a Hugo Ferrand ?" -> "Hugo Ferrand", "Quel âge Vincent Laborde a-t-il ?" (a
    follow-up as understood) -> "Vincent Laborde"; None for any other question, and when two
    people are asked ("Quel âge ont Hugo Ferrand et Léa Marchand ?")."""

    if expected_type(question) != "age":
        return None
    asked = _AGE_OF.search(question)
    if asked is None:
        return None
    rest = question[asked.end() :]
    name = _name_at(question, asked.end())
    if name is None or _ANOTHER_NAME.match(rest[len(name) :]):
        return None
    return name


# Whose origin is asked: the name right after the question phrase, with, where the phrase
# holds no verb, the verb that makes it an origin after the name ("D'où Paul-Henri Mercier
# vient-il ?", a follow-up as understood; not "D'où Charles Gesualdo est marquis ?", PIAF).
_ORIGIN_VERB_AFTER = re.compile(
    r"\s+(?:(?:vient|venait|viennent|venaient)-(?:t-)?(?:il|elle)s?\b"
    r"|(?:est|était|sont|étaient)-(?:il|elle)s?\s+(?:originaires?|issue?s?|née?s?)\b)",
    re.I,
)
_WHERE_NOUN = r"(?:ville|région|pays|commune|village|département)"
_ORIGIN_FORMS: tuple[tuple[re.Pattern[str], re.Pattern[str] | None], ...] = (
    (
        re.compile(
            r"\b(?i:d['’]\s*o[ùu]\s+(?:vient|venait|viennent|venaient|(?:est|était|sont|étaient)\s+originaires?)\s+)"
            rf"{_NOUN_BEFORE}(?=[A-ZÀ-Ý])"
        ),
        None,
    ),
    (re.compile(rf"\b(?i:d['’]\s*o[ùu]\s+){_NOUN_BEFORE}(?=[A-ZÀ-Ý])"), _ORIGIN_VERB_AFTER),
    (
        re.compile(
            r"\b(?i:de\s+quel(?:le)?\s+(?:ville|région|pays|commune|village|département)\s+"
            r"(?:vient|venait|(?:est|était)\s+(?:originaire|issue?))\s+)(?=[A-ZÀ-Ý])"
        ),
        None,
    ),
    # "De quelle ville est Maël Le Gall ?" (a tenth walk): the name and nothing after it, not "De
    # quel pays est Ottawa la capitale ?" (a review).
    (
        re.compile(
            r"\b(?i:de\s+quel(?:le)?\s+(?:ville|région|pays|commune|village|département)\s+(?:est|était)\s+)(?=[A-ZÀ-Ý])"
        ),
        re.compile(r"\s*[?.!]*\s*$"),
    ),
    (
        re.compile(r"\b(?i:de\s+quel(?:le)?\s+(?:ville|région|pays|commune|village|département)\s+)(?=[A-ZÀ-Ý])"),
        _ORIGIN_VERB_AFTER,
    ),
    (re.compile(rf"\b(?i:o[ùu]\s+(?:est|était)\s+née?\s+){_NOUN_BEFORE}(?=[A-ZÀ-Ý])"), None),
    (re.compile(r"\b(?i:o[ùu]\s+)(?=[A-ZÀ-Ý])"), re.compile(r"\s+(?:est|était)-(?:il|elle)\s+née?\b", re.I)),
    (re.compile(r"\b(?i:(?:la\s+)?ville\s+natale\s+(?:de\s+|d['’]\s*))(?=[A-ZÀ-Ý])"), None),
    # "Quelle est la nationalité de Lena Vogt ?" (a tenth walk got "26 ans"): where she is from.
    (re.compile(r"\b(?i:nationalité\s+(?:de\s+|d['’]\s*)|what\s+nationality\s+is\s+)(?=[A-ZÀ-Ý])"), None),
    # "Dans quelle ville est né Kevin Lindqvist ?" (a seventh walk), "… Kevin Lindqvist est-il né ?"
    (re.compile(rf"\b(?i:dans\s+quel(?:le)?\s+{_WHERE_NOUN}\s+(?:est|était)\s+née?\s+)(?=[A-ZÀ-Ý])"), None),
    (
        re.compile(rf"\b(?i:dans\s+quel(?:le)?\s+{_WHERE_NOUN}\s+)(?=[A-ZÀ-Ý])"),
        re.compile(r"\s+(?:est|était)-(?:il|elle)\s+née?\b", re.I),
    ),
    (
        re.compile(r"\b(?i:in\s+(?:which|what)\s+(?:city|town|country|region)\s+(?:was|is)\s+)(?=[A-Z])"),
        re.compile(r"\s+born\b", re.I),
    ),
    (
        re.compile(r"\b(?i:where\s+(?:is|was|are|were|does|did)\s+)(?=[A-Z])"),
        re.compile(r"\s+(?:from|born|come\s+from)\b", re.I),
    ),
    # "What is Jonas Berg's nationality?" (an eleventh walk got his team-mate's, "Briton")
    (
        re.compile(r"\b(?i:what(?:\s+is|\s+was|['’]s)\s+)(?=[A-Z])"),
        re.compile(r"(?:['’]s?)?\s+(?:nationality|hometown|home\s+town|birthplace)\b", re.I),
    ),
    (re.compile(r"\b(?i:(?:nationality|hometown|birthplace)\s+of\s+)(?=[A-Z])"), None),
)


# "Quel âge a le coéquipier de Clément Tissot ?": whose relative's age is asked.
_RELATIVE_OF = re.compile(
    r"\b(?i:quel\s+[âa]ge\s+(?:a|avait|ont|avaient)\s+(?:le|la|l['’]|les)\s*[a-zà-ÿ-]+\s+(?:de\s+|d['’]\s*|du\s+))"
    r"(?=[A-ZÀ-Ý])"
)
# An age asked in the present ("Quel âge a X ?"), not at some moment ("avait", "À quel âge").
# (A follow-up understood with the name put in: "Quel âge Inès Garnier a-t-elle ?", a tenth walk.)
_AGE_NOW = re.compile(
    r"\b(?i:quel\s+[âa]ge\s+(?:a|ont)\b|quel\s+[âa]ge\s+[^?]{1,60}?\s(?:a|ont)-t-(?:il|elle|ils|elles)\b"
    r"|quel\s+est\s+l['’]\s*[âa]ge\b|how\s+old\s+(?:is|are)\b)"
)
# An age at a moment of the past, in the text: "depuis l'âge de sept ans", "à l'âge de 15 ans".
# ("À l'âge de 19 ans, X devient champion" may be a release's way of giving the age now.)
# Or an age someone had ("J'avais 31 ans quand j'ai gagné", a fifth walk's answer to the age now).
# "à huit ans", "avant mes 27 ans", "à l'âge de 8 ans" too: an interview's "Ma première course en
# minimoto, à huit ans" answered "Quel âge a Hugo Lanfranchi ?" (an eighth walk).
_AGE_THEN = re.compile(
    r"(?:(?:depuis|dès|à)\s+l['’]\s*[âa]ge\s+de|(?:dès|depuis|avant)\s+(?:ses|mes|leurs|nos|son|mon)|since\s+the\s+age\s+of"
    r"|at\s+the\s+age\s+of|(?<![\w’'-])à|\b(?:avais|avait|avaient|avions|aviez))\s*$",
    re.I,
)
# An age asked at a moment ("Quel âge avait X lors de sa victoire ?", "À quel âge…"), and one the
# text gives as now ("Jean-Claude Morin, aujourd'hui âgé de 81 ans"; a fifth walk answered it).
_AGE_ASKED_THEN = re.compile(
    r"\b(?i:quel\s+[âa]ge\s+(?:avait|avaient)\b|(?:[àa]|depuis|dès)\s+quel\s+[âa]ge\b|how\s+old\s+was\b"
    r"|since\s+what\s+age\b)"
)
# "Depuis quel âge Hugo Sarda fait-il du kart ?" asks the age a thing began at, which the text
# says with "depuis l'âge de", "dès", "à" (a tenth walk answered his age now, "15 ans").
_AGE_SINCE_ASKED = re.compile(r"\b(?i:(?:depuis|dès)\s+quel\s+[âa]ge|since\s+what\s+age)\b")
_AGE_NOW_SAID = re.compile(
    r"\b(?:aujourd['’]\s*hui|désormais|actuellement|now)(?:\s+[âa]gée?s?\s+de)?\s*$"
    # "J'ai dix-sept ans" for when she began (a nineteenth walk's interview); not "j'avais", nor the
    # past told in the present ("Elle a huit ans quand son oncle l'emmène …", a review)
    r"|(?:^|[.;:!?»]\s*|\b)j['’]\s*ai\s+$",
    re.I,
)


def age_of_relative(question: str) -> str | None:
    """The name whose relative's age is asked (pure): "Quel âge a le coéquipier de Clément
    Tissot ?" -> "Clément Tissot", whose own age is then no answer (a third walk quoted his
    "34 ans"); None for any other question."""
    from paddockqa.conversation import is_person

    asked = _RELATIVE_OF.search(question)
    if asked is None:
        return None
    name = _name_at(question, asked.end())
    return name if name is not None and is_person(name) else None  # "l'agneau de Sisteron" is no one's


def age_stated_of(name: str, sentence: str, start: int, end: int) -> bool:
    """Whether the sentence states the age in ``sentence[start:end]`` of ``name``, naming that
    person nearest to it (pure); a sentence naming no one states no one's here (unlike
    ``someone_elses_age``, no protagonist is assumed: "Âgé de vingt et un ans, il…" is the
    brother's whom PIAF asks about, not Carlo Gesualdo's)."""
    mine, others = _age_gaps(_words(name), sentence, start, end)
    return bool(mine) and (not others or min(mine) <= min(others))


# A first name alone in apposition to an age is someone: "« Lucas, à 15 ans, a une maturité
# rare »", quoted by Antoine Rivière (a fifth walk gave him Lucas's age). Not a place ("Originaire
# de Dijon, 42 ans").
_LONE_NAME_BEFORE = re.compile(r"(?<![\w’'-])([A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?)\s*,\s*(?:à\s+)?$")
_PLACE_LEAD = re.compile(r"(?:\b(?:de|du|des|en|à|au|aux|le|la|les|sur|dans)\s+|\b[dl]['’]\s*)$", re.I)


def _lone_name(sentence: str, at: int, word: str) -> bool:
    """Whether a capitalised word alone at ``sentence[at:]`` may be a first name: not after an
    article or a preposition ("à La Châtre", "au Mans"), no French word ("Ainsi", "Enfin",
    "Papa"), no demonym ("Lyonnais") (pure; a review of the rule above)."""
    from paddockqa.answer_type import is_demonym
    from paddockqa.text import is_word

    return not _PLACE_LEAD.search(sentence[:at]) and not is_word(word) and not is_demonym(word)


def _age_gaps(own: set[str], sentence: str, start: int, end: int) -> tuple[list[int], list[int]]:
    """How far (characters) the age in ``sentence[start:end]`` (its first number) stands from
    each naming of the subject (its words ``own``) and of other people (pure)."""
    from paddockqa.lexical import fold_accents

    age = _AN_AGE.search(sentence, start, end)
    if age is not None:
        start, end = age.span()
    mine, others = _people(own, sentence)
    lone = _LONE_NAME_BEFORE.search(sentence, 0, start)
    if (
        lone
        and _lone_name(sentence, lone.start(1), lone.group(1))
        and fold_accents(lone.group(1).lower()) not in own
        and not any(a <= lone.start() < b for a, b in others)
    ):
        others.append(lone.span(1))

    def gaps(ats: list[tuple[int, int]]) -> list[int]:
        # (a bracket between counts for nothing: "Ciarán Doyle (Merlyn Mk20), 26 ans"; one beaten
        # after the age is not whom it describes: "…, 26 ans, devant Julie Cazaux", a fifteenth walk)
        return [
            len(_A_BRACKET.sub("", sentence[b:start])) if b <= start else max(a - end, 0)
            for a, b in ats
            if not (a >= end and _BEATEN_BEFORE.search(sentence[end:a]))
        ]

    return gaps(mine), gaps(others)


_A_BRACKET = re.compile(r"\([^()]*\)")
_BEATEN_BEFORE = re.compile(
    r"\b(?:devant|derrière|devançant|ahead\s+of|behind|beating)\s+(?:(?:le|la|les)\s+|l['’]\s*)?(?:[A-ZÀ-Ý][\w-]+\s+)?$",
    re.I,
)


# Right before an age, a bracket of ages, nobody's: "gratuit pour les moins de 12 ans", "réservé
# aux plus de 18 ans", "children under 12" (a seventh walk answered four people's ages with it).
_AGE_BRACKET = re.compile(
    r"(?:\b(?:les|aux|des)\s+(?:(?:enfants|jeunes|personnes|mineurs|spectateurs)\s+(?:de\s+|âgés\s+de\s+)?)?"
    r"(?:moins|plus)\s+de|\b(?:children|kids|those|anyone|people)\s+(?:under|over|aged)"
    # a class's bound in brackets: "Chez les Espoirs (moins de 18 ans)" (a nineteenth walk answered
    # it for Noah Guérin's age); an age's bound asked: "à partir de 15 ans", "dès 15 ans"
    r"|\(\s*(?:moins|plus)\s+de|\b(?:à\s+partir\s+de|dès|jusqu['’]à|under|over)"
    # a table's row or a label opening on one: "Billet : Moins de 12 ans ; Prix : gratuit" (a
    # twentieth walk answered it for the organiser's age)
    # (not after a dash: "Doyen du plateau – Plus de 80 ans, Marcel Roux", a review)
    r"|(?:^|[:;|•])\s*(?:moins|plus)\s+de"
    r"|\b[âa]ge\s+(?:minimum|maximum|minimal|maximal|limite)\s+(?:\w+\s+){0,2}?(?:à|de))\s*$",
    re.I,
)


def age_bracket(before: str, after: str = "") -> bool:
    """Whether an age the text gives after ``before`` (and before ``after``, from its number
    on) bounds a bracket of ages ("les moins de 12 ans", "children under 12", "46 jeunes
    pilotes âgés de 11 à 15 ans", "aged 11 to 15") or is said of several people ("âgés de 15
    ans") rather than being someone's (pure). A tenth walk's follow-up "Quel âge a-t-elle ?"
    was answered "11 à 15 ans", and its date made it the latest of two ages."""
    return (
        _AGE_BRACKET.search(before) is not None
        or _AGES_RANGE.match(after) is not None
        or (_RANGE_CLOSED.search(before) is not None and not _RESPECTIVELY.search(before))  # "de 11 à 15 ans"
        or _AGED_SEVERAL.search(before) is not None
    )


# "11 à 15 ans", "entre 11 et 15 ans", "11-15 ans", "11 to 15".
_AGES_RANGE = re.compile(r"\d{1,3}\s*(?:à|et|-|–|to|and)\s*\d{1,3}\s*(?:ans|years)?\b", re.I)
_RESPECTIVELY = re.compile(r"\brespectivement\b|\brespectively\b", re.I)  # "respectivement 17 et 19 ans": two ages
_RANGE_CLOSED = re.compile(r"(?<![\d,.])\d{1,3}\s*(?:à|et|-|–|to|and)\s*$", re.I)
_AGED_SEVERAL = re.compile(r"\b(?:âgé(?:e)?s|aged\s+between|entre)\s+(?:de\s+)?$", re.I)


# --- Transfers: the team someone joined or the one they left -----------------------------------
# "Pour quelle équipe roule Lanfranchi ?" was answered "Moto Sud Racing" of "… Team Aravis
# Yamaha, qu'il a rejoint cet hiver en provenance de Moto Sud Racing" (a seventh walk; the
# fourth walk's "joining and leaving swapped" too).
_TEAM = r"(?:équipe|écurie|team|formation|structure)"
_FORMER_ASKED = re.compile(
    rf"\b(?:de\s+quel(?:le)?\s+{_TEAM}\s+(?:vient|venait|arrive|est[\s-]+(?:il|elle)\s+arrivée?)|quel(?:le)?\s+{_TEAM}"
    rf"\s+(?:a-t-(?:il|elle)\s+quittée?|a\s+quittée?|quitte)|(?:son|sa|l['’])\s*(?:ancienne?|précédente?)\s+{_TEAM}"
    r"|which\s+team\s+did\s+.+\b(?:leave|come\s+from|join\s+from)|(?:his|her|their)\s+(?:previous|former|old)\s+team)",
    re.I,
)
_CURRENT_ASKED = re.compile(
    # ("Dans quelle équipe Léna Voisin courra-t-elle en F4 ?" was answered "karting OK-Junior", a
    # thirteenth walk)
    rf"\b(?:(?:pour|dans|chez)\s+quel(?:le)?\s+{_TEAM}|quel(?:le)?\s+{_TEAM}\s+(?:a-t-(?:il|elle)\s+rejointe?|rejoint|représente)"
    rf"|quel(?:le)?\s+(?:est\s+)?(?:son|sa|l['’])\s*(?:nouvelle\s+)?{_TEAM}|for\s+which\s+team|(?:which|what)\s+team\s+"
    # ("What team does Giulia Ferretti ride for?" got her bike, a twenty-second walk)
    r"(?:does|is|will)|which\s+team\s+did\s+.+\bjoin\b(?!\s+from)|\bin\s+which\s+team)",
    re.I,
)
# Right before a team, the words that say it is the one left or the one joined.
_FORMER_SAID = re.compile(
    rf"(?:(?:en\s+provenance\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])|quitt(?:e|é|ée|ant|er)\s+(?:la|le|l['’]|les)?)"
    rf"\s*(?:{_TEAM}\s+)?|ancienne?\s+{_TEAM}\s*,?"
    r"|(?:left|leaves|leaving|joined(?:\s+\S+){0,4}?\s+from|moving\s+from)(?:\s+the)?(?:\s+team)?)\s*$",
    re.I,
)
_CURRENT_SAID = re.compile(
    r"(?:rejoin\w*|rejoint|sign(?:e|é|ée)\s+(?:chez|avec)|sous\s+les\s+couleurs\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])"
    rf"|joins|joined|joining|signed\s+(?:for|with))\s*(?:la|le|l['’]|les|the)?\s*(?:{_TEAM}\s+)?$",
    re.I,
)


_BEFORE_NOW = re.compile(
    r"\b(?:avant|auparavant|précédemment|l['’]an\s+(?:dernier|passé)|previously|before|last\s+year)\b", re.I
)


def team_asked(question: str) -> str | None:
    """Which team of a transfer the question asks (pure): "former" ("De quelle équipe vient
    X ?", "Which team did X come from?"), "current" ("Pour quelle équipe roule X ?",
    "Quelle équipe a-t-il rejointe ?"), or None."""
    if _FORMER_ASKED.search(question):
        return "former"
    if not _CURRENT_ASKED.search(question):
        return None
    # "Pour quelle équipe roulait-il avant ?" asks the one left (a review)
    return "former" if _BEFORE_NOW.search(question) else "current"


# The nouns a team's name follows (and a table row's "Écurie : Motors 33": the slow test of
# cases), with the article that may come between.
_TEAM_NOUNS = r"(?:équipes?|écuries?|teams?|formations?|structures?|clubs?|squads?|outfit)"
_THEN_ARTICLE = r"(?:(?:le|la|les|the|du|des|de\s+la|de)\s+|l['’]\s*|d['’]\s*)?$"
# Words that say the name after them is a team's: "l'équipe Bic", "Mon équipe, le Flying Lizard,",
# "chez Peugeot", "au sein du Team X", "sous les couleurs de", "a rejoint", "drives for", "joins".
TEAM_NOUN_BEFORE = re.compile(rf"\b{_TEAM_NOUNS}\s*[,:]?\s*{_THEN_ARTICLE}", re.I)
TEAM_BEFORE = re.compile(
    rf"(?:\b{_TEAM_NOUNS}\s*[,:]?\s*"
    r"|\b(?:chez|au\s+sein\s+(?:de|du|des|d['’])|sous\s+les\s+couleurs\s+(?:de|du|des|d['’])"
    r"|pour\s+le\s+compte\s+(?:de|du|des|d['’])|rejoin\w*"
    r"|(?:drives?|drove|races?|raced|rides?|rode|driving|racing|riding)\s+for|joins?|joined"
    r"|\b(?:court|courent|courra|courir|courait|roule|roulent|roulera|rouler|roulait|pilote|pilotera|signe|signé)\s+pour"
    r"|sign(?:s|ed)?\s+(?:for|with))\s*)" + _THEN_ARTICLE,
    re.I,
)
# ... or after it: "le Flying Lizard, est un team jeune", "Helvetic Proto, l'équipe suisse".
TEAM_AFTER = re.compile(
    r"\s*,?\s*(?:est\s+|is\s+)?(?:un|une|l['’]|le|la|son|sa|leur|a|an|the|his|her|their)\s*"
    r"(?:[^\W\d_]+\s+)?(?:équipes?|écuries?|teams?|formations?|structures?|squads?)\b"
    # not a person's role: "Christian Horner, the team principal" (a review)
    r"(?![\s-]*(?:manager|principal|mate|owner|boss|director|directeur|patron|coordinator))",
    re.I,
)


# A team's name said as one in a text: a team's word in it, or a capitalised name after words
# that say a team ("Mon équipe, le Flying Lizard", "l'écurie Bic").
_A_TEAM_NAMED = re.compile(
    r"\b(?:équipes?|écuries?|teams?|formations?|squads?)\s*,?\s*(?:(?:le|la|les|the)\s+|l['’]\s*)?[A-ZÀ-Ý]", re.I
)


# A sentence saying something is not known, or not yet decided: "n'a pas été communiqué", "n'a pas
# encore désigné son remplaçant", "reste à déterminer", "has not been disclosed", "to be confirmed".
_UNDISCLOSED = re.compile(
    # "n'a pas (encore) été communiqué", "n'a pas encore désigné" (an active verb of choosing or
    # saying: "n'a pas connu la moindre difficulté" is no unknown, a review), "n'est pas connu",
    # "ne sera dévoilé que", "reste à déterminer", "has not been disclosed", "to be confirmed".
    r"\bn['’]\s*(?:a|ont|avait|avaient)\s+pas\s+(?:encore\s+)?(?:été\s+)?"
    r"(?:communiqu|dévoil|annonc|révél|précis|désign|choisi|fix|décid|rendu|officialis|confirm)\w*"
    r"|\b(?:n['’]\s*(?:est|était)|ne\s+(?:sont|sera|seront|serait|étaient))\s+(?:pas\s+)?(?:encore\s+)?"
    r"(?:connue?s?|communiqu\w*|dévoil\w*|annonc\w*|révél\w*|précis\w*|désign\w*|fix\w*|décid\w*)"
    r"|\b(?:reste|restent)\s+(?:à\s+(?:déterminer|désigner|définir|confirmer|annoncer|trouver)|inconnue?s?|confidentiel\w*)"
    r"|\b(?:has|have|had|was|were|is|are)\s*(?:not|n['’]t)\s+(?:yet\s+)?(?:been\s+)?"
    r"(?:disclosed|announced|revealed|confirmed|decided|named|chosen)\b|\bundisclosed\b|\bto\s+be\s+(?:confirmed|announced|decided)\b",
    re.I,
)
# Stems of one meaning: "Qui remplacera Mathilde Rouvier ?" is asked by "… n'a pas encore annoncé
# le nom de la pilote ou du pilote qui lui succédera" (a fourteenth walk).
_SAME_STEM = {
    "succed": "remplac",
    "successeur": "remplac",
    "success": "remplac",
    # what was paid, and for a purchase: "Combien Ardent a-t-il payé pour racheter l'écurie ?" is
    # asked by "Le montant de la transaction n'a pas été communiqué" (a seventeenth walk answered
    # the share bought, "80 %")
    "pai": "mont",
    "cout": "mont",
    "prix": "mont",
    "somm": "mont",
    "rachet": "transact",
    "rachat": "transact",
    "achat": "transact",
    "achet": "transact",
    "acquisit": "transact",
}
_ENGLISH_ASKING = frozenset("much many what which who whom whose how does did do when where why".split())
# Words of a question that say nothing of what it asks.
_NOT_ASKED_WORDS = frozenset("chez selon lors depuis pendant avant apres aujourd cet cett saison anne".split())


def undisclosed(question: str, sentence: str) -> bool:
    """Whether ``sentence`` says that what ``question`` asks is not known or not yet decided
    (pure): it says so (``_UNDISCLOSED``) of a thing (a passive's subject before, "Le montant …
    n'a pas été communiqué"; an active verb's object after, "… n'a pas encore désigné son
    remplaçant") that holds one of the question's words that are no name, the sentence holding
    them all and two of its words in all, and naming no one the question does not ("Le nombre
    de tours menés par Luc Blanc n'a pas été communiqué" leaves Paul Martin's known: a review).
    A thirteenth walk answered "Le montant versé à la Fédération … n'a pas été communiqué." with
    another sum and a successor not yet chosen with the team manager. Words are compared
    stemmed as BM25 reads them."""
    from paddockqa.conversation import is_person, names
    from paddockqa.lexical import tokenize

    unknown = _UNDISCLOSED.search(sentence)
    if unknown is None:
        return False

    def stems(text: str) -> set[str]:
        return {_SAME_STEM.get(stem, stem) for stem in tokenize(text)}

    said = stems(sentence)
    shared = stems(question) & said
    # The question's words that are no name: all said ("Qui a gagné le rallye du Var ?" is not
    # asked by "Le rallye du Var n'a pas été annoncé au calendrier 2027", a review).
    from bm25s.stopwords import STOPWORDS_EN

    english = {w for w in re.findall(r"[a-z]+", question.lower()) if w in STOPWORDS_EN or w in _ENGLISH_ASKING}
    plain = re.sub(r"\b[A-ZÀ-Ý][\w'’-]*", " ", question)
    words = stems(" ".join(w for w in plain.split() if w.lower() not in english)) - _NOT_ASKED_WORDS
    if not words or not words <= said or len(shared) < 2:
        return False
    # What is unknown: a passive's subject, in its clause before ("Le calendrier reste à
    # déterminer"), an active verb's object after, not "Son équipe" before "n'a pas encore
    # désigné son remplaçant", which the team manager's question shares (a review).
    if re.search(
        r"\b(?:été|been|reste|restent|undisclosed|to\s+be|n['’]\s*est|était|ne\s+\w+)\b", unknown.group(), re.I
    ):
        opened = max((m.end() for m in re.finditer(r"[,;:]", sentence[: unknown.start()])), default=0)
        thing = sentence[opened : unknown.start()]
    else:
        thing = re.split(r"[,;:.]", sentence[unknown.end() :])[0]
    # someone the question does not name, in the unknown thing only ("… n'a pas été communiqué, a
    # précisé Marc Dupuis" stays an unknown: a review)
    asked_people = [n for n in names(question) if is_person(n)]
    if any(is_person(n) and not any(same_name(n, a) for a in asked_people) for n in names(thing)):
        return False
    return bool(words & stems(thing))


def names_a_team(text: str) -> bool:
    """Whether a text names a team as a team is named (``A_TEAM``, or a name after "l'équipe",
    "Mon équipe, le", "the team") (pure)."""
    return A_TEAM.search(text) is not None or any(text[m.end() - 1].isupper() for m in _A_TEAM_NAMED.finditer(text))


def team_said(before: str) -> str | None:
    """Whether the text right before a team says it is the one left ("former": "en
    provenance de", "quittant", "joined X from") or joined ("current": "a rejoint", "sous les
    couleurs du", "joins"), or None (pure)."""
    if _FORMER_SAID.search(before):
        return "former"
    return "current" if _CURRENT_SAID.search(before) else None


def age_then(question: str, before: str, after: str = "") -> bool:
    """Whether an age the text gives after ``before`` (and before ``after``, the rest of its
    sentence) is of another moment than the one asked (pure): one at a past moment ("depuis
    l'âge de sept ans", "depuis mes huit ans") while the question asks the age now ("Quel âge a
    Nolan Petit ?"; a third and a fifth walk answered "sept ans", "huit ans"), or the age now
    ("aujourd'hui âgé de 81 ans") while the question asks it at a moment ("Quel âge avait
    Jean-Claude Morin lors de sa victoire en 1974 ?"). A sentence opening "À 18 ans, la
    Bordelaise Léa Fournier dispute sa deuxième saison" gives the age now (an eleventh walk),
    unless it tells a beginning ("À 14 ans, elle monte pour la première fois dans un kart")."""
    if _AGE_SINCE_ASKED.search(question):
        return not _AGE_THEN.search(before)
    if _AGE_ASKED_THEN.search(question):  # "À quel âge a-t-il…" holds "quel âge a": asked first
        return bool(_AGE_NOW_SAID.search(before))
    # Right after a dateline, the news itself ("Le Castellet – À 18 ans, la Bordelaise … a signé
    # sa première pole": a review); elsewhere, unless a beginning or the past is told.
    if (
        _OPENING_AT.search(before)
        and re.match(r"[^.;:]*?\bans\s*,", after)
        and (_DATELINE_DASH.search(before) or not _A_BEGINNING.search(after))
    ):
        return False
    if _THE_OLDEST_AT.search(before) and not re.match(r"[^.;]*?\bans\s+(?:à|pour)\s+[a-zà-ÿ]+(?:er|ir|re)\b", after):
        # "doyen de l'épreuve à 81 ans", "le plus jeune du plateau à 15 ans": the age now; not "le
        # plus jeune de l'histoire à 16 ans à remporter … en 2019" (a review)
        return False
    return bool(_AGE_NOW.search(question)) and bool(_AGE_THEN.search(before))


# Who is the oldest or youngest of a field, at an age: the age they have (a nineteenth walk refused
# "Auguste Ferrand, doyen de l'épreuve à 81 ans").
_THE_OLDEST_AT = re.compile(
    r"\b(?:doyen|doyenne|benjamin|benjamine|(?:l[ea]\s+)?plus\s+(?:jeune|âgée?|ancien(?:ne)?))"
    r"(?:\s+(?:de|du|des|d['’])\s*(?:l['’]\s*|la\s+|le\s+|les\s+)?[^\W\d_]+)?\s*,?\s+à\s*$",
    re.I,
)
_OPENING_AT = re.compile(r"(?:^|[–—:]\s*)[àÀ]\s*$")  # "À 18 ans, …" opening a sentence or a lede
_DATELINE_DASH = re.compile(r"\d{4}\s*[–—]\s*[àÀ]\s*$")  # "Le Castellet, le 8 mai 2026 – À …"
_A_BEGINNING = re.compile(
    r"\b(?:premi(?:er|ère)s?\s+fois|débuts?|début(?:e|é|ait)|commenc\w*|découv\w*|avait|était|fut|étrenn\w*)\b"
    r"|\b(?:a|ont|avait)\s+[a-zà-ÿ]+é(?:e|s|es)?\b"
    r"|\b(?!fait\b)[a-zà-ÿ]{3,}(?:ait|aient)\b",  # the imperfect: "elle remportait déjà" (a review)
    re.I,
)


def origin_subject(question: str) -> str | None:
    """The name whose origin the question asks, when it follows the question phrase (pure):
    "D'où vient Marc Delacroix ?", "D'où Paul-Henri Mercier vient-il ?", "De quelle ville
    Romain Dumas est-il originaire ?", "Où est né Hugo Ferrand ?", "Où Hugo Ferrand est-il né
    ?", "Where is Oliver Grant from?" -> the name; None for any other question, and when two
    people are asked."""

    for form, verb_after in _ORIGIN_FORMS:
        for asked in form.finditer(question):
            rest = question[asked.end() :]
            name = _name_at(question, asked.end())
            if name is None or _ANOTHER_NAME.match(rest[len(name) :]):
                continue
            if verb_after is None or verb_after.match(rest[len(name) :]):
                return re.sub(r"['’]s?$", "", name)  # "Jonas Berg's nationality"
    return None


# A competitor's role asked of someone named: "Qui est la copilote de Julien Marchal ?", "Who is
# Tom Roy's co-driver?". The roles of a crew or a team only: a relative is often said of "il"
# in a sentence naming others ("Il est le fils de Louis XIV et de …", in PIAF).
_CREW_ROLES = (
    r"co-?pilote|co-?équipi(?:er|ère)|équipi(?:er|ère)|navigat(?:eur|rice)|mécanicien(?:ne)?|ingénieure?|directeur\s+sportif"
    r"|directrice\s+sportive|team\s+manager|manager|entraîneur|entraîneuse|préparateur|co-?driver|team-?mate"
    r"|navigator|engineer|mechanic|coach"
)
_ROLE_OF = re.compile(
    rf"^\W*(?:(?:et|and)\s+)?(?:qui|who)\s+(?:est|était|sont|étaient|sera|seront|is|was|are|were|will\s+be)\s+"
    rf"(?:le|la|l['’]|les|the)\s*"
    rf"(?P<role>{_CREW_ROLES})s?\s+(?:de|d['’]|of)\s*",  # not "du": "l'entraîneur du Real Madrid" is a club's
    re.I,
)
_ROLE_OF_ENGLISH = re.compile(r"^\W*(?:and\s+)?who\s+(?:is|was|are|were)\s+(?=\S)", re.I)
_ROLE_AFTER_NAME = re.compile(rf"\s*['’]s?\s+(?P<role>{_CREW_ROLES})s?\b", re.I)


def role_asked_of(question: str) -> tuple[str, str] | None:
    """The role and the person a question asks that role of, as written (pure): "Qui est la
    copilote de Julien Marchal ?" -> ("copilote", "Julien Marchal"), "Who is Tom Roy's
    co-driver?" -> ("co-driver", "Tom Roy"); None for any other question."""
    from paddockqa.conversation import is_person

    asked = _ROLE_OF.search(question)
    if asked is not None:
        name = _name_at(question, asked.end())
        return (asked.group("role"), name) if name is not None and is_person(name) else None
    opened = _ROLE_OF_ENGLISH.search(question)
    written = _name_at(question, opened.end()) if opened is not None else None
    if opened is None or written is None:
        return None
    name = re.sub(r"['’]s?$", "", written)  # "Tom Roy's": the possessive is no part of the name
    role = _ROLE_AFTER_NAME.match(question, opened.end() + len(name))
    return (role.group("role"), name) if role is not None and is_person(name) else None


# The words that say each role in a text, accents folded, by the role's family: a question's
# "co-driver" is the French text's "copilote", "copiloté par".
_ROLE_WORDS = {
    "crew": ("copilot", "co-pilot", "navigat", "co-driver", "codriver", "coequipi", "co-equipi", "equipier",
             "team-mate", "teammate", "fait equipe avec", "aux cotes d", "partage le volant", "partagera le volant"),
    "mechanic": ("mecanicien", "mechanic"),
    "engineer": ("ingenieur", "engineer"),
    "manager": ("directeur sportif", "directrice sportive", "manager"),
    "coach": ("entraineu", "coach", "preparateur"),
}  # fmt: skip


def _role_family(role: str) -> str:
    """The family of a role as asked ("copilote", "co-driver" and "coéquipière" are "crew") (pure)."""
    from paddockqa.lexical import fold_accents

    folded = fold_accents(role.lower())
    return next((f for f, stems in _ROLE_WORDS.items() if any(w[:6] in folded for w in stems)), "crew")


def holds_role(
    role: str, name: str, sentence: str, start: int, end: int, passage: str = "", before: Sequence[str] = ()
) -> bool:
    """Whether ``sentence`` gives the person at ``sentence[start:end]`` as ``name``'s ``role``
    (pure): it says the role ("Sa copilote Marine Castagnet, 29 ans, …") and names no one else
    (a surname alone is someone where ``passage`` names a person by it), or, for a crew's role,
    joins the two as a crew ("1. Mathieu Kessler / Anaïs Roux", "Sébastien Delorme et sa
    copilote Marine Castagnet"). Not "Copiloté par Anaïs Roux, Kessler a signé …" nor "… avec
    6,1 secondes d'avance sur Julien Maréchal" for Julien Marchal's co-driver (a ninth walk)."""
    from paddockqa.conversation import is_person
    from paddockqa.lexical import fold_accents

    own = _words(name)
    mine, others = _people(own, sentence, words_too=False)
    surnames = {w for _, n in _named(passage) if is_person(n) for w in _words(n)} - own
    others += [at for at, n in _named(sentence) if not is_person(n) and _words(n) and _words(n) <= surnames]
    # Not the span's, nor a noun's complement ("… qui s'occupait de la voiture de Julien Marchal").
    others = [at for at in others if not (at[0] < end and start < at[1]) and not _complement(sentence, at[0])]
    family = _role_family(role)
    folded = fold_accents(sentence.lower())
    said = [m for w in _ROLE_WORDS[family] for m in re.finditer(re.escape(w), folded)]
    # The role said of someone else by name: "le copilote de Kessler, Anaïs Roux, …".
    of_another = any(
        (owner := _ROLE_OWNER.match(sentence, m.end())) is not None and not same_name(owner.group(1), name)
        for m in said
    )
    # "Sa copilote Anaïs Roux …" is the role of the one named last before (``before``: the
    # passage's sentences before this one), when this sentence does not name the one asked.
    possessed = any(_POSSESSIVE_BEFORE.search(folded[: m.start()]) for m in said)
    if possessed and not mine:
        # (a sentence whose subject is a pronoun names its object: "Il remplace Dorian Sauvat, 33
        # ans, … Son coéquipier sera le Belge Jens Vermeulen" is Kylian Berthier's, named before, a
        # twenty-third walk)
        last = next(
            (
                b
                for b in reversed(before)
                if any(is_person(n) for _, n in _named(b)) and not _PRONOUN_SUBJECT_OPENS.match(b)
            ),
            None,
        )
        if last is not None and not _people(own, last, words_too=False)[0]:
            return False  # "Mathieu Kessler a remporté la course. Sa copilote Anaïs Roux …" (a review)
    if said and not of_another and (mine or not others):
        return True  # "Nadia Perrin : Mon ingénieur, Rémi Castagnet, …" (a tenth walk)
    joined = (sentence[min(at[1], end) : max(at[0], start)] for at in mine)
    return family == "crew" and any(_JOINED.fullmatch(between) for between in joined)


_POSSESSIVE_BEFORE = re.compile(r"(?<![\w’'-])(?:son|sa|leur|his|her|their)\s*$")
# A sentence whose subject is a pronoun, maybe after a clause: "Il remplace …", "Chez Mistral, il pilotera …".
_PRONOUN_SUBJECT_OPENS = re.compile(r"\W*(?:[^,.;:]{0,40},\s*)?(?:il|elle|he|she)\s", re.I)
# After a role's word, whose role it is: "copilote de Mathieu Kessler".
_ROLE_OWNER = re.compile(r"\w*\s+(?:de|du|d['’])\s*([A-ZÀ-Ý][\w’'-]+(?:\s+[A-ZÀ-Ý][\w’'-]+){0,2})")


def _name_at(question: str, at: int) -> str | None:
    """The name ``question`` writes at offset ``at``, read in the whole question (pure): cut
    there, a French first word would open a sentence and be no name ("Maxime" of "Qu'a déclaré
    Maxime Le Roux ?")."""
    from paddockqa.conversation import names

    rest = question[at:]
    return next((name for name in names(question) if rest.startswith(name)), None)


def _words(name: str) -> set[str]:
    """A name's telling words (``answer.name_words``), accents folded ("Korneïev" is "Korneiev")."""
    from paddockqa.answer import name_words
    from paddockqa.lexical import fold_accents

    return {fold_accents(w) for w in name_words(name)}


def _named(sentence: str) -> list[tuple[tuple[int, int], str]]:
    """The names of ``sentence`` (``conversation.names``) where they stand, each piece between
    ";", ":" or "|" read apart: a table row read as a sentence, "Rang : 2 ; Coureur : Erik
    Solberg ; Équipe : Uno-X", would give one name of its labels and values (pure)."""
    from paddockqa.conversation import is_person, names

    found = []
    for piece in re.finditer(r"[^;:|]+", sentence):
        for name in names(piece.group()):
            # A person named at the end of another name is named: "l'Alpine A110 de Jean-Claude
            # Morin" (a fifth walk: one name, no person's, so his age was anyone's).
            # Only a car's: a make or a model ends there, not a race ("Grand Prix de Monte Carlo").
            tail = re.search(r"(?:\s(?:de|du)\s+|\sd['’]\s*)(?=\S)(?!.*\s(?:de|du|d['’])\s)(.+)$", name)
            if tail and is_person(tail.group(1)) and not is_person(name) and _a_car(name[: tail.start()]):
                name = tail.group(1)
            pattern = r"\W+".join(map(re.escape, name.split()))
            found += [
                ((piece.start() + m.start(), piece.start() + m.end()), name)
                for m in re.finditer(pattern, piece.group())
            ]
    return found


def _a_car(name: str) -> bool:
    """Whether a name is a car's: a make opens it or a model's figure is in it ("Alpine A110",
    "Porsche", "Norma M20 FC") (pure)."""
    from paddockqa.conversation import MAKES

    words = name.split()
    return bool(words) and (words[0].lower() in MAKES or any(c.isdigit() for c in name))


def someone_elses_age(
    subject: str, sentence: str, start: int, end: int, title: str, preceding: Sequence[str] = ()
) -> bool:
    """Whether the age in ``sentence[start:end]`` (its first number: "27 ans" in "27 ans, de
    Marc Delacroix…") is stated of someone other than ``subject`` (pure): the person named
    nearest to it in the sentence is another (none of the subject's words, outside another
    person's name, is as near), or the sentence names no one, not even by one word of the
    subject's name, and the first person ``title`` names (the text's protagonist) is another.

    An age describing a noun ("le pilote italien de 24 ans", "Âgée de 14 ans, la pilote…") is
    the age of the person the noun stands for (``_described_elses``), whom ``preceding`` (the
    passage's sentences before this one, nearest last) may name.

    A person is a run of two capitalised words or more (``conversation.is_person``); one is the
    subject when the words of one name are all the other's ("Ferrand" for Hugo Ferrand), not
    when they share one ("Théo Laborde" is not Vincent Laborde). A sentence that names no one
    in a text whose title names no one is not judged.
    """
    own = _words(subject)
    if not own:
        return False
    age = _AN_AGE.search(sentence, start, end)
    described = age and (
        _description(sentence, *age.span(), _DESCRIBED_AGE, _AGE_END) or _described_after(sentence, *age.span())
    )
    if described:
        return _described_elses(own, sentence, described, preceding, title)
    if _PARTNER_OPENS.match(sentence) and not any(_people(own, sentence[:start], words_too=False)):
        # "Son copilote, agriculteur à Langogne, est âgé de 44 ans": the other of the crew named
        # before, as an origin (a sixteenth walk gave it to the driver, the title's first name)
        return _partner_elses(own, preceding, _surnames([*preceding, sentence]))
    mine, others = _age_gaps(own, sentence, start, end)
    if others:
        return not mine or min(others) < min(mine)
    pronoun = _PRONOUN_SUBJECT.match(sentence)
    if not mine and pronoun is not None and _protagonist(title) is None and preceding:
        # "Le meilleur junior est Théo Lamarque. Il n'a que 17 ans." is his age, the one person
        # the sentence before names (a fourteenth walk gave it to Pauline Sarrat); of two, whose
        # is unsaid ("Paul Roy fait équipe avec Léa Morin. Elle …", a review); a title naming
        # someone keeps the text's pronouns theirs, as before
        # (past sentences opening with a pronoun and naming no one: "Il a signé la pole le matin.
        # Il n'a que 17 ans." is still the one before them, a review)
        surnames = _surnames([*preceding, sentence])
        for earlier in reversed(preceding[-DESCRIBED_REACH:]):
            named = _named_in_order(earlier, own, surnames)
            if named or not _PRONOUN_SUBJECT.match(earlier):
                if len(named) == 1:
                    return named[0][1] is not None and not same_person(_words(named[0][1]), own)
                break
    return not mine and _protagonist_elses(own, title)


def someone_elses_origin(subject: str, sentence: str, start: int, title: str, preceding: Sequence[str] = ()) -> bool:
    """Whether a place read at ``sentence[start:]`` as where someone comes from is stated of
    someone other than ``subject`` (pure): the person it is said of is the one named nearest
    before it, a noun's complement aside ("Marc Delacroix, le coéquipier d'Élodie Fontaine, est
    originaire de Tours" and "Le coéquipier d'Élodie Fontaine, Marc Delacroix, est originaire de
    Tours" are his; "Julie Martin a devancé Hugo Ferrand, originaire de Lyon" is Hugo
    Ferrand's), else the first named after it ("Originaire de Dijon, Philippe est…"), else the
    text's protagonist (as for an age). An origin in apposition to a noun ("le pilote italien
    de 24 ans, originaire de Rimini, a franchi la ligne … du vainqueur, Marco Ferrante") is
    that of the person the noun stands for, as an age's."""
    own = _words(subject)
    if not own:
        return False
    word = re.match(r"[^\W\d_][\w’'-]*", sentence[start:])
    if word is not None and is_demonym(word.group()):
        # A demonym right before the name is that person's: "… et le Japonais Yuki Tanabe, 31 ans"
        # (a tenth walk gave it to Clara Mercier, named before it).
        after = start + word.end()
        if any(at[0] - after <= 2 for at in _people(own, sentence, words_too=False)[0] if at[0] >= after):
            return False
        if _DEMONYM_OPENS.fullmatch(sentence[:start]) and not _named(sentence[after : after + 3]):
            # The sentence's subject, a demonym standing for someone named before: "La Lyonnaise
            # de 27 ans a devancé Arnaud Peyrot …" is Sophie Marchal's, the winner said before
            # (a thirteenth walk gave it to Arnaud Peyrot), as "À 22 ans, le Vendéen" is.
            return _described_elses(own, sentence, (0, after), preceding, title)
        spoken = any(m.start(1) == start for m in SPOKEN_BY_DEMONYM.finditer(sentence))
        # (the nearest sentence naming anyone: a quote may run over two sentences)
        surnames = _surnames(preceding) if spoken else {}
        one = next((n for e in reversed(preceding[-DESCRIBED_REACH:]) if (n := _named_in_order(e, own, surnames))), [])
        if spoken and len(one) == 1:
            # who spoke: "« … », a expliqué le Toulonnais de 52 ans" after "Fabien Castagné a
            # effectué le relais final." (a fifteenth walk); after a sentence naming two, not
            # judged ("Paul Roy a gagné devant Luc Blanc. « … bravo à Paul », a reconnu le
            # Toulonnais", a review)
            return one[0][1] is not None and not same_person(_words(one[0][1]), own)
    described = _description(sentence, start, start, _DESCRIBED_ORIGIN, _ORIGIN_END)
    if described:
        return _described_elses(own, sentence, described, preceding, title)
    if _PARTNER_OPENS.match(sentence) and not any(_people(own, sentence[:start], words_too=False)):
        # "Son coéquipier, âgé de 20 ans et originaire de Rouen": the other of the crew
        return _partner_elses(own, preceding, _surnames([*preceding, sentence]))
    latter = _THE_LATTER_SUBJECT.search(sentence, start)
    between = _people(own, sentence[: latter.start()], words_too=False) if latter is not None else ([], [])
    if latter is not None and not any(at[0] >= start for at in between[0] + between[1]):
        # "Né à Libreville (Gabon) et installé à Lyon, ce dernier, âgé de 17 ans, …": the one
        # named last before (a thirteenth walk).
        return _described_elses(own, sentence, (latter.end(), latter.end()), preceding, title)
    if _POSSESSIVE_BEFORE.search(sentence[:start]):
        # "Hale handed over to his Swedish team-mate, the 29-year-old Jonas Berg": the one the
        # possessive's noun stands for, named after it (an eleventh walk gave Hale "Swedish").
        mine, others = _people(own, sentence, words_too=False)
        named = sorted([(at, True) for at in mine if at[0] > start] + [(at, False) for at in others if at[0] > start])
        if named:
            return not named[0][1]
    mine, others = _people(own, sentence[:start], words_too=False)
    if not mine and not others:
        # A surname alone before it stands for the one the passage named in full: "Kowalski, 20,
        # from Indianapolis" is not Mateo Reyes's (a thirteenth walk: its title names no one).
        before = [name for _, name, aside in _named_in_order(sentence[:start], own, _surnames(preceding)) if not aside]
        if before:
            return before[-1] is not None and not same_person(_words(before[-1]), own)
        if start <= _SUBJECTS_REACH and _acted_on_after(own, sentence, start):
            return True  # "the 20-year-old Swede from Uddevalla, …, passed Bernardeau" (as an age)
    return said_of_another(subject, sentence, start, title)


# "Ce dernier" and its forms: the one named last before.
_LATTER_WORDS = r"ce\s+dernier|cette\s+dernière|celui-ci|celle-ci"
# Whose trade is asked: "Quel est le métier de Baptiste Faure ?", "Quelle est la profession
# d'Inès Roche ?", "Que fait Núria Solé dans la vie ?", "Que faisait Nathalie Cabrol avant … ?",
# "What does Arnaud Lequien do for a living?", "What is Arnaud Lequien's job?".
_JOB_OF = re.compile(
    r"\b(?i:quel(?:le)?\s+(?:est|était|sera)\s+(?:le\s+métier|la\s+profession|le\s+travail|l['’]\s*emploi"
    r"|l['’]\s*activité\s+professionnelle)\s+(?:de\s+|d['’]\s*|du\s+))"
    r"|\b(?i:quel(?:le)?\s+(?:métier|profession)\s+(?:exerce|exerçait|exercera|a\s+exercé)\s+)"
    r"|\b(?i:que\s+(?:fait|faisait)\s+)(?=[A-ZÀ-Ý][^?]*\b(?:dans\s+la\s+vie|comme\s+métier|de\s+métier|auparavant"
    r"|professionnellement)\b|[A-ZÀ-Ý][^?]*\bavant\s+(?:de|d['’]))"  # (not "avant la course", a review)
    r"|\b(?i:what\s+(?:does|did)\s+)(?=[A-Z][^?]*\bdo\s+(?:for\s+a\s+living|for\s+work|professionally))"
    r"|\b(?i:what\s+(?:is|was)\s+the\s+(?:job|profession|occupation)\s+of\s+)"
    r"|\b(?i:what\s+(?:is|was)\s+)(?=[A-Z][^?]*['’]s\s+(?:job|profession|occupation|day\s+job)\b)"
)


def job_subject(question: str) -> str | None:
    """The one person whose trade the question asks ("Quel est le métier de Baptiste Faure ?"
    -> "Baptiste Faure"), else None (pure)."""
    asked = _JOB_OF.search(question)
    if asked is None:
        return None
    from paddockqa.conversation import is_person

    name = _name_at(question, asked.end())
    if name is None or _ANOTHER_NAME.match(question[asked.end() + len(name) :]):
        return None
    name = re.sub(r"['’]s?$", "", name)
    return name if is_person(name) else None  # (not "la fonction du DRS", a review)


def someone_elses_job(subject: str, sentence: str, start: int, title: str, preceding: Sequence[str] = ()) -> bool:
    """Whether the trade said at ``sentence[start:]`` is someone else's than ``subject``'s
    (pure): the one named nearest before it in the sentence ("Son coéquipier Didier Roux,
    mécanicien à Aubagne"), else the one the sentence's opening stands for ("Sa copilote,
    infirmière à Millau" the other of the crew, "L'Andorrane de 45 ans est pharmacienne", "Elle
    était auparavant directrice commerciale …": ``_described_elses``), else as an origin."""
    own = _words(subject)
    if not own:
        return False
    if _A_RELATIVE_BEFORE.search(sentence[:start]):
        return True  # "Sa mère, infirmière à Pau", "son sponsor, boulanger à Nay", "Le père de Paul Roy, mécanicien"
    if _A_SOURCE_BEFORE.search(sentence[:start]):
        return True  # "…, selon l'organisateur." is who says it (a sixteenth walk's trade of a driver)
    surnames = _surnames([*preceding, sentence])
    # (a surname alone only opening the sentence: "Haddou, 34 ans, est mécanicien à Niort"; not
    # "… et Stablinski contacte le PDG de Sonolor, fabricant de …, André Bazin", PIAF)
    found = [
        (at, n, aside)
        for at, n, aside in _named_in_order(sentence[:start], own, surnames)
        if at <= 3 or n is None or sentence.startswith(n, at)
    ]
    # (in apposition, the one right before, beaten or not: "devance de 3,2 s Luc Blanc, boulanger")
    nearest = found[-1][1] if found else None
    named = [(at, n) for at, n, aside in found if not aside] or [(at, n) for at, n, _ in found[-1:]]
    if named:
        # After a verb, the clause's subject ("Jean Dupont épouse Marie Martin et devient notaire");
        # in apposition, the one right before ("Son coéquipier Didier Roux, mécanicien à Aubagne").
        clause = max((m.end() for m in re.finditer(r";", sentence[:start])), default=0)
        subjects = [n for at, n in named if at >= clause] or [named[-1][1]]
        name = subjects[0] if _A_TRADE_VERB.search(sentence[:start]) else nearest
        return name is not None and not same_person(_words(name), own)
    if _THE_LATTER_OPENS.match(sentence) or _THE_LATTER_SUBJECT.search(sentence, start):
        # "Ce dernier, garagiste à Nay, …", "Agriculteur à Nay, ce dernier court …": the one
        # named last before
        return bool(_last_named_elses(own, reversed(preceding[-DESCRIBED_REACH:]), surnames))
    if _PARTNER_OPENS.match(sentence):
        if _partner(own, preceding, surnames) is None and preceding and _people(own, preceding[-1])[0]:
            # "…, a souri Berthier. Sa copilote, institutrice à Reims, …": his partner's, the crew
            # unnamed in the passage (the fourteenth walk's rerun)
            return True
        return _partner_elses(own, preceding, surnames)
    if not _A_DESCRIPTION_OPENS.match(sentence):
        # a description after an opening clause naming no one: "Auteur de la pole position en
        # 52,884 s, le Béthunois de 27 ans, kinésithérapeute de profession, …" (a seventeenth walk
        # gave the winner's trade to the third, named later in the sentence)
        opening = _A_CLAUSE_THEN_DESCRIPTION.match(sentence[:start])
        # (not an opening clause placing the one described: "Deuxième de la course, le Lyonnais,
        # boulanger de métier, …" is the second's, a review)
        if opening is not None and not states_placing(sentence[: opening.start(1)]):
            return _described_elses(own, sentence, (opening.start(1), start), preceding, title)
        return False  # (not judged: PIAF's "Ils sont intéressés … le PDG de Sonolor, fabricant de …")
    return _described_elses(own, sentence, (0, start), preceding, title)


# Who says what a sentence reports: "selon l'organisateur", "d'après le promoteur", "according to the organiser".
_A_SOURCE_BEFORE = re.compile(
    r"\b(?:selon|d['’]après|according\s+to)\s+(?:l['’]\s*|le\s+|la\s+|les\s+|the\s+|son\s+|sa\s+|leur\s+)$", re.I
)
# Someone's relative, sponsor or friend right before a trade in apposition: "Sa mère, infirmière",
# "son sponsor, boulanger à Nay", "Le père de Paul Roy, mécanicien à Pau" (a review).
_A_RELATIVE_BEFORE = re.compile(
    r"(?:\b(?:son|sa|ses|leur|le|la|l['’]|his|her|their|the)\s*|^\s*)(?:père|mère|frère|sœur|soeur|fils|fille|épouse|époux|mari"
    r"|femme|oncle|tante|cousin|cousine|grand-père|grand-mère|sponsor|ami|amie|parrain|marraine|compagne|compagnon"
    r"|father|mother|brother|sister|son|daughter|wife|husband|sponsor|friend)\b(?:\s+(?:de|d['’]|of)\s*[^,]{1,40})?\s*,\s*$",
    re.I,
)
# What says a trade as the clause's subject's: "est", "devient", "travaille comme".
_A_TRADE_VERB = re.compile(
    r"\b(?:est|était|devient|deviendra|devenu|devenue|travaille|travaillait|exerce|exerçait|is|was|becomes|became|works"
    r"|worked)\b[^,;]{0,40}$",
    re.I,
)
_THE_LATTER_OPENS = re.compile(rf"\s*(?:{_LATTER_WORDS})\b", re.I)
# A sentence opening with someone described or a pronoun: "L'Andorrane de 45 ans", "Le Palois",
# "Elle était auparavant …", "The Rouennais, 61,".
# An opening clause, then a description right before a trade: "Auteur de la pole position en
# 52,884 s, le Béthunois de 27 ans, " (group 1: the description).
_A_CLAUSE_THEN_DESCRIPTION = re.compile(
    r"\s*(?:[^,;.«»]|(?<=\d)[,.](?=\d)){3,90},\s*((?:le|la|l['’])\s*[\w-]+(?:\s+de\s+\d+\s+ans)?),\s*$"
)
_A_DESCRIPTION_OPENS = re.compile(r"\s*(?:(?:Le|La|L['’]|Son|Sa|The|His|Her)\s*[\w-]+|Il|Elle|He|She)\b")


def time_subject(question: str) -> str | None:
    """The one person a question asking a time, a place in a ranking or a gap names ("Quel temps
    a signé Julien Marchal en pole position ?", "À quelle place a terminé Lucas Ferreira ?",
    "Quel retard Théo Marchal avait-il sur le vainqueur ?" -> the name), else None (pure)."""
    from paddockqa.conversation import is_person, names

    kind = expected_type(question)
    if kind not in ("laptime", "rank", "gap"):
        return None
    people = [n for n in names(question) if is_person(n)]
    if not people and kind == "rank":
        # A team's place: "Où le Lycée Pro Nieuil Racing a-t-il terminé au général ?" (a
        # twenty-first walk refused it: its results line names the team, not a person)
        people = [n for n in names(question) if A_TEAM.fullmatch(n)]
    return people[0] if len(people) == 1 else None


def gap_of_another(subject: str, sentence: str, start: int, end: int, title: str) -> bool:
    """Whether the gap at ``sentence[start:end]`` is someone else's than ``subject``'s (pure):
    the one named first after it in its clause, the one beaten ("L'équipage devance de 23,4
    secondes Kévin Aubert …, et de 1 min 05,8 s Sandrine Morel": hers is 1 min 05,8 s, a
    tenth walk), or the one the winner named before it beat when no one follows; else as
    ``said_of_another``. "Quel écart entre X et Y ?" asks one gap of two: either is theirs."""
    own = _words(subject)
    mine, others = _people(own, sentence, words_too=False)
    clause = re.search(r"[;.]|,\s*(?:et|mais|tandis\s+que|alors\s+que|while|whereas)\b", sentence[end:])
    stop = end + clause.start() if clause else len(sentence)
    after = sorted([(at, True) for at in mine] + [(at, False) for at in others])
    following = [is_mine for at, is_mine in after if end <= at[0] < stop]
    beaten = _BEATEN_BY.search(sentence[:start])
    # ... not when the one beaten is named before the gap: "Vitali n'a devancé Hartley que de
    # 0,094 s" is their gap (a thirteenth walk); "…, et de 1 min 05,8 s Sandrine Morel" is hers.
    named_before = beaten is not None and not re.search(r",\s*et\s+de\s*$", sentence[:start])
    if following and beaten and not (named_before and any(beaten.start() <= at[0] < start for at, _ in after)):
        return not following[0]
    # "Lucas Ferrand termine deuxième, à 4,812 secondes de Julien Marchal" is his own gap; "X
    # s'impose avec 4,812 secondes d'avance sur Y" X's lead (a review): the one named before.
    return said_of_another(subject, sentence, start, title)


# A gap that the one named after it has: "devance de 23,4 secondes Kévin Aubert", "… et de 1 min
# 05,8 s Sandrine Morel".
_BEATEN_BY = re.compile(
    r"\b(?:devanc\w*|précèd\w*|distanc\w*|bat(?:tu|tue|tus|tent|s|)|domin(?:e|é|ée|ent|ait))\b[^.;]*?\bde\s*$"
    r"|,\s*et\s+de\s*$",
    re.I,
)


def vehicle_of_another(subject: str, sentence: str, start: int, title: str, preceding: Sequence[str] = ()) -> bool:
    """Whether the vehicle at ``sentence[start:]`` is someone else's than ``subject``'s (pure):
    the one named last before it in its clause, or a crew member joined to them ("Kévin Aubert
    et son copilote Damien Petit (Citroën C3 Rally2)" is theirs; "Son frère Yannick Morel, au
    volant d'une Peugeot 208 Rally4" his, not Kévin Aubert's: a tenth walk); else as
    ``said_of_another``. One whose driver it describes ("le pilote de la Yamaha YZ450F") is
    whom that description stands for (``_described_elses``, the passage's sentences before the
    sentence ``preceding``)."""
    own = _words(subject)
    if not own:
        return False
    described = _DRIVER_OF.search(sentence, 0, start)
    if described is not None:
        # (the sentence's subject named before it stands for it: "Hugo Morel est parti en
        # tête-à-queue au premier virage, et le pilote de la Ford Fiesta RX n'a jamais pu revenir",
        # a review; not one named behind or beside, "derrière Maxime Lefort, …, le pilote de la
        # Yamaha YZ450F")
        mine, others = _people(own, sentence, words_too=False)
        subjects = sorted(
            (at, at in mine)
            for at in mine + others
            if at[1] <= described.start()
            and not _SIDE_BEFORE.search(sentence[: at[0]])
            and not _complement(sentence, at[0])
        )
        if subjects:
            return not subjects[0][1]
        # "…, a réagi la pilote de la Lola T540E" after "Nathalie Brunet … a signé deux podiums";
        # "Deuxième au départ derrière Maxime Lefort, …, le pilote de la Yamaha YZ450F" after
        # "… Romain Ducasse, 28 ans, a offert …" (a twenty-second walk gave each to another)
        return _described_elses(own, sentence, described.span(), preceding, title)
    mine, others = _people(own, sentence, words_too=False)
    opened = max((m.end() for m in re.finditer(r"[;.]|,\s*(?:et|mais)\s+de\b", sentence[:start])), default=0)
    before = sorted(
        [(at, True) for at in mine if opened <= at[0] < start]
        + [(at, False) for at in others if opened <= at[0] < start]
    )
    # (naming no one else: not "… sa Ford Fiesta Rally3 : Camille Thiriet remplace Paul Grandjean",
    # whose car it is not, a review)
    if not before and not others and _TEAM_SUBJECT.match(sentence, _clause_opening(sentence, opened)):
        # "Le Rallye Team Vosges annonce un changement dans l'habitacle de sa Ford Fiesta Rally3":
        # the team's car, which its driver drives, not the protagonist's of a title naming three
        # people (a twenty-fourth walk, once the title was the headline)
        return False
    if not before:
        after = sorted(at for at in mine + others if at[0] >= start)
        if after and re.search(
            r"\bet\s+(?:son|sa|leur)\s+[^\W\d_]+(?:\s+[^\W\d_]+)?\s*$", sentence[: after[0][0]], re.I
        ):
            # "Au volant du Toyota Hilux de l'équipe Sable Noir Racing, le Périgourdin de 34 ans
            # et son copilote belge Kevin Damhuis": the crew's, of one named before (an eleventh walk)
            return False
        crew = after[:1]
        for at in after[1:]:
            if not _TEAMED.fullmatch(sentence[crew[-1][1] : at[0]]) and not re.fullmatch(
                r"\s*,\s*", sentence[crew[-1][1] : at[0]]
            ):
                break
            crew.append(at)
        if any(at in mine for at in crew):
            return False  # "L'équipe Sable Noir Racing aligne Hugo Ferrand et Paul Roy": Paul Roy's too (a review)
        return said_of_another(subject, sentence, start, title)
    last, is_mine = before[-1]
    if is_mine:
        return False
    if re.fullmatch(r"\s*\(\s*", sentence[last[1] : start]):
        # In brackets right after a name, the car is theirs ("Kévin Aubert a devancé Sandrine Morel
        # (Peugeot 208 Rally4)": hers), or their crew's ("Kévin Aubert et Damien Petit (Citroën C3 Rally2)").
        # (not those beaten, each in their own car: "s'est imposé devant Bernard Lestrade et Patrick
        # Huet (Crossle 16F)" is Huet's, a nineteenth walk gave it to Lestrade)
        return not any(
            _TEAMED.fullmatch(sentence[at[1] : last[0]])
            and not (_BEATEN_LIST.search(sentence[: at[0]]) and not _A_CREW_WON.search(sentence[: at[0]]))
            for at, mine_too in before
            if mine_too and at[1] <= last[0]
        )
    # In prose, the one asked named in its clause ("Kévin Aubert, associé à Damien Petit, pilotera
    # une Citroën"; "Patrick Pilet … du championnat ALMS (American Le Mans Séries) sur une Porsche GT 2")
    # drives it; "Son frère Yannick Morel, au volant d'une Peugeot 208 Rally4" is his (a tenth walk).
    return not any(mine_too for _, mine_too in before)


_BEATEN_LIST = re.compile(r"\b(?:devant|ahead\s+of|beating|from)\s+$", re.I)
# A clause opening with a team as its subject: "Le Rallye Team Vosges annonce", "L'équipe Arverne
# Racing a présenté", "Brook Motorsport's".
_TEAM_SUBJECT = re.compile(
    rf"\s*(?:(?i:le|la|les|l['’]|the)\s*)?(?:(?i:équipe|écurie|team)\s+)?{A_TEAM.pattern}"  # (its capitals as written)
)


def _clause_opening(sentence: str, opened: int) -> int:
    """Where the clause at ``opened`` starts, past a dateline's dash ("Gérardmer, le 9 janvier
    2026 — Le Rallye …") (pure)."""
    dash = re.match(r"[^—–]{0,80}\d{4}\s*[—–-]\s*", sentence[opened:])
    return opened + (dash.end() if dash else 0)


# Winners named as a crew before them: "Julien Costa et Jean Roussel se sont imposés devant …" (a
# crew beaten then is one too, its car shared: a review)
_A_CREW_WON = re.compile(r"\bet\s+[A-ZÀ-Ý][\w’'-]+(?:\s+[A-ZÀ-Ý][\w’'-]+)*\s+(?:se\s+sont|ont)\b")
_ARTICLE_BEFORE = re.compile(r"(?:\b(?:le|la|les|du|au|aux|des|the)\s+|\bl['’]\s*)$", re.I)


def _an_event_named(sentence: str, at: tuple[int, int]) -> bool:
    """Whether the name at ``sentence[at]`` is an event's or a place's read as a person's: an
    article before it and one inside it ("le Petit Le Mans"); not "the Italian Sofia Bianchi",
    "le Néo-Zélandais Hayden Paddon" (a review) (pure)."""
    inside = re.search(r"(?<=\s)(?:Le|La|Les|Du|Des|De)\b", sentence[at[0] : at[1]])
    return inside is not None and _ARTICLE_BEFORE.search(sentence[: at[0]]) is not None


# Between two people of one car: "et", "/", "et son copilote", ", associé à", ", épaulé par", "avec".
_TEAMED = re.compile(
    r"\s*(?:/|,?\s*(?:et|and|avec|with)(?:\s+(?:son|sa|leur|his|her|their)\s+[^\W\d_][\w-]*)?"
    r"|,\s*(?:associée?|épaulée?|accompagnée?|copilotée?)\s+(?:à|par)|,\s*(?:partnered|joined)\s+by)\s*",
    re.I,
)


def said_of_another(subject: str, sentence: str, start: int, title: str, preceding: Sequence[str] = ()) -> bool:
    """Whether the value at ``sentence[start:]`` is said of someone other than ``subject``
    (pure): the person named nearest before it, a noun's complement aside, else the first named
    after it, neither a complement nor placed against ("… devant Romain Castex"), else the
    text's protagonist. "Théo Marchal a signé la pole en 1'38"204, devant son cousin Julien
    Marchal" is Théo's time (an eighth walk gave it to Julien, asked in a follow-up)."""
    own = _words(subject)
    if not own:
        return False
    mine, others = _people(own, sentence, words_too=False)  # "Fontaine" of "d'Élodie Fontaine" is that name's
    latter = _THE_LATTER_NAMED.search(sentence, 0, start)
    if (
        latter is not None
        and not any(latter.end() <= at[0] < start for at in mine + others)
        and not any(at[0] >= start for at in mine + others)  # "… en 1'38"412 de Luc Blanc" is his (a review)
    ):
        # "…, ce dernier, âgé de 17 ans, a réalisé le meilleur tour … en 1 min 38,412 s" is the one
        # named last before (``preceding``: the passage's sentences before; a thirteenth walk
        # gave Léna Voisin Samuel Obiang's time).
        return _described_elses(own, sentence, (latter.end(), latter.end()), preceding, title)
    people = sorted([(at, True) for at in mine] + [(at, False) for at in others])
    # A noun's complement is not whom it is said of, but a value's is: "Le chrono de Julien
    # Marchal, 1'38"204, …" (a review).
    before = [
        (at, is_mine)
        for at, is_mine in people
        if at[1] <= start and (not _complement(sentence, at[0]) or _VALUE_OF.search(sentence[: at[0]]))
    ]
    if before:
        # (a crew named last is one: "Kévin Pellegrin et Laurent Giraud (Volkswagen Polo GTI R5)
        # comptaient 9"6 d'avance" is the driver's lead too, a twenty-fourth walk refused it)
        crew = [before[-1]]
        for at, is_mine in reversed(before[:-1]):
            if not re.fullmatch(r"\s*(?:/|et|and|&)\s*", sentence[at[1] : crew[-1][0][0]]):  # (not "X, avec Y")
                break
            crew.append((at, is_mine))
        return not any(is_mine for _, is_mine in crew)
    pronoun = _A_SUBJECT_PRONOUN.match(sentence)
    if pronoun is not None:
        # "Il boucle le parcours en 19 h 48 min 02 s, avec 6 min 33 s d'avance sur l'Italien
        # Stefano Ricci" after "… la victoire revient à Benjamin Carrel": the pronoun's person (a
        # twenty-first walk refused Carrel's time, given to Ricci)
        return _described_elses(own, sentence, pronoun.span(), preceding, title)
    # The first named after it, unless a complement or placed against: "… sur les routes du
    # Cap Corse", "… devant Romain Castex et Yann Le Goff" name no one the origin is said of
    # (an eighth walk's cousins): then the protagonist.
    for at, is_mine in (p for p in people if p[0][0] >= start):
        if _complement(sentence, at[0]):
            continue  # "le coéquipier de Marc Durand, Hugo Bernard, …": on to Hugo Bernard (a review)
        if _SIDE_BEFORE.search(_DESCRIBED_LAST.sub("", sentence[: at[0]])):
            break  # (and "sur l'Italien Stefano Ricci")
        return not is_mine
    return _protagonist_elses(own, title)


# A vehicle's driver described by it, right before it: "le pilote de la Yamaha YZ450F", "la pilote
# de la Lola T540E", "the rider of the Honda".
_DRIVER_OF = re.compile(
    # (the span may hold the article: "la Lola T540E")
    r"\b(?:le|la|the)\s+(?:pilote|rider|driver)\s+(?:de\s+(?:la\s+|l['’]\s*)?|du\s+|des\s+|of\s+(?:the\s+)?)$",
    re.I,
)


# A sentence's subject said by a pronoun: "Il boucle le parcours en …", "She won by …".
# (not an impersonal "il": "Il a fallu attendre dimanche …", a review)
_A_SUBJECT_PRONOUN = re.compile(
    r"\W*(?:il|elle|he|she)\b(?!\s+(?:y\s+(?:a|avait|aura)|fait|faisait|faut|fallait|faudra|a\s+fallu|s['’]agit"
    r"|s['’]agissait|reste|restait|manque|manquait|suffit|suffisait|semble|semblait|paraît|pleut|pleuvait|neige"
    r"|est\s+(?:\w+\s+)?(?:de|d['’]|que|qu['’])|était\s+(?:\w+\s+)?(?:de|d['’]|que|qu['’])))",
    re.I,
)
# An article and a capitalised word right before a name: "l'Italien ", "le Belge ".
_DESCRIBED_LAST = re.compile(r"(?:\b(?:le|la|les|the)\s+|\bl['’]\s*)[A-ZÀ-Ý][\w-]*\s+$")


# A value's noun before its owner's name: "le chrono de", "le temps de", "the time of".
_VALUE_OF = re.compile(
    r"\b(?:chrono|temps|record|meilleur\s+tour|tour|place|rang|classement|time|lap|position)\s+(?:de|du|d['’]|of)\s*$",
    re.IGNORECASE,
)


def _complement(sentence: str, at: int) -> bool:
    """Whether the name at ``sentence[at:]`` completes a noun ("le coéquipier d'Élodie Fontaine")."""
    return bool(re.search(r"(?:\b(?:de|du|des)\s+|\bd['’]\s*)$", sentence[max(0, at - 4) : at], re.I))


def _alike(word: str, other: str) -> bool:
    """Whether two words of names are one, or one slip of the keyboard apart when both have 4
    letters or more ("Vernie" typed for "Vernier", "Castor" for "Castro"; a third walk) (pure)."""
    from paddockqa.lexical import one_slip

    if word == other:
        return True
    if min(len(word), len(other)) < 4:
        return False
    replaced = len(word) == len(other) and sum(a != b for a, b in zip(word, other)) == 1
    return replaced or other in one_slip(word)


def same_person(words: set[str], own: set[str]) -> bool:
    """Whether a name's words and the subject's name one person (pure): every word of the
    shorter is a word of the longer, or one slip from it ("Ferrand" is Hugo Ferrand, "Lucas
    Vernie" Lucas Vernier; "Théo Laborde" is not Vincent Laborde). A word under 4 letters may
    be one slip away where another word of the shorter name is the longer's as written:
    "Yoann Gal" is Yoann Le Gall (a third walk), "Gal" alone is no one."""
    if not words or not own:
        return False
    fewer, more = (words, own) if len(words) <= len(own) else (own, words)
    if all(any(_alike(w, m) for m in more) for w in fewer):
        return True
    from paddockqa.lexical import one_slip

    same = {w for w in fewer if w in more and len(w) >= 4}
    return bool(same) and all(w in same or any(m in one_slip(w) for m in more) for w in fewer - same)


def same_name(name: str, other: str) -> bool:
    """``same_person`` for two names as written (pure): their telling words, accents folded."""
    return same_person(_words(name), _words(other))


def _people(
    own: set[str], sentence: str, words_too: bool = True
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Where ``sentence`` names the subject (its words ``own``: a name of the subject's or one
    of its words outside another person's name) and where it names other people (pure)."""
    from paddockqa.conversation import is_person
    from paddockqa.lexical import fold_accents

    # A capitalised word without a telling word is no one ("KR", a kart's chassis, was another
    # person beside "Âgée de 14 ans" in a fourth walk); a person's name always has one.
    named = [(at, _words(name)) for at, name in _named(sentence) if is_person(name) or set() < _words(name) <= own]
    # One slip of the keyboard counts only where no name is the subject's as written: "Julie
    # Martin" asked beside "Julien Martin, 27 ans, et sa sœur Julie Martin" is her.
    exact = any(words <= own or own <= words for _, words in named if words)
    people = [(at, (words <= own or own <= words) if exact else same_person(words, own)) for at, words in named]
    # Folded character by character, so that offsets stay ("é" -> "e", a lone accent kept).
    folded = "".join((fold_accents(c) or c)[0] for c in sentence.lower())
    # Not a name an article opens, an event's or a place's: "le Petit Le Mans (20 octobre) avec
    # Muscle Milk Pickett Racing" is Romain Dumas's team (the press set, lost for a commit).
    others = [at for at, subject_named in people if not subject_named and not _an_event_named(sentence, at)]
    mine = [at for at, subject_named in people if subject_named]
    mine += (
        []
        if not words_too
        else [
            m.span()
            for w in own
            for m in re.finditer(rf"(?<!\w){re.escape(w)}(?!\w)", folded)
            if not any(a <= m.start() < b for (a, b) in others)  # "Laborde" inside "Théo Laborde" is not him
        ]
    )
    return mine, others


def _protagonist_elses(own: set[str], title: str) -> bool:
    """Whether the text's protagonist, the first person its ``title`` names, is someone other
    than the subject (its words ``own``); False when the title names no one (pure)."""
    protagonist = _protagonist(title)
    # One person, not a shared first name: "Léa Dumas" titled is not Léa Fontaine (a fourth walk's
    # chat gave Léa Fontaine the age of "Âgée de 14 ans, la pilote angevine…", Léa Dumas's).
    return protagonist is not None and not same_person(_words(protagonist), own)


def _protagonist(title: str) -> str | None:
    """The first person a text's ``title`` names, its protagonist, or None (pure)."""
    from paddockqa.conversation import is_person, names

    cased = _cased(title)
    # Not a place a title names like a person: "Après avoir brillé à Pikes Peak, … Romain Dumas"
    # is Romain Dumas's text (the press set's "ville natale" question).
    return next(
        (
            name
            for name in names(cased)
            if is_person(name) and not re.search(r"\b(?:à|au|aux|en|sur|at|in)\s+$", cased[: max(cased.find(name), 0)])
        ),
        None,
    )


# A noun an age describes, right before the age's number: "le pilote italien de 24 ans", "Le
# Français de 29 ans", "l'Italien de 24 ans"; or the age opening a clause before its noun:
# "Âgée de 14 ans, la pilote angevine…". A name right after the age is who it describes ("Le
# coureur de 22 ans Thomas Keller"), as is one in apposition right before the noun ("Enzo
# Marchetti, le pilote italien de 24 ans").
# The noun names a person: a demonym (capitalised: "Le Français") or a noun of the list; "l'âge
# de neuf ans" describes no one (PIAF's "Soubise est donc orphelin à l'âge de neuf ans").
_PERSON_NOUNS = (
    "pilote|pilotes|coureur|coureuse|copilote|équipier|équipière|coéquipier|coéquipière|jeune|champion"
    "|championne|vainqueur|lauréat|lauréate|leader|rookie|vétéran|vétérane|espoir|cadet|cadette|benjamin"
    "|benjamine|sociétaire|protégé|protégée|motard|cycliste|homme|femme|garçon|fille|adolescent|adolescente"
    "|ancien|ancienne|natif|native|sportif|sportive|tricolore|patron|patronne|fondateur|fondatrice|directeur"
    "|directrice|manager|ingénieur|ingénieure|mécanicien|mécanicienne|navigateur|navigatrice|skieur|skieuse"
    # (a team's head, a family's, an age's: "Le dirigeant de 51 ans, ancien pilote de speedway" after
    # "dirigée par Pascal Guérin", an eighteenth walk refused his age)
    "|dirigeant|dirigeante|président|présidente|gérant|gérante|responsable|propriétaire|aîné|aînée"
    "|débutant|débutante|étudiant|étudiante|retraité|retraitée|trentenaire|quadragénaire|quinquagénaire"
    "|sexagénaire|quadra|quinqua"
    # (relatives: "Le frère et la sœur, de Sisteron", a twenty-fourth walk)
    "|frère|sœur|soeur|père|mère|fils|cousin|cousine|jumeau|jumelle|époux|épouse|mari"
)
# Or a noun of someone's trade or origin by its ending ("routier", "Montalbanais" in small letters).
_PERSON_ENDINGS = r"[a-zà-ÿ]+(?:eur|euse|ier|ière|iste|ien|ienne|ais|aise|ois|oise|ard|arde)"
_PERSON_NOUN = re.compile(rf"(?:{_PERSON_NOUNS}|{_PERSON_ENDINGS})", re.I)
_PERSON_NOUN_SET = frozenset(_PERSON_NOUNS.split("|"))
# An article, its noun (``_person_noun`` checks it names someone) and up to two more words.
_NOUN_PHRASE = r"(?i:le|la|l['’])\s*[^\W\d_][\w-]*(?:\s+(?!(?i:de|du|des)\b)[^\W\d_][\w-]*){0,2}"
_ARTICLE = re.compile(r"(?i:le|la|l['’])\s*")


def _person_noun(phrase: str) -> bool:
    """Whether the noun after a phrase's article names someone (pure): a noun of the list or
    of a trade's ending in small letters ("pilote", "routier"), or a demonym ("Le Français",
    "la Marseillaise"); not a place or a team ("La Châtre", "la Scuderia": a review)."""
    from paddockqa.answer_type import is_demonym

    article = _ARTICLE.match(phrase)
    # (its word alone: "Le Savoyard, 31 ans" is no "Savoyard,", a thirteenth walk)
    word = re.match(r"[\w-]+", phrase[article.end() :]) if article else None
    noun = word.group() if word else ""
    if noun[:1].isupper():
        return is_demonym(noun) or noun.lower() in _PERSON_NOUN_SET
    return _PERSON_NOUN.fullmatch(noun) is not None


# The age after the noun ("le pilote italien de 24 ans"), in apposition to it and its place ("Le
# routier de Montauban, 52 ans", a fifth walk), or opening the clause ("Âgée de 14 ans, la…").
_DESCRIBED_AGE = re.compile(
    rf"(?:\b{_NOUN_PHRASE}\s+de|\b{_NOUN_PHRASE}(?:\s+(?:de|du|d['’])\s*[A-ZÀ-Ý][\w-]*)?\s*,"
    r"|(?:^|[,;–—]\s*)(?i:[âa]g[ée]e?s?)\s+de"
    r"|\b(?i:the))\s*$"  # "The 25-year-old from Leeds will drive …" (a tenth walk)
)
# (and "-year-old from Leeds": "the 19-year-old from Leeds, Tom Baker" is his, a review)
_AGE_END = re.compile(r"[\w\s-]{0,20}?\bans\b|-year-old\b(?:\s+from\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)?", re.I)
# An origin in apposition to such a noun: "le pilote italien de 24 ans, originaire de Rimini".
# The nouns a rider's town follows, "le pilote de Vesoul", "le transporteur de Saint-Quentin": not
# "champion" ("le champion de France" is a title), nor "vainqueur" ("le vainqueur de Nogaro" is a
# race's), nor a noun of someone's other ("le coéquipier de Morel", "le préparateur de Roux").
TOWNS_RIDER = (
    r"pilote|coureur|coureuse|motard|motarde|skieur|skieuse|cycliste"
    r"|(?!(?:co)?équipi|mécanici|navigat|direct|fondat|préparat|organisat|animat|promot|constructe)"
    r"[a-zà-ÿ]+(?:teur|trice|ier|ière|iste|ien|ienne)"
)
# A town after such a noun, one capitalised word (hyphens kept: "Saint-Quentin"), not a make, a
# series or a title ("le pilote de Formule Ford", "le pilote de Peugeot", "le pilote de France").
_A_RIDERS_TOWN = re.compile(
    rf"\b(?:[Ll]e|[Ll]a)\s+(?i:{TOWNS_RIDER})\s+(?:de\s+|d['’]\s*)([A-ZÀ-Ý][\w’'-]+)(?![\w’'-])(?!\s+(?:[A-ZÀ-Ý]|\d))"
)
_NOT_TOWNS = frozenset(
    "france formule formula rallye coupe trophée championnat grand moto gt williams sauber haas rebellion caterham"
    " tatuus prema".split()
)


def riders_towns(text: str) -> list[tuple[int, int]]:
    """Where a text names a rider by their town, the town's offsets ("Vesoul" of "confie le
    pilote de Vesoul, âgé de 34 ans") (pure): not a make, a series, a title or a country's title."""
    from paddockqa.conversation import MAKES

    def a_surname(word: str) -> bool:  # said after a first name elsewhere: "Didier Morel"
        return re.search(rf"[A-ZÀ-Ý][\w’'-]+\s+{re.escape(word)}(?![\w’'-])", text) is not None

    return [
        m.span(1)
        for m in _A_RIDERS_TOWN.finditer(text)
        if m.group(1).lower() not in MAKES | _NOT_TOWNS and not a_surname(m.group(1))
    ]


_RELATIVES = r"frères?|sœurs?|soeurs?|pères?|mères?|fils|filles?|cousins?|cousines?|jumeaux|jumelles|époux|couple"
_DESCRIBED_ORIGIN = re.compile(
    rf"\b{_NOUN_PHRASE}(?:\s+de\s+(?:\d+|[^\W\d_]+(?:\s+et\s+[^\W\d_]+)?)\s+ans)?\s*,?\s*"
    r"(?i:originaires?|natif|native|née?|issue?)\s+(?:de\s+|du\s+|des\s+|d['’]\s*|à\s+|au\s+|aux\s+|en\s+)$"
    r"|\b(?i:the)\s+\d+-year-old\s+(?i:from)\s+$"  # "The 29-year-old from Monterrey" (a thirteenth walk)
    # "confie le pilote de Vesoul, âgé de 34 ans", "le pilote de Luçon … a gagné" (a nineteenth walk)
    rf"|\b(?i:le|la)\s+(?i:{TOWNS_RIDER})\s+(?:de\s+|d['’]\s*)$"
    # relatives standing for those named before: "Le frère et la sœur, de Sisteron, disputaient …"
    # after "N3 : Julien Gras / Pauline Gras" (a twenty-fourth walk gave it to Fabrice Reynaud)
    rf"|\b(?i:le|la|les|l['’])\s*(?i:deux\s+)?(?i:{_RELATIVES})(?:\s+(?i:et)\s+(?i:le|la|l['’])\s*(?i:{_RELATIVES}))?"
    r"\s*,\s*(?:de\s+|du\s+|des\s+|d['’]\s*)$"
)  # "Le pilote de 24 ans, né à Ajaccio" (an eighth walk's cousin)
# A demonym (its group) saying who spoke a quote, after the speech's verb: "», a expliqué le
# Toulonnais de 52 ans", "a déclaré la Lyonnaise".
SPOKEN_BY_DEMONYM = re.compile(
    r"\b(?:a|avait)\s+(?:expliqué|déclaré|confié|ajouté|souligné|lancé|reconnu|résumé|analysé|commenté|raconté|confirmé)"
    r"\s+(?:le|la|l['’])\s*([A-ZÀ-Ý][\w-]+)(?![\w-])(?!\s+[A-ZÀ-Ý])"  # (not "a confié le Niçois Luc Blanc", a review)
)
_DEMONYM_OPENS = re.compile(r"\s*(?:[^,.;]{1,30},\s*)?(?i:le|la|l['’])\s*")
_ORIGIN_END = re.compile(r"[^\W\d_][\w'’-]*(?:[\s-]+(?:(?:de|du|des|la|le|sur|en)\s+|[dl]['’])?[A-ZÀ-Ý][\w'’-]*)*")
_BESIDE = re.compile(r"\s*,?\s*")  # what may stand between a noun and a name in apposition


def _description(
    sentence: str, start: int, end: int, described: re.Pattern[str], ends: re.Pattern[str]
) -> tuple[int, int] | None:
    """Where the noun phrase stands that the value at ``sentence[start:]`` describes (its
    article to the value's end, ``ends`` matching the rest of the value after ``end``), when
    the text before the value is one (``described``); None otherwise (pure)."""
    phrase = described.search(sentence, 0, start)
    if phrase is None or any(a < phrase.start() < b for (a, b), _ in _named(sentence)):
        return None  # "Yoann Le Roux, 29 ans": "Le Roux" is the end of a name, no noun
    if _ARTICLE.match(phrase.group()) and not _person_noun(phrase.group()):
        return None  # "vainqueur à La Châtre, 24 ans": a place, no one's description
    rest = ends.match(sentence, end)
    return phrase.start(), rest.end() if rest else end


# An age opening its sentence before the noun it describes: "À 22 ans, le Vendéen devient …" (a
# thirteenth walk gave it to the release's protagonist, the winner named two sentences before).
_AGE_OPENING = re.compile(r"(?:^|[;–—]\s*)[Àà]\s*$")
_NOUN_AFTER_AGE = re.compile(rf"\s*ans\s*,\s*({_NOUN_PHRASE})")


def _described_after(sentence: str, start: int, end: int) -> tuple[int, int] | None:
    """Where "À 22 ans, le Vendéen" stands when the age at ``sentence[start:end]`` opens it and
    a noun naming someone follows (``_person_noun``), else None (pure)."""
    opening = _AGE_OPENING.search(sentence, 0, start)
    noun = _NOUN_AFTER_AGE.match(sentence, end)
    if opening is None or noun is None or not _person_noun(noun.group(1)):
        return None
    return opening.start(), noun.end()


# "ce dernier, âgé de 17 ans": the last one named before, whatever their place in the sentence.
_THE_LATTER = re.compile(rf"\b(?:{_LATTER_WORDS}|the\s+latter)\s*,?\s*$", re.I)
# (a pronoun: before a comma or a verb, not "cette dernière séance", "Ce dernier week-end": a review)
_THE_LATTER_NAMED = re.compile(
    rf"\b(?:{_LATTER_WORDS}|the\s+latter)"
    r"(?=\s*,|\s+(?:a|avait|est|était|s['’]|se|n['’]|ne|qui|had|has|was|is)\b)",
    re.I,
)
# "…, ce dernier, …" after an opening clause: its subject, the one named last before.
_THE_LATTER_AFTER = re.compile(rf"\s*,\s*(?:{_LATTER_WORDS})\b", re.I)
_THE_LATTER_SUBJECT = re.compile(rf",\s*(?:{_LATTER_WORDS})\s*,", re.I)
# A sentence whose subject is a pronoun: those it names are not whom a description stands for
# ("Il a pris la tête … en dépassant Romain Issartel. Le pilote de 20 ans …" is the one before).
_PRONOUN_SUBJECT = re.compile(r"\s*(?:[«\"]\s*)?(?:Il|Elle|He|She)\b")
# Words that give a result to the one after them: "la victoire revient à Sophie Marchal".
_GOES_TO = re.compile(
    r"\b(?:revient|revenu|revenue|reviennent|échoit|échu|échue|went|goes)\s+(?:à|au|aux|to)\s+$", re.I
)


def _surnames(texts: Sequence[str]) -> dict[str, str]:
    """The people ``texts`` name in full, by their last word folded ("berthaud" -> "Théo
    Berthaud"), for a surname alone that stands for one (pure)."""
    from paddockqa.conversation import is_person
    from paddockqa.lexical import fold_accents

    return {
        fold_accents(name.split()[-1].lower()): name for text in texts for _, name in _named(text) if is_person(name)
    }


_A_RIDERS_VERB = re.compile(
    r"\s+(?:a\s+(?:pris|signé|remporté|devancé|terminé|mené|résisté|gagné|conservé|dépassé|chuté|abandonné|dominé)"
    r"|s['’]\s*(?:impose|est\s+imposée?)|termine|devance|remporte|signe|prend|won|took|finished|crashed|retired)\b"
)
_SURNAME_SUBJECT = re.compile(
    r"\s+(?:a|ont|avait|est|était|s['’]|se|signe|termine|prend|remporte|conserve|devance|domine|gagne|mène"
    r"|has|had|was|won|took|led|finished)\b"
)


def _named_in_order(earlier: str, own: set[str], surnames: dict[str, str]) -> list[tuple[int, str | None, bool]]:
    """The people a sentence names, in order (pure): each as (offset, full name or None for the
    subject's surname alone, whether said as a complement, compared or in brackets). Not a
    dateline's place; a surname alone is the subject's (one of ``own``) or the one ``surnames``
    names in full ("Course 1 : parti de la pole, Berthaud a résisté …"), or a verb's subject
    after an opening clause ("À la relance, Bérard a pris …")."""
    from paddockqa.conversation import MAKES, is_person
    from paddockqa.lexical import fold_accents

    dated = re.search(r"\b\d{4}\s*[–—]\s*", earlier[:120])
    first = dated.end() if dated else 0
    named = _named(earlier)
    # (not a heading's label: "Super Buggy : Killian Bourdais …", a sixteenth walk)
    full = [
        (at, name)
        for at, name in named
        if is_person(name)
        and at[0] >= first
        and not (at[0] == first and re.match(r"\s*(?:\([^()]*\))?\s*:(?!\s*[«\"“])", earlier[at[1] :]))
    ]
    found: list[tuple[int, str | None]] = [(at[0], name) for at, name in full]
    for m in re.finditer(r"(?<![\w'’-])[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?(?![\w'’-])", earlier):
        # Not a word of another name: "Team Horizon Bleu a annoncé l'arrivée de Mathilde Rouvier"
        # names no "Bleu" (a fourteenth walk took the team for the one "La Grenobloise" stands for).
        if m.start() < first or any(a <= m.start() < b and " " in name for (a, b), name in named):
            continue
        word = fold_accents(m.group().lower())
        if word in own:
            found.append((m.start(), None))
        elif word in surnames:
            found.append((m.start(), surnames[word]))
        elif (
            _a_surname(m.group())
            and word not in MAKES
            and (
                (re.search(r"[,;:]\s*$", earlier[first : m.start()]) and _SURNAME_SUBJECT.match(earlier, m.end()))
                # opening its sentence, with a verb only a person's ("Bérard a pris le meilleur au
                # départ"; not "Nogaro a accueilli", "Nantes est la ville de …": a review)
                or (not earlier[first : m.start()].strip() and _A_RIDERS_VERB.match(earlier, m.end()))
            )
        ):
            # a surname the passage never gives in full, a verb's subject: "À la relance, Bérard
            # a pris le meilleur …" before "Le Niçois de 30 ans" (a fourteenth walk gave his age
            # to Pauline Sarrat)
            found.append((m.start(), m.group()))

    def aside(at: int) -> bool:
        before = earlier[:at]
        if _FORMED_BY.search(before) or _GOES_TO.search(before) or _WIN_OF.search(before):
            return False
        return bool(_SIDE_BEFORE.search(before) or _BY_A_MARGIN.search(before)) or before.count("(") > before.count(")")

    ordered: list[tuple[int, str | None, bool]] = []
    for at, name in sorted(found, key=lambda x: x[0]):
        side = aside(at)
        if not side and ordered and ordered[-1][2] and _JOINED_AFTER.fullmatch(_between(earlier, ordered[-1], at)):
            side = True  # the second of two beaten: "devant Romain Lheureux et Benoît Carlier"
        ordered.append((at, name, side))
    return ordered


def _between(text: str, named: tuple[int, str | None, bool], at: int) -> str:
    """What stands between a name found at ``named`` and ``at``: a bracket, "et" (pure)."""
    end = named[0] + len(named[1] or "")
    return _A_BRACKET.sub("", text[end:at]) if end <= at else "x"


_JOINED_AFTER = re.compile(r"\s*(?:et|and|&|/|,)\s*")
# The winner after the words of a win: "par la victoire de Yannick Delattre et Claire Vasseur".
_WIN_OF = re.compile(
    r"\b(?:victoire|succès|triomphe)\s+(?:de|du|d['’])\s*(?:l['’]\s*équipage\s+(?:[a-zà-ÿ]+\s+)?)?$", re.I
)


# One beaten by a margin said before them: "Ils devancent de 22,4 s Romain Lheureux …, et de 47,1 s
# Arthur Dumesnil" (a sixteenth walk gave the winner's trade to the second).
_BY_A_MARGIN = re.compile(
    r"(?:\bde|\bby)\s+\d[\d,.'\"’]*(?:\s*(?:h|min|mn)\s*\d[\d,.'\"’]*)*\s*(?:s|sec\w*|pts|points?|min|tours?|laps?)?\s*$",
    re.I,
)


# A verb taking the one named after it as its object: "passed", "a dépassé", "devance", "beat".
# (conjugated: not "le double champion", "l'édition précédente", a review)
_A_VERB_BEFORE_OBJECT = re.compile(
    r"\b(?:passed|overtook|beat|beats|edged|pipped|dépass(?:e|é|ent|ait|ant)|devanc(?:e|é|ent|ait)|devançait|devançant"
    r"|bat|battu|battait|précéd(?:é|ait))\s+(?:[^\W\d_]+\s+){0,2}$",
    re.I,
)


_SUBJECTS_REACH = 60  # characters into a sentence a phrase may start and still be its subject


def _acted_on_after(own: set[str], sentence: str, start: int) -> bool:
    """Whether the subject (its words ``own``) is named after ``sentence[start]`` as the object
    of a verb (``_A_VERB_BEFORE_OBJECT``: "…, passed Bernardeau") (pure)."""
    later = [at for at in _people(own, sentence, words_too=False)[0] if at[0] >= start]
    return bool(later) and _A_VERB_BEFORE_OBJECT.search(sentence[start : later[0][0]]) is not None


def _described_elses(
    own: set[str], sentence: str, described: tuple[int, int], preceding: Sequence[str], title: str
) -> bool:
    """Whether the person a noun phrase (``sentence[described]``) stands for is someone other
    than the subject (its words ``own``) (pure): a person named right beside the phrase, in
    apposition, else the first person of the nearest sentence of ``preceding`` that names one
    (the passage's sentences before this one, nearest last; "Mugello, le 2 juin 2024 – Enzo
    Marchetti a offert…" before "…, le pilote italien de 24 ans, …"), else the text's protagonist.
    A name further on in the sentence is another person ("… a franchi la ligne à 3,412 secondes
    du vainqueur, Marco Ferrante", a fourth walk's age and origin given to the winner)."""
    from paddockqa.conversation import genders_said

    mine, others = _people(own, sentence, words_too=False)
    a, b = described

    def next_to(at: tuple[int, int]) -> bool:  # inside the phrase, in apposition right before it, or right after
        if a <= at[0] and at[1] <= b:
            return not _complement(sentence, at[0])  # "le Tricolore Hugo Ferrand, 34 ans"; not "le coéquipier de X"
        if at[1] <= a:
            return _BESIDE.fullmatch(sentence[at[1] : a]) is not None
        return at[0] >= b and _BESIDE.fullmatch(sentence[b : at[0]]) is not None

    beside = [(at, is_mine) for ats, is_mine in ((mine, True), (others, False)) for at in ats if next_to(at)]
    if beside:
        return not beside[0][1]
    if a <= _SUBJECTS_REACH and _acted_on_after(own, sentence, b):
        # The phrase the sentence's subject, the subject asked its verb's object: "In Race 2, the
        # 20-year-old Swede from Uddevalla, …, passed Bernardeau" is not Bernardeau's (a
        # twenty-second walk gave her the Swede's age and town)
        return True
    surnames = _surnames([*preceding, sentence])
    agent = _agent_of_the_noun(sentence[a:b], preceding, own, surnames)
    if agent is not None:
        return agent
    if _PARTNER_OPENS.match(sentence[:b]):
        return _partner_elses(own, preceding, surnames)
    if _THE_LATTER.search(sentence[:a]) or _THE_LATTER_AFTER.match(sentence, b):
        # "… avec Samuel Obiang. Né à Libreville …, ce dernier, âgé de 17 ans, …" (a thirteenth walk);
        # "… sacré avec 18 points d'avance sur Guyot. Âgé de 19 ans, ce dernier …" (a fifteenth walk
        # gave it to the champion)
        nearer = list(reversed(preceding[-DESCRIBED_REACH:]))
        # (the partner a sentence before opened with and named no one: "Sa copilote, comptable à
        # Épernay, a guidé l'équipage … Âgée de 38 ans, cette dernière …", a seventeenth walk gave
        # it to the driver)
        partner = next(
            (i for i, e in enumerate(nearer) if _PARTNER_OPENS.match(e) or _named_in_order(e, own, surnames)), None
        )
        if (
            partner is not None
            and not _named_in_order(sentence[:a], own, surnames)
            and not _named_in_order(nearer[partner], own, surnames)
        ):
            # (the crew named before it, else in the title; neither named: as before)
            crewed = _partner(own, preceding[: len(preceding) - partner - 1], surnames)
            if crewed is None and title:
                crewed = _partner(own, [title], surnames)
            if crewed is not None:
                return crewed != "" and not same_person(_words(crewed), own)
        elses = _last_named_elses(own, (sentence[:a], *nearer), surnames)
        return _protagonist_elses(own, title) if elses is None else elses
    # A description saying a win is the winner's: "Le Marseillais de 27 ans signe sa cinquième
    # victoire" after "X a remporté la première course …. Pierre Servant complète le podium." (a
    # fifteenth walk gave X's age to the third)
    # (not one placed below it: "Le Lyonnais de 22 ans, vainqueur ici l'an dernier, doit se contenter
    # de la troisième place", a review)
    won = (
        _WON.search(sentence) is not None
        and not _PLACED_BELOW.search(sentence)
        and any(_WON.search(e) for e in preceding[-DESCRIBED_REACH:])
    )
    for earlier in reversed(preceding[-DESCRIBED_REACH:]):
        if pronoun := _PRONOUN_SUBJECT.match(earlier):
            # "Il a pris la tête … en dépassant Romain Issartel" (a thirteenth walk); its last
            # clause's own subject is named: "Il s'impose …, tandis que Lena Hofmann complète le
            # podium. L'Allemande, 18 ans, …" (a fifteenth walk gave Morel her origin)
            joins = [m.end() for m in _CLAUSE_JOIN.finditer(earlier) if _a_clause(earlier[m.end() :])]
            last = [
                name
                for at, name, aside in _named_in_order(earlier, own, surnames)
                if joins and at >= joins[-1] and (not aside or not earlier[joins[-1] : at].strip())
            ]
            # (only a phrase of the other gender than the pronoun's: "Il s'impose …, tandis que
            # Marc Noir complète le podium. Le Marseillais de 27 ans" may be either, as before)
            gender = _phrase_gender(sentence[a:b])
            if gender is None and re.search(r"(?:aise|oise|ande|ienne|éenne|aine|arde)\b", sentence[a:b]):
                gender = "f"  # a demonym said of a woman ("L'Allemande, 18 ans")
            said = "f" if re.search(r"Elle|She", pronoun.group()) else "m"
            if not last or gender is None or gender == said:
                continue
            return last[0] is not None and not same_person(_words(last[0]), own)
        if won and not _WON.search(earlier) and _PLACED_BELOW.search(earlier):
            continue  # (one placed below the winner; not "Berthaud a résisté … à la pression de X")
        # People in order, a dateline's place aside ("Brands Hatch (Kent), 12 October 2025 – Harriet
        # Cole …", a walk), a surname alone too ("Course 1 : …, Berthaud a résisté …", "" for the
        # subject's own: a thirteenth walk).
        ordered = [(at, name or "", aside) for at, name, aside in _named_in_order(earlier, own, surnames)]
        if ordered:
            # Not one named as a complement or compared ("…, soit 12,4 secondes de mieux que Hugo
            # Ferrand" before "Âgée de 28 ans, la pilote…", the winner Léa Marchand's): then the
            # protagonist (a fifth walk's rule, caught by the test suite's Cévennes release).
            # "L'équipage formé par Lucas Ferrand et sa copilote Amélie Roux": "par" names the
            # crew here. Of two, the one of the phrase's gender: "Âgé de 29 ans, le pilote…" is
            # not "sa copilote Amélie Roux" (a ninth walk gave her his age). Of two clauses, the
            # last's: "X n'a devancé Y que de 0,094 s, tandis que le Français Baptiste Lorieux …
            # décrochait la troisième place. À 22 ans, le Vendéen …" (a thirteenth walk).
            subjects: list[str] = []
            # (a clause with words of its own: ", et Julien Soulé (Honda …)." ends a list, a
            # fifteenth walk gave the winner's age to the third)
            joins = [m.end() for m in _CLAUSE_JOIN.finditer(earlier) if _a_clause(earlier[m.end() :])]
            for opened in reversed([0, *joins]):
                # (the one opening a clause is its subject: "…, tandis que Lena Hofmann complète …")
                subjects = [
                    name
                    for at, name, aside in ordered
                    if at >= opened and (not aside or not earlier[opened:at].strip())
                ]
                if subjects:
                    break
            if subjects[:1] == [""]:
                return False
            gender = _phrase_gender(sentence[a:b])
            if gender is not None and len(subjects) > 1:
                known = genders_said(earlier)
                # those said of its gender first, then those of no gender said
                subjects = (
                    sorted((n for n in subjects if known.get(n, gender) == gender), key=lambda n: n not in known)
                    or subjects
                )
            if subjects[:1] == [""]:
                return False
            return not same_person(_words(subjects[0]), own) if subjects else _protagonist_elses(own, title)
    return _protagonist_elses(own, title)


def _agent_of_the_noun(phrase: str, preceding: Sequence[str], own: set[str], surnames: dict[str, str]) -> bool | None:
    """Whether the person a noun phrase stands for is someone other than the subject, when a
    sentence of ``preceding`` names them by the verb the noun is made from (pure): "Le dirigeant
    de 51 ans" is the one "dirigée par Pascal Guérin" names, "le fondateur" the one "fondée par"
    does (an eighteenth walk gave the winner his age: the name is a complement there, which
    otherwise names no subject); None when no such verb is said."""
    noun = re.match(r"(?i:le|la|l['’])\s*([^\W\d_]{6,})", phrase)
    if noun is None:
        return None
    from paddockqa.lexical import fold_accents

    said = fold_accents(noun.group(1).lower())
    for earlier in reversed(preceding[-DESCRIBED_REACH:]):
        # (a participle whose stem begins the noun: "fondé" of "fondatrice", "pilotée" of "pilote";
        # not "présenté" of "président", a review)
        for verb in re.finditer(r"\b([^\W\d_]{3,}?)(?:ée?s?)\s+(?:par|by)\s+", earlier):
            named = _named_in_order(earlier[verb.end() :], own, surnames)
            stem = fold_accents(verb.group(1).lower())
            if len(stem) >= 4 and said.startswith(stem) and named and named[0][0] == 0:
                return named[0][1] is not None and not same_person(_words(named[0][1]), own)
    return None


def _last_named_elses(own: set[str], texts: Iterable[str], surnames: dict[str, str]) -> bool | None:
    """Whether the one named last in the first of ``texts`` naming anyone (the one "ce dernier"
    stands for) is someone other than the subject (its words ``own``); None when none names
    anyone (pure)."""
    for earlier in texts:
        named = _named_in_order(earlier, own, surnames)
        if named:
            name = named[-1][1]
            return name is not None and not same_person(_words(name), own)
    return None


# Where a sentence's last clause opens, with a subject of its own: ", tandis que le Français X …".
_CLAUSE_JOIN = re.compile(
    r"(?i:,\s*(?:tandis|alors|pendant)\s+qu(?:e\b|['’])|;|,\s*(?:et|mais)\s+)(?=\s*(?:(?i:le|la)\s+|(?i:l)['’]\s*)?[A-ZÀ-Ý])"
)


# One placed below the winner: "complète le podium", "la troisième place", "termine deuxième" (not
# "La 28e édition", "sa cinquième victoire").
_PLACED_BELOW = re.compile(
    r"\bcompl[eè]t\w*\s+(?:le\s+|the\s+)?podium\b"
    r"|\b(?:deuxième|troisième|quatrième|cinquième|second|third|fourth|fifth|[2-9]e)\s+(?:place|position|rang|marche)\b"
    r"|\b(?:termin|finish|finit|finissent|pren|pris|took|take)\w*\s+(?:la\s+|the\s+)?(?:deuxième|troisième|second|third|[2-9]e)\b",
    re.I,
)


def _a_clause(text: str) -> bool:
    """Whether what a join opens says more than who: a word or more once its people and
    brackets are set aside (", et le Français X décrochait la troisième place"; not ", et
    Julien Soulé (Honda CBR1000RR-R)." ending a list) (pure)."""
    rest = _A_BRACKET.sub(" ", text)
    for _, name in _named(rest):
        rest = rest.replace(name, " ")
    return len(re.findall(r"[^\W\d_]+", rest)) >= 1  # ("…, mais Luc Blanc chute.", a review)


def _phrase_gender(phrase: str) -> str | None:
    """The gender a noun phrase describing someone says by its first gendered word ("Âgé de 29
    ans, le pilote": "m"; "La pilote de 33 ans": "f"), or None (pure)."""
    word = re.search(r"(?<![\w’'-])(âgée?s?|née?s?|la|le|une?)(?![\w’'-])", phrase, re.IGNORECASE)
    if word is None:
        return None
    return "f" if word.group(1).lower() in ("âgée", "âgées", "née", "nées", "la", "une") else "m"


_FORMED_BY = re.compile(r"\b(?:formée?|composée?|constituée?|emmenée?|menée?)\s+(?:par|de)\s+$", re.IGNORECASE)


# Before a person named as a complement, compared or placed against: "de", "que", "devant"…
_SIDE_BEFORE = re.compile(
    r"(?:\b(?:de|du|des|que|devant|derrière|sur|contre|avec|par|à|au|aux|than|over|devance|devancé|devançant|bat"
    r"|battu|précède|précédé|beat|beating|behind|ahead\s+of)\s+|\b[dq]['’]\s*)$",
    re.I,
)


DESCRIBED_REACH = 3  # sentences before a noun phrase searched for the person it stands for

# A sentence opening with someone's partner: "Son coéquipier, âgé de 20 ans et originaire de Rouen"
# is the other of the crew named before, not the one just spoken of (a fourteenth walk gave
# Romain Delattre, "Le Lillois de 23 ans" the sentence before, his team-mate's Rouen).
_PARTNER_OPENS = re.compile(
    r"\s*(?:son|sa|his|her)\s+(?:co-?pilote|co-?équipi(?:er|ère)|équipi(?:er|ère)|navigat(?:eur|rice)|partenaire"
    r"|passag(?:er|ère)|team-?mate|co-?driver|navigator|partner|passenger)\b",  # (a side-car's passenger too)
    re.I,
)
_A_NAME_AT = re.compile(r"[A-ZÀ-Ý][\w'’-]*(?:\s+(?:de\s+|van\s+|von\s+|da\s+|di\s+)?[A-ZÀ-Ý][\w'’-]*)*")
_PAIRED = re.compile(r"\s*(?:/|,?\s*(?:et|and|&))\s*", re.I)
PARTNER_REACH = 3  # sentences before a partner searched for the crew


def _partner(own: set[str], preceding: Sequence[str], surnames: dict[str, str]) -> str | None:
    """Whom a sentence opening with "Son coéquipier", "Sa copilote" stands for, by full name
    ("" for the subject's surname alone), after ``preceding`` (nearest last) (pure): of the
    two people the nearest of them names together ("Romain Delattre et Kylian Brunet", "Hervé
    Berthier / Agnès Vallat"), the one not spoken of since (the later sentence naming one of
    them by name, else the first of the two, whom a description stands for); None when no
    sentence names a crew."""
    near = list(preceding[-PARTNER_REACH:])
    # (not a crew placed below the winners, when another is named: "X et Y complètent le podium"
    # after "La victoire revient à Julien Séverac et Paul Boissonnade", a sixteenth walk)
    below = [bool(_PLACED_BELOW.search(e)) and not _WON.search(e) for e in near]
    if not all(below):
        near = [e if not low else "" for e, low in zip(near, below)]
    for back, earlier in enumerate(reversed(near)):
        named = _named_in_order(earlier, own, surnames)
        for (a1, n1, beaten), (a2, n2, _) in zip(named, named[1:]):
            run = _A_NAME_AT.match(earlier, a1)
            if run is None or beaten or not _PAIRED.fullmatch(earlier, run.end(), a2):
                continue  # (not a crew beaten: "Ils devancent de 22,4 s Romain Lheureux et Benoît Carlier")
            pair = (n1 or "", n2 or "")
            spoken = 0
            for later in near[len(near) - back :]:
                said = {name or "" for _, name, _ in _named_in_order(later, own, surnames)} & set(pair)
                if len(said) == 1:
                    spoken = pair.index(said.pop())
            return pair[1 - spoken]
    return None


def _partner_elses(own: set[str], preceding: Sequence[str], surnames: dict[str, str]) -> bool:
    """Whether the partner a sentence opens with (``_partner``) is someone other than the
    subject (its words ``own``); False when no crew is named before (pure)."""
    partner = _partner(own, preceding, surnames)
    return partner is not None and partner != "" and not same_person(_words(partner), own)


# Small words of a headline written in capitals, which ``_cased`` writes in small letters.
_HEADLINE_SMALL = frozenset("de du des la le les l d pour et à au aux en sur avec par chez sa son ses".split())


def _cased(title: str) -> str:
    """A headline written in capitals with its names alone capitalised (pure): "DOUBLÉ POUR
    CAMILLE PERRIN" -> "doublé pour Camille Perrin" (a fourth walk's release, whose
    protagonist went unseen), "PIERRE GASLY DEVANCE ESTEBAN OCON" -> "Pierre Gasly devance
    Esteban Ocon"; any other title as it is."""
    if not title.isupper():
        return title

    from paddockqa.text import is_word

    tokens = list(re.finditer(r"[^\W\d_][\w-]*", title))
    # A word of no dictionary is a name's; so is a French word right before one ("PIERRE GASLY":
    # a first name), not a small word ("POUR CAMILLE"). "POULAIN" alone is lost: not judged.
    unknown = [t.group().lower() not in _HEADLINE_SMALL and not is_word(t.group()) for t in tokens]
    named = list(unknown)
    for i in range(len(tokens) - 1):
        # A first name: before an unknown word, not after one ("GASLY DEVANCE ESTEBAN": a verb).
        gap = title[tokens[i].end() : tokens[i + 1].start()]
        first = i == 0 or not unknown[i - 1]
        if unknown[i + 1] and first and not gap.strip() and tokens[i].group().lower() not in _HEADLINE_SMALL:
            named[i] = True
    out, at = [], 0
    for token, name in zip(tokens, named):
        word = token.group()
        out.append(title[at : token.start()])
        out.append("-".join(p[:1] + p[1:].lower() for p in word.split("-")) if name else word.lower())
        at = token.end()
    return "".join(out) + title[at:]


# --- Quotes: who said it --------------------------------------------------------------------
# "Qu'a déclaré Maxime Le Roux ?" was answered with his directeur sportif's words, "Qu'a
# déclaré Yoann Le Gall après sa victoire ?" with "30 ans" (a third walk): what someone said
# is a quote, and a quote's speaker is named in its attribution ("», a déclaré X"), or is the
# person named before it when the attribution says "a-t-il déclaré".
_SAYING = (
    r"(?:déclaré|dit|confié|expliqué|raconté|affirmé|souligné|ajouté|lancé|reconnu|estimé|assuré|commenté"
    r"|réagi|indiqué|précisé|salué|résumé|admis|avoué|glissé|insisté|regretté|poursuivi|conclu|plaisanté"
    r"|annoncé|répondu|confirmé|prévenu|détaillé)"
)
_SPEAKER_ASKED = re.compile(
    rf"\b(?i:qu['’]\s*(?:a|avait|a-t-(?:il|elle))\s+{_SAYING}\s+|que\s+(?:dit|disait|déclare|raconte)\s+"
    r"|qu['’]\s*(?:a|avait)\s+(?:bien\s+)?(?:pu\s+)?dire\s+|what\s+did\s+)(?=[A-ZÀ-Ý])"
)
# "What did X …" asks X's words only with a verb of saying after the name ("What did X win?" does not).
_ENGLISH_SAID_AFTER = re.compile(r"\s+(?:say|said|tell|told|declare|add|explain)\b", re.I)
_OPENING_QUOTE = "«“"
_CLOSING_QUOTE = "»”"
_ATTRIBUTION = re.compile(
    rf"^\s*[,.]?\s*(?:(?:a|avait)\s+{_SAYING}|(?:a|avait)-t-(?P<pronoun>il|elle)\s+{_SAYING}|{_SAYING}\s+)?\s*"
    r"(?:(?:selon|pour|explique|déclare|confie|raconte|souligne|ajoute|estime|said|says)\s+)?",
    re.I,
)


# An incise inside a quote: ", explique Didier Morel.", ", confie le pilote de Vesoul, âgé de 34 ans."
_INCISE = re.compile(
    r",\s*(?:explique|confie|raconte|ajoute|souligne|sourit|précise|poursuit|estime|reconnaît|lance|admet|assure"
    r"|indique|déclare|insiste|prévient|regrette|se\s+réjouit|annonce|analyse|résume|commente|détaille|avoue"
    r"|rigole|glisse|note|s['’]amuse|says|said|explains|explained|adds|added)\s+(?P<who>[^.!?«»,;]{2,60})[.!?,;]",
    re.I,
)
_SAID_BEFORE = re.compile(rf"\b(?:a|avait|ont)\s+{_SAYING}\s*(?::\s*)?$|\b(?:selon|pour)\s+[^,]+,\s*$", re.I)


# A verb that reports what someone said or thought, in any tense ("considérait", "juge", "a dit").
_REPORTING = re.compile(
    r"\b(?:déclar|dit\b|dis[ae]|confi[ae]|expliqu|racont|affirm|soulign|ajout|reconn|estim|assur|comment"
    r"|réagi|indiqu|précis|salu|résum|avou|insist|regrett|conclu|consid[eéè]r|jug|pens|écri|répon|annon[cç]"
    r"|said|says|told|explained|added)\w*",
    re.I,
)


def reports_speech(sentence: str) -> bool:
    """Whether ``sentence`` reports what someone said or thought ("Sainte-Beuve considérait ces
    pages comme les plus fines…"); a headline naming someone does not (pure)."""
    return bool(_REPORTING.search(sentence))


def speaker_asked(question: str) -> str | None:
    """The name whose words the question asks (pure): "Qu'a déclaré Maxime Le Roux ?", "Que dit
    Elena Castro ?", "What did Elena Castro say at Spa?" -> the name; None for any other."""

    asked = _SPEAKER_ASKED.search(question)
    if asked is None:
        return None
    rest = question[asked.end() :]
    name = _name_at(question, asked.end())
    if (
        name is not None
        and asked.group().lower().startswith("what")
        and not _ENGLISH_SAID_AFTER.match(rest[len(name) :])
    ):
        return None
    return name


def quoted_speaker(text: str, start: int, end: int) -> tuple[bool, str | None]:
    """Whether ``text[start:end]`` lies inside a quote (« … » or “ … ”), and who said it (pure):
    the person named in the attribution before the quote ("Patrick Cadiou a salué « … »") or
    after it ("», a déclaré Lucas Vernier", "», a ajouté son coéquipier Clément Tissot"); for a
    pronoun or a noun phrase ("», a-t-il déclaré", "», a déclaré le pilote héraultais"), the
    last person named before the quote; None when there is no attribution or no one to name."""
    from paddockqa.conversation import is_person, names

    opening = max(text.rfind(q, 0, start + 1) for q in _OPENING_QUOTE)  # the span may open with it
    closed = max(text.rfind(q, 0, start) for q in _CLOSING_QUOTE)
    if opening < 0 or closed > opening:
        return False, None
    # Said in an incise inside the quote: "« On a changé les plaquettes …, explique Didier Morel. À
    # 47 ans, … »" (a nineteenth walk gave his age to the one named before the quote).
    closing = [i for i in (text.find(q, start) for q in _CLOSING_QUOTE) if i >= 0]
    incise = _INCISE.search(text, opening, min(closing) if closing else len(text))
    if incise is not None:
        # (after a noun too: "explique son mécanicien Marc Petit"; a noun phrase alone, "confie la
        # Lyonnaise", names no one here: the last named before may be one beaten, a review)
        people = [n for n in names(incise.group("who")) if is_person(n)]
        return True, people[0] if people else None
    # Said before the quote: "Patrick Cadiou, a salué « une course parfaite »".
    lead = re.split(r"[.!?»”]\s", text[:opening])[-1]
    if _SAID_BEFORE.search(lead):
        people = [n for n in names(lead) if is_person(n)]
        return True, people[-1] if people else None
    ends = [i for i in (text.find(q, max(start, opening + 1)) for q in _CLOSING_QUOTE) if i >= 0]  # span may hold it
    if not ends:
        return True, None
    after = text[min(ends) + 1 : min(ends) + 1 + 120]
    attributed = _ATTRIBUTION.match(after)
    if attributed is None or not attributed.group().strip(" ,."):
        return True, None
    # "a ajouté son coéquipier Clément Tissot": the first person named in the attribution's clause;
    # "a-t-il déclaré", "a déclaré le pilote héraultais": the last person named before the quote.
    clause = after[: attributed.end()] + re.split(r"[,.;:!?«]", after[attributed.end() :])[0]
    # Read with the verb before it: a French first word opening ``clause`` would be no name ("Maxime").
    speakers = [n for n in names(clause) if is_person(n) and clause.find(n) >= attributed.end()]
    named = None if attributed.group("pronoun") else next(iter(speakers), None)
    # (a noun phrase then the name in apposition: "», a reconnu l'entraîneur de Roanne, Patrick
    # Vial." — a seventeenth walk took the last name before the quote)
    appos = re.match(r"\s*,\s*([A-ZÀ-Ý][\w’'-]+(?:\s+[A-ZÀ-Ý][\w’'-]+)+)\s*[.,;!?]", after[len(clause) :])
    # (a name inside the noun phrase is its complement: "», a confié le coéquipier de Paul Roy, Luc
    # Blanc." is Luc Blanc's, a review)
    complement = named is not None and re.search(r"\b(?:de|du|des|d['’])\s*$", clause[: clause.find(named)])
    if (
        (named is None or complement)
        and not attributed.group("pronoun")
        and appos is not None
        and is_person(appos.group(1))
    ):
        named = appos.group(1)
    # (a surname alone after the verb: "», a reconnu Coulomb." — the seventeenth walk's rerun gave
    # the make named last before the quote, "Gas Gas")
    alone = re.match(
        r"\s*(?!(?:Le|La|Les|L|Un|Une|The|A|An)\b)([A-ZÀ-Ý][\w’'-]+)\s*[.,;!?]", clause[attributed.end() :] + "."
    )
    if (
        named is None
        and not attributed.group("pronoun")
        and alone is not None
        and re.search(r"[^\W\d_]", attributed.group())
    ):
        named = alone.group(1)  # (after a verb: not the next paragraph's first word, "Verdalis", a rerun)
    if named is None:
        before = [(at, n) for at, n in _named(text[:opening]) if is_person(n)]
        named = max(before)[1] if before else None  # the last named, wherever first named
    return True, named


# Last year, asked or said: "l'an dernier", "l'année d'avant", "last year", "the year before"
# ("l'année d'avant", "the year before": a seventeenth walk's follow-up).
LAST_YEAR = re.compile(
    r"\b(?:l['’]\s*an\s+(?:dernier|passé|d['’]avant)|l['’]\s*année\s+(?:dernière|passée|précédente|d['’]avant)"
    r"|la\s+saison\s+(?:dernière|passée|précédente|d['’]avant)|(?:last|previous)\s+(?:year|season)"
    r"|a\s+year\s+(?:ago|earlier)|the\s+(?:year|season)\s+before|un\s+an\s+plus\s+tôt|(?:la\s+)?précédente\s+édition"
    r"|l['’]\s*édition\s+précédente)\b",
    re.I,
)
# "Qui a dit « Nous avons manqué de fraîcheur … » ?", "Who said “…”?": the words quoted.
_QUOTE_ASKED = re.compile(
    r"^\W*(?:(?:et|and)\s+)?(?:qui|who)\s+(?:a\s+|avait\s+|l['’]a\s+)?(?:dit|déclaré|affirmé|lancé|confié|expliqué"
    r"|prononcé|said|declared|stated)\b[^«“\"]*[«“\"]\s*(?P<words>[^»”\"]{8,}?)\s*[»”\"]",
    re.I,
)
QUOTE_WORDS = 8  # the most of the quoted words looked for in a text, from the first


def quote_asked(question: str) -> str | None:
    """The words whose speaker the question asks, as quoted ("Qui a dit « Nous avons manqué de
    fraîcheur » ?" -> "Nous avons manqué de fraîcheur"), or None (pure)."""
    found = _QUOTE_ASKED.match(question)
    return found.group("words") if found is not None else None


def speakers_of(text: str, words: str) -> tuple[tuple[int, int], ...]:
    """Where ``text`` names who said ``words`` (their first ``QUOTE_WORDS`` words found inside a
    quote, spaces and case aside), by ``quoted_speaker``: the name's first mention from the quote
    on, else the last before it (pure)."""
    wanted = words.split()[:QUOTE_WORDS]
    if not wanted:
        return ()
    said = re.compile(r"\s+".join(re.escape(w) for w in wanted), re.I)
    spans: list[tuple[int, int]] = []
    for m in said.finditer(text):
        inside, name = quoted_speaker(text, m.start(), m.end())
        if not inside or name is None:
            continue
        after = text.find(name, m.end())
        at = after if after >= 0 else text.rfind(name, 0, m.start())
        if at >= 0:
            spans.append((at, at + len(name)))
    return tuple(spans)


# --- Placings: who won, who finished second ------------------------------------------------
# "Qui a terminé deuxième à Magny-Cours ?" was answered by the winner in five of a second
# walk's releases (2026-12-05): the reader matches "deuxième" anywhere ("remporte la deuxième
# course") or quotes the headline's winner; "Qui a gagné la troisième étape ?" got a table's
# "Rang : 2" row. A placing belongs to the person named nearest to where the sentence states
# it, as an age does.
_ORDINALS = {
    "premier": 1, "première": 1, "1er": 1, "1re": 1, "1ère": 1, "first": 1,
    "deuxième": 2, "second": 2, "seconde": 2, "2e": 2, "2ème": 2, "2nd": 2,
    "troisième": 3, "3e": 3, "3ème": 3, "third": 3, "3rd": 3,
}  # fmt: skip
# From the fourth on, the words in order, and the numbers written with their suffix: a results
# list goes past the podium ("Qui a terminé sixième de la finale ?" of a list stopping at the
# fifth was answered with an erratum's "cinquième, et non sixième", a ninth walk).
_LATER_ORDINALS = (
    "quatrième cinquième sixième septième huitième neuvième dixième onzième douzième treizième quatorzième "
    "quinzième seizième dix-septième dix-huitième dix-neuvième vingtième"
).split()
_LATER_ENGLISH = (
    "fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth "
    "seventeenth eighteenth nineteenth twentieth"
).split()
for _place in range(4, 21):
    _ORDINALS |= {
        _LATER_ORDINALS[_place - 4]: _place,
        _LATER_ENGLISH[_place - 4]: _place,
        f"{_place}e": _place,
        f"{_place}ème": _place,
        f"{_place}eme": _place,
        f"{_place}th": _place,
    }
_ORDINAL = "|".join(sorted((re.escape(o) for o in _ORDINALS), key=len, reverse=True))
_PODIUM_ORDINAL = "|".join(  # the first five, placings wherever no event's noun follows them
    sorted((re.escape(o) for o, place in _ORDINALS.items() if place <= 5), key=len, reverse=True)
)
_LATER_ORDINAL = "|".join(sorted((re.escape(o) for o, place in _ORDINALS.items() if place > 5), key=len, reverse=True))
# From the sixth on, an ordinal is no placing before a fraction's, a round's or a century's
# words ("un dixième de seconde", "huitième de finale", "le 19e siècle", "le 10e et dernier
# meeting"), nor after "un" ("d'un dixième"); the nouns of ``_NOT_A_PLACING`` aside too.
_LATER_PLACING = (
    r"(?!\s+(?:de\s+(?:seconde|finale|litre|point|mille|tour|pouce)s?|et\s+derni\w*|siècle|anniversaire|arrondissement"
    r"|étage|rang\s+mondial|century|anniversary|floor|birthday|of\s+a\s+second)\b)"
)
# An ordinal that qualifies a noun is no placing ("la deuxième course", "sa troisième victoire").
_NOT_A_PLACING = (
    r"(?!\s+(?:course|étape|manche|épreuve|journée|spéciale|séance|session|tour|victoire|saison|édition|fois"
    r"|titre|podium|race|stage|round|win|season|time|lap|tiers|moitié|partie|relais|heure|half|third|stint"
    r"|victory|victories|title|pole|career|nuit|jour|semaine|night|day|week|boucle|passage|zone|secteur|sector|montée"
    # (a gear: "a perdu le troisième rapport de sa boîte", a twenty-second walk; a corner: "in the
    # first corner of Race 1", a twenty-third walk's quote read as a win)
    r"|rapport|gear|virage|corner|bend|chicane|épingle|freinage)s?\b"
    # not "led the first 48 laps", "sa deuxième 24 Heures", "sa troisième 2 CV Cross" (a review)
    r"|\s+\d+\s+(?:laps?|tours?|kilomètres|km|miles|minutes|heures|hours)\b|\s+\d+\s+(?-i:[A-ZÀ-Ý]))"
)  # (nor "dans le deuxième tiers de course", "his second victory", "led the first 48 laps": a thirteenth walk)
# "702 millièmes de seconde" is a time, not a second place.
# A results list's item is placed by its number: "2. Adrien Poulain / Élodie Marchal (Citroën) à
# 18"4" (an item reading as a result: ``RESULT_ITEM``, checked in ``placing_of``).
_PLACED = re.compile(
    rf"(?<!\w)(?<!de\s)(?<!\d\s)(?:(?:{_PODIUM_ORDINAL})(?!\w){_NOT_A_PLACING}"
    rf"|(?<!\bun\s)(?<!d['’]un\s)(?:{_LATER_ORDINAL})(?!\w){_NOT_A_PLACING}{_LATER_PLACING})"
    rf"|\brang\s*:?\s*(\d+)\b|\A\s*(\d{{1,3}})[.)]\s"
    # "Descamps complète le podium" is third (a thirteenth walk)
    r"|\bcompl(?:ète|ètent|était|étaient|été|étant|ètera|éteront)\s+le\s+podium\b"
    r"|\bcomplet(?:es?|ed|ing)\s+the\s+podium\b|\brounde?d?s?\s+out\s+the\s+podium\b|\brounding\s+out\s+the\s+podium\b",
    re.I,
)


def placings_in(text: str) -> list[re.Match[str]]:
    """The placings ``text`` states ("troisième", "4e", "fifth"; not "0,622 seconde", "premier
    podium", "huitième de finale"), in order (pure)."""
    return [m for m in _PLACED.finditer(text) if ordinal_value(m.group())]


# Relatives, by family in either language: a question's "brother" is a French text's "frère".
_KIN = {
    "grand-père": "grandfather", "grand-mère": "grandmother", "grandfather": "grandfather",
    "grandmother": "grandmother", "père": "father", "papa": "father", "father": "father", "dad": "father",
    "mère": "mother", "maman": "mother", "mother": "mother", "mum": "mother", "mom": "mother",
    "frère": "brother", "brother": "brother", "sœur": "sister", "soeur": "sister", "sister": "sister",
    "fils": "son", "fille": "daughter", "daughter": "daughter", "oncle": "uncle", "uncle": "uncle",
    "tante": "aunt", "aunt": "aunt", "cousin": "cousin", "cousine": "cousin", "neveu": "nephew",
    "nephew": "nephew", "nièce": "niece", "niece": "niece", "épouse": "spouse", "femme": "spouse",
    "mari": "spouse", "wife": "spouse", "husband": "spouse", "compagne": "partner", "compagnon": "partner",
    "partner": "partner",
}  # fmt: skip
_KIN_WORD = "|".join(sorted((re.escape(k) for k in _KIN), key=len, reverse=True))
# A relative asked: "le frère de Manon", "son frère", "du frère", "Tom's brother" (not "son" alone,
# a French possessive; not "la première femme à …": the article right before it).
_KIN_ASKED = re.compile(
    rf"(?:\b(?:le|la|les|son|sa|ses|leur|du|des|the|his|her|their)\s+|['’]s\s+)(?<![\w-])({_KIN_WORD})s?\b", re.I
)
# A relative with a possessive, the words around it: "son frère cadet", "her younger brother".
_THEIR = r"(?:son|sa|ses|leur|leurs|his|her|their)"
_POSSESSIVE = r"(?:son|sa|ses|leur|leurs|his|her|their|mon|ma|mes|my)"
_KIN_ADJECTIVE = r"(?:(?:jeune|petite?|grande?|aînée?|cadet(?:te)?|younger|older|elder|little|big|late)\s+)?"
_KIN_AFTER = r"(?:\s+(?:aînée?|cadet(?:te)?))?"
# A relative said right before a name, with a possessive: "Son père, Alain, …", "sa sœur aînée Julie",
# "her younger brother Tom".
_KIN_BEFORE = re.compile(
    rf"\b{_POSSESSIVE}\s+{_KIN_ADJECTIVE}(?<![\w-])({_KIN_WORD})s?{_KIN_AFTER}\s*,?\s*$",
    re.I,
)


_KIN_OPENING = re.compile(  # (not a noun's complement: "La sœur de son père")
    rf"(?<!\bde\s)(?<!\bdu\s)(?<!\bof\s)\b{_POSSESSIVE}\s+{_KIN_ADJECTIVE}"
    rf"(?<![\w-])({_KIN_WORD})s?\b(?!\s+(?:de|du|des|d['’]|of)\b)",
    re.I,
)


# A relative asked as someone's: with a possessive or before whose ("son fils", "le mari de
# Bernadette", "Tom's brother"); not "Pourquoi la femme ne porte-t-elle pas plainte ?" (PIAF).
# (the one asked of, not beside what is: "Combien d'enfants a-t-il eus avec sa femme ?", PIAF)
_NOT_AFTER = r"(?<!\bavec\s)(?<!\bpour\s)(?<!\bsans\s)(?<!\bchez\s)(?<!\bwith\s)(?<!\bfor\s)"
_SOMEONES_KIN_ASKED = re.compile(
    rf"{_NOT_AFTER}\b(?:son|sa|ses|leur|leurs|his|her|their)\s+{_KIN_ADJECTIVE}(?<![\w-])(?:{_KIN_WORD})s?\b"
    rf"|{_NOT_AFTER}\b(?:le|la|les|l['’]|the)\s*{_KIN_ADJECTIVE}(?<![\w-])(?:{_KIN_WORD})s?{_KIN_AFTER}"
    r"\s+(?:de|du|des|d['’]|of)\b"
    rf"|['’]s\s+(?:{_KIN_WORD})s?\b",
    re.I,
)


def someones_kin_asked(question: str) -> bool:
    """Whether the relative a question asks of (``kin_asked``) is asked as someone's: "Quel âge a
    son fils ?", "… le mari de Bernadette Lacombe ?" (pure)."""
    return _SOMEONES_KIN_ASKED.search(question) is not None


def kin_asked(question: str) -> str | None:
    """The family of the relative a question asks of ("Quel est le prénom du frère de Manon
    Rieutort ?" -> "brother"), None when it asks none (pure)."""
    found = _KIN_ASKED.search(question)
    return _KIN[found.group(1).lower()] if found else None


# A relative asked by their name too: "Camille, la fille de Bernadette", "Marcel, le père de …",
# "sa fille Camille".
_KIN_NAME_ASKED = re.compile(
    rf"(?-i:(?P<before>[A-ZÀ-Ý][\w’'-]+))\s*,\s*(?:le|la|l['’]|son|sa|the|his|her)\s*(?:{_KIN_WORD})\b"
    rf"|\b(?:son|sa|le|la|his|her|the)\s+(?:{_KIN_WORD})\s*,?\s+(?-i:(?P<after>[A-ZÀ-Ý][\w’'-]+))",
    re.I,
)


def kin_name_asked(question: str) -> str | None:
    """The first name a question gives the relative it asks of ("Quel âge a Camille, la fille de
    Bernadette Lacombe ?" -> "Camille"), None when it gives none (pure)."""
    found = _KIN_NAME_ASKED.search(question)
    return (found.group("before") or found.group("after")) if found else None


def kin_before(text: str) -> str | None:
    """The family of the relative ``text`` ends on with a possessive ("…, Son père, " ->
    "father"), the one a name right after it is, else the last one its last clause says with a
    possessive ("… ; Sa mère, Christine, est " -> "mother": what follows is said of her); None for
    any other text (pure)."""
    found = _KIN_BEFORE.search(text)
    if found is not None:
        return _KIN[found.group(1).lower()]
    # (the nearest: "Her mother drives the truck while her father, Alan Perrin, builds the engines"
    # is the father's, a review)
    clause = re.split(r"[;.!?]", text)[-1]
    said = list(_KIN_OPENING.finditer(clause))
    return _KIN[said[-1].group(1).lower()] if said else None


# A word saying a relative, a child or a marriage too ("Mariée à Alain, …, elle a deux enfants");
# "son" in English only after a possessive (a French "son" is one), "femme" and "fille" after one
# or before whose (not "la première femme à diriger", "la seule fille du top 10").
_KIN_SAID = re.compile(
    rf"\b{_POSSESSIVE}\s+{_KIN_ADJECTIVE}(?P<owned>femmes?|filles?|sons?)\b"
    r"|(?<!seule\s)(?<!première\s)(?<!dernière\s)(?<![\w-])(?P<of>femmes?|filles?)\s+(?:de|du|d['’])"
    rf"|(?<![\w-])(?P<kin>{_KIN_WORD})s?\b|\b(?P<child>enfants?|children|child)\b"
    r"|\b(?P<married>mariée?s?|married|épous\w+|se\s+mari\w*)\b"
    r"|\b(?P<son>sons?)\s+of\b",  # ("son of former BTCC driver Rob Morrow": a child, a review)
    re.I,
)
_FAMILY_OF = {
    "son": "son", "sons": "son", "femme": "spouse", "femmes": "spouse", "fille": "daughter", "filles": "daughter",
}  # fmt: skip


def says_kin(text: str, kin: str | None = None) -> bool:
    """Whether ``text`` says a relative of the ``kin`` family (``kin_asked``'s; any family when
    None): "son fils", "deux enfants" (a son or a daughter), "Mariée à Alain" (a spouse), "his son";
    a relative's age or trade is told by a sentence saying them, not by "Je n'avais que sept ou
    huit ans" of the mother's (a twenty-third walk) (pure)."""
    for m in _KIN_SAID.finditer(text):
        word = (m.group("owned") or m.group("of") or m.group("kin") or "").lower()
        if m.group("kin") and word in ("femme", "fille"):
            continue  # (none's: "la première femme à diriger")
        family = _FAMILY_OF.get(word) or _KIN.get(word) or ("child" if m.group("child") or m.group("son") else "spouse")
        if kin is None or family == kin or (family == "child" and kin in ("son", "daughter")):
            return True
    return False


# A spouse named by the marriage: "Mariée à Alain, mécanicien", "il a épousé Claire Roux".
_SPOUSE_NAMED = re.compile(
    r"\b(?:mariée?\s+(?:à|avec)|married\s+to|a\s+épousé|épouse\s+de|époux\s+de)\s+"
    r"(?P<name>(?-i:[A-ZÀ-Ý][\w’'-]+(?:\s+[A-ZÀ-Ý][\w’'-]+){0,2}))",
    re.I,
)


# A relative named with a possessive: "son frère cadet, Théo, 17 ans", "her brother Tom".
_KIN_NAMED = re.compile(
    rf"\b{_THEIR}\s+{_KIN_ADJECTIVE}(?<![\w-])({_KIN_WORD}){_KIN_AFTER}\s*,?\s*"
    # (a particle too: "son frère Khayr ad-Din", PIAF)
    r"(?P<name>(?-i:[A-ZÀ-Ý][\w’'-]+(?:\s+(?:(?:de|du|des|van|von|da|di|le|la|ben|bin)\s+)?(?:[a-z]{1,3}-)?"
    r"[A-ZÀ-Ý][\w’'-]+){0,2}))",
    re.I,
)


_KIN_APPOSED = re.compile(
    r"(?P<name>(?-i:[A-ZÀ-Ý][\w’'-]+(?:\s+(?:(?:de|du|des|van|von|da|di|le|la)\s+)?[A-ZÀ-Ý][\w’'-]+){1,2}))"
    rf"(?:\s*\([^()]{{1,30}}\))?\s*,\s*(?P<kin>{_KIN_WORD})\s+(?:du|de|d['’]|des)\b",
    re.I,
)


def kin_named(text: str, kin: str, person: str) -> list[tuple[int, int]]:
    """Where ``text`` names a relative of the ``kin`` family asked with a possessive, after it
    names ``person`` (a word of their name): "Théo" of "… raconte Manon … ; son frère cadet, Théo,
    17 ans" for Manon Rieutort's brother (pure)."""
    words = [w for w in person.split() if len(w) >= 3]
    said = [
        m.span("name")
        for m in _KIN_NAMED.finditer(text)
        if _KIN[m.group(1).lower()] == kin and any(re.search(rf"\b{re.escape(w)}\b", text[: m.start()]) for w in words)
    ]
    # (or in apposition: "Louis Cheynet (1714-1791), père du député, …" of a text naming the
    # deputy Pierre Cheynet, ``eval/dialogues``)
    for m in _KIN_APPOSED.finditer(text):
        of = text[m.end() : m.end() + 40].split(",")[0]  # whose relative: the one asked, or a noun for them
        named = re.match(r"\s*(?:(?:le|la|les)\s+|l['’]\s*)?[A-ZÀ-Ý]", of) is not None
        # (a name after it is the one asked's, every word of it: "Marc Durand, fils de Paul Durand" is
        # no son of Marc Durand's)
        said_of = all if named else any
        if _KIN[m.group("kin").lower()] == kin and said_of(
            re.search(rf"\b{re.escape(w)}\b", of if named else text) for w in words
        ):
            said.append(m.span("name"))
    if kin == "spouse":
        # (by the marriage: "Mariée à Alain" for Bernadette Lacombe's husband, a twenty-third walk
        # answered her nickname)
        said += [
            m.span("name")
            for m in _SPOUSE_NAMED.finditer(text)
            if any(re.search(rf"\b{re.escape(w)}\b", text[: m.start()]) for w in words)
        ]
    return sorted(said)


# A unit's "second", not a place: "a second", "one second", "d'une seconde"; a date's "1er".
_A_MONTH_AFTER = re.compile(rf"\s+(?:{'|'.join(sorted([*MONTHS, *ENGLISH_MONTHS], key=len, reverse=True))})\b", re.I)
_A_SECOND = re.compile(r"\b(?:a|one|une?|d['’]une?)\s+$", re.I)


def places_said(text: str) -> frozenset[int]:
    """The places ``text`` states (``placings_in``) as numbers: "Le deuxième recevra 2 500 euros
    et le troisième 1 000 euros" -> {2, 3}; not "a second" nor "1er" of a date ("le 1er mars") (pure)."""
    return frozenset(
        ordinal_value(m.group())
        for m in placings_in(text)
        if not _A_SECOND.search(text, 0, m.start()) and not _A_MONTH_AFTER.match(text, m.end())
    )


# Between a placing and a person, these make the person the one beaten or beating, not the one
# placed: "Il termine deuxième … derrière Ville Kähkönen", "X s'impose devant Y".
_REFERENCE = re.compile(
    # (not "sur" before a thing in small letters: "disputée dimanche sur les pentes des Cévennes, Margaux
    # Delpech" is her place, a twenty-second walk)
    r"\b(?:derrière|devant|behind|ahead\s+of|before|après|avant|sur(?!\s+(?:les?|la|l['’]|un|une|des)\s*(?-i:[a-zà-ÿ]))|over)\b",
    re.I,
)
# A gap to the one placed after it: "… a bouclé 214 tours, à un tour seulement de la Norma M30
# victorieuse" (a ninth walk gave the win to the crew a lap down); not "Deuxième à 1,2 s, X".
_GAP_TO = re.compile(
    r"\bà\s+(?:un|une|\d[\d,.]*)\s+(?:tours?|secondes?|s|minutes?|min|points?|longueurs?)\s+(?:\w+\s+)?(?:de|du|des)\b",
    re.I,
)
_WON = re.compile(
    r"\bs['’]\s*impos\w*|\bs['’]est\s+imposée?s?\b|\bremport\w*|\bgagn(?:e|ent|é|ée|a)\b"
    # (not another year's: "les vainqueurs de l'an dernier Alain et Benoît Ferrand ont cédé", a review)
    r"|\bvainqu(?:eurs?|eures?|it)\b(?!\s+(?:de\s+l['’](?:an|année|édition)|sortante?s?|en\s+\d{4}|en\s+titre))"
    # ("victoire du Tchèque Jiří Svoboda", a twenty-second walk)
    r"|\bvictoire\s+(?:de|du|d['’]|revient\s+à)|\b(?:won|wins|winner)\b"
    # ("le jury … a désigné sa lauréate : Maëlle Guérin", a twenty-third walk's winner given for its second)
    r"|\blauréate?s?\b"
    # A third walk's headlines and ledes: "Nolan Petit sacré en Junior", "victorieuse avec…",
    # "l'emporte", "triomphe", "la victoire revient à Julien Ferrand".
    r"|(?<!\bun\s)(?<!\bune\s)\bsacrée?s?\s+(?:champion\w*|vainqueur\w*|en|à|au|aux|lors|dans)\b"
    r"|\bvictorieu(?:x|se|ses)\b|\bl['’]\s*emport\w*|\btriomph\w*(?!\s+de\b)"
    # "La quatrième manche … a couronné l'équipage … de Nordhaven Racing en LMP3" (a thirteenth walk)
    # "a signé sa première victoire en WRC2", "took his maiden win" (a review's cousin on the twelfth walk)
    r"|\b(?:sign\w*|décroch\w*|obten\w*|obtien\w*|cueill\w*|fêt\w*)\s+(?:sa|une|la|son)\s+(?:[^\W\d_]+\s+){0,2}victoire\b"
    # ("took the victory in Race 1", a review)
    r"|\b(?:took|takes|claimed|claims|scored|scores|earned|earns)\s+(?:his|her|their|a|the)\s+(?:[^\W\d_]+\s+){0,2}(?:win|victory)\b"
    # "led every lap of Race 1 to win by 4.3 seconds" (a twenty-first walk); not a hope, "needs to win"
    r"|\bto\s+win\s+(?:by|race|heat|moto|the\s+(?:race|heat|final|moto))\b"
    # a double win for someone named: "doublé pour Esteban Morel à Barcelone" (a sixteenth walk gave
    # the headline's winner for who was second in race 2); not a make's one-two ("a signé le doublé
    # pour Peugeot en terminant deuxième"), nor one missed ("rate le doublé pour une seconde"): a review
    r"|\bdoublé\s+pour\s+(?-i:[A-ZÀ-Ý][\w'’-]+\s+[A-ZÀ-Ý][\w'’-]+)"
    r"|\b(?:a|ont)\s+couronné\s+(?:l['’]équipage|le\s+pilote|la\s+pilote|le\s+duo|le\s+trio|(?:(?:le|la)\s+|l['’])?(?-i:[A-ZÀ-Ý]))"
    # "la course 1 est revenue à Théo Berthaud" (a thirteenth walk refused who won race 1)
    # (not "La pole position de la course 2 revient à", "Le meilleur tour en course revient à", "La
    # victoire n'est pas revenue à": a review)
    r"|(?<!de\sla\s)(?<!\sdu\s)(?<!\sen\s)(?<!de\sl’)(?<!de\sl')"
    r"\b(?:course|manche|épreuve|étape|finale|spéciale|race|victoire)s?(?:\s+(?!n['’]|ne\b|pas\b)\S+){0,2}?"
    r"\s+(?:est\s+|était\s+|a\s+été\s+)?(?:revenue?s?|revient|reviennent)\s+(?:à|au|aux)\b"
    # the lead kept to the end: "a conservé la tête jusqu'à l'arrivée", "a résisté jusqu'au
    # drapeau à damier", "led to the chequered flag" (a fourteenth walk's race 2 had no other word)
    # (the lead, not a place: "a tenu la deuxième place jusqu'à l'arrivée" is second, a review)
    r"|(?:\b(?:conserv\w*|gard\w*|men\w*|tenu|held|kept|led)\s+(?:la\s+tête|l['’]\s*avantage|le\s+commandement|the\s+lead)"
    r"|\brésist\w*)\b(?:(?!\b(?:place|podium|position|rang)\b)[^.;]){0,40}?"
    r"(?:\bjusqu['’]\s*(?:à\s+l['’]\s*arrivée|au\s+(?:drapeau|bout|damier))|\bto\s+the\s+(?:chequered|checkered)\s+flag)",
    re.I,
)
# A second winner joined to a first by "et par", "et à": "La catégorie Am a été remportée par
# Patrick Lemercier en course 1 et par Hélène Bastide en course 2" (a thirteenth walk).
# (the same preposition on both sides, none and no comma between: not "revenue à Paul Martin, qui
# a dû résister à Luc Blanc et à Marc Dupont", a review)
_WON_BY_TOO = re.compile(
    r"\b(?:remporté\w*|gagné\w*|revenue?s?)\s+(?P<by>par|à|au)\s(?:(?!\b(?:par|à|au)\b)[^.;,])*\bet\s+(?P=by)\s+$", re.I
)
# "Qui", or which team, driver or crew ("Quelle équipe a terminé deuxième en GT3 ?": a thirteenth
# walk's teams asked by their place were answered with the winner). Not a car: a car is placed
# by no rule ("Quelle voiture a gagné en GT3 ?" keeps its vehicle's span).
_WHO_OR_WHICH = r"(?:qui|who|quel(?:le)?\s+(?:équipe|écurie|pilote|équipage|team)|which\s+(?:team|driver|crew))"
# What a question may open with before "qui": a clause ending on a colon ("Passons aux caisses à
# savon de Puy-l'Évêque : qui a gagné ?", a twenty-second walk's switch of topic), a place or a
# class put first ("Et à Lille, qui a gagné ?"); not a relative "qui" ("Quel âge a Paul Roy, qui a
# gagné … ?")
_WHO_LEAD = r"(?:[^?:]{1,80}:\s*|\W*(?:(?:et|and)\s+)?(?:à|en|au|aux|dans|chez|in|at)\s+[^?,]{1,40},\s*)?"
_WINNER_ASKED = re.compile(
    # ("Qui avait gagné … l'an dernier ?" too: a fourteenth walk's last year's winners)
    rf"^{_WHO_LEAD}\W*(?:(?:et|and)\s+)?{_WHO_OR_WHICH}\s+(?:a\s+|avait\s+|has\s+|had\s+)?"
    r"(?:gagn\w*|remport\w*|s['’]\s*(?:est\s+|était\s+)?impos\w*|won|wins)\b",
    re.I,
)
_PLACING_ASKED = re.compile(
    rf"^\W*(?:(?:et|and)\s+)?{_WHO_OR_WHICH}\b.*?\b(?:termin\w*|fini\w*|arriv\w*|class\w*|plac\w*|finished|came|est|était|is|was)"
    rf"\s+(?:(?:à\s+la|en|la|in)\s+)?({_ORDINAL})(?!\w){_NOT_A_PLACING}"
    rf"|^\W*(?:(?:et|and)\s+)?{_WHO_OR_WHICH}\b.*?\b(?:pris|prend|décroch\w*|occup\w*|obtien\w*|obtenu)\s+la\s+({_ORDINAL})\s+place\b",
    re.I,
)

# The standings' leader asked: "Qui est en tête du championnat ?", "Qui mène le classement
# général ?", "Who leads the championship?" (a tenth walk: no place was asked).
_LEADER_ASKED = re.compile(  # not "Qui est à trois points du leader du championnat ?" (a review)
    r"^\W*(?:(?:et|and)\s+)?(?:qui|who)\s+(?:est\s+(?:en\s+tête|(?:le\s+|la\s+)?leader)|mène|domine|leads?"
    r"|is\s+(?:leading|(?:on\s+)?top\s+of|the\s+leader))\b"
    r".*?\b(?:championnat|classement|championship|standings)\b",
    re.I,
)


# The third asked by the podium: "Qui a complété le podium … ?", "Who completed the podium?" (a
# sixteenth walk answered it with the standings' second).
_PODIUM_COMPLETED_ASKED = re.compile(
    rf"^\W*(?:(?:et|and)\s+)?{_WHO_OR_WHICH}\s+(?:a\s+|has\s+)?(?:complét\w*|complète|completed?|rounded\s+out)"
    r"\s+(?:le|the)\s+podium\b",
    re.I,
)


def placing_asked(question: str) -> int | None:
    """The place a "Qui … ?" question asks who took (pure): 1 for "Qui a gagné / remporté /
    s'est imposé…", 2 for "Qui a terminé deuxième…", "Qui a pris la deuxième place…"; None for
    any other question ("Qui a remporté la deuxième course ?" asks a winner: 1)."""
    if _WINNER_ASKED.search(question) or _LEADER_ASKED.search(question):
        return 1
    if _PODIUM_COMPLETED_ASKED.search(question):
        return 3
    asked = _PLACING_ASKED.search(question)
    if asked is None:
        return None
    return _ORDINALS.get((asked.group(1) or asked.group(2)).lower())


# An award a "who won" question asks: the noun, then its first word in small letters ("le Trophée
# des moins de 25 ans" -> ("trophée", "moins"), "le prix du public" -> ("prix", "public")). Not a
# series or a class named by a capital ("le Trophée Andros", "le Challenge Michelin"), nor a race
# ("le Grand Prix de Pau": "Grand" stands between the article and the noun).
# (whole words: not "la" of "Lamborghini", a review)
_AWARD_LINKS = r"(?:(?:des?|du|de\s+la|la|le|les|plus)\s+|d['’]\s*)*"  # "des", "du plus"
# (a sponsor's name between, in a text: "le Challenge Michelin des gentlemen", a review)
_AWARD_SPONSOR = r"(?:(?-i:[A-ZÀ-Ý][\w’'-]*)\s+){0,2}"
_AWARD_ASKED = re.compile(
    r"\b(?:remporté|gagné|obtenu|décroché|reçu|remporte|gagne|obtient|reçoit)\s+(?:le|la|l['’])\s*"
    rf"(?P<noun>trophée|prix|challenge|coupe)\s+{_AWARD_LINKS}(?P<word>[a-zà-ÿ0-9]\w*)",
    re.I,
)


_NOT_AWARD_WORDS = frozenset("ce cet cette ces cettes année an saison fois édition dernier dernière".split())


def award_asked(question: str) -> tuple[str, str] | None:
    """The award a question asks who won, as its noun and its first word in small letters
    (``_AWARD_ASKED``), both folded to small letters; None when it asks none (pure).

    >>> award_asked("Qui a remporté le Trophée des moins de 25 ans à Dijon-Prenois ?")
    ('trophée', 'moins')
    """
    from paddockqa.lexical import is_stopword

    found = _AWARD_ASKED.search(question)
    if found is None or found.group("word")[0].isupper():
        return None
    word = found.group("word").lower()
    # (not a determiner nor a time: "Qui a remporté la coupe cette année ?", "le trophée 2024", two reviews)
    if is_stopword(word) or word in _NOT_AWARD_WORDS or word.isdigit():
        return None
    return found.group("noun").lower(), word


def names_award(text: str, award: tuple[str, str]) -> bool:
    """Whether ``text`` names the award ``award`` (``award_asked``): its noun, then its word after
    articles only ("Le Trophée des moins de 25 ans, qui récompense …", "remporte le Trophée
    féminin"; not "le prix d'entrée au public") (pure)."""
    return _award_mention(text, award) is not None


def _award_mention(text: str, award: tuple[str, str]) -> re.Match[str] | None:
    """Where ``text`` names the award ``award`` (``names_award``), or None (pure)."""
    noun, word = (re.escape(w) for w in award)
    return re.search(rf"\b{noun}\s+{_AWARD_SPONSOR}{_AWARD_LINKS}{word}\b", text, re.I)


def award_holder(sentence: str, award: tuple[str, str]) -> tuple[int, int] | None:
    """Where ``sentence``, naming the award ``award``, names the person nearest that mention,
    the one it goes to ("Thomas Reynaud intouchable, Léa Brunel lauréate du Trophée féminin":
    Léa Brunel), or None when it names no person (pure)."""
    from paddockqa.conversation import is_person

    mention = _award_mention(sentence, award)
    if mention is None:
        return None
    people = [at for at, name in _named(sentence) if is_person(name)]
    if not people:
        return None
    return min(people, key=lambda at: max(mention.start() - at[1], at[0] - mention.end(), 0))


# Someone named by where they are from: "la Girondine avait terminé quatrième" (a sixth walk
# answered who won the 24 Heures du Mans with it), "le Mulhousien", "le Belge".
_DEMONYM_SUBJECT = re.compile(r"(?:le|la|les|l['’])\s*([A-ZÀ-Ý][a-zà-ÿ]+)")


def _a_demonym_subject(span: str) -> bool:
    """Whether ``span`` is an article and a demonym, a person named by where they are from (pure)."""
    found = _DEMONYM_SUBJECT.fullmatch(span.strip())
    return found is not None and is_demonym(found.group(1))


# A surname alone, the span a "who" question's reader gives: "Issartel termine deuxième, Berthaud
# troisième." places Berthaud third (a thirteenth walk answered who won race 2 with him).
_A_SURNAME = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ]{3,}(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?")


def _a_surname(word: str) -> bool:
    """Whether a capitalised word alone may be a surname: no French stopword, weekday or month
    ("Après une belle remontée, Martin termine deuxième" placed "Après": a review) (pure)."""
    from paddockqa.lexical import fold_accents, is_stopword

    if not _A_SURNAME.fullmatch(word):
        return False
    lower = word.lower()
    return not (is_stopword(lower) or fold_accents(lower) in _NOT_SURNAMES)


_NOT_SURNAMES = frozenset(
    "apres avant dans depuis pendant pour avec sans sous entre chez lors malgre grace selon ensuite enfin puis ainsi "
    "alors hier demain cette celui celle leur leurs notre votre mais donc quant derriere devant course samedi dimanche "
    "lundi mardi mercredi jeudi vendredi janvier fevrier mars avril juin juillet aout septembre octobre novembre "
    "decembre after before with during from into then when while this that their sunday saturday race".split()
)


_BRACKET_ONLY = re.compile(r"\s*\([^()]*\)\s*")
AT_A_PLACE = re.compile(
    r"\b(?:at\s+the|at|in\s+the|au\s+circuit\s+(?:de\s+|du\s+)?|sur\s+le\s+circuit\s+(?:de\s+|du\s+)?)\s*$", re.I
)


def _people_spanned(sentence: str, start: int, end: int) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Where ``sentence`` names people, and which of them lie in ``sentence[start:end]`` (pure)."""
    from paddockqa.conversation import is_person

    # Not a place named like a person: "… won the Lakeshore 250 at the Milwaukee Mile" (a thirteenth walk)
    people = [at for at, name in _named(sentence) if is_person(name) and not AT_A_PLACE.search(sentence[: at[0]])]
    spanned = [p for p in people if p[0] < end and start < p[1]]
    if (
        not spanned
        and not AT_A_PLACE.search(sentence[:start])  # "au circuit Paul Ricard" (a review)
        and (
            is_person(sentence[start:end].strip())
            or _a_demonym_subject(sentence[start:end])
            or (
                _a_surname(sentence[start:end].strip())
                # not a place: "The 26-year-old from Leeds" (a review of this rule on the twelfth walk)
                and not re.search(r"\b(?:from|of|at|in|to|de|du|d['’]|à|au|en|sur|vers)\s*$", sentence[:start], re.I)
            )
        )
    ):
        # The span reads as a person's name that ``names`` cut: "Maxime Le Roux s'impose", a
        # French word opening the sentence ("Roux" to ``names``; a third walk's headline).
        spanned = [(start, end)]
        people = sorted([*(p for p in people if not (p[0] < end and start < p[1])), (start, end)])
    return people, spanned


def crew_of(sentence: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the crew of the person at ``sentence[start:end]`` is named, first name to last,
    when the sentence places the span's person and names others of the crew beside them
    ("et sa copilote", "/", "and": ``_CREW``) (pure); None for a person alone or placed nowhere.

    "Le pilote Sébastien Delorme et sa copilote Marine Castagnet ont remporté le Rallye de
    l'Atlas" won as a crew: the reader's span held her alone, the answer to who won (an
    eighth walk's "winners given in part")."""
    people, spanned = _people_spanned(sentence, start, end)
    if not spanned:
        return None
    people = sorted(people)

    # "Julie Martin et Paul Roy ont gagné respectivement la course 1 et la course 2": two
    # winners, no crew (a review); "/", "et sa copilote", "copilotée par" still are one.
    each = _EACH.search(sentence) is not None

    def linked(a: tuple[int, int], b: tuple[int, int], comma: bool = True) -> bool:
        between = sentence[a[1] : b[0]]
        if each and _BARE_AND.fullmatch(between):
            return False
        return bool(_CREW.fullmatch(between) or (comma and not each and re.fullmatch(r"\s*,\s*", between)))

    first = last = people.index(spanned[0])
    while first > 0 and linked(people[first - 1], people[first]):
        first -= 1
    while last + 1 < len(people) and linked(people[last], people[last + 1]):
        last += 1
    # A comma lists a crew only before its last "et": "A, B et C" ("Vainqueur, A, B deuxième" is two).
    while last > first and not linked(people[last - 1], people[last], comma=False):
        last -= 1
    crew = people[first : last + 1]
    if spanned[0] not in crew or len(crew) < 2 or all(placing_of(sentence, *p, runner_up=False) is None for p in crew):
        return None
    return crew[0][0], crew[-1][1]


def names_someone(sentence: str, start: int, end: int) -> bool:
    """Whether ``sentence[start:end]`` holds a person's name (``conversation.is_person``; pure)."""
    return bool(_people_spanned(sentence, start, end)[1])


def placed_another(sentence: str, start: int, end: int, place: int) -> bool:
    """Whether the person at ``sentence[start:end]`` is named as the one a placing is stated
    against ("devant Y", "d'avance sur Y", "behind Y": ``against``) and the sentence gives
    ``place`` to someone else (pure): "Kessler a remporté … avec 6,1 secondes d'avance sur
    Julien Maréchal" gives the win to Kessler, and Maréchal did not win (a sixth walk answered
    "Who won…?" with him). A person placed nowhere but not so named ("Paul Roy a remporté la
    course 1, Julie Martin la course 2") may still be the answer."""
    people, spanned = _people_spanned(sentence, start, end)
    if not spanned or not all(against(sentence, p) for p in spanned):
        return False
    if placing_of(sentence, start, end, runner_up=False) is not None:
        return False
    return any(placing_of(sentence, *p, runner_up=False) == place for p in people if p not in spanned)


# Right before a person, a placing stated against them: "devant Y", "d'avance sur le Belge Y",
# "behind Y", "ahead of Y"; up to two words between ("sur le fil par Y" is no such person).
_AGAINST = re.compile(
    r"\b(?:devant|derrière|behind|ahead\s+of|sur|over)\s+(?:[^\W\d_]+\s+){0,2}$"
    # a margin's "from": "to win by 4.3 seconds from the Dutch rider Daan Kuipers" (a twenty-first walk)
    r"|\b(?:seconds?|secs?|s|laps?|points?)\s+from\s+(?:[^\W\d_]+\s+){0,3}$",
    re.I,
)


# Right before a person, a verb saying someone beat them: "Il a devancé Jules Caradec de 2,1
# secondes" (a seventh walk answered who won race 2 with Caradec), "X beat Y".
_BEATEN = re.compile(
    r"\b(?:(?:devanc|devanç|domin|précéd)(?:é|ée|és|ées|e|ent|ant|ait|aient)|batt(?:u|ue|us|ues|ant|ait|aient|ent)|bat)"
    r"\s+(?:de\s+(?:peu\s+|justesse\s+)?)?$"
    r"|\b(?:beat|beats|beating|defeated|defeats|defeating|outpaced|outpacing|edged(?:\s+out)?|pipped"
    r"|held\s+off|holding\s+off|holds\s+off)\s+$",
    re.I,
)


def beaten(sentence: str, start: int) -> bool:
    """Whether ``sentence`` names the person at ``start`` as beaten by someone ("Il a devancé
    Jules Caradec", "X beat Y"): whoever won, not them (pure)."""
    return _BEATEN.search(sentence[max(0, start - 40) : start]) is not None


def runner_up_place(sentence: str, start: int, end: int) -> int | None:
    """The place of the person at ``sentence[start:end]`` when the sentence puts them right
    behind a winner (pure): "X s'impose devant Y et Z", "le pilote … a devancé Y de 14,3
    secondes", "remportée par Norbert Kiss devant l'Espagnol Antonio Albacete", "X won ahead of
    Y": Y is second, Z third. Only with a win in the sentence or a verb saying it ("devance",
    "a devancé", "beat"), and no other place stated ("termine cinquième devant Y": Y is not
    second). None otherwise: a ninth walk's runners-up were refused, or the winner given."""
    people, spanned = _people_spanned(sentence, start, end)
    if not spanned:
        return None
    # Places stated before the word placing them behind: "termine cinquième devant Y" (after it
    # they are the runners-up's own: "devance Y de 1,97 seconde et Z, troisième à 3,40 secondes").
    stated = [m.start() for m in _PLACED.finditer(sentence) if ordinal_value(m.group()) not in (0, 1)]
    if _NOT_A_RACE.search(sentence):
        return None  # "devance Hugo Bernard de 12 points au classement général", "in qualifying" (a review)
    people = sorted(people)
    for k, p in enumerate(people):
        window = max(0, p[0] - 40)
        ahead = _AHEAD.search(sentence[window : p[0]])
        if ahead is None or any(at < window + ahead.start() for at in stated):
            continue
        if not ahead.group("verb"):
            # "devant", "ahead of": after a win in the same clause, its winner the subject ("X
            # s'impose devant Y"; not "Y, devant qui X s'est imposé", "X, vainqueur en 2023,
            # s'est exprimé devant Y", "Y finished ahead of Z, while X won": a review).
            word = window + ahead.start()
            won = [m for m in _WON.finditer(sentence, 0, word)]
            if not won or re.search(r"[;:]|,(?!\d)", sentence[won[-1].end() : word]):  # "1,9 seconde" no clause
                continue
        behind = [p]  # those listed after the word: "devant Y et Z", "ahead of Y, Z and W"
        for q in people[k + 1 :]:
            # ("(Toyota GR Yaris Rally1) et de 24,1 secondes l'Estonien Kaur Villemsoo", "et 3,4
            # secondes sur le Hongrois Levente Bárány": a twelfth walk's thirds were refused)
            if not re.fullmatch(
                r"\s*(?:\([^()]*\)\s*)?(?:,|et|and|,\s*et|,\s*and)\s*"
                r"(?:(?:de\s+)?\d[\d\s,.'’\"]*\s*(?:secondes?|s|min(?:utes?)?|points?|tours?|seconds?|laps?)?\s+(?:sur\s+)?)?"
                r"(?:(?:le|la|l['’]|the)\s*[A-ZÀ-Ý][\w-]*\s+)?",
                sentence[behind[-1][1] : q[0]],
            ):
                break
            behind.append(q)
        for place, q in enumerate(behind, 2):
            if q in spanned:
                return place
    return None


# A standings sentence's leader, then those behind: "compte 61 points, devant", "pointe en
# tête du général avec 2 min 58 s d'avance sur", "conserve la tête du général".
_STANDINGS_LEAD = re.compile(r"\b(?:\d+\s*(?:points?|pts)|(?:en|la)\s+tête|leader|mène|leads?)\b", re.I)
_STANDINGS_AHEAD = re.compile(r"[^.;:]*?\b(?:devant|devance|ahead\s+of|d['’]\s*avance\s+sur)\s+", re.I)
_AN_ARTICLE_OR_DEMONYM = r"(?:(?:le|la|l['’]|the)\s*[A-ZÀ-Ý][\w-]*\s+)?"


def standings_order(sentence: str) -> list[tuple[int, int]]:
    """Where a standings sentence names its leader and those it leads, in order ("Au
    championnat, Mathieu Roux compte 61 points, devant Kévin Aubert (55) et Sandrine Morel
    (38)": first, second, third; a tenth walk gave the leader for the second), or [] (pure)."""
    from paddockqa.conversation import is_person

    lead = _STANDINGS_LEAD.search(sentence)
    if lead is None:
        return []
    people = [at for at, name in _named(sentence) if is_person(name)]
    before = [p for p in people if p[1] <= lead.start()]
    if not before:
        return []  # "Le leader du matin, l'Argentin Diego Salvatierra, a perdu …" leads no more
    ahead = _STANDINGS_AHEAD.match(sentence, lead.end())
    after = [p for p in people if ahead and p[0] >= ahead.end()]
    if ahead is None or not after or not re.fullmatch(_AN_ARTICLE_OR_DEMONYM, sentence[ahead.end() : after[0][0]]):
        # a leader said ("conserve la tête du général"); points alone place no one ("4. Théo Marchal – 24 points")
        return [] if lead.group()[:1].isdigit() else [before[-1]]
    order = [before[-1], after[0]]
    for q in after[1:]:
        between = sentence[order[-1][1] : q[0]]
        if not re.fullmatch(
            rf"\s*(?:\(\s*\d+\s*(?:points?|pts)?\s*\))?\s*(?:,|et|and|,\s*et|,\s*and)\s*{_AN_ARTICLE_OR_DEMONYM}",
            between,
        ):
            break
        order.append(q)
    return order


def runners_up(sentence: str, place: int) -> list[tuple[int, int]]:
    """Where ``sentence`` names the people it puts at ``place`` right behind a winner
    (``runner_up_place``), in order (pure)."""
    from paddockqa.conversation import is_person

    return [at for at, name in _named(sentence) if is_person(name) and runner_up_place(sentence, *at) == place]


# A standings, a grid or a session, not a race's result: "devance Y de 12 points au classement".
_NOT_A_RACE = re.compile(
    r"\b(?:classement|championnat|points?|qualifications?|qualif\w*|grille|essais|standings|championship"
    r"|qualifying|grid|practice)\b",
    re.IGNORECASE,
)
# Right before a person, the words putting them behind the one who won: "devant", "devance",
# "a devancé", "d'avance sur", "ahead of", "beating", with an article and a demonym between
# ("devant l'Espagnol Antonio Albacete").
_AHEAD = re.compile(
    r"(?:\bdevant|\bd['’]avance\s+sur|\bahead\s+of|(?P<verb>\b(?:devan[cç]\w*|beat|beats|beating|defeated|defeating"
    r"|outpaced|pipped|edged\s+out)))"
    r"(?:\s+(?:au\s+scratch|à\s+l['’]arrivée|sur\s+la\s+ligne))?"  # "devance au scratch le Savoyard Cyril Fontanel"
    # "devance de 6,8 secondes le Gallois …"
    r"(?:\s+de\s+\d[\d\s,.'’\"]*\s*(?:secondes?|s|min(?:utes?)?|points?|tours?))?"
    r"\s+(?:(?:le|la|les|l['’]|son|sa|the|his|her)\s*)?(?:[A-ZÀ-Ý][\w-]*\s+)?"
    # a word of who they are: "ahead of rookie Jake Kowalski" (a thirteenth walk), "devant le jeune X"
    r"(?:(?:rookie|team-?mate|coéquipier|coéquipière|compatriote|débutante?|jeune|leader|champion(?:ne)?"
    r"|tenant\s+du\s+titre|reigning\s+champion|defending\s+champion|pole-?sitter|poleman)\s+)?$",
    re.I,
)


def against(sentence: str, person: tuple[int, int]) -> bool:
    """Whether ``sentence`` names the person at ``person`` (offsets) as the one a placing or a
    win is stated against: right after "devant", "derrière", "sur", "behind"… (pure)."""
    return _AGAINST.search(sentence[max(0, person[0] - 40) : person[0]]) is not None


def places_no_one(sentence: str, start: int, end: int) -> bool:
    """Whether ``sentence[start:end]`` holds a person's name (``conversation.is_person``) and
    the sentence states no placing or win at all (pure): "Lucas Vernier et Elena Castro se
    partagent Nogaro", not "X et Y ont remporté la course au volant de … Mirage Racing"."""
    return names_someone(sentence, start, end) and not states_placing(sentence)


def states_placing(sentence: str) -> bool:
    """Whether ``sentence`` states a placing or a win, of anyone (pure)."""
    return _PLACED.search(sentence) is not None or _WON.search(sentence) is not None


# --- Counts: at the start or at the finish -------------------------------------------------
# "Combien de coureurs ont terminé ?" was answered "147" of "Sur les 147 coureurs au départ, 96
# ont franchi la ligne" (a third walk): a race report counts its starters and its finishers in
# one sentence, and the reader took the first number. What a number counts is said right after
# it, past its noun ("147 coureurs au départ", "96 ont franchi la ligne"), or else before it in
# its clause ("À l'arrivée, ils n'étaient plus que 96").
_START = (
    # "au départ de Lisbonne" is where a rally set off from, not who started it
    r"au\s+départ(?!\s+(?:d(?:e|u|es)\s+|d['’]\s*)[A-ZÀ-Ý])|pr(?:is|ise|enn?\w*|end\w*)\s+(?:le\s+)?départ"
    r"|partante?s|engagée?s|inscrite?s"
    r"|(?:se\s+sont\s+|s['’])élanc\w+|sur\s+la\s+grille|start(?:ed|ers?)?|at\s+the\s+start|on\s+the\s+grid|entrants|entries"
)
# "a l'arrivee" typed without accents: the accents step gives back "arrivée", not "à" (a seventh walk).
_FINISH = (
    r"[àa]\s+l['’]arrivée|(?:rallié|rejoint|atteint|vu|franchi|passé|coupé)e?s?\s+(?:la\s+ligne|l['’]arrivée|le\s+drapeau)"
    r"|termin\w+|fini(?:rent|ssent|ssant|es?|s|r|t)?|classée?s|finish(?:ed|ers?)?|at\s+the\s+finish|classified"
    r"|crossed\s+the\s+line|saw\s+the\s+(?:chequered|checkered)\s+flag"
)
_PHASE = re.compile(rf"(?<![\w-])(?:(?P<start>{_START})|(?P<finish>{_FINISH}))(?![\w-])", re.I)
# A count of times or a duration, whatever it is of ("Combien de fois a-t-il fini premier ?", PIAF).
_HOW_OFTEN = re.compile(r"\bcombien\s+(?:de\s+)?(?:fois|temps)\b|\bhow\s+(?:many\s+times?|much|long)\b", re.I)
# Without a noun counted, these say what was scored or who took part, not a start: "Combien a-t-il
# inscrits de points ?" (a review).
_STATUS = re.compile(r"(?:partante?s|engagée?s|inscrite?s)", re.I)
# Where the words that say what a number counts stop: the next number, or the clause's end.
_COUNT_AFTER_ENDS = re.compile(r"[\d,;:.!?()«»“”]")
# "96", "1 200", "3,5", and in words: "Vingt-quatre prototypes étaient au départ ; dix-neuf ont
# vu l'arrivée" (a tenth walk answered how many finished with the starters).
_NUMBER_WORD = SMALL_NUMBER_WORDS.replace("une?|", "").replace("|one|", "|")  # not an article
_A_NUMBER = re.compile(
    rf"{DIGITS}|(?<![\w’'-])(?:{_NUMBER_WORD})(?:[-\s](?:et[-\s])?(?:{SMALL_NUMBER_WORDS}))*(?![\w’'-])", re.I
)
_COUNT_BEFORE_ENDS = re.compile(r"[;:.!?()«»“”]")
_COMPLEMENT_NUMBER = re.compile(r"(?<=[^\W\d_])\s+(?:de|d['’]|from|of)\s+\d[\d\s]*[^\W\d_]+")


def race_phase_asked(question: str, noun: str | None) -> str | None:
    """What a count question counts of a race (pure): "start" for how many started ("Combien
    de pilotes étaient au départ ?", "How many cars started?"), "finish" for how many finished
    ("Combien de coureurs ont terminé ?", "… ont été classés"), None for anything else. ``noun``: what it counts
    (``answer_type.counted_noun``), a racer's word or none ("Combien ont fini ?")."""
    # A count of starters or finishers counts those racing, not points or titles ("Combien de
    # points a-t-il inscrits ?" asks no starters).
    if noun is not None and count_kind(noun.lower()) != "entrants" or _HOW_OFTEN.search(question):
        return None
    said = {m.lastgroup for m in _PHASE.finditer(question) if noun is not None or not _STATUS.fullmatch(m.group())}
    return said.pop() if len(said) == 1 else None


def race_phase_of(sentence: str, start: int, end: int) -> str | None:
    """What the first number of ``sentence[start:end]`` counts (pure): "start", "finish", or
    None. The words after it up to the next number or punctuation say it ("Sur les 147
    coureurs au départ, 96 ont franchi la ligne"); when they do not, the last such words
    before it, back to the sentence's start or to the punctuation that ends the previous
    number's own words ("Au départ, ils étaient 1 200 ; à l'arrivée, plus que 960"), in digits or
    in words."""
    number = _A_NUMBER.search(sentence, start, end)
    if number is None:
        return None
    # (a complement's number is no next number: "312 équipages de 14 nationalités ont pris le
    # départ", a thirteenth walk)
    after = _COMPLEMENT_NUMBER.sub(lambda m: " " * len(m.group()), sentence[number.end() :])
    cut = _COUNT_AFTER_ENDS.search(after)
    said = _PHASE.search(after[: cut.start() if cut else len(after)])
    if said is not None:
        return said.lastgroup
    head = sentence[: number.start()]
    previous = list(_A_NUMBER.finditer(head))
    if previous:
        # The words after the previous number are its own, up to its first punctuation: "Sur les
        # 147 coureurs au départ, seuls 96 …" says nothing of 96 (a review).
        own = _COUNT_AFTER_ENDS.search(head, previous[-1].end())
        if own is None:
            return None
        head = head[own.end() :]
    else:
        clause = [m.end() for m in _COUNT_BEFORE_ENDS.finditer(head)]
        head = head[clause[-1] if clause else 0 :]
    before = list(_PHASE.finditer(head))
    return before[-1].lastgroup if before else None


# Between two people of one crew: "et", "et sa copilote", "/", "et son coéquipier".
_CREW = re.compile(
    r"\s*(?:/|,?\s*(?:et|and)(?:\s+(?:son|sa|leur|his|her|their)\s+(?:copilote|co-pilote|coéquipier|coéquipière"
    r"|équipier|équipière|navigateur|navigatrice|partenaire|co-driver|teammate|navigator|partner"
    # "Mathieu Roux et son épouse Élodie Roux" (a tenth walk)
    r"|épouse|époux|mari|femme|compagne|compagnon|wife|husband))?"
    r"|,\s*copilotée?\s+par)\s*",  # "Julie Martin, copilotée par Marc Dupont, s'impose" (a review)
    re.I,
)
# Two people of one crew: "X / Y", "X et sa copilote Y", "X et son épouse Y", "X, copilotée par
# Y" (a tenth walk's "Mathieu Roux et son épouse Élodie Roux … ont remporté" is a crew); not a
# bare "et": "Kessler a devancé Julien Maréchal et Paul Roy" names two crews (a review).
_JOINED = re.compile(
    r"\s*(?:/|,?\s*(?:et|and|&)\s+(?:son|sa|leur|his|her|their)\s+[^\W\d_][\w-]*|,\s*copilotée?\s+par)\s*", re.I
)


_EACH = re.compile(r"\b(?:respectivement|chacune?|tour\s+à\s+tour|respectively|each|both)\b", re.I)
_BARE_AND = re.compile(r"\s*,?\s*(?:et|and)\s*|\s*,\s*", re.I)


# A race of a meeting, by its number: "la course 2", "la deuxième course", "l'étape 7", "ES9".
# The nouns of a race or a part of one that a number names ("course 2", "manche n°3").
# (a hill climb's or a rallye-sprint's "montée": "la troisième montée", a twentieth walk)
EVENT_NOUNS = r"course|manche|étape|spéciale|session|séance|race|special\s+stage|stage|round|heat|montée"
_EVENT_NUMBERED = re.compile(rf"\b({EVENT_NOUNS})s?\s+(?:n°\s*)?(\d{{1,2}}(?:\s*(?:,|et|and|&)\s*\d{{1,2}})*)\b", re.I)
# A rally's special stage by its abbreviation: "ES7", "l'ES 11", "SS5" (a tenth walk's "Qui a
# gagné la septième spéciale ?" of "ES7 Anduze : Roux / Roux" was refused).
_SPECIAL_STAGE = re.compile(r"(?<![\w-])(?:ES|SS)\s?(\d{1,2})(?!\w)")
# Any ordinal, for a race's number: "la sixième manche", "la 8e étape", "the fifth stage".
_ANY_ORDINAL = "|".join(
    [
        r"\d{1,2}(?:er|re|ère|e|ème|eme|st|nd|rd|th)",
        *sorted((o for o in _ORDINALS if o.isalpha()), key=len, reverse=True),
    ]
)
_EVENT_ORDINAL = re.compile(rf"(?<![\w-])({_ANY_ORDINAL})\s+({EVENT_NOUNS})\b", re.I)
_EVENT_ORDINALS = re.compile(
    rf"(?<![\w-])((?:{_ANY_ORDINAL})(?:\s*(?:,|et|and|&)\s*(?:{_ANY_ORDINAL}))+)\s+({EVENT_NOUNS})s\b", re.I
)
# One race's noun in either language: "the fifth stage" of a rally is its "cinquième étape".
_EVENT_NOUN = {
    "race": "course",
    "round": "manche",
    "heat": "manche",
    "stage": "étape",
    "session": "séance",
    "special stage": "spéciale",
}


def _event_noun(noun: str) -> str:
    """A race's noun as the French text says it ("stage" -> "étape", "Special  stage" -> "spéciale") (pure)."""
    said = " ".join(noun.lower().split())
    return _EVENT_NOUN.get(said, said)


def ordinal_value(word: str) -> int:
    """The number an ordinal says ("sixième", "6e" and "sixth" are 6; "second" is 2), 0 for none (pure)."""
    digits = re.match(r"\d+", word)
    if digits:
        return int(digits.group())
    return 3 if re.search(r"podium\Z", word, re.I) else _ORDINALS.get(word.lower(), 0)


def events_numbered(text: str) -> set[tuple[str, int]]:
    """The races ``text`` names by their number, as (noun, number) (pure): "la course 2" and
    "la deuxième course" are ("course", 2)."""
    found = {
        (_event_noun(m.group(1)), int(n))
        for m in _EVENT_NUMBERED.finditer(text)
        for n in re.findall(r"\d+", m.group(2))
    }
    for m in _EVENT_ORDINAL.finditer(text):
        number = ordinal_value(m.group(1))
        if number:
            found.add((_event_noun(m.group(2)), number))
    found |= {("spéciale", int(m.group(1))) for m in _SPECIAL_STAGE.finditer(text)}
    for m in _EVENT_ORDINALS.finditer(text):  # "les 2e et 3e manches"
        found |= {(_event_noun(m.group(2)), ordinal_value(o)) for o in re.findall(_ANY_ORDINAL, m.group(1), re.I)}
    return found


def event_numbers(text: str) -> list[tuple[int, int, str]]:
    """Where ``text`` names a race by a number in digits, the number's offsets and the race's
    noun ("la course 1" -> the "1" and "course"), in order (pure)."""
    return [
        (m.start(2), m.end(2), _event_noun(m.group(1)))
        for m in _EVENT_NUMBERED.finditer(text)
        if re.fullmatch(r"\d{1,2}", m.group(2))
    ]


def last_event_named(text: str) -> set[tuple[str, int]]:
    """The race(s) ``text`` names by their number last ("… la course 3 …" at its end: ("course",
    3)), empty when it names none (pure)."""
    last = _last_mention(text, _NUMBERED_EVENTS)
    return events_numbered(last.group()) if last else set()


# The patterns a race by its number is named with.
_NUMBERED_EVENTS = (_EVENT_NUMBERED, _EVENT_ORDINAL, _SPECIAL_STAGE, _EVENT_ORDINALS)


def _last_mention(text: str, patterns: Sequence[re.Pattern[str]]) -> re.Match[str] | None:
    """The match of ``patterns`` that starts last in ``text``, None for none (pure)."""
    return max((m for p in patterns for m in p.finditer(text)), key=lambda m: m.start(), default=None)


# A sentence announcing what comes: "Prochain rendez-vous : le Grand Prix des Pays-Bas à Assen",
# "L'étape 8 mènera demain les concurrents à Haïl". The race it names has no result yet.
# Or a verb in the future tense ("On se rattrapera à Lohéac", a fifth walk), in small letters:
# "Carrera" is a name.
# (The first group's futures, "-era", and the commonest others: "-ira" alone would take the passé
# simple's "se retira".)
_ANNOUNCING = re.compile(
    r"\b(?i:demain|prochaine?s?|à\s+venir|tomorrow|next|upcoming)\b"
    r"|(?<![\w’'-])(?:[a-zà-ÿ]{2,}(?:era|eront|erons|erez)|[a-zà-ÿ]{2,}(?:iront|irons|irez)|sera|seront"
    # (not a past told in the future perfect: "Il aura fallu sortir le règlement pour désigner le
    # champion", a twenty-fourth walk's results release refused as announcing its race)
    r"|(?:aura|auront)(?!(?:\s+\w+ment)?\s+(?:fallu|été|eu|su|pu|dû|fait|vu|pris|mis|fini|réussi|connu|couru|tenu|vécu|dit|permis"
    r"|attendu|perdu|rendu|[a-zà-ÿ]{2,}é(?:e|s|es)?)(?![\w’'-]))"
    r"|fera|feront|pourra|pourront|devra|devront|courra|courront|viendra|viendront|tiendra|tiendront|ira)(?![\w’'-])"
)


def announces(text: str) -> bool:
    """Whether ``text`` tells what is to come ("La finale se disputera samedi", "prochaine
    manche", "demain") (pure)."""
    return _ANNOUNCING.search(text) is not None


def reported(text: str) -> str:
    """``text`` without its sentences announcing what comes, each sentence on a line of its
    own (pure): a release that answers who won or finished where says the race it reports
    outside them (a fourth walk answered who won the Grand Prix des Pays-Bas, and stage 8,
    from releases announcing them; a fifth the Lohéac round from "On se rattrapera à
    Lohéac"). A sentence stating a result stays, whatever it announces besides ("Fabre
    remporte la course 2 et visera le titre", a review)."""
    from paddockqa.text import split_sentences

    kept = (text[a:b] for a, b in split_sentences(text))
    return "\n".join(s for s in kept if not _ANNOUNCING.search(s) or states_placing(s))


# A win or a title said with its year: "vainqueur de l'édition 2023", "champion 2022", "sacré en 2019".
_PLACING_YEAR = re.compile(
    r"\b(?:vainqueure?s?|gagnante?s?|lauréate?s?|champion(?:ne)?s?|sacrée?s?|victoire|titre|won|winner|champion)\b"
    r"(?:\s+(?:de\s+l['’]\s*édition|lors\s+de\s+l['’]\s*édition|en|de|du|des|in|of\s+the))?\s+((?:19|20)\d\d)\b",
    re.I,
)


def years_asked(question: str) -> frozenset[str]:
    """The years of this or the last century a question names, as written ("2024") (pure)."""
    return frozenset(re.findall(r"\b(?:19|20)\d\d\b", question))


def placed_another_year(question: str, sentence: str, start: int, end: int) -> bool:
    """Whether the person at ``sentence[start:end]`` is given, in apposition, a win or a title of
    another year than the one the question asks about, and the sentence says no year asked
    (pure): "Antoine Rivière, vainqueur de l'édition 2023" for "Qui a gagné le Rallye des Monts
    d'Ardèche 2024 ?" (a fifth walk answered the 2023 winner); not "Hugo Ferrand, champion
    2022, remporte le Rallye du Touquet 2024", nor "… devant le champion 2023, Paul Roy" for
    Hugo Ferrand (a review)."""
    asked = years_asked(question)
    if not asked or asked & years_asked(sentence):
        return False
    for title in _PLACING_YEAR.finditer(sentence):
        after = title.start() >= end and _BESIDE.fullmatch(sentence[end : title.start()])
        before = title.end() <= start and _BESIDE.fullmatch(sentence[title.end() : start])
        if after or before:
            return True
    return False


def race_lines(text: str, races: AbstractSet[tuple[str, int]]) -> list[tuple[int, int]]:
    """Where ``text``'s lines naming one of ``races`` give who won it, after their colon ("ES7
    Anduze (14,2 km) : Roux / Roux" -> "Roux / Roux") (pure)."""
    found = []
    for line in re.finditer(r"[^\n]+", text):
        head, colon, rest = line.group().partition(":")
        if ITEM_OPENING.match(rest):
            continue  # "Course 2 : 1. Fabre (Iveco) ; 2. …": a results list, its items placed by number
        # (not a headline's clause after the race's name: "Course 2 : Vasseur remonte du cinquième
        # rang" says no win, a nineteenth walk quoted it for who won race 2)
        if _A_CLAUSE_AFTER_NAMES.search(rest.split("(")[0]):
            continue
        if colon and rest.strip() and events_numbered(head) & races and _NAMES_A_CREW.search(rest):
            at = line.start() + len(head) + 1 + (len(rest) - len(rest.lstrip()))
            found.append((at, line.start() + len(line.group().rstrip(" .;"))))
    return found


ITEM_OPENING = re.compile(r"\s*\d{1,3}[.)]\s")  # a numbered list's item
# A word in small letters other than a name's particle: a clause, no list of names.
_A_CLAUSE_AFTER_NAMES = re.compile(
    r"(?<![\w’'-])(?!(?:de|du|des|la|le|les|et|and|van|von|der|den|di|da|del|dos)\b)[a-zà-ÿ]{3,}"
)
# Who won a stage, after its line's colon: a name first ("Roux / Roux", "Jean-Baptiste Franceschi
# (Citroën C3)", "S. Ogier / V. Landais"), no digit nor dash before its bracket; not a route
# ("Florac – Marvejols (168 km)"), a time of day nor "annulée" (reviews).
_NAMES_A_CREW = re.compile(r"^\s*(?:[A-ZÀ-Ý]\.|[A-ZÀ-Ý][\w’'-]+)(?![^(]*\s[–—-]\s)(?![^(/]*\d)")


# The best lap in a race: "le meilleur tour", "le meilleur temps au tour", "fastest lap".
_BEST_LAP = re.compile(
    r"meilleur\s+tour|meilleur\s+temps\s+(?:au|du|en)\s+tour|tour\s+le\s+plus\s+rapide|record\s+du\s+tour"
    r"|fastest\s+lap|best\s+lap",
    re.I,
)
# A feat a question asks who achieved, or what it was, and the words a sentence says it with:
# the pole ("le poleman Lucas Ferrand"), the best lap in a race ("le meilleur tour est revenu à
# Yuki Tanabe"). A tenth walk answered both with the winner its headline and lede name.
_FEATS = (
    (
        re.compile(r"\bp[oô]le(?:\s+position)?\b|\bpoleman\b|\bpole\b", re.I),
        re.compile(r"\bp[oô]le\b|\bpoleman\b|\bp[oô]le-position\b|\bpole-?sitter\b|\bpolesitter\b", re.I),
    ),
    (_BEST_LAP, _BEST_LAP),  # (asked and said in the same words)
    (  # a stage's or a session's best time: "Qui a signé le meilleur temps de l'ES 9 ?" is not answered
        # by the stage's name of "perdu vingt-six secondes dans l'ES 9 (Hucqueliers, 21,4 km)" (a
        # sixteenth walk); a pole is one in qualifying
        re.compile(r"meilleur\s+(?:temps|chrono)|temps\s+scratch|best\s+time|fastest\s+time", re.I),
        re.compile(
            # (not "37es au scratch", the overall classification: the fifteenth walk rerun; a stage
            # won, the quickest, the best performance: a review)
            r"meilleurs?\s+(?:temps|chronos?)|(?<!\bau\s)\bscratchs?\b|best\s+times?|fastest\s+times?|\bfastest\b"
            r"|\bl[ea]\s+plus\s+(?:rapide|véloce)\b|\bp[oô]le\b|\bp[oô]le-position\b|\bdomin\w*"
            r"|meilleure\s+performance|\bquickest\b|\btopped\b",
            re.I,
        ),
    ),
    (  # a title: "Who won the BTCC drivers' title?" is no race's win ("took his maiden BTCC win", a walk)
        re.compile(r"\b(?:titre|title|crown)\b", re.I),
        re.compile(r"\b(?:titres?|titles?|crowns?|couronnée?s?|champion\w*|championnat|sacrée?s?)\b", re.I),
    ),
)
# Who achieved it, or what it was ("Quel est le meilleur tour …", "Quel temps …"): not a
# question that only mentions it ("Quelle récompense est donnée aux pilotes réalisant le
# meilleur tour de qualification ?", PIAF's one such question).
_FEAT_SUBJECT = re.compile(
    r"^\W*(?:(?:et|and)\s+)?(?:qui|who|quel(?:le)?\s+(?:est|était|a\s+été)\s+(?:le|la)\s+(?:meilleur|pole)"
    r"|quel\s+(?:temps|chrono)|what\s+(?:was|is)\b.*\b(?:fastest|best|pole)\b)",
    re.I,
)


def feat_asked(question: str) -> re.Pattern[str] | None:
    """The words a sentence must say for its span to answer who achieved, or what was, the feat
    ``question`` asks about (the pole, the best lap), or None (pure): the feat asked near its
    opening, not one the question mentions aside ("Qui a remporté la course, malgré la pole de
    Julien Marchal ?", a review)."""
    opening = _FEAT_SUBJECT.search(question)
    if opening is None:
        return None
    near = question[: opening.end() + _FEAT_REACH]
    return next((said for asked, said in _FEATS if asked.search(near)), None)


_FEAT_REACH = 40  # characters after a question's opening where the feat it asks about stands

# A superlative asked of someone, and the words a sentence says it with: "Qui est le plus jeune
# pilote qualifié ?" ("Léo Garnier, 12 ans, … est le plus jeune qualifié": a tenth walk got the
# winner named in the sentence the reader liked).
_SUPERLATIVES = (
    (
        re.compile(r"\b(?:l[ea]\s+plus\s+jeune|benjamine?|youngest)\b", re.I),
        re.compile(r"\b(?:l[ea]\s+plus\s+jeune|benjamine?|youngest|l[ea]\s+cadet(?:te)?\s+d[ue])\b", re.I),
    ),
    (
        re.compile(r"\b(?:l[ea]\s+plus\s+âgée?|doyen(?:ne)?|oldest)\b", re.I),
        re.compile(r"\b(?:l[ea]\s+plus\s+âgée?|doyen(?:ne)?|oldest)\b", re.I),
    ),
)
WHO_ASKED = re.compile(r"^\W*(?:(?:et|and)\s+)?(?:qui|who)\b", re.I)  # "Qui …", "Et qui …", "Who …"


def superlative_asked(question: str) -> re.Pattern[str] | None:
    """The words a sentence must say for its span to answer who is the youngest or the oldest
    ``question`` asks about ("Qui est le plus jeune qualifié ?"), near its opening, or None (pure)."""
    opening = WHO_ASKED.match(question)
    if opening is None:
        return None
    near = question[: opening.end() + _FEAT_REACH]
    return next((said for asked, said in _SUPERLATIVES if asked.search(near)), None)


def event_asked(question: str) -> str | None:
    """The race the question names by its number, as written ("étape 8", "deuxième course"), or
    None (pure)."""
    found = [m for pattern in (_EVENT_NUMBERED, _EVENT_ORDINAL, _SPECIAL_STAGE) for m in pattern.finditer(question)]
    return min(found, key=lambda m: m.start()).group() if found else None


def another_event(text: str, asked: str) -> bool:
    """Whether ``text`` names only other numbers of a race the question ``asked`` names by its
    number (pure): "Lucas Vernier a remporté la course 1" for "Qui a gagné la course 2 ?", a
    results list headed "Course 1 (samedi) :" for the second of race 2 (two walks)."""
    if another_class(text, asked):
        return True
    wanted = events_numbered(asked)
    if not wanted:
        return False
    said = events_numbered(text)
    nouns = {noun for noun, _ in wanted}
    same_noun = {e for e in said if e[0] in nouns}
    return bool(same_noun) and not (same_noun & wanted)


# A race named, not numbered: "la Course Superpole", "the Sprint Race", "la course sprint".
_EVENT_NAMED = re.compile(
    r"\b(?:course|race)\s+(?:superpole|sprint|principale|feature)\b|\b(?:superpole|sprint|feature|main)\s+race\b", re.I
)


def another_race_before(before: str, asked: str) -> bool:
    """Whether the race named last in ``before`` (a sentence's paragraph before it, when the
    sentence names none) is another than the numbered one the question ``asked`` names (pure):
    "la Course Superpole, un sprint de 10 tours, a été beaucoup plus serrée. Vitali n'a devancé
    Hartley que de 0,094 s" is no gap of race 2 (a thirteenth walk answered so)."""
    wanted = events_numbered(asked)
    if not wanted or events_numbered(before) & wanted:
        # (a paragraph naming the race asked is about it: "La course 2, course sprint de 10 tours,
        # a été serrée. Vitali s'impose …", a review)
        return False
    last = _last_mention(before, (*_NUMBERED_EVENTS, _EVENT_NAMED))
    if last is None:
        return False
    if last.re is _EVENT_NAMED:
        return "course" in {noun for noun, _ in wanted}
    said = events_numbered(last.group())
    nouns = {noun for noun, _ in wanted}
    return bool(said) and all(noun in nouns for noun, _ in said) and not said & wanted


def another_class(text: str, asked: str) -> bool:
    """Whether ``text`` names a championship's classes by their letters, none of them the one
    the question ``asked`` names (pure): "Qui a remporté le Championnat A … ?" of "Champion de
    France 2008 de Carrera Cup B" (the press set's unanswerable question was answered with the
    B champion)."""
    classes = set(_CLASS_LETTER.findall(asked))
    said = set(_CLASS_LETTER.findall(text))
    return bool(classes and said and not classes & said)


# A championship's class by its letter: "Championnat A", "Carrera Cup B", "Groupe N", "classe C".
_CLASS_LETTER = re.compile(
    r"(?i:championnat|championship|cup|coupe|catégorie|category|groupe|group|division)"
    r"\s+(?-i:([A-Z]))(?![\w’'-])"
)


# A class of a race's field, as a release names it: a code after "en", "in" ("En GT3,", "en
# LMP3", "En Pro-Am,"), or any name after "catégorie", "classe", "classement", "championnat"
# ("dans la catégorie GT3", "En catégorie VHRS", "La catégorie Am").
# (after "en", a class's shape only: not "en BMW", "en ES7", "en Q2", "en FP1", "in NASCAR": a review)
# The classes known by their names alone ("GT3", "LMP2", "Silver", "SX2", "Junior").
_CLASS_CODES = (
    r"GT\d(?:\s?(?:Pro|Am|Cup))?|LMP\d|LMGT\d|LMGTE(?:\s(?:Pro|Am))?|GTE(?:\s(?:Pro|Am))?"
    # (a motocross's classes by their riders: "SX Kids 85", "MX Women", a twenty-second walk)
    r"|(?:MX|SX)\s(?:Kids|KIDS|Women|WOMEN|Femmes|FEMMES|Juniors?|JUNIORS?|Open|OPEN)(?:\s\d+)?"
    r"|Pro-Am|Pro|Am|Silver|Gold|Bronze|VH[A-Z]{1,3}|MX\d|MXGP|SX\d|WRC\d?|JWRC|ERC\d?|RC\d|Rally\d|MotoGP|Moto\d|R\d|N\d"
    r"|TCR|SSV|GTD(?:\sPro)?|GTP|KZ\d?|OK(?:-Junior)?|Hypercar|LMH|LMDh|Elite(?:\sPro)?|Superstock|Junior|Senior"
    # (a truck's axles: "Catégorie 6x6 : victoire du Tchèque Jiří Svoboda", a twenty-second walk)
    r"|[468]x[468]"
)
_CLASS_MENTION = re.compile(
    # ("chez les SSV", "among the SSVs": a seventeenth walk gave the overall winners for the SSV's)
    rf"\b(?i:en|in|chez\s+les|among\s+the)\s+(?P<code>(?-i:{_CLASS_CODES}))(?![\w-])"
    # ("Chez les Espoirs (moins de 18 ans), Noah Guérin … a remporté", a nineteenth walk)
    r"|\b(?i:chez\s+les)\s+(?P<among>(?-i:[A-ZÀ-Ý][\w-]+))(?![\w-])"
    # a group by its letters: "le groupe A à Stéphane Vuillod", "En groupe F2000" (a seventeenth
    # walk gave the scratch winner for group A's); not "le groupe Ardent", a company
    # (a letter, or a letter or two and a number: not "le groupe PSA", "du groupe BMW", a review)
    r"|\b(?i:groupe|group)\s+(?P<group>(?-i:[A-Z](?:[A-Z]?\d{1,4})?))(?![\w'’-])"
    # a class's final or its English name: "la finale SX1", "In the EuroNASCAR 2 class" (a
    # fourteenth walk gave the SX1 final's length and the PRO class's winner for its SX2, EN2)
    rf"|\b(?i:finale|final)\s+(?P<final>(?-i:{_CLASS_CODES}))(?![\w-])"
    r"|\b(?i:the)\s+(?P<english>(?-i:[A-Z][\w-]*(?:\s+(?:\d+|[A-Z][\w-]*))?))\s+(?i:class|category)\b"
    # a class's name of more than one word after "catégorie", "classe" ("la catégorie Elite Pro",
    # not "Elite": a thirteenth walk's release had both); one after "championnat" ("Porsche", as
    # the question may name it alone)
    # (not "Dans quelle catégorie Romain Dumas s'est-il imposé ?", the press set)
    r"|(?<![Qq]uelle\s)(?<![Ww]hich\s)\b(?i:catégorie|classe|category|class|classement)\s+(?P<long>(?-i:(?:[A-ZÀ-Ý][\w-]*|[468]x[468])(?:\s+[A-ZÀ-Ý][\w-]*)*))(?![\w-])"
    r"|\b(?i:championnat|championship)\s+(?P<name>(?-i:[A-Z][\w-]*))(?![\w-])"
    # ... or one a sentence says who it is for: "La Coupe AMV, réservée aux motos sur glace"
    # (not "ouvert à tous": "Le circuit de Spa, ouvert à tous" is no class, a review)
    r"|(?:(?-i:La|Le|Les|The)\s+|(?-i:L)['’])?(?P<defined>(?-i:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)),?\s+(?i:réservée?s?|reserved)"
    r"\s+(?i:aux|à|to|for)\b"
    # ... or a paragraph's heading: "Supersport : Yanis Ferrer …", "Superbike, course 1 (samedi) :",
    # "Formula Ford historique : …" (a fifteenth walk gave the Superbike pole for the Supersport's);
    # not a race's, a list's or a section's ("Course 2 (dimanche) :", "Classement :", "Prochaine
    # épreuve :"), nor a speaker's (``classes_named``)
    # (a list's item too: "- Coupe des Dames : Claire Vialatte / Manon Vialatte", a nineteenth walk)
    r"|(?m:^)[ \t]*(?:[-–•*][ \t]+)?"
    r"(?!(?i:course|race|manche|heat|classements?|standings|prochaine?|next|programme|contacts?|es\s?\d"
    r"|spéciales?|qualifications?|qualifying|finale|final|résultats?|results|note|à\s+noter|le|la|les|l['’]|un|une|en|au"
    r"|aux|dans|sur|pour|par|chez|avec|catégorie|classe|category|class|photo|crédits?|source|q|r|question|réponse"
    # (a report's sections, not its classes: "Essais :", "Podium :", "Réactions :", a review)
    r"|essais|practice|podium|réactions?|reactions?|faits|highlights|bilan|ambiance|météo|weather|quote|citation"
    r"|palmarès|warm-up|tarifs?|prices?|tickets?|billetterie|moteur|championnat|championship|pole|chrono|timing"
    # (a list's labels: "- Président :", "- Temps :", a review)
    r"|présidente?|temps|vitesse|durée|distance|lieu|dates?|horaires?|organisateurs?|organisation|adresse|accès"
    r"|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)"
    r"(?P<heading>(?-i:[A-ZÀ-Ý][\w'’-]*(?:[ \t]+[\w'’-]+){0,3}?))"
    # (after a comma a race's number, a day or a length: "Élite, samedi :", "GT Endurance, 3 Heures
    # (samedi) :", a sixteenth walk; not "Mauvaise journée, en revanche :", a review)
    r"(?=(?:,[ \t]*(?i:(?:course|race|manche)[ \t]+\d+|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday"
    r"|tuesday|wednesday|thursday|friday|saturday|sunday|\d+[ \t]+(?:heures?|hours?|tours?|laps?|minutes?|km)))?"
    r"[ \t]*(?:\([^)\n]*\))?[ \t]*:[ \t])"
)


A_CLASS_CODE = re.compile(rf"(?<![\w-])(?:{_CLASS_CODES})(?![\w-])")


def classes_named(text: str, headings: bool = False) -> list[tuple[int, str]]:
    """The classes of a race's field ``text`` names, where and as written ("GT3", "VHRS", "Am"),
    in order (pure); with ``headings``, a paragraph's heading too ("Supersport : …"; not a
    report's section, "Podium :", "Essais :", "Samedi :", a review; nor an interview's speaker
    heading his answer, "Nathalie Cabrol : …")."""
    from paddockqa.conversation import is_person

    def a_heading(m: re.Match[str], name: str) -> bool:
        # (a paragraph's, ending as a sentence does; not a title's line: "FSBK : Kévin Marchetti
        # reprend la tête …")
        line = text[m.start() : (text.find("\n", m.start()) + 1 or len(text) + 1) - 1].rstrip()
        # (or a list's item: "- Coupe des Dames : Claire Vialatte / Manon Vialatte", a nineteenth walk)
        itemised = re.match(r"\s*[-–•*]\s", line) is not None
        return not is_person(name) and (itemised or line.endswith((".", "!", "?", "»", "…", ")")))

    def a_family(name: str) -> bool:
        # "Chez les Rieutort, le rallye se transmet comme un héritage" of Manon Rieutort: a family
        # (a twentieth walk's brother asked found a class "Rieutort"), not "Chez les Espoirs"
        return any(is_person(p.group()) for p in re.finditer(rf"\b[A-ZÀ-Ý][\w’'-]+\s+{re.escape(name)}\b", text))

    return [
        (m.start(), name)
        for m in _CLASS_MENTION.finditer(text)
        for name in [next(name for name in m.groups() if name)]
        if (not m.group("heading") or (headings and a_heading(m, name))) and not (m.group("among") and a_family(name))
    ]


_CLAUSE_EDGE = re.compile(r";|,\s*(?:et|mais|tandis\s+que|alors\s+que)\s")


def _heads(name: str, text: str) -> bool:
    """Whether ``name`` heads a paragraph of ``text`` ("Guards Trophy: Frenchman …") (pure)."""
    return any(m.group("heading") == name for m in _CLASS_MENTION.finditer(text))


def class_asked(
    question: str, texts: Iterable[str] = (), titles: Iterable[str] = (), own: bool = True
) -> frozenset[str]:
    """The classes a question names ("Qui a gagné en GT3 ?", "Qui a remporté la catégorie VHRS
    ?"), as written, and those of ``texts`` (the passages read) it names ("Qui a terminé
    troisième de la Coupe AMV ?" of "La Coupe AMV, réservée aux motos", a thirteenth walk), not
    one inside another it names ("Elite" of "Elite Pro"), nor the event a document's title
    names ("Le Trophée Andros, réservé aux voitures électriques" in the Trophée Andros's) (pure).
    Without ``own``, only class codes and the classes of ``texts``: a question asking no placing
    says "championnat" of other things ("Dans quel championnat Patrick Pilet court-il ?", the
    press set)."""
    asked = {name for _, name in classes_named(question)} if own else set()
    # (one known by its name alone, however the question names it: "Qui a gagné la Silver Cup
    # en course 1 ?" of a passage read whose classes are only "Pro", a fourteenth walk)
    events = " ".join(titles)
    # (not a series a title names: "Où se disputera le prochain Grand Prix MXGP ?" of the "MXGP de
    # France", an MX2 sentence before it, a twelfth walk)
    asked |= {name for name in A_CLASS_CODE.findall(question) if name not in events}
    # (a title's name heading a paragraph is the meeting's race or class: "Guards Trophy: …" of
    # "Oulton Park Gold Cup: …, Lequien takes the Guards Trophy", a fifteenth walk)
    said = {name for text in texts for _, name in classes_named(text, True) if name not in events or _heads(name, text)}
    # (in small letters too: "la catégorie féminine" of "En catégorie Féminine", a nineteenth walk; one
    # word's, not a code's, "A" is not the verb of "Quel âge a Philippe Gaillard ?", nor a speaker's
    # heading, "Philippe gaillard : « … »")
    asked |= {
        name
        for name in said
        if re.search(
            rf"(?<![\w-]){re.escape(name)}(?![\w-])",
            question,
            re.I if len(name) > 3 and not name.isupper() and " " not in name else 0,
        )
    }
    # (not a person's name the question gives: "Chez les Rieutort" of a passage for "Quel est le
    # prénom du frère de Manon Rieutort ?", a twentieth walk, where the family is no class)
    from paddockqa.conversation import is_person, names

    people = {w for n in names(question) if is_person(n) for w in n.split()}
    return frozenset(
        name for name in asked if name not in people and not any(name != other and name in other for other in asked)
    )


# The days of the week, English ones as the French ("Saturday" is "samedi").
_DAY_NAMES = dict(
    zip(
        "lundi mardi mercredi jeudi vendredi samedi dimanche monday tuesday wednesday thursday friday saturday"
        " sunday".split(),
        "lundi mardi mercredi jeudi vendredi samedi dimanche".split() * 2,
        strict=True,
    )
)
DAY_WORDS = "|".join(_DAY_NAMES)  # the days' names, as an alternation
A_DAY = re.compile(rf"\b(?:{DAY_WORDS})\b", re.I)
# A line's heading naming a day: "Élite, dimanche :", "Course 1 (samedi) :", "Sunday:"; the
# day opening it, after a comma or in brackets, right before the colon (not "Il pleuvait
# dimanche : …").
_A_DAY_HEADING = re.compile(
    rf"(?m:^)[ \t]*(?:[^\n:.,(]{{0,30}}(?:,[ \t]*|\([ \t]*))?(?:{DAY_WORDS})\b[ \t]*\)?[ \t]*:[ \t]", re.I
)


# A sentence opening with a day: "Dimanche, elle a pris sa revanche", "On Sunday, …".
_A_DAY_OPENING = re.compile(rf"\W*(?:(?:le|on)\s+)?(?:{DAY_WORDS})\b", re.I)


def days_named(text: str) -> frozenset[str]:
    """The days of the week ``text`` names, in French ("samedi" for "Saturday") (pure)."""
    return frozenset(_DAY_NAMES[m.group().lower()] for m in A_DAY.finditer(text))


def another_day_said(before: str, sentence: str, asked: AbstractSet[str]) -> bool:
    """Whether a sentence is said of days other than those ``asked`` (pure): the days it opens
    with, as a heading or first ("Élite, dimanche : Léo Marchand …", "Dimanche, elle a pris sa
    revanche"), else those heading its paragraph in ``before`` (its passage before it: "Axel
    Tournier (Gas Gas) complète le podium" after "Élite, dimanche : …" is Sunday's; a sixteenth
    walk answered who won the Élite on Saturday with Sunday's winner). False for a sentence
    whose opening and paragraph name no day: one named in a clause is not the sentence's ("Paul
    Roy, auteur de la pole samedi, s'est imposé", a review), nor is a heading's past its paragraph."""
    opening = _A_DAY_OPENING.match(sentence) or _A_DAY_HEADING.match(sentence)
    if opening is not None:
        said = days_named(opening.group())
    else:
        head = _A_DAY_HEADING.match(before[before.rfind("\n") + 1 :])
        said = days_named(head.group()) if head else frozenset()
    return bool(said) and not said & asked


def another_class_said(
    before: str, sentence: str, start: int, asked: AbstractSet[str], after: str = "", title: str = ""
) -> bool:
    """Whether the span at ``sentence[start:]`` is said of a class other than those ``asked``
    (pure): the classes its clause names, else its sentence's, else the one named last in
    ``before`` (its passage before the sentence: "En LMP3, le Norvégien Anders Holm … Garnier,
    21 ans, a conservé l'avantage" is LMP3's). A headline or a lede before any class is named
    is any class's when ``after`` (the passage after the sentence) names one ("Le Mans Cup :
    Nordhaven Racing et Vortex GT s'imposent"). A thirteenth walk answered who won in GT3 with
    the LMP3 crew, and who won the VHRS category with the VHC winner."""
    opened = max((m.end() for m in _CLAUSE_EDGE.finditer(sentence[:start])), default=0)
    closed = _CLAUSE_EDGE.search(sentence[start:])
    clause = sentence[opened : start + closed.start() if closed else len(sentence)]
    keys = {class_key(name) for name in asked}
    # (a paragraph's heading is a class here: the class asked is named, and a report's sections
    # are no headings, "Podium :", "Essais :"; the passage read may not hold the asked class's
    # heading, "Supersport :" two paragraphs on)
    for text in (clause, sentence):
        said = {class_key(name) for _, name in classes_named(text, True)}
        if said:
            return not said & keys
    # The class asked named bare, or by its last word ("Moretti leads the PRO standings" of the
    # "EuroNASCAR PRO class": a fourteenth walk's leader was refused after "EuroNASCAR 2").
    bare = {*asked, *(name.split()[-1] for name in asked if re.fullmatch(r"\S+\s+[^\W\d_]{2,}", name))}
    if any(re.search(rf"(?<![\w-]){re.escape(name)}s?(?![\w-])", sentence, re.I) for name in bare):
        return False  # (and "Chez les juniors" of "Junior", a review)
    if any(re.match(rf"\W*{re.escape(name)}(?![\w-])", title) for name in asked) and not _classes_titled(title) - keys:
        # a release its title opens with the class asked: "Moto2 – Grand Prix d'Italie" before
        # "Au championnat, Clément Vasseur … 71 points", "MotoGP" named later (an eleventh walk);
        # not a headline naming one class's winner among others' ("…, Noa Guérin intouchable en
        # SX2" over an SX1 final's sentence, the fourteenth walk rerun)
        return False
    last = classes_named(before, True)
    if not last:
        # (a passage whose later classes are only the one asked is that class's: a review)
        return bool({class_key(name) for _, name in classes_named(after, True)} - keys)
    return class_key(last[-1][1]) not in keys


def _classes_titled(title: str) -> set[str]:
    """The classes a title names, by name alone or as a text names them, as compared (pure)."""
    return {class_key(n) for n in A_CLASS_CODE.findall(title)} | {class_key(n) for _, n in classes_named(title)}


def class_key(name: str) -> str:
    """A class's name as compared: in small letters, a plural's "s" aside ("Juniors" is
    "Junior", a review) (pure)."""
    return name.lower().removesuffix("s")


def lists_person(text: str, person: str) -> bool:
    """Whether a race's results list of ``text`` has an item naming ``person`` ("3. Théo Marchal
    (Loubet Compétition) – à 9"330"; not a standings' "4. Théo Marchal – 24 points") (pure)."""
    from paddockqa.conversation import names

    for line in re.finditer(r"^[ \t]*\d{1,3}[.)][ \t]+(.+)$", text, re.M):
        item = line.group(1)
        if _POINTS_ONLY.search(item):
            continue  # a standings' "4. Théo Marchal – 24 points": no race's place nor gap
        if RESULT_ITEM.search(item) and any(same_name(n, person) for n in names(item)):
            return True
    return False


_POINTS_ONLY = re.compile(r"[–—:-]?\s*\d+\s*(?:points?|pts)\s*\.?\s*$", re.I)


def list_items(text: str, place: int) -> list[tuple[int, int]]:
    """Where ``text``'s results-list items of number ``place`` say what follows their number
    ("2. Adrien Poulain / Élodie Marchal (Citroën) à 18"4"), line by line (pure): an item that
    reads as a result (``RESULT_ITEM``), not a programme's or a prose list's ("2. Samedi : Jean
    Dupont ouvre la route", "1. Pierre Gasly a rejoint Alpine")."""
    # A list run on in a line too, each item to its semicolon: "Course 2 : 1. Fabre (Iveco) ; 2.
    # Henri Maury (Scania)" (a fifth walk); an item alone on its line is the whole line.
    from paddockqa.text import RUN_ON_ITEM

    found = []
    for line in re.finditer(r"[^\n]+", text):
        run_on = len(RUN_ON_ITEM.findall(line.group())) >= 2
        item = r"(\S[^;]*?)[ \t]*(?=;|$)" if run_on else r"(\S.*?)[ \t]*$"
        for m in re.finditer(rf"(?:^[ \t]*|(?<=[;:])[ \t]+){place}[.)][ \t]+{item}", line.group()):
            if (run_on or m.start() == 0 or not line.group()[: m.start()].strip()) and RESULT_ITEM.search(m.group(1)):
                found.append((line.start() + m.start(1), line.start() + m.end(1)))
        # a table's row, its columns named (``formats.table_rows``): "Rang : 2 ; Finaliste : Ilyes
        # Benali ; Âge : 17 ans ; …" (a twenty-third walk answered who finished second with the winner)
        ranked = _A_RANKED_ROW.match(line.group())
        if ranked is not None and int(ranked.group(1)) == place:
            found.append((line.start() + ranked.end(), line.end()))
    return found


# A table's column of places, as its header names it: "Rang", "Pos.", "Classement".
RANK_COLUMN = r"rang|pos\.?|position|place|classement|rank"
_A_RANKED_ROW = re.compile(rf"[ \t]*(?:{RANK_COLUMN})[ \t]*:[ \t]*(\d{{1,3}})[ \t]*;[ \t]*", re.I)


# What a results list's item holds besides a name: a team or a car in parentheses, a time or a
# gap ("1h52'36"8", "à 18"4", "à 2,4 s"), laps or points.
# A results item's number and its first competitor, up to the bracket opening after it: "2. n°3
# Vienne Motorsport (".
_AN_ITEMS_BRACKET = re.compile(r"[ \t]*(\d{1,3})[.)][ \t][^()\n;:]+\($")
RESULT_ITEM = re.compile(
    r"\(|\bà\s+\d|\d+\s*['\"″’]\s*\d|\d+\s*h\s*\d|\b\d+\s*(?:tours?|laps?|pts|points?|s)\b|\s[–—-]\s*\d", re.I
)


def list_heading(text: str, at: int) -> str:
    """The line heading the numbered list that holds ``text[at]``: the nearest line above it
    that is no item (``text.NUMBERED_ITEM``: "Course 2 (dimanche) :"), or "" (pure)."""
    from paddockqa.text import NUMBERED_ITEM

    lines = text[:at].split("\n")
    # A list run on in a line is headed by what opens the line: "Course 2 : 1. Fabre (Iveco) ; …";
    # one whose line opens with its first item, by the line above (a review).
    opening = re.match(r"(.*?[:;])[ \t]+\d{1,3}[.)][ \t]", lines[-1])
    if opening is not None and opening.group(1).strip(" :;") and not NUMBERED_ITEM.match(lines[-1]):
        return opening.group(1).strip()
    for line in reversed(lines[:-1]):
        if line.strip() and not NUMBERED_ITEM.match(line):
            return line.strip()
    return ""


_A_TEAMS_CAR = re.compile(rf"[^,;]*\b(?:du|de\s+l['’]|de)\s+{A_TEAM.pattern}")  # "Porsche n°47 du Team Valkenburg"


# A place held while racing, said before it: "alors qu'elle occupait la deuxième place" when she
# retired, "while running second", "il pointait en troisième position".
_RUNNING_IN = re.compile(
    r"\b(?:occupait|occupaient|occupant|pointait|pointant|roulait|roulant|figurait|naviguait|running|lying)"
    r"\s+(?:(?:alors|encore|then|still)\s+)?(?:(?:la|le|en|à\s+la|au|in)\s+)?$"
    # "Antoine Sauvagnat, longtemps deuxième, a … dû se contenter de la troisième place" (a
    # twenty-second walk's follow-up)
    r"|(?:^|,)\s*(?:longtemps|long\s+time|for\s+a\s+long\s+time)\s+$",
    re.I,
)


_A_CONTRAST = re.compile(r",\s*(?:mais|tandis\s+que|alors\s+que|whereas|while|but)\s", re.I)


def placing_of(sentence: str, start: int, end: int, runner_up: bool = True) -> int | None:
    """The place ``sentence`` gives the person at ``sentence[start:end]`` (pure): the placing
    stated nearest to that person among those whose nearest person it is (a win is 1: "X
    s'impose devant Y" places X, not Y; "Rang : 2 ; Coureur : X" places X), or None when the
    sentence places no one there."""
    from paddockqa.text import RUN_ON_ITEM

    item = re.search(RUN_ON_ITEM.pattern + r"[ \t]*$", sentence[:start])  # "… ; 2. " right before the span
    if item is not None and RESULT_ITEM.search(sentence[start:].split(";")[0]):
        # The competitor a results list's item opens with, a surname alone too: "Course 2 : 1.
        # Fabre (Iveco) ; 2. Henri Maury (Scania)" (a list run on in a line, a fifth walk).
        return int(item.group(1))
    if _WON_BY_TOO.search(sentence[:start]):
        return 1
    crewed = _AN_ITEMS_BRACKET.match(sentence[:start])
    if (
        crewed is not None
        and sentence[end : end + 1] == ")"
        and RESULT_ITEM.search(sentence[end + 1 :])
        # (people: not the car of "1. n°101 Lefèvre / Morin (MD Optimus)", a review)
        and re.fullmatch(r"[A-ZÀ-Ý][\w’'-]+(?:\s*(?:,|/|\bet\b)\s*[A-ZÀ-Ý][\w’'-]+)+", sentence[start:end].strip())
    ):
        # A results item's bracket, whole: its crew ("2. n°3 Vienne Motorsport (Ménard, Blanchard,
        # Roux) — à 1 tour" answered who won a class no text names, a twenty-first walk).
        return int(crewed.group(1))
    people, spanned = _people_spanned(sentence, start, end)  # spanned: the span's person(s)
    bare = re.sub(r"^(?:le|la|l['’])\s*", "", sentence[start:end].strip(), flags=re.I)
    if not spanned and (A_TEAM.fullmatch(bare) or _A_TEAMS_CAR.fullmatch(bare)):
        # A team is placed as a person is: "Le Team Sarthe Prestige a terminé deuxième des 6
        # Heures" answered who won them (a ninth walk); a team's car too ("la Porsche n°47 du Team
        # Valkenburg s'impose" answered which team was third: a twelfth walk).
        spanned = [(start, end)]
        people = sorted([*people, (start, end)])
    if not spanned:
        return None

    def gap(a: tuple[int, int], b: tuple[int, int]) -> int:
        # A bracket right after a name is that name's ("Mateo Reyes (Hartwell Racing, No. 11
        # Dallara-Honda) won …": a thirteenth walk placed "the Milwaukee Mile" first, nearer).
        first, second = sorted([a, b])
        if _BRACKET_ONLY.fullmatch(sentence[first[1] : second[0]]):
            return 0
        return max(a[0] - b[1], b[0] - a[1], 0)

    found: list[tuple[int, int]] = []  # (gap, place)
    for mention in list(_PLACED.finditer(sentence)) + list(_WON.finditer(sentence)):
        if mention.re is _WON:
            place = 1
        else:
            if mention.group(2) and not RESULT_ITEM.search(sentence[mention.end() :]):
                continue  # "1. Pierre Gasly a rejoint Alpine": a prose list's number, no place
            number = mention.group(1) or mention.group(2)
            place = int(number) if number else ordinal_value(mention.group())
            if _RUNNING_IN.search(sentence[: mention.start()]):
                continue  # a place held on the way, not where one finished (a seventeenth walk)
        if not place:
            continue

        def between(p: tuple[int, int], m: re.Match[str] = mention) -> str:
            return sentence[min(p[1], m.end()) : max(p[0], m.start())]

        # The person nearest the placing, past one it is stated against ("X a terminé deuxième
        # devant Y": Y, nearer, is the one beaten; X is placed), unless a reference word stands
        # between them too (the placing is then someone else's).
        # Not one a contrast's clause opens with after the placing: "X … a remporté la deuxième
        # manche, mais Y s'est imposé dans la première" places X (a nineteenth walk gave Y heat 2).
        candidates = [
            p
            for p in people
            if not against(sentence, p) and not (p[0] >= mention.end() and _A_CONTRAST.search(between(p)))
        ]
        if not candidates:
            continue
        nearest = min(candidates, key=lambda p: gap(p, mention.span()))
        if _REFERENCE.search(between(nearest)) or (nearest[1] <= mention.start() and _GAP_TO.search(between(nearest))):
            continue
        # A crew shares its placing: "Mathieu Carrel et sa copilote Sophie Gindre ont remporté",
        # "Mathieu Carrel / Sophie Gindre" (a fourth walk).
        crew = [
            p
            for p in people
            if p == nearest or _CREW.fullmatch(sentence[min(p[1], nearest[1]) : max(p[0], nearest[0])])
        ]
        if any(p in spanned for p in crew):
            found.append((gap(nearest, mention.span()), place))
    if found:
        return min(found)[1]
    # "X s'impose devant Y": Y second (``runner_up``: not for whether Y is one beaten).
    return runner_up_place(sentence, start, end) if runner_up else None
