"""A second opinion on red flags: signs people DESCRIBE instead of naming.

The rule screen (bot.screening) confirms a flag from named signs ("I can't breathe", "my face
is drooping"). People often describe the sign instead ("I have to stop for air after half a
sentence", "everything went black in one eye like a switch"), and every vocabulary round has
left such descriptions out. This module is deliberately more sensitive than the rules: it
looks for cues of how each sign is described and returns the flags it suspects. A suspicion
never escalates by itself: the assistant asks the flag's `check_question` (red_flags.yml) and
only a "yes" escalates (bot.components.emergency_policy).

Cue patterns first, chosen by measurement in the fifth round: a per-flag n-gram model trained on
the NLU examples and four sets labelled by the rule layer alone asked on a third of the
negative cases, while cues written from general descriptions asked on almost none. With ten
labelled sets the learned model (bot.sign_model) now earns a place behind the cues:
worth_asking asks it only when neither the rules nor the cues found anything acute.
The cues on fresh text: three batches of 30 descriptions + 15 near-misses of my own (some are now in
tests/unit/test_suspicion.py), each scored BEFORE the cues were widened for it, gave 21/30,
22/30 and 26/30 "caught or asked" (3/15, 3/15 and 1/15 negatives asked; the rules alone 17/30
and 18/30 on the 2nd and 3rd): expect about that on text nobody tuned on, not 100 %.
Cost: median 0.09 ms a message, p95 0.19 ms, max 0.55 ms (the doc is already parsed).

Context is respected with the same ConText results the rules use: a cue inside the scope of a
negation, a hypothetical or a past-history modifier is dropped, and so is one about a relative
unless its clause says it is happening now. Mentions the rules found denied or hypothetical
drop the cues they overlap.
"""

from __future__ import annotations

from dataclasses import dataclass
import re
from typing import TYPE_CHECKING, Callable, Iterable, List, Optional, Sequence, Tuple

from bot.kb import Level, get_kb
from bot.mentions import (IF_BEFORE, NOW_CUE, ONSET_CUE, PAST_TIME, STILL_NOW, Mention, _clause,
                          sentence_at)

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from bot.sign_model import Guess

Span = Tuple[int, int]
# (text, level the rules reached) -> the learned model's guess (bot.sign_model.guess)
Guesser = Callable[[str, Optional[Level]], Optional["Guess"]]
# ConText categories that make a cue not the user's sign now
DROPPING = ("NEGATED_EXISTENCE", "HYPOTHETICAL", "HISTORICAL")
_NOT = r"(?:can'?t|cannot|can not|cant|couldn'?t|couldnt|unable to|won'?t|wont)"
_ME = r"(?:my|his|her|their|the|one|a|either|both)"
_LIMB = r"(?:arms?|legs?|hands?|foot|feet|fingers|knees?|wrists?|thumbs?)"
_NEAR = r"[^.!?;]{0,40}?"  # a few words in the same sentence


def _re(*alternatives: str) -> "re.Pattern[str]":
    return re.compile("|".join(f"(?:{a})" for a in alternatives))


# ------------------------------------------------------------------ cues, one family each
# sight going dark, black, grey or blank, a curtain or shade, lights out
SIGHT_GONE = _re(
    r"\b(?:vision|sight|eye|eyes|everything|world|it|things|screen)\s+(?:\w+\s+){0,3}?"
    r"(?:went|go|goes|going|gone|turned|turning|faded|fading|blacked|greyed|grayed|whited)"
    r"\s+(?:\w+\s+){0,2}?(?:black|dark|grey|gray|white|dim|blank|out)\b",
    r"\b(?:blacked|greyed|grayed|whited) out\b",
    r"\b(?:vision|sight|eye)\s+(?:\w+\s+){0,2}?(?:dimmed|dimming|faded|fading|went (?:dim|foggy|"
    r"misty|cloudy|blank|blurry|blurred)|gone (?:dim|blank))\b",
    r"\b(?:then )?nothing\b[^.!?;]{0,20}?\b(?:black|dark|sheet|curtain)\b",
    r"\bhalf (?:of )?(?:what|everything) (?:i|he|she) (?:look at|see|sees|looks at)\b",
    r"\b(?:eye|vision|sight)\s+(?:\w+\s+){0,2}?(?:switched|turned|shut|cut|clicked|blinked) "
    r"(?:off|out)\b",
    r"\b(?:patch|spot|blob|area|shadow|hole|smudge)\s+(?:\w+\s+){0,2}?(?:blocking|covering|"
    r"over|across|in the (?:middle|centre|center) of)\b[^.!?;]{0,25}?\b(?:vision|sight|eye)\b",
    r"\blost (?:the |my |his |her )?(?:\w+ )?(?:half|part|top|bottom|side|corner) of (?:the |my |"
    r"his |her )?(?:picture|view|vision|sight)\b",
    r"\b(?:lost|gone|missing|dark|black|blank)\b[^.!?;]{0,40}?\bin one eye\b",
    r"\b(?:missing|gone|blank) (?:on|from) (?:the |my )?(?:left|right) side\b",
    r"\blike (?:a |the |someone )?(?:\w+ )?(?:lights?|tv|screen|switch)\b[^.!?;]{0,15}?\b(?:off|"
    r"out|down)\b",
    r"\b(?:curtain|shade|blind|shadow|veil|black cloud|sheet|film|shutter|screen)\s+(?:\w+\s+){0,3}?"
    r"(?:came|coming|come|pulled|drawn|dropped|dropping|fell|falling|over|across|down)\b",
    r"\blights?\s+(?:went|go|going|turned|switched)\s+(?:out|off)\b",
    r"\b(?:flicked|flipped|switched|turned) (?:a |the )?(?:switch|light)s?\b",
    r"\b" + _NOT + r"\s+see\s+(?:anything\s+|a thing\s+)?(?:out of|from|with|through)\s+"
    + _ME + r"\b",
    r"\b(?:blind|lost (?:the |my |his |her )?(?:sight|vision))\b",
    r"\bhalf (?:of )?(?:my|the|his|her) (?:vision|sight)\b")
