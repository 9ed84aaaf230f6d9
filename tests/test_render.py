"""How an answer reads in the chat and the CLI (pure)."""

from __future__ import annotations

from paddockqa.domain import Answer
from paddockqa.render import UNSUPPORTED_LEGEND, answer_text


def test_unsupported_sentences_are_marked_where_they_stand() -> None:
    answer = Answer(
        question="q",
        answered=True,
        text="Il a gagné. [1]\n- Puis au Mans [1]\n- Et à Spa [2]",
        mode="generated",
        model="m",
        sentences=("Il a gagné. [1]", "- Puis au Mans [1]", "- Et à Spa [2]"),
        unsupported=(1,),
    )
    text = answer_text(answer)
    assert text.startswith("Il a gagné. [1]\n⚠ - Puis au Mans [1]\n- Et à Spa [2]\n\n" + UNSUPPORTED_LEGEND)
    assert text.endswith("Réponse rédigée par m, chaque phrase vérifiée contre les passages cités.")


def test_an_extractive_answer_reads_as_it_is_and_a_notice_comes_first() -> None:
    plain = Answer(question="q", answered=True, text="Il a gagné. [1]")
    assert answer_text(plain) == "Il a gagné. [1]"
    fallback = Answer(question="q", answered=True, text="Il a gagné. [1]", notice="Le LLM a échoué.")
    assert answer_text(fallback) == "ℹ Le LLM a échoué.\n\nIl a gagné. [1]"
