"""The HTTP API guard: token rules and body shapes (server/api_guard.py)."""

from __future__ import annotations

from types import SimpleNamespace

from server.api_guard import check_body, check_token
from server.channels.rest import BadRequest, clean_text, parse_body


def request(ip="127.0.0.1", headers=None, token=None):
    return SimpleNamespace(ip=ip, headers=headers or {}, args={"token": token} if token else {})


def test_without_a_token_only_plain_localhost_is_served():
    assert check_token(request(), None) is None
    assert check_token(request(ip="::1"), None) is None
    assert check_token(request(ip="10.0.0.5"), None).status == 403
    assert check_token(request(headers={"x-forwarded-for": "1.2.3.4"}), None).status == 403


def test_with_a_token_everyone_must_present_it():
    assert check_token(request(ip="10.0.0.5", token="s3cret"), "s3cret") is None
    assert check_token(request(token="wrong"), "s3cret").status == 401
    assert check_token(request(), "s3cret").status == 401


def test_body_shapes():
    assert check_body("/model/parse", "POST", b'{"text": "hi"}', "application/json") is None
    assert check_body("/model/parse", "POST", b"[]", "application/json").status == 400
    assert check_body("/model/parse", "POST", b"", "application/json").status == 400
    assert check_body("/conversations/a/tracker/events", "POST", b'[{"event": "pause"}]',
                      "application/json") is None
    assert check_body("/conversations/a/tracker/events", "POST", b"[1]", "").status == 400
    assert check_body("/model/test/intents", "POST", b"nlu: []", "application/x-yaml") is None
    assert check_body("/status", "GET", b"", "") is None


def test_parse_body_cleans_and_limits():
    body = parse_body(b'{"sender": 7, "message": " hi\\u0000 there\\ud800 "}')
    assert body["sender"] == "7" and body["message"] == "hi there"
    assert clean_text("a\tb\nc\x1b") == "a\tb\nc"
    for bad in (b"", b"[]", b"{", b'{"sender": "a", "message": 1}'):
        try:
            parse_body(bad)
        except BadRequest as e:
            assert e.status == 400
        else:
            raise AssertionError(f"accepted {bad!r}")
