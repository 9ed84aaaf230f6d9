"""The reader: inputs and span decoding (pure), the shipped weights on torch and ONNX, and
what it does to answers on the bundled corpus (real model, real index)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

from conftest import DATA, ROOT
from paddockqa.answer import MAX_ANSWER_CHARS, NOT_FOUND, compose_read, name_key, read_rank, sentence_priors
from paddockqa.cli import main
from paddockqa.domain import Answer, Chunk, Hit, Reading, Sentence
from paddockqa.language import ENGLISH, FRENCH, question_language
from paddockqa.messages import said as said_in
from paddockqa.reader import (
    CALIBRATION,
    ENGLISH_LOGIT_SHIFT,
    OnnxReader,
    best_span,
    best_spans,
    calibration_for,
    distinct_split,
    near_duplicate,
    probability,
    rank_sentences,
    read_adaptively,
    rerank,
    squad_scores,
)
from paddockqa.reader_model import ReaderConfig, Window, quantize_rows, span_targets, windows
from paddockqa.stream import AnswerStream
from paddockqa.text import holds_quote
from paddockqa.truecase import name_parts, uncased_names, written_within

AGE = "Quel âge a Philippe Gaillard ?"
BLANQUETTE = "Quelle est la recette de la blanquette de veau ?"


@pytest.fixture(scope="module")
def tokenizer(model_home: Path):
    """The converted e5 tokenizer (the reader's), without exporting the reader."""
    from tokenizers import Tokenizer

    from paddockqa.model_convert import CONVERTED_FOLDER, ensure_converted

    return Tokenizer.from_file(str(ensure_converted(model_home / "models" / CONVERTED_FOLDER) / "tokenizer.json"))


# --- pure ---------------------------------------------------------------------------------


def test_windows_cover_a_long_passage_with_overlap_and_exact_offsets(tokenizer) -> None:
    config = ReaderConfig(max_length=64, stride=16)
    passage = " ".join(f"Le pilote numéro {i} a fini {i + 1}e à Magny-Cours." for i in range(20))
    spans = windows(tokenizer, "Qui a fini 7e ?", passage, config)
    assert len(spans) > 2 and all(len(w.ids) <= 64 for w in spans)
    covered = set()
    for w in spans:
        for a, b in w.offsets:
            if a >= 0:
                covered.update(range(a, b))
                assert passage[a:b].strip() and b <= len(passage)
    assert {i for i, c in enumerate(passage) if not c.isspace()} <= covered  # nothing is left unread
    # Question and special tokens are never passage tokens.
    first = spans[0]
    assert not first.passage_tokens[: first.passage_tokens.argmax()].any()


def test_a_heading_is_read_before_every_window_and_is_never_part_of_a_span(tokenizer) -> None:
    """A reader trained with titles (``heading_tokens`` > 0) reads the document's title after
    the question in every window of a passage, as context only: its tokens have no offsets
    into the passage, and the passage's own tokens are covered as without a heading."""
    heading = "UN NOUVEAU CHALLENGE POUR LE GERSOIS PATRICK PILET"
    passage = " ".join(f"Mon équipe, le Flying Lizard, a fini {i + 1}e à Sebring." for i in range(20))
    config = ReaderConfig(max_length=80, stride=16, heading_tokens=8)
    plain = windows(tokenizer, "Quelle est son écurie ?", passage, config)
    spans = windows(tokenizer, "Quelle est son écurie ?", passage, config, heading)
    expected = tokenizer.encode("passage: " + heading, add_special_tokens=False).ids[:8]
    question = len(tokenizer.encode("query: Quelle est son écurie ?", add_special_tokens=False).ids) + 3
    assert len(spans) > 2 and all(len(w.ids) <= 80 for w in spans)
    for w in spans:
        assert list(w.ids[question : question + 8]) == expected  # <s> q </s></s> HEADING ...
        assert not w.passage_tokens[: question + 8].any()
    covered = {i for w in spans for a, b in w.offsets if a >= 0 for i in range(a, b)}
    assert {i for i, c in enumerate(passage) if not c.isspace()} <= covered
    first = next(i for i, ok in enumerate(spans[0].passage_tokens) if ok)
    assert passage[slice(*spans[0].offsets[first])] == "Mon"
    # No title, or a reader trained without titles: the windows every earlier reader was trained on.
    assert windows(tokenizer, "Quelle est son écurie ?", passage, config, "  ") == plain
    assert windows(tokenizer, "Quelle est son écurie ?", passage, ReaderConfig(max_length=80, stride=16), heading) == [
        *windows(tokenizer, "Quelle est son écurie ?", passage, ReaderConfig(max_length=80, stride=16))
    ]
    assert plain[0].ids[question:][:8] != tuple(expected)


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        (
            "Jean Stablinski",
            "Il naît à Thun en 1932, dans une famille polonaise venue travailler dans les mines du Nord, "
            "et grandit à Valenciennes. Jean Stablinski court ensuite.",
            "Jean Stablinski",
        ),  # named, but not at its start
        (
            "Immense GAILLARD",
            "Communiqué du 15 oct. 2008\nPorsche\nImmense  GAILLARD\nPhilippe Gaillard est sacré.",
            "",
        ),
        (
            "Après avoir brillé à Pikes Peak, Romain Dumas retrouvera les Etats-Unis.",
            "Après avoir brillé à Pikes Peak, Romain Dumas retrouvera les Etats-Unis. Le pilote tricolore disputera…",
            "",
        ),  # titled by its first sentence
        (
            "Après avoir brillé à Pikes Peak, Romain Dumas retrouvera les Etats-Unis.",
            "Le pilote natif d'Alès…",
            "Après avoir brillé à Pikes Peak, Romain Dumas retrouvera les Etats-Unis.",
        ),  # a later passage: the lede names him
    ],
)
def test_a_passage_is_read_after_its_title_unless_it_opens_with_it(title: str, text: str, expected: str) -> None:
    from paddockqa.reader import heading

    assert heading(Chunk("a.txt", title, 0, len(text), text)) == expected


def test_span_targets_locate_the_answer_tokens(tokenizer) -> None:
    passage = "Philippe Gaillard, un chef d'entreprise de 42 ans, est sacré champion."
    w = windows(tokenizer, AGE, passage, ReaderConfig())[0]
    start = passage.index("42 ans")
    first, last = span_targets(w, start, start + len("42 ans"))
    assert passage[w.offsets[first][0] : w.offsets[last][1]] == "42 ans"  # word tokens start on the word
    assert span_targets(Window(w.ids[:5], w.offsets[:5]), start, start + 6) is None


def test_best_span_keeps_to_passage_tokens_and_order() -> None:
    offsets = ((-1, -1), (-1, -1), (0, 5), (5, 10), (10, 15), (-1, -1))
    w = Window((0, 1, 2, 3, 4, 5), offsets)
    start = np.array([9.0, 0, 1, 2, 0, 9])  # the best logits sit on non-passage tokens
    end = np.array([9.0, 0, 0, 1, 3, 9])
    assert best_span(start, end, w)[:2] == (5, 15)
    assert best_span(start, end, w, max_tokens=1)[:2] == (5, 10)


def test_best_spans_are_the_n_best_sharing_no_token_best_first() -> None:
    offsets = ((-1, -1), (0, 5), (5, 10), (10, 15), (15, 20), (-1, -1))
    w = Window((0, 1, 2, 3, 4, 5), offsets)
    start = np.array([0.0, 3, 0, 2, 0, 0])
    end = np.array([0.0, 0, 3, 0, 1, 0])
    # (1, 2) scores 6, then (3, 4) 3; (1, 4) scores 4 but shares tokens with the first.
    assert [s[:2] for s in best_spans(start, end, w, 5)] == [(0, 10), (10, 20)]
    assert best_spans(start, end, w, 1)[0] == best_span(start, end, w)
    assert best_spans(start, end, Window((0, 5), ((-1, -1), (-1, -1))), 3) == []  # no passage token


def test_best_span_never_starts_in_a_dateline(tokenizer) -> None:
    """ "Quelle écurie rejoint Sarah Lefèvre ?" was answered "Paris" (0.91) from the dateline
    opening the release: where it was written answers nothing it reports."""
    passage = "Paris, le 3 mars 2024 — La pilote Sarah Lefèvre rejoint l'écurie Alpine."
    question = "Quelle écurie rejoint Sarah Lefèvre ?"
    w = windows(tokenizer, question, passage, ReaderConfig())[0]
    n = len(w.ids)

    def token_at(word: str, last: bool = False) -> int:
        at = passage.index(word) + (len(word) if last else 0)
        if last:
            return max(i for i in range(n) if w.passage_tokens[i] and w.offsets[i][1] <= at)
        return next(i for i in range(n) if w.passage_tokens[i] and w.offsets[i][0] == at)

    start, end = np.full(n, -9.0), np.full(n, -9.0)
    start[token_at("Paris")], end[token_at("Paris", last=True)] = 8.0, 8.0  # the model's first choice
    start[token_at("Alpine")], end[token_at("Alpine", last=True)] = 5.0, 5.0
    a, b, _ = best_span(start, end, w, passage=passage)
    assert passage[a:b] == "Alpine"
    assert passage[slice(*best_span(start, end, w)[:2])] == "Paris"  # without the passage: nothing known of it


def test_best_span_leaves_the_sentences_full_stop_out(tokenizer) -> None:
    passage = "Il roule pour Flying Lizard depuis 2019. Puis, à Sebring."
    w = windows(tokenizer, AGE, passage, ReaderConfig())[0]
    n = len(w.ids)
    last = max(i for i in range(n) if w.passage_tokens[i] and w.offsets[i][1] <= passage.index(" Puis"))
    first = next(i for i in range(n) if w.passage_tokens[i] and w.offsets[i][0] == passage.index("2019"))
    start, end = np.full(n, -9.0), np.full(n, -9.0)
    start[first], end[last] = 5.0, 5.0  # the model's span: "2019." (its last token holds the full stop)
    a, b, _ = best_span(start, end, w, passage=passage)
    assert passage[a:b] == "2019"
    assert passage[slice(*best_span(start, end, w)[:2])].startswith("2019")  # without the passage: as tokenised


@pytest.mark.parametrize(
    ("text", "kept"),
    [("Renault S.A.", True), ("J.-C.", True), ("M.", True), ("etc.", True), ("2019.", False), ("Porsche GT 2.", False)],
)
def test_an_abbreviations_full_stop_stays_in_the_short_answer(text: str, kept: bool) -> None:
    from paddockqa.reader import _abbreviation

    assert _abbreviation(text, 0, len(text)) is kept


@pytest.mark.parametrize(
    ("passage", "span", "tidy"),
    [
        ("signant 6 victoires.", "6 victoire", "6 victoires"),  # a token cut inside a word
        ("la HPD ARX-03a qu’il partagera", "HPD ARX-03", "HPD ARX-03a"),
        ("en 1942, puis", "42", "1942"),
        ("un retard de 12 secondes sur Roux", "2 seconde", "12 secondes"),
        ("le Petit Le Mans (20 octobre) avec", "(20 octobre", "20 octobre"),
        ("de Carrera Cup B « Gentlemen drivers », à", "« Gentlemen drivers", "Gentlemen drivers"),
        ("B « Gentlemen drivers », à", "Gentlemen drivers »", "Gentlemen drivers"),
        ("le site (alms.com) et", "alms.com)", "alms.com"),
        ("chez Renault S.A. depuis", "Renault S.A.", "Renault S.A."),
        ("le Petit Le Mans (20 octobre) avec", "(20 octobre)", "(20 octobre)"),  # balanced: kept
        ("natif d’Alès, il", "Alès,", "Alès"),  # the apostrophe ends a word
        ("devant 23 000 spectateurs", "23", "23 000"),  # a number's groups of thousands
        ("devant 1\u202f250\u00a0000 spectateurs", "250", "1\u202f250\u00a0000"),
        ("en 2008 200 pilotes", "2008", "2008"),  # a year is no group's head
        ("devant 1 000,5 litres", "1", "1 000,5"),  # and its decimals
        ("en 2007, 2008 et", "2007", "2007"),  # a list is no number
        ("le mécanicien Jean-Pierre Champeau", "Pierre Champeau", "Jean-Pierre Champeau"),  # a compound
        ("à Magny-Cours le 12", "Magny", "Magny-Cours"),
        ("« Super », dit-il", "dit", "dit"),  # a verb and its pronoun are no compound
        ("la saison 2007-2008", "2007", "2007"),  # nor two numbers
        ("la (HPD (ARX-03a) est", "(HPD (ARX-03a)", "HPD (ARX-03a)"),  # brackets counted
        # one opened inside, closed right after: closed (a nineteenth walk's "Saint-Quentin (Aisne")
        ("de Saint-Quentin (Aisne), âgé", "Saint-Quentin (Aisne", "Saint-Quentin (Aisne)"),
        ("de Saint-Quentin (Aisne et", "Saint-Quentin (Aisne", "Saint-Quentin (Aisne"),  # none to close
        ("de l’équipe US", "’équipe US", "équipe US"),  # an elision's apostrophe
        ('il dit "bravo" et', '"bravo', "bravo"),
        ("un « bravo", "« ", "« "),  # nothing but punctuation: left as the reader gave it
        # the winner alone, not who finished behind (a walk)
        (
            "à la Duqueine n°17 du Team Virage, devant la Ginetta n°4.",
            "Duqueine n°17 du Team Virage, devant la Ginetta n°4",
            "Duqueine n°17 du Team Virage",
        ),
        ("Il passe devant Hugo Ferrand.", "devant Hugo Ferrand", "devant Hugo Ferrand"),  # no result said
        (
            "sur la grille, devant la tribune principale.",
            "la grille, devant la tribune principale",
            "la grille, devant la tribune principale",
        ),
        # not what the text denies (a third walk: a correction's "et non de 8,4 secondes")
        ("était de 6,9 secondes, et non de 8,4 secondes.", "6,9 secondes, et non de 8,4 secondes", "6,9 secondes"),
        ("vaut 12 points au lieu de 10.", "12 points au lieu de 10", "12 points"),
    ],
)
def test_a_short_answer_is_whole_words_with_nothing_left_open(passage: str, span: str, tidy: str) -> None:
    from paddockqa.reader import tidy_span

    first = passage.index(span)
    a, b = tidy_span(passage, first, first + len(span))
    assert passage[a:b] == tidy


def test_best_span_within_a_sentence_keeps_to_its_tokens() -> None:
    offsets = ((-1, -1), (0, 5), (5, 10), (10, 15), (15, 20), (-1, -1))
    w = Window((0, 1, 2, 3, 4, 5), offsets)
    start = np.array([0.0, 5, 0, 1, 0, 0])
    end = np.array([0.0, 0, 5, 0, 1, 0])
    assert best_span(start, end, w)[:2] == (0, 10)
    assert best_span(start, end, w, within=(10, 20))[:2] == (10, 20)
    assert best_span(start, end, w, within=(30, 40)) is None  # no token there


def test_the_first_ranked_sentence_weighs_the_reader_mass_against_the_similarity_prior() -> None:
    # Two sentences of two tokens each: the reader puts its single best span in the first,
    # but more of its probability, spread, in the second.
    offsets = ((-1, -1), (0, 5), (5, 10), (10, 15), (15, 20), (-1, -1))
    w = Window((0, 1, 2, 3, 4, 5), offsets)
    start = np.array([-9.0, 3.0, -9.0, 2.5, 2.5])
    end = np.array([-9.0, -9.0, 3.0, 2.5, 2.5])
    sentences = [(0, 10, 0.80), (10, 20, 0.80)]
    assert best_span(start, end, w)[:2] == (0, 10)
    assert rank_sentences(start, end, w, sentences, weight=20.0)[0][:2] == (10, 20)
    # A sentence more similar to the question wins when the reader hesitates.
    assert rank_sentences(start, end, w, [(0, 10, 0.85), (10, 20, 0.80)], weight=20.0)[0][:2] == (0, 10)
    assert rank_sentences(start, end, w, [(0, 10, 0.85), (10, 20, 0.80)], weight=0.0)[0][:2] == (10, 20)
    assert rank_sentences(start, end, w, [(30, 40, 0.9)]) == []  # outside the window


