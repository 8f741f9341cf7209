"""Red-flag round 61: the sixty-second held-out set (fishing and the sea) as classes. Signs: the
word known but "my mouth says a different word", a leg "heavy like" a weight, an onset "for half
hour"; going stiff, then "thrashed"; a head "clouted"; coming to flat on a quay or a deck; "close
an eye: one"; a hand "letting me down"; a twitch for "the whole three-week" trip; a new place that
"has started too"; a pain "so sore ... eight out of ten". Near-misses: a check told "no bother",
"chest's not tight", both sides that match and arms of which "neither sags", months of a contract
left, an instructor's checklist, "only the lid so far" after a question, "is a twitching lip ever
a stroke warning?", a briefing that said, a knock "last season" and over, deck machines and a
fishing float that "had a fit", a whole crowd knocked out cold, bait that would knock a seagull
unconscious, a joke, a lake that "couldn't breathe", double hours and double orders, a thing's
lid, and medicines of a message that says "no new pills at all". Each with a counterpart that
keeps its level. Every sentence here is written for this test, none taken from the held-out
sets."""

import pytest

from bot.kb import Level
from tests.unit.wording_checks import flags_of, level_of


@pytest.mark.parametrize("text, flag", [
    ("At the packing bench for half hour I know the word but my mouth says a different word, and "
     "my left leg is heavy like a sandbag. Eyelid twitching.", "stroke_signs"),
    ("Ten minutes ago I went stiff as a board, then thrashed. Calf twitching.", "seizure"),
    ("The boom clouted my head an hour ago; since then throwing up and drowsy. Lip twitching.",
     "head_injury_neuro_signs"),
    ("Next thing I was lying on the quay looking at the sky, out for a minute my mate says. "
     "Eyelid twitching.", "loss_of_consciousness"),
])
def test_sea_emergencies_are_caught(text, flag):
    assert level_of(text) is Level.emergency
    assert flag in flags_of(text)


@pytest.mark.parametrize("text, flag", [
    ("Since Sunday the harbour lights come in pairs. Close an eye: one. Lid twitching.",
     "double_vision"),
    ("For a week my left hand has been letting me down at the bench. Thumb twitching.",
     "new_weakness"),
])
def test_sea_urgent_signs_are_caught(text, flag):
    assert level_of(text) is Level.urgent
    assert flag in flags_of(text)


@pytest.mark.parametrize("text, flag", [
    ("My cheek has twitched every day for the whole three-week holiday.", "long_lasting"),
    ("Calf twitching for four days, and my thigh has started too.", "worsening_or_spreading"),
    ("After each twitch my calf knots up so sore I shout, eight out of ten.", "severe_pain"),
])
def test_sea_routine_signs_are_read(text, flag):
    assert flag in flags_of(text)


@pytest.mark.parametrize("text", [
    "Neck check: chin to chest no bother, no fever. Eyelid twitching.",
    "Swallowing fine, chest's not tight. Lip twitching.",
    "Face in the mirror: both sides match when I smile. Arms up: neither sags. Eyelid twitching.",
    "My husband in Dubai fainted last week from the heat and is fine now. I've got four months "
    "of contract left here. Eyelid twitching.",
    "The first aid trainer handed us a checklist for the exam: a face that droops, slurred "
    "words, someone who can't breathe. I'm fine, just a twitchy eyelid.",
    "Does my lid twitch ever pull at my cheek too? Only the lid so far.",
    "Is a twitching lip ever a stroke warning? Just curious.",
    "The harbour master's briefing said a fever with a stiff neck means call for help. My thumb "
    "twitches.",
    "Last season a crate hit me on the head; I was sick and woozy and spent a night in hospital "
    "with concussion. Right as rain since. Lip twitching this week.",
    "The old forklift had a fit in the yard. Eyelid twitching.",
    "The price rise knocked everyone out cold. Lip twitching.",
    "Bait that'd knock a seagull unconscious. Eyelid twitching.",
    "My mate joked the dinghy would choke on the next wave. Eyelid twitching.",
    "The lake couldn't breathe for weed this summer. Eyelid twitching.",
    "Seeing double all month: double hours, double orders. Eyelid twitching.",
    "My float had a proper fit when a carp took. Thumb twitching from the rod.",
    "In 2021 a doctor gave me tramadol with my sertraline and I got sweaty and confused; fine "
    "since. Tramadol is banned on my records now. Eyelid twitching, no new pills at all.",
    "The lid of the paint tin wouldn't open and my thumb twitches.",
])
def test_sea_near_misses_raise_nothing(text):
    assert flags_of(text) == []


@pytest.mark.parametrize("text, flag", [
    # a twitch said to reach the cheek, with no "only the lid so far"
    ("My lid twitch pulls at my cheek now.", "spreading_face"),
    # a medicine started is still suspected, and so is a dose that went up
    ("I started tramadol last week with my sertraline. Eyelid twitching.", "medicine_suspected"),
    ("No new pills, but the dose of my citalopram went up last week. Eyelid twitching.",
     "medicine_suspected"),
    # an arm check passed does not hide a face that droops
    ("Neither arm drops but my face droops on the left. Eyelid twitching.",
     "facial_weakness_or_droop"),
    # the user's own slurring after a trainer's list is a sign
    ("The first aid trainer said to watch for slurred words. My own words have been slurred "
     "since an hour ago. Eyelid twitching.", "stroke_signs"),
    # a blow today beside one last season
    ("Last season I hit my head. Today a crate hit my head and now I'm sick and drowsy. Lip "
     "twitching.", "head_injury_neuro_signs"),
])
def test_sea_counterparts_keep_the_flag(text, flag):
    assert flag in flags_of(text)
