"""Red-flag round 3: each group covers a family of wordings of one red flag (synonyms,
inflections, word order) and a near miss that must not fire (denied, a relative's known illness,
a question, the past). The wordings differ from the second held-out set's sentences on purpose:
they show the rule generalises rather than fits one message."""

import pytest

from bot.facts import Facts
from bot.kb import Level
from bot.mentions import find_mentions
from bot.screening import screen_message
from bot.triage import triage


def _flags(text):
    return screen_message(text).flags


def _level(text):
    return screen_message(text).level


# ---------------------------------------------------------------- breathing


@pytest.mark.parametrize("text", [
    "it feels like I'm being suffocated and my ribs twitch",
    "I can't get any air into my lungs",
    "she's fighting for breath and her hands are jerking",
    "every breath is a battle tonight and my chest flickers",
    "he's gasping for air",
])
def test_air_hunger_is_a_breathing_emergency(text):
    assert _level(text) == Level.emergency
    assert "breathing_trouble" in _flags(text)


@pytest.mark.parametrize("text", [
    "his lips look blue and his arms twitch",
    "my mouth has gone a purplish colour",
    "her face is turning grey",
])
def test_a_blue_or_grey_tinge_to_lips_or_face_is_a_breathing_emergency(text):
    assert _level(text) == Level.emergency
    assert "breathing_trouble" in _flags(text)


@pytest.mark.parametrize("text", [
    "i'm not gasping, it's only my eyelid",
    "my lips aren't blue, just twitchy",
    "my hoodie is blue and my calf twitches",  # a colour with no lips or face in its clause
])
def test_breathing_near_misses_raise_nothing(text):
    assert _level(text) is None


# ---------------------------------------------------------------- swallowing


@pytest.mark.parametrize("text", [
    "I can't get food down at all",
    "drinks keep coming back up through my nose",
    "everything goes down the wrong way and my throat twitches",
])
def test_food_or_drink_that_will_not_go_down_is_a_swallowing_emergency(text):
    assert _level(text) == Level.emergency
    assert "swallowing_trouble" in _flags(text)


def test_swallowing_denied_raises_nothing():
    assert _level("I can swallow fine, nothing goes down the wrong way") is None


# ---------------------------------------------------------------- speech


@pytest.mark.parametrize("text", [
    "my answer comes out as nonsense when I talk",
    "my husband is speaking nonsense and his face twitches",
    "I can't put a sentence together",
])
def test_nonsense_speech_is_a_stroke_sign(text):
    assert _level(text) == Level.emergency
    assert "stroke_signs" in _flags(text)


def test_nonsense_speech_in_a_question_raises_nothing():
    assert _level("what if my words came out as nonsense one day?") is None


# ---------------------------------------------------------------- seizure


@pytest.mark.parametrize("text", [
    "my brother was shaking on the ground and wet himself",
    "she shook all over and her eyes were rolling back",
    "he is jerking and his eyes rolled up",
])
def test_shaking_with_a_wet_bladder_or_rolled_eyes_is_a_seizure(text):
    assert _level(text) == Level.emergency
    assert "seizure" in _flags(text)


@pytest.mark.parametrize("text", [
    "my hands are shaky from coffee",  # a tremor alone is no fit
    "my aunt had a seizure last summer, my eyelid twitches",  # a relative, months back
    "I had a fit last month but nothing since and now my leg twitches",  # my own past
])
def test_seizure_near_misses_are_not_emergencies(text):
    assert _level(text) != Level.emergency


# ---------------------------------------------------------------- sudden stroke signs


@pytest.mark.parametrize("text", [
    "all of a sudden my face is drooping on one side",
    "my mum's mouth dropped on one side out of the blue",
    "I woke up with my right arm limp and useless",
    "my leg went weak twenty minutes ago",
    "my face has been drooping since just now",
])
def test_a_sudden_droop_or_weak_limb_is_a_stroke_emergency(text):
    assert _level(text) == Level.emergency
    assert "stroke_signs" in _flags(text)


