"""Follow-up questions resolved with the conversation (pure rules, no model)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from paddockqa import messages
from paddockqa.conversation import (
    Resolution,
    Turn,
    about_someone_else,
    asks_nothing,
    genders,
    names,
    reading_question,
    resolve,
    role_holder,
    subject_of,
    turn_of,
    turns_from_messages,
)
from paddockqa.domain import Answer, Citation, ShortAnswer


def turn(question: str, answer: str = "", sources: tuple[str, ...] = ()) -> Turn:
    return Turn(question, question, answer, sources)


AGE = turn("Quel âge a Philippe Gaillard ?", "42 ans", ("001.txt",))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Quel âge a Philippe Gaillard ?", ["Philippe Gaillard"]),
        ("Pour quelle équipe Romain Dumas court-il le Petit Le Mans ?", ["Romain Dumas", "Petit Le Mans"]),
        ("Le pilote natif d’Alès revient en American Le Mans Series", ["Alès", "American Le Mans Series"]),
        ("Romain Dumas, Klaus Graf et Lucas Luhr", ["Romain Dumas", "Klaus Graf", "Lucas Luhr"]),
        ("Existe-t-il de gros écarts entre les teams ?", []),  # a French word starting a sentence
        ("Dijon est-elle loin ?", ["Dijon"]),  # not a French word: a name
        # a question word mistyped is no name (the rule of unknown names refused "« Qeul »")
        ("Qeul âge a Sarah Lefèvre ?", ["Sarah Lefèvre"]),
        ("Quell équipe a recruté Nadia Benali ?", ["Nadia Benali"]),
        ("Combein de victoires a-t-il ?", []),
        ("Prost a-t-il gagné ?", ["Prost"]),  # a name opening the question stays one
        ("Quandt a-t-il investi ?", ["Quandt"]),  # a letter added: a name as often as a typo
        ("Hwo old is Sarah Lefèvre?", ["Sarah Lefèvre"]),
        ("Qui les a publiées au XIXe siècle ?", []),  # a century is a number
        ("Qui a fondé PRO GT ?", ["PRO GT"]),
        # a complement's name glued to the inverted verb's subject: taken apart, the subject first
        ("Quelle étape du Tour de France Stablinski gagne-t-il ?", ["Stablinski", "Tour de France"]),
        ("Dans quel match de la Coupe du Monde Zidane a-t-il marqué ?", ["Zidane", "Coupe du Monde"]),
        ("Quelle édition du Tour de France Philippe Gaillard a-t-elle vue ?", ["Philippe Gaillard", "Tour de France"]),
        # ... and only then: the subject itself, a name with one word after its link, no inverted verb
        ("Pourquoi le Grand Prix de New York est-il annulé ?", ["Grand Prix de New York"]),
        ("Quand Jean de La Fontaine est-il né ?", ["Jean de La Fontaine"]),
        ("Combien d'étapes du Tour de France compte-t-il ?", ["Tour de France"]),
        ("Les fans du Tour de France Stablinski compris", ["Tour de France Stablinski"]),
        # A fourth walk: a demonym before a person's name is not the name; a place's name stays.
        ("Il devance le Palois Mathis Guérin.", ["Mathis Guérin"]),
        ("avec le Néerlandais Joris van Dijk", ["Joris van Dijk"]),
        ("Le Belge Tom Berthier a pris la troisième place.", ["Tom Berthier"]),
        ("au Palais des Sports de Lyon", ["Palais des Sports de Lyon"]),
        # A French word opening a sentence before a capitalised particle is no name: "Objectif Le
        # Mans" would be someone (a review; "Maxime Le Roux s'impose" is read "Roux" so).
        ("Objectif Le Mans pour Hugo Bernard", ["Mans", "Hugo Bernard"]),
        ("la Fondation Jean Moulin", ["Fondation Jean Moulin"]),  # no demonym's ending
        # "de l'" inside a name (a seventh walk: "Rallye", "Atlas" were two names, so the event asked was none)
        ("Combien de spectateurs au Rallye de l'Atlas ?", ["Rallye de l’Atlas"]),  # elided as "d’Alès"
        ("Quand aura lieu la Ronde de l’Aisne ?", ["Ronde de l’Aisne"]),
        ("Hugo Ferrand l'emporte à Dijon", ["Hugo Ferrand", "Dijon"]),
        ("À Nogaro l'Espagnol Carlos Ruiz s'impose", ["Nogaro", "Carlos Ruiz"]),  # "l'" only after "de" (a review)
        # a make's model number goes on its name (a twenty-second walk: "Et la Yamaha TZ 750 ?"); not a count
        ("Et la Yamaha TZ 750 ?", ["Yamaha TZ 750"]),
        ("le prix de la Peugeot 208 Rally4", ["Peugeot 208 Rally4"]),
        ("Toyota 2 points devant", ["Toyota"]),
    ],
)
def test_names(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    ("question", "resolved"),
    [
        # complex inversion: the name before the verb, the pronoun kept
        ("Et d'où vient-il ?", "D'où Philippe Gaillard vient-il ?"),
        ("Combien de victoires a-t-il signées ?", "Combien de victoires Philippe Gaillard a-t-il signées ?"),
        ("En quelle année l'a-t-il vendue ?", "En quelle année Philippe Gaillard l'a-t-il vendue ?"),
        # after "que", simple inversion
        ("Que pense-t-il des circuits ?", "Que pense Philippe Gaillard des circuits ?"),
        # subject pronoun
        ("Quand est-ce qu'il a gagné ?", "Quand est-ce que Philippe Gaillard a gagné ?"),
        ("Il a couru en quelle voiture ?", "Philippe Gaillard a couru en quelle voiture ?"),
        # possessive: article + noun phrase + "de" name
        ("Quel est son âge ?", "Quel est l’âge de Philippe Gaillard ?"),
        ("Quelle est sa ville natale ?", "Quelle est la ville natale de Philippe Gaillard ?"),
        ("Quand son équipe a-t-elle été fondée ?", "Quand l’équipe de Philippe Gaillard a-t-elle été fondée ?"),
        # a place named is where, not whom: the pronoun still stands for the subject
        ("Avec qui s'est-il rendu à Paris ?", "Avec qui Philippe Gaillard s'est-il rendu à Paris ?"),
        # ellipsis: the previous question about a new name or year
        ("Et Romain Dumas ?", "Quel âge a Romain Dumas ?"),
        # no pronoun to replace: the subject in parentheses, for the search
        ("Avec qui ?", "Avec qui (Philippe Gaillard) ?"),
        # the name before the small words its verb holds; a verb starting the question
        ("Combien en a-t-il gagné ?", "Combien Philippe Gaillard en a-t-il gagné ?"),
        ("Pourquoi ne court-il plus ?", "Pourquoi Philippe Gaillard ne court-il plus ?"),
        # a noun phrase subject: the pronoun after the verb repeats it, the name is context
        ("Comment le public l'a-t-il reçu ?", "Comment le public l'a-t-il reçu (Philippe Gaillard) ?"),
        ("Où la course a-t-elle eu lieu ?", "Où la course a-t-elle eu lieu (Philippe Gaillard) ?"),
        ("Comment la presse a-t-elle vu sa saison ?", "Comment la presse a-t-elle vu la saison de Philippe Gaillard ?"),
        ("Pour quelle écurie de la série court-il ?", "Pour quelle écurie de la série Philippe Gaillard court-il ?"),
        # ... unless they disagree: "cette année" is no "il"
        ("Pourquoi cette année a-t-il abandonné ?", "Pourquoi cette année Philippe Gaillard a-t-il abandonné ?"),
        ("A-t-il gagné ?", "Philippe Gaillard a-t-il gagné ?"),
        ("D’où vient\u2011il ?", "D’où Philippe Gaillard vient-il ?"),  # a non-breaking hyphen
        ("Quelle est sa ville natale, et son âge ?", "Quelle est la ville natale de Philippe Gaillard, et son âge ?"),
        ("Quelle est sa position quant à Porsche ?", "Quelle est la position de Philippe Gaillard quant à Porsche ?"),
        # "quant à" inside a question is no lead word: its name is a complement, the pronoun the subject's
        ("Que pense-t-il quant à Porsche ?", "Que pense Philippe Gaillard quant à Porsche ?"),
        # English about the French texts
        ("How old is he?", "How old is Philippe Gaillard?"),
        ("What is his team?", "What is Philippe Gaillard’s team?"),
        ("Who beat her?", "Who beat Philippe Gaillard?"),
    ],
)
def test_follow_up_is_resolved_with_the_subject(question: str, resolved: str) -> None:
    resolution = resolve(question, [AGE])
    assert resolution.resolved == resolved
    assert resolution.follow_up
    assert resolution.sources == ("001.txt",)


@pytest.mark.parametrize(
    ("subject", "resolved"),
    [
        ("Olivier Ravel", "Quel est l’objectif d’Olivier Ravel ?"),  # "de" elides before a vowel
        ("Éric Hélary", "Quel est l’objectif d’Éric Hélary ?"),
        ("Yannick Dalmas", "Quel est l’objectif d’Yannick Dalmas ?"),
        ("Hamilton", "Quel est l’objectif de Hamilton ?"),  # not before an h, often aspirated in names
        ("Romain Dumas", "Quel est l’objectif de Romain Dumas ?"),
    ],
)
def test_a_possessive_elides_de_before_a_vowel(subject: str, resolved: str) -> None:
    previous = turn(f"Quel âge a {subject} ?")
    assert resolve("Quel est son objectif ?", [previous]).resolved == resolved


def test_an_ellipsis_of_a_car_by_its_model_number_asks_the_previous_question_again() -> None:
    """A twenty-second walk's "Et la Yamaha TZ 750 ?" after the Ligier JS2's estimate was a new
    topic (its name read "Yamaha TZ", so the model number made it ask more)."""
    previous = turn("Quelle était l'estimation de la Ligier JS2 ?")
    assert resolve("Et la Yamaha TZ 750 ?", [previous]).resolved == "Quelle était l'estimation de la Yamaha TZ 750 ?"


def test_a_placing_asked_of_another_class_takes_no_previous_subject() -> None:
    """A twenty-second walk's "Et dans la catégorie 4x4, qui a gagné ?" after the 8x8's winner was
    read with "(Helmut Brenner)" added, and refused: a placing asked of a class or race the
    question names itself leans on no one; one with a pronoun still does."""
    previous = turn("Quel camion Helmut Brenner conduit-il ?", "Tatra T815-7 8x8")
    assert (
        resolve("Et dans la catégorie 4x4, qui a gagné ?", [previous]).resolved
        == "Dans la catégorie 4x4, qui a gagné ?"
    )
    assert "Helmut Brenner" in resolve("Et en course 2, où a-t-il fini ?", [previous]).resolved


def test_a_year_ellipsis_asks_the_previous_question_again() -> None:
    previous = turn("Quelle place Philippe Gaillard a-t-il obtenue en 2006 ?")
    assert resolve("Et en 2007 ?", [previous]).resolved == "Quelle place Philippe Gaillard a-t-il obtenue en 2007 ?"
    assert resolve("Et 2007 ?", [previous]).resolved == "Quelle place Philippe Gaillard a-t-il obtenue en 2007 ?"
    # its own preposition replaces the previous one
    before = resolve("Et avant 2007 ?", [previous]).resolved
    assert before == "Quelle place Philippe Gaillard a-t-il obtenue avant 2007 ?"
    assert resolve("Et depuis 2007 ?", [turn("Qui gagne au Mans 2006 ?")]).resolved == "Qui gagne au Mans depuis 2007 ?"
    opening = turn("En 2008, qui a gagné au Mans ?")  # the year's phrase opens the question: its capital stays
    assert resolve("Et avant 2007 ?", [opening]).resolved == "Avant 2007, qui a gagné au Mans ?"


@pytest.mark.parametrize(
    ("question", "resolved"),
    [
        ("Et en 2007 ?", "Combien de pole positions Philippe Gaillard a-t-il signées en 2007 ?"),
        ("En 2007 ?", "Combien de pole positions Philippe Gaillard a-t-il signées en 2007 ?"),
        ("Et 2007 ?", "Combien de pole positions Philippe Gaillard a-t-il signées en 2007 ?"),
        ("Et avant 2007 ?", "Combien de pole positions Philippe Gaillard a-t-il signées avant 2007 ?"),
    ],
)
def test_a_year_ellipsis_after_a_question_without_a_year_asks_it_for_that_year(question: str, resolved: str) -> None:
    previous = turn("Combien de pole positions Philippe Gaillard a-t-il signées ?", "6")
    resolution = resolve(question, [previous])
    assert (resolution.resolved, resolution.subject, resolution.follow_up) == (resolved, "Philippe Gaillard", True)


@pytest.mark.parametrize(
    ("previous", "question", "resolved"),
    [
        ("Qui a gagné à Spa ?", "Et à Fuji ?", "Qui a gagné à Fuji ?"),
        (
            "Quel est le meilleur temps de Patrick Pilet au Mans ?",
            "Et à Fuji ?",
            "Quel est le meilleur temps de Patrick Pilet à Fuji ?",
        ),
        (
            "Combien de courses Pilet a-t-il gagnées aux États-Unis ?",
            "Et en Belgique ?",
            "Combien de courses Pilet a-t-il gagnées en Belgique ?",
        ),
        # no place in the previous question: the place is added, its year kept
        (
            "Combien de courses Pilet a-t-il gagnées en 2008 ?",
            "Et au Japon ?",
            "Combien de courses Pilet a-t-il gagnées en 2008 au Japon ?",
        ),
        # a question asking where is not asked again about a place: the names go in parentheses
        ("Où a couru Patrick Pilet en 2008 ?", "Et à Fuji ?", "À Fuji (Patrick Pilet) ?"),
        # two places, or a name that may be where: a place added would contradict it
        ("Qui a gagné à Spa et à Monza ?", "Et à Fuji ?", "À Fuji (Patrick Pilet, Spa, Monza) ?"),
        ("Qui a gagné sur le circuit de Spa ?", "Et à Fuji ?", "À Fuji (Patrick Pilet, Spa) ?"),
        (
            "Qui a gagné le Grand Prix de Belgique ?",
            "Et au Japon ?",
            "Au Japon (Patrick Pilet, Grand Prix de Belgique) ?",
        ),
        # in English, and a bare place's name for the place said
        ("Who won at Spa?", "And at Fuji?", "Who won at Fuji?"),
        (
            "How many races did Patrick Pilet win?",
            "What about in Japan?",
            "How many races did Patrick Pilet win in Japan?",
        ),
        ("Qui a gagné à Spa ?", "Et Fuji ?", "Qui a gagné à Fuji ?"),
        ("Who won at Spa?", "And Fuji?", "Who won at Fuji?"),
        # more than where: a question of its own
        ("Qui a gagné à Spa ?", "Et à Fuji, qui était deuxième ?", "À Fuji, qui était deuxième (Patrick Pilet, Spa) ?"),
    ],
)
def test_a_place_ellipsis_asks_the_previous_question_again_there(previous: str, question: str, resolved: str) -> None:
    assert resolve(question, [turn(previous, "Patrick Pilet")]).resolved == resolved


@pytest.mark.parametrize("question", ["And 2007?", "And in 2007?", "What about 2007?"])
def test_a_year_ellipsis_in_english_asks_for_that_year_in_english(question: str) -> None:
    previous = turn("Who won the ALMS title?", "Romain Dumas")
    assert resolve(question, [previous]).resolved == "Who won the ALMS title in 2007?"


def test_a_year_ellipsis_after_two_questions_in_one_is_not_asked_again() -> None:
    previous = turn("Quel âge a Philippe Gaillard ? Et où vit-il ?")
    assert "2007" in resolve("Et en 2007 ?", [previous]).resolved
    assert resolve("Et en 2007 ?", [previous]).resolved != "Quel âge a Philippe Gaillard ? Et où vit-il ? en 2007 ?"


@pytest.mark.parametrize(
    "question",
    [
        "Où habite Patrick Pilet ?",  # a new name, nothing leaned on: a topic switch
        "Combien de courses y a-t-il eu en 2008 dans la saison ?",  # impersonal "il"
        "Quelle est la recette de la blanquette de veau ?",
        "Quelle est la durée de l'épreuve ?",  # l' the article, not a pronoun
        "Bonjour",  # a few words that ask nothing
        "Merci !",
        "Quel temps fait-il au Mans ?",  # impersonal "il"
        # in every tense: no one is meant
        "Quel temps fera-t-il demain à Paris ?",
        "Quel temps va-t-il faire dimanche au Mans ?",
        "Fera-t-il beau pour la course de dimanche ?",
        "Y aura-t-il une course au Mans en 2009 ?",
        "Combien de courses y avait-il en 2007 dans la saison ?",
        "Faudra-t-il un billet pour entrer dans le paddock ?",
        "Combien de temps a-t-il fallu pour réparer la Porsche ?",
        "Pleuvra-t-il dimanche sur le circuit du Mans ?",
        "De quoi s'agissait-il lors de la conférence de presse ?",
        "Est-il possible de visiter le circuit ?",
        "?",
    ],
)
def test_a_question_standing_alone_is_left_as_typed(question: str) -> None:
    resolution = resolve(question, [AGE])
    assert resolution.resolved == question
    assert not resolution.follow_up


@pytest.mark.parametrize(
    ("question", "resolved"),
    [
        ("Que fait-il dans la vie ?", "Que fait Philippe Gaillard dans la vie ?"),  # "faire" about someone
        ("Que faisait-il avant la course ?", "Que faisait Philippe Gaillard avant la course ?"),
        ("Où a-t-il fait ses débuts ?", "Où Philippe Gaillard a-t-il fait ses débuts ?"),
    ],
)
def test_faire_is_impersonal_for_the_weather_only(question: str, resolved: str) -> None:
    assert resolve(question, [AGE]).resolved == resolved


@pytest.mark.parametrize(
    ("question", "resolved"),
    [
        # an impersonal "il" and a possessive: the possessive's offsets are the question's own
        ("Faut-il changer son moteur ?", "Faut-il changer le moteur de Philippe Gaillard ?"),
        ("Y avait-il sa femme au Mans ?", "Y avait-il la femme de Philippe Gaillard au Mans ?"),
        ("Faudra-t-il qu'il change de voiture ?", "Faudra-t-il que Philippe Gaillard change de voiture ?"),
        ("S'agissait-il de sa première victoire ?", "S'agissait-il de la première victoire de Philippe Gaillard ?"),
        # someone, not the weather
        ("A-t-il plu aux sponsors de l'équipe ?", "Philippe Gaillard a-t-il plu aux sponsors de l'équipe ?"),
        ("Combien de temps fera-t-il au volant ?", "Combien de temps Philippe Gaillard fera-t-il au volant ?"),
        ("Pourrait-il geler son contrat ?", "Philippe Gaillard pourrait-il geler son contrat ?"),
    ],
)
def test_an_impersonal_il_beside_someone_elses_words(question: str, resolved: str) -> None:
    assert resolve(question, [AGE]).resolved == resolved


@pytest.mark.parametrize(
    ("question", "resolved"),
    [
        # a name after "quel" is what is asked, after "ce" what was talked about: not a new subject
        ("Quelle Porsche pilote-t-il ?", "Quelle Porsche Philippe Gaillard pilote-t-il ?"),
        (
            "Combien de courses a-t-il gagnées dans ce Championnat ?",
            "Combien de courses Philippe Gaillard a-t-il gagnées dans ce Championnat ?",
        ),
        ("In which Championship did he race?", "In which Championship did Philippe Gaillard race?"),
        # "l'"/"les" before an auxiliary are pronouns, not articles
        ("Qui l'a formé ?", "Qui l'a formé (Philippe Gaillard) ?"),
        ("Qui les a aidés ?", "Qui les a aidés (Philippe Gaillard) ?"),
    ],
)
def test_pointing_words_and_object_pronouns_lean_on_the_talk(question: str, resolved: str) -> None:
    assert resolve(question, [AGE]).resolved == resolved


@pytest.mark.parametrize(
    "question",
    [
        "Quelle Porsche a gagné les 24 Heures du Mans ?",  # a name of its own besides "quel"
        "Qui l'a emporté à Magny-Cours ?",  # "l'emporter": to win
        "Qui l'a finalement emporté à Magny-Cours ?",
        "Les autres l'avaient-ils prévu pour Romain Dumas ?",  # a new name
        "Est-ce Romain Dumas qui a gagné ?",  # "Est-ce" is no demonstrative
    ],
)
def test_a_pointed_name_does_not_hide_a_new_subject(question: str) -> None:
    assert not resolve(question, [AGE]).follow_up


@pytest.mark.parametrize("question", ["Et Romain Dumas, d'où vient-il ?", "Et ce Romain Dumas, d'où vient-il ?"])
def test_a_new_name_with_a_pronoun_switches_topic(question: str) -> None:
    resolution = resolve(question, [AGE])  # a person after "ce" is a new subject too
    assert resolution.subject == "Romain Dumas"
    assert "Philippe" not in resolution.resolved


def test_without_a_conversation_nothing_changes() -> None:
    assert resolve("D'où vient-il ?").resolved == "D'où vient-il ?"


@pytest.mark.parametrize(
    ("question", "dangling"),
    [
        ("Et d'où vient-il ?", True),
        ("Combien en a-t-elle gagné ?", True),
        ("Quel est son âge ?", True),
        ("Where does he come from?", True),
        ("Qui termine 1er ?", False),  # a few words naming nothing, but no word standing for anyone
        ("Qui a gagné ?", False),
        ("Quel âge a Philippe Gaillard ?", False),
        ("Y a-t-il des courses en 2008 ?", False),  # the impersonal "il"
        ("Quelle est la recette de la blanquette de veau ?", False),
        ("Et Patrick Pilet, quelle est son écurie ?", False),  # its pronoun takes up the name put first
        ("Le classement officiel a-t-il été confirmé ?", False),  # "il" repeats the noun phrase before it
        ("La course a-t-elle eu lieu ?", False),
        ("Les pilotes ont-ils roulé sous la pluie ?", False),
        ("Comment le public l'a-t-il reçu ?", True),  # "l'" stands for something said before
        ("Cette année a-t-il gagné ?", True),  # "il" does not agree with "cette année"
        ("Son équipe a-t-elle gagné ?", True),
        ("L'an dernier a-t-il gagné ?", True),  # a time is no subject: "il" stands for someone
        ("Le lendemain a-t-il couru ?", True),
        # A fourth walk: a noun phrase after "combien de X" is the inverted verb's subject.
        ("Combien d'argent l'écurie sarthoise va-t-elle dépenser cette saison ?", False),
        ("Combien d'invitations les adhérents de la mutuelle peuvent-ils gagner ?", False),
        ("Combien de victoires a-t-il ?", True),
    ],
)
def test_a_first_question_leaning_on_no_conversation_is_dangling(question: str, dangling: bool) -> None:
    assert resolve(question).dangling is dangling
    assert not resolve(question, [AGE]).dangling  # with a turn before, there is someone to stand for


@pytest.mark.parametrize(
    ("question", "subject"),
    [
        ("Et Romain Dumas ?", "Romain Dumas"),
        ("Et Patrick Pilet alors ?", "Patrick Pilet"),
        ("Et elle ?", None),
        ("Et lui ?", None),
        ("And him?", None),
        ("What about him?", None),
        ("Et toi ?", None),
        ("Et ce dernier ?", None),
        ("Et celle-là ?", None),
        ("Et Ça ?", None),  # a small word with a capital is no name
        ("Et Aussi ?", None),
        ("Et Jeanne d'Arc ?", "Jeanne d’Arc"),  # a straight apostrophe typed
        ("Et Jeanne d’Arc ?", "Jeanne d’Arc"),
        # the words that take up a conversation as "Et" does, French and English
        ("Et pour Romain Dumas ?", "Romain Dumas"),
        ("Quant à Romain Dumas ?", "Romain Dumas"),
        ("Et du côté de Romain Dumas ?", "Romain Dumas"),
        ("And Romain Dumas?", "Romain Dumas"),
        ("What about Romain Dumas?", "Romain Dumas"),
        ("As for Romain Dumas?", "Romain Dumas"),
    ],
)
def test_a_first_question_asking_nothing_is_unasked(question: str, subject: str | None) -> None:
    """Nothing but "et", a name or a pronoun, and no conversation to ask it of: nothing to search.
    After a turn, a pronoun alone asks nothing either (a walk: "Et lui ?" after a question on
    Sarah Lefèvre searched "Lui (Sarah Lefèvre) ?" and quoted a headline at 0.83)."""
    resolution = resolve(question)
    assert resolution.unasked and resolution.subject == subject
    assert not resolution.dangling  # the reply says what to ask: no note on the pronoun besides
    after = resolve(question, [AGE])
    if subject is None:  # a pronoun alone asks nothing of the conversation's subject either
        assert after.unasked and after.subject == "Philippe Gaillard" and after.resolved == question
    else:
        assert not after.unasked  # after a turn, it asks that turn's question again


@pytest.mark.parametrize(
    "question",
    [
        "Et d'où vient-il ?",
        "Et pour quelle écurie ?",
        "Et Romain Dumas en 2007 ?",
        "Romain Dumas ?",
        "Et Romain Dumas, quel âge a-t-il ?",
        "Et en 2008 ?",
        "Qui ?",
    ],
)
def test_a_question_asking_something_is_not_unasked(question: str) -> None:
    assert not resolve(question).unasked  # searched as typed (the first with a note on its pronoun)


def test_a_pronoun_alone_after_turns_naming_no_one_is_unasked() -> None:
    vague = turn("Combien de courses y a-t-il ?", "trois")
    assert subject_of([vague])[0] is None
    elle = resolve("Et elle ?", [vague])
    assert elle.unasked and elle.resolved == "Et elle ?"  # not "Elle ?" shown as understood
    assert not resolve("Et quand ?", [vague]).unasked
    # A name with no frame to ask again about it asks nothing either.
    pilet = resolve("Et Patrick Pilet ?", [vague])
    assert pilet.unasked and pilet.subject == "Patrick Pilet"
    assert resolve("Et ?", [AGE]).unasked and resolve("Et ?", [AGE]).subject == "Philippe Gaillard"


def test_after_a_question_that_asked_nothing_a_name_still_asks_nothing() -> None:
    """The turn of "Et Romain Dumas ?" (refused) is no frame for "Et Patrick Pilet ?"."""
    refused = turn("Et Romain Dumas ?")
    assert resolve("Et Patrick Pilet ?", [refused]).unasked
    assert not resolve("Et Patrick Pilet ?", [AGE, turn("Quel âge a Romain Dumas ?")]).unasked
    assert asks_nothing("Et Romain Dumas ?", ["Romain Dumas"]) and not asks_nothing("Et Romain Dumas ?", [])


def test_after_a_who_question_the_answer_gives_the_subject() -> None:
    who = turn("Qui a été sacré champion de France 2008 ?", "Philippe Gaillard")
    assert subject_of([who])[0] == "Philippe Gaillard"
    assert resolve("Quel âge a-t-il ?", [who]).resolved == "Quel âge Philippe Gaillard a-t-il ?"


WINNER = turn("Qui a remporté la course de F4 à Magny-Cours ?", "Julie Martin", ("magny.txt",))
HER_AGE = Turn("Et quel âge a-t-elle ?", "Quel âge Julie Martin a-t-elle ?", "23 ans", ("magny.txt",))
TEAM_MATE = Turn("Et son coéquipier ?", "Le coéquipier de Julie Martin ?", "Lucas Perrin", ("magny.txt",))


@pytest.mark.parametrize(
    ("turns", "question", "resolved"),
    [
        # A second walk: the person answered to a role is whom the next pronoun stands for.
        ([WINNER, TEAM_MATE], "D'où vient-il ?", "D'où Lucas Perrin vient-il ?"),
        (
            [turn("Qui a gagné le Rallye du Mont-Blanc ?", "Sébastien Morel"),
             Turn("Et son copilote ?", "Le copilote de Sébastien Morel ?", "Nicolas Bérard")],
            "Quel âge a-t-il ?",
            "Quel âge Nicolas Bérard a-t-il ?",
        ),
        ([turn("Quel est l'entraîneur de Léa Girard ?", "Jean-Michel Robin")], "Quel âge a-t-il ?",
         "Quel âge Jean-Michel Robin a-t-il ?"),
        ([turn("Who won?", "Julie Martin"), Turn("And her team-mate?", "Her team-mate?", "Lucas Perrin")],
         "How old is he?", "How old is Lucas Perrin?"),
        # Not a person's role: the team answered is no one to ask an age of.
        ([WINNER, Turn("Quelle est son équipe ?", "Quelle est l’équipe de Julie Martin ?", "Sodemo Racing")],
         "Quel âge a-t-elle ?", "Quel âge Julie Martin a-t-elle ?"),
        # "elle" after the team-mate: the one the conversation already called "elle".
        ([WINNER, HER_AGE, TEAM_MATE], "Et d'où vient-elle ?", "D'où Julie Martin vient-elle ?"),
        ([WINNER, HER_AGE, TEAM_MATE], "Et d'où vient-il ?", "D'où Lucas Perrin vient-il ?"),
        # A feminine role says "elle": "il" then stands for no one known, and keeps the subject.
        ([WINNER, Turn("Et sa coéquipière ?", "La coéquipière de Julie Martin ?", "Léa Roux")],
         "D'où vient-elle ?", "D'où Léa Roux vient-elle ?"),
    ],
)  # fmt: skip
def test_the_person_answered_to_a_role_is_the_next_subject_unless_the_pronoun_disagrees(
    turns: list[Turn], question: str, resolved: str
) -> None:
    assert resolve(question, turns).resolved == resolved


NOGARO = turn("Qui a gagné la course 1 à Nogaro ?", "Lucas Vernier")
HIS_ORIGIN = Turn("D'où vient-il ?", "D'où Lucas Vernier vient-il ?", "Pau")


@pytest.mark.parametrize(
    ("turns", "question", "resolved"),
    [
        # A third walk: a place asked alone, or with no race of its own, is the last race's.
        ([NOGARO], "Et le deuxième ?", "Qui a terminé deuxième de la course 1 à Nogaro ?"),
        ([NOGARO, HIS_ORIGIN], "Et la troisième ?", "Qui a terminé troisième de la course 1 à Nogaro ?"),
        ([NOGARO, HIS_ORIGIN], "Qui a terminé deuxième ?", "Qui a terminé deuxième de la course 1 à Nogaro ?"),
        # its "Et" is no word to search (an eighth walk)
        ([NOGARO], "Et qui a fini troisième ?", "Qui a fini troisième de la course 1 à Nogaro ?"),
        ([turn("Qui a remporté le Rallye du Mont-Blanc ?", "S M")], "Et le troisième ?",
         "Qui a terminé troisième du Rallye du Mont-Blanc ?"),
        ([turn("Qui a remporté les 4 Heures du Mans ?", "S M")], "Et le deuxième ?",
         "Qui a terminé deuxième des 4 Heures du Mans ?"),
        ([turn("Qui a gagné à Spa ?", "S M")], "Et la deuxième ?", "Qui a terminé deuxième à Spa ?"),
        ([turn("Qui a terminé deuxième à Spa ?", "S M")], "Et le vainqueur ?", "Qui a terminé premier à Spa ?"),
        ([turn("Who won the Junior final at Salbris?", "Nolan Petit")], "And the runner-up?",
         "Who finished second in the Junior final at Salbris?"),
        # No race asked before: the question stays as the rules make it.
        ([turn("Quel âge a Julie Martin ?", "23 ans")], "Et le deuxième ?", "Le deuxième (Julie Martin) ?"),
        ([NOGARO], "Qui a terminé deuxième à Spa ?", "Qui a terminé deuxième à Spa ?"),  # its own race
        # A seventh walk: a race asked alone by its number is the last question asked of it.
        ([NOGARO, HIS_ORIGIN], "Et la course 2 ?", "Qui a gagné la course 2 à Nogaro ?"),
        ([NOGARO], "Et l'étape 3 ?", "Qui a gagné l'étape 3 à Nogaro ?"),
        ([turn("Who won race 1 at Spa?", "S M")], "And race 2?", "Who won race 2 at Spa?"),
        ([NOGARO], "Et la course ?", "La course (Lucas Vernier, Nogaro) ?"),  # no number: no race asked again
    ],
)  # fmt: skip
def test_a_place_asked_alone_is_asked_of_the_last_race(turns: list[Turn], question: str, resolved: str) -> None:
    assert resolve(question, turns).resolved == resolved


def test_a_name_answered_whole_is_the_subject_whole() -> None:
    """A third walk: "Maxime Le Roux" answered, then "Quel âge a-t-il ?" was asked of "Roux"
    ("Maxime" is a French word and "Le" an article)."""
    won = turn("Qui a gagné le Tour du Finistère ?", "Maxime Le Roux")
    assert resolve("Quel âge a-t-il ?", [won]).resolved == "Quel âge Maxime Le Roux a-t-il ?"


def test_a_pronoun_of_the_other_gender_stands_for_the_other_person() -> None:
    """A third walk: "Qui est la copilote de Yoann Le Gall ?" (Manon Briand), "Quel âge
    a-t-elle ?", then "Et lui, quel âge a-t-il ?" was asked of her."""
    copilot = turn("Qui est la copilote de Yoann Le Gall ?", "Manon Briand")
    hers = Turn("Quel âge a-t-elle ?", "Quel âge Manon Briand a-t-elle ?", "26 ans")
    assert resolve("Et lui, quel âge a-t-il ?", [copilot, hers]).resolved == "Quel âge Yoann Le Gall a-t-il ?"
    # The role's article says the gender when its noun does not ("la copilote", "son copilote").
    assert genders([copilot]) == {"Manon Briand": "f"}
    assert genders([Turn("Et son copilote ?", "Le copilote de Sébastien Morel ?", "Nicolas Bérard")]) == {
        "Nicolas Bérard": "m"
    }
    assert genders([Turn("Et son équipière ?", "L’équipière de Julie Martin ?", "Léa Roux")]) == {"Léa Roux": "f"}


