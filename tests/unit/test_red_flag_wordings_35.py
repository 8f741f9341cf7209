"""Red-flag round 35, from the thirty-eighth held-out set (travel, holidays and life away from
home) as classes: a hand that "just wouldn't grip", heat with shaking and jerking on a serotonergic
medicine, "losing track of where I am" and "repeating myself" (with a fever: a serious infection),
a thumb muscle "hollowed out" by the forefinger, a malaria or an altitude tablet started for a
trip, a pain score in words ("eight out of ten"). Near-misses: what a form asks about, a sign named as "the old" one, a past episode dated
"last year", a phrasebook's phrases, a queue that "collapsed into chaos". Each with a counterpart
that keeps its level. Every sentence here is written for this test, none taken from the held-out
sets."""

import pytest

from bot.kb import Level
from tests.unit.wording_checks import flags_of, level_of


@pytest.mark.parametrize("text", [
    "in the hostel just now the right side of my face dropped and my right hand just wouldn't grip "
    "my cup. lid twitching",
    "on sertraline, started a cold remedy today, now I'm hot, trembling and jerking. calf twitching",
    "kidney infection, 39.3 and shivering, and my husband says I keep repeating myself. thumb "
    "twitching",
    "fever of 39 and I keep losing track of where I am. eyelid twitching",
])
def test_travellers_emergencies_are_caught(text):
    assert level_of(text) is Level.emergency


@pytest.mark.parametrize("text, flag", [
    ("the muscle by my forefinger has hollowed out and it twitches", "muscle_wasting"),
    ("started Lariam for the safari on Monday and my eyelid has twitched since", "medicine_suspected"),
    ("took Diamox for the trek and now my lip twitches", "medicine_suspected"),
    ("a cramping pain with the calf twitch, nine out of ten at night", "severe_pain"),
])
def test_travellers_lesser_signs_are_caught(text, flag):
    assert flag in flags_of(text)


@pytest.mark.parametrize("text", [
    "the visa medical questionnaire asks if I have ever had seizures or blackouts. I haven't. my "
    "eye twitches",
    "I was knocked out playing rugby in 2018 and was fine after. could my cheek twitch be from the "
    "old concussion?",
    "had a bad asthma attack in Denver last year, couldn't breathe, fine since. eyelid twitching",
    "our phrasebook has 'I cannot breathe' and 'he is unconscious' on one page. my lid twitches",
    "the boarding queue collapsed into chaos at the gate. cheek twitching",
])
def test_travellers_near_misses_raise_no_emergency(text):
    assert level_of(text) is not Level.emergency


@pytest.mark.parametrize("text, level", [
    # a low score in words is no severe pain
    ("a cramping pain with the calf twitch, three out of ten", None),
    # a grip that works is no weakness
    ("my hand grips my cup fine, it's just the eyelid twitching", None),
    # hot after a run on an antidepressant is no fever, without the shaking and the jerking
    ("on sertraline and hot after my run, eyelid twitching", None),
    # someone who collapses into a chair and won't wake is still an emergency
    ("my friend collapsed into her chair and won't wake up, my eye twitches", Level.emergency),
    # a fit this year, not last year, still counts
    ("I had a fit in the airport toilets ten minutes ago, first ever. thumb twitching",
     Level.emergency),
])
def test_counterparts_keep_their_level(text, level):
    assert level_of(text) is level
