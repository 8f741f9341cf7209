"""Whose twitch: sites and durations that are about something else."""

from __future__ import annotations

from dataclasses import replace
import functools
import re
from typing import TYPE_CHECKING, List

if TYPE_CHECKING:  # spaCy is only imported where text is parsed (the Rasa server, tests)
    pass


from bot.mentions.base import (CLAUSE_BREAK, NOW_TIME_CUE, Mention, _clause, _up_to_break,
                               medicine_ids, sentence_around, sentence_at)
from bot.mentions.history import PAST_ANCHOR, PAST_TIME, YEARS_BACK, _months_back
from bot.mentions.onsets import ONE_SIDE
from bot.mentions.owners import RELATIVES, others_before
from bot.mentions.patterns import IF_BEFORE
from bot.mentions.questions import LIST_LINK, SUPPOSED_OPEN, _sites_after_take, _subjects_take

# --- Whose twitch: sites and durations that are about something else -------------------------
# The check-up counts twitch sites (several places) and how long the twitch has lasted (more than
# two weeks) from what a message names. A body part or a duration that belongs to another sign, a
# relative's past or an ordinary sensation that is over is not the user's twitch.

# Words for the twitch itself: a duration in their clause is the twitch's
TWITCH_WORD = re.compile(r"\b(?:twitch\w*|flicker\w*|flutter\w*|jump(?:s|ing|y)|spasm\w*|tics?"
                         r"|ticking|ticcing|jerk\w*|quiver\w*|fasciculat\w*|vibrat\w*|pulsing"
                         r"|ripple\w*|rippling)\b")
# A clause that speaks of the user now: "ive had this for 3 weeks", "it's been a month"
OWN_NOW = re.compile(r"\b(?:i'?ve|i have|i'?m|it'?s been|its been|has been|have been|now"
                     r"|still|currently|this)\b")
# what a duration may tell the length of: a sign, or a site ("my face drooped for months")
ANCHOR_KINDS = ("symptom", "red_flag", "condition", "body_part")


def _clause_bounds(low: str, start: int, end: int, sentence: "tuple[int, int]"
                   ) -> "tuple[int, int]":
    """The clause around low[start:end] (CLAUSE_BREAK bounds it), as offsets."""
    cut = [m.end() for m in CLAUSE_BREAK.finditer(low, sentence[0], start)]
    following = CLAUSE_BREAK.search(low, end, sentence[1])
    return (cut[-1] if cut else sentence[0]), (following.start() if following else sentence[1])


def _someone_elses_or_past(m: Mention) -> bool:
    return m.historical or m.hypothetical or m.experiencer == "other"


# A lasting illness of the user's is what a duration right after it tells the length of: "MS 12
# yrs. Since lunch my throat won't take tea", "MS for eleven years, RRMS" (round 28; not an
# illness that is itself a twitch: "benign fasciculation syndrome for 3 months")
LONG_ILLNESSES = {"multiple_sclerosis", "epilepsy", "parkinsons", "myasthenia_gravis",
                  "huntingtons"}


# ...and so is a medicine the user is on: "I've been on sertraline 100mg for three years"
# (round 28; the medicine is still named, and may still be the cause)
TAKEN_FOR = re.compile(r"^(?:\s+[\w.]+){0,2}?\s+(?:for|since)\s+(?:the (?:last|past)\s+)?$")
# (or not needed since: "I haven't needed my blue inhaler since the spring")
ON_BEFORE = re.compile(r"\b(?:on|taking|take|takes|taken|took|needed|used|using)\s+"
                       r"(?:[\w.]+\s+){0,2}?$")


# ...or its dose, or "on it", after a medicine named earlier (round 54: "Sertraline for PND,
# same dose since spring")
DOSE_FOR = re.compile(r"\b(?:(?:same|this|that|the|my|current|new|stable|steady|usual) dose"
                      r"|(?:on|taking) (?:it|them|this|that|these|those))\s+(?:(?:for|since)\s+"
                      r"(?:the (?:last|past)\s+)?)?$")


def _medicine_taken_for(d: Mention, mentions: List[Mention], low: str, start: int) -> bool:
    meds = [m for m in mentions if m.kind == "trigger" and m.value in medicine_ids()
            and start <= m.start < d.start]
    said_for = low.startswith(("for ", "since "), d.start)
    if (any(m.kind == "trigger" and m.value in medicine_ids() and m.end <= d.start
            for m in mentions) and DOSE_FOR.search(low, start, d.start)
            and (said_for or low[:d.start].rstrip().endswith(("for", "since")))):
        return True
    return bool(meds) and bool(ON_BEFORE.search(low, start, meds[-1].start)) and bool(
        TAKEN_FOR.match(low[meds[-1].end:d.start])
        or (said_for and re.fullmatch(r"(?:\s+[\w.]+){0,2}?\s+", low[meds[-1].end:d.start])))


# "3 weeks ago" dates an event; told of someone else ("my twin had a bleed two years ago", "my
# sister had palsy a few years back", "my nephew fitted for ages back in 2019") it dates theirs
AGO = re.compile(r"^\s*(?:ago|back|before)\b")
# ...unless what they did was to notice the twitch: "my wife noticed it 3 weeks ago"
THEIR_PAST_VERB = re.compile(r"^\s+(?:(?:also|once|ever|then|both)\s+)?\w{3,}ed\b"
                             r"(?!\s+(?:it|this|that|them|my|me)\b)")
THEIR_EVENT_VERB = re.compile(r"^\s+(?:(?:also|once|ever|then|both)\s+)?(?:had|got|was|were"
                              r"|went|passed|died|fell|collapsed)\b")
# an event the twitch dates from: "my dad died 3 months ago and it has twitched ever since"
# (not a since that tells another thing has been fine: "since then my breathing has been good";
# round 45)
EVER_SINCE = re.compile(r"\b(?:ever since|since then|since that|since it)\b(?!,?\s+(?:my|the|his"
                        r"|her)\s+(?:[\w']+\s+){0,2}?(?:has|have|had|is|are)\s+(?:been\s+)?(?:good"
                        r"|fine|ok|okay|great|normal|better|clear|well|under control)\b)")


def _durations_of_other_signs(mentions: List[Mention], text: str,
                              sentences: List["tuple[int, int]"]) -> List[Mention]:
    """A duration is how long the twitch has lasted only when it is about the user's twitch now.
    One that tells how long someone else's or a past sign lasted ("my brother was fitting for
    ages", "my face drooped for a couple of months when I was 10", "had a seizure at 15, nothing
    since in 20 years") is marked as theirs: its clause names no twitch, and the nearest sign
    before it (in its clause, or in its sentence when the clause names none and does not speak
    of now) is someone else's, past or hypothetical. A duration with no sign before it stays
    the twitch's (safety bias), and so does one after a denied sign ("no pain for 3 weeks")."""
    low = text.lower()
    out = list(mentions)
    for k, d in enumerate(out):
        sentence = sentence_at(d.start, sentences)
        if d.kind != "duration" or not d.asserted or sentence is None:
            continue
        start, end = _clause_bounds(low, d.start, d.end, sentence)
        if TWITCH_WORD.search(low, start, end):
            continue
        if EVER_SINCE.search(low, d.end, sentence[1]):
            continue
        if _an_age_or_a_pregnancy(d, low):
            out[k] = replace(d, historical=True)
            continue
        signs = [m for m in out if m.kind in ANCHOR_KINDS and start <= m.start < d.start]
        if not signs and not OWN_NOW.search(low, start, end):
            # the nearest before it in the sentence, a twitch word included
            twitch = [t.start() for t in TWITCH_WORD.finditer(low, sentence[0], d.start)]
            signs = [m for m in out if m.kind in ANCHOR_KINDS
                     and sentence[0] <= m.start < d.start
                     and (not twitch or m.start > twitch[-1])]
        # (a sign told of a site, "froze the left side of my face for a month", is read by the
        # sign, not the site; round 54)
        told = [m for m in signs if m.kind != "body_part"]
        if signs and (_someone_elses_or_past(signs[-1]) or (
                told and _someone_elses_or_past(told[-1]) and signs[-1].start < told[-1].end + 30)):
            last = signs[-1] if _someone_elses_or_past(signs[-1]) else told[-1]
            out[k] = replace(d, historical=True, experiencer=last.experiencer)
        elif (signs and signs[-1].kind == "condition" and signs[-1].value in LONG_ILLNESSES
              ) or _medicine_taken_for(d, out, low, start):
            out[k] = replace(d, historical=True)
        elif _dates_a_past_sentence(d, out, low, sentence) or (
                d.value >= 365 and LIFE_SPAN_BEFORE.search(low, start, d.start)):
            out[k] = replace(d, historical=True)
        elif not signs and _dates_their_event(d, low, start, sentence):
            out[k] = replace(d, historical=True, experiencer="other")
        # ...or a sentence about someone else alone, with no twitch in it (round 70: "He's fully
        # recovered now, back up the ladders since October"), unless it reports what they saw
        elif (not TWITCH_WORD.search(low, *sentence) and not HEARD_FROM.search(low, *sentence)
              and (they := THEY_OPEN.match(low, sentence[0]))
              and not FIRST_PERSON_ANY.search(low, they.end(), d.start)):
            out[k] = replace(d, historical=True, experiencer="other")
        elif (_dates_my_event(d, low, sentence) or _dates_a_thing(d, low) or _time_off_or_clear(d, low)
              or _time_spent_in_a_place(d, low, start, sentence)
              or FREE_FOR_BEFORE.search(low, max(start, d.start - 40), d.start)
              or (low.startswith("since", d.start) and OVER_BEFORE.search(low, start, d.start))):
            out[k] = replace(d, historical=True)
    return out


