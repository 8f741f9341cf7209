"""The project's own spaCy pipeline: no downloaded model, everything built from the knowledge base.

blank English -> sentencizer -> lookup lemmatizer (spacy-lookups-data) -> typo repair (a word
one edit away from a body-part or symptom word: "eylid") -> entity ruler whose patterns are the
knowledge-base vocabulary (body parts, triggers, symptoms, conditions, red-flag phrases) -> span
convention (data/nlu/README.md: "feels weak" -> "weak", "face is drooping" -> face + drooping)
-> site words (a word that names a symptom only at certain body parts, in the same clause:
"one calf is skinnier", "my lips look bluish", "the corner of my mouth sagged")
-> medspaCy ConText with our rules (negated, hypothetical, historical, family).

`python -m bot.nlp build` (run by `make train`) writes it to `.spacy/twitch-<hash>/` with its
meta.json and points config.yml at it; the hash (bot/pipeline_version.py) changes with the
vocabulary and these rules, so Rasa's SpacyNLP, whose fingerprint is the path, retrains when
they change. `get_nlp()` loads that folder, or builds the same pipeline in memory.
"""

# no `from __future__ import annotations`: spaCy validates factory signatures at runtime

import functools
import sys
from pathlib import Path
from typing import Dict, Iterable, List, Tuple

import spacy
from medspacy.context import ConText, ConTextRule
from spacy.language import Language
from spacy.tokens import Span

from bot import durations, pipeline_version
from bot.kb import KnowledgeBase, get_kb
from bot.textese import spell_out

ROOT = pipeline_version.ROOT
# Words ignored inside a phrase: "my left upper eyelid" matches "upper eyelid".
SKIP = ["my", "the", "a", "an", "his", "her", "their", "your", "our", "left", "right", "both",
        "this", "that", "its", "of", "in", "on", "at", "it", "really", "very", "so", "kind",
        "sort", "bit", "little", "quite", "pretty",
        # round 20: "can't even swallow", "couldn't even lift it"
        "even"]
# doc.user_data key of the shorthand spelled out before parsing (bot.textese)
REWRITE_KEY = "twitch_rewrite"
MODAL_LEMMAS = {"ca": "can", "could": "can", "wo": "will", "would": "will"}
# ...and the noun "number", which the table reads as "numb" + "-er" ("Opening number knocked the
# crowd out cold" is no numbness; round 54)
LEMMA_FIXES = {"number": "number", "numbers": "number"}
KIND_PRIORITY = {"red_flag": 0, "symptom": 1, "condition": 2, "body_part": 3, "trigger": 4}
# Span convention (data/nlu/README.md): these words before a symptom are not part of it
# ("feels weak" -> "weak", "having a fit" -> "fit"), nor these after it ("spreads to" -> "spreads").
LEAD_WORDS = {"is", "are", "was", "were", "'s", "'re", "am", "'m", "be", "been", "being", "feel",
              "feels", "feeling", "felt", "get", "gets", "getting", "got", "go", "goes", "going",
              "gone", "went", "have", "has", "having", "had", "'ve", "keep", "keeps", "kept",
              "started", "starting", "look", "looks", "looking", "seem", "seems", "can", "could",
              "i", "he", "she", "they", "a", "an", "the", *SKIP}
# "can"/"could" before a negation belong to the symptom ("cannot breathe", "can't swallow"); a
# "muscle" that is the subject of a verb does not ("the muscle has shrunk"; not "muscle wasting")
KEEP_BEFORE = {"not", "n't", "nt"}
SUBJECT_WORDS = {"muscle", "muscles"}
TRAIL_WORDS = {"to", "into", "from", "across", "over", "than", "other", "one", *SKIP}
COPULA_LEMMAS = {"be"}
# ...and these around a body part are not part of it ("calf muscle", "side of my face"), while
# anatomical words are ("lower eyelid", "upper lip")
BODY_EXTRA = {"muscle", "muscles", "side", "of", "area", "region", "part", "in", "under",
              "around", "near", *SKIP}
# Typo repair: only words this long, one edit away from exactly one vocabulary word, and not an
# English word spaCy's lookup tables know ("single" is not "tingle").
TYPO_MIN_LENGTH = 5

# A site word and the body part it describes must share a clause: these words and punctuation
# end one ("my eyelid droops and my cheek twitches": the droop is the eyelid's).
SITE_CLAUSE_BREAKS = {"and", "but", "so", "then", "while", "whereas", "although", "though",
                      "because", ",", ";", ".", "!", "?", ":", "-", "--"}

# ConText rules, NegEx style (Chapman et al. 2001). Safety bias: a comma ends a negation, so
# "no weakness, my speech is slurred" still counts the slurred speech.
NEGATION_WORDS = ["no", "not", "without", "never", "nor", "neither", "none", "deny", "denies",
                  "nothing", "nope", "nah", "zero", "free of", "absence of",
                  # round 22: "nobody has said I'm clumsy" (not a bare "nobody": "nobody found
                  # me on the floor" says no one was there)
                  "nobody has said", "nobody's said", "no one has said", "nobody has noticed",
                  "no one has noticed", "nobody has mentioned", "no one has mentioned"]
NOTHING_WRONG_WITH = ["nothing wrong with", "nothing the matter with", "nothing amiss with",
                      "no problems with", "no problem with", "no issues with", "no trouble with"]
# ("free": "seizure free", "pain-free")
POST_NEGATION = ["none", "gone", "went away", "free", "has gone", "no longer", "not present",
                 "stopped",
                 # round 61: "chin to chest no bother"
                 "no bother", "no bother at all",
                 # round 65: "temp 36.5, chin to chest fine, skin clear"
                 "fine", "easily",
                 "is fine", "are fine", "is normal", "is ok", "is okay",
                 # "I can breathe and swallow without any problem" (a comma still ends the
                 # scope; not a bare "ok" or "like normal": "I can't breathe ok", "can't walk
                 # like normal" are the sign itself)
                 "no problem", "no problems", "no issues", "without any problem",
                 "without any problems",
                 "without a problem", "without problems", "without any trouble",
                 "without trouble", "without any issue", "without any issues",
                 "without difficulty", "without any difficulty"]
# "gone" ends a sign ("the numbness has gone") but "gone" + an adjective is a change ("my lid
# has gone swollen", "her arm's gone floppy")
GONE_BECOME = [f"{verb} {adjective}" for verb in ("gone", "has gone", "'s gone", "have gone")
               for adjective in ("all", "really", "very", "a bit", "kind of", "completely",
                                 "totally", "swollen", "red", "puffy", "numb", "weak", "floppy",
                                 "limp", "stiff", "blue", "grey", "gray", "pale", "purple",
                                 "white", "dead", "cold", "droopy", "blurry", "funny", "weird",
                                 "wonky", "heavy", "tight", "hard", "lumpy", "sore", "dark",
                                 # round 15: "my tongue has gone thin", "breathing's gone
                                 # shallow"
                                 "thin", "thinner", "wrinkly", "wrinkled", "shallow")]
