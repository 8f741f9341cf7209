"""Signs not happening here and now to a person: someone else's in care or taken away while the
user is elsewhere, a pet's, a sign named as a ward or a device, a dream, a list someone gave or
a document's warnings, a case from study or a patient's told by someone who works in care, and
the dentist's numbness."""

from __future__ import annotations

from dataclasses import replace
import re
from typing import Iterator, List

from bot.mentions.base import (NOW_TIME_CUE, ONSET_WORDS, PLACE_BEFORE, Mention,
                               _own_signs_past_in, in_spans, medicine_ids, sentence_around,
                               sentence_at)
from bot.mentions.owners import RELATIVES


# Someone else's sign while they are in care and the user is far away or told by phone ("dad's in
# the hospice, he can't swallow now, flying over friday", "grandad's in his care home, the nurses
# just called"). An alarm would not help them. Without the care it stays, even far away (both
# may be abroad, or on the same flight), and so does "my dad collapsed in Tesco, I'm on my way".
_CARE_PLACES = (r"icu|intensive care|hospital|hospice|care home|nursing home|rehab|the ward|resus"
                r"|a&e|a and e|emergency (?:room|department)|stroke unit|high dependency")
IN_CARE = re.compile(r"\b(?:" + _CARE_PLACES + r"|in (?:the )?er"
                     # round 50: a day centre, "the home", or a sign told as being "there"
                     r"|day cent(?:re|er)|the home|there(?=\s*(?:[.;!?]|$))"
                     # ...or with other people of theirs (round 20): "my cousins are with him"
                     r"|(?<!\bi )(?<!\bwe )(?:are|is|'s|'re) with (?:him|her|them)"
                     # ...or under doctors' tests (round 19): "the doctors are doing tests",
                     # "they're testing him for something"
                     r"|doctors? (?:are|is|have been) (?:doing|running) tests|(?:testing|checking)"
                     r" (?:him|her|them) for|(?:is|are|being) tested for)\b")
# ...or admitted with them (round 52: "My sister in Nairobi was admitted on Sunday with
# meningitis, fever and a stiff neck"; "Mum's in hospital in Cork with double vision") or after
# them: every sign after the "with" or "after" in that sentence is theirs, in care
ADMITTED_WITH = re.compile(r"\b(?:(?:was|were|been|got|is|'s|has been)\s+admitted"
                           r"|(?:'s|is|are|'re|was|were)\s+(?:still\s+|now\s+)?in\s+(?:the\s+)?(?:"
                           + _CARE_PLACES + r"))\b(?:(?!with (?:me|us)\b)[^.;!?]){0,40}?\b(?:with\b"
                           r"(?!\s+(?:me|us)\b)"
                           # round 56: "Brother's in hospital after passing out at his depot"
                           # (the signs of that clause only)
                           r"|(?P<after>after|following))\b")
# ...and someone somewhere with their signs has them, whether in care or not (round 65:
# "Partner's on a ship off Halifax with a chest infection, coughing and breathless"): every sign
# after the "with" in that sentence is theirs (ConText's scope ends at the comma)
SOMEWHERE_WITH = re.compile(r"(?:'s|\bis|\bare|'re|\bwas|\bwere)\s+(?:still\s+|now\s+)?(?:on|in|at|aboard"
                            r"|off)\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){1,4}?with\b"
                            r"(?!\s+(?:me|us)\b)")
USER_WORDS = re.compile(r"\b(?:i|i'm|im|i've|me|my|myself)\b")
# ...told in a sentence of its own: "her colleague rang me, she's in A&E in Cardiff" (round 15)
THEY_ARE_IN_CARE = re.compile(r"\b(?:she|he|they)(?:'s|'re| is| are)\s+(?:now\s+|still\s+"
                              r"|already\s+)?(?:in|at|on)\s+(?:the\s+)?(?:" + _CARE_PLACES
                              + r"|er)\b")
# ...or a doctor of theirs is arranged: "she's seeing her doctor there tomorrow" (round 20)
DOCTOR_ARRANGED = re.compile(r"\b(?:she|he|they)(?:'s|'re| is| are) (?:seeing|going to see|booked"
                             r" in with|got an appointment with) (?:her|his|their|a|the) (?:own )?"
                             r"(?:doctor|gp|specialist|consultant|neurologist)\b"
                             # ...or already seen there: "the doctor there said Bell's palsy"
                             r"|\bthe doctors? (?:there )?(?:said|saw (?:him|her|them)|gave"
                             r" (?:him|her|them)|has seen|have seen"
                             # round 41: "the doctors there are seeing him"
                             r"|(?:are|is) (?:seeing|treating|looking after) (?:him|her|them))\b"
                             # round 53: "the medic's cleared him"
                             # (round 65: "the ship's medic has seen him")
                             r"|\bthe (?:[\w-]+'s )?(?:medics?|doctors?|paramedics?|nurses?|gp"
                             r"|first aiders?)"
                             r"(?:'s| has| have|'ve)? (?:already )?(?:cleared|checked over|checked|seen"
                             r"|discharged|signed off) (?:him|her|them)\b"
                             # round 64: "the doctors are with her" (not paramedics: they may
                             # be at the user's side)
                             r"|\bthe (?:doctors?|nurses?) (?:are|is|'re) (?:now )?with (?:him|her"
                             r"|them)\b")
# travelling to them (not "collapsed on the flight": then they are together)
FAR_AWAY = re.compile(r"\b(?:flying|fly|flew) (?:out|over|home|back)\b|\b(?:first|next|earliest"
                      r"|no|book(?:ed)? a|get a|got a) flights?\b|\bflights? (?:out|home|till|until"
                      r"|tomorrow)\b|\bother side of the world\b|\bback home in\b"
                      # the user somewhere else (round 19): "I'm here in Leicester"
                      # ...after an age (round 24): "I'm 34, in Mississauga"
                      r"|\b(?:i'?m|i am) (?:\d{1,2},? )?(?:here |stuck |back |now |still )?in (?!(?:the|a|an|my|his"
                      r"|her|bed|pain|shock|tears|bits|agony|work|class|school|hospital|a&e"
                      r"|labour|labor|trouble|charge|time|love|control|denial|care|touch|here"
                      r"|there)\b)[a-z]"
                      # round 21: "I can't go home yet"
                      r"|\b(?:can't|cant|cannot|can not) (?:go|fly|get) home\b"
                      # round 76: a serving user far from home ("on a UN mission in Lebanon, and
                      # I can't get leave for another month")
                      r"|\b(?:can't|cant|cannot|can not) get (?:leave|home leave|compassionate leave)\b"
                      r"|\bon (?:a |an )?(?:un |nato )?(?:mission|deployment|tour|posting|operation) (?:in|to|at)\b"
                      # round 50: "I work as a carer in Coventry", "we live in Perth"
                      r"|\b(?:i|we)\s+(?:work|live|study)\s+(?:[\w']+\s+){0,4}?in\s+(?!(?:the|a|an"
                      r"|my|his|her|their|our|this|that|same|here|there|care|a&e|hospital)\b)[a-z]")


PHONED = re.compile(r"\b(?:nurses?|hospital|the home|care home|nursing home|hospice|ward|staff"
                    r"|doctors?|they|aunt|uncle"
                    # round 50: a carer, a day centre or a school that rang
                    r"|carers?|centre|center|school|nursery"
                    r"|mum|mom|dad|sister|brother)\s+(?:in\s+[a-z]+\s+)?(?:just\s+)?(?:called|rang"
                    # round 56: "my nan's care home in Mayo rang"
                    r"|phoned)\b"
                    # ...news from their home or ward ("the home says she's settled"), a video
                    # call to them ("I FaceTime him on Sundays")
                    r"|\b(?:the home|the care home|the nursing home|the ward|the hospital"
                    r"|the nurses?|the staff)\s+(?:says|said|tells|told)\b"
                    r"|\b(?:facetime|face-time|video[- ]call|skype|whatsapp)\s+(?:him|her|them)\b"
                    # anyone who rang the user: "her colleague rang me" (round 15)
                    r"|\b(?:called|rang|phoned|texted|messaged)\s+(?:me|us)\b"
                    # round 53: "husband texted from the rig"
                    r"|\b(?:called|rang|phoned|texted|messaged|emailed|wrote)\s+(?:me\s+|us\s+)?from\b"
                    # round 60: "he emailed that he's seeing double"
                    r"|\b(?:he|she|they)\s+(?:just\s+)?(?:emailed|texted|messaged|radioed|wrote)\s+"
                    r"(?:me\s+|us\s+)?(?:that|to say|saying)\b"
                    r"|\bwaiting by the phone\b|\bi'?m (?:at )?home\b|\bstuck here\b"
                    # ...or the news came from someone of theirs (round 19): "his mum told me at
                    # the school gate"
                    r"|\b(?:his|her|their) (?:mum|mom|dad|mother|father|parents?|wife|husband"
                    r"|partner|teacher|coach) (?:told|said|mentioned)\b"
                    # ...or the ward's news of them (round 52: "they say she is responding to
                    # the drip", "the nurses say he is improving", "they are treating him")
                    r"|\b(?:they|nurses|the nurses|doctors|the doctors|the staff|staff)\s+(?:say|said"
                    r"|says)\s+(?:that\s+)?(?:she|he|they)(?:'s|'re| is| are)\s+(?:now\s+)?"
                    r"(?:responding|improving|stable|comfortable|doing well|getting better"
                    r"|recovering|settled)\b"
                    r"|\b(?:they|nurses|doctors|the nurses|the doctors)\s+(?:are|were)\s+(?:treating"
                    r"|looking after|caring for)\s+(?:him|her|them)\b")


# ...or taken away by an ambulance, or into hospital, since: "the paramedics took him off at the
# next station", "she was taken into hospital yesterday" (round 16; not "I'm in the ambulance
# with her")
TAKEN_AWAY = re.compile(r"\b(?:paramedics|ambulance|ambulance crew|crew)\s+(?:took|have taken|had"
                        r" taken)\s+(?:him|her|them)\b|\b(?:was|were|been|got)\s+taken\s+(?:in|into"
                        r"|to)\s+(?:the\s+)?hospital\b"
                        # round 64: "Mum was rushed in last night"
                        r"|\b(?:was|were|been|got)\s+rushed\s+(?:in\b|(?:into|to)\s+(?:the\s+)?"
                        r"(?:hospital|a&e|er|casualty|icu)\b)|\btaken (?:off|away) by (?:the )?(?:paramedics"
                        r"|ambulance)\b")
WITH_THEM = re.compile(r"\b(?:with (?:him|her|them) (?:in|at|now)|in the ambulance with)\b")


