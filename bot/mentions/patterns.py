"""Signs read from a pattern rather than a phrase (a temperature, a blow to the head, food that
will not go down, coming round on the floor, a fit told as it looks, readings and counts such as
a low saturation or a pain score), abilities that deny a sign
("I can breathe"), someone unresponsive, and the thunderclap headache."""

from __future__ import annotations

from dataclasses import replace
import re
from typing import TYPE_CHECKING, List

if TYPE_CHECKING:  # spaCy is only imported where text is parsed (the Rasa server, tests)
    pass


from bot.mentions.base import Mention, sentence_around
from bot.mentions.onsets import ONSET_CUE, ONSET_DENIED

# "isn't responding / not answering" is someone unresponsive, unless it is about a treatment or
# a phone: "my twitch isn't responding to magnesium", "my doctor isn't answering my calls"
NOT_A_PERSON_RESPONDING = re.compile(
    r"^\s*(?:to\s+(?:the\s+|any\s+|my\s+)?(?:magnesium|treatments?|medications?|medicines?|meds"
    r"|tablets|pills|supplements?|drops|botox|injections?|therapy|physio|rest|anything)\b"
    r"|(?:my|your|his|her|the|their|our)\s+(?:calls?|phone|texts?|messages?|emails?)\b)")


# ...nor is the person typing who declines to answer: "i'd rather not answer", "I won't answer"
DECLINER_BEFORE = re.compile(r"\bi(?:'d|'ll|'m| would| will| am| do)?(?: rather| prefer to"
                             r"| just| really)?\s*$")
RESPOND_WORDS = re.compile(r"respond|answer")


# "my mother-in-law has moved in to help" is no spreading ("in" is a filler word, so "has moved
# in to" reads as "has moved to"; round 20)
MOVED_IN = re.compile(r"^\s*in\b(?!\s*to (?:my|his|her|their|the|other|both)\b)")
# ...nor is a move of house or of work, a noun after its owner or article (round 73: "boxes of
# ledgers for the archive's move to the new building": "'s move" reads as "is moving")
MOVE_AS_NOUN = re.compile(r"(?:'s|s'|\b(?:the|a|our|their|his|her|this|that|house|office|home"
                          r"|big|building|library|archive|museum))\s+$")


# "I can't hold a line steady while it's going" is a shaky hand, not a weak one (round 21)
HOLD_STEADY = re.compile(r"^\s+(?:(?:a|the|my|his|her|it|anything|things|[\w-]+)\s+){0,3}?(?:steady"
                         r"|still|straight)\b"
                         # ...and so is a line, a note or a pose held by voice or body (round 54:
                         # "I couldn't hold the line" in a song)
                         r"|^\s+(?:the|a|that|my|this)\s+(?:long\s+|high\s+|last\s+)?(?:line|note"
                         r"|phrase|tune|pitch|pose|beat|rhythm|harmony|tempo|breath|position|plank"
                         r"|tone)s?\b")


def _held_unsteady(mention: Mention, text: str) -> bool:
    return (mention.value == "weakness" and mention.text.lower().endswith("hold")
            and bool(HOLD_STEADY.match(text[mention.end:mention.end + 40].lower())))


# breathing something in is no breathing trouble (round 59: "I didn't breathe anything in" after a
# spill drill): the "didn't breathe" the vocabulary reads, with a thing and "in" after it
BREATHED_IN = re.compile(r"^\s+(?:anything|something|any\s+[\w-]+|it|them|that|this|those"
                         r"|fumes|vapou?rs?|smoke|dust|(?:the|some|much)\s+[\w-]+(?:\s+[\w-]+)?)"
                         r"\s+in\b")


def _breathed_in(mention: Mention, text: str) -> bool:
    return (mention.value == "breathing_trouble" and mention.text.lower().endswith("breathe")
            and bool(BREATHED_IN.match(text[mention.end:mention.end + 40].lower())))


# someone shaking a person (to wake them) is no tremor: "my wife shaking me on the floor" (round 33)
SHAKING_SOMEONE = re.compile(r"^\s+(?:me|him|her|them|us)\b(?!\s+(?:all over|too|as well))"
                             # round 66: or a thing shaken ("shaking a cocktail", "shook the rug
                             # out"; not "shaking the whole bed", a fit's)
                             r"|^\s+(?:a|an|the|my|his|her|some)\s+(?:[\w-]+\s+)?(?:cocktail|shaker"
                             r"|drink|bottle|can|tin|jar|rug|mat|towel|duvet|sheet|blanket|tablecloth"
                             r"|dressing|salad|pan|basket|fryer basket|sieve|box|bag|branch|tree"
                             r"|hands?|dice|paint|spray can|snow globe|umbrella|coat|jacket)\b")


# eyes kept shut for a check or a rest are no eyelid closing by itself: "arms out with eyes shut,
# neither drifts" (round 36)
SHUT_ON_PURPOSE = re.compile(r"\b(?:with|keep|keeping|kept|close|closed|closing)\s+(?:my\s+|your\s+"
                             r"|both\s+|the\s+)?(?:eyes?\s+|eyelids?\s+)?$"
                             # round 53: "Arms out in front, eyes shut, ten seconds"
                             r"|\barms?\s+(?:out|up|outstretched|raised|held out)\b[^.;!?]{0,25}$"
                             # round 74: a lid screwed shut on purpose ("I can whistle, puff my
                             # cheeks and screw the eye shut tight")
                             r"|\b(?:screw|screwed|screwing|squeeze|squeezed|squeezing|scrunch"
                             r"|scrunched|scrunching)\s+(?:up\s+)?(?:my\s+|the\s+|both\s+)?"
                             r"(?:eyes?\s+|eyelids?\s+|lids?\s+)?$")


_SINGLE_AGAIN = r"(?:and )?(?:it'?s|it is|its|they'?re|everything'?s|all) (?:single|one)(?: again)?\b"
SHUT_TO_TEST = re.compile(r"(?:shut|closed|covered),?\s+" + _SINGLE_AGAIN)


def _eyes_shut_on_purpose(mention: Mention, text: str) -> bool:
    low = text.lower()
    return mention.value == "eyelid_closing" and bool(
        SHUT_ON_PURPOSE.search(low[max(0, mention.start - 25):mention.start])
        # ...or to see whether the double goes (round 62: "one eye shut, it's single")
        or bool(SHUT_TO_TEST.match(low, mention.start))
        and low[max(0, mention.start - 4):mention.start] == "eye ")


# goods taken under the law are no fit (round 75: "Seizure of goods notice and an arrest warrant
# to draft today", "lugging seized TVs and a dining table down tenement stairwells")
_GOODS = (r"goods|assets|property|cash|money|drugs|documents|vehicles?|cars?|items|stock|evidence"
          r"|tvs?|televisions?|phones?|laptops?|furniture|belongings|possessions|contraband")
SEIZED_GOODS_AFTER = re.compile(r"\s+(?:of\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+)?(?:" + _GOODS
                                + r")|(?:notice|order|warrant|powers?|schedule|list|log))\b")
SEIZED_THING_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?(?:" + _GOODS + r"|table|sofa|bike|van)\b")
GOODS_SEIZED_BEFORE = re.compile(r"\b(?:" + _GOODS + r")\s+(?:were|was|have been|had been|got|being|are"
                                 r"|is)\s+$")


def _seized_goods(mention: Mention, text: str) -> bool:
    low = text.lower()
    word = mention.text.lower()
    return mention.value == "seizure" and (
        (word.startswith("seizure") and bool(SEIZED_GOODS_AFTER.match(low, mention.end)))
        or (word == "seized" and (bool(SEIZED_THING_AFTER.match(low, mention.end))
                                  or bool(GOODS_SEIZED_BEFORE.search(
                                      low, max(0, mention.start - 30), mention.start)))))


# "a faint twin" is a pale one, no faint (round 54; "had a faint at work" is one)
FAINT_AS_PALE_BEFORE = re.compile(r"\b(?:a|an|the|very|slightly|only a)\s+$")
FAINT_AS_PALE_AFTER = re.compile(r"^\s+(?!(?:at|in|on|during|while|after|before|and|or|this|that"
                                 r"|today|yesterday|earlier|last|then|when|with|from|for)\b)[a-z]{3,}")


def _faint_as_pale(mention: Mention, text: str) -> bool:
    low = text.lower()
    return (mention.value == "loss_of_consciousness" and mention.text.lower() == "faint"
            and bool(FAINT_AS_PALE_BEFORE.search(low[max(0, mention.start - 12):mention.start]))
            and bool(FAINT_AS_PALE_AFTER.match(low[mention.end:mention.end + 20])))


def _shaking_someone(mention: Mention, text: str) -> bool:
    return (mention.value == "tremor" and mention.text.lower().startswith(("shak", "shook"))
            and bool(SHAKING_SOMEONE.match(text[mention.end:mention.end + 20].lower())))


# a glass test done where the sentence denies a rash, or says the spots faded, is a check that
# denies the sign: "no rash anywhere (I did the glass test on every freckle)" (round 33)
NO_RASH = re.compile(r"\b(?:no|not a|not any|without (?:a|any)) (?:\w+ ){0,2}?(?:rash|spots)\b"
                     r"|\b(?:faded|fades|blanched|blanches|went pale|goes pale|disappeared)\b")


def _glass_test_clear(mention: Mention, text: str) -> bool:
    low = text.lower()
    return (mention.value == "non_fading_rash" and low[mention.start:mention.end] == "glass test"
            and bool(NO_RASH.search(low, *sentence_around(low, mention.start, mention.end))))


def _cold_fingers(mention: Mention, text: str) -> bool:
    """A hand weakness its sentence puts down to the cold: "couldn't do up my buttons with
    frozen fingers" (round 24), or to sleeping on it (round 30)."""
    low = text.lower()
    return (mention.value == "weakness" and bool(
        COLD_HANDS.search(low, *sentence_around(low, mention.start, mention.end)))) or (
        # ...and a numbness told as the cold's (round 55: "my fingers went numb with cold and
        # came back fine under the warm tap")
        mention.value == "numbness" and bool(NUMB_WITH_COLD.match(low, mention.start)))


NUMB_WITH_COLD = re.compile(r"numb\s+(?:with|from)\s+(?:the\s+)?(?:cold|frost|freezer|chiller|ice)\b")


# a patient discharged from hospital, or the letter that says so, is no discharge from the eye
# (round 30: "my discharge letter from 2021", "investigations normal, discharged")
HOSPITAL_DISCHARGE = re.compile(r"^discharged\b|^discharge\s+(?:letter|summary|papers|paperwork|notes?"
                                r"|form|date|lounge|plan|from)\b")
EYE_BEFORE = re.compile(r"\beyes?\b[^,;.!?]{0,20}$")


def _discharged_home(mention: Mention, text: str) -> bool:
    low = text.lower()
    return (mention.value == "eye_discharge"
            and bool(HOSPITAL_DISCHARGE.match(low[mention.start:mention.start + 30]))
            and not EYE_BEFORE.search(low[max(0, mention.start - 30):mention.start]))


def _moved_in(mention: Mention, text: str) -> bool:
    words = mention.text.lower()
    return mention.value == "spreading" and (
        (words.split()[-1:] in (["moved"], ["move"], ["moves"], ["moving"])
         and bool(MOVED_IN.match(text[mention.end:].lower())))
        or (words == "move" and bool(MOVE_AS_NOUN.search(text[max(0, mention.start - 20):mention.start]
                                                         .lower()))))


def _not_unresponsive(mention: Mention, text: str) -> bool:
    if mention.value != "loss_of_consciousness" or not RESPOND_WORDS.search(mention.text.lower()):
        return False
    low = text.lower()
    # "i wasn't answering her" is the user's own spell told later (round 19), no refusal
    told_later = mention.text.lower().startswith(("was", "were"))
    return (NOT_A_PERSON_RESPONDING.match(low[mention.end:]) is not None
            or (not told_later and DECLINER_BEFORE.search(
                low[max(0, mention.start - 40):mention.start]) is not None))


# The writer who "can't wake up in the mornings", whose "alarm won't wake me" or who is "not awake
# properly till my coffee" is awake enough to type (round 64: "can't wake her" lemmatised without
# its skipped "her" read all of them as passing out); someone else who can't be woken still is
WAKE_WORDS = re.compile(r"wake|awake|rouse")
SOMEONE_AFTER = re.compile(r"^\s*(?:him|her|them|(?:my|our|the)\s+[\w-]+|[\w-]+'s)\b")
ME_AFTER = re.compile(r"^\s*(?:up\s+)?(?:me|myself)\b")
# ...(not when a person could not wake the user: "he couldn't wake me" is the user's spell)
PERSON_BEFORE = re.compile(r"\b(?:he|she|they|we|you|nobody|no one|someone|anyone|husband|wife"
                           r"|partner|girlfriend|boyfriend|mum|mom|dad|mother|father|son|daughter"
                           r"|brother|sister|flatmate|mate|friend|nurse|paramedics?)\b[^.;!?]*$")
# ...or not awake "till my coffee": asleep, not out
TILL_AFTER = re.compile(r"^\s*(?:up\s+)?(?:properly\s+|fully\s+)?(?:till|until)\b")
I_BEFORE = re.compile(r"\b(?:i|i'?m|i am|i've|i have)\s+(?:\w+\s+){0,2}?$")


def _own_waking(mention: Mention, text: str) -> bool:
    words = mention.text.lower()
    if mention.value != "loss_of_consciousness" or not WAKE_WORDS.search(words):
        return False
    low = text.lower()
    if re.search(r"\b(?:him|her|them)\b", words) or SOMEONE_AFTER.match(low[mention.end:]):
        return False
    before = low[max(0, mention.start - 30):mention.start]
    return bool((ME_AFTER.match(low[mention.end:]) and not PERSON_BEFORE.search(before))
                or TILL_AFTER.match(low[mention.end:])
                or I_BEFORE.search(before) or re.match(r"i\b", words))


# Being able to do a thing is the absence of the matching inability: "I can breathe and swallow
# without any problem", "she can still talk", "I can lift everything like normal". These add
# denied mentions (no alarm of their own), so a classifier guess of "emergency" on such a
# message is withdrawn. Not when the clause qualifies it ("I can breathe but only just").
ABLE_VERBS = {"breathe": "breathing_trouble", "swallow": "swallowing_trouble",
              "talk": "speech_trouble", "speak": "speech_trouble", "see": "blurred_vision",
              "walk": "balance_trouble", "lift": "weakness", "move": "weakness",
              "grip": "weakness", "hold": "weakness"}
_ABLE_VERB = "(?:" + "|".join(ABLE_VERBS) + ")"
ABLE = re.compile(r"\b(?:i|he|she|they|we)\s+can\s+(?:still\s+|easily\s+|totally\s+)?"
                  + _ABLE_VERB + r"\b(?:(?:\s*,\s*|\s+and\s+|\s+or\s+|\s*/\s*)"
                  + _ABLE_VERB + r"\b)*")
ABLE_VERB = re.compile(r"\b" + _ABLE_VERB + r"\b")
ABLE_QUALIFIED = re.compile(r"^[^,.;!?]*?\b(?:but|only|barely|hardly|not|just about|if)\b")


# ...and so is breathing said to be fine: "I'm fine for breath", "breathing is normal"
BREATHING_FINE = re.compile(r"\bfine for breath\b|\bbreathing(?: is|'s|s)? (?:fine|ok|okay|normal"
                            r"|normally|alright)\b")
# ...and a smile checked and found even: "both sides go up the same", "my smile is even" (round 19)
SMILE_EVEN = re.compile(r"\bboth sides (?:of (?:my|his|her|the) (?:face|mouth|smile) )?(?:go|goes"
                        r"|went|come|came|lift|lifts|lifted|move|moves|moved|look|looks|looked)"
                        r"(?: up)? (?:the same"
                        r"|equally|evenly|fine|normally)\b|\bsmile(?: is|'s| looks| was)? (?:even"
                        r"|normal|symmetrical|the same on both sides)\b|\b(?:even|symmetrical)"
                        r" smile\b")


def _abilities(text: str) -> List[Mention]:
    low = text.lower()
    out: List[Mention] = [Mention("symptom", "breathing_trouble", m.start(), m.end(),
                                  text[m.start():m.end()], negated=True)
                          for m in BREATHING_FINE.finditer(low)]
    out += [Mention("symptom", "facial_weakness", m.start(), m.end(), text[m.start():m.end()],
                    negated=True) for m in SMILE_EVEN.finditer(low)]
    for match in ABLE.finditer(low):
        if ABLE_QUALIFIED.match(low[match.end():]):
            continue
        for verb in ABLE_VERB.finditer(low, match.start(), match.end()):
            out.append(Mention("symptom", ABLE_VERBS[verb.group()], verb.start(), verb.end(),
                               text[verb.start():verb.end()], negated=True))
    return out


# Signs read from a pattern rather than a phrase. A measured temperature of 38 C / 100.4 F or
# more is a fever ("temp is 39", "temperature of 101.5F", "fever 38.5"); a blow to the head
# names the head after the blow, whatever lies between ("smacked the back of my head", "hit
# the side of his head on the cupboard", "cracked my skull").
TEMPERATURE = re.compile(
    r"\b(?:temp(?:erature)?|fever|thermometer(?: says| reads| shows)?)\s*(?:is|was|of|at|'s"
    r"|hit|reads|reading|says|=|:)?\s*(?:is\s+|of\s+|at\s+|about\s+|around\s+|over\s+)?"
    r"(\d{2,3}(?:[.,]\d{1,2})?)\s*(?:°|º|degrees?|deg)?\s*([cf])?\b")
# ...or the number first: "39.8 on the thermometer", "a 39.5 fever", "102F temp"
# ...or a bare reading a fever takes: "38.9", "39,5" (one decimal, in the fever range)
TEMPERATURE_BARE = re.compile(r"(?<![\d.,£$€])\b((?:3[89]|4[01])[.,]\d)\b(?![\d%]|[.,]\d)()")
TEMPERATURE_FIRST = re.compile(
    r"\b(\d{2,3}(?:[.,]\d{1,2})?)\s*(?:°|º|degrees?|deg)?\s*([cf])?\s+(?:on (?:the |my |a )?thermometer"
    r"|fever|temp(?:erature)?)\b")
