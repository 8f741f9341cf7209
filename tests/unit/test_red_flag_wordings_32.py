"""Red-flag round 32, from the thirty-fifth held-out set (timelines) as classes: "my first fit",
breathing that has "got harder" with "gasps between words", a headache "like a cricket bat", a
grip that "keeps failing", one limb measured then and now ("38 cm in June, 34 cm today"), a
twitch that "lasts longer every day". Near-misses: a school piece on an illness ("a timeline
poster of a stroke: ..."), an age then beside an age now ("at 14; now 70"), a course's topic
after a colon, drills and a seizure watch, a swimming stroke, a term one calls a sign ("my 'eye
seizure'"), the Wi-Fi that collapsed, breathless from laughing. Each with a counterpart that keeps
its level. Every sentence here is written for this test, none taken from the held-out sets."""

import pytest

from bot.kb import Level
from tests.unit.wording_checks import flags_of, level_of


@pytest.mark.parametrize("text", [
    "had my first fit on the bus at 08:40, my sister timed it. eyelid twitching",
    "breathing's got harder since lunch, now I'm gasping between words. chest twitching",
    "at 7pm it hit like a hammer, the worst headache of my life. lid twitching",
])
def test_timeline_emergencies_are_caught(text):
    assert level_of(text) is Level.emergency


@pytest.mark.parametrize("text", [
    "my left grip keeps failing this month, can't open the milk. thumb twitching",
    "left thigh 52 cm in March, 49 cm now. twitching all over it",
])
def test_timeline_urgent_signs_are_caught(text):
    assert level_of(text) is Level.urgent


def test_a_twitch_lasting_longer_every_day_is_worsening():
    assert "worsening_or_spreading" in flags_of("my cheek twitch lasts longer every day")


@pytest.mark.parametrize("text", [
    "my homework is an infographic on a seizure: the person goes stiff, then jerks. my eye twitches",
    "fainted in assembly at 12; now 45. thumb twitching today",
    "09:00 training: stroke. 11:00 drills on choking. eyelid twitching all day",
    "her epilepsy watch alarm went off when she rolled over, all fine. my eye twitches",
    "did my 100 m backstroke and the breaststroke relay, calf twitching after",
    "I call it my 'lip seizure' but it's only a flutter",
    "the wi-fi collapsed during my exam, eyelid twitching",
    "we were breathless with laughter at the wedding speech, my cheek twitches",
])
def test_timeline_near_misses_raise_no_alarm(text):
    assert level_of(text) is None


@pytest.mark.parametrize("text, level", [
    # a limb that grew is no wasting
    ("right calf 34 cm in June, 38 cm today after training. calf twitching", None),
    # an age now beside a sign now keeps the sign
    ("I'm 70 and now my face droops on one side since an hour ago, lid twitching", Level.emergency),
    # a stroke told beside a swim is still a stroke
    ("after my swim I suddenly can't lift my arm and my words are slurred, calf twitching", Level.emergency),
    # a person who collapsed, not a machine
    ("my dad collapsed in the kitchen just now and isn't answering, my eyelid twitches", Level.emergency),
])
def test_counterparts_keep_their_level(text, level):
    assert level_of(text) is level
