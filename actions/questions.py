"""Answers to the user's questions, each composed by bot.answers from the knowledge base."""

from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from actions.tracker_facts import latest_text, mentions_in_latest, record_latest_facts
from bot import answers


def _say(dispatcher: CollectingDispatcher, messages: List[str]) -> None:
    for message in messages:
        dispatcher.utter_message(text=message)


class ActionExplainCauses(Action):
    def name(self) -> Text:
        return "action_explain_causes"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
            domain: Dict[Text, Any]) -> List[EventType]:
        facts, events = record_latest_facts(tracker)
        _say(dispatcher, answers.explain_causes(facts.body_parts[0] if facts.body_parts else None))
        return events


class ActionAnswerWorry(Action):
    def name(self) -> Text:
        return "action_answer_worry"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
            domain: Dict[Text, Any]) -> List[EventType]:
        facts, events = record_latest_facts(tracker)
        hypothetical = [m for m in mentions_in_latest(tracker) if m.hypothetical]
        _say(dispatcher, answers.answer_worry(facts, hypothetical))
        return events


class ActionSuggestRemedies(Action):
    def name(self) -> Text:
        return "action_suggest_remedies"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
            domain: Dict[Text, Any]) -> List[EventType]:
        facts, events = record_latest_facts(tracker)
        _say(dispatcher, answers.suggest_remedies(facts))
        return events


class ActionExplainWhenToSeeDoctor(Action):
    def name(self) -> Text:
        return "action_explain_when_to_see_doctor"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
            domain: Dict[Text, Any]) -> List[EventType]:
        _, events = record_latest_facts(tracker)
        _say(dispatcher, answers.when_to_see_doctor())
        return events


class ActionDefineTerm(Action):
    def name(self) -> Text:
        return "action_define_term"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
            domain: Dict[Text, Any]) -> List[EventType]:
        _say(dispatcher, answers.define_term(latest_text(tracker)))
        return []