HEAD_BLOW = re.compile(
    r"\b(?:hit|smacked|smashed|banged|bumped|knocked|whacked|cracked|bashed|slammed|struck"
    r"|thumped|clonked|clipped|fell on|landed on"
    # round 69: "Ramp arm caught my head" (not a person who caught it as the user fell: "a man
    # caught my head")
    r"|(?<!\bman )(?<!\bwoman )(?<!\bsomeone )(?<!\bhe )(?<!\bshe )(?<!\bthey )(?<!\bwho )caught"
    # round 61: "Hatch lid clouted my skull at six"
    r"|clouted|clobbered|walloped|thwacked|bonked|conked|belted|biffed"
    # round 48: "fell against the radiator, hitting the side of my head"
    r"|hitting|banging|bumping|smacking|knocking|whacking|cracking|bashing|slamming|striking"
    # round 70: "I came off the ladder, clipping the back of my head on the path"
    r"|clipping|catching"
    # round 45: "a branch came down on my head"
    r"|came down on|dropped on|fell onto|crashed down on"
    # round 55: "walk-in door swung into my head"
    r"|swung|swinging|swings)\s+"
    # round 53: "the boot slammed on my skull loading the pram"
    r"(?:(?:on|onto|down on|into)\s+)?(?:the\s+(?:back|side|top|front)\s+of\s+)?"
    r"(?:my|me|ma|his|her|their|the)\s+(?:own\s+)?(?:head|heid|skull)\b"
    # ...or the forehead, a body part of its own, so the match stops before it (round 33:
    # "whacked my forehead on the open tailgate")
    r"|\b(?:hit|smacked|smashed|banged|bumped|knocked|whacked|cracked|bashed|slammed|struck"
    r"|thumped|clonked)\s+(?:my|his|her|their|the)\s+(?=forehead\b)"
    # ...or the temple caught on something (round 50: "caught my temple on the corner of the
    # trolley")
    r"|\b(?:hit|smacked|banged|bumped|knocked|whacked|cracked|bashed|caught|clipped)\s+(?:my|his"
    r"|her|their)\s+temple\s+(?:on|against)\b"
    # ...or a thing that hit it (round 72: "Champagne cork hit my temple, now I'm muddled"; not
    # a temple rubbed "with" a hand)
    r"|\b(?:hit|struck|smacked|clipped|whacked|clocked|caught|cracked)\s+(?:me\s+(?:on|in)\s+)?(?:my|his"
    r"|her|their)\s+temple\b(?!\s+(?:with|to)\b)"
    r"|\b(?:head|skull)\s+(?:hit|smacked|slammed|banged|cracked)\s+(?:on|against|into)\b"
    # round 54: "head hit floor", "skull smacked the stage"
    r"|\b(?:head|skull)\s+(?:hit|smacked|slammed|banged|cracked)\s+(?:the\s+)?(?:floor|ground|deck"
    r"|stage|concrete|pavement|tarmac|ice|tiles|boards)\b"
    # older sets: told with no verb ("went over backwards, back of my head on the pavement")
    r"|\b(?:back|side|top|front)\s+of\s+(?:my|his|her|their)\s+(?:head|skull)\s+(?:on|against|off|onto"
    r"|into)\s+(?:the|a)\s+(?:[\w-]+\s+)?(?:pavement|floor|ground|tiles|concrete|kerb|curb|road|ice|step"
    r"|steps|stairs|wall|door|table|beam|patio|tarmac|path|deck|rocks?|edge|corner|radiator|sink|bath"
    r"|counter)\b"
    # round 56: "head hit the racking" (whatever it hit, but not the pillow or the sack of the
    # idiom for going to bed)
    r"|\b(?:head|skull)\s+(?:hit|smacked|slammed|banged|cracked)\s+(?:the|a|an)(?=\s+"
    r"(?!pillow|sack|hay\b|headlines|jackpot|books|roof|spot|nail|ceiling of)[a-z])"
    # ...and something that came off a shelf onto a head: "a tray came off the top shelf onto
    # my head", "a carton came off the top rack onto Priya's head"
    r"|\b(?:came|fell|dropped|tumbled|toppled|slid|crashed|flew)\s+(?:down\s+)?(?:off|from|out of)"
    r"\b[^.;!?]{0,50}?\b(?:onto|on to|on)\s+(?:my|his|her|their|[a-z]+'s)\s+(?:head|skull)\b"
    # round 62: "a garment rail toppled onto my head" (straight down, from nowhere told)
    r"|\b(?:toppled|tumbled|collapsed|keeled|tipped)\s+(?:over\s+)?(?:onto|on to|on)\s+"
    r"(?:my|his|her|their|[a-z]+'s)\s+(?:head|skull)\b"
    # ...or a knock told as a noun, with its force: "hard knock to the forehead" (the match stops
    # before the forehead, a body part)
    r"|\b(?:hard|nasty|heavy|big|proper|massive|huge|solid)\s+(?:knock|bang|blow|whack|smack"
    r"|thump|crack|bash|clout)\s+(?:to|on)\s+(?:the|my|his|her|their)\s+(?:head|skull\b"
    r"|(?=forehead\b))"
    r"|\bhead-?butt(?:ed)?\b|\b(?:clashed|bumped|banged|cracked|knocked) heads\b"

    # round 52: a helmet that took the blow ("the helmet took a crack"), and a thing to the head
    # told without a verb ("Heifer's hoof to the head at six")
    r"|\bhelmet\s+(?:took|got|copped|had)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:crack|knock|whack|hit"
    r"|bang|belt|belting|smack|thump|bash|battering|hammering)\b"
    # (a knee or an elbow is a body-part mention of its own, which would drop this whole match:
    # TOOK_A_BLOW reads those after them)
    r"|\b(?:hoof|horn|kick|boot|fist|branch|bale|gate|post|rail|hammer|spanner"
    r"|bucket|shovel|spade"
    # round 75: a scuffle's blows ("Fist to the temple on the wing")
    r"|punch|baton|truncheon|bottle|brick|headlock"
    # round 76: "Rifle butt to the head in drills"
    r"|butt|rifle butt|rifle|stock)\s+(?:to|in)\s+(?:the|my|his|her|their)\s+"
    r"(?:head|skull|temple)\b"
    # ...and a door shut on a head (round 75: "the debtor slammed the front door on my head")
    r"|\b(?:slammed|shut|closed|swung|banged|kicked)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?(?:door|gate|boot"
    r"|hatch|lid|window|shutter)\s+(?:on|into|against)\s+(?:my|his|her|their)\s+(?:head|skull)\b"

    # a fall head first into something (round 34: "came down with a bang, head first against the
    # pot of geraniums")
    r"|\bhead[- ]?first (?:into|against|onto|on|down)\b"
    # a thing that hit someone on the head: "a cricket ball hit me on the side of the head"
    # (round 18)
    r"|\b(?:hit|struck|smacked|whacked|clipped|caught|clonked|cracked|bashed|thumped|knocked"
    r"|walloped|clocked)\s+(?:me|him|her|them)\s+(?:on|in)\s+"
    r"(?:the\s+(?:back|side|top|front)\s+of\s+)?(?:the|my|his|her|their)\s+(?:head|skull"
    # round 54: "it clocked me on the temple"; round 57: "caught me on the crown"
    r"|temple|crown)\b"
    # ...or just above or behind an ear or an eye (round 49: "a cricket ball ... hit me just
    # above the ear"; the match stops before the part, which may be a mention of its own)
    r"|\b(?:hit|struck|smacked|whacked|clipped|caught|clonked|cracked|bashed|thumped|knocked"
    r"|walloped)\s+(?:me|him|her|them)\s+(?:(?:just|right|square|squarely)\s+)?(?:above|behind"
    r"|over)\s+(?=(?:the|my|his|her|their)\s+(?:left\s+|right\s+)?(?:ear|eye|eyebrow|brow)\b)"
    # ...or told without the striker (round 37): "kicked in the head at jiu-jitsu"
    r"|\b(?:kicked|kneed|punched|elbowed|booted|hit|struck|smacked|whacked|clattered)\s+(?:in|on)\s+"
    r"(?:the\s+(?:back|side|top|front)\s+of\s+)?(?:the|my|his|her|their)\s+(?:head|skull)\b"
    # shorthand: "head vs door frame at 11" (round 17)
    r"|\bhead (?:vs\.?|versus|v\.?) (?:the |a )?[\w-]+"
    # a head caught on something on the way down: "caught my head on the edge" (round 20)
    r"|\bcaught (?:my|his|her|their) head (?:on|against)\b"
    r"|\bheaded (?:the|a) (?:ball|football)\b"
    # standing up into something overhead (round 31): "stood up into the shelf bracket"
    r"|\b(?:stood|stand|standing|got|get|getting) up (?:straight )?(?:into|under) (?:the|a|an|that)\b"
    # ...or "stood into" it without the "up" (round 58: "Rage-quit, stood into the shelf")
    r"|\b(?:stood|stand|standing) (?:straight )?into (?:the|a|an|that)\b"
    # ...or a head said to have been struck, in a clause of its own (round 58: "head smacked;
    # now puking"; not "banged", the headbanger's word)
    r"|\b(?:head|skull)\s+(?:smacked|slammed|cracked|whacked|bashed|thumped|clonked)"
    r"(?=\s*(?:[,;.!?:]|$|-|\u2013|\s+(?:hard|off|on|against|into)\b))"
    # what a blow left: "a lump on her forehead", "an egg on his head" (the match stops before
    # the body part, a mention of its own)
    r"|\b(?:lump|egg|bump|gash)(?= on (?:my|his|her|their|the) (?:forehead|head|skull)\b)"
    # a thing that struck it: "took a netball to the side of the head", "got an elbow in the head"
    # (the sign's span is the blow's landing, "to the side of the head": the thing may be a body
    # part, a mention of its own, as in "took a knee to the side of the head"; round 22)
    r"|\b(?:took|got|caught|copped)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,6}(?P<landing>(?:to|in|on)\s+"
    r"(?:the\s+(?:back|side|top|front)\s+of\s+)?(?:my|his|her|their|the)\s+(?:head|skull))\b")
# Walking into something at head height (round 46, older sets: "walked into the end of a racking
# beam at the warehouse"; not "walked into the post office"). The span starts at "into": "ran" is
# a mention (a trigger) of its own.
WALKED_INTO = re.compile(
    r"\b(?:walked|walking|walk|ran|running|run|bumped|stepped)\s+(?:straight\s+|right\s+"
    # round 62: "walked face first into a lighting rig"
    r"|smack\s+|full pelt\s+|face[- ]?first\s+|head[- ]?first\s+)?(into\s+(?:the\s+(?:end|edge|corner|side)\s+of\s+)?(?:a|an|the"
    r"|that|some)\s+(?:[\w-]+\s+){0,2}?(?:beam|girder|joist|lintel|door ?frame|lamp ?post"
    r"|signpost|sign post|goalpost|pole|shelf|shelving|cupboard door|cabinet door|low ceiling"
    r"|overhang|bracket|branch|rafter|scaffold(?:ing)?(?: pole)?|truss|rig|lighting bar"
    r"|speaker stack)s?)\b")
# Food, drink or pills that will not go down, or a cough on every mouthful: "can't get her
# tablets down", "spluttering on every sip" (not "can't get my weight down")
SWALLOW_FAILS = re.compile(
    # (round 62: "has not been able to get anything down since lunch")
    r"\b(?:can't|cant|cannot|can not|couldn't|couldnt|unable to|(?:haven'?t|have not|hasn'?t"
    r"|has not|hadn'?t|had not) been able to)\s+(?:even\s+)?get\s+(?:even\s+)?"
    r"(?:(?:my|his|her|their|the|any|a|some)\s+)?(?:own\s+)?(?:food|water|drinks?|tablets?|pills?|meds|medicines?|medication"
    r"|liquids?|fluids?|tea|soup|spit|saliva|anything|it|them)\s+down\b"
    r"|\b(?:cough|choke|splutter|gag|sputter)(?:s|es|ed|ing)?\s+(?:on|over|with|after)\s+"
    r"(?:every|each|any)\s+(?:single\s+)?(?:sip|mouthful|bite|drink|swallow|spoonful|gulp)\b"
    # "not able to take down even the water", a drink that comes back through the nose
    r"|\b(?:not able to|unable to|can't|cant|cannot|can not)\s+(?:take|keep|get)\s+down\b"
    r"|\b(?:can't|cant|cannot|can not)\s+get\s+(?:even\s+)?(?:a\s+)?(?:sip|mouthful|bite|drop"
    r"|crumb)\b[^.;!?]{0,25}?\b(?:past|down)\b"
    # round 57: "even tea comes back up my nose", "water spills back out"
    r"|\b(?:water|drinks?|food|soup|tea|milk|juice|it)\s+(?:is\s+|keeps\s+)?(?:coming|comes|came"
    r"|goes|going|went)\s+back\s+up\s+(?:my|his|her|their|the)\s+nose\b"
    r"|\b(?:water|drinks?|tea|milk|juice|soup)\s+(?:just\s+)?(?:spills?|spilling|spilled|pours?"
    r"|pouring|dribbles?|dribbling|runs?|running)\s+back\s+out\b"
    r"|\b(?:water|drinks?|food|soup|tea|milk|juice|it)\s+(?:is\s+|keeps\s+)?(?:coming|comes"
    r"|came|going|goes|went)\s+(?:back\s+)?(?:up\s+)?(?:out\s+)?(?:through|out of|from)\s+"
    r"(?:my|his|her|their|the)\s+nose\b"
    # round 20: "nothing passes down my throat", "nowt will go down", "it came back up me nose",
    # saliva that has to be spat out
    r"|\b(?:nothing|nowt|not even water)\s+(?:will\s+|would\s+|'ll\s+|wants to\s+|is\s+|'s\s+)?(?:go|goes"
    r"|going|went|pass|passes|passing|passed)\s+down\b"
    # round 55: "since then nothing passes, not even a sip of water", food "lodged halfway down"
    r"|\b(?:nothing|nowt)\s+(?:will\s+|would\s+|'ll\s+|wants to\s+|is\s+|'s\s+)?(?:go|goes|going"
    r"|went|pass|passes|passing|passed)\b(?=\s*[,;:-]?\s*(?:not\s+)?even\s+(?:a\s+|my\s+)?(?:sip"
    r"|drop|mouthful|water|spit|saliva|liquid)\b)"
    r"|\b(?:lodged|stuck|wedged)\s+(?:halfway|half way|part way|partway)\s+down\b"
    r"|\b(?:came|comes|coming)\s+back\s+(?:up|out)\s+(?:through\s+)?(?:me|my|his|her|their)"
    r"\s+nose\b"
    r"|\b(?:saliva|spit)\b[^.;!?]{0,25}?\bspit (?:it )?out\b"
    r"|\bspit(?:ting|s)? (?:out )?(?:my|me|his|her|their) (?:own )?(?:saliva|spit)\b"
    # round 62: "he gags on his own spit"
    r"|\b(?:gags?|gagging|gagged|chokes?|choking|choked|splutters?|spluttering)\s+on\s+(?:my|me"
    r"|his|her|their)\s+(?:own\s+)?(?:spit|saliva)\b"
    # round 50: spit that pools and will not pass
    r"|\b(?:spit|saliva)\s+(?:just\s+)?(?:pools|pooling|collects|collecting)\b"
    r"|\b(?:spit|saliva)\b[^.;!?]{0,15}?\b(?:won'?t|wont|will not|doesn'?t|does not) (?:pass"
    r"|go down)\b")
# ...or a throat that will not take them (round 28): "since lunch my throat won't take tea or
# tablets"
THROAT_REFUSES = re.compile(
    # (round 51: also with no possessive, "Throat won't let anything past")
    r"\b(?:(?:my|his|her|their|the|me)\s+)?throat\s+(?:just\s+)?(?:won't|wont|will not|can't|cant"
    r"|cannot|isn't|is not|doesn't|does not|refuses to|keeps refusing to)\s+(?:take|accept"
    # (the span stops before the food: "tea" is a mention of its own)
    r"|letting|let)(?=\s+(?:(?:any|my|the|his|her|their|even)\s+)?(?:food|water|drinks?|tea|coffee"
    r"|tablets?|pills?|meds|medicines?|anything|liquids?|fluids?|soup|milk)\b)")
# A head clutched, the way a sudden head pain shows (round 28): "she screamed and grabbed the
# back of her head, says it came on in a second, worst ever" (a thunderclap with its words: the
# head alone is only a headache)
HEAD_CLUTCHED = re.compile(
    r"\b(?:grabb(?:ed|ing)|grabs?|clutch(?:ed|ing|es)?|clasp(?:ed|ing|s)?|gripp(?:ed|ing)"
    r"|holding|held)\s+(?:at\s+)?(?:the\s+(?:back|side|top|front)\s+of\s+)?(?:my|his|her"
    r"|their)\s+(?:head|skull)\b")
# ...or a twitch that ramps up (round 28): "the twitch in my cheek is ramping up" (never a bare
# "work is ramping up")
RAMPING_UP = re.compile(r"\b(?:twitch\w*|spasms?|flicker\w*|flutter\w*|tics?)\b[^.;!?,]{0,25}?"
                        r"\b((?:ramping|ramped|ramps|ramp)\s+up)\b")
# ...or a pain that climbed to the top of the scale at once, in a sentence that names the head
# or a pain (round 43): "my head just split open, 0 to 10 in one beat"
RAMP_TO_TOP = re.compile(
    r"\b(?:from )?(?:nothing|zero|0) to (?:10|ten|max|maximum|unbearable|agony|the worst)\b"
    r"(?= in (?:a|one|a split) (?:second|sec|beat|heartbeat|instant|moment|blink)| instantly"
    r"| in seconds| straight away| at once)")
RAMP_SITE = re.compile(r"\b(?:head|skull|pain|headache|hurt\w*)\b")
# ...or a pain told only as a blow that it felt like, in a sentence that names the head (round
# 43): "it was like being struck with a frying pan on the skull, instant"
_BLOW_VERB = (r"(?:hit|shot|struck|smacked|whacked|clubbed|punched|kicked|stabbed|cracked|smashed"
              r"|slammed|stamped|hammered|swung|swinging|bashed|belted|walloped)")
BLOW_FELT = re.compile(r"\b(?:felt|feels|feel|feeling|was|it's|its) like (?:someone|somebody"
                       r"|something|i'?d been|i had been|i'?ve been|being|getting) (?:just )?"
                       + _BLOW_VERB + r"\b")
# The glass test failed, told in any order (round 44): "pressed a glass on them and they dont
# fade", "spots on my shins that stay put when i roll a glass over them" (the span is the words
# of the test: the spots or the site may be mentions of their own)
_NOT_FADING = (r"(?:don'?t|dont|doesn'?t|doesnt|won'?t|wont|didn'?t|didnt|do not|does not|did not)"
               r"\s+(?:fade|blanch|disappear|vanish|go pale|go away|go)")
