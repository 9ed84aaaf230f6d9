"""The kind of answer a question asks for, and whether a span of text is one (pure).

An extractive reader returns its likeliest span whatever it is: asked "Quel âge a Julien
Faure ?", the shipped reader quoted a lap record, "12 secondes 345"; asked "Combien de fois
par an Patrick Pilet traverse-t-il l'Atlantique ?", a clause without a number. Checking the
answer type the question expects is a classic step of question answering (Harabagiu et al.
2000, "FALCON: Boosting Knowledge for Answer Engines", TREC-9; Moldovan et al. 2000, ACL):
here the types whose forms a rule can tell, in French and in English questions, checked on
the reader's span and the words right after it ("42" then "ans"):

- ``year`` ("En quelle année…", "In which year…"): a number of three or four digits, or
  "l'an 9";
- ``count`` ("Combien de…", "How many…", not "combien de temps", whose answers are often
  words, "la décennie"): a number in digits or in words, an ordinal, "plusieurs", "aucun",
  "peu"; and not a number measured in a unit other than what is counted
  (``measure_clash``: "742 km" counts no riders; asked "Combien de coureurs ?", a new user's
  walk got it);
- ``age`` ("Quel âge…", "How old…"): a number with a unit of time ("42 ans", "quatre mois"),
  "âgé de", "né en", or "years old";
- ``length`` ("Quelle est la longueur du circuit…", "Quelle distance…", "How long is the
  stage…", not a gap "How far behind…"): a number with a length unit, not a speed ("44,3
  km/h");
- ``money`` ("Quel est son salaire…", "Quel montant…", "Combien coûte…", "How much does it
  cost…"): a currency ("€", "dollars") or a number of millions or thousands ("12 milliards");
- ``name`` ("Qui…", "Où…", "D'où…", "Dans quelle ville…", "Pour quelle équipe…", "Who…",
  "Where…"): a person, a team or a place, so not a span of numbers and dates alone ("2003"
  answered "Et d'où vient-il ?" in a new-user walk). Checked on the span alone: the words
  after a date ("2003, à Nogaro") are not the reader's answer.

On piaf-train's questions (the split rules may be chosen on) the gold answer has its
question's type for the 151 year questions (149 before plurals were read), 14 of the 15 age questions ("64": its unit is
in the words after), 289 of the 291 count questions (and none of the 238 "combien de X"
answers is measured in a unit other than X's) and 6 of the 7 money questions ("Quel
montant en 2019" -> "12 milliards"; "… de remuneration …" -> "allocation principale de 1,25 fr"
is missed, written without its accent); and 1,122 of the 1,123 name questions ("Qui prend son
autonomie ?" -> "Le", a slip of the annotator's).

English forms follow the French ones: over piaf-train's questions in our English translation
(training/data/piaf-train-en.jsonl), 118 English questions had no type where their French twin
had one (87 names: "For whom…", "Whose…", "Which Latin American countries…"; 21 counts: "How
many times…"; money, birth and power: "What amount…", "date of birth", "What is the
Vizzavona's power output?"), 30 since. Of the 1,710 English questions now typed, the gold
answer has the type for all but 11 (the French kinds: "Le", "64", "Néolithique" for "How old
is Iranian music?"; 11 of 1,590 before). That check cannot catch a wrong name type (a name is
any span but dates and numbers), so the look-alikes are kept out by hand: a relative clause
("When did Loeb, who won nine titles, retire?"), a rank ("What place…"), "What makes…",
"track record", "power unit", "What amount of fuel…".
"""

from __future__ import annotations

import re

from paddockqa.dates import ANY_WEEKDAY
from paddockqa.lexical import fold_accents

# French and English number words; "un", "une" and "one" too ("une victoire" answers
# "combien"), so a count is missing only when no number is said at all.
_NUMBER_WORDS = (
    "une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingts?|trente"
    "|quarante|cinquante|soixante|septante|octante|nonante|cents?|mille|millions?|milliards?"
    "|dizaines?|douzaines?|quinzaines?|vingtaines?|trentaines?|centaines?|milliers?|plusieurs|aucune?|quelques"
    "|moitié|double|triple|seule?|premi(?:er|ère)s?|second(?:e|s|es)?|\\w+i[eè]mes?"
    "|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?|millions?"
    "|peu|beaucoup|nombreu(?:x|ses)|autant"
    "|once|twice|several|none|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
)
_NUMBER = rf"(?:\d|\b(?:{_NUMBER_WORDS})\b)"
# A count's number is a cardinal: "deuxième manche de l'European Prototype Series" and
# "troisième saison" count nothing (a tenth walk's answers to how many laps, cars, wins); of
# piaf-train's and piaf-dev's 316 count questions, 4 have only an ordinal for gold answer.
_ORDINAL_WORDS = (
    r"premi(?:er|ère)s?|second(?:e|s|es)?|\w+i[eè]mes?|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
)
_CARDINAL = rf"(?:\d|\b(?!(?:{_ORDINAL_WORDS})\b)(?:{_NUMBER_WORDS})\b)"
_UNIT = r"(?:ans?|années?|mois|semaines?|jours?|years?|months?|weeks?|days?)"
# What joins "âgé" to its number: "âgé de 42", "âgée d'une trentaine", "âgé de seulement 17".
_AGED_OF = r"\s+d(?:e\s+|['’]\s*)(?:(?:seulement|à\s+peine|tout\s+juste|presque|près\s+de)\s+)?"

