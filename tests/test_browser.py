"""The chat page in a real headless Chromium (Debian's /usr/bin/chromium, no download).

Each test starts the real app on a free local port over a fresh copy of the seed corpus,
then drives the page the way a user would: type, press Enter, read the chat and sources.
"""

from __future__ import annotations

import contextlib
import re
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
WAIT_MS = 30_000  # the CPU model is slow; be generous
GAILLARD_QUESTION = "Combien de pole positions Philippe Gaillard a-t-il signées ?"
HUMAN_SCREENSHOT = Path("/tmp/paddockqa-chat.png")


@pytest.fixture
def chromium() -> Path:
    """Debian's Chromium; the test is skipped (before any server starts) without it."""
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} not found: install Debian's chromium (apt-get install -y chromium)")
    return CHROMIUM


@pytest.fixture
def page(chromium: Path, app_url: str):
    """A Chromium page opened on the app, the question box ready."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(chromium), args=CHROMIUM_ARGS)
        try:
            # A French newsroom's browser: Gradio's own strings (menus, upload area) in French too.
            tab = browser.new_page(viewport={"width": 1280, "height": 900}, locale="fr-FR")
            tab.set_default_timeout(WAIT_MS)
            tab.goto(app_url, wait_until="domcontentloaded")
            tab.locator("#pq-question textarea").wait_for(state="visible")
            yield tab
        finally:
            browser.close()


def ask(page, question: str) -> None:
    """Type ``question`` in the question box and press Enter."""
    box = page.locator("#pq-question textarea")
    box.fill(question)
    box.press("Enter")


def test_question_shows_cited_answer_and_highlighted_source(page, tmp_path: Path) -> None:
    """Enter on a question streams a cited answer and highlights the quote in the sources."""
    from playwright.sync_api import expect

    ask(page, GAILLARD_QUESTION)

    answer = page.locator("#pq-chat [data-testid='bot']").last
    expect(answer).to_contain_text("6 pole positions", timeout=WAIT_MS)
    expect(answer).to_contain_text("[1]", timeout=WAIT_MS)
    sources = page.locator("#pq-sources")
    expect(sources.locator("mark").first).to_contain_text("6 pole positions", timeout=WAIT_MS)
    expect(sources).to_contain_text("Immense GAILLARD")
    expect(sources).to_contain_text("001_99e132d26c260f21.txt")
    # The reader's short answer is in bold inside the highlighted sentence, and in the chat.
    expect(sources.locator("mark strong").first).to_contain_text("6", timeout=WAIT_MS)
    expect(answer.locator("strong").first).to_contain_text("6")
    # A message is named by its text, not its HTML (an eighth walk heard "<strong>" spelt out).
    named = page.locator('#pq-chat [aria-label*="s message:"]').last
    expect(named).to_have_attribute("aria-label", re.compile(r"6 pole positions.*\[1\]$"), timeout=WAIT_MS)
    assert "<" not in (named.get_attribute("aria-label") or "")

    page.screenshot(path=str(tmp_path / "chat.png"), full_page=True)
    assert (tmp_path / "chat.png").stat().st_size > 0
    with contextlib.suppress(OSError):  # only a convenience for a human to look at
        page.screenshot(path=str(HUMAN_SCREENSHOT), full_page=True)


def test_empty_question_shows_french_message_not_traceback(page) -> None:
    """Enter on an empty box answers in the chat with the French 'vide' message."""
    from playwright.sync_api import expect

    ask(page, "")

    answer = page.locator("#pq-chat [data-testid='bot']").last
    expect(answer).to_contain_text("vide", timeout=WAIT_MS)
    expect(page.locator("#pq-sources mark")).to_have_count(0)
    assert "Traceback" not in page.locator("body").inner_text()
    assert "Traceback" not in page.content()


def test_a_question_too_long_is_given_back_to_its_box(page) -> None:
    """A walk pasted 2,780 characters: the reply said the limit, and the box was empty, so the
    question had to be copied back from the chat to be shortened."""
    from playwright.sync_api import expect

    long = "Quel âge a Philippe Gaillard " + "et " * 900 + "?"
    ask(page, long)
    expect(page.locator("#pq-chat [data-testid='bot']").last).to_contain_text("limite est", timeout=WAIT_MS)
    expect(page.locator("#pq-question textarea")).to_have_value(long, timeout=WAIT_MS)


def test_an_unexpected_error_in_the_chat_is_logged_not_shown(page, pipeline, monkeypatch, caplog) -> None:
    """A bug while answering says "Erreur interne" in the chat; the traceback goes to the server log."""
    import logging

    from playwright.sync_api import expect

    def broken(*args, **kwargs):
        raise RuntimeError("secret internal detail")

    monkeypatch.setattr(pipeline, "stream", broken)
    with caplog.at_level(logging.ERROR, logger="paddockqa.app"):
        ask(page, GAILLARD_QUESTION)
        answer = page.locator("#pq-chat [data-testid='bot']").last
        expect(answer).to_contain_text("Erreur interne", timeout=WAIT_MS)
    body = page.locator("body").inner_text()
    assert "secret" not in body and "Traceback" not in body and "RuntimeError" not in page.content()
    assert "secret internal detail" in caplog.text and "Traceback" in caplog.text


def test_generated_answer_marks_unsupported_sentences_and_failures_show_a_notice(page, pipeline, scripted) -> None:
    """An LLM's unsupported sentence is marked ⚠ in the chat and listed beside it; a failing
    LLM gives the extractive answer under a visible notice."""
    from playwright.sync_api import expect

    pipeline.chat_model = scripted("invented-claim")
    ask(page, GAILLARD_QUESTION)

    answer = page.locator("#pq-chat [data-testid='bot']").last
    expect(answer).to_contain_text("⚠ Il a aussi remporté les 24 Heures du Mans 2012", timeout=WAIT_MS)
    expect(answer).to_contain_text("Réponse rédigée par invented-claim")
    sources = page.locator("#pq-sources")
    expect(sources.locator(".pq-unsupported")).to_contain_text("Ferrari 488")
    expect(sources.locator("mark").first).to_contain_text("6 pole positions")
    with contextlib.suppress(OSError):  # only a convenience for a human to look at
        page.screenshot(path="/tmp/paddockqa-generated.png", full_page=True)

    pipeline.chat_model = scripted("error-500")
    ask(page, GAILLARD_QUESTION)

    answer = page.locator("#pq-chat [data-testid='bot']").nth(1)
    expect(answer).to_contain_text("ℹ Réponse générée indisponible", timeout=WAIT_MS)
    expect(answer).to_contain_text("6 pole positions")
    expect(sources.locator(".pq-notice")).to_contain_text("erreur HTTP 500")
    assert "Traceback" not in page.content()


def test_upload_several_files_then_ask_within_one_document(page, tmp_path: Path) -> None:
    """Corpus tab: three files uploaded at once, one line per file; then a question limited to one of them."""
    from playwright.sync_api import expect

    from filemakers import make_pdf

    pdf = make_pdf(
        tmp_path / "sodemo.pdf",
        ["Communiqué du 3 février 2025", "Le team Sodemo engage deux Porsche Cayman au Trophée Andros."],
        title="Sodemo au Trophée Andros",
    )
    broken = tmp_path / "casse.pdf"
    broken.write_bytes(b"%PDF-1.4 truncated")
    old_word = tmp_path / "note.doc"  # a type we do not read: refused on its own line, not dropped
    old_word.write_bytes(b"\xd0\xcf\x11\xe0 old Word")
    page.get_by_role("tab", name="Corpus").click()
    page.locator("#pq-upload input[type='file']").set_input_files([str(pdf), str(broken), str(old_word)])
    page.locator("#pq-rebuild").click()
    status = page.locator("#pq-status")
    expect(status).to_contain_text("sodemo.pdf : ajouté", timeout=WAIT_MS * 2)
    expect(status).to_contain_text("casse.pdf : refusé : PDF endommagé")
    expect(status).to_contain_text("note.doc : refusé : type non pris en charge")
    expect(status).to_contain_text("Index à jour : 4 documents")
    expect(page.locator("#pq-documents")).to_contain_text("sodemo.pdf")

    page.get_by_role("tab", name="Questions").click()
    page.get_by_text("Limiter la recherche").click()
    only = page.locator("#pq-only input")
    only.click()
    page.get_by_role("option", name="Sodemo au Trophée Andros — sodemo.pdf").click()
    ask(page, GAILLARD_QUESTION)
    sources = page.locator("#pq-sources")
    expect(sources).to_contain_text("sodemo.pdf · p. 2 · 2025-02-03", timeout=WAIT_MS)
    expect(sources).not_to_contain_text("001_99e132d26c260f21.txt")


HOSTILE = """<b onmouseover="window.__pwned='title'">Alerte</b> au paddock

