"""Red-flag round 33: two routine misses left from the thirty-fifth held-out set (a pain told as a
verb with its score, "each twitch stabs, 8/10"; the dated starts are in test_durations), then the
thirty-sixth held-out set (carers) as classes. Each with a counterpart that keeps its level.
Every sentence here is written for this test, none taken from the held-out sets."""

import pytest

from tests.unit.wording_checks import flags_of


@pytest.mark.parametrize("text", [
    "every cheek twitch stabs, 9/10, since friday",
    "the calf twitch throbs, 8 out of 10 at night",
])
def test_a_pain_told_as_a_verb_with_a_high_score_is_severe(text):
    assert "severe_pain" in flags_of(text)


@pytest.mark.parametrize("text", [
    "the eyelid twitch stabs a little, 3/10",
    "my twitch is annoying, 8/10 on the annoyance scale",
])
def test_a_low_score_or_no_pain_is_not_severe(text):
    assert "severe_pain" not in flags_of(text)
