"""When the action server cannot run an action, the person hears a safe message instead of
silence (Rasa 3.6 logs the error and says nothing).

Installed by importing server.channels.rest (credentials.yml loads it in every `rasa run`), so
it covers every channel: it wraps RemoteAction.run, and the returned BotUttered is sent by
Rasa's processor like any other bot message. Form validation (`validate_*`) keeps Rasa's own
handling; emergency advice never depends on the action server (utter_emergency, a response)."""

from __future__ import annotations

import logging
from typing import Any, List

from rasa.core.actions.action import ActionExecutionRejection, RemoteAction, create_bot_utterance
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


def install() -> None:
    if RemoteAction.run is not _run_or_apologise:
        RemoteAction.run = _run_or_apologise  # type: ignore[method-assign]
