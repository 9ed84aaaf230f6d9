"""The two embedding backends: ONNX Runtime (default) gives torch's vectors; fallbacks are said."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
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
def test_onnx_backend_gives_torch_vectors_for_passages_and_questions(fp32_embedder, torch_embedder) -> None:
    embedder = fp32_embedder
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
    assert len(exports) == 1 and exports[0].stat().st_size > 50e6
    matrix = exports[0].with_name("model.onnx.data")  # the token embeddings, mapped by ONNX Runtime
    assert matrix.stat().st_size == 250_037 * 384 * 4
    assert matrix.stat().st_mode & 0o777 == exports[0].stat().st_mode & 0o777
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
    model_id, dimension, precision = "counting", 4, "fp32"

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


def test_pool_spans_means_the_tokens_a_span_overlaps_and_marks_the_spans_it_cannot_see() -> None:
    from paddockqa.embedding import pool_spans

    hidden = np.array([[9.0, 9.0], [1.0, 0.0], [0.0, 1.0], [0.0, 3.0], [9.0, 9.0]], dtype=np.float32)
    offsets = np.array([[0, 0], [0, 4], [4, 8], [9, 12], [0, 0]])  # the first and last are special tokens
    pooled = pool_spans(hidden, offsets, [(0, 4), (1, 6), (2, 10), (40, 50)], shift=0)
    assert np.allclose(pooled[0], [1.0, 0.0])  # one token
    assert np.allclose(
        pooled[1], np.array([0.5, 0.5]) / np.linalg.norm([0.5, 0.5])
    )  # two tokens, special ones left out
    assert np.allclose(pooled[2], np.array([1.0, 4.0]) / np.linalg.norm([1.0, 4.0]))
    assert np.isnan(pooled[3]).all()  # past the end: the caller embeds it on its own
    assert np.allclose(pool_spans(hidden, offsets + [[0, 0], [5, 5], [5, 5], [5, 5], [0, 0]], [(0, 4)], 5), pooled[:1])


PASSAGE = (
    "Porsche Carrera Cup\nPhilippe Gaillard est sacré champion de France 2008. Originaire de Dijon, "
    "il est chef d'entreprise et a 42 ans. Il a signé six pole positions cette saison."
)


def _spans(passage: str, sentences: list[str]) -> list[tuple[int, int]]:
    return [(passage.index(s), passage.index(s) + len(s)) for s in sentences]


@pytest.mark.slow
@pytest.mark.parametrize("backend", ["onnx", "torch"])
def test_late_chunking_gives_the_passage_vector_and_sentence_vectors_from_one_pass(
    backend, embedder, torch_embedder
) -> None:
    model = embedder if backend == "onnx" else torch_embedder
    # The pooling itself, uncorrected (the map over it: tests/test_late_map.py).
    kept, model.late_map = model.late_map, None
    try:
        _pooled_in_one_pass(model)
    finally:
        model.late_map = kept


def _pooled_in_one_pass(model) -> None:
    sentences = [
        "Philippe Gaillard est sacré champion de France 2008.",
        "Originaire de Dijon, il est chef d'entreprise et a 42 ans.",
        "Il a signé six pole positions cette saison.",
    ]
    out = model.embed_passages([PASSAGE, TEXTS[1]], [_spans(PASSAGE, sentences), []])
    assert out.passages.shape == (2, 384) and [s.shape for s in out.spans] == [(3, 384), (0, 384)]
    assert np.allclose(out.passages, model.embed_documents([PASSAGE, TEXTS[1]]), atol=1e-4)
    assert np.allclose(np.linalg.norm(out.spans[0], axis=1), 1.0, atol=1e-5)
    # Read in context, "il" is Philippe Gaillard: each question picks the sentence with its fact (embedded
    # alone, the sentences without his name lose to the one with it, for all three questions).
    for question, right in [
        ("Quel âge a Philippe Gaillard ?", 1),
        ("D'où vient Philippe Gaillard ?", 1),
        ("Combien de pole positions a signé Gaillard ?", 2),
    ]:
        assert int(np.argmax(out.spans[0] @ model.embed_query(question))) == right, question


@pytest.mark.slow
def test_late_chunking_is_the_same_on_both_backends_and_embeds_alone_what_the_model_cut_off(
    fp32_embedder, torch_embedder
) -> None:
    embedder = fp32_embedder
    long = TEXTS[4]  # past the model's 512 tokens
    spans = [(0, 80), (len(long) - 85, len(long))]
    onnx, torch_ = (m.embed_passages([long, PASSAGE], [spans, [(0, 19)]]) for m in (embedder, torch_embedder))
    assert np.sum(onnx.passages * torch_.passages, axis=1).min() >= 0.999
    for a, b in zip(onnx.spans, torch_.spans):
        assert np.sum(a * b, axis=1).min() >= 0.999
    tail = long[spans[1][0] : spans[1][1]]
    assert float(onnx.spans[0][1] @ embedder.embed_documents([tail])[0]) > 0.9999  # cut off: embedded on its own
    assert float(onnx.spans[0][0] @ embedder.embed_documents([long[:80]])[0]) < 0.9999  # seen: pooled in context


@pytest.mark.slow
def test_int8_weights_are_made_once_and_keep_the_vectors(
    int8_embedder, fp32_embedder, model_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    embedder = int8_embedder
    assert embedder.precision == f"int8+{onnx_export.INT8_RECIPE}" and fp32_embedder.precision == "fp32"
    graphs = list((model_home / "models" / "onnx").glob(f"*/{onnx_export.INT8_GRAPH}"))
    assert len(graphs) == 1 and not list(graphs[0].parent.glob(".*.tmp"))
    # The products with outlier inputs stay fp32 MatMuls under their names; the rest became int8.
    import onnx

    nodes = {n.name: n.op_type for n in onnx.load(str(graphs[0]), load_external_data=False).graph.node}
    kept = [f"/model/encoder/layer.{i}/output/dense/MatMul" for i in (0, 4, 5)]
    assert [nodes.get(name) for name in kept] == ["MatMul"] * 3, {k: nodes.get(k) for k in kept}
    assert list(nodes.values()).count("MatMul") == 3 and "MatMulInteger" in nodes.values()
    assert graphs[0].stat().st_mode & 0o044 == (graphs[0].parent / "model.onnx").stat().st_mode & 0o044
    cosines = np.sum(embedder.embed_documents(TEXTS) * fp32_embedder.embed_documents(TEXTS), axis=1)
    assert cosines.min() >= onnx_export.MIN_INT8_COSINE and cosines.max() < 0.99999, cosines  # int8 really ran

    def no_second_quantisation(*args, **kwargs):
        raise AssertionError("quantised again")

    monkeypatch.setattr("onnxruntime.quantization.quantize_dynamic", no_second_quantisation)
    assert isinstance(load_embedder(DEFAULT_MODEL, model_home / "models", precision="int8"), OnnxEmbedder)


@pytest.mark.slow
def test_outlier_products_are_the_ffn_outputs_that_int8_rounds_worst(embedder, monkeypatch: pytest.MonkeyPatch) -> None:
    """The measure that picks the products kept in fp32: on multilingual-e5-small, the FFN output
    projections of layers 0, 4 and 5 (README, "Which int8 matrices cost the quality"), and no other
    product; a lower bar takes more of them. Its temporary graph never stays behind."""
    exported = embedder._exported
    probes = f".{onnx_export.INT8_GRAPH}.probe-*"
    assert onnx_export.outlier_products(exported) == [
        f"/model/encoder/layer.{i}/output/dense/MatMul" for i in (0, 4, 5)
    ]
    assert not list(exported.folder.glob(probes))
    monkeypatch.setattr(onnx_export, "OUTLIER_RATIO", 8.0)
    assert len(onnx_export.outlier_products(exported)) > 3

    def broken(graph, threads=None):
        raise RuntimeError("cannot load")

    monkeypatch.setattr(onnx_export, "cpu_session", broken)
    with pytest.raises(RuntimeError):
        onnx_export.outlier_products(exported)
    assert not list(exported.folder.glob(probes))


def test_outlier_ratio_leaves_padding_out() -> None:
    values = np.ones((2, 30, 100), np.float32)  # 6,000 values: the 99.9th percentile is a typical one
    values[0, 0, 0] = 50.0  # a real token's outlier feature
    values[1, 20:, :] = 1000.0  # padding
    mask = np.ones((2, 30), bool)
    mask[1, 20:] = False
    assert onnx_export._outlier_ratio(values, mask) == pytest.approx(50.0)
    mask[1, 20:] = True
    assert onnx_export._outlier_ratio(values, mask) == pytest.approx(1.0)  # the padding would be the bulk


def test_int8_tags_name_their_recipe_and_a_later_one_is_told_apart() -> None:
    tag = onnx_export.precision_tag("int8")
    assert tag == f"int8+{onnx_export.INT8_RECIPE}" and onnx_export.precision_tag("fp32") == "fp32"
    later = f"int8+{onnx_export.INT8_RECIPE + 1}"
    assert onnx_export.newer_int8(later, tag) and onnx_export.newer_int8(tag, "int8")
    assert not onnx_export.newer_int8("int8", tag) and not onnx_export.newer_int8(tag, tag)
    assert not onnx_export.newer_int8("fp32", tag) and not onnx_export.newer_int8(tag, "fp32")
    assert not onnx_export.newer_int8("int8+x", tag)


def test_earlier_int8_graphs_go_a_grace_period_after_the_new_one(tmp_path: Path) -> None:
    tmp_path = tmp_path / "export"
    tmp_path.mkdir()
    target = tmp_path / onnx_export.INT8_GRAPH
    target.write_bytes(b"new")
    (tmp_path / "model-int8.onnx").write_bytes(b"recipe 1")
    (tmp_path / "model-int8.failed").write_text("recipe 1 failed")
    onnx_export._remove_earlier_int8(target)
    assert (tmp_path / "model-int8.onnx").is_file()  # a process of the earlier version may load it again
    week_ago = target.stat().st_mtime - onnx_export.GRACE_SECONDS - 60
    os.utime(target, (week_ago, week_ago))
    onnx_export._remove_earlier_int8(target)
    assert sorted(p.name for p in tmp_path.iterdir()) == [onnx_export.INT8_GRAPH]


@pytest.mark.slow
def test_int8_that_cannot_be_made_falls_back_to_fp32_and_says_so(
    embedder, model_home: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    assert embedder.precision == "fp32"

    def broken(exported):
        raise ModelError("Cannot quantise: test.")

    monkeypatch.setattr(onnx_export, "quantised", broken)
    with caplog.at_level(logging.WARNING):
        fallback = load_embedder(DEFAULT_MODEL, model_home / "models", precision="int8")
    assert isinstance(fallback, OnnxEmbedder) and "Using fp32 weights instead" in caplog.text
    assert fallback.precision == "fp32"  # what an index it builds records
    assert float(fallback.embed_documents(TEXTS[:1])[0] @ embedder.embed_documents(TEXTS[:1])[0]) > 0.99


def test_batches_hold_about_a_thousand_tokens_of_text_sorted_by_length() -> None:
    from paddockqa.embedding import length_batches

    sizes = [len(b) for b in length_batches([50] * 40 + [900] * 9 + [3000, 5000])]
    assert sizes == [32, 8, 4, 4, 1, 1, 1]  # sentences 32 at most, 1,000-character passages 4, long ones alone
    assert sum(sizes) == 51 and length_batches([]) == []


SERVING = """
import gc, json, sys
from pathlib import Path
import numpy as np
from paddockqa import vocabulary
from paddockqa.config import DEFAULT_MODEL
from paddockqa.embedding import load_embedder
from paddockqa.reader import load_reader
from paddockqa.store import return_freed_memory

