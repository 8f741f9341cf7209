"""A mention and its context: the dataclass, how a spaCy entity becomes one, and the clause and
time words every pass of bot.mentions reads ("now", "just", "20 min ago", a clause break)."""

from __future__ import annotations

import functools
from dataclasses import dataclass, replace
import re
from typing import TYPE_CHECKING, Iterable, List, Optional

if TYPE_CHECKING:  # spaCy is only imported where text is parsed (the Rasa server, tests)
    from spacy.tokens import Span

CONTEXT_KINDS = ("symptom", "red_flag", "condition")
# A term asked about is no report (a hypothetical mention, and no entity): "what's the
# difference between a twitch and a tremor", "what is bfs", "define myokymia". Only when the term
# follows such a cue in its sentence.
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
    sudden: bool = False  # its sentence says it began suddenly or minutes ago (ONSET_CUE)
    # a term asked about ("what is a tremor"): hypothetical, and no entity (DEFINITION_CUE)
    asked: bool = False
    # a medicine long taken at the same dose (bot.mentions.settled): no suspected cause of a new
    # twitch, but still a medicine for the serotonin rows of a red flag
    settled: bool = False

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
        if self.settled:
            return "settled"
        return None


# a third person's possessive inside a vocabulary phrase ("the whole side of his face")
THEIR_OWN = re.compile(r"\b(?:his|her|their)\b")


def _from_entity(span: Span) -> Mention:
    negated = bool(span._.is_negated)
    if span.label_ not in CONTEXT_KINDS:
        # "could coffee cause this?" still names the user's coffee; "my sister's face, years
        # back" is not the user's face now
        # ...and a face in a dream or a film is no twitch site ("had a dream my face slid"; other
        # hypothetical cues leave body parts alone: "should I worry about my eye?" names the site)
        from bot.nlp import UNREAL_CUES  # loaded already: the doc comes from its pipeline

        unreal = span.label_ == "body_part" and any(
            modifier.rule.literal in UNREAL_CUES for modifier in span._.modifiers)
        return Mention(span.label_, span.ent_id_, span.start_char, span.end_char, span.text,
                       negated=negated, historical=bool(span._.is_historical),
                       hypothetical=unreal)
    # ...and a phrase naming someone's own site is theirs: "the whole right side of his face
    # dropped" (round 28)
    family = bool(span._.is_family) or bool(THEIR_OWN.search(span.text.lower()))
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
                    experiencer=mention.experiencer, asked=mention.asked)
            for kind, value, start, end in (getattr(span._, "inner", None) or [])]


def _asked_about(span: Span) -> bool:
    before = span.doc.text[span.sent.start_char:span.start_char].lower()
    after = span.doc.text[span.end_char:span.sent.end_char].lower()
    return bool(DEFINITION_CUE.search(before) or DEFINITION_AFTER.search(after))


# a thing told as where someone is, right before a word: "(the man next to me) on the plane",
# "(my wife) on the night train" (round 71: the vehicle is a place, not a sign's subject)
PLACE_BEFORE = re.compile(r"\b(?:on|in|at|off|by|aboard|inside|onto|into|from|near|under|behind)\s+"
                          r"(?:(?:the|a|an|my|our|his|her|their|this|that|your)\s+)?(?:[\w'-]+\s+){0,2}$")


def in_spans(mention: Mention, spans: Iterable["tuple[int, int]"]) -> bool:
    """The mention begins inside one of the (start, end) spans: a dream, a list, a figure of
    speech, an answer's scope."""
    return any(start <= mention.start < end for start, end in spans)


def _own_signs_past_in(mentions: List[Mention], text: str, sentences: Iterable["tuple[int, int]"],
                        applies, values) -> List[Mention]:
    """The user's asserted symptoms among `values` in each sentence whose lower-cased words
    `applies(words)` accepts are history: the dentist's numbness, an old deficit told as
    unchanged."""
    low = text.lower()
    past = [s for s in sentences if applies(low[s[0]:s[1]])]
    return [replace(m, historical=True) if m.kind == "symptom" and m.asserted
            and m.experiencer == "user" and m.value in values and in_spans(m, past) else m
            for m in mentions]


def _mark_signs(mentions: List[Mention], said, **context) -> List[Mention]:
    """The user's asserted signs (symptoms and red flags) for which `said(mention)` holds get
    the given context (negated=True, hypothetical=True)."""
    return [replace(m, **context) if m.kind in ("symptom", "red_flag") and m.asserted
            and said(m) else m for m in mentions]


