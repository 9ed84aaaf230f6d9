"""French lexical search: BM25 (bm25s) over stemmed, accent-folded words.

Numbers match however they are written: "six victoires" and "6 victoires", "vingt-quatre"
and "24" (text2num), "1 250" (space, no-break or narrow no-break space) and "1250",
"deuxième" and "2e". Compatibility characters are folded (NFKC) and invisible ones dropped,
so a question typed with a ligature or a zero-width space finds the same words.

bm25s stores BM25 as sparse matrices, so scoring a question is a sparse lookup rather
than a loop over documents, and the index saves and loads as plain files.
"""

from __future__ import annotations

import re
import unicodedata
import warnings
from array import array
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np

_ELISION = re.compile(r"\b(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu)['’`]", re.IGNORECASE)
_WORD = re.compile(r"\w+", re.UNICODE)
_ELIDED = re.compile(r"[ʼ´`]")
# Thousands grouped by spaces (no-break and narrow ones too, mixed), by dots (French: the
# comma is the decimal mark) or by apostrophes (Swiss). Not after a minute mark or a colon,
# not from a leading zero, and no dots before a unit of seconds: a lap time ("1'39.340",
# "1:39.340") or a gap ("0.250 s", "1.250 s") stays as it is.
_THOUSANDS = re.compile(
    r"(?<![\d,.'’:])([1-9]\d{0,2})"
    r"((?:[ \u00a0\u202f]\d{3})+|(?:\.\d{3})+(?![ \u00a0\u202f]?(?:s|sec|secondes?)\b)|(?:['’]\d{3})+)"
    r"(?!\d|[.'’]\d)"
)
_ORDINAL = re.compile(r"\b(\d+)(?:er|re|ère|ere|ème|eme|e|è)\b")
# "un"/"une" alone is an article far more often than a number: it stays a stopword, unless it
# ends a compound ("vingt et un", "trente-et-une").
_ARTICLE = re.compile(
    r"(?<![-\w])"
    + "".join(f"(?<!{tens} et )" for tens in ("vingt", "trente", "quarante", "cinquante", "soixante"))
    + r"une?(?![-\w])"
)
_INVISIBLE = re.compile(r"[\u00ad\u200b-\u200f\u2060-\u2064\ufeff]")


def numbers(text: str) -> str:
    """Numbers in one written form: digits, thousands joined, ordinals as "2e" (pure).

    Expects lower-case text (text2num reads number words in any case, but our callers fold first).
    """
    from text_to_num import alpha2digit

    text = _THOUSANDS.sub(lambda m: m.group(1) + re.sub(r"\D", "", m.group(2)), text)
    text = alpha2digit(_ARTICLE.sub(" ", text), "fr", threshold=0)
    return _ORDINAL.sub(r"\1e", text)


def numbers_in(text: str) -> frozenset[str]:
    """The numbers a text gives, each in ``numbers``' written form ("douze" and "12" are "12",
    "deuxième" is "2e", "1 250" and "1.250" are "1250") (pure)."""
    return frozenset(t for t in tokenize(text) if t[:1].isdigit())


# Not a number a question asks a passage to hold: a decade ("les années 2000", "the 1990s"),
# a span of years, nor "premier" written as a word, which mostly means "raw" or "main"
# ("matières premières", "Premier ministre", "sa première compétition": piaf-dev lost three
# answers to it); "1er" or "1re" written with the digit stays one.
_NOT_ASKED = re.compile(r"\bann[ée]es\s+\d+|\b\d+'?s\b|\bpremi[eè]re?s?\b", re.IGNORECASE)


def numbers_asked(question: str) -> frozenset[str]:
    """The numbers a question gives that the passage answering it should hold, as
    ``numbers_in`` writes them (pure)."""
    return numbers_in(_NOT_ASKED.sub(" ", question))


@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    from bm25s.stopwords import STOPWORDS_FRENCH

    # Question words never occur in the answer, so they must not count as matches.
    questions = {"où", "quand", "combien", "comment", "pourquoi", "quel", "quelle", "quels", "quelles", "lequel",
                 "laquelle", "lesquels", "lesquelles", "quoi"}  # fmt: skip
    return frozenset(STOPWORDS_FRENCH) | {"a", "y", "est", "sont", "ete", "été"} | questions


def is_stopword(word: str) -> bool:
    """Whether a word in small letters is one BM25 leaves out (French stopwords, question words) (pure)."""
    return word in _stopwords()


@lru_cache(maxsize=1)
def _stemmer():  # -> Stemmer.Stemmer
    import Stemmer

    return Stemmer.Stemmer("french")


def fold_accents(word: str) -> str:
    """The text without its combining accents ("équipe" -> "equipe") (pure)."""
    if word.isascii():  # nothing to fold: the French word list's 88k such words in 0.25 s, not 0.45
        return word
    return "".join(c for c in unicodedata.normalize("NFD", word) if unicodedata.category(c) != "Mn")


