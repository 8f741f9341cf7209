"""Find what a message names (body parts, triggers, symptoms, red-flag phrases, durations,
frequencies) and decide, for each mention, whether it is asserted, negated, hypothetical or
history (someone else's past illness).

The vocabulary is generated from the knowledge base; context rules follow the NegEx idea
(Chapman et al. 2001): trigger words before a mention, within its clause, change its status.
Safety bias: when in doubt a symptom counts as present, so a red flag is never missed.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Dict, List, Optional, Sequence, Tuple

from bot import durations
from bot.kb import KnowledgeBase, get_kb
from bot.text import Token, lemmas_of, tokenize

# Words ignored when matching phrases: "my left upper eyelid" matches "upper eyelid".
SKIP = {"my", "the", "a", "an", "his", "her", "their", "your", "our", "left", "right", "both",
        "this", "that", "its", "of", "in", "on", "at", "it", "really", "very", "so", "kind",
        "sort", "bit", "little", "quite", "pretty"}
# Lemmas that never take part in a phrase match but are kept for context.
KIND_PRIORITY = {"red_flag": 0, "symptom": 1, "body_part": 2, "trigger": 3}

NEGATIONS = {"no", "not", "without", "never", "nor", "neither", "none", "dont", "doesnt", "didnt",
             "isnt", "arent", "wasnt", "havent", "hasnt", "deny", "nothing", "nope", "nah", "zero"}
# "not sure", "no idea": look like negations but are not (NegEx pseudo-triggers).
PSEUDO_NEGATION_NEXT = {"sure", "only", "idea", "just", "certain", "doubt", "clue", "always"}
POST_NEGATIONS = {("none",), ("no",), ("gone",), ("go", "away"), ("not", "present"),
                  ("stop",), ("be", "go"), ("be", "gone")}
LIST_WORDS = {"or", "and", "nor", ",", "any", "/", "also", "either"}
CLAUSE_BREAKS = {".", "!", "?", ";", "but", "however", "although", "though", "yet", "except",
                 "apart", "besides"}
HYPOTHETICAL = [("what", "if"), ("if",), ("in", "case"), ("could", "it"), ("could", "this"),
                ("could", "that"), ("can", "it"), ("can", "this"), ("will", "it"),
                ("would", "it"), ("might",), ("may",), ("go", "to"), ("turn", "into"),
                ("lead", "to"), ("risk", "of"), ("chance", "of"), ("afraid", "of"),
                ("scare", "of"), ("worry", "it"), ("worry", "that"), ("afraid", "it"),
                ("scare", "it"), ("fear",), ("sign", "of"), ("symptom", "of"), ("mean",),
                ("be", "it"), ("be", "this"), ("be", "that"), ("be", "there"), ("whether",),
                ("should", "i", "worry"), ("what", "be"), ("ever",), ("develop",),
                ("what", "happen"), ("how", "do", "i", "know")]
HISTORICAL = [("year", "ago"), ("last", "year"), ("when", "i", "be"), ("history", "of"),
              ("use", "to"), ("in", "the", "past"), ("as", "a", "child"), ("die", "of"),
              ("die", "from"), ("pass", "away"), ("diagnose",), ("run", "in"), ("long", "ago"),
              ("year", "back"), ("family", "history"), ("decade",)]
OTHER_PEOPLE = {"mom", "mum", "mother", "dad", "father", "parent", "brother", "sister", "son",
                "daughter", "child", "kid", "baby", "grandfather", "grandpa", "grandmother",
                "grandma", "granddad", "grandad", "nan", "nana", "husband", "wife", "partner",
                "boyfriend", "girlfriend", "friend", "uncle", "aunt", "auntie", "cousin",
                "colleague", "coworker", "neighbour", "neighbor", "he", "she", "him", "they",
                "toddler", "grandparent", "relative", "family", "patient", "roommate", "flatmate"}
# In a sentence about someone else, these make a past event current ("then he had a fit").
RECENT = {"now", "just", "currently", "today", "tonight", "minute", "hour", "then", "start",
          "suddenly", "still", "moment", "wont", "cannot", "keep", "right", "ongoing"}


@dataclass(frozen=True)
class Mention:
    kind: str  # body_part | trigger | symptom | red_flag | duration | frequency
    value: str | float
    start: int
    end: int
    text: str
    negated: bool = False
    hypothetical: bool = False
    historical: bool = False
    experiencer: str = "user"  # "user" or "other" (someone the user speaks about)

    @property
    def asserted(self) -> bool:
        """The symptom is happening now, to the user or to someone with them."""
        return not (self.negated or self.hypothetical or self.historical)

    @property
    def role(self) -> Optional[str]:
        """The Rasa entity role: None for an asserted mention."""
        if self.negated:
            return "absent"
        if self.hypothetical:
            return "hypothetical"
        if self.historical:
            return "other"
        return None


Phrase = Tuple[str, ...]


@dataclass(frozen=True)
class Vocabulary:
    phrases: Dict[Phrase, Tuple[str, str]]  # lemmas -> (kind, id)
    longest: int


def _content(lemmas: Sequence[str]) -> Phrase:
    return tuple(lemma for lemma in lemmas if lemma not in SKIP)


def build_vocabulary(kb: KnowledgeBase) -> Vocabulary:
    phrases: Dict[Phrase, Tuple[str, str]] = {}

    def add(kind: str, item_id: str, phrase: str) -> None:
        key = _content(lemmas_of(phrase))
        if not key:
            return
        current = phrases.get(key)
        if current is None or KIND_PRIORITY[kind] < KIND_PRIORITY[current[0]]:
            phrases[key] = (kind, item_id)

    for table, kind in ((kb.body_parts, "body_part"), (kb.triggers, "trigger"),
                        (kb.symptoms, "symptom")):
        for item in table.values():
            for phrase in [item.name, *item.synonyms]:
                add(kind, item.id, phrase)
    for flag in kb.red_flags.values():
        for phrase in flag.phrases:
            add("red_flag", flag.id, phrase)
    return Vocabulary(phrases, max(len(p) for p in phrases))


@functools.lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    return build_vocabulary(get_kb())


def _match_phrases(tokens: List[Token], vocab: Vocabulary) -> List[Tuple[int, int, str, str]]:
    """Greedy longest match over content tokens: (first token, last token, kind, id)."""
    content = [i for i, t in enumerate(tokens) if t.lemma not in SKIP]
    found = []
    position = 0
    while position < len(content):
        best = None
        for size in range(min(vocab.longest, len(content) - position), 0, -1):
            window = content[position:position + size]
            if any(tokens[i].is_punct for i in window):
                continue
            hit = vocab.phrases.get(tuple(tokens[i].lemma for i in window))
            if hit:
                best = (window[0], window[-1], *hit)
                break
        if best:
            found.append(best)
            position += content.index(best[1]) - content.index(best[0]) + 1
        else:
            position += 1
    return found


def _has_sequence(lemmas: Sequence[str], sequences) -> bool:
    for sequence in sequences:
        size = len(sequence)
        if any(tuple(lemmas[i:i + size]) == sequence for i in range(len(lemmas) - size + 1)):
            return True
    return False


def _clause_start(tokens: List[Token], index: int) -> int:
    start = index
    while start > 0 and tokens[start - 1].lemma not in CLAUSE_BREAKS:
        start -= 1
    return start


def _sentence_bounds(tokens: List[Token], index: int) -> Tuple[int, int]:
    ends = {".", "!", "?", ";"}
    start = index
    while start > 0 and tokens[start - 1].text not in ends:
        start -= 1
    end = index
    while end < len(tokens) - 1 and tokens[end].text not in ends:
        end += 1
    return start, end


def _is_negated(tokens: List[Token], first: int, last: int, mention_tokens: set) -> bool:
    free_words = 0
    crossed_comma = False
    for i in range(first - 1, -1, -1):
        token = tokens[i]
        if token.lemma in CLAUSE_BREAKS:
            break
        if token.lemma in NEGATIONS:
            following = tokens[i + 1].lemma if i + 1 < len(tokens) else ""
            return following not in PSEUDO_NEGATION_NEXT
        if token.text == ",":
            crossed_comma = True
            continue
        if i in mention_tokens or token.lemma in LIST_WORDS or token.lemma in SKIP:
            continue
        # past a comma only a list of other mentions continues the negation
        free_words += 1
        if crossed_comma or free_words > 4:
            break
    after = [t.lemma for t in tokens[last + 1:last + 4] if t.text not in {":", "-", "?", ","}]
    return any(tuple(after[:len(p)]) == p for p in POST_NEGATIONS) and (
        len(after) <= 2 or after[0] in {"none", "no", "gone"})


def _context(tokens: List[Token], first: int, last: int, mention_tokens: set) -> dict:
    clause = [t.lemma for t in tokens[_clause_start(tokens, first):first]]
    sent_start, sent_end = _sentence_bounds(tokens, first)
    sentence = [t.lemma for t in tokens[sent_start:sent_end + 1]]
    before_in_sentence = [t.lemma for t in tokens[sent_start:first]]
    other = any(lemma in OTHER_PEOPLE for lemma in before_in_sentence)
    historical = _has_sequence(sentence, HISTORICAL)
    if other and not historical and "have" in before_in_sentence:
        # "my dad had ALS" is family history; "then he had a fit" is happening now
        historical = not any(lemma in RECENT for lemma in sentence)
    return {
        "negated": _is_negated(tokens, first, last, mention_tokens),
        "hypothetical": _has_sequence(clause, HYPOTHETICAL),
        "historical": historical,
        "experiencer": "other" if other else "user",
    }


def _token_index_at(tokens: List[Token], char: int) -> int:
    for i, token in enumerate(tokens):
        if token.end > char:
            return i
    return max(len(tokens) - 1, 0)


def find_mentions(text: str, vocab: Optional[Vocabulary] = None) -> List[Mention]:
    """Every mention in the message with its context, in reading order."""
    vocab = vocab or vocabulary()
    tokens = tokenize(text)
    if not tokens:
        return []
    raw = []
    for first, last, kind, item_id in _match_phrases(tokens, vocab):
        raw.append((first, last, kind, item_id, tokens[first].start, tokens[last].end))
    numeric = [("duration", s) for s in durations.find_durations(text)]
    numeric += [("frequency", s) for s in durations.find_frequencies(text)]
    for kind, span in numeric:
        if any(start < span.end and span.start < end for *_, start, end in raw):
            continue
        first = _token_index_at(tokens, span.start)
        last = _token_index_at(tokens, span.end - 1)
        raw.append((first, last, kind, span.value, span.start, span.end))
    mention_tokens = {i for first, last, *_ in raw for i in range(first, last + 1)}
    mentions = []
    for first, last, kind, value, start, end in sorted(raw, key=lambda r: r[4]):
        context = _context(tokens, first, last, mention_tokens)
        if kind in ("duration", "frequency", "body_part", "trigger"):
            context = {**context, "hypothetical": False, "historical": False}
        mentions.append(Mention(kind, value, start, end, text[start:end], **context))
    return mentions


def asserted(mentions: List[Mention], kind: str) -> List[str]:
    """Ids of one kind that the message asserts, in order, without repeats."""
    seen: List[str] = []
    for mention in mentions:
        if mention.kind == kind and mention.asserted and str(mention.value) not in seen:
            seen.append(str(mention.value))
    return seen


