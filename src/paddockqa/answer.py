"""Hits -> Answer with citations (extractive), from values the hits carry (pure).

The answer is made of sentences quoted from the retrieved passages, each followed by its
marker [n], two ways:

- with the reader (``read_rank`` + ``compose_read``): the hits were read and reranked; the
  sentence holding the best passage's answer span is quoted, the span becomes the
  ``short_answer`` (offsets into the source file), and the passage's calibrated probability
  is the confidence that decides "not found";
- without it (``rank`` + ``compose``, PADDOCKQA_READER=off): every sentence of the best
  passages is scored by embedding similarity (vectors stored in the index) plus the share
  of the question's words it holds; the best one or two are quoted (at most
  ``MAX_ANSWER_CHARS``), and a logistic model of that evidence is the confidence.

When the confidence is below the threshold, the reply says so and shows the closest passages.
"""

from __future__ import annotations

import bisect
import functools
import math
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

import numpy as np

from paddockqa import messages
from paddockqa.answer_type import (
    A_MODEL,
    A_TEAM,
    AFTER,
    AGE_AFTER,
    AGE_BOUND_ASKED,
    COUNT_KINDS,
    DIGITS,
    SMALL_NUMBER_WORDS,
    age_reach,
    count_kind,
    counted,
    counted_noun,
    counts_asked,
    expected_type,
    gap_in,
    gaps_said,
    holds_type,
    is_demonym,
    jobs_said,
    kind_named_before,
    measure_clash,
    measure_end,
    names_a_place,
    names_a_trade,
    only_rank,
    time_end,
    whole_time_end,
)
from paddockqa.binding import (
    A_CLASS_CODE,
    AT_A_PLACE,
    DAY_WORDS,
    EVENT_NOUNS,
    ITEM_OPENING,
    LAST_YEAR,
    RANK_COLUMN,
    SPOKEN_BY_DEMONYM,
    TEAM_AFTER,
    TEAM_BEFORE,
    TEAM_NOUN_BEFORE,
    WHO_ASKED,
    age_bracket,
    age_of_relative,
    age_stated_of,
    age_subject,
    age_then,
    announces,
    another_class,
    another_class_said,
    another_day_said,
    another_event,
    another_race_before,
    award_asked,
    award_holder,
    beaten,
    class_asked,
    class_key,
    classes_named,
    crew_of,
    days_named,
    event_asked,
    events_numbered,
    feat_asked,
    gap_of_another,
    holds_role,
    job_subject,
    kin_asked,
    kin_before,
    kin_name_asked,
    kin_named,
    last_event_named,
    list_heading,
    list_items,
    names_award,
    ordinal_value,
    origin_subject,
    placed_another,
    placed_another_year,
    places_no_one,
    places_said,
    placing_asked,
    placing_of,
    placings_in,
    quote_asked,
    quoted_speaker,
    race_lines,
    race_phase_asked,
    race_phase_of,
    reports_speech,
    riders_towns,
    role_asked_of,
    runners_up,
    said_of_another,
    same_name,
    says_kin,
    someone_elses_age,
    someone_elses_job,
    someone_elses_origin,
    someones_kin_asked,
    speaker_asked,
    speakers_of,
    standings_order,
    states_placing,
    superlative_asked,
    team_asked,
    team_said,
    time_subject,
    undisclosed,
    vehicle_of_another,
    years_asked,
)
from paddockqa.dates import (
    ANY_WEEKDAY,
    ENGLISH_MONTHS,
    FRENCH_DATE,
    MONTHS,
    WEEKDAYS,
    find_date,
    parse_iso,
    range_opened,
)
from paddockqa.domain import Answer, Citation, Hit, Reading, Sentence, ShortAnswer, page_at
from paddockqa.instructions import is_instruction
from paddockqa.lexical import fold_accents, numbers_in, tokenize
from paddockqa.reader import DENIED, probability
from paddockqa.rows import names_noun, row_value
from paddockqa.text import (
    ADDRESS,
    DATELINE_LINES,
    ELLIPSIS,
    CleanText,
    clean_layout,
    collapse_whitespace,
    dateline_end,
    has_date,
    quote,
    short_title,
    split_sentences,
)

MAX_DATELINE_CHARS = 120  # a dateline or byline is one short line
# The French months, longest first ("janvier", "janv"), and an hour ("15 h", "14 h 30", "9:30"),
# for patterns saying when.
_FRENCH_MONTHS = "|".join(sorted(MONTHS, key=len, reverse=True))
_AN_HOUR_SAID = r"\d{1,2}\s*h(?:\s*\d{2})?|\d{1,2}:\d{2}"
BIRTH_YEARS_BEFORE = 5  # a birth year is at least this many years before the release that states it
DATELINE_REACH = 60  # characters: a date this near the start of a sentence opening with a dateline is its date
NOT_FOUND = messages.fr("not_found")
NO_QUESTION = messages.fr("no_question")


# A web or mail address alone asks nothing of the texts, nor does a keycap emoji ("1️⃣", a
# digit, an optional variation selector and U+20E3): both are set aside before looking for words.
_NOT_WORDS = re.compile(rf"{ADDRESS.pattern}|[0-9#*]\ufe0f?\u20e3", re.IGNORECASE)
_WORD_CATEGORIES = frozenset(("Lu", "Ll", "Lt", "Lm", "Lo", "Nd"))  # letters, decimal digits


def has_words(question: str) -> bool:
    """Whether the question holds a letter or a decimal digit outside a web or mail address:
    only emoji ("🏎️", "1️⃣"), punctuation, a dash, a number sign that is not a digit ("½",
    "²", "Ⅻ") or an address ("www.ffsa.org") ask nothing; "24 ?" may (pure)."""
    return any(unicodedata.category(ch) in _WORD_CATEGORIES for ch in _NOT_WORDS.sub(" ", question))


def no_question(question: str) -> Answer:
    """The reply to a message without words: what to type instead (pure)."""
    return Answer(question=question, answered=False, text=str(NO_QUESTION), message=NO_QUESTION)


def searchable(question: str) -> bool:
    """Whether the question holds a word a search can match: not only small words
    ("le la les ?", "Qui est-ce ?"), which every passage holds and BM25 ignores (pure)."""
    return bool(tokenize(question))


# Messages that ask nothing of the corpus but call for a word back: a greeting, thanks, a
# goodbye, in French or English, with a courtesy or two.
_GREETINGS = frozenset("bonjour bonsoir salut coucou hello hi hey allo allô morning evening".split())
_THANKS = frozenset("merci thanks thank thx".split())
_GOODBYES = frozenset("revoir bye goodbye tchao ciao bientôt".split())
_GOODBYE_PHRASES = re.compile(r"\b(?:bonne (?:journée|soirée|nuit|fin de journée)|bon week-end|à (?:demain|plus))\b")
# Alone or beside thanks, an acknowledgement; else a word of a question ("Et à Nice ?", "Le top ?").
_ACKNOWLEDGEMENTS = frozenset(
    "ok okay d’accord d'accord parfait super génial excellent top cool great nice perfect entendu compris noté".split()
)
_COURTESY = frozenset(
    """à au a you very much so lot beaucoup bien mille fois infiniment vraiment tout tous toutes le la monde
    madame monsieur toi vous pour de votre ton ta aide réponse good there all everyone bonne bon journée soirée
    nuit fin demain week-end plus tard and et encore""".split()
)
_SOCIAL_WORDS = _GREETINGS | _THANKS | _GOODBYES | _ACKNOWLEDGEMENTS | _COURTESY
_SOCIAL_WORD = re.compile(r"[\w’'-]+")


def social(question: str) -> str | None:
    """``greeting``, ``thanks`` or ``goodbye`` when the message is only that, with courtesy
    words ("Bonjour !", "Merci pour votre aide", "À bientôt"), or an acknowledgement alone
    ("ok", "Parfait"); else None (pure).

    Searched, "Bonjour" was answered with whatever passage matched it best.
    """
    lowered = question.lower()
    words = _SOCIAL_WORD.findall(lowered)
    if "?" in question or not words or any(w not in _SOCIAL_WORDS for w in words):
        return None  # "Nice ?", "Et à demain ?": a question
    if len(words) == 1 and words[0] in _ACKNOWLEDGEMENTS:
        return "thanks"
    for kind, known in (("greeting", _GREETINGS), ("thanks", _THANKS), ("goodbye", _GOODBYES)):
        if any(w in known for w in words):
            return kind
    return "goodbye" if _GOODBYE_PHRASES.search(lowered) else None


def social_reply(question: str, kind: str) -> Answer:
    """The reply to a greeting, thanks or a goodbye (``social``): a word back (pure)."""
    message = messages.fr(kind)
    return Answer(question=question, answered=False, text=str(message), message=message)


def nothing_asked(question: str, name: str | None) -> Answer:
    """The reply to a question that asks nothing the conversation can complete ("Et Romain
    Dumas ?" asked first, ``Resolution.unasked``): what to ask instead (pure)."""
    message = messages.fr("nothing_asked_about", name=name) if name else messages.fr("nothing_asked")
    return Answer(question=question, answered=False, text=str(message), message=message)


MAX_WORDS_SAID = 6  # of the question's words the corpus lacks, those the reply names


def no_known_word(question: str, words: Sequence[str]) -> Answer:
    """The reply to a question none of whose searched ``words`` the corpus holds, even one
    keystroke away ("asdfgh", "la recette de la blanquette de veau"): not found, and which
    words are missing; no passage can answer it, though the reader would still find a span
    in the closest one (pure)."""
    said = ", ".join(dict.fromkeys(words[:MAX_WORDS_SAID])) + (", …" if len(words) > MAX_WORDS_SAID else "")
    message = messages.fr("no_known_word", words=said)
    return Answer(question=question, answered=False, text=str(message), message=message)


def index_empty(question: str, suffixes: Sequence[str]) -> Answer:
    """The reply when the index holds no document (a new corpus folder, every file skipped or
    removed): how to add some, instead of a "not found" that reads as a search done (pure)."""
    message = messages.fr("index_empty", suffixes=", ".join(suffixes))
    return Answer(question=question, answered=False, text=str(message), message=message)


def for_reader(answer: Answer) -> Answer:
    """``answer`` as said to a user who may not change the corpus (login on, not an
    administrator): an empty index is for an administrator to fill, not a Corpus tab that
    refuses this user's files (pure)."""
    if answer.message is None or answer.message.key != "index_empty":
        return answer
    message = messages.Message("index_empty_reader", (), answer.message.base)
    return replace(answer, message=message, text=str(message))


PASSAGES_SEARCHED = 4  # sentences are taken from this many top passages
LEXICAL_WEIGHT = 0.2
RANK_PENALTY = 0.02
QUESTION_PENALTY = 0.05
SECOND_SENTENCE_MARGIN = 0.1
# The "not found" decision: a logistic model of ``evidence``, fitted on PIAF questions
# whose paragraph was removed from the corpus against questions still answerable
# (benchmarks/calibrate_refusal.py prints the fit, the curve and the chosen threshold).
CONFIDENCE_WEIGHTS = (19.93, 3.69)  # similarity, overlap
CONFIDENCE_BIAS = -18.46
MAX_ANSWER_CHARS = 300  # one or two sentences: an answer, never a whole passage
# With the reader's runner-up sentence (``Reading.runner_up``) the two quotes may reach this:
# at 300, two of PIAF's sentences (186 characters on average) rarely fit together.
MAX_RUNNER_UP_CHARS = 450


@dataclass(frozen=True)
class Candidate:
    """A candidate sentence, located both in its passage and in the original document."""

    hit_rank: int
    hit: Hit
    start: int  # offsets in the document's original text
    end: int
    quote: str
    passage: str  # the passage's clean text
    highlight: tuple[int, int]  # the sentence's span inside ``passage``
    origin: tuple[int, ...] = field(default=(), compare=False, repr=False)  # ``passage`` -> original, from ``begin``
    begin: int = 0  # the original offset where ``passage`` starts

    def in_passage(self, offset: int) -> int:
        """Where an original offset falls in ``passage`` (pure)."""
        return _clean_offset(self.origin, offset - self.begin)


@dataclass(frozen=True)
class ScoredSentence:
    sentence: Candidate
    similarity: float  # cosine with the question; with the reader, the passage's calibrated probability
    overlap: float
    score: float
    span: tuple[int, int] | None = None  # the reader's answer span in the original text
    # The span is one of its passage's next best (``Reading.others``), not the reader's best.
    other_span: bool = False


def candidate_sentences(hits: Sequence[Hit]) -> tuple[list[Candidate], np.ndarray]:
    """The sentences of the top passages, and their stored vectors (one row each)."""
    out: list[Candidate] = []
    rows: list[np.ndarray] = []
    seen: set[tuple[str, int]] = set()
    for rank, hit in enumerate(hits[:PASSAGES_SEARCHED]):
        if hit.sentence_vectors is None or len(hit.sentence_vectors) != len(hit.sentences):
            continue  # a hit without its sentence vectors cannot be scored by similarity
        for i, candidate in enumerate(hit_sentences(rank, hit)):
            if is_instruction(hit.sentences[i].text):
                continue  # an order to the assistant inside a document is never an answer
            key = (hit.chunk.source, candidate.start)
            if key in seen:
                continue  # already found in a better passage that overlaps this one
            seen.add(key)
            out.append(candidate)
            rows.append(hit.sentence_vectors[i])
    return out, (np.stack(rows) if rows else np.empty((0, 0), np.float32))


def hit_sentences(rank: int, hit: Hit) -> list[Candidate]:
    """The sentences of one retrieved passage, located in it and in the document (pure)."""
    chunk = hit.chunk
    clean = clean_layout(hit.original(chunk.start, chunk.end), hit.markdown)
    out = []
    for sentence in hit.sentences:
        cs = hit.context_start
        end, quoted = clip(hit.context, sentence.start - cs, sentence.end - cs, sentence.text, hit.markdown)
        out.append(_candidate(rank, hit, clean, sentence.start, end + cs, quoted))
    return out


def _candidate(rank: int, hit: Hit, clean: CleanText, start: int, end: int, quoted: str) -> Candidate:
    chunk = hit.chunk
    # A sentence the splitter cut across two passages is shown in a passage widened
    # to hold all of it, so the highlight always covers the whole quote.
    begin = min(chunk.start, start)
    shown = (
        clean
        if begin == chunk.start and end <= chunk.end
        else clean_layout(hit.original(begin, max(end, chunk.end)), hit.markdown)
    )
    a = _clean_offset(shown.origin, start - begin)
    b = _clean_offset(shown.origin, end - begin)
    return Candidate(rank, hit, start, end, quoted, shown.text, (a, b), shown.origin, begin)


def _clean_offset(origin: Sequence[int], offset: int) -> int:
    """The position in the clean passage of an offset in its original text (pure)."""
    return min(bisect.bisect_left(origin, max(offset, 0)), len(origin) - 1)


def word_weights(question: str, sentences: Sequence[Candidate]) -> dict[str, float]:
    """IDF of each question word among the candidate sentences (pure).

    The name of the driver a question is about appears in most candidates and says
    little about which one answers; rarer question words say more.
    """
    wanted = set(tokenize(question))
    bags = [set(tokenize(s.quote)) for s in sentences]
    n = max(len(bags), 1)
    return {w: math.log(1 + n / (1 + sum(w in bag for bag in bags))) for w in wanted}


def word_overlap(weights: dict[str, float], sentence: str) -> float:
    """Weighted share of the question's words found in the sentence (pure)."""
    total = sum(weights.values())
    if not total:
        return 0.0
    found = set(tokenize(sentence))
    return sum(w for word, w in weights.items() if word in found) / total


def is_question(sentence: str) -> bool:
    """The sentence asks (an interviewer's question), closing quotes aside (pure)."""
    return sentence.rstrip(' »"').endswith("?")


def score_sentences(
    question: str, query: np.ndarray, sentences: Sequence[Candidate], vectors: np.ndarray
) -> list[ScoredSentence]:
    """Rank sentences by similarity to the question plus word overlap (pure)."""
    similarity = vectors @ query if len(sentences) else np.empty(0)
    weights = word_weights(question, sentences)
    scored = []
    for sentence, sim in zip(sentences, similarity):
        overlap = word_overlap(weights, sentence.quote)
        score = float(sim) + LEXICAL_WEIGHT * overlap - RANK_PENALTY * sentence.hit_rank
        if is_question(sentence.quote):
            score -= QUESTION_PENALTY  # an interviewer's question restates, it never answers
        scored.append(ScoredSentence(sentence, float(sim), overlap, score))
    return sorted(scored, key=lambda s: -s.score)


def evidence(ranked: Sequence[ScoredSentence]) -> np.ndarray:
    """What the "not found" decision looks at, in the order of ``CONFIDENCE_WEIGHTS`` (pure):
    the best sentence's similarity and the share of the question's words it holds
    (weighted by rarity, so a missing "salaire" counts more than the driver's name).

    Passage scores are left out on purpose: they are z-scores against the collection, so
    their scale depends on its size, and a threshold fitted on PIAF's 1,518 paragraphs
    did not carry over to a corpus of three press texts.
    """
    if not ranked:
        return np.zeros(len(CONFIDENCE_WEIGHTS))
    return np.array([ranked[0].similarity, ranked[0].overlap])


def confidence(features: np.ndarray) -> float:
    """The estimated probability that the corpus answers the question (pure)."""
    return float(1 / (1 + math.exp(-(features @ np.array(CONFIDENCE_WEIGHTS) + CONFIDENCE_BIAS))))


_BULLET = re.compile(r"[-•*·▪►]\s+")  # not "–": a dialogue's dash starts a line of speech


def shown_quote(quote: str, cut_before: bool = True, cut_after: bool = True) -> str:
    """A citation's quote as an extractive answer says it (pure): without the list bullet it
    starts with (a release's "- 14 courses, 6 pole positions…" line), its guillemets paired
    (an interview's answer opened with « and closed sentences later gets its », as the
    citation's quote marks do), with an ellipsis where the words in them go on beyond what is
    quoted (``cut_before``, ``cut_after``: no other quote of the answer goes on from there):
    "« Gagner ici… »" alone read as the speaker's first words, a new user's walk found
    (2026-12-04). The citation keeps its quote exact."""
    text = quote[bullet.end() :] if (bullet := _BULLET.match(quote)) else quote
    opened, closed = text.count("«"), text.count("»")
    # A quote clipped to fit (``clip``) already says where it was cut.
    if opened > closed:
        return f"{text} {ELLIPSIS} »" if cut_after and not text.endswith(ELLIPSIS) else f"{text} »"
    # A quote that ends one ("… tout donné. »") gets its «; one that starts at the » of the
    # sentence before ("», a lancé Dumas.") is the speaker's words after the quote, left alone.
    if closed > opened and not text.startswith("»"):
        return f"« {ELLIPSIS} {text}" if cut_before and not text.startswith(ELLIPSIS) else f"« {text}"
    return text


def shown_quotes(citations: Sequence[Citation]) -> list[str]:
    """Each citation's quote as the answer says it (``shown_quote``), the ellipsis left out
    between two quotes of one text that follow each other (pure)."""

    def joined(a: Citation, b: Citation) -> bool:
        return a.source == b.source and 0 <= b.start - a.end <= 2  # a space or a line break between

    return [
        shown_quote(
            c.quote,
            cut_before=not (i > 0 and joined(citations[i - 1], c)),
            cut_after=not (i + 1 < len(citations) and joined(c, citations[i + 1])),
        )
        for i, c in enumerate(citations)
    ]


def quoted_sentences(citations: Sequence[Citation]) -> str:
    """The text of an extractive answer: its quotes as shown (``shown_quotes``) with their markers (pure)."""
    return " ".join(f"{shown} [{c.n}]" for shown, c in zip(shown_quotes(citations), citations))


def compose(question: str, ranked: Sequence[ScoredSentence], min_score: float) -> Answer:
    """Quote the best sentence(s) with markers, or say the corpus has no answer (pure).

    Without the reader: the sentences are ranked by similarity and word overlap, and the
    confidence is the logistic model of ``evidence``.
    """
    sure = confidence(evidence(ranked)) if ranked else 0.0
    if not ranked or sure < min_score:
        return not_found(question, ranked, sure)
    best = ranked[0]
    chosen = [best]
    # A second sentence from the same document, when it fits: it is the context most
    # likely to hold the rest of the answer, and reads as one passage.
    for other in ranked[1:]:
        if (
            other.sentence.hit.chunk.source == best.sentence.hit.chunk.source
            and other.score >= best.score - SECOND_SENTENCE_MARGIN
            and other.sentence.quote != best.sentence.quote
            and len(best.sentence.quote) + len(other.sentence.quote) + 1 <= MAX_ANSWER_CHARS
            and not _overlaps(other.sentence, best.sentence)
        ):
            chosen.append(other)
            break
    citations = tuple(citation(i + 1, s) for i, s in enumerate(chosen))
    text = quoted_sentences(citations)
    return Answer(question=question, answered=True, text=text, citations=citations, confidence=sure)


_LINK_WORDS = frozenset(
    "de du des la le les von van der del of the and et jusqu lorsqu puisqu".split()
)  # "jusqu'où": an elided word before a question word


def name_words(name: str) -> list[str]:
    """The words of a name that may tell it from others (pure): those of three letters or more,
    "de", "la", "of"... aside, in small letters with their accents ("Marco Sørensen" ->
    ["marco", "sørensen"]; ``lexical.tokenize`` folds accents as the index does)."""
    lowered = name.replace("’", "'").lower()
    words = re.findall(r"[^\W_]+", re.sub(r"'s\b", "", lowered))  # "Mahias's" -> "mahias"
    return [w for w in words if len(w) >= 3 and w not in _LINK_WORDS]


def name_key(name: str) -> str | None:
    """The word of a name that tells it from others (pure): its last of ``name_words``
    ("Sébastien Ogier" -> "ogier", "Rallye du Var" -> "var"); None for a name without one ("GP")."""
    words = name_words(name)
    return words[-1] if words else None


def compose_read(question: str, ranked: Sequence[ScoredSentence], min_score: float) -> Answer:
    """The reader's answer (pure): the sentence holding the best span, quoted with [1] and
    the span as ``short_answer``; the following sentence(s) too only when the span runs into them,
    and the reader's runner-up sentence when it was torn between the two (``Reading.runner_up``).
    ``ranked`` comes from ``read_rank``: one sentence per read passage, best passage first.
    """
    from paddockqa.conversation import is_person, names  # conversation imports this module

    kind = expected_type(question)
    measured = counted(question) if kind == "count" else None
    aged = age_subject(question)
    relative = age_of_relative(question)
    speaker = speaker_asked(question)
    origin = origin_subject(question)
    job = job_subject(question)
    town_asked = _TOWN_ASKED.search(question) is not None
    nationality = _NATIONALITY_ASKED.search(question) is not None
    nation_asked = _nation_asked(question)
    timed = time_subject(question)
    # The two a gap is asked between ("Quel écart entre Larbi et Vautrin ?"): a results list's item
    # naming either gives it, one naming neither does not (a nineteenth walk answered the third's)
    pair = _gap_pair(question) if timed is None and kind == "gap" else None
    # The race numbers a question names ("la 2CV n°17"): a sentence naming only others is theirs.
    numbers_asked = _race_numbers(question)
    # Whose points or wins a question asks: "Combien de points a Kévin Aubert au championnat ?"
    # (a tenth walk answered the leader's "61 points" of "Mathieu Roux compte 61 points, devant
    # Kévin Aubert (55)"); one person only. Not a gap ("De combien X a-t-il devancé le deuxième
    # ?" is the winner's lead, said before the one beaten).
    tallied = kind == "count" and count_kind(counted_noun(question) or "") in ("points", "results")
    people_asked = [n for n in names(question) if is_person(n)] if tallied else []
    counted_of = people_asked[0] if len(people_asked) == 1 else None
    # ... or a team's: "Combien de points compte Cercle Sport au championnat LMP3 ?" (a thirteenth
    # walk answered the leader's "68 points" of "Nordhaven Racing … 68 points, devant Cercle Sport (61)").
    teams_asked = (
        [
            n
            for n in names(question)
            if not is_person(n)
            and not n.isupper()
            and not A_MODEL.search(n)
            and not _AN_EVENT_NAME.match(n)
            # the one counting, no place: not "Spa" of "le leader … après Spa" (a review)
            and not _PLACE_BEFORE.search(question[: question.find(n)])
        ]
        if tallied and counted_of is None
        else []
    )
    counted_team = teams_asked[0] if len(teams_asked) == 1 else None
    # Points asked at a venue, not of a season ("Combien de points … à Montalieu ?"): the day's.
    # (a sentence naming the venue may give the day's and the season's: "a marqué 50 points ce week-end
    # à Magny-Cours et prend la tête … avec 112 points", a review)
    at_a_venue = _A_VENUE_ASKED.search(question) if tallied and not standings_asked(question) else None
    placed = placing_asked(question)
    standings = placed is not None and standings_asked(question)
    role_verb_asked = _ROLE_VERB_ASKED.match(question)
    role_verb = role_verb_asked.group("verb").lower() if role_verb_asked else None
    # An award asked ("Qui a remporté le Trophée des moins de 25 ans ?") is given to whom a
    # sentence naming it says, not to the race's winner (``_awarded``); none read, none answered.
    award = award_asked(question) if placed == 1 and WHO_ASKED.match(question) else None
    next_asked = _NEXT_ASKED.search(question) is not None
    when_asked = _WHEN.search(question) is not None
    bound_asked = AGE_BOUND_ASKED.search(question) is not None  # "Quel est l'âge minimum … ?"
    team = team_asked(question)
    # Whose team a question asks ("Pour quelle équipe court Mathis Cazenave ?"): the team in
    # brackets after their name or in their clause, as a car is (an eleventh walk got "le
    # Toulousain", and "Kovac Racing" of another crew for Jonas Berg's).
    team_of = next((n for n in names(question) if is_person(n)), None) if team == "current" else None
    role = role_asked_of(question)
    feat = feat_asked(question) or superlative_asked(question)
    unit_asked = _GAP_UNIT_WORD.search(question.lower()) if kind == "gap" else None
    gap_unit = _GAP_UNIT_ASKED.get(unit_asked.group(1) or unit_asked.group(2)) if unit_asked else None
    # Whose feat a question asking what it was names: "Quel a été le meilleur tour de Julien Marchal ?".
    feat_of = (
        next((n for n in names(question) if is_person(n)), None) if feat and not WHO_ASKED.match(question) else None
    )
    contacts_not_asked = not _CONTACT_ASKED.search(question)
    # What was before asked ("Quel était le précédent fournisseur de pneus … ?"): a sentence saying
    # nothing of a past answers the present (a thirteenth walk gave the new supplier).
    former_asked = team is None and _FORMER_ASKED.search(question) is not None
    asked = _names_asked(question)
    future = _FUTURE_WHEN.search(question) is not None
    # (in the future tense only: "Quand a-t-elle pris part …", "Quand débute …" may be past, a review)
    will_be = future and _WILL_BE.search(question) is not None
    since_when = _SINCE_WHEN.match(question) is not None
    vehicle = _VEHICLE_ASKED.search(question) is not None
    # Whose vehicle a question asks: "Quelle auto conduit Kévin Aubert ?".
    driver = next((n for n in names(question) if is_person(n)), None) if vehicle else None
    # (the one "Qui est Sophie Valadier ?" asks to be described)
    who_match = _WHO_IS.match(question)
    who_is = who_match.group("name") if who_match is not None and is_person(who_match.group("name")) else None
    # (the one a question names, whose row of a table is theirs: ``_table_row_of_another``)
    row_of = next((n for n in names(question) if is_person(n)), None) if not WHO_ASKED.match(question) else None
    # (what a table's row must say of a question naming no one: ``_asked_words``)
    words_asked = _asked_words(question)
    noun = counted_noun(question) if kind == "count" else None
    phase = race_phase_asked(question, noun) if kind == "count" else None
    race = event_asked(question)
    why_asked = _WHY_ASKED.match(question) is not None
    # (any question naming a race by its number: "How many laps did Race 2 last?" is not answered
    # by "Race 1 ran the full 25 laps", a fourteenth walk)
    numbered_race = bool(events_numbered(question))
    # A stage's best time asked ("Qui a signé le meilleur temps de l'ES 5 ?"): its line and its win
    # say it (not a race's fastest lap: "Kelly … won Saturday's race", the seventeenth walk's rerun)
    stage_time = _BEST_TIME_ASKED.search(question) is not None and any(
        noun == "spéciale" for noun, _ in events_numbered(question)
    )
    # The class a placing, a feat or a "who" question names ("Qui a gagné en GT3 ?"): a span said
    # of another class is none (``binding.another_class_said``).
    # (a gap or a time too: "Quel était l'écart en LMP3 ?", "… dans la Course 2 ?", a thirteenth walk)
    timed_race = kind in ("gap", "laptime")
    ranked_by_class = placed is not None or feat is not None or WHO_ASKED.match(question) is not None or timed_race
    # (any question naming a class itself: "Combien de temps durait la finale SX2 ?" is not
    # answered by "La finale SX1 se disputait sur 15 minutes", a fourteenth walk)
    ranked_by_class = ranked_by_class or A_CLASS_CODE.search(question) is not None
    read_texts = {r.sentence.hit.chunk.text for r in ranked if r.span is not None}
    read_titles = {r.sentence.hit.chunk.title for r in ranked}
    # (a class any question names of the texts read: "Combien de tours a bouclés la Porsche n°2 en GT
    # Endurance ?" is not answered by Endurance Proto's "132 tours", a sixteenth walk)
    field_class = class_asked(question, read_texts, read_titles, own=ranked_by_class)
    # (a feat's too: race 1's pole sitter for race 2's, under race 1's heading, a nineteenth walk)
    races = events_numbered(question) if placed is not None or feat is not None else set()
    # A read passage naming the race a placing question names by its number: spans elsewhere
    # are another race's ("Gérard Bonnet, vainqueur de l'épreuve en 1998" for who won ES7, a
    # tenth walk, where "ES7 Anduze (14,2 km) : Roux / Roux" was read).
    race_read = bool(races) and any(r.span is not None and race_lines(r.sentence.hit.context, races) for r in ranked)
    # (or names it anywhere: "led every lap of Race 1 to win by 4.3 seconds")
    race_named = bool(races) and any(events_numbered(t) & races for t in read_texts)
    years = years_asked(question)
    as_typed = _as_typed(question)
    # (the days typed: "Combien de spectateurs (Paul Roy, Lédenon, samedi) ?" is not Saturday's
    # only, a review; but for someone's points: "Avec combien de points de pénalité (Léo Marchand,
    # …, dimanche) ?", a sixteenth walk)
    days = days_named(question if tallied else as_typed)
    places_asked = places_asked_alone(question)  # "Combien gagne le quatrième … ?"
    kin = kin_asked(question)
    kin_of_someone = kin is not None and someones_kin_asked(question)
    # (the vehicles typed: not the SSV of "En Moto (Nadia Oufkir, Atlas-Draa, SSV) ?")
    vehicle_class = _vehicle_classes(as_typed)
    priced = _priced_words(question) if kind == "money" else frozenset()
    pricing_all = _pricing_all(ranked, priced) if priced else frozenset()

    # The best read passage whose span is of the type asked ("Quel âge…": a number of years),
    # when the question asks for one: a span of another type answers nothing; nor does a span
    # that is a name the question gives ("Qui la dirige (Racing Team Bourgogne, Spa) ?" was
    # answered "Racing Team Bourgogne" in a new user's walk).
    # The numbers of the results lists' items naming the one whose place is asked ("5" of "5.
    # Clara Vidal (Team Mayenne Karting) à 7"432"), by release: each is a place, and that
    # person's (``ranked_in``); no other list item's number is (a review).
    @functools.cache
    def item_numbers(source: str) -> frozenset[tuple[int, int] | None]:
        assert timed is not None
        gap = kind == "gap"
        return frozenset(x.span for x in _in_release(ranked, source, lambda y: _items_naming(y, timed, question, gap)))

    # Whether the read passages of a release give classes' results as a list, a line each ("-
    # Rally4 : Alexis Chabaud / …", "- N3 : Julien Gras / …"), none of the class asked (a class
    # listed is read on its line: ``class_led``), by release.
    @functools.cache
    def class_lined(source: str) -> bool:
        lines = {
            (s.start, s.text) for r in ranked if r.sentence.hit.chunk.source == source for s in r.sentence.hit.sentences
        }
        listed = {key for _, text in lines if (key := _a_class_line(text)) is not None}
        return len(listed) >= 2 and not listed & {class_key(name) for name in field_class}

    def read_in(source: str, spans_of: Callable[[str], Sequence[tuple[int, int]]]) -> list[ScoredSentence]:
        # the spans ``spans_of`` finds in the text of each read passage of a release
        return _in_release(ranked, source, lambda y: _passage_spans(y, spans_of(y.sentence.hit.chunk.text)))

    # A table's cells a question asks: the column it names in the row of the one it names
    # (``_table_cells_asked``), or by a row's label and a column (``_table_cells_labelled``).
    cells_asked = functools.partial(_table_cells_asked, question=question, person=row_of or "")
    cells_labelled = functools.partial(_table_cells_labelled, question=question, money=kind == "money")

    @functools.cache
    def asked_cells(source: str) -> frozenset[tuple[int, int] | None]:  # by release
        assert row_of is not None
        return frozenset(x.span for x in read_in(source, cells_asked))

    @functools.cache
    def labelled_cells(source: str) -> frozenset[tuple[int, int] | None]:  # by release
        return frozenset(x.span for x in read_in(source, cells_labelled))

    def an_item_number(r: ScoredSentence) -> bool:
        # (or the gap of the item naming the one asked: "9"330" of "3. Théo Marchal … – à 9"330")
        return kind in ("rank", "gap") and timed is not None and r.span in item_numbers(r.sentence.hit.chunk.source)

    def tallies_another(r: ScoredSentence) -> bool:
        # A count's span counting another of a driver's tallies, unless it names the one asked too
        # ("2 victoires, 5 podiums" is cut to the podiums later: ``_one_value``).
        span, after = _span_and_after(r)
        located = _span_in_sentence(r)
        before = located[0][: located[1]] if located else ""
        return noun is not None and not names_noun(span, noun) and _another_tally(span + after, noun, question, before)

    def is_typed(r: ScoredSentence) -> bool:
        if kind == "gap" and gap_unit is not None:
            span, after = _span_and_after(r, 24)
            if not gap_unit.search(span + after.split("\n")[0]):
                return False  # "4"812" for "Combien de points d'avance … ?" (a tenth walk)
        if an_item_number(r):
            return True
        if feat is not None and not WHO_ASKED.match(question) and not _LAP_TIME.search(_span_and_after(r)[0]):
            return False  # what the best lap or the pole was is a time ("GT Sprint" of a headline, a tenth walk)
        if (future or kind == "clock") and _in_dateline(r):
            # "Grenoble, le 17 septembre 2024 –" for when a rally will be (a fifth walk); "…, le samedi
            # 19 avril 2025, 21 h 30 —" for the hour of a crash (a twenty-third walk): when it was written
            return False
        if (
            future
            and _AN_HOUR_ALONE.fullmatch(_span_and_after(r)[0])
            and _A_PAST.search(r.sentence.quote)
            and not _A_FUTURE.search(r.sentence.quote)
        ):
            # an hour or a day of a sentence saying nothing to come: "Kart'Atlantique a remporté dimanche à 15 h
            # la 40e édition" for when the next edition will be (a seventeenth walk)
            return False
        if future and not _says_when(_span_and_after(r)[0]):
            # when something will be is said by a day, a month, a year or a season: not "12e édition du
            # Mans Classic a réuni 232 000 spectateurs en quatre jours" (a sixteenth walk)
            return False
        if job is not None and _not_a_trade(r):
            return False  # "Adolf RS-Yamaha", "Catégorie Dames", a quote's words for a trade (a fifteenth walk)
        if nation_asked is not None and _another_nation(r, nation_asked):
            return False  # "le Néerlandais Jelle van Dijk" for which French rider made the podium (a seventeenth walk)
        if WHO_ASKED.match(question) and (
            _only_the_one_asked(r, asked) or _A_PRONOUN_CLAUSE.match(_span_and_after(r)[0])
        ):
            # "Motard amateur, Julien Castaing", then "il revient sur sa préparation" for who
            # prepares Julien Castaing's bike (a seventeenth walk)
            return False
        if WHO_ASKED.match(question) and _A_CLAUSE_WON.search(_span_and_after(r)[0]):
            # "Jordan Pradier gagne la finale, Kévin Dumas" of a headline going on "… champion de France"
            # for who the champion is: a clause, no one's name (a twenty-first walk)
            return False
        if _A_PROPER_NAME_ASKED.search(question) and not re.search(r"[A-ZÀ-Ý]", _span_and_after(r)[0]):
            # "un team jeune" for "Comment s'appelle le coéquipier de Patrick Pilet … ?": a name asked
            # is written with a capital (the press set's unanswerable, answered once read without the name)
            return False
        if WHO_ASKED.match(question) and _A_SUM.match(_span_and_after(r)[0].lstrip()):
            return False  # "60 000 euros, qui financera …" for who received the grant (a twenty-first walk)
        if team is not None and _A_CLASS_SPAN.match(_span_and_after(r)[0]):
            return False  # "la catégorie Auto" for the team Maxime Lestrade drives for (an eleventh walk)
        if team is not None and _not_a_team(_span_and_after(r)[0]):
            return False  # "Belge", "Iveco S-Way", "Vauxhall Astra" for the team someone drives for (a twelfth walk)
        if team is not None and _A_DEMONYM_ALONE.fullmatch(_span_and_after(r)[0].strip()):
            return False  # "le Toulousain" for the team Mathis Cazenave drives for (an eleventh walk)
        if (placed is not None or WHO_ASKED.match(question)) and _A_DEMONYM_AGED.fullmatch(
            _span_and_after(r)[0].strip()
        ):
            # "Le Niçois" of "Le Niçois de 30 ans signe sa troisième victoire" for who won race 2:
            # no name (a fourteenth walk's conversation then asked about "Le Niçois")
            return False
        if (team is not None or _WHICH_TEAM.match(question)) and (
            _after_words(r, _WHERE_BEFORE) or (_after_words(r, AT_A_PLACE) and not A_TEAM.search(_span_and_after(r)[0]))
        ):
            return False  # "Zandvoort" of "… win at Zandvoort" for Jonas Berg's team (an eleventh walk)
        driver_of = _A_DRIVER_OF.match("".join(_span_and_after(r))) if _WHICH_TEAM.match(question) else None
        if driver_of is not None and is_person(driver_of.group(1)):
            return False  # "Paul Martin (Kestrel Sport)" for "Quelle équipe a gagné ?" (a review)
        if _WHICH_TEAM.match(question) and _a_surname_said(r):
            return False  # "Garnier" of "Pierre-Louis Garnier" for "Quelle équipe a gagné en LMP3 ?" (a review)
        if (team is not None or (placed is None and _WHICH_TEAM.match(question))) and not _team_form(r):
            # (asked of someone, or "Quelle équipe dirige-t-il ?"; not "Quelle écurie a remporté
            # … ?", whose winner may be named without a team's word: "Ferrari", a review)
            return False  # "Tomas Kubelka", "le Letton Janis Ozols" for a team the text never names (a twelfth walk)
        if origin is not None and nationality:
            # A nationality is a demonym or a country, said any way: "l'Allemande Lena Vogt",
            # "a German racing driver"; not "Rossi" of "4. Scuderia Valtellina (Rossi / …)" (a tenth walk).
            return _a_nationality(_span_and_after(r)[0]) and not only_rank(_span_and_after(r)[0])
        if origin is not None and _names_another(_span_and_after(r)[0], origin):
            return False  # "Marseillais Théo Roussel" for where Arthur Vanderelst comes from (an eleventh walk)
        if origin is not None and (only_rank(_span_and_after(r)[0]) or not names_a_place(_span_and_after(r)[0])):
            return False  # "dix-septième", "moto" for "D'où vient Hugo Bernard ?" (a fourth walk)
        if origin is not None and (_a_route(r) or _a_results_bracket(r)):
            return False  # "disputée … entre Saint-Évarzec et Quimper", "circuit Bugatti": where the race ran
        if origin is not None and not _origin_said(r):
            return False  # "Superbike" of a headline, "au Vigeant" where he won (an eighth walk's cousin)
        if origin is not None and town_asked and is_demonym(_span_and_after(r)[0].strip().split()[-1]):
            return False  # "deux jeunes Bretons" of a headline for "De quelle ville est Maël Le Gall ?" (a tenth walk)
        if tallies_another(r):
            return False  # "27 pole positions" for how many podiums (a thirteenth walk)
        if kind == "count" and _no_count(r):
            # "5" of "4. Lucas Trégan, 60 ; 5. Aurélie Vasseur", a list item's number, and
            # "Baptiste Lorieux (Yamaha) ; 5", a person first (a thirteenth walk)
            return False
        if kind == "count" and _a_margin_only(*_span_and_after(r)) and not _MARGIN_ASKED.search(question):
            return False  # "avec trois points d'avance" for how many points Mokrani scored (a fourteenth walk)
        if kind == "count" and noun is not None and count_kind(noun) is not None and _counts_another_noun(r, noun):
            return False  # "287" then " équipages" for how many special stages Santoni won (a thirteenth walk)
        if kind in ("count", "money", "percent") and _an_earlier_edition(question, r):
            return False  # "L'édition 2024 avait rassemblé 287 équipages" for 2025's (a thirteenth walk)
        if measured in COUNT_KINDS and _counts_another_kind(measured, r):
            return False  # "Le nombre de spectateurs … de 1 850" for how many volunteers (a ninth walk)
        if counted_of is not None and noun is not None and r.other_span and not _names_count(r.sentence.quote, noun):
            return False  # "2" of "ES3 Lasalle 2 (16,1 km) : Roux / Roux" for Sandrine Morel's points
        if kind == "count" and noun is not None and (ordinal := _ORDINAL_COUNT.match(_span_and_after(r)[0])):
            # "troisième saison" for "Combien de saisons … ?": the ordinal of the noun counted counts
            return names_noun(ordinal.group(1), noun)
        located = _span_in_sentence(r) if kind in ("gap", "laptime", "age") else None
        before = located[0][: located[1]] if located else ""
        if kind == "gap" and _an_items_own_value(r):
            return False  # "623.7 km" of "2. SunRunner Leuven – Stella V – 623.7 km": its distance (a twentieth walk)
        if kind == "length" and _COVERED_ASKED.search(question) and _A_TRACKS_LENGTH.match(_span_and_after(r)[1]):
            return False  # "2.34 km" of "277 laps of the 2.34 km circuit" for how far a car drove (a twentieth walk)
        if kind == "laptime" and _RACE_TIME_ASKED.search(question) and _a_part_timed(before, question):
            # the best lap's "1'46\"512" for a race's whole time (a nineteenth walk), the first
            # pass's "5'11\"6" for a rallye-sprint's total (a twentieth walk)
            return False
        return _of_type(kind, measured, *_span_and_after(r), before) and not (kind == "birth" and _release_date(r))

    # An age asked of someone is none when stated of someone else ("Hugo Ferrand, 34 ans" for
    # "Quel âge a Mathieu Olivier ?", a new user's walk; ``binding``).
    # Nor is a winner the one who finished second ("Léa Marchand s'impose devant Hugo Ferrand"
    # for "Qui a terminé deuxième ?", a second walk), nor the second the winner.
    # A next best span must be placed as asked: the best one may be placed nowhere ("la
    # Pescarolo" in PIAF), not one the reader liked less ("Le pilote savoyard" for third).
    def is_owned(r: ScoredSentence) -> bool:
        if aged is not None and _someone_elses_age(aged, r):
            return False
        if kind == "age" and _age_then(question, r) and not bound_asked:
            return False  # "depuis l'âge de sept ans" for "Quel âge a Nolan Petit ?"
        if kind == "age" and _an_age_bracket(r) and not bound_asked:
            return False  # "gratuit pour les moins de 12 ans" for "Quel âge a Antoine Féraud ?"
        if relative is not None and (_age_stated_of(relative, r) or _one_of(_age_speaker(r), relative)):
            # "Clément Tissot, 34 ans" for "Quel âge a le coéquipier de Clément Tissot ?"; or said
            # by them, "J'ai 21 ans" in Killian Roche's interview for his rival's age (a twentieth walk)
            return False
        if speaker is not None and not _said_by(speaker, r):
            return False  # his directeur sportif's words for "Qu'a déclaré Maxime Le Roux ?"
        if job is not None and (
            _someone_elses_job(job, r)
            or not _names_near(r, job)
            # (an unsure span naming no trade, or a next best one: "roues motrices" of "Chez les deux
            # roues motrices, …" at 0.44 for a co-driver's trade, "location de la voiture" for a
            # driver's, a sixteenth walk)
            or (
                (r.similarity < JOB_SURE or r.other_span)
                and not names_a_trade(_span_and_after(r)[0])
                and not _job_in_words(r)
            )
        ):
            # "Son coéquipier Didier Roux, mécanicien à Aubagne" for Fabien Castagné's trade; "Son
            # passager … travaille comme kinésithérapeute" of a side-car release naming no Lucas
            # Fabre for his (a fifteenth walk)
            return False
        if origin is not None and _someone_elses_origin(origin, r):
            return False
        if origin is not None and _A_WIN_AT.search(_sentence_before_span(r)):
            return False  # "Louis Bernard s'impose à Saint-Herblain": where he won (an eighteenth walk's cousin)
        if (
            races
            and race_named
            and placed is not None
            and not _race_named_at(r, races)
            and not _states_placing(r)
            and not _race_named_before(r, races)
            and not _race_named_next(r, races)
            and not _EVERY_RACE_TITLED.search(r.sentence.quote)  # "Kévin Marchetti signe le doublé"
        ):
            # "… was made up of Timéo Lacroix …, Léo Fournier … and Sacha Morel" for who won Race 1,
            # where a read passage names Race 1: a sentence of neither says no race's winner (a
            # twenty-first walk)
            return False
        if placed is not None and _a_route(r):
            return False  # "entre Douz et Ksar Ghilane" (a stage's route) for who won the quads (a twenty-first walk)
        if placed is not None and _AN_AGENT_BEFORE.search(_sentence_before_span(r)):
            # "l'Association sportive automobile du Velay" of "X et Y ont remporté … le Rallye-sprint
            # …, organisé par l'Association …" for who won (a twentieth walk): who organised it
            return False
        if (
            kind == "money"
            and _A_PRICE_CHANGE_BEFORE.search(price_before := _sentence_before_span(r))
            and not _A_PRICE_CHANGE_ASKED.search(question)
            # (a list's line only: not "Nouveauté : … seront majorés de 5 €", a review)
            and not (_A_LABEL.match(price_before) and len(r.sentence.quote.split()) <= 12)
        ):
            # "Les billets achetés sur place le jour même seront majorés de 5 €" for what Sunday's
            # ticket costs (a twenty-third walk, twice): a change of a price, not one (but a price
            # list's line: "Accès paddock : supplément de 20 € par jour" is the paddock's price)
            return False
        if years and kind in ("money", "count") and _valued_for_another_year(r, years):
            return False  # "320 euros (contre 285 euros en 2025)" for 2025's price (a twentieth walk)
        if priced and _prices_another(r, priced, pricing_all):
            # "… 620 blocs de protection …, pour 540 000 euros" for what the gravel trap costs, a
            # sentence of other things (a twentieth walk, four times)
            return False
        if vehicle_class is not None and _another_vehicle_class(r, vehicle_class):
            # "Mathieu Lenoir s'impose en autos" of a headline going on "…, Benjamin Carrel triomphe
            # à moto" for who won on a bike (a twenty-first walk)
            return False
        # (not why: "Pourquoi Bétard n'a-t-il fini que sixième … ?" is told by "Bétard tenait la deuxième
        # place … lorsqu'il a chuté", a review)
        if kind == "speed" and _another_speed(question, _sentence_before_span(r)):
            return False  # "at an average of 81.0 km/h" for the top speed (the twentieth walk, rerun)
        if (
            kind == "count"
            and _A_PART_OF_BEFORE.search(_sentence_before_span(r))
            and not _A_WHOLE_ASKED.search(question)
        ):
            # "huit" of "j'ai gagné cinq spéciales sur huit" for how many he won (a twenty-fourth
            # walk): the whole a part is said of
            return False
        if kind == "count" and phase is None and _a_whole_not_asked(r, question):
            # "Sur les 62 lots présentés, 51 ont trouvé preneur" for how many were sold (a twenty-second walk)
            return False
        if places_asked and placed is None and not why_asked and _placed_otherwise(r, places_asked):
            return False  # "Le deuxième recevra 2 500 euros" for what the fourth wins (a twentieth walk)
        if row_of is None and _a_table_row(r.sentence.quote):
            # (of a question naming no one: "D'où vient Ilyes Benali ?" is his row's, a review)
            if words_asked and not words_asked & set(tokenize(r.sentence.quote)):
                # "Billet : Samedi ; Prévente … : 25 €" for "Et pour les 12-16 ans, c'est combien ?"
                # (a twenty-fourth walk): a table's row saying nothing the question asks
                return False
            cells = labelled_cells(r.sentence.hit.chunk.source)
            # (a span overlapping the cell reads it: "(3 jours) ; Tarif : 35 euros", a review)
            if cells and r.span is not None and not any(c is not None and _spans_overlap(r.span, c) for c in cells):
                # "Vendredi … : 10 €" for the three days' pass, whose row the question names (a
                # twenty-fourth walk): another row's cell, or another column's
                return False
        if row_of is not None and _table_row_of_another(r, row_of):
            # "| 1 | Maëlle Guérin | … | bourse de 60 000 € |" for what Ilyes Benali received (a
            # twenty-third walk's cousin): another's row of a table
            return False
        if kin is not None and _anothers_kin(r, kin):
            return False  # "Son père, Alain" for the first name of Manon Rieutort's brother (a twentieth walk)
        # (a name asked: any relative, "Y, fils de X" gives X's father's name; a review refused it)
        if kin_of_someone and not _kin_near(
            r, None if kind == "name" or _A_NAME_ASKED.search(question) else kin, kin_name_asked(question)
        ):
            # "« Je n'avais que sept ou huit ans … », se souvient-elle" for her son's age, the jury
            # president's "62 ans" for her mother's (a twenty-third walk): no relative said
            return False
        if numbers_asked and _another_number_said(r.sentence.quote, numbers_asked):
            return False  # "La n°5 … a signé le meilleur tour" for the n°17's (a twentieth walk)
        if pair is not None and _an_item_of_neither(r, pair):
            return False  # "3. Rémi Castagné … – à 41'05\"" for the gap between Larbi and Vautrin
        if timed is not None and not an_item_number(r) and kind == "gap" and _gap_of_another(timed, r):
            return False  # "devance de 4,812 secondes Lucas Ferrand … et Théo Marchal" for Théo's (a tenth walk)
        # (not of a relative asked: "son frère cadet, Théo" for Manon Rieutort's brother, a twentieth walk)
        if timed is not None and kin is None and not an_item_number(r) and kind != "gap" and _said_of_another(timed, r):
            return False  # "Théo Marchal … en 1'38"204, devant son cousin Julien Marchal" for Julien's;
            # "Third place went to Matteo Bianchi" for where Lucas Ferreira finished
        if counted_team is not None and _count_of_another_name(counted_team, r):
            return False  # "Nordhaven Racing prend la tête avec 68 points" for Cercle Sport's
        if counted_of is not None and _said_of_another(counted_of, r):
            return False  # "Hugo Sarda … remporte le classement final avec trois victoires" for Inès Garnier's
        if (ranked_by_class or numbered_race) and _another_event(question, r):
            # "Lucas Vernier a remporté la course 1" for "Qui a gagné la course 2 ?"; race 1's
            # "Castel avait signé la pole" for race 2's pole (a fourteenth walk)
            return False
        if days and (ranked_by_class or numbered_race or kind in ("count", "clock")) and _another_day(r, days):
            return False  # "Élite, dimanche : Léo Marchand …" for who won the Élite on Saturday (a walk)
        if (ranked_by_class or numbered_race) and _headline_of_another(question, r, ranked):
            return False  # the meeting's headline "FSBK : Kévin Marchetti reprend la tête …" for race 2's winner
        if placed is not None and not field_class and _a_class_sentence(r):
            # "En catégorie Gentleman, … Christophe Mauléon (Vic'Team) la course 2" for who won
            # race 2: a class's winner, not the race's (a fourteenth walk)
            return False
        if (
            placed is not None
            and field_class
            and not classes_named(r.sentence.quote, True)
            # (nor in its car's name: "Roustan / Imbert (Skoda Fabia RS Rally2)" won the Rally2, the
            # class a list of the others' winners leaves out, a review)
            and not any(
                re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", r.sentence.quote, re.I) for name in field_class
            )
            and class_lined(r.sentence.hit.chunk.source)
        ):
            # "Rallye … : Roustan gagne" for who won the Rally5 class, where the release gives its
            # classes' winners line by line, none the Rally5's (a twenty-fourth walk): the overall
            # winner's sentence names no class's
            return False
        if field_class and _another_class_said(r, field_class):
            return False  # "En LMP3, … Anders Holm" for who won in GT3 (a thirteenth walk)
        if next_asked and not _says(r, _NEXT_SAID) and not _next_replied(question, r):
            return False  # the round just run for "Où aura lieu la prochaine manche ?" (two walks)
        if placed is not None and placed > 1 and _A_WINNER_WORD.search(_span_and_after(r)[0]):
            # "ÉRIC CHABANNE ET SA FILLE LUCIE VAINQUEURS" of a headline for who was second (a
            # twenty-second walk): a span saying its people won
            return False
        if placed is not None and not standings and _says(r, _A_STANDINGS_LINE) and not _states_placing(r):
            # "Au classement européen de la catégorie 4x4, les Chabanne prennent la tête …, devant
            # Marek Kučera" for who won the 4x4 class (a twenty-second walk): the season's, no race's
            return False
        if standings and not _says(r, _STANDINGS_SAID):
            return False  # "Julien Marchal … a remporté … la deuxième manche du Championnat" for its leader
        if standings:
            ordered, standing = _standings_place(r)
            if ordered or (_placing(r) is None and placed is not None and placed > 1):
                # "Mathieu Roux compte 61 points, devant Kévin Aubert (55)": he is first, not second;
                # "X gagne l'étape, tandis que Y conserve la tête du général": Y leads (an eleventh
                # walk); "Julien Marchal compte 61 points au championnat" may be the leader, no one
                # else (a review)
                return standing == placed
        if race_read and not _race_named_at(r, races):
            return False
        if (
            races
            and not race_read
            and not _race_named_at(r, races)
            and _several_races(r, races)
            and not (_race_before(r) & races)
            and not _race_named_next(r, races)
        ):
            # A release numbering several races ("la course 1 …, la course 2 …", "course 3"): a
            # sentence naming none is the race named last before it ("… a remporté la course 3.
            # Le pilote de 17 ans s'est imposé devant Théo Roussel", a review), and a headline's
            # or a lede's before any is any one's (its winner of race 3 for who won race 2,
            # "Race 1 … had been won by" beside a headline's winners: an eleventh walk).
            return False
        if (
            feat is not None
            and not (feat_of is not None and _TIME_ASKED.search(question))
            and not _says(r, feat)
            and not _said_next_of_them(r, feat)
            # (a line of the stage asked: "ES 5 Lavaur (14,2 km) : Paul Roy / Luc Blanc …" is its
            # best time, and a stage won is too: "Paul Roy a remporté l'ES 5", a review)
            and not (stage_time and _opens_with_race(r, events_numbered(question)))
            and not (stage_time and _says(r, _A_STAGE_WON) and not _another_event(question, r))
            # (a table's column asked: "Meilleur tour : 1'29\"105" of Tom Vasseur's row)
            and not (row_of is not None and r.span in asked_cells(r.sentence.hit.chunk.source))
        ):
            # The winner of a headline for who was on pole (a tenth walk); someone's own time
            # asked need not say it ("Julien Marchal … a réalisé un temps de 1'38"950" for "Quel
            # temps a signé Julien Marchal en pole position ?"), their best lap does.
            return False
        if feat is not None and _A_POLE_ASKED.search(question) and _another_pole_sitter(r):
            # "Jack Morrow" of "Pole-sitter Priya Shah (…) led the opening 22 laps before handing over
            # to Jack Morrow" for who took pole (a twenty-fourth walk): the sentence names its holder
            return False
        if feat is not None and feat_of is not None and _said_of_another(feat_of, r):
            return False  # "Le meilleur tour … revient à Lucas Ferrand en 1'38"214" for Julien Marchal's
        if _another_year(question, r, placed is not None):
            # "X, vainqueur de l'édition 2023" for who won in 2024; 2025's budget for 2024's (a
            # fourteenth walk)
            return False
        if (
            placed is not None
            and placed >= 4
            and _placing(r) is None
            and not _states_placing(r)
            and not (placed == 4 and _says(r, _PODIUM_FOOT))  # "Théo Marchal échoue au pied du podium" (a review)
        ):
            # Past the podium a place is given in a results list or a sentence of results, not
            # by a sentence placing no one: "Par ailleurs, Hugo Lefebvre court pour l'équipe
            # Sodikart Ouest" for who finished sixth (a ninth walk's list stopped at the fifth).
            return False
        written = r.sentence.quote
        if (
            placed == 1
            and not standings
            and not _A_WIN_WORD.search(written)
            # (a sentence all to come, whatever its ordinals: "La première Peugeot …", a car)
            and (
                (_A_FUTURE.search(written) and not _A_PAST.search(written))
                or (_A_RACE_INCIDENT.search(written) and _placing(r) is None)
            )
        ):
            # "La première Peugeot 208 Rally4 sera confiée à Valentin Picard" for who won a rally
            # still to come; "la Skoda n°12 de l'équipage Romain Chassagne – Élodie Vernay … est
            # sortie de la route" for who won a rally a bulletin tells of (a twenty-third walk)
            return False
        if role_verb is not None and not any(stem in r.sentence.quote.lower() for stem in _ROLE_VERB_STEMS[role_verb]):
            # "Qui préside le jury … ?" answered "… le jury … a désigné sa lauréate : Maëlle
            # Guérin" (a twenty-third walk): the one presiding is said so ("Le président du jury,
            # Christian Roubaud")
            return False
        if tallied and at_a_venue and _says(r, _A_STANDINGS_LINE) and at_a_venue.group("venue") not in r.sentence.quote:
            # "Au classement européen …, les Chabanne prennent la tête avec 40 points" for their
            # penalty points at Montalieu; "… leads the championship with 131 points, ahead of Chloé
            # Bernardeau (126)" for her points at Saint-Jean-d'Angély (a twenty-second walk)
            return False
        if (
            placed is not None
            and role is None
            and _STAFF_BEFORE.search(_sentence_before_span(r))
            and _placing(r) is None
            and not _A_WIN_WORD.search(r.sentence.quote)
        ):
            # "mon entraîneur, Rémi Causse, m'a proposé …" for who won (a twenty-second walk): one
            # around the racers, not a racer; unless the sentence places them ("le président du
            # club, Alain Drouet, s'est imposé", a review)
            return False
        if placed is not None and _placed_another(r, placed):
            return False  # "Julien Maréchal" of "Kessler a remporté … d'avance sur Julien Maréchal" for who won
        # (an award's standings are its result: "Classement final du trophée des gentlemen :" over
        # "1. Jean-Luc Riviere – 210 points", a review)
        if (
            placed is not None
            and _POINTS_ITEM.match(r.sentence.quote)
            and not _STANDINGS.search(question)
            and not award
        ):
            return False  # "3. Anthony Fabre – 98 points", the standings, for who was third (a seventh walk)
        if (
            role is not None
            and not _a_role_holder(*role, r)
            and not _replied_as(role[0], question, r)
            and not _own_role_replied(role[0], question, r)
        ):
            return False  # "1. Mathieu Kessler / Anaïs Roux" for Julien Marchal's co-driver (a ninth walk)
        if team_of is not None and _vehicle_of_another(team_of, r):
            return False  # "the Mercedes-AMG GT4 of Kovac Racing driven by Luka Kovac" for Jonas Berg's team
        if (team is not None or _A_TEAM_ASKED.search(question)) and _A_CLASS_ALONE.fullmatch(
            _span_and_after(r)[0].strip()
        ):
            # "Elite MX1" of "… dans son équipe Elite MX1" for the team he will ride for (a
            # twenty-third walk): a class, the team is "Mistral Racing"
            return False
        if team is not None and _team_said(r) not in (None, team):
            return False  # "en provenance de Moto Sud Racing" for the team he rides for (a seventh walk)
        if placed == 1 and (_beaten(r) or (_AHEAD_OF.search(_sentence_before_span(r)) and _states_placing(r))):
            # "Il a devancé Jules Caradec" for who won (a seventh walk); "victoire du Tchèque Jiří
            # Svoboda …, avec 45 points de pénalité, devant le Slovaque Tomáš Hrubý" (a twenty-second walk)
            return False
        if (
            feat is not None
            and WHO_ASKED.match(question)
            and feat.search(_sentence_before_span(r))
            and (_beaten(r) or _AHEAD_OF.search(_sentence_before_span(r)))
        ):
            # "Il a signé le meilleur temps des essais …, devant Dylan Moreau" for who set it (a
            # sixteenth walk); not one beaten and then said to have done it ("Il a devancé Luc
            # Blanc, parti en pole position", a review)
            return False
        if phase is not None and _race_phase(r) not in ((phase,) if r.other_span else (None, phase)):
            # "147" of "Sur les 147 coureurs au départ, 96 ont …" for how many finished; a next
            # best span must say it counts what is asked ("8" of "Le 8 juin" is no count).
            return False
        # A next best span must be placed as asked, but on a line naming the race asked ("ES7 …
        # : Roux / Roux") the one named is that race's.
        # (or one a sentence calls a past year's winner: "Vainqueurs de l'édition 2024, Mathis
        # Brébion et Élodie Caron …", ``last_winners_in``)
        if award is not None:
            # "Le Trophée des moins de 25 ans … est revenu à Marc-Antoine Vial", not "1. Paul
            # Kellermann" of the race's results (a twenty-second walk)
            return _awarded(r, award)
        strict = r.other_span and not (race_read and _race_named_at(r, races)) and not past_winner(r)
        if placed == 1 and field_class and _wins_the_class(r, field_class):
            return True  # "X et Y, quatrième, remporte par ailleurs la catégorie T2" (a twenty-first walk)
        if (
            field_class
            and _a_class_line(r.sentence.quote) is not None
            and _class_sentence_of(r, field_class)
            and _AN_OVERALL_PLACING.search(r.sentence.quote)
        ):
            # "Rally4 : Alexis Chabaud / Marine Tessier (Peugeot 208 Rally4), 14e au général." for
            # who won the Rally4 class (a twenty-fourth walk answered the overall winner): a class's
            # line saying its overall place gives the class's winner
            return placed in (None, 1)
        return placed is None or _placing(r) in ((placed,) if strict else (None, placed))

    def answers(r: ScoredSentence) -> bool:  # not a value the text denies, nor a name the question gives
        if who_is is not None and _another_person_spanned(r, who_is):
            # "Julien Mercœur" of "Sophie Valadier est mariée à Julien Mercœur" for "Qui est Sophie
            # Valadier ?" (a twenty-fourth walk): who she is, not whom she married
            return False
        if _A_FRAGMENT.fullmatch(_span_and_after(r)[0]) and _span_and_after(r, 1)[1][:1].isalpha():
            # "I" of "Ilyes Benali" in a Markdown table's row for what he received (a twenty-third
            # walk's cousin): a span of one letter cut from its word is a fragment (not "N" of "En
            # groupe N", a review)
            return False
        if contacts_not_asked and _CONTACT_LINE.match(r.sentence.quote):
            return False  # "Contact presse : Karim Benyahia – …" for who was second (a seventh walk)
        if will_be and _a_past_year(r):
            return False  # "en 2016" for when Nathalie Brévent will race for the last time (a thirteenth walk)
        if since_when and _a_later_year(r):
            # "les 11 et 12 avril 2026", to come, for since when she has run the circuit (a twentieth walk)
            return False
        if placed is not None and _WHO_IN.search(question) and _an_events_name(_span_and_after(r)[0]):
            # "9e Grand Prix des caisses à savon de Puy-l'Évêque" of the lead for who won it (a
            # twenty-second walk, three times): an event is no one who won
            return False
        if races and _WINS_SHARED.search(r.sentence.quote):
            # "Sarrat et Bérard se partagent les victoires à Nogaro" for who won race 2: each won
            # one (a fourteenth walk gave the headline three times)
            return False
        if when_asked and _a_names_year(r):
            # "2025" of "La finale du TCR France 2025 se disputera du vendredi 17 au dimanche 19
            # octobre" for when it is: the edition's name (a nineteenth walk, once its page was read whole)
            return False
        if (
            kind == "clock"
            and programmed(r.sentence.hit.chunk.source)
            and not _A_PROGRAMME_LINE.match(r.sentence.quote)
            and not _sentence_shares(r, question)
        ):
            # a release with a programme says hours in its lines: "jusqu'au jeudi 16 octobre à minuit"
            # (the tickets) is no hour of Sunday's Clio Cup race (a nineteenth walk)
            return False
        if kind == "clock" and _a_programme_line_of_another(question, r):
            return False  # "11h20 : Course 2 TCR" for the Clio Cup race's hour (a nineteenth walk)
        if kind == "clock" and numbered_race and not _times_the_race(question, r):
            # "jusqu'au jeudi 16 octobre à minuit" (the tickets) for when race 1 starts: a programme's
            # line "15h45 : Course 1 TCR" says it (a nineteenth walk, three times)
            return False
        if bound_asked and re.search(r"\d\s*(?:ans|years)\b", _span_and_after(r)[0]) and not _an_age_bracket(r):
            return False  # "Yanis Kherbouche, 19 ans" for the youngest age allowed (a nineteenth walk)
        if _another_season(question, r):
            return False  # this year's winner for last year's, last year's for this year's (a fourteenth walk)
        if former_asked and not _PAST_SAID.search(r.sentence.quote):
            return False  # "Altegra devient fournisseur exclusif" for the previous supplier (a thirteenth walk)
        if driver is not None and _vehicle_of_another(driver, r):
            return False  # "Son frère Yannick Morel, au volant d'une Peugeot 208 Rally4" for Kévin Aubert's car
        if vehicle and _not_a_vehicle(_span_and_after(r)[0]):
            return False  # "Moto Ouest Racing" of "l'équipe Moto Ouest Racing sur Yamaha R1" (a ninth walk)
        if vehicle and _A_TEAM_OR_CLASS_BEFORE.search(_sentence_before_span(r)):
            # "Elite MX1" of "… dans son équipe Elite MX1 pour les saisons 2026 et 2027" for the
            # bike he will ride (a twenty-third walk): a team's class, no model
            return False
        if kind == "rank" and not _A_START_ASKED.search(question) and _A_START_BEFORE.search(_sentence_before_span(r)):
            # "Hugo Rouvière s'élançait donc de la huitième place" for where he finished race 2
            # (a twenty-first walk): where one started
            return False
        if vehicle and not _A_PAST_ASKED.search(question) and _beginnings_told(r):
            # "J'ai fait mon premier rallye en 2017, sur une Peugeot 106" for the car Léna
            # Marchetti drives (a twenty-first walk; now a Peugeot 208 Rally4)
            return False
        if is_question(r.sentence.quote) and kind in (None, "name"):
            # An interviewer's question asks, it never answers: "quand existe-t-il ? Quel sont ses
            # rapports avec l'usine Porsche" was where someone comes from (an eighth walk). In
            # piaf-train and piaf-dev, 7 of 5,989 gold answers sit in a sentence ending with "?".
            # A value of the type asked may ("Hugo Bernard, 24 ans, peut-il devenir champion ?",
            # a headline: a review).
            return False
        if (
            not why_asked
            and not _CHOICE.search(question)  # "Qui a gagné la course 1, Bernard ou Morvan ?" (a review)
            and _a_word_asked(_span_and_after(r)[0], question)
            and not _A_NAME_AFTER.match(_span_and_after(r, 80)[1])
        ):
            # "Parking" of "Formule : Parking ; Tarif : 5 euros par jour" for "Et le parking ?" (a nineteenth walk)
            return False
        return not _denied(r) and _name_as_compared(_span_and_after(r)[0]) not in asked

    def fits(r: ScoredSentence) -> bool:
        return is_typed(r) and is_owned(r) and answers(r)

    # A passage whose best span does not fit offers its next best spans before the next
    # passage is tried: "Julie Martin s'impose … Karim Haddad a pris la deuxième place" asked
    # who finished second (a walk). Not for a count's missing number: any number has a
    # count's form ("plusieurs titres" answered how often Patrick Pilet crosses the Atlantic,
    # on the press set); for a count's denied one, yes ("6,9 secondes, et non de 8,4").
    # A count's number measured in another unit does ("3,565 km" read for "Combien de spectateurs
    # … ?" in "Le circuit, long de 3,565 km, a accueilli 32 000 spectateurs", a fifth walk).
    # Those next spans then name what is counted ("32 000" then " spectateurs"): not "six"
    # then " étapes" for the points of a championship (the fifth walk's answers, rerun).
    # (or a noun of its kind: "Dix-huit camions" for "How many trucks …?", a sixth walk).
    def counts_asked_noun(o: ScoredSentence, noun: str) -> bool:
        span, after = _span_and_after(o)
        return names_noun(after[: len(noun) + 2], noun) or counts_asked(measured, span, after)

    # A count's span may hold two: "126 coureurs au départ à Saint-Yrieix-la-Perche, 97" for
    # how many finished, "1 800 spectateurs et 150" for how many volunteers (two walks) gives
    # its later numbers their turn first.
    def others(r: ScoredSentence) -> list[ScoredSentence]:
        if fits(r):
            return []
        if kind == "count" and not is_typed(r):
            if noun is None or not (
                measure_clash(measured, *_span_and_after(r)) or tallies_another(r) or _an_earlier_edition(question, r)
            ):
                return []  # ("14 participations" for how many wins: the next spans, a thirteenth walk)
            return [o for o in _later_numbers(r) + _other_spans(r) if counts_asked_noun(o, noun)]
        # (a gap beside a span of laps: "led 142 of the 250 laps and crossed the finish line
        # 0.418 seconds ahead of", a thirteenth walk)
        # (a sum beside a span of length, before the passage's other spans: "un mur antibruit de
        # 650 mètres …, pour un coût de 1,1 million d'euros" for what it will cost, not the next
        # sentence's "une journée coûte 290 euros", a fifteenth walk)
        sums = _sums_beside(r) if kind == "money" else []
        gaps = _gaps_beside(r) if kind == "gap" else []
        if sums and not _sentence_shares(r, question):
            # (a sentence of other things: "Le circuit de 3,2 km, rénové pour 5 millions d'euros"
            # for what a ticket costs, the next sentence's "25 euros" first, a review)
            return (_later_numbers(r) if phase is not None else []) + _other_spans(r) + sums + gaps
        # (a sum later in the span too: "(3 jours) ; Tarif : 35 euros" read for the weekend pass,
        # whose first number is the days', a nineteenth walk gave the next row's "25 euros")
        whole = kind == "count" and phase is None and _a_whole_not_asked(r, question)
        later = _later_numbers(r) if phase is not None or kind == "money" or whole else []
        return later + sums + _other_spans(r) + gaps

    # A best span naming people in a sentence that places no one gives way to a next best of
    # its passage placed as asked: "Lucas Vernier et Elena Castro se partagent Nogaro", a
    # headline, was who finished third, where "Le Belge Tom Berthier a pris la troisième
    # place" stood below it (a third walk). A span naming no one stays ("une écrasante victoire
    # de l'armée écossaise menée par Robert Bruce" for who won the battle, in PIAF), and so
    # does one in a sentence that places others ("X et Y ont remporté la course 1 … de Mirage
    # Racing" for who won: the team is an answer).
    # A results list's item numbered as asked ("3. Thomas Nivelle / Kévin Humbert …") answers a
    # placing the reader's spans miss or place nowhere (a fourth walk: the list's lines were
    # never among the reader's best spans for "Qui a terminé troisième … ?").
    # The reader is unsure of a list (a list item is no sentence it was trained on): the item
    # takes its release's surest passage's probability, the release being the one asked. Its
    # release's passages read later are looked at too: a release's list is its own passage,
    # which the reader ranks below other releases' (a fourth walk). Made once per release.
    @functools.cache
    def listed_in(source: str) -> list[ScoredSentence]:
        assert placed is not None
        return [x for x in _in_release(ranked, source, lambda y: _listed(y, placed, question)) if fits(x)]

    # A table's row naming what a count question counts ("Statistique : Podiums ; 2023 : 9")
    # answers it where the reader's sentence does not say it (``rows``; a fifth walk got the
    # podiums from "l'écurie compte 7 pilotes"). Made once per release, as its lists are.
    @functools.cache
    def tabled_in(source: str) -> list[ScoredSentence]:
        assert noun is not None
        return [x for x in _in_release(ranked, source, lambda y: _tabled(y, noun, years)) if fits(x)]

    # A results list's item naming the one whose place is asked answers by its number ("Quelle
    # place a obtenu Clara Vidal ?" of "5. Clara Vidal (Team Mayenne Karting) à 7"432": the
    # reader's span was the gap, no place; a ninth walk's rank questions were refused). Made
    # once per release, as its lists are.
    @functools.cache
    def ranked_in(source: str) -> list[ScoredSentence]:
        assert timed is not None
        gap = kind == "gap"
        return [x for x in _in_release(ranked, source, lambda y: _items_naming(y, timed, question, gap)) if fits(x)]

    # The gaps of the results lists' items naming either of a pair asked, made once per release.
    @functools.cache
    def paired_in(source: str) -> list[ScoredSentence]:
        assert pair is not None
        return [
            x
            for name in pair
            for x in _in_release(ranked, source, lambda y: _items_naming(y, name, question, gap=True))  # noqa: B023
            if fits(x)
        ]

    # The reader's spans in a sentence saying what comes next ("Prochain rendez-vous les 4 et 5
    # juillet sur le circuit de Lédenon"), made once per release, with the release's surest
    # probability: the reader is unsure of the closing line it stands in (two walks).
    @functools.cache
    def next_in(source: str) -> list[ScoredSentence]:
        def said(y: ScoredSentence) -> list[ScoredSentence]:
            return [o for o in [y, *_other_spans(y)] if o.span is not None and _says(o, _NEXT_SAID)]

        return [x for x in _in_release(ranked, source, said) if fits(x)]

    # The same, made once per release, with the release's surest probability (a list's line,
    # like a results list's item, is no sentence the reader was trained on).
    @functools.cache
    def raced_in(source: str) -> list[ScoredSentence]:
        def lines(y: ScoredSentence) -> list[ScoredSentence]:
            return _passage_spans(y, race_lines(y.sentence.hit.chunk.text, races))

        return [x for x in _in_release(ranked, source, lines) if fits(x)]

    # The reader's spans said as a team is, made once per release, with the release's surest
    # probability: "Mon équipe, le Flying Lizard, est un team jeune" is Patrick Pilet's team in
    # his interview, a passage the reader is unsure of (-2.1) below one naming no team (the press set).
    @functools.cache
    def teamed_in(source: str) -> list[ScoredSentence]:
        def said(y: ScoredSentence) -> list[ScoredSentence]:
            return [o for o in [y, *_other_spans(y)] if o.span is not None and _team_form(o)]

        return [x for x in _in_release(ranked, source, said) if fits(x)]

    # The trades the passages of a release say ("Son passager … travaille comme kinésithérapeute",
    # "L'Andorrane de 45 ans est pharmacienne à …"), made once per release, with its surest
    # probability: a trade asked, which the reader's spans missed (a fifteenth walk gave a car's
    # bracket, a class and a quote's words for four people's trades).
    @functools.cache
    def jobs_in(source: str) -> list[ScoredSentence]:
        assert job is not None
        return said_in(source, _jobs_in_text)

    def past_winner(r: ScoredSentence) -> bool:
        located = _span_in_sentence(r) if asks_past_winners(question) else None
        return located is not None and located[1:] in past_winners_in(located[0], question, _dated(r))

    def said_in(source: str, spans_of: Callable[[str], Sequence[tuple[int, int]]]) -> list[ScoredSentence]:
        # the spans ``spans_of`` finds in the text of each read passage of a release, that fit
        return [x for x in read_in(source, spans_of) if fits(x)]

    def last_winners_in(source: str) -> list[ScoredSentence]:
        def said(y: ScoredSentence) -> list[ScoredSentence]:
            return _passage_spans(y, past_winners_in(y.sentence.hit.chunk.text, question, _dated(y)))

        return [x for x in _in_release(ranked, source, said) if fits(x)]

    def driven_in(source: str) -> list[ScoredSentence]:
        return said_in(source, _driven_in_text)

    @functools.cache
    def programmed(source: str) -> bool:  # a read passage of the release holds a programme's lines
        read = (r.sentence.hit.chunk.text for r in ranked if r.sentence.hit.chunk.source == source)
        return any(len(_A_PROGRAMME_LINE.findall(text)) >= 2 for text in read)

    def replied_in(r: ScoredSentence) -> list[ScoredSentence]:
        # an interview's reply to what is asked, in the other read passages of r's release: the
        # reader's spans inside it (its best only for a question of no type: "Marc Dufresne" of
        # "Le titre, évidemment. L'an dernier, je l'ai perdu face à Marc Dufresne." is no
        # objective), then for a question of no type the reply's first sentence
        def said(y: ScoredSentence) -> list[ScoredSentence]:
            if y.sentence.hit is r.sentence.hit:
                return []
            block = _interview_answer(question, y)
            if block is None:
                # (or, under a question asking something else, a reply's sentence saying what is
                # asked: "Cet hiver, j'ai décidé de partir m'entraîner en Belgique" under "Vous revenez
                # de loin, après votre blessure de 2024…" for where he trained this winter, a
                # twentieth walk answered where he won the title)
                return [o for o in (y, *_other_spans(y)) if o.span is not None and _a_reply_saying(o, question)]
            spans = (y,) if kind is None else (y, *_other_spans(y))
            inside = [o for o in spans if o.span is not None and block[0] <= o.span[0] < block[1]]
            return inside + (_said_in(y, block) if kind is None else [])

        return [x for x in _in_release(ranked, r.sentence.hit.chunk.source, said) if fits(x)]

    # A demonym standing for someone as a sentence's subject ("Le Romain de 25 ans n'avait jamais
    # gagné en France", "La Lyonnaise de 27 ans a devancé …"), made once per release, with its
    # surest probability: where they come from, which the reader's spans missed (a thirteenth walk
    # refused where Lorenzo Vitali comes from, and gave the venue of a headline for Théo Berthaud).
    @functools.cache
    def described_in(source: str) -> list[ScoredSentence]:
        def said(y: ScoredSentence) -> list[ScoredSentence]:
            text = y.sentence.hit.chunk.text
            # (a town said of someone too: "confie le pilote de Vesoul", a nineteenth walk refused)
            return _passage_spans(y, sorted(_demonym_subjects(text) + riders_towns(text)))

        return [x for x in _in_release(ranked, source, said) if fits(x)]

    # A sentence the reader is unsure of that says what is asked takes its release's surest
    # probability:
    def says_it_unsure(r: ScoredSentence) -> bool:
        def placing() -> bool:  # (read only where a class or a race is asked)
            return feat is not None or _states_placing(r)

        return (
            # one opening with the class asked ("Catégorie Électrique : Anaïs Barrère … l'emporte":
            # a heading's line, 0.25, below a headline naming two classes' winners, a fifteenth walk),
            # saying what was asked (not "Supersport : Luc Blanc a signé la pole" for who won, a review)
            (bool(field_class) and _class_sentence_of(r, field_class) and placing())
            # one naming the race asked by its number: "Race 3 was won by Daan Kuipers" at 0.31, once
            # the lead's "Team France won the Junior Motocross of Nations" is no race's (a twenty-first walk)
            or (bool(races) and bool(events_numbered(r.sentence.quote) & races) and placing())
            # an interview's reply to what is asked of the one interviewed: "Notre budget est de 85 000
            # euros" at 0.31 for Léna Marchetti's season budget, whom her replies never name (a
            # twenty-first walk, six times)
            or (_the_interviewee_asked(question, r) and (_a_reply_saying(r, question) or _replied_to(question, r)))
            # a reply to the interviewer's question naming the role asked: "Chloé Vasseur est avec moi
            # depuis trois saisons." under "Parlez-nous de votre copilote." at 0.27 (a twenty-first walk)
            or (role is not None and _replied_as(role[0], question, r))
        )

    def in_passage(r: ScoredSentence) -> list[ScoredSentence]:
        if r.similarity < min_score and fits(r) and says_it_unsure(r):
            r = replace(r, similarity=_surest(ranked, r.sentence.hit.chunk.source))
        if why_asked and fits(r):
            # The cause its sentence says, not the event the question says again: "neutralisée
            # par la voiture de sécurité pendant quatre tours après la sortie de piste de Castel"
            # for why the safety car came out (a fourteenth walk answered the event), nor what
            # followed it ("interrompue … après la sortie de route de Hale, sans conséquence pour
            # le pilote": a fifteenth walk answered the last clause), nor a figure ("prévue sur 22
            # tours, … arrêtée … après la chute de Pierre Servant"); a span of other words before
            # a cause stays (PIAF's "à quel point les obstacles sont multiples …, ne serait-ce que
            # parce qu'elles savent …")
            cause = [o for o in _causes_beside(r, question) if fits(o)]
            span = _span_and_after(r)[0]
            if cause and (
                set(tokenize(span)) & set(tokenize(question))
                or re.search(r"\d", span)
                # (or in words: "il a perdu vingt-six secondes … sur une crevaison lente", a walk)
                # (not "une stratégie audacieuse": "une" is an article there)
                # (a measure, not a count of causes: "Deux crevaisons ont ruiné la course", a review)
                or re.match(
                    rf"\W*(?!une?\b)(?:{SMALL_NUMBER_WORDS})(?:[\s-]+(?:{SMALL_NUMBER_WORDS}|et))*\s+"
                    r"(?:secondes?|minutes?|heures?|tours?|places?|points?|positions?|kilomètres?|km|seconds?|laps?)\b",
                    span,
                    re.I,
                )
                is not None
                # (a part broken or an incident is the cause over any other words: "a abandonné dès le
                # premier tour de la finale, cardan arrière cassé" for "Why did … retire", a walk)
                # (said after a span saying the event again: "Victime d'un accrochage au départ, Paul Roy
                # a abandonné … : son moteur avait surchauffé" keeps the reader's, and so do "he ran
                # wide at Paddock Hill, finishing third with a damaged front wing": two reviews)
                or (
                    _AN_INCIDENT.match(_span_and_after(cause[0])[0]) is not None
                    and (cause[0].span or (0, 0))[0] > (r.span or (0, 0))[0]
                    and _THE_EVENT_SAID.search(span) is not None
                )
                # (only a span saying what followed it: "Victime d'un accrochage, Paul Roy a abandonné
                # : son moteur avait surchauffé" keeps its span, a review)
                or (re.match(r"(?:sans|without)\b", span) and (cause[0].span or (0, 0))[0] < (r.span or (0, 0))[0])
                # (or explained after a colon the span comes before: "Dumoulin pouvait viser mieux : il a
                # renversé une quille …", a seventeenth walk)
                or _after_a_colon(cause[0], question)
                # (a span after "après", a moment, where words of cause say the cause: ``_causes_beside``)
                or _A_MOMENTS_WORD.match(span) is not None
            ):
                return [cause[0], r, *others(r)]
            explained = [o for o in _incident_explained(r, question) if fits(o)]
            if explained:
                return [explained[0], r, *others(r)]
        if origin is not None and r.span is not None:
            r = _demonym_of(r, origin)  # "Belge" of "Belge Arthur Vanderelst, 17 ans, et …" (an eleventh walk)
            if not nationality and fits(r) and is_demonym(_span_and_after(r)[0].strip()):
                # A town said of them before a demonym: "originaire de Namur" over "le Belge Arthur
                # Descamps" for where he is from (a thirteenth walk).
                town = [o for o in _other_spans(r) if fits(o) and not is_demonym(_span_and_after(o)[0].strip())]
                if town:
                    return [town[0], r, *others(r)]
        if kind == "money" and fits(r):
            # the amount whose words say what the question prices: "230 euros pour une voiture en
            # double monte", not "145 euros par pilote" before it (a seventeenth walk)
            priced = [o for o in _passage_spans(r, _amount_priced(r, question)) if fits(o)]
            if priced:
                return [priced[0], r, *others(r)]
        if when_asked and (not fits(r) or _CALENDAR_LINE.match(r.sentence.quote)):
            # A calendar's line naming the event asked gives its date ("- 20-21 juin : Super Motard
            # Festival"; a twelfth walk got the next line's, "11-12 juillet").
            dated = [o for o in _passage_spans(r, _calendar_dates(r, question)) if fits(o)]
            if dated:
                return [dated[0], r, *others(r)]
        if noun is not None and r.span is not None and _counts_another_noun(r, noun):
            # "Deux cent quarante voitures réparties en neuf plateaux" for how many plateaux: the
            # number the noun asked follows (a tenth walk).
            beside = [o for o in _counted_beside(r, noun) if fits(o)]
            if beside:
                return [beside[0], r]
        if placed == 1 and race_read and not (fits(r) and _race_named_at(r, races) and _placing(r) == placed):
            # (Not "… ont abandonné … dans la deuxième spéciale" for who won it: it names the
            # race, and no win.)
            # A line of a stages' list naming the race asked gives its winner after its colon
            # ("ES7 Anduze (14,2 km) : Roux / Roux", a tenth walk), the reader's spans elsewhere.
            # Of the class asked: "Course 1 (samedi) : l'Audi … de Team Meridian, partagée par
            # Maxime Carrel …, s'est imposée en Pro" is no Silver Cup winner (a fourteenth walk).
            lined = [o for o in raced_in(r.sentence.hit.chunk.source) if not field_class or fits(o)]
            if lined:
                return [lined[0], r]
        if next_asked and not fits(r):
            upcoming = next_in(r.sentence.hit.chunk.source)
            if upcoming:
                return [upcoming[0], r]
        if team is not None and not fits(r):
            teamed = teamed_in(r.sentence.hit.chunk.source)
            if teamed:
                return [teamed[0], r, *others(r)]
        if feat is not None and not fits(r):
            # The sentence saying the feat asked about, its person or its time ("a dépassé le
            # poleman Lucas Ferrand", "le meilleur tour est revenu à Yuki Tanabe en 1'11"902").
            # (in the release's other read passages too, with its surest probability: "La n°5 … a
            # signé le meilleur tour de la course en 2'11\"407", read at 0.28, for the best lap of
            # the 12 Heures, a twentieth walk refused)
            timed_feat = not WHO_ASKED.match(question)
            # (of a class asked, a sentence naming it: the race's best lap is no Superstock's, a
            # nineteenth walk's unanswerable question, answered once the release's passages were read)
            featured = [
                o
                for o in _in_release(ranked, r.sentence.hit.chunk.source, lambda y: _feat_spans(y, feat, timed_feat))
                if fits(o) and (not field_class or _names_class(o, field_class))
            ]
            if featured:
                return [featured[0], r]
        block = _interview_answer(question, r)
        if block is not None and not (r.span is not None and block[0] <= r.span[0] < block[1] and fits(r)):
            # An interview's answer to the interviewer's question that asks what the user asks
            # ("Quel est votre objectif cette saison ?" for "Quel est l'objectif de Manon
            # Delacroix ?"): a span the reader found in it, or for a question of no type its
            # first sentence (a ninth walk answered "grand-père" and, for the age she found
            # motorcycling, her age now).
            inside = [o for o in _other_spans(r) if o.span is not None and block[0] <= o.span[0] < block[1] and fits(o)]
            if not inside and kind is None:
                inside = [o for o in _said_in(r, block) if fits(o)]
            if inside:
                return [inside[0], r, *others(r)]
        if block is None and (not fits(r) or not _asked_words(question) & set(tokenize(r.sentence.quote))):
            # The same, in another read passage of the release: the lead names the one
            # interviewed and the reader reads it first ("Hugo Lemoine, vice-champion 2025, a
            # répondu à nos questions" for his objective), while the reply naming no one sits
            # under "Quel est votre objectif ?" (two walks' interviews: 2 of 11 replies read)
            replied = replied_in(r)
            if replied:
                return [replied[0], r, *others(r)]
        if (counted_of or counted_team) is not None and noun is not None and not fits(r):
            # "… devant Kévin Aubert (55) et Sandrine Morel (38)" where the points are counted:
            # the number in brackets after the one asked is their count (a tenth walk); a team's
            # too ("devant Cercle Sport (61)", a thirteenth walk).
            whose = counted_of or counted_team
            assert whose is not None
            bracketed = [o for o in _passage_spans(r, _counts_in_brackets(r, whose, noun)) if fits(o)]
            if bracketed:
                return [bracketed[0], r, *others(r)]
        if kind in ("rank", "gap") and timed is not None and not fits(r):
            items = ranked_in(r.sentence.hit.chunk.source)
            if items:
                return [items[0], r, *others(r)]
        if kind == "rank" and timed is not None and not fits(r):
            # the place a sentence of the passage gives the one asked: "Deuxième de la manche
            # d'ouverture …, Margaux Delpech revient sur son week-end" (a twenty-second walk refused
            # where she finished: the reader's span was "sur les pentes des Cévennes")
            stated = [o for o in _ranks_stated(r, timed, question) if fits(o)]
            if stated:
                return [stated[0], r, *others(r)]
        if noun is not None and not names_noun(r.sentence.quote, noun):
            tabled = tabled_in(r.sentence.hit.chunk.source)
            if tabled:
                return [tabled[0], r]
        if noun is not None and r.span is not None and _a_whole_broken_down(r, noun):
            # "Nous sommes quatorze : six mécaniciens, trois pilotes…" for how many mechanics:
            # the number the noun follows in the span's sentence, before the whole (an eighth
            # walk's interview, rewritten).
            beside = [o for o in _counted_beside(r, noun) if fits(o)]
            if beside:
                return [beside[0], r]
        if placed is not None:
            # A sentence placing someone without the race asked by its number ("Lemoine a dominé
            # …, remportant deux des trois courses" for race 2) gives way to the list under it.
            listed = listed_in(r.sentence.hit.chunk.source)
            if listed and (
                not fits(r) or not _states_placing(r) or (race is not None and not _names_race(r, question))
            ):
                return [listed[0], r] if fits(r) else listed[:1]
        if placed is not None and field_class and not fits(r):
            # The one a sentence of the class asked places as asked ("En LMP3, … Garnier, 21 ans, a
            # conservé l'avantage … avec 6,4 s d'avance sur …" for who won in LMP3: a thirteenth walk).
            in_class = [o for o in _passage_spans(r, _placed_in(r, placed, question)) if fits(o)]
            if in_class:
                return [in_class[0], r, *others(r)]
        if placed is not None and races and not fits(r):
            # The one a sentence naming the race asked places as asked ("Race 1 on Saturday had
            # been won by the Porsche … of Lucas Brunner and Felix Haag": an eleventh walk).
            # (placed by ``_placed_in`` itself: a surname alone is placed nowhere by ``_placing``)
            in_race = [
                o
                for o in (replace(x, other_span=False) for x in _passage_spans(r, _placed_in(r, placed, question)))
                if fits(o)
            ]
            if in_race:
                return [in_race[0], r, *others(r)]
        if placed is not None and races and fits(r) and not events_numbered(r.sentence.quote):
            # The day's winner a headline or a lead names gives way to the one a sentence naming the
            # race asked places so: "Ravaud remporte Sainte-Hermine" for heat 2, where "Adrien
            # Moisan … a remporté la deuxième manche" (a nineteenth walk)
            in_race = [
                o
                for o in (replace(x, other_span=False) for x in _passage_spans(r, _placed_in(r, placed, question)))
                if fits(o)
                and not events_numbered(o.sentence.quote).isdisjoint(races)
                # (not another class's heat: "Chez les Espoirs, Noah Guérin a remporté la deuxième
                # manche" for the Élite's, a review)
                and not _a_class_unasked(o, question)
            ]
            if in_race:
                return [in_race[0], r, *others(r)]
        if placed is not None and (placed > 1 or standings) and not fits(r):
            # "Le pilote … a devancé Thomas Bellec de 14,3 secondes" for who was second: the one
            # beaten, whom the reader's spans miss (a ninth walk's runners-up were refused); a
            # standings' leader ("tandis que le Chilien Ignacio Bravo conserve la tête du général").
            behind = [o for o in _passage_spans(r, _runners_up_in(r, placed, standings)) if fits(o)]
            if behind:
                return [behind[0], r, *others(r)]
        if (
            placed == 1
            and fits(r)
            and _A_TEAM_SPAN.match(_span_and_after(r)[0])
            and WHO_ASKED.match(question)
            and not _TEAMS_CONTEST.search(question)
        ):
            # "Qui a gagné ?" of "L'équipe Voltara Racing a signé un doublé": the driver a sentence
            # of the passage places first ("Le Brésilien Caio Fontoura … s'est imposé", a twelfth walk).
            driver = [o for o in _passage_spans(r, _placed_in(r, 1, question)) if fits(o)]
            if driver:
                return [driver[0], r, *others(r)]
        if placed is not None and placed > 1 and fits(r) and _placing(r) is None:
            # A span placed nowhere gives way to the one a sentence of its passage places as
            # asked ("Clément Vasseur a décroché … le deuxième podium de sa carrière", then "…
            # devant l'Espagnol Álex Roldán, deuxième à 0,622 seconde"; "Sébastien Aubrac devance
            # au scratch le Savoyard Cyril Fontanel": an eleventh walk), the reader's first.
            placed_so = [o for o in _other_spans(r) if fits(o) and _placing(o) == placed]
            placed_so = placed_so or [o for o in _passage_spans(r, _placed_in(r, placed, question)) if fits(o)]
            if placed_so:
                return [placed_so[0], r]
        if placed is None or not fits(r) or not _places_no_one(r):
            return [r, *others(r)]
        placed_so = [o for o in _other_spans(r) if fits(o) and _placing(o) == placed]
        return [*placed_so[:1], r]

    spans = [x for r in ranked if r.span is not None for x in in_passage(r)]
    sources = dict.fromkeys(r.sentence.hit.chunk.source for r in ranked if r.span is not None)
    if job is not None:
        # a trade said as one after the reader's spans naming a trade, before its others: theirs
        # are often a car's bracket, a class or other words ("Adolf RS-Yamaha", "Catégorie Dames",
        # "sa carrière en championnat", two walks)
        trades = [r for r in spans if r.span is not None and names_a_trade(_span_and_after(r)[0])]
        spans = trades + [x for source in sources for x in jobs_in(source)] + [r for r in spans if r not in trades]
    quoted_words = quote_asked(question)
    if quoted_words is not None:
        # Who said the words quoted: "« … », a reconnu l'entraîneur de Roanne, Patrick Vial" (a
        # seventeenth walk answered the one named in the sentence before)
        spans = [
            x for source in sources for x in said_in(source, functools.partial(speakers_of, words=quoted_words))
        ] + spans
    # (a name asked: not "Quel est le métier de la mère d'Inès Baraduc ?", a twenty-first walk)
    kin_of = (
        next((n for n in names(question) if is_person(n)), None)
        if kin is not None and _A_NAME_ASKED.search(question)
        else None
    )
    if kin is not None and kin_of is not None:
        # A relative named with a possessive: "son frère cadet, Théo, 17 ans" for the first name of
        # Manon Rieutort's brother (a twentieth walk quoted her co-driver's)
        spans = [
            x for source in sources for x in said_in(source, functools.partial(kin_named, kin=kin, person=kin_of))
        ] + spans
    post = post_asked(question)
    if post is not None:
        # Who holds a post said in apposition: "Sophie Lenoir, directrice d'Orion Motorsport" for
        # who runs Orion Motorsport (a seventeenth walk refused; the reader read the team's driver)
        spans = [x for source in sources for x in said_in(source, functools.partial(posts_held, org=post))] + spans
    if asks_past_winners(question):
        # The winners a release says of the year before, in apposition: "Vainqueurs de l'édition
        # 2024, Mathis Brébion et Élodie Caron (Alpine …) ont abandonné dès l'ES 4" for who won
        # the rally last year (a sixteenth walk refused; the reader reads this year's race)
        spans = [x for source in sources for x in last_winners_in(source)] + spans
    if origin is not None:
        # the demonyms last: any span saying where someone is from goes first ("Originaire d'Auch"
        # in a later passage over "Le Niçois de 30 ans", another's: a fourteenth walk, held out)
        spans += [x for source in sources for x in described_in(source)[:1]]
    if kind == "clock":
        # a programme's line for the race asked first: "15h45 : Course 1 TCR" (a nineteenth walk's
        # programme, read, went unanswered three times, and the ticket sales' closing hour answered)
        # (of a release the reader is sure of: another one's line, read at 0.16, went before "Le départ
        # de la première course sera donné samedi à 16h40" and the reply was refused, a review)
        hours = [x for source in sources for x in said_in(source, functools.partial(_race_hours, question=question))]
        spans = [x for x in hours if x.similarity >= min_score] + spans + [x for x in hours if x.similarity < min_score]
    if row_of is not None:
        # the cell of the column a question names, in the row of the one it names: "Meilleur
        # tour" of a table of finalists (a twenty-third walk refused Tom Vasseur's best lap)
        spans = [x for source in sources for x in said_in(source, cells_asked)] + spans
    if feat is not None and WHO_ASKED.match(question) and _A_POLE_ASKED.search(question):
        # the one the pole's noun names: "Pole-sitter Priya Shah" (a twenty-fourth walk)
        spans = [x for source in sources for x in said_in(source, _pole_sitters)] + spans
    if row_of is None and not WHO_ASKED.match(question):
        # the cell of a table's row the question names by its label: "Prix : 89 €" of "Stage :
        # Baptême passager …" (a twenty-fourth walk answered "3 tours"), after the reader's own
        # (prose naming what is counted keeps the reader's answer: "9 podiums en 2023")
        spans += [x for source in sources for x in said_in(source, cells_labelled)]
    if driver is not None:
        # the vehicles the release says someone drives last: "Il pilotera une Fantic XE 300 en
        # catégorie E3." for the bike Théo Lemaire will ride (a sixteenth walk refused; the reader's
        # spans were a series and a town)
        spans += [x for source in sources for x in driven_in(source)]
        # and the bracket after their name: "Kévin Ravaud (Yamaha YFZ 450R, Ravaud Racing)" (a
        # nineteenth walk gave the quad of the one the reader's span named, Adrien Moisan)
        spans += [
            x for source in sources for x in said_in(source, functools.partial(_bracketed_vehicles, driver=driver))
        ]
    if pair is not None and not years:
        spans = [x for source in sources for x in paired_in(source)] + spans
    if kind == "gap" and timed is not None and not years:
        # A results list's item naming the one asked gives their place or gap before prose of
        # another document ("… père de la pilote GT Camille Vasseur, complète le podium à deux
        # tours", a team's, for her gap in another race: a tenth walk).
        spans = [x for source in sources for x in ranked_in(source)] + spans
    typed = [r for r in spans if is_typed(r)]
    owned = [r for r in typed if is_owned(r)]
    if placed is not None and placed > 1:
        # A read sentence placing someone as asked before a span placed nowhere: "Clément Vasseur
        # a décroché … le deuxième podium de sa carrière" is not who finished second where a read
        # passage says "… devant l'Espagnol Álex Roldán, deuxième à 0,622 seconde" (an eleventh
        # walk); a span placed nowhere stays when none is (PIAF's "la Pescarolo").
        placed_right = [
            r
            for r in owned
            if r.similarity >= min_score
            and answers(r)
            and _placing(r) == placed
            and not _another_occasion(r.sentence.quote, question)
        ]
        owned = placed_right[:1] + [r for r in owned if r not in placed_right[:1]]
    if placed == 1 and races:
        # A sentence naming the race asked and placing someone, over one that does neither: "Race 3
        # was won by Daan Kuipers" (0.40) over the squad's "… was made up of Timéo Lacroix …, Léo
        # Fournier … and Sacha Morel" (0.90) for who won Race 3 (a twenty-first walk)
        leading = next((r for r in owned if answers(r)), None)
        in_race = [
            r
            for r in owned
            if leading is not None
            and not _states_placing(leading)
            and not _race_named_at(leading, races)
            and r.similarity >= min_score
            and answers(r)
            and _race_named_at(r, races)
            and _states_placing(r)
        ]
        owned = in_race[:1] + [r for r in owned if r not in in_race[:1]]
    if field_class and placed is not None:
        # A sentence of the release opening with the class asked and placing someone, over one
        # naming no class: "Chez les SSV, Maxime Oudin et Pauline Sarrazin … s'imposent" over the
        # dateline's overall winners (a seventeenth walk)
        leading = next((r for r in owned if answers(r)), None)
        class_led = [
            r
            for r in owned
            if leading is not None
            and not _class_sentence_of(leading, field_class)
            and not classes_named(leading.sentence.quote, True)
            and r.sentence.hit.chunk.source == leading.sentence.hit.chunk.source
            and r.similarity >= min_score
            and answers(r)
            and _class_sentence_of(r, field_class)
            # (or its overall place: "N3 : Julien Gras / Pauline Gras (Renault Clio RS), 23e au
            # général." under the class winners' heading, a twenty-fourth walk)
            and (_states_placing(r) or _AN_OVERALL_PLACING.search(r.sentence.quote) is not None)
        ]
        owned = class_led[:1] + [r for r in owned if r not in class_led[:1]]
    if why_asked:
        # A span saying a cause before one that does not: the headline's "doublé" is no reason why
        # Gervais retired, "après un contact avec Jérôme Laval" in the next passage is (a walk).
        # Only over a headline's span, for a span of its release whose sentence shares a word of
        # the question (not another event's cause: "après un contact avec Luc Blanc" for why the
        # start was delayed, a review).
        # Over a figure too, which is no reason: "3 min 12 s Grégory Mathieu et Hélène Roussel",
        # "deuxième quart-temps" for why Mathieu lost the lead, why Pradier left (a seventeenth
        # walk), where a cause may be said without a word of cause, after a colon.
        leading = next((r for r in owned if answers(r)), None)
        caused = [
            r
            for r in owned
            if leading is not None
            and (_a_headline(leading) or _a_figure_not_a_cause(leading))
            and r.sentence.hit.chunk.source == leading.sentence.hit.chunk.source
            and r.similarity >= min_score
            and answers(r)
            and (
                _CAUSE.search(_span_and_after(r)[0])
                or (
                    not _a_headline(leading)
                    and (_AN_INCIDENT.match(_span_and_after(r)[0]) is not None or _after_a_colon(r, question))
                )
            )
            and _sentence_shares(r, question)
        ]
        owned = caused[:1] + [r for r in owned if r not in caused[:1]]
    best = next((r for r in owned if answers(r)), None)
    unknown = _said_unknown(question, ranked)
    if unknown is not None and (
        best is None
        or (
            (best.sentence.hit.chunk.source, best.sentence.start) != (unknown[0].source, unknown[0].start)
            and (
                unknown[1].sentence.hit.chunk.source == best.sentence.hit.chunk.source
                or unknown[1].similarity >= best.similarity
            )
        )
    ):
        # "Le montant versé à la Fédération … n'a pas été communiqué." for what it was: a
        # thirteenth walk answered another sum of the release (and a successor not yet chosen
        # with the team manager's name). The text's own word is the answer.
        refused = not_found(question, ranked, min(ranked[0].similarity, min_score))
        return replace(refused, notice=messages.fr("said_unknown", quote=unknown[0].text))
    if (
        not owned
        and ((kind, placed, origin, role) != (None, None, None, None) or team is not None)
        and any(r.span is not None for r in ranked)
    ):
        refused = not_found(question, ranked, min(ranked[0].similarity, min_score))
        if not typed and team is not None:
            why = messages.fr("team_missing")
        elif not typed and kind is not None:
            why = messages.fr("type_missing_" + kind)
        elif aged is not None and any(_someone_elses_age(aged, r) for r in typed):
            why = messages.fr("age_of_others", name=aged)
        elif origin is not None and any(_someone_elses_origin(origin, r) for r in typed):
            why = messages.fr("origin_of_others", name=origin)
        elif placed is not None:
            why = messages.fr("placing_of_others")
        elif role is not None:
            why = messages.fr("role_of_others", role=role[0], name=role[1])
        else:
            why = None  # another rule's (a past age, a relative's subject): the plain refusal
        return replace(refused, notice=why)
    if origin is not None and (best is None or best.similarity < min_score):
        # A place the text says is the subject's origin, in so many words ("Le pilote natif
        # d'Alès", his release's), answers where the reader is unsure of its passage (0.21 for
        # the press set's "Quelle est la ville natale de Romain Dumas ?"): the words and the
        # binding say what its probability does not.
        # (in a passage naming them: "La mère et la fille, venues d'Yssingeaux" of another release,
        # at 0.16, answered where Baptiste Royer comes from, a nineteenth walk)
        best = next((r for r in owned if answers(r) and _origin_in_words(r) and _names_them(r, origin)), best)
    if job is not None and (best is None or best.similarity < min_score):
        # So does a trade said as one of a sentence about them ("Sa copilote, infirmière à
        # Millau, …" after "… Lucas Fabre et Inès Roche …": the reader unsure, a fifteenth walk)
        best = next((r for r in owned if answers(r) and _job_in_words(r)), best)
    if (
        best is None
        or best.span is None
        or (
            best.similarity < min_score
            and not (origin is not None and _origin_in_words(best) and _names_them(best, origin))
            and not (job is not None and _job_in_words(best))
            # (nor who holds the post asked, said so of the organisation asked, however unsure the
            # reader is of the release: 0.24 for "Sophie Lenoir, directrice d'Orion Motorsport")
            and not (post is not None and _found_in_passage(best, functools.partial(posts_held, org=post)))
            and not (
                quoted_words is not None and _found_in_passage(best, functools.partial(speakers_of, words=quoted_words))
            )
        )
    ):
        # A refusal is never more confident than the threshold: the best passage's span may have
        # been the name asked about, at 0.91 (a walk: "Quel est le classement de Mathis Roux ?").
        return not_found(question, ranked, min(ranked[0].similarity, min_score) if ranked else 0.0)
    # Two dated documents giving the subject's age or origin differently: the latest answers,
    # the other is quoted and said (an eighth walk: "24 ans", "Ajaccio" on 28 April, "26 ans",
    # "Bastia" on 9 June; the earlier answered, nothing said).
    rival = None
    if (kind == "age" and aged is not None) or origin is not None:
        rival = _disagreeing(best, [r for r in owned if r.similarity >= min_score and answers(r)], kind)
        if rival is not None and _dated(rival) > _dated(best):
            best, rival = rival, best
    assert best.span is not None  # the rival's is: a read span that fits
    a, b = best.span
    before_span = best.sentence.hit.original(best.sentence.start, a)
    bracketed = (
        _NAMED_THEN_BRACKET.search(before_span)
        if (placed is not None or feat is not None) and WHO_ASKED.match(question) and team is None
        else None
    )
    if (
        bracketed is not None
        # (not a crew in the bracket after a team: "… n°63 de Vitrum Corse (Enzo Brambilla / Luca Ferri)";
        # nor a driver after a car: "L'Alpine A110 (Paul Roy)", a review)
        and "/" not in _span_and_after(best)[0]
        and not re.search(r"\d", bracketed.group(1))
        and not _MAKE_OR_TEAM.search(bracketed.group(1))
        and not re.search(r"\b(?:de|du|des|d['’])\s*$", before_span[: bracketed.start(1)])
    ):
        # the one whose team or make the bracket gives: "Eero Lahtinen", not "Nordic Speed" of
        # "Eero Lahtinen (Nordic Speed), parti en pole position" (a seventeenth walk)
        a, b = best.sentence.start + bracketed.start(1), best.sentence.start + bracketed.end(1)
        words = bracketed.group(1).split()
        if is_demonym(words[0]) and len(words) > 2:
            a += bracketed.group(1).index(words[1], len(words[0]))  # "Eero Lahtinen", not "Finlandais Eero …"
        best = replace(best, span=(a, b))
    if vehicle:
        said = _span_and_after(best)[0]
        wheel = _AT_THE_WHEEL.match(said)
        lead = wheel.end() if wheel else 0
        article = _VEHICLE_ARTICLE.match(said, lead)
        lead = article.end() if article else lead
        if 0 < lead < b - a:
            a += lead  # "HPD ARX-03a", "March 743": not "la HPD ARX-03a", "au volant de sa March 743"
            best = replace(best, span=(a, b))
        before = best.sentence.hit.original(max(best.sentence.start, a - 30), a)
        if lead == 0 and (make := re.search(r"\(\s*([A-ZÀ-Ý][\w-]*)\s+$", before)):
            a -= len(before) - make.start(1)  # "Tatuus F3 T-318" of "(Tatuus F3 T-318)", not "F3 T-318"
            best = replace(best, span=(a, b))
        said = best.sentence.hit.original(a, b)
        owner = re.search(r"\s(?:de|d['’])\s*(?=[A-ZÀ-Ý])", said)
        # (a person after it: not "Audi Quattro de Groupe B", a review)
        if owner is not None and owner.start() > 0 and _person_opening(said[owner.end() :]) is not None:
            # "Montesa Cota", not "Montesa Cota de Henri Pujol et la Fantic 200" (a review)
            b = a + owner.start()
            best = replace(best, span=(a, b))
    if (
        (team is not None or _WHICH_TEAM.match(question))
        and "," in (said := _span_and_after(best)[0])
        and _in_brackets(best)  # (not "ART Grand Prix, devant Prema Racing": a review)
    ):
        part = _bracket_team(said)
        if part is not None and part != said.strip() and (at := said.find(part)) >= 0:
            a, b = a + at, a + at + len(part)  # "Équipe Henri Dufresne", not "…, BMW M4 GT4" (a tenth walk)
            best = replace(best, span=(a, b))
    if _RESIDENCE_ASKED.search(question) and (lives := _LIVES_AT.search(_span_and_after(best)[0])):
        # "Mazan", not "Vaison-la-Romaine et j'habite toujours chez mes parents, à Mazan, au pied du
        # Ventoux" for where he lives (a twenty-fourth walk): the place after the verb of living
        a, b = a + lives.start("place"), a + lives.end("place")
        best = replace(best, span=(a, b))
    changed = _FROM_TO.fullmatch(_span_and_after(best)[0])
    changed_from = best.sentence.hit.original(max(best.sentence.start, a - 40), a) if changed is not None else ""
    if changed is not None and _CHANGED_FROM.search(changed_from) and not _TWO_YEARS.fullmatch(changed.group()):
        # "La capacité des tribunes passera de 3 000 à 5 500 places": the value after the change
        # (or before it, asked so, or now of a change to come): "5 500", not "3 000 à 5 500" (a
        # fourteenth walk, three times)
        asked_before = _BEFORE_ASKED.search(question) or (
            _NOW_ASKED.search(question) and _CHANGE_TO_COME.search(changed_from)
        )
        a, b = (a + changed.start("old"), a + changed.end("old")) if asked_before else (a + changed.start("new"), b)
        best = replace(best, span=(a, b))
    if (kind in ("laptime", "gap") or feat is not None) and (
        opened := _TIME_OPENED.search(best.sentence.hit.original(max(best.sentence.start, a - 20), a))
    ):
        a -= len(opened.group())  # "1 min 36,702 s", not "36,702 s" (a thirteenth walk)
        best = replace(best, span=(a, b))
    if kind in ("laptime", "gap") or feat is not None:
        # "32 min 14 s 6", not the reader's "32 min" (a twenty-third walk)
        whole = whole_time_end(best.sentence.hit.original(a, max(a, min(best.sentence.end, a + 40))))
        if whole is not None and a + whole > b:
            b = a + whole
            best = replace(best, span=(a, b))
    if (
        kind == "gap"
        and (unit := _GAP_UNIT.match(_span_and_after(best)[1]))
        and not _LAP_TIME.search(_span_and_after(best)[0])
    ):
        b += unit.end()  # "deux" then " tours": "deux tours"
        best = replace(best, span=(a, b))
    if re.search(rf"\b(?:{SMALL_NUMBER_WORDS})\s*$", _span_and_after(best)[0], re.I) and (
        more := _NUMBER_GOES_ON.match(_span_and_after(best, 40)[1])
    ):
        b += more.end()  # "quarante et unième", not "quarante" (a seventeenth walk's place, a count)
        best = replace(best, span=(a, b))
    if kind in ("gap", "laptime") and (end := time_end(kind, _span_and_after(best)[0])) is not None:
        b = a + end  # "1,42 s", not "1,42 s le tenant du titre" (a thirteenth walk)
        best = replace(best, span=(a, b))
    if origin is not None and nationality and len((spoken := _span_and_after(best)[0]).split()) > 3:
        # "Swedish", not "Swedish team-mate, the 29-year-old" (an eleventh walk)
        people = next((m for m in _WORD_IN.finditer(spoken) if _a_nationality(m.group())), None)
        if people is not None:
            a, b = a + people.start(), a + people.end()
            best = replace(best, span=(a, b))
    if (
        kind == "rank"
        and not only_rank(ranked_span := _span_and_after(best)[0])
        and (rank := _rank_said(ranked_span, years))
    ):
        # "troisième", not "Clermont-Ferrand, a terminé troisième du Grand Prix d'Italie" (an eleventh walk)
        a, b = a + rank[0], a + rank[1]
        best = replace(best, span=(a, b))
    one_of_several = kind if kind in ("count", "percent", "money", "slope") and phase is None else None
    if one_of_several and (one := _one_value(one_of_several, best, noun, question)):
        # "72 points", not "72 points, soit 5 de plus"; "six plateaux", not "six plateaux et plus
        # de 250"; "35 %", not "35 % du budget annuel de l'écurie, estimé à 4,3 millions d'euros"
        # (an eleventh walk's short answers running on into another number).
        a, b = a + one[0], a + one[1]
        best = replace(best, span=(a, b))
    if kind == "age" and (reach := age_reach(*_span_and_after(best, AGE_AFTER))):
        b += reach  # "Âgée de 14 ans", not "Âgée" (a fifth walk)
        best = replace(best, span=(a, b))
    if (
        _A_DAY_OF_A_MONTH.match(_span_and_after(best)[0])
        and not _ONE_DAY_ASKED.search(question)
        and (opened_days := _DAYS_OPENED.search(best.sentence.hit.original(max(best.sentence.start, a - 16), a)))
    ):
        a -= len(opened_days.group())  # "4 et 5 avril", not "5 avril" (a seventeenth walk's dates)
        best = replace(best, span=(a, b))
    if kind == "age" and (aged_so := _AN_AGE_OPENS.match(_span_and_after(best)[0])) and aged_so.end() < b - a:
        # "23 ans", not "23 ans, électricien dans une entreprise d'Avignon, joue au club …" (a
        # seventeenth walk)
        b = a + aged_so.end()
        best = replace(best, span=(a, b))
    if _a_word_asked(_span_and_after(best)[0], question) and (
        named := _A_NAME_AFTER.match(_span_and_after(best, 80)[1])
    ):
        # "traité de Lalla Maghnia", not "traité" for "Quel traité dessine les limites … ?" (piaf-dev)
        b += named.end()
        best = replace(best, span=(a, b))
    if (
        kind in ("power", "weight", "length", "speed")
        and (end := measure_end(kind, _span_and_after(best)[0])) is not None
    ):
        # "33 chevaux", not "33 chevaux, était pilotée par un équipage de trois à cinq pilotes" (a
        # twentieth walk)
        b = a + end
        best = replace(best, span=(a, b))
    day_notice = None
    day = _day_after_dateline(question, best) if _WHEN.search(question) and not future else None
    if day is not None:
        # "Laval, le 3 mai 2026 – La finale … s'est disputée samedi": the dateline is when the
        # release was written, the day its lede gives when the race was (a ninth walk answered
        # "Quand a eu lieu le Rallye des Vosges ?" with the dateline's "12 mai"). A dateline
        # alone on its line has its lede quoted, when the day lies in what can be quoted.
        (da, db), written, first, last = day
        hit = best.sentence.hit
        in_best = best.sentence.start <= da < best.sentence.end
        lede = (
            best.sentence
            if in_best
            else next((c for c in hit_sentences(best.sentence.hit_rank, hit) if c.start <= da < c.end), None)
        )
        if lede is not None:
            a, b = da, db
            best = replace(best, sentence=lede, span=(a, b))
            said = hit.original(a, b)
            if first is not None and last is not None and first == last:
                day_notice = messages.fr("dateline_day", written=written, day=said, date=first)
            elif first is not None and last is not None:
                day_notice = messages.fr("dateline_weekend", written=written, day=said, saturday=first, sunday=last)
    if (
        _WHEN.search(question)
        and re.fullmatch(r"\W*(?:19|20)\d\d\W*", best.sentence.hit.original(a, b))
        and (month_before := _A_DAY_AND_MONTH_BEFORE.search(best.sentence.hit.original(max(a - 24, 0), a)))
    ):
        # "1er janvier 2026", not "2026" of "à compter du 1er janvier 2026" (a twentieth walk)
        a -= len(month_before.group())
        best = replace(best, span=(a, b))
    if _WHEN.search(question) and not _ONE_END.search(question):
        # "Quand aura lieu la Ronde ?": "vendredi 24 au dimanche 26 avril 2026", not the last day
        # the reader took (a sixth walk); when it ends or starts is one day of it.
        hit = best.sentence.hit
        a -= range_opened(hit.original(max(a - _RANGE_BEFORE, hit.context_start), a))
        best = replace(best, span=(a, b))
    clause = _ANOTHER_CLASS_CLAUSE.search(best.sentence.hit.original(a, b)) if field_class else None
    if clause is not None and clause.group(1) not in field_class and clause.end() < b - a:
        # "Olmos et Daguerre s'imposent en Pro-Am, Pujol et Vidal" of a headline for who won in
        # Am: what follows another class's clause (a twentieth walk)
        a += clause.end()
        best = replace(best, span=(a, b))
    if placed is not None and (crew := _crew(best)) is not None:
        # "Le pilote Sébastien Delorme et sa copilote Marine Castagnet ont remporté …": a crew
        # won, not the co-driver the reader's span held (an eighth walk's winners given in part).
        a, b = min(a, crew[0]), max(b, crew[1])
        best = replace(best, span=(a, b))
    if award is not None and (held := _award_held(best, award)) is not None and (a, b) != held:
        # "Léa Brunel", not "Thomas Reynaud intouchable, Léa Brunel" of "…, Léa Brunel lauréate du
        # Trophée féminin" (a review)
        a, b = held
        best = replace(best, span=(a, b))
    if placed == 1 and WHO_ASKED.match(question) and (prose := _named_in_small_letters(best)) is not None:
        # "SAMEDI, COURSE 1 : BRUNEL IMPÉRIAL SOUS LA PLUIE" for who won race 1: "Léo Brunel" of
        # the passage's prose (a twenty-third walk answered the heading's words, and its next turn
        # asked about "Brunel Impérial Sous La Pluie")
        best = prose
        assert best.span is not None
        a, b = best.span
    if speaker is not None:
        # What someone said ends at its closing guillemet: "… un immense bonheur », a déclaré X".
        said = best.sentence.hit.original(a, b)
        closing = min((i for i in (said.find(q) for q in "»”") if i > 0), default=-1)
        if closing > 0 and said[:closing].strip():
            b = a + len(said[:closing].rstrip(" ,"))
    chosen = [best]
    hit = best.sentence.hit
    length = len(best.sentence.quote)
    for other in hit_sentences(best.sentence.hit_rank, hit):
        if (
            best.sentence.start < other.start < b
            and not _overlaps(other, chosen[-1].sentence)
            and not is_instruction(other.quote)
        ):
            length += len(other.quote) + 1
            if length > MAX_ANSWER_CHARS:
                break
            chosen.append(ScoredSentence(other, best.similarity, 0.0, best.score, best.span))
    # The short answer stays inside its citation [1]: a span running on into the next sentence
    # has it quoted too, its part there emphasised in the passage, but "n": 1 with offsets past
    # [1]'s end read as a bug (an eighth walk: "27, from Reims, drove … Tom Hollis, 33" for one
    # driver's age). Of piaf-train's and piaf-dev's 5,989 gold answers, 6 run past their first
    # sentence.
    b = min(b, best.sentence.end)
    # The reader's runner-up sentence is the runner-up of its best span's, not of a next best's.
    second = None if best.other_span or rival is not None else _runner_up(best, [c.sentence for c in chosen])
    if second is not None and sum(len(c.sentence.quote) + 1 for c in chosen) + len(second.quote) <= MAX_RUNNER_UP_CHARS:
        chosen.append(ScoredSentence(second, best.similarity, 0.0, best.score))
    notice = day_notice
    if rival is not None:
        chosen = [chosen[0], replace(rival, span=None)]  # [2]: what the other document says
        notice = messages.fr(
            "sources_disagree",
            other=rival.sentence.hit.chunk.source,
            other_date=_dated(rival),
            value=_span_and_after(rival)[0],
            source=best.sentence.hit.chunk.source,
            date=_dated(best),
        )
    citations = tuple(citation(i + 1, s) for i, s in enumerate(chosen))
    text = quoted_sentences(citations)
    short = ShortAnswer(quote(hit.original(a, b), hit.markdown), 1, a, b)
    return Answer(
        question=question,
        answered=True,
        text=text,
        citations=citations,
        confidence=best.similarity,
        short_answer=short,
        notice=notice,
    )


def _dated(scored: ScoredSentence) -> str:
    """The date of a read sentence's document, "" for none (ISO dates sort as days do)."""
    document = scored.sentence.hit.document
    return (document.date or "") if document else ""


def _disagreeing(best: ScoredSentence, fitting: Sequence[ScoredSentence], kind: str | None) -> ScoredSentence | None:
    """The first of ``fitting`` (read spans of the type asked, owned by the subject) whose
    document, dated on another day than ``best``'s, gives another value (pure): an age that
    the days between the two dates cannot explain ("24 ans" on 28 April, "26 ans" on 9 June;
    not "22 ans" in 2024 and "24 ans" in 2026, nor "vingt-quatre ans" and "24 ans"), or a place
    sharing no word said the same way ("originaire d'Ajaccio", "originaire de Bastia"; "né à"
    and "originaire de" are two facts). None when the dated documents agree, or either is
    undated (PIAF's paragraphs never are)."""
    if not _dated(best):
        return None
    for r in fitting:
        if not _dated(r) or _dated(r) == _dated(best):
            continue
        if _values_differ(best, r, kind):
            return r
    return None


def _values_differ(one: ScoredSentence, other: ScoredSentence, kind: str | None) -> bool:
    """``_disagreeing``'s comparison of two dated spans (pure)."""
    if kind == "age":
        ages = [sorted(int(n) for n in numbers_in(_span_and_after(r)[0]) if n.isdigit()) for r in (one, other)]
        if not ages[0] or not ages[1]:
            return False
        (earlier, earlier_ages), (later, later_ages) = sorted(zip((_dated(one), _dated(other)), ages))
        return not 0 <= later_ages[0] - earlier_ages[0] <= math.ceil(_years_between(earlier, later))
    said = [_origin_words(r) for r in (one, other)]
    return all(words for _, words in said) and said[0][0] == said[1][0] and not said[0][1] & said[1][1]


def _origin_words(scored: ScoredSentence) -> tuple[str, frozenset[str]]:
    """Whether a place is said as a birthplace ("born") or an origin ("from"), and its words (pure)."""
    located = _span_in_sentence(scored)
    before = located[0][max(0, located[1] - _ORIGIN_REACH) : located[1]] if located else ""
    span = _span_and_after(scored)[0]
    born = re.search(r"(?<![\w’'-])(?:née?s?|born)(?![\w’'-])", before + span, re.IGNORECASE) is not None
    words = frozenset(w for w in re.findall(r"[^\W\d_]+", _folded(span)) if w not in _ORIGIN_SMALL_WORDS)
    return ("born" if born else "from"), words


def _years_between(earlier: str, later: str) -> float:
    """Years from one document date to a later one ("2026-04-28", "2026-06-09": 0.11); a
    date of a month or a year alone counts from its year (pure)."""
    try:
        return (date.fromisoformat(later) - date.fromisoformat(earlier)).days / 365.25
    except ValueError:
        return float(int(later[:4]) - int(earlier[:4]))


_ORIGIN_SMALL_WORDS = frozenset(
    "originaire originaires native natif née né nés from born de du des d la le les à au aux en".split()
)


def _other_spans(scored: ScoredSentence) -> list[ScoredSentence]:
    """The read passage's next best spans (``Reading.others``, at most ``reader.OTHER_SPANS``),
    each in its sentence and scored as the passage (pure)."""
    reading = scored.sentence.hit.reading
    if reading is None:
        return []
    return _passage_spans(scored, ((a, b) for a, b, _ in reading.others))


def _later_numbers(scored: ScoredSentence) -> list[ScoredSentence]:
    """The numbers in digits of a passage's best span after its first, each a span of its own
    in its sentence (pure): "Sur les 126 coureurs au départ, 97 ont terminé" read as one span
    holds the finishers' count too. None for a next best span (``ScoredSentence.other_span``):
    an empty list."""
    reading = scored.sentence.hit.reading
    if reading is None or scored.other_span:
        return []
    numbers = list(_DIGITS.finditer(scored.sentence.hit.chunk.text, reading.start, reading.end))
    return _passage_spans(scored, ((m.start(), m.end()) for m in numbers[1:]))


def _best_span_sentence(scored: ScoredSentence) -> tuple[str, int, int, Reading] | None:
    """A passage's text, where the sentence of its best span opens and closes in it, and its
    reading (pure); None for a next best span or an unread passage."""
    reading = scored.sentence.hit.reading
    if reading is None or scored.other_span:
        return None
    text = scored.sentence.hit.chunk.text
    opened, closed = next(((a, b) for a, b in split_sentences(text) if a <= reading.start < b), (0, len(text)))
    return text, opened, closed, reading


# A sentence of a class by its word: "En catégorie Gentleman, …", "In the EuroNASCAR 2 class, …".
_A_CLASS_OPENS = re.compile(
    r"\W*(?:en|dans\s+la)\s+(?:catégorie|classe)\s+(?!(?:reine|premi\w+|principale|phare|majeure|royale|supérieure)\b)\S"
    r"|\W*in\s+the\s+(?!(?:premier|top|main|senior)\b)[^,]{1,30}\s(?:class|category)\s*,",
    re.I,
)  # (not "Dans la catégorie reine", "In the premier class": a review; "des juniors" is one)


def _a_surname_said(scored: ScoredSentence) -> bool:
    """Whether a read span is one word its passage gives as a person's last name ("Garnier" of
    "le Français Pierre-Louis Garnier") (pure): someone, no team. (A full name may be a team's:
    "Red Bull".)"""
    from paddockqa.conversation import is_person, names

    word = _span_and_after(scored)[0].strip()
    text = scored.sentence.hit.chunk.text
    if not re.fullmatch(r"[A-ZÀ-Ý][\w'’-]+", word):
        return False
    if any(TEAM_NOUN_BEFORE.search(text[: m.start()]) for m in re.finditer(rf"\b{re.escape(word)}\b", text)):
        return False  # a team named after its founder: "L'équipe Penske, fondée par Roger Penske" (a review)
    return any(is_person(name) and name.split()[-1] == word for name in names(text))


# A side classification heading a paragraph: "Trophée Gentlemen : Jérôme Laval … remporte les courses
# 1 et 3" is no winner of the meeting's race 3 (a sixteenth walk's follow-up).
_A_TROPHY_HEADING = re.compile(
    # (not "Classement VHC : 1. Santoni / Luciani …", a results list: the thirteenth walk rerun)
    r"\W*(?:trophée|coupe|cup|trophy|challenge|catégorie|category)\s+[^\n:.]{1,30}?\s*:\s",
    re.I,
)


def _a_class_sentence(scored: ScoredSentence) -> bool:
    """Whether a read span's sentence opens with one class of several its passage names ("En
    Silver Cup, la victoire est revenue à …", "En catégorie Gentleman, …", "In the EuroNASCAR 2
    class, …") (pure): its winner is that class's, not the race's."""
    quote = scored.sentence.quote
    if _A_CLASS_OPENS.match(quote) or _A_TROPHY_HEADING.match(quote):
        return True
    opened = classes_named(quote)
    if not opened or opened[0][0] > 3 or not re.match(r"\W*(?:en|in)\s", quote, re.I):
        return False
    # (or one the title does not name: "En MX2, la victoire est revenue au Suédois Elias Lindqvist
    # …, vainqueur des deux manches" in "MXGP de France : Lucas Ferrandi …" is no winner of the
    # release's manche 2, a twelfth walk's rerun)
    title = scored.sentence.hit.chunk.title
    # (not when the title names its winner: "En GT3, la victoire est revenue à Paul Roy" under
    # "Nogaro : Paul Roy s'impose en course 1", a review)
    span = _span_and_after(scored)[0].strip() if scored.span is not None else ""
    # (a title naming another class or series by its code: "MXGP de France : …"; not "Rallye du
    # Rouergue : doublé Škoda" over "En Rally2, …", a review)
    coded = {*A_CLASS_CODE.findall(title), *re.findall(r"\b[A-Z][A-Z0-9]{2,}\b", title)}
    return len({name for _, name in classes_named(scored.sentence.hit.chunk.text)}) > 1 or (
        bool(coded)
        and not re.search(rf"(?<![\w-]){re.escape(opened[0][1])}(?![\w-])", title, re.I)
        and not (span and span in title)
    )


# A headline's wins shared by several: "X et Y se partagent les victoires", "split the wins".
_WINS_SHARED = re.compile(
    r"\b(?:se\s+partagent|se\s+sont\s+partagé\w*|split|share[sd]?)\s+(?:(?:les|the)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:victoires|succès|manches|courses|wins|victories|spoils|races)\b",
    re.I,
)  # (not "qui se partagent le volant de la Porsche n°12", a review)
_WHY_ASKED = re.compile(r"\W*(?:pourquoi|pour\s+quelle\s+raison|why|for\s+what\s+reason)\b", re.I)
# What says a cause: "en raison d'une panne", "pour avoir coupé la chicane", "because of a
# puncture", "après la sortie de piste de Castel"; not a moment ("après 12 tours", "après la
# relance", "after the first lap", "après le 15 avril 2019": two reviews).
_A_MOMENT = (
    r"(?!\d|(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|quarante|cinquante"
    r"|cent|quelques|plusieurs|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|few|several"
    r"|course|départ|relance|arrivée|drapeau|arrêt|pause|qualifications?|essais|séance|manche|mi-course|race|start"
    r"|restart|finish|flag|session|qualifying|break|first|last|premiers?|premières?|derniers?|dernières?|janvier|février"
    r"|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|january|february|march|april|may|june"
    r"|july|august|september|october|november|december|tours?|laps?|heures?|hours?|minutes?|jours?|days?|semaines?"
    r"|weeks?|mois|months?|ans?|années?|years?|saisons?|seasons?"
    # a time of day: "avant de perdre quatre tours peu après minuit" (a seventeenth walk)
    r"|minuit|midi|aube|nuit|soir|matin|crépuscule|midnight|noon|dawn|dusk|nightfall|sunset|sunrise|night|morning"
    r"|evening)\b)"
)
# What goes wrong on a car or a bike, said after "sur", "après", "with" ("a abandonné au 71e tour
# sur une fuite d'huile", "après un contact avec Jérôme Laval", "retired with a broken
# driveshaft"), a word before it allowed ("sur une lourde sortie de piste", "with gearbox failure")
_INCIDENT = (
    r"(?:crevaisons?|fuites?|pannes?|casses?|ruptures?|bris|sorties?\s+de\s+(?:piste|route)|touchettes?|accrochages?"
    r"|contacts?|collisions?|erreurs?|problèmes?|soucis|ennuis|chutes?|tête-à-queue|incendies?|surchauffes?|avaries?"
    r"|défaillances?|pénalités?|tonneaux?|punctures?|leaks?|failures?|problems?|issues|fires?|spins?|crash(?:es)?"
    r"|broken|damaged|failed|blown|punctured|overheating)\b"
)
_INCIDENT_AFTER = (
    r"\b(?:sur|après|suite\s+à|with|after|following)\s+(?:(?:une?|la|le|les|a|an|the)\s+|l['’]\s*)?"
    rf"(?=(?:[\w-]+\s+)?{_INCIDENT})"
)
# A part said broken: at a sentence's end after a comma ("a abandonné dès l'ES 4, courroie
# d'alternateur cassée."), or after a colon ("… dans l'ES 8 : une jante arrière gauche s'est
# brisée sur une pierre", a sixteenth walk answered the event for why)
_BROKEN = (
    r"(?:cassée?s?|brisée?s?|rompue?s?|endommagée?s?|crevée?s?|percée?s?|grippée?s?|bloquée?s?|arrachée?s?"
    r"|explosée?s?|HS|en\s+panne|hors\s+d['’]usage|a\s+cédé|a\s+lâché|a\s+rendu\s+l['’]âme)"
)
_BROKEN_AFTER = rf",\s+(?=(?:[\w'’-]+\s+){{1,5}}?{_BROKEN}\s*(?:[.;!]|$))"
_BROKE_AFTER = rf"\s:\s+(?=[^.;:!?]*?\b{_BROKEN}\b)"
_AN_INCIDENT = re.compile(
    rf"\W*(?:(?:une?|la|le|les|a|an|the)\s+|l['’]\s*)?(?:[\w-]+\s+)?{_INCIDENT}|.*\b{_BROKEN}\b", re.I
)
_CAUSE = re.compile(
    r"\b(?:à\s+cause|en\s+raison|à\s+la\s+suite|victime|faute)\s+(?:d['’]\s*|de\s+(?:la\s+|l['’]\s*)?|du\s+|des\s+)"
    r"|\b(?:suite\s+à|parce\s+qu(?:e\s+|['’]\s*)|puisqu(?:e\s+|['’]\s*))(?:la\s+|l['’]\s*|le\s+|les\s+)?"
    r"|\bpour\s+(?:ne\s+pas\s+)?avoir\s+|\bfor\s+(?=[a-z]+ing\b)"
    r"|\b(?:because\s+of|due\s+to|owing\s+to|as\s+a\s+result\s+of|because)\s+(?:(?:the|a|an)\s+)?"
    # (an article there is read: "après le départ" is a moment, not "après" then "le départ")
    rf"|\b(?:following|after|après)\s+{_A_MOMENT}"
    rf"(?:(?:la|le|les|the|a|an|une?)\s+|l['’]\s*|(?!(?:la|le|les|the|a|an|une?)\s|l['’])){_A_MOMENT}"
    rf"|{_INCIDENT_AFTER}|{_BROKEN_AFTER}|{_BROKE_AFTER}",
    re.I,
)
# A purpose: "pour permettre le resurfaçage", "afin de réparer", "in order to repair".
_A_PURPOSE = re.compile(
    r"(?:afin\s+de|pour)\s+(?:ne\s+pas\s+)?[^\W\d_]+(?:er|ir|re)\b|in\s+order\s+to\s+[^\W\d_]+", re.I
)
# A reason said with "pour", "for": "pénalisé de cinq secondes pour un départ anticipé" (a review).
_A_REASON = re.compile(r"(?:pour|for)\s+(?:une?|le|la|les|l['’]|son|sa|ses|excès|avoir|a|an|the|his|her)\b", re.I)
# The event a why question asks about, said again in a span: "abandonné dès le premier tour".
_THE_EVENT_SAID = re.compile(
    r"\b(?:abandon\w*|renonc\w*|perdu|perd|retir\w*|stopp\w*|arrêt\w*|lost|los(?:es|ing)|DNF|out)\b", re.I
)
_A_MOMENTS_WORD = re.compile(r"\W*(?:following|after|après)\b", re.I)  # a cause's word that may say a moment
CAUSE_CHARS = 120  # the most of a cause quoted as the short answer
_CAUSE_END = re.compile(r"[,;.!?»]|\s[–—]\s")  # where a cause's clause ends


def _cause_end(text: str, cause: re.Match[str], closed: int) -> int:
    """Where the clause of a word of cause ends: its punctuation, at most ``CAUSE_CHARS`` on (pure)."""
    edge = _CAUSE_END.search(text, cause.end(), closed)
    return min(edge.start() if edge else closed, cause.end() + CAUSE_CHARS)


def _causes_beside(scored: ScoredSentence, question: str) -> list[ScoredSentence]:
    """The cause the sentence of a passage's best span says after a word of cause ("après la
    sortie de piste de Castel au virage du Pont", to its clause's end), as a span, when the
    reader's span is not already in one (pure); an empty list for a next best span."""
    found = _best_span_sentence(scored)
    if found is None:
        return []
    text, opened, closed, reading = found
    # A cause said by its own words outranks one said by "après", which may be a moment: "interrompue
    # après le passage du 52e équipage, à la suite de la sortie de route de …" (a twentieth walk).
    causes = [(m, _cause_end(text, m, closed)) for m in _CAUSE.finditer(text, opened, closed)]
    weak = {m.start() for m, _ in causes if _A_MOMENTS_WORD.match(m.group())}
    # (the span holds the word, or follows it in its clause)
    holding = [m for m, end in causes if m.start() < reading.end and reading.start < end]
    outranked = bool(holding) and all(m.start() in weak for m in holding) and len(weak) < len(causes)
    if not outranked and (
        _CAUSE.search(text, reading.start, reading.end)
        or _A_PURPOSE.match(text, reading.start)
        or _A_REASON.match(text, reading.start)
    ):
        # the reader's span says a cause ("pénalisé … pour avoir coupé la chicane", a review) or a
        # purpose ("retardée de 40 minutes pour permettre le resurfaçage de la piste après une
        # chute de neige", the fifteenth walk rerun)
        return []
    spans = []
    # (the first after the span's start: "abandonné après la sortie de piste de Martin, qui l'a
    # privé d'une victoire acquise grâce à …" is the crash, a review)
    for m, end in causes:
        if outranked and m.start() in weak:
            continue
        if m.end() <= reading.start < end:
            return []  # the reader's span is a cause already
        if end > m.end():
            spans.append((m.start() < reading.start, m.end(), end))
    colon = _EXPLAINED.search(text, reading.end, closed)
    if (
        not spans
        and colon is not None
        and not _AN_INCIDENT.match(text[reading.start : reading.end])
        and _an_explanation(text[colon.end() : closed], question)
    ):
        # no word of cause, an explanation after a colon: "Dumoulin pouvait viser mieux : il a
        # renversé une quille dans la troisième manche" (a seventeenth walk answered the words
        # before it for why he lost second place)
        edge = _CAUSE_END.search(text, colon.end(), closed)
        spans.append((False, colon.end(), min(edge.start() if edge else closed, colon.end() + CAUSE_CHARS)))
    spans.sort()
    return _passage_spans(scored, [(a, b) for _, a, b in spans[:1]])


# A colon before a clause that explains what the words before it say ("il a perdu plus de quatre
# minutes dans la SS3 : une crevaison à l'avant gauche l'a obligé à s'arrêter"): a small letter
# after it, no list, figure or quote.
_EXPLAINED = re.compile(r"\s:\s+(?=[a-zà-ÿ])")


def _incident_explained(scored: ScoredSentence, question: str) -> list[ScoredSentence]:
    """The clause after an explaining colon (``_EXPLAINED``) when it opens with an incident and
    the reader's span sits later in it, as a span to its clause's end (pure): "une crevaison à
    l'avant gauche l'a obligé à s'arrêter pour changer de roue", whose purpose the reader quoted
    (a seventeenth walk); an empty list otherwise."""
    found = _best_span_sentence(scored)
    if found is None:
        return []
    text, opened, _, reading = found
    colon = next(reversed(list(_EXPLAINED.finditer(text, opened, reading.start))), None)
    if colon is None or colon.end() >= reading.start or not _AN_INCIDENT.match(text, colon.end()):
        return []
    if not _an_explanation(text[colon.end() :], question):  # (its own clause: ``_an_explanation``)
        return []
    edge = _CAUSE_END.search(text, colon.end(), reading.end)  # (the clause reaches the reader's span)
    if edge is not None:
        return []
    close = _CAUSE_END.search(text, reading.end)
    end = min(close.start() if close else len(text), colon.end() + CAUSE_CHARS)
    return _passage_spans(scored, [(colon.end(), end)])


# (not "un", "une": an article, "une nappe d'huile au virage 3")
_A_FIGURE_OPENS = re.compile(
    rf"\W*(?:\d|(?!une?\b)(?:{SMALL_NUMBER_WORDS}|premi(?:er|ère)s?|second(?:e|s|es)?|\w+i[eè]mes?|first|second|third)\b)",
    re.I,
)


def _a_figure_not_a_cause(scored: ScoredSentence) -> bool:
    """Whether a read span opens with a number or a rank and says no cause (pure): "3 min 12 s
    Grégory Mathieu …", "Cent quarante-deux pilotes", not "Deux crevaisons"."""
    span = _span_and_after(scored)[0]
    return (
        bool(_A_FIGURE_OPENS.match(span))
        and not _CAUSE.search(span)
        and not _AN_INCIDENT.match(span)
        and not _A_REASON.search(span)  # "12 secondes de pénalité pour un départ anticipé" (a review)
    )


def _after_a_colon(scored: ScoredSentence, question: str) -> bool:
    """Whether a read span opens the clause after an explaining colon (``_EXPLAINED``) that
    explains (``_an_explanation``): "Pradier n'a pas terminé la rencontre : touché au genou gauche
    …" (pure)."""
    located = _span_in_sentence(scored)
    return (
        located is not None
        and re.search(r"\s:\s+$", located[0][: located[1]]) is not None
        and _an_explanation(located[0][located[1] :], question)
    )


# The words of a why question that say nothing of its event.
_WHY_WORDS = frozenset(tokenize("pourquoi pour quelle raison why what reason il elle ils elles he she they"))


def _an_explanation(clause: str, question: str) -> bool:
    """Whether the clause after a colon may explain the event a why ``question`` asks about
    (pure): it says none of the question's words but its names (not the event again, "Paul Roy a
    crevé dans l'ES 3 : il perd la tête du rallye" for why he lost the lead, nor what followed it,
    "… : il a été contraint à l'abandon" for why he retired: a review), and lists nothing ("… :
    le Var, la Lozère et le Touquet")."""
    edge = _CAUSE_END.search(clause)  # (its own clause: "…, une pénalité … qui lui a coûté la deuxième place")
    own = clause[: edge.start() if edge else len(clause)]
    if re.match(r"\s*(?:(?:le|la|les|un|une|des)\s+|l['’]\s*)[A-ZÀ-Ý]", own) or states_placing(own):
        return False  # (nor a placing: "… : il termine finalement cinquième")
    event = set(tokenize(re.sub(r"\b[A-ZÀ-Ý][\w’'-]*", " ", question))) - _WHY_WORDS
    return not event & set(tokenize(own))


# A post of an organisation, asked and said: "Qui dirige l'équipe Orion Motorsport ?", "Qui est
# le directeur d'Orion Motorsport ?"; "Sophie Lenoir, directrice d'Orion Motorsport", "le patron
# d'Orion Motorsport, Marc Blanc".
# Its head only: not who founded or owns it ("Luc Blanc, fondateur de Team Bleu en 1998, a cédé les
# rênes à Marc Noir", a review), nor "pilote principal".
_POST = (
    r"(?:directeur|directrice|patron|patronne|présidente?|team[\s-]manager|manager|dirigeante?|responsable|PDG"
    r"|team\s+principal|boss|director|chairman|chairwoman|president)"
)
_ORG = r"(?-i:[A-ZÀ-Ý0-9])[^?,;.()]*?"
_POST_ASKED = re.compile(
    rf"^\W*(?:(?:et|and)\s+)?qui\s+(?:est|était|sera)\s+(?:le|la|l['’])\s*(?:nouve(?:au|lle)\s+)?{_POST}\s+"
    rf"(?:de\s+l['’]\s*|du\s+|de\s+la\s+|d['’]\s*|de\s+)(?:(?-i:équipe|écurie|team|structure|groupe)\s+)?(?P<org>{_ORG})\s*\?*\s*$"
    rf"|^\W*(?:(?:et|and)\s+)?(?:qui|who)\s+(?:dirige|dirigeait|préside|présidait|runs|leads)\s+"
    rf"(?:l['’]\s*(?:équipe|écurie)\s+|le\s+(?-i:team|groupe)\s+|la\s+structure\s+|the\s+team\s+)?(?P<led>{_ORG})\s*\?*\s*$",
    re.I,
)
_A_PERSON = r"(?-i:[A-ZÀ-Ý][\w’'-]+(?:\s+(?:de\s+|van\s+|von\s+|da\s+|le\s+)?[A-ZÀ-Ý][\w’'-]+)+)"


def post_asked(question: str) -> str | None:
    """The organisation whose head (director, president, manager, team principal) the question asks, as
    written ("Qui dirige l'équipe Orion Motorsport ?" -> "Orion Motorsport"), or None (pure)."""
    found = _POST_ASKED.match(question)
    return (found.group("org") or found.group("led")).strip() if found is not None else None


def posts_held(text: str, org: str) -> tuple[tuple[int, int], ...]:
    """Where ``text`` names who heads ``org`` (all its words), in apposition right beside it
    (pure): "Sophie Lenoir, directrice d'Orion Motorsport", "le patron d'Orion Motorsport, Marc
    Blanc", "Orion Motorsport's team principal Ann Cole"; not a former one ("Paul Roy, ancien
    directeur de …"), nor a name further in the clause ("Le directeur de Team Bleu a salué … son
    pilote, Paul Roy": a review)."""
    named = r"\s+".join(re.escape(w) for w in org.split())
    of_org = (
        rf"(?:de\s+l['’]\s*|du\s+|de\s+la\s+|d['’]\s*|de\s+|of\s+)(?:(?:équipe|écurie|team|structure)\s+)?{named}\b"
    )
    patterns = (
        rf"(?P<name>{_A_PERSON})\s*,\s*(?:(?:le|la|l['’]|the)\s*)?(?:(?:nouvel(?:le)?|nouveau|actuel(?:le)?|new)\s+)?"
        rf"{_POST}\s+{of_org}",
        rf"\b{_POST}\s+{of_org}\s*(?:\([^()]*\)\s*)?,\s*(?P<name>{_A_PERSON})",
        # (or its name as an adjective: "said Brook Motorsport team principal Sarah Brook", a
        # twenty-fourth walk answered "Halden")
        rf"\b{named}(?:['’]s)?\s+{_POST}\s+(?P<name>{_A_PERSON})",
    )
    return tuple(sorted({m.span("name") for p in patterns for m in re.finditer(p, text, re.I)}))


def _found_in_passage(scored: ScoredSentence, spans_of: Callable[[str], Sequence[tuple[int, int]]]) -> bool:
    """Whether a read span is words ``spans_of`` finds in its passage's text (pure): the name
    ``posts_held`` or ``speakers_of`` finds."""
    text = scored.sentence.hit.chunk.text
    return _span_and_after(scored)[0] in {text[a:b] for a, b in spans_of(text)}


# Winners said of a year in apposition, before or after their names: "Vainqueurs de l'édition
# 2024, Mathis Brébion et Élodie Caron (…)", "Vainqueurs en 2024, Nicolas Chabrol et Aurélie
# Teissier menaient …", "Paul Martin, vainqueur en 2024, …", "Last year's winner Tom Hale".
_A_FULL_NAME = r"[A-ZÀ-Ý][\w'’-]+(?:\s+(?:d[eu]\s+|van\s+|von\s+|da\s+)?[A-ZÀ-Ý][\w'’-]+)+"
# (not an article and a demonym before them: "Le Lyonnais Paul Martin, vainqueur en 2024")
# (kin sharing a last name: "les frères Jérémy et Loïc Dauphin", a seventeenth walk refused)
_KIN = r"(?:frères|sœurs|soeurs|cousins|cousines|jumeaux|jumelles|époux|brothers|sisters|twins|cousins)"
_NAMES_RUN = (
    rf"(?:(?:Les?|La|The)\s+[A-ZÀ-Ý][\w-]+\s+|L['’][A-ZÀ-Ý][\w-]+\s+|(?:[Ll]es|[Tt]he)\s+{_KIN}\s+)?"
    rf"(?P<names>{_A_FULL_NAME}(?:\s+(?:et|and|&)\s+{_A_FULL_NAME})?|[A-ZÀ-Ý][\w'’-]+\s+(?:et|and|&)\s+{_A_FULL_NAME})"
)
_OF_YEAR = (
    r"(?:(?:de\s+(?:l['’]\s*|la\s+|le\s+|cette\s+|ce\s+)(?:édition|course|épreuve|manche|rallye|meeting|finale)"
    r"|du\s+(?:rallye|meeting|grand\s+prix)|ici|en|in)\s+)?(?:ici\s+)?"
    r"(?P<year>(?:19|20)\d\d|l['’]\s*an\s+(?:dernier|passé)|l['’]\s*année\s+dernière|la\s+saison\s+dernière"
    r"|l['’]\s*édition\s+précédente|de\s+la\s+précédente\s+édition|last\s+year)"
)
_WINNER_WORD = r"(?:[Vv]ainqueure?s?|[Ll]auréate?s?|[Ww]inners?)"
_WINNERS_OF_YEAR = (
    re.compile(rf"\b{_WINNER_WORD}\s+{_OF_YEAR}\s*,\s*(?:(?:les?|la|l['’])\s*[A-ZÀ-Ý][\w-]+\s+)?{_NAMES_RUN}"),
    re.compile(rf"{_NAMES_RUN}\s*(?:\([^()]*\)\s*)?,\s*{_WINNER_WORD}\s+{_OF_YEAR}\s*[,.;]"),
    re.compile(rf"\b(?:[Ll]ast\s+year['’]s|(?P<year>(?:19|20)\d\d))\s+{_WINNER_WORD}\s*,?\s*{_NAMES_RUN}"),
)


def past_winners_in(text: str, question: str, dated: str) -> list[tuple[int, int]]:
    """``winners_of`` the past years ``question`` asks, of a text dated ``dated`` (an ISO date;
    "l'an dernier" is the year before it) (pure): a release's or a passage's."""
    last = str(int(dated[:4]) - 1) if dated[:4].isdigit() else None
    return winners_of(text, past_winners_asked(question, dated), last)


def asks_past_winners(question: str) -> bool:
    """Whether a question asks who won a race a year it names or last year (pure): not a title
    ("Qui a gagné le titre l'année dernière ?"), nor since a year ("depuis 2020")."""
    return (
        WHO_ASKED.match(question) is not None
        and placing_asked(question) == 1
        and not _A_TITLE_ASKED.search(question)
        and bool(_years_of(question) or LAST_YEAR.search(question))
    )


_A_TITLE_ASKED = re.compile(r"\b(?:titre|title|championnat|championship|champion\w*|sacr\w*)\b", re.I)


def _years_of(question: str) -> frozenset[str]:
    """The years a question asks of, not those it counts from ("depuis 2020", "since 2020") (pure)."""
    return frozenset(y for y in years_asked(question) if not re.search(rf"\b(?:depuis|since)\s+{y}", question, re.I))


def past_winners_asked(question: str, dated: str) -> frozenset[str]:
    """The years whose winners a question asks, of a release dated ``dated`` (an ISO date):
    those it names ("en 2024"), or the year before the release's for last year's ("Qui avait
    remporté le Rallye du Touquet l'an dernier ?"); empty when it asks no winner, or last year's
    of an undated release (pure). A year not before the release's is none: a release of 2025
    tells who won this year, its "vainqueur l'an dernier" does not (a review)."""
    if not asks_past_winners(question):
        return frozenset()
    if years := _years_of(question):
        return frozenset(y for y in years if not dated[:4].isdigit() or y < dated[:4])
    if LAST_YEAR.search(question) and dated[:4].isdigit():
        return frozenset({str(int(dated[:4]) - 1)})
    return frozenset()


def winners_of(text: str, years: Iterable[str], last: str | None = None) -> list[tuple[int, int]]:
    """Where ``text`` names the winners of one of ``years`` ("2024") in apposition
    (``_WINNERS_OF_YEAR``), as (start, end) of the names, in the text's order (pure); those of
    "l'an dernier", "last year" when ``last`` (the year before the text's) is one of them."""
    wanted = set(years)
    found = [
        m.span("names")
        for pattern in _WINNERS_OF_YEAR
        for m in pattern.finditer(text)
        if (m.group("year") in wanted if (m.group("year") or "")[:1].isdigit() else last in wanted)
    ]
    return sorted(found)


def _counted_beside(scored: ScoredSentence, noun: str) -> list[ScoredSentence]:
    """The numbers the counted ``noun`` follows ("six mécaniciens", "12 podiums") in the
    sentence of a passage's best span, the span's own number aside, each a span with its noun
    (pure); an empty list for a next best span."""
    found = _best_span_sentence(scored)
    if found is None:
        return []
    text, opened, closed, reading = found
    spans = [
        (m.start(), m.end())
        for m in _COUNTED_NOUN.finditer(text, opened, max(closed, reading.end))
        if names_noun(m.group("noun"), noun) and not (m.start() < reading.end and reading.start < m.end())
    ]
    return _passage_spans(scored, spans)


def _gaps_beside(scored: ScoredSentence) -> list[ScoredSentence]:
    """The gaps said as gaps (``answer_type.gaps_said``) in the sentence of a passage's best
    span, the span's own aside, each a span (pure); an empty list for a next best span."""
    found = _best_span_sentence(scored)
    if found is None:
        return []
    text, opened, closed, reading = found
    spans = [
        (opened + a, opened + b)
        for a, b in gaps_said(text[opened:closed])
        if not (opened + a < reading.end and reading.start < opened + b)
    ]
    return _passage_spans(scored, spans)


def _sums_beside(scored: ScoredSentence) -> list[ScoredSentence]:
    """The sums of money in the sentence of a passage's best span ("1,1 million d'euros", "45
    €", "£250"), the span's own aside, each a span, those said as a price or a cost first ("pour
    un coût de", "est vendu", not "financée par un don de") (pure); an empty list for a next
    best span."""
    found = _best_span_sentence(scored)
    if found is None:
        return []
    text, opened, closed, reading = found
    spans = [
        (not _PRICE_BEFORE.search(text, max(opened, m.start() - 30), m.start()), m.span())
        for m in _A_SUM.finditer(text, opened, closed)
        if not (m.start() < reading.end and reading.start < m.end())
    ]
    return _passage_spans(scored, [span for _, span in sorted(spans)])


_PRICE_BEFORE = re.compile(
    r"\b(?:co[uû]t\w*|prix|tarif\w*|vendue?s?|factur\w*|pay\w*|cost\w*|price\w*|sold|sells)\b", re.I
)


def _amount_priced(scored: ScoredSentence, question: str) -> list[tuple[int, int]]:
    """The amount of the sentence of a passage's best span whose clause (from the punctuation
    or the amount before it to the punctuation after it) shares at least two of the question's
    words and more than the reader's amount's clause ("230 euros pour une voiture en double
    monte" for "Combien coûtait l'engagement d'une voiture en double monte ?", over "L'engagement
    coûtait 145 euros par pilote"; not "20 euros pour une place en pelouse" for a place in the
    grandstand: a review), as a span; an empty list otherwise (pure)."""
    found = _best_span_sentence(scored)
    if found is None:
        return []
    text, opened, closed, reading = found
    asked = set(tokenize(question)) - _PRICE_WORDS
    sums = list(_A_SUM.finditer(text, opened, closed))
    own = next(
        (m for m in sums if m.start() <= reading.start < m.end() or reading.start <= m.start() < reading.end), None
    )
    if own is None or len(sums) < 2:
        return []
    edges = [m.end() for m in re.compile(r"[,;:!?()]").finditer(text, opened, closed)]
    # (the words before the first amount are every amount's: "Les frais d'inscription s'élevaient à
    # 9 800 euros pour un équipage auto et à 5 400 euros pour une moto" for a bike's, a twenty-first walk)
    head = asked & set(tokenize(text[opened : sums[0].start()]))

    def shared(i: int) -> int:
        m = sums[i]
        starts = [opened, *(e for e in edges if e <= m.start())]
        stops = [closed, *(e - 1 for e in edges if e - 1 >= m.end())]
        if i > 0:
            starts.append(sums[i - 1].end())
        if i + 1 < len(sums):
            stops.append(sums[i + 1].start())
        return len(asked & set(tokenize(text[max(starts) : min(stops)])) | head)

    scores = [shared(i) for i in range(len(sums))]
    best = max(range(len(sums)), key=scores.__getitem__)
    mine = sums.index(own)
    return [sums[best].span()] if best != mine and scores[best] >= 2 and scores[best] > scores[mine] else []


# A cost asked ("Combien coûte …", "Quel est le prix de …"), not a sum won or given.
# (a sale's price too: "Combien a été adjugée la Ligier JS2 ?", a twenty-second walk's auction)
_COST_ASKED = re.compile(r"\b(?:co[uû]t\w*|prix|tarifs?|costs?|costing|price[sd]?|adjugée?s?|sold\s+for)\b", re.I)
# A ticket, said many ways: "Combien coûte l'entrée ?" is the line "Billet adulte : 15 euros", or
# "Comptez 25 euros pour assister aux deux jours de course" (a review); matched on the words as
# written ("entrée" is "entre" once stemmed).
_TICKET = re.compile(
    r"\b(?:billets?|entrées?|places?|tickets?|pass|accès|tarifs?|abonnements?|admissions?|assister|assistez"
    r"|spectateurs?|visiteurs?)\b",
    re.I,
)
_TICKET_WORDS = frozenset(tokenize(_TICKET.pattern.replace("|", " ")))
# A child's price, said many ways: "Les moins de 16 ans paieront 8 euros" (a review).
_CHILD = re.compile(r"\b(?:enfants?|kids?|children|child|jeunes?|moins\s+de\s+\d+\s+ans|under[- ]\d+)\b", re.I)
_CHILD_WORDS = frozenset(tokenize("enfant enfants kid kids children child jeune jeunes"))
# A sentence taking up the one before it: "Il coûtera 480 000 euros."
_TAKES_UP = re.compile(
    r"\W*(?:il|elle|ils|elles|ce|cet|cette|ces|celui-ci|celle-ci|le\s+tout|it|this|these|they)\b", re.I
)


# A person's name asked: "Quel est le prénom de …", "Comment s'appelle le coéquipier de …" (not
# "Comment s'appelle le phénomène …", whose name may be a common noun's: PIAF).
_A_PROPER_NAME_ASKED = re.compile(
    r"\bprénoms?\b|\bs['’]appel\w*\s+(?:le|la|l['’]|son|sa|leur)\s*(?:nouve(?:l|lle)\s+)?"
    r"(?:co-?équipi\w*|équipi\w*|copilote|pilote|mécanicien\w*|ingénieur\w*|frère|sœur|soeur|père|mère|fils|fille"
    r"|entraîneu\w*|manager|directeur|directrice|patron\w*|président\w*|épouse|mari|femme|compagne|compagnon)\b",
    re.I,
)
_A_NAME_ASKED = re.compile(r"\b(?:qui|who|prénom|nom|name|appel\w*|called)\b", re.I)


def _priced_words(question: str) -> frozenset[str]:
    """The words of what a cost question prices, names and figures aside ("Combien coûte le bac à
    graviers du virage de la Vendrie ?" -> bac, gravi, virag), a ticket's any way it is said;
    empty for a question asking no cost (pure)."""
    if not _COST_ASKED.search(question):
        return frozenset()
    unnamed = re.sub(r"\b[A-ZÀ-Ý][\w’'-]*", " ", question)
    words = {w for w in set(tokenize(unnamed)) - _PRICE_WORDS if not w.isdigit()}
    # (a vehicle by its make and model is named, not described: "la Ligier JS2", whose line gives
    # its price, not "Il a été adjugé 12 000 euros" of the charity lot, a twenty-second walk)
    from paddockqa.conversation import MAKES, names

    named = {w for n in names(question) if n.split()[0].lower() in MAKES and len(n.split()) > 1 for w in tokenize(n)}
    if named:
        return frozenset(named)  # (the rest is context: "à la vente de Reims")
    if _TICKET.search(unnamed):
        words = (words - _TICKET_WORDS) | {"<ticket>"}
    if _CHILD.search(unnamed):
        words = (words - _CHILD_WORDS) | {"<child>"}
    return frozenset(words)


def _priceable_words(text: str) -> set[str]:
    """``text``'s words as ``_priced_words`` compares them: stemmed, a ticket's and a child's by kind (pure)."""
    return (
        set(tokenize(text))
        | ({"<ticket>"} if _TICKET.search(text) else set())
        | ({"<child>"} if _CHILD.search(text) else set())
    )


def _pricing_all(ranked: Sequence[ScoredSentence], priced: frozenset[str]) -> frozenset[tuple[str, int]]:
    """The sentences of the read passages that say all the ``priced`` words and a sum, by
    document and start; a price list's short line need not say it is a ticket's ("Dimanche : 30 €"
    of a list of tickets for Sunday's ticket, a twenty-third walk answered the three days' pass
    of the line before) (pure)."""
    return frozenset(
        (r.sentence.hit.chunk.source, s.start)
        for r in ranked
        for s in r.sentence.hit.sentences
        if _A_SUM.search(s.text)
        and (
            (core := _priced_beside_title(priced, r.sentence.hit.chunk.title)) <= _priceable_words(s.text)
            or (len(s.text.split()) <= 8 and bool(named := core - {"<ticket>"}) and named <= _priceable_words(s.text))
        )
    )


def _priced_beside_title(priced: frozenset[str], title: str) -> frozenset[str]:
    """The ``priced`` words a release's title does not say, when some are left: the venue it
    names is context ("Combien coûte une demi journée moto au circuit de la Sioule ?" under
    "Circuit de la Sioule : les tarifs 2026 …" prices a half-day; a twenty-fourth walk's typed
    "circuit" let the club membership's sentence price it) (pure)."""
    core = priced - _priceable_words(title)
    return frozenset(core) if core else priced


def _prices_another(
    scored: ScoredSentence, priced: frozenset[str], pricing_all: frozenset[tuple[str, int]] = frozenset()
) -> bool:
    """Whether a read span's sentence says none of the ``priced`` words (``_priced_words``), nor
    the sentence before it when it takes that one up ("Il coûtera …") or asks what it answers (an
    interviewer's "Combien coûte une saison ?") (pure): "Un nouveau centre médical … pour 480 000
    euros" prices no control tower's cameras; what the release's title names, any sentence may
    price. Where another read sentence says all of them with a sum (``pricing_all``,
    ``_pricing_all``), one saying only some, or none but under such a title, prices another."""
    located = _span_in_sentence(scored)
    if located is None:
        return False
    # ("Un rallye coûte en moyenne 38 000 euros par voiture" for "Combien coûte un rallye par
    # voiture ?", not the title's "RALLYE — … un budget de 740 000 euros"; "Chaque Peugeot 208
    # Rally4 a été achetée 78 500 euros", not the rally's under a title naming the car: a
    # twenty-third walk)
    named_elsewhere = bool(pricing_all - {(scored.sentence.hit.chunk.source, scored.sentence.start)})
    said = _priceable_words(located[0])
    # (a table's row's ";" parts its cells, no clauses: "Billet : Emplacement camping ; Sur place : 10 €")
    clauses = [] if _a_table_row(located[0]) else list(re.finditer(r"[^;]+", located[0]))
    own = next((c.group() for c in clauses if c.start() <= located[1] < c.end()), located[0])
    # (not a clause taking up the one before: "Le pass week-end donne accès … ; il coûte 45 €", a review)
    # (nor a clause of the price alone: "…, réservation obligatoire ; tarif : 25 € le week-end", a review)
    taken_up = re.match(
        r"\s*(?:il|elle|ils|elles|it|they|celui-ci|celle-ci|ce\s+dernier|tarifs?|prix|coût|comptez|compter|il\s+faut)\b",
        own,
        re.I,
    )
    if len(clauses) > 1 and priced & said and not priced & _priceable_words(own) and not taken_up:
        # "Le parking voiture coûte 8 € par jour ; le camping … est proposé à 40 €" for what the
        # camping costs (a twenty-fourth walk): another clause's price
        return True
    if priced & said:
        # (half of them or fewer: "Les droits d'inscription s'élèvent à 980 euros par équipage" is
        # the entry fee asked "de l'inscription d'un équipage au rallye", a review)
        return len(priced & said) <= len(priced) // 2 and named_elsewhere
    if priced <= _priceable_words(scored.sentence.hit.chunk.title) and not named_elsewhere:
        # (what the whole release is about needs no saying again: "Le chantier a coûté 18 millions
        # d'euros" under "Le circuit des Monts d'Ardèche ouvre ses portes …" for what the circuit cost)
        return False
    # (the sentence before, a quote's marks aside: "« Combien coûte une saison en Clio Cup ? » Il faut
    # compter 90 000 euros", a review)
    previous = next((s for s in reversed(_before(scored)) if re.search(r"\w", s)), "")
    if not _TAKES_UP.match(located[0]) and not is_question(previous.strip("*_ ")):
        return True
    return not priced & _priceable_words(previous)


def _sentence_shares(scored: ScoredSentence, question: str) -> bool:
    """Whether a read span's sentence says a telling word of the question other than those of
    a price ("mur antibruit" of "Combien coûtera le mur antibruit ?") (pure)."""
    located = _span_in_sentence(scored)
    sentence = located[0] if located else scored.sentence.quote
    return bool((set(tokenize(question)) - _PRICE_WORDS) & set(tokenize(sentence)))


_PRICE_WORDS = frozenset(
    tokenize("combien coûte coûtera coûtait coût prix tarif how much cost price adjugé adjugée sold")
)
# (an amount's figure, its thousands grouped by a space or a dot only: no year runs into it, "En
# 2024, 35 euros", a review)
_AMOUNT = r"\d+(?:[ \u202f\u00a0.]\d{3})*(?:[.,]\d{1,2})?"
_A_SUM = re.compile(
    rf"[€$£]\s?{_AMOUNT}(?:\s?(?:millions?|milliards?|m|bn|k)\b)?"
    rf"|(?<![\d.,])\b{_AMOUNT}(?:\s(?:millions?|milliards?|mille)\s(?:d['’]\s*|de\s+)?|\s?)(?:euros?|€|dollars?|\$|£|pounds?)(?!\w)",
    re.I,
)


# A count that is a margin over another ("trois points d'avance", "12 points de retard", "five
# points clear"), and a question asking one.
_A_MARGIN = re.compile(
    r"\s*[\w-]+(?:\s+[\w-]+){0,2}?\s+(?:points?|pts|longueurs?)\s+"
    r"(?:d['’]\s*avance|de\s+retard|d['’]\s*écart|ahead|clear|behind|adrift)",
    re.I,
)


# A value changed from one to another: "passera de 3 000 à 5 500", "abaissée de 100 à 95
# décibels", "rose from 12 to 15"; and a question asking the value before.
_CHANGED_FROM = re.compile(
    r"\b(?:pass|abaiss|augment|rédui|réduit|port|grimp|baiss|relev|ramen|évolu|increas|reduc|rais|lower|grow|go)"
    r"(?:e|é|ée|és|ées|era|eront|erait|eraient|ait|aient|ent|er|ant|ed|es|ing|s|ue|ua)?\s+(?:de\s+|d['’]\s*|from\s+)$"
    r"|\b(?:chuté|chute|chutera|monte|montée?|monté|montera|descendue?|descendra|rose|risen|went|gone|"
    r"grew|grown|dropped|cut)\s+(?:de\s+|d['’]\s*|from\s+)$",
    re.I,
)
# a change to come: "passera de", "will go from" (the value now is the one before it)
_CHANGE_TO_COME = re.compile(r"(?:era|eront|erait|eraient|ra|ront)\s+(?:de|d['’])\s*$|\bwill\s+\w+\s+from\s*$", re.I)
# two figures, not words ("course à pied", a review)
_A_FIGURE = (
    r"(?:\d[\d\s.,]*|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize"
    r"|vingt|trente|quarante|cinquante|soixante|cent|mille|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
    r"|twelve|fifteen|twenty|thirty|forty|fifty|hundred|thousand)"
)
_FROM_TO = re.compile(rf"(?P<old>{_A_FIGURE}(?:\s*[^\W\d_]+)?)\s+(?:à|to)\s+(?P<new>{_A_FIGURE}.*)", re.I)
_TWO_YEARS = re.compile(r"\s*(?:19|20)\d\d\s+(?:à|to)\s+(?:19|20)\d\d\s*")  # "de 2015 à 2018": a while
# The value before a change asked: "avant", "ancien", "before"; or now, of a change to come.
_BEFORE_ASKED = re.compile(
    r"\b(?:avant(?!-)|auparavant|ancien\w*|précédent\w*|initial\w*|before|previous|former|originally)\b", re.I
)
_NOW_ASKED = re.compile(r"\b(?:actuel\w*|aujourd['’]\s*hui|en\s+ce\s+moment|currently|now|today|at\s+present)\b", re.I)


def _a_margin_only(span: str, after: str) -> bool:
    """Whether a count's span is a margin and no other number ("trois" then " points d'avance";
    not "3 points d'avance : 287 points contre 284", whose 287 is cut out) (pure)."""
    margin = _A_MARGIN.match(span + after)
    return margin is not None and not re.search(r"\d", span[margin.end() :])


_MARGIN_ASKED = re.compile(
    r"\b(?:avance|retard|écart|sépar\w*|de\s+plus|de\s+moins|(?-i:sur\s+[A-ZÀ-Ý][\w-]+)|ahead|clear|behind|margin|gap|lead"
    r"|more\s+than|fewer\s+than|by\s+how\s+many)\b",
    re.I,
)


def _counts_another_noun(scored: ScoredSentence, noun: str) -> bool:
    """Whether a read span's first number is followed by a noun other than the ``noun`` a count
    question counts ("Deux cent quarante" then " voitures" for plateaux) (pure)."""
    span, after = _span_and_after(scored)
    followed = _RUN_THEN_NOUN.search(span + after)  # "Deux cent quarante" then " voitures"
    if followed is None or followed.start() >= len(span) or names_noun(followed.group("noun"), noun):
        return False
    said = followed.group("noun")
    # A noun of a kind (not "12 viennent", "8 sur 20", "32 jeunes pilotes": a review), another
    # than the one asked ("trois victoires en quatre manches" for the rounds won is one kind).
    return count_kind(said) is not None and count_kind(said) != count_kind(noun)


def _counts_another_kind(measured: str, scored: ScoredSentence) -> bool:
    """Whether a read number is said, by the words before it in its sentence, to count another
    kind of thing than the question's ``measured`` (``answer_type.kind_named_before``) (pure)."""
    located = _span_in_sentence(scored)
    if located is None:
        return False
    sentence, start, _ = located
    said = kind_named_before(*_span_and_after(scored), sentence[:start])
    return said is not None and said != measured


def _runners_up_in(scored: ScoredSentence, place: int, standings: bool = False) -> list[tuple[int, int]]:
    """Where the read passage names people right behind a winner at ``place``
    (``binding.runners_up``), or for a ``standings`` asked behind its leader
    (``binding.standings_order``), as offsets into its ``Chunk.text`` (pure)."""
    text = scored.sentence.hit.chunk.text
    if standings:
        ordered = [standings_order(text[a:b]) for a, b in split_sentences(text)]
        return [
            (a + o[place - 1][0], a + o[place - 1][1])
            for (a, _), o in zip(split_sentences(text), ordered)
            if len(o) >= place
        ]
    return [(a + at, a + bt) for a, b in split_sentences(text) for at, bt in runners_up(text[a:b], place)]


# A verb of finishing, whose place follows it: "a terminé quatrième", "finished with a fifth place".
_FINISHED = re.compile(r"\b(?:termin\w*|fini\w*|class\w*|arriv\w*|finish\w*|came|ended|end)\b", re.I)
_PLACE_NOUN = re.compile(r"\s+(?:place|position|rang)\b", re.I)


def _rank_said(span: str, years: frozenset[str]) -> tuple[int, int] | None:
    """Where, in a longer span, the place asked is said (offsets in the span, with its noun:
    "5ème place"), or None (pure): a placing (``binding.placings_in``: not "0,622 seconde", "premier
    podium"), the one nearest a year asked ("4ème du championnat du B ; il rempile en 2007 et
    décroche la 5ème place", the press set), else the first after a verb of finishing ("Parti de
    la dixième place, … a terminé quatrième", a review), else the first."""
    found = placings_in(span)
    if not found:
        return None
    said = [m.start() for m in re.finditer(r"\b(?:19|20)\d\d\b", span) if m.group() in years]
    finished = _FINISHED.search(span)
    if said:
        rank = min(found, key=lambda m: abs(m.start() - said[0]))
    elif finished is not None:
        rank = next((m for m in found if m.start() >= finished.end()), found[0])
    else:
        rank = found[0]
    noun = _PLACE_NOUN.match(span, rank.end())
    return rank.start(), noun.end() if noun else rank.end()


# Right before a place: "at Zandvoort", "sur le circuit de".
# (not "à", "au": "il court au Team Vasseur", "joue à l'Olympique de Marseille")
_WHERE_BEFORE = re.compile(  # not "in his second season at Kovac Racing" (a review)
    r"\b(?:(?:win|wins|won|victory|victories|round|race|finale?)\s+at|sur\s+le\s+circuit\s+(?:de|du|d['’]))\s*$", re.I
)


def _after_words(scored: ScoredSentence, words: re.Pattern[str]) -> bool:
    """Whether ``words`` end right before a read span in its sentence (pure)."""
    located = _span_in_sentence(scored)
    return located is not None and words.search(located[0][: located[1]]) is not None


def _demonym_of(scored: ScoredSentence, subject: str) -> ScoredSentence:
    """A read span opening with a demonym and the subject's name narrowed to the demonym ("Belge"
    of "Belge Arthur Vanderelst, 17 ans, et 4,870 secondes sur le Toulousain Mathis Cazenave"),
    else the span as read (pure)."""
    from paddockqa.conversation import names

    span = _span_and_after(scored)[0]
    found = re.match(r"(?:(?:le|la|l['’])\s*)?([A-ZÀ-Ý][\w-]+)\s+", span)
    if found is None or not (is_demonym(found.group(1)) or _ENGLISH_NATIONALITY.fullmatch(found.group(1))):
        return scored
    named = names(span[found.end() :])
    if not named or not span[found.end() :].startswith(named[0]) or not same_name(named[0], subject):
        return scored
    assert scored.span is not None
    a = scored.span[0]
    return replace(scored, span=(a + found.start(1), a + found.end(1)))


# A win's place before a span: "s'impose à", "a remporté dimanche la finale à", "victorious at".
_A_WIN_AT = re.compile(
    r"\b(?:s['’]\s*(?:impos|est\s+impos)|gagn|remport|triomph|vainqu|victoire|victorieu|won|wins|victorious)\w*"
    # (not a birth said between: "who won twice and was born in Leeds", "vainqueur du jour né à Bastia")
    r"(?:\s+(?!(?:née?s?|born|natif|native|originaire|grandi|vit|habite|lives)\b)[^\s,.;:]+){0,5}?\s+(?:à|au|aux|at|in)\s+$",
    re.I,
)


def _demonym_subjects(text: str) -> list[tuple[int, int]]:
    """Where a passage's sentences open with a demonym standing for someone, the demonym's
    offsets ("Romain" of "Le Romain de 25 ans n'avait jamais gagné", "Savoyard" of "Le Savoyard,
    31 ans, a signé") (pure)."""
    found = []
    for a, b in split_sentences(text):
        opening = _DEMONYM_SUBJECT.match(text, a, b)
        group = 1 if opening is not None and opening.group(1) else 2
        if opening is not None and is_demonym(opening.group(group)):
            found.append(opening.span(group))
        # the one who spoke, after a quote: "…», a expliqué le Toulonnais de 52 ans" (a fifteenth walk)
        found += [m.span(1) for m in SPOKEN_BY_DEMONYM.finditer(text, a, b) if is_demonym(m.group(1))]
    return found


# A sentence's subject that is a demonym, its age or a verb after it: "Le Romain de 25 ans",
# "Le Savoyard, 31 ans,", "La Lyonnaise a devancé".
_DEMONYM_SUBJECT = re.compile(
    # (after an opening clause too: "Âgé de dix-neuf ans, le Nantais a mené la finale", an
    # eighteenth walk refused where he comes from)
    r"\s*(?:[^,.;:«»]{1,40},\s*(?=[lL]))?"
    r"(?:(?:[Ll]e|[Ll]a|[Ll]['’])\s*([A-ZÀ-Ý][\w-]+)(?=\s+de\s+\d+\s+ans\b|\s*,\s*\d+\s+ans\b)"
    # without an age, a masculine demonym and a verb ("Le Lillois a devancé"; not "La Finlande
    # accueille la prochaine manche", a review)
    r"|[Ll]e\s+([A-ZÀ-Ý][\w-]+(?:ais|ois|ain|ien|and|éen|ard|ol))(?=\s+(?:a|avait|est|était|s['’]|n['’]|signe|remporte|devance|termine)\b))"
)


def _names_another(span: str, subject: str) -> bool:
    """Whether ``span`` names a person other than ``subject`` after a demonym ("Marseillais Théo
    Roussel"); not a place read as a name ("New Zealand", "Sao Paulo": a review) (pure)."""
    from paddockqa.conversation import is_person, names

    for name in names(span):
        person = _after_demonym(name)
        if person is not None and not same_name(person, subject):
            return True  # the demonym read inside the name
        before = re.search(rf"\b([A-ZÀ-Ý][\w-]+)\s+{re.escape(name)}", span)
        if is_person(name) and not same_name(name, subject) and before and is_demonym(before.group(1)):
            return True
    return False


def _after_demonym(name: str) -> str | None:
    """The person a name read with a demonym before it stands for ("Marseillais Théo Roussel" ->
    "Théo Roussel"), else None (pure)."""
    from paddockqa.conversation import is_person

    first, _, rest = name.partition(" ")
    return rest if is_demonym(first) and is_person(rest) else None


def _not_a_team(span: str) -> bool:
    """Whether a span answering a team question is a demonym alone ("Belge") or a make and its
    model with no team's word ("Iveco S-Way", "Vauxhall Astra"; not "Toyota Gazoo Racing") (pure)."""
    from paddockqa.conversation import MAKES, names

    words = span.strip().split()
    if not words or (words[0][:1].islower() and not re.match(r"(?:l['’]|le\s|la\s|les\s|the\s)", span.strip())):
        return True  # "devant" (a twelfth walk)
    if is_demonym(words[0]) or _ENGLISH_NATIONALITY.fullmatch(words[0]):
        return True  # "Belge", "Scottish driver"
    if A_TEAM.search(span) is not None:
        return False
    # nor people: a name after a demonym, names joined ("Kubelka et Arnaudet"); a name alone may
    # be a team's ("Occitanie Formula" reads as a person's name)
    return (
        (len(words) > 1 and words[0].lower() in MAKES)
        or any(_after_demonym(n) is not None for n in names(span))
        or bool(re.fullmatch(r"[A-ZÀ-Ý][\w-]+(?:\s*(?:,|et|and)\s*[A-ZÀ-Ý][\w-]+)+", span.strip()))
    )


def _team_form(scored: ScoredSentence) -> bool:
    """Whether a read span answering a team question is said as a team is (pure): a team's word
    in it ("Kestrel Motorsport", "l'équipe Helvetic Proto"), or, anywhere in its passage, its
    name after words that say a team ("Mon équipe, le Flying Lizard,", "l'écurie Bic", "chez
    Peugeot", "drives for Redline") or before them ("Helvetic Proto, l'équipe suisse"), or in
    brackets right after a person, neither a make nor a model ("Clara Vidal (Mayenne Karting)").
    A person's name, a demonym or a place is none: a twelfth walk answered "Tomas Kubelka" and
    "le Letton Janis Ozols" for the teams of drivers whose team its releases never name."""
    from paddockqa.conversation import MAKES, is_person

    span, after = _span_and_after(scored)
    span = span.strip()
    if A_TEAM.search(span) or _A_TEAM_SPAN.match(span):
        return True
    if span[:1].isupper() and A_TEAM.match(span + " " + after.strip().split(" ")[0]) is not None:
        return True  # "Charente MX" then " Team" (a twenty-second walk: "rides … for the Charente MX Team")
    bare = re.sub(r"^(?:(?:le|la|les|the)\s+|l['’]\s*)", "", span, flags=re.I).strip(" ,.;:")
    if not bare or not bare[:1].isupper():
        return False
    hit = scored.sentence.hit
    # (in the original text and in the passage's clean one: a Markdown table's row reads
    # "Écurie : Motors 33" only cleaned, the slow test of cases)
    for text in (hit.context, hit.chunk.text):
        for found in re.finditer(rf"(?<![\w-]){re.escape(bare)}(?![\w-])", text):
            said_before = (
                TEAM_NOUN_BEFORE.search(text[: found.start()])
                or (
                    TEAM_BEFORE.search(text[: found.start()])
                    # a verb joining someone on a podium or in a ranking is no team's ("Luc Blanc rejoint
                    # Paul Martin sur le podium": a review); "court pour Red Bull" is
                    and not (is_person(bare) and _ON_A_PODIUM_AFTER.match(text[found.end() :]))
                )
            )
            if said_before or TEAM_AFTER.match(text[found.end() :]):
                return True
    located = _span_in_sentence(scored)
    if located is None:
        return False
    sentence, start, _ = located
    # (or a car: "3. Audi n°3 (Rovanto Sport)")
    opened = _NAMED_BEFORE_BRACKET.search(sentence[:start])
    return (
        opened is not None
        and (is_person(opened.group(1)) or opened.group(1).split()[0].lower() in MAKES or "n°" in opened.group(1))
        and bare.split()[0].lower() not in MAKES
        and not A_MODEL.search(bare)
    )


# An article and a demonym, someone named by where they are from: "le Toulousain", "la Bordelaise".
_DEMONYM_WORD = r"(?=[A-ZÀ-Ý])(?:[a-zà-ÿA-ZÀ-Ý-]+(?:ais|aise|ois|oise|ain|aine|ien|ienne|and|ande|ol|ole))"
_A_DEMONYM_ALONE = re.compile(rf"(?:le|la|les|l['’])\s*{_DEMONYM_WORD}")

# (a sentence's subject too: "Le Niçois de 30 ans")
_A_DEMONYM_AGED = re.compile(rf"(?:[Ll]e|[Ll]a|[Ll]['’])\s*{_DEMONYM_WORD}(?:\s*,?\s*(?:de\s+)?\d+\s+ans)?")
# (not "les Français" of "En 1453, les Français remportent la bataille de Castillon", a review)

# The name right before a bracket, its words capitalised or a car's number or model ("Clara Vidal
# (", "Audi n°3 (", "Mercedes-AMG GT3 n°88 ("); not from the sentence's first capital (a review).
# A person and their team in brackets: "Paul Martin (Kestrel Sport)", "Charles Leclerc (Ferrari)".
_A_DRIVER_OF = re.compile(
    r"\s*([A-ZÀ-Ý][a-zà-ÿ'’-]+(?:\s+[A-ZÀ-Ý][a-zà-ÿ'’-]+)+)\s*\("
)  # (not "Scuderia Valtellina (")
_ON_A_PODIUM_AFTER = re.compile(
    r"\s*(?:sur\s+le\s+podium|au\s+classement|en\s+tête|on\s+the\s+podium|in\s+the\s+standings)", re.I
)
_NAMED_BEFORE_BRACKET = re.compile(r"([A-ZÀ-Ý][\w’'-]*(?:\s+(?:[A-ZÀ-Ý0-9][\w’'-]*|n°\s*\d+))*)\s*\(\s*$")


def _in_brackets(scored: ScoredSentence) -> bool:
    """Whether a read span opens inside brackets in its sentence (pure)."""
    located = _span_in_sentence(scored)
    return located is not None and located[0][: located[1]].count("(") > located[0][: located[1]].count(")")


def _bracket_team(bracket: str) -> str | None:
    """The team a results list's bracket names: a part with a team's word, else one that is no
    make, model, code in capitals nor figure ("Kestrel Sport" of "Kestrel Sport, BMW M4"; not
    "BEL", "19 ans", "BMW M4": a review), else None (pure)."""
    from paddockqa.conversation import MAKES

    parts = [p.strip() for p in bracket.split(",") if p.strip()]
    teamed = [p for p in parts if A_TEAM.search(p)]
    if teamed:
        return teamed[0]
    plain = [
        p
        for p in parts
        if p[:1].isupper() and not p.isupper() and not re.search(r"\d", p) and p.split()[0].lower() not in MAKES
    ]
    return plain[0] if plain else None


# A team asked: "Quelle équipe …", "Which team …" (anywhere: ``_A_TEAM_ASKED``).
_TEAM_ASKED = r"\b(?:quel(?:le)?\s+(?:équipe|écurie|team)|which\s+team)\b"
_WHICH_TEAM = re.compile(rf"\W*(?:(?:et|and)\s+)?{_TEAM_ASKED}", re.I)
_A_TEAM_SPAN = re.compile(r"(?:l['’]\s*(?:équipe|écurie)|le\s+team|the\s+team)\b", re.I)
# A contest of teams, whose winner is one: "le classement des équipes", "la Coupe des Nations" (a review).
_TEAMS_CONTEST = re.compile(r"\b(?:équipes|écuries|constructeurs|nations|teams|manufacturers|constructors)\b", re.I)

# A calendar's line: a date, a colon, what is held ("- 20-21 juin : Super Motard Festival").
_MONTH_NAMES = "|".join(sorted([*MONTHS, *ENGLISH_MONTHS], key=len, reverse=True))
_CALENDAR_LINE = re.compile(
    rf"^[ \t]*[-•*–]?[ \t]*(?P<date>[^:\n]{{0,30}}?\b(?:{_MONTH_NAMES})\b[^:\n]{{0,12}}?)"
    r"[ \t]*:[ \t]*(?P<what>[^\n]+)$",
    re.I | re.M,
)


def _race_hours(text: str, question: str) -> list[tuple[int, int]]:
    """Where a programme's lines give the hour of a race ``question`` names by its number (or, naming
    none, by most of the line's words), the hour's offsets in ``text`` (pure): "15h45" of "15h45 :
    Course 1 TCR (30 minutes + 1 tour)" for race 1, not of "11h20 : Course 2 TCR (grille inversée …
    de la course 1)"."""
    asked = events_numbered(question)
    words = _programme_words(question)
    days = days_named(question)
    found = []
    shared = []  # of each line found by its words, how many of the question's it says
    for line in _A_PROGRAMME_LINE.finditer(text):
        # (under the heading of another day than the one asked: "Samedi 18 octobre" then "13h10 :
        # course Clio Cup Centre" for Sunday's Clio Cup race)
        headings = list(_A_DAYS_HEADING.finditer(text, 0, line.start()))
        if days and headings and not days_named(headings[-1].group()) & days:
            continue
        what = _A_BRACKET.sub("", line.group("what"))
        # (its name, before a comma: "14h30 : finale Juniors (moins de 16 ans), 20 minutes sur le
        # circuit virtuel de Magny-Cours" for the Juniors' final, a twentieth walk)
        said = _programme_words(re.split(r"[,;]", what)[0])
        # (a race named otherwise, by most of its words: "13h10 : course Clio Cup Centre" for the
        # Clio Cup race)
        if (not events_numbered(what).isdisjoint(asked)) if asked else 2 * len(said & words) >= len(said) > 0:
            found.append(line.span("hour"))
            shared.append(len(said & words))
    # (by words, those saying most of the question's: "16h00 : Grande Finale", not "10h00 :
    # demi-finales", for the Grande Finale's hour, a twentieth walk)
    return found if asked else [hour for hour, n in zip(found, shared, strict=True) if n == max(shared)]


# A day's heading over a programme's lines: "Samedi 18 octobre", "Dimanche :".
_A_DAYS_HEADING = re.compile(rf"^[ \t#*•-]*(?i:{DAY_WORDS})\b[^\n:]{{0,30}}:?[ \t]*$", re.M)
# A programme's line: an hour (or two), a colon or a dash, what happens then.
_A_PROGRAMME_LINE = re.compile(
    rf"^[ \t>*•-]*(?P<hour>(?:{_AN_HOUR_SAID})(?:\s*[–—-]\s*(?:{_AN_HOUR_SAID}))?)\s*[:–—-]\s*(?P<what>[^\n]+)", re.M
)


def _calendar_dates(scored: ScoredSentence, question: str) -> list[tuple[int, int]]:
    """Where the read passage's calendar lines naming what ``question`` asks about give its date
    (offsets in its ``Chunk.text``): every word of the line's event but its small ones is the
    question's (pure)."""
    asked = set(tokenize(question))
    found = []
    for line in _CALENDAR_LINE.finditer(scored.sentence.hit.chunk.text):
        words = set(tokenize(line.group("what")))
        if words and words <= asked:
            found.append(line.span("date"))
    return found


# What comes next, asked and said: "la prochaine manche", "Prochain rendez-vous", "next round".
# (a round, a race, a meeting: not "la saison prochaine", "la prochaine édition", a review)
_NEXT_ASKED = re.compile(
    r"\b(?:prochaine?s?\s+(?:manche|course|épreuve|étape|rendez-vous|meeting|rallye|grand\s+prix|date|sortie)"
    r"|(?:manche|course|épreuve|étape|rallye)\s+suivante|next\s+(?:round|race|event|meeting|stage|outing))\b",
    re.I,
)
_NEXT_SAID = re.compile(r"\b(?:prochaine?s?|suivante?s?|next|rendez-vous)\b", re.I)
# A verb in the future, French or English ("aura lieu", "partira", "se disputera", "will"); in
# small letters (not "Herrera").
_A_FUTURE = re.compile(
    r"\b(?i:will|shall)\b|(?-i:\b[a-zàâçéèêëîïôûù]+(?:era|eront|ira|iront|dra|dront|ura|uront|rra|rront)\b)"
)
# A verb in the past: "a remporté", "ont terminé", "s'est imposé" (not a programme's "- Samedi :
# Coiluna, Tula", which a first version refused for when a special stage is run: a rerun).
_A_PAST = re.compile(
    r"\b(?:a|ont|avait|avaient|est|sont|était|étaient)\s+(?:\w+\s+)?[a-zàâçéèêëîïôûù]+(?:é|ée|és|ées|is|it|u|us)\b"
    r"|\b(?:won|finished|took|was|were|had)\b",
)
# An hour or a weekday alone: "15 h", "14 h 30", "9:30", "dimanche".
_AN_HOUR_ALONE = re.compile(rf"\W*(?:{_AN_HOUR_SAID}|(?:{ANY_WEEKDAY}))\W*", re.I)

# A distance covered asked ("How far did Aurora II drive … ?", "Quelle distance a parcourue …"),
# and a length said of a track or a lap ("2.34 km" then " circuit"), which is none.
_COVERED_ASKED = re.compile(r"\b(?:how\s+far\s+did|drive|drove|driven|covered?|parcour\w*|couvert\w*|boucl\w*)\b", re.I)
_A_TRACKS_LENGTH = re.compile(r"\s*(?:circuit|track|piste|tracé|lap|tour|loop|boucle)s?\b", re.I)
# A race's whole time asked: "En combien de temps … a-t-il bouclé la course 1 ?", "Quel temps total … ?".
_RACE_TIME_ASKED = re.compile(r"\bcombien\s+de\s+temps\b|\btemps\s+(?:total|final|de\s+course)\b", re.I)
# What a part of a race's time is said after, in its sentence: "le meilleur tour en course en",
# "la pole position (", "la première montée, en" (a gap is no lap time for any question:
# ``answer_type.holds_type``).
# (one lap or pass, not "a bouclé les 18 tours en 31'04\"552", a race's whole: a review; nor a stage,
# which may be all that is asked)
_A_PART_BEFORE = re.compile(
    r"\b(tour|lap|pole(?:\s+position)?|montée|passage|run)\b[^.;:]{0,30}?(?:\ben|\bin|\()\s*$", re.I
)


def _a_part_timed(before: str, question: str) -> bool:
    """Whether a time is said of a part of a race (a lap, the pole, a pass) the
    question does not name, by the words before it in its sentence (pure): "a signé le meilleur
    tour en course en", "dès la première montée, en"."""
    part = _A_PART_BEFORE.search(before)
    return part is not None and not re.search(rf"\b{re.escape(part.group(1))}", question, re.I)


# A value in a short answer: its qualifier, its number (in digits or words, a multiplier),
# its unit or the noun it counts: "plus de 250", "Cent douze pilotes", "4,3 millions d'euros".
_VALUE = re.compile(
    r"(?:(?:plus|moins)\s+de\s+|environ\s+|près\s+de\s+)?"
    rf"(?<![\w,.])(?:{DIGITS}|(?:{SMALL_NUMBER_WORDS})(?:[\s-]+(?:{SMALL_NUMBER_WORDS}|et))*(?![\w’'-]))"
    r"(?:\s*(?:millions?|milliards?|mille)(?:\s+(?:d['’]|de)\s*)?)?"
    r"(?:\s*(?P<unit>%|[MmkK]?[€$£]|[^\W\d_][\w-]*))?",  # "1,2 M€", "12 GT3"
    re.I,
)
# Two numbers of one value: a range or a sum ("60 à 70 %", "entre 300 et 400", "25 + 18 points").
# Or a part of a whole: "dix des quinze", "8 sur 10" (piaf-dev-en's "How many races does Piquet finish …?").
_A_NUMBER = rf"(?:{DIGITS}|\b(?:{SMALL_NUMBER_WORDS})\b)"
_A_RANGE = re.compile(rf"{_A_NUMBER}\s*(?:à|-|–|et|\+|to|and|des|sur|of|out\s+of)\s*{_A_NUMBER}", re.I)
# Words after a number that make it no value of its own: "5 de plus", "287 points contre 284".
_NO_UNIT = frozenset("de d et contre sur soit après pour à en".split())
# A number said as a lead or a difference, no total: "3 points d'avance", "5 de plus".
_AS_A_DIFFERENCE = re.compile(r"\s*(?:d['’]\s*(?:avance|écart)|de\s+(?:retard|plus|moins|mieux|différence))\b", re.I)
_DIFFERENCE_ASKED = re.compile(r"\b(?:avance|écart|retard|différence|de\s+plus|de\s+moins|lead|gap|behind)\b", re.I)


def _one_value(kind: str, scored: ScoredSentence, noun: str | None, question: str) -> tuple[int, int] | None:
    """Where, in a short answer holding two values or more, the one asked stands (offsets in the
    span), or None to keep it whole (pure): the first of the type asked ("35 %" of "35 % du
    budget …, estimé à 4,3 millions d'euros"), naming the noun a count asks ("six plateaux" of
    "six plateaux et plus de 250" for the plateaux, "plus de 250" then " voitures" for the cars),
    not a lead unless one is asked ("287 points" of "3 points d'avance : 287 points contre 284")."""
    span, after = _span_and_after(scored)
    values = list(_VALUE.finditer(span))
    part = _A_PART_OF.match(span) if kind == "count" else None
    if part is not None and _SOMEONE_COUNTED.search(question) and _counts_the_part(part, noun, question):
        # (of someone's tally: "Combien de spéciales Thuillier a-t-il remportées ?"; not "Combien de
        # spéciales comptait le rallye ?", the whole: a review)
        # "quatre" of "quatre des six spéciales": the part, not the whole (a seventeenth walk); with
        # its noun, "sept victoires" of "sept victoires en douze courses"
        return part.start("part"), part.end("of") if part.group("of") else part.end("part")
    if len(values) < 2 or _A_RANGE.search(span):
        return None
    # The noun itself first, then one of its kind: "6 pole positions", not "14 courses" (both
    # results), for how many poles (the press set).
    for counts in (names_noun, _names_count):
        found = _value_naming(kind, span, after, values, noun, question, counts)
        if found is not None:
            return found
    return None


def _value_naming(
    kind: str,
    span: str,
    after: str,
    values: list[re.Match[str]],
    noun: str | None,
    question: str,
    counts: Callable[[str, str], bool],
) -> tuple[int, int] | None:
    """``_one_value``'s pass with ``counts`` telling whether a unit names the noun (pure)."""
    for m in values:
        unit = m.group("unit") or ""
        if unit.lower() in _NO_UNIT:
            unit = ""
        if not unit and m.end() >= len(span.rstrip()):
            unit = (re.findall(r"[^\W\d_]+|%|[€$£]", after)[:1] or [""])[0]  # "plus de 250" then " voitures"
        if _AS_A_DIFFERENCE.match(
            span[m.end("unit") if m.group("unit") else m.end() :]
        ) and not _DIFFERENCE_ASKED.search(question):
            continue
        said = m.group().strip()
        if kind == "count" and noun is not None and not (unit and counts(unit, noun)):
            continue
        if kind != "count" and not holds_type(kind, said, after if m.end() >= len(span.rstrip()) else ""):
            continue
        end = (
            m.end()
            if m.group("unit") and m.group("unit").lower() not in _NO_UNIT
            else m.end() - len(m.group("unit") or "")
        )
        # The noun's further words the question says: "6 pole positions", not "6 pole" (the press set).
        asked_words = set(tokenize(question))
        while (word := re.match(r"\s+([^\W\d_]+)", span[end:])) and set(tokenize(word.group(1))) & asked_words:
            end += word.end()
        return m.start(), len(span[:end].rstrip())
    return None


def _placed_in(scored: ScoredSentence, place: int, question: str) -> list[tuple[int, int]]:
    """Where the read passage names people its sentences place at ``place`` (``binding.placing_of``)
    on the occasion ``question`` asks about (``_another_occasion``), as offsets into its
    ``Chunk.text`` (pure)."""
    from paddockqa.conversation import is_person, names

    text = scored.sentence.hit.chunk.text
    # A surname alone is the person the passage or its title names in full: "Race 1: Cole won from
    # pole" is Harriet Cole's (a twelfth walk's race asked by its number).
    full = {n.split()[-1]: n for n in names(scored.sentence.hit.chunk.title + "\n" + text) if is_person(n)}
    found = []
    for a, b in split_sentences(text):
        sentence = text[a:b]
        if _another_occasion(sentence, question):
            continue
        for name in names(sentence):
            at = sentence.find(name)
            if at < 0:
                continue
            if is_person(name) and placing_of(sentence, at, at + len(name)) == place:
                found.append((a + at, a + at + len(name)))
            elif not is_person(name) and name in full:
                said = sentence[:at] + full[name] + sentence[at + len(name) :]
                if placing_of(said, at, at + len(full[name])) == place:
                    found.append((a + at, a + at + len(name)))
    return found


# A placing of another occasion than a race's result: qualifying, the grid, the standings, a past season.
_NOT_THE_RACE = re.compile(
    r"\b(?:qualif\w*|sur\s+la\s+grille|on\s+the\s+grid|essais|practice|l['’]an\s+dernier|l['’]année\s+dernière|la\s+saison\s+dernière"
    r"|last\s+(?:year|season)|au\s+championnat|(?:ième|ème|e|place)\s+(?:du|au)\s+championnat"
    r"|classement\s+général|standings)\b",  # not "la course 3 du Championnat de France F4"
    re.I,
)
_AN_EVENT_NAME = re.compile(r"(?:Grand\s+Prix|GP|Rallye|Coupe|Trophée|\d+\s+Heures|Heures|Tour)\b")


def _another_occasion(sentence: str, question: str) -> bool:
    """Whether ``sentence`` places people on another occasion than ``question`` asks about (pure):
    qualifying, the grid, the standings or a past season the question does not name ("En
    qualifications, Clément Vasseur s'est classé deuxième"), or another event by its name
    ("… avait terminé deuxième du Grand Prix de France" for the Grand Prix d'Italie: a review)."""
    from paddockqa.conversation import is_person, names

    said = {m.group().lower() for m in _NOT_THE_RACE.finditer(sentence)}
    if any(not re.search(rf"\b{re.escape(word)}\b", question, re.I) for word in said):
        return True
    asked = [n for n in names(question) if not is_person(n) and _AN_EVENT_NAME.match(n)]
    events = [n for n in names(sentence) if not is_person(n) and _AN_EVENT_NAME.match(n)]
    return bool(asked and events and not any(same_name(e, q) or e in q or q in e for e in events for q in asked))


def _standings_place(scored: ScoredSentence) -> tuple[bool, int | None]:
    """Whether a read span's sentence orders a standings (``binding.standings_order``), and the
    span's place in that order, None when not placed there (pure)."""
    located = _span_in_sentence(scored)
    if located is None:
        return False, None
    sentence, a, b = located
    order = standings_order(sentence)
    return bool(order), next((k for k, at in enumerate(order, 1) if a <= at[0] < b or at[0] <= a < at[1]), None)


def _a_whole_broken_down(scored: ScoredSentence, noun: str) -> bool:
    """Whether a read span is a number counting nothing named, whose parts follow ("quatorze"
    then " : six mécaniciens, trois pilotes…", "14, dont six mécaniciens"), and it does not
    name the counted ``noun`` (pure). Only then may a part answer: in piaf-train and piaf-dev,
    no gold count so followed has a part of its noun in its sentence (0 of 260)."""
    span, after = _span_and_after(scored)
    return not names_noun(span, noun) and _PARTS_FOLLOW.match(after) is not None


_PARTS_FOLLOW = re.compile(r"\s*(?:[:;(]|,\s*(?:dont|soit|including|of\s+whom)\b)", re.I)


# A number and the noun it counts: "six mécaniciens", "1 200 spectateurs", "12 podiums".
_RUN_THEN_NOUN = re.compile(
    rf"(?<![\w,.])(?:{DIGITS}|(?:{SMALL_NUMBER_WORDS})(?![\w’'-]))(?:[\s-]+(?:(?:{SMALL_NUMBER_WORDS}|et)(?![\w’'-])))*"
    r"\s+(?P<noun>[^\W\d_]+)",
    re.I,
)
_COUNTED_NOUN = re.compile(rf"(?<![\w,.])(?:{DIGITS}|(?:{SMALL_NUMBER_WORDS})(?![\w’'-]))\s+(?P<noun>[^\W\d_]+)", re.I)


def _passage_spans(scored: ScoredSentence, spans: Iterable[tuple[int, int]]) -> list[ScoredSentence]:
    """Spans of the read passage (offsets into its ``Chunk.text``), each in its sentence and
    scored as the passage (pure): the reader's next best spans, a list's items, a table's
    figures. The passage's layout is cleaned once, when a span needs it."""
    hit = scored.sentence.hit
    out: list[ScoredSentence] = []
    clean: CleanText | None = None
    for a, b in spans:
        clean = clean or clean_layout(hit.original(hit.chunk.start, hit.chunk.end), hit.markdown)
        span = span_in_document(hit, clean, (a, b))
        quoted = _quoted(scored.sentence.hit_rank, hit, clean, span) if span is not None else None
        if quoted is not None:
            out.append(ScoredSentence(quoted, scored.similarity, 0.0, scored.score, span, other_span=True))
    return out


def _states_placing(scored: ScoredSentence) -> bool:
    """``binding.states_placing`` for a read span's sentence (pure)."""
    located = _span_in_sentence(scored)
    return located is not None and states_placing(located[0])


def _a_route(scored: ScoredSentence) -> bool:
    """Whether a read span is a race's route, after "entre", or its venue, after "circuit" (pure)."""
    located = _span_in_sentence(scored)
    return located is not None and _ROUTE_OR_VENUE.search(located[0][: located[1]]) is not None


def _origin_said(scored: ScoredSentence) -> bool:
    """Whether a read span is said as where someone comes from (pure): right after the words
    that say so ("originaire de Bastia", "né à Ajaccio", "natif d'Alès", "from Rennes"), or
    opening with them, or before "-born" / "native" ("Rennes-born"), a rider's town ("le pilote
    de Vesoul"), a demonym ("le
    Toulousain"; not a team's: "le team américain"), a town in brackets or after a comma
    behind a name ("Hugo Bernard (Toulouse)", "15 ans, d'Agen"). A span not judged (not
    starting in its sentence) is kept.

    A place named otherwise is where something happened or what he rides in: "Superbike :
    Hugo Lanfranchi rejoint Corsica Moto Racing", "première victoire … au Vigeant" answered
    where he was born (the eighth walk's releases, rewritten to contradict each other); "vient
    de s'imposer au Vigeant", "won from pole position at Rennes" say no origin (a review)."""
    from paddockqa.conversation import is_person, names

    located = _span_in_sentence(scored)
    if located is None:
        return True
    sentence, a, b = located
    # (not a first name that ends as one: "Adrien Lacoste" of a standings list, a fifteenth walk)
    demonym = any(is_demonym(w) for w in re.findall(r"[^\W\d_]+", sentence[a:b])) and not (
        is_person(sentence[a:b].strip()) and _after_demonym(sentence[a:b].strip()) is None
    )
    return bool(
        _cued_origin(sentence, a, b)
        or any(at == a for at, _ in riders_towns(sentence))  # "le pilote de Vesoul" (a nineteenth walk)
        or _ORIGIN_CUE_AFTER.match(sentence[b:])
        or _ORIGIN_PLACED.search(sentence[max(0, a - _ORIGIN_REACH) : a])
        # a table's row naming someone: "Rang : 2 ; Finaliste : Ilyes Benali ; Âge : 17 ans ; Ville :
        # Perpignan" (a twenty-third walk refused his origin)
        or (_a_persons_town_column(scored) and any(is_person(n) for n in names(sentence[:a])))
        # Not a thing's: "les couleurs du team américain" (the dialogues' "Et de quelle ville
        # est-il originaire ?" got "américain").
        or (demonym and not _A_THINGS_DEMONYM.search(sentence[:a]) and not _a_things_adjective(sentence, a, b))
    )


# Nouns of a person a demonym may follow in small letters: "le pilote nantais", "le motard
# nantais", "l'écrivain normand" (two reviews); after any other ("la classique sarthoise", "le
# sponsor breton", "le week-end alsacien"), a thing's.
_PERSON_NOUNS = frozenset(
    "pilote pilotes coureur coureurs coureuse coureuses jeune jeunes champion championne champions vainqueur "
    "vainqueurs copilote copilotes navigateur navigatrice espoir espoirs talent rider riders driver drivers homme "
    "hommes femme femmes garçon fille équipage duo trio motard motarde motards cycliste cyclistes rallyman rallymen "
    "sportif sportive sportifs athlète athlètes écrivain écrivaine auteur auteure artiste joueur joueuse kartman "
    "motocycliste skieur skieuse gentleman amateur amatrice débutant vétéran rookie licencié licenciée moto".split()
)


def _a_things_adjective(sentence: str, a: int, b: int) -> bool:
    """Whether the span ``sentence[a:b]`` is a demonym in small letters after a noun of no
    person ("la classique sarthoise" is Le Mans's race, not where Mathilde Rouvier comes from: a
    fourteenth walk; "le pilote nantais" is his) (pure)."""
    said = sentence[a:b].strip()
    noun = re.search(r"\b([a-zà-ÿ]{3,})\s+$", sentence[:a])
    return said[:1].islower() and noun is not None and noun.group(1) not in _PERSON_NOUNS


def _names_them(scored: ScoredSentence, name: str) -> bool:
    """Whether a read passage or its title says the surname of ``name`` (the last word of it,
    accents and case aside) (pure)."""
    surname = fold_accents(name.split()[-1].lower()) if name.split() else ""
    said = fold_accents((scored.sentence.hit.chunk.title + "\n" + scored.sentence.hit.chunk.text).lower())
    return bool(surname) and re.search(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", said) is not None


def _origin_in_words(scored: ScoredSentence) -> bool:
    """Whether a read span is said as someone's origin by the words right before it or opening
    it ("natif d'Alès", "originaire de Bastia") (pure); False for a span not judged."""
    located = _span_in_sentence(scored) if scored.span is not None else None
    return located is not None and _cued_origin(*located)


def _cued_origin(sentence: str, a: int, b: int) -> bool:
    """Whether ``sentence[a:b]`` follows the words saying an origin (``_ORIGIN_CUE``), or opens
    with them: "originaire de Bastia" read as one span (pure)."""
    place = re.search(r"[A-ZÀ-Ý]", sentence[a:b])
    opening = sentence[a : a + place.start()] if place else ""
    return _ORIGIN_CUE.search(sentence[max(0, a - _ORIGIN_REACH) : a] + opening) is not None


_ORIGIN_REACH = 40  # characters before a span where what says it an origin may stand
# The words saying an origin, with their preposition, right before the place (or opening the span).
_ORIGIN_CUE = re.compile(
    # (in the first person too: "je viens de Saint-Hippolyte-du-Fort", a twenty-second walk's interview)
    r"(?<![\w’'-])(?:(?:originaires?|nati(?:f|ve|fs|ves)|née?s?|vien(?:s|t|nent)|venons|venez|venue?s?|issue?s?|grandi)\s+"
    r"(?:de\s+la\s+|de\s+l['’]|de\s+|d['’]|du\s+|des\s+|à\s+|au\s+|aux\s+|en\s+)"
    r"|(?:from|born\s+in|native\s+of|hails\s+from|raised\s+in|grew\s+up\s+in|hometown\s+of)\s+(?:the\s+)?"
    r"|ville\s+natale\s*(?:,|:|est)?\s*"
    # where someone lives: "j'habite à Vierzon" (a nineteenth walk answered the circuit's town)
    r"|(?:j['’]\s*)?(?:habite|habitait|habitent|réside|résidait|lives|lived)\s+(?:à|au|aux|en|in)\s+"
    # a birth's date between: "Né le 3 mars 1954 à Limoges" (a nineteenth walk refused), "born on 3
    # March 1954 in"
    r"|née?s?\s+(?:le\s+\d{1,2}(?:er)?\s+[^\W\d_]+(?:\s+\d{4})?|en\s+\d{4})\s*,?\s+(?:à|au|aux|en)\s+"
    r"|born\s+(?:on\s+)?(?:\d{1,2}\s+[A-Za-z]+\s+|[A-Za-z]+\s+\d{1,2},?\s+)?\d{4},?\s+in\s+)$",
    re.IGNORECASE,
)
_ORIGIN_CUE_AFTER = re.compile(r"(?:-born|\s+native|\s*,\s*(?:sa|ma|his|her|my)\s+(?:ville\s+natale|hometown))\b", re.I)
_A_THINGS_DEMONYM = re.compile(
    r"\b(?:team|équipe|écurie|formation|structure|constructeur|marque|championnat|série|series|voiture|car)\s+$",
    re.IGNORECASE,
)
_ORIGIN_PLACED = re.compile(r"(?:\(|,\s*(?:de|d[’']|of))\s*$", re.IGNORECASE)
# A table's column of where someone is from.
_ORIGIN_COLUMN = re.compile(r"\s*(?:ville|origine|ville\s+d['’]origine|domicile|town|home\s*town|city|from)\s*", re.I)


# A table's column of an event, whose town is where it was held: "| Manche | Date | Vainqueur | Ville |".
_AN_EVENTS_COLUMN = re.compile(
    r"\s*(?:dates?|manches?|courses?|rounds?|épreuves?|étapes?|circuits?|lieux?|venues?|events?|races?)\s*", re.I
)


def _a_persons_town_column(scored: ScoredSentence) -> bool:
    """Whether a read span stands in a Markdown table's column of where someone is from
    (``_ORIGIN_COLUMN``), of a table of no events (``_AN_EVENTS_COLUMN``: a calendar's "Ville" is
    where a round was held, a review) (pure)."""
    found = _table_row(scored)
    if found is None:
        return False
    cells, _, column = found
    return (
        0 <= column < len(cells)
        and _ORIGIN_COLUMN.fullmatch(cells[column]) is not None
        and not any(_AN_EVENTS_COLUMN.fullmatch(c) for c in cells)
    )


# A table's column of places: "Rang", "Pos.", "Position", "Place", "Classement", "#".
_A_RANK_COLUMN = re.compile(rf"\s*(?:{RANK_COLUMN}|#)\s*", re.I)


def _table_rank(scored: ScoredSentence) -> int | None:
    """The place a Markdown table's row gives the one a read span names in another column, from
    its column of places ("| 4 | Clara Montet | 16 ans |" under "| Rang | Finaliste | Âge |": 4;
    a twenty-third walk refused where Clara Montet finished), else None (pure)."""
    found = _table_row(scored)
    if found is None:
        return None
    header, row, column = found
    ranks = [k for k, name in enumerate(header) if _A_RANK_COLUMN.fullmatch(name)]
    if not ranks or ranks[0] == column or ranks[0] >= len(row):
        return None
    place = re.fullmatch(r"(\d{1,3})\s*(?:e|er|ère|ème|\.)?", row[ranks[0]])
    return int(place.group(1)) if place else None


def _table_cells_asked(text: str, question: str, person: str) -> list[tuple[int, int]]:
    """Where a table's row of ``text``, as its layout is cleaned ("Rang : 3 ; Finaliste : Tom
    Vasseur ; … ; Meilleur tour : 1'29\"105"), gives for ``person`` the cell of the one column
    whose heading's words the question says ("Quel a été le meilleur tour de Tom Vasseur ?", which
    a twenty-third walk refused), as offsets; none when no column or several are asked (pure)."""
    asked = set(tokenize(question)) - set(tokenize(person))
    words = [w.lower() for w in person.split() if len(w) >= 3]
    found: list[tuple[int, int]] = []
    days = days_named(question)
    for line, cells in _cleaned_rows(text):
        said = set(re.findall(r"[\w’'-]+", line.group().lower()))
        if not words or not all(w in said for w in words):  # (whole words: not "Tommy Vasseur", a review)
            continue
        if days - days_named(line.group()):
            continue  # (a day the row does not say: "… sous la pluie lundi ?" of a final's best lap, a review)
        columns = [c for c in cells if (said := set(tokenize(c.group("key")))) and said <= asked]
        if len(columns) == 1 and columns[0].group("value").strip(" —-"):
            found.append((line.start() + columns[0].start("value"), line.start() + columns[0].end("value")))
    return found


def _table_cells_labelled(text: str, question: str, money: bool) -> list[tuple[int, int]]:
    """Where a table's row of ``text``, as its layout is cleaned, gives the cell the question asks
    by the row's label and the column's heading ("Moto" of "Formule : Demi-journée (4 heures) ;
    Auto : 180 € ; Moto : 150 €" for "Combien coûte une demi-journée moto ?"), or for a price
    asked (``money``) the one cell holding a sum ("Prix : 89 €" of "Stage : Baptême passager (3
    tours avec un moniteur) ; Durée : 20 minutes ; Prix : 89 €"; a twenty-fourth walk answered "3
    tours" and a membership's price). The row is the one whose label shares the most of its words
    with the question (in proportion: "Journée complète" over "Demi-journée (4 heures)" for "une
    journée"), alone; none when no row or column stands out (pure)."""
    asked = set(tokenize(question))
    rows = []
    for line, cells in _cleaned_rows(text):
        # (half the label's words before its brackets at least: "Baptême passager (3 tours avec un
        # moniteur)", not "Stage moto débutant" for "moto")
        named = set(tokenize(cells[0].group("value").split("(")[0])) if cells else set()
        label = set(tokenize(cells[0].group("value"))) if cells else set()
        if named & asked and 2 * len(named & asked) >= len(named):
            rows.append((len(label & asked) / len(label | asked), named & asked, line, cells))
    if not rows:
        return []
    rows.sort(key=lambda x: x[0], reverse=True)
    said_by_rows = set().union(*(x[1] for x in rows))
    if (len(rows) > 1 and rows[1][0] == rows[0][0]) or not said_by_rows <= rows[0][1]:
        # (another row says a word the question asks that the best one does not: "Stage moto
        # débutant" and "Perfectionnement" for "le stage de perfectionnement moto", a review)
        return []
    _, _, line, cells = rows[0]
    # (a heading's words before its brackets: "Prévente (jusqu'au 15 mai)")
    columns = [c for c in cells[1:] if (said := set(tokenize(c.group("key").split("(")[0]))) and said <= asked]
    if not columns and money:
        columns = [c for c in cells[1:] if _A_SUM.search(c.group("value"))]
    if len(columns) != 1 or not columns[0].group("value").strip(" —-"):
        return []
    return [(line.start() + columns[0].start("value"), line.start() + columns[0].end("value"))]


def _cleaned_rows(text: str) -> Iterator[tuple[re.Match[str], list[re.Match[str]]]]:
    """The rows of the tables of ``text`` as their layout is cleaned (``_a_table_row``), each with
    its cells (``_A_CLEANED_CELL``: a heading and a value) (pure)."""
    for line in _A_CLEANED_ROW.finditer(text):
        if _a_table_row(line.group()):
            yield line, list(_A_CLEANED_CELL.finditer(line.group()))


def _spans_overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Whether two spans of offsets share a character (pure)."""
    return a[0] < b[1] and b[0] < a[1]


def _a_table_row(text: str) -> bool:
    """Whether ``text`` is a table's row as its layout is cleaned ("Billet : Samedi ; Prévente :
    25 €"), not prose with colons and a semicolon ("Tarifs : 25 € le samedi ; dimanche : 30 €.",
    a review): no full stop at its end (pure)."""
    stripped = text.strip()
    return _A_CLEANED_ROW.fullmatch(stripped) is not None and not stripped.endswith((".", "!", "?", "…"))


# A table's row as its layout is cleaned (``text.clean_layout``): "Rang : 2 ; Finaliste : Ilyes
# Benali ; Âge : 17 ans", and each of its cells.
_A_CLEANED_ROW = re.compile(r"(?m)^[^:;\n]{1,30} : [^;\n]*(?: ; [^:;\n]{1,30} : [^;\n]*)+$")
_A_CLEANED_CELL = re.compile(r"(?P<key>[^:;\n]{1,30}) : (?P<value>[^;\n]*[^;\s])")


def _table_row_of_another(scored: ScoredSentence, person: str) -> bool:
    """Whether a read span stands in a Markdown table's row that names a person in another cell,
    and none of ``person``'s words (pure)."""
    from paddockqa.conversation import is_person

    found = _table_row(scored)
    if found is None:
        return False
    _, row, column = found
    words = {w.lower() for w in person.split() if len(w) >= 3}
    others = [c for k, c in enumerate(row) if k != column and is_person(c)]
    return bool(others) and not any(w in c.lower().split() for c in row for w in words)


def _table_row(scored: ScoredSentence) -> tuple[list[str], list[str], int] | None:
    """The cells of the first line of the Markdown table a read span stands in and of its own
    line, and the span's column, when the passage's context holds the first line ("Ville", 3 for
    "Perpignan" of "| 2 | Ilyes Benali | 17 ans | Perpignan |" under "| Rang | Finaliste | Âge |
    Ville |") (pure)."""
    assert scored.span is not None
    hit = scored.sentence.hit
    at = scored.span[0] - hit.context_start
    if not 0 <= at <= len(hit.context):
        return None
    opening = hit.context.rfind("\n", 0, at) + 1
    row = hit.context[opening : (hit.context.find("\n", at) + 1 or len(hit.context) + 1) - 1]
    if not row.lstrip().startswith("|"):
        return None
    column = hit.context.count("|", opening, at) - 1
    header = row
    while opening > 0:
        above = hit.context.rfind("\n", 0, opening - 1) + 1
        line = hit.context[above : opening - 1]
        if not line.lstrip().startswith("|"):
            break
        header, opening = line, above
    if header == row and opening > 0:
        return None  # (the table's first line is not in the context)
    return (
        [c.strip() for c in header.strip().strip("|").split("|")],
        [c.strip() for c in row.strip().strip("|").split("|")],
        column,
    )


def _a_results_bracket(scored: ScoredSentence) -> bool:
    """Whether a read span opens the brackets after a person's first and last name and is
    their make or team: "1. Anthony Lacroix (MAN) – 12 tours", "Anthony Lacroix (MAN TGS,
    Lacroix Truck Racing) a remporté" (two walks answered where he comes from with "MAN",
    "Yamaha"); not a town ("Hugo Bernard (Toulouse) a remporté", a review) (pure)."""
    located = _span_in_sentence(scored)
    if located is None or _NAME_BRACKET.search(located[0][: located[1]]) is None:
        return False
    inside = located[0][located[1] :].split(")")[0]
    if _MAKE_OR_TEAM.search(inside) or re.search(r"\b[A-Z]{2,}\b", inside) or A_MODEL.search(inside):
        return True
    # A make or a team no list knows, by what its passage does with it: shared by two people's
    # brackets ("1. Léo Brunel (Polini) … 3. Inès Marchal (Polini)"), or driven ("sur sa Polini
    # 910"): a twenty-third walk answered where Inès Marchal is from with "Polini"
    said = re.escape(inside.strip())
    passage = scored.sentence.hit.context
    # (three people at least: two of one town are no make, a review)
    shared = len(re.findall(rf"\(\s*{said}\s*[),]", passage)) >= 3
    driven = re.search(rf"\b(?:sa|son|ses|leur|leurs|une?|his|her|their)\s+{said}\b", passage) is not None
    return bool(said) and (shared or driven)


_NAME_BRACKET = re.compile(r"(?:^\s*\d{1,3}[.)]\s+[^()\n]+|[A-ZÀ-Ý][\w’'-]+\s+[A-ZÀ-Ý][\w’'-]+)\s*\(\s*$")
# The makes a French motorsport release names most, and the words of a team's name.
_MAKE_OR_TEAM = re.compile(
    r"\b(?:Yamaha|Kawasaki|Honda|Ducati|Suzuki|Aprilia|Triumph|Husqvarna|Gas\s*Gas|Sherco|Beta|Peugeot|Citroën|Renault"
    r"|Alpine|Porsche|Ferrari|Lamborghini|McLaren|Aston\s+Martin|Mercedes(?:-\w+)?|Audi|Toyota|Hyundai|Ford|Škoda|Skoda"
    r"|Volkswagen|Mitsubishi|Nissan|Subaru|Iveco|Scania|Volvo|Renault\s+Trucks|Norma|Tatuus|Ligier|Oreca|Mygale"
    r"|Duqueine|Ginetta|Lotus|Dacia|Opel|Fiat|Abarth|Lancia|Mini|Cupra|Seat|Kia|Lexus|Chevrolet|Corvette|Cadillac"
    r"|Racing|Team|Motorsports?|Compétition|Competition|Performance|Sport|Cycles|Vélo|Truck|Trucks|Raid|Rallye"
    # (and "Race Lab", "Autosport GP": a fifteenth walk answered where Esteban Morel is from with it)
    r"|Race|Lab|GP|Autosport|Engineering|Scuderia|Squadra|Écurie|Academy)\b"
)


# "disputée … entre Saint-Évarzec et Quimper"; "sur le circuit Bugatti du Mans" (a seventh walk
# answered where a rider was born with it), "à l'autodrome de Linas-Montlhéry".
_ROUTE_OR_VENUE = re.compile(
    r"\b(?:entre|(?:circuit|autodrome|vélodrome|anneau|tracé|piste)(?:\s+(?:de\s+la|de\s+l['’]|du|de|des|d['’]))?)\s*$",
    re.I,
)


def _names_race(scored: ScoredSentence, question: str) -> bool:
    """Whether the read span's sentence names a race the question names by its number (pure)."""
    located = _span_in_sentence(scored)
    return located is not None and bool(events_numbered(located[0]) & events_numbered(question))


_PODIUM_FOOT = re.compile(r"\bau\s+pied\s+du\s+podium\b|\bjust\s+off\s+the\s+podium\b", re.I)
_TIME_ASKED = re.compile(r"\bquel\s+(?:temps|chrono)\b|\bwhat\s+time\b", re.I)


# A gap asked in a unit ("Combien de points d'avance …", "… de tours de retard") is said in it.
_GAP_UNIT_WORD = re.compile(
    r"\b(?:combien\s+de|how\s+many)\s+(points?|secondes?|tours?|minutes?|seconds?|laps?)\b"
    r"|\b(points?|secondes?|tours?|minutes?|seconds?|laps?)\s+(?:d['’](?:avance|écart)|de\s+retard|ahead|behind)"
)
_GAP_UNIT_ASKED = {
    **dict.fromkeys(("point", "points"), re.compile(r"\bpoints?\b|\bpts\b", re.I)),
    **dict.fromkeys(("seconde", "secondes", "second", "seconds"), re.compile(r"\d\s*[\"″]|\d\s*s\b|\bsec", re.I)),
    **dict.fromkeys(("tour", "tours", "lap", "laps"), re.compile(r"\btours?\b|\blaps?\b", re.I)),
    **dict.fromkeys(("minute", "minutes"), re.compile(r"\bmin|\d\s*['’′]", re.I)),
}
# An ordinal before a noun: "troisième saison", "3e saison".
_ORDINAL_COUNT = re.compile(
    r"\s*(?:\d{1,3}\s*(?:e|er|re|ère|ème|eme)|\w+i[eè]me|premi(?:er|ère)|seconde?)\s+([^\W\d_]+)", re.I
)


# A gap's unit after its number: "deux" then " tours".
_GAP_UNIT = re.compile(
    r"\s*(?:tours?|laps?|secondes?|seconds?|s|minutes?|min|longueurs?|lengths?|dixièmes?|points?\s+d['’](?:avance|écart))\b",
    re.I,
)


_NATIONALITY_ASKED = re.compile(r"\bnationalit|\bwhat\s+nationality\b", re.I)
_WORD_IN = re.compile(r"[^\W\d_]+")  # "l'Allemande" -> "l", "Allemande"; "franco-allemande" -> its parts
# An English nationality ("German", "Japanese"): a list, as "Jean" or "Morgan" end like one.
_ENGLISH_NATIONALITY = re.compile(
    r"American|Argentinian|Argentine|Australian|Austrian|Belgian|Brazilian|British|Canadian|Chinese|Czech|Danish|Dutch"
    r"|English|Estonian|Finnish|French|German|Hungarian|Indian|Indonesian|Irish|Italian|Japanese|Mexican|Monegasque"
    r"|Norwegian|Polish|Portuguese|Russian|Scottish|Spanish|Swedish|Swiss|Thai|Welsh"
)


def _a_nationality(span: str) -> bool:
    """Whether a span says a nationality: a demonym (French, in parts: "l'Allemande",
    "franco-allemande") or an English one ("German"); not a place ("Valtellina" of "Scuderia
    Valtellina", a tenth walk's rerun) (pure)."""
    words = _WORD_IN.findall(span)
    return any(is_demonym(w) or _ENGLISH_NATIONALITY.fullmatch(w) for w in words)


_TOWN_ASKED = re.compile(r"\b(?:ville|commune|village|town|city)\b", re.I)  # a town, not a people


def _says(scored: ScoredSentence, words: re.Pattern[str]) -> bool:
    """Whether a read span's sentence says ``words``, or the heading of the lines it is one of
    ("Meilleurs temps :" over "ES1 Vézénobres (12,4 km) : Aubert / Petit", the tenth walk rerun
    once a stage's best time asked had to be said) (pure)."""
    hit = scored.sentence.hit
    said = hit.original(scored.sentence.start, scored.sentence.end)
    if words.search(said) is not None:
        return True
    if said.rstrip().endswith((".", "!", "?", "»")):
        return False  # a sentence of prose, not a line under a heading ("Pole et course :", a review)
    text = hit.context
    at = text.find(scored.sentence.quote.strip()[:40])
    if at < 0:
        return False
    for line in reversed(text[:at].split("\n")[:-1]):
        line = line.strip()
        if not line or line.endswith((".", "!", "?", "»")):
            return False  # (a paragraph's end: the lines are under no heading)
        if line.endswith(":"):
            return words.search(line) is not None
    return False


# A sentence going on about the one named before: "She also…", "The 26-year-old from Leeds
# also…", "Le pilote de 22 ans…", "Ce dernier…".
_GOES_ON = re.compile(
    r"\s*(?:(?:Il|Elle|He|She)\b|(?:The|Le|La|L['’])\s*(?:\d+-year-old|[^\W\d_]+\s+de\s+\d+\s+ans)\b)"
)


def _said_next_of_them(scored: ScoredSentence, words: re.Pattern[str]) -> bool:
    """Whether the sentence after a read span's, going on about the one named before ("The
    26-year-old from Leeds also secured the drivers' title" after "Harriet Cole … won two of the
    three races": a walk's title asked), says ``words`` (pure)."""
    hit = scored.sentence.hit
    if scored.span is None:
        return False
    name = hit.original(*scored.span).strip()
    from paddockqa.conversation import is_person, names

    for following in [s for s in hit.sentences if s.start >= scored.sentence.end][:2]:
        if _GOES_ON.match(following.text):
            # naming no one else ("Il a devancé Luc Blanc, parti en pole position": a review) but
            # those it beats ("Il a signé le meilleur temps des essais …, devant Dylan Moreau", a
            # sixteenth walk)
            # (beaten after the feat is said: not "Il s'impose devant Paul Roy, auteur du meilleur tour")
            others = [
                n
                for n in names(following.text)
                if is_person(n)
                and not same_name(n, name)
                and not (
                    _AHEAD_OF.search(following.text[: following.text.find(n)])
                    and words.search(following.text[: following.text.find(n)])
                )
            ]
            return not others and words.search(following.text) is not None
        if name not in following.text:
            return False  # (a headline's name, then its lede naming them again, then "She…")
    return False


def _feat_spans(scored: ScoredSentence, feat: re.Pattern[str], timed: bool) -> list[ScoredSentence]:
    """In the read passage's sentences saying a feat (``binding.feat_asked``), the person named
    nearest to its words, not one it beats ("…, devant Dylan Moreau"), or for a time asked
    (``timed``) the first lap time (pure). A sentence opening with a pronoun and naming no one
    else is the one person the sentence before names: "Super Buggy : Killian Bourdais (Fouquet
    SB3) a tout gagné. Il a signé le meilleur temps des essais …" (a sixteenth walk)."""
    from paddockqa.conversation import is_person, names

    def people(text: str) -> list[tuple[int, str]]:
        found = [(text.find(n), n) for n in names(text) if is_person(n) and text.find(n) >= 0]
        # (beaten after the feat is said: "Il a signé le meilleur temps …, devant Dylan Moreau";
        # not "Il s'impose devant Paul Roy, auteur du meilleur tour", a review)
        return [(at, n) for at, n in found if not (_AHEAD_OF.search(text[:at]) and feat.search(text[:at]))]

    hit = scored.sentence.hit
    out = []
    before: Candidate | None = None
    for c in hit_sentences(scored.sentence.hit_rank, hit):
        text = hit.original(c.start, c.end)
        said = feat.search(text)
        at, before = before, c
        if said is None:
            continue
        if timed:
            spans = [(c, m.span()) for m in _LAP_TIME.finditer(text)][:1]
        else:
            named = people(text)
            near = min(
                named, key=lambda p: min(abs(p[0] - said.end()), abs(p[0] + len(p[1]) - said.start())), default=None
            )
            spans = [] if near is None else [(c, (near[0], near[0] + len(near[1])))]
            if near is None and at is not None and _PRONOUN_OPENING.match(text):
                one = people(hit.original(at.start, at.end))
                spans = [(at, (one[0][0], one[0][0] + len(one[0][1])))] if len(one) == 1 else []
        out += [
            ScoredSentence(s, scored.similarity, 0.0, scored.score, (s.start + x, s.start + y), other_span=True)
            for s, (x, y) in spans
        ]
    return out


# A lap time: "1'11"902", "1:11.902", "50"612".
_LAP_TIME = re.compile(
    r"\d{1,2}\s*['’′:]\s*\d{2}(?:\s*[\"″.,]\s*\d{1,3})?|(?<![\d'’′])\d{1,2}\s*[\"″]\s*\d{1,3}"
    # "1 min 36,702 s", "36,702 s" (a thirteenth walk's pole)
    r"|\d+\s*min\s*\d{1,2}(?:[,.]\d{1,3})?|(?<![\d,.])\d{1,2}[,.]\d{1,3}\s*(?:s|sec|secondes?|seconds?)\b"
    # "43 s 702", the thousandths after the seconds' sign (a twenty-third walk's minimoto)
    r"|(?<![\d,.])\d{1,2}\s*s\s*\d{1,3}\b"
)
# A time's minutes or hours before a reader's span on its seconds: "1 min " then "36,702 s".
_TIME_OPENED = re.compile(r"(?:\d+\s*(?:h|min)\s*)+$")


def _race_named_before(scored: ScoredSentence, races: set[tuple[str, int]]) -> bool:
    """Whether the paragraph of a read span's sentence names one of ``races`` before it ("Dimanche,
    la course 2 a été plus disputée. Hugo Petit s'y est imposé …") (pure)."""
    return bool(events_numbered(_paragraph_before(scored)) & races)


def _race_named_next(scored: ScoredSentence, races: set[tuple[str, int]]) -> bool:
    """Whether the sentence after a read span's, taking up its person by a pronoun or a
    description, names one of ``races`` ("Léo Fournier was the star of the weekend. The
    15-year-old … led every lap of Race 1", as ``_placing`` reads it) (pure)."""
    following = _next_sentence(scored) or ""
    return _takes_up(following) is not None and bool(events_numbered(following) & races)


def _paragraph_before(scored: ScoredSentence) -> str:
    """The text of a read span's paragraph before its sentence (pure)."""
    candidate = scored.sentence
    return candidate.passage[: candidate.highlight[0]].rsplit("\n", 1)[-1]


def _race_named_at(scored: ScoredSentence, races: set[tuple[str, int]]) -> bool:
    """Whether a read span's sentence, or the heading of the list it is an item of, names one
    of ``races`` (``binding.events_numbered``) (pure)."""
    hit = scored.sentence.hit
    at = scored.sentence.start - hit.context_start
    said = hit.original(scored.sentence.start, scored.sentence.end)
    if events_numbered(said) & races:
        return True
    return bool(ITEM_OPENING.match(said) and events_numbered(list_heading(hit.context, at)) & races)


def _race_before(scored: ScoredSentence) -> set[tuple[str, int]]:
    """The race(s) named last before a read span's sentence in its passage (pure)."""
    return last_event_named(_passage_around(scored)[0])


def _passage_around(scored: ScoredSentence) -> tuple[str, str]:
    """A read span's passage before its sentence and after it (pure); a sentence running over
    the passage's edge has nothing on that side (a review: "[128, 73) is outside this hit's
    context" where a passage was cut after "M." inside a sentence)."""
    hit = scored.sentence.hit
    start, end = hit.chunk.start, hit.chunk.end
    return (
        hit.original(start, min(max(start, scored.sentence.start), end)),
        hit.original(max(start, min(scored.sentence.end, end)), end),
    )


def _class_sentence_of(scored: ScoredSentence, asked: frozenset[str]) -> bool:
    """Whether a read span's sentence opens with a class asked ("Catégorie Électrique : …",
    "Supersport : …", "En GT3, …") (pure)."""
    named = classes_named(scored.sentence.quote, True)
    keys = {class_key(name) for name in asked}
    return bool(named) and named[0][0] <= 12 and class_key(named[0][1]) in keys


def _names_class(scored: ScoredSentence, asked: frozenset[str]) -> bool:
    """Whether a read span's sentence names one of the classes ``asked`` (pure)."""
    keys = {class_key(name) for name in asked}
    return any(class_key(name) in keys for _, name in classes_named(scored.sentence.quote, True))


def _wins_the_class(scored: ScoredSentence, asked: frozenset[str]) -> bool:
    """Whether a read span's sentence says, after the span, that it won one of the classes
    ``asked``: a winning verb, then the class, with no other name between ("Hélène Cordier et
    Nathalie Brun, quatrième, remporte par ailleurs la catégorie T2": fourth overall, the T2's
    winner) (pure)."""
    from paddockqa.conversation import names

    located = _span_in_sentence(scored)
    if located is None:
        return False
    after = located[0][located[2] :]
    keys = {class_key(name) for name in asked}
    for at, name in classes_named(after, True):
        if class_key(name) in keys:
            won = _A_STAGE_WON.search(after[:at])
            return won is not None and not names(after[: won.start()])
    return False


def _another_class_said(scored: ScoredSentence, asked: frozenset[str]) -> bool:
    """``binding.another_class_said`` for a read span in its sentence and passage (pure)."""
    located = _span_in_sentence(scored)
    if located is None:
        return False
    before, after = _passage_around(scored)
    return another_class_said(before, located[0], located[1], asked, after, scored.sentence.hit.chunk.title)


# "devant" or "ahead of" right before a span: the one beaten ("… puis la finale, devant Dylan
# Moreau (Rumeau RX)", and the second after him, "… et Anthony Leray").
_ARTICLE = r"(?:(?:les?|la|the)\s+|l['’]\s*)?"
_AHEAD_OF = re.compile(
    rf"\b(?:devant|ahead\s+of|in\s+front\s+of)\s+{_ARTICLE}(?:[A-ZÀ-Ý][\w-]+\s+){{0,3}}(?:\([^()]*\)\s*)?"
    rf"(?:(?:,|et|and)\s+{_ARTICLE}(?:[A-ZÀ-Ý][\w-]+\s+)?)?$",
    re.I,
)


# One around the racers named by his role right before the name: "mon entraîneur, Rémi Causse",
# "le directeur sportif de l'équipe, Marc Roux", "her coach"; not a crew's ("son coéquipier"), nor
# family, who may race together ("Mathieu Roux et son épouse Élodie Roux").
_STAFF_BEFORE = re.compile(
    r"\b(?:mon|ma|son|sa|leur|notre|votre|ton|ta|le|la|l['’]|his|her|their|the)\s*"
    r"(?:entraîneu(?:r|se)|coach|directeur\s+sportif|directrice\s+sportive|team\s+manager|manager|mécanicien(?:ne)?"
    r"|ingénieure?|préparateur|présidente?|patron(?:ne)?|organisat(?:eur|rice)|mechanic|engineer|president|boss)(?:\s+(?:de|du|des|d['’]|of)\s*[^,]{1,40})?\s*,?\s*$",
    re.I,
)


def _sentence_before_span(scored: ScoredSentence) -> str:
    """A read span's sentence up to the span (pure); "" when not located."""
    located = _span_in_sentence(scored)
    return located[0][: located[1]] if located is not None else ""


_BEST_TIME_ASKED = re.compile(
    r"meilleur\s+(?:temps|chrono)(?!\s+(?:au|du|en)\s+tour)|best\s+time|fastest\s+time|scratch", re.I
)
# A winning verb inside a span, in small letters (not "Gagnepain"), a clause and its subject, then
# another name after a comma: "Jordan Pradier gagne la finale, Kévin Dumas" (not a sentence read
# whole, "Jacques Anquetil devient le premier coureur à remporter cinq Tours de France.", PIAF).
_A_CLAUSE_WON = re.compile(
    r"\s(?-i:remport\w*|gagn(?:e|ent|ait)|s['’]impos\w*|s['’]adjug\w*|wins|won)\s[^,]*,\s*(?-i:[A-ZÀ-Ý])", re.I
)
# A team asked anywhere in a question: "Avec quelle équipe X courra-t-il ?".
_A_TEAM_ASKED = re.compile(_TEAM_ASKED, re.I)
# Who holds a role asked by its verb: "Qui préside le jury … ?", "Qui dirige l'équipe ?".
# (not "organise" nor "dirige": an organiser is often only said to announce, "L'Association …
# annonce la quatrième édition", and a leader to have something "organisé autour de" him, PIAF's
# "Qui dirige le culte de Matswa ?")
_ROLE_VERB_ASKED = re.compile(r"\W*(?:et\s+)?qui\s+(?P<verb>présid|entraîn)\w*\b", re.I)
_ROLE_VERB_STEMS = {"présid": ("présid",), "entraîn": ("entraîn", "coach")}
# A class alone, codes and the words of a class's rank: "Elite MX1", "GT3 Pro-Am", "SX2".
_A_CLASS_ALONE = re.compile(rf"(?:(?:{A_CLASS_CODE.pattern})\s*)+")
# Any word of a win, of this year or another: "vainqueur l'an dernier", "lauréat en 2022", "handing
# the win to" (a review of the rule below refused them).
_A_WIN_WORD = re.compile(
    r"\b(?:vainqu\w*|lauréat\w*|victoire\w*|victorieu\w*|remport\w*|gagn\w*|s['’]\s*impos\w*|sacré\w*|won|wins?"
    # ("l'emporte", "s'adjuge", "triomphe", "en tête": a review)
    r"|winners?|winning|victory|victories|l['’]\s*emport\w*|s['’]\s*adjug\w*|triomph\w*|en\s+tête)\b",
    re.I,
)
# An incident of a race, no result: "est sortie de la route", "a abandonné", "crashed".
_A_RACE_INCIDENT = re.compile(
    r"\b(?:sortie?s?\s+de\s+(?:la\s+)?route|accident\w*|abandon\w*|tonneaux|crash\w*|retired|went\s+off)\b", re.I
)
_A_STAGE_WON = re.compile(r"\b(?:remport\w*|gagn\w*|s['’]\s*adjug\w*|s['’]\s*impos\w*|won|wins)\b", re.I)


def _opens_with_race(scored: ScoredSentence, races: set[tuple[str, int]]) -> bool:
    """Whether a read span's sentence is a line opening with one of ``races`` before a colon
    ("ES 5 Lavaur (14,2 km) : Paul Roy / Luc Blanc …") (pure)."""
    label, colon, _ = scored.sentence.quote.partition(":")
    return bool(colon) and len(label) <= 60 and bool(events_numbered(label) & races)


def _another_day(scored: ScoredSentence, asked: frozenset[str]) -> bool:
    """``binding.another_day_said`` for a read span's sentence in its passage (pure)."""
    located = _span_in_sentence(scored)
    return located is not None and another_day_said(_passage_around(scored)[0], located[0], asked)


def _several_races(scored: ScoredSentence, races: set[tuple[str, int]]) -> bool:
    """Whether a read span's passage numbers more than one race of the nouns of ``races``
    ("course 1", "course 2", "course 3") (pure)."""
    nouns = {noun for noun, _ in races}
    hit = scored.sentence.hit
    return len({e for e in events_numbered(hit.context + "\n" + hit.chunk.text) if e[0] in nouns}) > 1


def _another_year(question: str, scored: ScoredSentence, placing: bool) -> bool:
    """``binding.placed_another_year`` for a read span's sentence when a ``placing`` is asked
    (pure); False when not judged. A sentence of a release dated another year than the one
    asked, neither it nor the title naming the year asked, is not that year's: "Qui a remporté
    le Tour de Corse Historique en 2024 ?" was answered with the 2025 winners of a release dated
    2025 (a thirteenth walk), "Quel était le budget … en 2024 ?" with 2025's (a fourteenth). A
    decade is no year asked but of a placing ("dans les années 1990": a release of 2008 tells
    of them, the press set's Gaillard)."""
    located = _span_in_sentence(scored)
    if located is None:
        return False
    day = _dated(scored)
    asked, dated = years_asked(question), day[:4]
    if not placing:
        # (not the year after the release's: a preview tells of it, "Quel sera le budget en 2026
        # ?" of a release of December 2025, a review)
        asked = frozenset(
            y
            for y in asked
            if not re.search(rf"\b(?:années|décennie|decade)\s+{y}|\b{y}s\b", question, re.I)
            and (not dated or int(y) != int(dated) + 1)
        )
    said = located[0] + "\n" + scored.sentence.hit.chunk.title
    # (a season's review is written early the next year: dated 2025-01-10, its champion is 2024's, a review)
    review = any(dated == str(int(year) + 1) and day[5:7] <= "02" for year in asked)
    if asked and dated and dated not in asked and not review and not asked & years_asked(said):
        return True
    return placing and placed_another_year(question, *located)


# A question asking what was before: "le précédent fournisseur", "l'ancien manufacturier", "the
# previous supplier"; not "ancien pilote", someone's past trade, nor "le plus ancien".
_FORMER_ASKED = re.compile(
    r"\b(?i:le|la|l['’]|les|son|sa|ses|leur|leurs|the|his|her|its|their)\s*"
    # (not "old": "How old was Oliver Grant …?", a review)
    r"(?:précédente?s?|ancien(?:ne)?s?|former|previous)\s+(?!(?i:pilotes?|drivers?|champions?)\b)[^\W\d_]{3,}"
)
# Words saying a past: "précédent", "jusqu'ici", "remplace", "succède à", "fournissait", "was".
_PAST_SAID = re.compile(
    r"\b(?:précédent\w*|ancien\w*|auparavant|autrefois|jadis|naguère|ex-|formerly|once|jusqu['’]\s*(?:ici|alors|à\s+présent|en\s+\d{4})|jusque-là|remplac\w*|succèd\w*"
    r"|succédé\w*|prend\s+la\s+(?:suite|relève)|avant\s+(?:lui|elle|cela)|previous\w*|former\w*|until\s+now|replac\w*"
    r"|succeed\w*|took\s+over|had|was|were|était|étaient|avait|avaient|[a-zà-ÿ]{3,}(?:ait|aient)|[a-z]{3,}ed"
    # a loss or a name to come: "viennent de perdre le principal sponsor …, Pelforth", "la
    # Haute-Volta (futur Burkina Faso)" (piaf-dev's two such questions)
    r"|perd\w*|perte|lost|los(?:es|ing)|quitt\w*|left|futur\w*|future|devenu\w*|became|renamed|rebaptis\w*"
    # a move or a renaming: "déplace la capitale de Roskilde à Copenhague", "s'appellera dorénavant",
    # "Initialement appelée NBDL", "(aujourd'hui la Tasmanie)" (piaf-train's)
    r"|déplac\w*|dorénavant|renomm\w*|aujourd['’]\s*hui|initialement|originellement|à\s+l['’]origine"
    r"|initially|originally|today|now)\b",
    re.I,
)


def _a_past_year(scored: ScoredSentence) -> bool:
    """Whether a read span names only years before its release's (pure): no answer to when
    something will be. Undated releases are not judged."""
    dated = _dated(scored)[:4]
    years = years_asked(_span_and_after(scored)[0])  # the years it names
    return bool(dated and years) and all(year < dated for year in years)


def _a_later_year(scored: ScoredSentence) -> bool:
    """Whether a read span names only years after its release's (pure): no answer to since when
    something is. Undated releases are not judged."""
    dated = _dated(scored)[:4]
    years = years_asked(_span_and_after(scored)[0])
    return bool(dated and years) and all(year > dated for year in years)


# "Depuis quand … ?", "Since when … ?": a start, in the past.
_SINCE_WHEN = re.compile(r"\W*(?:depuis\s+quand|since\s+when)\b", re.I)


def _an_earlier_edition(question: str, scored: ScoredSentence) -> bool:
    """Whether a read sentence tells, in the pluperfect, of an earlier year than its release's,
    which the question does not name (pure): "L'édition 2024 avait rassemblé 287 équipages" of
    a release dated 2025 is no count of this year's (a thirteenth walk answered it for how many
    crews started). Undated releases are not judged."""
    dated = _dated(scored)[:4]
    located = _span_in_sentence(scored)
    if not dated or years_asked(question) or located is None:
        return False
    sentence, start, _ = located
    earlier = any(year < dated for year in years_asked(sentence))  # the years it names
    # the pluperfect governing the span, in its clause ("Vitali, qui avait fait ses débuts en
    # 2015, compte désormais 12 victoires" counts this year's: a review)
    verb = max(_PLUPERFECT.finditer(sentence, 0, start), key=lambda m: m.start(), default=None)
    return earlier and verb is not None and not re.search(r"[,;:]", sentence[verb.end() : start])


# Last year or season, said or asked ("l'an dernier", "la saison dernière", "last year"); one
# said first tells of it ("L'an dernier, la victoire était revenue aux Espagnols …").
_LAST_YEAR_OPENS = re.compile(rf"\W*(?:{LAST_YEAR.pattern})\s*,", re.I)


def _another_season(question: str, scored: ScoredSentence) -> bool:
    """Whether a read span of a dated release is said of another year than the one the
    question asks by "l'an dernier", "la saison dernière", "last year" (pure): asked so, its
    sentence must say so, or name the year before the release's; asked of no year, a sentence
    opening so tells of last year. A fourteenth walk answered "Qui avait gagné … l'an dernier ?"
    with this year's winners, and who won the Coupe des Dames with "L'an dernier, la victoire
    était revenue aux Espagnols Ferran Puig et Jordi Mas". Undated releases are not judged."""
    dated = _dated(scored)[:4]
    located = _span_in_sentence(scored)
    if not dated or located is None:
        return False
    sentence = located[0]
    if LAST_YEAR.search(question):
        return not (LAST_YEAR.search(sentence) or str(int(dated) - 1) in years_asked(sentence))
    # (or years ago: "\"Three years ago we had nine cars." for how many started, a twentieth walk)
    # (not one saying what is now: "Il y a deux ans, il a fondé sa structure, qui emploie aujourd'hui
    # quatre préparateurs", a review)
    ago = _YEARS_AGO_OPENS.match(sentence) and not _NOW_SAID.search(sentence) and not _YEARS_AGO_OPENS.search(question)
    return not years_asked(question) and (_LAST_YEAR_OPENS.match(sentence) is not None or bool(ago))


# A place one started from, right before a span: "s'élançait donc de la ", "Parti de la ",
# "started from " (in its clause).
_A_START_BEFORE = re.compile(
    r"\b(?:s['’]\s*élan\w*|parti(?:e|s|es)?|partait|partaient|partira|start(?:ed|s|ing)?)\s+(?:donc\s+)?"
    r"(?:de\s+la\s+|du\s+|de\s+|from\s+(?:the\s+)?|en\s+)$",
    re.I,
)
# A start asked: "En quelle position partira-t-il ?", "Where did he start?", "sur la grille"
_A_START_ASKED = re.compile(r"\b(?:parti\w*|part(?:ait|ira|iront)?|s['’]\s*élan\w*|start\w*|grille|grid|pole)\b", re.I)
# One's beginnings told: "mon premier rallye", "ses débuts", "a débuté", "first race" (in small
# letters: not "Premier Cup").
_BEGINNINGS = re.compile(
    r"\b(?-i:premi(?:er|ère)s?)\s+(?:rallye|course|saison|compétition|manche|licence|pas|traction|victoire)s?\b|\bdébuts?\b"
    r"|\b(?:a|avait)\s+(?:débuté|commencé)\b|\bfirst\s+(?:race|rally|season)\b|\bstarted\s+(?:racing|out)\b",
    re.I,
)
# A question asking of a past: "Quelle voiture pilotait-il en 2017 ?", "… à ses débuts ?", "did he drive"
_A_PAST_ASKED = re.compile(
    r"\b(?:[a-zà-ÿ]{3,}(?:ait|aient)|a-t-(?:il|elle)\s+\w+[éiu]|avait|premi\w*|débuts?|(?:19|20)\d\d|did|drove|rode|was|first)\b",
    re.I,
)


# A top speed and an average one, asked or said before a speed.
_TOP_SPEED = re.compile(r"\b(?:pointe|maximale?|top|maximum|highest)\b", re.I)
_AVERAGE_SPEED = re.compile(r"\b(?:moyenne?|average|mean)\b", re.I)


def _another_speed(question: str, before: str) -> bool:
    """Whether the words right before a speed (``before``, its sentence up to it) say another kind
    of speed than the question asks: an average for a top speed, or the reverse (pure)."""
    near = before[-40:]
    if _TOP_SPEED.search(question):
        return _AVERAGE_SPEED.search(near) is not None and _TOP_SPEED.search(near) is None
    if _AVERAGE_SPEED.search(question):
        return _TOP_SPEED.search(near) is not None and _AVERAGE_SPEED.search(near) is None
    return False


# A whole a part of it is said of: "Sur les 62 lots présentés, 51 …", "Out of the 36 riders, 30 …"
_A_WHOLE_BEFORE = re.compile(r"\b(?:sur|parmi|out\s+of|of)\s+(?:les|the)\s+$", re.I)


def _a_whole_not_asked(scored: ScoredSentence, question: str) -> bool:
    """Whether a read span's number is a whole a part is then said of ("Sur les 62 lots présentés,
    51 ont trouvé preneur"), whose words after its noun the question does not say ("Combien de
    lots ont été vendus ?" asks the part) (pure)."""
    located = _span_in_sentence(scored)
    if located is None or not _A_WHOLE_BEFORE.search(located[0][: located[1]]):
        return False
    described = re.match(r"[^,;]*?,\s*\d", located[0][located[1] :])
    if described is None:
        return False
    words = set(tokenize(described.group()[:-1])) - set(tokenize(_span_and_after(scored)[0]))
    asked = _asked_words(question) - set(tokenize(counted_noun(question) or ""))
    # (asked nothing but the count, "Combien de coureurs ?": the reader's own span stays)
    return bool(asked) and not asked & words


def _beginnings_told(scored: ScoredSentence) -> bool:
    """Whether a read span's sentence tells, before the span, of one's beginnings ("J'ai fait mon
    premier rallye en 2017, sur une Peugeot 106"), with no "now" after them (pure)."""
    before = _sentence_before_span(scored)
    told = [m.end() for m in _BEGINNINGS.finditer(before)]
    # (with a year: "pour ses débuts en Rally2 une Hyundai i20", "le premier rallye de sa carrière au
    # volant d'une Peugeot 106", "En début de course, … sa Porsche" are this weekend's, a review)
    return bool(told) and bool(years_asked(before)) and not _NOW_SAID.search(before[told[-1] :])


_NOW_SAID = re.compile(r"\b(?:aujourd['’]\s*hui|désormais|actuellement|now|today|currently)\b", re.I)
# Years ago, said first: "Il y a trois ans, …", "Three years ago we had …".
_YEARS_AGO_OPENS = re.compile(
    rf"\W*(?:il\s+y\s+a\s+(?:{SMALL_NUMBER_WORDS}|\d+)\s+ans\b|(?:{SMALL_NUMBER_WORDS}|\d+)\s+years\s+ago\b)", re.I
)
_PLUPERFECT = re.compile(
    r"\b(?:avait|avaient|était|étaient|had)\s+(?:\w+\s+)?(?:\w+(?:é|ée|és|ées|i|is|u|us|it)|été|been|\w+ed)\b", re.I
)


def _a_programme_line_of_another(question: str, scored: ScoredSentence) -> bool:
    """Whether a read span is the hour of a programme's line whose event shares no word of the
    question but the generic ones ("11h20 : Course 2 TCR" for "À quelle heure est la course Clio
    Cup ?") (pure); False when not judged or on no such line."""
    located = _span_in_sentence(scored)
    if located is None:
        return False
    sentence, start, _ = located
    line = _A_PROGRAMME_LINE.match(sentence)
    if line is None or line.start("hour") != start:
        return False
    return not _programme_words(_A_BRACKET.sub("", line.group("what"))) & set(tokenize(question))


# The words any programme's line or question about one may hold.
_PROGRAMME_WORDS = frozenset(tokenize("course courses race races heure heures départ start manche séance session"))
_A_BRACKET = re.compile(r"\([^)]*\)")  # "(grille inversée des 10 premiers de la course 1)"


def _programme_words(text: str) -> set[str]:
    """The telling words of an event on a programme's line or in a question about one, stemmed
    (pure): its words but those any programme holds ("course", "heure", …)."""
    return set(tokenize(text)) - _PROGRAMME_WORDS


def _a_names_year(scored: ScoredSentence) -> bool:
    """Whether a read span is a year alone said as part of a name, right after a capitalised word
    ("TCR France 2025", "Dakar 2024") (pure); False when not judged."""
    located = _span_in_sentence(scored)
    if located is None:
        return False
    sentence, start, end = located
    return re.fullmatch(r"\d{4}", sentence[start:end].strip()) is not None and (
        re.search(r"[A-ZÀ-Ý][\w-]*\s+$", sentence[:start]) is not None
    )


def _a_class_unasked(scored: ScoredSentence, question: str) -> bool:
    """Whether a read span's sentence names a class the question does not name (pure)."""
    said = {name.lower() for _, name in classes_named(scored.sentence.quote)}
    return bool(said) and not any(name in question.lower() for name in said)


def _times_the_race(question: str, scored: ScoredSentence) -> bool:
    """Whether a read span's sentence names a race the question names by its number, outside
    brackets (pure): "11h20 : Course 2 TCR (grille inversée des 10 premiers de la course 1)" is race
    2's hour. A span not judged (not starting in its sentence) is kept."""
    located = _span_in_sentence(scored)
    if located is None:
        return True
    # (naming none, it may be the race its heading names: "Course 2 (dimanche)" then "Le départ sera
    # donné dimanche à 11h05.", a review)
    said = events_numbered(_A_BRACKET.sub("", located[0]))
    return not said or not said.isdisjoint(events_numbered(question))


def _another_event(question: str, scored: ScoredSentence) -> bool:
    """``binding.another_event`` for a read span's sentence, or else for its clause (pure):
    "…, Lina Ferhat s'est imposée dans la course 2, et Jules Caradec a gagné la course 3" names
    race 2, yet Caradec's clause only race 3 (a seventh walk answered who won race 2 with him)."""
    located = _span_in_sentence(scored)
    if located is None:
        return False
    sentence, start, end = located
    if another_event(sentence, question) or another_class(scored.sentence.hit.chunk.text, question):
        return True  # a class's letter in the passage: "… Carrera Cup B …", then "et remporte le titre"
    opened = max((m.end() for m in _CLAUSE_EDGE.finditer(sentence, 0, start)), default=0)
    closed = _CLAUSE_EDGE.search(sentence, end)
    clause = sentence[opened : closed.start() if closed else len(sentence)]
    if len(events_numbered(clause)) > 1:
        # "remportée par Patrick Lemercier en course 1 et par Hélène Bastide en course 2": of
        # races joined by "et", the span's part (a thirteenth walk gave her race to him).
        part_start = max((m.end() for m in _ANOTHER_SUBJECT.finditer(sentence[opened:start])), default=0) + opened
        part_end = _ANOTHER_SUBJECT.search(sentence[end:])
        part = sentence[part_start : end + part_end.start() if part_end else len(sentence)]
        if events_numbered(part):
            return another_event(part, question)
    if events_numbered(clause):
        return another_event(clause, question)
    # A clause naming no race is the race named since the last "et": "la course 1 était revenue
    # à X et la course 2, disputée avec une grille inversée, au Marseillais Théo Roussel" (an
    # eleventh walk gave him race 1).
    joined = max((m.end() for m in re.finditer(r"\bet\b|;", sentence[:start])), default=0)
    if events_numbered(sentence):
        return another_event(sentence[joined : closed.start() if closed else len(sentence)], question)
    # A sentence naming no race is the race its paragraph named last before it.
    return another_race_before(_paragraph_before(scored), question)


def _headline_of_another(question: str, scored: ScoredSentence, ranked: Sequence[ScoredSentence]) -> bool:
    """Whether a read span's sentence is its release's headline or lead, which names none of the races
    the question names (by number or as a side event: "la course 2", "la course sprint", "la
    petite finale") while the release's passages read do (pure): the meeting's headline is
    another race's news ("FSBK : Kévin Marchetti reprend la tête …" for who won race 2, which
    Adrien Lacoste won: a fifteenth walk). Not a class: a headline is the main class's ("Jordan
    Massé titré" is the Pro champion of a release naming the Pro and Pro 2 classes)."""
    chunk = scored.sentence.hit.chunk
    headline = _a_headline(scored)
    # (or the lead after its dateline: "SAINT-JEAN-D'ANGÉLY, 2 September 2024 — Team France won the
    # Junior Motocross of Nations" for who won Race 3, a twenty-first walk)
    lead = not headline and dateline_end(scored.sentence.quote) is not None
    if not headline and not lead:
        return False
    numbered = events_numbered(question)
    words = {m.group() for m in _A_SIDE_RACE.finditer(question)}
    if (
        not numbered
        and not words
        or _EVERY_RACE_TITLED.search(chunk.title)
        or (numbered and _A_RACE_TITLED.search(chunk.title))
        or (lead and (_EVERY_RACE_TITLED.search(scored.sentence.quote) or _WINS_SHARED.search(scored.sentence.quote)))
    ):
        # (a headline's double is every race's: "doublé pour Esteban Morel"; one naming a race,
        # in words or by its day, may be the one asked: "Paul Roy takes Race Two victory",
        # "remporte la course du dimanche", a review)
        return False

    def names(text: str) -> bool:
        return bool(events_numbered(text) & numbered) or any(
            re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", text, re.I) for w in words
        )

    texts = {x.sentence.hit.chunk.text for x in ranked if x.sentence.hit.chunk.source == chunk.source}
    if lead and len({n for t in texts for _, n in events_numbered(t)}) < 2:
        # (a lead is one race's of a meeting of several: not "Cette deuxième manche de la Coupe de
        # France" of a rally's own release, whose lead names its winners, a review)
        return False
    said = chunk.title if headline else scored.sentence.quote
    return not names(said) and any(names(t.replace(said, "", 1)) for t in texts)


_EVERY_RACE_TITLED = re.compile(
    r"\b(?:doublé|double|triplé|carton\s+plein|deux\s+(?:fois|victoires|succès|manches|courses)|les\s+deux\s+\w+"
    r"|twice|both|clean\s+sweep)\b",
    re.I,
)
# (a numbered race asked: a headline naming a race or a day may be its, "remporte la course du
# dimanche"; a side race asked is named as such or not, "au terme d'une finale")
_A_RACE_TITLED = re.compile(
    r"\b(?:course|courses|race|races|manche|manches|heat|heats|sprint|samedi|dimanche|vendredi|saturday|sunday"
    r"|friday)\b",
    re.I,
)
# A race beside the main one, named as a question may ("la course sprint", "la petite finale").
_A_SIDE_RACE = re.compile(r"\bpetite\s+finale\b|\bsprint\b", re.I)


_CLAUSE_EDGE = re.compile(r"[,;:|]")
# An "et" bringing another subject ("… par X en course 1 et par Y en course 2"), not another race
# of one ("Paul Martin a remporté la course 1 et la course 2": a review).
_ANOTHER_SUBJECT = re.compile(
    r"\bet\s+(?=(?:par|à|au|pour|de)\b|[A-ZÀ-Ý]|(?:la|le|l['’])\s*[^\W\d_]+\s+\d+\s+(?:par|à|au|de|d['’])\s*[A-ZÀ-Ý]"
    # (after an incise, a person's two names: not "…, disputée sous la pluie, au Mans", a review)
    r"|(?:la|le|l['’])\s*[^\W\d_]+\s+\d+\s*,[^,;.]*,\s*(?:par|à|au)\s*(?:(?:le|la)\s+|l['’])?"
    r"(?:[A-ZÀ-Ý][\w-]*\s+)?[A-ZÀ-Ý][\w-]*\s+[A-ZÀ-Ý])"
)  # (and "… et la course 2 par Luc Blanc", "et de Luc Blanc en course 2": a review; "et la course 2,
# disputée avec une grille inversée, au Marseillais Théo Roussel": an eleventh walk's)


# A vehicle said driven: "pilotera une Fantic XE 300", "au volant d'une Citroën C3 Rally2", "roule
# sur une Husqvarna FS 450", "drives a Porsche 911 GT3 R": a capitalised name and a model with a
# figure, three words at most after the name.
_DRIVEN = re.compile(
    # (or "sur" and a possessive: "a creusé l'écart … sur sa Polini 910", a twenty-third walk refused)
    r"\b(?:pilot\w*|condui\w*|roul\w*\s+sur|au\s+(?:volant|guidon)\s+d['’]|drives?|driving|rides?|riding"
    r"|sur(?=\s+(?:sa|son|leur)\s))"
    r"\s*(?:(?:une?|sa|son|leur|la|le|l['’]|a|an|the|his|her|their)\s*)?"
    r"(?P<vehicle>[A-ZÀ-Ý][\w-]+(?:\s+(?=[\w-]*\d)[A-Z0-9][\w-]*|\s+[A-Z][\w-]+){1,3})"
)


def _bracketed_vehicles(text: str, driver: str) -> list[tuple[int, int]]:
    """Where ``text`` gives ``driver``'s vehicle in a bracket after their name, its first part
    ("Yamaha YFZ 450R" of "Kévin Ravaud (Yamaha YFZ 450R, Ravaud Racing)"; the surname alone
    too), as offsets (pure); not a bracket of no make nor model ("(Honda)" is kept: a make)."""
    surname = driver.split()[-1]
    found = []
    for m in re.finditer(rf"(?<![\w-])(?:{re.escape(driver)}|{re.escape(surname)})\s*\(([^(),;\n]+)", text):
        part = m.group(1).strip()
        if not _not_a_vehicle(part):
            found.append((m.start(1), m.start(1) + len(part)))
    return found


def _driven_in_text(text: str) -> list[tuple[int, int]]:
    """Where ``text`` names a vehicle someone drives (``_DRIVEN``), holding a figure ("XE 300",
    "C3"), as offsets (pure)."""
    return [m.span("vehicle") for m in _DRIVEN.finditer(text) if re.search(r"\d", m.group("vehicle"))]


def _not_a_vehicle(span: str) -> bool:
    """Whether a span answering a vehicle question is a team's name, a person's or words of no
    make nor model (pure)."""
    from paddockqa.conversation import MAKES, is_person

    bare = re.sub(
        r"^(?:l['’]équipe|l['’]écurie|le|la|une?|sa|son|leur|a|an|the|his|her|their)\s+|^l['’]\s*",
        "",
        _AT_THE_WHEEL.sub("", span.strip()),  # "au volant de sa March 743" (the Pau release's)
        flags=re.IGNORECASE,
    )
    words = bare.split()
    if words[:1] and words[0].lower() in MAKES:
        # "Mini Cooper", "Mitsubishi Lancer": a make first is a vehicle (a review); not a clause
        # ("Yamaha tourne plus facilement que ma Kawasaki", a twenty-third walk)
        # (its next word in small letters: not "Lancia Delta intégrale", "Porsche 911 type 993", a review)
        return len(words) > 1 and words[1].isalpha() and words[1].islower() and len(words[1]) >= 4
    if not _MODEL.match(bare):
        return True  # a make first or a model: not "Nogaro", "Lédenon" (a review)
    if not (bare[:1].isupper() or bare[:1].isdigit()) or _AN_AGE_IN.search(bare) or "/" in bare:
        # A make or a model has a capital: not "voiture ouvreuse « 0", "16 ans, de Lorient", a crew
        # ("Dubois / Keller / Ortiz"), nor an event ("Rallye Terre de Lozère"): a tenth walk.
        return True
    if _AN_EVENT.match(bare):
        return True
    return A_TEAM.fullmatch(bare) is not None or is_person(bare)


# A span of one letter, or of marks alone.
_A_FRAGMENT = re.compile(r"\W*[^\W\d]?\W*")


def _a_class_line(text: str) -> str | None:
    """The class (``binding.class_key``) whose line of a list of classes' results ``text`` is: a
    class's name then a colon ("- Rally4 : Alexis Chabaud / Marine Tessier …"), else None (pure)."""
    named = classes_named(text, True)
    if not named or re.match(rf"\W{{0,3}}{re.escape(named[0][1])}\s*:", text) is None:
        return None
    return class_key(named[0][1])


# An overall place said as such: "14e au général", "19th overall", "23e au scratch".
_AN_OVERALL_PLACING = re.compile(
    r"\b(?:au|du)\s+(?:classement\s+)?(?:général|scratch)\b|\boverall\b|\bau\s+classement\s+général\b", re.I
)
# A part then "sur" before a span, which is the whole: "cinq spéciales sur ", "4 of ".
# (a counted noun between: not a year's "en 2025 sur 12 manches", a date's "du 14 juin sur 42 tours",
# nor "l'un des 120 pilotes", a review)
_A_PART_OF_BEFORE = re.compile(
    rf"(?<![\d/.,])\b(?!(?:19|20)\d\d\b)(?:{DIGITS}|{SMALL_NUMBER_WORDS})\s+(?!(?:{_FRENCH_MONTHS})\b)"
    r"(?:[^\W\d_][\w'’-]*\s+){1,2}(?:sur|out\s+of)\s+(?:les\s+|the\s+)?$"
    # ("vainqueur de quatre des huit spéciales")
    rf"|(?<![\d/.,])\b(?!une?\b)(?!(?:19|20)\d\d\b)(?:{DIGITS}|{SMALL_NUMBER_WORDS})\s+"
    r"(?:des|d['’]entre\s+les|parmi\s+les|of\s+the)\s+$",
    re.I,
)
_A_WHOLE_ASKED = re.compile(
    # (or what a whole holds: "Combien de spéciales comptait le rallye ?", a review)
    r"\bsur\s+combien\b|\bout\s+of\s+how\s+many\b|\bau\s+total\b|\bin\s+total\b|\ben\s+tout\b|\bau\s+programme\b"
    r"|\bcompt(?:e|ait|aient|ent|era|eront)\b|\bcompos\w*|\bcomprend\w*|\bcompris\b",
    re.I,
)
# Where someone lives asked, and the place a span says they live at.
_LIVING = r"habit\w*|vit|vivent|vivait|résid\w*|demeur\w*|lives?|living|based"
_RESIDENCE_ASKED = re.compile(rf"\b(?:{_LIVING})\b", re.I)
_LIVES_AT = re.compile(
    rf"\b(?:{_LIVING})\b[^.;]{{0,40}}?\b(?:à|en|au|in|at)\s+"
    r"(?P<place>(?-i:[A-ZÀ-Ý])[\w’'-]*(?:[ -](?:(?:sur|sous|de|du|la|le|les|en)[ -])?(?-i:[A-ZÀ-Ý])[\w’'-]*)*)",
    re.I,
)
# A question asking who someone is: "Qui est Sophie Valadier ?", "Who is Ollie Pritchard?".
_WHO_IS = re.compile(
    r"^\W*(?:(?:et|and)\s+)?(?:qui|who)\s+(?:est|était|is|was)\s+"
    r"(?P<name>(?-i:[A-ZÀ-Ý])[\w’'-]+(?:\s+(?-i:[A-ZÀ-Ý])[\w’'-]+)+)\s*\?*\s*$",
    re.I,
)


def _another_person_spanned(scored: ScoredSentence, person: str) -> bool:
    """Whether a read span is a person's name other than ``person``'s (pure)."""
    from paddockqa.conversation import is_person, names

    span = _span_and_after(scored)[0].strip()
    named = [n for n in names(span) if is_person(n)]
    return bool(named) and named[0] == span and not same_name(named[0], person)


# The pole asked, and its holder named by the feat's noun before them: "Pole-sitter Priya Shah",
# "le poleman Hugo Roy".
_A_POLE_ASKED = re.compile(r"\bpole\b", re.I)
_POLE_SITTER = re.compile(rf"\b(?:pole[- ]?sitter|pole[- ]?man|polewoman)\s+(?P<name>{_A_PERSON})", re.I)


def _pole_sitters(text: str) -> list[tuple[int, int]]:
    """Where ``text`` names a pole-sitter by that noun ("Pole-sitter Priya Shah") (pure)."""
    return [m.span("name") for m in _POLE_SITTER.finditer(text)]


def _another_pole_sitter(scored: ScoredSentence) -> bool:
    """Whether a read span's sentence names its pole-sitter by that noun ("Pole-sitter Priya
    Shah …") and the span is not them (pure)."""
    located = _span_in_sentence(scored)
    if located is None:
        return False
    sentence, start, end = located
    held = [m.span("name") for m in _POLE_SITTER.finditer(sentence)]
    return bool(held) and not any(a <= start < b for a, b in held)


# A change of a price said right before its amount: a surcharge, a discount, a rise ("seront
# majorés de 5 €", "une réduction de 10 euros"), and the same asked.
_PRICE_CHANGE = (
    r"major\w*|(?<!\ben\s)supplément\w*|surcoût|réduction|remise|rabais|ristourne|hausse|baisse|augment\w*|diminu\w*"
    r"|surcharge\w*|discount\w*|reduc\w*|increase\w*|rise|plus\s+cher"
)
_A_PRICE_CHANGE_BEFORE = re.compile(rf"\b(?:{_PRICE_CHANGE})(?:\s+(?:de|d['’]|of|by))?\s*$", re.I)
_A_PRICE_CHANGE_ASKED = re.compile(rf"\b(?:{_PRICE_CHANGE})\b", re.I)
_A_LABEL = re.compile(r"\s*[^\s:][^:.]{0,40}:\s")
# A team's, a class's or a partner's noun right before a span: what follows names them, no
# vehicle ("le concessionnaire Yamaha Provence Motos").
_A_TEAM_OR_CLASS_BEFORE = re.compile(
    r"\b(?:équipe|écurie|team|catégorie|classe|championnat|série|class|category|championship|concessionnaire"
    r"|partenaire|sponsor|importateur|distributeur|dealer|partner|titre|title)\s*$",
    re.I,
)
# A model: a name and a token with a number or in capitals ("Peugeot 208", "Mégane RS", "HPD ARX-03a").
# (two names too: "Nova Proto NP01", an eleventh walk's hill-climb car)
_MODEL = re.compile(
    r"[A-ZÀ-Ý][\w’-]*\s+(?:[\w-]*\d|[A-Z]{1,4}\b)"
    r"|[A-ZÀ-Ý][\w’-]*\s+[A-ZÀ-Ý][\w’-]*\s+(?=[\w-]*[A-Za-z])(?=[\w-]*\d)"  # not "Tour Auto 2026" (a review)
)
_AT_THE_WHEEL = re.compile(
    r"^(?:au\s+volant\s+d(?:e|['’])\s*|à\s+bord\s+d(?:e|['’])\s*|sur\s+|at\s+the\s+wheel\s+of\s+|in\s+)", re.I
)
_VEHICLE_ARTICLE = re.compile(r"(?:la|le|les|une?|sa|son|leur|a|an|the|his|her|their)\s+|l['’]", re.I)
_AN_AGE_IN = re.compile(r"\d+\s*ans\b")
_AN_EVENT = re.compile(
    r"(?:rallye|rally|grand\s+prix|course|championnat|championship|trophée|coupe|cup|heures|manche|round|série|series"
    r"|formule|formula|catégorie|category|classe)\b",  # "Formule 3": a category (the Pau release's)
    re.I,
)
# A vehicle asked: "Quelle moto pilote-t-elle ?", "Which car does he drive?" (a team's name is no answer).
_VEHICLE_ASKED = re.compile(
    # (a quad, a side-car, a buggy, a vehicle too: "Quel quad pilote-t-il ?" got a town, "Avec
    # quel véhicule ?" a class, a nineteenth walk)
    r"\b(?:quel(?:le)?s?\s+(?:modèle\s+de\s+)?(?:moto|voiture|auto|machine|monture|camion|tracteur|kart|bolide|quad|buggy"
    # (a bicycle: "Quel vélo utilise Margaux Delpech ?" got "E-Enduro", a twenty-second walk)
    r"|side-car|véhicule|châssis|chassis|vélo|vtt|e-bike)s?"
    r"|(?:which|what)\s+(?:car|bike|motorcycle|truck|kart|machine|quad|buggy|vehicle|chassis)s?)\b",
    re.IGNORECASE,
)


_DIGITS = re.compile(DIGITS)
# A release's press contact line, which answers only a question about its contact.
_CONTACT_LINE = re.compile(
    r"\s*(?:contacts?(?:\s+(?:presse|médias?|medias?|press))?|press\s+contacts?|media\s+contacts?|relations?\s+presse"
    r"|service\s+de\s+presse|attachée?\s+de\s+presse)\s*[:：–—-]",
    re.I,
)
_CONTACT_ASKED = re.compile(
    r"\b(?:contact\w*|presse|attachée?|relations?\s+presse|press|media|médias?|joindre|e-?mail|téléphone|phone)\b", re.I
)
_STANDINGS = re.compile(r"\b(?:championnat|championship|standings|provisoire|points?|pts)\b", re.I)
# The standings of a season by their scope: "classement européen", "classement provisoire".
_STANDINGS_SCOPE = r"(?:européen|mondial|national|provisoire)"
# A question asking a championship's standings, not one of its races: "Qui occupe la quatrième
# place du championnat GT Sprint ?", not "Qui a gagné la deuxième manche du championnat ?".
_STANDINGS_ASKED = re.compile(
    rf"\b(?:championnat|championship|standings|classement\s+(?:général|des\s+pilotes|{_STANDINGS_SCOPE}))\b", re.I
)
_A_RACE_ASKED = re.compile(
    r"\b(?:manches?|courses?|épreuves?|étapes?|spéciales?|rounds?|races?|stages?|meeting|grand\s+prix|rallye)\b", re.I
)
# Words saying a span's people won: "… LUCIE VAINQUEURS".
_A_WINNER_WORD = re.compile(r"\b(?:vainqueurs?|vainqueuses?|victorieu(?:x|se|ses)|winners?)\b", re.I)
# A sentence of a season's standings, said as such: "Au classement européen de la catégorie 4x4",
# "au championnat", "the championship standings", "leads the championship".
# (not "Championship leader Daan Kuipers took the victory in Race 1", an apposition: a review)
_A_STANDINGS_LINE = re.compile(
    rf"\bclassement\s+(?:{_STANDINGS_SCOPE}|(?:général\s+)?du\s+championnat|(?:général\s+)?de\s+la\s+coupe)"
    r"|\bau\s+championnat\b|\bchampionship\s+standings|\bstandings\b|\bleads?\s+the\s+(?:championship|standings)\b",
    re.I,
)
# A sentence of standings: "Au championnat, Mathieu Roux compte 61 points", "1. Lucas Ferrand –
# 43 points", "leader du championnat"; not "a remporté la deuxième manche du Championnat".
_STANDINGS_SAID = re.compile(
    # (the lead of a standings, not of a race: "s'emparer de la tête dès le premier virage" for who
    # leads the championship, a twenty-second walk; "conserve la tête après trois manches" is)
    r"\b(?:points?|pts|au\s+championnat|leader"
    r"|(?:en|la)\s+tête(?!\s+(?:dès|de\s+la\s+course|du\s+peloton|au\s+(?:premier|départ|freinage)))"
    r"|(?:au|du)\s+général"
    r"|classement\s+(?:général|provisoire|du\s+championnat)|champion(?:ne)?s?|titres?|titled?"
    # "deuxième du championnat", "won the 2023 championship"; not "la deuxième manche du Championnat"
    r"|(?<!manche\s)(?<!course\s)(?<!épreuve\s)(?<!étape\s)du\s+championnat"
    # ("the 2023 championship"; not "round 3 of the Women's Motocross European Championship", a
    # twenty-second walk's round winner for its leader)
    r"|(?<!round\sof\s)the\s+(?:\d{4}\s+)?championship"
    r"|standings|leads?\s+the\s+championship|championship\s+lead\w*)\b",
    re.I,
)


def standings_asked(question: str) -> bool:
    """Whether ``question`` asks a championship's standings, naming no race (pure); a race named
    as the time of the standings is none ("Who leads the … Championship after round 3?", "Qui
    mène le championnat après la manche de Dijon ?": a twenty-second walk gave the round's winner)."""
    untimed = re.sub(r"\b(?:après|after)\s+[^,?]*", "", question, flags=re.I)
    return _STANDINGS_ASKED.search(question) is not None and _A_RACE_ASKED.search(untimed) is None


# A standings item: a numbered name and its points, nothing else ("3. Anthony Fabre – 98 points");
# not a sentence ending with points ("… et marque 25 points"), nor a race result's item with its
# make ("1. Lina Ferhat (Alpine) – 25 pts": a review).
_POINTS_ONLY = r"[^()\d\n]+?\s*[–—:-]?\s*\d+\s*(?:points?|pts)\s*\.?\s*$"  # an item's text after its number
_POINTS_ITEM = re.compile(rf"^\s*\d{{1,3}}[.)]\s+{_POINTS_ONLY}", re.I)
_POINTS_ITEM_TEXT = re.compile(_POINTS_ONLY, re.I)


def _listed(scored: ScoredSentence, place: int, question: str = "") -> list[ScoredSentence]:
    """The read passage's results-list items numbered ``place`` ("2. Adrien Poulain / Élodie
    Marchal (Citroën) à 18"4"), each as a span on the name the item opens with, scored as the
    passage (pure)."""
    return _passage_spans(scored, _named_items(scored.sentence.hit.chunk.text, place, question))


def _named_items(text: str, place: int, question: str) -> Iterator[tuple[int, int]]:
    """Where the names open ``text``'s results-list items numbered ``place`` that answer
    ``question`` (``_listed``) (pure)."""
    from paddockqa.conversation import is_person, names

    for a, b in list_items(text, place):
        if not _item_answers(text, a, b, question):
            continue
        # The competitor the item opens with, a surname alone too ("Henri Maury (Scania)", "Fabre (Iveco)").
        found = names(text[a:b])
        opening = found[0] if found and text[a:b].startswith(found[0]) else None
        name = next((n for n in found if is_person(n)), opening)
        if _WHICH_TEAM.match(question):
            # The team, for a team asked: "Rovanto Sport" of "3. Audi n°3 (Rovanto Sport) – à 1 tour"
            # (a twelfth walk answered with the winner's).
            bracket = re.search(r"\(\s*([^()]*?)\s*\)", text[a:b])
            in_bracket = _bracket_team(bracket.group(1)) if bracket else None
            teams = [n for n in found if A_TEAM.search(n)] + ([in_bracket] if in_bracket else [])
            name = teams[0] if teams else name
        at = text[a:b].find(name) if name else -1
        if name is None or at < 0:
            continue
        yield a + at, a + at + len(name)


_A_POSSESSIVE_BEFORE = re.compile(r"\b(?:mon|ton|son|ma|ta|sa|notre|votre|leur|my|your|his|her|their|its)\s+$", re.I)


def _ranks_stated(scored: ScoredSentence, person: str, question: str) -> list[ScoredSentence]:
    """The placings the sentences of a read passage state of ``person`` (``binding.placing_of``
    for a name of theirs), each as a span on its word ("Deuxième" of "Deuxième de la manche
    d'ouverture …, Margaux Delpech revient …"), in the passage's order; a sentence naming
    another place than one the question names is another event's ("longtemps deuxième à Alès,
    avait dû se contenter de la quatrième place" for where he finished at Anduze, a review) (pure)."""
    from paddockqa.conversation import is_person, names

    asked = [n for n in names(question) if not is_person(n)]
    hit = scored.sentence.hit
    out = []
    for candidate in hit_sentences(scored.sentence.hit_rank, hit):
        text = hit.original(candidate.start, candidate.end)
        named = names(text)
        said = [n for n in named if not is_person(n)]
        if asked and said and not any(same_name(a, n) for a in asked for n in said):
            continue
        for name in dict.fromkeys(n for n in named if same_name(n, person)):
            at = text.find(name)
            place = placing_of(text, at, at + len(name))
            if place is None or place == 1:
                continue  # (a win is said by a winning verb, not by a word to quote)
            # (not after a possessive: "c'est ta deuxième tête" of a title is no place)
            mentions = [
                m
                for m in placings_in(text)
                if ordinal_value(m.group()) == place and not _A_POSSESSIVE_BEFORE.search(text[: m.start()])
            ]
            if mentions:
                m = min(mentions, key=lambda m: abs(m.start() - at))  # noqa: B023
                span = (candidate.start + m.start(), candidate.start + m.end())
                out.append(ScoredSentence(candidate, scored.similarity, 0.0, scored.score, span, other_span=True))
                break
    return out


def _items_naming(scored: ScoredSentence, person: str, question: str, gap: bool = False) -> list[ScoredSentence]:
    """The read passage's results-list items naming ``person``, each as a span on the item's
    number (pure): its place ("5" of "5. Clara Vidal (…) à 7"432"), or on its gap (``gap``:
    "9"330" of "3. Théo Marchal (Loubet Compétition) – à 9"330", a tenth walk). Not the items
    of another race's list, nor of a standings unless the question asks one (``_named_items``' rules)."""
    from paddockqa.conversation import names

    text = scored.sentence.hit.chunk.text
    spans = []
    for place in range(1, MAX_LIST_PLACE + 1):
        for a, b in list_items(text, place):
            if not _item_answers(text, a, b, question) or not any(same_name(n, person) for n in names(text[a:b])):
                continue
            if gap:
                found = gap_in(text[a:b])
                spans += [] if found is None else [(a + found[0], a + found[1])]
            else:
                number = text.rfind(str(place), 0, a)  # the item's text follows its number
                spans.append((number, number + len(str(place))))
    return _passage_spans(scored, spans)


MAX_LIST_PLACE = 60  # the longest results list looked through for a name


# Who made an event, not who placed in it: "organisé par ", "sponsored by ".
_AN_AGENT_BEFORE = re.compile(
    r"\b(?:organis|parrain|sponsoris|soutenu|financ|chronométr|retransmis|diffus|présent)\w*\s+par\s+$"
    r"|\b(?:organi[sz]ed|sponsored|backed|run|hosted|broadcast)\s+by\s+$",
    re.I,
)
# A clause of a class, ending with a comma, in a span: " s'imposent en Pro-Am, " (group 1: the class).
# (a win's: not "Marc Delorme, garagiste installé en Lozère, et Julie Giraud", "déjà titrés en GT4,", a review)
_ANOTHER_CLASS_CLAUSE = re.compile(
    r"^.*?\b(?:s['’]\s*impos\w*|gagn\w*|remport\w*|l['’]\s*emport\w*|won|wins?)\s+(?:en|in)\s+"
    r"([A-ZÀ-Ý][\w-]*(?:\s+[A-Z0-9][\w-]*)?)\s*,\s*"
)
# "entre Larbi et Vautrin", "between Vasseur and Morel": the two a gap is asked between.
_BETWEEN = re.compile(
    r"\b(?:entre|between)\s+(?:(?:le|la|the)\s+)?(?P<one>[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)*)"
    r"\s+(?:et|and)\s+(?:(?:le|la|the)\s+)?(?P<other>[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)*)"
)


def _valued_for_another_year(scored: ScoredSentence, years: frozenset[str]) -> bool:
    """Whether a read span's value is not the one its sentence gives for the year asked (pure): a
    number set against it after it ("contre", "against") is said "en 2025" and the span is not
    ("320 euros" of "320 euros (contre 285 euros en 2025)" for 2025's price)."""
    located = _span_in_sentence(scored)
    if located is None:
        return False
    sentence, _, end = located
    asked = "|".join(sorted(years))
    if re.match(rf"[^\d,;()]{{0,20}}?\b(?:en|in)\s+(?:{asked})\b", sentence[end:]):
        return False
    # (set against it: not "8 courses sur 21 en 2025", one season's, a review)
    contrasted = r"\b(?:contre|against|versus|vs|au\s+lieu\s+de|compared\s+with)\s+[^\d;]{0,12}"
    return (
        re.search(rf"{contrasted}\d[\d\s.,]*?[^\d,;()]{{0,20}}?\b(?:en|in)\s+(?:{asked})\b", sentence[end:]) is not None
    )


# A car's or a bike's race number: "n°17", "N° 5", "numéro 22", "#7".
_RACE_NUMBER = re.compile(r"(?:\bn[°o]\s*|\bnuméro\s+|#)(\d{1,3})\b", re.I)


def _race_numbers(text: str) -> frozenset[str]:
    """The race numbers ``text`` names, a car's or a bike's, not a race's ("la course n°2", "manche
    n°3": a review) (pure)."""
    return frozenset(
        m.group(1)
        for m in _RACE_NUMBER.finditer(text)
        if not re.search(rf"\b(?:{EVENT_NOUNS})s?\s*$", text[: m.start()], re.I)
    )


# A field's vehicles, said as its class: "à moto", "en autos", "chez les quads", "in the trucks".
_VEHICLES = r"auto|autos|voitures?|motos?|quads?|camions?|SSV|side-cars?|cars|bikes?|trucks?"
# (and those joined to it: "Chez les motos et les quads"; "le classement quad", a review)
_VEHICLE_CLASS = re.compile(
    r"\b(?:à|en|chez\s+les|in\s+the|on|(?:la\s+|le\s+)?(?:catégorie|classe|classement))\s+"
    rf"((?:{_VEHICLES})(?:\s+(?:et|and|ou|or)\s+(?:les\s+|the\s+)?(?:{_VEHICLES}))*)\b",
    re.I,
)
_VEHICLE_FAMILY = {
    "auto": "car",
    "voiture": "car",
    "car": "car",
    "moto": "bike",
    "bike": "bike",
    "camion": "truck",
    "truck": "truck",
}


def _vehicle_classes(text: str) -> frozenset[str] | None:
    """The vehicle classes ``text`` says ("à moto" -> bike, "en autos" -> car), None for none (pure)."""
    said = {
        w.lower().rstrip("s") for m in _VEHICLE_CLASS.finditer(text) for w in re.findall(_VEHICLES, m.group(1), re.I)
    }
    return frozenset(_VEHICLE_FAMILY.get(s, s) for s in said) or None


def _another_vehicle_class(scored: ScoredSentence, asked: frozenset[str]) -> bool:
    """Whether the part of a read span's sentence around it (from the last comma, semicolon or
    "et" before it to the next) says a vehicle class, none of those ``asked`` (pure)."""
    located = _span_in_sentence(scored)
    if located is None:
        return False
    sentence, start, end = located
    part = _part_around(sentence, start, end, [m.span() for m in _PART_EDGE.finditer(sentence)])
    # (or, where its part says none, the last one said before it: "Chez les autos, le Haut-Savoyard
    # Mathieu Lenoir …" for who won the quads)
    before = list(_VEHICLE_CLASS.finditer(sentence, 0, start))
    said = _vehicle_classes(part) or (_vehicle_classes(before[-1].group()) if before else None)
    if said is None and (ITEM_OPENING.match(sentence) or _A_RESULTS_HEADING.match(sentence)):
        # a results list's item, by its heading's bare word: "Classement final autos :"; or that heading
        hit = scored.sentence.hit
        heading = (
            sentence
            if _A_RESULTS_HEADING.match(sentence)
            else list_heading(hit.context, scored.sentence.start - hit.context_start)
        )
        said = _vehicle_classes(_BARE_VEHICLE.sub("en ", heading))
    return said is not None and said.isdisjoint(asked)


_A_RESULTS_HEADING = re.compile(r"\W*(?:classements?|résultats?|results?|standings)\b", re.I)
_BARE_VEHICLE = re.compile(r"\b(?=(?:autos?|voitures?|motos?|quads?|camions?|SSV|cars|bikes|trucks)\b)", re.I)


_PART_EDGE = re.compile(r"[,;:|]|\b(?:et|and)\b")


def _placed_otherwise(scored: ScoredSentence, asked: frozenset[int]) -> bool:
    """Whether the part of a read span's sentence around it (from the last comma, semicolon or
    "et" before it to the next) states places, none of them one ``asked`` (pure): "Le deuxième
    recevra 2 500 euros" of "… et le troisième 1 000 euros" for what the fourth wins."""
    located = _span_in_sentence(scored)
    if located is None:
        return False
    sentence, start, end = located
    # (at "et" only after a value: "Le quatrième et le cinquième recevront 800 euros chacun" is both
    # places' prize, a review)
    cuts = [m.span() for m in _PART_EDGE.finditer(sentence) if m.group() not in ("et", "and")]
    for m in _AND_ANOTHER.finditer(sentence):
        since = max((b for a, b in cuts if b <= m.start()), default=0)
        if re.search(r"\d", sentence[since : m.start()]):
            cuts.append(m.span())
    said = places_said(_part_around(sentence, start, end, cuts))
    return bool(said) and said.isdisjoint(asked)


def _part_around(sentence: str, start: int, end: int, cuts: Sequence[tuple[int, int]]) -> str:
    """The part of ``sentence`` holding ``sentence[start:end]``: from the last of ``cuts`` (the
    offsets of the marks that part it) before it to the first after it (pure)."""
    opened = max((b for a, b in cuts if b <= start), default=0)
    closed = min((a for a, b in cuts if a >= end), default=len(sentence))
    return sentence[opened:closed]


# "et" before another's value, after one: "Le deuxième recevra 2 500 euros et le troisième …"
_AND_ANOTHER = re.compile(r"\b(?:et|and)\b(?=\s+(?:le|la|les|l['’]|the)\b)", re.I)
# A placing asked alone, no noun after it: "le quatrième du slalom", not "son second run", "la
# troisième série qualificative", "en première demi-finale" (a review).
_BARE_PLACE_AFTER = re.compile(
    r"\s*(?:$|[?!.,;:)]|(?:de|du|des|d['’]|au|aux|à|en|ex|avec|sur|derrière|devant|ou|et|place|position|rang"
    r"|of|in|at|with|or|and|overall|place[ds]?)\b)",
    re.I,
)


def places_asked_alone(question: str) -> frozenset[int]:
    """The places ``question`` asks of without a noun after them ("Combien gagne le quatrième du
    slalom ?" -> {4}; not "Quel temps lors de son second run ?") (``binding.places_said``) (pure)."""
    return frozenset(
        value
        for m in placings_in(question)
        if _BARE_PLACE_AFTER.match(question, m.end())
        for value in places_said(m.group())
    )


def _anothers_kin(scored: ScoredSentence, kin: str) -> bool:
    """Whether a read span follows a possessive and a relative other than the ``kin`` asked
    ("Son père, Alain" for a brother; ``binding.kin_before``) (pure)."""
    located = _span_in_sentence(scored)
    if located is None:
        return False
    said = kin_before(located[0][: located[1]])
    return said is not None and said != kin


def _kin_near(scored: ScoredSentence, kin: str | None, named: str | None = None) -> bool:
    """Whether a read span's sentence, or the one before it in its passage, says a relative of
    the ``kin`` family (``binding.says_kin``: "Mariée à Alain, …, elle a deux enfants. Julien, 31
    ans, …" for her son's age) or the relative's first name the question gives (``named``:
    "Camille, 27 ans, …" for "Camille, la fille de …"); for a name asked (``kin`` None), any
    relative in the sentence itself ("Il est le fils de Louis XIII" for whose father he is, in
    PIAF) (pure)."""
    sentence = scored.sentence.quote
    if says_kin(sentence, kin):
        return True
    before = _passage_around(scored)[0]
    last = [before[a:b] for a, b in split_sentences(before)[-1:]]
    if named is not None and any(re.search(rf"\b{re.escape(named)}\b", s) for s in [sentence, *last]):
        return True
    return kin is not None and any(says_kin(s, kin) for s in last)


def _another_number_said(sentence: str, asked: frozenset[str]) -> bool:
    """Whether ``sentence`` names race numbers, none of them ``asked`` (pure)."""
    said = _race_numbers(sentence)
    return bool(said) and not said & asked


def _gap_pair(question: str) -> tuple[str, str] | None:
    """The two names a gap question asks the gap between ("Quel écart entre Larbi et Vautrin
    au classement final ?" -> ("Larbi", "Vautrin")), or None (pure)."""
    found = _BETWEEN.search(question)
    return None if found is None else (found.group("one"), found.group("other"))


def _an_items_own_value(scored: ScoredSentence) -> bool:
    """Whether a read span lies in a results list's item outside its gap (``gap_in``: after "à"
    or "+"), a value of the item's own, as the winner's item gives one in the same unit: its
    distance ("623.7 km" under "1. Solaris Bristol – 648.3 km"), its laps, its time (pure). Not
    where the winner's item gives another ("1. Yann Morvan – 12 tours" then "2. Loïc Tanguy,
    3,118 s": gaps without "à", a review)."""
    if scored.span is None:
        return False
    text, (a, b) = scored.sentence.hit.chunk.text, scored.span
    unit = re.search(r"[^\W\d_]+\s*$|[\"″'’]\s*\d*\s*$", text[a:b])
    item = _item_holding(text, a, b)
    if unit is None or item is None:
        return False
    place, start, end = item
    gap = gap_in(text[start:end])
    if gap is not None and start + gap[0] <= a < start + gap[1]:
        return False
    if place == 1:
        return True  # the winner's own: "1. Yann Morvan – 12 tours" (a review)
    said = unit.group().strip(" 0123456789")
    return any(re.search(rf"\d\s*{re.escape(said)}", text[s:e]) for s, e in list_items(text, 1))


def _an_item_of_neither(scored: ScoredSentence, pair: tuple[str, str]) -> bool:
    """Whether a read span is the gap of a results list's item naming neither of ``pair``
    (pure): "41'05\"" of "3. Rémi Castagné / Bastien Oller – à 41'05\"" for the gap between Larbi
    and Vautrin."""
    from paddockqa.conversation import names

    if scored.span is None:
        return False
    text = scored.sentence.hit.chunk.text
    item = _item_holding(text, *scored.span)
    return item is not None and not any(same_name(n, p) for n in names(text[item[1] : item[2]]) for p in pair)


def _item_holding(text: str, a: int, b: int) -> tuple[int, int, int] | None:
    """The results list's item of ``text`` holding ``text[a:b]``, as its place and offsets, or None
    (pure; ``binding.list_items``, places up to ``MAX_LIST_PLACE``)."""
    for place in range(1, MAX_LIST_PLACE + 1):
        for start, end in list_items(text, place):
            if start <= a and b <= end:
                return place, start, end
    return None


def _item_answers(text: str, a: int, b: int, question: str) -> bool:
    """Whether the results-list item ``text[a:b]`` may answer ``question`` (pure): not an item of
    another race's list, nor of a standings unless the question asks one."""
    heading = list_heading(text, a)
    if another_event(heading, question):
        return False  # the list of race 1 for the second of race 2
    if _STANDINGS.search(heading) and not _STANDINGS.search(question):
        return False  # "Classement du championnat :" for the second of the rally (a review)
    if standings_asked(question) and not (_STANDINGS.search(heading) or _POINTS_ITEM_TEXT.match(text[a:b])):
        return False  # "Classement de la course (32 tours) :" for the fourth of the championship (a tenth walk)
    # "3. Anthony Fabre – 98 points", its heading in the passage before (a seventh walk)
    return not (_POINTS_ITEM_TEXT.match(text[a:b]) and not _STANDINGS.search(question))


# A name and a number in brackets after it: "Kévin Aubert (55)", "Sandrine Morel (38 pts)".
_NAME_AND_COUNT = re.compile(
    r"([A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){0,2})\s*\(\s*(\d{1,4})\s*(?:pts?|points?)?\s*\)"
)
# ... or a standings' item run on in a line: "… ; 4. Lucas Trégan, 60 ; 5. …" (a thirteenth walk)
_ITEM_AND_COUNT = re.compile(
    r"(?:^|;)\s*\d{1,2}[.)]\s+([A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){0,2})\s*[,:–-]\s*(\d{1,4})"
    r"\s*(?:pts?|points?)?\s*(?=[;.]|$)",
    re.M,
)


def _counts_in_brackets(scored: ScoredSentence, person: str, noun: str) -> list[tuple[int, int]]:
    """Where, in the read passage, a number in brackets follows ``person``'s name in a sentence
    counting ``noun`` ("Mathieu Roux compte 61 points, devant Kévin Aubert (55) et Sandrine Morel
    (38)": "55" for Kévin Aubert's points, a tenth walk), as offsets in the passage (pure)."""
    from paddockqa.conversation import names

    text = scored.sentence.hit.chunk.text
    spans = []
    for found in [*_NAME_AND_COUNT.finditer(text), *_ITEM_AND_COUNT.finditer(text)]:
        if not any(same_name(n, person) for n in names(found.group(1))):
            continue
        line = text.rfind("\n", 0, found.start()) + 1
        # (a standings' line from its start: its items' numbers end with dots)
        opened = line if found.re is _ITEM_AND_COUNT else max(text.rfind(".", 0, found.start()) + 1, line)
        # Another's count of the noun before it, in the sentence ("compte 61 points, devant"):
        # not "Tom Baker (19) took two wins", an age, nor "Alain Prost (1985)" (a review).
        counted = [m for m in _COUNTED_NOUN.finditer(text, opened, found.start()) if names_noun(m.group("noun"), noun)]
        if counted and len(found.group(2)) <= 3:
            spans.append(found.span(2))
    return spans


_PERSON_FIRST = re.compile(r"\s*[A-ZÀ-Ý][a-zà-ÿ]+\s+[A-ZÀ-Ý][a-zà-ÿ]+\s*[(,;]")


def _no_count(scored: ScoredSentence) -> bool:
    """Whether a count's span is a list item's number ("5" of "4. Lucas Trégan, 60 ; 5. Aurélie
    Vasseur", in a list: not "… à 12. Il vise le titre", a sentence's end, a review), a car's
    or a rider's number ("44" of "la BMW M 1000 RR n°44" for laps, a fourteenth walk) or opens
    with a person ("Baptiste Lorieux (Yamaha) ; 5") (pure)."""
    span, after = _span_and_after(scored)
    if _PERSON_FIRST.match(span):
        return True
    located = _span_in_sentence(scored)
    if located is None or not re.fullmatch(r"\s*\d{1,3}\s*", span):
        return False
    sentence, start, end = located
    if re.search(r"(?:\bn°|\bno\.|#|\bnuméro|\bnumber)\s*$", sentence[:start], re.I):
        return True
    if not re.fullmatch(r"\s*\d{1,2}\s*", span):
        return False
    return bool(re.search(r"(?:^|;)\s*$", sentence[:start]) and re.match(r"[.)]\s+[A-ZÀ-Ý]", sentence[end:]))


# A venue a question names: "à Montalieu", "at Saint-Jean-d'Angély", "lors de la manche de Lille".
# (not a series nor a race: "au Trophée Andros", a review)
_A_VENUE_ASKED = re.compile(
    r"\b(?:à|au|at|in|lors\s+de\s+la\s+manche\s+de)\s+"
    r"(?!(?:Trophée|Coupe|Challenge|Championnat|Grand|Rallye|Race|Course|Tour|Cup|Trophy|Series|Championship)\b)"
    r"(?P<venue>(?-i:[A-ZÀ-Ý][\w-]*))",
    re.I,
)
_PLACE_BEFORE = re.compile(r"\b(?:à|au|aux|après|avant|en|sur|at|in|after|before)\s*$", re.I)
_AT_A_PLACE_BEFORE = re.compile(r"\b(?:à|au|aux|in|at|near|près\s+de)\s*$", re.I)
_SIDE_NAME = re.compile(r"\b(?:par|avec|devant|derrière|by|with|ahead\s+of|behind)\s*$", re.I)


def _count_of_another_name(subject: str, scored: ScoredSentence) -> bool:
    """Whether the count at a read span is of a name other than ``subject`` (a team's, a
    make's): the name said last before it in its clause (pure); False when none is."""
    from paddockqa.conversation import names

    located = _span_in_sentence(scored)
    if located is None:
        return False
    sentence, start, _ = located
    opened = max((m.end() for m in re.finditer(r"[;:]|\d[.)]\s", sentence[:start])), default=0)
    clause = sentence[opened:start]
    bracketed = _NAMED_BEFORE_BRACKET.search(clause)
    if bracketed is not None:  # "devant Cercle Sport (61)": the name the bracket follows
        return not (same_name(bracketed.group(1), subject) or subject in bracketed.group(1))
    # not a complement: "Cercle Sport, emmenée par Paul Martin, compte 61 points" (a review)
    # (nor a place, nor a demonym standing for the subject: "Le Rémois de 45 ans, viticulteur à
    # Verzenay, a remporté quatre des six spéciales", a seventeenth walk)
    before = [
        n
        for n in names(clause)
        if not n.isupper()
        and not _SIDE_NAME.search(clause[: clause.find(n)])
        and not _AT_A_PLACE_BEFORE.search(clause[: clause.find(n)])
        and not is_demonym(n)
    ]
    return bool(before) and not (same_name(before[-1], subject) or subject in before[-1])


def _names_count(text: str, noun: str) -> bool:
    """Whether ``text`` names ``noun`` or a noun of its kind (``answer_type.COUNT_KINDS``:
    "quatre succès" counts victories) (pure)."""
    kind = count_kind(noun)
    return names_noun(text, noun) or (
        kind is not None and any(count_kind(w) == kind for w in re.findall(r"[^\W\d_]+", text))
    )


# Words addressing the one interviewed: "Parlez-nous de votre copilote."
_ADDRESSED = re.compile(r"\b(?:vous|votre|vos|tu|ton|ta|tes|toi|you|your)\b", re.I)


def _an_interviewers_line(hit: Hit, sentence: Sentence) -> bool:
    """Whether a sentence is an interviewer's: a question, or a whole line in bold addressing the
    one interviewed ("**Parlez-nous de votre copilote.**", a twenty-first walk's Markdown) (pure)."""
    if is_question(sentence.text):
        return True
    a, b = sentence.start - hit.context_start, sentence.end - hit.context_start
    text = sentence.text.strip()
    # (the index's sentences are read without the marks, which the passage's context keeps)
    bold = (hit.context[max(0, a - 2) : a] == "**" and hit.context[b : b + 2] == "**") or (
        len(text) > 4 and text.startswith("**") and text.endswith("**")
    )
    return bold and _ADDRESSED.search(text) is not None


def _interview_answer(question: str, scored: ScoredSentence) -> tuple[int, int] | None:
    """Where, in the read passage, an interview answers the interviewer's question asking what
    ``question`` asks (pure): the sentences after a run of questions ("Quel est votre objectif
    cette saison ?"), up to the next question, as offsets in the document; None when no
    interviewer's question of the passage shares the question's words (stemmed; its names,
    question words and "votre" aside: all of one or two, two thirds of more)."""
    from paddockqa.conversation import is_person, names

    asked = _asked_words(question)
    if not asked:
        return None
    hit = scored.sentence.hit
    sentences = hit.sentences
    asks = [_an_interviewers_line(hit, s) for s in sentences]
    best: tuple[int, int, int] | None = None  # (words shared, start, end)
    i = 0
    while i < len(sentences):
        if not asks[i]:
            i += 1
            continue
        j = i
        while j < len(sentences) and asks[j]:
            j += 1
        k = j
        while k < len(sentences) and not asks[k]:
            k += 1
        shared = asked & {w for x in sentences[i:j] for w in tokenize(x.text)}
        # Every word asked, or two of three and more: "Quelle saison dispute-t-elle ?" is not
        # "Quel est votre objectif cette saison ?".
        enough = shared == asked if len(asked) <= 2 else 3 * len(shared) >= 2 * len(asked)
        if j < k and enough and (best is None or len(shared) > best[0]):
            best = (len(shared), sentences[j].start, sentences[k - 1].end)
        i = k
    if best is None:
        return None
    # The one asked about is the one interviewed: the reply's speaker, else named in the title
    # ("Quel est l'objectif de Julien Marchal ?" is not Manon Delacroix's reply, a review).
    people = [n for n in names(question) if is_person(n)]
    reply = hit.original(best[1], best[2])
    speaker = _speaker(reply)
    heard = speaker if speaker is not None else hit.chunk.title
    if people and not any(same_name(n, p) for p in people for n in [heard, *names(heard)]):
        return None
    return best[1:]


def _a_reply_saying(scored: ScoredSentence, question: str) -> bool:
    """Whether a read span's sentence is in an interview's reply (after an interviewer's
    question of its passage) and says the words ``question`` asks (``_asked_words``: all of one
    or two, two thirds of more, as ``_interview_answer`` asks of the interviewer's question) (pure)."""
    sentence = scored.sentence
    asked = _asked_words(question)
    shared = asked & set(tokenize(sentence.quote))
    if (
        is_question(sentence.quote)
        or not shared
        or (shared != asked if len(asked) <= 2 else 3 * len(shared) < 2 * len(asked))
    ):
        return False
    return _after_an_interviewers_line(sentence)


def _interviewers_line_before(sentence: Candidate) -> str:
    """The last interviewer's line (``_an_interviewers_line``) before ``sentence`` in its passage,
    "" when none (pure): the question its reply answers."""
    before = [s for s in sentence.hit.sentences if s.end <= sentence.start]
    return next((s.text for s in reversed(before) if _an_interviewers_line(sentence.hit, s)), "")


# An interviewer asking what comes next: "Quelle est la suite du programme ?", "Et après ?"
# (not "tout de suite", "à la suite de votre abandon": a review)
_NEXT_ASKED_OF = re.compile(
    rf"{_NEXT_SAID.pattern}|\bla\s+suite\s+(?:du\s+programme|de\s+(?:la\s+|votre\s+)?saison)|\bla\s+suite\s*\?"
    r"|\bensuite\s*\?|\bet\s+après\s*\?|\bwhat\s+next\b",
    re.I,
)


def _next_replied(question: str, scored: ScoredSentence) -> bool:
    """Whether a read span is in an interview's reply to what comes next ("Quelle est la suite du
    programme ?" for "Quel est le prochain rallye de Léna Marchetti ?", a twenty-first walk
    refused "Le Rallye des Monts du Lyonnais, les 8 et 9 juin."), of the one interviewed when the
    question names someone (pure)."""
    from paddockqa.conversation import is_person, names

    asked = _NEXT_ASKED_OF.search(_interviewers_line_before(scored.sentence)) is not None
    return asked and (_the_interviewee_asked(question, scored) or not any(is_person(n) for n in names(question)))


def _after_an_interviewers_line(sentence: Candidate) -> bool:
    """Whether an interviewer's line (``_an_interviewers_line``) stands before ``sentence`` in its
    passage (pure); such a line is never empty (a question, or words addressing the one interviewed)."""
    return _interviewers_line_before(sentence) != ""


def _the_interviewee_asked(question: str, scored: ScoredSentence) -> bool:
    """Whether the release of a read span is an interview (an interviewer's line in its passage
    before the span's sentence) of the person the question names, whom its title names ("Léna
    Marchetti : « … »") (pure)."""
    from paddockqa.conversation import is_person, names

    sentence = scored.sentence
    title = sentence.hit.chunk.title
    people = [n for n in names(question) if is_person(n)]
    return (
        bool(people)
        and any(same_name(n, p) for p in people for n in [title, *names(title)])
        and _after_an_interviewers_line(sentence)
    )


_OF_BEFORE = re.compile(r"\s*\b(?:de|du|of)\s*$|\s*\bd['’]\s*$", re.I)


def interviewee_aside(question: str, hit: Hit) -> str | None:
    """The question without the name of the one interviewed, when ``hit`` (the best read
    passage) is an interview of the person it names (its title names them, its passage holds an
    interviewer's line), else None (pure): "Quel est le budget de la saison de Léna Marchetti ?"
    -> "Quel est le budget de la saison ?". Her replies say "je", "notre", never her name, and
    the reader reads them unsure of a question naming her: the budget's reply at 0.31, at 0.55
    without the name (a twenty-first walk refused six of its interview's questions)."""
    from paddockqa.conversation import names

    title_names = [hit.chunk.title, *names(hit.chunk.title)]
    asked = next((n for n in names(question) if any(same_name(t, n) for t in title_names)), None)
    if asked is None or not any(_an_interviewers_line(hit, s) for s in hit.sentences):
        return None
    at = question.find(asked)
    before, after = question[:at], question[at + len(asked) :]
    if re.fullmatch(r"\W*", after) and not _OF_BEFORE.search(before):
        return None  # "Quel âge a ?", "D'où vient ?": a subject at the end, not a complement
    after = re.sub(r"^['’]s\b", "", after)  # "Léna Marchetti's sponsor"
    text = f"{_OF_BEFORE.sub('', before).rstrip()} {after.lstrip()}"
    text = re.sub(r"\s+([?!])", r" \1", " ".join(text.split()))
    return text if has_words(re.sub(r"\W*(?:qui|who|quel\w*|what)\W*", " ", text, flags=re.I)) else None


def _replied_as(role: str, question: str, scored: ScoredSentence) -> bool:
    """Whether a read span lies in an interview's reply to the interviewer's question asking
    ``question`` and naming ``role`` (pure): "Ma sœur Léa, qui a 24 ans." under "Qui sera votre
    copilote ?" names the co-driver without the word."""
    span = scored.span
    block = _interview_answer(question, scored) if span is not None else None
    if span is None or block is None or not block[0] <= span[0] < block[1]:
        return False
    before = [s.text for s in scored.sentence.hit.sentences if s.end <= block[0]]
    return set(tokenize(role)) <= set(tokenize(before[-1] if before else ""))


def _own_role_replied(role: str, question: str, scored: ScoredSentence) -> bool:
    """Whether a read span names someone in a reply of the interview of the one the question
    names (``_the_interviewee_asked``) whose sentence gives the role as the speaker's own: "Mon
    père, Didier, est mon mécanicien" for Noé Ferrandi's mechanic (a twenty-fourth walk refused)
    (pure)."""
    from paddockqa.conversation import MAKES, is_person, names

    words = [re.escape(w) for w in role.split()]
    said = r"\s+".join(words)
    own = rf"\b(?:mon|ma|mes|notre|nos)\s+(?:[\w-]+\s+)?{said}"
    return (
        bool(words)
        and _the_interviewee_asked(question, scored)
        and re.search(own, scored.sentence.quote, re.I) is not None
        # (a first name alone too, "Didier", but no make: "Yamaha", a review)
        and any(is_person(n) or (" " not in n and n.lower() not in MAKES) for n in names(_span_and_after(scored)[0]))
    )


def says_what_is_asked(question: str, quote: str) -> bool:
    """Whether ``quote`` says a word of what ``question`` asks (``_asked_words``: its names and
    asking words aside, stemmed): "Notre budget est de 85 000 euros" for the budget of a season
    (pure)."""
    return bool(_asked_words(question) & set(tokenize(quote)))


def _replied_to(question: str, scored: ScoredSentence) -> bool:
    """Whether a read span lies in an interview's reply to the interviewer's question asking what
    ``question`` asks (``_interview_answer``) (pure)."""
    span = scored.span
    block = _interview_answer(question, scored) if span is not None else None
    return span is not None and block is not None and block[0] <= span[0] < block[1]


def _asked_words(question: str) -> set[str]:
    """The words of ``question`` that say what is asked, stemmed (pure): its names and the
    words that ask aside ("objectif" of "Quel est l'objectif d'Hugo Lemoine ?")."""
    from paddockqa.conversation import names

    named = {w for n in names(question) for w in tokenize(n)}
    return set(tokenize(question)) - named - _ASKING


def _speaker(reply: str) -> str | None:
    """The person whose words a reply opens with ("Manon Delacroix : C'est …"), or None (pure):
    not a place ("Le Mans : c'est mon circuit préféré")."""
    from paddockqa.conversation import is_person

    found = _SPEAKER.match(reply)
    if found is None:
        return None
    name = found.group(1)
    return name if is_person(name) or " " not in name else None


# The words that ask, not what is asked: "Quel est l'objectif de X ?" and "Quel est votre
# objectif ?" share "objectif" only.
_ASKING = frozenset(
    tokenize(
        "quel quelle quels quelles qui quoi comment combien pourquoi où quand est sont était a ont votre vos ton ta "
        "tes vous tu what which who whom how why where when is are was your you"
    )
)
# A speaker's name and colon before what is said: "Manon Delacroix : C'est …".
_SPEAKER = re.compile(r"\s*([A-ZÀ-Ý][\w’'-]*(?:\s+[A-ZÀ-Ý][\w’'-]*){0,3})\s*:\s*")
_OPENING_QUOTE = re.compile(r"\s*[«“\"]?\s*")


def _said_in(scored: ScoredSentence, block: tuple[int, int]) -> list[ScoredSentence]:
    """The first sentence of an interview's answer ``block`` as a span, its speaker's name and
    opening quote aside, its closing punctuation too (pure): "Le top 5 du championnat"."""
    hit = scored.sentence.hit
    first = next((c for c in hit_sentences(scored.sentence.hit_rank, hit) if block[0] <= c.start < block[1]), None)
    if first is None:
        return []
    text = hit.original(first.start, first.end)
    skipped = _SPEAKER.match(text) if _speaker(text) is not None else None
    at = skipped.end() if skipped else 0
    opening = _OPENING_QUOTE.match(text, at)
    a = first.start + (opening.end() if opening else at)
    b = first.start + len(text.rstrip(' .!»”"\n'))
    return [ScoredSentence(first, scored.similarity, 0.0, scored.score, (a, b), other_span=True)] if a < b else []


def _in_release(
    ranked: Sequence[ScoredSentence], source: str, spans_of: Callable[[ScoredSentence], list[ScoredSentence]]
) -> list[ScoredSentence]:
    """The spans ``spans_of`` finds in each read passage of the release ``source``, each with
    the release's surest probability (pure): the reader, trained on prose, is unsure of a
    list's or a table's passage, and the release is the one asked."""
    same = [x for x in ranked if x.sentence.hit.chunk.source == source]
    sure = _surest(same)
    return [replace(x, similarity=sure) for y in same for x in spans_of(y)]


def _surest(ranked: Sequence[ScoredSentence], source: str | None = None) -> float:
    """The highest probability of the read passages (of the release ``source`` only, when
    given) (pure)."""
    return max(x.similarity for x in ranked if source is None or x.sentence.hit.chunk.source == source)


def _tabled(scored: ScoredSentence, noun: str, years: frozenset[str]) -> list[ScoredSentence]:
    """The read passage's table rows giving the figure of ``noun`` (``rows.row_value``), each
    as a span on the figure, scored as the passage (pure)."""
    lines = re.finditer(r"[^\n]+", scored.sentence.hit.chunk.text)
    found = ((line.start(), row_value(line.group(), noun, years)) for line in lines)
    return _passage_spans(scored, ((at + value[0], at + value[1]) for at, value in found if value is not None))


# "Qui" opening a question or its clause after a colon: "Passons aux caisses à savon : qui a gagné ?"
_WHO_IN = re.compile(r"(?:^|[:;]\s*)\W*(?:(?:et|and)\s+)?(?:qui|who)\b", re.I)
# An event's name, by its first noun: "Grand Prix …", "Rallye …", "Coupe …", "Trophée …".
_AN_EVENTS_NOUN = re.compile(
    r"(?:grand prix|rallye|rally|course|coupe|trophée|championnat|manche|édition|festival|meeting|race|cup|trophy"
    r"|championship)\b"
)


def _an_events_name(span: str) -> bool:
    """Whether a span is an event's name, an article or an ordinal before it aside ("9e Grand Prix
    des caisses à savon"), not a team's ("Rallye Team Bourgogne"), nor a name a race's noun opens
    with a capital ("Manche Auto Sport", of the département: a review) (pure)."""
    first = re.search(r"[^\W\d_]+", re.sub(r"^\W*(?:(?:le|la|les|l|the)\W+|\d+\w*\s+)*", "", span, flags=re.I))
    if (
        first is not None
        and first.group()[:1].isupper()
        and first.group().lower() in ("manche", "course", "race", "édition")
    ):
        return False
    return _AN_EVENTS_NOUN.match(_name_as_compared(span)) is not None and A_TEAM.search(span) is None


def _name_as_compared(text: str) -> str:
    """A name as compared with another (pure): its words in small letters, an article or an
    edition's ordinal before them aside ("le Racing Team Bourgogne" is "racing team bourgogne";
    "9e Grand Prix des caisses à savon" is the Grand Prix asked, a twenty-second walk's answer to
    who won it; "Porsche GT 2" is not "Porsche")."""
    words = re.findall(r"[^\W_]+", text.lower())
    while words and (
        words[0] in ("le", "la", "les", "l", "the") or re.fullmatch(r"\d+(?:e|er|re|ère|ème|th|st|nd|rd)", words[0])
    ):
        words = words[1:]
    return " ".join(words)


# A name after a noun, naming which one: " de Lalla Maghnia" of "le traité de Lalla Maghnia qui …".
_A_NAME_AFTER = re.compile(r"\s+(?:de|du|des|d['’])\s*(?:la\s+|l['’]\s*)?[A-ZÀ-Ý][\w’'-]*(?:\s+[A-ZÀ-Ý][\w’'-]*)*")


_FOLLOW_UPS_NAMES = re.compile(r"\([^()]*\)\s*\?*\s*$")  # "Le parking (TCR France) ?"


def _as_typed(question: str) -> str:
    """The question as typed, without the names a follow-up's rules put in brackets at its end (pure)."""
    return _FOLLOW_UPS_NAMES.sub("", question)


def _a_word_asked(span: str, question: str) -> bool:
    """Whether ``span`` is one word the question typed, of four letters or more, without a
    number (pure): it repeats what is asked, it answers nothing ("Parking" for "Le parking
    (TCR France) ?"; not the names a follow-up's rules add in brackets). Of piaf-train's 5,366
    gold answers, 8 are one word of their question, 6 of them names ("Wuhan", "Isaac"), which
    ``_names_asked`` already takes for none. (A why's verb, "abandonné" for "Pourquoi … a-t-elle
    abandonné ?", leads to its cause: not this.)"""
    if re.search(r"\d", span):
        return False
    words = [w for w in re.findall(r"[^\W\d_]+", span.lower()) if w not in ("le", "la", "les", "l", "the")]
    typed = _as_typed(question)
    return len(words) == 1 and len(words[0]) >= 4 and words[0] in re.findall(r"[^\W\d_]+", typed.lower())


_CHOICE = re.compile(r"\b(?:ou|entre|or|between)\b", re.IGNORECASE)  # "Qui a gagné, X ou Y ?"


def _names_asked(question: str) -> frozenset[str]:
    """The names a question asks about (``conversation.names_asked_about``), as
    ``_name_as_compared`` writes them (pure): a span that is one of them answers nothing,
    whatever the reader's score ("Qui la dirige (Racing Team Bourgogne, Spa) ?"); of
    piaf-train's 5,366 gold answers, 3 are ("Wuhan", asked in which city the university of
    Wuhan is; "Regnum Francorum", "le Ciel").
    Of the names a follow-up's rules add in parentheses, the first only (its subject; the
    others are context, and may be the answer); none when the question offers a choice
    ("Qui a gagné, Romain Dumas ou Kévin Estre ?")."""
    from paddockqa.conversation import names_asked_about

    if _CHOICE.search(question):
        return frozenset()
    return frozenset(key for name in names_asked_about(question) if (key := _name_as_compared(name)))


def _of_type(kind: str | None, measured: str | None, span: str, after: str, before: str = "") -> bool:
    """Whether a span read with the characters after it (and its sentence's before it) is an
    answer of the type asked (``answer_type.holds_type``), a count's number not measured in
    another unit (pure)."""
    return holds_type(kind, span, after, before) and not measure_clash(measured, span, after)


def _placing(scored: ScoredSentence) -> int | None:
    """``binding.placing_of`` for a read span in its sentence (pure); None when not judged.
    A sentence placing no one, whose last person the span names, is placed by the next one
    when it opens with a pronoun: "En GT3, l'équipage X / Y a profité d'une stratégie parfaite.
    Il s'impose devant …" (the thirteenth walk's "winners by a pronoun in the next sentence")."""
    from paddockqa.conversation import names

    located = _span_in_sentence(scored)
    if located is None:
        return None
    located = _in_small_letters(*located)
    place = placing_of(*located)
    if place is not None:
        return place
    place = _table_rank(scored)
    if place is not None:
        return place
    from paddockqa.conversation import is_person

    sentence, start, end = located
    following = _next_sentence(scored) or ""
    # (or a description of them: "Léo Fournier was the star of the weekend. The 15-year-old … led
    # every lap of Race 1 to win", a twenty-first walk refused who won Race 1)
    pronoun = _takes_up(following)
    # (the span the sentence's subject: no person before it, "Luc Blanc a profité d'une erreur de
    # Paul Martin. Il s'impose" is Luc Blanc's win; not an impersonal "Il faut", a review)
    before = [n for n in names(sentence[:start]) if is_person(n)]
    if pronoun is None or before or names(sentence[end:]) or not names(sentence[start:end]):
        return None  # (someone named after the span is whom the pronoun stands for)
    name = sentence[start:end]
    return placing_of(name + following[pronoun.end() :], 0, len(name))


# A sentence opening with a description of someone: "The 15-year-old", "Le pilote de 19 ans", "Le
# jeune Niortais", "L'Italien" (a demonym's ending).
# (not one a name follows: "L'Italien Marco Rossi s'est toutefois imposé" names someone new, a review)
_A_DESCRIPTION_OPENING = re.compile(
    r"\s*(?:The\s+(?:\d+|[a-z]+(?:-[a-z]+)?)-year-old|(?:Le|La)\s+(?:pilote|rider|jeune)\s+(?:de\s+\d+\s+ans|[A-ZÀ-Ý]\w+)"
    r"|(?:Le|La|L['’])\s*(?:jeune\s+)?[A-ZÀ-Ý][a-zà-ÿ]+(?:ais|aise|ois|oise|ien|ienne|in|ine)\b)(?!\s+[A-ZÀ-Ý])"
)


# An award given to one taken up: "lui a été remis", "lui revient".
_GIVEN_TO_HIM = re.compile(
    r"\b(?:lui|leur)\s+(?:a|ont|avait|avaient)?\s*(?:été\s+)?(?:remis|décerné|attribué|offert|revient|reviennent|échoit)",
    re.I,
)
# Who hands an award over, not who won it: "remis par le maire".
_GIVEN_BY = re.compile(
    r"\b(?:remise?s?|décernée?s?|attribuée?s?|offerte?s?|présentée?s?|handed|presented)\s+(?:par|by)\s+$", re.I
)


def _person_opening(text: str) -> str | None:
    """The person's name ``text`` opens with ("Serge Bonnet, prêtée …"), or None (pure)."""
    from paddockqa.conversation import is_person, names

    found = names(text[:60])
    return found[0] if found and text.startswith(found[0]) and is_person(found[0]) else None


def _award_held(scored: ScoredSentence, award: tuple[str, str]) -> tuple[int, int] | None:
    """The document offsets of the person a read span's sentence gives the award to
    (``binding.award_holder``), when the span holds them, else None (pure)."""
    located = _span_in_sentence(scored)
    if located is None:
        return None
    sentence, start, end = located
    holder = award_holder(sentence, award)
    if holder is None or not (start <= holder[0] and holder[1] <= end):
        return None
    assert scored.span is not None
    return scored.span[0] + holder[0] - start, scored.span[0] + holder[1] - start


def _awarded(scored: ScoredSentence, award: tuple[str, str]) -> bool:
    """Whether a read span's sentence names the award asked (``binding.names_award``), or the
    span is the first of a results list the award heads, or the next sentence names it and takes
    up the span, the person its sentence opens with ("Sandrine Lacaze, 41 ans, … a longtemps cru
    à la victoire. Elle échoue à 0"65 et remporte le Trophée féminin", a twenty-second walk)
    (pure)."""
    from paddockqa.conversation import is_person, names

    located = _span_in_sentence(scored)
    if located is None:
        return False
    sentence, start, end = located
    if _GIVEN_BY.search(sentence[:start]):
        return False  # "Le Trophée des moins de 25 ans lui a été remis par le président de l'ASA" (a review)
    if names_award(sentence, award):
        # (the one nearest the award, of several: "Thomas Reynaud intouchable, Léa Brunel lauréate du
        # Trophée féminin", a review)
        holder = award_holder(sentence, award)
        return holder is None or (holder[0] < end and start < holder[1])
    hit = scored.sentence.hit
    at = scored.sentence.start - hit.context_start
    if (
        re.match(r"\s*\d{1,3}[.)]\s", sentence) is not None
        and 0 <= at <= len(hit.context)
        and names_award(list_heading(hit.context, at), award)
    ):
        # the first of a list the award heads: "Classement final du trophée des gentlemen :" over "1.
        # Jean-Luc Riviere – 210 points" (a review)
        return placing_of(sentence, start, end) == 1
    following = _next_sentence(scored) or ""
    return (
        # (or given to "lui": "Le prix du public lui a été remis par le maire", a review)
        (_takes_up(following) is not None or _GIVEN_TO_HIM.search(following) is not None)
        and names_award(following, award)
        and not [n for n in names(sentence[:start]) if is_person(n)]
        and any(is_person(n) for n in names(sentence[start:end]))
    )


def _named_in_small_letters(scored: ScoredSentence) -> ScoredSentence | None:
    """A read span of a heading in capitals ("SAMEDI, COURSE 1 : BRUNEL IMPÉRIAL SOUS LA PLUIE"),
    as the winner its first name-like word is in the passage's prose ("Léo Brunel … s'imposer"), a
    span of the sentence there that places them first; None for any other span, or when the prose
    places no such person first (pure). Not a word before the surname ("Mais Garnier"), nor one of
    the same name placed otherwise ("Devant son père Didier Morel, …, Hugo Morel s'est imposé":
    a review)."""
    from paddockqa.conversation import is_person
    from paddockqa.text import is_word

    located = _span_in_sentence(scored)
    if located is None:
        return None
    sentence, start, end = located
    if any(c.islower() for c in sentence):
        return None
    text = scored.sentence.hit.chunk.text
    # (its words as the cleaned text has them, a Markdown heading's marks aside; not found, no
    # prose is known to stand under it: a review)
    heading = text.find(sentence.strip().lstrip("#*_> ").rstrip("*_ ")[:30])
    if heading < 0:
        return None
    for word in re.findall(r"[^\W\d_][^\W\d_'’-]{2,}", sentence[start:end]):
        written = re.escape(word[0] + word[1:].lower())
        person = re.compile(rf"(?<![\w-])(?:[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?\s+)?{written}(?![\w-])")
        # (the prose under the heading first: "FAURE REPREND SON BIEN" is not "2. Timéo Faure" of
        # the race before's results)
        after, before = (
            [
                spans[0]
                for found in found_in
                if is_person(found.group()) and not is_word(found.group().split()[0].lower())
                for spans in [_passage_spans(scored, [found.span()])]
                if spans
            ]
            for found_in in (person.finditer(text, heading), person.finditer(text, 0, heading))
        )
        # (placed first under the heading; else the first under it, its sentence's subject placed
        # no otherwise, "Timéo Faure, 10 ans, … a pris la tête au quatrième tour et a résisté
        # jusqu'au drapeau"; else placed first above it)
        # (not a quote: "« I made a stupid mistake … », admitted Hanna Lindqvist" says no win)
        subject = [
            c
            for c in after[:1]
            if _placing(c) is None
            and not _BESIDE_SOMEONE.search(_sentence_before_span(c))
            and not re.search(r"[«»“”\"]", c.sentence.quote)
        ]
        chosen = [c for c in after if _placing(c) == 1] + subject + [c for c in before if _placing(c) == 1]
        if chosen:
            return chosen[0]
    return None


# Words before a name that put someone beside another: "Devant son père Didier Morel, …".
_BESIDE_SOMEONE = re.compile(
    r"\b(?:devant|derrière|avec|contre|sur|pour|mais|père|mère|fils|fille|frère|sœur|coéquipi\w*|rival\w*)\b", re.I
)


def _takes_up(sentence: str) -> re.Match[str] | None:
    """A sentence's opening pronoun or description that takes up someone named before ("Il …",
    "The 15-year-old …"), or None (pure)."""
    return _PRONOUN_OPENING.match(sentence) or _A_DESCRIPTION_OPENING.match(sentence)


def _in_small_letters(sentence: str, start: int, end: int) -> tuple[str, int, int]:
    """A headline in capitals written in small letters, the span's words capitalised ("TRIAL CAMION :
    ÉRIC CHABANNE ET SA FILLE LUCIE VAINQUEURS" -> "trial camion : Éric Chabanne et sa fille lucie
    vainqueurs", so its placing is read: a twenty-second walk gave its winner for a third); any
    other sentence as it is (pure)."""
    if any(c.islower() for c in sentence) or not any(c.isupper() for c in sentence):
        return sentence, start, end
    written = sentence[:start].lower() + sentence[start:end].title() + sentence[end:].lower()
    return (written, start, end) if len(written) == len(sentence) else (sentence, start, end)


_PRONOUN_OPENING = re.compile(
    r"\s*(?:Il|Elle|Ils|Elles|He|She|They)\b(?!\s+(?:faut|fallait|s['’]agit|y\s+a|reste|semble|paraît|est\s+temps|is|was))"
)


def _next_sentence(scored: ScoredSentence) -> str | None:
    """The sentence of a read passage after the span's, None at the passage's end (pure)."""
    candidate = scored.sentence
    return next((s.text for s in candidate.hit.sentences if s.start >= candidate.end), None)


def _crew(scored: ScoredSentence) -> tuple[int, int] | None:
    """``binding.crew_of`` for a read span, as offsets in its document (pure); None when not judged."""
    located = _span_in_sentence(scored)
    crew = crew_of(*located) if located else None
    return (scored.sentence.start + crew[0], scored.sentence.start + crew[1]) if crew else None


def _race_phase(scored: ScoredSentence) -> str | None:
    """``binding.race_phase_of`` for a read span in its sentence (pure); None when not judged."""
    located = _span_in_sentence(scored)
    return race_phase_of(*located) if located else None


def _team_said(scored: ScoredSentence) -> str | None:
    """``binding.team_said`` for a read span in its sentence (pure); None when not judged."""
    located = _span_in_sentence(scored)
    return team_said(located[0][: located[1]]) if located else None


def _beaten(scored: ScoredSentence) -> bool:
    """``binding.beaten`` for a read span in its sentence (pure)."""
    located = _span_in_sentence(scored)
    return located is not None and beaten(located[0], located[1])


def _placed_another(scored: ScoredSentence, place: int) -> bool:
    """``binding.placed_another`` for a read span in its sentence (pure)."""
    located = _span_in_sentence(scored)
    return placed_another(*located, place) if located else False


def _places_no_one(scored: ScoredSentence) -> bool:
    """``binding.places_no_one`` for a read span in its sentence (pure)."""
    located = _span_in_sentence(scored)
    return places_no_one(*located) if located else False


# An age said in the first person: "J'ai dix-sept ans", "À 17 ans, je …".
_FIRST_PERSON_AGE = re.compile(r"\s*(?:j['’]\s*ai\s|à\s+[^,]{1,25}\s+ans\s*,\s*(?:je|j['’]))", re.I)
# An interviewer's question put to someone by name: "**Inès Marchetti, comment avez-vous vécu … ?**".
_PUT_TO = re.compile(r"^[\W_]*([A-ZÀ-Ý][\w’'-]+(?:\s+[A-ZÀ-Ý][\w’'-]+){0,2})\s*,\s*[^\n?]{3,200}\?", re.M)


def _interviewee(text: str) -> str | None:
    """The one an interview's questions are put to by name, the first so named in ``text`` (pure);
    None when no question is."""
    found = _PUT_TO.search(text)
    return found.group(1) if found else None


def _someone_elses_age(subject: str, scored: ScoredSentence) -> bool:
    """``binding.someone_elses_age`` for a read span in its sentence (pure); False when not judged."""
    located = _span_in_sentence(scored)
    if located is None:
        return False
    sentence, start, end = located
    # "âgé" alone is judged with the age it opens ("âgé de 38 ans", ``age_reach``): it is what is quoted.
    end = min(len(sentence), end + age_reach(*_span_and_after(scored, AGE_AFTER)))
    if someone_elses_age(subject, sentence, start, end, scored.sentence.hit.chunk.title, _before(scored)):
        return True
    speaker = _age_speaker(scored)
    return speaker is not None and not _one_of(speaker, subject)


def _one_of(name: str | None, subject: str) -> bool:
    """Whether ``name`` is ``subject``, or their first name (pure); False for None."""
    return name is not None and (same_name(name, subject) or same_name(name, subject.split()[0]))


def _age_speaker(scored: ScoredSentence) -> str | None:
    """Whose an age read in a sentence naming no one is (pure): a quote's speaker's ("« … À 47 ans,
    gagner encore devant ces jeunes, ça fait plaisir. »" after "explique Didier Morel"; a
    nineteenth walk gave it to Karine Duclos, whose release names no one in its title), or an
    interview's first-person reply's, the one interviewed's; None otherwise."""
    from paddockqa.conversation import names

    located = _span_in_sentence(scored)
    # (a first name alone names someone too: "À 22 ans, Lucas roule déjà plus vite que moi", a review)
    if located is None or names(located[0]) or scored.span is None:
        return None
    sentence = located[0]
    hit = scored.sentence.hit
    a, b = (at - hit.context_start for at in scored.span)
    quoted, speaker = quoted_speaker(hit.context, a, b)
    if not quoted and _FIRST_PERSON_AGE.match(sentence):
        # an interview's reply in the first person is the one interviewed's: "J'ai dix-sept ans."
        # under questions put to "Inès Marchetti, comment avez-vous vécu … ?" (a nineteenth walk
        # gave it to her rival Lou Garnier)
        speaker = _interviewee(hit.context)
    return speaker


# A value the text denies: "était de 6,9 secondes, et non de 8,4 secondes" (a correction, a
# third walk quoted "8,4 secondes").
_DENIED_BEFORE = re.compile(rf"(?:{DENIED})(?:\s+(?:de|du|des|le|la|les|à|of)\b|\s+[dl][’'])?\s*$", re.I)


def _denied(scored: ScoredSentence) -> bool:
    """Whether the text denies the read span: it follows "et non (de)", "au lieu de", "non pas"
    in its sentence (pure)."""
    located = _span_in_sentence(scored)
    return located is not None and bool(_DENIED_BEFORE.search(located[0][: located[1]]))


QUOTE_REACH = 600  # characters around a read span searched for its quote's marks and attribution


def _said_by(name: str, scored: ScoredSentence) -> bool:
    """Whether the read span is inside a quote that ``name`` may have said (pure): its
    attribution names that person, or no one (``binding.quoted_speaker``)."""
    from paddockqa.conversation import names as names_in

    assert scored.span is not None
    hit = scored.sentence.hit
    a, b = scored.span
    lo = max(hit.context_start, a - QUOTE_REACH)
    text = hit.original(lo, min(b + QUOTE_REACH, hit.context_start + len(hit.context)))
    inside, said = quoted_speaker(text, a - lo, b - lo)
    if not inside:
        # Reported speech answers too ("Sainte-Beuve considérait ces pages comme les plus fines…",
        # PIAF's "Qu'a dit Sainte-Beuve…"), in a sentence naming the speaker and quoting no one;
        # beside a quote, the quote is what was said ("…», a déclaré X, qui fêtera ses 30 ans").
        located = _span_in_sentence(scored)
        sentence = located[0] if located else ""
        return (
            not any(q in sentence for q in "«“»”")
            and reports_speech(sentence)
            and any(same_name(n, name) for n in names_in(sentence))
        )
    return said is None or same_name(said, name)


def _age_stated_of(name: str, scored: ScoredSentence) -> bool:
    """``binding.age_stated_of`` for a read span in its sentence (pure); False when not judged."""
    located = _span_in_sentence(scored)
    return located is not None and age_stated_of(name, *located)


def _an_age_bracket(scored: ScoredSentence) -> bool:
    """``binding.age_bracket`` for a read span in its sentence, with what the span holds before
    its number ("moins de 12 ans" read as the span, a review) (pure); False when not judged."""
    located = _span_in_sentence(scored)
    if located is None:
        return False
    sentence, start, end = located
    # The span's number, or the one after it that ``age_reach`` would take ("âgés" read as
    # the span, then "âgés de 11 à 15 ans": a tenth walk).
    inside = re.search(r"\d", sentence[start:end])
    if inside is not None:
        at = start + inside.start()
    else:
        ahead = re.match(r"[^\d.;]{0,12}?(?=\d)", sentence[end:])
        at = end + ahead.end() if ahead else start
    return age_bracket(sentence[:at], sentence[at:])


def _age_then(question: str, scored: ScoredSentence) -> bool:
    """``binding.age_then`` for a read span in its sentence (pure); False when not judged."""
    located = _span_in_sentence(scored)
    if located is None:
        return False
    sentence, start, _ = located
    # (a span opening on the noun: "âge de neuf ans" of "à l'âge de neuf ans", a fourteenth walk)
    opened = re.match(r"(?:[âa]ge\s+de|age\s+of)\s+", sentence[start:], re.I)
    start += opened.end() if opened else 0
    return age_then(question, sentence[:start], sentence[start:])


# When something is, or is held: not when it ends or starts, which is one day of a range.
_WHEN = re.compile(r"\b(?:quand|when|à\s+quelle\s+date|what\s+date|(?:quelles|which)\s+dates)\b", re.I)
_ONE_END = re.compile(  # whole words: not the "-end" of "week-end", the "part" of "participe" (a review)
    r"(?<![\w-])(?:termin\w*|fin|fini[rt]?|finira|finiront|achev\w*|clôtur\w*|commenc\w*|débute?\w*|démarr\w*|départ"
    r"|arrivée|part(?:ir|ira|iront|ent)?|ends?|ended|ending|finish\w*|starts?|started|starting|begins?|began|begun"
    r"|beginning)\b",
    re.I,
)
_RANGE_BEFORE = 60  # characters before a span looked at for the range of days it closes (``range_opened``)

# When something will be: the release's own date is not it.
# (In the present too, "Quand a lieu le rallye ?", and inverted, "Quand le rallye aura-t-il lieu ?".)
_WILL_BE = re.compile(
    r"\b(?:aura|auront|[a-zà-ÿ]{2,}(?:era|eront|ira|iront|ra|ront)(?:-t-(?:il|elle|ils|elles|on))?|sera|seront"
    r"|will|going\s+to)\b",
    re.I,
)
_FUTURE_WHEN = re.compile(
    r"\b(?:quand|à\s+quelle\s+date)\b(?:\s+[^\s?]+){0,5}?\s+(?:aura|auront|a\s+lieu|ont\s+lieu|se\s+(?:déroulera"
    r"|dérouleront|déroule|déroulent|tiendra|tiendront|tient|courra|court|disputera|dispute)|commencera|commence"
    r"|débutera|débute|partira|part|reprendra|reprend"
    # a future of one's own: "Quand Nathalie Brévent disputera-t-elle sa dernière course ?" (a thirteenth walk)
    r"|disputera|disputeront|courra|courront|participera|participeront|roulera|rouleront|sera|seront"
    r"|prendra|prendront|fera|feront)\b|\bwhen\s+(?:will|is|does)\b",
    re.I,
)


# What says when: a year, a month, a weekday, a season, a week-end, a time of day, a date in
# figures ("14/09"); or, in a few words, any word of time ("dans quinze jours", "à Pâques", "après
# la course", "ce soir", "in three weeks").
_A_WHEN_SAID = re.compile(
    rf"\b(?:(?:19|20)\d\d|{_FRENCH_MONTHS}|{ANY_WEEKDAY}|{'|'.join(ENGLISH_MONTHS)}"
    r"|printemps|été|automne|hiver|spring|summer|autumn|fall|winter|week-?ends?|demain|tomorrow"
    rf"|{_AN_HOUR_SAID}|\d{{1,2}}[/.]\d{{1,2}}(?:[/.]\d{{2,4}})?)\b",
    re.I,
)
_A_TIME_WORD = re.compile(
    r"\b(?:jours?|semaines?|mois|ans?|années?|saisons?|days?|weeks?|months?|years?|seasons?|soir|soirée|matin|midi"
    r"|aube|nuit|lendemain|veille|tonight|morning|evening|dans|après|avant|depuis|dès|fin|début|mi|prochaine?s?"
    r"|Pâques|Noël|Toussaint|Pentecôte|vacances|rentrée|after|before|next|within|in)\b",
    re.I,
)
WHEN_WORDS = 6  # the most words of a span saying when by a word of time alone


def _says_when(span: str) -> bool:
    """Whether a span says when (``_A_WHEN_SAID``, or a few words holding a word of time) (pure):
    not "12e édition du Mans Classic a réuni 232 000 spectateurs en quatre jours" (a sixteenth walk)."""
    return bool(_A_WHEN_SAID.search(span)) or (len(span.split()) <= WHEN_WORDS and bool(_A_TIME_WORD.search(span)))


def _in_dateline(scored: ScoredSentence) -> bool:
    """Whether the read span stands in its sentence's dateline ("Privas, le 17 septembre 2024 –"),
    the date the release was written (pure)."""
    located = _span_in_sentence(scored)
    if located is None:
        return False
    end = dateline_end(located[0])
    return end is not None and located[1] < min(end, DATELINE_REACH)


def _day_after_dateline(
    question: str, scored: ScoredSentence
) -> tuple[tuple[int, int], date, date | None, date | None] | None:
    """For a read span in a dateline, the day the lede after it gives for what it reports
    ("Laval, le 3 mai 2026 – La finale … s'est disputée samedi"): the day's offsets in the
    document, the dateline's date, and the first and last days it says, the latest before or
    on the dateline ("hier" the day before, "samedi dernier" the Saturday before; "ce
    week-end" its Saturday and Sunday, for a release written from the Saturday to the Tuesday
    after). Of several days, the one in the words the question shares most ("Vainqueur samedi
    de la course 1, Nathan Guérin a dominé dimanche la finale"). A day written with its date
    ("dimanche 15 juin") is that date, said without a notice (None for both days). None when
    the span is not in the document's dateline, the dateline has no date, the question asks
    when the release was written, or the lede (the rest of the dateline's sentence, or the next
    sentence when the dateline stands alone) gives no day or tells what is to come ("La finale
    se disputera samedi") (pure)."""
    located = _span_in_sentence(scored)
    if located is None or _RELEASE_ASKED.search(question):
        return None
    sentence, _, _ = located
    hit = scored.sentence.hit
    # A dateline opening its lede, or alone on one of the document's first lines ("Nogaro, le 8
    # septembre 2025"): not a calendar's or a section's line further down (a review).
    alone = (
        hit.context_start == 0
        and sum(1 for line in hit.context[: scored.sentence.start].split("\n") if line.strip()) < DATELINE_LINES
        and _dateline_alone(sentence)
    )
    cut = dateline_end(sentence) if _in_dateline(scored) else len(sentence) if alone else None
    written = find_date(sentence[:cut]) if cut is not None else None
    if cut is None or written is None:
        return None
    lede = (scored.sentence.start + cut, sentence[cut:])
    if not lede[1].strip():
        after = next((x for x in hit.sentences if x.start >= scored.sentence.end), None)
        if after is None:
            return None
        lede = (after.start, hit.original(after.start, after.end))  # as written: offsets hold (a review)
    if announces(lede[1]):
        return None
    days = list(_DAY_SAID.finditer(lede[1]))
    if not days:
        return None
    asked = set(tokenize(question))

    def shared(m: re.Match[str]) -> int:
        return len(asked & set(tokenize(lede[1][max(0, m.start() - _DAY_REACH) : m.end() + _DAY_REACH])))

    said = max(days, key=shared)  # the first of those sharing as many
    on = parse_iso(written)
    word = " ".join(said.group(1).lower().split())
    where = (lede[0] + said.start(1), lede[0] + said.end(1))
    dated = FRENCH_DATE.match(lede[1], said.start(1))
    if dated is not None and dated.group(1):
        return (where[0], lede[0] + dated.end()), on, None, None  # "dimanche 15 juin": the date itself
    last = _LAST.match(lede[1], said.end(1))  # "samedi dernier", "le week-end dernier"
    if last is not None:
        where = (where[0], lede[0] + last.end())
    if "week" in word:
        if on.weekday() not in (5, 6, 0, 1):
            return None  # written midweek, "ce week-end" may be the one to come
        saturday = on - timedelta(days=(on.weekday() - 5) % 7)
        if (last is not None or word.startswith(("le ", "last"))) and on.weekday() in (5, 6):
            saturday -= timedelta(days=7)  # "le week-end dernier" written on a weekend: the one before
        return where, on, saturday, saturday + timedelta(days=1)
    back = _DAYS_BACK.get(word.replace("d’", "d'"))
    if back is None:
        back = (on.weekday() - _WEEKDAY_NUMBER[word]) % 7 or (7 if last is not None else 0)
    return where, on, on - timedelta(days=back), on - timedelta(days=back)


def _dateline_alone(line: str) -> bool:
    """Whether a line is a dateline alone: a place (a country after it too) and a date, French
    or English ("Nogaro, le 8 septembre 2025", "Magny-Cours, France, 15 octobre 2008",
    "Silverstone, May 3, 2026") (pure)."""
    found = _PLACE_THEN.match(line)
    return found is not None and len(found.group(1)) <= 40 and find_date(found.group(1)) is not None


_PLACE_THEN = re.compile(r"\s*[A-ZÀ-Ý][^\W\d_][^,\n\d]{0,40}(?:,\s*[A-ZÀ-Ý][^,\n\d]{0,30})?,\s+([^\n]+?)\s*$")
# A question asking when the release itself was written, which its dateline answers.
_RELEASE_ASKED = re.compile(r"\b(?:communiqué|publiée?|daté|release|published|dated)\b", re.I)
_DAY_REACH = 40  # characters around a day word compared with the question
# A day said in a release's lede: "samedi", "hier", "d'hier", "on Sunday", "ce week-end".
_WEEKEND_SAID = r"ce\s+week-?end|le\s+week-?end(?=\s+dernier)|this\s+weekend|last\s+weekend"
_DAY_SAID = re.compile(
    rf"(?:(?<=[dD]['’])|(?<![\w’'-]))({ANY_WEEKDAY}|hier|avant-hier|yesterday|{_WEEKEND_SAID})(?![\w’'-])"
    r"(?!\s+(?:prochain|soir\s+prochain|next)\b)",
    re.I,
)
_LAST = re.compile(r"\s+dernier\b", re.I)
_DAYS_BACK = {"hier": 1, "yesterday": 1, "avant-hier": 2}
_WEEKDAY_NUMBER = WEEKDAYS | {
    d: i for i, d in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())
}


def _release_date(scored: ScoredSentence) -> bool:
    """Whether the read span is the date a release was written or an event's near it, no one's
    birth (pure): it stands in the sentence's dateline ("Charbonnières-les-Bains, le 21 avril
    2024 —"), or its year is within ``BIRTH_YEARS_BEFORE`` years of the document's date without
    being that date ("Prochain rendez-vous : … du 19 au 21 avril 2024" in a release of March
    2024; a third walk asked Yoann Le Gall's date of birth). A text whose first date is a birth
    ("Jean Stablinski (né le 21 mai 1932…)", dated so) keeps it."""
    from paddockqa.dates import find_date

    if _in_dateline(scored):
        return True
    document = scored.sentence.hit.document
    span = _span_and_after(scored)[0]
    years = re.findall(r"\b\d{4}\b", span)
    if document is None or not document.date or not years or find_date(span) == document.date[:10]:
        return False
    return int(years[0]) > int(document.date[:4]) - BIRTH_YEARS_BEFORE


def _someone_elses_origin(subject: str, scored: ScoredSentence) -> bool:
    """``binding.someone_elses_origin`` for a read span's sentence (pure); False when not judged."""
    located = _span_in_sentence(scored)
    return located is not None and someone_elses_origin(
        subject, located[0], located[1], scored.sentence.hit.chunk.title, _before(scored)
    )


def _someone_elses_job(subject: str, scored: ScoredSentence) -> bool:
    """``binding.someone_elses_job`` for a read span's sentence (pure); False when not judged."""
    located = _span_in_sentence(scored)
    return located is not None and someone_elses_job(
        subject, located[0], located[1], scored.sentence.hit.chunk.title, _before(scored)
    )


# A count of someone's: the question's own verb, inverted ("a-t-il remportées", "did he win"; not
# "… la saison où Paul Roy a gagné ?", a review).
_SOMEONE_COUNTED = re.compile(
    r"-t-(?:il|elle|ils|elles)\b|\b(?:a|ont)-(?:il|elle|ils|elles)\b|\b(?:did|has|have)\s+(?:he|she|they|[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)\b",
)
# A part of a whole, counted: "quatre des six", "3 of the 5", "two out of three"; with the
# part's noun or after a comma, "sept victoires en douze courses", "Trois, sur six manches" (a
# nineteenth walk answered "douze" and "six manches" for how many races someone won); not a
# year ("sept victoires en 2025").
_A_PART_OF = re.compile(
    rf"\W*(?P<part>{DIGITS}|(?:{SMALL_NUMBER_WORDS})(?:[\s-]+(?:{SMALL_NUMBER_WORDS}|et))*)"
    r"(?:\s+(?P<of>[^\W\d_]+))?\s*,?\s+(?P<by>des|sur|en|of\s+the|out\s+of)\s+"
    rf"(?!(?:1[89]|20)\d\d\b)(?:{DIGITS}|(?:{SMALL_NUMBER_WORDS}))\b",
    re.I,
)
# Wins counted, and a question asking them: "sept victoires" answers "Combien de courses a-t-il gagnées ?".
_WINS = re.compile(r"victoires?|succès|wins?|victor(?:y|ies)", re.I)


def _counts_the_part(part: re.Match[str], noun: str | None, question: str) -> bool:
    """Whether a part of a whole counted (``_A_PART_OF``) counts what the question counts,
    ``noun`` (pure): "quatre des six" as before; a part with its noun or after a comma ("sept
    victoires en douze courses", "Trois, sur six manches", "quatre manches sur sept") for
    races won only (not "Combien de manches a-t-elle disputées ?", the whole, a review), the
    noun said after the part being the noun, wins, or none."""
    said = part.group("of")
    if part.group("by").lower() not in ("sur", "en") and said is None:  # "quatre des six", "3 of the 5"
        return True
    if not _WON_ASKED.search(question):
        return False
    return said is None or noun is None or names_noun(said, noun) or bool(_WINS.fullmatch(said))


# Capitalised words right before a bracket: "le Finlandais Eero Lahtinen (" (group 1: the words).
_NAMED_THEN_BRACKET = re.compile(r"([A-ZÀ-Ý][\w’'-]+(?:\s+[A-ZÀ-Ý][\w’'-]+)+)\s*\(\s*$")
# A number in words going on after a span cut in it: " et unième", "-deux", " et un".
_NUMBER_GOES_ON = re.compile(
    rf"(?:[\s-]+(?:et[\s-]+)?(?:(?:{SMALL_NUMBER_WORDS})\b|(?:un|deux|trois|quatr|cinqu|six|sept|huit|neuv|dix)ième\b))+",
    re.I,
)


_ONE_DAY_ASKED = re.compile(r"\b(?:quel\s+jour|which\s+day|what\s+day)\b", re.I)  # (one day: "le dimanche 5 avril")
# A day of a month: "5 avril", "7 November".
_A_DAY_OF_A_MONTH = re.compile(rf"\d{{1,2}}\s+(?:{_FRENCH_MONTHS}|{'|'.join(ENGLISH_MONTHS)})\b", re.I)
# A day and a month right before a year: "1er janvier " of "1er janvier 2026".
_A_DAY_AND_MONTH_BEFORE = re.compile(
    rf"(?<![\d,.])(?:\d{{1,2}}(?:er)?|premier)\s+(?:{_FRENCH_MONTHS}|{'|'.join(ENGLISH_MONTHS)})\s+$", re.I
)
# The first day of two before a span's date: "les 4 et " of "les 4 et 5 avril", "du 7 au ".
# (no dash: "course 2 – 5 avril" is a race's number, a review)
_DAYS_OPENED = re.compile(r"(?<![\d,.])\d{1,2}(?:er)?\s*(?:et|au|&|and|to)\s*$", re.I)
# A span opening with an age, then a clause: "23 ans, électricien …", "19-year-old from Leeds, …".
_AN_AGE_OPENS = re.compile(
    rf"\W*(?:\d{{1,3}}|(?:{SMALL_NUMBER_WORDS})(?:[\s-]+(?:et[\s-]+)?(?:{SMALL_NUMBER_WORDS}))*)\s*(?:ans|years?(?:\s+old)?)\b"
    # (not an age in months and days too: "17 ans, 5 mois et 12 jours", a review)
    rf"(?=\s*[,;(])(?!\s*,?\s*(?:et\s+)?(?:\d+|{SMALL_NUMBER_WORDS})\s+(?:mois|jours?|months?|days?)\b)",
    re.I,
)


# "Quel pilote français …", "Which British driver …": a nationality the one asked has.
_NATION_IN_QUESTION = re.compile(
    r"\b(?:quel(?:le)?s?|which)\s+(?:pilotes?|coureu(?:r|se)s?|motards?|copilotes?|riders?|drivers?)\s+"
    r"(?P<nation>[^\W\d_]+)\b",
    re.I,
)


def _nation_asked(question: str) -> str | None:
    """The nationality a question gives the one it asks about ("Quel pilote français …" ->
    "français"), or None (pure)."""
    found = _NATION_IN_QUESTION.search(question)
    word = found.group("nation") if found is not None else ""
    return word if word and _NATIONAL.match(fold_accents(word.lower())) else None


def _another_nation(scored: ScoredSentence, nation: str) -> bool:
    """Whether a read span's person is said of another nationality than ``nation``: a demonym
    opening the span before a name ("le Néerlandais Jelle van Dijk"), else right before the span
    in its sentence (pure); False when none is said."""
    located = _span_in_sentence(scored)
    before = located[0][: located[1]] if located is not None else ""
    said = re.search(r"([A-ZÀ-Ý][^\W\d_]+)\s+$", before)
    inside = _A_DEMONYM_THEN_NAME.match(_span_and_after(scored)[0])
    word = next(
        (m.group(1) for m in (inside, said) if m is not None and _NATIONAL.match(fold_accents(m.group(1).lower()))),
        None,
    )
    return word is not None and _country(word) != _country(nation)


# Nationalities of one country said otherwise: "britannique", "anglais", "écossais", "gallois";
# "néerlandais", "hollandais" (a review refused "L'Anglais Tom Hale" for a British driver).
_SAME_COUNTRY = {
    "britann": "uk", "british": "uk", "anglais": "uk", "english": "uk", "ecossais": "uk", "scottish": "uk",
    "gallois": "uk", "welsh": "uk", "neerland": "nl", "dutch": "nl", "holland": "nl", "franc": "fr", "french": "fr",
}  # fmt: skip


def _country(demonym: str) -> str:
    """A nationality's country key (pure): ``_SAME_COUNTRY``'s, else its first five letters."""
    folded = fold_accents(demonym.lower())
    return next((key for start, key in _SAME_COUNTRY.items() if folded.startswith(start)), folded[:5])


_A_DEMONYM_THEN_NAME = re.compile(r"\W*(?:(?i:le|la|les|the)\s+|(?i:l)['’]\s*)?([A-ZÀ-Ý][^\W\d_]+)\s+[A-ZÀ-Ý]")


# The nationalities a release says of drivers, French and English, by their first letters (accents
# folded): "le Français", "la Néerlandaise", "British"; not a town's people ("le Rémois").
_NATIONAL = re.compile(
    r"(?:franc|belge|suiss|allemand|german|italien|italian|espagnol|spanish|portug|britann|british|anglais|english"
    r"|ecossais|scottish|gallois|welsh|irlandais|irish|neerland|dutch|holland|danois|danish|suedois|swedish"
    r"|norvegien|norwegian|finland|finnish|autrich|austrian|polonais|polish|tcheque|czech|hongrois|hungarian"
    r"|americain|american|canadien|canadian|bresilien|brazilian|argentin|japonais|japanese|australien|australian"
    r"|neo-zelandais|new\s+zealand|sud-africain|south\s+african|monegasque|luxembourg|estonien|estonian|letton"
    r"|russe|russian|ukrainien|ukrainian|chinois|chinese|mexicain|mexican|chilien|chilean)"
)


def _only_the_one_asked(scored: ScoredSentence, asked: frozenset[str]) -> bool:
    """Whether the people a read span names, with other words, are all among the names the
    question asks about (``_names_asked``: none for a choice, the first of a follow-up's
    bracket) (pure): "Motard amateur, Julien Castaing" for "Qui prépare la moto de Julien
    Castaing ?" (a seventeenth walk), as the name alone is."""
    from paddockqa.conversation import is_person, names

    said = [n for n in names(_span_and_after(scored)[0]) if is_person(n)]
    return bool(asked and said) and all(_name_as_compared(n) in asked for n in said)


# A clause opened by a subject pronoun in small letters: no one's name ("il revient sur sa
# préparation"; not "On Track Racing", a review).
_A_PRONOUN_CLAUSE = re.compile(r"\W*(?:(?:il|elle|ils|elles|je|nous|on|he|she|they|we)\s+|j['’])\w+\s+\w")


def _not_a_trade(scored: ScoredSentence) -> bool:
    """Whether a read span answering a job question is surely none (pure): a results bracket's
    car or team ("Adolf RS-Yamaha"), a class ("Catégorie Dames"), a person's name, a figure, a
    headline's word ("drift" of "Championnat de France de drift : Jordan Massé titré …"), or words
    inside a quote naming no trade ("ramener la moto" of "« … j'ai simplement pensé à ramener la
    moto »")."""
    from paddockqa.conversation import is_person, names

    span = _span_and_after(scored)[0].strip()
    located = _span_in_sentence(scored)
    before = located[0][: located[1]] if located else ""
    after = located[0][located[1] + len(span) :] if located else ""
    # (a quote opened in the sentence before: "Quand la Ducati s'est arrêtée, j'ai … ramener la moto »")
    quoted = before.count("«") > before.count("»") or after.count("»") > after.count("«")
    return (
        _a_results_bracket(scored)
        or (quoted and not names_a_trade(span))  # (not "« … je suis boulanger à Oloron »", a review)
        or _a_headline(scored)
        or _A_CLASS_SPAN.match(span) is not None
        or is_person(span)
        or re.search(r"\d", span) is not None
        or _A_ROLE_WORD.fullmatch(span) is not None
        or (
            "," in span and _A_ROLE_WORD.fullmatch(span.split(",")[0].strip()) is not None
        )  # "Son copilote, agriculteur"
        or any(is_person(name) and span.startswith(name) for name in names(span))
    )


# A class given as a span: "la catégorie Auto", "Catégorie Dames" (a team's or a trade's none).
_A_CLASS_SPAN = re.compile(r"(?:la\s+|the\s+)?(?:catégorie|category|classe|class)\b", re.I)
# A role in a crew, no trade: "coéquipier" of "Son coéquipier Didier Roux, mécanicien à Aubagne".
_A_ROLE_WORD = re.compile(
    r"(?:son\s+|sa\s+|le\s+|la\s+|his\s+|her\s+|the\s+)?(?:co-?équipi(?:er|ère)|équipi(?:er|ère)|co-?pilote|passag(?:er|ère)"
    r"|pilote|partenaire|team-?mate|co-?driver|driver|rider|passenger)s?",
    re.I,
)


def _names_near(scored: ScoredSentence, subject: str) -> bool:
    """Whether a read span's sentence, its passage before it or its release's title names
    ``subject`` by a word of their name (pure)."""
    from paddockqa.lexical import fold_accents

    own = {fold_accents(w) for w in name_words(subject)}
    located = _span_in_sentence(scored)
    texts = [located[0] if located else scored.sentence.quote, *_before(scored), scored.sentence.hit.chunk.title]
    return any(own & {fold_accents(w) for w in re.findall(r"[^\W\d_]+", text.lower())} for text in texts)


JOB_SURE = 0.5  # the reader's probability under which a trade asked must be one by its words


def _job_in_words(scored: ScoredSentence) -> bool:
    """Whether a read span is a trade its passage says as one (``_jobs_in_text``) (pure)."""
    return scored.span is not None and scored.span in _jobs_in_text(scored.sentence.hit.chunk.text)


@functools.lru_cache(maxsize=256)
def _jobs_in_text(text: str) -> tuple[tuple[int, int], ...]:
    """Where a passage's sentences say someone's trade (``answer_type.jobs_said``) (pure; kept
    per passage: ``_job_in_words`` asks it of each span of a job question)."""
    return tuple((a + x, a + y) for a, b in split_sentences(text) for x, y in jobs_said(text[a:b]))


def _a_role_holder(role: str, name: str, scored: ScoredSentence) -> bool:
    """Whether a read span names someone its sentence gives as ``name``'s ``role``
    (``binding.holds_role``) (pure): not a car ("Škoda Fabia RS Rally2"), nor the one asked
    about typed one slip away (the ninth walk's "Julien Marchal" answered "Julien Maréchal")."""
    from paddockqa.conversation import is_person, names

    located = _span_in_sentence(scored)
    people = [n for n in names(_span_and_after(scored)[0]) if is_person(n)]
    if located is None or not people or all(same_name(n, name) for n in people):
        return False
    return holds_role(role, name, *located, scored.sentence.hit.chunk.text, _before(scored))


def _gap_of_another(subject: str, scored: ScoredSentence) -> bool:
    """``binding.gap_of_another`` for a read span's sentence (pure); False when not judged."""
    located = _span_in_sentence(scored)
    return located is not None and gap_of_another(subject, *located, scored.sentence.hit.chunk.title)


def _vehicle_of_another(subject: str, scored: ScoredSentence) -> bool:
    """``binding.vehicle_of_another`` for a read span's sentence (pure); False when not judged.
    The span is no one it could be said of: "le Flying Lizard est une des équipes …" reads as a
    person's name (the press set's team question)."""
    from paddockqa.conversation import is_person, names

    located = _span_in_sentence(scored)
    if located is None:
        return False
    sentence, start, end = located
    # The one a "de" after the vehicle names owns it: "la Simca 1000 Rallye 2 de Serge Bonnet", in the
    # span or right after it (a review, once Simca was a make, gave it to Jacques Rolland, named before)
    owned = re.match(r"[^,;()«»]*?\s(?:de|d['’])\s*(?=[A-ZÀ-Ý])", sentence[start:])
    at = start + owned.end() if owned and owned.end() <= end - start + 5 else -1
    owner = _person_opening(sentence[at:]) if at >= 0 else None
    # (unless the one asked drives it, named otherwise than as another car's owner: "Serge Bonnet a
    # remporté … au volant de la Simca 1000 Rallye 2 de Jacques Rolland", "La Porsche 911 SC de Jean
    # Dupont, pilotée par son fils Thomas Dupont", a review)
    driving = any(
        same_name(n, subject) and not re.search(r"(?:\bde|\bd['’])\s*$", sentence[: sentence.find(n)])
        for n in names(sentence)
        if is_person(n)
    )
    if owner is not None and not driving:
        return not same_name(owner, subject)
    masked = sentence[:start] + "x" * (end - start) + sentence[end:]
    return vehicle_of_another(subject, masked, start, scored.sentence.hit.chunk.title, _before(scored))


def _said_of_another(subject: str, scored: ScoredSentence) -> bool:
    """``binding.said_of_another`` for a read span's sentence (pure); False when not judged."""
    located = _span_in_sentence(scored)
    return located is not None and said_of_another(
        subject, located[0], located[1], scored.sentence.hit.chunk.title, _before(scored)
    )


def _before(scored: ScoredSentence) -> list[str]:
    """The sentences of the read passage before the span's, in order (pure): who a noun phrase
    stands for ("le pilote italien de 24 ans") is named there (``binding``)."""
    candidate = scored.sentence
    return [s.text for s in candidate.hit.sentences if s.end <= candidate.start]


def _span_in_sentence(scored: ScoredSentence) -> tuple[str, int, int] | None:
    """A read span's sentence and the span's offsets in it, cut at its end (pure); None for a
    span that does not start in its sentence, which is not judged."""
    assert scored.span is not None
    sentence = scored.sentence
    a, b = scored.span
    if not sentence.start <= a < sentence.end:
        return None
    return (
        sentence.hit.original(sentence.start, sentence.end),
        a - sentence.start,
        min(b, sentence.end) - sentence.start,
    )


def _span_and_after(scored: ScoredSentence, chars: int = AFTER) -> tuple[str, str]:
    """The reader's span and the ``chars`` characters that follow it in its passage (pure):
    "42" is an age with the "ans" after it."""
    assert scored.span is not None
    hit = scored.sentence.hit
    a, b = scored.span
    if scored.sentence.start <= a < scored.sentence.end:
        # Judged as the short answer is given: to its sentence's end ("14,3 secondes … . Amélie
        # Roux, 26 ans" passed as an age, and answered "14,3 secondes …": a ninth walk).
        b = min(b, scored.sentence.end)
    return hit.original(a, b), hit.original(b, min(b + chars, hit.context_start + len(hit.context)))


def _runner_up(best: ScoredSentence, quoted: Sequence[Candidate]) -> Candidate | None:
    """The sentence the reader found almost as likely to hold the answer as the one quoted
    (``Reading.runner_up``), when it is not quoted already and may be quoted (pure)."""
    hit = best.sentence.hit
    chunk = hit.chunk
    if hit.reading is None or hit.reading.runner_up is None:
        return None
    clean = clean_layout(hit.original(chunk.start, chunk.end), hit.markdown)
    if clean.text != chunk.text:  # the runner-up was placed in the passage as sentence_priors does
        return None
    at = chunk.start + clean.span(*hit.reading.runner_up)[0]
    whole = next((x for x in hit.sentences if x.start <= at < x.end), None)
    if whole is None or is_question(whole.text) or is_instruction(whole.text) or _dateline(whole.text):
        return None
    if _folded(whole.text) == _folded(chunk.title) and not whole.text.rstrip().endswith((".", "…", "»")):
        # The headline: the sources show it as the title; glued after the answer ("… [1]
        # UN NOUVEAU CHALLENGE POUR LE GERSOIS PATRICK PILET [2]") it read as a stray line.
        # Not a text's first sentence, which titles a text without a headline: a fact
        # ("Louis Cheynet (1714-1791), père du député, a été consul de Montélimar…").
        return None
    cs = hit.context_start
    end, text = clip(hit.context, whole.start - cs, whole.end - cs, whole.text, hit.markdown)
    candidate = _candidate(best.sentence.hit_rank, hit, clean, whole.start, end + cs, text)
    return None if any(_overlaps(candidate, q) for q in quoted) else candidate


def _a_headline(scored: ScoredSentence) -> bool:
    """Whether a read span's sentence is its release's headline (pure)."""
    return _folded(scored.sentence.quote) == _folded(scored.sentence.hit.chunk.title)


def _folded(text: str) -> str:
    """``text`` in small letters on one line, without its end punctuation: a headline and its
    title compare equal (pure)."""
    return collapse_whitespace(text).casefold().rstrip(" .!?…")


# A dateline or a byline: "Grenoble, le 15 octobre 2024", "Par Marc Delorme, publié le …",
# "Mis à jour le 04/05/2024 à 10:32": a place and a comma, or a byline's word, then a date.
_DATELINE_SHAPE = re.compile(
    r"\s*(?:(?:[Pp]ar|[Bb]y)\s+[A-ZÀ-Ý]|(?:[Pp]ublié|[Mm]is à jour|[Pp]osted|[Uu]pdated)\b"
    r"|[A-ZÀ-Ý][^\W\d_]+(?:[ -][A-ZÀ-Ý]?[^\W\d_]+){0,3},\s*(?:le\s+)?\d)"
)


def _dateline(sentence: str) -> bool:
    """A dateline or a byline, which adds no fact to an answer (pure): its date drew the reader
    to "Qui a gagné en mai ?". A short line of that shape stating a date
    (``text.has_date``); "Né le 21 octobre 1981 à Dijon" and "Date de naissance : 21 octobre
    1981" state facts."""
    return len(sentence) <= MAX_DATELINE_CHARS and bool(_DATELINE_SHAPE.match(sentence)) and has_date(sentence)


def closest_listing(citations: Sequence[Citation]) -> str:
    """ "[1] [2] (Title A), [3] (Title B)": each document's title once, in parentheses after
    the markers of its passages (pure; three passages of one release listed its title three
    times, and a bare title after the markers read as a stray line). Two documents of one
    title stay two entries."""
    markers: dict[str, list[str]] = {}
    titles: dict[str, str] = {}
    for c in citations:
        markers.setdefault(c.source, []).append(f"[{c.n}]")
        titles.setdefault(c.source, c.title)
    return ", ".join(f"{' '.join(ns)} ({short_title(titles[source])})" for source, ns in markers.items())


# A driver's tallies, each its own fact: poles, podiums, wins, titles (and their English words).
_TALLIES = (
    re.compile(r"pole", re.I),
    re.compile(r"podium", re.I),
    re.compile(r"victoire|win|succès|succes|victor", re.I),
    re.compile(r"titre|title|couronne", re.I),
    # (a rally's stages too: "14 épreuves spéciales" run for how many Santoni won, a thirteenth walk)
    re.compile(r"course|race|manche|départ|start|participation|épreuve|spéciale|special|étape|stage|heat", re.I),
)
# Before a count of races, the words that say they were won: "a remporté 3 courses", "vainqueur
# de 3 étapes", "s'est imposé dans 2 manches".
_WON_BEFORE = re.compile(
    r"\b(?:gagn\w*|remport\w*|won|wins?|winning|vainqueure?s?\s+(?:de|d['’]|des)|victorieu\w*\s+(?:de|dans|sur|lors\s+de)"
    r"|s['’]\s*(?:est\s+)?impos\w*\s+(?:dans|sur|lors\s+de|à))\s+$",
    re.I,
)
_WON_ASKED = re.compile(r"\b(?:gagn|remport|won|win)\w*", re.I)


def _another_tally(span: str, noun: str, question: str, before: str = "") -> bool:
    """Whether a count's span counts another of a driver's tallies than ``noun`` asks ("27 pole
    positions", "312 courses" for "Combien de podiums … ?"), by the word right after its number
    (``span`` with what follows it) (pure). Races won are wins, asked ("Combien de courses
    a-t-elle gagnées ?") or said ("a remporté 3 courses": ``before``, the sentence before the
    span; a review)."""
    # (an ordinal too: "sa 40e victoire" is no title's count, a twenty-second walk)
    counted = re.match(r"\s*(?:\d[\d\s.,]*(?:e|ème|er|re|th)?|[^\W\d_]+)\s+(?:de\s+|d['’]\s*)?([^\W\d_][\w-]*)", span)
    if counted is None:
        return False
    said = next((i for i, t in enumerate(_TALLIES) if t.match(counted.group(1))), None)
    asked = next((i for i, t in enumerate(_TALLIES) if t.match(noun)), None)
    if asked == len(_TALLIES) - 1 and _WON_ASKED.search(question):
        asked = 2
    ordinal = re.match(r"\s*\d+\s*(?:e|ème|er|re|th)\s", span) is not None
    # (an ordinal's won races: "a remporté vendredi sa 50e étape", "a gagné sa 8e spéciale", a review)
    if said == len(_TALLIES) - 1 and (_WON_BEFORE.search(before) or (ordinal and _A_STAGE_WON.search(before))):
        said = 2
    return said is not None and asked is not None and said != asked


def _said_unknown(question: str, ranked: Sequence[ScoredSentence]) -> tuple[Sentence, ScoredSentence] | None:
    """The first sentence of the read passages saying that what ``question`` asks is not known
    or not yet decided (``binding.undisclosed``), with its passage's read sentence (whose
    probability is the passage's), else None (pure). Only a passage as sure as the answer's
    overrides it (a review: another release's unknown refused a confident answer)."""
    seen: set[int] = set()
    for r in ranked:
        if r.sentence.hit_rank in seen or r.sentence.hit.reading is None:
            continue
        seen.add(r.sentence.hit_rank)
        found = next((s for s in r.sentence.hit.sentences if undisclosed(question, s.text)), None)
        if found is not None:
            return found, r
    return None


def not_found(question: str, ranked: Sequence[ScoredSentence], confidence: float) -> Answer:
    """The reply that says the corpus has no answer, citing the closest passages (pure): the
    three with the best scores, best first, as their shown scores read (a walk saw 0.247,
    0.181, 0.198 in passage order); retrieval's order breaks ties."""
    best_per_passage: dict[int, ScoredSentence] = {}
    for s in ranked:
        best_per_passage.setdefault(s.sentence.hit_rank, s)
    ordered = sorted(best_per_passage.values(), key=lambda s: (-s.similarity, s.sentence.hit_rank))
    # Two overlapping passages of a text may hold the same sentence: cited once (a walk saw a
    # table row as [1] and [2], offsets and all).
    seen: set[tuple[str, int, int, str]] = set()
    closest: list[ScoredSentence] = []
    for s in ordered:
        where = (s.sentence.hit.chunk.source, s.sentence.start, s.sentence.end, s.sentence.quote)
        if where not in seen and len(closest) < 3:
            seen.add(where)
            closest.append(s)
    citations = tuple(replace(citation(i + 1, s), emphasis=None) for i, s in enumerate(closest))
    if not citations:
        return Answer(question=question, answered=False, text=str(NOT_FOUND), confidence=confidence, message=NOT_FOUND)
    said = messages.fr("not_found_closest", listing=closest_listing(citations))
    return Answer(
        question=question, answered=False, text=str(said), citations=citations, confidence=confidence, message=said
    )


def _overlaps(a: Candidate, b: Candidate) -> bool:
    return a.hit.chunk.source == b.hit.chunk.source and a.start < b.end and b.start < a.end


def citation(n: int, scored: ScoredSentence) -> Citation:
    """The citation [n] of a scored sentence: its exact span, the passage it sits in, its
    document's date, page and copies, and the reader's span when it lies inside (pure)."""
    s = scored.sentence
    document = s.hit.document
    emphasis = None
    if scored.span is not None and scored.span[0] < s.end and s.start < scored.span[1]:
        # The part of the span inside this quote (a span may run over two sentences).
        emphasis = (s.in_passage(max(scored.span[0], s.start)), s.in_passage(min(scored.span[1], s.end)))
    return Citation(
        n=n,
        source=s.hit.chunk.source,
        title=s.hit.chunk.title,
        start=s.start,
        end=s.end,
        quote=s.quote,
        score=scored.similarity,
        passage=s.passage,
        highlight=s.highlight,
        date=document.date if document else None,
        page=page_at(document.pages, s.start) if document else None,
        also=document.also if document else (),
        emphasis=emphasis,
    )


def clip(
    text: str, start: int, end: int, quoted: str, markdown: bool = False, limit: int = MAX_ANSWER_CHARS
) -> tuple[int, str]:
    """Cut a sentence longer than ``limit`` at a word boundary: its new end and quote (pure).

    ``text`` is the document's original text and [start, end) the sentence in it; the
    quote stays the sentence as quoted (``text.quote``), with an ellipsis when it was cut.
    """
    if len(quoted) <= limit:
        return end, quoted
    clean = clean_layout(text[start:end], markdown)
    flat = clean.text.replace("\n", " ")  # as long as the clean text, whitespace made spaces
    cut = flat.rfind(" ", 0, limit - 1)
    cut = cut if cut > 0 else limit - 1
    kept = flat[:cut].rstrip().rstrip(",;:").rstrip()  # no dangling comma before the ellipsis
    return start + clean.span(0, len(kept))[1], collapse_whitespace(kept) + ELLIPSIS


def rank(question: str, query: np.ndarray, hits: Sequence[Hit]) -> list[ScoredSentence]:
    """Without the reader: the sentences of the top passages, best answer first."""
    sentences, vectors = candidate_sentences(hits)
    return score_sentences(question, query, sentences, vectors)


def read_rank(hits: Sequence[Hit], calibration: tuple[float, float]) -> list[ScoredSentence]:
    """With the reader: for each read passage (best reading first), the sentence holding
    its answer span, scored by the passage's calibrated probability (pure)."""
    out = []
    for rank_, hit in enumerate(hits):
        if hit.reading is None:
            continue
        clean = clean_layout(hit.original(hit.chunk.start, hit.chunk.end), hit.markdown)
        span = span_in_document(hit, clean)
        quoted = _quoted(rank_, hit, clean, span)
        if quoted is not None:
            sure = probability(hit.reading.score, calibration)
            out.append(ScoredSentence(quoted, sure, 0.0, sure, span))
    return out


def _quoted(rank: int, hit: Hit, clean: CleanText, span: tuple[int, int] | None) -> Candidate | None:
    """The sentence of ``hit`` that holds the span's start, clipped so the span stays in the quote.

    A span the sentence splitter left outside every sentence (a heading, a table cell) is
    quoted on its own; without a span, the passage's first sentence stands for it.
    """
    cs = hit.context_start
    if span is None:
        first = hit.sentences[0] if hit.sentences else None
        if first is None:
            return None
        end, quoted = clip(hit.context, first.start - cs, first.end - cs, first.text, hit.markdown)
        return _candidate(rank, hit, clean, first.start, end + cs, quoted)
    whole = next((x for x in hit.sentences if x.start <= span[0] < x.end), None)
    if whole is not None and is_instruction(whole.text):
        return None  # an order to the assistant inside a document is never an answer
    if whole is not None:
        needed = len(quote(hit.original(whole.start, min(span[1], whole.end)), hit.markdown)) + 2
        if needed <= MAX_ANSWER_CHARS:
            end, quoted = _through(hit, whole.start, whole.end, whole.text, span[1])
            return _candidate(rank, hit, clean, whole.start, end, quoted)
        # Too deep in a very long sentence to quote it from its start within the answer
        # limit: quoted from the start of the span's clause, which says what the span is.
        at = _clause_start(hit, whole.start, span[0], min(span[1], whole.end))
        if at is not None:
            part = quote(hit.original(at, whole.end), hit.markdown)
            end, quoted = _through(hit, at, whole.end, part, span[1], len(ELLIPSIS) + 1)
            return _candidate(rank, hit, clean, at, end, f"{ELLIPSIS} {quoted}")
    # Outside every sentence, or with no clause to quote it in: the span on its own.
    end = min(span[1], span[0] + MAX_ANSWER_CHARS)
    return _candidate(rank, hit, clean, span[0], end, quote(hit.original(span[0], end), hit.markdown))


def _through(hit: Hit, start: int, end: int, whole: str, span_end: int, prefix: int = 0) -> tuple[int, str]:
    """The quote ``whole`` of [start, end) cut to the answer limit (less ``prefix``
    characters) at a word, never before ``span_end`` (document offsets): its end and text (pure).

    The caller has checked that [start, span_end) fits; when the word cut would fall inside
    the span, the quote ends with the span and an ellipsis.
    """
    cs = hit.context_start
    cut, quoted = clip(hit.context, start - cs, end - cs, whole, hit.markdown, MAX_ANSWER_CHARS - prefix)
    if cut + cs >= min(span_end, end):
        return cut + cs, quoted
    return span_end, quote(hit.original(start, span_end), hit.markdown) + ELLIPSIS


# Where a clause starts inside a sentence: after a comma, semicolon or colon followed by a
# space (not "3,6 litres", "14:30"), or a dash between spaces. Not after an opening
# parenthesis or guillemet: the quote would close what it never opened.
_CLAUSE_BREAK = re.compile(r"[,;:](?=\s)\s*|\s[–—-]\s+")


def _clause_start(hit: Hit, start: int, span_start: int, span_end: int) -> int | None:
    """The first clause start of the sentence at ``start`` from which the quote up to the
    span's end fits in ``MAX_ANSWER_CHARS`` with an ellipsis at each end (document offsets;
    pure). ``None`` when no clause of the sentence starts before the span close enough to it.

    The quote only shortens as its start moves right: a binary search over the breaks.
    """
    breaks = [start + b.end() for b in _CLAUSE_BREAK.finditer(hit.original(start, span_start))]
    lo, hi = 0, len(breaks)
    while lo < hi:
        mid = (lo + hi) // 2
        if len(quote(hit.original(breaks[mid], span_end), hit.markdown)) + 2 * (len(ELLIPSIS) + 1) <= MAX_ANSWER_CHARS:
            hi = mid
        else:
            lo = mid + 1
    return breaks[lo] if lo < len(breaks) else None


def sentence_priors(hit: Hit, query: np.ndarray) -> tuple[tuple[int, int, float], ...]:
    """Per sentence of a passage: its span in ``hit.chunk.text`` and its cosine with the
    question, for ``reader.rank_sentences`` (pure).

    Empty when the sentences cannot be placed in the passage (it was cleaned in the context
    of its whole document, or a sentence vector is missing): the reader's best span decides.
    An interviewer's question, or an order to the assistant, gets the lowest prior: it
    restates, it never answers.
    """
    chunk = hit.chunk
    if hit.sentence_vectors is None or len(hit.sentence_vectors) != len(hit.sentences) or not hit.sentences:
        return ()
    clean = clean_layout(hit.original(chunk.start, chunk.end), hit.markdown)
    if clean.text != chunk.text:
        return ()
    cosines = hit.sentence_vectors.astype(np.float32) @ np.asarray(query, dtype=np.float32)
    floor = float(cosines.min()) - 1.0
    out = []
    for sentence, cosine in zip(hit.sentences, cosines):
        a = _clean_offset(clean.origin, sentence.start - chunk.start)
        b = _clean_offset(clean.origin, sentence.end - chunk.start) if sentence.end < chunk.end else len(chunk.text)
        if b <= a:
            continue
        restates = is_question(sentence.text) or is_instruction(sentence.text)
        out.append((a, b, floor if restates else float(cosine)))
    return tuple(out)


def span_in_document(
    hit: Hit, clean: CleanText | None = None, span: tuple[int, int] | None = None
) -> tuple[int, int] | None:
    """The reader's span (or ``span``, offsets in the passage's ``Chunk.text``), from offsets
    in the passage's clean text to the original text (pure).

    ``clean`` is ``clean_layout`` of the passage's original text, when already computed.
    """
    reading = hit.reading
    if span is None and reading is not None:
        span = reading.start, reading.end
    if span is None or span[1] <= span[0]:
        return None
    start, end = span
    chunk = hit.chunk
    clean = clean or clean_layout(hit.original(chunk.start, chunk.end), hit.markdown)
    if clean.text != chunk.text:
        # Cleaned in the context of the whole document: find the span's words, nearest to where they were.
        words = chunk.text[start:end]
        places = [m.start() for m in re.finditer(re.escape(words), clean.text)]
        if not places:
            return None
        at = min(places, key=lambda p: abs(p - start))
        a, b = clean.span(at, at + len(words))
    else:
        a, b = clean.span(start, end)
    return chunk.start + a, chunk.start + b
