"""Signs that are asked about, answered "no" or said of nobody: "is it a stroke or bell's palsy?",
"weakness - nope", "fever, sweating, confusion? none of those", "can hiccups stop you
breathing?", and the sites of denied signs."""

from __future__ import annotations

from dataclasses import replace
import re
from typing import TYPE_CHECKING, Callable, List

if TYPE_CHECKING:  # spaCy is only imported where text is parsed (the Rasa server, tests)
    pass


from bot.mentions.base import (NOW_CUE, Mention, _mark_signs, in_spans, sentence_around,
                               sentence_at)

# Words between a body part and the symptom it is the subject of: "my face isn't drooping"
SUBJECT_LINK = re.compile(
    r"^\s*(?:(?:is|are|was|were|'s|'re|has|have|'ve|does|do|did|has been|not|n't|nt|no"
    r"|never|isn't|isnt|aren't|arent|doesn't|doesnt|don't|dont|hasn't|hasnt|haven't|havent"
    r"|wasn't|wasnt|won't|wont|didn't|didnt|at all|really|even)\s*)+$")


# body parts listed together share what is said of the list: "arms n legs", "arms, legs & face"
LIST_LINK = re.compile(r"^\s*(?:,|and|n|&|or|/|\+)\s*(?:(?:both|my|the|all|each)\s+)?$")

# A body part said to look or feel normal is no twitching site: "my face looks the same in the
# mirror", "my other hand is fine", "both eyes look normal"
LOOKS_NORMAL = re.compile(
    r"^\s*(?:(?:is|are|'s|'re|still|just|all|both|totally|completely|perfectly|seems?|looks?|"
    r"feels?|moves?|works?|stays?|stayed)\s+)+(?:the same|normal(?:ly)?|fine|ok|okay|alright"
    r"|all right|symmetrical|even|unchanged|as usual|quiet|calm|relaxed|level)\b"
    # ...or in a terse list of denials: "nope, speech fine, face symmetrical, arms strong"
    # (round 55: told after a colon, in a mirror of any kind: "Face: even in the reflection of
    # the steel fridge")
    r"|^\s*[:\-\u2013]?\s*(?:fine|ok|okay|normal|alright|symmetrical|symmetric|strong|unchanged"
    r"|good|even"
    # round 45: "no headache, speech normal, face the same in the mirror, not seeing double"
    r"|the same(?: as (?:usual|before|always|ever))?)"
    r"(?:\s+in\s+(?:the|my|a)\s+(?:[\w-]+\s+)?(?:mirror|reflection)\b[^.;!?,]*)?"
    r"\s*(?:[,;.!/]|and\b|but\b|$)")


def _deny_subjects(mentions: List[Mention], text: str) -> List[Mention]:
    """A body part that is the subject of a denied symptom, or said to look normal, is not
    reported as a site: in "my face isn't drooping, but my eye twitches" or "my face looks the
    same, just my eye twitches" only the eye twitches (two face sites would otherwise count as a
    twitch spreading across the face)."""
    out = list(mentions)
    low = text.lower()
    for k, mention in enumerate(out):
        if mention.kind == "body_part" and LOOKS_NORMAL.match(low[mention.end:]):
            out[k] = replace(mention, negated=True)
            # ...and the parts listed just before it: "my lips and cheek are calm"
            j = k
            while (j > 0 and out[j - 1].kind == "body_part"
                   and LIST_LINK.match(low[out[j - 1].end:out[j].start])):
                j -= 1
                out[j] = replace(out[j], negated=True)
    for k, mention in enumerate(out[:-1]):
        following = out[k + 1]
        if (mention.kind == "body_part" and mention.asserted
                and following.kind in ("symptom", "red_flag") and following.negated
                and SUBJECT_LINK.match(text[mention.end:following.start].lower())):
            out[k] = replace(mention, negated=True)
    # ...and the subject of a supposed sign is supposed too: "if my eye twitch ever came with my
    # face drooping" names no twitching face (round 19)
    out = _subjects_take(out, text, lambda sign: sign.hypothetical, hypothetical=True)
    # ...and so is the site a supposed sign names after it: "a droopy face", "if it ever spread
    # to my whole cheek" (round 23)
    return _sites_after_take(out, text, lambda sign: sign.hypothetical, hypothetical=True)


