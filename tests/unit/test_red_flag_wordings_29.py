"""Red-flag round 29, from the thirty-second held-out set (voice-dictated messages and spoken
rambling) as classes: Scots and spoken numbers spelled out before parsing (bot.textese: "ma face
has drapped", "at sixteen", "in twenty nineteen"); a head that "went bang"; double vision told
as what cures it ("fine with one eye closed") or what it makes ("road signs have twins"); named
medicines whose leaflets list twitching (topiramate, montelukast); and, as near-misses, a sign
taken back while dictating ("weak no hang on I mean my arm's fine"), a sign the user can show
("I can lift both arms over my head"), a medicine not started yet ("meant to start sertraline
next week"), a sign told in the past and said to be over before the "now", a story read or
watched ("an episode where"), a play's lines, a role in first-aid training, signs asked for as a
list for a project, a word dictation wrote, "having a stroke about" something and "nearly passed
out from nerves". Each with a counterpart that keeps its level. Every sentence here is written for
this test, none taken from the held-out sets."""

import pytest

from bot.kb import Level
from tests.unit.wording_checks import flags_of, level_of


@pytest.mark.parametrize("text", [
    "ma arm's gone heavy and ma face has drapped since ten minutes ago, eyelid twitching",
    "my head just went bang, worst pain of my life, lip twitching",
    "my wife is with me, her head went boom like a firework she says, the worst ever, she's being sick",
])
def test_dictated_emergencies_are_caught(text):
    assert level_of(text) is Level.emergency


@pytest.mark.parametrize("text", [
    "the telly's fine with one eye closed but blurry double with both since monday, eyelid twitching",
    "since last night the headlights have twins, eye twitching",
])
def test_double_vision_told_by_its_cure_or_its_twins_is_urgent(text):
    assert level_of(text) is Level.urgent


@pytest.mark.parametrize("text", [
    "started gabapentin for nerve pain ten days ago and now my calf twitches",
    "the doctor gave me montelukast for asthma and my eyelid has twitched since",
])
def test_named_medicines_are_suspected(text):
    assert "medicine_suspected" in flags_of(text)


@pytest.mark.parametrize("text", [
    # taken back while dictating
    "my left leg's numb no sorry I mean my leg's fine it's my cheek twitching",
    # spoken years and ages
    "I had a fit at fourteen and nothing since, I'm fifty now. Lip twitching.",
    "I blacked out in twenty sixteen after a bug, never since. Thumb twitching this week.",
    # over before the now
    "last Tuesday a fishbone stuck and I couldn't swallow for an hour, since then I'm eating fine, but now my jaw twitches",
    # stories, roles, lists, dictation
    "we watched a film where the grandad has a stroke at dinner, and since then my eyelid flickers",
    "my son's school play has him shout she's not breathing every scene, my eye twitches at rehearsals",
    "at our cpr training I had to collapse on the floor for the others, my calf twitched after",
    "for my assignment I need the signs of sepsis and of a stroke, can you list them? also my eye twitches",
    "voice to text keeps writing stroke when I say strode, eyelid twitching",
    # figures
    "my flatmate's having a heart attack about her overdraft, my eyelid twitches",
    "nearly fainted from excitement at the gig lol, calf twitching",
])
def test_near_misses_are_no_emergency(text):
    assert level_of(text) is not Level.emergency


@pytest.mark.parametrize("text, flag", [
    ("I can lift both arms above my head and my eyelid twitches", "several_places"),
    ("I'm due to start fluoxetine next week, my eye twitches already", "medicine_suspected"),
])
def test_near_misses_raise_no_routine_flag(text, flag):
    assert flag not in flags_of(text)


@pytest.mark.parametrize("text", [
    # a correction that gives the sign, a sign that goes on after the "now"
    "my face is dropping no I mean drooping on the left since ten minutes, eye twitching",
    "last week I choked on a grape and now I can't swallow anything, lip twitching",
    # a person nearly fainting with another sign is still caught by it
    "nearly fainted lol and suddenly my face is drooping on one side, eye twitching",
])
def test_counterparts_stay_emergencies(text):
    assert level_of(text) is Level.emergency


@pytest.mark.parametrize("text, flag", [
    ("I can't lift my arm above my head and my eyelid twitches", "new_weakness"),
    ("started fluoxetine last week and my eye twitches", "medicine_suspected"),
])
def test_counterparts_keep_their_flag(text, flag):
    assert flag in flags_of(text)
