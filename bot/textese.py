"""Texting shorthand, typed Scots and spoken numbers spelled out before a message is parsed (and
the persons of someone else's quoted words swapped to the user's view, bot.quoted), with a map back
to the user's text.

Young people and phone keyboards write "arm went numb n words r coming out wrong", "can it
make u pass out", "had a stroke last yr", "never b4" (the thirtieth red-flag set). The
vocabulary, ConText and the wording rules read words: "n" is no "and" that ends a clause, "u"
no generic "you" of a question, "last yr" no past date. Spelling the shorthand out once, here,
serves every layer at once instead of adding "yr" and "u" to each pattern.

Only unambiguous shorthand is spelled out, and never into a word the screen reads as a context
cue: "idk" stays (its "don't" would deny what follows), "bro" stays (as a word of address it is
nobody's brother). Slang that merely vouches for what is said ("no cap", "not gonna lie") becomes
"honestly", so its "no"/"not" denies nothing, and an inability told emphatically ("no longer able
to lift", "impossible to swallow", "can barely", "nobody can wake him") becomes the "unable to" or
"can't" the vocabulary knows, so its "no" denies nothing either. The lengths change, so the
parse's offsets are mapped back (`Rewrite.original`) before entities leave the NLU component.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Dict, Tuple

from bot.quoted import swapped_persons

# whole words (the text is lower case by then)
WORDS: Dict[str, str] = {
    "u": "you", "ur": "your", "urself": "yourself", "yr": "year", "yrs": "years",
    "b4": "before", "bc": "because", "bcoz": "because", "bcuz": "because", "cuz": "because",
    "coz": "because", "rn": "right now", "tmrw": "tomorrow", "tmr": "tomorrow",
    "2day": "today", "2nite": "tonight", "yday": "yesterday", "wk": "week", "wks": "weeks",
    "smth": "something", "sth": "something", "ppl": "people", "abt": "about", "thru": "through",
    "tho": "though", "w/": "with", "w/o": "without", "wrds": "words", "rigt": "right", "ngl": "honestly", "tbh": "honestly",
    "no cap": "honestly", "not gonna lie": "honestly",
    # round 64: emphatic inabilities, whose "no" would deny the sign they tell ("I'm no longer
    # able to lift my arm", "there's no way I can swallow this")
    "no longer able to": "unable to", "no way i can": "i can't", "no way i could": "i couldn't",
    # ...and inabilities told as "impossible" or "barely" ("it's impossible to swallow", "I can
    # barely lift my leg"): the vocabulary knows them as "can't"
    "it's impossible to": "i can't", "it is impossible to": "i can't",
    "find it impossible to": "can't", "impossible to": "can't", "can barely": "can't",
    "can hardly": "can't", "can scarcely": "can't", "could barely": "couldn't",
    "could hardly": "couldn't",
    # ...or as no one able to rouse them ("nobody can wake him")
    **{f"{who} {can} {wake}": f"{cannot} {wake}" for who in ("nobody", "no one", "no-one")
       for can, cannot in (("can", "can't"), ("could", "couldn't")) for wake in ("wake", "rouse")},
}
# Scots as people type it (round 29): "ma face has drapped", "the words are aw coming oot"
SCOTS: Dict[str, str] = {
    "oot": "out", "aboot": "about", "drapped": "dropped", "heid": "head", "canna": "can't",
    "cannae": "can't", "couldnae": "couldn't", "didnae": "didn't", "dinnae": "don't",
    "wisnae": "wasn't", "isnae": "isn't", "wouldnae": "wouldn't", "willnae": "won't",
}
WORDS.update(SCOTS)
# ...and words that are Scots only in their place: "ma" before a body part is "my" ("ma's face"
# is a mother's), "aw" before a verb is "all" ("aw coming oot jumbled"), "fae" after "gone" or
# "away" is "from"
IN_PLACE = [
    (re.compile(r"(?<![\w'])(ma)(?= (?:left |right |whole |)(?:face|arm|arms|leg|legs|hand|hands"
                r"|eye|eyes|eyelid|lip|lips|mouth|head|heid|words|speech|chest|throat|neck|foot"
                r"|feet|side|cheek|jaw|thumb|fingers|calf|tongue)\b)"), "my"),
    (re.compile(r"(?<![\w'])(aw)(?= \w+ing\b)"), "all"),
    (re.compile(r"(?<=\b(?:gone|away|goes|went) )(fae)(?![\w'])"), "from"),
    # "its" before a verb's -ing or "been" is "it's" (round 71, older sets: "my throat feels like
    # its closing"); "its wing" or "its lining" is a thing's
    (re.compile(r"(?<![\w'])(its)(?= (?:been|gone|got|not|(?!(?:wing|lining|ceiling|casing|housing"
                r"|setting|string|thing|king|ring|wiring|building|filling|ending|opening|heading"
                r"|saying|meaning|coating|padding|stuffing|bedding|clothing|morning|evening"
                r"|spring|sibling|offspring|sting)\b)[a-z]{2,}ing)\b)"), "it's"),
]
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
    found += [(m.start(1), m.end(1), word) for pattern, word in IN_PLACE
              for m in pattern.finditer(text)]
    found += spoken_numbers(text)
    # ...and someone else's quoted "my" as theirs, their "you" as the user's (bot.quoted; round 30)
    found += swapped_persons(text)
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


# Numbers as dictation writes them, where the screen reads digits (round 29): an age ("had a
# seizure at sixteen", "I'm forty now"), a year ("in twenty nineteen", "back in twenty twenty
# two"), a temperature ("thirty nine point six", "a hundred and two"). Counts and lengths stay
# words ("two weeks", "one eye"): bot.durations and the vocabulary read those as they are.
_UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
          "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
          "eighteen", "nineteen"]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_VALUE = {w: n for n, w in enumerate(_UNITS)}
_VALUE.update({w: 20 + 10 * n for n, w in enumerate(_TENS)})
_UNIT = "|".join(_UNITS[1:10])
_TEEN_OR_TEN = "|".join(_UNITS[10:])
# 1 to 99 in words: "sixteen", "forty", "thirty nine", "twenty-two"
_NUMBER = (rf"(?:(?:{'|'.join(_TENS)})(?:[ -](?:{_UNIT}))?|{_TEEN_OR_TEN}|{_UNIT})")
_AGE = rf"(?:(?:{'|'.join(_TENS)})(?:[ -](?:{_UNIT}))?|{_TEEN_OR_TEN})"
_SPOKEN = re.compile(
    # a year: "twenty nineteen", "twenty twenty two", "nineteen ninety eight"
    rf"(?<![\w-])(?P<year>(?:nineteen|twenty) (?:{_NUMBER}))(?![\w-])(?! (?:minutes?|mins?|hours?"
    r"|days?|weeks?|months?|years?|times|seconds?|percent|kg|pounds|quid)\b)"
    # a decimal: "thirty nine point six"
    rf"|(?<![\w-])(?P<decimal>{_NUMBER} point (?:{_UNIT}|zero))(?![\w-])"
    # a hundred and something: "a hundred and two"
    rf"|(?<![\w-])(?P<hundred>(?:a|one) hundred(?: and)? {_NUMBER})(?![\w-])"
    # an age after the words that give one: "at sixteen", "i'm forty", "aged seventy eight"
    # (ten or more: "i'm one of them", "at one point" stay words)
    rf"|\b(?:at|aged|age|i'm|im|i am|he's|she's|am) (?P<age>{_AGE})(?![\w-])"
    r"(?! (?:minutes?|mins?|hours?|days?|weeks?|months?|times|seconds?|o'?clock|pm|am|past|to"
    r"|of)\b)")


def _number(words: str) -> int:
    return sum(_VALUE[w] for w in re.split(r"[ -]", words) if w in _VALUE)


def spoken_numbers(text: str) -> "list[tuple[int, int, str]]":
    """(start, end, digits) of each spoken number the screen should read as digits."""
    found = []
    for m in _SPOKEN.finditer(text):
        kind = m.lastgroup
        words = m.group(kind)
        if kind == "year":
            first, rest = words.split(" ", 1)
            century, year = (19 if first == "nineteen" else 20), _number(rest)
            if year < 10:  # "twenty two" is no year
                continue
            digits = f"{century}{year:02d}"
        elif kind == "decimal":
            whole, fraction = words.split(" point ")
            digits = f"{_number(whole)}.{_number(fraction)}"
        elif kind == "hundred":
            digits = str(100 + _number(re.sub(r"^(?:a|one) hundred(?: and)? ", "", words)))
        else:
            digits = str(_number(words))
        found.append((m.start(kind), m.end(kind), digits))
    return found
