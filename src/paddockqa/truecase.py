"""Truecasing: a question typed without capitals ("quel âge a philippe gaillard ?") or in
capitals only gets the case its words have in the corpus ("Quel âge a Philippe Gaillard ?").

The reader and the follow-up rules lean on capitals: the reader's tokenizer (XLM-R's
SentencePiece) gives "philippe" other tokens than "Philippe", and a name is what the
conversation looks for in a question ("Et romain dumas ?" names no one). Phones and hurried
users type in lower case; the corpus knows how each word is written. The technique is the
frequency truecaser of Lita et al. (2003, "tRuEcasIng"), at the word level: each word takes
its most frequent form in the passages retrieved for the question.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable

# Words without their elision ("d’Alès" is "d" and "Alès"), so both apostrophes meet.
_WORD = re.compile(r"[^\W\d_](?:[\w-]*\w)?", re.UNICODE)
# Small words a name holds between its capitalised words ("Grand Prix de Mosport").
_LINKS = frozenset("de du des d la le les l von van der del di".split())
_ARTICLES = frozenset("le la les l un une du des".split())
MIN_LETTERS = 3  # a question with fewer letters has no case worth restoring
UNCASED_NAME_LETTERS = 4  # "alain", "loeb": shorter words typed without case are too often small words
MIN_UNCASED_NAME_WORDS = 2  # "alain prost": see ``uncased_names``
TYPO_LETTERS = 7  # from this length, a word one letter from a dictionary word is taken for a typo of it
_LETTERS = re.compile(r"[^\W\d_]+")


def caseless(question: str) -> bool:
    """Whether the question carries no case: no capital but a sentence's first letter (the
    one a phone puts: "Quel âge a philippe gaillard ?"), or no small letter (pure).

    Only such a question is truecased: a capital typed on purpose ("ALMS", "Porsche") is kept.
    """
    letters = [c for c in question if c.isalpha()]
    if len(letters) < MIN_LETTERS:
        return False
    if _shouted(question):
        return True
    return not any(c.isupper() and not _sentence_start(question, i) for i, c in enumerate(question))


def forms(texts: Iterable[str]) -> dict[str, str]:
    """Each word's usual form in the texts, keyed by its lower case, for words that are
    usually written with a capital (pure).

    A word's form is its most frequent one, ties going to small letters. Capitals a
    sentence's first word takes do not count ("Le pilote", "Il a"), nor do a headline's in
    capitals ("IMMENSE GAILLARD"): "le" stays "le", "Gaillard" is "Gaillard", "ALMS" is "ALMS".
    """
    return _spellings(texts)[0]


def _spellings(texts: Iterable[str]) -> tuple[dict[str, str], set[str]]:
    """``forms``, and the words the texts write with a capital standing alone (no capitalised
    word beside them, across link words: "à Paris", "en Géorgie", not "Grand Prix") and never
    in small letters: names, though a dictionary holds them (pure)."""
    counts: defaultdict[str, Counter[str]] = defaultdict(Counter)
    alone: set[str] = set()
    for text in texts:
        for line in text.splitlines():
            shouted = _shouted(line)  # a headline in capitals says nothing of case
            found = list(_WORD.finditer(line))
            for k, match in enumerate(found):
                word = match.group()
                if len(word) < 2 or (word[0].isupper() and (shouted or _positional(line, match.start(), word))):
                    continue  # a capital of position or of layout, not of the word
                counts[word.lower()][word] += 1
                if word[0].isupper() and not any(
                    j is not None and found[j].group()[0].isupper() and _joined(line, found, j, k)
                    for j in (_neighbour(found, k, -1), _neighbour(found, k, 1))
                ):
                    alone.add(word.lower())
    usual = {}
    for key, seen in counts.items():
        # Ties go to small letters: a word seen as often both ways is a common word.
        best = min(seen.items(), key=lambda kv: (-kv[1], kv[0] != key, kv[0].isupper()))[0]
        if best != key:
            usual[key] = best
    return usual, {key for key in alone if key in usual and key not in counts[key]}


def truecase(question: str, texts: Iterable[str], english: bool = False) -> str:
    """The question with each word in its usual form in ``texts``, and a capital first (pure).

    A question that is not ``caseless`` is returned as it is, and so is one in small letters
    whose words the texts all write in small letters or do not hold; else words the texts do
    not hold, or hold in small letters, are put in small letters (capitals only read as
    small letters: "LE LA LES ?" is "Le la les ?"). In an ``english`` question an English
    word is a common word too ("his team" stays so though the corpus writes "Team Alpes"),
    unless the texts write it with the next or previous word as a name ("lewis hamilton").
    """
    if not caseless(question):
        return question
    texts = list(texts)
    lowered = question.lower()
    words = list(_WORD.finditer(lowered))
    usual, alone = _spellings(texts)
    usual = _unaccented(usual, english)
    # Two words the texts write together as a name ("Lewis Hamilton"): names even in English,
    # whose word list holds "lewis" and "hamilton".
    paired = {
        k
        for i in range(len(words) - 1)
        if words[i].group() in usual
        and words[i + 1].group() in usual
        and any(f"{usual[words[i].group()]} {usual[words[i + 1].group()]}" in text for text in texts)
        for k in (i, i + 1)
    }
    named = {words[i].start() for i in _named(words, usual, alone | {words[k].group() for k in paired}, english)}
    cased = _WORD.sub(lambda m: usual[m.group()] if m.start() in named else m.group(), lowered)
    cased = _LINKED.sub(lambda m: _as_written(m, texts), cased)
    if cased == lowered and not _shouted(question):
        return question  # no word the corpus writes otherwise: as typed
    first = next((i for i, c in enumerate(cased) if c.isalpha()), None)
    if first is None:
        return cased
    return cased[:first] + cased[first].upper() + cased[first + 1 :]


def _unaccented(usual: dict[str, str], english: bool = False) -> dict[str, str]:
    """``usual`` with each name also under its letters without accents (pure): "lefevre"
    typed for "Lefèvre" takes the corpus's spelling, accents and all. Only words written with
    a capital, and not when the bare letters are a word's of the dictionary too ("desire" is
    "désire", not "Désiré"; "age" is "âge") or two names' ("Séries" and "Sèries")."""
    from paddockqa.lexical import fold_accents
    from paddockqa.text import is_english_word, is_folded_word

    more: dict[str, str] = {}
    taken: set[str] = set()
    for key, form in usual.items():
        bare = fold_accents(key)
        if bare == key or bare in usual or not form[:1].isupper():
            continue
        if is_folded_word(bare) or (english and is_english_word(bare)):
            continue
        if bare in more and more[bare] != form:
            taken.add(bare)  # two names: neither is meant
        more[bare] = form
    return usual | {bare: form for bare, form in more.items() if bare not in taken}


