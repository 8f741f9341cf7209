"""Red-flag round 39, from the forty-first held-out set (pregnancy, new parents and the first
years) as classes: a smile that "has gone crooked", a hand muscle that "has gone hollow", a twitch
that got "steadily worse". Near-misses: a baby's or a pregnancy's age in weeks or months, the time
since a birth and an age-named milestone ("the 4 month sleep regression") read as the twitch's
length; a past illness dated with the "I" dropped; a baby's arms beside the user's own eyelid;
"dead on my feet", "nearly broke my neck", a mess "all over the straps"; ankles that "aren't
swollen"; the warning signs of pre-eclampsia listed by an app; a medicine offered and turned down
or stopped years ago. Each with a counterpart that keeps its level. Every sentence here is written
for this test, none taken from the held-out sets."""

import pytest

from bot.kb import Level
from tests.unit.wording_checks import flags_of, level_of


def test_a_crooked_smile_with_a_clumsy_hand_is_a_stroke():
    text = ("in the last hour my left hand went clumsy and my mum says my smile's gone crooked. "
            "eyelid twitching")
    assert level_of(text) is Level.emergency
    assert "stroke_signs" in flags_of(text)


@pytest.mark.parametrize("text, flag", [
    ("the fleshy bit by my thumb has gone hollow over the summer and it flickers",
     "muscle_wasting"),
])
def test_new_parents_urgent_signs_are_caught(text, flag):
    assert level_of(text) is Level.urgent
    assert flag in flags_of(text)


@pytest.mark.parametrize("text, flag", [
    ("my eyelid twitch has got steadily worse since it began", "worsening_or_spreading"),
    ("the calf twitch comes more and each burst lasts longer than before", "worsening_or_spreading"),
])
def test_new_parents_lesser_signs_are_caught(text, flag):
    assert flag in flags_of(text)


@pytest.mark.parametrize("text", [
    "LO is 9 weeks, my eyelid twitches at the night feeds",
    "our son's 5 months and my eye has been twitching",
    "I'm 24 weeks, lip twitching. Is it the iron tablets?",
    "she's 6 weeks post section and her eyelid keeps twitching, I'm her husband",
    "I'm 10 weeks postpartum, eyelid twitching, no other problems",
    "combi feeding, 8 wks, eye twitching",
    "the 6 month sleep regression has wrecked us. eyelid twitching",
    "gave birth to our daughter four weeks ago and my eyelid twitches at night",
    "had flu with chills a month ago, all cleared up. eyelid twitching now",
])
def test_ages_and_past_events_are_no_long_twitch(text):
    assert "long_lasting" not in flags_of(text)


@pytest.mark.parametrize("text", [
    "the baby kicks his legs out when he startles, and my own eyelid twitches",
    "dead on my feet after the night feeds, eye twitching",
    "I nearly broke my neck on a rattle this morning, and my eyelid won't stop twitching",
    "yoghurt all over the high chair and the dog, eyelid twitching",
    "my ankles aren't puffy, my eyelid twitches though",
])
def test_others_sites_and_figures_are_no_second_site(text):
    assert "several_places" not in flags_of(text)


@pytest.mark.parametrize("text", [
    "the antenatal class gave us the warning signs of pre-eclampsia: bad headache, blurred "
    "vision, swelling of the face and hands. I have none. eyelid twitching",
])
def test_listed_pregnancy_signs_raise_nothing(text):
    assert level_of(text) is None


@pytest.mark.parametrize("text", [
    "the GP offered me sertraline but I declined, eyelid twitching anyway",
    "I was on citalopram for two years, stopped in 2020. cheek twitching now",
])
def test_medicines_not_taken_now_are_no_cause(text):
    assert "medicine_suspected" not in flags_of(text)


@pytest.mark.parametrize("text, flag", [
    # the twitch dated from the birth is the twitch's length
    ("my eyelid has twitched every day since I had the baby 5 weeks ago", "long_lasting"),
    # a twitch told in weeks, not a pregnancy
    ("I'm 3 weeks into this calf twitch and it's not settling", "long_lasting"),
    # the user's own two sites still count
    ("my arm twitches and my eyelid twitches", "several_places"),
    # a medicine offered and taken is a medicine taken
    ("the GP offered me citalopram and I started it, now my eyelid twitches", "medicine_suspected"),
])
def test_counterparts_keep_their_flag(text, flag):
    assert flag in flags_of(text)
