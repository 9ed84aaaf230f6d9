"""Questions as people type them, each asked with a step of the question's clean-up on and off,
side by side in one process on the same index (piaf-dev by default).

- ``--step case``: the questions as written, in small letters, in small letters after a
  capital (as a phone types them) and in capitals only, truecased (``truecase.py``, the
  default) and as typed. Writes benchmarks/results/question_case.json; about 13 minutes on
  this CPU (8 runs of 623 questions).
- ``--step accents``: the questions as written and with every accent taken off (names' too:
  "ou est ne Jean Stablinski"), the accents put back (``accents.py``, the default) and as
  typed. Writes benchmarks/results/question_accents.json; about 12 minutes (4 runs).

Prints a Markdown table (recall@1 / answer_hit@1 / short answer F1).

    .venv/bin/python benchmarks/typed_questions.py --step case|accents [--dataset ../shared/data/piaf-dev] [--limit N]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from paddockqa.config import load_settings  # noqa: E402
from paddockqa.dataset import load_dataset  # noqa: E402
from paddockqa.embedding import load_embedder  # noqa: E402
from paddockqa.evaluation import evaluate  # noqa: E402
from paddockqa.lexical import fold_accents  # noqa: E402
from paddockqa.pipeline import Pipeline  # noqa: E402
from paddockqa.reader import load_reader  # noqa: E402


def _phone(question: str) -> str:
    lowered = question.strip().lower()
    return lowered[:1].upper() + lowered[1:]


@dataclass(frozen=True)
class Step:
    method: str  # the Pipeline method that does it; left out, it gives its question back as it came
    label: str  # the column of the step on
    results: str  # the JSON written under benchmarks/results/
    typings: dict[str, Callable[[str], str]]


STEPS = {
    "case": Step(
        "_truecased",
        "truecased",
        "question_case.json",
        {
            "as written": lambda q: q,
            "small letters": str.lower,
            "a capital, then small letters (a phone)": _phone,
            "capitals only": str.upper,
        },
    ),
    "accents": Step(
        "_reaccented",
        "accents restored",
        "question_accents.json",
        {"as written": lambda q: q, "without accents": fold_accents},
    ),
}


def _left_out(self: Pipeline, question: str, passages: object) -> str:
    return question


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--step", choices=sorted(STEPS), required=True)
    parser.add_argument("--dataset", type=Path, default=ROOT.parent / "shared" / "data" / "piaf-dev")
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args()
    step = STEPS[args.step]

    settings = load_settings()
    embedder = load_embedder(settings.model, settings.model_cache, settings.backend, settings.precision)
    reader = load_reader(settings.model_cache)
    dataset = load_dataset(args.dataset)
    done = getattr(Pipeline, step.method)
    modes = ("as typed", step.label)
    rows = []
    try:
        for typing, typed in step.typings.items():
            questions = tuple(replace(q, question=typed(q.question)) for q in dataset.questions)
            variant = replace(dataset, questions=questions)
            row: dict[str, object] = {"typing": typing}
            for mode in modes:
                # The same code with the step left out: the question goes on as typed.
                setattr(Pipeline, step.method, done if mode == step.label else _left_out)
                report, _ = evaluate(variant, settings, args.limit, embedder, reader=reader)
                data = report.to_json()
                row[mode] = {k: data[k] for k in ("recall@1", "answer_hit@1", "short_answer_f1")}
                print(f"{typing}, {mode}: {row[mode]}", file=sys.stderr)
            rows.append(row)
    finally:
        setattr(Pipeline, step.method, done)

    print(f"| questions typed | as typed: recall@1 / answer_hit@1 / short F1 | {step.label} |")
    print("|---|---|---|")
    for row in rows:
        cells = [" / ".join(f"{v:.3f}" for v in row[mode].values()) for mode in modes]  # type: ignore[union-attr]
        print(f"| {row['typing']} | {cells[0]} | {cells[1]} |")
    if args.limit:
        print("\nA --limit run: the results file is left as it was.", file=sys.stderr)
        return
    out = ROOT / "benchmarks" / "results" / step.results
    summary = {"dataset": str(args.dataset), "questions": len(dataset.questions), "step": args.step, "rows": rows}
    out.write_text(json.dumps(summary, indent=1))
    print(f"\nWrote {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
