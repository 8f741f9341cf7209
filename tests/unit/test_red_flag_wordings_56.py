"""Red-flag round 56: the fifty-seventh held-out set (shops, warehouses and call centres) as
classes. Signs: a fit told by others as "I fitted on the <place> floor", a head that "hit the"
thing it hit, stock that came off a shelf onto a head. Near-misses: a relative in hospital after
a sign, a care home that rang from a place, a relative's sign dated by a season and fully back, a
caller's story told after the call, a day, a month or a season before a year ("Christmas Eve
2015"), a year naming the event ("a 1998 knock"), a time of being well that is no twitch's length
(and, when on a medicine, tells its long course), a chest infection that names no twitching site,
a crowd nearly given a stroke, devices that "all had a seizure", work choking a branch, words
lost to a hot crisp and "Fine now", a name a crowd gives to an hour ("the blackout"), someone
else who called in sick, and arms "staying up" on a checklist. Each with a counterpart that keeps
its level. Every sentence here is written for this test, none taken from the held-out sets."""

import pytest

from bot.kb import Level
from tests.unit.wording_checks import flags_of, level_of


@pytest.mark.parametrize("text, flag", [
    ("My supervisor says I fitted on the loading bay floor an hour ago. Lid twitching.", "seizure"),
    ("Slipped off the step, head hit the cage. Throwing up now and muddled. Calf twitching.",
     "head_injury_neuro_signs"),
    ("A box of bleach fell off the top shelf onto my head at noon; I've been sick twice since "
     "and keep dozing off. My eyelid twitches.", "head_injury_neuro_signs"),
    ("A crate slid off the racking onto Tomasz's head twenty minutes ago, now he's vomiting and "
     "confused next to me. His cheek twitches.", "head_injury_neuro_signs"),
])
def test_shop_floor_emergencies_are_caught(text, flag):
    assert level_of(text) is Level.emergency
    assert flag in flags_of(text)


@pytest.mark.parametrize("text", [
    # a fitting done on a floor is no fit
    "I fitted the new vinyl on the bathroom floor yesterday. Eyelid twitching.",
    # the idiom for going to sleep
    "As soon as my head hit the pillow my eyelid started twitching.",
])
def test_their_look_alikes_are_no_emergency(text):
    assert level_of(text) is not Level.emergency


@pytest.mark.parametrize("text", [
    "My uncle's in hospital after collapsing at the depot. Mine's only a lid twitch.",
    "Dad's nursing home in Galway rang: he has a fever and is a bit confused, the GP is with him. "
    "I'm at work in Leeds and my eye twitches.",
    "Auntie's face went crooked with Bell's palsy in autumn; fully back now. My eyelid twitches.",
    "A caller on my line this morning said his wife's face had dropped and her words were "
    "slurred, so I read the script and put him through to 999. My eyelid twitches since.",
    "Easter Sunday 2012, I got the worst headache of my life out of nowhere. It was a small "
    "bleed, treated, and I've been well for fourteen years. Eyelid twitching this week.",
    "Seeing double for an afternoon after a 2003 football clash. Eyelid twitching now.",
    "The peak nearly gave the whole warehouse a stroke. Eyelid twitching.",
    "The card machines all had a seizure at lunch and we took cash. My cheek twitches.",
    "Head office says the new rota is choking the store. Lower lip twitching.",
    "Ate a wasabi crisp on my break: eyes streaming, couldn't speak for a minute. Fine now. "
    "Eyelid twitching.",
    "We call the last hour of the night shift the blackout. My eyelid twitches by then.",
    "Half the team called in sick, so I'm on a double. My eyelid twitches.",
    "Checklist done: face even, both arms up and staying up, speech clear. Eyelid twitching.",
])
def test_shop_floor_near_misses_raise_nothing(text):
    assert flags_of(text) == []


@pytest.mark.parametrize("text, flag", [
    # with the user, in A&E: the sign told now keeps its level
    ("Mum's in A&E with me after a fall, and now she can't lift her arm and her speech is "
     "slurred. Her eyelid twitches.", "stroke_signs"),
    # a caller still on the line, told as now
    ("A caller on the phone said her husband has just collapsed and is fitting now. My eye "
     "twitches.", "seizure"),
    # a stroke sign that passed, with no everyday reason, is still an emergency
    ("Couldn't speak for a minute at the till. Fine now. Eyelid twitching.", "stroke_signs"),
    # the twitch's own length
    ("My eyelid has been twitching for ten years.", "long_lasting"),
    ("I called in sick today because this eyelid twitch is driving me mad.",
     "disrupts_daily_life"),
    ("Both arms up, and the left one won't stay up. Eyelid twitching.", "new_weakness"),
    # a year after a day, with the sign still now
    ("Christmas Eve 2025 my arm went weak and it is still weak. Thumb twitching.",
     "new_weakness"),
])
def test_shop_floor_counterparts_keep_the_flag(text, flag):
    assert flag in flags_of(text)


def test_a_time_well_on_a_medicine_is_its_long_course():
    assert "medicine_suspected" not in flags_of(
        "I'm on sertraline and I've been perfectly well for eleven months. Eyelid twitching since "
        "Monday.")


def test_a_chest_infection_is_no_twitching_site():
    assert "several_places" not in flags_of(
        "I had a chest infection last month. Now my eyelid twitches.")
