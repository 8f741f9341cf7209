"""Free-text durations and frequencies, normalised to numbers and ids.

"since monday", "3 weeks", "a couple of days", "on and off for a month" -> days;
"several times a day", "now and then" -> a frequency id. Pure functions over a message string.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import List, Optional

NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "single": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "fifteen": 15, "twenty": 20, "thirty": 30, "couple": 2, "a couple": 2, "a couple of": 2,
    "couple of": 2, "few": 3, "a few": 3, "several": 4, "some": 3, "many": 6, "half a": 0.5,
    "half an": 0.5, "a half": 0.5,
}
UNIT_DAYS = {
    "second": 1 / 86400, "sec": 1 / 86400, "minute": 1 / 1440, "min": 1 / 1440,
    "hour": 1 / 24, "hr": 1 / 24, "day": 1, "night": 1, "week": 7, "wk": 7, "fortnight": 14,
    "month": 30, "mo": 30, "year": 365, "yr": 365,
}
SEASONS = ("summer", "spring", "autumn", "winter")  # not "the fall": a tumble
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

_NUM = r"(?:\d+(?:\.\d+)?|" + "|".join(
    sorted((re.escape(w) for w in NUMBER_WORDS), key=len, reverse=True)) + r")"
_UNIT = r"(?:" + "|".join(sorted(UNIT_DAYS, key=len, reverse=True)) + r")s?"
_AMOUNT = re.compile(
    # "2+ months" is at least two (round 27)
    rf"\b(?P<num>{_NUM})\+?(?:\s*(?:or|-|to)\s*(?P<num2>{_NUM}))?(?:\s+and\s+a\s+half)?"
    rf"\s*(?P<unit>{_UNIT})\b(?P<ago>\s+ago)?",
    re.I,
)
# a stretch told as a hyphened span the twitch went on through (round 61: "twitched daily for the
# whole six-week trip"); never a bare "a 3-day course"
# (round 76: or every day of it, "Lid's flickered every day of this six-week exercise")
_WHOLE_SPAN = re.compile(rf"\b(?:(?:for|during|through|throughout|all)\s+(?:of\s+)?(?:the|my|this|that)\s+"
                         rf"(?:whole\s+|entire\s+|full\s+)|(?:every|each)\s+(?:single\s+)?(?:day|night)\s+of"
                         rf"\s+(?:the|my|this|that)\s+(?:whole\s+|entire\s+|full\s+)?)"
                         rf"(?P<num>{_NUM})-(?P<unit>day|week|month|year)\b",
                         re.I)
_BARE_UNIT = re.compile(r"\b(?:(?:a|an|one)(?:\s+(?:good|whole|full|solid))?|(?:well\s+)?over\s+a"
                        r"|nearly\s+a|almost\s+a|the\s+(?:last|past))\s+(?P<unit>day|week|month|year"
                        r"|fortnight)\b", re.I)
_SINCE = re.compile(
    r"\bsince\s+(?:before\s+)?(?:last\s+)?(?P<when>" + "|".join(WEEKDAYS) + r"|yesterday|last\s+night"
    r"|this\s+morning|the\s+weekend|last\s+week|last\s+month|last\s+year|christmas|new\s+year"
    # round 24: a feast or a season, at least weeks back ("since before Easter")
    r"|easter|halloween|(?:the\s+)?(?:summer|spring|autumn|winter))\b"
    # (not a fashion season's collection: "since the spring/summer deadline on Friday")
    r"(?!\s*/\s*(?:summer|spring|autumn|winter)\b|[-\s]+(?:collection|range|line|deadline"
    r"|launch|show|drop)\b)",
    re.I,
)
_FIXED = [
    (re.compile(r"\b(?:since\s+)?yesterday\b", re.I), 1.0),
    (re.compile(r"\b(?:since\s+)?last\s+night\b", re.I), 1.0),
    (re.compile(r"\b(?:since\s+)?this\s+morning\b|\btoday\b|\bjust\s+started\b|\bjust\s+now\b", re.I), 0.5),
    (re.compile(r"\bfor\s+ages\b|\bages\b|\ba\s+long\s+time\b|\bforever\b", re.I), 60.0),
    (re.compile(r"\ba\s+while\b", re.I), 14.0),
]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
# ...or since a month, its latest past occurrence: "since the middle of August", "since early
# October" (round 18; "may" is left out, being also a verb)
_SINCE_MONTH = re.compile(
    # "since like September" (round 27: a filler between)
    r"\bsince\s+(?:like\s+|about\s+|around\s+)?"
    # "since the heatwave in july" (round 38: an event named with its month)
    r"(?:the\s+[\w'-]+(?:\s+[\w'-]+)?\s+(?P<event_in>in)\s+)?"
    r"(?:(?P<part>early|mid|late|the\s+(?:start|beginning|middle|end)\s+of)[\s-]+)?"
    r"(?P<month>" + "|".join(m for m in MONTHS if m != "may") + r")\b", re.I)
PART_DAY = {"early": 5, "start": 1, "beginning": 1, "mid": 15, "middle": 15, "late": 25, "end": 28}


# ...or since a calendar date, or a start told with its date (round 33): "since 25 September",
# "since Sept 3rd", "since 28/09", "started 1 Nov", "28/09 the eyelid twitch began". A bare date
# ("on 14 June 2023 I was blue-lighted") dates an event, not how long something has lasted.
_MONTH_NAME = (r"(?P<{}>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
               r"|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_DATE = (r"(?:(?:the\s+)?(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH_NAME.format("month")
         + r"|" + _MONTH_NAME.format("month2") + r"\s+(?P<day2>\d{1,2})(?:st|nd|rd|th)?"
         r"|(?P<first>\d{1,2})/(?P<second>\d{1,2})(?:/(?P<short_year>(?:20)?\d\d))?(?!\s*/?\d))\b(?:,?\s+(?P<year>20\d\d)\b)?")
_DATED_START = re.compile(
    r"\b(?:since|(?:started|began|begun|starting|beginning)(?:\s+on)?"
    # ...or the first bout dated (round 38): "eyelid twitch log: first one 14 Oct, every day since"
    r"|first\s+(?:one|twitch|bout|episode)(?:\s+was)?(?:\s+on)?:?)\s+" + _DATE
    + r"|(?<![\w/])" + _DATE.replace("?P<", "?P<b_")
    + r"(?=[^.;!?\n]{0,40}?\b(?:began|started|begun|first\s+(?:noticed|appeared|started)))", re.I)


# A week-by-week telling counts the weeks it spans: "week 1 occasional, week 2 hourly, week 3
# almost constant" is at least two weeks and a day, into the third (round 33; only with a "week
# 1" to count from; round 38: the day makes it more than two weeks)
_WEEK_NUMBER = re.compile(r"\bweek\s+(\d{1,2}|one|two|three|four|five|six)\b", re.I)
_WORD_NUMBER = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def _week_count(text: str) -> Optional[re.Match]:
    """The last week of a week-by-week telling, or None."""
    weeks = [m for m in _WEEK_NUMBER.finditer(text) if not PREGNANCY.search(text)]
    numbers = [int(_WORD_NUMBER.get(m.group(1).lower(), m.group(1))) for m in weeks]
    if 1 not in numbers or max(numbers, default=0) < 2:
        return None
    return weeks[numbers.index(max(numbers))]


def _dated_start_days(match: re.Match, today: dt.date) -> Optional[float]:
    """Days since a _DATED_START date; None when it is no date or lies ahead."""
    get = {k.removeprefix("b_"): v for k, v in match.groupdict().items() if v}
    if "first" in get:  # 28/09 is day and month; 09/28 month and day; 03/04 the nearer one
        a, b = int(get["first"]), int(get["second"])
        options = [(b, a)] if a > 12 else [(a, b)] if b > 12 else [(b, a), (a, b)]
    else:
        name = (get.get("month") or get["month2"]).lower()[:3]
        month = next(k + 1 for k, m in enumerate(MONTHS) if m.startswith(name))
        options = [(month, int(get.get("day") or get["day2"]))]
    if "short_year" in get:
        get["year"] = "20" + get["short_year"][-2:]
    days = []
    for month, day in options:
        try:
            when = dt.date(int(get["year"]), month, day) if "year" in get else None
            days.append(float((today - when).days) if when else _days_since_date(month, day, today))
        except ValueError:
            continue
    fitting = [d for d in days if d >= 0]
    return min(fitting) if fitting else None


def _days_since_month(month: str, part: Optional[str], today: dt.date) -> float:
    number = MONTHS.index(month.lower()) + 1
    day = next((PART_DAY[w] for w in (part or "").lower().split() if w in PART_DAY), 1)
    return _days_since_date(number, day, today)


def _days_since_date(month: int, day: int, today: dt.date) -> float:
    """Days since the latest past (month, day)."""
    year = today.year if (month, day) <= (today.month, today.day) else today.year - 1
    return float((today - dt.date(year, month, day)).days)


# Weeks of a pregnancy are no duration of the twitch: "33 wks pregnant", "28 weeks along", "28+3
# weeks", or "28 weeks." opening a message about a pregnancy ("is it a pre-eclampsia sign?")
_PREGNANT_AFTER = re.compile(r"\s*(?:pregnant|gestation|along|of pregnancy|into (?:my|the)"
                             r" pregnancy|\+\s*\d)", re.I)
PREGNANCY = re.compile(r"\bpregnan|\bpre-?eclampsia\b|\bmidwife\b|\bantenatal\b|\bgestation"
                       r"|\bbump\b|\btwins\b|\btrimester\b", re.I)
# An age is no duration either: "my 14 year old", "a 3-month-old baby" (round 16)
_AGE_AFTER = re.compile(r"[\s-]*old\b", re.I)
UNKNOWN_DURATION = re.compile(
    r"\b(?:not\s+sure|no\s+idea|don'?t\s+know|dont\s+know|unsure|can'?t\s+remember|idk|dunno|"
    r"hard\s+to\s+say|no\s+clue)\b", re.I)


@dataclass(frozen=True)
class Span:
    value: float | str
    start: int
    end: int
    text: str


def _number(word: str) -> float:
    word = word.lower().strip()
    if word in NUMBER_WORDS:
        return float(NUMBER_WORDS[word])
    return float(word)


def _unit_days(unit: str) -> float:
    unit = unit.lower()
    return UNIT_DAYS.get(unit, UNIT_DAYS.get(unit.rstrip("s"), 1.0))


def _days_since(when: str, today: dt.date) -> float:
    when = " ".join(when.lower().split())
    if when in WEEKDAYS:
        delta = (today.weekday() - WEEKDAYS.index(when)) % 7
        return float(delta or 7)
    fixed = {"yesterday": 1, "last night": 1, "this morning": 0.5, "the weekend": 3,
             "last week": 7, "last month": 30, "last year": 365, "christmas": 60, "new year": 60,
             "easter": 60}
    if when.removeprefix("the ") in SEASONS:
        return 90.0
    if when == "halloween":
        return _days_since_date(10, 31, today)
    return float(fixed.get(when, 7))


def find_durations(text: str, today: Optional[dt.date] = None) -> List[Span]:
    """Every duration expression in the text with its length in days."""
    today = today or dt.date.today()
    # "several times a day" is a frequency, not a one-day duration
    found: List[Span] = list(find_frequencies(text))
    frequencies = len(found)

    # a pregnancy's weeks, a child's age or the time since a birth are no twitch's length
    amounts = list(_AMOUNT.finditer(text))
    blocked = [Span(0.0, m.start(), m.end(), m.group(0)) for m in amounts
               if _pregnancy_weeks(text, m) or _AGE_AFTER.match(text, m.end())
               or _not_twitch_time(text, m)]

    def add(match: re.Match, days: float, start: Optional[int] = None) -> None:
        start = match.start() if start is None else start
        if not any(s.start < match.end() and start < s.end for s in found + blocked):
            found.append(Span(round(days, 3), start, match.end(), text[start:match.end()]))

    for match in _SINCE.finditer(text):
        add(match, _days_since(match.group("when"), today))
    for match in _SINCE_MONTH.finditer(text):
        # an event named before its month keeps its own words ("the heatwave" is a trigger)
        add(match, _days_since_month(match.group("month"), match.group("part"), today),
            match.start("event_in") if match.group("event_in") else None)
    if last_week := _week_count(text):
        add(last_week, 7.0 * (int(_WORD_NUMBER.get(last_week.group(1).lower(), last_week.group(1)))
                              - 1) + 1)
    for match in _DATED_START.finditer(text):
        if (days := _dated_start_days(match, today)) is not None:
            add(match, days)
    for match in amounts:
        high = match.group("num2") or match.group("num")
        add(match, _number(high) * _unit_days(match.group("unit")))
    for match in _BARE_UNIT.finditer(text):
        add(match, _unit_days(match.group("unit")))
    for match in _WHOLE_SPAN.finditer(text):
        add(match, _number(match.group("num")) * _unit_days(match.group("unit")),
            match.start("num"))
    for pattern, days in _FIXED:
        for match in pattern.finditer(text):
            add(match, days)
    return sorted(found[frequencies:], key=lambda span: span.start)


def _pregnancy_weeks(text: str, match: re.Match) -> bool:
    if not match.group("unit").lower().startswith(("week", "wk")):
        return False
    if _PREGNANT_AFTER.match(text, match.end()) or re.search(r"\d\s*\+\s*$", text[:match.start()]):
        return True
    # "I'm 26 weeks, eyelid twitching" (round 39; not "I'm 3 weeks into this twitch")
    if (_PREGNANT_BEFORE.search(text[max(0, match.start() - 30):match.start()])
            and not match.group("ago") and not _INTO_AFTER.match(text, match.end())):
        return True
    # ...or the weeks open the message or a sentence of one about a pregnancy ("12 weeks, 30")
    opens = not text[:match.start()].strip(" -*>\t\n(") or bool(
        re.search(r"[.!?]\s+$", text[:match.start()]))
    return opens and bool(re.match(r"\s*[.,:;)]", text[match.end():])) and bool(
        PREGNANCY.search(text))


_PREGNANT_BEFORE = re.compile(r"\b(?:i'm|im|i am|she's|shes|she is|wife's|wife is|we're|we are)"
                              r"\s+(?:only\s+|just\s+|nearly\s+|almost\s+|now\s+)?$", re.I)
_INTO_AFTER = re.compile(r"\s+(?:in|into|of|now|with|since|straight|running|solid|and counting"
                         r"|on|off)\b", re.I)
# A child's age, the time since a birth, a milestone named by an age (round 39): "Baby's 4
# months", "DS is 7 weeks", "He's 14 months", "5 weeks post C-section", "12 weeks postpartum",
# "EBF, 5 wks", "the 4 month sleep regression", "had my own baby three weeks ago" (not "since I
# had the baby 3 weeks ago", which dates the twitch)
_CHILD_BEFORE = re.compile(r"\b(?:baby|babe|bub|ds\d?|dd\d?|lo|son|daughter|he|she|twins|grandson"
                           r"|granddaughter|newborn|little one|boy|girl)(?:'s|s|\s+is|\s+are|\s+was"
                           r"|\s+turned|\s+turns)\s+(?:only\s+|just\s+|nearly\s+|almost\s+|now\s+)?$",
                           re.I)
_FEEDING_BEFORE = re.compile(r"\b(?:ebf|ff|combi|breastfeeding|breastfed|feeding|formula fed|pp"
                             r"|postpartum)\W{0,3}$", re.I)
_SINCE_BIRTH_AFTER = re.compile(r"[\s-]*(?:post[- ]?(?:partum|natal|c[- ]?section|section|op|birth"
                                r"|delivery|baby)|pp\b|(?:sleep[\s-]+)?regression|growth spurt"
                                r"|leap\b|checks?\b|check-?ups?\b|jabs\b|vaccinations?\b"
                                r"|injections?\b|immuni[sz]ations?\b)", re.I)
_BIRTH_BEFORE = re.compile(r"(?<!since )(?<!since i )\b(?:had|gave birth to|delivered|welcomed)\s+"
                           r"(?:my|our|the|a|her)\s+(?:own\s+|first\s+|second\s+|third\s+|new\s+)?"
                           r"(?:baby|son|daughter|twins|boy|girl|little one|lo)(?:\s*,)?\s+$"
                           r"|(?<!since )(?<!since i )\bgave birth(?:\s*,)?\s+$", re.I)
# ...unless the twitch is told to date from it ("Had my baby 5 weeks ago. My eye has twitched
# since."; round 54)
_TWITCH_SINCE_AFTER = re.compile(r"\bever since\b|\bsince then\b|\b(?:twitch|flicker|flutter|spasm)"
                                 r"\w*(?:\s+[\w']+){0,3}?\s+since\s*(?:[.!?,;]|$)", re.I)


# ...and a time sober or off a habit or a medicine (round 41): "ten years sober", "sober four
# years", "off the antidepressant for five years", "after twenty years of a few pints every night"
_HABITS = (r"(?:drink|booze|alcohol|antidepressants?|meds|medication|medicine|pills|tablets|cigs"
           r"|fags|cigarettes|smokes|weed|drugs|vape|nicotine)")
# a length told for a thing other than the twitch, with its optional "for" and hedge ("for about")
_FOR_ROUGHLY = r"\s+(?:for\s+)?(?:about\s+|over\s+|nearly\s+|almost\s+)?$"
_ABSTINENT_BEFORE = re.compile(r"\b(?:sober|clean|dry|teetotal|smoke-?free|off\s+(?:the\s+|my\s+|all\s+)?"
                               + _HABITS + r")" + _FOR_ROUGHLY, re.I)
_ABSTINENT_AFTER = re.compile(r"\s+(?:sober|clean|dry|teetotal|smoke-?free|off the (?:drink|booze"
                              r"|cigs|fags)|of\s+(?:drinking|sobriety|heavy\s+drinking|a\s+few\s+pints"
                              r"|pints|boozing|smoking))\b", re.I)

# ...and a time of being well (round 56: "It was treated and I've been well for ten years")
_BEEN_WELL_BEFORE = re.compile(r"\b(?:been|stayed|kept)\s+(?:perfectly\s+|completely\s+|totally\s+"
                               r"|absolutely\s+)?(?:well|fine|healthy|clear|grand|symptom[- ]free"
                               r"|seizure[- ]free|fit[- ]free|in remission)" + _FOR_ROUGHLY
                               # round 57: "I've been back on the tools for eight years now"
                               + r"|\bback (?:on the tools|at work|to work|working)" + _FOR_ROUGHLY,
                               re.I)


# ...and a time of nothing happening (round 42): "no fits in the thirty years since", "no decent
# rain in two years" (not "no change in 3 weeks", which is the twitch's)
# ...and the time since one's last event (round 45): "I've had none since, nine years now"
_NONE_SINCE_BEFORE = re.compile(r"\b(?:none|nothing|no more|not one|not another|all clear|fine"
                                r"|clear)(?:\s+[\w']+){0,2}\s+since,?\s+(?:for\s+|about\s+)?$",
                                re.I)
_NONE_IN_BEFORE = re.compile(r"\bno\s+(?!(?:change|improvement|better|let[- ]?up|relief|break"
                             r"|difference)\b)[\w' -]{1,25}?\s+in\s+(?:the\s+)?(?:last\s+|past\s+)?$"
                             # round 54: "Fitted once at a rave aged 19, nothing in twelve years"
                             # round 55: "Nothing like it in the eleven years since"
                             r"|\b(?:nothing|not one|not another)(?:\s+like\s+(?:it|that|this))?"
                             r"\s+in\s+(?:the\s+)?"
                             r"(?:last\s+|past\s+)?$"
                             # round 71: "nothing like it has happened again in five years"
                             r"|\b(?:nothing|not one|not another|none)(?:\s+like\s+(?:it|that|this))?"
                             r"\s+(?:has|have|'s)\s+(?:happened|come back|recurred|returned|been back)"
                             r"(?:\s+again)?(?:\s+since)?\s+(?:in|for)\s+(?:the\s+)?(?:last\s+|past\s+)?$", re.I)


# ...and a wait for care ahead or behind (round 47): "the next routine slot is in three weeks",
# "the waiting list is about 18 months", "waited fourteen months for a neurologist"
_WAIT_BEFORE = re.compile(r"\b(?:slot|appointment|appt|waiting list|wait|wait time|referral|next"
                          r" available|earliest|callback|call back|scan|mri)\b[^.;!?]{0,25}?"
                          r"\b(?:is|was|'s|of|in|for|till|until|at least|about|around)\s+"
                          r"(?:about\s+|around\s+|another\s+|over\s+|nearly\s+|at least\s+)?$", re.I)
_WAITED_BEFORE = re.compile(r"\bwait(?:ed|ing)?" + _FOR_ROUGHLY, re.I)
_WAITED_FOR_AFTER = re.compile(r"\s+(?:for|to see|until I saw)\s+(?:a|an|my|the|her|his|their)\s+"
                               r"(?:\w+\s+)?(?:appointment|doctor|gp|neurologist|specialist|referral"
                               r"|scan|mri|consultant|callback|call back|surgery|operation|nurse)\b",
                               re.I)


# ...and a school year (round 43): "doing a Year 10 biology assignment" (not "a year 10 months
# ago" nor "a year 3 times over")
_SCHOOL_YEAR_AFTER = re.compile(r"\s+(?:1[0-3]|[1-9])\b(?!\s*(?:months?|mos?|weeks?|wks?|days?"
                                r"|years?|yrs?|hours?|hrs?|times?|x)\b)", re.I)


def _not_twitch_time(text: str, match: re.Match) -> bool:
    before = text[max(0, match.start() - 40):match.start()]
    if (_ABSTINENT_BEFORE.search(before) or _ABSTINENT_AFTER.match(text, match.end())
            or _NONE_IN_BEFORE.search(before) or _NONE_SINCE_BEFORE.search(before)
            or _BEEN_WELL_BEFORE.search(before)):
        return True
    if _WAIT_BEFORE.search(before) or (_WAITED_BEFORE.search(before)
                                       and _WAITED_FOR_AFTER.match(text, match.end())):
        return True
    if match.group("num").lower() == "a" and match.group("unit").lower() == "year" and (
            _SCHOOL_YEAR_AFTER.match(text, match.end())):
        return True
    if match.group("ago"):
        return bool(_BIRTH_BEFORE.search(before)) and not _TWITCH_SINCE_AFTER.search(
            text, match.end())
    return bool(_CHILD_BEFORE.search(before) or _FEEDING_BEFORE.search(before)
                or _SINCE_BIRTH_AFTER.match(text, match.end()))


def parse_duration_days(text: str, today: Optional[dt.date] = None) -> Optional[float]:
    """The longest duration named in the text, in days; None when none is named."""
    spans = find_durations(text, today)
    return max(float(s.value) for s in spans) if spans else None


# Frequency ids, most to least frequent; the first pattern that matches wins.
FREQUENCIES = [
    ("constant", r"all\s+the\s+time|constant(?:ly)?|non-?stop|continuous(?:ly)?|won'?t\s+stop|"
                 r"every\s+(?:few\s+)?seconds?|never\s+stops|all\s+day\s+(?:and|&)\s+night"),
    ("many_daily", r"every\s+(?:few\s+|couple\s+of\s+)?minutes?|every\s+hour|hourly|"
                   r"(?:many|lots\s+of|loads\s+of|dozens\s+of|countless|several|multiple|a\s+few|"
                   r"few|\d+)\s+times\s+(?:a|an|per|each)\s+(?:day|hour)|all\s+day|"
                   r"many\s+times|lots\s+of\s+times|again\s+and\s+again|repeatedly|often|frequently"),
    ("daily", r"daily|every\s+day|each\s+day|once\s+a\s+day|every\s+morning|every\s+evening|"
              r"every\s+night|twice\s+a\s+day|everyday"),
    ("occasional", r"now\s+and\s+(?:then|again)|sometimes|on\s+and\s+off|off\s+and\s+on|"
                   r"comes?\s+and\s+goes?|occasional(?:ly)?|once\s+in\s+a\s+while|every\s+so\s+often|"
                   r"from\s+time\s+to\s+time|(?:a\s+few|several|couple\s+of)\s+times\s+a\s+week|"
                   r"here\s+and\s+there|random(?:ly)?|at\s+times|every\s+now"),
    ("rare", r"(?:only\s+)?once(?:\s+or\s+twice)?|rarely|hardly\s+ever|once\s+a\s+(?:week|month)"),
]
_FREQUENCY_PATTERNS = [(fid, re.compile(rf"\b(?:{p})\b", re.I)) for fid, p in FREQUENCIES]
FREQUENCY_WORDS = {
    "constant": "all the time", "many_daily": "many times a day", "daily": "every day",
    "occasional": "now and then", "rare": "rarely", "unknown": "not sure",
}


def find_frequencies(text: str) -> List[Span]:
    found: List[Span] = []
    for frequency_id, pattern in _FREQUENCY_PATTERNS:
        for match in pattern.finditer(text):
            if not any(s.start < match.end() and match.start() < s.end for s in found):
                found.append(Span(frequency_id, match.start(), match.end(), match.group(0)))
    return sorted(found, key=lambda span: span.start)


def parse_frequency(text: str) -> Optional[str]:
    spans = find_frequencies(text)
    if not spans:
        return None
    order = [fid for fid, _ in FREQUENCIES]
    return min((str(s.value) for s in spans), key=order.index)


def describe_days(days: float) -> str:
    if days < 1:
        return "less than a day"
    if days < 14:
        return f"about {round(days)} day{'s' if round(days) != 1 else ''}"
    if days < 60:
        return f"about {round(days / 7)} weeks"
    if days < 730:
        return f"about {round(days / 30)} months"
    return f"about {round(days / 365)} years"
