"""Telegram channel: Rasa's TelegramInput, fixed.

What was wrong with Rasa 3.6's channel (with aiogram 2.15):
- `get_output_channel` ran `asyncio.run(bot.set_webhook(...))` while Rasa built its routes. That
  opened the bot's aiohttp session on a throw-away event loop which `asyncio.run` then closed;
  every later API call reused that session, so every webhook call failed with "Event loop is
  closed". Here the session is only ever opened inside Sanic's loop and closed on shutdown.
- The same `setWebhook` call made start-up fail when api.telegram.org was unreachable. Here it runs
  in the background after the server started and retries with a growing delay.
- Updates without a text message (a callback query without a message, a photo, a chat-member
  update...) raised AttributeError (a 500, so Telegram resent them). They are answered 200 now.
- Every update called `getMe`; `verify` (the bot's username) is now checked once at start-up.
Added: the optional `secret_token` (Telegram sends it back in X-Telegram-Bot-Api-Secret-Token),
`api_url` (a local Bot API server, or the fake one in the tests), and duplicate-update filtering.
"""

from __future__ import annotations

import asyncio
import hmac
import logging
from collections import OrderedDict
from typing import Any, Awaitable, Callable, Dict, List, Optional, Text

from aiogram import Bot
from aiogram.bot.api import TELEGRAM_PRODUCTION, TelegramAPIServer
from aiogram.types import Update
from rasa.core.channels.channel import InputChannel, UserMessage
from rasa.core.channels.telegram import TelegramOutput as RasaTelegramOutput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from server.channels.markup import plain_links

logger = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
ALLOWED_UPDATES = ["message", "edited_message", "callback_query"]
NOT_TEXT_REPLY = "Sorry, I can only read text. Please type your message."
# Telegram's own commands; any other leading "/" is dropped so a user cannot send Rasa intents.
COMMANDS = {"/start": "hi", "/help": "what can you do?", "/restart": "/restart"}
MAX_RETRY_DELAY = 300.0


class TelegramOutput(RasaTelegramOutput):
    """Rasa's Telegram output, with a configurable API server and plain-text links."""

    def __init__(self, access_token: Optional[Text], api_url: Optional[Text] = None) -> None:
        server = TelegramAPIServer.from_base(api_url) if api_url else TELEGRAM_PRODUCTION
        Bot.__init__(self, access_token, server=server)

    async def send_text_message(self, recipient_id: Text, text: Text, **kwargs: Any) -> None:
        await super().send_text_message(recipient_id, plain_links(text), **kwargs)

    async def send_text_with_buttons(
        self,
        recipient_id: Text,
        text: Text,
        buttons: List[Dict[Text, Any]],
        button_type: Optional[Text] = "vertical",  # one button a row: readable on a phone
        **kwargs: Any,
    ) -> None:
        await super().send_text_with_buttons(
            recipient_id, plain_links(text), buttons, button_type=button_type, **kwargs
        )


def command_text(text: str) -> str:
    """What Rasa receives for a typed text."""
    stripped = text.strip()
    command = stripped.split("@", 1)[0].split(" ", 1)[0].lower()  # "/start@my_bot"
    if command in COMMANDS:
        return COMMANDS[command]
    return stripped.lstrip("/").strip() if stripped.startswith("/") else stripped


class RecentIds:
    """The last few update ids, so a resent update is not answered twice."""

    def __init__(self, size: int = 1000) -> None:
        self.size, self._ids = size, OrderedDict()

    def seen(self, key: Any) -> bool:
        if key in self._ids:
            return True
        self._ids[key] = None
        if len(self._ids) > self.size:
            self._ids.popitem(last=False)
        return False


