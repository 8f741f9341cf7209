"""Triage: one row per clinical rule, with the guidance it comes from."""

import pytest

from bot.facts import Facts, facts_from_text
from bot.kb import Level
from bot.triage import triage

E, U, R, S = Level.emergency, Level.urgent, Level.routine, Level.self_care


@pytest.mark.parametrize("facts, level, flag, source", [
    (Facts(symptoms=["speech_trouble"]), E, "stroke_signs", "stroke FAST: speech"),
    (Facts(symptoms=["facial_weakness", "weakness"]), E, "stroke_signs", "FAST: face + arm"),
    (Facts(symptoms=["seizure"]), E, "seizure", "seizure first aid"),
    (Facts(symptoms=["breathing_trouble"]), E, "breathing_trouble", "breathing emergency"),
    (Facts(symptoms=["swallowing_trouble"]), E, "swallowing_trouble", "swallowing emergency"),
    (Facts(symptoms=["head_injury", "drowsiness"]), E, "head_injury_neuro_signs",
     "NHS head injury"),
    (Facts(symptoms=["weakness"]), U, "new_weakness", "MedlinePlus: weakness with twitching"),
    (Facts(symptoms=["muscle_wasting"]), U, "muscle_wasting", "MedlinePlus: loss of muscle"),
    (Facts(body_parts=["eyelid"], symptoms=["spreading"]), U, "spreading_face",
     "AAO: spreading on the face"),
    (Facts(symptoms=["drooping_eyelid"]), U, "facial_weakness_or_droop", "Mayo: drooping lid"),
    (Facts(symptoms=["double_vision"]), U, "double_vision", "Mayo / DESIGN"),
    (Facts(duration_days=21), R, "long_lasting", "NHS: more than 2 weeks"),
    (Facts(body_parts=["arm", "leg", "abdomen"]), R, "several_places", "NHS: more than one place"),
    (Facts(body_parts=["widespread"]), R, "several_places", "NHS: more than one place"),
    (Facts(triggers=["diuretic"]), R, "medicine_suspected", "NHS: prescribed medicine"),
    (Facts(body_parts=["eyelid"], symptoms=["eyelid_closing"]), R, "eyelid_closes_completely",
     "Mayo: lid closes completely"),
    (Facts(body_parts=["eyelid"], symptoms=["eye_discharge"]), R, "red_swollen_eye_discharge",
     "Mayo: discharge"),
    (Facts(symptoms=["stiffness"]), R, "stiffness_in_area", "NHS: weak or stiff"),
])
def test_each_red_flag(facts, level, flag, source):
    result = triage(facts)
    assert result.level == level, source
    assert flag in result.red_flag_ids, source


@pytest.mark.parametrize("days, level", [(1, S), (7, S), (14, S), (15, R), (30, R)])
def test_duration_threshold(days, level):
    """NHS: see a GP if a twitch lasts more than two weeks."""
    assert triage(Facts(body_parts=["eyelid"], duration_days=days)).level == level


@pytest.mark.parametrize("parts, level", [
    (["eyelid"], S), (["calf"], S), (["calf", "leg"], S), (["hand"], S),
    (["arm", "leg"], R), (["widespread"], R),
])
def test_sites(parts, level):
    assert triage(Facts(body_parts=parts, duration_days=2)).level == level


def test_most_severe_finding_wins():
    result = triage(Facts(duration_days=30, symptoms=["weakness", "breathing_trouble"]))
    assert result.level == E
    assert [f.level for f in result.findings] == sorted(
        [f.level for f in result.findings], key=lambda level: -level.rank)


@pytest.mark.parametrize("text", [
    "no weakness, no numbness",
    "no pain, no redness, not drooping",
    "eyes feel dry",
    "nothing else",
])
def test_denied_symptoms_never_raise_the_level(text):
    facts = facts_from_text(text)
    facts.body_parts, facts.duration_days = ["eyelid"], 2
    assert triage(facts).level == S


def test_the_deciding_reason_is_given():
    finding = triage(Facts(duration_days=21)).findings[0]
    assert "3 weeks" in finding.because
    assert finding.flag.sources


def test_twitching_across_the_face_at_once_is_urgent():
    """AAO: twitching that spreads to other parts of the face needs prompt attention."""
    result = triage(facts_from_text(
        "it started in my eyelid and now my cheek and the corner of my mouth jump too"))
    assert result.level == U and "spreading_face" in result.red_flag_ids
    assert triage(Facts(body_parts=["eyelid"])).level == S
