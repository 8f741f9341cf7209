"""The Rasa components in bot/components: the clinical entity extractor with its red-flag
intent screen, and the emergency policy. The only unit test module that imports rasa (slow)."""

from __future__ import annotations

import warnings
from typing import Any, Dict, List, Optional

import pytest

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from rasa.core.policies.rule_policy import RulePolicy
    from rasa.engine.graph import ExecutionContext, GraphSchema
    from rasa.shared.core.domain import Domain
    from rasa.shared.core.events import ActionExecuted, BotUttered, SlotSet, UserUttered
    from rasa.shared.core.trackers import DialogueStateTracker
    from rasa.shared.nlu.training_data.message import Message

    from bot.components.clinical_extractor import ClinicalFactExtractor
    from bot.components.emergency_policy import EmergencyPolicy

from tests.unit.conftest import ROOT, entities_for


# --- ClinicalFactExtractor --------------------------------------------------------------------

@pytest.fixture(scope="module")
def extractor() -> ClinicalFactExtractor:
    return ClinicalFactExtractor.create({}, None, None, None)


def _message(text: str, intent: str, ranking: Optional[List[Dict[str, Any]]] = None,
             entities: Optional[List[Dict[str, Any]]] = None) -> Message:
    ranking = ranking if ranking is not None else [{"name": intent, "confidence": 0.6}]
    data = {"text": text, "intent": {"name": intent, "confidence": ranking[0]["confidence"]},
            "intent_ranking": ranking}
    if entities is not None:
        data["entities"] = entities
    return Message(data=data)


def _process(extractor, text, intent="report_symptom", ranking=None, entities=None) -> Message:
    message = _message(text, intent, ranking, entities)
    assert extractor.process([message]) == [message]
    return message


def _facts(message: Message):
    return [(e["entity"], e["value"], e.get("role")) for e in message.get("entities")]


@pytest.mark.parametrize("text, expected", [
    ("my right upper eyelid", [("body_part", "eyelid", None)]),
    ("about three days", [("duration", 3.0, None)]),
    ("several times a day", [("frequency", "many_daily", None)]),
    ("I've had way more coffee than usual", [("trigger", "caffeine", None)]),
    ("no weakness", [("symptom", "weakness", "absent")]),
    ("no weakness, no numbness", [("symptom", "weakness", "absent"),
                                  ("symptom", "numbness", "absent")]),
    ("what if it spreads?", [("symptom", "spreading", "hypothetical")]),
    ("could it lead to weakness?", [("symptom", "weakness", "hypothetical")]),
    ("my dad had a seizure years ago", [("symptom", "seizure", "other")]),
    ("my arm feels weak", [("body_part", "arm", None), ("symptom", "weakness", None),
                           ("red_flag", "new_weakness", None)]),
    ("I can't breathe", [("symptom", "breathing_trouble", None),
                         ("red_flag", "breathing_trouble", None)]),
    ("hello", []),
])
def test_entities_and_roles(extractor, text, expected):
    message = _process(extractor, text)
    assert _facts(message) == expected
    assert all(e["extractor"] == "ClinicalFactExtractor" for e in message.get("entities"))


@pytest.mark.parametrize("text", [
    "my right upper eyelid has twitched for about three days, several times a day",
    "no weakness, no numbness", "what if it spreads to my face?", "my arm feels weak",
    "my dad had a seizure years ago", "I suddenly can't speak", "I can't breathe",
])
def test_conftest_entities_match_the_real_extractor(extractor, text):
    """tests/unit/conftest.entities_for (used by the action tests) mirrors process()."""
    assert _process(extractor, text).get("entities") == entities_for(text)


def test_entity_offsets_point_at_the_words(extractor):
    text = "my left eyelid twitches, no weakness"
    spans = {e["value"]: text[e["start"]:e["end"]] for e in
             _process(extractor, text).get("entities")}
    assert spans == {"eyelid": "eyelid", "weakness": "weakness"}


