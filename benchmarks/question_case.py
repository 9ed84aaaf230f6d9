"""Questions as people type them: piaf-dev's questions as written, in small letters, in small
letters after a capital (as a phone types them) and in capitals only, each asked with the
question truecased (``truecase.py``, the default) and as typed, side by side in one process
on the same index.

Prints a Markdown table (recall@1 / answer_hit@1 / short answer F1) and writes
benchmarks/results/question_case.json. About 13 minutes on this CPU (8 runs of 623 questions).

    .venv/bin/python benchmarks/question_case.py [--dataset ../shared/data/piaf-dev] [--limit N]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from paddockqa.config import load_settings  # noqa: E402
from paddockqa.dataset import load_dataset  # noqa: E402
from paddockqa.embedding import load_embedder  # noqa: E402
from paddockqa.evaluation import evaluate  # noqa: E402
from paddockqa.pipeline import Pipeline  # noqa: E402
from paddockqa.reader import load_reader  # noqa: E402


def _phone(question: str) -> str:
    lowered = question.strip().lower()
    return lowered[:1].upper() + lowered[1:]


TYPINGS: dict[str, Callable[[str], str]] = {
    "as written": lambda q: q,
    "small letters": str.lower,
    "a capital, then small letters (a phone)": _phone,
    "capitals only": str.upper,
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dataset", type=Path, default=ROOT.parent / "shared" / "data" / "piaf-dev")
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args()

    settings = load_settings()
    embedder = load_embedder(settings.model, settings.model_cache, settings.backend, settings.precision)
    reader = load_reader(settings.model_cache)
    dataset = load_dataset(args.dataset)
    truecased = Pipeline._truecased
    rows = []
    for typing, typed in TYPINGS.items():
        variant = replace(dataset, questions=tuple(replace(q, question=typed(q.question)) for q in dataset.questions))
        row: dict[str, object] = {"typing": typing}
        for mode in ("as typed", "truecased"):
            # The same code with the step left out: the question goes on as typed.
            Pipeline._truecased = truecased if mode == "truecased" else lambda self, checked, passages: checked  # type: ignore[method-assign]
            report, _ = evaluate(variant, settings, args.limit, embedder, reader=reader)
            data = report.to_json()
            row[mode] = {k: data[k] for k in ("recall@1", "answer_hit@1", "short_answer_f1")}
            print(f"{typing}, {mode}: {row[mode]}", file=sys.stderr)
        rows.append(row)
    Pipeline._truecased = truecased  # type: ignore[method-assign]

    print("| questions typed | as typed: recall@1 / answer_hit@1 / short F1 | truecased |")
    print("|---|---|---|")
    for row in rows:
        cells = [" / ".join(f"{v:.3f}" for v in row[mode].values()) for mode in ("as typed", "truecased")]  # type: ignore[union-attr]
        print(f"| {row['typing']} | {cells[0]} | {cells[1]} |")
    out = ROOT / "benchmarks" / "results" / "question_case.json"
    summary = {"dataset": str(args.dataset), "questions": len(dataset.questions), "rows": rows}
    out.write_text(json.dumps(summary, indent=1))
    print(f"\nWrote {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
