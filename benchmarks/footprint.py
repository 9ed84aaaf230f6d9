"""What one large text in the corpus costs a `paddockqa ask` process: wall time and peak RSS.

Two indexes are built over copies of the bundled corpus, the second with one more text of
``--mb`` MB (press-like paragraphs recombined from the corpus' sentences, so its passages
and sentences are all different; their vectors are not the model's, so the answer may quote
it). The model embeds the first ``--model-texts`` texts and
the others get recycled vectors (``bench.RecycledEmbedder``): the index files are the size
the real model makes, without hours of embedding. Then `paddockqa ask` runs in fresh
processes on each index, alternating, ``--runs`` times each; the medians and their
differences are printed as a table and written to benchmarks/results/footprint.json.
The peak RSS of `ask` is its model loading's; so each run also measures, in another fresh
process with the models loaded first, what the first answer adds to the resident memory:
the index loaded, searched and read.

    .venv/bin/python benchmarks/footprint.py [--mb 10] [--runs 5]

Issue 18's target: a 10 MB text adds at most 0.5 s and 150 MB to `ask`.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
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

from paddockqa.bench import RecycledEmbedder  # noqa: E402
from paddockqa.config import load_settings  # noqa: E402
from paddockqa.corpus import scan_corpus  # noqa: E402
from paddockqa.embedding import load_embedder  # noqa: E402
from paddockqa.pipeline import Pipeline  # noqa: E402
from paddockqa.sentences import split_document  # noqa: E402
from paddockqa.store import current_generation, load_index  # noqa: E402

QUESTION = "Quel âge a Philippe Gaillard ?"


def large_text(sentences: list[str], megabytes: float, seed: int = 0) -> str:
    """Paragraphs of 3-6 corpus sentences, each made unique by a dispatch number (pure)."""
    rng = random.Random(seed)
    parts = ["Archives des dépêches de la saison\n"]
    size, number = len(parts[0]), 0
    while size < megabytes * 1e6:
        number += 1
        body = " ".join(rng.choice(sentences) for _ in range(rng.randint(3, 6)))
        paragraph = f"Dépêche n° {number}. {body}\n\n"
        parts.append(paragraph)
        size += len(paragraph.encode("utf-8"))
    return "".join(parts)


# A process's peak (ru_maxrss) counts the memory of the process it was forked from: the kernel
# keeps the larger of the two across exec. Forked from this one (the model loaded, the indexes
# built), `ask` reported this process's size (1,300 MB on 2026-12-03, where /usr/bin/time saw 0.7 GB).
# This launcher, small itself, forks `ask` and reports the rusage of that child alone.
LAUNCHER = """
import os, sys
pid = os.fork()
if pid == 0:
    os.execv(sys.executable, [sys.executable, *sys.argv[1:]])
