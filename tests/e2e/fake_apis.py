"""Fake Slack Web API and Telegram Bot API on localhost: they record every call the assistant
makes and answer like the real services, so the channels run end to end without internet."""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable, Dict, List, Optional
from urllib.parse import parse_qs

HOST = "127.0.0.1"


@dataclass
class Call:
    method: str  # API method: chat.postMessage, sendMessage...
    params: Dict[str, Any]
    headers: Dict[str, str]
    at: float = field(default_factory=time.monotonic)


def _params(content_type: str, body: bytes) -> Dict[str, Any]:
    if not body:
        return {}
    if content_type.startswith("application/json"):
        return json.loads(body)
    if content_type.startswith("application/x-www-form-urlencoded"):
        return {k: v[0] for k, v in parse_qs(body.decode()).items()}
    if content_type.startswith("multipart/form-data"):
        from email.parser import BytesParser

        msg = BytesParser().parsebytes(
            f"Content-Type: {content_type}\r\n\r\n".encode() + body
        )
        return {
            part.get_param("name", header="content-disposition"): part.get_payload(decode=True)
            .decode()
            for part in msg.get_payload()
        }
    return {"_raw": body.decode(errors="replace")}


class FakeApi:
    """A threaded HTTP server; `answer(method, params)` gives the JSON result of a call."""

    def __init__(self, port: int, answer: Callable[[str, Dict[str, Any]], Dict[str, Any]],
                 method_of: Callable[[str], str]):
        self.port, self.calls = port, []  # type: int, List[Call]
        self._answer, self._method_of = answer, method_of
        self._lock = threading.Lock()
        self._server: Optional[ThreadingHTTPServer] = None

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.port}"

    def start(self) -> "FakeApi":
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 (http.server's name)
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                method = fake._method_of(self.path)
                params = _params(self.headers.get("Content-Type", ""), body)
                with fake._lock:
                    fake.calls.append(Call(method, params, dict(self.headers)))
                data = json.dumps(fake._answer(method, params)).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST  # noqa: N815

            def log_message(self, *args: Any) -> None:
                pass

        self._server = ThreadingHTTPServer((HOST, self.port), Handler)
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()

    def calls_to(self, method: str, **match: Any) -> List[Call]:
        with self._lock:
            return [c for c in self.calls if c.method == method
                    and all(str(c.params.get(k)) == str(v) for k, v in match.items())]

    def wait_for(self, method: str, count: int = 1, timeout: float = 30.0,
                 **match: Any) -> List[Call]:
        """The calls once at least `count` matched; fails after `timeout` seconds."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = self.calls_to(method, **match)
            if len(found) >= count:
                return found
            time.sleep(0.2)
        raise AssertionError(
            f"expected {count} {method} call(s) matching {match} within {timeout:.0f} s; "
            f"got: {[(c.method, c.params) for c in self.calls]}"
        )

    def settle(self, quiet: float = 2.0, timeout: float = 30.0) -> None:
        """Wait until no call arrived for `quiet` seconds (the assistant finished replying)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self._lock:
                last = self.calls[-1].at if self.calls else 0.0
            if time.monotonic() - last >= quiet:
                return
            time.sleep(0.2)


def fake_slack(port: int) -> FakeApi:
    """Slack Web API: slack_sdk posts to {base_url}{method}."""
    counter = iter(range(1, 10**9))

    def answer(method: str, params: Dict[str, Any]) -> Dict[str, Any]:
        if method == "chat.postMessage":
            return {"ok": True, "channel": params.get("channel"),
                    "ts": f"1700000000.{next(counter):06d}", "message": {"text": params.get("text")}}
        return {"ok": True}

    return FakeApi(port, answer, lambda path: path.rstrip("/").rsplit("/", 1)[-1])


BOT_USER = {"id": 4242, "is_bot": True, "first_name": "Twitch", "username": "twitch_test_bot"}


def fake_telegram(port: int) -> FakeApi:
    """Telegram Bot API: aiogram posts to {base}/bot{token}/{method}."""
    counter = iter(range(1, 10**9))

    def answer(method: str, params: Dict[str, Any]) -> Dict[str, Any]:
        if method == "getMe":
            return {"ok": True, "result": BOT_USER}
        if method == "sendMessage":
            return {"ok": True, "result": {
                "message_id": next(counter), "date": int(time.time()),
                "chat": {"id": int(params.get("chat_id", 0)), "type": "private"},
                "from": BOT_USER, "text": params.get("text", "")}}
        return {"ok": True, "result": True}

    return FakeApi(port, answer, lambda path: path.rstrip("/").rsplit("/", 1)[-1])