# a sentence opened by someone else, with no word of the user's before the duration ("He's fully
# recovered now", "My brother is back at work since July"; not "Mother of three weeks' standing",
# the user)
THEY_OPEN = re.compile(r"\s*(?:(?:he|she|they)(?:'s|'re|'ve|'d|\s+is|\s+are|\s+has|\s+have|\s+was"
                       r"|\s+were)?\b|(?:my|our)\s+(?:[\w-]+\s+)?" + RELATIVES + r"\b)")
FIRST_PERSON_ANY = re.compile(r"\b(?:i|i'm|im|i've|ive|i'd|me|my|mine|myself)\b")
# words that report what someone else saw or said of the user ("my wife says it's been a month")
HEARD_FROM = re.compile(r"\b(?:says?|said|thinks?|thought|noticed|reckons?|told|tells|spotted|saw"
                        r"|asked|asks)\b")


# ...nor an "ago" that opens a sentence whose signs are all past (round 54: "Five years ago a
# Bell's palsy froze the left side of my face for a month, then it came back fully"), nor years
# spent at a life's work ("sang in an opera chorus in London for thirty years")
LIFE_SPAN_BEFORE = re.compile(r"\b(?:sang|sung|played|worked|taught|danced|performed|served|lived"
                              r"|toured|acted|drove|nursed|farmed|ran|practised|practiced"
                              # round 60: "was a clippie on the Belfast buses for thirty years"
                              r"|(?:was|were) an? [\w-]+ (?:on|at|in|with))\b[^.;!?,]{0,50}?"
                              r"\bfor\s+(?:about\s+|over\s+|nearly\s+|almost\s+)?$")


# ...nor a time served or spent in a place, told first or after "did" (round 75: "did eighteen
# months in HMP Altcourse back in 2012", "Six weeks in a jury room and it ended in a hung jury";
# not "three weeks in a row", nor a time of day)
SPENT_IN_PLACE = re.compile(r"\s+(?:in|inside|at|on)\s+(?:hmp\b|prison|jail|custody|a\s+(?!row\b)|an\s+"
                            r"|the\s+(?!row|evenings?|mornings?|afternoons?|nights?|days?|weeks?|months?"
                            r"|years?|past|last|run|trot)\b)")
# (a time that opens its sentence only when the sentence closes it: "...and it ended in a hung
# jury"; not "Six weeks at the new job. My eyelid has twitched the whole time")
PERIOD_CLOSED = re.compile(r"\b(?:ended|finished|is over|was over|wrapped up|came to an end|broke up)\b")
TIME_SPENT_BEFORE = re.compile(r"\b(?:did|spent|served|doing|done|got|after)\s+(?:about\s+|over\s+"
                               r"|nearly\s+|almost\s+)?$")


def _time_spent_in_a_place(d: Mention, low: str, start: int, sentence: "tuple[int, int]") -> bool:
    return bool(SPENT_IN_PLACE.match(low, d.end)) and (
        bool(TIME_SPENT_BEFORE.search(low, start, d.start))
        or (not low[sentence[0]:d.start].strip(" \n\t-*>\"'")
            and bool(PERIOD_CLOSED.search(low, d.end, sentence[1]))))


# ...nor how long the user has been free of something (round 75: "I've been sober and fit-free for
# over eleven years")
FREE_FOR_BEFORE = re.compile(r"\b(?:[a-z]+-free|free|sober|clean|dry)\s+(?:of\s+(?:it|them)\s+)?for\s+"
                             r"(?:about\s+|over\s+|nearly\s+|almost\s+|more than\s+)?$")


def _dates_a_past_sentence(d: Mention, mentions: List[Mention], low: str,
                           sentence: "tuple[int, int]") -> bool:
    signs = [m for m in mentions if m.kind in ("symptom", "red_flag")
             and sentence[0] <= m.start < sentence[1] and not m.negated]
    # (a twitch word that is itself one of the past signs is no twitch now: "Two years ago ... I
    # ended up in an emergency room sweating, shaking and jerking"; round 75)
    if not low[d.start:d.end].endswith(" ago") or any(
            not any(m.start <= w.start() < m.end and m.historical for m in signs)
            for w in TWITCH_WORD.finditer(low, sentence[0], sentence[1])):
        return False
    return bool(signs) and all(m.historical for m in signs)


# ...nor a baby's age or how far on a pregnancy is (round 53, new parents): "baby 3 wks",
# "Baby's 2 months", "she's six months old now", "twins born at 31 weeks", "At 20 weeks a
# migraine...", "33 weeks with our first", "eight months pregnant"
BABY_AGED_BEFORE = re.compile(r"\b(?:baby|babies|twins|bub|newborn|little one|lo|she|he)"
                              r"(?:\s+(?:one|two|three|number \w+))?(?:'s|\s+is"
                              r"|\s+are|'re)?\s+(?:now\s+|just\s+|only\s+|nearly\s+|almost\s+)?$")
GESTATION_BEFORE = re.compile(r"\b(?:born at|at|by|from)\s+(?:about\s+|around\s+)?$")
AGE_OR_TERM_AFTER = re.compile(r"\s*(?:old|pregnant|gestation|along|postpartum|post-partum"
                               r"|(?:with|expecting) (?:(?:our|my|the|her) )?(?:first|second|third|twins"
                               r"|baby|bump))\b")
WEEKS = re.compile(r"\b(?:weeks?|wks?)\b")


def _an_age_or_a_pregnancy(d: Mention, low: str) -> bool:
    told = low[d.start:d.end]
    if AGE_OR_TERM_AFTER.match(low, d.end) and not told.startswith(("since", "for")):
        return True
    before = low[max(0, d.start - 25):d.start]
    return bool(BABY_AGED_BEFORE.search(before) and not low.startswith(" ago", d.end)
                and not told.endswith("ago")) or bool(
        GESTATION_BEFORE.search(before) and WEEKS.search(told) and d.value >= 28)


# ...nor how long something has been over (round 49: "double vision with a bad migraine, fully
# gone since September")
OVER_BEFORE = re.compile(r"\b(?:gone|cleared|clear|fine|better|normal|resolved|settled|stopped"
                         r"|well)\s+(?:ever\s+)?$")


# Time off, time back or time clear of something is no twitch's length (round 60: "one fit in
# 2015 cost me two years off the trains", "full recovery, back driving in a month", "five years
# clear")
TIME_OFF_AFTER = re.compile(r"^\s*,?\s+then\s+(?:completely\s+|totally\s+|fully\s+|all\s+)?(?:better"
                            r"|gone|cleared|fine|settled|stopped|over)\b"
                            # (round 69: "Headaches for a few weeks, then completely better")
                            r"|^\s+(?:off|out of|away from)\s+(?:the\s+|my\s+|his\s+|her\s+)?(?:trains?"
                            r"|work|job|road|wheel|driving|buses|sea|boats?|school|sport|pitch|field"
                            r"|sick|duty)\b"
                            r"|^\s+(?:clear|free|fit[- ]free|seizure[- ]free|symptom[- ]free|sober"
                            r"|clean|dry)\b"
                            # round 61: time still to serve ("eight months of contract left")
                            r"|^\s+(?:of\s+(?:[\w-]+\s+){0,2}?)?(?:left|to go|remaining)\b"
                            # round 63: "Survived meningitis at nineteen, twenty years well since"
                            r"|^\s+(?:well|fine|clear|good)\s+(?:ever\s+)?since\b")
# ...and so are years told to now with nothing since ("It all come back, fully. Seven years now,
# nothing else")
YEARS_NOTHING_SINCE = re.compile(r"^\s+now,?\s+(?:and\s+)?(?:nothing (?:else|since|more)|no (?:more"
                                 r"|further|problems?|trouble)|all (?:clear|good|fine)|fine|clear)\b")
TIME_OFF_BEFORE = re.compile(r"\b(?:cost|costs|lost|lose|losing)\s+(?:me|him|her|them|us)\s+$"
                             r"|\bback\s+(?:[\w-]+\s+){0,2}?(?:in|within|after)\s+$"
                             r"|\b(?:recovered|recovery|healed|home)\s+(?:in|within|after)\s+$"
                             # round 63: "One fit in 2019, clear for five years since"
                             r"|\b(?:clear|well|fine|free|fit[- ]free|seizure[- ]free)\s+for\s+$"
                             # round 70: time spent ("the trainer spent ages on FAST")
                             r"|\bspent\s+(?:about\s+|nearly\s+|almost\s+|over\s+)?$"
                             # round 67: "One fit at nineteen, none in ten years of barbering"
                             r"|\b(?:none|nothing|not one|no more|not another|no others?)\s+"
                             r"(?:since\s+)?(?:in|for)\s+(?:the\s+(?:last|past)\s+)?$")


