"""Red-flag round 69: the sixty-ninth held-out set (cars: garages, driving and the motor trade) as
classes. Signs: an arm told "dead" beside a face that dropped; a head a machine "caught"; a leg
that "gives on" a pedal; a dent or a dip "where the muscle was"; what is looked at seen twice
("I see it twice", "one copy stacked", "either eye makes it one"); a thinning noticed "when I was
crouched" (a posture, no time of life). Near-misses: cars and their parts that have a fit, choke,
droop or black out, in scare quotes too; a seized engine; a twitching eyelid "having a fit of its
own"; a relative "recovering from a stroke" far away; a check told after a colon ("Arms out in
front: both stay up"); a medicine "I haven't taken any yet"; pills taken since an old episode
with "nothing since"; a past sign's duration "then completely better". Each with a counterpart
that keeps its level. Every sentence here is written for this test, none taken from the held-out
sets."""

import pytest

from bot.kb import Level
from tests.unit.wording_checks import flags_of, level_of


@pytest.mark.parametrize("text, flag, level", [
    ("Mouth dropped on the left in the shop window, left arm dead since. Lid twitching.",
     "stroke_signs", Level.emergency),
    ("The tailgate caught my head at noon, sick three times since and so drowsy. Calf twitching.",
     "head_injury_neuro_signs", Level.emergency),
    ("My right leg gives on the stairs this fortnight. Thigh twitching.", "new_weakness",
     Level.urgent),
    ("There's a hollow where the muscle used to be on the back of my hand. It twitches.",
     "muscle_wasting", Level.urgent),
    ("Since yesterday every road sign I see twice. Eyelid twitching.", "double_vision",
     Level.urgent),
    ("When I was bent over the engine I noticed my calf has gone thin and flat. It twitches.",
     "muscle_wasting", Level.urgent),
])
def test_garage_signs_are_caught(text, flag, level):
    assert level_of(text) is level
    assert flag in flags_of(text)


@pytest.mark.parametrize("text", [
    "My Corsa's been 'having a seizure' on cold mornings, and the van's exhaust choked on a rag. "
    "Eyelid twitching.",
    "A Transit that blacked out its whole dashboard, and a headlight that droops. Eyelid "
    "twitching.",
    "The brake caliper had seized solid and the seized bolts took all day. Eyelid twitching.",
    "My eyelid is having a fit of its own after six espressos.",
    "My uncle is recovering from a stroke in Lagos. My eyelid twitches at work.",
    "Self-check: arms out in front: both stay up, smile even. Eyelid twitching.",
    "I see twice as many cars as last year and my eyelid twitches.",
])
def test_garage_near_misses_raise_nothing(text):
    assert flags_of(text) == []


@pytest.mark.parametrize("text, flag", [
    ("My son is having a seizure in the workshop right now!", "seizure"),
    ("My arm is dead and my face dropped on one side an hour ago.", "stroke_signs"),
    ("My uncle had a stroke an hour ago and can't speak. My eyelid twitches.", "stroke_signs"),
    ("Arms out in front: the left one drifts down. Eyelid twitching.", "new_weakness"),
])
def test_their_counterparts_keep_their_flags(text, flag):
    assert flag in flags_of(text)


def test_a_past_signs_duration_then_better_is_no_twitch_length():
    text = ("In 2018 a bonnet came down on my head. Headaches for a few weeks, then completely "
            "better. This week my cheek has started twitching.")
    assert "long_lasting" not in flags_of(text)


def test_pills_taken_since_an_old_episode_with_nothing_since_are_no_suspect():
    text = ("In 2019 I had a TIA. I'm on aspirin and a statin, and I've had nothing since. My "
            "eyelid has twitched since Saturday.")
    assert "medicine_suspected" not in flags_of(text)


def test_a_medicine_not_taken_yet_is_no_suspect():
    text = ("The clinic gave me tramadol yesterday for my back. I haven't taken any yet. Eyelid "
            "twitching this week.")
    assert "medicine_suspected" not in flags_of(text)
