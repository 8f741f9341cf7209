"""Red-flag round 16, from the eighteenth held-out set's false emergencies and misses, as
classes: figures of speech that name a sign nobody has, boxes left empty on a form, someone taken
away by the ambulance or into hospital, a relative's episode dated by a school or sports season,
the user's own past dated by a time of life, and an age that is no duration; and, as misses, a
one-sided sign since a meal, fits counted, a longer thing that struck the head, coming round on
the floor told as a gap, a thunderclap told in fragments, a bare pain score, "a good month", and
a lid that has come down. Each with a counterpart that keeps its level. Every sentence here is
written for this test, none taken from the held-out sets."""

import pytest

from bot.durations import find_durations
from bot.facts import facts_from_text
from bot.kb import Level
from bot.screening import screen_message


def _level(text):
    return screen_message(text).level


@pytest.mark.parametrize("text", [
    # figures of speech
    "my inbox is giving me a stroke today, my eyelid twitches all day",
    "I almost had a fit when I saw the parking fine haha, and my eye twitches",
    "laughing so hard I can't breathe at the wedding speech, my cheek twitches",
    "I totally choked in the interview today and now my eyelid is twitching",
    "blacked out most of the lecture, too tired, and my eyelid twitches",
    "his face fell when he saw the bill. my own eyelid twitches a lot",
    # a form's empty boxes
    "triage sheet: chest pain [ ] seizure [ ] can't swallow [ ] eyelid twitch [x]",
    # taken away, or dated by a season, or by a time of life
    "a woman fainted at the bus stop and the ambulance took her, I'm home now, my lip twitches",
    "my grandad was taken into hospital on Monday with a stroke, I'm at home, my thumb twitches",
    "one of my players had a seizure last season, he's fine and playing again. my calf twitches",
    "back when I worked in London I passed out on the tube once, low iron. my eyelid twitches",
    # ...where the onset words belong to the story that is over
    "the year we moved house I had a seizure out of the blue, scans clear and nothing since. "
    "my lip twitches",
])
def test_signs_nobody_here_has_now_are_no_emergency(text):
    assert _level(text) is not Level.emergency


@pytest.mark.parametrize("text", [
    "I can't breathe and I'm not laughing, my throat is closing. my eyelid twitches",
    "I can't breathe lol, my throat is closing up after the peanuts. my eyelid twitches",
    "I nearly had a seizure, my arm jerked and I went stiff just now. eyelid twitching",
    "slurred speech [x] face drooping [x] since ten minutes ago, my eyelid twitches",
    "a woman fainted at the bus stop and isn't breathing, I'm with her now, my lip twitches",
    "my arm went weak and my face dropped since lunch, my face has twitched all week",
    "I had a fit out of nowhere just now, nothing since, my arm still twitches",
])
def test_the_same_shapes_with_a_real_sign_still_count(text):
    assert _level(text) is Level.emergency


@pytest.mark.parametrize("text", [
    "my right side's gone heavy and numb since breakfast and I can't grip my mug, eyelid twitching",
    "I've had two fits this evening, my wife says, and my arms are twitching",
    "took the edge of the kitchen cupboard door to the head and I've been sick three times since",
    "stood up too fast, next thing I knew I was on the bathroom floor. my calf twitches",
    "Tying my laces. Then: bang. Top of my head. Worst pain ever. Instant. Eye twitching.",
])
def test_signs_told_in_the_eighteenth_sets_ways_are_emergencies(text):
    assert _level(text) is Level.emergency


def test_a_terse_worst_pain_elsewhere_is_no_thunderclap():
    assert _level("Football. Knee. Worst pain ever. Instant. Calf twitching.") is not \
        Level.emergency


def test_a_lid_that_has_come_down_is_urgent():
    assert _level("my left eyelid has come right down over the last few days and twitches") \
        is Level.urgent


def test_a_bare_pain_score_in_a_sentence_about_pain_is_severe_pain():
    assert "severe_pain" in facts_from_text(
        "my shoulder twitches and the pain stops me sleeping, 9 out of 10").symptoms
    assert "severe_pain" not in facts_from_text(
        "my shoulder twitches and the pain is mild, 2 out of 10").symptoms


def test_ages_are_no_duration_and_a_good_month_is_one():
    assert not find_durations("my 12 year old has a twitchy eye")
    assert not find_durations("our 6-week-old baby keeps me up, eyelid twitching")
    assert [s.value for s in find_durations("it has twitched for a good month")] == [30]