def test_the_conversation_shows_whom_its_pronouns_stood_for() -> None:
    assert genders([WINNER, HER_AGE, TEAM_MATE]) == {"Julie Martin": "f", "Lucas Perrin": "m"}
    assert genders([WINNER, Turn("Et sa coéquipière ?", "La coéquipière de Julie Martin ?", "Léa Roux")]) == {
        "Léa Roux": "f"
    }
    assert genders([WINNER]) == {}  # no first-name list: "Julie" alone says nothing
    # A person typed with the pronoun of the verb's inversion (a fourth walk's "What is her goal?").
    lambert = Turn("Et Julien Lambert, quel âge a-t-il ?", "Quel âge Julien Lambert a-t-il ?", "41 ans")
    assert genders([HER_AGE, lambert]) == {"Julie Martin": "f", "Julien Lambert": "m"}
    assert resolve("What is her goal?", [HER_AGE, lambert]).resolved == "What is Julie Martin’s goal?"
    both = Turn("Julie Martin a-t-elle battu Lucas Perrin ?", "Julie Martin a-t-elle battu Lucas Perrin ?", "Oui")
    assert genders([both]) == {}  # two people typed: whose pronoun is unsaid


CIRCUIT = turn("Sur quel circuit se court le Petit Le Mans ?", "Road Atlanta")
CITY = turn("Dans quelle ville est né Philippe Gaillard ?", "Dijon")
NATIVE = turn("Quelle est la ville natale de Romain Dumas ?", "Alès")
WHERE = turn("Où est né Philippe Gaillard ?", "Dijon")
STADIUM = turn("Dans quel stade se joue la finale ?", "Stade de France")
# As a walk typed it: the name put first; "elle" then became him ("Quand Patrick Pilet a-t-elle été fondée ?").
MAKER = turn("Quel est le constructeur de sa voiture ?", "Porsche")
TEAM = Turn("Et Patrick Pilet, quelle est son écurie ?", "Quelle est l’écurie de Patrick Pilet ?", "Manthey Racing")


