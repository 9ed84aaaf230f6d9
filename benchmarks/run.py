"""Benchmark PaddockQA on the bundled press corpus and its gold set (eval/press).

Measures, in one process on this machine: model load, full index build, rebuild of an
unchanged corpus, answer latency (p50/p95, warm), and gold-set quality for several chunk
sizes side by side. Prints a Markdown table and writes benchmarks/results/latest.json.

    .venv/bin/python benchmarks/run.py
"""

from __future__ import annotations

import json
import platform
import shutil
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from paddockqa.config import Settings  # noqa: E402
from paddockqa.dataset import load_dataset  # noqa: E402
from paddockqa.evaluation import evaluate  # noqa: E402
from paddockqa.pipeline import Pipeline  # noqa: E402

CHUNK_SIZES = [(300, 50), (600, 100), (1000, 150)]


def quality(settings: Settings, embedder) -> dict:
    """The press gold set (eval/press) through `paddockqa eval`'s own code."""
    report, results = evaluate(load_dataset(ROOT / "eval" / "press"), settings, embedder=embedder)
    answerable = [r for r in results if r.gold is not None]
    unanswerable = [r for r in results if r.gold is None]
    return {
        "right_doc_cited_first": f"{sum(r.cited == r.gold for r in answerable)}/{len(answerable)}",
        "answer_hit@1": round(report.answer_hit_at_1, 3),
        "answerable_refused": sum(not r.answered for r in answerable),
        "unanswerable_refused": f"{sum(not r.answered for r in unanswerable)}/{len(unanswerable)}",
        "latency_ms_p50": round(report.latency_ms_p50, 1),
        "latency_ms_p95": round(report.latency_ms_p95, 1),
    }


def main() -> None:
    work = Path(tempfile.mkdtemp(prefix="paddockqa-bench-"))
    corpus = work / "corpus"
    shutil.copytree(ROOT / "corpus", corpus)
    base = Settings(corpus=corpus, index=work / "index")

    began = time.perf_counter()
    pipeline = Pipeline(base)
    embedder = pipeline.embedder
    model_load = time.perf_counter() - began

    rows = []
    for size, overlap in CHUNK_SIZES:
        settings = replace(base, chunk_size=size, chunk_overlap=overlap, index=work / f"index-{size}")
        pipe = Pipeline(settings, embedder=embedder)
        build = pipe.build()
        unchanged = pipe.build()
        row = {
            "chunk_size": size,
            "chunk_overlap": overlap,
            "chunks": build.chunks,
            "build_s": round(build.seconds, 2),
            "rebuild_unchanged_s": round(unchanged.seconds, 3),
            **quality(replace(settings, home=work / f"home-{size}"), embedder),
        }
        rows.append(row)

    result = {
        "machine": f"{platform.machine()}, {__import__('os').cpu_count()} cores, Python {platform.python_version()}",
        "model": base.model,
        "model_load_s": round(model_load, 2),
        "default_chunk_size": base.chunk_size,
        "rows": rows,
    }
    out = ROOT / "benchmarks/results/latest.json"
    out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    keys = list(rows[0])
    print(f"model load {result['model_load_s']} s ({result['machine']})\n")
    print("| " + " | ".join(keys) + " |")
    print("|" + "---|" * len(keys))
    for row in rows:
        print("| " + " | ".join(str(row[k]) for k in keys) + " |")
    print(f"\nwritten to {out.relative_to(ROOT)}")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