def _subjects_take(mentions: List[Mention], text: str, carries: Callable[[Mention], bool],
                   **status: bool) -> List[Mention]:
    """A body part right before a sign that `carries` the status (nothing, or the words of
    SUBJECT_LINK, between) is that sign's subject and takes the status: "my face drooping"."""
    out = list(mentions)
    for k, mention in enumerate(out[:-1]):
        following = out[k + 1]
        if (mention.kind == "body_part" and mention.asserted
                and following.kind in ("symptom", "red_flag") and carries(following)):
            gap = text[mention.end:following.start].lower()
            if not gap.strip() or SUBJECT_LINK.match(gap):
                out[k] = replace(mention, **status)
    return out


def _sites_after_take(mentions: List[Mention], text: str, carries: Callable[[Mention], bool],
                      **status: bool) -> List[Mention]:
    """A body part right after a sign that `carries` the status is the site it names and takes
    the status: "a droopy face", "spread to my whole cheek"."""
    out = list(mentions)
    for k, mention in enumerate(out[1:], start=1):
        before = out[k - 1]
        if (mention.kind == "body_part" and mention.asserted and carries(before)
                and before.kind in ("symptom", "red_flag")
                and SITE_AFTER_SIGN.match(text[before.end:mention.start].lower())):
            out[k] = replace(mention, **status)
    return out


SITE_AFTER_SIGN = re.compile(r"^\s*(?:(?:to|into|across|over|onto|in|of)\s+)?(?:(?:my|the|his|her"
                             r"|their|whole|entire|rest of|other|both|left|right)\s+){0,3}$")


# A sign asked and answered "no" in the same breath is denied: "headache? nah none. fever? no",
# "weakness - nope", "numbness: none" (a checklist or a reply to a symptom checker)
ANSWERED_NO = re.compile(
    # the rest of the sign's phrase ("stiff| neck? no") may come before the question mark
    # (a transcript's "A:" may open the answer: "Q: any trouble swallowing? A: none")
    # (a quoted question may close first: 'Son asked "seeing double?" No'; round 30)
    r"^(?:\s*[\w']+){0,3}?\s*(?:\?+[\"'\u201d\u2019]?|:|\s-|\s–)\s*(?:a\s*[:.]\s*|answer\s*:\s*)?"
    r"(?:(?:nah|no+|nope|none|nothing|never|negative|nil|zero|not really"
    # (nor a first time: "went stiff and shook?? never before"; round 27)
    r"|not at all)\b(?!\s+(?:idea|clue|sure|way|before|ever before)\b))"
    # ...or a bare checklist: "fever no, stiff neck no, rash no" (not "no better", "no longer",
    # nor "weak and no, I haven't fallen")
    r"|^(?:\s+(?!and\b|but\b|or\b)[\w']+){0,2}?\s+(?:no|nope|nah|none|nil)\s*(?:[,;.!/]|$)"
    # ...or answered after a comma, a checklist read out: "any weakness in your arms or legs,
    # no; any drooping of your face, no" (round 20)
    # (a separator after it: the window read may cut "no clue" short)
    r"|^(?:\s+(?!and\b|but\b)[\w']+){0,5}?\s*,\s*(?:no|nope|nah|none|nil|negative)\s*[;.!]"
    # ...or answered in a sentence of its own: "Double vision. No. I checked each eye"
    r"|^(?:\s*[\w']+){0,2}?\s*\.\s*(?:no|nope|nah|none|nil)\s*(?:[.!,;]|$)"
    # ...or "there isn't one": "checking the mirror for a droop. There isn't one" (round 55)
    r"|^(?:\s*[\w']+){0,2}?\s*[.?!]+\s*(?:and\s+)?there\s*(?:(?:is|are|was|were)\s*n[o'\u2019]?t"
    r"|isnt|arent|wasnt|['\u2019]s\s+not)\s+(?:one|any)(?:\s*[.,;:!?)]|$)"
    r"|^(?:\s*[\w']+){0,2}?\s*[.?!]+\s*(?:and\s+)?there(?:\s+is|\s+are|\s+was|['\u2019]s)\s+none"
    r"(?:\s*[.,;:!?)]|$)"
    # ...or a box left empty on a form: "slurred speech [ ] face drooping [ ]" (round 16)
    r"|^(?:\s*[\w']+){0,2}?\s*(?:\[\s*\]|\(\s*\)|☐|□)")