@pytest.mark.parametrize(
    ("previous", "question", "resolved"),
    [
        (CIRCUIT, "Où se trouve ce circuit ?", "Où se trouve Road Atlanta ?"),
        (CIRCUIT, "Dans quel État se trouve ce circuit ?", "Dans quel État se trouve Road Atlanta ?"),
        (CIRCUIT, "Et ce circuit, où se trouve-t-il ?", "Où Road Atlanta se trouve-t-il ?"),
        (CIRCUIT, "C'est où ?", "Où se trouve Road Atlanta ?"),
        (CIRCUIT, "Où ça ?", "Où se trouve Road Atlanta ?"),
        (CIRCUIT, "Où est-ce exactement ?", "Où se trouve Road Atlanta ?"),
        (CIRCUIT, "Where is it?", "Where is Road Atlanta?"),
        (CITY, "Combien d'habitants compte cette ville ?", "Combien d'habitants compte Dijon ?"),
        (TEAM, "Qui dirige cette écurie ?", "Qui dirige Manthey Racing ?"),
        # an organisation is not asked where it is by "C'est où ?": the talk goes on as before
        (TEAM, "C'est où ?", "C'est où (Patrick Pilet) ?"),
        # another noun than the one asked: not the answer
        (CIRCUIT, "Qui a gagné cette course ?", "Qui a gagné cette course ?"),
    ],
)
def test_a_demonstrative_for_the_noun_just_asked_is_the_answer(previous: Turn, question: str, resolved: str) -> None:
    """A walk: "ce circuit", "C'est où ?" after a circuit answered kept the conversation's
    subject ("C'est où (Petit Le Mans) ?")."""
    assert resolve(question, [previous]).resolved == resolved


def test_a_bare_phrase_keeps_the_object_the_last_turn_answered() -> None:
    """A fourteenth walk: "Pour combien de temps ?" after "Quelle équipe Mathilde Rouvier
    rejoint-elle ?" (answered "Horizon Bleu") lost the team and was answered "deux ans"."""
    joined = turn("Quelle équipe Léa Morin rejoint-elle ?", "Azur Racing")
    assert (
        resolve("Pour combien de temps ?", [joined]).resolved
        == "Pour combien de temps Léa Morin rejoint-elle Azur Racing ?"
    )
    where = turn("Où Léa Morin court-elle ?", "Le Mans")
    assert resolve("Pour combien de temps ?", [where]).resolved == "Pour combien de temps Léa Morin court-elle ?"


def test_a_demonstrative_points_at_the_noun_asked_turns_before() -> None:
    """A fourteenth walk: "Et qui dirige cette équipe ?" two turns after "Quelle équipe Mathilde
    Rouvier rejoint-elle ?" (answered "Horizon Bleu") was asked of her; "C'est où ?" points at the
    last turn only."""
    joined = turn("Quelle équipe Léa Morin rejoint-elle ?", "Azur Racing")
    age = Turn("Quel âge a-t-elle ?", "Quel âge Léa Morin a-t-elle ?", "24 ans")
    how_long = Turn("Pour combien de temps ?", "Pour combien de temps Léa Morin rejoint-elle ?", "trois saisons")
    assert resolve("Qui dirige cette équipe ?", [joined, how_long, age]).resolved == "Qui dirige Azur Racing ?"
    assert resolve("C'est où ?", [CIRCUIT, how_long, age]).resolved != "Où se trouve Road Atlanta ?"
    far = [joined, how_long, age, age, age]
    assert resolve("Qui dirige cette équipe ?", far).resolved != "Qui dirige Azur Racing ?"
    # a turn naming its own subject between (a review)
    other = Turn("Qui a fondé Team Bleu ?", "Qui a fondé Team Bleu ?", "Paul Roy")
    assert resolve("Qui dirige cette équipe ?", [joined, other]).resolved != "Qui dirige Azur Racing ?"


@pytest.mark.parametrize(
    ("previous", "question", "resolved"),
    [
        (
            CIRCUIT,
            "Dans quel État américain se trouve-t-il ?",
            "Dans quel État américain Road Atlanta se trouve-t-il ?",
        ),
        (CIRCUIT, "Où se situe-t-il exactement ?", "Où Road Atlanta se situe-t-il exactement ?"),
        (CIRCUIT, "Dans quel pays est-il situé ?", "Dans quel pays Road Atlanta est-il situé ?"),
        (CIRCUIT, "Où est-il ?", "Où Road Atlanta est-il ?"),
        (CITY, "Dans quelle région se trouve-t-elle ?", "Dans quelle région Dijon se trouve-t-elle ?"),
        (NATIVE, "Dans quelle région se trouve-t-elle ?", "Dans quelle région Alès se trouve-t-elle ?"),
        (STADIUM, "Dans quelle ville se trouve-t-il ?", "Dans quelle ville Stade de France se trouve-t-il ?"),
        (turn("Sur quel circuit se court le Mans ?", "Le Mans"), "Où se trouve-t-il ?", "Où Le Mans se trouve-t-il ?"),
        # not a question of where it is: the conversation's subject
        (CIRCUIT, "Quand se court-il ?", "Quand Petit Le Mans se court-il ?"),
        (CITY, "Quel âge a-t-il ?", "Quel âge Philippe Gaillard a-t-il ?"),
        # no subject pronoun: a possessive is the person's, not the place's
        (CITY, "Où se trouve sa ville natale ?", "Où se trouve la ville natale de Philippe Gaillard ?"),
        # "quelle ville" then "il": the pronoun is not the city's
        (CITY, "Où se trouve-t-il ?", "Où Philippe Gaillard se trouve-t-il ?"),
        # after a bare "Où … ?", "il" is the person asked about
        (WHERE, "Où se trouvait-il lors de l'accident ?", "Où Philippe Gaillard se trouvait-il lors de l'accident ?"),
        # an organisation asked by its noun: what is founded, based or owned is the one answered
        (TEAM, "Quand a-t-elle été fondée ?", "Quand Manthey Racing a-t-elle été fondée ?"),
        (TEAM, "Où est-elle basée ?", "Où Manthey Racing est-elle basée ?"),
        (TEAM, "Où se trouve-t-elle ?", "Où Manthey Racing se trouve-t-elle ?"),
        (MAKER, "Quand a-t-il été fondé ?", "Quand Porsche a-t-il été fondé ?"),
        # a person's question, or a pronoun not of the noun's gender: the person
        (TEAM, "Quel âge a-t-il ?", "Quel âge Patrick Pilet a-t-il ?"),
        (TEAM, "Quand a-t-il été recruté ?", "Quand Patrick Pilet a-t-il été recruté ?"),
        (TEAM, "Quand a-t-elle gagné ?", "Quand Patrick Pilet a-t-elle gagné ?"),
        # a plural is not the place
        (turn("Sur quel circuit ont couru Romain Dumas et Patrick Pilet ?", "Spa"), "Où se trouvent-ils ?", None),
        # a whole reply (the reader off) names too much to tell which name is the place
        (
            turn(
                "Sur quel circuit se court le Petit Le Mans ?",
                "Finale de l’American Le Mans Series, Petit Le Mans se déroulera le samedi 20 octobre à Road Atlanta.",
            ),
            "Où se trouve-t-il ?",
            "Où Petit Le Mans se trouve-t-il ?",
        ),
    ],
)
def test_where_a_place_just_answered_is_asks_about_that_place(
    previous: Turn, question: str, resolved: str | None
) -> None:
    got = resolve(question, [previous]).resolved
    if resolved is None:
        assert "Spa" not in got.split("(")[0]  # the plural stays the people's
    else:
        assert got == resolved