def _their_signs_told(mentions: List[Mention], sentences: List["tuple[int, int]"]
                      ) -> "Iterator[tuple[int, Mention, tuple[int, int]]]":
    """(index, mention, its sentence) of each sign told as someone else's, now."""
    for k, m in enumerate(mentions):
        sentence = sentence_at(m.start, sentences)
        if sentence and m.asserted and m.experiencer == "other" and m.kind in ("symptom",
                                                                                "red_flag"):
            yield k, m, sentence


def _their_sentence(low: str, match: "re.Match", sentences: List["tuple[int, int]"]
                    ) -> "tuple[int, int] | None":
    """The sentence of a match whose subject is someone else, else None (with the "'s" of
    "Mum's in hospital", which the match begins with)."""
    from bot.mentions.twitch_scope import someone_else_named_last

    sentence = sentence_at(match.start(), sentences) or (0, len(low))
    told = low[sentence[0]:match.start()] + ("'s" if low.startswith("'s", match.start()) else "")
    return sentence if someone_else_named_last(told) else None


def _signs_between(mentions: List[Mention], start: int, end: int, **changes) -> List[Mention]:
    return [replace(m, **changes) if m.kind in ("symptom", "red_flag", "condition") and m.asserted
            and start <= m.start < end else m for m in mentions]


def _admitted_with(mentions: List[Mention], low: str, sentences: List["tuple[int, int]"]
                   ) -> List[Mention]:
    """Signs someone else was admitted with are theirs, in care; signs someone somewhere has
    "with" them are theirs."""
    out = list(mentions)
    for match in ADMITTED_WITH.finditer(low):
        sentence = _their_sentence(low, match, sentences)
        if sentence is None:
            continue
        end = _clause_end(low, match.end()) if match.group("after") else sentence[1]
        out = _signs_between(out, match.end(), end, historical=True, experiencer="other")
    for match in SOMEWHERE_WITH.finditer(low):
        sentence = _their_sentence(low, match, sentences)
        if sentence is None:
            continue
        # (up to the user's own words: "Mum's at the shops with my sister and I've got a headache")
        own = USER_WORDS.search(low, match.end(), sentence[1])
        out = _signs_between(out, match.end(), own.start() if own else sentence[1],
                             experiencer="other")
    return out


def _others_elsewhere(mentions: List[Mention], text: str, sentences: List["tuple[int, int]"]
                      ) -> List[Mention]:
    low = text.lower()
    mentions = _admitted_with(mentions, low, sentences)
    far, phoned = FAR_AWAY.search(low), PHONED.search(low)
    taken = TAKEN_AWAY.search(low) if not WITH_THEM.search(low) else None
    if not (far or phoned or taken):
        return mentions
    # a care place told in a sentence of its own, or a taking away, speaks of the person whose
    # sign it follows or sits beside, not of someone in the next story ("my sister is in A&E
    # with her leg. Mum has just collapsed next to me" keeps mum's collapse; review of rounds
    # 15-16)
    told_apart = [match.start() for match in THEY_ARE_IN_CARE.finditer(low)]
    told_apart += [match.start() for match in DOCTOR_ARRANGED.finditer(low)]
    if taken:
        told_apart.append(taken.start())
    out = list(mentions)
    for k, m, sentence in _their_signs_told(out, sentences):
        if IN_CARE.search(low, sentence[0], sentence[1]) or (
                not HERE_NOW.search(low, sentence[0], sentence[1])
                and any(_near(m.start, at, sentences) for at in told_apart)):
            out[k] = replace(m, historical=True)
    return out


# A relative's sign that is not happening now: told as how their long illness goes (round 50:
# "Auntie has fits now and then with her epilepsy"), or told in the past and said to be fine after
# it in its sentence (round 51: "Cousin had a seizure at her wedding in Lahore (she's fine)").
# Never with a time of today in the sentence ("had a fit at school today, he's fine now" still
# needs care today); the "now" of "now and then" or "fine now" is no such time.
HABITUAL = re.compile(r"\b(?:now and then|now and again|every so often|from time to time"
                      r"|every (?:few|couple of) (?:weeks|months|years)|a (?:few|couple of) times a"
                      r" (?:year|month)|once or twice a (?:year|month)|with (?:his|her|their)"
                      r" (?:epilepsy|asthma|dementia|parkinson'?s|ms|copd|migraines?)"
                      # round 62: a lasting sign of a known illness or under treatment ("can't
                      # swallow well since her stroke", "double vision from her thyroid and
                      # she's being treated for it")
                      r"|since (?:his|her|their) (?:stroke|op|operation|surgery|accident|injury"
                      r"|diagnosis|chemo|radiotherapy|illness)"
                      r"|from (?:his|her|their) (?:thyroid|stroke|ms|parkinson'?s|diabetes"
                      r"|myasthenia|graves'?(?: disease)?|tumou?r)"
                      r"|(?:is|are|'s|'re) (?:being|been) treated for (?:it|that|this|them)"
                      # round 73: a sign of theirs being looked into ("Grandad in Cork is having
                      # his double vision checked")
                      r"|(?:is|are|'s|'re) (?:having|getting) (?:his|her|their) (?:[\w'-]+\s+){1,3}?"
                      r"(?:checked|looked at|seen to|investigated|tested|scanned))\b")
FINE_AFTER = re.compile(r"\b(?:she|he|they)(?:'s|'re| is| are)\s+(?:fine|ok|okay|well|grand"
                        r"|all right|alright|recovered|better|stable|right as rain"
                        r"|back to (?:normal|herself|himself|themselves))(?:\s+now)?\b"
                        # round 73: said bare after a comma ("Gran had a fit in Durban
                        # yesterday, stable now")
                        r"|[,;(]\s*(?:stable|recovered|back to normal)\s+now\b"
                        # round 63: "Cousin keeled over at his wedding Saturday; all clear since"
                        r"|\ball (?:clear|fine|good|well) (?:ever )?since\b")
PAST_VERB_SIGN = re.compile(r"[a-z]{3,}ed\b")
PAST_BEFORE_SIGN = re.compile(r"\b(?:had|was|were|got|went)\s+(?:an?\s+)?$")
# ...or a list of signs after a past episode told in its sentence (round 74: "Mum had a bad turn
# in the spring when they put her on tramadol on top of her antidepressant: fever, shakes,
# jerking ... and she's right as rain now")
PAST_EPISODE_BEFORE = re.compile(r"\b(?:had|went through|suffered)\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:turn"
                                 r"|reaction|episode|spell|attack|do)\b[^.!?]*:[^.!?:]*$")
COULD_NOT = re.compile(r"(?:couldn'?t|could not)\b")
BETTER_AFTER_CARE = re.compile(r"\b(?:she|he|they)(?:'s|'re| is| are) (?:much |a lot |far )?better"
                               r" (?:now )?(?:after|since) (?:the )?(?:hospital|treatment|antibiotics"
                               r"|oxygen)\b")


# ...or a relative's diagnosis named (round 73: "Dad in Ohio has Bell's palsy"): a doctor has seen
# it, like their epilepsy or meningitis, which the vocabulary names as conditions
DIAGNOSIS_NAMED = re.compile(r"bell'?s palsy")
MENDING_AFTER = re.compile(r"(?<!\bnot )(?<!\bisn't )\b(?:on the mend|on the road to recovery"
                           r"|recovering (?:well|nicely|slowly|fine)|getting better (?:every day"
                           r"|each day|slowly)"
                           # round 75: "Grandad's double vision in Karachi is sorted now"
                           r"|(?:is|'s|was|are|has been|got) (?:all )?(?:sorted|resolved|fixed|cleared up"
                           r"|sorted out))(?:\s+now)?\b")


def _their_signs_not_now(mentions: List[Mention], text: str,
                         sentences: List["tuple[int, int]"]) -> List[Mention]:
    low = text.lower()
    out = list(mentions)
    for k, m, sentence in _their_signs_told(out, sentences):
        words = low[sentence[0]:sentence[1]]
        habitual = HABITUAL.search(words) and not HERE_NOW.search(words)
        fine_since = ((PAST_BEFORE_SIGN.search(low, max(sentence[0], m.start - 12), m.start)
                       or PAST_VERB_SIGN.match(low, m.start)
                       or PAST_EPISODE_BEFORE.search(low, sentence[0], m.start))
                      and FINE_AFTER.search(low, m.end, sentence[1])) or (
            # ...or told as a past inability and over since a stay in care (round 57: "My uncle,
            # a roofer, couldn't breathe after the fumes; he's better now after hospital")
            COULD_NOT.match(low, m.start) and BETTER_AFTER_CARE.search(low, m.end, sentence[1]))
        # ...or told as mending after it in its sentence (round 71: "Sister in Cork has Bell's
        # palsy, on the mend")
        mending = MENDING_AFTER.search(low, m.end, sentence[1])
        diagnosed = DIAGNOSIS_NAMED.fullmatch(low, m.start, m.end)
        if (habitual or fine_since or mending or diagnosed) and not NOW_TIME_CUE.search(
                MENDING_AFTER.sub(" ", FINE_AFTER.sub(" ", HABITUAL.sub(" ", words)))):
            out[k] = replace(m, historical=True)
    return out


HERE_NOW = re.compile(r"\b(?:just|right now|next to me|beside me|with me|here)\b")


def _near(sign: int, told: int, sentences: List["tuple[int, int]"]) -> bool:
    """The sign's sentence is the one where the care place is told, or the one before it."""
    index = [n for n, s in enumerate(sentences) if s[0] <= sign < s[1]]
    at = [n for n, s in enumerate(sentences) if s[0] <= told < s[1]]
    return bool(index and at) and 0 <= at[0] - index[0] <= 1


# A sign of an animal ("our spaniel had a fit at the vets"), or a sign named as a place or a job
# ("I nurse on a stroke unit", "the epilepsy nurse"), is nobody's sign now
# (round 68: more animals of a practice, a yard and a zoo)
_ANIMAL = (r"(?:dog|puppy|pup|spaniel|labrador|lab|terrier|collie|retriever|poodle|cat|kitten|horse"
           r"|pony|rabbit|bunny|hamster|parrot|budgie|pet|staffy|staffie|greyhound|whippet|lurcher"
           r"|husky|beagle|pug|dachshund|guinea pig|ferret|tortoise|snake|python|lizard"
           r"|gecko|iguana|owl|hawk|falcon|chimp|chimpanzee|monkey|gorilla|elephant|giraffe|lion"
           r"|tiger|bear|seal|penguin|otter|hedgehog|fox|deer|piglet|chick|duck|goose|ox|camel"
           r"|zebra|animal|filly|colt|cob|kid goat"
           # round 42: farm animals ("the ewe collapsed in the pen", "our ram keeps keeling over")
           r"|ewe|ram|sheep|lamb|cow|heifer|bull|steer|bullock|goat|pig|sow|hen|mare|gelding|foal"
           r"|stallion|donkey|alpaca|llama)")
