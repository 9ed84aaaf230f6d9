"""Load test: 20 concurrent API clients asking for 60 s, with an index rebuild swapped in.

The real app serves a copy of the bundled corpus on 127.0.0.1 (a free port); each client
is a gradio_client asking `/ask` in turn. 20 s in, another pipeline (as `paddockqa index`
in another terminal would) adds a press text and swaps in the new index. Prints the
requests, failures, throughput and latency percentiles, and writes
benchmarks/results/load.json. The same driver runs in the suite (tests/test_load.py).

    .venv/bin/python benchmarks/load.py [--clients 20] [--seconds 60]
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
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests"))

from loadgen import run_load  # noqa: E402
from paddockqa.app import build_app, launch  # noqa: E402
from paddockqa.config import Settings  # noqa: E402
from paddockqa.pipeline import Pipeline  # noqa: E402
from test_load import NEW_TEXT, QUESTIONS  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=60)
    args = parser.parse_args()
    os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"
    work = Path(tempfile.mkdtemp(prefix="paddockqa-load-"))
    shutil.copytree(ROOT / "corpus", work / "corpus")
    settings = Settings(corpus=work / "corpus", index=work / "index")
    pipeline = Pipeline(settings)
    pipeline.build()
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    app = build_app(pipeline)
    launch(app, "127.0.0.1", port, prevent_thread_lock=True, quiet=True)
    url = f"http://127.0.0.1:{port}/"

    def swap() -> None:
        (settings.corpus / "nouveau.txt").write_text(NEW_TEXT, encoding="utf-8")
        Pipeline(settings, embedder=pipeline.embedder).build()

    result = run_load(url, QUESTIONS, args.clients, args.seconds, during=swap, during_at=args.seconds / 3)
    after = pipeline.ask("Qui a gagné le Rallye des Cévennes ?").citations[0].source
    app.close()
    shutil.rmtree(work, ignore_errors=True)
    summary = {
        "machine": f"{platform.machine()}, {os.cpu_count()} cores",
        "clients": args.clients,
        "seconds": round(result.seconds, 1),
        **result.summary(),
        "answer_after_swap_cites": after,
        "failures_sample": result.failures[:5],
    }
    out = ROOT / "benchmarks/results/load.json"
    out.write_text(json.dumps(summary, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print("| clients | seconds | requests | failed | per second | p50 ms | p95 ms | max ms | after the swap |")
    print("|---|---|---|---|---|---|---|---|---|")
    print(
        f"| {args.clients} | {summary['seconds']} | {summary['requests']} | {summary['failed']} | "
        f"{summary['per_second']} | {summary['p50_ms']} | {summary['p95_ms']} | {summary['max_ms']} | {after} |"
    )
    print(f"\nwritten to {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
