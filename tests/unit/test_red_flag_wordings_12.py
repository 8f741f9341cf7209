"""Red-flag round 12, from the thirteenth held-out set, as classes: a sign as a topic one reads
up on ("been reading up on seizures"), a sign as the subject of a question after a comma ("...,
but is slurring from tiredness different?"), and "now it ..." ending a "used to" past (the
twitch that "used to be just my eye, now it pulls the whole side of my face" is spreading now).
Every sentence here is written for this test, none taken from the held-out sets."""

import pytest

from bot.kb import Level
from bot.screening import screen_message


def _level(text):
    return screen_message(text).level


@pytest.mark.parametrize("text", [
    "if someone at the gym collapsed and started fitting, what do I do? been reading up on "
    "seizures since my calf started twitching",
    "I googled strokes after my eyelid started twitching, should I worry?",
    "my teacher says we ring 999 if speech goes strange, but is slurring after a night shift "
    "different? my eyelid twitches",
])
def test_a_sign_read_about_or_asked_about_is_no_emergency(text):
    assert _level(text) is not Level.emergency


@pytest.mark.parametrize("text, level", [
    ("twitch used to be only my eyelid, now it pulls the whole left side of my face since "
     "friday", Level.urgent),
    ("I used to get migraines, now my face is drooping", Level.urgent),
    # a comma and a report, not a question, still count
    ("he fell off the ladder, and is slurring now", Level.emergency),
    ("my arm is weak, is that bad?", Level.urgent),
])
def test_signs_happening_now_still_count(text, level):
    assert _level(text) is level
