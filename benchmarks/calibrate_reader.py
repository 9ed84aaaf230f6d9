"""Choose and calibrate the reader's settings on piaf-dev (never on the data it was trained on).

One pass reads the first ``--read`` fused passages of every question with the reader, on a
corpus where the gold paragraphs of ``--removed`` sampled questions' paragraphs are taken out
(seed 1; their questions become on-topic unanswerable ones). From those readings, without
reading again, it measures:

- how many passages to read (``read_passages``) and the weight of the fused retrieval score
  in the rerank (``reader.RETRIEVAL_WEIGHT``): recall@1 and answer_hit@1 of the answerable
  questions, and for each count the calibrated threshold's refusals and answer_hit@1
  (recall@1 is by document: a press release's third passage can hold the answer while the
  first two, of the same document, do not, so the count is chosen by answer_hit@1);
- Platt scaling of the top passage's answerable logit (``reader.CALIBRATION``): a logistic
  regression of "the corpus answers" on that logit, fitted for the grid's best row and for
  each adaptive row (the default reads adaptively: ship that row's fit);
- the sentence quoted (``reader.SENTENCE_PRIOR_WEIGHT``): with each answerable question's
  gold paragraph read alone (when retrieved), how often the sentence holding the span holds
  the answer, for the sentence of the best span and for the reader's sentence mass plus each
  weight x the sentence's similarity (this part reads the gold paragraphs again);
- the runner-up sentence (``reader.RUNNER_UP_GAP``): the same, with the second-best
  sentence quoted too when it scores within each gap of the first (and the two fit in
  ``answer.MAX_RUNNER_UP_CHARS``), and how often a second sentence is quoted;
- for the default reading (``read_passages``, then ``read_more`` below ``READ_MORE_BELOW``,
  at ``RETRIEVAL_WEIGHT``): the Platt fit to ship, the refusal curve of the calibrated
  probability, and the threshold (``reader_min_score``) that refuses the most unanswerable
  questions while refusing at most ``--max-answerable-refused`` of the answerable ones.

Prints the tables and writes benchmarks/results/reader_calibration.json. About 11 minutes on
this CPU; ``--read 4 --no-sentences`` (the counts up to 4, no sentence parts) about 4.

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

from paddockqa.answer import MAX_RUNNER_UP_CHARS, compose_read, read_rank, sentence_priors  # noqa: E402
from paddockqa.config import load_settings  # noqa: E402
from paddockqa.corpus import CorpusScan  # noqa: E402
from paddockqa.dataset import load_dataset, with_unanswerable  # noqa: E402
from paddockqa.evaluation import answer_hit, index_folder, strip_markers  # noqa: E402
from paddockqa.instructions import masked  # noqa: E402
from paddockqa.pipeline import Pipeline  # noqa: E402
from paddockqa.reader import READ_MORE_BELOW, RETRIEVAL_WEIGHT, heading, read_adaptively  # noqa: E402

READS = [2, 3, 4, 6, 8, 10]
SENTENCE_WEIGHTS = [None, 0.0, 10.0, 16.0, 20.0, 24.0, 32.0]  # None: the sentence of the best span
RUNNER_UP_GAPS = [0.0, 0.5, 1.0, 2.0, 3.0]  # 0: never a second sentence
ADAPTIVE_BELOW = [-3.0, -2.0, -1.0, 0.0, 1.0, 2.0, 3.0]
WEIGHTS = [0.0, 0.1, 0.2, 0.3, 0.5, 1.0]
THRESHOLDS = [round(x, 2) for x in np.arange(0.05, 0.96, 0.05)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dataset", type=Path, default=ROOT.parent / "shared" / "data" / "piaf-dev")
    parser.add_argument("--removed", type=int, default=40, help="gold paragraphs removed")
    parser.add_argument("--read", type=int, default=max(READS), help="passages read per question")
    parser.add_argument("--max-answerable-refused", type=float, default=0.08)
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--dump", type=Path, default=None, help="pickle the readings here, for exploration")
    parser.add_argument(
        "--no-sentences",
        action="store_true",
        help="skip the sentence quoted and the runner-up (they read every gold paragraph 12 times more)",
    )
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
        priors = [sentence_priors(h, retrieval.query) for h in retrieval.hits]
        texts = [masked(h.chunk.text) for h in retrieval.hits]
        readings = reader.read(q.question, texts, priors, headings=[heading(h.chunk) for h in retrieval.hits])
        records.append((q, retrieval, readings))
    if args.dump:
        import pickle

        args.dump.write_bytes(pickle.dumps([(q, r.hits, readings) for q, r, readings in records]))

    def run(read: int, weight: float, more: int = 0, below: float = 0.0):
        """Per question: (question, top hit, hits) after reading ``read`` passages, and ``more``
        when the best answerable logit of those is below ``below`` (adaptive reading)."""
        out = []
        for q, retrieval, readings in records:
            hits = read_adaptively(retrieval.hits, read, more, lambda a, b, r=readings: r[a:b], weight, below)
            top = hits[0] if hits else None
            out.append((q, top, hits))
        return out

    answerable = [r for r in records if r[0].gold is not None]

    def answer_hits(chosen, calibration, threshold: float = 0.0) -> list[bool]:
        """Per question of ``chosen``: answered with a gold answer in the text (False when unanswerable)."""
        out = []
        for q, _, read_hits in chosen:
            if q.gold is None:
                out.append(False)
                continue
            reply = compose_read(q.question, read_rank(read_hits, calibration), threshold)
            out.append(reply.answered and answer_hit(strip_markers(reply.text), q.answers))
        return out

    def calibrate(chosen):
        """Platt scaling of the top reading's logit, and its refusal curve."""
        labels = np.array([q.gold is not None for q, _, _ in chosen], dtype=int)
        logits = np.array([top.reading.score if top and top.reading else -20.0 for _, top, _ in chosen])
        model = LogisticRegression(C=100.0, max_iter=1000).fit(logits[:, None], labels)
        calibration = (round(float(model.coef_[0][0]), 4), round(float(model.intercept_[0]), 4))
        probs = 1 / (1 + np.exp(-(calibration[0] * logits + calibration[1])))
        hits_arr = np.array(answer_hits(chosen, calibration))
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
        return calibration, threshold, curve

    from sklearn.linear_model import LogisticRegression

    grid = []
    reads = [r for r in READS if r <= args.read]  # a count beyond what was read would repeat the last
    for read in tqdm(reads, desc="grid", unit="count"):
        for weight in WEIGHTS:
            chosen = run(read, weight)
            rows = [(q, top) for q, top, _ in chosen if q.gold is not None]
            recall1 = float(np.mean([top is not None and top.chunk.source == q.gold for q, top in rows]))
            hit1 = float(np.mean([h for (q, _, _), h in zip(chosen, answer_hits(chosen, (1.0, 0.0))) if q.gold]))
            grid.append(
                {
                    "read_passages": read,
                    "retrieval_weight": weight,
                    "recall@1": round(recall1, 4),
                    "answer_hit@1": round(hit1, 4),
                }
            )
    best = max(grid, key=lambda g: (g["answer_hit@1"], g["recall@1"], -g["read_passages"]))
    print("| read_passages | retrieval weight | recall@1 | answer_hit@1 (never refusing) |\n|---|---|---|---|")
    for g in grid:
        print(f"| {g['read_passages']} | {g['retrieval_weight']} | {g['recall@1']} | {g['answer_hit@1']} |")
    print(f"\nbest: {best}  ({len(answerable)} answerable questions)")

    # Each count at the grid's weight, calibrated on its own: what its threshold refuses and answers.
    by_count = []
    for read in reads:
        _, at, _ = calibrate(run(read, best["retrieval_weight"]))
        by_count.append({"read_passages": read, **at})
    print("\n| read_passages | threshold | unanswerable refused | answerable refused | answer_hit@1 |")
    print("|---|---|---|---|---|")
    for c in by_count:
        print(
            f"| {c['read_passages']} | {c['threshold']} | {c['unanswerable_refused']} "
            f"| {c['answerable_refused']} | {c['answer_hit@1']} |"
        )

    # Adaptive: read 2, and 2 more only when the best of those is unsure (a logit below ``below``).
    adaptive = []
    for weight in (0.5, 1.0):
        for below in ADAPTIVE_BELOW:
            chosen = run(2, weight, 2, below)
            extended = float(np.mean([len([h for h in hits if h.reading]) > 2 for _, _, hits in chosen]))
            hit1 = float(np.mean([h for (q, _, _), h in zip(chosen, answer_hits(chosen, (1.0, 0.0))) if q.gold]))
            fit, at, _ = calibrate(chosen)
            adaptive.append(
                {
                    "retrieval_weight": weight,
                    "below": below,
                    "read_more": round(extended, 4),
                    "answer_hit@1 never refusing": round(hit1, 4),
                    "calibration": fit,  # the Platt scaling to ship when this row is the default
                    **at,
                }
            )
    print(
        "\n| weight | read 2 more below logit | share reading 4 | answer_hit@1 never refusing "
        "| calibration (a, b) | threshold | unanswerable refused | answerable refused | answer_hit@1 |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    for a in adaptive:
        print(
            f"| {a['retrieval_weight']} | {a['below']} | {a['read_more']} | {a['answer_hit@1 never refusing']} "
            f"| {a['calibration']} | {a['threshold']} "
            f"| {a['unanswerable_refused']} | {a['answerable_refused']} | {a['answer_hit@1']} |"
        )

    # The sentence quoted, the gold paragraph read alone (issue 13: the sentence naming the
    # driver won over the one with the fact).
    golds = []
    for q, retrieval, _ in records:
        hit = next((h for h in retrieval.hits if q.gold is not None and h.chunk.source == q.gold), None)
        priors = sentence_priors(hit, retrieval.query) if hit else ()
        if priors:
            golds.append((q, masked(hit.chunk.text), priors, heading(hit.chunk)))

    def quoted(reading, passage: str, priors) -> str:
        """The sentence of ``priors`` that holds the reading's span start ("" if none)."""
        return next((passage[a:b] for a, b, _ in priors if a <= reading.start < b), "")

    sentence_choice = []
    for weight in tqdm([] if args.no_sentences else SENTENCE_WEIGHTS, desc="sentence weights", unit="weight"):
        right = 0
        for q, passage, priors, title in golds:
            reading = reader.read(
                q.question, [passage], None if weight is None else [priors], weight or 0.0, headings=[title]
            )[0]
            right += answer_hit(quoted(reading, passage, priors), q.answers)
        sentence_choice.append({"weight": weight, "sentence_holds_answer": round(right / max(len(golds), 1), 4)})
    print(f"\n| sentence quoted ({len(golds)} gold paragraphs read alone) | holds the answer |\n|---|---|")
    for c in sentence_choice:
        name = "the best span's" if c["weight"] is None else f"mass + {c['weight']} x similarity"
        print(f"| {name} | {c['sentence_holds_answer']} |")

    # The runner-up sentence quoted too when the reader is torn (``RUNNER_UP_GAP``).
    runner_up = []
    for gap in tqdm([] if args.no_sentences else RUNNER_UP_GAPS, desc="runner-up gaps", unit="gap"):
        right = added = 0
        for q, passage, priors, title in golds:
            reading = reader.read(q.question, [passage], [priors], runner_up_gap=gap, headings=[title])[0]
            text = quoted(reading, passage, priors)
            if reading.runner_up is not None:
                second = passage[reading.runner_up[0] : reading.runner_up[1]]
                if len(text) + len(second) + 1 <= MAX_RUNNER_UP_CHARS:
                    text, added = f"{text} {second}", added + 1
            right += answer_hit(text, q.answers)
        runner_up.append(
            {
                "gap": gap,
                "sentence_holds_answer": round(right / max(len(golds), 1), 4),
                "second_quoted": round(added / max(len(golds), 1), 4),
            }
        )
    print("\n| runner-up quoted within | holds the answer | a second sentence quoted |\n|---|---|---|")
    for c in runner_up:
        print(f"| {c['gap']} | {c['sentence_holds_answer']} | {c['second_quoted']} |")

    # The calibration to ship: that of the default reading (read_passages, then read_more
    # below READ_MORE_BELOW, at RETRIEVAL_WEIGHT), whatever the grid preferred.
    default = run(settings.read_passages, RETRIEVAL_WEIGHT, settings.read_more, READ_MORE_BELOW)
    calibration, threshold, curve = calibrate(default)
    print(
        f"\nthe default reading ({settings.read_passages}, then {settings.read_more} more below logit "
        f"{READ_MORE_BELOW}, weight {RETRIEVAL_WEIGHT}): calibration (a, b) = {calibration}; "
        f"chosen threshold {threshold}\n"
    )
    print("| reader_min_score | unanswerable refused | answerable refused | answer_hit@1 |\n|---|---|---|---|")
    for c in curve:
        print(f"| {c['threshold']} | {c['unanswerable_refused']} | {c['answerable_refused']} | {c['answer_hit@1']} |")
    result = {
        "dataset": full.name,
        "removed_paragraphs": args.removed,
        "questions": len(records),
        "unanswerable": len(records) - len(answerable),
        "grid": grid,
        "by_count": by_count,
        "adaptive": adaptive,
        "chosen": best,
        "calibration": calibration,
        "threshold": threshold,
        "curve": curve,
        "sentence_choice": sentence_choice,
        "runner_up": runner_up,
    }
    out = ROOT / "benchmarks" / "results" / "reader_calibration.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"\nwritten to {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
