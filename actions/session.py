"""Conversation lifecycle: the greeting with the disclaimer, and starting the check-up over."""

from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActionExecuted, EventType, SessionStarted, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions import slots

# Cleared by "restart"; red flags and the triage level are cleared too, because the user is
# describing a new situation (the escalation record itself lives in the tracker history).
CHECKUP_SLOTS = [*slots.FORM_SLOTS, slots.ABSENT_SYMPTOMS, slots.RED_FLAGS, slots.TRIAGE_LEVEL,
                 slots.ASSESSED_FACTS, slots.PENDING_RED_FLAG, slots.SETTLED_MEDICINES]


class ActionSessionStart(Action):
    def name(self) -> Text:
        return "action_session_start"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
            domain: Dict[Text, Any]) -> List[EventType]:
        dispatcher.utter_message(response="utter_greet")
        dispatcher.utter_message(response="utter_disclaimer")
        carried = [SlotSet(name, value) for name, value in tracker.current_slot_values().items()
                   if value is not None and name != slots.REQUESTED_SLOT]
        return [SessionStarted(), *carried, ActionExecuted("action_listen")]


class ActionStartOver(Action):
    def name(self) -> Text:
        return "action_start_over"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
            domain: Dict[Text, Any]) -> List[EventType]:
        return [SlotSet(name, None) for name in CHECKUP_SLOTS]
