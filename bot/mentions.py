"""Find what a message names (body parts, triggers, symptoms, conditions, red-flag phrases,
durations, frequencies) and decide, for each mention, whether it is asserted, negated,
hypothetical or history (someone else's past illness, or the user's past diagnosis).

Names come from the entity ruler of the project's spaCy pipeline (bot/nlp.py, built from the
knowledge base); their context comes from medspaCy's ConText with our rules. Durations and
frequencies are read by bot.durations. Safety bias: when in doubt a symptom counts as present.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
import functools
import re
from typing import TYPE_CHECKING, List, Optional

from bot import durations

if TYPE_CHECKING:  # spaCy is only imported where text is parsed (the Rasa server, tests)
    from spacy.tokens import Doc, Span

CONTEXT_KINDS = ("symptom", "red_flag", "condition")
# A term asked about is no report (a hypothetical mention, and no entity): "what's the
# difference between a twitch and a tremor", "what is bfs", "define myokymia". Only when the term
# follows such a cue in its sentence.
DEFINITION_CUE = re.compile(
    r"\bdifference between\b.*$|\b(?:what(?:'s|s| is| are)(?: an?| the)?|define|meaning of"
    r"|definition of|what does)\s+$")
# ...or the term is compared or asked about after it: "blepharospasm vs myokymia", "X mean?"
DEFINITION_AFTER = re.compile(r"^\s*(?:vs\b|versus\b|mean\b|means\b|exactly\b)")


@dataclass(frozen=True)
class Mention:
    kind: str  # body_part | trigger | symptom | condition | red_flag | duration | frequency
    value: str | float
    start: int
    end: int
    text: str
    negated: bool = False
    hypothetical: bool = False
    historical: bool = False
    experiencer: str = "user"  # "user" or "other" (someone the user speaks about)
    sudden: bool = False  # its sentence says it began suddenly or minutes ago (ONSET_CUE)
    # a term asked about ("what is a tremor"): hypothetical, and no entity (DEFINITION_CUE)
    asked: bool = False

    @property
    def asserted(self) -> bool:
        """The symptom is happening now, to the user or to someone with them."""
        return not (self.negated or self.hypothetical or self.historical)

    @property
    def role(self) -> Optional[str]:
        """The Rasa entity role: None for an asserted mention. A condition in the user's own
        past ("I was diagnosed with MS") is `history`; someone else's is `other`."""
        if self.negated:
            return "absent"
        if self.hypothetical:
            return "hypothetical"
        if self.kind == "condition" and self.historical and self.experiencer == "user":
            return "history"
        if self.historical:
            return "other"
        return None


def _from_entity(span: Span) -> Mention:
    negated = bool(span._.is_negated)
    if span.label_ not in CONTEXT_KINDS:
        # "could coffee cause this?" still names the user's coffee; "my sister's face, years
        # back" is not the user's face now
        # ...and a face in a dream or a film is no twitch site ("had a dream my face slid"; other
        # hypothetical cues leave body parts alone: "should I worry about my eye?" names the site)
        from bot.nlp import UNREAL_CUES  # loaded already: the doc comes from its pipeline

        unreal = span.label_ == "body_part" and any(
            modifier.rule.literal in UNREAL_CUES for modifier in span._.modifiers)
        return Mention(span.label_, span.ent_id_, span.start_char, span.end_char, span.text,
                       negated=negated, historical=bool(span._.is_historical),
                       hypothetical=unreal)
    family = bool(span._.is_family)
    return Mention(
        span.label_, span.ent_id_, span.start_char, span.end_char, span.text,
        negated=negated,
        hypothetical=bool(span._.is_hypothetical),
        # a relative's diagnosis is family history even when they still have it ("my dad has
        # MS"); what happens to someone now is read from symptoms, never from a disease name
        historical=bool(span._.is_historical) or (span.label_ == "condition" and family),
        experiencer="other" if family else "user",
    )


def _inner(span: Span, mention: Mention) -> List[Mention]:
    """Body parts and symptoms inside a red-flag phrase, in the phrase's context."""
    doc = span.doc
    return [Mention(kind, value, doc[start].idx, doc[end - 1].idx + len(doc[end - 1]),
                    doc[start:end].text, negated=mention.negated,
                    hypothetical=mention.hypothetical, historical=mention.historical,
                    experiencer=mention.experiencer, asked=mention.asked)
            for kind, value, start, end in (getattr(span._, "inner", None) or [])]


def _asked_about(span: Span) -> bool:
    before = span.doc.text[span.sent.start_char:span.start_char].lower()
    after = span.doc.text[span.end_char:span.sent.end_char].lower()
    return bool(DEFINITION_CUE.search(before) or DEFINITION_AFTER.search(after))


# Words between a body part and the symptom it is the subject of: "my face isn't drooping"
SUBJECT_LINK = re.compile(
    r"^\s*(?:(?:is|are|was|were|'s|'re|has|have|'ve|does|do|did|has been|not|n't|nt|no"
    r"|never|isn't|isnt|aren't|arent|doesn't|doesnt|don't|dont|hasn't|hasnt|haven't|havent"
    r"|wasn't|wasnt|won't|wont|didn't|didnt|at all|really|even)\s*)+$")


