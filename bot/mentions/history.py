"""Signs that are over: someone else's past illness, the user's own long gone episode, an old
deficit told as unchanged, a choking coughed up (signs not happening here and now to a person are
in bot.mentions.elsewhere)."""

from __future__ import annotations

from dataclasses import replace
import datetime as dt
import functools
import re
from typing import TYPE_CHECKING, List

if TYPE_CHECKING:  # spaCy is only imported where text is parsed (the Rasa server, tests)
    pass


from bot import durations
from bot.mentions.base import (CLAUSE_BREAK, NEW_CUE, NEW_NOT_NOW_CUE, NOW_CUE, NOW_TIME_CUE,
                               Mention, _clause, _own_signs_past_in, _up_to_break, sentence_at)


from bot.mentions.questions import FIRST_PERSON_WORD, SUBJECT_LINK

# Someone else's past illness, told in the past simple over a long time: "my aunt had bell's
# palsy and her face drooped for months". Without such a span it stays present (safety bias:
# "my son had a seizure and his lips turned blue" may be minutes ago), and so does a clause
# that says it is now ("she had a fit just now").
LONG_SPAN = re.compile(r"\bfor (?:(?:a few|several|many|some|two|three|\d+) )?(?:weeks|months"
                       r"|years|decades|ages)\b|\bfor (?:a|one) (?:month|year)\b"
                       r"|\bfor a long time\b")
HAD_BEFORE = re.compile(r"\bhad\s+(?:(?:a|an|the|her|his|their|some|bad|really|terrible|"
                        # round 33: "had a mini stroke in June"
                        r"awful|mini|minor|small|slight|little|big|major|massive|serious)\s+)*$")
AUX_BEFORE = re.compile(r"\b(?:is|are|am|'s|'re|has|have|'ve|just|been|be|being|get|gets|got|"
                        r"keeps?|now)\s+$")


# Lasting signs a relative's named, known illness explains: "my cousin has myasthenia and her
# eyelids droop", "my grandad lost the muscle in his hands with MND", "my brother has MS and his
# speech is slurred" (a sudden or new one still counts: NOW_CUE). Breathing, swallowing,
# fits and faints are never explained away ("my sister has epilepsy and she is seizing").
EXPLAINED_BY_DIAGNOSIS = {"weakness", "muscle_wasting", "drooping_eyelid", "facial_weakness",
                          "double_vision", "stiffness", "numbness", "tingling", "tremor",
                          "spreading", "worsening", "speech_trouble"}


# ...and any sign of theirs told as a lasting decline beside a named illness or long-term care:
# "my grandad in the care home has Parkinson's and can't swallow well anymore"
LASTING_DECLINE = re.compile(r"\b(?:anymore|any more|no longer|these days|nowadays)\b")
LONG_TERM_CARE = re.compile(r"\b(?:care home|nursing home|thickened (?:drinks|fluids)|pureed"
                            r"|soft diet|feeding tube|hospice|palliative)\b")


