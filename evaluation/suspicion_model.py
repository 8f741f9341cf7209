"""Cue patterns or a trained model for the safety net? The measurement behind bot/suspicion.py.

The model: word (1-2) + char_wb (2-4) n-gram counts, one logistic regression per red-flag id
(one-vs-rest, class_weight balanced), trained on what the repository has: the NLU examples of
every intent (the `emergency` and `urgent_symptom` ones labelled with the flags the rule layer
finds in them, the others with none), and the development set and held-out sets 1-3 labelled
the same way (their negative categories with none). It is scored on the 4th held-out set, which
neither it nor the rules were fitted on, exactly as the safety net is used: the flags it
predicts (probability >= threshold) that the rules did not confirm are "asked".

Run: .venv/bin/python -m evaluation.suspicion_model
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

from .common import ROOT, md_table, pct
from .red_flags import (CASE_SETS, HOLDOUT_4_CASES, NEGATIVE, POSITIVE, flag_level,
                        load_cases, rank, rule_level)

TRAIN_SETS = [p for p in CASE_SETS.values() if p != HOLDOUT_4_CASES]


def _nlu_examples() -> list[tuple[str, str]]:
    import re

    out = []
    for path in sorted((ROOT / "data" / "nlu").glob("*.yml")):
        for block in (yaml.safe_load(path.read_text()) or {}).get("nlu") or []:
            if "intent" not in block:
                continue
            for line in str(block.get("examples") or "").splitlines():
                line = line.strip()
                if line.startswith("- "):
                    text = re.sub(r"\[([^\]]*)\]\([^)]*\)|\[([^\]]*)\]\{[^}]*\}", r"\1\2", line[2:])
                    out.append((text, block["intent"]))
    return out


def main() -> int:
    import numpy as np
    from scipy.sparse import hstack
    from sklearn.feature_extraction.text import CountVectorizer
    from sklearn.linear_model import LogisticRegression

    from bot.kb import Level, get_kb
    from bot.screening import screen_message
    from bot.suspicion import suspect_message

    acute = [f.id for f in get_kb().red_flags.values()
             if f.level in (Level.emergency, Level.urgent)]
    texts, labels = [], []
    for text, intent in _nlu_examples():
        flags = screen_message(text).flags if intent in ("emergency", "urgent_symptom") else []
        texts.append(text)
        labels.append(set(flags))
    for path in TRAIN_SETS:
        for case in load_cases(path):
            flags = screen_message(case.text).flags if case.category in POSITIVE else []
            texts.append(case.text)
            labels.append(set(flags))
    words = CountVectorizer(ngram_range=(1, 2), lowercase=True)
    chars = CountVectorizer(analyzer="char_wb", ngram_range=(2, 4), lowercase=True)
    x = hstack([words.fit_transform(texts), chars.fit_transform(texts)]).tocsr()
    models = {}
    for flag in acute:
        y = np.array([flag in lab for lab in labels])
        if y.sum() >= 2:
            models[flag] = LogisticRegression(max_iter=1000, class_weight="balanced").fit(x, y)

    cases = load_cases(HOLDOUT_4_CASES)
    rows = []
    for threshold in (0.5, 0.3):
        rows.append(_score(f"n-gram model, p >= {threshold}", cases, lambda t: [
            f for f, m in models.items()
            if m.predict_proba(hstack([words.transform([t]), chars.transform([t])]).tocsr())[0, 1]
            >= threshold], screen_message))
    rows.append(_score("cue patterns (bot.suspicion)", cases,
                       lambda t: [s.flag for s in suspect_message(t)], screen_message))
    print(f"Trained on {len(texts)} texts ({sum(bool(lab) for lab in labels)} with a flag); "
          f"{len(models)} flags have a model. Scored on `{Path(HOLDOUT_4_CASES).name}`:\n")
    print(md_table(("safety net", "caught or asked", "asked on negatives"), rows))
    return 0


def _score(name, cases, predict, screen_message) -> tuple[str, str, str]:
    positives = [c for c in cases if c.category in POSITIVE]
    negatives = [c for c in cases if c.category in NEGATIVE]
    good = asked_neg = 0
    level_of = rule_level()
    for case in cases:
        screen = screen_message(case.text)
        level = level_of(case.text)[0]  # with the routine flags, as evaluation.red_flags
        if screen.level is not None and screen.level.value == "emergency":
            asked = []
        else:
            asked = [f for f in predict(case.text) if f not in screen.flags
                     and (screen.level is None or rank(flag_level(f)) > rank(
                         screen.level.value))]
        if case.category in POSITIVE:
            good += rank(level) >= rank(case.expect) or any(
                rank(flag_level(f)) >= rank(case.expect) for f in asked)
        else:
            asked_neg += bool(asked)
    return (name, f"{good}/{len(positives)} = {pct(good / len(positives))}",
            f"{asked_neg}/{len(negatives)} = {pct(asked_neg / len(negatives))}")


if __name__ == "__main__":
    sys.exit(main())
