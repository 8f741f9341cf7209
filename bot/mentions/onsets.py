"""When a sign began: suddenly, minutes ago or on waking (with a drooping face or a weak limb
that is a stroke until proven otherwise)."""

from __future__ import annotations

from dataclasses import replace
import re
from typing import TYPE_CHECKING, List

if TYPE_CHECKING:  # spaCy is only imported where text is parsed (the Rasa server, tests)
    pass


from bot.mentions.base import Mention

# A sign that began suddenly, minutes or hours ago, or on waking: with a drooping face or a weak
# limb this is a stroke until proven otherwise (bot.facts). Not after a denial ("it wasn't
# sudden", "didn't come on suddenly").
ONSET_CUE = re.compile(
    r"\b(?:sudden(?:ly)?|all of a sudden|out of nowhere|out of the blue|without warning"
    r"|just now|woke up (?:with|and|to find)|came on (?:fast|quickly|suddenly|in minutes)"
    r"|(?:(?:a few|few|a couple of|couple of|several|\d+|one|two|three|four|five|ten|fifteen"
    r"|twenty|thirty|forty|an?) )?(?:min(?:ute)?s?|hours?|hrs?) (?:ago|back)"
    r"|(?:within|in|inside(?: of)?) (?:a few |a couple of )?(?:minutes|seconds)"
    # round 63: "ten out of ten inside ten seconds", "in about five seconds"
    r"|(?:within|in|inside(?: of)?|under) (?:about |around |roughly |less than )?(?:\d{1,2}|two|three"
    r"|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty) seconds"
    # round 52: "peaked in seconds", "and bang, like a fence post across the back of my skull"
    r"|peak(?:ed|s|ing)? (?:with)?in (?:a few |a couple of )?(?:seconds|a second|moments)"
    r"|(?:and|then),? bang\b"
    r"|in (?:about |around )?(?:a|one|a split) second|in a heartbeat|full force"
    # round 66: the onset told as a list item ("Headache hit like a pan to the skull, one
    # second, worst ever")
    r"|(?<=[,;:(] )(?:one|a|1|a split) second(?=\s*[,;.)!])"
    # round 55: "in that second a headache hit", "ten out of ten in under a minute"
    r"|in (?:that|the same|this) (?:very |split )?(?:second|instant)"
    r"|(?:with)?in (?:under|less than) (?:a|one) minute"
    r"|(?:from )?(?:zero|0|nothing) to (?:maximum|max|ten|10|full)|all at once|in a blink"
    # round 60: "zero to unbearable before I'd finished the turn" (not a climb told over hours:
    # "from nothing to unbearable over the afternoon"), "like a door slamming inside my skull"
    r"|(?:from )?(?:zero|0|nothing) to (?:unbearable|agony)\b(?! (?:over|across|during|through"
    r"|by|in (?:an?|the|two|three|a few|few|several) (?:hours?|days?|weeks?|afternoon|evening"
    r"|morning)))|like a door slamming"
    r"|(?:wake|wakes|waking) up (?:with|and|to find)"
    # no warning: "instant", "no build up", "like lightning", "came from nowhere"
    r"|instant(?:ly)?|no build[- ]?up|like lightning|(?:came )?from nowhere"
    # round 50: "on like a switch", "full strength straight away", "like a slammed door"
    r"|(?:on|came on|went on|switched on) like a (?:light )?switch|like a slammed door"
    r"|(?:full|top) (?:strength|blast|whack|force) (?:straight away|right away|at once|from the start)"
    # round 53: "at full strength before I could even straighten up"
    r"|(?:full|top) (?:strength|blast|whack|force|pitch) before (?:i|he|she|they) (?:could|had|even)\b"
    # round 54: "at full strength before the next bar", "something went off in the back of my
    # head"
    r"|(?:full|top) (?:strength|blast|whack|force|pitch) (?:before|by) the (?:next|second|end of the)"
    r" (?:bar|beat|note|line|breath|song|verse|chorus|step|count|second)\b"
    # (round 62: "a headache went off at the back of my skull")
    r"|went off (?:in|inside|at) (?:the (?:back|side|top|front) of )?(?:my|his|her|their) (?:head|skull)\b"
    # seconds ago, or a head that split or burst (round 24): "my head split, worst pain ever",
    # "says it burst like a balloon a second ago" (not a head split open: that is a wound)
    r"|(?:a|one|a few|few|a couple of|couple of|\d+|two|three|ten|twenty|thirty) sec(?:ond)?s? ago"
    r"|head (?:just )?(?:split|burst|exploded)(?! open)"
    # ...or a pain that did (round 30): "worst pain ever, just exploded"
    r"|(?:pain|headache)(?: ever)?,? (?:just )?(?:exploded|burst)(?! open| out| into| with)"
    # ...or slammed in, from nothing to the worst (round 31): "a headache slammed in like a door"
    r"|(?:slammed|smashed|crashed) (?:in|into me)\b|from nothing to (?:the )?worst"
    # ...or like a blow (round 32): "like a cricket bat to the skull"
    r"|like (?:a|being hit by a|being hit with a) (?:cricket |baseball )?(?:bat|hammer|sledgehammer"
    r"|brick|punch|kick|gunshot|axe)\b"
    # ...or one that went bang (round 29): "head just went bang", "came on like a bang"
    r"|(?:went|goes|go) (?:bang|boom)|(?:like|with) a (?:bang|thunderclap)"
    # a clock time today: "since about 7pm"
    r"|since (?:about |around )?\d{1,2}(?::\d\d)? ?(?:am|pm)"
    # ...or a meal today (round 16): "gone numb and floppy since lunch"
    r"|since (?:breakfast|lunch(?:time)?|tea(?:time)?|dinner|brunch)"
    # how long it has lasted, when that is minutes or hours: "since half an hour" (as Indian
    # English says it), "for the last 20 minutes"
    # (round 45: "my face has dropped on one side in the last ten minutes")
    r"|(?:since|for the (?:last|past)|in the (?:last|past)|for) (?:about |around |almost |nearly )?"
    # (round 61: "Since half hour my talking is wrong")
    r"(?:half an? hour|half hour"
    r"|an hour|one hour|(?:a few|a couple of|\d+|five|ten|fifteen|twenty|thirty|forty) min(?:ute)?s?"
    r"|(?:[1-6]|two|three|four|five|six) hours?))\b")
