"""Slack channel: Rasa's SlackInput with what it lacks for this assistant.

- Retries: Rasa's channel only drops a retry whose reason is in `errors_ignore_retry`
  (http_timeout by default); a retry for any other reason was answered a second time. Here each
  Events API `event_id` is handled once, whatever the retry reason; a retry of an event never
  seen (the first delivery was lost) is still handled.
- A bad or stale signature is refused with 401 (Rasa answered 400).
- Message events with a subtype (edits, deletions, joins, bot posts) are not user messages.
- `slack_api_url`: the Web API base URL (a fake one on localhost in the tests).
- Replies: Markdown links become Slack links; `as_user` is not sent (a legacy argument that
  today's bot tokens do not accept).
"""

from __future__ import annotations

import json
import logging
from http import HTTPStatus
from typing import Any, Awaitable, Callable, Dict, Optional, Text

from rasa.core.channels.channel import InputChannel, OutputChannel, UserMessage
from rasa.core.channels.slack import SlackBot as RasaSlackBot
from rasa.core.channels.slack import SlackInput as RasaSlackInput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse
from slack_sdk.web.async_client import AsyncWebClient

from server.channels.markup import slack_links
from server.channels.telegram import RecentIds

logger = logging.getLogger(__name__)


class SlackBot(RasaSlackBot):
    """Rasa's Slack output with a configurable Web API URL."""

    def __init__(
        self,
        token: Text,
        slack_channel: Optional[Text] = None,
        thread_id: Optional[Text] = None,
        proxy: Optional[Text] = None,
        base_url: Optional[Text] = None,
    ) -> None:
        super().__init__(token, slack_channel, thread_id, proxy)
        if base_url:
            self.client = AsyncWebClient(token, base_url=base_url, proxy=proxy)

    async def _post_message(self, channel: Text, **kwargs: Any) -> None:
        kwargs.pop("as_user", None)
        if isinstance(kwargs.get("text"), str):
            kwargs["text"] = slack_links(kwargs["text"])
        await super()._post_message(channel, **kwargs)


class SlackInput(RasaSlackInput):
    """Slack Events API and interactivity at /webhooks/slack/webhook."""

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[Text, Any]]) -> InputChannel:
        channel = super().from_credentials(credentials)
        channel.api_url = (credentials or {}).get("slack_api_url") or None
        return channel

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.api_url: Optional[Text] = None
        self._recent_events = RecentIds()
        # Rasa's own retry filter would drop a first-seen retry: the user would get no answer.
        self.errors_ignore_retry = ()

    def get_output_channel(
        self, channel: Optional[Text] = None, thread_id: Optional[Text] = None
    ) -> OutputChannel:
        channel = channel or self.slack_channel
        return SlackBot(self.slack_token, channel, thread_id, self.proxy, self.api_url)

    @staticmethod
    def _is_user_message(slack_event: Dict[Text, Any]) -> bool:
        event = slack_event.get("event") or {}
        return RasaSlackInput._is_user_message(slack_event) and not event.get("subtype")

    async def process_message(
        self,
        request: Request,
        on_new_message: Callable[[UserMessage], Awaitable[Any]],
        text: Text,
        sender_id: Optional[Text],
        metadata: Optional[Dict],
    ) -> Any:
        event_id = _event_id(request)
        if event_id and self._recent_events.seen(event_id):
            logger.info(
                f"Slack: event {event_id} already handled (retry "
                f"{request.headers.get(self.retry_num_header)}, "
                f"{request.headers.get(self.retry_reason_header)}); not answering again"
            )
            return response.text("", headers={"X-Slack-No-Retry": "1"})
        return await super().process_message(request, on_new_message, text, sender_id, metadata)

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        slack_webhook = super().blueprint(on_new_message)

        @slack_webhook.middleware("request")
        async def signed_only(request: Request) -> Optional[HTTPResponse]:
            if request.method == "POST" and request.path.endswith("/webhook"):
                if not self.is_request_from_slack_authentic(request):
                    logger.warning("Slack: request with a bad or stale signature refused")
                    return response.text(
                        "Bad or stale X-Slack-Signature", status=HTTPStatus.UNAUTHORIZED
                    )
            return None

        return slack_webhook


def _event_id(request: Request) -> Optional[str]:
    if request.headers.get("content-type") != "application/json":
        return None
    try:
        return (request.json or {}).get("event_id")
    except (json.JSONDecodeError, AttributeError):
        return None
