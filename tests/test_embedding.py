"""The two embedding backends: ONNX Runtime (default) gives torch's vectors; fallbacks are said."""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

import numpy as np
import pytest

from paddockqa import onnx_export
from paddockqa.bench import RecycledEmbedder, recycled_vector
from paddockqa.config import DEFAULT_MODEL
from paddockqa.embedding import OnnxEmbedder, SentenceTransformerEmbedder, load_embedder
from paddockqa.errors import ModelError, PaddockError
from paddockqa.onnx_export import describe, pooling_modes

TEXTS = [
    "Qui a gagné ?",
    "Le pilote PRO GT a dominé le championnat depuis le début de la saison. " * 10,
    "Sébastien Loeb, 15 octobre 2008 — « victoire » à Sodemo, l'équipe est ravie.",
    "x",
    "Un texte plus long que la fenêtre du modèle, tronqué au même endroit des deux côtés. " * 60,
]


@pytest.mark.slow
def test_onnx_backend_gives_torch_vectors_for_passages_and_questions(embedder, torch_embedder) -> None:
    assert isinstance(embedder, OnnxEmbedder) and isinstance(torch_embedder, SentenceTransformerEmbedder)
    assert embedder.dimension == torch_embedder.dimension == 384
    cosines = np.sum(embedder.embed_documents(TEXTS) * torch_embedder.embed_documents(TEXTS), axis=1)
    assert cosines.min() >= 0.9999, cosines
    for question in TEXTS[:3]:
        assert float(embedder.embed_query(question) @ torch_embedder.embed_query(question)) >= 0.9999
    # A question is not embedded as a passage: the prompts differ, so must the vectors.
    assert float(embedder.embed_query(TEXTS[2]) @ embedder.embed_documents(TEXTS[2:3])[0]) < 0.99


