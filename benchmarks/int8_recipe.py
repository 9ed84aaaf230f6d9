"""int8 weights, two recipes, against fp32: how far the vectors move and how fast they come.

``PADDOCKQA_PRECISION=int8`` runs the embedder's ONNX graph with int8 weights made by
onnxruntime's dynamic quantisation, per channel. Recipe 1 (up to 2026-12-03) turned every
matrix product to int8; recipe 2 (``onnx_export.quantised``) keeps in fp32 the products whose
input carries outlier features (``onnx_export.outlier_products``: three of 48). This script
makes a recipe-1 graph in a temporary folder, takes the cached fp32 and recipe-2 graphs, and
embeds the same PIAF paragraphs (passages) and their sentences with each graph, the graphs
alternated over ``--rounds``. It reports each graph's cosine with fp32's vectors (mean and
lowest) and its speed, as texts per second and as a ratio to fp32 in the same round.

Prints a Markdown table and writes ``benchmarks/results/int8_recipe.json``.

    .venv/bin/python benchmarks/int8_recipe.py [--passages 200] [--sentences 800] [--rounds 2]
"""

from __future__ import annotations

import argparse
import gzip
import json
import platform
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from paddockqa.config import DEFAULT_MODEL, load_settings  # noqa: E402
from paddockqa.embedding import OnnxEmbedder, load_embedder  # noqa: E402
from paddockqa.onnx_export import quantised  # noqa: E402

CORPUS = ROOT.parent / "shared" / "data" / "piaf-dev" / "piaf-v1.1-corpus.jsonl.gz"


def texts(passages: int, sentences: int) -> tuple[list[str], list[str]]:
    """The first ``passages`` paragraphs of PIAF's corpus file and up to ``sentences`` of their
    sentences of 20 characters or more (split after . ! ?)."""
    with gzip.open(CORPUS, "rt", encoding="utf-8") as lines:
        paragraphs = [json.loads(line)["text"] for _, line in zip(range(passages), lines)]
    split = [s for p in paragraphs for s in re.split(r"(?<=[.!?])\s+", p) if len(s) >= 20]
    return paragraphs, split[:sentences]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--passages", type=int, default=200)
    parser.add_argument("--sentences", type=int, default=800)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    if not CORPUS.is_file():
        sys.exit(f"{CORPUS} is missing: this benchmark needs PIAF (../shared/data).")
    settings = load_settings(env={}, cwd=ROOT)
    fp32 = load_embedder(DEFAULT_MODEL, settings.model_cache, precision="fp32")
    assert isinstance(fp32, OnnxEmbedder), "the ONNX backend is needed (run `make model`)"
    exported = fp32._exported
    recipe2 = quantised(exported)
    from onnx import TensorProto
    from onnxruntime.quantization import QuantType, quantize_dynamic

    passages, sentences = texts(args.passages, args.sentences)
    with tempfile.TemporaryDirectory() as work:
        recipe1 = Path(work) / "model-int8.onnx"
        print("Making a recipe-1 graph (every product in int8)…", file=sys.stderr)
        quantize_dynamic(
            str(exported.graph),
            str(recipe1),
            weight_type=QuantType.QInt8,
            per_channel=True,
            extra_options={"DefaultTensorType": TensorProto.FLOAT},
        )
        graphs = {
            "fp32": fp32,
            "int8, recipe 1 (every product)": OnnxEmbedder("recipe1", exported, graph=recipe1),
            "int8, recipe 2 (outlier inputs in fp32)": OnnxEmbedder("recipe2", exported, graph=recipe2),
        }
        vectors: dict[str, dict[str, np.ndarray]] = {}
        seconds: dict[str, dict[str, list[float]]] = {name: {"passages": [], "sentences": []} for name in graphs}
        for round_ in range(args.rounds):
            order = list(graphs) if round_ % 2 == 0 else list(reversed(graphs))
            for name in order:
                for kind, batch in (("passages", passages), ("sentences", sentences)):
                    start = time.perf_counter()
                    out = graphs[name].embed_documents(batch)
                    seconds[name][kind].append(time.perf_counter() - start)
                    vectors.setdefault(name, {})[kind] = out
    rows = []
    for name in graphs:
        row: dict[str, object] = {"graph": name}
        for kind, batch in (("passages", passages), ("sentences", sentences)):
            cosines = np.sum(vectors[name][kind] * vectors["fp32"][kind], axis=1)
            ratios = [f / s for f, s in zip(seconds["fp32"][kind], seconds[name][kind])]
            row[f"{kind}_cosine_mean"] = round(float(cosines.mean()), 5)
            row[f"{kind}_cosine_min"] = round(float(cosines.min()), 5)
            row[f"{kind}_per_s"] = [round(len(batch) / s, 1) for s in seconds[name][kind]]
            row[f"{kind}_speed_vs_fp32"] = [round(r, 2) for r in ratios]
        rows.append(row)
    print(f"\n{len(passages)} PIAF paragraphs and {len(sentences)} of their sentences, {args.rounds} rounds\n")
    print(
        "| graph | passages: cosine with fp32 mean / lowest | passages/s | x fp32 "
        "| sentences: cosine mean / lowest | sentences/s | x fp32 |"
    )
    print("|---|---|---|---|---|---|---|")
    for row in rows:
        cells = [str(row["graph"])]
        for kind in ("passages", "sentences"):
            cells.append(f"{row[f'{kind}_cosine_mean']:.5f} / {row[f'{kind}_cosine_min']:.5f}")
            cells.append("; ".join(str(v) for v in row[f"{kind}_per_s"]))  # type: ignore[attr-defined]
            cells.append("; ".join(f"{v:.2f}" for v in row[f"{kind}_speed_vs_fp32"]))  # type: ignore[attr-defined]
        print("| " + " | ".join(cells) + " |")
    out = ROOT / "benchmarks" / "results" / "int8_recipe.json"
    out.write_text(
        json.dumps(
            {
                "machine": platform.processor() or platform.machine(),
                "passages": len(passages),
                "sentences": len(sentences),
                "rounds": args.rounds,
                "mean_speed_vs_fp32": {
                    r["graph"]: round(statistics.mean(r["passages_speed_vs_fp32"]), 2)  # type: ignore[arg-type]
                    for r in rows
                },
                "rows": rows,
            },
            indent=2,
        )
        + "\n",
        encoding="utf-8",
    )
    print(f"\nWritten: {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
