"""Validation of the check-up form: every answer is normalised through bot/.

Values come either from the knowledge-base entities (already canonical ids, possibly for a slot
that was not asked: the user's correction or extra facts) or from the free text of the answer
to the question asked. An urgent red flag that appears inside the form is announced here, and an
emergency that only the answers together show ends the form at once (the assessment follows).
"""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.forms import FormValidationAction
from rasa_sdk.types import DomainDict

from actions import slots
from actions.red_flag_notice import announce_urgent_flags
from actions.tracker_facts import facts_from_slot_values, latest_entities, mentions_in_latest
from bot import form_answers
from bot.durations import FREQUENCIES
from bot.kb import Level, get_kb
from bot.triage import triage

DomainSlots = Dict[Text, Any]
UNKNOWN = slots.UNKNOWN
ENTITY_FOR_SLOT = {slots.BODY_PART: "body_part", slots.DURATION: "duration",
                   slots.FREQUENCY: "frequency", slots.TRIGGERS: "trigger",
                   slots.ASSOCIATED_SYMPTOMS: "symptom"}
FREQUENCY_IDS = {frequency_id for frequency_id, _ in FREQUENCIES}
ASK_AGAIN = {
    slots.BODY_PART: "Sorry, I didn't recognise that place. Could you name the body part, for "
                     "example 'left eyelid', 'calf' or 'all over'? ('not sure' is fine too.)",
    slots.DURATION: "Sorry, I didn't catch how long. Something like '2 days', 'since Monday' or "
                    "'a few weeks' works, or say 'not sure'.",
    slots.FREQUENCY: "Sorry, I didn't catch how often. For example 'all the time', 'a few times "
                     "a day' or 'now and then'.",
}


def _names_other_facts_only(tracker: Tracker, slot: str) -> bool:
    kinds = {e.get("entity") for e in latest_entities(tracker) if not e.get("role")}
    return bool(kinds & set(ENTITY_FOR_SLOT.values())) and ENTITY_FOR_SLOT[slot] not in kinds


def _value_before_this_turn(tracker: Tracker, slot: str) -> Any:
    seen_user = False
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            seen_user = True
        elif seen_user and event.get("event") == "slot" and event.get("name") == slot:
            return event.get("value")
    return None


def _bot_texts_of_previous_turn(tracker: Tracker) -> List[str]:
    """What the bot said between the user's previous message and the latest one."""
    texts: List[str] = []
    users_seen = 0
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            users_seen += 1
            if users_seen == 2:
                break
        elif event.get("event") == "bot" and users_seen == 1:
            texts.append(event.get("text") or "")
    return texts


def _emergency_across_turns(tracker: Tracker, events: List[EventType]) -> bool:
    """The answers so far, this turn's included, make an emergency no single message showed: "on
    sertraline for years" early on, "sweating a lot, and palpitations" now (the medicine's rows of
    a red flag). Not once an emergency was already given."""
    if tracker.get_slot(slots.TRIAGE_LEVEL) == Level.emergency.value:
        return False
    values = {**tracker.current_slot_values(),
              **{e["name"]: e["value"] for e in events if e.get("event") == "slot"}}
    return triage(facts_from_slot_values(values)).level is Level.emergency


