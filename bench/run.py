"""`make bench`: our assistant against the `rasa init` starter, same load, alternating rounds.

python -m bench.run [--rounds 3] [--seconds 20] [--users 1,10] [--strict]
Environment: BENCH_TRAIN=1 re-times `rasa train`; BENCH_ROUNDS, BENCH_ROUND_SECONDS;
BENCH_WORKERS (default 2): Rasa worker processes for our assistant, as deploy/rasa.sh runs it with
SANIC_WORKERS (the file lock store keeps one conversation on one worker at a time). The starter
runs as `rasa init` makes it: one process (its in-memory lock store allows no more).
Writes results/bench.md (and logs under results/bench_run/); prints the same Markdown.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import shutil
import signal
import sys
import time
import uuid
from collections.abc import Sequence
from contextlib import ExitStack
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import yaml

from tests.e2e.servers import Assistant, running_assistant

from . import ours
from .load import Conversation, RoundResult, Sample, parse_latencies, percentile, run_round
from .procmem import Sampler, TreeMemory, cpu_seconds
from .starter import CONVERSATIONS as STARTER_CONVERSATIONS
from .starter import STARTER, ensure_starter, running_starter
from .train import training_times

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "results"
WORK = RESULTS / "bench_run"
OURS, STARTER_NAME = "ours", "starter"

# Targets from the issue.
THROUGHPUT_RATIO = 5.0  # at 10 users, ours / starter
NO_ACTION_P50_MS = 15.0
ASSESSMENT_P50_MS = 30.0
TRAIN_SECONDS = 180.0


@dataclass
class Setup:
    name: str
    conversations: list[Conversation]
    custom_actions: set[str]
    assistant: Assistant | None = None
    startup_s: float = 0.0
    memory: TreeMemory | None = None
    rounds: dict[int, list[RoundResult]] = field(default_factory=dict)
    parse: list[Sample] = field(default_factory=list)
    model: Path | None = None
    turn_check: list[tuple[str, str, str, list[str], str]] = field(default_factory=list)
    # users -> process label -> CPU seconds used during the measured rounds
    cpu: dict[int, dict[str, float]] = field(default_factory=dict)

    def cpu_now(self) -> dict[str, float]:
        assert self.memory is not None
        return {label: cpu_seconds(pid) for label, pid in self.memory.roots.items()}

    def cpu_ms_per_message(self, users: int, label: str | None = None) -> float:
        """CPU time per answered message: unlike latency, barely moved by other busy jobs."""
        used = self.cpu.get(users, {})
        n = sum(r.completed for r in self.rounds.get(users, []))
        total = sum(v for k, v in used.items() if label in (None, k))
        return 1000.0 * total / n if n else float("nan")

    def samples(self, users: int, kind: str | None = None) -> list[float]:
        return [s.ms for r in self.rounds.get(users, []) for s in r.samples
                if s.ok and kind in (None, s.kind)]

    def throughput(self, users: int) -> float:
        rs = self.rounds.get(users, [])
        elapsed = sum(r.elapsed for r in rs)
        return sum(r.completed for r in rs) / elapsed if elapsed else 0.0

    def errors(self, users: int) -> int:
        return sum(len(r.samples) - r.completed for r in self.rounds.get(users, []))

    def kinds(self) -> list[str]:
        seen: list[str] = []
        for turn in (t for c in self.conversations for t in c):
            if turn.kind not in seen:
                seen.append(turn.kind)
        return seen


def custom_actions(domain: Path) -> set[str]:
    """Actions that run on the action server: the domain's custom actions and its forms."""
    data = yaml.safe_load(domain.read_text()) or {}
    names = {a if isinstance(a, str) else next(iter(a)) for a in data.get("actions") or []}
    return names | set(data.get("forms") or {})


