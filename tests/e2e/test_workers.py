"""Two Rasa worker processes (SANIC_WORKERS=2) on one machine share the SQLite tracker store
through the file lock store (server/lock_store.py), as deploy/rasa.sh runs them: messages of
one conversation sent at once are all answered, stored once and take turns; many conversations
in parallel each complete their check-up."""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Iterator

import pytest

from bench.procmem import children, cpu_seconds

from .servers import Assistant, running_assistant
from .test_scale_out import ANSWERS, QUESTIONS
from .vignettes import FORM_SLOTS

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def workers(trained_model: Path, tmp_path_factory) -> Iterator[Assistant]:  # noqa: ANN001
    work = tmp_path_factory.mktemp("workers")
    locks = {"lock_store": {"type": "server.lock_store.FileLockStore",
                            "directory": str(work / "locks")}}
    with running_assistant(trained_model, work, endpoints_extra=locks,
                           rasa_env={"SANIC_WORKERS": "2"}) as assistant:
        yield assistant


def rows(db: Path, sender: str) -> list[tuple[str, str]]:
    with sqlite3.connect(db) as con:
        return con.execute("SELECT type_name, data FROM events WHERE sender_id = ? ORDER BY id",
                           (sender,)).fetchall()


def worker_pids(assistant: Assistant) -> list[int]:
    assert assistant.rasa.proc
    return children(assistant.rasa.proc.pid)


def test_two_workers_serve_and_both_do_work(workers: Assistant) -> None:
    pids = worker_pids(workers)
    assert len(pids) == 2
    before = {pid: cpu_seconds(pid) for pid in pids}
    with ThreadPoolExecutor(8) as pool:
        list(pool.map(lambda i: workers.send(f"load-{i}-{uuid.uuid4().hex[:6]}", QUESTIONS[i]),
                      range(8)))
    busy = [pid for pid in pids if cpu_seconds(pid) > before[pid]]
    assert len(busy) == 2, "one worker did nothing"


@pytest.mark.parametrize("burst", range(2))
def test_concurrent_messages_for_one_conversation(workers: Assistant, burst: int) -> None:
    sender = f"conc-{burst}-{uuid.uuid4().hex[:8]}"
    workers.send(sender, "hi")
    with ThreadPoolExecutor(len(QUESTIONS)) as pool:
        replies = list(pool.map(lambda q: workers.send(sender, q), QUESTIONS))
    assert all(replies), [len(r) for r in replies]
    stored = rows(workers.db, sender)
    twice = [k for k, n in Counter(stored).items() if n > 1]
    assert not twice, f"events stored more than once: {twice[:3]}"
    users = [json.loads(data)["text"] for kind, data in stored if kind == "user"]
    assert sorted(users) == sorted(["hi", *QUESTIONS])
    kinds = [(kind, json.loads(data).get("name")) for kind, data in stored]
    for i, (kind, _) in enumerate(kinds):
        if kind == "user":  # each message was read only after the previous turn ended
            assert kinds[i - 1] == ("action", "action_listen"), kinds[max(0, i - 4):i + 1]


def test_parallel_check_ups_all_complete(workers: Assistant) -> None:
    def check_up(i: int) -> dict:
        sender = f"checkup-{i}-{uuid.uuid4().hex[:6]}"
        workers.send(sender, "my left eyelid keeps twitching")
        for _ in range(len(FORM_SLOTS) + 1):
            asked = workers.tracker(sender)["slots"].get("requested_slot")
            if asked is None:
                break
            workers.send(sender, ANSWERS[asked])
        return workers.tracker(sender)["slots"]

    with ThreadPoolExecutor(6) as pool:
        results = list(pool.map(check_up, range(6)))
    for slots in results:
        assert slots["requested_slot"] is None and slots["triage_level"], slots
        assert slots["body_part"] and slots["duration"] and slots["frequency"]
