"""Adding files to the corpus: safe names, nothing overwritten, bad types refused."""

from __future__ import annotations

import time
from dataclasses import replace
from pathlib import Path

import pytest

from paddockqa.config import Settings
from paddockqa.domain import IndexedDocument, Scope
from paddockqa.errors import CorpusError, QuestionError
from paddockqa.messages import said
from paddockqa.pipeline import Pipeline, _not_empty, _year_unsaid
from paddockqa.uploads import MAX_UPLOADS, safe_name


@pytest.fixture
def light_pipeline(settings: Settings) -> Pipeline:
    return Pipeline(settings)  # the model is only loaded when needed, and these tests never need it


def test_a_period_holding_none_of_the_documents_searched_is_said_so() -> None:
    def document(source: str, date: str | None) -> IndexedDocument:
        return IndexedDocument(source=source, title="t", date=date, content_hash="h", chunks=1, indexed_at="x")

    dated, undated = document("a.txt", "2008-10-15"), document("b.txt", None)
    assert _not_empty(Scope(since="2008-01-01"), [dated, undated]) == Scope(since="2008-01-01")
    assert _not_empty(Scope(), [undated]) == Scope()  # no period: nothing to check
    assert _not_empty(Scope(since="2030-01-01"), []) == Scope(since="2030-01-01")  # an empty index says so itself
    with pytest.raises(QuestionError) as empty:
        _not_empty(Scope(since="2009-01-01", until="2009-12-31"), [dated, undated])
    assert said("fr", empty.value).startswith("Aucun des documents cherchés n’est daté de cette période (2009-01-01")
    with pytest.raises(QuestionError) as undated_only:
        _not_empty(Scope(frozenset({"b.txt"}), until="2030-01-01"), [undated])
    assert "n’a de date" in said("fr", undated_only.value)


@pytest.mark.parametrize(
    ("document", "unsaid"),
    [
        ("La première femme sur un podium du championnat depuis 2019.", "2019"),  # a sixth walk
        ("Une écurie fondée par son père Gérard en 2019.", "2019"),
        ("Born in 2019, the team won again.", "2019"),
        ("Rallye des Vosges 2019 : Kessler s'impose", None),
        ("En 2019, Kessler remporte le rallye.", None),
    ],
)
def test_a_year_said_as_a_time_since_is_no_year_of_a_race(document: str, unsaid: str | None) -> None:
    question = "Qui a gagné le Rallye des Vosges 2019 ?"
    assert _year_unsaid(question, document, placing=True) == unsaid
    assert _year_unsaid(question, document) is None  # any year said counts for other questions


def test_a_file_name_typed_without_its_folder_or_case_finds_the_document_meant() -> None:
    from paddockqa.pipeline import near_names

    known = ["archives/2007/loeb_2007.txt", "archives/2008/loeb_2008.txt", "Gaillard.txt", "2009/gaillard.txt"]
    assert near_names("loeb_2007.txt", known) == ["archives/2007/loeb_2007.txt"]
    assert near_names("gaillard.TXT", known) == ["2009/gaillard.txt", "Gaillard.txt"]
    assert near_names("archives\\2008\\loeb_2008.txt", known) == ["archives/2008/loeb_2008.txt"]
    assert near_names("dumas.txt", known) == []
    known.append("2010/cévennes.txt")
    assert near_names("cevennes.txt", known) == ["2010/cévennes.txt"]  # typed without its accent
    assert near_names("galliard.txt", known) == ["2009/gaillard.txt", "Gaillard.txt"]  # a slip
    assert near_names("Cévennes", known) == ["2010/cévennes.txt"]  # without its type
    assert near_names("loeb.txt", known) == []  # too far from either year's file to say which


def test_safe_name_stays_inside_the_folder() -> None:
    assert safe_name("../../etc/passwd.txt") == "passwd.txt"
    assert safe_name("Communiqué <final>.txt") == "Communiqué _final_.txt"
    assert safe_name("...") == "document"
    assert safe_name("x" * 300 + ".pdf") == "x" * 116 + ".pdf"  # cut, but still a PDF


