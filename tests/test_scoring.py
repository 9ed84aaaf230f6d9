"""Pure scoring logic: French tokens, fusion, sentence choice and refusal."""

from __future__ import annotations

import warnings
from pathlib import Path

import numpy as np
import pytest

from paddockqa.answer import NOT_FOUND, Candidate, ScoredSentence, clip, compose, confidence, word_overlap, word_weights
from paddockqa.domain import Chunk, Hit, Sentence
from paddockqa.language import ENGLISH, FRENCH
from paddockqa.lexical import LexicalIndex, tokenize, top_positive
from paddockqa.retrieval import ENGLISH_WEIGHTS, WEIGHTS, best_per_range, fuse, weights_for, zscore
from paddockqa.store import sentence_owners, sentence_ranges


def test_tokenize_drops_elisions_and_stopwords_and_folds_accents() -> None:
    assert tokenize("L’équipe qu’il a créée") == tokenize("equipe cree")
    assert "le" not in tokenize("le pilote") and tokenize("Pilotes") == tokenize("pilote")


def test_top_positive_orders_and_drops_zeros() -> None:
    assert top_positive(np.array([0.0, 2.0, 1.0, 3.0], dtype=np.float32), 3).tolist() == [3, 1, 2]
    assert top_positive(np.array([0.0, 0.0]), 5).tolist() == []


def test_bm25_built_from_token_ids_scores_as_bm25s_does_from_the_tokens() -> None:
    """The index is given token ids and their vocabulary (4 bytes a token) instead of the token
    strings: every row's score is the one bm25s gives from the strings, empty rows included."""
    import bm25s

    texts = [
        "Philippe Gaillard est sacré Champion de France 2008 au volant de sa Porsche.",
        "Romain Dumas court le Petit Le Mans pour l'équipe Penske.",
        "",  # no token: a placeholder keeps the row
        "Le pilote de 42 ans, chef d'entreprise, vient de Dijon.",
        "La Porsche de l'équipe gagne au Mans ; le pilote Dumas est champion.",
        "!!",
    ]
    ours = LexicalIndex.build(texts)
    strings = bm25s.BM25()
    strings.index([tokenize(t) or ["∅"] for t in texts], show_progress=False)
    for question in ("Quel âge a Philippe Gaillard ?", "équipe de Romain Dumas au Mans", "champion Porsche pilote"):
        expected = np.asarray(strings.get_scores([t for t in tokenize(question) if t in strings.vocab_dict]))
        got = ours.scores(question)
        assert got.shape == (len(texts),) and np.allclose(got, expected) and got.max() > 0, question
    assert len(ours.scores("blanquette de veau")) == 0  # no word known: no scores
    assert ours.knows("Dumas") and ours.knows("Dijonnais") and ours.knows("de")  # a form of a word; a stopword
    assert not ours.knows("Ogier") and not ours.knows("Var")
    # By the first 5 letters: a misspelt name ("Penskee"), and the index's folding of accents.
    assert ours.knows("Penskee") and ours.knows("equipe") and ours.knows("ÉQUIPE")
    assert not ours.knows("Pens") and not ours.knows("Penrose")  # a word of 4 letters, or 3 letters shared
    assert ours.knows("Dumsa") and ours.knows("Dumass")  # one slip: two letters swapped, one added
    sorensen = LexicalIndex.build(["Marco Sørensen gagne au Sacré-Cœur."])
    assert sorensen.knows("sørensen") and sorensen.knows("cœur")


