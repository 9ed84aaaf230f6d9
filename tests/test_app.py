"""The Gradio app served for real over HTTP, driven through gradio_client and plain GET.

Every test gets its own server on a free local port, over a fresh copy of the seed
corpus indexed with the real model, so tests that add documents stay independent.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from gradio_client import Client, handle_file

from paddockqa.pipeline import Pipeline

pytestmark = pytest.mark.slow

GAILLARD_QUESTION = "Combien de pole positions Philippe Gaillard a-t-il signées ?"
CITATION_KEYS = {"n", "source", "title", "start", "end", "quote", "score", "date", "page", "also"}

LEA_MARTIN = """Communiqué du 14 avril 2024

Rallye des Cévennes : Léa Martin s'impose

Léa Martin a remporté le Rallye des Cévennes 2024 au volant d'une Alpine A110, devant
un plateau de quarante équipages. La pilote ardéchoise, associée à son copilote Julien
Roux, a signé six meilleurs temps sur les dix spéciales disputées.

« Cette victoire récompense tout le travail de l'équipe pendant l'hiver », a déclaré
Léa Martin à l'arrivée à Alès.
"""

HUGO_LEFEVRE = """Communiqué du 2 juin 2024

Course de côte du Mont-Dore : Hugo Lefèvre vainqueur

Hugo Lefèvre a gagné la course de côte du Mont-Dore au volant d'une Porsche 911 GT3 Cup,
en établissant un nouveau record de la montée en 2 minutes 41 secondes.
"""


@pytest.fixture
def client(app_url: str) -> Iterator[Client]:
    """A gradio_client connected to the running app."""
    c = Client(app_url, verbose=False, analytics_enabled=False)
    try:
        yield c
    finally:
        c.close()


def assert_quotes_match_corpus(result: dict, corpus: Path) -> None:
    """Every citation's quote is the corpus text at [start:end], whitespace collapsed."""
    for citation in result["citations"]:
        assert set(citation) == CITATION_KEYS
        text = (corpus / citation["source"]).read_text(encoding="utf-8")
        assert " ".join(text[citation["start"] : citation["end"]].split()) == citation["quote"]


def test_ask_endpoint_returns_cited_answer(client: Client, pipeline: Pipeline) -> None:
    """/ask returns the JSON answer object with an exact, verifiable first citation."""
    result = client.predict(GAILLARD_QUESTION, api_name="/ask")

    assert isinstance(result, dict)
    assert set(result) == {
        "question", "answered", "answer", "confidence", "citations", "mode", "model", "sentences", "unsupported",
        "unsupported_reasons", "invalid_citations", "notice", "short_answer", "resolved_question",
    }  # fmt: skip
    assert result["mode"] == "extractive"
    assert result["question"] == GAILLARD_QUESTION
    assert result["answered"] is True
    assert "[1]" in result["answer"]
    first = result["citations"][0]
    assert first["n"] == 1
    assert first["source"] == "001_99e132d26c260f21.txt"
    assert "6 pole positions" in first["quote"]
    assert_quotes_match_corpus(result, pipeline.settings.corpus)


def test_ask_endpoint_empty_question_gives_clear_error(client: Client, capfd: pytest.CaptureFixture[str]) -> None:
    """An empty question is refused with the French message, not a stack trace, and the
    server's log holds no traceback for it: a user's mistake is not the server's fault."""
    capfd.readouterr()
    with pytest.raises(Exception) as excinfo:
        client.predict("", api_name="/ask")

    message = str(excinfo.value)
    assert "vide" in message
    assert "Traceback" not in message
    logged = capfd.readouterr()
    assert "Traceback" not in logged.err + logged.out


def test_rebuild_endpoint_takes_files(client: Client) -> None:
    """/rebuild takes the upload, and whether it replaces texts of the same name (off unless asked)."""
    endpoint = client.view_api(return_format="dict", print_info=False)["named_endpoints"]["/rebuild"]

    assert [p["parameter_name"] for p in endpoint["parameters"]] == ["files", "replace"]
    assert endpoint["parameters"][0]["component"] == "File"
    replacing = endpoint["parameters"][1]
    assert replacing["parameter_has_default"] and replacing["parameter_default"] is False


