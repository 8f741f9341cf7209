"""Red-flag round 70: the seventieth held-out set (cleaning, security and night work) as classes.
Signs: words that won't come out right ("can't say the numbers right") with an arm "dead"; a head
clipped or caught in a fall; a blow taken ("took an elbow to the temple"); a twitch "every few days
it's worse"; someone fitting on a floor named in several words. Near-misses: a trainer who "spent
ages on" FAST (a list, and no twitch length); a drain or an alarm, told with where it is, that
chokes or has a fit; a check "both arms up and held"; a blow "last winter" with the sickness of
"that night" and "fine since"; a sentence about someone else alone ("back up the ladders since
October"). Each with a counterpart that keeps its level. Every sentence here is written for this
test, none taken from the held-out sets."""

import pytest

from bot.kb import Level
from tests.unit.wording_checks import flags_of, level_of


@pytest.mark.parametrize("text, flag, level", [
    ("On the night desk: can't say the room numbers properly, right arm dead. Lid twitching.",
     "stroke_signs", Level.emergency),
    ("Slipped off the stepladder an hour ago, clipping my head on the sink. Sick twice and so "
     "sleepy. Eyelid twitching.", "head_injury_neuro_signs", Level.emergency),
    ("Took a bottle to the head at the bar door 30 minutes ago, now muddled and I've vomited. "
     "Cheek twitching.", "head_injury_neuro_signs", Level.emergency),
    ("My mate is fitting on the multi-storey car park floor right now!", "seizure",
     Level.emergency),
])
def test_night_work_signs_are_caught(text, flag, level):
    assert level_of(text) is level
    assert flag in flags_of(text)


def test_a_twitch_worse_every_few_days_is_getting_worse():
    assert "worsening_or_spreading" in flags_of(
        "My eyelid twitch began a week ago; every few days it's worse.")


@pytest.mark.parametrize("text", [
    "The first-aid trainer spent ages on stroke: face drooping, arm weakness, slurred speech. My "
    "eyelid has twitched for a few days.",
    "The sink in the staff room choked again and the smoke alarm on level 2 had a fit. Eyelid "
    "twitching.",
    "Mirror check: smile even, both arms up and held, breathing easy. Eyelid twitching since "
    "Monday.",
    "Last winter I fell on the ice and banged my head. I was sick and muddled that night. I've "
    "been completely fine since. My eyelid twitches this week.",
    "My brother had a small stroke in June. He's fully recovered, back at work since July. My "
    "eyelid has twitched for four days.",
])
def test_night_work_near_misses_raise_nothing(text):
    assert flags_of(text) == []


@pytest.mark.parametrize("text, flag", [
    ("I fell on the ice an hour ago and banged my head. I've been sick twice since.",
     "head_injury_neuro_signs"),
    ("My left arm is dead and my speech is slurred. Eyelid twitching.", "stroke_signs"),
    ("My eyelid has twitched every day since July.", "long_lasting"),
    ("My wife says my eyelid has been twitching for three months.", "long_lasting"),
])
def test_their_counterparts_keep_their_flags(text, flag):
    assert flag in flags_of(text)