def _named(words: list[re.Match[str]], usual: dict[str, str], alone: set[str], english: bool = False) -> set[int]:
    """The positions of the words that take their capital (pure).

    A word no French dictionary holds ("philippe", "alms", "dijon") takes its usual form, as
    does one the texts write as a name on its own (``alone``: "Paris", "France"); another
    French word ("grand", "petit", "gaillard", "club") only beside a word that takes its
    capital, directly or across a link word ("philippe gaillard", "petit le mans", "grand prix
    de mosport"), so "son plus grand succès" keeps its small letters though the corpus writes
    "Grand Prix".
    """
    from paddockqa.text import is_english_word, is_word

    def common(word: str) -> bool:
        return is_word(word) or (english and is_english_word(word))

    capital = {i for i, m in enumerate(words) if m.group() in usual}
    chosen = {i for i in capital if words[i].group() in alone or not common(words[i].group())}
    grown = True
    while grown:
        grown = False
        for i in sorted(capital - chosen):
            if any(j in chosen for j in (_neighbour(words, i, -1), _neighbour(words, i, 1))):
                chosen.add(i)
                grown = True
    return chosen


def name_parts(name: str, key: str) -> list[str]:
    """The words of a name a text may call its bearer by, its telling word ``key`` aside (pure;
    small letters, no accents; a hyphenated given name is one word): "Jean-Éric Vergne" ->
    ["jean-eric"], "Ayrton Senna da Silva" -> ["ayrton", "senna"]."""
    from paddockqa.lexical import fold_accents

    folded_key = fold_accents(key.lower())
    return [w for w in _folded(name) if len(w) >= 3 and w not in _LINKS and folded_key not in w.split("-")]


