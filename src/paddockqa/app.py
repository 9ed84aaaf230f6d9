"""The web chat: a thin Gradio layer over the pipeline.

Tab "Questions": the chat (answers streamed as an LLM writes them, markers [n], every
sentence the cited passages do not support marked ⚠, a notice when the LLM failed and
the extractive answer stands in) and, beside it, the cited passages with the quoted
sentence highlighted, its file, page and date. The search can be limited to some
documents or a date range. Tab "Corpus": the indexed documents, upload of several files
at once with a result per file, removal of a document, and a rebuild with a progress
bar; the chat uses the new index at once. The ``/ask`` API endpoint returns the same
object as ``paddockqa ask --json``; ``/rebuild`` and ``/delete`` drive the Corpus tab.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import html
import logging
import os
import re
import shutil
import tempfile
import time
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import gradio as gr

from paddockqa import messages
from paddockqa.answer import for_reader
from paddockqa.auth import Users
from paddockqa.config import DEFAULT_MAX_FILE_MB
from paddockqa.conversation import MAX_MESSAGES, MAX_TURNS, Turn, turn_of, turns_from_messages
from paddockqa.domain import Answer, BuildReport, Citation, IndexedDocument, ShortAnswer, Skipped
from paddockqa.errors import PaddockError, QuestionError
from paddockqa.formats import SUFFIXES
from paddockqa.i18n import DEFAULT, LanguageMiddleware, catalog, language, t
from paddockqa.instructions import instruction_spans
from paddockqa.lexical import fold_accents
from paddockqa.messages import said as said_in
from paddockqa.pipeline import Pipeline
from paddockqa.render import (
    answer_text,
    citation_label,
    cited_markers,
    conversation_markdown,
    own_text,
    short_answer_marked,
)
from paddockqa.saved_conversation import browser_secret, conversation_key, sign, unsign
from paddockqa.text import short_title
from paddockqa.uploads import MAX_UPLOADS, check_count
from paddockqa.viewer import render_document

# Each example with the bundled file it asks about: shown only when the corpus holds that file
# (on a corpus of one's own they asked about people it never names, and were refused).
EXAMPLES = {
    "Combien de pole positions Philippe Gaillard a-t-il signées ?": "001_99e132d26c260f21.txt",
    "Avec quelle équipe Romain Dumas dispute-t-il le Petit Le Mans ?": "002_412870b7f298c4b4.txt",
    "Comment Patrick Pilet juge-t-il le championnat ALMS ?": "000_ef99629208891509.txt",
}


def examples(corpus: Path) -> list[str]:
    """The example questions whose bundled file the corpus folder holds."""
    return [question for question, source in EXAMPLES.items() if (corpus / source).is_file()]


def empty_sources(lang: str = DEFAULT) -> str:
    return f"<p class='pq-empty'>{t(lang, 'empty_sources')}</p>"


EMPTY_SOURCES = empty_sources()
INSTRUCTION_WARNING = t(DEFAULT, "instruction")
CSS = """
.pq-source { border-left: 3px solid #f97316; padding: 0.4em 0.8em; margin-bottom: 0.8em; }
.pq-source mark { background: #fde68a; padding: 0 0.1em; }
.pq-meta { font-size: 0.85em; opacity: 0.75; }
.pq-instruction { font-size: 0.85em; color: #b45309; margin: 0.2em 0; }
.pq-focus { background: #fff7ed; }
#pq-documents, #pq-documents * { font-family: var(--font); }
/* Gradio's loading timer ("0.1s") is set in the monospace font: ours, with figures of one width. */
.progress-text, .meta-text, .meta-text-center { font-family: var(--font); font-variant-numeric: tabular-nums; }
.pq-hidden { display: none; }
a.pq-cite { text-decoration: none; font-weight: 600; color: #c2410c; cursor: pointer; }
.pq-understood { opacity: 0.75; }
.pq-notice, .pq-unsupported { border-left: 3px solid #dc2626; padding: 0.4em 0.8em; margin-bottom: 0.8em; }
a.pq-open { font-size: 0.85em; color: #9a3412; }
h2.pq-heading { font-size: 1.1em; margin: 0.4em 0; }
#pq-viewer-body .pq-view-text { white-space: pre-wrap; max-height: 60vh; overflow-y: auto; line-height: 1.5;
  border: 1px solid var(--border-color-primary); padding: 0.6em 0.8em; }
#pq-viewer-body mark.pq-cited { background: #fde68a; }
"""

# On a phone, the eight columns squeezed to a letter or two each ("F o r m a t", a walk at
# 375 px): the table keeps a readable width and scrolls sideways. Gradio sizes each cell with
# an inline width from DOCUMENT_WIDTHS and the window's width, hence !important.
DOCUMENT_WIDTHS = (25, 17, 7, 10, 6, 10, 10, 15)  # percent, one per column of DOCUMENT_COLUMNS
PHONE_TABLE_PX = 860
CSS += (
    "@media (max-width: 760px) {\n"
    f"  #pq-documents table, #pq-documents .virtual-body {{ min-width: {PHONE_TABLE_PX}px; }}\n"
    + "".join(
        f"  #pq-documents .header-cell:nth-child({i}), #pq-documents .body-cell:nth-child({i}) "
        f"{{ width: {w}px !important; min-width: {w}px !important; max-width: {w}px !important; "
        f"flex: 0 0 {w}px !important; }}\n"
        for i, w in enumerate((PHONE_TABLE_PX * p // 100 for p in DOCUMENT_WIDTHS), 1)
    )
    + "}\n"
)


# A click on a marker [n] in the chat shows the passages of the answer it belongs to, with
# passage n framed: one listener on the document, as Gradio re-renders the chat freely.
CITE_JS = """
() => {
  // Gradio names its upload area "Click to upload or drop files" whatever its visible text
  // says (axe: label-content-name-mismatch); the area is named by its visible text instead.
  const nameUploads = () => document.querySelectorAll("button.upload-container").forEach((area) => {
    const text = area.innerText.replace(/\\s+/g, " ").trim();
    if (text && area.getAttribute("aria-label") !== text) area.setAttribute("aria-label", text);
  });
  // Gradio names each chat message by its HTML ("bot's message: Sébastien Delorme,
  // <strong>38 ans</strong>, … <a class='pq-cite' …>"), which a screen reader spells out (an
  // eighth walk): the message is named by its text.
  const nameMessages = () => document.querySelectorAll('[aria-label*="s message:"]').forEach((m) => {
    const label = m.getAttribute("aria-label");
    const text = label.slice(0, label.indexOf(":") + 1) + " " + m.innerText.replace(/\\s+/g, " ").trim();
    if (label !== text) m.setAttribute("aria-label", text);
  });
  let queued = false;  // once per frame at most: the chat streams many changes a second
  new MutationObserver(() => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => { queued = false; nameUploads(); nameMessages(); });
  }).observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ["aria-label"] });
  nameUploads();
  nameMessages();
  // Escape closes the document viewer, as it closes a dialog, when the focus is in it (an
  // Escape in the question box or a dropdown is theirs); the focus goes to the question box.
  document.addEventListener("keydown", (event) => {
    if (event.key !== "Escape" || event.defaultPrevented || event.isComposing) return;
    const viewer = document.getElementById("pq-viewer");
    if (!viewer || viewer.offsetParent === null || !viewer.contains(document.activeElement)) return;
    document.querySelector("#pq-viewer-close")?.click();
    document.querySelector("#pq-question textarea")?.focus();
  });
  document.addEventListener("click", (event) => {
    // "Voir dans le document": the hidden box gets "turn-n", the hidden button sends it (an input
    // event alone does not reach Gradio) and the server answers with the viewer.
    const open = event.target.closest("a.pq-open");
    const wanted = open && /^#pq-open-(\\d+)-(\\d+)$/.exec(open.getAttribute("href") || "");
    if (wanted) {
      event.preventDefault();
      const box = document.querySelector("#pq-open-target textarea");
      if (box) {
        box.value = `${wanted[1]}-${wanted[2]}`;
        box.dispatchEvent(new Event("input", { bubbles: true }));
        document.querySelector("#pq-open-button")?.click();
      }
      return;
    }
    const link = event.target.closest("a.pq-cite");
    const target = link && /^#pq-cite-(\\d+)-(\\d+)$/.exec(link.getAttribute("href") || "");
    if (!target) return;
    event.preventDefault();
    const panel = document.getElementById("pq-sources");
    if (!panel) return;
    panel.querySelectorAll(".pq-turn").forEach((block) => {
      block.classList.toggle("pq-hidden", !block.classList.contains(`pq-turn-${target[1]}`));
    });
    panel.querySelectorAll(".pq-focus").forEach((s) => s.classList.remove("pq-focus"));
    const source = panel.querySelector(`.pq-turn-${target[1]} .pq-n-${target[2]}`);
    if (source) {
      source.classList.add("pq-focus");
      source.scrollIntoView({ block: "nearest" });
    }
  });
}
"""
# Once the viewer shows a document, its quote is scrolled into the middle of the text box,
# and the box takes the focus: opened with the keyboard, the next Tab went to the page's
# footer, and "Fermer le document" was reached by tabbing back through the sources (a walk).
SCROLL_JS = """
() => {
  let tries = 0;
  const scroll = () => {
    const mark = document.querySelector("#pq-viewer-body mark.pq-cited");
    if (mark) {
      mark.scrollIntoView({ block: "center" });
      // Not from a user who went on to type elsewhere while the document loaded.
      const at = document.activeElement;
      if (!at || at === document.body || at.closest("#pq-sources, #pq-viewer")) {
        document.querySelector("#pq-viewer-body .pq-view-text")?.focus({ preventScroll: true });
      }
    } else if (tries++ < 40) setTimeout(scroll, 50);
  };
  scroll();
}
"""
# The typeface, served by our own server from the package (SIL OFL, from the npm package
# @fontsource/source-sans-3): Gradio's bundled Source Sans Pro lacks some weights and glyphs,
# so headings mixed in a fallback font, and a theme font from Google would leave the machine.
STATIC = Path(__file__).resolve().parent / "static"
STATIC_URL = "/paddockqa-static"
FONT = "Source Sans 3"
_SUBSETS = {
    "latin": "U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,"
    "U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD",
    "latin-ext": "U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,"
    "U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C4,U+2113,U+2C60-2C7F,U+A720-A7FF",
}
FACES = ((400, "normal"), (600, "normal"), (700, "normal"), (400, "italic"))  # every weight the page uses


def font_faces() -> str:
    """The @font-face rules of the served typeface, one per weight, style and subset (pure)."""
    return "\n".join(
        f"@font-face {{ font-family: '{FONT}'; font-style: {style}; font-weight: {weight}; font-display: swap; "
        f"src: url({STATIC_URL}/fonts/source-sans-3-{subset}-{weight}-{style}.woff2) format('woff2'); "
        f"unicode-range: {ranges}; }}"
        for weight, style in FACES
        for subset, ranges in _SUBSETS.items()
    )


STREAM_WORDS = 4
ASK_CONCURRENCY = 4  # API questions answered at once; the pipeline is safe to share between threads
log = logging.getLogger(__name__)


def render_conversation_sources(answers: Sequence[Answer], shown: int | None = None, lang: str = DEFAULT) -> str:
    """HTML for the sources panel of a conversation: each answer's passages in its own block.

    Only block ``shown`` (the last by default) is visible; a click on a marker [n] of an
    earlier answer shows that answer's block (the page's script, ``CITE_JS``). Classes, not
    ``data-`` attributes or ``hidden``, carry the turn: Gradio's sanitizer keeps only those.
    """
    if not answers:
        return empty_sources(lang)
    shown = len(answers) - 1 if shown is None else shown
    return "\n".join(
        f"<div class='pq-turn pq-turn-{i}{'' if i == shown else ' pq-hidden'}'>{render_sources(a, i, lang)}</div>"
        for i, a in enumerate(answers)
    )


def render_sources(answer: Answer, turn: int = 0, lang: str = DEFAULT) -> str:
    """HTML for the sources panel of the ``turn``-th answer; every text from the corpus or the LLM is escaped."""
    parts = []
    if answer.notice:
        parts.append(f"<div class='pq-notice'>{html.escape(said_in(lang, answer.notice))}</div>")
    if answer.unsupported:
        items = "".join(
            t(
                lang,
                "unsupported_item",
                sentence=html.escape(answer.sentences[i]),
                reason=html.escape(said_in(lang, reason)),
            )
            for i, reason in zip(answer.unsupported, answer.unsupported_reasons)
        )
        heading = t(lang, "unsupported")
        parts.append(f"<div class='pq-unsupported'><strong>{heading}</strong><ul>{items}</ul></div>")
    if not answer.citations:
        return "\n".join(parts) or empty_sources(lang)
    heading = t(lang, "cited") if answer.answered else t(lang, "closest")
    parts.append(f"<h2 class='pq-heading'>{heading}</h2>")
    for c in answer.citations:
        parts.append(_render_citation(c, turn, lang))
    return "\n".join(parts)


def _render_citation(c: Citation, turn: int, lang: str) -> str:
    a, b = c.highlight
    passage = c.passage or c.quote
    if not c.passage:
        a, b = 0, len(passage)
    quote = html.escape(passage[a:b])
    if c.emphasis and a <= c.emphasis[0] < c.emphasis[1] <= b:
        # The reader's short answer, in bold inside the highlighted sentence.
        x, y = c.emphasis
        quote = (
            html.escape(passage[a:x]) + "<strong>" + html.escape(passage[x:y]) + "</strong>" + html.escape(passage[y:b])
        )
    body = (html.escape(passage[:a]) + "<mark>" + quote + "</mark>" + html.escape(passage[b:])).replace("\n", "<br>")
    # A passage holding an order to the assistant is shown as data, with a warning.
    warning = f"<div class='pq-instruction'>{t(lang, 'instruction')}</div>" if any(instruction_spans(passage)) else ""
    return (
        f"<div class='pq-source pq-n-{c.n}' data-n='{c.n}'>"
        f"<div><strong>[{c.n}] {html.escape(short_title(c.title))}</strong></div>"
        f"<div class='pq-meta'>{html.escape(citation_label(c, lang))} · "
        f"{t(lang, 'characters', start=c.start, end=c.end)}"
        f" · score {c.score:.3f}</div>{warning}"
        f"<p>{body}</p><a class='pq-open' href='#pq-open-{turn}-{c.n}'>{t(lang, 'open')}</a></div>"
    )


def viewer_html(
    citation: Citation, document: IndexedDocument, text: str, short: ShortAnswer | None, lang: str = DEFAULT
) -> str:
    """The viewer's HTML for a citation: the document's title, file and date, then its text
    (``viewer.render_document``); everything from the corpus escaped (pure)."""
    meta = " · ".join(x for x in (document.source, document.date or "", document.format.upper()) if x)
    return (
        f"<h2 class='pq-heading'>{html.escape(document.title)}</h2><div class='pq-meta'>{html.escape(meta)}</div>"
        f"{render_document(text, document.pages, citation, short, lang)}"
    )


def _original_copy(corpus: Path, source: str) -> str | None:
    """A copy of the cited file to download (Gradio serves files from its temporary folders), or
    None when the file is no longer in the corpus. One copy per version of a file (its size and
    time), reused by every click; copies older than ``EXPORT_HOURS`` are removed."""
    original = corpus / source
    if not original.is_file() or not original.resolve().is_relative_to(corpus.resolve()):
        return None
    stat = original.stat()
    version = hashlib.sha256(f"{source}\n{stat.st_size}\n{stat.st_mtime_ns}".encode()).hexdigest()[:16]
    originals = _exports() / "originals"
    _prune(originals.glob("*"), keep=version)
    path = originals / version / original.name
    if not path.is_file():
        path.parent.mkdir(parents=True, exist_ok=True)
        work = path.with_name(f".{path.name}.tmp")
        shutil.copyfile(original, work)
        os.replace(work, path)  # whole or absent, for a click arriving meanwhile
    return str(path)


def document_columns(lang: str = DEFAULT) -> list[str]:
    return t(lang, "columns").split("|")


DOCUMENT_COLUMNS = document_columns()


def _indexed(pipeline: Pipeline) -> tuple[IndexedDocument, ...]:
    """The indexed documents; none before the first build."""
    try:
        return pipeline.documents()
    except PaddockError:
        return ()


def _updated(pipeline: Pipeline) -> str | None:
    """When the live index was written (ISO), None before the first build."""
    try:
        return pipeline.loaded().manifest.created
    except PaddockError:
        return None


def corpus_totals(
    documents: Sequence[IndexedDocument],
    index_bytes: int,
    lang: str = DEFAULT,
    updated: str | None = None,
    skipped: Sequence[Skipped] = (),
) -> str:
    """The Corpus tab's totals line: documents, passages, size on disk, last update (the index's
    ``updated``, ISO; else its newest document's), then the files the last build made here left
    out, with why: a page user never sees the CLI's list (pure, Markdown)."""
    if not documents:
        lines = [t(lang, "no_documents")]
    else:
        passages = sum(d.chunks for d in documents)
        when = (updated or max(d.indexed_at for d in documents)).replace("T", " ")[:16]
        size = f"{index_bytes / 1e6:.1f}"
        size = size.replace(".", ",") if lang == "fr" else size
        lines = [t(lang, "totals", documents=len(documents), passages=passages, size=size, updated=when)]
    if skipped:
        lines += [
            "",
            t(lang, "left_out", count=len(skipped)),
            "",
            *(
                "- " + t(lang, "skipped", source=literal(s.source), reason=literal(said_in(lang, s.reason)))
                for s in skipped
            ),
        ]
    return "\n".join(lines)


def documents_by_year(documents: Sequence[IndexedDocument], lang: str = DEFAULT) -> list[tuple[str, int]]:
    """How many documents are dated each year, oldest first, then the undated (pure)."""
    undated = t(lang, "undated")
    years: dict[str, int] = {}
    for d in documents:
        year = d.date[:4] if d.date else undated
        years[year] = years.get(year, 0) + 1
    return sorted(years.items(), key=lambda item: (item[0] == undated, item[0]))


def _by_year_plot(pipeline: Pipeline, lang: str) -> Any:
    """The chart's data, its count axis from 0 (Gradio's plots take a DataFrame; pandas comes with Gradio)."""
    import pandas as pd

    rows = documents_by_year(_indexed(pipeline), lang)
    top = max((count for _, count in rows), default=1)
    return gr.update(
        value=pd.DataFrame(rows, columns=["year", "documents"]),
        y_lim=[0, top],
        # Years side by side overlap past a few bars ("2016sans date"): slanted, they fit.
        x_label_angle=-45 if len(rows) > 5 else 0,
        title=t(lang, "chart_title"),
        x_title=t(lang, "year"),
        y_title=t(lang, "documents"),
    )


def _index_bytes(pipeline: Pipeline) -> int:
    """The live generation's size on disk, in bytes (0 before the first build)."""
    from paddockqa.store import current_generation

    name = current_generation(pipeline.settings.index)
    if not name:
        return 0
    total = 0
    for folder, _, files in os.walk(pipeline.settings.index / name):
        for file in files:
            with contextlib.suppress(OSError):  # a file replaced meanwhile: counted at the next refresh
                total += os.stat(os.path.join(folder, file)).st_size
    return total


def _documents_frame(rows: list[list[Any]], lang: str) -> Any:
    """The Corpus table's rows under their column names in ``lang`` (Gradio takes headers from a DataFrame)."""
    import pandas as pd

    return pd.DataFrame(rows, columns=document_columns(lang))


def _documents_table(pipeline: Pipeline) -> list[list[Any]]:
    return [
        [
            short_title(d.title),
            d.source,
            d.format,
            d.date or "",
            len(d.pages) or "",
            d.chunks,
            ", ".join(d.also),
            d.indexed_at.replace("T", " ")[:19],
        ]
        for d in _indexed(pipeline)
    ]


def filtered_rows(rows: list[list[Any]], wanted: str) -> list[list[Any]]:
    """The Corpus table's rows holding every word of ``wanted`` in a cell, case and accents aside (pure)."""
    words = [fold_accents(w.casefold()) for w in (wanted or "").split()]
    return [row for row in rows if all(any(w in fold_accents(str(cell).casefold()) for cell in row) for w in words)]


def no_match_text(wanted: str, lang: str = DEFAULT) -> str:
    """What the Corpus tab says under a filter no document matches, the words typed shown as
    text (escaped: the message is Markdown) (pure)."""
    return t(lang, "no_match", wanted=literal(" ".join(wanted.split())))


def _document_choices(pipeline: Pipeline) -> list[tuple[str, str]]:
    return [(f"{short_title(d.title)} — {d.source}", d.source) for d in _indexed(pipeline)]


def _message(role: str, text: str) -> dict[str, str]:
    """A chat message whose text is shown as typed: the Chatbot renders HTML, so it is escaped.

    Questions and quoted documents may hold ``<script>`` or ``<img onerror=…>``; escaped,
    they read as text and never run.
    """
    return {"role": role, "content": html.escape(text, quote=False)}


def _chat_answer(answer: Answer, turn: int = 0, lang: str = DEFAULT) -> dict[str, str]:
    """The answer's chat message, escaped, with the reader's short answer in bold where it is quoted,
    the question as understood above it, and its markers [n] as links to its own passages."""
    message = _message("assistant", answer_text(answer, lang))
    message["content"] = short_answer_marked(
        message["content"], answer, lambda span: f"<strong>{span}</strong>", lambda s: html.escape(s, quote=False)
    )
    message["content"] = cited_markers(
        message["content"], answer, lambda n: f"<a class='pq-cite' href='#pq-cite-{turn}-{n}'>[{n}]</a>"
    )
    if answer.resolved_question and answer.resolved_question != answer.question:
        understood = html.escape(answer.resolved_question, quote=False)
        understood = t(lang, "understood", question=understood)
        message["content"] = f"<em class='pq-understood'>{understood}</em>\n\n" + message["content"]
    return message


def _export(answers: Sequence[Answer], lang: str = DEFAULT) -> str | None:
    """The conversation as a Markdown file to download (a fresh temporary file), or None before any answer."""
    if not answers:
        return None
    folder = _exports()
    _prune(old.parent for old in folder.glob("*/conversation-paddockqa.md"))  # Gradio keeps its own copy of each
    path = Path(tempfile.mkdtemp(dir=folder)) / "conversation-paddockqa.md"
    path.write_text(conversation_markdown(answers, lang), encoding="utf-8")
    return str(path)


EXPORT_HOURS = 1  # exports older than this are removed at the next export


def _prune(folders: Iterable[Path], keep: str | None = None) -> None:
    """Remove the folders older than ``EXPORT_HOURS`` but the one named ``keep``; one that
    vanished or cannot be removed meanwhile is left to the next call."""
    cutoff = time.time() - EXPORT_HOURS * 3600
    for old in folders:
        with contextlib.suppress(OSError):
            if old.name != keep and old.stat().st_mtime < cutoff:
                shutil.rmtree(old)


@functools.lru_cache(maxsize=1)
def _exports() -> Path:
    """This process's folder of Markdown exports (one sub-folder each, so names stay readable)."""
    return Path(tempfile.mkdtemp(prefix="paddockqa-exports-"))


def _history_turns(history: object) -> list[Turn]:
    """The turns of an API caller's ``history``; QuestionError says what is wrong with it."""
    if history is None:
        return []
    if not isinstance(history, list):
        raise QuestionError(messages.fr("history_not_list"))
    if len(history) > MAX_MESSAGES:
        raise QuestionError(messages.fr("history_too_long", count=len(history), limit=MAX_MESSAGES))
    try:
        return turns_from_messages(history)
    except ValueError as exc:
        raise QuestionError(messages.fr("history_bad", reason=messages.of(exc))) from None


# What Markdown reads as formatting inside a line: a file named __init__.txt or [draft].md must
# read as it is named (our lines never start with a file name, so "#", "-" and "1." need nothing).
_MARKDOWN_PUNCTUATION = re.compile(r"([\\`*_\[\]~|])")


def literal(text: str) -> str:
    """``text`` shown as it is in a Markdown component: Markdown's punctuation backslashed,
    then HTML escaped (in this order, so an entity's "#" stays an entity) (pure)."""
    return html.escape(_MARKDOWN_PUNCTUATION.sub(r"\\\1", text))


# "1 retirés", "1 passages vectorisés": a count of 1 (and of 0 in French) takes the singular.
_PLURALS = re.compile(r"(?<![\d,.])\b(\d+) (documents|passages|ajoutés|modifiés|retirés|renommés)( vectorisés)?\b")


def _agreed(text: str, lang: str) -> str:
    """``text``'s counts with their words in the singular where ``lang`` wants it (pure)."""

    def singular(m: re.Match[str]) -> str:
        one = m[1] == "1" or (lang == "fr" and m[1] == "0")
        noun, participle = m[2], m[3] or ""
        return f"{m[1]} {noun[:-1]}{participle[:-1]}" if one else m[0]

    return _PLURALS.sub(singular, text)


def _report_text(report: BuildReport, lang: str = DEFAULT) -> str:
    counts = {
        "added": len(report.added),
        "updated": len(report.updated),
        "removed": len(report.removed),
        "renamed": len(report.renamed),
    }
    lines = [
        _agreed(
            t(
                lang,
                "report",
                documents=report.documents,
                passages=report.chunks,
                embedded=report.embedded_chunks,
                # A decimal comma in French, as the messages beside it write their sizes ("0,8 s", "0,0 Mo").
                seconds=f"{report.seconds:.1f}".replace(".", "," if lang == "fr" else "."),
                **counts,
            ),
            lang,
        )
    ]
    for kind, files, more in report.changed_files():
        named = ", ".join(literal(f) for f in files)
        lines.append(t(lang, f"files_{kind}", files=t(lang, "files_more", files=named, count=more) if more else named))
    if report.repaired:
        lines.append(t(lang, "repaired", generation=report.repaired))
    if report.reread_from is not None:
        lines.append(t(lang, "reread", version=report.reread_from))
    if report.reembedded_from:
        lines.append(t(lang, "reembedded", vectors=literal(report.reembedded_from)))
    lines += [
        t(lang, "skipped", source=literal(s.source), reason=literal(said_in(lang, s.reason))) for s in report.skipped
    ]
    return "\n\n".join(lines)


def page_strings(max_file_mb: float) -> gr.I18n:
    """The page's labels in French and English, translated in the browser (``i18n.catalog``)."""
    return gr.I18n(**catalog(suffixes=", ".join(SUFFIXES), mb=f"{max_file_mb:g}", count=MAX_UPLOADS))


def _language(request: gr.Request | None) -> str:
    """The page's language for this request's browser (``i18n.language``)."""
    headers = getattr(request, "headers", None) or {}
    return language(headers.get("accept-language"))


def build_app(pipeline: Pipeline, users: Users | None = None, ask_concurrency: int = ASK_CONCURRENCY) -> gr.Blocks:
    """The Gradio Blocks app serving ``pipeline``; with ``users``, the Corpus tab is theirs to use.

    ``ask_concurrency``: how many ``/ask`` requests are answered at once (threads sharing the pipeline).
    """
    strings = page_strings(pipeline.settings.max_file_mb)
    key = conversation_key(pipeline.settings.home.expanduser())

    def respond(
        question: str,
        history: list[dict],
        documents: list[str] | None,
        since: str,
        until: str,
        answers: list[Answer] | None,
        request: gr.Request,
    ) -> Iterator[tuple[list[dict], Any, str, list[Answer], Any, Any]]:
        lang = _language(request)
        history, answers = list(history or []), list(answers or [])
        # Shown before it is checked: a lone surrogate (a hostile client) must not break the page's JSON.
        asked = (question or "…").encode("utf-8", "replace").decode("utf-8") if isinstance(question, str) else "…"
        sources = render_conversation_sources(answers, lang=lang)
        unchanged = gr.update()  # the export file stays as it is until an answer is complete
        cleared = False

        def box() -> Any:
            """The question box: emptied by the first update only, so a next question typed while
            this answer streams is kept (every update emptied it, and the user's words were lost)."""
            nonlocal cleared
            if cleared:
                return unchanged
            cleared = True
            return ""

        def said(text: str, back: str | None = None) -> tuple[list[dict], Any, str, list[Answer], Any, Any]:
            """The reply ``text``; ``back``: the question given back to its box, to be corrected."""
            reply = [*history[:-1], _message("assistant", text)]
            return reply, box() if back is None else back, sources, answers, unchanged, unchanged

        # At once, before the search and an LLM's first word (seconds on a CPU-bound server): the
        # question shown and its box emptied, so a next question typed meanwhile is neither wiped
        # by this first update nor sent empty.
        history += [_message("user", asked), _message("assistant", "")]
        yield history, box(), sources, answers, unchanged, unchanged
        try:
            question = pipeline.check_question(question)
        except QuestionError as exc:
            # "La question fait 2780 caractères ; la limite est 500": the box had been emptied,
            # and the user had to copy a long question back from the chat to shorten it. Said
            # at once, before anything else could be typed; an empty question gets nothing back.
            typed = isinstance(question, str) and question.strip()
            yield said(said_in(lang, exc), back=asked if typed else None)
            return
        try:
            scope = pipeline.scope(documents or (), since or None, until or None)
            turns = [turn_of(a) for a in answers][-MAX_TURNS:]
            stream = pipeline.stream(question, scope=scope, turns=turns)  # retrieval errors surface here
        except PaddockError as exc:
            yield said(said_in(lang, exc))
            return
        except Exception:  # noqa: BLE001 - a bug must not show its traceback to the user; it is logged
            log.exception("Unexpected error answering %r", asked)
            yield said(t(lang, "internal_error"))
            return
        history[-2] = _message("user", question)
        written = ""
        try:
            for delta in stream:
                written += delta
                yield said(written)
            answer = stream.answer() if allowed(request) else for_reader(stream.answer())
        except PaddockError as exc:
            yield said(said_in(lang, exc))
            return
        except Exception:  # noqa: BLE001 - logged, never shown
            log.exception("Unexpected error while answering %r", asked)
            yield said(t(lang, "internal_error"))
            return
        finally:
            stream.close()  # an abandoned chat stops the LLM's stream
        if not written:
            # An extractive answer exists whole at once; showing it a few words at a time
            # reads the same as a generated one.
            words = own_text(answer, lang).split(" ")
            for end in range(STREAM_WORDS, len(words), STREAM_WORDS):
                yield said(" ".join(words[:end]))
        answers.append(answer)
        history[-1] = _chat_answer(answer, len(answers) - 1, lang)
        # Kept in the browser with the same update that shows the answer whole: a page reloaded
        # once the answer is there finds it there again.
        kept = sign(answers, getattr(request, "username", None), key)
        yield history, box(), render_conversation_sources(answers, lang=lang), answers, _export(answers, lang), kept

    def new_conversation(request: gr.Request) -> tuple[list, str, str, list, None, Any, dict]:
        # {} and not None: Gradio leaves the browser's stored value as it was when given None.
        return [], "", empty_sources(_language(request)), [], None, gr.update(visible=False), {}

    def restore(saved: object, request: gr.Request) -> tuple[list[dict], str, list[Answer], str | None, Any]:
        """The conversation the browser kept (a reload, a restart): its chat, sources, answers,
        export; a value kept that gives none (another login's on a shared browser, changed) is
        cleared, so it does not stay readable there."""
        lang = _language(request)
        answers = unsign(saved, getattr(request, "username", None), key)
        chat = []
        for turn, answer in enumerate(answers):
            chat += [_message("user", answer.question), _chat_answer(answer, turn, lang)]
        sources = render_conversation_sources(answers, lang=lang) if answers else empty_sources(lang)
        kept = gr.update() if answers or not saved else {}
        return chat, sources, answers, _export(answers, lang), kept

    def open_source(target: str, answers: list[Answer] | None, request: gr.Request) -> tuple[Any, str, Any]:
        """The viewer for citation "turn-n" of this conversation: shown, its HTML, the file to download.

        Only indices come from the page: the document is the one this server's answer cited.
        """
        try:
            turn, n = (int(x) for x in (target or "").split("-"))
            answer = (answers or [])[turn]
            citation = next(c for c in answer.citations if c.n == n)
        except (ValueError, IndexError, StopIteration):
            return gr.update(), "", gr.update()
        lang = _language(request)
        try:
            document, text = pipeline.source(citation)
        except PaddockError as exc:  # gone from the index, or changed since the answer
            return (
                gr.update(visible=True),
                f"<p>{html.escape(said_in(lang, exc))}</p>",
                gr.update(value=None, visible=False),
            )
        body = viewer_html(citation, document, text, answer.short_answer, lang)
        copy = _original_copy(pipeline.settings.corpus, citation.source)
        return gr.update(visible=True), body, gr.update(value=copy, visible=copy is not None)

    def api_ask(
        question: str,
        documents: list[str] | None = None,
        since: str = "",
        until: str = "",
        history: list[dict] | None = None,
        request: gr.Request | None = None,
    ) -> dict:
        """Answer a question; returns the same object as one line of `paddockqa ask --json`.

        ``documents`` (file names), ``since`` and ``until`` (YYYY-MM-DD) limit the search.
        ``history``: the conversation before, as ``{"role": "user"|"assistant", "content"}``
        messages, oldest first; a follow-up is answered as understood with it
        (``resolved_question``). Errors are said in the language the caller's ``Accept-Language``
        asks for; without one, as ``paddockqa ask`` says them.
        """
        headers = getattr(request, "headers", None) or {}
        lang = _language(request) if headers.get("accept-language") else None
        try:
            scope = pipeline.scope(documents or (), since or None, until or None)
            turns = _history_turns(history)
            answer = pipeline.ask(question, scope=scope, turns=turns)
            return (answer if allowed(request) else for_reader(answer)).to_json()
        except PaddockError as exc:
            # A user error: said to the caller, no traceback in the server log (Gradio prints one unless told).
            raise gr.Error(said_in(lang, exc), print_exception=False) from None
        except Exception:  # noqa: BLE001 - logged here, never sent to the client
            log.exception("Unexpected error answering %r", question)
            raise gr.Error(t(lang or DEFAULT, "internal_error"), print_exception=False) from None  # logged above

    def refreshed(request: gr.Request) -> tuple[Any, Any, Any, str, Any]:
        lang = _language(request)
        choices = _document_choices(pipeline)
        return (
            _documents_frame(_documents_table(pipeline), lang),
            gr.update(choices=choices),
            gr.update(choices=choices, value=None),
            corpus_totals(_indexed(pipeline), _index_bytes(pipeline), lang, _updated(pipeline), pipeline.skipped),
            _by_year_plot(pipeline, lang),
        )

    def rebuilt(progress: gr.Progress, lang: str) -> str:
        """Update the index with a progress bar; the report, or the error, as text."""
        try:
            report = pipeline.build(
                lambda stage, done, total: progress((done, max(total, 1)), desc=t(lang, f"stage_{stage}"))
            )
        except PaddockError as exc:
            return t(lang, "not_updated", reason=literal(said_in(lang, exc)))
        except Exception:  # noqa: BLE001 - logged, never shown
            log.exception("Unexpected error while updating the index")
            return t(lang, "not_updated", reason=t(lang, "internal_error"))
        return _report_text(report, lang)

    def allowed(request: gr.Request | None) -> bool:
        return users is None or users.may_edit(getattr(request, "username", None))

    def add_and_rebuild(
        files: Sequence[str] | None,
        replace: bool | None,
        request: gr.Request,
        progress: gr.Progress = gr.Progress(),
    ) -> tuple:
        lang = _language(request)
        if not allowed(request):
            raise gr.Error(t(lang, "not_admin"), print_exception=False)
        lines = []
        files = files or []
        try:
            check_count(len(files))
            for i, file in enumerate(files):
                progress((i, len(files)), desc=t(lang, "checking"))
                lines += [
                    t(lang, "upload_line", name=literal(u.name), verdict=literal(said_in(lang, u.message)))
                    for u in pipeline.add_files([Path(file)], replace=bool(replace))
                ]
        except PaddockError as exc:
            return (t(lang, "error", reason=literal(said_in(lang, exc))), *refreshed(request), None)
        except OSError:  # a full disk, a permission: logged with its traceback, said plainly here
            log.exception("Cannot add the uploaded files")
            return (t(lang, "error", reason=t(lang, "internal_error")), *refreshed(request), None)
        if lines:
            lines = [t(lang, "received"), "", *lines, "", ""]
        return ("\n".join(lines) + rebuilt(progress, lang), *refreshed(request), None)

    def delete(source: str | None, request: gr.Request, progress: gr.Progress = gr.Progress()) -> tuple:
        lang = _language(request)
        if not allowed(request):
            raise gr.Error(t(lang, "not_admin"), print_exception=False)
        if not source:
            return (t(lang, "pick_first"), *refreshed(request))
        try:
            moved = pipeline.remove_document(source)
        except PaddockError as exc:
            return (t(lang, "error", reason=literal(said_in(lang, exc))), *refreshed(request))
        except OSError:  # a permission, a read-only corpus: logged with its traceback, said plainly here
            log.exception("Cannot move %s to the trash", source)
            return (t(lang, "error", reason=t(lang, "internal_error")), *refreshed(request))
        trash = literal(f"{pipeline.settings.corpus}/.trash/")
        text = t(lang, "removed", names=literal(", ".join(moved)), trash=trash) + "\n\n" + rebuilt(progress, lang)
        return (text, *refreshed(request))

    with gr.Blocks(title="PaddockQA") as demo:
        gr.Markdown(strings("intro"))
        with gr.Tab(strings("tab_questions")), gr.Row():
            with gr.Column(scale=3):
                chatbot = gr.Chatbot(
                    label=strings("conversation"),
                    height=480,
                    elem_id="pq-chat",
                    render_markdown=False,
                    # No copy buttons: Gradio's copy the message's HTML (tags, entities); the
                    # export below gives the conversation as clean Markdown with its sources.
                    buttons=[],
                )
                answers = gr.State([])  # this conversation's Answers, for follow-ups, sources and export
                # The same answers kept in the browser, signed: a reload or a restart gives them back.
                saved = gr.BrowserState(None, storage_key="paddockqa-conversation", secret=browser_secret(key))
                question = gr.Textbox(
                    # Hidden, the label still names the box for screen readers (else "Textbox").
                    label=strings("question_label"),
                    placeholder=strings("question_placeholder"),
                    show_label=False,
                    elem_id="pq-question",
                )
                with gr.Row():
                    send = gr.Button(strings("send"), variant="primary", elem_id="pq-send", scale=3)
                    restart = gr.Button(strings("new"), elem_id="pq-new", scale=1)
                    export = gr.DownloadButton(
                        str(strings("export")), value=None, elem_id="pq-export", scale=1, interactive=True
                    )
                with gr.Accordion(strings("limit"), open=False):
                    only = gr.Dropdown(
                        choices=_document_choices(pipeline),
                        multiselect=True,
                        label=strings("documents_all"),
                        elem_id="pq-only",
                    )
                    with gr.Row():
                        since = gr.Textbox(label=strings("since"), elem_id="pq-since")
                        until = gr.Textbox(label=strings("until"), elem_id="pq-until")
                    gr.Markdown(strings("period_note"))
                if shown := examples(pipeline.settings.corpus):
                    gr.Examples(shown, inputs=question, label=strings("examples"))
            with gr.Column(scale=2):
                with gr.Column(visible=False, elem_id="pq-viewer") as viewer:
                    viewer_body = gr.HTML(elem_id="pq-viewer-body")
                    with gr.Row():
                        original = gr.DownloadButton(str(strings("download")), elem_id="pq-download", size="sm")
                        close = gr.Button(strings("close"), elem_id="pq-viewer-close", size="sm")
                sources = gr.HTML(EMPTY_SOURCES, elem_id="pq-sources")
                # Filled by the page's script when a citation's "Voir dans le document" is clicked.
                open_target = gr.Textbox(visible="hidden", elem_id="pq-open-target", show_label=False)
                open_button = gr.Button(visible="hidden", elem_id="pq-open-button")
        with gr.Tab(strings("tab_corpus"), visible=users is None) as corpus_tab:
            totals = gr.Markdown(elem_id="pq-totals")
            # Our own filter box: Gradio's has an English placeholder and no label.
            wanted = gr.Textbox(label=strings("filter"), elem_id="pq-filter", max_lines=1)
            # An empty table said in words (an eighth walk typed a filter and saw a blank table).
            no_match = gr.Markdown(visible=False, elem_id="pq-no-match")
            with gr.Row():
                documents = gr.Dataframe(
                    # No value of its own: the page's load fills it with headers in the page's language.
                    headers=DOCUMENT_COLUMNS,
                    interactive=False,
                    elem_id="pq-documents",
                    wrap=True,  # every column inside the window; long titles wrap
                    column_widths=[f"{p}%" for p in DOCUMENT_WIDTHS],
                    scale=3,
                )
                by_year = gr.BarPlot(
                    x="year",  # the columns of _by_year_plot's data; titles in the page's language
                    y="documents",
                    title=str(strings("chart_title")),  # typed str; Gradio's marker for a translated string
                    elem_id="pq-by-year",
                    scale=1,
                )
            upload = gr.File(
                label=strings("upload"),
                file_count="multiple",
                # No file_types: Gradio refused a .doc among the files with an English error (or
                # the picker hid it) and the others went unsaid; each file is judged by
                # uploads.add_files, a refusal on its own line with its reason (a new user's walk).
                elem_id="pq-upload",
            )
            # Off by default: "communique.pdf" from two teams are two texts; ticked, a corrected
            # release takes the place of the one it corrects (the old one kept in the trash).
            replacing = gr.Checkbox(label=strings("replace"), value=False, elem_id="pq-replace")
            rebuild = gr.Button(strings("rebuild"), elem_id="pq-rebuild")
            with gr.Row():
                doomed = gr.Dropdown(choices=_document_choices(pipeline), label=strings("doomed"), elem_id="pq-doomed")
                remove = gr.Button(strings("remove"), variant="stop", elem_id="pq-remove")
            status = gr.Markdown(elem_id="pq-status")

        inputs = [question, chatbot, only, since, until, answers]
        # "always_last": a question sent while the previous answer is still being written runs
        # once that answer is done (Gradio's default, "once", dropped it: the Enter did nothing).
        gr.on(
            [send.click, question.submit],
            respond,
            inputs,
            [chatbot, question, sources, answers, export, saved],
            api_visibility="private",
            trigger_mode="always_last",
        )
        # Gradio's own trash icon on the chat empties the screen only: it starts over as
        # "Nouvelle conversation" does, else the next question leaned on the answers cleared.
        gr.on(
            [restart.click, chatbot.clear],
            new_conversation,
            None,
            [chatbot, question, sources, answers, export, viewer, saved],
            api_visibility="private",
        )
        open_button.click(
            open_source, [open_target, answers], [viewer, viewer_body, original], api_visibility="private"
        ).then(None, js=SCROLL_JS)
        close.click(lambda: gr.update(visible=False), None, viewer, api_visibility="private")
        listing = [documents, only, doomed, totals, by_year]

        def filtered(text: str, request: gr.Request) -> tuple[Any, Any]:
            lang = _language(request)
            rows = filtered_rows(_documents_table(pipeline), text)
            said = no_match_text(text, lang) if not rows and (text or "").strip() else ""
            return _documents_frame(rows, lang), gr.update(value=said, visible=bool(said))

        wanted.change(filtered, wanted, [documents, no_match], api_visibility="private")
        # The table comes back whole from a rebuild or a removal: the filter typed is applied again.
        rebuild.click(add_and_rebuild, [upload, replacing], [status, *listing, upload], api_name="rebuild").then(
            filtered, wanted, [documents, no_match], api_visibility="private"
        )
        remove.click(delete, [doomed], [status, *listing], api_name="delete").then(
            filtered, wanted, [documents, no_match], api_visibility="private"
        )
        demo.load(refreshed, None, listing, api_visibility="private")

        # The conversation the browser kept, else no sources. No progress timer on the panel while
        # it is filled: it is the page's load, not a question.
        demo.load(
            restore, saved, [chatbot, sources, answers, export, saved], api_visibility="private", show_progress="hidden"
        )
        if users is not None:  # the Corpus tab, for those who may use it (the handlers check again)

            def show_corpus(request: gr.Request) -> Any:  # annotated: Gradio passes the request only then
                return gr.update(visible=allowed(request))

            demo.load(show_corpus, None, corpus_tab, api_visibility="private")
        gr.api(api_ask, api_name="ask", concurrency_limit=ask_concurrency)
    return demo


def launch(
    demo: gr.Blocks,
    host: str,
    port: int,
    max_file_mb: float = DEFAULT_MAX_FILE_MB,
    users: Users | None = None,
    api_routes: Sequence[Any] = (),
    **kwargs: Any,
) -> None:
    """Serve the app; the stylesheet goes to ``launch`` because Gradio 6 sets it there.

    ``api_routes``: more routes served beside the app (the OpenAI-compatible ``/v1``,
    ``openai_api.routes``), registered before Gradio's own.
    """
    from starlette.middleware import Middleware
    from starlette.routing import Mount
    from starlette.staticfiles import StaticFiles

    static = Mount(STATIC_URL, app=StaticFiles(directory=STATIC), name="paddockqa-static")
    # Font objects, not strings (Gradio compares themes font by font), that load nothing themselves.
    theme = gr.themes.Default(
        font=[gr.themes.Font(FONT), gr.themes.Font("sans-serif")],
        font_mono=[gr.themes.Font("monospace")],
    ).set(
        # Contrast of at least 4.5:1 (WCAG AA, checked by the axe audit): white on the default
        # orange-500 is 2.8:1, on orange-700 5.2:1; the footer's grey-400 on white 2.5:1, grey-600 7.6:1.
        button_primary_background_fill="#c2410c",
        button_primary_background_fill_hover="#9a3412",
        button_primary_text_color="#ffffff",
        button_cancel_background_fill="#b91c1c",  # "Retirer": white on red-500 is 3.8:1, on red-700 6.5:1
        button_cancel_background_fill_hover="#991b1b",
        button_cancel_text_color="#ffffff",
        body_text_color_subdued="#4b5563",
    )
    demo.launch(
        app_kwargs={"routes": [*api_routes, static], "middleware": [Middleware(LanguageMiddleware)]},
        i18n=page_strings(max_file_mb),
        theme=theme,
        server_name=host,
        server_port=port,
        show_error=False,  # errors reach the browser as our messages, never as tracebacks
        auth=users.check if users else None,
        auth_message="PaddockQA : connectez-vous. / Please log in." if users else None,
        ssr_mode=False,  # the page is served by this server, with LanguageMiddleware's script
        css=font_faces() + CSS,
        js=CITE_JS,
        max_file_size=f"{max_file_mb:g}mb",  # refused by the server before our own checks
        **kwargs,
    )
