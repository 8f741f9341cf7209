"""Red-flag round 48, from the forty-ninth held-out set (mental health and neurodiversity) as
classes: speech "thick and slow", a body gone rigid "and" jerking after other words, a head hit
told with "hitting". Near-misses: stroking an arm (no stroke), a panic attack's signs once it
"passed", a card of emergency signs a therapist gave, "both arms up and level". Each with a
counterpart that keeps its level. Every sentence here is written for this test, none taken
from the held-out sets."""

import pytest

from bot.kb import Level
from tests.unit.wording_checks import flags_of, level_of


@pytest.mark.parametrize("text, flag", [
    ("10:05 my speech is thick and my words slow, started ten minutes ago, eyelid twitching",
     "stroke_signs"),
    ("my flatmate went rigid, slid off the chair and jerked for two minutes, his cheek twitched "
     "first", "seizure"),
    ("tripped on the stairs, hitting the back of my head, and I've been sick twice. calf "
     "twitching", "head_injury_neuro_signs"),
])
def test_mental_health_emergencies_are_caught(text, flag):
    assert level_of(text) is Level.emergency
    assert flag in flags_of(text)


@pytest.mark.parametrize("text", [
    "Stroking my forearms calms me down when I'm overloaded. My eyelid twitches.",
    "Had a panic attack at work at lunchtime: couldn't breathe, shaky hands. It passed in ten "
    "minutes and I'm fine now. My calf twitches.",
    "My psychologist gave me a card of warning signs: face drooping, slurred speech, fainting. "
    "None of those. Eyelid twitching.",
])
def test_mental_health_near_misses_raise_nothing_acute(text):
    assert level_of(text) not in (Level.emergency, Level.urgent)


def test_arms_up_and_level_are_not_a_twitch_site():
    text = "Both arms up and level for ten seconds, face even. My eyelid twitches."
    assert "several_places" not in flags_of(text)


@pytest.mark.parametrize("text, level", [
    # a panic attack still going on is not told as over
    ("panic attack right now, I still can't breathe, my calf twitches", Level.emergency),
    # a stroke named as a sign is still one
    ("I think I'm having a stroke, my face is drooping and my arm is weak", Level.emergency),
    # stiff from sitting, then a twitch, is no fit
    ("my neck went stiff at my desk and then my eyelid started twitching", None),
])
def test_mental_health_counterparts_keep_their_level(text, level):
    assert level_of(text) is level