def test_uploads_never_overwrite_another_text(light_pipeline: Pipeline, tmp_path: Path) -> None:
    corpus = light_pipeline.settings.corpus
    first, second = tmp_path / "a" / "note.txt", tmp_path / "b" / "note.txt"
    first.parent.mkdir()
    second.parent.mkdir()
    first.write_text("Premier communiqué.", encoding="utf-8")
    second.write_text("Second communiqué.", encoding="utf-8")
    assert [u.stored_as for u in light_pipeline.add_files([first])] == ["note.txt"]
    assert [u.stored_as for u in light_pipeline.add_files([second])] == ["note-2.txt"]
    (again,) = light_pipeline.add_files([first])  # same file again: nothing to add
    assert not again.added and "déjà" in again.message
    assert (corpus / "note.txt").read_text(encoding="utf-8") == "Premier communiqué."
    assert (corpus / "note-2.txt").read_text(encoding="utf-8") == "Second communiqué."


def test_an_upload_asked_to_replace_takes_the_place_of_its_namesake(light_pipeline: Pipeline, tmp_path: Path) -> None:
    """Replace: the earlier version goes to the trash, kept whole; without it, a name beside."""
    corpus = light_pipeline.settings.corpus
    first, second, third = (tmp_path / d / "note.txt" for d in "abc")
    for path, text in ((first, "Premier communiqué."), (second, "Communiqué corrigé."), (third, "Troisième.")):
        path.parent.mkdir()
        path.write_text(text, encoding="utf-8")
    light_pipeline.add_files([first])
    (beside,) = light_pipeline.add_files([second])
    assert beside.stored_as == "note-2.txt" and "Remplacer les textes du même nom" in beside.message
    assert "another text is already called note.txt" in said("en", beside.message)
    (corpus / "note-2.txt").unlink()

    (replaced,) = light_pipeline.add_files([second], replace=True)

    assert replaced.stored_as == "note.txt"
    assert replaced.message == "remplace la version précédente, gardée dans .trash/"
    assert said("en", replaced.message) == "replaces the earlier version, kept in .trash/"
    assert (corpus / "note.txt").read_text(encoding="utf-8") == "Communiqué corrigé."
    assert not (corpus / "note-2.txt").exists()
    (kept,) = (corpus / ".trash").glob("*/note.txt")
    assert kept.read_text(encoding="utf-8") == "Premier communiqué."
    (same,) = light_pipeline.add_files([second], replace=True)  # the same text again: nothing moved
    assert not same.added and len(list((corpus / ".trash").glob("*/note.txt"))) == 1
    light_pipeline.add_files([third], replace=True)  # replaced again: both earlier versions kept
    assert sorted(p.read_text(encoding="utf-8") for p in (corpus / ".trash").glob("*/note.txt")) == [
        "Communiqué corrigé.",
        "Premier communiqué.",
    ]
    assert [u.stored_as for u in light_pipeline.add_files([tmp_path / "a" / "note.txt"], ["neuf.txt"], True)] == [
        "neuf.txt"  # nothing of that name: added as any upload
    ]


def test_each_upload_gets_its_result_and_bad_ones_never_land(light_pipeline: Pipeline, tmp_path: Path) -> None:
    from filemakers import make_docx, make_pdf

    corpus = light_pipeline.settings.corpus
    before = sorted(p.name for p in corpus.iterdir())
    image = tmp_path / "photo.png"
    image.write_bytes(b"\x89PNG")
    broken = tmp_path / "casse.pdf"
    broken.write_bytes(b"%PDF-1.4 truncated")
    big = tmp_path / "gros.txt"
    big.write_text("Texte. " * 400_000, encoding="utf-8")  # 2.8 MB, over the 2 MB limit set below
    pdf = make_pdf(tmp_path / "communiqué.pdf", ["Victoire de Pilet à Road Atlanta."])
    word = make_docx(tmp_path / "note.docx", ["Dumas signe chez Penske."])
    limited = Pipeline(replace(light_pipeline.settings, max_file_mb=2))
    results = {u.name: u for u in limited.add_files([image, broken, big, pdf, word])}
    assert "type non pris en charge" in results["photo.png"].message
    assert results["casse.pdf"].message.startswith("refusé : PDF endommagé")
    assert said("en", results["casse.pdf"].message).startswith("refused: corrupt PDF")
    assert "au-delà de la limite de 2 Mo" in results["gros.txt"].message
    assert results["communiqué.pdf"].stored_as == "communiqué.pdf" and results["note.docx"].added
    assert sorted(p.name for p in corpus.iterdir()) == sorted([*before, "communiqué.pdf", "note.docx"])


