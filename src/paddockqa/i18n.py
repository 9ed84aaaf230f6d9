"""The web page's language: French by default, English when the browser asks for it first.

Gradio translates its own strings (upload area, menus) and the labels we give it as
``gr.I18n`` keys in the browser, from the browser's language; the HTML we render on the
server (sources, viewer, totals, reports) follows the same choice, read from the request's
``Accept-Language``. A browser in a third language would get Gradio's strings in that
language and ours in the fallback, so ``LanguageMiddleware`` puts a script at the top of
the page that makes the browser's language, as Gradio reads it, the one we chose.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

LANGUAGES = ("fr", "en")
DEFAULT = "fr"


def language(accept_language: str | None) -> str:
    """``fr`` or ``en``: the first of them in the browser's order of preference, else French (pure).

    ``accept_language`` is an HTTP ``Accept-Language`` value ("en-GB,en;q=0.9,fr;q=0.8").
    """
    ranked = []
    for position, part in enumerate((accept_language or "").split(",")):
        tag, _, params = part.strip().partition(";")
        weight = 1.0
        if params.strip().startswith("q="):
            try:
                weight = float(params.strip()[2:])
            except ValueError:
                weight = 0.0
        if weight > 0:  # q=0: not wanted
            ranked.append((-weight, position, tag.strip().lower()[:2]))
    return next((tag for _, _, tag in sorted(ranked) if tag in LANGUAGES), DEFAULT)


# The same rule in the browser, run before Gradio reads navigator.language.
SCRIPT = """<script>
(() => {
  const asked = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language];
  const ours = asked.map((tag) => (tag || "").toLowerCase().slice(0, 2)).filter((tag) => tag === "fr" || tag === "en");
  const chosen = ours[0] || "fr";
  Object.defineProperty(navigator, "language", { get: () => chosen, configurable: true });
  Object.defineProperty(navigator, "languages", { get: () => [chosen], configurable: true });
})();
</script>"""

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]


class LanguageMiddleware:
    """ASGI middleware: the page's HTML (a GET of ``path``) gets ``SCRIPT`` first in its head.

    Gradio adds its own ``head`` option after its scripts have read the language, so the
    script has to be in the HTML as served.
    """

    def __init__(self, app: Callable[[Scope, Receive, Send], Awaitable[None]], path: str = "/") -> None:
        self.app = app
        self.path = path

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        method = scope.get("method")
        if scope["type"] != "http" or method not in ("GET", "HEAD") or scope.get("path") != self.path:
            await self.app(scope, receive, send)
            return
        held: list[Message] = []  # the start and body of the page, until its last part
        passing = False

        async def rewrite(message: Message) -> None:
            nonlocal passing
            if passing:
                await send(message)
                return
            if message["type"] == "http.response.start":
                headers = message.get("headers", [])
                html = any(k.lower() == b"content-type" and b"text/html" in v for k, v in headers)
                encoded = any(k.lower() == b"content-encoding" for k, _ in headers)
                if not html or encoded:
                    passing = True  # not the page: untouched, unbuffered
                    await send(message)
                    return
                held.append(message)
                return
            if message["type"] != "http.response.body":
                passing = True
                for early in [*held, message]:
                    await send(early)
                return
            held.append(message)
            if message.get("more_body"):
                return
            start, *parts = held
            page = b"".join(part.get("body", b"") for part in parts)
            if method == "GET" and b"<head>" in page:
                page = page.replace(b"<head>", b"<head>" + SCRIPT.encode(), 1)
            headers = [(k, v) for k, v in start.get("headers", []) if k.lower() != b"content-length"]
            length = {k.lower(): v for k, v in start.get("headers", [])}.get(b"content-length")
            # A HEAD's length is the one its GET will have.
            size = int(length) + len(SCRIPT.encode()) if method == "HEAD" and length is not None else len(page)
            await send({**start, "headers": [*headers, (b"content-length", str(size).encode())]})
            await send({"type": "http.response.body", "body": page})

        await self.app(scope, receive, rewrite)


# Every string of the page, French then English. Templates take their values by name; the
# labels given to Gradio are formatted once (``catalog``) and translated in the browser.
STRINGS: dict[str, dict[str, str]] = {
    "fr": {
        "intro": "# PaddockQA\nPosez vos questions sur les communiqués et interviews du corpus. "
        "Chaque réponse cite ses sources.",
        "tab_questions": "Questions",
        "tab_corpus": "Corpus",
        "conversation": "Conversation",
        "question_placeholder": "Posez une question sur le corpus…",
        "question_label": "Votre question",
        "send": "Envoyer",
        "new": "Nouvelle conversation",
        "export": "Exporter (Markdown)",
        "limit": "Limiter la recherche",
        "documents_all": "Documents (tous si vide)",
        "since": "Du (AAAA-MM-JJ)",
        "until": "Au (AAAA-MM-JJ)",
        "period_note": "Avec une période, les documents sans date sont exclus.",
        "examples": "Exemples",
        "download": "Télécharger l’original",
        "close": "Fermer le document",
        "filter": "Filtrer les documents (titre, fichier, date)",
        "no_match": "Aucun document ne correspond à « {wanted} » : essayez un autre mot du titre, du nom de "
        "fichier ou de la date.",
        "chart_title": "Documents par année de leur date",
        "year": "Année",
        "documents": "Documents",
        "undated": "sans date",
        "upload": "Ajouter des textes ({suffixes} ; {mb} Mo au plus, {count} fichiers à la fois)",
        "rebuild": "Ajouter et mettre à jour l’index",
        "replace": "Remplacer les textes du même nom (l’ancienne version va dans la corbeille .trash/)",
        "doomed": "Document à retirer",
        "remove": "Retirer du corpus et de l’index",
        "columns": "Titre|Fichier|Format|Date|Pages|Passages|Copies|Indexé le",
        "empty_sources": "Les passages cités apparaîtront ici.",
        "unsupported": "Phrases non étayées",
        "cited": "Passages cités",
        "closest": "Passages les plus proches",
        "instruction": "⚠ Ce passage contient une consigne adressée à un assistant IA : PaddockQA la lit comme du "
        "texte, ne la suit pas et ne la cite jamais comme réponse.",
        "characters": "caractères {start}–{end}",
        "short_answer_line": "Réponse courte : {text} [{n}]",
        "sentence_reason": "⚠ phrase {i} : {reason}",
        "checked_rule": "── après vérification ──",
        "sources_heading": "Sources :",
        "also": "aussi : {files}",
        "open": "Voir dans le document",
        "understood": "Question comprise : {question}",
        "internal_error": "Erreur interne : elle est consignée dans le journal du serveur. Réessayez ou prévenez "
        "l’administrateur.",
        "no_documents": "Aucun document indexé : ajoutez des textes ci-dessous.",
        "totals": "**{documents}** documents · **{passages}** passages · index de {size} Mo sur le disque · "
        "dernière mise à jour le {updated}",
        "report": "Index à jour : {documents} documents, {passages} passages ({added} ajoutés, {updated} modifiés, "
        "{removed} retirés, {renamed} renommés ; {embedded} passages vectorisés en {seconds} s).",
        "skipped": "Ignoré : {source} — {reason}",
        "files_added": "Ajoutés : {files}",
        "files_updated": "Modifiés : {files}",
        "files_removed": "Retirés : {files}",
        "files_renamed": "Renommés : {files}",
        "files_more": "{files} et {count} autres",
        "left_out": "Fichiers du dossier laissés hors de l’index à la dernière mise à jour faite ici ({count}) :",
        "repaired": "L’index était endommagé ({generation}) : il a été reconstruit.",
        "reread": "L’index avait été lu par une version antérieure de PaddockQA (lecture {version}) : chaque "
        "fichier a été relu une fois, les vecteurs des textes inchangés réutilisés.",
        "reembedded": "Les vecteurs de l’index avaient été faits par d’autres poids ({vectors}) : chaque texte a "
        "été vectorisé à nouveau, une fois.",
        "not_updated": "**Index non mis à jour :** {reason}",
        "error": "**Erreur :** {reason}",
        "checking": "Vérification des fichiers",
        "received": "**Fichiers reçus**",
        "upload_line": "- {name} : {verdict}",
        "unsupported_item": "<li>« {sentence} » — {reason}</li>",
        "pick_first": "Choisissez d’abord un document à retirer.",
        "removed": "Retiré du corpus : {names} (une copie reste dans {trash}).",
        "not_admin": "Seuls les administrateurs peuvent modifier le corpus.",
        "stage_reading": "Lecture des fichiers",
        "stage_chunking": "Découpage",
        "stage_embedding": "Vectorisation",
        "stage_saving": "Enregistrement",
        "page": "Page {first} sur {count}",
        "pages": "Pages {first}–{last} sur {count}",
        "whole": "Texte entier ({length} caractères)",
        "excerpt": "Extrait : caractères {start}–{end} sur {length}",
        "document_text": "Texte du document",
        "unsupported_legend": "⚠ : phrase que les passages cités n’établissent pas.",
        "written_by": "— Réponse rédigée par {model}, chaque phrase vérifiée contre les passages cités.",
        "md_title": "# Conversation PaddockQA",
        "md_question": "**Question {n} :** {question}",
        "md_note": "{note}: {title} — {label} : {quote}",
    },
    "en": {
        "intro": "# PaddockQA\nAsk questions about the press releases and interviews of the corpus. "
        "Every answer cites its sources.",
        "tab_questions": "Questions",
        "tab_corpus": "Corpus",
        "conversation": "Conversation",
        "question_placeholder": "Ask a question about the corpus…",
        "question_label": "Your question",
        "send": "Send",
        "new": "New conversation",
        "export": "Export (Markdown)",
        "limit": "Limit the search",
        "documents_all": "Documents (all if empty)",
        "since": "From (YYYY-MM-DD)",
        "until": "To (YYYY-MM-DD)",
        "period_note": "With a period, undated documents are left out.",
        "examples": "Examples",
        "download": "Download the original",
        "close": "Close the document",
        "filter": "Filter the documents (title, file, date)",
        "no_match": "No document matches “{wanted}”: try another word of the title, the file name or the date.",
        "chart_title": "Documents by year of their date",
        "year": "Year",
        "documents": "Documents",
        "undated": "undated",
        "upload": "Add texts ({suffixes}; {mb} MB at most, {count} files at once)",
        "rebuild": "Add and update the index",
        "replace": "Replace texts of the same name (the earlier version goes to the .trash/ folder)",
        "doomed": "Document to remove",
        "remove": "Remove from the corpus and the index",
        "columns": "Title|File|Format|Date|Pages|Passages|Copies|Indexed on",
        "empty_sources": "The cited passages will appear here.",
        "unsupported": "Unsupported sentences",
        "cited": "Cited passages",
        "closest": "Closest passages",
        "instruction": "⚠ This passage holds an instruction addressed to an AI assistant: PaddockQA reads it as "
        "text, does not follow it and never quotes it as an answer.",
        "characters": "characters {start}–{end}",
        "short_answer_line": "Short answer: {text} [{n}]",
        "sentence_reason": "⚠ sentence {i}: {reason}",
        "checked_rule": "── after checking ──",
        "sources_heading": "Sources:",
        "also": "also: {files}",
        "open": "View in the document",
        "understood": "Question understood: {question}",
        "internal_error": "Internal error: it is recorded in the server's log. Try again or tell the administrator.",
        "no_documents": "No document indexed: add texts below.",
        "totals": "**{documents}** documents · **{passages}** passages · index of {size} MB on disk · "
        "last updated {updated}",
        "report": "Index up to date: {documents} documents, {passages} passages ({added} added, {updated} updated, "
        "{removed} removed, {renamed} renamed; {embedded} passages embedded in {seconds} s).",
        "skipped": "Skipped: {source} — {reason}",
        "files_added": "Added: {files}",
        "files_updated": "Updated: {files}",
        "files_removed": "Removed: {files}",
        "files_renamed": "Renamed: {files}",
        "files_more": "{files} and {count} more",
        "left_out": "Files of the folder left out of the index at the last update made here ({count}):",
        "repaired": "The index was damaged ({generation}): it was rebuilt.",
        "reread": "The index had been read by an earlier PaddockQA (reading {version}): every file was read again "
        "once, the vectors of unchanged texts reused.",
        "reembedded": "The index's vectors were made by other weights ({vectors}): every text was embedded again, "
        "once.",
        "not_updated": "**Index not updated:** {reason}",
        "error": "**Error:** {reason}",
        "checking": "Checking the files",
        "received": "**Files received**",
        "upload_line": "- {name}: {verdict}",
        "unsupported_item": "<li>“{sentence}” — {reason}</li>",
        "pick_first": "Pick a document to remove first.",
        "removed": "Removed from the corpus: {names} (a copy stays in {trash}).",
        "not_admin": "Only administrators may change the corpus.",
        "stage_reading": "Reading the files",
        "stage_chunking": "Splitting",
        "stage_embedding": "Embedding",
        "stage_saving": "Saving",
        "page": "Page {first} of {count}",
        "pages": "Pages {first}–{last} of {count}",
        "whole": "Whole text ({length} characters)",
        "excerpt": "Excerpt: characters {start}–{end} of {length}",
        "document_text": "Text of the document",
        "unsupported_legend": "⚠: a sentence the cited passages do not establish.",
        "written_by": "— Answer written by {model}, each sentence checked against the cited passages.",
        "md_title": "# PaddockQA conversation",
        "md_question": "**Question {n}:** {question}",
        "md_note": "{note}: {title} — {label}: {quote}",
    },
}


def t(lang: str, key: str, **values: object) -> str:
    """The string ``key`` in ``lang`` (French for another), its ``{names}`` filled (pure).

    Raises:
        KeyError: no such string.
    """
    template = STRINGS.get(lang, STRINGS[DEFAULT])[key]
    return template.format(**values) if values else template


def catalog(**values: object) -> dict[str, dict[str, str]]:
    """Every string in every language with ``values`` filled where a template names them,
    for ``gr.I18n`` (pure)."""
    return {lang: {key: _filled(text, values) for key, text in strings.items()} for lang, strings in STRINGS.items()}


def _filled(template: str, values: dict[str, object]) -> str:
    try:
        return template.format(**values)
    except KeyError:  # a server-side template, filled when it is used
        return template