def test_shorthand_is_read_and_offsets_stay_the_users(extractor):
    """SpacyNLP's doc of the plain text is not reused when shorthand must be spelled out
    (bot.textese): "n"/"r" end a clause, and the entities point at the user's own words."""
    from rasa.nlu.constants import SPACY_DOCS
    from rasa.shared.nlu.constants import TEXT

    from bot.nlp import get_nlp

    text = "Thumb twitching + Pins N Needles rn, face n arm r fine"
    message = _message(text, "report_symptom")
    message.set(SPACY_DOCS[TEXT], get_nlp()(text.lower()))
    extractor.process([message])
    spans = {e["value"]: text[e["start"]:e["end"]] for e in message.get("entities")}
    assert spans["tingling"] == "Pins N Needles"
    assert spans["hand"] == "Thumb"


def test_entities_of_earlier_extractors_are_kept(extractor):
    earlier = {"entity": "body_part", "value": "calf", "start": 0, "end": 4,
               "extractor": "RegexEntityExtractor"}
    message = _process(extractor, "calf and eyelid", entities=[earlier])
    assert message.get("entities")[0] == earlier
    assert ("body_part", "eyelid", None) in _facts(message)


@pytest.mark.parametrize("text, classifier, ranking, forced", [
    ("I can't breathe", "greet", None, "emergency"),
    ("I can't breathe", "nlu_fallback",
     [{"name": "nlu_fallback", "confidence": 0.25}, {"name": "greet", "confidence": 0.2}],
     "emergency"),
    ("I'm having a seizure", "report_symptom", None, "emergency"),
    ("I suddenly can't speak", "ask_cause", None, "emergency"),
    ("my arm feels weak and I can't breathe", "urgent_symptom",
     [{"name": "urgent_symptom", "confidence": 0.7}, {"name": "report_symptom",
                                                      "confidence": 0.2}], "emergency"),
    ("my arm feels weak", "report_symptom", None, "urgent_symptom"),
    ("I have double vision", "nlu_fallback", None, "urgent_symptom"),
    ("my eyelid is twitching and it has spread to my cheek", "ask_worry", None,
     "urgent_symptom"),
])
def test_red_flag_text_forces_the_intent(extractor, text, classifier, ranking, forced):
    message = _process(extractor, text, classifier, ranking)
    assert message.get("intent") == {"name": forced, "confidence": 1.0}
    new_ranking = message.get("intent_ranking")
    assert new_ranking[0] == {"name": forced, "confidence": 1.0}
    assert [r["name"] for r in new_ranking].count(forced) == 1
    assert classifier in [r["name"] for r in new_ranking]  # the rest of the ranking survives


def test_urgent_text_does_not_downgrade_a_classified_emergency(extractor):
    message = _process(extractor, "my arm feels weak", "emergency",
                       [{"name": "emergency", "confidence": 0.8}])
    assert message.get("intent")["name"] == "emergency"


@pytest.mark.parametrize("text, forced", [
    # urgent signs weeks old: the classifier's emergency gives way to the screen's urgent
    ("for three weeks I can't grip the kettle with my right hand, the forearm twitches",
     "urgent_symptom"),
    ("my left eyelid has been drooping more each day for 2 weeks", "urgent_symptom"),
    # ...but not when the message says it began suddenly or today
    ("for three weeks my eye twitched and 20 min ago my right hand stopped gripping",
     "emergency"),
    ("my eye has twitched for 2 weeks, suddenly my right hand can't grip anything", "emergency"),
    ("my right hand can't grip the kettle since this morning", "emergency"),
])
def test_a_classified_emergency_over_urgent_signs_stands_only_for_today(extractor, text,
                                                                       forced):
    ranking = [{"name": "emergency", "confidence": 0.9}, {"name": "urgent_symptom",
                                                          "confidence": 0.05}]
    message = _process(extractor, text, "emergency", ranking)
    assert message.get("intent")["name"] == forced


def test_drooping_face_and_no_speech_is_an_emergency(extractor):
    message = _process(extractor, "my face is drooping and I can't speak", "report_symptom")
    assert message.get("intent")["name"] == "emergency"


RANKING = [{"name": "emergency", "confidence": 0.5}, {"name": "urgent_symptom", "confidence": 0.2},
           {"name": "nlu_fallback", "confidence": 0.15}, {"name": "deny", "confidence": 0.1},
           {"name": "ask_worry", "confidence": 0.05}]


