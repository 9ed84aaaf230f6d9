"""Layout cleaning keeps exact offsets; sentence splitting respects French abbreviations."""

from __future__ import annotations

from pathlib import Path

import pytest

from paddockqa.dates import range_opened
from paddockqa.text import (
    ELLIPSIS,
    clean_layout,
    collapse_whitespace,
    copy_key,
    dateline_openings,
    has_date,
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
        ("un `moteur` neuf", "moteur", "moteur"),  # code marks, not apostrophes: it was "’moteur’"
        ("un `moteur` neuf", "un moteur neuf", "un `moteur` neuf"),
        ("l`équipe `V8`", "l’équipe V8", "l`équipe `V8`"),  # between two letters, an apostrophe typed so
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
        # blank lines aside: a label, a headline, then the dateline (a seventh walk)
        ("LABEL\nTitre\n\nLe Mans, le 28 avril 2025 – Hugo Lanfranchi", ["Le Mans"]),
        ("Titre\n\nLabel\n\nTexte\n\nSebring, 16 mars 2024 : 12 Heures", []),
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


def test_a_numbered_lists_items_are_lines_and_sentences_of_their_own() -> None:
    """A fourth walk: a results release's classification was joined into one run and cut at
    each next item's number ("… 1h52'36"8 2."), so the winner's line lost its "1."."""
    text = (
        "Classement final :\n1. Mathieu Carrel / Sophie Gindre (Škoda) 1h52'36\"8\n"
        '2. Adrien Poulain (Citroën) à 18"4\n3) Thomas Nivelle à 41"2\n'
        "Il termine à la place\n12 du général, loin."
    )
    clean = clean_layout(text).text
    assert [clean[a:b] for a, b in split_sentences(clean)] == [
        "Classement final :",
        "1. Mathieu Carrel / Sophie Gindre (Škoda) 1h52'36\"8",
        '2. Adrien Poulain (Citroën) à 18"4',
        '3) Thomas Nivelle à 41"2',
        "Il termine à la place 12 du général, loin.",  # a wrapped line's number is no item
    ]
    wrapped = clean_layout("Il partait depuis la place\n12. Il sera devant.").text
    assert [wrapped[a:b] for a, b in split_sentences(wrapped)] == ["Il partait depuis la place 12.", "Il sera devant."]


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


@pytest.mark.parametrize(
    ("original", "seen", "held"),
    [
        ("le titre de cham\u00ad\npion de France", "champion", "cham\u00ad\npion"),
        ("un pro\u00ad\ngramme européen", "programme", "pro\u00ad\ngramme"),
        ("un pro\u00ad-\ngramme européen", "programme", "pro\u00ad-\ngramme"),  # a hyphen drawn for it
        ("un pro\u00ad  \ngramme européen", "programme", "pro\u00ad  \ngramme"),  # spaces before the break
        ("un pro\u00ad\r\n  gramme européen", "programme", "pro\u00ad\r\n  gramme"),
        ("Manon Ri\u00ad\ncard gagne", "Ricard", "Ri\u00ad\ncard"),  # no word of the list: joined all the same
        ("CHAM\u00ad\nPION DE FRANCE", "CHAMPION", "CHAM\u00ad\nPION"),
    ],
)
def test_a_word_cut_at_a_soft_hyphen_is_joined_and_maps_back(original: str, seen: str, held: str) -> None:
    """A soft hyphen marks where a word may break: at a line end, the two halves are one word
    ("pro gramme" was searched and quoted), and the word still points at its original span."""
    clean = clean_layout(original)
    assert seen in clean.text and "\u00ad" not in clean.text
    at = clean.text.index(seen)
    a, b = clean.span(at, at + len(seen))
    assert original[a:b] == held and quote(held) == seen


def test_a_soft_hyphen_before_a_paragraph_break_joins_nothing() -> None:
    assert clean_layout("cham\u00ad\n\npion.\u00ad").text == "cham\n\npion."


def test_copies_differing_only_by_invisible_characters_share_a_key() -> None:
    text = "Trophée Andros : Manon Ricard en tête\n\nManon Ricard a gagné."
    hidden = text.replace("Trophée", "Tro\u200bphée").replace("Ricard", "Ri\u00adcard")
    for invisible in ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"):
        assert copy_key(text.replace("Manon", f"Ma{invisible}non")) == copy_key(text)
    assert copy_key(hidden) == copy_key(text) == copy_key("\ufeff" + text + "\n")
    assert copy_key(text.replace("Manon", "Marion")) != copy_key(text)


@pytest.mark.parametrize(
    "text",
    [
        "03/05/2024",
        "14.01.2023",
        "04/02/23",
        "14.01.23",
        "4.2.2023",
        "2024-05-03",
        "February 4th, 2023",
        "4 February 2023",
    ],
)
def test_dates_in_every_written_form_are_dates(text: str) -> None:
    assert has_date(f"Publié le {text}")


@pytest.mark.parametrize(
    "text",
    [
        "Il a signé 1.39.34 au tour",  # a lap time: no month 39
        "Il a signé 1.08.52 au tour",  # a lap time: with dots and two-digit years, two-digit days
        "la version 2.1.23",
        "Tél. 06.12.34.56.78",
        "le logiciel v2.1.23",
        "Il a gagné 3 courses sur 12 en 2023",
        "32/01/2023",
        "12/13/2023",
    ],
)
def test_numbers_that_are_no_date_are_not_dates(text: str) -> None:
    assert not has_date(text)


def test_a_two_digit_year_is_never_after_the_files_own() -> None:
    from paddockqa.dates import find_date

    assert find_date("Le 12/05/68", 2024) == "1968-05-12"
    assert find_date("Le 12/05/23", 2024) == "2023-05-12"


# Pages: a PDF exported as text (pdftotext) ends each page with a form feed, and each page
# carries the PDF's running header and footer.
HEADER = "Alpes Racing – Service de presse"
PAGES = (
    "Rallye du Mont-Blanc : la Skoda n° 5 au pied du podium\n"
    "Au terme des trois étapes, l’équipage de la Skoda n° 5 a terminé",
    "à la quatrième place du classement général, à vingt secondes du podium.\n"
    "La prochaine manche se disputera dans le Var en octobre.",
    "Les réservations pour la saison suivante ouvriront en janvier.",
)
RUN_ON = (
    "Au terme des trois étapes, l’équipage de la Skoda n° 5 a terminé à la quatrième place"
    " du classement général, à vingt secondes du podium."
)


@pytest.mark.parametrize(
    ("pdftotext", "furniture"),
    [
        (  # the example: header, a blank line, the page, "Page 1 sur 3"; a form feed after each page
            "".join(f"{HEADER}\n\n{page}\n\nPage {n} sur 3\n\f" for n, page in enumerate(PAGES, 1)),
            [HEADER, "Page 1 sur 3", "Page 2 sur 3"],
        ),
        (  # cousins: "- 2 -" under the page, no blank line around the furniture, Windows line breaks
            "\f".join(f"{HEADER} 2023\n{page}\n- {n} -" for n, page in enumerate(PAGES, 1)).replace("\n", "\r\n"),
            [HEADER, "- 1 -", "- 2 -"],
        ),
        (  # a bare page number, a header only from the second page on
            "\f".join(
                (f"RALLYE DU MONT-BLANC {n}\n" if n > 1 else "") + f"{page}\n{n}" for n, page in enumerate(PAGES, 1)
            ),
            ["RALLYE DU MONT-BLANC"],
        ),
        (  # a header from the second page on that opens in small letters, as a web address does
            "\f".join(
                ("www.alpes-racing.fr | Contact presse : 04 50 12 34 56\n\n" if n > 1 else "")
                + f"{page}\n\n\n   - {n} -\n"
                for n, page in enumerate(PAGES, 1)
            ),
            ["www.alpes-racing.fr", "- 1 -"],
        ),
    ],
)
def test_page_furniture_of_a_text_export_is_left_out_and_a_sentence_runs_across_pages(
    pdftotext: str, furniture: list[str]
) -> None:
    """Exported as text, a PDF's running header became the title and its text, and the
    sentence cut by the page break was two ("… a terminé" / header / "à la quatrième place")."""
    clean = clean_layout(pdftotext)
    assert clean.text.startswith("Rallye du Mont-Blanc : la Skoda n° 5 au pied du podium")  # the header was the title
    assert not any(line in clean.text for line in furniture)
    assert RUN_ON in collapse_whitespace(clean.text) and "janvier.\n" not in clean.text
    assert "octobre.\n\nLes réservations" in clean.text  # a sentence ending at a page's end ends there
    for i, ch in enumerate(clean.text):
        assert ch == pdftotext[clean.origin[i]] or (ch.isspace() and pdftotext[clean.origin[i]].isspace())
    # The citation contract: the sentence's span in the file, furniture inside, quotes as the sentence.
    at = clean.text.index("Au terme")
    a, b = clean.span(at, clean.text.index("podium.", at) + len("podium."))
    assert "\f" in pdftotext[a:b] and quote(pdftotext[a:b]) == RUN_ON
    assert holds_quote(pdftotext[a:b], RUN_ON)


@pytest.mark.parametrize(
    "text",
    [
        "\n".join(f"{HEADER}\n{page}\nPage {n} sur 3" for n, page in enumerate(PAGES, 1)),  # no form feed
        f"{HEADER}\n{PAGES[0]}\nPage 1 sur 1\n\f",  # one page
    ],
)
def test_a_text_not_split_into_pages_keeps_every_line(text: str) -> None:
    clean = clean_layout(text)
    assert clean.text.startswith(HEADER) and "Page 1 sur" in clean.text
    assert clean.text == clean_layout(text.replace("\f", " ")).text


def test_a_kept_line_alike_a_page_number_left_out_points_at_itself() -> None:
    """A standings table whose first cell "1" sits under the page number "1" and the running
    header: the kept lines were matched back to the page by their text, so the cell's place
    was the page number's, and the passage it opens spanned the header (quoted with it)."""
    pages = [
        f"1\n{HEADER}\n1\nRomain Dumas, Skoda, 1 h 02 min 10 s.\n2\nLéa Martin, Alpine, 1 h 02 min 40 s.\nFin.",
        f"2\n{HEADER}\nLa prochaine manche se dispute en juin.\nLes engagés sont attendus.",
    ]
    pdftotext = "\f".join(pages)
    clean = clean_layout(pdftotext)
    first = "1 Romain Dumas, Skoda, 1 h 02 min 10 s."
    assert clean.text.startswith(first) and HEADER not in clean.text
    assert clean.origin[0] == pdftotext.index("1\nRomain")
    a, b = clean.span(0, len(first))
    assert quote(pdftotext[a:b]) == first


@pytest.mark.parametrize(
    ("markdown", "clean"),
    [
        ("Essais libres\n=============\n\nLe texte.", "Essais libres\n\nLe texte."),
        ("Essais libres\r\n===\r\nLe texte.\r\n", "Essais libres\n\nLe texte."),
        ("Le classement\n-------------\nLe texte.", "Le classement\n\nLe texte."),  # level two
        ("Essais libres\nde Magny-Cours\n=====\n\nLe texte.", "Essais libres de Magny-Cours\n\nLe texte."),
        ("Le texte.\n\n---\n\nLa suite.", "Le texte.\n\nLa suite."),  # a thematic break, no underline
        ("Le texte.\n\n* * *\n\nLa suite.", "Le texte.\n\nLa suite."),
        ("# Titre\n---\nLe texte.", "Titre\n\nLe texte."),  # under an ATX heading: a break
        ("---\ntitle: Essais\n---\nTitre\n=====\nLe texte.", "Titre\n\nLe texte."),  # after YAML front matter
        ("Le texte.\n\n===\n\nLa suite.", "Le texte.\n\n===\n\nLa suite."),  # "=" under nothing: words
    ],
)
def test_a_setext_heading_is_searched_without_its_underline(markdown: str, clean: str) -> None:
    """ "Essais libres =============" was searched and quoted: an underline is Markdown's marker,
    as "#" is, and "---" between paragraphs is a rule, no words."""
    cleaned = clean_layout(markdown, markdown=True)
    assert cleaned.text == clean
    at = cleaned.text.index(clean.split("\n")[0].split()[-1])
    a, b = cleaned.span(at, at + len(clean.split("\n")[0].split()[-1]))
    assert markdown[a:b] == clean.split("\n")[0].split()[-1]


@pytest.mark.parametrize(
    "markdown",
    [
        '+++\ntitle = "Rallye de Millau"\ndate = 2024-05-12\n+++\n\nLe rallye a été remporté par Léa Gros.',
        '+++\r\ntitle = "Rallye de Millau"\r\ndate = 2024-05-12\r\n+++\r\nLe rallye a été remporté par Léa Gros.\r\n',
        '\ufeff+++ \ntitle = "Rallye de Millau"\n+++\nLe rallye a été remporté par Léa Gros.',  # a BOM left in
    ],
)
def test_toml_front_matter_is_not_searched(markdown: str) -> None:
    """'+++ title = "Rallye de Millau"' was indexed as a sentence: Hugo's front matter is
    metadata (``formats.read_markdown`` reads it), as YAML's is."""
    clean = clean_layout(markdown, markdown=True)
    assert clean.text == "Le rallye a été remporté par Léa Gros."
    a, b = clean.span(0, len(clean.text))
    assert markdown[a:b] == clean.text


def test_front_matter_closes_as_it_opens() -> None:
    assert "title" in clean_layout('---\ntitle = "Rallye de Millau"\n+++\nLe texte.', markdown=True).text


@pytest.mark.parametrize(
    ("original", "quoted"),
    [
        ("aujourd`hui l`équipe", "aujourd’hui l’équipe"),  # an apostrophe typed as a backtick
        ("le moteur `V8` neuf", "le moteur `V8` neuf"),  # in a .txt, as written: no Markdown there
        ("`Le Mans`", "`Le Mans`"),
    ],
)
def test_a_backtick_is_an_apostrophe_between_two_letters_only(original: str, quoted: str) -> None:
    assert quote(original) == quoted


def test_the_special_characters_class_holds_exactly_its_characters() -> None:
    """``_SPECIAL`` and ``_INVISIBLE`` are written as ranges (6x faster): every code point is
    matched exactly when it is one of the characters the first step rewrites or drops."""
    from paddockqa.text import _APOSTROPHES, _FORMAT_CHARACTERS, _INVISIBLE, _LIGATURES, _SPECIAL, char_ranges

    special = set(_FORMAT_CHARACTERS + _LIGATURES + "".join(_APOSTROPHES))
    marks = [(0x300, 0x36F), (0x1AB0, 0x1AFF), (0x1DC0, 0x1DFF), (0x20D0, 0x20FF), (0xFE20, 0xFE2F)]
    invisible = set(_FORMAT_CHARACTERS)
    for code in range(0x110000):
        ch = chr(code)
        wanted = ch in special or any(a <= code <= b for a, b in marks)
        assert bool(_SPECIAL.match(ch)) is wanted, hex(code)
        assert bool(_INVISIBLE.match(ch)) is (ch in invisible), hex(code)
    # Signs a class gives a meaning to are escaped; runs become ranges.
    import re

    assert char_ranges("abcx") == "a-cx"
    chosen = re.compile(f"[{char_ranges('-]^abcx')}]")
    assert [c for c in "-]^abcdxyz[" if chosen.match(c)] == list("-]^abcx")


@pytest.mark.parametrize(
    ("before", "opened"),
    [
        ("La Ronde aura lieu du vendredi 24 au dimanche ", "vendredi 24 au dimanche "),  # a sixth walk
        ("Prochain rendez-vous : le Rallye du Rouergue, du 10 au ", "10 au "),
        ("du 30 juin au ", "30 juin au "),
        ("The rally runs from Friday 24 to Sunday ", "Friday 24 to Sunday "),
        ("du 1er au ", "1er au "),
        ("du 24 avril 2026 au ", "24 avril 2026 au "),  # a review
        ("Il a couru le 24 au ", ""),  # no "du": a day and a place, not a range
        ("les pilotes du Rallye au ", ""),
        ("la course du 24 ", ""),
    ],
)
def test_a_range_of_days_is_opened_before_the_date_that_closes_it(before: str, opened: str) -> None:
    assert range_opened(before) == len(opened)
