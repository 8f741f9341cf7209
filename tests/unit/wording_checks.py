"""What the red-flag wording tests read from a message: the screen's level and the check-up's
flags (emergency, urgent and routine alike)."""

from bot.facts import facts_from_text
from bot.screening import screen_message
from bot.triage import triage


def level_of(text):
    return screen_message(text).level


def flags_of(text):
    return [finding.flag.id for finding in triage(facts_from_text(text)).findings]
