"""Durations and frequencies from free text (table-driven)."""

import datetime as dt

import pytest

from bot.durations import describe_days, parse_duration_days, parse_frequency

SATURDAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize("text, days", [
    ("about three days", 3),
    ("3 days", 3),
    ("since yesterday", 1),
    ("since monday", 5),
    ("since last monday", 5),
    ("a couple of days", 2),
    ("on and off for a month", 30),
    ("two weeks", 14),
    ("three weeks straight", 21),
    ("2-3 weeks", 21),
    ("a fortnight", 14),
    ("two months", 60),
    ("a week", 7),
    ("for a year", 365),
    ("an hour ago", 1 / 24),
    ("5 days", 5),
    ("a few days", 3),
    ("since this morning", 0.5),
    ("my eyelid has been twitching for three weeks straight", 21),
    # round 33: a start told with its date, and a week-by-week telling
    ("since 25 September", 57),
    ("since Sept 3rd", 79),
    ("since the 1st of November", 20),
    ("twitch started 1 Nov", 20),
    ("28/09 the eyelid twitch began", 54),
    ("since 11/09", 12),  # 11 September or 9 November: the nearer of the two readings
    ("since 09/28/2025", 419),
    ("week 1 now and then, week 2 hourly, week 3 all day", 15),
])
def test_durations_become_days(text, days):
    assert parse_duration_days(text, today=SATURDAY) == pytest.approx(days, rel=0.01)


@pytest.mark.parametrize("text", [
    "not sure", "my left eyelid", "lots of coffee", "",
    # a date that dates an event is no duration, nor is a pain score or a single week's number
    "on 14 June 2023 I was in hospital", "pain 8/10", "week 3 of my chemo",
    "week 1 and week 12 of the pregnancy",
])
def test_no_duration_named(text):
    assert parse_duration_days(text, today=SATURDAY) is None


@pytest.mark.parametrize("text, frequency", [
    ("all the time", "constant"),
    ("constantly", "constant"),
    ("every few minutes", "many_daily"),
    ("several times a day", "many_daily"),
    ("many times a day", "many_daily"),
    ("a few times a day", "many_daily"),
    ("daily", "daily"),
    ("every day", "daily"),
    ("now and then", "occasional"),
    ("comes and goes", "occasional"),
    ("on and off", "occasional"),
    ("often", "many_daily"),
    ("pretty frequently", "many_daily"),
    ("three days", None),
])
def test_frequencies(text, frequency):
    assert parse_frequency(text) == frequency


def test_describe_days_reads_naturally():
    assert describe_days(3) == "about 3 days"
    assert describe_days(21) == "about 3 weeks"
    assert describe_days(0.5) == "less than a day"


def test_a_frequency_is_not_read_as_a_duration():
    assert parse_duration_days("several times a day") is None
    assert parse_duration_days("3 days, a few times a day", today=SATURDAY) == 3