# A time that is a delay or a length, not an age: "douze mois après avoir remporté…" (asked
# Romain Dumas's age, which the corpus does not give, a walk got "douze mois" at 0.74),
# "dix ans de carrière". No gold age of piaf-train's is followed by these.
_NOT_AN_AGE = (
    r"(?!\s+(?:après|avant|plus\s+(?:tard|tôt)|auparavant|later|earlier|before|after|ago"
    r"|de\s+(?:carrière|contrat|course|compétition|retard|suspension|prison|travail|partenariat)))"
)
# Before a number of years or days, a duration's word: "une seule fois en six jours" is no age
# (a seventh walk's answer to "Quel âge a Sébastien Delorme ?"), nor "pendant trois ans".
# (the number whole: "pendant 25 ans" is not an age from its "5", a review)
_NOT_A_DURATION = r"(?<!\ben )(?<!\bpendant )(?<!\bdurant )(?<!\bdepuis )(?<!\bin )(?<!\bfor )(?<![\d,.])"
# The same words before a span, in its sentence, and a time ago: "Il y a trois ans, un tour à 2'18
# suffisait", "ça fait quinze ans que je roule" (a twentieth walk's answer to the organiser's age).
_A_DURATION_BEFORE = re.compile(
    r"\b(?:il\s+y\s+a|[çc]a\s+fait|cela\s+fait|voici|voilà|depuis|pendant|durant|for)\s+$", re.I
)
# "Quel est le prix d'une place…": a second walk got "186 kilomètres chronométrés" (2026-12-05).
_MONEY_WORDS = (
    r"(?:salaires?|rémunérations?|montant|budget|co[uû]t|prix\s+de\s+vente|tarifs?"
    # "le prix d'entrée" too: a seventh walk got the crowd, "1 800", for it
    r"|prix\s+(?:d['’](?:une?)?|du|des|de\s+la|de\s+l['’])\s*(?:place|billet|entrée|ticket|abonnement|inscription"
    r"|engagement)s?"
    # "le prix d'une Alpine A110 GT4" (a fourteenth walk got "douze courses"; no award is "d'une")
    r"|prix\s+d['’]\s*une?(?=\s)"
    # "le prix d'achat d'un Volta EK-1" (a twenty-first walk got a charge's "45 minutes")
    r"|prix\s+d['’]\s*achat)"
)
# A price's noun after "combien": "le billet", "la place", "l'entrée", "l'engagement" (one, not
# "les engagements": the entries).
_PRICED = (
    r"(?:(?:le|la|l['’]|un|une)\s*(?:billet|entrée|ticket|engagement|inscription|abonnement|pass|repas|parking)\b"
    # (not someone's place: "Combien la place de Paul Roy au classement ?", a review)
    r"|(?:la|une)\s+place\b(?!\s+(?:de|d['’]|du|au|à\s+l['’]arrivée)\b)|les\s+(?:billets|places|tickets|pass)\b)"
)
# An age's bound asked: "Quel est l'âge minimum pour courir … ?", "À partir de quel âge … ?".
AGE_BOUND_ASKED = re.compile(
    r"\b(?:[âa]ge\s+(?:minimum|maximum|minimal|maximal|limite|requis)|limite\s+d['’]\s*[âa]ge"
    r"|(?:à\s+partir\s+de|dès|jusqu['’]à)\s+quel\s+[âa]ge|(?:minimum|maximum)\s+age|age\s+limit)\b",
    re.I,
)
_ASKS = (
    (
        # A time of day: "À quelle heure part la course phare ?" (an eleventh walk got "60 minutes",
        # the race's length, and the event's dates for when the gates open). None in piaf-dev.
        "clock",
        re.compile(
            r"\b(?:à|vers|dès|à\s+partir\s+de)\s+quelle\s+heure\b|\bat\s+what\s+time\b"
            r"|\bwhat\s+time\s+(?:does|do|did|will|is|are)\b.*\b(?:start|begin|open|close|kick\s+off)",
            re.I,
        ),
    ),
    (
        # A share: "Quelle part du budget vient d'entreprises régionales ?" (a tenth walk got the
        # budget, "1,4 million d'euros"); piaf-dev's three such questions are answered "5 %",
        # "99 % du poids", "70 %".
        "percent",
        re.compile(
            r"\bquel(?:le)?s?\s+(?:est|était|sera)?\s*(?:le|la)?\s*(?:pourcentage|part|proportion)\s+(?:de|du|des|d['’])"
            r"|\bcombien\s+de\s+(?:%|pour\s*cent)|\bwhat\s+(?:percentage|share|proportion|part)\s+of\b",
            re.I,
        ),
    ),
    (
        # A slope: "Quelle pente présentait la zone 12 ?" (a twenty-second walk got its name, "le
        # Mur"), in a share or in degrees ("12 degrés", a review)
        "slope",
        re.compile(
            r"\bquelle\s+(?:est\s+|était\s+|a\s+été\s+)?(?:la\s+)?pente\b|\bwhat\s+(?:is\s+|was\s+)?the\s+(?:slope|gradient)\b",
            re.I,
        ),
    ),
    (
        "money",
        re.compile(
            rf"\bquel(?:le)?\s+(?:est|était|sera|serait)?\s*(?:le|la|son|sa|leur)?\s*{_MONEY_WORDS}\b"
            # not "À combien s'élève…", which may ask a count (a population): a count takes any number
            # (the past too: "Combien coûtait le pass week-end ?", a fifteenth walk)
            # (and "Combien ont coûté les 42 caméras … ?", a twentieth walk's count)
            r"|\bcombien\s+(?:co[uû]t(?:e|era|eront|ent|ait|aient|erait|eraient)|gagne|touche|vaut"
            r"|(?:a|ont|avait|avaient|aura|auront)\s+co[uû]té)\b"
            # a sale's: "Combien a été adjugée la Ligier JS2 ?" (a twenty-second walk's auction)
            # (one thing: "Combien ont été vendues ?" counts)
            r"|\bcombien\s+(?:a|avait)\s+été\s+(?:adjugée?|vendue?)\b|\bhow\s+much\s+(?:was|were|did)\b.*\bsold\b"
            # what was paid, or a ticket's price asked as one speaks: "C'était combien le billet ?",
            # "Combien a-t-il payé sa KTM ?", "Il fallait payer combien ?" (a seventeenth walk got the
            # track's length, "1 000 mètres"); not "Combien de spectateurs ont payé leur place ?"
            # (a price's noun said: not "C'était combien, l'écart à l'arrivée ?", "Combien les
            # engagements ?", the entries; someone who paid: not "Combien ont payé leur place ?": a review)
            rf"|\bc['’](?:est|était|sera)\s+combien\W*{_PRICED}"
            # (not a penalty paid: "Combien a-t-il payé en pénalité ?", a review)
            r"|\bcombien\b(?!\s+(?:de|d['’]))(?![^?]*\b(?:pénalit\w*|sanction\w*|classement|anticipé|places?|secondes?"
            r"|tours?|points?)\b)[^?]*?\b(?:a|avait|ont|avaient)-t-(?:il|elle|ils|elles)\s+(?:payée?s?|déboursée?s?|dépensée?s?)\b"
            r"|\bpay(?:er|ait|aient|e|ent)\s+combien\b"
            # (its subject before the verb too: "combien lestrade a payé sa lola", a nineteenth walk
            # got the car's weight)
            r"|\bcombien\s+(?!de\b|d['’]|ont\b|a\b)(?:[\w’'-]+\s+){1,3}(?:a|avait|ont|avaient)\s+(?:payée?s?|déboursée?s?"
            r"|dépensée?s?)\b(?![^?]*\b(?:pénalit\w*|sanction\w*|places?)\b)"
            rf"|\bcombien\W*{_PRICED}"
            r"|\bhow\s+much\s+(?:does|did|do|is|was|will)\b.*\b(?:cost|earn|paid|pay|worth)\b"
            # "How much was a three-day ticket …?" (a seventeenth walk got the crowd, "147,000")
            r"|\bhow\s+much\s+(?:is|was|were|are|will\s+be)\s+(?:\w[\w-]*\s+){0,4}?(?:tickets?|pass(?:es)?"
            r"|admission|seats?|fees?)\b"
            r"|\bwhat\s+(?:is|was)\s+(?:the|his|her|its|their)\s+(?:salary|budget|cost|price|fee)\b"
            # "What amount in 2019?", "What is Leavitt's final salary?" (piaf-train's English)
            # ("What amount of fuel…" asks a quantity)
            r"|\bwhat\s+amount\b(?!\s+of\s+(?!money|cash|funding|prize))"
            r"|\bwhat\s+(?:is|was)\s+\w[\w-]*(?:\s+\w[\w-]*)*['’]s\s+(?:\w+\s+)?(?:salary|budget|fee)\b",
            re.I,
        ),
    ),
    (
        "year",
        # Plurals too: "En quelles années…", "In which years did…" (piaf-train; eval/press's
        # "In which years did Romain Dumas win…" was answered "20 octobre").
        re.compile(
            r"\b(?:en|de|depuis|dans)\s+quelles?\s+années?\b|^\s*quelles?\s+années?\b|\b(?:which|what)\s+years?\b",
            re.I,
        ),
    ),
    (
        "age",
        re.compile(
            r"\bquel\s+[âa]ge\b|\bhow\s+old\b|\bat\s+what\s+age\b"
            # "Quel est l'âge de X ?" (a second walk), not "l'âge d'or", "à l'âge de 8 ans" (PIAF)
            r"|\bquel\s+(?:est|était)\s+l['’]\s*[âa]ge\s+(?:de|d['’]|du|des)\b|\bwhat\s+(?:is|was)\s+the\s+age\s+of\b"
            # an age's bound: "Quel est l'âge minimum pour courir … ?" (a nineteenth walk got a price)
            rf"|{AGE_BOUND_ASKED.pattern}",
            re.I,
        ),
    ),
    # A third walk's (2026-12-05): "Quand est né Clément Tissot ?" answered "34 ans", "Quel est le
    # poids de la Mygale ?" "160 chevaux", "Quel temps faisait-il au Touquet ?" "Cinq semaines".
    (
        "birth",
        re.compile(
            r"\b(?i:date\s+de\s+naissance\s+(?:de\s+|d['’]\s*|du\s+)?)[A-ZÀ-Ý]|\b(?i:quand\s+(?:est|était)\s+née?\s+)[A-ZÀ-Ý]"
            r"|\b(?i:quand)\s+[A-ZÀ-Ý][\w’'-]*(?:\s+[A-ZÀ-Ý][\w’'-]*)*\s+(?i:(?:est|était)-(?:il|elle)\s+née?)\b"
            r"|\b(?i:when\s+was)\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*\s+born\b|\b(?i:date\s+of\s+birth)\b(?=\s*(?:(?i:of)\s+[A-Z]|\??\s*$))",
        ),
    ),
    (
        "weight",
        re.compile(
            r"\b(?i:combien\s+p[eè]s\w*)\b"
            r"|\b(?i:quel(?:le)?\s+est\s+(?:le\s+|son\s+)?poids\s+(?:de\s+la\s+|de\s+l['’]\s*|du\s+|de\s+))[A-ZÀ-Ý]"
            r"|\b(?i:how\s+heavy)\b|\b(?i:how\s+much\s+(?:does|did|do)\b.*\bweigh)",
        ),
    ),
    # A seventh walk: "Quelle est la longueur du circuit de Salbris ?" answered "Loir-et-Cher",
    # "Quelle distance pour la 2e étape ?" "44,3 km/h" (a speed).
    (
        "length",
        re.compile(
            # not a gap ("À quelle distance du vainqueur a-t-il terminé ?", "How far behind was he?": a review)
            r"^(?!.*\b(?:behind|ahead|derrière|devant|vainqueur|winner|leader|avance|retard|écart|gap)\b).*?"
            r"(?:\bquelle\s+(?:est\s+|était\s+|sera\s+)?(?:la\s+)?(?:longueur|distance)\b|\bcombien\s+mesur\w*"
            r"|\bhow\s+long\s+(?:is|was|will\s+be)\s+(?:the|this|that|each)\s+(?:\w+\s+)?(?:stage|track|circuit|course"
            r"|route|lap|special|loop|leg)\b|\bwhat\s+(?:is|was)\s+the\s+(?:length|distance)\b|\bhow\s+far\b)",
            re.I,
        ),
    ),
    (
        "power",
        re.compile(
            # (of a kind: "Quelle est la puissance d'une 2CV de course ?", a twentieth walk got its
            # fuel consumption)
            r"\bquelle\s+est\s+la\s+puissance\s+(?:du|de\s+la|de\s+l['’]|des|de|d['’]\s*une?)\b"
            r"|\bwhat\s+(?:is|was)\s+the\s+(?:power|horsepower)\s+of\b|\bhow\s+(?:powerful|much\s+(?:power|horsepower))\b"
            # "What is the Vizzavona's power output?", not "What is Honda's power unit called?"
            r"|\bwhat\s+(?:is|was)\s+(?:the\s+)?\w[\w-]*(?:\s+\w[\w-]*)*['’]s\s+(?:power|horsepower)(?:\s+output)?\s*\??\s*$",
            re.I,
        ),
    ),
    (
        # A speed: "Quelle vitesse de pointe a été mesurée … ?" (a twenty-second walk got "9e Grand
        # Prix"), "À quelle vitesse peut aller le Vizzavona ?" (PIAF's "22 nœuds"); not a gearbox's
        # ("De combien de vitesses dispose … ?")
        "speed",
        re.compile(
            r"\bquelle\s+(?:est\s+|était\s+|a\s+été\s+)?(?:la\s+|sa\s+|leur\s+)?vitesse\b(?!\s+de\s+(?:recharge|charge|connexion))"
            r"|\b[àa]\s+quelle\s+vitesse\b|\bwhat\s+(?:was\s+|is\s+)?(?:the\s+|his\s+|her\s+|its\s+)?(?:top\s+|maximum\s+|average\s+)?speed\b"
            r"|\bhow\s+fast\b",
            re.I,
        ),
    ),
    (
        "weather",
        re.compile(
            # impersonal: "Quel temps faisait Verstappen en Q3 ?" asks a lap time
            r"\bquel\s+temps\s+(?:fait-il|faisait-il|fera-t-il|ferait-il|a-t-il\s+fait|avait-il\s+fait)"
            r"|\bquelle\s+(?:est|était|sera)\s+la\s+météo\b|\bla\s+météo\s+(?:prévue|annoncée|du|de|à|au)\b"
            r"|\bwhat\s+(?:was|is|will\s+be)\s+the\s+weather\b",
            re.I,
        ),
    ),
    # A performance's time (a fifth walk's "Quel temps a réalisé Julien Ferrandi au Mont-Dore ?"
    # answered "9 juin 2024", the dateline); not "Quel temps faut-il pour…" (a duration, PIAF).
    # A gap to another competitor (a tenth walk: "Quel écart entre les Roux et Aubert à
    # l'arrivée ?" answered "61 points" of the standings, "Quel retard Théo Marchal avait-il sur le
    # vainqueur ?" "soixante ans hier"); piaf-train's two such questions answer "quatre longueurs
    # d'avance" and "un seul point".
    (
        "gap",
        re.compile(
            r"\b(?:quel(?:le)?\s+(?:est\s+|était\s+|a\s+été\s+)?(?:l['’]\s*|le\s+|son\s+|sa\s+)?(?:écart|retard|avance)\b"
            r"|avec\s+quel(?:le)?\s+(?:écart|retard|avance)\b|à\s+(?:combien|quelle\s+distance)\s+(?:du|de\s+la|de\s+l['’]|des)\s"
            r"|combien\s+de\s+(?:secondes|points|tours|minutes)\s+(?:d['’](?:avance|écart)|de\s+retard)"
            # (its unit unsaid: "Combien d'avance avait-il au départ de cette spéciale ?", a
            # twenty-fourth walk's follow-up answered "6" of 9"6)
            # (not a booking's or a start's: "Combien d'avance faut-il réserver ?", a review)
            r"|combien\s+(?:d['’](?:avance|écart)|de\s+retard)\b(?![^?]*\b(?:faut|fallait|faudra|réserv\w*|pris|prend\w*))"
            r")"
            # of a race: not "Quel retard a pris le chantier ?", "Quel est l'écart de température … ?" (a review)
            r"(?=.*\b(?:vainqueur|vainqueure|winner|leader|premier|première|second|deuxième|tête|arrivée|finish|ligne|line"
            r"|championnat|championship|classement|standings|course|race|rallye|rally|étape|stage|manche|round|tour"
            r"|spéciales?|ES\s*\d+"
            r"|pilote|driver|équipage|crew|points?|secondes?|seconds?|tours?|laps?))"
            # ... or between two said: "Quel écart sépare Fauvel de Jonas Imhof ?" (a thirteenth walk;
            # not "Quel écart d'âge sépare …", a review)
            r"|\bquel\s+(?:est\s+|était\s+)?(?:l['’]\s*|le\s+)?écart\s+sépar\w*"
            # (or between two named: "Quel écart entre Solaris Bristol et SunRunner Leuven ?", a
            # twentieth walk got a distance)
            r"|\bquel\s+(?:est\s+|était\s+|a\s+été\s+)?(?:l['’]\s*|le\s+)?écart\s+entre\s+(?:les?\s+|la\s+)?[A-ZÀ-Ý]"
            # "À combien Lucie Mathieu a-t-elle terminé de Bernollin ?" (a seventeenth walk got the
            # standings' "184 points"); not "À combien s'élève …"
            r"|^\W*(?:et\s+)?à\s+combien\s+(?!de\s|d['’])[^?]*?\b(?:termin\w*|fini\w*|arrivée?s?|classée?s?)\s+(?:de|du|des|d['’])"
            r"|\bhow\s+far\s+(?:behind|ahead)|\bwhat\s+(?:was|is)\b.*\b(?:gap|margin)\b|\bby\s+how\s+many\s+(?:seconds|points|laps|minutes)\s+did",
            re.I,
        ),
    ),
    (
        "laptime",
        # "Quel temps" with a performance's verb ("réalisé", "signé"): not "Quel temps a fait Paris
        # en 1910 ?", "Quel temps a-t-il fallu pour construire le pont ?" (a review).
        re.compile(
            r"\bquel\s+chrono\b|\ben\s+quel\s+temps\b"
            r"|\bquel\s+temps\b(?=.*\b(?:réalis\w*|sign[ée]\w*|établi\w*|boucl[ée]\w*|couru|tourn[ée]\w*"
            r"|enregistr[ée]\w*|obtenu)\b)"
            # a race's time: "En combien de temps Didier Morel a-t-il bouclé la course 1 ?", "Quel
            # temps total pour les vainqueurs ?" (a nineteenth walk answered "samedi" and a
            # visibility's "cinquante mètres"); not "En combien de temps le pont a-t-il été construit ?",
            # "… pour finir les travaux ?"
            # (in how much time, not how long: "Pendant combien de temps a-t-il couru en karting ?", a review)
            r"|\ben\s+combien\s+de\s+temps\b(?=.*\b(?:boucl[ée]\w*|parcouru\w*|couvert\w*|couru|termin[ée]e?s?|finie?s?)\b)"
            # "Combien de temps X a-t-il mis pour boucler le rallye ?" (a twenty-first walk answered
            # a gap, "à 48,6 secondes du vainqueur"); not "… mis pour construire le circuit ?"
            # (not "mis pour rallier Yanbu", days of a rally-raid's leg: a review)
            r"|\bcombien\s+de\s+temps\b(?=.*\bmis\s+pour\s+(?:boucler|terminer|finir)\b)"
            r"|\bquel\s+(?:(?:est|était|a\s+été)\s+le\s+)?temps\s+(?:total|final|de\s+course)\b"
            # the best lap itself: "Quel a été le meilleur tour des 12 heures 2CV ?" (a twentieth walk)
            r"|^\W*quel\s+(?:a\s+été|était|est|fut)\s+le\s+meilleur\s+tour\b"
            # a lap record: "Quel est le record du tour du circuit … ?" (a twenty-first walk got "trois
            # ans de travaux"); not who holds it
            # (what the record is, not who holds it nor since when: a review)
            r"|\bquel\s+(?:est|était)\s+le\s+record\s+du\s+tour\b|\bwhat\s+(?:is|was)\s+the\s+(?:\w+\s+)?lap\s+record\b"
            r"|\bwhat\s+(?:lap\s+)?time\s+did\b.*\b(?:set|clock|post|run|do)\b"
            # the pole's or the best lap's time ("Quel était le temps de la pole position … ?", a
            # thirteenth walk answered "30 minutes" of "a résisté pendant 30 minutes")
            # (not "Qui a signé le temps de la pole ?", "Who set the fastest lap time?": a name, a review)
            r"|^(?!\W*(?:(?:et|and)\s+)?(?:qui|who|quel(?:le)?\s+(?:pilote|équipe|écurie|équipage)|which\s+(?:driver|team))\b)"
            r".*?(?:\btemps\s+(?:de\s+(?:la\s+)?|du\s+)?(?:pole|meilleur\s+tour|tour\s+le\s+plus\s+rapide)"
            r"|\b(?:pole(?:\s+position)?|fastest\s+lap|best\s+lap)\s+time\b)",
            re.I,
        ),
    ),
    # A finishing place: "À quelle place Romain Dumas a-t-il terminé le Petit Le Mans ?" was
    # answered "Etats-Unis" (the press set); with a verb of finishing or a standings, not "Quel
    # rang occupe Yamina Benguigui ?" nor "Quelle position occupe le lion ?" (PIAF).
    (
        "rank",
        re.compile(
            # the verbs in small letters: "Alberto Fini" is no "fini"
            r"\bquel(?:le)?\s+(?:place|rang|position)\b(?=.*\b(?-i:termin(?:é|ée|e|a|ait|era|ent)|fini[ts]?|finira"
            r"|finissait|(?:est|sont|a\s+été|se)\s+class\w*|classée?\s+(?:au|à|en)|obtien\w*|obtenu\w*"
            r"|(?:est|sont)\s+arrivée?s?|arrivera|commencer\w*|commenceront|partira|partiront|se\s+positionn\w*"
            r"|occup\w*(?:-t-\w+)?\s+(?:au|dans\s+le)\s+classement)\b)"
            # "À quelle place" of any verb: "…était l'équipage … au moment de l'accident ?", "…s'est
            # qualifié X ?" (a twenty-third walk got "sous la chaussée", a team's bracket); all ranks
            # in piaf-train and piaf-dev ("A quelle place est Teutenberg lors de la course ?")
            # (not a town's square: "À quelle place de Pau a été donné le départ ?", a review)
            r"|\b[àa]\s+quel(?:le)?\s+(?:place|rang|position)\b(?!-)(?!\s+(?:de|du|d['’])\s*(?-i:[A-ZÀ-Ý]))"
            r"|\b(?:what|which)\s+(?:place|position)\b(?=.*\b(?:finish\w*|ended|end\s+up|came|come\s+(?:in|home)"
            r"|start(?:ed|s)?\s+(?:from|in)|classif\w*)\b)"
            # "Où Nadia Perrin a-t-elle terminé la course de Nogaro ?", "Where did he finish in British
            # GT4?" (a tenth walk got "Pau" and a series' name); none in piaf-train nor piaf-dev.
            # (someone named: not "Où s'est terminée la course ?", where it ended: a review)
            # (after a race named first too: "En course 2, où Hugo Rouvière a-t-il fini ?", a
            # twenty-first walk's follow-up answered "à Nogaro")
            r"|^\W*(?:(?:et\s+)?(?:en|dans\s+la|lors\s+de\s+la)\s+(?:course|manche|finale)\s+\d+\s*,\s*)?"
            r"o[ùu]\s+[A-ZÀ-Ý][\w’'-]*(?:\s+[A-ZÀ-Ý][\w’'-]*)+\s+(?:(?:a|avait)-t-(?:il|elle)\s+(?:terminé|fini)"
            r"|s['’](?:est|était)-(?:il|elle)\s+classée?)\b"
            # "Où a terminé Clément Vasseur au Grand Prix d'Italie ?", "Où s'est classé X ?" (an eleventh walk)
            # (a team's car too: "Où a terminé la n°19 de Charente Racing ?", a twenty-first walk's cousin)
            r"|^\W*o[ùu]\s+(?:a|avait|s['’]est|s['’]était)\s+(?:terminé|fini|classée?)\s+"
            # (not "Où s'est terminé le Rallye Monte-Carlo Historique ?", where it ended: a review)
            r"(?:(?:le|la|l['’])\s*n°\s*\d+\s+(?:de\s+|du\s+|d['’]\s*)?)?(?-i:[A-ZÀ-Ý])[\w’'-]*"
            r"(?:\s+(?-i:[A-ZÀ-Ý])[\w’'-]*)+"
            r"|\bwhere\s+did\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)+\s+finish\b",
            re.I,
        ),
    ),
    ("count", re.compile(r"\bcombien\b(?!\s+de\s+temps)|\bhow\s+many\b|\bhow\s+much\b(?!\s+time\b)", re.I)),
    (
        "name",
        re.compile(
            r"^\W*(?:et\s+)?(?:(?:à|a|avec|par|pour|de|contre|chez|derrière|devant)\s+)?qui\b"
            r"|^\W*(?:et\s+)?(?:d['’]\s*|par\s+)?où\b|\bd['’]\s*où\b"
            r"|\bquel(?:le)?s?\s+(?:ville|pays|région|département|continent|lieu|endroit|commune|circuit"
            r"|équipe|écurie|team|constructeur|marque|pilote|copilote|vainqueur|gagnant)s?\b"
            # English as the French: a preposition before "who" ("For whom…", "Against whom…"),
            # "whose" ("De qui…"), after an opening clause with no question word ("According to
            # FIFA, where…", not "When did Loeb, who won nine titles, retire?"), the French
            # nouns' counterparts, in the plural and after an adjective or two ("Which Latin
            # American countries…"; checked against piaf-train's English translations). Not
            # "place", a rank too ("What place did he finish?"), nor "make" ("What makes…").
            r"|^\W*(?:and\s+)?(?:(?:with|for|by|to|from|against|of|behind|near)\s+)?(?:who|whom|whose|where)\b"
            r"|^(?![^,]*\b(?:what|which|when|why|how|who|whom|whose|where)\b)[^,]*,\W*(?:who|whom|whose|where)\b"
            r"|\b(?:which|what)\s+(?:(?!(?:is|was|are|were|does|did|do|has|have|had|will|can|could|would|the|a|an|of"
            r"|kind|sort|type|takes?|took)\b)[\w-]+\s+){0,2}?(?:team|city|cities|country|countries|town|village|region"
            r"|department|continent|location|venue|municipality|circuit|manufacturer|brand|driver|co-driver|codriver"
            r"|winner)s?\b(?!\s+(?:number|length|records?)\b)",
            re.I,
        ),
    ),
)
_MONTHS = (
    r"janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|january|february"
    r"|march|april|may|june|july|august|september|october|november|december"
)
# The units of a length, for the type and for what a count's number measures (``_MEASURES``).
_LENGTH_UNITS = (
    r"km|kilom[eè]tres?|kilometers?|kilometres?|m|mètres?|meters?|metres?|cm|centimètres?|mm|miles?|milles?|pieds?"
    r"|feet|foot|ft|pouces?|inch(?:es)?|yards?|lieues?|pc|parsecs?|années?-lumière|light-years?"
)
_HOLDS = {
    "clock": re.compile(
        # not a duration: "4 h 38 min 12 s", "une épreuve de 2 heures", "24 Heures" (a review)
        r"(?<![\d,.])\d{1,2}\s*h(?:\s*\d{2})?\b(?!\s*\d{0,2}\s*min)(?!\s*\d{1,2}\s*min)"
        r"|\b(?:à|vers|dès|avant|après|at|by)\s+\d{1,2}\s*heures?(?:\s+\d{2})?\b|\b\d{1,2}:\d{2}\b(?![:.,]\d)"
        r"|\bmidi\b|\bminuit\b|\bnoon\b|\bmidnight\b|\b\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)",
        re.I,
    ),
    "percent": re.compile(
        r"\d+(?:[,.]\d+)?\s*(?:%|pour\s*cents?\b|percent\b|per\s+cent\b)|\bmoitié\b|\btiers\b|\bquarts?\b"
        r"|\bmajorité\b|\bhalf\b|\bthirds?\b|\bquarters?\b|\bmajority\b",
        re.I,
    ),
    # A time, laps or lengths; points only said as a lead ("3 points d'avance"), not a total
    # ("61 points" of the standings).
    "gap": re.compile(
        r"\d+(?:[,.]\d+)?\s*(?:s|sec|secondes?|seconds?|min|minutes?|tours?|laps?|dixièmes?|centièmes?"
        r"|millièmes?|tenths?|longueurs?|lengths?)\b|\d+\s*['’′]\s*\d+(?:\s*[\"″.,]\s*\d+)?"
        r"|\d+\s*[\"″]\s*\d+|\d+(?:[,.]\d+)?\s*(?:points?|pts)\s+(?:d['’](?:avance|écart)|de\s+retard|du|de|d['’]|ahead|behind|clear)"
        r"|\b(?:une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente"
        r"|quarante|cinquante|soixante|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty)"
        r"(?:[\s-]+(?:une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|et))*\s+(?:seule?\s+)?"
        r"(?:tours?|secondes?|minutes?|dixièmes?|laps?|seconds?|points?|longueurs?|lengths?)\b"
        r"|\bdemi-(?:seconde|tour)\b|\ba\s+(?:tenth|hundredth)\s+of\s+a\s+second\b",
        re.I,
    ),
    "birth": re.compile(rf"\b\d{{3,4}}\b|\b(?:{_MONTHS})\b", re.I),
    "weight": re.compile(
        rf"{_NUMBER}[\d\s,.]*\s*(?:kg|kilos?|kilogrammes?|tonnes?|t|grammes?|g|livres|lbs?|pounds?)\b", re.I
    ),
    # not a speed ("44,3 km/h", "5 m/s") nor money ("3 M€")
    "length": re.compile(rf"{_NUMBER}[\d\s,.]*\s*(?:{_LENGTH_UNITS})\b(?![/€$£])", re.I),
    "power": re.compile(rf"{_NUMBER}[\d\s,.]*\s*(?:ch|chevaux|cv|kw|kilowatts?|watts?|w|hp|bhp|horsepower)\b", re.I),
    # (in words too: "254 kilomètres à l'heure", "206 miles per hour", a review)
    "slope": re.compile(rf"{_NUMBER}[\d\s,.]*\s*(?:%|pour\s*cents?\b|degrés?\b|degrees?\b|°)", re.I),
    "speed": re.compile(
        rf"{_NUMBER}[\d\s,.]*\s*(?:km\s*/\s*h|kmh|mph|nœuds?|noeuds?|knots?|m\s*/\s*s"
        r"|(?:kilomètres?|km|miles?)\s+(?:à\s+l['’]\s*heure|par\s+heure|per\s+hour|an\s+hour))",
        re.I,
    ),
    "weather": re.compile(
        r"\b(?:pluie|pluvieu\w*|pleu\w*|averses?|orag\w*|soleil|ensoleillé\w*|sèche|humide|nuag\w*|brouillard"
        r"|brume|neig\w*|vent|venteu\w*|rafales?|chaud\w*|chaleur|froid\w*|fraîche|gel\w*|canicule|grêle"
        r"|mouillée?s?|degrés?|rain\w*|sunny|sunshine|dry|wet|cloud\w*|fog\w*|snow\w*|wind\w*|hot|cold"
        r"|heat)\b|°",
        re.I,
    ),
    "money": re.compile(
        r"[€$£]|\b(?:euros?|dollars?|francs?|livres?\s+sterling|pounds?|k€|M€|cents?|centimes?)\b"
        r"|\d\s*livres\b"  # "pour 26 000 livres" (a nineteenth walk's car bought in England)
        rf"|{_NUMBER}[\d\s,.]*\s*(?:millions?|milliards?|mille|billions?|thousands?)\b",
        re.I,
    ),
    "year": re.compile(r"\b\d{3,4}\b|\ban\s+\d", re.I),
    # 1'52"318, 1’52, 52"318, 4h52'18, 9,58 s, 3 min 12, 1:52.318
    "laptime": re.compile(
        r"\d\s*['′’]\s*\d|\d\s*[\"″]\s*\d|\b\d+\s*h\s*\d|\b\d{1,2}:\d{2}"
        r"|\b\d+(?:[.,]\d+)?\s*(?:s|sec|secondes?|min|minutes?|seconds?)\b",  # not "24 Heures du Mans"
        re.I,
    ),
    "count": re.compile(_CARDINAL, re.I),
    # A place in a ranking: "18e", "deuxième", "3e place", "pole position", "vainqueur", "P2"
    # (piaf-train's and piaf-dev's 15 such gold answers all hold one).
    # A number only with an ordinal's ending, a "P", "place" or "rang" before it, or a range: not
    # "(20 octobre)", "1.8 seconds" (the press set's and a walk's first answers).
    # An ordinal of an edition, a season, a stage is none ("la 15e édition du Petit Le Mans");
    # "second" of a time is none either ("1,8 seconde", "1.8 seconds").
    "rank": re.compile(
        r"(?:\b\d+\s*(?:e|er|re|ère|ème|eme|st|nd|rd|th)\b|\b(?:premi[eè]re?s?|derni[eè]re?s?|\w+i[eè]mes?"
        r"|(?<!\d\s)second(?:e|es)?|first|third|last|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\w+teenth"
        r"|\w+tieth)\b)(?!\s*(?:édition|edition|fois|anniversaire|saison"
        r"|season|année|year|siècle|century|jour|day|étape|stage|manche|round|course|race|tour|lap)\b)"
        r"|\bP\d+\b|\b(?:place|position|rang)\s+\d|\b\d+\s+(?:à|-)\s+\d+\b"
        r"|\b(?:pole|podium|vainqueure?s?|victoire|champion(?:ne)?|winner|won)\b",
        re.I,
    ),
    "age": re.compile(
        rf"{_NOT_A_DURATION}{_NUMBER}[\w-]*\s*{_UNIT}\b{_NOT_AN_AGE}|\bâgée?s?{_AGED_OF}{_NUMBER}|\bnée?s?\s+(?:en|le)\b|\b(?-i:born)\b|^Born\s+(?:in|on)\b|\byears?\s+old\b"
        # ("born" in small letters: "Cupra Born" is a car, a thirteenth walk's age of Maxime Rolland)
        # English apposition, a bare number between commas: "Oliver Grant, 25, won…" (a second walk)
        r"|^\d{1,2}(?=,\s)",
        re.I,
    ),
}
# Numbers and the words of a date: a span of nothing else names no one and nowhere ("2003",
# "le 1er mai 2022", "de 1994 à 1998", "entre 2002 et 2004", "mardi 3 mars", "sept. 2003").
_MONTHS = (
    "janv(?:ier)?|f[ée]v(?:r(?:ier)?)?|mars|avr(?:il)?|mai|juin|juil(?:let)?|ao[uû]t|sept?(?:embre)?|oct(?:obre)?"
    "|nov(?:embre)?|d[ée]c(?:embre)?|january|february|march|april|may|june|july|august|september|october"
    "|november|december|jan|feb|mar|apr|jun|jul|aug|sep"
)
_DATE_WORDS = (
    r"en|le|les|la|l['’]an|l['’]année|an|ans|années?|siècles?|à|au|aux|du|des|de|d['’]|et|entre|depuis|vers|fin"
    r"|début|mi|jusqu['’]en|jusqu['’]au|in|on|the|of|from|to|and|between|since|until|years?"
)
_ONLY_DATES = re.compile(
    # "1er" is a date's day before a month only: "1er", "4ème" alone are ranks ("Où s'est-il
    # classé ?" is answered "4ème").
    rf"(?:[\W_]|\d+(?![^\W_])|\d{{1,2}}(?:er|st|nd|rd|th)(?=\W+(?:{_MONTHS})\b)"
    rf"|\b(?:{_DATE_WORDS}|{_MONTHS}|{ANY_WEEKDAY})\b)*",
    re.I,
)
AFTER = 16  # characters after a span read with it: the unit of "42" is the word after ("ans")
AGE_AFTER = 40  # characters after "Âgée" looked at for the age it opens (``age_reach``)

