"""The safety net's learned model (bot/sign_model.py): what it learns from, when it is asked,
and that its build is reused. The descriptions here were written for this file, not taken from
the red-flag sets (the model learns from those; `python -m evaluation.sign_model` measures it on
a set it did not learn from)."""

from __future__ import annotations

import pytest
import yaml

from bot import sign_model
from bot.kb import Level
from bot.screening import screen_message
from bot.suspicion import suspect_message
from evaluation.red_flags import CASE_SETS, PENDING_SETS
from tests.e2e.vignettes import load_vignettes


def asked(text: str) -> list:
    return [s.flag for s in suspect_message(text)]


def cues_only(text: str) -> list:
    return [s.flag for s in suspect_message(text, guess=lambda text, above: None)]


def test_it_learns_from_the_scored_sets_and_never_from_a_pending_one() -> None:
    training = {sign_model.CASES_DIR / name for name in sign_model.TRAINING_SETS}
    assert training == set(CASE_SETS.values())
    assert not training & set(PENDING_SETS)


def test_every_hand_label_is_read_and_names_an_acute_flag() -> None:
    written = sum(1 for name in sign_model.TRAINING_SETS
                  for case in yaml.safe_load((sign_model.CASES_DIR / name).read_text())
                  if "flag" in case)
    examples = sign_model.labelled_cases()
    assert written and sum(e.flag is not None for e in examples) == written
    assert {e.flag for e in examples if e.flag} <= set(sign_model.acute_flags())


@pytest.mark.parametrize("case", [
    {"text": "my calf twitches", "expect": "none", "category": "negated", "flag": "seizure"},
    {"text": "I fainted", "expect": "emergency", "category": "flag", "flag": "long_lasting"},
])
def test_a_hand_label_on_a_case_that_is_not_acute_or_of_a_flag_that_is_not_is_refused(
        tmp_path, monkeypatch, case) -> None:
    (tmp_path / "bad.yml").write_text(yaml.safe_dump([case]))
    monkeypatch.setattr(sign_model, "CASES_DIR", tmp_path)
    with pytest.raises(ValueError, match="not acute"):
        sign_model.labelled_cases(["bad.yml"])


@pytest.mark.parametrize("text, flag", [
    ("reading the paper and the right half of every line has vanished, the words just stop in "
     "the middle, started twenty minutes ago, eyelid twitching all week", "stroke_signs"),
    ("mid-sentence on the phone my mouth stopped obeying me and the cup fell out of my right "
     "hand, ten minutes ago", "stroke_signs"),
    ("my ring keeps sliding off now and there's a scoop where the meaty bit between my thumb "
     "and finger used to be, over the last couple of months, the hand flickers",
     "muscle_wasting"),
])
def test_it_asks_about_a_description_the_rules_and_cues_miss(text, flag) -> None:
    assert cues_only(text) == []
    assert asked(text) == [flag]


@pytest.mark.parametrize("text", [
    "my eyelid has twitched for a week since exams started and I drink too much coffee",
    "no trouble breathing, no weakness, no drooping, I'm just worried about the twitch",
    "my grandad had a stroke last year, my eyelid twitches",
    "what would a stroke look like? my eye twitches",
    "my calf twitches after running, otherwise I'm fine",
    "I've had a twitchy thumb for three weeks, it's annoying when I type",
    "hello",
    "yes",
    "about two weeks",
])
def test_it_stays_quiet_on_ordinary_denied_family_and_hypothetical_messages(text) -> None:
    assert asked(text) == []


# The dev vignettes whose gold level is below urgent: a learned question on their opening stops
# the played conversation (d09's "water pills ... legs" got one when the gate and the wasting
# model sat just above their thresholds), so the fast tests catch it before the e2e run does.
_CALM_OPENINGS = [v["opening"] for v in load_vignettes()
                  if v["expect"]["level"][0] in ("self_care", "routine")]


@pytest.mark.parametrize("text", _CALM_OPENINGS)
def test_it_stays_quiet_on_the_openings_of_the_calm_dev_vignettes(text) -> None:
    assert asked(text) == []


def test_the_calm_dev_vignettes_are_found() -> None:
    assert len(_CALM_OPENINGS) >= 5


def _not_consulted(text, above):
    raise AssertionError("the model was asked although the rules found an acute flag")


def test_it_is_not_consulted_once_the_rules_found_an_emergency() -> None:
    assert suspect_message("I can't breathe and my chest twitches", guess=_not_consulted) == []


def test_after_an_urgent_flag_it_asks_only_about_an_emergency_flag_it_is_sure_of() -> None:
    seen = []

    def guess(text, above):
        seen.append(above)
        return None

    assert suspect_message("my arm feels weak and it twitches", guess=guess) == []
    assert seen == [Level.urgent]
    # the rules find a drooping face (urgent); the model recognises a stroke in the rest
    text = ("my husband says the left corner of my mouth has sagged, and my left hand keeps "
            "letting go of things, this started at teatime, eyelid twitching before")
    assert screen_message(text).level is Level.urgent
    assert asked(text) == ["stroke_signs"]
    # and it stays quiet on a plain urgent message
    assert asked("my arm feels weak and it twitches") == []


def test_after_an_urgent_flag_the_model_needs_a_surer_flag() -> None:
    model = sign_model.get_model()
    text = "my arm feels weak and it twitches"
    low = model.guess(text, Level.urgent, gate_at=0.0, flag_at=0.0)
    assert low is None or low.score >= sign_model.AFTER_URGENT_FLAG


def test_empty_text_gets_no_guess() -> None:
    assert sign_model.guess("") is None
    assert sign_model.guess("   ") is None


def test_the_build_is_named_by_its_inputs_and_reused(monkeypatch) -> None:
    path = sign_model.build()
    assert path == sign_model.CACHE / f"{sign_model.content_hash()}.pkl" and path.exists()

    def no_training(examples):
        raise AssertionError("retrained although the build is current")

    monkeypatch.setattr(sign_model, "SignModel", no_training)
    assert sign_model.build() == path
