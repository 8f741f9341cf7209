"""The assessment at the end of the check-up: triage level, likely causes, remedies, sources."""

from __future__ import annotations

import dataclasses
from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions import slots
from actions.red_flag_notice import all_red_flags
from actions.tracker_facts import facts_from_slots
from bot import answers


class ActionAssess(Action):
    def name(self) -> Text:
        return "action_assess"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
            domain: Dict[Text, Any]) -> List[EventType]:
        facts = facts_from_slots(tracker)
        facts.red_flags = all_red_flags(tracker)
        snapshot = dataclasses.asdict(facts)
        if snapshot == tracker.get_slot(slots.ASSESSED_FACTS) and tracker.get_slot(
                slots.TRIAGE_LEVEL):
            # a question after the assessment re-enters the finished form: nothing new to say
            dispatcher.utter_message(response="utter_anything_else")
            return []
        assessment = answers.assess(facts)
        for message in answers.render_assessment(assessment):
            dispatcher.utter_message(text=message)
        return [
            SlotSet(slots.TRIAGE_LEVEL, assessment.triage.level.value),
            SlotSet(slots.RED_FLAGS, assessment.triage.red_flag_ids),
            SlotSet(slots.ASSESSED_FACTS, snapshot),
        ]
