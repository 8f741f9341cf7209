"""Everything the assistant says about medicine, composed from the knowledge base.

Actions call these functions and send the strings they return; no medical wording lives in
actions/. Each answer names its sources and, where it matters, when to see a doctor.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from typing import Iterable, List, Optional

from bot.facts import Facts
from bot.kb import Definition, KnowledgeBase, Level, get_kb
from bot.mentions import Mention
from bot.ranking import (PickedRemedy, RankedCause, causes_for_site, pick_remedies,
                         rank_causes)
from bot.triage import TriageResult, triage

DISCLAIMER = ("This is general information, not a diagnosis: if you are unsure or it gets "
              "worse, see a doctor.")
DEFAULT_EMERGENCY_NUMBER = "your local emergency number (911 in the US, 999 in the UK, 112 in the EU)"
LEVEL_HEADLINES = {
    Level.emergency: "🚨 This needs emergency help: call {number} now.",
    Level.urgent: "⚠️ Please see a doctor today or tomorrow (your GP or an urgent care clinic).",
    Level.routine: "📅 Please book an appointment with your doctor (GP) to get this checked; it is not an emergency.",
    Level.self_care: "🏠 From what you've told me, this sounds like the common, harmless kind of twitch that you can usually manage at home.",
}
LEVEL_ADVICE = {
    Level.emergency: "this needs emergency help now.",
    Level.urgent: "you should see a doctor today or tomorrow.",
    Level.routine: "it's worth booking a doctor's appointment, but it's not an emergency.",
    Level.self_care: "this sounds like the common, harmless kind of twitch, which usually "
                     "settles with rest, sleep and less caffeine.",
}
BULLET = "• "


def emergency_number() -> str:
    """Configurable per deployment, e.g. EMERGENCY_NUMBER="000 (Australia)"."""
    return os.environ.get("EMERGENCY_NUMBER", "").strip() or DEFAULT_EMERGENCY_NUMBER


def _sources(ids: Iterable[str], kb: KnowledgeBase) -> str:
    titles = []
    for source_id in dict.fromkeys(ids):
        source = kb.sources[source_id]
        label = source.title if source.kind == "clinical_guidance" else f"{source.title} ({source_id})"
        # a Markdown link: the web widget shows it as a link, Slack and Telegram rewrite it
        titles.append(f"[{label}]({source.url})" if source.url else label)
    return "Sources: " + "; ".join(titles)


def _label(name: str) -> str:
    return name[:1].lower() + name[1:] if name[:2] != name[:2].upper() else name


@dataclass(frozen=True)
class Assessment:
    facts: Facts
    triage: TriageResult
    causes: List[RankedCause]
    remedies: List[PickedRemedy]


def assess(facts: Facts, kb: Optional[KnowledgeBase] = None) -> Assessment:
    kb = kb or get_kb()
    result = triage(facts, kb)
    causes = rank_causes(facts, kb)
    remedies = pick_remedies(facts, causes, kb)
    return Assessment(facts, result, causes, remedies)


def see_doctor_if(kb: KnowledgeBase, levels=(Level.urgent, Level.routine)) -> List[str]:
    return [flag.name for flag in kb.red_flags.values() if flag.level in levels]


def render_assessment(assessment: Assessment, kb: Optional[KnowledgeBase] = None) -> List[str]:
    kb = kb or get_kb()
    result = assessment.triage
    messages = [LEVEL_HEADLINES[result.level].format(number=emergency_number())]
    cited: List[str] = []
    if result.findings:
        lines = []
        for finding in result.findings:
            lines.append(f"{BULLET}{finding.flag.name} ({finding.because}): {finding.flag.advice}")
            cited += finding.flag.sources
        messages.append("Why I say this:\n" + "\n".join(lines))
    if assessment.causes:
        lines = [f"{BULLET}{r.cause.name}: {r.cause.summary} (ranked up because "
                 f"{' and '.join(r.reasons)})" for r in assessment.causes]
        messages.append("Possible causes, most likely first (I can't diagnose, only a "
                        "clinician can):\n" + "\n".join(lines))
        cited += [s for r in assessment.causes for s in r.cause.sources]
        notes = list(dict.fromkeys(r.cause.doctor_note for r in assessment.causes
                                   if r.cause.doctor_note))
        if notes:
            messages.append(" ".join(notes))
    if assessment.remedies and result.level != Level.emergency:
        lines = [f"{BULLET}{p.remedy.name} ({p.reason}): {p.remedy.advice}"
                 for p in assessment.remedies]
        messages.append("What may help:\n" + "\n".join(lines))
        cited += [s for p in assessment.remedies for s in p.remedy.sources]
    if result.level in (Level.self_care, Level.routine):
        items = [name for name in see_doctor_if(kb)
                 if name not in {f.flag.name for f in result.findings}]
        messages.append("See a doctor if any of these happen:\n"
                        + "\n".join(BULLET + item for item in items)
                        + f"\nCall {emergency_number()} for sudden trouble speaking, breathing "
                          "or swallowing, a seizure, or a face or arm that suddenly droops.")
    messages.append(_sources(cited, kb))
    messages.append(DISCLAIMER)
    return messages


def explain_causes(body_part: Optional[str], kb: Optional[KnowledgeBase] = None) -> List[str]:
    kb = kb or get_kb()
    ranked = causes_for_site(body_part, kb)
    where = kb.body_parts[body_part].name.lower() if body_part in kb.body_parts else "a muscle"
    lines = [f"{BULLET}{r.cause.name}: {r.cause.summary}" for r in ranked]
    return [
        f"Most twitches in {'the ' + where if body_part else where} are harmless and come from "
        "everyday things. The usual causes:\n" + "\n".join(lines),
        "Rare nerve conditions (such as ALS or MS) almost always bring other signs too, like "
        "weakness or muscle loss; twitching on its own is very rarely a sign of them.",
        _sources([s for r in ranked for s in r.cause.sources], kb),
    ]


def answer_worry(facts: Facts, hypothetical: List[Mention],
                 kb: Optional[KnowledgeBase] = None) -> List[str]:
    """Grounded in the user's own facts when there are any; general reassurance otherwise."""
    kb = kb or get_kb()
    messages: List[str] = []
    known = facts.body_parts or facts.duration_days is not None or facts.symptoms
    if known:
        result = triage(facts, kb)
        messages.append("Based on what you've told me so far: " + LEVEL_ADVICE[result.level])
        if result.findings:
            messages.append("Because: " + "; ".join(
                f"{f.flag.name.lower()} ({f.because})" for f in result.findings))
    else:
        messages.append("Most muscle and eyelid twitches are harmless and fade on their own "
                        "within days or a few weeks, often once sleep, stress or caffeine "
                        "settle down.")
    flags = _flags_for_symptoms([str(m.value) for m in hypothetical], kb)
    for flag in flags:
        messages.append(f"If that did happen ({flag.name.lower()}): {flag.advice}")
    if not flags:
        messages.append("A few signs do need a doctor: weakness or muscle loss, twitching that "
                        "spreads or lasts more than two weeks, a drooping eyelid or double "
                        "vision.")
    messages.append(_sources(["nhs_twitching", "004_665e3d9c560936af.txt",
                              *[s for f in flags for s in f.sources]], kb))
    return messages


