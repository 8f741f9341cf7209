"""Red-flag round 28, from the thirty-first held-out set (people with a long-term condition: usual
symptoms beside new ones) as classes: a throat that won't take food or tablets; legs that can't
lift the body from a chair without the arms; a head clutched with a sudden worst pain and no
headache named; a screen showing two of one thing; a twitch that ramps up; a pain given a bare
"a 9" once the message has set a scale of ten; a changing sign beside an unchanged one ("same as
ever, but my arm's weakening"); and, as near-misses, a relative's old event with an adjective
("Nan's old stroke left her hand weak"), a site named "his"/"her" inside a phrase, a relative's
named illness with its signs in apposition, "can you catch" a condition, "count as a seizure", how
to tell one thing "from" another, a meme's caption in quotes, "stroke of luck", a collapse "in the
good way", a medicine asked and answered "no", a medicine not started yet, the length of an
illness or a medicine rather than of the twitch, a denied sensation's site, and sleep lost to
worry. Each with a counterpart that keeps its level. Every sentence here is written for this
test, none taken from the held-out sets."""

import pytest

from bot.kb import Level
from tests.unit.wording_checks import flags_of, level_of


@pytest.mark.parametrize("text", [
    "Parkinson's for 8 years. Since breakfast his throat won't take water or his pills, lip twitching",
    "my throat won't let anything down since this morning, eyelid twitching",
    "my mum is with me, she clutched the side of her head, worst pain ever, it came on in a second",
    "I grabbed the back of my head, it hit out of nowhere, worst I've ever had. Eye twitching.",
])
def test_emergencies_told_in_plain_words_are_caught(text):
    assert level_of(text) is Level.emergency


@pytest.mark.parametrize("text", [
    "For five weeks I can't stand up from the sofa without pushing on the arms. Thigh twitching.",
    "Epilepsy, 41. The telly shows two of the presenter since yesterday. Eyelid twitching.",
    "My old Bell's palsy weakness is the same as ever, but my right hand's weakening over a month. Thumb twitches.",
])
def test_urgent_signs_told_in_plain_words_are_caught(text):
    assert level_of(text) is Level.urgent


@pytest.mark.parametrize("text, flag", [
    ("the twitch in my cheek is ramping up, a few times a day last week, nonstop now", "worsening_or_spreading"),
    ("my usual back pain is 3 out of 10, but my calf twitches and the cramp, a 9, wakes me up", "severe_pain"),
])
def test_routine_wordings_raise_their_flag(text, flag):
    assert flag in flags_of(text)


@pytest.mark.parametrize("text", [
    # a relative's old event with an adjective, a site that is theirs inside a phrase
    "Grandad's first stroke left his speech slurred. My eyelid twitches, is that linked?",
    "my wife had Bell's palsy at Easter, the whole left side of her face dropped, she's back to normal now. my lip twitches",
    # a relative's named illness with its signs in apposition
    "Uncle in Perth has MS, weak legs. My calf twitches. Related?",
    # questions
    "Can you catch a stroke from someone? My eyelid twitches since my dad's.",
    "My son's eyelid flickered while he was playing, laughing all along. Does that count as a seizure under his plan?",
    "How do you tell a tic from a seizure? My eye twitches before exams.",
    # a caption in quotes, luck, a collapse told as a joy
    "my brother captioned my video 'me having a stroke at the gym', my calf twitches after leg day",
    "Stroke of genius from the physio, my eye twitch eased already.",
    "finished my first marathon and collapsed on the grass, in a good way, calves twitching tonight",
])
def test_near_misses_are_no_emergency(text):
    assert level_of(text) is not Level.emergency


@pytest.mark.parametrize("text", [
    "Aunt in Leeds has myasthenia, droopy eyelids. My eyelid twitches.",
    "My sister had Bell's palsy at Easter, the whole side of her face dropped, and she is fine now. My cheek twitches.",
])
def test_a_relatives_signs_are_no_urgent_sign_of_the_user(text):
    assert level_of(text) is None


@pytest.mark.parametrize("text, flag", [
    # a medicine asked and answered no, or not started yet
    ("checklist: any fits? no. new tablets? no. just my eyelid twitching since Monday", "medicine_suspected"),
    ("Could sertraline make my eye twitch? Asking before I start it next week.", "medicine_suspected"),
    ("my GP is starting me on propranolol next week, eyelid twitching for 3 days", "medicine_suspected"),
    # the length of an illness or a medicine, not of the twitch
    ("Epilepsy 15 yrs. My eyelid has twitched since Tuesday.", "long_lasting"),
    ("I've been on fluoxetine 20mg for two years, same dose. Thumb twitching since yesterday.", "long_lasting"),
    ("I haven't needed my inhaler since the spring. Eyelid twitching for four days.", "long_lasting"),
    # a denied sensation's site is no twitch site
    ("no tingling right hand or anything, just my eyelid twitching", "several_places"),
    # sleep lost to worry
    ("my mum's in hospital abroad and I've been lying awake worrying; my eye twitches now and then", "disrupts_daily_life"),
])
def test_near_misses_raise_no_routine_flag(text, flag):
    assert flag not in flags_of(text)


@pytest.mark.parametrize("text", [
    # a relative's sign with the user now, an apposition told as sudden, a sign that is the user's
    "Dad has MS, I'm with him, his face suddenly dropped and his speech is slurred",
    "Dad has MS, droopy face and slurred speech, all of a sudden",
    "I have MS, and since this morning I can't swallow my tea. Lip twitching.",
    # a count that is today's
    "Does this count as a seizure? My son is jerking all over and not answering me right now",
])
def test_counterparts_stay_emergencies(text):
    assert level_of(text) is Level.emergency


@pytest.mark.parametrize("text, flag", [
    # a medicine taken now, a twitch that has lasted long, a sleep the twitch takes
    ("I'm on sertraline and my eyelid started twitching after the dose went up", "medicine_suspected"),
    ("My eyelid has twitched for two months, on and off", "long_lasting"),
    ("the twitch keeps me lying awake at night", "disrupts_daily_life"),
    ("my left foot and my eyelid both twitch", "several_places"),
])
def test_counterparts_keep_their_routine_flag(text, flag):
    assert flag in flags_of(text)