Le commissaire a saisi le boîtier <script>window.__pwned='script'</script> de la Porsche numéro 12 après la course.
La photo <img src=x onerror="window.__pwned='img'"> montre le boîtier de la Porsche numéro 12 saisi.
"""


@pytest.fixture
def hostile_page(chromium: Path, pipeline, app_url: str):
    """The app with a document full of HTML, opened in Chromium; dialogs recorded."""
    from playwright.sync_api import sync_playwright

    (pipeline.settings.corpus / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    pipeline.build()
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(chromium), args=CHROMIUM_ARGS)
        try:
            tab = browser.new_page(viewport={"width": 1280, "height": 900})
            tab.set_default_timeout(WAIT_MS)
            dialogs: list[str] = []
            tab.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
            tab.goto(app_url, wait_until="domcontentloaded")
            tab.locator("#pq-question textarea").wait_for(state="visible")
            yield tab, dialogs
        finally:
            browser.close()


def test_html_in_documents_and_questions_is_shown_as_text(hostile_page) -> None:
    """<script>, onerror and onmouseover from a document or a question never run; they read as text."""
    from playwright.sync_api import expect

    page, dialogs = hostile_page
    ask(page, "Qu'a saisi le commissaire sur la Porsche numéro 12 ? <img src=y onerror=\"window.__pwned='question'\">")
    sources = page.locator("#pq-sources")
    expect(sources).to_contain_text("hostile.txt", timeout=WAIT_MS)
    expect(sources).to_contain_text("<script>window.__pwned='script'</script>")
    expect(page.locator("#pq-chat")).to_contain_text("<img src=y onerror=")
    sources.locator("a.pq-open").first.click()  # the whole document, in the viewer
    expect(page.locator("#pq-viewer .pq-view-text")).to_contain_text("<script>window.__pwned='script'</script>")
    page.get_by_role("tab", name="Corpus").click()
    expect(page.locator("#pq-documents")).to_contain_text("hostile.txt")
    expect(page.locator("#pq-documents")).to_contain_text("<b onmouseover=")  # the title, as text
    page.locator("#pq-documents").hover()
    assert page.evaluate("window.__pwned") is None
    assert dialogs == []
    for area in ("#pq-chat", "#pq-sources", "#pq-viewer", "#pq-documents"):
        assert page.locator(f"{area} script, {area} img[onerror], {area} [onmouseover]").count() == 0


def test_with_login_only_admins_see_the_corpus_tab(chromium: Path, secured_url: str) -> None:
    """Log in as the admin and as a reader: the Corpus tab is there for the first only."""
    from playwright.sync_api import expect, sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(chromium), args=CHROMIUM_ARGS)
        try:
            for user, password, sees in (("admin", "admin-pw", True), ("lecteur", "lire-pw", False)):
                tab = browser.new_context().new_page()
                tab.set_default_timeout(WAIT_MS)
                tab.goto(secured_url, wait_until="domcontentloaded")
                tab.get_by_label("username").fill(user)
                tab.get_by_label("password").fill(password)
                tab.get_by_role("button", name="Login").click()
                tab.locator("#pq-question textarea").wait_for(state="visible")
                corpus = tab.get_by_role("tab", name="Corpus")
                if sees:
                    expect(corpus).to_be_visible()
                else:
                    tab.wait_for_timeout(1500)  # the tab is hidden by a load event; give it time
                    expect(corpus).to_have_count(0)
        finally:
            browser.close()


def test_a_question_sent_while_an_answer_is_written_is_answered_after_it(page) -> None:
    """Enter pressed on the next question while the previous answer still streams is not lost."""
    from playwright.sync_api import expect

    ask(page, GAILLARD_QUESTION)
    expect(page.locator("#pq-question textarea")).to_have_value("", timeout=WAIT_MS)  # the first update came
    ask(page, "Quel âge a Philippe Gaillard ?")  # at once: the first answer is still being written
    bots = page.locator("#pq-chat [data-testid='bot']")
    expect(bots.nth(0)).to_contain_text("6 pole positions", timeout=WAIT_MS)
    expect(bots.nth(1)).to_contain_text("42 ans", timeout=WAIT_MS)
    expect(page.locator("#pq-question textarea")).to_have_value("")


def test_a_question_typed_while_a_slow_llm_starts_is_neither_wiped_nor_lost(page, pipeline, scripted_llm) -> None:
    """With an LLM seconds from its first word, the question shows and its box empties at once;
    the next question typed meanwhile is answered after it (it was wiped, then sent empty)."""
    from playwright.sync_api import expect

    from paddockqa.llm import OpenAIChatModel

    pipeline.chat_model = OpenAIChatModel(scripted_llm.url, "slow", timeout=30)  # its first word in 3.5 s
    ask(page, GAILLARD_QUESTION)
    box = page.locator("#pq-question textarea")
    expect(box).to_have_value("", timeout=1500)  # before any word of the LLM
    expect(page.locator("#pq-chat [data-testid='user']").first).to_contain_text("pole positions")
    bots = page.locator("#pq-chat [data-testid='bot']")
    expect(bots.first).not_to_contain_text("6 pole positions")  # still waiting for the LLM
    box.fill("Quel âge a Philippe Gaillard ?")  # typed meanwhile, then sent
    box.press("Enter")
    expect(bots.nth(0)).to_contain_text("6 pole positions", timeout=WAIT_MS)
    expect(page.locator("#pq-chat [data-testid='user']").nth(1)).to_have_text("Quel âge a Philippe Gaillard ?")
    # Answered (the scripted LLM quotes the passage sentence sharing most words with the question).
    expect(bots.nth(1)).to_contain_text("Réponse rédigée par slow", timeout=WAIT_MS)
    expect(bots.nth(1)).not_to_contain_text("La question est vide")


def test_a_three_turn_conversation_keeps_each_answers_sources_and_exports(page, tmp_path: Path) -> None:
    """Follow-ups are understood; an earlier answer's [1] shows that answer's passages; the export
    is Markdown with the citations as footnotes; "Nouvelle conversation" forgets it all."""
    from playwright.sync_api import expect

    bots = page.locator("#pq-chat [data-testid='bot']")
    sources = page.locator("#pq-sources")
    ask(page, "Combien de pole positions Philippe Gaillard a-t-il signées ?")
    expect(bots.nth(0)).to_contain_text("6 pole positions", timeout=WAIT_MS)
    ask(page, "Quel âge a-t-il ?")
    expect(bots.nth(1)).to_contain_text("Question comprise : Quel âge Philippe Gaillard a-t-il ?", timeout=WAIT_MS)
    expect(bots.nth(1)).to_contain_text("42 ans", timeout=WAIT_MS)
    ask(page, "Avec quelle écurie Romain Dumas court-il le Petit Le Mans ?")
    expect(bots.nth(2)).to_contain_text("Muscle Milk Pickett Racing", timeout=WAIT_MS)
    expect(sources.locator(".pq-turn:not(.pq-hidden) mark").first).to_contain_text("Muscle Milk", timeout=WAIT_MS)

    # The first answer's [1] brings back its own passage, framed.
    bots.nth(0).locator("a.pq-cite").first.click()
    shown = sources.locator(".pq-turn:not(.pq-hidden)")
    expect(shown).to_have_count(1)
    expect(shown.locator(".pq-focus mark").first).to_contain_text("6 pole positions")
    expect(shown).not_to_contain_text("Muscle Milk")

    with page.expect_download() as download:
        page.locator("#pq-export").click()
    exported = tmp_path / "conversation.md"
    download.value.save_as(exported)
    markdown = exported.read_text(encoding="utf-8")
    assert "**Question 2 :** Quel âge a-t-il ?" in markdown
    assert "*Question comprise : Quel âge Philippe Gaillard a-t-il ?*" in markdown
    assert "[^1-1]" in markdown and "[^3-1]: " in markdown and "Muscle Milk Pickett Racing" in markdown
    assert "**42 ans**" in markdown  # the short answer in bold, as the chat shows it

    page.locator("#pq-new").click()
    expect(bots).to_have_count(0)
    ask(page, "Quel âge a-t-il ?")  # nothing to lean on any more
    expect(bots.nth(0)).not_to_contain_text("Question comprise", timeout=WAIT_MS)


def test_one_typeface_served_by_our_server(chromium: Path, app_url: str) -> None:
    """Every text of the page is set in Source Sans 3 at a weight we serve; no request leaves the machine."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(chromium), args=CHROMIUM_ARGS)
        try:
            tab = browser.new_page(viewport={"width": 1366, "height": 900})
            requested: list[str] = []
            tab.on("request", lambda request: requested.append(request.url))
            tab.goto(app_url, wait_until="load")
            tab.locator("#pq-question textarea").wait_for(state="visible")
            tab.evaluate("document.fonts.ready")
            used = tab.evaluate(
                """() => [...new Set([...document.querySelectorAll('body *')]
                     .filter((e) => e.offsetParent !== null && e.childNodes.length
                                    && [...e.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim()))
                     .map((e) => { const s = getComputedStyle(e);
                                   const family = s.fontFamily.split(',')[0].trim();
                                   return [family, s.fontWeight, s.fontStyle].join('|')
                                          + '\t' + e.className + ': ' + e.textContent.trim().slice(0, 30); }))]"""
            )
            # Each element's face, and after a tab which element it is (for the failure message).
            elements = used
            used = sorted({u.split("\t")[0] for u in elements})
            faces = tab.evaluate(
                "() => [...document.fonts].map((f) => [f.family, f.weight, f.style, f.status].join('|'))"
            )
        finally:
            browser.close()
    families = {u.split("|")[0].strip("\"'") for u in used}
    assert families == {"Source Sans 3"}, [e for e in elements if "Source Sans 3" not in e.split("\t")[0]]
    # Each weight and style the page uses is a face we serve, loaded (its Latin subset at least):
    # a weight we did not serve would be synthesised or fall back.
    loaded = {"|".join(f.split("|")[1:3]) for f in faces if f.startswith("Source Sans 3|") and f.endswith("|loaded")}
    for weight_style in {u.split("|", 1)[1] for u in used}:
        assert weight_style in loaded, (weight_style, faces)
    fonts = [u for u in requested if ".woff" in u or "font" in u]
    assert fonts and all(u.startswith(app_url.rstrip("/")) for u in fonts), fonts
    assert all(u.startswith(app_url.rstrip("/")) or u.startswith("data:") for u in requested), requested