def _flags_for_symptoms(symptoms: List[str], kb: KnowledgeBase):
    return [flag for flag in kb.red_flags.values()
            if any(row and all(s in symptoms for s in row) for row in flag.when)
            or flag.id in symptoms]


def suggest_remedies(facts: Facts, kb: Optional[KnowledgeBase] = None) -> List[str]:
    kb = kb or get_kb()
    causes = rank_causes(facts, kb)
    picked = pick_remedies(facts, causes, kb, limit=5)
    lines = [f"{BULLET}{p.remedy.name}: {p.remedy.advice}" for p in picked]
    cautions = [p.remedy.caution for p in picked if p.remedy.caution]
    messages = ["There's no single switch that stops a twitch, but these usually help:\n"
                + "\n".join(lines)]
    if cautions:
        messages.append(" ".join(dict.fromkeys(cautions)))
    messages.append("If it lasts more than two weeks, spreads, or comes with weakness, see a "
                    "doctor.")
    messages.append(_sources([s for p in picked for s in p.remedy.sources], kb))
    return messages


def when_to_see_doctor(kb: Optional[KnowledgeBase] = None) -> List[str]:
    kb = kb or get_kb()
    groups = [
        (Level.emergency, f"Call {emergency_number()} now for:"),
        (Level.urgent, "See a doctor today or tomorrow for:"),
        (Level.routine, "Book a doctor's appointment if:"),
    ]
    messages = []
    cited: List[str] = []
    for level, heading in groups:
        flags = [f for f in kb.red_flags.values() if f.level == level]
        messages.append(heading + "\n" + "\n".join(BULLET + f.name for f in flags))
        cited += [s for f in flags for s in f.sources]
    messages.append("Otherwise a twitch can usually be managed at home. " + DISCLAIMER)
    messages.append(_sources(cited, kb))
    return messages


def _definition_for(text: str, kb: KnowledgeBase) -> Optional[Definition]:
    lowered = (text or "").lower()
    best, best_length = None, 0
    named = set()  # terms named at all, plurals included ("twitches", "spasms")
    for definition in kb.definitions.values():
        for phrase in [definition.term, *definition.synonyms]:
            phrase = phrase.lower()
            if not re.search(rf"\b{re.escape(phrase)}", lowered):
                continue
            named.add(definition.id)
            if re.search(rf"\b{re.escape(phrase)}\b", lowered) and len(phrase) > best_length:
                best, best_length = definition, len(phrase)
    # "twitch vs spasm": a question naming two terms is about their difference
    if len(named & {"twitch", "spasm", "cramp", "fasciculation"}) >= 2 \
            and "twitch_vs_spasm_vs_cramp" in kb.definitions:
        return kb.definitions["twitch_vs_spasm_vs_cramp"]
    return best


def define_term(text: str, kb: Optional[KnowledgeBase] = None) -> List[str]:
    kb = kb or get_kb()
    definition = _definition_for(text, kb)
    if definition is None:
        terms = ", ".join(d.term for d in kb.definitions.values())
        return [f"I can explain these words: {terms}. Which one would you like?"]
    return [f"{definition.term}: {definition.text}", _sources(definition.sources, kb)]
