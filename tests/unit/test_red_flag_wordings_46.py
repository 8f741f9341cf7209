"""Red-flag round 46a, from four emergencies of older registered sets that only the learned
safety net's question caught (its gate, left out in turn, dropped them): a toddler sick and
drowsy after a fall from a worktop onto tiles (a hard fall counts as a head injury would, with
drowsiness, vomiting, confusion, a fit or passing out, but not with a hurt limb's weakness), a
feverish baby whose soft spot bulges, walking into a beam with the speech "gone slow" after, and
one side of the view that "just isn't there" with a foot that cannot be placed. Near-misses
beside each. Every sentence here is written for this test, none taken from the held-out
sets."""

import pytest

from bot.kb import Level
from tests.unit.wording_checks import flags_of, level_of


@pytest.mark.parametrize("text, flag", [
    ("my little boy rolled off the changing table onto the wooden floor, he's thrown up twice "
     "and keeps dozing off, very sleepy. his eyelid flickers", "head_injury_neuro_signs"),
    ("grandad fell down the stairs this morning and now he's confused and drowsy, his hand "
     "twitches", "head_injury_neuro_signs"),
    ("my 7 week old has a temperature of 38.4 and her fontanelle is bulging, leg twitching",
     "meningitis_signs"),
    ("the baby is very sleepy and the soft spot on top of his head seems swollen", "meningitis_signs"),
    ("I ran straight into a low ceiling beam in the loft an hour ago, now my speech has gone "
     "slow and my arm is twitching", "head_injury_neuro_signs"),
    ("driving home the right half of the world just vanished, ten minutes ago, eyelid twitching",
     "stroke_signs"),
])
def test_older_sets_emergencies_are_caught(text, flag):
    assert level_of(text) is Level.emergency
    assert flag in flags_of(text)


@pytest.mark.parametrize("text", [
    "I walked into the post office and my eyelid started twitching",
    "walked into the kitchen and the twitch in my calf started",
    "her soft spot isn't bulging, she's feeding fine and sleeping well. eyelid twitch",
    "her soft spot doesn't look swollen at all, his calf twitches",
    "my son fell off his bike onto the road last summer and was sick, now his eye twitches",
    "I fell down the stairs last year, my calf has twitched since",
    "what if the left side of everything went black? my eye twitches",
    "the right half of the screen went black on my laptop and my eyelid twitches",
    "my toddler fell off the sofa onto the carpet and is fine, laughing, eyelid twitch",
    "i can't tell where my foot is going when I dance, my calf twitches",
])
def test_older_sets_near_misses_raise_nothing_acute(text):
    assert level_of(text) not in (Level.emergency, Level.urgent)


def test_a_hard_fall_with_a_hurt_limb_is_no_head_injury():
    text = "fell off the ladder onto the patio and my leg feels weak where I landed on it"
    assert "head_injury_neuro_signs" not in flags_of(text)


def test_a_foot_that_cannot_be_placed_is_numbness():
    from bot.mentions import find_mentions

    found = find_mentions("since lunch I can't tell where my left foot is, calf twitching")
    assert any(m.value == "numbness" and m.asserted for m in found), found