def test_the_corpus_tab_shows_every_column_totals_a_filter_and_a_chart(page) -> None:
    """At 1366 px every column of the document table is in the window; the filter keeps the matching rows."""
    from playwright.sync_api import expect

    page.set_viewport_size({"width": 1366, "height": 900})
    page.get_by_role("tab", name="Corpus").click()
    totals = page.locator("#pq-totals")
    expect(totals).to_contain_text("3 documents", timeout=WAIT_MS)
    expect(totals).to_contain_text("15 passages")
    expect(totals).to_contain_text("Mo sur le disque")
    table = page.locator("#pq-documents")
    for column in ("Titre", "Fichier", "Format", "Date", "Pages", "Passages", "Copies", "Indexé le"):
        header = table.locator("th", has_text=column).first
        expect(header).to_be_visible()
        box = header.bounding_box()
        assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 1366, (column, box)
    # A derived title (a long first sentence) is shortened at a word.
    expect(table).to_contain_text("la deuxième place du…")
    rows = table.locator(".virtual-row")  # Gradio's table draws its body rows as these
    expect(rows).to_have_count(3)
    expect(rows.first).to_contain_text("000_ef99629208891509.txt")
    # Sortable: the column menu of "Fichier" sorts the rows the other way round.
    header = table.locator("th", has_text="Fichier").first
    header.hover()
    header.locator("button.cell-menu-button").click()
    page.get_by_role("menuitem", name="Trier par ordre décroissant").click()
    expect(rows.first).to_contain_text("002_412870b7f298c4b4.txt")
    expect(rows.last).to_contain_text("000_ef99629208891509.txt")
    # Our filter box (labelled, in French): every word in a cell, accents and case aside.
    filter_box = page.locator("#pq-filter input, #pq-filter textarea").first
    # A filter no document matches says so (an eighth walk saw a blank table), then goes.
    filter_box.fill("blanquette")
    expect(rows).to_have_count(0)
    expect(page.locator("#pq-no-match")).to_contain_text("Aucun document ne correspond à « blanquette »")
    filter_box.fill("gaillard 2008")
    expect(rows).to_have_count(1)
    expect(rows.first).to_contain_text("001_99e132d26c260f21.txt")
    expect(page.locator("#pq-no-match")).to_be_hidden()
    expect(page.locator("#pq-by-year")).to_contain_text("Documents par année")
    page.locator("#pq-rebuild").click()  # the table comes back from the rebuild, filtered still
    expect(page.locator("#pq-status")).to_contain_text("Index à jour", timeout=WAIT_MS)
    expect(rows).to_have_count(1)
    expect(rows.first).to_contain_text("001_99e132d26c260f21.txt")