@pytest.mark.slow
def test_export_is_kept_and_reused(embedder, model_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    exports = list((model_home / "models" / "onnx").glob("*/model.onnx"))
    assert len(exports) == 1 and exports[0].stat().st_size > 100e6
    assert not list((model_home / "models" / "onnx").glob(".export-*")), "temporary folders are cleaned"

    def no_second_export(*args):
        raise AssertionError("exported again")

    monkeypatch.setattr(onnx_export, "_export", no_second_export)
    again = load_embedder(DEFAULT_MODEL, model_home / "models")
    assert isinstance(again, OnnxEmbedder)


@pytest.mark.slow
def test_a_failed_export_falls_back_to_torch_once_and_says_how_to_stop(
    embedder, model_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    calls = []

    def broken(folder, layout, work):
        calls.append(work)
        (work / "raw.onnx").write_bytes(b"half a graph")
        raise RuntimeError("exporter exploded")

    monkeypatch.setattr(onnx_export, "_export", broken)
    folder = str(_model_folder(model_home))
    with caplog.at_level(logging.WARNING, logger="paddockqa.embedding"):
        first = load_embedder(folder, tmp_path / "cache")
        second = load_embedder(folder, tmp_path / "cache")
    assert isinstance(first, SentenceTransformerEmbedder) and isinstance(second, SentenceTransformerEmbedder)
    assert len(calls) == 1, "a failed export is not retried on every start"
    assert "exporter exploded" in caplog.text and "PADDOCKQA_BACKEND=torch" in caplog.text
    cache = tmp_path / "cache" / "onnx"
    assert not list(cache.glob(".export-*")) and len(list(cache.glob("*.failed"))) == 1
    assert float(first.embed_query("Qui a gagné ?") @ embedder.embed_query("Qui a gagné ?")) > 0.9999


def _model_folder(model_home: Path) -> Path:
    return next((model_home / "models").glob("multilingual-e5-small-*"))


def _variant(model_home: Path, tmp_path: Path, pooling: dict[str, object]) -> Path:
    """The default model with another pooling config; weights linked, not copied."""
    source, target = _model_folder(model_home), tmp_path / "variant"
    for path in source.rglob("*"):
        if path.is_file():
            (target / path.relative_to(source)).parent.mkdir(parents=True, exist_ok=True)
            os.symlink(path, target / path.relative_to(source))
    pooling_file = target / "1_Pooling" / "config.json"
    pooling_file.unlink()
    pooling_file.write_text(json.dumps({"word_embedding_dimension": 384, **pooling}), encoding="utf-8")
    return target


@pytest.mark.slow
def test_a_model_the_onnx_path_cannot_reproduce_runs_on_torch_with_a_warning(
    embedder, model_home: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    folder = _variant(model_home, tmp_path, {"pooling_mode_mean_tokens": True, "include_prompt": False})
    with caplog.at_level(logging.WARNING, logger="paddockqa.embedding"):
        loaded = load_embedder(str(folder), tmp_path / "cache")
    assert isinstance(loaded, SentenceTransformerEmbedder)
    assert "does not reproduce" in caplog.text and "torch backend" in caplog.text
    assert not (tmp_path / "cache" / "onnx").exists()


@pytest.mark.slow
def test_describe_reads_the_folder_and_refuses_what_it_cannot_run(embedder, model_home: Path, tmp_path: Path) -> None:
    layout = describe(_model_folder(model_home))
    assert (layout.pooling, layout.max_length, layout.heads, layout.hidden) == ("mean", 512, 12, 384)
    assert layout.prompts["query"] == "query: "
    with pytest.raises(ModelError, match="not a local sentence-transformers folder"):
        describe(tmp_path)
    cls = _variant(model_home, tmp_path / "cls", {"pooling_mode": "cls"})
    assert describe(cls).pooling == "cls"
    both = _variant(model_home, tmp_path / "both", {"pooling_mode_mean_tokens": True, "pooling_mode_max_tokens": True})
    with pytest.raises(ModelError, match="does not reproduce"):
        describe(both)


def test_pooling_modes_read_both_config_formats() -> None:
    assert pooling_modes({"pooling_mode": "mean"}) == {"mean"}
    assert pooling_modes({"pooling_mode_cls_token": True, "pooling_mode_mean_tokens": False}) == {"cls"}
    assert pooling_modes({"pooling_mode_mean_tokens": True, "pooling_mode_max_tokens": True}) == {"mean", "max"}
    assert pooling_modes({"word_embedding_dimension": 384}) == {"mean"}  # the library's default


def test_an_unknown_backend_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="onnx, torch"):
        load_embedder(DEFAULT_MODEL, tmp_path, backend="tensorrt")


def test_recycled_vectors_are_unit_near_a_real_one_and_repeatable() -> None:
    rng = np.random.default_rng(0)
    pool = [v / np.linalg.norm(v) for v in rng.normal(size=(5, 384)).astype(np.float32)]
    vector = recycled_vector(pool, "Dépêche 7")
    assert vector.dtype == np.float32 and abs(float(np.linalg.norm(vector)) - 1) < 1e-5
    assert np.array_equal(vector, recycled_vector(pool, "Dépêche 7"))
    assert max(float(vector @ p) for p in pool) > 0.5
    assert not np.array_equal(vector, recycled_vector(pool, "Dépêche 8"))
    with pytest.raises(PaddockError, match="model-texts"):
        recycled_vector([], "x")


class _Counting:
    model_id, dimension = "counting", 4

    def __init__(self) -> None:
        self.seen: list[str] = []

    def embed_documents(self, texts, progress=None):
        self.seen.extend(texts)
        return np.tile(np.eye(4, dtype=np.float32)[0], (len(texts), 1))

    def embed_query(self, text):
        return np.eye(4, dtype=np.float32)[1]


def test_recycled_embedder_uses_the_model_up_to_its_budget_across_calls() -> None:
    model = _Counting()
    recycled = RecycledEmbedder(model, budget=3)
    first = recycled.embed_documents(["a", "b"])
    second = recycled.embed_documents(["c", "d", "e"])
    assert model.seen == ["a", "b", "c"] and (recycled.embedded, recycled.recycled) == (3, 2)
    assert first.shape == (2, 4) and second.shape == (3, 4) and second[1:, 0].min() > 0.9
    assert np.array_equal(recycled.embed_query("q"), np.eye(4, dtype=np.float32)[1])