_, status, usage = os.wait4(pid, 0)
sys.stderr.write(f"\\npeak_kb={usage.ru_maxrss}\\n")
sys.exit(os.waitstatus_to_exitcode(status))
"""


def ask_once(corpus: Path, index: Path) -> tuple[float, float]:
    """One `paddockqa ask` in a fresh process: (wall seconds, peak RSS in MB)."""
    env = {**os.environ, "PADDOCKQA_CORPUS": str(corpus), "PADDOCKQA_INDEX": str(index)}
    command = [sys.executable, "-c", LAUNCHER, "-m", "paddockqa", "ask", QUESTION]
    began = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True)
    wall = time.perf_counter() - began
    if done.returncode != 0:
        raise SystemExit(f"paddockqa ask failed on {index}:\n{done.stdout}\n{done.stderr}")
    peak_kb = int(done.stderr.strip().splitlines()[-1].removeprefix("peak_kb="))
    return wall, peak_kb / 1024


def held_by_index() -> None:
    """In this process: the models loaded first, then the RSS one question adds (the index
    loaded, searched and read), printed as JSON. Freed heap is handed back to the system
    before the first reading, so memory freed by loading the models is not counted as reused."""
    import ctypes

    from paddockqa.pipeline import Pipeline

    pipeline = Pipeline(load_settings())
    pipeline.embedder, pipeline.reader  # noqa: B018 - loaded before the first reading
    ctypes.CDLL("libc.so.6").malloc_trim(0)
    before = _rss_mb()
    began = time.perf_counter()
    pipeline.ask(QUESTION)
    print(json.dumps({"held_mb": _rss_mb() - before, "first_answer_s": time.perf_counter() - began}))


def _rss_mb() -> float:
    return int(Path("/proc/self/statm").read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def held_once(corpus: Path, index: Path) -> tuple[float, float]:
    """``held_by_index`` in a fresh process: (MB held, seconds to the first answer, models loaded)."""
    env = {**os.environ, "PADDOCKQA_CORPUS": str(corpus), "PADDOCKQA_INDEX": str(index)}
    done = subprocess.run([sys.executable, __file__, "--held"], env=env, capture_output=True, text=True, check=True)
    data = json.loads(done.stdout.strip().splitlines()[-1])
    return data["held_mb"], data["first_answer_s"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mb", type=float, default=10.0, help="size of the large text [10]")
    parser.add_argument("--runs", type=int, default=5, help="`ask` processes per index [5]")
    parser.add_argument("--work", type=Path, help="keep corpora and indexes here, for reruns")
    parser.add_argument("--held", action="store_true", help=argparse.SUPPRESS)  # the child of held_once
    parser.add_argument("--model-texts", type=int, default=300, help="texts the model embeds before recycling")
    args = parser.parse_args()
    if args.held:
        return held_by_index()
    settings = load_settings()
    sentences = [s.text for d in scan_corpus(settings.corpus).documents for s in split_document(d)]
    model = load_embedder(settings.model, settings.model_cache, settings.backend, settings.precision)
    with tempfile.TemporaryDirectory(prefix="paddockqa-footprint-") as scratch:
        work = args.work or Path(scratch)
        folders = {}
        for name in ("bundled", "large"):
            corpus, index = Path(work) / name / "corpus", Path(work) / name / "index"
            if not corpus.is_dir():
                shutil.copytree(settings.corpus, corpus)
            if name == "large" and not (corpus / "archives.txt").is_file():
                (corpus / "archives.txt").write_text(large_text(sentences, args.mb), encoding="utf-8")
            began = time.perf_counter()
            embedder = RecycledEmbedder(model, args.model_texts)
            Pipeline(replace(settings, corpus=corpus, index=index), embedder=embedder).build()
            loaded = load_index(index)
            live = index / (current_generation(index) or "")
            index_mb = sum(p.stat().st_size for p in live.rglob("*") if p.is_file()) / 1e6
            print(
                f"{name}: {len(loaded.chunks)} passages, {len(loaded.sentences)} sentences, "
                f"index {index_mb:.0f} MB, built in {time.perf_counter() - began:.0f} s",
                file=sys.stderr,
            )
            folders[name] = (corpus, index, len(loaded.chunks), len(loaded.sentences), index_mb)
            del loaded
        samples: dict[str, list[tuple[float, float]]] = {"bundled": [], "large": []}
        held: dict[str, list[tuple[float, float]]] = {"bundled": [], "large": []}
        ask_once(*folders["bundled"][:2])  # warm the page cache for both
        ask_once(*folders["large"][:2])
        for _ in range(args.runs):
            for name in samples:
                samples[name].append(ask_once(*folders[name][:2]))
                held[name].append(held_once(*folders[name][:2]))
    rows = {}
    for name, runs in samples.items():
        _, _, chunks, sents, index_mb = folders[name]
        rows[name] = {
            "passages": chunks,
            "sentences": sents,
            "index_mb": round(index_mb, 1),
            "ask_s": round(statistics.median(w for w, _ in runs), 2),
            "peak_rss_mb": round(statistics.median(m for _, m in runs), 1),
            "runs": [[round(w, 2), round(m, 1)] for w, m in runs],
            "held_mb": round(statistics.median(m for m, _ in held[name]), 1),
            "first_answer_s": round(statistics.median(s for _, s in held[name]), 2),
            "held_runs": [[round(m, 1), round(s, 2)] for m, s in held[name]],
        }
    added = {
        "ask_s": round(rows["large"]["ask_s"] - rows["bundled"]["ask_s"], 2),
        "peak_rss_mb": round(rows["large"]["peak_rss_mb"] - rows["bundled"]["peak_rss_mb"], 1),
        "held_mb": round(rows["large"]["held_mb"] - rows["bundled"]["held_mb"], 1),
        "first_answer_s": round(rows["large"]["first_answer_s"] - rows["bundled"]["first_answer_s"], 2),
    }
    report = {
        "question": QUESTION,
        "large_text_mb": args.mb,
        "runs": args.runs,
        "machine": f"{platform.machine()}, {os.cpu_count()} cores",
        "indexes": rows,
        "added_by_large_text": added,
        "target": {"ask_s": 0.5, "peak_rss_mb": 150},
    }
    out = ROOT / "benchmarks/results/footprint.json"
    out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(
        "| corpus | passages | sentences | index MB | `ask` s | `ask` peak RSS MB "
        "| first answer s, models loaded | MB held after it |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for name, row in rows.items():
        label = "bundled" if name == "bundled" else f"bundled + one {args.mb:g} MB text"
        print(
            f"| {label} | {row['passages']} | {row['sentences']} | {row['index_mb']} | {row['ask_s']} | "
            f"{row['peak_rss_mb']} | {row['first_answer_s']} | {row['held_mb']} |"
        )
    print(
        f"| added by the large text | | | | {added['ask_s']:+} | {added['peak_rss_mb']:+} "
        f"| {added['first_answer_s']:+} | {added['held_mb']:+} |"
    )
    print(f"wrote {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
