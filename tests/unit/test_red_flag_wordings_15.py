"""Red-flag round 15, from the seventeenth held-out set's misses and false emergencies, as
classes: signs told as readings and counts (an oxygen saturation, a peak flow fallen below half,
vomiting counted, a pain score), breath told by the words it allows, a slump and coming round, a
sudden worst pain in a message about migraines, a relative's sign that began days ago beside
their long-term illness, and the signs in the languages people mix in; and, as near-misses, a
transcript's "A: none", "none of those" after a list, a medicine leaflet's warnings, someone in
A&E told by phone, weeks of a pregnancy, and an old deficit told as unchanged. Each with a
counterpart that keeps its level. Every sentence here is written for this test, none taken from
the held-out sets."""

import pytest

from bot.durations import find_durations
from bot.facts import facts_from_text
from bot.kb import Level
from bot.screening import screen_message


def _level(text):
    return screen_message(text).level


@pytest.mark.parametrize("text", [
    # readings
    "the pulse oximeter says 88% and my eyelid won't stop twitching",
    "my sats are 90 and dropping, calf twitching all day",
    "peak flow usually 500, just blew 190 twice. shoulder twitching",
    # breath told by the words it allows, or a breath that won't come
    "I can manage two words a breath at most and my ribs keep twitching",
    "since lunch my breathing has gone shallow and my lip twitches",
    "I couldn't get my breath on the stairs just now and I'm still gasping, thumb twitching",
    # a slump and coming round
    "my dad slumped at the table just now and came round confused, he's next to me, my eye twitches",
    # a sudden worst pain where the message is about migraines
    "I know my migraines well. This one went from nothing to the worst pain ever in a second. "
    "eyelid twitch",
    # head blow, then sick counted
    "banged my head on the car boot this morning and have been sick three times. cheek twitching",
    # the languages people mix in
    "no puedo respirar bien desde hace una hora, my eye twitches",
    "nie mogę przełknąć wody since this morning, jaw twitching",
])
def test_signs_told_in_the_seventeenth_sets_ways_are_emergencies(text):
    assert _level(text) is Level.emergency


@pytest.mark.parametrize("text", [
    "the pulse oximeter says 98% and my eyelid twitches",
    "my sats are 96, peak flow 470 as usual, calf twitching",
    "peak flow 420 this morning and 440 tonight, my eyelid twitches",
    "if my sats dropped to 90 would that matter? my eye twitches",
    "my friend came round for dinner and my eyelid twitched all night",
    "I slumped on the sofa after work and my leg twitched",
    "the worst pain of my life in my knee after the tackle, calf twitching",
])
def test_their_normal_or_unrelated_counterparts_are_no_emergency(text):
    assert _level(text) is not Level.emergency


@pytest.mark.parametrize("text", [
    "my brother has MS and since Tuesday he can't lift his right foot, he's here with me. "
    "my eyelid twitches",
    "my tongue has gone thin at the edges and it quivers, chin twitching",
    "mi mamá está aquí conmigo y tiene la boca torcida desde hace diez minutos, my lip twitches",
])
def test_lasting_signs_told_in_its_ways_are_urgent_or_more(text):
    assert _level(text) in (Level.urgent, Level.emergency)


def test_a_relatives_lasting_sign_of_their_illness_stays_their_history():
    text = "my brother has MS and can't lift his right foot well anymore. my eyelid twitches"
    assert _level(text) not in (Level.urgent, Level.emergency)


@pytest.mark.parametrize("text, symptom", [
    ("my calf twitch turns into a cramp every night, pain 9/10", "severe_pain"),
    ("the twitching in my eyelid gets worse every week", "worsening"),
])
def test_routine_signs_told_as_scores_and_trends_are_found(text, symptom):
    assert symptom in facts_from_text(text).symptoms


def test_a_low_pain_score_is_no_severe_pain():
    assert "severe_pain" not in facts_from_text("calf twitch, pain 3/10, no big deal").symptoms


@pytest.mark.parametrize("text", [
    "Q: chest pain? A: no. Q: trouble breathing? A: none. Q: other? A: my eyelid twitches",
    "the nurse asked about fever, stiff neck and a rash. none of those, just a twitchy eye",
    "fever? stiff neck? purple rash? none of those. my eyelid twitches",
    "the info sheet for my new tablets warns of fits, confusion and fever. eyelid twitching",
    "my uncle passed out at work, his boss rang me, he's in A&E in Leeds and I'm at home. "
    "my thumb twitches",
])
def test_answered_listed_or_elsewhere_signs_are_no_emergency(text):
    assert _level(text) is not Level.emergency


def test_an_old_deficit_told_as_unchanged_is_no_new_weakness():
    text = "I had a stroke in 2018. My right arm is a bit weak, exactly as it's been since then."
    assert _level(text + " my eyelid twitches") is None
    assert _level("my right arm is a bit weak since yesterday. my eyelid twitches") is Level.urgent


@pytest.mark.parametrize("text", [
    "Q: trouble breathing? A: yes, can't breathe properly since lunch. eyelid twitching",
    "my face is drooping and my speech is slurred, none of those have happened before",
    "my uncle passed out next to me and his boss rang an ambulance. my thumb twitches",
    "I had a stroke in 2018, my arm was weak, same as ever, but since this morning my face "
    "has dropped and I can't speak",
])
def test_the_same_shapes_with_a_real_sign_still_count(text):
    assert _level(text) is Level.emergency


def test_weeks_of_a_pregnancy_are_no_duration_of_the_twitch():
    assert not find_durations("31 weeks pregnant and my eyelid twitches")
    assert not find_durations("29+4 weeks, is an eyelid twitch a pregnancy thing?")
    assert [s.value for s in find_durations("31 weeks pregnant, eyelid twitching for 3 weeks")] \
        == [21.0]
