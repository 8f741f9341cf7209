"""Emergencies of the older held-out sets that only the intent classifier or the check question
caught, as classes: a fit timed long, or a second fit before coming round, in someone who has
epilepsy; a breath in that squeaks, or air that takes a fight to get in; a collapse told as the
view from the floor, as going down and waking, or as a long wait to come round; a throat "its
closing" (the "its" of a phone keyboard); a face that feels "droopy" beside a weak arm. Each with
a counterpart that keeps its level. Every sentence here is written for this test, none taken from
the held-out sets."""

import pytest

from bot.kb import Level
from tests.unit.wording_checks import flags_of, level_of


@pytest.mark.parametrize("text, flag", [
    ("I have epilepsy and my fits normally last under a minute, but my sister timed this one in "
     "the kitchen at nearly 7 minutes. Groggy now, arm twitching.", "seizure"),
    ("I'm epileptic; my fits usually pass quickly but today I had another one before I'd properly "
     "come round, says my flatmate. Calf twitching.", "seizure"),
    ("Wasp sting ten minutes ago and there's a whistling noise whenever I breathe in. Eyelid "
     "twitching.", "breathing_trouble"),
    ("Ate a satay skewer, now I'm straining so hard to get air in. Hands twitching.",
     "breathing_trouble"),
    ("Was hanging the washing out and then I was staring up at the sky from the ground, no idea "
     "how I got there. My eyelid's twitching.", "loss_of_consciousness"),
    ("In the lift queue I just crumpled and came round with people standing over me. Calf "
     "twitching.", "loss_of_consciousness"),
    ("My uncle went quiet at the table and it took him a couple of minutes to come round, now he's "
     "pale and muddled. I'm with him.", "loss_of_consciousness"),
    ("Ate shellfish an hour ago, my throat feels like its closing. Lip twitching.",
     "breathing_trouble"),
    ("My left arm has gone weak and the left side of my face feels droopy. Eyelid twitching.",
     "stroke_signs"),
])
def test_older_sets_emergency_classes_are_caught(text, flag):
    assert level_of(text) is Level.emergency
    assert flag in flags_of(text)


@pytest.mark.parametrize("text", [
    # a relative's long fit, over and told as past
    "My brother had a fit at school years ago and the teacher timed it at 6 minutes; he's fine "
    "now. My eyelid twitches.",
    # someone else's collapse long ago
    "My nan fainted at church last Easter and it took her a minute to come round, she's fine. My "
    "cheek twitches.",
    # a question about what a noise would mean
    "What would a squeaky noise when I breathe in mean? I don't have one, just a twitchy eyelid.",
])
def test_older_sets_near_misses_stay_below_emergency(text):
    assert level_of(text) is not Level.emergency


def test_its_before_a_noun_stays_possessive():
    # "its wing" is a thing's; only the eyelid twitch is the user's here
    assert level_of("The pigeon hurt its wing on my window and my eyelid twitches.") in (
        None, Level.routine)


def test_a_droopy_face_alone_stays_urgent():
    assert level_of("The left side of my face feels droopy since this morning. Cheek twitching.") \
        is Level.urgent
