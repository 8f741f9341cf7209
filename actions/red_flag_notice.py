"""Shared by the actions that react to red flags: which flags the conversation has shown, and
the flag-specific advice that follows the generic `utter_urgent_advice` / `utter_emergency`."""

from __future__ import annotations

from typing import List, Optional

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import slots
from actions.tracker_facts import latest_entities
from bot.kb import Level, get_kb

RED_FLAG_ENTITY = "red_flag"
CHECK_QUESTION = "utter_ask_red_flag_check"
# "yes" to the check question, or the sign described again in answer (EmergencyPolicy)
YES_INTENTS = ("affirm", "possible_red_flag", "emergency")
QUIET_ACTIONS = ("action_listen", "action_deactivate_loop", "action_extract_slots")


def confirmed_check_flag(tracker: Tracker) -> Optional[str]:
    """The flag whose check question the latest message answered "yes" (bot/suspicion.py)."""
    if ((tracker.latest_message or {}).get("intent") or {}).get("name") not in YES_INTENTS:
        return None
    users = 0
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            users += 1
            if users == 2:
                return None
        elif users == 1 and event.get("event") == "action" \
                and event.get("name") not in QUIET_ACTIONS:
            if event.get("name") != CHECK_QUESTION:
                return None
            flag = tracker.get_slot(slots.PENDING_RED_FLAG)
            return str(flag) if flag in get_kb().red_flags else None
    return None


def all_red_flags(tracker: Tracker) -> List[str]:
    """Every red flag set at any point of the conversation (the slot only holds the latest)."""
    found: List[str] = []
    for event in tracker.events:
        if event.get("event") == "slot" and event.get("name") == slots.RED_FLAGS:
            found += [str(v) for v in (event.get("value") or [])]
    found += [str(v) for v in (tracker.get_slot(slots.RED_FLAGS) or [])]
    confirmed = confirmed_check_flag(tracker)
    found += [confirmed] if confirmed else []
    return [f for f in dict.fromkeys(found) if f in get_kb().red_flags]


def latest_flags(tracker: Tracker, level: Level) -> List[str]:
    kb = get_kb()
    # a red flag with a role is denied or hypothetical ("what if it spreads to my face?")
    ids = [e["value"] for e in latest_entities(tracker)
           if e.get("entity") == RED_FLAG_ENTITY and not e.get("role")]
    confirmed = confirmed_check_flag(tracker)
    ids += [confirmed] if confirmed else []
    return [i for i in dict.fromkeys(ids) if i in kb.red_flags and kb.red_flags[i].level == level]


def highest_level(flag_ids: List[str]) -> Level:
    kb = get_kb()
    levels = [kb.red_flags[f].level for f in flag_ids if f in kb.red_flags]
    return max(levels, key=lambda level: level.rank) if levels else Level.self_care


def advise(dispatcher: CollectingDispatcher, flag_ids: List[str]) -> None:
    kb = get_kb()
    for flag_id in flag_ids:
        flag = kb.red_flags[flag_id]
        dispatcher.utter_message(text=f"{flag.name}: {flag.explanation} {flag.advice}")


def _urgent_advice_given_this_turn(tracker: Tracker) -> bool:
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            return False
        if event.get("event") == "bot" and \
                (event.get("metadata") or {}).get("utter_action") == "utter_urgent_advice":
            return True
    return False


def announce_urgent_flags(dispatcher: CollectingDispatcher, tracker: Tracker) -> None:
    """Inside the form, an urgent flag is announced before the next question."""
    flags = latest_flags(tracker, Level.urgent)
    if flags and not _urgent_advice_given_this_turn(tracker):
        dispatcher.utter_message(response="utter_urgent_advice")
        advise(dispatcher, flags)
