"""Medicines the user has long taken at the same dose.

Twitching from a medicine starts after it is begun or its dose changes (MedlinePlus; the
`medicine_suspected` flag is "a new or changed medicine"). "On sertraline, same dose for four
years" names no suspected cause of this week's twitch, so the check-up should not send the user
to the pharmacist for it. The medicine still counts where any medicine does: a fever and
confusion on a serotonin-raising drug is an emergency whether it was started last week or in
2019 (bot.triage reads `Facts.settled_medicines` for those rows).

Someone else's medicine is no suspect of the user's own twitch either ("the GP put Dad's shakes
down to his blood pressure tablets", "my daughter started sertraline last month"), and it is
marked the same way: the one with the fever and the jerks may be them, so it still counts there.
"""

from __future__ import annotations

from dataclasses import replace
import re
from typing import List

from bot import durations
from bot.mentions.base import Mention, medicine_ids, sentence_at
from bot.mentions.history import CLOSED_SINCE, YEARS_BACK
from bot.mentions.owners import PRONOUNS, owner_before
from bot.mentions.twitch_scope import (MY_BEFORE, TWITCH_RIGHT_AFTER, TWITCH_WORD, _clause_bounds,
                                       _theirs_before)

NUMBER_WORDS = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)"
# words that say no medicine at all is new: "nothing new added", "no new pills"
_NOTHING_NEW = (r"\bnothing\s+new\s+(?:added|started)\b|\bno\s+new\s+(?:meds|medicines?|medications?"
                r"|tablets|pills|drugs|prescriptions?)\b")
# words that tell a long course at one dose: "same dose", "no change in dose", "for years",
# "since 2019", "long-term", "five years on it", "nothing new added"
LONG_COURSE = re.compile(
    r"\b(?:the\s+)?(?:same|stable|steady|unchanged|usual)\s+(?:[\w.]+\s+){0,2}?dose\b"
    r"|\bno\s+changes?\s+(?:in|to|of)\s+(?:the\s+|my\s+)?dose\b"
    r"|\bdose\s+(?:hasn'?t|has\s+not|hasnt|has\s+never|never|didn'?t|did\s+not)\s+(?:been\s+)?"
    r"chang\w*"
    r"|\bdose\s+(?:is|has\s+been|stayed|stays)\s+(?:the\s+same|stable|unchanged|steady)\b"
    r"|\bfor\s+(?:(?:many|several|a\s+few|some|over|more\s+than|about|nearly|almost|around"
    r"|the\s+(?:last|past))\s+)?(?:" + NUMBER_WORDS + r"\s+)?(?:years|yrs)\b"
    r"|\bfor\s+(?:(?:well\s+)?over\s+|more\s+than\s+|about\s+|nearly\s+|almost\s+)?a\s+year\b"
    r"|\bfor\s+(?:ages|donkey'?s\s+years|a\s+long\s+time|decades)\b"
    r"|\bsince\s+(?:19|20)\d\d\b"
    r"|\blong[- ]?(?:term|standing)\b"
    r"|\b" + NUMBER_WORDS + r"\s+(?:years|yrs)\s+(?:on|of)\b"
    r"|" + _NOTHING_NEW +
    # ...or well on it for six months or more (round 56: "I'm on clopidogrel and a statin, and
    # I've been perfectly well for eleven months"; a time of being well is no twitch's length)
    r"|\b(?:been|stayed)\s+(?:\w+\s+)?(?:well|fine|stable)\s+for\s+(?:about\s+|over\s+|nearly\s+)?"
    r"(?:(?:[6-9]|1\d|six|seven|eight|nine|ten|eleven|twelve|eighteen)\s+months|(?:a|one|"
    + NUMBER_WORDS + r")\s+years?)\b")
