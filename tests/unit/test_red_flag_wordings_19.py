"""Red-flag round 19, from the twenty-first held-out set (plain everyday messages from many
places and ages) as classes: speech that is "not clear" and a mouth "going to one side"; a fit
seen as shaking on the floor, and a spell of not answering told later; thyroid tablets and a
raised dose; a lesson or a practice given up; and, as near-misses, people who are not relatives
("a lad from my team", "a boy in my son's class", "my amma"), someone else's past episode told as
over in the next sentence, news from someone else's parent, a relative far away under doctors'
tests, a supposed sign's site, "does it have to be...", "can X cause...?", a neck that bends fine,
a smile checked and even, a film, and a user's own past event dated years ago. Each with a
counterpart that keeps its level. Every sentence here is written for this test, none taken from
the held-out sets."""

import pytest

from bot.kb import Level
from bot.screening import screen_message
from tests.unit.wording_checks import flags_of, level_of


@pytest.mark.parametrize("text", [
    "Since ten minutes my speech is not clear and my mouth is going to one side. Eyelid "
    "twitching since Monday.",
    "My husband says my speech is unclear since lunch and my right arm is weak. Cheek twitches.",
    "My flatmate says I was jerking on the floor of the bathroom for two minutes. Calf twitches.",
    "My sister told me I wasn't answering her at all for five minutes earlier. My eye twitches.",
])
def test_plain_tellings_of_stroke_and_fits_are_caught(text):
    assert level_of(text) is Level.emergency


def test_shaking_while_not_answering_is_read_as_a_fit():
    assert "seizure" in screen_message(
        "my dad's whole body is shaking and he isn't answering me. my eye twitches").flags


@pytest.mark.parametrize("text, flag", [
    ("My GP started me on levothyroxine in the spring and my eyelid has twitched ever since.",
     "medicine_suspected"),
    ("They upped my dose of tablets two weeks ago and the twitch in my thumb got going.",
     "medicine_suspected"),
    ("The twitch is so bad I can't read my book and I had to stop driving to work.",
     "disrupts_daily_life"),
    ("My eyelid twitches so much I skipped my lessons at the dance school this week.",
     "disrupts_daily_life"),
])
def test_routine_wordings_raise_their_flag(text, flag):
    assert flag in flags_of(text)


@pytest.mark.parametrize("text", [
    # someone who is not a relative, told as over since: in hospital and doing well, home again
    "A bloke from my darts team collapsed at the pub on Friday, he's in hospital and doing well. "
    "My eyelid twitches.",
    "My cousin hit her head falling off a horse on Tuesday and was kept in overnight. She's back "
    "home now. My cheek twitches.",
    # news from someone else's parent, or a relative far away under doctors' tests
    "A girl in my daughter's class has double vision and they're testing her for it, her dad "
    "told me. My eye twitches.",
    "My appa in Kochi is having swallowing problems and the doctors are doing tests. I'm here in "
    "Derby. My lip twitches.",
    # a supposed sign's site, a question about what a sign has to be or what causes it
    "If my eye twitch ever spread with my mouth sagging, is that A&E? My mouth is fine.",
    "Does it have to be spreading or making you weak before I worry? Mine is only in my lid.",
    "Can cutting out sugar cause a twitch and trouble swallowing? My lid twitches, swallowing's ok.",
    # parts said to work, a smile checked and even, a film
    "No rash, my neck bends fine, no fever. Just the twitchy lid.",
    "Checked in the mirror: both sides go up the same when I smile. Only my eyelid twitches.",
    "Saw a movie where a man was jerking on the floor, and now my eyelid twitches.",
])
def test_near_misses_are_no_alarm(text):
    assert level_of(text) not in (Level.emergency, Level.urgent)


@pytest.mark.parametrize("text", [
    "I had a stroke eight years ago and recovered well. My eyelid twitches since Tuesday.",
    "Three years ago I broke my ankle skiing. My calf twitches now and then.",
])
def test_a_users_own_past_event_dated_years_ago_is_not_the_twitch_s_duration(text):
    assert "long_lasting" not in flags_of(text)


@pytest.mark.parametrize("text", [
    "I had covid three months ago. My eyelid has been twitching since.",
    "I started a new job two months ago. My eye twitches every day.",
    "My eyelid started twitching two months ago.",
])
def test_a_dated_start_of_the_twitch_still_counts(text):
    assert "long_lasting" in flags_of(text)


@pytest.mark.parametrize("text", [
    # the same shapes with a real sign now
    "A bloke from my darts team just collapsed at the pub next to me and isn't breathing. "
    "My eyelid twitches.",
    "Oh boy, my face is drooping on one side and I can't speak. My eye twitches.",
    "I can't swallow at all right now, can you help? My lid twitches.",
    "My dad is jerking on the floor right now. My eye twitches.",
])
def test_the_same_shapes_with_a_real_sign_still_count(text):
    assert level_of(text) is Level.emergency
