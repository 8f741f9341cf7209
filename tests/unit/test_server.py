"""The Rasa-side speed work: the cached SQL tracker store and the action-response patch.

The cached store must be indistinguishable from Rasa's SQLTrackerStore on the same database,
including when another instance writes or deletes rows behind its back.
"""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from jsonschema import ValidationError
from rasa.core.actions.action import RemoteAction
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import (
    ActionExecuted,
    BotUttered,
    SessionStarted,
    SlotSet,
    UserUttered,
)

import server  # noqa: F401  (applies the patches, as Rasa's start-up does)
from server.tracker_store import CachedSQLTrackerStore

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def domain() -> Domain:
    return Domain.load(str(ROOT / "domain.yml"))


def run(coro):  # noqa: ANN001, ANN201
    return asyncio.run(coro)


def turn(text: str, reply: str, body_part: str | None = None) -> list:
    events = [
        UserUttered(text, {"name": "describe_twitch", "confidence": 1.0}),
        ActionExecuted("utter_greet"),
        BotUttered(reply),
    ]
    if body_part:
        events.append(SlotSet("body_part", [body_part]))
    return events + [ActionExecuted("action_listen")]


async def add_turn(store, sender: str, domain: Domain, *events) -> None:  # noqa: ANN001
    tracker = await store.get_or_create_tracker(sender)
    for event in events:
        tracker.update(event, domain)
    await store.save(tracker)


def dumped(tracker) -> list[dict]:  # noqa: ANN001
    return [e.as_dict() for e in tracker.events]


def rows(db: Path, sender: str) -> int:
    with sqlite3.connect(db) as con:
        return con.execute("select count(*) from events where sender_id = ?", (sender,)).fetchone()[0]


def test_reads_and_writes_exactly_what_rasas_store_does(tmp_path: Path, domain: Domain) -> None:
    db = tmp_path / "t.db"
    cached = CachedSQLTrackerStore(domain, db=str(db))
    stock = SQLTrackerStore(domain, db=str(db))

    run(add_turn(cached, "a", domain, *turn("my eye twitches", "Where?", "eyelid")))
    run(add_turn(stock, "a", domain, *turn("3 days", "How often?")))
    run(add_turn(cached, "a", domain, *turn("hourly", "Thanks")))

    ours, theirs = run(cached.retrieve("a")), run(stock.retrieve("a"))
    assert dumped(ours) == dumped(theirs)
    assert ours.get_slot("body_part") == ["eyelid"]
    assert rows(db, "a") == len(ours.events)  # every event stored exactly once


def test_another_instance_writing_is_seen_without_duplicates(tmp_path: Path, domain: Domain) -> None:
    db = tmp_path / "t.db"
    first, second = (CachedSQLTrackerStore(domain, db=str(db)) for _ in range(2))

    run(add_turn(first, "c", domain, *turn("hi", "Hello")))
    run(add_turn(second, "c", domain, *turn("my calf twitches", "Since when?", "calf")))
    run(add_turn(first, "c", domain, *turn("a week", "How often?")))

    texts = [e.text for e in run(second.retrieve("c")).events if isinstance(e, UserUttered)]
    assert texts == ["hi", "my calf twitches", "a week"]
    assert rows(db, "c") == len(run(first.retrieve("c")).events)


def test_rows_deleted_elsewhere_are_not_served_from_memory(tmp_path: Path, domain: Domain) -> None:
    db = tmp_path / "t.db"
    store = CachedSQLTrackerStore(domain, db=str(db))
    run(add_turn(store, "gone", domain, *turn("my eye twitches", "Where?")))
    assert run(store.retrieve("gone")) is not None

    with sqlite3.connect(db) as con:  # e.g. "delete my data" done by another process
        con.execute("delete from events where sender_id = 'gone'")

    assert run(store.retrieve("gone")) is None
    run(add_turn(store, "gone", domain, *turn("hello again", "Hi")))
    assert rows(db, "gone") == len(run(store.retrieve("gone")).events)


def test_a_new_session_hides_the_old_one_like_rasa(tmp_path: Path, domain: Domain) -> None:
    db = tmp_path / "t.db"
    cached = CachedSQLTrackerStore(domain, db=str(db))
    stock = SQLTrackerStore(domain, db=str(db))
    run(add_turn(cached, "s", domain, *turn("old session", "ok", "calf")))
    run(
        add_turn(
            cached,
            "s",
            domain,
            ActionExecuted("action_session_start"),
            SessionStarted(),
            ActionExecuted("action_listen"),
            *turn("new session", "ok"),
        )
    )
    ours = run(cached.retrieve("s"))
    assert dumped(ours) == dumped(run(stock.retrieve("s")))
    assert [e.text for e in ours.events if isinstance(e, UserUttered)] == ["new session"]
    # A fresh instance (after a restart) reads the same thing from the database alone.
    assert dumped(run(CachedSQLTrackerStore(domain, db=str(db)).retrieve("s"))) == dumped(ours)