GLASS_NOT_FADING = re.compile(
    r"\bglass\b[^.;!?]{0,40}?\b(" + _NOT_FADING + r")\b"
    # round 45: "a rash of purple dots that doesn't go when we press the glass"
    r"|\b(" + _NOT_FADING + r")\b(?=[^.;!?]{0,30}?\bglass\b)"
    r"|(?<!n't )(?<!not )(?<!nt )\b((?:stay|stays|stayed) put|(?:stay|stays|stayed)"
    r"|(?:are|is) still (?:there|visible)|(?:can|could) still see (?:them|it))\b"
    r"(?=[^.;!?]{0,30}?\bglass\b)"
    # round 60: a colour that stays when a bottle or a finger presses on it ("purple blotches
    # that stay purple when I press my water bottle on them")
    r"|(?<!n't )(?<!not )(?<!nt )\b((?:stay|stays|stayed) (?:purple|red|dark|the same colou?r))\b"
    r"(?=[^.;!?]{0,15}?\b(?:when|if|after|as)\b[^.;!?]{0,25}?\b(?:press\w*|push\w*|roll\w*)\b)"
    # round 53: "glass-proof purple freckles"
    r"|\b(glass[- ]?proof)\b"
    # round 58: the rash's own words, no glass: "blotches not fading", "spots that aren't
    # fading" (not "the bruise is fading")
    r"|\b(?:rash|rashes|spots|blotch|blotches|blotchy|dots|pinpricks|specks|marks|freckles"
    r"|patches)\s+(?:(?:on|over|across|down)\s+(?:my|his|her|their|the)\s+[\w-]+\s+)?"
    r"(?:that\s+|which\s+)?(?:are\s+|is\s+)?((?:not|aren'?t|arent|isn'?t|isnt|never"
    r"|won'?t|wont|don'?t|dont|doesn'?t|doesnt)\s+(?:fading|fade|blanching|blanch))\b")
# A neck that will not bend, told as a cable or as "it" (round 44): "the back of my neck pulls
# like a steel cable and just wont give", "my neck... I can't bend it forward at all" (the span
# stops after "neck": the neck may be a mention of its own)
NECK_WONT_GIVE = re.compile(
    r"\bneck\b[^.;!?]{0,60}?\b((?:(?:just\s+)?(?:won'?t|wont|will not|doesn'?t|does not)\s+"
    r"(?:give|budge|bend|nod|tip|tilt))|like (?:a |an )?(?:steel |iron |metal |wire )?(?:cable|rod|bar|board"
    r"|poker)|(?:can'?t|cant|cannot|can not) bend it(?: forward| down)?)\b"
    # round 45: a child who "cries when we bend her neck" (the span is the crying)
    r"|\b((?:cries|screams|howls|winces)) (?=when (?:we|i|you|they|the doctor) (?:bend|move|lift"
    r"|touch) (?:her|his|their) (?:neck|head forward)\b)"
    # round 50: "chin won't reach chest" (the span stops before the chest, a body part)
    r"|\bchin\s+((?:won'?t|wont|will not|can'?t|cant|cannot|doesn'?t|does not)\s+(?:reach|touch"
    r"|get to|go down to|go to))(?=\s+(?:my\s+|his\s+|her\s+|their\s+|the\s+)?chest\b)"
    # round 60: "my chin stops a hand's width off my chest" (the span is the stopping: the hand
    # and the chest are mentions of their own), "his neck hurts too much to look down"
    r"|\bchin\s+(stops|stopped|stays|stayed|sits|halts|hangs)(?=\s+(?:[\w'-]+\s+){0,4}?(?:off"
    r"|short of|away from|above)\s+(?:my|his|her|their|the)\s+chest\b)"
    # (the span is the looking down: "sore" is a mention of its own)
    r"|\bneck\b[^.;!?]{0,30}?\btoo (?:much|sore|stiff|painful) (to (?:look|bend|tip|nod)"
    r"(?: (?:down|forward))?)\b")
# Light that makes the eyes hurt (round 44): "even my phone on lowest brightness makes my eyes
# ache" (the span is "makes": the light, the screen and the eyes may be mentions of their own)
LIGHT_HURTS_EYES = re.compile(
    r"\b(?:light|lights|brightness|sunlight|sun|lamp|screen)\b[^.;!?]{0,40}?\b(makes?) (?:my|his"
    r"|her|their) eyes (?:ache|hurt|sting|burn|stream|water|scream)\b"
    # round 45: "she hides from the light"
    r"|\b(hides|hiding|hid|shields?|shielding|cowers?|cowering) (?=from (?:the )?(?:light|lights"
    r"|sun|sunlight|lamp)\b)"
    # round 50: "light stings"
    r"|\b(?:light|lights|daylight|sunlight)\s+((?:stings|burns|hurts|is agony|is unbearable))\b"
    # round 53: "lamps hurt", "the lights hurt"
    r"|\b(?:lamps|lights)\s+((?:hurt|sting|burn))\b"
    # round 58: glare or a screen's light that cannot be borne, "is" or not: "monitor glare
    # unbearable", "screen brightness is agony"
    # (round 62: "showroom spots r agony", the spotlights told as a shop's "spots")
    r"|\b(?:glare|brightness|daylight|sunlight|light|lights|spotlights?|downlights?"
    r"|(?:showroom|stage|studio|ceiling|shop|catwalk|runway) spots)\s+(?:(?:from|of|off)\s+(?:the\s+|my\s+)?"
    r"[\w-]+\s+)?((?:is\s+|'s\s+|are\s+|r\s+|feels?\s+)?"
    r"(?:unbearable|agony|agonising|agonizing|excruciating|torture))\b"
    # round 60: "panel lights like needles in my eyes" (the span stops before the eyes)
    r"|\b(?:light|lights|lamps?|glare|brightness|screens?|sun|sunlight)\s+(?:are\s+|is\s+"
    r"|feels?\s+|feel\s+)?(like\s+(?:needles|knives|daggers|pins|nails|broken glass|blades"
    r"|spikes|hot pokers))(?=\s+(?:in|into|through)\s+(?:my|his|her|their)\s+eyes\b)")
# ...or a head that "went bang" (round 29): "head just went bang like a gunshot inside it"
HEAD_WENT_BANG = re.compile(r"\bhead\s+(?:just\s+|suddenly\s+)?(?:went|goes|go|exploded|popped)"
                            r"(?:\s+(?:bang|boom|pop|off))?\b(?<!\bgo)(?<!\bgoes)(?<!\bwent)")
# Double vision told by what cures it or what it makes (round 29): "fine with one eye closed",
# "road signs have twins"
# (the span stops before the eye: it is a mention of its own)
ONE_EYE_SHUT_SINGLE = (r"(?:(?<=\beye shut, )|(?<=\beye shut )|(?<=\beye closed, )|(?<=\beye closed )"
                       r"|(?<=\beye covered, )|(?<=\beye covered ))" + _SINGLE_AGAIN)
ONE_EYE_CLEARS = re.compile(
    r"\b(?:fine|ok|okay|normal|goes away|go away|gone|disappears?|clears?|single|one image)\s+"
    r"(?:again\s+)?(?:with|when i (?:close|shut|cover)|if i (?:close|shut|cover)|covering"
    r"|by (?:closing|covering|shutting))(?=\s+(?:one|either|my (?:left|right)|the (?:left|right"
    r"|other)) eye\b)"
    # ...or told cause first (round 34): "hand over either eye and it goes"
    r"|\b(?:cover|covering|hand over|close|shut|put a hand over|closing|shutting|winking)\s+"
    r"(?=(?:either|one) eye,? and "
    r"(?:it|they|that|the double)(?: (?:goes|go|clears?|disappears?|vanish\w*|is fine|are fine)"
    # round 45: "cover either eye and it's single again"
    r"| ?(?:is|'s|are|'re|goes|go) (?:single|one)(?: again)?"
    # round 49: "covering either eye makes it single"
    r"| makes? (?:it|them|things|everything) (?:single|one)(?: again)?)\b)"
    # round 71: "Closing either eye makes it single"
    r"|\b(?:closing|covering|shutting|cover|close|shut)\s+(?=(?:either|one|an|the other) eye\s+(?:makes?"
    r"|made|turns?|gets?) (?:it|them|things|everything) (?:single|one|normal)(?: again)?\b)"
    # round 50: "closing either eye clears it"
    r"|\b(?:closing|covering|shutting)\s+(?=(?:either|one|the other) eye (?:clears|fixes|cures"
    r"|stops|sorts|puts) (?:it|them)\b)"
    # round 51: "goes single with an eye shut"
    r"|\b(?:goes|go|turns|is|are) single(?: again)?\s+(?=(?:with|when|if) (?:an|one|either|my"
    r" (?:left|right)) eye (?:is )?(?:shut|closed|covered)\b)"
    # round 58: a wink that merges the two: "winking merges them"
    r"|\bwink(?:ing|s)?\s+(?:merges|joins|fuses|fixes|clears|sorts)\s+(?:them|it|the two)\b"
    # round 62: "one eye shut, it's single" (the span starts after the shut eye: "shut" is a
    # mention of its own, which _eyes_shut_on_purpose withdraws)
    r"|" + ONE_EYE_SHUT_SINGLE)
TWINNED = re.compile(r"\b(?:signs|words|lines|letters|cars|faces|everything|things|people|lights"
                     r"|headlights|numbers|text"
                     # round 45: "every piece has a twin sitting next to it"
                     # (round 52: any thing seen, "every gatepost's got a twin")
                     # round 57: "every nail on the batten has a twin"
                     r"|(?:every|each)(?: [\w-]+){1,4}?)(?:['\u2019]s)?\s+(?:have|has|have got|got|grew"
                     r"|has got)\s+(?:a\s+)?twins?\b"
                     # round 49: "the whiteboard shows every line twice"
                     r"|\b(?:shows?|showing|showed|see|seeing|saw|sees)\s+(?:every|each)\s+"
                     r"(?:line|word|letter|sign|face|thing|number|child|pupil|kid)\s+twice\b"
                     # round 58: things that "get a copy sitting just above them"
                     # (round 60: "signal lamps have had a twin hovering above each one")
                     r"|\b(?:get|gets|got|have|has|had|grow|grew|with)\s+(?:a|an)\s+(?:copy|double"
                     r"|duplicate|clone|ghost copy|second copy|twin)\s+(?:(?:sitting|floating"
                     r"|hovering|stacked|stuck)\s+)?(?:(?:just|right)\s+)?(?:above|below|beside"
                     r"|next to|on top of|underneath)\b")
# Coming round on the floor: "woke up on the kitchen floor", "came to lying on the pavement"
# A drop told with how long they were out (round 30: "you just dropped, out for a minute")
# (the span stops before the time, a duration mention of its own)
# ...or a faint told with it (round 31: "fainted at the bus stop this morning, out for about a
# minute"); "out for" only a stretch of seconds or minutes ("out for an hour" is a trip out)
# A wheeze is trouble breathing when the message tells of an allergic reaction or a choke: "got
# stung by something, now her lips and face are swelling up, she's wheezing" (round 33; a wheeze
# alone may be a known asthma's, and is left to the safety net's question)
WHEEZE = re.compile(r"\bwheez\w*"
                    # round 53: "chest whistling", "a whistling chest" (the span leaves the chest,
                    # a body part, out)
                    r"|(?<=\bchest )whistl\w*|(?<=\bchest is )whistl\w*|(?<=\bchest's )whistl\w*"
                    r"|\bwhistl\w*(?= chest\b)")
WHEEZE_CAUSE = re.compile(
    r"\b(?:lips?|tongue|throat|face|mouth|eyes)\b[^.;!?]{0,25}?\b(?:swell\w*|swollen|puff\w* up)\b"
    r"|\b(?:swell\w*|swollen|puff\w* up)\b[^.;!?]{0,12}?\b(?:lips?|tongue|throat|face|mouth)\b"
    r"|\b(?:stung|sting|allergic|anaphyla\w*|epipen|epi-pen|choked|choking)\b")


def _wheezes(low: str) -> "List[tuple[str, int, int, int]]":
    if not WHEEZE_CAUSE.search(low):
        return []
    return [("breathing_trouble", m.start(), m.end(), m.start()) for m in WHEEZE.finditer(low)]


# The hand, arm or fingers just before a verb: a look-behind, so the limb (a mention of its own)
# stays out of the span
_HAND_BEFORE = r"(?:(?<=\bhand )|(?<=\bhands )|(?<=\barm )|(?<=\bfinger )|(?<=\bfingers ))"
# A hand that "just wouldn't grip it" (round 35)
HAND_WONT_GRIP = re.compile(_HAND_BEFORE + r"(?:just |simply )?"
                            r"(?:wouldn't|wouldnt|would not|won't|wont|will not|couldn't|couldnt"
                            r"|could not|can't|cant) (?:grip|grasp|hold|close (?:on|round|around)"
                            # round 54: "my right hand won't keep hold of the mic"
                            r"|keep (?:hold|a grip|a grasp))\b")
# Heat, shaking and jerking together are the way a serotonin reaction is told (round 35: "new
# malaria pills with my fluoxetine; now hot, shaking, jerking all over"): the heat is read as a
# fever (the span is the heat word alone; the shaking is a mention of its own)
HOT_SHAKING_JERKING = re.compile(
    r"\b(?:hot|burning up|boiling|feverish)\b(?=[^.;!?]{0,30}\b(?:shak\w*|shiver\w*|trembl\w*"
    # round 51: "now hot, jittery, legs jerking"
    r"|jitter\w*)\b"
    r"[^.;!?]{0,30}\bjerk\w*)"
    # round 55: heat told as a state, then jerking or a racing heart ("on top of fluoxetine:
    # boiling, jerking, heart racing"; not "the kitchen is boiling")
    r"|(?:(?<=: )|(?<=, )|(?<=\bi'm )|(?<=\bim )|(?<=\bi am )|(?<=\bfeel )|(?<=\bfeels )"
    r"|(?<=\bfelt )|(?<=\bshe's )|(?<=\bhe's )|(?<=\bnow ))(?:boiling|burning up|roasting)\b"
    r"(?=[^.;!?]{0,30}\b(?:jerk\w*|heart (?:is )?(?:racing|pounding)|racing heart))"
    # ...or jerky and agitated (round 37: "on fluoxetine, took St John's wort; now hot, jerky,
    # agitated"), in either order
    r"|\b(?:hot|burning up|boiling|feverish)\b(?=[^.;!?]{0,40}\bjerk\w*)(?=[^.;!?]{0,40}\bagitat\w*)")
# Sweats and shivers together are a fever's chills (round 36: "now she's sweating, shivering,
# agitated"): the shivering is read as a fever (the sweating, a mention of its own, left out)
SHIVERS_WITH_SWEATS = re.compile(
    # round 63: rigors, "shaking so hard the phone rattles, teeth chattering" (the span is the
    # chattering)
    r"(?<=\bteeth )chatter(?:ing|s)?\b"
    r"|"
    r"(?:(?<=\bsweating )|(?<=\bsweating, )|(?<=\bsweating and )|(?<=\bsweats )|(?<=\bsweats, )"
    r"|(?<=\bsweats and )|(?<=\bsweaty )|(?<=\bsweaty, )|(?<=\bsweaty and )"
    # round 52: "drenched, shivering", "shivering and pouring with sweat"
    r"|(?<=\bdrenched )|(?<=\bdrenched, )|(?<=\bdrenched and ))shiver(?:ing|s|y)\b"
    r"|\bshiver(?:ing|s|y)\b(?=,? (?:and |& )?(?:(?:pouring|dripping|running) with |drenched in "
    r"|soaked in |covered in |bathed in )?sweat(?:ing|s|y)?\b)")
# A limb that "won't do as it's told" is a weak one (round 34: "MY LEFT ARM WONT DO AS ITS TOLD";
# the span stops before the limb, a mention of its own)
WONT_OBEY = re.compile(r"\b(?:arm|hand|leg|foot|fingers?)\s+((?:won'?t|wont|will not|wouldn'?t|would not"
                       r"|doesn'?t|does not|didn'?t|did not)\s+(?:do as (?:it'?s|its|it is|they'?re)"
                       r" told|obey|behave|listen"
                       # round 60: "rite leg wont work the pedal" (a thing it works, not a
                       # fear: "one day my arm won't work")
                       r"|work (?:the|a|an|my|his|her|its|their) [\w-]+)\b)")
# Breath too short for a sentence (round 34: "I can only say three or four words before I must
# stop for breath"), or a reliever that no longer helps
SHORT_OF_WORDS = re.compile(
    r"\b(?:only|just|barely|hardly) (?:say|get out|manage|speak) (?:a (?:few|couple of)|one|two|three"
    r"|four|five|\d)(?: or (?:two|three|four|five|six|\d))? words\b"
    r"|\bstop (?:for|to catch my|to get my) breath\b(?=[^.!?]{0,40}\b(?:every|after|between)\b)"
    # round 45: "I cannot pull in enough air to say a full sentence"
    r"|\b(?:can'?t|cant|cannot|can not|couldn'?t) (?:pull in|get in|get|take in|draw in|draw|suck in)"
    r" enough air\b"
    # round 44: "i can only get 3 words out at a time", "cant get past 3 words", "cant say more
    # than two words", "can only whisper a word or two", and "every breath in is a whistle"
    r"|\b(?:only|just|barely|hardly) get (?:a (?:few|couple of)|one|two|three|four|five|\d)"
    r"(?: or (?:two|three|four|five|six|\d))? words out\b"
    r"|\b(?:can'?t|cant|cannot|can not) (?:get past|say more than|manage more than) (?:a (?:few"
    r"|couple of)|one|two|three|four|\d)(?: or (?:two|three|four|\d))? words\b"
    r"|\b(?:only|just|barely) whisper (?:a word or two|one or two words|a (?:few|couple of) words)\b"
    r"|\bevery breath(?: in| out)? (?:is|was|feels like) (?:a )?(?:whistle|gasp|struggle|fight"
    r"|battle|wheeze)\b"
    # round 50: "two words then gasping", "can't get the handover out in one sentence"
    r"|\b(?:a (?:few|couple of)|one|two|three|\d)(?: or (?:two|three|\d))? words,? (?:then|and then"
    r"|before|and) (?:i'?m |i |he'?s |she'?s )?(?:gasp\w*|(?:have to |has to )?stop\w* for (?:breath"
    r"|air)|fighting for (?:breath|air))\b"
    r"|\b(?:can'?t|cant|cannot|couldn'?t) (?:get|say|finish|speak) (?:[\w']+\s+){0,3}?(?:out\s+)?in"
    r" one (?:sentence|breath)\b"
    # round 60: "chest clamped, half-breaths only"
    r"|\b(?:only |just )?half[- ]breaths?(?: only)?\b(?! (?:of|through|on|at) )")
