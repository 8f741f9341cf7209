"""Red-flag round 45, from the forty-sixth held-out set (faith, culture, festivals and family
gatherings) as classes: breath told as not pulling in "enough air" or an inhaler "not helping"
(a span that no longer overlaps the inhaler's own mention), meningitis in a child who "cries
when we bend her neck", "hides from the light" and has spots that "don't go when we press the
glass". Near-misses: "face the same in the mirror" in a terse list of denials, a list of danger
signs read out or a warning list sent round, the time since one's last fit ("none since, nine
years now"), "since then my breathing has been good", "choked up" at a eulogy, a "food coma" on
the sofa; and an onset told as "in the last ten minutes". Each with a counterpart that keeps its
level. Every sentence here is written for this test, none taken from the held-out sets."""

import pytest

from bot.kb import Level
from tests.unit.wording_checks import flags_of, level_of


@pytest.mark.parametrize("text, flag", [
    ("the smoke set me off, I can't get enough air to finish a sentence. eyelid twitching",
     "breathing_trouble"),
    ("wheezy and tight, my inhaler isn't helping at all, calf twitching", "breathing_trouble"),
    ("my son, 4, has a fever, screams when we bend his neck and hides from the light. his eye "
     "twitches", "meningitis_signs"),
    ("fever tonight and dark spots that don't fade when I press a glass on them. lip twitching",
     "meningitis_signs"),
])
def test_festival_emergencies_are_caught(text, flag):
    assert level_of(text) is Level.emergency
    assert flag in flags_of(text)


@pytest.mark.parametrize("text", [
    "the priest sent round a warning list: fainting, slurred speech, a face that drops. I'm "
    "fine, eyelid twitching",
    "choked up at the wedding speeches and my lip twitched",
    "food coma after the feast, passed out on the couch. eyelid twitching",
    "passed out on the sofa for two hours after iftar, ha. my eyelid twitches",
])
def test_festival_near_misses_raise_nothing_acute(text):
    assert level_of(text) is None


@pytest.mark.parametrize("text, flag", [
    ("checked the list: no headache, speech normal, face the same as usual. eyelid twitches "
     "in the afternoon", "spreading_face"),
    ("one fit at 20 and none since, fifteen years now. eyelid twitching this week",
     "long_lasting"),
    ("had pneumonia three years ago, since then my chest has been fine. my eyelid twitched "
     "all day today", "long_lasting"),
])
def test_festival_near_misses_raise_no_such_flag(text, flag):
    assert flag not in flags_of(text)


@pytest.mark.parametrize("text, level", [
    # choking now is choking
    ("choking on a date at iftar, can't breathe or speak. my eye twitches", Level.emergency),
    # a real faint, unwakeable, is a faint
    ("passed out on the sofa and we couldn't wake him for a minute. his eye twitches",
     Level.emergency),
    # a face that drops now is the sign, whatever list came before
    ("no headache, but my face has dropped on one side in the last ten minutes, lip twitching",
     Level.emergency),
])
def test_festival_counterparts_keep_their_level(text, level):
    assert level_of(text) is level


def test_an_inhaler_that_no_longer_helps_over_months_is_no_emergency():
    text = "the nurse says my inhaler isn't helping any more so we're changing it. eyelid twitching"
    assert level_of(text) is not Level.emergency


def test_twitching_ever_since_still_dates_the_twitch():
    assert "long_lasting" in flags_of(
        "I had covid two months ago and my eyelid has twitched ever since")
