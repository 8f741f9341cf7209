"""The conversation lives in the SQL tracker store, so a Rasa restart resumes the check-up."""

from __future__ import annotations

import uuid
from typing import Any

import pytest

from .servers import Assistant
from .vignettes import FORM_SLOTS

pytestmark = pytest.mark.e2e

ANSWERS = {
    "body_part": "left upper eyelid",
    "duration": "about three days",
    "frequency": "several times a day",
    "triggers": "too much coffee",
    "associated_symptoms": "nothing else",
}


def form_state(slots: dict[str, Any]) -> dict[str, Any]:
    return {s: slots.get(s) for s in (*FORM_SLOTS, "requested_slot")}


def answer(assistant: Assistant, sender: str) -> dict[str, Any]:
    """Answer the pending question; return the slots afterwards."""
    asked = assistant.tracker(sender)["slots"].get("requested_slot")
    assert asked in FORM_SLOTS, f"no check-up question pending (requested_slot={asked!r})"
    assistant.send(sender, ANSWERS[asked])
    return assistant.tracker(sender)["slots"]


def test_check_up_survives_rasa_restart(assistant: Assistant) -> None:
    sender = f"e2e-persist-{uuid.uuid4().hex[:8]}"
    assistant.send(sender, "my left eyelid keeps twitching")
    opening = assistant.tracker(sender)["slots"]
    assert opening.get("body_part"), f"body_part not filled from the opening: {opening}"
    first = opening.get("requested_slot")
    assert first in FORM_SLOTS, f"no check-up question asked: {form_state(opening)}"

    before = answer(assistant, sender)
    pending = before.get("requested_slot")
    assert pending in FORM_SLOTS and FORM_SLOTS.index(pending) > FORM_SLOTS.index(
        first
    ), f"form did not move on from {first}: {form_state(before)}"

    assistant.restart_rasa()

    after = assistant.tracker(sender)["slots"]
    assert form_state(after) == form_state(before), "tracker changed across the restart"

    final = answer(assistant, sender)
    nxt = final.get("requested_slot")
    assert nxt in FORM_SLOTS and FORM_SLOTS.index(nxt) > FORM_SLOTS.index(
        pending
    ), f"form did not continue after the restart: {form_state(final)}"
    assert final.get(pending), f"{pending} not filled by its answer: {form_state(final)}"