_THE = r"\b(?:our|my|the|his|her|their|your|a)\s+(?:[\w']+\s+)?"
# where an animal or a thing is, told between it and its sign ("the cat in kennel 4", "the drain in
# the staff kitchen"), with no person among those words
_WHERE_IT_IS = (r"\s+(?:in|on|at|out|by|under|from)\b(?:\s+(?!(?:i|me|my|and|but|he|she|we|they|you"
                r"|then)\b)[\w'-]+){1,3}")
ANIMAL_SUBJECT = re.compile(
    _THE + _ANIMAL + r"(?:'s)?\s+(?:(?:has|had|is|was|keeps|just|started|suddenly|a|an|having"
    r"|been|staggers|and)\s+)*$"
    # (round 68: where it is, told between: "the cat in kennel 4 can't swallow", "the pony out
    # back has a droopy lip"; no person among those words, no "and" after: "tripped over the cat
    # on Tuesday and knocked my head" is the user's blow)
    r"|" + _THE + _ANIMAL + _WHERE_IT_IS + r"\s+(?:(?:has|had|is|was|keeps|just|started|suddenly"
    r"|having|been)\s+)*(?:a\s+|an\s+)?$"
    # ...or an animal's, told by a possessive of the plural (round 68: "Do horses' seizures ever
    # pass to people?")
    r"|\b" + _ANIMAL + r"(?:s|es)?'\s+$"
    # round 52: told tersely, with no article at the start of a sentence ("Collie had a fit in
    # the yard")
    r"|(?:^|[.!?;]\s*)(?:dog|puppy|pup|collie|kelpie|heeler|sheepdog|spaniel|terrier|labrador"
    # (not "ram": a name as well, "Ram had a fit")
    r"|horse|pony|ewe|cow|heifer|bull|steer|mare|goat)(?:'s)?\s+(?:(?:has|had|is|was"
    r"|keeps|just|started|suddenly|having|been)\s+)+(?:a\s+|an\s+)?$")
# ...or one told as an animal's adjective (round 68: "Our collapsed ewe got up after a calcium
# injection")
ANIMAL_AFTER = re.compile(r"\s+" + _ANIMAL + r"s?\b")
ONE_WORD_SIGN = re.compile(r"[a-z]+(?:ed|ing|y)")  # not "two of every" (horse)
# ...or of lab animals or cells, whatever stands between (round 59: "Our mice on the new compound
# show tremor and seizures at the high dose"; not "mouse", the hand's: "my mouse hand tingles")
LAB_SUBJECT = re.compile(r"\b(?:mice|rats|rodents|zebrafish|animals|cell lines?|cultures"
                         r"|organoids|the cohort)\b[^.;!?]{0,60}$")
SIGN_AS_NOUN = re.compile(r"^\s*(?:unit|ward|nurses?|team|clinic|specialists?|service|awareness"
                          r"|course|training|poster|leaflet|patients?|survivors?|rehab"
                          # a device named by what it watches for: "the seizure alarm mat went
                          # off" (round 17)
                          r"|alarms?|mats?|monitors?|detectors?|sensors?"
                          # an appointment named by it: "my stroke review" (round 20)
                          r"|review|follow-up|follow up|appointment|check-up|checkup|consultant"
                          r"|prevention|risk"
                          # a topic studied: "we did stroke in lectures" (round 21)
                          r"|in lectures?|in class|lectures?|module|seminars?|tutorials?"
                          # "the stroke checks the nurse taught me" (round 22)
                          r"|checks?|tests?|checklist"
                          # a device or a drill (round 32): "my son's seizure watch alarm",
                          # "choking drills"
                          r"|watch|drills?|demo|demonstration|simulation"
                          # a plan named by it (round 33): "Seizure plan says ambulance after..."
                          r"|plan|action plan|care plan|protocol|policy)\b"
                          # a list's heading (round 30): "Stroke signs: face drooping, ..."
                          r"|^\s*(?:warning )?(?:signs|symptoms)\s*:")


# ...nor one named as an old one: "is there a link between the old seizure and the twitch?"
OLD_ONE = re.compile(r"\b(?:the|my|that|this) (?:old|previous|earlier|past)\s+$")
def _old_ones(mentions: List[Mention], text: str) -> List[Mention]:
    """A sign named as an old one is history, read before the passes that weigh the user's past
    against what is current ("...knocked out in 2019 ... is the twitch to do with the old
    concussion?" names no concussion now; round 35)."""
    low = text.lower()
    return [replace(m, historical=True) if m.kind in ("symptom", "red_flag") and m.asserted
            and OLD_ONE.search(low[max(0, m.start - 20):m.start]) else m for m in mentions]


# ...nor is a sign that tells a kind of person: "I look after residents with swallowing
# problems", "people with seizures can't drive" (round 20)
KIND_OF_PEOPLE = re.compile(r"\b(?:residents|patients|people|clients|kids|children|adults|folk|folks"
                            r"|those|anyone|someone|somebody|anybody)\s+(?:who have|with)\s+$")


# ...nor one named as a lesson's topic: "first aid lesson on seizures Friday" (round 30)
# (not a time told "in" one: "Rifle butt to the head in drills: vomiting"; round 76)
TOPIC_BEFORE = re.compile(r"(?<!\bin )\b(?:lessons?|talks?|class|workshops?|sessions?|courses?|training|drills?"
                          # round 63: "a slide on stroke"
                          r"|slides?|slide decks?|quiz(?:zes)?"
                          r"|modules?|lectures?|seminars?|webinars?|assembly|briefing|documentary"
                          r"|podcast|article|essay|project|presentation|homework)\s*(?:on|about|:)"
                          r"\s+(?:\w+\s+)?$"
                          # round 75: a document of a case ("a witness statement about another
                          # client's fits")
                          r"|\b(?:statements?|records?|reports?|files?|bundles?|affidavits?|evidence"
                          r"|transcripts?|exhibits?)\s+(?:on|about|of|describing|detailing)\s+"
                          r"(?:(?!my\b|me\b)[\w']+\s+){0,2}?$"
                          # round 74: what a talk was "all about" ("a health talk at the U3A from
                          # a retired GP, all about strokes")
                          r"|\ball about\s+(?:the\s+)?$"
                          # ...and a word someone may have said ("Or did she say drooping?")
                          r"|\b(?:did|didn't|did not)\s+(?:she|he|they|you|the\s+\w+)\s+(?:say|mean"
                          r"|mention|write)\s+$"
                          # round 71: a skill taught ("we learned how to spot a stroke in a
                          # passenger")
                          r"|\b(?:learn(?:ed|t|ing)?|taught(?:\s+us|\s+me)?|teach(?:es|ing)?(?:\s+us|\s+me)?"
                          r"|showed\s+us|shown)\s+how\s+to\s+(?:spot|recogni[sz]e|deal\s+with|handle|treat"
                          r"|manage|respond\s+to|check\s+for|look\s+for|help\s+with)\s+(?:(?:a|an|the)\s+)?"
                          r"(?:\w+\s+)?$"
                          # round 53: a sign a professional brought up ("Midwife mentioned
                          # seizures"; not "mentioned my swollen face", a finding)
                          r"|\b(?:midwife|midwives|doctor|gp|nurse|health visitor|consultant"
                          r"|obstetrician|paediatrician|pediatrician|physio|pharmacist|vet)\s+"
                          r"(?:also\s+|once\s+|just\s+)?(?:mentioned|talked about|brought up"
                          r"|spoke about|warned (?:us |me )?about)\s+(?:(?!my\b|your\b|her\b|his\b)"
                          r"\w+\s+)?$")


# ...nor a machine's failing: "my laptop blacked out in the middle of my pitch" (round 31; not
# "the telly's fine with one eye closed", a sign of the user's told by the screen)
_GROWN_THINGS = (r"marrows?|courgettes?|tomato(?:es)?|tomato plants?|plants?|seedlings?|sunflowers?"
                 r"|runner beans|beans|lettuces?|roses?|dahlias?|sweet peas|hollyhocks?|tulips?"
                 r"|daffodils?|delphiniums?|shrubs?|hedge|trees?|polytunnel|cloche|bean poles?"
                 r"|sponge|victoria sponge|pavlova|meringue|trifle|stalls?|jam stall|bunting")
MACHINE_FAILS = ("loss_of_consciousness", "seizure",
                 # round 65: "the hose reel on the old appliance won't swallow any more hose"
                 "swallowing_trouble",
                 # round 67: "the dryer choked on a hair tie"
                 "breathing_trouble")
DEVICE_SUBJECT = re.compile(
    r"\b(?:laptop|phone|screen|computer|pc|tv|telly|monitor|app|wi-?fi|internet|server|system|car"
    r"|engine|battery|printer|router|tablet|ipad|console|website|site"
    # round 65: "Pager having a seizure all night", a fire engine's hose reel
    r"|pager|radio|satnav|sat-nav|alarm|boiler|oven|fridge|freezer|machine|reel|hose reel"
    r"|appliance|dishwasher|washer|dryer|headset|scanner|till|network|database|van|truck|lorry"
    # round 33: a thing that "collapsed", "the new hoist 'collapsed'"
    r"|hoist|lift|elevator|bed|cot|chair|deckchair|tent|shelf|shelves|table|gazebo|trampoline"
    r"|bouncy castle|cake|souffl[eé]|sandcastle|tower|scaffolding|fence|roof|ceiling"
    # round 67: a salon's tools and a hairdo ("my straighteners blacked out mid-section", "perfect
    # blow-dry collapsed", "our booking app's been having a fit")
    r"|straighteners|tongs|curlers|clippers|trimmers?|hair ?dryer|hairdryer|drier|blow-?dry"
    r"|blowout|updo|perm|quiff|beehive|card machine|card reader|booking system|lamp|kettle"
    r"|microwave|toaster|speakers?|projector|spreadsheet|inbox"
    # round 69: cars and their parts ("a customer's Fiesta was 'having a fit'", "a Golf that
    # choked and stalled", "the carburettor choked on every cold start", "my old Astra blacked
    # out its whole dashboard")
    r"|carburett?or|carb|gearbox|clutch|exhaust|turbo|motor|motorbike|bike|scooter|tractor"
    r"|forklift|jeep|suv|dashboard|fiesta|focus|astra|corsa|clio|golf|polo|transit|civic"
    r"|corolla|micra|yaris|punto|panda|landie|land rover|range rover"
    # round 70: "Drain in the staff kitchen choked again", "The fire alarm on floor 3 had a fit"
    r"|drain|sink|toilet|loo|pipe|hoover|vacuum|buffer|fire alarm|smoke alarm"
    # round 71: travel's things and plans ("Suitcase wheel collapsed on Lisbon cobbles", "Flight
    # choked in the take-off queue", "Tour choked on its own schedule"; not a coach or a case:
    # a trainer is a person, "in my case" no thing)
    r"|suitcase|wheel|luggage|trolley|flight|plane|train|tram|bus|ferry|boat|ship"
    r"|cruise|tour|trip|itinerary|schedule|timetable|booking|queue|check-in|connection"
    # round 72: a party's kit ("the laptop slideshow had a fit", "the smoke machine choked")
    r"|slideshow|slides|playlist|sound system|pa|mic|microphone|smoke machine|fog machine"
    r"|bubble machine|marquee|gazebo|sparkler|fountain|chocolate fountain"
    # round 74: a garden's crops and a village show's things ("my marrow collapsed overnight",
    # "the greenhouse tomatoes have keeled over")
    r"|" + _GROWN_THINGS + r"|"
    # round 75: a case at law ("the prosecution's case more or less collapsed")
    r"prosecution's case|crown's case|defence case|defense case|case against (?:him|her|them|me)"
    r"|trial|prosecution|hearing|deal|talks|negotiations"
    # round 76: a team's line ("our tug-of-war line collapsed in a heap")
    r"|tug-of-war line|tug of war line|tug-of-war team|line|scrum|human pyramid|pyramid)(?:'s)?"
    r"(?:" + _WHERE_IT_IS + r")?\s+"
    r"(?:that\s+|which\s+)?"
    r"(?:['\"\u2018\u201c]?(?:has|had|have|is|are|was|were|been|just|completely|totally|suddenly"
    r"|having|throwing|threw|more or less|pretty much|basically|effectively|all but|kind of|sort of"
    r"|just about)\s+)*['\"\u2018\u201c]?"
    r"(?:(?:a|an)\s+(?:full-on\s+|full-blown\s+|proper\s+|total\s+|little\s+)?)?['\"\u2018\u201c]?$")