# the words of an onset that stands alone: "it came on 20 min ago", "started just now"
ONSET_ALONE = re.compile(r"\b(?:came on|come on|started|starting|began|begun|happened|kicked in"
                         r"|hit me|struck)\b")
ONSET_DENIED = re.compile(r"(?:\bnot|n't|\bnever|\bnothing)\s+(?:\w+\s+){0,2}$")
STROKE_SIGNS_IF_SUDDEN = ("facial_weakness", "weakness", "numbness")
# sudden numbness is a stroke sign in the face or on one side, not in a foot that went to sleep
ONE_SIDED_NUMBNESS_SITES = ("face", "mouth")
ONE_SIDE = re.compile(r"\b(?:(?:left|right|rt|lt) (?:arm|hand) (?:and|n|&) (?:leg|foot)|one side|half (?:of )?my|half (?:of )?(?:his|her|their)|whole "
                      r"(?:left|right) side|(?:left|right) side of (?:my|his|her|the) body"
                      # "my left side's gone numb" (round 16)
                      r"|(?:my|his|her|their) (?:whole )?(?:left|right) side(?:'s| is| has| went)?)\b")


def _sudden_sign(m: Mention, mentions: List[Mention], low: str,
                 sentence: "tuple[int, int]") -> bool:
    if m.kind != "symptom" or m.value not in STROKE_SIGNS_IF_SUDDEN:
        return False
    if m.value != "numbness":
        return True
    return bool(ONE_SIDE.search(low, sentence[0], sentence[1])) or any(
        b.kind == "body_part" and b.value in ONE_SIDED_NUMBNESS_SITES and not b.negated
        and sentence[0] <= b.start < sentence[1] for b in mentions)


def _onsets(mentions: List[Mention], text: str, sentences: List["tuple[int, int]"]
            ) -> List[Mention]:
    """Mark a stroke-like sign (STROKE_SIGNS_IF_SUDDEN) whose sentence says it came on
    suddenly."""
    if not any(m.kind == "symptom" and m.value in STROKE_SIGNS_IF_SUDDEN for m in mentions):
        return mentions
    low = text.lower()
    out = list(mentions)
    for i, sentence in enumerate(sentences):
        cues = [c for c in ONSET_CUE.finditer(low, sentence[0], sentence[1])
                if not ONSET_DENIED.search(low[max(sentence[0], c.start() - 30):c.start()])]
        if not cues:
            continue
        # "...the corner of my mouth is hanging down. came on like 20 min ago": an onset told in
        # a sentence of its own, with no sign in it, dates the signs of the two before it
        told = [sentence] + (sentences[max(0, i - 2):i] if ONSET_ALONE.search(
            low, sentence[0], sentence[1]) and not any(
            m.kind in ("symptom", "red_flag") and sentence[0] <= m.start < sentence[1]
            for m in out) else [])
        for k, m in enumerate(out):
            where = next((s for s in told if s[0] <= m.start < s[1]), None)
            if where and _sudden_sign(m, out, low, where):
                out[k] = replace(m, sudden=True)
    return out