EYE_WORDS = re.compile(r"\b(?:eyes?|vision|sight|see|seeing|saw|look|looking|view|read\w*)\b")
# a face, limb or body half that feels like someone else's, dead, heavy or will not move
LIMB_WEAK = _re(
    r"\b" + _NOT + r"\s+(?:\w+\s+)?(?:move|lift|raise|feel|use|grip|hold|grasp|bend|"
    r"straighten|stand on|walk on|put weight on)\s+(?:" + _ME + r"\s+)?(?:\w+\s+)?" + _LIMB,
    r"\b" + _LIMB + r"\s+(?:\w+\s+){0,3}?(?:feels?|felt|went|gone|goes|is|was|are|were|"
    r"keeps?|just|has|have|suddenly)\s+(?:\w+\s+){0,2}?(?:dead|heavy|limp|floppy|useless|"
    r"weak|jelly|numb|paraly[sz]ed|like lead|not working|won'?t (?:work|move|respond|hold)|"
    r"gave way|give way|giving way|buckl\w*|collaps\w*)",
    r"\b(?:keep|kept|keeps|keep on) dropping\b",
    r"\b" + _LIMB + r"\s+(?:just\s+)?(?:won'?t|wouldn'?t|doesn'?t|didn'?t|does not|did not|"
    r"would not|will not)\s+(?:do it|work|move|obey|listen|respond|grip|hold|cooperate)\b",
    r"\bno (?:strength|power|grip) (?:in|left)\b",
    r"\b(?:left|right|one) side\b[^.!?;]{0,25}?\b(?:asleep|numb|dead|heavy|weak|useless|"
    r"paraly[sz]ed|not working|gone)\b",
    r"\b(?:not|isn'?t|aren'?t|doesn'?t feel|don'?t feel) (?:like )?(?:mine|my own)\b",
    r"\bbelongs? to someone else\b|\bsomeone else'?s (?:arm|leg|hand|face)\b")
LIMB_EXPLAINED = re.compile(
    r"\b(?:slept on|sleeping on|lying on|lay on|laid on|pins and needles|cramp|after (?:the )?"
    r"(?:gym|workout|run|running|training|exercise|lifting)|from (?:the )?(?:gym|workout|"
    r"lifting)|sore|tired|aching|achy|stiff|leg day|arm day|funny bone)\b"
    # an exertion: "after a day of painting the ceiling" (not "after waking")
    r"|\bafter (?:a (?:long |whole )?(?:day|session|morning|afternoon|night|week) of )?"
    r"(?!wak)\w+ing\b")
# both limbs of one side, or a half of the body: a stroke pattern rather than one weak limb
ONE_SIDE = _re(r"\b(?:left|right|one) side of (?:my|his|her|the) (?:body|face)\b",
               r"\b(left|right) (?:arm|hand) (?:and|or) (?:my |his |her |the )?(?:\1 )?(?:leg|foot)\b",
               r"\b(?:arm|hand) (?:and|or) (?:my |his |her |the )?(?:leg|foot|face)\b",
               r"\bhalf (?:of )?(?:my|his|her) (?:body|face)\b", r"\bwhole (?:left|right) side\b",
               r"\b(?:my|his|her) (?:whole )?(?:left|right) side\b")