# Where a clause ends, and the words that say a sign is now (bot.mentions.history reads them to
# tell someone's past illness from what happens now: "she had a fit just now")
CLAUSE_BREAK = re.compile(r"[,;.!?]|\b(?:and|but|so|then)\b")
# "ago" is now only after a short span ("20 min ago", "two days ago"); "ages ago", "3 years ago",
# "two summers ago" (round 27) and "a long time ago" are the past (one fixed-width look-behind per unit)
RECENT_AGO = "".join(f"(?<!{unit} )" for unit in (
    "week", "weeks", "month", "months", "year", "years", "decade", "decades", "ages", "time",
    "yonks", "summers", "winters", "seasons", "terms")) + "ago"
# A clause says "now" by the time of today, by a sign that lasts up to now, or by how it began
TODAY = (r"now|just|currently|at the moment|today|tonight|this (?:morning|afternoon|evening)|"
         + RECENT_AGO + r"|woke up|getting worse|worse")
LASTING = r"still|keeps?"
ONSET_WORDS = r"sudden(?:ly)?|out of nowhere|out of the blue"
NOW_CUE = re.compile(r"\b(?:" + "|".join((TODAY, LASTING, ONSET_WORDS)) + r")\b")
# ...without the words of how it began ("out of nowhere"), which a story of the past has too
NOW_TIME_CUE = re.compile(r"\b(?:" + TODAY + "|" + LASTING + r")\b")
# a lasting sign of a relative's illness is new only when told so ("still" and "keeps" say it
# has lasted: "since his stroke he still mixes up his words")
# ...or a start days ago, or a first time: "MS for years, but since Saturday she can't lift her
# foot" (round 15)
RECENT_START = (r"since (?:yesterday|last night|the weekend|(?:last |on )?(?:mon|tues|wednes|thurs"
                r"|fri|satur|sun)day|breakfast|lunch|dinner|teatime)|(?:the )?first time"
                # round 16: "over the past week his eyelid has come down"
                r"|over the (?:past|last) (?:week|few days|couple of days)|this week"
                r"|never (?:had|done|seen) (?:that|this|it) (?:before|in)")
NEW_CUE = re.compile(r"\b(?:" + TODAY + "|" + ONSET_WORDS + "|" + RECENT_START + r"|again|new)\b")
# ...where a plain "now" says only that it lasts: "he has MND and can't lift his arms now"
NEW_NOT_NOW_CUE = re.compile(r"\b(?:just now|right now)\b|\b(?!now\b)(?:" + TODAY + "|" + ONSET_WORDS
                             + "|" + RECENT_START + r"|again|new)\b")


def sentence_at(offset: int, sentences: Iterable["tuple[int, int]"]
                ) -> "Optional[tuple[int, int]]":
    """The (start, end) of the sentence holding `offset`, or None."""
    return next((s for s in sentences if s[0] <= offset < s[1]), None)


SENTENCE_MARK = re.compile(r"[.!?\n]")


def sentence_around(low: str, start: int, end: "Optional[int]" = None) -> "tuple[int, int]":
    """The (start, end) of the sentence around low[start:end], told by its marks (.!?, a new
    line): for the passes that run before, or without, the parsed sentences."""
    end = start if end is None else end
    after = SENTENCE_MARK.search(low, end)
    return (max(low.rfind(mark, 0, start) for mark in ".!?\n") + 1,
            after.start() if after else len(low))


def _up_to_break(after: str) -> str:
    """The words of `after` up to the next clause break."""
    following = CLAUSE_BREAK.search(after)
    return after[:following.start()] if following else after


def _clause(text: str, start: int, end: int, sentence: "tuple[int, int]") -> str:
    before = text[sentence[0]:start]
    cut = [m.end() for m in CLAUSE_BREAK.finditer(before)]
    return ((before[cut[-1]:] if cut else before) + text[start:end]
            + _up_to_break(text[end:sentence[1]]))


@functools.lru_cache(maxsize=1)
def medicine_ids() -> "frozenset[str]":
    """The knowledge base's triggers of kind medicine (they raise "a medicine may be the cause")."""
    from bot.kb import get_kb

    return frozenset(t.id for t in get_kb().triggers.values() if t.kind == "medicine")
