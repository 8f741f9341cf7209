"""Rasa policy: an emergency message is answered with the emergency advice, whatever else runs.

Rules alone are not enough: while the check-up form is active, Rasa predicts the form first and
the form calls the action server to validate; if that server is down the turn ends with no reply
at all. This policy outranks the form (a "no user" prediction with a priority above RulePolicy's)
and only uses actions that run inside Rasa: the `utter_emergency` response and the built-in
`action_deactivate_loop`; `action_escalate` (records and tailors the advice) comes last, so its
failure cannot hold the advice back. It mirrors the emergency rules in data/rules.yml.

It also runs the safety check (bot.suspicion): a message the NLU marks `possible_red_flag` gets
the flag's check question (`utter_ask_red_flag_check`, a response: no action server needed) and
the check-up pauses (`action_deactivate_loop`, so the answer is not taken for a form answer);
"yes" escalates at the flag's level (the emergency sequence, or the urgent advice and the
check-up), "no" or "not sure" goes on with the check-up. A suspicion never escalates by itself.
"""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Text

from rasa.core.policies.policy import Policy, PolicyPrediction
from rasa.engine.graph import ExecutionContext
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.core.constants import ACTION_DEACTIVATE_LOOP_NAME, ACTION_LISTEN_NAME
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, UserUttered
from rasa.shared.core.generator import TrackerWithCachedStates
from rasa.shared.core.trackers import DialogueStateTracker

EMERGENCY_INTENT = "emergency"
EMERGENCY_SEQUENCE = ["utter_emergency", ACTION_DEACTIVATE_LOOP_NAME, "action_escalate",
                      ACTION_LISTEN_NAME]
POSSIBLE_RED_FLAG_INTENT = "possible_red_flag"
CHECK_QUESTION = "utter_ask_red_flag_check"
PENDING_SLOT = "pending_red_flag"
SUSPECTED_ENTITY = "suspected_red_flag"
CHECK_SEQUENCE = [CHECK_QUESTION, ACTION_DEACTIVATE_LOOP_NAME, ACTION_LISTEN_NAME]
# the check-up starts or resumes after these (the form, then the rules, decide what follows)
URGENT_SEQUENCE = ["utter_urgent_advice", "action_flag_urgent", "symptom_form"]
CLEAR_SEQUENCE = ["utter_red_flag_check_clear", "symptom_form"]
# "yes", or the sign described again in answer to the question
YES_INTENTS = ("affirm", POSSIBLE_RED_FLAG_INTENT, EMERGENCY_INTENT)
NO_INTENTS = ("deny", "dont_know")
# steps between the question and the answer that do not count as the bot's last word
QUIET_ACTIONS = (ACTION_LISTEN_NAME, ACTION_DEACTIVATE_LOOP_NAME, "action_extract_slots")
PRIORITY = 5  # RulePolicy is 4


@DefaultV1Recipe.register(
    DefaultV1Recipe.ComponentType.POLICY_WITHOUT_END_TO_END_SUPPORT, is_trainable=False
)
class EmergencyPolicy(Policy):
    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {"priority": PRIORITY}

    @classmethod
    def create(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext, **kwargs: Any) -> "EmergencyPolicy":
        return cls(config, model_storage, resource, execution_context)

    def train(self, training_trackers: List[TrackerWithCachedStates], domain: Domain,
              **kwargs: Any) -> Resource:
        return self._resource

    @staticmethod
    def next_action(tracker: DialogueStateTracker) -> Optional[str]:
        """The next step of this turn's emergency or safety-check sequence, or None when the
        turn is neither (the rules and the form decide)."""
        events = list(tracker.events)
        done: List[str] = []
        for k in range(len(events) - 1, -1, -1):
            event = events[k]
            if isinstance(event, UserUttered):
                sequence, last = _sequence(event, events[:k], tracker)
                break
            if isinstance(event, ActionExecuted) and event.action_name:
                done.append(event.action_name)
        else:
            return None
        if sequence is None:
            return None
        return next((step for step in sequence if step not in done), last)

    def predict_action_probabilities(self, tracker: DialogueStateTracker, domain: Domain,
                                     rule_only_data: Optional[Dict[Text, Any]] = None,
                                     **kwargs: Any) -> PolicyPrediction:
        probabilities = self._default_predictions(domain)
        action = self.next_action(tracker)
        if action is None or action not in domain.action_names_or_texts:
            return self._prediction(probabilities)
        probabilities[domain.index_for_action(action)] = 1.0
        return self._prediction(probabilities, is_no_user_prediction=True)


def _question_turn(before: List[Any]) -> Optional[UserUttered]:
    """The user message the check question answered, when the bot's last word before this
    message was that question; else None."""
    asked = False
    for event in reversed(before):
        if isinstance(event, ActionExecuted) and event.action_name:
            if event.action_name in QUIET_ACTIONS:
                continue
            if event.action_name != CHECK_QUESTION and not asked:
                return None
            asked = True
        elif isinstance(event, UserUttered):
            return event if asked else None
    return None


def _level_of(flag_id: Optional[str]) -> str:
    from bot.kb import get_kb

    flag = get_kb().red_flags.get(str(flag_id))
    return flag.level.value if flag else "emergency"  # unknown: the safe side


def _sequence(user: UserUttered, before: List[Any], tracker: DialogueStateTracker
              ) -> "tuple[Optional[List[str]], Optional[str]]":
    """The steps this message calls for and what follows them (listen, or None: the check-up
    goes on under the rules)."""
    intent = user.intent_name
    question_turn = _question_turn(before)
    if question_turn is not None and intent in YES_INTENTS:
        if _level_of(tracker.get_slot(PENDING_SLOT)) == "emergency" or intent == EMERGENCY_INTENT:
            return EMERGENCY_SEQUENCE, ACTION_LISTEN_NAME
        return URGENT_SEQUENCE, None
    if question_turn is not None and intent in NO_INTENTS:
        reached = {e.get("level_reached") for e in question_turn.entities
                   if e.get("entity") == SUSPECTED_ENTITY}
        return (URGENT_SEQUENCE if "urgent" in reached else CLEAR_SEQUENCE), None
    if intent == EMERGENCY_INTENT:
        return EMERGENCY_SEQUENCE, ACTION_LISTEN_NAME
    if intent == POSSIBLE_RED_FLAG_INTENT:
        return CHECK_SEQUENCE, ACTION_LISTEN_NAME
    return None, None
