"""Two safety nets inside Rasa's processor, installed when Rasa imports the `server` package
(through any of our channels in credentials.yml or our stores in endpoints.yml), so they cover
every channel:

- When the action server cannot run an action, the person hears a safe message instead of
  silence (Rasa 3.6 logs the error and says nothing): RemoteAction.run is wrapped and the
  returned BotUttered is sent like any other bot message. Form validation (`validate_*`) keeps
  Rasa's own handling; emergency advice never depends on the action server.
- A conversation paused for a human (request_human) still gets the emergency advice when an
  emergency message arrives (Rasa would store it and stay silent): the processor handles a
  paused conversation's turn when its intent is `emergency`; EmergencyPolicy then gives
  utter_emergency and action_escalate alerts the care team. The conversation stays paused."""

from __future__ import annotations

import logging
from typing import Any, List

from rasa.core.actions.action import ActionExecutionRejection, RemoteAction, create_bot_utterance
from rasa.core.processor import MessageProcessor
from rasa.shared.exceptions import RasaException

logger = logging.getLogger(__name__)

RESPONSE = "utter_technical_problem"
_original_run = RemoteAction.run


async def _run_or_apologise(self: RemoteAction, output_channel: Any, nlg: Any, tracker: Any,
                            domain: Any) -> List[Any]:
    try:
        return await _original_run(self, output_channel, nlg, tracker, domain)
    except ActionExecutionRejection:
        raise
    except RasaException:
        if self.name().startswith("validate_") or RESPONSE not in domain.responses:
            raise
        logger.error("action %s failed; the person gets %s", self.name(), RESPONSE)
        message = await nlg.generate(RESPONSE, tracker, output_channel.name())
        return [create_bot_utterance(message)] if message else []


# Intents answered even while a conversation is paused for a human.
ANSWERED_WHILE_PAUSED = {"emergency"}
_original_should_handle = MessageProcessor._should_handle_message


def _should_handle_message(tracker: Any) -> bool:
    if _original_should_handle(tracker):
        return True
    latest = tracker.latest_message
    return latest is not None and latest.intent.get("name") in ANSWERED_WHILE_PAUSED


def install() -> None:
    if RemoteAction.run is not _run_or_apologise:
        RemoteAction.run = _run_or_apologise  # type: ignore[method-assign]
    if MessageProcessor._should_handle_message is not _should_handle_message:
        MessageProcessor._should_handle_message = staticmethod(  # type: ignore[method-assign]
            _should_handle_message)