def written_within(word: str, name: str, texts: Iterable[str]) -> bool:
    """Whether one of the texts, each a whole document, calls someone by ``word`` of ``name``
    (pure): it writes the word with a capital, in a run of capitalised words that are all the
    name's own ("qu'Elton a hérité", "Elton John", "Nyck De Vries"), and never beside another
    name. A document that writes "Philippe Gaillard" means him by "Philippe est…", not
    Philippe Alliot; "Le Suisse Alain Menu" is not Alain Prost; "Grand Prix de Mosport" is not
    Grand Prix de Zandvoort. A capital a dictionary word takes at a sentence's start is not a
    name's ("Lance la balle" does not call Lance Stroll), nor is one of a headline in capitals.
    """
    from paddockqa.lexical import fold_accents

    own = set(_folded(name))
    own |= {part for w in own for part in w.split("-")}
    return any(_calls_by(fold_accents(word.lower()), own, text) for text in texts)


def _folded(name: str) -> list[str]:
    """A name's words in small letters without accents, a hyphenated one whole (pure)."""
    from paddockqa.lexical import fold_accents

    return [fold_accents(m.group().lower()) for m in _WORD.finditer(name)]


def _placed_capital(line: str, at: int, word: str) -> bool:
    """Whether ``word`` at ``at`` is a dictionary word opening a sentence: its capital is the
    sentence's, not a name's ("Lance la balle", "Selon Elton") (pure)."""
    from paddockqa.text import is_word

    return _sentence_start(line, at) and is_word(word)


def _calls_by(word: str, own: set[str], text: str) -> bool:
    """``written_within`` for one document."""
    from paddockqa.lexical import fold_accents

    called = False
    for line in text.splitlines():
        if _shouted(line):
            continue  # a headline in capitals says nothing of which words are names
        found = list(_WORD.finditer(line))
        for k, match in enumerate(found):
            written = match.group()
            if not written[0].isupper() or fold_accents(written.lower()) != word:
                continue
            if _placed_capital(line, match.start(), written):
                continue  # "Lance la balle": the capital is the sentence's
            if any(fold_accents(found[j].group().lower()) not in own for j in _name_run(line, found, k)):
                return False  # the document calls another person by that word
            called = True
    return called


def _name_run(line: str, found: list[re.Match[str]], k: int) -> list[int]:
    """The positions of the capitalised words joined to word ``k`` on either side, across link
    words (pure). A word capitalised only because it opens a sentence ends the run ("Selon
    Elton"), unless no dictionary holds it or it is in capitals ("GROSJEAN Romain"); so does,
    before the word, one after an article ("Le Brésilien Ayrton Senna"), while after it
    "Grand Prix du Japon" stays one run."""

    def named(j: int) -> bool:
        w = found[j].group()
        return w[0].isupper() and (w.isupper() or not _placed_capital(line, found[j].start(), w))

    def noun(j: int) -> bool:  # "Le Brésilien Ayrton Senna", "du Suisse Alain Menu": a noun, then the name
        return j > 0 and found[j - 1].group().lower() in _ARTICLES

    run = []
    for step in (-1, 1):
        i = k
        while (j := _neighbour(found, i, step)) is not None and named(j) and _joined(line, found, i, j):
            if step < 0 and noun(j):
                break
            run.append(j)
            i = j
    return run