# The units a number may be measured in, by what they measure. A count of riders, of wins or
# of laps is none of these: "742 km" answers "Combien de kilomètres ?", not "Combien de
# coureurs ?". "%" is no unit here: a share answers a count ("Combien de Mahorais ont voté
# pour ?" -> "99,4 %" on piaf-train).
_MEASURES = {
    "length": _LENGTH_UNITS,
    "mass": r"kg|kilos?|kilogrammes?|kilograms?|grammes?|grams?|tonnes?|tons?|lbs?|pounds?",
    "money": r"[€$£]|k€|m€|euros?|dollars?|francs?|centimes?|argent|money",
    "time": r"h|heures?|hours?|min|minutes?|s|secondes?|seconds?|ans?|années?|years?|mois|months?|jours?|days?"
    r"|semaines?|weeks?|siècles?|century|centuries|saisons?|seasons?|décennies?|decades?",
    "speed": r"km/h|mph|nœuds?|knots?",
    "area": r"km²|km2|m²|m2|hectares?|ha|acres?",
    "volume": r"litres?|liters?|m³|m3|cm³|cm3|cc",
    "temperature": r"°c?|degrés?|degrees?",
    "power": r"ch|cv|chevaux|kw|hp|horsepower",
}
_MEASURED = [(kind, re.compile(units, re.I)) for kind, units in _MEASURES.items()]
# What a count counts beyond the units: the kinds of things a race report counts, French and
# English. A question's noun and the noun after a span's number of two different kinds clash
# ("45 000 spectateurs" answers no "How many crews started…?", nor "150 équipages" "Combien de
# spectateurs sont attendus ?": a sixth walk), and an English noun joins its French kind, so an
# English question's noun finds the French text's ("crews", "équipages"). What is won or raced
# is one kind: "Combien de courses a-t-il gagnées ?" is answered "12 victoires". Singular,
# accents folded; a noun of no kind is judged by its unit alone, as before.
COUNT_KINDS = {
    "entrants": "coureur pilote voiture auto equipage concurrent participant moto bateau equipe athlete cycliste "
    "prototype coureuse partant engage classe inscrit camion kart bolide rider driver car crew competitor entrant "
    "entry starter finisher runner team truck bike cyclist",
    "spectators": "spectateur visiteur fan supporter spectator visitor",
    "staff": "benevole commissaire mecanicien salarie employe volunteer marshal mechanic employee staff",
    "results": "victoire succes titre couronne championnat course manche etape speciale epreuve podium pole win "
    "victory title crown championship race round heat stage",
    "points": "point pt",
    "laps": "tour lap boucle",
}
_COUNT_KIND = {noun: kind for kind, nouns in COUNT_KINDS.items() for noun in nouns.split()}
# What "combien de" or "how many" counts; "temps" and "fois" ask a duration or a frequency,
# whose answers are no count of a thing.
# "Combien de millions d'euros": the multiplier is not what is counted.
_MULTIPLIER = r"(?:(?:millions?|milliards?|milliers?|centaines?|dizaines?)\s+(?:de|d['’])\s*)?"
_COUNTED = re.compile(
    rf"\bcombien\s+(?:de|d['’])\s*{_MULTIPLIER}([^\W\d_]+(?:/h)?)|\bhow\s+many\s+(?:(?:millions?|thousands?)\s+of\s+)?([^\W\d_]+(?:/h)?)",
    re.I,
)
_NOT_COUNTED = frozenset({"temps", "time", "fois", "times"})
# Numbers written as words, French and English (an alternation, for regular expressions).
SMALL_NUMBER_WORDS = (
    "une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingts?|trente"
    "|quarante|cinquante|soixante|septante|octante|nonante|cents?|mille"
    "|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
)
_FIRST_NUMBER = re.compile(rf"(?<![\w,.])(?:\d|\b(?:{SMALL_NUMBER_WORDS})\b)", re.I)
# A number in digits, its groups of thousands and decimals whole: "96", "1 200", "3,5".
DIGITS = r"\d+(?:[\s\u202f\u00a0]\d{3})*(?:[,.]\d+)?"
# A number ("1 200", "12,5", "deux cents") and the word after it, past "millions de".
_NUMBER_THEN_UNIT = re.compile(
    rf"(?:{DIGITS}|(?:{SMALL_NUMBER_WORDS})(?:[\s-]+(?:{SMALL_NUMBER_WORDS}))*\b)"
    r"\s*(?:(?:millions?|milliards?|mille|thousands?|billions?)\s+(?:d['’e]\s*|of\s+)?)?"
    r"(km/h|km²|m²|km2|m2|m³|cm³|[mk]€|°c?|[€$£]|[^\W\d_]+)(?![’'])",  # "156 s'élanceront": no unit
    re.I,
)
# A time written as a chronometer shows it: "1'36\"812", "1h52'31\"6", "17'02\"418".
# (minutes' two digits: "1'800 spectateurs", a Swiss thousand, is no time: a review)
_CHRONO = re.compile(r"\d+\s*(?:h\s*\d+\s*)?['′’]\s*\d{2}(?!\d)|\d+\s*[\"″]\s*\d")
MEASURED_WORDS = 6  # a longer span is a clause: its first number need not be the answer's