# round 64: a sign that will not stop, or that nothing stops, goes on: "he hasn't stopped
# vomiting", "I can't stop shaking", "nothing helps the headache", "no amount of water stops the
# choking" (not "didn't stop" or "never stopped": "he never stopped breathing" is good news)
KEEPS_GOING = [f"{verb} {stop}" for verb in ("won't", "wont", "will not", "can't", "cant",
                                             "cannot", "can not", "couldn't", "couldnt",
                                             "could not")
               for stop in ("stop", "stop the")] + [
    f"{verb} stopped" for verb in ("hasn't", "hasnt", "has not", "haven't", "havent",
                                   "have not", "not yet")] + [
    f"nothing {verb}" for verb in ("stops", "helps", "eases", "settles", "calms", "touches",
                                   "shifts", "will stop", "will help", "seems to stop",
                                   "seems to help", "has helped", "has stopped", "has eased",
                                   "is helping", "takes away", "can stop")] + [
    "no amount of", "never stops"]
PSEUDO_NEGATION = ["not sure", "no idea", "not only", "not just", "not certain", "no doubt",
                   "no clue", "not always", "no matter", "not really sure", "no wonder",
                   # round 15: an onset with no warning is no denial ("no build-up at all: it
                   # went from nothing to the worst pain of my life")
                   # (the hyphened "build-up" is a pattern in context_rules), nor is a pain
                   # that went "from nothing" or "from zero" to its worst
                   "no build up", "no buildup", "no warning", "no lead up", "from nothing",
                   "from zero",
                   # round 43: told without its "from" ("like someone shot me in the back of
                   # the head, nothing to the worst pain of my life in a second")
                   "nothing to the worst", "nothing to worst", "nothing to unbearable",
                   "nothing to agony", "nothing to 10", "nothing to ten", "zero to",
                   # round 44: a treatment that "did nothing" denies no sign after it ("6 puffs
                   # did nothing and her lips look pale blue")
                   "did nothing", "done nothing", "doing nothing", "does nothing",
                   *KEEPS_GOING]
HYPOTHETICAL = ["what if", "if", "in case",
                # round 16: a forum question about other people's signs
                "has anyone", "anyone else", "does anyone", "did anyone", "has anybody", "could it", "could this", "could that", "can it",
                "can this", "will it", "would it", "might", "may", "going to", "turn into",
                "lead to", "risk of", "chance of", "afraid of", "scared of", "worried it",
                "worried that", "afraid it", "scared it", "fear", "sign of", "signs of",
                "symptom of", "symptoms of",
                # round 45: "the FAST signs for a stroke"
                "signs for", "symptoms for", "mean", "means", "is it", "is this", "is that",
                "are there", "whether", "should i worry", "what are", "develop",
                "what happens", "how do i know", "how would i know", "could i", "can i get",
                "would i", "what does", "do i have", "have i got", "does it mean",
                "does this mean", "am i getting", "am i developing",
                # a supposed case: "supposing my mouth starts going to one side" (not
                # "suppose": "I suppose my arm is weaker" is a report)
                "supposing", "imagine if", "let's say", "lets say",
                # a question with "would" ("would a seizure look like this?") and the generic
                # "you" ("can twitching make you go weak?") ask about a sign, nobody reports it
                "would a", "would an", "would that", "would this", "what would",
                # round 46: "Fitness-to-fly rules: would one fainting episode ground me?"
                "would one", "would just one", "would even one", "would a single",
                "make you", "makes you", "cause you to", "causes you to",
                # round 19: "does it have to be spreading or making you weak?"
                "making you", "making your", "does it have to", "do they have to",
                # a mistaken belief: "I thought I was seeing double, but it was a smudge"
                "thought i was", "i thought i",
                # round 22: "at what point would weakness make it a GP job?"
                "at what point",
                # round 21: "is there a link between an eye twitch and a stroke?"
                "link between", "a link", "any link", "connection between",
                # a worry about the future ("should I be worried about my face drooping", "will
                # I end up losing muscle", "am I going blind")
                "should i be worried", "should i worry about", "do i need to worry",
                "need to worry about", "will i", "am i going", "end up", "i'll end up",
                "i'll go", "i'll lose", "i will go", "i will lose",
                # a question about one's own body: "could my throat close up from this?"
                "could my", "will my", "would my",
                # twitching's effects in general ("do twitches ever cause your face to droop")
                # and what the user read ("I read that twitching comes before wasting")
                "ever cause", "ever causes", "ever lead to", "ever make", "ever turn",
                "cause your", "causes your", "make your", "makes your", "read that",
                "heard that", "i read", "i've read", "read online", "read somewhere",
                "saw online", "googled",
                # a question about people in general: "do people with benign twitches ever
                # lose muscle?"
                "do people", "does anyone", "do most people",
                # "could a twitchy eyelid be a mini stroke?", "does caffeine give you seizures"
                "could a", "could an", "can a", "can an", "give you", "gives you",
                "give people", "gives people"]
# the future, close before the sign: "scared my face will droop" ("will not" is no future)
FUTURE = ["will"]
# Worry cues for a condition name only ("could my thigh twitch be MS", "I think I have ALS"):
# on symptoms they could hide a real emergency ("I think I have a seizure coming", "I could
# barely breathe"), on a disease name they only mark a worry
# A sign in a dream, a film or a game is hypothetical, and so is the body part it happens to
# (bot.mentions): "had a dream my face slid down", "in the game my character drags her leg"
UNREAL_CUES = ("had a dream", "dreamt", "dreamed", "in my dream", "nightmare", "in the game",
               "in a game", "in the film", "in a film", "in the movie", "in a movie",
               "in the show", "hospital drama", "medical drama", "tv drama", "my character",
               "a character", "the character",
               # round 19: "watched a horror film with a guy foaming and jerking on the floor"
               "horror film", "horror movie", "a film with", "a movie with", "a film where",
               "a movie where", "a show where", "an episode where")
# signs one is told to look out for, named before or after: "which stroke signs should I watch
# for?", "should I watch out for slurred speech?"
# the month names of bot.durations, and their short forms
MONTHS = [*durations.MONTHS, "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
          "nov", "dec"]
WATCH_FOR = ["watch for", "watch out for", "look out for", "keep an eye out for",
             # round 20: "the nurse said to look for a fever, a stiff neck..."
             "look for"]
