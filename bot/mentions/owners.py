"""Whose is the word at hand: another person's possessive told just before it.

"his left arm", "Dad's face", "Mum's new tablets", "their usual pills": a site or a medicine
told this way is someone else's. Each caller names the words that may stand between the
possessive and the word ("left|right" for a site, "new|usual|..." for a medicine) and the people
who count as someone else.
"""

from __future__ import annotations

from functools import lru_cache
import re
from typing import Collection, Optional

PRONOUNS = ("his", "her", "their")
# the people a message names as "my ...": "my cousin in Karachi, a painter,", "My brother is back at
# work since July"
RELATIVES = (r"(?:cousin|brother|sister|mum|mom|mother|dad|father|son|daughter|uncle|aunt|auntie|nan"
             r"|gran|grandad|grandma|grandpa|grandfather|grandmother|wife|husband|partner|friend|mate"
             r"|neighbou?r|colleague|boss|nephew|niece|boyfriend|girlfriend|fianc[eé]e?"
             r"|(?:brother|sister|father|mother)-in-law)")
# a possessive with its qualifier fits well within this many characters before the word
WINDOW = 40


@lru_cache(maxsize=None)
def _possessive_before(qualifiers: str) -> "re.Pattern[str]":
    return re.compile(r"\b(?:(his|her|their)|([a-z]+)['\u2019]s)\s+"
                      rf"(?:(?:{qualifiers})\s+)?$")


def owner_before(low: str, start: int, at: int, qualifiers: str) -> Optional[str]:
    """The possessive word just before `at` ("his", "mum"...), read no further back than
    `start`; None when there is none."""
    found = _possessive_before(qualifiers).search(low, max(start, at - WINDOW), at)
    return (found.group(1) or found.group(2)) if found else None


def others_before(low: str, start: int, at: int, qualifiers: str,
                  people: Collection[str]) -> bool:
    """The word at `at` is told as another person's: "his/her/their" or one of `people`'s."""
    owner = owner_before(low, start, at, qualifiers)
    return owner is not None and (owner in PRONOUNS or owner in people)