def expected_type(question: str) -> str | None:
    """The type the question asks for: "clock", "percent", "money", "year", "age", "birth", "weight", "length", "power",
    "speed", "slope", "weather", "gap", "laptime", "rank", "count", "name", or None for any other (pure)."""
    for kind, asks in _ASKS:
        if asks.search(question):
            return kind
    return None


# A count or a rank and its unit, nothing else: "dix-septième", "22 points", "4e place".
_RANK_WORDS = re.compile(
    rf"\d+(?:[,.]\d+)?(?:e|er|re|ère|ème|eme)?|\w*i[eè]me|premi[eè]re?|(?:{SMALL_NUMBER_WORDS})"
    r"|(?-i:points?|pts|ans?|places?|positions?|rangs?|et|de|du|la|le|au)",  # in small letters: "Tours" is a town
    re.I,
)


def only_rank(span: str) -> bool:
    """Whether ``span`` says only a number or a rank ("dix-septième", "22 points", "4e place")
    (pure): no place's or person's name ("D'où vient Hugo Bernard ?" was answered "dix-septième"
    in a fourth walk)."""
    words = re.findall(r"[^\W_]+", span)
    return bool(words) and all(_RANK_WORDS.fullmatch(w) for w in words)


_ARTICLES = frozenset("le la les l un une des du de d au aux".split())
# A word naming where someone is from, in small letters: "espagnol", "lillois", "italienne".
_DEMONYM = re.compile(
    r"\w+(?:ais|aise|ois|oise|ien|ienne|ain|aine|ol|ole|and|ande|éen|éenne)s?",
)


