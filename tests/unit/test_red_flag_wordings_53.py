"""Red-flag round 53, from the fifty-fourth held-out set (new parents) as classes: a hand that
just lay there like an empty glove, words that "came out as" a quoted jumble after a try to say
something, a sign told of "my" own body after someone else is named, a throat gone to a pinhole,
a whistling chest with an allergy, a car boot slammed on the skull, dozing after a blow, "lights
out" with a floor after it, waking with one's cheek on the floor, no idea how long one was gone,
a slump "out a minute, coming round", a neck that won't nod, lamps that hurt, a glass-proof rash,
"ten out of ten", full strength "before I could straighten up", an arm that gives when it lifts,
half a face that won't smile, a twitch that slams the eye shut, domperidone. Near-misses: a
child's febrile fit in the past and its description, a relative who texted from far away and was
cleared, a sign a midwife mentioned, a sign "months ago, sorted now", advice swallowed that went
down the wrong way, foaming at the mouth with toothpaste, "none weak", a baby's age or a
pregnancy's weeks read as the twitch's length, checks passed read as sites ("neck bends",
"steady hands", "neither drifted", "on the other hand"), twins' double everything, a handout's
box of signs. Each with a counterpart that keeps its level. Every sentence here is written for
this test, none taken from the held-out sets."""

import pytest

from bot.kb import Level
from tests.unit.wording_checks import flags_of, level_of


@pytest.mark.parametrize("text, flag", [
    ("went to pick up the bottle and my left hand just lay there, and when I tried to say 'pass "
     "the muslin' it came out as 'the mus, pass, mussy'. eyelid twitching", "stroke_signs"),
    ("I was feeding my son when a bang hit the back of my head, the worst pain of my life, at "
     "full strength before I could put him down. eyelid twitching", "thunderclap_headache"),
    ("winding her: bang, skull split open, ten out of ten within seconds. lid twitch",
     "thunderclap_headache"),
    ("ate a sesame bar, I'm allergic, throat like a pinhole now. cheek twitching",
     "breathing_trouble"),
    ("stung by a wasp at the park, allergic, chest whistling. lip twitching", "breathing_trouble"),
    ("the car boot slammed on my head loading the buggy, I've been sick and keep dozing. "
     "eye twitching", "head_injury_neuro_signs"),
    ("lights out at baby group, a minute on the floor, came round to everyone staring. cheek "
     "twitching", "loss_of_consciousness"),
    ("woke up with my face on the floor by the cot, no idea how long I was out. eyelid twitching",
     "loss_of_consciousness"),
    ("my husband slumped over the changing mat, out a minute, coming round now. lid twitch",
     "loss_of_consciousness"),
    ("39.6, my neck won't nod, lamps hurt, and a glass-proof rash on my legs. eyelid twitching",
     "meningitis_signs"),
])
def test_new_parent_emergencies_are_caught(text, flag):
    assert level_of(text) is Level.emergency
    assert flag in flags_of(text)


@pytest.mark.parametrize("text, flag", [
    ("since Friday my left arm just gives when I lift the pram. forearm twitching", "new_weakness"),
    ("the left half of my face won't smile this morning. cheek twitching",
     "facial_weakness_or_droop"),
])
def test_new_parent_urgent_signs_are_caught(text, flag):
    assert level_of(text) is Level.urgent
    assert flag in flags_of(text)


@pytest.mark.parametrize("text, flag", [
    ("my eyelid twitch snaps the eye shut a few times a day now", "eyelid_closes_completely"),
    ("started domperidone a week ago and now my lip twitches", "medicine_suspected"),
])
def test_new_parent_routine_signs_are_caught(text, flag):
    assert flag in flags_of(text)


@pytest.mark.parametrize("text", [
    "My daughter had a febrile fit last spring in the kitchen: stiff, then jerking for a minute. "
    "She's fine. My eyelid twitches.",
    "My nephew had a febrile convulsion at 3; he's 12 now. My eyelid twitches.",
    "Wife texted from the conference in Leeds: she fainted in the hall this morning and the "
    "paramedics have checked her. Me, home with the twins: lip twitching.",
    "Does an eyelid twitch ever come before a fit? The health visitor mentioned seizures.",
    "Short of breath with low iron after the birth, months ago, sorted now. Lid twitch only.",
    "Tried to swallow my mother-in-law's 'in my day we just coped' and it went down the wrong "
    "way. Eyelid twitching.",
    "The night feeds have me foaming at the mouth. Eyelid twitching.",
])
def test_new_parent_near_misses_are_no_emergency(text):
    assert level_of(text) is not Level.emergency


@pytest.mark.parametrize("text", [
    # the child is fitting now; the partner is here, not texting from afar
    "my son is having a febrile fit right now, stiff and jerking. my eyelid twitches",
    "my wife fainted in the hall just now and isn't answering me. lip twitching",
    # the sign is the user's, now
    "I'm short of breath since this morning, the low iron was sorted months ago. lid twitch",
    "Short of breath with low iron months ago, sorted now, but short of breath again. lid twitch",
    "I'm foaming at the mouth and jerking, my partner says. eyelid twitching",
])
def test_their_counterparts_still_raise_the_emergency(text):
    assert level_of(text) is Level.emergency


@pytest.mark.parametrize("text, flag", [
    ("calf and eyelid twitching all week; none weak.", "new_weakness"),
    ("baby 5 wks, my eyelid twitches since Monday", "long_lasting"),
    ("twins born at 32 weeks, my cheek twitches since Tuesday", "long_lasting"),
    ("34 weeks with our second, lip twitching since Saturday", "long_lasting"),
    ("breathing fine, neck bends. lip twitching", "several_places"),
    ("steady hands, normal pulse. eyelid twitch", "several_places"),
    ("arms out in front, eyes shut, ten seconds: neither drifted. eyelid twitching",
     "several_places"),
    ("I, on the other hand, sleep badly and my eyelid twitches", "several_places"),
    ("Twin dad: double vision all day, two cribs, two bottles. eyelid twitching", "double_vision"),
    ("The antenatal handout has a box of signs: fits, a very bad headache, swelling of the face. "
     "My eyelid twitches.", "spreading_face"),
])
def test_new_parent_things_raise_no_flag(text, flag):
    assert flag not in flags_of(text)


def test_their_counterparts_keep_the_flag():
    assert "new_weakness" in flags_of("my calf twitches and my leg is weak")
    assert "long_lasting" in flags_of("my eyelid has twitched for 5 weeks")
    assert "long_lasting" in flags_of("started iron at 20 weeks and my eyelid has twitched ever "
                                      "since, she's 4 months now")
    assert "several_places" in flags_of("my neck and my eyelid both twitch")
    assert "double_vision" in flags_of("I have double vision since this morning and my eyelid "
                                       "twitches")
