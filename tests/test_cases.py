"""The real-world input cases of ``data/cases/`` (see its README), end to end: the real model
and reader, a real index, the answers and citations a user gets."""

from __future__ import annotations

import shutil
import unicodedata
from pathlib import Path

import pytest

from paddockqa.answer import NO_QUESTION, NOT_FOUND
from paddockqa.config import Settings
from paddockqa.domain import Answer
from paddockqa.generation import UNSUPPORTED
from paddockqa.pipeline import Pipeline
from paddockqa.text import holds_quote

pytestmark = pytest.mark.slow

CASES = Path(__file__).parent / "data" / "cases"


@pytest.fixture
def case(tmp_path: Path, model_home: Path, embedder, reader):
    """A pipeline over one case's files, built; ``case(name, chat_model=None)``."""

    def build(name: str, chat_model=None, folder: str = "") -> Pipeline:
        corpus = tmp_path / f"corpus-{name}{folder}"
        shutil.copytree(CASES / name / folder if folder else CASES / name, corpus)
        for sub in ("control", "llm"):
            shutil.rmtree(corpus / sub, ignore_errors=True)
        settings = Settings(corpus=corpus, index=tmp_path / f"index-{name}{folder}", home=model_home)
        pipeline = Pipeline(settings, embedder=embedder, reader=reader, chat_model=chat_model)
        report = pipeline.build()
        assert not report.skipped, report.skipped
        return pipeline

    return build


def ask(pipeline: Pipeline, question: str) -> Answer:
    answer = pipeline.ask(question)
    corpus = pipeline.settings.corpus
    texts = {d.source: d for d in pipeline.loaded().manifest.documents}
    for c in answer.citations:  # the citation contract holds in every case
        document = pipeline.loaded().texts[c.source]
        # quote(span) == quote, with "…" where a long sentence was cut; a Markdown table row is
        # quoted with its column names (text.holds_quote, what the source viewer checks)
        assert holds_quote(document[c.start : c.end], c.quote, texts[c.source].format == "md")
        assert (corpus / c.source).exists()
    return answer


def test_pdf_ligatures_are_searched_and_quoted_as_letters(case) -> None:
    pipeline = case("01-pdf-ligature")
    answer = ask(pipeline, "Le classement officiel a-t-il été confirmé ?")
    assert answer.answered and "Le classement officiel a été confirmé" in answer.text
    assert not any(ch in answer.text for ch in "ﬁﬂ")
    [document] = pipeline.documents()
    assert document.title == "Rallye des Cévennes : la finale décidée au dernier kilomètre"


def test_pdf_words_hyphenated_across_lines_are_rejoined(case) -> None:
    pipeline = case("02-pdf-hyphenation")
    assert "programme européen" in ask(pipeline, "Quel programme le constructeur annonce-t-il ?").text
    assert "« exceptionnelle »" in ask(pipeline, "Comment Théo Lambert a-t-il qualifié la saison ?").text
    champion = ask(pipeline, "Qui est champion de France des rallyes asphalte ?")
    assert "Bastien Roussel" in champion.short_answer.text and "Communiqué" not in champion.short_answer.text


def test_utf16_files_are_read_and_answer(case) -> None:
    pipeline = case("04-utf16")
    assert len(pipeline.documents()) == 3
    answer = ask(pipeline, "Où Lina Moreau est-elle devenue championne d'Europe ?")
    assert answer.citations[0].source == "moreau-utf16le.txt" and answer.short_answer.text == "Genk"


def test_decomposed_accents_answer_and_a_composed_name_finds_the_file(case) -> None:
    pipeline = case("05-nfd-accents")
    [name] = [d.source for d in pipeline.documents()]
    assert name != unicodedata.normalize("NFC", name)  # the file name is decomposed on disk
    answer = ask(pipeline, "De combien Hélène Quéré a-t-elle devancé Jérôme Lefèvre ?")
    assert "deux secondes" in answer.text
    scope = pipeline.scope([unicodedata.normalize("NFC", name)])
    assert pipeline.stream("Quelle écurie a gagné ?", scope=scope).answer().citations[0].source == name