# a sign said of the generic "you" is a question about signs, nobody's report: "can hiccups stop
# you breathing?"
GENERIC_YOU = re.compile(r"\byou\b")


# ...and so is one of "your" body in a yes-no question about what something can do to anyone
# (round 74: "Can weedkiller fumes stop your breathing?"; not "my husband says your face is
# drooping", which is the user's)
YOUR = re.compile(r"\byour\b")
YES_NO_OPENING = re.compile(r"(?:^|(?<=[.!?]))\s*(?:can|could|does|do|will|would|might|may)\b"
                            r"(?!\s+(?:i|my|me)\b)[^.!?]{0,60}$")


def _generic_you(mentions: List[Mention], text: str) -> List[Mention]:
    low = text.lower()
    return _mark_signs(mentions, lambda m: GENERIC_YOU.search(low[m.start:m.end]) or (
        YOUR.search(low[m.start:m.end]) and low.startswith("?", sentence_around(low, m.end)[1])
        and YES_NO_OPENING.search(low, max(0, m.start - 70), m.start)), hypothetical=True)



# a sign that is the subject of a question asks about signs: "do thunderclap headaches feel
# different?", "can seizures cause twitching?" (one word at most between, and not a person: "do
# i need a doctor" and "is my face drooping?" stay as they are)
ASKED_SUBJECT = re.compile(
    r"^\s*(?:do|does|are|can|could|would|will|is)\s+"
    r"(?:(?!(?:i|you|we|he|she|they|my|his|her|it|this|that)\b)\w+\s+)?$")


# ...and so is a sign one asks to tell from another, right after the question's opening or its
# "or": "is it a stroke or bell's palsy?", "it is stroke or bell palsy?"
WHICH_OF_TWO = re.compile(
    r"\b(?:is it|it is|it's|is this|is that|could it be|would it be|would that be|might it be"
    r"|will it be)\s+(?:(?:a|an|the|just)\s+)?(?:(?P<first>[\w']+(?:\s+[\w']+){0,3}?)\s+or\s+"
    r"(?:(?:a|an|the|just)\s+)?)?$")
# ...or one asked about by degree: "how breathless is too breathless?", "how much weakness is
# too much?"
HOW_TOO = re.compile(r"\bhow\s+(?:[\w']+\s+){0,3}?is too\s+[\w']+(?:\s+[\w']+){0,2}")


# ...or one asked as an effect: "can giving up coffee cause a twitch and trouble breathing?"
# (round 19; not "can stress make my arm go weak?", which may be the user's own)
CAUSE_ASKED = re.compile(r"^\s*(?:can|could|does|do|will|would|might|may)\b[^?]*?\b(?:cause|give"
                         r"|bring on|lead to|trigger)\b(?![^?]*\b(?:my|me|i|i'm|im)\b)[^?]*$")
# ...or what something can make a twitch do (round 71: "Can cabin pressure at 35,000 feet make a
# twitch spread across my face?")
TWITCH_EFFECT_ASKED = re.compile(r"^\s*(?:can|could|does|do|will|would|might|may)\b[^?]{0,60}?\bmake\s+"
                                 r"(?:a|the|my|this|that|your|an)\s+(?:[\w-]+\s+)?(?:twitch\w*|tics?"
                                 r"|spasms?|flickers?)\s+$")
# ...or one asked of anyone as a thing to catch or get: "Can you catch Bell's palsy?" (round 28)
CATCH_ASKED = re.compile(r"^\s*(?:can|could|do|does|will|would|might|is it possible to)\s+"
                         r"(?:you|one|people|anyone|someone|kids|children|adults)\s+(?:catch|get"
                         r"|inherit|develop|pass on)\s+(?:(?:a|an|the)\s+)?$")
# ...or one asked whether something counts as it: "Does a twitch like that count as a seizure
# for the plan?" (round 28)
COUNTS_AS = re.compile(r"\b(?:count|counts|counted|qualify|qualifies|class|classed) as (?:a |an )?$")
# ...or one to tell from another: "how would someone actually tell a tic from a seizure?"
# (round 28)
TELL_FROM = re.compile(r"\b(?:tell|know|distinguish|spot)\s+(?:the difference between\s+)?(?:a |an "
                       r"|the )?[\w' -]{1,30}?\s+(?:from|and|apart from|versus|vs\.?)\s+(?:a |an |the )?$")
