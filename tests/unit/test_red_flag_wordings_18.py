"""Red-flag round 18, from the twentieth held-out set (plain everyday English) as classes: words
that will not come out, go jumbled or get mixed up; a hand that would not hold; a thing that hit
someone on the head, and a blow read as a headache; a tongue that looks smaller; a lid that
shuts completely; a duration since a month; and, as near-misses, a question that supposes what
"would" be, a tongue twister, a sign normal for the user since birth, someone else's episode on
a weekday who is off sick or back at work since, and every sign of someone whose death is
dated. Each with a counterpart that keeps its level. Every sentence here is written for this
test, none taken from the held-out sets."""

import datetime as dt

import pytest

from bot.durations import find_durations
from bot.kb import Level
from bot.screening import screen_message


def _level(text):
    return screen_message(text).level


@pytest.mark.parametrize("text", [
    "Half an hour ago I couldn't get my words out for a few minutes. It's passed. Eyelid twitching.",
    "Since teatime my words are jumbled and I keep mixing words up. My cheek twitches.",
    "My mum is next to me, her speech went garbled twenty minutes ago. My lip twitches.",
    "A football hit me on the back of the head at training and I've been sick twice since. "
    "Calf twitching.",
    "I banged the side of my head on the shelf this morning and now I'm really drowsy. Eye twitch.",
])
def test_plain_tellings_of_emergencies_are_caught(text):
    assert _level(text) is Level.emergency


def test_a_tongue_that_looks_smaller_is_urgent():
    assert _level("the left side of my tongue looks smaller than the right and it twitches") \
        in (Level.urgent, Level.emergency)


@pytest.mark.parametrize("text", [
    "If I suddenly couldn't get my words out, would that be a stroke? My eyelid twitches.",
    "Tried a tongue twister with the kids and couldn't get my words out, ha. My lip twitches.",
    "My right eyelid sits a bit lower than the left, always been like that. It twitches now.",
    "My neighbour passed out at the shops on Monday and she's back at work now. My eye twitches.",
    "My aunt couldn't swallow at all near the end. She died in 2020. My jaw twitches.",
])
def test_supposed_playful_lifelong_or_long_over_signs_are_no_alarm(text):
    assert _level(text) not in (Level.emergency, Level.urgent)


@pytest.mark.parametrize("text", [
    "If I stand up my leg gives way and I can't breathe, what do I do? My eye twitches.",
    "My neighbour passed out at the shops just now and she isn't waking up. My eye twitches.",
    "I thought he died, he's not breathing, my dad just collapsed. My eye twitches.",
])
def test_the_same_shapes_with_a_real_sign_still_count(text):
    assert _level(text) is Level.emergency


def test_a_duration_since_a_month_is_counted_to_today():
    today = dt.date(2026, 11, 22)
    assert [s.value for s in find_durations("twitching since the middle of August", today)] \
        == [99.0]
    assert [s.value for s in find_durations("since early October", today)] == [48.0]
    # the latest past occurrence: December is last year's
    assert [s.value for s in find_durations("since December", today)] == [356.0]
    # "may" is also a verb
    assert not find_durations("it may have started since may", today)


@pytest.mark.parametrize("text", [
    # a care place or a death told of one person says nothing of another who is with the user
    "my sister is in A&E with her leg, the hospital rang. Mum has just collapsed next to me and "
    "isn't breathing. my eye twitches",
    "my dad died in 2019 and my mum has just collapsed and isn't breathing. my eye twitches",
    "the ambulance took my uncle to hospital last year. my aunt has just collapsed here and "
    "isn't breathing. my eye twitches",
])
def test_one_persons_care_or_death_does_not_hide_anothers_emergency(text):
    assert _level(text) is Level.emergency
