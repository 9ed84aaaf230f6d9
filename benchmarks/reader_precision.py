"""The reader with int8 weights against the shipped fp32 graph: how far the logits move and how fast it reads.

The shipped reader runs on ONNX Runtime in fp32. This script makes an int8 twin of its graph
in a temporary folder with the embedder's int8 recipe (``onnx_export.quantise_graph``:
onnxruntime's dynamic quantisation, per channel, the token embedding lookup too, the products
whose input carries outlier features over the export's probe left in fp32,
``onnx_export.outlier_products_in``), and reads the same piaf-dev questions with their gold
paragraph with each graph, the graphs alternated over ``--rounds`` (two passages a call, as
``ask`` reads them). It reports, per graph, the milliseconds per passage and the ratio to
fp32's in the same round; and for int8, how far its answerable logits move from fp32's (mean,
95th percentile, largest) and how often its best span is fp32's. ``--keep FOLDER`` keeps the
int8 graph there (with the tokenizer and config, an export folder ``reader.OnnxReader`` loads),
to measure it end to end.

What the move costs end to end was measured with ``paddockqa eval`` and
``benchmarks/calibrate_reader.py`` on such a folder (README, "The reader", "What it costs").

Prints a Markdown table and writes ``benchmarks/results/reader_precision.json``.

    .venv/bin/python benchmarks/reader_precision.py [--questions 150] [--rounds 2] [--keep FOLDER]
"""

from __future__ import annotations

import argparse
import gzip
import json
import platform
import shutil
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from paddockqa.config import load_settings  # noqa: E402
from paddockqa.model_convert import CONVERTED_FOLDER, ensure_converted  # noqa: E402
from paddockqa.onnx_export import outlier_products_in, quantise_graph  # noqa: E402
from paddockqa.reader import GRAPH, OnnxReader, best_span  # noqa: E402
from paddockqa.reader_export import PROBE, SHIPPED, ensure_reader_exported  # noqa: E402
from paddockqa.reader_model import CONFIG_FILE, windows  # noqa: E402

DEV = ROOT.parent / "shared" / "data" / "piaf-dev"


def pairs(limit: int) -> list[tuple[str, str]]:
    """The first ``limit`` piaf-dev questions with their gold paragraph."""
    with gzip.open(DEV / "piaf-v1.1-corpus.jsonl.gz", "rt", encoding="utf-8") as lines:
        texts = {d["id"]: d["text"] for d in map(json.loads, lines)}
    with gzip.open(DEV / "piaf-dev-questions.jsonl.gz", "rt", encoding="utf-8") as lines:
        questions = [json.loads(line) for _, line in zip(range(limit), lines)]
    return [(q["question"], texts[q["gold_paragraph_id"]]) for q in questions]


def timed(reader: OnnxReader, work: list[tuple[str, str]]) -> float:
    """Milliseconds per passage reading ``work`` two passages a call (the question's gold
    paragraph and the next question's)."""
    began = time.perf_counter()
    for i, (question, passage) in enumerate(work):
        reader.read(question, [passage, work[(i + 1) % len(work)][1]])
    return (time.perf_counter() - began) * 1000 / (2 * len(work))


def logits(reader: OnnxReader, work: list[tuple[str, str]]) -> list[tuple[float, tuple[int, int] | None]]:
    """Each pair's answerable logit and best span (characters), its first window read alone."""
    out = []
    for question, passage in work:
        window = windows(reader._tokenizer, question, passage, reader.config)[0]
        start, end, answerable = reader.run(*reader.batch([window]))
        n = len(window.ids)
        span = best_span(start[0, :n], end[0, :n], window, passage=passage)
        out.append((float(answerable[0]), (span[0], span[1]) if span else None))
    return out


def int8_twin(fp32: OnnxReader, folder: Path, target: Path) -> tuple[OnnxReader, list[str]]:
    """The int8 graph of the export in ``folder``, made in ``target``, and the products kept in fp32."""
    probe = [windows(fp32._tokenizer, q, p, fp32.config)[0] for q, p in PROBE]
    kept = outlier_products_in(folder / GRAPH, *fp32.batch(probe))
    quantise_graph(folder / GRAPH, target / GRAPH, kept)
    for name in ("tokenizer.json", CONFIG_FILE):
        shutil.copy2(folder / name, target / name)
    return OnnxReader(target), kept


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--questions", type=int, default=150)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--keep", type=Path, default=None, help="keep the int8 export folder here")
    args = parser.parse_args()
    if not DEV.is_dir():
        sys.exit(f"{DEV} is missing: this benchmark needs PIAF (../shared/data).")
    settings = load_settings(env={}, cwd=ROOT)
    base = ensure_converted(settings.model_cache / CONVERTED_FOLDER)
    folder = ensure_reader_exported(base, SHIPPED, settings.model_cache / "onnx")  # made on first use
    fp32 = OnnxReader(folder)
    work = pairs(args.questions)
    with tempfile.TemporaryDirectory(prefix="reader-int8-") as scratch:
        target = args.keep or Path(scratch)
        target.mkdir(parents=True, exist_ok=True)
        int8, kept = int8_twin(fp32, folder, target)
        readers = {"fp32": fp32, "int8": int8}
        for reader in readers.values():
            timed(reader, work[:4])  # warm: the first runs allocate
        rounds = [{name: timed(reader, work) for name, reader in readers.items()} for _ in range(args.rounds)]
        full, small = logits(fp32, work), logits(int8, work)
    gaps = np.array([abs(a[0] - b[0]) for a, b in zip(full, small)])
    same = sum(a[1] == b[1] for a, b in zip(full, small))
    rows = []
    for name in readers:
        rows.append(
            {
                "graph": name,
                "ms_per_passage": [r[name] for r in rounds],
                "speed_vs_fp32": [r["fp32"] / r[name] for r in rounds],
            }
        )
    result = {
        "questions": len(work),
        "rounds": args.rounds,
        "graphs": rows,
        "kept_in_fp32": kept,
        "answerable_gap": {"mean": float(gaps.mean()), "p95": float(np.percentile(gaps, 95)), "max": float(gaps.max())},
        "same_best_span": same / len(work),
        "machine": platform.processor() or platform.machine(),
    }
    print(f"{len(work)} piaf-dev questions with their gold paragraph, {args.rounds} rounds alternated\n")
    print("| graph | ms per passage (each round) | speed vs fp32 |")
    print("|---|---|---|")
    for row in rows:
        ms = " / ".join(f"{m:.1f}" for m in row["ms_per_passage"])
        ratio = " / ".join(f"{r:.2f}x" for r in row["speed_vs_fp32"])
        print(f"| {row['graph']} | {ms} | {ratio} |")
    g = result["answerable_gap"]
    print(
        f"\nint8 ({len(kept)} products kept in fp32) answerable logit vs fp32: mean gap {g['mean']:.3f}, "
        f"p95 {g['p95']:.3f}, max {g['max']:.3f}; best span the same for {same} of {len(work)}"
    )
    out = ROOT / "benchmarks" / "results" / "reader_precision.json"
    out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"\nwritten to {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