class ValidateSymptomForm(FormValidationAction):
    def name(self) -> Text:
        return "validate_symptom_form"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> List[EventType]:
        announce_urgent_flags(dispatcher, tracker)
        events = await super().run(dispatcher, tracker, domain)
        if _emergency_across_turns(tracker, events):
            # the finished check-up's rule then runs action_assess, whose emergency assessment
            # names the signs, before any further question
            events.append(SlotSet(slots.REQUESTED_SLOT, None))
        return events

    @staticmethod
    def _ask_again(slot: str, dispatcher: CollectingDispatcher, tracker: Tracker) -> DomainSlots:
        """Ask once more; if this answer was already the second try, note it as unknown so the
        check-up never loops."""
        prompt = ASK_AGAIN[slot]
        if _names_other_facts_only(tracker, slot):
            return {slot: None}  # a correction of another answer; the question is asked again
        if prompt in _bot_texts_of_previous_turn(tracker):
            dispatcher.utter_message(text="I'll note that as 'not sure' and move on.")
            return {slot: [UNKNOWN] if slot == slots.BODY_PART else UNKNOWN}
        dispatcher.utter_message(text=prompt)
        return {slot: None}

    def _accept(self, slot: str, parsed: Any, dispatcher: CollectingDispatcher,
                tracker: Tracker) -> DomainSlots:
        """Store an understood answer (confirming a correction), or ask again."""
        if parsed is None:
            return self._ask_again(slot, dispatcher, tracker)
        self._echo(slot, parsed, dispatcher, tracker)
        return {slot: parsed}

    @staticmethod
    def _echo(slot: str, value: Any, dispatcher: CollectingDispatcher,
              tracker: Tracker) -> None:
        """Confirm a fact the user gave for a question that was not the one asked."""
        asked = tracker.get_slot(slots.REQUESTED_SLOT)
        if asked and asked != slot and _value_before_this_turn(tracker, slot) not in (None, value):
            dispatcher.utter_message(
                text=f"Got it, I've updated that: {slot.replace('_', ' ')} = "
                     f"{form_answers.describe(slot, value)}.")

    def validate_body_part(self, value: Any, dispatcher: CollectingDispatcher,
                           tracker: Tracker, domain: DomainDict) -> DomainSlots:
        if value is None:  # cleared by "restart": not an answer
            return {slots.BODY_PART: None}
        if isinstance(value, list):
            parts = form_answers.known_ids(value, get_kb().body_parts)
        else:
            parts = form_answers.parse_body_parts(str(value), mentions_in_latest(tracker))
        return self._accept(slots.BODY_PART, parts or None, dispatcher, tracker)

    def validate_duration(self, value: Any, dispatcher: CollectingDispatcher,
                          tracker: Tracker, domain: DomainDict) -> DomainSlots:
        if value is None:  # cleared by "restart": not an answer
            return {slots.DURATION: None}
        days: Optional[Any] = value if isinstance(value, (int, float)) else \
            form_answers.parse_duration(str(value))
        return self._accept(slots.DURATION, days, dispatcher, tracker)

    def validate_frequency(self, value: Any, dispatcher: CollectingDispatcher,
                           tracker: Tracker, domain: DomainDict) -> DomainSlots:
        if value is None:  # cleared by "restart": not an answer
            return {slots.FREQUENCY: None}
        frequency = value if value in FREQUENCY_IDS else form_answers.parse_frequency(str(value))
        return self._accept(slots.FREQUENCY, frequency, dispatcher, tracker)

    def validate_triggers(self, value: Any, dispatcher: CollectingDispatcher,
                          tracker: Tracker, domain: DomainDict) -> DomainSlots:
        if value is None:  # cleared by "restart": not an answer
            return {slots.TRIGGERS: None}
        if isinstance(value, list):
            found = form_answers.known_ids(value, get_kb().triggers)
        else:
            found = form_answers.parse_triggers(str(value), mentions_in_latest(tracker))
        self._echo(slots.TRIGGERS, found, dispatcher, tracker)
        return {slots.TRIGGERS: found}

    def validate_associated_symptoms(self, value: Any, dispatcher: CollectingDispatcher,
                                     tracker: Tracker, domain: DomainDict) -> DomainSlots:
        if value is None:  # cleared by "restart": not an answer
            return {slots.ASSOCIATED_SYMPTOMS: None}
        if isinstance(value, list):
            present = form_answers.known_ids(value, get_kb().symptoms)
            absent: List[str] = []
        else:
            present, absent = form_answers.parse_symptoms(str(value), mentions_in_latest(tracker))
        result: DomainSlots = {slots.ASSOCIATED_SYMPTOMS: present}
        if absent:
            known_absent = tracker.get_slot(slots.ABSENT_SYMPTOMS) or []
            result[slots.ABSENT_SYMPTOMS] = list(dict.fromkeys([*known_absent, *absent]))
        return result
