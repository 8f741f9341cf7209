"""Red-flag round 43, first from the registered sets' own remaining misses (development data):
a sudden worst headache told as a blow only felt ("felt like someone hit the back of my head
with a bat", "like being hit with a plank"), as a climb to the top of the scale ("0 to 10 in one
beat", "nothing to the worst pain of my life in a second") or as nothing like any headache
before; and an arm and a leg on one side that have "gone dead" just now. Each with a counterpart
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