def _time_off_or_clear(d: Mention, low: str) -> bool:
    return bool(TIME_OFF_AFTER.match(low[d.end:]) or TIME_OFF_BEFORE.search(
        low[max(0, d.start - 40):d.start])) or (
        float(d.value) >= 365 and bool(YEARS_NOTHING_SINCE.match(low[d.end:])))


# A year or more ago that dates a thing or an event, not a twitch (round 30): "my post from five
# years ago", "that was 30 years ago", "five years since meningitis" (its clause names no twitch)
THING_FROM = re.compile(r"\b(?:from|that was|this was|it was|which was)\s+(?:about\s+|around\s+"
                        r"|over\s+|nearly\s+|almost\s+)?$")
SINCE_EVENT = re.compile(r"^\s+since\s+(?:(?:his|her|their|my|the|that|a|an)\s+)?[a-z]")
# ...never a twitch's own length told before it: "had it for 2 years since the accident"
LASTED_BEFORE = re.compile(r"\b(?:for|had it|had this|been|going|lasted|over|past|last)\s+$")


def _dates_a_thing(d: Mention, low: str) -> bool:
    if float(d.value) < 365:
        return False
    return bool((AGO.match(low[d.end:]) or low[d.start:d.end].endswith(("ago", "back")))
                and THING_FROM.search(low[max(0, d.start - 25):d.start])
                or (SINCE_EVENT.match(low[d.end:d.end + 30])
                    and not LASTED_BEFORE.search(low[max(0, d.start - 15):d.start])))


# The user's own past event dated in a sentence that names no twitch: "I had a TIA six years
# ago", "two years ago I got a fishbone stuck" (round 19). Not "I got it 3 weeks ago", nor an
# event the twitch is told to date from later ("...ago. My eye has twitched since then").
MY_EVENT = re.compile(r"\bi\s+(?:(?:also|once|first|then)\s+)?(?:had|got|was|went|fell|broke"
                      r"|hit|did|took|lost|moved"
                      # round 33: "Ten years ago ... I passed out in the shower twice"
                      r"|passed out|fainted|collapsed|blacked out"
                      # round 36: "A few years back ... I bumped my head on a shelf" (not a change
                      # the twitch may date from: "I started a new job two months ago")
                      r"|(?!(?:start|chang|switch|stopp|quitt|finish|increas|reduc|upp|lower"
                      r"|notic|realis|realiz|tri|us)ed\b)\w{3,}ed)\b"
                      r"(?!\s+(?:it|this|these|that|those|them)\b)")
SINCE_AFTER = re.compile(r"\bsince\b(?!\s+(?:i|i'?m|my|the|a|an|\d|last|this|yesterday|monday|tuesday"
                         r"|wednesday|thursday|friday|saturday|sunday|the weekend)\b)"
                         r"|\bafter that\b")


def _dates_my_event(d: Mention, low: str, sentence: "tuple[int, int]") -> bool:
    if not (d.text.lower().endswith(" ago") or AGO.match(low[d.end:])):
        return False
    if TWITCH_WORD.search(low, sentence[0], sentence[1]) or EVER_SINCE.search(low, d.end):
        return False
    # "...twitching since." dates the twitch from it; "on blood thinners since" does not
    if any(TWITCH_WORD.search(told) and SINCE_AFTER.search(told)
           for told in re.split(r"[.!?\n]", low[d.end:])):
        return False
    # ...the "I" may be dropped at the sentence's start (round 39: "Had mastitis with fevers
    # two months ago, antibiotics sorted it. Eyelid twitching now.")
    return (MY_EVENT.search(low, sentence[0], sentence[1]) is not None
            or DROPPED_I_EVENT.match(low[sentence[0]:sentence[1]]) is not None)


DROPPED_I_EVENT = re.compile(r"\s*(?:had|got|caught|went down with)\s+(?!it\b|this\b|these\b"
                             r"|that\b|them\b|a twitch|twitch)")


def _dates_their_event(d: Mention, low: str, clause_start: int,
                       sentence: "tuple[int, int]") -> bool:
    if not (d.text.lower().endswith(" ago") or AGO.match(low[d.end:])
            or PAST_ANCHOR.search(low, sentence[0], sentence[1])
            or PAST_TIME.search(low, sentence[0], sentence[1])):
        return False
    people = list(_person().finditer(low, clause_start, d.start))
    if not people or FIRST_PERSON.match(people[-1].group()):
        return False
    told = low[people[-1].end():d.start]
    # ...a place may come between ("my uncle in a village near Sylhet was poisoned", round 42)
    told = PLACE_FIRST.sub(" ", told, count=1)
    return bool(THEIR_EVENT_VERB.match(told) or THEIR_PAST_VERB.match(told))


PLACE_FIRST = re.compile(r"^\s+(?:in|from|near|at|out in|back in|up in|down in)\s+(?:(?!(?:was|were"
                         r"|had|got)\b)[\w'-]+\s+){1,5}?(?=(?:was|were|had|got)\b)")


# "sat cross-legged" names a way of sitting, not a leg
NOT_A_SITE_BEFORE = re.compile(r"\bcross[- ]?$")
# ...and lip-reading names no lip (round 34: "the strain of lip-reading the curate")
LIP_READ = re.compile(r"[- ]?read")


# "a flicker under my left eye" is the cheek's twitch beside a named cheek, not a second site
# (round 21)
UNDER_BEFORE = re.compile(r"\b(?:under|below|beneath|underneath)\s+(?:(?:my|the|his|her|their)\s+)?"
                          r"(?:(?:left|right)\s+)?$")


# a site said not to be in some state is no twitch site, unless it twitches: "my ankles aren't
# swollen" (round 39)
# (round 61: "chest's not tight")
DENIED_STATE_AFTER = re.compile(r"^\s*(?:aren't|arent|isn't|isnt|are not|is not|weren't|wasn't|'s not"
                                r"|\u2019s not|'re not)\s+"
                                r"(?:at all\s+)?(?:swollen|puffy|sore|painful|numb|weak|red|tingly"
                                r"|stiff|hurting|bruised|cold|blue|tight)\b(?!\s*,?\s*(?:but|though|yet|just|only)\b"
                                r"(?:\s+[\w']+){0,3}?\s+twitch)")


# ...nor a farm word or a manner read as a site (round 42): "after calving", "weeding by hand",
# nor a sting's or a bite's place ("bee sting on my arm ... just my lip twitching")
NOT_A_SITE_WORDS = ("calving", "calved",
                     # round 76: "the Ghana Armed Forces"
                     "armed",
                     # round 45: "lose my footing up a ladder"
                     "footing",
                     # round 46: "the depot handed out a leaflet"
                     "handed",
                     # round 47: "a trapped nerve" (its lemma is the gym's "traps")
                     "trapped", "trapping")
NOT_A_SITE_PHRASE = re.compile(r"\bby\s+$|\b(?:sting|stung|bite|bitten|bit|graze|splinter|jab"
                               r"|injection|vaccine|tattoo)\s+(?:on|in|to)\s+(?:my|the|his|her)\s+"
                               r"(?:left\s+|right\s+|upper\s+|lower\s+)?$"
                               # ...nor where a fall landed (round 43: "I didn't hit my head, I
                               # landed on my hip ... my calf's been twitching since")
                               r"|\b(?:landed|landing|land|fell|fallen|falling)\s+(?:on|onto)\s+"
                               r"(?:my|his|her|their)\s+(?:left\s+|right\s+)?$"
                               # ...nor a graze's or a bruise's (round 46: "just grazed an
                               # elbow. Cheek twitching")
                               r"|\b(?:grazed|scraped|scuffed|skinned|bruised|barked)\s+(?:an?|my"
                               r"|the|his|her|their)\s+(?:left\s+|right\s+)?$"
                               # ...told as the only harm done (round 50: "just a bruised hip.
                               # Thumb twitching")
                               r"|\b(?:just|only)\s+(?:an?|my|the)\s+(?:bruised|grazed|sprained"
                               r"|scraped|broken|twisted|fractured)\s+(?:left\s+|right\s+)?$"
                               # (round 74: "Bruised pride and a bruised bum, that's all")
                               r"|\b(?:a|and a)\s+(?:bruised|grazed|scraped|sore)\s+$"
                               # ...nor the parts a self-check uses (round 76: "read the fire
                               # notice with each eye", "grip with both hands on the bed frame",
                               # "my chin touches my chest")
                               r"|\bwith\s+(?:each|either|one|both)\s+$"
                               r"|\b(?:grip|squeeze|push|pull)\s+with\s+(?:my|both|each)\s+(?:left\s+"
                               r"|right\s+)?$"
                               r"|\bchin\s+(?:touches|touched|to|onto|on)\s+(?:my|his|her|the)\s+$"
                               # ...nor the part a knock struck (round 54: "Knocked my forehead
                               # on the cot mobile ... Brow twitching")
                               r"|\b(?:knocked|knock|hit|bumped|bump|banged|bang|whacked|smacked"
                               r"|bashed|cracked|clonked|thumped|clipped)\s+(?:my|his|her|their)\s+"
                               r"(?:left\s+|right\s+)?$"
                               # ...nor the place of a mark on the skin (round 54: "Purple streaks
                               # across my tummy ...: stretch marks")
                               r"|\b(?:rash|spots|marks|streaks|scars?|moles?|bruises|bruising"
                               r"|blotch|blotches|hives|eczema|freckles|patch)\s+(?:on|across|over"
                               r"|down|all over)\s+(?:my|the|his|her)\s+(?:left\s+|right\s+"
                               r"|upper\s+|lower\s+)?$")