# --- what each turn kind must make Rasa do (checked on one conversation before measuring) ---
def _expectation(kind: str, actions: list[str], custom: set[str]) -> str:
    used = [a for a in actions if a in custom]
    if kind == ours.NO_ACTION and used:
        return f"runs custom {used}"
    if kind == ours.ASSESSMENT and "action_assess" not in actions:
        return "no action_assess"
    if kind in (ours.FORM_ANSWER, ours.OPENING) and custom and "symptom_form" not in actions:
        return "no symptom_form"
    if kind == ours.FOLLOW_UP and not used:
        return "no custom action"
    return "ok"


def check_turns(setup: Setup) -> None:
    assert setup.assistant is not None
    for n, conversation in enumerate(setup.conversations):
        sender = f"bench-check-{setup.name}-{n}-{uuid.uuid4().hex[:8]}"
        for turn in conversation:
            setup.assistant.send(sender, turn.text)
        events = setup.assistant.tracker(sender).get("events", [])
        per_turn: list[tuple[str, str, list[str]]] = []
        for e in events:
            if e.get("event") == "user":
                intent = ((e.get("parse_data") or {}).get("intent") or {}).get("name", "?")
                per_turn.append((e.get("text") or "", intent, []))
            elif e.get("event") == "action" and per_turn and e.get("name") != "action_listen":
                per_turn[-1][2].append(e["name"])
        for turn, (text, intent, actions) in zip(conversation, per_turn):
            verdict = _expectation(turn.kind, actions, setup.custom_actions)
            setup.turn_check.append((turn.kind, text, intent, actions, verdict))


# --- formatting ---
def _ms(x: float) -> str:
    return "n/a" if x != x else f"{x:.0f}" if x >= 100 else f"{x:.1f}"


def _mb(kb: int) -> str:
    return f"{kb / 1024:.0f} MB"


def _ratio(a: float, b: float) -> str:
    return "n/a" if not b or a != a or b != b else f"{a / b:.2f}x"


def _verdict(ok: bool | None) -> str:
    return "UNKNOWN" if ok is None else "PASS" if ok else "FAIL"