@pytest.mark.parametrize(
    ("question", "resolved"),
    [
        ("Où se trouve l’hôtel de son vainqueur ?", "Où se trouve l’hôtel du vainqueur de Philippe Gaillard ?"),
        ("Que pense-t-on de ses résultats ?", "Que pense-t-on des résultats de Philippe Gaillard ?"),
        ("Qui a parlé à son directeur ?", "Qui a parlé au directeur de Philippe Gaillard ?"),
        ("Qui a écrit à ses mécaniciens ?", "Qui a écrit aux mécaniciens de Philippe Gaillard ?"),
        ("De son côté, qu'a dit l'équipe ?", "Du côté de Philippe Gaillard, qu'a dit l'équipe ?"),
        ("Quel est le nom de sa voiture ?", "Quel est le nom de la voiture de Philippe Gaillard ?"),
        ("Quelle est la date de son arrivée ?", "Quelle est la date de l’arrivée de Philippe Gaillard ?"),
    ],
)
def test_de_and_a_contract_with_the_article_a_possessive_becomes(question: str, resolved: str) -> None:
    """ "de son vainqueur" is "du vainqueur de S", not "de le vainqueur"; "à ses" is "aux"."""
    assert resolve(question, [AGE]).resolved == resolved


def test_what_only_a_person_has_is_asked_of_the_person_not_the_team() -> None:
    """After "Qui a recruté Nadia Benali ?" the answer names the team, the conversation's
    subject; an age or a birthplace is hers, what a team has is still the team's."""
    who = turn("Qui a recruté Nadia Benali ?", "L’écurie Alpine a recruté Nadia Benali pour la saison 2025.")
    assert subject_of([who])[0] == "Alpine"
    assert resolve("Quel âge a-t-elle ?", [who]).resolved == "Quel âge Nadia Benali a-t-elle ?"
    assert resolve("Et d'où vient-elle ?", [who]).resolved == "D'où Nadia Benali vient-elle ?"
    assert resolve("Où est-elle née ?", [who]).resolved == "Où Nadia Benali est-elle née ?"
    assert resolve("Quand a-t-elle été fondée ?", [who]).resolved == "Quand Alpine a-t-elle été fondée ?"
    named = turn("Quand Porsche a-t-elle recruté Romain Dumas ?", "En 2006.")
    assert resolve("Quel est son métier ?", [named]).resolved == "Quel est le métier de Romain Dumas ?"
    assert resolve("Combien de victoires a-t-elle ?", [named]).resolved == "Combien de victoires Porsche a-t-elle ?"
    # a person as the subject stays, whoever else the turn names
    pair = turn("Quand Romain Dumas a-t-il rejoint Timo Bernhard ?", "En 2009.")
    assert resolve("Quel âge a-t-il ?", [pair]).resolved == "Quel âge Romain Dumas a-t-il ?"


def test_a_place_is_not_taken_for_the_subject() -> None:
    previous = turn("Quel président des États-Unis fut l'ami de Baker ?")
    assert subject_of([previous])[0] == "Baker"


def test_the_subject_is_not_glued_to_the_complement_before_it() -> None:
    previous = turn("Quelle étape du Tour de France Stablinski gagne-t-il avec l'équipe de France ?")
    assert subject_of([previous])[0] == "Stablinski"
    resolved = resolve("À quelle place finit-il ce Tour ?", [previous]).resolved
    assert resolved == "À quelle place Stablinski finit-il ce Tour ?"


def test_the_latest_subject_wins() -> None:
    turns = [AGE, turn("Et Romain Dumas, pour quelle équipe court-il ?")]
    assert resolve("D'où vient-il ?", turns).resolved == "D'où Romain Dumas vient-il ?"


def test_turns_from_messages_resolve_a_chain_of_follow_ups() -> None:
    messages = [
        {"role": "system", "content": "Tu es PaddockQA."},
        {"role": "user", "content": "Quel âge a Philippe Gaillard ?"},
        {"role": "assistant", "content": "Philippe est un chef d’entreprise de 42 ans [1]."},
        {"role": "user", "content": [{"type": "text", "text": "Et d'où vient-il ?"}]},
        {"role": "assistant", "content": "Originaire de Dijon [1]."},
    ]
    turns = turns_from_messages(messages)
    assert [t.resolved for t in turns] == ["Quel âge a Philippe Gaillard ?", "D'où Philippe Gaillard vient-il ?"]
    # the chain holds: a third follow-up still knows whom the talk is about
    assert resolve("Quel métier exerce-t-il ?", turns).resolved == "Quel métier Philippe Gaillard exerce-t-il ?"


def test_after_a_who_question_sent_back_as_a_reply_the_person_it_names_is_the_subject() -> None:
    """An OpenAI client sends our whole reply back: the sentence, then its sources' titles."""
    reply = (
        "Sur les routes du Vercors, Léa Martin s’impose avec 12 secondes d’avance [1]."
        "\n\nSources :\n[1] RALLYE DU VERCORS : VICTOIRE DE JULIEN ROUX ? NON — 003_rallye.md"
    )
    messages = [
        {"role": "user", "content": "Qui a gagné le Rallye du Vercors ?"},
        {"role": "assistant", "content": reply},
        {"role": "user", "content": "Quel âge a-t-elle ?"},
    ]
    turns = turns_from_messages(messages)
    assert turns[0].answer.startswith("Sur les routes") and "Sources" not in turns[0].answer
    assert turns[1].resolved == "Quel âge Léa Martin a-t-elle ?"
    assert resolve("Qui est son copilote ?", turns[:1]).resolved == "Qui est le copilote de Léa Martin ?"


@pytest.mark.parametrize(
    ("bad", "said"),
    [
        (["text"], "object"),
        ([{"content": "x"}], "role"),
        ([{"role": "user", "content": 3}], "text"),
        # a walk: both were accepted and dropped without a word
        ([{"role": "robot", "content": "Quel âge a Philippe Gaillard ?"}], "robot"),
        ([{"role": "user"}], "content"),
        ([{"role": "user", "content": None}], "content"),
    ],
)
def test_turns_from_messages_refuse_malformed_messages(bad: list, said: str) -> None:
    with pytest.raises(ValueError, match=said):
        turns_from_messages(bad)


def test_turns_from_messages_take_every_openai_role_and_an_assistant_without_text() -> None:
    messages = [
        {"role": "developer", "content": "Réponds en français."},
        {"role": "user", "content": "Quel âge a Philippe Gaillard ?"},
        {"role": "assistant", "content": None, "tool_calls": []},
        {"role": "tool", "content": "{}"},
        {"role": "user", "content": "Et d'où vient-il ?"},
    ]
    assert [t.resolved for t in turns_from_messages(messages)][-1] == "D'où Philippe Gaillard vient-il ?"


@pytest.mark.parametrize(
    "question",
    [
        "Et Romain Dumas ?",
        "Et pour Romain Dumas ?",
        "Et concernant Romain Dumas ?",
        "Quant à Romain Dumas ?",
        "Et quant à Romain Dumas ?",
        "Et du côté de Romain Dumas ?",
        "Et Romain Dumas, lui ?",
        "And Romain Dumas?",
        "And for Romain Dumas?",
        "What about Romain Dumas?",
        "And what about Romain Dumas?",
        "How about Romain Dumas?",
        "As for Romain Dumas?",
    ],
)
@pytest.mark.parametrize(
    ("previous", "again"),
    [
        ("Quel âge a Philippe Gaillard ?", "Quel âge a Romain Dumas ?"),
        ("How old is Philippe Gaillard?", "How old is Romain Dumas?"),
    ],
)
def test_a_name_alone_after_a_lead_word_asks_again(question: str, previous: str, again: str) -> None:
    """ "Et", "pour", "quant à", "And", "What about": the lead words of an ellipsis, in either language."""
    resolution = resolve(question, [turn(previous, "42 ans")])
    assert (resolution.resolved, resolution.subject, resolution.follow_up) == (again, "Romain Dumas", True)
    assert not resolution.unasked


@pytest.mark.parametrize(
    ("question", "resolved", "unasked"),
    [
        # a second name is no frame's: not dropped to ask the previous question again
        ("Et Romain Dumas pour Porsche ?", "Romain Dumas pour Porsche ?", False),  # a new topic, searched
        ("Et Romain Dumas et Patrick Pilet ?", "Et Romain Dumas et Patrick Pilet ?", True),
        ("What about Romain Dumas and Patrick Pilet?", "What about Romain Dumas and Patrick Pilet?", True),
        # a lead word before a question of its own: asked as typed
        ("Quant au Mans, qui a gagné en 2008 ?", "Quant au Mans, qui a gagné en 2008 ?", False),
        ("And how old is Romain Dumas?", "And how old is Romain Dumas?", False),
        # ... or with a name taken up by its pronoun, that name's
        ("Quant à Romain Dumas, quel âge a-t-il ?", "Quel âge Romain Dumas a-t-il ?", False),
        ("What about Romain Dumas, how old is he?", "How old is Romain Dumas?", False),
    ],
)
def test_a_lead_word_with_more_than_a_name(question: str, resolved: str, unasked: bool) -> None:
    previous = turn("Combien de courses Philippe Gaillard a-t-il gagnées ?", "6", ("001.txt",))
    resolution = resolve(question, [previous])
    assert (resolution.resolved, resolution.unasked) == (resolved, unasked)
    assert not resolve(question).dangling  # asked first, nothing points back: no note on a pronoun


def test_a_place_after_quant_a_in_an_earlier_question_is_not_its_subject() -> None:
    previous = turn("Quant à Dijon, que pense Patrick Pilet ?", "…")
    assert resolve("Quel âge a-t-il ?", [previous]).resolved == "Quel âge Patrick Pilet a-t-il ?"


@pytest.mark.parametrize(
    ("previous", "answer", "question", "resolved"),
    [
        # "ils"/"elles": the subject and the other person of the last turn, its answer's or its question's
        (
            "Avec qui Edward Baker s'est-il marié ?",
            "Mary Ann Foss",
            "Combien d'enfants ont-ils eus ?",
            "Combien d'enfants Edward Baker et Mary Ann Foss ont-ils eus ?",
        ),
        (
            "Avec qui Edward Baker s'est-il marié ?",
            "Mary Ann Foss",
            "Où vivaient-ils ?",
            "Où Edward Baker et Mary Ann Foss vivaient-ils ?",
        ),
        (
            "Avec qui Edward Baker s'est-il marié ?",
            "Mary Ann Foss",
            "Quand est-ce qu'ils se sont mariés ?",
            "Quand est-ce que Edward Baker et Mary Ann Foss se sont mariés ?",
        ),
        (
            "Contre qui Nadal a-t-il joué la finale ?",
            "Roger Federer",
            "Combien de fois se sont-ils affrontés ?",
            "Combien de fois Nadal et Roger Federer se sont-ils affrontés ?",
        ),
        (
            "Avec qui Marie Curie a-t-elle travaillé ?",
            "Irène Joliot-Curie",
            "Quand se sont-elles rencontrées ?",
            "Quand Marie Curie et Irène Joliot-Curie se sont-elles rencontrées ?",
        ),
        (
            "Quel âge ont Romain Dumas et Patrick Pilet ?",
            "35 et 31 ans",
            "Où sont-ils nés ?",
            "Où Romain Dumas et Patrick Pilet sont-ils nés ?",
        ),
        # ... "il" stays the subject alone; a place is no one
        ("Avec qui Edward Baker s'est-il marié ?", "Mary Ann Foss", "Où est-il né ?", "Où Edward Baker est-il né ?"),
        (
            "Où Romain Dumas court-il en 2012 ?",
            "aux États-Unis",
            "Où ont-ils couru ?",
            "Où ont-ils couru (Romain Dumas) ?",
        ),
        (
            "Avec qui Romain Dumas a-t-il couru ?",
            "Timo Bernhard",
            "Qu'ont-ils gagné ?",
            "Qu'ont gagné Romain Dumas et Timo Bernhard ?",
        ),
        (
            "Qui a gagné les 24 Heures du Mans en 2008 ?",
            "Romain Dumas et Timo Bernhard",
            "Quel âge ont-ils ?",
            "Quel âge Romain Dumas et Timo Bernhard ont-ils ?",
        ),
        # a possessive's noun phrase is the subject of "ils", as before
        (
            "Avec qui Romain Dumas a-t-il couru ?",
            "Timo Bernhard",
            "Quand ses parents sont-ils nés ?",
            "Quand les parents de Romain Dumas sont-ils nés ?",
        ),
        # ... and so is a determiner's, repeated by "ils" after the verb
        (
            "Avec qui Romain Dumas a-t-il couru ?",
            "Timo Bernhard",
            "Comment les pilotes l'ont-ils vécu ?",
            "Comment les pilotes l'ont-ils vécu (Romain Dumas) ?",
        ),
        # what is no person's name is no partner: a team, a place, a race, a date, the subject again
        ("Qui a gagné Le Mans en 2008 ?", "Audi", "Quel âge ont-ils ?", "Quel âge ont-ils (Audi, Mans) ?"),
        ("Où Romain Dumas est-il né ?", "Alès", "Où vivent-ils ?", "Où vivent-ils (Romain Dumas) ?"),
        (
            "Quel âge a Romain Dumas ?",
            "Le 15 Juin 2008, il avait 30 ans.",
            "Où vivent-ils ?",
            "Où vivent-ils (Romain Dumas) ?",
        ),
        ("Quel âge a Romain Dumas ?", "Dumas a 35 ans.", "Où vivent-ils ?", "Où vivent-ils (Romain Dumas) ?"),
        ("Romain Dumas court-il pour Porsche ?", "Oui", "Ont-ils gagné ?", "Ont-ils gagné (Romain Dumas, Porsche) ?"),
        # no one besides: who "ils" are is unknown, the name is context
        (
            "Quel âge a Philippe Gaillard ?",
            "42 ans",
            "Quand ont-ils gagné ?",
            "Quand ont-ils gagné (Philippe Gaillard) ?",
        ),
    ],
)
def test_a_plural_pronoun_stands_for_the_two_people_of_the_last_turn(
    previous: str, answer: str, question: str, resolved: str
) -> None:
    assert resolve(question, [turn(previous, answer)]).resolved == resolved


