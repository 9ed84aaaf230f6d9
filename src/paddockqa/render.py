"""An Answer as text for people: the chat and the command line show the same (pure).

Sentences that the cited passages do not support are marked ⚠ where they stand, a
generated answer says which model wrote it, and a notice says why an extractive answer
stands in for a generated one.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from paddockqa.answer import shown_quotes
from paddockqa.domain import Answer, Citation
from paddockqa.i18n import DEFAULT, t
from paddockqa.messages import said
from paddockqa.text import ELLIPSIS, short_title

_MARKER = re.compile(r"\[(\d+)\]")

UNSUPPORTED = "⚠"
UNSUPPORTED_LEGEND = t(DEFAULT, "unsupported_legend")


def answer_text(answer: Answer, lang: str = DEFAULT) -> str:
    """The answer as the chat shows it: unsupported sentences marked, notice and origin said (pure)."""
    text = own_text(answer, lang)
    if answer.unsupported:
        marked, pos = [], 0
        for i, sentence in enumerate(answer.sentences):
            at = text.find(sentence, pos)
            if at < 0:
                continue
            marked.append(text[pos:at] + (f"{UNSUPPORTED} " if i in answer.unsupported else "") + sentence)
            pos = at + len(sentence)
        text = "".join(marked) + text[pos:] + "\n\n" + t(lang, "unsupported_legend")
    if answer.mode == "generated" and answer.answered:
        text += "\n\n" + t(lang, "written_by", model=answer.model)
    if answer.notice:
        text = f"ℹ {said(lang, answer.notice)}\n\n{text}"
    return text


def short_answer_line(answer: Answer, lang: str = DEFAULT) -> str | None:
    """ "Réponse courte : 38 ans [1]" under an answer's text, as the CLI and the API write it;
    None without a short answer (pure). ``conversation.turns_from_messages`` reads it back."""
    short = answer.short_answer
    return t(lang, "short_answer_line", text=short.text, n=short.n) if short else None


def own_text(answer: Answer, lang: str = DEFAULT) -> str:
    """The answer's text in ``lang`` when the words are ours (a refusal); quotes and an LLM's
    text as they are (pure)."""
    return answer.message.said(lang) if answer.message else answer.text


def citation_label(c: Citation, lang: str = DEFAULT) -> str:
    """Where a citation comes from: file, page, date and the copies of the same text (pure)."""
    parts = [c.source]
    if c.page is not None:
        parts.append(f"p. {c.page}")
    if c.date:
        parts.append(c.date)
    if c.also:
        parts.append(t(lang, "also", files=", ".join(c.also)))
    return " · ".join(parts)


def quoted(text: str, lang: str = "fr") -> str:
    """A citation's quote between quotation marks, its own not doubled (pure): an interview's
    answer starts with "«", and "« « Depuis le début de l'année… »" read as a typo. A quote
    opened by its own "«" gets only the "»" it lacks."""
    if lang != "fr":
        return f"“{text}”"
    if not text.removeprefix(ELLIPSIS).startswith("«"):
        return f"« {text} »"
    if text.count("»") < text.count("«"):
        return f"{text} »"  # opened by its own mark, closed past the quote
    # Its own marks open and close it whole; else ("« Je suis ravi », a-t-il dit.") nested.
    return text if text.endswith("»") else f"« {text} »"


def unsupported_lines(answer: Answer, lang: str = DEFAULT) -> list[str]:
    """Why each sentence marked ⚠ is unsupported, one line each: "⚠ phrase 2 : …" (pure)."""
    return [
        t(lang, "sentence_reason", i=i + 1, reason=said(lang, reason))
        for i, reason in zip(answer.unsupported, answer.unsupported_reasons)
    ]


def sources_text(answer: Answer, lang: str = DEFAULT) -> str:
    """The cited passages as plain text under an answer: "[n] title — file · page · date" and the quote (pure)."""
    lines = []
    for c in answer.citations:
        lines.append(f"[{c.n}] {short_title(c.title)} — {citation_label(c, lang)}")
        lines.append(f"    {quoted(c.quote, lang)}")
    return "\n".join(lines)


def after_stream(answer: Answer, streamed: str, lang: str = DEFAULT) -> str:
    """What to write after an LLM's streamed words so the reader ends with the checked answer (pure).

    Nothing more than the check adds when the streamed text is the start of the checked one;
    otherwise the checked answer whole, under a rule saying it replaces what was streamed.
    """
    text = answer_text(answer, lang)
    if not streamed:
        return text
    if text.startswith(streamed.strip()):
        return text[len(streamed.strip()) :]
    return f"\n\n{t(lang, 'checked_rule')}\n{text}"


def conversation_markdown(answers: Sequence[Answer], lang: str = DEFAULT) -> str:
    """A conversation as Markdown, each answer's citations as footnotes (pure).

    Markers ``[n]`` of answer ``i`` become footnote references ``[^i-n]``, so two answers'
    ``[1]`` stay apart; each footnote gives the title, file, page and date and the quote.
    """
    parts = [t(lang, "md_title"), ""]
    notes: list[str] = []
    for i, answer in enumerate(answers, 1):
        parts.append(t(lang, "md_question", n=i, question=answer.question))
        if answer.resolved_question and answer.resolved_question != answer.question:
            # A paragraph of its own: on the next line, Markdown would join it to the question.
            parts += ["", f"*{t(lang, 'understood', question=answer.resolved_question)}*"]
        parts.append("")
        parts += [_footnoted(answer, i, lang), ""]
        # One line per footnote: a line break inside a quote or title would end it early.
        notes += [
            t(
                lang,
                "md_note",
                note=f"[^{i}-{c.n}]",
                title=short_title(" ".join(c.title.split())),
                label=citation_label(c, lang),
                quote=quoted(" ".join(c.quote.split()), lang),
            )
            for c in answer.citations
        ]
    return "\n".join(parts + notes).rstrip() + "\n"


def _footnoted(answer: Answer, turn: int, lang: str) -> str:
    """The answer as the chat showed it (⚠ marks, notice, the LLM named, the short answer in
    bold) with why each ⚠ sentence is unsupported, its markers [n] as footnote references
    [^turn-n] (pure)."""
    reasons = [f"- {line}" for line in unsupported_lines(answer, lang)]
    shown = short_answer_marked(answer_text(answer, lang), answer, lambda span: f"**{span}**")
    text = "\n".join([shown, *([""] + reasons if reasons else [])])
    return cited_markers(text, answer, lambda n: f"[^{turn}-{n}]")


def short_answer_marked(
    text: str, answer: Answer, mark: Callable[[str], str], escape: Callable[[str], str] = lambda s: s
) -> str:
    """``text`` (the answer as shown, escaped by ``escape``) with the reader's short answer
    written ``mark(span)`` where its own quote says it, not at an earlier mention; ``text``
    unchanged when it is not there (pure). The chat shows it in bold, the export too."""
    short = answer.short_answer
    shown = shown_quotes(answer.citations)
    quoted = next((q for q, c in zip(shown, answer.citations) if short and c.n == short.n), None)
    if short is None or quoted is None:
        return text
    span, quote = escape(short.text), escape(quoted)
    within = text.find(quote)
    at = text.find(span, within) if within >= 0 else -1
    if not span or not 0 <= at < within + len(quote):
        return text
    return f"{text[:at]}{mark(span)}{text[at + len(span) :]}"


def cited_markers(text: str, answer: Answer, form: Callable[[int], str]) -> str:
    """``text`` with each marker [n] that names one of ``answer``'s citations written ``form(n)``;
    a marker naming none stays as it is (pure)."""
    known = {c.n for c in answer.citations}
    return _MARKER.sub(lambda m: form(int(m.group(1))) if int(m.group(1)) in known else m.group(), text)