def test_memory_is_bounded_and_evicted_conversations_still_load(
    tmp_path: Path, domain: Domain
) -> None:
    store = CachedSQLTrackerStore(domain, db=str(tmp_path / "t.db"), cache_size=2)
    for sender in ("x", "y", "z"):
        run(add_turn(store, sender, domain, *turn(f"I am {sender}", "ok")))
    assert list(store._cache) == ["y", "z"]
    x = run(store.retrieve("x"))
    assert [e.text for e in x.events if isinstance(e, UserUttered)] == ["I am x"]


def test_action_responses_are_still_validated_with_rasas_message() -> None:
    valid = {
        "events": [{"event": "slot", "name": "body_part", "value": "calf"}],
        "responses": [{"text": "ok"}],
    }
    assert RemoteAction._validate_action_result(None, valid) is True
    for invalid in (
        {"events": "not a list"},
        {"events": [{"event": "no_such_event"}]},
        {"responses": ["not an object"]},
    ):
        with pytest.raises(ValidationError, match="Failed to validate Action server response"):
            RemoteAction._validate_action_result(None, invalid)


def test_history_deleted_during_a_turn_is_not_written_back(tmp_path: Path, domain: Domain) -> None:
    db = tmp_path / "t.db"
    store = CachedSQLTrackerStore(domain, db=str(db))
    run(add_turn(store, "p", domain, *turn("my eye twitches", "Where?", "eyelid")))

    tracker = run(store.get_or_create_tracker("p"))  # the turn starts
    with sqlite3.connect(db) as con:  # the person's data is deleted meanwhile
        con.execute("delete from events where sender_id = 'p'")
    for event in turn("delete my data", "Done"):
        tracker.update(event, domain)
    run(store.save(tracker))  # the turn ends

    texts = [e.text for e in run(store.retrieve("p")).events if isinstance(e, UserUttered)]
    assert texts == ["delete my data"]
    assert rows(db, "p") == len(turn("delete my data", "Done"))


EVENT_NAMES = ["user", "action", "slot", "entities", "bot", "active_loop", "followup", "restart",
               "reminder", "form_validation", "session_started", "no_such_event"]
ANY_VALUE = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner,
                                                                max_size=3),
    max_leaves=6,
)
FIELDS = ["name", "value", "timestamp", "text", "entities", "metadata", "policy", "confidence",
          "date_time", "intent", "kill_on_user_msg", "parse_data"]
EVENT = st.builds(
    lambda name, extra: {**({"event": name} if name else {}), **extra},
    st.sampled_from(EVENT_NAMES + [None]),
    st.dictionaries(st.sampled_from(FIELDS), ANY_VALUE, max_size=4),
)
WELL_FORMED_EVENT = st.one_of(
    st.builds(lambda n, v: {"event": "slot", "name": n, "value": v}, st.text(max_size=5), ANY_VALUE),
    st.builds(lambda n: {"event": "action", "name": n}, st.text(max_size=5)),
    st.builds(lambda t: {"event": "bot", "text": t}, st.none() | st.text(max_size=5)),
    st.builds(lambda n: {"event": "active_loop", "name": n}, st.none() | st.text(max_size=5)),
    st.builds(lambda n: {"event": "followup", "name": n}, st.text(max_size=5)),
    st.just({"event": "restart"}),
).flatmap(lambda e: st.dictionaries(st.sampled_from(FIELDS), ANY_VALUE, max_size=1).map(
    lambda extra: {**extra, **e}))
RESPONSE = st.dictionaries(
    st.sampled_from(["events", "responses"]),
    st.lists(EVENT | WELL_FORMED_EVENT | WELL_FORMED_EVENT, max_size=4) | st.lists(st.dictionaries(st.sampled_from(
        ["text", "buttons", "response", "image", "custom"]), ANY_VALUE, max_size=2), max_size=2)
    | ANY_VALUE,
)


@settings(max_examples=400, deadline=None)
@given(RESPONSE)
def test_the_quick_check_answers_as_the_full_schema(response) -> None:  # noqa: ANN001
    from server.patches import _valid_fast, action_response_validator

    assert _valid_fast(response) == action_response_validator().is_valid(response)
