"""Dates in press texts -> ISO dates (pure).

Press releases state their date in many forms: "15 oct. 2008", "1er janvier 2024",
"15/10/2008", "15.10.08", "2008-10-15", and, in race reports, "samedi 20 octobre" with no year. A
weekday pins the year down: we take the latest year, no later than the reference year
(the file's own), in which that day falls on that weekday. A day and month with neither
year nor weekday is not trusted. A release in English states "4 June 2021", "June 4, 2021"
or "4th June 2021": read with their year only.
"""

from __future__ import annotations

import datetime as dt
import re

from paddockqa import messages

MONTHS = {
    "janvier": 1, "janv": 1, "février": 2, "fevrier": 2, "févr": 2, "fév": 2, "fevr": 2,
    "mars": 3, "avril": 4, "avr": 4, "mai": 5, "juin": 6, "juillet": 7, "juil": 7,
    "août": 8, "aout": 8, "septembre": 9, "sept": 9, "sep": 9, "octobre": 10, "oct": 10,
    "novembre": 11, "nov": 11, "décembre": 12, "decembre": 12, "déc": 12, "dec": 12,
}  # fmt: skip
WEEKDAYS = {"lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6}
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
FRENCH_DATE = re.compile(
    r"(?:\b(" + "|".join(WEEKDAYS) + r")\s+)?\b(\d{1,2})(?:er)?\s+(" + _MONTH + r")\b\.?(?:\s+(\d{4})\b)?",
    re.IGNORECASE,
)
# The opening of a range of days that ends where a span starts: "du vendredi 24 au dimanche "
# before "26 avril 2026" (a sixth walk answered when a rally takes place with its last day),
# "from Friday 24 to ", "du 10 au ".
# The days of the week, French and English (an alternation, for regular expressions).
ANY_WEEKDAY = "|".join([*WEEKDAYS, "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])
_RANGE_OPENED = re.compile(
    rf"\b(?:du|from)\s+((?:(?:{ANY_WEEKDAY})\s+)?\d{{1,2}}(?:er|st|nd|rd|th)?(?:\s+(?:{_MONTH})\b\.?(?:\s+\d{{4}})?)?"
    rf"\s+(?:au|to)\s+(?:(?:{ANY_WEEKDAY})\s+)?)$",
    re.IGNORECASE,
)


def range_opened(before: str) -> int:
    """How many characters at the end of ``before`` open a range of days that a date after
    them closes (pure): "… aura lieu du vendredi 24 au dimanche " -> len("vendredi 24 au
    dimanche "), so "26 avril 2026" reads "vendredi 24 au dimanche 26 avril 2026"; 0 when
    ``before`` opens none."""
    found = _RANGE_OPENED.search(before)
    return len(found.group(1)) if found else 0


ENGLISH_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
_ENGLISH_MONTH = "|".join(sorted(ENGLISH_MONTHS, key=len, reverse=True))
# "4 June 2021", "4th June 2021" | "June 4, 2021", "June 4th 2021": always with a year.
ENGLISH_DATE = re.compile(
    rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({_ENGLISH_MONTH})\b\.?,?\s+(\d{{4}})\b"
    rf"|\b({_ENGLISH_MONTH})\b\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b",
    re.IGNORECASE,
)
# "2023-01-14" | "14/01/2023", "04/02/23" | "14.01.2023", "14.01.23": day first, as the French
# write it, one separator throughout, a real day and month ("1.39.34" is a lap time), and not
# part of a longer run of numbers ("06.12.34.56.78" is a phone number, "v2.1.23" a version).
# With dots and a two-digit year, day and month take two digits each: "1.08.52" is a lap time,
# "2.1.23" a version; "4.2.2023" is a date.
_SLASHED = r"(0?[1-9]|[12]\d|3[01])/(0?[1-9]|1[0-2])/(\d{4}|\d{2})"
_DOTTED = r"(0?[1-9]|[12]\d|3[01])\.(0?[1-9]|1[0-2])\.(\d{4})|(0[1-9]|[12]\d|3[01])\.(0[1-9]|1[0-2])\.(\d{2})"
NUMERIC_DATE = re.compile(rf"(?<![\w./])(?:(\d{{4}})-(\d{{2}})-(\d{{2}})|{_SLASHED}|{_DOTTED})(?!\w|[./]\d)")
_WEEKDAY_YEARS = 28  # the calendar repeats every 28 years, so one of them matches


def find_date(text: str, reference_year: int | None = None) -> str | None:
    """The first date stated in ``text``, as an ISO string, or None.

    Args:
        text: a header or a metadata value.
        reference_year: the year a weekday-only date ("samedi 20 octobre") is counted back
            from; without it such dates are not read.
    """
    # Words first, French or English, whichever the text states first.
    for _, found in sorted([*_french_dates(text, reference_year), *_english_dates(text)], key=lambda d: d[0]):
        if found:
            return found
    numeric = NUMERIC_DATE.search(text)
    if numeric is None:
        return None
    if numeric.group(1):
        return _iso(int(numeric.group(1)), int(numeric.group(2)), int(numeric.group(3)))
    day, month, year = (int(g) for g in numeric.groups() if g)
    return _iso(_century(year, reference_year) if year < 100 else year, month, day)


def _french_dates(text: str, reference_year: int | None) -> list[tuple[int, str | None]]:
    """(offset, ISO date or None when not a valid day) of each French date with a year or a
    weekday the reference year pins down."""
    out = []
    for match in FRENCH_DATE.finditer(text):
        weekday, day, month, year = match.groups()
        month_number = MONTHS[month.lower()]
        if year:
            out.append((match.start(), _iso(int(year), month_number, int(day))))
        elif weekday and reference_year:
            out.append(
                (match.start(), _year_of_weekday(int(day), month_number, WEEKDAYS[weekday.lower()], reference_year))
            )
    return out


def _english_dates(text: str) -> list[tuple[int, str | None]]:
    """(offset, ISO date or None when not a valid day) of each English date, which has its year."""
    out = []
    for match in ENGLISH_DATE.finditer(text):
        day, month, year, month_first, day_second, year_second = match.groups()
        if month is None:
            day, month, year = day_second, month_first, year_second
        out.append((match.start(), _iso(int(year), ENGLISH_MONTHS[month.lower()], int(day))))
    return out


def parse_iso(value: str) -> dt.date:
    """A YYYY-MM-DD date, or ValueError with the expected form."""
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError as exc:
        raise ValueError(messages.fr("not_a_date", value=repr(value))) from exc


def _year_of_weekday(day: int, month: int, weekday: int, latest: int) -> str | None:
    for year in range(latest, latest - _WEEKDAY_YEARS, -1):
        try:
            date = dt.date(year, month, day)
        except ValueError:
            continue  # 29 February
        if date.weekday() == weekday:
            return date.isoformat()
    return None


def _century(year: int, reference_year: int | None) -> int:
    """A two-digit year in full: in the 2000s unless that is after the reference year (the
    file's own, else this one), then in the 1900s ("12/05/68" of a 2024 file is 1968)."""
    latest = reference_year or dt.date.today().year
    return 2000 + year if 2000 + year <= latest else 1900 + year


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None