def names_a_place(span: str) -> bool:
    """Whether ``span`` may say where someone is from (pure): a capitalised word other than an
    article ("Castres", "l'Olympique lillois") or a demonym ("espagnol", PIAF's answer to
    "D'où vient Luis Suárez Miramontes ?"); not "moto" ("dou vient hugo bernard" was answered
    "moto" from "je me sentais bien sur la moto" in a fourth walk)."""
    if len(span.split()) > PLACE_WORDS:
        return False  # a clause, no place: "Clara a impressionné tout le monde …" (a fifth walk)
    if A_MODEL.search(" ".join(span.split()[:3])):
        # "Citroën C3 Rally2" of a results list's "(Citroën C3 Rally2)" (a sixth walk); a model
        # further on leaves the place ("15 ans, d'Agen, champion de France F4": a review)
        return False
    if A_TEAM.match(span.strip()):
        # (nor what a team's name opens: "Arverne Racing, l'équipe fondée par Patrick Chassang à
        # Clermont-Ferrand" for where its driver comes from, a twenty-fourth walk's follow-up)
        return False
    # A team's name is no place: "Corsica Moto Racing" answered where a rider was born (an
    # eighth walk's cousin, the rider's releases naming his team before his town).
    words = re.findall(r"[^\W\d_]+", A_TEAM.sub(" ", span))
    return any((w[:1].isupper() and w.lower() not in _ARTICLES) or is_demonym(w) for w in words)


# A team's name: capitalised words around a word only a team's name holds ("Team Aravis Yamaha",
# "Moto Sud Racing", "Scuderia Corsa").
A_TEAM = re.compile(
    r"(?:[A-ZÀ-Ý][\w’'-]*\s+)*"
    # ("Équipe Henri Dufresne", capitalised: a tenth walk's team, refused once asked "Dans quelle écurie")
    r"(?-i:Racing|Team|Motorsports?|Scuderia|Squadra|Autosports?|Engineering|Academy|Écurie|Équipe|Compétition|Competition)"
    r"(?![\w’'-])(?:\s+[A-ZÀ-Ý][\w’'-]*)*"
)


# A letter then a digit in one word: a model's name ("C3", "Rally2", "i20", "GT3"), no place's.
A_MODEL = re.compile(r"[^\W\d_]\d")
# Words a place someone is from may take, with what a reader's span carries around it: "15 ans,
# d'Agen, le plus jeune lauréat de l'histoire de l'Académie" (a fifth walk) holds Agen.
PLACE_WORDS = 12


def is_demonym(word: str) -> bool:
    """Whether ``word`` has a demonym's ending ("palois", "Néerlandais", "espagnole") (pure)."""
    lower = word.lower()
    if lower in ("grand", "grande", "grands", "grandes"):
        return False  # "le Grand Prix de New York"
    if lower in _NOT_DEMONYMS:
        return False
    return _DEMONYM.fullmatch(lower) is not None or lower in _OTHER_DEMONYMS


