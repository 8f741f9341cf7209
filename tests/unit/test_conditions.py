"""Named conditions and other people: family history is never the user's red flag, a worry
question is no flag, and someone with the user who is ill now still raises the emergency."""

import pytest

from bot.entities import message_entities
from bot.kb import Level
from bot.mentions import find_mentions
from bot.screening import screen_mentions, screen_message


def _conditions(text):
    return {str(m.value): m for m in find_mentions(text) if m.kind == "condition"}


@pytest.mark.parametrize("text, condition", [
    ("my mom had ALS", "als"),
    ("my dad has MS", "multiple_sclerosis"),
    ("my sister has epilepsy", "epilepsy"),
    ("my uncle had motor neurone disease", "als"),
    ("my grandad had parkinsons and now my hand twitches", "parkinsons"),
])
def test_a_relatives_condition_is_family_history(text, condition):
    mention = _conditions(text)[condition]
    assert mention.experiencer == "other" and mention.role == "other"
    assert not mention.asserted
    assert screen_message(text).level is None


@pytest.mark.parametrize("text, condition", [
    ("do I have ALS?", "als"),
    ("what if it's MS", "multiple_sclerosis"),
    ("is this a sign of ALS", "als"),
])
def test_a_worry_about_a_condition_is_hypothetical(text, condition):
    mention = _conditions(text)[condition]
    assert mention.role == "hypothetical"
    assert screen_message(text).level is None


def test_the_users_past_diagnosis_is_their_history():
    mention = _conditions("I was diagnosed with MS last year")["multiple_sclerosis"]
    assert mention.experiencer == "user" and mention.role == "history"


def test_the_users_current_condition_has_no_role():
    assert _conditions("I have epilepsy")["epilepsy"].role is None


def test_condition_entities_carry_the_role():
    text = "my mom had ALS and my eyelid twitches"
    mentions = find_mentions(text)
    entities = message_entities(text, mentions, screen_mentions(mentions))
    condition = [e for e in entities if e["entity"] == "condition"]
    assert condition == [dict(condition[0], value="als", role="other")]


@pytest.mark.parametrize("text", [
    "my sister has epilepsy, she had seizures as a teen",
    "my grandfather had a stroke in 2015",
    "my dad has MS and had a seizure in 2019",
])
def test_someone_elses_past_red_flag_is_no_emergency(text):
    assert screen_message(text).level is None


@pytest.mark.parametrize("text, level", [
    ("my dad collapsed and is shaking", Level.emergency),
    ("my son is having a seizure right now", Level.emergency),
    ("my mum has MS and she can't breathe right now", Level.emergency),
    ("my sister has epilepsy and she is seizing", Level.emergency),
])
def test_someone_with_the_user_now_still_fires_the_emergency(text, level):
    assert screen_message(text).level == level


@pytest.mark.parametrize("text, condition", [
    ("could my thigh twitch be MS", "multiple_sclerosis"),
    ("i think i have als, am i overreacting", "als"),
])
def test_condition_only_worry_cues(text, condition):
    assert _conditions(text)[condition].role == "hypothetical"


@pytest.mark.parametrize("text, level", [
    ("I think I'm having a stroke, my face is drooping", Level.emergency),
    ("I could barely breathe just now", Level.emergency),
])
def test_condition_only_cues_never_hide_a_symptom(text, level):
    assert screen_message(text).level == level
