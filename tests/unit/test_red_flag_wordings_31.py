"""Red-flag round 31, from the thirty-fourth held-out set (replies in the middle of a conversation
with the assistant) as classes: a "no" taken back ("scratch my 'no'"), words "jumbling", drink
that comes back out of the nose, standing up into something overhead, a faint told with how long
they were out, a headache that "slammed in", a sign asked about and then owned ("...? mine went
from nothing to the worst"), a twitch "worse daily". Near-misses: signs crossed out on a
checklist ("✘ droop"), eyes that are "single", a relative's sign lasting since their treatment,
a list of signs a teacher wants, "can twitching become a seizure?", a sign asked and answered
with a past long over ("Seeing double? Once, in 2022"), "nothing at all since", a contest
choked or lost ("choked in the quiz final", "knocked out in the semis"), a machine that "blacked
out", "calling it 'the seizure'", a "total collapse". Each with a counterpart that keeps its
level. Every sentence here is written for this test, none taken from the held-out sets."""

import pytest

from bot.kb import Level
from tests.unit.wording_checks import flags_of, level_of


@pytest.mark.parametrize("text", [
    "forget my 'no' to weakness: my left arm went heavy and my words are slurred since noon. eyelid twitching",
    "2. other symptoms: words jumbling for the last hour and my smile's lopsided. lip twitching",
    "anything else? water keeps coming back out through my nose when I drink, since this morning. tongue twitching",
    "my tea keeps coming out of my nose when I try to drink it, lip twitching",
    "stood up under the loft hatch an hour ago, now I'm throwing up and confused. eyelid twitching",
    "A: fainted in the queue at the post office, out for a minute or so, first time. calf twitching",
    "yes a headache, it slammed in at 3pm, the worst of my life. eye twitching",
    "is a sudden bad headache on your list? mine came on in a second at the gym, worst ever. lid twitching",
])
def test_reply_emergencies_are_caught(text):
    assert level_of(text) is Level.emergency


def test_a_twitch_worse_daily_is_worsening():
    assert "worsening_or_spreading" in flags_of("cheek twitch, worse daily, was once a day, now constant")


@pytest.mark.parametrize("text", [
    "✘ slurred speech ✘ arm weakness ✘ face droop ✔ eyelid twitch",
    "Weakness: no. Vision: eyes single. Speech: fine. Just the lip twitching",
    "for me no. my aunt in Lahore has had trouble swallowing since her radiotherapy. my eyelid twitches",
    "our teacher wants a list of signs like a seizure or someone who can't breathe for a project. also my calf twitches",
    "could an eyelid twitch turn into a stroke? mine's been going since Friday",
    "Passed out? Once, in 2015, at a concert, never again. Thumb twitching now",
    "I had a TIA in 2018 and my arm went weak for ten minutes, nothing at all since then. eyelid twitching",
    "Triggers: stress. We choked at the darts final. eyelid twitching since",
    "we got knocked out of the cup on Saturday and I've been gutted, calf twitching",
    "my phone blacked out mid-call and the team are calling it 'the seizure'. eyelid twitching",
    "the launch was a total collapse, my eye twitches",
])
def test_reply_near_misses_raise_no_alarm(text):
    assert level_of(text) is None


@pytest.mark.parametrize("text, level", [
    # a sign ticked, not crossed, still counts
    ("✔ slurred speech since an hour ago ✔ eyelid twitch", Level.emergency),
    # a question answered "mine" that does not happen stays a question
    ("what counts as a droopy eyelid? mine's fine, it only twitches", None),
    # a relative's sign today, with the user, still counts
    ("my aunt here with me can't swallow her tea since an hour ago, my eyelid twitches", Level.emergency),
    # a choke on food is no contest
    ("I choked on a sweet and I still can't breathe properly, eyelid twitching", Level.emergency),
    # a person, not a machine, blacked out
    ("my brother blacked out at his desk just now and isn't answering, my eye twitches", Level.emergency),
    # "out for an hour" is a trip out, no faint
    ("dropped the kids off and was out for an hour, calf twitching", None),
])
def test_counterparts_keep_their_level(text, level):
    assert level_of(text) is level
