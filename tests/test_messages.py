"""What the core says to a user, in the page's language: refusals, errors, why a file is skipped."""

from __future__ import annotations

import copy
import pickle
import string
from pathlib import Path

import pytest

from paddockqa import messages
from paddockqa.answer import closest_listing, not_found
from paddockqa.domain import Answer, Citation
from paddockqa.errors import QuestionError
from paddockqa.messages import CATALOG, Message, said


def _names(template: str) -> set[tuple[str, str]]:
    """Each value a template names with its format spec (a number's format must not change with the language)."""
    return {(name, spec or "") for _, name, spec, _ in string.Formatter().parse(template) if name}


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
    assert type(f"« {refused} »") is str and type(refused + ".") is str  # text made from it is plain text
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
    closest = Answer(
        question="q", answered=False, text="", message=messages.fr("not_found_closest", listing="[1] Titre")
    )
    assert own_text(closest, "fr").endswith("Passages les plus proches : [1] Titre")
    assert own_text(closest, "en").endswith("Closest passages: [1] Titre")
    quoted = Answer(question="q", answered=True, text="Il a 42 ans. [1]")
    assert own_text(quoted, "en") == "Il a 42 ans. [1]"  # the corpus's words are never translated


def test_the_closest_passages_name_each_document_once() -> None:
    def cited(n: int, title: str, source: str = "") -> Citation:
        return Citation(n=n, source=source or f"{title}.txt", title=title, start=0, end=1, quote="x", score=0.1)

    listing = closest_listing(
        [cited(1, "UN NOUVEAU CHALLENGE"), cited(2, "Immense GAILLARD"), cited(3, "UN NOUVEAU CHALLENGE")]
    )
    assert listing == "[1] [3] (UN NOUVEAU CHALLENGE), [2] (Immense GAILLARD)"
    assert closest_listing([cited(1, "A")]) == "[1] (A)"
    # A title made of a text's first sentence is listed shortened, as screens show it.
    lede = "Après avoir brillé à Pikes Peak, avec une victoire de catégorie et la deuxième place du classement général"
    assert (
        closest_listing([cited(1, lede)])
        == "[1] (Après avoir brillé à Pikes Peak, avec une victoire de catégorie et la deuxième place du…)"
    )
    two = closest_listing([cited(1, "COMMUNIQUÉ", "a.txt"), cited(2, "COMMUNIQUÉ", "b.txt")])
    assert two == "[1] (COMMUNIQUÉ), [2] (COMMUNIQUÉ)"  # two releases of one title


def test_numbers_are_written_the_french_way_in_french() -> None:
    bomb = messages.en("docx_ratio", kb=1500.4, mb=2048.7, ratio=100)
    assert "1,500 KB that unpacks to 2,049 MB" in bomb
    assert "1\u202f500 Ko qui se décompresse en 2\u202f049 Mo" in bomb.said("fr")
    assert "12,3 Mo" in messages.en(
        "parts_kept", folder="/i", error="e", parts=3, mb=12.34, previous=messages.en("no_index_yet"), needed=2
    ).said("fr")


def test_the_sources_panel_and_the_index_report_speak_the_pages_language() -> None:
    """What the app renders on the server around the core's messages: notice, claim checks, skipped files."""
    from paddockqa.app import _report_text, render_sources
    from paddockqa.domain import BuildReport, Skipped

    checked = Answer(
        question="q",
        answered=True,
        text="Il a 43 ans. [1]",
        mode="generated",
        model="m",
        sentences=("Il a 43 ans. [1]",),
        unsupported=(0,),
        unsupported_reasons=(messages.fr("number_missing", numbers="43"),),
        notice=messages.fr("llm_failed", reason=messages.fr("llm_timeout", server="http://llm")),
    )
    english, french = render_sources(checked, 0, "en"), render_sources(checked, 0, "fr")
    assert "Generated answer unavailable (the server http://llm did not answer in time)" in english
    assert "“Il a 43 ans. [1]” — number not in the cited passages: 43" in english
    assert "nombre absent des passages cités : 43" in french and "number not" not in french
    report = BuildReport(3, 15, (), (), (), (), (Skipped("x.bin", messages.en("binary_file")),), 0, 0.1)
    assert "Skipped: x.bin — binary file" in _report_text(report, "en")
    assert "Ignoré : x.bin — fichier binaire" in _report_text(report, "fr")
    assert "en 0,1 s" in _report_text(report, "fr") and "in 0.1 s" in _report_text(report, "en")


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
    assert reasons["vide.md"].said("fr").startswith("le fichier ne contient que des blancs")
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
        (  # the seed corpus's "001_99e132d26c260f21.txt", typed in capitals
            lambda p: p.scope(["001_99E132D26C260F21.TXT"]),
            "Voulez-vous dire 001_99e132d26c260f21.txt ?",
            "Did you mean 001_99e132d26c260f21.txt?",
        ),
    ],
)
def test_question_errors_are_said_in_both_languages(check, french: str, english: str, seed_pipeline) -> None:
    with pytest.raises(QuestionError) as raised:
        check(seed_pipeline)
    assert french in said("fr", raised.value) and english in said("en", raised.value)


def test_an_upload_stored_under_another_name_says_so(tmp_path: Path) -> None:
    """A name made safe (leading underscores, a path, HTML) is reported with the name stored."""
    from paddockqa.uploads import add_files

    corpus, inbox = tmp_path / "corpus", tmp_path / "inbox"
    corpus.mkdir()
    inbox.mkdir()
    (inbox / "tmp1.md").write_text("# Brouillon\n\nPhilippe Gaillard court au Mans.", encoding="utf-8")
    (inbox / "tmp2.txt").write_text("Romain Dumas court le Petit Le Mans.", encoding="utf-8")
    draft, plain = add_files(corpus, [inbox / "tmp1.md", inbox / "tmp2.txt"], 10**6, ["__draft__.md", "dumas.txt"])
    assert (draft.name, draft.stored_as, draft.message) == (
        "__draft__.md",
        "draft__.md",
        "ajouté sous le nom draft__.md",
    )
    assert said("en", draft.message) == "added as draft__.md"
    assert (plain.name, plain.stored_as, plain.message) == ("dumas.txt", "dumas.txt", "ajouté")
