"""What the core says to a user, in French and in English: refusals, errors, why a file is skipped.

The core raises and returns ``Message`` records instead of finished text, so the web page
says them in its own language (``said``) while the CLI, the JSON and the logs keep the
language each message was first written in (``str()``): French for the conversation
(refusals, question errors, upload verdicts), English for the administrator's messages
(files skipped, corpus folder). The page's own labels are in ``i18n``.
"""

from __future__ import annotations

import datetime as dt
import string

# French then English. Templates take their values by name; a value may itself be a Message
# or an exception carrying one, said in the same language.
CATALOG: dict[str, dict[str, str]] = {
    "fr": {
        # The conversation
        "not_found": "Je n’ai pas trouvé la réponse à cette question dans le corpus.",
        "not_found_closest": "Je n’ai pas trouvé la réponse à cette question dans le corpus. "
        "Passages les plus proches : {listing}",
        "no_question": "Je n’ai pas trouvé de question dans ce message : posez-la avec des mots, "
        "par exemple « Qui a gagné la course ? » ou « Quel âge a ce pilote ? » en le nommant.",
        "greeting": "Bonjour ! Posez-moi une question sur les documents du corpus, sur une personne, une course ou "
        "un résultat qu’ils nomment : je réponds avec le passage qui le dit.",
        "thanks": "Avec plaisir. Une autre question sur les documents du corpus ?",
        "goodbye": "Au revoir ! Revenez avec une question sur les documents du corpus quand vous voulez.",
        "nothing_asked_about": "Que voulez-vous savoir sur {name} ? Posez la question entière, "
        "par exemple « Qu’a gagné {name} ? ».",
        "nothing_asked": "Ce message ne dit ni ce que vous cherchez ni de qui il s’agit, et la conversation "
        "n’a encore nommé personne : posez la question entière, en nommant la personne, la course ou l’équipe.",
        "no_known_word": "Je n’ai pas trouvé la réponse à cette question dans le corpus. Aucun de ses mots "
        "({words}) n’y figure, même à une faute de frappe près.",
        "index_empty": "L’index ne contient encore aucun document : ajoutez des textes ({suffixes}) au dossier du "
        "corpus puis lancez `paddockqa index`, ou déposez-les dans l’onglet Corpus de l’application.",
        "index_empty_reader": "L’index ne contient encore aucun document : un administrateur doit d’abord y "
        "ajouter des textes.",
        "question_not_text": "La question doit être du texte.",
        "question_empty": "La question est vide : tapez une question sur le corpus.",
        "question_too_long": "La question fait {length} caractères ; la limite est {limit}. Raccourcissez-la.",
        "not_a_date": "{value} n’est pas une date : écrivez-la AAAA-MM-JJ, par exemple 2008-10-15.",
        "period_reversed": "La période commence le {first} mais finit le {last} : inversez les dates.",
        "period_empty": "Aucun des documents cherchés n’est daté de cette période ({period}) : élargissez-la, "
        "ou retirez-la pour chercher dans tout le corpus.",
        "period_undated": "Aucun des documents cherchés n’a de date : retirez la période pour y chercher.",
        "documents_not_list": "« documents » doit être une liste de noms de fichiers.",
        "too_many_documents": "{count} documents demandés ; la limite est {limit}. "
        "Cherchez dans tout le corpus ou par dates.",
        "unknown_documents": "Aucun document {named} dans l’index. Vérifiez le nom du fichier.",
        "unknown_document_near": "Aucun document {named} dans l’index. Voulez-vous dire {near} ? (Un fichier "
        "d’un sous-dossier se nomme avec son chemin dans le corpus.)",
        "document_not_indexed": "{named} est dans le dossier du corpus mais pas dans l’index : il n’a pas pu être "
        "lu, ou il est arrivé après la dernière indexation. Lancez `paddockqa index`, qui dit pourquoi un fichier "
        "est écarté.",
        "unknown_documents_one_more": "Aucun document {named} (et 1 autre) dans l’index. Vérifiez le nom du fichier.",
        "unknown_documents_more": "Aucun document {named} (et {more} autres) dans l’index. Vérifiez le nom du fichier.",
        "history_not_list": "« history » doit être une liste de messages {{role, content}}.",
        "history_too_long": "« history » a {count} messages ; la limite est {limit}.",
        "history_bad": "« history » : {reason}.",
        "history_not_object": "chaque message doit être un objet avec role et content",
        "history_no_role": "chaque message doit avoir un role (user ou assistant)",
        "history_bad_role": "role « {role} » inconnu (user, assistant, system, developer, tool ou function)",
        "history_no_content": "un message user doit avoir un content (la question posée)",
        "history_content": "le content d’un message doit être du texte",
        "source_gone": "« {source} » n’est plus dans l’index : posez la question à nouveau.",
        "source_changed": "« {source} » a changé depuis cette réponse : posez la question à nouveau.",
        "not_said": "les passages cités ne disent pas cela",
        "obeyed": "répète une consigne adressée à l’assistant dans un document",
        "no_citation": "aucun passage cité",
        "number_missing": "nombre absent des passages cités : {numbers}",
        "quote_missing": "citation introuvable : « {quote} »",
        "llm_timeout": "le serveur {server} n’a pas répondu à temps",
        "llm_late": "le serveur {server} n’a pas fini sa réponse dans le délai total de {seconds:g} s",
        "llm_http": "le serveur {server} a répondu par une erreur HTTP {status}",
        "llm_unreachable": "connexion impossible au serveur {server}",
        "llm_garbled": "le serveur {server} a envoyé une réponse illisible",
        "llm_no_text": "le modèle {model} n’a écrit aucun texte de réponse (fin : {finish})",
        "llm_not_stream": "le serveur {server} a répondu sans flux d’événements (type « {kind} ») : est-ce une API "
        "compatible OpenAI ?",
        "llm_failed": "Réponse générée indisponible ({reason}) : voici les phrases extraites des passages.",
        "name_unknown": "Aucun document du corpus ne nomme « {name} ».",
        "superseded": "La réponse cite {source}, un communiqué que remplace le rectificatif {by} : vérifiez-y ce fait.",
        "corrected": "La réponse suit le rectificatif {by}, qui corrige {source} : ce communiqué disait « {value} ».",
        "dateline_day": "Le communiqué est daté du {written} : « {day} » y est le {date}.",
        "dateline_weekend": "Le communiqué est daté du {written} : « {day} » y est le week-end du {saturday} au "
        "{sunday}.",
        "sources_disagree": "Les documents ne concordent pas : {other} ({other_date}) dit « {value} » [2] ; la "
        "réponse suit le plus récent, {source} ({date}).",
        "type_missing_year": "Les passages lus ne donnent aucune année en réponse à cette question.",
        "type_missing_age": "Les passages lus ne donnent aucun âge en réponse à cette question.",
        "placing_of_others": "Les passages lus ne disent pas qui a pris cette place : ceux qu’ils nomment y sont "
        "placés autrement.",
        "age_of_others": "Les passages lus ne disent pas quel âge a {name} : les âges qu’ils donnent semblent être "
        "ceux d’autres personnes.",
        "year_unsaid": "Le document qui répondrait ne parle pas de {year} : sa réponse serait celle d’une autre année.",
        "event_unsaid": "Le document qui répondrait ne nomme pas « {event} » : sa réponse serait celle "
        "d’une autre épreuve.",
        "event_announced": "Le document qui répondrait annonce « {event} » sans en donner le résultat : sa réponse "
        "serait celle d’une autre épreuve.",
        "origin_of_others": "Les passages lus ne disent pas d’où vient {name} : les lieux qu’ils donnent semblent "
        "être ceux d’autres personnes.",
        "role_of_others": "Les passages lus ne disent pas qui est {role} pour {name}.",
        "team_missing": "Les passages lus ne nomment aucune équipe en réponse à cette question.",
        "said_unknown": "Le texte dit que ce n’est pas (encore) connu : « {quote} »",
        "type_missing_count": "Les passages lus ne donnent aucun nombre en réponse à cette question.",
        "type_missing_gap": "Les passages lus ne donnent aucun écart en réponse à cette question.",
        "type_missing_rank": "Les passages lus ne donnent aucune place ni aucun rang en réponse à cette question.",
        "type_missing_laptime": "Les passages lus ne donnent aucun temps (chrono) en réponse à cette question.",
        "type_missing_birth": "Les passages lus ne donnent aucune date de naissance en réponse à cette question.",
        "type_missing_weight": "Les passages lus ne donnent aucun poids en réponse à cette question.",
        "type_missing_power": "Les passages lus ne donnent aucune puissance en réponse à cette question.",
        "type_missing_speed": "Les passages lus ne donnent aucune vitesse en réponse à cette question.",
        "type_missing_slope": "Les passages lus ne donnent aucune pente en réponse à cette question.",
        "type_missing_length": "Les passages lus ne donnent aucune longueur ni distance en réponse à cette question.",
        "type_missing_weather": "Les passages lus ne disent rien du temps qu’il faisait en réponse à cette question.",
        "type_missing_money": "Les passages lus ne donnent aucun montant en réponse à cette question.",
        "type_missing_percent": "Les passages lus ne donnent aucune part ni aucun pourcentage en réponse à cette "
        "question.",
        "type_missing_clock": "Les passages lus ne donnent aucune heure en réponse à cette question.",
        "type_missing_name": "Les passages lus ne donnent aucun nom (personne, équipe ou lieu) en réponse à "
        "cette question.",
        "no_antecedent": "Cette question renvoie à quelqu’un ou à quelque chose que la conversation n’a pas "
        "encore nommé (« il », « Et … ») : elle a été cherchée telle qu’écrite. Nommez-le pour une réponse sûre.",
        "llm_uncited": "La réponse générée ne citait aucun passage fourni : voici les phrases extraites des passages.",
        "llm_unsupported": "Aucune phrase de la réponse générée n’est étayée par les passages cités : "
        "voici les phrases extraites.",
        # Uploads and the corpus
        "upload_unsupported": "refusé : type non pris en charge (acceptés : {suffixes})",
        "upload_refused": "refusé : {reason}",
        "upload_already": "déjà dans le corpus, rien à ajouter",
        "upload_added": "ajouté",
        "upload_added_as": "ajouté sous le nom {name}",
        "upload_added_beside": "ajouté sous le nom {name} : un autre texte s’appelle déjà {earlier} ; pour le "
        "mettre à jour, cochez « Remplacer les textes du même nom » et ajoutez le fichier à nouveau",
        "upload_replaced": "remplace la version précédente, gardée dans {trash}",
        "upload_no_corpus": "Le dossier du corpus {folder} n’existe pas. Créez-le, puis ajoutez les fichiers "
        "à nouveau.",
        "too_many_uploads": "{count} fichiers à la fois ; la limite est {limit}. Ajoutez-les en plusieurs fois.",
        "no_such_document": "Aucun document « {source} » dans l’index. Choisissez-en un dans la liste.",
        "not_in_corpus": "{source} n’est plus dans le dossier du corpus. Mettez l’index à jour.",
        "corpus_is_file": "Le chemin du corpus {folder} est un fichier, pas un dossier : indiquez par "
        "PADDOCKQA_CORPUS / --corpus le dossier qui contient vos textes de presse.",
        "no_corpus": "Le dossier du corpus {folder} n’existe pas. Créez-le et mettez-y des textes de presse "
        "({suffixes}), ou indiquez votre dossier par PADDOCKQA_CORPUS / --corpus.",
        # The index
        "no_index": "Aucun index dans {folder}. Lancez d’abord `paddockqa index`.",
        "index_format": "L’index de {folder} est au format {found} ; ce PaddockQA lit le format {wanted}. "
        "Lancez `paddockqa index` pour le reconstruire.",
        "index_damaged": "L’index de {path} est endommagé ({error}). Lancez `paddockqa index` pour le reconstruire.",
        "index_int8_newer": "L’index de {folder} a été vectorisé par des poids int8 d’une recette plus récente "
        "({found} ; ce processus fait {wanted}). Redémarrez ce processus (`paddockqa serve`, `index --watch`) "
        "pour qu’il prenne la version installée.",
        "index_reading_newer": "L’index de {folder} a été lu par un PaddockQA plus récent (lecture {found} ; ce "
        "processus lit en version {wanted}). Redémarrez ce processus (`paddockqa serve`, `index --watch`) pour "
        "qu’il prenne la version installée.",
        "index_model": "L’index de {folder} a été construit avec le modèle « {built} », mais le modèle configuré "
        "est « {configured} ». Lancez `paddockqa index` pour le reconstruire avec « {configured} », ou réglez "
        "PADDOCKQA_MODEL={built}.",
        "index_inconsistent": "L’index de {path} est incohérent. Lancez `paddockqa index` pour le reconstruire.",
        "records_damaged": "Les enregistrements de l’index ({path}) sont endommagés ({error}). "
        "Lancez `paddockqa index` pour les reconstruire.",
        "index_is_file": "Le chemin de l’index {folder} est un fichier, pas un dossier : indiquez un dossier par "
        "PADDOCKQA_INDEX / --index.",
        "index_read_only": "Impossible d’écrire dans le dossier de l’index {folder} ({error}). {previous} Pour "
        "le créer ou le mettre à jour, rendez le dossier inscriptible ou indiquez-en un autre par PADDOCKQA_INDEX.",
        "still_answers": "`ask` et `serve` répondent toujours avec l’index tel qu’il est.",
        "previous_answers": "L’index précédent est intact et répond toujours.",
        "no_index_yet": "Il n’y a pas encore d’index à cet endroit.",
        "index_busy": "Un autre `paddockqa index` met à jour {folder}. Attendez qu’il finisse, puis réessayez.",
        "index_full": "Impossible d’écrire le nouvel index dans {folder} ({error}). {previous} Libérez-y "
        "environ {needed:.0f} Mo (ou rendez-le inscriptible) et relancez "
        "`paddockqa index` : les vecteurs déjà calculés sont gardés dans .partial/ et réutilisés.",
        "part_kept": "Impossible d’enregistrer les vecteurs calculés jusqu’ici dans {folder} ({error}). {previous} "
        "Les vecteurs de la partie enregistrée avant ({mb:.1f} Mo) "
        "sont gardés : libérez-y environ {needed:.0f} Mo (ou rendez le dossier inscriptible) et relancez "
        "`paddockqa index` pour repartir de là.",
        "parts_kept": "Impossible d’enregistrer les vecteurs calculés jusqu’ici dans {folder} ({error}). {previous} "
        "Les vecteurs des {parts} parties enregistrées avant ({mb:.1f} Mo) "
        "sont gardés : libérez-y environ {needed:.0f} Mo (ou rendez le dossier inscriptible) et relancez "
        "`paddockqa index` pour repartir de là.",
        "no_part_kept": "Impossible d’enregistrer les vecteurs calculés jusqu’ici dans {folder} ({error}). {previous} "
        "Libérez-y environ {needed:.0f} Mo (ou rendez le dossier inscriptible) et relancez `paddockqa index`.",
        # Why a file is skipped
        "bad_name": "le nom du fichier n’est pas de l’UTF-8 valide : renommez le fichier",
        "broken_link": "lien cassé : sa cible n’existe pas",
        "no_suffix": "(aucun)",
        "vanished": "le fichier a disparu pendant la lecture du corpus",
        "not_a_file": "pas un fichier ordinaire (un tube nommé, une socket, un périphérique ou un lien vers l’un "
        "d’eux) : seuls les fichiers sont lus",
        "too_big": "le fichier fait {size:.0f} Mo, au-delà de la limite de {limit:.0f} Mo (PADDOCKQA_MAX_FILE_MB) : "
        "découpez-le, ou relevez la limite",
        "grew": "le fichier a grossi au-delà de la limite de {limit:.0f} Mo (PADDOCKQA_MAX_FILE_MB) : "
        "découpez-le, ou relevez la limite",
        "cannot_read": "fichier illisible : {reason}",
        "previous_version": "{reason} ; sa version précédente reste dans l’index",
        "folder_unreadable": "dossier illisible ({reason}) : {kept} documents gardent leur version précédente",
        "unsupported_type": "type de fichier non pris en charge {suffix} ; {hint}",
        "hint_docx": "enregistrez-le en .docx",
        "hint_html": "renommez-le en .html",
        "hint_use": "utilisez {suffixes}",
        "format_failed": "impossible de lire ce fichier {suffix} ({error}) ; enregistrez-le à nouveau",
        "empty_file": "le fichier est vide",
        "blank_file": "le fichier ne contient que des blancs (espaces, tabulations, lignes vides)",
        "no_text": "aucun texte dans le fichier",
        "bad_mark": "le fichier commence par une marque {codec} mais n’est pas en {codec} valide",
        "binary_file": "fichier binaire (il contient des octets nuls et n’est ni du texte UTF-16 ni UTF-32)",
        "no_encoding": "pas un fichier texte : aucun encodage ne convient à ses octets",
        "control_characters": "pas un fichier texte : trop de caractères de contrôle (des données binaires ?)",
        "front_matter": "l’en-tête YAML (entre les lignes ---) est invalide : {error}. Corrigez-le.",
        "front_matter_at": "l’en-tête YAML (entre les lignes ---) est invalide ligne {line}, colonne {column} : "
        "{error}. Corrigez-le.",
        "locked_pdf": "PDF protégé par un mot de passe : enregistrez-en une copie sans mot de passe, puis "
        "ajoutez-la à nouveau",
        "corrupt_pdf": "PDF endommagé ({error}) : exportez-le à nouveau depuis l’original",
        "no_text_layer": "le PDF n’a pas de couche texte (un scan ?) : passez-le d’abord à l’OCR",
        "corrupt_docx": "fichier Word endommagé ({error}) : enregistrez-le à nouveau en .docx",
        "docx_parts": "un fichier Word de {parts:,} parties (plus de {limit:,}) : refusé comme bombe zip",
        "docx_elements": "un fichier Word de plus de {limit:,} éléments XML (paragraphes, segments, "
        "cellules…) : trop long à lire, refusé ; coupez-le en plusieurs fichiers",
        "docx_ratio": "un fichier Word de {kb:,.0f} Ko qui se décompresse en {mb:,.0f} Mo (plus de {ratio} fois sa "
        "taille) : refusé comme bombe zip ; enregistrez-le à nouveau en .docx",
    },
    "en": {
        "not_found": "I did not find the answer to this question in the corpus.",
        "not_found_closest": "I did not find the answer to this question in the corpus. Closest passages: {listing}",
        "no_question": "I did not find a question in this message: ask it in words, "
        "for example “Who won the race?” or “How old is this driver?” with their name.",
        "greeting": "Hello! Ask me a question about the documents of the corpus, about a person, a race or a "
        "result they name: I answer with the passage that says it.",
        "thanks": "You are welcome. Another question about the documents of the corpus?",
        "goodbye": "Goodbye! Come back with a question about the documents of the corpus whenever you like.",
        "nothing_asked_about": "What would you like to know about {name}? Ask the whole question, "
        "for example “What has {name} won?”.",
        "index_empty": "The index holds no document yet: add texts ({suffixes}) to the corpus folder, then run "
        "`paddockqa index`, or drop them in the app's Corpus tab.",
        "index_empty_reader": "The index holds no document yet: an administrator must add texts first.",
        "nothing_asked": "This message says neither what you are looking for nor whom it is about, and the "
        "conversation has named no one yet: ask the whole question, naming the person, the race or the team.",
        "no_known_word": "I did not find the answer to this question in the corpus. None of its words "
        "({words}) is in it, even one typo away.",
        "question_not_text": "The question must be text.",
        "question_empty": "The question is empty: type a question about the corpus.",
        "question_too_long": "The question is {length} characters long; the limit is {limit}. Shorten it.",
        "not_a_date": "{value} is not a date: write it as YYYY-MM-DD, for example 2008-10-15.",
        "period_reversed": "The period starts on {first} but ends on {last}: swap the dates.",
        "period_empty": "None of the documents searched is dated in this period ({period}): widen it, or remove it "
        "to search the whole corpus.",
        "period_undated": "None of the documents searched has a date: remove the period to search them.",
        "documents_not_list": "“documents” must be a list of file names.",
        "too_many_documents": "{count} documents asked for; the limit is {limit}. Search the whole corpus or by dates.",
        "unknown_documents": "No document {named} in the index. Check the file name.",
        "unknown_document_near": "No document {named} in the index. Did you mean {near}? (A file in a "
        "sub-folder is named with its path in the corpus.)",
        "document_not_indexed": "{named} is in the corpus folder but not in the index: it could not be read, or it "
        "came after the last indexing. Run `paddockqa index`, which says why a file is left out.",
        "unknown_documents_one_more": "No document {named} (and 1 other) in the index. Check the file name.",
        "unknown_documents_more": "No document {named} (and {more} others) in the index. Check the file name.",
        "history_not_list": "“history” must be a list of {{role, content}} messages.",
        "history_too_long": "“history” has {count} messages; the limit is {limit}.",
        "history_bad": "“history”: {reason}.",
        "history_not_object": "each history message must be an object with role and content",
        "history_no_role": "each history message needs a role (user or assistant)",
        "history_bad_role": "unknown role “{role}” (user, assistant, system, developer, tool or function)",
        "history_no_content": "a user message needs a content (the question asked)",
        "history_content": "a message's content must be text",
        "source_gone": "“{source}” is no longer in the index: ask the question again.",
        "source_changed": "“{source}” has changed since this answer: ask the question again.",
        "not_said": "the cited passages do not say this",
        "obeyed": "repeats an instruction addressed to the assistant in a document",
        "no_citation": "no passage cited",
        "number_missing": "number not in the cited passages: {numbers}",
        "quote_missing": "quotation not found: “{quote}”",
        "llm_timeout": "the server {server} did not answer in time",
        "llm_late": "the server {server} did not finish its answer within the total time of {seconds:g} s",
        "llm_http": "the server {server} answered with HTTP error {status}",
        "llm_unreachable": "cannot connect to the server {server}",
        "llm_garbled": "the server {server} sent an unreadable answer",
        "llm_no_text": "the model {model} wrote no answer text (finish: {finish})",
        "llm_not_stream": "the server {server} answered without an event stream (type {kind!r}): is it an "
        "OpenAI-compatible API?",
        "llm_failed": "Generated answer unavailable ({reason}): here are the sentences taken from the passages.",
        "name_unknown": "No document of the corpus names “{name}”.",
        "superseded": "The answer quotes {source}, a release replaced by the correction {by}: check the fact there.",
        "corrected": "The answer follows the correction {by}, which corrects {source}: that release said “{value}”.",
        "dateline_day": "The release is dated {written}: “{day}” there is {date}.",
        "dateline_weekend": "The release is dated {written}: “{day}” there is the weekend of {saturday} to {sunday}.",
        "sources_disagree": "The documents disagree: {other} ({other_date}) says “{value}” [2]; the answer follows "
        "the latest, {source} ({date}).",
        "type_missing_year": "The passages read give no year in answer to this question.",
        "type_missing_age": "The passages read give no age in answer to this question.",
        "placing_of_others": "The passages read do not say who took this place: those they name are placed otherwise.",
        "age_of_others": "The passages read do not say how old {name} is: the ages they give seem to be other "
        "people’s.",
        "year_unsaid": "The document that would answer does not mention {year}: its answer would be another year's.",
        "event_unsaid": "The document that would answer does not name “{event}”: its answer would be another event's.",
        "event_announced": "The document that would answer announces “{event}” without its result: its answer would "
        "be another event's.",
        "origin_of_others": "The passages read do not say where {name} comes from: the places they give seem to be "
        "other people’s.",
        "role_of_others": "The passages read do not say who {name}’s {role} is.",
        "team_missing": "The passages read name no team in answer to this question.",
        "said_unknown": "The text says this is not known (yet): “{quote}”",
        "type_missing_count": "The passages read give no number in answer to this question.",
        "type_missing_gap": "The passages read give no gap in answer to this question.",
        "type_missing_rank": "The passages read give no place or rank in answer to this question.",
        "type_missing_laptime": "The passages read give no time (lap or run) in answer to this question.",
        "type_missing_birth": "The passages read give no date of birth in answer to this question.",
        "type_missing_weight": "The passages read give no weight in answer to this question.",
        "type_missing_power": "The passages read give no power in answer to this question.",
        "type_missing_speed": "The passages read give no speed in answer to this question.",
        "type_missing_slope": "The passages read give no slope in answer to this question.",
        "type_missing_length": "The passages read give no length or distance in answer to this question.",
        "type_missing_weather": "The passages read say nothing of the weather in answer to this question.",
        "type_missing_money": "The passages read give no amount in answer to this question.",
        "type_missing_percent": "The passages read give no share or percentage in answer to this question.",
        "type_missing_clock": "The passages read give no time of day in answer to this question.",
        "type_missing_name": "The passages read give no name (person, team or place) in answer to this question.",
        "no_antecedent": "This question refers to someone or something the conversation has not named yet "
        "(“he”, “And …”): it was searched as written. Name them for a sure answer.",
        "llm_uncited": "The generated answer cited none of the passages given: here are the sentences taken from "
        "the passages.",
        "llm_unsupported": "No sentence of the generated answer is supported by the cited passages: here are the "
        "sentences taken from them.",
        "upload_unsupported": "refused: unsupported type (accepted: {suffixes})",
        "upload_refused": "refused: {reason}",
        "upload_already": "already in the corpus, nothing to add",
        "upload_added": "added",
        "upload_added_as": "added as {name}",
        "upload_added_beside": "added as {name}: another text is already called {earlier}; to update it, "
        "tick “Replace texts of the same name” and add the file again",
        "upload_replaced": "replaces the earlier version, kept in {trash}",
        "upload_no_corpus": "Corpus folder {folder} does not exist. Create it, then upload again.",
        "too_many_uploads": "{count} files at once; the limit is {limit}. Upload them in several goes.",
        "no_such_document": "No document “{source}” in the index. Pick one from the list.",
        "not_in_corpus": "{source} is no longer in the corpus folder. Update the index.",
        "corpus_is_file": "The corpus path {folder} is a file, not a folder: point PADDOCKQA_CORPUS / --corpus at "
        "the folder that holds your press texts.",
        "no_corpus": "Corpus folder {folder} does not exist. Create it and put press texts in it "
        "({suffixes}), or point PADDOCKQA_CORPUS / --corpus at your folder.",
        "no_index": "No index at {folder}. Run `paddockqa index` first.",
        "index_format": "The index at {folder} has format {found}; this PaddockQA reads format {wanted}. "
        "Run `paddockqa index` to rebuild it.",
        "index_damaged": "The index at {path} is damaged ({error}). Run `paddockqa index` to rebuild it.",
        "index_int8_newer": "The index at {folder} was embedded by int8 weights of a newer recipe ({found}; this "
        "process makes {wanted}). Restart this process (`paddockqa serve`, `index --watch`) so that it runs the "
        "installed version.",
        "index_reading_newer": "The index at {folder} was read by a newer PaddockQA (reading {found}; this "
        "process reads with version {wanted}). Restart this process (`paddockqa serve`, `index --watch`) so that "
        "it runs the installed version.",
        "index_model": "The index at {folder} was built with model {built!r}, but the configured model is "
        "{configured!r}. Run `paddockqa index` to rebuild it with {configured!r}, or set PADDOCKQA_MODEL={built}.",
        "index_inconsistent": "The index at {path} is inconsistent. Run `paddockqa index` to rebuild it.",
        "records_damaged": "The index's records ({path}) are damaged ({error}). Run `paddockqa index` to rebuild them.",
        "index_is_file": "The index path {folder} is a file, not a folder: point PADDOCKQA_INDEX / --index at a "
        "folder.",
        "index_read_only": "Cannot write to the index folder {folder} ({error}). {previous} To build or update "
        "it, make the folder writable or point PADDOCKQA_INDEX elsewhere.",
        "still_answers": "`ask` and `serve` still answer from the index as it is.",
        "previous_answers": "The previous index is untouched and still answers.",
        "no_index_yet": "There is no index there yet.",
        "index_busy": "Another `paddockqa index` is updating {folder}. Wait for it to finish, then try again.",
        "index_full": "Cannot write the new index in {folder} ({error}). {previous} Free about {needed:.0f} MB "
        "there (or make it writable) and run `paddockqa index` "
        "again: the vectors computed so far are kept in .partial/ and reused.",
        "part_kept": "Cannot save the vectors computed so far in {folder} ({error}). {previous} "
        "The vectors of the part saved before ({mb:.1f} MB) are kept: free about {needed:.0f} MB "
        "there (or make it writable) and run `paddockqa index` again to go on from them.",
        "parts_kept": "Cannot save the vectors computed so far in {folder} ({error}). {previous} "
        "The vectors of the {parts} parts saved before ({mb:.1f} MB) are kept: free about {needed:.0f} MB "
        "there (or make it writable) and run `paddockqa index` again to go on from them.",
        "no_part_kept": "Cannot save the vectors computed so far in {folder} ({error}). {previous} "
        "Free about {needed:.0f} MB there (or make it writable) and run `paddockqa index` again.",
        "bad_name": "the file name is not valid UTF-8: rename the file",
        "broken_link": "broken link: its target does not exist",
        "no_suffix": "(none)",
        "vanished": "the file vanished while the corpus was read",
        "not_a_file": "not a regular file (a named pipe, socket or device, or a link to one): only files are read",
        "too_big": "file is {size:.0f} MB, over the {limit:.0f} MB limit (PADDOCKQA_MAX_FILE_MB): split it, "
        "or raise the limit",
        "grew": "file grew over the {limit:.0f} MB limit (PADDOCKQA_MAX_FILE_MB): split it, or raise the limit",
        "cannot_read": "cannot read file: {reason}",
        "previous_version": "{reason}; its previous version stays in the index",
        "folder_unreadable": "folder cannot be read ({reason}): {kept} documents keep their previous version",
        "unsupported_type": "unsupported file type {suffix}; {hint}",
        "hint_docx": "save it as .docx",
        "hint_html": "rename it to .html",
        "hint_use": "use {suffixes}",
        "format_failed": "cannot read this {suffix} file ({error}); save it again",
        "empty_file": "file is empty",
        "blank_file": "file holds only blank space (spaces, tabs, empty lines)",
        "no_text": "no text found in the file",
        "bad_mark": "file starts with a {codec} mark but is not valid {codec}",
        "binary_file": "binary file (contains NUL bytes, and is not UTF-16 or UTF-32 text)",
        "no_encoding": "not a text file: no text encoding fits its bytes",
        "control_characters": "not a text file: too many control characters (binary data?)",
        "front_matter": "the YAML front matter (between the --- lines) is invalid: {error}. Fix it.",
        "front_matter_at": "the YAML front matter (between the --- lines) is invalid at line {line}, column {column}: "
        "{error}. Fix it.",
        "locked_pdf": "password-protected PDF: save a copy without the password, then add it again",
        "corrupt_pdf": "corrupt PDF ({error}): export it again from the original",
        "no_text_layer": "the PDF has no text layer (a scan?): run OCR on it first",
        "corrupt_docx": "corrupt Word file ({error}): save it again as .docx",
        "docx_parts": "a Word file of {parts:,} parts (more than {limit:,}): refused as a zip bomb",
        "docx_elements": "a Word file of more than {limit:,} XML elements (paragraphs, runs, cells…): too "
        "long to read, refused; split it into several files",
        "docx_ratio": "a Word file of {kb:,.0f} KB that unpacks to {mb:,.0f} MB (more than {ratio} times its "
        "size): refused as a zip bomb; save it again as .docx",
    },
}