# what is heard down a phone line (see the rule "<sound> down the line")
LINE_SOUNDS = ["chattering", "crying", "sobbing", "breathing", "gasping", "wheezing", "panting",
               "shouting", "screaming", "slurring", "mumbling", "talking", "speaking", "coughing",
               "choking", "groaning", "moaning", "babbling", "rasping", "hear", "heard", "hearing",
               "sounds", "sounded", "sounding", "voice", "her", "him", "them", "it"]
CONDITION_HYPOTHETICAL = ["could", "think i have", "think it's", "worried", "scared", "afraid",
                          "terrified", "odds", "chance", "this is", "dangerous", "panic"]
# A question whose cue follows the symptom: "is trouble breathing something to watch for?"
HYPOTHETICAL_AFTER = ["to watch out for", "to watch for", "to look out for", "to worry about",
                      "a warning sign", "a bad sign", "something serious", "serious?",
                      # "is muscle wasting something twitching can lead to?"
                      "something twitching", "something twitches", "something that twitching",
                      "something a twitch", "something twitches can",
                      # a time to come: "my face drooping at some point", "...one day"
                      "at some point", "one day", "eventually", "in the future", "in future",
                      "down the line", "later in life", "someday", "some day", "later on",
                      "is that true", "is this true", "true?",
                      # whether a sign warrants care: "would trouble swallowing be a reason to
                      # go to A&E?", "is double vision enough to see a doctor?"
                      "a reason to", "reason enough", "enough to go", "enough to see",
                      "worth going", "worth seeing", "worth a trip", "worth calling"]
PAST_SEASONS = ["last christmas", "last easter", "last summer", "last winter", "last spring",
                "last autumn", "last fall", "last eid", "last ramadan", "last diwali",
                "last thanksgiving", "last passover", "last hanukkah", "last new year"]
HISTORICAL = ["years ago", "year ago", "last year", "when i was", "when he was", "when she was",
              "when they were", "as a teenager", "as a teen", "in his teens", "in her teens",
              "in my teens", "back in", "when i was younger", "in his youth", "in her youth", "history of",
              "in the past", "as a child", "as a kid", "died of", "died from", "passed away",
              "was diagnosed", "were diagnosed", "diagnosed with", "got diagnosed",
              "diagnosis", "before she", "before he", "before her", "before his", "runs in", "long ago",
              "family history", "decades ago", "years back",
              # a family-history list: "FHx: mum - stroke at 65"
              "family hx", "fam hx", "fhx",
              # a named time months back: "had a seizure last christmas" (not "last month":
              # "weak since last month" is now)
              *PAST_SEASONS, "a while ago", "a while back", "the other year",
              # childhood and past decades: "a febrile fit as a toddler", "in the 80s"
              "as a toddler", "as a baby", "as an infant", "as a little girl",
              "as a little boy", "as a youngster", "in childhood", "in my childhood",
              "in the 60s", "in the 70s", "in the 80s", "in the 90s", "back in the day"]
# ...but a sign that began then and goes on is present: "my calf has been thinner since last
# summer" (pseudo cues hide the historical one inside them)
PAST_SINCE = [f"{lead} {season}" for lead in ("since", "started", "began", "from")
              for season in PAST_SEASONS]
FAMILY = ["mom", "mum", "mother", "dad", "father", "parent", "parents", "brother", "sister",
          "son", "daughter", "child", "kid", "baby", "grandfather", "grandpa", "grandmother",
          "grandma", "granddad", "grandad", "nan", "nana", "husband", "wife", "partner",
          "boyfriend", "girlfriend", "friend", "uncle", "aunt", "auntie", "cousin", "colleague",
          "coworker", "neighbour", "neighbor", "he", "she", "him", "they", "toddler",
          "grandparent", "relative", "family", "roommate", "flatmate", "gran", "granny",
          "grandson", "granddaughter", "niece", "nephew", "stepdad", "stepmum", "stepmom",
          "fiance", "fiancé", "fiancee", "spouse", "in-law", "twin",
          # round 16: people who are not relatives
          "pupil", "pupils", "student", "students", "patient", "patients", "client", "clients",
          "passenger", "passengers", "player", "players", "teammate", "teammates", "classmate",
          "classmates", "housemate", "housemates", "man", "woman", "lady", "gentleman",
          "stranger",
          # round 19: more people ("a lad from my five-a-side", "a boy in my son's class") and
          # the words for parents and grandparents many South Asian families use
          "lad", "lads", "bloke", "fella", "boy", "boys", "girl", "girls", "amma", "appa", "ammi",
          "abbu", "nani", "dadi", "mama", "papa",
          # round 20: the people a care worker looks after
          "residents",
          # round 21: more words for parents and grandparents (Scots, Irish, Filipino)
          "da", "mam", "mammy", "daddy", "mummy", "mommy", "nanay", "tatay", "lola", "lolo",
          # round 26: the words for parents and grandparents in Spanish, Italian, German, Polish,
          # Portuguese and Turkish that people keep in English
          "abuela", "abuelo", "abuelita", "mamá", "papá", "papà", "mamma", "nonna", "nonno",
          "oma", "opa", "babcia", "dziadek", "avó", "avô", "anne", "baba", "dede", "nene",
          # a third-person possessor is someone else too: "his face drooped", "her speech"
          "his", "her", "their", "them"]
TERMINATE = ["but", "however", "although", "though", "yet", "except", "apart from", "besides",
             # round 23: a reason is told as fact ("asked me if I'd had a drink because my words
             # are coming out slurred")
             "because", "cos", "coz",
             ",", ";", "whereas", "while", "and now", "but now", "these days",
             # "used to be just my eye now it yanks the whole side of my face"
             "now it", "now its", "now it's", "now my", "now the",
             "and my", "and i", "and i'm", "but my",
             # round 25: the answer to a question asked ("when I asked if he was okay the answer
             # was words in the wrong order")
             "the answer was", "his answer was", "her answer was"]
# Someone telling what the user did ends that someone's scope: what follows is the user's (older
# sets: "my husband says i went stiff", "the lads say i keep asking what day it is"). Only with
# the teller right before the verb: "can't say i have any weakness" and "never said i had a
# stroke" keep their denial.
TELLERS = [w for w in FAMILY if w not in ("his", "her", "their", "them", "him")] + [
    "they", "everyone", "everybody", "people", "crew", "colleagues", "mates", "mate", "friends",
    "doctor", "nurse", "paramedic", "paramedics", "boss", "manager", "coach", "teacher"]
TELLS = ["says", "say", "said", "reckons", "reckon", "swears", "insists", "tells", "told"]


