"""Slack end to end, offline: signed Events API and interactivity payloads posted to
/webhooks/slack/webhook as Slack would, replies captured by a fake Web API on localhost
(slack_sdk's AsyncWebClient with base_url)."""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from collections.abc import Iterator
from itertools import count
from pathlib import Path
from urllib.parse import urlencode

import pytest
import requests

from .fake_apis import FakeApi, fake_slack
from .servers import Assistant, free_port, running_with_channel_env

pytestmark = pytest.mark.e2e

SIGNING_SECRET = "test-signing-secret-not-real"
BOT_USER = "UBOT"
_ids = count(1)


def sign(body: bytes, timestamp: int, secret: str = SIGNING_SECRET) -> str:
    base = f"v0:{timestamp}:".encode() + body
    return "v0=" + hmac.new(secret.encode(), base, hashlib.sha256).hexdigest()


class SlackRun:
    def __init__(self, assistant: Assistant, api: FakeApi):
        self.assistant, self.api = assistant, api
        self.webhook = f"{assistant.url}/webhooks/slack/webhook"

    def post(self, body: bytes, content_type: str, timestamp: int | None = None,
             secret: str = SIGNING_SECRET, **headers: str) -> requests.Response:
        ts = int(time.time()) if timestamp is None else timestamp
        all_headers = {"Content-Type": content_type, "X-Slack-Request-Timestamp": str(ts),
                       "X-Slack-Signature": sign(body, ts, secret), **headers}
        return requests.post(self.webhook, data=body, headers=all_headers, timeout=30)

    def event(self, event: dict, event_id: str | None = None, **kw) -> requests.Response:
        payload = {"token": "x", "team_id": "T1", "api_app_id": "A1", "type": "event_callback",
                   "event_id": event_id or f"Ev{next(_ids):06d}", "event_time": int(time.time()),
                   "event": event, "authorizations": [{"user_id": BOT_USER, "is_bot": True}]}
        return self.post(json.dumps(payload).encode(), "application/json", **kw)

    def dm(self, user: str, text: str, **kw) -> requests.Response:
        return self.event({"type": "message", "channel_type": "im", "channel": f"D{user}",
                           "user": user, "text": text, "ts": f"{time.time():.6f}"}, **kw)

    def say(self, user: str, text: str) -> list[str]:
        """A DM, then the assistant's whole answer (it replies in the background)."""
        before = len(self.replies(f"D{user}"))
        assert self.dm(user, text).status_code == 200
        self.api.wait_for("chat.postMessage", count=before + 1, channel=f"D{user}")
        self.api.settle()
        return self.texts(f"D{user}")[before:]

    def replies(self, channel: str) -> list:
        return self.api.calls_to("chat.postMessage", channel=channel)

    def texts(self, channel: str) -> list[str]:
        return [c.params.get("text", "") for c in self.replies(channel)]


