"""Red-flag round 42, from the forty-third held-out set (remote and rural life, far from a
hospital) as classes: a face that sags with words that "come out as mush", "a bang to the head",
someone who "doesn't know where we are" with an infected wound and rigors, "two of every" lamp, a
"gummy" eye. Near-misses: a farm animal that collapses or keels over, a fence post "knocked out",
a generator that "keeps choking", a sting's place or "by hand" or "calving" read as a twitch
site, "my chest is clear", "no rain in two years", a relative's past event told with a place
between ("my uncle in a village near Sylhet was poisoned... two years ago"), and the signs asked
about as the line to cross ("what would make it an emergency, my face dropping?"). Each with a
counterpart that keeps its level. Every sentence here is written for this test, none taken from
the held-out sets."""

import pytest

from bot.kb import Level
from tests.unit.wording_checks import flags_of, level_of


@pytest.mark.parametrize("text, flag", [
    ("my mouth is sagging on the left and my words came out as mush at the sale. lip twitching",
     "stroke_signs"),
    ("fell off the trailer, bang to the head, been sick twice and can't stay awake. eye twitching",
     "head_injury_neuro_signs"),
    ("his cut from the barbed wire is angry and hot, he's shivering with rigors, burning up and "
     "doesn't know where we are. his thumb twitches", "serotonin_syndrome_signs"),
])
def test_rural_emergencies_are_caught(text, flag):
    assert level_of(text) is Level.emergency
    assert flag in flags_of(text)


@pytest.mark.parametrize("text, flag", [
    ("two of every fence post since the night shift, eyelid twitching", "double_vision"),
    ("dust in my eye at the mill, it's red and gummy now and the lid twitches",
     "red_swollen_eye_discharge"),
])
def test_rural_lesser_signs_are_caught(text, flag):
    assert flag in flags_of(text)


@pytest.mark.parametrize("text", [
    "the heifer collapsed in the crush this morning, vet's on the way. my eyelid twitches",
    "our old ewe has staggers and keeps keeling over. cheek twitching",
    "knocked out three fence posts before lunch, now my forearm twitches",
    "the outboard keeps choking and dying on me. eyelid twitching all week on the boat",
    "what would make it an emergency, my face dropping or slurring? my eyelid just twitches",
])
def test_rural_near_misses_raise_nothing_acute(text):
    assert level_of(text) is None


@pytest.mark.parametrize("text, flag", [
    ("wasp sting on my hand this morning, throat fine. just my eyelid twitching", "several_places"),
    ("mucking out all week after calving, eyelid twitching", "several_places"),
    ("planting out by hand, my eyelid twitches", "several_places"),
    ("my chest is clear and my eyelid twitches", "several_places"),
    ("no proper rain in three years out here. lip twitching since Monday", "long_lasting"),
    ("my aunt in a town near Kisumu was bitten by a snake two years ago, she's fine. eyelid "
     "twitching this week", "long_lasting"),
])
def test_rural_near_misses_raise_no_such_flag(text, flag):
    assert flag not in flags_of(text)


@pytest.mark.parametrize("text, level", [
    # a person who collapsed is a collapse
    ("the shearer collapsed in the pen and isn't responding. my eyelid twitches", Level.emergency),
    # a person knocked out is knocked out
    ("he got knocked out by the gate and still isn't making sense. eyelid twitching",
     Level.emergency),
    # the face dropping now, after the question, is the sign (a droop alone, with no sudden
    # onset told, is urgent)
    ("what would make it an emergency? my face is drooping on one side right now", Level.urgent),
])
def test_counterparts_keep_their_level(text, level):
    assert level_of(text) is level


@pytest.mark.parametrize("text, flag", [
    ("no change in three weeks, my eyelid still twitches", "long_lasting"),
    ("my calf and my eyelid both twitch after calving", "several_places"),
])
def test_counterparts_keep_their_flag(text, flag):
    assert flag in flags_of(text)
