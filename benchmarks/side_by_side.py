"""Side by side, in one process and on the same chunks: PaddockQA's retrieval against each
of its signals alone and against the plain pipeline most tutorials show (LangChain's FAISS
vector store over the same embedding model, top passage as the answer).

Prints a Markdown table and writes benchmarks/results/side_by_side.json.

    .venv/bin/python benchmarks/side_by_side.py [--dataset ../shared/data/piaf] [--limit N]

Needs `pip install -e '.[bench]'` (langchain-community) besides the project itself.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from paddockqa.answer import MAX_RUNNER_UP_CHARS  # noqa: E402
from paddockqa.config import load_settings  # noqa: E402
from paddockqa.corpus import CorpusScan  # noqa: E402
from paddockqa.dataset import load_dataset  # noqa: E402
from paddockqa.evaluation import (  # noqa: E402
    RANK_DEPTH,
    QuestionResult,
    answer_hit,
    index_folder,
    ranked_documents,
    strip_markers,
    summarise,
)
from paddockqa.language import question_language  # noqa: E402
from paddockqa.lexical import top_positive  # noqa: E402
from paddockqa.pipeline import Pipeline  # noqa: E402
from paddockqa.retrieval import Retrieval, Retriever, best_per_range, range_ids  # noqa: E402
from paddockqa.store import LoadedIndex  # noqa: E402

DEPTH = RANK_DEPTH * 3  # passages kept per question, as `paddockqa eval` does
Reply = tuple[tuple[str, ...], str, bool]  # ranked documents, answer text, answered
System = Callable[[str], Reply]


def signal_only(pipeline: Pipeline, index: LoadedIndex, which: str) -> System:
    """Rank passages by one signal, then answer with PaddockQA's answer step (without the reader)."""
    embedder = pipeline.embedder
    retriever = Retriever(index, embedder)
    sentence_matrix = index.sentence_vectors.reconstruct_n(0, index.sentence_vectors.ntotal)  # type: ignore[attr-defined]

    def ask(question: str) -> Reply:
        query = embedder.embed_query(question)
        if which == "dense":
            scores, ids = index.vectors.search(query[None, :], DEPTH)  # type: ignore[attr-defined]
            rows, values = ids[0][ids[0] >= 0], scores[0][ids[0] >= 0]
        elif which == "bm25":
            all_scores = index.lexical.scores(question)
            rows = top_positive(all_scores, DEPTH)
            values = all_scores[rows] if len(rows) else np.empty(0)
        else:  # best sentence
            sims = sentence_matrix @ query
            best = best_per_range(
                sims[range_ids(index.sentence_ranges)], index.sentence_ranges, np.full(len(index.chunks), -1.0)
            )
            rows = np.argsort(-best)[:DEPTH]
            values = best[rows]
        hits = tuple(retriever.hit(int(r), float(v), 0.0, 0.0, 0.0) for r, v in zip(rows, values))
        reply = pipeline.answer(Retrieval(question, query, hits, index, question_language(question)))
        return ranked_documents([h.chunk.source for h in hits]), strip_markers(reply.text), reply.answered

    return ask


def langchain_faiss(pipeline: Pipeline, index: LoadedIndex) -> System:
    """The tutorial pipeline: FAISS.from_texts over the chunk texts, similarity_search, top chunk.

    As in the tutorials, chunks are embedded as they are, without their headline; the model
    and its e5 prompts are the same as ours.
    """
    from langchain_community.vectorstores import FAISS
    from langchain_core.embeddings import Embeddings

    embedder = pipeline.embedder

    class SameModel(Embeddings):
        def embed_documents(self, texts: list[str]) -> list[list[float]]:
            return embedder.embed_documents(texts).tolist()

        def embed_query(self, text: str) -> list[float]:
            return embedder.embed_query(text).tolist()

    store = FAISS.from_texts(
        [c.text for c in index.chunks], SameModel(), metadatas=[{"source": c.source} for c in index.chunks]
    )

    def ask(question: str) -> Reply:
        docs = store.similarity_search(question, k=DEPTH)
        # Cut to the longest answer ours may give (two sentences, the reader's runner-up).
        top = docs[0].page_content[:MAX_RUNNER_UP_CHARS] if docs else ""
        return ranked_documents([d.metadata["source"] for d in docs]), top, bool(docs)

    return ask


def paddockqa(pipeline: Pipeline) -> System:
    def ask(question: str) -> Reply:
        retrieval = pipeline.retrieve(question, DEPTH)
        reply = pipeline.answer(retrieval)
        return ranked_documents([h.chunk.source for h in retrieval.hits]), strip_markers(reply.text), reply.answered

    return ask


def run(system: System, questions) -> dict[str, object]:
    results = []
    began = time.perf_counter()
    for q in questions:
        start = time.perf_counter()
        ranked, text, answered = system(q.question)
        latency = (time.perf_counter() - start) * 1000
        results.append(
            QuestionResult(
                q.id,
                q.question,
                q.gold,
                tuple(ranked),
                answered,
                text if answered else "",
                None,
                answered and answer_hit(text, q.answers),
                latency,
                0.0,
            )  # fmt: skip
        )
    report = summarise(results, time.perf_counter() - began).to_json()
    return {k: report[k] for k in ("recall@1", "recall@5", "recall@10", "mrr@10", "answer_hit@1", "latency_ms_p50")}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dataset", type=Path, default=ROOT.parent / "shared" / "data" / "piaf")
    parser.add_argument("--limit", type=int)
    args = parser.parse_args()

    dataset = load_dataset(args.dataset)
    settings = load_settings({})
    pipeline = Pipeline(replace(settings, index=index_folder(settings, dataset), reader="on"))
    pipeline.build(scan=CorpusScan(dataset.documents, ()))
    index = pipeline.loaded()
    without_reader = Pipeline(replace(pipeline.settings, reader="off"), embedder=pipeline.embedder)
    questions = dataset.questions[: args.limit] if args.limit else dataset.questions
    questions = [q for q in questions if q.gold is not None]

    systems = {
        "PaddockQA with the reader (fused, then read and reranked)": paddockqa(pipeline),
        "PaddockQA without the reader (dense + BM25 + best sentence, fused)": paddockqa(without_reader),
        "dense only (FAISS, passage vectors)": signal_only(pipeline, index, "dense"),
        "BM25 only (bm25s, French analyser)": signal_only(pipeline, index, "bm25"),
        "best sentence only": signal_only(pipeline, index, "sentence"),
        "LangChain FAISS vector store (tutorial)": langchain_faiss(pipeline, index),
    }
    rows = []
    for name, system in systems.items():
        system("Question de chauffe ?")  # warm the model and the index
        rows.append({"pipeline": name, **run(system, questions)})
        print(f"done: {name}", file=sys.stderr)

    result = {
        "dataset": dataset.name,
        "questions": len(questions),
        "documents": len(dataset.documents),
        "chunks": len(index.chunks),
        "chunk_size": settings.chunk_size,
        "note": "LangChain's answer is its top passage cut to 450 characters (ours may reach that with "
        "two sentences); the signals alone use PaddockQA's answer step without the reader.",
        "rows": rows,
    }
    out = ROOT / "benchmarks" / "results" / "side_by_side.json"
    out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    keys = list(rows[0])
    print(
        f"{dataset.name}: {len(questions)} questions, {len(dataset.documents)} documents, {len(index.chunks)} chunks\n"
    )
    print("| " + " | ".join(keys) + " |")
    print("|" + "---|" * len(keys))
    for row in rows:
        print("| " + " | ".join(str(row[k]) for k in keys) + " |")
    print(f"\nwritten to {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
