"""Red-flag round 65: the sixty-fifth held-out set (emergency services off duty) as classes. Signs:
a FAST check the writer failed, an arm "drifting"; someone who told the writer they had "been
out for a good minute"; a muscle told "gone" at a limb; a lid "halfway down". Near-misses: a
body part a medicine is taken for ("tramadol for my back"), a twitch that began before the
medicine; a check "fine"; a patient "on this morning's shout"; someone "at a camp with" their
signs whom a nurse there has seen; a face site in a question with no twitch in it; "but if" my
cheek ever sagged; a pager that "had a seizure", a machine that "won't swallow", a team that
"choked on the picture round". Each with a counterpart that keeps its level. Every sentence here
is written for this test, none taken from the held-out sets."""

import pytest

from bot.kb import Level
from tests.unit.wording_checks import flags_of, level_of


@pytest.mark.parametrize("text, flag, level", [
    ("Failed the FAST check in the bathroom mirror ten minutes ago. Eyelid twitching.",
     "stroke_signs", Level.emergency),
    ("The coach reckons I'd been out for a good minute. Calf twitching.",
     "loss_of_consciousness", Level.emergency),
    ("The muscle at the base of my left thumb has gone, just a hollow there now. Thumb "
     "twitching.", "muscle_wasting", Level.urgent),
    ("My left lid's been halfway down since Saturday. Lid twitching.",
     "facial_weakness_or_droop", Level.urgent),
    ("Held both arms out for the test and the right one keeps drifting, since yesterday. Thumb "
     "twitching.", "new_weakness", Level.urgent),
])
def test_services_signs_are_caught(text, flag, level):
    assert level_of(text) is level
    assert flag in flags_of(text)


@pytest.mark.parametrize("text", [
    "The GP added tramadol for my back on Monday, but my eyelid flicker started a fortnight "
    "before the tramadol.",
    "Checked myself after the shift: temp 36.8, chin to chest fine, no rash. Eyelid twitching.",
    "We had a collapsed gentleman on this morning's shout, a first fit, and we took him in. I'm "
    "home now with an eyelid twitching.",
    "My son's at a scout camp in Wales with a cough, wheezy and short of breath, and the camp's "
    "nurse has seen him. I'm home and my calf twitches.",
    "What should the juniors look for after a fall: sickness, sleepiness, blood from the nose? "
    "Separately, my eyelid has twitched for a few days.",
    "My eyelid has twitched daily for a week. But if it ever became a palsy where my cheek sags, "
    "or my lid came down, would I notice?",
    "The station pager had a seizure all night with false alarms. Calf twitching.",
    "The old dishwasher won't swallow any more plates. Eyelid twitching.",
    "Our team choked on the picture round at the pub quiz. Eyelid twitching.",
])
def test_services_near_misses_raise_nothing(text):
    assert flags_of(text) == []


@pytest.mark.parametrize("text, flag", [
    # the one short of breath is with the user
    ("My son's on the sofa with a cough, short of breath and his lips are going blue. His eye "
     "twitches.", "breathing_trouble"),
    # the medicine came first
    ("The GP started tramadol on Monday and my eyelid flicker began two days later.",
     "medicine_suspected"),
    # a face that dropped
    ("My face dropped on one side an hour ago. Eyelid twitching.", "stroke_signs"),
    # a person who had the fit
    ("My brother had a fit at the wheel of the van and he's jerking beside me now.", "seizure"),
    # a choke on food
    ("I choked on a bit of steak and I still can't get my breath. Lip twitching.",
     "breathing_trouble"),
])
def test_services_counterparts_keep_the_flag(text, flag):
    assert flag in flags_of(text)


def test_out_for_a_walk_is_no_faint():
    assert flags_of("I'd been out for twenty minutes walking the dog. Calf twitching.") == []