FACE_DROOP = _re(
    r"\b(?:face|smile|mouth|lips?|cheek|jaw)\b" + r"[^.!?;,]{0,25}?\b(?:lopsided|crooked|"
    r"uneven|wonky|droop\w*|sag\w*|slump\w*|dropped|fallen|hang\w*|pulled to one side|"
    r"not moving|won'?t move|frozen|paraly[sz]ed|not mine|isn'?t mine|not my own|"
    r"someone else'?s|went slack|slack)",
    r"\bface\b[^.!?;]{0,20}?\b(?:odd|funny|strange|weird|numb|tingly|dead|heavy) on (?:that|"
    r"one|the left|the right|my left|my right) side\b",
    r"\b(?:dribbl\w*|drool\w*|spill\w*|leak\w*)\b" + _NEAR + r"\b(?:side of|corner of) "
    r"(?:my|his|her|the) mouth\b",
    r"\b" + _NOT + r"\s+(?:fully\s+)?(?:close|shut|blink)\s+(?:my|one|his|her|the)\s+"
    r"(?:\w+\s+)?eye\b",
    r"\beyelid\b[^.!?;]{0,25}?\b(?:droop\w*|hang\w*|sag\w*|lower|covering|won'?t (?:open|lift"
    r"|stay up)|half closed|half shut)")
WORDS_WRONG = _re(
    r"\b(?:words?|speech|talking|sentences?|voice)\b[^.!?;]{0,30}?\b(?:wrong|jumbled|muddled|"
    r"scrambled|garbled|gibberish|nonsense|mixed up|slurr\w*|thick|drunk|funny|weird|strange|"
    r"won'?t come out|not coming out|came out)\b",
    r"\bsound(?:s|ed|ing)? (?:like )?(?:i'?m |i was |he'?s |she'?s |)?drunk\b",
    r"\b(?:come|comes|came|coming) out (?:all )?(?:\w+ )?(?:wrong|mushy|slurred|garbled|funny|"
    r"weird|strange|muddled|jumbled|backwards|mixed)\b",
    r"\bmouth (?:won'?t|doesn'?t|isn'?t|wouldn'?t|can'?t|cannot) (?:work|move|cooperate|"
    r"form|say)\w*",
    r"\b" + _NOT + r"\s+(?:find|get|say|form|think of|remember) (?:my|the|his|her|any|proper|a"
    r"|simple|easy|normal) words?\b",
    r"\b(?:wrong words?|calling (?:it|things|them) (?:the )?(?:wrong|something else))\b",
    r"\btongue\b[^.!?;]{0,20}?\b(?:thick|heavy|too big|swollen|fat|won'?t work|not working)\b",
    r"\b(?:tripping|stumbling|falling) over (?:my |his |her |the )?words\b",
    r"\bwords (?:won'?t|wouldn'?t|don'?t|didn'?t) come\b")
DOUBLE = _re(
    r"\b(?:two|2) of (?:everything|every\w*|things|each|them|it|you|the\b)",
    r"\bseeing (?:two|2|double|things twice|everything twice)\b",
    r"\b(?:see|saw|sees) (?:double|everything twice|things twice)\b",
    # a ghost that is seen, not slang's "ghosted the defender", "he ghosted me" (round 27)
    r"\bghost(?:ing|s)?\b(?! (?:me|him|her|them|us|you|the|my|everyone|people)\b)"
    r"|\bdouble (?:image|images|vision)\b",
    r"\boverlap\w*\b" + _NEAR + r"\b(?:images?|pictures?|letters|vision|words|lines|faces)\b",
    r"\b(?:images?|pictures?|things) (?:split|separate|side by side|on top of each other)\b",
    r"\bone (?:above|on top of) the other\b",
    r"\b(?:shadow|second|extra|ghost|faint) (?:copy|image|outline|version)\b",
    r"\b(?:see|saw|seeing|sees) (?:two|2) (?:\w+ )?(?:doorways|doors|people|cars|lines|moons|"
    r"faces|tvs|clocks|screens|of)\b",
    r"\b(?:go|goes|went|going|turns?|turned|turning|into|overlap\w*) (?:\w+ )?double\b",
    r"\b(?:lines|letters|words|images?)\s+overlap\w*")
