"""Accents put back on a question typed without them: "ou est ne philippe gaillard" asks
"Où est né Philippe Gaillard ?".

Phones and hurried users leave accents out; the reader's tokens for "age" are not those of
"âge", and "ne" read as the negation made the reader quote "ne cache pas ses ambitions" (a
new user's walk). Two kinds of words are restored:

- a word as the passages about the question write it ("pole position" stays; "ecurie" is
  "écurie" where they say "écurie"), else when the French word list does not hold it without
  accents, or holds it far less often than one accented spelling, itself far more frequent
  than any other ("annee" -> "année", "equipe" -> "équipe"; not "eleve": "élève" or "élevé");
- three small words whose two spellings are both frequent, only where the question's shape
  says which is meant: "ou" opening the question or after "d'", "par", "jusqu'" is "où";
  "ne"/"nee"/"nes" after "est", "sont", "était", "fut" ("est-il ne ?" too) is "né"; "a"
  opening the question before "quel", or between an opening "et" and a last word ("et a
  lyon"), is "à"; "age" after "quel" is "âge" ("a quel age" -> "à quel âge").

Words with a capital other than the first letter's are names and kept as typed. The caller
leaves English questions alone (``Pipeline._reaccented``): "the" would become "thé".
Frequencies are pyspellchecker's French list (OpenSubtitles).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from functools import lru_cache

from paddockqa.lexical import fold_accents

# An accented spelling replaces the bare one when it is ``BARE_DOMINANCE`` times as frequent
# as the bare one and ``DOMINANCE`` times as frequent as the next accented spelling.
BARE_DOMINANCE = 20
DOMINANCE = 5
_WORD = re.compile(r"[^\W\d_]+")
# A file name, an address, a path or an identifier among the question's words ("resultats_2024.csv",
# "reunion-comite.md", "equipe@club.fr"): its words keep their letters ("résultats_2024.csv" was
# asked in a new user's walk). A run of non-spaces with a digit, "_", "/", "\\" or "@", or
# ending in a file's extension.
_IDENTIFIER = re.compile(r"\S*(?:[\d_/@\\]\S*|\.[^\W\d_]{1,5}(?=[\s?!,;:)»]|$))", re.UNICODE)
# ("Ou bien…", "Ou alors…", "Ou plutôt…" open a question with "or".)
_WHERE = re.compile(
    r"(^\s*(?:(?:et|mais)\s+)?|\b(?:d['’]|par\s+|jusqu['’]))ou\b(?!\s+(?:bien|alors|plut[oô]t)\b)", re.IGNORECASE
)
_BORN = re.compile(
    r"\b((?:est|sont|etait|était|fut)(?:-t)?(?:-(?:il|elle|ils|elles|on))?\s+)n(e|ee|es|ees)\b", re.IGNORECASE
)
# Bare spellings the list would get wrong in a question about motorsport: "adresse email"
# (not "émail"), "son sacre" (not "sacré"), "la cote du pilote" (not "côté"), "le plus age"
# ("âgé": "age" is restored after "quel" only).
_KEPT = frozenset({"email", "sacre", "cote", "age"})
# "a" opening the question before "quel", or after an opening "et" before a word ("et a lyon"
# asks the previous question about Lyon: "et" then the verb "a" says nothing; a third walk).
_TO = re.compile(r"^(\s*)a(\s+quel(?:le)?s?\b)", re.IGNORECASE)
_AND_TO = re.compile(r"^(\s*et\s+)a(\s+)([^\W\d_][\w-]*)(\s*\??\s*)$", re.IGNORECASE)
_AGE = re.compile(r"\b(quel\s+)age\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _spellings() -> dict[str, dict[str, int]]:
    """Each bare spelling of the French list's accented words, with those words and their
    counts; not a bare spelling that is itself a word nearly as frequent ("de" and "dé",
    "gagne" and "gagné"): typed so, it is most likely meant so."""
    counts = _counts()
    out: dict[str, dict[str, int]] = {}
    for word, count in counts.items():
        bare = fold_accents(word)
        if bare != word:
            out.setdefault(bare, {})[word] = count
    return {bare: words for bare, words in out.items() if max(words.values()) >= BARE_DOMINANCE * counts.get(bare, 0)}


def candidates(question: str) -> list[str]:
    """The words of ``question`` typed in small letters without accents that a French word
    writes with accents (pure but for the word list, loaded once): what ``reaccent`` may change."""
    known = _spellings()
    words = _WORD.findall(_IDENTIFIER.sub(" ", question))
    return [w.lower() for w in words if w.isascii() and w[1:].islower() and w.lower() in known]


def _and_to(match: re.Match[str]) -> str:
    """ "et a lyon" -> "et à lyon": a place's name after it, capitalised or in no French word
    list; "et a gagne" (a participle typed without its accent) stays."""
    from paddockqa.text import is_word

    word = match.group(3)
    if word[:1].islower() and is_word(word.lower()):
        return match.group()
    to = "À" if match.group()[len(match.group(1))] == "A" else "à"
    return f"{match.group(1)}{to}{match.group(2)}{word}{match.group(4)}"


def reaccent(question: str, texts: Iterable[str] = ()) -> str:
    """The question with the accents its words most likely lost; unchanged when it holds none
    to restore (pure but for the word list, loaded once).

    ``texts``: passages about the question (those truecasing reads). A word they write as
    typed is kept ("pole position", which the list would make "pôle"); one they write with
    accents takes their most frequent spelling; else the list's dominant one, if any.
    """
    out = _TO.sub(lambda m: f"{m.group(1)}{'À' if m.group()[len(m.group(1))] == 'A' else 'à'}{m.group(2)}", question)
    out = _AND_TO.sub(_and_to, out)
    out = _WHERE.sub(lambda m: m.group(1) + ("Où" if m.group()[len(m.group(1))] == "O" else "où"), out)
    out = _BORN.sub(lambda m: f"{m.group(1)}n{_born(m.group(2))}", out)
    out = _AGE.sub(lambda m: f"{m.group(1)}âge", out)
    wanted = set(candidates(out))
    if not wanted:
        return out
    written: dict[str, Counter[str]] = {w: Counter() for w in wanted}
    for text in texts:
        for word in _WORD.findall(text.lower()):
            bare = fold_accents(word)
            if bare in written:
                written[bare][word] += 1
    counts = _counts()

    def restored(match: re.Match[str]) -> str:
        word = match.group()
        lowered = word.lower()
        if lowered not in wanted or not word[1:].islower() or (lowered in _KEPT and not written[lowered]):
            return word  # a name ("Ales", "Gerard"): kept as typed
        seen = written[lowered]  # the corpus's spellings, bare or not, first
        accented = seen.most_common(1)[0][0] if seen else _dominant(lowered, counts) or lowered
        at_start = not out[: match.start()].strip(" \t¿¡\"'«")
        if word[:1].isupper() and at_start:
            return accented[:1].upper() + accented[1:]
        return word if word[:1].isupper() else accented

    kept = [m.span() for m in _IDENTIFIER.finditer(out)]

    def outside(match: re.Match[str]) -> str:
        if any(a <= match.start() < b for a, b in kept):
            return match.group()
        return restored(match)

    return _WORD.sub(outside, out)


def _dominant(bare: str, counts: Mapping[str, int]) -> str | None:
    """The accented spelling of ``bare`` far more frequent than the others and than ``bare``."""
    ranked = sorted(_spellings()[bare].items(), key=lambda kv: -kv[1])
    best, count = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0
    if count >= BARE_DOMINANCE * max(counts.get(bare, 0), 1) and count >= DOMINANCE * max(second, 1):
        return best
    return None


def _counts() -> Mapping[str, int]:
    from paddockqa.text import french_word_counts

    return french_word_counts()


def _born(ending: str) -> str:
    """ "e" -> "é", "ee" -> "ée", "es" -> "és", "ees" -> "ées"."""
    return "é" + ending[1:]
