"""Benchmark the vector index alone from 100k to 5M vectors: exact, HNSW and compressed.

The vectors need not come from the model one by one: a pool of real embeddings (PIAF
sentences, embedded with our model) is mixed pairwise with a little noise, which keeps the
shape of real embedding space (topics, near-duplicates) at any size. The questions are
real PIAF questions, embedded as queries. For each size, side by side in one run:

- exact search (16-bit ``IndexScalarQuantizer``), HNSW and the compressed index (IVF-PQ whose
  candidates are re-ranked against the 16-bit vectors on disk) as ``paddockqa.vectors`` builds
  them: build time, search p50/p95 for the 50 passages retrieval asks for, recall@10 and @50
  against exact search (ann-benchmarks' definition, ties to 1e-3 count; the share of identical
  ids is reported too), and for the compressed index the recall of its IVF-PQ codes alone;
- size on disk, bytes per vector (for the compressed index, the index file's alone: codes,
  ids and lists; its 16-bit vectors are a file beside it), and the time and resident memory
  to load each file (memory-mapped) and after the searches, in all and of the process's own
  (anonymous) memory, the rest being file pages the kernel can drop;
- for the compressed index, searches with only the index in memory: the page cache dropped
  (``/proc/sys/vm/drop_caches``, root only; skipped otherwise), the index file read again, so
  each search reads its candidates' 16-bit rows from the disk, for k = 10 and k = 50.

HNSW is built up to ``--hnsw-up-to`` vectors (its build grows faster than linearly), the
compressed index from ``--compressed-from``. With ``--hnsw-flat``, the graph as built before
its vectors went to 16 bits (``IndexHNSWFlat``, same settings) is measured beside it, as
``hnsw_flat``.

Prints a Markdown table and writes benchmarks/results/scale.json.

    .venv/bin/python benchmarks/scale.py [--sizes 100000,300000,1000000,5000000]
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
from paddockqa.vectors import build_vector_index, read_vector_index, rows_path, write_vector_index  # noqa: E402

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


def flat_graph(vectors: np.ndarray) -> object:
    """The graph index as ``vectors.build_vector_index`` built it before its vectors went to 16
    bits: ``IndexHNSWFlat``, the same neighbours and search depths."""
    import faiss

    from paddockqa.vectors import HNSW_EF_CONSTRUCTION, HNSW_EF_SEARCH, HNSW_NEIGHBOURS

    graph = faiss.IndexHNSWFlat(vectors.shape[1], HNSW_NEIGHBOURS, faiss.METRIC_INNER_PRODUCT)
    graph.hnsw.efConstruction, graph.hnsw.efSearch = HNSW_EF_CONSTRUCTION, HNSW_EF_SEARCH
    graph.add(vectors)
    return graph


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


def timed_searches(
    index: object, queries: np.ndarray, depth: int = DEPTH, warm: bool = True
) -> tuple[np.ndarray, np.ndarray, list[float]]:
    scores, ids, times = [], [], []
    if warm:
        index.search(queries[:1], depth)  # type: ignore[attr-defined]
    for query in queries:
        began = time.perf_counter()
        found_scores, found = index.search(query[None, :], depth)  # type: ignore[attr-defined]
        times.append((time.perf_counter() - began) * 1000)
        scores.append(found_scores[0])
        ids.append(found[0])
    return np.array(scores), np.array(ids), times


def recall(exact: np.ndarray, found: np.ndarray, vectors: np.ndarray, queries: np.ndarray, k: int) -> float:
    """ann-benchmarks' recall: a result counts if it is as close as the k-th true neighbour (1e-3).

    Closeness is each returned id's true similarity (an index of codes returns approximate
    ones). Among vectors whose similarities to the query tie to the third decimal, which of
    them comes back does not change what retrieval finds; comparing ids alone would say it does.
    """
    true = [vectors[ids[:k]] @ query for ids, query in zip(found, queries)]
    return float(np.mean([(t >= e[k - 1] - 1e-3).mean() for e, t in zip(exact, true)]))


def rss_mb(field: str = "VmRSS") -> float:
    """Resident memory in MB: all of it (VmRSS), or the process's own (RssAnon) apart from the
    file pages it maps (RssFile: page cache the kernel can drop and read again)."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    return float("nan")


