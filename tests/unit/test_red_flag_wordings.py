"""Red-flag round (issue 4): everyday wordings of real red flags are caught, and questions,
denied sites and a relative's long-past illness raise nothing. Each group fixes one miss of the
first held-out set in a general way; the second held-out set was not used to write them."""

import pytest

from bot.facts import Facts
from bot.kb import Level, get_kb
from bot.mentions import find_mentions
from bot.screening import screen_message
from bot.triage import triage


def _flags(text):
    return screen_message(text).flags


@pytest.mark.parametrize("text", [
    "struggling to catch my breath and my back twitches",
    "my dad is struggling to catch his breath",
    "I cannot catch my breath",
])
def test_catching_ones_breath_is_breathing_trouble(text):
    assert screen_message(text).level == Level.emergency
    assert "breathing_trouble" in _flags(text)


@pytest.mark.parametrize("text", [
    "my words keep coming out jumbled",
    "her words are coming out jumbled",
    "when i speak it comes out all wrong and my lip twitches",
    "I keep mixing up my words",
])
def test_jumbled_or_wrong_words_are_a_stroke_sign(text):
    assert screen_message(text).level == Level.emergency
    assert "stroke_signs" in _flags(text)


def test_sweating_and_a_racing_heart_need_a_medicine_for_the_serotonin_flag():
    on_drug = "my calf twitches, I'm sweating buckets and my heart is racing since starting sertraline"
    assert screen_message(on_drug).level == Level.emergency
    assert "serotonin_syndrome_signs" in _flags(on_drug)
    # the same without a medicine is more often anxiety: no emergency from these two alone
    assert screen_message("my calf twitches, I'm sweating buckets and my heart is racing"
                          ).level is None


def test_when_on_medicine_rows_count_only_with_a_medicine_trigger():
    flag = get_kb().red_flags["serotonin_syndrome_signs"]
    assert ["fast_heartbeat", "heavy_sweating"] in flag.when_on_medicine
    symptoms = ["fast_heartbeat", "heavy_sweating"]
    assert "serotonin_syndrome_signs" not in triage(Facts(symptoms=symptoms)).red_flag_ids
    assert "serotonin_syndrome_signs" in triage(
        Facts(symptoms=symptoms, triggers=["antidepressant"])).red_flag_ids
    # a trigger that is no medicine does not complete the row
    assert "serotonin_syndrome_signs" not in triage(
        Facts(symptoms=symptoms, triggers=["caffeine"])).red_flag_ids


def test_sweating_loads_is_heavy_sweating_not_the_heat_trigger():
    values = {(m.kind, m.value) for m in find_mentions("i'm sweating loads")}
    assert ("symptom", "heavy_sweating") in values
    assert ("trigger", "heat") not in values


@pytest.mark.parametrize("text", [
    "my wife collapsed and she's not answering",
    "he is twitching and isn't answering me",
])
def test_someone_not_answering_is_unresponsive(text):
    assert screen_message(text).level == Level.emergency
    assert "loss_of_consciousness" in _flags(text)


@pytest.mark.parametrize("text", [
    "my twitch isn't responding to magnesium",
    "my doctor isn't answering my calls and my eye twitches",
])
def test_a_treatment_or_a_phone_not_responding_is_no_unresponsive_person(text):
    assert screen_message(text).level is None


def test_someone_not_responding_to_me_still_counts():
    assert screen_message("my son isn't responding to me").level == Level.emergency


@pytest.mark.parametrize("text", [
    "one side of my face won't move when i try to smile",
    "my face doesn't move on the left",
])
def test_a_face_that_will_not_move_is_facial_weakness(text):
    assert "facial_weakness_or_droop" in _flags(text)
    assert screen_message(text).level in (Level.urgent, Level.emergency)


@pytest.mark.parametrize("text", [
    "everything looks doubled when I read",
    "things are doubled and my eyelid jumps",
])
def test_everything_doubled_is_double_vision(text):
    assert "double_vision" in _flags(text)


@pytest.mark.parametrize("text", [
    "would a stroke feel like this?",
    "would an eyelid twitch cause a seizure",
    "can stress make you go numb?",
    "does caffeine make you short of breath?",
])
def test_questions_with_would_or_the_generic_you_raise_nothing(text):
    assert screen_message(text).level is None


@pytest.mark.parametrize("text", [
    "my son is having a seizure, would a doctor come to the house?",
    "I can't breathe, what would help",
])
def test_a_question_after_a_present_emergency_does_not_hide_it(text):
    assert screen_message(text).level == Level.emergency


def test_a_body_part_that_is_the_subject_of_a_denied_symptom_is_no_twitching_site():
    text = "my face isn't drooping, just my eyelid flickers"
    face = [m for m in find_mentions(text) if m.kind == "body_part" and m.value == "face"]
    assert face and face[0].negated
    assert "spreading_face" not in _flags(text)
    # when the face is affected, it still counts
    assert "spreading_face" in _flags("my face is drooping and my eyelid flickers")


@pytest.mark.parametrize("text", [
    "my uncle had bell's palsy and his mouth drooped for months",
    "my mum had facial palsy for years, now my cheek twitches",
])
def test_a_relatives_long_past_illness_in_the_past_simple_is_family_history(text):
    assert screen_message(text).level is None


@pytest.mark.parametrize("text", [
    "my son had a seizure and his lips turned blue",  # no long span: could be minutes ago
    "my sister has epilepsy and she had a seizure just now",
    "my dad's face drooped for weeks and now he can't talk",
    "my dad's face has been drooping for weeks",  # present perfect: still drooping
])
def test_someone_elses_recent_or_ongoing_signs_still_count(text):
    assert screen_message(text).level in (Level.emergency, Level.urgent)