def test_rank_sentences_scores_every_sentence_in_the_window_best_first() -> None:
    offsets = ((-1, -1), (0, 5), (5, 10), (10, 15), (15, 20), (-1, -1))
    w = Window((0, 1, 2, 3, 4, 5), offsets)
    start = np.array([-9.0, 3.0, -9.0, 2.5, 2.5])
    end = np.array([-9.0, -9.0, 3.0, 2.5, 2.5])
    ranked = rank_sentences(start, end, w, [(0, 10, 0.80), (10, 20, 0.80), (30, 40, 0.9)], weight=20.0)
    assert [r[:2] for r in ranked] == [(10, 20), (0, 10)]  # the third is outside the window
    p_start = np.exp(start[1:]) / np.exp(start[1:]).sum()
    p_end = np.exp(end[1:]) / np.exp(end[1:]).sum()
    expected = np.log(p_start[2:].sum() + p_end[2:].sum()) + 20.0 * 0.80
    assert ranked[0][2] == pytest.approx(expected) and ranked[0][2] > ranked[1][2]


def _scripted_reader(tokenizer, passage: str, favour: list[tuple[str, str, float]]) -> OnnxReader:
    """The reader's decoding with the real tokenizer and logits written by hand: start on the
    first word's first token, end on the second word's last, for each (first, last, logit)."""
    reader = OnnxReader.__new__(OnnxReader)  # no graph: ``run`` is replaced below
    reader._tokenizer, reader.config, reader._pad = tokenizer, ReaderConfig(), tokenizer.token_to_id("<pad>")
    window = windows(tokenizer, AGE, passage, reader.config)[0]
    start, end = np.full(len(window.ids), -9.0), np.full(len(window.ids), -9.0)
    for first, last, logit in favour:
        a, b = passage.index(first), passage.index(last) + len(last)
        start[[i for i, (x, _) in enumerate(window.offsets) if x == a]] = logit
        end[[i for i, (_, y) in enumerate(window.offsets) if y == b]] = logit

    def run(ids: np.ndarray, mask: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        width = ids.shape[1]
        return np.tile(start[:width], (len(ids), 1)), np.tile(end[:width], (len(ids), 1)), np.full(len(ids), 3.0)

    reader.run = run  # type: ignore[method-assign]
    return reader


def test_read_keeps_the_runner_up_sentence_only_when_the_reader_is_torn(tokenizer) -> None:
    passage = "Il a gagné à Magny-Cours. Il a 42 ans. Il est né en 1966."
    second, third = passage.index("Il a 42"), passage.index("Il est né")
    sentences = [[(0, second - 1, 0.5), (second, third - 1, 0.5), (third, len(passage), 0.5)]]
    torn = _scripted_reader(tokenizer, passage, [("42", "ans", 3.2), ("1966", "1966", 3.0)])
    reading = torn.read(AGE, [passage], sentences)[0]
    assert passage[reading.start : reading.end] == "42 ans" and reading.runner_up == (third, len(passage))
    sure = _scripted_reader(tokenizer, passage, [("42", "ans", 3.0), ("1966", "1966", -2.0)])
    reading = sure.read(AGE, [passage], sentences)[0]
    assert passage[reading.start : reading.end] == "42 ans" and reading.runner_up is None
    assert sure.read(AGE, [passage])[0].runner_up is None  # no sentences given: the best span alone


def test_the_best_spans_words_are_taken_where_the_chosen_sentence_says_them() -> None:
    from paddockqa.reader import _in_sentence

    passage = "Bastien Roussel sacré\nAu volant, Bastien Roussel gagne devant Noémie Girard."
    headline = (0, len("Bastien Roussel"), 6.0)
    body = (passage.index("Au"), len(passage))
    a, b, score = _in_sentence(headline, passage, body)
    assert passage[a:b] == "Bastien Roussel" and a > body[0] and score == 6.0
    assert _in_sentence((len(passage) - 14, len(passage) - 1, 1.0), passage, (0, 21)) is None  # not said there
    assert _in_sentence((0, 2, 1.0), "42 ans. En 1942, il gagne.", (8, 26)) is None  # whole words only
    # never moved into a dateline's place: the sentence's other "Paris" is the one meant
    dated = "Paris, le 3 mars 2024 — Alpine présente sa voiture au salon de Paris."
    a, _, _ = _in_sentence((dated.rindex("Paris"), len(dated) - 1, 1.0), dated, (0, len(dated)))
    assert a == dated.rindex("Paris")


def test_sentence_priors_place_sentences_in_the_passage_and_never_favour_a_question() -> None:
    said = ("Vous avez quel âge ?", "Philippe a 42 ans.", "Il court au Mans")
    text = " ".join(said)
    chunk = Chunk("a.txt", "Titre", 0, len(text), text)
    sentences = tuple(Sentence("a.txt", "Titre", text.index(t), text.index(t) + len(t), t) for t in said)
    vectors = np.array([[1.0, 0.0], [0.6, 0.8], [0.0, 1.0]], dtype=np.float32)
    hit = Hit(chunk, 1.0, 0.0, 0.0, sentences=sentences, sentence_vectors=vectors, context=text)
    priors = sentence_priors(hit, np.array([1.0, 0.0]))
    assert [text[a:b] for a, b, _ in priors] == [s.text for s in hit.sentences]
    question, fact, other = (p for _, _, p in priors)
    assert fact == pytest.approx(0.6) and other == pytest.approx(0.0)
    assert question < other  # most similar, but it restates the question
    assert sentence_priors(Hit(chunk, 1.0, 0.0, 0.0, sentences=sentences, context=text), np.ones(2)) == ()


def test_squad_scores_normalise_articles_and_punctuation() -> None:
    assert squad_scores("la Tour Eiffel.", ["Tour Eiffel"]) == (1.0, 1.0)
    em, f1 = squad_scores("42 ans environ", ["42 ans"])
    assert em == 0.0 and f1 == pytest.approx(0.8)
    assert squad_scores("", ["x"]) == (0.0, 0.0)


def test_int8_rows_round_trip_within_half_a_step() -> None:
    values = np.random.default_rng(0).normal(size=(16, 32)).astype(np.float32)
    q, scale = quantize_rows(values)
    assert q.dtype == np.int8 and np.abs(q.astype(np.float32) * scale[:, None] - values).max() <= scale.max() / 2 + 1e-6


def _hit(text: str, score: float, reading: Reading | None, source: str = "a.txt", title: str = "Titre") -> Hit:
    chunk = Chunk(source, title, 0, len(text), text)
    sentences = tuple(Sentence(source, title, text.index(s), text.index(s) + len(s), s) for s in text.split(". ") if s)
    return Hit(chunk, score, 0.0, 0.0, sentences=sentences, context=text, reading=reading)


def _split_hit(text: str, score: float, reading: Reading | None, title: str = "Titre") -> Hit:
    """``_hit`` with the sentences the index would cut (``text.split_sentences``): lines, list items."""
    from paddockqa.text import split_sentences

    sentences = tuple(Sentence("a.txt", title, a, b, text[a:b]) for a, b in split_sentences(text))
    return replace(_hit(text, score, reading, title=title), sentences=sentences)


RELEASE = (
    "Philippe Gaillard est sacré Champion de France 2008 de Carrera Cup B à Magny-Cours. Originaire de Dijon, "
    "Philippe est un chef d'entreprise de 42 ans. Il a signé 6 pole positions en 14 courses avec PRO GT."
)


def test_a_release_sent_again_with_a_line_changed_is_a_near_duplicate() -> None:
    again = "Version corrigée. " + RELEASE.replace("PRO GT", "PRO GT by Alméras")
    assert near_duplicate(RELEASE, again)
    other = (
        "Romain Dumas disputera le Petit Le Mans avec Muscle Milk Pickett Racing. "
        "Le pilote natif d'Alès y vise la victoire."
    )
    assert not near_duplicate(RELEASE, other) and not near_duplicate("", "")


def distinct_first(hits: list[Hit], n: int) -> tuple[Hit, ...]:
    """The order the pipeline reads in: the distinct texts placed, then the rest."""
    placed, rest = distinct_split(hits, n)
    return (*placed, *rest)


def test_the_passages_read_are_distinct_texts() -> None:
    a, a2, b, a3, c = (
        _hit(RELEASE, 5.0, None, "v1.txt"),
        _hit("Version 2. " + RELEASE, 4.9, None, "v2.txt"),
        _hit("Romain Dumas disputera le Petit Le Mans avec Muscle Milk Pickett Racing.", 4.0, None, "b.txt"),
        _hit("Version 3. " + RELEASE, 3.9, None, "v3.txt"),
        _hit("Patrick Pilet court en ALMS sur une Porsche GT2 du Flying Lizard.", 3.0, None, "c.txt"),
    )
    assert [h.chunk.source for h in distinct_first([a, a2, b, a3, c], 3)] == [
        "v1.txt",
        "b.txt",
        "c.txt",
        "v2.txt",
        "v3.txt",
    ]
    # Fewer distinct texts than places: the copies follow, in their order; no copy, no change.
    assert [h.chunk.source for h in distinct_first([a, a2, a3], 2)] == ["v1.txt", "v2.txt", "v3.txt"]
    assert distinct_split([a, a2, a3], 2) == ((a,), (a2, a3))  # one text placed: the pool was copies
    assert distinct_split([a, a2, b, a3, c], 3) == ((a, b, c), (a2, a3))
    assert distinct_first([a, b, c], 2) == (a, b, c)


@pytest.mark.parametrize("versions", [3, 30])
def test_near_copies_of_a_release_leave_room_for_the_passage_that_answers(
    settings, embedder, reader, versions: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """More versions of a release (a line added, a name changed): with 3, its best-matching
    passage three times over filled the 2 + 2 passages read, and the age was refused
    (confidence 0.30); with 30, its copies filled the whole pool fetched for reading, and
    the search is made again deeper."""
    from paddockqa.pipeline import WIDE_POOL, Pipeline
    from paddockqa.retrieval import DEPTH, Retriever

    depths: list[int] = []
    languages: list[str | None] = []
    search = Retriever.search

    def recorded(self: Retriever, question: str, k: int, depth: int = DEPTH, scope=None, query=None, language=None):  # noqa: ANN001, ANN202
        depths.append(depth)
        languages.append(language)
        return search(self, question, k, depth, scope, query, language)

    monkeypatch.setattr(Retriever, "search", recorded)

    release = settings.corpus / "001_99e132d26c260f21.txt"
    for n in range(2, versions + 1):
        text = release.read_text(encoding="utf-8").replace("Porsche Matmut", f"Porsche n{n} Matmut", 1)
        (settings.corpus / f"v{n}_001.txt").write_text(f"Version {n} du communiqué\n{text}", encoding="utf-8")
    pipe = Pipeline(settings, embedder=embedder, reader=reader)
    pipe.build()
    embedded: list[str] = []
    embed_query = embedder.embed_query
    monkeypatch.setattr(embedder, "embed_query", lambda text: embedded.append(text) or embed_query(text))
    answer = pipe.ask("Quel âge a Philippe Gaillard ?")
    assert answer.answered and answer.short_answer is not None and answer.short_answer.text == "42 ans"
    assert (WIDE_POOL in depths) is (versions == 30)
    assert embedded == ["Quel âge a Philippe Gaillard ?"]  # the deeper search reuses the question's vector
    assert set(languages) == {FRENCH}  # the deeper search too is fused with the question's weights


def test_a_short_answer_in_bold_markdown_is_its_words_without_the_marks(tmp_path, model_home, embedder, reader) -> None:
    """ "**Marc Delorme**, directeur de l'équipe…" gave the short answer "Marc Delorme**"
    (found by a new-user walk): the span took in the closing marks, not the opening ones."""
    from paddockqa.config import Settings
    from paddockqa.pipeline import Pipeline

    corpus = tmp_path / "md"
    corpus.mkdir()
    text = (
        "---\ntitle: Entretien avec Marc Delorme\n---\n# Entretien avec Marc Delorme\n\n"
        "**Marc Delorme**, directeur de l'équipe Tricolore Racing, annonce que l'équipe alignera "
        "deux voitures aux 24 Heures du Mans 2023.\n\nLe *pilote* principal sera __Jean Moreau__, "
        "vainqueur en 2021.\n"
    )
    (corpus / "entretien.md").write_text(text, encoding="utf-8")
    settings = Settings(corpus=corpus, index=tmp_path / "index", home=model_home)
    pipe = Pipeline(settings, embedder=embedder, reader=reader)
    pipe.build()
    asked = [("Qui dirige Tricolore Racing ?", "Marc Delorme"), ("Qui sera le pilote principal ?", "Jean Moreau")]
    for question, name in asked:
        short = pipe.ask(question).short_answer
        assert short is not None and short.text == name and text[short.start : short.end] == name


def test_rerank_orders_read_hits_by_reader_score_and_keeps_the_rest() -> None:
    hits = [_hit("un", 3.0, None), _hit("deux", 2.0, None), _hit("trois", 1.0, None)]
    out = rerank(hits, [Reading(-2.0, 0, 1, 0.0), Reading(4.0, 0, 1, 0.0)])
    assert [h.chunk.text for h in out] == ["deux", "un", "trois"]
    assert out[0].reading and out[0].reading.score == 4.0 and out[2].reading is None


def test_a_passage_without_the_questions_numbers_is_read_later_and_ranked_lower() -> None:
    from paddockqa.lexical import numbers_in
    from paddockqa.reader import by_numbers

    asked = numbers_in("Quel pilote compte 12 victoires ?")
    hits = [_hit("Paul compte 4 victoires", 0.6, None), _hit("Marc compte douze victoires", -0.6, None)]

    def lacking(h: Hit) -> int:
        return len(asked - numbers_in(h.chunk.text))

    assert [h.chunk.text for h in by_numbers(hits, lacking, 2)] == [hits[1].chunk.text, hits[0].chunk.text]
    assert [h.chunk.text for h in by_numbers(hits, lacking, 1)] == [
        hits[0].chunk.text,
        hits[1].chunk.text,
    ]  # past n: as found
    readings = [Reading(0.17, 0, 1, 0.0), Reading(0.06, 0, 1, 0.0)]  # the reader alone prefers the digits
    assert rerank(hits, readings)[0].chunk.text == hits[0].chunk.text
    assert rerank(hits, readings, lacking=lacking)[0].chunk.text == hits[1].chunk.text
    assert rerank(hits, readings, lacking=lambda h: 0)[0].chunk.text == hits[0].chunk.text  # no number asked


@pytest.mark.parametrize(
    ("logits", "read", "more", "count", "first"),
    [
        ([2.0, -1.0, 5.0, 0.0], 2, 2, 2, "p0"),  # sure of the first two: the third is never read
        ([-3.0, -2.0, 5.0, 0.0], 2, 2, 4, "p2"),  # unsure: two more read, the third answers
        ([-3.0, -2.0, 5.0, 0.0], 2, 0, 2, "p1"),  # read_more 0: never more
        ([-3.0, -2.0, 5.0], 2, 2, 3, "p2"),  # fewer hits than read + more
        ([-3.0], 2, 2, 1, "p0"),  # fewer hits than read
    ],
)
def test_read_adaptively_reads_more_only_when_unsure(
    logits: list[float], read: int, more: int, count: int, first: str
) -> None:
    hits = [_hit(f"p{i}", 0.0, None) for i in range(len(logits))]
    asked: list[tuple[int, int]] = []

    def reading(a: int, b: int) -> list[Reading]:
        asked.append((a, b))
        return [Reading(logit, 0, 1, 0.0) for logit in logits[a:b]]

    out = read_adaptively(hits, read, more, reading, weight=0.0, below=0.0)
    assert sum(h.reading is not None for h in out) == count == sum(b - a for a, b in asked)
    assert out[0].chunk.text == first and len(out) == len(hits)


def test_compose_read_quotes_the_sentence_holding_the_span_with_its_offsets() -> None:
    text = "Il a gagné à Magny-Cours. Il est âgé de 42 ans. Il vit à Dijon."
    a = text.index("42 ans")
    hit = _hit(text, 1.0, Reading(6.0, a, a + 6, 3.0))
    answer = compose_read(AGE, read_rank([hit], CALIBRATION), min_score=0.5)
    assert answer.answered and answer.text == "Il est âgé de 42 ans [1]"
    short = answer.short_answer
    assert short and short.text == "42 ans" and text[short.start : short.end] == "42 ans" and short.n == 1
    c = answer.citations[0]
    assert c.emphasis and c.passage[c.emphasis[0] : c.emphasis[1]] == "42 ans"
    assert answer.confidence == pytest.approx(probability(6.0, CALIBRATION))


def test_a_span_at_a_sentence_start_quotes_that_sentence() -> None:
    text = "Il a gagné à Magny-Cours. Philippe Gaillard a 42 ans. Il vit à Dijon."
    a = text.index("Philippe")
    hit = _hit(text, 1.0, Reading(6.0, a, a + len("Philippe Gaillard"), 3.0))
    answer = compose_read("Qui ?", read_rank([hit], CALIBRATION), min_score=0.5)
    assert answer.text == "Philippe Gaillard a 42 ans [1]" and answer.short_answer.text == "Philippe Gaillard"


def test_a_span_running_into_the_next_sentence_quotes_both_with_the_emphasis_split() -> None:
    text = "Il a gagné à Magny-Cours. Il a fini 2e. Puis 3e à Dijon. Fin de saison."
    a, b = text.index("2e"), text.index("3e") + 2
    hit = _hit(text, 1.0, Reading(6.0, a, b, 3.0))
    answer = compose_read("Quels résultats ?", read_rank([hit], CALIBRATION), min_score=0.5)
    assert answer.text == "Il a fini 2e [1] Puis 3e à Dijon [2]"
    # the short answer keeps to its citation [1] (an eighth walk read one past its end as a bug)
    assert answer.short_answer is not None and answer.short_answer.text == "2e" and answer.short_answer.n == 1
    first, second = answer.citations
    assert first.passage[first.emphasis[0] : first.emphasis[1]] == "2e"
    assert second.passage[second.emphasis[0] : second.emphasis[1]] == "Puis 3e"


@pytest.mark.parametrize(
    "fact",
    [
        "Il meurt le 21 octobre 1861.",
        "Né le 21 octobre 1981 à Dijon",  # a short line without a full stop states a fact too
        "Date de naissance : 21 octobre 1981",
        "Victoire à Spa le 12 mai 2024",
        "Par la suite, il signe le 3 mai 2024",  # "Par" without a name is no byline
    ],
)
def test_a_runner_up_stating_a_date_as_a_fact_is_quoted(fact: str) -> None:
    text = f"Il a gagné à Magny-Cours. Il est âgé de 42 ans. {fact}"
    a, b = text.index("42 ans"), text.index(fact)
    hit = _hit(text, 1.0, Reading(6.0, a, a + 6, 3.0, runner_up=(b, len(text))))
    assert compose_read(AGE, read_rank([hit], CALIBRATION), min_score=0.5).text.endswith(f"{fact} [2]")


def test_a_runner_up_that_titles_a_text_without_headline_is_quoted() -> None:
    """A text without a headline is titled by its first sentence: that sentence is a fact
    (piaf-dev's "Louis Cheynet (1714-1791), père du député, …"), not a headline to leave out."""
    from paddockqa.domain import Chunk

    text = "Il a gagné à Magny-Cours. Il est âgé de 42 ans. Titre."
    a, b = text.index("42 ans"), text.index("Titre")
    hit = _hit(text, 1.0, Reading(6.0, a, a + 6, 3.0, runner_up=(b, len(text))))
    assert hit.chunk.title == "Titre" and isinstance(hit.chunk, Chunk)
    assert compose_read(AGE, read_rank([hit], CALIBRATION), min_score=0.5).text.endswith("Titre. [2]")


def test_compose_read_adds_the_runner_up_sentence_after_the_answer_without_emphasis() -> None:
    text = "Il a gagné à Magny-Cours. Il est âgé de 42 ans. Il vit à Dijon depuis 1990"
    a = text.index("42 ans")
    other = (text.index("Il vit"), len(text))
    hit = _hit(text, 1.0, Reading(6.0, a, a + 6, 3.0, runner_up=other))
    answer = compose_read(AGE, read_rank([hit], CALIBRATION), min_score=0.5)
    assert answer.text == "Il est âgé de 42 ans [1] Il vit à Dijon depuis 1990 [2]"
    first, second = answer.citations
    assert second.start == other[0] and second.emphasis is None and first.emphasis is not None
    assert answer.short_answer and answer.short_answer.text == "42 ans" and answer.short_answer.n == 1


@pytest.mark.parametrize(
    ("text", "runner_up"),
    [
        ("Il a gagné à Magny-Cours. Il est âgé de 42 ans. Quel âge a-t-il ?", "Quel âge"),  # a question
        ("Il a gagné à Magny-Cours. Il est âgé de 42 ans. Il vit à Dijon", "Il est âgé"),  # already quoted
        ("Il a gagné à Magny-Cours. Il est âgé de 42 ans. " + "Il vit à Dijon " * 20, "Il vit"),  # too long
        ("Il a gagné à Magny-Cours. Il est âgé de 42 ans. Grenoble, le 15 octobre 2024", "Grenoble"),  # a dateline
        ("Il a gagné à Magny-Cours. Il est âgé de 42 ans. Par Marc Delorme, publié le 3 mai 2024", "Par"),  # byline
        ("Il a gagné à Magny-Cours. Il est âgé de 42 ans. Mis à jour le 04/05/2024 à 10:32", "Mis"),
        ("Il a gagné à Magny-Cours. Il est âgé de 42 ans. Paris, le 3 mars 2024.", "Paris"),
        # the headline, which the sources show as the document's title ("Titre" in _hit)
        ("Il a gagné à Magny-Cours. Il est âgé de 42 ans. TITRE", "TITRE"),
    ],
)
def test_compose_read_leaves_out_a_runner_up_that_cannot_add_to_the_answer(text: str, runner_up: str) -> None:
    a = text.index("42 ans")
    b = text.index(runner_up)
    hit = _hit(text, 1.0, Reading(6.0, a, a + 6, 3.0, runner_up=(b, b + len(runner_up))))
    answer = compose_read(AGE, read_rank([hit], CALIBRATION), min_score=0.5)
    assert answer.text == "Il est âgé de 42 ans [1]"


LONG = "Après avoir remporté des titres " + "très " * 60 + "nombreux en karting"


@pytest.mark.parametrize(
    ("tail", "expected", "quoted_from"),
    [
        # Quoted alone, "Porsche GT 2" said nothing of who races it or where (the press set).
        (
            ", aujourd’hui il affronte le gratin américain sur une Porsche GT 2",
            "… aujourd’hui il affronte le gratin américain sur une Porsche GT 2 [1]",
            "aujourd’hui",
        ),
        (" puis sur une Porsche GT 2", "Porsche GT 2 [1]", "Porsche"),  # no clause: the span alone
        # a decimal comma starts no clause ("… 6 litres" would be quoted otherwise)
        (", aujourd’hui " + "loin " * 55 + "avec 3,6 litres sur une Porsche GT 2", "Porsche GT 2 [1]", "Porsche"),
    ],
)
def test_a_span_deep_in_a_long_sentence_is_quoted_from_its_clause(tail: str, expected: str, quoted_from: str) -> None:
    text = f"Il a couru. {LONG}{tail}. Fin"
    a = text.index("Porsche")
    hit = _hit(text, 1.0, Reading(6.0, a, a + len("Porsche GT 2"), 3.0))
    answer = compose_read("Quelle voiture ?", read_rank([hit], CALIBRATION), min_score=0.5)
    assert answer.text == expected
    c = answer.citations[0]
    assert c.start == text.index(quoted_from) and holds_quote(text[c.start : c.end], c.quote)
    assert answer.short_answer and answer.short_answer.text == "Porsche GT 2"
    assert c.emphasis and c.passage[c.emphasis[0] : c.emphasis[1]] == "Porsche GT 2"


@pytest.mark.parametrize("pad", range(230, 300, 3))
def test_a_quote_from_a_clause_keeps_the_span_whole_within_the_limit(pad: int) -> None:
    # Clause starts at every distance from the span, and the sentence going on after it.
    text = f"Il a couru. {LONG}, il va " + "x" * pad + " sur une Porsche GT 2, puis" + " encore" * 40 + ". Fin"
    a = text.index("Porsche")
    hit = _hit(text, 1.0, Reading(6.0, a, a + len("Porsche GT 2"), 3.0))
    answer = compose_read("Quelle voiture ?", read_rank([hit], CALIBRATION), min_score=0.5)
    c = answer.citations[0]
    assert "Porsche GT 2" in c.quote and len(c.quote) <= MAX_ANSWER_CHARS
    assert c.start <= a and c.end >= a + len("Porsche GT 2") and holds_quote(text[c.start : c.end], c.quote)
    assert c.emphasis and c.passage[c.emphasis[0] : c.emphasis[1]] == "Porsche GT 2"


def test_compose_read_refuses_below_the_threshold_and_lists_the_closest() -> None:
    hit = _hit("Il a gagné à Magny-Cours. Il vit à Dijon.", 1.0, Reading(-9.0, 0, 2, 0.0))
    answer = compose_read(BLANQUETTE, read_rank([hit], CALIBRATION), min_score=0.5)
    assert not answer.answered and answer.text.startswith(str(NOT_FOUND)) and answer.short_answer is None
    assert answer.citations and answer.citations[0].emphasis is None


def test_answer_stream_yields_deltas_then_the_answer() -> None:
    final = Answer("Q ?", True, "Une réponse.")

    def source():
        yield "Une "
        yield "réponse."
        return final

    stream = AnswerStream(source())
    assert list(stream) == ["Une ", "réponse."] and stream.answer() is final
    whole = AnswerStream.of(final)
    assert list(whole) == [] and whole.answer() is final

    def failing():
        yield "Une "
        raise ValueError("the writer broke")

    broken = AnswerStream(failing())
    with pytest.raises(ValueError):
        list(broken)
    with pytest.raises(RuntimeError, match="ended before its answer"):
        broken.answer()  # asking again ends at once: it never spins
    closed = AnswerStream(source())
    closed.close()
    with pytest.raises(RuntimeError):
        closed.answer()


# --- the shipped model ---------------------------------------------------------------------


@pytest.mark.slow
def test_onnx_reader_agrees_with_torch(reader, model_home: Path) -> None:
    import torch

    from paddockqa.model_convert import CONVERTED_FOLDER
    from paddockqa.reader_export import SHIPPED
    from paddockqa.reader_model import assemble

    model = assemble(model_home / "models" / CONVERTED_FOLDER, SHIPPED)
    passages = [
        "Philippe Gaillard, un chef d'entreprise de 42 ans, est sacré champion de France 2008.",
        "Romain Dumas est originaire d'Alès. " * 12,
    ]
    inputs = [windows(reader._tokenizer, AGE, p, reader.config)[0] for p in passages]
    ids, mask = reader.batch(inputs)
    with torch.no_grad():
        expected = [t.numpy() for t in model(torch.from_numpy(ids), torch.from_numpy(mask))]
    got = reader.run(ids, mask)
    live = mask.astype(bool)
    assert np.abs(expected[0] - got[0])[live].max() < 1e-2
    assert np.abs(expected[1] - got[1])[live].max() < 1e-2
    assert np.abs(expected[2] - got[2]).max() < 1e-2


@pytest.mark.slow
def test_reader_finds_the_age_and_refuses_the_recipe(seed_pipeline) -> None:
    answer = seed_pipeline.ask(AGE)
    assert answer.answered and "42 ans" in answer.text
    assert answer.short_answer and "42" in answer.short_answer.text
    refused = seed_pipeline.ask(BLANQUETTE)
    assert not refused.answered and refused.text.startswith(str(NOT_FOUND)) and refused.short_answer is None
    assert refused.confidence < seed_pipeline.settings.reader_min_score < answer.confidence


def test_a_question_asked_in_english_is_calibrated_on_the_french_scale() -> None:
    """``calibration_for``: an English question's readings get the probability of their logit
    plus ``ENGLISH_LOGIT_SHIFT`` (the reader, trained on French questions, is less sure of
    English ones: benchmarks/reader_language.py), a French question's the shipped calibration."""
    english = calibration_for(ENGLISH)
    assert calibration_for(FRENCH) == CALIBRATION and ENGLISH_LOGIT_SHIFT > 0
    for logit in (-3.0, -0.5, 0.0, 1.2):
        assert probability(logit, english) == pytest.approx(probability(logit + ENGLISH_LOGIT_SHIFT, CALIBRATION))
        assert probability(logit, english) > probability(logit, CALIBRATION)


@pytest.mark.slow
def test_a_follow_up_is_searched_and_calibrated_in_the_language_it_is_understood_in(seed_pipeline) -> None:
    """ "And his age?" after an English question is understood as "Philippe Gaillard’s age?",
    which holds no function word of either language (``question_language`` takes it for
    French): the typed question's language decides, for the fusion weights and the reader's
    calibration. Understood in the other language than typed ("And Romain Dumas?" after a
    French question: "Quel âge a Romain Dumas ?"), the understood question's own words decide."""
    from paddockqa.conversation import Turn
    from paddockqa.retrieval import ENGLISH_WEIGHTS, WEIGHTS, fuse

    turns = [Turn("How old is Philippe Gaillard?", "How old is Philippe Gaillard?", "42 ans")]
    resolution = seed_pipeline.understand("And his age?", turns)
    assert resolution.resolved == "Philippe Gaillard’s age?" and question_language(resolution.resolved) == FRENCH
    retrieval, answer = seed_pipeline.answer_understood(resolution)
    assert retrieval.language == ENGLISH
    assert answer.answered and "42 ans" in answer.text
    # Searched with the English weights: each hit's fused score is theirs, not the French.
    _, retriever = seed_pipeline._current(seed_pipeline.embedder)
    found = retriever.candidates(resolution.resolved, retrieval.query)
    at = {int(row): i for i, row in enumerate(found.rows)}
    for hit in retrieval.hits:
        zscores = found.zscores[at[hit.row]][None, :]
        assert hit.score == pytest.approx(float(fuse(zscores, ENGLISH_WEIGHTS)[0]), abs=1e-5)
        assert hit.score != pytest.approx(float(fuse(zscores, WEIGHTS)[0]), abs=1e-5)
    logits = [h.reading.score for h in retrieval.hits if h.reading is not None]
    # The confidence is a read passage's probability on the English scale, not the French.
    assert any(answer.confidence == pytest.approx(probability(x, calibration_for(ENGLISH)), abs=1e-4) for x in logits)
    assert not any(answer.confidence == pytest.approx(probability(x, CALIBRATION), abs=1e-4) for x in logits)
    # The same understood question typed as such is French throughout.
    assert seed_pipeline.retrieve(resolution.resolved).language == FRENCH
    # Typed in English, understood in French: searched and read in French.
    french = [Turn(AGE, AGE, "42 ans")]
    switched = seed_pipeline.understand("And Romain Dumas?", french)
    assert question_language(switched.resolved) == FRENCH and switched.language == FRENCH
    assert seed_pipeline.answer_understood(switched)[0].language == FRENCH


@pytest.mark.slow
def test_a_passage_that_never_names_the_releases_subject_is_found_under_its_lede(seed_pipeline) -> None:
    """Romain Dumas's release has no headline: its passages are searched under its first
    sentence, which names him. Under its first 120 characters ("… au mois…"), the passage
    that calls him "le pilote natif d'Alès" ranked below every passage of the two other
    releases (13th of 15), and was never read."""
    hits = seed_pipeline.retrieve("Quelle est la ville natale de Romain Dumas ?", k=4).hits
    assert any("natif d’Alès" in h.chunk.text and "Romain Dumas" in h.chunk.title for h in hits)


@pytest.mark.slow
def test_the_reader_is_given_each_passages_document_title(seed_pipeline, monkeypatch) -> None:
    """Every passage read goes with its document's title (``reader.heading``: none for the
    passage that opens with it; a reader trained without titles ignores them, ``windows``): the
    interview's answers never name Patrick Pilet, its headline does."""
    from paddockqa.reader import heading

    given: list[tuple[list[str], list[str]]] = []
    read = seed_pipeline.reader.read

    def recording(question, passages, sentences=None, *args, headings=None, **kwargs):  # noqa: ANN001, ANN202
        given.append((list(passages), list(headings or [])))
        return read(question, passages, sentences, *args, headings=headings, **kwargs)

    monkeypatch.setattr(seed_pipeline.reader, "read", recording)
    hits = seed_pipeline.retrieve("Quelle est l’écurie de Patrick Pilet ?").hits
    assert given and all(len(passages) == len(titles) for passages, titles in given)
    expected = {h.chunk.text: heading(h.chunk) for h in hits}
    for passages, titles in given:
        for passage, title in zip(passages, titles, strict=True):
            assert title == expected.get(passage, title)
    assert any("PATRICK PILET" in t.upper() for _, ts in given for t in ts)


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Sébastien Ogier", "ogier"),  # the family name tells one Sébastien from another
        ("Rallye du Var", "var"),  # "du" aside
        ("Lucas Mahias's", "mahias"),  # an English possessive
        ("Carrera Cup B", "cup"),  # a one-letter word aside
        ("États-Unis", "unis"),
        ("Marco Sørensen", "sørensen"),  # letters outside ASCII kept: the index folds them its own way
        ("Sacré-Cœur", "cœur"),
        ("Mathieu van der Poel", "poel"),
        ("Jusqu'où", None),  # a question word, not a name
        ("GP", None),
    ],
)
def test_a_names_key_is_its_last_word_that_tells_it_apart(name: str, key: str | None) -> None:
    assert name_key(name) == key


