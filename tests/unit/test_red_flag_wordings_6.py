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


# ---- signs told in new everyday words (the sixth set's misses, and the fourth and fifth sets'
# questions-only cases, as classes; every sentence here is written for this test)
@pytest.mark.parametrize("text", [
    # speech that comes out wrong
    "ten minutes ago at the till i kept coming out with random words, my eyelid twitches",
    "since one hour my words are coming wrong and the other word is coming out",
    "my wife says im not making sense when i talk, just started, cheek twitching",
    # a face or a limb that stopped working, dated minutes or hours back
    "my right arm went weird since half an hour, i am not able to hold my cup in that hand",
    "5 min ago my left leg just stopped working, can't put any weight on it",
    "water ran out the left side of my mouth just now and my lip twitches",
    "i wake up and i cannot move my right arm, eyelid twitching",
    # half of the view, or one eye, gone at once
    "20 min ago half of everything i see went missing, eyelid flickering",
    "my right eye went black in my right eye like a switch, 10 mins ago",
    # coming round on the floor, or found there
    "woke up on the bathroom floor an hour ago with no idea why, calf twitching",
    "my flatmate found me on the floor shaking this morning, arms twitch now",
    "next thing i knew i was looking up at people in the shop, leg twitching since",
    "woke up with my tongue bitten and the bed wet, first time ever",
    # air that will not come
    "feels like i'm breathing through a straw since this morning, chest twitching",
    "i can only get air in a little at a time, neck muscles twitching",
    # swallowing: a drink back through the nose
    "can't take down even water since this morning, it comes back through my nose",
    # ("having to stop for breath" is only asked about: the stairs or a run explain it too)
    # a knock to the head, then lost minutes or being sick
    "took a cricket ball to the side of the head at practice and i can't remember driving home",
    "smacked me head on a shelf and i've chucked up twice since, eye twitching",
    # a sudden, worst-ever headache
    "bent over and got the worst headache i've ever had, came on in a second, eye twitches",
    "explosive pain in my head out of nowhere, 10/10, now my face is twitching",
    # meningitis: a fever read first, a neck that will not bend, spots under a glass
    "38.9 on the thermometer and my neck hurts too much to bend, legs twitching",
    "he has a 39.2 fever and purple spots that don't fade under a glass",
])
def test_a_new_wording_of_an_emergency_sign_is_an_emergency(text):
    assert _screen(text).level is Level.emergency


@pytest.mark.parametrize("text", [
    "my arms give out when i reach up to the top cupboard now, upper arms twitch",
    "my tongue looks wrinkly round the edges and it flickers all day",
    "my left eye looks smaller, the lid is coming down bit by bit, it flutters",
    "i see 2 of everything on the stairs since monday, eye twitchy",
    "the telly has a shadow copy sitting above it, my eyelid twitches",
    "my left calf has gone thin next to the right one and it jumps every day",
])
def test_a_new_wording_of_an_urgent_sign_is_urgent(text):
    assert _screen(text).level is Level.urgent


@pytest.mark.parametrize("text", [
    # each new wording, denied, someone else's past, or ordinary
    "nobody found me on the floor, i just have a twitchy eyelid",
    "i never woke up on the floor or anything, just a twitchy eyelid",
    "my dad took a ball to the head at cricket in 1990, my calf twitches",
    "is it normal to see 2 of everything after 6 pints? asking for a mate, eye twitching",
    "what if i woke up on the floor one day? my calf twitches a lot",
    "it is 38 degrees outside and my eyelid twitches",
    "my hair is going grey and my eyelid twitches",
])
def test_the_new_wordings_keep_their_context(text):
    assert _screen(text).level is not Level.emergency


@pytest.mark.parametrize("text", [
    "do people with twitchy calves ever lose muscle over time?",
    "does anyone get double vision from eye twitching?",
])
def test_a_question_about_people_in_general_reports_nobody_s_sign(text):
    assert _screen(text).level is None
