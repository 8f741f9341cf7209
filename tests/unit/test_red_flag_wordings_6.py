"""Red-flag round 6. Meningitis has its own flag: a fever with a neck too stiff to bend (or bright
light hurting with it) is an emergency with its own explanation and check question, while a
stiff neck alone stays a routine "stiff where it twitches". Paraphrases and near misses written
for this round, none taken from the held-out sets."""

import pytest

from bot.kb import Level
from bot.screening import screen_message


def _screen(text):
    return screen_message(text)


@pytest.mark.parametrize("text", [
    "running a temperature of 39 and my neck is so stiff, calf twitching",
    "fever since last night, can't put my chin on my chest, and my eyelid keeps jumping",
    "high temperature, it hurts to bend my neck and my arm muscles flicker",
    "my neck feels stiff and the light hurts my eyes, my eyelid twitches",
    "burning up with a pounding headache and bright light hurts, my lip twitches",
])
def test_fever_with_a_stiff_neck_or_light_hurting_is_possible_meningitis(text):
    screen = _screen(text)
    assert screen.level is Level.emergency
    assert "meningitis_signs" in screen.flags


@pytest.mark.parametrize("text", [
    "my neck is stiff, no fever, and my eyelid twitches",
    "had a fever and a stiff neck with flu years ago, now just a twitchy eyelid",
    "my brother had meningitis years ago with a stiff neck and fever, my eye twitches",
    "what if a stiff neck and fever come with the twitching?",
])
def test_a_denied_past_relative_s_or_hypothetical_meningitis_sign_is_not_an_emergency(text):
    assert _screen(text).level is not Level.emergency


def test_a_stiff_neck_alone_is_a_routine_stiffness_where_it_twitches():
    screen = _screen("my neck feels stiff where the muscle twitches")
    assert screen.level is None or screen.level is Level.routine
    assert "meningitis_signs" not in screen.flags


@pytest.mark.parametrize("text", [
    "fever? no. stiff neck? nope. my eyelid twitches though",
    "numbness: none, weakness - nah, just a jumpy calf",
    "any trouble breathing? not really, my chest muscle flickers",
    "slurred speech? never. headache? none. eye twitch for a week",
])
def test_a_sign_asked_and_answered_no_is_denied(text):
    assert _screen(text).level is None


@pytest.mark.parametrize("text", [
    "fever? yes, 39. stiff neck? yes. twitching all over",
    "weakness? no idea, but my arm went limp an hour ago and my face droops",
])
def test_a_sign_answered_yes_or_unsure_still_counts(text):
    assert _screen(text).level is Level.emergency


@pytest.mark.parametrize("text", [
    # a relative's story of their past, with how it began ("out of nowhere")
    "my uncle had a bleed on the brain in 2015, he says the headache was the worst of his life "
    "and hit him out of nowhere. my eyelid flickers",
    # a lasting sign of a relative's past event ("after his stroke"), told with "still"
    "since her stroke my nan still slurs her words a bit, my thumb is twitching",
    "my dad can't walk well after his stroke and still drags his foot, my calf twitches",
    # a view that greys out on standing is no blue-grey face
    "got up too fast and it all went grey for a second, fine now, eyelid twitching",
])
def test_a_relative_s_past_and_a_greying_view_are_no_emergency(text):
    assert _screen(text).level is not Level.emergency


@pytest.mark.parametrize("text", [
    "my dad had a stroke last year and now his speech is slurred again",
    "since her stroke my mum can't swallow well and she is choking right now",
    "my husband's lips have gone grey and he can't get his breath",
])
def test_a_relative_s_new_sign_after_a_past_event_is_still_an_emergency(text):
    assert _screen(text).level is Level.emergency