def index_only_in_memory(path: Path) -> bool:
    """Drop the page cache, then read the index file again: its 16-bit vectors are on disk only.
    False when the cache cannot be dropped (not root)."""
    os.sync()
    try:
        with open("/proc/sys/vm/drop_caches", "w", encoding="ascii") as control:
            control.write("3\n")
    except OSError:
        return False
    with open(path, "rb") as index:
        while index.read(1 << 24):
            pass
    return True


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="100000,300000,1000000,5000000")
    parser.add_argument("--hnsw-up-to", type=int, default=1_000_000)
    parser.add_argument("--compressed-from", type=int, default=300_000)
    parser.add_argument("--out", default=str(ROOT / "benchmarks/results/scale.json"))
    parser.add_argument("--hnsw-flat", action="store_true", help="also the former 32-bit graph, side by side")
    args = parser.parse_args()
    pool, queries = real_vectors()
    rows_out = []
    with tempfile.TemporaryDirectory(prefix="paddockqa-scale-") as work:
        for size in (int(s) for s in args.sizes.split(",")):
            vectors = synthetic(pool, size)
            row: dict[str, object] = {"vectors": size}
            found, scores = {}, {}
            kinds = ["exact"] + ["hnsw"] * (size <= args.hnsw_up_to) + ["compressed"] * (size >= args.compressed_from)
            kinds += ["hnsw_flat"] * (args.hnsw_flat and size <= args.hnsw_up_to)
            for kind in kinds:
                began = time.perf_counter()
                index = (
                    flat_graph(vectors)
                    if kind == "hnsw_flat"
                    else build_vector_index(vectors, vectors.shape[1], kind=kind)
                )
                row[f"{kind}_build_s"] = round(time.perf_counter() - began, 1)
                path = Path(work) / f"{kind}-{size}.faiss"
                write_vector_index(index, path)
                del index
                on_disk = path.stat().st_size + (rows_path(path).stat().st_size if kind == "compressed" else 0)
                before, anonymous = rss_mb(), rss_mb("RssAnon")
                began = time.perf_counter()
                loaded = read_vector_index(path)
                row[f"{kind}_load_s"] = round(time.perf_counter() - began, 3)
                row[f"{kind}_load_rss_mb"] = round(rss_mb() - before, 1)
                row[f"{kind}_mb_on_disk"] = round(on_disk / 1e6, 1)
                row[f"{kind}_bytes_per_vector"] = round(on_disk / size)
                scores[kind], found[kind], times = timed_searches(loaded, queries)
                row[f"{kind}_p50_ms"] = round(float(np.percentile(times, 50)), 2)
                row[f"{kind}_p95_ms"] = round(float(np.percentile(times, 95)), 2)
                row[f"{kind}_searched_rss_mb"] = round(rss_mb() - before, 1)
                row[f"{kind}_searched_anon_mb"] = round(rss_mb("RssAnon") - anonymous, 1)
                if kind == "compressed":
                    # The index is the inverted file; the 16-bit vectors beside it are read per search.
                    row["compressed_index_bytes_per_vector"] = round(path.stat().st_size / size, 1)
                    scores["codes"], found["codes"], times = timed_searches(loaded.inverted, queries)
                    row["codes_p50_ms"] = round(float(np.percentile(times, 50)), 2)
                del loaded  # the kernel keeps mapped pages: dropping the cache needs the mappings gone
                for depth in (10, DEPTH) if kind == "compressed" else ():
                    if not index_only_in_memory(path):
                        break
                    cold = read_vector_index(path)
                    _, _, times = timed_searches(cold, queries, depth, warm=False)
                    row[f"compressed_rows_on_disk_p50_ms@{depth}"] = round(float(np.percentile(times, 50)), 2)
                    row[f"compressed_rows_on_disk_p95_ms@{depth}"] = round(float(np.percentile(times, 95)), 2)
                    row[f"compressed_rows_on_disk_rss_mb@{depth}"] = round(rss_mb() - before, 1)
                    del cold
            for kind in kinds[1:] + ["codes"] * ("compressed" in kinds):
                for k in (10, 50):
                    row[f"{kind}_recall@{k}"] = round(recall(scores["exact"], found[kind], vectors, queries, k), 4)
                    same = [len(set(e[:k]) & set(h[:k])) / k for e, h in zip(found["exact"], found[kind])]
                    row[f"{kind}_same_ids@{k}"] = round(float(np.mean(same)), 4)
            rows_out.append(row)
            print(json.dumps(row), flush=True)
            del vectors
    result = {
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "rows": rows_out,
    }
    out = Path(args.out)
    out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    metrics = ["p50_ms", "p95_ms", "recall@10", "recall@50", "same_ids@10", "build_s", "bytes_per_vector"]
    metrics += ["index_bytes_per_vector", "load_rss_mb", "searched_rss_mb", "searched_anon_mb"]
    metrics += [f"rows_on_disk_p{p}_ms@{k}" for k in (10, DEPTH) for p in (50, 95)]
    print("\n| vectors | index | " + " | ".join(metrics) + " |\n|" + "---|" * (len(metrics) + 2))
    for row in rows_out:
        for kind in ("exact", "hnsw", "hnsw_flat", "compressed", "codes"):
            if f"{kind}_p50_ms" in row or f"{kind}_recall@10" in row:
                cells = [str(row.get(f"{kind}_{m}", "")) for m in metrics]
                print(f"| {row['vectors']:,} | {kind} | " + " | ".join(cells) + " |")
    print(f"\nwritten to {out}")


if __name__ == "__main__":
    main()