# ...or a thing that falls, told with a verb before the sign (round 74: "The marquee at the village
# show blew over in the storm and collapsed onto the jam stall"): the thing starts its clause (not
# "my husband put up the tent in the rain and collapsed") and nobody is named between
THING_THEN = re.compile(r"(?:^|(?<=[.;!?,:]))\s*(?:the|our|my|a|an|his|her|their|this|that)\s+"
                        r"(?:[\w-]+\s+){0,2}?(?:marquee|gazebo|tent|awning|shelf|shelves|scaffolding"
                        r"|fence|roof|ceiling|tower|cake|bouncy castle|trampoline|" + _GROWN_THINGS
                        + r")\b(?:\s+(?!(?:i|me"
                        r"|my|he|she|we|they|him|her|them|someone|somebody|everyone|people|man|woman"
                        r"|" + RELATIVES + r")\b)[\w'-]+){1,10}?\s+and\s+$")


# ...but a thing told as where someone is ("the man next to me on the plane just collapsed", "Dad
# in the car had a fit") is a place, not the subject (round 71)
def _device_subject(low: str, end: int) -> bool:
    """A device is the subject of the sign that starts at `end` (searched with positions, so a
    word cut by the window is never read as a preposition)."""
    found = DEVICE_SUBJECT.search(low, max(0, end - 40), end) or THING_THEN.search(
        low, max(0, end - 90), end)
    return bool(found) and not PLACE_BEFORE.search(low, max(0, found.start() - 30), found.start())


# ...nor "the stroke signs", a list known by heart (round 47: "I've checked the stroke signs in
# the pamphlet"; not "he's showing stroke signs")
THE_SIGNS_AFTER = re.compile(r"\s+(?:warning\s+)?(?:signs|symptoms)\b")
THE_BEFORE = re.compile(r"\b(?:the|those|these|all the|your|its)\s+$")


def _the_signs_of(mention: Mention, low: str) -> bool:
    return bool(THE_SIGNS_AFTER.match(low, mention.end)
                and THE_BEFORE.search(low[max(0, mention.start - 15):mention.start]))


# ...nor someone else off sick (round 56: "Santa called in sick", "my manager called in sick"):
# any word before it but the user or an adverb ("I called in sick", "finally called in sick")
SOMEONE_ELSE_OFF = re.compile(
    r"(?<![\w'])(?!(?:i|we|and|just|then|had|have|has|so|already|also|even|been|keep|keeps|kept"
    r"|started|was|were|am|up|me|today|yesterday|never|ever|once|twice|i've|ive|i'd|id|i'm|im"
    r"|because|but|or|to|who|which|that|[a-z]+ly)\b)[a-z]+\s+(?:(?:has|had|just|also|both|all)\s+)*$")
CALLED_IN = ("called in", "calling in")


# ...nor a sign told right after a relative and their trade in commas (round 57: "My cousin in
# Karachi, a painter, couldn't breathe"): ConText's comma cut the relative's scope. Only the sign
# right after the apposition ("My husband, a nurse, thinks my face is drooping" keeps the user's
# face: "thinks" stands between)
APPOSED_RELATIVE = re.compile(r"\b(?:my|our)\s+" + RELATIVES + r"(?:\s+in\s+[a-z]+)?\s*,\s*(?:a|an|the)"
                              r"\s+[\w-]+(?:\s+[\w-]+)?\s*,\s*$")
# ...or after a relative in a town and its country, in commas (round 67: "Nan in Mandeville,
# Jamaica, had a mini-stroke"), with the few words of the sign's verb between
APPOSED_PLACE = re.compile(r"\b" + RELATIVES + r"\s+in\s+[a-z]+(?:\s+[a-z]+)?\s*,\s*[a-z]+"
                           r"(?:\s+[a-z]+)?\s*,\s*(?:(?!my\b|me\b|i\b|i'm\b)[\w'-]+\s+){0,3}?"
                           r"[\w-]*$")


# ...nor one of a group named before the sign (round 66: "one of the galley crew had a fit at
# the fryers")
ONE_OF_GROUP = re.compile(r"\bone of (?:the|our|my|his|her|their|those) (?:[\w-]+\s+){0,2}?(?:crew"
                          r"|staff|team|lads|girls|guys|kids|boys|players|colleagues|customers"
                          r"|guests|regulars|chefs|cooks|waiters|waitresses|residents|patients"
                          r"|pupils|students|workers|passengers|diners|punters|recruits|runners"
                          r"|juniors|trainees|apprentices|volunteers)\s+(?:(?!i\b|me\b|my\b)[\w']+\s+)"
                          r"{0,3}?$")


# ...nor a thing of a building that droops or sags (round 57: "Lintel over the back door's
# drooping at one end, not my face"), nor a shop's dummy (round 62: "Mannequin's head keeps
# drooping off its stand")
THING_DROOPS = ("drooping_eyelid", "facial_weakness")
_THING_IS = (r"(?:'s|\s+is|\s+are|\s+was|\s+were|\s+has been|\s+have been|\s+keeps?|\s+that|\s+which"
             r"|'s\s+(?:head|arm|hand|face"
             r"|neck)(?:\s+is|\s+keeps?)?)?\s+")
THING_SUBJECT = re.compile(
    r"\b(?:lintels?|beams?|joists?|rafters?|ceilings?|gutters?|guttering|shelf|shelves|roof|doors?"
    r"|gates?|walls?|fences?|plants?|branch(?:es)?|tents?|curtains?|blinds?|sofa|mattress|cables?"
    r"|wires?|washing line|tarp|awning|plasterboard|boards?|mannequins?|dummy|dummies|dolls?"
    r"|puppets?|statues?|scarecrows?|hems?|rails?|banners?|bunting|flowers?|bouquets?"
    # round 69: "a lazy headlight that droops like it's half asleep"
    # (not a mirror: "my smile in the salon mirror is lopsided" is a face seen in it)
    r"|headlights?|headlamps?|lamps?|wipers?|bumpers?|exhausts?|spoilers?|aerials?"
    r"|antennas?)"
    + _THING_IS + r"$")
# ...nor a droopy or stiff part of a machine told adjective first (round 63: "The printer has a
# droopy paper tray and a stiff roller")
THING_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?(?:tray|roller|shelf|shelves|cable|wire|hinge|flap|hem"
                         r"|brim|plant|flowers?|leaves|branch|rail|belt|spring|fabric|denim|canvas"
                         r"|leather|brush|bristles|keys?|keyboard|button|lever|pedal|zip|handle"
                         # a look asked for (round 67: "a droopy curtain fringe")
                         r"|fringe|bangs|bob|curls|waves|layers|ponytail|bun|hairstyle|haircut"
                         r"|quiff|moustache|mustache)\b")
# ...nor cloth or leather that is stiff (round 62: "Raw denim's so stiff it stands by itself")
THING_STIFF = ("stiffness",)
STIFF_THING = re.compile(
    r"\b(?:denim|jeans|fabric|cloth|canvas|leather|collars?|cuffs?|shoes?|boots?|brushe?s?|card"
    r"|paper|glue|paint|dough|icing|hinges?|zips?|lock|starch|felt|buckram|interfacing|linen"
    # round 67: "the gel was so stiff from the cold"
    r"|gel|acrylic|resin|polish|wax|putty|clay|cream|mascara"
    r"|calico|suede|webbing)" + _THING_IS + r"(?:so\s+|too\s+|really\s+|very\s+|still\s+"
    r"|dead\s+)?$")


# ...nor a work of art and what it shows (round 73: "copying a Rembrandt portrait. The sitter has
# heavy drooping lids and a lopsided half-smile"); "the sitter" only once a portrait or a painting
# is named (at a life class the sitter is a person in the room)
_ARTWORKS = (r"portraits?|paintings?|pictures?|canvas|sculptures?|statues?|busts?|self-portraits?"
             r"|sketch|drawings?|etchings?|frescos?|frescoes|carvings?|effigy|effigies|icons?"
             r"|waxworks?|wax figures?")
ARTWORK_NAMED = re.compile(r"\b(?:" + _ARTWORKS + r")\b")
ARTWORK_SUBJECT = re.compile(
    r"\b(?:the|this|that|a|an|his|her|their|its|one)\s+(?:(?:[\w'-]+\s+)?(?:" + _ARTWORKS + r")"
    r"|(?P<sitter>sitter|subject|figure))(?:'s)?\s+(?:(?:has|had|with|is|was|shows?|showing|wears?"
    r"|wearing|gives?|got)\s+)?(?:(?!i\b|me\b|my\b|i'm\b)[\w'-]+[\s,]+){0,5}?$")


def _artwork_subject(low: str, start: int) -> bool:
    match = ARTWORK_SUBJECT.search(low, max(0, start - 70), start)
    return bool(match) and (not match.group("sitter")
                            or bool(ARTWORK_NAMED.search(low, 0, match.start())))


