"""Red-flag round 7, from the seventh held-out set's false emergencies and misses, as classes:
a relative who has died or a decade of their life dates their illness; the user's own sign
"nothing since" or "N years clear" is over; a sign with a past verb inside it ("throat closed
up") is told in the past; a question about "a" thing or what something "gives you" asks about
nobody's sign; named past emergencies (serotonin syndrome, meningitis, a brain bleed) are
conditions, not signs; and new everyday words for signs that are happening now. Every sentence
here is written for this test, none taken from the held-out sets."""

import pytest

from bot.kb import Level
from bot.screening import screen_message


def _level(text):
    return screen_message(text).level


@pytest.mark.parametrize("text", [
    "grandad had a stroke and couldn't speak after, he's been gone 10 years now. my lip twitches",
    "my uncle had fits in his thirties that started in his hand, my thumb twitches",
    "my throat swelled up from a wasp sting in 2018, nothing since. my eyelid twitches",
    "had a seizure after a night out at 20, 12 years clear now, calf twitching",
    "can a twitchy lip be a sign of a stroke? just wondering",
    "does too much coffee give you seizures or just twitches?",
    "my brother had meningitis as a teenager and says the headache was unbearable, i twitch",
    "mum went into serotonin syndrome last year in hospital, my eye twitches",
    "i went stiff from sitting at my desk all day and my legs were shaking after the run",
])
def test_a_past_a_relative_s_or_a_general_sign_is_no_emergency(text):
    assert _level(text) is not Level.emergency


@pytest.mark.parametrize("text", [
    # a fit told as it looks
    "i went stiff on the sofa then shook for a minute, first time ever",
    "my toddler has gone rigid and his arms are jerking, he's not reacting to me",
    # air that will not come in, a throat closing with swelling lips
    "ate a cashew 10 min ago, can't pull air in and my lips are puffing up",
    "breath is not coming fully since last night and i'm gasping when i talk",
    # swallowing
    "can't get even a sip of water past my throat since lunch, tongue twitching",
    "spit is pooling in my mouth and every time i try to swallow i choke",
    # a knock to the head, then questions over and over and being sick
    "clashed heads playing rugby an hour ago, my mate says i kept asking what day it was and "
    "i've been sick",
    # coming round
    "went down like a sack in the queue, when i came round people were staring",
    # a sudden worst headache, or meningitis told plainly
    "my head just exploded during my workout, full force in a couple of seconds, eye twitching",
    "got a headache like lightning, no build up, instant, worst ever, brow twitching",
    "temp 39, head is splitting and i can't have the light on, it stabs my eyes",
    "my flatmate's neck is like a plank, she's burning up and lying in the dark because the "
    "light hurts",
    # the face or a hand that stopped working, dated by the clock
    "since about 8pm the left side of my face is dragging down and my speech is thick",
])
def test_a_new_wording_of_an_emergency_sign_is_an_emergency(text):
    assert _level(text) is Level.emergency


@pytest.mark.parametrize("text", [
    "my right foot has started flopping and i catch my toes on the stairs, shin twitching",
    "my left hand hasn't got the oomph, can't button my coat, thumb twitching",
    "my right eye has got narrower, the lid is sitting on my lashes, it twitches",
    "two moons in the sky and if i shut one eye there's one again, eye twitchy",
])
def test_a_new_wording_of_an_urgent_sign_is_urgent(text):
    assert _level(text) is Level.urgent
