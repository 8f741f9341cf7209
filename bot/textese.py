"""Texting shorthand spelled out before a message is parsed, with a map back to the user's text.

Young people and phone keyboards write "arm went numb n words r coming out wrong", "can it
make u pass out", "had a stroke last yr", "never b4" (the thirtieth red-flag set). The
vocabulary, ConText and the wording rules read words: "n" is no "and" that ends a clause, "u"
no generic "you" of a question, "last yr" no past date. Spelling the shorthand out once, here,
serves every layer at once instead of adding "yr" and "u" to each pattern.

Only unambiguous shorthand is spelled out, and never into a word the screen reads as a context
cue: "idk" stays (its "don't" would deny what follows), "bro" stays (as a word of address it is
nobody's brother). Slang that merely vouches for what is said ("no cap", "not gonna lie") becomes
"honestly", so its "no"/"not" denies nothing. The lengths change, so the parse's offsets are
mapped back (`Rewrite.original`) before entities leave the NLU component.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Dict, Tuple

# whole words (the text is lower case by then)
WORDS: Dict[str, str] = {
    "u": "you", "ur": "your", "urself": "yourself", "yr": "year", "yrs": "years",
    "b4": "before", "bc": "because", "bcoz": "because", "bcuz": "because", "cuz": "because",
    "coz": "because", "rn": "right now", "tmrw": "tomorrow", "tmr": "tomorrow",
    "2day": "today", "2nite": "tonight", "yday": "yesterday", "wk": "week", "wks": "weeks",
    "smth": "something", "sth": "something", "ppl": "people", "abt": "about", "thru": "through",
    "tho": "though", "w/": "with", "w/o": "without", "ngl": "honestly", "tbh": "honestly",
    "no cap": "honestly", "not gonna lie": "honestly",
}
# "n", "r", "&" and "+" only between two words ("pins n needles", "words r wrong",
# "thumb twitching + numb"): alone they may be a letter, a grade or a sum
BETWEEN: Dict[str, str] = {"n": "and", "r": "are", "&": "and", "+": "and"}

_WORD = re.compile(
    r"(?<![\w/'.-])(" + "|".join(re.escape(w) for w in sorted(WORDS, key=len, reverse=True))
    + r")(?![\w/'-]|\.\w)")
_BETWEEN = re.compile(r"(?<=[a-z] )([nr&+])(?= [a-z])")


@dataclass(frozen=True)
class Rewrite:
    text: str  # what is parsed
    # for each character of `text`: where its word starts and ends in the original; empty when
    # nothing was spelled out (the text is the original)
    starts: Tuple[int, ...] = ()
    ends: Tuple[int, ...] = ()

    @property
    def changed(self) -> bool:
        return bool(self.starts)

    def original(self, start: int, end: int) -> Tuple[int, int]:
        """A span of the parsed text as a span of the user's text."""
        if not self.changed:
            return start, end
        start = min(max(start, 0), len(self.text) - 1)
        end = min(max(end, start + 1), len(self.text))
        return self.starts[start], self.ends[end - 1]


def spell_out(text: str) -> Rewrite:
    """`text` (lower case) with its texting shorthand spelled out."""
    found = [(m.start(1), m.end(1), WORDS[m.group(1)]) for m in _WORD.finditer(text)]
    found += [(m.start(1), m.end(1), BETWEEN[m.group(1)]) for m in _BETWEEN.finditer(text)]
    if not found:  # most messages: no per-character map is built
        return Rewrite(text)
    out, starts, ends, at = [], [], [], 0
    for start, end, word in sorted(found):
        if start < at:  # overlapping finds: the first one stands
            continue
        out.append(text[at:start])
        starts += range(at, start)
        ends += range(at + 1, start + 1)
        out.append(word)
        starts += [start] * len(word)
        ends += [end] * len(word)
        at = end
    out.append(text[at:])
    starts += range(at, len(text))
    ends += range(at + 1, len(text) + 1)
    return Rewrite("".join(out), tuple(starts), tuple(ends))