# A body part said to look or feel normal is no twitching site: "my face looks the same in the
# mirror", "my other hand is fine", "both eyes look normal"
LOOKS_NORMAL = re.compile(
    r"^\s*(?:(?:is|are|'s|'re|still|just|all|both|totally|completely|perfectly|seems?|looks?|"
    r"feels?|moves?|works?|stays?|stayed)\s+)+(?:the same|normal(?:ly)?|fine|ok|okay|alright"
    r"|all right|symmetrical|even|unchanged|as usual|quiet|calm|relaxed|level)\b"
    # ...or in a terse list of denials: "nope, speech fine, face symmetrical, arms strong"
    r"|^\s*(?:fine|ok|okay|normal|alright|symmetrical|symmetric|strong|unchanged|good|even)"
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
        if (mention.kind == "body_part" and not mention.negated
                and following.kind in ("symptom", "red_flag") and following.negated
                and SUBJECT_LINK.match(text[mention.end:following.start].lower())):
            out[k] = replace(mention, negated=True)
    return out


# A sign asked and answered "no" in the same breath is denied: "headache? nah none. fever? no",
# "weakness - nope", "numbness: none" (a checklist or a reply to a symptom checker)
ANSWERED_NO = re.compile(
    # the rest of the sign's phrase ("stiff| neck? no") may come before the question mark
    r"^(?:\s*[\w']+){0,3}?\s*(?:\?+|:|\s-|\s–)\s*(?:(?:nah|no+|nope|none|nothing|never|negative|nil|zero|not really"
    r"|not at all)\b(?!\s+(?:idea|clue|sure|way)\b))"
    # ...or a bare checklist: "fever no, stiff neck no, rash no" (not "no better", "no longer",
    # nor "weak and no, I haven't fallen")
    r"|^(?:\s+(?!and\b|but\b|or\b)[\w']+){0,2}?\s+(?:no|nope|nah|none|nil)\s*(?:[,;.!/]|$)"
    # ...or answered in a sentence of its own: "Double vision. No. I checked each eye"
    r"|^(?:\s*[\w']+){0,2}?\s*\.\s*(?:no|nope|nah|none|nil)\s*(?:[.!,;]|$)")


# a sign said of the generic "you" is a question about signs, nobody's report: "can hiccups stop
# you breathing?"
GENERIC_YOU = re.compile(r"\byou\b")


def _mark_signs(mentions: List[Mention], said, **context) -> List[Mention]:
    """The user's asserted signs (symptoms and red flags) for which `said(mention)` holds get
    the given context (negated=True, hypothetical=True)."""
    return [replace(m, **context) if m.kind in ("symptom", "red_flag") and m.asserted
            and said(m) else m for m in mentions]


def _generic_you(mentions: List[Mention], text: str) -> List[Mention]:
    low = text.lower()
    return _mark_signs(mentions, lambda m: GENERIC_YOU.search(low[m.start:m.end]),
                       hypothetical=True)


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


def _sign_asked_about(mentions: List[Mention], text: str) -> List[Mention]:
    low = text.lower()
    by_degree = [(m.start(), m.end()) for m in HOW_TOO.finditer(low)]

    def sentence_start(at: int) -> int:
        return max(low.rfind(mark, 0, at) for mark in ".!?\n") + 1

    def which_of_two(m: Mention, start: int) -> bool:
        """The first option needs an "or" after it; both need the sentence to be a question."""
        ends = re.search(r"[.!?\n]", low[m.end:])
        which = WHICH_OF_TWO.search(low[start:m.start])
        if which is None or ends is None or ends.group() != "?":
            return False
        return bool(which.group("first") or re.search(r"\bor\b", low[m.end:m.end + ends.start()]))

    def asked(m: Mention) -> bool:
        start = sentence_start(m.start)
        if ASKED_SUBJECT.match(low[start:m.start]) or which_of_two(m, start) or any(
                a <= m.start and m.end <= b for a, b in by_degree):
            return True
        # ...or of a question after a comma: "we ring 999 for that, but is slurring from
        # tiredness different?" (only when the sentence ends with a question mark)
        comma = max(low.rfind(",", start, m.start), low.rfind(";", start, m.start))
        ends = re.search(r"[.!?\n]", low[m.end:])
        return (comma >= 0 and ends is not None and ends.group() == "?"
                and bool(ASKED_SUBJECT.match(re.sub(r"^\s*but\b", "", low[comma + 1:m.start]))))

    return _mark_signs(mentions, asked, hypothetical=True)


# A sign found on the user's own body is the user's, whoever found it: "my flatmate found purple
# spots on my tummy"
ON_MY_BODY = re.compile(r"^\s+(?:[\w']+\s+){0,2}?(?:on|in|over|across|down|all over) my\b")


def _on_my_body(mentions: List[Mention], text: str) -> List[Mention]:
    low = text.lower()
    return [replace(m, experiencer="user") if m.kind == "symptom" and m.experiencer == "other"
            and ON_MY_BODY.match(low[m.end:m.end + 40]) else m for m in mentions]


def _answered_no(mentions: List[Mention], text: str) -> List[Mention]:
    """...and so is the site of such a sign ("droopy face - nope"): no twitch site."""
    low = text.lower()
    out = _mark_signs(mentions, lambda m: ANSWERED_NO.match(low[m.end:m.end + 30]),
                      negated=True)
    return [replace(m, negated=True) if m.kind == "body_part" and m.asserted
            and ANSWERED_NO.match(low[m.end:m.end + 30]) else m for m in out]


# Someone else's past illness, told in the past simple over a long time: "my aunt had bell's
# palsy and her face drooped for months". Without such a span it stays present (safety bias:
# "my son had a seizure and his lips turned blue" may be minutes ago), and so does a clause
# that says it is now ("she had a fit just now").
CLAUSE_BREAK = re.compile(r"[,;.!?]|\b(?:and|but|so|then)\b")
# "ago" is now only after a short span ("20 min ago", "two days ago"); "ages ago", "3 years ago"
# and "a long time ago" are the past (one fixed-width look-behind per unit)
RECENT_AGO = "".join(f"(?<!{unit} )" for unit in (
    "week", "weeks", "month", "months", "year", "years", "decade", "decades", "ages", "time",
    "yonks")) + "ago"
# A clause says "now" by the time of today, by a sign that lasts up to now, or by how it began
TODAY = (r"now|just|currently|at the moment|today|tonight|this (?:morning|afternoon|evening)|"
         + RECENT_AGO + r"|woke up|getting worse|worse")
LASTING = r"still|keeps?|right"
ONSET_WORDS = r"sudden(?:ly)?|out of nowhere|out of the blue"
NOW_CUE = re.compile(r"\b(?:" + "|".join((TODAY, LASTING, ONSET_WORDS)) + r")\b")
# ...without the words of how it began ("out of nowhere"), which a story of the past has too
NOW_TIME_CUE = re.compile(r"\b(?:" + TODAY + "|" + LASTING + r")\b")
# a lasting sign of a relative's illness is new only when told so ("still" and "keeps" say it
# has lasted: "since his stroke he still mixes up his words")
NEW_CUE = re.compile(r"\b(?:" + TODAY + "|" + ONSET_WORDS + r"|again|new)\b")
# ...where a plain "now" says only that it lasts: "he has MND and can't lift his arms now"
NEW_NOT_NOW_CUE = re.compile(r"\b(?:just now|right now)\b|\b(?!now\b)(?:" + TODAY + "|" + ONSET_WORDS
                             + r"|again|new)\b")
LONG_SPAN = re.compile(r"\bfor (?:(?:a few|several|many|some|two|three|\d+) )?(?:weeks|months"
                       r"|years|decades|ages)\b|\bfor (?:a|one) (?:month|year)\b"
                       r"|\bfor a long time\b")
HAD_BEFORE = re.compile(r"\bhad\s+(?:(?:a|an|the|her|his|their|some|bad|really|terrible|"
                        r"awful)\s+)*$")
AUX_BEFORE = re.compile(r"\b(?:is|are|am|'s|'re|has|have|'ve|just|been|be|being|get|gets|got|"
                        r"keeps?|now)\s+$")


def _up_to_break(after: str) -> str:
    """The words of `after` up to the next clause break."""
    following = CLAUSE_BREAK.search(after)
    return after[:following.start()] if following else after


def _clause(text: str, start: int, end: int, sentence: "tuple[int, int]") -> str:
    before = text[sentence[0]:start]
    cut = [m.end() for m in CLAUSE_BREAK.finditer(before)]
    return ((before[cut[-1]:] if cut else before) + text[start:end]
            + _up_to_break(text[end:sentence[1]]))


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
    r"\blast (?:week|month|year|christmas|easter|summer|winter|spring|autumn|fall)\b"
    r"|\b(?:a|one|two|three|four|five|six|several|a few|few|many|some|\d+) (?:weeks?|months?"
    r"|years?) (?:ago|back)\b|\bin (?:19|20)\d\d\b")
