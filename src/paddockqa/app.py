"""The web chat: a thin Gradio layer over the pipeline.

Tab "Questions": the chat (answers streamed as an LLM writes them, markers [n], every
sentence the cited passages do not support marked ⚠, a notice when the LLM failed and
the extractive answer stands in) and, beside it, the cited passages with the quoted
sentence highlighted. Tab "Corpus": the indexed documents,
upload of new texts and a rebuild with a progress bar; the chat uses the new index at
once. The ``/ask`` API endpoint returns the same object as ``paddockqa ask --json``.
"""

from __future__ import annotations

import html
from collections.abc import Iterator, Sequence
from itertools import chain
from pathlib import Path
from typing import Any

import gradio as gr

from paddockqa.domain import Answer, Citation
from paddockqa.errors import PaddockError
from paddockqa.pipeline import Pipeline
from paddockqa.render import answer_text

EXAMPLES = [
    "Combien de pole positions Philippe Gaillard a-t-il signées ?",
    "Avec quelle équipe Romain Dumas dispute-t-il le Petit Le Mans ?",
    "Comment Patrick Pilet juge-t-il le championnat ALMS ?",
]
EMPTY_SOURCES = "<p class='pq-empty'>Les passages cités apparaîtront ici.</p>"
CSS = """
.pq-source { border-left: 3px solid #f97316; padding: 0.4em 0.8em; margin-bottom: 0.8em; }
.pq-source mark { background: #fde68a; padding: 0 0.1em; }
.pq-meta { font-size: 0.85em; opacity: 0.75; }
.pq-notice, .pq-unsupported { border-left: 3px solid #dc2626; padding: 0.4em 0.8em; margin-bottom: 0.8em; }
"""

STREAM_WORDS = 4


def render_sources(answer: Answer) -> str:
    """HTML for the sources panel; every text from the corpus or the LLM is escaped."""
    parts = []
    if answer.notice:
        parts.append(f"<div class='pq-notice'>{html.escape(answer.notice)}</div>")
    if answer.unsupported:
        items = "".join(
            f"<li>« {html.escape(answer.sentences[i])} » — {html.escape(reason)}</li>"
            for i, reason in zip(answer.unsupported, answer.unsupported_reasons)
        )
        parts.append(f"<div class='pq-unsupported'><strong>Phrases non étayées</strong><ul>{items}</ul></div>")
    if not answer.citations:
        return "\n".join(parts) or EMPTY_SOURCES
    heading = "Passages cités" if answer.answered else "Passages les plus proches"
    parts.append(f"<h3>{heading}</h3>")
    for c in answer.citations:
        parts.append(_render_citation(c))
    return "\n".join(parts)


def _render_citation(c: Citation) -> str:
    a, b = c.highlight
    passage = c.passage or c.quote
    if not c.passage:
        a, b = 0, len(passage)
    body = (
        html.escape(passage[:a]) + "<mark>" + html.escape(passage[a:b]) + "</mark>" + html.escape(passage[b:])
    ).replace("\n", "<br>")
    return (
        f"<div class='pq-source' data-n='{c.n}'>"
        f"<div><strong>[{c.n}] {html.escape(c.title)}</strong></div>"
        f"<div class='pq-meta'>{html.escape(c.source)} · caractères {c.start}–{c.end} · score {c.score:.3f}</div>"
        f"<p>{body}</p></div>"
    )


def _documents_table(pipeline: Pipeline) -> list[list[Any]]:
    try:
        documents = pipeline.documents()
    except PaddockError:
        return []
    return [[d.title, d.source, d.date or "", d.chunks, d.indexed_at.replace("T", " ")[:19]] for d in documents]


