"""The source viewer's HTML: the right part of the document, the quote marked, everything escaped."""

from __future__ import annotations

from paddockqa.domain import Citation, ShortAnswer
from paddockqa.viewer import render_document, view_of

TEXT = "Titre <b>gras</b>\n\nPhilippe Gaillard, un chef d'entreprise de 42 ans, court en Carrera Cup.\nFin."


def _citation(start: int, end: int, n: int = 1) -> Citation:
    return Citation(n, "a.txt", "Titre", start, end, TEXT[start:end], 0.5)


def test_the_whole_text_is_shown_with_the_quote_marked_and_the_short_answer_bold() -> None:
    start = TEXT.index("Philippe")
    end = TEXT.index("Cup.") + 4
    at = TEXT.index("42 ans")
    shown = render_document(TEXT, (), _citation(start, end), ShortAnswer("42 ans", 1, at, at + 6))
    assert "Titre &lt;b&gt;gras&lt;/b&gt;" in shown and "<b>" not in shown  # the corpus is text, escaped
    assert "<mark class='pq-cited'>Philippe Gaillard, un chef d&#x27;entreprise de <strong>42 ans</strong>" in shown
    assert "Carrera Cup.</mark>\nFin." in shown and "Texte entier" in shown
    # another citation's short answer is not emphasised here
    assert "<strong>" not in render_document(TEXT, (), _citation(start, end, n=2), ShortAnswer("42 ans", 1, at, at + 6))


def test_a_pdf_shows_the_pages_the_quote_is_on() -> None:
    text = "page un\n" + "page deux, la citation commence ici" + " et finit page trois\n" + "page quatre"
    pages = (0, 8, 8 + 35, 8 + 35 + 21)
    start = text.index("la citation")
    end = text.index(" page trois") + 11
    one = view_of(len(text), pages, start, start + 5)
    assert (one.start, one.end, one.page, one.last_page, one.pages) == (8, 43, 2, 2, 4)
    two = view_of(len(text), pages, start, end)
    assert (two.start, two.end, two.page, two.last_page) == (8, 64, 2, 3)
    shown = render_document(text, pages, _citation_in(text, start, end), None)
    assert "Pages 2–3 sur 4" in shown and "page un" not in shown and "page quatre" not in shown


def _citation_in(text: str, start: int, end: int) -> Citation:
    return Citation(1, "a.pdf", "T", start, end, text[start:end], 0.5)


def test_a_long_text_is_shown_around_the_quote() -> None:
    text = "x" * 100_000 + "LA CITATION" + "y" * 100_000
    start = 100_000
    view = view_of(len(text), (), start, start + 11, limit=1000)
    assert view.end - view.start == 1000 and view.start < start < start + 11 < view.end
    shown = render_document(text, (), _citation_in(text, start, start + 11), None)
    assert "<mark class='pq-cited'>LA CITATION</mark>" in shown and "Extrait : caractères" in shown
    # a quote at either end still fits
    assert view_of(len(text), (), 0, 5, limit=1000).start == 0
    assert view_of(len(text), (), len(text) - 5, len(text), limit=1000).end == len(text)


def test_a_long_texts_excerpt_starts_and_ends_between_words() -> None:
    line = "La Porsche a traversé la ligne droite des Hunaudières à pleine vitesse.\n"
    text = line * 2000 + "LA CITATION.\n" + line * 2000  # 146,000 characters, over VIEW_CHARS
    start = text.index("LA CITATION")
    shown = render_document(text, (), _citation_in(text, start, start + 11), None)
    body = shown.split("tabindex='0' role='region'")[1].split(">", 1)[1]
    assert body.startswith("La Porsche a traversé") and body.endswith("pleine vitesse.</div>")
    assert "<mark class='pq-cited'>LA CITATION</mark>" in body


def test_the_viewer_speaks_the_page_language() -> None:
    start = TEXT.index("Philippe")
    english = render_document(TEXT, (), _citation(start, start + 8), None, "en")
    assert f"Whole text ({len(TEXT)} characters)" in english and "aria-label='Text of the document'" in english
    text = "x" * 100_000
    assert "Excerpt: characters 20,000–80,000 of 100,000" in render_document(
        text, (), _citation_in(text, 49_000, 51_000), None, "en"
    )
    assert "Extrait : caractères 20\u202f000–80\u202f000 sur 100\u202f000" in render_document(
        text, (), _citation_in(text, 49_000, 51_000), None, "fr"
    )


def test_downloads_and_exports_are_copied_once_per_version_and_old_ones_removed(tmp_path, monkeypatch) -> None:
    """The original's copy is made once per version of the file; copies and exports older than
    EXPORT_HOURS go at the next click, the one in use stays."""
    import os
    import time
    from pathlib import Path

    from paddockqa import app
    from paddockqa.domain import Answer

    monkeypatch.setattr(app, "_exports", lambda: tmp_path / "exports")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(TEXT, encoding="utf-8")
    first = Path(app._original_copy(corpus, "a.txt"))
    assert first.read_text(encoding="utf-8") == TEXT and Path(app._original_copy(corpus, "a.txt")) == first
    assert app._original_copy(corpus, "../a.txt") is None and app._original_copy(corpus, "absent.txt") is None
    exported = Path(app._export([Answer("q", True, "Il a 42 ans. [1]")]))
    old = time.time() - app.EXPORT_HOURS * 3600 - 60
    for folder in (first.parent, exported.parent):
        os.utime(folder, (old, old))
    # The same version, clicked again after an hour: kept, it is the one asked for.
    assert Path(app._original_copy(corpus, "a.txt")) == first and first.exists()
    (corpus / "a.txt").write_text(TEXT + "\nAjout.", encoding="utf-8")
    os.utime(first.parent, (old, old))
    second = Path(app._original_copy(corpus, "a.txt"))  # a new version: a new copy, the old one removed
    assert second != first and not first.parent.exists() and second.read_text(encoding="utf-8").endswith("Ajout.")
    newer = Path(app._export([Answer("q", True, "Il a 42 ans. [1]")]))
    assert newer.exists() and not exported.parent.exists()