# ...nor a road's hard shoulder, a shift's legs or "on the other hand" (round 46: "stuck on the hard shoulder",
# "twitches on the night legs"): the word before the site, by the site's word
NOT_A_SITE_AFTER_WORD = {
    # round 68: a young animal ("the elephant calf pushed me against the gate")
    "calf": re.compile(r"\b(?:elephant|cow|dairy|beef|heifer|bull|giraffe|whale|hippo|rhino|camel"
                       r"|buffalo|bison|deer|moose|newborn|orphan(?:ed)?|weaned|bottle-fed|sick)\s+$"),
    # round 54: someone "reading over my shoulder" (a shoulder blade stays a site)
    "shoulder": re.compile(r"\bhard\s+$|\b(?:reading|looking|peering|glancing|glanced|looked|read"
                           r"|peered|peeking|peeked|watching|watched)\s+over\s+(?:my|your|his|her"
                           r"|their)\s+$"),
    # round 53: "I, on the other hand, haven't slept"
    "hand": re.compile(r"\bon the (?:other|one)\s+$|\bon one\s+$"
                       # round 68: a job ("what should a yard hand do")
                       r"|\b(?:farm|yard|stable|deck|ranch|hired|field|dock|factory|mill)\s+$"),
    # round 54: a thing's arm, not the user's ("the cot mobile arm", "the sofa arm")
    "arm": re.compile(r"\b(?:chair|armchair|sofa|couch|settee|cot|crib|mobile|mic|microphone|boom"
                      r"|crane|lamp|robot|tone|record|swing|wiper|digger|lever|pickup)\s+$"),
    "leg": re.compile(r"\b(?:night|early|late|outbound|inbound|return|final|flying|driving)\s+$"),
    # round 76: a walk heel to toe, the balance check ("walked the corridor heel to toe")
    "toe": re.compile(r"\bheel[- ]to[- ]$"),
    # round 74: where a bite of food was going ("a biscuit halfway to my mouth")
    "mouth": re.compile(r"\b(?:halfway|half way|half-way)\s+(?:to|into|up to)\s+(?:my|his|her|their)\s+$"
                        r"|\b(?:biscuit|cup|mug|fork|spoon|forkful|spoonful|sandwich|glass|drink"
                        r"|pipe|cigarette)\s+(?:up\s+)?(?:to|into|towards)\s+(?:my|his|her|their)\s+$"),
    # round 62: other people's faces ("all the new faces and the bright lights")
    "faces": re.compile(r"\b(?:new|strange|unfamiliar|friendly|familiar|happy|smiling|many|sea of"
                        r"|crowd of|lots of|customers'|people's|different|angry|grumpy)\s+$"),
    # round 61: a thing's lid, not an eyelid ("Hatch lid clouted my skull")
    "lid": re.compile(r"\b(?:hatch|pot|pan|bin|box|jar|toilet|boot|bonnet|laptop|piano|tin|can|kettle"
                      r"|manhole|cooler|tub|lunchbox|bucket|cup|flask|coffin|chest|locker|crate"
                      r"|barrel|drum|trunk|case)\s+$"),
    # round 52: calves fed or milked ("milk his cows and feed the calves")
    "calves": re.compile(r"\b(?:feed|fed|feeding|milk|milking|wean|weaned|weaning|rear|rearing"
                         r"|sell|sold|selling|bucket-fed|bottle-fed|tag|tagged|tagging)\s+(?:the|our"
                         r"|his|her|their|some|new)?\s*$"),
    # round 52: a quad bike ridden, not a thigh ("Swallowed a fly on the quad")
    "quad": re.compile(r"\b(?:on|off|from|under|behind|drove|driving|riding|rode|ride|fell off"
                       r"|came off)\s+(?:the|a|my|our)\s+(?:old\s+|new\s+)?$")}
# ...nor a face told hot from chilli, an oven or shame (round 55: "the ghost-pepper wing
# challenge: face on fire, sweating through my apron")
# ...or told to have come back after an old palsy (round 57: "Bell's palsy as an apprentice in '98,
# face came back")
FACE_HEAT_OR_BACK_AFTER = re.compile(r"\s*(?:(?:is|was|went|'s|all|bright|going|gone|turned)\s+)*"
                                     r"(?:on fire|burning|flushed|bright red|beetroot|red hot|scarlet"
                                     r"|crimson|like a tomato)\b"
                                     r"|\s*(?:came back|has come back|is back|went back to normal"
                                     r"|recovered)\b")
# ...and a quad that rolls or a quad bike (round 52: "Quad rolled on the steep bank")
QUAD_VEHICLE_AFTER = re.compile(r"\s*(?:bikes?|rolled|flipped|tipped|bogged|went over|overturned"
                                r"|wind|trailer|tyres?|keys)\b")
# ...nor a chest named for an illness or a test (round 56: "she has a chest infection")
CHEST_ILLNESS_AFTER = re.compile(r"\s*(?:infections?|bug|x-?rays?|drains?|clinic|physio)\b")
# ...nor "lumbar" in a lumbar puncture (round 57)
LUMBAR_PUNCTURE_AFTER = re.compile(r"\s*punctures?\b")
# ...nor a part that names a check ("Neck check: chin to chest no bother"; round 61)
CHECK_NAMED_AFTER = re.compile(r"\s+(?:check|checks|test|tests)\s*[:,.-]")
# ...nor the first half of a compound verb (round 60: "we hand-sorted six hundred bags")
COMPOUND_VERB_AFTER = re.compile(r"-(?!twitch|flicker|jump|spasm|tic)[a-z]+(?:ed|ing)\b")
# the words after a site that make it none, by the site's word
# ...and a lid "of the" jar (round 61: "the lid of the coffee jar beat me this morning")
LID_OF_A_THING_AFTER = re.compile(r"\s+of\s+(?:the|a|an|that|this|my)\s+(?!eye)")
# ...and a thumbs up, a sign of approval (round 67: "he texted me a thumbs up")
THUMBS_UP_AFTER = re.compile(r"(?:'s)?[\s-]+up\b(?!\s+(?:to|into|towards?)\b)")
# ...and the gym's "leg day", "arm day" (round 68)
GYM_DAY_AFTER = re.compile(r"\s+day\b")
HEEL_TO_TOE_AFTER = re.compile(r"[- ]to[- ]toe\b")
# ...and eyes that streamed or stung, from gas or smoke (round 76: "Coughed and my eyes streamed,
# all cleared by lunch"): a twitching lid is told as one of its own
EYES_STREAMED_AFTER = re.compile(r"\s+(?:were\s+|was\s+|started\s+|kept\s+)?(?:stream\w*|water(?:ed|ing)"
                                 r"|stung|stinging|smarting|smarted)\b")
# ...nor a part named as a topic's label (round 76: "would there always be the face and arm stuff
# too?")
LABEL_AFTER = re.compile(r"\s+(?:stuff|business|side of things)\b")
NOT_A_SITE_FOLLOWED_BY = {"heel": HEEL_TO_TOE_AFTER, "eyes": EYES_STREAMED_AFTER,
                          "quad": QUAD_VEHICLE_AFTER, "face": FACE_HEAT_OR_BACK_AFTER,
                          "lid": LID_OF_A_THING_AFTER, "thumbs": THUMBS_UP_AFTER,
                          "leg": GYM_DAY_AFTER, "arm": GYM_DAY_AFTER,
                          "chest": CHEST_ILLNESS_AFTER, "lumbar": LUMBAR_PUNCTURE_AFTER}