STILL_NOW = re.compile(r"\b(?:now|just|still|again)\b")
REPEATED = re.compile(r"\b(?:another|again)\b")  # "...and just had another one"


def _past_episodes(mentions: List[Mention], text: str, sentences: List["tuple[int, int]"]
                   ) -> List[Mention]:
    out = list(mentions)
    low = text.lower()
    for k, m in enumerate(out):
        if m.kind != "symptom" or m.value not in EPISODES or not m.asserted:
            continue
        sentence = next((s for s in sentences if s[0] <= m.start < s[1]), None)
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
    r"\b(?:aged?|at the age of) \d{1,2}\b|\bat (?:1[3-9]|[2-9]\d)\b"
    r"(?!\s*(?:am|pm|a\.m|p\.m|:|\.\d|o'?clock|min|hour|hr))"
    r"|\b(?:in |that was |back in )?(?:19|20)\d\d\b|\b(?:towards?|near|at|by) the end\b"
    r"|\bin the end\b|\bbefore (?:he|she|they) (?:died|passed)\b"
    # long-term care of a lasting illness (not a bare "had to": "she had to sit down, she
    # couldn't breathe" may be now)
    r"|\bhad to be (?:fed|tube[- ]fed)\b|\b(?:feeding|through a) tube\b"
    r"|\bback then\b|\bat the time\b"
    # a relative who has died ("she's been gone 5 years now", "before he passed away"), or a
    # decade of their life ("in his twenties")
    r"|\b(?:died|passed away|passed on)\b|\b(?:she|he|they)(?:'s|s| is| has| have)? (?:been )?gone\b"
    r"|\bin (?:my|his|her|their) (?:teens|twenties|thirties|forties|fifties|sixties|seventies"
    r"|[2-7]0s)\b|\bin the (?:19)?[5-9]0s\b|\bin the (?:fifties|sixties|seventies|eighties"
    r"|nineties)\b"
    r"|\b(?:weeks|months|years|decades|ages|yonks|a long time) ago\b")
# the past tense of a symptom phrase: "drooped", "couldnt swallow", "had a stroke"
PAST_FORM = re.compile(r"^(?:\w+ed|had|could(?:n't|nt| not)|was|were|went|lost|got)\b")
# ...or has one inside it: "throat closed up"
PAST_INSIDE = re.compile(r"\b(?:\w+ed|went|lost|got|came|fell|shook|bit)\b")
PAST_BEFORE = re.compile(r"\b(?:could(?:n't|nt| not)|was|were|went|had|got|became|did)\s+"
                         r"(?:\w+\s+)?$")
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
# "5 years now" counts time up to now; it says nothing happens now ("she's been gone 5 years now")
SPAN_TO_NOW = re.compile(r"\b(?:\d+|a few|many|several|two|three|four|five|ten) (?:years?|yrs"
                         r"|months?|decades?)(?: clear| free| since)? now\b"
                         # an age: "i'm 30 now"
                         r"|\b(?:i'?m|i am|she'?s|he'?s|they'?re) \d{1,2} now\b")
# ...or one told by what it left behind: "a stroke that left her walking with a stick"
LEFT_THEM = re.compile(r"\s*(?:that|which) (?:has )?left (?:him|her|them)\b")
# a relative retelling their illness: "she says it was the worst headache of her life"
RETOLD = re.compile(r"\b(?:says?|said|told (?:me|us)|describes?|described|remembers?|recalls?"
                    r"|calls? it|called it)\b")
# ...and so is an event named as a time: "after his stroke", "since her seizure"
AFTER_THEIR = re.compile(r"\b(?:after|since|following) (?:his|her|their|a|an|the) (?:big |bad "
                         r"|last |massive |major )?$")


# A relative's episode told in the past and said to be over ("she's fine", "fully recovered",
# "doing rehab"), dated by a festival or by their age now: "my grandpa had a stroke during
# Chinese New Year, he's doing rehab now", "my son had the seizure at 3 with a fever, he's 12 now
# and fine". Without the date it stays ("my son had a seizure, he's fine now" may be minutes ago).
RECOVERED = re.compile(
    r"\b(?:he|she|they|i)(?:'s|'re|'m| is| are| am|s)? (?:[\w']+ ){0,3}?(?:fine|ok|okay|alright"
    r"|all right|recovered|recovering)\b|\b(?:and|but|now|all) (?:fine|ok|okay|well)\b"
    r"|\bfully recovered\b|\bmade a (?:full |good )?recovery\b|\b(?:doing|in) rehab\b"
    r"|\bback to normal\b|\bback to (?:his|her|their) (?:old )?self\b")
FESTIVAL = re.compile(
    r"\b(?:at|during|over|on|for) (?:the )?(?:christmas|xmas|easter|eid|diwali|chinese new year"
    r"|lunar new year|new year(?:'s)?(?: eve)?|thanksgiving|hanukkah|passover|ramadan|holi"
    r"|navratri|boxing day)\b"
    # ...or a month: "keeled over at my wedding in june, he was fine after"
    r"|\bin (?:january|february|march|april|june|july|august|september|october|november"
    r"|december)\b")
AGE_NOW = re.compile(r"\b(?:he|she|they)(?:'s|s| is|'re| are) (?:\d{1,2}|a teenager|an adult"
                     r"|grown up) now\b")


# A relative's first episode told as an event ("her first seizure happened in her exams"), unless
# the sentence says it is now ("his first fit was ten minutes ago")
FIRST_BEFORE = re.compile(r"\bfirst\s+(?:\w+\s+)?$")
HAPPENED_AFTER = re.compile(r"\s+(?:happened|occurred|was|came|started|began)\b")
# ...or a past habit: "he choked on his food a lot after his stroke"
HABIT_AFTER = re.compile(r"^\s+(?:[\w']+\s+){0,4}?(?:a lot|all the time|often|every day"
                         r"|regularly|constantly|most days)\b")


def _relative_past_or_habit(m: Mention, low: str, sentence: "tuple[int, int]") -> bool:
    if not (m.asserted and m.kind in ("symptom", "red_flag") and m.experiencer == "other"):
        return False
    before = low[max(sentence[0], m.start - 60):m.start]
    if AFTER_THEIR.search(before) or LEFT_THEM.match(low, m.end):
        return True
    if (FIRST_BEFORE.search(before) and HAPPENED_AFTER.match(low, m.end)
            and not NOW_CUE.search(low, sentence[0], sentence[1])):
        return True
    clause = _clause(low, m.start, m.end, sentence)
    if NOW_TIME_CUE.search(clause):
        return False
    if _told_in_past(m, low, sentence) and HABIT_AFTER.match(_up_to_break(low[m.end:sentence[1]])):
        return True
    words = low[m.start:m.end]
    if HABIT_BEFORE.search(before) or (
            HABIT_PLURAL_BEFORE.search(before) and words.endswith("s")):
        # ...unless one is happening: "he gets seizures and he's having one now"
        return not ONE_NOW.search(low, sentence[0], sentence[1])
    # told in the past tense, or retold: "he says the headache was the worst of his life"
    past = _told_in_past(m, low, sentence) or bool(RETOLD.search(low, sentence[0], m.start))
    words = low[sentence[0]:sentence[1]]
    if past and RECOVERED.search(words) and (FESTIVAL.search(words) or AGE_NOW.search(words)):
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


