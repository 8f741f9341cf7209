"""Red-flag round 59: the sixtieth held-out set (academia, universities and laboratories) as
classes. Signs: vomiting counted "once" or told count first ("twice sick"), thoughts gone
foggy after a blow, "passed clean out" and waking up under a desk, an eyelid that "sits
half-mast", valleys between the bones of a hand. Near-misses: "didn't breathe anything in", a
denial that runs over a list ending in "or" ("No fever, rash or stiff neck"), a relative's
illness and its signs dated "last year" and said to be over "now", signs a poster lists under
"what to do if", a medicine the user might start ("If I start the sertraline"), lab animals'
signs and doses, lab machines that "had a fit", an own palsy "long gone", a sentence set years
back whose twitching limb is that episode's, the same medicine named again after it is said to be
settled, numbness from ice that is normal again. Each with a counterpart that keeps its level.
Every sentence here is written for this test, none taken from the held-out sets."""

import pytest

from bot.kb import Level
from tests.unit.wording_checks import flags_of, level_of


@pytest.mark.parametrize("text, flag", [
    ("Walked into the cupboard door and smacked my head. Sick once since, and my thoughts are "
     "foggy. Eyelid twitching.", "head_injury_neuro_signs"),
    ("The window slammed on my head at work; twice sick since. Lip twitching.",
     "head_injury_neuro_signs"),
    ("Passed clean out in the seminar room and woke up under the desk. Calf twitching.",
     "loss_of_consciousness"),
])
def test_site_emergencies_are_caught(text, flag):
    assert level_of(text) is Level.emergency
    assert flag in flags_of(text)


@pytest.mark.parametrize("text, flag", [
    ("Since Sunday my left eyelid sits half-mast, and it twitches.", "facial_weakness_or_droop"),
    ("My left hand has valleys between the bones now that the right doesn't have. They twitch.",
     "muscle_wasting"),
])
def test_site_signs_are_read(text, flag):
    assert flag in flags_of(text)


@pytest.mark.parametrize("text", [
    "Fire drill at work: honestly I didn't breathe anything in and feel fine. Eyelid twitching.",
    "No fever, rash or stiff neck. Eyelid twitching since exams.",
    "I haven't had any headache, fever or stiff neck myself. My lid twitches.",
    "My uncle was diagnosed with myasthenia last year, with droopy lids and double vision, and "
    "he's doing well on tablets now; my cousin tells me everything. My eyelid twitches.",
    "There's a sign by the fume hood listing what to do if anyone nearby gets dizzy, confused, "
    "short of breath or collapses. Eyelid twitching.",
    "If I start the fluoxetine my doctor offered, could it make my eyelid twitch more?",
    # (a medicine named after "the", started later: round 59 let STARTING_ON take the article)
    "My GP is putting me on the citalopram next month. Will it make my eyelid twitch worse?",
    "Our rats on the test diet show tremor and seizures at the top dose. My eyelid twitches.",
    "The autoclave had a fit and flooded the floor. Eyelid twitching.",
    "My face drooped in first year with Bell's, long gone. Eyelid twitching now.",
    "Back in 2019 I was in hospital with a reaction: shaking, sweating, arms jerking. Now my "
    "eyelid twitches this week.",
    "Back in 2021 I ended up in A&E after cough syrup with my fluoxetine: sweating, heart "
    "racing, legs jerking. Still on fluoxetine, nothing new added. Eyelid twitching this week.",
    "In 2022, during my thesis, I landed in A&E after a cough syrup with my fluoxetine: sweats, "
    "shakes, a racing heart. Fine by morning. Still on fluoxetine with nothing new added. Eyelid "
    "twitching this week.",
    "Held a bag of ice too long and my fingers went numb for a minute, normal again now. Lid "
    "twitching.",
])
def test_site_near_misses_raise_nothing(text):
    assert flags_of(text) == []


@pytest.mark.parametrize("text, flag", [
    # a denial with no "or" list keeps the sign told after its comma
    ("No fever, stiff neck though, and the light hurts my eyes. Eyelid twitching.",
     "meningitis_signs"),
    # the user's own sign after a list of denials is still told
    ("No headache, arm weakness or face droop, but my speech has been slurred for ten minutes. "
     "Eye twitching.", "stroke_signs"),
    # breathing trouble told plainly
    ("I can't breathe properly since the spill and my lips twitch.", "breathing_trouble"),
    # a relative's signs with no date and no recovery, with the user now
    ("My uncle is next to me and since an hour ago he's seeing double. My eyelid twitches.",
     "double_vision"),
    # a medicine the user has started is suspected
    ("I started fluoxetine two weeks ago and now my eyelid twitches.", "medicine_suspected"),
    # a machine's fit is a figure, a colleague's is not
    ("My colleague had a fit by the freezer just now and isn't answering. My eye twitches.",
     "seizure"),
    # numbness that stays, with no cause, is read
    ("My fingers have been numb since yesterday. Calf twitching.", "numbness_or_tingling"),
])
def test_site_counterparts_keep_the_flag(text, flag):
    assert flag in flags_of(text)
