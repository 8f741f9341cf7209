"""Speed patches for Rasa 3.6: same behaviour, less work on the measured hot paths.

Found with py-spy on the running server under `make bench` load (see bench/README.md).
"""

from __future__ import annotations

import asyncio
import copy
import dataclasses
import functools
import importlib
import json
import logging
import types
import weakref
from typing import Any

import aiohttp
import orjson
import structlog
from jsonschema.exceptions import best_match
from jsonschema.protocols import Validator
from jsonschema.validators import validator_for
from rasa.core.actions.action import RemoteAction
from rasa.core.actions.forms import FormAction
from rasa.core.policies.rule_policy import RULES, RULES_FOR_LOOP_UNHAPPY_PATH, RulePolicy
from rasa.engine.exceptions import GraphRunError
from rasa.engine.graph import GraphSchema
from rasa.engine.runner.dask import DaskGraphRunner
from rasa.shared.constants import DOCS_BASE_URL
from rasa.shared.core.constants import ACTION_LISTEN_NAME, PREVIOUS_ACTION, SHOULD_NOT_BE_SET, USER
from rasa.shared.core.domain import Domain
from rasa.shared.core.slots import Slot
from rasa.shared.core.trackers import TrackerActiveLoop
from rasa.shared.nlu.constants import ACTION_NAME, INTENT
from rasa.utils.endpoints import DEFAULT_REQUEST_TIMEOUT, EndpointConfig


@functools.lru_cache(maxsize=1)
def action_response_validator() -> Validator:
    """Rasa's schema for action server responses, checked and compiled once.

    Stock Rasa calls `jsonschema.validate` on every response, which re-checks the (large) events
    schema against the meta-schema each time: 59 % of the Rasa server's CPU under load.
    """
    schema = RemoteAction.action_response_format_spec()
    cls = validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


@functools.lru_cache(maxsize=1)
def event_dispatch() -> tuple[Validator, dict[str, Validator]] | None:
    """The same schema split for speed: the response without its events' `oneOf`, and for each
    event name the event schema with only the branch for that name.

    The events' `oneOf` has one branch per event name (`event: {const: name}`) and `event` is
    required, so an event can only ever match the branch of its own name: checking that branch
    alone gives oneOf's answer, without trying the other 22 (1 ms per response otherwise).
    None when the schema is not shaped like that (a new Rasa): then the full check runs.
    """
    schema = RemoteAction.action_response_format_spec()
    try:
        events = schema["properties"]["events"]
        item = events["items"]
        names = [branch["properties"]["event"]["const"] for branch in item["oneOf"]]
    except (KeyError, TypeError):
        return None
    if "event" not in item.get("required", []) or len(set(names)) != len(names):
        return None
    common = {k: v for k, v in item.items() if k != "oneOf"}
    outer = {**schema, "properties": {**schema["properties"],
                                      "events": {k: v for k, v in events.items() if k != "items"}}}
    cls = validator_for(schema)
    by_name = {name: cls({"allOf": [common, branch]})
               for name, branch in zip(names, item["oneOf"])}
    return cls(outer), by_name


def _valid_fast(result: Any) -> bool:
    dispatch = event_dispatch()
    if dispatch is None:
        return False
    outer, by_name = dispatch
    if not outer.is_valid(result):
        return False
    for event in result.get("events") or []:
        check = by_name.get(event.get("event")) if isinstance(event, dict) else None
        if check is None or not check.is_valid(event):
            return False
    return True


def validate_action_result(self: RemoteAction, result: dict[str, Any]) -> bool:
    """Drop-in for `RemoteAction._validate_action_result`: same checks, same error."""
    if _valid_fast(result):
        return True
    # Invalid (or an unexpected schema): the full check finds Rasa's error message.
    error = best_match(action_response_validator().iter_errors(result))
    if error is None:
        return True
    # Rasa's own wording, so logs read the same as without the patch.
    error.message += (
        f". Failed to validate Action server response from API, "
        f"make sure your response from the Action endpoint is valid. "
        f"For more information about the format visit "
        f"{DOCS_BASE_URL}/custom-actions"
    )
    raise error