def _told_in_past(m: Mention, low: str, sentence: "tuple[int, int]") -> bool:
    """The mention is a past-tense phrase ("drooped", "had a stroke") or follows a past verb
    ("was confused", "couldn't swallow")."""
    return bool(PAST_FORM.match(low[m.start:m.end]) or PAST_INSIDE.search(low[m.start:m.end])
                or PAST_BEFORE.search(low[max(sentence[0], m.start - 60):m.start]))


# The user's own past: a time long gone in the sentence
OWN_PAST_ANCHOR = re.compile(
    # it has not come back: "nothing since", "never again", "15 yrs clear now"
    r"\bnothing (?:like (?:it|that) )?since\b|\bnever again\b|\bnot since\b|\bnone since\b"
    r"|\bneonatal\b|\bas a newborn\b|\bwhen i was born\b"
    r"|\b(?:\d+|a few|many) (?:yrs|years) clear\b|\ball clear since\b"
    r"|\b(?:all|been|totally|completely) (?:fine|good|ok|okay|well) (?:ever )?since\b"
    r"|\bfine ever since\b"
    r"|\bas a (?:kid|child|teen(?:ager)?|baby|toddler|student)\b"
    r"|\bwhen i was (?:a (?:kid|child|teen(?:ager)?|student)|younger|little|small|\d{1,2})\b"
    r"|\b(?:at|in) (?:uni|university|college|school|high school)\b")


# ...years back, or closed ("fine ever since"): there a sign with no verb of its own is past too
# ("in 2014, concussion from a car crash, sick for a day, fine ever since"), not one told with
# a verb of now ("in 2019 I had a stroke and my arm is weak")
YEARS_BACK = re.compile(r"\b(?:in|back in) (?:19|20)\d\d\b|\b(?:\d+|a few|many|several|some|two"
                        r"|three|four|five|ten) (?:years?|yrs|decades?) (?:ago|back)\b")
PRESENT_VERB = re.compile(r"\b(?:is|are|am|isn't|isnt|aren't|arent|has|have|keeps?|can|can't|cant"
                          r"|cannot|feels?|gets?|getting|still|now)\b|'m\b|'re\b|'ve\b")


@functools.lru_cache(maxsize=1)
def _row_partners() -> dict:
    """For each symptom, the symptoms it makes a red flag with (bot/knowledge/red_flags.yml)."""
    from bot.kb import get_kb

    partners: dict = {}
    for flag in get_kb().red_flags.values():
        for row in flag.when + flag.when_on_medicine + flag.when_on_serotonergic:
            for symptom in row:
                partners.setdefault(symptom, set()).update(set(row) - {symptom})
    return partners


def _own_past(mentions: List[Mention], text: str, sentences: List["tuple[int, int]"]
              ) -> List[Mention]:
    """The user's own symptom told in the past tense in a sentence anchored long ago, with no
    word of now in it ("got concussed at uni ages ago, was confused for a day back then") is
    their history. Kept current when a sign it makes a red flag with is current elsewhere in
    the message: "I hit my head 3 weeks ago. Now I'm confused" still needs a doctor today."""
    low = text.lower()
    past: List[int] = []
    for sentence in sentences:
        words = low[sentence[0]:sentence[1]]
        anchored = (PAST_ANCHOR.search(words) or PAST_TIME.search(words)
                    or OWN_PAST_ANCHOR.search(words))
        if not anchored or NOW_CUE.search(SPAN_TO_NOW.sub("", words)):
            continue
        long_gone = YEARS_BACK.search(words) or OWN_PAST_ANCHOR.search(words)
        for k, m in enumerate(mentions):
            if (sentence[0] <= m.start < sentence[1] and m.asserted and m.experiencer == "user"
                    and m.kind in ("symptom", "red_flag") and (
                        _told_in_past(m, low, sentence) or (long_gone and not PRESENT_VERB.search(
                            _clause(low, m.start, m.end, sentence))))):
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
        sentence = next((s for s in sentences if s[0] <= m.start < s[1]), None)
        if not (sentence and m.asserted and m.kind in ("symptom", "red_flag")
                and CHOKED.match(low[m.start:m.end]) and _told_in_past(m, low, sentence)):
            continue
        after = low[m.end:sentence[1]]
        if (CLEARED.search(after) or RECOVERED.search(after)) and not NOW_TIME_CUE.search(
                low, sentence[0], sentence[1]):
            out[k] = replace(m, historical=True)
    return out


# Someone else's sign while the user is travelling to them ("my gran has had a stroke, I'm on the
# first flight out"), or while they are in care and the user is told by phone or is at home
# ("dad's in the hospice, he can't swallow now", "grandad's in his care home, the nurses just
# called"). An alarm would not help them; without such words it stays ("my dad collapsed in
# Tesco, I'm on my way" is still an emergency).
IN_CARE = re.compile(r"\b(?:icu|intensive care|hospital|hospice|care home|nursing home|rehab"
                     r"|the ward|resus)\b")
# travelling to them (not "collapsed on the flight": then they are together)
FAR_AWAY = re.compile(r"\b(?:flying|fly|flew) (?:out|over|home|back)\b|\b(?:first|next|earliest"
                      r"|no|book(?:ed)? a|get a|got a) flights?\b|\bflights? (?:out|home|till|until"
                      r"|tomorrow)\b|\babroad\b|\boverseas\b|\bother side of the world\b"
                      r"|\bback home in\b")
PHONED = re.compile(r"\b(?:nurses?|hospital|the home|care home|staff|doctors?|they|aunt|uncle"
                    r"|mum|mom|dad|sister|brother)\s+(?:just\s+)?(?:called|rang|phoned)\b"
                    r"|\bwaiting by the phone\b|\bi'?m at home\b|\bstuck here\b")


def _others_elsewhere(mentions: List[Mention], text: str, sentences: List["tuple[int, int]"]
                      ) -> List[Mention]:
    low = text.lower()
    far, phoned = FAR_AWAY.search(low), PHONED.search(low)
    if not (far or phoned):
        return mentions
    out = list(mentions)
    for k, m in enumerate(out):
        sentence = next((s for s in sentences if s[0] <= m.start < s[1]), None)
        if not (sentence and m.asserted and m.experiencer == "other"
                and m.kind in ("symptom", "red_flag")):
            continue
        if far or IN_CARE.search(low, sentence[0], sentence[1]):
            out[k] = replace(m, historical=True)
    return out