@pytest.mark.parametrize("text", [
    "my arm has been weak for three weeks",  # weeks: urgent, not the stroke emergency
    "my face suddenly started twitching",  # a sudden twitch is no stroke sign
    "what if my face suddenly drooped?",  # a worry
    "the weakness in my hand wasn't sudden, it crept up over months",
])
def test_sudden_onset_needs_a_present_stroke_sign_and_no_long_duration(text):
    assert _level(text) != Level.emergency


def test_a_long_duration_keeps_sudden_weakness_urgent():
    assert _level("my leg went weak out of nowhere about a month ago") == Level.urgent


def test_a_sign_that_began_at_a_named_past_time_and_goes_on_is_present():
    assert _level("my calf has looked skinnier since last summer") == Level.urgent


# ---------------------------------------------------------------- sight lost in one eye


@pytest.mark.parametrize("text", [
    "I lost the sight in one eye for a minute",
    "my vision went black on one side and came back",
    "it was like a curtain came down over my eye",
])
def test_sight_lost_in_one_eye_is_a_stroke_sign(text):
    assert _level(text) == Level.emergency
    assert "stroke_signs" in _flags(text)


def test_a_fear_of_going_blind_raises_nothing():
    assert _level("will I go blind from this eye twitch?") is None


# ---------------------------------------------------------------- serotonin


@pytest.mark.parametrize("text", [
    "started fluoxetine and took a triptan, now I've got a high temperature and my legs twitch",
    "on venlafaxine and tramadol, I'm burning up and twitching all over",
    "took mdma last night and now I'm feverish and my jaw twitches",
    "I'm on lithium and sertraline and I feel confused and twitchy",
])
def test_fever_or_confusion_after_a_serotonergic_medicine_is_an_emergency(text):
    assert _level(text) == Level.emergency
    assert "serotonin_syndrome_signs" in _flags(text)


@pytest.mark.parametrize("text", [
    "I have a fever and my eyelid twitches",  # no medicine that raises serotonin
    "on a statin and running a temperature, my calf twitches",  # a medicine, not serotonergic
    "I'm on sertraline and my eyelid twitches",  # the medicine alone
])
def test_fever_without_a_serotonergic_medicine_is_not_the_serotonin_flag(text):
    assert "serotonin_syndrome_signs" not in _flags(text)


def test_serotonergic_rows_need_a_serotonergic_trigger():
    assert "serotonin_syndrome_signs" in triage(
        Facts(symptoms=["fever"], triggers=["other_serotonergic"])).red_flag_ids
    assert "serotonin_syndrome_signs" not in triage(
        Facts(symptoms=["fever"], triggers=["statin"])).red_flag_ids


# ---------------------------------------------------------------- muscle wasting


@pytest.mark.parametrize("text", [
    "my left thigh looks slimmer than the right and it twitches",
    "there's a hollow between my thumb and finger",
    "the muscle in my forearm has a dent in it now",
    "my shoulder looks flatter and the muscle jumps",
])
def test_a_limb_that_has_lost_bulk_is_muscle_wasting(text):
    assert _level(text) == Level.urgent
    assert "muscle_wasting" in _flags(text)


@pytest.mark.parametrize("text", [
    "my calf isn't any thinner, it just twitches",
    "i'm getting slimmer since the diet and my eye twitches",  # body weight, no limb
    "my dad's hand got thinner with his ALS and my thumb twitches",  # a relative's illness
])
def test_wasting_near_misses_raise_nothing(text):
    assert "muscle_wasting" not in _flags(text)


# ---------------------------------------------------------------- drooping eyelid


@pytest.mark.parametrize("text", [
    "my right lid hangs lower than my left",
    "one of my eyelids sits lower now and twitches",
    "my eyelid is half closed all day",
])
def test_an_eyelid_lower_than_the_other_is_a_drooping_eyelid(text):
    assert "facial_weakness_or_droop" in _flags(text)


def test_the_lower_eyelid_is_a_place_not_a_droop():
    assert _level("my lower eyelid keeps twitching") is None


# ---------------------------------------------------------------- facial weakness