def _not_a_person_now(mentions: List[Mention], text: str) -> List[Mention]:
    low = text.lower()
    out = []
    for m in mentions:
        if m.kind in ("symptom", "red_flag") and m.asserted:
            if ANIMAL_SUBJECT.search(low[max(0, m.start - 40):m.start]) or (
                    ONE_WORD_SIGN.fullmatch(low, m.start, m.end)
                    and ANIMAL_AFTER.match(low, m.end)) or LAB_SUBJECT.search(
                    low[max(0, m.start - 60):m.start]) or (
                    m.value in MACHINE_FAILS and _device_subject(low, m.start)) or (
                    low.startswith(CALLED_IN, m.start)
                    and SOMEONE_ELSE_OFF.search(low[max(0, m.start - 40):m.start])):
                m = replace(m, historical=True, experiencer="other")
            elif (m.value in THING_DROOPS and THING_SUBJECT.search(low[max(0, m.start - 30):m.start])
                  or m.value in THING_STIFF and STIFF_THING.search(low[max(0, m.start - 30):m.start])
                  or m.value in THING_DROOPS + THING_STIFF and THING_AFTER.match(low, m.end)
                  or _artwork_subject(low, m.start)):
                m = replace(m, hypothetical=True)
            elif (APPOSED_RELATIVE.search(low[max(0, m.start - 70):m.start])
                  or APPOSED_PLACE.search(low[max(0, m.start - 70):m.start])
                  or ONE_OF_GROUP.search(low[max(0, m.start - 70):m.start])):
                m = replace(m, experiencer="other")
            elif (SIGN_AS_NOUN.match(low[m.end:m.end + 20]) or _the_signs_of(m, low)
                  or KIND_OF_PEOPLE.search(low[max(0, m.start - 40):m.start])
                  or TOPIC_BEFORE.search(low[max(0, m.start - 40):m.start])):
                m = replace(m, hypothetical=True)
        # ...and a dose given to lab animals is no medicine of the user's ("mice ... show tremor
        # and seizures at the high dose")
        elif (m.kind == "trigger" and m.asserted and m.value in medicine_ids()
              and LAB_SUBJECT.search(low[max(0, m.start - 60):m.start])):
            m = replace(m, hypothetical=True)
        out.append(m)
    return out


# A dream runs on past "and my..." (which ends ConText's scope) until the sentence ends or the
# dreamer wakes: "dreamt my face drooped and my words came out wrong, woke up fine"
DREAM = re.compile(r"\b(?:had a dream|dreamt|dreamed|in my dream|nightmare)\b")
WOKE = re.compile(r"\bwo(?:ke|ken)\b|\bwaking\b")
# ...and so does a list of signs someone gave, to the end of its sentence: "the midwife went
# through a list: a bad headache, flashing lights, sudden swelling of the face"
SIGNS_LISTED = re.compile(r"(?<!\bi )(?<!\bwe )\b(?:read out|rattled off|reeled off)"
                          r"(?=\s+(?:[\w-]+\s+){0,2}[\w-]+,)"
                          # round 66: a trainer or a course that went through or covered a list,
                          # "The trainer went through stroke (FAST), choking, anaphylaxis, burns"
                          r"|\b(?:trainer|instructor|teacher|tutor|course|class|lecturer|lecture"
                          r"|session|module|presenter|speaker)\s+(?:went through|covered|taught"
                          r"|talked about|explained|did"
                          # round 70: "the trainer spent ages on FAST: face drooping, arm weakness,
                          # speech problems"
                          r"|spent (?:ages|hours|time|a while|a lot of time|the morning|the afternoon)"
                          r" on|went over|drilled (?:us )?on)(?=\s+[^.;!?]*,[^.;!?]*,)"
                          # round 68: a course named with its topic, that "listed" signs ("CPD
                          # course today on anaesthetic emergencies listed seizures, collapse and
                          # breathing failure")
                          r"|\b(?:trainer|instructor|course|class|lecture|session|module|presenter"
                          r"|speaker|cpd|webinar|seminar|workshop)\b[^.;!?]{0,40}?\b(?:listed|named"
                          r"|went through|covered|included|ran through)(?=\s+[^.;!?]*,[^.;!?]*"
                          r"\b(?:and|or)\b)"
                          # (round 57: signs someone read out as a list, "the site manager read
                          # out confusion, not sweating, collapsing, fits"; not the user's own list,
                          # "I read out: arm weak, face drooping")
                          r"|\b(?:went through|gave me|handed me|read out|talked me through"
                          # round 47: "the call handler ran through a long list"
                          r"|ran through|ran me through|read through|went down"
                          # round 45: "our imam read a list of danger signs", "the WhatsApp
                          # group sent a warning list"
                          r"|read|sent|shared|forwarded|posted|circulated)"
                          r" (?:a|the|us a|round a|out a) (?:whole |long |full |big |warning )?"
                          # round 48: "my therapist gave me a card of 'real emergency' signs"
                          r"(?:list|leaflet|checklist|card|handout|sheet)\b|\bwarning list\b"
                          r"|\bleaflet (?:says|lists)\b"
                          # round 59: "a poster on the door listing what to do if someone near a
                          # spill gets dizzy, confused, short of breath or collapses"
                          r"|\bwhat to do if\b"
                          # round 53: "our antenatal class handout has a box headed 'Call
                          # straight away' with fits, a very bad headache..."
                          r"|\b(?:handout|leaflet|booklet|poster)\s+(?:has|lists|shows|includes"
                          r"|listing|showing)\b"
                          # ...or asked for (round 31): "the teacher wants a list of signs that..."
                          r"|\ba list of (?:the )?(?:signs|symptoms|red flags|warning signs"
                          r"|danger signs)\b"
                          # ...or a warning given (round 52: "the vet ... warned us lepto can
                          # jump to people: fever, a splitting headache, stiff neck")
                          r"|\bwarned (?:us|me|them|everyone|people|the family)\b"
                          r"(?! (?:that )?(?:i|i'm|i've|my|you|you're|your) )"

                          # ...or a document's warning: "the leaflet with my new sertraline
                          # says get help if...", "my care plan lists..." (round 15; never a
                          # person: "the doctor said my face is drooping" is a finding)
                          r"|\b(?:leaflet|label|package insert|patient information|info sheet"
                          # round 20: "the website says 'seek help if the twitching spreads'"
                          r"|website|web page|webpage|nhs page|nhs site|article|forum"
                          r"|information sheet|booklet|care plan|epilepsy plan|seizure plan"
                          r"|action plan"
                          # round 50: "in my NVQ book it say a drooping eyelid can be..."
                          r"|book|textbook|workbook|coursebook"
                          # round 37: "the club's concussion protocol sheet says to call an
                          # ambulance for vomiting, confusion..."
                          r"|sheet|protocol|guidelines?|handbook|manual|poster|flyer"
                          # round 43: "HR sent round a wellbeing email with a box at the
                          # bottom: 'if you or a colleague ... call 999'"
                          r"|email|e-mail|memo|newsletter|notice|bulletin|intranet"
                          # round 60: "the fatigue-rules module at the depot today said a driver
                          # who blacks out at the wheel is off driving"
                          r"|module|e-?learning|induction|slides?|rulebook|rule book"
                          # round 61: "The coastguard safety briefing today said fever with a
                          # stiff neck and a rash that won't fade means get help"
                          r"|briefing)\b[^.;!?]{0,40}?"
                          r"\b(?:says|said|say|lists|listed|warns|reads|saying"
                          # round 45: "the leaflet in my first-aid kit has the FAST signs"
                          r"|has the|shows the|gives the|includes"
                          r"|warned|tells you|told me|with a (?:box|section|note|line|paragraph))\b"
                          # ...and any instruction for whoever has the signs (round 43): "if you
                          # or a colleague has chest pain, can't breathe or has a fit, call 999"
                          r"|\bif (?:you|anyone|someone|somebody|a colleague|a person|your child"
                          r"|a child|a student|a pupil)\b(?=[^.;!?]{0,150}?\b(?:call|dial|ring"
                          r"|phone) (?:999|911|112|000|an ambulance|for an ambulance"
                          r"|emergency services)\b)"
                          # ...or what a training covered (round 33): "mandatory training at the
                          # care home today covered FAST, choking and sepsis"
                          r"|\b(?:training|course|session|lesson|class|workshop|module|lecture"
                          r"|talk|drill|refresher)\b[^.;!?]{0,40}?\b(?:covered|covers|included"
                          r"|includes|went over|goes over|was all about"
                          # round 55: "a first-aid course ... and the trainer went through FAST:"
                          r"|went through|goes through|ran through|runs through|talked us through"
                          r"|taught us|teaches us|explained)\b"
                          # ...or its contents after a colon (round 46: "First-aid refresher for
                          # door staff today: FAST for strokes and the recovery position"; not
                          # "Rugby training: hamstring twitches then cramps")
                          r"|\b(?:first[- ]aid|cpr|resus\w*|safety|medical|life support|bls)\s+"
                          r"(?:training|course|refresher|briefing|induction|workshop|drill|session"
                          r"|class)\b[^.;!?:]{0,40}:"
                          # ...or a list an instructor gave out, from its colon (round 61: "the
                          # instructor gave us a list to learn for the test: a face that slips")
                          r"|\b(?:instructor|trainer|teacher|lecturer|tutor|examiner|skipper|coach)"
                          r"\s+(?:gave|handed|showed|read)\s+(?:us|me|the class|everyone)\s+(?:a|the)\s+"
                          r"(?:[\w-]+\s+)?(?:list|sheet|checklist|handout)\b[^.;!?:]{0,40}:"
                          # ...or what a form asks about (round 35): "the travel insurance form
                          # asks whether I have ever had a stroke, a seizure..."
                          r"|\b(?:form|questionnaire|application|declaration|medical history"
                          # round 46: "Job medical asks about seizures, fainting, head injuries"
                          r"|(?:job|annual|pre-employment|occupational|fitness|dvla|work|employment"
                          r"|army|forces|police|driving|pilot|aviation|class \d) medical)\b"
                          r"[^.;!?]{0,60}?\b(?:asks?|asked|asking|lists?|wants to know)\b"
                          # ...or a list copied, printed or pinned up, from its colon (round 36:
                          # "I copied a checklist from a neurology website and stuck it on the
                          # fridge: sudden weakness, face drooping...")
                          r"|\b(?:copied|printed(?: out)?|downloaded|screenshotted|saved|pinned"
                          r"|stuck up|taped up|wrote out|written out)\s+(?:a|the|this|that)\s+"
                          r"(?:[\w-]+\s+){0,2}?(?:checklist|check list|list|cheat sheet|poster"
                          r"|infographic)\b"
                          # (not a list the user ticks for themselves: "copied the meningitis
                          # list off a website and ticked mine: fever...")
                          r"(?:(?!\b(?:tick\w*|mine|i have|i've got|ive got)\b)[^.;!?:]){0,60}:")


