"""Rasa NLU component: knowledge-base entities with clinical context, and the red-flag screen.

Runs after the intent classifier (and the FallbackClassifier) in config.yml. For every message it
adds `body_part`, `duration`, `frequency`, `trigger`, `symptom` and `red_flag` entities with
canonical ids as values; a denied symptom gets the role `absent`, a hypothetical one
`hypothetical`, someone's past history `other`. It then applies bot.screening: an emergency or
urgent flag forces the `emergency` / `urgent_symptom` intent, and a classifier guess of either is
withdrawn when the text only names red flags in a denied or hypothetical way.

Last comes the safety net (bot.suspicion): when the message describes a sign the screen did not
confirm ("everything went black in one eye"), the intent becomes `possible_red_flag` and the
entity `suspected_red_flag` carries the flag id (slot `pending_red_flag`); EmergencyPolicy then
asks that flag's check question. A classifier guess of `possible_red_flag` without such a
description is withdrawn.
"""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.extractors.extractor import EntityExtractorMixin
from rasa.nlu.constants import SPACY_DOCS
from rasa.shared.nlu.constants import ENTITIES, INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

import bot.nlp  # noqa: F401  registers the `twitch_context` factory before SpacyNLP loads
from bot.entities import ENTITY_KINDS, EXTRACTOR, message_entities
from bot.kb import Level
from bot.mentions import Mention, in_original, mentions_from_doc
from bot.question_form import looks_like_question
from bot.screening import Screen, dated_days_back, screen_mentions
from bot.sign_model import get_model as get_sign_model
from bot.suspicion import Suspicion, context_scopes, suspected_flags, worth_asking
from bot.textese import spell_out

EMERGENCY_INTENT = "emergency"
URGENT_INTENT = "urgent_symptom"
RED_FLAG_INTENTS = (EMERGENCY_INTENT, URGENT_INTENT)
# A red-flag intent the text layer finds no sign of is kept only when the classifier is this
# sure: "he's shaking all over and not answering me" (0.97) stays an emergency, "my left eyelid
# keeps twitching" (0.53) does not (measured with the holdout and bench messages).
ML_ONLY_RED_FLAG_CONFIDENCE = 0.85
QUESTION_INTENTS = ("ask_cause", "ask_worry", "ask_remedy", "ask_when_doctor", "ask_definition")
# Short replies the classifier may confuse with a form answer ("way more coffee" -> thank).
SMALL_TALK_INTENTS = ("greet", "goodbye", "thank", "affirm", "deny", "bot_challenge",
                      "out_of_scope", "nlu_fallback", "ask_capabilities", "dont_know")
REPORT_INTENT = "report_symptom"
INCIDENTAL_TRIGGER_INTENTS = ("goodbye", "bot_challenge", "out_of_scope")
POSSIBLE_RED_FLAG_INTENT = "possible_red_flag"
SUSPECTED_ENTITY = "suspected_red_flag"
# Requests that stand whatever else the message says (a person, data deletion, stop, restart)
# and the escalations themselves: a suspicion never replaces them.
KEEP_INTENTS = (EMERGENCY_INTENT, "request_human", "delete_my_data", "stop", "start_over")
INTENT_LEVEL = {EMERGENCY_INTENT: Level.emergency, URGENT_INTENT: Level.urgent}


