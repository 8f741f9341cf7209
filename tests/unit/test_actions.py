"""Every custom action, run on rasa_sdk Trackers with a CollectingDispatcher (no server, no
network). Entities for a message come from the real extractor logic (conftest.entities_for)."""

from __future__ import annotations

import asyncio
from typing import Any, Dict, List

import pytest
from rasa_sdk.executor import ActionExecutor, CollectingDispatcher

from actions import slots
from actions.assess import ActionAssess
from actions.escalate import ActionEscalate, ActionFlagUrgent
from actions.questions import (ActionAnswerWorry, ActionDefineTerm, ActionExplainCauses,
                               ActionExplainWhenToSeeDoctor, ActionSuggestRemedies)
from actions.session import ActionSessionStart, ActionStartOver
from actions.validate_symptom_form import ASK_AGAIN, ValidateSymptomForm
from tests.unit.conftest import (DOMAIN, FORM, action_event, all_text, bot_event, make_tracker,
                                 responses, slot_event, texts, user_event)

ASK_TEXT = {name: DOMAIN["responses"][f"utter_ask_{name}"][0]["text"]
            for name in slots.FORM_SLOTS}


def slot_sets(events: List[Dict[str, Any]]) -> Dict[str, Any]:
    """The SlotSet events an action returned, as {slot: value} (asserting no duplicates)."""
    found = [e for e in events if e.get("event") == "slot"]
    names = [e["name"] for e in found]
    assert len(names) == len(set(names)), names
    return {e["name"]: e["value"] for e in found}


def form_turn(answer: str, requested: str, *, intent: str = "report_symptom",
              before: List[Dict[str, Any]] | None = None, filled: Dict[str, Any] | None = None,
              candidates: Dict[str, Any] | None = None):
    """A tracker as the form sends it to validate_symptom_form: the question asked, the user's
    answer, then the extracted slot candidates (which the tracker's slots already hold)."""
    events = [*(before or []),
              bot_event(ASK_TEXT[requested], utter_action=f"utter_ask_{requested}"),
              slot_event(slots.REQUESTED_SLOT, requested),
              action_event("action_listen"),
              user_event(answer, intent)]
    events += [slot_event(name, value) for name, value in (candidates or {}).items()]
    return make_tracker(answer, intent=intent, events=events, active_loop=FORM,
                        slots={**(filled or {}), **(candidates or {}),
                               slots.REQUESTED_SLOT: requested})


def validate(slot: str, value: Any, tracker, dispatcher) -> Dict[str, Any]:
    method = getattr(ValidateSymptomForm(), f"validate_{slot}")
    return method(value, dispatcher, tracker, DOMAIN)


def test_every_domain_action_is_implemented():
    executor = ActionExecutor()
    executor.register_package("actions")
    assert set(DOMAIN["actions"]) <= set(executor.actions)


# --- ValidateSymptomForm: each question answered in free text -------------------------------

@pytest.mark.parametrize("slot, answer, expected", [
    ("body_part", "my right upper eyelid", {"body_part": ["eyelid"]}),
    ("body_part", "all over", {"body_part": ["widespread"]}),
    ("body_part", "I don't know", {"body_part": ["unknown"]}),
    ("duration", "about three days", {"duration": 3.0}),
    ("duration", "since yesterday", {"duration": 1.0}),
    ("duration", "a few weeks", {"duration": 21.0}),
    ("duration", "I don't know", {"duration": "unknown"}),
    ("frequency", "several times a day", {"frequency": "many_daily"}),
    ("frequency", "all the time", {"frequency": "constant"}),
    ("frequency", "now and then", {"frequency": "occasional"}),
    ("frequency", "I don't know", {"frequency": "unknown"}),
    ("triggers", "I've had way more coffee than usual", {"triggers": ["caffeine"]}),
    ("triggers", "stress and not sleeping", {"triggers": ["stress", "lack_of_sleep"]}),
    ("triggers", "nothing", {"triggers": []}),
    ("triggers", "I don't know", {"triggers": ["unknown"]}),
    ("associated_symptoms", "no, nothing else", {"associated_symptoms": []}),
    ("associated_symptoms", "my eyelid droops a bit", {"associated_symptoms": ["drooping_eyelid"]}),
    ("associated_symptoms", "no weakness, no numbness",
     {"associated_symptoms": [], "absent_symptoms": ["weakness", "numbness"]}),
])
def test_free_text_answer(slot, answer, expected, dispatcher):
    tracker = form_turn(answer, slot)
    assert validate(slot, answer, tracker, dispatcher) == expected
    assert dispatcher.messages == []