@pytest.mark.slow
def test_an_answer_about_someone_the_corpus_never_names_is_refused(seed_pipeline) -> None:
    """The reader read another driver's results, at 0.86 and 0.90, as answers about these two."""
    for question, name in (
        ("Combien de victoires Alain Prost a-t-il remportées sur les 14 courses de la saison ?", "Alain Prost"),
        ("Avec quelle équipe Jacques Villeneuve disputera-t-il le Petit Le Mans ?", "Jacques Villeneuve"),
        # The corpus's "Philippe est un chef d'entreprise de 42 ans" is Philippe Gaillard.
        ("Quel âge a Philippe Alliot ?", "Philippe Alliot"),
    ):
        refused = seed_pipeline.ask(question)
        assert not refused.answered and refused.citations and refused.confidence == 0.0, question  # closest listed
        assert refused.notice == f"Aucun document du corpus ne nomme « {name} »." and refused.short_answer is None
    # Opening the question, or typed without case: no capital tells the name from other words.
    for question in (
        "Alain Prost a-t-il remporté des courses en 2008 ?",
        "combien de victoires alain prost a-t-il remportées sur les 14 courses de la saison ?",
    ):
        name = "Alain Prost" if question[0].isupper() else "alain prost"
        assert seed_pipeline.ask(question).notice == f"Aucun document du corpus ne nomme « {name} ».", question
    assert seed_pipeline.ask(
        "Combien de victoires Gaillard a-t-il remportées sur les 14 courses de la saison ?"
    ).answered
    # Without the reader too: the similarity path quoted Philippe Gaillard's results at 0.5.
    from dataclasses import replace

    from paddockqa.pipeline import Pipeline

    off = Pipeline(replace(seed_pipeline.settings, reader="off"), embedder=seed_pipeline.embedder)
    plain = off.ask("Combien de victoires Alain Prost a-t-il remportées sur les 14 courses de la saison ?")
    assert not plain.answered and plain.citations and plain.confidence == 0.0
    assert plain.notice == "Aucun document du corpus ne nomme « Alain Prost »."
    assert off.ask("Combien de victoires Gaillard a-t-il remportées sur les 14 courses de la saison ?").answered
    # A common noun with its article and a capital is a nickname, not a name (eval/press).
    hexagone = seed_pipeline.ask("Sur quels circuits de l’Hexagone Philippe Gaillard a-t-il couru ?")
    assert hexagone.notice is None or "nomme" not in said_in("fr", hexagone.notice)
    # A question word mistyped is no name: "Aucun document du corpus ne nomme « Qeul »" (a walk).
    mistyped = seed_pipeline.ask("Qeul âge a Philippe Gaillard ?")
    assert mistyped.notice is None and mistyped.answered
    # A name misspelt by a slip is the corpus's name (shared/cases/14: typos keep working).
    typo = seed_pipeline.ask("Où est né Romian Dumsa ?")
    assert typo.notice is None or "nomme" not in said_in("fr", typo.notice)
    # English capitalises a nationality, which the corpus never writes ("French"): not a name.
    assert seed_pipeline.ask("How many victories did Philippe Gaillard win in the French championship?").answered
    in_english = seed_pipeline.ask("How many victories did Alain Prost win in the 14 races of the season?")
    assert str(in_english.notice) == "No document of the corpus names “Alain Prost”."
    # Not names the rule checks: capitals an English title gives ordinary words, an acronym a
    # corpus may spell out.
    for question in ("Who won the World Endurance Championship in 2009?", "Qui a gagné le WEC en 2008 ?"):
        notice = seed_pipeline.ask(question).notice
        assert notice is None or ("nomme" not in said_in("fr", notice) and "names" not in said_in("en", notice)), (
            question
        )


