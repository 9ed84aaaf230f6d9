"""Truecasing a question typed without capitals, from the corpus's own spelling (pure)."""

from __future__ import annotations

import pytest

from paddockqa.truecase import caseless, forms, truecase

PASSAGES = [
    "UN NOUVEAU CHALLENGE POUR LE GERSOIS PATRICK PILET\n"
    "Il a gagné le Grand Prix de Mosport avec le Club Porsche de France et Philippe Alméras.\n"
    "Immense GAILLARD\n\nPhilippe Gaillard est sacré Champion de France 2008 de Carrera Cup B, "
    "à l’issue de la finale de la Super Série FFSA. Le pilote PRO GT a dominé le championnat.",
    "Originaire de Dijon, Philippe est un chef d’entreprise de 42 ans. Il a couru en ALMS "
    "et le pilote retrouvera le Petit Le Mans avec Muscle Milk Pickett Racing.",
]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("quel âge a philippe gaillard ?", "Quel âge a Philippe Gaillard ?"),
        ("Quel âge a philippe gaillard ?", "Quel âge a Philippe Gaillard ?"),
        ("QUEL ÂGE A PHILIPPE GAILLARD ?", "Quel âge a Philippe Gaillard ?"),
        ("et d'où vient philippe gaillard ?", "Et d'où vient Philippe Gaillard ?"),
        ("le pilote a-t-il couru en alms ?", "Le pilote a-t-il couru en ALMS ?"),  # an acronym stays one
        # a French word alone keeps its small letters: "gaillard" may be the adjective
        ("quand gaillard a-t-il gagné à dijon ?", "Quand gaillard a-t-il gagné à Dijon ?"),
        # ... as does one the corpus writes in a name: "Grand Prix", "Champion de France", "Club Porsche"
        ("quel est son plus grand succès ?", "quel est son plus grand succès ?"),
        ("est-il champion de france ?", "est-il champion de france ?"),
        ("a-t-il gagné le grand prix de mosport ?", "A-t-il gagné le Grand Prix de Mosport ?"),  # beside a name: one
        ("le palmarès d'alméras ?", "Le palmarès d'Alméras ?"),  # an elided word, either apostrophe
        ("QU'EST-CE QUE L'ALMS ?", "Qu'est-ce que l'ALMS ?"),
        ("et le pilote gersois ?", "et le pilote gersois ?"),  # seen only in a headline in capitals
        ("avec qui court-il le petit le mans ?", "Avec qui court-il le Petit Le Mans ?"),
        ("qui est le pilote de dijon ?", "Qui est le pilote de Dijon ?"),  # words the corpus writes small stay so
        ("QUEL ÂGE A ROMAIN DUMAS À DIJON ?", "Quel âge a romain dumas à Dijon ?"),  # and words it does not hold
        ("LE LA LES ?", "Le la les ?"),  # capitals only: small letters, whatever the corpus holds
    ],
)
def test_a_caseless_question_takes_the_corpus_spelling(question: str, expected: str) -> None:
    assert truecase(question, PASSAGES) == expected


@pytest.mark.parametrize(
    "question",
    [
        "Quel âge a Philippe gaillard ?",
        "Quel âge a Philippe Gaillard ?",
        "qui a gagné en ALMS ?",
        "ok ?",
        "42 ?",
        "qui est le pilote ?",  # nothing the corpus writes otherwise: not even a capital first
        "quel âge a romain dumas ?",
    ],
)
def test_a_question_with_its_own_case_is_left_as_typed(question: str) -> None:
    assert truecase(question, PASSAGES) == question


def test_caseless_means_no_capital_but_a_sentences_first_or_no_small_letter() -> None:
    assert caseless("quel âge a-t-il ?") and caseless("QUEL ÂGE A-T-IL ?")
    assert caseless("Quel âge a philippe gaillard ?")  # a phone's capital
    assert caseless("Quel âge a-t-il ? Et où vit philippe ?") and caseless("« Qui » a gagné ?")
    assert not caseless("Quel âge a Philippe gaillard ?") and not caseless("qui a gagné en ALMS ?")
    assert not caseless("2008 ?") and not caseless("ok ?")  # too few letters to tell