@pytest.mark.parametrize("no_upload", [None, []], ids=["none", "empty-list"])
def test_rebuild_picks_up_new_corpus_file_without_restart(
    client: Client, pipeline: Pipeline, no_upload: list | None
) -> None:
    """A file dropped into the corpus folder is answerable after /rebuild, same server."""
    (pipeline.settings.corpus / "nouveau.txt").write_text(LEA_MARTIN, encoding="utf-8")

    status, table, *_ = client.predict(no_upload, api_name="/rebuild")

    assert "Index à jour : 4 documents" in status
    assert "1 ajouté," in status
    assert "nouveau.txt" in [row[1] for row in table["data"]]
    result = client.predict("Au volant de quelle voiture Léa Martin a-t-elle gagné ?", api_name="/ask")
    assert result["answered"] is True
    assert result["citations"][0]["source"] == "nouveau.txt"
    assert "Alpine A110" in result["answer"]
    assert_quotes_match_corpus(result, pipeline.settings.corpus)


def test_the_corpus_tab_lists_the_files_left_out_and_why(client: Client, pipeline: Pipeline) -> None:
    """A file the folder holds but the index cannot (empty, binary) is listed under the totals
    with its reason: a page user never sees the CLI's "skipped" lines."""
    corpus = pipeline.settings.corpus
    (corpus / "vide.txt").write_bytes(b"")
    (corpus / "photo.jpg.txt").write_bytes(b"\xff\xd8\xff\x00\x10JFIF\x00")
    status, *_, totals, _, _ = client.predict(None, api_name="/rebuild")
    assert "Ignoré : vide.txt" in status
    assert "laissés hors de l’index à la dernière mise à jour faite ici (2)" in totals, totals
    assert "- Ignoré : photo.jpg.txt — " in totals and "- Ignoré : vide.txt — " in totals
    (corpus / "vide.txt").unlink()
    (corpus / "photo.jpg.txt").unlink()
    *_, totals, _, _ = client.predict(None, api_name="/rebuild")
    assert "laissés hors" not in totals and "**3** documents" in totals


def test_rebuild_with_upload_adds_file_to_corpus(client: Client, pipeline: Pipeline, tmp_path: Path) -> None:
    """A .txt uploaded through /rebuild is copied into the corpus and answerable."""
    upload = tmp_path / "upload" / "cote_mont_dore.txt"
    upload.parent.mkdir()
    upload.write_text(HUGO_LEFEVRE, encoding="utf-8")

    status, table, *_, cleared = client.predict([handle_file(str(upload))], api_name="/rebuild")

    assert "cote\\_mont\\_dore.txt : ajouté" in status  # Markdown: the name shown as it is named
    assert cleared is None
    landed = pipeline.settings.corpus / "cote_mont_dore.txt"
    assert landed.read_text(encoding="utf-8") == HUGO_LEFEVRE
    assert "cote_mont_dore.txt" in [row[1] for row in table["data"]]
    result = client.predict("Quelle voiture conduisait Hugo Lefèvre au Mont-Dore ?", api_name="/ask")
    assert result["answered"] is True
    assert result["citations"][0]["source"] == "cote_mont_dore.txt"
    assert_quotes_match_corpus(result, pipeline.settings.corpus)


def test_a_corrected_release_uploaded_to_replace_is_the_one_answered(
    client: Client, pipeline: Pipeline, tmp_path: Path
) -> None:
    """Sent again under its name with "replace": one document, the corrected one, the first in the trash."""
    upload = tmp_path / "upload" / "cote_mont_dore.txt"
    upload.parent.mkdir()
    upload.write_text(HUGO_LEFEVRE, encoding="utf-8")
    client.predict([handle_file(str(upload))], api_name="/rebuild")
    upload.write_text(HUGO_LEFEVRE.replace("2 minutes 41", "2 minutes 38"), encoding="utf-8")

    status, table, *_ = client.predict([handle_file(str(upload))], True, api_name="/rebuild")

    assert "cote\\_mont\\_dore.txt : remplace la version précédente" in status
    names = [row[1] for row in table["data"]]
    assert names.count("cote_mont_dore.txt") == 1 and not any(n.startswith("cote_mont_dore-") for n in names)
    (kept,) = (pipeline.settings.corpus / ".trash").glob("*/cote_mont_dore.txt")
    assert "2 minutes 41" in kept.read_text(encoding="utf-8")
    result = client.predict("Quel record Hugo Lefèvre a-t-il établi au Mont-Dore ?", api_name="/ask")
    assert result["citations"][0]["source"] == "cote_mont_dore.txt"
    assert "2 minutes 38" in result["answer"] and "41" not in result["answer"]


