"""With the action server down, an emergency still gets the emergency advice, and the
`triage_level` / `red_flags` slots are still set in the same turn (DESIGN safety rule 1)."""

from __future__ import annotations

import uuid

import pytest

from .servers import Assistant
from .vignettes import reply_text

pytestmark = pytest.mark.e2e
EMERGENCY = "my face droops on one side and my speech is slurred"


@pytest.fixture
def actions_down(assistant: Assistant):
    assistant.actions.stop()
    try:
        yield assistant
    finally:
        assistant.start_actions()


def _conversation(assistant: Assistant, *messages: str) -> tuple[str, str]:
    sender = f"down-{uuid.uuid4().hex[:8]}"
    replies = []
    for message in messages:
        replies += assistant.send(sender, message)
    return sender, "\n".join(reply_text(r) for r in replies)


def test_emergency_in_the_first_message(actions_down: Assistant):
    sender, said = _conversation(actions_down, EMERGENCY)
    assert "call your local emergency number now" in said.lower()
    slots = actions_down.tracker(sender)["slots"]
    assert slots["triage_level"] == "emergency"
    assert "stroke_signs" in slots["red_flags"]


def test_emergency_inside_the_check_up(assistant: Assistant):
    sender = f"down-{uuid.uuid4().hex[:8]}"
    assistant.send(sender, "my left eyelid keeps twitching")
    assert assistant.tracker(sender)["slots"]["requested_slot"] == "duration"
    assistant.actions.stop()
    try:
        said = "\n".join(reply_text(r) for r in assistant.send(sender, EMERGENCY))
        tracker = assistant.tracker(sender)
    finally:
        assistant.start_actions()
    assert "call your local emergency number now" in said.lower()
    assert tracker["slots"]["triage_level"] == "emergency"
    assert tracker["active_loop"] in (None, {}) or not tracker["active_loop"].get("name")


def test_a_question_gets_a_safe_message_instead_of_silence(actions_down: Assistant):
    sender, said = _conversation(actions_down, "why does my eye twitch?")
    assert "isn't working right now" in said and "try again" in said
    assert "call your local emergency number now" in said.lower()
    # and the person is not stuck: a later emergency still gets the advice
    said = "\n".join(reply_text(r) for r in actions_down.send(sender, EMERGENCY))
    assert "call your local emergency number now" in said.lower()


def test_back_to_normal_when_the_action_server_returns(assistant: Assistant):
    sender, said = _conversation(assistant, "why does my eye twitch?")
    assert "Sources:" in said
    assert assistant.tracker(sender)["slots"]["requested_slot"] == "duration"
