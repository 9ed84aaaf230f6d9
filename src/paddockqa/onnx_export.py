"""Export a sentence-transformers folder to an ONNX Runtime graph, once, and check it.

Measured on this 2-core CPU over the same 1,000-character press chunks (see README,
"Measurements"): torch embeds about 12 chunks/s; ONNX Runtime on the plain export about
18; with onnxruntime's transformer optimizer fusing attention, layer norms and GELU, about
24, with the same vectors (cosine with torch's above 0.99999). int8 weights (dynamic
quantisation) are faster still; per tensor they moved the vectors to a cosine of 0.985 with
torch's, per channel 0.997 (``quantised``): the ``int8`` precision, measured on piaf-dev
retrieval in the README ("Speed and size"). The matrix products whose input carries outlier
features (``outlier_products``: three of multilingual-e5-small's 48) stay in fp32, which
brings int8 level with fp32 on piaf-train's retrieval for about a tenth of its speed.

The export is written beside the model cache under a name keyed by the model folder and
its weights, into a temporary folder renamed into place, and is only kept if its vectors
match torch's on a probe of short and long texts in one padded batch.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import tempfile
import time
import warnings
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from paddockqa.errors import ModelError

GRAPH = "model.onnx"
# Bump when the int8 recipe changes: the graph is made again, and indexes embedded with the earlier
# one are embedded again once (``precision_tag``). 2: products with outlier inputs kept in fp32.
INT8_RECIPE = 2
INT8_GRAPH = f"model-int8-{INT8_RECIPE}.onnx"
EARLIER_INT8_GRAPHS = ("model-int8.onnx",)  # recipe 1's name
# A product whose input's largest |value| over PROBE exceeds this many times the input's 99.9th
# percentile is kept in fp32. Measured on multilingual-e5-small (README, "Which int8 matrices cost
# the quality"): the FFN output projections of layers 4, 5 and 0 give 34, 24 and 16.5, every other
# product 12.7 at most; those three carry most of int8's error (outlier features, Dettmers et al.
# 2022, "LLM.int8()": a per-tensor activation scale wide enough for the outliers rounds the rest).
OUTLIER_RATIO = 15.0
MIN_INT8_COSINE = 0.98  # a sanity check (a broken graph gives far less): PROBE measured 0.988 at worst; the
# real criterion is piaf-dev retrieval, measured in the README
META = "paddockqa-onnx.json"
# Bump when the recipe below changes, so every cached export is redone. 2: the token embedding
# matrix in a file beside the graph (``save_graph``).
EXPORT_VERSION = 2
# Initializers at least this large are written beside the graph: only multilingual-e5-small's
# token embedding matrix (250,037 x 384 fp32, 384 MB); the largest other one is 2.4 MB.
EXTERNAL_BYTES = 32 << 20
STALE_SECONDS = 3600  # an .export- folder this old was left by a killed process
GRACE_SECONDS = 7 * 24 * 3600  # an earlier recipe's export outlives its successor's arrival by a week
# Encoder families whose graph onnxruntime's optimizer knows how to fuse.
FUSABLE = {"bert", "roberta", "xlm-roberta"}
MIN_COSINE = 0.9999
PROBE = [
    "query: Qui a gagné ?",
    "passage: " + "Le pilote a signé six pole positions et cinq records du tour en course. " * 12,
    "passage: Sébastien Loeb, 15 octobre 2008 — « victoire » à Sodemo, l'équipe est ravie.",
    "passage: " + "Un texte plus long que la fenêtre du modèle, qui doit être tronqué pareil. " * 60,
]


@dataclass(frozen=True)
class OnnxModel:
    """An exported graph and what is needed to run it like the sentence-transformers model."""

    folder: Path
    max_length: int
    pooling: str  # "mean" or "cls"
    prompts: dict[str, str]
    pad_id: int

    @property
    def graph(self) -> Path:
        return self.folder / GRAPH

    @property
    def tokenizer(self) -> Path:
        return self.folder / "tokenizer.json"

    def batch_tokenizer(self) -> Any:  # a tokenizers.Tokenizer
        """The export's tokenizer set as the graph is fed: truncated at ``max_length``, batches
        padded with ``pad_id`` (its vocabulary shared, ``vocabulary.load_tokenizer``).

        Raises:
            ImportError: tokenizers is not installed.
            OSError: the file cannot be read.
        """
        from paddockqa.vocabulary import load_tokenizer

        tokenizer = load_tokenizer(self.tokenizer)
        tokenizer.enable_truncation(self.max_length)
        tokenizer.enable_padding(pad_id=self.pad_id)
        return tokenizer


@dataclass(frozen=True)
class _Layout:
    """What ``describe`` reads off a sentence-transformers folder."""

    max_length: int
    pooling: str
    prompts: dict[str, str]
    pad_id: int
    model_type: str
    heads: int
    hidden: int

    def at(self, folder: Path) -> OnnxModel:
        """The exported graph in ``folder``, run the way this layout says."""
        return OnnxModel(folder, self.max_length, self.pooling, self.prompts, self.pad_id)


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
    modes = pooling_modes(pooling)
    if modes not in ({"mean"}, {"cls"}) or not pooling.get("include_prompt", True) or st_config.get("do_lower_case"):
        raise ModelError(
            f"{folder} pools or tokenizes in a way the ONNX path does not reproduce ({pooling}, "
            f"do_lower_case={st_config.get('do_lower_case', False)})."
        )
    return _Layout(
        max_length=int(st_config.get("max_seq_length") or 512),
        pooling=modes.pop(),
        prompts=dict(prompts),
        pad_id=int(config.get("pad_token_id") or 0),
        model_type=str(config.get("model_type", "")),
        heads=int(config.get("num_attention_heads", 0)),
        hidden=int(config.get("hidden_size", 0)),
    )


def pooling_modes(pooling: dict[str, Any]) -> set[str]:
    """The pooling modes a Pooling config turns on, in either format sentence-transformers writes (pure).

    Older configs set ``pooling_mode_<mode>_token(s)`` flags; newer ones name ``pooling_mode``.
    With neither, sentence-transformers pools by mean.
    """
    named = pooling.get("pooling_mode")
    modes = set([named] if isinstance(named, str) else named or [])
    for key, value in pooling.items():
        if key.startswith("pooling_mode_") and value is True:
            modes.add(key.removeprefix("pooling_mode_").removesuffix("_tokens").removesuffix("_token"))
    return modes or {"mean"}


def ensure_exported(folder: Path, cache: Path) -> OnnxModel:
    """Export ``folder`` into ``cache`` on first use (about 30 s); later calls return at once.

    Raises:
        ModelError: the folder cannot be exported, onnxruntime is missing, or the exported
            graph's vectors differ from torch's.
    """
    layout = describe(folder)
    target = cache / f"{folder.name}-{_export_key(folder)}"
    exported = layout.at(target)
    failed = target.with_name(target.name + ".failed")
    if (target / META).is_file():
        remove_superseded(target, META, _wanted, EXPORT_VERSION)  # an earlier recipe's, a week on
        return exported
    if failed.is_file():
        raise ModelError(
            f"An earlier ONNX export of {folder} failed ({failed.read_text(encoding='utf-8').strip()}). "
            f"Set PADDOCKQA_BACKEND=torch to stop trying, or delete {failed} to try again."
        )
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        remove_stale(target.parent)
        work = Path(tempfile.mkdtemp(prefix=".export-", dir=target.parent))
    except OSError as exc:
        raise ModelError(f"Cannot write the ONNX export under {cache}: {exc}. Check PADDOCKQA_HOME.") from exc
    try:
        try:
            _export(folder, layout, work)
            shutil.copy2(folder / "tokenizer.json", work / "tokenizer.json")
            _check(folder, layout.at(work))
        except ModelError as exc:
            failed.write_text(f"{exc}\n", encoding="utf-8")
            raise
        except Exception as exc:  # noqa: BLE001 - torch's exporter and the optimizer fail in many ways; all mean "no ONNX"
            failed.write_text(f"{type(exc).__name__}: {exc}\n", encoding="utf-8")
            raise ModelError(f"The ONNX export of {folder} failed: {type(exc).__name__}: {exc}") from exc
        publish(work, target, META, {"source": str(folder.resolve())}, EXPORT_VERSION)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    remove_superseded(target, META, _wanted, EXPORT_VERSION)
    return exported


def _wanted(export: Path, stamp: Mapping[str, Any]) -> bool:
    """Whether the model folder an embedder export of this recipe records would still be
    exported to it (``remove_superseded`` judges other recipes' by their version).

    The name ends with the key (its start is the folder's name as the user gave it, a
    symbolic link's, say).
    """
    source = Path(str(stamp["source"]))
    return export.name.endswith("-" + _export_key(source, stamp["onnxruntime"], EXPORT_VERSION))


def precision_tag(precision: str) -> str:
    """What an index records of the weights that embedded it (pure): ``fp32``, or ``int8+<recipe>``
    so that vectors of an earlier int8 recipe are never mixed with this one's (``INT8_RECIPE``)."""
    return f"int8+{INT8_RECIPE}" if precision == "int8" else precision


def newer_int8(recorded: str, wanted: str) -> bool:
    """Whether ``recorded`` names a later int8 recipe than ``wanted`` (pure): ``int8+3`` against
    ``int8+2``. Recipe 1 recorded ``int8``; fp32 is no recipe."""

    def recipe(tag: str) -> int | None:
        if tag == "int8":
            return 1
        number = tag.removeprefix("int8+")
        return int(number) if number != tag and number.isdigit() else None

    old, new = recipe(recorded), recipe(wanted)
    return old is not None and new is not None and old > new


def quantised(exported: OnnxModel) -> Path:
    """The exported graph with int8 weights (dynamic quantisation, per channel), made beside it on
    first use (about 30 s) and kept only if its vectors stay within ``MIN_INT8_COSINE`` of fp32's.
    The products ``outlier_products`` names stay in fp32. An earlier recipe's int8 graph in the
    folder (and its ``.failed`` mark) is removed once this one has been in place for
    ``GRACE_SECONDS``, as earlier exports are (``remove_superseded``): until then a process of the
    earlier PaddockQA still running may load it again (after ``Embedder.release``).

    Raises:
        ModelError: onnxruntime cannot quantise the graph, or the vectors moved too far.
    """
    target = exported.folder / INT8_GRAPH
    if target.is_file():
        _remove_earlier_int8(target)
        return target
    failed = target.with_suffix(".failed")
    if failed.is_file():  # measured once: not worth 30 s at every start
        reason = failed.read_text(encoding="utf-8").strip()
        raise ModelError(f"{reason} Set PADDOCKQA_PRECISION=fp32, or delete {failed} to try again.")
    from paddockqa.embedding import OnnxEmbedder

    for stale in exported.folder.glob(".model-int8*.tmp"):  # left by a process killed while quantising
        with contextlib.suppress(OSError):
            if time.time() - stale.stat().st_mtime > STALE_SECONDS:
                stale.unlink()
    try:
        handle, name = tempfile.mkstemp(prefix=f".{INT8_GRAPH}.", suffix=".tmp", dir=exported.folder)
    except OSError as exc:  # a read-only model cache
        raise ModelError(f"Cannot write the int8 graph beside {exported.graph}: {exc}.") from exc
    os.close(handle)
    work = Path(name)
    try:
        os.chmod(work, exported.graph.stat().st_mode & 0o666)  # mkstemp makes it private; share it as the export is
        quantise_graph(exported.graph, work, outlier_products(exported))
        full = OnnxEmbedder("probe", exported).encode(PROBE)
        small = OnnxEmbedder("probe", exported, graph=work).encode(PROBE)
        cosine = float(np.min(np.sum(full * small, axis=1)))
        if cosine < MIN_INT8_COSINE:
            reason = f"int8 weights move the vectors of {exported.folder.name} too far (cosine {cosine:.4f})."
            failed.write_text(reason + "\n", encoding="utf-8")
            raise ModelError(reason)
        os.replace(work, target)
    except ModelError:
        raise
    except Exception as exc:  # noqa: BLE001 - onnx and the quantizer fail in many ways; all mean "stay on fp32"
        raise ModelError(f"Cannot quantise {exported.graph} to int8: {type(exc).__name__}: {exc}.") from exc
    finally:
        work.unlink(missing_ok=True)
    return target


def _remove_earlier_int8(target: Path) -> None:
    """Delete earlier recipes' int8 graphs beside ``target`` once it is ``GRACE_SECONDS`` old; never raises."""
    with contextlib.suppress(OSError):
        if not _settled(target):
            return
        for earlier in EARLIER_INT8_GRAPHS:
            (target.parent / earlier).unlink(missing_ok=True)
            (target.parent / earlier).with_suffix(".failed").unlink(missing_ok=True)


def quantise_graph(source: Path, target: Path, kept: list[str]) -> None:
    """Write ``source`` with int8 weights to ``target`` (onnxruntime's dynamic quantisation, per
    channel, its token embedding lookup too), the products named in ``kept`` left in fp32.

    Raises:
        ImportError: onnx or onnxruntime is missing.
        Exception: the quantiser's own errors (onnx and onnxruntime fail in many ways).
    """
    from onnx import TensorProto
    from onnxruntime.quantization import QuantType, quantize_dynamic

    with warnings.catch_warnings(), _quiet_root_logger():
        warnings.simplefilter("ignore")
        quantize_dynamic(
            str(source),
            str(target),
            weight_type=QuantType.QInt8,
            per_channel=True,
            nodes_to_exclude=kept,
            # The optimizer's fused nodes carry no inferred types; their outputs are float.
            extra_options={"DefaultTensorType": TensorProto.FLOAT},
        )


def outlier_products(exported: OnnxModel, texts: list[str] | None = None) -> list[str]:
    """``outlier_products_in`` the embedder's graph over ``texts`` (default ``PROBE``), one
    padded batch. multilingual-e5-small gives the FFN output projections of layers 0, 4 and 5.

    Raises:
        ImportError: onnx or onnxruntime is missing.
        RuntimeError, OSError, ValueError: the graph cannot be read or run.
    """
    encodings = exported.batch_tokenizer().encode_batch(list(texts or PROBE))
    ids = np.array([e.ids for e in encodings], dtype=np.int64)
    mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
    return outlier_products_in(exported.graph, ids, mask)


def outlier_products_in(graph_path: Path, ids: np.ndarray, mask: np.ndarray) -> list[str]:
    """The names of the graph's matrix products (``MatMul`` and fused ``Attention`` nodes, the
    ones dynamic quantisation turns to int8) whose input carries outlier features: over the real
    tokens of the batch ``ids`` / ``mask`` (tokens, int64, shape (texts, tokens)), its largest
    |value| is more than ``OUTLIER_RATIO`` times its 99.9th percentile.

    Only products by a weight matrix (an initializer as second input) whose input is a
    (batch, tokens, features) tensor are measured. The graph is read without its external data
    (the token embedding matrix stays in its file) and run once with those inputs as extra
    outputs, from a temporary copy in the graph's folder, removed once loaded (named as
    ``quantised``'s work files, so that in the embedder's folder a copy left by a killed process
    is swept with them).

    Raises:
        ImportError: onnx or onnxruntime is missing.
        RuntimeError, OSError, ValueError: the graph cannot be read or run.
    """
    import onnx

    graph = onnx.load(str(graph_path), load_external_data=False)
    weights = {t.name for t in graph.graph.initializer}
    products = [
        n
        for n in graph.graph.node
        if n.op_type in ("MatMul", "Attention") and len(n.input) > 1 and n.input[1] in weights
    ]
    inputs = list(dict.fromkeys(n.input[0] for n in products if n.input[0] not in weights))
    known = {o.name for o in graph.graph.output}
    for name in inputs:
        if name not in known:
            graph.graph.output.append(onnx.helper.make_tensor_value_info(name, onnx.TensorProto.FLOAT, None))
    handle, path = tempfile.mkstemp(prefix=f".{INT8_GRAPH}.probe-", suffix=".tmp", dir=graph_path.parent)
    os.close(handle)
    try:
        onnx.save(graph, path)  # its tensors still name the data file beside it
        session = cpu_session(Path(path))
    finally:
        os.unlink(path)
    values = session.run(inputs, {"input_ids": ids, "attention_mask": mask})
    live = mask.astype(bool)
    ratios = {}
    for name in inputs:
        value = values.pop(0)  # each array freed once measured
        if value.ndim == 3 and value.shape[:2] == live.shape:
            ratios[name] = _outlier_ratio(value, live)
    return [n.name for n in products if ratios.get(n.input[0], 0.0) > OUTLIER_RATIO]


def _outlier_ratio(values: np.ndarray, mask: np.ndarray) -> float:
    """Largest |value| over the 99.9th percentile of |value|, padding left out (pure).

    ``values``: (batch, tokens, features); ``mask``: (batch, tokens), True on real tokens."""
    magnitudes = np.abs(values[mask])
    typical = float(np.percentile(magnitudes, 99.9))
    return float(magnitudes.max()) / typical if typical > 0 else 0.0


@contextlib.contextmanager
def _quiet_root_logger() -> Any:
    """onnxruntime's quantizer logs a pre-processing hint on the root logger at WARNING."""
    import logging

    root = logging.getLogger()
    level = root.level
    root.setLevel(logging.ERROR)
    try:
        yield
    finally:
        root.setLevel(level)


def _settled(successor: Path) -> bool:
    """Whether ``successor`` (a later recipe's file) has been in place for ``GRACE_SECONDS``, so
    that an earlier recipe's file may go.

    Raises:
        OSError: ``successor`` cannot be read."""
    return time.time() - successor.stat().st_mtime >= GRACE_SECONDS


def remove_superseded(
    keep: Path, meta: str, wanted: Callable[[Path, Mapping[str, Any]], bool], version: int
) -> list[Path]:
    """Delete the exports beside ``keep`` that nothing on disk would ask for again; never raises.

    Each export is a folder holding ``meta``, its stamp (what it was made from and with which
    onnxruntime and recipe, see ``publish``). For an export of this recipe (``version``),
    ``wanted(folder, stamp)`` says whether the sources it records, as they are on disk now,
    would still be exported to that folder by the onnxruntime that made it (another
    environment sharing the cache keeps its own); it may raise OSError when they are gone. An
    export made from files since changed or deleted (an older reader, a deleted clone) is
    removed: at 470-580 MB each they used to pile up. A later recipe's export (a newer
    PaddockQA's) is kept. An earlier recipe's (or one recording none) is removed once ``keep``
    has been in place for ``GRACE_SECONDS``: until then a process of the earlier PaddockQA
    still running may load it again (the embedder, after each rebuild of `index --watch`);
    after, a checkout still at that version exports its own again at its next start, once.
    The folder is first renamed to an ``.export-`` name, atomically, so a removal cut short
    leaves no stamped folder without its graph (``remove_stale`` ends it).

    Returns:
        The folders removed.
    """
    removed = []
    with contextlib.suppress(OSError):
        settled = _settled(keep / meta)
        folders = sorted(keep.parent.iterdir())
        for folder in folders:
            with contextlib.suppress(OSError):
                if folder == keep or folder.name.startswith(".") or not (folder / meta).is_file():
                    continue
                try:
                    stamp = _json(folder / meta)
                    made_by = int(stamp.get("export_version", 0))  # none recorded by the first recipes
                    keep_it = (not settled) if made_by < version else made_by > version or wanted(folder, stamp)
                except (OSError, ValueError, TypeError, AttributeError, LookupError):
                    keep_it = False  # the sources are gone, or the stamp is not one this version reads
                if keep_it:
                    continue
                doomed = folder.with_name(f".export-removed-{folder.name}-{os.getpid()}")
                os.replace(folder, doomed)
                removed.append(folder)
                shutil.rmtree(doomed, ignore_errors=True)
    return removed


def publish(work: Path, target: Path, meta: str, stamp: Mapping[str, object], version: int) -> None:
    """Mark a finished export with its ``meta`` file and rename it into place atomically.

    The stamp also records the onnxruntime and the recipe ``version`` that made the export,
    by which ``remove_superseded`` judges it.

    Raises:
        ModelError: the rename failed and no other process has put an export there.
    """
    import onnxruntime

    made_with = {"onnxruntime": onnxruntime.__version__, "export_version": version}
    (work / meta).write_text(json.dumps({**stamp, **made_with}) + "\n", encoding="utf-8")
    work.chmod(0o755)
    try:
        os.replace(work, target)
    except OSError as exc:
        if not (target / meta).is_file():  # another process may have won the race
            raise ModelError(f"Cannot write the ONNX export to {target}: {exc}. Check PADDOCKQA_HOME.") from exc


def cpu_session(graph: Path, threads: int | None = None) -> Any:  # an onnxruntime.InferenceSession
    """An ONNX Runtime session on ``threads`` cores (default: every core this process may use),
    fully optimised.

    Raises:
        ImportError: onnxruntime is not installed.
        RuntimeError, OSError, ValueError: the graph cannot be loaded.
    """
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 1
    options.intra_op_num_threads = threads or cores
    options.log_severity_level = 3  # the optimizer's notes about unused initialisers are noise
    # Idle threads sleep instead of spinning, leaving the cores to FAISS between two questions.
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    return ort.InferenceSession(str(graph), options, providers=["CPUExecutionProvider"])


def _export(folder: Path, layout: _Layout, work: Path) -> None:
    try:
        import onnx
        import torch
        from onnxruntime.transformers.onnx_model import OnnxModel as OnnxGraph
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
        graph = optimize_model(str(raw), model_type="bert", num_heads=layout.heads, hidden_size=layout.hidden)
    else:
        graph = OnnxGraph(onnx.load(str(raw)))
    save_graph(graph, work / GRAPH)
    raw.unlink()


def save_graph(graph: Any, path: Path) -> None:
    """Write ``graph`` (an onnxruntime.transformers ``OnnxModel``) to ``path``, its initializers
    of ``EXTERNAL_BYTES`` or more in ``<path>.data`` beside it.

    ONNX Runtime maps such a file into memory instead of copying it into the session
    (onnxruntime pull requests 11127 and 21682), so a process reads from the 384 MB token
    embedding matrix only the rows of the tokens it meets, and several processes share them
    through the page cache: a process holding the embedder and the reader fell from 1,544 to
    551-582 MB resident (README, "Memory"). The embedder's and the reader's files hold the same
    matrix (the reader's is e5's, frozen) but are not linked into one: onnx refuses to load
    external data with several hard links (a "potential hardlink attack"), and the int8
    quantiser loads the graph through onnx.

    Raises:
        OSError: the files cannot be written.
    """
    graph.save_model_to_file(str(path), use_external_data_format=True, size_threshold=EXTERNAL_BYTES)
    data = path.with_name(path.name + ".data")
    if data.is_file():
        data.chmod(path.stat().st_mode & 0o777)  # onnx writes it private; the cache may be shared like the graph


def _check(folder: Path, exported: OnnxModel) -> None:
    from sentence_transformers import SentenceTransformer

    from paddockqa.embedding import OnnxEmbedder

    expected = np.asarray(SentenceTransformer(str(folder), device="cpu").encode(PROBE, normalize_embeddings=True))
    got = OnnxEmbedder("probe", exported).encode(PROBE)
    if expected.shape != got.shape:
        raise ModelError(f"The ONNX export of {folder} gives vectors of shape {got.shape}, torch {expected.shape}.")
    cosine = float(np.min(np.sum(expected * got, axis=1)))
    if cosine < MIN_COSINE:
        raise ModelError(f"The ONNX export of {folder} gives other vectors than torch (cosine {cosine:.5f}).")


def _export_key(folder: Path, runtime: str | None = None, version: int = EXPORT_VERSION) -> str:
    """Changes with the model's files, the recipe and onnxruntime (``runtime``, default the
    installed one), so any of them re-exports."""
    import onnxruntime

    stamps = sorted(f"{p.name}:{p.stat().st_size}:{p.stat().st_mtime_ns}" for p in _keyed_files(folder))
    parts = [str(folder.resolve()), f"v{version}", runtime or onnxruntime.__version__, *stamps]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:12]


def _keyed_files(folder: Path) -> list[Path]:
    """The files of a model folder whose changes make a new export."""
    keyed = {"config.json", "tokenizer.json"}
    return [p for p in folder.iterdir() if p.suffix in {".safetensors", ".bin"} or p.name in keyed]


def remove_stale(parent: Path) -> None:
    """Temporary folders of exports killed midway (each holds a ~500 MB graph)."""

    for work in parent.glob(".export-*"):
        with contextlib.suppress(OSError):
            if time.time() - work.stat().st_mtime > STALE_SECONDS:
                shutil.rmtree(work, ignore_errors=True)


def _json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))
