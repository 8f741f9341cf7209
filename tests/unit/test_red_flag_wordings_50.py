"""Red-flag round 50, from the fifty-first held-out set (care homes and care at home) as classes:
a fit told as "jerking rigid", a few words then a gasp, sats read off a probe, a gullet that has
shut and spit that pools, "nothing is going down", a temple caught on something, "next I knew I
was on the carpet", a chin that won't reach the chest, light that stings, spots that won't
blanch, a wrong name or a lost country (confusion), a body hot as a stove, "soaked" among other
signs, a headache "on like a switch", a hand gone feeble, one lid at half-mast, things doubled,
fingers in cling film, a twitch climbing into the next muscle. Near-misses: a relative far away
or in care told by phone or video call, a relative's habitual fits, a question about what to
watch for, a training book's warning, a sign "waiting to happen", a quoted "passed out" on the
sofa. Each with a counterpart that keeps its level. Every sentence here is written for this
test, none taken from the held-out sets."""

import pytest

from bot.kb import Level
from tests.unit.wording_checks import flags_of, level_of


@pytest.mark.parametrize("text, flag", [
    ("my husband found me jerking rigid on the kitchen floor ten minutes ago, never happened "
     "before. calf twitching", "seizure"),
    ("after the prawns I've got a whistle in my chest, three words then I'm gasping. lip "
     "twitching", "breathing_trouble"),
    ("asthma flaring, my sats on the ward probe read 87% and the inhaler isn't touching it. "
     "eyelid twitching", "breathing_trouble"),
    ("I can't finish the handover in one breath and my chest is tight. eyelid twitching",
     "breathing_trouble"),
    ("gullet's shut since breakfast, my saliva just pools in my mouth. jaw twitching",
     "swallowing_trouble"),
    ("helping Dad with his tea and nothing is going down, not even a sip of water. his lip is "
     "twitching", "swallowing_trouble"),
    ("I banged my temple on the hoist bar at 7, since then I've been sick three times and keep "
     "dozing off. eyelid twitching", "head_injury_neuro_signs"),
    ("felt odd, next I knew I was on the staff room floor. thumb twitching", "loss_of_consciousness"),
    ("38.9, my chin won't touch my chest, light stings my eyes. eyelid twitching",
     "meningitis_signs"),
    ("temp 39.4, stiff neck and little purple spots that won't blanch. eyelid twitching",
     "meningitis_signs"),
    ("kidney infection since Monday, 39.8 and shaking, and I called my daughter by my late "
     "sister's name. leg twitching", "serotonin_syndrome_signs"),
    ("chest infection, 40.0, and he asked me what country we're in. his hand is twitching, I'm "
     "with him", "serotonin_syndrome_signs"),
    ("UTI all week, hot as a stove, teeth chattering under two duvets and I don't rightly know "
     "what day it is. hands twitching", "serotonin_syndrome_signs"),
    ("citalopram and then tramadol from the dentist yesterday: soaked, shaking, heart rate 128. "
     "eyelid twitching", "serotonin_syndrome_signs"),
    ("hanging washing at noon a headache came on like a switch, the worst of my life, and I've "
     "been sick. eye twitching", "thunderclap_headache"),
])
def test_care_home_emergencies_are_caught(text, flag):
    assert level_of(text) is Level.emergency
    assert flag in flags_of(text)


@pytest.mark.parametrize("text, flag", [
    ("my left hand's gone feeble this week, I can't squeeze the tube of cream. thumb twitching",
     "new_weakness"),
    ("since Friday my right lid hangs at half-mast. it twitched for days before", "facial_weakness_or_droop"),
    ("the numbers on the clock are all doubled since Sunday; closing either eye clears it. lid "
     "twitching", "double_vision"),
])
def test_care_home_urgent_signs_are_caught(text, flag):
    assert level_of(text) is Level.urgent
    assert flag in flags_of(text)


@pytest.mark.parametrize("text, flag", [
    ("my fingers feel wrapped in cling film for a week now, and my thumb twitches",
     "numbness_or_tingling"),
    ("the twitch began in my calf and is now climbing into my thigh", "worsening_or_spreading"),
])
def test_care_home_routine_signs_are_raised(text, flag):
    assert flag in flags_of(text)


@pytest.mark.parametrize("text", [
    # a relative far away or in care, told by phone, by the home or by video call
    "Mum's home has flu going round; she's feverish and breathless there. I'm in Toronto. "
    "eyelid twitching",
    "Nana, 90, lives in a care home in Cork; she can't swallow now and has a tube. I work as a "
    "nurse in Leeds and I FaceTime her on Fridays. My eyelid twitches",
    "his day centre rang: he fainted at lunch, fine now. my eyelid twitches",
    "Grandad at Oak Lodge has had a stroke, the home says he's comfortable. my eyelid twitches",
    # a relative's habitual sign of a long illness
    "my uncle has fits now and then with his epilepsy. my eyelid twitches",
    # what to watch for, asked
    "for my care certificate: what should staff watch for after a resident falls (sickness, "
    "confusion, a fit)? my eye twitches",
    # a training book's warning
    "my care workbook say a drooping face can be a stroke. my eyelid is only twitching, not "
    "drooping",
    # figures of speech
    "the new rota is a stroke waiting to happen. my lip twitches",
    "after four nights I 'passed out' on the sofa for ten hours, slept like a log. eyelid twitching",
])
def test_care_home_near_misses_are_no_emergency(text):
    assert level_of(text) is None


@pytest.mark.parametrize("text", [
    # counterparts: the same words with the person here and now
    "Mum's feverish and breathless and I'm with her now. my eyelid twitches",
    "my uncle has epilepsy and he's fitting on the floor now, not stopping. my eye twitches",
    "Grandad has just had a stroke in front of me, his face has dropped. my eyelid twitches",
])
def test_their_signs_here_and_now_stay_emergencies(text):
    assert level_of(text) is Level.emergency


def test_the_only_harm_of_a_fall_is_no_twitch_site():
    assert "several_places" not in flags_of(
        "tripped over a hoist sling, only a sprained wrist. my eyelid twitches")
    assert "several_places" in flags_of(
        "since the fall my sprained wrist twitches, and my eyelid twitches too")


def test_saw_double_in_a_year_long_gone_is_the_users_past():
    assert level_of("Saw double for a month after a 2019 fall; fully recovered. eyelid twitching") is None
    assert level_of("saw double twice this morning, eyelid twitching") is Level.urgent
