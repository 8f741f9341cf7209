"""Red-flag round 10, from the false alarms of the tenth and eleventh held-out sets, as classes:
a sign said to be "free" ("seizure free"), a childhood or past-decade episode, a relative's first
episode told as an event, a relative's sign told as a past habit, signs one should "watch for",
a supposed case, face parts named for what they can do or for another sign (not twitch sites,
so no spreading across the face), and a list of face parts said to be calm. And one miss class:
an arm or leg that "won't lift / come up / push" is weak (with a drooping face: a stroke).
Every sentence here is written for this test, none taken from the held-out sets."""

import pytest

from bot.kb import Level
from bot.screening import screen_message


def _level(text):
    return screen_message(text).level


@pytest.mark.parametrize("text", [
    "last fit was in 2012, fit free on my tablets ever since, the twitch in my cheek is new",
    "seizure-free for six years now, the eyelid twitch started on monday",
    "I had a febrile fit as a baby, never again. my eyelid twitches",
    "my brother's first seizure happened during his driving test. I'm sitting mine next week "
    "and my eyelid twitches",
    "my nan coughed and choked on her tea all the time after her stroke. my jaw twitches",
    "which signs of a stroke should I look out for? my eyelid twitches",
    "should i watch out for slurred speech with this eye twitch?",
    "supposing my speech went slurred, would you tell me to call 999? my eyelid twitches",
])
def test_a_past_a_relative_s_or_a_supposed_sign_is_no_emergency(text):
    assert _level(text) is not Level.emergency


@pytest.mark.parametrize("text", [
    "i can puff my cheeks and both eyebrows go up fine, only the eyelid twitches",
    "a dull ache crept across my forehead, gone now. my eyelid twitches",
    "my lips and cheek are calm, only my eyelid twitches",
    "both eyes shut properly and I can whistle, it's just the eyelid flicker",
])
def test_face_parts_that_do_not_twitch_are_no_spreading(text):
    assert "spreading_face" not in screen_message(text).flags


@pytest.mark.parametrize("text, level", [
    # twitching in two face places still is
    ("my eyelid twitches and now my cheek twitches too", Level.urgent),
    ("the twitch started in my eyelid and my mouth jumps with it now", Level.urgent),
    # a hedge is no supposition, and a fit minutes ago is now
    ("i suppose my arm is weaker, it twitches", Level.urgent),
    ("my son's first seizure was 10 minutes ago and he is still drowsy", Level.emergency),
    ("my dad chokes a lot and he is choking right now", Level.emergency),
])
def test_signs_happening_now_still_count(text, level):
    assert _level(text) is level


@pytest.mark.parametrize("text, flag, level", [
    ("face gone lopsided at my desk n left arm wont lift, right now", "stroke_signs",
     Level.emergency),
    ("my face slipped on one side and my arm won't come up off the chair, 5 minutes ago",
     "stroke_signs", Level.emergency),
    ("past month my legs wont push me up the stairs and my thighs twitch", "new_weakness",
     Level.urgent),
])
def test_a_limb_that_will_not_lift_or_push_is_weak(text, flag, level):
    screen = screen_message(text)
    assert flag in screen.flags and screen.level is level


def test_not_lifting_weights_is_no_weakness():
    assert _level("my arm twitches and I won't lift weights until it stops") is None
