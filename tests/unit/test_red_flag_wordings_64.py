"""Red-flag round 64: the sixty-fourth held-out set's false alarms as classes, and a class of
missed signs found while reading them. Signs that go on: a face that "hasn't stopped drooping",
someone who "can't stop vomiting" after a knock, a headache "nothing helps" (ConText read the
"n't" and the "nothing" as denials), and inabilities told another way ("no longer able to lift",
"can't get up without my leg giving way", "impossible to swallow", "can barely lift", "nobody
can wake him", "never had a headache hit like this"), while the writer who "can't wake up in the
mornings" or whose "alarm won't wake me" is awake enough to type. Near-misses: medicines the
writer says they take none of ("I'm on neither", "I don't take any medication"); one the writer
is "still on" years after an old reaction, beside one "stopped" with the writer well ever since;
a supposition that opens on "hypothetically", "say" or "suppose" with no "would" ("wanders down
into my lip", "ever made me see two of everything"); a relative "rushed in" with "the doctors
with her"; a day lost to news of someone else's illness, with no twitch in its sentence. Each
with a counterpart that keeps its level. Every sentence here is written for this test, none
taken from the held-out sets."""

import pytest

from bot.kb import Level
from tests.unit.wording_checks import flags_of, level_of


@pytest.mark.parametrize("text, flag, level", [
    ("My face hasn't stopped drooping on the left for three days now. Eyelid twitching.",
     "facial_weakness_or_droop", Level.urgent),
    ("Banged my head on the shelf an hour ago and I can't stop vomiting. Lid twitching.",
     "head_injury_neuro_signs", Level.emergency),
    ("Nothing helps this headache, the worst of my life, it hit in a second. Eye twitching.",
     "thunderclap_headache", Level.emergency),
    ("My son hit his head at football and he hasn't stopped being sick since. He's with me now, "
     "his eyelid twitching.", "head_injury_neuro_signs", Level.emergency),
])
def test_signs_that_go_on_are_caught(text, flag, level):
    assert level_of(text) is level
    assert flag in flags_of(text)


@pytest.mark.parametrize("text, flag, level", [
    ("I'm no longer able to lift my right arm since this morning. Eyelid twitching.",
     "new_weakness", Level.urgent),
    ("I can't get off the sofa without my leg giving way since Monday. Calf twitching.",
     "new_weakness", Level.urgent),
    ("Since an hour ago it's impossible to swallow even water. Lip twitching.",
     "swallowing_trouble", Level.emergency),
    ("I can barely lift my left leg since the weekend. Calf twitching.", "new_weakness",
     Level.urgent),
])
def test_inabilities_told_another_way_are_caught(text, flag, level):
    assert level_of(text) is level
    assert flag in flags_of(text)


@pytest.mark.parametrize("text, flag", [
    ("Nobody can wake him, he's breathing but floppy. His eyelid was twitching.",
     "loss_of_consciousness"),
    ("We couldn't rouse her for a minute after she dropped. Her eye twitches.",
     "loss_of_consciousness"),
    ("Never had a headache hit like this, 10/10 within seconds. Eyelid twitching.",
     "thunderclap_headache"),
    # someone who could not wake the user tells the user's own spell
    ("Last night my husband couldn't wake me for two minutes. Eyelid twitching today.",
     "loss_of_consciousness"),
    ("I can't wake her, she's breathing. Her eyelid twitched.", "loss_of_consciousness"),
])
def test_no_one_waking_them_and_a_pain_like_no_other_are_emergencies(text, flag):
    assert level_of(text) is Level.emergency
    assert flag in flags_of(text)


@pytest.mark.parametrize("text", [
    # a sign done without is still denied, and a "can hardly wait" is no inability
    "I can walk to the shop without my leg giving way. Calf twitching.",
    "I can hardly wait for the holidays. Eyelid twitching.",
    # the writer who can't wake up in the morning is typing, awake
    "I can't wake up in the mornings since the rota changed. Eyelid twitching.",
    "My alarm won't wake me these days. Eyelid twitching.",
    "Not awake properly till my second coffee. Lid twitching.",
])
def test_abilities_kept_raise_nothing(text):
    assert flags_of(text) == []


@pytest.mark.parametrize("text", [
    "Does St John's wort with fluoxetine cause serotonin syndrome? I'm on neither. Eyelid "
    "twitching.",
    "My brother was in hospital with serotonin syndrome from his tramadol and sertraline. I don't "
    "take any medication. My lip twitches since I heard.",
    "Back in 2019 I had a reaction to tramadol with my sertraline. I stopped the tramadol and have "
    "been well ever since, still on the sertraline. Thumb twitching now.",
    "Hypothetically: my eyelid twitch creeps into my lip. What would that mean?",
    "Hypothetically: my lid twitch wanders down into my lip. What then?",
    "Hypothetically: my eyelid twitch spills over into my cheek. GP or A&E?",
    "Suppose my lid twitch ever made me see two of everything: GP or A&E?",
    "Suppose half my mouth started to sag, GP or A&E? Only my eyelid twitches now.",
    "Mum was rushed in last night with a fever and a stiff neck, the doctors are with her. I "
    "can't focus on anything at work. Since I heard, my eyelid has been twitching. Is it the "
    "worry?",
])
def test_round_64_near_misses_raise_nothing(text):
    assert flags_of(text) == []


@pytest.mark.parametrize("text, flag", [
    # a medicine started, with no word that none is taken
    ("I started fluoxetine last week and my eyelid twitches.", "medicine_suspected"),
    # "nothing except" keeps the one excepted
    ("I take nothing except sertraline, started last month. Eyelid twitching.",
     "medicine_suspected"),
    # stopped yesterday, and no years of being well on the other
    ("I stopped the tramadol yesterday and I'm still on the sertraline they started last week. "
     "Thumb twitching.", "medicine_suspected"),
    # a spread that happened
    ("My lid twitch has crept into my lip since Tuesday.", "spreading_face"),
    ("Since this morning I see two of everything with my lid twitch: GP or A&E?",
     "double_vision"),
    # a relative with the signs who is with the user, not rushed into hospital
    ("Mum has a fever and a stiff neck and she's on the sofa next to me. Eyelid twitching.",
     "meningitis_signs"),
    # the twitch itself is what stops the work
    ("My eyelid twitch is so constant I can't focus on anything at work.", "disrupts_daily_life"),
    # a day lost in a sentence with the twitch, beside a relative's news
    ("Dad is in hospital with a chest infection. My eyelid twitches so much I can't focus on "
     "anything at work, and the worry doesn't help.", "disrupts_daily_life"),
])
def test_round_64_counterparts_keep_the_flag(text, flag):
    assert flag in flags_of(text)
