"""Red-flag actions. The generic advice is a domain response uttered by the rule before these
run, so it reaches the user even when this action server is down; these add the specifics."""

from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions import slots
from actions.handoff import record_escalation
from actions.red_flag_notice import advise, all_red_flags, highest_level, latest_flags
from bot import answers
from bot.kb import Level


class ActionEscalate(Action):
    """After `utter_emergency`: the flag-specific advice and the configured number."""

    def name(self) -> Text:
        return "action_escalate"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
            domain: Dict[Text, Any]) -> List[EventType]:
        advise(dispatcher, latest_flags(tracker, Level.emergency))
        dispatcher.utter_message(text=f"Please call {answers.emergency_number()} now. "
                                      "I'm only a bot and can't call for you.")
        flags = all_red_flags(tracker)
        record_escalation(tracker, "red_flag", Level.emergency.value, flags)
        return [SlotSet(slots.TRIAGE_LEVEL, Level.emergency.value),
                SlotSet(slots.RED_FLAGS, flags)]


class ActionFlagUrgent(Action):
    """After `utter_urgent_advice`: why, then the check-up goes on to a full assessment."""

    def name(self) -> Text:
        return "action_flag_urgent"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
            domain: Dict[Text, Any]) -> List[EventType]:
        advise(dispatcher, latest_flags(tracker, Level.urgent))
        flags = all_red_flags(tracker)
        known = tracker.get_slot(slots.TRIAGE_LEVEL)
        # never lower a level already reached (an emergency may have no recognised flag id)
        levels = [highest_level(flags), Level.urgent] + ([Level(known)] if known else [])
        level = max(levels, key=lambda lvl: lvl.rank)
        dispatcher.utter_message(text="I'll ask a few more questions so I can give you the "
                                      "full picture.")
        record_escalation(tracker, "red_flag", level.value, flags)
        return [SlotSet(slots.TRIAGE_LEVEL, level.value), SlotSet(slots.RED_FLAGS, flags)]
