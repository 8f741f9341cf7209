"""Lock stores: Rasa's Redis lock store with atomic ticket bookkeeping (several machines), and a
file lock store for several Rasa worker processes on one machine.

Rasa 3.6's RedisLockStore issues a ticket with GET, change, SET. Two Rasa instances taking a
message for the same conversation at the same moment can both read the same lock and both get
the same ticket number: both then process at once, and Rasa's SQL tracker store (which saves
"the events after the ones already stored") drops one of the two messages. Measured:
tests/e2e/test_scale_out.py lost 1 of 6 concurrent messages with the stock store under load.
Here every read-change-write of a lock runs under a short Redis mutex (SET NX with expiry,
redis-py's Lock), so tickets are unique; the queueing itself is Rasa's.

endpoints.yml: lock_store: {type: server.lock_store.AtomicRedisLockStore, url: ..., port: ...}
(deploy/endpoints.py writes it when REDIS_URL is set).
"""

from __future__ import annotations

import asyncio
import fcntl
import hashlib
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any, Optional, Text

from rasa.core.lock import TicketLock
from rasa.core.lock_store import LOCK_LIFETIME, LockError, LockStore, RedisLockStore

MUTEX_TIMEOUT_SECONDS = 5  # held for a few Redis round trips; expires if its holder dies


class AtomicRedisLockStore(RedisLockStore):
    def __init__(self, endpoint_config: Optional[Any] = None, **kwargs: Any) -> None:
        # Rasa builds custom lock stores with `endpoint_config=` only (lock_store.py).
        if endpoint_config is not None:
            kwargs = {"host": endpoint_config.url or "localhost", **endpoint_config.kwargs}
        super().__init__(**kwargs)

    def _mutex(self, conversation_id: Text) -> Any:
        return self.red.lock(f"{self.key_prefix}{conversation_id}:mutex",
                             timeout=MUTEX_TIMEOUT_SECONDS,
                             blocking_timeout=MUTEX_TIMEOUT_SECONDS)

    def issue_ticket(self, conversation_id: Text, lock_lifetime: float = LOCK_LIFETIME) -> int:
        with self._mutex(conversation_id):
            return super().issue_ticket(conversation_id, lock_lifetime)

    def update_lock(self, conversation_id: Text) -> None:
        with self._mutex(conversation_id):
            super().update_lock(conversation_id)

    def cleanup(self, conversation_id: Text, ticket_number: int) -> None:
        with self._mutex(conversation_id):
            super().cleanup(conversation_id, ticket_number)


class FileLockStore(LockStore):
    """Conversation locks shared by the Rasa worker processes of ONE machine (SANIC_WORKERS > 1),
    held with flock(2) on a fixed set of lock files; no server needed.

    The kernel releases a dead process's locks, so nothing goes stale. A conversation maps to one
    of `SLOTS` files by a hash: two conversations may share a file and then wait for each other
    briefly, never run at once. Within a process, messages of one conversation also queue in
    arrival order (an asyncio lock) before taking the file lock. Several machines need Redis
    (AtomicRedisLockStore).

    endpoints.yml: lock_store: {type: server.lock_store.FileLockStore, directory: .locks}
    """

    SLOTS = 1024
    POLL_SECONDS = (0.001, 0.02)  # first and longest wait between two tries for a held lock

    def __init__(self, endpoint_config: Optional[Any] = None, directory: str = ".locks") -> None:
        if endpoint_config is not None:
            directory = endpoint_config.kwargs.get("directory", directory)
        self.directory = Path(directory)
        self.directory.mkdir(parents=True, exist_ok=True)
        self._queues: dict[str, tuple[asyncio.Lock, int]] = {}  # conversation -> (lock, users)
        super().__init__()

    def slot(self, conversation_id: Text) -> Path:
        digest = hashlib.blake2b(conversation_id.encode(), digest_size=8).digest()
        return self.directory / f"{int.from_bytes(digest, 'big') % self.SLOTS:04d}.lock"

    @asynccontextmanager
    async def lock(self, conversation_id: Text, lock_lifetime: float = LOCK_LIFETIME,
                   wait_time_in_seconds: float = 1) -> AsyncIterator[TicketLock]:
        queue, users = self._queues.get(conversation_id, (asyncio.Lock(), 0))
        self._queues[conversation_id] = (queue, users + 1)
        try:
            async with queue:
                fd = os.open(self.slot(conversation_id), os.O_RDWR | os.O_CREAT, 0o600)
                try:
                    await self._flock(fd, conversation_id, lock_lifetime)
                    yield TicketLock(conversation_id)
                finally:
                    os.close(fd)  # releases the flock
        finally:
            queue, users = self._queues[conversation_id]
            if users == 1:
                del self._queues[conversation_id]
            else:
                self._queues[conversation_id] = (queue, users - 1)

    async def _flock(self, fd: int, conversation_id: Text, lock_lifetime: float) -> None:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + lock_lifetime
        delay, longest = self.POLL_SECONDS
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                return
            except BlockingIOError:
                if loop.time() > deadline:
                    raise LockError(f"Could not acquire lock for conversation_id "
                                    f"'{conversation_id}'.") from None
                await asyncio.sleep(delay)
                delay = min(delay * 2, longest)

    # Rasa's ticket bookkeeping is not used: the kernel keeps the queue.
    def get_lock(self, conversation_id: Text) -> Optional[TicketLock]:
        return None

    def delete_lock(self, conversation_id: Text) -> None:
        return None

    def save_lock(self, lock: TicketLock) -> None:
        return None
