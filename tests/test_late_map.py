"""The map that corrects late-chunked sentence vectors (``late_map.py``): its arithmetic, its
loading, the tag an index records, and what it does to the real model's vectors."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from paddockqa.config import DEFAULT_MODEL
from paddockqa.embedding import _late_chunked
from paddockqa.errors import ModelError
from paddockqa.late_map import (
    FOLDER,
    WEIGHTS,
    LateMap,
    is_late,
    load_late_map,
    save_late_map,
    sentence_vectors_tag,
    tag_version,
)

ROOT = Path(__file__).resolve().parents[1]


def _unit(rows: np.ndarray) -> np.ndarray:
    return (rows / np.linalg.norm(rows, axis=-1, keepdims=True)).astype(np.float32)


def _map(d_span, d_passage, u, v) -> LateMap:
    return LateMap(*(np.asarray(a, np.float32) for a in (d_span, d_passage, u, v)), version="test")


def test_the_map_mixes_span_and_passage_by_its_formula_and_keeps_cut_off_rows() -> None:
    rng = np.random.default_rng(0)
    spans, passage = _unit(rng.normal(size=(3, 4))), _unit(rng.normal(size=4))
    spans[1] = np.nan  # a span the model did not see: embedded on its own later, never mapped
    d_span, d_passage = rng.normal(size=4), rng.normal(size=4)
    u, v = rng.normal(size=(8, 2)), rng.normal(size=(2, 4))
    out = _map(d_span, d_passage, u, v).apply(spans, passage)
    for row in (0, 2):
        expected = spans[row] * d_span + passage * d_passage + np.concatenate([spans[row], passage]) @ u @ v
        assert np.allclose(out[row], expected / np.linalg.norm(expected), atol=1e-5)
    assert np.isnan(out[1]).all() and np.isnan(spans[1]).all() and not np.isnan(spans[0]).any()
    assert out.dtype == np.float32 and np.allclose(np.linalg.norm(out[[0, 2]], axis=1), 1.0, atol=1e-5)


def test_the_starting_map_is_the_identity_and_an_empty_passage_has_nothing_to_map() -> None:
    identity = _map(np.ones(4), np.zeros(4), np.zeros((8, 3)), np.zeros((3, 4)))
    spans = _unit(np.random.default_rng(1).normal(size=(2, 4)))
    assert np.allclose(identity.apply(spans, spans[0]), spans, atol=1e-6)
    assert identity.apply(np.empty((0, 4), np.float32), spans[0]).shape == (0, 4)


def test_the_bundled_map_loads_for_e5_only_and_is_named_by_its_weights(tmp_path: Path) -> None:
    bundled = load_late_map(DEFAULT_MODEL)
    assert bundled is not None and bundled.dimension == 384 and bundled.u.shape[0] == 768
    assert (FOLDER / WEIGHTS).stat().st_size < 200_000  # a low-rank map: small enough to ship
    assert load_late_map("sentence-transformers/all-MiniLM-L6-v2") is None  # fitted for e5 only
    assert load_late_map(DEFAULT_MODEL, tmp_path) is None  # no weights: pooled vectors uncorrected
    save_late_map(tmp_path / WEIGHTS, np.ones(4), np.zeros(4), np.zeros((8, 2)), np.zeros((2, 4)))
    first = load_late_map(DEFAULT_MODEL, tmp_path)
    save_late_map(tmp_path / WEIGHTS, np.ones(4), np.full(4, 0.5), np.zeros((8, 2)), np.zeros((2, 4)))
    second = load_late_map(DEFAULT_MODEL, tmp_path)
    assert first is not None and second is not None and first.version != second.version != bundled.version
    save_late_map(tmp_path / WEIGHTS, np.ones(4), np.zeros(4), np.zeros((6, 2)), np.zeros((2, 4)))
    with pytest.raises(ModelError, match="shapes do not fit.*reinstall"):
        load_late_map(DEFAULT_MODEL, tmp_path)
    (tmp_path / WEIGHTS).write_bytes(b"PK\x03\x04 cut short")
    with pytest.raises(ModelError, match="reinstall"):
        load_late_map(DEFAULT_MODEL, tmp_path)


def test_the_same_weights_saved_twice_have_one_version(tmp_path: Path) -> None:
    weights = (np.ones(4), np.zeros(4), np.full((8, 2), 0.25), np.zeros((2, 4)))
    save_late_map(tmp_path / "a" / WEIGHTS, *weights)
    save_late_map(tmp_path / "b" / WEIGHTS, *weights)  # another file (its zip entries carry the time)
    first, second = (load_late_map(DEFAULT_MODEL, tmp_path / name) for name in ("a", "b"))
    assert first is not None and second is not None and first.version == second.version


def test_each_passage_is_corrected_with_its_own_vector_and_cut_off_spans_are_left_to_embed_alone() -> None:
    """``_late_chunked`` over passages of several lengths (so several length-sorted batches):
    every passage's spans mapped with that passage's vector; a span the model did not see is
    embedded alone and never mapped."""
    rng = np.random.default_rng(2)
    dimension = 4
    texts = [f"passage {i} " + "x" * (300 * (7 - i)) for i in range(7)]  # longest first: sorting reorders
    spans = [[(0, 5), (5, 9)] for _ in texts]
    raw_passages = _unit(rng.normal(size=(len(texts), dimension)))
    raw_spans = [_unit(rng.normal(size=(2, dimension))) for _ in texts]
    raw_spans[3][1] = np.nan  # cut off by the model's maximum length
    alone = _unit(rng.normal(size=(1, dimension)))
    batches = []

    def run(batch: list[int]) -> tuple[np.ndarray, list[np.ndarray]]:
        batches.append(list(batch))
        return raw_passages[batch], [raw_spans[i].copy() for i in batch]

    late_map = _map(rng.normal(size=4), rng.normal(size=4), rng.normal(size=(8, 2)), rng.normal(size=(2, 4)))
    out = _late_chunked(run, lambda texts: alone, texts, spans, dimension, None, late_map)
    assert len(batches) > 1 and batches[0][0] != 0  # length order, not the texts' order
    for i in range(len(texts)):
        expected = late_map.apply(raw_spans[i], raw_passages[i])
        seen = [0, 1] if i != 3 else [0]
        assert np.allclose(out.spans[i][seen], expected[seen], atol=1e-6), i
    assert np.allclose(out.spans[3][1], alone[0])  # embedded on its own, as is
    assert np.allclose(out.passages, raw_passages)


def test_an_index_records_which_map_made_its_sentence_vectors() -> None:
    bundled = load_late_map(DEFAULT_MODEL)
    assert bundled is not None
    assert sentence_vectors_tag("own", bundled) == "own" and sentence_vectors_tag("late", None) == "late"
    tag = sentence_vectors_tag("late", bundled)
    assert tag == f"late+{bundled.version}" and is_late(tag) and is_late("late")
    assert not is_late("own") and not is_late("later")
    assert tag_version(tag) == bundled.version and tag_version("late") is None and tag_version("own") is None


@pytest.mark.slow
@pytest.mark.parametrize("precision", ["fp32", "int8"])
def test_the_real_model_pools_then_corrects_and_questions_find_their_sentence(
    precision, embedder, int8_embedder
) -> None:
    model = embedder if precision == "fp32" else int8_embedder
    assert model.late_map is not None and model.late_map.version == load_late_map(DEFAULT_MODEL).version
    title = "Communiqué de presse Porsche"
    sentences = [
        "Philippe Gaillard est sacré champion de France 2008 de Carrera Cup B.",
        "Originaire de Dijon, Philippe est un chef d'entreprise de 42 ans.",
        "Il a découvert la conduite d'une Porsche au sein du Club Porsche de France.",
        "La finale de la Super Série FFSA a eu lieu à Magny-Cours.",
    ]
    text = title + "\n" + " ".join(sentences)
    spans = [(text.index(s), text.index(s) + len(s)) for s in sentences]
    corrected = model.embed_passages([text], [spans]).spans[0]
    kept, model.late_map = model.late_map, None
    try:
        pooled = model.embed_passages([text], [spans])
    finally:
        model.late_map = kept
    assert np.allclose(corrected, kept.apply(pooled.spans[0], pooled.passages[0]), atol=1e-5)
    assert np.sum(corrected * pooled.spans[0], axis=1).max() < 0.999  # the map really changed them
    for question, right in [
        ("Quel âge a Philippe Gaillard ?", 1),
        ("Où a eu lieu la finale de la Super Série FFSA ?", 3),
        ("Où Philippe Gaillard a-t-il découvert la conduite d'une Porsche ?", 2),
    ]:
        assert int(np.argmax(corrected @ model.embed_query(question))) == right, question


@pytest.mark.slow
def test_the_fitting_script_runs_a_few_steps_and_writes_weights_metrics_and_card(tmp_path: Path, embedder) -> None:
    """A smoke run on PIAF's sample (the real fit takes the training split); ``embedder`` has
    converted the model into the PADDOCKQA_HOME the script reads."""
    data = ROOT / "tests" / "data" / "piaf-sample"
    out = tmp_path / "out"
    done = subprocess.run(
        [sys.executable, str(ROOT / "training" / "fit_late_map.py"), "--train", str(data), "--dev", str(data),
         "--out", str(out), "--work", str(tmp_path / "work"), "--steps", "3", "--precision", "fp32"],
        capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    assert (out / WEIGHTS).is_file() and (out / "metrics.json").is_file()
    card = (out / "MODEL_CARD.md").read_text(encoding="utf-8")
    assert "CC BY-SA" in card and "3 steps" in card and "doc@1" in card
    assert load_late_map(DEFAULT_MODEL, out) is not None
    cached = sorted(p.name for p in (tmp_path / "work").iterdir())
    # the model's vectors, keyed by split, precision and chunk settings, for a second run to start from
    assert cached == ["piaf-sample-fp32-1000-150-own.npz", "piaf-sample-fp32-1000-150.npz"]
