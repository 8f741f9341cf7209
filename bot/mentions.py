"""Find what a message names (body parts, triggers, symptoms, conditions, red-flag phrases,
durations, frequencies) and decide, for each mention, whether it is asserted, negated,
hypothetical or history (someone else's past illness, or the user's past diagnosis).

Names come from the entity ruler of the project's spaCy pipeline (bot/nlp.py, built from the
knowledge base); their context comes from medspaCy's ConText with our rules. Durations and
frequencies are read by bot.durations. Safety bias: when in doubt a symptom counts as present.
"""

from __future__ import annotations

from dataclasses import dataclass
import re
from typing import TYPE_CHECKING, List, Optional

from bot import durations

if TYPE_CHECKING:  # spaCy is only imported where text is parsed (the Rasa server, tests)
    from spacy.tokens import Doc, Span

CONTEXT_KINDS = ("symptom", "red_flag", "condition")
# A term asked about is not reported: "what's the difference between a twitch and a tremor",
# "what is bfs", "define myokymia". Only when the term follows such a cue in its sentence.
DEFINITION_CUE = re.compile(
    r"\bdifference between\b.*$|\b(?:what(?:'s|s| is| are)(?: an?| the)?|define|meaning of"
    r"|definition of|what does)\s+$")
# ...or the term is compared or asked about after it: "blepharospasm vs myokymia", "X mean?"
DEFINITION_AFTER = re.compile(r"^\s*(?:vs\b|versus\b|mean\b|means\b|exactly\b)")


@dataclass(frozen=True)
class Mention:
    kind: str  # body_part | trigger | symptom | condition | red_flag | duration | frequency
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
        """The Rasa entity role: None for an asserted mention. A condition in the user's own
        past ("I was diagnosed with MS") is `history`; someone else's is `other`."""
        if self.negated:
            return "absent"
        if self.hypothetical:
            return "hypothetical"
        if self.kind == "condition" and self.historical and self.experiencer == "user":
            return "history"
        if self.historical:
            return "other"
        return None


def _from_entity(span: Span) -> Mention:
    negated = bool(span._.is_negated)
    if span.label_ not in CONTEXT_KINDS:
        # "could coffee cause this?" still names the user's coffee; "my sister's face, years
        # back" is not the user's face now
        return Mention(span.label_, span.ent_id_, span.start_char, span.end_char, span.text,
                       negated=negated, historical=bool(span._.is_historical))
    family = bool(span._.is_family)
    return Mention(
        span.label_, span.ent_id_, span.start_char, span.end_char, span.text,
        negated=negated,
        hypothetical=bool(span._.is_hypothetical),
        # a relative's diagnosis is family history even when they still have it ("my dad has
        # MS"); what happens to someone now is read from symptoms, never from a disease name
        historical=bool(span._.is_historical) or (span.label_ == "condition" and family),
        experiencer="other" if family else "user",
    )


def _inner(span: Span, mention: Mention) -> List[Mention]:
    """Body parts and symptoms inside a red-flag phrase, in the phrase's context."""
    doc = span.doc
    return [Mention(kind, value, doc[start].idx, doc[end - 1].idx + len(doc[end - 1]),
                    doc[start:end].text, negated=mention.negated,
                    hypothetical=mention.hypothetical, historical=mention.historical,
                    experiencer=mention.experiencer)
            for kind, value, start, end in (getattr(span._, "inner", None) or [])]


def _asked_about(span: Span) -> bool:
    before = span.doc.text[span.sent.start_char:span.start_char].lower()
    after = span.doc.text[span.end_char:span.sent.end_char].lower()
    return bool(DEFINITION_CUE.search(before) or DEFINITION_AFTER.search(after))


def mentions_from_doc(doc: Doc) -> List[Mention]:
    """Mentions in a document processed by the pipeline of bot/nlp.py, in reading order."""
    mentions: List[Mention] = []
    for span in doc.ents:
        if span.label_ in CONTEXT_KINDS and _asked_about(span):
            continue
        mention = _from_entity(span)
        mentions.append(mention)
        mentions.extend(_inner(span, mention))
    taken = [(m.start, m.end) for m in mentions]
    text = doc.text
    numeric = [("duration", s) for s in durations.find_durations(text)]
    numeric += [("frequency", s) for s in durations.find_frequencies(text)]
    for kind, span in numeric:
        if not any(start < span.end and span.start < end for start, end in taken):
            mentions.append(Mention(kind, span.value, span.start, span.end, span.text))
    return sorted(mentions, key=lambda m: m.start)


def find_mentions(text: str) -> List[Mention]:
    """Parsed in lower case, as Rasa's SpacyNLP does ("I CANT BREATHE" is "i cant breathe")."""
    from dataclasses import replace

    from bot.nlp import get_nlp

    text = text or ""
    lower = text.lower()
    if len(lower) != len(text):  # a rare letter whose lower case is longer: keep the offsets
        return mentions_from_doc(get_nlp()(text))
    return [replace(m, text=text[m.start:m.end]) for m in mentions_from_doc(get_nlp()(lower))]


def asserted(mentions: List[Mention], kind: str) -> List[str]:
    """Ids of one kind that the message asserts, in order, without repeats."""
    seen: List[str] = []
    for mention in mentions:
        if mention.kind == kind and mention.asserted and str(mention.value) not in seen:
            seen.append(str(mention.value))
    return seen
