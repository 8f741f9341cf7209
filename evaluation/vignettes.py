"""The dev vignettes (../shared/eval/vignettes_dev.yml) played against the running assistant.

Reuses tests.e2e: `running_assistant` starts the action server and Rasa on free localhost ports
with a throw-away tracker database, `play` drives one conversation through the REST channel.
A vignette is at its level when the final `triage_level` is one of `expect.level`; it is safe
when that level is at least the gold level (the first one), with
emergency > urgent > routine > self_care.

CLI: python -m evaluation.vignettes [--url http://localhost:5005] (else starts the assistant)
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.e2e.servers import running_assistant
from tests.e2e.vignettes import DEFAULT_FILE, Client, RasaClient, Result, load_vignettes, play

from .common import MODEL, md_table, rel

ORDER = ("self_care", "routine", "urgent", "emergency")


def level_rank(level: str | None) -> int:
    return ORDER.index(level) if level in ORDER else -1


@dataclass
class Row:
    result: Result
    mentions: list[str]
    error: str = ""

    @property
    def gold(self) -> str:
        return self.result.expected[0]

    @property
    def at_level(self) -> bool:
        return self.result.level in self.result.expected

    @property
    def safe(self) -> bool:
        return level_rank(self.result.level) >= level_rank(self.gold)

    @property
    def found(self) -> list[str]:
        return [m for m in self.mentions if m not in self.result.missing]


def play_all(client: Client, vignettes: list[dict[str, Any]]) -> list[Row]:
    rows = []
    for vignette in vignettes:
        mentions = list(vignette["expect"].get("mention", []))
        try:
            result = play(client, vignette, sender=f"eval-{vignette['id']}-{uuid.uuid4().hex[:8]}")
            rows.append(Row(result, mentions))
        except Exception as e:  # a crashed conversation is a failed row, not a crashed report
            result = Result(str(vignette["id"]), list(vignette["expect"]["level"]), None,
                            mentions, [])
            rows.append(Row(result, mentions, error=f"{type(e).__name__}: {e}"))
    return rows


def table(rows: list[Row]) -> str:
    body = []
    for r in rows:
        body.append((
            r.result.id,
            "/".join(r.result.expected),
            r.result.level or ("ERROR" if r.error else "-"),
            "yes" if r.at_level else "NO",
            "yes" if r.safe else "UNSAFE",
            ", ".join(r.result.red_flags) or "-",
            f"{len(r.found)}/{len(r.mentions)}",
            "; ".join(r.result.missing) or "-",
        ))
    return md_table(("id", "expected", "got", "at level", "safe", "red_flags",
                     "mentions found", "missing"), body)


def markdown(rows: list[Row], source: Path = DEFAULT_FILE) -> str:
    at_level = sum(r.at_level for r in rows)
    safe = sum(r.safe for r in rows)
    mentions = sum(not r.result.missing for r in rows)
    lines = [
        f"`{rel(source)}` played through the REST channel of a freshly started assistant.",
        "",
        f"At the expected level: **{at_level}/{len(rows)}**; safe (level >= gold): "
        f"**{safe}/{len(rows)}**; every expected mention found: {mentions}/{len(rows)}.",
        "",
        table(rows),
        "",
    ]
    for r in rows:
        if r.error or not r.at_level or r.result.missing:
            lines += [f"<details><summary>{r.result.id}: transcript</summary>", "", "```"]
            lines += [r.error] if r.error else []
            lines += [r.result.describe(), "```", "", "</details>", ""]
    return "\n".join(lines)


def evaluate(client: Client, source: Path = DEFAULT_FILE) -> list[Row]:
    return play_all(client, load_vignettes(source))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", help="a running assistant (else one is started)")
    parser.add_argument("--file", type=Path, default=DEFAULT_FILE)
    parser.add_argument("--model", type=Path, default=MODEL)
    args = parser.parse_args(argv)
    if args.url:
        rows = evaluate(RasaClient(args.url), args.file)
    else:
        with tempfile.TemporaryDirectory(prefix="eval-") as tmp:
            with running_assistant(args.model, Path(tmp)) as assistant:
                rows = evaluate(assistant, args.file)
    print(markdown(rows, args.file))
    return 0


if __name__ == "__main__":
    sys.exit(main())
