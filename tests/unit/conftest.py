"""Tracker and dispatcher helpers for the action and component tests.

Entities for a text come from the real extractor logic (bot.mentions + bot.screening, shaped
exactly like ClinicalFactExtractor's entities), so a test message means what the NLU would make
of it. No rasa import here: importing rasa loads tensorflow; only test_components.py does.
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any, Dict, List, Optional

import pytest
import yaml
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from bot.entities import message_entities
from bot.mentions import find_mentions
from bot.screening import screen_mentions

# The handoff worker thread never starts in unit tests; they drive Worker.run_once themselves.
os.environ["HANDOFF_WORKER"] = "off"

ROOT = Path(__file__).resolve().parents[2]
DOMAIN: Dict[str, Any] = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))
SLOT_NAMES: List[str] = [*DOMAIN["slots"], "requested_slot"]
FORM = "symptom_form"


def entities_for(text: str) -> List[Dict[str, Any]]:
    """The entities ClinicalFactExtractor.process adds for this text (same bot/ function)."""
    mentions = find_mentions(text)
    return message_entities(text, mentions, screen_mentions(mentions))


def _stamp() -> float:
    return time.time()


def user_event(text: str, intent: str = "report_symptom",
               entities: Optional[List[Dict[str, Any]]] = None) -> Dict[str, Any]:
    entities = entities_for(text) if entities is None else entities
    return {"event": "user", "timestamp": _stamp(), "text": text,
            "parse_data": {"text": text, "intent": {"name": intent, "confidence": 1.0},
                           "entities": entities}}


def bot_event(text: Optional[str] = None, utter_action: Optional[str] = None) -> Dict[str, Any]:
    metadata = {"utter_action": utter_action} if utter_action else {}
    return {"event": "bot", "timestamp": _stamp(), "text": text, "data": {},
            "metadata": metadata}


def slot_event(name: str, value: Any) -> Dict[str, Any]:
    return {"event": "slot", "timestamp": _stamp(), "name": name, "value": value}


def action_event(name: str) -> Dict[str, Any]:
    return {"event": "action", "timestamp": _stamp(), "name": name}


def make_tracker(text: str = "", intent: str = "report_symptom",
                 entities: Optional[List[Dict[str, Any]]] = None,
                 slots: Optional[Dict[str, Any]] = None,
                 events: Optional[List[Dict[str, Any]]] = None,
                 active_loop: Optional[str] = None,
                 sender_id: str = "test-user") -> Tracker:
    """A rasa_sdk Tracker as the action server receives it.

    `entities=None` means "what the extractor finds in `text`". `events=None` gives the minimal
    history of one turn: action_listen then the latest user message; a given `events` list is
    used as it is (put the latest user message in it yourself when order matters).
    """
    entities = entities_for(text) if entities is None else entities
    all_slots = {name: None for name in SLOT_NAMES}
    unknown = set(slots or {}) - set(all_slots)
    assert not unknown, f"not domain slots: {unknown}"
    all_slots.update(slots or {})
    latest = {"text": text, "intent": {"name": intent, "confidence": 1.0},
              "entities": entities}
    if events is None:
        events = [action_event("action_listen"), user_event(text, intent, entities)]
    return Tracker.from_dict({
        "sender_id": sender_id,
        "slots": all_slots,
        "latest_message": latest,
        "events": events,
        "active_loop": {"name": active_loop} if active_loop else {},
        "latest_action_name": "action_listen",
    })


@pytest.fixture
def dispatcher() -> CollectingDispatcher:
    return CollectingDispatcher()


@pytest.fixture
def domain() -> Dict[str, Any]:
    return DOMAIN


def texts(dispatcher: CollectingDispatcher) -> List[str]:
    return [m["text"] for m in dispatcher.messages if m.get("text")]


def responses(dispatcher: CollectingDispatcher) -> List[str]:
    return [m["response"] for m in dispatcher.messages if m.get("response")]


def all_text(dispatcher: CollectingDispatcher) -> str:
    return "\n".join(texts(dispatcher))


@pytest.fixture(autouse=True)
def handoff_db(tmp_path, monkeypatch) -> str:
    """Each test records escalations in its own SQLite file, never in ./tracker.db."""
    from handoff import alerts

    url = f"sqlite:///{tmp_path / 'handoff.db'}"
    monkeypatch.setenv("DB_URL", url)
    monkeypatch.delenv("ALERT_WEBHOOK_URL", raising=False)
    alerts.reset()
    yield url
    alerts.reset()
