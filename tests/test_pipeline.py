"""Adding files to the corpus: safe names, nothing overwritten, bad types refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from paddockqa.config import Settings
from paddockqa.errors import CorpusError, QuestionError
from paddockqa.pipeline import Pipeline, safe_name


@pytest.fixture
def light_pipeline(settings: Settings) -> Pipeline:
    return Pipeline(settings)  # the model is only loaded when needed, and these tests never need it


def test_safe_name_stays_inside_the_folder() -> None:
    assert safe_name("../../etc/passwd.txt") == "passwd.txt"
    assert safe_name("Communiqué <final>.txt") == "Communiqué _final_.txt"
    assert safe_name("...") == "document"


def test_uploads_never_overwrite_another_text(light_pipeline: Pipeline, tmp_path: Path) -> None:
    corpus = light_pipeline.settings.corpus
    first, second = tmp_path / "a" / "note.txt", tmp_path / "b" / "note.txt"
    first.parent.mkdir()
    second.parent.mkdir()
    first.write_text("Premier communiqué.", encoding="utf-8")
    second.write_text("Second communiqué.", encoding="utf-8")
    assert light_pipeline.add_files([first]) == ["note.txt"]
    assert light_pipeline.add_files([second]) == ["note-2.txt"]
    assert light_pipeline.add_files([first]) == []  # same text again: nothing to add
    assert (corpus / "note.txt").read_text(encoding="utf-8") == "Premier communiqué."
    assert (corpus / "note-2.txt").read_text(encoding="utf-8") == "Second communiqué."


def test_unsupported_upload_is_refused(light_pipeline: Pipeline, tmp_path: Path) -> None:
    image = tmp_path / "photo.png"
    image.write_bytes(b"\x89PNG")
    with pytest.raises(CorpusError, match="only .txt and .md"):
        light_pipeline.add_files([image])


def test_question_checks(light_pipeline: Pipeline) -> None:
    assert light_pipeline.check_question("  Qui ?  ") == "Qui ?"
    with pytest.raises(QuestionError, match="vide"):
        light_pipeline.check_question(" ")
    with pytest.raises(QuestionError, match="limite est 500"):
        light_pipeline.check_question("x" * 501)