NOTHING_NEW = re.compile(_NOTHING_NEW)
# ...or that the writer takes none of those named, or no medicine at all (round 64: "Can tramadol
# with sertraline cause serotonin syndrome? I'm on neither"; "I take nothing at all, not even
# paracetamol"): each one named is asked about or someone else's (not "I take nothing for it",
# a remedy, nor "nothing except my inhaler")
_NOT_AFTER = r"(?!\s+(?:for|except|but|apart|other|besides|else\s+but)\b)"
_ANY_MEDICINE = r"(?:medicines?|medications?|meds|tablets|pills|drugs|prescriptions?)"
NONE_TAKEN = re.compile(
    r"\b(?:i'?m|i\s+am)\s+on\s+(?:neither|none)(?:\s+of\s+(?:them|those|these|the\s+two))?\b"
    + _NOT_AFTER +
    r"|\bi\s+(?:take|use|am\s+taking|'m\s+taking)\s+(?:nothing|no\s+" + _ANY_MEDICINE + r")"
    r"(?:\s+at\s+all|\s+whatsoever)?\b" + _NOT_AFTER +
    r"|\bi\s+(?:don'?t|do\s+not|never)\s+take\s+(?:either(?:\s+of\s+them)?|anything|any\s+of"
    r"\s+(?:them|those|these)|any\s+" + _ANY_MEDICINE + r")\b" + _NOT_AFTER +
    r"|\b(?:i'?m|i\s+am)\s+not\s+on\s+(?:either(?:\s+of\s+them)?|anything|any\s+of\s+(?:them"
    r"|those|these)|any\s+" + _ANY_MEDICINE + r")\b" + _NOT_AFTER +
    r"|\b(?:i'?m|i\s+am)\s+on\s+no\s+" + _ANY_MEDICINE + r"\b" + _NOT_AFTER +
    # round 66: "Question about medicines, I haven't taken anything yet. I'm on venlafaxine"
    r"|\bi\s+(?:haven'?t|have\s+not)\s+taken\s+(?:anything|any\s+of\s+(?:them|those|these)|either"
    # round 69: "the clinic has given me tramadol for it. I haven't taken any yet"
    r"|any(?=\s+yet\b))"
    r"(?:\s+yet)?\b" + _NOT_AFTER)
# ...or one the user is "still on" after an episode years back (round 64: "In 2021 I ended up in
# A&E with serotonin toxicity from tramadol and my citalopram ... fine ever since, still on the
# citalopram")
STILL_ON_BEFORE = re.compile(r"\bstill\s+(?:on|taking)\s+(?:the\s+|my\s+)?$")
# (round 66: "In 2017 I had a TIA ... I've been on aspirin and a statin ever since"; round 69:
# "In 2020 I had a TIA ... I'm on a blood thinner and a statin, and I've had nothing since")
NOTHING_SINCE = re.compile(CLOSED_SINCE)
EVER_SINCE_AFTER = re.compile(r"(?:\s+and\s+(?:a\s+|an\s+|the\s+|my\s+)?[\w-]+)?\s+(?:ever\s+since|since"
                              r"\s+then)\b")
# ...and every medicine of a message whose twitch began before one of them (round 65: "a little
# flicker in my right eyelid, which actually started the week before the tramadol")
PREDATES_BEFORE = re.compile(r"\b(?:started|began|begun|came on|kicked off)\b[^.;!?]{0,30}?\bbefore\s+"
                             r"(?:(?:i|we)\s+(?:started|took|began)\s+(?:on\s+)?)?(?:the\s+|my\s+|any\s+)?$")
# ...and words that tell it changed ("but the dose went up last week"): a medicine they are
# nearest to is not settled (safety bias: the check-up then still names it); neither kind counts
# in the twitch's own clause ("the twitch started on Monday")
CHANGED = re.compile(
    r"\b(?:increased|raised|upped|doubled|halved|reduced|lowered|switched|adjusted|restarted"
    r"|started|added|changed)\b|\bnew\s+(?:dose|prescription|brand|tablets?|pills?)\b"
    r"|\b(?:went|gone|go|going)\s+up\b")