@pytest.mark.parametrize("text, classifier, ranking, expected", [
    ("no trouble breathing at all", "emergency", RANKING, "deny"),
    ("no weakness, no numbness", "urgent_symptom",
     [{"name": "urgent_symptom", "confidence": 0.5}, {"name": "nlu_fallback", "confidence": 0.3},
      {"name": "report_symptom", "confidence": 0.2}], "report_symptom"),
    ("what if it spreads to my face?", "urgent_symptom",
     [{"name": "urgent_symptom", "confidence": 0.4}, {"name": "ask_worry", "confidence": 0.35}],
     "ask_worry"),
    ("my dad had a seizure years ago", "emergency",
     [{"name": "emergency", "confidence": 0.6}, {"name": "report_symptom", "confidence": 0.3}],
     "report_symptom"),
])
def test_a_denied_or_hypothetical_red_flag_withdraws_the_guess(extractor, text, classifier,
                                                               ranking, expected):
    message = _process(extractor, text, classifier, ranking)
    assert message.get("intent")["name"] == expected
    assert not [e for e in message.get("entities") if e["entity"] == "red_flag" and not e.get("role")]


def test_a_sure_emergency_guess_on_a_term_asked_about_is_withdrawn(extractor):
    """The fifteenth set's question came out `emergency` at 0.91. What it asks about may still
    be checked with the user (the safety net's question), never escalated."""
    message = _process(extractor, "what's the difference between passing out and feeling faint?",
                       "emergency", [{"name": "emergency", "confidence": 0.91},
                                     {"name": "ask_definition", "confidence": 0.05}])
    assert message.get("intent")["name"] in ("ask_definition", "possible_red_flag")
    assert not [e for e in message.get("entities") if e["entity"] == "red_flag" and not e.get("role")]


def test_a_hypothetical_spread_withdraws_an_urgent_guess(extractor):
    message = _process(extractor, "what if it spreads?", "urgent_symptom",
                       [{"name": "urgent_symptom", "confidence": 0.4},
                        {"name": "ask_worry", "confidence": 0.35}])
    assert message.get("intent")["name"] == "ask_worry"


def test_a_confident_emergency_without_red_flag_words_is_kept(extractor):
    """The classifier backs up the text layer: a sure guess it cannot see is kept."""
    message = _process(extractor, "help me please, something is very wrong", "emergency",
                       [{"name": "emergency", "confidence": 0.9},
                        {"name": "greet", "confidence": 0.1}])
    assert message.get("intent") == {"name": "emergency", "confidence": 0.9}


def test_an_unsure_red_flag_guess_without_red_flag_words_is_withdrawn(extractor):
    """'my left eyelid keeps twitching' came out urgent_symptom at 0.53 (make bench)."""
    message = _process(extractor, "my left eyelid keeps twitching", "urgent_symptom",
                       [{"name": "urgent_symptom", "confidence": 0.53},
                        {"name": "ask_cause", "confidence": 0.37},
                        {"name": "report_symptom", "confidence": 0.06}])
    assert message.get("intent")["name"] == "report_symptom"


@pytest.mark.parametrize("text, classifier, expected", [
    ("I've had way more coffee than usual", "ask_worry", "report_symptom"),
    ("my eyelid keeps twitching", "ask_cause", "report_symptom"),
    ("about three days", "ask_remedy", "report_symptom"),
    ("should I worry about my eye?", "ask_worry", "ask_worry"),
    ("why does my eye twitch", "ask_cause", "ask_cause"),
    ("how do I stop my eyelid twitching", "ask_remedy", "ask_remedy"),
    ("I'm worried", "ask_worry", "ask_worry"),  # no facts named: left to the classifier
    # small talk the classifier may confuse with a form answer
    ("my eyelid twitches", "greet", "report_symptom"),
    ("thanks, I've had way more coffee than usual", "thank", "report_symptom"),
    ("several times a day", "nlu_fallback", "report_symptom"),
    ("hello", "greet", "greet"),
    ("no", "deny", "deny"),
    ("no weakness", "deny", "deny"),  # a denied symptom is no fact to report
    ("what if it spreads?", "ask_worry", "ask_worry"),  # nor is a hypothetical one
])
def test_a_statement_with_facts_is_a_report(extractor, text, classifier, expected):
    message = _process(extractor, text, classifier)
    assert message.get("intent")["name"] == expected


