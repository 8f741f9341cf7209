"""Escalation records, the alert outbox and its retries against a fake webhook on localhost,
deletion and retention (handoff/), and the actions that use them."""

from __future__ import annotations

import json
from typing import Any, Dict, Iterator, List

import pytest
import sqlalchemy as sa
from rasa_sdk.events import ConversationPaused

from actions.escalate import ActionEscalate, ActionFlagUrgent
from actions.handoff import ActionDeleteMyData, ActionRequestHuman
from handoff import alerts, service
from handoff.alerts import Worker, backoff
from handoff.store import Store

from tests.fake_webhook import FakeWebhook

from .conftest import DOMAIN, make_tracker, texts


@pytest.fixture
def webhook(monkeypatch) -> Iterator[FakeWebhook]:
    hook = FakeWebhook()
    monkeypatch.setenv("ALERT_WEBHOOK_URL", hook.url)
    monkeypatch.setenv("ALERT_RETRY_SECONDS", "10")
    yield hook
    hook.close()


class Clock:
    def __init__(self, t: float = 1_000_000.0):
        self.t = t

    def __call__(self) -> float:
        return self.t


def escalate_one(text: str = "my face droops and I can't speak") -> int:
    esc_id = service.escalate("conv-1", "rest", "red_flag", "emergency", ["stroke_signs"], text)
    assert esc_id is not None
    return esc_id


def test_escalation_is_recorded_before_and_without_contacting_the_webhook(webhook):
    escalate_one()
    assert webhook.received == []  # nothing on the reply path talks to the webhook
    [record] = Store().escalations_for("conv-1")
    assert record["channel"] == "rest" and record["level"] == "emergency"
    assert record["red_flags"] == ["stroke_signs"]
    assert record["user_text"] == "my face droops and I can't speak"
    assert record["sent_at"] is None and record["created_at"] > 0


def test_the_worker_sends_the_alert(webhook):
    escalate_one()
    Worker(Store()).run_once()
    [alert] = webhook.received
    assert "stroke_signs" in alert["text"] and "conv-1" in alert["text"]
    assert "can't speak" in alert["text"]
    assert alert["red_flags"] == ["stroke_signs"] and "text_without_words" not in alert
    assert Store().escalations_for("conv-1")[0]["sent_at"] is not None


def test_a_failing_webhook_is_retried_with_backoff_and_the_record_kept(webhook):
    webhook.failures = 2
    escalate_one()
    clock = Clock(10**10)  # well after the record's timestamp
    worker = Worker(Store(), clock=clock)
    worker.run_once()  # 500
    assert webhook.received == [] and Store().escalations_for("conv-1")[0]["attempts"] == 1
    worker.run_once()  # not due yet: no attempt
    assert Store().escalations_for("conv-1")[0]["attempts"] == 1
    clock.t += 10
    worker.run_once()  # 500 again; next wait doubles
    clock.t += 10
    worker.run_once()
    assert webhook.received == []
    clock.t += 10
    worker.run_once()
    assert len(webhook.received) == 1
    record = Store().escalations_for("conv-1")[0]
    assert record["attempts"] == 3 and record["sent_at"] is not None


def test_an_unreachable_webhook_leaves_the_alert_pending_for_the_next_process(monkeypatch):
    monkeypatch.setenv("ALERT_WEBHOOK_URL", "http://127.0.0.1:9/nothing-listens-here")
    escalate_one()
    Worker(Store()).run_once()
    record = Store().escalations_for("conv-1")[0]
    assert record["sent_at"] is None and record["attempts"] == 1
    # "restart": a new process with a working webhook sends it once it is due
    hook = FakeWebhook()
    try:
        monkeypatch.setenv("ALERT_WEBHOOK_URL", hook.url)
        Worker(Store(), clock=Clock(10**10)).run_once()
        assert len(hook.received) == 1 and hook.received[0]["conversation_id"] == "conv-1"
    finally:
        hook.close()


def test_no_webhook_configured_keeps_the_alert_pending(monkeypatch):
    escalate_one()
    Worker(Store()).run_once()
    assert Store().escalations_for("conv-1")[0]["sent_at"] is None


def test_backoff_doubles_up_to_the_cap():
    assert [backoff(n, 5, 60) for n in range(1, 6)] == [5, 10, 20, 40, 60]


def test_an_escalation_while_the_database_is_down_is_kept_and_stored_later(monkeypatch, tmp_path):
    down = tmp_path / "missing-dir" / "db.sqlite"  # a directory that does not exist
    monkeypatch.setenv("DB_URL", f"sqlite:///{down}")
    alerts.reset()
    assert service.escalate("conv-9", "rest", "red_flag", "urgent", ["new_weakness"], "w") is None
    worker = alerts.worker()
    assert len(worker.unrecorded) == 1
    down.parent.mkdir()
    worker.run_once()
    assert worker.unrecorded == []
    assert Store(f"sqlite:///{down}").escalations_for("conv-9")[0]["level"] == "urgent"