# A medicine named only in a question about medicines together ("Would melatonin clash with my
# sertraline? Haven't tried it", "I'm on fluoxetine, what would serotonin syndrome feel like?"),
# in a sentence that tells nothing new or changed and a message that does not put the twitch down
# to it, is the question's topic, not a suspected cause: the held-out sets' largest class of
# false alarms (79 near-misses of sets 6 to 68). It still counts in an emergency row.
MIXING_QUESTION = re.compile(r"\bserotonin\b|\b(?:clash|interact|interfere)\w*|\bmix(?:ing|ed|es)?\b"
                             r"|\btogether\b|\bon top of\b|\bcombin\w*|\balongside\b"
                             r"|\bsafe (?:to take|with)\b")
FRESH = re.compile(r"\bnew\b|\bbeg[au]n\b|\bsince (?:starting|taking|i (?:started|began))\b"
                   r"|\bput (?:me |him |her )?on\b|\bgave me\b|\bprescribed\b|\b(?:days?|weeks?) ago\b"
                   r"|\blast (?:week|night)\b|\byesterday\b|\bthis (?:week|morning)\b|\btoday\b"
                   r"|\bon (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b")
LINKED = re.compile(r"\b(?:is|could|can|might) (?:it|this|that) be (?:the|my|from)\b|\bside[- ]effects?\b"
                    r"|\bthe (?:tablets?|pills?|meds?|inhaler|medicine|medication|new dose)\s*\?"
                    r"|\b(?:caused|brought on) by\b")


def _asks_about_mixing(low: str) -> bool:
    return "?" in low and bool(MIXING_QUESTION.search(low)) and not LINKED.search(low)


def _tells_new(low: str, sentence: "tuple[int, int]") -> bool:
    return bool(CHANGED.search(low, *sentence) or FRESH.search(low, *sentence))


# a length of six months or more after "for" or "since" tells a long course too ("for eighteen
# months", "since last spring")
LONG_DAYS = 180.0
LENGTH_BEFORE = re.compile(r"(?:\b(?:for|since|over|past|last)\s+(?:about\s+|over\s+|nearly\s+)?"
                           # round 52: "been on sertraline two years"
                           r"|\b(?:on|taking|taken)\s+[\w-]+\s+)$")


# ConText reads "since 2019" as history; a medicine the user says they are on now is theirs
# now ("I've been on citalopram since 2019", "the same dose of citalopram since 2018")
ON_NOW_BEFORE = re.compile(r"(?:\b(?:i'?m|i\s+am|been|still|currently|i'?ve\s+been|i\s+have\s+been)"
                           r"\s+(?:on|taking)|^\s*on|[.!?]\s*on"
                           r"|\b(?:same|stable|steady|usual|regular)\s+dose\s+of)\s+(?:(?:my|the|a)\s+)?$")


def _cues(low: str, sentence: "tuple[int, int]") -> "tuple[list, list]":
    """(long-course spans, change spans) in a sentence; a change word inside a long-course cue
    ("the dose hasn't changed") is part of it."""
    start, end = sentence
    course = [(m.start(), m.end()) for m in LONG_COURSE.finditer(low, start, end)]
    course += [(start + s.start, start + s.end)
               for s in durations.find_durations(low[start:end])
               if isinstance(s.value, float) and s.value >= LONG_DAYS
               and LENGTH_BEFORE.search(low[max(start, start + s.start - 20):start + s.start])]
    change = [(m.start(), m.end()) for m in CHANGED.finditer(low, start, end)
              if not any(a <= m.start() < b for a, b in course)]
    return course, change


def _clause_has_twitch(low: str, at: "tuple[int, int]", sentence: "tuple[int, int]") -> bool:
    """A cue in the twitch's own clause ("my eye has twitched for years") tells the twitch's
    length, not the medicine's."""
    return bool(TWITCH_WORD.search(low, *_clause_bounds(low, at[0], at[1], sentence)))


