"""Red-flag round 4: structural fixes that cover classes of messages (a list of denials, being
able to do a thing, a relative's past told in the past tense, a measured temperature, a blow
to the head, a lid's shape words), each with paraphrases that differ from the third held-out
set's sentences and near misses that must not fire."""

import pytest

from bot.kb import Level
from bot.mentions import find_mentions
from bot.screening import screen_message


def _flags(text):
    return screen_message(text).flags


def _level(text):
    return screen_message(text).level


def _symptoms(text, *, asserted=True):
    return {m.value for m in find_mentions(text)
            if m.kind == "symptom" and m.asserted == asserted}


def _denied(text):
    return {m.value for m in find_mentions(text) if m.kind == "symptom" and m.negated}


# ---------------------------------------------------------------- denials and abilities


@pytest.mark.parametrize("text, denied", [
    ("i can swallow and breathe totally normally, just my thumb flickers",
     {"swallowing_trouble", "breathing_trouble"}),
    ("she can still talk and walk, her cheek is the only thing jumping",
     {"speech_trouble", "balance_trouble"}),
    ("I can grip and lift things like normal, the twitch is in my forearm", {"weakness"}),
])
def test_being_able_to_do_a_thing_denies_the_inability(text, denied):
    assert denied <= _denied(text)
    assert _level(text) is None


@pytest.mark.parametrize("text", [
    "I can barely breathe and my chest twitches",
    "I can talk but my words come out slurred",
])
def test_a_qualified_ability_still_counts_the_sign(text):
    assert _level(text) == Level.emergency


@pytest.mark.parametrize("text, sign", [
    ("i can breathe but only just, my ribs keep jumping", "breathing_trouble"),
    ("he can swallow if he goes really slowly", "swallowing_trouble"),
])
def test_a_qualified_ability_denies_nothing(text, sign):
    assert sign not in _denied(text)


@pytest.mark.parametrize("text", [
    "nah, vision fine, mouth symmetrical, legs strong, only my eyelid flickers",
    "talking ok, face normal, it's just the lid",
    "swallowing without any problems, face fine, only the eye jumps",
])
def test_a_terse_list_of_denials_raises_nothing(text):
    assert _level(text) is None
    assert "spreading_face" not in _flags(text)


def test_a_denial_list_does_not_hide_a_sign_after_a_comma():
    assert _level("face fine, but I can't swallow anything") == Level.emergency


@pytest.mark.parametrize("text", [
    "just a small twitch in my calf",
    "a tiny flicker in my thumb, nothing else",
])
def test_a_size_word_on_a_movement_is_no_wasting(text):
    assert "muscle_wasting" not in _symptoms(text)


def test_a_smaller_muscle_is_still_wasting():
    assert "muscle_wasting" in _symptoms("my left calf is smaller than the right and twitches")


# ---------------------------------------------------------------- someone else's past


@pytest.mark.parametrize("text", [
    "my grandad had a stroke aged 70 and his mouth drooped, now my eye twitches and i worry",
    "my mum had ALS and near the end she couldnt breathe on her own, that was in 2015; my calf "
    "twitches now",
    "my uncle had to use a feeding tube because he couldn't swallow, my lip flickers",
    "my niece gets fits when she has a temperature, my eye is the one twitching",
    "my brother suffers from seizures, I only have an eyelid twitch",
])
def test_a_relatives_past_or_habitual_signs_are_family_history(text):
    assert _level(text) != Level.emergency


@pytest.mark.parametrize("text", [
    "my dad collapsed and he is shaking right now",
    "my mum had a stroke at 10 this morning and her face drooped",
    "my son gets seizures and he is having one now, he won't stop jerking",
    "my wife just had a fit and she couldnt breathe",
])
def test_a_relative_now_is_still_an_emergency(text):
    assert _level(text) == Level.emergency


# ---------------------------------------------------------------- gone + an adjective


@pytest.mark.parametrize("text", [
    "my eyelid has gone puffy and there's a lump on it",
    "the upper lid's gone swollen",
])
def test_gone_with_an_adjective_is_a_change(text):
    assert "swollen_eye" in _symptoms(text)


def test_a_sign_that_has_gone_is_still_gone():
    assert "numbness" not in _symptoms("the numbness has gone, only the twitch is left")


# ---------------------------------------------------------------- fever from a number


@pytest.mark.parametrize("text", [
    "on sertraline and tramadol, my temperature is 38.6 and my legs jerk",
    "took an extra citalopram, thermometer says 101.8 F, twitching all over",
    "temp of 39.2 degrees, I'm on venlafaxine and can't stop fidgeting",
])
def test_a_measured_fever_on_a_serotonergic_medicine_is_an_emergency(text):
    assert "fever" in _symptoms(text)
    assert _level(text) == Level.emergency
    assert "serotonin_syndrome_signs" in _flags(text)


@pytest.mark.parametrize("text", [
    "temp is 36.9 and my eyelid twitches",
    "my temperature was 99.1F, just a twitchy thumb",
    "twitching for 38 days now",
    "no fever 39 years old with a twitchy eye",
])
def test_a_normal_temperature_or_other_number_is_no_fever(text):
    assert "fever" not in _symptoms(text)


# ---------------------------------------------------------------- a blow to the head


