"""The language of a question, so that our own words in its reply are said in it.

The answers are the corpus's French sentences, quoted as they are; what PaddockQA says itself
(a refusal, a notice, a greeting back, the labels of the CLI and of the OpenAI-compatible
API) follows the question: English for a question in English ("How old is Philippe
Gaillard?", "Hello", "And Romain Dumas?"), French otherwise. The web page speaks its
browser's language instead (``i18n``).

A question is English when more of its words are English function words than French ones:
questions are short and made of such words ("what", "who", "is", "did" against "quel",
"qui", "est", "a-t-il"), and names, numbers and the corpus's words count for neither. A
question with none of either ("Romain Dumas ?") is French, the corpus's language.
"""

from __future__ import annotations

import re
from dataclasses import replace

from paddockqa.domain import Answer
from paddockqa.messages import Message

ENGLISH = "en"
FRENCH = "fr"

# Words of one language only: "a", "on", "en", "son" and the like are in both and count for neither.
_ENGLISH_WORDS = frozenset(
    """the an of is are was were be been what who whom whose which when where why how did does do
    has have had will would can could should in at for with from by to his her hers their they he she
    it its this that these those there and or about after before did during between won win wins
    hello hi hey thanks thank you bye goodbye please tell me many much old""".split()
)
_FRENCH_WORDS = frozenset(
    """le la les un une des du de d l est sont était étaient été qui que qu quoi quel quelle quels
    quelles quand où pourquoi comment combien ont au aux dans pour avec par sur sa ses leur leurs
    il elle ils elles ce cette ces cet et ou lors après avant pendant entre t-il t-elle
    bonjour bonsoir salut merci revoir bientôt svp dites moi""".split()
)
_WORD = re.compile(r"[^\W\d_]+(?:-t-(?:il|elle))?", re.UNICODE)


def question_language(question: str) -> str:
    """``"en"`` for a question in English, else ``"fr"`` (pure; see the module's rule)."""
    words = [w.lower() for w in _WORD.findall(question)]
    english = sum(w in _ENGLISH_WORDS for w in words)
    french = sum(w in _FRENCH_WORDS or w.endswith(("-t-il", "-t-elle")) for w in words)
    return ENGLISH if english > french else FRENCH


def in_language(answer: Answer, lang: str) -> Answer:
    """``answer`` with our own words (its message and notice) first written in ``lang``, so its
    text, its JSON and the CLI say them in it; they can still be said in any language (pure)."""
    message = _rebased(answer.message, lang)
    notice = _rebased(answer.notice, lang) if isinstance(answer.notice, Message) else answer.notice
    text = str(message) if message is not None else answer.text
    return replace(answer, message=message, notice=notice, text=text)


def _rebased(message: Message | None, lang: str) -> Message | None:
    return None if message is None else Message(message.key, message.values, base=lang)