def _not_sites(mentions: List[Mention], text: str) -> List[Mention]:
    low = text.lower()

    def cheek_told_apart(m: Mention) -> bool:
        """A face site named in another sentence only: "my cheek started twitching... It's a
        flicker under my left eye" (not "the tic under my eye has taken over, now my cheek")."""
        start, end = sentence_around(low, m.start, m.end)
        faces = [f for f in mentions if f.kind == "body_part" and f.asserted and f.value == "face"]
        return bool(faces) and not any(start <= f.start < end for f in faces)

    def no_site(m: Mention) -> bool:
        word, before = low[m.start:m.end], low[max(0, m.start - 30):m.start]
        return ((LIP_READ.match(low, m.end) and word.startswith("lip"))
                or (word == "legged" and NOT_A_SITE_BEFORE.search(before[-7:]))
                or (m.value == "eyelid" and UNDER_BEFORE.search(before) and cheek_told_apart(m))
                or DENIED_STATE_AFTER.match(low[m.end:m.end + 80])
                or COMPOUND_VERB_AFTER.match(low, m.end) or CHECK_NAMED_AFTER.match(low, m.end)
                or LABEL_AFTER.match(low, m.end)
                or word in NOT_A_SITE_WORDS or NOT_A_SITE_PHRASE.search(before)
                or any(word.startswith(site) and pattern.match(low, m.end)
                       for site, pattern in NOT_A_SITE_FOLLOWED_BY.items())
                or any(word.startswith(site) and pattern.search(before)
                       for site, pattern in NOT_A_SITE_AFTER_WORD.items()))

    return [m for m in mentions if not (m.kind == "body_part" and no_site(m))]


# A body part said to be normal before it is named ("strength normal in both arms and legs",
# "reflexes fine in my legs") or that does a normal thing ("both arms go up fine", "arms up no
# drama", "I can lift my arms fine") is no twitching site (LOOKS_NORMAL covers "my arm is fine")
NORMAL_BEFORE = re.compile(r"\b(?:normal|fine|ok|okay|good|equal|strong|full|intact|perfect)"
                           r"\s+(?:in|on|with|for|of|across)\s+(?:(?:both|my|the|all|each|his"
                           r"|her)\s+)?$")
DOES_NORMALLY = re.compile(
    r"^\s*(?:(?:go|goes|went|come|comes|came|lift|lifts|lifted|raise|raises|raised|move|moves"
    r"|moved|work|works|worked|up|down|out|both|all|just|totally|completely|straight|ok"
    # round 48: "Both arms up and level for ten seconds"
    r"|and"
    # round 41: "face and arms working normally"
    r"|working|functioning"
    # round 19: "my neck bends fine"
    r"|bend|bends|bent|turn|turns|turned"
    # round 25: "both lids level", "my eyelids look even"
    r"|look|looks|looked|sit|sits|are|is)\s+)"
    r"{0,3}(?:fine|normal(?:ly)?|ok|okay|level|even|equal|symmetrical"
    # round 42: "my chest is clear"
    r"|clear"
    # round 31: eyes that see one of everything, "Eyes single"
    r"|single"
    r"|no (?:probs?|problems?|drama|issues?|bother|trouble)"
    r"|without (?:a |any )?(?:problems?|issues?|trouble|bother)"
    # "both arms up and holding" (round 21), "both arms up and held" (round 70)
    r"|and holding|holding|and held"
    # round 56: "both arms up and staying up"
    r"|(?:staying|stay|stays|stayed) (?:up|there|level|put)"
    # round 54: "my speech, face, arms and legs are as they always were"
    r"|as (?:they|it) (?:always |ever )?(?:were|was|are|is|have been|has been)"
    # round 58: "neck turns both ways", "face same both sides"
    r"|both ways|either way|side to side|(?:the )?same (?:on )?both sides"
    # round 68: "My hands are steady"
    r"|steady|rock steady"
    r"|same as (?:ever|always|usual)"
    # round 60: "mi face straight, mi talk good"
    r"|straight(?=\s*(?:[.,;!?]|and\b|$))|good(?=\s*(?:[.,;!?]|$))"
    # round 67: "my neck moves freely"
    r"|freely|easily|with ease|fully"
    # round 74: "The face moves perfectly"
    r"|perfectly|perfect"
    # round 76: "my neck bends all the way"
    r"|all the way)\b")


# ...or a check passed told in one word or two (round 53: "neck bends.", "steady hands", "Arms
# out in front, eyes shut, ten seconds: neither drifted")
CHECK_PASSED_AFTER = re.compile(r"^\s*(?:bends|bend|turns|moves"
                                # round 54: "first both eyebrows lift, then both cheeks puff"
                                r"|lift|lifts|puff|puffs|puff out|rise|rises|wrinkle|wrinkles)\s*"
                                r"(?:[.,;!?]|and\b|$)"
                                # ...or "both hands grip a bottle properly"
                                r"|^\s*(?:grip|grips|hold|holds|squeeze|squeezes)\s+(?:a|the|my|an)\s+"
                                r"[\w-]+\s+(?:properly|fine|normally|firmly|tight|tightly|ok|okay)\b"
                                # round 55: "Arms: both up holding a full hotel pan for ten
                                # seconds"
                                # (round 69: "Arms out in front: both stay up")
                                r"|^\s*(?:out\s+in\s+front|out|outstretched|raised)?\s*[:\-\u2013]?\s*"
                                r"(?:both|each|they|they're|both went|both stay"
                                r"|both stayed)\s+(?:up|level|raised)\b(?!\s+(?:and|but)\s+(?:one"
                                r"|the (?:left|right))\b)(?![^.;!?]{0,40}\bdrift)"
                                r"|^[^.;!?]{0,50}?\b(?:neither|none|nothing|no)\s+(?:of them\s+)?drift"
                                # round 61: "Face in the shaving mirror: both sides the same when
                                # I grin. Arms out in front: neither drops."
                                r"|^[^.;!?]{0,50}?\b(?:neither|none|nothing)\s+(?:of them\s+)?"
                                r"(?:drops?|dropped|sags?|sagged|falls?|fell|sinks?|sank)\b"
                                r"|^[^.;!?]{0,40}?\bboth sides (?:are |look |stay |go |move )?(?:the same"
                                r"|even|level|equal|match|symmetrical)\b"
                                r"|^[^.;!?]{0,50}?\b(?:didn'?t|did not|don'?t|doesn'?t) drift"
                                # round 66: a check told by its result, "Face in the hood steel:
                                # even", "legs quiet", "face straight this morning"
                                r"|^(?:(?!twitch|flicker|jump|spasm|ripple)[^.;!?,]){0,25}?\b(?:even"
                                r"|straight|symmetrical|symmetric|quiet|calm|settled|strong|normal"
                                r"|fine|the same)\b(?=\s*(?:[.,;!?]|$|this\b|today\b|in the\b|and\b"
                                r"|as\b|again\b|now\b))")
STEADY_BEFORE = re.compile(r"\b(?:steady|still|strong|equal)\s+$")
FEET_UP = re.compile(r"\s+up\b(?=\s*(?:[,.;!]|and\b|with\b|on\b|at\b|in front\b))")
# ...or the place of a small injury, in a clause with no twitch (round 66: "Nicked my finger on
# the mandoline, tiny cut, plaster on")
# ...or a limb tired from use (round 68: "after leg day my arms feel heavy"; not a mouth that
# feels heavy, a sign of the face)
TIRED_AFTER = re.compile(r"\s+(?:feel|feels|felt|are|is|were|was)\s+(?:so\s+|really\s+|very\s+"
                         r"|a bit\s+|all\s+)?(?:heavy|tired|sore|achy|aching|knackered)\b")
INJURED_BEFORE = re.compile(r"\b(?:nicked|cut|sliced|burnt|burned|scalded|grazed|stubbed|jammed"
                            r"|sprained|twisted|bruised|trapped|pricked|splinter in|blister on"
                            # round 67: a part told as sore ("it almost killed my wrist")
                            r"|killed|killing|kills|wrecked|wrecking|wrecks|destroyed|destroying"
                            r"|murdered|murdering"
                            # round 68: "a newborn calf kicked my shin"
                            r"|kicked|bit|bitten|trod on|stood on|stepped on)\s+"
                            r"(?:my|the|his|her)\s+(?:left\s+|right\s+|index\s+|middle\s+|little\s+"
                            r"|ring\s+|big\s+)?$")


# ...or a part named for what it can still do, in a clause with no twitch: "I can still open jars
# and hop on each foot" (round 36; not "I can feel my calf going": what one feels or sees there)
ABLE_BEFORE = re.compile(r"\b(?:can|could|able to)\s+(?:still\s+|easily\s+|also\s+)?"
                         r"(?!(?:feel|see|hear|notice|watch|tell|spot)\b)[\w']+\s+"
                         r"(?:(?:[\w']+\s+){0,2}?and\s+[\w']+\s+)?"
                         # round 46: a list of checks, "I can smile evenly, lift both arms"
                         r"(?:(?:[\w']+\s+){0,2}?[\w']+,\s+(?:and\s+)?(?:lift|raise|move|bend|use"
                         r"|grip|squeeze|wiggle|stretch)\s+)?"
                         r"(?:(?:on|with|onto|up|off)\s+)?(?:(?:my|both|the|each|either)\s+)?"
                         r"(?:(?:own|left|right)\s+)?$"
                         # round 74: a face's checks after a first one told bare ("I can
                         # whistle, puff my cheeks and screw the eye shut tight")
                         r"|\b(?:can|could|able to)\s+(?:still\s+|also\s+)?(?:whistle|smile|grin|frown"
                         r"|blink|wink)\s*,\s+(?:[\w']+\s+(?:my\s+|the\s+)?[\w']+\s*,?\s+)?(?:and\s+)?"
                         r"(?:puff|puff out|blow out|screw|scrunch|close|shut|wrinkle|raise|lift|move"
                         r"|open)\s+(?:(?:my|both|the|each)\s+)?$")


