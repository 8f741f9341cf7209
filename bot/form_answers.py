"""Turn a free-text answer to one check-up question into a canonical value.

Each parser gets the answer and the mentions the NLU already found in it (so the action server
never parses text itself), and returns the value to store, `UNKNOWN` for "I don't know", or
None when the answer could not be understood (the form then asks again).
"""

from __future__ import annotations

from typing import List, Optional, Tuple, Union

from bot import durations
from bot.facts import UNKNOWN, facts_from_mentions, says_none, says_unknown
from bot.kb import get_kb
from bot.mentions import Mention

Parsed = Union[str, float, List[str], None]


def known_ids(values, table) -> List[str]:
    items = values if isinstance(values, list) else [values]
    return [str(v) for v in items if str(v) in table]


def parse_body_parts(answer: str, mentions: List[Mention]) -> Optional[List[str]]:
    parts = facts_from_mentions(mentions).body_parts
    if parts:
        return parts
    if says_unknown(answer):
        return [UNKNOWN]
    return None


def parse_duration(answer: str) -> Union[float, str, None]:
    days = durations.parse_duration_days(answer)
    if days is not None:
        return days
    if says_unknown(answer):
        return UNKNOWN
    return None


def parse_frequency(answer: str) -> Optional[str]:
    frequency = durations.parse_frequency(answer)
    if frequency:
        return frequency
    if says_unknown(answer):
        return UNKNOWN
    return None


def parse_triggers(answer: str, mentions: List[Mention]) -> List[str]:
    """Named triggers; [] for "nothing", "not sure" or anything unrecognised."""
    triggers = facts_from_mentions(mentions).triggers
    if triggers:
        return triggers
    if says_unknown(answer):
        return [UNKNOWN]
    return []


def parse_symptoms(answer: str, mentions: List[Mention]) -> Tuple[List[str], List[str]]:
    """(present, absent) symptoms; ([], []) for "nothing else" or "not sure"."""
    facts = facts_from_mentions(mentions)
    if says_none(answer) and not facts.symptoms:
        return [], facts.absent_symptoms
    return facts.symptoms, facts.absent_symptoms


def describe(slot: str, value: Parsed) -> str:
    """A short human echo of a stored answer ("eyelid", "about 3 days")."""
    kb = get_kb()
    if value in (None, UNKNOWN, [UNKNOWN]):
        return "not sure"
    if slot == "duration" and isinstance(value, (int, float)):
        return durations.describe_days(float(value))
    if slot == "frequency":
        return durations.FREQUENCY_WORDS.get(str(value), str(value))
    tables = {"body_part": kb.body_parts, "triggers": kb.triggers,
              "associated_symptoms": kb.symptoms}
    if isinstance(value, list):
        table = tables.get(slot, {})
        names = [table[v].name.lower() if v in table else str(v) for v in value]
        return ", ".join(names) if names else "nothing"
    return str(value)
