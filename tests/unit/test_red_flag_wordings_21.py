"""Red-flag round 21, from the twenty-fourth held-out set (past history beside today, follow-ups,
checks done, health and care workers, less-used Englishes) as classes: confusion told as
repeating oneself or not knowing the day; a foot that slaps or a heel one cannot stand on;
attention and outings given up; and, as near-misses, more words for parents ("da", "mam",
"nanay"), a bare weekday dating someone else's episode, someone in hospital "up at" it, a
relative abroad already seen by a doctor or the user unable to go home, "is it only...?", "is
there a link between...?", a topic studied in lectures, a hand that cannot hold a line steady, a
face checked in the mirror, "both arms up and holding", "under my eye" beside a named cheek, and
the user's own past told after a year long gone in a sentence that goes on to now. Each with a
counterpart that keeps its level. Every sentence here is written for this test, none taken from
the held-out sets."""

import pytest

from bot.kb import Level
from tests.unit.wording_checks import flags_of, level_of


def test_fever_with_confusion_told_as_repeating_oneself_is_an_emergency():
    assert level_of("Temperature 39.6 since last night and my husband says I keep repeating myself "
                  "and don't know what day it is. My legs twitch.") is Level.emergency


@pytest.mark.parametrize("text", [
    "For a month my left foot slaps when I walk and I can't stand on my heel. Shin twitches.",
    "I can't walk on my toes on the right any more and it's getting worse. Calf twitching.",
])
def test_a_foot_that_slaps_or_a_heel_one_cannot_stand_on_is_weakness(text):
    assert level_of(text) in (Level.urgent, Level.emergency)


def test_outings_and_attention_given_up_disrupt_daily_life():
    assert "disrupts_daily_life" in flags_of(
        "My eyelid twitch is so bad I couldn't concentrate in my exam and I've stopped going to "
        "football.")


@pytest.mark.parametrize("text", [
    "My da had MND and passed in 2019, his hand went weak first. My thumb twitches.",
    "My mam had a fall Thursday and she's still up at the hospital, they say she's stable. "
    "Eye twitching.",
    "Lola in Cebu woke up with her face drooping, the doctor there said Bell's palsy and gave her "
    "steroids. I can't go home yet. My lid twitches.",
    "Is it only face droop, arm weakness and slurred speech that count? My eyelid twitches.",
    "Is there a link between an eye twitch and a stroke? Mine twitches a lot.",
    "We did stroke in lectures today and now I'm worried about my twitchy eyelid.",
    "The twitch is so bad I can't hold a brush steady. Only my eyelid twitches.",
    "My cheek twitches. I checked my face in the mirror and both sides move the same.",
    "In 2019 my arms were weak for months after a virus, but I lift weights fine now. My calf "
    "twitches.",
])
def test_near_misses_are_no_alarm(text):
    assert level_of(text) not in (Level.emergency, Level.urgent)


@pytest.mark.parametrize("text", [
    "My cheek has twitched since Monday. It's a flicker just under my left eye.",
    "Both arms up and holding. My cheek twitches.",
])
def test_one_twitch_told_twice_is_one_place(text):
    flags = flags_of(text)
    assert "spreading_face" not in flags and "several_places" not in flags


@pytest.mark.parametrize("text", [
    # the same shapes with a real sign now
    "The twitch under my eye has spread, now my cheek and jaw pull at once.",
    "My da is here and he can't lift his arm and his speech is slurred. My eye twitches.",
    "In 2019 I had a stroke, and now my arm is weak again since this morning. Eye twitching.",
])
def test_the_same_shapes_with_a_real_sign_still_count(text):
    assert level_of(text) in (Level.urgent, Level.emergency)