def _joined(line: str, found: list[re.Match[str]], j: int, k: int) -> bool:
    """Whether words ``j`` and ``k`` of the line have only spaces and words between them: no
    punctuation, which ends a name ("en Géorgie. J'ai") (pure)."""
    a, b = sorted((j, k))
    return not any(c in '.,;:!?()«»"“”' for c in line[found[a].end() : found[b].start()])


def _neighbour(words: list[re.Match[str]], i: int, step: int) -> int | None:
    """The word next to word ``i`` on the side of ``step``, across link words (pure)."""
    j = i + step
    while 0 <= j < len(words) and words[j].group() in _LINKS:
        j += step
    return j if 0 <= j < len(words) else None


# A small word between two capitalised ones: "Petit le Mans" may be "Petit Le Mans". The
# third word is looked at, not taken, so it can be the first of the next ("Dumas au Petit le").
_LINKED = re.compile(r"(?<![\w’'-])([A-ZÀ-Ý][\w’'-]*) ([a-zà-ÿ]{1,3}) (?=([A-ZÀ-Ý][\w’'-]*)(?![\w’'-]))")


def _as_written(match: re.Match[str], texts: list[str]) -> str:
    """The first two words as the texts write them when they hold the three with the middle
    word capitalised, else as they are (pure)."""
    first, small, last = match.groups()
    capital = f"{first} {small[0].upper()}{small[1:]} "
    return capital if any(capital + last in text for text in texts) else match.group()


def _shouted(text: str) -> bool:
    """Whether the text has no small letter: typed or set in capitals only (pure)."""
    return not any(c.islower() for c in text)


def _sentence_start(text: str, at: int) -> bool:
    """Whether the word at ``at`` opens a sentence, a line or a quotation (pure)."""
    before = text[:at].rstrip(" \t\u00a0\u202f«“\"'(")
    return not before or before[-1] in ".!?:\n…»"


def _positional(line: str, at: int, word: str) -> bool:
    """Whether the capital of ``word`` at ``at`` may be its place's, not its own (pure): it
    opens a sentence, or it is a dictionary word opening a table's cell or a list item
    ("; Nationalité : française", "| Contact", "• Budget"; "| Sarah Lefèvre" is a name)."""
    from paddockqa.text import is_word

    if _sentence_start(line, at):
        return True
    before = line[:at].rstrip(" \t\u00a0\u202f")
    return bool(before) and before[-1] in ";|•" and is_word(word)


def uncased_names(question: str) -> list[str]:
    """The names a question typed without case may hold (pure): runs of two words or more of
    ``UNCASED_NAME_LETTERS`` letters or more that no French dictionary holds (``text.is_word``)
    and, from ``TYPO_LETTERS`` letters, that are not one letter away from a word of it:
    "vinqueur" is a typo of "vainqueur", while "prost" or "senna" (one letter from "prose",
    "sonna") are too short to tell. "quel âge a alain prost ?" -> ["alain prost"]."""
    from paddockqa.text import is_word, near_word

    runs: list[list[re.Match[str]]] = []
    for match in _LETTERS.finditer(question):
        word = match.group().lower()
        if len(word) < UNCASED_NAME_LETTERS or is_word(word) or (len(word) >= TYPO_LETTERS and near_word(word)):
            continue
        previous = runs[-1][-1] if runs else None
        if previous is not None and question[previous.end() : match.start()].strip(" -") == "":
            runs[-1].append(match)
        else:
            runs.append([match])
    # Two words at least (a first name and a name): a single word a dictionary lacks is as
    # often a typo ("coruse") or jargon ("shakedown", "qualifs") as a name.
    return [question[run[0].start() : run[-1].end()].lower() for run in runs if len(run) >= MIN_UNCASED_NAME_WORDS]