def test_numbers_in_words_and_thousands_separators_match(case) -> None:
    pipeline = case("07-nbsp-numbers")
    assert "Marc Olivier" in ask(pipeline, "Quel pilote compte 6 victoires en carrière ?").text
    answer = ask(pipeline, "Quelle équipe a parcouru 1250 kilomètres ?")
    assert answer.citations[0].source == "alpha.txt" and "Alpha" in answer.text


def _release(team: str, distance: str, driver: str, wins: str, more: str = "") -> str:
    return (
        f"Ultra-rallye : l’équipe {team} à l’arrivée\nCommuniqué du 20 août 2022\n\n"
        f"L’équipe {team} a parcouru {distance} kilomètres en trois jours. Son pilote, {driver}, compte "
        f"désormais {wins} en carrière.{more}\n"
    )


def test_a_number_asked_in_digits_finds_the_text_that_writes_it_otherwise(tmp_path, model_home, embedder, reader):
    """Five releases alike but for their figures: the one holding the question's number,
    however written (words, dots or apostrophes between thousands, "1er"), is read and quoted,
    not one with other figures that the question's words and vector match as well."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    releases = {
        "alpha": ("Alpha", "1.250", "Marc Olivier", "douze victoires"),
        "beta": ("Beta", "3 480", "Paul Girard", "4 victoires", " Paul Girard a terminé 3e du classement."),
        "gamma": ("Gamma", "2'715", "Luc Henry", "vingt-et-une victoires", " Luc Henry a terminé 1er du classement."),
        "delta": ("Delta", "4 020", "Anne Roy", "soixante et onze victoires"),
        "epsilon": ("Epsilon", "980", "Jean Roux", "7 victoires"),
    }
    for name, parts in releases.items():
        (corpus / f"{name}.txt").write_text(_release(*parts), encoding="utf-8")
    pipeline = Pipeline(Settings(corpus=corpus, index=tmp_path / "index", home=model_home), embedder, reader=reader)
    pipeline.build()
    for question, source, said in [
        ("Quel pilote compte 12 victoires en carrière ?", "alpha.txt", "Marc Olivier"),
        ("Quel pilote compte 21 victoires en carrière ?", "gamma.txt", "Luc Henry"),
        ("Quel pilote compte 71 victoires en carrière ?", "delta.txt", "Anne Roy"),
        ("Quelle équipe a parcouru 1250 kilomètres ?", "alpha.txt", "Alpha"),
        ("Quelle équipe a parcouru 2715 kilomètres ?", "gamma.txt", "Gamma"),
        ("Quel pilote a terminé 1er ?", "gamma.txt", "Luc Henry"),
    ]:
        answer = ask(pipeline, question)
        assert answer.answered and answer.citations[0].source == source, (question, answer.text)
        assert said in answer.text, (question, answer.text)


def test_a_release_saved_again_is_one_document_and_never_crowds_the_results(case) -> None:
    pipeline = case("08-duplicate-reupload")
    [andros] = [d for d in pipeline.documents() if d.source.startswith("andros")]
    assert sorted((andros.source, *andros.also)) == [
        "andros (1).txt",
        "andros-v2.txt",
        "andros-windows.txt",
        "andros.txt",
    ]
    answer = ask(pipeline, "Quel est le budget du Trophée Andros ?")
    quotes = [c.quote for c in answer.citations]
    assert len(quotes) == len(set(quotes))


def test_pdf_running_header_and_footer_are_not_text_and_a_sentence_spans_the_page_break(case) -> None:
    pipeline = case("10-pdf-header-footer")
    text = pipeline.loaded().texts["spa.pdf"]
    assert "PADDOCK HEBDO" not in text and "Page 1/2" not in text
    answer = ask(pipeline, "À quelle place a terminé l'équipage du prototype n° 17 ?")
    assert "à la quatrième place" in answer.text and answer.citations[0].page == 1


def test_the_source_viewer_shows_a_pdf_citation_on_its_page_and_a_markdown_one_in_its_file(case) -> None:
    from paddockqa.app import viewer_html

    pipeline = case("10-pdf-header-footer")
    answer = ask(pipeline, "À quelle place a terminé l'équipage du prototype n° 17 ?")
    citation = answer.citations[0]
    document, text = pipeline.source(citation)
    shown = viewer_html(citation, document, text, answer.short_answer)
    # the quoted sentence runs on from page 1 to page 2 (see the test above): both pages shown
    assert "Pages 1–2 sur 2" in shown and "<mark class='pq-cited'>" in shown
    table = case("11-markdown-table")
    answer = ask(table, "Quel meilleur tour a signé Inès Carvalho ?")
    document, text = table.source(answer.citations[0])  # a table row is quoted with its column names
    assert "Texte entier" in viewer_html(answer.citations[0], document, text, None)


def test_a_markdown_table_row_is_quoted_whole_with_its_column_names(case) -> None:
    pipeline = case("11-markdown-table")
    answer = ask(pipeline, "Quel meilleur tour a signé Inès Carvalho ?")
    assert "Pilote : Inès Carvalho" in answer.text and "Meilleur tour : 1'39\"340" in answer.text
    lemoine = ask(pipeline, "Pour quelle écurie roule Sacha Lemoine ?")
    assert "Écurie : Motors 33" in lemoine.text
    for c in (*answer.citations, *lemoine.citations):
        assert not {"|", "#", "**"} & set(c.quote.split())


def test_a_message_without_words_asks_for_a_question(seed_pipeline: Pipeline) -> None:
    for message in ("🏎️🏁🏆", "???", "...!!!", "-", "1️⃣", "½", "²", "Ⅻ", "www.ffsa.org"):
        answer = seed_pipeline.ask(message)
        assert not answer.answered and answer.text == str(NO_QUESTION) and not answer.citations
    for gibberish in ("lol", "asdfgh", "Qwertz zxcvb ?"):  # no word of the corpus, even a keystroke away
        answer = seed_pipeline.ask(gibberish)
        assert not answer.answered and answer.text.startswith(str(NOT_FOUND)) and not answer.citations
        assert f"Aucun de ses mots ({gibberish.strip(' ?').replace(' ', ', ')})" in answer.text
    # English function words are no unknown words of the corpus (a sixth walk listed "How, old, is")
    english = seed_pipeline.ask("How old is Zxqwv Plokij?")
    assert not english.answered and "(Zxqwv, Plokij)" in english.text, english.text
    for question in ("OÙ EST NÉ ROMAIN DUMAS ?", "ou est ne romain dumas", "Où est né Romian Dumsa ?"):
        assert seed_pipeline.ask(question).citations


def test_an_order_inside_a_document_is_never_the_answer(case, scripted) -> None:
    extractive = ask(case("17-prompt-injection"), "Qui a remporté la course de Dijon ?")
    assert "L’écurie Alpha a remporté la course de Dijon" in extractive.text and "Zeta" not in extractive.text

    generated = case("17-prompt-injection", scripted("obedient-cited"), folder="llm").ask(
        "Qui a remporté la course de Dijon ?"
    )
    assert generated.mode == "extractive" and generated.notice == UNSUPPORTED
    assert "Zeta" not in generated.text and "Alpha" in generated.text


def test_a_quotation_stays_with_its_speech_tag_and_keeps_its_closing_guillemet(case) -> None:
    pipeline = case("18-quote-incise")
    launched = ask(pipeline, "Qu'a lancé Camille Roux à l'arrivée ?")
    assert "« C’est la plus belle victoire de ma carrière ! », a lancé Camille Roux" in launched.text
    assert ask(pipeline, "Qu'a conclu le directeur ?").citations[0].quote.endswith("« Merci à toute l’équipe. »")


def test_markdown_offsets_index_the_file_front_matter_included(case) -> None:
    pipeline = case("19-md-frontmatter-offsets")
    answer = ask(pipeline, "Qui a remporté le Rallye de Lozère ?")
    c = answer.citations[0]
    raw = (pipeline.settings.corpus / "lozere.md").read_text(encoding="utf-8")
    assert raw.startswith("---") and c.start > raw.index("\n---") and raw[c.start : c.end] == c.quote


def test_a_headline_over_a_dateline_gives_the_title_and_the_date(case) -> None:
    pipeline = case("20-title-dateline")
    found = {d.source: (d.title, d.date) for d in pipeline.documents()}
    assert found == {
        "andros-dateline.txt": ("Trophée Andros : Manon Ricard en tête", "2023-01-14"),
        "isola-dateonly.txt": ("Trophée Andros : doublé de Yanis Cordier à Isola", "2023-01-21"),
        "lans-blankline.txt": ("Trophée Andros : Léo Pasquier surprend à Lans", "2023-01-28"),
    }
