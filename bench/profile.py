"""`make profile`: where the running servers spend their CPU, under the benchmark's load.

python -m bench.profile [--users 10] [--seconds 20]
Starts our assistant (as `make bench` does), plays the benchmark conversations and samples the
Rasa server and the action server with py-spy. Writes results/profile/<process>.txt (py-spy's
raw collapsed stacks, for flame-graph tools) and results/profile/summary.md: CPU time per
message and the functions with the largest share of samples, inclusive of what they call.
"""

from __future__ import annotations

import argparse
import asyncio
import subprocess
import sys
from collections import Counter
from pathlib import Path

from tests.e2e.servers import running_assistant

from . import ours
from .load import percentile, run_round
from .procmem import cpu_seconds

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "results" / "profile"
PY_SPY = Path(sys.executable).parent / "py-spy"
SITE_PACKAGES = "site-packages/"


def frame_name(frame: str) -> str:
    """'handle_message (rasa/core/processor.py:152)' -> 'handle_message (rasa/core/processor.py)'."""
    name, _, where = frame.partition(" (")
    path = where.split(":")[0].rstrip(")")
    return f"{name} ({path.split(SITE_PACKAGES)[-1]})" if where else name


def inclusive_shares(collapsed: str) -> tuple[int, Counter[str]]:
    """Samples per function, counting a function once per stack it appears in."""
    total, shares = 0, Counter[str]()
    for line in collapsed.splitlines():
        stack, _, count = line.rpartition(" ")
        if not stack or not count.isdigit():
            continue
        total += int(count)
        for name in {frame_name(f) for f in stack.split(";")}:
            shares[name] += int(count)
    return total, shares


def summary(users: int, seconds: float, messages: int, latencies: list[float],
            cpu: dict[str, float], profiles: dict[str, str], top: int) -> str:
    lines = [
        f"# Profile: {users} user(s), {seconds:.0f} s, {messages} messages, "
        f"p50 {percentile(latencies, 50):.1f} ms",
        "",
        "CPU ms per message: "
        + ", ".join(f"{k} {1000 * v / max(messages, 1):.2f}" for k, v in cpu.items()),
    ]
    for name, collapsed in profiles.items():
        total, shares = inclusive_shares(collapsed)
        lines += ["", f"## {name}: {total} samples", "", "| share | function |", "| ---: | --- |"]
        lines += [f"| {100 * n / total:.1f} % | `{f}` |"
                  for f, n in shares.most_common(top) if total]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--users", type=int, default=10)
    p.add_argument("--seconds", type=float, default=20.0)
    p.add_argument("--top", type=int, default=80)
    p.add_argument("--model", type=Path, default=ROOT / "models" / "twitch.tar.gz")
    args = p.parse_args(argv)
    OUT.mkdir(parents=True, exist_ok=True)
    with running_assistant(args.model, OUT / "run", root=ROOT) as assistant:
        asyncio.run(run_round(assistant.url, ours.CONVERSATIONS, args.users, 5.0, "warm-up"))
        assert assistant.rasa.proc and assistant.actions.proc
        pids = {"rasa": assistant.rasa.proc.pid, "actions": assistant.actions.proc.pid}
        spies = {
            name: subprocess.Popen(
                [str(PY_SPY), "record", "--pid", str(pid), "--duration", str(int(args.seconds)),
                 "--format", "raw", "--rate", "200", "--output", str(OUT / f"{name}.txt")],
                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
            )
            for name, pid in pids.items()
        }
        cpu0 = {name: cpu_seconds(pid) for name, pid in pids.items()}
        result = asyncio.run(
            run_round(assistant.url, ours.CONVERSATIONS, args.users, args.seconds, "profile")
        )
        cpu = {name: cpu_seconds(pid) - cpu0[name] for name, pid in pids.items()}
        for name, spy in spies.items():
            _, err = spy.communicate(timeout=args.seconds + 60)
            if spy.returncode:
                print(f"py-spy on {name} failed: {err.decode(errors='replace')}", file=sys.stderr)
                return 1
    profiles = {name: (OUT / f"{name}.txt").read_text() for name in pids}
    latencies = [s.ms for s in result.samples if s.ok]
    text = summary(args.users, args.seconds, result.completed, latencies, cpu, profiles, args.top)
    (OUT / "summary.md").write_text(text)
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
