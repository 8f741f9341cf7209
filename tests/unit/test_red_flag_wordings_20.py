"""Red-flag round 20, from the twenty-second (voice-to-text, very short and anxious messages) and
twenty-third (long messages) held-out sets as classes: food, drink or spit that will not go down;
a first faint in few words; a fit told by its size, on the carpet, or as "fitting" now; a tongue
bleeding after a fit; losing track of one's words; a throat that tightens and a breath one
struggles to get; a blow that "cracked me on the head" or a head caught on the way down; a
self-correction ("I mean double vision"); loss of strength told against what one "used to" do;
and, as near-misses, someone else's dated episode told as over (yesterday, at the weekend,
stable, grand), an age between commas, someone far away with their own people or doctor, a
checklist read out and answered "no", "what if... and I...", "what does X look like?", a
condition that names a kind of person, an old episode, an appointment named by a sign, the
conditions of a doctor's instruction, "moved in", and the user's own past in a month or year
long gone. Each with a counterpart that keeps its level. Every sentence here is written for this
test, none taken from the held-out sets."""

import datetime as dt

import pytest

from bot.kb import Level
from bot.mentions.history import _months_back
from tests.unit.wording_checks import level_of


@pytest.mark.parametrize("text", [
    "Since lunch nothing will go down, not even tea, and I have to spit out my saliva. Lip twitches.",
    "A sip of juice came back up my nose and now I can't even swallow. My tongue twitches.",
    "just fainted for the first time, out for a bit. eyelid twitching",
    "My mate says I had a full fit in the pub, then my tongue was bleeding. Calf twitches now.",
    "DAUGHTER FITTING ON THE CARPET NOW. MY EYE TWITCHING",
    "Fever of 39.4 since this morning and I keep losing track of what I'm saying. Legs twitch.",
    "My son is here, his throat is getting tight and he's struggling to get his breath. My eye "
    "twitches.",
    "The gate cracked me on the side of the head an hour ago and I've been sick twice. Eye twitches.",
    "I caught my head on the shelf yesterday and today I'm vomiting and so drowsy. Lid twitching.",
])
def test_plain_tellings_of_emergencies_are_caught(text):
    assert level_of(text) is Level.emergency


@pytest.mark.parametrize("text", [
    "blurry vision since Monday I mean double vision, two of the telly. eyelid flickering",
    "I can't lift the weights I used to warm up with and my arm has gone weaker. Arm twitches.",
    "Over a month my legs just don't push anymore when I stand up. Thighs twitching.",
])
def test_urgent_signs_told_plainly_are_urgent(text):
    assert level_of(text) in (Level.urgent, Level.emergency)


@pytest.mark.parametrize("text", [
    # someone else's episode, dated and over or cared for
    "My gran had a stroke at the weekend, she's in hospital in Hull and I'm in Leeds. My eye "
    "twitches.",
    "My housemate passed out at the gym yesterday, she's fine, it was the heat. Lid twitching.",
    "My husband had a seizure at work on Monday and he's stable, they're keeping him in. Eye "
    "twitches.",
    "My daughter, 14, got a knock on the head at hockey on Saturday and was sick twice. She's back "
    "at school now and fine. My eye twitches.",
    "Grandad in Lagos has choking trouble with his food now, my aunties are with him. I'm in "
    "Manchester. My lip twitches.",
    "My brother in Canada says his eyelid is drooping. He's seeing his doctor there tomorrow. I'm "
    "in Glasgow. My own lid twitches.",
    # a checklist read out and answered no, a supposed or asked sign
    "The nurse went through a whole list: any weakness in your arms, no; any trouble breathing, "
    "no. It's just my eyelid twitching.",
    "I drive all night and my eye twitches: what if it's the start of something and I black out "
    "at the wheel?",
    "what exactly does drooping look like? my eyelid twitches",
    "The GP said to come back if the lid starts to droop, my face goes weak, or I see double. "
    "None of that is happening.",
    "I look after residents with swallowing problems, so I worry. I'm swallowing fine. Jaw "
    "twitches.",
    "Is there a link between the old seizure and this twitch in my eye?",
    "Should I bring up my eyelid twitch at my stroke review next month?",
    "The website says seek help if the twitching spreads to your face. Mine's just the lid.",
    "My sister has moved in to help with the baby. My bottom lip twitches.",
    # the user's own past, with its year or month long gone
    "To be clear, not today: in March 2024 I had a TIA and my speech went for ten minutes. "
    "Now my eyelid twitches.",
])
def test_near_misses_are_no_alarm(text):
    assert level_of(text) not in (Level.emergency, Level.urgent)


def test_a_month_two_or_more_months_back_is_long_gone():
    today = dt.date(2026, 11, 22)
    assert _months_back("in january my gp added tramadol", today)
    assert _months_back("in september i had a fit", today)
    # last month may be recent, and a month with its year is read elsewhere
    assert not _months_back("in october i had a fit", today)
    assert not _months_back("in november", today)
    assert not _months_back("in january 2025", today)


@pytest.mark.parametrize("text", [
    # the same shapes with a real sign now
    "My gran had a stroke at the weekend and now she's slurring again here with me. My eye "
    "twitches.",
    "The nurse went through a whole list and I said yes to trouble breathing, I can't get my "
    "breath now. Eye twitches.",
    "I was told to come back if my face droops, and now my face is drooping and my words are "
    "slurred. Eye twitches.",
    "My daughter, 14, is shaking on the floor now and won't wake up. My eye twitches.",
])
def test_the_same_shapes_with_a_real_sign_still_count(text):
    assert level_of(text) is Level.emergency