def test_the_corpus_table_is_readable_on_a_phone(page) -> None:
    """At 375 px the eight columns squeezed to a letter or two each ("F o r m a t", a walk):
    each header keeps its word on one line, and the table scrolls sideways instead."""
    from playwright.sync_api import expect

    page.set_viewport_size({"width": 375, "height": 740})
    page.get_by_role("tab", name="Corpus").click()
    table = page.locator("#pq-documents")
    expect(table.locator(".virtual-row")).to_have_count(3, timeout=WAIT_MS)
    for column in ("Format", "Fichier", "Passages"):
        header = table.locator("th", has_text=column).first
        box = header.bounding_box()
        assert box is not None and box["width"] >= 55, (column, box)
    with contextlib.suppress(OSError):  # for a human to look at
        page.screenshot(path=str(HUMAN_SCREENSHOT.with_name("corpus-phone.png")))
    scrolls = table.evaluate(
        "t => [...t.querySelectorAll('*')].some(e => e.scrollWidth > e.clientWidth + 20 && "
        "['auto', 'scroll'].includes(getComputedStyle(e).overflowX))"
    )
    assert scrolls  # the part of the table out of the window is reached by scrolling it


def test_the_chats_trash_icon_starts_a_new_conversation_too(page) -> None:
    """Gradio's "Effacer la conversation" icon forgets the answers as "Nouvelle conversation"
    does: the next question leans on nothing, the sources and the export are emptied."""
    from playwright.sync_api import expect

    bots = page.locator("#pq-chat [data-testid='bot']")
    ask(page, "Quel âge a Philippe Gaillard ?")
    expect(bots.nth(0)).to_contain_text("42 ans", timeout=WAIT_MS)
    expect(page.locator("#pq-sources mark").first).to_be_visible()
    page.get_by_role("button", name="Effacer la conversation").click()
    expect(bots).to_have_count(0)
    expect(page.locator("#pq-sources mark")).to_have_count(0)
    ask(page, "Et d'où vient-il ?")  # nothing to lean on any more
    expect(bots.nth(0)).to_contain_text("renvoie à quelqu’un", timeout=WAIT_MS)
    expect(bots.nth(0)).not_to_contain_text("Philippe Gaillard vient-il")


