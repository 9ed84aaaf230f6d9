"""The language of a question, so that our own words in its reply are said in it.

The answers are the corpus's French sentences, quoted as they are; what PaddockQA says itself
(a refusal, a notice, a greeting back, the labels of the CLI and of the OpenAI-compatible
API) follows the question: English for a question in English ("How old is Philippe
Gaillard?", "Hello", "And Romain Dumas?"), French otherwise. The web page speaks its
browser's language instead (``i18n``).

A question is English when more of its words are English function words than French ones:
questions are short and made of such words ("what", "who", "is", "did" against "quel",
"qui", "est", "a-t-il"), and numbers and the corpus's words count for neither; nor do the
words of a name ("Will Power", "Spirit of Daytona", "The Flying Lizard": a run of
capitalised words and the small words between them), nor those in quotes (a title: "Who
wrote "De l'esprit géométrique"?"). A question with none of either ("Romain Dumas ?") is
French, the corpus's language.
"""

from __future__ import annotations

import re
from dataclasses import replace

from paddockqa.domain import Answer
from paddockqa.messages import Message

ENGLISH = "en"
FRENCH = "fr"

# Words of one language only: "a", "on", "en", "son" and the like are in both and count for neither.
ENGLISH_WORDS = frozenset(
    """the of is are was were be been what who whom whose which when where why how did does do
    has have had would can could should in at for with from by to his her hers their they he she
    it its this that these those there and or about after before during between won win wins
    hello hi hey thanks thank you bye goodbye please tell many much old""".split()
)
_FRENCH_WORDS = frozenset(
    """le la les un une des du de d l est sont était étaient été qui que qu quoi quel quelle quels
    quelles quand où pourquoi comment combien ont au aux dans pour avec par sur sa ses leur leurs
    il elle ils elles ce cette ces cet et ou lors après avant pendant entre t-il t-elle
    je tu nous vous me te se ne pas y bonjour bonsoir salut merci revoir bientôt svp dites moi""".split()
)
_WORD = re.compile(r"[^\W\d_]+(?:-t-(?:il|elle))?", re.UNICODE)
# Words that lead a question before a name, never part of it.
_LEADS = frozenset(
    """and what who whom whose which when where why how is are was were did does do has have can could
    would should tell hello hi thanks et quel quelle quels quelles qui que quand où pourquoi comment
    combien est""".split()
)
_LATIN = frozenset({"extremis", "fine", "situ", "memoriam"})  # "in extremis": French as well


# A title or a saying in quotes is in its own language ("Who wrote "De l'esprit géométrique"?").
# A quote left open runs to the end; ‘ ’ are left alone, being apostrophes too ("l’esprit").
_QUOTED = re.compile(r"«[^»]*(?:»|$)|“[^”\"]*(?:[”\"]|$)|\"[^\"”]*(?:[\"”]|$)")


def question_language(question: str) -> str:
    """``"en"`` for a question in English, else ``"fr"`` (pure; see the module's rule). Words
    in quotes count for neither, unless the question is nothing else."""
    return stated_language(question) or FRENCH


def stated_language(question: str) -> str | None:
    """``question_language``'s answer when the question's own words decide it, None when they
    hold as many function words of each language, or none ("Philippe Gaillard’s age?",
    "Romain Dumas ?") (pure)."""
    unquoted = _QUOTED.sub(" ", question)
    found = _WORD.findall(unquoted) or _WORD.findall(question)
    english = french = 0
    for i, word in enumerate(found):
        if _in_name(found, i):
            continue
        lower = word.lower()
        if lower in ENGLISH_WORDS and not (i + 1 < len(found) and found[i + 1].lower() in _LATIN):
            english += 1
        elif lower in _FRENCH_WORDS or lower.endswith(("-t-il", "-t-elle")):
            french += 1
    if english == french:
        return None
    return ENGLISH if english > french else FRENCH


def _in_name(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` belongs to a name: capitalised beside another capitalised word
    ("Will Power", "The Flying Lizard"), or small between two ("Spirit of Daytona") (pure)."""

    def capital(j: int) -> bool:
        return 0 <= j < len(words) and words[j][:1].isupper()

    if words[i].lower() in _LEADS:  # "And Romain Dumas?", "Et Romain Dumas ?": a question's head
        return False
    if capital(i):
        return capital(i - 1) or capital(i + 1)
    return capital(i - 1) and capital(i + 1)


def in_language(answer: Answer, lang: str) -> Answer:
    """``answer`` with our own words (its message, notice and the reasons of sentences marked ⚠)
    first written in ``lang``, so its text, its JSON and the CLI say them in it; they can still be
    said in any language (pure)."""
    message = _rebased(answer.message, lang)
    notice = _rebased(answer.notice, lang) if isinstance(answer.notice, Message) else answer.notice
    reasons = tuple(Message(r.key, r.values, lang) if isinstance(r, Message) else r for r in answer.unsupported_reasons)
    text = str(message) if message is not None else answer.text
    return replace(answer, message=message, notice=notice, text=text, unsupported_reasons=reasons)


def _rebased(message: Message | None, lang: str) -> Message | None:
    return None if message is None else Message(message.key, message.values, base=lang)
