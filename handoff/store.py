"""Escalation records and the alert outbox, in the tracker store's database.

An escalation and its alert are written in one transaction before the bot replies; the alert
is sent later by handoff.alerts, so a failing webhook never delays a reply and an unsent alert
survives a restart."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Sequence

import sqlalchemy as sa

from handoff import config

metadata = sa.MetaData()

escalations = sa.Table(
    "escalations", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("conversation_id", sa.String(255), nullable=False, index=True),
    sa.Column("channel", sa.String(64)),
    sa.Column("kind", sa.String(32), nullable=False),  # red_flag | human_request
    sa.Column("level", sa.String(32)),
    sa.Column("red_flags", sa.Text, nullable=False),  # JSON list of ids
    sa.Column("created_at", sa.Float, nullable=False),
    sa.Column("user_text", sa.Text),  # cleared on "delete my data" and after retention
)

outbox = sa.Table(
    "alert_outbox", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("escalation_id", sa.Integer, sa.ForeignKey("escalations.id"), nullable=False),
    sa.Column("payload", sa.Text, nullable=False),
    sa.Column("attempts", sa.Integer, nullable=False, default=0),
    sa.Column("next_attempt_at", sa.Float, nullable=False),
    sa.Column("sent_at", sa.Float),
    sa.Column("last_error", sa.String(500)),
)

# "Delete my data": done by the background worker after the turn that asked for it has been
# saved by Rasa (Rasa re-saves a tracker whose rows vanished mid-turn), in two passes.
deletions = sa.Table(
    "deletion_requests", metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("conversation_id", sa.String(255), nullable=False),
    sa.Column("up_to", sa.Float, nullable=False),
    sa.Column("next_at", sa.Float, nullable=False),
    sa.Column("passes_left", sa.Integer, nullable=False),
)

# Rasa's SQLTrackerStore table (rasa/core/tracker_store.py), only the columns we filter on.
tracker_events = sa.table("events", sa.column("sender_id"), sa.column("timestamp"))


@dataclass(frozen=True)
class Escalation:
    conversation_id: str
    channel: Optional[str]
    kind: str
    level: Optional[str]
    red_flags: Sequence[str]
    user_text: Optional[str]
    created_at: float


@dataclass(frozen=True)
class PendingAlert:
    id: int
    payload: Dict[str, Any]
    attempts: int


class Store:
    def __init__(self, url: Any = None):
        self.url = url or config.db_url()
        kwargs: Dict[str, Any] = {"pool_pre_ping": True}
        if str(self.url).startswith("sqlite"):
            kwargs["connect_args"] = {"timeout": 15, "check_same_thread": False}
        self.engine = sa.create_engine(self.url, **kwargs)
        self._ready = False

    def ensure_schema(self) -> None:
        if not self._ready:
            metadata.create_all(self.engine)
            self._ready = True

    def record(self, esc: Escalation, payload: Dict[str, Any]) -> int:
        """Store the escalation and its pending alert in one transaction; return its id."""
        self.ensure_schema()
        with self.engine.begin() as conn:
            esc_id = conn.execute(escalations.insert().values(
                conversation_id=esc.conversation_id, channel=esc.channel, kind=esc.kind,
                level=esc.level, red_flags=json.dumps(list(esc.red_flags)),
                created_at=esc.created_at, user_text=esc.user_text,
            )).inserted_primary_key[0]
            conn.execute(outbox.insert().values(
                escalation_id=esc_id, payload=json.dumps({**payload, "escalation_id": esc_id}),
                attempts=0, next_attempt_at=esc.created_at,
            ))
        return int(esc_id)

    def due_alerts(self, now: float, limit: int = 20) -> List[PendingAlert]:
        self.ensure_schema()
        with self.engine.begin() as conn:
            rows = conn.execute(
                sa.select(outbox.c.id, outbox.c.payload, outbox.c.attempts)
                .where(outbox.c.sent_at.is_(None), outbox.c.next_attempt_at <= now)
                .order_by(outbox.c.id).limit(limit)
            ).all()
        return [PendingAlert(r.id, json.loads(r.payload), r.attempts) for r in rows]

    def mark_sent(self, alert_id: int, now: float) -> None:
        with self.engine.begin() as conn:
            conn.execute(outbox.update().where(outbox.c.id == alert_id).values(
                sent_at=now, attempts=outbox.c.attempts + 1, last_error=None))

    def mark_failed(self, alert_id: int, error: str, retry_at: float) -> None:
        with self.engine.begin() as conn:
            conn.execute(outbox.update().where(outbox.c.id == alert_id).values(
                attempts=outbox.c.attempts + 1, next_attempt_at=retry_at,
                last_error=error[:500]))

    def escalations_for(self, conversation_id: str) -> List[Dict[str, Any]]:
        self.ensure_schema()
        with self.engine.begin() as conn:
            rows = conn.execute(
                sa.select(escalations, outbox.c.sent_at, outbox.c.attempts)
                .join(outbox, outbox.c.escalation_id == escalations.c.id)
                .where(escalations.c.conversation_id == conversation_id)
                .order_by(escalations.c.id)
            ).mappings().all()
        return [{**dict(r), "red_flags": json.loads(r["red_flags"])} for r in rows]

    def forget_words(self, conversation_id: str) -> None:
        """Keep what the alert needed (who, where, which flags, level, when); drop the words,
        also from an alert still waiting to be sent."""
        self.ensure_schema()
        with self.engine.begin() as conn:
            conn.execute(escalations.update()
                         .where(escalations.c.conversation_id == conversation_id)
                         .values(user_text=None))
            ids = sa.select(escalations.c.id).where(
                escalations.c.conversation_id == conversation_id).scalar_subquery()
            for row in conn.execute(sa.select(outbox.c.id, outbox.c.payload)
                                    .where(outbox.c.escalation_id.in_(ids))).all():
                payload = json.loads(row.payload)
                payload.pop("user_text", None)
                payload["text"] = payload.get("text_without_words", payload.get("text"))
                conn.execute(outbox.update().where(outbox.c.id == row.id)
                             .values(payload=json.dumps(payload)))

    def request_deletion(self, conversation_id: str, up_to: float, first_at: float,
                         passes: int = 2) -> None:
        self.ensure_schema()
        with self.engine.begin() as conn:
            conn.execute(deletions.insert().values(
                conversation_id=conversation_id, up_to=up_to, next_at=first_at,
                passes_left=passes))

    def due_deletions(self, now: float) -> List[Dict[str, Any]]:
        self.ensure_schema()
        with self.engine.begin() as conn:
            return [dict(r) for r in conn.execute(
                sa.select(deletions).where(deletions.c.next_at <= now,
                                           deletions.c.passes_left > 0)).mappings().all()]

    def deletion_pass_done(self, request_id: int, next_at: float) -> None:
        with self.engine.begin() as conn:
            conn.execute(deletions.update().where(deletions.c.id == request_id).values(
                passes_left=deletions.c.passes_left - 1, next_at=next_at))

    def delete_conversation(self, conversation_id: str, up_to: float) -> int:
        """Delete the conversation's tracker events stamped at or before `up_to`."""
        with self.engine.begin() as conn:
            if not sa.inspect(conn).has_table("events"):
                return 0
            return conn.execute(tracker_events.delete().where(
                tracker_events.c.sender_id == conversation_id,
                tracker_events.c.timestamp <= up_to)).rowcount

    def purge_older_than(self, cutoff: float) -> Dict[str, int]:
        """Retention: old tracker events go, and old escalation records lose their words."""
        self.ensure_schema()
        with self.engine.begin() as conn:
            events = 0
            if sa.inspect(conn).has_table("events"):
                events = conn.execute(tracker_events.delete().where(
                    tracker_events.c.timestamp < cutoff)).rowcount
            words = conn.execute(escalations.update().where(
                escalations.c.created_at < cutoff, escalations.c.user_text.isnot(None))
                .values(user_text=None)).rowcount
        return {"events": events, "escalation_words": words}


def now() -> float:
    return time.time()
