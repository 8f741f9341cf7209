"""Read the user's facts from a tracker: slots plus the entities of the latest message."""

from __future__ import annotations

from typing import Any, Dict, List, Tuple

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet

from actions import slots
from bot.facts import Facts, facts_from_mentions
from bot.mentions import Mention


def _ids(value: Any) -> List[str]:
    if value is None:
        return []
    items = value if isinstance(value, list) else [value]
    return [str(item) for item in items if item not in (None, "", slots.UNKNOWN)]


def facts_from_slots(tracker: Tracker) -> Facts:
    return facts_from_slot_values(tracker.current_slot_values())


def facts_from_slot_values(values: Dict[str, Any]) -> Facts:
    duration = values.get(slots.DURATION)
    frequency = values.get(slots.FREQUENCY)
    return Facts(
        body_parts=_ids(values.get(slots.BODY_PART)),
        duration_days=float(duration) if isinstance(duration, (int, float)) else None,
        frequency=frequency if frequency not in (None, slots.UNKNOWN) else None,
        triggers=_ids(values.get(slots.TRIGGERS)),
        symptoms=_ids(values.get(slots.ASSOCIATED_SYMPTOMS)),
        absent_symptoms=_ids(values.get(slots.ABSENT_SYMPTOMS)),
        red_flags=_ids(values.get(slots.RED_FLAGS)),
        settled_medicines=_ids(values.get(slots.SETTLED_MEDICINES)),
    )


def latest_entities(tracker: Tracker) -> List[Dict[str, Any]]:
    return list((tracker.latest_message or {}).get("entities") or [])


def latest_text(tracker: Tracker) -> str:
    return str((tracker.latest_message or {}).get("text") or "")


def mentions_in_latest(tracker: Tracker) -> List[Mention]:
    """The extractor's entities turned back into mentions (with their clinical context)."""
    found = []
    for entity in latest_entities(tracker):
        if entity.get("extractor") != "ClinicalFactExtractor":
            continue
        found.append(Mention(
            kind=entity["entity"], value=entity["value"], start=entity.get("start", 0),
            end=entity.get("end", 0), text="", negated=bool(entity.get("negated")),
            hypothetical=bool(entity.get("hypothetical")),
            historical=bool(entity.get("historical")),
            experiencer=entity.get("experiencer", "user"),
            settled=bool(entity.get("settled"))))
    return found


def record_latest_facts(tracker: Tracker) -> Tuple[Facts, List[SlotSet]]:
    """Facts named inside a question ("why does my *eye* twitch?") are kept like any other:
    question intents do not fill slots through mappings (see domain.yml), so this does."""
    new = facts_from_mentions(mentions_in_latest(tracker))
    events: List[SlotSet] = []
    if new.body_parts:
        events.append(SlotSet(slots.BODY_PART, new.body_parts))
    if new.duration_days is not None:
        events.append(SlotSet(slots.DURATION, new.duration_days))
    if new.frequency:
        events.append(SlotSet(slots.FREQUENCY, new.frequency))
    # list slots add to what is known
    for slot, named in ((slots.TRIGGERS, new.triggers),
                        (slots.SETTLED_MEDICINES, new.settled_medicines),
                        (slots.ASSOCIATED_SYMPTOMS, new.symptoms)):
        if named:
            known = _ids(tracker.get_slot(slot))
            events.append(SlotSet(slot, list(dict.fromkeys([*known, *named]))))
    return facts_from_slots(tracker).merge(new), events