def status(key):
    with open("/proc/self/status", encoding="ascii") as lines:
        return next(int(line.split()[1]) / 1024 for line in lines if line.startswith(key + ":"))

cache = Path(sys.argv[1])
passage, asked = "Philippe Gaillard, un chef d'entreprise de 42 ans, est sacré.", "Quel âge a Philippe Gaillard ?"
model = load_embedder(DEFAULT_MODEL, cache, precision="fp32")
passages, question = model.embed_documents([passage]), model.embed_query(asked)
reader = load_reader(cache)
reading = reader.read(asked, [passage])[0]
report = {
    "span": passage[reading.start : reading.end],
    "anon_mb": status("RssAnon"),
    "sharers": list(vocabulary.live_vocabularies().values()),
}
del reader
gc.collect()
return_freed_memory()
loaded = status("VmRSS")
model.release()
return_freed_memory()
report["released_mb"] = loaded - status("VmRSS")
report["same_after_reload"] = bool(
    np.array_equal(model.embed_documents([passage]), passages) and np.array_equal(model.embed_query(asked), question)
)
print(json.dumps(report))
"""


@pytest.mark.slow
def test_a_serving_process_maps_the_embeddings_and_a_released_model_hands_its_memory_back(
    embedder, reader, model_home: Path, tmp_path: Path
) -> None:
    """In a fresh process (this one holds the session's models): the embedder and the reader
    loaded, their token embedding matrices mapped from the exports' files rather than copied
    (the two copies alone were 768 MB; both models held 1,500 MB of private memory before,
    README "Memory"), one vocabulary for both, and a released embedder gives its session and
    tokenizer back."""
    script = tmp_path / "serving.py"
    script.write_text(SERVING, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(script), str(model_home / "models")], capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["span"] == "42 ans"
    assert report["sharers"] == [2], "the embedder and the reader do not share one vocabulary"
    assert report["anon_mb"] < 700, "the embedding matrices are copied into the sessions again"  # 504 measured
    assert report["released_mb"] > 300  # the session and the 290 MB vocabulary; 393 MB measured
    assert report["same_after_reload"]  # loaded again on use
