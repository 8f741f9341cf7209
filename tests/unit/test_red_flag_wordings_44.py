"""Red-flag round 44, first from the registered sets' own remaining emergency misses
(development data): meningitis told in plain words (a glass test failed in any order, "they
don't fade", "stay put when I roll a glass over them"; a neck that "won't give" or pulls "like a
steel cable", "I can't bend it forward"; a screen's light that "makes my eyes ache"; a head that
"is brutal" or "banging"), and breath told by the words left ("can only get 3 words out", "can't
get past 3 words", "can't say more than two words"), by an inhaler's puffs that "did nothing"
in a sentence about breath, or "every breath is a gasp"; a treatment that "did nothing" denies
no sign after it. Each with a counterpart that keeps its level. Every sentence here is written
for this test, none taken from the held-out sets."""

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
