"""The red-flag screen run on every single message, before any dialogue logic.

It backs up the intent classifier in both directions: an emergency or urgent flag found in the
text forces the matching intent even when the classifier is unsure, and a classifier guess of
"emergency" is withdrawn when the only red-flag words in the message are denied, hypothetical or
someone's past history ("no trouble breathing", "what if it spreads", "my dad had a seizure").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Dict, List, Optional

from bot.facts import Facts, facts_from_mentions
from bot.kb import Level, get_kb
from bot.mentions import Mention, find_mentions
from bot.mentions.onsets import ONSET_CUE
from bot.triage import Finding, triage

ACUTE = (Level.emergency, Level.urgent)


@dataclass(frozen=True)
class Screen:
    level: Optional[Level]  # emergency or urgent when the message shows such a flag
    flags: List[str]  # ids of the emergency/urgent flags the message asserts
    spans: Dict[str, Mention] = field(default_factory=dict)  # a mention behind each flag


def _acute_findings(facts: Facts) -> List[Finding]:
    """Emergency and urgent findings, most severe first (triage sorts them)."""
    # Only what a single message can show: symptoms and phrases, not durations or sites.
    # Medicines named count too (a flag's `when_on_medicine` rows).
    symptom_facts = Facts(body_parts=facts.body_parts, symptoms=facts.symptoms,
                          red_flags=facts.red_flags, triggers=facts.triggers,
                          settled_medicines=facts.settled_medicines)
    return [f for f in triage(symptom_facts).findings if f.level in ACUTE]


def _mention_for(flag_id: str, mentions: List[Mention]) -> Optional[Mention]:
    flag = get_kb().red_flags[flag_id]
    symptoms = {s for row in flag.rows for s in row}
    for mention in mentions:
        if (mention.kind == "red_flag" and mention.value == flag_id) or (
                mention.kind == "symptom" and mention.value in symptoms):
            return mention
    return None


def _sites_apart(mentions: List[Mention]) -> List[List[Mention]]:
    """The mentions with the user's body parts only, and with someone else's only: the sites of
    two people never add up to a twitch spreading across one face ("his chin touches his chest"
    beside my eyelid twitch; round 33). One list when the message names one person's sites."""
    theirs = [m.kind == "body_part" and m.experiencer == "other" for m in mentions]
    if not any(theirs) or all(t for t, m in zip(theirs, mentions) if m.kind == "body_part"):
        return [mentions]
    return [[m for m, t in zip(mentions, theirs) if not t],
            [m for m, t in zip(mentions, theirs) if t or m.kind != "body_part"]]


def screen_mentions(mentions: List[Mention]) -> Screen:
    findings: List[Finding] = []
    for group in _sites_apart(mentions):
        seen = {f.flag.id for f in findings}
        findings += [f for f in _acute_findings(facts_from_mentions(group))
                     if f.flag.id not in seen]
    findings.sort(key=lambda finding: -finding.level.rank)
    level = findings[0].level if findings else None
    asserted_flags = [f.flag.id for f in findings]
    spans = {f: m for f in asserted_flags if (m := _mention_for(f, mentions))}
    return Screen(level, asserted_flags, spans)


def screen_message(text: str) -> Screen:
    return screen_mentions(find_mentions(text))


# A time of today: "20 min ago", "tonight", "rn"
TODAY_TIME = re.compile(r"\b(?:\d+|a few|ten|twenty|thirty|half an?) ?(?:min|mins|minutes|hrs?|hours?)"
                        r" ago\b|\b(?:just now|right now|rn|today|tonight)\b")


def dated_days_back(text: str, mentions: List[Mention]) -> bool:
    """The message dates what it tells to two days or more ago, with no sudden start and no
    time of today ("for three weeks I can't grip the kettle"). An emergency guessed by the intent
    classifier over an urgent screen is then urgent: on the registered red-flag sets (round 27)
    the classifier turned 73 urgent screens into emergencies, 16 rightly and 50 of them urgent
    signs weeks old (7 were near-misses); this test demotes 39 of the 50 and 3 of the 7, and
    none of the 16. A demoted message still gets the check question of an emergency flag the
    learned safety net is sure of (bot.suspicion.worth_asking after an urgent level)."""
    longest = max((float(m.value) for m in mentions if m.kind == "duration" and m.asserted),
                  default=0.0)
    low = text.lower()
    return longest >= 2 and not ONSET_CUE.search(low) and not TODAY_TIME.search(low)
