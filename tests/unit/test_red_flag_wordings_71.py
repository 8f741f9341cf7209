"""Red-flag round 71: the seventy-first held-out set (travel, holidays and airports) as classes.
Signs: something that "caught me on the temple"; one eye closed that "makes it single"; malaria
tablets started. Near-misses: a relative's sign "on the mend"; a relative's long illness whose
course "he's started to" tell; "can X make a twitch spread...?"; a skill taught ("we learned how
to spot a stroke"); "nothing like it has happened again in five years" (no twitch length); a
suitcase, a flight or a tour that collapses or chokes, but never someone "on the plane" or "in
the car", which is where a person is; a guide's tale "about a tourist who..."; malaria tablets
skipped. Each with a counterpart that keeps its level. Every sentence here is written for this
test, none taken from the held-out sets."""

import pytest

from bot.kb import Level
from tests.unit.wording_checks import flags_of, level_of


def test_a_blow_that_caught_me_on_the_temple_with_sickness_is_a_head_injury():
    text = ("Half an hour ago a stranger's knee caught me on the temple in the scrum for the bus; "
            "I've been sick and I feel muddled. Eyelid twitching.")
    assert level_of(text) is Level.emergency
    assert "head_injury_neuro_signs" in flags_of(text)


def test_closing_one_eye_that_makes_it_single_is_double_vision():
    assert "double_vision" in flags_of(
        "Since this morning the departure board shows two of each line. Shutting one eye makes "
        "it single. Lid twitching.")


def test_malaria_tablets_started_are_a_medicine_suspect():
    assert "medicine_suspected" in flags_of(
        "Began malarone four days ago for the trip to Ghana and my eyelid twitches all day now.")


@pytest.mark.parametrize("text", [
    "Brother in Galway has Bell's palsy, on the mend now. My eyelid is twitching in Malaga.",
    "My aunt in Lima was diagnosed with MS in the autumn; she's started to have trouble "
    "swallowing. My calf twitches.",
    "Can the dry air on a long flight make a twitch spread across my face?",
    "On the crew course we learned how to spot a stroke in a passenger. My eyelid twitches.",
    "Suitcase wheel collapsed halfway across Rome. Eyelid twitching.",
    "Flight choked on the runway for an hour; my cheek twitched through it.",
    "The guide told us about a climber who collapsed on the ridge last season. My calf twitches.",
    "Skipped the malaria tablets in the end. Eyelid twitching on the beach.",
])
def test_travel_near_misses_stay_below_urgent(text):
    assert level_of(text) in (None, Level.routine)
    assert "medicine_suspected" not in flags_of(text)


def test_nothing_again_in_years_is_no_twitch_length():
    assert "long_lasting" not in flags_of(
        "Had a TIA in 2018 and nothing like it has happened again in six years. My lip started "
        "twitching yesterday.")


@pytest.mark.parametrize("text, flag", [
    # a vehicle named as where someone is: the person's sign stands
    ("The man next to me on the plane just collapsed!", "loss_of_consciousness"),
    ("My wife on the night train is having a fit right now.", "seizure"),
    ("A woman on the ferry is choking and can't breathe, I'm with her.", "breathing_trouble"),
])
def test_someone_on_a_vehicle_keeps_their_emergency(text, flag):
    assert level_of(text) is Level.emergency
    assert flag in flags_of(text)
