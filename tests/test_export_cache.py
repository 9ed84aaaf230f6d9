"""The ONNX exports in the model cache: one per model version, the superseded ones removed.

Each export is about 470 MB. The reader's used to be keyed by its weights' path and file
times, so every clone, and every checkout that touched the weights, exported the same
reader again; nothing removed the older ones (eleven of them, 5 GB, on a developer's
machine).
"""

from __future__ import annotations

import json
import os
import shutil
import time
from pathlib import Path

import onnxruntime
import pytest

from paddockqa import onnx_export, reader_export
from paddockqa.model_convert import CONVERTED_FOLDER
from paddockqa.onnx_export import remove_superseded
from paddockqa.reader_export import META, SHIPPED, ensure_reader_exported, weights_digest


def fake_export(parent: Path, name: str, stamp: dict[str, object], meta: str = META) -> Path:
    folder = parent / name
    folder.mkdir(parents=True)
    (folder / "reader.onnx").write_bytes(b"graph")
    (folder / meta).write_text(json.dumps(stamp), encoding="utf-8")
    return folder


def age(*paths: Path, seconds: float = 100) -> None:
    """Set the files' times ``seconds`` in the past (negative: the future), for ordering by time."""
    moment = time.time() - seconds
    for path in paths:
        os.utime(path, (moment, moment))


def fake_base(folder: Path) -> Path:
    folder.mkdir(parents=True)
    (folder / "model.safetensors").write_bytes(b"e5")
    (folder / "tokenizer.json").write_text("{}", encoding="utf-8")
    return folder


def fake_weights(folder: Path, content: bytes) -> Path:
    folder.mkdir(parents=True)
    (folder / "reader.safetensors").write_bytes(content)
    (folder / "reader.json").write_text("{}", encoding="utf-8")
    return folder


def test_the_reader_key_is_the_weights_content_not_their_place(tmp_path: Path) -> None:
    base = fake_base(tmp_path / "base")
    one = fake_weights(tmp_path / "clone-1" / "reader", b"weights v1")
    two = fake_weights(tmp_path / "clone-2" / "reader", b"weights v1")
    newer = fake_weights(tmp_path / "clone-3" / "reader", b"weights v2")
    assert weights_digest(one) == weights_digest(two) != weights_digest(newer)
    key = reader_export._key
    assert key(base, weights_digest(one)) == key(base, weights_digest(two)) != key(base, weights_digest(newer))
    before = key(base, weights_digest(one))
    (base / "model.safetensors").write_bytes(b"e5, converted again")  # another base: another export
    assert key(base, weights_digest(one)) != before


