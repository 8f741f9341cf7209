"""Rasa's SQL tracker store, with each conversation's stored events kept in memory.

Stock `SQLTrackerStore.retrieve` re-reads and re-parses the whole conversation on every
message (6 ms for a 70-event check-up on SQLite, most of it JSON parsing and event objects), and
`save` counts the stored rows again. This store keeps, per conversation, the parsed events of the
latest session and the highest row id it has read, so a turn costs two indexed queries: the rows
written since (by this instance or by another one behind the same load balancer) and a count of
the rows it already knows, which changes only when rows were deleted ("delete my data") and then
forces a full reload. Same table, same arguments and same session semantics as Rasa's store, so
it is a drop-in `type:` in endpoints.yml for SQLite and PostgreSQL alike.

Sharing event objects between the cache and the trackers built from it is safe: Rasa does not
change an event once it is logged, and the one in-place update on replay (EntitiesAdded) is
idempotent.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import logging
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.events import Event, SessionStarted
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.constants import INTENT_NAME_KEY

logger = logging.getLogger(__name__)

DEFAULT_CACHE_SIZE = 512  # conversations kept in memory; least recently used go first


@dataclass
class _Stored:
    """What the database holds for one conversation, as far as this instance has read."""

    events: list[Event]  # the latest session, exactly as Rasa's `retrieve` would return it
    last_id: int  # highest row id read for the conversation
    rows: int  # number of the conversation's rows with id <= last_id (all sessions)


def latest_session(events: list[Event]) -> list[Event]:
    """The events Rasa's session query keeps: timestamp >= the newest SessionStarted's."""
    starts = [e.timestamp for e in events if isinstance(e, SessionStarted)]
    if not starts:
        return events
    start = max(starts)
    return [e for e in events if e.timestamp >= start]


class CachedSQLTrackerStore(SQLTrackerStore):
    """`type: server.tracker_store.CachedSQLTrackerStore` in endpoints.yml."""

    def __init__(self, *args: Any, cache_size: int = DEFAULT_CACHE_SIZE, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.engine.dialect.name == "sqlite":
            self._pool_sqlite_connections()
        self.cache_size = int(cache_size)
        self._cache: OrderedDict[str, _Stored] = OrderedDict()
        # All of this store's database work runs on one thread of its own: a commit waits for
        # the disk (2.5 ms on SQLite here, a round trip on PostgreSQL), and on Rasa's event loop
        # that wait would stall every other conversation. One thread keeps the writes in order
        # and the cache single-threaded.
        self._db_thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="tracker-store")

    async def retrieve(self, sender_id: str) -> DialogueStateTracker | None:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._db_thread, self._retrieve_now, sender_id)

    async def save(self, tracker: DialogueStateTracker) -> None:
        await self.stream_events(tracker)
        await asyncio.get_running_loop().run_in_executor(self._db_thread, self._save_now, tracker)

    def _retrieve_now(self, sender_id: str) -> DialogueStateTracker | None:
        with self.session_scope() as session:
            stored = self._read(session.connection(), sender_id)
        if stored is None or not stored.events:
            return None
        return DialogueStateTracker.from_events(sender_id, stored.events, self.domain.slots)

    def _save_now(self, tracker: DialogueStateTracker) -> None:
        """Write the events the database does not have yet.

        Rasa holds the conversation's lock from the `retrieve` at the start of a turn to this
        `save` (across instances with the Redis lock store), so no other instance writes in
        between and the events in memory tell which ones are new. If the rows were deleted
        meanwhile ("delete my data" during the turn), only the turn's new events are written,
        never the deleted history; the next read notices the deletion and reloads.
        """
        sender_id = tracker.sender_id
        with self.session_scope() as session:
            db = session.connection()
            stored = self._cache.get(sender_id) or self._read(db, sender_id)
            known = len(stored.events) if stored else 0
            new_events = list(itertools.islice(tracker.events, known, len(tracker.events)))
            if new_events:
                db.execute(self._table.insert(), [self._row(sender_id, e) for e in new_events])
                ids = self._ids_after(db, sender_id, stored.last_id if stored else 0)
            session.commit()
        if new_events:
            written = list(zip(ids[-len(new_events) :], new_events))
            self._remember(sender_id, self._extend(stored or _Stored([], 0, 0), written))
        logger.debug("Tracker with sender_id '%s' stored to database", sender_id)

    def forget(self, sender_id: str) -> None:
        """Drop a conversation from memory (the next read reloads it from the database)."""
        self._cache.pop(sender_id, None)

    # -- internals -------------------------------------------------------------------------

    def _pool_sqlite_connections(self) -> None:
        """Reuse SQLite connections (SQLAlchemy 1.4 opens a new one per session for a file)."""
        self.engine = sa.create_engine(
            self.engine.url,
            poolclass=sa.pool.QueuePool,
            pool_size=2,
            connect_args={"check_same_thread": False},  # one thread at a time, via the pool
        )
        sa.event.listen(self.engine, "connect", _sqlite_write_ahead_log)
        self.sessionmaker = sa.orm.session.sessionmaker(bind=self.engine)

    def _read(self, db: Any, sender_id: str) -> _Stored | None:
        """The conversation's stored events, brought up to date with the database.

        `db` is a SQLAlchemy connection; plain Core statements, since the ORM's per-query
        overhead was most of this store's cost.
        """
        table = self._table
        stored = self._cache.get(sender_id)
        if stored is not None:
            of_sender = table.c.sender_id == sender_id
            rows_known = db.execute(
                sa.select(sa.func.count()).where(of_sender, table.c.id <= stored.last_id)
            ).scalar()
            if rows_known == stored.rows:
                new = db.execute(
                    sa.select(table.c.id, table.c.data)
                    .where(of_sender, table.c.id > stored.last_id)
                    .order_by(table.c.id)
                ).all()
                if new:
                    stored = self._extend(stored, [(i, _parse(data)) for i, data in new])
                self._remember(sender_id, stored)
                return stored
            logger.debug("Rows of '%s' were deleted elsewhere: reloading it", sender_id)
            self.forget(sender_id)
        return self._load(db, sender_id)

    def _load(self, db: Any, sender_id: str) -> _Stored | None:
        table = self._table
        rows, last_id = db.execute(
            sa.select(sa.func.count(), sa.func.max(table.c.id)).where(
                table.c.sender_id == sender_id
            )
        ).one()
        if not rows:
            return None
        # Rasa's own query for the latest session, so both stores agree on what it holds.
        with self.sessionmaker(bind=db) as session:
            latest = self._event_query(session, sender_id, fetch_events_from_all_sessions=False)
            data = [r.data for r in latest.filter(self.SQLEvent.id <= last_id)]
        events = [e for e in map(_parse, data) if e is not None]
        stored = _Stored(events, int(last_id), int(rows))
        self._remember(sender_id, stored)
        return stored

    def _ids_after(self, db: Any, sender_id: str, last_id: int) -> list[int]:
        """Ids of the conversation's rows after `last_id` (one query, instead of one per row)."""
        table = self._table
        query = sa.select(table.c.id).where(table.c.sender_id == sender_id, table.c.id > last_id)
        return [i for (i,) in db.execute(query.order_by(table.c.id))]

    @staticmethod
    def _extend(stored: _Stored, new: list[tuple[int, Event | None]]) -> _Stored:
        if not new:
            return stored
        events = stored.events + [e for _, e in new if e is not None]
        if any(isinstance(e, SessionStarted) for _, e in new):
            events = latest_session(events)
        return _Stored(events, max(i for i, _ in new), stored.rows + len(new))

    def _remember(self, sender_id: str, stored: _Stored) -> None:
        self._cache[sender_id] = stored
        self._cache.move_to_end(sender_id)
        while len(self._cache) > self.cache_size:
            self._cache.popitem(last=False)

    @property
    def _table(self) -> sa.Table:
        return self.SQLEvent.__table__

    @staticmethod
    def _row(sender_id: str, event: Event) -> dict[str, Any]:
        """The same row Rasa's `SQLTrackerStore.save` writes for an event."""
        data = event.as_dict()
        return dict(
            sender_id=sender_id,
            type_name=event.type_name,
            timestamp=data.get("timestamp"),
            intent_name=data.get("parse_data", {}).get("intent", {}).get(INTENT_NAME_KEY),
            action_name=data.get("name"),
            data=json.dumps(data),
        )


def _sqlite_write_ahead_log(dbapi_connection: Any, _record: Any) -> None:
    # A commit in SQLite's default rollback-journal mode costs two or more fsyncs (12 % of the
    # server's CPU time under load); with the write-ahead log it is one, and FULL still syncs
    # every commit, so a crash or power cut loses no conversation.
    dbapi_connection.execute("PRAGMA journal_mode=WAL")
    dbapi_connection.execute("PRAGMA synchronous=FULL")


def _parse(data: str) -> Event | None:
    # None for an event type this Rasa does not know, which Rasa's own loader skips too.
    return Event.from_parameters(json.loads(data))
