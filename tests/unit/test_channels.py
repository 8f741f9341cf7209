"""The channel helpers without servers: credentials from the environment, links per channel,
Telegram commands, the widget's safety classes, source links."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from bot import answers
from bot.kb import load_kb
from server.channels.markup import plain_links, slack_links
from server.channels.socketio import css_class, hard_breaks
from server.channels.telegram import RecentIds, command_text

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("deploy_credentials", ROOT / "deploy/credentials.py")
creds = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(creds)

SOCKETIO = "server.channels.socketio.SocketIOInput"
SLACK = "server.channels.slack.SlackInput"
TELEGRAM = "server.channels.telegram.TelegramInput"


def test_zero_config_is_rest_and_socketio_with_session_persistence():
    result = creds.credentials({})
    assert list(result) == ["server.channels.rest.HardenedRestInput", SOCKETIO]
    assert result[SOCKETIO]["session_persistence"] is True


def test_slack_and_telegram_switch_on_with_placeholders_not_secrets():
    env = {"SLACK_TOKEN": "xoxb-secret", "SLACK_SIGNING_SECRET": "s3cret",
           "TELEGRAM_TOKEN": "1:abc", "TELEGRAM_BOT_USERNAME": "bot",
           "TELEGRAM_WEBHOOK_URL": "https://x.example/webhooks/telegram/webhook"}
    result = creds.credentials(env)
    assert result[SLACK] == {"slack_token": "${SLACK_TOKEN}",
                             "slack_signing_secret": "${SLACK_SIGNING_SECRET}"}
    assert result[TELEGRAM]["access_token"] == "${TELEGRAM_TOKEN}"
    assert "secret_token" not in result[TELEGRAM]  # optional keys only when set
    assert "xoxb-secret" not in repr(result) and "s3cret" not in repr(result)


def test_a_half_configured_channel_is_a_clear_error(tmp_path):
    with pytest.raises(creds.MissingVariables, match="SLACK_SIGNING_SECRET"):
        creds.credentials({"SLACK_TOKEN": "xoxb"})
    with pytest.raises(creds.MissingVariables, match="TELEGRAM_WEBHOOK_URL"):
        creds.credentials({"TELEGRAM_TOKEN": "1:a", "TELEGRAM_BOT_USERNAME": "b"})


def test_the_generated_file_is_read_by_rasa_with_the_values_from_the_environment(
        tmp_path, monkeypatch):
    import rasa.shared.utils.io

    for key, value in {"SLACK_TOKEN": "xoxb-1", "SLACK_SIGNING_SECRET": "abc"}.items():
        monkeypatch.setenv(key, value)
    out = tmp_path / "credentials.yml"
    assert creds.main(["credentials.py", str(out)]) == 0
    assert "xoxb-1" not in out.read_text()
    loaded = rasa.shared.utils.io.read_config_file(str(out))
    assert loaded[SLACK] == {"slack_token": "xoxb-1", "slack_signing_secret": "abc"}


def test_links_per_channel():
    text = "Sources: [Twitching eyes and muscles](https://www.nhs.uk/x/); Seed (001.txt)"
    assert slack_links(text) == "Sources: <https://www.nhs.uk/x/|Twitching eyes and muscles>; Seed (001.txt)"
    assert plain_links(text) == "Sources: Twitching eyes and muscles (https://www.nhs.uk/x/); Seed (001.txt)"
    assert plain_links("[x](javascript:alert(1))") == "[x](javascript:alert(1))"  # only http(s)


def test_sources_are_links_when_the_source_has_a_url():
    kb = load_kb()
    text = answers._sources(["nhs_twitching", "000_dd00b6fbcfdffb36.txt"], kb)
    assert text.startswith("Sources: [Twitching eyes and muscles](https://www.nhs.uk/")
    assert "Why Do My Muscles Twitch Sometimes? (000_dd00b6fbcfdffb36.txt)" in text
    assert all(s.url.startswith("https://") for s in kb.sources.values() if s.url)


@pytest.mark.parametrize("typed, sent", [
    ("/start", "hi"), ("/start@twitch_bot", "hi"), ("/help", "what can you do?"),
    ("/restart", "/restart"), ("/emergency", "emergency"), ('/greet{"x": 1}', 'greet{"x": 1}'),
    ("my eye twitches", "my eye twitches"), ("  /  ", ""),
])
def test_telegram_commands_cannot_send_rasa_intents(typed, sent):
    assert command_text(typed) == sent


def test_recent_ids_forget_the_oldest():
    recent = RecentIds(size=2)
    assert [recent.seen(i) for i in (1, 2, 1, 3, 4, 1)] == [False, False, True, False, False, False]


def test_safety_messages_get_their_css_class():
    assert css_class("🚨 This could be an emergency.") == "rw-emergency"
    assert css_class("⚠️ What you describe needs a doctor soon") == "rw-urgent"
    assert css_class("Hi! I can explain...") is None and css_class(None) is None


def test_lines_stay_lines_in_the_widget():
    assert hard_breaks("Possible causes:\n• stress\n• caffeine") == \
        "Possible causes:  \n• stress  \n• caffeine"
