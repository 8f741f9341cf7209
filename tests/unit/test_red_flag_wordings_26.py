"""Red-flag round 26, from the twenty-ninth held-out set (English as a second language and
translated habits) as classes: a hand "like not mine" or an arm "like lead"; speaking "like
drunk", words that come out mixed; a mouth corner that hangs; a chest that closes, air that does
not go in; nothing that passes the throat; a terse "stiff then jerking"; a hand with a hole where
the flesh melted; an eyelid falling down over the eye; a muscle hard as a stone; pain like knives
and a score "from 10"; a head that is breaking; the boss sending one home; and, as near-misses,
a relative's past told in the present tense but dated by a year and over, a stroke someone "had
before", a fit "in childhood", and the words for grandparents and parents people keep from
their first language. Each with a counterpart that keeps its level. Every sentence here is
written for this test, none taken from the held-out sets."""

import pytest

from bot.kb import Level
from tests.unit.wording_checks import flags_of, level_of


@pytest.mark.parametrize("text", [
    "Twenty minutes ago my left hand became like not mine and the mouth corner is hanging. Eye jumping.",
    "Since one hour my wife says I speak like drunk, but I drink nothing. Eyelid twitching.",
    "My arm is like lead since ten minutes and the words come out mixed. Cheek twitching.",
    "My chest is closing since this morning, the air does not go in. Ribs twitching.",
    "Since two hours nothing passes my throat, not even water. Jaw twitching.",
    "My son says I was stiff then jerking for a minute on the sofa. Calf twitching.",
    "My mother says her head is breaking, suddenly, worst ever. She is with me. Eye twitching.",
])
def test_emergencies_in_second_language_english_are_caught(text):
    assert level_of(text) is Level.emergency


@pytest.mark.parametrize("text", [
    "Since two months at the base of my thumb there is a hole, the flesh melted. Hand twitching.",
    "Since five days my left eyelid is falling down over the eye. Before, only twitching.",
    # a cue's case until round 26 (test_suspicion); the rules name it now
    "my left arm feels like it isn't mine since this afternoon",
])
def test_urgent_signs_in_second_language_english_are_urgent(text):
    assert level_of(text) in (Level.urgent, Level.emergency)


@pytest.mark.parametrize("text, flag", [
    ("After the jump my thigh stays hard like a stone for many minutes. Every night.",
     "stiffness_in_area"),
    ("My neck twitch comes with pain like knives, 8 from 10.", "severe_pain"),
    ("My eyelid jumps so much my boss sent me home from the shop twice.", "disrupts_daily_life"),
])
def test_routine_wordings_raise_their_flag(text, flag):
    assert flag in flags_of(text)


@pytest.mark.parametrize("text", [
    "My nonna has a stroke in 2018, her arm is weak and she cannot talk, now she is fine. My eyelid jumps.",
    "Opa had stroke before. My lip twitching, is it related?",
    "Had fits in childhood, stopped at eight, nothing since. Now my eyelid flutters.",
    "My boss once sent me home for being late, ha. Eyelid twitching today, just started.",
])
def test_near_misses_are_no_emergency(text):
    assert level_of(text) is not Level.emergency


@pytest.mark.parametrize("text", [
    # counterparts: the same people and words, now
    "My nonna cannot talk and her face is hanging since ten minutes, she is here with me. Eye twitching.",
    "Opa had stroke before, and since ten minutes he speaks like drunk again. He is with me.",
    "Had fits in childhood and just now another one, stiff then jerking. Eyelid twitching.",
])
def test_counterparts_stay_emergencies(text):
    assert level_of(text) is Level.emergency