# ...or an inhaler or its puffs that are not helping or "did nothing", in a sentence about
# breath (round 44: "6 puffs of her albuterol did nothing and her lips look pale blue"; round 45:
# "the inhaler is not helping"; not "my inhaler did nothing for the twitch"). The span is the
# failing words: the inhaler is a mention of its own.
INHALER_DID_NOTHING = re.compile(
    r"\b(?:inhaler|reliever|puffer|nebuli[sz]er|puffs|salbutamol|albuterol|ventolin)\b"
    r"[^.;!?]{0,40}?\b((?:(?:has |have |it'?s |its |they'?ve )?(?:done|did|doing|does) nothing"
    r"|no (?:help|use|difference)"
    r"|(?:isn'?t|is not|not|no longer|doesn'?t|does not|didn'?t|did not|won'?t|aren'?t|are not)"
    r" (?:touching|touch|helping|help|working|work|doing anything|making a difference)))\b"
    # (not a lasting change: "her inhaler isn't helping any more so they're switching her")
    r"(?!\s+(?:any ?more|these days|lately|as (?:much|well))\b)"
    r"(?! for (?:the|my|his|her) (?:twitch|eye|eyelid|lid))")
BREATH_WORD = re.compile(r"\b(?:breath\w*|wheez\w*|asthma\w*|chest|air|gasp\w*|words)\b")
# Two of a thing "when there should be one" (round 34: "there are two clocks on the mantelpiece
# when there should be one")
ONE_SEEN_AS_TWO = re.compile(r"\btwo (?:[\w-]+ ){1,4}?(?:when|where) there (?:should be|is|'s) "
                             r"(?:only )?one\b"
                             # round 63: a thing that "has become two overlapping queues", "each
                             # line ghosted off to the side"
                             r"|\b(?:has become|have become|became|turned into|is now|are now)\s+two\s+"
                             r"overlapping\b|\beach\s+(?:line|word|letter|icon|number|row|face)\s+"
                             r"(?:is\s+|was\s+)?ghosted\b")


# A baby's soft spot that bulges (round 46, older sets: "the soft spot on her head looks like
# its bulging"). The span is the bulging word (the head may be a mention of its own); no denial
# may stand between ("her soft spot doesn't look swollen" finds nothing).
FONTANELLE_BULGING = re.compile(
    r"\b(?:soft spot|fontanel(?:le)?s?)\b(?:(?!\bnot\b|n't|\bnt\b|\bno\b|\bnever\b)[^.;!?]){0,40}?"
    r"\b(bulg\w*|swell\w*|swollen|raised|puff\w*|tense|sticking out|pushing out|poking out)")
# A fall from a height onto a hard floor (round 46, older sets: "my toddler fell off the kitchen
# worktop onto the tiles"): with vomiting, drowsiness or passing out it counts as a head injury
# would (a knock to the head is likely, whether or not it was seen)
HARD_FALL = re.compile(
    r"\b(?:(?:fell|fallen|falling|tumbled|toppled|rolled)\s+(?:off|from|out of|down)|came off"
    r"|come off)\s+(?:(?:the|a|an|my|his|her|their|our)\s+)?(?:[\w-]+\s+){0,3}?(?:on ?to|on"
    r"|to)\s+(?:the|a|our|my|his|her|their)\s+(?:[\w-]+\s+)?(?:tiles?|tiled floor|floor"
    r"|concrete|ground|pavement|patio|road|tarmac|stone floor|flagstones|kerb|curb|stairs|steps"
    r"|decking|laminate|hard floor)\b"
    r"|\b(?:fell|fallen|tumbled)\s+(?:all the way\s+)?down\s+(?:the|a|a flight of|the whole"
    r" flight of)\s+(?:stairs|steps|staircase)\b")
# Where a foot or hand is, no longer felt (round 46, older sets: "i cant tell where my left foot
# is on the pedal"): numbness, the span stopping before the limb, a mention of its own
LIMB_NOT_FELT = re.compile(
    r"\b((?:can'?t|cant|cannot|can not|couldn'?t|couldnt) (?:tell|feel|sense|work out) where)"
    r"(?= (?:my|his|her|their) (?:left |right )?(?:foot|feet|leg|legs|hand|hands|arm|arms)"
    r" (?:is|are|was|were)\b(?! going| heading| pointing| landing))")
# One side of the view gone (round 46, older sets: "the left side of everything just isnt
# there"): a possible stroke, like the vocabulary's "everything on my left side is gone"
SIDE_OF_VIEW_GONE = re.compile(
    r"\b(?:left|right) (?:side|half) of (?:everything|the world|the room|the road|my view|the view"
    # (not a thing that can break: "the right half of the screen went black")
    r"|what i see|my sight|my vision)\b[^.;!?]{0,20}?"
    r"\b(?:(?:just |simply )?(?:isn'?t|isnt|is not|wasn'?t|wasnt|was not) there|(?:is|was|has|'s"
    r"|had) (?:just )?(?:gone|missing|vanished|disappeared|blank|black|blacked out)|(?:went|goes"
    r"|has gone) (?:missing|blank|black|dark)|disappeared|vanished)\b")


# A faint told tersely, its verb opening the sentence with no subject: "Fainted cold while
# changing Nan's bed" (round 33; the vocabulary has "i fainted", "just fainted", but not the bare
# word, whose lemma "faint" is also the adjective of "a faint twitch")
_TERSE_OPENING = r"(?:^|(?<=[.!?;:\n])|(?<=[.!?;:] ))\s*(?:(?:just|then|and|today|earlier)\s+)?"
FAINTED = re.compile(_TERSE_OPENING + r"fainted\b")
# ...or after the person it happened to (round 47: "My friend fainted in the clinic queue"; the
# span is the verb; not a faint that nearly happened)
FAINTED_AFTER_SUBJECT = re.compile(
    r"(?<!nearly )(?<!almost )\b(?:he|she|they|friend|wife|husband|partner|mum|mom|mother|dad"
    r"|father|son|daughter|colleague|mate|neighbou?r|brother|sister|nan|gran|grandad|grandma"
    r"|grandpa|boss|man|woman|lady|girl|boy|someone|somebody|baby|child|kid|patient)\s+"
    r"(?:just\s+|suddenly\s+|has\s+|had\s+|then\s+)?(fainted)\b")
# Someone not coming round properly (round 47: "still isn't waking properly")
NOT_WAKING_PROPERLY = re.compile(
    r"\b(?:isn'?t|isnt|is not|not|won'?t|wont|will not|wouldn'?t|didn'?t|hasn'?t)\s+(?:been\s+)?"
    r"(?:waking|wake|woken|coming round|come round|coming to|come to)(?:\s+up)?\s+properly\b")
# ...and a fit told the same way (round 46: "Fitted in the crew room at 0215, lads say"; not
# "fitted the blinds" nor "fitted in well")
FITTED = re.compile(_TERSE_OPENING + r"fitted\b(?=\s+(?:in|at|on|during|while)\s+(?:the|a|my|our|his|her|work)\b)")
DROPPED_OUT = re.compile(
    r"\b(?:dropped|went down|keeled over|fainted|hit the (?:floor|deck|ground))\b(?=[^.;!?]{0,40}?"
    r"\bout (?:cold|for (?:about |around |nearly |a good )?(?:a|one|two|three|a few|a couple of|\d+"
    r"|ten|twenty|thirty) (?:sec\w*|min\w*|moment)))")
# Drink that comes back out of the nose, the way a weak swallow shows (round 31: "tea comes back
# out my nose since lunch"; the span starts after the drink, a mention of its own)
NOSE_RETURN = re.compile(r"\b(?:drinks?|tea|water|coffee|milk|juice|soup|liquids?|fluids?|it)\s+"
                         r"(?:keeps\s+|kept\s+)?((?:comes?|came|coming|goes|went|going)\s+(?:back\s+)?"
                         r"(?:up\s+)?(?:(?:out|through|into)\s+(?:of\s+)?){1,2})(?=(?:my|his|her|their|the)\s+nose\b)")
# Words that come out wrong, told tersely (round 30: "wrds not rigt"; "right" is a filler word
# to the vocabulary, so "words not right" is no phrase of it)
WORDS_NOT_RIGHT = re.compile(r"\bwords?\s+(?:are\s+|is\s+)?(?:not|aren'?t|isn'?t|not coming out"
                             r"|won'?t come out|don'?t come out)\s+(?:right|properly)\b"
                             # round 62: "words won't come" (the end of its clause; not "won't
                             # come to me" of a writer's block, nor "come cheap")
                             r"|\bwords?\s+(?:just\s+)?(?:won'?t|wont|will not|wouldn'?t|would not"
                             r"|don'?t|do not|aren'?t)\s+come(?:\s+out)?(?=\s*(?:[.,;!?]|$|and\b))")
# ...or what came out when speaking was nonsense (round 43): "I went to say 'blocker' and what
# came out was nonsense"
CAME_OUT_NONSENSE = re.compile(
    r"\b(?:what|all that|everything|it|my words|the words|words|his words|her words|speech)\s+"
    r"(?:came|comes|coming|come)\s+out\s+(?:was|were|is|as|like)\s+(?:just\s+|complete\s+"
    r"|total\s+|pure\s+|utter\s+)?(?:nonsense|gibberish|garbage|rubbish|garbled|jumbled|scrambled"
    r"|a jumble|gobbledygook|babble|the wrong words?|wrong words"
    # round 52: "the words came out like porridge"
    r"|porridge|mush|mushy|soup|treacle|mud|glue|marbles|slurry|mash)\b"
    # round 54: "what came out of my mouth was nonsense" (the match stops before the mouth, a
    # body part), "my words went to mush"
    r"|\bwhat\s+(?:came|comes)\s+out\b(?=\s+of\s+(?:my|his|her|their)\s+mouth\s+(?:was|is)\s+"
    r"(?:just\s+|complete\s+|total\s+|pure\s+)?(?:nonsense|gibberish|garbage|rubbish|jumbled"
    r"|scrambled|a jumble|mush|the wrong words?)\b)"
    # round 62: "I tried to read the spec sheet aloud and nonsense came out instead"
    r"|\b(?:nonsense|gibberish|garbage|rubbish|gobbledygook|babble|a jumble)\s+(?:just\s+)?"
    r"(?:came|comes|coming|come)\s+out\b"
    # round 76: what was read out that "started coming out as rubbish"
    r"|\b(?:they|numbers|names|the numbers|the names|my lines|the lines)\s+(?:started|began|kept)\s+"
    r"(?:coming|to come)\s+out\s+(?:as|like)\s+(?:just\s+|complete\s+|total\s+)?(?:nonsense|gibberish"
    r"|garbage|rubbish|mush|jumbled|scrambled|a jumble)\b"
    r"|\b(?:my|his|her|their|the)?\s*(?:words|speech)\s+(?:went|turned|go|goes|going|turning)\s+"
    r"(?:to|into)\s+(?:mush|porridge|soup|mud|gibberish|nonsense|jelly|custard|spaghetti|slush)\b"
    # round 53: a try to say something that "came out as 'the milk, shed, the milky shed'"
    r"|\b(?:tried|trying|try|went|meant|wanted)\s+to\s+(?:say|tell|ask|speak|talk|answer)\b"
    r"[^.;!?]{0,60}?\b(?:it|what|that|this|the words?)\s+(?:came|come|comes)\s+out\s+(?:as|like)\s+"
    r"(?=['\"\u2018\u201c])")
# ...or a tongue or mouth that will not make the words (round 49: "my tongue won't make the
# words properly"; the span starts after the site, a mention of its own)
TONGUE_WONT_FORM = re.compile(
    r"\b(?:tongue|mouth|lips)\s+((?:won'?t|wouldn'?t|can'?t|couldn'?t|cannot|will not|would not"
    r"|isn'?t able to|wasn'?t able to)\s+(?:make|form|shape|get round|get around|say|find)\s+"
    r"(?:the\s+|my\s+|any\s+|his\s+|her\s+|proper\s+|real\s+)?words)\b")
# Someone who no longer knows the people round them (round 30: "she thinks I'm her sister")
NOT_KNOWING_PEOPLE = re.compile(
    r"\b(?:thinks|thought|keeps calling|called|calling)\s+(?:i'm|i am|im|they're|they are|me|them"
    r"|you're|you)\s+(?:her|his|their)\s+(?:sister|brother|mum|mom|mother|dad|father|husband|wife"
    r"|daughter|son|nan|gran|aunt|uncle)\b"
    r"|\b(?:doesn'?t|didn'?t|does not|did not|couldn'?t|can'?t)\s+(?:recogni[sz]e|know)\s+(?:me|us"
    r"|them|who (?:i am|i was|we are|they are|anyone is))\b"
    # round 54: "she doesn't know what town we're in" (not "I don't know what day it is")
    r"|\b(?:doesn'?t|does not|didn'?t|did not|couldn'?t|can'?t)\s+know\s+(?:what|which)\s+(?:town"
    r"|city|day|year|month|country|place|hotel|venue|room)\s+(?:it is|it'?s|we'?re|we are|she'?s"
    r"|he'?s|they'?re|she is|he is|they are)\b"
    # round 55: "she thinks it's 1970 and keeps asking for my dad, who died years ago"
    r"|\b(?:she|he|they|mum|mom|mam|dad|nan|gran|grandma|grandad|grandpa)\s+(?:thinks|thought"
    r"|is convinced|'s convinced|insists)\s+(?:that\s+)?(?:it'?s|it is|it was)\s+(?:19\d\d|20[01]\d)\b"
    # (the span stops before the person: "my dad" is no sign on the user's body)
    r"|\bkeeps?\s+(?:asking|calling|looking)\s+for\b(?=\s+(?:my|her|his|their)\s+[\w-]+,?\s+who\s+"
    r"(?:died|passed|is dead|has died|has passed)\b)")
# a person who was gone or out ("she just went down and was out for half a minute"; not "the
# power was out for 30 seconds")
_PERSON_WAS = (r"(?:\b(?:i|he|she|they|you)\s+(?:was|were|had been)|(?<=\band )(?:was|were|had been)"
               r"|\b(?:i|he|she|they|you)'d\s+been)\s+")
CAME_TO_ON_FLOOR = re.compile(
    r"\b(?:woke|woken|waking|came|coming)\s+(?:up\s+|to\s+|round\s+|around\s+)?(?:on|lying on"
    r"|face down on|flat on)\s+(?:the|a|my)\s+(?:[\w-]+\s+)?(?:floor|ground|pavement|road"
    # round 51: "came to on the rug"
    r"|grass|carpet|tiles|rug|mat|lino)\b"
    # round 53: "woke with my cheek on the floor" (the match stops before the cheek, a body part)
    r"|\b(?:woke|woken|came to|came round)\s+(?:up\s+)?with\s+my\b(?=\s+[\w-]+\s+(?:on|against)\s+the"
    r"\s+(?:[\w-]+\s+)?(?:floor|ground|tiles|carpet|lino|rug)\b)"
    # ...or no idea how long one was gone
    # round 59: "Passed clean out at the poster session, woke up under the easel"
    r"|\b(?:woke|woken|came to|came round)\s+(?:up\s+)?(?:under|beneath|underneath)\s+(?:the|a|my)"
    r"\s+(?:[\w-]+\s+)?(?:easel|desk|table|bench|chair|counter|sink|bed)\b"
    r"|\bno idea how long (?:i|he|she|they) (?:was|were|had been|'d been) (?:gone|out|down"
    r"|unconscious|on the floor)\b|\b(?:woke|came)\s+(?:up\s+|to\s+|round\s+)?at the (?:bottom|foot) of"
    r" the stairs\b|\bfound myself (?:on|lying on) the (?:[\w-]+\s+)?(?:floor|ground)\b"
    # ...or told as a gap: "next thing I'm on the carpet", "next thing I knew I was on the
    # floor" (round 16), "the next thing I remember is my wife shaking me on the nursery floor"
    # (round 33)
    r"|\bnext (?:thing (?:i knew |i know )?|i knew |i know )(?:i'm|im|i am|i was) (?:on|lying on"
    r"|flat on) the"
    # (round 61: "the next thing I was flat on the deck staring up at the gulls")
    r" (?:[\w-]+\s+){0,2}?(?:floor|ground|carpet|pavement|tiles|grass|road|deck|quay|pier|jetty"
    r"|dock|beach|sand|shingle|slipway|boards)\b"
    # (the match stops before the words between, which may hold mentions of their own)
    # (round 55: "Next memory: flat on the lobby carpet")
    r"|\b(?:next thing i (?:remember|recall|knew|know)|next memory)\b(?=[^.;!?]{0,50}?\b(?:on|off"
    r"|from) the"
    r" (?:[\w-]+\s+)?"
    r"(?:floor|ground|carpet|pavement|tiles)\b)"
    # ...or found there by someone: "my roommate found me on the floor shaking"
    r"|\bfound (?:me|him|her|them) (?:lying |collapsed |passed out )?on the (?:[\w-]+\s+)?"
    r"(?:floor|ground|pavement)\b"
    # ...or slow to come round: "didn't come round for about a minute", "didn't come round
    # properly between the fits" (not "didn't come round for tea"; the match stops before the
    # time, which is a duration mention of its own)
    r"|\b(?:didn't|didnt|did not|wouldn't|wouldnt)\s+come\s+(?:round|around|to)\b(?=\s+(?:properly"
    r"|for (?:about |around |nearly |over |a good )?(?:a|an|one|two|three|\d+|a few|several)"
    r" (?:secs?|seconds?|mins?|minutes?)\b))"
    r"|\btook (?:him |her |me |them )?(?:more than |over |nearly |about |at least )?(?:ages|a while"
    r"|a minute|a few minutes|\d+ minutes) to come (?:round|around|to)\b"
    # ...or told as how long they were gone (round 40, older sets): "they said i was gone for
    # nearly a minute", "she says i was out for about 30 seconds", "my colleagues say I was not
    # waking for about one minute" (an "out" only for seconds: "out for a minute" is a walk)
    r"|" + _PERSON_WAS + r"(?:gone|not waking|not responding"
    r"|unresponsive|unconscious|out cold|spark out)\b(?=\s+(?:for\s+)?(?:about |around |nearly "
    r"|maybe |over |almost |a good |like |roughly )?(?:half a minute|a minute|one minute"
    r"|a few seconds|\d+\s*(?:secs?|seconds?)|[1-5]\s*(?:mins?|minutes?)|(?:ten|twenty|thirty"
    r"|forty|fifteen) (?:secs?|seconds?)|(?:two|three) (?:mins?|minutes?))\b"
    r"(?!\s+(?:to|at|in|on|for|while|getting|buying)\b))"
    r"|" + _PERSON_WAS + r"out\b(?=\s+(?:for\s+)?(?:about |around |nearly |maybe |over "
    r"|almost |a good |like )?(?:half a minute|a few seconds|\d+\s*(?:secs?|seconds?)|(?:ten"
    r"|twenty|thirty|forty|fifteen) (?:secs?|seconds?))\b)"
    # ...or by what the people round them were doing when they came to: "next thing the girl
    # was patting my face and saying my name", "next thing some bloke is shaking my shoulder"
    # (the match is "next thing": the words after it hold mentions of their own)
    # round 62: "next thing, ceiling tiles, me on the floor"
    r"|\bnext thing\b(?=[^.;!?]{0,50}?\b(?:me|i'm|im|i was|i am)\s+(?:lying\s+|flat\s+"
    r"|sprawled\s+|spread\s+)?on the (?:[\w-]+\s+)?(?:floor|ground|carpet|tiles|pavement|lino"
    r"|rug)\b)"
    r"|\bnext thing\b(?=[^.;!?]{0,50}?\b(?:shaking me|shaking my shoulders?|patting my face"
    r"|slapping my face|kneeling over me|standing over me|saying my name|calling my name"
    r"|asking my name|splashing water on my face)\b)")
