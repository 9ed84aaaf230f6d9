"""Sentence vectors pooled from their passage's model pass (``sentence_vectors = "late"``):
built, reused, resumed and switched like the others. Sync logic with the fake embedder
(fast); one build with the real model."""

from __future__ import annotations

import json
from dataclasses import asdict, replace

import numpy as np
import pytest

from fakes import HashEmbedder
from paddockqa.config import DEFAULT_MODEL, Settings
from paddockqa.errors import IndexMismatchError, ModelError
from paddockqa.late_map import load_late_map
from paddockqa.onnx_export import INT8_RECIPE, precision_tag
from paddockqa.pipeline import Pipeline
from paddockqa.spool import SpooledVectors, VectorSpool
from paddockqa.store import FORMAT_VERSION, KnownVectors, current_generation, load_index
from paddockqa.sync import _Checkpoint

LONG = "\n\n".join(
    f"Paragraphe {i}. Le pilote numéro {i} a pris le départ en {1990 + i} à Magny-Cours. "
    f"Il termine à la {i + 2}e place après une course difficile sous la pluie."
    for i in range(14)
)


def _pipeline(settings: Settings, embedder, mode: str = "late") -> Pipeline:
    return Pipeline(replace(settings, sentence_vectors=mode, reader="off"), embedder=embedder)


def test_a_late_build_runs_each_passage_once_and_pools_every_sentence_from_it(settings) -> None:
    fake = HashEmbedder()
    report = _pipeline(settings, fake).build()
    loaded = load_index(settings.index)
    assert fake.documents == [] and sorted(fake.passages) == sorted({c.indexed_text for c in loaded.chunks})
    assert report.embedded_chunks == len(fake.passages) and report.embedded_sentences == len(loaded.sentences)
    # late chunking, corrected by the bundled map (late_map.py), whose version the index records
    assert loaded.manifest.sentence_vectors == f"late+{load_late_map(DEFAULT_MODEL).version}"
    assert loaded.sentence_anchors.shape == (len(loaded.sentences), 3)
    # Each sentence vector is the one pooled at its anchor.
    vectors = loaded.sentence_matrix(np.arange(len(loaded.sentences)))
    for row, (chunk, a, b) in enumerate(loaded.sentence_anchors[:20]):
        text = loaded.chunks[chunk].indexed_text
        expected = fake.embed_passages([text], [[(int(a), int(b))]]).spans[0][0]
        assert np.allclose(vectors[row], expected, atol=1e-3)  # stored as 16-bit floats


def test_late_vectors_are_reused_an_edit_reruns_its_passages_and_a_switch_reruns_all(settings) -> None:
    (settings.corpus / "long.txt").write_text("Dossier de presse\n\n" + LONG, encoding="utf-8")
    fake = HashEmbedder()
    first = _pipeline(settings, fake).build()
    fake.passages.clear()
    (settings.corpus / "long.txt").write_text(
        "Dossier de presse\n\n" + LONG.replace("Paragraphe 7.", "Paragraphe sept.")
    )
    edited = _pipeline(settings, fake).build()
    assert edited.updated == ("long.txt",) and 1 <= edited.embedded_chunks <= 2 and len(fake.passages) <= 2
    loaded = load_index(settings.index)
    rerun = [row for row, _, _ in loaded.sentence_anchors if loaded.chunks[row].indexed_text in fake.passages]
    assert edited.embedded_sentences == len(rerun) > 0  # pooled from the passes just made, nothing else
    unchanged = _pipeline(settings, fake).build()
    assert unchanged.embedded_chunks == unchanged.embedded_sentences == 0
    # Back to sentences embedded on their own: passage vectors reused, every sentence embedded alone.
    fake.documents.clear()
    own = _pipeline(settings, fake, "own").build()
    assert own.embedded_chunks == 0 and own.embedded_sentences == len(
        {s.indexed_text for s in load_index(settings.index).sentences}
    )
    assert load_index(settings.index).manifest.sentence_vectors == "own" and first.chunks == own.chunks


def test_a_build_with_another_map_runs_every_passage_again(settings, monkeypatch: pytest.MonkeyPatch) -> None:
    fake = HashEmbedder()
    _pipeline(settings, fake).build()
    bundled = load_late_map(DEFAULT_MODEL)
    monkeypatch.setattr("paddockqa.pipeline.load_late_map", lambda model: replace(bundled, version="other"))
    fake.passages.clear()
    again = _pipeline(settings, fake).build()
    loaded = load_index(settings.index)
    assert again.embedded_chunks == len(loaded.chunks) and again.embedded_sentences == len(loaded.sentences)
    assert loaded.manifest.sentence_vectors == "late+other"  # no vector of the other map mixed in
    unchanged = _pipeline(settings, fake).build()
    assert unchanged.embedded_chunks == unchanged.embedded_sentences == 0
    monkeypatch.setattr("paddockqa.pipeline.load_late_map", lambda model: None)  # a model without a map
    assert _pipeline(settings, fake).build().embedded_chunks == len(loaded.chunks)
    assert load_index(settings.index).manifest.sentence_vectors == "late"


