"""`make chat` used as a newcomer would, in a real terminal driven through tmux: a whole check-up,
then a red flag, then quitting, after which the background action server is gone."""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
import uuid
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.e2e


class Terminal:
    def __init__(self, name: str):
        self.name = name

    def run(self, command: str) -> None:
        subprocess.run(
            ["tmux", "new-session", "-d", "-s", self.name, "-x", "220", "-y", "60", command],
            check=True,
        )
        subprocess.run(
            ["tmux", "set-option", "-t", self.name, "history-limit", "20000"], check=True
        )

    def screen(self) -> str:
        return subprocess.run(
            ["tmux", "capture-pane", "-p", "-J", "-S", "-20000", "-t", self.name],
            capture_output=True,
            text=True,
        ).stdout

    def keys(self, *keys: str) -> None:
        subprocess.run(["tmux", "send-keys", "-t", self.name, *keys], check=True)

    def type(self, text: str) -> None:
        self.keys("-l", text)
        self.keys("Enter")

    def wait_for(self, needle: str, timeout: float = 120, after: int = 0) -> str:
        deadline = time.time() + timeout
        while time.time() < deadline:
            screen = self.screen()
            if needle.lower() in screen[after:].lower():
                return screen
            time.sleep(0.5)
        raise AssertionError(f"{needle!r} not shown within {timeout}s; screen:\n{self.screen()}")

    def alive(self) -> bool:
        return (
            subprocess.run(["tmux", "has-session", "-t", self.name], capture_output=True).returncode
            == 0
        )

    def kill(self) -> None:
        subprocess.run(["tmux", "kill-session", "-t", self.name], capture_output=True)


def _port_open(port: int) -> bool:
    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", port)) == 0


@pytest.fixture
def terminal(trained_model):
    if shutil.which("tmux") is None:
        pytest.fail("tmux is missing: `make e2e` installs it (scripts/ensure_tools.sh)")
    if _port_open(5055):
        pytest.fail("port 5055 is busy: stop the other action server first")
    term = Terminal(f"chat-{uuid.uuid4().hex[:6]}")
    yield term
    term.kill()


def test_make_chat_check_up_and_red_flag(terminal):
    terminal.run(f"cd {ROOT} && make chat; echo CHAT-EXITED; sleep 30")
    terminal.wait_for("Your input ->", timeout=240)

    terminal.type("my left eyelid keeps twitching")
    terminal.wait_for("How long has it been going on?")
    terminal.type("about 3 days")
    terminal.wait_for("How often does it happen?")
    # rasa shell shows buttons as a menu: the second one is "Many times a day"
    terminal.keys("Down")
    terminal.keys("Enter")
    terminal.wait_for("Has anything changed lately")
    terminal.type("way more coffee than usual")
    terminal.wait_for("Is anything else going on")
    terminal.type("no, nothing else")
    screen = terminal.wait_for("not a diagnosis", after=len(terminal.screen()) // 2)
    assert "Possible causes" in screen
    assert "caffeine" in screen.lower()

    mark = len(terminal.screen())
    terminal.type("now my face droops on one side and my speech is slurred")
    screen = terminal.wait_for("call your local emergency number now", after=mark - 200)
    assert "911" in screen and "999" in screen and "112" in screen

    terminal.type("/stop")
    terminal.wait_for("CHAT-EXITED", timeout=60)
    deadline = time.time() + 15
    while _port_open(5055) and time.time() < deadline:
        time.sleep(0.5)
    assert not _port_open(5055), "make chat left the action server running"
