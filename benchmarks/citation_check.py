"""How well the citation check tells supported claims from unsupported ones, on PIAF.

There is no LLM here to write answers, so claims are made from PIAF's question-answer
pairs, stated as "<question without its mark> : <answer>." (a claim that restates the
question's words, as an LLM's answer does), and checked against a passage exactly as
``generation.checked`` does (the same sentence vectors, ``verify.check_claim``):

- supported: the claim against its gold paragraph;
- unsupported, absent: the claim against another paragraph of the same article (on
  topic, the names match, the fact is not there: the hard case);
- unsupported, wrong value: the claim with the answer of a question about another
  article, against the gold paragraph (the sentence is on topic, the value is wrong).

Prints, for a grid of thresholds, the share of supported claims accepted and of each
kind of unsupported claim flagged, and writes benchmarks/results/citation_check.json.

    .venv/bin/python benchmarks/citation_check.py [--dataset ../shared/data/piaf] [--sample 400]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from paddockqa import verify  # noqa: E402
from paddockqa.config import load_settings  # noqa: E402
from paddockqa.dataset import load_dataset  # noqa: E402
from paddockqa.domain import Document  # noqa: E402
from paddockqa.lexical import tokenize  # noqa: E402
from paddockqa.pipeline import Pipeline  # noqa: E402
from paddockqa.sentences import split_document  # noqa: E402
from paddockqa.verify import Claim, check_claim  # noqa: E402

SIMILARITIES = [0.80, 0.82, 0.84, 0.85, 0.86, 0.87, 0.88, 0.90]
COVERAGES = [0.5, 0.6, 0.7, 0.75, 0.8, 0.9, 1.01]  # 1.01: coverage never suffices


def claim_text(question: str, answer: str) -> str:
    return f"{question.strip().rstrip('?').strip()} : {answer.strip()}."


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dataset", type=Path, default=ROOT.parent / "shared" / "data" / "piaf")
    parser.add_argument("--sample", type=int, default=400)
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "citation_check.json")
    args = parser.parse_args()

    began = time.perf_counter()
    dataset = load_dataset(args.dataset)
    documents = {d.source: d for d in dataset.documents}
    by_title: dict[str, list[Document]] = {}
    for d in dataset.documents:
        by_title.setdefault(d.title, []).append(d)
    rng = random.Random(0)
    usable = [q for q in dataset.questions if q.gold and len(by_title[documents[q.gold].title]) > 1 and q.answers]
    sample = rng.sample(usable, min(args.sample, len(usable)))

    embedder = Pipeline(load_settings()).embedder
    cache: dict[str, np.ndarray] = {}

    def sentence_vectors(doc: Document) -> np.ndarray:
        if doc.source not in cache:
            cache[doc.source] = embedder.embed_documents([s.indexed_text for s in split_document(doc)])
        return cache[doc.source]

    cases = []  # (kind, similarity, coverage, verdict as shipped, rules passed)
    for q in sample:
        gold = documents[q.gold]
        other = rng.choice([d for d in by_title[gold.title] if d.source != gold.source])
        stranger = rng.choice([s for s in sample if documents[s.gold].title != gold.title])
        pairs = [
            ("supported", claim_text(q.question, q.answers[0]), gold),
            ("absent", claim_text(q.question, q.answers[0]), other),
            ("wrong value", claim_text(q.question, stranger.answers[0]), gold),
        ]
        for kind, text, doc in pairs:
            vectors = sentence_vectors(doc)
            similarity = float((vectors @ embedder.embed_query(text)).max()) if len(vectors) else 0.0
            check = check_claim(Claim(0, text + " [1]", text, (1,)), [doc.text], similarity)
            rules = check.supported or check.reason == verify.NOT_SAID
            # Coverage counts only for a claim of MIN_COVERAGE_WORDS words or more, as in the check.
            worded = len(tokenize(text)) >= verify.MIN_COVERAGE_WORDS
            cases.append((kind, check.similarity, check.coverage if worded else 0.0, check.supported, rules))

    kinds = ["supported", "absent", "wrong value"]
    grid = []
    for s in SIMILARITIES:
        for c in COVERAGES:
            row: dict[str, object] = {"min_similarity": s, "min_coverage": c}
            for kind in kinds:
                mine = [x for x in cases if x[0] == kind]
                accepted = sum(rules and (sim >= s or cov >= c) for _, sim, cov, _, rules in mine) / len(mine)
                row[kind] = round(accepted, 3)
            grid.append(row)
    shipped = {
        kind: round(float(np.mean([x[3] for x in cases if x[0] == kind])), 3) for kind in kinds
    }  # share accepted as shipped
    result = {
        "claims_per_kind": len(sample),
        "shipped": {"min_similarity": verify.MIN_SIMILARITY, "min_coverage": verify.MIN_COVERAGE, **shipped},
        "grid": grid,
        "seconds": round(time.perf_counter() - began, 1),
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")

    print(f"{len(sample)} claims of each kind; share ACCEPTED (want high for supported, low for the others)")
    print("| min_similarity | min_coverage | supported accepted | absent flagged | wrong value flagged |")
    print("|---|---|---|---|---|")
    for row in grid:
        mark = (
            "**" if (row["min_similarity"], row["min_coverage"]) == (verify.MIN_SIMILARITY, verify.MIN_COVERAGE) else ""
        )
        print(
            f"| {mark}{row['min_similarity']}{mark} | {mark}{row['min_coverage']}{mark} | {row['supported']} "
            f"| {1 - float(row['absent']):.3f} | {1 - float(row['wrong value']):.3f} |"  # type: ignore[arg-type]
        )
    print(f"shipped: {result['shipped']}; {result['seconds']} s")


if __name__ == "__main__":
    main()
