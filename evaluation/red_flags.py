"""Red-flag recall and false alarms on tests/nlu/red_flag_cases.yml.

Two layers are scored on the same cases:
- `nlu`: the running assistant's NLU (POST /model/parse); the level is read from the intent after
  the red-flag screen (`emergency` -> emergency, `urgent_symptom` -> urgent, anything else none);
- `rules`: bot.screening.screen_message alone, the rule layer over the text.

Recall is over the `flag` and `other_person_now` cases: a case is caught when the level is at
least the expected one. False alarms are over `negated`, `family`, `hypothetical` and `benign`:
any level above the expected one (false emergencies are counted separately).

CLI: python -m evaluation.red_flags [--url http://localhost:5005] [--rules-only]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

import requests
import yaml

from .common import ROOT, md_table, pct, rel

CASES = ROOT / "tests" / "nlu" / "red_flag_cases.yml"
LEVELS = ("none", "urgent", "emergency")
POSITIVE = ("flag", "other_person_now")
NEGATIVE = ("negated", "family", "hypothetical", "benign")
INTENT_LEVEL = {"emergency": "emergency", "urgent_symptom": "urgent"}


def rank(level: str) -> int:
    return LEVELS.index(level)


@dataclass(frozen=True)
class Case:
    text: str
    expect: str
    category: str


@dataclass(frozen=True)
class Outcome:
    case: Case
    level: str
    detail: str  # intent and confidence, or the flags the rules found

    @property
    def caught(self) -> bool:
        return rank(self.level) >= rank(self.case.expect)

    @property
    def false_alarm(self) -> bool:
        return rank(self.level) > rank(self.case.expect)

    @property
    def false_emergency(self) -> bool:
        return self.level == "emergency" and self.case.expect != "emergency"


@dataclass
class LayerReport:
    layer: str
    outcomes: list[Outcome]

    @property
    def positives(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.case.category in POSITIVE]

    @property
    def negatives(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.case.category in NEGATIVE]

    @property
    def misses(self) -> list[Outcome]:
        return [o for o in self.positives if not o.caught]

    @property
    def false_alarms(self) -> list[Outcome]:
        return [o for o in self.negatives if o.false_alarm]

    @property
    def false_emergencies(self) -> list[Outcome]:
        return [o for o in self.negatives if o.false_emergency]

    @property
    def recall(self) -> float:
        return 1 - len(self.misses) / len(self.positives) if self.positives else 1.0

    @property
    def false_alarm_rate(self) -> float:
        return len(self.false_alarms) / len(self.negatives) if self.negatives else 0.0

    @property
    def ok(self) -> bool:
        return not self.misses and not self.false_emergencies

    def by_category(self) -> list[tuple[str, int, int]]:
        total, bad = Counter(), Counter()
        for o in self.outcomes:
            total[o.case.category] += 1
            wrong = not o.caught if o.case.category in POSITIVE else o.false_alarm
            bad[o.case.category] += int(wrong)
        return [(c, total[c], bad[c]) for c in POSITIVE + NEGATIVE if total[c]]


def load_cases(path: Path = CASES) -> list[Case]:
    cases = [Case(str(c["text"]), str(c["expect"]), str(c["category"]))
             for c in yaml.safe_load(path.read_text())]
    for case in cases:
        if case.expect not in LEVELS or case.category not in POSITIVE + NEGATIVE:
            raise ValueError(f"bad case in {path}: {case}")
    return cases


def score(layer: str, cases: list[Case], level_of: Callable[[str], tuple[str, str]]
          ) -> LayerReport:
    return LayerReport(layer, [Outcome(c, *level_of(c.text)) for c in cases])


def nlu_level(url: str, timeout: float = 60.0) -> Callable[[str], tuple[str, str]]:
    """The level the running assistant's NLU gives a message, via POST /model/parse."""
    session = requests.Session()

    def level_of(text: str) -> tuple[str, str]:
        r = session.post(f"{url.rstrip('/')}/model/parse", json={"text": text}, timeout=timeout)
        r.raise_for_status()
        parsed: dict[str, Any] = r.json()
        intent = parsed.get("intent") or {}
        flags = [e["value"] for e in parsed.get("entities") or []
                 if e.get("entity") == "red_flag" and not e.get("role")]
        detail = f"{intent.get('name')} {float(intent.get('confidence') or 0):.2f}"
        if flags:
            detail += f" [{', '.join(map(str, flags))}]"
        return INTENT_LEVEL.get(str(intent.get("name")), "none"), detail

    return level_of


def rule_level() -> Callable[[str], tuple[str, str]]:
    """The level of bot.screening alone (imported here: it loads the spaCy pipeline)."""
    from bot.screening import screen_message

    def level_of(text: str) -> tuple[str, str]:
        screen = screen_message(text)
        level = screen.level.value if screen.level is not None else "none"
        return level, ", ".join(screen.flags) or "-"

    return level_of


def evaluate_rules(cases: list[Case] | None = None) -> LayerReport:
    return score("rules (bot.screening)", cases or load_cases(), rule_level())


def evaluate_nlu(url: str, cases: list[Case] | None = None) -> LayerReport:
    return score("assistant NLU (/model/parse)", cases or load_cases(), nlu_level(url))


def summary_table(reports: list[LayerReport]) -> str:
    rows = []
    for r in reports:
        rows.append((
            r.layer,
            f"{len(r.positives) - len(r.misses)}/{len(r.positives)} = {pct(r.recall)}",
            f"{len(r.false_alarms)}/{len(r.negatives)} = {pct(r.false_alarm_rate)}",
            len(r.false_emergencies),
            "PASS" if r.ok else "FAIL",
        ))
    return md_table(("layer", "recall (flag + other_person_now)",
                     "false alarms (negated/family/hypothetical/benign)", "false emergencies",
                     "target"), rows)


def category_table(reports: list[LayerReport]) -> str:
    header = ["category", "cases"] + [f"wrong: {r.layer}" for r in reports]
    cats = reports[0].by_category()
    rows = [[c, n] + [dict((k, b) for k, _, b in r.by_category())[c] for r in reports]
            for c, n, _ in cats]
    return md_table(header, rows)


def problems_table(reports: list[LayerReport]) -> str:
    rows = []
    for r in reports:
        for o in r.misses:
            rows.append((r.layer, "MISS", o.case.category, o.case.expect, o.level, o.case.text,
                         o.detail))
        for o in r.false_alarms:
            kind = "FALSE EMERGENCY" if o.false_emergency else "false alarm"
            rows.append((r.layer, kind, o.case.category, o.case.expect, o.level, o.case.text,
                         o.detail))
    if not rows:
        return "No misses and no false alarms."
    return md_table(("layer", "problem", "category", "expected", "got", "message", "detail"), rows)


def markdown(reports: list[LayerReport]) -> str:
    n = len(reports[0].outcomes)
    return "\n".join([
        f"{n} messages in `{rel(CASES)}`. Target: recall 100 % and no false emergency on "
        "negated, family or hypothetical mentions (nor on benign twitches).",
        "",
        summary_table(reports),
        "",
        category_table(reports),
        "",
        "Misses and false alarms:",
        "",
        problems_table(reports),
        "",
    ])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", help="a running assistant (else only the rule layer)")
    parser.add_argument("--file", type=Path, default=CASES)
    args = parser.parse_args(argv)
    cases = load_cases(args.file)
    reports = [score("rules (bot.screening)", cases, rule_level())]
    if args.url:
        reports.insert(0, evaluate_nlu(args.url, cases))
    print(markdown(reports))
    return 0


if __name__ == "__main__":
    sys.exit(main())
