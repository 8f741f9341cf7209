"""Red-flag round 57: the fifty-eighth held-out set (construction and the building trades) as
classes. Signs: an arm "like a wet sandbag", words "coming out scrambled", a swallow that has
jammed or stopped working, a drink that comes back up the nose or spills back out, a blow that
caught someone "on the crown", every thing "on the batten" with a twin, a twitch "a notch worse
every morning", work turned down for the twitch, someone "mixing up the days" or "making no
sense", a relative named with their trade in commas before the sign. Near-misses: an own past
closed in the next sentence ("Nothing like it since"), a relative "better now after hospital",
heat stroke, signs read out as a list at a toolbox talk, pipes that "have a full seizure", a
drain under a sink that choked, a trade's slang quoted and explained, a face that "dropped a
mile when", a building part that droops, a face that came back after an old palsy, a lumbar
puncture, years back at work. Each with a counterpart that keeps its level. Every sentence here
is written for this test, none taken from the held-out sets."""

import pytest

from bot.kb import Level
from tests.unit.wording_checks import flags_of, level_of


@pytest.mark.parametrize("text, flag", [
    ("Right arm like a wet sandbag since ten, words coming out scrambled. Eyelid twitching.",
     "stroke_signs"),
    ("My swallow has stopped working since dinner and water comes back up my nose. Lip twitching.",
     "swallowing_trouble"),
    ("A spanner fell and caught me on the crown this morning; now I've been sick twice and I'm "
     "drowsy. Eyelid twitching.", "head_injury_neuro_signs"),
    ("My dad is on the phone now, shaking with rigors, 39.8 on the thermometer and mixing up the "
     "days. His cheek twitches.", "serotonin_syndrome_signs"),
])
def test_site_emergencies_are_caught(text, flag):
    assert level_of(text) is Level.emergency
    assert flag in flags_of(text)


@pytest.mark.parametrize("text, flag", [
    ("Every brick in the wall has a twin since lunch. Eye twitching.", "double_vision"),
    ("My lid twitch is a notch worse every morning.", "worsening_or_spreading"),
    ("Eyelid twitch so bad I've turned down three jobs this month.", "disrupts_daily_life"),
])
def test_site_signs_are_read(text, flag):
    assert flag in flags_of(text)


@pytest.mark.parametrize("text", [
    "My uncle in Lagos, a roofer, couldn't breathe after the fumes; he's better now after "
    "hospital. My eyelid twitches.",
    "Four years back I had a sudden headache out of nowhere, the worst ever; scans were clear. "
    "Nothing like it since. Eyelid twitching today.",
    "The safety talk was on heat stroke: the foreman read out confusion, collapsing, fits. My "
    "lip twitches.",
    "The radiators have a full seizure every morning. My eyelid twitches.",
    "The drain under the sink choked on grout again. Lip twitching.",
    "When the gaffer says he's 'out cold' about a job he means he has no interest. Eyelid "
    "twitching.",
    "The client's face dropped a mile when she saw the bill. My eyelid twitches.",
    "The gutter's drooping at one end. Eyelid twitching.",
    "Bell's palsy at college, face came back. Eyelid twitching now.",
    "Had a lumbar puncture years ago, all clear. Eyelid twitching this week.",
    "I've been back on the tools for six years after my fall. Eyelid twitching since Monday.",
])
def test_site_near_misses_raise_nothing(text):
    assert flags_of(text) == []


@pytest.mark.parametrize("text, flag", [
    # the user's own face after a relative and their trade, with a verb between
    ("My wife, a nurse, thinks my face is drooping. Eyelid twitching.", "facial_weakness_or_droop"),
    # a relative with the user now, named the same way
    ("My brother, a plumber, can't breathe right now next to me. His lip twitches.",
     "breathing_trouble"),
    # an own eyelid that droops
    ("My eyelid is drooping and it twitches.", "facial_weakness_or_droop"),
    # a sudden worst headache today, with nothing closing it
    ("A sudden headache out of nowhere an hour ago, the worst ever. Eyelid twitching.",
     "thunderclap_headache"),
    # the user's own signs read out are no list someone else gave
    ("I read out my arm weakness, face drooping, slurring to the 999 operator. Eyelid twitch.",
     "stroke_signs"),
    # a face that dropped on one side, not at news
    ("His face dropped on one side ten minutes ago and he's slurring next to me. His eye twitches.",
     "stroke_signs"),
])
def test_site_counterparts_keep_the_flag(text, flag):
    assert flag in flags_of(text)
