"""Corrected releases: a release that says it cancels and replaces an earlier one (pure).

A press officer who finds an error sends the release again, saying so: "RECTIFICATIF",
"Communiqué de presse – version corrigée", "Ce communiqué annule et remplace celui envoyé le
19 mai 2024". A newsroom's folder then holds both, and the search may rank the cancelled one
first (a new user's walk, 2026-12-05: "À combien de secondes Marc Etcheverry a-t-il terminé
derrière Vincent Laborde ?" quoted the cancelled "3,2 secondes", the correction says 1,9).

A correction supersedes one release: of the others that do not say they are corrections, the
one nearest to it in words (a Jaccard index of their word sets, over their first
``COMPARED`` characters, of at least ``SAME_RELEASE``) among those dated up to ``WINDOW_DAYS``
before it, or undated (then nearly the same text, ``UNDATED_SAME``). The pipeline reads a
correction's passages before those of the release it supersedes, and says so when an answer
still quotes the superseded one (``pipeline``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date

from paddockqa.dates import FRENCH_DATE, MONTHS, NUMERIC_DATE, WEEKDAYS, find_date
from paddockqa.domain import Hit

OPENING = 600  # characters of a text's start where a correction says it is one
# A correction's text against the release it replaces: the walk's pair measured 0.83 (a
# sentence added, two figures changed; its other releases 0.18 at most); releases of one series
# on one template may share as many words, but neither says it is a correction.
SAME_RELEASE = 0.6
UNDATED_SAME = 0.8  # without both dates, only a near-copy (``reader.NEAR_DUPLICATE``'s bar) is taken for the release
WINDOW_DAYS = 60  # a correction follows its release within days; a year's release is no correction of last year's
COMPARED = 20_000  # characters of each text compared: a release's length, and a bound on a book's cost
_CORRECTION = re.compile(
    r"\b(?:annule|corrige)\s+et\s+remplace\s+(?:celui|celle|ceux|le\s+communiqué|la\s+version|le\s+précédent"
    r"|la\s+précédente|notre|nos|les\s+précédents?)\b"
    r"|\brectificatifs?\b|\bcorrectif\b|\berratum\b|\bcorrigendum\b"
    r"|\bversion\s+(?:corrigée|rectifiée)\b|\bcommuniqué\s+(?:corrigé|rectifié)\b"
    r"|\bcorrected\s+(?:version|release)\b|\b(?:replaces|supersedes)\s+(?:the|our)\s+(?:release|statement|version)\b",
    re.I,
)

# An erratum names the release it corrects by its date: "Une erreur s'est glissée dans notre
# communiqué du 29 septembre : Noah Lemoine est âgé de 15 ans, et non de 14 ans" (a sixth walk:
# a few lines share too few words with the release for ``SAME_RELEASE``).
_NAMES_RELEASE = re.compile(
    r"\bcommuniqué\s+(?:de\s+presse\s+)?(?:(?:diffusé|envoyé|publié|paru|daté)\s+)?(?:en\s+date\s+)?(?:le|du)\s+"
    r"(?:(?:" + "|".join(WEEKDAYS) + r")\s+)?(?=\d)",
    re.I,
)
# A value an erratum denies, as the release wrote it: "15 ans, et non de 14 ans" -> "14 ans".
_DENIED_VALUE = re.compile(
    r"\b(?:et\s+non|au\s+lieu|n['’]\w+\s+pas)\s+(?:pas\s+)?(?:âgée?\s+)?"
    r"(?:de\s+|d['’]\s*|du\s+|des\s+|le\s+|la\s+|les\s+|pour\s+)?"
    r"([^\s,.;:]+(?:\s+(?!(?:mais|comme|but|as)\b)[^\s,.;:]+)?)",
    re.I,
)  # "15 ans, et non de 14 ans", "n'était pas de 1 200 mais de 1 850", "et non pour Sodi Racing"
TITLE_SHARED = 0.3  # the share of title words an erratum and the release it names by date have in common
TITLE_HELD = 0.6  # or the share of the release's title words its opening lines hold


@dataclass(frozen=True)
class Release:
    """A document as a correction is judged on: its source, title, date (ISO, or None) and text."""

    source: str
    title: str
    date: str | None
    text: str
    erratum: bool = False  # a few lines naming the release by its date, not the release sent again


def is_correction(title: str, text: str) -> bool:
    """Whether a document says it corrects an earlier one, in its title or its opening (pure)."""
    return bool(_CORRECTION.search(title) or _CORRECTION.search(text[:OPENING]))


def superseded(releases: Sequence[Release]) -> dict[str, Release]:
    """Of ``releases``, those a correction among them supersedes, by source, with the
    correction (pure). Each correction supersedes one release, the nearest to it in words."""
    from paddockqa.reader import jaccard, word_set

    corrections = [r for r in releases if is_correction(r.title, r.text)]
    words = {r.source: word_set(r.text[:COMPARED]) for r in releases} if corrections else {}  # each text's once
    found: dict[str, Release] = {}
    for new in corrections:
        candidates = []
        for old in releases:
            if old in corrections or not _before(old.date, new.date):
                continue
            same = jaccard(words[old.source], words[new.source])
            dated = bool(old.date and new.date)
            if same >= (SAME_RELEASE if dated else UNDATED_SAME):
                candidates.append((same, dated, old))
        if candidates:  # the nearest; of equals, a dated one
            found[max(candidates, key=lambda c: (c[0], c[1]))[2].source] = new
        elif (named := _named_release(new, [r for r in releases if r not in corrections])) is not None:
            found[named.source] = replace(new, erratum=True)
    return found


def denies(text: str, value: str) -> bool:
    """Whether a correction's ``text`` denies ``value`` ("n'était pas de 1 200 mais de 1 850",
    "15 ans, et non de 14 ans": "1 200", "14 ans"), case aside (pure)."""

    def words(text: str) -> list[str]:  # "1 200" is one number
        return re.findall(r"\w+", re.sub(r"(?<=\d)[\s\u202f\u00a0](?=\d{3}\b)", "", text.lower()))

    wanted = words(value)
    if not wanted:
        return False

    def within(short: list[str], long: list[str]) -> bool:  # whole words, in a row
        return any(long[i : i + len(short)] == short for i in range(len(long) - len(short) + 1))

    for m in _DENIED_VALUE.finditer(text[:COMPARED]):
        denied = words(m.group(1))
        # whole words: "14 ans" for "14 ans", "Sodi Racing" for "Sodi Racing France"; not "1" for "14 ans" (a review)
        if denied and (within(denied, wanted) if len(denied) <= len(wanted) else within(wanted, denied)):
            return True
    return False


def named_date(text: str, on: str) -> str | None:
    """The ISO date of the release ``text`` names ("notre communiqué du 29 septembre",
    "communiqué diffusé le 29/09/2025"), an erratum dated ``on`` (ISO): the latest such day
    before it when no year is given (one of 30 décembre named on 2 January is last year's); its
    own dateline ("Communiqué du 30 septembre 2025", ``on`` itself) names none (pure)."""
    today = date.fromisoformat(on[:10])
    for named in _NAMES_RELEASE.finditer(text[:OPENING]):
        day = _date_at(text, named.end(), today)
        if day is not None and day < today:
            return day.isoformat()
    return None


def _date_at(text: str, at: int, today: date) -> date | None:
    """The date written at ``text[at:]`` ("29 septembre", "29 septembre 2025", "29/09/2025"),
    a day without a year taken as the latest not after ``today`` (pure); None for none."""
    words = FRENCH_DATE.match(text, at)
    numeric = NUMERIC_DATE.match(text, at)
    try:
        if words is not None:
            _, day, month, year = words.groups()
            if year:
                return date(int(year), MONTHS[month.lower()], int(day))
            found = date(today.year, MONTHS[month.lower()], int(day))
            return found if found <= today else date(today.year - 1, found.month, found.day)
        if numeric is not None:
            iso = find_date(numeric.group(), today.year)
            return date.fromisoformat(iso) if iso else None
    except ValueError:  # "31 février"
        return None
    return None


def _named_release(new: Release, others: Sequence[Release]) -> Release | None:
    """The release an erratum names by its date (``named_date``): of those of that date, the
    one whose title is nearest the erratum's (a Jaccard index of ``TITLE_SHARED`` or more, and
    alone at the top) and that holds a value the erratum denies ("15 ans, et non de 14 ans":
    "14 ans"), or, when it denies none, every person it names; else None (pure). Releases of
    one series on one template, the same day, are told apart so (a review)."""
    from paddockqa.conversation import is_person, names
    from paddockqa.reader import jaccard, word_set

    if not new.date:
        return None
    day = named_date(new.text, new.date)
    if day is None:
        return None
    title = word_set(new.title)
    denied = [m.group(1).lower() for m in _DENIED_VALUE.finditer(new.text[:COMPARED])]
    people = [n for n in names(new.text[len(new.title) : OPENING]) if is_person(n)]

    def holds(old: Release) -> bool:
        text = old.text[:COMPARED].lower()
        if denied:
            return any(value in text for value in denied)
        return bool(people) and all(p.lower() in text for p in people)

    # A title that says only what it is ("Rectificatif au communiqué du 3 mai 2026") names the
    # release in its first lines: "… notre communiqué du 3 mai 2026 consacré à la finale X30
    # Senior du Trophée Kart de l'Ouest" holds the release's title words (a ninth walk).
    opening = word_set(new.text[:OPENING]) | title

    def near(r: Release) -> float:
        words = word_set(r.title)
        held = len(words & opening) / len(words) if words else 0.0
        return max(jaccard(words, title), held * TITLE_SHARED / TITLE_HELD)

    dated = sorted(
        ((near(r), r) for r in others if r.date and r.date[:10] == day and holds(r)),
        key=lambda d: d[0],
        reverse=True,
    )
    if not dated or dated[0][0] < TITLE_SHARED or (len(dated) > 1 and dated[1][0] == dated[0][0]):
        return None
    return dated[0][1]


def _before(old: str | None, new: str | None) -> bool:
    """Whether a release dated ``old`` may be the one corrected by one dated ``new``: up to
    ``WINDOW_DAYS`` before it, or a date unknown."""
    if not old or not new:
        return True
    try:
        days = (date.fromisoformat(new[:10]) - date.fromisoformat(old[:10])).days
    except ValueError:
        return True
    return 0 <= days <= WINDOW_DAYS


def corrections_first(hits: Sequence[Hit], old: Mapping[str, Release]) -> tuple[Hit, ...]:
    """``hits`` with a release sent again corrected (``old``: by the superseded release's
    source, its correction) after the others, and an erratum's passages just before the first
    of the release it corrects, the rest in their order (pure): the correction is read first.

    An erratum's release keeps its place among the others: correcting two facts, it leaves
    the release's others standing (a ninth walk's results release, pushed after every other
    document, had its race's laps, times and teams answered from other texts)."""
    sent_again = {source for source, release in old.items() if not release.erratum}
    hits = [*(h for h in hits if h.chunk.source not in sent_again), *(h for h in hits if h.chunk.source in sent_again)]
    moved: set[str] = set()  # errata put before their release, read there
    out: list[Hit] = []
    for hit in hits:
        source = hit.chunk.source
        if source in moved:
            continue
        if source in old and old[source].erratum:
            correction = old[source].source
            if correction not in moved and not any(h.chunk.source == correction for h in out):
                moved.add(correction)
                out.extend(h for h in hits if h.chunk.source == correction)
        out.append(hit)
    return tuple(out)