# A fit told as it looks: going stiff, then shaking or jerking ("went stiff on the couch then
# shook all over", "she's gone stiff and her arms are jerking")
_WENT_STIFF = (r"\b(?:went|gone|goes|going|go|became|turned)\s+(?:all\s+|completely\s+)?"
               r"(?:stiff|rigid)\b")
# (round 61: "went stiff as a mast, then thrashed")
# a storey is no floor one lies on ("the fitters are fitting on the ground floor")
_NOT_A_STOREY = (r"(?!(?:the\s+|a\s+|our\s+|my\s+)?(?:ground|first|second|third|top|upper|lower"
                 r"|bottom)\s+floor)")
_SHOOK = r"(?:shook|shaking|shakes|shake|jerked|jerking|jerks|convuls\w*|fitting|thrash(?:ed|es|ing)?)\b"
STIFF_THEN_JERKING = re.compile(
    # told in order: "went stiff on the couch then shook"
    # (round 60: with where it happened between, "went stiff as a board in the drivers' canteen
    # at Victoria coach station, then shook all over")
    _WENT_STIFF + r"[^.;!?]{0,70}?\b(?:then|before)\s+(?:\w+\s+){0,2}?" + _SHOOK
    # ...or the shaking is of the whole body: "went rigid and was jerking all over"
    + r"|" + _WENT_STIFF + r"[^.;!?]{0,30}?\b" + _SHOOK
    + r"(?:\s+\w+){0,2}?\s+(?:all over|everywhere|in rhythm|uncontrollably"
    # round 54: "go stiff like wood, fall down and shake whole body"
    r"|(?:my |his |her |the )?(?:whole|entire) body)"
    # ...or stiff, then down and jerking (round 48: "watched me go rigid, fall off the sofa and
    # jerk for three minutes")
    # (older sets: "went stiff and was jerking for two minutes")
    + r"|" + _WENT_STIFF + r"[^.;!?]{0,40}?\band\s+(?:then\s+)?(?:(?:was|were|started|kept|began)\s+)?"
    r"(?:jerk\w*|convuls\w*|thrash\w*)\b"
    # ...or the limbs shake later in the sentence (round 58: "I went rigid in my chair during
    # scrims, 02:15 to 02:17 my arms and legs were jerking")
    + r"|" + _WENT_STIFF + r"[^.;!?]{0,60}?\b(?:his|her|their|my)\s+(?:arms and legs|legs and arms"
    r"|arms|legs|whole body|body)\s+(?:were|was|are|is|started|kept|began)\s+"
    # (jerks, not shaking: "went stiff from sitting all day and my legs were shaking after the
    # run" is no fit)
    # (older sets: "my arms and legs were banging against the tray table")
    r"(?:jerk\w*|convuls\w*|thrash\w*|fitting|banging|flailing)\b"
    # ...or the limbs shake: "she's gone stiff and her arms are jerking"
    + r"|" + _WENT_STIFF + r"\s+and\s+(?:his|her|their|my)\s+(?:arms|legs|body|whole body)\s+"
    r"(?:are|is|were|was|started|kept|keep)\s+(?:\w+\s+)?" + _SHOOK
    # ...or "fitting" told as a fit going on, not a fitting of clothes or a kitchen: "son
    # fitting on floor now", "she's been fitting for 6 minutes" (round 20)
    # (round 67: a place named before the floor: "Colleague fitting on salon floor now")
    # (not a storey: "the fitters are fitting on the ground floor")
    # (round 70: up to three words before it, "fitting on the wet food court floor")
    + r"|\bfitting\s+on\s+" + _NOT_A_STOREY + r"(?:the\s+|a\s+|our\s+|my\s+)?(?:[a-z-]+\s+){0,3}?"
    r"(?:floor"
    r"|ground|carpet|bed|sofa|tiles|pavement)\b"
    r"|\b(?:is|was|been|keeps|kept|still|started|he's|she's|they're|he|she|i'm|im|son|daughter"
    r"|baby|child|kid|boy|girl|dad|mum|mom|husband|wife|colleague|friend|client|customer|boss"
    r"|brother|sister|partner|man|woman|lady|guy|someone|somebody)\s+fitting\s+(?:now|again|still"
    r"|non[- ]?stop|(?:for\s+)?(?:\d+|a few|five|ten|two|three|over)\s*min\w*)\b"
    # ...and a fit just had, told as "fitted" with no object (round 30: "you just fitted at
    # your desk"; round 56: "I fitted on the shop floor"; not "fitted the blinds")
    r"|\b(?:you|he|she|they|i|has|have|had|who|just)\s+(?:just\s+)?fitted\b(?=\s*(?:[,.;!?\"'"
    "\u201d\u2019]|$|again|twice|at\\b|on\\s+(?:the|a)\\s+(?:[a-z-]+\\s+){0,2}(?:floor|ground|bus|train)\\b"
    r"|for\s+(?:\d|a\b|about|over|two|three|five|ten)))"
    r"|\b(?:is|was|been|keeps|kept|still|started|he's|she's)\s+fitting\b(?=\s*(?:[,.;!?]|$|and\b))"
    # ...or stiff and shaking on a floor (round 27): "went stiff n shook on the floor"
    r"|" + _WENT_STIFF + r"\s+(?:and\s+)?(?:then\s+)?(?:was\s+|started\s+)?" + _SHOOK
    + r"\s+(?:about\s+|around\s+)?on\s+(?:the|a|my|our)\s+(?:[\w-]+\s+)?(?:floor|ground|carpet"
    r"|grass|tiles|rug|pavement)\b"
    # ...or jerking and rigid at once (round 50: "found me juddering rigid on the floor")
    r"|\b(?:juddering|jerking|thrashing|convulsing)\s+(?:and\s+)?(?:rigid|stiff)\b"
    r"|\b(?:rigid|stiff)\s+(?:and\s+)?(?:juddering|jerking|thrashing|convulsing)\b"
    # ...or told tersely (round 26): "stiff then jerking 2 mins"
    r"|\bstiff(?:ened)?,?\s+(?:and\s+)?then\s+(?:\w+\s+)?" + _SHOOK
    # ...or shaking on a floor named by its room (round 24): "my arms and legs were jerking on
    # the kitchen floor" (the vocabulary's "jerking on the floor" takes no word between)
    + r"|\b" + _SHOOK + r"\s+(?:about\s+|around\s+)?on\s+" + _NOT_A_STOREY
    + r"(?:the|a|our|my)\s+[\w-]+\s+(?:floor|carpet"
    r"|tiles|rug)\b"
    # ...or a person still jerking, said while it goes on (round 38: "he has epilepsy but this
    # one has gone on 7 minutes and isn't stopping, he's still jerking next to me"); a baby's
    # jerks in sleep are not a fit
    r"|\b(?:he's|she's|they're|hes|shes|he is|she is|they are)\s+still\s+(?:jerking|convulsing"
    r"|seizing|fitting)\b(?!\s+(?:in\s+(?:his|her|their)\s+sleep|asleep|while\s+(?:he|she|they)"
    r"\s+sleeps?))")

# Readings and counts that are signs in themselves (round 15). An oxygen saturation of 92 % or
# less is a breathing emergency ("sats 89%", "finger clip says 91", "oxygen 90 and dropping"); so
# is a peak flow under half of the usual one told beside it ("peak flow normally 480, tonight
# 150"). The match stops at the number, so "sats 92" is no duration or body part.
SATURATION = re.compile(
    r"\b(?:sats?|spo2|sp02|o2(?: sats?| levels?)?|oxygen(?: sat(?:uration)?s?| levels?)?"
    r"|saturations?|(?:pulse )?oximeter|pulse ox)\s*(?:is|was|were|are|at|of|:|=|reads?|reading"
    r"|says|showing|shows|down to|dropped to|dropping to|only|now)?\s*(?:is\s+|at\s+|only\s+"
    r"|about\s+|around\s+|down to\s+)?(\d{2})(?![\d.,]\d)(?:\s*%)?"
    # ...or the number first: "89% on the finger clip", "91 percent oxygen"
    r"|\b(\d{2})\s*(?:%|percent|per cent)\s+(?:sats?|spo2|o2|oxygen|on the (?:finger|pulse|sats"
    r"|oximeter|clip))\b"
    # ...or the device, then a few words, then its reading: "the oximeter I bought in covid says
    # 85" (round 17)
    r"|\b(?:oximeter|sats (?:probe|monitor)|finger clip|pulse ox)\b(?:\s+[\w']+){0,6}?\s+(?:says|reads"
    r"|reading|shows|showing|is at|is on|on)\s+(?:only\s+)?(\d{2})(?![\d.,]\d)(?:\s*%)?"
    # ...or the sats, where they were taken, then the reading (round 50: "my own sats on the
    # finger probe read 88%")
    r"|\bsats?\b(?:\s+[\w']+){1,6}?\s+(?:read|reads|reading|said|says|showed|shows|showing|came"
    r" out at|were|was)\s+(?:only\s+)?(\d{2})(?![\d.,]\d)(?:\s*%)?")
# ...and so is a reliever inhaler used ten or more times in a day: "used my reliever 15 times
# since eight", "12 puffs of salbutamol" (round 17)
RELIEVER = re.compile(r"\b(?:reliever|inhaler|puffer|ventolin|salbutamol|albuterol)\b[^.;!?]{0,30}?"
                      r"\b(\d{2})\s*(?:times|puffs|goes)\b|\b(\d{2})\s*(?:puffs|goes)\s+(?:of|on)\s+"
                      r"(?:my\s+|the\s+)?(?:reliever|inhaler|puffer|ventolin|salbutamol|albuterol|blue)\b")
PEAK_FLOW = re.compile(r"\bpeak flows?\b[^.;!?]*")
FLOW_NUMBER = re.compile(r"(?<![\d/])\b(\d{2,3})\b(?![\d/]|\s*%)")
# Sick a number of times: "sick x3", "sick twice", "threw up three times" (the bare "sick" is
# too often "sick of it" for the vocabulary)
# Fits counted: "I've had two fits", "back-to-back fits" (the bare "fit" is too often "fit and
# well" for the vocabulary) (round 16)
FITS_COUNTED = re.compile(r"\b(?:had|having|two|three|four|several|\d+|more|back[- ]to[- ]back"
                          r"|repeated|another (?:two|few)) fits\b")
# A heart rate of 120 or more at rest, told as a reading: "heart 130", "pulse is 125", "HR 140"
# (round 23)
HEART_RATE = re.compile(r"\b(?:heart(?: rate)?|pulse|hr|bpm)\s*(?:is|was|of|at|:|=|'s)?\s*(?:is\s+|at"
                        r"\s+|about\s+|over\s+)?(\d{2,3})\b(?!\s*(?:%|cm|kg|mg|years?|yrs|mins?"
                        r"|minutes?|steps))"
                        # round 63: the number first, "my watch says 134 bpm while sitting"
                        r"|\b(\d{2,3})\s*bpm\b")
# Two limbs measured, one at least 1.5 cm thinner: "right calf 34.5 cm, left 37 cm" (round 23)
LIMB_SIZES = re.compile(r"\b(?:right|left|r|l)\s+(?:calf|thigh|arm|forearm|upper arm|leg)\s*"
                        r"(?:is\s+|was\s+|:\s*)?(\d{2}(?:[.,]\d)?)\s*cm\b[,;]?\s*(?:and\s+|vs\.?\s+"
                        r"|versus\s+)?(?:the\s+)?(?:right|left|r|l)(?:\s+one)?\s*(?:is\s+|was\s+|:\s*)?"
                        r"(\d{2}(?:[.,]\d)?)\s*cm\b"
                        # ...or one limb measured then and now (round 32): "Right calf: 38 cm in
                        # June, 34 cm today"
                        r"|\b(?:calf|thigh|arm|forearm|upper arm|leg)\s*(?:is\s+|was\s+|:\s*)?(\d{2}"
                        r"(?:[.,]\d)?)\s*cm\b[^.;\d]{0,30}?(\d{2}(?:[.,]\d)?)\s*cm\s+(?:today|now"
                        r"|this week|this morning)\b")
# A hand that can no longer do an everyday task with small objects is a weak hand (round 24):
# "can't turn the car key with my right hand", "haven't been able to tie my shoelaces" (the
# vocabulary names these tasks only word for word)
# (the ways of saying "cannot", an alternation to put in a group)
_UNABLE = (r"can't|cant|cannot|can not|couldn't|couldnt|could not|unable to|not able to"
           r"|(?:haven't|havent|have not|hasn't|hasnt|has not|i've not|ive not) been able to"
           r"|can no longer|no longer able to")
HAND_TASK_FAILS = re.compile(
    r"\b(?:" + _UNABLE
    # round 33: a hand that "wouldn't turn the key"
    + r"|" + _HAND_BEFORE + r"(?:wouldn't|wouldnt|would not"
    r"|won't|wont|will not))\s+(?:even\s+|properly\s+)?(?:turn|tie|do up|fasten|undo|grip|pinch"
    r"|unscrew|write with|hold|pick up|press)\s+(?:(?:the|my|a|his|her|their)\s+)?(?:[\w-]+\s+)"
    r"{0,2}?(?:keys?|(?:shoe)?laces?|buttons?|zips?|zippers?|pens?|pencils?|jar lids?|lids?"
    r"|bottle tops?|forks?|spoons?|toothbrush"
    # round 62: "Right hand won't close the pinking shears now"
    r"|scissors|shears|secateurs|pliers|tongs|stapler|hole punch|tin opener|can opener)\b"
    r"|\b" + _HAND_BEFORE + r"(?:wouldn't|wouldnt|would not|won't|wont|will not|can't|cant"
    r"|cannot|couldn't)\s+(?:even\s+)?(?:close|squeeze|work|open)\s+(?:(?:the|my|a|his|her"
    r"|their)\s+)?(?:[\w-]+\s+)?(?:scissors|shears|secateurs|pliers|tongs|stapler|hole punch"
    r"|clippers)\b")
# ...and so is an arm that can no longer lift an everyday weight (round 36: "for about three weeks
# I haven't been able to lift the kettle with my left arm")
LIFT_FAILS = re.compile(
    r"\b(?:" + _UNABLE + r")\s+(?:even\s+|properly\s+)?(?:lift|raise|carry|pour|hold up)\s+"
    r"(?:(?:the|my|a|his|her|their)\s+)?(?:[\w-]+\s+){0,2}?(?:kettle|pans?|saucepans?|pots?|mugs?"
    r"|cups?|plates?|bags?|shopping|basket|bucket|boxe?s?|baby|toddler|grandchild|grandson"
    r"|granddaughter)\b")
# ...or legs that can no longer lift the body from a seat without the arms (round 28): "I can't
# get up from the armchair without pushing on both arms"
RISING_FAILS = re.compile(
    r"\b(?:can't|cant|cannot|can not|couldn't|couldnt|could not|unable to|not able to"
    r"|can no longer|no longer able to)\s+(?:even\s+)?(?:get|stand|rise|push myself)\s+(?:up\s+)?"
    r"(?:from|out of|off)\s+(?:(?:the|my|a|his|her|their)\s+)?(?:[\w-]+\s+)?(?:chair|armchair"
    r"|sofa|couch|settee|seat|toilet|loo|bath|bed|car seat)\s+without\s+(?:pushing|using|help"
    r"|hauling|pulling|grabbing|leaning)\b")
# ...unless the cold is the reason, in the same sentence (_cold_fingers)
COLD_HANDS = re.compile(r"\b(?:cold|frozen|freezing|icy) (?:fingers|hands?)\b|\b(?:from|in|with"
                        r"|because of) the cold\b|\b(?:fingers|hands?) (?:were |are |went |was |is )?"
                        r"(?:frozen|freezing|too cold|numb with cold)\b"
                        # ...or to sleeping on it (round 30: "my arm was dead because i'd slept
                        # on it")
                        r"|\b(?:slept|sleeping|lain|lay|lying|laid) on (?:it|them|my (?:arm|hand)s?)\b")
VOMITED_TIMES = re.compile(
    r"\b(?:sick|vomited|threw up|thrown up|puked)\s*(?:x\s*\d+\b|\d+\s*x\b|twice\b|(?:two|three"
    r"|four|five|six|several|many|\d+)\s+times\b)"
    # round 59: "sick once" after a blow (the span stops before "once", a frequency of its own)
    r"|\b(?:sick|vomited|threw up|thrown up|puked)(?=\s+once\b)"
    # ...or the count first: "twice sick", "3x sick"
    r"|(?:(?<=\bonce )|(?<=\btwice ))(?:sick|vomited|puked)\b"
    r"|\b(?:two times|three times|\d+\s*x|x\s*\d+)\s+(?:sick|vomited|puked)\b")
# A pain score of 7 or more out of 10: "pain 8/10", "8 out of 10 pain", "headache 9/10 and
# climbing" (a head pain's score is a severe headache)
PAIN_SCORE = re.compile(
    r"\b(?:pain|ache|aching|headache|hurts?|hurting|pain score)\s*(?:is|was|at|of|:|=)?\s*"
    r"(?:about\s+|around\s+)?([7-9]|10)\s*(?:/\s*10|out of 10|outta 10|from 10)(?!\d)"
    r"|\b([7-9]|10)\s*(?:/\s*10|out of 10|from 10)(?=\s+(?:pain|ache|headache)\b)"
    # ...or a bare score after a pain in its sentence: "a pain so bad I can't sit, 8 out of 10"
    # (round 16), or after a pain told as a verb: "each jaw twitch stabs, 8/10" (round 33)
    r"|\b(?:pain|ache|aching|hurts?|hurting|cramps?|spasms?|stabs?|stabbing|throbs?|throbbing"
    # round 61: "a knot so sore I roar in the bunk, nine out of ten"
    r"|sore)"
    r"\b[^.;!?]{0,60}?\b([7-9]|10|seven|eight|nine|ten)\s*"
    # (round 35: in words, "a deep pain like a cramp that won't let go, eight out of ten")
    r"(?:/\s*10|out of (?:10|ten)|from (?:10|ten))"
    # ...or the score is the next fragment (round 24): "pain so bad I bite the pillow. 8/10."
    r"|\b(?:pain|ache|aching|hurts?|hurting|cramps?|spasms?)\b[^.;!?]{0,60}[.;!]\s*([7-9]|10)\s*"
    r"(?:/\s*10|out of 10|from 10)(?=\s*(?:[.;!,]|$))"
    r"(?!\d)")