def test_denied_symptoms_add_to_those_denied_before(dispatcher):
    tracker = form_turn("no numbness", "associated_symptoms",
                        filled={"absent_symptoms": ["weakness"]})
    result = validate("associated_symptoms", "no numbness", tracker, dispatcher)
    assert result == {"associated_symptoms": [], "absent_symptoms": ["weakness", "numbness"]}


@pytest.mark.parametrize("slot, value, expected", [
    ("body_part", ["eyelid", "calf"], ["eyelid", "calf"]),
    ("body_part", ["eyelid", "not_a_body_part"], ["eyelid"]),
    ("duration", 14.0, 14.0),
    ("duration", 2, 2),
    ("frequency", "constant", "constant"),
    ("triggers", ["caffeine", "not_a_trigger"], ["caffeine"]),
    ("associated_symptoms", ["weakness"], ["weakness"]),
])
def test_entity_values_are_kept_when_known(slot, value, expected, dispatcher):
    tracker = form_turn("ok", slot)
    assert validate(slot, value, tracker, dispatcher) == {slot: expected}
    assert dispatcher.messages == []


@pytest.mark.parametrize("slot", slots.FORM_SLOTS)
def test_a_cleared_slot_is_not_an_answer(slot, dispatcher):
    """"restart" sets the slots to None: validation must neither ask again nor store anything."""
    tracker = form_turn("restart", slot, intent="start_over")
    assert validate(slot, None, tracker, dispatcher) == {slot: None}
    assert dispatcher.messages == []


@pytest.mark.parametrize("slot, first, second, noted", [
    ("body_part", "the bendy bit", "the wobbly bit", ["unknown"]),
    ("duration", "blah blah", "hmm", "unknown"),
    ("frequency", "blah blah", "hmm", "unknown"),
])
def test_an_unrecognised_answer_is_asked_again_once(slot, first, second, noted):
    dispatcher = CollectingDispatcher()
    tracker = form_turn(first, slot)
    assert validate(slot, first, tracker, dispatcher) == {slot: None}
    assert texts(dispatcher) == [ASK_AGAIN[slot]]

    # second try: the previous turn ended with the re-ask
    history = [*tracker.events, slot_event(slot, None), bot_event(ASK_AGAIN[slot]),
               action_event("action_listen"), user_event(second)]
    again = make_tracker(second, events=history, active_loop=FORM,
                         slots={slots.REQUESTED_SLOT: slot})
    dispatcher = CollectingDispatcher()
    assert validate(slot, second, again, dispatcher) == {slot: noted}
    assert ASK_AGAIN[slot] not in texts(dispatcher)
    assert "not sure" in all_text(dispatcher)


def test_an_answer_naming_another_fact_is_not_a_failed_answer(dispatcher):
    """Asked "where?", the user says how long: the duration is taken (by its own mapping) and
    the body-part question is simply asked again, without the 'didn't recognise' apology."""
    tracker = form_turn("it's been 3 days", "body_part", candidates={"duration": 3.0})
    assert validate("body_part", "it's been 3 days", tracker, dispatcher) == {"body_part": None}
    assert dispatcher.messages == []


def test_a_correction_of_an_earlier_answer_is_echoed(dispatcher):
    earlier = [action_event("action_listen"), user_event("about three days"),
               slot_event("duration", 3.0)]
    tracker = form_turn("actually it's been 2 weeks", "frequency", before=earlier,
                        filled={"body_part": ["eyelid"]}, candidates={"duration": 14.0})
    assert validate("duration", 14.0, tracker, dispatcher) == {"duration": 14.0}
    [echo] = texts(dispatcher)
    assert echo.startswith("Got it") and "duration" in echo and "2 weeks" in echo


