"""Red-flag round 36, from the thirty-ninth held-out set (health anxiety) as classes: sweats with
shivers (a fever's chills; with agitation on a serotonergic medicine, an emergency), an arm that
"hasn't been able to lift the kettle", a site told with an "and" inside it ("between my thumb and
finger") or a size with one ("two and a half centimetres smaller"). Near-misses: a list copied
and pinned up, "is a twitch ever a stroke sign?", a device's quoted report, a relative's illness
told as "his started with...", the user's own past event ("I bumped my head") dated years back,
a face checked in the mirror, a part named for what it can still do, eyes kept shut for a check.
From older registered sets: the face parts a supposed spread would reach ("if it spread to my
cheek and mouth, would that be...?") and a face said to have healed after an old palsy.
Each with a counterpart that keeps its level. Every sentence here is written for this test, none
taken from the held-out sets."""

import pytest

from bot.kb import Level
from tests.unit.wording_checks import flags_of, level_of


@pytest.mark.parametrize("text", [
    "on citalopram, took tramadol for my back last night, now sweating and shivering and so "
    "agitated. calf twitching",
    "my husband's on sertraline and a new migraine pill, he's shivering, sweating and confused. "
    "his arm is twitching",
])
def test_chills_with_a_serotonin_reaction_are_an_emergency(text):
    assert level_of(text) is Level.emergency


@pytest.mark.parametrize("text, flag", [
    ("I've not been able to lift the saucepan for a fortnight and my forearm twitches",
     "new_weakness"),
    ("haven't been able to carry the shopping bags with my right arm since October, shoulder "
     "twitching", "new_weakness"),
    ("the muscle between my thumb and finger looks hollow now and it twitches", "muscle_wasting"),
    ("my left thigh is three and a half centimetres thinner than my right, and it twitches",
     "muscle_wasting"),
])
def test_anxious_writers_real_signs_are_caught(text, flag):
    assert flag in flags_of(text)


@pytest.mark.parametrize("text", [
    "I printed out a list from a stroke charity and pinned it up: face drooping, arm weakness, "
    "slurred speech. I have none of them, just an eyelid twitch",
    "is an eyelid twitch ever a seizure?",
    "is a calf twitch a stroke sign?",
    "my smartwatch flagged 'possible seizure' while I was shaking out a rug. eyelid twitching",
    "my uncle had MND. His began with slurred speech and a weak hand. now my lip twitches and I'm "
    "scared",
])
def test_health_anxiety_near_misses_raise_no_emergency(text):
    assert level_of(text) is None


@pytest.mark.parametrize("text, flag", [
    ("Three years back I crashed my bike and was kept in overnight, fine since. My calf has been "
     "twitching since Tuesday", "long_lasting"),
    ("I keep checking my own face in the mirror, it's all normal. only my eyelid twitches",
     "spreading_face"),
    ("I can still climb stairs and stand on each leg, it's only my thumb that twitches",
     "several_places"),
    ("arms out with my eyes closed, no drift at all. eyelid twitching since yesterday",
     "eyelid_closes_completely"),
    ("if my lid twitch ever moved down into my cheek and jaw, would I need A&E? it's just the lid "
     "for now", "spreading_face"),
    ("say it spread from my eyelid across to my lip, is that a doctor job?", "spreading_face"),
    ("had Bell's palsy in 2012 and my face fully recovered. now my top lip twitches",
     "spreading_face"),
    ("facial palsy when I was pregnant, face back to normal by the summer. my eyebrow twitches now",
     "spreading_face"),
])
def test_health_anxiety_near_misses_raise_no_flag(text, flag):
    assert flag not in flags_of(text)


@pytest.mark.parametrize("text, level", [
    # shivers in the cold, with no medicine and no sweats, are no fever sign
    ("shivering at the bus stop in the rain, eyelid twitching", None),
    # an arm that lifts the kettle is no weak arm
    ("I can lift the kettle fine, it's just my forearm twitching", None),
    # a list the user ticks for themselves is their own signs
    ("copied the stroke list off a website and ticked mine: face drooping, arm weak. eyelid "
     "twitching", Level.emergency),
    # a twitch asked about is a question; a drooping face told beside it is not
    ("my face is drooping on one side right now, is a lip twitch a stroke sign?", Level.emergency),
    # a relative's illness now, with them, is still an emergency
    ("my dad's speech is slurred right now and his face has dropped, my eyelid twitches",
     Level.emergency),
])
def test_counterparts_keep_their_level(text, level):
    assert level_of(text) is level


@pytest.mark.parametrize("text, flag", [
    # a past blow to the head does not hide a twitch of months
    ("I bumped my head years ago. My calf has twitched for three months", "long_lasting"),
    # an eye that shuts by itself is still the sign
    ("my eye shuts on its own when the twitch comes", "eyelid_closes_completely"),
    # a face and a lip that both twitch still spread across the face
    ("my face and lip both twitch now, it started at the eye", "spreading_face"),
    # a spread that happened is no supposition
    ("the twitch spread from my eyelid to my cheek and mouth this week", "spreading_face"),
    # a twitch that came back is a twitch now
    ("the twitch in my eye came back and now my cheek and mouth twitch too", "spreading_face"),
    # ...nor is one that happens whenever a trigger comes
    ("if I skip sleep, my eyelid and cheek and mouth all twitch together", "spreading_face"),
])
def test_counterpart_flags_are_kept(text, flag):
    assert flag in flags_of(text)
