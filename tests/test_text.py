"""Layout cleaning keeps exact offsets; sentence splitting respects French abbreviations."""

from __future__ import annotations

from pathlib import Path

import pytest

from paddockqa.text import (
    ELLIPSIS,
    clean_layout,
    collapse_whitespace,
    dateline_openings,
    holds_quote,
    quote,
    split_sentences,
)

SEEDS = sorted((Path(__file__).resolve().parent.parent / "corpus").glob("*.txt"))


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name)
def test_every_clean_character_points_at_itself_in_the_original(path: Path) -> None:
    original = path.read_text(encoding="utf-8")
    clean = clean_layout(original)
    assert len(clean.origin) == len(clean.text) + 1
    for i, ch in enumerate(clean.text):
        source = original[clean.origin[i]]
        assert ch == source or (ch.isspace() and source.isspace())


@pytest.mark.parametrize("markdown", [False, True])
@pytest.mark.parametrize(
    "original",
    [
        "La new wave (prononcé [ˈ",  # PIAF's "New wave" cut at 400 characters for its date: a crash
        "## Titre\n\nDit l`as",
        "Un texte finit par un accent e\u0301",
        "Une ligature à la fin : ef\ufb01",
        "Un trait d\u00adunion invisible\u00ad",
        "# Titre´\n\n- un point ʼ\n- un autre\u0301",
        "",
    ],
)
def test_text_ending_in_a_rewritten_character_keeps_its_offsets(original: str, markdown: bool) -> None:
    """A character rewritten by the first step (apostrophe, ligature, accent, invisible) at the
    end of a text whose last line the Markdown step closes: every offset stays in the original."""
    clean = clean_layout(original, markdown)
    assert len(clean.origin) == len(clean.text) + 1
    assert all(0 <= at <= len(original) for at in clean.origin)
    a, b = clean.span(0, len(clean.text))
    assert 0 <= a <= b <= len(original)


def test_pdf_line_wraps_become_spaces_and_paragraphs_stay() -> None:
    original = "Il a signé 6 \npole positions.  \n \nNouveau   paragraphe ?\n« Oui. »"
    clean = clean_layout(original)
    assert clean.text == "Il a signé 6 pole positions.\n\nNouveau paragraphe ?\n« Oui. »"
    start = clean.text.index("6 pole")
    a, b = clean.span(start, start + len("6 pole positions"))
    assert original[a:b] == "6 \npole positions"


@pytest.mark.parametrize(
    ("original", "seen", "expected"),
    [
        ("**Marc Delorme**, directeur", "Marc Delorme", "Marc Delorme"),
        ("__Marc Delorme__, directeur", "Marc Delorme", "Marc Delorme"),
        ("le *pilote* et", "pilote", "pilote"),
        ("Rallye de **Lozère**\n", "Rallye de Lozère", "Rallye de **Lozère**"),
        ("un `moteur` neuf", "moteur", "moteur"),  # a backtick is an apostrophe look-alike: "’moteur’"
        ("**Marc** et **Jean** sont là", "Marc et Jean", "**Marc** et **Jean**"),
        ("voir [le site](https://x.fr) ici", "le site", "le site"),
        ("voir [le **site**](https://x.fr) ici", "le site", "le **site**"),  # marks in marks
        ("**Marc Delorme**, directeur", "Delorme", "Delorme"),  # opened before the span: no mark
        ("**Marc Delorme**, directeur", "Marc", "Marc"),
        ("**Marc Delorme** (Alpine) dirige", "Marc Delorme (Alpine)", "**Marc Delorme** (Alpine)"),
        ("**Marc Delorme** dirige", "Marc Delorme dirige", "**Marc Delorme** dirige"),
    ],
)
def test_a_markdown_span_quotes_as_the_words_the_reader_saw(original: str, seen: str, expected: str) -> None:
    """The short answer "Marc Delorme**" came from a span that took in the closing marks
    but not the opening ones: the span's quote must be the words the reader saw, and it
    takes in marks only when it holds the ones they pair with."""
    clean = clean_layout(original, markdown=True)
    at = clean.text.index(seen)
    a, b = clean.span(at, at + len(seen))
    assert original[a:b] == expected and quote(original[a:b], markdown=True) == seen


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Paris, le 3 mars 2024 — La pilote normande Sarah Lefèvre", ["Paris"]),  # the place: the date stays
        ("Titre\nLe Mans (Sarthe), 12 juin 2023 : Romain Dumas", ["Le Mans (Sarthe)"]),
        ("MAGNY-COURS, 15 octobre 2008. Texte", ["MAGNY-COURS"]),
        ("Saint-Jean-de-Luz, le 1er mai 2022 - Texte", ["Saint-Jean-de-Luz"]),
        ("Paris, le lundi 3 mars 2024 — Texte", ["Paris"]),
        ("Magny-Cours, France, 15 octobre 2008 — Texte", ["Magny-Cours, France"]),
        ("London, 4 June 2021 — Text", ["London"]),
        ("Romain Dumas, 12 juin 2023 est champion.", []),  # no dash, colon or full stop after the date
        ("Né le 21 octobre 1981 à Dijon, il court.", []),
        ("Il a gagné à Paris, le 3 mars 2024 — une première.", []),  # inside a sentence, not opening a line
        ("Puis, le 3 mars 2024 : il signe", []),  # a word opening a sentence, no place
        ("Lundi, 3 mars 2024 : essais", []),
        ("Titre\nLabel\nTexte\nSebring, 16 mars 2024 : 12 Heures", []),  # deep in the passage: a calendar line
    ],
)
def test_the_place_of_a_dateline_near_the_top_is_found(text: str, found: list[str]) -> None:
    assert [text[a:b] for a, b in dateline_openings(text)] == found


def test_span_of_empty_range_is_empty() -> None:
    clean = clean_layout("abc def")
    a, b = clean.span(3, 3)
    assert a == b


def test_sentences_do_not_break_after_abbreviations_or_initials() -> None:
    text = "Communiqué du 15 oct. 2008 signé par M. Dupont et J. Martin. Deuxième phrase ! Troisième ?"
    sentences = [text[a:b] for a, b in split_sentences(text)]
    assert sentences == [
        "Communiqué du 15 oct. 2008 signé par M. Dupont et J. Martin.",
        "Deuxième phrase !",
        "Troisième ?",
    ]


def test_sentences_keep_closing_quotes_and_split_on_lines() -> None:
    text = "« J’ai gagné. » Il sourit.\nQuestion suivante"
    assert [text[a:b] for a, b in split_sentences(text)] == ["« J’ai gagné. »", "Il sourit.", "Question suivante"]


def test_collapse_whitespace() -> None:
    assert collapse_whitespace("  a \n\t b  ") == "a b"


def test_a_quote_cut_out_of_its_sentence_is_held_by_its_span() -> None:
    # The chat opens a citation's source only if the quote is still there (pipeline.source):
    # an answer cut at the limit or started at a clause carries an ellipsis.
    span = "sur une  Porsche\nGT 2"
    assert holds_quote(span, "sur une Porsche GT 2")
    assert holds_quote(span, f"sur une Porsche GT 2{ELLIPSIS}")
    assert holds_quote(span, f"{ELLIPSIS} sur une Porsche GT 2")
    assert not holds_quote(span, f"{ELLIPSIS} sur une Porsche GT 3")
    assert not holds_quote(span, "une Porsche GT 2")
