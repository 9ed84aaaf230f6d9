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

from collections.abc import Generator, Sequence
from dataclasses import replace

import numpy as np

from paddockqa import messages
from paddockqa.answer import ScoredSentence, hit_sentences, not_found
from paddockqa.answer import citation as make_citation
from paddockqa.domain import Answer, Citation, Hit, page_at
from paddockqa.embedding import Embedder
from paddockqa.errors import LLMError
from paddockqa.instructions import instruction_spans, without_instructions
from paddockqa.llm import ChatModel
from paddockqa.prompt import Passage, build_messages, is_no_answer, is_no_answer_prefix
from paddockqa.text import collapse_whitespace
from paddockqa.verify import ClaimCheck, check_claim, coverage, split_claims, strip_invalid_markers

# What the share of a claim's words a sentence holds adds to its cosine when choosing the sentence
# to cite: e5's cosines between a claim and the sentences of one passage differ by a few
# hundredths, a sentence naming the claim's subject and numbers by a third or more of its words.
SUPPORT_WORDS_WEIGHT = 0.1
UNCITED = messages.fr("llm_uncited")
UNSUPPORTED = messages.fr("llm_unsupported")


def passages(hits: Sequence[Hit]) -> list[Passage]:
    """The retrieved passages, numbered from 1 as the model will cite them (pure)."""
    return [
        Passage(n, hit.chunk.title, hit.chunk.source, hit.document.date if hit.document else None, hit.chunk.text)
        for n, hit in enumerate(hits, start=1)
    ]


def generate(
    question: str,
    hits: Sequence[Hit],
    model: ChatModel,
    embedder: Embedder,
    ranked: Sequence[ScoredSentence],
    extractive: Answer,
) -> Generator[str, None, Answer]:
    """Yield the reply's text deltas as the model writes them, then return the checked ``Answer``.

    ``extractive`` (made from ``ranked``) gates the call: when it is "not found", no LLM is asked.
    """
    if not extractive.answered:
        return extractive
    given = passages(hits)
    text = shown = ""
    try:
        for delta in model.stream(build_messages(question, given)):
            text += delta
            if not is_no_answer_prefix(text):
                yield text[len(shown) :]  # the no-answer word itself is never shown as it comes
                shown = text
    except LLMError as exc:
        return replace(extractive, notice=messages.fr("llm_failed", reason=messages.of(exc)))
    if is_no_answer(text):
        refusal = not_found(question, ranked, extractive.confidence)
        return replace(refusal, mode="generated", model=model.model_id)
    return checked(question, hits, text, model.model_id, embedder, extractive)


def checked(
    question: str, hits: Sequence[Hit], text: str, model_id: str, embedder: Embedder, extractive: Answer
) -> Answer:
    """The generated ``text`` with its citations checked, or ``extractive`` (with a notice) if it
    cites nothing valid or none of its sentences is supported."""
    shown, invalid = strip_invalid_markers(text, set(range(1, len(hits) + 1)))
    claims = split_claims(shown)
    if not any(claim.cited for claim in claims):
        return replace(extractive, notice=UNCITED, invalid_citations=invalid)
    # Each cited passage's sentences and their vectors, carried by its hit.
    sentences = {n: hit_sentences(n - 1, hits[n - 1]) for c in claims for n in c.cited}
    vectors = {n: hits[n - 1].sentence_vectors for n in sentences}
    # Only a claim that cites something has anything to be compared with.
    queries = {c.index: embedder.embed_query(c.plain) for c in claims if c.cited}
    checks: list[ClaimCheck] = []
    best: dict[int, ScoredSentence] = {}  # the closest sentence of each cited passage
    for claim in claims:
        similarity = 0.0
        for n in claim.cited:
            if not len(sentences[n]) or vectors[n] is None:
                continue
            cosines = vectors[n] @ queries[claim.index]
            similarity = max(similarity, float(cosines.max()))
            # The sentence cited is the one that says the claim most: its cosine, plus the share
            # of the claim's words it holds, names and numbers included. By cosine alone, "Philippe
            # Gaillard a signé 6 pole positions sur 14 courses" cited a team-mate's line of the
            # same list ("… Frédéric Gabillon … 4 pole positions"), one line from his own.
            support = cosines + SUPPORT_WORDS_WEIGHT * np.array(
                [coverage(claim.plain, [sentence.quote]) for sentence in sentences[n]]
            )
            top = int(np.argmax(support))
            if n not in best or support[top] > best[n].score:
                cosine = float(cosines[top])
                best[n] = ScoredSentence(sentences[n][top], similarity=cosine, overlap=0.0, score=float(support[top]))
        texts = [without_instructions(hits[n - 1].chunk.text) for n in claim.cited]
        orders = [
            hits[n - 1].chunk.text[a:b] for n in claim.cited for a, b in instruction_spans(hits[n - 1].chunk.text)
        ]
        checks.append(check_claim(claim, texts, similarity, orders))
    unsupported = [c for c in checks if not c.supported]
    if len(unsupported) == len(checks):
        return replace(extractive, notice=UNSUPPORTED, invalid_citations=invalid)
    cited = sorted({n for c in claims for n in c.cited})
    citations = tuple(make_citation(n, best[n]) if n in best else _whole_passage(hits[n - 1], n) for n in cited)
    return Answer(
        question=question,
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


def _whole_passage(hit: Hit, n: int) -> Citation:
    """Passage n cited as a whole: it holds no sentence long enough to be indexed."""
    chunk = hit.chunk
    quote = collapse_whitespace(chunk.text)  # the passage as it is quoted (text.clean_layout)
    document = hit.document
    return Citation(
        n,
        chunk.source,
        chunk.title,
        chunk.start,
        chunk.end,
        quote,
        hit.score,
        chunk.text,
        (0, len(chunk.text)),
        date=document.date if document else None,
        page=page_at(document.pages, chunk.start) if document else None,
        also=document.also if document else (),
    )
