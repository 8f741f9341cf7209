"""The safety net over real servers: a message that only DESCRIBES a red-flag sign gets the
flag's check question; "yes" escalates at the flag's level, "no" goes on with the check-up,
inside the form and outside it, also with the action server down; a sign the rules confirm is
escalated at once without a question. Sentences written for this test (bot/suspicion.py)."""

from __future__ import annotations

import uuid

import pytest

from .servers import Assistant
from .vignettes import reply_text

pytestmark = pytest.mark.e2e
SIGHT = "my right eye just went dark for a few seconds, like a blind being pulled down"
BREATH = "I keep having to stop for breath halfway through talking"
CONFIRMED = "I can't breathe and my chest muscles keep twitching"
QUESTION = "one safety question"
EMERGENCY_ADVICE = "this could be an emergency"  # utter_emergency (the greeting names the number too)
DURATION_QUESTION = "How long has it been going on?"


def _new_sender() -> str:
    return f"check-{uuid.uuid4().hex[:8]}"


def _say(assistant: Assistant, sender: str, message: str) -> str:
    return "\n".join(reply_text(r) for r in assistant.send(sender, message))


def test_a_described_sign_gets_its_question_and_yes_is_an_emergency(assistant: Assistant):
    sender = _new_sender()
    said = _say(assistant, sender, SIGHT)
    assert QUESTION in said and "sight in one eye" in said
    assert EMERGENCY_ADVICE not in said.lower()  # a suspicion never escalates by itself
    slots = assistant.tracker(sender)["slots"]
    assert slots["pending_red_flag"] == "stroke_signs" and not slots["triage_level"]

    said = _say(assistant, sender, "/affirm")  # the Yes button
    assert EMERGENCY_ADVICE in said.lower()
    slots = assistant.tracker(sender)["slots"]
    assert slots["triage_level"] == "emergency"
    assert "stroke_signs" in slots["red_flags"]


def test_no_inside_the_check_up_resumes_the_form_question(assistant: Assistant):
    sender = _new_sender()
    _say(assistant, sender, "my left eyelid keeps twitching")
    assert assistant.tracker(sender)["slots"]["requested_slot"] == "duration"

    said = _say(assistant, sender, BREATH)
    assert QUESTION in said and "struggling to breathe" in said
    assert DURATION_QUESTION not in said  # the form waits for the answer

    said = _say(assistant, sender, "no")
    assert EMERGENCY_ADVICE not in said.lower()
    assert DURATION_QUESTION in said
    tracker = assistant.tracker(sender)
    assert tracker["slots"]["requested_slot"] == "duration"
    assert tracker["slots"]["duration"] is None  # the described sign was not taken as the answer
    assert tracker["active_loop"].get("name") == "symptom_form"
    assert not tracker["slots"]["triage_level"]


def test_yes_inside_the_check_up_is_an_emergency(assistant: Assistant):
    sender = _new_sender()
    _say(assistant, sender, "my left eyelid keeps twitching")
    assert QUESTION in _say(assistant, sender, BREATH)
    said = _say(assistant, sender, "yes")
    assert EMERGENCY_ADVICE in said.lower()
    tracker = assistant.tracker(sender)
    assert tracker["slots"]["triage_level"] == "emergency"
    assert "breathing_trouble" in tracker["slots"]["red_flags"]
    assert not (tracker["active_loop"] or {}).get("name")


def test_a_confirmed_flag_is_an_emergency_without_a_question(assistant: Assistant):
    sender = _new_sender()
    said = _say(assistant, sender, CONFIRMED)
    assert EMERGENCY_ADVICE in said.lower()
    assert QUESTION not in said


def test_the_question_and_the_advice_need_no_action_server(assistant: Assistant):
    sender = _new_sender()
    assistant.actions.stop()
    try:
        asked = _say(assistant, sender, SIGHT)
        answered = _say(assistant, sender, "yes")
    finally:
        assistant.start_actions()
    assert QUESTION in asked
    assert EMERGENCY_ADVICE in answered.lower()