def tokenize(text: str) -> list[str]:
    """Lower-case, drop elisions (l', qu'...) and stopwords, stem, then fold accents.

    Folding after stemming lets "equipe" match "équipe" while the French stemmer still
    sees the accents it was written for.
    """
    text = _INVISIBLE.sub("", unicodedata.normalize("NFKC", text)).lower()
    words = _WORD.findall(_ELISION.sub(" ", numbers(_ELIDED.sub("’", text))))
    stop = _stopwords()
    kept = [w for w in words if w not in stop and (len(w) > 1 or w.isdigit())]
    return [fold_accents(stem) for stem in _stemmer().stemWords(kept)]


KNOWN_PREFIX = 5  # letters two forms of a name share (answer.name_key's words)
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def one_slip(word: str) -> set[str]:
    """The words one slip of the keyboard away from ``word`` (pure): a letter left out, two
    next to each other swapped, or one added (Norvig's edits of distance 1, without the
    replaced letter, which ``KNOWN_PREFIX`` covers past a word's first letters)."""
    cuts = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    left_out = {a + b[1:] for a, b in cuts if b}
    swapped = {a + b[1] + b[0] + b[2:] for a, b in cuts if len(b) > 1}
    added = {a + c + b for a, b in cuts for c in _LETTERS}
    return (left_out | swapped | added) - {word}


class LexicalIndex:
    """BM25 over the chunk texts, row i being chunk i."""

    def __init__(self, model) -> None:  # model: bm25s.BM25
        self._model = model
        self._prefixes: frozenset[str] | None = None  # built at the first ``knows``

    @classmethod
    def build(cls, texts: Sequence[str]) -> LexicalIndex:
        import bm25s

        # Token ids at 4 bytes a token (``array``), given to bm25s with their vocabulary in the
        # order first met (bm25s's own), instead of the token strings it would hold with its ids:
        # about 1 GB at 100k passages (issue 16's lean build). An empty token list would make
        # bm25s drop the row; a placeholder keeps rows aligned.
        vocabulary: dict[str, int] = {}
        ids = [array("i", [vocabulary.setdefault(w, len(vocabulary)) for w in tokenize(t) or ["∅"]]) for t in texts]
        model = bm25s.BM25()
        if not texts:
            # An empty corpus (a new folder, or every file skipped or gone): bm25s takes the
            # largest id of the vocabulary and averages the lengths, so it is given a word and
            # told not to warn about the mean of no lengths; the index has no rows.
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", RuntimeWarning)
                model.index(([], {"∅": 0}), show_progress=False)
            return cls(model)
        model.index((ids, vocabulary), show_progress=False)
        return cls(model)

    def save(self, folder: Path) -> None:
        self._model.save(str(folder))

    @classmethod
    def load(cls, folder: Path) -> LexicalIndex:
        import bm25s

        return cls(bm25s.BM25.load(str(folder)))

    def knows(self, word: str) -> bool:
        """Whether some row holds ``word`` as searched (stemmed), or a word sharing its first
        ``KNOWN_PREFIX`` letters ("Spartiates" and "Sparte", "Zoulous" and "zoulou", a
        misspelt "Battenverg" and "Battenberg"), or ``word`` one slip away (``one_slip``: a
        misspelt "Dumsa" for "Dumas", from ``KNOWN_PREFIX`` letters); True for a word not
        searched (a stopword)."""
        if self._holds(tokenize(word)):
            return True
        if len(word) < KNOWN_PREFIX:
            return False  # a short word is one slip from too many others
        slips = (tokenize(v) for v in one_slip(fold_accents(word.lower())))
        return any(tokens and self._holds(tokens) for tokens in slips)

    def _holds(self, tokens: list[str]) -> bool:
        """Whether every searched token is in some row, whole or by its first letters."""
        vocab = self._model.vocab_dict
        if self._prefixes is None:
            self._prefixes = frozenset(t[:KNOWN_PREFIX] for t in vocab if len(t) >= KNOWN_PREFIX)
        prefixes = self._prefixes
        return all(t in vocab or (len(t) >= KNOWN_PREFIX and t[:KNOWN_PREFIX] in prefixes) for t in tokens)

    def scores(self, question: str) -> np.ndarray:
        """BM25 score of every row for the question (empty when no word is known)."""
        vocab = self._model.vocab_dict
        tokens = [t for t in tokenize(question) if t in vocab]
        if not tokens:
            return np.empty(0, dtype=np.float32)
        return np.asarray(self._model.get_scores(tokens), dtype=np.float32)


def top_positive(scores: np.ndarray, depth: int) -> np.ndarray:
    """Row ids of the ``depth`` best positive scores, best first (pure)."""
    if not len(scores):
        return np.empty(0, dtype=np.int64)
    depth = min(depth, len(scores))
    top = np.argpartition(-scores, depth - 1)[:depth]
    top = top[np.argsort(-scores[top], kind="stable")]
    return top[scores[top] > 0].astype(np.int64)