@pytest.mark.parametrize("text", [
    "I can't puff out my cheeks properly and my eye twitches",
    "I'm unable to whistle since yesterday",
    "one side of my mouth is slack",
    "my cheek sags on the left",
])
def test_lost_face_movements_are_facial_weakness(text):
    assert "facial_weakness_or_droop" in _flags(text)
    assert _level(text) in (Level.urgent, Level.emergency)


def test_a_sagging_mouth_is_facial_weakness_not_an_eyelid_droop():
    values = {m.value for m in find_mentions("the corner of my mouth sags") if m.kind == "symptom"}
    assert "facial_weakness" in values and "drooping_eyelid" not in values


def test_a_relatives_known_palsy_explains_their_droop():
    assert _level("my dad has MS and one side of his mouth sags, my lip twitches") is None


# ---------------------------------------------------------------- weakness


@pytest.mark.parametrize("text", [
    "my knees keep buckling and my thighs twitch",
    "my legs gave out on the stairs",
    "my hand feels useless and my fingers twitch",
    "my leg won't take my weight",
])
def test_limbs_that_give_way_or_feel_heavy_are_weakness(text):
    assert "new_weakness" in _flags(text) or "stroke_signs" in _flags(text)


@pytest.mark.parametrize("text", [
    "I buckled my seatbelt and my eye twitched",  # no leg in the clause
    "my legs don't buckle, they just twitch",  # denied
])
def test_weakness_near_misses_raise_nothing(text):
    assert _level(text) is None


# ---------------------------------------------------------------- context


@pytest.mark.parametrize("text", [
    "my face looks normal, only the eyelid twitches",
    "my cheek is fine, just a flicker under my eye",
])
def test_a_site_said_to_look_normal_is_no_twitching_site(text):
    assert "spreading_face" not in _flags(text)


def test_a_face_that_twitches_with_the_eye_still_counts():
    assert "spreading_face" in _flags("my cheek and my eyelid twitch together")


@pytest.mark.parametrize("text", [
    "will I end up with muscle wasting?",
    "is weakness something twitching leads to?",
    "could I lose strength in my arm eventually?",
    "do i need to worry about my eyelid drooping later on?",
])
def test_worries_about_the_future_raise_nothing(text):
    assert _level(text) is None


@pytest.mark.parametrize("text", [
    "my sister has MS and her leg is weak",
    "my gran has myasthenia and sees double",
])
def test_a_relatives_known_illness_explains_their_lasting_signs(text):
    assert _level(text) is None


@pytest.mark.parametrize("text", [
    "my sister has MS and her leg suddenly went weak",  # new: still a stroke sign
    "my brother has epilepsy and he's having a seizure",  # emergencies never explained away
])
def test_a_relatives_diagnosis_does_not_hide_a_new_or_emergency_sign(text):
    assert _level(text) == Level.emergency


@pytest.mark.parametrize("text", [
    "I passed out a few years back, now my leg twitches",
    "I blacked out once last year and my calf flickers",
])
def test_a_faint_or_fit_weeks_back_is_a_past_episode(text):
    assert _level(text) is None


@pytest.mark.parametrize("text", [
    "my dad passed out a few minutes ago and is twitching",
    "I had a seizure last month and just had another one",
])
def test_a_recent_or_repeated_episode_still_counts(text):
    assert _level(text) == Level.emergency


@pytest.mark.parametrize("text", [
    "i'd rather not answer any more",
    "I won't answer that, my eye twitches",
])
def test_the_user_declining_to_answer_is_no_unresponsive_person(text):
    assert "loss_of_consciousness" not in _flags(text)


def test_someone_else_not_answering_still_counts():
    assert _level("my grandad won't answer me and he's twitching") == Level.emergency


# ---------------------------------------------------------------- second batch of families


@pytest.mark.parametrize("text, flag", [
    ("my throat feels like it's closing", "breathing_trouble"),
    ("I'm out of breath at rest and my chest twitches", "breathing_trouble"),
    ("bread keeps getting stuck in my throat", "swallowing_trouble"),
    ("my brother is frothing at the mouth and jerking", "seizure"),
    ("she went stiff and jerked on the sofa", "seizure"),
    ("my grandpa slumped over at the table and his hand twitches", "loss_of_consciousness"),
    ("my dad dropped to the floor", "loss_of_consciousness"),
    ("he sounds drunk and he hasn't had any alcohol", "stroke_signs"),
    ("my wife's speech has gone funny", "stroke_signs"),
])
def test_more_everyday_wordings_of_emergencies(text, flag):
    assert _level(text) == Level.emergency
    assert flag in _flags(text)


