"""FileLockStore: one conversation at a time across the worker processes of one machine."""

from __future__ import annotations

import asyncio
import fcntl
import subprocess
import sys
import time

import pytest
from rasa.core.lock_store import LockError, LockStore
from rasa.core.utils import number_of_sanic_workers
from rasa.utils.endpoints import EndpointConfig

from server.lock_store import FileLockStore

CONFIG = {"type": "server.lock_store.FileLockStore"}


def test_rasa_builds_it_from_endpoints_and_allows_several_workers(tmp_path, monkeypatch) -> None:  # noqa: ANN001
    endpoint = EndpointConfig(**CONFIG, directory=str(tmp_path / "locks"))
    store = LockStore.create(endpoint)
    assert isinstance(store, FileLockStore) and store.directory == tmp_path / "locks"
    monkeypatch.setenv("SANIC_WORKERS", "2")
    assert number_of_sanic_workers(endpoint) == 2
    assert number_of_sanic_workers(None) == 1  # Rasa's in-memory store: one worker only


def test_messages_of_one_conversation_run_one_at_a_time_in_order(tmp_path) -> None:  # noqa: ANN001
    store = FileLockStore(directory=str(tmp_path))
    log: list[str] = []

    async def message(n: int) -> None:
        async with store.lock("anna"):
            log.append(f"start {n}")
            await asyncio.sleep(0.01)
            log.append(f"end {n}")

    async def main() -> None:
        await asyncio.gather(*(message(n) for n in range(5)))

    asyncio.run(main())
    assert log == [f"{what} {n}" for n in range(5) for what in ("start", "end")]
    assert store._queues == {}  # nothing kept once the conversation is idle


def test_other_conversations_do_not_wait(tmp_path) -> None:  # noqa: ANN001
    store = FileLockStore(directory=str(tmp_path))
    a, b = "anna", next(f"bob{i}" for i in range(100)
                        if store.slot(f"bob{i}") != store.slot("anna"))

    async def main() -> list[str]:
        log: list[str] = []

        async def hold(who: str, seconds: float) -> None:
            async with store.lock(who):
                log.append(f"in {who}")
                await asyncio.sleep(seconds)
                log.append(f"out {who}")

        await asyncio.gather(hold(a, 0.2), hold(b, 0.0))
        return log

    assert asyncio.run(main()) == [f"in {a}", f"in {b}", f"out {b}", f"out {a}"]


HOLD = """
import fcntl, os, sys, time
fd = os.open(sys.argv[1], os.O_RDWR | os.O_CREAT)
fcntl.flock(fd, fcntl.LOCK_EX)
print("held", flush=True)
time.sleep(float(sys.argv[2]))
"""


def _held_by_another_process(path: str, seconds: float) -> subprocess.Popen:
    holder = subprocess.Popen([sys.executable, "-c", HOLD, path, str(seconds)],
                              stdout=subprocess.PIPE, text=True)
    assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
    return holder


def test_waits_for_another_process_and_a_dead_holder_frees_it(tmp_path) -> None:  # noqa: ANN001
    store = FileLockStore(directory=str(tmp_path))
    holder = _held_by_another_process(str(store.slot("anna")), 0.3)

    async def take() -> float:
        start = time.monotonic()
        async with store.lock("anna"):
            return time.monotonic() - start

    assert asyncio.run(take()) >= 0.2  # waited for the other process
    holder.wait()
    killed = _held_by_another_process(str(store.slot("anna")), 60)
    killed.kill()
    killed.wait()
    assert asyncio.run(take()) < 0.5  # the kernel released the dead process's lock


def test_gives_up_after_the_lock_lifetime(tmp_path) -> None:  # noqa: ANN001
    store = FileLockStore(directory=str(tmp_path))
    holder = _held_by_another_process(str(store.slot("anna")), 5)

    async def take() -> None:
        async with store.lock("anna", lock_lifetime=0.2):
            pass

    try:
        with pytest.raises(LockError):
            asyncio.run(take())
    finally:
        holder.kill()
        holder.wait()
    with open(store.slot("anna"), "w") as f:  # and the file is free again afterwards
        fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
