"""Escalation handoff, asking for a person, "delete my data" and message-free logs, against
real servers and a fake clinician webhook on localhost (one assistant for this module)."""

from __future__ import annotations

import time
import uuid
from pathlib import Path
from typing import Iterator

import pytest
import requests

from handoff.store import Store
from tests.fake_webhook import FakeWebhook

from .servers import Assistant, running_assistant
from .vignettes import reply_text

pytestmark = pytest.mark.e2e
EMERGENCY = "my face droops on one side and my speech is slurred"
# A phrase that must never show up in a log file.
SECRET_WORDS = "purple walrus"


@pytest.fixture(scope="module")
def webhook() -> Iterator[FakeWebhook]:
    hook = FakeWebhook()
    yield hook
    hook.close()


@pytest.fixture(scope="module")
def bot(trained_model: Path, tmp_path_factory, webhook: FakeWebhook) -> Iterator[Assistant]:
    env = {"ALERT_WEBHOOK_URL": webhook.url, "ALERT_RETRY_SECONDS": "1",
           "ALERT_RETRY_MAX_SECONDS": "2"}
    with running_assistant(trained_model, tmp_path_factory.mktemp("handoff"),
                           actions_env=env) as running:
        yield running


def store(bot: Assistant) -> Store:
    return Store(f"sqlite:///{bot.db}")


def said(replies) -> str:
    return "\n".join(reply_text(r) for r in replies)


def alerts_for(webhook: FakeWebhook, sender: str, count: int = 1, timeout: float = 30.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        mine = [a for a in webhook.received if a["conversation_id"] == sender]
        if len(mine) >= count:
            return mine
        time.sleep(0.2)
    return [a for a in webhook.received if a["conversation_id"] == sender]


def sent_at(bot: Assistant, sender: str, timeout: float = 10.0):
    """The delivery time of the sender's escalation. The sender writes it only after the webhook
    has answered, so it can lag a moment behind the alert the fake webhook has already seen."""
    deadline = time.monotonic() + timeout
    while True:
        stamp = store(bot).escalations_for(sender)[0]["sent_at"]
        if stamp is not None or time.monotonic() >= deadline:
            return stamp
        time.sleep(0.2)


def test_an_emergency_is_recorded_and_alerted(bot: Assistant, webhook: FakeWebhook):
    sender = f"esc-{uuid.uuid4().hex[:8]}"
    reply = said(bot.send(sender, EMERGENCY))
    assert "call your local emergency number now" in reply.lower()
    [record] = store(bot).escalations_for(sender)
    assert record["channel"] == "rest" and record["level"] == "emergency"
    assert "stroke_signs" in record["red_flags"] and record["user_text"] == EMERGENCY
    [alert] = alerts_for(webhook, sender)
    assert alert["level"] == "emergency" and "stroke_signs" in alert["text"]


def test_a_failing_webhook_delays_nothing_and_is_retried(bot: Assistant, webhook: FakeWebhook):
    webhook.failures = 3
    attempts_before = webhook.attempts
    sender = f"retry-{uuid.uuid4().hex[:8]}"
    reply = said(bot.send(sender, EMERGENCY))
    assert "call your local emergency number now" in reply.lower()
    assert store(bot).escalations_for(sender), "the record is written before the reply"
    [alert] = alerts_for(webhook, sender, timeout=60)
    assert webhook.attempts - attempts_before >= 4  # three 500s, then delivered
    assert sent_at(bot, sender) is not None


def test_asking_for_a_person_pauses_the_bot_until_a_human_resumes(bot: Assistant,
                                                                   webhook: FakeWebhook):
    sender = f"human-{uuid.uuid4().hex[:8]}"
    bot.send(sender, "my left eyelid keeps twitching")
    reply = said(bot.send(sender, "can I talk to a real person?"))
    assert "reply to you here" in reply and "emergency" in reply
    [alert] = alerts_for(webhook, sender)
    assert alert["kind"] == "human_request"
    # paused: the message is kept for the human, the bot stays quiet
    assert bot.send(sender, "hello? anyone there?") == []
    events = bot.tracker(sender)["events"]
    assert events[-1]["event"] == "user" and events[-1]["text"] == "hello? anyone there?"
    assert any(e["event"] == "pause" for e in events)
    # an emergency while paused still gets the advice at once, and the care team an alert
    emergency = said(bot.send(sender, EMERGENCY))
    assert "call your local emergency number now" in emergency.lower()
    assert [a["level"] for a in alerts_for(webhook, sender, count=2)] == [None, "emergency"]
    assert bot.send(sender, "still waiting") == []  # and it stays paused for the human
    # a person resumes the conversation through the HTTP API (README: "Talking to a person")
    r = requests.post(f"{bot.url}/conversations/{sender}/tracker/events", timeout=30,
                      json=[{"event": "resume"}, {"event": "action", "name": "action_listen"}])
    assert r.status_code == 200
    assert "Sources:" in said(bot.send(sender, "why does my eye twitch?"))


def test_delete_my_data_removes_the_conversation(bot: Assistant, webhook: FakeWebhook):
    sender = f"forget-{uuid.uuid4().hex[:8]}"
    bot.send(sender, EMERGENCY)
    alerts_for(webhook, sender)
    bot.send(sender, f"my eyelid twitches since the {SECRET_WORDS} party")
    assert "delete" in said(bot.send(sender, "please delete my data")).lower()
    assert "deleted" in said(bot.send(sender, "yes")).lower()
    deadline = time.monotonic() + 40
    while time.monotonic() < deadline:
        users = [e for e in bot.tracker(sender)["events"] if e["event"] == "user"]
        record = store(bot).escalations_for(sender)[0]
        if not users and record["user_text"] is None:
            break
        time.sleep(1)
    assert users == [], f"still stored: {[e.get('text') for e in users]}"
    assert record["user_text"] is None and "stroke_signs" in record["red_flags"]
    assert record["sent_at"] is not None  # what the alert needed stays
    # the second pass (after a re-save) must not bring anything back
    time.sleep(16)
    assert not [e for e in bot.tracker(sender)["events"] if e["event"] == "user"]
    # a new message starts fresh
    bot.send(sender, "hi")
    users = [e["text"] for e in bot.tracker(sender)["events"] if e["event"] == "user"]
    assert users == ["hi"]


def test_saying_no_keeps_the_data(bot: Assistant):
    sender = f"keep-{uuid.uuid4().hex[:8]}"
    bot.send(sender, "my calf twitches")
    bot.send(sender, "delete my data")
    assert "haven't deleted" in said(bot.send(sender, "no"))
    users = [e["text"] for e in bot.tracker(sender)["events"] if e["event"] == "user"]
    assert "my calf twitches" in users


def test_logs_carry_no_message_text(bot: Assistant):
    sender = f"logs-{uuid.uuid4().hex[:8]}"
    bot.send(sender, f"my eye twitches after the {SECRET_WORDS} concert")
    bot.send(sender, f"{SECRET_WORDS} and I can't breathe")  # an escalation, logged too
    for log in (bot.rasa.log, bot.actions.log):
        text = log.read_text(errors="replace")
        assert text, f"{log} is empty"
        assert SECRET_WORDS not in text, f"message text in {log.name}"