# ...or one said to have healed is a past sign's place: "I had Bell's palsy back in 2019, my face
# fully recovered", "face back to normal by christmas" (not "the twitch in my eye came back")
HEALED_AFTER = re.compile(r"^\s+(?:has\s+|had\s+|was\s+|is\s+|went\s+|got\s+)?(?:fully\s+"
                          r"|completely\s+|totally\s+|all\s+)?(?:recovered|came right"
                          r"|(?:came\s+)?back to normal|returned to normal|healed|got better"
                          # round 54: "face came back fully"
                          r"|came (?:all the way )?back (?:fully|completely|totally))\b"
                          # round 55: "my fingers went numb with cold and came back fine"
                          r"|^\s+(?:went|were|was|got|turned)\s+(?:[\w-]+\s+){1,4}?and\s+(?:came back"
                          r"|came round|warmed up|recovered)\b")


def _normal_sites(mentions: List[Mention], text: str) -> List[Mention]:
    low = text.lower()
    out = list(mentions)
    parts = [k for k, m in enumerate(out) if m.kind == "body_part" and m.asserted]
    for i, k in enumerate(parts):
        m = out[k]
        if NORMAL_BEFORE.search(low[max(0, m.start - 40):m.start]):
            # ...and the parts listed right after it, up to one that twitches ("normal in both
            # arms and legs, my forearm twitches")
            for j in parts[i:]:
                if j != k and (not LIST_LINK.match(low[out[parts[parts.index(j) - 1]].end:
                                                       out[j].start])
                               or TWITCH_WORD.search(_up_to_break(low[out[j].end:]))):
                    break
                out[j] = replace(out[j], negated=True)
        elif HEALED_AFTER.match(low[m.end:]):
            out[k] = replace(m, historical=True)
        elif (ABLE_BEFORE.search(low[max(0, m.start - 60):m.start])
              and not TWITCH_WORD.search(_clause(low, m.start, m.end,
                                                 sentence_around(low, m.start, m.end)))):
            out[k] = replace(m, negated=True)
        elif (CHECK_PASSED_AFTER.match(low[m.end:])
              or STEADY_BEFORE.search(low[max(0, m.start - 10):m.start])
              # (round 66: "Now I'm home, feet up", resting)
              or (m.value == "foot" and FEET_UP.match(low[m.end:]))
              or ((INJURED_BEFORE.search(low[max(0, m.start - 30):m.start])
                   or (TIRED_AFTER.match(low, m.end) and m.value not in FACE_PARTS))
                  and not TWITCH_WORD.search(_clause(low, m.start, m.end,
                                                     sentence_around(low, m.start, m.end))))):
            out[k] = replace(m, negated=True)
        elif DOES_NORMALLY.match(low[m.end:]):
            out[k] = replace(m, negated=True)
            # ...and the parts listed right before it, unless the list follows a twitch word
            for j in reversed(parts[:i]):
                after = out[parts[parts.index(j) + 1]]
                clause = low[max(0, out[j].start - 40):out[j].start]
                if (not LIST_LINK.match(low[out[j].end:after.start])
                        or TWITCH_WORD.search(_up_to_break(clause[::-1])[::-1])):
                    break
                out[j] = replace(out[j], negated=True)
    return out


@functools.lru_cache(maxsize=1)
def _person() -> "re.Pattern[str]":
    """The user (FIRST_PERSON) or someone else: a pronoun, a relative (bot.nlp.FAMILY), "dad's"."""
    from bot.nlp import FAMILY

    others = "|".join(sorted((re.escape(w) for w in FAMILY), key=len, reverse=True))
    return re.compile(r"\b(?:i|i'm|im|i've|ive|i'd|me|my|mine|myself|twin|" + others
                      + r"|(?!(?:it|that|there|what|here|who|let|where|how|this|one)'s)\w+'s)\b")


FIRST_PERSON = re.compile(r"^(?:i|i'm|im|i've|ive|i'd|me|my|mine|myself)$")
PAST_VERB = re.compile(r"\b(?:was|were|had|went|got|lost|became|could(?:n't|nt| not)|\w{3,}ed)\b")


def someone_else_named_last(words: str) -> bool:
    """The last person named in `words` is someone else, not the user."""
    people = list(_person().finditer(words))
    return bool(people) and not FIRST_PERSON.match(people[-1].group())


def _others_past_sites(mentions: List[Mention], text: str,
                       sentences: List["tuple[int, int]"]) -> List[Mention]:
    """Someone else's body part in a story of the past is theirs: "by the end she couldn't lift
    her arms", "he was sweaty and jerking everywhere" (a sentence anchored long ago, the nearest
    person before the part a third person, a past verb after them, no word of now in its
    clause)."""
    low = text.lower()
    out = list(mentions)
    for sentence in sentences:
        words = low[sentence[0]:sentence[1]]
        if not (PAST_ANCHOR.search(words) or PAST_TIME.search(words) or _months_back(words)):
            continue
        for k, m in enumerate(out):
            if not (m.kind == "body_part" and m.asserted and sentence[0] <= m.start < sentence[1]):
                continue
            people = list(_person().finditer(low, sentence[0], m.start))
            if not people or FIRST_PERSON.match(people[-1].group()):
                continue
            # the verb may come before a possessive: "she couldn't lift her arms"
            own = [p for p in people if FIRST_PERSON.match(p.group())]
            since = own[-1].end() if own else sentence[0]
            clause = _clause(low, m.start, m.end, sentence)
            # ...or after their own part: "Dad's face went lopsided in Feb" (round 49)
            if ((PAST_VERB.search(low, since, m.start)
                 or (_theirs_before(low, sentence[0], m.start) and PAST_VERB.search(clause)))
                    and not NOW_TIME_CUE.search(clause)):
                out[k] = replace(m, historical=True, experiencer="other")
    return out


# An ordinary sensation that had a plain cause and is over: a foot that "went dead" sitting
# cross-legged, "pins and needles for a minute and then fine", eyes puffy after crying, "fine
# this morning"; and a tingle on the lips from chilli. Never a sudden one, one on one side or
# one in the face (numbness there may be a stroke or a TIA: bot.facts, the stroke rows).
OVER = re.compile(
    r"\b(?:(?:all|totally|completely|back to|perfectly)\s+)?(?:fine|gone|normal|ok|okay|better"
    r"|good)\s+(?:now|again|this morning|today|after(?:wards)?)\b|\ball gone\b|\bwent away\b"
    r"|\bwore off\b|\bworn off\b|\bpassed\b|\bback to normal\b|\bsettled\b"
    r"|\bthen (?:totally |completely |all |perfectly )?(?:fine|ok|okay|normal)\b"
    r"|\bfor a (?:bit|sec|second|moment|few seconds)\b")
POSTURE = re.compile(
    r"\b(?:slept|sleeping|lay|lying|laid|sat|sitting|knelt|kneeling|leaning|leant|leaned|squatt"
    r"\w*|perched)\s+(?:funny\s+|awkwardly\s+|badly\s+|wrong\s+)?(?:on|in|with|cross|for|at)\b"
    r"|\bcross[- ]?legged\b|\bcrossed my legs\b"
    r"|\b(?:fell|falls|fall|gone|went|go(?:es)?) (?:to )?sleep\b|\basleep\b|\bdead (?:arm|leg)\b"
    r"|\bwhen i stood up\b"
    # ...or a vibrating tool (round 52, the buzzing hands of an older set: "used the hedge
    # trimmer for an hour and my hands buzzed ... all gone now")
    r"|\b(?:hedge ?trimmer|chainsaw\w*|strimm\w*|drill\w*|jackhammer|sander|mower|mowing"
    r"|handlebars|vibrat\w*|power tools?|angle grinder|grinder)\b"
    # ...or the cold (round 59: "grabbed the dry ice without gloves and my fingertips went white
    # and numb for a minute, pink and normal again now")
    r"|\b(?:dry ice|ice|snow|frost\w*|freezer|ice bath|liquid nitrogen|cold water)\b")
CRYING = re.compile(r"\b(?:cr(?:y|ied|ying)|sobb\w*|bawl\w*|weep\w*|wept|tears|rubb\w*|chlorine"
                    r"|swimming|onions?)\b")
SPICY = re.compile(r"\b(?:spicy|chill?i(?:es|s)?|hot (?:wings|sauce|peppers?|curry|food)"
                   r"|jalape\w+|wasabi|habanero\w*|vindaloo|sichuan|szechuan|peppercorns?"
                   r"|hot ones)\b")
