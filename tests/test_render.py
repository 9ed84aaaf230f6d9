"""How an answer reads in the chat and the CLI (pure)."""

from __future__ import annotations

import pytest

from paddockqa import messages
from paddockqa.domain import Answer, Citation
from paddockqa.render import UNSUPPORTED_LEGEND, answer_text, conversation_markdown, quoted, sources_text


def test_unsupported_sentences_are_marked_where_they_stand() -> None:
    answer = Answer(
        question="q",
        answered=True,
        text="Il a gagné. [1]\n- Puis au Mans [1]\n- Et à Spa [2]",
        mode="generated",
        model="m",
        sentences=("Il a gagné. [1]", "- Puis au Mans [1]", "- Et à Spa [2]"),
        unsupported=(1,),
    )
    text = answer_text(answer)
    assert text.startswith("Il a gagné. [1]\n⚠ - Puis au Mans [1]\n- Et à Spa [2]\n\n" + UNSUPPORTED_LEGEND)
    assert text.endswith("Réponse rédigée par m, chaque phrase vérifiée contre les passages cités.")


def test_an_extractive_answer_reads_as_it_is_and_a_notice_comes_first() -> None:
    plain = Answer(question="q", answered=True, text="Il a gagné. [1]")
    assert answer_text(plain) == "Il a gagné. [1]"
    fallback = Answer(question="q", answered=True, text="Il a gagné. [1]", notice="Le LLM a échoué.")
    assert answer_text(fallback) == "ℹ Le LLM a échoué.\n\nIl a gagné. [1]"


def _citation(n: int, quote: str) -> Citation:
    return Citation(n=n, source="001.txt", title="Immense GAILLARD", start=0, end=len(quote), quote=quote, score=0.9)


def test_a_conversation_exports_as_markdown_with_footnotes_per_answer() -> None:
    first = Answer(
        question="Combien de pole positions Philippe Gaillard a-t-il signées ?",
        answered=True,
        text="Le pilote a signé 6 pole positions. [1]",
        citations=(_citation(1, "6 pole positions"),),
    )
    second = Answer(
        question="Quel âge a-t-il ?",
        answered=True,
        text="Un chef d’entreprise de 42 ans. [1] [7]",
        citations=(_citation(1, "42 ans"),),
        resolved_question="Quel âge Philippe Gaillard a-t-il ?",
    )
    markdown = conversation_markdown([first, second])
    assert "**Question 2 :** Quel âge a-t-il ?\n\n*Question comprise : Quel âge Philippe Gaillard a-t-il ?*" in markdown
    assert "6 pole positions. [^1-1]" in markdown
    assert "42 ans. [^2-1] [7]" in markdown  # a marker naming no citation stays as it is
    assert "[^1-1]: Immense GAILLARD — 001.txt : « 6 pole positions »" in markdown
    assert markdown.endswith("[^2-1]: Immense GAILLARD — 001.txt : « 42 ans »\n")
    assert "Question comprise" not in markdown.split("**Question 2")[0]  # the first stood alone
    generated = Answer(
        question="Et en 2009 ?",
        answered=True,
        text="Il a gagné. [1] Il vise 2010.",
        citations=(_citation(1, "Il a gagné."),),
        mode="generated",
        model="llama3",
        sentences=("Il a gagné. [1]", "Il vise 2010."),
        unsupported=(1,),
        unsupported_reasons=(messages.fr("no_citation"),),
    )
    shown = conversation_markdown([generated]).split("**Question 1 :** Et en 2009 ?\n\n")[1]
    assert shown.startswith("Il a gagné. [^1-1] ⚠ Il vise 2010.")  # marked as the chat marks it
    assert "- ⚠ phrase 2 : aucun passage cité" in shown and "llama3" in shown
    assert "- ⚠ sentence 2: no passage cited" in conversation_markdown([generated], "en")
    english = conversation_markdown([first, second], "en")
    assert english.startswith("# PaddockQA conversation\n\n**Question 1:** Combien")
    assert "*Question understood: Quel âge Philippe Gaillard a-t-il ?*" in english
    assert english.endswith("[^2-1]: Immense GAILLARD — 001.txt: “42 ans”\n")


@pytest.mark.parametrize(
    ("quote", "shown"),
    [
        ("42 ans", "« 42 ans »"),
        (
            "« Depuis le début de l’année, je roule aux Etats-Unis.",
            "« Depuis le début de l’année, je roule aux Etats-Unis. »",
        ),
        ("« Je suis ravi », a-t-il dit.", "« « Je suis ravi », a-t-il dit. »"),  # its marks close early: nested
        ("« Je suis ravi. »", "« Je suis ravi. »"),  # its own marks open and close it whole
        ("…« Depuis le début de l’année", "…« Depuis le début de l’année »"),  # cut before its mark
        ("Il a dit « merci » au public", "« Il a dit « merci » au public »"),  # a quote inside: nested as in French
    ],
)
def test_a_quote_opened_by_its_own_guillemets_is_not_opened_twice(quote: str, shown: str) -> None:
    assert quoted(quote) == shown
    assert quoted(quote, "en") == f"“{quote}”"
    answer = Answer(question="Q ?", answered=True, text="x [1]", citations=(_citation(1, quote),))
    assert sources_text(answer).endswith(f"    {shown}")
    assert conversation_markdown([answer]).endswith(f"001.txt : {shown}\n")


def test_a_refusal_is_exported_in_the_pages_language() -> None:
    from paddockqa.answer import not_found

    refusal = not_found("Quelle est la recette de la blanquette ?", [], 0.01)
    assert "I did not find the answer to this question in the corpus." in conversation_markdown([refusal], "en")
    assert "Je n’ai pas trouvé la réponse" in conversation_markdown([refusal])