# ...or a "what if" question, whatever "and I" comes between: "what if it's the start of
# something and I black out at the wheel?" (round 20)
WHAT_IF = re.compile(r"\bwhat if\b")
# ...or which signs count: "is it only face droop, arm weakness and slurred speech?" (round 21)
IS_IT_ONLY = re.compile(r"\b(?:is it|is that|are they|is this|are those) (?:only|just|always"
                        r"|mainly|usually)\b")
# ...or what a sign looks like: "what exactly does drooping look like?" (round 20)
WHAT_DOES = re.compile(r"\b(?:what|how)\s+(?:exactly\s+|actually\s+)?(?:does|do|would|will|should)"
                       r"\s+(?:(?:a|an|the)\s+)?$")
# ...or whether a twitch can become one: "Can twitching ever become a seizure?" (round 31)
BECOME_ASKED = re.compile(r"\b(?:can|could|will|would|does|do|might|may)\b[^.?!,]{0,40}?\b(?:become"
                          r"|turn into|develop into|progress to|progress into|lead to|be the start of"
                          r"|be a sign of|be an early sign of)\s+(?:an?\s+|the\s+)?$")
# ...or whether a twitch is one: "Is a lip twitch ever a stroke sign?" (round 36)
TWITCH_AS_SIGN = re.compile(
    r"^\s*(?:is|are|can|could|would|might|does|do)\s+(?:(?:a|an|the|this|that|my|these|those)\s+)?"
    # (round 61: the twitching part named after it, "Is a twitching eyelid ever a stroke sign?")
    r"(?:[\w'-]+\s+){0,3}?(?:twitch\w*|tics?|spasms?|flickers?|fasc\w*)\s+(?:(?:eye|eyelid|lid|eyelids"
    r"|lip|cheek|calf|thumb|muscle|face|jaw)\s+)?(?:(?:ever|always|usually"
    r"|sometimes|really|actually|possibly)\s+)?(?:(?:be|mean|signal)\s+)?(?:(?:a|an|the)\s+)?"
    r"(?:(?:early|first|warning)\s+)?(?:sign\s+of\s+(?:a\s+|an\s+)?)?$")
# ...what to watch for (round 50: "what should carers watch for in the hours after a resident bangs
# their head (sickness, sleepiness, confusion...)?")
WATCHED_FOR = re.compile(r"\b(?:what|which)\b[^.?!]{0,60}?\b(?:watch|look)\s+(?:out\s+)?for\b")
# ...or a second effect asked in the same breath as one a "could it make them" asks: "could it
# make them faint, or make their chest go tight?" (the comma ends ConText's scope; round 55)
SECOND_EFFECT_ASKED = re.compile(
    r"\b(?:can|could|would|will|might|may)\b[^.?!]{0,40}?\b(?:make|give|cause)\s+(?:me|them|him"
    r"|her|you|people|someone|anyone)\b[^.?!]{0,60}?,?\s+or\s+(?:(?:it|they|would|could|might)\s+)?"
    r"(?:make|give|cause)\b")
ASKED_FORMS = (WHAT_IF, WHAT_DOES, IS_IT_ONLY, COUNTS_AS, TELL_FROM, BECOME_ASKED, WATCHED_FOR,
               SECOND_EFFECT_ASKED)
# A sign one looks for is not found by looking: "I keep checking the mirror for a droop",
# "she checked my legs for a rash" (round 55; no question mark needed)
# (not help looked for: "searching for answers for my double vision"), and the next one in the
# same search: "checking my face for a droop and my speech for any slurring"
LOOKING = (r"\b(?:check|checks|checking|checked|scan|scans|scanning|scanned|search|searches"
           r"|searching|searched|inspect|inspects|inspecting|inspected|examine|examines|examining"
           r"|examined|look|looks|looking|looked)\s+")
FOR_A = (r"for\s+(?:(?:a|an|any|the|signs?\s+of|some)\s+)?"
         r"(?:(?!(?:my|his|her|their|your|our)\b)[\w'-]+\s+)?$")
LOOKED_FOR = re.compile(
    LOOKING + r"(?:(?!(?:on|for|advice|help|info|information|answers?|treatments?|tips?|reasons?"
    r"|something|anything)\b)[\w']+\s+){0,3}?" + FOR_A)