ELTON = "Elton John"
GAILLARD = "Originaire de Dijon, Philippe est un chef d’entreprise.\nPhilippe Gaillard est sacré Champion."


@pytest.mark.parametrize(
    ("text", "word", "name", "written"),
    [
        ("C'est de lui qu'Elton a hérité son talent musical.", "elton", ELTON, True),  # a given name alone
        ("Elton John chante.", "elton", ELTON, True),  # beside the name's own word
        ("Le Français Alain Menu gagne.", "alain", "Alain Prost", False),  # another Alain
        ("Le Brésilien Ayrton gagne.", "ayrton", "Ayrton Senna", True),  # a noun with its article, then the name
        ("Il gagne le Grand Prix du Japon.", "grand", "Grand Prix du Canada", False),  # after: one run
        (GAILLARD, "philippe", "Philippe Alliot", False),  # the document's Philippe is Gaillard
        ("Selon Elton, tout va bien.", "elton", ELTON, True),  # "Selon" is capitalised by its place
        ("Il a vu Marc. Elton reste.", "elton", ELTON, True),  # a full stop ends a name
        ("Le pianiste Elton Dean joue.", "elton", ELTON, False),  # another Elton
        ("Il a gagné le Grand Prix de Mosport.", "grand", "Grand Prix de Zandvoort", False),  # the whole run
        ("Lance la balle. Il court.", "lance", "Lance Stroll", False),  # a sentence's capital
        ("1. GROSJEAN Romain (Lotus)", "romain", "Romain Dumas", False),  # a name in capitals first
        ("UN SOIR AVEC ELTON HERCULE", "elton", ELTON, False),  # a headline in capitals tells nothing
        ("Une elton de trop.", "elton", ELTON, False),  # in small letters: not a name
        ("Ayrton Senna gagne à Monaco.", "senna", "Ayrton Senna da Silva", True),  # a fuller name asked
        ("Le Brésilien Ayrton Sénna gagne.", "senna", "Ayrton Senna da Silva", True),  # accents aside
        ("Nyck De Vries gagne.", "nyck", "Nyck De Vries Junior", True),  # a capitalised particle
        ("Jean-Éric a gagné.", "jean-eric", "Jean-Éric Vergne", True),
    ],
)
def test_a_word_of_a_name_is_written_within_it_or_beside_another_name(
    text: str, word: str, name: str, written: bool
) -> None:
    assert written_within(word, name, [text]) is written


@pytest.mark.parametrize(
    ("name", "key", "parts"),
    [
        ("Jean-Éric Vergne", "vergne", ["jean-eric"]),  # "Puis Jean a gagné" is another Jean
        ("Ayrton Senna da Silva", "silva", ["ayrton", "senna"]),
        ("Elton John", "john", ["elton"]),
    ],
)
def test_a_name_is_called_by_its_words_but_the_telling_one(name: str, key: str, parts: list[str]) -> None:
    assert name_parts(name, key) == parts


@pytest.mark.parametrize(
    ("name", "noun"),
    [
        ("Tour de France", "Tour"),
        ("Grand Prix de Pau", "Prix"),
        ("Heures du Mans", "Heures"),
        ("Championnat de France des Rallyes", "Championnat"),
        ("Rallye d'Alsace", "Rallye"),
        ("Charles de Gaulle", None),  # a person
        ("Roi des Zoulous", None),  # a description: the corpus says "le royaume zoulou" (piaf-dev)
        ("État des Zirides", None),
        ("Romain Dumas", None),
        ("Coupe Dunlop", None),  # no "de": a name of its own
        ("Tour Deschamps", None),
        ("Jeux Olympiques de Paris", "Jeux"),
    ],
)
def test_a_competitions_name_is_told_by_its_noun(name: str, noun: str | None) -> None:
    from paddockqa.pipeline import _named_noun

    assert _named_noun(name) == noun


@pytest.mark.slow
def test_an_event_named_by_a_noun_and_a_word_said_elsewhere_is_not_named_by_the_corpus(seed_pipeline) -> None:
    """A new user's walk (2026-12-04): "Qui a gagné le Tour de France 2024 ?" got the Tour
    d'Alsace's winner at 0.89: "France" is in every French corpus ("Champion de France" here),
    the Tour de France nowhere. A name made of a common noun and what it is of counts only
    when the corpus says its words as one name (``pipeline._said_as_one``)."""
    for question, name in (
        ("Qui a gagné le Tour de France en 2008 ?", "Tour de France"),
        ("Qui a remporté le Grand Prix de France ?", "Grand Prix de France"),
        ("Qui a gagné le Tour de France ALMS ?", "Tour de France ALMS"),  # its parts: "Tour" is not it
    ):
        refused = seed_pipeline.ask(question)
        assert not refused.answered and refused.notice == f"Aucun document du corpus ne nomme « {name} ».", question
    # Said as one name: known, however typed (case, accents) and whatever stands between its words.
    for question in (
        "Qui a remporté le Grand Prix de Mosport ?",
        "Qui a remporté le grand prix de mosport ?",
        "Quand Romain Dumas a-t-il gagné le Grand Prix de Mosport ?",
        # Glued to a word the corpus says apart (a fourth walk's "Grand Prix d'Italie MotoGP").
        "Quand Romain Dumas a-t-il gagné le Grand Prix de Mosport ALMS ?",
    ):
        notice = seed_pipeline.ask(question).notice
        assert notice is None or "nomme" not in said_in("fr", notice), question


@pytest.mark.slow
def test_someone_the_corpus_calls_by_another_word_of_the_name_is_not_refused(tmp_path, model_home, embedder, reader):
    """PIAF's paragraph calls Elton John "Elton" and "Reginald", never "John": its three
    questions in eval/dialogues were refused with "Aucun document du corpus ne nomme « Elton
    John »" though it holds their answers; another Alain is still not Alain Prost."""
    import shutil

    from paddockqa.config import Settings
    from paddockqa.pipeline import Pipeline

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(ROOT / "eval" / "dialogues" / "corpus" / "piaf11-a414-p00.txt", corpus)
    (corpus / "menu.txt").write_text("Le Suisse Alain Menu remporte la course de Donington devant son équipier.\n")
    (corpus / "gall.txt").write_text("Yoann Le Gall, 29 ans, originaire de Quimper, termine deuxième au Touquet.\n")
    settings = Settings(corpus=corpus, index=tmp_path / "index", home=model_home)
    pipe = Pipeline(settings, embedder=embedder, reader=reader)
    pipe.build()
    trumpet = pipe.ask("De quel instrument jouait le père d'Elton John ?")
    assert trumpet.notice is None and trumpet.answered and "trompette" in trumpet.text
    assert pipe.ask("de quel instrument jouait le père d'elton john ?").notice is None  # typed without case
    prost = pipe.ask("Combien de courses Alain Prost a-t-il remportées ?")
    assert not prost.answered and prost.notice == "Aucun document du corpus ne nomme « Alain Prost »."
    # A short telling word one slip away, said with the rest of the name: the same person (a
    # third walk refused "Yoann Le Gal"); two slips away, no one the corpus names.
    gal = pipe.ask("Quel âge a Yoann Le Gal ?")
    assert gal.answered and gal.short_answer is not None and gal.short_answer.text == "29 ans"
    duc = pipe.ask("Quel âge a Yoann Le Duc ?")
    assert not duc.answered and duc.notice == "Aucun document du corpus ne nomme « Yoann Le Duc »."


@pytest.mark.parametrize(
    ("question", "names"),
    [
        ("quel âge a alain prost ?", ["alain prost"]),
        ("qui de alain prost ou ayrton senna ?", ["alain prost", "ayrton senna"]),
        ("quel est le vinqueur du championnat ?", []),  # a typo of "vainqueur", not a name
        ("quel âge a philippe gaillard en 2008 ?", []),  # "gaillard" is a French word: one word left
        ("qui a gagné la coruse de côte en shakedown ?", []),  # a typo, jargon: single words are not names
    ],
)
def test_a_question_typed_without_case_names_what_no_dictionary_holds(question: str, names: list[str]) -> None:
    assert uncased_names(question) == names


@pytest.mark.slow
@pytest.mark.parametrize("typed", [AGE.lower(), AGE.upper(), "Quel âge a philippe gaillard ?"])
def test_a_question_typed_without_case_is_read_in_the_corpus_case(seed_pipeline, typed: str) -> None:
    """Typed in small letters, the reader quoted "sacré Champion de France 2008": its tokens
    for "philippe gaillard" are not those of "Philippe Gaillard"."""
    answer = seed_pipeline.ask(typed)
    assert answer.short_answer and answer.short_answer.text == "42 ans"
    assert answer.question == typed and answer.resolved_question == AGE
    assert seed_pipeline.ask(AGE).resolved_question is None  # typed with its case: as typed


@pytest.mark.slow
@pytest.mark.parametrize(
    ("typed", "understood", "short"),
    [
        ("ou est ne philippe gaillard", "Où est né Philippe Gaillard", "Dijon"),  # a walk got "sacré"
        ("a quel age philippe gaillard court-il ?", "À quel âge Philippe Gaillard court-il ?", None),
        ("Combien de pole positions a-t-il signees ?", "Combien de pole positions a-t-il signées ?", None),
    ],
)
def test_a_question_typed_without_accents_is_read_with_them(
    seed_pipeline, typed: str, understood: str, short: str | None
) -> None:
    """The reader's tokens for "ne" are the negation's: "ou est ne philippe gaillard" quoted
    "sacré" (0.74). "pole" stays: the corpus writes "pole positions" so, not the list's "pôle"."""
    answer = seed_pipeline.ask(typed)
    assert answer.resolved_question == understood
    if short is not None:
        assert answer.short_answer and answer.short_answer.text == short


@pytest.mark.slow
def test_a_follow_up_typed_without_case_finds_its_names(seed_pipeline) -> None:
    from paddockqa.conversation import turn_of

    first = seed_pipeline.ask("combien de victoires philippe gaillard a-t-il remportées ?")
    assert first.notice is None  # "philippe gaillard" is a name: no pronoun dangles
    assert first.resolved_question == "Combien de victoires Philippe Gaillard a-t-il remportées ?"
    again = seed_pipeline.ask("et romain dumas ?", turns=[turn_of(first)])
    assert again.resolved_question == "Combien de victoires Romain Dumas a-t-il remportées ?"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("typed", "key", "lang"),
    [
        ("Bonjour", "greeting", "fr"),
        ("Hello !", "greeting", "en"),  # said back in English
        ("Merci beaucoup !", "thanks", "fr"),
        ("ok", "thanks", "fr"),
        ("À bientôt", "goodbye", "fr"),
    ],
)
def test_a_greeting_or_thanks_gets_a_word_back_and_no_search(seed_pipeline, typed: str, key: str, lang: str) -> None:
    from paddockqa import messages

    answer = seed_pipeline.ask(typed)
    assert not answer.answered and not answer.citations and answer.text == messages.fr(key).said(lang)


@pytest.mark.slow
@pytest.mark.parametrize("typed", ["le la les ?", "Qui est-ce ?", "Où et quand ?", "Qui est-il ?"])
def test_a_question_of_small_words_only_is_not_searched(seed_pipeline, typed: str) -> None:
    """Searched, "le la les ?" was answered with a confident quote: every passage holds them."""
    from paddockqa import messages

    answer = seed_pipeline.ask(typed)
    assert not answer.answered and not answer.citations and answer.confidence == 0
    assert answer.text == str(messages.fr("nothing_asked"))


@pytest.mark.slow
def test_a_question_of_small_words_about_a_chosen_file_is_searched_in_it(seed_pipeline) -> None:
    scope = seed_pipeline.scope(["001_99e132d26c260f21.txt"])
    answer = seed_pipeline.ask("Qui est-il ?", scope=scope)
    assert answer.citations and {c.source for c in answer.citations} == {"001_99e132d26c260f21.txt"}


