"""What we know about the user's twitch, and how a message or a form answer adds to it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import List, Optional

from bot import durations
from bot.mentions import Mention, asserted, find_mentions

UNKNOWN = "unknown"
NONE_WORDS = {"no", "nope", "none", "nothing", "nah", "nothing else", "no nothing else",
              "not really", "no none", "n/a", "na", "nothing really", "no other", "nothing at all"}


@dataclass
class Facts:
    body_parts: List[str] = field(default_factory=list)
    duration_days: Optional[float] = None
    frequency: Optional[str] = None
    triggers: List[str] = field(default_factory=list)
    symptoms: List[str] = field(default_factory=list)  # present now
    absent_symptoms: List[str] = field(default_factory=list)  # explicitly denied
    red_flags: List[str] = field(default_factory=list)  # named directly or found earlier
    # medicines long taken at one dose: not a suspected cause, still a medicine for the serotonin
    # rows of a red flag (bot.mentions.settled)
    settled_medicines: List[str] = field(default_factory=list)

    def merge(self, other: "Facts") -> "Facts":
        """Later facts win for single values; lists are united (absent loses to present)."""
        symptoms = _union(self.symptoms, other.symptoms)
        absent = [s for s in _union(self.absent_symptoms, other.absent_symptoms)
                  if s not in other.symptoms]
        symptoms = [s for s in symptoms if s not in other.absent_symptoms]
        return Facts(
            body_parts=other.body_parts or self.body_parts,
            duration_days=other.duration_days if other.duration_days is not None
            else self.duration_days,
            frequency=other.frequency or self.frequency,
            triggers=_union(self.triggers, other.triggers),
            symptoms=symptoms,
            absent_symptoms=absent,
            red_flags=_union(self.red_flags, other.red_flags),
            settled_medicines=_union(self.settled_medicines, other.settled_medicines),
        )


def _union(first: List[str], second: List[str]) -> List[str]:
    return list(dict.fromkeys([*first, *second]))


# A drooping face or a weak limb that came on suddenly is a stroke sign (NHS/Stroke
# Association FAST), unless the message says it has lasted a day or more.
SUDDEN_STROKE_FLAG = "stroke_signs"
ACUTE_DAYS = 1.0


def _sudden_stroke_sign(mentions: List[Mention], duration_days: Optional[float]) -> bool:
    return (duration_days is None or duration_days < ACUTE_DAYS) and any(
        m.sudden and m.asserted for m in mentions if m.kind == "symptom")


def facts_from_mentions(mentions: List[Mention]) -> Facts:
    duration_values = [float(m.value) for m in mentions if m.kind == "duration" and m.asserted]
    duration_days = max(duration_values) if duration_values else None
    red_flags = asserted(mentions, "red_flag")
    if _sudden_stroke_sign(mentions, duration_days) and SUDDEN_STROKE_FLAG not in red_flags:
        red_flags.append(SUDDEN_STROKE_FLAG)
    frequency_values = asserted(mentions, "frequency")
    return Facts(
        body_parts=asserted(mentions, "body_part"),
        duration_days=duration_days,
        frequency=frequency_values[0] if frequency_values else None,
        triggers=asserted([m for m in mentions if not m.settled], "trigger"),
        symptoms=asserted(mentions, "symptom"),
        absent_symptoms=list(dict.fromkeys(
            str(m.value) for m in mentions if m.kind == "symptom" and m.negated)),
        red_flags=red_flags,
        settled_medicines=asserted([m for m in mentions if m.settled], "trigger"),
    )


def facts_from_text(text: str) -> Facts:
    return facts_from_mentions(find_mentions(text))


def says_none(text: str) -> bool:
    """'no', 'nothing else', 'none': the answer is an explicit nothing."""
    words = " ".join("".join(c for c in (text or "").lower() if c.isalnum() or c in " /").split())
    return words in NONE_WORDS or words.startswith(("nothing", "none", "no nothing", "no none"))


def says_unknown(text: str) -> bool:
    return bool(durations.UNKNOWN_DURATION.search(text or ""))