def _twitch_predates(low: str, m: Mention) -> bool:
    """The twitch (or "it", "which") began before this medicine."""
    before = PREDATES_BEFORE.search(low[max(0, m.start - 60):m.start])
    return before is not None and bool(
        TWITCH_WORD.search(low, max(0, m.start - 90), m.start)
        or re.search(r"\b(?:which|it|this|that)\b", low[max(0, m.start - 90):m.start]))


def _nearest(span: "tuple[int, int]", medicines: List[Mention]) -> Mention:
    return min(medicines, key=lambda m: max(m.start - span[1], span[0] - m.end, 0))


def _settled_medicines(mentions: List[Mention], text: str,
                       sentences: List["tuple[int, int]"]) -> List[Mention]:
    """A medicine taken now is settled when its sentence tells a long course at one dose and no
    change, each cue counted for the medicine named nearest to it. The lengths that tell the
    course are the medicine's, not the twitch's."""
    low = text.lower()
    medicines = medicine_ids()
    taken = [m for m in mentions if m.kind == "trigger" and m.value in medicines and (
        m.asserted or (m.historical and not (m.negated or m.hypothetical)
                       and m.experiencer == "user"
                       and ON_NOW_BEFORE.search(low[max(0, m.start - 30):m.start])))]
    settled: set = set()
    course_lengths: List["tuple[int, int]"] = []
    for sentence in dict.fromkeys(s for m in taken if (s := sentence_at(m.start, sentences))):
        here = [m for m in taken if sentence[0] <= m.start < sentence[1]]
        course, change = _cues(low, sentence)
        course = [c for c in course if not _clause_has_twitch(low, c, sentence)]
        change = [c for c in change if not _clause_has_twitch(low, c, sentence)]
        course_of = {c: _nearest(c, here) for c in course}  # each cue, its medicine
        changed = {id(_nearest(c, here)) for c in change}
        for cue, m in course_of.items():
            if id(m) not in changed:
                settled.add(id(m))
                course_lengths.append(cue)
    # ...and so is every medicine of a message that says outright nothing is new, in a sentence
    # of its own (round 61: "In 2022 ... tramadol on top of my citalopram ... This week I have an
    # eyelid twitch, no new pills at all"), where nothing near it tells a change
    if any(not _clause_has_twitch(low, (c.start(), c.end()), sentence)
           for sentence in sentences for c in NOTHING_NEW.finditer(low, *sentence)):
        settled |= {id(m) for m in taken if (s := sentence_at(m.start, sentences))
                    and not _cues(low, s)[1]}
    if NONE_TAKEN.search(low) or any(_twitch_predates(low, m) for m in taken):
        settled |= {id(m) for m in taken}
    if _asks_about_mixing(low):
        settled |= {id(m) for m in taken if (s := sentence_at(m.start, sentences))
                    and not _tells_new(low, s)}
    for m in taken:
        sentence = sentence_at(m.start, sentences)
        if ((STILL_ON_BEFORE.search(low[max(0, m.start - 20):m.start])
             or EVER_SINCE_AFTER.match(low, m.end)
             or (sentence and NOTHING_SINCE.search(low, m.end, sentence[1])))
                and YEARS_BACK.search(low, 0, m.start) and sentence and not _cues(low, sentence)[1]):
            settled.add(id(m))
    # ...and so is the same medicine named again where nothing tells a change (round 59: "in
    # 2021 ... a cough syrup with my fluoxetine ... still on fluoxetine with nothing new added")
    values = {m.value for m in taken if id(m) in settled}
    for m in taken:
        sentence = sentence_at(m.start, sentences)
        if m.value in values and id(m) not in settled and sentence and not _cues(low, sentence)[1]:
            settled.add(id(m))
    return [replace(m, settled=True, historical=False) if id(m) in settled
            else replace(m, historical=True) if m.kind == "duration" and m.asserted and any(
                a <= m.start < b or m.start <= a < m.end for a, b in course_lengths)
            else m for m in mentions]


