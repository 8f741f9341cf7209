"""Red-flag round 33: two routine misses left from the thirty-fifth held-out set (a pain told as a
verb with its score, "each twitch stabs, 8/10"; the dated starts are in test_durations), then the
thirty-sixth held-out set (carers) as classes: a faint told by its verb opening a sentence,
"first ever fit", "the next thing I remember" on or off a floor, a hand that "wouldn't turn the
key", "couldn't find a single word", asking someone the same thing again and people who aren't
there (with a fever: a serious infection), "two of every" thing, a ball taken to the head "at
break", a wheeze with a sting and swelling lips. Near-misses: a relative's "mini stroke in June,
recovered", a toddler "her bossy self since", a seizure plan, what a training covered, breathless
after a race, a thing that "collapsed", "nearly passed out from the cuteness", a glass test where
no rash is found, a face site struck by something, someone shaking the user awake, another
person's face sites beside the user's. Each with a counterpart that keeps its level. Every
sentence here is written for this test, none taken from the held-out sets."""

import pytest

from bot.kb import Level
from tests.unit.wording_checks import flags_of, level_of


@pytest.mark.parametrize("text", [
    "every cheek twitch stabs, 9/10, since friday",
    "the calf twitch throbs, 8 out of 10 at night",
])
def test_a_pain_told_as_a_verb_with_a_high_score_is_severe(text):
    assert "severe_pain" in flags_of(text)


@pytest.mark.parametrize("text", [
    "the eyelid twitch stabs a little, 3/10",
    "my twitch is annoying, 8/10 on the annoyance scale",
])
def test_a_low_score_or_no_pain_is_not_severe(text):
    assert "severe_pain" not in flags_of(text)


@pytest.mark.parametrize("text", [
    "Fainted in the queue at the chemist, first time ever. Eyelid twitching",
    "first ever fit this morning in the kitchen, my husband saw it. calf twitching",
    "I bent to pick up the baby and the next thing I remember is the lodger lifting me off the "
    "kitchen floor. thumb twitching",
    "suddenly my left hand wouldn't turn the key in the door and I couldn't find a single word "
    "to say to my neighbour, twenty minutes ago. eye twitching",
    "my gran has a urine infection, she's 38.9 and keeps asking me the same thing every minute. "
    "her hand is twitching and she's here with me",
    "dad's burning up, 39.4, and talking to people who aren't there. his cheek twitches",
    "my daughter took a hockey ball to the head at break, she's been sick twice and can't stay "
    "awake. my eye twitches",
    # a blow to the forehead, a body part of its own, with confusion and vomiting after it
    "bumped my forehead on the cupboard door an hour ago, now I'm muddled and I've been sick. "
    "eyelid twitching",
    # a wheeze with an allergic reaction
    "a wasp got my son on the neck, his lips are swelling and he's wheezing, he's next to me. my "
    "eyelid twitches",
])
def test_carers_emergencies_are_caught(text):
    assert level_of(text) is Level.emergency


def test_two_of_every_thing_is_double_vision():
    assert "double_vision" in flags_of("since monday there are two of every bus on the road. lid "
                                       "twitching")


@pytest.mark.parametrize("text", [
    "my uncle in Lagos had a mini stroke in March, recovered. my eyelid twitches",
    "my son went blue holding his breath in a strop on Sunday, then came round. he's been his "
    "cheeky self since. my eye twitches",
    "the care plan says call 999 after five minutes of fitting. my thumb twitches",
    "our first aid refresher today covered choking and seizures. my lid twitched the whole time",
    "we did the sack race at sports day and we were all breathless by the end. calf twitching "
    "since",
    "the old hoist 'collapsed' during the safety check, nobody was in it. eyelid twitching",
    "I nearly passed out from the cuteness at the nursery concert. my eyelid twitches",
    "no rash on her anywhere, I did the glass test on her legs to be sure. my own eye twitches",
])
def test_carers_near_misses_raise_no_emergency(text):
    assert level_of(text) is not Level.emergency


@pytest.mark.parametrize("text", [
    # a face site struck by something is no twitch site
    "my toddler threw a block into my forehead yesterday, no other bother. eyelid twitching",
    # someone else's face sites do not add to the user's
    "his jaw and his chin look fine, he's playing. my eyelid twitches",
])
def test_face_sites_that_are_not_the_users_twitch_do_not_spread(text):
    assert level_of(text) is None


@pytest.mark.parametrize("text, level", [
    # a relative's stroke now, not recovered, stays an emergency
    ("my uncle's face dropped on one side and he can't talk, he's with me now. my eyelid twitches",
     Level.emergency),
    # a real glass test that fails stays meningitis
    ("fever 39.5 and a purple rash, I did the glass test and the spots don't fade. eye twitching",
     Level.emergency),
    # breathless and still struggling after a race stays breathing trouble
    ("after the race I'm breathless and still can't get my breath back, lips going blue. calf "
     "twitching", Level.emergency),
    # the same person's face sites still spread: the user's own
    ("the twitch started in my eyelid and now my cheek and the corner of my mouth pull too",
     Level.urgent),
    # ...and someone else's with them, theirs alone
    ("my sister is here, her eyelid twitch has spread to her cheek and lip. my own calf twitches",
     Level.urgent),
    # a blow to the forehead with nothing after it raises nothing
    ("bumped my forehead on the cupboard door, no other bother. eyelid twitching", None),
    # a wheeze with a known asthma and nothing else is left to the safety net's question
    ("a bit wheezy with my asthma this week, eyelid twitching", None),
    # a person shaking all over is still a tremor beside their collapse
    ("my son collapsed and is shaking all over, not answering me. my eyelid twitches",
     Level.emergency),
])
def test_counterparts_keep_their_level(text, level):
    assert level_of(text) is level
