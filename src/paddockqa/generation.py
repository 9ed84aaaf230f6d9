"""Retrieval -> an LLM's answer, streamed, then checked; or the extractive answer.

The extractive answer is computed first, for three reasons: its calibrated confidence
decides "not found" before any LLM is asked (an off-topic question costs no call and is
refused the same way in both modes); it is the fallback when the LLM fails, times out,
sends garbage, cites no passage it was given or writes no sentence they support; and its
confidence is reported with the generated answer.

A generated answer is shown only after every sentence has been checked against the
passages it cites (``verify``); its citations point at the sentence of each cited
passage that is closest to what the answer says there.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import numpy as np

from paddockqa.answer import ScoredSentence, hit_sentences, not_found, rank
from paddockqa.answer import citation as make_citation
from paddockqa.answer import compose as compose_extractive
from paddockqa.domain import Answer, Citation
from paddockqa.embedding import Embedder
from paddockqa.errors import LLMError
from paddockqa.llm import ChatModel
from paddockqa.prompt import Passage, build_messages, is_no_answer, is_no_answer_prefix
from paddockqa.retrieval import Retrieval
from paddockqa.text import collapse_whitespace
from paddockqa.verify import ClaimCheck, check_claim, split_claims, strip_invalid_markers

FAILED = "Réponse générée indisponible ({reason}) : voici les phrases extraites des passages."
UNCITED = "La réponse générée ne citait aucun passage fourni : voici les phrases extraites des passages."
UNSUPPORTED = "Aucune phrase de la réponse générée n’est étayée par les passages cités : voici les phrases extraites."


def passages(retrieval: Retrieval) -> list[Passage]:
    """The retrieved passages, numbered from 1 as the model will cite them."""
    dates = {d.source: d.date for d in retrieval.index.manifest.documents}
    return [
        Passage(n, hit.chunk.title, hit.chunk.source, dates.get(hit.chunk.source), hit.chunk.text)
        for n, hit in enumerate(retrieval.hits, start=1)
    ]


def generate(retrieval: Retrieval, model: ChatModel, embedder: Embedder, min_score: float) -> Iterator[str | Answer]:
    """Yield the reply's text as the model writes it, then the checked ``Answer``."""
    ranked = rank(retrieval)
    extractive = compose_extractive(retrieval.question, ranked, min_score)
    if not extractive.answered:
        yield extractive
        return
    given = passages(retrieval)
    text = ""
    try:
        for delta in model.stream(build_messages(retrieval.question, given)):
            text += delta
            if not is_no_answer_prefix(text):
                yield text  # the no-answer word itself is never shown as it comes
    except LLMError as exc:
        yield replace(extractive, notice=FAILED.format(reason=exc))
        return
    if is_no_answer(text):
        refusal = not_found(retrieval.question, ranked, extractive.confidence)
        yield replace(refusal, mode="generated", model=model.model_id)
        return
    yield checked(retrieval, text, model.model_id, embedder, extractive)


def checked(retrieval: Retrieval, text: str, model_id: str, embedder: Embedder, extractive: Answer) -> Answer:
    """The generated ``text`` with its citations checked, or ``extractive`` (with a notice) if it
    cites nothing valid or none of its sentences is supported."""
    shown, invalid = strip_invalid_markers(text, set(range(1, len(retrieval.hits) + 1)))
    claims = split_claims(shown)
    if not any(claim.cited for claim in claims):
        return replace(extractive, notice=UNCITED, invalid_citations=invalid)
    # Each cited passage's sentences and their stored vectors, fetched once for all claims.
    index = retrieval.index
    sentences = {n: hit_sentences(index, n - 1, retrieval.hits[n - 1]) for c in claims for n in c.cited}
    vectors = {n: index.sentence_matrix(np.array([i for i, _ in s], dtype=np.int64)) for n, s in sentences.items()}
    # Only a claim that cites something has anything to be compared with.
    queries = {c.index: embedder.embed_query(c.plain) for c in claims if c.cited}
    checks: list[ClaimCheck] = []
    best: dict[int, ScoredSentence] = {}  # the closest sentence of each cited passage
    for claim in claims:
        similarity = 0.0
        for n in claim.cited:
            if not len(sentences[n]):
                continue
            scores = vectors[n] @ queries[claim.index]
            top = int(np.argmax(scores))
            similarity = max(similarity, float(scores[top]))
            if n not in best or scores[top] > best[n].similarity:
                candidate = sentences[n][top][1]
                score = float(scores[top])
                best[n] = ScoredSentence(candidate, similarity=score, overlap=0.0, score=score)
        texts = [retrieval.hits[n - 1].chunk.text for n in claim.cited]
        checks.append(check_claim(claim, texts, similarity))
    unsupported = [c for c in checks if not c.supported]
    if len(unsupported) == len(checks):
        return replace(extractive, notice=UNSUPPORTED, invalid_citations=invalid)
    cited = sorted({n for c in claims for n in c.cited})
    citations = tuple(make_citation(n, best[n]) if n in best else _whole_passage(retrieval, n) for n in cited)
    return Answer(
        question=retrieval.question,
        answered=True,
        text=shown,
        citations=citations,
        confidence=extractive.confidence,
        mode="generated",
        model=model_id,
        sentences=tuple(c.text for c in claims),
        unsupported=tuple(c.claim.index for c in unsupported),
        unsupported_reasons=tuple(c.reason for c in unsupported),
        invalid_citations=invalid,
    )


def _whole_passage(retrieval: Retrieval, n: int) -> Citation:
    """Passage n cited as a whole: it holds no sentence long enough to be indexed."""
    hit = retrieval.hits[n - 1]
    chunk = hit.chunk
    quote = collapse_whitespace(retrieval.index.texts[chunk.source][chunk.start : chunk.end])
    return Citation(
        n, chunk.source, chunk.title, chunk.start, chunk.end, quote, hit.score, chunk.text, (0, len(chunk.text))
    )