# someone else's medicine: "his blood pressure tablets", "Mum's sertraline", "her new pills"...
MEDICINE_QUALIFIERS = "new|daily|usual|regular|own"
# ...or one they take: "my daughter started sertraline", "she's on citalopram", "a resident on
# tramadol", "Dad was put on amitriptyline"
TAKER_BEFORE = re.compile(
    r"\b([a-z]+)(?:['\u2019]s)?\s+(?:(?:is|was|has|had|been|just|also|recently|now|still)\s+)*"
    r"(?:on|taking|takes|take|took|started|starts|began|(?:put|started)\s+on|prescribed|given"
    r"|switched\s+to)\s+(?:(?:some|a|the|new|her|his|their)\s+)?$")
CARED_FOR = ("resident", "patient", "client", "service user")
# ...or people in general (round 54: "some performers take beta-blockers for nerves")
PEOPLE_IN_GENERAL = ("people", "performers", "musicians", "actors", "players", "athletes",
                     "singers", "students", "dancers", "folk", "others", "lots", "loads")
# the user's own twitch: "my eyelid", "my twitch"
MY_TWITCH = re.compile(r"\bmy\s+(?:[\w-]+\s+){0,2}?twitch")


def _others(word: str) -> bool:
    from bot.nlp import FAMILY

    return word in FAMILY or word in CARED_FOR or word in PEOPLE_IN_GENERAL


def _theirs(m: Mention, low: str) -> bool:
    """The medicine is told as another person's: their possessive or their taking it."""
    owner = owner_before(low, 0, m.start, MEDICINE_QUALIFIERS)
    taker = TAKER_BEFORE.search(low[max(0, m.start - 40):m.start])
    return bool((owner and (owner in PRONOUNS or _others(owner)))
                or (taker and _others(taker.group(1))))


# A body part a medicine is taken for is no twitch site (round 65: "the GP added tramadol for my
# knee"; not "propranolol for my eyelid twitch")
FOR_PART_BETWEEN = re.compile(r"^\s+(?:[\w-]+\s+){0,3}?for\s+(?:my|his|her|their|the|a)\s+(?:bad\s+"
                              r"|sore\s+|dodgy\s+|painful\s+|left\s+|right\s+|arthritic\s+)?$")


def _parts_treated(mentions: List[Mention], text: str) -> List[Mention]:
    low = text.lower()
    medicines = [m for m in mentions if m.kind == "trigger" and m.value in medicine_ids()]
    return [replace(m, negated=True) if m.kind == "body_part" and m.asserted and any(
        0 <= m.start - d.end <= 40 and FOR_PART_BETWEEN.match(low[d.end:m.start]) for d in medicines)
        and not TWITCH_RIGHT_AFTER.match(low, m.end) else m for m in mentions]


def _their_medicines(mentions: List[Mention], text: str) -> List[Mention]:
    """A medicine told as someone else's is no suspected cause of the user's own twitch, only
    when the twitch is theirs ("my eyelid") and no twitch site is the other person's (a parent
    asking about a child's twitch asks about the child's medicine too)."""
    low = text.lower()
    sites = [m for m in mentions if m.kind == "body_part" and m.asserted]
    # (a site of theirs with no twitch is none: "could it make their chest go tight?")
    if any(_theirs_before(low, max(0, m.start - 24), m.start)
           and TWITCH_WORD.search(low, max(0, m.start - 30), m.end + 30) for m in sites):
        return mentions
    if not (MY_TWITCH.search(low)
            or any(MY_BEFORE.search(low, max(0, m.start - 20), m.start) for m in sites)):
        return mentions
    medicines = medicine_ids()
    return [replace(m, settled=True) if m.kind == "trigger" and m.value in medicines
            and m.asserted and not m.settled and _theirs(m, low) else m for m in mentions]