BREATH = _re(
    r"\b(?:out of breath|short(?:ness)? of breath|breathless\w*|winded|air hunger|wheez\w*"
    r"|gasp\w*|suffocat\w*|can'?t breath\b|drowning)\b",
    r"\b" + _NOT + r"\s+(?:\w+\s+)?(?:get|catch|take|draw|pull|suck)\s+(?:in\s+)?(?:a\s+|my\s+"
    r"|enough\s+|any\s+|proper\s+|deep\s+|full\s+)*(?:air|breath|breaths|oxygen)\b",
    r"\b(?:struggl\w*|fighting|fight|battling|working hard)\s+(?:for|to get|to catch)\s+"
    r"(?:\w+\s+)?(?:air|breath)\b",
    r"\bstop(?:ping|s)?\s+(?:for|to (?:catch|get|take))\s+(?:some\s+|a\s+|my\s+)?"
    r"(?:air|breath)\b",
    r"\b(?:half|middle of|end of) (?:a |the |my )?sentences?\b" + _NEAR + r"\b(?:air|breath)",
    r"\b" + _NOT + r"\s+(?:finish|complete|get through|say)\s+(?:a|my|one|the|whole)?\s*"
    r"(?:full |whole )?sentences?\b",
    r"\b(?:breathing|breath|breaths)\s+(?:\w+\s+){0,2}?(?:hard|difficult|shallow|laboured|"
    r"labored|fast|quick|rattly|noisy|strange|weird|tight)\b",
    r"\bpanting\b|\bhard to breathe\b|\bchest (?:won'?t|will not|doesn'?t) (?:expand|move|rise)\b",
    r"\blips?\s+(?:are\s+|is\s+|look\w*\s+|going\s+|turning\s+|gone\s+|went\s+)?(?:blue|"
    r"bluish|grey|gray|purple|(?:a )?(?:funny|odd|strange|weird|dusky|dark) colou?r)\b")
BREATH_EXPLAINED = re.compile(r"\b(?:after|from|during|while|when)\s+(?:\w+\s+)?(?:running|"
                              r"run|jog\w*|exercise|exercising|workout|sprint\w*|gym|"
                              r"training|swimming)\b|\b(?:climbing|walking up|going up|"
                              r"running up) (?:the |a )?(?:stairs|hills?)\b")
SWALLOW = _re(
    r"\bchok\w*\b" + _NEAR + r"\b(?:water|drinks?|food|spit|saliva|tea|coffee|soup|tablets?"
    r"|pills?|everything|anything|own|bite|mouthful|sips?)\b",
    r"\b(?:not able to|unable to|struggl\w* to|hard to|difficult to|trouble to) swallow\b",
    r"\b(?:comes?|coming|came|goes|going|went) (?:back )?(?:up |out )?(?:of |through |from |"
    r"into |out of )?(?:my|his|her|their|the) nose\b",
    r"\b(?:food|drinks?|water|pills?|tablets?|liquids?|bites?|mouthfuls?|soup|milk|tea|juice)"
    r"\b" + _NEAR
    + r"\b(?:stuck|won'?t go down|not going down|comes? (?:back )?(?:up|out)|came (?:back )?"
    r"(?:up|out)|through (?:my|the|his|her) nose|down the wrong (?:way|hole|pipe))\b",
    r"\bthroat\b[^.!?;]{0,25}?\b(?:closing|closed|blocked|won'?t work|not working|"
    r"won'?t let|stuck)\b",
    r"\b(?:cough\w*|splutter\w*|gag\w*)\b" + _NEAR + r"\b(?:every time|whenever|when|each "
    r"time)\b[^.!?;]{0,20}?\b(?:drink|eat|swallow|sip)\w*(?![^.!?;]{0,15}\b(?:spicy|pepper\w*|"
    r"chil+i\w*|crumbs?|too fast)\b)",
    r"\b" + _NOT + r"\s+(?:keep|get|swallow)\s+(?:\w+\s+){0,2}?(?:to\s+)?(?:go\s+)?down\b")
SHAKING = r"(?:shak\w*|shook|jerk\w*|convuls\w*|fitting|thrash\w*|spasming|stiff\w*)"
FIT = _re(
    r"\bon the (?:floor|ground)\b" + _NEAR + r"\b(?:" + SHAKING + r"|twitch\w*)",
    r"\b" + SHAKING + r"\b" + _NEAR + r"\bon the (?:floor|ground)\b",
    r"\b(?:foam\w*|froth\w*)\b",
    r"\beyes?\s+(?:\w+\s+)?(?:rolled|rolling|rolls)\s+(?:back|up)\b",
    r"\b(?:bit|bitten|biting|bite) (?:my|his|her|their|the side of (?:my|his|her)) tongue\b",
    r"\bbitten tongue\b|\bwet (?:myself|himself|herself|themselves|(?:my |his |her )?"
    r"(?:trousers|pants|jeans))\b",
    r"\beyes (?:are |were )?(?:wide )?open but\b",
    r"\b(?:whole body|all over|arms and legs|everything)\b" + r"[^.!?;]{0,15}?\b(?:shak\w*|"
    r"shook|jerk\w*|convuls\w*|thrash\w*)\b(?![^.!?;]{0,20}\b(?:cold|shiver\w*|nervous|"
    r"anxious|anxiety)\b)",
    r"\b(?:shak\w*|shook|jerk\w*)\b[^.!?;]{0,20}?\b(?:uncontrollabl\w*|violently|"
    r"(?:couldn'?t|can'?t|wouldn'?t|won'?t) stop)\b",
    r"\bwent (?:rigid|stiff)\b",
    r"\b(?:full|whole)[- ]body (?:spasm|jerk|shake|shaking|fit|convulsion)s?\b",
    r"\blost control of (?:my |his |her |their )?(?:bladder|bowels?)\b",
    r"\b(?:shak\w*|shook|jerk\w*|convuls\w*|thrash\w*) (?:all over|everywhere)\b(?![^.!?;]{0,20}"
    r"\b(?:cold|shiver\w*|nervous|anxious|anxiety)\b)",
    r"\b(?:zoned|blanked|spaced) out\b[^.!?;]{0,60}?\b(?:shak\w*|shook|jerk\w*|twitch\w* all)")
