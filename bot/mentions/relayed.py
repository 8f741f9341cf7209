"""Signs inside quoted words (bot.quoted; round 30): a chain post's or a meme's are nobody's, the
user's own old message tells the past, and someone else's words tell the sender's signs, which the
passes after this one read as anyone else's (now, or over). bot.textese has already swapped the
persons of someone else's words: their "my" reads "their", their "you" (the user) reads "i"."""

from __future__ import annotations

from dataclasses import replace
import re
from typing import List

from bot.mentions.base import Mention
from bot.mentions.figures import SIGN_KINDS
from bot.quoted import Quote, quotes

# ...but the user's own sign told by the sender ("Colleague: 'you just fitted at your desk'",
# read "i just fitted at my desk") stays the user's
USER_BEFORE = re.compile(r"\b(?:i|my|i'm|me|i've|i'd)\b[^,;.!?]{0,30}$")
# ...and a sender's "remember when..." tells the user's past
REMEMBERED = re.compile(r"^\W*(?:\w+,\s*)?(?:remember|do you remember|member)\b")
# A sign alone in quotes after "I'm" is pretend: "I'm 'unconscious' on the rug again" (the
# recovery position practised on a parent)
SCARE_QUOTED = re.compile(r"\b(?:i'm|im|i am|i was|playing|pretending to be"
                          # round 63: a word a chat typed ("chat went wild typing 'STROKE'")
                          r"|typing|typed|spamming|spammed|posting|posted)\s*$")
_QUOTE_MARKS = "'\"\u2018\u2019\u201c\u201d"


def _quoted_signs(mentions: List[Mention], text: str) -> List[Mention]:
    low = text.lower()
    found = quotes(low)
    out = []
    for m in mentions:
        quote = next((q for q in found if q.start <= m.start < q.end), None)
        if quote and m.asserted and m.kind in (*SIGN_KINDS, "body_part"):
            m = _in_quote(m, quote, low)
        elif m.kind in SIGN_KINDS and m.asserted and _scare_quoted(m, low):
            m = replace(m, hypothetical=True)
        out.append(m)
    return out


def _in_quote(m: Mention, quote: Quote, low: str) -> Mention:
    if quote.speaker == "generic":
        return replace(m, hypothetical=True)
    if quote.speaker == "own_old" or (quote.speaker == "other" and REMEMBERED.match(
            low[quote.start:quote.end])):
        return replace(m, historical=True)
    if quote.speaker != "other" or USER_BEFORE.search(low[quote.start:m.start] + low[m.start:m.end]):
        return m
    if m.kind == "body_part":  # the sender's arm is no site of the user's twitch
        return replace(m, historical=True, experiencer="other")
    return replace(m, experiencer="other") if m.experiencer == "user" else m


def _scare_quoted(m: Mention, low: str) -> bool:
    opened = low[m.start - 1:m.start] if m.start else ""
    closed = low[m.end:m.end + 1]
    return (bool(opened) and opened in _QUOTE_MARKS and bool(closed) and closed in _QUOTE_MARKS
            and bool(SCARE_QUOTED.search(low[max(0, m.start - 25):m.start - 1])))