def test_the_chat_offers_no_copy_button_that_would_copy_html(page) -> None:
    """Gradio's copy buttons copy a message's HTML; the Markdown export replaces them."""
    from playwright.sync_api import expect

    ask(page, GAILLARD_QUESTION)
    expect(page.locator("#pq-chat a.pq-cite").first).to_be_visible(timeout=WAIT_MS)
    expect(page.locator("#pq-chat [data-testid='bot']")).to_have_count(1)
    chat_buttons = page.locator("#pq-chat button[aria-label]")
    labels = [chat_buttons.nth(i).get_attribute("aria-label") or "" for i in range(chat_buttons.count())]
    assert not [label for label in labels if label.lower().startswith(("copy", "copier"))], labels
    expect(page.locator("#pq-export")).to_be_visible()


def test_a_citation_opens_its_whole_document_scrolled_to_the_quote_and_downloads_it(page, tmp_path: Path) -> None:
    """ "Voir dans le document" shows the whole release with the quote highlighted, in view, the
    short answer in bold inside it; the original file downloads; an earlier answer's too."""
    from playwright.sync_api import expect

    ask(page, "Quel âge a Philippe Gaillard ?")
    bots = page.locator("#pq-chat [data-testid='bot']")
    expect(bots.nth(0)).to_contain_text("42 ans", timeout=WAIT_MS)
    ask(page, "Avec quelle écurie Romain Dumas court-il le Petit Le Mans ?")
    expect(bots.nth(1)).to_contain_text("Muscle Milk", timeout=WAIT_MS)
    bots.nth(0).locator("a.pq-cite").first.click()  # back to the first answer's passages
    page.locator("#pq-sources .pq-turn:not(.pq-hidden) a.pq-open").first.click()

    viewer = page.locator("#pq-viewer")
    expect(viewer).to_be_visible(timeout=WAIT_MS)
    text = viewer.locator(".pq-view-text")
    expect(text).to_contain_text("Immense GAILLARD")  # the headline: the whole text, not the passage
    expect(text).to_contain_text("Carrera Cup")
    mark = text.locator("mark.pq-cited")
    expect(mark).to_contain_text("42 ans")
    expect(mark.locator("strong")).to_have_text("42 ans")
    expect(viewer).to_contain_text("001_99e132d26c260f21.txt")
    expect(viewer).not_to_contain_text("Muscle Milk")  # the first answer's document, not the last one's
    # scrolled so the quote is inside the text box
    page.wait_for_function(
        """() => {
          const box = document.querySelector('#pq-viewer .pq-view-text').getBoundingClientRect();
          const m = document.querySelector('#pq-viewer mark.pq-cited').getBoundingClientRect();
          return m.top >= box.top && m.bottom <= box.bottom;
        }"""
    )
    with page.expect_download() as download:
        page.locator("#pq-download").click()
    saved = tmp_path / "original.txt"
    download.value.save_as(saved)
    corpus = Path(__file__).resolve().parents[1] / "corpus"
    assert saved.read_bytes() == (corpus / "001_99e132d26c260f21.txt").read_bytes()
    page.locator("#pq-viewer-close").click()
    expect(viewer).to_be_hidden()


