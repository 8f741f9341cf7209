"""Ranking of likely causes and the remedies that fit."""

from bot.facts import Facts, facts_from_text
from bot.ranking import pick_remedies, rank_causes


def _ids(ranked):
    return [r.cause.id for r in ranked]


def test_eyelid_and_coffee_puts_caffeine_first():
    ranked = rank_causes(Facts(body_parts=["eyelid"], triggers=["caffeine"]))
    assert ranked[0].cause.id == "caffeine_stimulants"
    assert any("coffee" in r.lower() or "caffeine" in r.lower() for r in ranked[0].reasons)


def test_calf_after_a_run_in_the_heat():
    facts = facts_from_text("calf, after a long run in the heat")
    ranked = rank_causes(facts)
    assert ranked[0].cause.id in {"dehydration", "overexertion"}
    remedies = [p.remedy.id for p in pick_remedies(facts, ranked)]
    assert "hydrate" in remedies


def test_new_diuretic_points_to_the_medicine_and_the_doctor():
    facts = Facts(body_parts=["leg"], triggers=["diuretic"])
    ranked = rank_causes(facts)
    assert ranked[0].cause.category == "medicine"
    assert "pharmacist" in ranked[0].cause.doctor_note.lower()
    remedies = [p.remedy.id for p in pick_remedies(facts, ranked)]
    assert "review_medicine_with_doctor" in remedies


def test_rare_serious_causes_only_with_a_pointing_symptom():
    plain = _ids(rank_causes(Facts(body_parts=["arm"]), limit=50))
    assert "als" not in plain
    with_weakness = _ids(rank_causes(Facts(body_parts=["arm"], symptoms=["weakness",
                                                                         "muscle_wasting"]),
                                     limit=50))
    assert "als" in with_weakness


def test_eyelid_only_causes_stay_on_the_eyelid():
    assert "blepharospasm" not in _ids(rank_causes(Facts(body_parts=["calf"]), limit=50))


def test_stress_remedies_for_exam_stress():
    facts = facts_from_text("eyelid, exam stress")
    remedies = [p.remedy.id for p in pick_remedies(facts, rank_causes(facts))]
    assert "stress_relief" in remedies
