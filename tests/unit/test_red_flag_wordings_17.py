"""Red-flag round 17, from the nineteenth held-out set's misses and false emergencies, as
classes: signs told in clinical shorthand (tonic-clonic, post-ictal, LOC, "head vs door frame"),
a reliever used ten or more times, a device's reading a few words after its name, a collapse
told as lying there, the recovery position, a face that sits lower, signing that turns to
nonsense, "everything's double", a cramp's pain score; and, as near-misses, a case from study or
training, a patient's case told by someone who works in care, a device named by what it watches
for, and "right" as a side (it is no word of now). Each with a counterpart that keeps its level.
Every sentence here is written for this test, none taken from the held-out sets."""

import pytest

from bot.facts import facts_from_text
from bot.kb import Level
from bot.screening import screen_message


def _level(text):
    return screen_message(text).level


@pytest.mark.parametrize("text", [
    "HCA here, about myself: had a tonic-clonic on the ward 20 min ago, post-ictal now. calf twitching",
    "brief LOC in the car park just now, no warning. eyelid twitching",
    "head vs car door at 2pm, since then vomited x2 and sleepy. eyelid twitch",
    "I've had 12 goes on my blue inhaler since lunch and it's not helping, ribs twitching",
    "the pulse oximeter on my finger now reads 87, lips twitching",
    "I fainted at the sink and lay there for about a minute, first time, eyelid twitching",
    "a stranger put me in the recovery position after I went down on the bus. calf twitching",
])
def test_signs_told_in_the_nineteenth_sets_ways_are_emergencies(text):
    assert _level(text) is Level.emergency


@pytest.mark.parametrize("text", [
    "since this morning everything's double when I look at the TV, eyelid twitching",
    "in the mirror the left side of my face sits lower than the right since last night, lip twitching",
])
def test_lasting_signs_told_in_its_ways_are_urgent_or_more(text):
    assert _level(text) in (Level.urgent, Level.emergency)


def test_a_cramps_pain_score_is_severe_pain():
    assert "severe_pain" in facts_from_text("calf twitch then cramps, 8/10, every night").symptoms


@pytest.mark.parametrize("text", [
    "exam question for tomorrow: 60M c/o sudden facial droop and slurred speech, what next? "
    "my eyelid twitches from studying",
    "physio here, after my shift: we had a patient c/o can't swallow today. my thumb twitches",
    "nurse, end of my shift: a resident had a seizure on the ward, she's settled. eyelid twitching",
    "the fall detector on my watch went off when I dropped my bag, I'm fine. calf twitching",
    "I broke my right wrist in 2015 and passed out from the pain, long recovered. eyelid twitching",
])
def test_study_cases_patients_devices_and_old_stories_are_no_emergency(text):
    assert _level(text) is not Level.emergency


@pytest.mark.parametrize("text", [
    "nurse, on shift now: I've just had a seizure in the staff room myself. eyelid twitching",
    "I'm a nurse and my patients say my face looks droopy and my speech is slurred since lunch. "
    "eyelid twitching",
    "paramedic, on shift: we had a quiet morning and then I collapsed and passed out. calf twitch",
    "exam stress and now my face has dropped on one side and my speech is slurred, lip twitching",
    "my right arm went weak and I passed out just now, eyelid twitching",
])
def test_the_same_shapes_with_a_real_sign_still_count(text):
    assert _level(text) is Level.emergency