AXE = Path(__file__).resolve().parent / "data" / "axe-core" / "axe.min.js"


def _serious_violations(page) -> list[str]:
    """axe-core's serious and critical violations on the page as it is, one line each."""
    page.add_script_tag(path=str(AXE))
    found = page.evaluate("async () => (await axe.run(document, { resultTypes: ['violations'] })).violations")
    return [
        f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:3]}"
        for v in found
        if v["impact"] in ("serious", "critical")
    ]


def test_both_tabs_pass_the_axe_accessibility_audit(page) -> None:
    """axe-core (Deque, from npm, in tests/data/axe-core) finds no serious or critical
    violation on the chat with an answer and its sources, nor on the Corpus tab."""
    from playwright.sync_api import expect

    ask(page, GAILLARD_QUESTION)
    expect(page.locator("#pq-sources mark").first).to_be_visible(timeout=WAIT_MS)
    assert _serious_violations(page) == []
    page.get_by_role("tab", name="Corpus").click()
    expect(page.locator("#pq-totals")).to_contain_text("3 documents", timeout=WAIT_MS)
    assert _serious_violations(page) == []


def test_the_chat_is_usable_with_the_keyboard_alone(page) -> None:
    """Tab reaches the question box from the top of the page; Enter asks; a citation's link
    opens the document with Enter and the focus goes into it; its text box scrolls with the
    keyboard; Escape closes it."""
    from playwright.sync_api import expect

    page.locator("body").focus()
    for _ in range(30):
        page.keyboard.press("Tab")
        if page.evaluate("() => !!document.activeElement.closest('#pq-question')"):
            break
    else:
        raise AssertionError("Tab never reached the question box")
    page.keyboard.type("Quel âge a Philippe Gaillard ?")
    page.keyboard.press("Enter")
    expect(page.locator("#pq-chat [data-testid='bot']")).to_contain_text("42 ans", timeout=WAIT_MS)
    link = page.locator("#pq-sources a.pq-open").first
    link.focus()  # a link, so in the Tab order
    assert page.evaluate("() => document.activeElement.classList.contains('pq-open')")
    page.keyboard.press("Enter")
    text = page.locator("#pq-viewer .pq-view-text")
    expect(text.locator("mark")).to_contain_text("42 ans", timeout=WAIT_MS)
    # The focus moves into the document (it stayed on the link, the next Tab in the footer).
    expect(text).to_be_focused(timeout=WAIT_MS)
    before = text.evaluate("box => box.scrollTop")
    page.keyboard.press("End")
    page.wait_for_function("([box, before]) => box.scrollTop !== before", arg=[text.element_handle(), before])
    page.keyboard.press("Escape")  # closes it, as a dialog
    expect(page.locator("#pq-viewer")).to_be_hidden(timeout=WAIT_MS)