@pytest.mark.parametrize("text, classifier", [
    ("gotta run, bye", "goodbye"),
    ("am i talking to a computer", "bot_challenge"),
])
def test_a_lone_trigger_word_does_not_overrule_confident_small_talk(extractor, text, classifier):
    message = _process(extractor, text, classifier, [{"name": classifier, "confidence": 0.95}])
    assert message.get("intent")["name"] == classifier


@pytest.mark.parametrize("text, classifier", [
    ("way more coffee than usual", "thank"),  # the bench's trigger answer, thank at 0.80
    ("yes, too much coffee", "affirm"),
    ("no, just stress", "deny"),
])
def test_a_trigger_in_a_reply_is_the_answer_even_when_the_classifier_is_sure(
        extractor, text, classifier):
    message = _process(extractor, text, classifier, [{"name": classifier, "confidence": 0.95}])
    assert message.get("intent")["name"] == "report_symptom"


def test_process_handles_several_messages_and_empty_text(extractor):
    messages = [_message("", "greet"), _message("I can't breathe", "greet")]
    assert extractor.process(messages) == messages
    assert messages[0].get("entities") == [] and messages[0].get("intent")["name"] == "greet"
    assert messages[1].get("intent")["name"] == "emergency"


# --- EmergencyPolicy --------------------------------------------------------------------------

def _tracker(*events) -> DialogueStateTracker:
    return DialogueStateTracker.from_events("test-user", list(events))


def _user(text: str, intent: str) -> UserUttered:
    return UserUttered(text, intent={"name": intent, "confidence": 1.0})


EMERGENCY_TURN = [ActionExecuted("action_listen"), _user("I can't breathe", "emergency")]


@pytest.mark.parametrize("done, expected", [
    ([], "utter_emergency"),
    (["utter_emergency"], "action_deactivate_loop"),
    (["utter_emergency", "action_deactivate_loop"], "action_escalate"),
    (["utter_emergency", "action_deactivate_loop", "action_escalate"], "action_listen"),
    (["symptom_form", "utter_emergency"], "action_deactivate_loop"),  # the form ran first
])
def test_emergency_sequence(done, expected):
    events = [*EMERGENCY_TURN]
    for name in done:
        events.append(ActionExecuted(name))
        if name == "utter_emergency":
            events.append(BotUttered("🚨", metadata={"utter_action": "utter_emergency"}))
    assert EmergencyPolicy.next_action(_tracker(*events)) == expected


@pytest.mark.parametrize("events", [
    [ActionExecuted("action_listen"), _user("hi", "greet")],
    [ActionExecuted("action_listen"), _user("my arm feels weak", "urgent_symptom")],
    # the emergency was the previous turn; this turn is a thank-you
    [*EMERGENCY_TURN, ActionExecuted("utter_emergency"), ActionExecuted("action_listen"),
     _user("thanks", "thank")],
    [ActionExecuted("action_listen")],  # no user message yet
    [],
])
def test_policy_abstains_when_this_turn_is_no_emergency(events):
    assert EmergencyPolicy.next_action(_tracker(*events)) is None


def test_a_new_emergency_turn_starts_the_sequence_again():
    events = [*EMERGENCY_TURN, ActionExecuted("utter_emergency"),
              ActionExecuted("action_deactivate_loop"), ActionExecuted("action_escalate"),
              ActionExecuted("action_listen"), _user("it's getting worse", "emergency")]
    assert EmergencyPolicy.next_action(_tracker(*events)) == "utter_emergency"


@pytest.fixture(scope="module")
def domain() -> Domain:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return Domain.load(str(ROOT / "domain.yml"))


@pytest.fixture(scope="module")
def policy() -> EmergencyPolicy:
    return EmergencyPolicy.create(EmergencyPolicy.get_default_config(), None, None,
                                  ExecutionContext(GraphSchema({}), "x"))


def test_policy_prediction_outranks_the_rules(domain, policy):
    tracker = _tracker(*EMERGENCY_TURN, SlotSet("requested_slot", "duration"))
    prediction = policy.predict_action_probabilities(tracker, domain)
    best = domain.action_names_or_texts[prediction.max_confidence_index]
    assert best == "utter_emergency"
    assert prediction.max_confidence == 1.0
    assert sum(prediction.probabilities) == 1.0
    assert prediction.is_no_user_prediction is True
    assert prediction.policy_priority > RulePolicy.get_default_config()["priority"] == 4


