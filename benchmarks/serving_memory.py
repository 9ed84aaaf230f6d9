"""What the models cost a serving process: resident memory and speed, before and after sharing.

A process that answers (`serve`, `ask`, `chat`) holds the embedder and the reader. Both are
multilingual-e5-small underneath: the same 250,037 x 384 token embedding matrix (384 MB in
fp32) and the same tokenizer (about 290 MB once loaded). Two layouts, each in fresh
processes, alternated ``--runs`` times:

- ``before``: each graph holds its embedding matrix inline (ONNX Runtime copies it into the
  session) and each model loads its own tokenizer (the layout up to 2026-12-03; made here
  by re-saving the current exports' graphs inline into a temporary folder);
- ``now``: the matrix in a file beside each graph, which ONNX Runtime maps into memory
  (``onnx_export.save_graph``), and one tokenizer vocabulary shared by both models
  (``vocabulary.load_tokenizer``).

Each process loads both models, embeds the bundled corpus's passages, reads the first three
passages for each of five questions, and reports its resident memory after loading, after
the work, and at its peak (VmHWM), with the time per passage embedded and per question read.
Prints a Markdown table and writes ``benchmarks/results/serving_memory.json``.

    .venv/bin/python benchmarks/serving_memory.py [--runs 3]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from paddockqa.onnx_export import OnnxModel  # noqa: E402

QUESTIONS = [
    "Quel âge a Philippe Gaillard ?",
    "D'où est originaire Romain Dumas ?",
    "Combien de pole positions Philippe Gaillard a-t-il signées ?",
    "Pour quelle équipe Romain Dumas court-il le Petit Le Mans ?",
    "Who won the championship?",
]
LAYOUTS = ("before", "now")


def memory_mb() -> dict[str, float]:
    """VmRSS and VmHWM of this process, MB."""
    found = {}
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            key = line.split(":")[0]
            if key in ("VmRSS", "VmHWM"):
                found[key] = int(line.split()[1]) / 1024
    return found


def passages() -> list[str]:
    """The bundled corpus's text files, cut into passages of about 1,000 characters."""
    out = []
    for path in sorted((ROOT / "corpus").rglob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        out += [text[i : i + 1000] for i in range(0, len(text), 1000) if text[i : i + 1000].strip()]
    return out


def child(layout: str, embedder_folder: Path, reader_folder: Path) -> dict[str, float]:
    """Load both models as ``layout`` does, work, and measure (runs in its own process)."""
    from tokenizers import Tokenizer

    from paddockqa import vocabulary
    from paddockqa.config import DEFAULT_MODEL
    from paddockqa.embedding import OnnxEmbedder
    from paddockqa.reader import OnnxReader

    if layout == "before":  # each model its own tokenizer, as before vocabulary.py
        vocabulary.load_tokenizer = lambda path: Tokenizer.from_file(str(path))
    texts = passages()
    exported = replace(exports()[0], folder=embedder_folder)
    started = time.perf_counter()
    embedder = OnnxEmbedder(DEFAULT_MODEL, exported)
    reader = OnnxReader(reader_folder)
    loaded_s = time.perf_counter() - started
    loaded = memory_mb()["VmRSS"]
    started = time.perf_counter()
    embedder.embed_documents(texts)
    embed_s = time.perf_counter() - started
    started = time.perf_counter()
    for question in QUESTIONS:
        embedder.embed_query(question)
        reader.read(question, texts[:3])
    read_s = time.perf_counter() - started
    after = memory_mb()
    return {
        "load_s": loaded_s,
        "rss_loaded_mb": loaded,
        "rss_after_mb": after["VmRSS"],
        "peak_rss_mb": after["VmHWM"],
        "embed_ms_per_passage": 1000 * embed_s / len(texts),
        "read_ms_per_question": 1000 * read_s / len(QUESTIONS),
        "passages": len(texts),
    }


def exports() -> tuple[OnnxModel, Path]:
    """The embedder's and the reader's exports in the model cache, made on first use."""
    from paddockqa.config import load_settings
    from paddockqa.model_convert import CONVERTED_FOLDER, ensure_converted
    from paddockqa.onnx_export import ensure_exported
    from paddockqa.reader_export import SHIPPED, ensure_reader_exported

    cache = load_settings().model_cache
    base = ensure_converted(cache / CONVERTED_FOLDER)
    return ensure_exported(base, cache / "onnx"), ensure_reader_exported(base, SHIPPED, cache / "onnx")


def inline_copy(source: Path, graph: str, target: Path) -> Path:
    """``source``'s export with its graph re-saved with every initializer inside it."""
    import onnx

    target.mkdir(parents=True)
    for path in source.iterdir():
        if path.is_file() and path.name not in (graph, graph + ".data"):
            shutil.copy2(path, target / path.name)
    onnx.save_model(onnx.load(str(source / graph)), str(target / graph))
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3, help="fresh processes per layout, alternated")
    parser.add_argument("--child", choices=LAYOUTS, help=argparse.SUPPRESS)
    parser.add_argument("--embedder", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--reader", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child, args.embedder, args.reader)))
        return

    from paddockqa.reader import GRAPH as READER_GRAPH

    exported, reader_folder = exports()
    with tempfile.TemporaryDirectory(prefix="serving-memory-") as tmp:
        folders = {
            "now": (exported.folder, reader_folder),
            "before": (
                inline_copy(exported.folder, exported.graph.name, Path(tmp) / "embedder"),
                inline_copy(reader_folder, READER_GRAPH, Path(tmp) / "reader"),
            ),
        }
        runs: dict[str, list[dict[str, float]]] = {name: [] for name in LAYOUTS}
        for _ in range(args.runs):
            for name in LAYOUTS:
                embedder_folder, reader_dir = folders[name]
                command = [sys.executable, __file__, "--child", name, "--embedder", str(embedder_folder)]
                done = subprocess.run(
                    [*command, "--reader", str(reader_dir)], capture_output=True, text=True, check=True
                )
                runs[name].append(json.loads(done.stdout.strip().splitlines()[-1]))
    medians = {name: {k: statistics.median(r[k] for r in runs[name]) for k in runs[name][0]} for name in LAYOUTS}
    rows = [
        ("resident memory after loading both models (MB)", "rss_loaded_mb", "{:.0f}"),
        ("resident memory after the work (MB)", "rss_after_mb", "{:.0f}"),
        ("peak resident memory (MB)", "peak_rss_mb", "{:.0f}"),
        ("loading both models (s)", "load_s", "{:.2f}"),
        ("embedding, per passage (ms)", "embed_ms_per_passage", "{:.1f}"),
        ("reading 3 passages, per question (ms)", "read_ms_per_question", "{:.1f}"),
    ]
    print(f"| medians of {args.runs} fresh processes each | before | now | now / before |")
    print("|---|---|---|---|")
    for label, key, form in rows:
        before, now = medians["before"][key], medians["now"][key]
        print(f"| {label} | {form.format(before)} | {form.format(now)} | {now / before:.2f} |")
    result = {
        "machine": f"{platform.machine()}, {len(os.sched_getaffinity(0))} cores",
        "passages": int(medians["now"]["passages"]),
        "questions": len(QUESTIONS),
        "runs": args.runs,
        "medians": medians,
        "each_run": runs,
    }
    out = ROOT / "benchmarks" / "results" / "serving_memory.json"
    out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"\nWritten to {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