# A sign of an animal ("our spaniel had a fit at the vets"), or a sign named as a place or a job
# ("I nurse on a stroke unit", "the epilepsy nurse"), is nobody's sign now
ANIMAL_SUBJECT = re.compile(
    r"\b(?:our|my|the|his|her|their|a)\s+(?:[\w']+\s+)?(?:dog|puppy|pup|spaniel|labrador|lab"
    r"|terrier|collie|retriever|poodle|cat|kitten|horse|pony|rabbit|hamster|parrot|budgie|pet)"
    r"(?:'s)?\s+(?:(?:has|had|is|was|keeps|just|started|suddenly|a|an)\s+)*$")
SIGN_AS_NOUN = re.compile(r"^\s*(?:unit|ward|nurses?|team|clinic|specialists?|service|awareness"
                          r"|course|training|poster|leaflet|patients?|survivors?|rehab)\b")


def _not_a_person_now(mentions: List[Mention], text: str) -> List[Mention]:
    low = text.lower()
    out = []
    for m in mentions:
        if m.kind in ("symptom", "red_flag") and m.asserted:
            if ANIMAL_SUBJECT.search(low[max(0, m.start - 40):m.start]):
                m = replace(m, historical=True, experiencer="other")
            elif SIGN_AS_NOUN.match(low[m.end:m.end + 20]):
                m = replace(m, hypothetical=True)
        out.append(m)
    return out


# A dream runs on past "and my..." (which ends ConText's scope) until the sentence ends or the
# dreamer wakes: "dreamt my face drooped and my words came out wrong, woke up fine"
DREAM = re.compile(r"\b(?:had a dream|dreamt|dreamed|in my dream|nightmare)\b")
WOKE = re.compile(r"\bwo(?:ke|ken)\b|\bwaking\b")


def _dreamed(mentions: List[Mention], text: str, sentences: List["tuple[int, int]"]
             ) -> List[Mention]:
    low = text.lower()
    spans = []
    for dream in DREAM.finditer(low):
        sentence = next((s for s in sentences if s[0] <= dream.start() < s[1]), None)
        if sentence:
            woke = WOKE.search(low, dream.end(), sentence[1])
            spans.append((dream.end(), woke.start() if woke else sentence[1]))
    if not spans:
        return mentions
    return [replace(m, hypothetical=True) if m.kind in ("symptom", "red_flag", "body_part")
            and m.asserted and any(a <= m.start < b for a, b in spans) else m for m in mentions]


# A numb or drooping mouth from the dentist's injection is the anaesthetic, not a stroke: "mouth
# numb from the dentist, dribbled my coffee till it wore off"
DENTAL = re.compile(r"\b(?:dentist|dental|anaesthetic|anesthetic|novocaine|lidocaine|filling"
                    r"|root canal|wisdom tooth|wisdom teeth)\b")
NUMBED_SIGNS = ("numbness", "tingling", "facial_weakness", "swallowing_trouble", "speech_trouble")


def _dental_numbness(mentions: List[Mention], text: str, sentences: List["tuple[int, int]"]
                     ) -> List[Mention]:
    low = text.lower()
    out = list(mentions)
    for sentence in sentences:
        if not DENTAL.search(low, sentence[0], sentence[1]):
            continue
        for k, m in enumerate(out):
            if (sentence[0] <= m.start < sentence[1] and m.kind == "symptom" and m.asserted
                    and m.experiencer == "user" and m.value in NUMBED_SIGNS):
                out[k] = replace(m, historical=True)
    return out


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
                     or SUBJECT_LINK.match(text[mention.end:following.start].lower()))):
            out[k] = replace(mention, historical=True, experiencer="other")
    return out


def _relative_with_diagnosis(mentions: List[Mention], sentence: "tuple[int, int]") -> bool:
    """A relative's named illness in the sentence, or an event of theirs that is over ("after
    his stroke")."""
    return any((m.kind == "condition" or (m.kind == "red_flag" and m.historical))
               and m.experiencer == "other" and not m.negated
               and not m.hypothetical and sentence[0] <= m.start < sentence[1]
               for m in mentions)


def _others_past(mentions: List[Mention], text: str, sentences: List["tuple[int, int]"]
                 ) -> List[Mention]:
    """Someone else's symptom told in the past simple ("had bell's palsy", "her face drooped")
    in a sentence that says it lasted weeks or longer is their history, unless its own clause
    says it is now; so is a lasting sign of someone else's named illness in the same sentence
    (EXPLAINED_BY_DIAGNOSIS), unless its clause says it is new. The user's own words are left
    alone."""
    out = list(mentions)
    low = text.lower()
    for sentence in sentences:
        for k, m in enumerate(out):
            if sentence[0] <= m.start < sentence[1] and _relative_past_or_habit(m, low, sentence):
                out[k] = replace(m, historical=True)
        # A lasting sign of a relative is explained by their named illness in the sentence, or
        # they "had" it as part of one: "my father had muscle wasting in his legs" (an episode
        # they "had" may be minutes ago, see below)
        diagnosed = _relative_with_diagnosis(out, sentence)
        in_care = LONG_TERM_CARE.search(low, sentence[0], sentence[1])
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
    return out


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


def _not_unresponsive(mention: Mention, text: str) -> bool:
    if mention.value != "loss_of_consciousness" or not RESPOND_WORDS.search(mention.text.lower()):
        return False
    low = text.lower()
    return (NOT_A_PERSON_RESPONDING.match(low[mention.end:]) is not None
            or DECLINER_BEFORE.search(low[max(0, mention.start - 40):mention.start]) is not None)


# A sign that began suddenly, minutes or hours ago, or on waking: with a drooping face or a weak
# limb this is a stroke until proven otherwise (bot.facts). Not after a denial ("it wasn't
# sudden", "didn't come on suddenly").
ONSET_CUE = re.compile(
    r"\b(?:sudden(?:ly)?|all of a sudden|out of nowhere|out of the blue|without warning"
    r"|just now|woke up (?:with|and|to find)|came on (?:fast|quickly|suddenly|in minutes)"
    r"|(?:(?:a few|few|a couple of|couple of|several|\d+|one|two|three|four|five|ten|fifteen"
    r"|twenty|thirty|forty|an?) )?(?:min(?:ute)?s?|hours?|hrs?) (?:ago|back)"
    r"|(?:within|in) (?:a few |a couple of )?(?:minutes|seconds)"
    r"|in (?:about |around )?(?:a|one|a split) second|in a heartbeat|full force"
    r"|(?:from )?(?:zero|0|nothing) to (?:maximum|max|ten|10|full)|all at once|in a blink"
    r"|(?:wake|wakes|waking) up (?:with|and|to find)"
    # no warning: "instant", "no build up", "like lightning", "came from nowhere"
    r"|instant(?:ly)?|no build ?up|like lightning|(?:came )?from nowhere"
    # a clock time today: "since about 7pm"
    r"|since (?:about |around )?\d{1,2}(?::\d\d)? ?(?:am|pm)"
    # how long it has lasted, when that is minutes or hours: "since half an hour" (as Indian
    # English says it), "for the last 20 minutes"
    r"|(?:since|for the (?:last|past)|for) (?:about |around |almost |nearly )?(?:half an hour"
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
                      r"(?:left|right) side|(?:left|right) side of (?:my|his|her|the) body)\b")


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
BREATHING_FINE = re.compile(r"\bfine for breath\b|\bbreathing (?:is |'s )?(?:fine|ok|okay|normal"
                            r"|normally|alright)\b")


