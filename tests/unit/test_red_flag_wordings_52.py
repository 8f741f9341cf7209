"""Red-flag round 52, from the fifty-third held-out set (farming and rural isolation) as classes:
words that come out like porridge, a tongue gone thick, a grip that slides from one hand, a fall
with the whole body shaking, a helmet that took the blow or a hoof to the head, rigors told as
teeth like castanets, a familiar name that will not come, someone asking where they are, a heart
that gallops or "'s racing", shivers with a drenching sweat, a pain that "peaked in seconds" or
came "inside a few seconds" or "and bang", a head that split and peaked, things seen with a
twin, a shoulder gone scrawny, fingertips buzzing, a calf tight as wire, a twitch once a day and
now constant. Near-misses: a relative admitted or in hospital with the signs, a ward's news of
them, a vet's warning, a year told short ("in '98"), a tractor or a quad that "had a fit", a
blow that "near knocked me out", a dog's fit told with no article, drought that chokes the
land, a quad bike or calves read as body parts, hands that buzzed after a vibrating tool, a
medicine's course told as "on sertraline two years". Each with a counterpart that keeps its
level. Every sentence here is written for this test, none taken from the held-out sets."""

import pytest

from bot.facts import facts_from_text
from bot.kb import Level
from tests.unit.wording_checks import flags_of, level_of


@pytest.mark.parametrize("text, flag", [
    ("my words are coming out like mush and the left side of my mouth hangs down. eyelid "
     "twitching", "stroke_signs"),
    ("tongue has gone thick and my right arm is a dead weight since lunch. lid twitching",
     "stroke_signs"),
    ("the bucket keeps slipping out of my left hand and my face has dropped on that side. cheek "
     "twitching", "stroke_signs"),
    ("I collapsed in the shed, whole body jerking, first time ever, now muddled. thumb twitching",
     "seizure"),
    ("fell off the horse, the helmet took a hard knock, and I've vomited three times since. "
     "eyelid twitching", "head_injury_neuro_signs"),
    ("a gate to the head this morning, now I keep dozing off and I've been sick. eye twitching",
     "head_injury_neuro_signs"),
    ("cut my hand on a rusty gate, it's hot and red, teeth going like castanets, and I can't "
     "remember my own son's name. calf twitching", "serotonin_syndrome_signs"),
    ("on sertraline and took a cough syrup with dextromethorphan; now my heart's pounding and "
     "I'm drenched, shivering. legs twitching", "serotonin_syndrome_signs"),
    ("Dad is right beside me on his citalopram, shivering and dripping with sweat, and keeps "
     "asking where he is. his arm is twitching", "serotonin_syndrome_signs"),
    ("lifting a bale, a pain at the back of my head, the worst I've had, full force inside a "
     "couple of seconds. eyelid twitching", "thunderclap_headache"),
    ("my head just split at the sink, peaked in seconds, worst ever. lip twitching",
     "thunderclap_headache"),
])
def test_farm_emergencies_are_caught(text, flag):
    assert level_of(text) is Level.emergency
    assert flag in flags_of(text)


@pytest.mark.parametrize("text, flag", [
    ("each fence post has got a twin since this morning. eyelid twitching", "double_vision"),
    ("my right forearm has gone scrawny over the winter and it twitches", "muscle_wasting"),
])
def test_farm_urgent_signs_are_caught(text, flag):
    assert level_of(text) is Level.urgent
    assert flag in flags_of(text)


@pytest.mark.parametrize("text, flag", [
    ("my fingers are buzzing all day long and my thumb twitches", "numbness_or_tingling"),
    ("thigh twitching and tight as a drum every morning", "stiffness_in_area"),
    ("the lid twitch was twice a day last month, now it's every few minutes",
     "worsening_or_spreading"),
])
def test_farm_routine_signs_are_caught(text, flag):
    assert flag in flags_of(text)


@pytest.mark.parametrize("text", [
    "My brother was admitted on Friday with a fever and a stiff neck; they say he is responding "
    "to the antibiotics. My own eyelid twitches.",
    "Nan's in hospital with double vision and the doctors are checking her. My eyelid twitches.",
    "My uncle's face dropped on Monday; he's in the stroke unit and the nurses say he is improving. "
    "my eyelid has twitched since",
    "The vet warned us the disease can pass to people: fever, a bad headache and a stiff neck. "
    "My calf twitches after fencing.",
    "Grandma had a seizure at the show in '04. My eyelid twitches.",
    "The old tractor had a fit in the top paddock this morning. Eyelid twitching.",
    "The tax bill near knocked me out cold. Cheek twitching.",
    "Kelpie had a fit by the shed. My lip's twitching from the fright.",
    "The creek is choking on silt and the crops can't breathe in this heat. My eyelid twitches.",
])
def test_farm_near_misses_are_no_emergency(text):
    assert level_of(text) is not Level.emergency


@pytest.mark.parametrize("text", [
    # the relative is here, unwell now, not in hospital
    "My brother is with me now with a fever and a stiff neck, and he's confused. my eyelid "
    "twitches",
    # a warning to the user about the user
    "my neck is stiff, I've a high fever and the light hurts my eyes. eyelid twitching",
    "had a seizure in the yard just now, first ever. eyelid twitching",
    "the ram knocked me out cold and I've been sick twice since. cheek twitching",
    # a person's name that is also an animal's, and a relative in hospital with the user
    "Ram had a fit at work just now, I'm beside him. my eyelid twitches",
    "Mum's in hospital with me and she can't breathe. my eyelid twitches",
])
def test_their_counterparts_still_raise_the_emergency(text):
    assert level_of(text) is Level.emergency


@pytest.mark.parametrize("text", [
    "Fell off the quad on Tuesday, only a bruise. My eyelid twitches.",
    "Quad rolled on the hill, I jumped clear, not a scratch. Lip twitching.",
    "Up at five to feed the calves, and my eyelid twitches.",
    "ran the chainsaw all morning and my hands buzzed for a few minutes after, all gone now. "
    "forearm twitches",
])
def test_farm_things_are_no_second_site_or_sensation(text):
    flags = flags_of(text)
    assert "several_places" not in flags and "numbness_or_tingling" not in flags


def test_a_quad_muscle_and_calves_that_twitch_are_still_sites():
    assert "several_places" in flags_of("my left quad twitches and my eyelid does too")
    assert "several_places" in flags_of("my calves twitch and so does my eyelid")


def test_a_medicines_course_told_after_its_name_is_not_the_twitchs_length():
    text = "Been on citalopram six years, nothing new added. Eyelid twitch since Friday."
    assert facts_from_text(text).settled_medicines == ["antidepressant"]
    assert "long_lasting" not in flags_of(text)
    assert "long_lasting" in flags_of("my eyelid has twitched for six years")
