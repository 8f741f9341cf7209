"""Red-flag round 51, from the fifty-second held-out set (chronic pain and sleep) as classes: a
smile sliding sideways and an arm heavy as a sandbag minutes ago, a fit told as rigid and foaming,
a throat with no possessive that won't let anything past, a face-plant into furniture, coming to
on a rug, hot and jittery and jerking on serotonin-raising drugs, double vision that goes single
with an eye shut or that covering either eye "puts right", a limb measured centimetres smaller,
an opioid taper, a parent who doesn't know it's their child. Near-misses: sleep apnoea counted by
a sleep study or a CPAP machine, a relative's past sign "(she's fine)", a seizure alarm, an old
thunderclap that "never came back", a machine that "passed out", a "seizure of yawns". Each with a
counterpart that keeps its level. Every sentence here is written for this test, none taken from
the held-out sets."""

import pytest

from bot.kb import Level
from tests.unit.wording_checks import flags_of, level_of


@pytest.mark.parametrize("text, flag", [
    ("twenty minutes ago my leg went heavy as a sandbag and my smile is sliding sideways. eyelid "
     "twitching", "stroke_signs"),
    ("my husband says I was rigid, foaming and bit my tongue in the night, never happened before. "
     "calf twitching", "seizure"),
    ("throat won't let any water past since this morning. chin twitching", "swallowing_trouble"),
    ("took a sleeping tablet, face-planted the wardrobe door, now vomited twice and drowsy. lid "
     "twitching", "head_injury_neuro_signs"),
    ("stood up from the sofa and came to on the bathroom mat. eyelid twitching",
     "loss_of_consciousness"),
    ("started tramadol on top of my sertraline: now hot, jittery, arms jerking. calf twitching",
     "serotonin_syndrome_signs"),
    ("Mum's hip wound is weeping, she's shaking with rigors, 39.6, and she doesn't know it's me. "
     "I'm with her. her hand is twitching", "serotonin_syndrome_signs"),
])
def test_pain_and_sleep_emergencies_are_caught(text, flag):
    assert level_of(text) is Level.emergency
    assert flag in flags_of(text)


@pytest.mark.parametrize("text, flag", [
    ("since Sunday the telly's doubled; it goes single with one eye closed. eyelid twitching",
     "double_vision"),
    ("the kerb looks like two kerbs this week, and covering one eye puts it right. lid twitching",
     "double_vision"),
    ("the physio measured my left calf 2 cm smaller than the right. it twitches at night",
     "muscle_wasting"),
])
def test_pain_and_sleep_urgent_signs_are_caught(text, flag):
    assert level_of(text) is Level.urgent
    assert flag in flags_of(text)


def test_an_opioid_is_a_medicine_that_may_be_the_cause():
    assert "medicine_suspected" in flags_of(
        "my oxycodone is being cut down every fortnight and my calves twitch in bed")


@pytest.mark.parametrize("text", [
    "my wife's sleep study says she stops breathing 40 times an hour in her sleep; CPAP next "
    "month. my eyelid twitches",
    "before my CPAP I'd stop breathing for a minute at a time in my sleep, years ago now. lid "
    "twitching",
    "my aunt had a seizure at the christening (she's fine now). my eyelid twitches",
    "should I buy one of those seizure alarms? never had a fit. eyelid twitching",
    "In 2015 I had a sudden, worst-ever headache at the gym, scans were clear and it never came "
    "back. today no headache, just an eyelid twitch",
    "the baby monitor passed out at 2am, unlike the baby. eyelid twitching",
    "a seizure of yawns all through the pain clinic talk. lip twitching",
])
def test_pain_and_sleep_near_misses_are_no_emergency(text):
    assert level_of(text) is None


@pytest.mark.parametrize("text", [
    # counterparts: breath that stops now, a relative's fit going on now, a headache today
    "my baby stopped breathing in her sleep just now and she's floppy. my eyelid twitches",
    "my aunt is having a seizure on the floor right now and isn't stopping. my eyelid twitches",
    "a sudden, worst-ever headache an hour ago at the gym, full force in seconds. eyelid "
    "twitching",
])
def test_their_counterparts_stay_emergencies(text):
    assert level_of(text) is Level.emergency
