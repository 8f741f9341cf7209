"""The dialogue-side speed patches (server/patches.py) decide exactly what Rasa's code decides.

RulePolicy is trained on the project's own rules and stories, then asked for the next action at
every point of every training and test conversation, with and without the patch.
"""

from __future__ import annotations

import ast
import copy
import dataclasses
import importlib
import json
import logging
import tempfile
from pathlib import Path

import numpy as np
import pytest
import rasa.core.processor
import rasa.shared.core.trackers
import structlog
from rasa.core.actions.forms import FormAction
from rasa.core.policies.rule_policy import RulePolicy
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.core.domain import Domain
from rasa.shared.core.generator import TrainingDataGenerator
from rasa.shared.core.trackers import DialogueStateTracker, TrackerActiveLoop
from rasa.shared.importers.importer import TrainingDataImporter

import server  # noqa: F401  (applies the patches, as Rasa's start-up does)
from server import patches

ROOT = Path(__file__).resolve().parents[2]
FORM = "symptom_form"


@pytest.fixture(scope="module")
def project() -> tuple[Domain, RulePolicy, list[DialogueStateTracker]]:
    def trackers_of(paths: list[Path]) -> tuple[Domain, list]:
        importer = TrainingDataImporter.load_from_config(
            str(ROOT / "config.yml"), str(ROOT / "domain.yml"), [str(p) for p in paths])
        domain = importer.get_domain()
        return domain, TrainingDataGenerator(importer.get_stories(), domain,
                                             augmentation_factor=0,
                                             use_story_concatenation=False).generate()

    domain, trackers = trackers_of([ROOT / "data"])
    _, test_trackers = trackers_of([ROOT / "tests" / "test_stories.yml"])
    config = {**RulePolicy.get_default_config(), "core_fallback_threshold": 0.3,
              "core_fallback_action_name": "action_default_fallback",
              "enable_fallback_prediction": True}
    policy = RulePolicy.create(config, LocalModelStorage(Path(tempfile.mkdtemp())),
                               Resource("rules"), ExecutionContext(GraphSchema({}), "test"))
    policy.train(trackers, domain)  # as `rasa train` does: the rules and stories of data/
    return domain, policy, trackers + test_trackers


def _prediction(policy: RulePolicy, tracker: DialogueStateTracker, domain: Domain) -> tuple:
    p = policy.predict_action_probabilities(tracker, domain)
    return (p.probabilities, [e.as_dict() for e in p.events], p.is_end_to_end_prediction,
            p.is_no_user_prediction, p.hide_rule_turn, p.policy_name)


def test_rule_policy_predicts_the_same_at_every_turn(project, monkeypatch) -> None:
    domain, policy, trackers = project
    points = [DialogueStateTracker.from_events(f"c{n}", list(t.events)[:i], domain.slots)
              for n, t in enumerate(trackers) for i in range(1, len(t.events) + 1)]
    assert len(points) > 300  # every turn of every rule, story and test story
    patched = [_prediction(policy, t, domain) for t in points]
    monkeypatch.setattr(RulePolicy, "_find_action_from_rules",
                        patches.RASA_FIND_ACTION_FROM_RULES)
    stock = [_prediction(policy, t, domain) for t in points]
    assert patched == stock
    # and the skip was in use: the project has no rule that matches on a message's text
    assert patches.text_pass_can_match(policy) is False


@pytest.mark.parametrize("last_state, can_match", [
    ({"prev_action": {"action_name": "action_listen"}, "user": {"intent": "greet"}}, False),
    ({"prev_action": {"action_name": "action_listen"}, "user": {"text": "hello"}}, True),
    ({"prev_action": {"action_name": "action_listen"}}, True),
    ({"prev_action": {"action_name": "action_listen"}, "user": {"intent": "should_not_be_set"}},
     True),
    ({"prev_action": {"action_name": "utter_greet"}, "user": {"text": "hello"}}, False),
    ({"user": {"text": "hello"}}, False),  # a conversation start: never right after a message
])
def test_which_rules_could_match_a_text_only_turn(last_state: dict, can_match: bool) -> None:
    key = json.dumps([{"prev_action": {"action_name": "action_listen"}}, last_state])
    assert patches._matches_a_text_turn(key) is can_match


def test_an_end_to_end_text_rule_keeps_the_text_pass(project) -> None:
    _, policy, _ = project
    e2e = RulePolicy.create(policy.config, LocalModelStorage(Path(tempfile.mkdtemp())),
                            Resource("e2e"), ExecutionContext(GraphSchema({}), "test"))
    listen_then_hi = [{"prev_action": {"action_name": "action_listen"}, "user": {"text": "hi"}}]
    e2e.lookup = {"rules": {json.dumps(listen_then_hi): "utter_greet"}}
    assert patches.text_pass_can_match(e2e) is True