# ...and so is a case from study or training, or a patient's case told by someone who works in
# care, to the end of its sentence: "OSCE revision q: 72F c/o sudden R arm weakness", "training
# scenario tomorrow: pt c/o thunderclap headache", "nurse, off shift: had a pt today c/o sudden
# L sided weakness", "paramedic: we had two seizures today" (round 17; never "this is about me:
# I had a tonic-clonic", which names no patient)
STUDY_CASE = re.compile(r"\b(?:osce|exam|revision|quiz|care certificate|training|practice|mock"
                        r"|case study|textbook)\b(?:\s+[\w']+){0,2}?\s+(?:q|qs|questions?|scenarios?"
                        # round 65: "the practice paper has this: 'A 34-year-old on an SSRI ...'"
                        r"|stations?|cases?|papers?)\b|\bcase study\b")
AT_WORK = re.compile(r"\b(?:nurse|paramedic|doctor|medic|med student|student nurse|hca|healthcare"
                     r" assistant|carer|care worker|first[- ]aider|physio|midwife|on placement"
                     r"|(?:on|off|end of|after) (?:my |a |the )?(?:\d+ hour )?shift)\b")
TERM_QUOTED = re.compile(r"\b(?:mentioned|(?:called|calling|call) it(?: my| the| a| an| our)?|the term"
                         r"|heard of|heard about"
                         r"|(?:a )?(?:thing|something) called|looked up|googled"
                         # ...or a meme's caption (round 28: "a meme of me captioned 'having a
                         # seizure every five minutes'")
                         r"|captioned(?:\s+[\w']+){0,3}?|the caption|a caption"
                         # ...or a device's report (round 36: "my sleep tracker gave me a report
                         # saying 'seizure-like movement detected'")
                         r"|\b(?:tracker|app|watch|smartwatch|fitbit|ring|monitor|sensor)\b"
                         r"[^.!?'\"\u2018\u201c]{0,50}?\b(?:says|said|saying|flagged|reported"
                         r"|alert|notification|warning|shows|showed):?"
                         # round 58: what a stream's chat or a crowd typed or chanted: "chat
                         # spammed 'blackout incoming'"
                         r"|\b(?:chat|viewers|the comments|comments|the crowd|the lobby|fans"
                         r"|followers)\s+(?:(?:all|just|then)\s+)?(?:spammed|spamming|typed|typing"
                         r"|posted|posting|chanted|chanting|wrote|kept (?:typing|spamming|writing)"
                         r"|went):?)\s+['\"\u2018\u201c]"
                         r"([^'\"\u2019\u201d]{1,60})['\"\u2019\u201d]")
# ...and a game's or a show's own seizure warning, from its first word to the end of its sentence
# (round 58: "the game has a photosensitive seizure warning on the launch screen: a small number
# of people may have seizures ... loss of awareness")
MEDIA_WARNING = re.compile(r"\b(?:photosensitiv\w*|epilep\w*|seizure|strobe|flash(?:ing)?(?: lights?)?"
                           r"|health)\s+(?:(?:seizure|epilepsy)\s+)?(?:warnings?|disclaimers?)\b")
# ...or a story the user is writing, from its first word (round 24): "I'm writing a short story
# where the grandmother drops her fork and can't get her words out"
STORY_WRITTEN = re.compile(r"\b(?:writing|wrote|write|drafting) (?:a|my|the|this) (?:short |new "
                           r"|kids' |children's )?(?:story|novel|script|screenplay|play|scene"
                           r"|chapter|fanfic|fan fiction)\b")
# ...or a caller's story told after the call, from its first word (round 56: "A caller on my
# line today said her husband's arm had gone weak ... I had to read the script"); not one who
# "says" it now, and never someone with the user ("a customer in aisle 5 said")
CALLER_STORY = re.compile(r"\b(?:a|one|the|this|that|my (?:last|first|next)) (?:caller|(?:customer"
                          r"|client|woman|man|lady|guy|gentleman) on (?:the|my) (?:phone|line))\b"
                          r"[^.;!?]{0,40}?\b(?:said|told (?:me|us)|described|rang (?:in )?about"
                          r"|called (?:in )?about)\b")
# ...or a tale told to the user about someone, from its "about" (round 71: "Our guide told us, with
# a lot of drama, about a tourist who fainted on the steps ... and another who 'had a fit'")
_TELL = r"\b(?:told|tells|telling|tell)\s+"
_AUDIENCES = r"us|the group|everyone|the class|the (?:whole )?table"
_TOLD = _TELL + r"(?:me|" + _AUDIENCES + r")\b"
_SOMEONE = (r"(?:a|an|this|one|some)\s+(?:[\w-]+\s+)?(?:tourist|guy|man|woman|lady|bloke|passenger"
            r"|traveller|traveler|climber|diver|hiker|trekker|skier|walker|pilgrim|guest|visitor"
            r"|customer|kid|child|girl|boy|person|couple|group|bride|groom|dancer|waiter|waitress"
            r"|client|friend)s?")
TALE_TOLD = re.compile(_TOLD + r"[^.;!?]{0,40}?\babout\s+" + _SOMEONE + r"\s+(?:who|that|whose)\b"
                       # round 72: "Our planner told us a guest once had a fit on her dance floor"
                       r"|" + _TOLD + r"\s+(?:that\s+|how\s+)?" + _SOMEONE + r"\s+(?:once|had|has|was"
                       r"|got|went|collapsed|fainted|keeled)\b"
                       # ...or told about an illness, its signs after a colon (round 72: "she
                       # told the whole table about it: the fever, the stiff neck, the rash"; not
                       # told to "me", who may hear of their own fit: "has just told me about it:
                       # I went rigid")
                       r"|" + _TELL + r"(?:" + _AUDIENCES + r")\s+(?:all\s+)?about\s+(?:it|that|her illness|his"
                       r" illness|the illness|her meningitis|his meningitis)\s*:")
# ...or a show watched, told first and then what happened in it after a comma (round 75:
# "Watching a courtroom drama last night, a witness had a stroke on the stand, face dropping"),
# up to the user's own words ("watching a film, a man on screen fainted, and my arm went weak")
SHOW_WATCHED = re.compile(r"\b(?:watching|watched|saw)\s+(?:a|an|the|this|that|last night's|tonight's)\s+"
                          r"(?:[\w'-]+\s+){0,2}?(?:drama|film|movie|episode|series|show|documentary"
                          r"|soap|programme|program|thriller|play)\b[^.;!?,]{0,30},\s*(?=(?:a|an|the"
                          r"|one|some)\s)")
FIRST_PERSON_WORD = re.compile(r"\b(?:i|i'm|i've|me|my|myself)\b")
# ...unless the call is told as going on ("said her husband has just collapsed and is fitting now")
CALL_STILL_ON = re.compile(r"\b(?:now|just|still|keeps?|currently|at the moment)\b")
# ...or a story watched or read, told from "in the serial": "In the serial I watch every night, the
# old lady in the corner shop had a funny turn and collapsed" (round 34)
STORY_WATCHED = re.compile(r"\bin (?:the|a|my|this|that|our|tonight's|last night's) (?:serial|soap"
                           r"|soap opera|series|show|film|movie|drama|episode|programme|program|book"
                           r"|novel|play|panto)\b")
# ...and, to the end of its clause, a story read or watched, from its "where" (round 29): "an
# episode where someone had a seizure in a lift", "a thriller where the detective collapses"
PLAYED_OR_READ = re.compile(r"\b(?:episode|film|movie|series|drama|scene|book|novel|thriller"
                           # round 45: "a home renovation programme last night where a builder
                           # had a stroke on site"
                           r"|story|soap|documentary|programme|program|show|video|clip|podcast"
                           # round 62: "costumes for a play about a woman who has a stroke"
                           r"|play|musical|opera|panto|ballet|sketch|script|screenplay)"
                           r"\s+(?:[\w']+\s+){0,2}?(?:where|in which"
                           r"|about (?:a|an|someone|somebody|this))\b"
                           # ...or a play's lines (round 29): "she's a paramedic and has to shout
                           # he's not breathing about forty times in rehearsals"
                           r"|\b(?:(?:has|have|had) (?:to|him|her|them|me)|makes? (?:him|her|them|me))"
                           r" (?:shout|say|yell|scream|cry out|pretend)\b"
                           r"(?=[^.;!?]*\b(?:play|rehears\w*|script|lines|panto|drama|role)\b)"
                           # ...or a sign asked for as a list to learn (round 29): "I need like
                           # the signs for meningitis and for a stroke, can you list them"
                           r"|\b(?:list|tell me|what are|learn|explain|describe|give me"
                           r"|need(?=[^.!?]*\b(?:list them|can you list|please list|project"
                           r"|assignment|homework)\b))\s+(?:[\w']+\s+){0,2}?(?:the\s+)?(?:warning\s+)?"
                           r"(?:signs|symptoms)\s+(?:of|for)\b"
                           # ...or a role in first-aid training (round 29): "at a first aid
                           # training day I was the one who had to collapse on the mat"
                           r"|\b(?:first aid|cpr|resus|training|drill)\b[^.;!?]{0,60}?\b(?:had to"
                           r"|got to|was to|played|pretended to|was the (?:casualty|patient"
                           r"|victim|dummy))\b"
                           # ...or a word dictation or autocorrect wrote (round 29): "dictation
                           # keeps writing seizure when I say Caesar salad"
                           r"|\b(?:dictation|autocorrect|voice to text|speech to text|my phone|siri"
                           r"|alexa)\b[^.;!?]{0,20}?\b(?:writing|writes|wrote|typing|types|typed"
                           r"|changes? (?:it )?to|changed (?:it )?to|hears?|heard)\b")
# (the case's own words, never a bare "patient" or "resident": "my patients say my face looks
# droopy" and "I'm a resident and I just had a fit" are the user's own signs)
PATIENT_CASE = re.compile(r"\bc/o\b|\bclerked\b|\b(?:a|my|our|the) (?:pt|patient|resident) (?:had|with|came"
                          r" in)\b|\bwe had (?:a|an|two|three|four|several|\d+) (?=(?:\w+ )?(?:seizures?"
                          r"|fits?|strokes?|cardiac|arrests?|collapses?|faints?|overdoses?)\b)")
# ...or a patient from a job, which tells the writer's work without naming it (round 65: "Had a
# post-ictal lad on last night's job, first tonic-clonic, we took him in")
JOB_CASE = re.compile(r"\b(?:had|got|attended|took|treated|picked up) (?:a|an) (?:[\w-]+\s+){0,2}?(?:lad"
                      r"|man|woman|lady|girl|boy|guy|kid|child|baby|patient|pt|fella|bloke|gent"
                      r"|gentleman|teen|teenager|casualty) (?:on|at|during) (?:a|the|last night's"
                      r"|yesterday's|today's|this morning's|tonight's|my|our) (?:\w+\s+)?(?:job|shout"
                      r"|call|callout|call-out|run|shift)\b")