OUT_COLD = _re(
    r"\b(?:came to|came round|came around|woke up|coming round|found myself)\b" + _NEAR
    + r"\b(?:on the (?:\w+ )?(?:floor|ground)|in an ambulance|in (?:the )?hospital)\b",
    r"\bfound (?:me|him|her|them)\b" + _NEAR + r"\b(?:on the (?:\w+ )?(?:floor|ground)|"
    r"unconscious|collapsed|passed out|not moving)\b",
    r"\b(?:can'?t|cannot|don'?t|do not|didn'?t|couldn'?t) remember\b" + _NEAR
    + r"\b(?:fall\w*|fell|what happened|anything|any of it|going down|hitting|getting|how i)",
    r"\bno (?:memory|recollection) of\b|\bblanked out\b|\b(?:he|she|they)(?:'s| is| was|'re"
    r"| are| were)? not (?:there|with it|with us)\b",
    r"\b(?:came|coming) (?:round|around)\b|\bcame to\b(?=\s*(?:[,.!?;]|$|with\b|and\b|on\b|in\b|"
    r"lying\b|to find\b))",
    r"\b(?:collaps\w*|faint\w*|keeled over|hit the deck|went down like|lost time|out cold|"
    r"knocked (?:me |him |her )?out|unresponsive)\b",
    r"\b(?:can'?t|cannot|couldn'?t|won'?t) (?:wake|rouse) (?:him|her|them|up)?\b")
MEMORY_OR_DAZE = re.compile(
    r"\b(?:remember|memory|confus\w*|dazed|drowsy|sleepy|groggy|foggy|fuzzy|vomit\w*|"
    r"throw\w* up|threw up|sick|blurr\w*|dizzy|concuss\w*|knocked out|out cold|blacked out)\b")
HEAD_HIT = _re(
    r"\b(?:hit|smacked|smashed|banged|bumped|knocked|whacked|cracked|bashed|slammed|struck|"
    r"thumped|fell on|landed on)\b" + r"[^.!?;]{0,30}?\b(?:head|skull|forehead|temple)\b",
    r"\b(?:head|skull|forehead)\b[^.!?;]{0,15}?\b(?:hit|smacked|slammed|banged|cracked|"
    r"bounced|struck)\b",
    r"\bconcuss\w*\b",
    r"\b(?:elbowed|kicked|punched|kneed|headbutted|hit|struck|whacked|smacked|clocked)\s+"
    r"(?:\w+\s+)?(?:in|on) the (?:head|temple|skull)\b",
    r"\bseeing stars\b")
HEAD_PAIN = re.compile(r"\b(?:head\w*|migraine|skull|brain)\b")
WORST_PAIN = _re(
    r"\b(?:worst|explosive|explod\w*|thunderclap|blinding|excruciating|unbearable|agony|"
    r"agonising|agonizing|splitting)\b",
    r"\b(?:10|11|12|ten|eleven|twelve)\s*(?:/|out of|outta)\s*(?:10|ten)\b",
    r"\bnever (?:had|felt) (?:\w+\s+){0,2}(?:like (?:this|it|that)|this bad)\b",
    r"\blike (?:i'?ve been |i was |being |getting )?(?:hit|struck|shot|punched)\b",
    r"\blike (?:a|an) (?:bomb|explosion|gunshot|hammer|bat|brick|thunder\w*)\b")