def test_domain_is_empty_answers_as_rasa(project) -> None:
    domain, _, _ = project
    for d in (domain, Domain.empty(), Domain.from_dict({"intents": ["greet"]})):
        assert d.is_empty() == patches.RASA_DOMAIN_IS_EMPTY(d)
    assert Domain.empty().is_empty() and not domain.is_empty()


def test_unique_entity_mappings_are_rasa_s_and_computed_once(project) -> None:
    domain, _, _ = project
    first = FormAction(FORM, None)._create_unique_entity_mappings(domain)
    again = FormAction(FORM, None)._create_unique_entity_mappings(domain)
    assert first == patches.RASA_UNIQUE_ENTITY_MAPPINGS(FormAction(FORM, None), domain)
    assert first and again is first
    other = Domain.from_dict({"entities": ["place"], "slots": {"where": {
        "type": "text", "mappings": [{"type": "from_entity", "entity": "place"}]}},
        "forms": {FORM: {"required_slots": ["where"]}}})
    assert FormAction(FORM, None)._create_unique_entity_mappings(other) != first


@pytest.mark.parametrize("module_name", patches.MODULES_COPYING_FOR_DEBUG_LOGS)
def test_rasa_deep_copies_in_those_modules_only_feed_debug_logs(module_name: str) -> None:
    module = importlib.import_module(module_name)
    tree = ast.parse(Path(module.__file__).read_text())
    debug_args, deep_copies = set(), set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and ast.unparse(node.func) == "structlogger.debug":
            debug_args |= {id(k.value) for k in node.keywords}
        if isinstance(node, ast.Call) and ast.unparse(node.func) == "copy.deepcopy":
            deep_copies.add(id(node))
    assert deep_copies and deep_copies <= debug_args
    assert module.copy.deepcopy is patches._CopyForDebugLogs.deepcopy
    assert module.copy.copy is copy.copy  # everything else is the real module


@pytest.mark.parametrize("level, copied", [(logging.INFO, False), (logging.DEBUG, True)])
def test_debug_log_copies_are_made_only_when_debug_logs_are_kept(level: int, copied: bool
                                                                 ) -> None:
    before = structlog.get_config()
    structlog.configure(wrapper_class=structlog.make_filtering_bound_logger(level))
    try:
        events = [{"event": "slot", "value": ["left eyelid"]}]
        result = rasa.core.processor.copy.deepcopy(events)
        assert result == events and (result is not events) == copied
        assert (result[0]["value"] is not events[0]["value"]) == copied
    finally:
        structlog.configure(**before)


def test_a_slot_copy_is_what_copy_s_generic_path_makes(project) -> None:
    domain, _, _ = project
    assert domain.slots
    for slot in domain.slots:
        slot.value = ["left eyelid"] if slot.type_name == "list" else slot.value
        generic = copy._reconstruct(slot, None, *slot.__reduce_ex__(4))
        fast = copy.copy(slot)
        assert type(fast) is type(slot) and fast is not slot
        assert fast.__dict__ == generic.__dict__ == slot.__dict__
        assert fast.value is slot.value  # shallow, as copy.copy is
        fast.value = "changed"
        assert slot.value != "changed"


def test_the_active_loop_in_a_tracker_state_is_dataclasses_asdict_s(project) -> None:
    domain, _, _ = project
    trigger = {"text": "my eye twitches", "intent": {"name": "report_symptom", "confidence": 0.9},
               "entities": [{"entity": "body_part", "value": "eyelid", "span": (3, 6)}],
               "intent_ranking": [{"name": "greet", "confidence": np.float32(0.1)}],
               "metadata": {1: None, "flags": ("a", "b")}}
    tracker = DialogueStateTracker.from_events("loop", [], domain.slots)
    tracker.active_loop = TrackerActiveLoop(FORM, False, False, trigger)
    state = tracker.current_state()["active_loop"]
    assert state == dataclasses.asdict(tracker.active_loop)
    assert state["trigger_message"]["entities"][0]["span"] == (3, 6)
    assert state["trigger_message"] is not trigger  # a copy, as asdict makes
    assert state["trigger_message"]["entities"][0] is not trigger["entities"][0]
    assert rasa.shared.core.trackers.dataclasses.asdict(patches.TrackerActiveLoop(
        None, True, True, None)) == {"name": None, "is_interrupted": True, "rejected": True,
                                     "trigger_message": None}
