"""Rasa's Redis lock store, with its ticket bookkeeping made atomic across processes.

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

from typing import Any, Optional, Text

from rasa.core.lock_store import LOCK_LIFETIME, RedisLockStore

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