@pytest.mark.parametrize("done, expected", [
    (["utter_emergency"], "action_deactivate_loop"),
    (["utter_emergency", "action_deactivate_loop"], "action_escalate"),
])
def test_policy_prediction_follows_the_sequence(domain, policy, done, expected):
    tracker = _tracker(*EMERGENCY_TURN, *[ActionExecuted(name) for name in done])
    prediction = policy.predict_action_probabilities(tracker, domain)
    assert domain.action_names_or_texts[prediction.max_confidence_index] == expected
    assert prediction.max_confidence == 1.0


def test_policy_prediction_abstains_otherwise(domain, policy):
    tracker = _tracker(ActionExecuted("action_listen"), _user("hi", "greet"))
    prediction = policy.predict_action_probabilities(tracker, domain)
    assert prediction.max_confidence == 0.0
    assert not prediction.is_no_user_prediction


def test_every_step_of_the_sequence_is_in_the_domain(domain):
    from bot.components.emergency_policy import EMERGENCY_SEQUENCE

    assert set(EMERGENCY_SEQUENCE) <= set(domain.action_names_or_texts)


# --- The safety check: ClinicalFactExtractor marks it, EmergencyPolicy asks it -----------------

DESCRIBED = "I keep having to stop for breath halfway through talking"


def _suspected(message: Message) -> List[Dict[str, Any]]:
    return [e for e in message.get("entities") if e["entity"] == "suspected_red_flag"]


def test_a_described_sign_becomes_a_possible_red_flag(extractor):
    message = _process(extractor, DESCRIBED, "report_symptom",
                       [{"name": "report_symptom", "confidence": 0.7},
                        {"name": "emergency", "confidence": 0.2}])
    assert message.get("intent")["name"] == "possible_red_flag"
    (entity,) = _suspected(message)
    assert entity["value"] == "breathing_trouble" and entity["level_reached"] is None
    assert DESCRIBED[entity["start"]:entity["end"]] == "stop for breath"
    # a suspicion is not a red flag: nothing for the `red_flags` slot
    assert not [e for e in message.get("entities") if e["entity"] == "red_flag"]


def test_a_description_no_cue_knows_is_asked_about_by_the_learned_model(extractor):
    text = ("mid-sentence on the phone my mouth stopped obeying me and the cup fell out of my "
            "right hand, ten minutes ago")
    message = _process(extractor, text)
    assert message.get("intent")["name"] == "possible_red_flag"
    (entity,) = _suspected(message)
    # the model reads the whole message: the entity spans it
    assert entity["value"] == "stroke_signs" and (entity["start"], entity["end"]) == (0, len(text))


def test_a_confirmed_flag_is_escalated_not_asked(extractor):
    message = _process(extractor, "I can't breathe and my chest muscles keep twitching")
    assert message.get("intent")["name"] == "emergency"
    assert not _suspected(message)


@pytest.mark.parametrize("intent", ["request_human", "delete_my_data", "stop", "emergency"])
def test_a_request_or_an_emergency_is_never_replaced_by_the_question(extractor, intent):
    message = _process(extractor, DESCRIBED, intent, [{"name": intent, "confidence": 0.95}])
    assert message.get("intent")["name"] == intent
    assert not _suspected(message)


def test_a_guess_of_possible_red_flag_without_a_description_is_withdrawn(extractor):
    message = _process(extractor, "my eyelid keeps twitching", "possible_red_flag",
                       [{"name": "possible_red_flag", "confidence": 0.6},
                        {"name": "report_symptom", "confidence": 0.3}])
    assert message.get("intent")["name"] == "report_symptom"


def test_after_an_urgent_flag_a_suspected_emergency_is_asked_and_remembers_the_urgent(extractor):
    # weakness of one arm is urgent for the rules; the same sentence's face that "is not mine"
    # and leg suggest a stroke
    text = "I can't lift my right arm or right leg and my face feels like it isn't mine"
    message = _process(extractor, text)
    if message.get("intent")["name"] == "emergency":
        pytest.skip("the rules confirm this one now")
    assert message.get("intent")["name"] == "possible_red_flag"
    (entity,) = _suspected(message)
    assert entity["value"] == "stroke_signs" and entity["level_reached"] == "urgent"