def test_only_exports_that_weights_on_disk_still_ask_for_are_kept(tmp_path: Path) -> None:
    cache = tmp_path / "onnx"
    base = fake_base(tmp_path / "base")
    current = fake_weights(tmp_path / "clone" / "reader", b"weights v2")
    older = fake_weights(tmp_path / "old-clone" / "reader", b"weights v1")
    gone = fake_weights(tmp_path / "deleted-clone" / "reader", b"weights v1")
    moved_on = fake_weights(tmp_path / "pulled-clone" / "reader", b"weights v1.5")
    key, runtime = reader_export._key, onnxruntime.__version__
    age(*base.iterdir(), *current.iterdir(), *older.iterdir(), *gone.iterdir(), *moved_on.iterdir())

    def stamp(*users: Path, runtime: str = runtime, version: int = reader_export.EXPORT_VERSION) -> dict[str, object]:
        return {
            "base": str(base),
            "weights": [str(u) for u in users],
            "onnxruntime": runtime,
            "export_version": version,
        }

    def export(name: str, stamp: dict[str, object]) -> Path:
        return fake_export(cache, name, stamp)

    keep = export(f"reader-{key(base, weights_digest(current))}", stamp(current))
    # made by a clone since deleted, still used by another clone that recorded itself
    shared = export(f"reader-{key(base, weights_digest(older))}", stamp(gone, older))
    orphan = export(f"reader-{key(base, weights_digest(gone) + 'x')}", stamp(gone))
    pulled = export(f"reader-{key(base, weights_digest(moved_on))}", stamp(moved_on))
    other_runtime = export(f"reader-{key(base, weights_digest(older), '1.0.0')}", stamp(older, runtime="1.0.0"))
    newer_recipe = export("reader-cccccccccccc", stamp(older, version=reader_export.EXPORT_VERSION + 1))
    # an earlier recipe's, of weights still on disk: superseded (that checkout exports again, once)
    earlier_recipe = export(
        f"reader-{key(base, weights_digest(older), runtime, reader_export.EXPORT_VERSION - 1)}",
        stamp(older, version=reader_export.EXPORT_VERSION - 1),
    )
    # the first recipe's exports: keyed by the weights' path and file times, no versions recorded
    first = {"base": str(base)}
    ours_before = export("reader-000000000001", {**first, "weights": str(current)})
    old_checkout = export("reader-000000000002", {**first, "weights": str(older)})  # any onnxruntime's
    before_pull = export("reader-000000000003", {**first, "weights": str(moved_on)})
    unreadable = export(  # no base recorded
        "reader-bbbbbbbbbbbb",
        {"weights": [str(current)], "onnxruntime": runtime, "export_version": reader_export.EXPORT_VERSION},
    )
    embedder_export = fake_export(cache, "e5-123", {"source": str(tmp_path / "nowhere")}, meta=onnx_export.META)
    work = cache / ".export-reader-x"  # an export being written by another process: no stamp yet
    work.mkdir()
    shutil.rmtree(gone)
    (moved_on / "reader.safetensors").write_bytes(b"weights v2, pulled")
    age(moved_on / "reader.safetensors", seconds=-100)  # after every stamp

    version = reader_export.EXPORT_VERSION
    removed = remove_superseded(keep, META, reader_export._wanted, version)

    assert sorted(removed) == sorted([orphan, pulled, unreadable])
    earlier = [earlier_recipe, ours_before, old_checkout, before_pull]
    for folder in (keep, shared, other_runtime, newer_recipe, *earlier, embedder_export, work):
        assert folder.is_dir(), folder.name
    age(keep / META, seconds=onnx_export.GRACE_SECONDS + 100)  # a week on, an earlier recipe's go
    assert sorted(remove_superseded(keep, META, reader_export._wanted, version)) == sorted(earlier)
    for folder in (keep, shared, other_runtime, newer_recipe, embedder_export, work):
        assert folder.is_dir(), folder.name
    assert not any(path.exists() for path in removed)
    assert [p.name for p in cache.iterdir() if p.name.startswith(".export-removed")] == []