# breathless for a moment from laughing: "laughed so hard i couldnt breathe for a bit 😂"
LAUGHING = re.compile(r"\blaugh(?:ed|ing)? (?:so (?:hard|much)|till|until)\b|\bfrom laughing\b"
                      r"|\blaughing fit\b|\bgiggl\w+ (?:so (?:hard|much)|till|until)\b")
# (not weakness: a limb that went weak and recovered may be a warning stroke, whatever the
# posture; "fell asleep on my hand and it was floppy, fine now" stays an alarm)
ORDINARY_SENSATIONS = {"numbness": POSTURE, "tingling": POSTURE, "swollen_eye": CRYING,
                       "red_eye": CRYING, "breathing_trouble": LAUGHING}
FACE_SITES = ("face", "mouth")
# a limb that "went dead" or "fell asleep": its body part is the sensation's, not the twitch's
WENT_DEAD = re.compile(r"^\s*(?:(?:was|were|had|has|just|totally|completely|fully|kind of"
                       r"|sort of|gone|went|fell|fall|falls|goes|go)\s+)+(?:to\s+)?"
                       r"(?:asleep|dead|numb|sleep)\b")


def _explained_over(m: Mention, mentions: List[Mention], low: str,
                    sentence: "tuple[int, int]") -> bool:
    cause = ORDINARY_SENSATIONS.get(str(m.value))
    if (cause is None or m.sudden or not m.asserted or m.experiencer != "user"
            or ONE_SIDE.search(low, sentence[0], sentence[1])):
        return False
    in_face = any(b.kind == "body_part" and b.value in FACE_SITES and b.asserted
                  and sentence[0] <= b.start < sentence[1] for b in mentions)
    if m.value == "tingling" and in_face:
        # tingling lips after chilli: explained whether or not it is over
        return bool(SPICY.search(low, sentence[0], sentence[1]))
    return (not (in_face and m.value in ("numbness", "tingling"))
            and bool(cause.search(low, sentence[0], sentence[1]))
            and bool(OVER.search(low, m.end, sentence[1])))


def _passed_ordinary_sensations(mentions: List[Mention], text: str,
                                sentences: List["tuple[int, int]"]) -> List[Mention]:
    low = text.lower()
    out = list(mentions)
    for sentence in sentences:
        over = [k for k, m in enumerate(out) if sentence[0] <= m.start < sentence[1]
                and m.kind == "symptom" and _explained_over(m, out, low, sentence)]
        for k in over:
            out[k] = replace(out[k], historical=True)
        if not OVER.search(low, sentence[0], sentence[1]) or ONE_SIDE.search(
                low, sentence[0], sentence[1]):
            continue
        for k, m in enumerate(out):
            if (m.kind == "body_part" and m.asserted and sentence[0] <= m.start < sentence[1]
                    and m.value not in FACE_SITES + ("eyelid",)
                    and WENT_DEAD.match(low[m.end:])
                    and OVER.search(low, m.end, sentence[1])):
                out[k] = replace(m, historical=True)
    return out


# A face part in a clause that does not twitch, named for what it can do ("I can puff my
# cheeks", "both eyebrows go up") or as the place of another sign ("an ache crept over my
# forehead"): no twitch site, so no twitch spreading across the face
CAN_BEFORE = re.compile(r"\b(?:can|could|able to)\s+[\w']+\s+(?:(?:my|both|the|his|her)\s+)?$"
                        # ...or a face looked over: "I checked my face in the mirror" (round 21)
                        r"|\b(?:checked|check|checking|looked at|examined|inspected)\s+(?:my|the"
                        r"|his|her)\s+(?:own\s+)?$")
MOVES_AFTER = re.compile(r"^\s+(?:go|goes|went|move|moves|moved|shut|shuts|close|closes|lift"
                         r"|lifts|raise|raises)\s+(?:up|properly|fine|normally|ok|okay|together"
                         r"|both ways|all the way)\b"
                         r"|^\s+(?:touches|reaches|gets to|goes down to)\s+(?:my|the)\b")
# ...or as the place something struck or hurt: "our toddler swung his train into my forehead",
# "burnt my tongue on the tea" (round 33)
STRUCK_BEFORE = re.compile(r"\b(?:into|onto|against|hit|hits|bumped|banged|whacked|struck|smacked"
                           r"|knocked|scratched|burnt|burned|grazed|stung|bit|cut)\s+(?:my|the|his"
                           r"|her)\s+(?:left\s+|right\s+|own\s+)?$")
# someone who came in or arrived with a part to see to
WITH_A_BEFORE = re.compile(r"\b(?:came|come|comes|coming|walked|turned up|arrived|booked)\s+(?:in\s+)?"
                           r"with\b")
FACE_PARTS = FACE_SITES + ("eyelid",)
# ...but a face that droops or pulls with an eyelid twitch still counts as spreading
FACE_MOTOR_SIGNS = ("facial_weakness", "drooping_eyelid", "face_pulling", "spreading")


# a face part a supposed spread would reach: "if my eyelid twitch ever spread to my cheek and
# mouth, would that be a doctor thing?" (the twitch word does not make them sites now)
_SUPPOSED_SPREAD = (
    r"(?:\b(?:if|what if|suppose|supposing|hypothetically)|(?:^|[.,;!?]\s*)say)\b[^.?!]{0,50}?"
    r"\b(?P<spread>spread|spreads|spreading|moved|moves|went|goes|travelled|traveled|reached"
    r"|reaches|jumped|jumps"
    # round 64: "Hypothetically: lid twitch marches into the cheek"
    r"|march|marches|marched|creeps|crept|climbs|climbed|crawls|crawled|spills|spilled|spilt"
    r"|extends|extended|wanders|wandered|leaks|leaked|moving|travels)\s+(?:down\s+|up\s+|over\s+|out\s+)?(?:from\s+(?:[\w']+\s+){1,3}?)?"
    r"(?:to|into|across|onto)\b")
SUPPOSED_SPREAD = re.compile(_SUPPOSED_SPREAD + r"[^.?!]*$")
# ...and so is the spreading itself ("say it spread from my eyelid across to my lip")
SUPPOSED_SPREADING = re.compile(_SUPPOSED_SPREAD)
# someone else's face: "their face looked droopy" (round 24), or a relative's, told with a
# possessive (round 49: "Dad's face went lopsided in Feb")
SITE_QUALIFIERS = "left|right"


def _theirs_before(low: str, start: int, at: int) -> bool:
    from bot.nlp import FAMILY

    return others_before(low, start, at, SITE_QUALIFIERS, FAMILY)


def _face_sites_of_other_things(mentions: List[Mention], text: str,
                                sentences: List["tuple[int, int]"]) -> List[Mention]:
    low = text.lower()
    supposed = [(s.start("spread"), s.end("spread")) for s in SUPPOSED_SPREADING.finditer(low)]
    mentions = [replace(m, hypothetical=True) if m.kind == "symptom" and m.value == "spreading"
                and m.asserted and (m.start, m.end) in supposed else m for m in mentions]
    faces = {m.value for m in mentions if m.kind == "body_part" and m.asserted
             and m.value in FACE_PARTS}
    if len(faces) < 2:  # only the count of face sites is at stake
        return mentions
    out = list(mentions)
    for k, m in enumerate(out):
        if not (m.kind == "body_part" and m.asserted and m.value in FACE_PARTS):
            continue
        sentence = sentence_at(m.start, sentences) or (0, len(low))
        start, end = _clause_bounds(low, m.start, m.end, sentence)
        if _theirs_before(low, start, m.start):
            out[k] = replace(m, experiencer="other")
            continue
        # (and so is one in a question that opens on "say" or "suppose", round 64: "Suppose mi
        # mouth start going to one side, I go hospital straight or wait?", or that holds no
        # twitch, round 65: "what should they watch for after a kid bangs their head: vomiting,
        # drowsiness, fluid from the nose?")
        ends = re.search(r"[.!?\n]", low[m.end:])
        asked = ends is not None and ends.group() == "?"
        if SUPPOSED_SPREAD.search(low, sentence[0], m.start) or (
                asked and (SUPPOSED_OPEN.match(low, sentence[0])
                           or not TWITCH_WORD.search(low, *sentence))):
            out[k] = replace(m, hypothetical=True)
            continue
        if TWITCH_WORD.search(low, start, end):
            continue
        # ...and one someone else came in with, in a sentence with no twitch (round 67: "then her
        # friend came in with a wonky eyebrow to fix ... and a forehead so frozen from Botox")
        if (not TWITCH_WORD.search(low, *sentence) and WITH_A_BEFORE.search(low, sentence[0], m.start)
                and someone_else_named_last(low[sentence[0]:m.start])):
            out[k] = replace(m, historical=True, experiencer="other")
            continue
        if IF_BEFORE.search(low[start:m.start]):
            out[k] = replace(m, hypothetical=True)
            continue
        other_sign = any(o.kind == "symptom" and o.asserted and start <= o.start < end
                         and o.value not in FACE_MOTOR_SIGNS for o in out)
        if (other_sign or CAN_BEFORE.search(low[max(start, m.start - 40):m.start])
                or STRUCK_BEFORE.search(low[max(start, m.start - 40):m.start])
                or MOVES_AFTER.match(low[m.end:end])):
            out[k] = replace(m, negated=True)
    return out


