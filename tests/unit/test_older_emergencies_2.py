"""Older sets' emergencies the rules missed, second part, as classes: a head blow told with no
verb ("back of my head on the kerb") or as "clocked on the head"; minutes lost from memory after
it; a meal "brought up"; a hand "all thumbs"; a tongue "cut" after shaking all over; someone
telling what the user did ("my wife says I went stiff"), which is the user's sign, not theirs;
going stiff "and was jerking", limbs "banging". Each with a counterpart that keeps its level.
Every sentence here is written for this test, none taken from the held-out sets."""

import pytest

from bot.kb import Level
from tests.unit.wording_checks import flags_of, level_of


@pytest.mark.parametrize("text, flag", [
    ("My wife says I went stiff on the sofa and then my arms were banging against the cushions. "
     "Eyelid twitching.", "seizure"),
    ("Smacked my head on the loft hatch an hour ago and I can't remember coming down the ladder. "
     "Cheek twitching.", "head_injury_neuro_signs"),
    ("Slipped on the ice, back of my head on the kerb, and I've brought my breakfast up twice "
     "since. Eyelid twitching.", "head_injury_neuro_signs"),
    ("Got clonked on the head by a falling branch this morning and my mates say I keep asking "
     "what day it is. Eyelid twitching.", "head_injury_neuro_signs"),
    ("Came off my bike and hit my head an hour ago, and now my right hand is all thumbs, I can't "
     "do my buttons. Calf twitching.", "head_injury_neuro_signs"),
    ("Shaking all over at the bus stop for a couple of minutes, never before, and now my tongue "
     "is cut and I'm muddled. Eyelid twitching.", "seizure"),
])
def test_older_sets_emergency_classes_are_caught(text, flag):
    assert level_of(text) is Level.emergency
    assert flag in flags_of(text)


@pytest.mark.parametrize("text", [
    # a denial that "say I" must not end
    "Can't say I have any weakness, my grip is fine. Just the eyelid twitching.",
    "The doctor never said I had a stroke; my eyelid just twitches.",
    # a topic raised, not a meal
    "Brought it up with my GP last week: the eyelid twitch that comes and goes.",
])
def test_older_sets_near_misses_stay_quiet(text):
    assert level_of(text) is None


def test_someone_else_telling_their_own_sign_stays_theirs():
    # the teller's own fit, far away and over, is no sign of the user's
    assert level_of("My brother in Perth says he had a fit last year; he's fine now. My calf "
                    "twitches.") is None


def test_a_clumsy_day_is_no_weak_hand():
    assert "new_weakness" not in flags_of("I'm all thumbs today, typing with this twitchy eyelid.")