@pytest.mark.parametrize("earlier_value, requested", [
    (None, "frequency"),  # a first answer given early is not a correction
    (14.0, "frequency"),  # the same value again changes nothing
    (3.0, "duration"),  # the answer to the question asked is not echoed
])
def test_no_echo_without_a_change_to_another_answer(earlier_value, requested, dispatcher):
    earlier = [action_event("action_listen"), user_event("hi", "greet", [])]
    if earlier_value is not None:
        earlier.append(slot_event("duration", earlier_value))
    tracker = form_turn("it's been 2 weeks", requested, before=earlier,
                        candidates={"duration": 14.0})
    assert validate("duration", 14.0, tracker, dispatcher) == {"duration": 14.0}
    assert not any(t.startswith("Got it") for t in texts(dispatcher))


def _run_form(tracker, dispatcher):
    return asyncio.run(ValidateSymptomForm().run(dispatcher, tracker, DOMAIN))


def test_form_run_validates_the_extracted_candidates(dispatcher):
    tracker = form_turn("no weakness, no numbness", "associated_symptoms",
                        candidates={"associated_symptoms": "no weakness, no numbness"})
    events = slot_sets(_run_form(tracker, dispatcher))
    assert events == {"associated_symptoms": [], "absent_symptoms": ["weakness", "numbness"]}
    assert "utter_urgent_advice" not in responses(dispatcher)


def test_form_run_announces_an_urgent_flag(dispatcher):
    tracker = form_turn("my arm feels weak", "associated_symptoms", intent="urgent_symptom",
                        candidates={"associated_symptoms": ["weakness"]})
    events = slot_sets(_run_form(tracker, dispatcher))
    assert responses(dispatcher) == ["utter_urgent_advice"]
    assert dispatcher.messages[0]["response"] == "utter_urgent_advice"  # before anything else
    assert "weakness with the twitching" in all_text(dispatcher)
    assert events["associated_symptoms"] == ["weakness"]


def test_form_run_does_not_announce_a_hypothetical_red_flag(dispatcher):
    tracker = form_turn("what if it spreads to my face?", "associated_symptoms",
                        intent="ask_worry")
    assert any(e["entity"] == "red_flag" and e.get("role") == "hypothetical"
               for e in tracker.latest_message["entities"])
    _run_form(tracker, dispatcher)
    assert "utter_urgent_advice" not in responses(dispatcher)


def test_form_run_does_not_repeat_urgent_advice_given_this_turn(dispatcher):
    tracker = form_turn("my arm feels weak", "associated_symptoms", intent="urgent_symptom")
    # the rule already said utter_urgent_advice after this user message
    tracker.events += [bot_event(DOMAIN["responses"]["utter_urgent_advice"][0]["text"],
                                 utter_action="utter_urgent_advice"),
                       action_event("action_flag_urgent"),
                       slot_event("associated_symptoms", ["weakness"])]
    tracker.slots["associated_symptoms"] = ["weakness"]
    events = slot_sets(_run_form(tracker, dispatcher))
    assert "utter_urgent_advice" not in responses(dispatcher)
    assert events["associated_symptoms"] == ["weakness"]


def test_urgent_advice_of_an_earlier_turn_does_not_silence_a_new_flag(dispatcher):
    before = [action_event("action_listen"), user_event("my eye droops", "urgent_symptom"),
              bot_event("⚠️", utter_action="utter_urgent_advice")]
    tracker = form_turn("my arm feels weak", "associated_symptoms", intent="urgent_symptom",
                        before=before, candidates={"associated_symptoms": ["weakness"]})
    _run_form(tracker, dispatcher)
    assert responses(dispatcher) == ["utter_urgent_advice"]


@pytest.mark.parametrize("earlier, ends", [
    ({"settled_medicines": ["antidepressant"]}, True),  # a medicine long taken
    ({"triggers": ["antidepressant"]}, True),  # a new one
    ({}, False),  # no medicine: sweating and palpitations are more often anxiety
    ({"settled_medicines": ["antidepressant"], "triage_level": "emergency"}, False),  # said already
])
def test_an_emergency_only_the_answers_together_show_ends_the_form(earlier, ends, dispatcher):
    tracker = form_turn("sweating a lot, and palpitations", "duration", filled=earlier,
                        candidates={"associated_symptoms": ["heavy_sweating", "fast_heartbeat"]})
    events = _run_form(tracker, dispatcher)
    stopped = {"event": "slot", "name": "requested_slot", "value": None, "timestamp": None}
    assert (events[-1] == stopped) is ends
    assert "utter_urgent_advice" not in responses(dispatcher)


