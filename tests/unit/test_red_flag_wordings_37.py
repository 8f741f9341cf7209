"""Red-flag round 37, from the fortieth held-out set (sport, fitness and physical work) as
classes: words that come out as "word salad", a head "kicked in" or "punched in" without the
striker named, heat with jerks and agitation on a serotonergic medicine, training given up for the
twitch. Near-misses: a protocol sheet or a poster that lists signs, a winding that passed, a faint
that nearly happened at the top of an effort, breathless after sprints, a team that collapsed, a
name given in quotes. Each with a counterpart that keeps its level. Every sentence here is
written for this test, none taken from the held-out sets."""

import pytest

from bot.kb import Level
from tests.unit.wording_checks import flags_of, level_of


@pytest.mark.parametrize("text", [
    "trying to call the play and it's all word salad, my left arm has gone weak. lip twitching",
    "punched in the head sparring an hour ago, been sick twice and I'm really drowsy. cheek "
    "twitching",
    "on sertraline, started a new cough medicine, now I'm hot and jerking and agitated. calf "
    "twitching",
])
def test_athletes_emergencies_are_caught(text):
    assert level_of(text) is Level.emergency


@pytest.mark.parametrize("text, flag", [
    ("my thumb twitches so much I've had to stop training for the fight", "disrupts_daily_life"),
    ("stopped training since the twitch in my calf started, it won't settle", "disrupts_daily_life"),
])
def test_athletes_lesser_signs_are_caught(text, flag):
    assert flag in flags_of(text)


@pytest.mark.parametrize("text", [
    "the gym's heat illness poster lists confusion, collapse and a fit as reasons to ring 999. "
    "my calf twitches after spin",
    "got winded by a tackle, couldn't breathe for a moment, fine after. eyelid twitching",
    "almost blacked out on the final set of deadlifts, sat down and was fine. forearm twitching",
    "breathless after hill reps as always, then my quad twitches",
    "our defence collapsed in the last ten minutes, lost the final. eyelid twitching from the "
    "stress",
    "my running app renamed my route 'Seizure Hill' lol. calf twitching",
])
def test_athletes_near_misses_raise_no_emergency(text):
    assert level_of(text) is None


@pytest.mark.parametrize("text, level", [
    # breathless after sprints that does not settle is still trouble breathing
    ("breathless after sprints and still can't catch my breath an hour later, lips going blue. "
     "calf twitching", Level.emergency),
    # a faint that happened at the top of an effort is a faint
    ("passed out on the last rep and came round on the floor. forearm twitching", Level.emergency),
    # a player who collapsed is no team collapsing
    ("our striker collapsed on the pitch and isn't responding. my eyelid twitches",
     Level.emergency),
    # hot and jerky without agitation or a medicine is no serotonin reaction
    ("hot after my run and my legs are jerky. calf twitching", None),
])
def test_counterparts_keep_their_level(text, level):
    assert level_of(text) is level
