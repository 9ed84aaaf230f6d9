"""Export a sentence-transformers folder to an ONNX Runtime graph, once, and check it.

Measured on this 2-core CPU over the same 1,000-character press chunks (see README,
"Measurements"): torch embeds about 12 chunks/s; ONNX Runtime on the plain export about
18; with onnxruntime's transformer optimizer fusing attention, layer norms and GELU, about
24, with the same vectors (cosine with torch's above 0.99999). int8 weights were faster
still (29/s) but moved the vectors (cosine 0.98 on average), so we keep fp32.

The export is written beside the model cache under a name keyed by the model folder and
its weights, into a temporary folder renamed into place, and is only kept if its vectors
match torch's on a probe of short and long texts in one padded batch.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from paddockqa.errors import ModelError

GRAPH = "model.onnx"
META = "paddockqa-onnx.json"
# Encoder families whose graph onnxruntime's optimizer knows how to fuse.
FUSABLE = {"bert", "roberta", "xlm-roberta"}
MIN_COSINE = 0.9999
PROBE = [
    "query: Qui a gagné ?",
    "passage: " + "Le pilote a signé six pole positions et cinq records du tour en course. " * 12,
    "passage: Sébastien Loeb, 15 octobre 2008 — « victoire » à Sodemo, l'équipe est ravie.",
]


@dataclass(frozen=True)
class OnnxModel:
    """An exported graph and what is needed to run it like the sentence-transformers model."""

    folder: Path
    max_length: int
    pooling: str  # "mean" or "cls"
    prompts: dict[str, str]

    @property
    def graph(self) -> Path:
        return self.folder / GRAPH

    @property
    def tokenizer(self) -> Path:
        return self.folder / "tokenizer.json"


@dataclass(frozen=True)
class _Layout:
    """What ``describe`` reads off a sentence-transformers folder."""

    max_length: int
    pooling: str
    prompts: dict[str, str]
    model_type: str
    heads: int
    hidden: int


def describe(folder: Path) -> _Layout:
    """Read a local sentence-transformers folder; refuse what the ONNX path does not reproduce.

    Raises:
        ModelError: not a folder, or not a plain Transformer + Pooling (+ Normalize) stack.
    """
    try:
        modules = [m["type"].rsplit(".", 1)[-1] for m in _json(folder / "modules.json")]
        pooling = _json(folder / "1_Pooling" / "config.json")
        config = _json(folder / "config.json")
        st_config = _json(folder / "sentence_bert_config.json")
        prompts = _json(folder / "config_sentence_transformers.json").get("prompts") or {}
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ModelError(f"{folder} is not a local sentence-transformers folder ({exc}).") from exc
    if modules not in (["Transformer", "Pooling"], ["Transformer", "Pooling", "Normalize"]):
        raise ModelError(f"{folder} has modules {modules}; only Transformer + Pooling (+ Normalize) is exported.")
    if not (folder / "tokenizer.json").is_file():
        raise ModelError(f"{folder} has no tokenizer.json (a fast tokenizer is needed).")
    modes = [name for name in ("mean", "cls") if pooling.get(f"pooling_mode_{name}_token{'s' * (name == 'mean')}")]
    if len(modes) != 1 or not pooling.get("include_prompt", True):
        raise ModelError(f"{folder} pools in a way the ONNX path does not reproduce ({pooling}).")
    return _Layout(
        max_length=int(st_config.get("max_seq_length") or 512),
        pooling=modes[0],
        prompts=dict(prompts),
        model_type=str(config.get("model_type", "")),
        heads=int(config.get("num_attention_heads", 0)),
        hidden=int(config.get("hidden_size", 0)),
    )


def ensure_exported(folder: Path, cache: Path) -> OnnxModel:
    """Export ``folder`` into ``cache`` on first use (about 30 s); later calls return at once.

    Raises:
        ModelError: the folder cannot be exported, onnxruntime is missing, or the exported
            graph's vectors differ from torch's.
    """
    layout = describe(folder)
    target = cache / f"{folder.name}-{_weights_key(folder)}"
    exported = OnnxModel(target, layout.max_length, layout.pooling, layout.prompts)
    if (target / META).is_file():
        return exported
    target.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=".export-", dir=target.parent))
    try:
        _export(folder, layout, work)
        shutil.copy2(folder / "tokenizer.json", work / "tokenizer.json")
        _check(folder, OnnxModel(work, layout.max_length, layout.pooling, layout.prompts))
        (work / META).write_text(json.dumps({"source": str(folder.resolve())}) + "\n", encoding="utf-8")
        work.chmod(0o755)
        os.replace(work, target)
    except OSError as exc:
        if not (target / META).is_file():  # another process may have won the race
            raise ModelError(f"Cannot write the ONNX export to {target}: {exc}") from exc
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return exported


def _export(folder: Path, layout: _Layout, work: Path) -> None:
    try:
        import torch
        from onnxruntime.transformers.optimizer import optimize_model
        from transformers import AutoModel
    except ImportError as exc:
        raise ModelError(f"The ONNX backend needs onnxruntime and onnx ({exc}). Run `make install`.") from exc

    # The eager attention traces to the MatMul/Softmax pattern the optimizer fuses; SDPA does not.
    model = AutoModel.from_pretrained(str(folder), attn_implementation="eager").eval()

    class Encoder(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.model = model

        def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
            return self.model(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state

    ids = torch.ones((2, 8), dtype=torch.int64)
    axes = {0: "batch", 1: "tokens"}
    raw = work / "raw.onnx"
    with warnings.catch_warnings():
        # Tracer warnings about Python-side shape checks; _check proves the graph right.
        warnings.simplefilter("ignore")
        torch.onnx.export(
            Encoder(),
            (ids, torch.ones_like(ids)),
            str(raw),
            input_names=["input_ids", "attention_mask"],
            output_names=["last_hidden_state"],
            dynamic_axes={"input_ids": axes, "attention_mask": axes, "last_hidden_state": axes},
            opset_version=17,
            dynamo=False,
        )
    if layout.model_type in FUSABLE and layout.heads and layout.hidden:
        optimized = optimize_model(str(raw), model_type="bert", num_heads=layout.heads, hidden_size=layout.hidden)
        optimized.save_model_to_file(str(work / GRAPH))
        raw.unlink()
    else:
        raw.rename(work / GRAPH)


def _check(folder: Path, exported: OnnxModel) -> None:
    from sentence_transformers import SentenceTransformer

    from paddockqa.embedding import OnnxEmbedder

    expected = SentenceTransformer(str(folder), device="cpu").encode(PROBE, normalize_embeddings=True)
    got = OnnxEmbedder("probe", exported).encode(PROBE)
    cosine = float(np.min(np.sum(np.asarray(expected) * got, axis=1)))
    if cosine < MIN_COSINE:
        raise ModelError(f"The ONNX export of {folder} gives other vectors than torch (cosine {cosine:.5f}).")


def _weights_key(folder: Path) -> str:
    """Changes when the weights do, so a replaced model is exported again."""
    stamps = sorted(
        f"{p.name}:{p.stat().st_size}:{p.stat().st_mtime_ns}"
        for p in folder.iterdir()
        if p.suffix in {".safetensors", ".bin"}
    )
    return hashlib.sha256("\n".join([str(folder.resolve()), *stamps]).encode()).hexdigest()[:12]


def _json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))
