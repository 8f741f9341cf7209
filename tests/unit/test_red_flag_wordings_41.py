"""Red-flag round 41, from the forty-second held-out set (nights out, alcohol, caffeine, energy
drinks and recreational drugs) as classes of near-misses: collapsing into bed, "blackout drunk"
(memory lost, not consciousness), a face and arms "working normally" on a checklist, double
vision after drink that was gone by the morning, time sober or off a habit or a medicine ("ten
years sober", "off the antidepressant for five years"), a medicine taken "at the time", a
relative far away whom "the doctors there are seeing". Each with a counterpart that keeps its
level. Every sentence here is written for this test, none taken from the held-out sets."""

import pytest

from bot.kb import Level
from tests.unit.wording_checks import flags_of, level_of


@pytest.mark.parametrize("text", [
    "collapsed into bed at 4 after the gig, eyelid twitching all morning",
    "got blackout drunk at the stag do, can't remember the taxi home. calf twitching today",
    "checked myself against the festival list: no fever, face and arms working normally. eyelid "
    "twitching from no sleep",
    "was seeing double after far too much tequila on saturday, gone by the morning. eye twitching "
    "now",
    "my uncle in Lagos has a droopy face and slurred words, the doctors there are treating him. "
    "I'm in Leeds and my eyelid twitches",
])
def test_night_out_near_misses_raise_nothing_acute(text):
    assert level_of(text) is None


@pytest.mark.parametrize("text, flag", [
    ("six years sober and my calf twitches at night", "long_lasting"),
    ("off the drink for three months now and my eyelid flickers", "long_lasting"),
    ("been off the antidepressant for four years, thumb twitching this week", "medicine_suspected"),
    ("I was on citalopram at the time, years ago. lip twitching now", "medicine_suspected"),
])
def test_time_off_a_habit_or_a_medicine_is_no_twitch_fact(text, flag):
    assert flag not in flags_of(text)


@pytest.mark.parametrize("text, level", [
    # collapsing into bed and not waking is a collapse
    ("he collapsed into bed and now he won't wake up and he's jerking. my eyelid twitches",
     Level.emergency),
    # double vision still there is double vision
    ("seeing double since the party on saturday and it's still there. eyelid twitching",
     Level.urgent),
])
def test_counterparts_keep_their_level(text, level):
    assert level_of(text) is level


@pytest.mark.parametrize("text, flag", [
    ("my eyelid has twitched for six weeks, I've been sober the whole time", "long_lasting"),
    ("I've been off work for three weeks with this calf twitch", "long_lasting"),
    ("came off sertraline for two months and now I'm back on it, eyelid twitching",
     "medicine_suspected"),
])
def test_counterparts_keep_their_flag(text, flag):
    assert flag in flags_of(text)
