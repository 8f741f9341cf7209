"""Red-flag round 55. First, classes left over from the fifty-fifth held-out set (music, stage and
performing): a sign one checks the mirror for, a sign denied in the next sentence ("There isn't
one"), and a second effect asked in the same "could it make them" question. Each with a
counterpart that keeps its level. Every sentence here is written for this test, none taken from
the held-out sets."""

import pytest

from bot.kb import Level
from tests.unit.wording_checks import flags_of, level_of


@pytest.mark.parametrize("text, flag", [
    ("I keep checking the mirror for a droop. My eyelid has twitched since Tuesday.",
     "facial_weakness_or_droop"),
    ("My partner checked my arms for any weakness. My calf twitches.", "new_weakness"),
    ("My lid twitches. Seeing double? There isn't any.", "double_vision"),
    ("Eyelid twitching since Sunday. Any drooping? There's none.", "facial_weakness_or_droop"),
    ("Could the tablets make me dizzy, or make my neck go stiff? My lip twitches.",
     "stiffness_in_area"),
])
def test_leftovers_raise_no_flag(text, flag):
    assert flag not in flags_of(text)


def test_a_sign_looked_for_is_no_emergency():
    assert level_of("Lid twitching all week. I keep checking my face for a droop and my speech "
                    "for any slurring.") is not Level.emergency


@pytest.mark.parametrize("text, flag", [
    # found when looked for
    ("I checked the mirror and one side of my face droops. My eyelid twitches.",
     "facial_weakness_or_droop"),
    # help looked for is no sign looked for
    ("I'm searching for advice for a droopy eyelid. It twitches too.", "facial_weakness_or_droop"),
    # "there isn't one thing" denies nothing
    ("I'm seeing double. There isn't one thing I can read. My eyelid twitches.", "double_vision"),
    # an effect told as it happened, not asked
    ("The new tablets made me dizzy and my neck has gone stiff. My lip twitches.",
     "stiffness_in_area"),
])
def test_their_counterparts_keep_the_flag(text, flag):
    assert flag in flags_of(text)


def test_a_face_found_drooping_after_looking_is_an_emergency_with_a_slur():
    assert level_of("I looked for a droop in the mirror and my mouth is lopsided, and my words "
                    "are slurred. Eyelid twitching.") is Level.emergency
