"""A medicine long taken at the same dose (bot/mentions/settled.py) is no suspected cause of a
new twitch, but still a medicine for the serotonin rows of a red flag, in one message and across
the check-up's turns. Every sentence here is written for this test."""

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions import slots
from actions.assess import ActionAssess
from actions.questions import ActionExplainCauses
from bot.entities import message_entities
from bot.facts import facts_from_text
from bot.kb import Level
from bot.mentions import find_mentions
from bot.screening import screen_mentions, screen_message
from tests.unit.conftest import DOMAIN, make_tracker
from tests.unit.wording_checks import flags_of


@pytest.mark.parametrize("text", [
    "I've been on sertraline for four years, same dose, and my eyelid has twitched since Monday",
    "on citalopram 20mg since 2019, no change in the dose. left eyelid twitching this week",
    "same venlafaxine dose for six years, no new meds. my calf twitches at night",
    "Taken fluoxetine for ages, nothing new added. Lower lid flickering for a few days.",
    "long-term on amitriptyline, the dose hasn't changed. my thumb twitches since yesterday",
])
def test_a_medicine_long_taken_at_one_dose_is_no_suspected_cause(text):
    facts = facts_from_text(text)
    assert facts.settled_medicines and not facts.triggers
    assert "medicine_suspected" not in flags_of(text)


@pytest.mark.parametrize("text", [
    "I'm on sertraline and my eyelid twitches",
    # a change after the long course
    "I've been on sertraline for three years but the GP raised the dose last week, eyelid "
    "twitching since",
    "on citalopram for years, switched to escitalopram a fortnight ago and my lid twitches",
    # a length told of the twitch, not of the medicine
    "I take sertraline and my eyelid has twitched for years",
    # a course that is not long
    "on sertraline for two weeks and my eyelid keeps twitching",
])
def test_a_new_changed_or_plain_medicine_is_still_suspected(text):
    assert "medicine_suspected" in flags_of(text)


def test_the_new_medicine_beside_a_settled_one_is_still_suspected():
    text = "been on sertraline for years and the GP added tramadol on Monday, my eyelid twitching"
    facts = facts_from_text(text)
    assert facts.settled_medicines == ["antidepressant"]
    assert "other_serotonergic" in facts.triggers
    assert "medicine_suspected" in flags_of(text)


@pytest.mark.parametrize("text", [
    "my eyelid keeps twitching; the GP put Dad's shakes down to his blood pressure tablets",
    "my left eyelid has flickered since Monday. my daughter started sertraline last month",
    "my calf twitches at night. Mum's on citalopram, and she asked if I should take some",
    "my thumb twitches. I work nights in a care home and a resident on tramadol keeps me busy",
])
def test_someone_elses_medicine_is_no_suspect_of_my_twitch_but_still_a_medicine(text):
    facts = facts_from_text(text)
    assert facts.settled_medicines and not facts.triggers
    assert "medicine_suspected" not in flags_of(text)


@pytest.mark.parametrize("text", [
    # a parent asking about a child's twitch asks about the child's medicine
    "my son's eyelid twitches since he started methylphenidate last week",
    "her eye has been twitching ever since she started sertraline",
    # the user's medicine, only named by someone else
    "my eyelid twitches and my wife says it's the new sertraline",
    "my eyelid twitches since I started sertraline, my sister was on it too",
])
def test_a_medicine_of_the_one_whose_twitch_it_is_is_still_suspected(text):
    assert "medicine_suspected" in flags_of(text)


def test_someone_elses_serotonin_raising_medicine_still_counts_for_the_emergency():
    text = ("my left eyelid twitches, but it's Mum I'm writing about: she's on citalopram and "
            "now she is sweating, confused, shivering and her legs are jerking")
    screen = screen_message(text)
    assert screen.level is Level.emergency
    assert "serotonin_syndrome_signs" in screen.flags


def test_the_length_of_the_course_is_not_the_twitchs():
    facts = facts_from_text("on sertraline, same dose for four years. eyelid twitching")
    assert facts.duration_days is None
    assert "long_lasting" not in flags_of("on sertraline, same dose for four years. eyelid "
                                          "twitching")


@pytest.mark.parametrize("text", [
    "on sertraline for four years, same dose. now I'm burning up with a fever and confused, "
    "calf twitching",
    "same dose of citalopram since 2018. sweating through my clothes and my heart is racing, "
    "legs twitching",
])
def test_a_settled_serotonin_raising_medicine_still_counts_for_the_emergency(text):
    screen = screen_message(text)
    assert screen.level is Level.emergency
    assert "serotonin_syndrome_signs" in screen.flags


def test_a_settled_medicine_is_an_entity_with_the_settled_role():
    text = "on sertraline for four years, same dose. eyelid twitching"
    mentions = find_mentions(text)
    entities = message_entities(text, mentions, screen_mentions(mentions))
    medicine = [e for e in entities if e["entity"] == "trigger"]
    assert medicine and medicine[0]["value"] == "antidepressant"
    assert medicine[0]["role"] == "settled"
    durations = [e for e in entities if e["entity"] == "duration"]
    assert durations and all(e.get("role") for e in durations)


CHECKUP = {"body_part": ["eyelid"], "duration": 5.0, "frequency": "many_daily", "triggers": [],
           "associated_symptoms": [], "absent_symptoms": []}


def _assess(slot_values):
    dispatcher = CollectingDispatcher()
    events = ActionAssess().run(dispatcher, make_tracker("no", slots=slot_values), DOMAIN)
    return {e["name"]: e["value"] for e in events if e.get("event") == "slot"}


def test_the_check_up_does_not_suspect_a_settled_medicine():
    result = _assess({**CHECKUP, slots.SETTLED_MEDICINES: ["antidepressant"]})
    assert result[slots.TRIAGE_LEVEL] == "self_care"
    assert "medicine_suspected" not in result[slots.RED_FLAGS]


def test_sweating_and_a_racing_heart_in_a_later_turn_on_a_settled_medicine_is_an_emergency():
    later = {**CHECKUP, "associated_symptoms": ["heavy_sweating", "fast_heartbeat"]}
    assert _assess(later)[slots.TRIAGE_LEVEL] != "emergency"  # no medicine: anxiety is likelier
    result = _assess({**later, slots.SETTLED_MEDICINES: ["antidepressant"]})
    assert result[slots.TRIAGE_LEVEL] == "emergency"
    assert "serotonin_syndrome_signs" in result[slots.RED_FLAGS]


def test_a_question_naming_a_settled_medicine_stores_it_apart_from_the_triggers():
    text = "why does my eyelid twitch? I've been on sertraline for five years, same dose"
    tracker = make_tracker(text, intent="ask_cause")
    events = ActionExplainCauses().run(CollectingDispatcher(), tracker, DOMAIN)
    stored = {e["name"]: e["value"] for e in events if e.get("event") == "slot"}
    assert stored.get(slots.SETTLED_MEDICINES) == ["antidepressant"]
    assert "antidepressant" not in (stored.get(slots.TRIGGERS) or [])
