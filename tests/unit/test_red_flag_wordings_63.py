"""Red-flag round 63: the sixty-fourth held-out set (tech support, call centres and IT) as
classes. Signs: an arm that "went heavy and dead", a smile that's "crooked"; "dripping sweat"
and a watch's "128 bpm" beside a second serotonergic drug; a headache that "detonated", "the most
violent pain", an onset "inside ten seconds"; "can't grin on the right", "that side stays flat";
a list that "has become two overlapping" ones, "each line ghosted"; someone "on the floor shaking
all over"; teeth chattering with a named infection and confusion. Near-misses: a relative who
"keeled over" at the weekend and is "all clear since", a slide "on stroke" with its list, an old
knock "last quarter", a queue "choking on" requests, a dashboard "seeing double", a face gone
lopsided on a lagging stream with a chat typing 'STROKE', years "well since" or "clear for"
years, a "droopy paper tray". Each with a counterpart that keeps its level. Every sentence here
is written for this test, none taken from the held-out sets."""

import pytest

from bot.kb import Level
from tests.unit.wording_checks import flags_of, level_of


@pytest.mark.parametrize("text, flag", [
    ("Twenty minutes ago my right arm went heavy and dead and my smile's crooked. Lid twitching.",
     "stroke_signs"),
    ("On fluoxetine, and started tramadol on Monday: dripping sweat, jittery, watch says 128 bpm "
     "at rest. Calf twitching.", "serotonin_syndrome_signs"),
    ("Headache detonated behind my eyes, the most violent pain of my life, in about five "
     "seconds. Eyelid twitching.", "thunderclap_headache"),
    ("Headache went ten out of ten inside ten seconds at my desk. Eye twitching.",
     "thunderclap_headache"),
    ("My brother's on the floor shaking all over right now, arms and legs going. His hand was "
     "twitching before.", "seizure"),
    ("Mum's with me, chest infection for days, teeth chattering, and she doesn't know what day "
     "it is. Her eyelid twitches.", "serotonin_syndrome_signs"),
])
def test_it_emergencies_are_caught(text, flag):
    assert level_of(text) is Level.emergency
    assert flag in flags_of(text)


@pytest.mark.parametrize("text, flag", [
    ("Since yesterday I can't grin on the right; that side stays flat in photos. Lid twitching.",
     "facial_weakness_or_droop"),
    ("Since this morning my inbox has become two overlapping inboxes, each line ghosted. Eye "
     "twitching.", "double_vision"),
])
def test_it_urgent_signs_are_caught(text, flag):
    assert level_of(text) is Level.urgent
    assert flag in flags_of(text)


@pytest.mark.parametrize("text", [
    "My uncle keeled over at the barbecue on Sunday; all clear since. My eyelid twitches.",
    "The induction deck has a slide on stroke: face drooping, arm weak, speech slurred. I'm "
    "fine, just an eyelid twitch.",
    "Last quarter a cabinet door caught me on the temple and I was sick twice; fully recovered, "
    "signed off in April. Eyelid twitching this week.",
    "The build server is choking on merge requests; my lip twitches.",
    "The monitoring dashboard is seeing double, every graph duplicated. Eyelid twitching.",
    "My face went lopsided on webcam, half of it smeared sideways, and chat was typing 'STROKE'. "
    "Only webcam lag, the encoder was dropping frames. My eyelid twitches.",
    "A single fit at a 2018 conference, clear for six years since. Eyelid twitching today.",
    "Survived sepsis, eighteen years well since. Cheek twitching now.",
    "The scanner has a droopy feed tray and a stiff roller. My thumb twitches.",
])
def test_it_near_misses_raise_nothing(text):
    assert flags_of(text) == []


@pytest.mark.parametrize("text, flag", [
    # a relative who keeled over and is not said to be clear since
    ("My uncle just keeled over at the barbecue and he's with me now. My eyelid twitches.",
     "loss_of_consciousness"),
    # a face that went lopsided with no screen to blame
    ("Ten minutes ago my face went lopsided in the mirror. Eyelid twitching.", "stroke_signs"),
    # a stiff neck is no stiff roller
    ("39.2 and a stiff neck since this afternoon. Lip twitching.", "meningitis_signs"),
    # a twitch that has lasted years is still long
    ("My eyelid has twitched for five years.", "long_lasting"),
])
def test_it_counterparts_keep_the_flag(text, flag):
    assert flag in flags_of(text)