LOOKED_FOR_TOO = re.compile(LOOKING + r"[^.?!]{0,50}?\bfor\b[^.?!]{1,40}?(?:,|\band\b)\s*"
                            r"(?:my|his|her|their|the)\s+[\w']+\s+" + FOR_A)
SUPPOSED = re.compile(r"\s*(?:(?:but|and|so|or|now|then|ok|okay)\s+)?(?:if|what if|supposing|suppose|say"
                      r"|imagine)\b")
WOULD = re.compile(r"\bwould\b|\bwould've\b|'d\b")
# ...or a supposition told in a sentence of its own, asked about in the next (round 62: "Say a
# twitching calf began to shrink. What would that mean?"; not "if": "if I stand my leg gives
# way. What would cause that?" tells a habit)
SUPPOSED_ALONE = re.compile(r"\s*(?:say|suppose|supposing|imagine|hypothetically)\b(?!,)")
SUPPOSED_OPEN = re.compile(r"\s*(?:say|suppose|supposing)\b(?![,!])")
WOULD_NEXT = re.compile(r"[.!]\s+[^.!?]{0,60}?\bwould\b[^.!?]{0,60}\?")


def _sign_asked_about(mentions: List[Mention], text: str) -> List[Mention]:
    low = text.lower()
    by_degree = [(m.start(), m.end()) for m in HOW_TOO.finditer(low)]

    def which_of_two(m: Mention, start: int, rest: str) -> bool:
        """The first option needs an "or" after it (`rest`: the words up to the "?")."""
        which = WHICH_OF_TWO.search(low[start:m.start])
        return which is not None and bool(which.group("first") or re.search(r"\bor\b", rest))

    def asked(m: Mention) -> bool:
        start = sentence_around(low, m.start)[0]
        if ASKED_SUBJECT.match(low[start:m.start]) or any(
                a <= m.start and m.end <= b for a, b in by_degree):
            return True
        if LOOKED_FOR.search(low, start, m.start) or LOOKED_FOR_TOO.search(low, start, m.start):
            return True
        if SUPPOSED_ALONE.match(low, start) and WOULD_NEXT.match(
                low, sentence_around(low, m.start)[1]):
            return True
        # the other ways need the sentence to end with a question mark
        ends = re.search(r"[.!?\n]", low[m.end:])
        if ends is None or ends.group() != "?":
            return False
        # ...a question that opens on a supposition and asks what "would" be supposes all of
        # it: "if my sugar dropped and I couldn't get my words out, how would I tell a hypo from
        # a stroke?" (round 18; not "if I stand up my leg gives way, what do I do?", a habit)
        if SUPPOSED.match(low, start) and WOULD.search(low, start, m.end + ends.end()):
            return True
        # ...and so does a question that opens on "say" or "suppose", "would" or not (round 64:
        # "Say my lid twitch ever brought two of every icon with it: how urgent?")
        if SUPPOSED_OPEN.match(low, start):
            return True
        if which_of_two(m, start, low[m.end:m.end + ends.start()]):
            return True
        asked_before = low[start:m.start]
        if CAUSE_ASKED.match(asked_before) or CATCH_ASKED.match(asked_before) or (
                TWITCH_EFFECT_ASKED.match(asked_before)) or (
                TWITCH_AS_SIGN.match(asked_before)) or any(
                form.search(low, start, m.start) for form in ASKED_FORMS):
            return True
        # ...or of a question after a comma: "we ring 999 for that, but is slurring from
        # tiredness different?"
        comma = max(low.rfind(",", start, m.start), low.rfind(";", start, m.start))
        return comma >= 0 and bool(ASKED_SUBJECT.match(re.sub(r"^\s*but\b", "",
                                                              low[comma + 1:m.start])))

    return _mark_signs(mentions, asked, hypothetical=True)


# A sign found on the user's own body is the user's, whoever found it: "my flatmate found purple
# spots on my tummy"
ON_MY_BODY = re.compile(r"^\s+(?:[\w']+\s+){0,2}?(?:on|in|over|across|down|all over) my\b")


