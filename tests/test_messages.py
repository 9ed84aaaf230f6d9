"""What the core says to a user, in the page's language: refusals, errors, why a file is skipped."""

from __future__ import annotations

import copy
import pickle
import string
from pathlib import Path

import pytest

from paddockqa import messages
from paddockqa.answer import not_found
from paddockqa.errors import QuestionError
from paddockqa.messages import CATALOG, Message, said


def _names(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_message_exists_in_both_languages_with_the_same_values() -> None:
    assert CATALOG["fr"].keys() == CATALOG["en"].keys()
    for key, french in CATALOG["fr"].items():
        assert _names(french) == _names(CATALOG["en"][key]), key


def test_a_message_is_its_text_in_its_first_language_and_said_in_another() -> None:
    big = messages.en("too_big", size=31.6, limit=20)
    assert big == "file is 32 MB, over the 20 MB limit (PADDOCKQA_MAX_FILE_MB): split it, or raise the limit"
    assert big.said("fr").startswith("le fichier fait 32 Mo, au-delà de la limite de 20 Mo")
    assert big.said("de") == str(big)  # a language we do not speak: the one it was written in
    refused = messages.fr("upload_refused", reason=ValueError(messages.en("vanished")))
    assert refused == "refusé : le fichier a disparu pendant la lecture du corpus"  # one language, nested too
    assert refused.said("en") == "refused: the file vanished while the corpus was read"
    # Gradio deep-copies the conversation's answers: a copy is still a message, not only its text.
    for twin in (copy.deepcopy(refused), pickle.loads(pickle.dumps(refused))):
        assert isinstance(twin, Message) and twin.said("en") == refused.said("en")
    assert f"« {refused} »" == f"« {refused!s} »"  # text made from it is plain text
    assert said("en", QuestionError(messages.fr("question_empty"))) == (
        "The question is empty: type a question about the corpus."
    )
    assert said("en", QuestionError("un texte d’une bibliothèque")) == "un texte d’une bibliothèque"
    assert said("en", "déjà du texte") == "déjà du texte"


def test_the_refusal_is_said_in_the_pages_language_with_its_closest_passages() -> None:
    from paddockqa.render import answer_text, own_text

    refusal = not_found("Quelle est la recette de la blanquette ?", [], 0.01)
    assert refusal.text == "Je n’ai pas trouvé la réponse à cette question dans le corpus."
    assert answer_text(refusal, "en") == "I did not find the answer to this question in the corpus."
    assert own_text(refusal, "fr") == refusal.text


def test_why_a_file_is_skipped_is_said_in_both_languages(tmp_path: Path) -> None:
    """Real readers on real broken files: each reason is a message the page can translate."""
    from paddockqa.corpus import scan_corpus

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "binaire.txt").write_bytes(b"\x00\x01\x02" * 100)
    (corpus / "vide.md").write_text("   \n", encoding="utf-8")
    (corpus / "faux.docx").write_bytes(b"pas un zip")
    (corpus / "scan.pdf").write_bytes(b"%PDF-1.4 tronque")
    reasons = {s.source: s.reason for s in scan_corpus(corpus).skipped}
    assert set(reasons) == {"binaire.txt", "vide.md", "faux.docx", "scan.pdf"}
    for source, reason in reasons.items():
        assert isinstance(reason, Message), source
        assert reason.said("en") == str(reason) and reason.said("fr") != reason.said("en"), source
    assert reasons["binaire.txt"].said("fr").startswith("fichier binaire")
    assert reasons["vide.md"].said("fr") == "le fichier est vide"
    assert reasons["faux.docx"].said("fr").startswith("fichier Word endommagé")


def test_upload_verdicts_are_said_in_both_languages(tmp_path: Path) -> None:
    from paddockqa.uploads import add_files

    corpus, inbox = tmp_path / "corpus", tmp_path / "inbox"
    corpus.mkdir()
    inbox.mkdir()
    (inbox / "note.txt").write_text("Philippe Gaillard, 42 ans, est champion de France.", encoding="utf-8")
    (inbox / "image.png").write_bytes(b"\x89PNG")
    (inbox / "vide.txt").write_text("", encoding="utf-8")
    added, png, empty = add_files(corpus, [inbox / "note.txt", inbox / "image.png", inbox / "vide.txt"], 10**6)
    again = add_files(corpus, [inbox / "note.txt"], 10**6)[0]
    assert [u.message for u in (added, png, empty, again)] == [
        "ajouté",
        "refusé : type non pris en charge (acceptés : .txt, .md, .html, .htm, .pdf, .docx)",
        "refusé : le fichier est vide",  # the reader's reason, first written in English, in French too
        "déjà dans le corpus, rien à ajouter",
    ]
    assert [said("en", u.message) for u in (added, png, empty, again)] == [
        "added",
        "refused: unsupported type (accepted: .txt, .md, .html, .htm, .pdf, .docx)",
        "refused: file is empty",
        "already in the corpus, nothing to add",
    ]


@pytest.mark.parametrize(
    ("check", "french", "english"),
    [
        (lambda p: p.check_question(7), "La question doit être du texte.", "The question must be text."),
        (lambda p: p.check_question("  "), "La question est vide", "The question is empty"),
        (lambda p: p.scope((), "2008-13-45"), "n’est pas une date", "is not a date"),
        (lambda p: p.scope((), "2009-01-01", "2008-01-01"), "inversez les dates", "swap the dates"),
        (lambda p: p.scope(["absent.txt"]), "Aucun document absent.txt", "No document absent.txt"),
    ],
)
def test_question_errors_are_said_in_both_languages(check, french: str, english: str, seed_pipeline) -> None:
    with pytest.raises(QuestionError) as raised:
        check(seed_pipeline)
    assert french in said("fr", raised.value) and english in said("en", raised.value)
