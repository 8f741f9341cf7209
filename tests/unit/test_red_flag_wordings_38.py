"""Red-flag rounds 38 and 40, from the older registered sets' last silent misses (cases that were neither
caught nor asked about): a person still jerking while it goes on, and routine signs told in ways
the screen did not read (an eyelid clamped fully closed, a muscle gone tight or seized up solid, a
blood pressure tablet started before the twitch, work handed over or a workshop shut, a start
dated by an event in a month or by the first bout, a week-by-week telling into its third week,
notes written by a nurse about herself). Each with a counterpart that keeps its level. Every
sentence here is written for this test, none taken from the held-out sets."""

import pytest

from bot.kb import Level
from tests.unit.wording_checks import flags_of, level_of


def test_a_person_still_jerking_is_a_fit_going_on():
    text = "her fit has lasted five minutes now, she's still jerking on the bed. my eyelid twitches"
    assert level_of(text) is Level.emergency
    assert "seizure" in flags_of(text)


def test_a_baby_still_jerking_in_his_sleep_is_no_fit():
    assert level_of("the baby had hiccups and he's still jerking in his sleep. my eye twitches") \
        is None


@pytest.mark.parametrize("text, flag", [
    ("when it twitches my right eyelid goes fully closed for a second or two",
     "eyelid_closes_completely"),
    ("the calf that twitches has gone tight and I can't straighten my leg", "stiffness_in_area"),
    ("my neck muscle twitches and has seized up solid since Tuesday", "stiffness_in_area"),
    ("started amlodipine last month and now my thigh twitches", "medicine_suspected"),
    ("my doctor gave me blood pressure tablets and the eyelid twitch came a week later",
     "medicine_suspected"),
    ("my fingers twitch so badly I had to hand my clients over to a colleague",
     "disrupts_daily_life"),
    ("I shut the shop for three days, the twitch in my hand is that bad", "disrupts_daily_life"),
    ("my lip has twitched every day since the wedding in june", "long_lasting"),
    ("first bout on 2 September and it's been daily since. eyelid", "long_lasting"),
    ("eyelid: week 1 now and then, week 2 a lot, week 3 nonstop", "long_lasting"),
    ("c/o twitching in the left calf, right arm and the eyelid since Monday. I'm the patient, I'm "
     "a staff nurse", "several_places"),
])
def test_routine_signs_told_plainly_are_read(text, flag):
    assert flag in flags_of(text)


@pytest.mark.parametrize("text, flag", [
    # money that is tight is no stiff muscle
    ("money's tight as anything this month and my eyelid twitches", "stiffness_in_area"),
    # the second week is not yet more than two weeks
    ("eyelid: week 1 now and then, week 2 a lot", "long_lasting"),
    # a nurse's patient notes are still the patient's
    ("I'm a nurse, pt c/o twitching in the left calf, right arm and eyelid. my own eye twitches",
     "several_places"),
])
def test_counterparts_raise_no_such_flag(text, flag):
    assert flag not in flags_of(text)


# round 40 (older sets' emergency misses the rules left to the classifier): a faint told by how
# long the person was gone, or by what the people round them were doing when they came to
@pytest.mark.parametrize("text", [
    "my friend says I was gone for about a minute, I feel odd now. eyelid twitching",
    "she just dropped at the till and was out for maybe 20 seconds, she's sitting up now",
    "got up off the sofa and next thing my husband was shaking me and saying my name. eye twitch",
])
def test_a_faint_told_by_its_length_or_its_waking_is_an_emergency(text):
    assert level_of(text) is Level.emergency
    assert "loss_of_consciousness" in flags_of(text)


@pytest.mark.parametrize("text", [
    "the power was out for 30 seconds last night and my eyelid twitched all evening",
    "I was gone for 20 minutes to the shop and my calf twitched the whole walk",
    "the kids were out for a minute in the garden, my eye twitches",
])
def test_things_or_people_out_or_gone_are_no_faint(text):
    assert level_of(text) is None