def build_app(pipeline: Pipeline) -> gr.Blocks:
    """The Gradio Blocks app serving ``pipeline``."""

    def respond(question: str, history: list[dict]) -> Iterator[tuple[list[dict], str, str]]:
        history = list(history or [])
        asked = question or "…"
        try:
            question = pipeline.check_question(question)
            stream = pipeline.stream(question)
            first = next(stream)  # retrieval errors surface here, before the chat shows anything
        except PaddockError as exc:
            history += [{"role": "user", "content": asked}, {"role": "assistant", "content": str(exc)}]
            yield history, "", EMPTY_SOURCES
            return
        history += [{"role": "user", "content": question}, {"role": "assistant", "content": ""}]
        answer = first
        if isinstance(first, Answer):
            # An extractive answer exists whole at once; showing it a few words at a time
            # reads the same as a generated one.
            words = first.text.split(" ")
            for end in range(STREAM_WORDS, len(words), STREAM_WORDS):
                history[-1] = {"role": "assistant", "content": " ".join(words[:end])}
                yield history, "", EMPTY_SOURCES
        else:
            try:
                for item in chain([first], stream):
                    if isinstance(item, Answer):
                        answer = item
                        break
                    history[-1] = {"role": "assistant", "content": item}
                    yield history, "", EMPTY_SOURCES
            except PaddockError as exc:
                history[-1] = {"role": "assistant", "content": str(exc)}
                yield history, "", EMPTY_SOURCES
                return
        assert isinstance(answer, Answer)  # a stream always ends with the answer
        history[-1] = {"role": "assistant", "content": answer_text(answer)}
        yield history, "", render_sources(answer)

    def api_ask(question: str) -> dict:
        """Answer a question; returns the same object as one line of `paddockqa ask --json`."""
        try:
            return pipeline.ask(question).to_json()
        except PaddockError as exc:
            raise gr.Error(str(exc)) from None  # a user error: no traceback in the server log

    def add_and_rebuild(files: Sequence[str] | None, progress: gr.Progress = gr.Progress()) -> tuple[str, list, None]:
        lines = []
        try:
            if files:
                added = pipeline.add_files([Path(f) for f in files])
                lines.append("Ajouté au corpus : " + ", ".join(added))
            labels = {"chunking": "Découpage", "embedding": "Vectorisation", "saving": "Enregistrement"}
            report = pipeline.build(lambda stage, done, total: progress((done, max(total, 1)), desc=labels[stage]))
        except PaddockError as exc:
            return f"**Erreur :** {exc}", _documents_table(pipeline), None
        lines.append(
            f"Index à jour : {report.documents} documents, {report.chunks} passages "
            f"({len(report.added)} ajoutés, {len(report.updated)} modifiés, {len(report.removed)} retirés ; "
            f"{report.embedded_chunks} passages vectorisés en {report.seconds:.1f} s)."
        )
        lines += [f"Ignoré : {s.source} — {s.reason}" for s in report.skipped]
        return "\n\n".join(lines), _documents_table(pipeline), None

    with gr.Blocks(title="PaddockQA") as demo:
        gr.Markdown(
            "# PaddockQA\n"
            "Posez vos questions sur les communiqués et interviews du corpus. Chaque réponse cite ses sources."
        )
        with gr.Tab("Questions"), gr.Row():
            with gr.Column(scale=3):
                chatbot = gr.Chatbot(label="Conversation", height=480, elem_id="pq-chat", render_markdown=False)
                question = gr.Textbox(
                    placeholder="Posez une question sur le corpus…", show_label=False, elem_id="pq-question"
                )
                send = gr.Button("Envoyer", variant="primary", elem_id="pq-send")
                gr.Examples(EXAMPLES, inputs=question, label="Exemples")
            with gr.Column(scale=2):
                sources = gr.HTML(EMPTY_SOURCES, elem_id="pq-sources")
        with gr.Tab("Corpus"):
            documents = gr.Dataframe(
                value=lambda: _documents_table(pipeline),
                headers=["Titre", "Fichier", "Date", "Passages", "Indexé le"],
                interactive=False,
                elem_id="pq-documents",
            )
            upload = gr.File(label="Ajouter des textes (.txt, .md)", file_count="multiple", file_types=[".txt", ".md"])
            rebuild = gr.Button("Ajouter et mettre à jour l'index", elem_id="pq-rebuild")
            status = gr.Markdown(elem_id="pq-status")

        for trigger in (send.click, question.submit):
            trigger(respond, [question, chatbot], [chatbot, question, sources], api_visibility="private")
        rebuild.click(add_and_rebuild, [upload], [status, documents, upload], api_name="rebuild")
        gr.api(api_ask, api_name="ask")
    return demo


def launch(demo: gr.Blocks, host: str, port: int, **kwargs: Any) -> None:
    """Serve the app; the stylesheet goes to ``launch`` because Gradio 6 sets it there."""
    demo.launch(server_name=host, server_port=port, show_error=False, css=CSS, **kwargs)
