"""Red-flag round 43, first from the registered sets' own remaining misses (development data):
a sudden worst headache told as a blow only felt ("felt like someone hit the back of my head
with a bat", "like being hit with a plank"), as a climb to the top of the scale ("0 to 10 in one
beat", "nothing to the worst pain of my life in a second") or as nothing like any headache
before; and an arm and a leg on one side that have "gone dead" just now. Then from the
forty-fourth held-out set (office, desk and screen life, students and exams): speech where "what
came out was nonsense", a hand that "keeps sliding off the mouse", a twitch that "comes earlier
and lasts longer" each day. Near-misses: "I can't breathe with this workload", a
"seizure-inducing" slide deck, wifi that "keeps dropping", double vision that "turned out to be
ghosting", an email's box that says what to do "if you or a colleague" has signs, where a fall
landed ("landed on my hip"), and a school year ("a Year 10 assignment"). Each with a counterpart
that keeps its level. Every sentence here is written for this test, none taken from the
held-out sets."""

import pytest

from bot.kb import Level
from tests.unit.wording_checks import flags_of, level_of


@pytest.mark.parametrize("text", [
    "lifting the bale it felt like someone smacked the back of my head with a shovel, all at "
    "once, worst pain ever. eyelid twitching",
    "bent over to tie my lace and it was like being struck with a frying pan on the skull, "
    "instant. my cheek twitches",
    "my head went 0 to 10 in a split second at the desk 20 min ago. lip twitching",
    "out of nowhere, like i'd been shot in the back of the head, nothing to agony in seconds. "
    "eye twitching",
    "a crack of pain in my skull, instantly, nothing like any migraine I've had. thumb twitching",
])
def test_sudden_worst_head_pains_told_as_blows_or_scores_are_thunderclaps(text):
    assert level_of(text) is Level.emergency
    assert "thunderclap_headache" in flags_of(text)


@pytest.mark.parametrize("text", [
    "my left arm and leg have gone dead just now, calf twitching",
    "lt arm n leg went dead 10 min ago, can't get up. eyelid twitching",
])
def test_one_sided_arm_and_leg_gone_dead_at_once_is_a_stroke_sign(text):
    assert level_of(text) is Level.emergency
    assert "stroke_signs" in flags_of(text)


@pytest.mark.parametrize("text", [
    # a workload or a mood on a scale of ten is no pain
    "my inbox went from 0 to 10 in a second this morning, eyelid twitching",
    "the boss went from zero to furious instantly, my eye twitches",
    # a real blow, not a simile, is a head injury: with nothing more, not an emergency
    "someone hit the back of my head with a ball at five-a-side yesterday, fine since. eyelid "
    "twitching",
    # a leg that went to sleep, or calves 'dead' after leg day
    "calves are dead after leg day and keep twitching",
])
def test_near_misses_raise_no_emergency(text):
    assert level_of(text) is not Level.emergency


@pytest.mark.parametrize("text, flag", [
    # a leg gone dead from sitting is numbness, a routine sign, never a stroke on its own
    ("my leg went dead from sitting cross-legged, now my calf twitches", "numbness_or_tingling"),
])
def test_counterparts_keep_their_flag(text, flag):
    flags = flags_of(text)
    assert flag in flags
    assert "stroke_signs" not in flags


def test_nonsense_speech_with_a_dropped_face_and_a_hand_off_the_mouse_is_a_stroke():
    text = ("on the call I tried to say 'budget' and what came out was gibberish, my face has "
            "dropped on the left and my left hand keeps slipping off the mouse. eyelid twitching")
    assert level_of(text) is Level.emergency
    assert "stroke_signs" in flags_of(text)


@pytest.mark.parametrize("text, flag", [
    ("my right hand keeps sliding off the mouse since yesterday and my thumb twitches",
     "new_weakness"),
    ("the twitch comes earlier and lasts longer every afternoon, eyelid", "worsening_or_spreading"),
    ("my lip twitch is getting longer and longer at my desk", "worsening_or_spreading"),
])
def test_desk_signs_are_caught(text, flag):
    assert flag in flags_of(text)


@pytest.mark.parametrize("text", [
    "honestly I can't breathe under these deadlines, eyelid twitching all week",
    "the quarterly deck is migraine-inducing and my eyelid twitches",
    "my vpn keeps dropping and my calf twitches at the desk",
    "saw double on the laptop screen, turned out to be a display glitch. eyelid twitching",
    "the intranet notice says if someone collapses or has a fit, call 999. my cheek twitches",
])
def test_desk_near_misses_raise_nothing_acute(text):
    assert level_of(text) is None


@pytest.mark.parametrize("text, flag", [
    ("fell off the stool and landed on my shoulder, no head knock. my calf twitches since",
     "several_places"),
    ("helping my son with a Year 9 history project, my eyelid twitches", "long_lasting"),
])
def test_desk_near_misses_raise_no_such_flag(text, flag):
    assert flag not in flags_of(text)


@pytest.mark.parametrize("text, level", [
    # a breath really gone is the sign
    ("I can't breathe at my desk, my lips are going blue. eyelid twitching", Level.emergency),
    # a leg that gives way when one lands is still weakness
    ("my leg gave way and I landed on my hip, it keeps giving way. calf twitching",
     Level.urgent),
    # double vision that stays is double vision
    ("seeing double at the screen since this morning, eyelid twitching", Level.urgent),
    # the instruction, then the user's own sign after it
    ("if you can't breathe call 999, and I can't breathe now, lips blue", Level.emergency),
])
def test_desk_counterparts_keep_their_level(text, level):
    assert level_of(text) is level


def test_a_year_then_a_count_of_months_is_still_a_duration():
    assert "long_lasting" in flags_of("eyelid twitching for a year 10 months on and off")