def test_an_embedder_export_of_a_folder_since_changed_or_deleted_is_removed(tmp_path: Path) -> None:
    cache = tmp_path / "onnx"
    models = tmp_path / "models"
    model, mine, tried = (models / name for name in ("e5", "mine", "tried"))
    for folder, content in ((model, b"v1"), (mine, b"a model of one's own"), (tried, b"tried once")):
        folder.mkdir(parents=True)
        (folder / "model.safetensors").write_bytes(content)
    link = models / "current"
    link.symlink_to(mine)  # PADDOCKQA_MODEL=.../current: the export is named after the link
    key, runtime = onnx_export._export_key, onnxruntime.__version__

    def export(name: str, source: Path, runtime: str | None = runtime) -> Path:
        stamp: dict[str, object] = {"source": str(source.resolve())}
        if runtime:
            stamp |= {"onnxruntime": runtime, "export_version": onnx_export.EXPORT_VERSION}
        return fake_export(cache, name, stamp, meta=onnx_export.META)

    old = export(f"e5-{key(model)}", model)
    tried_export = export(f"tried-{key(tried)}", tried)
    age(*model.iterdir(), *mine.iterdir(), *tried.iterdir())
    unversioned = export("mine-0123456789ab", mine, runtime=None)  # before versions were recorded
    unversioned_gone = export("tried-0123456789ab", tried, runtime=None)
    unversioned_old = export("e5-0123456789ab", model, runtime=None)
    (model / "model.safetensors").write_bytes(b"v2, converted again")
    age(model / "model.safetensors", seconds=-100)
    keep = export(f"e5-{key(model)}", model)
    other_runtime = export(f"e5-{key(model, '1.0.0')}", model, runtime="1.0.0")  # another venv's
    linked = export(f"current-{key(link)}", link)
    newer = fake_export(
        cache,
        "e5-dddddddddddd",
        {"source": str(model), "onnxruntime": runtime, "export_version": onnx_export.EXPORT_VERSION + 1},
        meta=onnx_export.META,
    )
    earlier_version = onnx_export.EXPORT_VERSION - 1
    earlier = fake_export(  # an earlier recipe's export of the same folder: superseded
        cache,
        f"e5-{key(model, runtime, earlier_version)}",
        {"source": str(model), "onnxruntime": runtime, "export_version": earlier_version},
        meta=onnx_export.META,
    )
    shutil.rmtree(tried)
    reader = fake_export(cache, "reader-0123456789ab", {"base": str(model), "weights": ["/nowhere"]})

    meta, version = onnx_export.META, onnx_export.EXPORT_VERSION
    removed = remove_superseded(keep, meta, onnx_export._wanted, version)

    assert sorted(removed) == sorted([old, tried_export])
    earlier_ones = [unversioned, unversioned_gone, unversioned_old, earlier]
    for folder in (keep, other_runtime, linked, newer, reader, *earlier_ones):
        assert folder.is_dir(), folder.name
    age(keep / meta, seconds=onnx_export.GRACE_SECONDS + 100)  # a week on, an earlier recipe's go
    assert sorted(remove_superseded(keep, meta, onnx_export._wanted, version)) == sorted(earlier_ones)
    for folder in (keep, other_runtime, linked, newer, reader):
        assert folder.is_dir(), folder.name


def test_exporting_a_reader_records_its_users_and_removes_what_it_supersedes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The wiring of ``ensure_reader_exported``, with the network's export replaced by a file."""
    cache = tmp_path / "onnx"
    base = fake_base(tmp_path / "base")
    one = fake_weights(tmp_path / "clone-1" / "reader", b"weights v2")
    two = fake_weights(tmp_path / "clone-2" / "reader", b"weights v2")
    exports = []

    def export(model: object, work: Path) -> None:
        exports.append(work)
        (work / "reader.onnx").write_bytes(b"graph")

    monkeypatch.setattr(reader_export, "_assemble", lambda base, weights: None)
    monkeypatch.setattr(reader_export, "_export", export)
    monkeypatch.setattr(reader_export, "_check", lambda model, work: None)
    age(*base.iterdir(), *one.iterdir(), *two.iterdir())
    before = fake_export(cache, "reader-000000000001", {"base": str(base), "weights": str(one)})  # first recipe
    before_two = fake_export(cache, "reader-000000000002", {"base": str(base), "weights": str(two)})

    target = ensure_reader_exported(base, one, cache)
    assert len(exports) == 1 and (target / "reader.onnx").is_file()
    assert before.is_dir() and before_two.is_dir(), "an earlier recipe's exports stay a week"
    assert ensure_reader_exported(base, two, cache) == target and len(exports) == 1
    stamp = json.loads((target / META).read_text(encoding="utf-8"))
    assert stamp["weights"] == [str(one.resolve()), str(two.resolve())]
    assert stamp["weights_sha256"] == weights_digest(one) and stamp["export_version"] == reader_export.EXPORT_VERSION
    age(target / META, seconds=onnx_export.GRACE_SECONDS + 100)
    assert ensure_reader_exported(base, two, cache) == target and len(exports) == 1
    assert not before.exists() and not before_two.exists(), "a week on, they go at the next use"
    shutil.rmtree(one.parent)  # the clone that made it is deleted: the other keeps it
    (tmp_path / "clone-3").mkdir()
    three = fake_weights(tmp_path / "clone-3" / "weights", b"weights v3")
    newer = ensure_reader_exported(base, three, cache)
    assert newer != target and target.is_dir() and len(exports) == 2
    (two / "reader.safetensors").write_bytes(b"weights v3")  # clone 2 pulls v3: v2 is no one's
    assert ensure_reader_exported(base, two, cache) == newer and len(exports) == 2
    assert not target.exists() and newer.is_dir(), "removed at clone 2's first use of v3's export"
    assert ensure_reader_exported(base, two, cache) == newer and len(exports) == 2