@pytest.mark.parametrize(
    ("locale", "ready", "ours", "gradios", "not_there"),
    [
        (
            "en-US",
            "on disk",
            ["I did not find the answer", "Send", "New conversation", "Closest passages", "View in the document"]
            + ["Filter the documents", "Title"],
            ["Drop File Here"],
            ["Je n’ai pas trouvé", "Envoyer", "Passages les plus proches", "Voir dans le document", "Filtrer", "Titre"]
            + ["Déposez"],
        ),
        (
            "de-DE",  # neither French nor English: French, Gradio's strings too
            "sur le disque",
            ["Je n’ai pas trouvé la réponse", "Envoyer", "Nouvelle conversation", "Passages les plus proches"]
            + ["Voir dans le document", "Filtrer", "Titre"],
            ["Déposez le fichier ici"],
            ["I did not find", "Send", "Closest passages", "Datei", "Drop File Here"],
        ),
    ],
)
def test_one_language_per_page_ours_and_gradios(
    chromium: Path, app_url: str, locale, ready, ours, gradios, not_there
) -> None:
    """The browser's language (French unless it asks for English first) for every label, ours
    (static and rendered on the server) and Gradio's own."""
    from playwright.sync_api import expect, sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(chromium), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1366, "height": 900}, locale=locale)
            page.set_default_timeout(WAIT_MS)
            page.goto(app_url, wait_until="domcontentloaded")
            page.locator("#pq-question textarea").wait_for(state="visible")
            ask(page, GAILLARD_QUESTION)
            expect(page.locator("#pq-sources a.pq-open").first).to_be_visible(timeout=WAIT_MS)
            ask(page, "Quel âge a Patrick Pilet ?")  # a refusal with its closest passages, in our own words
            expect(page.locator("#pq-sources .pq-turn-1")).to_be_visible(timeout=WAIT_MS)  # the answer is whole
            expect(page.locator("#pq-chat [data-testid='bot']").nth(1)).to_contain_text(ours[0])
            chat = page.locator("body").inner_text()
            page.locator("[role=tab]").nth(1).click()
            expect(page.locator("#pq-totals")).to_contain_text(ready, timeout=WAIT_MS)  # the server's answer is in
            expect(page.locator("#pq-documents th").first).to_contain_text(ours[-1])
            corpus = page.locator("body").inner_text()
            assert page.evaluate("document.documentElement.lang") == locale[:2].replace("de", "fr")
        finally:
            browser.close()
    shown = chat + "\n" + corpus
    missing = [s for s in ours + gradios if s not in shown]
    assert not missing, missing
    mixed = [s for s in not_there if s in shown]
    assert not mixed, mixed