def test_a_model_holding_another_map_is_refused_and_own_vectors_never_read_the_map(
    settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    bundled = load_late_map(DEFAULT_MODEL)
    stale = HashEmbedder()
    stale.late_map = replace(bundled, version="stale")  # a process started before an upgrade
    with pytest.raises(ModelError, match="map stale.*records map .*Restart"):
        _pipeline(settings, stale).build()
    assert current_generation(settings.index) is None  # nothing built with the wrong map
    current = HashEmbedder()
    current.late_map = bundled
    assert _pipeline(settings, current).build().embedded_chunks > 0

    def damaged(model: str):
        raise ModelError("damaged map")

    monkeypatch.setattr("paddockqa.pipeline.load_late_map", damaged)
    own = _pipeline(settings, HashEmbedder(), "own").build()  # sentences embedded alone: the map is not read
    assert own.embedded_sentences > 0 and load_index(settings.index).manifest.sentence_vectors == "own"


def test_a_checkpoint_keeps_passages_spans_and_sentences(tmp_path) -> None:
    checkpoint = _Checkpoint(tmp_path, "fake/hash\nlate")
    fresh = KnownVectors(
        {"a": np.ones(4, np.float32), "b": np.zeros(4, np.float32)},
        {("b", 0, 1): np.full(4, 2, np.float32), ("a", 1, 3): np.full(4, 3, np.float32)},
        {"s": np.full(4, 4, np.float32)},
    )
    checkpoint.save(fresh)
    checkpoint.save(KnownVectors({"c": np.full(4, 5, np.float32)}))
    with VectorSpool(tmp_path) as spool:
        found = SpooledVectors(spool)
        found.add("passages", ["a"], np.full((1, 4), 9, np.float32))  # known before: kept, not resumed
        assert checkpoint.load(found) == 3  # b, c and the sentence s
        assert set(found.passages) == {"a", "b", "c"} and set(found.spans) == {("b", 0, 1), ("a", 1, 3)}
        assert found.rows("passages", ["a", "c"])[:].tolist() == [[9.0] * 4, [5.0] * 4]
        assert found.rows("spans", [("a", 1, 3)])[:].tolist() == [[3.0] * 4]
        assert found.rows("sentences", ["s"])[:].tolist() == [[4.0] * 4]
        other = SpooledVectors(spool)
        assert _Checkpoint(tmp_path, "another\nlate").load(other) == 0 and other.passages == {}  # another model's


@pytest.mark.slow
def test_a_late_build_with_the_real_model_answers_from_the_sentence_with_the_fact(settings, embedder, reader) -> None:
    pipeline = Pipeline(replace(settings, sentence_vectors="late"), embedder=embedder, reader=reader)
    pipeline.build()
    answer = pipeline.ask("Quel âge a Philippe Gaillard ?")
    assert answer.answered and "42 ans" in answer.text


def _age_manifest(settings: Settings, version: int) -> None:
    live = settings.index / current_generation(settings.index)
    data = json.loads((live / "manifest.json").read_text(encoding="utf-8"))
    (live / "manifest.json").write_text(json.dumps({**data, "format": version}), encoding="utf-8")


def test_an_index_of_an_older_format_is_rebuilt_once_and_says_so(settings) -> None:
    fake = HashEmbedder()
    _pipeline(settings, fake).build()
    _age_manifest(settings, 4)  # vectors of another kind (format 4 knew no late chunking): embedded again
    pipeline = _pipeline(settings, fake)
    assert pipeline.index_outdated()
    with pytest.raises(IndexMismatchError, match="Run `paddockqa index`"):
        load_index(settings.index)
    report = pipeline.build()
    assert report.upgraded_from == 4 and report.embedded_chunks == report.chunks
    assert not pipeline.index_outdated() and load_index(settings.index).manifest.format == FORMAT_VERSION
    assert pipeline.build().upgraded_from == 0  # once


def _as_format_5(settings: Settings) -> None:
    """Rewrite the live generation as PaddockQA wrote format 5: records in JSON lines."""
    loaded = load_index(settings.index)
    live = settings.index / loaded.generation
    lines = {
        "chunks.jsonl": [asdict(c) for c in loaded.chunks],
        "sentences.jsonl": [asdict(s) for s in loaded.sentences],
        "texts.jsonl": [{"source": d.source, "text": loaded.texts[d.source]} for d in loaded.manifest.documents],
    }
    for name, rows in lines.items():
        (live / name).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    for name in ("records.sqlite", "ranges.npy", "owners.npy"):
        (live / name).unlink()
    data = json.loads((live / "manifest.json").read_text(encoding="utf-8"))
    kept = {name: entry for name, entry in data["contents"].items() if (live / name).is_file()}
    (live / "manifest.json").write_text(json.dumps({**data, "format": 5, "contents": kept}), encoding="utf-8")


@pytest.mark.parametrize("mode", ["own", "late"])
def test_an_index_of_format_5_is_upgraded_with_every_vector_reused(settings, mode) -> None:
    fake = HashEmbedder()
    first = _pipeline(settings, fake, mode).build()
    before = load_index(settings.index)
    passages, sentences = (
        before.passage_vectors(np.arange(first.chunks)),
        before.sentence_matrix(np.arange(len(before.sentences))),
    )
    _as_format_5(settings)
    fake = HashEmbedder()
    pipeline = _pipeline(settings, fake, mode)
    assert pipeline.index_outdated()
    report = pipeline.build()
    assert report.upgraded_from == 5 and report.embedded_chunks == report.embedded_sentences == 0
    assert fake.documents == fake.passages == []
    after = load_index(settings.index)
    assert after.manifest.format == FORMAT_VERSION and list(after.chunks) == list(before.chunks)
    assert np.array_equal(after.passage_vectors(np.arange(report.chunks)), passages)
    assert np.array_equal(after.sentence_matrix(np.arange(len(after.sentences))), sentences)
    assert all(after.texts[d.source] == before.texts[d.source] for d in before.manifest.documents)


@pytest.mark.slow
def test_ask_rebuilds_an_older_index_and_tells_the_user(settings, monkeypatch) -> None:
    from click.testing import CliRunner

    from paddockqa.cli import main

    monkeypatch.setenv("PADDOCKQA_CORPUS", str(settings.corpus))
    monkeypatch.setenv("PADDOCKQA_INDEX", str(settings.index))
    runner = CliRunner()
    assert runner.invoke(main, ["index"]).exit_code == 0
    _as_format_5(settings)
    result = runner.invoke(main, ["ask", "Quel âge a Philippe Gaillard ?"])
    assert result.exit_code == 0, result.output
    assert "older PaddockQA (format 5)" in result.output and "every vector it held reused" in result.output
    assert "42 ans" in result.output


@pytest.mark.parametrize("mode", ["own", "late"])
def test_a_one_sentence_text_is_embedded_once_for_its_passage_and_its_sentence(settings, mode) -> None:
    one = "Léa Martin remporte le Rallye des Cévennes au volant d'une Alpine A110."
    (settings.corpus / "breve.txt").write_text(one, encoding="utf-8")
    fake = HashEmbedder()
    _pipeline(settings, fake, mode).build()
    loaded = load_index(settings.index)
    (sentence,) = [s for s in loaded.sentences if s.source == "breve.txt"]
    (chunk,) = [c for c in loaded.chunks if c.source == "breve.txt"]
    assert sentence.indexed_text == chunk.indexed_text
    assert len(fake.documents + fake.passages) == len(set(fake.documents + fake.passages))  # nothing twice
    (settings.corpus / "autre.txt").write_text("Un autre texte. " * 3, encoding="utf-8")
    assert _pipeline(settings, fake, mode).build().added == ("autre.txt",)


def test_vectors_of_another_precision_are_never_reused(settings) -> None:
    int8 = Pipeline(replace(settings, precision="int8", reader="off"), embedder=HashEmbedder(precision_tag("int8")))
    first = int8.build()
    assert load_index(settings.index).manifest.precision == precision_tag("int8") and first.reembedded_from is None
    fp32 = Pipeline(replace(settings, precision="fp32", reader="off"), embedder=HashEmbedder("fp32"))
    switched = fp32.build()
    assert switched.embedded_chunks == first.chunks and switched.embedded_sentences == first.embedded_sentences
    assert switched.reembedded_from == f"{settings.model}, {precision_tag('int8')}"
    assert load_index(settings.index).manifest.precision == "fp32"
    assert int8.build().embedded_chunks == first.chunks  # and back: the older generation is not taken either


def test_vectors_of_an_earlier_int8_recipe_are_embedded_again_once(settings, capsys) -> None:
    """An index embedded by recipe 1's int8 graph (recorded "int8", every product in int8) is
    embedded again, once, by this recipe's, and the report says so."""
    earlier = Pipeline(replace(settings, precision="int8", reader="off"), embedder=HashEmbedder("int8"))
    first = earlier.build()  # a model running recipe 1 records its own tag
    assert load_index(settings.index).manifest.precision == "int8"
    now = Pipeline(replace(settings, precision="int8", reader="off"), embedder=HashEmbedder(precision_tag("int8")))
    report = now.build()
    assert report.embedded_chunks == first.chunks and report.reembedded_from == f"{settings.model}, int8"
    assert load_index(settings.index).manifest.precision == f"int8+{INT8_RECIPE}"
    again = now.build()
    assert again.embedded_chunks == 0 and again.reembedded_from is None
    from paddockqa.cli import _print_report

    _print_report(report)
    assert f"vectors were made by {settings.model}, int8 weights" in capsys.readouterr().out


def test_a_process_of_an_earlier_int8_recipe_does_not_embed_a_later_ones_index_back(settings, monkeypatch) -> None:
    """A `serve` started before the upgrade would embed the whole index back with its recipe, then
    the upgraded one again, build after build: it is told to restart instead."""
    import paddockqa.onnx_export as onnx_export

    now = Pipeline(replace(settings, precision="int8", reader="off"), embedder=HashEmbedder(precision_tag("int8")))
    first = now.build()
    (settings.corpus / "nouveau.txt").write_text("Léa Martin gagne le rallye.", encoding="utf-8")
    monkeypatch.setattr(onnx_export, "INT8_RECIPE", INT8_RECIPE - 1)  # this process runs the earlier recipe
    earlier = Pipeline(replace(settings, precision="int8", reader="off"), embedder=HashEmbedder(precision_tag("int8")))
    with pytest.raises(IndexMismatchError, match="newer recipe.*Restart"):
        earlier.build()
    monkeypatch.undo()
    assert load_index(settings.index).manifest.precision == precision_tag("int8")
    assert now.build().embedded_chunks == 1 and first.chunks > 0  # only the new file


def test_a_checkpoint_of_other_settings_is_cleared_not_mixed(tmp_path) -> None:
    _Checkpoint(tmp_path, "fake/hash\nint8\nlate").save(KnownVectors({"a": np.ones(4, np.float32)}))
    other = _Checkpoint(tmp_path, "fake/hash\nfp32\nlate")
    with VectorSpool(tmp_path) as spool:
        first, second = SpooledVectors(spool), SpooledVectors(spool)
        assert other.load(first) == 0 and first.passages == {}
        other.save(KnownVectors({"b": np.zeros(4, np.float32)}))
        assert other.load(second) == 1 and set(second.passages) == {"b"}  # saved under its own tag, the old part gone


def test_a_checkpoint_without_its_tag_is_replaced_not_extended(tmp_path) -> None:
    """A build killed between making the folder and writing its tag leaves parts of no known
    settings: the next build's first part starts a new checkpoint rather than joining them."""
    orphan = tmp_path / ".partial"
    orphan.mkdir()
    (orphan / "part-00000.npz").write_bytes(b"parts of unknown settings")
    checkpoint = _Checkpoint(tmp_path, "fake/hash\nfp32\nlate")
    checkpoint.save(KnownVectors({"b": np.zeros(4, np.float32)}))
    assert sorted(p.name for p in orphan.iterdir()) == ["model.txt", "part-00000.npz"]
    with VectorSpool(tmp_path) as spool:
        assert checkpoint.load(SpooledVectors(spool)) == 1


def test_an_index_is_built_and_recorded_at_the_precision_that_ran(settings) -> None:
    """int8 weights that could not be made leave the model on fp32: the index says fp32, and the
    next build (still asking int8) reuses it instead of mixing or rebuilding."""
    fallback = HashEmbedder(precision="fp32")
    asked_int8 = Pipeline(replace(settings, precision="int8", reader="off"), embedder=fallback)
    first = asked_int8.build()
    assert first.embedded_chunks == first.chunks and load_index(settings.index).manifest.precision == "fp32"
    (settings.corpus / "nouveau.txt").write_text("Léa Martin gagne le rallye. Elle devance Paul.", encoding="utf-8")
    again = asked_int8.build()
    assert again.added == ("nouveau.txt",) and again.embedded_chunks == 1


def test_passage_ranges_damaged_at_their_size_say_run_index(settings) -> None:
    """ranges.npy and owners.npy give ids; a file damaged without changing its size passes the
    size check, so their values are checked at load too."""
    from paddockqa.errors import PaddockIndexError

    _pipeline(settings, HashEmbedder(), "own").build()
    live = settings.index / current_generation(settings.index)
    for name in ("ranges.npy", "owners.npy"):
        healthy = np.load(live / name)
        np.save(live / name, np.full_like(healthy, 10**9))
        with pytest.raises(PaddockIndexError, match="inconsistent. Run `paddockqa index`"):
            load_index(settings.index)
        np.save(live / name, healthy)
    assert load_index(settings.index).manifest.documents