# --- ActionAssess -----------------------------------------------------------------------------

CHECKUP = {"body_part": ["eyelid"], "duration": 3.0, "frequency": "many_daily",
           "triggers": ["caffeine"], "associated_symptoms": [], "absent_symptoms": ["numbness"]}


def _assess(tracker):
    dispatcher = CollectingDispatcher()
    return ActionAssess().run(dispatcher, tracker, DOMAIN), dispatcher


def test_assess_happy_path():
    events, dispatcher = _assess(make_tracker("no, nothing else", slots=CHECKUP))
    result = slot_sets(events)
    assert result["triage_level"] == "self_care"
    assert result["red_flags"] == []
    assert result["assessed_facts"] == {
        "body_parts": ["eyelid"], "duration_days": 3.0, "frequency": "many_daily",
        "triggers": ["caffeine"], "symptoms": [], "absent_symptoms": ["numbness"],
        "red_flags": [], "settled_medicines": []}
    said = all_text(dispatcher)
    assert "caffeine" in said.lower() and "coffee" in said.lower()
    assert "eyelid myokymia" in said
    assert any(t.startswith("Sources: ") for t in texts(dispatcher))
    assert "not a diagnosis" in texts(dispatcher)[-1]
    assert "See a doctor if" in said  # self-care always comes with when to see a doctor


@pytest.mark.parametrize("changes, level, flag", [
    ({"duration": 21.0}, "routine", "long_lasting"),
    ({"body_part": ["arm", "leg"]}, "routine", "several_places"),
    ({"triggers": ["diuretic"]}, "routine", "medicine_suspected"),
    ({"associated_symptoms": ["double_vision"]}, "urgent", "double_vision"),
    ({"associated_symptoms": ["weakness"]}, "urgent", "new_weakness"),
    ({"red_flags": ["seizure"]}, "emergency", "seizure"),
])
def test_assess_level_follows_the_facts(changes, level, flag):
    events, dispatcher = _assess(make_tracker("no", slots={**CHECKUP, **changes}))
    result = slot_sets(events)
    assert result["triage_level"] == level
    assert flag in result["red_flags"]


def test_assess_with_unsure_answers_is_self_care():
    unsure = {"body_part": ["unknown"], "duration": "unknown", "frequency": "unknown",
              "triggers": ["unknown"], "associated_symptoms": []}
    events, dispatcher = _assess(make_tracker("not sure", slots=unsure))
    result = slot_sets(events)
    assert result["triage_level"] == "self_care"
    assert result["assessed_facts"]["body_parts"] == []
    assert result["assessed_facts"]["frequency"] is None


@pytest.mark.parametrize("earlier, now, level, expected_flags", [
    (["new_weakness"], [], "urgent", ["new_weakness"]),
    (["new_weakness"], ["double_vision"], "urgent", ["new_weakness", "double_vision"]),
    (["seizure"], None, "emergency", ["seizure"]),
])
def test_assess_counts_red_flags_seen_earlier(earlier, now, level, expected_flags):
    """The red_flags slot only holds the latest message's flags; earlier ones still count."""
    history = [action_event("action_listen"), user_event("earlier message"),
               slot_event("red_flags", earlier), action_event("action_listen"),
               user_event("no, nothing else")]
    tracker = make_tracker("no, nothing else", events=history,
                           slots={**CHECKUP, "red_flags": now})
    events, dispatcher = _assess(tracker)
    result = slot_sets(events)
    assert result["triage_level"] == level
    assert set(expected_flags) <= set(result["red_flags"])
    assert "Why I say this" in all_text(dispatcher)


def test_assess_twice_without_new_facts_says_anything_else():
    first_events, _ = _assess(make_tracker("no, nothing else", slots=CHECKUP))
    after = {**CHECKUP, **slot_sets(first_events)}
    events, dispatcher = _assess(make_tracker("what is a spasm?", intent="ask_definition",
                                              slots=after))
    assert events == []
    assert responses(dispatcher) == ["utter_anything_else"]
    assert texts(dispatcher) == []


