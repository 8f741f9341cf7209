"""Play triage vignettes against a running assistant over its REST channel and HTTP API.

CLI: python -m tests.e2e.vignettes --url http://localhost:5005 --file ../shared/eval/vignettes_dev.yml
"""

from __future__ import annotations

import argparse
import re
import sys
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import requests
import yaml

FORM_SLOTS = ("body_part", "duration", "frequency", "triggers", "associated_symptoms")
MAX_TURNS = 12
ROOT = Path(__file__).resolve().parents[2]
DEFAULT_FILE = ROOT.parent / "shared" / "eval" / "vignettes_dev.yml"


class Client(Protocol):
    def send(self, sender: str, text: str) -> list[dict[str, Any]]: ...

    def tracker(self, sender: str) -> dict[str, Any]: ...


class RasaClient:
    """Talks to Rasa's REST channel and HTTP API."""

    def __init__(self, url: str, timeout: float = 120.0):
        self.url = url.rstrip("/")
        self.timeout = timeout

    def send(self, sender: str, text: str) -> list[dict[str, Any]]:
        r = requests.post(
            f"{self.url}/webhooks/rest/webhook",
            json={"sender": sender, "message": text},
            timeout=self.timeout,
        )
        r.raise_for_status()
        return list(r.json())

    def tracker(self, sender: str) -> dict[str, Any]:
        r = requests.get(f"{self.url}/conversations/{sender}/tracker", timeout=self.timeout)
        r.raise_for_status()
        return dict(r.json())


def reply_text(message: dict[str, Any]) -> str:
    parts = [message.get("text") or ""]
    parts += [b.get("title", "") for b in message.get("buttons") or []]
    return "\n".join(p for p in parts if p)


@dataclass
class Result:
    id: str
    expected: list[str]
    level: str | None
    missing: list[str]
    red_flags: list[str]
    transcript: list[tuple[str, str]] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return self.level in self.expected and not self.missing

    def describe(self) -> str:
        lines = [f"vignette {self.id}: level {self.level!r}, expected one of {self.expected}"]
        if self.missing:
            lines.append(f"no reply matched: {self.missing}")
        lines.append(f"red_flags: {self.red_flags}")
        lines.append("transcript:")
        lines += [
            f"  {who:>4}: {text}".replace("\n", "\n        ") for who, text in self.transcript
        ]
        return "\n".join(lines)


def load_vignettes(path: Path = DEFAULT_FILE) -> list[dict[str, Any]]:
    return list(yaml.safe_load(Path(path).read_text()))


def play(client: Client, vignette: dict[str, Any], sender: str | None = None) -> Result:
    sender = sender or f"e2e-{vignette['id']}-{uuid.uuid4().hex[:8]}"
    answers: dict[str, str] = vignette.get("answers") or {}
    transcript: list[tuple[str, str]] = []
    replies: list[str] = []

    def say(text: str) -> None:
        transcript.append(("user", text))
        for message in client.send(sender, text):
            replies.append(reply_text(message))
            transcript.append(("bot", replies[-1]))

    say(vignette["opening"])
    slots = client.tracker(sender).get("slots", {})
    for _ in range(MAX_TURNS):
        requested = slots.get("requested_slot")
        if requested not in FORM_SLOTS:
            break
        say(answers.get(requested, "not sure"))
        slots = client.tracker(sender).get("slots", {})

    joined = "\n".join(replies)
    expect = vignette["expect"]
    return Result(
        id=str(vignette["id"]),
        expected=list(expect["level"]),
        level=slots.get("triage_level"),
        missing=[m for m in expect.get("mention", []) if not re.search(m, joined, re.IGNORECASE)],
        red_flags=list(slots.get("red_flags") or []),
        transcript=transcript,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default="http://localhost:5005")
    parser.add_argument("--file", type=Path, default=DEFAULT_FILE)
    parser.add_argument("-v", "--verbose", action="store_true", help="print failed transcripts")
    args = parser.parse_args(argv)

    client = RasaClient(args.url)
    results = [play(client, v) for v in load_vignettes(args.file)]
    print(f"{'id':<6} {'expected':<22} {'got':<10} {'result':<6} missing")
    for r in results:
        print(
            f"{r.id:<6} {','.join(r.expected):<22} {str(r.level):<10} "
            f"{'pass' if r.passed else 'FAIL':<6} {'; '.join(r.missing)}"
        )
    passed = sum(r.passed for r in results)
    print(f"\n{passed}/{len(results)} passed")
    if args.verbose:
        for r in results:
            if not r.passed:
                print("\n" + r.describe())
    return 0 if passed == len(results) else 1


if __name__ == "__main__":
    sys.exit(main())