def test_too_many_uploads_at_once_are_refused(light_pipeline: Pipeline, tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match=f"limit is {MAX_UPLOADS}"):
        light_pipeline.add_files([tmp_path / f"{i}.txt" for i in range(MAX_UPLOADS + 1)])


def test_upload_names_are_sanitised(light_pipeline: Pipeline, tmp_path: Path) -> None:
    upload = tmp_path / "upload.txt"
    upload.write_text("Communiqué de presse : texte.", encoding="utf-8")
    (result,) = light_pipeline.add_files([upload], names=["../../etc/passwd.txt"])
    assert result.stored_as == "passwd.txt"
    assert (light_pipeline.settings.corpus / "passwd.txt").is_file()


def test_question_checks(light_pipeline: Pipeline) -> None:
    assert light_pipeline.check_question("  Qui ?  ") == "Qui ?"
    with pytest.raises(QuestionError, match="vide"):
        light_pipeline.check_question(" ")
    with pytest.raises(QuestionError, match="limite est 500"):
        light_pipeline.check_question("x" * 501)


def test_a_question_is_text_without_control_characters(settings) -> None:
    """Checked before any model or index is needed: a non-string is refused, NUL bytes and
    lone surrogates go, and a message left without content is answered as such."""
    from paddockqa.answer import NO_QUESTION
    from paddockqa.errors import QuestionError
    from paddockqa.pipeline import Pipeline

    pipeline = Pipeline(settings)
    with pytest.raises(QuestionError, match="texte"):
        pipeline.check_question(42)
    assert pipeline.check_question("Qui\x00 a gagné\ud800 ?\x07") == "Qui  a gagné  ?"
    answer = pipeline.stream("\x00\x00\x00").answer()
    assert not answer.answered and answer.text == str(NO_QUESTION)
    with pytest.raises(QuestionError, match="vide"):
        pipeline.check_question("   ")
    assert pipeline._embedder is None  # nothing was loaded for any of it