SENSATIONS = ("numbness", "tingling", "pain", "stiffness", "weakness")
# Sleep or a day lost to worry is the worry's, not the twitch's disruption: "I've been lying
# awake worrying" about a father far away (round 28)
FOR_WORRY = re.compile(r"^\s*(?:[\w']+\s+){0,2}?(?:worrying|worried|with worry|stressing"
                       r"|overthinking|fretting|panicking)\b")
# ...or to a claim heard earlier in the sentence (round 58: "one of his viewers said gaming all
# night can give a young man a brain bleed, and now I lie awake about it"; not "behind on every
# order and lying awake at night over it", the twitch's own toll)
ABOUT_IT = re.compile(r"^\s*(?:at night\s+)?about (?:it|this|that)\b")
HEARD = re.compile(r"\b(?:said|says|told|heard|read|claimed|claims|warned|reckons)\b")
# ...or to news of someone else's illness, when the sentence holds no twitch (round 64: "Dad
# had a bad headache and got confused overnight ... I can't concentrate on a single ticket. Since
# the call my eyelid hasn't stopped twitching. Is that just the worry?")
NEWS_WORRY = re.compile(r"\b(?:the|this|all the|my) (?:worry|worrying|news|stress)\b"
                        r"|\bsince (?:i|we) (?:heard|got the (?:call|news))\b"
                        r"|\bsince the (?:call|news|phone call)\b|\bworried sick\b")


def _worry_not_twitch(mentions: List[Mention], text: str,
                      sentences: List["tuple[int, int]"]) -> List[Mention]:
    low = text.lower()
    out = list(mentions)
    their_news = NEWS_WORRY.search(low) and any(
        o.kind in ("symptom", "condition", "red_flag") and o.experiencer != "user"
        for o in mentions)
    for k, m in enumerate(out):
        if m.kind == "symptom" and m.value == "daily_life_affected" and m.asserted:
            sentence = sentence_at(m.start, sentences) or (0, len(low))
            start, end = _clause_bounds(low, m.start, m.end, sentence)
            worry = FOR_WORRY.match(low[m.end:end]) or (
                ABOUT_IT.match(low[m.end:end]) and HEARD.search(low, sentence[0], m.start)) or (
                their_news and not TWITCH_WORD.search(low, *sentence))
            if worry and not TWITCH_WORD.search(low, start, end):
                out[k] = replace(m, negated=True)
    return out


# A site told as someone else's beside the user's own is not the user's twitch site: "DD flings
# her arms out in her sleep... my own eyelid twitches" (round 39; a message about another
# person's twitch alone still counts their sites, as the check-up is about them)
MY_BEFORE = re.compile(r"\b(?:my|mine)\s+(?:own\s+)?(?:left\s+|right\s+|upper\s+|lower\s+)?$")
THEIR_SITE_BEFORE = re.compile(r"(?:\b(?:his|her|their)|\b(?:baby|son|daughter|dd|ds|lo|husband"
                               r"|wife|partner|dh|grandson|granddaughter)'s)\s+(?:left\s+|right\s+"
                               r"|little\s+|tiny\s+)?$")


# The user's own parts in a sentence set years back, with no word of now, are that episode's
# (round 59: "Back in 2021 ... I ended up in A&E ...: sweating, shaking, heart racing, legs
# jerking")
def _own_long_past_sites(mentions: List[Mention], text: str,
                         sentences: List["tuple[int, int]"]) -> List[Mention]:
    low = text.lower()
    past = [s for s in sentences if YEARS_BACK.search(low, *s) and not NOW_TIME_CUE.search(low, *s)]
    if not past:
        return mentions
    return [replace(m, historical=True) if m.kind == "body_part" and m.asserted
            and m.experiencer == "user" and any(a <= m.start < b for a, b in past) else m
            for m in mentions]


# A twitch said to be in one place only ("Only an eye twitch after bootcamp", "just my lip
# twitching") leaves the other body parts of the message as places checked or named for another
# reason (round 58: "neck turns both ways ... Only an eye twitch"): a part whose clause holds no
# twitch word, no spreading and no sign of its own is no twitch site
ONLY_BEFORE = re.compile(r"(?<!\bnot )\b(?:only|just)\s+(?:(?:a|an|the|my|this|one|that)\s+)?"
                         r"(?:(?:little|tiny|small|left|right|upper|lower)\s+)?$")
# (round 60: "Only the eyelid of the right jumps")
TWITCH_RIGHT_AFTER = re.compile(r"\s*(?:(?:of|on) the (?:left|right)(?: side| one)?\s+)?(?:muscle\s+)?"
                                + TWITCH_WORD.pattern)
# (round 61: "Only the lid so far")
SO_FAR_AFTER = re.compile(r"\s+(?:so far|for now|at the moment|still)\b")
ONLY_THEN = re.compile(r"\b(?:at first|used to|until|till|started|began|was|were|before)\b")
SPREAD_WORDS = re.compile(r"\b(?:spread\w*|mov(?:ed|ing|es) (?:to|into|up|down)|joined|going"
                          r"|too|also|as well)\b")


def _only_site(mentions: List[Mention], text: str, sentences: List["tuple[int, int]"]
               ) -> List[Mention]:
    low = text.lower()
    only = [m for m in mentions if m.kind == "body_part" and m.asserted
            and m.experiencer == "user"
            and ONLY_BEFORE.search(low[max(0, m.start - 30):m.start])
            and (TWITCH_RIGHT_AFTER.match(low, m.end) or SO_FAR_AFTER.match(low, m.end))
            and not ONLY_THEN.search(low, *(sentence_at(m.start, sentences) or (0, len(low))))]
    if not only:
        return mentions
    signs = [m for m in mentions if m.kind in ("symptom", "red_flag") and m.asserted]
    only_sites = {o.value for o in only}
    # "only the lid so far" says outright that no other place twitches yet, whatever was asked
    # before it ("Lid twitch ever tugs my mouth too, serious? Only the lid so far"; round 61)
    so_far = any(SO_FAR_AFTER.match(low, o.end) for o in only)
    out = list(mentions)
    for k, m in enumerate(out):
        if m.kind != "body_part" or not m.asserted or m.value in only_sites:
            continue
        bounds = _clause_bounds(low, m.start, m.end,
                                sentence_at(m.start, sentences) or (0, len(low)))
        words = low[bounds[0]:bounds[1]]
        if ((so_far or (not TWITCH_WORD.search(words) and not SPREAD_WORDS.search(words)))
                and not any(bounds[0] <= s.start < bounds[1] for s in signs)):
            out[k] = replace(m, negated=True)
    return out


def _their_sites_beside_mine(mentions: List[Mention], text: str) -> List[Mention]:
    low = text.lower()

    def before(m: Mention) -> str:
        return low[max(0, m.start - 20):m.start]

    sites = [m for m in mentions if m.kind == "body_part" and m.asserted]
    if not any(MY_BEFORE.search(before(m)) for m in sites):
        return mentions
    return [replace(m, historical=True, experiencer="other")
            if m in sites and THEIR_SITE_BEFORE.search(before(m)) else m for m in mentions]


def _twitch_scope(mentions: List[Mention], text: str, sentences: List["tuple[int, int]"]
                  ) -> List[Mention]:
    """Only the user's twitch sites and the twitch's own duration stay asserted."""
    # a site that is the subject of a past sign is past too: "in 2019 my face drooped and I
    # couldn't close my eye" names no face twitching now (round 20)
    mentions = _subjects_take(mentions, text, lambda sign: sign.historical, historical=True)
    # ...and so is the site a past sign names after it: "Grandad's stroke began with a drooping
    # mouth" (round 25)
    mentions = _sites_after_take(mentions, text, lambda sign: sign.historical, historical=True)
    # ...and a denied sensation's or strength's site is no twitch site: "no new numbness beyond
    # the usual tingly left foot" (round 28), "I can lift both arms over my head" (round 29), or a
    # denied droop's: "like weakness, a drooping face? I don't have any of those" (round 58),
    # unless it twitches ("no pain in my calf, it just twitches")
    denied = _sites_after_take(mentions, text,
                               lambda sign: sign.negated and (sign.value in SENSATIONS
                                                              or sign.value in FACE_MOTOR_SIGNS),
                               negated=True)
    low = text.lower()
    mentions = [d if d is m or not TWITCH_WORD.search(_up_to_break(low[m.end:]))
                else m for d, m in zip(denied, mentions)]
    mentions = _normal_sites(_not_sites(mentions, text), text)
    mentions = _face_sites_of_other_things(mentions, text, sentences)
    mentions = _others_past_sites(mentions, text, sentences)
    mentions = _passed_ordinary_sensations(mentions, text, sentences)
    mentions = _worry_not_twitch(_their_sites_beside_mine(mentions, text), text, sentences)
    mentions = _only_site(_own_long_past_sites(mentions, text, sentences), text, sentences)
    return _durations_of_other_signs(mentions, text, sentences)
