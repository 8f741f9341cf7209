"""Red-flag round 11, from the twelfth held-out set's false emergencies, as classes: a bare
checklist of denials ("fever no, stiff neck no"), a relative's illness dated by a past festival
("last Eid"), a question whether something "could make me" have a sign, signs one is asked to
"learn", and "even" in a terse list of normal findings. A limb that went weak and recovered
stays an alarm whatever the posture (a warning stroke recovers too). Every sentence here is
written for this test, none taken from the held-out sets."""

import pytest

from bot.kb import Level
from bot.screening import screen_message


def _level(text):
    return screen_message(text).level


@pytest.mark.parametrize("text", [
    "temperature no, neck stiffness no, spots no. just the eyelid flicker after a late night",
    "my grandad had a stroke last diwali and his left arm is still weak, my eyelid twitches",
    "could fasting make me pass out? my eyelid twitches",
    "can stress give me a seizure? my eyelid twitches",
    "our school wants us to learn the stroke signs, what are they? my eyelid twitches",
])
def test_a_denied_past_or_asked_about_sign_is_no_emergency(text):
    assert _level(text) is not Level.emergency


def test_a_terse_list_of_normal_findings_is_no_spreading():
    assert "spreading_face" not in screen_message(
        "arms strong, face even, speech fine, just the eyelid flickering").flags


@pytest.mark.parametrize("text, level", [
    # "no" that answers something else, or "no better", leaves the sign standing
    ("my legs are weak and no, I haven't fallen", Level.urgent),
    ("weakness no better, my arm twitches", Level.urgent),
    # a faint that happened, asked about as a question, still counts
    ("did the tablets make me pass out this morning? I came round on the floor",
     Level.emergency),
    ("I learned about it when my face drooped this morning", Level.urgent),
    # a limb that went weak and came back, after sitting on it, may be a warning stroke
    ("sat cross-legged on the floor for an hour and when I stood up my leg was floppy and dead "
     "for a minute, then pins and needles, fine now. thigh twitches", Level.emergency),
])
def test_signs_that_happened_still_count(text, level):
    assert _level(text) is level
