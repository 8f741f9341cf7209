"""Red-flag round 5: when a thing happened. A relative's age anchor is read up to its own
clause ("had a stroke at 60, and I'm 58 now" is their history), a span of weeks or years "ago"
is the past, the user's own signs told in the past tense in a sentence anchored long ago are
history unless a sign they make a red flag with is current, and asking whether a sign is
reason enough to seek care reports nobody's sign. Paraphrases and near misses written for this
round, none taken from the held-out sets."""

import pytest

from bot.kb import Level
from bot.screening import screen_message


def _level(text):
    return screen_message(text).level


@pytest.mark.parametrize("text", [
    "my grandad had a stroke at 72 and I'm 40 now, is my eye twitch linked?",
    "my aunt had a stroke at 65, now I'm scared about my twitching lip",
    "dad had a seizure 10 years ago, my calf twitches a lot",
    "my sister had a stroke a long time ago and my eyelid jumps",
])
def test_a_relative_s_past_anchored_in_its_own_clause_is_history(text):
    assert _level(text) is None


@pytest.mark.parametrize("text", [
    "my dad had a stroke at 10 this morning and his face is drooping",
    "my husband had a seizure 5 minutes ago and his arm keeps twitching",
    "my mum collapsed and is shaking all over right now",
])
def test_a_relative_s_sign_today_still_fires(text):
    assert _level(text) is Level.emergency


@pytest.mark.parametrize("text", [
    "I got concussed in school years ago and was confused for a day back then. now my eyelid "
    "twitches",
    "as a teenager I passed out once at a concert, these days it's just my thumb twitching",
    "when I was 19 I had double vision for a week after flu, it went away. my calf twitches now",
])
def test_the_user_s_own_long_past_told_in_the_past_tense_is_history(text):
    assert _level(text) is None


@pytest.mark.parametrize("text, level", [
    # the blow is weeks back but the confusion is now: still a red flag
    ("I banged my head 3 weeks ago. Now I'm confused and my eye twitches", Level.emergency),
    ("I fell and hit my head an hour ago, now I'm confused", Level.emergency),
    ("I had a seizure 20 minutes ago and my arm keeps twitching", Level.emergency),
])
def test_a_current_sign_keeps_an_old_injury_in_play(text, level):
    assert _level(text) is level


@pytest.mark.parametrize("text", [
    "would trouble breathing be a reason to go to A&E?",
    "is a drooping face reason enough to call an ambulance?",
    "is double vision worth seeing a doctor about?",
])
def test_asking_whether_a_sign_warrants_care_reports_nobody_s_sign(text):
    assert _level(text) is None


@pytest.mark.parametrize("text", [
    "I have trouble swallowing, is it worth going to A&E?",
    "I can't breathe properly, is that a reason to go to A&E?",
])
def test_a_sign_reported_before_the_question_still_fires(text):
    assert _level(text) is Level.emergency


@pytest.mark.parametrize("text", [
    "my eyelid twitches but it isnt drooping",
    "speech is fine, i didnt faint, my cheek just jumps",
    "my neck isnt stiff and i dont have a fever, calf twitching after football",
])
def test_texting_contractions_without_an_apostrophe_deny(text):
    assert _level(text) is None


@pytest.mark.parametrize("text, level", [
    ("i cant breathe properly and my chest twitches", Level.emergency),
    ("i cant swallow my own spit", Level.emergency),
    ("my face doesnt move on the left side since yesterday", Level.urgent),
])
def test_an_inability_told_without_an_apostrophe_is_still_the_sign(text, level):
    assert _level(text) is level


@pytest.mark.parametrize("text, level", [
    # an onset told in a sentence of its own dates the signs just before it
    ("my left arm feels weak and heavy. it started about 10 minutes ago", Level.emergency),
    ("the left side of my face is drooping. drink spills out. came on 15 mins ago",
     Level.emergency),
    # ...but not a time that is no onset, nor a sentence with a sign of its own
    ("my face has been a bit droopy for months. I got home 20 min ago", Level.urgent),
    ("my arm went weak last year after surgery. my eyelid started twitching 20 min ago", None),
])
def test_an_onset_in_a_sentence_of_its_own_dates_the_signs_before_it(text, level):
    assert _level(text) is level


@pytest.mark.parametrize("text, level", [
    ("keep seein double when i look up, eyelid flickers", Level.urgent),
    ("im not seein double, just a twitchy lid", None),
])
def test_a_dropped_g_is_read_as_the_ing_form(text, level):
    assert _level(text) is level
