"""Corrected releases: a release that says it cancels and replaces an earlier one (pure).

A press officer who finds an error sends the release again, saying so: "RECTIFICATIF",
"Communiqué de presse – version corrigée", "Ce communiqué annule et remplace celui envoyé le
19 mai 2024". A newsroom's folder then holds both, and the search may rank the cancelled one
first (a new user's walk, 2026-12-05: "À combien de secondes Marc Etcheverry a-t-il terminé
derrière Vincent Laborde ?" quoted the cancelled "3,2 secondes", the correction says 1,9).

A release supersedes another when it says it is a correction (``is_correction``: in its title
or its opening, the first ``OPENING`` characters), the other does not, the two are nearly the
same text (a Jaccard index of their word sets of at least ``SAME_RELEASE``), and the other is
dated up to ``WINDOW_DAYS`` before it (or either date is unknown). The pipeline reads a
correction's passages before those of the release it supersedes, and says so when an answer
still quotes the superseded one (``pipeline``).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date

from paddockqa.domain import Hit

OPENING = 600  # characters of a text's start where a correction says it is one
# A correction's text against the release it replaces: the walk's pair measured 0.83 (a
# sentence added, two figures changed; its other releases 0.18 at most); releases of one series
# on one template may share as many words, but neither says it is a correction.
SAME_RELEASE = 0.6
WINDOW_DAYS = 60  # a correction follows its release within days; a year's release is no correction of last year's
_CORRECTION = re.compile(
    r"\bannule\s+et\s+remplace\b|\bcorrige\s+et\s+remplace\b|\brectificatif\b|\berratum\b|\bcorrigendum\b"
    r"|\bversion\s+(?:corrigée|rectifiée|modifiée)\b|\bcommuniqué\s+(?:corrigé|rectifié)\b"
    r"|\bcorrected\s+(?:version|release)\b|\b(?:replaces|supersedes)\s+(?:the|our)\s+(?:release|statement|version)\b",
    re.I,
)
_WORDS = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class Release:
    """A document as a correction is judged on: its source, title, date (ISO, or None) and text."""

    source: str
    title: str
    date: str | None
    text: str


def is_correction(title: str, text: str) -> bool:
    """Whether a document says it corrects an earlier one, in its title or its opening (pure)."""
    return bool(_CORRECTION.search(title) or _CORRECTION.search(text[:OPENING]))


def superseded(releases: Sequence[Release]) -> dict[str, Release]:
    """Of ``releases``, those a correction among them supersedes, by source, with the
    correction (the latest when several do) (pure)."""
    corrections = [r for r in releases if is_correction(r.title, r.text)]
    if not corrections:
        return {}
    words = {r.source: frozenset(_WORDS.findall(r.text.lower())) for r in releases}
    found: dict[str, Release] = {}
    for old in releases:
        if old in corrections:
            continue
        for new in corrections:
            replaces = _same_release(words[old.source], words[new.source]) and _before(old.date, new.date)
            if replaces and (old.source not in found or (found[old.source].date or "") < (new.date or "")):
                found[old.source] = new
    return found


def _same_release(a: frozenset[str], b: frozenset[str]) -> bool:
    union = len(a | b)
    return bool(union) and len(a & b) / union >= SAME_RELEASE


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


def corrections_first(hits: Sequence[Hit], old: Collection[str]) -> tuple[Hit, ...]:
    """``hits`` with those of the ``old`` sources (superseded releases) after the others, each
    group in its order (pure): the correction's passage is read before the cancelled one's."""
    return (*(h for h in hits if h.chunk.source not in old), *(h for h in hits if h.chunk.source in old))