def test_home_page_is_served(app_url: str) -> None:
    """GET / answers 200 with the app's title in the page."""
    response = httpx.get(app_url, timeout=30)

    assert response.status_code == 200
    assert "PaddockQA" in response.text


def test_ask_endpoint_with_an_llm_returns_the_checked_generated_answer(
    client: Client, pipeline: Pipeline, scripted
) -> None:
    """With an LLM configured, /ask returns its answer, checked, with the unsupported sentence listed."""
    pipeline.chat_model = scripted("invented-claim")

    result = client.predict(GAILLARD_QUESTION, api_name="/ask")

    assert result["mode"] == "generated" and result["model"] == "invented-claim"
    assert result["unsupported"] == [1] and "Ferrari" in result["sentences"][1]
    assert_quotes_match_corpus(result, pipeline.settings.corpus)


def test_upload_of_several_formats_at_once_reports_each_file(
    client: Client, pipeline: Pipeline, tmp_path: Path
) -> None:
    """PDF, Word and HTML uploaded together: each gets its result, a broken one is refused, the rest answer."""
    from filemakers import make_docx, make_pdf

    folder = tmp_path / "upload"
    folder.mkdir()
    pdf = make_pdf(
        folder / "mont-dore.pdf",
        ["Communiqué du 2 juin 2024", HUGO_LEFEVRE.split("\n\n", 2)[2].replace("\n", " ")],
        title="Hugo Lefèvre vainqueur au Mont-Dore",
    )
    word = make_docx(folder / "cevennes.docx", [p.replace("\n", " ") for p in LEA_MARTIN.split("\n\n")])
    page = folder / "annonce.html"
    page.write_text(
        "<html><head><title>Annonce</title></head><body><nav>Menu</nav><article><p>Le team Sodemo engage "
        "deux Porsche Cayman au Trophée Andros 2025.</p></article></body></html>",
        encoding="utf-8",
    )
    broken = folder / "casse.pdf"
    broken.write_bytes(b"%PDF-1.4 truncated")
    files = [handle_file(str(p)) for p in (pdf, word, page, broken)]

    status, table, *_ = client.predict(files, api_name="/rebuild")

    for line in ("mont-dore.pdf : ajouté", "cevennes.docx : ajouté", "annonce.html : ajouté"):
        assert line in status
    assert "casse.pdf : refusé : PDF endommagé" in status
    assert not (pipeline.settings.corpus / "casse.pdf").exists()
    rows = {row[1]: row for row in table["data"]}
    assert rows["mont-dore.pdf"][2] == "pdf" and rows["mont-dore.pdf"][3] == "2024-06-02"
    result = client.predict("Quel record Hugo Lefèvre a-t-il établi au Mont-Dore ?", api_name="/ask")
    citation = result["citations"][0]
    assert citation["source"] == "mont-dore.pdf" and citation["page"] == 2 and citation["date"] == "2024-06-02"
    assert "2 minutes 41 secondes" in result["answer"]
    result = client.predict("Combien de Porsche Cayman le team Sodemo engage-t-il ?", api_name="/ask")
    assert result["citations"][0]["source"] == "annonce.html"


def test_delete_removes_a_document_from_corpus_and_index(client: Client, pipeline: Pipeline) -> None:
    """/delete moves the file to the corpus's .trash and the chat no longer cites it."""
    status, table, *_ = client.predict("001_99e132d26c260f21.txt", api_name="/delete")

    assert "Retiré du corpus : 001\\_99e132d26c260f21.txt" in status and "1 retiré," in status
    assert "001_99e132d26c260f21.txt" not in [row[1] for row in table["data"]]
    assert not (pipeline.settings.corpus / "001_99e132d26c260f21.txt").exists()
    assert list((pipeline.settings.corpus / ".trash").rglob("001_99e132d26c260f21.txt"))
    result = client.predict(GAILLARD_QUESTION, api_name="/ask")
    assert all(c["source"] != "001_99e132d26c260f21.txt" for c in result["citations"])