HEAD_PAIN = re.compile(r"\bhead(?:ache)?\b")
# ...or a bare "a 9" told in apposition to a pain, once the message has set a scale of ten
# (round 28): "pain is my normal, a 4 or 5 out of 10 ... I get a tearing pain, a 9, that stops
# me in my tracks"
SCALE_OF_TEN = re.compile(r"\b(?:out of|outta|from)\s+10\b|/\s*10\b")
BARE_SCORE = re.compile(r"\b(?:pain|ache|aching|hurts?|hurting|cramps?|spasms?)\s*,\s*(?:a|an)\s+"
                        r"([7-9]|10)\s*(?=[,.;!)—–-])")
# Slumping and coming round, or out for a while, is passing out: "slumped in his chair at Sunday
# lunch, out for about a minute", "flopped over and came round grey" (not "came round for tea":
# the slump must come first in the sentence)
SLUMPED_OUT = re.compile(
    r"\b(slumped|keeled over|flopped|went limp|crumpled|crumples?|sagged|went down)\b[^.;!?]{0,60}?"
    r"\b(?:out (?:cold )?(?:for )?(?:about |around |nearly |over |a good )?(?:a|an|one|two|three|\d+|a few"
    r"|several|a couple of) (?:secs?|seconds?|mins?|minutes?)|came round|came to|come round|come to"
    # round 53: "slumped off the feeding chair mid-feed, out a minute, coming round"
    r"|coming round|coming to|coming around"
    # ...or lay there (round 17): "I just crumple on the step and lie there for about a minute"
    r"|unresponsive|(?:lie|lay|lying) there)\b")

DENIED_BEFORE = re.compile(r"(?:\bnot|n't|\bnt|\bnever|\bno|\bnobody|\bno one|\bwithout)\s+"
                           r"(?:\w+\s+){0,2}$")
# (not an aside: "Fell off the ladder (rung six, if anyone cares) and hit my head"; round 76)
IF_BEFORE = re.compile(r"\b(?:if(?!\s+(?:anyone|anybody)\s+cares\b|\s+you\s+(?:must know|ask me|care)\b"
                       r"|\s+(?:it|that)\s+(?:matters|helps)\b)|what if|in case|could|would|might"
                       r"|should)\b[^,.;!?]*$")
OTHER_HEAD = re.compile(r"\b(?:his|her|their)\b")


def _fever(value: str, unit: str | None) -> bool:
    degrees = float(value.replace(",", "."))
    if unit == "f" or degrees >= 90:
        return 100.4 <= degrees <= 110
    return 38 <= degrees <= 44


# pattern signs that are a red flag by themselves, not a symptom
FLAG_SIGNS = {"stroke_signs"}
# the patterns whose whole match is the sign
# Round 50 (care homes): confusion told as a wrong name or a lost place ("calls me by his late
# wife's name", "called Mrs K by the wrong name twice", "asked what country we're in")
WRONG_NAME = re.compile(
    r"\bcall(?:s|ed|ing)?\s+(?:me|her|him|them|us|you|(?:mrs|mr|ms|miss)\.?\s+\w+"
    r"|(?:(?:my|his|her|their|the)\s+)?\w+)\s+by\s+"
    r"(?:the\s+wrong\s+name|(?:my|his|her|their|your)\s+(?:late\s+|dead\s+)?[\w]+(?:'s|s')\s+name)\b")
LOST_PLACE = re.compile(
    r"\b(?:asked|asks|asking|keeps asking|kept asking)\s+(?:me\s+|her\s+|him\s+|us\s+)?(?:what\s+"
    r"(?:country|year|day|month|city|town)\s+(?:it is|it was|we'?re in|we are in|we were in"
    r"|this is)"
    # round 52: "he keeps asking where we are"
    r"|where\s+(?:we are|we'?re|he is|he'?s|she is|she'?s|i am|i'?m|they are|they'?re)"
    r"(?=\s*(?:[.,;!?]|and\b|$)))")
# ...or one who cannot bring a familiar name to mind (round 52: "couldn't remember the dog's name,
# a dog I've had nine years"; not "can't remember the name of the tablets")
FAMILIAR_NAME_GONE = re.compile(
    r"\b(?:couldn'?t|can'?t|could not|cannot|didn'?t|did not)\s+(?:even\s+)?(?:remember|recall"
    r"|think of|come up with)\s+(?:the|my|our|his|her|their)\s+(?:own\s+(?:\w+['\u2019]s?\s+)?"
    r"|\w+['\u2019]s?\s+)"
    r"(?:name|names|address|postcode|birthday)\b")
# A hold that fails on one side (round 52: "the cups kept sliding out of my right hand"; the span
# stops before the hand, a mention of its own)
SLIPS_FROM_HAND = re.compile(
    r"\b(?:kept|keeps|keep|keeping)\s+(?:sliding|slipping|falling|dropping)\s+(?:out\s+of|from)\s+"
    r"(?=(?:my|his|her|their)\s+(?:right|left)\s+hand\b)")
# ...a tongue gone thick (round 52: "tongue gone thick, left arm a dead weight"; the span is the
# thickness, the tongue a mention of its own)
# (round 55: "face lopsided, words thick")
TONGUE_THICK = re.compile(r"\b(?:tongue|words)\s+(?:(?:has|have|is|are|was|were|'s|'re|feels|feel"
                          r"|felt|has gone|have gone|went|gone|going|all|coming out|came out"
                          r"|come out|sound|sounds|sounded)\s+)*(thick|too big for (?:my|his|her"
                          r"|their) mouth)\b")
# ...a fall with the whole body shaking (round 52: "In orchard I fall, whole body shaking, first
# time"; the span is the fall, the body and the shaking are mentions of their own)
FELL_SHAKING = re.compile(
    # round 63: "he's on the floor shaking all over, arms and legs going"
    r"\bon the (?:floor|ground|carpet|deck)\s+(?:shaking|jerking|convulsing|fitting|twitching)\s+"
    r"all over\b|"
    r"\b(?:fell|fall|falls|collapsed|dropped|went down|hit the (?:ground|deck|floor))\b"
    r"(?=[^.;!?]{0,20}?\bwhole body\s+(?:was\s+|is\s+|started\s+|went\s+)?"
    r"(?:shaking|jerking|shook|jerked|convuls\w*|thrashing)\b)")
# ...a twitch that was rare and is now constant (round 52: "Eye twitch was once a day at milking,
# now every few minutes")
RARE_NOW_OFTEN = re.compile(
    r"\b(?:was|used to be|started)\s+(?:(?:just|only)\s+)?(?:once|twice|a few times|\w+ times)\s+"
    r"(?:a|an|per)\s+(?:day|week|night|hour)\b[^.;!?]{0,30}?,?\s*(?:but\s+)?(now)\b(?=\s+(?:it'?s\s+)?"
    r"(?:every|all|constant\w*|non-?stop|most|several|many|dozens)\b)")
# ...and a head that split with a pain that peaked at once (round 52: "Head split open in the
# parlour, peaked in seconds, worst ever": a pain, not a wound, as it peaked)
HEAD_SPLIT_PEAKED = re.compile(r"\bhead\s+(?:just\s+)?split(?:\s+open)?\b"
                               r"(?=[^.!?]{0,40}\bpeak\w*)")
# ...heavy sweating told as "soaked" in a list of body signs ("soaked, trembling, limbs
# kicking"; not "soaked by the rain")
SOAKED_WITH_SIGNS = re.compile(
    r"\bsoaked\b(?=\s*(?:,|and|&)\s*(?:trembling|shaking|shivering|jerking|kicking|twitching"
    r"|burning|hot|racing|pounding|confused|agitated|feverish)\b)")
# A limb measured smaller by 1.5 cm or more (round 51: "my right thigh ... 4 cm smaller round than
# the left"; the span is the size)
SMALLER_BY = re.compile(r"\b(\d(?:[.,]\d)?)\s*cm\s+(?:smaller|thinner|less|narrower)\b")
# A face-plant into something (round 51: "face-planted the bedside table"; the span is the
# planting: the face is a mention of its own)
FACE_PLANTED = re.compile(r"\bface[- ]?(plant(?:ed|ing)?)\b")
# a pulse seen or felt going fast (round 60: "I can see the pulse in his neck going very fast"; the
# span is the going: the neck is a mention of its own)
PULSE_FAST = re.compile(r"\bpulse\b[^.;!?,]{0,25}?\b((?:going|racing|beating|running|thumping)\s+"
                        r"(?:very\s+|really\s+|so\s+|super\s+|too\s+)?(?:fast|quick(?:ly)?))\b")
# the word known but another one said (round 61: "I know the word but mouth make other word"; the
# span starts after the mouth, a body part)
WRONG_WORD_OUT = re.compile(r"\b(?:mouth|tongue|lips)\s+((?:makes?|says?|gives?|brings? out|puts? out"
                            r"|comes? out with)\s+(?:an?\s+|the\s+)?(?:other|another|different|wrong)"
                            r"\s+words?)\b")
# a new place that has started to twitch as well (round 61: "Day 9, today: most of my waking
# watch, and the back of the thigh has started as well"; the span starts after the place; not the
# other eyelid, which is no spread over the face)
SITE_STARTED_TOO = re.compile(r"\b(?:calf|calves|thigh|thighs|arm|forearm|hand|thumb|finger|fingers"
                              r"|foot|feet|toes?|shoulder|back|cheek|lip|jaw|eyebrow|leg"
                              r"|legs|neck|chest|stomach|belly|bicep|biceps|tricep|triceps|glute|bum)"
                              r"\s+((?:has|have|'s|'ve)\s+(?:now\s+)?(?:started|joined in|begun|kicked off"
                              r"|got going)\s+(?:as well|too))\b")
# a blow told as a match score the head lost (round 60: "cab roof 1, my head 0")
HEAD_SCORELINE = re.compile(r"\b[a-z][\w'-]*(?: [\w'-]+){0,2}? (?:1|one),?\s+(?:my|his|her|their|me)"
                            r" (?:head|skull|noggin|heid),? (?:0|nil|zero|nothing)\b")
# a hand that jerks on its own and the jerking marches on up the body: a focal fit (round 60: "my
# right hand has been jerking on its own for four minutes ... now it's marching up into my
# shoulder"); jerks, not a twitch, whose spread is a flag of its own
JERKS_MARCHING = re.compile(
    r"\b(?:hand|arm|fingers?|thumb|foot|leg)\s+(?:(?:has|have|had) been\s+|is\s+|are\s+|was\s+"
    r"|were\s+|keeps\s+|kept\s+|started\s+|began\s+)?jerk\w*\b[^.;!?]{0,80}?\b(?:march\w*"
    r"|spread\w*|creep\w*|travel\w*|climb\w*|mov(?:es|ed|ing))\s+(?:up\s+)?(?:into|to|up)\s+"
    r"(?:my|his|her|their|the)\s+(?:shoulder|arm|elbow|face|side of (?:my|his|her|their) face)\b")
# a twitch worse by the day (round 60: "climbs higher daily", "more every day"; read with a
# twitch in its sentence, and not after what is taken more: "drinking more every day")
# (the span stops before "daily": it is a frequency mention of its own)
# (not a twitch that is "going every day": that is how often, not worse)
DAILY_WORSE = re.compile(
    r"\b((?:climbs?|climbing|creeps?|creeping|spreads?|spreading)(?:\s+(?:a bit|a little|even))?"
    r"(?:\s+(?:higher|further|more|up))?"
    r"|(?:(?:gets?|getting|goes|going|grows?|growing)\s+(?:a bit\s+|a little\s+|even\s+)?)?"
    r"(?:more|worse|longer|further|higher|stronger|bigger"
    # round 62: "busier each sale day"
    r"|busier|harder|faster|louder))(?=\s+(?:daily|(?:every|each)(?:\s+[\w-]+)?\s+day"
    r"|by the day|day by day)\b)")
TAKEN_MORE = re.compile(r"\b(?:drink\w*|coffees?|teas?|caffeine|energy drinks?|work\w*|hours|smok\w*"
                        r"|vap\w*|eat\w*|screen\w*|stress\w*|revis\w*|stud\w*|train\w*)\b[^,;]*$")
# A fit told as rigid and foaming (round 51: "Rigid, foaming, tongue bitten in my sleep")
RIGID_FOAMING = re.compile(r"\b(?:rigid|stiff)\b[,\s]+(?:and\s+)?(?:foaming|frothing)\b")
# ...a single lid at half-mast (round 50: "the left lid hangs at half-mast"; both lids at half-mast
# is tiredness; the span is the half-mast alone: the lid is a mention of its own)
HALF_MAST = re.compile(r"\b(?:left|right|one)\s+(?:eye\s*)?lid\s+(?:[\w']+\s+){0,2}?"
                       # round 59: "my right eyelid sits half-mast"
                       r"((?:at\s+)?half[- ]?mast)\b")
# ...and things seen doubled (round 50: "whiteboard names all doubled")
DOUBLED = re.compile(r"\b(?:signs|words|names|lines|letters|faces|everything|things|people"
                     r"|numbers|text|print)\s+(?:(?:all|are|are all|look|looks|all look|have)\s+)?"
                     r"doubled\b")


# Round 53 (new parents): "lights out at the weigh-in, thirty seconds on the floor" (not lights
# out at bedtime: a floor or a coming round must follow)
LIGHTS_OUT = re.compile(r"\blights (?:went )?out\b(?!\s+(?:at|by|for)\s+\d)(?=[^.;!?]{0,60}?\b(?:on the"
                        r" (?:[\w-]+\s+)?(?:floor|ground|carpet|tiles|lino|rug)|came round|came to"
                        r"|woke up|coming round)\b)")
# a limb that just lay there like an empty glove (the span starts after the limb, a body part)
LIMB_LAY_LIMP = re.compile(r"\b(?:hand|arm|leg|foot)\s+(just\s+(?:lay|lies|lying|hung|hangs|flopped|sat)"
                           r"\s+there"
                           # round 54: "my left arm just sagged" (its droop, read as an eyelid's
                           # by the vocabulary, gives way to it)
                           r"|(?:just\s+)?(?:sagged|sags|sagging|drooped|flopped|went limp"
                           r"|went floppy"
                           # round 63: "my left arm went heavy and dead"
                           r"|went heavy(?:\s+and\s+(?:dead|useless|numb|floppy|limp))?)\b"
                           r"|just\s+(?:dropped|fell|sank)(?=\s*(?:[.,;!?]|and\b"
                           r"|to (?:my|his|her) side))|(?:lay|lies|hung|hangs|flopped)\s+there\s+like\s+(?:a|an)\s+"
                           r"(?:empty\s+|dead\s+)?(?:glove|rag|sock|sandbag|dead weight|lump)"
                           # round 62: "my left arm hangs off me like an empty sleeve"
                           r"|(?:hangs|hung|hanging|dangles|dangled|dangling)\s+(?:off|from|at)\s+"
                           r"(?:me|him|her|them|my side|his side|her side)\s+like\s+(?:a|an)\s+"
                           r"(?:empty\s+|dead\s+|wet\s+)?(?:sleeve|glove|rag|sock|sandbag|dead weight"
                           r"|lump|noodle))\b")
# an arm that gives when it lifts: "my right arm just gives when I lift the car seat"
ARM_GIVES = re.compile(r"\b(?:arm|hand|wrist)\s+((?:just\s+)?(?:gives|gave|giving)(?:\s+way|\s+out)?)"
                       r"(?=\s+(?:when|as|whenever|if|every time)\b)")
# half a face that will not smile or move: "right half of my face won't smile at the baby"
FACE_WONT_MOVE = re.compile(r"\b(?:half|side) of (?:my|his|her|their|the) face\s+((?:won'?t|wont|will"
                            r" not|can'?t|cannot|doesn'?t|does not|isn'?t|wouldn'?t)\s+(?:smile|move"
                            r"|lift|work|go up|come up|join in))\b")
# a twitch that slams the whole eye shut: "slams the whole eye closed like a shutter" (the span
# is the closing: the eye is a body part)
EYE_SLAMMED_SHUT = re.compile(r"\b(?:slams?|slamming|slammed|snaps?|snapping|snapped|clamps?"
                              r"|clamping|clamped)\s+(?:the\s+|my\s+)?(?:whole\s+|entire\s+)?"
                              r"(?:eye|eyelid|lid)\s+((?:fully\s+)?(?:shut|closed))\b")


# What covering an eye leaves (round 58: "if I cover either eye, there's only one again"; the span
# is what is left: the eye is a mention of its own)
EYE_COVER_LEAVES_ONE = re.compile(
    # (from its "if": the condition is the test, no hypothetical)
    r"(?:\b(?:if|when|once|whenever) (?:i|you) )?"
    r"\b(?:cover|close|shut|covering|closing|shutting)\s+(?:either|one|my (?:left|right)|the"
    r" other) eye,?\s+(?:and\s+)?((?:there'?s|there is|it'?s|it is|they'?re|it goes|they go)\s+"
    r"(?:only |just |back to )?(?:one|single)(?: again)?)\b"
    # ...or told as a note (round 61: "I count two Fastnet lights. Cover an eye: one.")
    r"|\b(?:cover|close|shut)\s+(?:an|either|one) eye\s*:\s*((?:only |just )?(?:one|single))\b")


# toes that catch on the stairs, a foot that drags: a weak foot (round 54; the span starts after
# the foot, a body part)
TOES_CATCH = re.compile(r"\b(?:toes?|foot|feet"
                        # round 58: what the foot wears slaps or drags too ("my slipper slaps on
                        # the floor when I walk")
                        r"|slippers?|shoes?|flip-?flops?|sandals?)\s+((?:keeps?\s+|kept\s+"
                        # round 62: "my right foot has started catching on the carpet"
                        r"|(?:has\s+|have\s+|'s\s+)?(?:started|begun|starting)\s+"
                        r"|always\s+|now\s+)?(?:catch|catches|catching|caught|drags?|dragging"
                        r"|dragged|scuffs?|scuffing|scuffed|slap(?:s|ping)? (?:down|(?:on|against)"
                        r" (?:the )?(?:floor|ground|stairs|pavement|tiles))))\b"
                        r"(?!\s+(?:the\s+)?(?:light|sun|eye|ball|bus|train|cold|fire|sight))"
                        # ...or told verb first, as a habit (round 58: "now I catch my toe on the
                        # stairs"; not a one-off "caught my foot on the rug")
                        r"|\b((?:keep |always |now )?(?:catch|catching)) (?=(?:my|his|her|their)"
                        r" (?:toes?|foot|feet) on (?:the |a )?(?:stairs|steps?|kerbs?|curbs?|carpet"
                        r"|rugs?|floor|pavement|ground)\b)")
