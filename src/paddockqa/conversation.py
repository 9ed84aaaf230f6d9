"""Follow-up questions understood offline: a question that leans on the conversation, made whole.

"Quel âge a Philippe Gaillard ?" then "Et d'où vient-il ?": the second question has no
subject of its own, so searching it alone finds whatever "vient" matches. Peers (Open
WebUI, kotaemon, PrivateGPT) ask an LLM to rewrite such a question; this module does it
with rules on French question shapes, in well under a millisecond, and says what it
understood so the user can check it.

A question *leans on* the conversation when it starts with "Et" (or "Quant à", "And",
"What about", "As for"), holds a pronoun that
stands for someone (il, elle, lui, son, sa, ses, leur, y, "l'"/"les" before an auxiliary…;
not the impersonal "il y a", "faut-il"), or is a few words with no name of its own ("Avec
qui ?"). A name after a demonstrative or "quel" is not a name of its own: "ce Tour" points
back, "Dans quel État … ?" is what is asked. It is then
resolved with the *subject* of the previous turns: the first name their questions gave
(or, after a "Qui … ?", the name the answer gave):

- a pronoun that is the subject of an inverted verb keeps its verb and gets the name
  before it (complex inversion: "D'où vient-il ?" -> "D'où Philippe Gaillard vient-il ?");
- "il"/"elle" as the subject of a clause becomes the name ("Quand est-ce qu'il a gagné ?");
- a possessive becomes an article, the name after its noun phrase ("Quel est son âge ?" ->
  "Quel est l'âge de Philippe Gaillard ?");
- "Et <a name> ?" asks the previous question again about the new name (the frame is kept:
  "Quel âge a Philippe Gaillard ?" then "Et Romain Dumas ?", "Et pour Romain Dumas ?",
  "And Romain Dumas?");
- a bare question phrase ("Contre quelle équipe ?", "Et quand ?") leads the previous
  question's clause when that is a subject with its inverted verb ("Quel exploit Ian Kinsler
  réalise-t-il le 15 avril 2009 ?" -> "Contre quelle équipe Ian Kinsler réalise-t-il le 15
  avril 2009 ?");
- anything else keeps its words and gets the subject and the other names in parentheses
  ("Avec qui ? (Romain Dumas, Petit Le Mans)"), which is what the search needs.

A question that names someone new and leans on nothing switches topic: it is left as typed.
A name put first and taken up by a pronoun ("Et Patrick Pilet, quelle est son écurie ?") is
the question's own subject, in a first question as in a follow-up: the pronoun becomes it.
Everything here is pure: the caller keeps the turns (``Turn``), or rebuilds them from an
API's ``{"role", "content"}`` messages (``turns_from_messages``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from paddockqa.binding import A_DAY, DAY_WORDS, WHO_ASKED
from paddockqa.domain import Answer
from paddockqa.i18n import t
from paddockqa.language import question_language, stated_language
from paddockqa.messages import CATALOG, en
from paddockqa.render import UNSUPPORTED

# Words that start a question or a clause with a capital without being a name.
_NOT_NAMES = frozenset(
    """à au aux avec ce ces cet cette combien comment d dans de des du elle elles en est et
    il ils je l la le les leur leurs lui ma mais mes mon nous on ou où par pour pourquoi
    qu quand que quel quelle quelles quels qui quoi sa sans se ses si son sur ta tes ton tu
    un une vous y c s n j m t a ont était peut-on pouvez-vous dites-moi donne-moi
    what who when where which why how is are was were the a an do does did and in on at for
    monday tuesday wednesday thursday friday saturday sunday""".split()
)  # (English days are capitalised, and no one: "Why did he retire on Sunday?", a seventeenth walk)
_PUT_FIRST = re.compile(r"^(?:lui|elle|eux|elles|him|her|them)\s*,\s*(?=\w)", re.IGNORECASE)
# The words a question opens with: one slip from one of them ("Qeul", "Quell", "Combein") is
# that word mistyped, not a name (``_mistyped``).
_QUESTION_WORDS = frozenset(
    """combien comment pourquoi quand quel quelle quelles quels qui quoi lequel laquelle lesquels lesquelles
    who what when where which why how""".split()
)
# Lower-case words that may sit inside a name ("Circuit de la Sarthe", "Le Mans", "Jeanne d'Arc").
_NAME_LINKS = frozenset(
    {"de", "du", "des", "la", "le", "d", "d’", "d'", "l", "l’", "l'", "von", "van", "der", "del", "di"}
)
_WORD = re.compile(r"[\w’'-]+", re.UNICODE)
_ATTACHED = re.compile(r"-(?:t-)?(?:il|elle|ils|elles|on|je|tu|nous|vous|ce|moi|toi|lui|leur|le|la|les|y|en)$", re.I)
_APOSTROPHE = "’'"
_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-"})
_ARTICLE_BEFORE = re.compile(r"(?:\b(?:le|la|les)\s+|\bl[’'])$", re.IGNORECASE)
# A run after these is a complement ("l'étape du Tour de France"), not the question's subject.
_COMPLEMENT_BEFORE = re.compile(r"(?:\b(?:du|de|des|de\s+la)\s+|\bd[’'])$", re.IGNORECASE)
_ORDINAL = re.compile(r"^[IVXLCDM]+(?:e|er|ème)$")  # "XIXe siècle", "Ier": numbers, not names

# "vient-il", "a-t-elle": a verb with its subject pronoun after it. The whole is kept and the
# name goes before the verb ("D'où Philippe Gaillard vient-il ?"), which is standard French.
_INVERTED = re.compile(r"(?<![\w’'-])((?:[snmtlj][’'])?\w+)-(?:t-)?(il|elle|ils|elles)\b", re.IGNORECASE)
# After "que": simple inversion, the name after the verb ("Que pense-t-il ?" -> "Que pense Patrick Pilet ?").
# ("Qu'en dit-il ?" -> "Qu'en dit Patrick Pilet ?": a clitic may stand between.)
_QUE_INVERTED = re.compile(
    r"\b(qu[’']|que\s+)((?:en|y|lui|leur)\s+)?(\w+)-(?:t-)?(?:il|elle|ils|elles)\b", re.IGNORECASE
)
_YEAR = re.compile(r"\b(?:1[5-9]|20)\d\d\b")
# A name after these is most often a place ("aux États-Unis", "en Belgique"), not whom the talk is about.
_PLACE_BEFORE = re.compile(r"(?:\b(?:à|au|aux|en|dans|des|vers|at|in)\s+|\bd[’'])$", re.IGNORECASE)
# The words that take up the conversation at a question's head, as "Et" does: "And Romain
# Dumas?", "What about him?", "Quant à Romain Dumas ?" (a name right after them is whom the
# question is about, never a place; "Quant au Mans, …" is about a place, no lead).
_TAKES_UP = re.compile(
    r"^\s*(?:(?:et\s+)?quant\s+à|(?:and\s+)?(?:what|how)\s+about|as\s+for|et|and)(?![\w’'-])[\s,]*",
    re.IGNORECASE,
)
# A name after "quel" is what is asked ("Dans quel État … ?"), and a common word capitalised
# after a demonstrative points back ("ce Tour": the one just talked about): neither is a new
# subject. ("Est-ce Romain Dumas ?" is no demonstrative: the hyphen is excluded.)
_ASKED_BEFORE = re.compile(r"(?<![\w’'-])(?:quel|quelle|quels|quelles|which)\s+$", re.I)
_ARTICLE_BEFORE = re.compile(r"(?:(?<![\w’'-])(?:le|la|les|du|des|au|aux)\s+(?:\d+\s+)?|(?<![\w’'-])l[’'])$", re.I)
_ENGLISH_FRAME = re.compile(r"\s*(?:who|what|when|where|which|how|why|did|does|do|is|was|are|were|has|have)\b", re.I)
_ROMAN = re.compile(r"^[IVXLCDM]+$")  # "Louis XIV", "Jean-Paul II": a name's number, no acronym
_DEMONSTRATIVE_BEFORE = re.compile(r"(?<![\w’'-])(?:ce|cet|cette|ces|this|that)\s+$", re.I)
# Impersonal "il": no one is meant ("y a-t-il", "faut-il", "s'agit-il", "il y a", "il faut"),
# in every tense ("y aura-t-il", "faudra-t-il", "a-t-il fallu", "il pleuvra"). "Faire" is
# impersonal only for the weather ("Quel temps fera-t-il ?", "fait-il beau ?"): "Que fait-il
# ?" is about someone.
_AVOIR = r"(?:a|avait|aura|aurait|eut)"
_FALLOIR = r"(?:faut|fallait|faudra|faudrait|fallut)"
_AGIR = r"(?:agit|agissait|agira|agirait)"
_WEATHER = r"(?:pleut|pleuvait|pleuvra|pleuvrait|neige|neigeait|neigera|neigerait|gèle|gelait|gèlera)"
_FAIRE = r"(?:fait|faisait|fera|ferait|fit)"
_WEATHER_WORD = r"(?:beau|chaud|froid|doux|frais|bon|mauvais|gris|sec|humide|nuit|jour|soleil|du\s+vent)"
_IMPERSONAL = re.compile(
    rf"\by\s+(?:en\s+)?{_AVOIR}-(?:t-)?il\b|\bheure\s+est-il\b"
    r"|\best-il\s+(?:possible|vrai|nécessaire|utile|normal|temps|question|interdit|permis|arrivé|advenu)\b"
    r"|\bs[’']est-il\s+passé\b"
    rf"|\b(?:{_FALLOIR}|{_AGIR}|{_WEATHER}|reste|suffit|semble|existe|importe|vaut)-(?:t-)?il\b"
    r"|\ba-t-il\s+(?:fallu|neigé|gelé)\b"  # not "plu": "A-t-il plu aux sponsors ?" is "plaire"
    # not "Combien de temps fera-t-il au volant ?": a driver's time
    rf"|(?<!combien\sde\s)\b(?:temps|température)\s+{_FAIRE}-(?:t-)?il\b|\b{_FAIRE}-(?:t-)?il\s+{_WEATHER_WORD}\b"
    r"|(?<!combien\sde\s)\b(?:temps|température)\s+va-t-il\s+faire\b"
    r"|\b(?:peut|pourrait|va|devrait)-(?:t-)?il\s+(?:pleuvoir|neiger|y\s+avoir|falloir)\b"
    rf"|\bil\s+(?:y\s+{_AVOIR}|{_FALLOIR}|s[’']{_AGIR}|{_WEATHER}|reste|suffit|semble|existe|est\s+possible)\b"
    rf"|\bil\s+{_FAIRE}\s+{_WEATHER_WORD}\b",
    re.IGNORECASE,
)
# A noun phrase as the subject of an inverted verb ("Comment le public américain l'a-t-il
# reçu ?", "Où la course a-t-elle eu lieu ?"): the pronoun after the verb repeats it. It is
# told by where it stands: right after the question's own words, led by a determiner.
_NOUN_SUBJECT = re.compile(
    r"^\s*(?:(?:[\w’']+\s+)?quel(?:le)?s?\s+[\w’'-]+|comment|pourquoi|quand|où|d[’']où|depuis\s+quand"
    # "Combien d'argent l'écurie sarthoise va-t-elle dépenser ?" (a fourth walk)
    r"|combien(?:\s+de\s+[\w’'-]+|\s+d[’']\s*[\w’'-]+)?)\s+"
    r"(?:(cette|cet|ces|ce|leurs|leur|les|le|la|une|un|notre|nos|votre|vos)\s+|l[’']\s*)"
    r"[\w’'-]+(?:\s+[\w’'-]+){0,3}\s*$",
    re.IGNORECASE,
)
# The same opening a yes-or-no question ("Le classement officiel a-t-il été confirmé ?"), but
# for a time ("L'an dernier a-t-il gagné ?", "Le lendemain a-t-il couru ?"), which is no subject.
_OPENING_NOUN_SUBJECT = re.compile(
    r"^\s*(?:(cette|cet|ces|ce|leurs|leur|les|le|la|une|un|notre|nos|votre|vos)\s+|l[’']\s*)"
    r"(?!(?:an|année|annee|lendemain|veille|jour|matin|soir|soirée|week-end|weekend|semaine|mois|saison|"
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b)"
    r"[\w’'-]+(?:\s+[\w’'-]+){0,3}\s*$",
    re.IGNORECASE,
)
# The pronouns a determiner's noun phrase can be repeated by ("cette année a-t-il": not it).
_AGREES = {
    **dict.fromkeys(("le", "un", "ce", "cet"), ("il",)),
    **dict.fromkeys(("la", "une", "cette"), ("elle",)),
    **dict.fromkeys(("les", "ces", "leurs", "nos", "vos"), ("ils", "elles")),
}
# A question phrase and nothing else ("Contre quelle équipe ?", "Et quand ?", "Pourquoi ?"),
# and the same at the head of a question, with the clause it leads ("Quel exploit | Ian
# Kinsler réalise-t-il … ?", "Lors de quelle bataille | Baker a-t-il été tué ?").
_PREPOSITIONS = (
    r"(?:à|au|aux|avec|contre|pour|par|de|du|des|dans|en|sur|sous|chez|vers|depuis|pendant|lors"
    r"|après|avant|selon|entre|sans|jusqu[’']à)"
)
_ASK_PHRASE = (
    rf"(?:{_PREPOSITIONS}\s+){{0,2}}(?:quel(?:le)?s?\s+[\w’'-]+|qui|quoi|quand|où|d[’']où|comment|pourquoi"
    r"|combien(?:\s+de\s+[\w’'-]+|\s+d[’'][\w’'-]+)?)"
)
# A sentence's first word that names("Selon Romain Dumas") keeps with the name after it, yet
# is no part of it (a first name that is also a word, "Oscar Robertson", is).
_LEAD_WORDS = (
    rf"{_PREPOSITIONS}|bonjour|bonsoir|salut|merci|alors|donc|mais|puis|ensuite|enfin|aussi|quant|concernant"
    r"|parmi|malgré|hormis|outre|sauf|hello|thanks|about|for|with|from|according"
)
# Before an inverted verb, a subject stands alone: no second clause, no relative, no verb.
_NOT_A_SUBJECT = re.compile(r"(?<![\w’'-])(?:qui|que|qu[’']|et|ou|où|mais|dont|est|sont|a|ont)(?![\w’'-])|,", re.I)
_AUXILIARIES = frozenset("a ont est sont était étaient avait avaient sera seront aura auront fut eut".split())
# A past participle after the auxiliary, ending the clause or before a complement, not a verb.
_PARTICIPLE = re.compile(
    r"\s+([a-zà-ÿ’'-]+(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|it|ite|its|ites|ert|erte|erts|eint|aint|ort|orte))"
    r"(?![\w’'-])(?=\s*(?:\?|$|(?:à|au|aux|en|de|du|des|lors|pendant|depuis|cette|ce|cet|chez|pour|avec|contre|sur)\s))",
    re.IGNORECASE,
)
_NOT_PARTICIPLES = frozenset("si ni lui aussi ici parmi depuis puis plus jamais mais quoi ainsi ensuite vite".split())
_COMPLEMENT_AFTER = re.compile(r"(?:du|de|des)\s|d[’']", re.IGNORECASE)
_BARE_ASK = re.compile(rf"\s*(?:et\s+)?({_ASK_PHRASE})\s*\??\s*$", re.IGNORECASE)
_FRAME = re.compile(rf"\s*{_ASK_PHRASE}\s+(\S.*)$", re.IGNORECASE | re.DOTALL)
# Small words that belong before the verb they precede: the name goes before them.
_CLITICS = re.compile(r"(?:\b(?:en|y|ne|le|la|les|lui|leur|se|me|te)\s+|\b[nmtsl][’'])+$", re.IGNORECASE)
# "il"/"elle" as a clause's subject, alone or after "qu'".
_SUBJECT = re.compile(r"(?:(?<=\bqu[’'])|(?<![\w’'-]))(il|elle|ils|elles)(?![\w’'-])", re.IGNORECASE)
# The same, or after a verb's hyphen ("vient-il", "qu'ont-ils"): a subject pronoun, however attached.
_ANY_SUBJECT_PRONOUN = re.compile(r"(?:(?<=-)|(?<=\bqu[’'])|(?<![\w’'-]))(il|elle|ils|elles)(?![\w’'-])", re.I)
# Words of a team's or an event's name, which no person's holds, and makes, which open a
# model's name: a fourth walk's "Team Anjou Kart Racing", "Aravis Racing" and "Toyota Hilux" took
# the ages and places of the drivers beside them ("Âgée de 14 ans, la pilote angevine du Team
# Anjou Kart Racing…"). A make closing a name is a surname: Enzo Ferrari, Louis Renault.
_NOT_PERSON_WORDS = frozenset(
    """team racing motorsport motorsports sport sports compétition competition club kart karting rallye rally
    moto motos automobile automobiles engineering performance academy écurie équipe scuderia squadra
    autosport autosports events group groupe association fédération federation cup coupe trophy trophée series
    championnat championship prix circuit mutuelle banque assurances société fondation
    élite elite pro open masters challenge supercar supercars division classic classique gentlemen
    académie école school institut institute comité ligue league festival salon
    course courses race races manche manches heat heats superpole sprint finale étape
    historique historic arena stadium stade catégorie catégories category superbike supersport
    superstock super buggy buggies tourisme production formula endurance proto protos monoplace monoplaces
    prestige espoirs féminines vétérans cars trucks bikes""".split()
)  # a series of vehicles ("Legend Cars" was a second person asked beside Hugo Rouvière, a
# twenty-first walk); a category too: "la finale Elite Pro" was a person beside a winner (a fifth walk); a school
# ("Académie Vitesse Jeunes", a thirteenth walk's headline, was its protagonist); a race ("la
# Course Superpole" was whose gap was asked, a thirteenth walk); a venue or an event ("Paris La
# Défense Arena", "Rallye Monte-Carlo Historique" were whom "Le Nantais", "Le sexagénaire" stood
# for, a fourteenth walk)
MAKES = frozenset(
    """porsche ferrari toyota citroën peugeot renault alpine mercedes audi ford hyundai škoda skoda lamborghini
    vauxhall iveco scania volvo daf
    mclaren ducati yamaha honda kawasaki suzuki aprilia mygale ligier oreca dallara lotus bentley nissan mazda
    subaru volkswagen opel dacia lancia jaguar maserati bugatti chevrolet corvette cadillac aston mini mitsubishi
    dodge can-am iveco tatra triumph prodrive scania ktm husqvarna sherco bmw lexus kia seat cupra
    alfa fiat abarth simca matra caterham ginetta tatuus crosslé chevron ralt fantic benelli bultaco montesa cagiva
    bimota husaberg commencal specialized trek orbea mondraker haibike cannondale""".split()
)
# "Mary", "Joliot-Curie", "McTavish", "O'Brien" (a twelfth walk's "Ewan McTavish" was no one); not "RS", "B"
# (Central European letters too: "Jiří Svoboda", "Tomáš Hrubý", "Marek Kučera" were no one, a
# twenty-second walk)
_PERSON_WORD = re.compile(r"^(?:Mc|Mac|O['’])?[A-ZÀ-ÝĀ-Ž][a-zà-ÿĀ-ž]+(?:-[A-ZÀ-ÝĀ-Ž][a-zà-ÿĀ-ž]+)?$")
# What only a person has: asked with a pronoun, it stands for a person of the conversation
# ("Qui a recruté Nadia Benali ?" -> "L'écurie Alpine…", then "Quel âge a-t-elle ?").
_ASKS_A_PERSON = re.compile(
    r"\b(?:quel\s+âge|âgée?s?|née?s?|naissance|natale?|originaire|d['’]\s*où\s+vien\w*|métier|profession|"
    r"nationalité|mariée?|how\s+old|born|where\s+(?:is|was)\s+(?:he|she)\s+from)\b",
    re.IGNORECASE,
)
# A question asking for a place by its noun ("Sur quel circuit …", "Quelle est la ville natale
# de …"); a bare "Où … ?" is left out: after "Où est né Philippe Gaillard ?", "Où se trouvait-il
# lors de l'accident ?" is about him.
# Or for an organisation by its noun ("Et Patrick Pilet, quelle est son écurie ?"): a
# pronoun after it that agrees with the noun and is founded, based or owned is the
# organisation answered ("Quand a-t-elle été fondée ?"), not the driver.
_PLACES = (
    "circuit tracé piste ville pays lieu endroit stade région département état hôtel village commune île province"
).split()
_ORGANISATIONS = (
    "écurie équipe team marque constructeur société entreprise structure usine club association fédération organisation"
).split()
_ASKS_WHERE = re.compile(
    r"\bquel(?:le)?s?\s+(?:(?:est|était|sera)\s+(?:le|la|l[’']|les|son|sa)\s*)?"
    rf"({'|'.join(_PLACES + _ORGANISATIONS)})(?![\w’'-])",
    re.IGNORECASE,
)
_FEMININE_PLACES = frozenset(
    "piste ville région commune île province écurie équipe marque société entreprise structure usine association "
    "fédération organisation".split()
)
# Where it is, asked with nothing else: "C'est où ?", "Où est-ce ?", "Où ça ?", "Where is it?".
_WHERE_ALONE = re.compile(
    r"^\s*(?:et\s+)?(c[’']est\s+où|où\s+(?:est-ce|ça|c[’']est)|where\s+is\s+(?:it|that))"
    r"(?:\s+exactement|\s+exactly)?\s*\?*\s*$",
    re.IGNORECASE,
)
# What is said of an organisation, not of a person: "Quand a-t-elle été fondée ?", "Où est-il basé ?".
_ORGANISED = re.compile(
    r"(?<![\w’'-])(?:fondée?s?|créée?s?|basée?s?|implantée?s?|rachetée?s?|détenue?s?|appartient|appartenait)(?![\w’'-])",
    re.IGNORECASE,
)
# A question asking where its (singular) pronoun is: "Où se trouve-t-il ?", "Dans quel pays
# est-elle située ?", "Où est-il ?"; not "se trouvent-ils", nor "se trouver".
_LOCATED = re.compile(
    r"(?<![\w’'-])(?:se\s+(?:trouve|situe|trouvait|situait)(?:-t)?-(?:il|elle)"
    r"|(?:il|elle)\s+se\s+(?:trouve|situe|trouvait|situait)|(?:est|était)-(?:il|elle)\s+situé"
    r"|(?:il|elle)\s+(?:est|était)\s+situé)(?![\w’'-])|^\s*où\s+(?:est|était)-(?:il|elle)\s*\?*\s*$",
    re.IGNORECASE,
)
# "de"/"à" right before a possessive: with "le"/"les" they contract ("du", "des", "au", "aux").
_CONTRACTS = re.compile(r"(?<![\w’'-])(de|à|De|À)\s+$")
# "leur(s)" is left out: its gender is unknown and it often means the question's own plural.
_POSSESSIVE = re.compile(r"(?<![\w’'-])(son|sa|ses)\s+(\w[\w’'-]*)", re.IGNORECASE)
# Pronouns for someone already named ("l'" is left out: it is the article far more often).
_OBJECT = re.compile(
    r"(?<![\w’'-])(?:lui|leur|y|celui-ci|celle-ci|ce dernier|cette dernière)(?![\w’'-])"
    # "y" elided into: "Comment s'y rendre ?" (a fifth walk's, asked of no place).
    r"|(?<![\w’'-])[smntlj][’']y(?![\w’'-])"
    # ... but "l'"/"les" before an auxiliary are pronouns: "Qui les a publiées ?", "l'a-t-il reçu".
    # ("Qui l'a emporté ?" is "who won": no one is meant).
    r"|(?<![\w’'-])(?:l[’']|les\s+)(?:a|ont|avait|avaient|aura|auront)(?![\w’'])(?!\s+(?:\w+\s+)?emporté)",
    re.I,
)
# A short question leans on the talk only if it asks something ("Avec qui ?", not "Merci !").
_ASKS = re.compile(
    r"\?\s*$|^\s*(?:et\s+)?(?:qui|que|quoi|quand|où|comment|combien|pourquoi|quel(?:le)?s?|lequel|laquelle)\b",
    re.IGNORECASE,
)
# Words that end a noun phrase after a possessive's noun.
_PHRASE_ENDS = frozenset(
    """à au aux avec dans de des du en et est était a ont pour par sur sous vers chez lors
    depuis pendant quand qui que qu où ou mais quant selon contre entre parmi ?""".split()
)
_VOWEL = re.compile(r"^[aeiouyéèêëàâäîïôöûühAEIOUYÉÈÊÀÂÎÔÛH]")
# "de" elides before a name's vowel ("l'objectif d'Olivier Ravel"), not before its h, which
# names often aspirate ("de Hamilton").
_NAME_VOWEL = re.compile(r"^[aeiouyéèêëàâäîïôöûüAEIOUYÉÈÊÀÂÎÔÛ]")
# English questions about the French texts work too: "he"/"she" become the name, "his"/"her" its possessive.
_ENGLISH = re.compile(r"\b(?:he|she|his|her|him|they|their|them)\b", re.IGNORECASE)
# What ends an answer of ours sent back in a conversation, by the language of its question.
SOURCES_HEADINGS = {"fr": "\n\nSources :\n", "en": "\n\nSources:\n"}
_SOURCES = re.compile("|".join(re.escape(h) for h in SOURCES_HEADINGS.values()))
MAX_MESSAGE_CHARS = 4000  # of each earlier message, read for its names
# The bounds of a conversation, the same for the CLI, the app and the APIs:
MAX_TURNS = 10  # turns a follow-up may lean on; older ones are let go
MAX_PARTNER_ANSWER_WORDS = 8  # a longer answer is a whole reply: it names too much to give "ils" a partner
MAX_MESSAGES = 200  # messages an API caller may send; more is refused, not read
SHORT = 4  # words: a question this short with no name of its own is an ellipsis ("Avec qui ?")
# A question phrase and its noun's complement, no verb: "Avec combien de points de pénalité ?",
# "Quel écart à l'arrivée ?".
_ASK_PHRASE_ALONE = re.compile(
    rf"\s*(?:et\s+)?(?:{_PREPOSITIONS}\s+)?(?:combien\s+(?:de\s+|d[’']\s*)|quel(?:le)?s?\s+)[\w’'-]+"
    r"(?:\s+(?:de|d[’']|du|des|à|au|en)\s*(?:l[’']|la\s+|le\s+)?[\w’'-]+){0,2}\s*\?*\s*$",
    re.IGNORECASE,
)
# Words that ask nothing by themselves: "Et elle ?", "And him?" hold only these and names.
_EMPTY_WORDS = frozenset(
    """et alors puis aussi il elle ils elles lui eux moi toi nous vous lui-même elle-même celui-ci
    celle-ci ceux-ci celles-ci celui-là celle-là ceux-là celles-là ça cela ceci ce cette dernier dernière
    and also then too he she him her they them it what about""".split()
)
# After the lead word, the words that bring the name in ("Et pour Romain Dumas ?", "And for
# him?"); only at the head: "Et Romain Dumas pour Porsche ?" asks about Porsche too.
_ABOUT = re.compile(
    r"^\s*(?:(?:pour|concernant|for|regarding|about)(?![\w’'-])|(?:du\s+côté|au\s+sujet)\s+d(?:e(?![\w’'-])|[’']))\s*",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Turn:
    """One exchange of the conversation, as the next question needs it.

    ``question`` as typed, ``resolved`` as understood (the same when it stood alone),
    ``answer`` the reply's text (or its short answer), ``sources`` the cited documents,
    ``text`` the reply's whole text when ``answer`` is its short answer (its quotes may say a
    person's gender: "sa copilote Marine Castagnet", ``genders``).
    """

    question: str
    resolved: str
    answer: str = ""
    sources: tuple[str, ...] = ()
    text: str = ""


@dataclass(frozen=True)
class Resolution:
    """A question as typed and as understood.

    ``follow_up``: it leaned on the conversation; ``subject``: the name it was resolved
    with, if any; ``sources``: the documents the previous turn cited (a follow-up is most
    likely about them); ``dangling``: it points back to a conversation that has not started
    ("Et d'où vient-il ?" asked first), so no one stands behind its pronoun; ``unasked``: it
    asks nothing the conversation can complete ("Et Romain Dumas ?" or "Et elle ?" asked
    first, "Et elle ?" after turns that named no one): there is nothing to search for;
    ``answered_before``: the previous turn's short answer (its text), "" for none.
    """

    question: str
    resolved: str
    follow_up: bool = False
    subject: str | None = None
    sources: tuple[str, ...] = ()
    dangling: bool = False
    unasked: bool = False
    answered_before: str = ""

    @property
    def language(self) -> str:
        """The language the understood question is searched and read in (fusion weights, the
        reader's calibration): its own words' when they decide it, else the typed question's.
        "And his age?" understood as "Philippe Gaillard’s age?" (no function word) is English;
        "And Romain Dumas?" after a French question, understood as "Quel âge a Romain Dumas ?",
        is French. The reply's own words follow the typed question (``Pipeline.stream``)."""
        return stated_language(self.resolved) or question_language(self.question)


def names(text: str) -> list[str]:
    """Proper names in ``text``, in order, each once (pure).

    A name is a run of capitalised words (or acronyms), which may hold "de", "la", "d'"
    between them ("Circuit de la Sarthe"). A capitalised question word or article is not
    one, nor is a sentence's first word that is a French word on its own ("Existe-t-il",
    but "Romain Dumas" and "Dijon" are names) or a question word mistyped ("Qeul âge a-t-il ?").
    """
    from paddockqa.text import is_word

    found: list[str] = []
    run: list[str] = []
    pending: list[str] = []  # link words waiting for a capitalised word to follow them
    starts: set[int] = {0}  # word positions that begin a sentence

    def close(verb: str = "") -> None:
        if run:
            # "Quelle étape du Tour de France Stablinski gagne-t-il ?": a complement's name and
            # the inverted verb's subject read as one run; the subject is taken first.
            glued = _COMPLEMENT_BEFORE.search(text[:run_start]) and _INVERTED.fullmatch(verb)
            # (a title's scope then a person, "champion de France Gérard Pouzet a-t-il"; not "de Juan
            # Pablo Montoya a-t-il", a review)
            titled = bool(_TITLE_BEFORE.search(text[max(0, run_start - 20) : run_start]))
            parts = _complement_and_subject(run, titled) if glued else [run]
            if _demonym_first(run, text[:run_start]):
                parts = [run[1:]]
            for part in reversed(parts):
                name = re.sub(r"\s*([’'])\s*", r"\1", " ".join(part))  # "d’ Alès" -> "d’Alès"
                if name not in found:
                    found.append(name)
        run.clear()
        pending.clear()

    matches = list(_WORD.finditer(text))
    words = [_bare_word(m.group()) for m in matches]
    ends = [m.end() for m in matches]
    run_start = 0  # where the open run begins in ``text``
    for i, end in enumerate(ends[:-1]):
        if re.search(r"[.?!:;«»\"]", text[end : end + 3]):
            starts.add(i + 1)
    for i, word in enumerate(words):
        if i in starts:
            close()  # "Tour du Finistère : Maxime Le Roux": a new sentence, a new name
        # An elided article sticks to the word after it: "d’Alès" is "d’" + "Alès".
        head, _, tail = word.partition("’") if "’" in word else word.partition("'")
        parts = [head + "’", tail] if tail and len(head) <= 2 else [word]
        for j, part in enumerate(parts):
            if not part:
                continue
            bare = part.rstrip("’'").lower()
            capital = part[:1].isupper() and bare not in _NOT_NAMES and not _ORDINAL.match(part)
            if capital and i in starts and j == 0 and not part.isupper() and (is_word(bare) or _mistyped(bare)):
                following = words[i + 1] if i + 1 < len(words) else ""
                capital = following[:1].isupper() and following.lower() not in _NOT_NAMES
            # (a make's model number goes on its name: "Yamaha TZ 750", "Peugeot 208 Rally4", "Porsche
            # 911"; a twenty-second walk's "Et la Yamaha TZ 750 ?" asked of "Yamaha TZ")
            model = (
                bool(run)
                and not pending
                and run[0].lower() in MAKES
                and re.fullmatch(r"\d{2,}[\w-]*|\d+[^\W\d_][\w-]*", part) is not None
            )
            if capital or model:
                if not run:
                    run_start = matches[i].start() + (len(parts[0]) if j else 0)
                run.extend(pending)
                pending.clear()
                run.append(part)
            elif run and bare in _NAME_LINKS and (bare != "l" or [w.lower() for w in pending] == ["de"]):
                # "l'" only after "de": "Rallye de l'Atlas", not "Sébastien Loeb l'Alsacien" (a review)
                pending.append(part)
            else:
                close(matches[i].group())
        # A name stops at punctuation between words ("Dumas, Graf", "Arthur Denis (Mirage Racing)").
        gap = text[ends[i] : matches[i + 1].start()] if i + 1 < len(matches) else text[ends[i] :]
        if any(c not in " \u00a0-’'" for c in gap):
            close()
    close()
    return found


def _demonym_first(run: list[str], before: str) -> bool:
    """Whether a run of capitalised words after an article opens with a demonym before a
    person's name (pure): "le Palois Mathis Guérin", "le Néerlandais Joris van Dijk" are the
    person (a fourth walk asked "Quel âge Palois Mathis Guérin a-t-il ?"); "le Palais des
    Sports de Lyon" stays whole."""
    from paddockqa.answer_type import is_demonym

    if len(run) < 3 or not _ARTICLE_BEFORE.search(before) or not is_demonym(run[0]) or not run[1][:1].isupper():
        return False
    return is_person(" ".join([w for w in run[1:] if w[:1].isupper()][:2]))


def _complement_and_subject(run: list[str], titled: bool = False) -> list[list[str]]:
    """A run "Tour de France Stablinski" as ["Tour de France"], ["Stablinski"]: after its last
    link word, a name of the "X de Y" kind keeps one capitalised word (pure). A run that
    cannot be taken apart so ("Jean de La Fontaine", "Philippe Gaillard") stays whole."""
    links = [k for k, w in enumerate(run) if w.rstrip("’'").lower() in _NAME_LINKS]
    if not links and len(run) > 2 and is_person(" ".join(run[1:])) and titled:
        # "champion de France Gérard Pouzet a-t-il": a one-word complement, then a person (a
        # twenty-second walk's next turn asked about "France Gérard Pouzet")
        return [run[:1], run[1:]]
    if not links or len(run) - (links[-1] + 1) < 2:
        return [run]
    cut = links[-1] + 2
    return [run[:cut], run[cut:]]


def _bare_word(token: str) -> str:
    """A token without a verb's attached pronoun ("Existe-t-il" -> "Existe") or edge hyphens."""
    return _ATTACHED.sub("", token).strip("-")


def leans(question: str, has_name: bool) -> bool:
    """Whether a question needs the conversation to be understood (pure): it points back
    (``points_back``), or is a few words asking something with no name of its own."""
    if points_back(question, has_name):
        return True
    if not has_name and _ASK_PHRASE_ALONE.match(question):
        return True  # "Avec combien de points de pénalité ?" (a sixteenth walk read it alone)
    return not has_name and len(_WORD.findall(question)) <= SHORT and bool(_ASKS.search(question))


def points_back(question: str, has_name: bool) -> bool:
    """Whether the question's words stand for someone or something said before (pure): it
    starts with "Et" (or "And", "What about", "Quant à"), or holds a pronoun or a possessive
    that no name of its own takes up."""
    if not has_name and _ENGLISH.search(question):
        return True
    text = _IMPERSONAL.sub(" ", question)
    lead = _TAKES_UP.match(text)
    # "Et" always points back; "And", "What about", "Quant à" only with no name of their own
    # ("And how old is Romain Dumas?" is a question of its own; "And Romain Dumas?" an ellipsis, see resolve).
    if lead and (not has_name or lead.group().strip(" ,").lower() == "et"):
        return True
    if not has_name and (_a_pronoun(text) or _POSSESSIVE.search(text)):
        return True
    return not has_name and bool(_OBJECT.search(text))


def _a_pronoun(text: str) -> re.Match[str] | None:
    """A subject pronoun of ``text``, inverted ("a-t-il") or not ("il a"), or None (pure)."""
    return _INVERTED.search(text) or _QUE_INVERTED.search(text) or _SUBJECT.search(text)


def _noun_repeated(question: str) -> str:
    """The question without the inverted pronoun that repeats its noun-phrase subject ("Le
    classement officiel a-t-il été confirmé ?" -> "… a été confirmé ?"), which stands for no
    one said before; else as it is (pure)."""
    inverted = _INVERTED.search(question)
    if inverted is None:
        return question
    before = question[: _before_clitics(question, inverted.start())]
    noun = _NOUN_SUBJECT.search(before) or _OPENING_NOUN_SUBJECT.search(before)
    if noun is None or inverted.group(2).lower() not in _AGREES.get((noun.group(1) or "").lower(), ("il", "elle")):
        return question
    return question[: inverted.start()] + inverted.group(1) + question[inverted.end() :]


# A possessive's noun phrase as the subject of an inverted verb: "En quelle année son équipe
# a-t-elle été fondée ?" ("elle" is the team's, whoever "son" is).
_POSSESSIVE_SUBJECT = re.compile(r"(?:^|\s)(?:son|sa|ses|leur|leurs)\s+[\w’'-]+(?:\s+[\w’'-]+){0,3}\s*$", re.I)


def _own_pronouns(question: str) -> str:
    """The question without an inverted pronoun that repeats its noun-phrase subject, a
    possessive's too ("son équipe a-t-elle été fondée" -> "son équipe a été fondée") (pure):
    what is left says the gender of whom it leans on (a review of the seventh walk's gender
    cues: the dialogues' "elle" of "son équipe" was taken for a woman)."""
    question = _noun_repeated(question)
    inverted = _INVERTED.search(question)
    if inverted is None or not _POSSESSIVE_SUBJECT.search(question[: _before_clitics(question, inverted.start())]):
        return question
    return question[: inverted.start()] + inverted.group(1) + question[inverted.end() :]


def asks_nothing(question: str, own: Sequence[str]) -> bool:
    """Whether a question holds nothing but names (``own``), pronouns, "et", "alors" (``_EMPTY_WORDS``)
    after its lead words ("Et pour", "Quant à", "What about"…) (pure): "Et Romain Dumas ?",
    "Et pour elle ?", "What about him?" ask what an earlier question asked."""
    text = _ABOUT.sub("", _TAKES_UP.sub("", question))
    text = text.replace("'", "’")  # "Jeanne d'Arc" typed, as names() gives it or not
    for name in own:
        text = text.replace(name.replace("'", "’"), " ")
    return all(word.lower() in _EMPTY_WORDS for word in _WORD.findall(text))


def _subject_named(own: Sequence[str]) -> str | None:
    """The first of a question's names that is not a small word with a capital ("Et Ça ?")."""
    return next((n for n in own if n.lower() not in _EMPTY_WORDS), None)


def subject_of(turns: Sequence[Turn]) -> tuple[str | None, list[str]]:
    """The subject of the conversation so far and the other names it holds, latest turn first (pure)."""
    for turn in reversed(turns):
        found = _by_likeliness(names(turn.resolved), turn.resolved)
        holder = role_holder(turn)
        if holder is not None:
            # "Et sa copilote, où est-elle née ?" answered "Sa copilote Marine Castagnet, …
            # née à Grenoble": what follows is about her, not the driver (an eighth walk).
            return holder, [n for n in found if n != holder]
        # "Et le deuxième ?" is "Qui a terminé deuxième du Rallye des Vosges ?" (a fourth walk:
        # "Quelle voiture pilotait-il ?" became "Quelle voiture Rallye des Vosges pilotait-il ?").
        asked = turn.question if _asks_who(turn.question) else turn.resolved
        if _asks_who(asked) and not (found and _identity(asked, found[0])):
            # "Qui a gagné … ?": the answer names the subject of what follows, a person's name
            # first ("Sur les routes du Vercors, Léa Martin…": Léa Martin, not Vercors). Not
            # "Qui est Thomas Verbeke ?": its answer says who he is, naming his team.
            given = sorted((n for n in names(turn.answer) if n not in found), key=lambda n: not is_person(n))
            whole = _whole_name(turn.answer)
            if whole is not None and whole not in found:
                given.insert(0, whole)
            if given:
                return _uncapped(given[0]), found
        if _DESCRIBED.search(asked) and not any(is_person(n) for n in found):
            # "Quel âge a le vainqueur du Rallye de l'Atlas ?" answered "Sébastien Delorme, 38
            # ans, …": the one described is the person the reply's quote names (a ninth walk's
            # "D'où vient-il ?" then went to someone two turns back).
            person = next((n for n in names(turn.text or turn.answer) if is_person(n) and n not in found), None)
            if person is not None:
                return _uncapped(person), found
        if found:
            return found[0], found[1:]
    return None, []


# Someone described, not named: "le vainqueur du Rallye de l'Atlas", "la gagnante", "the winner".
_DESCRIBED = re.compile(
    r"(?<![\w’'-])(?:le|la|du|au|à\s+la|de\s+la|the)\s+(?:vainqueure?|gagnante?|championne?|lauréate?|leader|poleman"
    r"|premi(?:er|ère)|deuxième|second|troisième|dernière?|winner|champion)(?![\w’'-])",
    re.I,
)


# A short answer that is a name and nothing else: capitalised words, a particle between them.
_WHOLE_NAME = re.compile(
    r"[A-ZÀ-Ý][^\W\d_]+(?:-[A-ZÀ-Ý][^\W\d_]+)?"
    r"(?:\s+(?:(?:le|la|de|du|des|van|von|der|den|di|da|del|Le|La|De|Du|Van|Von|Di|Da|Del)\s+)?"
    r"[A-ZÀ-Ý][^\W\d_]+(?:-[A-ZÀ-Ý][^\W\d_]+)?){1,3}"
)


def _whole_name(answer: str) -> str | None:
    """The short answer when it is a person's name whole (pure): "Maxime Le Roux", whose first
    word is a French word and whose "Le" is an article to ``names`` ("Roux" alone: a third
    walk asked "Quel âge Roux a-t-il ?"); None for any other answer."""
    answer = answer.strip()
    return answer if _WHOLE_NAME.fullmatch(answer) and not re.search(r"\s(?:de|du|des)\s*$", answer) else None


def _uncapped(name: str) -> str:
    """A name of two words or more written in capitals, as a name is written (pure): "DENIS
    LAMBERT", answered from a headline, is "Denis Lambert" (a fifth walk asked "Quel âge DENIS
    LAMBERT a-t-il ?"), "MAXIME LE ROUX" "Maxime Le Roux", "MARC D'ALMEIDA" "Marc d'Almeida";
    an acronym, a name with a number or any other name as it is. (``binding._cased`` cases a
    headline's words, where "LE" is an article.)"""
    words = name.split()
    if len(words) < 2 or not name.isupper() or any(c.isdigit() for c in name):
        return name  # "BMW M4": a make and a model

    def cased(word: str) -> str:  # "JEAN-CLAUDE" -> "Jean-Claude", "D'ALMEIDA" -> "d'Almeida"
        if word in ("DE", "DU", "DES"):
            return word.lower()
        elided = re.match(r"([DL])(['’])(.+)", word)
        if elided:
            return elided[1].lower() + elided[2] + cased(elided[3])
        return "-".join(p[:1] + p[1:].lower() for p in word.split("-"))

    return " ".join(cased(w) for w in words)


def _by_likeliness(found: list[str], text: str) -> list[str]:
    """Names in order, those that read as places ("aux États-Unis") or point back ("ce Tour")
    after the others (pure)."""
    # stable: the text's order otherwise
    return sorted(found, key=lambda name: (_is_pointed(name, text), _is_place(name, text)))


def _is_place(name: str, text: str) -> bool:
    """Whether ``name`` follows a word that introduces a place in ``text`` ("à", "aux", "en"…),
    or a title's ("champion de France", "championnat d'Europe") (pure)."""
    # (a person after a title's words is one: "Combien de titres de Sébastien Loeb ?", a review)
    return _follows(_PLACE_BEFORE, name, text) or (_follows(_TITLE_BEFORE, name, text, 20) and not is_person(name))


# A title's scope, a place but whom no question is about: "Combien de titres de champion de France
# a-t-il gagnés ?" leans on the conversation (a twenty-second walk asked it about "France").
_TITLE_BEFORE = re.compile(r"\b(?:(?:vice-)?champion(?:ne|nat)?s?|titres?)\s+(?:de|du|d['’])\s*$", re.I)


def _is_pointed(name: str, text: str) -> bool:
    """Whether ``name`` is what is asked ("quel État") or a common word pointed back at ("ce
    Tour"; not "ce Romain Dumas") in ``text`` (pure)."""
    from paddockqa.text import is_word

    if _follows(_ASKED_BEFORE, name, text):
        return True
    return " " not in name and is_word(name.lower()) and _follows(_DEMONSTRATIVE_BEFORE, name, text)


def _follows(before: re.Pattern[str], name: str, text: str, reach: int = 8) -> bool:
    """Whether ``before`` matches the ``reach`` characters before ``name`` in ``text`` (pure)."""
    at = text.find(name)
    return bool(before.search(text[max(0, at - reach) : at]))


_WHO = re.compile(
    r"\s*(?:et\s+)?(?:qui\b|who\b|quel(?:le)?s?\s+(?:pilote|coureur|joueur|président|roi|reine|homme|femme|"
    r"personne|ami|équipe|écurie|team|artiste|écrivain|auteur|entraîneur|directeur|fondateur|champion|vainqueur)"
    r"|which\s+(?:driver|team|president|player|man|woman)\b)",
    re.IGNORECASE,
)


# "Qui est Thomas Verbeke ?", "Who was Ayrton Senna?": asks who someone named is.
_IDENTITY = re.compile(
    r"\s*(?:et\s+)?(?:qui\s+(?:est|était|sont|étaient)|who\s+(?:is|was|are|were))\s+(.+?)\s*[?.!]*\s*$", re.I
)


def _identity(question: str, name: str) -> bool:
    """Whether the question asks only who ``name`` is (pure): "Qui est Thomas Verbeke ?",
    "Who was Ayrton Senna?"; not "Qui est le vainqueur des 24 Heures du Mans ?" nor "Qui est
    arrivé deuxième à Spa ?", whose answer names the one asked for."""
    match = _IDENTITY.match(question)
    return match is not None and match.group(1).replace("'", "’") == name.replace("'", "’")


# Someone's roles, and the gender each says ("coéquipière"; None: "copilote", "manager").
_ROLE_GENDERS: dict[str, str | None] = {
    **dict.fromkeys(
        "coéquipier co-équipier équipier entraîneur directeur patron président fondateur mécanicien ingénieur "
        "navigateur père frère fils mari époux compagnon successeur prédécesseur remplaçant dauphin rival "
        "cousin oncle neveu father brother husband uncle nephew".split(),
        "m",
    ),
    **dict.fromkeys(
        "coéquipière co-équipière équipière entraîneuse directrice patronne présidente fondatrice mécanicienne "
        "ingénieure navigatrice mère sœur fille femme épouse compagne remplaçante dauphine rivale cousine tante "
        "nièce mother sister wife daughter aunt niece".split(),
        "f",
    ),
    **dict.fromkeys(
        "copilote co-pilote partenaire coach manager propriétaire adversaire agent team-mate teammate co-driver "
        "codriver partner boss successor".split(),
        None,
    ),
}
_ROLE_NOUN = "|".join(sorted((re.escape(r) for r in _ROLE_GENDERS), key=len, reverse=True))
# "Et son copilote ?", "Quel est le coéquipier de Julie Martin ?", "Qui est son directeur sportif ?",
# "And his team-mate?": asks for someone by their role; the one answered is whom a pronoun then
# stands for (a walk: "Et son coéquipier ?" answered Lucas Perrin, then "D'où vient-il ?" was
# asked of the winner).
_ROLE_ASKED = re.compile(
    r"\s*(?:(?:et|and)\s+)?(?:(?:quel|quelle|qui)\s+(?:est|était)\s+|(?:who|what)\s+(?:is|was)\s+)?"
    rf"(?:son|sa|leur|le|la|l[’']|his|her|their|the)\s*(?P<role>{_ROLE_NOUN})(?:\s+sporti(?:f|ve))?"
    r"(?:\s+(?:de|d[’']|du|of)\s*[^?]*)?\s*[?.!]*\s*$",
    re.IGNORECASE,
)


# A role asked about in a question that asks more than who holds it ("Et sa copilote, où
# est-elle née ?", "Quel âge a la coéquipière de Julie Martin ?"); "Et son coéquipier ?"
# alone is ``_ROLE_ASKED``'s.
_ROLE_IN = re.compile(
    rf"(?<![\w’'-])(?:son|sa|leur|his|her|their|(?:le|la|the|l[’'])\s*(?={_ROLE_NOUN}\s+(?:de|d[’']|du|of)\b))"
    rf"\s*(?P<role>{_ROLE_NOUN})(?![\w’'-])",
    re.IGNORECASE,
)


def role_holder(turn: Turn) -> str | None:
    """The person a turn asked about by a role, as its reply names them (pure): "Et sa
    copilote, où est-elle née ?" answered "Sa copilote Marine Castagnet, 29 ans, est née à
    Grenoble" is Marine Castagnet's. The reply's quote names them right after the role noun;
    None when the question asks no role, or who holds it or another ("Et son coéquipier ?",
    "Qui a battu son coéquipier ?": ``subject_of`` takes their answer), or the reply names no one so."""
    question = turn.question
    if _ROLE_ASKED.match(question) or _asks_who(question):
        return None  # "Qui a battu son coéquipier ?": whoever the answer names
    role = _ROLE_IN.search(question)
    if role is None:
        return None
    # The role is what the question is about: it opens it ("Et sa copilote, où …") or ends it
    # ("Quel âge a sa copilote ?"), and no one else is named but whose role it is ("Quand Tom
    # Roy a-t-il battu son coéquipier ?" is about Tom Roy: a review).
    before = question[: role.start()]
    opens = not before.strip(" ,") or re.fullmatch(r"\s*(?:et|and)\s*", before, re.I) is not None
    ends = re.fullmatch(r"[^,;:]*?\s*[?.!]*\s*", question[role.end() :]) is not None
    others = [n for n in names(question) if is_person(n) and n not in question[role.end() :]]
    if not (opens or ends) or others:
        return None
    text = (turn.text or turn.answer).replace("'", "’")
    asked = role.group("role").lower()
    # An English question over a French text: "And his co-driver, where was she born?" is
    # answered "Sa copilote Marine Castagnet…" (a review).
    nouns = [asked, *_ROLE_IN_FRENCH.get(asked, ())]
    noun = "(?:" + "|".join(re.escape(n).replace("'", "[’']") for n in nouns) + ")"
    # "Sa copilote Marine Castagnet", "Sa copilote, Marine Castagnet, …"; or "Marine Castagnet, sa copilote, …"
    for said in re.finditer(rf"(?<![\w’'-]){noun}\s*,?\s+(?:sportif\s+|sportive\s+)?(?=(?-i:[A-ZÀ-Ý]))", text, re.I):
        found = names(text[said.end() : said.end() + 80])
        if found and is_person(found[0]) and text.startswith(found[0], said.end()):
            return found[0]
    for said in re.finditer(rf",\s*(?:son|sa|leur)\s+{noun}(?![\w’'-])", text, re.I):
        found = [n for n in names(text[: said.start()]) if is_person(n)]
        if found and text[: said.start()].rstrip().endswith(found[-1]):
            return found[-1]
    return None


_ROLE_IN_FRENCH = {
    "co-driver": ("copilote", "co-pilote"),
    "codriver": ("copilote", "co-pilote"),
    "team-mate": ("coéquipier", "coéquipière", "équipier", "équipière"),
    "teammate": ("coéquipier", "coéquipière", "équipier", "équipière"),
    "father": ("père",),
    "mother": ("mère",),
    "brother": ("frère",),
    "sister": ("sœur",),
    "husband": ("mari", "époux"),
    "wife": ("femme", "épouse"),
    "uncle": ("oncle",),
    "aunt": ("tante",),
    "nephew": ("neveu",),
    "niece": ("nièce",),
    "daughter": ("fille",),
    "partner": ("partenaire", "compagnon", "compagne"),
    "boss": ("patron", "patronne", "directeur", "directrice"),
    "successor": ("successeur",),
}
# "son" stands before a feminine noun opening with a vowel too ("son équipière"): masculine
# only before a consonant.
_ROLE_ARTICLE = re.compile(
    r"(?<![\w’'-])(la|le|sa|son)\s+(?=[^\W\d_])(?!(?<=son\s)[aeiouyhéèêàâîôûAEIOUYHÉÈÊÀÂÎÔÛ])", re.IGNORECASE
)
_ARTICLE_GENDER = {"la": "f", "sa": "f", "le": "m", "son": "m"}
_PRONOUN_GENDER = {"il": "m", "he": "m", "him": "m", "his": "m", "elle": "f", "she": "f", "her": "f"}
_GENDERED_PRONOUN = re.compile(
    r"(?:(?<=-)|(?<=\bqu[’'])|(?<![\w’'-]))(il|elle|he|she|him|his|her)(?![\w’'-])", re.IGNORECASE
)


_INVERTED_PRONOUN = re.compile(r"\w-(?:t-)?(?:il|elle)\b", re.IGNORECASE)  # "a-t-il", "vient-elle"


def _pronoun_gender(question: str) -> str | None:
    """ "m" or "f" when the question's singular personal pronouns are all of one gender ("D'où
    vient-elle ?"), else None (pure); "lui", "son", "sa" say none."""
    found = {_PRONOUN_GENDER[p.lower()] for p in _GENDERED_PRONOUN.findall(question)}
    return found.pop() if len(found) == 1 else None


# In an answer's quote, right before a person's name, a gendered article and a noun of a role
# or an origin: "Le pilote Sébastien Delorme et sa copilote Marine Castagnet ont remporté …"
# (a seventh walk asked "Quel âge a-t-il ?" of her, the short answer to who won); right after
# it, "née" or "né".
_SAID_BEFORE = re.compile(
    r"(?<![\w’'-])(la|le|sa|son|une|un)\s+(?:jeune\s+)?(?:pilote|copilote|co-pilote|coureur|coureuse|navigateur"
    r"|navigatrice|coéquipier|coéquipière|équipier|équipière|champion|championne|(?-i:[A-ZÀ-Ý][a-zà-ÿ]+))\s+$",
    re.I,
)
_SAID_AFTER = re.compile(r"^\s*,\s*(?:\d+\s+ans\s*,\s*)?(née|né)\b")
_SAID_GENDER = {**_ARTICLE_GENDER, "une": "f", "un": "m", "née": "f", "né": "m"}


def genders_said(text: str) -> dict[str, str]:
    """The people ``text`` names with a gendered article and noun right before ("la pilote
    Julie Martin", "son copilote Marc Dupont", "la Française Léa Marchand"), or "née"/"né"
    right after ("Marine Castagnet, 29 ans, née à Pau"), "m" or "f" (pure). "son" before a
    vowel is any gender ("son équipière") and says nothing."""
    said: dict[str, str] = {}
    text = text.replace("'", "’")  # as ``names`` writes an elision ("Léa d’Estrées"), so it is found
    for name in (n for n in names(text) if is_person(n)):
        at = text.find(name)
        if at < 0:
            continue
        before = _SAID_BEFORE.search(text[max(0, at - 40) : at])
        after = _SAID_AFTER.match(text[at + len(name) :])
        noun = before.group(0)[len(before.group(1)) :].lstrip() if before else ""
        if before and not (before.group(1).lower() == "son" and _VOWEL.match(noun)):
            said[name] = _SAID_GENDER[before.group(1).lower()]
        elif after:
            said[name] = _SAID_GENDER[after.group(1).lower()]
    return said


def genders(turns: Sequence[Turn]) -> dict[str, str]:
    """The people of the conversation whose gender it has shown, "m" or "f" (pure): a name a
    question's "il" or "elle" was understood as ("Et quel âge a-t-elle ?" -> Julie Martin), or
    the person answered to a gendered role ("Et son coéquipier ?" -> Lucas Perrin), or named so
    in an answer's quote ("sa copilote Marine Castagnet", ``genders_said``). No list of first
    names: only what the conversation says; its questions before the quotes."""
    known: dict[str, str] = {}
    for turn in turns:
        for name, said in genders_said(turn.text or turn.answer).items():
            known.setdefault(name, said)
    for turn in turns:
        pronoun = _pronoun_gender(turn.question)
        holder = role_holder(turn)
        if holder is not None:
            # "Et sa copilote, où est-elle née ?": "elle" is the co-driver's, not the
            # driver's whose name the understood question adds ("La copilote de Sébastien Delorme").
            if pronoun:
                known.setdefault(holder, pronoun)
            continue
        added = [n for n in names(turn.resolved) if n not in turn.question]
        # Only what a person has says the pronoun stood for a person ("Quand a-t-elle été
        # fondée ?" may have been misread as about a man: a review).
        if pronoun and len(added) == 1 and _ASKS_A_PERSON.search(turn.question):
            known[added[0]] = pronoun
        # A person typed with the pronoun of the verb's inversion ("Et Julien Lambert, quel âge
        # a-t-il ?"): the pronoun is that person's (a fourth walk's "What is her ultimate goal?"
        # was then asked of him, no turn having shown his gender).
        typed = [n for n in names(turn.question) if is_person(n)]
        if pronoun and not added and len(typed) == 1 and _INVERTED_PRONOUN.search(turn.question):
            # Not a noun's complement: "Le coéquipier de Julie Martin a-t-il gagné ?" (a review).
            at = turn.question.find(typed[0])
            if not _COMPLEMENT_BEFORE.search(turn.question[: max(at, 0)]):
                known[typed[0]] = pronoun
        # (or asked about, opening the question: "Et son père, que faisait-il ?" answered "Marcel";
        # not "Qui a battu sa coéquipière ?", "Que pense la presse de son copilote ?", a review)
        role = _ROLE_ASKED.match(turn.question)
        if role is None and not _asks_who(turn.question):
            opening = _ROLE_IN.search(turn.question)
            role = (
                opening
                if opening and re.fullmatch(r"\W*(?:et|and)?\W*", turn.question[: opening.start()], re.I)
                else None
            )
        if role is not None:
            # The noun's gender ("coéquipière"), else its article's ("la copilote", "le copilote").
            article = _ROLE_ARTICLE.search(turn.question)
            gender = _ROLE_GENDERS.get(role.group("role").lower()) or (
                _ARTICLE_GENDER.get(article.group(1).lower()) if article else None
            )
            # (a first name alone too: "Et son père, que faisait-il ?" answered "Marcel", whom the
            # next "elle" is not, a twenty-third walk's "Combien d'enfants Marcel a-t-elle ?")
            given = [n for n in names(turn.answer) if _a_persons_name(n) and n not in names(turn.resolved)]
            if gender and given:
                known[given[0]] = gender
    return known


def _a_persons_name(name: str) -> bool:
    """Whether ``name`` is a person's, or a first name alone: one capitalised word that is no
    French word ("Marcel"; a town may read as one too, so it is asked only of the answer to a
    role) (pure)."""
    from paddockqa.text import is_word

    return is_person(name) or (" " not in name and bool(_PERSON_WORD.match(name)) and not is_word(name.lower()))


def _agreeing(turns: Sequence[Turn], question: str, subject: str | None) -> str | None:
    """Another person of the conversation for the question's pronoun to stand for, when the
    subject's gender is known and is not the pronoun's (pure): the latest named whose gender is
    known to be the pronoun's, else the latest other person not known to be of the subject's
    ("Qui est la copilote de Yoann Le Gall ?", "Quel âge a-t-elle ?", then "Et lui, quel âge
    a-t-il ?" is Yoann Le Gall's; a third walk); None to keep the subject."""
    wanted = _pronoun_gender(_own_pronouns(question))
    if wanted is None or subject is None:
        return None
    known = genders(turns)
    if known.get(subject, wanted) == wanted:
        return None
    # Those the questions were about before those only answered: "What is her ultimate goal?"
    # after Inès Fabre's engineer Mathilde Orsini was answered, then Julien Lambert asked about,
    # is Inès Fabre's (a fourth walk's chat).
    asked = [n for turn in reversed(turns) for n in names(turn.resolved)]
    answered = [n for turn in reversed(turns) for n in names(turn.answer)]
    quoted = [n for turn in reversed(turns) for n in names(turn.text)]  # "Le pilote Sébastien Delorme et sa copilote …"
    people = [name for name in dict.fromkeys([*asked, *answered, *quoted]) if name != subject and is_person(name)]
    agreeing = [n for n in people if known.get(n) == wanted]
    unknown = [n for n in people if n not in known]
    return next(iter(agreeing or unknown), None)


# The places a follow-up may ask, to the twentieth (a tenth walk's "Et le sixième ?" was
# understood "Le sixième (Lucas Ferrand) ?").
_PLACE_WORDS = (
    "premier|première|deuxième|second|seconde|troisième|quatrième|cinquième|sixième|septième|huitième|neuvième"
    "|dixième|onzième|douzième|treizième|quatorzième|quinzième|seizième|dix-septième|dix-huitième|dix-neuvième"
    "|vingtième|dernier|dernière"
)
# "Et le deuxième ?", "Et la troisième ?", "Et le vainqueur ?", "And the runner-up?": a place
# asked alone, of the race the previous question asked about.
_PLACE_ALONE = re.compile(
    rf"\s*(?:(?:et|and)\s+)?(?:(?:le|la|les|the)\s+)?(?P<place>{_PLACE_WORDS}|vainqueur|vainqueure|gagnant|gagnante"
    r"|winner|first|runner-up|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last)\s*[?.!]*\s*$",
    re.IGNORECASE,
)
_ENGLISH_PLACES = {"winner": "first", "runner-up": "second"}
# "Et le troisième du championnat ?", "And the third in the standings?": a place and what it is
# of, a question of its own (an eleventh walk's became "Le troisième du championnat (Arthur
# Vanderelst) ?").
_PLACE_OF_ITS_OWN = re.compile(
    rf"\s*(?P<and>et|and)\s+(?:le|la|the)\s+(?P<place>{_PLACE_WORDS}|first|third|fourth|fifth|sixth|last)"
    r"\s+(?P<complement>(?:du|de\s+la|de\s+l['’]|des|au|à\s+la|à|en|in|of)\s*[^?.!,]+?)\s*[?.!]*\s*$",
    re.IGNORECASE,
)
# A complement asking more than a place ("… du championnat a combien de points"), or one the
# conversation's race gives its sense ("de la course", "du classement"): no question of its own.
_NOT_ITS_OWN = re.compile(
    r"\b(?:a|est|combien|quel\w*|qui|où|has|is|how|what)\b"
    r"|^(?:de\s+la|du|de\s+l['’]|in\s+the|of\s+the)\s*(?:course|classement|épreuve|manche|étape|race|stage)\s*$",
    re.IGNORECASE,
)
# "Qui a terminé deuxième ?" and nothing more: a place asked of no race of its own.
_PLACE_BARE = re.compile(
    r"\s*(?:et\s+)?qui\s+(?:a\s+|est\s+)?(?:terminé|fini|arrivée?|classée?)\s+(?:à\s+la\s+)?"
    rf"(?:{_PLACE_WORDS}|\d+e)"
    r"(?:\s+place)?\s*[?.!]*\s*$",
    re.IGNORECASE,
)
_FRENCH_PLACES = {"vainqueur": "premier", "vainqueure": "première", "gagnant": "premier", "gagnante": "première"}
# The previous question's race: after who won it ("Qui a gagné la course 1 à Nogaro ?", its
# object), or after who finished somewhere ("Qui a terminé deuxième à Spa ?", its complement).
_WHO_WON_WHAT = re.compile(
    r"\s*(?:et\s+)?qui\s+(?:a\s+|avait\s+)?(?:gagné|remporté|gagne|remporte)\s+(?P<object>[^\W\d_].*?)\s*\?*\s*$", re.I
)
_WHO_FINISHED_WHERE = re.compile(
    r"\s*(?:et\s+)?qui\s+(?:a\s+|est\s+)?(?:terminé|fini|arrivée?|classée?|est)\s+(?:à\s+la\s+)?"
    rf"(?:{_PLACE_WORDS}|\d+e)"
    r"(?:\s+place)?\s+(?P<complement>\S.*?)\s*\?*\s*$",
    re.I,
)
_ENGLISH_WHO_WON = re.compile(r"\s*(?:and\s+)?who\s+(?:won|finished\s+\w+\s+in)\s+(?P<object>\S.*?)\s*\?*\s*$", re.I)


def _race(frame: str) -> tuple[str, bool] | None:
    """The race a question asked who won or who finished somewhere, as a complement, and whether
    it is English (pure): "Qui a gagné la course 1 à Nogaro ?" -> ("de la course 1 à Nogaro",
    False), "Qui a terminé deuxième à Spa ?" -> ("à Spa", False), "Who won the race at Spa?"
    -> ("in the race at Spa", True); None for any other question."""
    won = _ENGLISH_WHO_WON.match(frame)
    if won is not None:
        return f"in {won.group('object')}", True
    won = _WHO_WON_WHAT.match(frame)
    if won is not None:
        race = re.sub(r"^(?:le|du)\s+", "du ", won.group("object"), flags=re.I)
        race = re.sub(r"^les\s+", "des ", race, flags=re.I)
        if not re.match(r"(?:du|des|à|au|aux|en|dans|sur|lors|pendant|chez)\s", race, re.I):  # "à Spa" stays
            race = ("d’" if race[:1] in "aeiouyéèêàâîôûhAEIOUYÉÈÊÀÂÎÔÛH" else "de ") + race
        return race, False
    finished = _WHO_FINISHED_WHERE.match(frame)
    return (finished.group("complement"), False) if finished is not None else None


def _placing_again(question: str, turns: Sequence[Turn]) -> str | None:
    """A place asked of the race the conversation last asked who won or finished (pure), the
    place alone or with no race of its own: "Et le deuxième ?" after "Qui a gagné la course 1 à
    Nogaro ?" (and maybe "D'où vient-il ?") -> "Qui a terminé deuxième de la course 1 à Nogaro
    ?"; "Qui a terminé deuxième ?" -> the same; after "Qui a terminé deuxième à Spa ?", "Et le
    troisième ?" -> "Qui a terminé troisième à Spa ?"; "And the runner-up?" after "Who won the
    race at Spa?" -> "Who finished second in the race at Spa?". None otherwise (a third walk:
    "Et le deuxième ?" became "Le deuxième (Lucas Vernier) ?", "Qui a terminé deuxième ?" was
    asked of the last person named)."""

    own = _PLACE_OF_ITS_OWN.match(question)
    if own is not None and not _NOT_ITS_OWN.search(own.group("complement")):
        place, complement = own.group("place").lower(), own.group("complement")
        if own.group("and").lower() == "and":
            return f"Who is {place} {complement}?"
        return f"Qui est {place} {complement} ?"
    alone = _PLACE_ALONE.match(question)
    bare = alone is None and _PLACE_BARE.match(question) is not None
    if alone is None and not bare:
        return None
    race = next((r for r in (_race(t.resolved) for t in reversed(turns[-MAX_TURNS:])) if r is not None), None)
    if race is None:
        return None
    complement, english = race
    if bare:
        # "Et qui a fini troisième ?" is asked as "Qui a fini troisième … ?" (an eighth walk's
        # kept its "Et", a word the search and the reader then weighed).
        asked = _capital(re.sub(r"^\s*et\s+", "", question, flags=re.IGNORECASE).rstrip(" ?!."))
        return f"{asked} {complement} ?"
    assert alone is not None
    place = alone.group("place").lower()
    if english:
        return f"Who finished {_ENGLISH_PLACES.get(place, place)} {complement}?"
    return f"Qui a terminé {_FRENCH_PLACES.get(place, place)} {complement} ?"


# "Et la course 2 ?", "Et l'étape 3 ?", "And race 2?": a race asked alone, by its number.
_RACE_ARTICLE = r"(?:la|le|les|the)\s+|l['’]\s*"
_RACE_ALONE = re.compile(rf"\s*(?:et|and)\s+(?P<article>{_RACE_ARTICLE})?(?P<race>[^?.!]+?)\s*[?.!]*\s*$", re.I)


def _race_again(question: str, turns: Sequence[Turn]) -> str | None:
    """The last question that asked about a race by its number, asked again of the race this
    one names alone (pure): "Et la course 2 ?" after "Qui a gagné la course 1 au Mans ?" (and
    maybe "Quel âge a-t-il ?") -> "Qui a gagné la course 2 au Mans ?". None otherwise (a
    seventh walk: it became "La course 2 (Hugo Lanfranchi) ?")."""
    from paddockqa.binding import event_asked

    alone = _RACE_ALONE.match(question)
    if alone is None or event_asked(alone.group("race")) != alone.group("race"):
        return None
    race = (alone.group("article") or "") + alone.group("race")
    for turn in reversed(turns[-MAX_TURNS:]):
        before = event_asked(turn.resolved)
        if before is not None:
            if before.lower() == alone.group("race").lower():
                return None  # the same race asked again asks nothing new
            if question_language(question) != question_language(turn.resolved):
                return None  # "And race 2?" after a French question: no French to put it in
            said = re.search(f"(?:{_RACE_ARTICLE})?{re.escape(before)}", turn.resolved, re.I)
            assert said is not None  # ``before`` is in it, its article maybe
            # (typed without an article, the previous one stays: "Et en course 3, qui a gagné ?")
            opened = said.start() if alone.group("article") else said.end() - len(before)
            return turn.resolved[:opened] + race + turn.resolved[said.end() :]
    return None


# "de cette course", "cette course-là", "that race": the race the conversation is about.
# (not "cette finale" after a semi-final, nor "cette course de côte": a review)
_RACE_POINTED = re.compile(
    r"(?P<of>\b(?:de|d['’])\s*)?\b(?:cette|cet)\s+(?:course|manche|épreuve)(?:-(?:là|ci))?(?![\w’'-])(?!\s+de\s)"
    r"|(?P<english>\b(?:of|in)\s+)?\b(?:this|that)\s+(?:race|heat)\b",
    re.I,
)
# Someone the question leans on besides the race: "Quel âge avait-il quand il a gagné cette course
# ?", "Did he start from pole in that race?" (left to the rules for pronouns: a review).
_SOMEONE_LEANED_ON = re.compile(
    r"(?<![\w’'])(?:il|elle|ils|elles|lui|sa|son|ses|leur|leurs|he|she|they|him|her|his|their)(?![\w’'-])", re.I
)


def _race_pointed(question: str, turns: Sequence[Turn]) -> str | None:
    """A race pointed at ("cette course", "that race") as the last question asking who won or
    finished somewhere named it (``_race``), with the number a later question gave it (pure):
    "Qui a fini deuxième de cette course ?" after "Et la course 2 ?" understood "Qui a gagné la
    course 2 de Funyo Cup à Croix-en-Ternois ?" -> "Qui a fini deuxième de la course 2 de Funyo
    Cup à Croix-en-Ternois ?"; "Qui a gagné cette course-là ?" after "Et en course 1, il a fini
    où ?" -> "Qui a gagné la course 1 de Formula Regional au Hungaroring ?" (a seventeenth walk
    searched the words as typed and answered from other releases). None otherwise, or when the
    languages differ."""
    from paddockqa.binding import event_asked

    pointed = _RACE_POINTED.search(question)
    if pointed is None or _SOMEONE_LEANED_ON.search(question) or names(question):
        return None  # (a place of its own too: "Qui a gagné cette course au Mans ?")
    found = _last_race(question, turns)
    if found is None:
        return None
    complement, english, since = found
    # a race numbered since: "Et en course 1, il a fini où ?" after who won race 2
    numbered = event_asked(complement)
    later = next((e for t in reversed(since) if (e := event_asked(t.resolved)) is not None), None)
    if numbered is not None and later is not None and later.lower() != numbered.lower():
        complement = complement.replace(numbered, later, 1)
    if english and pointed.group("english"):
        said = complement
    elif not english and pointed.group("of"):
        said = complement if re.match(r"(?:de|du|des|d['’])\s*", complement, re.I) else f"de la course {complement}"
    else:
        said = _race_object(complement, english)
    asked = re.sub(r"^\s*(?:et|and)\s+", "", question[: pointed.start()] + said + question[pointed.end() :], flags=re.I)
    if _A_FEAT_ALONE.match(asked):
        # "And the fastest lap of that race?" asks who set it (a seventeenth walk answered "41", a lap)
        asked = ("Who set " if english else "Qui a signé ") + asked[:1].lower() + asked[1:]
    return _capital(asked)


def _last_race(question: str, turns: Sequence[Turn]) -> tuple[str, bool, Sequence[Turn]] | None:
    """The race the conversation last asked who won or finished somewhere (``_race``), its
    complement, whether it is English, and the turns since; None when there is none, when its
    language is not the question's, or when a question since named something else (pure)."""
    recent = turns[-MAX_TURNS:]
    found = next(((i, r) for i, r in reversed(list(enumerate(_race(t.resolved) for t in recent))) if r), None)
    if found is None:
        return None
    at, (complement, english) = found
    if english != (question_language(question) == "en") or _moved_on(recent[at + 1 :], complement):
        return None
    return complement, english, recent[at + 1 :]


def _moved_on(later: Sequence[Turn], complement: str) -> bool:
    """Whether a question asked since the race's names something of its own that is no one and not
    the race ("Combien de spectateurs au Mans Classic ?" after who won the course 1 at Nogaro: "cette
    course" is no longer it, a review) (pure)."""
    return any(not is_person(n) and n not in complement for t in later for n in names(t.question))


def _race_object(complement: str, english: bool) -> str:
    """A race's complement (``_race``) as the object of a verb (pure): "du Rallye de Lozère" ->
    "le Rallye de Lozère", "de la course 2 à Nogaro" -> "la course 2 à Nogaro", "à Spa" -> "la
    course à Spa"; "in the race at Spa" -> "the race at Spa"."""
    if english:
        return re.sub(r"^(?:in|at)\s+", "", complement)
    said = re.sub(r"^(?:de\s+|d['’]\s*)", "", complement, flags=re.I)
    said = re.sub(r"^du\s+", "le ", re.sub(r"^des\s+", "les ", said, flags=re.I), flags=re.I)
    return f"la course {said}" if re.match(r"(?:à|au|aux|en)\s", said, re.I) else said


# "Qui avait gagné l'année d'avant ?", "Who won it last year?": last year's winner, no race named.
_WON_VERB = re.compile(r"\b(?:gagné|remporté|gagne|remporte|won|win)\b", re.I)


def _past_winners_again(question: str, turns: Sequence[Turn]) -> str | None:
    """Who won last year asked of the race the conversation last asked who won, when the question
    names none (pure): "Qui avait gagné l'année d'avant ?" after "Qui a remporté le Rallye TT de
    Champagne ?" -> "Qui avait gagné le Rallye TT de Champagne l'année d'avant ?" (a seventeenth
    walk searched it as typed and answered from another release). None otherwise."""
    from paddockqa.binding import LAST_YEAR, placing_asked

    verb = _WON_VERB.search(question)
    last = LAST_YEAR.search(question)
    if last is None or placing_asked(question) != 1 or verb is None or names(question):
        return None
    if question[verb.end() : last.start()].strip():
        return None  # what was won is said: "Qui a remporté le championnat l'an dernier ?", "Who won it …" (a review)
    found = _last_race(question, turns)
    if found is None:
        return None
    complement, english, _ = found
    return question[: verb.end()] + " " + _race_object(complement, english) + question[verb.end() :]


# A feat named alone: "the fastest lap of that race?", "la pole de cette course ?".
_A_FEAT_ALONE = re.compile(
    r"(?:the|le|la)\s+(?:fastest\s+lap|best\s+lap|pole(?:\s+position)?|meilleur\s+tour|tour\s+le\s+plus\s+rapide)\b"
    r"(?![^?]*\b(?:qui|quel\w*|who|what|which|how|when|where|combien|quand|où)\b)",
    re.I,
)


# "Et samedi ?", "Et le dimanche ?", "And on Sunday?": a day asked alone.
_DAY_ALONE = re.compile(rf"\s*(?:et|and)\s+(?:(?:le|on)\s+)?(?P<day>{DAY_WORDS})\s*[?.!]*\s*$", re.I)
# "Et en course 3, qui a gagné ?", "And in race 3, who won?": a race by its number, then who won it.
_RACE_LED = re.compile(
    r"\s*(?:et|and)\s+(?:en\s+|dans\s+|in\s+|pour\s+)?(?:(?:la|le|l['’]|the)\s*)?(?P<race>[^,?]+?)\s*,\s*"
    r"(?P<rest>(?:qui|who)\b[^?]*)\?*\s*$",
    re.I,
)


def _day_again(question: str, turns: Sequence[Turn]) -> str | None:
    """The last question that named a day, asked again of the day this one names alone (pure):
    "Et samedi ?" after "Qui a gagné la journée de dimanche en Élite à Saint-Jean-en-Royans ?" ->
    "Qui a gagné la journée de samedi en Élite à Saint-Jean-en-Royans ?" (a sixteenth walk
    understood "Samedi (Léo Marchand) ?", and took "Samedi" for the next turn's subject). None
    otherwise, or when the languages differ."""
    from paddockqa.binding import days_named

    alone = _DAY_ALONE.match(question)
    if alone is None:
        return None
    day = alone.group("day")
    for turn in reversed(turns[-MAX_TURNS:]):
        # (a day typed, not one the names added after it: "Avec combien de points de pénalité
        # (Léo Marchand, …, dimanche) ?" asked nothing of a day)
        typed = A_DAY.search(turn.question)
        if typed is not None and len(A_DAY.findall(turn.question)) > 1:
            return None  # "samedi et dimanche" asked: which one goes is not said (a review)
        said = re.search(rf"\b{typed.group()}\b", turn.resolved, re.I) if typed else None
        if said is not None:
            if days_named(said.group()) == days_named(day) or question_language(question) != question_language(
                turn.resolved
            ):
                return None  # the same day again, or no French to put it in
            written = day.lower() if said.group()[0].islower() else day.capitalize()
            return turn.resolved[: said.start()] + written + turn.resolved[said.end() :]
    return None


def _race_led_again(question: str, turns: Sequence[Turn]) -> str | None:
    """``_race_again`` for a race put first and who won it asked after: "Et en course 3, qui a
    gagné ?" after "Qui a gagné la course 2 de Mitjet 2L à Charade ?" -> "Qui a gagné la course
    3 de Mitjet 2L à Charade ?" (a sixteenth walk understood "En course 3, qui a gagné
    (Gervais) ?"); only when the question asked again asked who won too (pure)."""
    from paddockqa.binding import event_asked, placing_asked

    led = _RACE_LED.match(question)
    if led is None or placing_asked(led.group("rest")) != 1:
        return None
    race = led.group("race")
    if event_asked(race) != race.strip():
        return None
    again = _race_again(f"{'And' if question_language(question) == 'en' else 'Et'} {race} ?", turns)
    return again if again is not None and placing_asked(again) == 1 else None


# "Et sa copilote ?", "And his team-mate?": a role asked alone, after a lead word.
_ROLE_ALONE = re.compile(
    rf"\s*(?:et|and)\s+(?P<possessive>son|sa|leur|his|her|their)\s+(?P<role>{_ROLE_NOUN})\s*[?.!]*\s*$", re.I
)
# A person's own trait asked in French: "Que fait-il dans la vie ?", "Quel âge a Paul Roy ?".
_TRAIT_ASKED = re.compile(rf"{_ASKS_A_PERSON.pattern}|\bque\s+fai\w*\b.*\bdans\s+la\s+vie\b", re.I)


def _role_in_frame(question: str, turns: Sequence[Turn]) -> str | None:
    """The last question, asking a person's trait (an age, a trade, where they are from), asked
    again of the role this one names alone (pure): "Et sa copilote ?" after "Et que fait-il dans
    la vie ?" understood "Que fait Yannick Delattre dans la vie ?" -> "Que fait la copilote de
    Yannick Delattre dans la vie ?" (a sixteenth walk answered the co-driver's name). French
    only; None otherwise ("Et sa copilote ?" after who won asks who she is)."""
    alone = _ROLE_ALONE.match(question)
    if alone is None or not turns or question_language(question) == "en":
        return None
    last = turns[-1]
    if not _TRAIT_ASKED.search(last.question) or question_language(last.resolved) == "en":
        return None
    people = [n for n in names(last.resolved) if is_person(n)]
    if len(people) != 1 or re.search(rf"\b(?:{_ROLE_NOUN})\s+(?:de|d[’'])", last.resolved, re.I):
        return None  # (a role's already: no "le coéquipier de la copilote de …", a review)
    role = alone.group("role").lower()
    gender = _ROLE_GENDERS.get(role) or ("f" if alone.group("possessive").lower() == "sa" else "m")
    person = people[0]
    of = f"d’{person}" if _VOWEL.match(person) else f"de {person}"
    held = f"{'la' if gender == 'f' else 'le'} {role}" if not _VOWEL.match(role) else f"l’{role}"
    # French contractions around it: "du copilote", "de la copilote", "au coéquipier" (a review
    # had "de le copilote de Paul Roy", "le équipier de Alain Prost")
    said = re.search(rf"(?:\b(?P<prep>de|à)\s+|\b(?P<elided>d)[’'])?{re.escape(person)}", last.resolved)
    assert said is not None  # a name of it
    prep = said.group("prep") or ("de" if said.group("elided") else None)
    if prep is not None and held.startswith("le "):
        phrase = f"{'du' if prep == 'de' else 'au'} {role} {of}"
    elif prep is not None:
        phrase = f"{'de' if prep == 'de' else 'à'} {held} {of}"
    else:
        phrase = f"{held} {of}"
    return last.resolved[: said.start()] + phrase + last.resolved[said.end() :]


def _a_name_answered(name: str, turn: Turn) -> bool:
    """Whether ``name`` is one word of a person's name that ``turn``'s answer gave to a question
    asking who (pure): "Vasseur" of "Course 2 : Vasseur remonte du cinquième rang", "Thomas" of
    "Son fils Thomas, 44 ans" are whom "il" stands for next, as the text names them (a nineteenth
    walk asked about the first turn's winner and about the father instead). Not a make."""
    return (
        _PERSON_WORD.match(name) is not None
        and name.lower() not in MAKES
        and name in names(turn.answer)
        and (_asks_who(turn.resolved) or _asks_who(turn.question) or role_holder(turn) == name)
    )


def _asks_who(question: str) -> bool:
    """Whether the question asks for someone: its answer then names what follows (pure)."""
    # (or asked last, as one speaks: "Et sa grande rivale, c'est qui ?", a nineteenth walk)
    return bool(_WHO.match(question) or _ROLE_ASKED.match(question) or _WHO_LAST.search(question))


_WHO_LAST = re.compile(r"[,\s]\s*c['’]est\s+qui\s*\?*\s*$", re.I)


def resolve(typed: str, turns: Sequence[Turn] = ()) -> Resolution:
    """The question as understood after ``turns`` (oldest first); see the module docstring (pure)."""
    question = typed.translate(_HYPHENS)  # "vient‑il" typed with a non-breaking hyphen
    # Names of its own that could be its subject: "à Paris" is where, not whom it is about;
    # "ce Tour" points back and "quel État" is what is asked.
    after_lead = _TAKES_UP.sub("", question)  # "Quant à Romain Dumas": whom, not where
    own = [
        n
        for n in names(question)
        if not _is_place(n, after_lead) and not _is_pointed(n, question) and not _after_pronoun(n, question)
    ]
    # "And Romain Dumas?", "Quant à Romain Dumas ?": a lead word and a name, nothing asked.
    ellipsis = after_lead != question and asks_nothing(after_lead, own)
    sources = turns[-1].sources if turns else ()
    named = _dislocated(question, own[0]) if own else None
    if named is not None:
        # "Et Patrick Pilet, quelle est son écurie ?": the pronouns stand for the name put first.
        same = bool(turns) and own[0] == subject_of(turns)[0]
        return Resolution(typed, named, bool(turns), own[0], sources if same else ())
    if not turns:
        # Only words that stand for someone dangle: "Qui a gagné ?" asked first is a question
        # of its own, however vague.
        # ("Et Romain Dumas pour Porsche ?" names whom it is about: nothing dangles.)
        dangling = (points_back(_noun_repeated(question), bool(own)) and not own) or ellipsis
        # "Et Romain Dumas ?" asked first asks the previous question of no conversation.
        # Its reply says what to ask: no note on a pronoun besides (dangling is for a search).
        unasked = dangling and asks_nothing(question, own)
        return Resolution(typed, typed, subject=_subject_named(own), dangling=dangling and not unasked, unasked=unasked)
    # (a turn before the last's too, by the demonstrative's noun: "Et qui dirige cette équipe ?"
    # two turns after "Quelle équipe Mathilde Rouvier rejoint-elle ?", a fourteenth walk)
    pointed_at = next(
        (
            (turn, pointed)
            for back, turn in enumerate(reversed(turns[-POINTED_REACH:]))
            # (past turns naming no team, place or event of their own: "Qui a fondé Team Bleu ?"
            # between hides "Quelle équipe a gagné ?" from "cette équipe"; "Quel âge a Léa Morin
            # ?" does not, two reviews)
            if not any(not is_person(n) for later in turns[len(turns) - back :] for n in names(later.question))
            and (pointed := _pointed_at_answer(turn, question, alone=back == 0)) is not None
        ),
        None,
    )
    if pointed_at is not None:
        pointed_turn, pointed = pointed_at
        # "Où se trouve ce circuit ?", "C'est où ?" after "Sur quel circuit … ?" answered
        # "Road Atlanta": the circuit is the one answered, not the conversation's subject.
        # Resolved on its own: "Et ce circuit, où se trouve-t-il ?" puts the name first.
        return Resolution(typed, resolve(pointed).resolved, True, _short_name(pointed_turn.answer), sources)
    again = (
        _placing_again(question, turns)
        or _race_again(question, turns)
        or _race_led_again(question, turns)
        or _day_again(question, turns)
        or _role_in_frame(question, turns)
        or _race_pointed(question, turns)
        or _past_winners_again(question, turns)
    )
    if again is not None:
        # "Et le deuxième ?" after "Qui a gagné la course 1 à Nogaro ?": the same race's second;
        # "Et la course 2 ?" after it: the same question of race 2.
        return Resolution(typed, again, True, subject_of(turns)[0], sources)
    named_so = _the_person_named(question, turns) if not own else None
    if named_so is not None:  # "Quel âge a le pilote ?" after who won was answered
        return Resolution(typed, named_so[0], True, named_so[1], sources)
    if not (ellipsis or leans(question, bool(own))):
        return Resolution(typed, typed, sources=sources)
    subject, others = subject_of(turns)
    agreeing = _agreeing(turns, question, subject)
    if agreeing is not None:
        # "Et quel âge a-t-elle ?" after Julie Martin's team-mate Lucas Perrin: "elle" is not him.
        subject, others = agreeing, [n for n in (subject, *others) if n and n != agreeing]
    if (
        subject is not None
        and not is_person(subject)
        and _ASKS_A_PERSON.search(question)
        and not _a_name_answered(subject, turns[-1])
    ):
        # An age or a birthplace is a person's: the conversation's person, not its team; else
        # the person the latest answer named ("Et chez les motos ?" answered "le Palois Mathis
        # Guérin", then "Quel âge a-t-il ?" is his, not the Dakar's: a fourth walk).
        answered = (n for t in reversed(turns) for n in names(t.answer))
        person = next((n for n in (*others, *answered) if is_person(n)), None)
        if person is not None:
            subject, others = person, [subject, *(n for n in others if n != person)]
    place = _place_answered(turns[-1], question)
    if place is not None:
        # "Sur quel circuit se court le Petit Le Mans ?" answered "Road Atlanta", then "Dans
        # quel État se trouve-t-il ?": the pronoun stands for the place just answered.
        subject, others = place, [n for n in (subject, *others) if n and n != place]
    # "Et lui, quel âge a-t-il ?": the pronoun put first says again whom the question is about.
    body = _capital(_PUT_FIRST.sub("", after_lead.strip()))
    if not _WORD.search(body):
        if not _WORD.search(question):
            return Resolution(typed, typed, sources=sources)  # "?": no words, answered as such
        return Resolution(typed, typed, True, subject, sources, unasked=True)  # "Et ?": nothing asked
    if asks_nothing(body, []):
        # "Et lui ?", "Et ce dernier ?", "And him?": someone, but nothing asked about them
        # (searched, "Lui (Sarah Lefèvre) ?" quoted a headline at 0.83): the reply asks what.
        return Resolution(typed, typed, True, subject, sources, unasked=True)
    years = _YEAR.findall(body)
    frame = turns[-1].resolved
    if not own and len(years) == 1 and len(_WORD.findall(body)) <= 3 and len(_YEAR.findall(frame)) <= 1:
        # "Et en 2007 ?": the previous question asked again about another year, or for that
        # year when it named none ("Combien de victoires a-t-il signées ?" -> "… signées en 2007 ?").
        again = _year_again(frame, body, years[0]) if _YEAR.search(frame) else _for_year(frame, body)
        if again is not None:
            return Resolution(typed, again, True, subject_of(turns)[0], sources)
    field = _field_again(frame, body)
    if field is not None:  # "Et en LMP3 ?" after "Qui a gagné en GT3 … ?"
        return Resolution(typed, field, True, subject_of(turns)[0], sources)
    places = [n for n in names(after_lead) if _is_place(n, after_lead)]
    if not own and len(places) == 1:
        # "Et à Fuji ?": the previous question asked again about another place.
        again = _place_again(frame, body, places[0], subject)
        if again is not None:
            return Resolution(typed, again, True, subject, sources)
    if not own:
        swapped = _complement_again(frame, body) or _noun_again(frame, body) or _price_again(frame, body)
        if swapped is not None:  # "Et chez les motos ?" after "Qui a gagné … chez les autos ?"
            return Resolution(typed, swapped, True, subject_of(turns)[0], sources)
        framed = _in_frame(body, frame, _short_name(turns[-1].answer) or "")
        if framed is not None:  # "Contre quelle équipe ?" after "Quel exploit S réalise-t-il … ?"
            return Resolution(typed, framed, True, subject, sources)
    if own:
        # "Et Romain Dumas ?", "Et pour Romain Dumas ?", "And Romain Dumas?": the previous
        # question asked again about the new name, a word more allowed ("Et chez Porsche ?";
        # "Et Romain Dumas en 2007 ?" asks more).
        short = len(_WORD.findall(body)) <= len(_WORD.findall(own[0])) + 1
        replaced = _asked_about(frame, subject)
        places_said = [n for n in names(frame) if _is_place(n, frame)]
        if replaced is None and len(places_said) == 1 and not is_person(own[0]):
            replaced = places_said[0]  # "Et Fuji ?" after "Qui a gagné à Spa ?": the place asked about
        if replaced and _same_kind(replaced, own[0], frame) and (short or asks_nothing(body, own[:1])):
            again = re.sub(rf"(?<![\w’'-]){re.escape(replaced)}(?![\w’'-])", lambda _: own[0], frame)
            if again != frame and not asks_nothing(again, own):  # the frame itself asking nothing
                return Resolution(typed, _inverted_simply(again, own[0]), True, own[0], sources)
        if asks_nothing(body, own):  # no frame to ask again about the name: nothing asked
            return Resolution(typed, typed, True, _subject_named(own), (), unasked=True)
        return Resolution(typed, body, True, own[0], ())  # a new name: a new topic
    if subject is None:
        # "Et elle ?" after turns that named no one: no one to stand for, nothing asked.
        if asks_nothing(body, []):
            return Resolution(typed, typed, True, None, sources, unasked=True)
        return Resolution(typed, body, True, None, sources)
    if _a_placing_asked_of_its_own(body):
        # "Et dans la catégorie 4x4, qui a gagné ?" after the 8x8's winner asks another class's:
        # the last subject in brackets made the reader read the 8x8's line (a twenty-second walk)
        return Resolution(typed, body, True, subject, sources)
    # "Combien d'enfants ont-ils eus ?" after "Avec qui Edward Baker s'est-il marié ?" (Mary
    # Ann Foss): a plural pronoun stands for the subject and the other person of the last turn.
    # With no one besides, who "ils" are is not known: the names go in parentheses.
    plural = _plural(body)
    pair = _partner(turns[-1], subject) if plural else None
    who = f"{subject} et {pair}" if pair else subject
    resolved = body if plural and not pair else _capital(_with_subject(body, who))
    if resolved == body:
        context = ", ".join([subject, *[n for n in others if n != subject]][:3])
        # (and the day the last question named, when this one names none: "Avec combien de points
        # de pénalité ?" after who won on Sunday is Sunday's, a sixteenth walk gave Saturday's)
        day = A_DAY.search(turns[-1].resolved)
        if day is not None and A_DAY.search(body) is None and A_DAY.search(context) is None:
            context += f", {day.group()}"
        resolved = f"{body.rstrip(' ?').rstrip()} ({context}) ?"
    return Resolution(typed, resolved, True, subject, sources)


def _a_placing_asked_of_its_own(question: str) -> bool:
    """Whether ``question`` asks who took a place ("qui a gagné", "qui a terminé deuxième") of a
    class or a race it names itself ("dans la catégorie 4x4", "en course 2"), no pronoun standing
    for anyone (pure)."""
    from paddockqa.binding import classes_named, events_numbered, placing_asked

    text = _IMPERSONAL.sub(" ", question)
    return (
        placing_asked(question) is not None
        and bool(classes_named(question) or events_numbered(question))
        and _a_pronoun(text) is None
        and _OBJECT.search(text) is None
        and _POSSESSIVE.search(text) is None
    )


# Question words after which a subject may follow its verb: where, when, how, how many, what age.
_ADVERB_LEAD = re.compile(
    r"(?:et\s+)?(?:où|d['’]où|par\s+où|quand|depuis\s+quand|comment|combien(?:\s+de\s+\w+)?|quel\s+âge)",
    re.IGNORECASE,
)
# A name before its verb and the verb's pronoun, ending the question: "Quel âge Léa Marchand a-t-elle ?"
_NAME_THEN_VERB = r"(?P<lead>.+?\s){name}\s+(?P<verb>[^\W\d_]+)-(?:t-)?(?:il|elle|ils|elles)\s*\?\s*"


def _after_pronoun(name: str, question: str) -> bool:
    """Whether ``name`` is no person's and comes after an inverted subject pronoun (pure):
    "Combien de fois a-t-il couru les 24 Heures du Mans ?" asks of "il", whom the conversation
    says, what the race is only the object of (a fourth walk took the race as the subject and
    asked "What is Heures du Mans's ultimate goal?" next); "Le Rallye des Vosges a-t-il eu
    lieu ?" names its subject before the pronoun, "Quand a-t-il été créé, le Rallye du Var ?"
    after a comma."""
    inverted = _INVERTED.search(question)
    if inverted is None or is_person(name):
        return False
    at = question.find(name, inverted.end())
    # "Quand a-t-il été créé, le Rallye du Var ?": the subject put after a comma.
    return at >= 0 and "," not in question[inverted.end() : at]


def _inverted_simply(question: str, name: str) -> str:
    """The question with the name after its verb when the verb ends it (pure): "Et Hugo
    Ferrand ?" after "Quel âge Léa Marchand a-t-elle ?" asks "Quel âge a Hugo Ferrand ?", not
    "… Hugo Ferrand a-t-elle ?" (a walk): the pronoun agreed with the name replaced. Only
    after a question word that is neither the verb's subject nor its object (``_ADVERB_LEAD``:
    "Qui Léa remplace-t-elle ?" would become "Qui remplace Marc ?", the other way round), not
    after "pourquoi", which takes no such inversion, nor with words after the verb."""
    found = re.fullmatch(_NAME_THEN_VERB.format(name=re.escape(name)), question)
    if found is None or not _ADVERB_LEAD.fullmatch(found["lead"].strip()):
        return question
    return f"{found['lead']}{found['verb']} {name} ?"


POINTED_REACH = 3  # turns back searched for the one a demonstrative's noun points at


def _pointed_at_answer(turn: Turn, question: str, alone: bool = True) -> str | None:
    """The question with the place or organisation the last turn's short answer named in
    place of the demonstrative that points at it, or asking where it is for a bare "C'est où
    ?" (pure): after "Sur quel circuit se court le Petit Le Mans ?" answered "Road Atlanta",
    "Où se trouve ce circuit ?" -> "Où se trouve Road Atlanta ?" and "C'est où ?" -> "Où se
    trouve Road Atlanta ?". The demonstrative's noun is the one asked ("ce circuit" after
    "quel circuit"); None otherwise, or when the answer is no short name (``_short_name``).
    "C'est où ?" alone points at the last turn only (``alone``)."""
    asked = _ASKS_WHERE.search(turn.question) or _ASKS_WHERE.search(turn.resolved)
    if asked is None:
        return None
    name = _short_name(turn.answer)
    if name is None:
        return None
    noun = asked.group(1).lower()
    where_alone = _WHERE_ALONE.match(question) if alone else None
    if where_alone:
        if noun not in _PLACES:
            return None
        return f"Where is {name}?" if where_alone.group(1).lower().startswith("where") else f"Où se trouve {name} ?"
    pointer = re.compile(rf"(?<![\w’'-])(?:ce|cet|cette|ces)\s+{re.escape(noun)}(?![\w’'-])", re.IGNORECASE)
    said = pointer.search(question)
    if said is None:
        return None
    return _capital(question[: said.start()] + name + question[said.end() :])


def _short_name(answer: str) -> str | None:
    """A short answer that is a name as the corpus writes it: a few words with a capital
    ("Road Atlanta", "Stade de France"); a longer reply (the reader off) names too much (pure)."""
    name = answer.strip(" .,;:!?«»\"'’")
    return name if 0 < len(_WORD.findall(name)) <= 5 and name[:1].isupper() else None


def _place_answered(turn: Turn, question: str) -> str | None:
    """The place or organisation the last turn's short answer named, when that turn asked
    for one by its noun and ``question`` asks where its subject pronoun is, or (an
    organisation's) when it was founded, where it is based, whose it is (pure): "Sur quel
    circuit se court le Petit Le Mans ?" answered "Road Atlanta", then "Dans quel État se
    trouve-t-il ?" asks where Road Atlanta is; "Quelle est l'écurie de Patrick Pilet ?" then
    "Quand a-t-elle été fondée ?" asks about the team, not "Quand Patrick Pilet a-t-elle été
    fondée ?". The pronoun agrees with the noun ("quelle ville" then "elle"); the short
    answer is the name as the corpus writes it ("Le Mans", "Stade de France"), a few words
    with a capital; a longer reply (the reader off) names too much."""
    asked = _ASKS_WHERE.search(turn.question) or _ASKS_WHERE.search(turn.resolved)
    located = _LOCATED.search(question)
    if asked is not None and located is None and asked.group(1).lower() not in _PLACES:
        located = _ORGANISED.search(question) and _ANY_SUBJECT_PRONOUN.search(question)
    if not (asked and located) or _ASKS_A_PERSON.search(question):
        return None
    pronoun = _ANY_SUBJECT_PRONOUN.search(located.group())
    if pronoun is None or pronoun.group(1).lower() != ("elle" if asked.group(1).lower() in _FEMININE_PLACES else "il"):
        return None  # "Quelle ville … ?" then "Où se trouve-t-il ?": "il" is someone else
    return _short_name(turn.answer)


def _asked_about(frame: str, subject: str | None) -> str | None:
    """The name the previous question asked about, to put another in its place (pure): the
    conversation's subject when the question says it, else the question's first name that is
    no place ("Qui a créé l'équipe de Philippe Gaillard ?", answered "Philippe Alméras":
    "Philippe Gaillard")."""
    if subject and subject in frame and not _is_place(subject, frame):
        return subject
    return next((n for n in _by_likeliness(names(frame), frame) if not _is_place(n, frame)), None)


def _same_kind(old: str, new: str, frame: str) -> bool:
    """Whether ``new`` can stand where ``old`` stood (pure): a person's name (``is_person``)
    does not replace an event's, an organisation's or a place's: a name holding an acronym or
    a number ("la finale de la Super Série FFSA", "le championnat ALMS"), or one an article
    comes before in ``frame``, which no person's name takes ("la France", "les 24 Heures du
    Mans", "du Tour de France"; not "Pierre de Coubertin", "Louis XIV")."""
    parts = old.split()
    institution = any(
        (len(w) > 1 and w.isupper() and not _ROMAN.match(w)) or any(c.isdigit() for c in w) for w in parts
    )
    return not (is_person(new) and (institution or _follows(_ARTICLE_BEFORE, old, frame, reach=16)))


_YEAR_PHRASE = re.compile(
    r"(?:\b(?:en|dans|avant|après|depuis|jusqu[’']en|in|before|after|since|until)\s+)?\b(?:1[5-9]|20)\d\d\b", re.I
)


_OTHER_PREPOSITION = re.compile(r"(?<![\w’'-])(?:pour|de|du|des|à|au|aux|for|of)\s+$|(?<![\w’'-])d[’']$", re.I)


def _year_again(frame: str, body: str, year: str) -> str:
    """The previous question's year replaced by ``year``, with the preposition ``body`` gives
    if it gives one ("Et avant 2007 ?" after "… en 2008 ?" -> "… avant 2007 ?") (pure)."""
    own = _YEAR_PHRASE.search(body)
    phrase = own.group() if own and own.group() != year else None
    said = _YEAR_PHRASE.search(frame)
    if phrase is None:
        return _YEAR.sub(year, frame)
    lead = _OTHER_PREPOSITION.search(frame[: said.start()]) if said is not None else None
    if lead is not None and said is not None:
        # The frame's year after a preposition of its own: "le budget … pour 2024 ?" then "Et en
        # 2023 ?" is "… pour 2023 ?" (a fifth walk understood "pour en 2023"); "Et avant 2023 ?"
        # puts its own in its place ("… avant 2023 ?", a review).
        if re.fullmatch(rf"(?:en|in)\s+{year}", phrase, re.I):
            return _YEAR.sub(year, frame)
        return frame[: lead.start()] + phrase.lower() + frame[said.end() :]
    # A capital where the year's phrase opened the question ("En 2008, qui a gagné ?").
    return _YEAR_PHRASE.sub(
        lambda m: (str.upper if m.group()[:1].isupper() else str.lower)(phrase[:1]) + phrase[1:], frame
    )


def _for_year(frame: str, body: str) -> str | None:
    """The previous question asked for the year ``body`` gives ("En 2007 ?", "2007 ?"), or
    None when it is not one question (pure)."""
    if frame.count("?") != 1 or not frame.rstrip().endswith("?"):
        return None
    english = bool(_ENGLISH_FRAME.match(frame))
    phrase = body.rstrip(" ?").strip()
    phrase = phrase[:1].lower() + phrase[1:] if not _YEAR.match(phrase) else f"{'in' if english else 'en'} {phrase}"
    return f"{frame.rstrip(' ?').rstrip()} {phrase}{'?' if english else ' ?'}"


# A place as a follow-up says it ("à Fuji", "au Mans", "aux États-Unis", "en Belgique",
# "dans l'Ain"), and where the previous question said its own ("… au Mans ?").
_AT = r"(?:à|au|aux|en|dans|at|in)\s+(?:(?:la|le|les|the)\s+|l[’'])?"
_WHERE = re.compile(r"\s*(?:où|d[’']où|jusqu[’']où|par où|where)\b", re.IGNORECASE)


def _place_again(frame: str, body: str, place: str, subject: str | None) -> str | None:
    """The previous question asked again about the place ``body`` says and nothing else
    ("À Fuji ?"): its own place replaced ("Qui a gagné à Spa ?" -> "Qui a gagné à Fuji ?"),
    or the place added when it named nothing but ``subject`` ("Combien de victoires Patrick
    Pilet a-t-il remportées ?" -> "… remportées à Fuji ?"); None when ``body`` says more than
    where, or the previous question asks where, is not one question, names two places ("à
    Spa et à Monza") or names something else that may be where ("sur le circuit de Spa",
    "le Grand Prix de Belgique"), which a place added would contradict (pure)."""
    phrase = body.rstrip(" ?").strip()
    if not re.fullmatch(_AT + re.escape(place), phrase, re.IGNORECASE) or _WHERE.match(frame):
        return None
    if frame.count("?") != 1 or not frame.rstrip().endswith("?"):
        return None
    phrase = phrase[:1].lower() + phrase[1:]
    named = names(frame)
    places = [n for n in named if _is_place(n, frame)]
    if len(places) > 1:
        return None
    if places:
        said = re.search(rf"\b{_AT}{re.escape(places[0])}(?![\w’'-])", frame, re.IGNORECASE)
        return _capital(frame[: said.start()] + phrase + frame[said.end() :]) if said else None
    if any(n != subject and (subject is None or n not in subject) for n in named):
        return None
    english = bool(_ENGLISH_FRAME.match(frame))
    return f"{frame.rstrip(' ?').rstrip()} {phrase}{'?' if english else ' ?'}"


# "Chez les motos ?", "Dans la catégorie reine ?": a complement and nothing more (one naming a
# name, "Dans la catégorie LMP2 ?", is read as a question about that name).
_COMPLEMENT_ALONE = re.compile(
    r"(?P<prep>chez|dans|pour|avec|sur|parmi|in|for|among)\s+(?P<object>(?:les|la|le|l[’']|des|du|the)\s*[^\W\d_][\w’'-]*"
    r"(?:\s+[\w’'-]+)?)\s*\?*",
    re.IGNORECASE,
)


# A noun standing for the conversation's person, no complement of its own: "le pilote", "la
# gagnante", "the winner" (not "le pilote de l'équipe Bic").
# The noun closes its phrase: not "le pilote avec qui il a fait équipe", "le champion en titre",
# "le pilote français", "the driver in second place" (a review).
_THE_PERSON = re.compile(
    r"\b(?P<article>le|la|du|au|the)\s+(?P<noun>pilote|vainqueur|vainqueure|gagnant|gagnante|champion|championne"
    r"|winner|driver|rider)\b(?=\s*(?:[?!.,]|$|(?:est|était|a|avait|vient|venait|is|was|born|from|comes?)\b))",
    re.IGNORECASE,
)
_A_WINNER = frozenset("vainqueur vainqueure gagnant gagnante champion championne winner".split())


def _the_person_named(question: str, turns: Sequence[Turn]) -> tuple[str, str] | None:
    """A question about a person's age, birth or origin naming them by a noun ("Quel âge a le
    pilote ?" after "Qui a remporté le Tour de Corse Historique ?" answered "Jean-Baptiste
    Santoni et Marie-Ange Luciani"), as asked of the conversation's person, with that person;
    None otherwise (pure). A thirteenth walk gave another driver's age, the question read alone."""
    from paddockqa.binding import placing_asked

    said = _THE_PERSON.search(question)
    if said is None or not _ASKS_A_PERSON.search(question):
        return None
    # the person of a placing just asked: a winner's noun, of a win ("Quel âge a le vainqueur ?"
    # after who finished second is not that one, nor a team director "le pilote": a review)
    place = placing_asked(turns[-1].resolved)
    if place is None or (said.group("noun").lower() in _A_WINNER and place != 1):
        return None
    subject = subject_of(turns)[0]
    # Of the gender the noun says, when the conversation shows it ("la gagnante" is no "Paul");
    # a gender only where the words say one ("the winner", "le vainqueur" may be a woman: a review).
    noun = said.group().lower()
    feminine = noun.startswith("la ") or noun.endswith(("gagnante", "championne", "vainqueure"))
    masculine = noun.startswith(("le ", "du ", "au ")) and noun.endswith(("pilote", "gagnant", "champion"))
    gender = "f" if feminine else "m" if masculine else None
    shown = genders(turns)
    if subject is not None and gender is not None and shown.get(subject, gender) != gender:
        answered = [n for n in names(turns[-1].answer) if is_person(n)]
        subject = next((n for n in answered if shown.get(n) == gender), None)
    if subject is None or not is_person(subject):
        return None
    article = said.group("article").lower()
    elided = "d’" if subject[:1].lower() in "aeiouyéèêh" else "de "  # "d’Alain Prost"
    name = {"du": elided, "au": "à "}.get(article, "") + subject
    return question[: said.start()] + name + question[said.end() :], subject


def _field_again(frame: str, body: str) -> str | None:
    """The previous question asked again of the class or the numbered race ``body`` names alone
    (pure): "Et en LMP3 ?" after "Qui a gagné en GT3 à la Le Mans Cup ?" -> "Qui a gagné en LMP3 à
    la Le Mans Cup ?", "Et en course 2 ?" after "… de la course 1 ?" -> "… de la course 2 ?" (a
    thirteenth walk understood "En LMP3 (Giacomo Serafini, Mans Cup, GT3) ?"); None when ``body``
    says more, or the frame names no class or race of that kind, or more than one."""
    from paddockqa.binding import classes_named, event_numbers

    if len(_WORD.findall(body)) > 5:
        return None
    new, old = classes_named(body), classes_named(frame)
    if len(new) == 1 and len(old) == 1 and new[0][1] != old[0][1]:
        at = frame.find(old[0][1], old[0][0])
        if at >= 0 and not re.sub(re.escape(new[0][1]), " ", body, count=1).strip(" ?").lower().split()[1:]:
            return frame[:at] + new[0][1] + frame[at + len(old[0][1]) :]
    races, said = event_numbers(body), event_numbers(frame)
    if len(races) == 1 and len(said) == 1 and races[0][2] == said[0][2]:
        number = body[races[0][0] : races[0][1]]
        if number != frame[said[0][0] : said[0][1]]:  # ("Et la course 1 ?" again asks nothing new)
            return frame[: said[0][0]] + number + frame[said[0][1] :]
    return None


def _price_again(frame: str, body: str) -> str | None:
    """The previous question's price asked again of what ``body`` names alone (pure): after
    "Combien coûte le billet du dimanche ?", "Et le parking ?" -> "Combien coûte le parking ?" and
    "Et pour les enfants ?" -> "Combien coûte le billet du dimanche pour les enfants ?" (a
    nineteenth walk answered "Parking" and an hour); None for any other frame or body."""
    asked = _PRICE_FRAME.match(frame)
    if asked is None:
        return None
    bare = body.strip().rstrip(" ?")
    if _COMPLEMENT_ALONE.fullmatch(body.strip()) and bare.split()[0].lower() in ("pour", "for"):
        return f"{frame.rstrip(' ?')} {bare[0].lower()}{bare[1:]} ?"
    # (a noun phrase alone, one word after its noun at most: not "Et le pass inclut le paddock ?")
    if re.fullmatch(r"(?i:le|la|les|l['’]|un|une)\s*[^\W\d_][\w’'-]*(?:\s+[^\W\d_][\w’'-]*)?", bare):
        return f"{asked['asks']} {bare[0].lower()}{bare[1:]} ?"
    return None


# A price asked of a noun phrase: "Combien coûte le billet du dimanche ?", "Quel est le prix du parking ?".
_PRICE_FRAME = re.compile(
    r"(?P<asks>(?i:combien\s+co[uû]t(?:e|ent|ait|aient|era|eront)|quel\s+est\s+le\s+prix\s+(?:de|d['’]|du|des)"
    r"|how\s+much\s+(?:is|are|does|do)))\s+.+\?\s*$"
)


def _complement_again(frame: str, body: str) -> str | None:
    """The previous question asked again with the complement ``body`` gives in place of its
    own of the same preposition (pure): "Et chez les motos ?" after "Qui a gagné la septième
    étape du Dakar chez les autos ?" -> "… chez les motos ?" (a fourth walk understood "Chez
    les motos (Dakar) ?"); None when ``body`` says more, or the frame has no such complement."""
    alone = _COMPLEMENT_ALONE.fullmatch(body.strip())
    if alone is None:
        return None
    prep = alone["prep"]
    said = re.search(
        rf"(?<![\w’'-]){re.escape(prep)}\s+(?:les|la|le|l[’']|des|du|the)\s*[^\W\d_][\w’'-]*(?:\s+[^\W\d_][\w’'-]*)?(?=\s*[?,])",
        frame,
        re.IGNORECASE,
    )
    if said is None:
        return None
    phrase = prep.lower() + " " + alone["object"]
    return frame[: said.start()] + phrase + frame[said.end() :]


# "Et la course 2 ?", "Et le pass 1 jour ?": a noun of the previous question with other words.
# Its other words hold a figure ("la course 2", "le pass 1 jour") or are one word ("le pass
# week-end"): "Et le pass inclut le paddock ?" asks something of its own (a review).
_NOUN_ALONE = re.compile(
    r"(?P<article>les|la|le|l[’']|the)\s*(?P<noun>[a-zà-ÿ][\w’'-]*)"
    r"(?P<rest>\s+[\w’'-]+|(?=.*\d)(?:\s+[\w’'-]+){2,3})\s*\?*",
    re.IGNORECASE,
)
_ORDINAL_WORD = r"(?:premier|première|dernier|dernière|\w+ième|first|second|third|\w+th|last)"
_ORDINAL_NOUN_ALONE = re.compile(
    rf"(?:la|le|l[’']|the)\s*(?P<ordinal>{_ORDINAL_WORD})\s+(?P<noun>[a-zà-ÿ][\w’'-]*)\s*\?*", re.IGNORECASE
)
# Where a noun's words end in a question: a preposition, a comma or the question mark.
_NOUN_WORDS_END = re.compile(
    r"\s+(?:de|du|des|d[’']|à|au|aux|en|pour|avec|chez|sur|dans|par|of|in|at|for)(?![\w’'-])|\s*[?,]"
)


def _noun_again(frame: str, body: str) -> str | None:
    """The previous question asked again with the noun phrase ``body`` gives in place of its
    own of the same noun (pure): "Et la course 2 ?" after "Qui a gagné la course 1 du Grand
    Prix Camions d'Albi ?" -> "Qui a gagné la course 2 du Grand Prix Camions d'Albi ?", "Et le
    pass 1 jour ?" after "Combien coûte le pass week-end ?" -> "Combien coûte le pass 1 jour
    ?" (a fifth walk understood "La course 2 (Patrice Lemoine, …) ?"); None when ``body`` says
    more than a noun and up to three words, or the frame has no such noun with other words."""
    if frame.count("?") != 1:
        return None
    ordinal = _ORDINAL_NOUN_ALONE.fullmatch(body.strip())
    if ordinal is not None:  # "Et la huitième étape ?" after "… la septième étape du Dakar … ?"
        said = re.search(
            rf"(?<![\w’'-])(?:la|le|l[’']|du|au|the)\s*({_ORDINAL_WORD})\s+{re.escape(ordinal['noun'])}(?![\w’'-])",
            frame,
            re.I,
        )
        if said is None or said.group(1).lower() == ordinal["ordinal"].lower():
            return None
        return frame[: said.start(1)] + ordinal["ordinal"].lower() + frame[said.end(1) :]
    alone = _NOUN_ALONE.fullmatch(body.strip())
    if alone is None:
        return None
    noun = alone["noun"]
    said = re.search(rf"(?<![\w’'-])(?:les|la|le|l[’']|du|des|au|aux|the)\s*{re.escape(noun)}(?![\w’'-])", frame, re.I)
    if said is None:
        return None
    end = _NOUN_WORDS_END.search(frame, said.end())
    stop = end.start() if end else len(frame)
    old, new = frame[said.end() : stop].strip(), alone["rest"].strip()
    if not old or old.lower() == new.lower():
        return None
    return frame[: said.end()] + " " + new + frame[stop:]


def _plural(question: str) -> bool:
    """Whether the pronoun a follow-up's subject would replace is "ils"/"elles" (pure): not
    when a possessive's or a determiner's noun phrase before it is its subject ("Où ses
    parents vivent-ils ?", "Comment les pilotes l'ont-ils vécu ?")."""
    pronoun = _ANY_SUBJECT_PRONOUN.search(question)
    if pronoun is None or pronoun.group(1).lower() not in ("ils", "elles"):
        return False
    inverted = _INVERTED.search(question)
    at = inverted.start() if inverted and inverted.end(2) == pronoun.end(1) else pronoun.start()
    before = question[: _before_clitics(question, at)]
    return not _POSSESSIVE.search(before) and not _NOUN_SUBJECT.search(before)


def _before_clitics(question: str, at: int) -> int:
    """Where the small words before the verb at ``at`` begin ("Combien | en a-t-il") (pure)."""
    clitics = _CLITICS.search(question[:at])
    return clitics.start() if clitics else at


def _partner(turn: Turn, subject: str) -> str | None:
    """The person besides ``subject`` in ``turn`` (pure): the first its short answer gives
    ("Mary Ann Foss"), else another of its question's. Only what reads as a person's name
    counts: two or more capitalised words without a link word ("Timo Bernhard", not "Audi",
    "Alès", "Heures du Mans"), sharing no word with ``subject`` ("Dumas" is Romain Dumas)."""
    short = len(_WORD.findall(turn.answer)) <= MAX_PARTNER_ANSWER_WORDS
    candidates = [*(names(turn.answer) if short else []), *names(turn.resolved)]
    taken = set(subject.split())
    for name in candidates:
        if is_person(name) and not taken & set(name.split()):
            return name
    return None


def is_person(name: str) -> bool:
    """Whether a name reads as a person's: two capitalised words or more, no link word or
    acronym, no word of a team's or an event's name, no make first ("Timo Bernhard", "Mary Ann
    Foss", "Enzo Ferrari"; not "Audi", "Heures du Mans", "PRO GT", "Aravis Racing", "Toyota
    Hilux", "Grand Prix") (pure)."""
    words = name.split()
    return (
        len(words) >= 2
        and all(_PERSON_WORD.match(w) for w in words)
        and not any(w.lower() in _NOT_PERSON_WORDS for w in words)
        and words[0].lower() not in MAKES
    )


# A question phrase asking a verb's object: "Quelle équipe", "Quel constructeur" (not "Où", "Quand").
_OBJECT_ASKED = re.compile(r"\W*(?:et\s+)?quel(?:le)?s?\s+[^\W\d_]+\s*", re.IGNORECASE)


def _in_frame(question: str, frame: str, answer: str = "") -> str | None:
    """A bare question phrase put in the previous question's clause (pure).

    "Contre quelle équipe ?" after "Quel exploit Ian Kinsler réalise-t-il le 15 avril
    2009 ?" -> "Contre quelle équipe Ian Kinsler réalise-t-il le 15 avril 2009 ?". Only
    when the previous question's clause is a subject with its inverted verb, the shape a
    question phrase can lead; ``None`` otherwise. The previous ``answer`` (a short name) takes
    the place of the verb's object its phrase asked: "Pour combien de temps ?" after "Quelle
    équipe Mathilde Rouvier rejoint-elle ?" answered "Horizon Bleu" -> "Pour combien de temps
    Mathilde Rouvier rejoint-elle Horizon Bleu ?" (a fourteenth walk lost the team).
    """
    bare = _BARE_ASK.match(question)
    if bare is None or bare.group(1).lower() in ("qui", "quoi"):
        return None  # "Qui ?" alone asks who did what was just said, not a new phrase
    clause = _FRAME.match(frame.split("?")[0] + "?")  # its first question only
    if clause is None or _COMPLEMENT_AFTER.match(clause.group(1)):
        # "Quelle étape | du Tour de France S gagne-t-il ?": the phrase goes on past "quelle étape".
        return None
    verb = _INVERTED.search(clause.group(1))
    if verb is None or _NOT_A_SUBJECT.search(clause.group(1)[: verb.start()]):
        return None  # "Qui est Dumas et où vit-il ?": no subject alone before the verb
    after = clause.group(1)[verb.end() :].strip(" ?")
    if not after and verb.group(1).lower() in _AUXILIARIES:
        return None  # "Quel âge S a-t-il ?": the phrase asked was the verb's object
    lead = frame[: clause.start(1)]
    if not after and answer and _OBJECT_ASKED.fullmatch(lead):
        return f"{question.rstrip(' ?').rstrip()} {clause.group(1).rstrip(' ?')} {answer} ?"
    return f"{question.rstrip(' ?').rstrip()} {clause.group(1)}"


def _dislocated(question: str, name: str) -> str | None:
    """ "Patrick Pilet, quelle est son écurie ?" -> "Quelle est l’écurie de Patrick Pilet ?" (pure).

    A name put first and taken up by a pronoun (left dislocation) is the question's subject;
    ``None`` when ``question`` does not start with ``name`` and a comma, or nothing takes it up.
    """
    question = _TAKES_UP.sub("", question)  # "Et", "And", "Quant à", "What about"
    match = re.match(rf"\s*{re.escape(name)}\s*,\s*(\S.*)$", question, re.IGNORECASE | re.DOTALL)
    if match is None or not _WORD.search(match.group(1)):
        return None
    if " " in name and re.fullmatch(_LEAD_WORDS, name.split()[0], re.IGNORECASE):
        return None  # "Selon Romain Dumas, …", "Chez Porsche, …": a word of the sentence, then a name
    rest = match.group(1)
    if any(rest.startswith(other) and rest[len(other) :].lstrip()[:1] in (",", ":") for other in names(rest)):
        return None  # "Romain Dumas, Patrick Pilet, quel âge a-t-il ?": a list
    resolved = _with_subject(rest, name)
    # No pronoun takes it up ("Romain Dumas, Patrick Pilet : qui est le plus âgé ?"): a list.
    return _capital(resolved) if resolved != rest else None


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _with_subject(question: str, subject: str) -> str:
    """The pronouns of ``question`` replaced by ``subject`` where French allows it simply (pure)."""
    english = _ENGLISH.search(question)
    if english and english.group().lower() in ("he", "she", "his", "her", "him"):
        word = english.group().lower()
        # "her" before a noun is a possessive; at the end of a clause ("Who beat her?") the person.
        ends = not re.match(r"\s*[A-Za-z]", question[english.end() :])
        name = subject if word in ("he", "she", "him") or (word == "her" and ends) else f"{subject}’s"
        return question[: english.start()] + name + question[english.end() :]
    if _IMPERSONAL.search(question):
        shielded = _IMPERSONAL.sub(lambda m: m.group().replace("il", "\0\0"), question)
    else:
        shielded = question
    inverted = _INVERTED.search(shielded)
    possessive = _POSSESSIVE.search(shielded)
    if inverted and possessive and possessive.start() < inverted.start():
        # "Quand son équipe a-t-elle été fondée ?": the pronoun stands for the noun phrase.
        return _possessive(question, possessive, subject)
    que = _QUE_INVERTED.search(shielded)
    if que:
        verb = que.group(3)
        head, rest = question[: que.start()] + que.group(1) + (que.group(2) or "") + verb, question[que.end() :]
        participle = _PARTICIPLE.match(rest) if verb.lower() in _AUXILIARIES else None
        if participle and participle.group(1).lower() not in _NOT_PARTICIPLES:
            # "Qu'a-t-il gagné ?" -> "Qu'a gagné S ?"; not "Qu'a-t-il en tête ?", "… venus faire ?"
            return f"{head} {participle.group(1)} {subject}{rest[participle.end() :]}"
        return f"{head} {subject}{rest}"
    if inverted:
        at = _before_clitics(question, inverted.start())  # "Combien en a-t-il" -> "Combien S en a-t-il"
        noun = _NOUN_SUBJECT.search(question[:at]) or _OPENING_NOUN_SUBJECT.search(question[:at])
        if noun and inverted.group(2).lower() in _AGREES.get((noun.group(1) or "").lower(), ("il", "elle")):
            # "Comment le public l'a-t-il reçu ?": the pronoun repeats "le public", no one else.
            return _possessive(question, possessive, subject) if possessive else question
        rest = question[at:]
        if not question[:at].strip():
            rest = rest[:1].lower() + rest[1:]  # "A-t-il gagné ?" -> "S a-t-il gagné ?"
        return question[:at] + subject + " " + rest
    subject_pronoun = _SUBJECT.search(shielded)
    if subject_pronoun:
        a, b = subject_pronoun.span()
        before = question[:a]
        if before[-2:].lower() in ("u’", "u'"):  # "qu'il" -> "que Philippe Gaillard"
            before = before[:-1] + "e "
        return before + subject + question[b:]
    if possessive:
        return _possessive(question, possessive, subject)
    return question


def _possessive(question: str, match: re.Match[str], subject: str) -> str:
    """ "sa ville natale ?" -> "la ville natale de S ?" (pure)."""
    determiner, noun = match.group(1).lower(), match.group(2)
    if determiner in ("ses", "leurs"):
        article = "les "
    elif _VOWEL.match(noun):
        article = "l’"
    else:
        article = "la " if determiner == "sa" else "le "
    rest = question[match.end(2) :]
    words = list(re.finditer(r"\S+", rest))
    end = 0
    for w in words:
        token = w.group().strip(",;:").lower()
        if w.group()[-1:] in ",;:":  # "sa ville natale, et …": the phrase ends with the comma's word
            end = w.end() - 1 if token and token[0].isalpha() and token not in _PHRASE_ENDS else end
            break
        if (
            token in _PHRASE_ENDS
            or not token
            or not token[0].isalpha()
            or w.group()[:1].isupper()
            or _ATTACHED.search(token)  # "a-t-elle": the verb
        ):
            break
        end = w.end()
    phrase = noun + rest[:end]
    of = "d’" if _NAME_VOWEL.match(subject) else "de "
    before = question[: match.start()]
    contracted = _CONTRACTS.search(before)
    if contracted and article in ("le ", "les "):
        # "l'hôtel de son vainqueur" -> "l'hôtel du vainqueur de S", not "de le vainqueur"
        preposition = contracted.group(1).lower()
        article = {("de", "le "): "du ", ("de", "les "): "des ", ("à", "le "): "au ", ("à", "les "): "aux "}[
            (preposition, article)
        ]
        before = before[: contracted.start(1)]
        if contracted.group(1)[:1].isupper():
            article = article.capitalize()
    return f"{before}{article}{phrase} {of}{subject}{rest[end:]}"


# A follow-up's words that, the name the conversation added taken out, ask nothing whole:
# "l'équipe de ?", "à ce que fasse du vélo ?", "Combien d'enfants et Mary Ann Foss … ?".
_LEFT_HANGING = re.compile(r"(?:\b(?:de|du|des|à|au|aux|que|et|le|la|les)|\b[dlq]['’])$", re.IGNORECASE)
_THEN_ANOTHER = re.compile(r"(?:et|and)\b", re.IGNORECASE)
_NAMES_AT_END = re.compile(r"\s*\([^()]*\)\s*(?=[?!.]?\s*$)")


def names_asked_about(question: str) -> list[str]:
    """The names a question asks about (``names``; pure): of those the rules added in
    parentheses at its end ("Qui la dirige (Racing Team Bourgogne, Spa) ?"), the first only,
    its subject; the others are the conversation's context."""
    added = _NAMES_AT_END.search(question)
    if added is not None:
        subject = added.group().strip()[1:-1].split(",")[0]
        question = f"{question[: added.start()]} ({subject}) ?"
    return names(question)


def reading_question(resolution: Resolution) -> str | None:
    """The follow-up as the reader reads it: as understood, without the name the conversation
    added (pure); None to read it as understood.

    The name draws the reader to the sentences that say it, and the one that answers a
    follow-up often says "il" or "Philippe" ("Originaire de Dijon, Philippe est un chef
    d'entreprise…" for "D'où vient-il ?", which quoted the opening line naming Philippe
    Gaillard once he was put in). A name the user typed stays (a topic switch), and so does
    one whose removal leaves a question hanging ("Qui a créé l'équipe de ?"); names added in
    parentheses at the end go. Only where the name was added beside the words typed: where it
    took a pronoun's place ("Il vient d'où ?" -> "Philippe Gaillard vient d'où ?", "What is his
    team?"), every word typed must still be read, so the question is read as understood.
    Measured on ``eval/dialogues`` (README, "Conversations").
    """
    subject = resolution.subject
    typed = resolution.question
    if not resolution.follow_up or not subject or subject in typed or resolution.resolved == typed:
        return None
    text = resolution.resolved
    added = _NAMES_AT_END.search(text)
    if added and added.group().strip() not in typed:
        text = text[: added.start()] + " " + text[added.end() :]
    at = text.find(subject)
    if at >= 0:
        before, after = text[:at].rstrip(), text[at + len(subject) :].lstrip()
        if _LEFT_HANGING.search(before) or _THEN_ANOTHER.match(after):
            return None
        text = f"{before} {after}"
    typed_words = _words(typed)
    for joining in ("et", "and"):
        typed_words[joining] = 0  # "Et d'où vient-il ?" is read "D'où vient-il ?"
    if typed_words - _words(text):
        return None  # the name stood for a word typed (each time it was typed): that word is gone too
    return re.sub(r"\s+([?!])", r" \1", " ".join(text.split()))


def about_someone_else(resolution: Resolution, source: str, quote: str, document: str) -> bool:
    """Whether a follow-up's answer, read without the name (``reading_question``), quotes a
    sentence about someone else (pure): the sentence names a person (``is_person``: "Inès
    Benali"), and its document (``document``: its title and text) never says the subject's
    telling word (``name_key``: "Laborde" for Vincent Laborde; a first name is shared) and
    is not one the previous turn cited (``Resolution.sources``).

    The search finds a follow-up's passages with the name, but reads a few of other texts
    too; read without the name, "Quel âge a-t-il ?" took "À seulement 14 ans, Inès Benali…"
    from another release over "Vincent Laborde, 52 ans" (a new user's walk, 2026-12-04). A
    sentence of the subject's own release may name others ("… en Caterham et Formule France"
    in Philippe Gaillard's), and one naming no one may be his ("Il suit d'abord des études de
    droit à Grenoble", a paragraph on Jean-Louis Cheynet that never names him).
    """
    from paddockqa.answer import name_key

    subject = resolution.subject
    if source in resolution.sources or not subject:
        return False
    key = name_key(subject)
    if key is None or re.search(rf"(?<!\w){re.escape(key)}(?!\w)", document.replace("’", "'").lower()):
        return False
    return any(is_person(name) for name in names(quote))


def _words(text: str) -> Counter[str]:
    """The words of ``text`` and how often, in small letters without accents (truecasing and
    accents put back change a typed word's letters, not the word)."""
    from paddockqa.lexical import fold_accents

    return Counter(fold_accents(w) for w in re.findall(r"\w+", text.lower()))


def turn_of(answer: Answer) -> Turn:
    """The turn an answer makes, for the next question: its short answer (else its text) and cited documents."""
    said = answer.short_answer.text if answer.short_answer else answer.text if answer.answered else ""
    if (
        WHO_ASKED.match(answer.question)
        and answer.short_answer
        and re.fullmatch(r"[A-ZÀ-Ý][\w’'-]+", said)
        and not is_person(said)
    ):
        # A surname alone ("Cole" of "Race 1: Cole won from pole") is the person the cited
        # passage or title names in full, whom "she" then stands for (a twelfth walk's chat).
        cited = " ".join(f"{c.title} {c.passage}" for c in answer.citations)
        said = next((n for n in names(cited) if is_person(n) and n.split()[-1] == said), said)
    sources = tuple(dict.fromkeys(c.source for c in answer.citations)) if answer.answered else ()
    return Turn(answer.question, answer.resolved_question or answer.question, said, sources, answer.text)


# The roles of OpenAI's Chat Completions messages: those besides user and assistant are
# instructions or tool results, no part of the conversation's questions.
_ROLES = frozenset({"user", "assistant", "system", "developer", "tool", "function"})


def turns_from_messages(messages: Iterable[Mapping[str, object]]) -> list[Turn]:
    """Turns from OpenAI-style messages (``role`` user/assistant, ``content`` text), oldest first.

    Each user message is resolved with the turns before it, so a chain of follow-ups keeps
    its subject; system messages and empty contents are ignored (pure).

    Raises:
        ValueError: a message is not a mapping with text ``role`` and ``content``, its role
            is none of OpenAI's, or a user message has no content.
    """
    turns: list[Turn] = []
    pending: str | None = None
    for message in messages:
        if not isinstance(message, Mapping):
            raise ValueError(en("history_not_object"))
        # The start of a message is all the rules need: a huge one costs no more than that.
        role, content = message.get("role"), content_text(message.get("content"))[:MAX_MESSAGE_CHARS]
        if not isinstance(role, str):
            raise ValueError(en("history_no_role"))
        if role not in _ROLES:  # "robot", "User": a caller's slip, not a message to drop unsaid
            raise ValueError(en("history_bad_role", role=role[:40]))
        if role == "user" and message.get("content") is None:
            raise ValueError(en("history_no_content"))
        if role == "user":
            if pending is not None:
                turns.append(Turn(pending, resolve(pending, turns).resolved))
            pending = content
        elif role == "assistant" and pending is not None:
            turns.append(reply_turn(pending, resolve(pending, turns).resolved, content))
            pending = None
    if pending is not None:
        turns.append(Turn(pending, resolve(pending, turns).resolved))
    return [t for t in turns if t.question.strip()]


# Our own replies (``openai_api.message_text``): the answer, a notice above it ("ℹ …"), its
# short answer under it ("Réponse courte : 38 ans [1]"), then its sources ("[1] title — file · date").
_NOTICE = re.compile(r"\Aℹ [^\n]*\n+")
_SHORT_LINE = re.compile(
    "|".join(
        rf"^{re.escape(before)}(.+?){re.escape(between)}\d+{re.escape(after)}$"
        for before, rest in (t(lang, "short_answer_line").split("{text}") for lang in ("fr", "en"))
        for between, after in [rest.split("{n}")]
    ),
    re.MULTILINE,
)
_SOURCE_LINE = re.compile(r"^\[\d+\] .* — (.+)$", re.MULTILINE)  # the last " — ": a title may hold one
_CHECKED = re.compile("|".join(re.escape(t(lang, "checked_rule")) for lang in ("fr", "en")))
_OUR_LINES = re.compile(
    "|".join(
        rf"^{re.escape(t(lang, key).split('{')[0])}[^\n]*$\n?"
        for lang in ("fr", "en")
        for key in ("unsupported_legend", "written_by", "sentence_reason")
    ),
    re.MULTILINE,
)
# The openings of our own words for a reply that answers nothing (a refusal, a greeting).
_OWN_WORDS = tuple(
    CATALOG[lang][key].split("{")[0]
    for lang in ("fr", "en")
    for key in ("not_found", "no_question", "greeting", "thanks", "goodbye", "nothing_asked_about", "nothing_asked")
    + ("index_empty", "index_empty_reader")
)
assert all(_OWN_WORDS), "a refusal's opening is empty: every reply would read as one"


def reply_turn(question: str, resolved: str, content: str) -> Turn:
    """The turn an assistant message of the API's history makes: the same as the web chat's
    and the CLI's (``turn_of``) when the message is one of ours (``openai_api.message_text``),
    whose short answer, cited files and refusals it reads back; else the message's text as
    its answer (pure).

    An eighth walk asked the same three questions in the web chat and over ``/v1`` and got
    two answers to the third: the API's turns held each reply whole, without its files.
    """
    text, *listed = _SOURCES.split(content, maxsplit=1)
    text = _CHECKED.split(text)[-1]  # a streamed draft the check replaced is no part of the answer
    text = _NOTICE.sub("", text.strip())
    if text.startswith(_OWN_WORDS):
        return Turn(question, resolved, "", (), text)
    short = _SHORT_LINE.search(text)
    if short is not None:
        text = (text[: short.start()] + text[short.end() :]).strip()
    # A generated answer's marks, legend, model line and reasons are ours, not the answer's
    # ("— Réponse rédigée par Mistral Small…" read as a name: a review).
    text = _OUR_LINES.sub("", text).replace(f"{UNSUPPORTED} ", "").strip()
    said = next((g for g in short.groups() if g), "") if short else text
    sources = tuple(dict.fromkeys(m.group(1).split(" · ")[0] for m in _SOURCE_LINE.finditer("".join(listed))))
    return Turn(question, resolved, said, sources, text)


def content_text(content: object) -> str:
    """A message's text: a string, or the text parts of OpenAI's list-of-parts form (pure).

    Raises:
        ValueError: the content is neither.
    """
    if content is None:
        return ""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return " ".join(str(p.get("text") or "") for p in content if isinstance(p, Mapping) and p.get("type") == "text")
    raise ValueError(en("history_content"))


def _mistyped(word: str) -> bool:
    """Whether a word (small letters) is a question word typed with one slip (pure): two
    letters swapped ("qeul", "combein", "hwo"), one left out ("coment", "pourqoi") or doubled
    ("quell"). A letter added otherwise makes a name as often as a typo ("Quandt", "Quin",
    "Quid"), and is not read as one."""
    from paddockqa.lexical import one_slip

    if len(word) < 3 or word in _QUESTION_WORDS:
        return False
    # one_slip's words as long as the word or longer are its swaps and its letters left out;
    # a shorter one is read as the word's slip only when the letter it drops was doubled.
    return any(
        len(q) >= len(word)
        or any(word[i] == word[i + 1] and word[:i] + word[i + 1 :] == q for i in range(len(word) - 1))
        for q in one_slip(word) & _QUESTION_WORDS
    )