class Message(str):
    """A message for the user: the text in the language it was first written in (``base``),
    which can also be said in any language of ``CATALOG``.

    A ``str``, so the CLI, the JSON, the logs and every test of its words use it as text;
    ``said(lang)`` gives the page's language. Text made from it (an f-string, a join) is
    plain text again: a message is translated where it is shown, whole.
    """

    key: str
    values: tuple[tuple[str, object], ...]
    base: str

    def __new__(cls, key: str, values: tuple[tuple[str, object], ...] = (), base: str = "fr") -> Message:
        message = super().__new__(cls, _fill(base, key, values))
        message.key, message.values, message.base = key, values, base
        return message

    def __reduce__(self) -> tuple[type[Message], tuple[str, tuple[tuple[str, object], ...], str]]:
        # Gradio deep-copies a conversation's answers: rebuilt from the key, not from the text.
        return Message, (self.key, self.values, self.base)

    def said(self, lang: str) -> str:
        """The message in ``lang`` (its base language for one we do not speak) (pure).

        Raises:
            KeyError: no such message, or a value its template names is missing.
        """
        return _fill(lang if lang in CATALOG else self.base, self.key, self.values)


def _fill(lang: str, key: str, values: tuple[tuple[str, object], ...]) -> str:
    said_values = {name: _said_value(lang, value) for name, value in values}
    return (_FRENCH_NUMBERS if lang == "fr" else _NUMBERS).vformat(CATALOG[lang][key], (), said_values)


