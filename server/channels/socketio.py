"""Socket.IO channel for the web widget: Rasa's, with a CSS class on the safety messages.

rasa-webchat puts `metadata.customCss` of a bot message on the message's element, so the page
can make the emergency advice (the 🚨 responses) and the urgent advice (⚠️) stand out. The
class comes from the message itself, so the domain and the other channels stay unchanged.
"""

from __future__ import annotations

from typing import Any, Awaitable, Callable, Dict, Optional, Text

from rasa.core.channels.channel import UserMessage
from rasa.core.channels.socketio import SocketIOInput as RasaSocketIOInput
from rasa.core.channels.socketio import SocketIOOutput as RasaSocketIOOutput
from sanic import Blueprint

MARKERS = (("🚨", "rw-emergency"), ("⚠️", "rw-urgent"))


def css_class(text: Optional[str]) -> Optional[str]:
    stripped = (text or "").lstrip()
    return next((css for marker, css in MARKERS if stripped.startswith(marker)), None)


def hard_breaks(text: str) -> str:
    """The widget renders Markdown, where one newline is a space: keep our lines (bullets)."""
    return text.replace("\r\n", "\n").replace("\n", "  \n")


class SocketIOOutput(RasaSocketIOOutput):
    async def _send_message(self, socket_id: Text, response: Dict[Text, Any]) -> None:
        if isinstance(response.get("text"), str):
            response = {**response, "text": hard_breaks(response["text"])}
        css = css_class(response.get("text"))
        if css:
            response = {**response, "metadata": {"customCss": {"style": "class", "css": css}}}
        await super()._send_message(socket_id, response)


class SocketIOInput(RasaSocketIOInput):
    """Rasa's socket.io input (same credentials keys) sending through the output above."""

    def get_output_channel(self) -> Optional[SocketIOOutput]:
        return None if self.sio is None else SocketIOOutput(self.sio, self.bot_message_evt)

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        async def styled(message: UserMessage) -> Any:
            message.output_channel = SocketIOOutput(self.sio, self.bot_message_evt)
            return await on_new_message(message)

        return super().blueprint(styled)