def test_assess_again_after_a_new_fact_reassesses():
    first_events, _ = _assess(make_tracker("no, nothing else", slots=CHECKUP))
    after = {**CHECKUP, **slot_sets(first_events), "duration": 30.0}
    events, dispatcher = _assess(make_tracker("actually a month", slots=after))
    assert slot_sets(events)["triage_level"] == "routine"
    assert "utter_anything_else" not in responses(dispatcher)


# --- ActionEscalate / ActionFlagUrgent ------------------------------------------------------

def _escalate(tracker):
    dispatcher = CollectingDispatcher()
    return slot_sets(ActionEscalate().run(dispatcher, tracker, DOMAIN)), dispatcher


def test_escalate_sets_emergency_and_merges_earlier_flags(monkeypatch):
    monkeypatch.delenv("EMERGENCY_NUMBER", raising=False)
    history = [action_event("action_listen"), user_event("my arm feels weak", "urgent_symptom"),
               slot_event("red_flags", ["new_weakness"]), action_event("action_listen"),
               user_event("I can't breathe", "emergency")]
    tracker = make_tracker("I can't breathe", intent="emergency", events=history,
                           slots={"red_flags": ["breathing_trouble"]})
    result, dispatcher = _escalate(tracker)
    assert result["triage_level"] == "emergency"
    assert result["red_flags"] == ["new_weakness", "breathing_trouble"]
    said = all_text(dispatcher)
    assert "911" in said and "emergency number" in said
    assert "trouble breathing" in said  # the flag-specific advice


def test_escalate_advises_on_emergency_flags_only():
    text = "my arm feels weak and I can't breathe"
    tracker = make_tracker(text, intent="emergency",
                           slots={"red_flags": ["breathing_trouble", "new_weakness"]})
    result, dispatcher = _escalate(tracker)
    said = all_text(dispatcher)
    assert "trouble breathing" in said
    assert "weakness with the twitching" not in said
    assert set(result["red_flags"]) == {"breathing_trouble", "new_weakness"}


def test_escalate_without_a_recognised_flag_still_gives_the_number(monkeypatch):
    monkeypatch.delenv("EMERGENCY_NUMBER", raising=False)
    result, dispatcher = _escalate(make_tracker("help!!", intent="emergency"))
    assert result == {"triage_level": "emergency", "red_flags": []}
    assert "911" in all_text(dispatcher)


def test_escalate_uses_the_configured_emergency_number(monkeypatch):
    monkeypatch.setenv("EMERGENCY_NUMBER", "000 (Australia)")
    _, dispatcher = _escalate(make_tracker("I can't breathe", intent="emergency",
                                           slots={"red_flags": ["breathing_trouble"]}))
    said = all_text(dispatcher)
    assert "000 (Australia)" in said
    assert "911" not in said


def _flag_urgent(tracker):
    dispatcher = CollectingDispatcher()
    return slot_sets(ActionFlagUrgent().run(dispatcher, tracker, DOMAIN)), dispatcher


@pytest.mark.parametrize("earlier, level, flags", [
    (None, "urgent", ["new_weakness"]),
    (["long_lasting"], "urgent", ["long_lasting", "new_weakness"]),  # routine earlier: raised
    (["seizure"], "emergency", ["seizure", "new_weakness"]),  # emergency earlier: kept
])
def test_flag_urgent_sets_at_least_urgent_and_merges_flags(earlier, level, flags):
    history = [action_event("action_listen")]
    if earlier:
        history += [user_event("earlier"), slot_event("red_flags", earlier),
                    action_event("action_listen")]
    history.append(user_event("my arm feels weak", "urgent_symptom"))
    tracker = make_tracker("my arm feels weak", intent="urgent_symptom", events=history,
                           slots={"red_flags": ["new_weakness"]})
    result, dispatcher = _flag_urgent(tracker)
    assert result == {"triage_level": level, "red_flags": flags}
    assert "weakness with the twitching" in all_text(dispatcher)
    assert "few more questions" in all_text(dispatcher)


