"""Our own words in a reply follow the question's language (pure)."""

from __future__ import annotations

import pytest

from paddockqa import messages, render
from paddockqa.domain import Answer
from paddockqa.language import ENGLISH, FRENCH, in_language, question_language, stated_language


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("How old is Philippe Gaillard?", "en"),
        ("Where does he come from?", "en"),
        ("And Romain Dumas?", "en"),
        ("Who won?", "en"),
        ("In which years did Romain Dumas win the American Le Mans Series title?", "en"),
        ("Hello", "en"),
        ("Thanks!", "en"),
        ("Quel âge a Philippe Gaillard ?", "fr"),
        ("Combien de pole positions a-t-il signées ?", "fr"),
        ("D'où vient-il ?", "fr"),
        ("Et Romain Dumas ?", "fr"),
        ("Bonjour", "fr"),
        ("Romain Dumas ?", "fr"),  # no word of either: the corpus's language
        ("Porsche 911 GT3 RSR", "fr"),
        ("Who won Le Mans in 2008?", "en"),
        # French questions with names or words that look English
        ("Tu connais Will Power ?", "fr"),
        ("Tu peux me parler de Will Power ?", "fr"),
        ("Me dis-tu tout ?", "fr"),
        ("Victoire in extremis ?", "fr"),
        ("Will Power ?", "fr"),  # a name alone: the words of a name count for neither
        ("Spirit of Daytona ?", "fr"),
        ("The Heart of Racing ?", "fr"),
        ("Grand Prix of Long Beach ?", "fr"),
        ("Qui a gagné la Race of Champions ?", "fr"),
        ("Who is the team manager of PRO GT?", "en"),
        # a title in quotes is in its own language (eval/piaf-dev-en)
        ('Who wrote "De l\'esprit géométrique"?', "en"),
        ("Qui a chanté « Who Wants to Live Forever » ?", "fr"),
        ("Qui a écrit “The Old Man and the Sea” ?", "fr"),
        ('"Who won?"', "en"),  # nothing but the quote: its words count
        ('Who wrote “De l’esprit géométrique"?', "en"),  # mixed quote marks
        ("Who wrote «De l’esprit géométrique?", "en"),  # left open
    ],
)
def test_a_question_is_english_when_most_of_its_function_words_are(question: str, lang: str) -> None:
    assert question_language(question) == lang


@pytest.mark.parametrize(
    ("question", "stated"),
    [
        ("How old is Philippe Gaillard?", ENGLISH),
        ("Quel âge a Philippe Gaillard ?", FRENCH),
        ("Philippe Gaillard’s age?", None),  # no function word of either language
        ("Romain Dumas ?", None),
        ("Where est Dijon ?", None),  # one of each: a tie
    ],
)
def test_a_question_states_its_language_only_when_its_words_decide_it(question: str, stated: str | None) -> None:
    assert stated_language(question) == stated
    assert question_language(question) == (stated or FRENCH)


@pytest.mark.parametrize(
    ("before", "typed", "language"),
    [
        # understood without a word of either language: the typed question's
        ("How old is Philippe Gaillard?", "And his age?", ENGLISH),
        # understood in the other language than typed: the understood question's
        ("Quel âge a Philippe Gaillard ?", "And Romain Dumas?", FRENCH),
        ("How old is Philippe Gaillard?", "Et Romain Dumas ?", ENGLISH),
        ("Quel âge a Philippe Gaillard ?", "Et d'où vient-il ?", FRENCH),
    ],
)
def test_a_follow_up_is_read_in_the_language_it_is_understood_in(before: str, typed: str, language: str) -> None:
    from paddockqa.conversation import Turn, resolve

    resolution = resolve(typed, [Turn(before, before, "42 ans")])
    assert resolution.follow_up and resolution.language == language


def test_an_answer_in_english_says_its_own_words_in_english_and_can_still_be_said_in_french() -> None:
    refusal = messages.fr("not_found")
    answer = Answer(
        question="What is the recipe for veal blanquette?",
        answered=False,
        text=str(refusal),
        message=refusal,
        notice=messages.fr("no_antecedent"),
    )
    english = in_language(answer, "en")
    assert english.text == "I did not find the answer to this question in the corpus."
    assert english.to_json()["answer"] == english.text
    assert str(english.notice).startswith("This question refers to someone")
    assert english.message is not None and english.message.said("fr") == str(refusal)  # the page's language
    checked = Answer(
        question="How old is he?",
        answered=True,
        text="He is 43. [1] He lives in Paris.",
        sentences=("He is 43. [1]", "He lives in Paris."),
        unsupported=(0, 1),
        unsupported_reasons=(messages.fr("number_missing", numbers="43"), messages.fr("no_citation")),
    )
    said = in_language(checked, "en")
    assert said.to_json()["unsupported_reasons"] == ["number not in the cited passages: 43", "no passage cited"]
    assert render.unsupported_lines(checked, "en") == render.unsupported_lines(said, "en")
    assert render.unsupported_lines(said, "en")[1].endswith("no passage cited")
    assert render.unsupported_lines(said, "fr")[1].endswith("aucun passage cité")
    quoted = Answer(question="How old is he?", answered=True, text="Il a 42 ans. [1]")
    assert in_language(quoted, "en") == quoted  # the corpus's words stay as they are