@pytest.mark.parametrize(
    ("question", "resolved"),
    [
        ("Qu'a-t-il gagné ?", "Qu'a gagné Romain Dumas ?"),  # after "que", a participle comes before the subject
        ("Qu'a-t-il gagné en 2008 ?", "Qu'a gagné Romain Dumas en 2008 ?"),
        ("Qu'est-il devenu ?", "Qu'est devenu Romain Dumas ?"),
        ("Que pense-t-il des circuits ?", "Que pense Romain Dumas des circuits ?"),  # no participle
        ("Qu'en dit-il ?", "Qu'en dit Romain Dumas ?"),  # a clitic between "qu'" and the verb
        ("Que lui a-t-il dit ?", "Que lui a dit Romain Dumas ?"),
        # no participle after the auxiliary: the earlier order
        ("Qu'a-t-il en tête ?", "Qu'a Romain Dumas en tête ?"),
        ("Qu'a-t-il à dire ?", "Qu'a Romain Dumas à dire ?"),
        ("Qu'a-t-il comme voiture ?", "Qu'a Romain Dumas comme voiture ?"),
        ("Qu'a-t-il donc gagné ?", "Qu'a Romain Dumas donc gagné ?"),
        ("Qu'a-t-il bien pu dire ?", "Qu'a Romain Dumas bien pu dire ?"),
        # impersonal: what happened to him, not what he became
        ("Qu'est-il arrivé ?", "Qu'est-il arrivé (Romain Dumas) ?"),
        ("Que s'est-il passé ?", "Que s'est-il passé (Romain Dumas) ?"),
    ],
)
def test_que_with_an_auxiliary_puts_the_subject_after_the_participle(question: str, resolved: str) -> None:
    assert resolve(question, [turn("Où Romain Dumas court-il en 2012 ?", "aux États-Unis")]).resolved == resolved


@pytest.mark.parametrize(
    ("previous", "answer", "again"),
    [
        # after a "Qui … ?", the subject is the answer's name: the question's own name is replaced
        ("Qui a créé l'équipe de Philippe Gaillard ?", "Philippe Alméras", "Qui a créé l'équipe de Romain Dumas ?"),
        ("Qui est le team manager de Patrick Pilet ?", "Philippe Alméras", "Qui est le team manager de Romain Dumas ?"),
        ("Quel âge a Philippe Gaillard ?", "42 ans", "Quel âge a Romain Dumas ?"),
    ],
)
def test_a_name_alone_replaces_the_name_the_previous_question_asked_about(
    previous: str, answer: str, again: str
) -> None:
    resolution = resolve("Et Romain Dumas ?", [turn(previous, answer)])
    assert (resolution.resolved, resolution.unasked) == (again, False)


@pytest.mark.parametrize(
    "previous",
    [
        "Où a eu lieu la finale de la Super Série FFSA ?",  # an event's name is no person's place
        "Quel est le site web du championnat ALMS ?",
        "Qui a gagné les 24 Heures du Mans 2008 ?",
        "Quelle est l'histoire des 24 Heures du Mans ?",
        "Quel est le palmarès du Tour de France ?",
        "Qui a gagné l'édition 2008 du Grand Prix de Mosport ?",
        "Qui a remporté les 1000 Km de Spa ?",
        "Quelle est la capitale de l'Australie ?",  # a place's
        "Quelle est la capitale de la France ?",
        "Combien de kilomètres fait le circuit ?",  # no name at all
    ],
)
def test_a_persons_name_alone_does_not_take_a_place_or_an_institutions_place(previous: str) -> None:
    """Nothing sensible to ask again: the reply asks what to know about him (not the previous
    question unchanged, nor "la finale de la Romain Dumas")."""
    resolution = resolve("Et Romain Dumas ?", [turn(previous, "Magny-Cours")])
    assert (resolution.resolved, resolution.unasked, resolution.subject) == ("Et Romain Dumas ?", True, "Romain Dumas")


def test_a_name_alone_still_replaces_one_of_its_kind() -> None:
    previous = turn("Quel est le palmarès de Porsche en ALMS ?")
    assert resolve("Et Audi ?", [previous]).resolved == "Quel est le palmarès de Audi en ALMS ?"


@pytest.mark.parametrize("name", ["Pierre de Coubertin", "Marie de France", "Louis XIV", "Jean-Paul II"])
def test_a_persons_name_with_a_link_word_or_a_number_is_replaced_by_another(name: str) -> None:
    resolution = resolve("Et Romain Dumas ?", [turn(f"Quel âge a {name} ?", "42 ans")])
    assert (resolution.resolved, resolution.unasked) == ("Quel âge a Romain Dumas ?", False)


def test_asking_the_previous_question_again_replaces_whole_names_only() -> None:
    previous = turn("Quel âge a Dumas selon Dumasson ?")
    assert resolve("Et Pilet ?", [previous]).resolved == "Quel âge a Pilet selon Dumasson ?"


@pytest.mark.parametrize(
    ("question", "name", "resolved"),
    [
        ("Et Patrick Pilet, quelle est son écurie ?", "Patrick Pilet", "Quelle est l’écurie de Patrick Pilet ?"),
        ("Et Romain Dumas, d'où vient-il ?", "Romain Dumas", "D'où Romain Dumas vient-il ?"),
        ("Romain Dumas, en quelle année a-t-il gagné ?", "Romain Dumas", "En quelle année Romain Dumas a-t-il gagné ?"),
        ("And Romain Dumas, where does he come from?", "Romain Dumas", "Where does Romain Dumas come from?"),
        ("Et Oscar Robertson, quand a-t-il gagné ?", "Oscar Robertson", "Quand Oscar Robertson a-t-il gagné ?"),
    ],
)
def test_a_name_put_first_is_the_subject_its_pronoun_takes_up(question: str, name: str, resolved: str) -> None:
    switched = resolve(question, [AGE])
    assert (switched.resolved, switched.subject, switched.follow_up) == (resolved, name, True)
    assert switched.sources == ()  # someone new: the previous turn's documents are not theirs
    first = resolve(question)
    assert (first.resolved, first.follow_up) == (resolved, False)


@pytest.mark.parametrize(
    "question",
    [
        "Romain Dumas, Patrick Pilet : qui est le plus âgé ?",  # a list, nothing takes it up
        "Romain Dumas, Patrick Pilet, quel âge a-t-il ?",  # a list before the pronoun
        "Selon Romain Dumas, où a-t-il couru ?",  # a word of the sentence, then a name
        "Chez Porsche, quel est son rôle ?",
        "Bonjour Patrick, quel âge a-t-il ?",
    ],
)
def test_names_before_a_comma_that_are_no_subject_are_left_as_typed(question: str) -> None:
    assert resolve(question, [AGE]).resolved == question


def test_the_subject_put_first_keeps_the_conversation() -> None:
    # the subject itself put first keeps the conversation's documents
    again = resolve("Philippe Gaillard, d'où vient-il ?", [AGE])
    assert (again.resolved, again.sources) == ("D'où Philippe Gaillard vient-il ?", ("001.txt",))


@pytest.mark.parametrize(
    ("previous", "question", "resolved"),
    [
        (
            "Quel exploit Ian Kinsler réalise-t-il le 15 avril 2009 ?",
            "Contre quelle équipe ?",
            "Contre quelle équipe Ian Kinsler réalise-t-il le 15 avril 2009 ?",
        ),
        ("Lors de quelle bataille Baker a-t-il été tué ?", "Et quand ?", "Quand Baker a-t-il été tué ?"),
        ("Quand Stablinski abandonne-t-il ?", "Pourquoi ?", "Pourquoi Stablinski abandonne-t-il ?"),
        # no clause with its inverted verb to lead: the subject as context
        ("Quel âge a Philippe Gaillard ?", "Avec qui ?", "Avec qui (Philippe Gaillard) ?"),
        ("Qui est Dumas et où vit-il ?", "Pourquoi ?", "Pourquoi (Dumas) ?"),  # two clauses
        ("Où court Dumas ? Et quand gagne-t-il ?", "Pourquoi ?", "Pourquoi (Dumas) ?"),  # its first question
        ("Le pilote qui gagne court-il encore ?", "Pourquoi ?", "Pourquoi ?"),  # a relative, no subject
        ("Quand Dumas a-t-il gagné ?", "Qui ?", "Qui (Dumas) ?"),  # "qui" alone asks who did it
        ("Quel âge Dumas a-t-il ?", "Et pourquoi ?", "Pourquoi (Dumas) ?"),  # the verb's object was asked
        (
            "Quelle étape du Tour de France Stablinski gagne-t-il ?",
            "En quelle année ?",
            "En quelle année (Stablinski, Tour de France) ?",
        ),
    ],
)
def test_a_bare_question_phrase_takes_the_previous_clause(previous: str, question: str, resolved: str) -> None:
    assert resolve(question, [turn(previous, "")]).resolved == resolved


def test_who_someone_named_is_keeps_him_the_subject() -> None:
    """A walk: "Qui est Thomas Verbeke ?" answered with his team made the team the subject of
    "Quelle est sa nationalité ?"; a "Qui a gagné … ?" still hands over to the answer's name."""
    verbeke = Turn("Qui est Thomas Verbeke ?", "Qui est Thomas Verbeke ?", "Thomas Verbeke rejoint le Team Alpes.")
    assert resolve("Quelle est sa nationalité ?", [verbeke]).resolved == "Quelle est la nationalité de Thomas Verbeke ?"
    senna = Turn("Who was Ayrton Senna?", "Who was Ayrton Senna?", "Ayrton Senna drove for McLaren Honda.")
    assert resolve("How old was he?", [senna]).subject == "Ayrton Senna"
    spa = Turn("Qui a gagné à Spa ?", "Qui a gagné à Spa ?", "Patrick Pilet")
    assert resolve("Quel âge a-t-il ?", [spa]).resolved == "Quel âge Patrick Pilet a-t-il ?"
    # Asking who is the one who did something: the answer names the subject.
    for question, answer in (
        ("Qui est le vainqueur des 24 Heures du Mans ?", "Patrick Pilet"),
        ("Qui est arrivé deuxième à Spa ?", "Patrick Pilet"),
        ("Who is the team principal of Ferrari?", "Patrick Pilet"),
    ):
        assert resolve("Quel âge a-t-il ?", [Turn(question, question, answer)]).subject == "Patrick Pilet", question


def test_a_pronoun_put_first_says_whom_again() -> None:
    sarah = Turn("Où Sarah Lefèvre a-t-elle débuté ?", "Où Sarah Lefèvre a-t-elle débuté ?", "À Salbris.")
    assert resolve("Et elle, quel âge a-t-elle ?", [sarah]).resolved == "Quel âge Sarah Lefèvre a-t-elle ?"
    for nothing in ("Et lui-même ?", "Et puis ?", "And him too?", "Et ceux-ci ?"):
        assert resolve(nothing, [sarah]).unasked, nothing


def test_an_opening_noun_phrase_is_the_subject_but_a_time_is_not() -> None:
    assert resolve("Le classement officiel a-t-il été confirmé ?", [AGE]).resolved == (
        "Le classement officiel a-t-il été confirmé (Philippe Gaillard) ?"
    )
    assert resolve("L'an dernier a-t-il gagné ?", [AGE]).resolved == "L'an dernier Philippe Gaillard a-t-il gagné ?"


@pytest.mark.parametrize(
    ("typed", "resolved", "subject", "read"),
    [
        # the name the conversation put in is taken out again for the reader
        ("Et d'où vient-il ?", "D'où Philippe Gaillard vient-il ?", "Philippe Gaillard", "D'où vient-il ?"),
        (
            "Quel métier exerce-t-il ?",
            "Quel métier Philippe Gaillard exerce-t-il ?",
            "Philippe Gaillard",
            "Quel métier exerce-t-il ?",
        ),
        # ... but not where it took a pronoun's place: the question is then read as understood
        ("Where does he come from?", "Where does Philippe Gaillard come from?", "Philippe Gaillard", None),
        ("What is his team?", "What is Philippe Gaillard's team?", "Philippe Gaillard", None),
        ("Il vient d'où ?", "Philippe Gaillard vient d'où ?", "Philippe Gaillard", None),
        ("Et il a quel âge ?", "Philippe Gaillard a quel âge ?", "Philippe Gaillard", None),
        ("Qu'a-t-il gagné ?", "Qu'a gagné Philippe Gaillard ?", "Philippe Gaillard", None),
        ("d'ou vient il", "D'où Philippe Gaillard vient-il ?", "Philippe Gaillard", "D'où vient-il ?"),
        # a pronoun typed twice, one of them replaced: counted, not only found
        ("What is his team and his age?", "What is Philippe Gaillard’s team and his age?", "Philippe Gaillard", None),
        (
            "Il a battu qui, et il a quel âge ?",
            "Philippe Gaillard a battu qui, et il a quel âge ?",
            "Philippe Gaillard",
            None,
        ),
        # names added in parentheses at the end go, the rest of what was understood stays
        (
            "Comment le public américain l'a-t-il reçu ?",
            "Comment le public américain l'a-t-il reçu (Patrick Pilet, Atlantique) ?",
            "Patrick Pilet",
            "Comment le public américain l'a-t-il reçu ?",
        ),
        (
            "Contre quelle équipe ?",
            "Contre quelle équipe Ian Kinsler réalise-t-il le 15 avril 2009 ?",
            "Ian Kinsler",
            "Contre quelle équipe réalise-t-il le 15 avril 2009 ?",
        ),
        # a name the user typed stays: a topic switch is read as asked
        ("Et Patrick Pilet, quelle est son écurie ?", "Quelle est l’écurie de Patrick Pilet ?", "Patrick Pilet", None),
        # taken out, the name would leave the question hanging: read as understood
        ("Qui a créé son équipe ?", "Qui a créé l’équipe de Philippe Gaillard ?", "Philippe Gaillard", None),
        (
            "Qui s'opposait à ce qu'il fasse du vélo ?",
            "Qui s'opposait à ce que Jean Stablinski fasse du vélo ?",
            "Jean Stablinski",
            None,
        ),
        (
            "Combien d'enfants ont-ils eus ?",
            "Combien d'enfants Edward Baker et Mary Ann Foss ont-ils eus ?",
            "Edward Baker",
            None,
        ),
        # a user's own parenthesis is theirs
        (
            "Quel âge a-t-il (en 2008) ?",
            "Quel âge Philippe Gaillard a-t-il (en 2008) ?",
            "Philippe Gaillard",
            "Quel âge a-t-il (en 2008) ?",
        ),
    ],
)
def test_the_reader_reads_a_follow_up_without_the_name_the_conversation_added(
    typed: str, resolved: str, subject: str, read: str | None
) -> None:
    assert reading_question(Resolution(typed, resolved, True, subject)) == read


