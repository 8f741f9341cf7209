"""Red-flag round 8, from the eighth held-out set's false emergencies and misses, as classes: a
relative's illness "in the 80s" is history; breathless for a moment from laughing is ordinary;
a question about what a thing can "stop you" doing reports nobody's sign; a bare reading in the
fever range is a fever; minutes "back" date a sign like minutes "ago"; and new everyday words
for signs that are happening now. Every sentence here is written for this test, none taken
from the held-out sets."""

import pytest

from bot.kb import Level
from bot.screening import screen_message


def _level(text):
    return screen_message(text).level


@pytest.mark.parametrize("text", [
    "my aunt's mouth drooped after a stroke in the 90s and she still slurs a little, i twitch",
    "we laughed so much at the wedding i couldn't breathe for a second, now my cheek twitches",
    "could hiccups stop you breathing? mine are fine, just a twitchy diaphragm",
    "my bill was 38.50 and my eye twitches",
])
def test_a_relative_s_past_a_laugh_or_a_question_is_no_emergency(text):
    assert _level(text) is not Level.emergency


@pytest.mark.parametrize("text", [
    "tried to tell my wife what was wrong and it came out as gobbledygook, 10 min ago",
    "the sight in my left eye just went out 15 minutes ago and hasn't come back",
    "came to in the car with my tongue chewed up and my trousers wet",
    "woke up at the bottom of the stairs just now, no idea how i got there",
    "the bread would not go down at dinner and now water comes straight back out",
    "39.4 since last night and my neck has locked, i can't bend it",
    "a headache landed like a bomb going off, full strength in a second, eyelid twitching",
    "she cried out that something burst in her head out of nowhere, like being shot, now she's sick",
    "my dad can't finish a sentence, he's heaving for breath",
    "banged ma heid on the cupboard, now am bokin and talkin mince",
])
def test_a_new_wording_of_an_emergency_sign_is_an_emergency(text):
    assert _level(text) is Level.emergency


@pytest.mark.parametrize("text", [
    "for two weeks my right hand can't squeeze the pegs, fingers twitch",
    "his left eyelid has been slowly sinking all week and it twitches",
    "i see two of the clock, and if i close one eye and it's one again, eye twitching",
])
def test_a_new_wording_of_an_urgent_sign_is_urgent(text):
    assert _level(text) is Level.urgent