def report(setups: dict[str, Setup], train: dict[str, dict[str, Any]], users: Sequence[int],
           rounds: int, seconds: float, wall: float,
           loads: tuple[str, str], workers: int = 1) -> tuple[str, bool]:
    o, s = setups[OURS], setups[STARTER_NAME]
    lines = [
        "# `make bench`: our assistant vs the `rasa init` starter",
        "",
        f"{datetime.now():%Y-%m-%d %H:%M}, {os.cpu_count()} cores, Python "
        f"{platform.python_version()}, Rasa {_rasa_version()}. Both setups: action server + "
        "`rasa run` with the SQLite tracker store, REST webhook, the load generator "
        f"(asyncio + aiohttp) on the same machine. {rounds} alternating A/B rounds of "
        f"{seconds:.0f} s per setup at each user count, after a warm-up. Bench wall time "
        f"{wall / 60:.1f} min. Load average before / after: {loads[0]} / {loads[1]} "
        "(anything else busy on the machine skews both setups alike, but skews them).",
        "",
        f"Ours runs {workers} Rasa worker process{'es' * (workers > 1)} "
        + ("(SANIC_WORKERS, the file lock store: deploy/rasa.sh with SANIC_WORKERS="
           f"{workers}); " if workers > 1 else "; ")
        + "the starter runs as `rasa init` makes it, one process. Memory is compared as PSS "
        "(proportional set size: a page shared by forked workers counts once in the sum); "
        "the sum of VmHWM counts shared pages once per process.",
        "",
        "## Latency and throughput (REST webhook, all turns)",
        "",
        "| users | setup | messages | msg/s | msg/s per round | p50 ms | p95 ms | errors |",
        "| ---: | --- | ---: | ---: | --- | ---: | ---: | ---: |",
    ]
    for u in users:
        for st in (o, s):
            xs = st.samples(u)
            per_round = ", ".join(f"{r.throughput:.1f}" for r in st.rounds.get(u, []))
            lines.append(
                f"| {u} | {st.name} | {len(xs)} | {st.throughput(u):.1f} | {per_round} | "
                f"{_ms(percentile(xs, 50))} | {_ms(percentile(xs, 95))} | {st.errors(u)} |"
            )
    lines += [
        "",
        "## CPU time per message (ms, during the measured rounds)",
        "",
        "Each Rasa worker process works on one event loop (the starter's TensorFlow also uses "
        "threads), so Rasa's CPU time per message bounds its throughput: 1000 / ms messages "
        "per second per free core (the Rasa-bound column assumes one core).",
        "",
        "| users | setup | Rasa | action server | total | Rasa-bound msg/s |",
        "| ---: | --- | ---: | ---: | ---: | ---: |",
    ]
    for u in users:
        for st in (o, s):
            rasa_ms = st.cpu_ms_per_message(u, "rasa")
            lines.append(
                f"| {u} | {st.name} | {_ms(rasa_ms)} | {_ms(st.cpu_ms_per_message(u, 'actions'))} "
                f"| {_ms(st.cpu_ms_per_message(u))} | {1000.0 / rasa_ms:.0f} |"
            )
    lines += [
        "",
        "## Per turn kind (p50 / p95 ms), with the NLU-only parse (`POST /model/parse`, 1 user)",
        "",
        "| setup | turn kind | example | " + " | ".join(f"{u} user{'s' * (u > 1)}" for u in users)
        + " | NLU parse p50 | rest of the turn (p50 - parse) |",
        "| --- | --- | --- | " + " | ".join("---:" for _ in users) + " | ---: | ---: |",
    ]
    slowest: list[tuple[float, str]] = []
    for st in (o, s):
        for kind in st.kinds():
            example = next(t.text for c in st.conversations for t in c if t.kind == kind)
            cells = []
            for u in users:
                xs = st.samples(u, kind)
                cells.append(f"{_ms(percentile(xs, 50))} / {_ms(percentile(xs, 95))}")
            p1 = percentile(st.samples(users[0], kind), 50)
            parse = percentile([x.ms for x in st.parse if x.ok and x.kind == kind], 50)
            lines.append(f"| {st.name} | {kind} | \"{example}\" | " + " | ".join(cells)
                         + f" | {_ms(parse)} | {_ms(p1 - parse)} |")
            if st is o:
                slowest.append((p1, kind))
    op = percentile([x.ms for x in o.parse if x.ok], 50)
    sp = percentile([x.ms for x in s.parse if x.ok], 50)

    assert o.memory and s.memory
    lo, hi = users[0], users[-1]
    t_o, t_s = train.get(OURS, {}), train.get(STARTER_NAME, {})

    def train_cell(t: dict[str, Any]) -> str:
        if "error" in t:
            return f"error: {t['error']}"
        cell = f"{t.get('seconds', float('nan')):.0f} s"
        if "build_seconds" in t:
            b = t["build_seconds"]
            cell += (" (spaCy pipeline build failed, not counted)" if b is None else
                     f" (spaCy pipeline {b:.0f} s + rasa train {t['rasa_train_seconds']:.0f} s)")
        return cell + (" (cached)" if t.get("cached") else "")

    def size(st: Setup) -> int:
        return st.model.stat().st_size if st.model else 0

    lines += [
        "",
        "## Resources",
        "",
        "| | ours | starter | ours / starter |",
        "| --- | ---: | ---: | ---: |",
        f"| peak memory, Rasa + action server (largest sum of PSS, sampled every 0.5 s) | "
        f"{_mb(o.memory.peak_pss_kb())} | {_mb(s.memory.peak_pss_kb())} | "
        f"{_ratio(o.memory.peak_pss_kb(), s.memory.peak_pss_kb())} |",
        f"| of which Rasa (PSS) | {_mb(o.memory.peak_pss_kb('rasa'))} | "
        f"{_mb(s.memory.peak_pss_kb('rasa'))} | "
        f"{_ratio(o.memory.peak_pss_kb('rasa'), s.memory.peak_pss_kb('rasa'))} |",
        f"| peak RSS, Rasa + action server (sum of VmHWM) | {_mb(o.memory.peak_kb())} | "
        f"{_mb(s.memory.peak_kb())} | {_ratio(o.memory.peak_kb(), s.memory.peak_kb())} |",
        f"| of which Rasa | {_mb(o.memory.peak_kb('rasa'))} | {_mb(s.memory.peak_kb('rasa'))} "
        f"| {_ratio(o.memory.peak_kb('rasa'), s.memory.peak_kb('rasa'))} |",
        f"| of which action server | {_mb(o.memory.peak_kb('actions'))} | "
        f"{_mb(s.memory.peak_kb('actions'))} | "
        f"{_ratio(o.memory.peak_kb('actions'), s.memory.peak_kb('actions'))} |",
        f"| RSS after the run (VmRSS) | {_mb(o.memory.rss_kb())} | {_mb(s.memory.rss_kb())} | "
        f"{_ratio(o.memory.rss_kb(), s.memory.rss_kb())} |",
        f"| start-up (process start to /status ready) | {o.startup_s:.1f} s | "
        f"{s.startup_s:.1f} s | {_ratio(o.startup_s, s.startup_s)} |",
        f"| full `rasa train --force` | {train_cell(t_o)} | {train_cell(t_s)} | "
        f"{_ratio(t_o.get('seconds', 0), t_s.get('seconds', 0))} |",
        f"| model size (served .tar.gz) | {size(o) / 1e6:.2f} MB | {size(s) / 1e6:.2f} MB | "
        f"{_ratio(size(o), size(s))} |",
        f"| NLU parse p50, 1 user | {_ms(op)} ms | {_ms(sp)} ms | {_ratio(op, sp)} |",
        "",
        "## Ratios (ours / starter)",
        "",
    ]
    for u in users:
        lines.append(
            f"- {u} user{'s' * (u > 1)}: throughput {_ratio(o.throughput(u), s.throughput(u))} "
            f"(higher is better), p50 {_ratio(percentile(o.samples(u), 50), percentile(s.samples(u), 50))}, "  # noqa: E501
            f"p95 {_ratio(percentile(o.samples(u), 95), percentile(s.samples(u), 95))} "
            "(lower is better)"
        )
    lines.append(
        f"- pure-response turns (ours `no_action` vs the starter's replies), {lo} user p50: "
        f"{_ratio(percentile(o.samples(lo, ours.NO_ACTION), 50), percentile(s.samples(lo, 'no_action'), 50))}"  # noqa: E501
    )

    tput = _ratio(o.throughput(hi), s.throughput(hi))
    no_action = percentile(o.samples(lo, ours.NO_ACTION), 50)
    assess = percentile(o.samples(lo, ours.ASSESSMENT), 50)
    train_s = t_o.get("seconds") if "error" not in t_o else None
    targets = [
        (f"{hi} users: throughput >= {THROUGHPUT_RATIO:.0f}x the starter's (now {tput})",
         None if not s.throughput(hi) else o.throughput(hi) >= THROUGHPUT_RATIO * s.throughput(hi)),
        (f"{lo} user: p50 of a turn without a custom action <= {NO_ACTION_P50_MS:.0f} ms "
         f"(now {_ms(no_action)} ms)", None if no_action != no_action else no_action <= NO_ACTION_P50_MS),
        (f"{lo} user: p50 of the assessment turn <= {ASSESSMENT_P50_MS:.0f} ms "
         f"(now {_ms(assess)} ms)", None if assess != assess else assess <= ASSESSMENT_P50_MS),
        (f"peak memory below the starter's, PSS (now {_mb(o.memory.peak_pss_kb())} vs "
         f"{_mb(s.memory.peak_pss_kb())}; sum of VmHWM {_mb(o.memory.peak_kb())} vs "
         f"{_mb(s.memory.peak_kb())})", o.memory.peak_pss_kb() < s.memory.peak_pss_kb()),
        (f"full `rasa train` within {TRAIN_SECONDS:.0f} s (now "
         f"{'n/a' if train_s is None else f'{train_s:.0f} s'})",
         None if train_s is None else train_s <= TRAIN_SECONDS),
    ]
    lines += ["", "## Targets", ""]
    lines += [f"- **{_verdict(ok)}** {what}" for what, ok in targets]
    all_pass = all(ok for _, ok in targets)

    slowest.sort(reverse=True)
    lines += ["", "## Our slowest turn kinds (1 user p50)", "",
              ", ".join(f"{k} {_ms(v)} ms" for v, k in slowest)]
    lines += ["", "## Turn check (one conversation each, before measuring)", "",
              "| setup | kind | message | intent | actions | check |",
              "| --- | --- | --- | --- | --- | --- |"]
    for st in (o, s):
        for kind, text, intent, actions, verdict in st.turn_check:
            lines.append(f"| {st.name} | {kind} | {text} | {intent} | {', '.join(actions)} | "
                         f"{verdict} |")
    errs = [e for st in (o, s) for rs in st.rounds.values() for r in rs for e in r.errors]
    if errs:
        lines += ["", "## First errors", ""] + [f"- {e}" for e in errs[:10]]
    lines += ["", f"Logs: `{WORK.relative_to(ROOT)}/`. Re-time training with "
              "`BENCH_TRAIN=1 make bench`.", ""]
    return "\n".join(lines), all_pass