# Someone named with their age between commas is whom the sentence is about, up to the user's
# own words: "my son, 15, got a knock on the head" (round 20; ConText's scope ends at a comma)
AGED_SUBJECT = re.compile(r"\b(?:my|our|his|her|their)\s+[\w-]+,\s*(?:aged?\s+)?\d{1,2}\s*"
                          r"(?:yo|y/o|yrs?|years?(?: old)?|months?(?: old)?)?\s*,")
APPOSITION = re.compile(r",\s*(?:a|an|her|his|their)\s+(?:[\w-]+\s+){0,2}$")


FIRST_PERSON_WORD = re.compile(r"\b(?:i|i'm|im|i've|ive|i'd|me|my|mine|myself)\b")


def _on_my_body_after(low: str, offset: int, mentions: List[Mention]) -> bool:
    """"on my" follows `offset` and the body follows it: a body part or the skin, not "on my
    train" (round 27)."""
    match = ON_MY_BODY.match(low[offset:offset + 40])
    if match is None:
        return False
    at = offset + match.end()
    return bool(re.match(r"\s+(?:[\w-]+\s+)?(?:skin|body)\b", low[at:at + 25])) or any(
        b.kind == "body_part" and at <= b.start <= at + 15 for b in mentions)


# ...and so is a sign told of "my" own body part, outside quotes (round 53: "rinsing the baby's
# hair when it hit me: a bang at the back of my head", "he says the right corner of my mouth has
# slid down")
MY_WORD = re.compile(r"\bmy\b")
MY_PART_JUST_BEFORE = re.compile(r"^\s*(?:(?:has|have|had|is|'s|just|now|gone|suddenly|all)\s+){0,3}$")
OPEN_QUOTE = re.compile(r"(?:^|(?<=[\s:(]))['\"\u2018\u201c]")
CLOSE_QUOTE = re.compile(r"['\"\u2019\u201d](?=[\s,.;:!?)]|$)")


def _quoted(low: str, at: int) -> bool:
    start = sentence_around(low, at)[0]
    return len(OPEN_QUOTE.findall(low, start, at)) > len(CLOSE_QUOTE.findall(low, start, at))


def _told_of_my_body(m: Mention, low: str, mentions: List[Mention]) -> bool:
    from bot.mentions.twitch_scope import MY_BEFORE

    if _quoted(low, m.start):
        return False
    if MY_WORD.search(low, m.start, m.end):
        return True
    parts = [b for b in mentions if b.kind == "body_part" and b.end <= m.start]
    return bool(parts) and bool(MY_PART_JUST_BEFORE.match(low[parts[-1].end:m.start])) and bool(
        MY_WORD.search(low, parts[-1].start, parts[-1].end)
        or MY_BEFORE.search(low, max(0, parts[-1].start - 20), parts[-1].start))


def _on_my_body(mentions: List[Mention], text: str) -> List[Mention]:
    from bot.mentions.twitch_scope import PAST_VERB, someone_else_named_last

    low = text.lower()
    out = [replace(m, experiencer="user") if m.kind in ("symptom", "red_flag")
           and m.experiencer == "other" and (
               (m.kind == "symptom" and _on_my_body_after(low, m.end, mentions))
               or _told_of_my_body(m, low, mentions))
           else m for m in mentions]
    for k, m in enumerate(out):
        # a sign in an apposition after someone else's event is theirs: "my cousin had
        # eclampsia with her first baby, a seizure at 38 weeks" (round 22)
        if (m.kind in ("symptom", "red_flag") and m.experiencer == "user"
                and APPOSITION.search(low[max(0, m.start - 30):m.start])):
            start = sentence_around(low, m.start)[0]
            comma = low.rfind(",", start, m.start)
            if comma > start and someone_else_named_last(low[start:comma]):
                # ...and shares the past of the event it follows ("had eclampsia with her first
                # baby"), unless the words before it speak of now
                told = low[start:m.start]
                past = bool(PAST_VERB.search(low[start:comma])) and not NOW_CUE.search(told)
                out[k] = replace(m, experiencer="other", historical=m.historical or past)
    for aged in AGED_SUBJECT.finditer(low):
        stop = sentence_around(low, aged.end())[1]
        mine = FIRST_PERSON_WORD.search(low, aged.end(), stop)
        stop = mine.start() if mine else stop
        out = [replace(m, experiencer="other") if m.kind in ("symptom", "red_flag")
               and aged.end() <= m.start < stop else m for m in out]
    return out