@pytest.fixture(scope="module")
def slack(trained_model: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[SlackRun]:
    workdir = tmp_path_factory.mktemp("slack")
    api = fake_slack(free_port()).start()
    env = {"SLACK_TOKEN": "xoxb-fake", "SLACK_SIGNING_SECRET": SIGNING_SECRET,
           "SLACK_CHANNEL": "CBOT", "SLACK_API_URL": api.url + "/api/"}
    with running_with_channel_env(trained_model, workdir, env) as running:
        assert "xoxb" not in (workdir / "credentials.yml").read_text()  # placeholders only
        try:
            yield SlackRun(running, api)
        finally:
            api.stop()


def test_direct_message_red_flag_gets_the_emergency_advice(slack: SlackRun):
    r = slack.dm("U1", "my face is drooping on one side and I can't speak")
    assert r.status_code == 200
    slack.api.wait_for("chat.postMessage", channel="DU1")
    slack.api.settle()
    texts = slack.texts("DU1")
    assert any(t.startswith("🚨") and "emergency number" in t for t in texts), texts
    call = slack.replies("DU1")[0]
    assert call.headers.get("Authorization") == "Bearer xoxb-fake"
    assert "as_user" not in call.params


def test_app_mention_in_a_channel_is_answered_there_without_the_mention(slack: SlackRun):
    r = slack.event({"type": "app_mention", "channel": "CGENERAL", "user": "U2",
                     "text": f"<@{BOT_USER}> why does my eye twitch?", "ts": "1.000001"})
    assert r.status_code == 200
    slack.api.wait_for("chat.postMessage", channel="CGENERAL")
    slack.api.settle()
    assert slack.assistant.tracker("U2")["latest_message"]["text"] == "why does my eye twitch?"
    sources = [t for t in slack.texts("CGENERAL") if t.startswith("Sources:")]
    assert sources and "<https://" in sources[0] and "](" not in sources[0], sources


def test_closed_questions_are_slack_buttons_and_clicks_reach_the_assistant(slack: SlackRun):
    for text in ["my left eyelid keeps twitching", "3 days"]:
        slack.say("U3", text)
    with_blocks = [c for c in slack.replies("DU3") if c.params.get("blocks")]
    assert with_blocks, slack.texts("DU3")
    blocks = with_blocks[-1].params["blocks"]
    blocks = json.loads(blocks) if isinstance(blocks, str) else blocks
    buttons = [e for b in blocks if b["type"] == "actions" for e in b["elements"]]
    assert [b["type"] for b in buttons] == ["button"] * len(buttons) and len(buttons) >= 2
    assert "many times a day" in [b["value"] for b in buttons]

    before = len(slack.replies("DU3"))
    click = {"type": "block_actions", "user": {"id": "U3"}, "channel": {"id": "DU3"},
             "message": {"ts": "2.000001"}, "trigger_id": "t1",
             "actions": [{"type": "button", "value": "many times a day", "action_id": "a1",
                          "block_id": "b1", "text": {"type": "plain_text",
                                                     "text": "Many times a day"}}]}
    body = urlencode({"payload": json.dumps(click)}).encode()
    assert slack.post(body, "application/x-www-form-urlencoded").status_code == 200
    slack.api.wait_for("chat.postMessage", count=before + 1, channel="DU3")
    slack.api.settle()
    assert slack.assistant.tracker("U3")["slots"]["frequency"]
    # the next closed question (triggers) has buttons too, and their payload is understood
    blocks = [c.params["blocks"] for c in slack.replies("DU3")[before:] if c.params.get("blocks")]
    assert blocks and "not enough sleep" in str(blocks[-1]), slack.texts("DU3")[before:]
    before = len(slack.replies("DU3"))
    click["actions"][0]["value"] = "not enough sleep"
    body = urlencode({"payload": json.dumps(click)}).encode()
    assert slack.post(body, "application/x-www-form-urlencoded").status_code == 200
    slack.api.wait_for("chat.postMessage", count=before + 1, channel="DU3")
    slack.api.settle()
    assert slack.assistant.tracker("U3")["slots"]["triggers"], slack.texts("DU3")[before:]


def test_bad_or_stale_signatures_are_refused(slack: SlackRun):
    body = json.dumps({"type": "event_callback", "event_id": "EvBAD", "event": {
        "type": "message", "channel_type": "im", "channel": "DU4", "user": "U4",
        "text": "hello"}}).encode()
    assert slack.post(body, "application/json", secret="wrong").status_code == 401
    stale = int(time.time()) - 10 * 60  # correctly signed, but ten minutes old: a replay
    assert slack.post(body, "application/json", timestamp=stale).status_code == 401
    r = requests.post(slack.webhook, data=body, headers={"Content-Type": "application/json"},
                      timeout=10)
    assert r.status_code == 401
    time.sleep(2)
    assert slack.replies("DU4") == []


def test_retries_do_not_produce_duplicate_replies(slack: SlackRun):
    assert slack.dm("U5", "why does my eye twitch?", event_id="EvRETRY1").status_code == 200
    slack.api.wait_for("chat.postMessage", channel="DU5")
    slack.api.settle(quiet=3)
    first = slack.texts("DU5")
    for n, reason in [(1, "http_error"), (2, "http_timeout"), (3, "unknown")]:
        r = slack.dm("U5", "why does my eye twitch?", event_id="EvRETRY1",
                     **{"X-Slack-Retry-Num": str(n), "X-Slack-Retry-Reason": reason})
        assert r.status_code == 200
    slack.api.settle(quiet=3)
    assert slack.texts("DU5") == first
    # A retry of an event whose first delivery never arrived is still answered.
    slack.dm("U6", "hello", event_id="EvLOST1",
             **{"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"})
    slack.api.wait_for("chat.postMessage", channel="DU6")


def test_url_verification_bad_json_and_non_user_events(slack: SlackRun):
    body = json.dumps({"type": "url_verification", "challenge": "abc123"}).encode()
    r = slack.post(body, "application/json")
    assert r.status_code == 200 and "abc123" in r.text
    assert slack.post(b"{not json", "application/json").status_code == 400
    # the bot's own posts and edits are not user messages
    slack.event({"type": "message", "channel_type": "im", "channel": "DU7", "user": "U7",
                 "text": "hi", "bot_id": "B1"})
    slack.event({"type": "message", "subtype": "message_changed", "channel_type": "im",
                 "channel": "DU7", "user": "U7", "text": "hi"})
    # HTML and script in a message are just text
    slack.dm("U8", "<script>alert(1)</script> my <b>eye</b> twitches")
    slack.api.wait_for("chat.postMessage", channel="DU8")
    slack.api.settle()
    assert slack.replies("DU7") == []
    assert "Traceback" not in slack.assistant.rasa.log_tail(2000)