def test_ask_can_be_limited_to_documents_or_dates(client: Client) -> None:
    """The same question, searched in all documents, in one named file, or in a date range."""
    everywhere = client.predict(GAILLARD_QUESTION, api_name="/ask")
    assert everywhere["citations"][0]["source"] == "001_99e132d26c260f21.txt"
    elsewhere = client.predict(GAILLARD_QUESTION, ["002_412870b7f298c4b4.txt"], api_name="/ask")
    assert {c["source"] for c in elsewhere["citations"]} == {"002_412870b7f298c4b4.txt"}
    dated = client.predict(GAILLARD_QUESTION, None, "2008-10-01", "2008-10-31", api_name="/ask")
    assert dated["citations"][0]["source"] == "001_99e132d26c260f21.txt"
    assert all(c["date"] and "2008-10-01" <= c["date"] <= "2008-10-31" for c in dated["citations"])
    with pytest.raises(Exception, match="n’est pas une date : écrivez-la AAAA-MM-JJ"):  # as every /ask error
        client.predict(GAILLARD_QUESTION, None, "octobre", "", api_name="/ask")
    english = Client(client.src, headers={"Accept-Language": "en-US,en;q=0.9"}, verbose=False, analytics_enabled=False)
    with pytest.raises(Exception, match="is not a date: write it as YYYY-MM-DD"):  # in the caller's language
        english.predict(GAILLARD_QUESTION, None, "octobre", "", api_name="/ask")


def test_ask_endpoint_input_hygiene(client: Client) -> None:
    """Hostile input gets a short, clear answer or error, never "Erreur interne" nor an echo."""
    nul = client.predict("\x00\x00\x00", api_name="/ask")
    assert nul["answered"] is False and "question" in nul["answer"]
    # A lone surrogate, as raw JSON over HTTP (Python's client cannot even encode one).
    surrogate = _raw_ask(client.src, '{"data": ["Quel \\u00e2ge a Philippe Gaillard \\ud800?", null, "", "", null]}')
    assert "event: complete" in surrogate and '"answered": true' in surrogate.replace(
        '"answered":true', '"answered": true'
    )
    for documents, expected in (([None], "liste de noms"), (["x.txt"] * 300, "limite est 200")):
        with pytest.raises(Exception, match=expected) as excinfo:
            client.predict(GAILLARD_QUESTION, documents, api_name="/ask")
        assert "Erreur interne" not in str(excinfo.value)
    many = [f"absent-{i:05d}-" + "x" * 10 for i in range(150)]
    with pytest.raises(Exception, match="et 147 autres") as excinfo:
        client.predict(GAILLARD_QUESTION, many, api_name="/ask")
    assert len(str(excinfo.value)) < 600  # never the 150 names back


def _raw_ask(url: str, body: str) -> str:
    """Gradio's REST protocol by hand: POST the call, then read its event stream."""
    import json
    import urllib.request

    base = url.rstrip("/") + "/gradio_api/call/ask"
    request = urllib.request.Request(base, body.encode("ascii"), {"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=60) as response:
        event = json.load(response)["event_id"]
    with urllib.request.urlopen(f"{base}/{event}", timeout=120) as response:
        return response.read().decode("utf-8")


def test_the_example_questions_are_those_of_files_the_corpus_holds(tmp_path: Path) -> None:
    """The examples ask about the bundled press texts: on a corpus of one's own they were
    refused ("Aucun document du corpus ne nomme « Philippe Gaillard »")."""
    from conftest import SEED_CORPUS
    from paddockqa.app import EXAMPLES, examples

    assert examples(SEED_CORPUS) == list(EXAMPLES)
    assert examples(tmp_path) == []
    (tmp_path / "001_99e132d26c260f21.txt").write_text("Gaillard", encoding="utf-8")
    assert examples(tmp_path) == ["Combien de pole positions Philippe Gaillard a-t-il signées ?"]
