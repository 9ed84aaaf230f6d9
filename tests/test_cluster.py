"""`paddockqa index --ray`: the build read and embedded on a local Ray (2 CPUs) gives the same
index as a local build: documents, passages, sentences, skipped files, vectors and answers."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

from filemakers import make_docx, make_pdf
from paddockqa.cli import main
from paddockqa.config import Settings
from paddockqa.pipeline import Pipeline
from paddockqa.store import load_index
from test_sync import piaf_paragraphs

pytest.importorskip("ray")
pytestmark = pytest.mark.slow

QUESTIONS = (
    "Quel âge a Philippe Gaillard ?",
    "Qui a remporté le Rallye des Cévennes ?",
    "Combien dépensent les ménages ?",
)


@pytest.fixture(scope="module")
def cluster() -> Iterator[object]:
    """One local Ray for the module (starting one takes seconds)."""
    from paddockqa.cluster import connect

    with connect(workers=2, threads=1) as ray_cluster:  # two actors: parts come back from both
        yield ray_cluster


def _corpus(folder: Path) -> Path:
    """The bundled corpus, PIAF paragraphs, a PDF, a Word file and two files that cannot be read."""
    shutil.copytree(Path(__file__).resolve().parents[1] / "corpus", folder)
    for paragraph in piaf_paragraphs()[:12]:
        (folder / f"{paragraph['id']}.txt").write_text(f"{paragraph['title']}\n\n{paragraph['text']}", encoding="utf-8")
    make_pdf(folder / "cevennes.pdf", ["Rallye des Cévennes\n\nLéa Martin a remporté le Rallye des Cévennes 2024."])
    make_docx(folder / "note.docx", ["Note de presse", "Romain Dumas court pour Porsche au Petit Le Mans."])
    (folder / "broken.pdf").write_bytes(b"%PDF-1.7 cut short")
    (folder / "broken.docx").write_bytes(b"PK\x03\x04 not a zip")
    return folder


def _build(settings: Settings, embedder, reader, cluster=None) -> tuple[Pipeline, object]:
    pipeline = Pipeline(settings, embedder=embedder if cluster is None else None, reader=reader)
    pipeline.cluster = cluster
    return pipeline, pipeline.build()


def _same_index(local: Path, on_ray: Path) -> None:
    a, b = load_index(local), load_index(on_ray)
    assert [replace(d, indexed_at="") for d in a.manifest.documents] == [
        replace(d, indexed_at="") for d in b.manifest.documents
    ]
    assert list(a.chunks) == list(b.chunks) and list(a.sentences) == list(b.sentences)
    assert np.array_equal(a.sentence_anchors, b.sentence_anchors)
    for x, y in ((a.vectors, b.vectors), (a.sentence_vectors, b.sentence_vectors)):
        assert x.ntotal == y.ntotal > 0  # type: ignore[attr-defined]
        rows_a, rows_b = x.reconstruct_n(0, x.ntotal), y.reconstruct_n(0, y.ntotal)  # type: ignore[attr-defined]
        np.testing.assert_allclose(rows_a, rows_b, atol=2e-3)  # fp16 storage; other batches pad otherwise


@pytest.mark.parametrize("sentence_vectors", ["own", "late"])
def test_a_build_on_ray_gives_the_local_index(
    tmp_path: Path, model_home: Path, embedder, reader, cluster, sentence_vectors, monkeypatch: pytest.MonkeyPatch
):
    corpus = _corpus(tmp_path / "corpus")
    local = Settings(corpus=corpus, index=tmp_path / "local", home=model_home, sentence_vectors=sentence_vectors)
    on_ray = replace(local, index=tmp_path / "ray")
    pipeline, report = _build(local, embedder, reader)

    def not_here(*args, **kwargs):
        raise AssertionError("the Ray build read or embedded on the driver")

    # Only the workers may read and embed: they import their own modules, the driver's are off.
    with monkeypatch.context() as patch:
        patch.setattr("paddockqa.corpus.read_files", not_here)
        patch.setattr("paddockqa.cluster.RayEmbedder.embed_documents", not_here)
        patch.setattr("paddockqa.cluster.RayEmbedder.embed_passages", not_here)
        ray_pipeline, ray_report = _build(on_ray, embedder, reader, cluster)

    assert ray_report.documents == report.documents == 3 + 12 + 2
    assert ray_report.skipped == report.skipped and {s.source for s in report.skipped} == {"broken.pdf", "broken.docx"}
    assert (ray_report.embedded_chunks, ray_report.embedded_sentences) == (
        report.embedded_chunks,
        report.embedded_sentences,
    )
    _same_index(local.index, on_ray.index)
    for question in QUESTIONS:
        ours, theirs = pipeline.ask(question), ray_pipeline.ask(question)
        assert ours.text == theirs.text and ours.citations == theirs.citations


def test_a_rebuild_on_ray_sends_only_new_or_changed_texts(tmp_path: Path, model_home: Path, embedder, reader, cluster):
    corpus = _corpus(tmp_path / "corpus")
    settings = Settings(corpus=corpus, index=tmp_path / "index", home=model_home)
    _build(settings, embedder, reader, cluster)
    (corpus / "note.docx").unlink()
    make_docx(corpus / "note.docx", ["Note de presse", "Romain Dumas est originaire d'Alès, dans le Gard."])
    (corpus / "new.txt").write_text("Communiqué\n\nLéa Martin rejoint l'équipe Alpine en 2025.", encoding="utf-8")
    (corpus / "piaf11-a000-p00.txt").unlink()

    pipeline, report = _build(settings, embedder, reader, cluster)
    assert report.added == ("new.txt",) and report.updated == ("note.docx",)
    assert report.removed == ("piaf11-a000-p00.txt",)
    assert report.embedded_chunks == 2  # one passage each for the two short texts, nothing else
    answer = pipeline.ask("D'où est originaire Romain Dumas ?")
    assert "Alès" in answer.text and answer.citations[0].source == "note.docx"


def test_index_ray_on_the_command_line(tmp_path: Path, cluster) -> None:
    corpus = _corpus(tmp_path / "corpus")
    args = ["index", "--ray", "--json", "--corpus", str(corpus), "--index", str(tmp_path / "index")]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 3, result.output  # the two broken files are skipped, with their reasons
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["documents"] == 17 and len(report["skipped"]) == 2
    again = CliRunner().invoke(main, [*args, "--ray-workers", "1", "--ray-threads", "2"])
    assert json.loads(again.stdout.strip().splitlines()[-1])["embedded_chunks"] == 0


@pytest.mark.parametrize(
    ("args", "error"),
    [
        (["--ray-address", "auto"], "--ray-address, --ray-workers and --ray-threads go with --ray"),
        (["--ray-workers", "2"], "--ray-address, --ray-workers and --ray-threads go with --ray"),
        (["--ray-threads", "1"], "--ray-address, --ray-workers and --ray-threads go with --ray"),
        (["--ray", "--check"], "--check reads the index only"),
    ],
)
def test_ray_options_without_ray_are_usage_errors(args: list[str], error: str) -> None:
    result = CliRunner().invoke(main, ["index", *args])
    assert result.exit_code == 2 and error in result.output


def test_more_workers_than_the_cluster_has_cpus_is_an_error(cluster) -> None:
    """Ray would wait for the missing CPUs forever, without a word."""
    from paddockqa.cluster import connect
    from paddockqa.errors import ConfigError

    too_many = connect(workers=3, threads=1)
    with pytest.raises(ConfigError, match="3 embedding workers of 1 cores need 3 CPUs; the Ray cluster has 2"):
        too_many.__enter__()
