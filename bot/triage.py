"""Symptom facts -> triage level and the reasons for it.

Deterministic and data-driven: every rule is a red flag in knowledge/red_flags.yml. The most
severe finding wins; denied symptoms never raise the level (they are not in `facts.symptoms`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import List, Optional

from bot.durations import describe_days
from bot.facts import Facts
from bot.kb import KnowledgeBase, Level, RedFlag, get_kb


@dataclass(frozen=True)
class Finding:
    flag: RedFlag
    because: str  # what the user said that raised it, in plain words

    @property
    def level(self) -> Level:
        return self.flag.level


@dataclass(frozen=True)
class TriageResult:
    level: Level
    findings: List[Finding]

    @property
    def red_flag_ids(self) -> List[str]:
        return [finding.flag.id for finding in self.findings]


def distinct_places(facts: Facts, kb: KnowledgeBase) -> int:
    """How many separate places twitch; 'all over' counts as many."""
    if "widespread" in facts.body_parts:
        return 99
    places = {kb.body_parts[p].part_of or p for p in facts.body_parts if p in kb.body_parts}
    return len(places)


def _row_matches(row: List[str], facts: Facts) -> bool:
    return all(symptom in facts.symptoms for symptom in row)


def _site_applies(flag: RedFlag, facts: Facts) -> bool:
    return not flag.body_parts or any(part in flag.body_parts for part in facts.body_parts)


def _names(ids: List[str], table) -> str:
    return ", ".join(table[i].name.lower() if i in table else i.replace("_", " ") for i in ids)


def _why(flag: RedFlag, facts: Facts, kb: KnowledgeBase) -> Optional[str]:
    """Why this flag applies to these facts, or None when it does not."""
    if flag.id in facts.red_flags:
        return "you described it"
    for row in flag.when:
        if _row_matches(row, facts) and _site_applies(flag, facts):
            return f"you mentioned {_names(row, kb.symptoms)}"
    # a medicine taken for years counts here as much as a new one
    taken = [kb.triggers[t] for t in [*facts.triggers, *facts.settled_medicines]
             if t in kb.triggers]
    if any(trigger.kind == "medicine" for trigger in taken):
        for row in flag.when_on_medicine:
            if _row_matches(row, facts):
                return f"you mentioned {_names(row, kb.symptoms)} with a medicine"
    serotonergic = {trigger.id for trigger in taken if trigger.serotonergic}
    if serotonergic:
        for row in flag.when_on_serotonergic:
            if _row_matches(row, facts):
                return (f"you mentioned {_names(row, kb.symptoms)} with a medicine or drug "
                        "that raises serotonin")
    if len(serotonergic) >= 2:
        for row in flag.when_on_serotonergic_mix:
            if _row_matches(row, facts):
                return (f"you mentioned {_names(row, kb.symptoms)} with two medicines or drugs "
                        "that raise serotonin")
    if flag.min_sites_among is not None:
        sites = [p for p in dict.fromkeys(facts.body_parts) if p in flag.body_parts]
        if len(sites) >= flag.min_sites_among:
            return f"it twitches in the {_names(sites, kb.body_parts)} together"
    if flag.min_duration_days is not None and facts.duration_days is not None:
        if facts.duration_days > flag.min_duration_days:
            return f"it has lasted {describe_days(facts.duration_days)}"
    if flag.min_body_parts is not None and distinct_places(facts, kb) >= flag.min_body_parts:
        return f"it is in several places ({_names(facts.body_parts, kb.body_parts)})"
    if flag.trigger_kinds:
        kinds = [t for t in facts.triggers if t in kb.triggers
                 and kb.triggers[t].kind in flag.trigger_kinds]
        if kinds:
            return f"you mentioned {_names(kinds, kb.triggers)}"
    return None


def triage(facts: Facts, kb: Optional[KnowledgeBase] = None) -> TriageResult:
    kb = kb or get_kb()
    findings = []
    for flag in kb.red_flags.values():
        because = _why(flag, facts, kb)
        if because:
            findings.append(Finding(flag, because))
    findings.sort(key=lambda finding: -finding.level.rank)
    level = findings[0].level if findings else Level.self_care
    return TriageResult(level, findings)
