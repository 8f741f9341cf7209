"""The red-flag case files `make eval` reads (evaluation.red_flags.CASE_SETS) are well formed and
independent: every case has a known level and category, each set measures both recall and false
alarms, and no message appears in two sets (a copied message would make a held-out set partly a
development set). Only the files are checked here; scoring them is `make eval`'s job."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from evaluation.red_flags import (CASE_SETS, HOLDOUT_3_CASES, HOLDOUT_4_CASES, HOLDOUT_5_CASES,
                                  HOLDOUT_6_CASES, HOLDOUT_7_CASES, HOLDOUT_8_CASES,
                                  HOLDOUT_9_CASES, HOLDOUT_10_CASES, HOLDOUT_11_CASES,
                                  HOLDOUT_12_CASES, HOLDOUT_13_CASES, HOLDOUT_14_CASES,
                                  HOLDOUT_15_CASES, HOLDOUT_16_CASES, HOLDOUT_17_CASES,
                                  HOLDOUT_18_CASES, HOLDOUT_19_CASES, HOLDOUT_20_CASES,
                                  HOLDOUT_21_CASES, HOLDOUT_22_CASES, HOLDOUT_23_CASES,
                                  HOLDOUT_24_CASES, HOLDOUT_25_CASES, HOLDOUT_26_CASES,
                                  HOLDOUT_27_CASES, HOLDOUT_28_CASES, HOLDOUT_29_CASES, HOLDOUT_30_CASES,
                                  HOLDOUT_31_CASES, HOLDOUT_32_CASES,
                                  HOLDOUT_33_CASES, HOLDOUT_34_CASES, HOLDOUT_35_CASES,
                                  HOLDOUT_36_CASES, HOLDOUT_37_CASES, HOLDOUT_38_CASES,
                                  HOLDOUT_39_CASES, HOLDOUT_40_CASES, HOLDOUT_41_CASES,
                                  HOLDOUT_42_CASES, HOLDOUT_43_CASES, HOLDOUT_44_CASES,
                                  HOLDOUT_45_CASES, HOLDOUT_46_CASES, HOLDOUT_47_CASES,
                                  HOLDOUT_48_CASES, HOLDOUT_49_CASES, HOLDOUT_50_CASES,
                                  HOLDOUT_51_CASES, HOLDOUT_52_CASES, HOLDOUT_53_CASES,
                                  HOLDOUT_54_CASES, HOLDOUT_55_CASES, HOLDOUT_56_CASES,
                                  HOLDOUT_57_CASES, HOLDOUT_58_CASES, HOLDOUT_59_CASES,
                                  HOLDOUT_60_CASES, HOLDOUT_61_CASES, HOLDOUT_62_CASES,
                                  HOLDOUT_63_CASES, HOLDOUT_64_CASES, HOLDOUT_65_CASES,
                                  HOLDOUT_66_CASES, HOLDOUT_67_CASES, HOLDOUT_68_CASES,
                                  HOLDOUT_69_CASES, HOLDOUT_70_CASES,
                                  HOLDOUT_71_CASES, HOLDOUT_72_CASES, HOLDOUT_73_CASES,
                                  HOLDOUT_74_CASES, HOLDOUT_75_CASES, HOLDOUT_76_CASES,
                                  HOLDOUT_77_CASES,
                                  NEGATIVE, PENDING_SETS, POSITIVE, Case, load_cases)

# the scored sets and the ones written blind but not scored yet
ALL_SETS = {**CASE_SETS, **{f"pending: {p.name}": p for p in PENDING_SETS}}


def _key(text: str) -> str:
    """Case, spacing and punctuation do not make a message new."""
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


@pytest.mark.parametrize("label", list(ALL_SETS))
def test_each_red_flag_set_loads_and_has_positives_and_negatives(label: str) -> None:
    cases = load_cases(ALL_SETS[label])  # raises on an unknown level or category
    categories = {c.category for c in cases}
    assert categories & set(POSITIVE), label
    assert categories & set(NEGATIVE), label
    # a near-miss may sit beside a real routine flag ("no droop, but it's in four places now"):
    # anything above routine is still a false alarm; a near-miss expecting more is no near-miss
    assert all(c.expect in ("none", "routine") for c in cases if c.category in NEGATIVE), label
    assert all(c.expect != "none" for c in cases if c.category in POSITIVE), label


def test_the_third_to_forty_sixth_held_out_sets_are_registered() -> None:
    for path in (HOLDOUT_3_CASES, HOLDOUT_4_CASES, HOLDOUT_5_CASES, HOLDOUT_6_CASES,
                 HOLDOUT_7_CASES, HOLDOUT_8_CASES, HOLDOUT_9_CASES, HOLDOUT_10_CASES,
                 HOLDOUT_11_CASES, HOLDOUT_12_CASES, HOLDOUT_13_CASES, HOLDOUT_14_CASES,
                 HOLDOUT_15_CASES, HOLDOUT_16_CASES, HOLDOUT_17_CASES, HOLDOUT_18_CASES,
                 HOLDOUT_19_CASES, HOLDOUT_20_CASES, HOLDOUT_21_CASES,
                 HOLDOUT_22_CASES, HOLDOUT_23_CASES, HOLDOUT_24_CASES,
                 HOLDOUT_25_CASES, HOLDOUT_26_CASES, HOLDOUT_27_CASES,
                 HOLDOUT_28_CASES, HOLDOUT_29_CASES, HOLDOUT_30_CASES,
                 HOLDOUT_31_CASES, HOLDOUT_32_CASES, HOLDOUT_33_CASES,
                 HOLDOUT_34_CASES, HOLDOUT_35_CASES, HOLDOUT_36_CASES,
                 HOLDOUT_37_CASES, HOLDOUT_38_CASES, HOLDOUT_39_CASES,
                 HOLDOUT_40_CASES, HOLDOUT_41_CASES, HOLDOUT_42_CASES,
                 HOLDOUT_43_CASES, HOLDOUT_44_CASES, HOLDOUT_45_CASES,
                 HOLDOUT_46_CASES, HOLDOUT_47_CASES, HOLDOUT_48_CASES,
                 HOLDOUT_49_CASES, HOLDOUT_50_CASES, HOLDOUT_51_CASES,
                 HOLDOUT_52_CASES, HOLDOUT_53_CASES, HOLDOUT_54_CASES,
                 HOLDOUT_55_CASES, HOLDOUT_56_CASES, HOLDOUT_57_CASES,
                 HOLDOUT_58_CASES, HOLDOUT_59_CASES, HOLDOUT_60_CASES,
                 HOLDOUT_61_CASES, HOLDOUT_62_CASES, HOLDOUT_63_CASES, HOLDOUT_64_CASES,
                 HOLDOUT_65_CASES, HOLDOUT_66_CASES, HOLDOUT_67_CASES,
                 HOLDOUT_68_CASES, HOLDOUT_69_CASES, HOLDOUT_70_CASES,
                 HOLDOUT_71_CASES, HOLDOUT_72_CASES, HOLDOUT_73_CASES,
                 HOLDOUT_74_CASES, HOLDOUT_75_CASES, HOLDOUT_76_CASES,
                 HOLDOUT_77_CASES):
        assert path in CASE_SETS.values()
    assert len(set(CASE_SETS.values())) == len(CASE_SETS)
    # a pending set stays unscored until the next round is measured on it
    assert not set(PENDING_SETS) & set(CASE_SETS.values())


def test_no_message_is_in_two_red_flag_sets_or_twice_in_one() -> None:
    seen: Counter[str] = Counter()
    where: dict[str, list[str]] = {}
    for label, path in ALL_SETS.items():
        for case in load_cases(path):
            seen[_key(case.text)] += 1
            where.setdefault(_key(case.text), []).append(label)
    repeated = {text: where[text] for text, n in seen.items() if n > 1}
    assert not repeated


def test_a_bad_case_is_refused(tmp_path) -> None:
    bad = tmp_path / "bad.yml"
    bad.write_text('- {text: "my eye twitches", expect: maybe, category: benign}\n')
    with pytest.raises(ValueError):
        load_cases(bad)
    good = tmp_path / "good.yml"
    good.write_text('- {text: "my eye twitches", expect: none, category: benign}\n')
    assert load_cases(good) == [Case("my eye twitches", "none", "benign")]


def test_the_summary_counts_lower_level_signs_sent_to_emergency() -> None:
    from evaluation.red_flags import LayerReport, Outcome, summary_table

    report = LayerReport("layer", [
        Outcome(Case("weak for 3 weeks", "urgent", "flag"), "emergency", ""),
        Outcome(Case("droop today", "urgent", "flag"), "urgent", ""),
        Outcome(Case("face and arm, 10 min", "emergency", "flag"), "emergency", ""),
        Outcome(Case("dad's stroke in 2019", "none", "family"), "emergency", ""),
    ])
    assert [o.case.text for o in report.over_triaged] == ["weak for 3 weeks"]
    assert [o.case.text for o in report.false_emergencies] == ["dad's stroke in 2019"]
    assert summary_table([report]).splitlines()[-1].endswith("| 1/2 |")
