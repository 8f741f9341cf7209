"""A request guard in front of Rasa's HTTP API (`--enable-api`).

Installed by the hardened REST channel (server/channels/rest.py) when Sanic starts, so it runs
in every `rasa run` that uses our credentials.yml. It does two things Rasa 3.6 does not:
- bad bodies on the API routes get a 400 with a clear JSON error instead of Rasa's 500
  (measured: an empty body, a JSON list or null on /model/parse, /conversations/<id>/messages,
  /conversations/<id>/trigger_intent);
- a message arriving on a channel webhook while the tracker store's database is unreachable
  gets a clear 503 (Retry-After) instead of Rasa's silent fallback to an empty in-memory
  tracker (FailSafeTrackerStore: the person would be greeted as a stranger and what they say
  then would be lost when the database returns); Slack and Telegram retry on a 5xx;
- outside local development the API needs a token: with RASA_AUTH_TOKEN set, every API call
  must carry `?token=<it>` (Rasa's own convention); without it, only plain loopback requests
  (no proxy header) are served.
"""

from __future__ import annotations

import asyncio
import hmac
import ipaddress
import json
import logging
import os
import re
from typing import Any, Optional

from sanic import response
from sanic.request import Request
from sanic.response import HTTPResponse

logger = logging.getLogger(__name__)

# Open without a token: Rasa's liveness page and the channels (they authenticate themselves).
PUBLIC = re.compile(r"^/($|version$|webhooks/|socket\.io)")
# JSON shape each API route needs: a required field and its type, or None for "an event
# object or a list of them".
SHAPES = [
    (re.compile(r"^/model/parse$"), ("text", str)),
    (re.compile(r"^/conversations/[^/]+/messages$"), ("text", str)),
    (re.compile(r"^/conversations/[^/]+/trigger_intent$"), ("name", str)),
    (re.compile(r"^/conversations/[^/]+/execute$"), ("name", str)),
    (re.compile(r"^/model/test/intents$"), ("rasa_nlu_data", dict)),  # JSON; YAML passes
    (re.compile(r"^/conversations/[^/]+/tracker/events$"), None),
]
PROXY_HEADERS = ("x-forwarded-for", "forwarded", "x-real-ip")


def _error(status: int, error: str, message: str) -> HTTPResponse:
    return response.json({"error": error, "message": message}, status=status)


def _is_local(request: Request) -> bool:
    if any(h in request.headers for h in PROXY_HEADERS):
        return False  # behind a proxy the peer address says nothing about the client
    try:
        return ipaddress.ip_address(request.ip).is_loopback
    except ValueError:
        return False


def check_token(request: Request, token: Optional[str]) -> Optional[HTTPResponse]:
    if token:
        given = request.args.get("token") or ""
        if not hmac.compare_digest(given.encode(), token.encode()):
            return _error(401, "unauthorized", "This API needs ?token=<RASA_AUTH_TOKEN>.")
        return None
    if not _is_local(request):
        return _error(403, "api_token_required",
                      "The HTTP API is only open to localhost without a token; set "
                      "RASA_AUTH_TOKEN (and pass it as ?token=) to use it from elsewhere.")
    return None


def check_body(path: str, method: str, body: bytes, content_type: str) -> Optional[HTTPResponse]:
    if method not in ("POST", "PUT") or "yaml" in content_type or "x-tar" in content_type:
        return None
    required = next(((field,) for pattern, field in SHAPES if pattern.match(path)), ())
    if not required and not body.strip():
        return None  # routes we do not know may take an empty body (e.g. /model/train params)
    try:
        data: Any = json.loads(body) if body.strip() else None
    except (ValueError, UnicodeDecodeError):
        return _error(400, "invalid_json", "The body is not valid JSON.")
    if not required:
        if data is not None and not isinstance(data, (dict, list)):
            return _error(400, "invalid_body", "The body must be a JSON object.")
        return None
    shape = required[0]
    if shape is None:  # tracker events: one event object or a list of them
        if not (isinstance(data, dict) or (isinstance(data, list)
                                           and all(isinstance(e, dict) for e in data))):
            return _error(400, "invalid_body", "Send an event object or a list of them.")
        return None
    if not isinstance(data, dict):
        return _error(400, "invalid_body", "The body must be a JSON object.")
    field, kind = shape
    if not isinstance(data.get(field), kind):
        kind_name = "a string" if kind is str else "an object"
        return _error(400, "invalid_body", f"'{field}' is required and must be {kind_name}.")
    return None


def _sql_engine(app: Any) -> Any:
    """The SQLAlchemy engine of Rasa's tracker store, or None (not SQL, no agent yet)."""
    store = getattr(getattr(app.ctx, "agent", None), "tracker_store", None)
    store = getattr(store, "_tracker_store", store)  # inside Rasa's FailSafeTrackerStore
    return getattr(store, "engine", None)


def storage_reachable(engine: Any, attempts: int = 2) -> bool:
    """SELECT 1; a second try because the first one after a database restart may only
    discard a dead pooled connection."""
    import sqlalchemy

    for _ in range(attempts):
        try:
            with engine.connect() as conn:
                conn.execute(sqlalchemy.text("SELECT 1"))
            return True
        except Exception as e:
            error = e
    logger.error("tracker store unreachable: %s", type(error).__name__)
    return False


async def check_storage(request: Request) -> Optional[HTTPResponse]:
    if request.method != "POST" or not request.path.startswith("/webhooks/"):
        return None
    engine = _sql_engine(request.app)
    # in a thread: a connect to an unreachable host must not stall every other conversation
    if engine is None or await asyncio.get_running_loop().run_in_executor(
            None, storage_reachable, engine):
        return None
    refused = _error(503, "storage_unavailable",
                     "The assistant cannot reach its conversation store right now, so it "
                     "cannot answer safely. Please try again in a minute. If this is an "
                     "emergency, call your local emergency number now.")
    refused.headers["Retry-After"] = "30"
    return refused


async def guard(request: Request) -> Optional[HTTPResponse]:
    path = request.path
    if PUBLIC.match(path):
        return await check_storage(request)
    refused = check_token(request, os.environ.get("RASA_AUTH_TOKEN") or None)
    if refused is None:
        refused = check_body(path, request.method, request.body or b"",
                             request.headers.get("content-type", ""))
    if refused is not None:
        logger.info("api guard: %s %s refused (%s)", request.method, path, refused.status)
    return refused


def install(app: Any) -> None:
    """Run the guard before every request (Sanic 21.12 reads its middleware list per request)."""
    if guard not in app.request_middleware:
        app.register_middleware(guard, "request")