WASTING = _re(
    r"\b(?:thinner|smaller|skinnier|shrunk\w*|shrink\w*|wast\w*|dent|dented|hollow\w*|caved|"
    r"sunken|flatter|scooped)\b" + r"(?![^.!?;]{0,20}\b(?:diet|weight loss|dieting)\b)",
    r"\blost (?:the |some |a lot of )?(?:muscle|bulk|size)\b",
    r"\b(?:getting|gone|going|got|looks?|looking|became|become|is|seems?)\s+(?:\w+\s+){0,4}?"
    r"(?:thin|small|skinny|flat|weedy)\b",
    r"\b(?:trousers?|sleeves?|watch|ring|shoe|boot|sock)\b[^.!?;]{0,20}?\blooser?\b")
BODY_OR_MUSCLE = re.compile(r"\b(?:muscles?|calf|calves|thigh|arm|hand|thumb|shoulder|leg|"
                            r"forearm|bicep|tongue|side|one|other)\b")
SPREAD_FACE = _re(
    r"\b(?:spread\w*|mov(?:ed|ing)|travell?\w*|now (?:also )?(?:in|on)|jumped|creep\w*|crept)\b"
    + r"[^.!?;]{0,30}?\b(?:cheek|mouth|lips?|jaw|chin|half my face|side of my face|"
    r"whole face|rest of my face)\b")
SWEATY = re.compile(r"\b(?:sweat\w*|shiver\w*|racing|pounding|burning up|boiling|feverish|"
                    r"agitat\w*|restless|confus\w*|diarrh\w*|hot)\b")

# A cue pattern and the flag it suggests. Order within a message does not matter; the answer is
# sorted by level.
Cue = Tuple["re.Pattern[str]", str]
SIMPLE_CUES: List[Cue] = [
    (DOUBLE, "double_vision"),
    (SWALLOW, "swallowing_trouble"),
    (FIT, "seizure"),
    (WORDS_WRONG, "stroke_signs"),
    (SPREAD_FACE, "spreading_face"),
]
EPISODE_FLAGS = ("seizure", "loss_of_consciousness", "head_injury_neuro_signs")
# an episode that is over: "had a concussion at uni, recovered fully"
OVER = re.compile(r"\b(?:recovered|got better|healed|back then|at (?:uni|school|college)|as a "
                  r"(?:kid|child|teen\w*)|years? ago|when i was)\b")
# a denial just before the cue, also without an apostrophe ("didnt faint")
# ("nobody found me on the floor": the rules' ConText does not take "nobody" as a negation,
# since "nobody can understand me" is itself a sign)
DENIED_JUST_BEFORE = re.compile(
    r"(?:\bnot|n'?t|\bnever|\bno|\bwithout|\bnor|\bnobody|\bno one|\bnoone)\s+(?:\w+\s+){0,2}$")
# a worry about the future reaches past a comma or an "and my" (where ConText's scope ends):
# "worried that one day I'll wake up and my arm won't work"; a condition only within its clause
WORRY_BEFORE = re.compile(r"\b(?:(?:worried|afraid|scared|terrified|fear\w*) (?:that|of|about|"
                          r"it)|what if|one day|someday|some day|i'?ll|will i|am i going to|"
                          r"is it possible)\b[^.!?]*$")
HEAD_FINE = re.compile(r"\b(?:no other symptoms|(?:feel|feeling|i'?m) (?:completely |totally |"
                       r"perfectly |absolutely )?(?:fine|ok|okay|normal)|otherwise fine)\b")
# the sign is on the user's own body: "my husband said my mouth looked lopsided"
OWN_BEFORE = re.compile(r"\bmy\s+(?:\w+\s+)?$")


@dataclass(frozen=True)
class Suspicion:
    flag: str
    start: int
    end: int
    text: str

    @property
    def level(self) -> Level:
        return get_kb().red_flags[self.flag].level


@dataclass(frozen=True)
class Scope:
    """One ConText modifier, in character offsets: its own words and the words it modifies."""
    category: str
    modifier: Span
    scope: Span
    direction: str = "FORWARD"


def context_scopes(doc: "Doc") -> List[Scope]:
    """The ConText modifiers of a doc the pipeline of bot/nlp.py processed (read them before
    bot.nlp.forget_context drops them)."""
    graph = getattr(doc._, "context_graph", None) if doc.has_extension("context_graph") else None
    if graph is None:
        return []
    out = []
    for modifier in graph.modifiers:
        m_start, m_end = modifier.modifier_span
        s_start, s_end = modifier.scope_span
        if s_end <= s_start or m_end <= m_start or modifier.direction in ("PSEUDO", "TERMINATE"):
            continue  # a pseudo-cue ("has gone" in "has gone crooked") modifies nothing
        out.append(Scope(modifier.category,
                         (doc[m_start].idx, doc[m_end - 1].idx + len(doc[m_end - 1])),
                         (doc[s_start].idx, doc[s_end - 1].idx + len(doc[s_end - 1])),
                         modifier.direction))
    return out


