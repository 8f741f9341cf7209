"""What the actions call: record an escalation (and queue its alert), ask for deletion."""

from __future__ import annotations

import logging
from typing import Optional, Sequence

from handoff.alerts import worker
from handoff.store import Escalation, now

logger = logging.getLogger(__name__)

# Rasa saves the turn right after the action returns (well under a second); the deletion
# covers events up to this long after the request and first runs just after it.
DELETE_GRACE_SECONDS = 3.0
WORDS_IN_ALERT = 500


def alert_text(esc: Escalation, with_words: bool) -> str:
    what = ("asked to talk to a person" if esc.kind == "human_request"
            else f"{(esc.level or 'red flag').upper()} red flag: {', '.join(esc.red_flags) or '-'}")
    lines = [f"Twitch assistant: {what}",
             f"conversation {esc.conversation_id} on {esc.channel or 'unknown channel'}"]
    if with_words and esc.user_text:
        lines.append(f'they wrote: "{esc.user_text[:WORDS_IN_ALERT]}"')
    return "\n".join(lines)


def escalate(conversation_id: str, channel: Optional[str], kind: str, level: Optional[str],
             red_flags: Sequence[str], user_text: Optional[str]) -> Optional[int]:
    """Record the escalation and queue its alert; never raises (the reply must go out)."""
    esc = Escalation(conversation_id, channel, kind, level, list(red_flags), user_text, now())
    payload = {
        "text": alert_text(esc, with_words=True),
        "text_without_words": alert_text(esc, with_words=False),
        "conversation_id": esc.conversation_id, "channel": esc.channel, "kind": esc.kind,
        "level": esc.level, "red_flags": list(esc.red_flags), "created_at": esc.created_at,
        "user_text": (esc.user_text or "")[:WORDS_IN_ALERT],
    }
    w = worker()
    try:
        esc_id = w.store.record(esc, payload)
    except Exception as e:
        # the database is down: keep it in memory; the worker stores it when the DB is back
        logger.error("could not record an escalation (%s); kept in memory and retried",
                     type(e).__name__)
        w.unrecorded.append((esc, payload))
        return None
    w.wake.set()
    return esc_id


def request_deletion(conversation_id: str) -> bool:
    t = now()
    w = worker()
    try:
        w.store.request_deletion(conversation_id, up_to=t + DELETE_GRACE_SECONDS,
                                 first_at=t + DELETE_GRACE_SECONDS + 0.5)
    except Exception as e:
        logger.error("could not queue a deletion (%s)", type(e).__name__)
        return False
    return True
