"""Red-flag round 23, from the twenty-sixth held-out set (writers' temperaments: blunt, jokey,
formal, apologetic, angry, precise, vague) as classes: a reason told after "because" is fact, not
part of a question; rhythmic jerking; shaking chills, losing track of time and a heart rate told
as a number; a skin too hot to touch, a neck that is agony to move; toes that catch, a key that
will not turn, buttons that will not do up; limbs measured apart; a thumb pad flattened; lips
that won't pucker; a twitch stronger daily; sleep, driving and reading given up; and, as
near-misses, an age in an apposition (the age now), someone's sign as the subject of a past verb
("Dad's stroke was at 61"), a school year, and the site a supposed sign names after it. Each with
a counterpart that keeps its level. Every sentence here is written for this test, none taken
from the held-out sets."""

import pytest

from bot.kb import Level
from bot.screening import screen_message
from tests.unit.wording_checks import flags_of, level_of


@pytest.mark.parametrize("text", [
    "My boss asked if I was drunk because my words are coming out slurred. Eyelid twitching.",
    "My right arm has been jerking in a rhythm for ten minutes and I can't stop it.",
    "Shaking chills since lunch and I keep losing track of time. Thighs twitching.",
    "Fever of 39.5 and my heart rate is 135 lying down. Calf twitching.",
    "My son is burning hot and moving his neck is agony. His eyelid twitches.",
    "One of my players, aged 15, hit his head on the post; now he's vomiting. He's here with me.",
])
def test_plain_tellings_of_emergencies_are_caught(text):
    assert level_of(text) is Level.emergency


@pytest.mark.parametrize("text", [
    "My right toes keep catching on the stairs this month. Calf twitching.",
    "My left hand can't turn the key or do up my buttons any more. Thumb twitches.",
    "Left thigh 48 cm, right 51 cm. Left one twitches.",
    "The pad at the base of my thumb has flattened right out. It twitches.",
    "Can't whistle today, lips won't pucker on the left. Cheek twitching.",
])
def test_urgent_signs_told_plainly_are_urgent(text):
    assert level_of(text) in (Level.urgent, Level.emergency)


@pytest.mark.parametrize("text, flag", [
    ("Eyelid twitch stronger daily, now nonstop.", "worsening_or_spreading"),
    ("My fingers twitch so much I'm lying awake every night.", "disrupts_daily_life"),
    ("The eyelid flicker made me give up driving at night.", "disrupts_daily_life"),
])
def test_routine_wordings_raise_their_flag(text, flag):
    assert flag in flags_of(text)


@pytest.mark.parametrize("text", [
    "Mum's stroke was at 70. I'm 45, eyelid twitching since Monday. Linked?",
    "I once had a seizure in year 10 after an all-nighter, nothing since. Eyelid twitchy now.",
    "If my eye twitch ever spread to my whole cheek, how fast should I be seen? Only my lid now.",
    "Would a droopy face with a twitch mean an ambulance? My eyelid twitches, face is fine.",
])
def test_near_misses_are_no_alarm(text):
    assert level_of(text) not in (Level.emergency, Level.urgent)


def test_limbs_measured_alike_raise_nothing():
    assert "muscle_wasting" not in [f for f in screen_message(
        "Right calf 36 cm, left 36.5 cm, both twitch after running.").flags]


@pytest.mark.parametrize("text", [
    # the same shapes with a real sign now
    "Mum's stroke was at 70 and now her face is drooping again here with me. My eye twitches.",
    "My eye twitch has spread to my whole cheek and my face is drooping since an hour ago.",
])
def test_the_same_shapes_with_a_real_sign_still_count(text):
    assert level_of(text) in (Level.urgent, Level.emergency)