def _abilities(text: str) -> List[Mention]:
    low = text.lower()
    out: List[Mention] = [Mention("symptom", "breathing_trouble", m.start(), m.end(),
                                  text[m.start():m.end()], negated=True)
                          for m in BREATHING_FINE.finditer(low)]
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
    r"\b(\d{2,3}(?:[.,]\d{1,2})?)\s*(?:°|º|degrees?|deg)?\s*([cf])?\s+(?:on the thermometer"
    r"|fever|temp(?:erature)?)\b")
HEAD_BLOW = re.compile(
    r"\b(?:hit|smacked|smashed|banged|bumped|knocked|whacked|cracked|bashed|slammed|struck"
    r"|thumped|clonked|fell on|landed on)\s+(?:the\s+(?:back|side|top|front)\s+of\s+)?"
    r"(?:my|me|ma|his|her|their|the)\s+(?:own\s+)?(?:head|heid|skull)\b"
    r"|\b(?:head|skull)\s+(?:hit|smacked|slammed|banged|cracked)\s+(?:on|against|into)\b"
    r"|\bhead-?butt(?:ed)?\b|\b(?:clashed|bumped|banged|cracked|knocked) heads\b"
    r"|\bheaded (?:the|a) (?:ball|football)\b"
    # what a blow left: "a lump on her forehead", "an egg on his head" (the match stops before
    # the body part, a mention of its own)
    r"|\b(?:lump|egg|bump|gash)(?= on (?:my|his|her|their|the) (?:forehead|head|skull)\b)"
    # a thing that struck it: "took a netball to the side of the head", "got an elbow in the head"
    r"|\b(?:took|got|caught|copped)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:to|in|on)\s+"
    r"(?:the\s+(?:back|side|top|front)\s+of\s+)?(?:my|his|her|their|the)\s+(?:head|skull)\b")
# Food, drink or pills that will not go down, or a cough on every mouthful: "can't get her
# tablets down", "spluttering on every sip" (not "can't get my weight down")
SWALLOW_FAILS = re.compile(
    r"\b(?:can't|cant|cannot|can not|couldn't|couldnt|unable to)\s+(?:even\s+)?get\s+(?:even\s+)?"
    r"(?:(?:my|his|her|their|the|any|a|some)\s+)?(?:own\s+)?(?:food|water|drinks?|tablets?|pills?|meds|medicines?|medication"
    r"|liquids?|fluids?|tea|soup|spit|saliva|anything|it|them)\s+down\b"
    r"|\b(?:cough|choke|splutter|gag|sputter)(?:s|es|ed|ing)?\s+(?:on|over|with|after)\s+"
    r"(?:every|each|any)\s+(?:single\s+)?(?:sip|mouthful|bite|drink|swallow|spoonful|gulp)\b"
    # "not able to take down even the water", a drink that comes back through the nose
    r"|\b(?:not able to|unable to|can't|cant|cannot|can not)\s+(?:take|keep|get)\s+down\b"
    r"|\b(?:can't|cant|cannot|can not)\s+get\s+(?:even\s+)?(?:a\s+)?(?:sip|mouthful|bite|drop"
    r"|crumb)\b[^.;!?]{0,25}?\b(?:past|down)\b"
    r"|\b(?:water|drinks?|food|soup|tea|milk|juice|it)\s+(?:is\s+|keeps\s+)?(?:coming|comes"
    r"|came|going|goes|went)\s+(?:back\s+)?(?:up\s+)?(?:out\s+)?(?:through|out of|from)\s+"
    r"(?:my|his|her|their|the)\s+nose\b")
# Coming round on the floor: "woke up on the kitchen floor", "came to lying on the pavement"
CAME_TO_ON_FLOOR = re.compile(
    r"\b(?:woke|woken|waking|came|coming)\s+(?:up\s+|to\s+|round\s+|around\s+)?(?:on|lying on"
    r"|face down on|flat on)\s+(?:the|a|my)\s+(?:[\w-]+\s+)?(?:floor|ground|pavement|road"
    r"|grass|carpet|tiles)\b|\b(?:woke|came)\s+(?:up\s+|to\s+|round\s+)?at the (?:bottom|foot) of"
    r" the stairs\b|\bfound myself (?:on|lying on) the (?:[\w-]+\s+)?(?:floor|ground)\b"
    # ...or found there by someone: "my roommate found me on the floor shaking"
    r"|\bfound (?:me|him|her|them) (?:lying |collapsed |passed out )?on the (?:[\w-]+\s+)?"
    r"(?:floor|ground|pavement)\b"
    # ...or slow to come round: "didn't come round for about a minute", "didn't come round
    # properly between the fits" (not "didn't come round for tea"; the match stops before the
    # time, which is a duration mention of its own)
    r"|\b(?:didn't|didnt|did not|wouldn't|wouldnt)\s+come\s+(?:round|around|to)\b(?=\s+(?:properly"
    r"|for (?:about |around |nearly |over |a good )?(?:a|an|one|two|three|\d+|a few|several)"
    r" (?:secs?|seconds?|mins?|minutes?)\b))"
    r"|\btook (?:him |her |me |them )?(?:ages|a while|a minute|a few minutes|\d+ minutes) to come"
    r" (?:round|around|to)\b")
# A fit told as it looks: going stiff, then shaking or jerking ("went stiff on the couch then
# shook all over", "she's gone stiff and her arms are jerking")
_WENT_STIFF = (r"\b(?:went|gone|goes|going|go|became|turned)\s+(?:all\s+|completely\s+)?"
               r"(?:stiff|rigid)\b")
_SHOOK = r"(?:shook|shaking|shakes|jerked|jerking|jerks|convuls\w*|fitting|thrashing)\b"
STIFF_THEN_JERKING = re.compile(
    # told in order: "went stiff on the couch then shook"
    _WENT_STIFF + r"[^.;!?]{0,30}?\b(?:then|before)\s+(?:\w+\s+){0,2}?" + _SHOOK
    # ...or the shaking is of the whole body: "went rigid and was jerking all over"
    + r"|" + _WENT_STIFF + r"[^.;!?]{0,30}?\b" + _SHOOK
    + r"(?:\s+\w+){0,2}?\s+(?:all over|everywhere|in rhythm|uncontrollably)"
    # ...or the limbs shake: "she's gone stiff and her arms are jerking"
    + r"|" + _WENT_STIFF + r"\s+and\s+(?:his|her|their|my)\s+(?:arms|legs|body|whole body)\s+"
    r"(?:are|is|were|was|started|kept|keep)\s+(?:\w+\s+)?" + _SHOOK)