@pytest.mark.slow
def test_ask_json_short_answer_points_into_the_source_file(seed_pipeline) -> None:
    settings = seed_pipeline.settings
    env = {"PADDOCKQA_CORPUS": str(settings.corpus), "PADDOCKQA_INDEX": str(settings.index)}
    result = CliRunner().invoke(main, ["ask", "--json", AGE], env=env)
    assert result.exit_code == 0, result.output
    data = json.loads(result.output.strip().splitlines()[-1])
    short = data["short_answer"]
    assert set(short) == {"text", "n", "start", "end"} and short["n"] == 1
    cited = data["citations"][0]
    text = (settings.corpus / cited["source"]).read_text(encoding="utf-8")
    assert " ".join(text[short["start"] : short["end"]].split()) == short["text"]
    assert cited["start"] <= short["start"] < short["end"] <= cited["end"] + 1
    assert 0 < data["confidence"] <= 1


@pytest.mark.slow
def test_reader_off_keeps_the_similarity_path(seed_pipeline) -> None:
    from dataclasses import replace

    from paddockqa.pipeline import Pipeline

    off = Pipeline(replace(seed_pipeline.settings, reader="off"), embedder=seed_pipeline.embedder)
    answer = off.ask("Combien de pole positions Philippe Gaillard a-t-il signées ?")
    assert off.reader is None and answer.short_answer is None
    assert answer.answered and "pole" in answer.text


@pytest.mark.slow
def test_an_unsure_reading_reads_the_next_passages(seed_pipeline) -> None:
    """Adaptive reading: with one passage read first, the age question's best passage (the
    release's opening, no age in it) scores below READ_MORE_BELOW, so the next two are read
    and the third fused passage, which holds "42 ans", answers; without more, it is refused."""
    from dataclasses import replace

    from paddockqa.pipeline import Pipeline
    from paddockqa.reader import READ_MORE_BELOW

    def pipeline(more: int) -> Pipeline:
        settings = replace(seed_pipeline.settings, read_passages=1, read_more=more)
        return Pipeline(settings, embedder=seed_pipeline.embedder, reader=seed_pipeline.reader)

    alone = pipeline(0).retrieve(AGE)
    assert [h.reading is not None for h in alone.hits[:2]] == [True, False]
    assert alone.hits[0].reading.score < READ_MORE_BELOW  # type: ignore[union-attr]
    assert not pipeline(0).ask(AGE).answered
    more = pipeline(2).retrieve(AGE)
    assert sum(h.reading is not None for h in more.hits) == 3
    answer = pipeline(2).ask(AGE)
    assert answer.answered and answer.short_answer and answer.short_answer.text == "42 ans"


def _training_script():  # noqa: ANN202 - a module loaded from its path
    import importlib.util

    spec = importlib.util.spec_from_file_location("train_reader", ROOT / "training" / "train_reader.py")
    assert spec and spec.loader
    train = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("train_reader", train)  # its dataclasses look their module up there
    spec.loader.exec_module(train)
    return train


def test_sentence_shuffling_moves_the_answer_with_its_sentence() -> None:
    """``--shuffle``: whole sentences change places (a long one cut by the splitter stays whole),
    the answer's span follows its sentence, and what cannot move safely is left as it was."""
    import random

    from paddockqa.text import split_sentences

    train = _training_script()
    long = "Il a couru " + " puis ".join(f"la course numéro {i} au Mans" for i in range(40)) + "."
    passage = f"Philippe Gaillard est champion. Il est né à Dijon en 1966. {long} Il vit à Lyon."
    start = passage.index("Dijon")
    answer = (start, start + len("Dijon"))
    assert len(split_sentences(long)) > 1  # the splitter cuts it, for quoting
    assert [passage[a:b] for a, b in train.sentence_spans(passage)][-2:] == [long, "Il vit à Lyon."]
    orders = set()
    for seed in range(30):
        text, moved = train.shuffle_sentences(passage, answer, random.Random(seed))
        assert moved is not None and text[moved[0] : moved[1]] == "Dijon"
        assert long in text and len(text) == len(passage)
        orders.add(text.index("Dijon") < text.index("champion"))
    assert orders == {True, False}  # the answer's sentence comes first in some orders, not in others
    across = (passage.index("champion"), passage.index("Dijon"))  # an answer over two sentences: kept
    assert train.shuffle_sentences(passage, across, random.Random(0)) == (passage, across)
    one = "Une seule phrase ici, sans autre."
    assert train.shuffle_sentences(one, (4, 10), random.Random(0)) == (one, (4, 10))
    negative, none = train.shuffle_sentences(passage, None, random.Random(3))
    assert none is None and sorted(negative) == sorted(passage)


def test_shuffling_leaves_the_negatives_drawn_unchanged() -> None:
    """An epoch's examples with ``shuffle`` are those without, reordered inside: the same
    questions, the same paragraphs drawn (as multisets of characters), the same answers."""
    train = _training_script()
    texts = [
        "Le circuit est rapide. Road Atlanta est en Géorgie. Il ouvre en 1970.",
        "Le Petit Le Mans s'y court. La course dure dix heures.",
        "La piste compte douze virages. Elle mesure quatre kilomètres.",
        "Le public vient nombreux. Les tribunes sont pleines.",
        "Sebring est en Floride. La course dure douze heures.",
        "Daytona est en Floride aussi. On y court vingt-quatre heures.",
        "Laguna Seca est en Californie. Son virage est célèbre.",
    ]
    corpus = {f"p{i}": {"title": "A" if i < 4 else "B", "text": t} for i, t in enumerate(texts)}
    start = texts[0].index("Géorgie")
    question = {
        "question": "Où est Road Atlanta ?",
        "answers": [{"text": "Géorgie", "answer_start": start}],
        "gold_paragraph_id": "p0",
    }
    questions = [question] * 6  # several draws from pools of three paragraphs each
    pools = [(["p1", "p2", "p3"], ["p4", "p5", "p6"])] * 6
    for seed in range(4):
        for negatives in (1, 2):
            plain = train.epoch_examples(corpus, questions, pools, seed, 0, negatives)
            mixed = train.epoch_examples(corpus, questions, pools, seed, 0, negatives, shuffle=1.0)
            assert len(plain) == len(mixed) and [x.passage for x in mixed] != [x.passage for x in plain]
            for x, y in zip(plain, mixed):
                assert sorted(x.passage) == sorted(y.passage) and x.question == y.question
                assert (x.answer is None) == (y.answer is None)
                if y.answer is not None:
                    assert y.passage[slice(*y.answer)] == "Géorgie"


def test_heading_gives_examples_their_articles_title_and_draws_nothing_else() -> None:
    """``--heading P``: each example, answering or not, carries its own paragraph's article
    title with probability P (negatives of another article their own), and the passages,
    answers and negatives drawn are those of a run without headings."""
    train = _training_script()
    texts = ["Road Atlanta est en Géorgie.", "Le Petit Le Mans s'y court.", "Sebring est en Floride."]
    corpus = {f"p{i}": {"title": "Road Atlanta" if i < 2 else "Sebring", "text": t} for i, t in enumerate(texts)}
    question = {
        "question": "Où est Road Atlanta ?",
        "answers": [{"text": "Géorgie", "answer_start": texts[0].index("Géorgie")}],
        "gold_paragraph_id": "p0",
    }
    questions, pools = [question] * 40, [(["p1"], ["p2"])] * 40
    plain = train.epoch_examples(corpus, questions, pools, 3, 0, 2)
    titled = train.epoch_examples(corpus, questions, pools, 3, 0, 2, heading=1.0)
    half = train.epoch_examples(corpus, questions, pools, 3, 0, 2, heading=0.5)
    assert half == train.epoch_examples(corpus, questions, pools, 3, 0, 2, heading=0.5)  # seeded
    assert all(x.heading == "" for x in plain)
    for x, y in zip(plain, titled):
        assert (x.question, x.passage, x.answer, x.group) == (y.question, y.passage, y.answer, y.group)
        assert y.heading == ("Sebring" if y.passage == texts[2] else "Road Atlanta")
    assert 0 < sum(bool(x.heading) for x in half) < len(half)


def test_english_asks_a_question_in_english_in_all_its_examples_and_draws_nothing_else() -> None:
    """``--english FILE --english-share P``: a question is asked in its English translation
    with probability P in an epoch, in its gold example and its negatives alike; a question
    the file does not translate stays French; passages, answers and negatives drawn are those
    of a run in French only."""
    train = _training_script()
    texts = ["Road Atlanta est en Géorgie.", "Le Petit Le Mans s'y court.", "Sebring est en Floride."]
    corpus = {f"p{i}": {"title": "Road Atlanta" if i < 2 else "Sebring", "text": t} for i, t in enumerate(texts)}
    questions = [
        {
            "id": f"q{i}",
            "question": "Où est Road Atlanta ?",
            "answers": [{"text": "Géorgie", "answer_start": texts[0].index("Géorgie")}],
            "gold_paragraph_id": "p0",
        }
        for i in range(40)
    ]
    english = {f"q{i}": "Where is Road Atlanta?" for i in range(39)}  # q39 untranslated
    pools = [(["p1"], ["p2"])] * 40
    plain = train.epoch_examples(corpus, questions, pools, 3, 0, 2)
    always = train.epoch_examples(corpus, questions, pools, 3, 0, 2, english=english, english_share=1.0)
    half = train.epoch_examples(corpus, questions, pools, 3, 0, 2, english=english, english_share=0.5)
    assert half == train.epoch_examples(corpus, questions, pools, 3, 0, 2, english=english, english_share=0.5)
    assert plain == train.epoch_examples(corpus, questions, pools, 3, 0, 2, english=english, english_share=0.0)
    for x, y in zip(plain, always):
        assert (x.passage, x.answer, x.group) == (y.passage, y.answer, y.group)
        assert y.question == ("Où est Road Atlanta ?" if y.group == 39 else "Where is Road Atlanta?")
    by_question: dict[int, set[str]] = {}
    for x in half:
        by_question.setdefault(x.group, set()).add(x.question)
    assert all(len(asked) == 1 for asked in by_question.values())  # gold and negatives asked alike
    assert 5 < sum(asked == {"Where is Road Atlanta?"} for asked in by_question.values()) < 35


def test_dev_english_reads_both_forms_of_english_questions() -> None:
    """``--english`` and ``--dev-english`` take ``{id, en}`` rows or eval/piaf-dev-en's rows, whose French
    rows are left out."""
    train = _training_script()
    assert train.english_questions([{"id": "p1", "en": "Who won?"}]) == {"p1": "Who won?"}
    rows = [{"id": "p1", "question": "Qui a gagné ?"}, {"id": "p1-en", "question": "Who won?"}]
    assert train.english_questions(rows) == {"p1": "Who won?"}


def test_context_joins_a_silent_paragraph_of_the_article_and_moves_the_answer() -> None:
    """``--context``: each example, answering or not, is its own passage joined to another
    paragraph of the question's article without the answer, before or after it; the answer's
    span follows, and the negatives drawn are those of a run without context."""
    train = _training_script()
    texts = [
        "Le circuit est rapide. Road Atlanta est en Géorgie.",
        "Le Petit Le Mans s'y court.",
        "La piste compte douze virages.",
        "Sebring est en Floride.",
    ]
    corpus = {f"p{i}": {"title": "A" if i < 3 else "B", "text": t} for i, t in enumerate(texts)}
    question = {
        "question": "Où est Road Atlanta ?",
        "answers": [{"text": "Géorgie", "answer_start": texts[0].index("Géorgie")}],
        "gold_paragraph_id": "p0",
    }
    questions, pools = [question] * 8, [(["p1", "p2"], ["p3"])] * 8
    sides = set()
    for seed in range(3):
        plain = train.epoch_examples(corpus, questions, pools, seed, 0, 2)
        joined = train.epoch_examples(corpus, questions, pools, seed, 0, 2, context=1.0)
        assert joined == train.epoch_examples(corpus, questions, pools, seed, 0, 2, context=1.0)  # seeded
        assert [x.group for x in joined] == [x.group for x in plain]
        for x, y in zip(plain, joined):
            before, _, after = y.passage.partition(x.passage)
            other = (before + after).strip("\n")
            assert x.passage in y.passage and other in texts[1:3] and other != x.passage
            sides.add(bool(before))
            if x.answer is None:
                assert y.answer is None
            else:
                assert y.passage[slice(*y.answer)] == "Géorgie" and y.answer[0] >= x.answer[0]
    assert sides == {True, False}  # the answering paragraph comes first and second


def test_the_card_says_which_runs_shuffled_sentences(tmp_path: Path) -> None:
    train = _training_script()
    (tmp_path / "reader.safetensors").write_bytes(b"0" * 1000)
    folder = ROOT / "src" / "paddockqa" / "models" / "reader"
    shipped = {**json.loads((folder / "metrics.json").read_text("utf-8")), "train_paragraphs": 1075}
    first = {"steps": 1906, "lr": 8e-5, "epochs": 2, "train_paragraphs": 1075}
    cases = (
        ({**shipped, "shuffle": 0.0}, None),
        ({**shipped, "shuffle": 0.5}, "Sentence order: "),
        ({**shipped, "epochs": 3, "shuffle": 0.5, "continued_from": [first]}, "Sentence order (in the last run): "),
        ({**shipped, "epochs": 3, "continued_from": [{**first, "shuffle": 0.5}]}, "Sentence order (in some runs): "),
        ({**shipped, "epochs": 3, "shuffle": 0.3, "continued_from": [{**first, "shuffle": 0.5}]}, "0.3 or 0.5"),
    )
    for metrics, said in cases:
        train.write_card(tmp_path, metrics, ReaderConfig.load(folder))
        card = (tmp_path / "MODEL_CARD.md").read_text(encoding="utf-8")
        assert ("Sentence order" in card) is (said is not None) and (said is None or said in card)


def _features(train, groups: list[int], lengths: list[int], golds: set[int]):  # noqa: ANN202 - the script's Feature
    """Training features of the given groups and token lengths; ``golds``: the indices answerable."""
    from paddockqa.reader_model import Window

    return [
        train.Feature(
            Window(tuple(range(n)), tuple((i, i + 1) for i in range(n))),
            (1, 1) if i in golds else None,
            1.0 if i in golds else 0.0,
            g,
        )
        for i, (g, n) in enumerate(zip(groups, lengths))
    ]


def test_retrieved_negatives_are_drawn_from_each_questions_own_list() -> None:
    """``--retrieved N``: a question's negatives are N distinct paragraphs of its retrieved
    list (fewer when it is shorter), not BM25's pools; each example carries its question's
    index, and the draws are a function of the seed and the epoch."""
    train = _training_script()
    corpus = {f"p{i}": {"title": "A", "text": f"Paragraphe {i}. Road Atlanta est en Géorgie."} for i in range(8)}
    question = {
        "question": "Où est Road Atlanta ?",
        "answers": [{"text": "Géorgie", "answer_start": corpus["p0"]["text"].index("Géorgie")}],
        "gold_paragraph_id": "p0",
    }
    questions = [question, {**question, "gold_paragraph_id": "p0"}]
    pools = [(["p7"], ["p7"])] * 2  # BM25's: never drawn with retrieved lists
    retrieved = [["p1", "p2", "p3", "p4"], ["p5"]]
    seen: set[str] = set()
    for seed in range(6):
        examples = train.epoch_examples(corpus, questions, pools, seed, 0, 2, retrieved=retrieved, per_question=2)
        assert [x.group for x in examples] == [0, 0, 0, 1, 1]
        assert [x.answer is not None for x in examples] == [True, False, False, True, False]
        first = [x.passage.split(".")[0] for x in examples[1:3]]
        assert len(set(first)) == 2 and {f"Paragraphe {i}" for i in range(1, 5)} >= set(first)
        assert examples[4].passage == corpus["p5"]["text"]
        seen.update(first)
        again = train.epoch_examples(corpus, questions, pools, seed, 0, 2, retrieved=retrieved, per_question=2)
        assert again == examples
    assert len(seen) == 4  # every retrieved paragraph gets drawn over the seeds
    epochs = {
        tuple(x.passage for x in train.epoch_examples(corpus, questions, pools, 0, e, 2, 0.0, retrieved, 2))
        for e in range(6)
    }
    assert len(epochs) > 1  # each epoch draws anew
    shuffled = train.epoch_examples(corpus, questions, pools, 0, 0, 2, 1.0, retrieved, 2)
    assert [x.group for x in shuffled] == [0, 0, 0, 1, 1]  # a shuffled paragraph keeps its question
    bm25 = train.epoch_examples(corpus, questions, pools, 0, 0, 2)
    assert [x.passage for x in bm25 if x.answer is None] == [corpus["p7"]["text"]] * 4


