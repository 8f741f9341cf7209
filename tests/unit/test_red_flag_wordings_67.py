"""Red-flag round 67: the sixty-seventh held-out set (hair, beauty and body work) as classes.
Signs: "losing track of things" with a fever (confusion); a "ghost twin" beside what is seen
(double vision); a twitch that "lasts longer each week"; someone "fitting on the <room> floor".
Near-misses: a relative's stroke far away and over ("walks with a frame now", "is home again,
talking fine", a town and its country in commas); tools and hairdos that collapse, black out,
choke or have a fit; a look asked for ("a droopy fringe"); face parts someone else "came in
with"; "none in ten years"; a neck that "moves freely"; a "thumbs up"; a material "so stiff"; a
wrist something "almost killed". Each with a counterpart that keeps its level. Every sentence
here is written for this test, none taken from the held-out sets."""

import pytest

from bot.kb import Level
from tests.unit.wording_checks import flags_of, level_of


@pytest.mark.parametrize("text, flag, level", [
    ("Pierced ear swollen and weeping, shivering with 39.4, and I keep losing track of things. "
     "Calf twitching.", "serotonin_syndrome_signs", Level.emergency),
    ("Since this morning every car on the road has a ghost twin next to it. Eyelid twitching.",
     "double_vision", Level.urgent),
    ("My manager is fitting on the stockroom floor right now. My arm twitched earlier.",
     "seizure", Level.emergency),
    ("Customer fitting on shop floor now, two minutes already!", "seizure", Level.emergency),
])
def test_salon_signs_are_caught(text, flag, level):
    assert level_of(text) is level
    assert flag in flags_of(text)


def test_a_twitch_that_lasts_longer_each_week_is_getting_worse():
    text = "My eyelid twitch used to be brief; now it lasts longer each week."
    assert "worsening_or_spreading" in flags_of(text)


@pytest.mark.parametrize("text", [
    "My dad in Lagos had a stroke in April and walks with a stick now. My eyelid has twitched "
    "since Monday.",
    "Grandma in Cork, Ireland, had a mini-stroke last week and is home again, talking fine. My "
    "eyelid twitches when I think about her.",
    "Our card machine's been having a fit all day and the new curling tongs blacked out twice. "
    "Eyelid twitching.",
    "The kettle choked on limescale and the beehive updo collapsed in the rain. Eyelid twitching.",
    "She asked for a droopy wispy fringe and got it. My eyelid twitches after long shifts.",
    "A client came in with a crooked eyebrow and a sunburnt forehead to sort out. Later my left "
    "eyelid started twitching.",
    "One seizure at sixteen, none in twelve years since. Eyelid twitching this week.",
    "No fever, no rash, my neck moves freely. Eyelid twitching for three days.",
    "My sister sent a thumbs up from the airport. My eyelid twitches at night.",
    "The resin was so stiff it almost killed my hand to mix. My eyelid twitches in the evening.",
])
def test_salon_near_misses_raise_nothing(text):
    assert flags_of(text) == []


@pytest.mark.parametrize("text, flag", [
    ("My dad had a stroke this morning and can't walk. My eyelid twitches.", "stroke_signs"),
    ("Grandma just had a mini-stroke in front of me. My eyelid twitches.", "stroke_signs"),
    ("My client collapsed at the basin and is shaking. Eyelid twitching.", "loss_of_consciousness"),
    ("My face is drooping on one side since lunch. Eyelid twitching.", "facial_weakness_or_droop"),
    ("My left eyelid and my cheek have both been twitching all week.", "spreading_face"),
    ("My eyelid has twitched every day for three months.", "long_lasting"),
    ("My neck is stiff and I have a fever of 39. Eyelid twitching.", "meningitis_signs"),
    ("My thumbs and my calves twitch all day.", "several_places"),
    ("My hand is stiff and twitching since I started mixing resin.", "stiffness_in_area"),
])
def test_their_counterparts_keep_their_flags(text, flag):
    assert flag in flags_of(text)
