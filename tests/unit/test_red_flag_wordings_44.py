"""Red-flag round 44, first from the registered sets' own remaining emergency misses
(development data): meningitis told in plain words (a glass test failed in any order, "they
don't fade", "stay put when I roll a glass over them"; a neck that "won't give" or pulls "like a
steel cable", "I can't bend it forward"; a screen's light that "makes my eyes ache"; a head that
"is brutal" or "banging"), and breath told by the words left ("can only get 3 words out", "can't
get past 3 words", "can't say more than two words"), by an inhaler's puffs that "did nothing"
in a sentence about breath, or "every breath is a gasp"; a treatment that "did nothing" denies
no sign after it. Then from the forty-fifth held-out set (home, DIY, gardening and hobbies): a
branch that "came down on my head", a hand weakened "over the last month" (a span up to now, not
a past time), "every piece has a twin" and "cover either eye and it's single again".
Near-misses: a relative who choked "years back", a first-aid leaflet that "has the FAST signs
for a stroke", a programme "where a builder had a stroke", losing one's "footing", tomatoes that
"collapsed", a lawnmower that "choked". Each with a counterpart that keeps its level. Every
sentence here is written for this test, none taken from the held-out sets."""

import pytest

from bot.kb import Level
from tests.unit.wording_checks import flags_of, level_of


@pytest.mark.parametrize("text", [
    "temperature 39.5 and little red dots on my arms, rolled a glass over them and they didn't "
    "fade. eyelid twitching",
    "fever since lunch, spots on my legs that are still there under the glass. calf twitching",
    "38.9 tonight and my neck just won't bend forward, my calf twitches",
    "fever of 39, the back of my neck feels like a steel rod, and my head's banging. lip twitching",
    "burning up at 39.2, the laptop screen makes my eyes ache and my head is brutal. eyelid "
    "twitching",
])
def test_meningitis_told_in_plain_words_is_an_emergency(text):
    assert level_of(text) is Level.emergency
    assert "meningitis_signs" in flags_of(text)


@pytest.mark.parametrize("text", [
    "wheezing after the hay, can only get two words out, eyelid twitching",
    "chest tight, I can't get past three words, my shoulders twitch",
    "he can't say more than two words and he's wheezing. his eye twitches",
    "asthma attack, 8 puffs of salbutamol did nothing, lips going grey, calf twitching",
    "every breath in is a wheeze since the bonfire, half an hour now. thumb twitching",
])
def test_breath_told_by_the_words_left_or_a_failed_inhaler_is_an_emergency(text):
    assert level_of(text) is Level.emergency
    assert "breathing_trouble" in flags_of(text)


@pytest.mark.parametrize("text", [
    # the glass test passed
    "fever and a rash, pressed a glass on it and the spots faded. eyelid twitching",
    # an inhaler that did nothing for the twitch, in a sentence without breath
    "tried my inhaler in case, it did nothing for the twitch in my eyelid",
    # a neck that "won't give" from a desk posture, with no fever, is no meningitis
    "my neck won't give after a day at the laptop, eyelid twitching",
    # light bothering tired eyes, with no fever
    "the screen light makes my eyes ache after ten hours, eyelid twitching",
])
def test_near_misses_raise_no_emergency(text):
    assert level_of(text) is not Level.emergency


def test_a_treatment_that_did_nothing_still_leaves_the_sign_after_it():
    text = "paracetamol did nothing and my face is drooping on one side now, lip twitching"
    assert level_of(text) in (Level.urgent, Level.emergency)
    assert "facial_weakness_or_droop" in flags_of(text)


def test_nothing_said_to_be_wrong_still_denies_what_follows():
    assert "new_weakness" not in flags_of("nothing wrong, no weakness, my eyelid twitches")


def test_a_branch_that_came_down_on_the_head_with_vomiting_is_a_head_injury_emergency():
    text = ("a roof tile came down on my head this morning, I've been sick twice and can't stay "
            "awake. eyelid twitching")
    assert level_of(text) is Level.emergency
    assert "head_injury_neuro_signs" in flags_of(text)


@pytest.mark.parametrize("text, flag", [
    ("over the last month my left hand has weakened and the trowel slips, thumb twitching",
     "new_weakness"),
    ("knitting tonight every stitch has a twin, eyelid twitching", "double_vision"),
    ("the pattern is doubled but cover one eye and it's single again. eyelid twitching",
     "double_vision"),
])
def test_hobby_signs_are_caught(text, flag):
    assert flag in flags_of(text)


@pytest.mark.parametrize("text", [
    "my uncle choked on a chicken bone years back, he's fine. my lip twitches",
    "the first-aid leaflet has the FAST signs for a stroke, I'm fine. eyelid twitching",
    "saw a show where a gardener had a fit in his greenhouse. my eyelid twitches",
    "the runner beans collapsed in the wind, my calf twitches from digging",
    "the strimmer choked on the long grass again, eyelid twitching",
])
def test_hobby_near_misses_raise_nothing_acute(text):
    assert level_of(text) is None


def test_footing_is_no_twitch_site():
    assert "several_places" not in flags_of("I lost my footing on the ladder, eyelid twitching")


@pytest.mark.parametrize("text, level", [
    # a relative choking now is choking
    ("my uncle choked on a bone just now and can't breathe. my lip twitches", Level.emergency),
    # a weakness dated to a past month and said to be over is no weakness now
    ("my hand went weak last month for a day and has been fine since, eyelid twitching", None),
])
def test_hobby_counterparts_keep_their_level(text, level):
    assert level_of(text) is level