def test_group_batches_keep_each_questions_group_whole() -> None:
    """With ``--listwise`` a gold paragraph is scored against its own negatives, so a batch
    never splits a group; every feature is in one batch, and a batch holds at most ``size``
    features unless one group alone is larger."""
    train = _training_script()
    groups = [g for g in range(40) for _ in range(1 + g % 3)] + [99] * 7  # groups of 1-3, one of 7
    features = _features(train, groups, [5 + (3 * i) % 17 for i in range(len(groups))], set())
    for seed in range(3):
        batches = train.group_batches(features, 6, seed, 0)
        assert sorted(id(f) for b in batches for f in b) == sorted(id(f) for f in features)
        where = {f.group: i for i, b in enumerate(batches) for f in b}
        assert all(where[f.group] == i for i, b in enumerate(batches) for f in b)
        assert all(len(b) <= 6 or {f.group for f in b} == {99} for b in batches)
        assert [len(b) for b in batches] != [len(b) for b in train.group_batches(features, 6, seed + 1, 0)]
        assert train.group_batches(features, 6, seed, 0) == batches  # a resumed run sees the same batches


def test_the_listwise_loss_is_each_groups_softmax_cross_entropy_on_its_gold() -> None:
    """Mean over groups of -log softmax(logits)[gold]; a group without one gold paragraph, or
    alone, adds nothing; its gradient raises the gold logit and lowers the negatives'."""
    import torch

    train = _training_script()
    batch = _features(train, [0, 0, 0, 1, 1, 2, 3, 3], [4] * 8, golds={1, 4, 5})
    logits = torch.tensor([0.5, -1.0, 2.0, 0.0, 1.0, 3.0, 0.2, 0.1], requires_grad=True)
    loss = train.listwise_loss(logits, batch)
    expected = (
        -torch.log_softmax(torch.tensor([0.5, -1.0, 2.0]), 0)[1] - torch.log_softmax(torch.tensor([0.0, 1.0]), 0)[1]
    ) / 2  # group 2 is alone, group 3 has no gold paragraph
    assert abs(loss.item() - expected.item()) < 1e-6
    loss.backward()
    grad = logits.grad.numpy()
    assert grad[1] < 0 and grad[4] < 0 and grad[0] > 0 and grad[2] > 0 and grad[3] > 0
    assert grad[5] == 0 and grad[6] == 0 and grad[7] == 0
    assert train.listwise_loss(logits, _features(train, [0, 1], [4, 4], golds={0})) is None


def test_the_training_loss_adds_the_listwise_term_only_when_asked() -> None:
    """``loss_of`` with ``listwise`` W: the pointwise loss plus W times ``listwise_loss``."""
    import torch

    train = _training_script()
    batch = _features(train, [0, 0, 0], [3, 3, 3], golds={0})
    logits = torch.tensor([0.1, 0.9, -0.4])

    def model(ids, mask):  # noqa: ANN001, ANN202 - a stand-in for the reader: fixed logits
        return torch.zeros(ids.shape), torch.zeros(ids.shape), logits

    plain = train.loss_of(model, batch, 1).item()
    ranked = train.listwise_loss(logits, batch).item()
    assert ranked > 0 and abs(train.loss_of(model, batch, 1, listwise=0.5).item() - (plain + 0.5 * ranked)) < 1e-6


def test_mined_negatives_are_retrieved_paragraphs_without_the_answer(tmp_path: Path) -> None:
    """``mine_retrieved``: for each question, paragraphs in PaddockQA's own ranking order,
    never its gold paragraph nor one that holds its answer; cached, and read back."""
    from fakes import HashEmbedder

    train = _training_script()
    texts = {
        "a-p0": "Road Atlanta est un circuit situé en Géorgie, près de Braselton.",
        "a-p1": "Road Atlanta accueille le Petit Le Mans, une course de mille miles.",
        "a-p2": "Le circuit de Road Atlanta, en Géorgie, compte douze virages.",  # holds the answer
        "b-p0": "Sebring est un circuit de Floride, où court la Porsche.",
        "b-p1": "Le virage de Laguna Seca est célèbre en Californie.",
    }
    corpus = {pid: {"title": pid[0], "text": t} for pid, t in texts.items()}
    questions = [
        {
            "question": "Dans quel État est le circuit de Road Atlanta ?",
            "answers": [{"text": "Géorgie"}],
            "gold_paragraph_id": "a-p0",
        }
    ]
    embedder = HashEmbedder("fp32")
    (pool,) = train.mine_retrieved(corpus, questions, tmp_path, embedder=embedder, depth=4)
    assert pool and pool[0] == "a-p1" and "a-p0" not in pool and "a-p2" not in pool
    assert set(pool) <= set(texts)
    embedded = len(embedder.documents) + len(embedder.passages)
    assert train.mine_retrieved(corpus, questions, tmp_path, embedder=embedder, depth=4) == [pool]
    assert len(embedder.documents) + len(embedder.passages) == embedded  # read back, nothing embedded again
    train.mine_retrieved(corpus, questions, tmp_path, embedder=embedder, depth=5)
    key = json.loads((tmp_path / "retrieved.json").read_text(encoding="utf-8"))["key"]
    assert "-5-fake/hash-" in key  # another depth is mined again, not read from the cache


def test_the_card_says_how_each_run_drew_its_negatives_and_its_loss(tmp_path: Path) -> None:
    """A run on retrieved negatives continued from one on BM25's: the card lists both, in order,
    and the listwise term in the loss; a single run's card says its own only."""
    train = _training_script()
    (tmp_path / "reader.safetensors").write_bytes(b"0" * 1000)
    folder = ROOT / "src" / "paddockqa" / "models" / "reader"
    shipped = {**json.loads((folder / "metrics.json").read_text("utf-8")), "train_paragraphs": 1075}
    first = {"steps": 1906, "lr": 8e-5, "epochs": 2, "train_paragraphs": 1075}  # no "negatives": the default, 2
    continued = {**shipped, "epochs": 3, "retrieved": 2, "listwise": 1.0, "continued_from": [first]}
    train.write_card(tmp_path, continued, ReaderConfig.load(folder))
    card = (tmp_path / "MODEL_CARD.md").read_text(encoding="utf-8")
    bm25, ours = card.index("1. two paragraphs without its answer"), card.index("2. 2 paragraphs without its answer")
    assert bm25 < ours and "PaddockQA's own retrieval" in card[ours:]
    assert "1 x softmax cross-entropy" in card and "negatives (in the last run)" in card
    train.write_card(tmp_path, {**shipped, "retrieved": 2}, ReaderConfig.load(folder))
    card = (tmp_path / "MODEL_CARD.md").read_text(encoding="utf-8")
    assert "by run" not in card and "PaddockQA's own retrieval" in card and "softmax" not in card
    train.write_card(tmp_path, shipped, ReaderConfig.load(folder))
    assert "by run" not in (tmp_path / "MODEL_CARD.md").read_text(encoding="utf-8")


def test_training_sees_only_the_articles_of_its_questions(tmp_path: Path) -> None:
    """PIAF's corpus file holds every split's articles: what training loads holds only its
    questions' articles, so another's paragraph never becomes a negative (nor counts in BM25)."""
    train = _training_script()
    corpus = [
        {"id": "a-p0", "title": "Circuit", "text": "Le circuit de Road Atlanta est en Géorgie."},
        {"id": "a-p1", "title": "Circuit", "text": "Le circuit accueille le Petit Le Mans chaque automne."},
        {"id": "b-p0", "title": "Course", "text": "Le circuit de Sebring accueille une course de douze heures."},
        {"id": "c-p0", "title": "Held back", "text": "Le circuit de Spa est en Belgique, le circuit est rapide."},
    ]
    question = {"question": "Où est le circuit ?", "answers": [{"text": "Géorgie"}], "gold_paragraph_id": "a-p0"}
    for name, rows in (("x-corpus.jsonl", corpus), ("x-questions.jsonl", [question])):
        (tmp_path / name).write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    own, questions = train.load_training(tmp_path)
    assert sorted(own) == ["a-p0", "a-p1"] and questions == [question]
    ((same, other),) = train.negative_pools(own, questions)
    assert same == ["a-p1"] and other == []
    whole, _ = train.load_split(tmp_path)
    ((_, leaky),) = train.negative_pools(whole, questions)
    assert set(leaky) == {"b-p0", "c-p0"}  # what the whole file gave before


def test_a_reader_trained_on_the_whole_corpus_file_says_so_on_its_card(tmp_path: Path) -> None:
    """A run without ``train_paragraphs`` (before own_articles), or continued from one, carries the correction."""
    train = _training_script()
    (tmp_path / "reader.safetensors").write_bytes(b"0" * 1000)
    shipped = json.loads((ROOT / "src" / "paddockqa" / "models" / "reader" / "metrics.json").read_text("utf-8"))
    config = ReaderConfig.load(ROOT / "src" / "paddockqa" / "models" / "reader")
    clean = {**shipped, "train_paragraphs": 1075}
    leaky = {k: v for k, v in clean.items() if k != "train_paragraphs"}
    continued = {**clean, "epochs": 3, "continued_from": [{"steps": 1908, "lr": 8e-5, "epochs": 2}]}
    for metrics, corrected in ((leaky, True), (clean, False), (continued, True)):
        train.write_card(tmp_path, metrics, config)
        card = (tmp_path / "MODEL_CARD.md").read_text(encoding="utf-8")
        assert ("Correction (2026-12-01)" in card) is corrected
        assert ("never seen" in card) is not corrected


