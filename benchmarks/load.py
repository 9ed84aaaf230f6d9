"""Load test: 20 concurrent API clients asking for 60 s, with an index rebuild swapped in.

The real app serves a copy of the bundled corpus on 127.0.0.1 (a free port); each client
is a gradio_client asking `/ask` in turn. 20 s in, another pipeline (as `paddockqa index`
in another terminal would) adds a press text and swaps in the new index. Prints the
requests, failures, throughput and latency percentiles, and writes
benchmarks/results/load.json. The same driver runs in the suite (tests/test_load.py).

    .venv/bin/python benchmarks/load.py [--clients 20] [--seconds 60] [--concurrency 1,2,4,8]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import socket
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests"))

from loadgen import run_load  # noqa: E402
from paddockqa.app import ASK_CONCURRENCY, build_app, launch  # noqa: E402
from paddockqa.config import Settings, load_settings  # noqa: E402
from paddockqa.embedding import Embedder  # noqa: E402
from paddockqa.pipeline import Pipeline  # noqa: E402
from test_load import NEW_TEXT, QUESTIONS  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument(
        "--concurrency",
        default=str(ASK_CONCURRENCY),
        help=f"/ask requests answered at once; a comma-separated list runs one load each [{ASK_CONCURRENCY}]",
    )
    args = parser.parse_args()
    os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"
    base = load_settings()  # PADDOCKQA_* variables apply (PADDOCKQA_BACKEND=torch, say)
    embedder = Pipeline(base).embedder  # loaded once for every run
    runs = [_run(base, int(c), args.clients, args.seconds, embedder) for c in args.concurrency.split(",")]
    out = ROOT / "benchmarks/results/load.json"
    shipped = next((r for r in runs if r["concurrency"] == ASK_CONCURRENCY), runs[0])
    report = {**shipped, "runs": runs} if len(runs) > 1 else shipped
    out.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print("| at once | clients | seconds | requests | failed | per second | p50 ms | p95 ms | max ms | after swap |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for r in runs:
        print(
            f"| {r['concurrency']} | {r['clients']} | {r['seconds']} | {r['requests']} | {r['failed']} | "
            f"{r['per_second']} | {r['p50_ms']} | {r['p95_ms']} | {r['max_ms']} | {r['answer_after_swap_cites']} |"
        )
    print(f"\nwritten to {out.relative_to(ROOT)}")


def _run(base: Settings, concurrency: int, clients: int, seconds: float, embedder: Embedder) -> dict[str, object]:
    """One load of ``clients`` for ``seconds`` on a fresh copy of the corpus, with a swap at a third."""
    work = Path(tempfile.mkdtemp(prefix="paddockqa-load-"))
    shutil.copytree(ROOT / "corpus", work / "corpus")
    settings = replace(base, corpus=work / "corpus", index=work / "index")
    pipeline = Pipeline(settings, embedder=embedder)
    pipeline.build()
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    app = build_app(pipeline, ask_concurrency=concurrency)
    launch(app, "127.0.0.1", port, prevent_thread_lock=True, quiet=True)
    url = f"http://127.0.0.1:{port}/"

    def swap() -> None:
        (settings.corpus / "nouveau.txt").write_text(NEW_TEXT, encoding="utf-8")
        Pipeline(settings, embedder=embedder).build()

    result = run_load(url, QUESTIONS, clients, seconds, during=swap, during_at=seconds / 3)
    after = pipeline.ask("Qui a gagné le Rallye des Cévennes ?").citations[0].source
    app.close()
    shutil.rmtree(work, ignore_errors=True)
    return {
        "machine": f"{platform.machine()}, {os.cpu_count()} cores",
        "concurrency": concurrency,
        "clients": clients,
        "seconds": round(result.seconds, 1),
        **result.summary(),
        "answer_after_swap_cites": after,
        "failures_sample": result.failures[:5],
    }


if __name__ == "__main__":
    main()