# ...unless the one who works in care says the notes are about themselves (round 38: "c/o
# twitching L eyelid, R calf... (I'm the patient, I'm a nurse, sorry for the notes style)")
SELF_AS_PATIENT = re.compile(r"\b(?:i'm|im|i am) (?:the|your) (?:patient|pt)\b|\b(?:the )?(?:pt|patient)"
                             r" (?:is|=) me\b")

# ...and so are the conditions of an instruction, to the end of its sentence or a word of now:
# "told me to come back straight away if the eyelid starts to droop, my face goes weak, or I
# get double vision" (round 20; "...if my face droops, and now it's drooping" stays)
INSTRUCTED_IF = re.compile(r"\b(?:come back|go back|call|ring|phone|seek help|get help|go to a&e"
                           r"|go to the er|see (?:a|the|your|my) (?:doctor|gp)|return|contact"
                           r"|get seen)\b[^.;!?]{0,30}?\bif\b"
                           # round 68: what someone else should do ("what should a groom do if
                           # someone is kicked in the head, or a handler can't breathe?")
                           r"|\bwhat (?:should|does|would|must|can) (?!i\b)(?:[\w']+ ){1,3}?do\b"
                           r"[^.;!?]{0,10}?\bif\b")

# ...and the signs a question asks about as the line to cross (round 42): "What would make it an
# emergency, my face dropping, or not being able to get my words out?"
WHAT_WOULD_MAKE_IT = re.compile(r"\bwhat (?:would|could|should|might) (?:make it|make this|count as"
                                r"|mean|be)\s+(?:an?\s+)?(?:emergency|serious|urgent|worrying|worse"
                                r"|a worry|an a&e thing|a 999 thing|a hospital thing)\b")


# a list or an instruction ends where the user says what is happening now: "the nurse went
# through a list and I said yes to trouble breathing, I can't get my breath now" (round 20; not
# the onset words a listed sign may carry: "sudden swelling of the face")
NOW_WORD = re.compile(r"\b(?:now|right now|at the moment|currently)\b")


def _until_now(low: str, start: int, end: int) -> int:
    now = NOW_WORD.search(low, start, end)
    if now is None:
        return end
    # the whole clause that says "now": back to its start
    cut = max(low.rfind(mark, start, now.start()) for mark in ",;:")
    return cut if cut > start else now.start()


# A question followed by what it is for, in a sentence of its own: "Eyelid twitch plus slurred
# speech: ambulance or not? For a first aid course." (round 27)
STUDY_PURPOSE = re.compile(r"^\W*(?:(?:it'?s|this is|asking|just|only|all) )*for (?:a|an|my|our|the)"
                           r" (?:[\w-]+ ){0,3}?(?:course|class|exam|assignment|essay|project|quiz"
                           r"|homework|test|module|lesson|presentation|revision)\W*$")


# ...and so does a list headed by an illness's signs, as chain posts write them (round 30: "SHARE
# THIS!! Stroke signs: Face drooping, Arm weakness, Speech difficulty"; never "my symptoms: ...")
# (round 39: "a notification listing the warning signs of pre-eclampsia: a headache...")
_ILLNESSES = (r"(?:stroke|seizures?|epilepsy|meningitis|sepsis|heart attack|brain tumou?r|mnd|als|tia"
              r"|pre-?eclampsia|eclampsia|concussion|serotonin syndrome)")
LIST_HEADING = re.compile(r"\b(?:slides?|module|quiz|poster|leaflet|handout|card|page|section"
                          # round 63: "a slide on stroke: face drooping, arm weak, ..."
                          r"|chapter)\s+(?:on|about)\s+(?:a\s+|an\s+)?" + _ILLNESSES + r"\s*:"
                          r"|(?<!\bmy )(?<!\bhis )(?<!\bher )\b" + _ILLNESSES
                          + r"\s+(?:warning\s+)?(?:signs|symptoms)\s*(?:are|include)?\s*:"
                          r"|\b(?:warning\s+)?(?:signs|symptoms)\s+of\s+(?:a\s+|an\s+)?" + _ILLNESSES
                          + r"\s*(?:are|include)?\s*:")


# ...and so does a school piece on an illness, from its name (round 32: "a timeline poster of a
# stroke: minute 0 the face droops...")
SCHOOL_PIECE = re.compile(r"\b(?:poster|project|assignment|homework|essay|presentation|infographic"
                          r"|timeline)\s+(?:of|on|about)\s+(?:a |an |the )?[\w' -]{1,30}?:")


# ...and so does a general statement of what a thing can cause (round 46: "my son says fumes can
# cause breathing trouble and even stroke in the long run"); a question about it is
# bot.mentions.questions' CAUSE_ASKED
CAN_CAUSE = re.compile(r"\b(?:can|could|may|might|will|does|do)\s+(?:also\s+|even\s+|sometimes\s+)?"
                       r"(?:cause|lead to|trigger|bring on|result in|give you|give people"
                       # round 54: "my aunt says it can leave your legs weak"
                       r"|leave (?:you|your|people|women|men)|make (?:you|your|people)"
                       r"|stop (?:you|people))\b"
                       r"(?=[^?]*(?:[.;!]|$))")


# ...and so does a rule for anyone with a sign (round 54: "our tour doctor briefed us: anyone with
# a fever plus a stiff neck ... goes to hospital"), or how an illness shows itself ("swears a
# jumping eyelid is how a stroke announces itself")
ANYONE_WITH = re.compile(r"\b(?:anyone|anybody|everyone|everybody|whoever)\s+(?:with|who has|who have"
                         r"|who gets|who get|showing)\b"
                         # round 74: advice about any sign anywhere ("any new twitching in the
                         # face should be checked")
                         # ...and signs told of anyone as a rule ("if anyone goes confused,
                         # collapses or has a fit, shout for the medic"; round 76)
                         # (not "if anyone cares", an aside)
                         r"|\bif\s+(?:anyone|anybody|someone|somebody|any of (?:us|you|them)|one of (?:us"
                         r"|you|them))\s+(?=(?:goes|gets|has|collapses|faints|passes|starts|shows|feels"
                         r"|becomes|looks|stops|can'?t|cannot|is|seems|turns|develops)\b)"
                         r"|\bany\s+(?:new\s+|sudden\s+)?(?:twitch\w*|drooping|weakness|numbness"
                         r"|tingling|spasms?)\s+(?:in|of|on)\s+the\b"
                         # ...and the stroke test's letters spelled out ("the FAST test, face,
                         # arms, speech, time")
                         r"|\bfast\b(?:\s+(?:test|acronym|check|thing|rule))?"
                         # (round 76: "we practised FAST on each other: face, arms")
                         r"(?:\s+(?:on|with)\s+(?:[\w']+\s+){0,2}?[\w']+)?(?=[\s,:(-]+face\b[\s,/:-]+"
                         r"(?:\w+\s+)?arms?\b[\s,/:-]+(?:\w+\s+)?speech\b)"
                         r"|\b(?:is|are|was|were)\s+(?:how|the way)\b(?=\s+(?:a|an|the)\s)")
# ...and so does a scene acted or rehearsed (round 54: "rehearsing an epileptic character's fit
# scene", "Today's scenario card said sudden slurred speech", "playing a man choking")
STAGED = re.compile(r"\b(?:rehears\w*|act(?:ing|ed)?|play(?:ing|ed)?|perform(?:ing|ed)?|film(?:ing|ed)?"
                    r"|shoot(?:ing)?|portray\w*)\s+(?:an?|the|my|his|her|our)\s+(?:[\w'-]+\s+){0,3}?"
                    r"(?:character|role|part|scene|scenario|sketch)s?\b"
                    r"|\b(?:scenario|case|role)\s+card\b|\b(?:simulated|standardi[sz]ed|mock|pretend)"
                    r"\s+patients?\b|\bplay(?:ing|ed)?\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:man|woman|patient"
                    r"|person|casualty|victim)\s+(?=\w+ing\b)")
# ...and, to the end of its clause, what befalls a named role (round 73: "I'm playing Prince
# Myshkin, who has a fit in the third act"), with the stage in its sentence
ROLE_PLAYED = re.compile(r"\b(?:i'?m|i am|i was|i've been)\s+(?:playing|cast as|understudying)\s+"
                         r"(?!(?:with|against|cards|football|golf|tennis|games?)\b)"
                         r"(?:[\w'.-]+\s+){0,2}?[\w'.-]+,\s+(?:who|whose)\b(?=[^.;!?]*\b(?:acts?"
                         r"|scenes?|play|show|production|rehears\w*|stage|script|opera|musical|film"
                         r"|episode|novel)\b)")


def _dreams_lists_and_cases(mentions: List[Mention], text: str,
                            sentences: List["tuple[int, int]"]) -> List[Mention]:
    low = text.lower()
    spans = []
    for dream in DREAM.finditer(low):
        sentence = sentence_at(dream.start(), sentences)
        if sentence:
            woke = WOKE.search(low, dream.end(), sentence[1])
            spans.append((dream.end(), woke.start() if woke else sentence[1]))
    # a list or an instruction's conditions run on from their cue, a case from its first word,
    # each to the end of its sentence or a word of now
    listed = list(SIGNS_LISTED.finditer(low))
    starts = [m.end() for m in listed]
    # ...and a form's questions after its colon run on over the short questions that follow
    # (round 47: "the online triage form asks: is this an emergency? chest pain? difficulty
    # breathing? sudden weakness or numbness?")
    spans += [(m.end(), _short_questions_end(low, m.end(), sentences)) for m in listed
              if low[m.end():m.end() + 3].lstrip().startswith(":")]
    starts += [m.end() for m in LIST_HEADING.finditer(low)]
    starts += [m.start() for m in SCHOOL_PIECE.finditer(low)]
    starts += [m.end() for m in INSTRUCTED_IF.finditer(low)]
    starts += [m.end() for m in WHAT_WOULD_MAKE_IT.finditer(low)]
    starts += [m.end() for m in CAN_CAUSE.finditer(low)]
    starts += [m.end() for m in ANYONE_WITH.finditer(low)]
    starts += [m.start() for m in STAGED.finditer(low)]
    starts += [m.start() for m in STUDY_CASE.finditer(low)]
    starts += [m.start() for m in STORY_WRITTEN.finditer(low)]
    starts += [m.start() for m in MEDIA_WARNING.finditer(low)]
    starts += [m.start() for m in STORY_WATCHED.finditer(low)]
    starts += [m.start() for m in TALE_TOLD.finditer(low)]
    starts += [m.start() for m in CALLER_STORY.finditer(low)
               if not CALL_STILL_ON.search(low, m.end(), sentence_around(low, m.end())[1])]
    # a term named in quotes is a word, not a sign anyone has: "my physio friend mentioned
    # 'foot drop'" (round 24)
    for term in TERM_QUOTED.finditer(low):
        spans.append((term.start(1), term.end(1)))
    if not SELF_AS_PATIENT.search(low):
        starts += [m.start() for m in JOB_CASE.finditer(low)]
    if AT_WORK.search(low) and not SELF_AS_PATIENT.search(low):
        starts += [m.start() for m in PATIENT_CASE.finditer(low)]
    for before, sentence in zip(sentences, sentences[1:]):
        if STUDY_PURPOSE.match(low[sentence[0]:sentence[1]]) and "?" in low[before[0]:before[1]]:
            spans.append(before)
    for start in starts:
        sentence = sentence_at(start, sentences)
        if sentence:
            spans.append((start, _until_now(low, start, sentence[1])))
    # ...and a story read, a role played or a list asked for, to the end of its clause: only its
    # signs (the twitch may be told in the same breath: "...in rehearsals, anyway my eyelid")
    sign_spans = [(m.start(), _clause_end(low, m.end()))
                  for pattern in (PLAYED_OR_READ, ROLE_PLAYED) for m in pattern.finditer(low)]
    for show in SHOW_WATCHED.finditer(low):
        end = sentence_around(low, show.end())[1]
        own = FIRST_PERSON_WORD.search(low, show.end(), end)
        spans.append((show.end(), own.start() if own else end))
    if not spans and not sign_spans:
        return mentions
    return [replace(m, hypothetical=True) if m.asserted and (
        (m.kind in ("symptom", "red_flag", "body_part") and in_spans(m, spans))
        or (m.kind in ("symptom", "red_flag") and in_spans(m, sign_spans))) else m
        for m in mentions]