def test_flag_urgent_never_lowers_an_emergency():
    history = [action_event("action_listen"), user_event("help me, something is very wrong",
                                                         "emergency", []),
               slot_event("triage_level", "emergency"), action_event("action_listen"),
               user_event("my arm feels weak", "urgent_symptom")]
    tracker = make_tracker("my arm feels weak", intent="urgent_symptom", events=history,
                           slots={"red_flags": ["new_weakness"], "triage_level": "emergency"})
    result, _ = _flag_urgent(tracker)
    assert result["triage_level"] == "emergency"


# --- questions --------------------------------------------------------------------------------

def _ask(action, text, intent, **slot_values):
    dispatcher = CollectingDispatcher()
    events = action.run(dispatcher, make_tracker(text, intent=intent, slots=slot_values), DOMAIN)
    return slot_sets(events), dispatcher


def _has_sources(dispatcher):
    return any(t.startswith("Sources: ") and len(t) > len("Sources: ") for t in texts(dispatcher))


def test_causes_for_an_eye_twitch_come_from_the_knowledge_base():
    recorded, dispatcher = _ask(ActionExplainCauses(), "why does my eye twitch", "ask_cause")
    assert recorded == {"body_part": ["eyelid"]}
    said = all_text(dispatcher)
    assert "the eyelid" in said
    assert "eyelid myokymia" in said
    assert _has_sources(dispatcher)


def test_causes_use_the_body_part_known_from_earlier():
    recorded, dispatcher = _ask(ActionExplainCauses(), "why does it do that?", "ask_cause",
                                body_part=["calf"])
    assert recorded == {}
    assert "the calf" in all_text(dispatcher).lower()


def test_causes_without_a_body_part_are_general():
    recorded, dispatcher = _ask(ActionExplainCauses(), "why do muscles twitch?", "ask_cause")
    assert recorded == {}
    said = all_text(dispatcher)
    assert "a muscle" in said and "caffeine" in said.lower()
    assert "ALS" in said  # the rare causes are put in proportion
    assert _has_sources(dispatcher)


@pytest.mark.parametrize("text, slot_values, recorded", [
    ("should I worry about my eye?", {}, {"body_part": ["eyelid"]}),
    ("what if it spreads to my face?", {}, {}),
    ("what if it spreads?", {}, {}),
    ("should I be worried?", {"associated_symptoms": ["weakness"]}, {}),
])
def test_worry_answers_never_set_a_triage_level(text, slot_values, recorded):
    result, dispatcher = _ask(ActionAnswerWorry(), text, "ask_worry", **slot_values)
    assert result == recorded  # in particular no triage_level, and no hypothetical symptom
    assert "doctor" in all_text(dispatcher)
    assert _has_sources(dispatcher)


def test_worry_about_a_hypothetical_gives_that_flags_advice():
    _, dispatcher = _ask(ActionAnswerWorry(), "what if it spreads?", "ask_worry")
    said = all_text(dispatcher)
    assert "If that did happen (twitching spreading across the face)" in said


def test_worry_about_spreading_to_the_face_gives_that_flags_advice():
    _, dispatcher = _ask(ActionAnswerWorry(), "what if it spreads to my face?", "ask_worry")
    assert "twitching spreading across the face" in all_text(dispatcher)


def test_worry_is_grounded_in_the_users_facts():
    _, dispatcher = _ask(ActionAnswerWorry(), "should I be worried?", "ask_worry",
                         body_part=["arm"], associated_symptoms=["weakness"])
    said = all_text(dispatcher)
    assert "Based on what you've told me" in said
    assert "today or tomorrow" in said
    assert "weakness" in said


def test_worry_without_facts_reassures_in_general():
    _, dispatcher = _ask(ActionAnswerWorry(), "should I worry?", "ask_worry")
    said = all_text(dispatcher)
    assert "harmless" in said and "Based on what you've told me" not in said