# a show, a lesson or a shift given up because of the twitch: "had to pull out of two gigs this
# week because my lip twitch wrecks my embouchure" (round 54; read with a twitch in its sentence)
GIVEN_UP_FOR_IT = re.compile(
    r"\b(?:pull(?:ed|ing)?\s+out\s+of|cancel(?:led|ed|ling)?|call(?:ed|ing)?\s+off|miss(?:ed|ing)?"
    r"|bail(?:ed)?\s+on|drop(?:ped)?\s+out\s+of"
    # round 57: "Lip twitch so bad I've turned down two jobs this week"
    r"|turn(?:ed|ing)?\s+down)\s+(?:two|three|four|several|a few|a couple of|my"
    r"|our|the|a|\d+|\w+day'?s)\s+(?:[\w'-]+\s+)?(?:gigs?|shows?|concerts?|performances?|lessons?"
    r"|recitals?|rehearsals?|shifts?|classes|matches|games|sessions?|auditions?|services?|events?"
    r"|calls|jobs?|contracts?|work)\b")
# a smile that lifts on one side only: "my smile only lifts on the left now" (the span starts after
# the smile)
SMILE_ONE_SIDED = re.compile(r"\b(?:can'?t|cannot|can no longer|won'?t)\s+((?:grin|smile)\s+on\s+the\s+"
                             r"(?:left|right))\b"
                             # round 63: "Can't grin on the left anymore, that side stays flat"
                             r"|\b(?:that|one|the left|the right) side\s+((?:just\s+)?(?:stays|is staying"
                             r"|hangs|sits) flat)\b"
                             r"|\bsmile\s+((?:only\s+)?(?:lifts|goes up|rises|moves|works|comes up"
                             r"|turns up)\s+(?:only\s+)?on\s+(?:the\s+)?(?:left|right|one side)"
                             r"(?:\s+side)?(?!\s+(?:and|&)\s+(?:the\s+)?(?:left|right)\b))")


# round 65: a muscle told gone ("the muscle on top of my right shoulder is gone, flat"; "gone"
# alone ends a sign, so the vocabulary reads it as the shoulder's denial)
MUSCLE_GONE = re.compile(r"\bmuscles?\s+(?:on|in|at|of|over|around)\s+(?:(?:the\s+)?(?:top|back|front"
                         r"|side|base|web|ball|heel|root)\s+of\s+)?(?:my|the|his|her)\s+(?:[\w-]+\s+){0,2}?"
                         r"((?:is|has|'s|have|are|'ve)\s+(?:all\s+but\s+|nearly\s+|almost\s+|just\s+"
                         r"|completely\s+|all\s+)?(?:gone|disappeared|vanished|wasted\s+away"
                         r"|melted\s+away))\b(?=\s*(?:[,.;!?]|$|(?:now|completely|entirely|flat"
                         r"|altogether|from|since|over)\b))")
# ...a FAST check the writer failed (round 65: "Failed my own FAST in the locker mirror")
FAILED_FAST = re.compile(r"\bfail(?:ed|ing|s)?\s+(?:my\s+own|my|the|a|his|her)\s+(?:be-?)?fast\s+"
                         r"(?:test|check)\b|\bfail(?:ed|ing|s)?\s+my\s+own\s+(?:be-?)?fast\b"
                         r"|\b(?:fast|be-?fast)\s+(?:test\s+|check\s+)?(?:was\s+|is\s+|came\s+"
                         r"(?:back\s+|up\s+)?)?positive\b")
# ...or someone told the writer they had been out (round 65: "the ref saying I'd been out for most
# of a minute"; not "I'd been out for ten minutes walking the dog")
# (seconds or minutes, not followed by what the writer was doing out)
_OUT_SO_LONG = (r"(?:a\s+good|a\s+full|a|an|one|two|three|\d+|a few|several|ten|thirty|twenty"
                r"|fifteen)\s+(?:seconds?|secs?|minutes?|mins?)\b(?!\s+(?:\w+ing|with|at|in|on|to|and"
                r"|when|before|after|so)\b)")
BEEN_OUT_FOR = re.compile(
    r"\b((?:i'?d|i had|he'?d|she'?d|they'?d|you'?d)\s+been\s+(?:out|unconscious|spark out)"
    r"(?:\s+cold|\s+of it)?)\s+for\s+(?:about\s+|most\s+of\s+|nearly\s+|almost\s+"
    r"|over\s+|around\s+)?" + _OUT_SO_LONG +
    # round 66: "She says I was out about a minute"
    r"|\b(?:says?|said|told me|reckons|reckoned|thinks|thought)\s+(?:that\s+)?((?:i|he|she)\s+was"
    r"\s+out(?:\s+cold)?)\s+(?:for\s+)?(?:about\s+|around\s+|nearly\s+|almost\s+|maybe\s+|over\s+"
    r"|most\s+of\s+)?" + _OUT_SO_LONG)
# a blow taken to the head (round 70: "Took an elbow to the temple in a scuffle"; the span starts
# after what struck, which may be a body part of its own)
TOOK_A_BLOW = re.compile(r"\b(?:took|take|taken|got|caught|copped)\s+(?:an?\s+)?(?:elbow|fist|punch|knee"
                         r"|boot|kick|headbutt|bottle|brick|stone|blow|whack|smack|swing)\s+((?:to|in"
                         r"|on)\s+(?:the|my)\s+(?:head|skull|temple))\b"
                         # round 75: told with no verb, after a body part that struck ("Elbow to
                         # the temple in the exercise yard"; the part is a mention of its own, so
                         # the span starts after it; a fist is HEAD_BLOW's)
                         r"|\b(?:elbow|knee|foot|shoulder)\s+((?:to|in)\s+(?:the|my)\s+(?:head|skull"
                         r"|temple))\b")
# words that won't come out right (round 70: "can't say the camera numbers right")
CANT_SAY_RIGHT = re.compile(r"\bcan'?t say (?:[\w-]+\s+){0,3}?(?:right|properly|straight)\b"
                            # round 73: one word quoted that will not come out ("Issue desk:
                            # can't get 'overdue' out")
                            r"|\b(?:can'?t|cant|cannot|can not|couldn'?t|could not)\s+get\s+(?:the"
                            r"\s+word\s+)?['\"\u2018\u201c][^'\"\u2019\u201d\n]{1,30}['\"\u2019\u201d]"
                            r"\s+out\b")
# minutes lost from memory, as told after a blow (older sets: "I can't remember coming back
# inside at all", "everything from the ladder to the sofa is blank")
MEMORY_GAP = re.compile(
    r"\b(?:can'?t|cant|cannot|can not|don'?t|dont|couldn'?t|do not) remember\s+(?:(?:anything\s+(?:after"
    r"|since|between|from))|(?:(?:coming|getting|driving|walking|going|cycling|riding)\s+(?:back|home"
    r"|in|inside|out|up|down|there|over)\b)|how i got\b)"
    r"|\beverything\s+(?:from|between|after)\s+[^.!?,;]{1,40}?\s+(?:is|was|'s)\s+(?:a\s+|just\s+|totally\s+"
    r"|completely\s+)?blank\b")
# what is looked at seen twice (round 69: "every registration I type in I see twice"; not "see
# twice as many", "see twice a week")
SEEN_TWICE = re.compile(r"\b(?:i|you) (?:can )?see (?:it |them |everything |each one )?twice\b"
                        r"(?!\s+(?:as|a|an|per|every|each|more|over|before|weekly|daily|yearly)\b)")
WHOLE_MATCH_SIGNS = (
    ("stroke_signs", FAILED_FAST), ("double_vision", SEEN_TWICE), ("speech_trouble", CANT_SAY_RIGHT),
    ("swallowing_trouble", SWALLOW_FAILS), ("swallowing_trouble", THROAT_REFUSES),
    ("loss_of_consciousness", CAME_TO_ON_FLOOR), ("seizure", STIFF_THEN_JERKING),
    ("weakness", HAND_TASK_FAILS), ("weakness", LIFT_FAILS), ("weakness", RISING_FAILS), ("headache", HEAD_CLUTCHED),
    ("headache", HEAD_WENT_BANG), ("double_vision", ONE_EYE_CLEARS), ("double_vision", TWINNED),
    ("confusion", MEMORY_GAP),
    ("loss_of_consciousness", DROPPED_OUT), ("confusion", NOT_KNOWING_PEOPLE),
    ("speech_trouble", WORDS_NOT_RIGHT),
    ("speech_trouble", CAME_OUT_NONSENSE), ("loss_of_consciousness", FAINTED),
    ("seizure", FITTED), ("loss_of_consciousness", NOT_WAKING_PROPERLY),
    ("breathing_trouble", SHORT_OF_WORDS), ("double_vision", ONE_SEEN_AS_TWO),
    ("weakness", HAND_WONT_GRIP), ("fever", HOT_SHAKING_JERKING), ("fever", SHIVERS_WITH_SWEATS),
    ("confusion", WRONG_NAME), ("confusion", LOST_PLACE), ("heavy_sweating", SOAKED_WITH_SIGNS),
    ("double_vision", DOUBLED), ("seizure", RIGID_FOAMING), ("confusion", FAMILIAR_NAME_GONE),
    ("weakness", SLIPS_FROM_HAND), ("seizure", FELL_SHAKING), ("severe_headache", HEAD_SPLIT_PEAKED),
    ("loss_of_consciousness", LIGHTS_OUT))
# Signs whose span is each group of the pattern that matched, beside words that are mentions of
# their own (a site, a limb, the eyes, the frequencies of RARE_NOW_OFTEN): the group keeps them out
# ...and a twitch or squeeze that closes the eye fully (round 66: "my eyelid twitch has become a
# squeeze that closes the eye fully for a second"; the span is the closing, the eye a mention of
# its own; not "I can close my eye fully", a check)
TWITCH_CLOSES_EYE = re.compile(r"\b(?:twitch\w*|squeeze|spasms?|flicker\w*|it)\s+(?:that\s+|which\s+)?"
                               r"((?:closes|shuts|clamps|squeezes))\s+(?:the|my)\s+(?:left\s+|right\s+)?"
                               r"(?:eye|eyelid|lid)\s+(?:fully|completely|all the way|right|tight)\b")
# a limb told "heavy" or "dead" beside a face that dropped, in one sentence: the arm of FAST
# (round 68: "Face dropped on one side in the prep-room mirror, arm heavy"; round 69: "right arm
# dead"; alone they are the gym's or a night's sleep on it, and the span is the heaviness: the
# limb is a mention of its own)
LIMB_HEAVY = re.compile(r"\b(?:arm|hand|leg)s?(?:'s|\s+is|\s+feels?|\s+went|\s+gone|\s+has gone"
                        r"|\s+feeling)?\s+(?:all\s+|really\s+|so\s+|very\s+|suddenly\s+)?(heavy|dead)\b")
# (round 70: or beside words that won't come out right, "can't say the camera numbers right,
# left arm dead")
WORDS_WRONG = re.compile(CANT_SAY_RIGHT.pattern + r"|\bslurr\w*|\bwords? (?:come|comes|coming|came) out"
                         r" wrong\b|\bjumbled\b")
FACE_DROPPED = re.compile(r"\b(?:face|mouth|smile|lip)\b[^.;!?]{0,40}?\b(?:dropp\w*|droop\w*|sag\w*"
                          r"|slump\w*|lopsided|crooked|fell|fallen)\b")
# a leg that gives under the user on a step or a pedal (round 69: "Left leg gives on the clutch";
# the span is the giving: the leg is a mention of its own)
LEG_GIVES_ON = re.compile(r"\b(?:leg|knee|ankle|foot)s?(?:'s)?\s+(?:keeps\s+|kept\s+)?(giv(?:es|ing)|gave)"
                          r"\s+(?:on|under me on)\s+(?:the|my|a)\b")
# jerking told as an item of a list of new signs (round 68: "now sweating, jerking, racing heart")
JERKING_LISTED = re.compile(r"(?:,|;|\band|\bnow)\s*(jerking|jerks)\s*(?=,|;|\band\b)"
                            # round 73: ...or its last item ("now sweating, shaking, jerking.")
                            r"|,\s*(jerking|jerks)\s*(?=[.!?]|$)")
# an arm held out that sinks and won't stay up (round 75: "when I hold both arms out the right one
# sinks and won't stay up"; the span is the sinking: the arm is a mention of its own)
ARM_WONT_STAY_UP = re.compile(
    r"\b(?:arm|one|hand)\b[^.;!?,]{0,15}?\b((?:sinks|sank|sinking|drifts|drifted|drifting|drops|dropped"
    r"|falls|fell)(?:\s+down)?)\s+(?:and\s+)?(?:won'?t|wouldn'?t|doesn'?t|didn'?t|can'?t|couldn'?t"
    r"|will not|would not|does not|did not)\s+stay\s+up\b")
# ...and a mouth's corner that stays down in a smile (round 75: "when I smile the right corner of
# my mouth stays down"; the span starts after the mouth, a mention of its own)
MOUTH_STAYS_DOWN = re.compile(
    r"\b(?:when|if)\s+i\s+(?:smile|grin)\b[^.;!?]{0,40}?\b(?:corner|side)\s+of\s+my\s+mouth\s+"
    r"((?:stays|stayed|hangs|hung|droops|drooped)(?:\s+down)?|(?:doesn'?t|won'?t|didn'?t)\s+(?:move"
    r"|lift|go up|rise|come up))\b")
# a side of the face that feels heavy, a mouth that won't close round a straw or a cup, a hand
# that won't pick a thing back up or grip it again (round 76: "the right side of my face feels
# heavy and my mouth won't close round the straw. I dropped my mug and my right hand won't pick
# it back up"; each span starts after its site, a mention of its own)
FACE_SIDE_HEAVY = re.compile(r"\bside of my face\s+((?:feels|felt|is|has gone|went)\s+(?:all\s+|really\s+)?"
                             r"(?:heavy|slack|floppy|droopy|saggy|dead))\b")
MOUTH_WONT_CLOSE = re.compile(r"\b(?:mouth|lips)\s+((?:won'?t|wouldn'?t|can'?t|couldn'?t|doesn'?t|didn'?t)"
                              r"\s+(?:close|seal|shut)\s+(?:round|around|on)\s+(?:the|a|my)\s+(?:straw|cup"
                              r"|mug|glass|spoon|fork|bottle))\b")
HAND_WONT_TAKE_IT_BACK = re.compile(
    r"\b(?:hand|fingers)\s+((?:won'?t|wouldn'?t|can'?t|couldn'?t)\s+(?:pick|lift)\s+(?:it|them|the\s+\w+)"
    r"\s+(?:back\s+)?up)\b"
    r"|\b(?:hand|fingers)\b[^.;!?]{0,40}?\b(?:let go of|dropped|lost)\b[^.;!?]{0,40}?\b((?:won'?t"
    r"|wouldn'?t|can'?t|couldn'?t)\s+(?:grip|hold|grab)\s+(?:it|them|the\s+\w+)\s+again)\b")
# an eye told first and how it looks now after a comma (round 74: "Compost in my eye Sunday, now
# red, swollen and weeping"): each look a sign of its own
_EYE_NOW = (r"\beyes?\b[^.!?,;]{0,30},\s*(?:and\s+)?(?:now|since then|today)\s+(?:it'?s\s+|they'?re\s+"
            r"|it\s+is\s+|all\s+|very\s+|really\s+)?(?:[a-z]+(?:,\s*|\s+and\s+)){0,2}?")
EYE_NOW_RED = re.compile(_EYE_NOW + r"(red|bloodshot)\b")
EYE_NOW_SWOLLEN = re.compile(_EYE_NOW + r"(swollen|puffy)\b")
EYE_NOW_WEEPING = re.compile(_EYE_NOW + r"(weeping|sticky|gunky|crusty|oozing)\b")
# a fit timed long, or one fit after another without coming round between (round 71, older sets:
# "my fits normally last 30 seconds but he timed this one at over 6 minutes", "then I had another
# before I'd properly come round"): a known epilepsy's usual fit is no emergency, these are
FIT_TIMED_LONG = re.compile(
    r"\b(?:fits?|seizures?)\b[^.!?]{0,80}?\b(timed\s+(?:it|this one|one|that one|this|the last one)"
    r"(?:\s+[\w']+){0,4}?\s+at\s+(?:over\s+|about\s+|nearly\s+|almost\s+|more than\s+|around\s+)?(?:[5-9]|[1-9][0-9]"
    r"|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\s*(?:-\s*)?min\w*)"
    r"|\b((?:had|having|went into)\s+another\s+(?:one\s+|fit\s+|seizure\s+)?before\s+(?:i|he|she|they)"
    r"(?:'d|\s+had)?\s+(?:properly\s+|fully\s+|even\s+)?(?:come|came)\s+(?:round|around|to))\b")
# a breath in that makes a noise, or air that takes a fight to get in (round 71, older sets: "a
# squeaky noise every time I breathe in", "pulling hard to get any air in")
AIR_FOUGHT_FOR = re.compile(
    r"\b((?:squeak\w*|whistl\w*|high-pitched|crowing|rasp\w*)\s+(?:noise|sound)s?\s+(?:every time"
    r"|whenever|each time|when)\s+(?:i|he|she|they)\s+(?:breathe|breathes|breath)\s+in)\b"
    r"|\b((?:pulling|fighting|struggling|working|straining)\s+(?:really\s+|so\s+)?hard\s+to\s+get"
    r"\s+(?:any\s+)?air\s+in)\b")
# collapse told as the view from the floor, or as going down and waking (round 71, older sets:
# "then I was looking at the cupboard doors from the floor", "I just went down and woke up with
# my head on a stranger's rucksack")
VIEW_FROM_FLOOR = re.compile(
    r"\b((?:was|found myself|i'm|im)\s+(?:looking|staring|gazing)\s+(?:up\s+)?at\s+[^.!?,]{1,40}?"
    r"\s+from\s+the\s+(?:floor|ground|pavement|tiles|carpet))\b"
    r"|\b((?:just\s+)?(?:went down|dropped|collapsed|keeled over|crumpled)\s+and\s+(?:then\s+)?(?:woke|came to"
    r"|came round))\b"
    # ...or as a long wait to come round ("it took him more than a minute to come round")
    # (the span is the coming round: the minutes are a mention of their own), with what is now
    # right after ("...to come round and now he doesn't know where he is"): told without it, it
    # is as often a relative's faint long ago ("...last Easter and it took her a minute to come
    # round, she's fine"), whose "last Easter" does not reach past the "and"
    r"|\btook\s+(?:him|her|me|them)\s+(?:more than\s+|over\s+|about\s+|nearly\s+|a good\s+)?"
    r"(?:a|one|two|three|a few|a couple of|\d+)\s+(?:min\w*|sec\w*)\s+(to\s+(?:come\s+(?:round|around"
    r"|to)|wake\s+up|respond))(?=\s*,?\s*(?:and\s+)?now\b)")