SHORT_QUESTION = 60  # characters: "chest pain?", "sudden weakness or numbness?"


def _short_questions_end(low: str, start: int, sentences: List["tuple[int, int]"]) -> int:
    """The end of the run of short questions from `start`'s sentence on."""
    end = start
    for sentence in sentences:
        if sentence[1] <= start:
            continue
        words = low[max(sentence[0], start):sentence[1]].strip()
        if sentence[0] > start and (len(words) > SHORT_QUESTION or not words.endswith("?")):
            break
        end = sentence[1]
        if not words.endswith("?"):
            break
    return end


def _clause_end(low: str, start: int) -> int:
    end = re.search(r"[,;.!?\n]", low[start:])
    return start + end.start() if end else len(low)


# A numb or drooping mouth from the dentist's injection is the anaesthetic, not a stroke: "mouth
# numb from the dentist, dribbled my coffee till it wore off"
DENTAL = re.compile(r"\b(?:dentist|dental|anaesthetic|anesthetic|novocaine|lidocaine|filling"
                    r"|root canal|wisdom tooth|wisdom teeth)\b")
MOUTH_NUMBED = re.compile(r"\b(?:mouth|lips?|jaw|cheek|tongue|gums?|face|chin)\b[^.;!?]{0,20}"
                          r"\bnumb|\bnumb\w*\b[^.;!?]{0,20}\b(?:mouth|lips?|jaw|cheek|tongue|gums?"
                          r"|face|chin)\b")
SUDDEN_WORDS = re.compile(r"\b(?:" + ONSET_WORDS + r")\b")


NUMBED_SIGNS = ("numbness", "tingling", "facial_weakness", "swallowing_trouble", "speech_trouble")


def _dental_numbness(mentions: List[Mention], text: str, sentences: List["tuple[int, int]"]
                     ) -> List[Mention]:
    return _own_signs_past_in(
        mentions, text, sentences,
        lambda words: bool(DENTAL.search(words) and MOUTH_NUMBED.search(words))
        and not SUDDEN_WORDS.search(words),
        NUMBED_SIGNS)


# A medicine the user has not started is not a cause yet (round 28): "Could levothyroxine cause
# an eyelid twitch? Asking before I start it next week", "my GP is starting me on citalopram
# next week" (a medicine also taken now stays: "...and I already take tramadol")
STARTING_ON = re.compile(r"\b(?:start|starting|starts|put|putting|puts|switch|switching)\s+"
                         r"(?:(?:me|him|her|us)?\s*on\s+(?:to\s+)?)?"
                         # round 59: "If I start the sertraline my GP suggested"
                         r"(?:(?:the|this|that|these|those)\s+)?$")
NOT_STARTED = re.compile(r"\bbefore (?:i|we) (?:start|begin|take) (?:it|them|taking)\b"
                         r"|\b(?:about|due|going|supposed) to (?:start|begin) (?:it|them|taking)\b"
                         r"|\b(?:haven'?t|have not|not yet) (?:started|begun|taken) (?:it|them)\b")
# ...nor medicines asked about together before taking either (round 55: "Safe to take
# sumatriptan with sertraline? Haven't yet.")
MIX_ASKED = re.compile(r"\b(?:safe|ok|okay|alright|all right|fine)\s+to\s+(?:take|mix|combine|have"
                       r"|use)\b[^.?!]*\?")
NOT_YET = re.compile(r"\b(?:haven'?t|have not|not)\s+(?:\w+\s+)?yet\b|\bhaven'?t (?:started|taken"
                     r"|tried) (?:either|any|it|them|both)\b")
LATER = re.compile(r"\b(?:next (?:week|month)|tomorrow|soon|on (?:monday|tuesday|wednesday"
                   r"|thursday|friday|saturday|sunday)|in (?:a|two|\d+) (?:days?|weeks?))\b")


# ...nor one offered and turned down: "the dentist offered me tramadol, but I said no" (round 39)
OFFERED_BEFORE = re.compile(r"\b(?:offered|suggested|recommended)\s+(?:me\s+|her\s+|him\s+)?$")
DECLINED_AFTER = re.compile(r"^[^.;!?]{0,40}?\b(?:said no|declined|refused|turned (?:it|them|that)"
                            r" down|didn'?t take (?:it|them)|never took (?:it|them)|said i'?d rather"
                            r" not)\b")
# ...and one stopped long ago is the user's past (round 39: "took sertraline for a year,
# stopped in 2021, nothing since")
STOPPED_LONG_AGO = re.compile(r"^[^.;!?]{0,40}?\b(?:stopped|came off|quit|weaned off|finished)\b"
                              r"(?:\s+(?:it|them|taking it|taking them))?\s+(?:in\s+(?:19|20)\d\d"
                              r"|(?:\w+\s+)?years?\s+ago|last year|ages ago)\b")

# ...or told as "off the antidepressant for five years", "on an antidepressant at the time" (round
# 41)
OFF_BEFORE = re.compile(r"\b(?:off|came off|come off|been off)\s+(?:the\s+|my\s+|an\s+|a\s+)?$")
# (not when the user is back on it: "came off sertraline for two months and now I'm back on it")
OFF_FOR_AFTER = re.compile(r"^\s+(?:for|since)\s+(?:(?:about\s+|over\s+|nearly\s+)?(?:\w+\s+)?"
                           r"(?:years?|months?)|(?:19|20)\d\d)\b(?![^.;!?]*\bback on\b)")
THEN_AFTER = re.compile(r"^\s+(?:at the time|back then|in those days)\b")
# ...or one stopped with the user well ever since (round 64: "I stopped the tramadol and I've
# been fine ever since")
STOPPED_BEFORE = re.compile(r"\b(?:stopped|came off|quit|dropped)\s+(?:taking\s+)?(?:the\s+|my\s+)?$")
WELL_SINCE_AFTER = re.compile(r"^[^.;!?]{0,25}?\b(?:been|stayed|felt|i'?ve been)\s+(?:\w+\s+)?"
                              r"(?:fine|well|ok|okay|good|great|alright|all right)\s+(?:ever\s+)?"
                              r"since\b")


# ...nor one asked about as a remedy (round 49: "Could propranolol calm my eyelid twitching? I
# already take it for stage fright")
ASKED_AS_REMEDY_BEFORE = re.compile(r"\b(?:could|can|would|will|does|do|should|might)\s+$")
ASKED_AS_REMEDY_AFTER = re.compile(r"^\s+(?:\w+\s+)?(?:calm|help|stop|ease|settle|treat|fix|cure"
                                   r"|relax|reduce|control)\b")


# ...nor one skipped or turned down outright (round 71: "Skipped the anti-malarials, taking no
# medicine")
SKIPPED_BEFORE = re.compile(r"\b(?:skipped|skipping|skip|decided against|declined|refused|never took"
                            r"|never started|didn'?t take|did not take|chose not to take|opted out of)"
                            r"\s+(?:taking\s+)?(?:the\s+|my\s+|any\s+|those\s+)?$")


# ...nor one the user may not take ever again (round 74: "tramadol's banned for me for good")
BANNED_AFTER = re.compile(r"(?:'s|\s+is|\s+was|\s+has been)\s+(?:now\s+)?(?:banned|off limits|off the"
                          r" menu|ruled out|forbidden|never to be given)\b")


# ...nor one the user might start (round 59: "If I start the sertraline my GP suggested, could it
# make my calf twitching worse?")
IF_I_START = re.compile(r"\bif (?:i|we) (?:start|begin|go on|try)\s+(?:on\s+)?(?:(?:the|this|that"
                        r"|these|those)\s+)?$")


def _medicines_not_started(mentions: List[Mention], text: str) -> List[Mention]:
    low = text.lower()
    medicines = medicine_ids()
    named = {m.value for m in mentions if m.kind == "trigger" and m.value in medicines}
    taken = [m for m in mentions if m.kind == "trigger" and m.value in medicines and m.asserted]
    later = [m for m in taken
             if (STARTING_ON.search(low, max(0, m.start - 40), m.start)
                 and LATER.search(low, m.end, m.end + 40))
             or (len(named) == 1 and NOT_STARTED.search(low))
             or IF_I_START.search(low[max(0, m.start - 30):m.start])
             or SKIPPED_BEFORE.search(low[max(0, m.start - 30):m.start])
             or BANNED_AFTER.match(low, m.end)
             or any(q.start() <= m.start < q.end() and NOT_YET.search(low, q.end())
                    for q in MIX_ASKED.finditer(low))
             or (OFFERED_BEFORE.search(low[max(0, m.start - 30):m.start])
                 and DECLINED_AFTER.match(low[m.end:]))
             or (ASKED_AS_REMEDY_BEFORE.search(low[max(0, m.start - 12):m.start])
                 and ASKED_AS_REMEDY_AFTER.match(low[m.end:]))]
    stopped = [m for m in taken if STOPPED_LONG_AGO.match(low[m.end:])
               or (OFF_BEFORE.search(low[max(0, m.start - 20):m.start])
                   and OFF_FOR_AFTER.match(low[m.end:]))
               or THEN_AFTER.match(low[m.end:])
               or (STOPPED_BEFORE.search(low[max(0, m.start - 25):m.start])
                   and WELL_SINCE_AFTER.match(low[m.end:]))]
    return [replace(m, hypothetical=True) if m in later
            else replace(m, historical=True) if m in stopped else m for m in mentions]
