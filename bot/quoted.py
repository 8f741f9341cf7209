"""Words a message quotes, and whose they are (round 30, from the thirty-third red-flag set).

People paste or retell what someone else wrote: "Aunty texted: 'discharged after my mini stroke,
feeling fine'", "[11:48] Dad: my arms gone funny", "Fwd: SHARE THIS!! Stroke signs: face
drooping...", "my old text: 'can't swallow, food stuck', 2022". Inside the quote "my" is the
sender's, a chain letter's signs are nobody's, and the user's own old message tells the past.

`quotes(low)` finds the quoted stretches of a lower-case text and who speaks in each:
- "other": someone else's own words (a text, a voice note, a chat line, what they shouted);
- "generic": words nobody says of themselves (a meme, a chain post, homework, a school email);
- "own_old": the user's own words from long ago (an old text, a post from 2019, a letter).
bot.textese swaps the persons of "other" quotes to the user's view before parsing ("my" becomes
"their", "you" becomes "i"), so every rule reads them as the user would tell them;
bot.mentions.relayed marks the signs inside.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import List, Tuple

# an opening quote: double or curly anywhere, a single one only where a word starts
# ("she's" and "nans'" are no quotes)
_OPEN = re.compile(r"[\"\u201c\u2018]|(?:(?<=^)|(?<=[\s:(>]))'(?=[^\s'])")
_CLOSE = {'"': '"', "\u201c": "\u201d\u201c\"", "\u2018": "\u2019'", "'": "'\u2019"}
# what tells whose a quote is, in the words before it (same line, at most 90 characters)
GENERIC_SOURCE = re.compile(
    r"\b(?:meme|memes|chain|share this|fwd: fwd|homework|worksheet|assignment|lesson|poster"
    r"|leaflet|article|website|newsletter|school email|email from (?:the |my \w+'s )?school"
    r"|caption|captioned|tiktok|reel|video|joke|quiz|copied exactly|question|sign (?:says|said)"
    r"|t-?shirt|mug|slogan"
    # round 35: "my phrasebook has a page of emergency phrases, 'I am having a stroke'"
    r"|phrasebook|phrase book|phrases|flashcards?"
    # round 54: a song's words, a review, a script ("our single's chorus goes '...'", "the
    # review called my Hamlet '...'")
    r"|chorus|lyrics?|verse|song|single|hook|review|reviews|reviewer|critic|script|line reads"
    # round 73: a poem's words, or a book's title ("one poem has a line about a heart 'seizing'",
    # "the anthology is titled 'Seizure'")
    r"|poems?|poetry|stanzas?|line about|titled|entitled)\b")
SENDER = re.compile(
    r"\b(?:said|says|say|saying|texted|texts|wrote|writes|replied|replies|messaged|posted|emailed"
    r"|shouted|shouting|shouts|yelled|yelling|screamed|asked|asks|told (?:me|us)|commented"
    r"|sent|rang|called|pasted|forwarded|fwd|group chat|brought it up|reminded me|voicemail|voice ?note|text|message|email|whatsapp"
    r"|reply|dm|note|letter|update|status|post)\b")
# ...the user's own words: "my old text", "I wrote", "my post from five years ago"
OWN = re.compile(r"\b(?:i (?:wrote|texted|posted|tweeted|said|put|sent|messaged|emailed)"
                 # ...or sent to someone: "old WhatsApp to my partner"
                 r"|(?:text|whatsapp|message|email|dm|post|letter)s? (?:i sent )?to (?:my|our)"
                 r"|my (?:own )?(?:old |own )?(?:\w+ ){0,2}?(?:text|texts|post|tweet|message"
                 r"|whatsapp|status|letter|diary|notes?|email|snap|story))\b|^(?:me|i):")
# ...and long ago: a year, an old message, a memory
LONG_AGO = re.compile(r"\b(?:old|(?:19|20)\d\d|last (?:year|winter|summer|spring|autumn|month)"
                      r"|years? ago|months ago|back in|memories|memory)\b")
# a chat line: "[14:02] Mum: ...", "Dad: ...", "Me: ..."; a bare name only in a chat the message
# shows as one, with a time stamp, a relative or the user's own "Me:" line (a form's answers,
# "weakness: no / speech: fine", are no chat)
CHAT_LINE = re.compile(r"^[ \t>]*(?P<stamp>\[[^\]\n]{1,20}\][ \t]*)?(?P<who>[a-z][a-z'. ]{0,20}?)"
                       r"[ \t]*:[ \t]*(?P<said>\S[^\n]*)$", re.M)
PERSON = re.compile(r"^(?:(?:my |our |your )?(?:mum|mom|mam|ma|dad|da|pa|nan|nana|gran|granny"
                    r"|grandma|grandad|grandpa|sister|sis|brother|son|daughter|wife|husband"
                    r"|hubby|partner|boss|manager|friend|mate|aunt|aunty|auntie|uncle|cousin"
                    r"|neighbour|neighbor|colleague|teacher|coach|nurse|doctor|gp|carer|flatmate"
                    r"|roommate|boyfriend|girlfriend|bf|gf|bestie))$")
NOT_A_SPEAKER = re.compile(r"^(?:fwd|fw|re|subject|from|to|cc|ps|p\.s|edit|update|note|nb|q|a"
                           r"|answer|question|symptoms?|signs?|age|time|date|where|when|how long"
                           r"|how often|triggers?|other symptoms|location|duration|frequency"
                           r"|meds|medication|medicines?|history|also|plus|and|but|so|ok|okay"
                           r"|yes|no|update \d+|day \d+)$")
_SELF = ("me", "i", "myself")


@dataclass(frozen=True)
class Quote:
    start: int  # the quoted words, without the marks
    end: int
    speaker: str  # "other" | "generic" | "own_old" | "own"


# ...a person's verb after the generic word makes the words theirs ("my flatmate sent me the
# video and wrote: 'you were on the kitchen floor shaking'"), unless the generic thing says them
SENDER_VERB = re.compile(r"\b(?:wrote|texted|replied|messaged|emailed|shouted|yelled|screamed"
                         r"|asked|told (?:me|us)|commented|added)\b")
SAID_BY_IT = re.compile(r"^\s*(?:that |which )?(?:says|said|reads|read|goes|went)\b")
# ...and a critic who wrote a review publishes it: their words are the review's (round 55: "A
# critic wrote up our laksa in the Sunday paper: 'a bowl so fierce it stopped my breath...'"),
# unless they sent them to the user (a sender's verb other than these)
PUBLISHER = re.compile(r"critics?|reviewers?")
PUBLISHING_VERBS = {"wrote", "commented", "added"}


def _speaker(before: str, after: str) -> "str | None":
    generic = list(GENERIC_SOURCE.finditer(before))
    if generic:
        rest = before[generic[-1].end():]
        if not SENDER_VERB.search(rest) or SAID_BY_IT.match(rest) or (
                PUBLISHER.fullmatch(generic[-1].group())
                and set(SENDER_VERB.findall(rest)) <= PUBLISHING_VERBS):
            return "generic"
    if OWN.search(before):
        return "own_old" if LONG_AGO.search(before + " " + after[:60]) else "own"
    if SENDER.search(before):
        return "other"
    return None


def _marked(low: str) -> List[Quote]:
    out, at = [], 0
    while True:
        opening = _OPEN.search(low, at)
        if not opening:
            return out
        mark, start = opening.group(), opening.end()
        closes = [low.find(c, start) for c in _CLOSE[mark]]
        if mark == "'":  # a closing single quote ends a word: "...my legs' ..." is none
            found = re.compile(r"(?<=\S)['\u2019](?=[\s.,;:!?)\-\u2013]|$)").search(low, start)
            closes = [found.start()] if found else []
        closes = [c for c in closes if c > start]
        if not closes:
            return out
        end = min(closes)
        # the words before it in its line and sentence (at most 90 characters)
        line_start = low.rfind("\n", 0, opening.start()) + 1
        before = low[max(line_start, opening.start() - 90):opening.start()]
        before = re.split(r"[.!?]\s", before)[-1]
        speaker = _speaker(before, low[end:])
        if speaker:
            out.append(Quote(start, end, speaker))
        at = end + 1


# a chat about a show is the characters' ("our group chat after last night's episode: / Kemi: SHE
# COLLAPSED AT THE ALTAR??")
ABOUT_A_SHOW = re.compile(r"\b(?:episode|show|series|soap|drama|film|movie|finale|season|match"
                          r"|game)\b")


def _chat_lines(low: str) -> List[Quote]:
    lines = list(CHAT_LINE.finditer(low))
    named = [m for m in lines if not NOT_A_SPEAKER.match(m.group("who").strip())]
    speaker = "generic" if named and ABOUT_A_SHOW.search(low, 0, named[0].start()) else "other"
    whos = [m.group("who").strip() for m in named]
    a_chat = any(m.group("stamp") for m in named) or any(
        who in _SELF or PERSON.match(who) for who in whos)
    return [Quote(m.start("said"), m.end("said"), speaker) for m, who in zip(named, whos)
            if who not in _SELF and (a_chat or PERSON.match(who))]


# cached: one message is read here up to three times (the extractor's check for a rewrite, the
# rewrite itself, the mentions pass)
@functools.lru_cache(maxsize=256)
def quotes(low: str) -> Tuple[Quote, ...]:
    """The quoted stretches of `low` (lower case) whose speaker is told, in reading order;
    a quote inside a chat line is the chat line's."""
    lines = _chat_lines(low)
    marked = [q for q in _marked(low)
              if not any(line.start <= q.start < line.end for line in lines)]
    return tuple(sorted(lines + marked, key=lambda q: q.start))