class TelegramInput(InputChannel):
    """Telegram webhook at /webhooks/telegram/webhook."""

    @classmethod
    def name(cls) -> Text:
        return "telegram"

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[Text, Any]]) -> InputChannel:
        if not credentials:
            cls.raise_missing_credentials_exception()
        return cls(
            credentials.get("access_token"),
            credentials.get("verify"),
            credentials.get("webhook_url"),
            secret_token=credentials.get("secret_token") or None,
            api_url=credentials.get("api_url") or None,
        )

    def __init__(
        self,
        access_token: Optional[Text],
        verify: Optional[Text],
        webhook_url: Optional[Text],
        secret_token: Optional[Text] = None,
        api_url: Optional[Text] = None,
        retry_delay: float = 2.0,
    ) -> None:
        self.access_token, self.verify, self.webhook_url = access_token, verify, webhook_url
        self.secret_token, self.api_url, self.retry_delay = secret_token, api_url, retry_delay
        self._out: Optional[TelegramOutput] = None
        self._setup: Optional[asyncio.Task] = None
        self._recent = RecentIds()

    def get_output_channel(self) -> TelegramOutput:
        # Creating the Bot opens nothing: its session is made on first use, in the running loop.
        if self._out is None:
            self._out = TelegramOutput(self.access_token, self.api_url)
        return self._out

    async def set_webhook(self) -> None:
        """Register the webhook (with the secret token), then check the bot's username."""
        out = self.get_output_channel()
        payload: Dict[str, Any] = {"url": self.webhook_url, "allowed_updates": ALLOWED_UPDATES}
        if self.secret_token:
            payload["secret_token"] = self.secret_token
        await out.request("setWebhook", payload)
        logger.info(f"Telegram: webhook set to {self.webhook_url}")
        me = await out.get_me()
        if self.verify and me.username != self.verify:
            logger.error(
                f"Telegram: the token belongs to @{me.username}, not @{self.verify} "
                "(TELEGRAM_BOT_USERNAME); check the token."
            )

    async def _set_webhook_until_done(self) -> None:
        delay = self.retry_delay
        while True:
            try:
                await self.set_webhook()
                return
            except asyncio.CancelledError:
                raise
            except Exception as e:  # unreachable API, bad token, bad URL: say so and retry
                logger.error(
                    f"Telegram: could not set the webhook ({type(e).__name__}: {e}); "
                    f"retrying in {delay:.0f} s. Rasa keeps running; Telegram updates arrive "
                    "once the webhook is set."
                )
                await asyncio.sleep(delay)
                delay = min(delay * 2, MAX_RETRY_DELAY)

    def _authentic(self, request: Request) -> bool:
        if not self.secret_token:
            return True
        sent = request.headers.get(SECRET_HEADER, "")
        return hmac.compare_digest(sent.encode(), self.secret_token.encode())

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        telegram_webhook = Blueprint("telegram_webhook", __name__)

        @telegram_webhook.listener("after_server_start")
        async def start(app: Any, loop: Any) -> None:
            if self.webhook_url:
                self._setup = asyncio.create_task(self._set_webhook_until_done())

        @telegram_webhook.listener("before_server_stop")
        async def stop(app: Any, loop: Any) -> None:
            if self._setup is not None:
                self._setup.cancel()
            # Only the HTTP session: aiogram's Bot.close() is the Bot API's `close` method.
            if self._out is not None and self._out._session is not None:
                await self._out._session.close()

        @telegram_webhook.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @telegram_webhook.route("/set_webhook", methods=["POST"])
        async def set_webhook(_: Request) -> HTTPResponse:
            try:
                await self.set_webhook()
            except Exception as e:
                return response.json({"ok": False, "error": str(e)}, status=502)
            return response.json({"ok": True})

        @telegram_webhook.route("/webhook", methods=["POST"])
        async def webhook(request: Request) -> HTTPResponse:
            if not self._authentic(request):
                logger.warning("Telegram: update with a wrong or missing secret token refused")
                return response.text("wrong secret token", status=403)
            try:
                body = request.json
                update = Update.to_object(body)
            except Exception:
                return response.text("the body must be a Telegram update (JSON object)", 400)
            if body.get("update_id") is not None and self._recent.seen(body["update_id"]):
                return response.text("duplicate")
            try:
                await self._handle(update, request, on_new_message)
            except Exception as e:  # answer 200 anyway: a 5xx makes Telegram resend the update
                logger.error(f"Telegram: failed to handle update {body.get('update_id')}: {e}",
                             exc_info=True)
            return response.text("success")

        return telegram_webhook

    async def _handle(
        self,
        update: Update,
        request: Request,
        on_new_message: Callable[[UserMessage], Awaitable[Any]],
    ) -> None:
        out = self.get_output_channel()
        if update.callback_query is not None:  # a button click
            query = update.callback_query
            try:
                await out.answer_callback_query(query.id)  # stops the button's spinner
            except Exception as e:
                logger.warning(f"Telegram: answerCallbackQuery failed: {e}")
            chat = query.message.chat.id if query.message else query.from_user.id
            text = query.data
        else:
            # An edit is screened like a new message: it may add a red flag.
            msg = update.message or update.edited_message
            if msg is None:
                logger.debug("Telegram: update without a message ignored")
                return
            if not msg.text:
                if update.message is not None:
                    await out.send_message(msg.chat.id, NOT_TEXT_REPLY)
                return
            chat, text = msg.chat.id, command_text(msg.text)
        if not text:
            return
        await on_new_message(
            UserMessage(text, out, str(chat), input_channel=self.name(),
                        metadata=self.get_metadata(request))
        )