# a hand gone clumsy, "all thumbs" (older sets: "my left hand is all thumbs on the tiller"; the
# span is the "all": the hand and the thumbs are mentions of their own; not "I'm all thumbs
# today")
HAND_ALL_THUMBS = re.compile(r"\b(?:hand|fingers)(?:'s|\s+is|\s+are|\s+was|\s+were|\s+feels?|\s+went"
                             r"|\s+has gone|\s+gone)\s+(all)\s+thumbs\b")
# something that caught the user on the head (round 71: "someone's elbow caught me hard on the
# temple"; the span is the blow: an elbow or a foot is a mention of its own)
CAUGHT_ME_ON_HEAD = re.compile(
    r"\b(?:elbow|fist|knee|boot|foot|head|bottle|glass|ball|bat|door|branch|bag|suitcase|locker|oar"
    r"|paddle|board|pole|stick|rock|stone)s?\s+((?:caught|hit|struck|smacked|clipped|whacked|clocked"
    r"|cracked|slammed into|crashed into)\s+me\s+(?:hard\s+|right\s+|square(?:ly)?\s+|full\s+|clean\s+)?"
    r"(?:on|in)\s+the\s+(?:temple|head|skull|side of the head|back of the head))\b")
GROUP_SPAN_SIGNS = (
    ("seizure", FIT_TIMED_LONG), ("head_injury", CAUGHT_ME_ON_HEAD), ("weakness", HAND_ALL_THUMBS),
    ("breathing_trouble", AIR_FOUGHT_FOR), ("loss_of_consciousness", VIEW_FROM_FLOOR),
    ("eyelid_closing", TWITCH_CLOSES_EYE), ("muscle_jerks", JERKING_LISTED),
    ("weakness", LEG_GIVES_ON), ("head_injury", TOOK_A_BLOW),
    ("muscle_wasting", MUSCLE_GONE), ("loss_of_consciousness", BEEN_OUT_FOR),
    ("worsening", RARE_NOW_OFTEN), ("weakness", WONT_OBEY), ("drooping_eyelid", HALF_MAST),
    ("weakness", LIMB_LAY_LIMP), ("weakness", ARM_GIVES), ("facial_weakness", FACE_WONT_MOVE),
    ("eyelid_closing", EYE_SLAMMED_SHUT), ("non_fading_rash", GLASS_NOT_FADING),
    ("stiff_neck", NECK_WONT_GIVE), ("light_sensitivity", LIGHT_HURTS_EYES),
    ("bulging_fontanelle", FONTANELLE_BULGING), ("numbness", LIMB_NOT_FELT),
    ("facial_weakness", SMILE_ONE_SIDED), ("weakness", TOES_CATCH),
    ("double_vision", EYE_COVER_LEAVES_ONE), ("fast_heartbeat", PULSE_FAST),
    ("speech_trouble", WRONG_WORD_OUT), ("spreading", SITE_STARTED_TOO),
    ("red_eye", EYE_NOW_RED), ("swollen_eye", EYE_NOW_SWOLLEN), ("eye_discharge", EYE_NOW_WEEPING),
    ("weakness", ARM_WONT_STAY_UP), ("facial_weakness", MOUTH_STAYS_DOWN),
    ("facial_weakness", FACE_SIDE_HEAVY), ("facial_weakness", MOUTH_WONT_CLOSE),
    ("weakness", HAND_WONT_TAKE_IT_BACK))


def _pattern_signs(text: str) -> List[Mention]:
    low = text.lower()
    out: List[Mention] = []
    # (symptom, start, end, where the pattern began) of each sign a pattern finds
    found = [("fever", m.start(), m.end(), m.start())
             for pattern in (TEMPERATURE, TEMPERATURE_FIRST, TEMPERATURE_BARE)
             for m in pattern.finditer(low) if _fever(m.group(1), m.group(2))]
    found += [(symptom, m.start(), m.end(), m.start()) for symptom, pattern in WHOLE_MATCH_SIGNS
              for m in pattern.finditer(low)]
    found += [("head_injury", m.start("landing") if m.group("landing") else m.start(), m.end(),
               m.start()) for m in HEAD_BLOW.finditer(low)]
    # (the span is the ramping alone: the site may be a mention of its own)
    found += [("worsening", m.start(1), m.end(), m.start()) for m in RAMPING_UP.finditer(low)]
    found += [(symptom, m.start(k), m.end(k), m.start()) for symptom, pattern in GROUP_SPAN_SIGNS
              for m in pattern.finditer(low) for k in range(1, pattern.groups + 1) if m.group(k)]
    found += [("swallowing_trouble", m.start(1), m.end(1), m.start(1))
              for m in NOSE_RETURN.finditer(low)]
    found += [("head_injury", m.start(1), m.end(1), m.start(1)) for m in FACE_PLANTED.finditer(low)]
    found += [(symptom, m.start(), m.end(), m.start()) for symptom, pattern in (
        ("head_injury", HEAD_SCORELINE), ("seizure", JERKS_MARCHING)) for m in pattern.finditer(low)]
    found += [("worsening", m.start(1), m.end(1), m.start()) for m in DAILY_WORSE.finditer(low)
              if TWITCH_IN.search(low, *(around := sentence_around(low, m.start())))
              and not TAKEN_MORE.search(low, around[0], m.start())]
    found += [("muscle_wasting", m.start(1), m.end(), m.start()) for m in SMALLER_BY.finditer(low)
              if float(m.group(1).replace(",", ".")) >= 1.5]
    found += [("speech_trouble", m.start(1), m.end(1), m.start(1))
              for pattern in (TONGUE_WONT_FORM, TONGUE_THICK) for m in pattern.finditer(low)]
    found += [("breathing_trouble", m.start(1), m.end(1), m.start(1))
              for m in INHALER_DID_NOTHING.finditer(low)
              if BREATH_WORD.search(low, *sentence_around(low, m.start()))]
    found += [("severe_pain", m.start(), m.end(), m.start()) for m in RAMP_TO_TOP.finditer(low)
              if RAMP_SITE.search(low[sentence_around(low, m.start())[0]:m.start()])]
    found += [("severe_pain", m.start(), m.end(), m.start()) for m in BLOW_FELT.finditer(low)
              if HEAD_WORD.search(low, *sentence_around(low, m.start()))]
    found += [("head_injury", m.start(1), m.end(), m.start()) for m in WALKED_INTO.finditer(low)]
    found += [("loss_of_consciousness", m.start(1), m.end(1), m.start(1))
              for m in FAINTED_AFTER_SUBJECT.finditer(low)]
    found += [("hard_fall", m.start(), m.end(), m.start()) for m in HARD_FALL.finditer(low)]
    found += [("weakness", m.start(1), m.end(1), m.start()) for m in LIMB_HEAVY.finditer(low)
              if FACE_DROPPED.search(low, *(around := sentence_around(low, m.start())))
              or WORDS_WRONG.search(low, *around)]
    found += [("stroke_signs", m.start(), m.end(), m.start())
              for m in SIDE_OF_VIEW_GONE.finditer(low)]
    found += [("daily_life_affected", m.start(), m.end(), m.start())
              for m in GIVEN_UP_FOR_IT.finditer(low)
              if TWITCH_IN.search(low, *sentence_around(low, m.start()))]
    found += _readings(low) + _wheezes(low)
    for symptom, start, end, began in found:
        before = low[max(0, began - 40):began]
        out.append(Mention(
            "red_flag" if symptom in FLAG_SIGNS else "symptom", symptom, start, end,
            text[start:end],
            negated=bool(DENIED_BEFORE.search(before)),
            hypothetical=bool(IF_BEFORE.search(before)),
            experiencer="other" if (symptom == "head_injury" and OTHER_HEAD.search(
                low[start:end])) or (_someone_else_before(low, began)
                                     and not OWN_WORDS.search(low, start, end)) else "user"))
    return out


TWITCH_IN = re.compile(r"\b(?:twitch\w*|flicker\w*|flutter\w*|spasm\w*|tics?)\b")


# a sign whose own words name the user is the user's, whoever was named before it: "laid her
# down, and the next thing I remember is..." (round 33)
OWN_WORDS = re.compile(r"\b(?:i|me|myself)\b")


def _someone_else_before(low: str, began: int) -> bool:
    """The last person named before a pattern's sign in its sentence is someone else: "my son,
    15, got a knock on the head" (round 20; ConText reads the vocabulary's mentions only)."""
    from bot.mentions.twitch_scope import someone_else_named_last

    return someone_else_named_last(low[sentence_around(low, began)[0]:began])


def _readings(low: str) -> "List[tuple[str, int, int, int]]":
    """Signs told as numbers and counts (round 15): a low saturation, a peak flow fallen below
    half, vomiting counted, a pain score of 7 or more, a slump and coming round; a heart rate of
    120 or more and one limb thinner than the other by 1.5 cm or more (round 23)."""
    found = []
    for m in SATURATION.finditer(low):
        reading = next(k for k in (1, 2, 3, 4) if m.group(k))
        if 50 <= int(m.group(reading)) <= 92:
            # the reading alone: a finger between device and number is a mention of its own
            found.append(("breathing_trouble", m.start(reading), m.end(), m.start()))
    for m in PEAK_FLOW.finditer(low):
        flows = [int(n) for n in FLOW_NUMBER.findall(m.group()) if 50 <= int(n) <= 900]
        if len(flows) >= 2 and min(flows) < max(flows) / 2:
            found.append(("breathing_trouble", m.start(), m.start() + len("peak flow"), m.start()))
    found += [("breathing_trouble", m.start(), m.end(), m.start()) for m in RELIEVER.finditer(low)
              if 10 <= int(m.group(1) or m.group(2)) <= 99]
    found += [("vomiting", m.start(), m.end(), m.start()) for m in VOMITED_TIMES.finditer(low)]
    found += [("seizure", m.start(), m.end(), m.start()) for m in FITS_COUNTED.finditer(low)]
    # the spans are the score and the slump alone: the pain word and the time are mentions of
    # their own, and an overlapping pattern sign would be dropped
    for m in PAIN_SCORE.finditer(low):
        head = HEAD_PAIN.search(low, max(0, m.start() - 12), m.end() + 12)
        score = next(k for k in (1, 2, 3, 4) if m.group(k))
        found.append(("severe_headache" if head else "severe_pain", m.start(score), m.end(),
                      m.start()))
    found += [("loss_of_consciousness", m.start(1), m.end(1), m.start())
              for m in SLUMPED_OUT.finditer(low)]
    if SCALE_OF_TEN.search(low):
        found += [("severe_pain", m.start(1), m.end(1), m.start())
                  for m in BARE_SCORE.finditer(low)]
    # (the reading is the group of whichever alternative matched: after the word or before "bpm")
    found += [("fast_heartbeat", m.start(m.lastindex), m.end(m.lastindex), m.start())
              for m in HEART_RATE.finditer(low) if 120 <= int(m.group(m.lastindex)) <= 250]
    for m in LIMB_SIZES.finditer(low):
        then_now = m.group(3) is not None
        one, other = (float(g.replace(",", ".")) for g in m.groups()[2:] if then_now) if (
            then_now) else (float(g.replace(",", ".")) for g in m.groups()[:2])
        # the second size alone: the limb is a mention of its own (then and now: only a loss)
        if (one - other >= 1.5) if then_now else abs(one - other) >= 1.5:
            last = 4 if then_now else 2
            found.append(("muscle_wasting", m.start(last), m.end(last), m.start()))
    return found


# A headache that began suddenly and is the worst, or severe, is a thunderclap headache: "a
# headache hit me out of nowhere, worst pain I've ever felt"
HEADACHES = {"headache", "severe_headache"}
SEVERE = re.compile(r"\b(?:worst|excruciating|unbearable|agony|agonising|agonizing|splitting"
                    # round 34: "awful sudden headache like a thunderclap"
                    r"|thunderclap|thunder clap|like thunder"
                    r"|explo(?:sive|ded|des|ding)|10/10|10 out of 10"
                    # round 53: "ten out of ten within seconds"
                    r"|(?:ten|10) out of (?:ten|10)"
                    r"|severe|like a (?:bat|hammer|baseball bat|brick|gunshot|explosion|firework)"
    r"|like an axe|like lightning|like a bomb|bomb going off|like being shot|like boiling water"
    r"|door slammed"
    r"|never had anything like it|never felt anything like it|never in my life"
    r"|as bad as (?:pain|it) gets|never had pain (?:anywhere near|like) (?:this|it)"
    r"|like a horse kicked|like (?:a|an) (?:axe|door slamming|boiling egg)"
    r"|like (?:an )?explosion|hit (?:with|by) a (?:bat|hammer|brick)"
    # round 24: "burst like a balloon"
    r"|burst like|like a balloon (?:bursting|popping|going pop)"
    # round 43: a blow felt, a climb to the top of the scale, and no headache like it ("like
    # someone shot me in the back of the head", "like being hit with a plank", "0 to 10 in one
    # beat", "nothing like any headache I've ever had")
    r"|like (?:someone|somebody|something|i'?d been|i had been|i was|being|getting) (?:just )?"
    r"(?:" + _BLOW_VERB + r"|poured)"
    r"|(?:hit|struck|smacked|whacked) (?:with|by) (?:a|an) (?:plank|bat|hammer|brick|axe|rock"
    r"|shovel|spade|pan|frying pan|cricket bat|baseball bat|sledgehammer)"
    r"|(?:zero|0|nothing) to (?:10|ten|unbearable|max|maximum|the worst|worst|agony)"
    r"|nothing like any (?:headache|pain|migraine|hangover)"
    # round 54: "hit like a sledgehammer in one second, worse than anything ever"
    r"|like a sledgehammer|worse than anything(?: (?:ever|i'?ve ever|he'?s ever|she'?s ever))?"
    # round 62: "never worse", "none has come close to this", "nothing has ever hurt like it"
    r"|never (?:been )?worse|none (?:of them )?(?:(?:has|have|had) )?(?:ever )?(?:come|came)"
    r" (?:close|near)"
    r"|nothing (?:has |had )?ever hurt (?:like|as much as) (?:it|this|that)"
    # round 63: "the most violent pain I've ever had"
    r"|(?:the )?most (?:violent|intense|severe|painful|extreme|horrendous|brutal) (?:pain|headache)"
    r"|detonated)\b")
# A blow to the head only felt is a head pain, not a head injury (round 43): "out of nowhere it
# felt like someone hit the back of my head with a bat"
BLOW_FELT_BEFORE = re.compile(r"\b(?:felt|feels|feel|feeling|was|is) like (?:someone |somebody "
                              r"|something |i'?d been |i had been |i'?ve been |i got |being )?$"
                              r"|\b(?:as if|as though) (?:someone|somebody|something|i'?d been"
                              r"|i had been) $")


HEAD_WORD = re.compile(r"\b(?:head|skull)\b")
HEAD_SITES = {"eyelid", "face", "mouth"}  # a twitch there says nothing against a head pain
TERSE = 40  # characters: a sentence this short is a fragment of a terse telling


def _sited_at_head(pain: Mention, mentions: List[Mention], low: str,
                   block: "tuple[int, int]", own: "tuple[int, int]") -> bool:
    """A pain (the caller asks for a severe word beside it: "a pain exploded at the back of my
    head", round 25) with no site below the head in its own sentence is the head's when its
    block names the head, or the message names a headache: "my migraines creep up. Tonight it
    went from nothing to the worst pain of my life in a second" (round 15), "bang. Back of my
    head. Worst pain ever. Came in one second." (round 16, as one terse block). A twitch told
    in a fragment after it is no site of the pain (round 43: "a crack of pain in my skull,
    instantly. thumb twitching")."""
    if pain.value not in ("severe_pain", "pain") or any(
            m.kind == "body_part" and m.value not in HEAD_SITES
            and own[0] <= m.start < own[1] for m in mentions):
        return False
    return bool(HEAD_WORD.search(low, block[0], block[1])) or any(
        m.kind == "symptom" and m.value in HEADACHES for m in mentions)


def _terse_blocks(low: str, sentences: List["tuple[int, int]"]) -> List["tuple[int, int]"]:
    """The sentences, with runs of very short ones joined: a terse telling spreads a sign over
    fragments ("Back of my head. Worst pain ever. Came in one second.")."""
    blocks: List["tuple[int, int]"] = []
    for sentence in sentences:
        short = len(low[sentence[0]:sentence[1]].strip()) <= TERSE
        if blocks and short and len(low[blocks[-1][0]:blocks[-1][1]].strip()) <= TERSE * 3:
            blocks[-1] = (blocks[-1][0], sentence[1])
        else:
            blocks.append(sentence)
    return blocks


def _blows_felt(mentions: List[Mention], low: str) -> List[Mention]:
    """A head injury told as what a pain felt like is a head pain."""
    return [replace(m, kind="symptom", value="headache") if (
        m.value == "head_injury" and BLOW_FELT_BEFORE.search(low[max(0, m.start - 30):m.start]))
        else m for m in mentions]


def _thunderclaps(mentions: List[Mention], text: str, sentences: List["tuple[int, int]"]
                  ) -> List[Mention]:
    mentions = _blows_felt(mentions, text.lower())
    if not any(m.kind == "symptom" and m.value in HEADACHES | {"severe_pain", "pain"}
               for m in mentions):
        return mentions
    low = text.lower()
    out = list(mentions)
    for sentence in _terse_blocks(low, sentences):
        heads = [m for m in mentions if m.kind == "symptom" and m.asserted
                 and sentence[0] <= m.start < sentence[1] and (
                     m.value in HEADACHES or _sited_at_head(m, mentions, low, sentence, next(
                         (s for s in sentences if s[0] <= m.start < s[1]), sentence)))]
        if not heads or not SEVERE.search(low, sentence[0], sentence[1]):
            continue
        if any(not ONSET_DENIED.search(low[max(sentence[0], c.start() - 30):c.start()])
               for c in ONSET_CUE.finditer(low, sentence[0], sentence[1])):
            head = heads[0]
            out.append(replace(head, kind="red_flag", value="thunderclap_headache"))
    return sorted(out, key=lambda m: m.start)
