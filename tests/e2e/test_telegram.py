"""Telegram end to end, offline: updates posted to /webhooks/telegram/webhook as Telegram would,
replies captured by a fake Bot API on localhost (aiogram's TelegramAPIServer.from_base).

The fake API is down while Rasa starts: Rasa must still start, say why, and set the webhook once
the API answers."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from itertools import count
from pathlib import Path

import pytest
import requests

from .fake_apis import BOT_USER, FakeApi, fake_telegram
from .servers import Assistant, free_port, running_with_channel_env

pytestmark = pytest.mark.e2e

SECRET = "test-secret-token"
WEBHOOK_URL = "https://example.invalid/webhooks/telegram/webhook"
_update_ids = count(1000)


class TelegramRun:
    def __init__(self, assistant: Assistant, api: FakeApi):
        self.assistant, self.api = assistant, api
        self.webhook = f"{assistant.url}/webhooks/telegram/webhook"

    def post(self, update: dict, secret: str | None = SECRET) -> requests.Response:
        headers = {"X-Telegram-Bot-Api-Secret-Token": secret} if secret is not None else {}
        return requests.post(self.webhook, json=update, headers=headers, timeout=30)

    def say(self, chat_id: int, text: str, secret: str | None = SECRET) -> requests.Response:
        return self.post(message_update(chat_id, text), secret)

    def replies(self, chat_id: int) -> list[str]:
        return [c.params["text"] for c in self.api.calls_to("sendMessage", chat_id=chat_id)]


def message_update(chat_id: int, text: str, key: str = "message") -> dict:
    return {
        "update_id": next(_update_ids),
        key: {
            "message_id": next(_update_ids),
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": "private", "first_name": "Test"},
            "from": {"id": chat_id, "is_bot": False, "first_name": "Test"},
            "text": text,
        },
    }


@pytest.fixture(scope="module")
def telegram(trained_model: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[TelegramRun]:
    workdir = tmp_path_factory.mktemp("telegram")
    api = fake_telegram(free_port())  # not started yet: Telegram is unreachable at start-up
    env = {
        "TELEGRAM_TOKEN": "123456:TEST-token-not-a-secret",
        "TELEGRAM_BOT_USERNAME": BOT_USER["username"],
        "TELEGRAM_WEBHOOK_URL": WEBHOOK_URL,
        "TELEGRAM_SECRET_TOKEN": SECRET,
        "TELEGRAM_API_URL": api.url,
    }
    with running_with_channel_env(trained_model, workdir, env) as running:
        try:
            yield TelegramRun(running, api)
        finally:
            api.stop()


def test_starts_while_telegram_is_unreachable_then_sets_the_webhook(telegram: TelegramRun):
    # Rasa is up (the fixture waited for /status) although the Bot API did not answer.
    deadline = time.monotonic() + 30
    while "could not set the webhook" not in telegram.assistant.rasa.log_tail(400):
        assert time.monotonic() < deadline, telegram.assistant.rasa.log_tail()
        time.sleep(0.5)
    telegram.api.start()
    call = telegram.api.wait_for("setWebhook", timeout=60)[0]
    assert call.params["url"] == WEBHOOK_URL
    assert call.params["secret_token"] == SECRET
    assert "callback_query" in call.params["allowed_updates"]
    telegram.api.wait_for("getMe")
    assert telegram.assistant.rasa.proc.poll() is None


def test_red_flag_gets_the_emergency_advice(telegram: TelegramRun):
    telegram.api.wait_for("setWebhook", timeout=60)
    chat = 7001
    assert telegram.say(chat, "my face is drooping on one side and I can't speak").status_code == 200
    telegram.api.wait_for("sendMessage", chat_id=chat)
    telegram.api.settle()
    replies = telegram.replies(chat)
    assert any(r.startswith("🚨") and "emergency number" in r for r in replies), replies
    # Several webhook calls in a row, long after start-up: the event loop is still usable.
    assert telegram.say(chat, "thanks").status_code == 200
    telegram.api.wait_for("sendMessage", count=len(replies) + 1, chat_id=chat)


def test_closed_questions_come_with_buttons_and_clicks_reach_the_assistant(telegram: TelegramRun):
    telegram.api.wait_for("setWebhook", timeout=60)
    chat = 7002
    for text in ["my left eyelid keeps twitching", "3 days"]:
        telegram.say(chat, text)
        telegram.api.settle()
    asked = [c for c in telegram.api.calls_to("sendMessage", chat_id=chat)
             if "reply_markup" in c.params]
    assert asked, telegram.replies(chat)
    keyboard = json.loads(asked[-1].params["reply_markup"])["inline_keyboard"]
    data = [row[0]["callback_data"] for row in keyboard]
    assert "many times a day" in data and all(len(row) == 1 for row in keyboard)

    before = len(telegram.replies(chat))
    click = {
        "update_id": next(_update_ids),
        "callback_query": {
            "id": "cbq-1",
            "from": {"id": chat, "is_bot": False, "first_name": "Test"},
            "chat_instance": "ci",
            "data": "many times a day",
            "message": {"message_id": 99, "date": int(time.time()),
                        "chat": {"id": chat, "type": "private"}, "text": "How often?"},
        },
    }
    assert telegram.post(click).status_code == 200
    telegram.api.wait_for("answerCallbackQuery", callback_query_id="cbq-1")
    telegram.api.wait_for("sendMessage", count=before + 1, chat_id=chat)
    slots = telegram.assistant.tracker(str(chat))["slots"]
    assert slots["frequency"], slots


def test_wrong_or_missing_secret_token_is_refused(telegram: TelegramRun):
    chat = 7003
    assert telegram.say(chat, "hello", secret="wrong").status_code == 403
    assert telegram.say(chat, "hello", secret=None).status_code == 403
    time.sleep(2)
    assert telegram.replies(chat) == []


def test_updates_that_are_not_text_messages(telegram: TelegramRun):
    telegram.api.wait_for("setWebhook", timeout=60)
    chat = 7004
    member = {"update_id": next(_update_ids), "my_chat_member": {
        "chat": {"id": chat, "type": "private"}, "from": {"id": chat, "is_bot": False,
                                                          "first_name": "T"},
        "date": int(time.time()),
        "old_chat_member": {"user": BOT_USER, "status": "member"},
        "new_chat_member": {"user": BOT_USER, "status": "kicked"}}}
    assert telegram.post(member).status_code == 200
    photo = message_update(chat, "")
    del photo["message"]["text"]
    photo["message"]["photo"] = [{"file_id": "f", "file_unique_id": "u", "width": 1, "height": 1}]
    assert telegram.post(photo).status_code == 200
    telegram.api.wait_for("sendMessage", chat_id=chat)
    assert telegram.replies(chat) == ["Sorry, I can only read text. Please type your message."]

    edited = message_update(chat, "I can't breathe and my throat is closing", key="edited_message")
    assert telegram.post(edited).status_code == 200  # an edit is screened like a new message
    telegram.api.wait_for("sendMessage", count=2, chat_id=chat)
    telegram.api.settle()
    assert any(r.startswith("🚨") for r in telegram.replies(chat)), telegram.replies(chat)
    assert "Traceback" not in telegram.assistant.rasa.log_tail(2000)


def test_a_resent_update_is_answered_once(telegram: TelegramRun):
    telegram.api.wait_for("setWebhook", timeout=60)
    chat = 7005
    update = message_update(chat, "why does my eye twitch?")
    assert telegram.post(update).status_code == 200
    telegram.api.settle()
    first = telegram.replies(chat)
    sources = [t for t in first if t.startswith("Sources:")]
    assert sources and "(https://" in sources[0] and "](" not in sources[0], first
    assert telegram.post(update).status_code == 200
    telegram.api.settle(quiet=3)
    assert telegram.replies(chat) == first


def test_bad_bodies_get_a_clear_400(telegram: TelegramRun):
    headers = {"X-Telegram-Bot-Api-Secret-Token": SECRET, "Content-Type": "application/json"}
    for body in ["{not json", "[1, 2]", '"text"']:
        r = requests.post(telegram.webhook, data=body, headers=headers, timeout=10)
        assert r.status_code == 400, (body, r.status_code, r.text)
    # commands: /start greets instead of being read as an unknown Rasa intent
    chat = 7006
    telegram.say(chat, "/start")
    telegram.api.wait_for("sendMessage", chat_id=chat)
    telegram.api.settle()
    assert telegram.assistant.tracker(str(chat))["latest_message"]["text"] == "hi"
