"""Rasa policy: an emergency message is answered with the emergency advice, whatever else runs.

Rules alone are not enough: while the check-up form is active, Rasa predicts the form first and
the form calls the action server to validate; if that server is down the turn ends with no reply
at all. This policy outranks the form (a "no user" prediction with a priority above RulePolicy's)
and only uses actions that run inside Rasa: the `utter_emergency` response and the built-in
`action_deactivate_loop`; `action_escalate` (records and tailors the advice) comes last, so its
failure cannot hold the advice back. It mirrors the emergency rules in data/rules.yml.
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
        """The next step of the emergency sequence, or None when this turn is no emergency."""
        done: List[str] = []
        for event in reversed(tracker.events):
            if isinstance(event, UserUttered):
                if event.intent_name != EMERGENCY_INTENT:
                    return None
                break
            if isinstance(event, ActionExecuted) and event.action_name:
                done.append(event.action_name)
        else:
            return None
        return next((step for step in EMERGENCY_SEQUENCE if step not in done),
                    ACTION_LISTEN_NAME)

    def predict_action_probabilities(self, tracker: DialogueStateTracker, domain: Domain,
                                     rule_only_data: Optional[Dict[Text, Any]] = None,
                                     **kwargs: Any) -> PolicyPrediction:
        probabilities = self._default_predictions(domain)
        action = self.next_action(tracker)
        if action is None or action not in domain.action_names_or_texts:
            return self._prediction(probabilities)
        probabilities[domain.index_for_action(action)] = 1.0
        return self._prediction(probabilities, is_no_user_prediction=True)
