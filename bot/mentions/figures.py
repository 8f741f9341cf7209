"""Figures of speech that name a sign nobody has (round 16): "this spreadsheet is giving me a
stroke", "I nearly had a seizure when I saw the bill", "can't breathe I'm laughing so hard",
"choked on the penalty", "I blacked out the whole conversation", "my face fell when I read it",
"my heart's in my mouth". The sign in one is hypothetical and its body part no site. Each
pattern needs the words that make it a figure: a bare "I nearly had a seizure" or "I can't
breathe" stays a sign."""

from __future__ import annotations

from dataclasses import replace
import re
from typing import List

from bot.mentions.base import Mention, in_spans

_SIGN = r"(?:a )?(?:stroke|heart attack|seizure|fit|coronary|aneurysm|breakdown)"
FIGURES = re.compile(
    # something "giving me a stroke"
    r"\b(?:giving|give|gave|gives) (?:me|him|her|us|you) " + _SIGN + r"\b"
    # "nearly had a seizure when I saw the bill"
    r"|\b(?:nearly|almost|practically|about to|gonna|going to|could have|could've) (?:had|have"
    r"|having) " + _SIGN + r"\b(?=[^.;!?]{0,40}\b(?:when|at|over|after|because|reading|seeing"
    r"|looking)\b)"
    # breath lost to laughing (laughing itself, not a "lol": "can't breathe lol, my throat is
    # closing" is a real sign told lightly)
    r"|\b(?:can't|cant|cannot|couldn't|couldnt) (?:breathe|breath)\b[^.;!?]{0,30}?(?<!not )"
    r"(?<!n't )(?:\blaugh\w*|😂|🤣)"
    r"|\blaugh\w* so (?:hard|much) (?:that )?i (?:can't|cant|couldn't|couldnt) (?:breathe|breath)\b"
    r"|\b(?:can't|cant|couldn't|couldnt) (?:breathe|breath) for laughing\b"
    # choking as failing under pressure
    r"|\bchok(?:ed|e|es|ing) (?:on|in|at|during) (?:the |my |that |a |his |her )?(?:penalty|final"
    r"|match|game|exam|interview|test|shot|putt|kick|free throw|presentation|speech|pitch"
    r"|audition|big moment|last question)\b|\bchoked under pressure\b"
    # blacking out what was said (forgetting it)
    r"|\bblack(?:ed)? out (?:the|that|most of|all of|half of|what)\b"
    # a face that fell at news, a heart in the mouth
    r"|\b(?:my|his|her|their) face fell (?:when|as|at|because|after|reading|on)\b"
    r"|\bheart(?:'s| is| was)? in my mouth\b"
    # words lost to a tongue twister (round 18): "did a tongue twister challenge and couldnt get
    # the words out lol"
    r"|\btongue[- ]twisters?\b[^.;!?]*")
SIGN_KINDS = ("symptom", "red_flag")


def _figures_of_speech(mentions: List[Mention], text: str) -> List[Mention]:
    spans = [(m.start(), m.end()) for m in FIGURES.finditer(text.lower())]
    if not spans:
        return mentions
    out = []
    for m in mentions:
        inside = in_spans(m, spans)
        if inside and m.kind in SIGN_KINDS and m.asserted:
            m = replace(m, hypothetical=True)
        elif inside and m.kind == "body_part" and m.asserted:
            m = replace(m, negated=True)
        out.append(m)
    return out
