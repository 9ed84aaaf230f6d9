"""Assemble the shipped reader on top of the converted e5 folder and export it to ONNX, once.

The export is written under the model cache, keyed by the base folder's files and the
content of the shipped weights (every clone of one version shares its export), in a
temporary folder renamed into place; it is kept only if its logits match torch's on a
probe (short, long and padded inputs in one batch), like the embedder's. Publishing one
removes the exports no weights on disk would ask for again (about 470 MB each).
onnxruntime's transformer optimizer fuses attention, layer norms and GELU, as for the embedder.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import tempfile
import warnings
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import numpy as np

from paddockqa.errors import ModelError
from paddockqa.onnx_export import publish, remove_stale, remove_superseded, save_graph
from paddockqa.reader import GRAPH, OnnxReader
from paddockqa.reader_model import CONFIG_FILE, WEIGHTS_FILE, ReaderConfig, windows

META = "paddockqa-reader.json"
# Bump when the recipe below changes. 2: keyed by the weights' content, not their path (each
# clone and each checkout's file times made a new export of the same weights). 3: the token
# embedding matrix in a file beside the graph (``onnx_export.save_graph``).
EXPORT_VERSION = 3
MAX_LOGIT_GAP = 1e-2  # largest |onnx - torch| accepted on the probe's logits
SHIPPED = Path(__file__).resolve().parent / "models" / "reader"
PROBE = [
    ("Quel âge a Philippe Gaillard ?", "Philippe Gaillard, un chef d'entreprise de 42 ans, est sacré champion."),
    ("Who won?", "Le pilote a signé six pole positions et cinq records du tour en course. " * 8),
    ("Où ?", "Magny-Cours."),
]


def ensure_reader_exported(base: Path, weights: Path, cache: Path) -> Path:
    """The folder holding ``reader.onnx``, ``tokenizer.json`` and ``reader.json``; exported on first use.

    Args:
        base: the converted multilingual-e5-small folder.
        weights: the folder of the trained reader (``reader.safetensors``, ``reader.json``).
        cache: where exports are kept (the model cache's ``onnx/``).
    Raises:
        ModelError: the weights are missing or do not fit the base model, or the export's
            logits differ from torch's.
    """
    if not (weights / WEIGHTS_FILE).is_file() or not (weights / CONFIG_FILE).is_file():
        raise ModelError(
            f"No trained reader in {weights} ({WEIGHTS_FILE} and {CONFIG_FILE} are needed). "
            "Train one with training/train_reader.py, or set PADDOCKQA_READER=off."
        )
    try:
        digest = weights_digest(weights)
        target = cache / f"reader-{_key(base, digest)}"
        if (target / META).is_file():
            _remember(target, weights)
            _remove_superseded(target)  # at each use: what a clone used before, an earlier recipe's a week on
            return target
        target.parent.mkdir(parents=True, exist_ok=True)
        remove_stale(target.parent)
        work = Path(tempfile.mkdtemp(prefix=".export-reader-", dir=target.parent))
    except ImportError as exc:
        raise ModelError(f"The reader needs onnxruntime ({exc}). Run `make install`.") from exc
    except OSError as exc:
        raise ModelError(
            f"Cannot prepare the reader's ONNX export under {cache}: {exc}. Check PADDOCKQA_HOME."
        ) from exc
    try:
        try:
            model = _assemble(base, weights)
            _export(model, work)
            shutil.copy2(base / "tokenizer.json", work / "tokenizer.json")
            shutil.copy2(weights / CONFIG_FILE, work / CONFIG_FILE)
            _check(model, work)
        except ModelError:
            raise
        except Exception as exc:  # noqa: BLE001 - torch's exporter and the optimizer fail in many ways; all mean "no reader"
            raise ModelError(f"The reader's ONNX export failed: {type(exc).__name__}: {exc}") from exc
        stamp = {"base": str(base.resolve()), "weights": [str(weights.resolve())], "weights_sha256": digest}
        publish(work, target, META, stamp, EXPORT_VERSION)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    _remove_superseded(target)
    return target


def weights_digest(weights: Path) -> str:
    """SHA-256 of the trained reader's files (``reader.safetensors``, ``reader.json``), hex.

    Raises:
        OSError: a file cannot be read.
    """
    digest = hashlib.sha256()
    for name in (WEIGHTS_FILE, CONFIG_FILE):
        digest.update(name.encode() + b"\0")
        with (weights / name).open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    return digest.hexdigest()


def _remember(target: Path, weights: Path) -> None:
    """Add ``weights`` to the folders an export records as using it, so that deleting the
    clone which made it does not make it look unwanted (see ``_wanted``).

    Two processes adding themselves at the same instant may keep only one: the other is
    added again at its next start, and at worst its export is made again once (40 s).
    """
    work = target / f".{META}.{os.getpid()}.tmp"
    try:
        stamp = json.loads((target / META).read_text(encoding="utf-8"))
        users = _users(stamp)
        here = str(weights.resolve())
        if here in users:
            return
        stamp["weights"] = [*users, here]
        work.write_text(json.dumps(stamp) + "\n", encoding="utf-8")
        os.replace(work, target / META)
    except (OSError, ValueError):  # a read-only cache: the export is used all the same
        with contextlib.suppress(OSError):
            work.unlink(missing_ok=True)


def _remove_superseded(target: Path) -> None:
    """The reader exports beside ``target`` that no weights would ask for, removed."""
    remove_superseded(target, META, _wanted, EXPORT_VERSION)


def _users(stamp: Mapping[str, Any]) -> list[str]:
    return list(stamp.get("weights", []))


def _wanted(export: Path, stamp: Mapping[str, Any]) -> bool:
    """Whether a weights folder an export of this recipe records would still be exported to it,
    by the onnxruntime that made it (another environment sharing the cache keeps its own;
    ``remove_superseded`` judges other recipes' by their version)."""
    base, runtime = Path(str(stamp["base"])), str(stamp["onnxruntime"])
    for user in _users(stamp):
        with contextlib.suppress(OSError):
            if export.name == f"reader-{_key(base, weights_digest(Path(user)), runtime, EXPORT_VERSION)}":
                return True
    return False


def _assemble(base: Path, weights: Path):  # -> ReaderModel
    from paddockqa.reader_model import assemble

    try:
        return assemble(base, weights)
    except (ValueError, OSError, KeyError) as exc:
        raise ModelError(f"The reader in {weights} does not load on {base}: {exc}") from exc


def _export(model, work: Path) -> None:
    import torch
    from onnxruntime.transformers.optimizer import optimize_model

    ids = torch.ones((2, 8), dtype=torch.int64)
    axes = {0: "batch", 1: "tokens"}
    raw = work / "raw.onnx"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # tracer notes on Python-side shape checks; _check proves the graph
        torch.onnx.export(
            model,
            (ids, torch.ones_like(ids)),
            str(raw),
            input_names=["input_ids", "attention_mask"],
            output_names=["start_logits", "end_logits", "answerable"],
            dynamic_axes={
                "input_ids": axes,
                "attention_mask": axes,
                "start_logits": axes,
                "end_logits": axes,
                "answerable": {0: "batch"},
            },
            opset_version=17,
            dynamo=False,
        )
    config = model.encoder.config
    optimized = optimize_model(
        str(raw), model_type="bert", num_heads=config.num_attention_heads, hidden_size=config.hidden_size
    )
    save_graph(optimized, work / GRAPH)
    raw.unlink()


def _check(model, work: Path) -> None:
    import torch

    from paddockqa.vocabulary import load_tokenizer

    reader = OnnxReader(work)
    tokenizer = load_tokenizer(work / "tokenizer.json")
    config = ReaderConfig.load(work)
    inputs = [windows(tokenizer, q, p, config)[0] for q, p in PROBE]
    ids, mask = reader.batch(inputs)
    with torch.no_grad():
        expected = [t.numpy() for t in model(torch.from_numpy(ids), torch.from_numpy(mask))]
    got = reader.run(ids, mask)
    live = mask.astype(bool)
    gaps = [np.abs(e - g)[live].max() for e, g in zip(expected[:2], got[:2])]
    gaps.append(float(np.abs(expected[2] - got[2]).max()))
    if max(gaps) > MAX_LOGIT_GAP:
        raise ModelError(f"The reader's ONNX export gives other logits than torch (gap {max(gaps):.4f}).")


def _key(base: Path, digest: str, runtime: str | None = None, version: int = EXPORT_VERSION) -> str:
    """Changes with the base's files (in the model cache, one place for every clone), the
    reader's content (``weights_digest``), the recipe and onnxruntime (``runtime``, default
    the installed one)."""
    import onnxruntime

    parts = [f"v{version}", runtime or onnxruntime.__version__, digest]
    for path in (base / "model.safetensors", base / "tokenizer.json"):
        stat = path.stat()
        parts.append(f"{path.resolve()}:{stat.st_size}:{stat.st_mtime_ns}")
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:12]