def _overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _sentence_of(start: int, sentences: Sequence[Span], length: int) -> Span:
    return sentence_at(start, sentences) or (0, length)


def _raw_cues(low: str, mentions: Sequence[Mention], sentences: Sequence[Span]
              ) -> Iterable[Tuple[str, "re.Match[str]"]]:
    """Every (flag, match) the cue patterns find, before context is applied."""
    for pattern, flag in SIMPLE_CUES:
        for match in pattern.finditer(low):
            yield flag, match
    for match in SIGHT_GONE.finditer(low):
        sentence = _sentence_of(match.start(), sentences, len(low))
        eye = EYE_WORDS.search(low, sentence[0], sentence[1])
        # "everything went black and I woke up on the floor" is fainting, not one eye's sight
        yield ("stroke_signs" if eye else "loss_of_consciousness"), match
    for match in FACE_DROOP.finditer(low):
        sentence = _sentence_of(match.start(), sentences, len(low))
        both = LIMB_WEAK.search(low, sentence[0], sentence[1]) or WORDS_WRONG.search(
            low, sentence[0], sentence[1])
        yield ("stroke_signs" if both else "facial_weakness_or_droop"), match
    for match in LIMB_WEAK.finditer(low):
        sentence = _sentence_of(match.start(), sentences, len(low))
        if LIMB_EXPLAINED.search(low, sentence[0], sentence[1]):
            continue
        stroke = (ONE_SIDE.search(low, sentence[0], sentence[1])
                  or ONSET_CUE.search(low, sentence[0], sentence[1])
                  or FACE_DROOP.search(low, sentence[0], sentence[1]))
        yield ("stroke_signs" if stroke else "new_weakness"), match
    for match in BREATH.finditer(low):
        sentence = _sentence_of(match.start(), sentences, len(low))
        if not BREATH_EXPLAINED.search(low, sentence[0], sentence[1]):
            yield "breathing_trouble", match
    for match in OUT_COLD.finditer(low):
        yield "loss_of_consciousness", match
    for match in HEAD_HIT.finditer(low):
        yield "head_injury_neuro_signs", match
    for match in WORST_PAIN.finditer(low):
        sentence = _sentence_of(match.start(), sentences, len(low))
        if HEAD_PAIN.search(low, sentence[0], sentence[1]):
            yield "thunderclap_headache", match
    for match in WASTING.finditer(low):
        sentence = _sentence_of(match.start(), sentences, len(low))
        if BODY_OR_MUSCLE.search(low, sentence[0], sentence[1]):
            yield "muscle_wasting", match
    kb = get_kb()
    if any(m.kind == "trigger" and m.asserted and getattr(kb.triggers.get(str(m.value)),
                                                          "serotonergic", False)
           for m in mentions):
        for match in SWEATY.finditer(low):
            yield "serotonin_syndrome_signs", match


# a negation that is part of the description itself ("can't get air", "no strength left",
# "don't remember falling"), not a denial of it ("my sight never went dark")
DESIGNED_NEGATION = re.compile(
    _NOT + r"|\bno (?:strength|power|grip)\b|\bnot (?:able|mine|my own|going|coming|working|"
    r"moving)\b|\b(?:isn'?t|aren'?t|doesn'?t feel|don'?t feel) (?:like )?(?:mine|my own)\b"
    r"|\b(?:don'?t|do not|didn'?t|did not) remember\b")
# the clause says it is now, even about someone else: "my husband is gasping"
PRESENT = re.compile(r"\b(?:is|are|'s|'re|isn'?t|can'?t|cannot|won'?t|keeps?|right now)\b")
# ...or it happened to the user, told by someone else: "my wife found me on the floor"
FIRST_PERSON = re.compile(r"\b(?:i|me|i'm|im|i've|myself)\b")