@pytest.mark.parametrize("text, slot_values, recorded", [
    ("how do I stop it? I've had way more coffee than usual", {}, {"triggers": ["caffeine"]}),
    ("how do I stop it?", {"triggers": ["caffeine"]}, {}),
    ("how do I stop it? I'm stressed too", {"triggers": ["caffeine"]},
     {"triggers": ["caffeine", "stress"]}),
])
def test_remedies_match_the_triggers(text, slot_values, recorded):
    result, dispatcher = _ask(ActionSuggestRemedies(), text, "ask_remedy", **slot_values)
    assert result == recorded
    lines = texts(dispatcher)
    assert "Cut down on caffeine" in lines[0]
    assert "see a doctor" in all_text(dispatcher)
    assert _has_sources(dispatcher)


def test_a_lot_of_coffee_is_not_how_often_it_twitches():
    result, _ = _ask(ActionSuggestRemedies(), "how do I stop it, I drink a lot of coffee",
                     "ask_remedy")
    assert "frequency" not in result


def test_when_to_see_a_doctor_lists_the_red_flags_by_level(monkeypatch):
    monkeypatch.delenv("EMERGENCY_NUMBER", raising=False)
    recorded, dispatcher = _ask(ActionExplainWhenToSeeDoctor(),
                                "when should I see a doctor about my calf?", "ask_when_doctor")
    assert recorded == {"body_part": ["calf"]}
    said = all_text(dispatcher)
    assert "911" in said
    for flag_name in ("possible stroke", "weakness with the twitching",
                      "twitching for more than two weeks"):
        assert flag_name in said
    assert said.index("possible stroke") < said.index("weakness with the twitching") < \
        said.index("twitching for more than two weeks")
    assert _has_sources(dispatcher)


@pytest.mark.parametrize("text, starts", [
    ("what is a fasciculation", "fasciculation: "),
    ("what is a fasciculation?", "fasciculation: "),
    ("twitch vs spasm", "twitch, spasm and cramp compared: "),
    ("what's the difference between a spasm and a cramp?", "twitch, spasm and cramp compared: "),
    ("what is eyelid myokymia", "eyelid myokymia: "),
])
def test_define_term(text, starts):
    recorded, dispatcher = _ask(ActionDefineTerm(), text, "ask_definition")
    assert recorded == {}  # naming a term is no fact about the user's twitch
    assert texts(dispatcher)[0].startswith(starts)
    assert _has_sources(dispatcher)


def test_define_an_unknown_term_offers_the_known_ones():
    _, dispatcher = _ask(ActionDefineTerm(), "what is a blorp?", "ask_definition")
    [offer] = texts(dispatcher)
    assert "fasciculation" in offer and offer.endswith("Which one would you like?")


# --- session ----------------------------------------------------------------------------------

def test_session_start_greets_and_carries_over_filled_slots(dispatcher):
    tracker = make_tracker("", slots={"body_part": ["eyelid"], "triage_level": "routine",
                                      "requested_slot": "duration"}, events=[])
    events = ActionSessionStart().run(dispatcher, tracker, DOMAIN)
    assert responses(dispatcher) == ["utter_greet", "utter_disclaimer"]
    assert events[0]["event"] == "session_started"
    assert events[-1]["event"] == "action" and events[-1]["name"] == "action_listen"
    assert slot_sets(events[1:-1]) == {"body_part": ["eyelid"], "triage_level": "routine"}


def test_session_start_with_nothing_to_carry(dispatcher):
    events = ActionSessionStart().run(dispatcher, make_tracker("", events=[]), DOMAIN)
    assert [e["event"] for e in events] == ["session_started", "action"]


def test_start_over_clears_every_checkup_slot(dispatcher):
    filled = {"body_part": ["eyelid"], "duration": 3.0, "frequency": "constant",
              "triggers": ["caffeine"], "associated_symptoms": ["weakness"],
              "absent_symptoms": ["numbness"], "red_flags": ["new_weakness"],
              "triage_level": "urgent", "assessed_facts": {"body_parts": ["eyelid"]},
              "pending_red_flag": "double_vision", "settled_medicines": ["antidepressant"]}
    tracker = make_tracker("restart", intent="start_over", slots=filled)
    cleared = slot_sets(ActionStartOver().run(dispatcher, tracker, DOMAIN))
    assert cleared == {name: None for name in filled}
    assert set(filled) == set(DOMAIN["slots"])  # every domain slot is a check-up slot
