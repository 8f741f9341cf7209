"""Bad input on the REST webhook and the HTTP API gets a clear 4xx, never a 5xx, and the
server keeps answering (server/channels/rest.py, server/api_guard.py)."""

from __future__ import annotations

import json
import uuid

import pytest
import requests
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .servers import Assistant
from .vignettes import reply_text

pytestmark = pytest.mark.e2e
WEBHOOK = "/webhooks/rest/webhook"

BAD_BODIES = {
    "empty body": b"",
    "whitespace": b"  \n",
    "JSON list": b'[{"sender": "a", "message": "hi"}]',
    "JSON null": b"null",
    "JSON string": b'"hello"',
    "malformed JSON": b'{"sender": "a", "message": ',
    "not UTF-8": b'{"sender": "a", "message": "\xff\xfe"}',
    "missing message": b'{"sender": "a"}',
    "missing sender": b'{"message": "hi"}',
    "message is a number": b'{"sender": "a", "message": 42}',
    "message is an object": b'{"sender": "a", "message": {"text": "hi"}}',
    "sender is a list": b'{"sender": ["a"], "message": "hi"}',
    "sender is true": b'{"sender": true, "message": "hi"}',
    "metadata is a string": b'{"sender": "a", "message": "hi", "metadata": "x"}',
    "only control characters": b'{"sender": "a", "message": "\\u0000\\u0007"}',
    "sender too long": json.dumps({"sender": "s" * 300, "message": "hi"}).encode(),
}


def post(assistant: Assistant, path: str, body: bytes, **headers: str) -> requests.Response:
    return requests.post(assistant.url + path, data=body, timeout=120,
                         headers={"Content-Type": "application/json", **headers})


def still_answers(assistant: Assistant) -> None:
    replies = assistant.send(f"alive-{uuid.uuid4().hex[:8]}", "why does my eye twitch?")
    assert any("Sources:" in reply_text(r) for r in replies), replies


@pytest.mark.parametrize("body", BAD_BODIES.values(), ids=BAD_BODIES.keys())
def test_bad_webhook_bodies_get_a_clear_400(assistant: Assistant, body: bytes):
    r = post(assistant, WEBHOOK, body)
    assert r.status_code == 400, r.text
    assert r.json()["error"] and r.json()["message"]


def test_a_100_kb_message_is_refused_with_413_and_the_server_keeps_answering(assistant):
    r = post(assistant, WEBHOOK, json.dumps({"sender": "big", "message": "twitch " * 15_000})
             .encode())
    assert r.status_code == 413 and "limit" in r.json()["message"]
    still_answers(assistant)


MESSAGES = {
    "control characters": "my eye\x00 twitches\x07 a lot\x1b[31m",
    "emoji": "my eye 👁️ keeps twitching 😩😩",
    "chinese": "我的眼皮一直在跳",
    "arabic": "جفني يرتعش منذ يومين",
    "russian": "у меня дергается глаз",
    "html and script": "<script>alert('x')</script><b>my eyelid twitches</b>",
    "right-to-left override": "eye \u202etwitch\u202c",
}


@pytest.mark.parametrize("text", MESSAGES.values(), ids=MESSAGES.keys())
def test_any_text_gets_an_answer_and_is_stored_cleaned(assistant: Assistant, text: str):
    sender = f"text-{uuid.uuid4().hex[:8]}"
    r = post(assistant, WEBHOOK, json.dumps({"sender": sender, "message": text}).encode())
    assert r.status_code == 200, r.text
    replies = r.json()
    assert replies and all(m["recipient_id"] == sender for m in replies)
    said = "\n".join(reply_text(m) for m in replies)
    assert "<script>" not in said  # the reply never echoes markup back
    stored = [e["text"] for e in assistant.tracker(sender)["events"] if e["event"] == "user"]
    assert len(stored) == 1
    assert not any(ord(c) < 32 and c not in "\n\t" for c in stored[0])


API_BODIES = {
    "empty": b"", "list": b"[1, 2]", "null": b"null", "string": b'"x"', "malformed": b"{bad",
    "object without fields": b"{}", "wrong types": b'{"text": 5, "name": 5, "sender": 1}',
}
API_ROUTES = ["/model/parse", "/conversations/bad-api/messages",
              "/conversations/bad-api/trigger_intent", "/conversations/bad-api/tracker/events",
              "/conversations/bad-api/execute", "/model/test/intents"]


@pytest.mark.parametrize("route", API_ROUTES)
def test_http_api_bad_bodies_never_5xx(assistant: Assistant, route: str):
    for name, body in API_BODIES.items():
        r = post(assistant, route, body)
        assert r.status_code < 500, f"{route} with {name} body: {r.status_code} {r.text[:200]}"
    ok = requests.post(assistant.url + "/model/parse", json={"text": "my eye twitches"},
                       timeout=60)
    assert ok.status_code == 200 and ok.json()["intent"]["name"]


def test_http_api_needs_a_token_when_not_called_from_localhost(assistant: Assistant):
    # Behind a proxy (a forwarded header) the caller is not local: no token, no API.
    r = requests.get(assistant.url + "/conversations/x/tracker", timeout=30,
                     headers={"X-Forwarded-For": "203.0.113.9"})
    assert r.status_code == 403 and r.json()["error"] == "api_token_required"
    # The channels stay open (they are not the HTTP API).
    r = post(assistant, WEBHOOK, b'{"sender": "proxied", "message": "hi"}',
             **{"X-Forwarded-For": "203.0.113.9"})
    assert r.status_code == 200


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                                 max_size=4),
    max_leaves=12,
)
payloads = st.one_of(
    st.binary(max_size=300),
    json_values.map(lambda v: json.dumps(v).encode()),
    st.fixed_dictionaries(
        {"sender": st.one_of(st.text(max_size=40), st.integers(), st.none()),
         "message": st.one_of(st.text(max_size=300), st.integers(), st.none(), json_values)},
        optional={"metadata": json_values, "input_channel": json_values},
    ).map(lambda v: json.dumps(v).encode()),
)


@settings(max_examples=60, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(body=payloads)
def test_random_payloads_never_5xx(assistant: Assistant, body: bytes):
    r = post(assistant, WEBHOOK, body)
    assert r.status_code in (200, 400, 413), f"{r.status_code} for {body[:200]!r}: {r.text[:200]}"
    if r.status_code == 200:
        assert isinstance(r.json(), list)
    else:
        assert r.json()["error"]


def test_still_answers_after_all_that(assistant: Assistant):
    still_answers(assistant)
