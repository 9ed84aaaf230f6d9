"""Does the reader prefer a paragraph's first sentence? piaf-dev, gold paragraph given.

For every question of ``--dataset`` (never the training split), the reader reads its gold
paragraph alone; the sentence of its best span (``reader.best_span``, sentences as
``text.split_sentences`` cuts them for quoting) is right when it holds the gold answer's
start. Reported for the questions whose answer (the first annotation) is in the paragraph's
first sentence and for the others, side by side for each ``--reader`` folder: a reader without a position bias is
about as right on both, and among its wrong picks takes the first sentence about as often as
the answers sit there. Each folder is assembled on the converted e5 (torch, as training
scores it), so a candidate needs no export.

    .venv/bin/python benchmarks/reader_position.py --reader src/paddockqa/models/reader \\
        --reader training/runs/shuffle/out

Prints a table and writes benchmarks/results/reader_position.json. About 2 minutes a reader.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "training"))

from train_reader import load_split  # noqa: E402 - PIAF's files as training reads them

from paddockqa.reader import best_span  # noqa: E402
from paddockqa.reader_model import ReaderConfig, assemble, windows  # noqa: E402
from paddockqa.text import split_sentences  # noqa: E402


def sentence_of(spans: list[tuple[int, int]], at: int) -> int | None:
    """The index of the sentence holding character ``at``, or None (between sentences)."""
    return next((i for i, (a, b) in enumerate(spans) if a <= at < b), None)


def measure(folder: Path, base: Path, dataset: Path, limit: int | None) -> dict:
    """The reader in ``folder`` on every question of ``dataset`` with its gold paragraph alone."""
    import torch
    from tokenizers import Tokenizer
    from tqdm import tqdm

    corpus, questions = load_split(dataset)
    config = ReaderConfig.load(folder)
    tokenizer = Tokenizer.from_file(str(base / "tokenizer.json"))
    model = assemble(base, folder)
    rows = []
    with torch.no_grad():
        for q in tqdm(questions[:limit] if limit else questions, desc=folder.name, unit="q"):
            gold = corpus[q["gold_paragraph_id"]]["text"]
            spans = split_sentences(gold)
            right = sentence_of(spans, q["answers"][0]["answer_start"])  # the first annotation's
            if right is None:
                continue
            title = corpus[q["gold_paragraph_id"]].get("title", "")  # read by a reader trained with titles
            w = windows(tokenizer, q["question"], gold, config, title)[0]
            ids = torch.tensor([w.ids])
            s, e, _ = model(ids, torch.ones_like(ids))
            span = best_span(s[0].numpy(), e[0].numpy(), w, passage=gold)
            picked = sentence_of(spans, span[0]) if span else None
            rows.append((right, picked, len(spans)))
    first = [r for r in rows if r[0] == 0 and r[2] > 1]  # a one-sentence paragraph has no position
    later = [r for r in rows if r[0] > 0]
    wrong = [r for r in first + later if r[1] != r[0]]
    return {
        "reader": str(folder),
        "questions": len(first) + len(later),
        "answer_in_first_sentence": len(first),
        "right_when_first": round(float(np.mean([r[1] == r[0] for r in first])), 4) if first else None,
        "right_when_later": round(float(np.mean([r[1] == r[0] for r in later])), 4) if later else None,
        "wrong": len(wrong),
        "wrong_picking_first": sum(r[1] == 0 for r in wrong),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reader", type=Path, action="append", required=True, help="a reader folder (repeatable)")
    parser.add_argument("--dataset", type=Path, default=ROOT.parent / "shared" / "data" / "piaf-dev")
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "reader_position.json")
    args = parser.parse_args()

    from paddockqa.config import load_settings
    from paddockqa.model_convert import CONVERTED_FOLDER, ensure_converted

    base = ensure_converted(load_settings().model_cache / CONVERTED_FOLDER)
    results = [measure(folder, base, args.dataset, args.limit or None) for folder in args.reader]
    columns = ["reader", "questions", "answer in 1st sentence", "right when 1st", "right when later", "wrong"]
    print("| " + " | ".join([*columns, "wrong picking 1st"]) + " |")
    print("|---|---|---|---|---|---|---|")
    for r in results:
        print(
            f"| {r['reader']} | {r['questions']} | {r['answer_in_first_sentence']} | {r['right_when_first']} "
            f"| {r['right_when_later']} | {r['wrong']} | {r['wrong_picking_first']} |"
        )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"dataset": str(args.dataset), "readers": results}, indent=2) + "\n", "utf-8")


if __name__ == "__main__":
    main()