# Common words of a demonym's ending: "trois courses" was a place someone comes from (a test of
# the thirteenth walk's demonyms), as "essais", "prochain", "mécanicien" could be.
_NOT_DEMONYMS = frozenset(
    "trois mois fois bois autrefois toutefois parfois quelquefois jamais mais désormais essais relais palais "
    "délais frais marais biais épais mauvais rabais certain certaine certains certaines prochain prochaine "
    "prochains prochaines lointain lointaine humain humaine humains humaines ancien ancienne anciens anciennes "
    "quotidien quotidienne gardien gardienne mécanicien mécaniciens technicien techniciens lien liens bien biens "
    "rien combien soutien entretien main mains demain lendemain train trains terrain terrains refrain copain "
    "copains souverain gain gains bain pain grain moyen moyenne moyens citoyen doyen musicien physicien "
    "historien comédien magicien électricien praticien parrain écrivain poulain sien sienne tien mien quand "
    "demande demandes commande commandes bande bandes lande viande école écoles pétrole rôle rôles symbole "
    "parole paroles console bol vol vols sol col cols alcool contrôle contrôles envol".split()
)


# Demonyms of other endings, of the countries a French motorsport release names most.
_OTHER_DEMONYMS = frozenset(
    "belge belges suisse suisses russe russes tchèque tchèques slovaque slovène croate basque basques corse corses "
    "grec grecque turc turque monégasque monégasques breton bretonne bretons britannique britanniques catalan "
    "catalane provençal provençale manceau mancelle girondin girondine girondins girondines angevin angevine "
    "angevins angevines poitevin poitevine poitevins poitevines tourangeau tourangelle savoyard savoyarde "
    # "le Périgourdin de 34 ans" (an eleventh walk)
    "périgourdin périgourdine auvergnat auvergnate messin messine "
    # "Le Picard a devancé …", "le Letton Janis Ozols" (the twelfth and thirteenth walks)
    "picard picarde picards picardes letton lettone lettons lettones".split()
)


# The words a gap's span may hold before its number: "à plus de 12 secondes", "une avance de
# 12,4 secondes" (a review), not a clause's ("la n°21 a mené 96 tours").
_GAP_WORDS = frozenset(
    "à a de d du plus moins près environ avec une un avance retard écart seulement que juste peine "
    "by at of over just around nearly almost about margin lead less more than only".split()
)


def gap_in(text: str) -> tuple[int, int] | None:
    """Where a results list's item ``text`` gives its gap, after "à" or "+" ("à 9"330", "à deux
    tours", "+4,812"; not the laps or the race time before it: "32 tours à 9"330", "en
    54'12"603"), or None (pure)."""
    for lead in _GAP_LEAD.finditer(text):
        found = _HOLDS["gap"].match(text, lead.end()) or _BARE_GAP.match(text, lead.end())
        if found is not None:
            whole = _A_TIME.match(text, found.start())  # "à 0 s 412", not "0 s" (a twenty-third walk)
            end = max(found.end(), whole.end() if whole else 0)
            return found.start(), _seconds_marked(text, found.start(), end)
    return None


def _seconds_marked(text: str, start: int, end: int) -> int:
    """``end`` past the seconds' mark that closes the time ``text[start:end]`` when it has
    minutes ("21h14'32\"", "à 18'47\""; a nineteenth walk quoted "21h14'32"), else ``end`` (pure)."""
    closed = text[end : end + 1] in ('"', "″") and re.search(r"['’′]\s*\d+$", text[start:end])
    return end + 1 if closed else end


# Around a number, the words that say it is a gap: "avec 2,318 s d'avance", "0.418 seconds ahead
# of", "devance de 1,42 s", "won by 3 laps", "une avance de 12 secondes".
_GAP_SAID_AFTER = re.compile(
    r"\s*(?:d['’]\s*(?:avance|écart)|de\s+retard|d['’]\s*retard|ahead|behind|clear|adrift|back\b|down\b"
    # "à 3 secondes de la gagnante" (a review)
    r"|(?:du|de\s+la|de\s+l['’]|des|de)\s*(?:vainqueur\w*|gagnant\w*|leader|tête|premier|première|winner))",
    re.I,
)
_GAP_SAID_BEFORE = re.compile(
    r"(?:\b(?:perd\w*|lost|los(?:es|ing)|concéd\w*|conced\w*|cédé)|\b(?:devanc\w*|précèd\w*|distanc\w*|battu\w*|bat)\b[^.;]{0,60}?(?<!chrono\s)(?<!tour\s)(?<!temps\s)(?<!record\s)\bde|\b(?:won|wins|winning|beat\w*|lead\w*)\s+"
    r"(?:\S+\s+){0,4}?by|\b(?:avance|écart|retard|margin|gap|lead)\s+(?:de|d['’]|of)|,\s*et\s+de"
    # a win by it: "Vidalenc et Castaing s'imposent pour 4 secondes" (a twentieth walk's headline)
    r"|\b(?:s['’]\s*impos\w*|l['’]\s*emport\w*|gagn\w*)\s+pour)"
    r"(?:\s+(?:plus|moins|près|seulement|just|only|over|nearly|almost|about|de))*\s*$",
    re.I,
)


def gaps_said(sentence: str) -> list[tuple[int, int]]:
    """Where ``sentence`` gives a gap as a gap, in order (pure): a number with a gap's unit that
    the words around it say is one ("2,318 s" of "avec 2,318 s d'avance sur", "1,42 s" of "Il
    devance de 1,42 s", "0.418 seconds" of "0.418 seconds ahead of"), not a race's distance or
    a time run. A reader's span beside it in its sentence ("led 142 of the 250 laps and crossed
    the finish line 0.418 seconds ahead of rookie Jake Kowalski", a thirteenth walk) misses it."""
    found: list[tuple[int, int]] = []
    spans: list[list[int]] = []
    for m in _HOLDS["gap"].finditer(sentence):
        if spans and not sentence[spans[-1][1] : m.start()].strip():
            spans[-1][1] = m.end()  # "1 min" then "05,8 s": one gap
        else:
            spans.append([m.start(), m.end()])
    for start, end in spans:
        before, after = sentence[:start], sentence[end:]
        if (_GAP_SAID_AFTER.match(after) or _GAP_SAID_BEFORE.search(before)) and not _NOT_A_GAP_BEFORE.search(before):
            found.append((start, end))
    return found


# A trade, as a release names someone's: "infirmière", "kinésithérapeute", "chef d'entreprise",
# "directrice commerciale", "retired airline pilot" (nouns in small letters; the job questions
# of six walks).
_TRADE = (
    r"(?:infirmi(?:er|ère)|pharmacien(?:ne)?|dentiste|kinésithérapeute|kiné|ostéopathe|médecin|chirurgien(?:ne)?"
    r"|vétérinaire|avocate?|notaire|ingénieure?|architecte|enseignante?|professeure?|institut(?:eur|rice)"
    r"|mécanicien(?:ne)?|électricien(?:ne)?|technicien(?:ne)?|informaticien(?:ne)?|opticien(?:ne)?|plombier"
    r"|menuisier|charpentier|maçon|boulang(?:er|ère)|boucher|bouchère|cuisini(?:er|ère)|agricult(?:eur|rice)"
    r"|viticult(?:eur|rice)|éleveu(?:r|se)|garagiste|carrossier|chauffeur|routier|transporteur|commerçante?"
    r"|comptable|banqui(?:er|ère)|polici(?:er|ère)|gendarme|pompier|sapeur-pompier|militaire|étudiante?|retraitée?"
    r"|artisan|chef\s+d['’]\s*entreprise|chef\s+cuisinier|journaliste|photographe|agent\s+immobilier|assureur"
    r"|direct(?:eur|rice)|gérante?|patron(?:ne)?|fondat(?:eur|rice)|pilote\s+de\s+ligne|consultante?"
    r"|entrepreneu(?:r|se)|développeu(?:r|se)|dentist|nurse|vet|veterinarian|doctor|lawyer"
    r"|teacher|engineer|mechanic|farmer|student|(?:airline\s+)?pilot|firefighter|police\s+officer|accountant"
    r"|architect|plumber|electrician|builder|baker|butcher|surgeon|pharmacist|physiotherapist"
    # (trades of no trade's ending, which an unsure reader must name: a review)
    r"|vigneron(?:ne)?|cheminote?|maraîch(?:er|ère)|fromag(?:er|ère)|expert-comptable|cadre|employée?|manager"
    r"|peintre|moniteur|monitrice|instructeur|instructrice|coiffeu(?:r|se)|serveu(?:r|se)|vendeu(?:r|se)"
    r"|ouvri(?:er|ère)|salariée?|fonctionnaire|postier|postière|facteur|factrice|pâtissi(?:er|ère)|traiteur)"
)
# The trade and what follows it in its clause: an adjective, a place or an employer ("infirmière
# à Millau", "directrice commerciale du Castres Olympique", "mécanicien à Aubagne").
_TRADE_PHRASE = (
    rf"(?:(?:retired|former|ancien|ancienne)\s+)?{_TRADE}(?![\w-])(?:\s+(?!de\s+profession)[a-zà-ÿ]+(?=[\s,.;]))?"
    r"(?:\s+(?!de\s+profession\b)(?:à|au|aux|de|du|des|d['’]|chez|in|at|for|of)\s*[^,.;:()«»\n\d]{1,40}?)?(?=\s*(?:[,.;:()«»]|\s+et\s|\s+and\s|\s+qui\s|\s+de\s+\d|$))"
)
# What says a trade before it: "travaille comme", "est", "était auparavant", "is a", "works as";
# or an apposition (", infirmière à Millau,"), or "dentiste de profession".
_TRADE_SAID = re.compile(
    r"(?:\b(?:travaille|travaillait|exerce|exerçait)\s+(?:comme|en\s+tant\s+que)\s+(?:(?:un|une)\s+)?"
    r"|\bworks?\s+as\s+(?:an?\s+)?"
    # (an interview's "je suis infirmier anesthésiste", a seventeenth walk)
    r"|\b(?:est|était|suis|étais|is|was|am)\s+(?:(?:auparavant|aujourd['’]hui|désormais|également|aussi|alors|previously"
    r"|now|also)\s+)?"
    r"(?:(?:un|une|a|an)\s+)?"
    r"|(?:^|,\s*|;\s*))"
    rf"(?P<job>{_TRADE_PHRASE})"
    # ("chauffagiste de métier": a sixteenth walk refused a driver's trade)
    r"|(?P<profession>(?<![\w-])[a-zà-ÿ-]+)\s+de\s+(?:profession|métier)\b",
    re.I,
)


