"""Benchmark PaddockQA on the bundled press corpus and its gold set.

Measures, in one process on this machine: model load, full index build, rebuild of an
unchanged corpus, answer latency (p50/p95, warm), and gold-set quality for several chunk
sizes side by side. Prints a Markdown table and writes benchmarks/results/latest.json.

    .venv/bin/python benchmarks/run.py
"""

from __future__ import annotations

import json
import platform
import shutil
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from paddockqa.config import Settings  # noqa: E402
from paddockqa.pipeline import Pipeline  # noqa: E402
from paddockqa.text import collapse_whitespace  # noqa: E402

CHUNK_SIZES = [(300, 50), (600, 100), (1000, 150)]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def evaluate(pipeline: Pipeline, gold: list[dict]) -> dict:
    latencies, doc_ok, passage_ok, quote_ok, refused_ok, wrongly_refused = [], 0, 0, 0, 0, 0
    answerable = [g for g in gold if g["answerable"]]
    for g in gold:
        began = time.perf_counter()
        answer = pipeline.ask(g["question"])
        latencies.append((time.perf_counter() - began) * 1000)
        if not g["answerable"]:
            refused_ok += not answer.answered
            continue
        wrongly_refused += not answer.answered
        first = answer.citations[0] if answer.citations else None
        span = collapse_whitespace(g["answer"])
        doc_ok += bool(first and first.source == g["source"])
        passage_ok += bool(first and span in collapse_whitespace(first.passage))
        quote_ok += any(span in c.quote for c in answer.citations)
    n = len(answerable)
    return {
        "questions": len(gold),
        "doc_at_1": round(doc_ok / n, 3),
        "answer_in_first_passage": round(passage_ok / n, 3),
        "answer_sentence_quoted": round(quote_ok / n, 3),
        "answerable_refused": wrongly_refused,
        "unanswerable_refused": f"{refused_ok}/{len(gold) - n}",
        "latency_ms_p50": round(statistics.median(latencies), 1),
        "latency_ms_p95": round(percentile(latencies, 0.95), 1),
    }


def main() -> None:
    gold = [json.loads(x) for x in (ROOT / "tests/data/gold_press.jsonl").read_text(encoding="utf-8").splitlines()]
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
        pipe.ask("Question de chauffe ?")  # first query loads the index
        row = {
            "chunk_size": size,
            "chunk_overlap": overlap,
            "chunks": build.chunks,
            "build_s": round(build.seconds, 2),
            "rebuild_unchanged_s": round(unchanged.seconds, 3),
            **evaluate(pipe, gold),
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