@DefaultV1Recipe.register(
    DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR, is_trainable=False
)
class ClinicalFactExtractor(GraphComponent, EntityExtractorMixin):
    @classmethod
    def create(cls, config: Dict[Text, Any], model_storage: ModelStorage,
               resource: Resource, execution_context: ExecutionContext
               ) -> "ClinicalFactExtractor":
        get_sign_model()  # loaded (or built, once) now rather than on the first message
        return cls()

    def train(self, training_data: TrainingData) -> Resource:  # pragma: no cover - not trainable
        raise NotImplementedError

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            text = message.get(TEXT) or ""
            mentions, suspicions = self._read(message, text)
            screen = screen_mentions(mentions)
            entities = message_entities(text, mentions, screen)
            message.set(ENTITIES, message.get(ENTITIES, []) + entities, add_to_output=True)
            self._apply_screen(message, screen, mentions)
            self._statement_is_a_report(message, text, mentions)
            self._ask_if_suspected(message, [s for s in suspicions if s.flag not in screen.flags])
        return messages

    @staticmethod
    def _read(message: Message, text: str) -> "tuple[List[Mention], List[Suspicion]]":
        """Mentions and suspicions in the text's offsets; reuse the doc SpacyNLP made (same
        pipeline, lower-cased) when the text has no shorthand to spell out (bot.textese) and its
        offsets still fit (its ConText scopes are read before they are dropped)."""
        doc = message.get(SPACY_DOCS[TEXT])
        if doc is None or len(doc.text) != len(text) or spell_out(doc.text).changed:
            doc = bot.nlp.parse_message(text)
        parsed = mentions_from_doc(doc)
        sentences = [(s.start_char, s.end_char) for s in doc.sents]
        suspicions = suspected_flags(doc.text, parsed, context_scopes(doc), sentences)
        bot.nlp.forget_context(doc)  # the message (and its doc) must stay copyable
        return in_original(doc, text, parsed), in_original(doc, text, suspicions)

    @staticmethod
    def _ask_if_suspected(message: Message, suspicions: List[Suspicion]) -> None:
        intent = message.get(INTENT) or {}
        ranking: List[Dict[Text, Any]] = message.get(INTENT_RANKING_KEY) or []
        if intent.get("name") in KEEP_INTENTS:
            return
        # after an urgent flag only an emergency one is worth asking about ("can't move my arm"
        # is urgent, "and my face doesn't feel like mine" suggests a stroke); "no" to it still
        # gives the urgent advice (EmergencyPolicy reads `level_reached`)
        reached = INTENT_LEVEL.get(intent.get("name"))
        suspicions = worth_asking(message.get(TEXT) or "", reached, suspicions)
        if not suspicions:
            if intent.get("name") == POSSIBLE_RED_FLAG_INTENT:  # the classifier alone: withdrawn
                rest = [r for r in ranking if r.get("name") not in
                        (POSSIBLE_RED_FLAG_INTENT, "nlu_fallback") + RED_FLAG_INTENTS]
                if rest:
                    message.set(INTENT, dict(rest[0]), add_to_output=True)
                    message.set(INTENT_RANKING_KEY, rest, add_to_output=True)
            return
        first = suspicions[0]  # the most severe: one question at a time
        entity = {"entity": SUSPECTED_ENTITY, "value": first.flag, "start": first.start,
                  "end": first.end, "confidence_entity": 1.0, "extractor": EXTRACTOR,
                  "level_reached": reached.value if reached else None}
        message.set(ENTITIES, message.get(ENTITIES, []) + [entity], add_to_output=True)
        chosen = {"name": POSSIBLE_RED_FLAG_INTENT, "confidence": 1.0}
        message.set(INTENT, chosen, add_to_output=True)
        message.set(INTENT_RANKING_KEY, [chosen] + [
            r for r in ranking if r.get("name") != POSSIBLE_RED_FLAG_INTENT], add_to_output=True)

    @staticmethod
    def _statement_is_a_report(message: Message, text: str, mentions: List[Mention]) -> None:
        """A statement that names the user's own facts is a report, not a question or small
        talk, whatever the classifier guessed: inside the check-up it must count as the answer."""
        intent = message.get(INTENT) or {}
        name = intent.get("name")
        kinds = {m.kind for m in mentions if m.asserted and m.kind in ENTITY_KINDS}
        # A trigger word alone is weak evidence in a farewell, a question about the bot or
        # off-topic chat, which name activities and things in passing ("gotta run, bye", "am I
        # talking to a computer"). In thanks, greetings and yes/no replies it is the answer to
        # the trigger question ("way more coffee than usual" came out as `thank`, 0.80).
        if not kinds or (kinds == {"trigger"} and name in INCIDENTAL_TRIGGER_INTENTS
                         and (intent.get("confidence") or 0) > 0.8):
            return
        if name in SMALL_TALK_INTENTS or (name in QUESTION_INTENTS and not looks_like_question(text)):
            message.set(INTENT, {"name": REPORT_INTENT, "confidence": intent.get("confidence")},
                        add_to_output=True)

    @staticmethod
    def _apply_screen(message: Message, screen: Screen, mentions: List[Mention]) -> None:
        intent = message.get(INTENT) or {}
        ranking: List[Dict[Text, Any]] = message.get(INTENT_RANKING_KEY) or []
        forced: Optional[str] = None
        if screen.level == Level.emergency:
            forced = EMERGENCY_INTENT
        elif screen.level == Level.urgent and (
                intent.get("name") != EMERGENCY_INTENT
                or dated_days_back(message.get(TEXT) or "", mentions)):
            # the classifier's emergency over urgent signs stands for today's, not for signs
            # weeks old ("can't grip the kettle for three weeks" is no ambulance)
            forced = URGENT_INTENT
        elif intent.get("name") in RED_FLAG_INTENTS and not screen.flags and (
                any(not m.asserted for m in mentions
                    if m.kind in ("symptom", "red_flag", "condition"))
                or (intent.get("confidence") or 0) < ML_ONLY_RED_FLAG_CONFIDENCE):
            # the classifier saw red-flag words, but every one of them is denied or
            # hypothetical, or it guessed a red flag the text layer cannot see and is unsure
            rest = [r for r in ranking if r.get("name") not in RED_FLAG_INTENTS
                    and r.get("name") != "nlu_fallback"]
            if rest:
                message.set(INTENT, dict(rest[0]), add_to_output=True)
                message.set(INTENT_RANKING_KEY, rest, add_to_output=True)
            return
        if forced and intent.get("name") != forced:
            chosen = {"name": forced, "confidence": 1.0}
            message.set(INTENT, chosen, add_to_output=True)
            message.set(INTENT_RANKING_KEY,
                        [chosen] + [r for r in ranking if r.get("name") != forced],
                        add_to_output=True)