def test_a_question_not_leaning_on_the_conversation_is_read_as_asked() -> None:
    assert reading_question(resolve("Quel âge a Philippe Gaillard ?")) is None
    assert reading_question(resolve("Quel âge a-t-il ?", [AGE])) == "Quel âge a-t-il ?"
    assert reading_question(Resolution("Et ?", "Et ?", True, "Philippe Gaillard", unasked=True)) is None


@pytest.mark.parametrize(
    ("source", "quote", "document", "elsewhere"),
    [
        # someone else, in another text that never names him
        ("karting.txt", "À seulement 14 ans, Inès Benali est sacrée.", "Karting : Inès Benali sacrée", True),
        # the document the last turn cited
        ("pau.txt", "À seulement 14 ans, Inès Benali est sacrée.", "Karting : Inès Benali sacrée", False),
        # his own release names others: "Formule France" reads as a person (an API follow-up, 42 ans then Dijon)
        ("autre.txt", "Originaire de Dijon, il a couru en Formule France.", "Vincent Laborde court à Dijon.", False),
        ("autre.txt", "À 14 ans, Vincent Dupuis est sacré.", "Vincent Dupuis", True),  # a first name is shared
        ("autre.txt", "Il suit des études de droit à Grenoble.", "Il suit des études.", False),  # names no one: his?
        ("autre.txt", "Jean Labordenne, 52 ans.", "Jean Labordenne, 52 ans.", True),  # a whole word only
    ],
)
def test_an_answer_read_without_the_name_about_someone_else_is_read_again_with_it(
    source: str, quote: str, document: str, elsewhere: bool
) -> None:
    understood = "Quel âge Vincent Laborde a-t-il ?"
    resolution = Resolution("Quel âge a-t-il ?", understood, True, "Vincent Laborde", ("pau.txt",))
    assert about_someone_else(resolution, source, quote, document) is elsewhere


@pytest.mark.parametrize(
    ("frame", "asked"),
    [
        # The pronoun agreed with the name replaced: "Quel âge Hugo Ferrand a-t-elle ?" (a walk).
        ("Quel âge Léa Marchand a-t-elle ?", "Quel âge a Hugo Ferrand ?"),
        ("D'où Léa Marchand vient-elle ?", "D'où vient Hugo Ferrand ?"),
        ("Pourquoi Léa Marchand abandonne-t-elle ?", "Pourquoi Hugo Ferrand abandonne-t-elle ?"),  # no such inversion
        ("Avec quelle équipe Léa Marchand a-t-elle gagné ?", "Avec quelle équipe Hugo Ferrand a-t-elle gagné ?"),
        # the question word is the verb's object: inverted, the question would ask the other way round (a review)
        ("Qui Léa Marchand remplace-t-elle ?", "Qui Hugo Ferrand remplace-t-elle ?"),
        ("Quel pilote Léa Marchand bat-elle ?", "Quel pilote Hugo Ferrand bat-elle ?"),
        ("Combien de victoires Léa Marchand a-t-elle ?", "Combien de victoires a Hugo Ferrand ?"),
    ],
)
def test_a_name_asked_about_again_follows_its_verb_when_the_verb_ends_the_question(frame: str, asked: str) -> None:
    turns = [Turn("…", frame, "28 ans")]
    assert resolve("Et Hugo Ferrand ?", turns).resolved == asked


def test_a_fourth_walks_follow_ups_keep_the_person_asked_about() -> None:
    """A fourth walk: after "Et le deuxième ?", "Quelle voiture pilotait-il ?" became "Quelle
    voiture Rallye des Vosges pilotait-il ?"; after "Et chez les motos ?", "Quel âge Dakar a-t-il
    ?"; a race named after the pronoun ("a-t-il couru les 24 Heures du Mans") took its place."""
    won = Turn("Qui a gagné le Rallye des Vosges ?", "Qui a gagné le Rallye des Vosges ?", "Mathieu Carrel")
    second = resolve("Et le deuxième ?", [won])
    assert second.resolved == "Qui a terminé deuxième du Rallye des Vosges ?"
    placed = Turn("Et le deuxième ?", second.resolved, "Adrien Poulain")
    car = resolve("Quelle voiture pilotait-il ?", [won, placed])
    assert car.resolved == "Quelle voiture Adrien Poulain pilotait-il ?"

    autos = turn("Qui a gagné la septième étape du Dakar chez les autos ?", "Gérald Monnier")
    motos = resolve("Et chez les motos ?", [autos])
    assert motos.resolved == "Qui a gagné la septième étape du Dakar chez les motos ?"
    answered = Turn("Et chez les motos ?", motos.resolved, "le Palois Mathis Guérin")
    assert resolve("Quel âge a-t-il ?", [autos, answered]).resolved == "Quel âge Mathis Guérin a-t-il ?"
    assert resolve("Et chez les motos ?", [AGE]).resolved != "Quel âge a Philippe Gaillard chez les motos ?"

    lambert = turn("Quel âge a Julien Lambert ?", "41 ans")
    race = resolve("Combien de fois a-t-il couru les 24 Heures du Mans ?", [lambert])
    assert race.resolved == "Combien de fois Julien Lambert a-t-il couru les 24 Heures du Mans ?"
    # The name before the pronoun is its subject: a question of its own.
    held = "Le Rallye des Vosges a-t-il eu lieu ?"
    assert resolve(held, [lambert]).resolved == held


def test_the_reviews_cousins_of_follow_ups() -> None:
    """A review of session 17's rules: after "Qui est X ?" then "Et Y ?", the next pronoun is Y
    (not the person Y's answer names); a subject put after a comma is the question's own."""
    first = Turn("Qui est Lucas Vernier ?", "Qui est Lucas Vernier ?", "Lucas Vernier est pilote.")
    other = resolve("Et Hugo Bernard ?", [first])
    assert other.resolved == "Qui est Hugo Bernard ?"
    answered = Turn("Et Hugo Bernard ?", other.resolved, "Hugo Bernard est le coéquipier de Léa Martin.")
    assert resolve("Quel âge a-t-il ?", [first, answered]).resolved == "Quel âge Hugo Bernard a-t-il ?"
    late = "Quand a-t-il été créé, le Rallye du Var ?"
    assert resolve(late, [first]).resolved == late


@pytest.mark.parametrize(
    ("previous", "question", "resolved"),
    [
        # A fifth walk: the same noun with other words asks the previous question again.
        (
            turn("Qui a gagné la course 1 du Grand Prix Camions d'Albi ?", "Patrice Lemoine"),
            "Et la course 2 ?",
            "Qui a gagné la course 2 du Grand Prix Camions d'Albi ?",
        ),
        (turn("Combien coûte le pass week-end ?", "45 €"), "Et le pass 1 jour ?", "Combien coûte le pass 1 jour ?"),
        (
            turn("Qui a gagné la septième étape du Dakar chez les autos ?", "Gérald Monnier"),
            "Et la huitième étape ?",
            "Qui a gagné la huitième étape du Dakar chez les autos ?",
        ),
        # The frame's year after a preposition of its own ("pour 2024") keeps it.
        (
            Turn("Quel est son budget pour 2024 ?", "Quel est le budget de Denis Lambert pour 2024 ?", "2,4 M€"),
            "Et en 2023 ?",
            "Quel est le budget de Denis Lambert pour 2023 ?",
        ),
        # "y" elided ("s'y") points back like "y".
        (
            turn("Quand ont lieu les Journées de la Vitesse à Pouzauges ?", "du 6 au 8 septembre"),
            "Comment s'y rendre en voiture ?",
            "Comment s'y rendre en voiture (Journées de la Vitesse, Pouzauges) ?",
        ),
        # A name answered in a headline's capitals is written as a name.
        (
            turn("Qui dirige Lambert Compétition ?", "DENIS LAMBERT"),
            "Quel âge a-t-il ?",
            "Quel âge Denis Lambert a-t-il ?",
        ),
    ],
)
def test_a_fifth_walks_follow_ups(previous: Turn, question: str, resolved: str) -> None:
    assert resolve(question, [previous]).resolved == resolved


def test_a_noun_asked_again_with_the_same_words_or_none_is_no_new_question() -> None:
    won = turn("Qui a gagné la course 1 du Grand Prix Camions d'Albi ?", "Patrice Lemoine")
    assert resolve("Et la course 1 ?", [won]).resolved == "La course 1 (Patrice Lemoine, Grand Prix Camions d’Albi) ?"
    assert resolve("Et la voiture ?", [won]).resolved == "La voiture (Patrice Lemoine, Grand Prix Camions d’Albi) ?"
    assert resolve("Comment s'y rendre ?", []).dangling


def test_the_reviews_cousins_of_a_fifth_walks_follow_ups() -> None:
    """A review: a preposition the follow-up gives replaces the frame's ("Et avant 2023 ?"); a
    noun with a verb after it asks something of its own; a person who is a noun's complement is
    not the inverted pronoun's; an elided particle keeps its capital off."""
    budget = Turn("Quel est son budget pour 2024 ?", "Quel est le budget de Denis Lambert pour 2024 ?", "2,4 M€")
    assert resolve("Et avant 2023 ?", [budget]).resolved == "Quel est le budget de Denis Lambert avant 2023 ?"
    assert resolve("Et 2023 ?", [budget]).resolved == "Quel est le budget de Denis Lambert pour 2023 ?"
    pass_price = turn("Combien coûte le pass week-end ?", "45 €")
    assert resolve("Et le pass inclut le paddock ?", [pass_price]).resolved == "Le pass inclut le paddock ?"
    assert resolve("Et le pass junior ?", [pass_price]).resolved == "Combien coûte le pass junior ?"
    mate = Turn("Le coéquipier de Julie Martin a-t-il gagné ?", "Le coéquipier de Julie Martin a-t-il gagné ?", "Non")
    assert genders([HER_AGE, mate]) == {"Julie Martin": "f"}
    marc = turn("Qui dirige l'équipe ?", "MARC D'ALMEIDA")
    assert resolve("Quel âge a-t-il ?", [marc]).resolved == "Quel âge Marc d’Almeida a-t-il ?"


def test_a_pronoun_of_another_gender_goes_to_the_person_asked_about_before_one_only_answered() -> None:
    """A fourth walk's chat, rerun: "What is her ultimate goal?" after Inès Fabre's engineer was
    answered (Mathilde Orsini) and Julien Lambert asked about went to the engineer."""
    turns = [
        Turn("D'où vient Inès Fabre ?", "D'où vient Inès Fabre ?", "Marseille"),
        Turn("À quel âge a-t-elle commencé ?", "À quel âge Inès Fabre a-t-elle commencé ?", "huit ans"),
        Turn("Qui est son ingénieure ?", "Qui est l’ingénieure d’Inès Fabre ?", "Mathilde Orsini"),
        Turn("Et Julien Lambert, quel âge a-t-il ?", "Quel âge Julien Lambert a-t-il ?", "41 ans"),
    ]
    assert resolve("What is her ultimate goal?", turns).resolved == "What is Inès Fabre’s ultimate goal?"


def test_a_pronoun_of_the_other_gender_is_the_person_the_answer_names_so() -> None:
    """A seventh walk: who won the Rallye de l'Atlas was answered "Marine Castagnet" (the
    co-driver) from "Le pilote Sébastien Delorme et sa copilote Marine Castagnet ont remporté …";
    "Quel âge a-t-il ?" was then asked of her. The quote says which of them "il" can be."""
    quote = (
        "Erfoud – Le pilote Sébastien Delorme et sa copilote Marine Castagnet ont remporté le Rallye de l'Atlas. [1]"
    )
    won = Turn("Qui a remporté le Rallye de l'Atlas ?", "Qui a remporté le Rallye de l'Atlas ?", "Marine Castagnet",
               ("a.md",), quote)  # fmt: skip
    assert genders([won]) == {"Sébastien Delorme": "m", "Marine Castagnet": "f"}
    assert resolve("Quel âge a-t-il ?", [won]).resolved == "Quel âge Sébastien Delorme a-t-il ?"
    assert resolve("Quel âge a-t-elle ?", [won]).resolved == "Quel âge Marine Castagnet a-t-elle ?"
    # "née" after a name says it too; "son" before a vowel says nothing ("son équipière")
    born = Turn(
        "Qui a gagné ?",
        "Qui a gagné ?",
        "Léa Marchand",
        (),
        "Léa Marchand, 24 ans, née à Pau, devance son équipière Julie Roy.",
    )
    assert genders([born]) == {"Léa Marchand": "f"}
    # a word in small letters after an article is no noun of a person (a review)
    week = Turn("Qui a gagné ?", "Qui a gagné ?", "Julien Martin", (), "Il y a une semaine Julien Martin s'imposait.")
    assert genders([week]) == {}


