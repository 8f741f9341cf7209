"""Red-flag round 72: the seventy-second held-out set (weddings, parties and events) as classes.
Sign: a thing that "hit my temple" with sickness or a muddle after it. Near-misses: "I nearly had a
stroke, ha" (a laugh after it); a jaw that dropped in surprise; choking on a punchline or a
speech; an arm "dead tired"; a party's kit that has a fit or chokes (a slideshow, a smoke
machine); a story someone told the table about an illness, its signs after a colon; a planner
who "told us a guest once had a fit". Each with a counterpart that keeps its level. Every
sentence here is written for this test, none taken from the held-out sets."""

import pytest

from bot.kb import Level
from tests.unit.wording_checks import flags_of, level_of


def test_a_thing_that_hit_my_temple_with_sickness_is_a_head_injury():
    text = "A golf ball hit my temple an hour ago; I've been sick and feel muddled. Lid twitching."
    assert level_of(text) is Level.emergency
    assert "head_injury_neuro_signs" in flags_of(text)


@pytest.mark.parametrize("text", [
    "The florist was three hours late and I nearly had a stroke, haha. Eyelid twitching since.",
    "My jaw dropped when the DJ played our song. My cheek has twitched all day.",
    "I choked on my speech at the toast and went bright red. Eyelid twitching now.",
    "Waitressed two weddings back to back, my legs are dead tired. Calf twitching.",
    "The slideshow had a fit and the fog machine choked halfway through the first dance. Eyelid "
    "twitching.",
    "My aunt told the whole table about it: the fever, the stiff neck, the rash, years ago in "
    "Lagos. My eyelid twitches.",
    "Our caterer told us a guest once collapsed at one of her buffets. My calf twitches.",
])
def test_party_near_misses_raise_nothing(text):
    assert level_of(text) is None


@pytest.mark.parametrize("text, level", [
    # a jaw that dropped on one side is a face's weakness, not surprise
    ("My jaw dropped on one side this morning and my cheek twitches.", Level.urgent),
    # someone telling the user about the user's own fit keeps it the user's
    ("My husband has just told me about it: I went rigid and shook all over for two minutes. "
     "Eyelid twitching.", Level.emergency),
    # a real choke is no figure
    ("I choked on my food and couldn't breathe for a minute. Eyelid twitching.", Level.emergency),
])
def test_party_counterparts_keep_their_level(text, level):
    assert level_of(text) is level
