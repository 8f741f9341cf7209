"""A medicine long taken at the same dose, over real servers: the NLU gives it the `settled`
role, so the check-up stores it apart from the triggers (no "a medicine may be the cause"), yet
sweating and palpitations told in a later turn still make the serotonin emergency, at the last
question or at once in the middle of the check-up
(bot/mentions/settled.py, bot/triage.py). Sentences written for this test."""

from __future__ import annotations

import uuid

import pytest

from .servers import Assistant
from .vignettes import reply_text

pytestmark = pytest.mark.e2e
FIRST = "my left eyelid keeps twitching. I've been on sertraline for four years, same dose"


def _say(assistant: Assistant, sender: str, message: str) -> str:
    return "\n".join(reply_text(r) for r in assistant.send(sender, message))


def _up_to_the_last_question(assistant: Assistant) -> str:
    sender = f"settled-{uuid.uuid4().hex[:8]}"
    _say(assistant, sender, FIRST)
    slots = assistant.tracker(sender)["slots"]
    assert slots["settled_medicines"] == ["antidepressant"]
    assert "antidepressant" not in (slots["triggers"] or [])
    assert slots["duration"] is None  # the four years are the medicine's, not the twitch's
    for answer in ("about five days", "a few times a day", "nothing"):
        _say(assistant, sender, answer)
    assert assistant.tracker(sender)["slots"]["requested_slot"] == "associated_symptoms"
    return sender


def test_a_settled_medicine_is_not_named_as_the_cause(assistant: Assistant):
    sender = _up_to_the_last_question(assistant)
    said = _say(assistant, sender, "nothing else")
    slots = assistant.tracker(sender)["slots"]
    assert slots["triage_level"] == "self_care"
    assert "medicine_suspected" not in (slots["red_flags"] or [])
    assert "emergency help" not in said


def test_sweating_and_a_racing_heart_later_on_a_settled_medicine_is_an_emergency(
        assistant: Assistant):
    sender = _up_to_the_last_question(assistant)
    said = _say(assistant, sender, "sweating a lot, and palpitations")
    slots = assistant.tracker(sender)["slots"]
    assert slots["triage_level"] == "emergency"
    assert "serotonin_syndrome_signs" in slots["red_flags"]
    assert "emergency help" in said


def test_the_same_signs_told_mid_check_up_end_it_with_the_emergency_at_once(
        assistant: Assistant):
    sender = f"settled-{uuid.uuid4().hex[:8]}"
    _say(assistant, sender, FIRST)
    assert assistant.tracker(sender)["slots"]["requested_slot"] == "duration"
    said = _say(assistant, sender, "sweating a lot, and palpitations")
    tracker = assistant.tracker(sender)
    assert tracker["slots"]["triage_level"] == "emergency"
    assert "serotonin_syndrome_signs" in tracker["slots"]["red_flags"]
    assert "emergency help" in said
    assert "How often" not in said  # no further question first
    assert not (tracker["active_loop"] or {}).get("name")