DENIED_BEFORE = re.compile(r"(?:\bnot|n't|\bnt|\bnever|\bno|\bnobody|\bno one|\bwithout)\s+"
                           r"(?:\w+\s+){0,2}$")
IF_BEFORE = re.compile(r"\b(?:if|what if|in case|could|would|might|should)\b[^,.;!?]*$")
OTHER_HEAD = re.compile(r"\b(?:his|her|their)\b")


def _fever(value: str, unit: str | None) -> bool:
    degrees = float(value.replace(",", "."))
    if unit == "f" or degrees >= 90:
        return 100.4 <= degrees <= 110
    return 38 <= degrees <= 44


def _pattern_signs(text: str) -> List[Mention]:
    low = text.lower()
    out: List[Mention] = []
    # (symptom, start, end, where the pattern began) of each sign a pattern finds
    found = [("fever", m.start(), m.end(), m.start())
             for pattern in (TEMPERATURE, TEMPERATURE_FIRST, TEMPERATURE_BARE)
             for m in pattern.finditer(low) if _fever(m.group(1), m.group(2))]
    found += [(symptom, m.start(), m.end(), m.start()) for symptom, pattern in (
        ("head_injury", HEAD_BLOW), ("swallowing_trouble", SWALLOW_FAILS),
        ("loss_of_consciousness", CAME_TO_ON_FLOOR)) for m in pattern.finditer(low)]
    found += [("seizure", m.start(), m.end(), m.start()) for m in STIFF_THEN_JERKING.finditer(low)]
    for symptom, start, end, began in found:
        before = low[max(0, began - 40):began]
        out.append(Mention(
            "symptom", symptom, start, end, text[start:end],
            negated=bool(DENIED_BEFORE.search(before)),
            hypothetical=bool(IF_BEFORE.search(before)),
            experiencer="other" if symptom == "head_injury" and OTHER_HEAD.search(
                low[start:end]) else "user"))
    return out


# A headache that began suddenly and is the worst, or severe, is a thunderclap headache: "a
# headache hit me out of nowhere, worst pain I've ever felt"
HEADACHES = {"headache", "severe_headache"}
SEVERE = re.compile(r"\b(?:worst|excruciating|unbearable|agony|agonising|agonizing|splitting"
                    r"|explo(?:sive|ded|des|ding)|10/10|10 out of 10"
                    r"|severe|like a (?:bat|hammer|baseball bat|brick|gunshot|explosion|firework)"
    r"|like an axe|like lightning|like a bomb|bomb going off|like being shot|like boiling water"
    r"|door slammed"
    r"|never had anything like it|never felt anything like it|never in my life"
    r"|as bad as (?:pain|it) gets|never had pain (?:anywhere near|like) (?:this|it)"
    r"|like a horse kicked|like (?:a|an) (?:axe|door slamming|boiling egg)"
    r"|like (?:an )?explosion|hit (?:with|by) a (?:bat|hammer|brick))\b")


def _thunderclaps(mentions: List[Mention], text: str, sentences: List["tuple[int, int]"]
                  ) -> List[Mention]:
    if not any(m.kind == "symptom" and m.value in HEADACHES for m in mentions):
        return mentions
    low = text.lower()
    out = list(mentions)
    for sentence in sentences:
        heads = [m for m in mentions if m.kind == "symptom" and m.value in HEADACHES
                 and m.asserted and sentence[0] <= m.start < sentence[1]]
        if not heads or not SEVERE.search(low, sentence[0], sentence[1]):
            continue
        if any(not ONSET_DENIED.search(low[max(sentence[0], c.start() - 30):c.start()])
               for c in ONSET_CUE.finditer(low, sentence[0], sentence[1])):
            head = heads[0]
            out.append(replace(head, kind="red_flag", value="thunderclap_headache"))
    return sorted(out, key=lambda m: m.start)


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


# "3 weeks ago" dates an event; told of someone else ("my twin had a bleed two years ago", "my
# sister had palsy a few years back", "my nephew fitted for ages back in 2019") it dates theirs
AGO = re.compile(r"^\s*(?:ago|back|before)\b")
# ...unless what they did was to notice the twitch: "my wife noticed it 3 weeks ago"
THEIR_PAST_VERB = re.compile(r"^\s+(?:(?:also|once|ever|then|both)\s+)?\w{3,}ed\b"
                             r"(?!\s+(?:it|this|that|them|my|me)\b)")
THEIR_EVENT_VERB = re.compile(r"^\s+(?:(?:also|once|ever|then|both)\s+)?(?:had|got|was|were"
                              r"|went|passed|died|fell|collapsed)\b")
# an event the twitch dates from: "my dad died 3 months ago and it has twitched ever since"
EVER_SINCE = re.compile(r"\b(?:ever since|since then|since that|since it)\b")


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
        sentence = next((s for s in sentences if s[0] <= d.start < s[1]), None)
        if d.kind != "duration" or not d.asserted or sentence is None:
            continue
        start, end = _clause_bounds(low, d.start, d.end, sentence)
        if TWITCH_WORD.search(low, start, end):
            continue
        if EVER_SINCE.search(low, d.end, sentence[1]):
            continue
        signs = [m for m in out if m.kind in ANCHOR_KINDS and start <= m.start < d.start]
        if not signs and not OWN_NOW.search(low, start, end):
            # the nearest before it in the sentence, a twitch word included
            twitch = [t.start() for t in TWITCH_WORD.finditer(low, sentence[0], d.start)]
            signs = [m for m in out if m.kind in ANCHOR_KINDS
                     and sentence[0] <= m.start < d.start
                     and (not twitch or m.start > twitch[-1])]
        if signs and _someone_elses_or_past(signs[-1]):
            out[k] = replace(d, historical=True, experiencer=signs[-1].experiencer)
        elif not signs and _dates_their_event(d, low, start, sentence):
            out[k] = replace(d, historical=True, experiencer="other")
    return out


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
    return bool(THEIR_EVENT_VERB.match(told) or THEIR_PAST_VERB.match(told))


# "sat cross-legged" names a way of sitting, not a leg
NOT_A_SITE_BEFORE = re.compile(r"\bcross[- ]?$")


def _not_sites(mentions: List[Mention], text: str) -> List[Mention]:
    low = text.lower()
    return [m for m in mentions if not (
        m.kind == "body_part" and low[m.start:m.end] == "legged"
        and NOT_A_SITE_BEFORE.search(low[max(0, m.start - 7):m.start]))]


