"""Getting a person to a human, and "delete my data". The infrastructure (records, alerts,
deletion, retention) is in handoff/; these only adapt Rasa's tracker to it."""

from __future__ import annotations

import logging
from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ConversationPaused, EventType
from rasa_sdk.executor import CollectingDispatcher

from actions import slots
from bot import answers
from handoff import service
from handoff.alerts import worker

logger = logging.getLogger(__name__)

# Started when the action server imports the actions, so alerts left unsent by a crash or a
# restart are retried at once.
try:
    worker()
except Exception as e:  # the database may be down at start-up: the worker retries later
    logger.error("handoff worker not started: %s", type(e).__name__)


def record_escalation(tracker: Tracker, kind: str, level: Optional[str],
                      red_flags: List[str]) -> None:
    service.escalate(
        conversation_id=tracker.sender_id,
        channel=tracker.get_latest_input_channel(),
        kind=kind, level=level, red_flags=red_flags,
        user_text=(tracker.latest_message or {}).get("text"),
    )


class ActionRequestHuman(Action):
    """Alert the clinician channel, tell the person how help reaches them, pause the bot."""

    def name(self) -> Text:
        return "action_request_human"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
            domain: Dict[Text, Any]) -> List[EventType]:
        record_escalation(tracker, "human_request", tracker.get_slot(slots.TRIAGE_LEVEL),
                          tracker.get_slot(slots.RED_FLAGS) or [])
        dispatcher.utter_message(text=(
            "I've asked a member of our care team to take over. A person will reply to you "
            "here, in this chat, as soon as they can; I'll stay quiet until then. "
            f"If it becomes an emergency while you wait, call {answers.emergency_number()} "
            "now: don't wait for a reply."))
        return [ConversationPaused()]


class ActionDeleteMyData(Action):
    """After the person confirmed: delete this conversation from the tracker store and keep
    only what an alert needed in the escalation records (done by handoff's worker right after
    this turn is saved)."""

    def name(self) -> Text:
        return "action_delete_my_data"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
            domain: Dict[Text, Any]) -> List[EventType]:
        if service.request_deletion(tracker.sender_id):
            dispatcher.utter_message(response="utter_data_deleted")
        else:
            dispatcher.utter_message(response="utter_data_not_deleted")
        return []