def test_a_role_asked_about_is_whom_the_next_pronoun_stands_for() -> None:
    """An eighth walk: "Quel âge a Sébastien Delorme ?", "Et sa copilote, où est-elle née ?"
    (answered from "Sa copilote Marine Castagnet, 29 ans, est née à Grenoble"), then "Quel âge
    a-t-elle ?" was asked of him: the second turn's "elle" had made him a woman. The role's
    holder, as the reply names her, is what follows is about; "lui" then goes back to him."""
    age = Turn("Quel âge a Sébastien Delorme ?", "Quel âge a Sébastien Delorme ?", "38 ans", ("a.txt",),
               "Sébastien Delorme, 38 ans, originaire de Toulouse, signe sa deuxième victoire. [1]")  # fmt: skip
    asked = "Et sa copilote, où est-elle née ?"
    assert resolve(asked, [age]).resolved == "La copilote de Sébastien Delorme, où est-elle née ?"
    born = Turn(asked, resolve(asked, [age]).resolved, "Grenoble", ("a.txt",),
                "Sa copilote Marine Castagnet, 29 ans, est née à Grenoble. [1]")  # fmt: skip
    assert role_holder(born) == "Marine Castagnet"
    assert genders([age, born]) == {"Marine Castagnet": "f"}
    assert resolve("Quel âge a-t-elle ?", [age, born]).resolved == "Quel âge Marine Castagnet a-t-elle ?"
    assert resolve("Et lui, d'où vient-il ?", [age, born]).resolved == "D'où Sébastien Delorme vient-il ?"
    # The role's holder named after the role, in English too; "Qui a battu son coéquipier ?"
    # asks who did (the answer is whom what follows is about), "Et son coéquipier ?" who holds it.
    team = Turn("How old is his team-mate?", "How old is Léo Marc's team-mate?", "24", (),
                "His team-mate Hugo Perrin, 24, finished second. [1]")  # fmt: skip
    assert role_holder(team) == "Hugo Perrin"
    beat = Turn("Qui a battu son coéquipier ?", "Qui a battu le coéquipier de Léo Marc ?", "Tom Roy", (),
                "Tom Roy a battu son coéquipier Hugo Perrin. [1]")  # fmt: skip
    alone = Turn("Et son coéquipier ?", "Qui est le coéquipier de Léo Marc ?", "Hugo Perrin", (),
                 "Son coéquipier Hugo Perrin a fini deuxième. [1]")  # fmt: skip
    assert role_holder(beat) is None and role_holder(alone) is None
    # The role only when it is what the question is about: not the object of a question about
    # someone named (a review: "Quand Tom Roy a-t-il battu son coéquipier ?" made the team-mate
    # the subject, "… depuis le départ de son père ?" made Léa Marc's father a woman).
    battu = Turn("Quand Tom Roy a-t-il battu son coéquipier ?", "Quand Tom Roy a-t-il battu son coéquipier ?",
                 "en 2024", (), "Tom Roy a battu son coéquipier Hugo Perrin en 2024. [1]")  # fmt: skip
    father = "Avec quelle équipe Léa Marc court-elle depuis le départ de son père ?"
    left = Turn(father, father, "Alpine", (), "Depuis le départ de son père Jean Marc, elle court chez Alpine. [1]")
    assert role_holder(battu) is None and role_holder(left) is None
    assert "Jean Marc" not in genders([left])
    # An English question over a French text (a review)
    english = Turn("And his co-driver, where was she born?", "And his co-driver, where was she born?", "Grenoble")
    assert (
        role_holder(replace(english, text="Sa copilote Marine Castagnet est née à Grenoble. [1]")) == "Marine Castagnet"
    )
    # The reply may put the name after a comma, or before the role
    for said in ("Sa copilote, Marine Castagnet, est née à Grenoble.", "Marine Castagnet, sa copilote, est née à Pau."):
        assert role_holder(replace(born, text=said)) == "Marine Castagnet"
    # A relative is a role too ("Et son cousin, quelle voiture pilote-t-il ?", an eighth walk).
    car = Turn("Quelle voiture pilote Nicolas Pradier ?", "Quelle voiture pilote Nicolas Pradier ?", "Peugeot 208")
    cousin = "Et son cousin, quelle voiture pilote-t-il ?"
    assert resolve(cousin, [car]).resolved == "Le cousin de Nicolas Pradier, quelle voiture pilote-t-il ?"
    his = Turn(cousin, resolve(cousin, [car]).resolved, "Clio", (), "Son cousin Laurent Pradier pilote une Clio. [1]")
    assert resolve("Quel âge a-t-il ?", [car, his]).resolved == "Quel âge Laurent Pradier a-t-il ?"
    # No one named after the role in the reply: nothing known.
    vague = Turn(
        asked, "La copilote de Sébastien Delorme, où est-elle née ?", "Grenoble", (), "Elle est née à Grenoble."
    )
    assert role_holder(vague) is None


def _cited(n: int, source: str, title: str, quote: str) -> Citation:
    return Citation(n, source, title, 0, len(quote), quote, 0.9, date="2026-03-14", also=("copie.txt",))


@pytest.mark.parametrize(
    "answer",
    [
        Answer(
            "Et sa copilote, où est-elle née ?",
            True,
            "Sa copilote Marine Castagnet, 29 ans, est née à Grenoble. [1]",
            (_cited(1, "atlas/rallye.txt", "Rallye de l'Atlas — Delorme et Castagnet", "Sa copilote Marine…"),),
            notice="Le document ne nomme pas l'épreuve.",
            short_answer=ShortAnswer("Grenoble", 1, 40, 48),
        ),
        Answer(
            "How old is he?",
            True,
            "Tom Roy, 24, won. [1] He is from Pau. [2]",
            (_cited(1, "a.txt", "Win", "Tom Roy, 24, won."), _cited(2, "b.md", "Pau", "He is from Pau.")),
            short_answer=ShortAnswer("24", 1, 9, 11),
        ),  # fmt: skip
        Answer("Qui a gagné ?", True, "Tom Roy a gagné. [1]", (_cited(1, "a.txt", "Course", "Tom Roy a gagné."),)),
        Answer(
            "Quel est son budget ?",
            False,
            str(messages.fr("not_found_closest", listing="[1] (Course)")),
            (_cited(1, "a.txt", "Course", "Tom Roy a gagné."),),
            message=messages.fr("not_found_closest", listing="[1] (Course)"),
        ),
        Answer("Bonjour", False, str(messages.fr("greeting")), message=messages.fr("greeting")),
    ],
    ids=["short-answer", "english", "no-short-answer", "refused", "greeting"],
)
def test_the_api_reads_back_the_turn_the_web_chat_keeps(answer: Answer) -> None:
    """An eighth walk: the same turns answered differently in the web chat (``turn_of``: the
    short answer, the cited files) and over ``/v1``, whose history held each reply whole. Our
    own messages (``openai_api.message_text``) are read back into the same turn."""
    from paddockqa.openai_api import message_text

    history = [{"role": "user", "content": answer.question}, {"role": "assistant", "content": message_text(answer)}]
    kept = turn_of(answer)
    read = turns_from_messages(history)
    assert read == [kept]


def test_the_api_reads_back_a_generated_answer_without_its_marks_or_its_replaced_draft() -> None:
    """A review: an LLM's checked answer carries our marks ("⚠"), legend, model line and
    reasons, and a streamed draft the check replaced stays above the rule; read back whole,
    "Le vainqueur est Paul Durand" (the draft) was whom "Quel âge a-t-il ?" asked about."""
    from paddockqa.openai_api import message_text

    answer = Answer(
        "Qui a gagné ?",
        True,
        "Tom Roy a gagné la course. [1] Il a 24 ans. [2]",
        (_cited(1, "a.txt", "Course", "Tom Roy a gagné la course."), _cited(2, "a.txt", "Course", "Il court.")),
        mode="generated",
        model="Mistral Small",
        sentences=("Tom Roy a gagné la course. [1]", "Il a 24 ans. [2]"),
        unsupported=(1,),
        unsupported_reasons=("nombre absent des passages cités : 24",),
        short_answer=ShortAnswer("Tom Roy", 1, 0, 7),
    )
    for streamed in ("", "Le vainqueur est Paul Durand."):
        content = streamed + message_text(answer, streamed)  # what a streaming client keeps
        assert ("Paul Durand" in content) is bool(streamed) and "Mistral Small" in content
        history = [{"role": "user", "content": answer.question}, {"role": "assistant", "content": content}]
        assert turns_from_messages(history) == [turn_of(answer)]
        assert resolve("Quel âge a-t-il ?", turns_from_messages(history)).resolved == "Quel âge Tom Roy a-t-il ?"


def test_someone_described_is_the_person_the_replys_quote_names() -> None:
    """A ninth walk: "Quel âge a le vainqueur du Rallye de l'Atlas ?" answered from "Sébastien
    Delorme, 38 ans, …", then "D'où vient-il ?" was asked of someone two turns back."""
    idol = Turn("Qui est le modèle de Manon Delacroix ?", "Qui est le modèle de Manon Delacroix ?", "Valentino Rossi")
    winner = Turn(
        "Quel âge a le vainqueur du Rallye de l'Atlas ?",
        "Quel âge a le vainqueur du Rallye de l'Atlas ?",
        "38 ans",
        ("atlas.txt",),
        "Sébastien Delorme, 38 ans, originaire de Toulouse, signe sa deuxième victoire. [1]",
    )
    assert resolve("D'où vient-il ?", [idol, winner]).resolved == "D'où Sébastien Delorme vient-il ?"
    race = Turn("Quand a eu lieu le Rallye de l'Atlas ?", "Quand a eu lieu le Rallye de l'Atlas ?", "14 mars 2026")
    assert "Sébastien Delorme" not in resolve("Où a-t-il lieu ?", [idol, race]).resolved  # no one described


def test_a_place_past_the_fifth_asked_alone_is_the_same_races() -> None:
    """A tenth walk: "Et le sixième ?" after "Qui a terminé deuxième à Nogaro ?" was understood
    "Le sixième (Lucas Ferrand) ?"."""
    second = Turn("Qui a terminé deuxième à Nogaro ?", "Qui a terminé deuxième à Nogaro ?", "Lucas Ferrand")
    assert resolve("Et le sixième ?", [second]).resolved == "Qui a terminé sixième à Nogaro ?"
    assert resolve("Et le huitième ?", [second]).resolved == "Qui a terminé huitième à Nogaro ?"


@pytest.mark.parametrize(
    ("question", "resolved"),
    [
        ("Et le troisième du championnat ?", "Qui est troisième du championnat ?"),
        ("Et la deuxième au classement général ?", "Qui est deuxième au classement général ?"),
        ("And the third in the standings?", "Who is third in the standings?"),
    ],
)
def test_a_place_asked_with_what_it_is_of_is_a_question_of_its_own(question: str, resolved: str) -> None:
    """An eleventh walk: "Et le troisième du championnat ?" after "Combien de points a-t-il ?"
    became "Le troisième du championnat (Arthur Vanderelst) ?"."""
    previous = [
        turn("Qui mène le championnat de France F4 ?", "Arthur Vanderelst"),
        turn("Combien de points a-t-il ?", "142 points"),
    ]
    assert resolve(question, previous).resolved == resolved


@pytest.mark.parametrize(
    "question",
    [
        "Et le troisième du championnat, combien de points a-t-il ?",
        "Et le troisième du championnat a combien de points ?",
    ],
)
def test_a_place_with_a_question_of_its_own_is_not_cut_to_who(question: str) -> None:
    """A review: "Et le troisième du championnat, combien de points a-t-il ?" became "Qui est
    troisième du championnat, combien de points a-t-il ?"."""
    previous = [turn("Qui a gagné la course 1 à Nogaro ?", "Arthur Vanderelst")]
    assert not resolve(question, previous).resolved.startswith("Qui est troisième")


def test_a_surname_answered_alone_is_the_person_the_cited_title_names() -> None:
    """A twelfth walk: "Who won Race 1 at Brands Hatch?" answered "Cole", and "How old is she?"
    then asked the age of Brands Hatch."""
    quote = "Race 1: Cole won from pole, 0.874 seconds ahead of Callum Whitby."
    cited = Citation(1, "btcc.txt", "BTCC: Harriet Cole takes double win at Brands Hatch", 0, len(quote), quote, 0.9)
    won = Answer(
        "Who won Race 1 at Brands Hatch?", True, quote + " [1]", (cited,), short_answer=ShortAnswer("Cole", 1, 8, 12)
    )
    assert turn_of(won).answer == "Harriet Cole"
    assert resolve("How old is she?", [turn_of(won)]).resolved == "How old is Harriet Cole?"


def test_a_class_or_a_numbered_race_alone_asks_the_previous_question_of_it() -> None:
    """A thirteenth walk: "Et en LMP3 ?" after "Qui a gagné en GT3 à la Le Mans Cup au Castellet
    ?" was understood "En LMP3 (Giacomo Serafini, Mans Cup, GT3) ?"; "Et en course 2 ?" and
    "Et dans la course 2 ?" ask the previous question of race 2."""
    gt3 = turn("Qui a gagné en GT3 à la Le Mans Cup au Castellet ?", "Giacomo Serafini / Lucas Mainard")
    assert resolve("Et en LMP3 ?", [gt3]).resolved == "Qui a gagné en LMP3 à la Le Mans Cup au Castellet ?"
    elite = turn("Qui a gagné la catégorie Elite au Trophée Andros ?", "Sophie Marchal")
    assert resolve("Et en Elite Pro ?", [elite]).resolved == "Qui a gagné la catégorie Elite Pro au Trophée Andros ?"
    second = turn("Qui a terminé deuxième de la course 1 à Zandvoort ?", "Paul Martin")
    assert resolve("Et dans la course 2 ?", [second]).resolved == "Qui a terminé deuxième de la course 2 à Zandvoort ?"
    assert resolve("Et en course 2 ?", [second]).resolved == "Qui a terminé deuxième de la course 2 à Zandvoort ?"
    assert "pole" in resolve("Et en LMP3, qui a signé la pole ?", [gt3]).resolved  # it asks more


def test_a_noun_standing_for_the_person_answered_asks_of_them() -> None:
    """A thirteenth walk: "Quel âge a le pilote ?" after "Qui a remporté le Tour de Corse
    Historique ?" was read alone and given another driver's age. "le pilote", "la gagnante",
    "the winner" stand for the conversation's person, of the gender the conversation shows;
    "le pilote de l'équipe Bic" names someone else, "Qui est le vainqueur ?" asks who."""
    won = Turn(
        "Qui a remporté le Tour de Corse Historique ?",
        "Qui a remporté le Tour de Corse Historique ?",
        "Jean-Baptiste Santoni et Marie-Ange Luciani",
        ("corse.txt",),
        text="le pilote Jean-Baptiste Santoni et sa copilote Marie-Ange Luciani",
    )
    assert resolve("Quel âge a le pilote ?", [won]).resolved == "Quel âge a Jean-Baptiste Santoni ?"
    assert resolve("Quel âge a la pilote ?", [won]).resolved == "Quel âge a Marie-Ange Luciani ?"
    assert resolve("Quelle est la nationalité du vainqueur ?", [won]).resolved == (
        "Quelle est la nationalité de Jean-Baptiste Santoni ?"
    )
    assert resolve("How old is the winner?", [won]).resolved == "How old is Jean-Baptiste Santoni?"
    assert resolve("Quel âge a le pilote de l'équipe Bic ?", [won]).resolved == "Quel âge a le pilote de l'équipe Bic ?"
    assert "Santoni" not in resolve("Qui est le vainqueur ?", [won]).resolved.split("(")[0]


