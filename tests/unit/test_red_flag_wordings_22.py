"""Red-flag round 22, from the twenty-fifth held-out set (an ordinary day in the chat widget) as
classes: a blow that lands "to the side of the head" from a thing that is a body part ("took a
knee"); a fit that "looked like" one, stiff and shaking; someone hot to the touch; someone who
won't wake; two of a thing "where there should be one", single again with an eye covered; a drive
given up; and, as near-misses, checks named by a sign ("the stroke checks"), a sign in an
apposition after someone else's past event, "nobody has said I'm clumsy", "at what point...?", "I
have neither", and the user's own usual episode last week. Each with a counterpart that keeps
its level. Every sentence here is written for this test, none taken from the held-out sets."""

import pytest

from bot.kb import Level
from tests.unit.wording_checks import flags_of, level_of


@pytest.mark.parametrize("text", [
    "Took an elbow to the side of the head at football an hour ago and I've been sick twice since. "
    "Eyelid twitching.",
    "My brother is here, he had what looked like a fit ten minutes ago, stiff and shaking. My eye "
    "twitches.",
    "My wife is on the sofa and I can't wake her, her hands keep twitching.",
    "My son is hot to the touch and doesn't know what day it is. His legs twitch.",
])
def test_plain_tellings_of_emergencies_are_caught(text):
    assert level_of(text) is Level.emergency


@pytest.mark.parametrize("text", [
    "Three goalposts where there should be one, and my eyelid's twitching.",
    "The road sign is doubled side by side and it goes single when I cover either eye. Lid twitch.",
])
def test_two_of_a_thing_is_double_vision(text):
    assert level_of(text) in (Level.urgent, Level.emergency)


def test_a_drive_given_up_disrupts_daily_life():
    flags = flags_of("My eyelid spasms so badly I had to pull over on the motorway.")
    assert "disrupts_daily_life" in flags


@pytest.mark.parametrize("text", [
    "I did the stroke checks the nurse showed me on my dad: all normal. My own eyelid twitches.",
    "My aunt had a difficult labour with her twins, a seizure at 36 weeks, and now I'm pregnant. "
    "My eyelid twitches.",
    "My fingers twitch when I sit still. No weakness, and nobody has said I'm clumsy.",
    "Twitching thumb: at what point would weakness make it a GP job?",
    "What would make it urgent, a droop? Double vision? I have neither. Lid twitching a week.",
    "I had one of my usual short seizures last Tuesday and I've been fine since. Eye twitches now.",
])
def test_near_misses_are_no_alarm(text):
    assert level_of(text) not in (Level.emergency, Level.urgent)


@pytest.mark.parametrize("text", [
    # the same shapes with a real sign now
    "My dad just collapsed, a seizure I think, he's shaking. My eye twitches.",
    "My son fell off the wall, a bad knock on the head, and now he's being sick. My eye twitches.",
    "I'm having one of my seizures now and it won't stop. My eye twitches.",
])
def test_the_same_shapes_with_a_real_sign_still_count(text):
    assert level_of(text) is Level.emergency