def _tracker_table(store: Store, rows: List[Dict[str, Any]]) -> None:
    with store.engine.begin() as conn:
        conn.execute(sa.text("CREATE TABLE IF NOT EXISTS events (id INTEGER PRIMARY KEY, "
                             "sender_id VARCHAR(255), type_name VARCHAR(255), timestamp FLOAT, "
                             "intent_name VARCHAR(255), action_name VARCHAR(255), data TEXT)"))
        for row in rows:
            conn.execute(sa.text("INSERT INTO events (sender_id, type_name, timestamp, data) "
                                 "VALUES (:sender_id, 'user', :timestamp, '{}')"), row)


def _senders(store: Store) -> List[str]:
    with store.engine.begin() as conn:
        return [r[0] for r in conn.execute(sa.text("SELECT sender_id FROM events ORDER BY id"))]


def test_delete_my_data_removes_the_conversation_and_the_words(webhook):
    store = Store()
    escalate_one()
    _tracker_table(store, [{"sender_id": "conv-1", "timestamp": 10.0},
                           {"sender_id": "conv-1", "timestamp": 20.0},
                           {"sender_id": "someone-else", "timestamp": 15.0}])
    clock = Clock(1000.0)
    store.request_deletion("conv-1", up_to=25.0, first_at=1000.0)
    worker = Worker(store, clock=clock)
    worker.run_deletions(clock.t)
    assert _senders(store) == ["someone-else"]
    [record] = store.escalations_for("conv-1")
    assert record["user_text"] is None and record["red_flags"] == ["stroke_signs"]
    # the pending alert lost the words too
    worker.send_due_alerts(10**10)
    assert "can't speak" not in json.dumps(webhook.received)
    assert webhook.received[0]["red_flags"] == ["stroke_signs"]
    # Rasa re-saved the turn after the first pass: the second pass removes it again
    _tracker_table(store, [{"sender_id": "conv-1", "timestamp": 24.0},
                           {"sender_id": "conv-1", "timestamp": 30.0}])
    clock.t += 20
    worker.run_deletions(clock.t)
    assert _senders(store) == ["someone-else", "conv-1"]  # only the new message (t=30) stays


def test_retention_purges_old_events_and_old_words(monkeypatch):
    store = Store()
    escalate_one()
    _tracker_table(store, [{"sender_id": "old", "timestamp": 1.0},
                           {"sender_id": "new", "timestamp": 10**12}])
    assert store.purge_older_than(10**11 + 0.0) == {"events": 1, "escalation_words": 1}
    assert _senders(store) == ["new"]
    assert store.escalations_for("conv-1")[0]["user_text"] is None


# --- the actions ----------------------------------------------------------------------------

def test_action_escalate_records_the_escalation(dispatcher):
    tracker = make_tracker("my face droops on one side and my speech is slurred",
                           intent="emergency", sender_id="conv-e",
                           slots={"red_flags": ["stroke_signs"]})
    ActionEscalate().run(dispatcher, tracker, DOMAIN)
    [record] = Store().escalations_for("conv-e")
    assert record["kind"] == "red_flag" and record["level"] == "emergency"
    assert "stroke_signs" in record["red_flags"]
    assert "slurred" in record["user_text"]


def test_action_flag_urgent_records_the_escalation(dispatcher):
    tracker = make_tracker("my arm has become weak", intent="urgent_symptom", sender_id="conv-u",
                           slots={"red_flags": ["new_weakness"]})
    ActionFlagUrgent().run(dispatcher, tracker, DOMAIN)
    [record] = Store().escalations_for("conv-u")
    assert record["level"] == "urgent" and record["red_flags"] == ["new_weakness"]


def test_request_human_alerts_pauses_and_says_how_help_comes(dispatcher):
    tracker = make_tracker("can I talk to a real person?", intent="request_human",
                           sender_id="conv-h")
    events = ActionRequestHuman().run(dispatcher, tracker, DOMAIN)
    assert events == [ConversationPaused()]
    said = "\n".join(texts(dispatcher))
    assert "reply to you here" in said and "emergency" in said
    [record] = Store().escalations_for("conv-h")
    assert record["kind"] == "human_request" and record["user_text"].startswith("can I talk")


def test_delete_my_data_action_queues_the_deletion(dispatcher):
    tracker = make_tracker("yes", intent="affirm", sender_id="conv-d")
    ActionDeleteMyData().run(dispatcher, tracker, DOMAIN)
    assert [m.get("response") for m in dispatcher.messages] == ["utter_data_deleted"]
    due = Store().due_deletions(10**10)
    assert [d["conversation_id"] for d in due] == ["conv-d"]