def context_rules() -> List[ConTextRule]:
    rules = [ConTextRule(w, "NEGATED_EXISTENCE", direction="FORWARD", max_scope=6)
             for w in NEGATION_WORDS]
    # round 73: a denial that names what is fine counts its scope from its end ("nothing wrong
    # with my grip or my face": "face" is seven words after "nothing")
    rules += [ConTextRule(w, "NEGATED_EXISTENCE", direction="FORWARD", max_scope=6)
              for w in NOTHING_WRONG_WITH]
    # "n't", and "nt" as the tokenizer splits texting's "isnt", "dont", "didnt"
    rules += [ConTextRule("n't", "NEGATED_EXISTENCE", direction="FORWARD", max_scope=6,
                          pattern=[{"LOWER": {"IN": ["n't", "nt", "n’t"]}}])]
    rules += [ConTextRule(w, "NEGATED_EXISTENCE", direction="BACKWARD", max_scope=3)
              for w in POST_NEGATION]
    # "none" is in both lists, and a literal keeps one rule only: its forward reading gets a
    # rule of its own (round 53: "calf, thumb and eyelid twitches all week; none weak or numb")
    rules += [ConTextRule("none <forward>", "NEGATED_EXISTENCE", direction="FORWARD", max_scope=4,
                          pattern=[{"LOWER": "none"}])]
    rules += [ConTextRule(w, "NEGATED_EXISTENCE", direction="PSEUDO")
              for w in PSEUDO_NEGATION + GONE_BECOME]
    # a self-correction asserts what follows ("dull vision I mean double vision"; round 20), it
    # is no "does it mean" question
    rules += [ConTextRule(w, "HYPOTHETICAL", direction="PSEUDO")
              for w in ("i mean", "i meant", "sorry i mean", "or rather")]
    # ...nor is an aside ("rung six, if anyone cares"; round 76)
    rules += [ConTextRule(w, "HYPOTHETICAL", direction="PSEUDO")
              for w in ("if anyone cares", "if anybody cares", "if you must know", "if you ask me",
                        "if it matters", "if that matters", "if it helps", "if that helps")]
    # a sound heard down a phone line is now, no time to come ("I can hear her teeth chattering
    # down the line"; round 55): the longer match prunes HYPOTHETICAL_AFTER's "down the line"
    rules += [ConTextRule("<sound> down the line", "HYPOTHETICAL", direction="PSEUDO",
                          pattern=[{"LOWER": {"IN": LINE_SOUNDS}}, {"LOWER": "down"},
                                   {"LOWER": "the"}, {"LOWER": {"IN": ["phone", "telephone"]},
                                                      "OP": "?"}, {"LOWER": "line"}])]
    # round 64: what cannot be done without a sign tells the sign ("I can't stand up without my
    # leg giving way", "couldn't lift the kettle without dropping it")
    rules += [ConTextRule("can't <do> without", "NEGATED_EXISTENCE", direction="PSEUDO",
                          pattern=[{"LOWER": {"IN": ["ca", "can", "could", "wo"]}},
                                   {"LOWER": {"IN": ["n't", "nt", "n’t", "not"]}},
                                   *({"IS_ALPHA": True, "OP": "?"} for _ in range(4)),
                                   {"LOWER": "without"}])]
    # ...and a pain like no other is no denial ("never had a headache hit like this", "never
    # felt pain come on like that")
    rules += [ConTextRule("never had a headache <verb> like this", "NEGATED_EXISTENCE",
                          direction="PSEUDO",
                          pattern=[{"LOWER": "never"},
                                   {"LOWER": {"IN": ["had", "felt", "known", "experienced"]}},
                                   {"LOWER": {"IN": ["a", "an", "any"]}, "OP": "?"},
                                   {"LOWER": {"IN": ["headache", "headaches", "pain", "migraine",
                                                     "head", "thing"]}},
                                   *({"IS_ALPHA": True, "OP": "?"} for _ in range(3)),
                                   {"LOWER": "like"},
                                   {"LOWER": {"IN": ["this", "that", "it"]}}])]
    rules += [ConTextRule(f"no {w}-up", "NEGATED_EXISTENCE", direction="PSEUDO",
                          pattern=[{"LOWER": "no"}, {"LOWER": w}, {"ORTH": "-"}, {"LOWER": "up"}])
              for w in ("build", "lead")]
    rules += [ConTextRule(w, "HYPOTHETICAL", direction="FORWARD") for w in HYPOTHETICAL]
    rules += [ConTextRule(w, "HYPOTHETICAL", direction="BACKWARD", max_scope=8)
              for w in HYPOTHETICAL_AFTER]
    rules += [ConTextRule(w, "HYPOTHETICAL", direction="FORWARD", max_scope=3) for w in FUTURE]
    rules += [ConTextRule(w, "HYPOTHETICAL", direction="BIDIRECTIONAL", max_scope=6)
              for w in WATCH_FOR]
    rules += [ConTextRule("will not", "HYPOTHETICAL", direction="PSEUDO")]
    # a sign in a dream, a film or a game: "had a dream my face slid down", "in the game my
    # character got a stroke", "a character's twitch turned into a seizure"
    rules += [ConTextRule(w, "HYPOTHETICAL", direction="FORWARD") for w in UNREAL_CUES]
    # "could fasting make me pass out?", "can stress give me a seizure?", "could working nights
    # at the bakery make me have a seizure?" (not "did the tablets make me pass out this
    # morning?": that one happened)
    rules += [ConTextRule("could <it> make me", "HYPOTHETICAL", direction="FORWARD", max_scope=5,
                          pattern=[{"LOWER": {"IN": ["could", "can", "would", "will", "might"]}},
                                   *({"IS_ALPHA": True, "OP": "?"} for _ in range(5)),
                                   {"LOWER": {"IN": ["make", "give", "cause"]}},
                                   # round 54: "could it make them faint?"
                                   {"LOWER": {"IN": ["me", "them", "him", "her", "you",
                                                     "people", "someone"]}}])]
    # signs to learn about: "work wants us to learn the stroke signs"
    rules += [ConTextRule(w, "HYPOTHETICAL", direction="FORWARD", max_scope=4)
              for w in ("learn the", "learn about", "learn what", "teach us", "taught us",
                        # a sign as a topic one reads: "been reading up on seizures"
                        "reading up on", "read up on", "reading about", "read about",
                        "looking up", "looked up", "googling", "googled", "researching")]
    rules += [ConTextRule(w, "HYPOTHETICAL", direction="BIDIRECTIONAL", max_scope=8,
                          allowed_types={"condition"}) for w in CONDITION_HYPOTHETICAL]
    rules += [ConTextRule(w, "HISTORICAL", direction="BIDIRECTIONAL") for w in HISTORICAL]
    # "used to" looks forward only: "I used to get fits", but "I can't hold the holds I used to
    # warm up on" tells a loss now (round 20)
    rules += [ConTextRule("used to", "HISTORICAL", direction="FORWARD")]
    rules += [ConTextRule(w, "HISTORICAL", direction="PSEUDO") for w in PAST_SINCE]
    # ...and "when I was feeding the ducks" times what was doing, not a time of life (round 68:
    # "my granddaughter noticed it when I was feeding the ducks: my right thigh has gone thin")
    rules += [ConTextRule("when <someone> was <doing>", "HISTORICAL", direction="PSEUDO",
                          pattern=[{"LOWER": "when"},
                                   {"LOWER": {"IN": ["i", "he", "she", "we", "they"]}},
                                   {"LOWER": {"IN": ["was", "were"]}},
                                   # (round 69: or a posture, "when I was crouched over a sill")
                                   {"LOWER": {"REGEX": r"^(?:[a-z]{2,}ing|crouched|bent|sat|stood"
                                                       r"|hunched|perched|knelt)$"}}])]
    # a past year: "had a stroke in 2015"
    rules += [ConTextRule("in <year>", "HISTORICAL", direction="BIDIRECTIONAL",
                          pattern=[{"LOWER": {"IN": ["in", "since"]}},
                                   {"TEXT": {"REGEX": r"^(19|20)\d\d$"}}])]
    # ...told short (round 52: "had a stroke at the mart in '98")
    rules += [ConTextRule("in '<yy>", "HISTORICAL", direction="BIDIRECTIONAL",
                          pattern=[{"LOWER": {"IN": ["in", "since"]}},
                                   {"TEXT": {"IN": ["'", "\u2018", "\u2019"]}},
                                   {"TEXT": {"REGEX": r"^\d\d$"}}])]
    # ...or a month of a past year: "in August 2025 I had a TIA" (round 20)
    rules += [ConTextRule("<month> <year>", "HISTORICAL", direction="BIDIRECTIONAL",
                          pattern=[{"LOWER": {"IN": MONTHS}},
                                   {"TEXT": {"REGEX": r"^(19|20)\d\d$"}}])]
    # the user's own side ends someone else's scope, and no other (round 49: "mid-sentence with
    # a dad my left arm went limp")
    rules += [ConTextRule(w, "FAMILY", direction="BIDIRECTIONAL", terminated_by={"OWN_SIDE"})
              for w in FAMILY]
    rules += [ConTextRule(w, "OWN_SIDE", direction="PSEUDO") for w in ("my left", "my right")]
    # max_scope=1 keeps a terminator's scope small: medspaCy 1.3.1's overlap test
    # (util.tuple_overlaps) misses a scope that contains another, so a sentence-wide
    # terminator would never cut a negation short
    rules += [ConTextRule(w, "TERMINATE", direction="TERMINATE", max_scope=1)
              for w in TERMINATE]
    rules += [ConTextRule("<teller> says i", "TERMINATE", direction="TERMINATE", max_scope=1,
                          pattern=[{"LOWER": {"IN": TELLERS}}, {"LOWER": {"IN": TELLS}},
                                   {"LOWER": "me", "OP": "?"}, {"LOWER": "that", "OP": "?"},
                                   {"LOWER": "i"}])]
    return rules


