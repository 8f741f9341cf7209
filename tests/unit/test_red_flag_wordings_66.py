"""Red-flag round 66: the sixty-sixth held-out set (hospitality: kitchens, bars and hotels) as
classes. Signs: someone who "says I was out about" a time; jerking muscles beside shaking once
two serotonin-raising medicines are taken (clonus, a new symptom `muscle_jerks` and two
`when_on_serotonergic_mix` rows); a sudden headache whose onset is a list item ("one second");
a twitch "that closes the eye fully". Near-misses: a check told by its result ("face in the
mirror: even", "legs quiet"); a small injury's place ("burnt my thumb"); "one of the porters"
who had a fit and is back at work; a trainer who "covered" a list of signs; laughing "till I
couldn't breathe"; "I haven't taken anything yet"; a medicine taken "ever since" an event years
back; "feet up". Each with a counterpart that keeps its level. Every sentence here is written for
this test, none taken from the held-out sets."""

import pytest

from bot.kb import Level
from tests.unit.wording_checks import flags_of, level_of


@pytest.mark.parametrize("text, flag, level", [
    ("The chef reckons I was out about a minute by the fryer. Calf twitching.",
     "loss_of_consciousness", Level.emergency),
    ("Started a triptan on top of my sertraline today, now shaking with my legs jerking. Eyelid "
     "twitching.", "serotonin_syndrome_signs", Level.emergency),
    ("Headache struck like a frying pan, one second, worst ever. Lid twitching.",
     "thunderclap_headache", Level.emergency),
])
def test_kitchen_emergencies_are_caught(text, flag, level):
    assert level_of(text) is level
    assert flag in flags_of(text)


def test_a_twitch_that_closes_the_eye_fully_is_routine():
    text = "My lid twitch is now a spasm which clamps the eye tight, many times a night."
    assert "eyelid_closes_completely" in flags_of(text)


@pytest.mark.parametrize("text", [
    "Quick self-check: face in the mirror: even. Arms up: fine. Only my eyelid twitches.",
    "No fever, legs quiet, arms strong. Eyelid twitching since Friday.",
    "Burnt my thumb on the grill last night, small blister. My eyelid twitches most evenings.",
    "One of the kitchen porters had a fit at work last Tuesday and he's back at work now. My "
    "eyelid twitches.",
    "The instructor covered stroke, seizures, choking and burns. My eyelid twitches after "
    "service.",
    "I laughed until I couldn't breathe at the quiz. Eyelid twitching.",
    "I'm on sertraline but I haven't taken anything yet; can a triptan interact with it? Eyelid "
    "twitching.",
    "In 2016 my GP found high cholesterol, and I've been on a statin ever since. Eyelid twitching "
    "this week.",
    "Home now, feet up, and my eyelid has twitched all evening.",
])
def test_kitchen_near_misses_raise_nothing(text):
    assert flags_of(text) == []


@pytest.mark.parametrize("text, flag", [
    ("My face in the mirror is lopsided since lunch. Eyelid twitching.", "stroke_signs"),
    ("One of the kitchen porters just had a fit beside me and he's still jerking.", "seizure"),
    ("I started a statin last week and my eyelid twitches.", "medicine_suspected"),
    ("My calf twitches and my feet feel numb.", "numbness_or_tingling"),
])
def test_kitchen_counterparts_keep_the_flag(text, flag):
    assert flag in flags_of(text)


@pytest.mark.parametrize("text", [
    # out shopping is no faint, and jerks without a second medicine are no reaction
    "My wife says I was out for twenty minutes shopping. Calf twitching.",
    "My legs jerk as I fall asleep, and I take no medicines. Calf twitching.",
])
def test_kitchen_counterparts_raise_no_emergency(text):
    assert level_of(text) is not Level.emergency