@pytest.mark.parametrize("text", [
    "banged the side of my head on a shelf and now I'm throwing up",
    "cracked my skull on the car door, since then everything looks doubled",
    "whacked the top of my head on a beam and i feel really drowsy",
])
def test_a_blow_to_the_head_with_a_neuro_sign_is_an_emergency(text):
    assert "head_injury" in _symptoms(text)
    assert "head_injury_neuro_signs" in _flags(text)
    assert _level(text) == Level.emergency


@pytest.mark.parametrize("text", [
    "I didn't hit my head, my eye just twitches",
    "what if i smacked my head in my sleep, my eyelid twitches",
])
def test_a_denied_or_imagined_blow_raises_nothing(text):
    assert "head_injury" not in _symptoms(text)


# ---------------------------------------------------------------- eye and swallowing words


@pytest.mark.parametrize("text", [
    "my top lid hangs down over my pupil now",
    "the left upper eyelid is covering half my pupil",
])
def test_a_lid_over_the_pupil_is_a_droop(text):
    assert "drooping_eyelid" in _symptoms(text)


@pytest.mark.parametrize("text", [
    "the print splits into two when I read",
    "I have to shut one eye to see the tv properly",
])
def test_split_images_are_double_vision(text):
    assert "double_vision" in _symptoms(text)
    assert _level(text) == Level.urgent


@pytest.mark.parametrize("text", [
    "my eyelid slams shut and i have to pry it open",
    "the eyelid squeezes tight shut during a spasm",
])
def test_a_lid_forced_shut_is_eyelid_closing(text):
    assert "eyelid_closing" in _symptoms(text)


def test_a_lid_that_shuts_normally_in_sleep_is_not_flagged():
    assert "eyelid_closing" not in _symptoms("my eyelid twitches, then I close my eyes to sleep")


@pytest.mark.parametrize("text", [
    "I'm spitting out my saliva because it won't go down",
    "he's spitting out his spit into a tissue, it won't go down",
])
def test_spat_out_saliva_is_a_swallowing_emergency(text):
    assert "swallowing_trouble" in _symptoms(text)


# ---------------------------------------------------------------- round 4, second batch


@pytest.mark.parametrize("text", [
    "this headache came out of the blue, it's excruciating, and my cheek twitches",
    "suddenly got a headache like a hammer, the worst ever, eyelid jumping",
])
def test_a_sudden_worst_headache_is_a_thunderclap(text):
    assert "thunderclap_headache" in _flags(text)
    assert _level(text) == Level.emergency


@pytest.mark.parametrize("text", [
    "I've had a bad headache since this morning and my eye twitches",
    "no sudden severe headache, just the twitch",
])
def test_an_ordinary_or_denied_headache_is_no_thunderclap(text):
    assert "thunderclap_headache" not in _flags(text)


@pytest.mark.parametrize("text", [
    "half my face is sliding down and my arm is weak",
    "my mouth went down on one side 20 minutes ago and my hand has no strength",
])
def test_a_face_sliding_down_with_a_weak_limb_is_a_stroke(text):
    assert "stroke_signs" in _flags(text)


@pytest.mark.parametrize("text", [
    "he can't get any food down and coughs on every mouthful",
    "she splutters over every gulp of tea, my neck twitches",
])
def test_food_or_pills_that_will_not_go_down_are_a_swallowing_emergency(text):
    assert "swallowing_trouble" in _symptoms(text)
    assert _level(text) == Level.emergency


@pytest.mark.parametrize("text", [
    "i can't get my weight down and my calf twitches",
    "can't get my temperature down below 37.5, eye twitch",
])
def test_getting_a_number_down_is_no_swallowing_trouble(text):
    assert "swallowing_trouble" not in _symptoms(text)


def test_a_chest_that_cannot_fill_is_a_breathing_emergency():
    assert _level("i cannot take a full breath and my ribs flicker") == Level.emergency


@pytest.mark.parametrize("text", [
    "i cant breathe ok",
    "I can't swallow okay and my tongue twitches",
])
def test_ok_after_an_inability_is_no_denial(text):
    assert _level(text) == Level.emergency


@pytest.mark.parametrize("text", [
    "his speech has been slurred for years from his MS, my eye twitches",
    "her arm went weak when she had a stroke in 2012, now my thumb twitches",
])
def test_a_possessive_pronoun_marks_someone_elses_lasting_sign(text):
    assert _level(text) != Level.emergency


def test_a_headbutt_is_a_blow_to_the_head():
    assert "head_injury" in _symptoms("i headbutted the door frame and now i'm being sick")
    assert "head_injury_neuro_signs" in _flags("i headbutted the door frame and now i'm being sick")


@pytest.mark.parametrize("text", [
    "my eyelid covers most of my pupil now",
    "the text doubles when I read",
])
def test_more_lid_and_doubling_words(text):
    assert _level(text) == Level.urgent


@pytest.mark.parametrize("text", [
    "my dad had a stroke at 5 and he can't lift his arm",
    "my mum had to sit down, she couldnt breathe",
    "my dad had a stroke at 11 today",
])
def test_a_clock_time_or_a_bare_had_to_is_no_past_anchor(text):
    assert _level(text) == Level.emergency
