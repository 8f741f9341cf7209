"""Red-flag round 54. First, classes left over from the fifty-fourth held-out set (new parents):
a past facial palsy dated by a bare year and said to have come back fully, a medicine's dose kept
"since spring", the time since one's own birth told after a comma, what something "can leave
your legs" like, a knocked forehead, a thing's arm, a shoulder someone reads over, and marks on
the skin of the tummy. Each with a counterpart that keeps its level. Every sentence here is
written for this test, none taken from the held-out sets."""

import pytest

from tests.unit.wording_checks import flags_of


@pytest.mark.parametrize("text, flag", [
    ("Bell's palsy with my second, 2021; face came back fully. Eyelid twitching for two days.",
     "facial_weakness_or_droop"),
    ("Citalopram for anxiety, same dose since summer. Lip twitching since Monday.",
     "long_lasting"),
    ("Had my own baby, four weeks ago, and my eyelid twitches whenever I sit down.",
     "long_lasting"),
    ("the midwife says a spinal can leave your legs weak for days. Cheek twitching tonight.",
     "new_weakness"),
    ("bumped my elbow on the door frame. eyelid twitching", "several_places"),
    ("Caught my head on the armchair arm. Lid twitching all evening.", "several_places"),
    ("Mum is reading over my shoulder as I type: my eyelid keeps twitching.", "several_places"),
    ("A heat rash across my chest from the sling. My eyelid twitches.", "several_places"),
])
def test_leftovers_raise_no_flag(text, flag):
    assert flag not in flags_of(text)


def test_leftovers_raise_nothing_at_all():
    assert flags_of("Bell's palsy in pregnancy, 2020; face came back fully. My eyelid has "
                    "twitched since Saturday.") == []


@pytest.mark.parametrize("text, flag", [
    ("Bell's palsy in 2021 and my face came back fully, but since this morning the left side "
     "droops again. eyelid twitching", "facial_weakness_or_droop"),
    ("I'm on citalopram, the same dose, and my lip has twitched for five weeks.", "long_lasting"),
    ("Had my baby 5 weeks ago. My eye has twitched since.", "long_lasting"),
    ("my legs are weak since lunch and my cheek twitches", "new_weakness"),
    ("my elbow twitches and so does my eyelid", "several_places"),
    ("my eyelid twitches and so does my shoulder", "several_places"),
])
def test_their_counterparts_keep_the_flag(text, flag):
    assert flag in flags_of(text)