def test_bm25_of_no_text_has_no_rows_and_saves(tmp_path: Path) -> None:
    """An empty corpus (a new folder, every file skipped or removed) builds, saves and loads."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no "Mean of empty slice" on the user's terminal
        empty = LexicalIndex.build([])
    empty.save(tmp_path / "bm25")
    loaded = LexicalIndex.load(tmp_path / "bm25")
    assert len(loaded.scores("Quel âge a Philippe Gaillard ?")) == 0
    assert not loaded.knows("Gaillard")


def test_zscore() -> None:
    assert np.allclose(zscore(np.array([1.0, 1.0])), 0)
    assert zscore(np.array([3.0]), reference=np.array([1.0, 2.0, 3.0])).tolist() == pytest.approx([1.2247], abs=1e-4)


def test_fusion_adds_weighted_zscores() -> None:
    zscores = np.array([[1.0, -0.5, 0.8], [0.2, 4.0, 0.1]])  # dense, lexical, sentence
    assert fuse(zscores, (0.5, 0.0, 0.5)).tolist() == pytest.approx([0.9, 0.15])
    # A strong lexical match outweighs a small dense lead at the French weights, not at the English ones.
    assert fuse(zscores, WEIGHTS).argmax() == 1
    assert fuse(zscores, ENGLISH_WEIGHTS).argmax() == 0


def test_fusion_weights_follow_the_question_language() -> None:
    assert weights_for(FRENCH) == WEIGHTS and weights_for(ENGLISH) == ENGLISH_WEIGHTS
    assert sum(WEIGHTS) == pytest.approx(1.0) and sum(ENGLISH_WEIGHTS) == pytest.approx(1.0)
    assert ENGLISH_WEIGHTS[1] < WEIGHTS[1]  # French BM25 says less about an English question


def test_best_sentence_per_passage_falls_back_to_the_passage_score() -> None:
    ranges = np.array([[0, 2], [2, 2], [2, 3]])
    best = best_per_range(np.array([0.1, 0.7, 0.4]), ranges, fallback=np.array([0.0, 0.5, 0.0]))
    assert best.tolist() == pytest.approx([0.7, 0.5, 0.4])


def test_sentence_ranges_follow_chunk_overlap() -> None:
    chunks = (Chunk("a", "T", 0, 50, ""), Chunk("a", "T", 40, 90, ""), Chunk("b", "T", 0, 30, ""))
    sentences = (
        Sentence("a", "T", 0, 20, "s"),
        Sentence("a", "T", 21, 45, "s"),
        Sentence("a", "T", 46, 90, "s"),
        Sentence("b", "T", 0, 30, "s"),
    )
    ranges = sentence_ranges(chunks, sentences)
    assert ranges.tolist() == [[0, 3], [1, 3], [3, 4]]
    assert sentence_owners(ranges, 4).tolist() == [0, 0, 0, 2]


def _sentence(quote: str, rank: int = 0, start: int = 0) -> Candidate:
    chunk = Chunk("a.txt", "Titre", 0, 100, quote)
    return Candidate(rank, Hit(chunk, 1.0, 0.9, 1.0), start, start + len(quote), quote, quote, (0, len(quote)))


def _scored(quote: str, sim: float, start: int = 0) -> ScoredSentence:
    return ScoredSentence(_sentence(quote, start=start), sim, 0.0, sim)


def test_compose_quotes_with_markers() -> None:
    ranked = [_scored("Il a signé 6 pole positions.", 0.9), _scored("Autre chose sans rapport.", 0.5, start=40)]
    answer = compose("Combien ?", ranked, min_score=0.1)
    assert answer.answered and answer.text == "Il a signé 6 pole positions. [1]"
    assert [c.n for c in answer.citations] == [1]


def test_compose_adds_a_close_second_sentence() -> None:
    ranked = [_scored("Première phrase utile.", 0.9), _scored("Seconde phrase utile.", 0.895, start=40)]
    answer = compose("Q ?", ranked, min_score=0.1)
    assert answer.text == "Première phrase utile. [1] Seconde phrase utile. [2]"


def test_confidence_grows_with_similarity_and_overlap() -> None:
    assert confidence(np.array([0.80, 0.0])) < confidence(np.array([0.90, 0.0])) < confidence(np.array([0.90, 1.0]))
    assert 0 < confidence(np.array([0.9, 0.5])) < 1


def test_compose_refuses_below_threshold_and_shows_closest() -> None:
    answer = compose("Recette ?", [_scored("Une phrase lointaine.", 0.7)], min_score=0.1)
    assert not answer.answered and answer.text.startswith(str(NOT_FOUND))
    assert len(answer.citations) == 1


def test_compose_with_nothing_retrieved() -> None:
    answer = compose("Q ?", [], min_score=0.8)
    assert not answer.answered and answer.citations == ()


def test_rare_question_words_weigh_more_than_the_subject() -> None:
    sentences = [_sentence(s) for s in ["Gaillard a gagné.", "Gaillard est né à Dijon.", "Gaillard rit."]]
    weights = word_weights("Où est né Gaillard ?", sentences)
    assert weights[tokenize("né")[0]] > weights[tokenize("Gaillard")[0]]
    assert word_overlap(weights, "Gaillard est né à Dijon.") == 1.0


def test_a_long_sentence_is_clipped_at_a_word_with_its_offsets() -> None:
    text = "Intro. " + " ".join(f"mot{i}," for i in range(120)) + "."
    end, quote = clip(text, 7, len(text), text[7:], limit=100)
    assert len(quote) <= 100 and quote.endswith("…") and not quote.endswith(",…")
    assert text[7:end] == quote[:-1]
    assert clip("Courte phrase.", 0, 14, "Courte phrase.") == (14, "Courte phrase.")


def test_an_answer_says_its_quotes_without_a_list_bullet_and_with_guillemets_paired() -> None:
    from paddockqa.answer import quoted_sentences
    from paddockqa.domain import Citation

    def cited(n: int, quote: str, start: int = 0) -> Citation:
        return Citation(n=n, source="a.txt", title="t", start=start, end=start + len(quote), quote=quote, score=0.9)

    assert quoted_sentences([cited(1, "- 14 courses, 6 pole positions et 6 victoires.")]) == (
        "14 courses, 6 pole positions et 6 victoires. [1]"
    )
    # Two sentences of one quote that follow each other: each gets its guillemet, nothing is left out.
    assert quoted_sentences([cited(1, "« Mon équipe est jeune."), cited(2, "Nous gagnerons. »", 24)]) == (
        "« Mon équipe est jeune. » [1] « Nous gagnerons. » [2]"
    )
    # Cut out of a longer one: an ellipsis says its words go on (a walk read "« Gagner ici…" as their start).
    assert quoted_sentences([cited(1, "« Mon équipe est jeune."), cited(2, "Nous gagnerons. »", 90)]) == (
        "« Mon équipe est jeune. … » [1] « … Nous gagnerons. » [2]"
    )
    assert quoted_sentences([cited(1, "Gagner ici, c'est un bonheur », a réagi Laborde.")]) == (
        "« … Gagner ici, c'est un bonheur », a réagi Laborde. [1]"
    )
    assert quoted_sentences([cited(1, "», a lancé Romain Dumas.")]) == "», a lancé Romain Dumas. [1]"
    assert quoted_sentences([cited(1, "– Nous avons tout donné.")]) == "– Nous avons tout donné. [1]"  # speech
    plain = "Il a signé 6 pole positions, dont 2 à Magny-Cours - un record."
    assert quoted_sentences([cited(1, plain), cited(2, "« Bravo », dit-il.")]) == f"{plain} [1] « Bravo », dit-il. [2]"