@Language.factory("twitch_context")
def make_twitch_context(nlp: Language, name: str) -> ConText:
    """ConText with our rules only; rebuilt from code on load (ConText has no to_disk)."""
    # a negation inside a symptom phrase ("can't breathe") is part of it, not a modifier
    context = ConText(nlp, name=name, rules=None, prune_on_target_overlap=True)
    context.add(context_rules())
    return context


def _ruler_phrases(nlp: Language, labels: Iterable[str]) -> Dict[Tuple[str, ...], Tuple[str, str]]:
    """Lemma sequence -> (label, id) of the entity ruler's patterns with these labels."""
    wanted = set(labels)
    phrases: Dict[Tuple[str, ...], Tuple[str, str]] = {}
    for pattern in nlp.get_pipe("entity_ruler").patterns:
        if pattern["label"] in wanted:
            lemmas = tuple(t["LEMMA"] for t in pattern["pattern"] if "LEMMA" in t)
            phrases[lemmas] = (pattern["label"], pattern["id"])
    return phrases


class TypoRepair:
    """Lemmatises capitalised words as lower case ("Is" -> "be", "ALS" -> "als") and gives a misspelt body-part or symptom word the lemma of the word it was meant to be
    ("eylid" -> "eyelid", "twiching" stays: it is no vocabulary word), so the ruler matches it.
    Safe by construction: words of 5+ letters, one edit (insert, delete, substitute, swap) from
    exactly one vocabulary word, and not an English word: `blocked` lists every English word one
    edit from a vocabulary word ("never" is not "fever"), found when the pipeline is built."""

    def __init__(self, nlp: Language, blocked: Iterable[str] = ()):
        self.nlp = nlp
        self.blocked = set(blocked)
        self._index: Dict[str, set] | None = None
        self._known: set = set()  # English lemmas and the vocabulary words themselves
        self._forms = None  # the lookup table: inflected forms -> lemma

    @staticmethod
    def _deletes(word: str) -> set:
        return {word[:i] + word[i + 1:] for i in range(len(word))}

    def _build(self) -> None:
        words = {lemmas[0] for lemmas in _ruler_phrases(self.nlp, ("body_part", "symptom"))
                 if len(lemmas) == 1 and len(lemmas[0]) >= TYPO_MIN_LENGTH
                 and lemmas[0].isalpha()}
        self._index = {}
        for word in words:
            for key in self._deletes(word) | {word}:
                self._index.setdefault(key, set()).add(word)
        self._forms = self.nlp.get_pipe("lemmatizer").lookups.get_table("lemma_lookup")
        self._known = set(self._forms.values()) | words | self.blocked

    @staticmethod
    def _one_edit(a: str, b: str) -> bool:
        if a == b or abs(len(a) - len(b)) > 1:
            return False
        if len(a) == len(b):
            diff = [i for i in range(len(a)) if a[i] != b[i]]
            return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                      and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
        short, long_ = sorted((a, b), key=len)
        return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))

    def correction(self, word: str) -> str | None:
        if self._index is None:
            self._build()
        word = word.lower()
        if not word.isalpha() or word in self._known or word in self._forms:
            return None
        # texting's dropped g: "seein double", "twitchin", "feelin" are "-ing" forms
        if word.endswith("in") and len(word) >= 4 and word + "g" in self._forms:
            return self._forms[word + "g"]
        if len(word) < TYPO_MIN_LENGTH:
            return None
        candidates = set()
        for key in self._deletes(word) | {word}:
            candidates |= self._index.get(key, set())
        candidates = {c for c in candidates if self._one_edit(word, c)}
        return candidates.pop() if len(candidates) == 1 else None

    def __call__(self, doc):
        for token in doc:
            fixed = self.correction(token.text)
            if fixed:
                token.lemma_ = fixed
            elif token.text != token.lower_:  # "ALS", "My Eyelid Is Drooping": as lower case
                token.lemma_ = self._forms.get(token.lower_, token.lower_)
        return doc