# A word naming a trade or a post: the trades above, a noun of a trade's ending ("pasteur",
# "compositeur", "actrice", "anthropologues", "fabricant") or a post ("président du CIO").
# Words of a trade's endings that name none: "deux roues motrices" (a sixteenth walk's co-driver's
# trade), "sa carrière en championnat", "le premier", "moteur", "cinquante".
_NO_TRADE = (
    r"(?!(?:motrices?|moteurs?|meilleure?s?|vainqueure?s?|supérieure?s?|inférieure?s?|intérieure?s?|extérieure?s?"
    r"|secteurs?|premiers?|premières?|derniers?|dernières?|entiers?|entières?|quartiers?|calendriers?|chantiers?"
    r"|papiers?|carrières?|manières?|frontières?|arrières?|barrières?|rivières?|lumières?|volants?|suivante?s?"
    r"|importante?s?|pendant|avant|devant|durant|auparavant|cependant|maintenant|quarante|cinquante|soixante"
    r"|anniversaires?|itinéraires?|horaires?|partenaires?|adversaires?|nécessaires?|salaires?|budgétaires?"
    r"|ancien|ancienne|anciens|anciennes"
    # ("Motard amateur": one who is paid for no such thing, a seventeenth walk's interview)
    r"|amateurs?|amatrices?)(?![\w-]))"
)
_A_TRADE_WORD = re.compile(
    rf"(?<![\w-])(?:{_TRADE}|{_NO_TRADE}[a-zà-ÿ-]+(?:eur|euse|rice|ier|ière|iste|ien|ienne|ant|ante|aire|logue|ecte|graphe)s?"
    r"|présidente?|maire|ministre|députée?|chef|maître|PDG|CEO|juge|prêtre|évêque|roi|reine|prince|princesse)(?![\w-])",
    re.I,
)


def names_a_trade(span: str) -> bool:
    """Whether ``span`` names a trade or a post ("kinésithérapeute", "avocat au parlement",
    "président du CIO"; not "chevaux", "court parfois avec lui") (pure)."""
    return _A_TRADE_WORD.search(span) is not None


def jobs_said(sentence: str) -> list[tuple[int, int]]:
    """Where ``sentence`` says someone's trade, in order (pure): "infirmière à Millau" of "Sa
    copilote, infirmière à Millau, a …", "kinésithérapeute" of "… et travaille comme
    kinésithérapeute", "pharmacienne à Sant Julià de Lòria" of "L'Andorrane de 45 ans est
    pharmacienne à …", "dentiste" of "dentiste de profession", "retired airline pilot"."""
    # (a trade's word before "de métier": not "un homme de métier", a review)
    return [
        m.span("job") if m.group("job") else m.span("profession")
        for m in _TRADE_SAID.finditer(sentence)
        if m.group("job") or _A_TRADE_WORD.fullmatch(m.group("profession"))
    ]


# A time whole, its parts and its unit: "1'38\"950", "1 min 36,702 s", "3 h 01 min 44 s"; the
# fraction after the seconds' sign too, "43 s 702", "32 min 14 s 6" (a twenty-third walk quoted "43 s").
# (on one line: not "à 18'47\"" then the next item's "3.")
_A_TIME = re.compile(
    # (a decimal mark glued to its digits: not "1'38\"950, 2 dixièmes", a review)
    r"\d+(?:(?:[^\S\n]*(?:h|min|s(?=[^\S\n]*\d)|['’′:\"″])[^\S\n]*|[.,])\d+)*"
    r"(?:[^\S\n]*(?:s|sec|secondes?|seconds?|min|minutes?|h|heures?|hours?)\b)?"
)


def whole_time_end(text: str) -> int | None:
    """Where the time ``text`` opens with ends, all its parts and its unit ("32 min 14 s 6" of
    "32 min 14 s 6 devant …"), or None when ``text`` opens with no figure (pure)."""
    found = _A_TIME.match(text)
    return found.end() if found is not None and found.end() > 0 else None


def time_end(kind: str, span: str) -> int | None:
    """Where a gap's or a lap time's span should end, after its first time and, for a gap, the
    words saying it is one ("1,42 s" of "1,42 s le tenant du titre", "1 min 36,702 s" of "1 min
    36,702 s lors de la Superpole, l'Italien a mené…": a thirteenth walk; "2,3 s d'avance"
    whole), or None to keep it whole (pure)."""
    form = _HOLDS[kind]
    found = form.search(span)
    if found is None:
        return None
    whole = _A_TIME.match(span, found.start())
    end = max(found.end(), whole.end() if whole else 0)  # 1'38"950, not 1'38"9
    # "1 min" then " 05,8 s": one time (a tenth walk's gap)
    while (more := form.match(span, end + len(span[end:]) - len(span[end:].lstrip()))) and more.end() > end:
        end = more.end()
    end = _seconds_marked(span, found.start(), end)
    said = _GAP_SAID_AFTER.match(span, end) if kind == "gap" else None
    end = said.end() if said else end
    return end if span[end:].strip() else None


def measure_end(kind: str, span: str) -> int | None:
    """Where a span opening with a measure of ``kind`` ("power", "weight", "length") should end,
    after it, when a clause follows ("33 chevaux" of "33 chevaux, était pilotée par …"); None to
    keep it whole (pure)."""
    found = _HOLDS[kind].match(span.lstrip())
    if found is None:
        return None
    end = len(span) - len(span.lstrip()) + found.end()
    return end if re.match(r"\s*[,;(]\s*\S", span[end:]) else None


_GAP_LEAD = re.compile(r"(?:(?<![\w’'-])à|\+)\s*")
_BARE_GAP = re.compile(r"\d+(?:[,.]\d+)?")  # "+4,812": a unit the list leaves out


# The end of the words before a number, the first parts of a time between them ("en 1 min "
# then "49,386 s").
_A_TIMES_LEAD = r"(?:\s+\d+\s*(?:h|min|minutes?|'|′))*\s*$"
# Right before a number of laps, minutes or seconds, the words that make it a race's distance,
# a time run, a moment or laps led, not a gap to another: "un sprint de 10 tours", "sur une
# distance réduite à 12 tours", "a résisté pendant 30 minutes", "signée en 1 min 49,386 s",
# "led the first 48 laps", "led 142 of the 250 laps" (a thirteenth walk's gaps, all answered so),
# "Course 1 (samedi, 38 tours)".
# Inside the bracket after a race's heading ("Course 1 (samedi, "), and the bracket closing.
_CLOSED = re.compile(r"\s*\)")
_IN_A_HEADING = re.compile(r"\b(?:courses?|races?|manches?|heats?|finales?|rounds?)(?:\s+\d+)?\s*\([^()]*$", re.I)
_NOT_A_GAP_BEFORE = re.compile(
    r"(?:\b(?:sur|pendant|durant|during|après|after|au\s+bout\s+de|over|of|in|en)\s+(?:les|des|the)"
    r"|\b(?:sur|pendant|durant|during|après|after|au\s+bout\s+de|in|en)"
    r"|\b(?:sprint|course|distance|manche|épreuve|race|finale|relais|heat|session|séance|run|stint|relay)s?\s+(?:de|d['’]|of)"
    r"|\b(?:mené|menés|menée|led|leading|lead|bouclé\w*|parcouru\w*|couvert\w*|completed|covered|tourné\w*)"
    r"(?:\s+(?:les|the|ses|his|her))?(?:\s+(?:premiers?|premières?|derniers?|dernières?|first|last|final))?)"
    + _A_TIMES_LEAD,
    re.I,
)


# A distance shortened to a number ("sur une distance réduite à 12 tours"), not the gap's own
# noun's ("l'écart … a été réduit à 0,3 seconde": a review).
_SHORTENED_TO = re.compile(
    r"\b(?:réduite?s?|ramenée?s?|limitée?s?|portée?s?|fixée?s?|reduced|shortened|cut)\s+(?:à|to)" + _A_TIMES_LEAD,
    re.I,
)
_GAP_NOUN = re.compile(r"\b(?:écart|avance|retard|margin|lead|gap)\b", re.I)


# Right before a time, the words that make it a race's length or a while, not a lap's time:
# "pendant 30 minutes", "disputée sur 1 h 50".
_NOT_A_LAP_BEFORE = re.compile(
    r"\b(?:pendant|durant|during|for|après|after|au\s+bout\s+de|sur|over|depuis|since)"
    r"(?:\s+(?:les|des|the))?\s*$",
    re.I,
)
# ... an hour of the day after "à", "at" ("donné à 11 h 30"), not a chrono ("s'établit à 1'36\"702": a review)
_AT_AN_HOUR = re.compile(r"\b(?:à|at|vers|dès|from)\s*$", re.I)
# ... and a results list's gap: "2. BMW n°12 (Hartwell Racing) – à 8,114 s", "+4,812" (a twelfth walk)
_A_LISTED_GAP = re.compile(r"(?:^|[\n;])\s*\d+\.\s[^\n;]*(?:[–—-]|\))\s*à\s*$|\+\s*$")  # (an item's: a review)
_AN_HOUR = re.compile(r"\d{1,2}\s*h\s*\d{2}\b(?!\s*(?:min|['’′]))|\d{1,2}:\d{2}(?![:.,]\d)")


_A_FIGURE_ALONE = re.compile(
    rf"(?:[\W_]|\d+|(?:{SMALL_NUMBER_WORDS})(?![^\W\d_])"
    # (the units in small letters: "Tours" is a town, a review)
    r"|(?-i:min|s|h|sec|secondes?|seconds?|minutes?|heures?|hours?|km|m|tours?|laps?|points?|pts)(?![^\W\d_]))*",
    re.I,
)


# A place written as a number: "quarante et unième", "41e", "21st".
# (one place, not a fraction: "trois dixièmes"; a place, not a count's number: "sa 21e victoire")
_AN_ORDINAL = re.compile(
    rf"(?:(?:{SMALL_NUMBER_WORDS}|et)[\s-]+)*[^\W\d_]*i[eè]me(?![\w-])"
    r"|\d+(?:e|er|re|ère|ème|eme|st|nd|rd|th)(?=\s*(?:place|position|rang|du|de|des|au|aux|of|in|[,.;)]|$))",
    re.I,
)


