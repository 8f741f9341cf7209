"""Context of every mention: negated, hypothetical, someone's history, or asserted."""

import pytest

from bot.facts import facts_from_text
from bot.mentions import find_mentions
from bot.screening import screen_message


def _symptom_status(text):
    return {str(m.value): m for m in find_mentions(text) if m.kind == "symptom"}


@pytest.mark.parametrize("text, symptom", [
    ("no weakness", "weakness"),
    ("no weakness, no numbness", "numbness"),
    ("no weakness or numbness", "numbness"),
    ("I don't have any weakness", "weakness"),
    ("without any numbness", "numbness"),
    ("no pain, no redness, not drooping", "drooping_eyelid"),
    ("weakness: none", "weakness"),
])
def test_negated(text, symptom):
    mention = _symptom_status(text)[symptom]
    assert mention.negated and not mention.asserted


@pytest.mark.parametrize("text, symptom", [
    ("my arm feels weak", "weakness"),
    ("I'm not sure but my arm feels weak", "weakness"),
    ("no pain but my arm feels weak", "weakness"),
    ("I have double vision", "double_vision"),
    ("I'm worried because my eyelid droops", "drooping_eyelid"),
])
def test_asserted(text, symptom):
    assert _symptom_status(text)[symptom].asserted


@pytest.mark.parametrize("text, symptom", [
    ("what if it spreads?", "spreading"),
    ("could it lead to weakness?", "weakness"),
    ("is it a sign of muscle wasting", "muscle_wasting"),
])
def test_hypothetical(text, symptom):
    mention = _symptom_status(text)[symptom]
    assert mention.hypothetical and not mention.asserted


@pytest.mark.parametrize("text, symptom", [
    ("my dad had a seizure years ago", "seizure"),
    ("my mom had weakness before she died of ALS", "weakness"),
])
def test_family_history_is_not_the_users(text, symptom):
    mention = _symptom_status(text)[symptom]
    assert mention.historical and mention.experiencer == "other"


@pytest.mark.parametrize("text, level", [
    ("my grandfather's leg started twitching then he had a fit that lasted several minutes",
     "emergency"),
    ("my dad collapsed and is shaking", "emergency"),
    ("my son is having a seizure right now", "emergency"),
])
def test_someone_present_in_an_emergency_still_escalates(text, level):
    assert screen_message(text).level.value == level


@pytest.mark.parametrize("text", [
    "no trouble breathing",
    "I don't have slurred speech",
    "what if I have a seizure?",
    "my dad had ALS",
    "my mum had a stroke years ago",
    "what are the signs of a stroke",
    "no weakness, no numbness",
    "not spreading",
    "what if it spreads to my face?",
    "could this become weakness?",
])
def test_no_false_alarm(text):
    screen = screen_message(text)
    assert screen.level is None, (text, screen.flags)


def test_facts_from_one_message():
    facts = facts_from_text("left eyelid, 3 days, lots of coffee, nothing else")
    assert facts.body_parts == ["eyelid"]
    assert facts.duration_days == 3
    assert "caffeine" in facts.triggers
    assert facts.symptoms == []


def test_body_part_words():
    for text, part in [("lower lid", "eyelid"), ("eye", "eyelid"), ("calf", "calf"),
                       ("between thumb and finger", "hand"), ("all over", "widespread"),
                       ("my right upper eyelid", "eyelid"), ("both legs", "leg")]:
        assert facts_from_text(text).body_parts == [part], text


def test_triggers_and_medicines():
    assert "diuretic" in facts_from_text("I started water pills last week").triggers
    assert "caffeine" in facts_from_text("way more coffee than usual").triggers
    assert {"exercise", "heat"} <= set(facts_from_text("long run in the heat").triggers)
    assert "screen_time" in facts_from_text("staring at my laptop all night").triggers


def test_config_points_at_the_current_spacy_pipeline():
    """SpacyNLP's fingerprint is its path: a stale path would hide vocabulary changes."""
    from bot import pipeline_version

    assert pipeline_version.configured_path() == pipeline_version.relative_path(), \
        "run: python -m bot.nlp build"


def test_a_relatives_past_diagnosis_is_history():
    assert screen_message("my aunt had double vision for years before her MS diagnosis").level \
        is None


def test_a_body_part_in_someones_past_is_not_a_current_site():
    facts = facts_from_text("my sister had facial palsy a few years back and my eyelid twitches now")
    assert facts.body_parts == ["eyelid"]
