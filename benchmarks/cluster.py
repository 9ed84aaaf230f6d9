"""Benchmark `paddockqa index --ray` on a local Ray against the local build, at 2,000 documents.

The corpus is the one ``benchmarks/sync.py`` writes from PIAF (one to three paragraphs of a
Wikipedia article per document, in mixed formats: .txt, .md, .html, .docx, .pdf). In one run,
each build from an empty index, in this process, with the real model:

1. the local build (ONNX Runtime on both cores, as `paddockqa index`);
2. the build on a local Ray as `index --ray` makes it (1 embedding actor on both cores), Ray's
   start included;
3. the same with 2 actors of 1 core each, then 1 actor of 1 core, which gives one worker's
   throughput for the projection.

Each row gives the wall time, passages per second, the overhead against the local build, and
the time in each stage (reading, chunking, embedding, saving: from the first to the last
progress report of each). The Ray indexes are compared with the local one (same documents,
passages, sentences; largest vector difference). The projection for N workers keeps the
driver's stages (planning, chunking, saving) as they are and divides reading and embedding by
N (Amdahl's law over the 1-worker run).

Prints a Markdown table and writes benchmarks/results/cluster.json.

    .venv/bin/python benchmarks/cluster.py [--documents 2000]
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from sync import write_corpus  # noqa: E402

from paddockqa.cluster import connect  # noqa: E402
from paddockqa.config import Settings  # noqa: E402
from paddockqa.pipeline import Pipeline  # noqa: E402
from paddockqa.store import load_index  # noqa: E402

STAGES = ("reading", "chunking", "embedding", "saving")


class Stages:
    """Progress callback keeping each stage's first and last report (seconds since start)."""

    def __init__(self) -> None:
        self.began = time.perf_counter()
        self.spans: dict[str, list[float]] = {}

    def __call__(self, stage: str, done: int, total: int) -> None:
        now = time.perf_counter() - self.began
        span = self.spans.setdefault(stage, [now, now])
        span[1] = now

    def seconds(self, stage: str) -> float:
        first, last = self.spans.get(stage, [0.0, 0.0])
        return last - first


def build(settings: Settings, workers: int | None, threads: int = 1) -> dict:
    stages = Stages()
    if workers is None:
        report = Pipeline(settings).build(stages)
        wall = time.perf_counter() - stages.began
    else:
        with connect(workers=workers, threads=threads) as cluster:
            pipeline = Pipeline(settings)
            pipeline.cluster = cluster
            report = pipeline.build(stages)
            wall = time.perf_counter() - stages.began
    return {
        "build": "local" if workers is None else f"local Ray, {workers} x {threads} core{'s' if threads > 1 else ''}",
        "workers": workers,
        "threads": threads,
        "wall_s": wall,
        "passages": report.chunks,
        "sentences_embedded": report.embedded_sentences,
        "passages_per_s": report.chunks / wall,
        "stages_s": {s: stages.seconds(s) for s in STAGES},
        "index": str(settings.index),
    }


def compare(local: Path, other: Path) -> dict:
    a, b = load_index(local), load_index(other)
    same = [replace(d, indexed_at="") for d in a.manifest.documents] == [
        replace(d, indexed_at="") for d in b.manifest.documents
    ]
    same = same and list(a.chunks) == list(b.chunks) and list(a.sentences) == list(b.sentences)
    gap = 0.0
    for x, y in ((a.vectors, b.vectors), (a.sentence_vectors, b.sentence_vectors)):
        gap = max(gap, float(np.abs(x.reconstruct_n(0, x.ntotal) - y.reconstruct_n(0, y.ntotal)).max()))
    return {"same_records": same, "max_vector_difference": gap}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--documents", type=int, default=2000)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="paddockqa-cluster-"))
    corpus = work / "corpus"
    write_corpus(corpus, args.documents - 1)
    base = Settings(corpus=corpus, index=work / "local")
    rows = [build(base, None)]
    for workers, threads in ((1, 2), (2, 1), (1, 1)):
        row = build(replace(base, index=work / f"ray-{workers}x{threads}"), workers, threads)
        row.update(compare(base.index, Path(row["index"])))
        rows.append(row)
    local = rows[0]["wall_s"]
    for row in rows:
        row["overhead"] = row["wall_s"] / local - 1
    one = rows[3]
    parallel = one["stages_s"]["reading"] + one["stages_s"]["embedding"]
    serial = one["wall_s"] - parallel
    projection = {n: one["passages"] / (serial + parallel / n) for n in (1, 2, 4, 8, 16, 64)}

    print(
        f"\n{args.documents} documents, {rows[0]['passages']} passages; {platform.processor() or platform.machine()}\n"
    )
    print("| build | wall s | passages/s | vs local | reading s | chunking s | embedding s | saving s | same index |")
    print("|---|---|---|---|---|---|---|---|---|")
    for row in rows:
        s = row["stages_s"]
        same = (
            "" if "same_records" not in row else f"{row['same_records']}, max diff {row['max_vector_difference']:.1e}"
        )
        print(
            f"| {row['build']} | {row['wall_s']:.1f} | {row['passages_per_s']:.1f} | {row['overhead']:+.0%} | "
            f"{s['reading']:.1f} | {s['chunking']:.1f} | {s['embedding']:.1f} | {s['saving']:.1f} | {same} |"
        )
    print(f"\nProjection over the 1-worker run (serial {serial:.1f} s, parallel {parallel:.1f} s):")
    print("| workers | " + " | ".join(str(n) for n in projection) + " |")
    print("|---|" + "---|" * len(projection))
    print("| passages/s | " + " | ".join(f"{v:.0f}" for v in projection.values()) + " |")
    out = ROOT / "benchmarks" / "results" / "cluster.json"
    result = {"documents": args.documents, "runs": rows, "serial_s": serial, "parallel_s": parallel}
    result["projection_passages_per_s"] = projection
    out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"\nWrote {out}")


if __name__ == "__main__":
    main()
