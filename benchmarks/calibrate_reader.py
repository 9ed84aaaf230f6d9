"""Choose and calibrate the reader's settings on piaf-dev (never on the data it was trained on).

One pass reads the first ``--read`` fused passages of every question with the reader, on a
corpus where the gold paragraphs of ``--removed`` sampled questions' paragraphs are taken out
(seed 1; their questions become on-topic unanswerable ones). From those readings, without
reading again, it measures:

- how many passages to read (``read_passages``) and the weight of the fused retrieval score
  in the rerank (``reader.RETRIEVAL_WEIGHT``): recall@1 and answer_hit@1 of the answerable questions;
- Platt scaling of the top passage's answerable logit (``reader.CALIBRATION``): a logistic
  regression of "the corpus answers" on that logit;
- the refusal curve of the calibrated probability, and the threshold
  (``reader_min_score``) that refuses the most unanswerable questions while refusing at most
  ``--max-answerable-refused`` of the answerable ones.

Prints the tables and writes benchmarks/results/reader_calibration.json.

    .venv/bin/python benchmarks/calibrate_reader.py [--dataset ../shared/data/piaf-dev]
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

from paddockqa.answer import compose_read, read_rank  # noqa: E402
from paddockqa.config import load_settings  # noqa: E402
from paddockqa.corpus import CorpusScan  # noqa: E402
from paddockqa.dataset import load_dataset, with_unanswerable  # noqa: E402
from paddockqa.evaluation import answer_hit, index_folder, strip_markers  # noqa: E402
from paddockqa.pipeline import Pipeline  # noqa: E402
from paddockqa.reader import rerank  # noqa: E402

READS = [2, 4, 6, 8, 10]
WEIGHTS = [0.0, 0.1, 0.2, 0.3, 0.5, 1.0]
THRESHOLDS = [round(x, 2) for x in np.arange(0.05, 0.96, 0.05)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dataset", type=Path, default=ROOT.parent / "shared" / "data" / "piaf-dev")
    parser.add_argument("--removed", type=int, default=40, help="gold paragraphs removed")
    parser.add_argument("--read", type=int, default=max(READS), help="passages read per question")
    parser.add_argument("--max-answerable-refused", type=float, default=0.08)
    parser.add_argument("--limit", type=int, default=0)
    args = parser.parse_args()

    from tqdm import tqdm

    full = load_dataset(args.dataset)
    data = with_unanswerable(full, args.removed, seed=1)
    settings = replace(load_settings({}), reader="off")
    folder = index_folder(settings, data)
    if not folder.exists() and index_folder(settings, full).exists():
        shutil.copytree(index_folder(settings, full), folder)  # its vectors are reused: nothing to embed
    pipeline = Pipeline(replace(settings, index=folder))
    pipeline.build(scan=CorpusScan(data.documents, ()))
    reader = Pipeline(replace(settings, reader="on")).reader
    assert reader is not None
    questions = data.questions[: args.limit] if args.limit else data.questions

    records = []
    for q in tqdm(questions, desc="reading", unit="question"):
        retrieval = pipeline.retrieve(q.question, args.read)
        readings = reader.read(q.question, [h.chunk.text for h in retrieval.hits])
        records.append((q, retrieval, readings))

    def run(read: int, weight: float):
        """Per question: top source, top logit, answered text (threshold 0)."""
        out = []
        for q, retrieval, readings in records:
            hits = rerank(retrieval.hits, readings[:read], weight)
            top = hits[0] if hits else None
            out.append((q, top, hits))
        return out

    grid = []
    answerable = [r for r in records if r[0].gold is not None]
    for read in READS:
        for weight in WEIGHTS:
            rows = [(q, top) for q, top, _ in run(read, weight) if q.gold is not None]
            recall1 = float(np.mean([top is not None and top.chunk.source == q.gold for q, top in rows]))
            grid.append({"read_passages": read, "retrieval_weight": weight, "recall@1": round(recall1, 4)})
    best = max(grid, key=lambda g: (g["recall@1"], -g["read_passages"]))
    print("| read_passages | retrieval weight | recall@1 (answerable) |\n|---|---|---|")
    for g in grid:
        print(f"| {g['read_passages']} | {g['retrieval_weight']} | {g['recall@1']} |")
    print(f"\nbest: {best}  ({len(answerable)} answerable questions)")

    chosen = run(best["read_passages"], best["retrieval_weight"])
    labels = np.array([q.gold is not None for q, _, _ in chosen], dtype=int)
    logits = np.array([top.reading.score if top and top.reading else -20.0 for _, top, _ in chosen])
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=100.0, max_iter=1000).fit(logits[:, None], labels)
    calibration = (round(float(model.coef_[0][0]), 4), round(float(model.intercept_[0]), 4))
    probs = 1 / (1 + np.exp(-(calibration[0] * logits + calibration[1])))

    hits = []
    for q, _, read_hits in chosen:
        if q.gold is None:
            hits.append(False)
            continue
        reply = compose_read(q.question, read_rank(read_hits, calibration), 0.0)
        hits.append(reply.answered and answer_hit(strip_markers(reply.text), q.answers))
    hits_arr = np.array(hits)
    curve = []
    for t in THRESHOLDS:
        answered = probs >= t
        curve.append(
            {
                "threshold": t,
                "unanswerable_refused": round(float((~answered[labels == 0]).mean()), 4),
                "answerable_refused": round(float((~answered[labels == 1]).mean()), 4),
                "answer_hit@1": round(float((answered & hits_arr)[labels == 1].mean()), 4),
            }
        )
    allowed = [c for c in curve if c["answerable_refused"] <= args.max_answerable_refused]
    threshold = max(allowed, key=lambda c: (c["unanswerable_refused"], -c["threshold"])) if allowed else curve[0]
    print(f"\ncalibration (a, b) = {calibration}; chosen threshold {threshold}\n")
    print("| reader_min_score | unanswerable refused | answerable refused | answer_hit@1 |\n|---|---|---|---|")
    for c in curve:
        print(f"| {c['threshold']} | {c['unanswerable_refused']} | {c['answerable_refused']} | {c['answer_hit@1']} |")
    result = {
        "dataset": full.name,
        "removed_paragraphs": args.removed,
        "questions": len(records),
        "unanswerable": int((labels == 0).sum()),
        "grid": grid,
        "chosen": best,
        "calibration": calibration,
        "threshold": threshold,
        "curve": curve,
    }
    out = ROOT / "benchmarks" / "results" / "reader_calibration.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"\nwritten to {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
