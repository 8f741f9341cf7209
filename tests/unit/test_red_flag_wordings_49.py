"""Red-flag round 49, from the fiftieth held-out set (schools, teachers and children) as classes:
a tongue that "won't form the words", the user's own side named after someone else, a ball that
hit "just behind the ear", "keeps asking where she is", every line seen twice, a beta blocker,
a lid that shuts the eye "right closed", "worse every single day". Near-misses: a system that
"had a stroke", a sign called a figure ("metaphorically"), a class that laughed itself
breathless, a collapse in giggles, a relative's own face, a past double vision "gone since", a
month cut short. Each with a counterpart that keeps its level. Every sentence here is written for
this test, none taken from the held-out sets."""

import datetime as dt

import pytest

from bot.entities import message_entities
from bot.kb import Level
from bot.mentions import find_mentions
from bot.mentions.history import _months_back
from bot.screening import screen_mentions, screen_message
from tests.unit.wording_checks import flags_of, level_of


@pytest.mark.parametrize("text, flag", [
    ("14:10, talking to a parent, my right leg went limp under me and my tongue wouldn't form "
     "the words. eyelid twitching", "stroke_signs"),
    ("a rounders ball struck me right behind the ear at lunch, since then I've vomited twice and "
     "I can't stay awake. calf twitching", "head_injury_neuro_signs"),
    ("kidney infection last week, now 39.2 and shaking with chills, and my husband says I keep "
     "asking where I am. legs twitching", "serotonin_syndrome_signs"),
])
def test_school_emergencies_are_caught(text, flag):
    assert level_of(text) is Level.emergency
    assert flag in flags_of(text)


def test_every_word_seen_twice_is_double_vision():
    text = "for three days the board shows every word twice, my eyelid twitching"
    assert level_of(text) is Level.urgent
    assert "double_vision" in flags_of(text)


@pytest.mark.parametrize("text, flag", [
    ("the doctor upped my bisoprolol a fortnight ago and since then my thumb twitches",
     "medicine_suspected"),
    ("my lid twitch shuts my eye right closed several times a lesson",
     "eyelid_closes_completely"),
    ("the flicker under my eye is worse every single day", "worsening_or_spreading"),
])
def test_school_routine_flags_are_raised(text, flag):
    assert flag in flags_of(text)


@pytest.mark.parametrize("text", [
    "The booking system had a stroke on Monday and double-booked every room. My eyelid has "
    "twitched since.",
    "The inspection knocked me out, metaphorically speaking. My lid is still jumping.",
    "The Year 6s laughed themselves breathless at the magic trick, my cheek twitched all day "
    "from grinning.",
    "After the panto I collapsed on the staffroom sofa giggling. My eyelid twitches.",
    "Last term I had a couple of days of double vision with a migraine, completely gone since "
    "March. Eyelid twitching now.",
])
def test_school_near_misses_raise_nothing_acute(text):
    assert level_of(text) not in (Level.emergency, Level.urgent)


def test_a_past_sign_gone_since_a_month_does_not_date_the_twitch():
    text = ("Last term I had a couple of days of double vision with a migraine, completely gone "
            "since March. Eyelid twitching now.")
    assert "long_lasting" not in flags_of(text)


def test_a_relatives_own_face_is_not_a_second_site_of_the_users_twitch():
    screen = screen_message("My nan's face is drooping right now and my eyelid flickers")
    assert "facial_weakness_or_droop" in screen.flags  # her sign still counts
    assert "spreading_face" not in screen.flags


def test_the_users_own_side_after_someone_named_is_the_users():
    text = "Mid-sentence with a mum my left hand went limp, eyelid twitching"
    weakness = [m for m in find_mentions(text) if m.kind == "symptom" and m.value == "weakness"]
    assert weakness and weakness[0].experiencer == "user"
    # ...and a relative's own side is still theirs
    theirs = [m for m in find_mentions("my mum's left hand went limp, my eyelid twitches")
              if m.kind == "symptom" and m.value == "weakness"]
    assert theirs and theirs[0].experiencer == "other"


@pytest.mark.parametrize("words, back", [
    ("dad's face drooped in feb; fully better", True),
    ("it started in sept.", True),
    ("in october my face drooped", False),  # a month ago on the day below: maybe still recent
])
def test_a_month_cut_short_dates_a_story(words, back):
    assert bool(_months_back(words, today=dt.date(2026, 11, 23))) is back


@pytest.mark.parametrize("text, level", [
    # a tongue that twitches is no speech sign
    ("my tongue is twitching but my words are fine", None),
    # a ball near the eye with nothing after it is no head injury with warning signs
    ("a ball hit me above the eye in PE, no headache, not sick, fine since; eyelid twitching",
     None),
    # reading every line twice is checking, not seeing double
    ("I read every line twice when marking, my eyelid twitches", None),
    # a collapse with no laughter in it is still one
    ("I collapsed in the corridor and can't remember it, my eyelid twitches", Level.emergency),
])
def test_school_counterparts_keep_their_level(text, level):
    assert level_of(text) is level


def _triggers(text):
    mentions = find_mentions(text)
    return {e["value"]: e.get("role") for e in message_entities(text, mentions,
                                                                 screen_mentions(mentions))
            if e["entity"] == "trigger"}


def test_a_denied_or_unstarted_trigger_has_a_role_so_the_form_does_not_store_it():
    assert _triggers("No coffee at all, but exams are stressing me; eyelid twitching") == {
        "caffeine": "absent", "stress": None}
    assert _triggers("My GP is starting me on citalopram next week and my eyelid twitches") == {
        "antidepressant": "hypothetical"}


def test_a_medicine_asked_about_as_a_remedy_is_not_a_suspected_cause():
    assert "medicine_suspected" not in flags_of(
        "Could bisoprolol settle my eyelid twitch? I take it already for my heart.")
    # ...one asked about as the cause still is
    assert "medicine_suspected" in flags_of(
        "could the bisoprolol be causing my eyelid twitch? I started it last week")


def test_a_figure_word_does_not_hide_a_sign_told_before_it():
    text = ("my left arm went weak and my face dropped ten minutes ago, I'm figuratively falling "
            "apart, eyelid twitching")
    assert level_of(text) is Level.emergency
