"""How much the learned safety net (bot.sign_model) adds on a set it never learned from.

Trains the model on the NLU examples and every red-flag set it normally learns from except the
one scored (`--holdout`, default the tenth; a pending blind set is never learned from anyway),
then scores that set on the rule layer: "caught or asked" with the rules and cues alone
(bot.screening, bot.suspicion's cues), and with the model's question added where they found
nothing acute (bot.suspicion.worth_asking), at several thresholds; and how many negative cases
get a question.

Run: .venv/bin/python -m evaluation.sign_model [--holdout tests/nlu/red_flag_holdout_10.yml]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

from .common import ROOT, md_table, pct, rel
from .red_flags import NEGATIVE, POSITIVE, flag_level, load_cases, rank, rule_level

# (gate, flag) thresholds; bot.sign_model's GATE and FLAG were chosen from this table
THRESHOLDS = ((0.5, 0.1), (0.7, 0.0), (0.7, 0.1), (0.7, 0.3), (0.85, 0.1))


def main(argv: list[str] | None = None) -> int:
    from bot import sign_model
    from bot.suspicion import suspect_message

    parser = argparse.ArgumentParser()
    parser.add_argument("--holdout", type=Path,
                        default=ROOT / "tests" / "nlu" / "red_flag_holdout_10.yml")
    held = parser.parse_args(argv).holdout.resolve()
    names = [n for n in sign_model.TRAINING_SETS if sign_model.CASES_DIR / n != held]
    model = sign_model.SignModel(sign_model.training_examples(names))
    cases = load_cases(held)
    labelled = {str(c["text"]): c["flag"] for c in yaml.safe_load(held.read_text())
                if c.get("flag")}
    # the level alone: the question is scored below, so the production model is not needed
    level_of = rule_level(guess=lambda text, above: None)
    levels = {c.text: level_of(c.text)[0] for c in cases}
    rows = []
    for thresholds in [None, *THRESHOLDS]:
        def guess(text, above, at=thresholds):
            return model.guess(text, above, *at) if at else None

        good = asked_negatives = right_flag = 0
        for case in cases:
            asked = [s.flag for s in suspect_message(case.text, guess)]
            right_flag += labelled.get(case.text) in asked
            if case.category in POSITIVE:
                good += rank(levels[case.text]) >= rank(case.expect) or any(
                    rank(flag_level(f)) >= rank(case.expect) for f in asked)
            else:
                asked_negatives += bool(asked)
        positives = sum(c.category in POSITIVE for c in cases)
        negatives = sum(c.category in NEGATIVE for c in cases)
        rows.append(("rules and cues" if thresholds is None else
                     "+ model, gate >= {}, flag >= {}".format(*thresholds),
                     f"{good}/{positives} = {pct(good / positives)}",
                     f"{right_flag}/{len(labelled)}",
                     f"{asked_negatives}/{negatives} = {pct(asked_negatives / negatives)}"))
    print(f"Trained on the NLU examples and {len(names)} red-flag sets; scored on "
          f"`{rel(held)}` (rule layer):\n")
    print(md_table(("safety net", "caught or asked", "asked the flag named by hand (cases "
                    "the rules and cues miss)", "negatives asked"), rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
