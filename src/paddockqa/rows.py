"""What a table's row says, read as a sentence: its label and its values (pure).

A season's figures, a results table or a price list come to the index as rows, one sentence
each ("Statistique : Podiums ; 2023 : 9", "Podiums | 9": ``formats.table_rows`` and
``text.clean_layout``). The reader, trained on prose, reads them poorly: a fifth walk's
"Combien de podiums Julien Ferrandi a-t-il signés en 2023 ?" got "7" from "l'écurie compte
aujourd'hui 7 pilotes", and "Combien de victoires… ?" the row above's "11". A count question
names what it counts ("podiums"); the row whose label names it gives the count, in the column
of the year asked when the table has one per season.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from paddockqa.lexical import fold_accents

# A row's cells: "name : value" pieces between " ; ", or pieces between " | ".
_CELL = re.compile(r"[^;|]+")
_NAMED = re.compile(r"\s*(?P<name>[^:]+?)\s+:\s+(?P<value>.+?)\s*$")
_DIGIT = re.compile(r"\d")
_STEM = 5  # letters a label's word and the noun share: "podium" and "Podiums", "victoire" and "Victoires"


def is_row(line: str) -> bool:
    """Whether a line reads as a table's row: two cells or more, each short, one holding a figure
    (pure); a sentence of clauses between semicolons is none."""
    cells = _CELL.findall(line)
    return (
        len(cells) >= 2
        and (" ; " in line or " | " in line)
        and bool(_DIGIT.search(line))
        and all(len(c.strip()) <= CELL_CHARS for c in cells)
    )


CELL_CHARS = 60  # a table's cell is a label or a value, not a clause
FIGURE_WORDS = 4  # words a figure's cell may hold


def row_value(line: str, noun: str, years: Collection[str] = ()) -> tuple[int, int] | None:
    """Where ``line``, a table's row, gives the figure of ``noun`` ([start, end) in ``line``),
    or None (pure): a cell without a figure names it ("Podiums", "Points au championnat"), and
    the value is the next cell's figure, the one of a column named by a year of ``years`` when
    one is ("Statistique : Podiums ; 2023 : 9" for "podiums" in 2023 is "9").

    Args:
        line: one line of a passage's text.
        noun: what a count question counts, as written ("podiums").
        years: the years the question names, as written ("2023").
    """
    if not is_row(line):
        return None
    cells: list[tuple[str | None, str, int, int]] = []  # (column name, value, value's start and end)
    for cell in _CELL.finditer(line):
        named = _NAMED.match(cell.group())
        if named is not None:
            cells.append(
                (named["name"], named["value"], cell.start() + named.start("value"), cell.start() + named.end("value"))
            )
        else:
            text = cell.group()
            start = cell.start() + len(text) - len(text.lstrip())
            cells.append((None, text.strip(), start, start + len(text.strip())))
    label = next(
        (k for k, (_, value, _, _) in enumerate(cells) if not _DIGIT.search(value) and names_noun(value, noun)), None
    )
    if label is None:
        return None
    # A figure's cell is short ("9", "1 h 02 min", "28 €"): "en 2010, ils étaient 3 000 dans la
    # vieille ville" is a clause after a semicolon.
    figures = [
        (name, a, b)
        for name, value, a, b in cells[label + 1 :]
        if _DIGIT.search(value) and len(value.split()) <= FIGURE_WORDS
    ]
    if not figures:
        return None
    columns = [(years_of(name) if name is not None else set(), a, b) for name, a, b in figures]
    seasons = [(season, a, b) for season, a, b in columns if season]
    if not seasons:
        return figures[0][1:]
    if not years:
        return seasons[-1][1:]  # the latest season, the table's last column ("2023 : 3 ; 2024 : 5")
    in_year = [(a, b) for season, a, b in seasons if season & set(years)]
    return in_year[0] if in_year else None  # a table of seasons without the year asked says nothing of it


_SEASON = re.compile(r"\s*((?:19|20)\d\d)(?:\s*[-/–]\s*((?:19|20)?\d\d))?\s*")


def years_of(name: str) -> set[str]:
    """The years a column's name is a season of: "2023" -> {"2023"}, "2023-2024" and "2023/24" ->
    {"2023", "2024"}; none for another name (pure; ``formats.table_rows`` reads a header by it)."""
    season = _SEASON.fullmatch(name)
    if season is None:
        return set()
    first, last = season.group(1), season.group(2)
    return {first} | ({first[:2] + last[-2:]} if last else set())


def names_noun(text: str, noun: str) -> bool:
    """Whether ``text`` names ``noun``: one of its words begins as the noun does, accents aside
    ("Podiums" names "podiums", "victoire" "victoires") (pure)."""
    wanted = fold_accents(noun.lower())[:_STEM]
    return any(fold_accents(w.lower()).startswith(wanted) for w in re.findall(r"[^\W\d_]+", text))
