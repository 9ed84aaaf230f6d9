"""How much less sure is the reader of a question asked in English? piaf-dev, the same questions both ways.

The reader was trained on French questions. For each question of ``eval/piaf-dev-en`` (160
piaf-dev questions, each asked as PIAF writes it and in our English translation), the
shipped reader (ONNX, as PaddockQA runs it) reads the question's gold paragraph and the
other paragraphs of its article (on topic, mostly silent) once with the French question
and once with the English one. Reported: the answerable logit's mean and median difference
(French - English) on the gold paragraph, and on the best-scored other paragraph of the
article (the one a refusal must see through when the gold paragraph is missing), and how
often the gold paragraph scores above every other paragraph of its article in each
language. ``reader.ENGLISH_LOGIT_SHIFT`` is the median over both, rounded to 0.1: added to
an English question's logit, it puts English on the scale ``CALIBRATION`` was fitted on
(French piaf-dev), so that an English question is answered and refused about as often as
the same question in French. Re-run it whenever the reader's weights change.

    .venv/bin/python benchmarks/reader_language.py

Prints a table and writes benchmarks/results/reader_language.json. About 2 minutes.
"""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "training"))

from train_reader import english_questions, read_jsonl  # noqa: E402 - the set's English twins as training reads them

from paddockqa.config import load_settings  # noqa: E402
from paddockqa.reader import load_reader  # noqa: E402

DATASET = ROOT / "eval" / "piaf-dev-en"


def pairs(folder: Path) -> list[tuple[dict, str]]:
    """Each French question of the set with its English twin's text (ids ending in ``-en``)."""
    rows = read_jsonl(next(folder.glob("*questions.jsonl")))
    english = english_questions(rows)
    return [(row, english[row["id"]]) for row in rows if row["id"] in english]


def main() -> None:
    from tqdm import tqdm

    with gzip.open(next(DATASET.glob("*corpus.jsonl.gz")), "rt", encoding="utf-8") as f:
        corpus = {p["id"]: p for p in map(json.loads, f)}
    by_title: dict[str, list[str]] = {}
    for pid, p in corpus.items():
        by_title.setdefault(p["title"], []).append(pid)
    reader = load_reader(load_settings({}).model_cache)
    gold_diffs: list[float] = []
    other_diffs: list[float] = []  # the best-scored other paragraph of the article
    gold_first = {"fr": 0, "en": 0}
    questions = pairs(DATASET)
    for question, english in tqdm(questions, desc="reading", unit="question"):
        gold = question["gold_paragraph_id"]
        pids = [gold, *(pid for pid in by_title[corpus[gold]["title"]] if pid != gold)]
        texts = [corpus[pid]["text"] for pid in pids]
        french_scores = [r.score for r in reader.read(question["question"], texts)]
        english_scores = [r.score for r in reader.read(english, texts)]
        gold_diffs.append(french_scores[0] - english_scores[0])
        if len(pids) > 1:
            other_diffs.append(max(french_scores[1:]) - max(english_scores[1:]))
        gold_first["fr"] += french_scores[0] >= max(french_scores)
        gold_first["en"] += english_scores[0] >= max(english_scores)
    every = np.array(gold_diffs + other_diffs)
    result = {
        "dataset": str(DATASET.relative_to(ROOT)),
        "questions": len(questions),
        "readings": len(every),
        "gold_mean": round(float(np.mean(gold_diffs)), 3),
        "gold_median": round(float(np.median(gold_diffs)), 3),
        "others_mean": round(float(np.mean(other_diffs)), 3),
        "others_median": round(float(np.median(other_diffs)), 3),
        "all_median": round(float(np.median(every)), 3),
        "shift": round(float(np.median(every)), 1),
        "gold_first_french": round(gold_first["fr"] / len(questions), 4),
        "gold_first_english": round(gold_first["en"] / len(questions), 4),
    }
    print("| answerable logit, French - English | mean | median |\n|---|---|---|")
    print(f"| gold paragraph ({len(gold_diffs)}) | {result['gold_mean']} | {result['gold_median']} |")
    others = f"best-scored other paragraph of its article ({len(other_diffs)})"
    print(f"| {others} | {result['others_mean']} | {result['others_median']} |")
    print(f"\nmedian over both: {result['all_median']} -> shift {result['shift']}")
    print(
        f"gold paragraph above every other of its article: French {result['gold_first_french']}, "
        f"English {result['gold_first_english']}"
    )
    out = ROOT / "benchmarks" / "results" / "reader_language.json"
    out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"written to {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
