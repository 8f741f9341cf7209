"""Red-flag round 24, from the twenty-seventh held-out set (what people notice rather than medical
words) as classes: one lemma for a modal whatever its form ("wouldn't bend" is "won't bend",
"couldn't lift" is "can't lift"); speech told as mush or marbles; a mouth that feels heavy or
wooden; a hand that flops or won't pinch; an everyday task with small objects the hand can no
longer do; shaking on a floor named by its room; a heart that hammers, sweat that drenches; a head
that split or burst seconds ago; a fizzing feeling; a pain score told as the next fragment; work
dreaded; a feast or a season as the start of a long twitch; and, as near-misses, someone's sign
during their own named event ("when he had his stroke"), a relative in hospital while the user
is somewhere else after an age ("I'm 34, in Leeds"), a story being written, a term in quotes, a
face site that is someone else's or supposed. Each with a counterpart that keeps its level.
Every sentence here is written for this test, none taken from the held-out sets."""

import datetime as dt

import pytest

from bot.durations import find_durations
from bot.kb import Level
from bot.nlp import parse_message
from tests.unit.wording_checks import flags_of, level_of


@pytest.mark.parametrize("modal, plain", [
    ("wouldn't", "won't"), ("couldn't", "can't"), ("cannot", "can't"), ("wouldnt", "wont"),
])
def test_a_modal_has_one_lemma_whatever_its_form(modal, plain):
    def lemmas(text):
        return [t.lemma_ for t in parse_message(text)]

    assert lemmas(f"my neck {modal} bend") == lemmas(f"my neck {plain} bend")


@pytest.mark.parametrize("text", [
    # the vocabulary says "neck won't bend": the past form now counts too
    "Burning up since this morning and my neck wouldn't bend when I tried to look down. Eye twitch.",
    "My husband says I sound like I've got a mouth full of marbles, and my arm is weak. Lid twitching.",
    "Words mushy since ten minutes ago and my hand went limp. Cheek twitching.",
    "My left arm just flopped off the armrest and my mouth feels wooden. Eyelid twitching.",
    "Jerking on the bathroom floor for two minutes, my partner says, and I bit my tongue. Eye still twitches.",
    "Started my new antidepressant dose, now drenched and my heart is hammering. Legs twitching.",
    "Lifting the shopping my head just split, worst pain of my life. Eyelid twitching.",
    "He grabbed his head and said it burst like a balloon a few seconds ago. He's here, eye twitching.",
])
def test_emergencies_told_through_what_people_notice_are_caught(text):
    assert level_of(text) is Level.emergency


@pytest.mark.parametrize("text", [
    "I can't do up the coat buttons with my left hand any more. Forearm twitching.",
    "For two weeks I haven't been able to turn the front door key. Thumb twitching.",
    "My fingers won't pinch a coin off the table. Hand twitching.",
])
def test_hands_that_fail_everyday_tasks_are_urgent(text):
    assert level_of(text) in (Level.urgent, Level.emergency)


@pytest.mark.parametrize("text, flag", [
    ("A fizzy feeling in my ring finger all week. Forearm twitching.", "numbness_or_tingling"),
    ("Calf twitches then cramps, pain so bad I cry. 9/10.", "severe_pain"),
    ("The eyelid flicker is so bad I'm dreading going to work.", "disrupts_daily_life"),
    ("My eyelid has twitched every day since the summer.", "long_lasting"),
])
def test_routine_wordings_raise_their_flag(text, flag):
    assert flag in flags_of(text)


def test_a_feast_or_a_season_dates_the_twitch_and_the_fall_does_not():
    today = dt.date(2026, 11, 22)
    assert [d.value for d in find_durations("since before Easter", today)] == [60.0]
    assert [d.value for d in find_durations("since Halloween", today)] == [22.0]
    assert [d.value for d in find_durations("since the winter", today)] == [90.0]
    assert find_durations("since the fall I've had a twitch", today) == []


@pytest.mark.parametrize("text", [
    "Nan's arm went weak when she had her stroke years back. My eyelid flickers.",
    "My aunt in Lahore can't speak properly, she's in hospital now. I'm 41, in Leeds. Eye twitching.",
    "I'm writing a novel where the hero has a seizure on a train. My own eyelid twitches, funnily.",
    "My neighbour mentioned 'facial palsy' when she saw my twitchy eyelid. Nothing droops.",
    "If my top lip gets involved too, is that bad? Only the eyelid twitches so far.",
    "The nurse asked if their face looked droopy in the photo; she meant the patients. My eyelid twitches.",
])
def test_near_misses_are_no_emergency(text):
    assert level_of(text) is not Level.emergency


@pytest.mark.parametrize("text", [
    "Nan's arm went weak when she had her stroke years back. My eyelid flickers.",
    "If my top lip gets involved too, is that bad? Only the eyelid twitches so far.",
    "My neighbour mentioned 'facial palsy' when she saw my twitchy eyelid. Nothing droops.",
])
def test_near_misses_are_no_alarm(text):
    assert level_of(text) not in (Level.emergency, Level.urgent)


@pytest.mark.parametrize("text", [
    # counterparts: the same words, now and here
    "Dad had his stroke an hour ago and can't talk, he's next to me. My eye twitches.",
    "My aunt can't speak properly and her face drooped, she's here with me. Eye twitching.",
    "My wife is jerking on the kitchen floor right now. Her eye was twitching earlier.",
])
def test_counterparts_stay_emergencies(text):
    assert level_of(text) is Level.emergency


@pytest.mark.parametrize("text", [
    # a slippery handle, cold fingers and a fall are not weakness or a long twitch
    "Dropped my mug because the handle was greasy. Eyelid twitching since Tuesday.",
    "Couldn't do up my buttons with frozen fingers after the walk, fine once warm. Eye twitches.",
])
def test_everyday_slips_are_no_urgent_sign(text):
    assert level_of(text) not in (Level.emergency, Level.urgent)
