"""The entities a message yields, as Rasa entity dicts (built without importing Rasa).

Values are canonical knowledge-base ids (durations in days); each carries its clinical context.
A symptom, condition, red flag, body part, duration or trigger that is denied, hypothetical or
someone's history gets a Rasa role (`absent`, `hypothetical`, `other`; a condition in the user's
own past `history`), so slot mappings without a role only see present ones ("no coffee", a
medicine not started yet or stopped years ago is no trigger of the twitch now). A medicine long
taken at the same dose gets `settled`: no suspected cause, but kept for the serotonin rows.
"""

from __future__ import annotations

from typing import Any, Dict, List

from bot.mentions import Mention
from bot.screening import Screen

ENTITY_KINDS = ("body_part", "duration", "frequency", "trigger", "symptom", "condition")
EXTRACTOR = "ClinicalFactExtractor"
ROLE_KINDS = ("symptom", "red_flag", "condition", "body_part", "duration", "trigger")


def mention_entity(mention: Mention) -> Dict[str, Any]:
    entity: Dict[str, Any] = {
        "entity": mention.kind, "value": mention.value, "start": mention.start,
        "end": mention.end, "confidence_entity": 1.0, "negated": mention.negated,
        "hypothetical": mention.hypothetical, "historical": mention.historical,
        "experiencer": mention.experiencer, "settled": mention.settled,
    }
    # a site or a duration that is not the user's twitch now ("both arms go up fine", "my dad
    # was jerking everywhere", "nothing since in 20 years") gets a role too, so the form's
    # role-less slot mappings do not take it for a twitch site or the twitch's duration
    if mention.kind in ROLE_KINDS and mention.role:
        entity["role"] = mention.role
    return entity


def message_entities(text: str, mentions: List[Mention], screen: Screen) -> List[Dict[str, Any]]:
    mentions = [m for m in mentions if not m.asked]  # a term asked about reports nothing
    entities = [mention_entity(m) for m in mentions if m.kind in ENTITY_KINDS]
    for flag in screen.flags:
        span = screen.spans.get(flag)
        start, end = (span.start, span.end) if span else (0, len(text))
        entities.append({"entity": "red_flag", "value": flag, "start": start, "end": end,
                         "confidence_entity": 1.0})
    # a denied or hypothetical red flag is kept, with its role, for the answers
    entities += [mention_entity(m) for m in mentions if m.kind == "red_flag" and not m.asserted]
    return [{**entity, "extractor": EXTRACTOR} for entity in entities]