class _FrenchNumbers(string.Formatter):
    """Numbers written the French way: "1 500,5 Mo", not "1,500.5 Mo" (a decimal comma, a
    narrow no-break space between thousands)."""

    def format_field(self, value: object, format_spec: str) -> str:
        text = super().format_field(value, format_spec)
        if isinstance(value, int | float) and not isinstance(value, bool):
            text = text.replace(",", "\u202f").replace(".", ",")
        return text


_NUMBERS = string.Formatter()
_FRENCH_NUMBERS = _FrenchNumbers()


def fr(key: str, **values: object) -> Message:
    """A message of the conversation, first written in French."""
    return Message(key, tuple(values.items()), "fr")


def en(key: str, **values: object) -> Message:
    """A message for the administrator, first written in English."""
    return Message(key, tuple(values.items()), "en")


def said(lang: str | None, what: object) -> str:
    """``what`` in ``lang``: a Message, an exception whose message is one, or anything else as
    ``str()`` gives it (a library's own error, a file name); ``lang`` None: as first written (pure)."""
    if lang is None:
        return str(what)
    if isinstance(what, BaseException):
        what = of(what)
    if isinstance(what, Message):
        return what.said(lang)
    return str(what)


def of(error: BaseException) -> str:
    """An exception's message: the Message it carries, kept one, or its text (pure)."""
    return error.args[0] if len(error.args) == 1 and isinstance(error.args[0], Message) else str(error)


def _said_value(lang: str, value: object) -> object:
    # Numbers keep their type for the template's format ({size:.0f}); messages are said, and
    # dates spelt: "samedi 2 mai 2026", "Saturday 2 May 2026".
    if isinstance(value, (Message, BaseException)):
        return said(lang, value)
    if isinstance(value, dt.date):
        if lang == "fr":
            day = "1er" if value.day == 1 else str(value.day)
            return f"{_FRENCH_WEEKDAYS[value.weekday()]} {day} {_FRENCH_MONTHS[value.month - 1]} {value.year}"
        return f"{_WEEKDAYS[value.weekday()]} {value.day} {_MONTHS[value.month - 1]} {value.year}"  # not the locale's
    return value


_FRENCH_WEEKDAYS = "lundi mardi mercredi jeudi vendredi samedi dimanche".split()
_FRENCH_MONTHS = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
_WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
_MONTHS = "January February March April May June July August September October November December".split()
