"""Red-flag round 27, from the thirtieth held-out set (teenagers and young adults texting) as
classes: texting shorthand ("n", "r", "u", "yr", "b4"; bot.textese) read as the words it stands
for; an arm gone "full noodle", words that glitch or lag; stiff and shaking on a floor, a first
time told as "never before"; a big hit in a contact sport and a match lost from memory; zoning
out and dropping; a twitch that shuts the eye fully; "since like September", "2+ months"; and,
as near-misses, a relative's illness told as over in words that take weeks ("he's recovering",
"all sorted now"), a season or a year told in summers ("two summers ago", "last season"), a
song's drop "was a seizure", an eye "having a stroke" because it twitches, the voice of anxiety
in a meme ("my brain: that's a stroke"), a player beaten "so hard he fainted", collapsing onto
one's bed, and slang's "ghosted". Each with a counterpart that keeps its level. Every sentence
here is written for this test, none taken from the held-out sets."""

import pytest

from bot.kb import Level
from bot.suspicion import suspect_message
from tests.unit.wording_checks import flags_of, level_of


@pytest.mark.parametrize("text", [
    "leg went full noodle n my words r coming out glitchy, started 15 min ago. lip twitching",
    "my words are lagging and my arm is like a noodle since 5 mins ago, cheek twitchy",
    "gf says i went stiff n shook on the carpet for like a minute, never b4. eyelid twitchy",
    "took a big hit at football, threw up twice and cant remember the second half. calf twitching",
    "zoned out and dropped at the bus stop, out for a bit, first time ever. thumb twitchy",
    "my mate is with me, he went stiff and was shaking on the grass, now hes not answering",
])
def test_emergencies_in_texting_style_are_caught(text):
    assert level_of(text) is Level.emergency


@pytest.mark.parametrize("text, flag", [
    ("eye twitch has been going since like august, 3+ months, every day", "long_lasting"),
    ("the twitch shuts my eye fully for a second, loads of times a day", "eyelid_closes_completely"),
    ("calf twitching + pins n needles in my toes all week", "numbness_or_tingling"),
])
def test_routine_wordings_in_texting_style_raise_their_flag(text, flag):
    assert flag in flags_of(text)


@pytest.mark.parametrize("text", [
    # shorthand for years and "you"
    "my aunt had a seizure last yr, shes fine. my eyelid twitches",
    "can energy drinks make u faint? my eye twitches after 2 cans, i feel fine",
    # a relative's illness over in words that take weeks
    "my nan had a stroke and she's recovering well. my lip keeps twitching",
    "my cousin couldn't swallow over the summer, they stretched her throat and it's all sorted now. jaw twitch here",
    # the user's own past, in seasons
    "two winters ago i had a concussion with double vision and throwing up, all good since. eye twitch now",
    "got knocked out in a match last season, fully fine now. calf twitching this week",
    # figures of speech
    "that bassline at the gig was a seizure honestly, best night ever. eyelid twitchy since",
    "my sister says her eyebrow 'is having a stroke' because it twitches when she revises",
    "me: lip twitches / my anxiety: it's a stroke. is that a thing or just a meme",
    "beat him so bad at chess he fainted lol (he didnt). eye twitchy",
    "got home and collapsed onto my bed after the shift, eyelid twitching",
    "she ghosted me and now my eye twitches from stress",
])
def test_near_misses_are_no_emergency(text):
    assert level_of(text) is not Level.emergency


@pytest.mark.parametrize("text", [
    # a relative's sign now, or dated to today, stays an emergency
    "my grandad had a stroke an hour ago and is recovering in the ambulance with me, his face is drooping",
    # a collapse onto a bed with no answer is no flop
    "my brother collapsed onto the sofa and isn't responding, his arm is twitching",
    # a first time told before the sign is still a denial: see below; after it, a first time
    "my dad went stiff and shook on the kitchen floor, never before, hes confused now",
])
def test_counterparts_stay_emergencies(text):
    assert level_of(text) is Level.emergency


def test_a_denial_before_the_sign_still_denies():
    assert level_of("never before had a seizure, my eyelid twitches") is None


def test_a_ghost_seen_is_still_double_vision_and_slang_is_not():
    assert level_of("every line of text has a ghost sitting above it since lunch") is Level.urgent
    assert not suspect_message("i ghosted the whole group chat, eye twitching", lambda t, a: None)


@pytest.mark.parametrize("text", [
    # a stranger's collapse on the user's train is not on the user's body; news that shook
    "a woman fainted on my bus this morning and the crew took her to hospital. it shook me up, eye twitching",
    # a question followed by what it is for
    "Arm weak and face drooping: 999 or GP? For my first aid course.",
])
def test_more_near_misses_are_no_emergency(text):
    assert level_of(text) is not Level.emergency


@pytest.mark.parametrize("text", [
    # the glass test told with "with" or "when pressed"
    "spots on my belly that don't fade when pressed, fever 39.4",
    "rash on my back that doesnt fade with a glass and a temperature of 39",
    # a sign found on the user's skin by someone else is still the user's
    "my flatmate found a rash on my skin that doesn't fade with a glass, fever 39",
    # a purpose that is not a study: "for real"
    "My face is drooping and my arm is weak since 10 min. For real, what do I do?",
])
def test_more_emergencies_are_caught(text):
    assert level_of(text) is Level.emergency