def holds_type(kind: str | None, span: str, after: str = "", before: str = "") -> bool:
    """Whether ``span``, read with ``after`` (the ``AFTER`` characters that follow it), is an
    answer of type ``kind``: the type's form starts inside the span; any text is when ``kind``
    is None (pure). A name is checked on the span alone. ``before``: the span's sentence before
    it, which says a gap's number is no gap ("un sprint de" 10 tours)."""
    if kind is None:
        return True
    if kind == "name":
        # nor a figure alone: "1 min 38,412 s" for who set the best lap, "Trois" for which
        # drivers (a thirteenth walk)
        return not _ONLY_DATES.fullmatch(span) and not _A_FIGURE_ALONE.fullmatch(span)
    if kind in ("birth", "year") and _CHRONO.search(span):
        return False  # "17'02\"418", a race time, for a date of birth (a seventh walk)
    # The form starts inside the span: "42" then " ans" is an age, not "Marc Delacroix et de
    # Paul-Henri Mercier" then ", 45 ans" (someone's age after a span naming others; a walk).
    found = _HOLDS[kind].search(span + after)
    if found is None:
        return False
    # Where the number the form matched begins: a time's form matches "8'4" inside "18'47" (a
    # gap's words before it, "ils devancent de", end there: a nineteenth walk's cousin).
    at = found.start()
    while at > 0 and (span + after)[at - 1].isdigit():
        at -= 1
    ordinal = _AN_ORDINAL.match(span.strip() + after) if kind == "count" else None
    if ordinal is not None and ordinal.end() >= len(span.strip()):
        # "quarante et unième", "41e" (or "quarante" then " et unième"): a place, for how many
        # finished (a seventeenth walk)
        return False
    if kind == "money" and _what_counts(span, after) not in (None, "money"):
        return False  # "Six mille" then " spectateurs" for a ticket's price (a seventeenth walk)
    if kind == "power" and re.search(r"\b2\s*CV$", found.group().strip()):
        return False  # the Citroën: "40 kg de moins qu'une 2CV de série" for a power (a review)
    if kind == "age" and _A_DURATION_BEFORE.search(before + span[:at]):
        return False
    if kind == "money" and not _FIRST_NUMBER.search(span):
        # "chaque euro" of "chaque euro investi ici" for what works cost (a twentieth walk); every
        # gold answer of piaf-train's money questions holds a number
        return False
    if kind == "gap" and any(w.lower().strip("’'") not in _GAP_WORDS for w in span[:at].split()):
        return False  # a clause holding laps ("la n°21 a mené 96 tours"): no gap (a tenth walk)
    if kind == "gap" and _NOT_A_GAP_BEFORE.search(before + span[:at]):
        return False
    if kind == "gap" and _IN_A_HEADING.search(before + span[:at]) and _CLOSED.match(span + after, found.end()):
        # "Course 1 (samedi, 38 tours) :", "(25 minutes)": a race's length, in its heading's
        # bracket closing on it (a fourteenth walk; not "(5,3 s devant Luc Blanc)", a review)
        return False
    if kind == "gap" and (shortened := _SHORTENED_TO.search(before + span[:at])):
        clause = re.split(r"[.;,]", (before + span[:at])[: shortened.start()])[-1]
        if not _GAP_NOUN.search(clause):
            return False
    if kind == "laptime" and (
        _NOT_A_LAP_BEFORE.search(before + span[:at])
        or (_AT_AN_HOUR.search(before + span[:at]) and _AN_HOUR.match(span + after, found.start()))
        or _A_LISTED_GAP.search(before + span[:at])
        or _GAP_SAID_BEFORE.search(before + span[:at])
        or _GAP_SAID_AFTER.match(span + after, found.end())
    ):
        return False  # "a résisté pendant 30 minutes", "disputée sur 1 h 50", "devance de 2,1 s": no lap's time
    # ... or right after a span ending with a number: "250 000" then " euros", "3" then " M€".
    return found.start() < len(span) or (
        bool(re.search(r"\d\s*$", span)) and (span + after)[len(span) : found.start()].strip() in ("", "M", "k")
    )


# "Âgée" then " de 14 ans, la pilote…": the age the span opens, which the reader cut (a fifth walk);
# "de vingt et un ans", "de 20 à 25 ans", "d'une trentaine d'années" too (a review).
_AGE_AFTER_SPAN = re.compile(
    rf"{_AGED_OF}{_NUMBER}[\w-]*(?:\s+\w+aines?|\s+(?:et|à)\s+{_NUMBER}[\w-]*)?\s*(?:d['’]\s*)?{_UNIT}\b", re.I
)


def age_reach(span: str, after: str) -> int:
    """How many characters of ``after`` an age's span must take in to hold its number (pure):
    "Âgée" then " de 14 ans, …" takes " de 14 ans" (10); a span that holds a number, or is
    followed by no age, takes none (0)."""
    if _FIRST_NUMBER.search(span) or not re.search(r"\bâgée?s?$", span.strip(), re.I):
        return 0
    found = _AGE_AFTER_SPAN.match(after)
    return found.end() if found else 0


def count_kind(word: str) -> str | None:
    """The kind of thing a counted noun is (``COUNT_KINDS``: "équipages" and "crews" ->
    "entrants"), or None (pure). A capitalised noun is a name ("Combien de Tours de France ?")."""
    if not word[:1].islower():
        return None
    folded = fold_accents(word.lower()).split()[0] if word.strip() else ""  # "épreuves spéciales": "épreuves"
    forms = [folded]
    if folded.endswith("ies"):
        forms.append(folded[:-3] + "y")  # "victories", "entries"
    if folded.endswith(("s", "x")):
        forms.append(folded[:-1])  # "équipages", "bateaux"
    forms += [form[:-1] for form in forms if form.endswith("e")]  # "engagées", "inscrite"
    return next((_COUNT_KIND[form] for form in forms if form in _COUNT_KIND), None)


def _measure(word: str) -> str | None:
    """What a unit measures ("km" -> "length", "ans" -> "time"), or None for any other word (pure).
    A capital letter alone is none ("12 M", millions; "2 S"): only "m", "s", "h" are units."""
    if len(word) == 1 and word.isupper():
        return None
    return next((kind for kind, units in _MEASURED if units.fullmatch(word)), None)


def counted(question: str) -> str | None:
    """What a count question counts (pure): the measure of its unit ("Combien de kilomètres…"
    -> "length"), "things" for anything else ("Combien de coureurs…"), None when the question
    asks no "combien de" / "how many" or asks a duration or a frequency ("combien de temps",
    "combien de fois")."""
    word = counted_noun(question)
    return None if word is None else _measure(word.lower()) or count_kind(word) or "things"


def counted_noun(question: str) -> str | None:
    """The noun a count question counts, as written ("Combien de podiums…" -> "podiums"), or
    None (pure; ``counted``'s cases)."""
    asked = _COUNTED.search(question)
    if asked is None:
        return None
    word = asked.group(1) or asked.group(2)
    return None if word.lower() in _NOT_COUNTED else word


def measure_clash(asked: str | None, span: str, after: str = "") -> bool:
    """Whether ``span``'s first number, read with ``after``, is measured in a unit or counts
    a kind (``COUNT_KINDS``) other than what the question counts (``counted``): "742" then
    " km" for riders, "45 000" then " spectateurs" for crews (pure). A kind clashes with a
    measure or another kind, not with a noun of no kind ("Combien de buts ?" is not judged
    against "3 victoires"). A span of more than ``MEASURED_WORDS`` words is judged only when it
    opens with a number of a kind (``_what_counts``)."""
    if asked is None:
        return False
    measure = _what_counts(span, after)
    if measure is None or measure == asked:
        return False
    return asked != "things" or measure not in COUNT_KINDS


def counts_asked(asked: str | None, span: str, after: str = "") -> bool:
    """Whether ``span``'s first number, read with ``after``, counts the kind the question
    counts (``counted``, a ``COUNT_KINDS`` kind): "Dix-huit" then " camions" for "How many
    trucks … ?" (pure). False for a question of no kind."""
    return asked in COUNT_KINDS and _what_counts(span, after) == asked


def kind_named_before(span: str, after: str, before: str) -> str | None:
    """The count kind (``COUNT_KINDS``) that the words before a number, in its sentence, say it
    counts, where the words after it name nothing measured or counted (pure): "Le nombre de
    spectateurs présents n'était pas de 1 200 mais de 1 850" -> "spectators" (a ninth walk's
    erratum answered how many volunteers with it); None otherwise."""
    if _what_counts(span, after) is not None:
        return None
    said = list(_NUMBER_OF.finditer(before))
    if not said or re.search(r"[,;:]", before[said[-1].end() :]):
        return None  # "Le nombre de spectateurs n'a pas été communiqué, mais les bénévoles étaient 400" (a review)
    return count_kind(said[-1].group(1))


# A share said of a quality, an adjective after it: " % féminin", " % électrique" (not " % des
# voix", " % du budget", nor a share of something counted after a comma).
_A_WHOLLY = re.compile(
    r"\d+(?:[,.]\d+)?\s*(?:%|pour\s*cent)\s+(?!(?:de|des|du|of|the|en|in|à|au|aux|et|and|sur|on)\b)(?-i:[a-zà-ÿ]{4,})\b",
    re.I,
)
# "le nombre de spectateurs", "le total des engagés", "the number of volunteers".
_NUMBER_OF = re.compile(r"\b(?:nombre|total|chiffre|number)\s+(?:de|d['’]|des|of)\s*([^\W\d_]+)", re.I)


def _what_counts(span: str, after: str) -> str | None:
    """The measure or the count kind of the word after ``span``'s first number (pure); None
    for a span without a number or of a word of neither. A span of more than ``MEASURED_WORDS``
    words (a clause: its first number need not be the answer's) gives only a count kind, and
    only when it opens with that number."""
    first = _FIRST_NUMBER.search(span)
    if first is None:
        return None
    # A longer span is a clause: its first number need not be the answer's, unless the span
    # opens with it and its noun is of a kind ("96 équipages au départ (58 autos et 38 motos),
    # 71" for how many spectators, a seventh walk); "750 cm3 à cinq vitesses, …" is not judged.
    clause = len(span.split()) > MEASURED_WORDS
    if clause and span[: first.start()].strip():
        return None
    if _CHRONO.match(span, first.start()):
        return "time"  # "1'36\"812" counts no laps (a seventh walk: "Combien de tours comptait chaque course ?")
    if _A_WHOLLY.match(span + after, first.start()):
        return "quality"  # "100 % féminin" counts nothing (a twenty-first walk: "Combien de spéciales … ?")
    unit = _NUMBER_THEN_UNIT.match(span + after, first.start())
    if unit is None:
        return None
    return count_kind(unit.group(1)) if clause else _measure(unit.group(1)) or count_kind(unit.group(1))