# the sender's first person, said of them in the third, and their "you", which is the user (the
# lengths change; bot.textese maps offsets back)
PERSON_SWAP = {"i": "they", "i'm": "they're", "im": "they're", "i've": "they've", "ive": "they've",
               "i'd": "they'd", "i'll": "they'll", "my": "their", "me": "them", "mine": "theirs",
               "myself": "themselves", "am": "are",
               "you": "i", "you're": "i'm", "youre": "i'm", "you've": "i've", "your": "my",
               "yours": "mine", "yourself": "myself"}
_SWAPPED = re.compile(r"(?<!\w)(?<!\w')(" + "|".join(sorted(map(re.escape, PERSON_SWAP), key=len,
                                                          reverse=True)) + r")(?![\w'])")
# "you" after a verb or a preposition is "me": "I'll ring you", "worried about you"
OBJECT_BEFORE = re.compile(r"\b(?:to|with|for|at|about|from|on|of|see|saw|call|ring|rang|tell|told"
                           r"|help|get|got|hear|heard|text|miss|love|thank|check|give|gave|need"
                           r"|want|ask|asked|let|meet|show|send|bring|take|pick|keep|found|find)\s+$")


def swapped_persons(low: str) -> "list[tuple[int, int, str]]":
    """(start, end, word) for each first- or second-person word inside someone else's quoted
    words: their "my" is theirs, their "you" the user's."""
    found = []
    for quote in quotes(low):
        if quote.speaker != "other":
            continue
        for m in _SWAPPED.finditer(low, quote.start, quote.end):
            word, before = m.group(1), low[max(0, m.start() - 12):m.start()]
            if word == "am" and not re.search(r"\bi\s+$", before):
                continue
            swap = PERSON_SWAP[word]
            if word == "you" and OBJECT_BEFORE.search(before):
                swap = "me"
            found.append((m.start(1), m.end(1), swap))
    return found