def test_corpus_tab_helpers() -> None:
    from paddockqa.app import corpus_totals, documents_by_year
    from paddockqa.domain import IndexedDocument, Skipped
    from paddockqa.text import short_title

    def doc(date: str | None, chunks: int, at: str) -> IndexedDocument:
        return IndexedDocument(source="a.txt", title="t", date=date, content_hash="h", chunks=chunks, indexed_at=at)

    docs = [
        doc("2008-10-15", 5, "2026-11-30T01:50:21"),
        doc(None, 6, "2026-11-30T02:10:00"),
        doc("2012-05-01", 4, "2026-11-29T09:00:00"),
    ]
    assert documents_by_year(docs) == [("2008", 1), ("2012", 1), ("sans date", 1)]
    assert corpus_totals(docs[:2], 2_345_678) == (
        "**2** documents · **11** passages · index de 2,3 Mo sur le disque · dernière mise à jour le 2026-11-30 02:10"
    )
    assert corpus_totals([], 0).startswith("Aucun document indexé")
    # The index's own time when known (an update that only added a copy changes no document).
    assert corpus_totals(docs[:2], 2_345_678, updated="2026-12-02T15:20:01").endswith("le 2026-12-02 15:20")
    left_out = corpus_totals([], 0, "en", skipped=[Skipped("scan.pdf", "no text layer"), Skipped("a*b.txt", "empty")])
    assert left_out.splitlines()[2:] == [
        "Files of the folder left out of the index at the last update made here (2):",
        "",
        "- Skipped: scan.pdf — no text layer",
        "- Skipped: a\\*b.txt — empty",
    ]
    long = "Après avoir brillé à Pikes Peak, avec une victoire de catégorie et la deuxième place du classement"
    assert (
        short_title(long) == "Après avoir brillé à Pikes Peak, avec une victoire de catégorie et la deuxième place du…"
    )
    assert short_title("Immense GAILLARD") == "Immense GAILLARD"


def test_file_names_in_the_corpus_status_read_as_they_are_named() -> None:
    """The status is Markdown: a name with Markdown's punctuation or HTML is shown, not read."""
    import html

    from markdown_it import MarkdownIt

    from paddockqa.app import literal

    for name in (
        "__init__.txt",
        "[brouillon] *urgent*.md",
        "a_b_c.txt",
        "<img src=x onerror=alert(1)>.txt",
        "l'été & co~~.txt",
    ):
        rendered = MarkdownIt("commonmark").enable("strikethrough").render(f"- {literal(name)} : ajouté")
        assert "<em>" not in rendered and "<strong>" not in rendered and "<a " not in rendered and "<s>" not in rendered
        text = html.unescape(rendered.replace("<ul>\n<li>", "").replace("</li>\n</ul>\n", ""))
        assert text == f"{name} : ajouté", rendered


def test_an_index_report_agrees_its_words_with_its_counts() -> None:
    from paddockqa.app import _report_text
    from paddockqa.domain import BuildReport

    report = BuildReport(1, 3, ("a.txt",), (), ("b.txt", "c.txt"), (), (), 1, 0.3)
    assert _report_text(report).split("\n\n") == [
        "Index à jour : 1 document, 3 passages (1 ajouté, 0 modifié, 2 retirés, 0 renommé ; "
        "1 passage vectorisé en 0,3 s).",
        "Ajoutés : a.txt",  # the files are named too
        "Retirés : b.txt, c.txt",
    ]
    assert _report_text(report, "en").startswith("Index up to date: 1 document, 3 passages (1 added, 0 updated")


def test_an_index_report_names_the_files_changed_but_not_a_whole_first_build() -> None:
    from paddockqa.app import _report_text
    from paddockqa.domain import BuildReport

    added = tuple(f"2024/cp_{i:02}.txt" for i in range(12))
    first = BuildReport(12, 40, added, (), (), (), (), 40, 2.0)
    assert "\n\n" not in _report_text(first)  # the counts alone: every file was added
    later = BuildReport(13, 42, added, ("note.md",), (), ("old.txt",), (), 42, 2.0, renamed=(("a.txt", "b.txt"),))
    lines = _report_text(later, "en").split("\n\n")[1:]
    assert lines == [
        "Added: " + ", ".join(f"2024/cp\\_{i:02}.txt" for i in range(10)) + " and 2 more",  # Markdown-escaped
        "Updated: note.md",
        "Renamed: a.txt -&gt; b.txt",
    ]


def test_the_export_shows_the_short_answer_in_bold_as_the_chat_does() -> None:
    """A walk: the chat showed "42 ans" in bold, the exported Markdown in plain text."""
    from paddockqa.domain import ShortAnswer

    quote = "Philippe, 42 ans, a 42 ans de passion."
    answer = Answer(
        question="Quel âge a Philippe Gaillard ?",
        answered=True,
        text=f"Il a 42 ans. {quote} [1]",  # an earlier mention outside the quote stays plain
        citations=(_citation(1, quote),),
        short_answer=ShortAnswer("42 ans", 1, 10, 16),
    )
    markdown = conversation_markdown([answer])
    assert "Il a 42 ans. Philippe, **42 ans**, a 42 ans de passion. [^1-1]" in markdown
    unmarked = conversation_markdown(
        [Answer(question="q", answered=True, text=f"{quote} [1]", citations=(_citation(1, quote),))]
    )
    assert "**42" not in unmarked
