"""A table's row read as a sentence gives the figure its label names (``rows``)."""

from __future__ import annotations

import pytest

from paddockqa.answer import compose_read, read_rank
from paddockqa.domain import Reading
from paddockqa.reader import CALIBRATION
from paddockqa.rows import is_row, names_noun, row_value
from test_reader import _split_hit


@pytest.mark.parametrize(
    ("line", "noun", "years", "value"),
    [
        # A fifth walk's season table, read with its header (``formats.table_rows``).
        ("Statistique : Podiums ; 2023 : 9", "podiums", ["2023"], "9"),
        ("Statistique : Podiums ; 2023 : 9", "podiums", [], "9"),
        ("Statistique : Podiums ; 2023 : 9", "podiums", ["2022"], None),  # no column of the year asked
        ("Statistique : Courses disputées ; 2023 : 11", "victoires", ["2023"], None),  # another row
        ("Victoires ; 2023 : 3 ; 2024 : 5", "victoires", ["2024"], "5"),
        ("Podiums | 9", "podiums", [], "9"),
        # Seasons written as a range; with no year asked, the latest (a review).
        ("Saison : Victoires ; 2023-2024 : 4", "victoires", ["2019"], None),
        ("Saison : Victoires ; 2022-2023 : 2 ; 2023-2024 : 4", "victoires", ["2024"], "4"),
        ("Victoires ; 2023 : 3 ; 2024 : 5", "victoires", [], "5"),
        ("Points au championnat | 412", "points", [], "412"),
        ("Il a signé 9 podiums ; bravo", "podiums", [], None),  # a figure in the label's cell: prose
        (
            "Elle compte des habitants de longue date ; en 2010, ils étaient 3 000 dans la vieille ville",
            "habitants",
            [],
            None,
        ),
    ],
)
def test_a_rows_label_names_the_figure_after_it(line: str, noun: str, years: list[str], value: str | None) -> None:
    found = row_value(line, noun, years)
    assert (line[found[0] : found[1]] if found else None) == value


def test_a_row_is_short_cells_with_a_figure() -> None:
    assert is_row("Podiums | 9") and is_row("Billet : Pass 1 jour ; Prix sur place : 28 €")
    assert not is_row("Podiums | neuf") and not is_row("Une phrase sans cellule 12")
    assert names_noun("Records d’épreuve battus", "records") and not names_noun("Abandons", "records")


def test_a_count_is_read_in_the_row_its_label_names() -> None:
    """A fifth walk: "Combien de podiums Julien Ferrandi a-t-il signés en 2023 ?" got "7" from
    "l'écurie compte aujourd'hui 7 pilotes", the season's table beside it; a sentence that
    names what is counted keeps the reader's answer."""
    text = (
        "Statistique : Victoires ; 2023 : 6\nStatistique : Podiums ; 2023 : 9\n"
        "Fondée en 2008, l'écurie compte aujourd'hui 7 pilotes.\nIl a signé 6 victoires et 9 podiums en 2023."
    )
    seven = text.index("7 pilotes")
    hit = _split_hit(text, 1.0, Reading(4.0, seven, seven + 1, 6.0))
    answer = compose_read("Combien de podiums a-t-il signés en 2023 ?", read_rank([hit], CALIBRATION), 0.5)
    assert answer.short_answer and answer.short_answer.text == "9", answer.text
    said = text.index("9 podiums")
    prose = _split_hit(text, 1.0, Reading(4.0, said, said + 1, 6.0))
    kept = compose_read("Combien de podiums a-t-il signés en 2023 ?", read_rank([prose], CALIBRATION), 0.5)
    assert kept.short_answer and kept.short_answer.text == "9" and "9 podiums" in kept.text
