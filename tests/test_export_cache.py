"""The ONNX exports in the model cache: one per model version, the superseded ones removed.

Each export is about 470 MB. The reader's used to be keyed by its weights' path and file
times, so every clone, and every checkout that touched the weights, exported the same
reader again; nothing removed the older ones (eleven of them, 5 GB, on a developer's
machine).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

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

    def export_of(weights: Path) -> str:
        return f"reader-{reader_export._key(base, weights_digest(weights))}"

    keep = fake_export(cache, export_of(current), {"base": str(base), "weights": [str(current)]})
    # v1, made by a clone since deleted, but still used by another clone that recorded itself
    shared = fake_export(cache, export_of(older), {"base": str(base), "weights": [str(gone), str(older)]})
    orphan = fake_export(cache, "reader-0123456789ab", {"base": str(base), "weights": [str(gone)]})
    legacy = fake_export(cache, "reader-fea4d0474888", {"base": str(base), "weights": str(current)})  # version 1
    (current / "reader.safetensors").write_bytes(b"weights v2")  # unchanged content, newer file time
    superseded = fake_export(cache, "reader-aaaaaaaaaaaa", {"base": str(base), "weights": [str(current)]})
    embedder_export = fake_export(cache, "e5-123", {"source": str(tmp_path / "nowhere")}, meta=onnx_export.META)
    unreadable = fake_export(cache, "reader-bbbbbbbbbbbb", {"weights": [str(current)]})  # no base recorded
    work = cache / ".export-reader-x"  # an export being written by another process: no stamp yet
    work.mkdir()
    shutil.rmtree(gone)

    removed = remove_superseded(keep, META, reader_export._wanted_names)

    assert sorted(removed) == sorted([orphan, legacy, superseded, unreadable])
    assert keep.is_dir() and shared.is_dir() and work.is_dir()
    assert embedder_export.is_dir(), "another kind of export, with its own rule"
    assert not any(path.exists() for path in removed)


def test_an_embedder_export_of_a_folder_since_changed_or_deleted_is_removed(tmp_path: Path) -> None:
    cache = tmp_path / "onnx"
    model = tmp_path / "models" / "e5"
    model.mkdir(parents=True)
    (model / "model.safetensors").write_bytes(b"v1")
    (model / "config.json").write_text("{}", encoding="utf-8")
    wanted = onnx_export._wanted_name
    old_name = f"e5-{onnx_export._export_key(model)}"
    old = fake_export(cache, old_name, {"source": str(model)}, meta=onnx_export.META)
    (model / "model.safetensors").write_bytes(b"v2, converted again")
    keep = fake_export(cache, f"e5-{onnx_export._export_key(model)}", {"source": str(model)}, meta=onnx_export.META)
    other = tmp_path / "models" / "mine"
    other.mkdir()
    (other / "model.safetensors").write_bytes(b"a model of one's own")
    mine = fake_export(cache, f"mine-{onnx_export._export_key(other)}", {"source": str(other)}, meta=onnx_export.META)
    deleted = tmp_path / "models" / "tried"
    deleted.mkdir()
    tried = fake_export(cache, "tried-0", {"source": str(deleted)}, meta=onnx_export.META)
    shutil.rmtree(deleted)
    reader = fake_export(cache, "reader-0123456789ab", {"base": str(model), "weights": ["/nowhere"]})

    assert sorted(remove_superseded(keep, onnx_export.META, wanted)) == sorted([old, tried])
    assert keep.is_dir() and mine.is_dir() and reader.is_dir()


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
