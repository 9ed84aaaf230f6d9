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
from paddockqa.evaluation import RANK_DEPTH, index_folder  # noqa: E402
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


def ranks(zscores: list[np.ndarray], documents: list[np.ndarray], weights: tuple[float, ...]) -> np.ndarray:
    """Each question's 1-based rank of its gold document in the fused order, 0 when absent (pure).

    ``zscores[i]``: (n_i, 3) z-scores of question i's candidate passages; ``documents[i]``:
    (n_i,) the document of each passage, 0 for the gold one. A document ranks by its best
    passage, as ``paddockqa eval`` counts documents; a tie goes to the gold document (the
    search breaks ties by row order), which flatters only weightings where many scores tie.
    """
    out = np.zeros(len(zscores), dtype=np.int64)
    for i, (z, docs) in enumerate(zip(zscores, documents, strict=True)):
        gold = docs == 0
        if gold.any():
            fused = fuse(z, weights)
            out[i] = 1 + len(np.unique(docs[fused > fused[gold].max()]))
    return out


def metrics(rank: np.ndarray) -> dict[str, float]:
    """recall@1, recall@5 and MRR@10 from gold ranks (0: not found) (pure)."""
    found = rank > 0
    return {
        "recall@1": round(float(np.mean(rank == 1)), 4),
        "recall@5": round(float(np.mean(found & (rank <= 5))), 4),
        "mrr@10": round(float(np.mean(np.where(found & (rank <= RANK_DEPTH), 1 / np.maximum(rank, 1), 0))), 4),
    }


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
    scored: dict[str, tuple[list[np.ndarray], list[np.ndarray]]] = {"fr": ([], []), "en": ([], [])}
    for row in tqdm(rows, desc="retrieving", unit="question"):
        for language, question in (("fr", row["question"]), ("en", english[row["id"]])):
            found = retriever.candidates(question, pipeline.embedder.embed_query(question))
            scored[language][0].append(found.zscores)
            docs = [sources[r] for r in found.rows]
            ids = {d: n for n, d in enumerate(dict.fromkeys([row["gold_paragraph_id"], *docs]))}
            scored[language][1].append(np.array([ids[d] for d in docs]))
    result: dict[str, object] = {"dataset": "piaf-train", "questions": len(rows), "step": STEP}
    print(f"piaf-train, {len(rows)} questions in each language, the fused order (reader off)\n")
    print("| questions | weights (dense, lexical, sentence) | recall@1 | recall@5 | mrr@10 |")
    print("|---|---|---|---|---|")
    for language, shipped in (("fr", WEIGHTS), ("en", ENGLISH_WEIGHTS)):
        z, gold = scored[language]
        table = sorted(
            ((w, metrics(ranks(z, gold, w))) for w in grid()),
            key=lambda item: -(item[1]["recall@1"] + item[1]["mrr@10"]),
        )
        best = table[0]
        rows_shown = {"best": best, "shipped": (shipped, metrics(ranks(z, gold, shipped)))}
        if language == "en":
            rows_shown["French weights"] = (WEIGHTS, metrics(ranks(z, gold, WEIGHTS)))
        for name, (w, m) in rows_shown.items():
            print(f"| {language} | {name} {w} | {m['recall@1']:.3f} | {m['recall@5']:.3f} | {m['mrr@10']:.3f} |")
        result[language] = {name: {"weights": w, **m} for name, (w, m) in rows_shown.items()}
        result[f"{language}_grid"] = [{"weights": w, **m} for w, m in table]
    out = ROOT / "benchmarks" / "results" / "fusion_weights.json"
    out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"\nwrote {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