# ...and so is a sign taken back as it is dictated (round 29): "my right arm's weak no hang on I
# mean my arm's fine" (not a correction to another sign: "dropping no drooping")
TAKEN_BACK = re.compile(r"^[^.;!?]{0,25}?\bno\b[,\s]*(?:(?:hang on|wait|sorry|scratch that|hold on"
                        r"|sorry wait)[,\s]*)?(?:i mean|i meant)\b[^.;!?]{0,30}?\b(?:fine|ok|okay"
                        r"|normal|alright|all right)\b")


# A sign crossed out on a checklist is denied: "✘ weakness ✘ droop ✔ eyelid twitch" (round 31)
CROSSED_BEFORE = re.compile(r"[\u2718\u2717\u274c\u2716\u2612]\ufe0f?\s*(?:[\w']+\s+){0,2}$")


# ...and one asked and answered with a past long over is history: "Seeing double? Once, after a
# 2022 migraine, gone in an hour" (round 31)
ANSWERED_PAST = re.compile(
    r"^(?:\s*[\w']+){0,3}?\s*\?+\s*(?:yes,?\s*)?(?:once|twice|only once|years ago|in (?:19|20)\d\d"
    r"|back in|as a (?:kid|child|teen)|when i was)\b[^.!?\n]{0,60}?(?:(?:19|20)\d\d|years? ago"
    r"|never again|nothing since|not since|all clear)")


def _answered_past(mentions: List[Mention], text: str) -> List[Mention]:
    low = text.lower()
    return _mark_signs(mentions, lambda m: ANSWERED_PAST.match(low[m.end:m.end + 100]),
                       historical=True)


# A sign asked about and owned in the next breath is the user's: "is a sudden headache one of
# your symptoms? mine went from nothing to the worst..." (round 31): a copy of it stands at "mine"
# (only when "mine" then happens: not "mine doesn't droop", "mine's single")
MINE_AFTER = re.compile(r"^[^.!?\n]{0,40}\?\s*(?:yes[,.!]?\s*)?(mine)\s+(?:just\s+|suddenly\s+)?(?:went"
                        r"|came|started|began|hit|kicked in|appeared)\b")
# A "no" taken back brings back what it denied: "Scratch my 'no' to speech: words jumbling since
# 10" (round 31)
NO_TAKEN_BACK = re.compile(r"\b(?:scratch|forget|ignore|cancel|take back|disregard|strike)\s+(?:my|that"
                           r"|the)\s+['\"\u2018\u201c]?no['\"\u2019\u201d]?")


def _denial_taken_back(mentions: List[Mention], text: str) -> List[Mention]:
    low = text.lower()
    for back in NO_TAKEN_BACK.finditer(low):
        end = sentence_around(low, back.end())[1]
        mentions = [replace(m, negated=False) if m.kind in ("symptom", "red_flag") and m.negated
                    and back.end() <= m.start < end else m for m in mentions]
    return mentions


def _owned_after_asking(mentions: List[Mention], text: str) -> List[Mention]:
    low = text.lower()
    out = list(mentions)
    for m in mentions:
        owned = MINE_AFTER.match(low[m.end:m.end + 60]) if (
            m.kind in ("symptom", "red_flag") and not (m.negated or m.historical)) else None
        if owned:
            at = m.end + owned.start(1)
            out.append(Mention(m.kind, m.value, at, at + 4, text[at:at + 4]))
    return sorted(out, key=lambda m: m.start)


# A sign said of nobody: "nobody breathless or confused", "nobody was sick" (round 55; not
# "nobody found me shaking", where nobody was there to see), "Nobody's blacked out" (round 60)
NOBODY_BEFORE = re.compile(r"\b(?:nobody|no-one|noone)(?:\s+(?:is|was|were|felt|feels|seemed|seems"
                           r"|looked|looks|got|'s|has|have|had)|'s|\u2019s)?\s+(?:ever\s+|actually\s+)?"
                           r"(?:[\w-]+\s+(?:or|nor|and)\s+)?$")