def test_a_conversation_outlives_a_reload_and_a_server_restart(chromium: Path, pipeline, monkeypatch) -> None:
    """The page keeps its conversation (signed, in the browser): reloaded, then served again by a
    new server on the same address, it shows the answers and their sources, a follow-up leans
    on them, an earlier citation opens; "Nouvelle conversation" forgets it for good."""
    from playwright.sync_api import expect, sync_playwright

    from conftest import free_port
    from paddockqa.app import build_app, launch

    monkeypatch.setenv("GRADIO_ANALYTICS_ENABLED", "False")
    pipeline.build()
    port = free_port()  # the same port for both servers: the browser keeps its storage per address

    def serve():
        app = build_app(pipeline)
        launch(app, "127.0.0.1", port, prevent_thread_lock=True, quiet=True)
        return app

    app = serve()
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=str(chromium), args=CHROMIUM_ARGS)
            try:
                page = browser.new_page(viewport={"width": 1280, "height": 900}, locale="fr-FR")
                page.set_default_timeout(WAIT_MS)
                page.goto(f"http://127.0.0.1:{port}/", wait_until="domcontentloaded")
                bots = page.locator("#pq-chat [data-testid='bot']")
                ask(page, "Quel âge a Philippe Gaillard ?")
                # The sources come with the answer whole, and with the value kept in the browser.
                expect(page.locator("#pq-sources mark").first).to_contain_text("42 ans", timeout=WAIT_MS)

                # A refusal too: its confidence 0.0 is written "0" by the page's JSON, which once
                # broke the signature of the whole conversation.
                ask(page, "Quelle est la recette de la blanquette de veau ?")
                expect(bots.nth(1)).to_contain_text("n’y figure", timeout=WAIT_MS)
                page.wait_for_timeout(1_000)  # the last update, which keeps the value, has landed

                page.reload(wait_until="domcontentloaded")
                expect(bots).to_have_count(2, timeout=WAIT_MS)
                expect(bots.nth(0)).to_contain_text("42 ans")
                expect(bots.nth(1)).to_contain_text("Je n’ai pas trouvé")
                expect(page.locator("#pq-sources mark").first).to_contain_text("42 ans")

                app.close()
                app = serve()
                page.reload(wait_until="domcontentloaded")
                expect(bots.nth(0)).to_contain_text("42 ans", timeout=WAIT_MS)
                ask(page, "Et d'où vient-il ?")  # leans on the answer given before the restart
                expect(bots.nth(2)).to_contain_text("Question comprise : D'où Philippe Gaillard vient-il ?")
                bots.nth(0).locator("a.pq-cite").first.click()
                shown = page.locator("#pq-sources .pq-turn:not(.pq-hidden)")
                expect(shown.locator(".pq-focus mark").first).to_contain_text("42 ans")

                page.locator("#pq-new").click()
                expect(bots).to_have_count(0)
                page.reload(wait_until="domcontentloaded")
                page.locator("#pq-question textarea").wait_for(state="visible")
                page.wait_for_timeout(1_000)  # the page's load event has run
                expect(bots).to_have_count(0)
            finally:
                browser.close()
    finally:
        app.close()
