"""Red-flag round 6. Meningitis has its own flag: a fever with a neck too stiff to bend (or bright
light hurting with it) is an emergency with its own explanation and check question, while a
stiff neck alone stays a routine "stiff where it twitches". Paraphrases and near misses written
for this round, none taken from the held-out sets."""

import pytest

from bot.kb import Level
from bot.screening import screen_message


def _screen(text):
    return screen_message(text)


@pytest.mark.parametrize("text", [
    "running a temperature of 39 and my neck is so stiff, calf twitching",
    "fever since last night, can't put my chin on my chest, and my eyelid keeps jumping",
    "high temperature, it hurts to bend my neck and my arm muscles flicker",
    "my neck feels stiff and the light hurts my eyes, my eyelid twitches",
    "burning up with a pounding headache and bright light hurts, my lip twitches",
])
def test_fever_with_a_stiff_neck_or_light_hurting_is_possible_meningitis(text):
    screen = _screen(text)
    assert screen.level is Level.emergency
    assert "meningitis_signs" in screen.flags


@pytest.mark.parametrize("text", [
    "my neck is stiff, no fever, and my eyelid twitches",
    "had a fever and a stiff neck with flu years ago, now just a twitchy eyelid",
    "my brother had meningitis years ago with a stiff neck and fever, my eye twitches",
    "what if a stiff neck and fever come with the twitching?",
])
def test_a_denied_past_relative_s_or_hypothetical_meningitis_sign_is_not_an_emergency(text):
    assert _screen(text).level is not Level.emergency


def test_a_stiff_neck_alone_is_a_routine_stiffness_where_it_twitches():
    screen = _screen("my neck feels stiff where the muscle twitches")
    assert screen.level is None or screen.level is Level.routine
    assert "meningitis_signs" not in screen.flags