def test_a_sentences_first_capital_and_a_headlines_capitals_are_not_the_words_spelling() -> None:
    usual = forms(PASSAGES)
    assert "le" not in usual and "il" not in usual and "originaire" not in usual  # "Le pilote", "Il a"
    assert usual["gaillard"] == "Gaillard"  # not the headline's "GAILLARD"
    assert usual["ffsa"] == "FFSA" and usual["pro"] == "PRO"  # only ever in capitals: an acronym
    assert "immense" not in usual  # a headline's first word: its capital is its place's


def test_a_dictionary_word_the_corpus_writes_as_a_name_on_its_own_is_a_name() -> None:
    texts = [
        "Il courra à Road Atlanta, en Géorgie. J’ai hâte » explique Romain. Puis en France, à Paris.",
        "Le Grand Prix de Mosport, le Champion de France et une grande course en France.",
    ]
    assert truecase("dumas court-il en géorgie ?", texts) == "Dumas court-il en Géorgie ?"
    assert truecase("et romain ?", texts) == "Et Romain ?"
    assert truecase("qui est né à paris ?", texts) == "Qui est né à Paris ?"
    assert truecase("quel est son plus grand succès ?", texts) == "quel est son plus grand succès ?"  # "Grand Prix"


def test_an_acronym_keeps_its_capitals_beside_its_web_address() -> None:
    texts = ["Plus d’infos sur www.alms.com, le site de l’ALMS. L’ALMS et l’ALMS encore, en ALMS."]
    assert truecase("pilet a-t-il couru en alms ?", texts) == "Pilet a-t-il couru en ALMS ?"


def test_two_names_one_after_the_other_each_take_their_link_word() -> None:
    texts = ["Pour Romain Dumas au Petit Le Mans avec Muscle Milk."]
    question = "quelle est la voiture de romain dumas au petit le mans ?"
    assert truecase(question, texts) == "Quelle est la voiture de Romain Dumas au Petit Le Mans ?"


def test_a_table_cells_capital_is_its_place_and_an_english_word_is_common_in_english() -> None:
    """A walk: "Quelle est sa nationalité ?" became "Quelle est sa Nationalité ?" (a DOCX
    table's column name after ";"), then a follow-up's subject; "his team" became "his Team"
    (the corpus's "Team Alpes Compétition") and no longer leaned on the conversation."""
    table = ["Pilote : Clément Dufour ; Nationalité : française ; Âge : 31 ans", "Contact | Presse"]
    assert truecase("quelle est sa nationalité ?", table) == "quelle est sa nationalité ?"
    assert truecase("à qui écrire, contact presse ?", table) == "à qui écrire, contact presse ?"
    # a name in a cell is still one
    assert truecase("quel âge a sarah lefevre ?", ["1 | Sarah Lefèvre | Team Alpes"]) == "Quel âge a Sarah Lefèvre ?"
    team = ["Le Team Alpes Compétition recrute. Le Team gagne à Spa."]
    question = "How many mechanics does his team have?"
    assert truecase(question, team, english=True) == question
    # English words the texts write together as a name are one
    hamilton = ["Victoire pour Lewis Hamilton à Spa."]
    assert truecase("how old is lewis hamilton?", hamilton, english=True) == "How old is Lewis Hamilton?"


def test_a_name_typed_without_its_accents_takes_them_from_the_corpus() -> None:
    texts = ["La pilote Sarah Lefèvre a 22 ans. Pour Lefèvre, l’âge ne compte pas."]
    assert truecase("quel age a sarah lefevre ?", texts) == "Quel age a Sarah Lefèvre ?"  # "age" is no name
    assert truecase("qui est lefevre ?", texts) == "Qui est Lefèvre ?"
    # not when the bare letters are a word of the dictionary's: "desire" is "désire"
    assert truecase("il desire gagner en 2024 ?", ["Désiré Letort gagne."]) == "il desire gagner en 2024 ?"
