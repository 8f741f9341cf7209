"""Red-flag round 34, from the thirty-seventh held-out set (older people writing for themselves)
as classes: an arm that "will not do up" buttons or "won't do as it's told", "words all wrong",
breath too short for more than a few words or an inhaler that "isn't touching it", a fall "head
first against" something, "losing my thread" (with a fever: a serious infection), a headache
"like a thunderclap", a thigh "gone to nothing since summer", a lid "halfway over the eye" read
past by tipping the head back, "two clocks when there should be one", "hand over either eye and
it goes". Near-misses: a relative's stroke dated months back ("in june") or "in a home now", a
serial's plot, a club "collapsed into laughter", a laugh that "nearly choked", a power blackout,
lip-reading. Each with a counterpart that keeps its level. Every sentence here is written for
this test, none taken from the held-out sets."""

import pytest

from bot.kb import Level
from tests.unit.wording_checks import flags_of, level_of


@pytest.mark.parametrize("text", [
    "an hour ago my face went crooked and my left arm will not do up my coat buttons. lid twitching",
    "MY RIGHT ARM WONT DO AS ITS TOLD SINCE DINNER AND MY MOUTH IS DROOPING. EYE TWITCHING",
    "words all wrong on the phone to my son ten minutes ago, left leg dragging. eyelid twitching",
    "my chest has got worse all night, I can only say two or three words at a time. calf twitching",
    "tripped on the kerb and went head first into the lamp post, now I've been sick and I'm "
    "drowsy. eye twitching",
    "grazed my elbow on Sunday, now it's hot and red, 39.1 tonight and I keep losing my thread. "
    "thumb twitching",
    "a sudden headache like a thunderclap five minutes ago, lid twitching",
])
def test_older_writers_emergencies_are_caught(text):
    assert level_of(text) is Level.emergency


@pytest.mark.parametrize("text, flag", [
    ("my right calf has gone to nothing since the spring and it twitches", "muscle_wasting"),
    ("my left lid sits halfway over my eye since monday, it twitched before that",
     "facial_weakness_or_droop"),
    ("I have to tilt my head back to read the paper, my eyelid twitches", "facial_weakness_or_droop"),
    ("since yesterday there are two cups on the table when there should be one, eye twitching",
     "double_vision"),
    ("the telly is doubled, cover either eye and it goes. lid twitching", "double_vision"),
])
def test_older_writers_urgent_signs_are_caught(text, flag):
    assert flag in flags_of(text)


@pytest.mark.parametrize("text", [
    "my brother in Leeds had a stroke in april. my cheek twitches",
    "the man next door had a stroke at Easter, he's in a home now. my lip twitches",
    "in the soap last night the landlady collapsed behind the bar. my eyelid has twitched since",
    "the whole choir collapsed into giggles at the vicar's joke. cheek twitching",
    "I laughed so hard at the panto I nearly choked on a toffee. eyelid twitching",
    "we had a power cut across the village last night, dark for hours. eye twitching",
])
def test_older_writers_near_misses_raise_no_emergency(text):
    assert level_of(text) is not Level.emergency


def test_lip_reading_names_no_lip():
    assert level_of("I lip-read all day at the day centre and by teatime my eyelid twitches") is None


@pytest.mark.parametrize("text, level", [
    # a relative's stroke today is still an emergency
    ("my brother had a stroke an hour ago and can't speak, he's with me. my cheek twitches",
     Level.emergency),
    # a collapse in a shop named "home" is no relative gone into care
    ("my dad collapsed in a home improvement store and isn't answering. my eye twitches",
     Level.emergency),
    # an arm that works is no weakness
    ("my arm will do up my buttons fine, just the eyelid twitching", None),
    # a crowd collapsing into laughter beside a real collapse keeps the collapse
    ("my husband collapsed on the kitchen floor just now and isn't answering. my eye twitches",
     Level.emergency),
    # a thigh gone to nothing is wasting, "nothing since" a fit still closes it
    ("had one fit in 1990, nothing since. my calf twitches", None),
])
def test_counterparts_keep_their_level(text, level):
    assert level_of(text) is level
