"""Red-flag round 68: the sixty-eighth held-out set (animals: vets, stables, kennels and zoos) as
classes. Signs: an arm "heavy" beside a face that dropped (the arm of FAST); jerking as an item
of a list of new signs with a racing heart once two serotonin-raising medicines are taken (a new
`when_on_serotonergic_mix` row); "ADHD dose" as a stimulant; a twitch "lasting longer" or "worse
every few days"; a thinning noticed "when I was feeding the ducks" (a time of doing, no time of
life). Near-misses: an animal's sign told with where it is ("the cat in kennel 4 can't
swallow"), with a plural possessive ("horses' seizures") or as an adjective ("our collapsed
ewe"); animals stroked; a course that "listed" signs; what someone else "should do if"; an
elephant "calf"; "my hands are steady". Each with a counterpart that keeps its level. Every
sentence here is written for this test, none taken from the held-out sets."""

import pytest

from bot.kb import Level
from tests.unit.wording_checks import flags_of, level_of


@pytest.mark.parametrize("text, flag, level", [
    ("Mouth drooped on the left in the car mirror and my hand feels heavy. Eyelid twitching.",
     "stroke_signs", Level.emergency),
    ("Sertraline and a triptan today, now jerking, heart racing. Calf twitching.",
     "serotonin_syndrome_signs", Level.emergency),
    ("My son spotted it when I was washing the car: my left forearm has gone thin and hollow. "
     "It twitches a lot.", "muscle_wasting", Level.urgent),
])
def test_yard_signs_are_caught(text, flag, level):
    assert level_of(text) is level
    assert flag in flags_of(text)


@pytest.mark.parametrize("text, flag", [
    ("ADHD dose up to 40 mg; eyelid twitching since.", "medicine_suspected"),
    ("The twitch in my thumb is coming more often and lasting longer each time.",
     "worsening_or_spreading"),
    ("Eyelid twitch for ten days, worse every couple of days.", "worsening_or_spreading"),
])
def test_yard_routine_signs_are_flagged(text, flag):
    assert flag in flags_of(text)


@pytest.mark.parametrize("text", [
    "The rabbit in cage 2 can't swallow and the spaniel on the drip had a fit this morning. My "
    "eyelid twitches.",
    "Can dogs' seizures be catching? My eyelid keeps twitching.",
    "Our fitting collie is settled on phenobarbital now. My eyelid twitches at night.",
    "Spent the afternoon stroking the ponies at the farm park. Eyelid twitching.",
    "Our first-aid session listed strokes, seizures and choking. My eyelid twitches since.",
    "What should a yard hand do if someone is kicked in the head, or can't breathe in the hay "
    "barn? Asking for a poster. My eyelid twitches.",
    "A newborn calf kicked my shin. My eyelid has twitched since Tuesday.",
    "My hands are steady and my eyelid twitches after night feeds.",
    "After leg day my arms feel heavy and my eyelid twitches.",
])
def test_yard_near_misses_raise_nothing(text):
    assert flags_of(text) == []


@pytest.mark.parametrize("text, flag", [
    ("My husband in the kitchen can't swallow and is drooling. Eyelid twitching.",
     "swallowing_trouble"),
    ("I had a seizure in the yard this morning. My eyelid twitches.", "seizure"),
    ("I collapsed in the stable an hour ago. Eyelid twitching.", "loss_of_consciousness"),
    ("My face dropped on one side an hour ago. Eyelid twitching.", "facial_weakness_or_droop"),
    ("My calf and my forearm have twitched all week.", "several_places"),
    ("I'm on sertraline and my heart is racing.", "medicine_suspected"),
])
def test_their_counterparts_keep_their_flags(text, flag):
    assert flag in flags_of(text)