RASA_GRAPH_RUN = DaskGraphRunner.run  # kept for the equivalence test


def execution_order(schema: GraphSchema, targets: tuple[str, ...]) -> list[tuple[str, list[str]]]:
    """The nodes the targets depend on, each after the nodes it needs: (node, what it needs)."""
    order: list[tuple[str, list[str]]] = []
    seen: set[str] = set()

    def visit(name: str) -> None:
        if name in seen or name not in schema.nodes:  # done, or an input placeholder
            return
        seen.add(name)
        needs = list(schema.nodes[name].needs.values())
        for need in needs:
            visit(need)
        order.append((name, needs))

    for target in targets:
        visit(target)
    return order


def run_graph_in_order(self: DaskGraphRunner, inputs: dict[str, Any] | None = None,
                       targets: list[str] | None = None) -> dict[str, Any]:
    """Drop-in for `DaskGraphRunner.run`: the same nodes called with the same arguments, in a
    dependency order computed once per target list, without building a dask graph per call.

    Dask's bookkeeping (graph build, ordering, task dispatch) was a third of the time Rasa spent
    running its graphs on every message (py-spy, `make profile`). As in Rasa's dask graph, a node
    gets each parent's `(name, output)` and an input that was not given as its bare name.
    """
    run_targets = tuple(targets or self._graph_schema.target_names)
    plans = self.__dict__.setdefault("_execution_orders", {})
    if run_targets not in plans:
        plans[run_targets] = execution_order(self._graph_schema, run_targets)
    results: dict[str, Any] = {}
    for name, value in (inputs or {}).items():
        if name in self._graph_schema.nodes:
            raise GraphRunError(f"Input '{name}' clashes with a node name.")
        results[name] = (name, value)
    try:
        for name, needs in plans[run_targets]:
            node = self._instantiated_nodes[name]
            results[name] = node(*[results.get(need, need) for need in needs])
    except RuntimeError as e:
        raise GraphRunError("Error running runner.") from e
    return dict(results.get(target, (target, None)) for target in run_targets)


# An idle pooled connection is dropped after this long: well under the keep-alive time of the
# action server (Sanic: 5 s), so we never send on a connection it is closing.
IDLE_CONNECTION_SECONDS = 2.0
_sessions: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # loop -> {endpoint id: session}


def dumps(obj: Any) -> str:
    """`json.dumps` for request bodies (the tracker sent on every action call), through orjson:
    0.33 ms -> 0.03 ms for a 40-event tracker. What orjson refuses goes through json as before."""
    try:
        return orjson.dumps(obj, option=orjson.OPT_NON_STR_KEYS | orjson.OPT_SERIALIZE_NUMPY).decode()
    except TypeError:  # orjson.JSONEncodeError too
        return json.dumps(obj)


class _KeptSession:
    """`async with` gives the long-lived session and leaves it open."""

    def __init__(self, session: aiohttp.ClientSession) -> None:
        self._session = session

    async def __aenter__(self) -> aiohttp.ClientSession:
        return self._session

    async def __aexit__(self, *exc_info: object) -> None:
        return None


def kept_session(self: EndpointConfig) -> _KeptSession:
    """Drop-in for `EndpointConfig.session`: one session (and connection pool) per endpoint and
    event loop, with Rasa's headers, auth and timeout.

    Stock Rasa opens a new session, hence a new TCP connection, for every call to the action
    server: connecting was a quarter of the time of an action call (py-spy, `make profile`).
    """
    by_endpoint = _sessions.setdefault(asyncio.get_running_loop(), {})
    session = by_endpoint.get(id(self))
    if session is None or session.closed:
        auth = (aiohttp.BasicAuth(self.basic_auth["username"], self.basic_auth["password"])
                if self.basic_auth else None)
        session = aiohttp.ClientSession(
            headers=self.headers, auth=auth,
            timeout=aiohttp.ClientTimeout(total=DEFAULT_REQUEST_TIMEOUT),
            connector=aiohttp.TCPConnector(keepalive_timeout=IDLE_CONNECTION_SECONDS),
            json_serialize=dumps,
        )
        by_endpoint[id(self)] = session
    return _KeptSession(session)


