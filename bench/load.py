"""An asyncio + aiohttp load generator for Rasa's REST webhook.

N users run at once; each plays whole conversations (a new sender id each time) in a loop,
until a time limit or a conversation count is reached, and records every message's latency
tagged with the kind of turn it is. Every loop is bounded by a count and a time limit.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field

import aiohttp

REQUEST_TIMEOUT = 60.0  # seconds for one message
MAX_CONVERSATIONS_PER_USER = 10_000


@dataclass(frozen=True)
class Turn:
    text: str
    kind: str


Conversation = Sequence[Turn]


@dataclass
class Sample:
    kind: str
    ms: float
    ok: bool


@dataclass
class RoundResult:
    label: str
    users: int
    elapsed: float  # seconds from the first request to the last answer
    samples: list[Sample] = field(default_factory=list)
    conversations: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def completed(self) -> int:
        return sum(s.ok for s in self.samples)

    @property
    def throughput(self) -> float:
        return self.completed / self.elapsed if self.elapsed > 0 else 0.0


def percentile(values: Sequence[float], q: float) -> float:
    """Linear-interpolated percentile, q in [0, 100]; NaN for no values."""
    if not values:
        return float("nan")
    xs = sorted(values)
    pos = (len(xs) - 1) * q / 100.0
    lo = int(pos)
    hi = min(lo + 1, len(xs) - 1)
    return xs[lo] + (xs[hi] - xs[lo]) * (pos - lo)


async def _send(
    session: aiohttp.ClientSession, url: str, sender: str, text: str
) -> tuple[bool, str]:
    async with session.post(url, json={"sender": sender, "message": text}) as r:
        body = await r.json(content_type=None)
        if r.status != 200:
            return False, f"HTTP {r.status}"
        if not isinstance(body, list) or not body:
            return False, f"empty reply to {text!r}"
        return True, ""


async def _user(
    n: int,
    session: aiohttp.ClientSession,
    url: str,
    conversations: Sequence[Conversation],
    deadline: float,
    max_conversations: int,
    result: RoundResult,
    stagger: float,
) -> None:
    await asyncio.sleep(stagger * n)
    for c in range(max_conversations):
        if time.monotonic() >= deadline:
            return
        conversation = conversations[(n + c) % len(conversations)]
        sender = f"bench-{result.label}-{n}-{uuid.uuid4().hex[:10]}"
        result.conversations += 1
        for turn in conversation:
            if time.monotonic() >= deadline:
                return
            t0 = time.perf_counter()
            try:
                ok, why = await _send(session, url, sender, turn.text)
            except (aiohttp.ClientError, asyncio.TimeoutError, ValueError) as e:
                ok, why = False, f"{type(e).__name__}: {e}"
            ms = (time.perf_counter() - t0) * 1000.0
            result.samples.append(Sample(turn.kind, ms, ok))
            if not ok:
                if len(result.errors) < 20:
                    result.errors.append(f"{turn.kind} {turn.text!r}: {why}")
                break  # a broken conversation is abandoned; the user starts a new one


async def run_round(
    base_url: str,
    conversations: Sequence[Conversation],
    users: int,
    seconds: float,
    label: str,
    max_conversations: int = MAX_CONVERSATIONS_PER_USER,
    stagger: float = 0.05,
) -> RoundResult:
    """`users` concurrent users for `seconds` (or `max_conversations` each, whichever first)."""
    url = f"{base_url.rstrip('/')}/webhooks/rest/webhook"
    result = RoundResult(label=label, users=users, elapsed=0.0)
    timeout = aiohttp.ClientTimeout(total=REQUEST_TIMEOUT)
    connector = aiohttp.TCPConnector(limit=users, force_close=False)
    async with aiohttp.ClientSession(timeout=timeout, connector=connector) as session:
        start = time.monotonic()
        deadline = start + seconds
        tasks = [
            _user(n, session, url, conversations, deadline, max_conversations, result, stagger)
            for n in range(users)
        ]
        # Hard stop: a message in flight at the deadline may take up to REQUEST_TIMEOUT.
        await asyncio.wait_for(asyncio.gather(*tasks), timeout=seconds + REQUEST_TIMEOUT + 10)
        result.elapsed = time.monotonic() - start
    return result


async def parse_latencies(
    base_url: str, texts: Sequence[tuple[str, str]], repeats: int, seconds: float
) -> list[Sample]:
    """NLU only: POST /model/parse for each (kind, text), one at a time, `repeats` times."""
    url = f"{base_url.rstrip('/')}/model/parse"
    samples: list[Sample] = []
    deadline = time.monotonic() + seconds
    timeout = aiohttp.ClientTimeout(total=REQUEST_TIMEOUT)
    async with aiohttp.ClientSession(timeout=timeout) as session:
        for _ in range(repeats):
            for kind, text in texts:
                if time.monotonic() >= deadline:
                    return samples
                t0 = time.perf_counter()
                async with session.post(url, json={"text": text}) as r:
                    await r.read()
                    ok = r.status == 200
                samples.append(Sample(kind, (time.perf_counter() - t0) * 1000.0, ok))
    return samples