# A fit or a faint is an episode: told with a time weeks or more back, in its own clause, it is
# over ("I had a fit last month but nothing since"). A lasting sign told the same way began
# then and goes on ("my arm went weak last month"), so only episodes are read this way.
EPISODES = {"seizure", "loss_of_consciousness"}
PAST_TIME = re.compile(
    # (not "over the last month", a span up to now: round 44, "over the last month my right
    # hand has weakened")
    r"(?<!\bthe )(?<!\bthis )\blast (?:week|month|year|christmas|easter|summer|winter|spring|autumn|fall|season|term"
    # (round 63: "last quarter", a business quarter gone)
    r"|semester|quarter)\b"
    # round 22: "one of my usual seizures last Tuesday"
    r"|\blast (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    r"|\b(?:a|one|two|three|four|five|six|several|a few|few|many|some|\d+) (?:weeks?|months?"
    r"|years?|summers?|winters?|seasons?|terms?|semesters?|decades?) (?:ago|back)\b"
    r"|\bin (?:19|20)\d\d\b|\bin ['\u2018\u2019]\d\d\b")
STILL_NOW = re.compile(r"\b(?:now|just|still|again)\b")
REPEATED = re.compile(r"\b(?:another|again)\b")  # "...and just had another one"


def _past_episodes(mentions: List[Mention], text: str, sentences: List["tuple[int, int]"]
                   ) -> List[Mention]:
    out = list(mentions)
    low = text.lower()
    for k, m in enumerate(out):
        if m.kind != "symptom" or m.value not in EPISODES or not m.asserted:
            continue
        sentence = sentence_at(m.start, sentences)
        clause = _clause(low, m.start, m.end, sentence) if sentence else ""
        if (PAST_TIME.search(clause) and not STILL_NOW.search(clause)
                and not REPEATED.search(low[sentence[0]:sentence[1]])):
            out[k] = replace(m, historical=True)
    return out


# A sentence about someone else that is anchored in the past: an age ("had a stroke at 52"), a
# year ("that was 2018"), the end of a life or illness ("towards the end", "before he died"), or
# long-term care ("had to be fed through a tube"). Their symptoms told in the past tense in it
# are their history unless their own clause says it is now.
PAST_ANCHOR = re.compile(
    # an age, not a clock time: "at 52", "aged 7", "at the age of 9" (not "at 5", "at 11pm")
    # (not an age told in an apposition, which is the age now: "one of my pupils, aged 11, hit
    # his head"; round 23)
    r"(?<!, )\b(?:aged?|at the age of) \d{1,2}\b|\bat (?:1[3-9]|[2-9]\d)\b"
    r"(?!\s*(?:am|pm|a\.m|p\.m|:|\.\d|o'?clock|min|hour|hr))"
    r"|\b(?:in |that was |back in )?(?:19|20)\d\d\b|\b(?:towards?|near|at|by) the end\b"
    # round 52: a year told short, "at the mart in '98"
    r"|\b(?:in|back in|since|of|from) ['\u2018\u2019]\d\d\b"
    r"|\bin the end\b|\bbefore (?:he|she|they) (?:died|passed)\b"
    # long-term care of a lasting illness (not a bare "had to": "she had to sit down, she
    # couldn't breathe" may be now)
    r"|\bhad to be (?:fed|tube[- ]fed)\b|\b(?:feeding|through a) tube\b"
    r"|\bback then\b|\bat the time\b"
    # a relative who has died ("she's been gone 5 years now", "before he passed away"), or a
    # decade of their life ("in his twenties")
    r"|\b(?:died|passed away|passed on)\b|\b(?:she|he|they)(?:'s|s| is| has| have)? (?:been )?gone\b"
    # (gone as dead, not a change gone through: "he's gone grey and shivery"; round 60)
    r"(?=\s*(?:[.,;:!?)]|$|now\b|\d|for\b|since\b|these\b|over\b|a (?:year|month|while|long)"
    r"|(?:two|three|four|five|six|seven|eight|nine|ten|many|several|some) (?:years?|months?)))"
    r"|\bin (?:my|his|her|their) (?:teens|twenties|thirties|forties|fifties|sixties|seventies"
    r"|[2-7]0s)\b|\bin the (?:19)?[5-9]0s\b|\bin the (?:fifties|sixties|seventies|eighties"
    r"|nineties)\b"
    # (round 45: "Grandad choked on a fish bone once, years back")
    r"|\b(?:weeks|months|years|decades|ages|yonks|a long time) (?:ago|back)\b")
# the past tense of a symptom phrase: "drooped", "couldnt swallow", "had a stroke"
PAST_FORM = re.compile(r"^(?:\w+ed|had|could(?:n't|nt| not)|was|were|went|lost|got"
                       # irregular pasts of a blow or a fall: "hit his head" (round 19)
                       r"|hit|fell|broke"
                       # round 61: "a winch handle spun back and caught me on the temple"
                       r"|caught|struck|knocked"
                       # round 50: "saw double for a fortnight after a 2020 crash"
                       r"|saw)\b")
# ...or has one inside it: "throat closed up"
PAST_INSIDE = re.compile(r"\b(?:\w+ed|went|lost|got|came|fell|shook|bit)\b")
PAST_BEFORE = re.compile(r"\b(?:could(?:n't|nt| not)|was|were|went|had|got|became|did)\s+"
                         # round 49: "had a few days of double vision"
                         r"(?:(?:a |an |one |two |three |\d+ )?(?:few |couple of )?(?:hours?|days?"
                         r"|nights?|weeks?|months?|spells?|bouts?|episodes?) of\s+)?"
                         # "had a bad stroke" (round 20), "had a mini-stroke" (round 67)
                         r"(?:\w+[\s-]+){0,2}$")
# A relative's episodes told as a habit ("my nephew gets febrile seizures", "she suffers from
# fits", "he has seizures") are their history, not an emergency now
HABIT_BEFORE = re.compile(
    r"\b(?:gets?|suffers? (?:from|with)|(?:is|are) prone to|tends? to (?:get|have)"
    r"|(?:often|sometimes|occasionally|regularly) (?:gets?|has|have))\s+(?:\w+\s+){0,2}$"
    # "I've seen plenty of his seizures"
    r"|\b(?:plenty|lots|loads|many|all|most) of (?:his|her|their)\s+$")
ONE_NOW = re.compile(r"\b(?:having|had|has|in|starting) (?:one|another)(?: \w+)?"
                     r" (?:now|right now|just now|at the moment)\b|\b(?:having|in) one\b")
HABIT_PLURAL_BEFORE = re.compile(r"\b(?:has|have)\s+(?:\w+\s+){0,1}$")
# ...but a noun that is always plural names a state now, no count of episodes (round 55: "my mum
# has rigors")
ALWAYS_PLURAL = re.compile(r"\b(?:rigors|rigours|shivers|chills|sweats|shakes|jitters|hot flushes"
                           r"|hot flashes)$")
RECENT_HOURS = re.compile(r"\b(?:last|past)\s+(?:few\s+|couple of\s+|\d+\s+|two\s+|three\s+)?(?:hours?"
                          r"|minutes?|mins?)\b|\b(?:tonight|this (?:morning|afternoon|evening))\b")
# "5 years now" counts time up to now; it says nothing happens now ("she's been gone 5 years now")
SPAN_TO_NOW = re.compile(r"\b(?:\d+|a few|many|several|two|three|four|five|ten) (?:years?|yrs"
                         r"|months?|decades?)(?: clear| free| since)? now\b"
                         # an age: "i'm 30 now"
                         r"|\b(?:i'?m|i am|she'?s|he'?s|they'?re) \d{1,2} now\b")
# ...or one told by what it left behind: "a stroke that left her walking with a stick"
LEFT_THEM = re.compile(r"\s*(?:that|which) (?:has )?left (?:him|her|them)\b"
                       # ...or the sign was part of an event of theirs named after it (round
                       # 24): "grandpa's face drooped when he had his stroke"
                       r"|\s*(?:\w+\s+){0,2}?when (?:he|she|they) (?:had|was having|were having)"
                       r" (?:his|her|their) (?:big |bad |last |first )?(?:stroke|seizure|fit|bleed"
                       r"|heart attack|tia|mini[- ]stroke|brain bleed|bell's palsy|palsy|accident"
                       r"|fall|operation|surgery)\b"
                       # ...or it has lasted since a treatment of theirs (round 31): "has had
                       # trouble swallowing since his throat cancer treatment"
                       r"|\s*since (?:his|her|their) (?:[\w']+ ){0,3}?(?:treatment|radiotherapy"
                       r"|chemo|chemotherapy|surgery|operation|op|stroke|cancer)\b")
THEIR_EVENT = re.compile(r"had (?:his|her|their) ")
PAST_YEAR = re.compile(r"\b(?:in |since )?(?:19|20)\d\d\b|\b(?:in|since) ['\u2018\u2019]\d\d\b")
HAD_BEFORE_THAT = re.compile(r"s?\s+before\b(?!\s+(?:he|she|they|i|we|the|my|his|her|it))")
HAD_JUST_BEFORE = re.compile(r"\bhad (?:a |an )?$")
POSSESSED_PAST_EVENT = re.compile(r"(?:'s|\bhis|\bher|\btheir) "
                                  # "Nan's old stroke left her hand weak" (round 28)
                                  r"(?:(?:old|first|last|big|bad|earlier|previous|major|massive)\s+)?"
                                  r"(?:stroke|seizure|fit|tia|mini[- ]stroke"
                                  r"|brain bleed|bleed|heart attack|collapse|bell'?s palsy|palsy)\s+"
                                  r"(?:was|were|happened|started|began|came on|hit|struck|made|left"
                                  r"|caused)\b"
                                  # ...or a relative's illness begun, told by its owner alone
                                  # (round 36: "His started with a weak hand")
                                  r"|\b(?:his|hers|theirs)\s+(?:first\s+|all\s+)?(?:started|began"
                                  r"|kicked off|came on)\s+(?:with|as)\b")
# a relative retelling their illness: "she says it was the worst headache of her life"
RETOLD = re.compile(r"\b(?:says?|said|told (?:me|us)|describes?|described|remembers?|recalls?"
                    r"|calls? it|called it)\b")
# ...and so is an event named as a time: "after his stroke", "since her seizure"
AFTER_THEIR = re.compile(r"\b(?:after|since|following"
                         # round 69: "Dad's recovering from a stroke in Bucharest"
                         r"|recovering from|recuperating from|in rehab after|rehab after)"
                         r" (?:his|her|their|a|an|the) (?:big |bad "
                         r"|last |massive |major |mini |minor |small |little |first )?$")


# A relative's episode told in the past and said to be over ("she's fine", "fully recovered",
# "doing rehab"), dated (DATED_BY: a festival, a season, a weekday, a month) or by their age
# now: "my grandpa had a stroke during Chinese New Year, he's doing rehab now", "my son had the
# seizure at 3 with a fever, he's 12 now and fine". Without the date it stays ("my son had a
# seizure, he's fine now" may be minutes ago).
RECOVERED = re.compile(
    r"\b(?:he|she|they|i)(?:'s|'re|'m| is| are| am|s)? (?:[\w']+ ){0,3}?(?:fine|ok|okay|alright"
    r"|all right|recovered|recovering)\b|\b(?:and|but|now|all) (?:fine|ok|okay|well)\b"
    r"|\bfully recovered\b|\bmade a (?:full |good )?recovery\b|\b(?:doing|in) rehab\b"
    r"|\bback to normal\b|\bback to (?:his|her|their) (?:old )?self\b"
    # round 56: "smile went lopsided with Bell's palsy in spring; fully back"
    r"|\b(?:fully|completely) back\b|\bback to full strength\b"
    # round 58: "Bell's palsy in June, face normal again"
    r"|\b(?:normal|straight|symmetrical|even) again\b"
    # ...or home or back at work since (round 18): "she's off sick now", "he's back on his round"
    r"|\boff (?:sick|work)\b|\b(?:resting|recovering) at home\b|\bback (?:at|to) work\b"
    r"|\bback on (?:his|her|their) (?:round|feet|shift)\b"
    # ...or doing well, home again or in hospital since (round 19): "he's in hospital and doing
    # ok", "he's home with his own family now"
    r"|\bdoing (?:ok|okay|fine|well|better|alright|all right)\b"
    r"|\b(?:he|she|they)(?:'s|'re| is| are) (?:back )?home\b"
    # ...or home again and talking as before, the subject told earlier (round 67: "had a
    # mini-stroke last week and is home again, talking fine")
    r"|\band (?:is|'s) (?:now )?(?:back )?home(?: again)?\b"
    r"|\b(?:talking|speaking|walking) (?:fine|normally|ok|okay|well|perfectly)\b"
    r"|\b(?:he|she|they)(?:'s|'re| is| are) (?:still )?(?:up )?(?:in|at) (?:the )?hospital\b"
    # ...stable, kept in, or "grand" (round 20)
    r"|\b(?:he|she|they)(?:'s|'re| is| are) (?:[\w']+ ){0,2}?(?:stable|grand)\b"
    r"|\b(?:keeping|kept) (?:him|her|them) in\b"
    # round 33: "had a mini stroke in June, recovered", "she's been her bossy self since"
    r"|(?<!n't )(?<!not )(?<!never )(?<!yet to )\brecovered\b"
    r"|\b(?:been|is|'s|was) (?:his|her|their) (?:[\w-]+ )?self\b")
DATED_BY = re.compile(
    r"\b(?:at|during|over|on|for) (?:the )?(?:christmas|xmas|easter|eid|diwali|chinese new year"
    r"|lunar new year|new year(?:'s)?(?: eve)?|thanksgiving|hanukkah|passover|ramadan|holi"
    r"|navratri|boxing day)\b"
    # ...or a school or sports season (round 16): "had a seizure in class last term, she's fine"
    r"|\blast (?:term|half-term|half term|semester|season|school year)\b"
    # ...or a day of the week (round 18): "had a seizure at work on Tuesday, she's off sick now"
    r"|\b(?:on|last) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    # ...or a bare weekday after the event, as in US English: "had his first seizure Tuesday"
    # (round 21; "since Tuesday" is a duration)
    r"|(?<!since )(?<!from )(?<!until )(?<!till )\b(?:monday|tuesday|wednesday|thursday|friday"
    r"|saturday|sunday)\b"
    # ...or a month: "keeled over at my wedding in june, he was fine after"
    r"|\bin (?:january|february|march|april|june|july|august|september|october|november"
    r"|december)\b"
    # ...or a day just gone (round 20): "passed out at her graduation yesterday, she's fine"
    r"|\b(?:at|over) the weekend\b|\blast weekend\b|\byesterday\b|\blast night\b"
    r"|\bthe other day\b"
    # ...or a season (round 27): "had this thing in the summer where she couldn't swallow"
    r"|\b(?:in|over|during) the (?:summer|winter|spring|autumn|fall|holidays)\b"
    # ...told without "the" (round 56: "went lopsided with Bell's palsy in spring")
    r"|\b(?:in|over|during) (?:summer|winter|spring|autumn)\b"
    # round 59: "was diagnosed with myasthenia last year ... doing well on tablets now"
    r"|\blast (?:year|spring|summer|autumn|winter)\b|\b(?:a|one|two|three|four|five|\d+) years? ago\b"
    # round 67: "had a mini-stroke last week and is home again"
    r"|\blast week\b|\b(?:a|one|two|three|four|\d) weeks? ago\b")
# ...or over in words that take days or weeks, which need no date (round 27): "my grandad had a
# stroke, he's recovering", "she had a scope and it's all sorted now" ("he's fine now" may be
# minutes after it, so "fine" still needs a date)
LONG_OVER = re.compile(r"\b(?:he|she|they)(?:'s|'re| is| are) (?:[\w']+ ){0,2}?recovering\b"
                       r"|\bon the mend\b|\b(?:doing|in|out of) rehab\b|\bfully recovered\b"
                       r"|\bmade a (?:full |good )?recovery\b|\b(?:all )?sorted (?:now|out)\b"
                       r"|\bit'?s all sorted\b"
                       # ...or walking with an aid since (round 67: "had a stroke in March and
                       # walks with a frame now")
                       r"|\b(?:walks|walking|gets about|gets around|getting about|getting around)"
                       r" with (?:a|her|his|their) (?:zimmer |walking )?(?:frame|stick|cane|walker"
                       r"|rollator)\b"
                       # ...or gone into care since (round 34): "she's in a home now"
                       # (not a shop: "collapsed in a home improvement store")
                       r"|\b(?:(?:he|she|they)(?:'s| is|'re| are| has been| have been)|went|moved"
                       r"|put (?:him|her|them)) (?:now )?in(?:to)? a (?:care |nursing |residential )?"
                       r"home\b|\bin a (?:care |nursing |residential )?home now\b"
                       # ...none since (round 30: "he's on tablets now and hasn't had one since")
                       r"|\b(?:hasn'?t|has not|haven'?t|have not) had (?:one|another|any)"
                       r"(?: more)? since\b"
                       # ...or its cause found by a doctor: "Doctor says the double vision was
                       # from my sugar" (round 30)
                       r"|\b(?:doctors?|gp|consultant|neurologist|specialist)s? (?:says|said"
                       r"|thinks|thought)\b[^.;!?]{0,40}?\bwas (?:from|due to|caused by"
                       r"|because of)\b")
AGE_NOW = re.compile(r"\b(?:he|she|they)(?:'s|s| is|'re| are) (?:\d{1,2}|a teenager|an adult"
                     r"|grown up) now\b")


# A relative's first episode told as an event ("her first seizure happened in her exams"), unless
# the sentence says it is now ("his first fit was ten minutes ago")
FIRST_BEFORE = re.compile(r"\bfirst\s+(?:\w+\s+)?$")
HAPPENED_AFTER = re.compile(r"\s+(?:happened|occurred|was|came|started|began)\b")
# ...or a past habit: "he choked on his food a lot after his stroke"
HABIT_AFTER = re.compile(r"^\s+(?:[\w']+\s+){0,4}?(?:a lot|all the time|often|every day"
                         r"|regularly|constantly|most days)\b")


FINE_AGAIN = re.compile(r"\b(?:she|he|they)(?:'s|s| is| are|'re| was| were| seemed| seems)\s+"
                        r"(?:absolutely\s+|totally\s+|completely\s+|perfectly\s+|all\s+|back to\s+)?"
                        r"(?:fine|ok|okay|alright|all right|normal|herself|himself|themselves)\b"
                        r"(?!\s+(?:before|until|till|earlier|this morning|yesterday|but|except)\b)")
TURNED_OUT = re.compile(r"\b(?:it |that |which )?turned out (?:to be|it was)\b|\bin the end it was\b")


def _relative_past_or_habit(m: Mention, low: str, sentence: "tuple[int, int]",
                            next_end: int) -> bool:
    """`next_end`: where the next sentence ends (a recovery may be told there)."""
    if not (m.asserted and m.kind in ("symptom", "red_flag") and m.experiencer == "other"):
        return False
    before = low[max(sentence[0], m.start - 60):m.start]
    if AFTER_THEIR.search(before) or LEFT_THEM.match(low, m.end):
        return True
    if (FIRST_BEFORE.search(before) and HAPPENED_AFTER.match(low, m.end)
            and not NOW_CUE.search(low, sentence[0], sentence[1])):
        return True
    # a faint of theirs told in the past, then said to be over, even today (round 47: "my
    # daughter fainted in assembly today. The school nurse said she's fine"); never a fit: a
    # first one needs help even when the person seems well after it
    if (m.value == "loss_of_consciousness" and _told_in_past(m, low, sentence)
            and FINE_AGAIN.search(low, m.end, next_end)):
        return True
    clause = _clause(low, m.start, m.end, sentence)
    if NOW_TIME_CUE.search(clause):
        return False
    # a sign of theirs whose cause was found, told in the same sentence (round 47: "my sister
    # waited fourteen months for a neurologist for her hand weakness and it turned out to be a
    # trapped nerve")
    if TURNED_OUT.search(low, m.end, sentence[1]):
        return True
    # an event of theirs told as theirs: "when he had his stroke" (round 24), or as the subject
    # of a past verb, with the signs after it: "Dad's stroke started with slurred voice notes"
    # (round 25)
    if m.kind == "red_flag" and THEIR_EVENT.match(low, m.start):
        return True
    event = POSSESSED_PAST_EVENT.search(low, sentence[0], sentence[1])
    if event and event.start() <= m.start:
        return True
    if _told_in_past(m, low, sentence) and HABIT_AFTER.match(_up_to_break(low[m.end:sentence[1]])):
        return True
    words = low[m.start:m.end]
    # ...or "had" with a plural, in the sign's words or just before it (round 54: "Grandad had
    # fits", "Grandpa had seizures")
    if HABIT_BEFORE.search(before) or (
            HABIT_PLURAL_BEFORE.search(before) and words.endswith("s")
            and not ALWAYS_PLURAL.search(words)) or (
            (words.startswith("had ") or HAD_JUST_BEFORE.search(before))
            and words.endswith("s") and not words.endswith("ss")
            and not NOW_TIME_CUE.search(low[sentence[0]:m.end] + _up_to_break(
                low[m.end:sentence[1]]))
            and not RECENT_HOURS.search(low, sentence[0], sentence[1])):
        # ...unless one is happening: "he gets seizures and he's having one now"
        return not ONE_NOW.search(low, sentence[0], sentence[1])
    # told in the past tense, or retold: "he says the headache was the worst of his life"
    past = _told_in_past(m, low, sentence) or bool(RETOLD.search(low, sentence[0], m.start))
    words = low[sentence[0]:sentence[1]]
    # ...said to be over in the same sentence or the next: "...on Saturday. He's home now"
    settled = low[sentence[0]:next_end]
    if past and RECOVERED.search(settled) and (DATED_BY.search(words)
                                               or AGE_NOW.search(settled)):
        return True
    if past and LONG_OVER.search(settled):
        return True
    # ...or dated two months back or more (round 34: "wifes sister in cork had a stroke in june")
    if past and _months_back(words) and not NOW_CUE.search(low, sentence[0], sentence[1]):
        return True
    # ...or dated by a past year and over, whatever the tense (round 26: "my abuela has a stroke
    # in 2019, her face falls and she cannot talk, now she is ok with the therapy")
    # (round 59: or "last year", "three years ago": "diagnosed with myasthenia last year, with
    # droopy lids and seeing double by the evening, and she's doing well on tablets now")
    if (PAST_YEAR.search(words) or YEARS_BACK.search(words)) and RECOVERED.search(settled):
        return True
    # ...or dated two months back or more and over, in a note with no verb (round 58: "Nonno in
    # Naples: Bell's palsy in June, face normal again")
    if (_months_back(words) and RECOVERED.search(settled)
            and not NOW_CUE.search(low, sentence[0], sentence[1])):
        return True
    # ...or had "before": "Lolo had stroke before" (round 26)
    if HAD_BEFORE_THAT.match(low, m.end) and (HAD_JUST_BEFORE.search(low, sentence[0], m.start)
                                              or low.startswith("had ", m.start)):
        return True
    # an anchor followed by a time of today is no past ("had a stroke at 10 this morning")
    anchors = [*PAST_ANCHOR.finditer(low, sentence[0], sentence[1]),
               *PAST_TIME.finditer(low, sentence[0], sentence[1])]
    return past and any(not NOW_CUE.search(SPAN_TO_NOW.sub("", _rest_of_clause(low, a.end(),
                                                                            sentence)))
                        for a in anchors)


def _rest_of_clause(low: str, start: int, sentence: "tuple[int, int]") -> str:
    """The words after `start` up to the end of its clause, at most 25 characters: what says
    when an anchor was ("at 10 this morning"), not the next clause ("at 60 and I'm 58 now")."""
    return _up_to_break(low[start:min(sentence[1], start + 25)])


# ...or is the subject of a past verb: "Dad's stroke was at 61" (round 23)
# (or "the whole right side of his face dropped"; round 28)
PAST_AFTER = re.compile(r"^\s+(?:was|were|happened|occurred|came|hit|struck|got|took|left|\w+ed"
                        r"|started|began)\b")


def _told_in_past(m: Mention, low: str, sentence: "tuple[int, int]") -> bool:
    """The mention is a past-tense phrase ("drooped", "had a stroke"), follows a past verb
    ("was confused", "couldn't swallow") or is the subject of one ("his stroke was at 61")."""
    return bool(PAST_FORM.match(low[m.start:m.end]) or PAST_INSIDE.search(low[m.start:m.end])
                or PAST_BEFORE.search(low[max(sentence[0], m.start - 60):m.start])
                or PAST_AFTER.match(low[m.end:m.end + 12]))


# The user's own past: a time long gone in the sentence, or one it has not come back since
# ("nothing since", "never again", "15 yrs clear now"): then the words of how it began are the
# story's ("I had a fit out of nowhere, scans were clear and nothing since")
# (not a thing "gone to nothing since summer", round 34)
CLOSED_SINCE = (r"(?<!\bto )\bnothing (?:like (?:it|that) |at all |else |more )?since\b|\bnever again\b|\bnot since\b"
                r"|\bnone since\b|\b(?:\d+|a few|many) (?:yrs|years) clear\b|\ball clear since\b"
                # round 67: "One fit at nineteen, none in ten years of barbering"
                r"|\b(?:none|not one|not another) (?:in|for) (?:the (?:last|past) )?(?:[\w-]+ ){1,2}?"
                r"(?:years|yrs|decades)\b"
                r"|\b(?:all|been|totally|completely) (?:fine|good|ok|okay|well) (?:ever )?since\b"
                # round 70: "I've been completely fine since"
                r"|\bbeen (?:completely|totally|perfectly|absolutely) (?:fine|good|ok|okay|well)"
                r" (?:ever )?since\b"
                r"|\bfine ever since\b"
                # round 59: "Half my face froze in freshers' week (Bell's), long gone"
                r"|\blong (?:gone|since gone|over|healed|cleared)\b"
                # round 51: "called it RCVS, and it never came back"
                r"|\b(?:it|they|that|this) (?:never|has never|hasn'?t|has not|didn'?t) (?:came|come)"
                r" back\b")
OWN_PAST_ANCHOR = re.compile(
    CLOSED_SINCE + r"|\bneonatal\b|\bas a newborn\b|\bwhen i was born\b"
    r"|\bas a (?:kid|child|teen(?:ager)?|baby|toddler|student)\b"
    # round 26: "had fits in childhood, stopped at 10"
    r"|\bin (?:my )?(?:childhood|infancy|teens|school days)\b"
    # a school year: "once had a seizure in year 9" (round 23)
    r"|\bin (?:year|grade|form|primary|p) ?\d{1,2}\b|\bi once had\b"
    r"|\bwhen i was (?:a (?:kid|child|teen(?:ager)?|student)|younger|little|small|\d{1,2})\b"
    r"|\b(?:at|in) (?:uni|university|college|school|high school)\b"
    # an age then beside an age now (round 32): "at 14; now 70"
    r"|\bat (?:age )?\d{1,2}\b(?=[^.!?]{0,30}?\bnow (?:i'?m |aged? )?\d{2}\b)"
    # a time of life (round 16): "back when I lived in Leeds", "before my hip op", "in my first
    # pregnancy", "the winter the kids were little"
    r"|\bback when\b|\bwhen i (?:lived|worked|was living|was working) (?:in|at)\b"
    r"|\bbefore my (?:\w+ )?(?:op|operation|surgery|wedding|divorce|retirement)\b"
    r"|\bin my (?:first|second|third|last|earlier) pregnancy\b"
    r"|\bthe (?:winter|summer|spring|autumn|year) (?:the kids|my kids|we|i) (?:were|was|moved"
    r"|lived|got)\b")


IT_IS_OVER = re.compile(r"\bit'?s (?:all )?over\b|\bsince then\b[^.;!?]{0,40}?\b(?:normal|fine|ok"
                        r"|okay|no problems?)\b|\b(?:all|been) (?:fine|good|normal) since\b")


# ...years back, or closed ("fine ever since"): there a sign with no verb of its own is past too
# ("in 2014, concussion from a car crash, sick for a day, fine ever since"), not one told with
# a verb of now ("in 2019 I had a stroke and my arm is weak")
# (round 61: "last season", a fishing or sports season gone, as "last year")
YEARS_BACK = re.compile(r"\b(?:in|back in) (?:19|20)\d\d\b|\blast year\b|\blast season\b"  # round 35
                        # round 63: "last quarter a server rail caught me on the temple"
                        r"|\blast quarter\b"
                        # round 70: "Last winter I slipped on the icy steps ... and cracked my head"
                        r"|\blast (?:winter|summer|spring|autumn|fall)\b"
                        # a year after a day, a month or a season (round 56: "Christmas Eve
                        # 2015, working the toy shop till, I got the worst headache of my life")
                        r"|\b(?:(?:christmas|xmas|easter|new year's|boxing)(?: eve| day| sunday| monday| weekend)?|summer"
                        r"|winter|spring|autumn|" + "|".join(durations.MONTHS)
                        + r")(?: of)? (?:19|20)\d\d\b"
                        # ...or a year naming the event (round 56: "after a 1998 rugby knock")
                        r"|\b(?:a|an|the|that|my) (?:19|20)\d\d\b(?!\s*(?:[-/:]|am\b|pm\b))"
                        r"|\b(?:\d+|a few|many|several|some|two"
                        r"|three|four|five|ten) (?:years?|yrs|decades?) (?:ago|back)\b"
                        # a year or more told in seasons (round 27): "two summers ago"
                        r"|\b(?:[2-9]|two|three|four|five|a few|several|many) (?:summers|winters"
                        r"|seasons) (?:ago|back)\b")
OVER_THE_PAST = re.compile(r"\b(?:over|in|during|for|across) (?:the|these) (?:past|last) (?:\w+ )?"
                            r"(?:days?|weeks?|months?|year)\b")
PRESENT_VERB = re.compile(r"\b(?:is|are|am|isn't|isnt|aren't|arent|has|have|keeps?|can|can't|cant"
                          r"|cannot|feels?|gets?|getting|still|now)\b|'m\b|'re\b|'ve\b")


@functools.lru_cache(maxsize=1)
def _row_partners() -> dict:
    """For each symptom, the symptoms it makes a red flag with (bot/knowledge/red_flags.yml)."""
    from bot.kb import get_kb

    partners: dict = {}
    for flag in get_kb().red_flags.values():
        for row in flag.rows:
            for symptom in row:
                partners.setdefault(symptom, set()).update(set(row) - {symptom})
    return partners


# ...or a month two or more months back: "In January my GP added tramadol and I ended up in A&E"
# (round 20; "in October" in November may be recent, "in 2025" is read by YEARS_BACK)
# ...nor does an age now (round 32: "knocked out by a cricket ball at 14; now 70")
NOT_NOW = re.compile(r"\bnot (?:today|now|right now|at the moment|this time)\b"
                     r"|\bnow (?:i'?m |aged? )?\d{2}\b(?! ?(?:min|mins|minutes|secs|seconds|%|am|pm))")
# (a month may be cut short: "in Feb", "in Sept"; round 49)
IN_MONTH = re.compile(r"\bin (?:early |late |mid[- ]|the middle of |the end of )?(?P<month>"
                      + "|".join(m for m in durations.MONTHS if m != "may")
                      + r"|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b\.?(?!\s+(?:19|20)\d\d)")


def _month_number(name: str) -> int:
    """0 for January ... 11 for December, from a month's name or its first letters."""
    return next(k for k, month in enumerate(durations.MONTHS) if month.startswith(name[:3]))


def _months_back(words: str, today: "dt.date | None" = None) -> List[int]:
    """Where `words` name a month two or more months back (none: an empty list)."""
    today = today or dt.date.today()
    return [m.start() for m in IN_MONTH.finditer(words)
            if (today.month - _month_number(m.group("month")) - 1) % 12 >= 2]


def _blank(pattern: "re.Pattern[str]", words: str) -> str:
    """`words` with every match of `pattern` turned to spaces (offsets kept)."""
    return pattern.sub(lambda m: " " * len(m.group()), words)


THAT_TIME = re.compile(r"\bthat (?:night|day|evening|afternoon|morning|week)\b|\bat the time\b"
                       r"|\bthe (?:next|following) (?:day|morning)\b")


def _own_past(mentions: List[Mention], text: str, sentences: List["tuple[int, int]"]
              ) -> List[Mention]:
    """The user's own symptom told in the past tense in a sentence anchored long ago, with no
    word of now in it ("got concussed at uni ages ago, was confused for a day back then") is
    their history. Kept current when a sign it makes a red flag with is current elsewhere in
    the message: "I hit my head 3 weeks ago. Now I'm confused" still needs a doctor today."""
    low = text.lower()
    past: List[int] = []
    before_long_gone = False  # the sentence before was set long ago
    for n, sentence in enumerate(sentences):
        words = low[sentence[0]:sentence[1]]
        months_at = [sentence[0] + at for at in _months_back(words)]
        months_back = bool(months_at)
        # (round 70: "Last winter I ... cracked my head on the concrete. I was sick and confused
        # for a bit that night": a sentence that points back to that time is set then too)
        told_then = before_long_gone and THAT_TIME.search(words)
        long_gone = YEARS_BACK.search(words) or OWN_PAST_ANCHOR.search(words) or told_then
        before_long_gone = bool(long_gone)
        other_anchor = (PAST_ANCHOR.search(words) or PAST_TIME.search(words)
                        or OWN_PAST_ANCHOR.search(words) or told_then)
        anchored = other_anchor or months_back
        if not anchored:
            continue
        # (closed in the sentence or the next: "...out of nowhere, the worst I'd ever had. Nothing
        # like it since"; round 57)
        closed_then = words + " " + (low[slice(*sentences[n + 1])] if n + 1 < len(sentences) else "")
        now_cue = NOW_TIME_CUE if re.search(CLOSED_SINCE, closed_then) else NOW_CUE
        # "this was last year, not today" denies the now (round 20); blanks keep the offsets
        now = now_cue.search(_blank(NOT_NOW, _blank(SPAN_TO_NOW, words)))
        if now:
            # ...and a sentence that goes on to now keeps the past told before it, after a year
            # long gone: "in 2020 my legs were weak for months, but I walk miles now" (round 21)
            # ...or a sign told in the past and said to be over before the now: "last Saturday
            # a bone got stuck and I couldn't swallow ... since then I'm eating totally normal,
            # it's over, but now my lip twitches" (round 29)
            year = YEARS_BACK.search(words)
            since = sentence[0] + (year.end() if year else 0)
            now_at = sentence[0] + now.start()
            for k, m in enumerate(mentions):
                if (since <= m.start and m.end <= now_at and m.asserted
                        and m.experiencer == "user" and m.kind in ("symptom", "red_flag")
                        and _told_in_past(m, low, sentence)
                        and (year or IT_IS_OVER.search(low, m.end, now_at))):
                    past.append(k)
            continue
        for k, m in enumerate(mentions):
            if not (sentence[0] <= m.start < sentence[1] and m.asserted
                    and m.experiencer == "user" and m.kind in ("symptom", "red_flag")):
                continue
            clause = _clause(low, m.start, m.end, sentence)
            # a clause told over a span up to now, with no anchor of its own, goes on now
            # (round 46: "over the past six weeks my hand has got steadily weaker, and last
            # week I couldn't grip the baton")
            if OVER_THE_PAST.search(clause) and not (
                    PAST_ANCHOR.search(clause) or PAST_TIME.search(clause)
                    or OWN_PAST_ANCHOR.search(clause)):
                continue
            # a month dates the signs after it, or in its clause ("right calf 34.5 cm, left 37
            # cm; equal in September" is a change since; round 23)
            if (months_back and not other_anchor
                    and not (any(at < m.start for at in months_at) or IN_MONTH.search(clause))):
                continue
            if _told_in_past(m, low, sentence) or ((long_gone or months_back)
                                                   and not PRESENT_VERB.search(clause)):
                past.append(k)
    if not past:
        return mentions
    partners = _row_partners()
    current = {str(m.value) for k, m in enumerate(mentions)
               if k not in past and m.asserted and m.kind == "symptom"}
    out = list(mentions)
    for k in past:
        if not partners.get(str(out[k].value), set()) & current:
            out[k] = replace(out[k], historical=True)
    return out


# A lasting sign of the user's told as unchanged for long is an old deficit, not a new one: "my
# left hand is still a bit clumsy, exactly as it's been since rehab finished", "the tremor is the
# same as ever" (round 15). Only the lasting signs a known illness explains, and never with a
# word of change in the sentence ("same as ever but now my face has dropped").
UNCHANGED = re.compile(
    # ...or normal for the user since birth (round 18): "sits slightly lower, which is normal for
    # me, it's been like that in every photo since I was a baby"
    r"\bnormal for me\b|\balways been like (?:that|this)\b|\bsince (?:i was a baby|birth"
    r"|childhood)\b|\bin every (?:photo|picture)\b"
    r"|\b(?:as|like) (?:it|they|she|he)(?:'s|'ve| has| have) (?:always )?been (?:since|for)\b"
    r"|\bsame as (?:ever|always|it's always been|it has always been|for years)\b"
    r"|\b(?:unchanged|no different|not changed|hasn't changed|hasnt changed|hasn't got worse"
    r"|not got worse) (?:since|for|in)\b|\bas it has been for (?:years|months)\b")
CHANGE_WORDS = re.compile(r"\b(?:new|newly|worse|worsening|sudden(?:ly)?|different now|again"
                          r"|today|tonight|this morning|just now|spread(?:ing)?"
                          # a sign that is changing beside it (round 28): "Tremor same as ever,
                          # but my left arm's weakening over 3 weeks"
                          r"|weaken(?:ing|ed|s)?|weaker|thinner|wasting|shrinking|declining"
                          r"|deteriorat\w*"
                          # round 49: "in every photo my left upper eyelid sits lower ... and it
                          # has drooped a bit more each day since"
                          r"|more (?:each|every) (?:day|week)|more and more)\b")


def _unchanged_signs(mentions: List[Mention], text: str, sentences: List["tuple[int, int]"]
                     ) -> List[Mention]:
    return _own_signs_past_in(
        mentions, text, sentences,
        lambda words: bool(UNCHANGED.search(words)) and not CHANGE_WORDS.search(words),
        EXPLAINED_BY_DIAGNOSIS)


# A sign told in the past, put down to drink or play, and said to be normal again later in the
# message is over: "she asked why I was slurring ... I'd had five glasses of champagne ... this
# morning my speech is completely normal", "her mouth pulled down ... she was copying a cartoon
# pirate ... her face is completely normal" (round 25). Never without the everyday reason: a
# stroke sign that passes is still an emergency (a TIA). Each sign with the words that say it is
# normal now.
EVERYDAY_REASON = re.compile(r"\b(?:drunk|drinking|pints?|glasses of \w+|champagne|prosecco|wine"
                             r"|beers?|vodka|shots|hangover|hungover|tipsy|pretending|copying"
                             # round 41: "seeing double ... after way too much gin"
                             r"|gin|whisky|whiskey|rum|tequila|cocktails?|booze|alcohol"
                             r"|pulling (?:a )?faces?|messing about|mucking about|hamming it up"
                             r"|joking"
                             # round 55: an eye that ran red from an irritant ("onion prep: eyes
                             # streamed red, cleared outside")
                             r"|onions?|smoke|smoky|chlorine|chill?i|chillies|bleach|fumes|shampoo"
                             r"|sun ?cream|hairspray"
                             # round 56: words lost to a hot crisp ("ghost-pepper crisps ...
                             # couldn't speak for a minute ... Fine now")
                             r"|peppers?|wasabi|hot sauce|spicy)\b")
FACE_NORMAL = re.compile(r"\b(?:face|smile|mouth)(?: is|'s| looks?| seems?)? (?:now |completely "
                         r"|totally |perfectly |back to )?(?:normal|fine|even)\b")
NORMAL_AGAIN = {
    "facial_weakness": FACE_NORMAL,
    "drooping_eyelid": FACE_NORMAL,
    "spreading_face": FACE_NORMAL,
    "facial_weakness_or_droop": FACE_NORMAL,
    "speech_trouble": re.compile(r"\b(?:speech|talking|voice|words)(?: is|'s| are| sounds?| seems?)?"
                                 r" (?:now |completely |totally |perfectly |back to )?(?:normal|fine"
                                 r"|clear|ok|okay)\b"
                                 # ...or "Fine now" opening the next sentence
                                 r"|(?<=[.!?] )(?:all )?fine (?:now|again)\b"),
    "breathing_trouble": re.compile(r"\bbreathing(?: is|'s)? (?:now |completely |totally |back to )?"
                                    r"(?:normal|fine|ok|okay)\b"),
    # round 41: "seeing double the night of my 21st after way too much gin, gone by the morning"
    "double_vision": re.compile(r"\b(?:gone|went away|cleared|passed|fine|normal) by (?:the )?"
                                r"(?:morning|next day|lunch|breakfast)\b|\b(?:vision|eyes|sight)"
                                r"(?: is|'s| are)? (?:now |completely |back to )?(?:normal|fine)\b"
                                r"|\bseeing single\b"),
    "red_eye": re.compile(r"\b(?:cleared|cleared up|settled|went away|gone|faded|calmed down|back to"
                          r" normal|fine again)\b"),
}


def _normal_again(mentions: List[Mention], text: str, sentences: List["tuple[int, int]"]
                  ) -> List[Mention]:
    low = text.lower()
    if not EVERYDAY_REASON.search(low):
        return mentions
    out = list(mentions)
    for k, m in enumerate(out):
        normal = NORMAL_AGAIN.get(str(m.value))
        sentence = sentence_at(m.start, sentences)
        if not (normal and sentence and m.asserted and m.kind in ("symptom", "red_flag")):
            continue
        later = normal.search(low, m.end)
        # told in the past, or in a sentence before the one that says it is normal now
        if later and (_told_in_past(m, low, sentence) or later.start() >= sentence[1]) and not (
                DENIED_NORMAL.search(low, max(0, later.start() - 12), later.start())):
            out[k] = replace(m, historical=True)
    return out


DENIED_NORMAL = re.compile(r"\b(?:not|isn't|isnt|never|no longer)\b[^.;!?]*$")


# A choking told in the past and cleared in the same sentence is over: "choked on my pint, coughed
# for a minute, fine", "choked on a piece of steak and needed back slaps, he's fine". Not when
# the sentence says it goes on ("choked on a grape and still can't breathe").
CHOKED = re.compile(r"^chok(?:ed|ing on)\b")
CLEARED = re.compile(r"\b(?:coughed|came (?:back )?up|came out|cleared|dislodged|went down"
                     r"|fine)\b")


def _cleared_choking(mentions: List[Mention], text: str, sentences: List["tuple[int, int]"]
                     ) -> List[Mention]:
    low = text.lower()
    out = list(mentions)
    for k, m in enumerate(out):
        sentence = sentence_at(m.start, sentences)
        if not (sentence and m.asserted and m.kind in ("symptom", "red_flag")
                and CHOKED.match(low[m.start:m.end]) and _told_in_past(m, low, sentence)):
            continue
        after = low[m.end:sentence[1]]
        if (CLEARED.search(after) or RECOVERED.search(after)) and not NOW_TIME_CUE.search(
                low, sentence[0], sentence[1]):
            out[k] = replace(m, historical=True)
    return out


# ...or a body part that went or turned so (round 56: "Auntie's face went crooked")
BECAME = re.compile(r"^\s*(?:went|got|became|turned|looked|seemed)(?:\s+(?:all|a bit|a little|very"
                    r"|quite|really))?\s*$")


def _history_subjects(mentions: List[Mention], text: str) -> List[Mention]:
    """A body part that is the subject of someone's past symptom is their history too: in "his
    face drooped" the face is not one of the user's twitch sites."""
    out = list(mentions)
    for k, mention in enumerate(out[:-1]):
        following = out[k + 1]
        if (mention.kind == "body_part" and mention.asserted
                and following.kind in ("symptom", "red_flag") and following.historical
                and following.experiencer == "other"
                and (not text[mention.end:following.start].strip()
                     or SUBJECT_LINK.match(text[mention.end:following.start].lower())
                     or BECAME.match(text[mention.end:following.start].lower()))):
            out[k] = replace(mention, historical=True, experiencer="other")
    return out


def _relative_with_diagnosis(mentions: List[Mention], sentence: "tuple[int, int]") -> bool:
    """A relative's named illness in the sentence, or an event of theirs that is over ("after
    his stroke")."""
    return any((m.kind == "condition" or (m.kind == "red_flag" and m.historical))
               and m.experiencer == "other" and not m.negated
               and not m.hypothetical and sentence[0] <= m.start < sentence[1]
               for m in mentions)


# ...and so is every sign told of someone who has since died, when the death is dated: "my grandad
# had trouble swallowing towards the end. He died in 2019." (round 18; never "I thought he
# died, he's not breathing")
DIED = re.compile(r"\b(?:he|she|they|who) (?:died|passed away|passed on)\s+(?:in (?:19|20)\d\d|last"
                  r" (?:year|month|week)|(?:\w+ )?(?:years?|months?) ago|a (?:few |couple of )?"
                  r"(?:years?|months?) ago)\b")


# A past time inside what a sign is about dates that thing, not the sign (round 62: "he's
# talking nonsense about stock we sold last year"): ConText reads "last year" both ways and
# makes the sign past, though its own words are present ("he's talking", "now confused")
SIGN_NOW_BEFORE = re.compile(r"(?:\b(?:is|are|am|keeps?|now|still)|'s|'re|'m)\s+(?:\w+\s+)?$")
TOPIC_DATED = re.compile(r"\s+(?:about|over|regarding)\b[^.;!?,]{0,50}?\b(?:last (?:year|week|month"
                         r"|season|summer|winter|spring|autumn|christmas)|\w+ (?:years?|months?)"
                         r" ago|in (?:19|20)\d\d)\b")


def _topics_dated(mentions: List[Mention], text: str) -> List[Mention]:
    low = text.lower()
    return [replace(m, historical=False) if (
        m.historical and m.kind == "symptom" and TOPIC_DATED.match(low, m.end)
        and SIGN_NOW_BEFORE.search(low[max(0, m.start - 20):m.start])) else m for m in mentions]


def _others_past(mentions: List[Mention], text: str, sentences: List["tuple[int, int]"]
                 ) -> List[Mention]:
    """Someone else's symptom told in the past simple ("had bell's palsy", "her face drooped")
    in a sentence that says it lasted weeks or longer is their history, unless its own clause
    says it is now; so is a lasting sign of someone else's named illness in the same sentence
    (EXPLAINED_BY_DIAGNOSIS), unless its clause says it is new. The user's own words are left
    alone."""
    out = list(mentions)
    died = DIED.search(text.lower())
    # (a death told just after a sign, of the person it names, is no end of the person with the
    # sign: "she keeps asking for my dad, who died years ago"; round 55)
    if died and not any(m.kind in ("symptom", "red_flag") and m.start <= died.start() <= m.end + 30
                        and not re.search(r"[.;!?]", text[m.end:died.start()]) for m in mentions):
        # only the signs told before the death ("my dad died in 2019 and my mum has just
        # collapsed" keeps mum's collapse)
        out = [replace(m, historical=True) if m.experiencer == "other" and m.asserted
               and m.kind in ("symptom", "red_flag") and m.start < died.start() else m
               for m in out]
    low = text.lower()
    for n, sentence in enumerate(sentences):
        next_end = sentences[n + 1][1] if n + 1 < len(sentences) else sentence[1]
        for k, m in enumerate(out):
            if sentence[0] <= m.start < sentence[1] and _relative_past_or_habit(m, low, sentence,
                                                                                next_end):
                out[k] = replace(m, historical=True)
        # A lasting sign of a relative is explained by their named illness in the sentence, or
        # they "had" it as part of one: "my father had muscle wasting in his legs" (an episode
        # they "had" may be minutes ago, see below)
        diagnosed = _relative_with_diagnosis(out, sentence)
        in_care = LONG_TERM_CARE.search(low, sentence[0], sentence[1])
        if (diagnosed and not FIRST_PERSON_WORD.search(low, sentence[0], sentence[1])
                and not NEW_NOT_NOW_CUE.search(low, sentence[0], sentence[1])):
            # ...and in a sentence about them with no word of the user's, nor of something new,
            # the signs are theirs too: "Aunt in Toronto has myasthenia, droopy lids." (round 28)
            out = [replace(m, experiencer="other") if sentence[0] <= m.start < sentence[1]
                   and m.kind == "symptom" and m.asserted else m for m in out]
        for k, m in enumerate(out):
            if not (sentence[0] <= m.start < sentence[1] and m.asserted and m.kind == "symptom"
                    and m.experiencer == "other"):
                continue
            clause = _clause(low, m.start, m.end, sentence)
            if (NEW_NOT_NOW_CUE if diagnosed else NEW_CUE).search(clause):
                continue
            if (m.value in EXPLAINED_BY_DIAGNOSIS and (
                    diagnosed or HAD_BEFORE.search(low[sentence[0]:m.start]))) or (
                    LASTING_DECLINE.search(clause) and (diagnosed or in_care)):
                out[k] = replace(m, historical=True)
        if not LONG_SPAN.search(low[sentence[0]:sentence[1]]):
            continue
        for k, m in enumerate(out):
            if not (sentence[0] <= m.start < sentence[1] and m.asserted
                    and m.kind in ("symptom", "red_flag") and m.experiencer == "other"):
                continue
            before = low[sentence[0]:m.start]
            words = m.text.lower().split()
            past = bool(HAD_BEFORE.search(before)) or (
                bool(words) and words[0].endswith("ed") and not AUX_BEFORE.search(before))
            if past and not NOW_CUE.search(_clause(low, m.start, m.end, sentence)):
                out[k] = replace(m, historical=True)
    return _same_event_again(out, low, sentences)


# a new event of the same kind is told as one ("he's having another stroke", "again now")
ANOTHER = re.compile(r"\b(?:another|again|second|new)\b")
# (with the "'s" of "he's jerking")
NOW_VERB = re.compile(PRESENT_VERB.pattern + r"|'s\b")


def _same_event_again(mentions: List[Mention], low: str, sentences: List["tuple[int, int]"]
                      ) -> List[Mention]:
    """Someone else's red flag named again after it was told as their past is that past event
    (round 46: "my dad had a stroke at 58, years ago now ... should I mention Dad's stroke to
    OH?"), unless its clause tells a new one or says it is now; so is their past fit described in
    its own sentence with no verb of now."""
    out = list(mentions)
    for k, m in enumerate(out):
        if not ((m.kind == "red_flag" or (m.kind == "symptom" and m.value == "seizure"))
                and m.experiencer == "other" and m.asserted):
            continue
        sentence = sentence_at(m.start, sentences) or (m.start, m.end)
        # a fit described in the sentence of the fit, with no verb of now (round 53: "Our boy had
        # a febrile fit last month, on the rug: stiff, then jerking for a minute")
        told = any(e.kind == m.kind and e.value == m.value and e.experiencer == "other"
                   and e.historical and e.end <= m.start and (
                       m.kind == "red_flag" or sentence[0] <= e.start) for e in out[:k])
        clause = _clause(low, m.start, m.end, sentence)
        if told and not (ANOTHER.search(clause) or NOW_CUE.search(clause)
                         or (m.kind == "symptom" and NOW_VERB.search(clause))):
            out[k] = replace(m, historical=True)
    return out


# A febrile fit is a small child's: someone else's, told in the past in its clause with no time of
# now, is their past (round 53: "my little brother had a febrile fit at 2", "Daughter's one
# febrile fit was at 2; she's 9 and thriving")
FEBRILE = re.compile(r"^febrile\b")
PAST_TOLD = re.compile(r"\b(?:had|was|were)\b")


def _febrile_fits_past(mentions: List[Mention], text: str, sentences: List["tuple[int, int]"]
                       ) -> List[Mention]:
    low = text.lower()
    out = list(mentions)
    for k, m in enumerate(out):
        sentence = sentence_at(m.start, sentences)
        if not (sentence and m.kind == "symptom" and m.value == "seizure" and m.asserted
                and m.experiencer == "other" and FEBRILE.match(m.text.lower())):
            continue
        clause = _clause(low, m.start, m.end, sentence)
        if PAST_TOLD.search(clause) and not NOW_TIME_CUE.search(clause):
            out[k] = replace(m, historical=True)
    return out


# A sign told in the past and said to be sorted in its own sentence is over (round 53:
# "Breathless with anaemia after the birth, months ago, sorted now")
SORTED_NOW = re.compile(r"\b(?:(?:sorted|resolved|fixed|treated|cleared up|cleared|gone|better"
                        r"|fine)\s+(?:out\s+)?now|all sorted|long gone|long since gone"
                        # round 54: "Bell's palsy ..., 2019; face came back fully"
                        r"|came (?:all the way )?back (?:fully|completely|totally|100 ?%)"
                        r"|(?:fully|completely) (?:recovered|came back)|recovered (?:fully|completely)"
                        r"|made a (?:full|complete) recovery)(?!\w)")
PAST_AGO = re.compile(r"\b(?:weeks|months|years|ages|a while) (?:ago|back)\b")
NOT_SINCE = re.compile(r"\W*(?:not|never|none|nothing|not once|not one)(?: \w+)? since\W*$")
# ...or a year before this one, bare ("with my first, 2019")
YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _a_past_year(words: str) -> bool:
    return any(int(year.group()) < dt.date.today().year for year in YEAR.finditer(words))


def _sorted_since(mentions: List[Mention], text: str, sentences: List["tuple[int, int]"]
                  ) -> List[Mention]:
    low = text.lower()

    def dated_past(s: "tuple[int, int]") -> bool:
        return bool(PAST_TIME.search(low, s[0], s[1]) or PAST_AGO.search(low, s[0], s[1])
                    or _a_past_year(low[s[0]:s[1]]))

    # (sentence start, where it is said to be sorted) of each such sentence
    over = [(s[0], told.start()) for s in sentences
            for told in [SORTED_NOW.search(low, s[0], s[1])] if told and dated_past(s)
            # (the "now" of "sorted now" is no time of a sign now)
            and not NOW_TIME_CUE.search(SORTED_NOW.sub(" ", low[s[0]:s[1]]))]
    # ...or dated in the past and followed by "Not since." (round 54: "Seeing double once, 1998,
    # for a day; migraine. Not since.")
    over += [(s[0], s[1]) for s, after in zip(sentences, sentences[1:])
             if NOT_SINCE.match(low[after[0]:after[1]]) and dated_past(s)]
    # only the signs told before it: "..., sorted now, but breathless again" keeps the last
    return [replace(m, historical=True) if m.kind in ("symptom", "red_flag") and m.asserted
            and any(start <= m.start < sorted_at for start, sorted_at in over) else m
            for m in mentions]


# A panic attack told as over: its signs, in its own sentence, are past when that sentence or the
# next says it passed (round 48: "Panic attack on the bus this morning: couldn't breathe, tingly
# hands, sure I was dying. It passed after twenty minutes and I'm fine now")
PANIC = re.compile(r"\b(?:panic|anxiety) attacks?\b")
PANIC_PASSED = re.compile(r"\b(?:it|that|the attack|the panic)\s+(?:had\s+|has\s+)?(?:passed|settled"
                          r"|calmed down|eased off|wore off|went away|was over|is over|stopped)\b"
                          r"|\b(?:i'?m|i am)\s+(?:fine|ok|okay|alright|all right|calm)\s+now\b")


def _panic_passed(mentions: List[Mention], text: str, sentences: List["tuple[int, int]"]
                  ) -> List[Mention]:
    low = text.lower()
    over = []
    for n, sentence in enumerate(sentences):
        if not PANIC.search(low, sentence[0], sentence[1]):
            continue
        next_end = sentences[n + 1][1] if n + 1 < len(sentences) else sentence[1]
        if PANIC_PASSED.search(low, sentence[0], next_end) and not STILL_NOW.search(
                low, sentence[0], sentence[1]):
            over.append(sentence)
    return [replace(m, historical=True) if m.kind in ("symptom", "red_flag") and m.asserted
            and m.experiencer == "user" and any(s[0] <= m.start < s[1] for s in over) else m
            for m in mentions]


# The signs an illness of someone else's was told to bring: "he told me his myasthenia has
# flared again, with double vision and a heavy eyelid", "(my aunt) had a brain bleed at 55 that
# began as a sudden explosive headache" (round 54). The illness is theirs when ConText says so,
# or when a relative is the last person named before it, as in an apposition ConText cuts at
# its comma ("My aunt, a retired soprano in Rome, had a brain bleed"). Its signs are theirs, and
# past when it is.
ILLNESS_BROUGHT = re.compile(r"^(?:[^.;!?]{0,40}?,\s*with\b|\s*(?:at \d{1,2}\s+|in (?:19|20)\d\d\s+)?"
                             r"(?:that|which)\s+(?:began|started|came on|kicked off|showed itself"
                             r"|announced itself)\s+(?:as|with)\b"
                             # round 60: its signs listed after it, "with what they think is
                             # meningitis, fever, stiff neck, all of it"
                             r"|\s*[,:]\s*(?=[^.;!?]{0,60}?,?\s*(?:all of (?:it|that|them)|the lot"
                             r"|the works|the whole lot)\b))"
                             # round 62: a list after a colon, "had a meningitis scare in the
                             # spring: fever, stiff neck, a night in hospital"
                             r"|(?:\s+(?:scare|episode|attack|bout|flare-?up|infection|case))?"
                             r"(?:\s+(?:in|at|on|last|this|over|during)\b[^.;!?,:]{0,25})?\s*:"
                             r"(?=[^.;!?]{0,80},)"
                             # round 71: its course told after, "diagnosed with motor neurone
                             # disease in the spring; he's started to have trouble swallowing"
                             r"|(?P<course>(?:\s+(?:in|at|on|last|this|over|during)\b[^.;!?,:]{0,25})?"
                             r"\s*[;,]\s*(?:and\s+)?(?:now\s+)?(?:he|she|they)(?:'s|'re|\s+is|\s+are|\s+has"
                             r"|\s+have)?\s+(?:started|starting|begun|beginning|also|developed|developing)\b)")
OVER_AFTER = re.compile(r"\b(?:that|this|it) was (?:\w+ ){0,2}?(?:years?|decades?) ago\b")


def _without_recoveries(words: str) -> str:
    """`words` with each clause that tells a recovery blanked (offsets kept)."""
    for over in RECOVERED.finditer(words):
        following = CLAUSE_BREAK.search(words, over.end())
        end = following.start() if following else len(words)
        words = words[:over.start()] + " " * (end - over.start()) + words[end:]
    return words


def _their_illness_signs(mentions: List[Mention], text: str,
                         sentences: List["tuple[int, int]"]) -> List[Mention]:
    from bot.mentions.twitch_scope import someone_else_named_last

    low = text.lower()
    out = list(mentions)
    for n, sentence in enumerate(sentences):
        next_end = sentences[n + 1][1] if n + 1 < len(sentences) else sentence[1]
        for illness in [m for m in out if m.kind == "condition"
                        and sentence[0] <= m.start < sentence[1]]:
            theirs = illness.experiencer != "user" or (
                someone_else_named_last(low[sentence[0]:illness.start])
                and not FIRST_PERSON_WORD.search(low, sentence[0] + 3, illness.start))
            brought = ILLNESS_BROUGHT.match(low[illness.end:sentence[1]])
            if not (theirs and brought) or illness.negated or illness.hypothetical:
                continue
            start = illness.end + brought.end()
            stop = sentence[1]
            # (a sign told with a time of now is new: "my dad has MS, with weak legs today")
            # (...but not the "now" of their recovery: "diagnosed with myasthenia last year, with
            # droopy lids and seeing double, and she's doing well on tablets now"; round 59)
            # (the course of a long illness is no sign of today: "he's started to have trouble
            # swallowing" with his motor neurone disease)
            past = not NOW_TIME_CUE.search(_without_recoveries(low[start:stop])) and (
                illness.historical or bool(brought.group("course"))
                or bool(PAST_ANCHOR.search(low, sentence[0], sentence[1]))
                or bool(OVER_AFTER.search(low, sentence[1], next_end)))
            out = [replace(m, experiencer="other", historical=m.historical or past)
                   if m.kind in ("symptom", "red_flag", "condition") and (
                       start <= m.start < stop or m is illness) else m for m in out]
    return out
