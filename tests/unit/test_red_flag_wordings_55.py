"""Red-flag round 55. First, classes left over from the fifty-fifth held-out set (music, stage and
performing): a sign one checks the mirror for, a sign denied in the next sentence ("There isn't
one"), and a second effect asked in the same "could it make them" question. Then the fifty-sixth
set (hospitality and kitchens) as classes: a hand that won't pull or pour, words gone thick,
nothing passes and spit spat out, food lodged halfway down, a door that swung into the head, a
"next memory" on the floor, heat told as a state with jerking or a racing heart, a blow "swung"
felt as a headache, "in that second" and "in under a minute", a hand losing its power, a
relative who "has rigors", a sound heard down the phone line, someone who thinks it is a past year
or asks for the dead. Near-misses: a checklist answered after colons ("Face: even", "Arms: both
up"), nobody breathless, what a trainer went through, two medicines asked about and not taken
yet, "nothing like it in the eleven years since", a kitchen machine that choked or passed out, a
bake that collapsed, a critic's review quoted, fingers numb with cold that came back fine, eyes
that ran red from onions and cleared, a face on fire from chilli. Each with a counterpart that
keeps its level. Every sentence here is written for this test, none taken from the held-out
sets."""

import pytest

from bot.kb import Level
from tests.unit.wording_checks import flags_of, level_of


@pytest.mark.parametrize("text, flag", [
    ("I keep checking the mirror for a droop. My eyelid has twitched since Tuesday.",
     "facial_weakness_or_droop"),
    ("My partner checked my arms for any weakness. My calf twitches.", "new_weakness"),
    ("My lid twitches. Seeing double? There isn't any.", "double_vision"),
    ("Eyelid twitching since Sunday. Any drooping? There's none.", "facial_weakness_or_droop"),
    ("Could the tablets make me dizzy, or make my neck go stiff? My lip twitches.",
     "stiffness_in_area"),
])
def test_leftovers_raise_no_flag(text, flag):
    assert flag not in flags_of(text)


def test_a_sign_looked_for_is_no_emergency():
    assert level_of("Lid twitching all week. I keep checking my face for a droop and my speech "
                    "for any slurring.") is not Level.emergency


@pytest.mark.parametrize("text, flag", [
    # found when looked for
    ("I checked the mirror and one side of my face droops. My eyelid twitches.",
     "facial_weakness_or_droop"),
    # help looked for is no sign looked for
    ("I'm searching for advice for a droopy eyelid. It twitches too.", "facial_weakness_or_droop"),
    # "there isn't one thing" denies nothing
    ("I'm seeing double. There isn't one thing I can read. My eyelid twitches.", "double_vision"),
    # an effect told as it happened, not asked
    ("The new tablets made me dizzy and my neck has gone stiff. My lip twitches.",
     "stiffness_in_area"),
])
def test_their_counterparts_keep_the_flag(text, flag):
    assert flag in flags_of(text)


def test_a_face_found_drooping_after_looking_is_an_emergency_with_a_slur():
    assert level_of("I looked for a droop in the mirror and my mouth is lopsided, and my words "
                    "are slurred. Eyelid twitching.") is Level.emergency


@pytest.mark.parametrize("text, flag", [
    ("Bar manager, 70: left hand won't pour the wine, mouth lopsided, words thick. Lip twitching.",
     "stroke_signs"),
    ("A prawn lodged halfway down an hour ago; nothing goes, not even a drop of water. Eyelid "
     "twitching.", "swallowing_trouble"),
    ("Spitting my own saliva into a napkin since the fish bone. Cheek twitching.",
     "swallowing_trouble"),
    ("The cellar hatch swung into my head; now I'm throwing up and drowsy. Eyelid twitching.",
     "head_injury_neuro_signs"),
    ("Locked the fridge at 2am. Next memory: on the kitchen floor, bin tipped over. Eye twitching.",
     "loss_of_consciousness"),
    ("Took ecstasy on top of my sertraline: boiling, jerking, heart pounding. Calf twitching.",
     "serotonin_syndrome_signs"),
    ("At 22:05 I bent for the tray and in that second a headache struck like someone swung a "
     "skillet at my skull, the worst of my life. Eyelid twitching.", "thunderclap_headache"),
    ("Nan has rigors and is confused tonight. Her hands twitch.", "serotonin_syndrome_signs"),
    ("My gran is on the phone, shaking with rigors, I can hear her moaning down the line, and "
     "she thinks it's 1985. Her fingers twitch.", "serotonin_syndrome_signs"),
])
def test_kitchen_emergencies_are_caught(text, flag):
    assert level_of(text) is Level.emergency
    assert flag in flags_of(text)


def test_a_hand_losing_its_power_is_new_weakness():
    assert "new_weakness" in flags_of("For a fortnight my right hand is losing its power and I "
                                      "can't crack eggs; the thumb web twitches.")


@pytest.mark.parametrize("text", [
    "Checklist: Face: even in the mirror. Arms: both up for ten seconds. Eyelid twitching.",
    "The gas alarm went off; the engineer checked us all: nobody breathless or confused. My "
    "eyelid twitches.",
    "Did a first-aid course and the trainer went through FAST: a face that drops, an arm that "
    "won't stay up, speech that comes out wrong. My eyelid twitches.",
    "Safe to take tramadol with citalopram? Haven't yet. Lid twitching.",
    "Bad headache in 2016, scanned, fine. Nothing like it in the ten years since. Eyelid "
    "twitching this week.",
    "The coffee machine choked on descaler and the fryer passed out at nine. Lip twitching.",
    "Our souffle collapse on live TV made my heart race, lol. Eye twitching all shift.",
    "The critic wrote up our curry: 'so hot it stopped my breath and left me seeing double'. "
    "My eyelid twitches since.",
    "Packing the freezer, my fingers went numb with cold and came back fine after. Eyelid "
    "twitching.",
    "Onion prep: eyes ran red, cleared outside. Eyelid twitching.",
    "Chilli challenge: face on fire, then milk and fine. Lower lip twitching since.",
])
def test_kitchen_near_misses_raise_nothing(text):
    assert flags_of(text) == []


@pytest.mark.parametrize("text, flag", [
    ("Face: drooping on the left. Eyelid twitching.", "facial_weakness_or_droop"),
    ("I'm on sertraline; my calf twitches. The kitchen is boiling and I'm sweating.",
     "medicine_suspected"),
    ("Nobody found me; I was on the floor fitting. Eye twitching.", "seizure"),
    ("Safe to take tramadol with my citalopram? Took both an hour ago and now I'm boiling, jerking, "
     "heart racing. Lid twitching.", "serotonin_syndrome_signs"),
    ("My fingers went numb this morning and are still numb. Eyelid twitching.",
     "numbness_or_tingling"),
    ("Now my eye is red and swollen with yellow gunk after onion prep, eyelid twitching.",
     "red_swollen_eye_discharge"),
    ("My face is drooping on one side. Lower lip twitching.", "facial_weakness_or_droop"),
])
def test_kitchen_counterparts_keep_the_flag(text, flag):
    assert flag in flags_of(text)


def test_a_kitchen_state_heat_is_no_fever():
    assert "serotonin_syndrome_signs" not in flags_of(
        "I'm on sertraline. The kitchen is boiling, my heart is racing from the rush and my calf "
        "twitches.")
