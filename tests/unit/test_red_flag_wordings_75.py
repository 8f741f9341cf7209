"""Red-flag round 75: the seventy-fifth held-out set (courts, prisons and the law) as classes.
Signs: an arm held out that sinks and won't stay up; a mouth's corner that stays down in a smile;
a blow to the temple told with no verb; a door slammed on a head; new sleeping tablets. Near-misses:
goods seized under the law; a case or a trial that collapsed; a witness who choked under cross; a
relative's sign "sorted now"; a show watched and what happened in it; a document about someone's
fits; a time served or spent somewhere; years free of fits; a past reaction's jerking. Each with a
counterpart that keeps its level. Every sentence here is written for this test, none taken from
the held-out sets."""

import pytest

from bot.kb import Level
from tests.unit.wording_checks import flags_of, level_of


@pytest.mark.parametrize("text, flag", [
    ("Mirror check in the court toilets: when I grin the left corner of my mouth stays down, and "
     "with both arms out the left one sinks and won't stay up. Lid twitching.", "stroke_signs"),
    ("Elbow to the temple in the exercise yard, now I've been sick and feel muddled. Cheek "
     "twitching.", "head_injury_neuro_signs"),
    ("The tenant shut the heavy door on my head an hour ago; I've vomited twice since. Eyelid "
     "twitching.", "head_injury_neuro_signs"),
])
def test_court_signs_are_emergencies(text, flag):
    assert level_of(text) is Level.emergency
    assert flag in flags_of(text)


def test_new_sleeping_pills_are_a_suspected_medicine():
    assert "medicine_suspected" in flags_of("Started new sleeping pills before the hearing, now "
                                            "my lip twitches.")


@pytest.mark.parametrize("text", [
    "Drafting a seizure of assets order all afternoon. Eyelid twitching.",
    "Spent the day cataloguing seized laptops and phones at the station. Calf twitching.",
    "The trial more or less collapsed on day three and the key witness choked under "
    "cross-examination. My eyelid twitches.",
    "Uncle's double vision in Lagos is all sorted now. My lid twitches.",
    "Watched a legal thriller last night, a juror had a fit in the jury box and collapsed. My "
    "eyelid twitches.",
    "I've spent the week summarising hospital records about a claimant's seizures. Eyelid "
    "twitching.",
])
def test_court_near_misses_raise_no_acute_flag(text):
    assert level_of(text) is None


@pytest.mark.parametrize("text", [
    "Did two years in prison back in 2015, out since. My eyelid has twitched for three days.",
    "I've been sober and seizure-free for over nine years. My eyelid has twitched since Monday.",
    "Three years ago I had a bad reaction to tramadol with my sertraline, shaking and jerking, "
    "sorted in a day. My calf has twitched since Friday.",
])
def test_court_near_misses_raise_no_long_twitch(text):
    assert "long_lasting" not in flags_of(text)


@pytest.mark.parametrize("text, level", [
    # the police seizing a phone is no fit, a fit after it is
    ("The police seized my phone and then I had a seizure in the cell. Eyelid twitching.",
     Level.emergency),
    # watching a film does not take the user's own signs after it
    ("Watching a film, a man on screen fainted, and my arm went weak and my speech slurred. "
     "Eyelid twitching.", Level.emergency),
    # a relative's sign with no word that it is over stays someone else's now
    ("Uncle is with me and his double vision started an hour ago. My lid twitches.",
     Level.urgent),
])
def test_court_counterparts_keep_their_level(text, level):
    assert level_of(text) is level


def test_weeks_at_a_new_job_with_a_twitch_all_along_stay_long():
    assert "long_lasting" in flags_of("Six weeks at the new chambers. My eyelid has twitched "
                                      "the whole time.")
