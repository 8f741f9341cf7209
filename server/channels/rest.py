"""A hardened REST channel: Rasa's RestInput, but every bad body gets a 400 with a clear JSON
error instead of a 500, messages are size-capped and cleaned, and no message text is logged.

credentials.yml: `server.channels.rest.HardenedRestInput:` (same URL, /webhooks/rest/webhook).
"""

from __future__ import annotations

import json
import logging
import os
import unicodedata
from asyncio import CancelledError
from typing import Any, Awaitable, Callable, Dict, Text, Union

from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.core.channels.rest import RestInput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse, ResponseStream

import rasa.utils.endpoints
from server import api_guard

logger = logging.getLogger(__name__)

# A chat message, not a document: 5,000 characters is far more than anyone types.
MAX_MESSAGE_CHARS = int(os.environ.get("REST_MAX_MESSAGE_CHARS", "5000"))
# Rasa's SQL tracker store keeps sender ids in a VARCHAR(255).
MAX_SENDER_CHARS = 255
# Control characters (except tab and newline) and lone surrogates: PostgreSQL refuses NUL in
# text and a lone surrogate cannot be encoded as UTF-8, so either would lose the message later.
_DROP_CATEGORIES = {"Cc", "Cs"}
_KEEP = {"\n", "\t"}


class BadRequest(Exception):
    def __init__(self, status: int, error: str, message: str):
        super().__init__(message)
        self.status, self.error, self.message = status, error, message

    def as_response(self) -> HTTPResponse:
        return response.json({"error": self.error, "message": self.message}, status=self.status)


def clean_text(text: str) -> str:
    """Drop control characters and lone surrogates; keep every script and emoji."""
    return "".join(
        ch for ch in text if ch in _KEEP or unicodedata.category(ch) not in _DROP_CATEGORIES
    )


def parse_body(body: bytes) -> Dict[str, Any]:
    """The request body as a validated dict with `sender`, `message`, optional `metadata`
    and `input_channel`; raises BadRequest with a reason a client can act on."""
    if not body or not body.strip():
        raise BadRequest(400, "empty_body", 'Send a JSON object: {"sender": "...", "message": "..."}')
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError) as e:
        raise BadRequest(400, "invalid_json", f"The body is not valid JSON ({type(e).__name__}).")
    if not isinstance(data, dict):
        raise BadRequest(
            400, "not_an_object", f"The body must be a JSON object, not a {type(data).__name__}."
        )

    sender = data.get("sender")
    if isinstance(sender, bool) or not isinstance(sender, (str, int)):
        raise BadRequest(400, "invalid_sender", "'sender' is required: a string identifying "
                                                "the conversation.")
    sender = clean_text(str(sender)).strip()
    if not sender or len(sender) > MAX_SENDER_CHARS:
        raise BadRequest(400, "invalid_sender",
                         f"'sender' must be 1 to {MAX_SENDER_CHARS} printable characters.")

    message = data.get("message")
    if not isinstance(message, str):
        raise BadRequest(400, "invalid_message", "'message' is required and must be a string.")
    if len(message) > MAX_MESSAGE_CHARS:
        raise BadRequest(413, "message_too_long",
                         f"'message' has {len(message)} characters; the limit is "
                         f"{MAX_MESSAGE_CHARS}. Please send a shorter message.")
    message = clean_text(message).strip()
    if not message:
        raise BadRequest(400, "empty_message", "'message' is empty.")

    metadata = data.get("metadata")
    if metadata is not None and not isinstance(metadata, dict):
        raise BadRequest(400, "invalid_metadata", "'metadata' must be a JSON object.")
    input_channel = data.get("input_channel")
    if input_channel is not None and not isinstance(input_channel, str):
        raise BadRequest(400, "invalid_input_channel", "'input_channel' must be a string.")
    return {"sender": sender, "message": message, "metadata": metadata,
            "input_channel": input_channel}


class HardenedRestInput(RestInput):
    """POST /webhooks/rest/webhook with the same contract as Rasa's REST channel."""

    @classmethod
    def name(cls) -> Text:
        return "rest"

    def blueprint(
        self, on_new_message: Callable[[UserMessage], Awaitable[None]]
    ) -> Blueprint:
        webhook = Blueprint(f"custom_webhook_{type(self).__name__}", __name__)

        @webhook.listener("before_server_start")
        async def guard_the_api(app: Any, _loop: Any) -> None:
            api_guard.install(app)

        @webhook.route("/", methods=["GET"])
        async def health(request: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @webhook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> Union[ResponseStream, HTTPResponse]:
            try:
                body = parse_body(request.body)
            except BadRequest as bad:
                logger.info("rest: rejected a request (%s)", bad.error)
                return bad.as_response()
            input_channel = body["input_channel"] or self.name()
            if rasa.utils.endpoints.bool_arg(request, "stream", default=False):
                return response.stream(
                    self.stream_response(on_new_message, body["message"], body["sender"],
                                         input_channel, body["metadata"]),
                    content_type="text/event-stream",
                )
            collector = CollectingOutputChannel()
            try:
                await on_new_message(UserMessage(
                    body["message"], collector, body["sender"],
                    input_channel=input_channel, metadata=body["metadata"],
                ))
            except CancelledError:
                logger.error("rest: message handling timed out")
                return _unavailable(collector)
            except Exception as e:  # the tracker store is down, a bug... never the text
                logger.error("rest: message handling failed: %s", type(e).__name__,
                             exc_info=logger.isEnabledFor(logging.DEBUG))
                return _unavailable(collector)
            return response.json(collector.messages)

        return webhook


def _unavailable(collector: CollectingOutputChannel) -> HTTPResponse:
    """A clear 503 (the client may retry), with whatever the bot managed to say."""
    return response.json(
        {"error": "unavailable",
         "message": "The assistant could not process this message right now. Please try again "
                    "in a minute. If this is an emergency, call your local emergency number now.",
         "messages": collector.messages},
        status=503,
    )
