"""Red-flag round 47, from the forty-eighth held-out set (cost, access and waiting for care) as
classes: a faint told after the person it happened to ("my friend fainted in the queue") and
someone who "isn't waking properly"; a cheaper generic the pharmacy switched to, as a possible
cause. Near-misses: a wait for care read as the twitch's length ("the next slot is in three
weeks", "waited fourteen months for a neurologist"), "the stroke signs" checked in a pamphlet, a
relative's sign whose cause "turned out to be" found, a faint of theirs said to be over ("she's
fine"; never a fit), a triage form's short questions after its colon, a call handler who "ran
through a list", "choking on the prices", "nearly passed out from boredom", a "trapped" nerve
read as a site. Each with a counterpart that keeps its level. Every sentence here is written
for this test, none taken from the held-out sets."""

import pytest

from bot.kb import Level
from tests.unit.wording_checks import flags_of, level_of


@pytest.mark.parametrize("text, flag", [
    ("my neighbour fainted at the bus stop and isn't waking properly, her eyelid was twitching",
     "loss_of_consciousness"),
    ("My brother fainted in the pharmacy a minute ago, his hand twitches", "loss_of_consciousness"),
])
def test_waiting_room_emergencies_are_caught(text, flag):
    assert level_of(text) is Level.emergency
    assert flag in flags_of(text)


def test_a_cheaper_generic_is_a_possible_cause():
    text = "The chemist gave me a cheaper generic of my blood pressure pill and my calf twitches"
    assert "medicine_suspected" in flags_of(text)


@pytest.mark.parametrize("text", [
    "My eyelid has twitched since Monday. The GP's next slot is in four weeks, can it wait?",
    "My aunt waited two years for a neurologist for her numb hand and it turned out to be "
    "carpal tunnel. My calf twitches.",
    "I ran through the stroke signs in the leaflet: face even, arms fine, speech fine. Eyelid "
    "twitching since Tuesday.",
    "My son fainted at football today. The coach says he's fine and he's home now. My eyelid "
    "twitches.",
    "The 111 form asks: chest pain? trouble breathing? sudden weakness? I ticked none. Lip "
    "twitching three days.",
    "The nurse on the phone ran through a list of weakness, slurred speech and fits; none of "
    "that. Cheek twitching.",
    "Choking on the dentist's prices and my eyelid twitches",
    "Nearly passed out from boredom in the queue, my calf twitches",
    "trapped nerve in my neck, the physio says. My eyelid twitches.",
])
def test_waiting_room_near_misses_raise_nothing_acute(text):
    assert level_of(text) not in (Level.emergency, Level.urgent)


def test_a_wait_for_care_is_not_the_twitch_s_length():
    text = "My eyelid has twitched since Monday. The GP's next slot is in four weeks."
    assert "long_lasting" not in flags_of(text)
    # ...but the twitch's own length still counts beside it
    assert "long_lasting" in flags_of(
        "my eyelid has twitched for four weeks, the next slot is in two weeks")


@pytest.mark.parametrize("text, level", [
    # a fit seems over, but a first one needs help
    ("my son had a fit at school today, the teacher says he's fine now", Level.emergency),
    # a faint that is not over
    ("my wife fainted and she's still not coming round properly", Level.emergency),
    # someone showing the signs now
    ("my dad is showing stroke signs right now, his face has dropped", Level.emergency),
])
def test_waiting_room_counterparts_keep_their_level(text, level):
    assert level_of(text) is level