# A body part said to be normal before it is named ("strength normal in both arms and legs",
# "reflexes fine in my legs") or that does a normal thing ("both arms go up fine", "arms up no
# drama", "I can lift my arms fine") is no twitching site (LOOKS_NORMAL covers "my arm is fine")
NORMAL_BEFORE = re.compile(r"\b(?:normal|fine|ok|okay|good|equal|strong|full|intact|perfect)"
                           r"\s+(?:in|on|with|for|of|across)\s+(?:(?:both|my|the|all|each|his"
                           r"|her)\s+)?$")
DOES_NORMALLY = re.compile(
    r"^\s*(?:(?:go|goes|went|come|comes|came|lift|lifts|lifted|raise|raises|raised|move|moves"
    r"|moved|work|works|worked|up|down|out|both|all|just|totally|completely|straight|ok)\s+)"
    r"{0,3}(?:fine|normal(?:ly)?|ok|okay|no (?:probs?|problems?|drama|issues?|bother|trouble)"
    r"|without (?:a |any )?(?:problems?|issues?|trouble|bother))\b")
# body parts listed together share what is said of the list: "arms n legs", "arms, legs & face"
LIST_LINK = re.compile(r"^\s*(?:,|and|n|&|or|/|\+)\s*(?:(?:both|my|the|all|each)\s+)?$")


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
        if not (PAST_ANCHOR.search(words) or PAST_TIME.search(words)):
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
            if (PAST_VERB.search(low, since, m.start)
                    and not NOW_TIME_CUE.search(_clause(low, m.start, m.end, sentence))):
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
    r"|\bwhen i stood up\b")
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
CAN_BEFORE = re.compile(r"\b(?:can|could|able to)\s+[\w']+\s+(?:(?:my|both|the|his|her)\s+)?$")
MOVES_AFTER = re.compile(r"^\s+(?:go|goes|went|move|moves|moved|shut|shuts|close|closes|lift"
                         r"|lifts|raise|raises)\s+(?:up|properly|fine|normally|ok|okay|together"
                         r"|both ways|all the way)\b"
                         r"|^\s+(?:touches|reaches|gets to|goes down to)\s+(?:my|the)\b")
FACE_PARTS = FACE_SITES + ("eyelid",)
# ...but a face that droops or pulls with an eyelid twitch still counts as spreading
FACE_MOTOR_SIGNS = ("facial_weakness", "drooping_eyelid", "face_pulling", "spreading")


def _face_sites_of_other_things(mentions: List[Mention], text: str,
                                sentences: List["tuple[int, int]"]) -> List[Mention]:
    low = text.lower()
    faces = {m.value for m in mentions if m.kind == "body_part" and m.asserted
             and m.value in FACE_PARTS}
    if len(faces) < 2:  # only the count of face sites is at stake
        return mentions
    out = list(mentions)
    for k, m in enumerate(out):
        if not (m.kind == "body_part" and m.asserted and m.value in FACE_PARTS):
            continue
        sentence = next((s for s in sentences if s[0] <= m.start < s[1]), (0, len(low)))
        start, end = _clause_bounds(low, m.start, m.end, sentence)
        if TWITCH_WORD.search(low, start, end):
            continue
        other_sign = any(o.kind == "symptom" and o.asserted and start <= o.start < end
                         and o.value not in FACE_MOTOR_SIGNS for o in out)
        if (other_sign or CAN_BEFORE.search(low[max(start, m.start - 40):m.start])
                or MOVES_AFTER.match(low[m.end:end])):
            out[k] = replace(m, negated=True)
    return out


def _twitch_scope(mentions: List[Mention], text: str, sentences: List["tuple[int, int]"]
                  ) -> List[Mention]:
    """Only the user's twitch sites and the twitch's own duration stay asserted."""
    mentions = _normal_sites(_not_sites(mentions, text), text)
    mentions = _face_sites_of_other_things(mentions, text, sentences)
    mentions = _others_past_sites(mentions, text, sentences)
    mentions = _passed_ordinary_sensations(mentions, text, sentences)
    return _durations_of_other_signs(mentions, text, sentences)


def _not_overlapping(found: List[Mention], extra: List[Mention]) -> List[Mention]:
    """The `extra` mentions whose words no `found` mention already covers."""
    taken = [(m.start, m.end) for m in found]
    return [m for m in extra if not any(start < m.end and m.start < end for start, end in taken)]


def mentions_from_doc(doc: Doc) -> List[Mention]:
    """Mentions in a document processed by the pipeline of bot/nlp.py, in reading order."""
    mentions: List[Mention] = []
    for span in doc.ents:
        mention = _from_entity(span)
        if span.label_ in CONTEXT_KINDS and _asked_about(span):
            # kept as a question, so a classifier's red-flag guess on it is withdrawn
            mention = replace(mention, hypothetical=True, asked=True)
        mentions.append(mention)
        mentions.extend(_inner(span, mention))
    text = doc.text
    numeric = [("duration", s) for s in durations.find_durations(text)]
    numeric += [("frequency", s) for s in durations.find_frequencies(text)]
    mentions += _not_overlapping(mentions, [Mention(kind, span.value, span.start, span.end,
                                                    span.text) for kind, span in numeric])
    extra = _abilities(text) + _pattern_signs(text)
    # a fit told as it looks takes the words it is made of ("went stiff ... then shook" is no
    # stiffness and tremor)
    fits = [m for m in extra if m.value == "seizure"]
    mentions = [m for m in mentions if not any(f.start <= m.start and m.end <= f.end
                                               for f in fits)]
    mentions += _not_overlapping(mentions, extra)
    mentions = [m for m in mentions if not _not_unresponsive(m, text)]
    ordered = sorted(mentions, key=lambda m: m.start)
    ordered = _sign_asked_about(_generic_you(ordered, text), text)
    ordered = _deny_subjects(_answered_no(_on_my_body(ordered, text), text), text)
    sentences = [(s.start_char, s.end_char) for s in doc.sents]
    ordered = _past_episodes(_others_past(ordered, text, sentences), text, sentences)
    ordered = _cleared_choking(_own_past(ordered, text, sentences), text, sentences)
    ordered = _others_elsewhere(_not_a_person_now(ordered, text), text, sentences)
    ordered = _dreamed(_dental_numbness(ordered, text, sentences), text, sentences)
    ordered = _history_subjects(ordered, text)
    ordered = _twitch_scope(_onsets(ordered, text, sentences), text, sentences)
    return _thunderclaps(ordered, text, sentences)


def find_mentions(text: str) -> List[Mention]:
    """Mentions in the user's own spelling (bot.nlp.parse_message parses in lower case)."""
    from bot.nlp import parse_message

    text = text or ""
    return [replace(m, text=text[m.start:m.end]) for m in mentions_from_doc(parse_message(text))]


def asserted(mentions: List[Mention], kind: str) -> List[str]:
    """Ids of one kind that the message asserts, in order, without repeats."""
    seen: List[str] = []
    for mention in mentions:
        if mention.kind == kind and mention.asserted and str(mention.value) not in seen:
            seen.append(str(mention.value))
    return seen