# Rasa's own methods, kept for the patches that fall back on them and for the equivalence tests
RASA_FIND_ACTION_FROM_RULES = RulePolicy._find_action_from_rules
RASA_DOMAIN_IS_EMPTY = Domain.is_empty
RASA_UNIQUE_ENTITY_MAPPINGS = FormAction._create_unique_entity_mappings


def _once(owner: Any, key: str, compute: Any) -> Any:
    """`compute()`, remembered in `owner`'s attributes under `key` (a loaded policy or domain
    does not change, so what is derived from it can be kept on it)."""
    if key not in owner.__dict__:
        owner.__dict__[key] = compute()
    return owner.__dict__[key]


def _matches_a_text_turn(rule_key: str) -> bool:
    """Whether the rule's last state could match a user turn featurised by its text alone.

    RulePolicy's text pass runs only right after `action_listen` and keeps no intent in the
    user's state; a rule state asking for an intent, or for another previous action, or for
    none (a conversation start), cannot match it (RulePolicy._is_rule_applicable). Anything
    else (an end-to-end `user: "text"` rule, a state without a user part) might.
    """
    last = json.loads(rule_key)[-1]
    previous = last.get(PREVIOUS_ACTION) or {}
    if not previous or previous.get(ACTION_NAME, ACTION_LISTEN_NAME) != ACTION_LISTEN_NAME:
        return False
    intent = (last.get(USER) or {}).get(INTENT)
    return not intent or intent == SHOULD_NOT_BE_SET


def text_pass_can_match(policy: RulePolicy) -> bool:
    """Whether any learned rule (or loop unhappy-path rule) could match a text-only turn."""
    return _once(policy, "_text_pass_can_match", lambda: any(map(_matches_a_text_turn, [
        *policy.lookup.get(RULES, {}), *policy.lookup.get(RULES_FOR_LOOP_UNHAPPY_PATH, {})])))


def find_action_from_rules(self: RulePolicy, tracker: Any, domain: Domain,
                           use_text_for_last_user_input: bool) -> tuple[Any, Any, bool]:
    """Drop-in for `RulePolicy._find_action_from_rules` that skips the end-to-end text pass
    when no rule could match it.

    After every user message RulePolicy computes the states of the whole conversation twice,
    once with the message's text (for end-to-end rules) and once with its intent; without
    text rules the first pass cannot predict anything nor flag an unhappy loop path, and
    `_predict` ignores the rest of its answer. That pass was half of RulePolicy's time, the
    largest policy cost under load (`make profile`).
    """
    if use_text_for_last_user_input and not text_pass_can_match(self):
        return None, None, False
    return RASA_FIND_ACTION_FROM_RULES(self, tracker, domain, use_text_for_last_user_input)


def domain_is_empty(self: Domain) -> bool:
    """Drop-in for `Domain.is_empty`, answered once per domain.

    Rasa asks it on every message (`_check_for_unseen_features`) and answers by building an
    empty Domain and serialising both: 2 % of the server's time. A loaded domain does not change.
    """
    return _once(self, "_is_empty", lambda: RASA_DOMAIN_IS_EMPTY(self))


def unique_entity_mappings(self: FormAction, domain: Domain) -> set[str]:
    """Drop-in for `FormAction._create_unique_entity_mappings`, computed once per form and domain.

    On every message, slot extraction builds a new FormAction per entity-mapped slot and each
    one serialises the whole domain to find the form's unique entity mappings (2.4 % of the
    server's time). The answer depends only on the form's name and the domain.
    """
    return _once(domain, f"_unique_entity_mappings_{self.name()}",
                 lambda: RASA_UNIQUE_ENTITY_MAPPINGS(self, domain))


# The modules whose every `copy.deepcopy` is an argument of a `structlogger.debug(...)` call
# (tests/unit/test_policy_patches.py checks it on Rasa's source).
MODULES_COPYING_FOR_DEBUG_LOGS = ("rasa.core.processor", "rasa.core.actions.forms",
                                  "rasa.core.policies.rule_policy")
