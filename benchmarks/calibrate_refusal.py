"""Calibrate the "not found" decision on PIAF, without the reader (PADDOCKQA_READER=off).

With the reader on, benchmarks/calibrate_reader.py calibrates its own decision.

Unanswerable questions are made by removing the gold paragraph of a random sample of
questions from the corpus (the rest of their article stays, so they remain on topic:
the hard case). Answerable questions are a sample of the others. For each question the
pipeline's own evidence is recorded (best sentence similarity, weighted share of the
question's words in it); a logistic regression on the two
samples gives ``CONFIDENCE_WEIGHTS`` and ``CONFIDENCE_BIAS`` in ``answer.py``, and the
curve shows what each ``min_score`` costs (the README says which point is the default, and why).

Prints the fit and the curve, writes benchmarks/results/refusal.json and, when
matplotlib is installed, benchmarks/results/refusal.png.

    .venv/bin/python benchmarks/calibrate_refusal.py [--dataset ../shared/data/piaf] [--sample 500]
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from paddockqa.answer import CONFIDENCE_BIAS, CONFIDENCE_WEIGHTS, compose, evidence, rank  # noqa: E402
from paddockqa.config import load_settings  # noqa: E402
from paddockqa.corpus import CorpusScan  # noqa: E402
from paddockqa.dataset import load_dataset, without  # noqa: E402
from paddockqa.evaluation import RANK_DEPTH, answer_hit, index_folder  # noqa: E402
from paddockqa.pipeline import Pipeline  # noqa: E402

THRESHOLDS = [0.02, 0.05, 0.08, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6, 0.7, 0.8, 0.9]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dataset", type=Path, default=ROOT.parent / "shared" / "data" / "piaf")
    parser.add_argument("--sample", type=int, default=500, help="questions on each side")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()

    full = load_dataset(args.dataset)
    rng = np.random.default_rng(args.seed)
    answerable_docs = [q.gold for q in full.questions if q.gold]
    removed = set(rng.choice(sorted(set(answerable_docs)), size=args.sample, replace=False).tolist())
    reduced = without(full, removed)
    unanswerable = [q for q in reduced.questions if q.gold is None]
    answerable = [q for q in reduced.questions if q.gold is not None]
    picked_u = [unanswerable[i] for i in rng.choice(len(unanswerable), args.sample, replace=False)]
    picked_a = [answerable[i] for i in rng.choice(len(answerable), args.sample, replace=False)]

    settings = load_settings({})
    folder = index_folder(settings, reduced)
    if not folder.exists() and index_folder(settings, full).exists():
        shutil.copytree(index_folder(settings, full), folder)  # its vectors are reused: nothing to embed
    pipeline = Pipeline(replace(settings, index=folder, reader="off"))
    pipeline.build(scan=CorpusScan(reduced.documents, ()))

    rows = []
    for label, questions in ((0, picked_u), (1, picked_a)):
        for q in questions:
            retrieval = pipeline.retrieve(q.question, RANK_DEPTH)
            ranked = rank(retrieval.question, retrieval.query, retrieval.hits)
            reply = compose(q.question, ranked, 0.0)  # always answered, to see if it would be right
            hit = label == 1 and answer_hit(reply.text, q.answers)
            rows.append((label, evidence(ranked), reply.confidence, hit))
    labels = np.array([r[0] for r in rows])
    features = np.stack([r[1] for r in rows])

    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=10.0, max_iter=1000).fit(features, labels)
    weights = tuple(round(float(w), 2) for w in model.coef_[0])
    bias = round(float(model.intercept_[0]), 2)
    fitted = 1 / (1 + np.exp(-(features @ np.array(weights) + bias)))
    current = np.array([r[2] for r in rows])
    hits = np.array([r[3] for r in rows])

    def curve(scores: np.ndarray) -> list[dict[str, float]]:
        out = []
        for t in THRESHOLDS:
            answered = scores >= t
            out.append(
                {
                    "threshold": t,
                    "unanswerable_refused": round(float((~answered[labels == 0]).mean()), 3),
                    "answerable_answered": round(float(answered[labels == 1].mean()), 3),
                    "answerable_answered_right": round(float((answered & hits)[labels == 1].mean()), 3),
                }
            )
        return out

    fitted_curve = curve(fitted)
    best = max(fitted_curve, key=lambda r: r["unanswerable_refused"] + r["answerable_answered"])
    result = {
        "dataset": full.name,
        "removed_paragraphs": len(removed),
        "unanswerable": len(picked_u),
        "answerable": len(picked_a),
        "features": ["best sentence similarity", "question-word overlap"],
        "fitted_weights": weights,
        "fitted_bias": bias,
        "weights_in_use": CONFIDENCE_WEIGHTS,
        "bias_in_use": CONFIDENCE_BIAS,
        "chosen": best,
        "curve_fitted": fitted_curve,
        "curve_in_use": curve(current),
    }
    out = ROOT / "benchmarks" / "results" / "refusal.json"
    out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"fitted weights {weights}, bias {bias} (in use: {CONFIDENCE_WEIGHTS}, {CONFIDENCE_BIAS})")
    print(f"best balanced threshold: {best}\n")
    print("| min_score | unanswerable refused | answerable answered | answerable answered right |")
    print("|---|---|---|---|")
    for r in curve(current):
        print(
            f"| {r['threshold']} | {r['unanswerable_refused']} | {r['answerable_answered']} "
            f"| {r['answerable_answered_right']} |"
        )
    _plot(curve(current), ROOT / "benchmarks" / "results" / "refusal.png")
    print(f"\nwritten to {out.relative_to(ROOT)}")


def _plot(points: list[dict[str, float]], path: Path) -> None:
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        print("(matplotlib not installed: no plot)", file=sys.stderr)
        return
    fig, ax = plt.subplots(figsize=(6, 4))
    x = [p["threshold"] for p in points]
    ax.plot(x, [p["unanswerable_refused"] for p in points], label="unanswerable refused")
    ax.plot(x, [p["answerable_answered"] for p in points], label="answerable answered")
    ax.plot(x, [p["answerable_answered_right"] for p in points], label="answerable answered right", linestyle="--")
    from paddockqa.config import Settings

    ax.axvline(Settings().min_score, color="grey", linestyle=":", label=f"default min_score {Settings().min_score}")
    ax.set_xlabel("min_score (confidence threshold)")
    ax.set_ylabel("share of questions")
    ax.set_title("PIAF: refusing what the corpus cannot answer")
    ax.grid(alpha=0.3)
    ax.legend()
    fig.tight_layout()
    fig.savefig(path, dpi=110)


if __name__ == "__main__":
    main()
