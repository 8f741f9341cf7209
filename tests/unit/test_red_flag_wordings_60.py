"""Red-flag round 60: the sixty-first held-out set (public transport staff and passengers) as
classes. Signs: a headache "like a door slamming", "zero to unbearable"; a skull clutched; a blow
told as a score the head lost ("roof 1, my head 0"); going stiff, then shaking after where it
happened; a cheek bitten in a fit; jerks that march from a hand up the arm; "half-breaths only";
a chin that stops short of the chest, a neck too sore to look down, lights like needles in the
eyes, spots that stay red when pressed; a limb that "won't work" or is "too feeble", a knee that
"keeps giving"; speech "slurry"; sweat dripping and a pulse going fast; copies "had" above
things; worse by the day; modafinil; a muscle "locked up tight". A relative's change "gone grey"
is no death. Near-misses: two buses together "seeing double", a crowd's faces that dropped, a
boss's fit when something went wrong, vehicles that had a fit or cough and choke, red-eye
flights, hand-sorting, a relative who emailed or texted their signs, a training module's rule,
"nobody's blacked out", an illness's signs listed after it ("all of it"), a checked face
"straight", "only the eyelid of the right jumps", years spent in a job, time off work, "back
driving in a month", "five years clear", "seven years now, nothing else". Each with a
counterpart that keeps its level. Every sentence here is written for this test, none taken from
the held-out sets."""

import pytest

from bot.kb import Level
from tests.unit.wording_checks import flags_of, level_of


@pytest.mark.parametrize("text, flag", [
    ("Backing the van out, a headache struck like a door slamming in my head, zero to unbearable "
     "before I'd straightened the wheel. Eye twitching.", "thunderclap_headache"),
    ("My colleague beside me just clutched his skull and says the pain went from nothing to "
     "unbearable. His eye twitches.", "thunderclap_headache"),
    ("Low beam 1, my head 0. Now throwing up and sleepy. Lip twitching.",
     "head_injury_neuro_signs"),
    ("My mate says I went stiff as a plank on the floor of the staff room by the lockers, then "
     "shook all over. Eyelid twitching.", "seizure"),
    ("I shook all over and came round with my cheek bitten. Calf twitching.", "seizure"),
    ("My left hand has been jerking by itself for three minutes, and now it's creeping up into "
     "my arm. Thumb twitched before.", "seizure"),
    ("Chest tight, half-breaths only. Eyelid twitching.", "breathing_trouble"),
    ("Temperature 39.1, my chin stops three fingers short of my chest, and the lamps are like "
     "knives in my eyes. Eyelid twitching.", "meningitis_signs"),
    ("My daughter is with me, 39.3, and says her neck is too sore to look down at her book. Her "
     "eyelid twitches.", "meningitis_signs"),
    ("Fever of 39 and red spots on my legs that stay red when I press a cup on them. Eyelid "
     "twitching.", "meningitis_signs"),
    # (a change "gone" through is no death: the son's signs are his, now)
    ("My son is beside me on the train. We were going to his match and he's gone grey and hot, "
     "39.4, and he says his neck is too stiff to bend forward. His lid twitches.",
     "meningitis_signs"),
    ("left arm wont work the kettle, face crooked, talking slurry. lip twitching", "stroke_signs"),
    ("On sertraline and took molly tonight; sweat dripping off me and my pulse is going really "
     "fast. Legs twitching.", "serotonin_syndrome_signs"),
])
def test_transport_emergencies_are_caught(text, flag):
    assert level_of(text) is Level.emergency
    assert flag in flags_of(text)


@pytest.mark.parametrize("text, flag", [
    ("Street lights have had a copy floating above them since Friday. Eyelid twitching.",
     "double_vision"),
    ("My left hand is too feeble for the door handle since Tuesday. Forearm twitching.",
     "new_weakness"),
    ("My right knee keeps giving on the stairs this week. Thigh twitching.", "new_weakness"),
])
def test_transport_urgent_signs_are_caught(text, flag):
    assert level_of(text) is Level.urgent
    assert flag in flags_of(text)


@pytest.mark.parametrize("text, flag", [
    ("The doctor started me on modafinil for nights; my eyelid has twitched since.",
     "medicine_suspected"),
    ("Calf twitching for a week and now it's locked up tight every morning.", "stiffness_in_area"),
    ("The thumb twitch creeps higher every day.", "worsening_or_spreading"),
    ("Lid twitch lasts longer by the day.", "worsening_or_spreading"),
])
def test_transport_routine_signs_are_read(text, flag):
    assert flag in flags_of(text)


@pytest.mark.parametrize("text", [
    "Two number 9s came together, seeing double haha. Eyelid twitching.",
    "The customers' faces dropped when I told them the fare. My lip twitches.",
    "The boss had a fit when the delivery van scraped the gate. My eyelid twitches.",
    "The whole boat had a fit in the swell. Just a twitchy calf from bracing.",
    "The old van keeps coughing and choking on the hills, wheezing like a kettle. I'm fine, just "
    "an eyelid twitch.",
    "Working the red-eye flights all week; eyelid twitching.",
    "We hand-picked the orders all day and my eyelid twitches.",
    "My brother's on a rig in the North Sea and he texted that he's seeing double; the rig medic "
    "is with him. Me: just an eyelid twitch.",
    "The safety module said a driver who faints at the wheel loses the licence. Nobody has "
    "fainted here. Eyelid twitching.",
    "Nobody's collapsed, it's only a drill. My eyelid twitches.",
    "My cousin rang from Accra: his wife has what the doctors think is meningitis, fever, stiff "
    "neck, all of it. I'm fine, just a twitchy eyelid.",
    "I was a postman on the hill routes for twenty years. My eyelid has twitched since Sunday.",
    "A fit in 2018 cost me a year off the road; tablets since. Calf twitch this week.",
    "In 2020 a ladder fell on my head and I was sick and confused for a day. Full recovery, back "
    "at work in a month. Eyelid twitching this week.",
    "Couldn't breathe after a chemical spill once, years ago. Four years clear. Eyelid twitching.",
    "Had a small stroke in 2018, it all came back. Eight years now, nothing else. Face straight. "
    "Eyelid twitching.",
    "Doing the checks: I lift both arms and they stay up. Only the lid on the left jumps.",
    "I'm drinking more coffee every day and my eyelid twitches.",
    # (gone as dead stays a death: his stroke is over)
    "My grandad had a stroke in 2010 and he's gone now. Eyelid twitching.",
])
def test_transport_near_misses_raise_nothing(text):
    assert flags_of(text) == []


@pytest.mark.parametrize("text, flag", [
    # a person's fit, not a boss's temper at a mishap
    ("The skipper had a fit on deck just now and isn't answering. My eye twitches.", "seizure"),
    # a driver with the user now, not a rule's "a driver who"
    ("A driver next to me just blacked out at the wheel. My eyelid twitches.",
     "loss_of_consciousness"),
    # the twitch's own years, even with nothing else
    ("Eyelid twitch for three years now, nothing else.", "long_lasting"),
    # a twitch that has been a pest at work for weeks is the twitch's length
    ("My eyelid twitch has been a pest at work for three weeks.", "long_lasting"),
    # a hand that twitches is a site, beside a calf
    ("My hand and my calf both twitch.", "several_places"),
    # a face that dropped on one side is a sign
    ("My face dropped on one side an hour ago. Eyelid twitching.", "facial_weakness_or_droop"),
])
def test_transport_counterparts_keep_the_flag(text, flag):
    assert flag in flags_of(text)
