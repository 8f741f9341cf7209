"""The project's own spaCy pipeline: no downloaded model, everything built from the knowledge base.

blank English -> sentencizer -> lookup lemmatizer (spacy-lookups-data) -> entity ruler whose
patterns are the knowledge-base vocabulary (body parts, triggers, symptoms, red-flag phrases)
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

from bot import pipeline_version
from bot.kb import KnowledgeBase, get_kb

ROOT = pipeline_version.ROOT
# Words ignored inside a phrase: "my left upper eyelid" matches "upper eyelid".
SKIP = ["my", "the", "a", "an", "his", "her", "their", "your", "our", "left", "right", "both",
        "this", "that", "its", "of", "in", "on", "at", "it", "really", "very", "so", "kind",
        "sort", "bit", "little", "quite", "pretty"]
KIND_PRIORITY = {"red_flag": 0, "symptom": 1, "body_part": 2, "trigger": 3}

# ConText rules, NegEx style (Chapman et al. 2001). Safety bias: a comma ends a negation, so
# "no weakness, my speech is slurred" still counts the slurred speech.
NEGATION_WORDS = ["no", "not", "without", "never", "nor", "neither", "none", "deny", "denies",
                  "nothing", "nope", "nah", "zero", "free of", "absence of"]
POST_NEGATION = ["none", "gone", "went away", "has gone", "no longer", "not present", "stopped",
                 "is fine", "are fine", "is normal", "is ok", "is okay"]
PSEUDO_NEGATION = ["not sure", "no idea", "not only", "not just", "not certain", "no doubt",
                   "no clue", "not always", "no matter", "not really sure", "no wonder"]
HYPOTHETICAL = ["what if", "if", "in case", "could it", "could this", "could that", "can it",
                "can this", "will it", "would it", "might", "may", "going to", "turn into",
                "lead to", "risk of", "chance of", "afraid of", "scared of", "worried it",
                "worried that", "afraid it", "scared it", "fear", "sign of", "signs of",
                "symptom of", "symptoms of", "mean", "means", "is it", "is this", "is that",
                "are there", "whether", "should i worry", "what are", "develop",
                "what happens", "how do i know", "how would i know", "could i", "can i get",
                "would i", "what does"]
# A question whose cue follows the symptom: "is trouble breathing something to watch for?"
HYPOTHETICAL_AFTER = ["to watch out for", "to watch for", "to look out for", "to worry about",
                      "a warning sign", "a bad sign", "something serious", "serious?"]
HISTORICAL = ["years ago", "year ago", "last year", "when i was", "when he was", "when she was",
              "when they were", "as a teenager", "in his youth", "in her youth", "history of", "used to",
              "in the past", "as a child", "as a kid", "died of", "died from", "passed away",
              "was diagnosed", "were diagnosed", "diagnosed with", "got diagnosed",
              "diagnosis", "before she", "before he", "before her", "before his", "runs in", "long ago",
              "family history", "decades ago", "years back"]
FAMILY = ["mom", "mum", "mother", "dad", "father", "parent", "parents", "brother", "sister",
          "son", "daughter", "child", "kid", "baby", "grandfather", "grandpa", "grandmother",
          "grandma", "granddad", "grandad", "nan", "nana", "husband", "wife", "partner",
          "boyfriend", "girlfriend", "friend", "uncle", "aunt", "auntie", "cousin", "colleague",
          "coworker", "neighbour", "neighbor", "he", "she", "him", "they", "toddler",
          "grandparent", "relative", "family", "roommate", "flatmate"]
TERMINATE = ["but", "however", "although", "though", "yet", "except", "apart from", "besides",
             ",", ";", "whereas", "while", "and now", "but now", "these days",
             "and my", "and i", "and i'm", "but my"]


def context_rules() -> List[ConTextRule]:
    rules = [ConTextRule(w, "NEGATED_EXISTENCE", direction="FORWARD", max_scope=6)
             for w in NEGATION_WORDS]
    rules += [ConTextRule("n't", "NEGATED_EXISTENCE", direction="FORWARD", max_scope=6,
                          pattern=[{"LOWER": "n't"}])]
    rules += [ConTextRule(w, "NEGATED_EXISTENCE", direction="BACKWARD", max_scope=3)
              for w in POST_NEGATION]
    rules += [ConTextRule(w, "NEGATED_EXISTENCE", direction="PSEUDO") for w in PSEUDO_NEGATION]
    rules += [ConTextRule(w, "HYPOTHETICAL", direction="FORWARD") for w in HYPOTHETICAL]
    rules += [ConTextRule(w, "HYPOTHETICAL", direction="BACKWARD", max_scope=8)
              for w in HYPOTHETICAL_AFTER]
    rules += [ConTextRule(w, "HISTORICAL", direction="BIDIRECTIONAL") for w in HISTORICAL]
    rules += [ConTextRule(w, "FAMILY", direction="BIDIRECTIONAL") for w in FAMILY]
    # max_scope=1 keeps a terminator's scope small: medspaCy 1.3.1's overlap test
    # (util.tuple_overlaps) misses a scope that contains another, so a sentence-wide
    # terminator would never cut a negation short
    rules += [ConTextRule(w, "TERMINATE", direction="TERMINATE", max_scope=1)
              for w in TERMINATE]
    return rules


@Language.factory("twitch_context")
def make_twitch_context(nlp: Language, name: str) -> ConText:
    """ConText with our rules only; rebuilt from code on load (ConText has no to_disk)."""
    # a negation inside a symptom phrase ("can't breathe") is part of it, not a modifier
    context = ConText(nlp, name=name, rules=None, prune_on_target_overlap=True)
    context.add(context_rules())
    return context


def _lemma_pipeline() -> Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.initialize()  # loads the English lookup table from spacy-lookups-data, offline
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
                        (kb.symptoms, "symptom")):
        for item in table.values():
            for phrase in [item.name, *item.synonyms]:
                add(kind, item.id, phrase)
    for flag in kb.red_flags.values():
        for phrase in flag.phrases:
            add("red_flag", flag.id, phrase)
    return phrases


def _patterns(phrases: Dict[Tuple[str, ...], Tuple[str, str]]) -> Iterable[dict]:
    skip = {"LOWER": {"IN": SKIP}, "OP": "*"}
    for lemmas, (kind, item_id) in phrases.items():
        tokens: List[dict] = []
        for position, lemma in enumerate(lemmas):
            if position:
                tokens.append(skip)
            tokens.append({"LEMMA": lemma})
        yield {"label": kind, "pattern": tokens, "id": item_id}


def build_nlp(kb: KnowledgeBase) -> Language:
    nlp = _lemma_pipeline()
    patterns = list(_patterns(vocabulary(kb, nlp)))  # lemmatised before the ruler exists
    ruler = nlp.add_pipe("entity_ruler", config={"overwrite_ents": True})
    ruler.add_patterns(patterns)
    nlp.add_pipe("twitch_context")
    nlp.meta.update(name="twitch", version="1.0.0",
                    description="Knowledge-base vocabulary and clinical context for the "
                                "twitch assistant (built by bot/nlp.py)")
    return nlp


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


if __name__ == "__main__":
    if sys.argv[1:] == ["build"]:
        print(build().relative_to(ROOT))
    else:
        sys.exit("usage: python -m bot.nlp build")
