"""Red-flag round 76: the seventy-sixth held-out set (the armed forces, veterans and their families)
as classes. Signs: numbers read out that start coming out as rubbish; a side of the face that feels
heavy; a mouth that won't close round a straw; a hand that won't pick a thing back up or grip it
again; a rifle butt to the head; every day of a hyphened span. Near-misses: a self-check's parts
(each eye, both hands, heel to toe, a chin to the chest, a neck that bends all the way); eyes that
streamed from gas; a part named as a topic's label; a mother in hospital while the user is on a
mission; a rule told of anyone; the FAST letters practised on each other; a sergeant's fit of
anger; a team's line that collapsed; a choke point; "if anyone cares". Each with a counterpart that
keeps its level. Every sentence here is written for this test, none taken from the held-out
sets."""

import pytest

from bot.kb import Level
from tests.unit.wording_checks import flags_of, level_of


@pytest.mark.parametrize("text, flag", [
    ("Calling the bingo at the club when the numbers started coming out as rubbish; the left side "
     "of my face feels heavy and my mouth won't close round the cup. Eyelid twitching.",
     "stroke_signs"),
    ("My face dropped on the left at breakfast and my left hand let go of the kettle and won't grip "
     "it again. Lip twitching.", "stroke_signs"),
    ("My right hand won't pick the pen back up and my speech is slurred. Eyelid twitching.",
     "stroke_signs"),
    ("Rifle butt to the head on the range, now vomiting and drowsy. Eye twitching.",
     "head_injury_neuro_signs"),
])
def test_forces_signs_are_emergencies(text, flag):
    assert level_of(text) is Level.emergency
    assert flag in flags_of(text)


def test_every_day_of_a_hyphened_span_is_a_long_twitch():
    assert "long_lasting" in flags_of("My eyelid has jumped every day of this four-week course.")


@pytest.mark.parametrize("text", [
    "Mum in Kumasi is in hospital because she can't swallow after a stroke; I'm on a UN mission in "
    "Mali and can't get leave. My eyelid twitches.",
    "At the brief they said if anyone goes confused, collapses or has a fit on the march, call the "
    "medic. I'm fine. My eyelid twitches in the evenings.",
    "The sergeant major had a fit when he saw my boots. Eyelid twitching.",
    "Our tug of war line collapsed in the final and the choke point at the bar was brutal. Lid "
    "twitching.",
])
def test_forces_near_misses_raise_no_acute_flag(text):
    assert level_of(text) is None


@pytest.mark.parametrize("text", [
    "Self-check: read the noticeboard with each eye, single; grip with both hands, equal; walked "
    "heel to toe, steady. Only my left eyelid twitches.",
    "CS gas in the chamber this morning, my eyes streamed, all clear now. Calf twitching since.",
    "The medic checked me: my neck bends all the way and my chin touches my chest. My eyelid "
    "twitches.",
    "We practised FAST on each other: face, arms, speech, time. Would it always come with the face "
    "and arm stuff? My eyelid twitches.",
])
def test_forces_near_misses_raise_no_twitch_in_several_places(text):
    assert "several_places" not in flags_of(text)


@pytest.mark.parametrize("text, level", [
    # an aside "if anyone cares" keeps the blow and the sickness after it
    ("Fell off the ladder (rung six, if anyone cares) and hit my head on the floor; I've been sick "
     "twice since. Eyelid twitching.", Level.emergency),
    # a sergeant's real fit in front of the user is no anger
    ("The sergeant is having a fit on the parade square right now, jerking all over. Eyelid "
     "twitching.", Level.emergency),
    # a relative far away whose sign is told going on now, on the phone, still counts
    ("Mum in Kumasi is on the phone and she can't swallow and is choking right now; I'm on a UN "
     "mission in Mali. My eyelid twitches.", Level.emergency),
])
def test_forces_counterparts_keep_their_level(text, level):
    assert level_of(text) is level
