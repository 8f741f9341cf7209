"""A medicine named only in a question about medicines together (an interaction, serotonin
syndrome), with nothing saying it is new or changed, is no suspected cause of the twitch: the
`medicine_suspected` flag is "a new or changed medicine". It was the largest class of false alarms
on the held-out sets (79 near-misses, sets 6 to 68). A medicine started, raised or new stays
suspected, and a medicine named still counts in an emergency row. Every sentence here is written
for this test, none taken from the held-out sets."""

import pytest

from bot.kb import Level
from tests.unit.wording_checks import flags_of, level_of


@pytest.mark.parametrize("text", [
    "I'm on escitalopram. Can ibuprofen interact with it? Eyelid twitching.",
    "Would melatonin clash with my sertraline? Haven't tried it. Lid twitching.",
    "Is it safe to take sumatriptan on top of citalopram? Not taken any. Cheek twitching.",
    "On fluoxetine: what would serotonin syndrome feel like? Eyelid twitching, nothing else.",
    "Can you mix venlafaxine and cough syrup? Asking before my cold gets worse. Calf twitching.",
])
def test_a_medicine_in_a_question_about_mixing_is_no_suspect(text):
    assert "medicine_suspected" not in flags_of(text)


@pytest.mark.parametrize("text", [
    "Started sertraline last week; can it interact with ibuprofen? My eyelid twitches since.",
    "My GP upped my citalopram and my eyelid twitches. Could it clash with my inhaler?",
    "Since starting fluoxetine my eyelid twitches. Is it the tablets?",
    "New salbutamol inhaler on Monday and my fingers twitch. Is it safe with my sertraline?",
])
def test_a_new_or_changed_medicine_stays_suspected(text):
    assert "medicine_suspected" in flags_of(text)


def test_a_medicine_in_such_a_question_still_counts_in_an_emergency():
    text = ("On sertraline; can tramadol clash with it? I took one this morning and now I have a "
            "fever of 39 and I'm confused. Eyelid twitching.")
    assert level_of(text) is Level.emergency
    assert "serotonin_syndrome_signs" in flags_of(text)
