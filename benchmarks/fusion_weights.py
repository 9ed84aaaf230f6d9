"""The retriever's fusion weights for each question language, fitted on piaf-train.

PaddockQA fuses three signals per passage (dense, BM25, best sentence; ``retrieval``). BM25
matches French words, so a question asked in English shares only its names, numbers and a
few cognates with the texts. For every piaf-train question, asked as PIAF writes it and in
our English translation (``training/data/piaf-train-en.jsonl``), this script takes the
retriever's own candidates and standardised signals (``Retriever.candidates``, over PIAF's
whole corpus; the 5,354 pairs whose English question ``language.question_language`` takes
for English and whose French one for French), then scores every weighting on a grid of steps of 0.1 by the fused order's
recall@1, recall@5 and MRR@10 of the gold paragraph (one paragraph, one document). The best
by recall@1 + MRR@10 is ``retrieval.ENGLISH_WEIGHTS`` for English; the French rows show
``WEIGHTS`` against the best on these questions. Only piaf-train is read (the fitting split);
``paddockqa eval --dataset eval/piaf-dev-en`` measures the choice on piaf-dev.

    .venv/bin/python benchmarks/fusion_weights.py [--limit N]

Prints a table and writes benchmarks/results/fusion_weights.json. About 6 minutes (embedding
10,708 questions, then the grid); the first run indexes the corpus (about 4 minutes).
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "training"))

from train_reader import english_questions, read_jsonl  # noqa: E402 - the translations as training reads them

from paddockqa.config import load_settings  # noqa: E402
from paddockqa.corpus import CorpusScan  # noqa: E402
from paddockqa.dataset import load_dataset  # noqa: E402
from paddockqa.evaluation import index_folder, ranked_documents, reciprocal_rank  # noqa: E402
from paddockqa.language import ENGLISH, FRENCH, question_language  # noqa: E402
from paddockqa.pipeline import Pipeline  # noqa: E402
from paddockqa.retrieval import ENGLISH_WEIGHTS, WEIGHTS, Retriever, fuse  # noqa: E402

TRAIN = ROOT.parent / "shared" / "data" / "piaf-train"
TRANSLATIONS = ROOT / "training" / "data" / "piaf-train-en.jsonl"
STEP = 0.1


def grid(step: float = STEP) -> list[tuple[float, float, float]]:
    """Every (dense, lexical, sentence) weighting on a grid of ``step`` summing to 1 (pure)."""
    points = [round(x * step, 3) for x in range(int(round(1 / step)) + 1)]
    return [(d, lex, round(1 - d - lex, 3)) for d, lex in itertools.product(points, repeat=2) if d + lex <= 1 + 1e-9]


Asked = tuple[np.ndarray, list[str], str]  # a question's candidates' z-scores (n, 3), their documents, its gold


def metrics(asked: list[Asked], weights: tuple[float, ...]) -> dict[str, float]:
    """recall@1, recall@5 and MRR@10 of the gold documents in the fused order (pure).

    Ties keep the candidates' row order, as the search's stable sort does, and documents are
    ranked by their best passage (``evaluation.ranked_documents``), as ``paddockqa eval`` counts.
    """
    first = five = rr = 0.0
    for zscores, documents, gold in asked:
        order = np.argsort(-fuse(zscores, weights), kind="stable")
        ranked = ranked_documents(documents[i] for i in order)
        first += gold in ranked[:1]
        five += gold in ranked[:5]
        rr += reciprocal_rank(ranked, gold)
    n = len(asked)
    return {"recall@1": round(first / n, 4), "recall@5": round(five / n, 4), "mrr@10": round(rr / n, 4)}


def main() -> None:
    from tqdm import tqdm

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, help="the first N questions only (a quick look)")
    args = parser.parse_args()
    dataset = load_dataset(TRAIN)
    settings = load_settings({})
    pipeline = Pipeline(replace(settings, index=index_folder(settings, dataset)))
    pipeline.build(lambda *a: None, scan=CorpusScan(dataset.documents, ()))
    retriever = Retriever(pipeline.loaded(), pipeline.embedder)
    with gzip.open(next(TRAIN.glob("*questions.jsonl.gz")), "rt", encoding="utf-8") as f:
        rows = [json.loads(line) for line in f]
    english = english_questions(read_jsonl(TRANSLATIONS))
    # The pairs each weighting applies to: the English twin taken for English, the French for French.
    rows = [
        r
        for r in rows
        if r["id"] in english
        and question_language(english[r["id"]]) == ENGLISH
        and question_language(r["question"]) == FRENCH
    ][: args.limit]
    sources = [c.source for c in retriever.index.chunks]
    scored: dict[str, list[Asked]] = {"fr": [], "en": []}
    for row in tqdm(rows, desc="retrieving", unit="question"):
        for language, question in (("fr", row["question"]), ("en", english[row["id"]])):
            found = retriever.candidates(question, pipeline.embedder.embed_query(question))
            scored[language].append((found.zscores, [sources[r] for r in found.rows], row["gold_paragraph_id"]))
    result: dict[str, object] = {"dataset": "piaf-train", "questions": len(rows), "step": STEP}
    print(f"piaf-train, {len(rows)} questions in each language, the fused order (reader off)\n")
    print("| questions | weights (dense, lexical, sentence) | recall@1 | recall@5 | mrr@10 |")
    print("|---|---|---|---|---|")
    for language, shipped in (("fr", WEIGHTS), ("en", ENGLISH_WEIGHTS)):
        asked = scored[language]
        table = sorted(
            ((w, metrics(asked, w)) for w in grid()),
            key=lambda item: -(item[1]["recall@1"] + item[1]["mrr@10"]),
        )
        best = table[0]
        rows_shown = {"best": best, "shipped": (shipped, metrics(asked, shipped))}
        if language == "en":
            rows_shown["French weights"] = (WEIGHTS, metrics(asked, WEIGHTS))
        for name, (w, m) in rows_shown.items():
            print(f"| {language} | {name} {w} | {m['recall@1']:.3f} | {m['recall@5']:.3f} | {m['mrr@10']:.3f} |")
        result[language] = {name: {"weights": w, **m} for name, (w, m) in rows_shown.items()}
        result[f"{language}_grid"] = [{"weights": w, **m} for w, m in table]
    out = ROOT / "benchmarks" / "results" / "fusion_weights.json"
    out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"\nwrote {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