@pytest.mark.parametrize("text", [
    "the right side of my face went numb out of nowhere",
    "suddenly one side of my body is numb",
    "her smile went lopsided out of the blue",
    "my right arm drifted down when I held both up, just now",
    "my girlfriend's arm suddenly went heavy",
])
def test_sudden_one_sided_numbness_or_an_arm_drift_is_a_stroke_sign(text):
    assert _level(text) == Level.emergency
    assert "stroke_signs" in _flags(text)


@pytest.mark.parametrize("text", [
    "my foot suddenly went numb after sitting on it",  # no face, no side
    "could my throat close up from this?",  # a question
    "I'm not out of breath at rest, only my eyelid jumps",  # denied
    "my uncle was frothing at the mouth years ago with his epilepsy",  # a relative's past
    "my dad has parkinson's and his leg drags",  # a relative's known illness
])
def test_second_batch_near_misses_are_not_emergencies(text):
    assert _level(text) != Level.emergency


@pytest.mark.parametrize("text", [
    "I can't walk on my heels and my shins twitch",
    "my hand has gone bony and the thumb twitches",
    "my left leg keeps dragging",
    "my eyelid keeps dropping and flickers",
])
def test_second_batch_urgent_wordings(text):
    assert _level(text) in (Level.urgent, Level.emergency)


@pytest.mark.parametrize("text", [
    "my father had muscle wasting in his legs, is my calf twitch a warning sign",
    "my aunt had weakness in her hands, my thumb twitches",
])
def test_a_relative_who_had_a_lasting_sign_is_family_history(text):
    assert _level(text) is None


@pytest.mark.parametrize("text", [
    "my dad had weakness in his arm this morning and now he can't talk",
    "my son had a seizure and his lips turned blue",
])
def test_a_relatives_sign_today_or_an_episode_still_counts(text):
    assert _level(text) == Level.emergency


def test_eye_drops_are_no_drooping_eyelid():
    assert _level("do eye drops help an eye twitch") is None
    assert "facial_weakness_or_droop" in _flags("my eyelid has dropped and twitches")


@pytest.mark.parametrize("text", [
    "does twitching ever make your arm go weak?",
    "can twitches cause your eyelid to droop?",
    "I heard that twitching comes before muscle wasting",
    "I read online that twitching turns into weakness",
    "I'm afraid my arm will go weak like my uncle's",
])
def test_general_questions_read_claims_and_future_fears_raise_nothing(text):
    assert _level(text) is None


@pytest.mark.parametrize("text", [
    "my arm will not move",
    "my leg won't move properly and the calf twitches",
])
def test_a_limb_that_will_not_move_is_weakness(text):
    assert "new_weakness" in _flags(text)


@pytest.mark.parametrize("text", [
    "my grandad has parkinson's and his speech is slurred",
    "my mum has MS and her legs buckle",
])
def test_a_relatives_known_illness_explains_their_speech_or_weak_legs(text):
    assert _level(text) is None


def test_a_relatives_sudden_slurred_speech_still_counts():
    assert _level("my mum has MS and all of a sudden her speech is slurred") == Level.emergency


@pytest.mark.parametrize("text", [
    "my arms feel heavy after the gym and my biceps twitch",
    "I can't move my desk on my own, my back twitches",
    "I was gasping after my run and now my calf twitches",
])
def test_exertion_and_things_that_will_not_move_are_no_red_flags(text):
    assert _level(text) is None


@pytest.mark.parametrize("text", [
    "I can't move my left leg",
    "she is unable to move her arm",
])
def test_a_limb_one_cannot_move_is_weakness(text):
    assert "new_weakness" in _flags(text) or "stroke_signs" in _flags(text)