def test_a_reviews_cousins_of_a_noun_standing_for_the_person() -> None:
    """A review: a noun with words of its own is someone else ("le pilote avec qui il a fait
    équipe", "le champion en titre"); "le vainqueur" after who finished second, or "le pilote"
    after a team director, is no one the conversation placed; "du vainqueur" elides before a
    vowel."""
    won = turn("Qui a gagné la course 1 ?", "Paul Martin")
    assert resolve("Quel âge a le champion en titre ?", [won]).resolved != "Quel âge a Paul Martin en titre ?"
    assert "le pilote avec qui" in resolve("Quel âge a le pilote avec qui il a fait équipe ?", [won]).resolved
    second = turn("Qui a terminé deuxième de la course 1 ?", "Luc Blanc")
    assert resolve("Quel âge a le vainqueur ?", [second]).resolved == "Quel âge a le vainqueur ?"
    director = turn("Qui est le directeur de l'équipe Bic ?", "Marc Dupont")
    assert resolve("Quel âge a le pilote ?", [director]).resolved == "Quel âge a le pilote ?"
    prost = turn("Qui a gagné le Grand Prix de France 1983 ?", "Alain Prost")
    assert resolve("Quelle est la nationalité du vainqueur ?", [prost]).resolved == (
        "Quelle est la nationalité d’Alain Prost ?"
    )


def test_the_sixteenth_walks_follow_ups_keep_their_race_day_and_trait() -> None:
    """A sixteenth walk: "Et samedi ?" after who won on Sunday became "Samedi (Léo Marchand) ?"
    (and "Samedi" the next turn's subject), "Et en course 3, qui a gagné ?" became "En course 3,
    qui a gagné (Gervais) ?", "Et sa copilote ?" after a trade asked gave the co-driver's name,
    "Avec combien de points de pénalité ?" was read alone, and then without Sunday."""
    sunday = turn("Qui a gagné la journée de dimanche en Élite à Saint-Jean-en-Royans ?", "Léo Marchand")
    assert (
        resolve("Et samedi ?", [sunday]).resolved
        == "Qui a gagné la journée de samedi en Élite à Saint-Jean-en-Royans ?"
    )
    assert resolve("Et le samedi ?", [sunday]).resolved.startswith("Qui a gagné la journée de samedi")
    assert resolve("Et dimanche ?", [sunday]).resolved != sunday.resolved  # the same day again asks nothing new
    points = resolve("Avec combien de points de pénalité ?", [sunday]).resolved
    assert "Léo Marchand" in points and "dimanche" in points
    # a day typed, not one added after the names, is the one asked again
    asked = Turn("Avec combien de points de pénalité ?", points, "11 points")
    age = Turn("Quel âge a-t-il ?", "Quel âge Léo Marchand a-t-il ?", "19 ans")
    assert resolve("Et samedi ?", [sunday, asked, age]).resolved.startswith("Qui a gagné la journée de samedi")
    race = turn("Qui a gagné la course 2 de Mitjet 2L à Charade ?", "Sarah Boissière")
    why = turn("Pourquoi Gervais a-t-il abandonné dans cette course ?", "après un contact")
    won = "Qui a gagné la course 3 de Mitjet 2L à Charade ?"
    assert resolve("Et en course 3, qui a gagné ?", [race, why]).resolved == won
    assert resolve("Et dans la course 3, qui s'est imposé ?", [race, why]).resolved == won
    assert "pole" in resolve("Et en course 3, qui a signé la pole ?", [race, why]).resolved  # not who won
    trade = turn("Que fait Yannick Delattre dans la vie ?", "chauffagiste")
    assert resolve("Et sa copilote ?", [trade]).resolved == "Que fait la copilote d’Yannick Delattre dans la vie ?"
    age = turn("Quel âge a Paul Roy ?", "34 ans")
    assert resolve("Et son coéquipier ?", [age]).resolved == "Quel âge a le coéquipier de Paul Roy ?"
    winner = turn("Qui a gagné le Rallye du Touquet ?", "Yannick Delattre")
    assert "copilote" in resolve("Et sa copilote ?", [winner]).resolved  # who she is
    assert not resolve("Et sa copilote ?", [winner]).resolved.startswith("Qui a gagné")


def test_a_reviews_cousins_of_the_sixteenth_walks_follow_ups() -> None:
    """A review: French contractions around a role asked again ("du copilote", "l’équipier
    d’Alain Prost"), no role of a role, two days asked leave "Et dimanche ?" alone."""
    job = turn("Quel est le métier de Paul Roy ?", "vigneron")
    assert resolve("Et son copilote ?", [job]).resolved == "Quel est le métier du copilote de Paul Roy ?"
    assert resolve("Et sa copilote ?", [job]).resolved == "Quel est le métier de la copilote de Paul Roy ?"
    age = turn("Quel âge a Alain Prost ?", "38 ans")
    assert resolve("Et son équipier ?", [age]).resolved == "Quel âge a l’équipier d’Alain Prost ?"
    again = Turn("Et sa copilote ?", "Que fait la copilote de Paul Roy dans la vie ?", "infirmière")
    assert "copilote" not in resolve("Et son coéquipier ?", [again]).resolved
    both = turn("Qui a gagné samedi et dimanche à Lédenon ?", "Paul Roy")
    assert "dimanche et dimanche" not in resolve("Et dimanche ?", [both]).resolved


def test_the_seventeenth_walks_race_pointed_at() -> None:
    """A race pointed at ("cette course", "that race") is the last race asked who won, with the
    number a later turn gave it; a feat named alone asks who set it (a seventeenth walk searched
    "Qui a gagné cette course-là ?" as typed and answered from another release)."""
    won = turn("Qui a gagné la course 2 à Nogaro ?", "Paul Roy")
    age = turn("Quel âge a-t-il ?", "24 ans")
    assert resolve("Qui a fini troisième de cette course ?", [won, age]).resolved == (
        "Qui a fini troisième de la course 2 à Nogaro ?"
    )
    where = Turn("Et en course 1, il a fini où ?", "En course 1, Paul Roy a fini où ?", "cinquième")
    assert resolve("Qui a remporté cette course-là ?", [won, where]).resolved == "Qui a remporté la course 1 à Nogaro ?"
    assert resolve("Et la pole de cette course ?", [won]).resolved == "Qui a signé la pole de la course 2 à Nogaro ?"
    english = turn("Who won Race 2 at Sandown?", "Tom Hale")
    assert resolve("And the fastest lap of that race?", [english]).resolved == (
        "Who set the fastest lap in Race 2 at Sandown?"
    )
    # no race asked before: the question as typed
    job = turn("Quel est le métier de Paul Roy ?", "vigneron")
    assert "cette course" in resolve("Qui a gagné cette course ?", [job]).resolved


def test_an_english_day_is_no_one() -> None:
    """ "Why did he retire on Sunday?" after "Who won Race 1?" was searched as typed: "Sunday",
    capitalised, was taken for the question's own subject (a seventeenth walk)."""
    won = turn("Who won Race 1 at Sandown?", "Tom Hale")
    assert resolve("Why did he retire on Sunday?", [won]).resolved == "Why did Tom Hale retire on Sunday?"


def test_last_years_winner_asked_of_the_race_of_the_conversation() -> None:
    """ "Qui avait gagné l'année d'avant ?" after who won the rally asks it of that rally (a
    seventeenth walk searched it as typed and answered from another release)."""
    won = turn("Qui a remporté le Rallye des Vins ?", "Paul Roy")
    age = turn("Quel âge a la copilote ?", "38 ans")
    assert resolve("Qui avait gagné l'année d'avant ?", [won, age]).resolved == (
        "Qui avait gagné le Rallye des Vins l'année d'avant ?"
    )
    english = turn("Who won the Sandown 500?", "Tom Hale")
    assert resolve("Who won the year before?", [english]).resolved == "Who won the Sandown 500 the year before?"
    # a race named: as typed
    assert resolve("Qui avait gagné le Rallye du Var l'an dernier ?", [won]).resolved == (
        "Qui avait gagné le Rallye du Var l'an dernier ?"
    )


def test_a_reviews_cousins_of_the_seventeenth_walks_follow_ups() -> None:
    """A review: a race pointed at with a pronoun keeps the pronoun's rules, a place of its own or
    another noun ("cette finale", "cette course de côte") is no race pointed at; last year's winner
    of something said is as typed."""
    won = turn("Qui a gagné la course 1 à Nogaro ?", "Paul Roy")
    assert resolve("Quel âge avait-il quand il a gagné cette course ?", [won]).resolved.startswith(
        "Quel âge Paul Roy avait-il"
    )
    assert "Nogaro au Mans" not in resolve("Qui a gagné cette course au Mans ?", [won]).resolved
    semi = turn("Qui a gagné la demi-finale à Lohéac ?", "Paul Roy")
    assert "demi-finale" not in resolve("Qui a gagné cette finale ?", [semi]).resolved
    assert resolve("Qui a remporté le championnat l'an dernier ?", [won]).resolved == (
        "Qui a remporté le championnat l'an dernier ?"
    )
    english = turn("Who won the race at Spa?", "Tom Hale")
    assert resolve("Who won it last year?", [english]).resolved == "Who won it last year?"


def test_a_race_pointed_at_after_another_named() -> None:
    """A second review: "cette course" after a question naming another event is not the race asked
    who won before it."""
    won = turn("Qui a gagné la course 1 à Nogaro ?", "Paul Roy")
    other = turn("Combien de spectateurs au Mans Classic ?", "232 000")
    assert "Nogaro" not in resolve("Qui a gagné cette course ?", [won, other]).resolved


@pytest.mark.parametrize(
    ("turns", "question", "resolved"),
    [
        (  # a surname alone answered who won: "il" is him, not the first turn's winner
            [
                turn("Qui a gagné la course 1 à Nogaro ?", "Didier Morel", ("n.txt",)),
                Turn("Et en course 2 ?", "Qui a gagné la course 2 à Nogaro ?", "Vasseur remonte du cinquième rang"),
            ],
            "D'où vient-il ?",
            "D'où Vasseur vient-il ?",
        ),
        (  # a first name alone answered a role asked
            [
                turn("Quelle voiture pilote Bernard Lestrade ?", "Lola T200", ("p.txt",)),
                Turn(
                    "Et son fils, comment s'appelle-t-il ?",
                    "Le fils de Bernard Lestrade, comment s'appelle-t-il ?",
                    "Thomas",
                ),
            ],
            "Quel âge a-t-il ?",
            "Quel âge Thomas a-t-il ?",
        ),
        (  # "c'est qui ?" asked last asks who
            [
                turn("Quel âge a Inès Marchetti ?", "dix-sept ans", ("k.md",)),
                Turn(
                    "Et sa grande rivale, c'est qui ?", "La grande rivale d’Inès Marchetti, c'est qui ?", "Lou Garnier"
                ),
            ],
            "Quel âge a-t-elle ?",
            "Quel âge Lou Garnier a-t-elle ?",
        ),
        (  # a make answered is no one: as before, the conversation's person
            [
                turn("Qui a gagné la course 1 à Nogaro ?", "Didier Morel", ("n.txt",)),
                Turn("Et chez les constructeurs ?", "Qui a gagné chez les constructeurs à Nogaro ?", "Iveco"),
            ],
            "Quel âge a-t-il ?",
            "Quel âge Didier Morel a-t-il ?",
        ),
    ],
)
def test_a_pronoun_stands_for_the_one_word_name_the_last_answer_gave_to_who(
    turns: list[Turn], question: str, resolved: str
) -> None:
    """A nineteenth walk: after "Et en course 2 ?" answered "Vasseur …", "D'où vient-il ?" asked
    about the first turn's winner; after "Et son fils, comment s'appelle-t-il ?" answered
    "Thomas", "Quel âge a-t-il ?" about the father; after "…, c'est qui ?" answered "Lou
    Garnier", "Quel âge a-t-elle ?" about Inès Marchetti."""
    assert resolve(question, turns).resolved == resolved


def test_a_titles_scope_is_no_subject() -> None:
    """ "champion de France" names a title, not whom the question is about: "Combien de titres
    de champion de France a-t-il gagnés ?" leans on the conversation, and the name put after
    the title is read apart from it (a twenty-second walk asked the next turn of "France Gérard
    Pouzet")."""
    turns = [turn("Quel âge a Gérard Pouzet ?", "61 ans")]
    titles = resolve("Combien de titres de champion de France a-t-il gagnés ?", turns)
    assert titles.resolved == "Combien de titres de champion de France Gérard Pouzet a-t-il gagnés ?"
    assert resolve("Et le championnat d'Europe, l'a-t-il gagné ?", turns).resolved != (
        "Et le championnat d'Europe, l'a-t-il gagné ?"
    )
    assert names("Combien de titres de champion de France Gérard Pouzet a-t-il gagnés ?") == [
        "Gérard Pouzet",
        "France",
    ]
    assert names("Combien de victoires de Jean de La Fontaine a-t-il ?") == ["Jean de La Fontaine"]
    later = [*turns, Turn(titles.question, titles.resolved, "trois", ())]
    assert resolve("Et son fils aîné, quel est son rôle dans l'équipe ?", later).resolved == (
        "Le fils aîné de Gérard Pouzet, quel est son rôle dans l'équipe ?"
    )
    # a place of its own still is: "Combien de courses a-t-il gagnées en France ?" names no one
    assert "Gérard Pouzet" in resolve("Combien de courses a-t-il gagnées en France ?", turns).resolved


def test_a_relative_answered_by_a_first_name_alone_has_the_roles_gender() -> None:
    """ "Et son père, que faisait-il ?" answered "Marcel": the role says he is a man, so the next
    "elle" is not him (a twenty-third walk asked "Combien d'enfants Marcel a-t-elle ?", then "Quel
    âge a le fils de Marcel ?"); the next "il" is (a review of a first rule, which kept "il" on
    her)."""
    turns = [
        turn("Où est née Bernadette Lacombe ?", "Thiers"),
        Turn("Et son père, que faisait-il ?", "Le père de Bernadette Lacombe, que faisait-il ?", "Marcel"),
    ]
    assert resolve("Combien d'enfants a-t-elle ?", turns).resolved == "Combien d'enfants Bernadette Lacombe a-t-elle ?"
    assert resolve("Où est-il né ?", turns).resolved == "Où Marcel est-il né ?"
    # (a place alone is no first name: "Thiers" answered no role)
    assert genders(turns) == {"Marcel": "m"}