@pytest.mark.slow
def test_a_second_clone_of_the_shipped_reader_uses_the_same_export(
    reader, model_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The shipped weights copied elsewhere (a fresh clone, new file times) export nothing."""
    cache = model_home / "models" / "onnx"
    base = model_home / "models" / CONVERTED_FOLDER
    first = ensure_reader_exported(base, SHIPPED, cache)
    clone = tmp_path / "clone" / "reader"
    shutil.copytree(SHIPPED, clone)  # copytree keeps file times: touch them as a checkout would
    for path in clone.iterdir():
        path.write_bytes(path.read_bytes())

    def no_second_export(*args: object) -> None:
        raise AssertionError("exported again")

    monkeypatch.setattr(reader_export, "_export", no_second_export)
    assert ensure_reader_exported(base, clone, cache) == first
    stamp = json.loads((first / META).read_text(encoding="utf-8"))
    assert str(clone.resolve()) in stamp["weights"] and str(SHIPPED.resolve()) in stamp["weights"]
    assert len(list(cache.glob("reader-*"))) == 1


def test_a_saved_graph_keeps_its_large_initializers_beside_it_for_onnxruntime_and_the_quantiser(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``save_graph`` on a tiny embedding lookup and product (the real ones: slow tests)."""
    import numpy as np
    from onnx import TensorProto, helper, numpy_helper
    from onnxruntime.quantization import QuantType, quantize_dynamic
    from onnxruntime.transformers.onnx_model import OnnxModel

    rng = np.random.default_rng(0)
    table = rng.standard_normal((1000, 16)).astype(np.float32)  # 64,000 bytes: beside the graph
    weight = rng.standard_normal((16, 8)).astype(np.float32)  # 512 bytes: inside it
    graph = helper.make_graph(
        [
            helper.make_node("Gather", ["table", "ids"], ["rows"]),
            helper.make_node("MatMul", ["rows", "weight"], ["out"]),
        ],
        "tiny",
        [helper.make_tensor_value_info("ids", TensorProto.INT64, ["n"])],
        [helper.make_tensor_value_info("out", TensorProto.FLOAT, ["n", 8])],
        [numpy_helper.from_array(table, "table"), numpy_helper.from_array(weight, "weight")],
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    monkeypatch.setattr(onnx_export, "EXTERNAL_BYTES", 32_000)
    path = tmp_path / "model.onnx"

    onnx_export.save_graph(OnnxModel(model), path)

    data = tmp_path / "model.onnx.data"
    assert data.stat().st_size == table.nbytes and path.stat().st_size < table.nbytes
    assert data.stat().st_mode & 0o777 == path.stat().st_mode & 0o777
    ids = np.array([3, 999, 0], dtype=np.int64)
    (out,) = onnx_export.cpu_session(path).run(None, {"ids": ids})
    np.testing.assert_allclose(out, table[ids] @ weight, rtol=1e-5)
    quantize_dynamic(str(path), str(tmp_path / "int8.onnx"), weight_type=QuantType.QInt8, per_channel=True)
    (small,) = onnx_export.cpu_session(tmp_path / "int8.onnx").run(None, {"ids": ids})
    assert np.abs(small - out).max() < 0.1 * np.abs(out).max()  # the quantiser read the table beside it
