"""Benchmark the vector index alone at 100k, 300k and 1M vectors: exact against HNSW.

The vectors need not come from the model one by one: a pool of real embeddings (PIAF
sentences, embedded with our model) is mixed pairwise with a little noise, which keeps the
shape of real embedding space (topics, near-duplicates) at any size. The questions are
real PIAF questions, embedded as queries. For each size, side by side in one run:

- exact search (16-bit ``IndexScalarQuantizer``) and HNSW as ``paddockqa.vectors`` builds it: build time,
  search p50/p95 for the 50 passages retrieval asks for, recall@10 and @50 of HNSW
  against exact (ann-benchmarks' definition, ties to 1e-3 count; the share of identical
  ids is reported too);
- size on disk, bytes per vector, and the time and resident memory to load each file
  memory-mapped.

Prints a Markdown table and writes benchmarks/results/scale.json.

    .venv/bin/python benchmarks/scale.py [--sizes 100000,300000,1000000]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import resource
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from paddockqa.config import Settings  # noqa: E402
from paddockqa.embedding import load_embedder  # noqa: E402
from paddockqa.text import split_sentences  # noqa: E402
from paddockqa.vectors import build_vector_index, read_vector_index  # noqa: E402

PIAF = ROOT.parent / "shared" / "data" / "piaf"
POOL = 2000
QUESTIONS = 50
DEPTH = 50  # what retrieval asks each index for


def real_vectors() -> tuple[np.ndarray, np.ndarray]:
    """A pool of sentence embeddings and real question embeddings."""
    settings = Settings()
    embedder = load_embedder(settings.model, settings.model_cache)
    sentences: list[str] = []
    with gzip.open(PIAF / "piaf-v1.1-corpus.jsonl.gz", "rt", encoding="utf-8") as lines:
        for line in lines:
            text = json.loads(line)["text"]
            sentences += [text[a:b] for a, b in split_sentences(text) if b - a > 40]
            if len(sentences) >= POOL:
                break
    with gzip.open(PIAF / "piaf-v1.1-questions.jsonl.gz", "rt", encoding="utf-8") as lines:
        questions = [json.loads(line)["question"] for line, _ in zip(lines, range(QUESTIONS))]
    pool = embedder.embed_documents(sentences[:POOL])
    return pool, np.stack([embedder.embed_query(q) for q in questions])


def synthetic(pool: np.ndarray, count: int, seed: int = 0) -> np.ndarray:
    """``count`` unit vectors, each a noisy mix of two pool vectors."""
    rng = np.random.default_rng(seed)
    out = np.empty((count, pool.shape[1]), dtype=np.float32)
    for begin in range(0, count, 100_000):
        n = min(100_000, count - begin)
        weight = rng.uniform(0.5, 1.0, size=(n, 1)).astype(np.float32)
        rows = weight * pool[rng.integers(0, len(pool), n)] + (1 - weight) * pool[rng.integers(0, len(pool), n)]
        rows += rng.normal(scale=0.01, size=rows.shape).astype(np.float32)
        out[begin : begin + n] = rows / np.linalg.norm(rows, axis=1, keepdims=True)
    return out


def timed_searches(index: object, queries: np.ndarray) -> tuple[np.ndarray, np.ndarray, list[float]]:
    scores, ids, times = [], [], []
    index.search(queries[:1], DEPTH)  # type: ignore[attr-defined]
    for query in queries:
        began = time.perf_counter()
        found_scores, found = index.search(query[None, :], DEPTH)  # type: ignore[attr-defined]
        times.append((time.perf_counter() - began) * 1000)
        scores.append(found_scores[0])
        ids.append(found[0])
    return np.array(scores), np.array(ids), times


def recall(exact: np.ndarray, approximate: np.ndarray, k: int) -> float:
    """ann-benchmarks' recall: a result counts if it is as close as the k-th true neighbour (1e-3).

    Among vectors whose similarities to the query tie to the third decimal, which of them
    comes back does not change what retrieval finds; comparing ids alone would say it does.
    """
    return float(np.mean([(a[:k] >= e[k - 1] - 1e-3).mean() for e, a in zip(exact, approximate)]))


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def main() -> None:
    import faiss

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="100000,300000,1000000")
    args = parser.parse_args()
    pool, queries = real_vectors()
    rows_out = []
    with tempfile.TemporaryDirectory(prefix="paddockqa-scale-") as work:
        for size in (int(s) for s in args.sizes.split(",")):
            vectors = synthetic(pool, size)
            row: dict[str, object] = {"vectors": size}
            found, scores = {}, {}
            for kind, exact_below in (("exact", size + 1), ("hnsw", 0)):
                began = time.perf_counter()
                index = build_vector_index(vectors, vectors.shape[1], exact_below=exact_below)
                row[f"{kind}_build_s"] = round(time.perf_counter() - began, 1)
                path = Path(work) / f"{kind}-{size}.faiss"
                faiss.write_index(index, str(path))
                del index
                before = rss_mb()
                began = time.perf_counter()
                loaded = read_vector_index(path)
                row[f"{kind}_load_s"] = round(time.perf_counter() - began, 3)
                row[f"{kind}_load_rss_mb"] = round(rss_mb() - before, 1)
                row[f"{kind}_mb_on_disk"] = round(path.stat().st_size / 1e6, 1)
                row[f"{kind}_bytes_per_vector"] = round(path.stat().st_size / size)
                scores[kind], found[kind], times = timed_searches(loaded, queries)
                row[f"{kind}_p50_ms"] = round(float(np.percentile(times, 50)), 2)
                row[f"{kind}_p95_ms"] = round(float(np.percentile(times, 95)), 2)
                del loaded
            for k in (10, 50):
                row[f"hnsw_recall@{k}"] = round(recall(scores["exact"], scores["hnsw"], k), 4)
                same = [len(set(e[:k]) & set(h[:k])) / k for e, h in zip(found["exact"], found["hnsw"])]
                row[f"hnsw_same_ids@{k}"] = round(float(np.mean(same)), 4)
            rows_out.append(row)
            print(json.dumps(row), flush=True)
            del vectors
    result = {
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "rows": rows_out,
    }
    out = ROOT / "benchmarks/results/scale.json"
    out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    keys = ["vectors", "exact_p50_ms", "exact_p95_ms", "hnsw_p50_ms", "hnsw_p95_ms", "hnsw_recall@10"]
    keys += [
        "hnsw_recall@50",
        "hnsw_same_ids@10",
        "exact_build_s",
        "hnsw_build_s",
        "exact_mb_on_disk",
        "hnsw_mb_on_disk",
    ]
    keys += ["exact_load_s", "hnsw_load_s", "exact_load_rss_mb", "hnsw_load_rss_mb"]
    print("\n| " + " | ".join(keys) + " |\n|" + "---|" * len(keys))
    for row in rows_out:
        print("| " + " | ".join(str(row[k]) for k in keys) + " |")
    print(f"\nwritten to {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