def _check_turn(flag: str = "breathing_trouble", reached: Optional[str] = None) -> list:
    entity = {"entity": "suspected_red_flag", "value": flag, "level_reached": reached}
    return [ActionExecuted("action_listen"),
            UserUttered(DESCRIBED, intent={"name": "possible_red_flag", "confidence": 1.0},
                        entities=[entity]),
            SlotSet("pending_red_flag", flag)]


def _asked(flag: str = "breathing_trouble", reached: Optional[str] = None) -> list:
    return [*_check_turn(flag, reached), ActionExecuted("utter_ask_red_flag_check"),
            BotUttered("Before we go on..."), ActionExecuted("action_deactivate_loop"),
            ActionExecuted("action_listen")]


@pytest.mark.parametrize("done, expected", [
    ([], "utter_ask_red_flag_check"),
    (["utter_ask_red_flag_check"], "action_deactivate_loop"),  # the check-up waits
    (["utter_ask_red_flag_check", "action_deactivate_loop"], "action_listen"),
])
def test_a_possible_red_flag_gets_the_question_and_nothing_else(done, expected):
    events = [*_check_turn(), *[ActionExecuted(name) for name in done]]
    assert EmergencyPolicy.next_action(_tracker(*events)) == expected


@pytest.mark.parametrize("answer", ["affirm", "possible_red_flag"])
def test_yes_to_an_emergency_check_is_the_emergency_sequence(answer):
    events = [*_asked("breathing_trouble"), _user("yes", answer)]
    assert EmergencyPolicy.next_action(_tracker(*events)) == "utter_emergency"
    events += [ActionExecuted("utter_emergency")]
    assert EmergencyPolicy.next_action(_tracker(*events)) == "action_deactivate_loop"


def test_yes_to_an_urgent_check_is_the_urgent_advice_then_the_check_up():
    events = [*_asked("double_vision"), _user("yes", "affirm")]
    assert EmergencyPolicy.next_action(_tracker(*events)) == "utter_urgent_advice"
    events += [ActionExecuted("utter_urgent_advice"), ActionExecuted("action_flag_urgent")]
    assert EmergencyPolicy.next_action(_tracker(*events)) == "symptom_form"
    events += [ActionExecuted("symptom_form")]
    assert EmergencyPolicy.next_action(_tracker(*events)) is None  # the form and rules go on


@pytest.mark.parametrize("answer", ["deny", "dont_know"])
def test_no_goes_on_with_the_check_up(answer):
    events = [*_asked(), _user("no", answer)]
    assert EmergencyPolicy.next_action(_tracker(*events)) == "utter_red_flag_check_clear"
    events += [ActionExecuted("utter_red_flag_check_clear")]
    assert EmergencyPolicy.next_action(_tracker(*events)) == "symptom_form"
    events += [ActionExecuted("symptom_form")]
    assert EmergencyPolicy.next_action(_tracker(*events)) is None


def test_no_after_an_urgent_flag_still_gives_the_urgent_advice():
    events = [*_asked("stroke_signs", reached="urgent"), _user("no", "deny")]
    assert EmergencyPolicy.next_action(_tracker(*events)) == "utter_urgent_advice"


def test_yes_without_a_pending_question_is_left_to_the_rules():
    events = [*_asked(), _user("no", "deny"), ActionExecuted("utter_red_flag_check_clear"),
              ActionExecuted("symptom_form"), ActionExecuted("action_listen"),
              _user("yes", "affirm")]
    assert EmergencyPolicy.next_action(_tracker(*events)) is None


def test_the_question_outranks_an_active_check_up(domain, policy):
    tracker = _tracker(*_check_turn(), SlotSet("requested_slot", "duration"))
    prediction = policy.predict_action_probabilities(tracker, domain)
    assert domain.action_names_or_texts[prediction.max_confidence_index] == \
        "utter_ask_red_flag_check"
    assert prediction.is_no_user_prediction is True


def test_every_step_of_the_check_sequences_is_in_the_domain(domain):
    from bot.components.emergency_policy import (CHECK_SEQUENCE, CLEAR_SEQUENCE,
                                                 URGENT_SEQUENCE)

    assert set(CHECK_SEQUENCE + CLEAR_SEQUENCE + URGENT_SEQUENCE) <= \
        set(domain.action_names_or_texts)