def _in_context(flag: str, span: Span, low: str, scopes: Sequence[Scope],
                mentions: Sequence[Mention], sentences: Sequence[Span]) -> bool:
    """The cue is the user's (or a companion's) sign now: not denied, hypothetical or past."""
    for scope in scopes:
        within = _overlaps(scope.modifier, span)
        if within and scope.category == "NEGATED_EXISTENCE" and any(
                m.start() <= scope.modifier[0] < m.end()
                for m in DESIGNED_NEGATION.finditer(low, span[0], span[1])):
            continue  # "can't" in "can't get air" is part of the cue, not its negation
        if within and scope.direction == "BACKWARD" and scope.modifier[1] < span[1]:
            continue  # "has gone" inside "smile has gone crooked" is no "the pain has gone"
        if not (within or scope.scope[0] <= span[0] < scope.scope[1]):
            continue
        if scope.category in DROPPING:
            return False
        if scope.category == "FAMILY":
            sentence = _sentence_of(span[0], sentences, len(low))
            clause = _clause(low, span[0], span[1], sentence)
            if not (NOW_CUE.search(clause) or PRESENT.search(clause)
                    or FIRST_PERSON.search(clause)
                    or OWN_BEFORE.search(low[max(0, span[0] - 20):span[0]])
                    or low.startswith("my ", span[0])):
                return False
    if any(_overlaps((m.start, m.end), span) and not m.asserted for m in mentions
           if m.kind in ("symptom", "red_flag")):
        return False
    if DENIED_JUST_BEFORE.search(low[max(0, span[0] - 30):span[0]]):
        return False
    sentence = _sentence_of(span[0], sentences, len(low))
    if WORRY_BEFORE.search(low, sentence[0], span[0]) or IF_BEFORE.search(
            low, sentence[0], span[0]):
        return False
    if flag == "head_injury_neuro_signs" and HEAD_FINE.search(low):
        return False  # the knock and its answer in one message: "no other symptoms, I feel fine"
    if flag in EPISODE_FLAGS:  # "I passed out on the floor last year" is over
        sentence = _sentence_of(span[0], sentences, len(low))
        clause = _clause(low, span[0], span[1], sentence)
        if (PAST_TIME.search(clause) or OVER.search(clause)) and not STILL_NOW.search(clause):
            return False
    return True


def suspected_flags(text: str, mentions: Sequence[Mention], scopes: Sequence[Scope] = (),
                    sentences: Sequence[Span] = (), confirmed: Iterable[str] = ()
                    ) -> List[Suspicion]:
    """Emergency and urgent flags the message suggests and the rules did not confirm, most
    severe first (one suspicion per flag: the first cue)."""
    low = text.lower()
    sentences = list(sentences) or [(0, len(low))]
    done = set(confirmed)
    found: dict = {}
    for flag, match in _raw_cues(low, mentions, sentences):
        span = (match.start(), match.end())
        if flag in done or flag in found:
            continue
        if _in_context(flag, span, low, scopes, mentions, sentences):
            found[flag] = Suspicion(flag, span[0], span[1], text[span[0]:span[1]])
    return sorted(found.values(), key=lambda s: (-s.level.rank, s.start))


def suspect_doc(doc: "Doc", text: Optional[str] = None, mentions: Optional[List[Mention]] = None,
                confirmed: Iterable[str] = ()) -> List[Suspicion]:
    """Suspicions in a doc processed by bot/nlp.py's pipeline (before forget_context)."""
    from bot.mentions import mentions_from_doc

    text = doc.text if text is None else text
    mentions = mentions_from_doc(doc) if mentions is None else mentions
    sentences = [(s.start_char, s.end_char) for s in doc.sents]
    return suspected_flags(text, mentions, context_scopes(doc), sentences, confirmed)


def suspect_message(text: str, guess: Optional["Guesser"] = None) -> List[Suspicion]:
    """Parse a message and return what it suggests that the rule screen did not confirm (the
    same decision the NLU component makes; used by tests and the evaluation)."""
    from bot.mentions import mentions_from_doc
    from bot.nlp import parse_message
    from bot.screening import screen_mentions

    text = text or ""
    doc = parse_message(text)  # its text may differ: shorthand spelled out (bot.textese)
    mentions = mentions_from_doc(doc)
    screen = screen_mentions(mentions)
    return worth_asking(text, screen.level, suspect_doc(doc, doc.text, mentions, screen.flags),
                        guess)


def acute_suspicions(screened: Optional[Level], suspicions: List[Suspicion]) -> List[Suspicion]:
    """What is worth asking given the level the rules reached: nothing after an emergency (it is
    escalated at once), only emergency flags after an urgent one ("can't move my arm" found
    urgent, "and my face doesn't feel like mine" suggests a stroke)."""
    if screened is None:
        return suspicions
    return [s for s in suspicions if s.level.rank > screened.rank]


def worth_asking(text: str, screened: Optional[Level], suspicions: List[Suspicion],
                 guess: Optional["Guesser"] = None) -> List[Suspicion]:
    """The cue suspicions worth asking (acute_suspicions); when no cue is and nothing of an
    emergency was found, the learned model's guess (bot.sign_model), which covers the whole
    message: descriptions no cue knows. (After an urgent flag its gate says only what is known
    already, an acute sign, so it asks about an emergency flag only when that flag's own model is
    sure: bot.sign_model.AFTER_URGENT_FLAG.)"""
    asked = acute_suspicions(screened, suspicions)
    if asked or (screened is not None and screened.rank >= Level.emergency.rank):
        return asked
    if guess is None:
        from bot.sign_model import guess
    found = guess(text, screened)
    return [Suspicion(found.flag, 0, len(text), text)] if found else []
