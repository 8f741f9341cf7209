"""Markdown links in bot text ([title](url)) rewritten for channels that do not render Markdown."""

from __future__ import annotations

import re

_LINK = re.compile(r"\[([^\]\n]+)\]\((https?://[^)\s]+)\)")


def slack_links(text: str) -> str:
    """Slack mrkdwn writes a link as <url|title>."""
    return _LINK.sub(lambda m: f"<{m.group(2)}|{m.group(1)}>", text)


def plain_links(text: str) -> str:
    """Plain text (Telegram without parse_mode): 'title (url)'."""
    return _LINK.sub(lambda m: f"{m.group(1)} ({m.group(2)})", text)