@pytest.mark.slow
def test_training_smoke_run_writes_weights_that_export(tmp_path: Path, model_home: Path, embedder) -> None:
    """Two training steps on the PIAF sample, then the same assembly and ONNX export as the shipped reader.

    ``embedder`` converts e5 into ``model_home``: run alone, the test has its base folder too.
    """
    from paddockqa.model_convert import CONVERTED_FOLDER
    from paddockqa.reader import OnnxReader
    from paddockqa.reader_export import ensure_reader_exported

    base = model_home / "models" / CONVERTED_FOLDER
    out = tmp_path / "out"
    script = [sys.executable, str(ROOT / "training" / "train_reader.py")]
    data = ["--train", str(DATA / "piaf-sample"), "--dev", str(DATA / "piaf-sample"), "--base", str(base)]
    short = ["--max-steps", "2", "--batch", "4", "--dev-limit", "3", "--checkpoint-every", "1"]
    command = [*script, *data, *short, "--out", str(out), "--work", str(tmp_path / "work")]
    done = subprocess.run(command, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    metrics = json.loads((out / "metrics.json").read_text(encoding="utf-8"))
    assert metrics["steps"] == 2 and metrics["questions"] == 3 and metrics["train_paragraphs"] > 0
    paragraphs = metrics["train_paragraphs"]
    assert "Correction" not in (out / "MODEL_CARD.md").read_text(encoding="utf-8")  # its own articles only
    assert (tmp_path / "work" / "checkpoint.pt").is_file()
    again = subprocess.run(command, capture_output=True, text=True, timeout=600)  # resumes: nothing left to do
    assert again.returncode == 0 and "resumed at step 2" in again.stdout
    # Continued from those weights (--init): the next epoch's negatives, both schedules on the card.
    more = [*script, *data, *short, "--init", str(out), "--epochs", "1", "--shuffle", "0.5"]
    more += ["--retrieved", "2", "--listwise", "1"]  # negatives from our own retrieval, mined with e5
    # half the questions in English, the shipped translations; the dev questions scored in English too
    english = ROOT / "training" / "data" / "piaf-train-en.jsonl"
    in_english = [json.loads(line) for line in english.read_text(encoding="utf-8").splitlines()]
    dev_english = tmp_path / "dev-en.jsonl"
    rows = [{"id": x["id"] + "-en", "question": x["en"]} for x in in_english]  # eval/piaf-dev-en's form
    dev_english.write_text("".join(json.dumps(row) + "\n" for row in rows))
    more += ["--english", str(english), "--english-share", "0.5", "--dev-english", str(dev_english)]
    more += ["--out", str(tmp_path / "more")]
    continued = subprocess.run([*more, "--work", str(tmp_path / "w2")], capture_output=True, text=True, timeout=600)
    assert continued.returncode == 0, continued.stderr[-2000:]
    metrics = json.loads((tmp_path / "more" / "metrics.json").read_text(encoding="utf-8"))
    assert metrics["epochs"] == 3 and metrics["continued_from"] == [
        {
            "steps": 2,
            "lr": 8e-05,
            "train_seconds": metrics["continued_from"][0]["train_seconds"],
            "train_paragraphs": paragraphs,
            "negatives": 2,
            "shuffle": 0.0,  # the first run's: the card says which runs shuffled
            "retrieved": 0,
            "listwise": 0.0,
            "context": 0.0,  # the first run's: without the neighbours' sentences
            "heading": 0.0,  # nor titles
            "english_share": 0.0,  # nor English questions
            "epochs": 2,
        }
    ]
    card = (tmp_path / "more" / "MODEL_CARD.md").read_text(encoding="utf-8")
    assert "lr 8e-05, 2 epochs (2 steps); then from those weights" in card and "1 epoch (2 steps)" in card
    assert "Correction" not in card  # both runs on their own articles
    assert metrics["shuffle"] == 0.5 and "Sentence order (in the last run)" in card
    assert metrics["english_share"] == 0.5 and "Questions in English (in the last run)" in card
    assert metrics["dev_english"]["questions"] == metrics["dev_english_in_french"]["questions"] == 3
    assert "asked in English (our translation)" in card
    assert metrics["retrieved"] == 2 and "1. two paragraphs" in card and "2. 2 paragraphs" in card
    mined = json.loads((tmp_path / "w2" / "retrieved.json").read_text(encoding="utf-8"))["pools"]
    assert len(mined) == metrics["train_questions"] and all(len(pool) <= 10 for pool in mined) and any(mined)
    own, _ = _training_script().load_training(DATA / "piaf-sample")
    assert {pid for pool in mined for pid in pool} <= set(own)  # the training articles' paragraphs only
    # a reader trained with other frozen layers would ship some of them as e5's: refused
    other = subprocess.run([*more, "--frozen", "2", "--work", str(tmp_path / "w3")], capture_output=True, text=True)
    assert other.returncode != 0 and "--frozen 4" in other.stderr
    exported = ensure_reader_exported(base, out, tmp_path / "cache")
    readings = OnnxReader(exported).read(AGE, ["Philippe Gaillard a 42 ans."])
    assert len(readings) == 1 and 0 <= readings[0].start <= readings[0].end <= len("Philippe Gaillard a 42 ans.")


PAU = (
    "Grand Prix de Pau historique : doublé pour l'écurie Béarn Classic\n\n"
    "Pau, le 20 mai 2024 — Le 33e Grand Prix de Pau historique a souri à l'écurie Béarn Classic, qui a signé "
    "un doublé dans la course phare du week-end réservée aux Formule 3 des années 1970.\n\n"
    "Vincent Laborde, 52 ans, s'est imposé au volant de sa March 743 après 25 tours du circuit urbain de "
    "2,76 km. Il devance son coéquipier Marc Etcheverry, deuxième à 1,9 seconde.\n\n"
    "« Pau, c'est mon jardin. Gagner ici pour la troisième fois, c'est un immense bonheur », a réagi "
    "Vincent Laborde, qui avait déjà triomphé en 2018 et en 2022.\n"
)
KARTING = (
    "Karting : Inès Benali sacrée championne de France OK Junior\n\n"
    "Lavelanet, le 8 septembre 2024 — À seulement 14 ans, Inès Benali est devenue dimanche la première "
    "pilote à remporter le Championnat de France OK Junior, à l'issue de la dernière manche.\n"
)


CEVENNES = (
    "Rallye des Cévennes : Léa Marchand s'impose devant Hugo Ferrand\n\n"
    "Alès, le 28 octobre 2023 — La 51e édition du Rallye des Cévennes s'est achevée samedi soir sur la victoire de "
    "Léa Marchand et de son copilote Julien Roux, au volant de la Škoda Fabia RS Rally2 de l'équipe Sarrazin "
    "Compétition. L'équipage gardois a bouclé les 14 épreuves spéciales en 2 h 04 min 37,8 s, soit 12,4 secondes "
    "de mieux que Hugo Ferrand.\n\n"
    "Âgée de 28 ans, la pilote originaire de Mende signe ici sa première victoire dans une manche du Championnat "
    "de France des Rallyes. « Je n'y croyais plus après la crevaison de vendredi matin. Julien a été parfait dans "
    "les notes, c'est aussi sa victoire », a confié Léa Marchand à l'arrivée.\n\n"
    "Hugo Ferrand, 34 ans, termine deuxième avec sa Citroën C3 Rally2 engagée par Ferrand Sport Évolution. Le "
    "champion de France en titre conserve toutefois la tête du championnat avec 187 points, contre 161 pour Léa "
    "Marchand, qui remonte au 2e rang du classement général. Le podium est complété par Mathieu Olivier (Hyundai "
    "i20 N Rally2), troisième à 41,2 secondes.\n"
)  # written for a new user's walk (2026-12-05), as the others of this file


def _built(tmp_path: Path, model_home: Path, embedder, reader, texts: dict[str, str]):  # -> Pipeline
    """A pipeline over a corpus of ``texts`` (file name -> text), its index built."""
    from paddockqa.config import Settings
    from paddockqa.pipeline import Pipeline

    corpus = tmp_path / "corpus"
    for name, text in texts.items():
        (corpus / name).parent.mkdir(parents=True, exist_ok=True)
        (corpus / name).write_text(text, encoding="utf-8")
    pipe = Pipeline(
        Settings(corpus=corpus, index=tmp_path / "index", home=model_home), embedder=embedder, reader=reader
    )
    pipe.build()
    return pipe


RELEASES = Path(__file__).parent / "data" / "releases"


def _built_on_releases(tmp_path: Path, model_home: Path, embedder, reader, *names: str):  # -> Pipeline
    """``_built`` over test releases of ``tests/data/releases/``, by file name."""
    return _built(
        tmp_path, model_home, embedder, reader, {n: (RELEASES / n).read_text(encoding="utf-8") for n in names}
    )


@pytest.mark.slow
def test_an_age_is_the_one_of_the_person_asked(tmp_path, model_home, embedder, reader) -> None:
    """A new user's walk (2026-12-05): "Quel âge a Hugo Ferrand ?" quoted Léa Marchand's "28
    ans", and "Quel âge a Mathieu Olivier ?", which the release does not give, Hugo Ferrand's
    "34 ans" (``binding``)."""
    pipe = _built(tmp_path, model_home, embedder, reader, {"cevennes.txt": CEVENNES, "pau.txt": PAU})
    for question, age in [("Quel âge a Hugo Ferrand ?", "34 ans"), ("Quel âge a Léa Marchand ?", "28 ans")]:
        answer = pipe.ask(question)
        assert answer.answered and answer.short_answer and answer.short_answer.text == age, (question, answer.text)
    for question in ("Quel âge a Mathieu Olivier ?", "Quel âge a Marc Etcheverry ?"):
        refused = pipe.ask(question)
        assert not refused.answered, (question, refused.text)
        assert "autres personnes" in str(refused.notice), (question, refused.notice)
    # A second walk: the headline's winner ("Léa Marchand s'impose devant Hugo Ferrand") answered
    # who finished second (``binding.placing_of``).
    second = pipe.ask("Qui a terminé deuxième du Rallye des Cévennes ?")
    assert not second.short_answer or second.short_answer.text != "Léa Marchand", second.text
    winner = pipe.ask("Qui a gagné le Rallye des Cévennes ?")
    assert winner.short_answer and winner.short_answer.text == "Léa Marchand", winner.text


MAGNY_COURS = (
    "Championnat de France F4 : Julie Martin s'impose à Magny-Cours\n\n"
    "Magny-Cours, le 12 juin 2024 — Julie Martin, 23 ans, a remporté dimanche la deuxième course du championnat "
    "de France F4 sur le circuit de Nevers Magny-Cours. La pilote lyonnaise, qui court pour l'équipe Sodemo "
    "Racing, a bouclé les 18 tours de l'épreuve en 32 min 14 s 507.\n\n"
    "Le pilote de 31 ans Karim Haddad, originaire de Marseille, a pris la deuxième place à 2,4 secondes de la "
    "gagnante, au volant de la monoplace de l'écurie Trident Junior. Le Belge Thomas Vermeulen, 19 ans, complète "
    "le podium à 5,8 secondes.\n\n"
    "Vingt-quatre pilotes avaient pris le départ de la course, disputée devant 6 500 spectateurs. Le coéquipier "
    "de Julie Martin chez Sodemo Racing, Lucas Perrin, a abandonné au 11e tour sur casse moteur.\n"
)
LE_MANS = (
    "# Ultimate Cup Series : la Ligier n°7 s'impose au Mans\n\n"
    "*Le Mans, le 14 avril 2024* — L'équipage de la Ligier JS P320 n°7 de l'écurie Graff Racing, composé "
    "d'Élodie Fontaine, 27 ans, de Marc Delacroix et de Paul-Henri Mercier, 45 ans, a remporté les 4 Heures du "
    "Mans de l'Ultimate Cup Series sur le circuit Bugatti.\n\n"
    "Trente et une voitures ont pris le départ de l'épreuve, suivie par 9 200 spectateurs.\n\n"
    "Marc Delacroix, le coéquipier d'Élodie Fontaine, est originaire de Tours. Paul-Henri Mercier est le "
    "gentleman-driver de l'équipage et dirige une entreprise de transport à Angers.\n"
)


@pytest.mark.slow
def test_who_finished_second_and_where_someone_comes_from_are_the_ones_asked(
    tmp_path, model_home, embedder, reader
) -> None:
    """A second walk (2026-12-05): "Qui a terminé deuxième ?" was refused, the reader's best
    span of the release being the winner (its next best, ``Reading.others``, is the second);
    "D'où vient-il ?" about Marc Delacroix quoted the circuit Bugatti (``binding``: an origin
    is its sentence's first person's); "D où vient-il ?" after "Et son coéquipier ?" was asked
    of the winner (``conversation``: the person answered to a role, ``elision``); a 2024 release
    answered who won in 2023 (``pipeline._year_unsaid``)."""
    from paddockqa.conversation import turn_of

    pipe = _built(tmp_path, model_home, embedder, reader, {"magny.txt": MAGNY_COURS, "lemans.md": LE_MANS})
    second = pipe.ask("Qui a terminé deuxième à Magny-Cours ?")
    assert second.short_answer and second.short_answer.text == "Karim Haddad", second.text
    who = pipe.ask("Qui est le coéquipier d'Élodie Fontaine ?")
    assert who.short_answer and who.short_answer.text == "Marc Delacroix", who.text
    origin = pipe.ask("D'où vient-il ?", turns=[turn_of(who)])
    assert origin.short_answer and origin.short_answer.text == "Tours", origin.text
    winner = pipe.ask("Qui a remporté la course de F4 à Magny-Cours ?")
    mate = pipe.ask("Et son coéquipier ?", turns=[turn_of(winner)])
    assert mate.short_answer and mate.short_answer.text == "Lucas Perrin", mate.text
    his = pipe.ask("D où vient-il ?", turns=[turn_of(winner), turn_of(mate)])
    assert his.resolved_question == "D'où Lucas Perrin vient-il ?", his.resolved_question
    # The release gives Marc Delacroix's origin, not Paul-Henri Mercier's: Tours is not his.
    mercier = pipe.ask("D'où vient Paul-Henri Mercier ?")
    assert not (mercier.short_answer and mercier.short_answer.text == "Tours"), mercier.text
    # A year no text says: the 2024 release is no answer about 2019 (a third walk's 2023 Touquet).
    other_year = pipe.ask("Qui a remporté la course de F4 à Magny-Cours en 2019 ?")
    assert not other_year.answered and "2019" in str(other_year.notice), other_year.text
    this_year = pipe.ask("Qui a remporté la course de F4 à Magny-Cours en 2024 ?")
    assert this_year.short_answer and this_year.short_answer.text == "Julie Martin", this_year.text


VOSGES = (
    "Rallye des Vosges : Carrel et Poulain se partagent les spéciales\n\n"
    "Gérardmer, le 26 mai 2024 – Mathieu Carrel et sa copilote Sophie Gindre ont remporté dimanche la 41e "
    "édition du Rallye des Vosges, quatrième manche du Championnat de France des Rallyes.\n\n"
    "Classement final :\n"
    "1. Mathieu Carrel / Sophie Gindre (Škoda Fabia RS Rally2) 1h52'36\"8\n"
    '2. Adrien Poulain / Élodie Marchal (Citroën C3 Rally2) à 18"4\n'
    '3. Thomas Nivelle / Kévin Humbert (Hyundai i20 N Rally2) à 41"2\n\n'
    "Environ 35 000 spectateurs se sont massés le long des spéciales durant les deux jours.\n"
)


@pytest.mark.slow
def test_a_results_list_places_its_items_and_another_event_is_no_answer(tmp_path, model_home, embedder, reader):
    """A fourth walk: a results release's classification was read as one run cut at each
    next number ("… 1h52'36\"8 2."), so who finished second or third got the winner; a third
    walk's "Qui a terminé deuxième du Tour du Finistère ?" was answered from a rally's release
    (``pipeline._event_unsaid``), and a fourth walk's who won a race from its announcement."""
    finistere = (
        "Tour du Finistère : Maxime Le Roux s'impose\n\nQuimper, le 13 avril 2024 — Maxime Le Roux (Team Breizh "
        "Vélo) a remporté en solitaire la 38e édition du Tour du Finistère, disputée sur 192 kilomètres. "
        "Prochain rendez-vous : le Tour de Bretagne, le 4 mai.\n"
    )
    pipe = _built(tmp_path, model_home, embedder, reader, {"vosges.txt": VOSGES, "finistere.txt": finistere})
    for question, driver in (
        ("Qui a terminé deuxième du Rallye des Vosges ?", "Adrien Poulain"),
        ("Qui a terminé troisième du Rallye des Vosges ?", "Thomas Nivelle"),
    ):
        answer = pipe.ask(question)
        assert answer.answered and driver in answer.text and "Mathieu Carrel" not in answer.text, answer.text
    # The rally's second is no answer about the Tour du Finistère, whose release names its winner only.
    elsewhere = pipe.ask("Qui a terminé deuxième du Tour du Finistère ?")
    assert not elsewhere.answered and "Adrien Poulain" not in elsewhere.text, elsewhere.text
    crowd = pipe.ask("Combien de spectateurs ont assisté au Tour du Finistère ?")
    assert not crowd.answered and "35 000" not in crowd.text, crowd.text
    assert crowd.notice == (
        "Le document qui répondrait ne nomme pas « Tour du Finistère » : sa réponse serait celle d’une autre épreuve."
    )
    assert pipe.ask("Combien de spectateurs ont assisté au Rallye des Vosges ?").short_answer is not None
    # A race the release only announces has no winner there (a fourth walk's Grand Prix des Pays-Bas).
    announced = pipe.ask("Qui a gagné le Tour de Bretagne ?")
    assert not announced.answered and announced.notice == (
        "Le document qui répondrait annonce « Tour de Bretagne » sans en donner le résultat : sa réponse serait "
        "celle d’une autre épreuve."
    ), (announced.text, announced.notice)
    assert "4 mai" in pipe.ask("Quand a lieu le Tour de Bretagne ?").text


@pytest.mark.slow
def test_a_release_naming_a_competition_by_its_short_form_answers_it(tmp_path, model_home, embedder, reader):
    """A review of ``pipeline._event_unsaid``: a release writing "24H du Mans" says the 24
    Heures du Mans (its telling word, "Mans"), so its answer is not refused as another event's."""
    texts = {
        "preview.txt": "Les 24 Heures du Mans approchent : Julien Lambert y dispute sa quinzième édition.\n",
        "result.txt": (
            "24H du Mans : Julien Lambert s'impose\n\nLe Mans, le 16 juin 2024 — Julien Lambert a remporté "
            "les 24H du Mans devant 300 000 spectateurs.\n"
        ),
    }
    pipe = _built(tmp_path, model_home, embedder, reader, texts)
    crowd = pipe.ask("Combien de spectateurs ont assisté aux 24 Heures du Mans ?")
    assert crowd.answered and "300 000" in crowd.text, (crowd.text, crowd.notice)


@pytest.mark.slow
def test_a_follow_up_read_without_the_name_is_not_answered_from_another_text(tmp_path, model_home, embedder, reader):
    """A new user's walk (2026-12-04): after "Qui a remporté le Grand Prix de Pau historique ?",
    "Quel âge a-t-il ?" (understood "Quel âge Vincent Laborde a-t-il ?") answered "14 ans"
    from the karting release: read without the name, the reader took any age. An answer so
    read that is about someone else is read again with the name
    (``conversation.about_someone_else``)."""
    from paddockqa.conversation import turn_of

    pipe = _built(tmp_path, model_home, embedder, reader, {"pau.txt": PAU, "karting.txt": KARTING})
    first = pipe.ask("Sur quelle voiture Vincent Laborde s'est-il imposé à Pau ?")
    assert "March 743" in first.text
    age = pipe.ask("Quel âge a-t-il ?", turns=[turn_of(first)])
    assert age.resolved_question == "Quel âge Vincent Laborde a-t-il ?", age.resolved_question
    assert age.answered and age.citations[0].source == "pau.txt" and "52 ans" in age.text


POUZAUGES = (
    "Le Circuit de Pouzauges fête ses 50 ans\n\nPouzauges, le 14 juin 2024 – Il y a cinquante ans jour pour jour, "
    "le 14 juin 1974, Raymond Gautier inaugurait le Circuit de Pouzauges sur les terres de sa ferme familiale. "
    "Un demi-siècle plus tard, le tracé vendéen est l'un des circuits les plus fréquentés de l'Ouest.\n\n"
    "À l'origine, la piste ne mesurait que 2,9 km. Raymond Gautier, disparu en 2011, a passé la main à son fils "
    "Jacques, puis à sa petite-fille Sylvie Gautier, présidente depuis 2016.\n"
)


@pytest.mark.slow
def test_a_follow_up_answered_as_the_turn_before_is_read_again_with_the_name(tmp_path, model_home, embedder, reader):
    """A fifth walk: "En quelle année est-il décédé ?" after "Quand l'a-t-il inauguré ?" (14 juin
    1974) answered "14 juin 1974" again: read without the name, the reader stayed on the
    inauguration. The previous turn's short answer again is read again with the name: 2011."""
    from paddockqa.conversation import turn_of

    pipe = _built(tmp_path, model_home, embedder, reader, {"pouzauges.md": POUZAUGES})
    founded = pipe.ask("Qui a inauguré le circuit de Pouzauges ?")
    when = pipe.ask("Quand l'a-t-il inauguré ?", turns=[turn_of(founded)])
    died = pipe.ask("En quelle année est-il décédé ?", turns=[turn_of(founded), turn_of(when)])
    assert died.resolved_question == "En quelle année Raymond Gautier est-il décédé ?", died.resolved_question
    assert died.short_answer and "2011" in died.short_answer.text, (died.text, when.text)


@pytest.mark.parametrize(
    ("quote", "shown"),
    [
        (
            "Gagner ici, c'est un bonheur », a réagi Vincent Laborde.",
            "« … Gagner ici, c'est un bonheur », a réagi Vincent Laborde.",
        ),
        ("« Pau, c'est mon jardin.", "« Pau, c'est mon jardin. … »"),
        ("« Pau, c'est mon jardin. »", "« Pau, c'est mon jardin. »"),
        ("», a lancé Dumas.", "», a lancé Dumas."),  # the speaker's words after the quote
        ("- 14 courses, 6 pole positions.", "14 courses, 6 pole positions."),
        # clipped to fit, the quote says where already: one ellipsis (a review)
        ("« Nous avons tout donné et le résultat…", "« Nous avons tout donné et le résultat… »"),
        ("… une course magnifique », a dit Dumas.", "« … une course magnifique », a dit Dumas."),
    ],
)
def test_an_answer_pairs_the_guillemets_of_a_quote_cut_out_of_a_longer_one(quote: str, shown: str) -> None:
    from paddockqa.answer import shown_quote

    assert shown_quote(quote) == shown


@pytest.mark.slow
def test_a_follow_up_after_a_turn_without_sources_keeps_its_subjects_own_sentence(seed_pipeline) -> None:
    """Over /v1 a client may send the previous answer bare ("42 ans", no sources list): the
    answer read without the name, "Originaire de Dijon, Philippe … en Caterham et Formule
    France …", names "Formule France", which reads as a person; its release names Philippe
    Gaillard, so it is his and is not read again with the name (which quotes Magny-Cours)."""
    from paddockqa.conversation import Turn

    turns = [Turn("Quel âge a Philippe Gaillard ?", "Quel âge a Philippe Gaillard ?", "42 ans")]
    answer = seed_pipeline.ask("Et d'où vient-il ?", turns=turns)
    assert answer.resolved_question == "D'où Philippe Gaillard vient-il ?"
    assert "Originaire de Dijon" in answer.text


@pytest.mark.slow
def test_how_many_finished_and_how_many_started_are_told_apart(tmp_path, model_home, embedder, reader) -> None:
    """A third walk: "Combien de coureurs ont terminé ?" was answered "147" of "Sur les 147
    coureurs au départ, 96 ont franchi la ligne" (``binding.race_phase_of``). Read by the
    shipped reader, each question gets its own number, in French and in English."""
    report = (
        "Ronde de l'Oust : Thomas Keller s'envole\n\nPontivy, le 8 juin 2024 — Sous une pluie battante, la Ronde "
        "de l'Oust a fait le tri. Sur les 147 coureurs au départ, 96 ont franchi la ligne à Pontivy, où Thomas "
        "Keller (Vélo Club Morbihan) s'est imposé en solitaire.\n"
    )
    rally = (
        "Rallye du Trégor : Julie Martin en tête\n\nLannion, le 15 juin 2024 — Of the 38 starters, 29 crews were "
        "classified at the finish of the Rallye du Trégor, won by Julie Martin.\n"
    )
    pipe = _built(tmp_path, model_home, embedder, reader, {"oust.txt": report, "tregor.txt": rally})
    for question, number in (
        ("Combien de coureurs ont terminé la Ronde de l'Oust ?", "96"),
        ("Combien de coureurs étaient au départ de la Ronde de l'Oust ?", "147"),
        ("How many crews finished the Rallye du Trégor?", "29"),
        ("How many crews started the Rallye du Trégor?", "38"),
    ):
        short = pipe.ask(question).short_answer
        assert short is not None and number in short.text.split(), (question, short)


@pytest.mark.slow
def test_an_answer_from_a_text_that_never_names_the_event_gives_way_to_one_that_does(
    tmp_path, model_home, embedder, reader
) -> None:
    """A sixth walk: "Where will the 2026 Tour du Limousin start?" read the karting release
    best ("La saison 2026 reprendra à Salbris"), which never names the Tour, and was refused
    with "The document that would answer does not name …", while the Tour's own release, read
    after it, says "L'édition 2026 partira de Brive-la-Gaillarde". The next read document that
    names the event answers; a question no read document names stays refused."""
    names = ("karting_angerville_finale_2025.html", "tour_limousin_2025.txt")
    pipe = _built_on_releases(tmp_path, model_home, embedder, reader, *names)
    answer = pipe.ask("Where will the 2026 Tour du Limousin start?")
    assert answer.answered and answer.short_answer is not None, answer.text
    assert "Brive" in answer.short_answer.text and answer.citations[0].source == "tour_limousin_2025.txt"
    refused = pipe.ask("Where will the 2026 Tour de Bretagne start?")
    assert not refused.answered


@pytest.mark.slow
def test_an_erratum_naming_its_release_by_date_is_read_first(tmp_path, model_home, embedder, reader) -> None:
    """A sixth walk: a short "Rectificatif" ("Une erreur s'est glissée dans notre communiqué du
    29 septembre : Noah Lemoine est âgé de 15 ans, et non de 14 ans") shares too few words with
    the release to be taken for its correction, and "Quel âge a le champion de France X30
    Junior ?" answered "14 ans" from the release, with no notice. Named by its date, the
    release is superseded: the erratum is read first and answers."""
    names = ("karting_angerville_finale_2025.html", "karting_rectificatif.txt")
    pipe = _built_on_releases(tmp_path, model_home, embedder, reader, *names)
    answer = pipe.ask("Quel âge a le champion de France X30 Junior ?")
    assert answer.short_answer is not None and answer.short_answer.text == "15 ans", answer.text
    # The release's other facts stand: read in its place, not after every other text (a ninth
    # walk's erratum made its release's laps, times and teams answered from others).
    town = pipe.ask("D'où est originaire Noah Lemoine ?")
    assert town.short_answer is not None and town.short_answer.text == "Rouen", town.text
    assert town.citations[0].source == "karting_angerville_finale_2025.html"


@pytest.mark.slow
def test_a_count_of_one_kind_is_not_answered_by_a_number_of_another(tmp_path, model_home, embedder, reader) -> None:
    """A sixth walk: "How many crews started the Rallye des Vosges?" got "45 000" of "45 000
    spectateurs", "How many trucks were entered at Nogaro?" "12 500" (spectators again), and
    "Combien de spectateurs sont attendus … ?" "150 équipages" (``answer_type.COUNT_KINDS``):
    an English noun never names the French text's, and a number of another kind answers no
    count. Read by the shipped reader, each gets its own kind's number, or none."""
    names = ("rallye_vosges_2025.txt", "camions_nogaro_2025.txt", "ronde_aisne_2026.txt")
    pipe = _built_on_releases(tmp_path, model_home, embedder, reader, *names)
    for question, number in (
        ("How many crews started the Rallye des Vosges?", "112"),
        ("How many trucks were entered at Nogaro?", "Dix-huit"),
        ("Combien de bénévoles compte la Ronde de l'Aisne ?", "400"),
    ):
        short = pipe.ask(question).short_answer
        assert short is not None and number in short.text.split(), (question, short)
    crowd = pipe.ask("Combien de spectateurs sont attendus à la Ronde de l'Aisne ?")
    assert crowd.short_answer is None or not re.search(r"150|400", crowd.short_answer.text), crowd.text


@pytest.mark.slow
def test_a_year_said_as_a_time_since_is_not_the_year_of_the_race(tmp_path, model_home, embedder, reader) -> None:
    """A sixth walk's conversation: "Qui a gagné le Rallye des Vosges 2019 ?" was answered
    with the 2025 rally's winner, its release saying 2019 only in "la première femme à monter
    sur un podium du championnat depuis 2019" (``pipeline._year_unsaid``)."""
    release = (Path(__file__).parent / "data" / "releases" / "rallye_vosges_2025.txt").read_text(encoding="utf-8")
    pipe = _built(tmp_path, model_home, embedder, reader, {"vosges.txt": release})
    for question in ("Qui a gagné le Rallye des Vosges 2019 ?", "Who won the 2019 Rallye des Vosges?"):
        other_year = pipe.ask(question)
        assert not other_year.answered and "2019" in str(other_year.notice), other_year.text
    this_year = pipe.ask("Qui a gagné le Rallye des Vosges 2025 ?")
    assert this_year.short_answer and this_year.short_answer.text == "Mathieu Kessler", this_year.text


@pytest.mark.slow
def test_a_crew_wins_and_a_role_asked_about_is_whom_the_next_question_is_about(
    tmp_path, model_home, embedder, reader
) -> None:
    """An eighth walk: "Qui a remporté le Rallye de l'Atlas ?" was answered with the co-driver
    alone ("Le pilote Sébastien Delorme et sa copilote Marine Castagnet ont remporté …"), and
    after "Et sa copilote, où est-elle née ?", "Quel âge a-t-elle ?" was asked of the driver,
    in the web chat (``turn_of``) and over ``/v1`` (the history's messages) alike."""
    from paddockqa.conversation import turn_of, turns_from_messages
    from paddockqa.openai_api import message_text

    pipe = _built_on_releases(tmp_path, model_home, embedder, reader, "rallye_atlas_2026.txt")
    won = pipe.ask("Qui a remporté le Rallye de l'Atlas ?")
    assert won.short_answer is not None and won.short_answer.text == "Sébastien Delorme et sa copilote Marine Castagnet"
    answers, history = [], []
    for question in ("Quel âge a Sébastien Delorme ?", "Et sa copilote, où est-elle née ?", "Quel âge a-t-elle ?"):
        turns = [turn_of(a) for a in answers]
        assert turns_from_messages(history) == turns  # the API's turns are the chat's
        answers.append(pipe.ask(question, turns=turns))
        history += [{"role": "user", "content": question}, {"role": "assistant", "content": message_text(answers[-1])}]
    assert [a.short_answer.text if a.short_answer else None for a in answers] == ["38 ans", "Grenoble", "29 ans"]
    assert answers[-1].resolved_question == "Quel âge Marine Castagnet a-t-elle ?"


@pytest.mark.slow
def test_releases_that_disagree_are_said_and_the_latest_answers(tmp_path, model_home, embedder, reader) -> None:
    """An eighth walk: two releases gave a rider's age and town differently (24 ans, originaire
    d'Ajaccio on 28 April; 26 ans, originaire de Bastia on 9 June); nothing said so, and where
    he comes from was answered with his team ("Corsica Moto Racing"), a headline's category
    ("Superbike") or where he won ("Vigeant"). Read by the shipped reader: the latest
    answers, the earlier is quoted [2] and the notice names both."""
    names = ("moto_lanfranchi_avril.txt", "moto_lanfranchi_juin.txt")
    pipe = _built_on_releases(tmp_path, model_home, embedder, reader, *names)
    for question, latest, earlier in (
        ("Quel âge a Hugo Lanfranchi ?", "26 ans", "24 ans"),
        ("D'où vient Hugo Lanfranchi ?", "Bastia", "Ajaccio"),
    ):
        answer = pipe.ask(question)
        assert answer.short_answer is not None and answer.short_answer.text == latest, (question, answer.text)
        assert [c.source for c in answer.citations] == list(reversed(names)), question
        assert answer.notice is not None and f"« {earlier} » [2]" in str(answer.notice), answer.notice


@pytest.mark.slow
def test_an_erratum_answers_the_values_it_denies_and_leaves_the_releases_others(
    tmp_path, model_home, embedder, reader
) -> None:
    """A ninth walk: an erratum titled "Rectificatif au communiqué du 3 mai 2026" was not tied
    to the results release (no title word shared), so its 1 200 spectators answered with no
    word of the 1 850; tied and pushed after every other text, the release then lost its laps
    and its winner to the erratum. The erratum answers what it corrects, the release the rest."""
    names = ("trophee_kart_ouest_2026.txt", "trophee_kart_ouest_rectificatif.txt")
    pipe = _built_on_releases(tmp_path, model_home, embedder, reader, *names)
    crowd = pipe.ask("Combien de spectateurs ont assisté à la finale du Trophée Kart de l'Ouest ?")
    assert crowd.short_answer is not None and crowd.short_answer.text == "1 850", crowd.text
    assert crowd.citations[0].source == "trophee_kart_ouest_rectificatif.txt"
    laps = pipe.ask("Combien de tours comptait la finale X30 Senior ?")
    assert laps.short_answer is not None and "22" in laps.short_answer.text, laps.text
    won = pipe.ask("Qui a gagné la finale X30 Senior du Trophée Kart de l'Ouest ?")
    assert won.short_answer is not None and won.short_answer.text == "Nathan Guérin", won.text


@pytest.mark.slow
def test_a_ninth_walks_unanswerable_questions_are_refused_and_its_other_kinds_answered(
    tmp_path, model_home, embedder, reader
) -> None:
    """A ninth walk's questions the corpus cannot answer were answered from a neighbouring span:
    a sixth place of a list stopping at the fifth (an erratum's sentence placing no one), the
    volunteers with an erratum's "Le nombre de spectateurs … de 1 850", a rally's fifth stage
    with the rally's winners, a driver's co-driver with another crew's. Their cousins that the
    corpus does answer stay answered."""
    names = ("trophee_kart_ouest_2026.txt", "trophee_kart_ouest_rectificatif.txt", "rallye_atlas_2026.txt")
    pipe = _built_on_releases(
        tmp_path, model_home, embedder, reader, *names, "rallye_vosges_2025.txt", "interview_delacroix_2026.txt"
    )
    for question in (
        "Qui a terminé sixième de la finale X30 Senior ?",
        "Combien de bénévoles au Trophée Kart de l'Ouest ?",
        "Who won the fifth stage of the Rallye de l'Atlas?",
        "Qui est la copilote de Nathan Guérin ?",
    ):
        refused = pipe.ask(question)
        assert not refused.answered, (question, refused.text)
    for question, expected in (
        ("Qui a terminé quatrième de la finale X30 Senior ?", "Maxime Pottier"),
        ("Combien de spectateurs au Trophée Kart de l'Ouest ?", "1 850"),
        ("Qui est le copilote de Julien Maréchal ?", "Thomas Lienhardt"),
        ("Qui est la copilote de Sébastien Delorme ?", "Marine Castagnet"),
        ("Qui a fini sixième du Rallye des Vosges ?", "Lucas Meyer"),
        # and the walk's other kinds: a place a results list gives by its number, an
        # interview's reply to the interviewer's question asking it, the day a lede gives
        ("Quelle place a obtenu Clara Vidal ?", "5"),
        ("Quel est l'objectif de Manon Delacroix ?", "top 5"),
        ("À quel âge Manon Delacroix a-t-elle découvert la moto ?", "huit ans"),
        ("D'où vient Manon Delacroix ?", "Angers"),
        ("Quand s'est disputée la finale X30 Senior du Trophée Kart de l'Ouest ?", "samedi"),
    ):
        answer = pipe.ask(question)
        assert answer.short_answer is not None and expected in answer.short_answer.text, (question, answer.text)


@pytest.mark.slow
def test_a_refusal_reads_further_passages_of_the_releases_read(tmp_path, model_home, embedder, reader) -> None:
    """A sixteenth walk: "Qui a gagné en Élite samedi ?" got Sunday's winner, the trial report's
    Saturday paragraph ranked past the passages read; Sunday's is now refused for Saturday, and
    the refusal reads the release's next passages. "l'an dernier" reads the passage naming last
    year's winners in apposition ("Vainqueurs de l'édition 2024, …"), and why, the incident."""
    pipe = _built_on_releases(
        tmp_path, model_home, embedder, reader, "trial_saint_jean_2025.txt", "rallye_touquet_2025.txt"
    )
    asked = [
        ("Qui a gagné en Élite samedi à Saint-Jean-en-Royans ?", "Baptiste Coulomb"),
        ("Qui a gagné en Élite dimanche à Saint-Jean-en-Royans ?", "Léo Marchand"),
        ("Qui avait remporté le Rallye du Touquet l'an dernier ?", "Mathis Brébion et Élodie Caron"),
        ("Pourquoi Mathis Brébion a-t-il abandonné au Touquet ?", "courroie d'alternateur"),
        ("Pourquoi Romain Lheureux a-t-il perdu du temps dans l'ES 9 ?", "crevaison lente"),
    ]
    for question, short in asked:
        answer = pipe.ask(question)
        # (the part, with or without "cassée" as the reader reads it in another corpus)
        assert answer.short_answer is not None and answer.short_answer.text.startswith(short), (question, answer.text)
    assert not pipe.ask("Qui a gagné le Rallye du Touquet en 2023 ?").answered


@pytest.mark.slow
def test_an_interview_of_the_one_named_is_read_without_the_name(tmp_path, model_home, embedder, reader) -> None:
    """A twenty-first walk's Markdown interview never names Léna Marchetti in her replies: "Quel
    est le budget de la saison de Léna Marchetti ?" was refused (the reply read at 0.31), answered
    at 0.55 read without the name; and "Qui est la copilote de Léna Marchetti ?", whose reply sits
    under the bold "Parlez-nous de votre copilote.", was refused. A refusal whose best passage is
    an interview of the one the question names is read again without the name; an interviewer's
    bold line asks as a question does."""
    pipe = _built_on_releases(tmp_path, model_home, embedder, reader, "entretien_roux_2025.md")
    for question, expected in (
        ("Quel est le budget de la saison de Camille Roux ?", "62 000 euros"),
        ("Qui est la copilote de Camille Roux ?", "Inès Moreau"),
    ):
        answer = pipe.ask(question)
        assert answer.short_answer is not None and expected in answer.short_answer.text, (question, answer.text)


@pytest.mark.slow
def test_an_interview_read_without_the_name_still_refuses_what_it_does_not_say(seed_pipeline) -> None:
    """Read without the name, the press set's unanswerable "Comment s'appelle le coéquipier de
    Patrick Pilet au sein du Flying Lizard ?" (his interview) got "un team jeune", then "écurie
    engage trois voitures …": an answer read so must say a word asked, and a person's name asked
    has a capital."""
    refused = seed_pipeline.ask("Comment s’appelle le coéquipier de Patrick Pilet au sein du Flying Lizard ?")
    assert not refused.answered, refused.text