_DROPPED_LOG_CALL = structlog.make_filtering_bound_logger(logging.INFO).debug  # structlog's no-op


def debug_logs_dropped() -> bool:
    """Whether structlog drops debug events before looking at their arguments."""
    return structlog.get_config()["wrapper_class"].debug is _DROPPED_LOG_CALL


class _CopyForDebugLogs(types.ModuleType):
    """The `copy` module as those Rasa modules see it: a deep copy made only for a debug log
    event is skipped when structlog drops debug events (rasa run's default INFO level).

    Rasa snapshots the conversation's events, states and entities for debug events on every
    prediction and action (5 % of the server's time), even when the event is thrown away unread.
    With debug logging on, the copies are made as before.
    """

    def __getattr__(self, name: str) -> Any:
        return getattr(copy, name)

    @staticmethod
    def deepcopy(obj: Any, memo: Any = None) -> Any:
        return obj if debug_logs_dropped() else copy.deepcopy(obj, memo)


def copy_slot(self: Slot) -> Slot:
    """`Slot.__copy__`: what `copy.copy` makes of a slot (a new object of its class sharing its
    attributes), without going through `__reduce_ex__`.

    Every tracker Rasa builds (several per message: a copy before each action, one per
    conversation step when computing a policy's states) copies every slot of the domain: 3 %
    of the server's time went to `copy.copy`'s generic path.
    """
    new = type(self).__new__(type(self))
    new.__dict__.update(self.__dict__)
    return new


def _plain_copy(value: Any) -> Any:
    """`dataclasses.asdict`'s copy of a field's value for JSON-like data, without a
    `copy.deepcopy` call per string and number (they are immutable; deepcopy returns them)."""
    kind = type(value)
    if kind in (str, int, float, bool) or value is None:
        return value
    if isinstance(value, dict):
        return kind((_plain_copy(k), _plain_copy(v)) for k, v in value.items())
    if isinstance(value, (list, tuple)) and not hasattr(value, "_fields"):
        return kind(_plain_copy(v) for v in value)
    return dataclasses.asdict(value) if dataclasses.is_dataclass(value) and not isinstance(
        value, type) else copy.deepcopy(value)


class _DataclassesForTrackers(types.ModuleType):
    """The `dataclasses` module as rasa.shared.core.trackers sees it: `asdict` of the active
    loop copies its trigger message (the parse data of the message that started the form)
    with `_plain_copy`, equal to what `asdict` returns. `current_state`, which builds every
    action server request, spent 5 % of the server's time in `asdict`."""

    def __getattr__(self, name: str) -> Any:
        return getattr(dataclasses, name)

    @staticmethod
    def asdict(obj: Any, *, dict_factory: Any = dict) -> Any:
        if type(obj) is not TrackerActiveLoop or dict_factory is not dict:
            return dataclasses.asdict(obj, dict_factory=dict_factory)
        return {f.name: _plain_copy(getattr(obj, f.name)) for f in dataclasses.fields(obj)}


def apply() -> None:
    """Install the patches (idempotent)."""
    RemoteAction._validate_action_result = validate_action_result  # type: ignore[method-assign]
    DaskGraphRunner.run = run_graph_in_order  # type: ignore[method-assign]
    EndpointConfig.session = kept_session  # type: ignore[method-assign]
    RulePolicy._find_action_from_rules = find_action_from_rules  # type: ignore[method-assign]
    Domain.is_empty = domain_is_empty  # type: ignore[method-assign]
    FormAction._create_unique_entity_mappings = unique_entity_mappings  # type: ignore
    Slot.__copy__ = copy_slot  # type: ignore[attr-defined]
    importlib.import_module("rasa.shared.core.trackers").dataclasses = _DataclassesForTrackers(
        "dataclasses")
    copy_for_logs = _CopyForDebugLogs("copy")
    for module in MODULES_COPYING_FOR_DEBUG_LOGS:
        importlib.import_module(module).copy = copy_for_logs  # type: ignore[attr-defined]