def _rasa_version() -> str:
    try:
        from importlib.metadata import version

        return version("rasa")
    except Exception:  # noqa: BLE001
        return "?"


def _our_build_step() -> list[str] | None:
    """Our spaCy pipeline is built before `rasa train` (make train does it; cached by content
    hash): a full train from scratch includes it, so it is timed too, into a temporary folder
    (config.yml is not touched)."""
    if not (ROOT / "bot" / "nlp.py").exists():
        return None
    code = "import sys, bot.nlp as n; n.build_nlp(n.get_kb()).to_disk(sys.argv[1])"
    return [sys.executable, "-c", code, "{tmp}/spacy-pipeline"]


def _term(signum: int, frame: object) -> None:
    raise KeyboardInterrupt  # so the servers are stopped on the way out


def _loadavg() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "?"


def running_ours(model: Path, workdir: Path, workers: int) -> Any:
    """Our action server and Rasa, with `workers` Rasa processes sharing file locks."""
    if workers <= 1:
        return running_assistant(model, workdir, root=ROOT)
    locks = {"lock_store": {"type": "server.lock_store.FileLockStore",
                            "directory": str(workdir / "locks")}}
    return running_assistant(model, workdir, root=ROOT, endpoints_extra=locks,
                             rasa_env={"SANIC_WORKERS": str(workers)})