def test_warm_up_loads_what_answering_needs_then_leaves_it_to_no_collector_pass(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`serve` and `eval` warm up: the index and its retriever are loaded, the word lists read,
    and what the process holds is frozen (gc.freeze), so no full collector pass walks it in
    the middle of a question (47 ms once, inside a follow-up's 5 ms of understanding)."""
    import gc

    from fakes import HashEmbedder

    embedder = HashEmbedder()
    pipeline = Pipeline(replace(settings, reader="off"), embedder=embedder)
    gc.unfreeze()
    try:
        pipeline.warm_up()  # no index yet: nothing to load, the first question will say so
        assert gc.get_freeze_count() == 0 and pipeline._loaded is None
        pipeline.build()
        pipeline.warm_up()
        assert pipeline._loaded is not None and pipeline._retriever is not None
        assert gc.get_freeze_count() > 0
        assert pipeline.ask("Quel âge a Philippe Gaillard ?").citations  # answers as before

        # A rebuild's generation is frozen in its turn, once, when the next question loads it.
        import paddockqa.pipeline as module

        settled: list[int] = []
        monkeypatch.setattr(module, "_settle", lambda: settled.append(gc.get_freeze_count()))
        (settings.corpus / "nouveau.txt").write_text("Nadia Benali rejoint l'écurie Alpine.", encoding="utf-8")
        pipeline.build()
        assert "Nadia Benali" in pipeline.ask("Qui rejoint l'écurie Alpine ?").text
        pipeline.ask("Qui rejoint l'écurie Alpine ?")
        assert len(settled) == 1
    finally:
        gc.unfreeze()  # the rest of the test session collects as usual


def test_a_file_emptied_keeps_its_text_in_the_index_without_a_stale_note(settings: Settings) -> None:
    """A sixth walk: an indexed release emptied by a bad save was removed from the index. It
    now keeps its previous version (its facts still answer), the build says why, and once the
    build has kept it `ask`'s stale-index check (``drift``) no longer counts it as changed: no
    build would change it (a review found the note "1 file changed" never cleared)."""
    from fakes import HashEmbedder
    from paddockqa.corpus import drift
    from paddockqa.store import read_manifest

    pipeline = Pipeline(replace(settings, reader="off"), embedder=HashEmbedder())
    pipeline.build()
    source = sorted(p.name for p in settings.corpus.iterdir())[0]
    (settings.corpus / source).write_bytes(b"")
    report = pipeline.build()
    assert source not in report.removed and any(s.source == source for s in report.skipped)
    assert source in {d.source for d in pipeline.documents()}
    manifest = read_manifest(settings.index)
    assert manifest is not None and [k.source for k in manifest.kept] == [source]
    built = time.time_ns()
    assert drift(settings.corpus, manifest.files, built, manifest.kept).changed == 0
    assert drift(settings.corpus, manifest.files, built).changed == 1  # without it, the stale note
    (settings.corpus / source).write_text("Nadia Benali rejoint l'écurie Alpine.", encoding="utf-8")
    assert drift(settings.corpus, manifest.files, built, manifest.kept).changed == 1  # fixed: to index
    report = pipeline.build()
    assert source in report.updated and read_manifest(settings.index).kept == ()


def test_a_team_asked_reads_a_passage_naming_one() -> None:
    """The press set's "Pour quelle écurie Patrick Pilet roule-t-il en ALMS ?": the two passages
    read name no team, the interview's fifth says "Mon équipe, le Flying Lizard"; it is read too,
    and only a passage of a document read."""
    from paddockqa.pipeline import _team_passage
    from test_reader import _hit

    read = [_hit("Il court en ALMS sur une Porsche GT 2.", 1.0, None), _hit("L'ALMS est un championnat.", 0.9, None)]
    other = _hit("Harriet Cole (Team Redline) a gagné.", 0.8, None, source="b.txt")
    team = _hit("« Mon équipe, le Flying Lizard, est un team jeune. »", 0.5, None)
    question = "Pour quelle écurie Patrick Pilet roule-t-il en ALMS ?"
    assert _team_passage([*read, other, team], 2, question) == 3
    assert _team_passage([*read, other], 2, question) is None
    assert _team_passage([*read, other, team], 2, "Quel âge a Patrick Pilet ?") is None
    assert _team_passage([team, *read], 2, question) is None  # one read names a team


def test_past_winners_asked_read_a_passage_naming_them() -> None:
    """A sixteenth walk refused who won a rally the year before: "Vainqueurs de l'édition 2024,
    …" sat in the release's third passage, unread. It is read for last year's winners asked, of
    a document read, when no passage read names them."""
    from paddockqa.pipeline import _past_winners_passage
    from test_reader import _hit

    def dated(hit):  # noqa: ANN001, ANN202
        return replace(hit, document=IndexedDocument(hit.chunk.source, "Rallye", "2025-03-16", "h", 1, "t"))

    read = [dated(_hit("Delattre et Vasseur s'imposent.", 1.0, None)), dated(_hit("Ringot gagne en 2RM.", 0.9, None))]
    other = dated(_hit("Vainqueurs en 2024, Paul Roy et Luc Blanc ont gagné.", 0.8, None, source="b.txt"))
    past = dated(_hit("Vainqueurs de l'édition 2024, Mathis Brébion et Élodie Caron ont abandonné.", 0.5, None))
    question = "Qui avait remporté le Rallye du Touquet l'an dernier ?"
    assert _past_winners_passage([*read, other, past], 2, question) == 3
    assert _past_winners_passage([*read, other, past], 2, "Qui a gagné le rallye en 2024 ?") == 3
    assert _past_winners_passage([*read, other, past], 2, "Qui a gagné le rallye en 2023 ?") is None
    assert _past_winners_passage([*read, other, past], 2, "Qui a gagné le rallye ?") is None
    assert _past_winners_passage([*read, other], 2, question) is None  # only a document read
    assert _past_winners_passage([past, *read], 2, question) is None  # one read names them
