"""Rank the likely causes for a set of facts, and pick the remedies that fit them.

Scores are simple and explainable: a named trigger that a cause lists counts most, then a
matching accompanying symptom, then the site, then how common the cause is. Rare serious causes
(ALS, MS...) are only listed when a symptom points to them, so nobody is frightened by a list.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import List, Optional

from bot.facts import Facts
from bot.kb import ANY, Cause, Evidence, KnowledgeBase, Remedy, get_kb

PRIOR = {"common": 3.0, "uncommon": 1.5, "rare": 0.5}
# A trigger counts more for a cause that names few triggers: coffee points to "caffeine" more
# than to "eyelid myokymia", which lists ten everyday triggers.
TRIGGER_WEIGHT = 6.0
CUE_WEIGHT = 3.0
SITE_WEIGHT = 1.5


@dataclass(frozen=True)
class RankedCause:
    cause: Cause
    score: float
    reasons: List[str]


@dataclass(frozen=True)
class PickedRemedy:
    remedy: Remedy
    reason: str


def _sites(facts: Facts, kb: KnowledgeBase) -> List[str]:
    """The user's sites plus what they are part of ("calf" also counts as "leg")."""
    sites = list(facts.body_parts)
    for part in facts.body_parts:
        parent = kb.body_parts[part].part_of if part in kb.body_parts else None
        if parent:
            sites.append(parent)
    return sites


def _score(cause: Cause, facts: Facts, kb: KnowledgeBase) -> Optional[RankedCause]:
    reasons: List[str] = []
    score = PRIOR[cause.likelihood]
    triggers = [t for t in facts.triggers if t in cause.triggers]
    for trigger in triggers:
        score += TRIGGER_WEIGHT / math.sqrt(len(cause.triggers))
        reasons.append(f"you mentioned {kb.triggers[trigger].name.lower()}")
    cues = [s for s in facts.symptoms if s in cause.cues]
    for cue in cues:
        score += CUE_WEIGHT
        reasons.append(f"it can come with {kb.symptoms[cue].name.lower()}")
    sites = _sites(facts, kb)
    if sites and ANY not in cause.body_parts:
        matching = [s for s in sites if s in cause.body_parts]
        if not matching and "widespread" not in sites:
            return None
        if matching:
            score += SITE_WEIGHT
            reasons.append(f"it often shows in the {kb.body_parts[matching[0]].name.lower()}")
    if cause.likelihood == "rare" and not cues:
        return None
    if cause.evidence == Evidence.low:
        score *= 0.5
    if not reasons:
        reasons.append(f"it is a {cause.likelihood} cause of twitching")
    return RankedCause(cause, score, reasons)


def rank_causes(facts: Facts, kb: Optional[KnowledgeBase] = None, limit: int = 4
                ) -> List[RankedCause]:
    kb = kb or get_kb()
    ranked = [r for r in (_score(c, facts, kb) for c in kb.causes.values()) if r]
    ranked.sort(key=lambda r: -r.score)  # stable: ties keep the knowledge-base order
    return ranked[:limit]


def pick_remedies(facts: Facts, causes: List[RankedCause], kb: Optional[KnowledgeBase] = None,
                  limit: int = 4) -> List[PickedRemedy]:
    """Remedies aimed at the user's triggers first, then those of the top causes."""
    kb = kb or get_kb()
    sites = _sites(facts, kb)
    picked: List[PickedRemedy] = []

    def fits_site(remedy: Remedy) -> bool:
        return ANY in remedy.body_parts or not sites or any(s in remedy.body_parts for s in sites)

    def add(remedy: Remedy, reason: str) -> None:
        if remedy.id not in {p.remedy.id for p in picked} and fits_site(remedy):
            picked.append(PickedRemedy(remedy, reason))

    for trigger in facts.triggers:
        for remedy in kb.remedies.values():
            if trigger in remedy.helps_with and remedy.evidence != Evidence.low:
                add(remedy, f"for the {kb.triggers[trigger].name.lower()}")
    for ranked in causes:
        for remedy_id in ranked.cause.remedies:
            remedy = kb.remedies[remedy_id]
            if remedy.evidence != Evidence.low:
                add(remedy, f"helps when the cause is {ranked.cause.name.lower()}")
    return picked[:limit]


def causes_for_site(body_part: Optional[str], kb: Optional[KnowledgeBase] = None,
                    limit: int = 5) -> List[RankedCause]:
    """The common causes for a site, for "why does my eye twitch?" before any check-up."""
    facts = Facts(body_parts=[body_part] if body_part else [])
    return rank_causes(facts, kb, limit)