def main(argv: list[str] | None = None) -> int:
    try:
        return _main(argv)
    except RuntimeError as e:  # a server that would not start (its log tail was printed)
        print(f"bench: {str(e).splitlines()[0]}", file=sys.stderr)
        return 2


def _main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--rounds", type=int, default=int(os.environ.get("BENCH_ROUNDS", 3)))
    p.add_argument("--seconds", type=float,
                   default=float(os.environ.get("BENCH_ROUND_SECONDS", 20)))
    p.add_argument("--users", default=os.environ.get("BENCH_USERS", "1,10"))
    p.add_argument("--workers", type=int, default=int(os.environ.get("BENCH_WORKERS", 2)))
    p.add_argument("--model", type=Path, default=ROOT / "models" / "twitch.tar.gz")
    p.add_argument("--out", type=Path, default=RESULTS / "bench.md")
    p.add_argument("--train", action="store_true",
                   default=os.environ.get("BENCH_TRAIN", "") not in ("", "0"))
    p.add_argument("--strict", action="store_true", help="exit 1 when a target fails")
    args = p.parse_args(argv)
    users = sorted({int(u) for u in args.users.split(",") if u.strip()})
    rounds = max(1, min(args.rounds, 20))
    signal.signal(signal.SIGTERM, _term)
    started = time.monotonic()
    load_before = _loadavg()

    shutil.rmtree(WORK, ignore_errors=True)  # logs and throw-away tracker databases
    WORK.mkdir(parents=True)
    starter_model = ensure_starter(WORK / "starter-init.log")
    train = training_times(
        {OURS: (ROOT, ["--fixed-model-name", "twitch"], _our_build_step()),
         STARTER_NAME: (STARTER, [], None)},
        RESULTS / "bench_train.json", WORK, force=args.train,
    )

    setups = {
        OURS: Setup(OURS, ours.CONVERSATIONS, custom_actions(ROOT / "domain.yml"),
                    model=args.model),
        STARTER_NAME: Setup(STARTER_NAME, STARTER_CONVERSATIONS,
                            custom_actions(STARTER / "domain.yml"), model=starter_model),
    }
    with ExitStack() as stack:
        # One at a time, so that neither start-up competes with the other for the CPU.
        starts = {OURS: lambda m, w: running_ours(m, w, args.workers),
                  STARTER_NAME: running_starter}
        for st in (setups[OURS], setups[STARTER_NAME]):
            print(f"starting {st.name} (action server + rasa run) ...", flush=True)
            assert st.model is not None
            t0 = time.monotonic()
            st.assistant = stack.enter_context(starts[st.name](st.model, WORK / st.name))
            st.startup_s = time.monotonic() - t0
            assert st.assistant.rasa.proc and st.assistant.actions.proc
            st.memory = TreeMemory({"rasa": st.assistant.rasa.proc.pid,
                                    "actions": st.assistant.actions.proc.pid})
            st.memory.sample()
            print(f"  {st.name} ready in {st.startup_s:.1f} s", flush=True)
        order = [setups[OURS], setups[STARTER_NAME]]
        with Sampler([st.memory for st in order if st.memory]):
            for st in order:
                check_turns(st)
                bad = [t for t in st.turn_check if t[-1] != "ok"]
                for kind, text, intent, actions, verdict in bad:
                    print(f"  warning: {st.name} {kind} turn {text!r} ({intent}): {verdict}")
                # Warm-up: a few conversations alone, then one each with the most users.
                assert st.assistant is not None
                for u in (1, users[-1]):
                    asyncio.run(run_round(st.assistant.url, st.conversations, u, 20.0,
                                          f"warmup-{st.name}", max_conversations=2))
            for u in users:
                for r in range(rounds):
                    for st in order if r % 2 == 0 else order[::-1]:  # ABBA...
                        assert st.assistant is not None
                        cpu0 = st.cpu_now()
                        res = asyncio.run(run_round(st.assistant.url, st.conversations, u,
                                                    args.seconds, f"{st.name}-{u}-{r}"))
                        used = st.cpu.setdefault(u, {})
                        for label, secs in st.cpu_now().items():
                            used[label] = used.get(label, 0.0) + secs - cpu0[label]
                        st.rounds.setdefault(u, []).append(res)
                        xs = [x.ms for x in res.samples if x.ok]
                        print(f"  round {r + 1}/{rounds} {u:>2} user(s) {st.name:<7} "
                              f"{res.throughput:6.1f} msg/s  p50 {_ms(percentile(xs, 50)):>5} ms"
                              f"  p95 {_ms(percentile(xs, 95)):>5} ms  errors "
                              f"{len(res.samples) - res.completed}", flush=True)
            for st in order:
                assert st.assistant is not None
                texts = [(t.kind, t.text) for c in st.conversations for t in c]
                st.parse = asyncio.run(parse_latencies(st.assistant.url, texts, 10, 60.0))
        text, all_pass = report(setups, train, users, rounds, args.seconds,
                                time.monotonic() - started, (load_before, _loadavg()),
                                args.workers)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text)
    print()
    print(text)
    print(f"(written to {args.out})")
    return 1 if args.strict and not all_pass else 0


if __name__ == "__main__":
    sys.exit(main())
