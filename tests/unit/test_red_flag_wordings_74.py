"""Red-flag round 74: the seventy-fourth held-out set (retirement and later life) as classes.
Sign: an eye told first and how it looks now after a comma ("grit in my eye, now red and
weeping"). Near-misses: garden crops and a show's marquee that collapse or keel over; "can X stop
your breathing?"; a talk "all about" a sign, the stroke test's letters spelled out, a word someone
may have said, advice about any twitch in the face; a relative's past reaction told as a list after
a colon and "right as rain now"; a face that "moves perfectly" and a face's checks done on purpose;
food halfway to the mouth; a bruised part; a medicine banned for good. Each with a counterpart that
keeps its level. Every sentence here is written for this test, none taken from the held-out
sets."""

import pytest

from bot.kb import Level
from tests.unit.wording_checks import flags_of, level_of


def test_an_eye_told_first_then_red_and_sticky_is_a_red_eye():
    text = "Got potting mix in my eye on Monday, now sore, red and sticky. Eyelid twitching."
    assert "red_swollen_eye_discharge" in flags_of(text)


@pytest.mark.parametrize("text", [
    "After the frost my dahlias collapsed and the runner beans have keeled over. My eyelid "
    "twitches.",
    "The gazebo at the fete blew down in the wind and collapsed onto the cake table. Calf "
    "twitching.",
    "Could bonfire smoke stop your breathing? Only wondering, my chest is fine. Lid twitching.",
    "Our walking group had a visiting speaker last night, a retired pharmacist, all about strokes "
    "and the FAST check, face, arms, speech, time; she said any new twitching in the face needs "
    "checking. My eyelid twitches.",
    "Gran had a bad reaction in the autumn to tramadol with her antidepressant: fever, shakes, "
    "jerking, and she's right as rain now. My eyelid twitches.",
    "I had a palsy in 2001. The face moves perfectly now: I can whistle, puff my cheeks and screw "
    "my eyes shut. The corner of my eye twitches.",
])
def test_later_life_near_misses_raise_no_acute_flag(text):
    assert level_of(text) is None


@pytest.mark.parametrize("text, flag", [
    ("Was on the sofa with a cup of tea halfway to my mouth when the film ended. My cheek "
     "twitches.", "spreading_face"),
    ("Slipped on the path, a bruised bum and that's all. A twitch in my calf since.",
     "several_places"),
    ("Codeine's banned for me now after a bad reaction. On nothing else; my thumb twitches.",
     "medicine_suspected"),
    ("I can whistle, puff my cheeks and screw my eyes shut tight. My eyelid twitches.",
     "eyelid_closes_completely"),
])
def test_later_life_near_misses_raise_no_false_flag(text, flag):
    assert flag not in flags_of(text)


@pytest.mark.parametrize("text, level", [
    # a husband who set up the tent and collapsed is a person, not the tent
    ("My husband put up the tent in the rain and collapsed. Eyelid twitching.", Level.emergency),
    # "can you help" opens no question about anyone: the user's breath stops
    ("Can you help, the fumes stop my breathing. Eyelid twitching.", Level.emergency),
    # a relative's reaction going on now stays now
    ("Mum started tramadol with her antidepressant today and now has a fever, shakes and "
     "jerking. My eyelid twitches.", Level.emergency),
    # a cheek that twitches after the checks is a site again
    ("I can whistle and puff my cheeks, but my cheek and my eyelid twitch together all day.",
     Level.urgent),
])
def test_later_life_counterparts_keep_their_level(text, level):
    assert level_of(text) is level