@Language.factory("twitch_typos", default_config={"blocked": []})
def make_typo_repair(nlp: Language, name: str, blocked: List[str]) -> TypoRepair:
    return TypoRepair(nlp, blocked)


def _one_edit_strings(word: str) -> set:
    letters = "abcdefghijklmnopqrstuvwxyz"
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    return ({a + b[1:] for a, b in splits if b}
            | {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
            | {a + c + b[1:] for a, b in splits if b for c in letters}
            | {a + c + b for a, b in splits for c in letters}) - {word}


def typo_blocklist(phrases: Iterable[Tuple[str, ...]]) -> List[str]:
    """English words one edit from a single-word body part or symptom (build time only: it
    reads spaCy's English word index and word frequencies, about 5 s)."""
    from spacy.lookups import load_lookups

    index = load_lookups("en", ["lemma_index"]).get_table("lemma_index")
    english = {w for pos in ("noun", "verb", "adj", "adv") for w in index.get(pos, [])}
    prob = load_lookups("en", ["lexeme_prob"]).get_table("lexeme_prob")
    words = {p[0] for p in phrases if len(p) == 1 and len(p[0]) >= TYPO_MIN_LENGTH}
    return sorted(n for w in words for n in _one_edit_strings(w)
                  if n in english or prob.get(n, -99.0) > -16.0)


class SpanConvention:
    """Trims the ruler's entities to the span convention of data/nlu/README.md: a body part is
    the site words ("calf muscle" -> "calf", "side of my face" -> "face"); a symptom is the words
    naming it, without its subject, copula or light verb ("my face is drooping" -> body part
    "face" + symptom "drooping", "feels weak" -> "weak"). The id, decided on the whole phrase,
    is kept. A red-flag phrase keeps its span; the body parts and symptoms inside it are recorded
    on `span._.inner` so they are reported too ("has spread to my mouth")."""

    def __init__(self, nlp: Language):
        self.nlp = nlp
        self._phrases: Dict[Tuple[str, ...], Tuple[str, str]] | None = None
        if not Span.has_extension("inner"):
            Span.set_extension("inner", default=None)

    def _table(self) -> Dict[Tuple[str, ...], Tuple[str, str]]:
        if self._phrases is None:
            self._phrases = _ruler_phrases(self.nlp, ("body_part", "symptom"))
        return self._phrases

    @staticmethod
    def _content(tokens) -> List:
        return [t for t in tokens if t.lower_ not in SKIP and not t.is_punct]

    def _find(self, tokens) -> List[Tuple[str, str, int, int]]:
        """Greedy longest matches of body-part / symptom phrases among these tokens."""
        content = self._content(tokens)
        found, i = [], 0
        while i < len(content):
            for j in range(len(content), i, -1):
                hit = self._table().get(tuple(t.lemma_.lower() for t in content[i:j]))
                if hit:
                    found.append((hit[0], hit[1], content[i].i, content[j - 1].i + 1))
                    i = j
                    break
            else:
                i += 1
        return found

    def _body_part(self, doc, ent) -> Span:
        start, end = ent.start, ent.end
        while end - start > 1 and doc[start].lower_ in BODY_EXTRA:
            start += 1
        while end - start > 1 and doc[end - 1].lower_ in BODY_EXTRA:
            end -= 1
        sub = doc[start:end]
        if (start, end) != (ent.start, ent.end) and \
                self._find(sub) == [("body_part", ent.ent_id_, start, end)]:
            return Span(doc, start, end, label=ent.label_, span_id=ent.ent_id_)
        return ent

    @staticmethod
    def _trim(tokens: List) -> List:
        while len(tokens) > 1 and (
                (tokens[0].lower_ in LEAD_WORDS and tokens[1].lower_ not in KEEP_BEFORE)
                or (tokens[0].lower_ in SUBJECT_WORDS and tokens[1].lower_ in LEAD_WORDS)):
            tokens = tokens[1:]
        while len(tokens) > 1 and (tokens[-1].lower_ in TRAIL_WORDS or tokens[-1].is_punct):
            tokens = tokens[:-1]
        return tokens

    def _symptom(self, doc, ent) -> List[Span]:
        tokens = list(ent)
        extra: List[Span] = []
        copulas = [k for k, t in enumerate(tokens) if 0 < k < len(tokens) - 1
                   and t.lemma_.lower() in COPULA_LEMMAS]
        if copulas:
            subject = tokens[:copulas[0]]
            parts = [f for f in self._find(subject) if f[0] == "body_part"]
            extra = [Span(doc, s, e, label="body_part", span_id=i) for _, i, s, e in parts]
            tokens = tokens[copulas[0] + 1:]
        tokens = self._trim(tokens)
        # a body part at either end is its own entity: "eyelid droops", "tingling in my fingers"
        for leading in (True, False):
            for size in range(len(tokens) - 1, 0, -1):
                part = tokens[:size] if leading else tokens[-size:]
                rest = tokens[size:] if leading else tokens[:-size]
                hit = self._table().get(tuple(t.lemma_.lower() for t in self._content(part)))
                if hit and hit[0] == "body_part" and self._content(rest):
                    part = [t for t in part if t.lower_ not in BODY_EXTRA] or part
                    part = part[part.index(self._content(part)[0]):] if self._content(part) else part
                    extra.append(Span(doc, part[0].i, part[-1].i + 1, label="body_part",
                                      span_id=hit[1]))
                    tokens = self._trim(rest)
                    break
        extra = list({(e.start, e.end): e for e in extra}.values())
        head = Span(doc, tokens[0].i, tokens[-1].i + 1, label=ent.label_, span_id=ent.ent_id_)
        return extra + [head]

    # Built with the pipeline, not on the first message: spacy.load calls from_disk in pipeline
    # order, so the ruler's patterns are loaded by now. Nothing of ours is stored on disk.
    def to_disk(self, path, exclude=tuple()) -> None:
        return None

    def from_disk(self, path, exclude=tuple()) -> "SpanConvention":
        self._table()
        if "twitch_typos" in self.nlp.pipe_names:
            self.nlp.get_pipe("twitch_typos").correction("warmup")
        return self

    def _trimmed(self, doc, found: Tuple[str, str, int, int]) -> Tuple[str, str, int, int]:
        kind, item_id, start, end = found
        if kind != "symptom":
            return found
        tokens = self._trim(list(doc[start:end]))
        return kind, item_id, tokens[0].i, tokens[-1].i + 1

    def __call__(self, doc):
        ents: List[Span] = []
        inner = {}
        for ent in doc.ents:
            if ent.label_ == "body_part":
                ents.append(self._body_part(doc, ent))
            elif ent.label_ == "symptom":
                ents.extend(self._symptom(doc, ent))
            else:
                ents.append(ent)
                if ent.label_ == "red_flag":
                    inner[(ent.start, ent.end)] = [self._trimmed(doc, found)
                                                   for found in self._find(ent)]
        doc.ents = ents
        for ent in doc.ents:
            if (ent.start, ent.end) in inner:
                ent._.inner = inner[(ent.start, ent.end)]
        return doc


@Language.factory("twitch_spans")
def make_span_convention(nlp: Language, name: str) -> SpanConvention:
    return SpanConvention(nlp)


# A site word that describes a movement is the movement's size, not the muscle's: "only small
# jumping in one finger", "a tiny flicker in my calf" (not a wasted or shrunken muscle)
MOVEMENT_WORDS = {"twitch", "twitches", "twitching", "twitchy", "jump", "jumps", "jumping",
                  "flicker", "flickers", "flickering", "spasm", "spasms", "movement",
                  "movements", "tic", "tics", "ripple", "ripples", "rippling", "pulse",
                  "pulses", "pulsing", "jerk", "jerks", "jerking", "tremor", "quiver",
                  "quivering", "flutter", "fluttering", "buzz", "buzzing", "thump", "thumping"}


def _in_number(token) -> bool:
    """An "and" inside a number ("two and a half centimetres") does not end a clause."""
    doc = token.doc
    return (token.lower_ == "and" and token.i > 0 and doc[token.i - 1].like_num
            and token.i + 1 < len(doc)
            and (doc[token.i + 1].like_num or doc[token.i + 1: token.i + 3].text.lower() == "a half"))


ONE_OF_A_PAIR = {"left", "right", "other"}


class SiteWords:
    """Symptoms named by an ordinary word at a certain body part (symptoms.yml `at_sites`):
    "one calf is skinnier than the other" (muscle wasting), "my lips are going bluish"
    (breathing trouble), "the corner of my mouth sagged" (facial weakness, not the eyelid's
    droop). The word must share a clause with a body-part entity of one of the listed sites and
    must not be part of another entity, except a symptom entity with exactly its span, which it
    renames. `rules` rows: [symptom id, site ids (space separated), word lemmas (space
    separated, or "=" and exact word forms)]; words are matched on content tokens (filler words
    skipped), longest first."""

    def __init__(self, rules: List[List[str]]):
        # keyed by the first word's lemma, or by its exact form for words written "=form"
        self.by_first: Dict[str, List[Tuple[Tuple[str, ...], str, frozenset, bool]]] = {}
        for symptom, sites, lemmas in rules:
            exact = lemmas.startswith("=")
            key = tuple(lemmas.lstrip("=").split())
            self.by_first.setdefault(("=" if exact else "") + key[0], []).append(
                (key, symptom, frozenset(sites.split()), exact))
        for rows in self.by_first.values():
            rows.sort(key=lambda row: -len(row[0]))

    @staticmethod
    def _word(token, exact: bool) -> str:
        return token.lower_ if exact else token.lemma_.lower()

    def __call__(self, doc):
        ents = list(doc.ents)
        if not any(e.label_ == "body_part" for e in ents):
            return doc
        clause, current = [], 0
        for token in doc:
            if token.lower_ in SITE_CLAUSE_BREAKS and not _in_number(token):
                current += 1
            clause.append(current)
        owner = [-1] * len(doc)
        sites: Dict[int, set] = {}
        for k, ent in enumerate(ents):
            for i in range(ent.start, ent.end):
                owner[i] = k
            if ent.label_ == "body_part":
                # a site told with an "and" inside it ("the pad between my thumb and finger")
                # belongs to the clauses on both sides
                for part in range(clause[ent.start], clause[ent.end - 1] + 1):
                    sites.setdefault(part, set()).add(ent.ent_id_)
        # "the left one", "the other one" stands for the site of a clause just before (round 56:
        # "Both arms up, and the left one won't stay up": the comma and the "and" each end one)
        for token in doc[1:]:
            part = clause[token.i]
            if token.lower_ != "one" or doc[token.i - 1].lower_ not in ONE_OF_A_PAIR or part in sites:
                continue
            before = next((sites[p] for p in (part - 1, part - 2) if sites.get(p)), None)
            if before:
                sites[part] = set(before)
        content = [t for t in doc if t.lower_ not in SKIP and not t.is_punct]
        replaced: Dict[int, Span] = {}
        added: List[Span] = []
        i = 0
        while i < len(content):
            token = content[i]
            step = 1
            rows = (self.by_first.get(token.lemma_.lower(), [])
                    + self.by_first.get("=" + token.lower_, []))
            for key, symptom, wanted, exact in rows:
                window = content[i:i + len(key)]
                if (len(window) < len(key)
                        or any(self._word(t, exact) != w for t, w in zip(window, key))
                        or clause[window[-1].i] != clause[token.i]
                        or not wanted & sites.get(clause[token.i], set())):
                    continue
                start, end = token.i, window[-1].i + 1
                if end < len(doc) and doc[end].lower_ in MOVEMENT_WORDS:
                    continue
                owners = {owner[j] for j in range(start, end)}
                if owners == {-1}:
                    added.append(Span(doc, start, end, label="symptom", span_id=symptom))
                elif len(owners) == 1 and -1 not in owners:
                    ent = ents[owners.pop()]
                    if (ent.label_ != "symptom" or (ent.start, ent.end) != (start, end)):
                        continue
                    if ent.ent_id_ != symptom:
                        replaced[ent.start] = Span(doc, ent.start, ent.end, label="symptom",
                                                   span_id=symptom)
                else:
                    continue
                step = len(key)
                break
            i += step
        if added or replaced:
            kept = [replaced.get(e.start, e) if e.label_ == "symptom" else e for e in ents]
            doc.ents = sorted(kept + added, key=lambda e: e.start)
        return doc


@Language.factory("twitch_sites", default_config={"rules": []})
def make_site_words(nlp: Language, name: str, rules: List[List[str]]) -> SiteWords:
    return SiteWords(rules)


def site_rules(kb: KnowledgeBase, nlp: Language) -> List[List[str]]:
    """The `at_sites` words of every symptom as lemma rows for SiteWords."""
    rows = []
    for symptom in kb.symptoms.values():
        for at_site in symptom.at_sites:
            for word in at_site.words:
                if word.startswith("="):  # this exact form only: "=dropping", not "drops"
                    forms = tuple(t.lower_ for t in nlp.make_doc(word[1:].lower())
                                  if t.lower_ not in SKIP and not t.is_punct)
                    if forms:
                        rows.append([symptom.id, " ".join(at_site.sites), "=" + " ".join(forms)])
                    continue
                lemmas = _content_lemmas(nlp, word)
                if lemmas:
                    rows.append([symptom.id, " ".join(at_site.sites), " ".join(lemmas)])
    return rows


def _lemma_pipeline() -> Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.initialize()  # loads the English lookup table from spacy-lookups-data, offline
    # One lemma per modal, whatever its form, so that a phrase written "won't bend" also takes
    # "wouldn't bend" and "can't lift" takes "couldn't lift" and "cannot lift" (the table gives
    # "could" the lemma "can" but leaves the stems "ca" and "wo" of "can't" and "won't" as they
    # are, and "would" apart from "will"); the table is saved with the pipeline
    table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_lookup")
    for form, lemma in {**MODAL_LEMMAS, **LEMMA_FIXES}.items():
        table[form] = lemma
    return nlp


def _content_lemmas(nlp: Language, phrase: str) -> Tuple[str, ...]:
    doc = nlp(phrase.lower())
    return tuple(t.lemma_.lower() for t in doc if t.lower_ not in SKIP and not t.is_punct)


def vocabulary(kb: KnowledgeBase, nlp: Language) -> Dict[Tuple[str, ...], Tuple[str, str]]:
    """Lemmas of every phrase -> (kind, id); a phrase two kinds share goes to the graver kind."""
    phrases: Dict[Tuple[str, ...], Tuple[str, str]] = {}

    def add(kind: str, item_id: str, phrase: str) -> None:
        key = _content_lemmas(nlp, phrase)
        current = phrases.get(key)
        if key and (current is None or KIND_PRIORITY[kind] < KIND_PRIORITY[current[0]]):
            phrases[key] = (kind, item_id)

    for table, kind in ((kb.body_parts, "body_part"), (kb.triggers, "trigger"),
                        (kb.symptoms, "symptom"), (kb.conditions, "condition")):
        for item in table.values():
            for phrase in [item.name, *item.synonyms]:
                add(kind, item.id, phrase)
    for flag in kb.red_flags.values():
        for phrase in flag.phrases:
            add("red_flag", flag.id, phrase)
    return phrases


def _patterns(phrases: Dict[Tuple[str, ...], Tuple[str, str]]) -> Iterable[dict]:
    # filler words, and the hyphen that joins a compound ("tonic-clonic", "post-ictal")
    skip = {"LOWER": {"IN": [*SKIP, "-"]}, "OP": "*"}
    for lemmas, (kind, item_id) in phrases.items():
        tokens: List[dict] = []
        for position, lemma in enumerate(lemmas):
            if position:
                tokens.append(skip)
            tokens.append({"LEMMA": lemma})
        yield {"label": kind, "pattern": tokens, "id": item_id}


def build_nlp(kb: KnowledgeBase) -> Language:
    nlp = _lemma_pipeline()
    phrases = vocabulary(kb, nlp)
    patterns = list(_patterns(phrases))  # lemmatised before the ruler exists
    fuzzy = [k for k, (kind, _) in phrases.items() if kind in ("body_part", "symptom")]
    nlp.add_pipe("twitch_typos", config={"blocked": typo_blocklist(fuzzy)})
    ruler = nlp.add_pipe("entity_ruler", config={"overwrite_ents": True})
    ruler.add_patterns(patterns)
    nlp.add_pipe("twitch_spans")
    nlp.add_pipe("twitch_sites", config={"rules": site_rules(kb, nlp)})
    nlp.add_pipe("twitch_context")
    nlp.meta.update(name="twitch", version="1.0.0",
                    description="Knowledge-base vocabulary and clinical context for the "
                                "twitch assistant (built by bot/nlp.py)")
    return nlp


def forget_context(doc) -> None:
    """Drop medspaCy's ConText graph and modifiers from a doc whose mentions have been read:
    they hold spans, which cannot be copied or pickled, and Rasa deep-copies a parsed message
    with its doc (`rasa test nlu` on an `nlu_fallback` prediction failed with spaCy's E112)."""
    for key in [k for k in doc.user_data
                if isinstance(k, tuple) and len(k) > 1 and k[1] in ("modifiers", "context_graph")]:
        del doc.user_data[key]


def pipeline_path() -> Path:
    return ROOT / pipeline_version.relative_path()


def build(path: Path | None = None) -> Path:
    """Write the pipeline to disk unless this exact version is already there, and point
    config.yml at it."""
    path = path or pipeline_path()
    if (path / "meta.json").exists():
        (path / "meta.json").touch()  # up to date: tell make so
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
        build_nlp(get_kb()).to_disk(path)
    pipeline_version.sync_config()
    return path


@functools.lru_cache(maxsize=1)
def get_nlp() -> Language:
    path = pipeline_path()
    if (path / "meta.json").exists():
        return spacy.load(path)
    return build_nlp(get_kb())


def parse_message(text: str) -> "spacy.tokens.Doc":
    """Parsed in lower case, as Rasa's SpacyNLP does ("I CANT BREATHE" is "i cant breathe"),
    unless a rare letter's lower case is longer, and with texting shorthand spelled out
    (bot.textese): `original_span` maps the doc's offsets back to the text's."""
    lower = text.lower()
    rewrite = spell_out(lower if len(lower) == len(text) else text)
    doc = get_nlp()(rewrite.text)
    if rewrite.changed:
        doc.user_data[REWRITE_KEY] = rewrite
    return doc


def original_span(doc: "spacy.tokens.Doc", start: int, end: int) -> Tuple[int, int]:
    """A span of a doc parse_message made, in the offsets of the text it was given."""
    rewrite = doc.user_data.get(REWRITE_KEY)
    return rewrite.original(start, end) if rewrite else (start, end)


def main(argv: List[str]) -> int:
    """`build`: write the pipeline. `lemmas PHRASE...`: the content lemmas a vocabulary phrase
    is matched by (any filler word may sit between them), to check a new phrase against
    everyday talk before adding it: "been sick" is ('be', 'sick'), so it matches "I'm sick of
    it"."""
    if argv == ["build"]:
        print(build().relative_to(ROOT))
        return 0
    if argv[:1] == ["lemmas"] and argv[1:]:
        nlp = _lemma_pipeline()
        for phrase in argv[1:]:
            print(f"{phrase!r}: {_content_lemmas(nlp, phrase)}")
        return 0
    print("usage: python -m bot.nlp build | python -m bot.nlp lemmas PHRASE...", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