def _answered_no(mentions: List[Mention], text: str) -> List[Mention]:
    """...and so is the site of such a sign ("droopy face - nope"): no twitch site; and a
    trigger asked the same way ("new meds? no"; round 28)."""
    low = text.lower()
    out = _mark_signs(mentions, lambda m: ANSWERED_NO.match(low[m.end:m.end + 30])
                      or NOBODY_BEFORE.search(low[max(0, m.start - 40):m.start])
                      or TAKEN_BACK.match(low[m.end:m.end + 90])
                      or CROSSED_BEFORE.search(low[max(0, m.start - 20):m.start]), negated=True)
    return [replace(m, negated=True) if m.kind in ("body_part", "trigger") and m.asserted
            and (ANSWERED_NO.match(low[m.end:m.end + 30])
                 or CROSSED_BEFORE.search(low[max(0, m.start - 20):m.start])) else m for m in out]


# A list of signs answered "none of those" is denied, in the sentence before or earlier in the
# same one: "it says get help for a fever, sweating or confusion. I've none of those" (round 15;
# not "none of those ever happened before", which says they are new)
NONE_OF_THOSE = re.compile(
    r"\b(?:none of (?:those|these|them|that|the above)|no to all(?: of (?:those|these|them))?"
    # round 22: "a droop? Double vision? I have neither"
    r"|(?:i have|i've got|i've|ive got|i got) neither|neither of (?:those|these|them)"
    r"|not any of (?:those|these)|(?:don't|dont|do not) have any of (?:those|these|them))\b"
    # the answer ends there ("none of those tips helped" is no answer)
    r"(?=\s*(?:[,.;:!?)-]|$|(?:but|just|only|though|thankfully|at all|now|here|so|and|i'm"
    # round 58: "I don't have any of those myself"
    r"|myself|personally|yet"
    # "none of that is happening" (round 20; not "...ever happened before")
    r"|is happening|are happening|is going on|has happened(?! before))\b))")


# A denial that runs over a list ending in "or": "No fever, rash or stiff neck", "I haven't had
# any fever, rash or stiff neck myself" (round 59): ConText's comma ends the denial at the first
# item. Only a list with an "or" in it ("No fever, stiff neck though" keeps the neck), and only
# over short gaps of list words.
LIST_GAP = re.compile(r"^[\s,/]*(?:(?:or|nor|and)\s+)?(?:(?:any|a|an|no)\s+)?"
                      r"(?:(?!(?:but|though|although|however|now|still|just|i|i'm|i've|my|his|her"
                      r"|their|is|are|was|were|has|have|had|got|gets|feels?|felt)\b)[a-z'-]+[\s,/]+"
                      r"(?:(?:or|nor|and)\s+)?){0,3}$")
OR_WORD = re.compile(r"\b(?:or|nor)\b")
LIST_KINDS = ("symptom", "red_flag", "body_part", "condition")


def _denied_lists(mentions: List[Mention], text: str) -> List[Mention]:
    low = text.lower()
    items = sorted((m for m in mentions if m.kind in LIST_KINDS), key=lambda m: m.start)
    denied: set = set()
    for n, first in enumerate(items):
        if not (first.negated and first.kind in ("symptom", "red_flag")):
            continue
        chain, gaps, last = [], [], 0
        for m in items[n + 1:]:
            gap = low[(chain[-1] if chain else first).end:m.start]
            if len(gap) > 30 or not LIST_GAP.match(gap):
                break
            chain.append(m)
            gaps.append(gap)
            if OR_WORD.search(gap):
                last = len(chain)
        # (the item after the "or" takes the words right after it: "or stiff neck")
        while last and last < len(chain) and not gaps[last].strip():
            last += 1
        denied.update(id(m) for m in chain[:last] if m.asserted)
    return [replace(m, negated=True) if id(m) in denied else m for m in mentions]


def _none_of_those(mentions: List[Mention], text: str, sentences: List["tuple[int, int]"]
                   ) -> List[Mention]:
    low = text.lower()
    spans = []
    for answer in NONE_OF_THOSE.finditer(low):
        here = sentence_at(answer.start(), sentences)
        if here is None:
            continue
        before = [s for s in sentences if s[1] <= here[0]]
        start = before.pop()[0] if before else here[0]
        # ...and a run of questions: "fever? stiff neck? rash? none of those"
        while before and low[before[-1][0]:before[-1][1]].rstrip().endswith("?"):
            start = before.pop()[0]
        spans.append((start, answer.start()))
    if not spans:
        return mentions
    return _mark_signs(mentions, lambda m: in_spans(m, spans), negated=True)
