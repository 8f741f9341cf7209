"""`make eval`: every evaluation, a summary in results/eval.md, the tables on stdout.

1. `rasa test nlu` on the held-out split (evaluation.nlu) -> results/nlu/
2. the red-flag cases (development and 77 held-out sets, reported apart) through the rule layer
   alone, in this process (evaluation.red_flags)
3. the assistant started on free ports with a throw-away database: the red-flag cases through
   its NLU (POST /model/parse), then the dev vignettes through its REST channel
4. with EVAL_COMPARE=1 only (slow): the intent-model comparison (evaluation.compare_models)

The exit code is 0 even when a target fails: this is a report. Failures are printed last.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

from .common import MODEL, RESULTS, ensure_model, quiet_rasa, rel, verdict


def _section(title: str, body: str) -> str:
    return f"## {title}\n\n{body.rstrip()}\n"


def main(argv: list[str] | None = None) -> int:
    from . import nlu, red_flags, vignettes

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path,
                        help="evaluate this model as it is (default: train if needed, then "
                        f"{rel(MODEL)})")
    args = parser.parse_args(argv)
    started = time.monotonic()
    RESULTS.mkdir(parents=True, exist_ok=True)
    model = args.model or ensure_model(MODEL)

    print("== NLU: rasa test nlu on the held-out split ...", flush=True)
    nlu_report = nlu.evaluate(model)

    print("== Red flags: rule layer (bot.screening) ...", flush=True)
    quiet_rasa()
    case_sets = {label: red_flags.load_cases(path) for label, path in red_flags.CASE_SETS.items()}
    rules = {label: red_flags.evaluate_rules(cases, label) for label, cases in case_sets.items()}

    print("== Starting the assistant (action server + Rasa on free ports) ...", flush=True)
    from tests.e2e.servers import running_assistant

    logs = RESULTS / "assistant_logs"
    with tempfile.TemporaryDirectory(prefix="eval-") as tmp:
        try:
            with running_assistant(model, Path(tmp)) as assistant:
                print("== Red flags: assistant NLU (/model/parse) ...", flush=True)
                parsed = {label: red_flags.evaluate_nlu(assistant.url, cases, label)
                          for label, cases in case_sets.items()}
                print("== Dev vignettes over REST ...", flush=True)
                rows = vignettes.evaluate(assistant)
        finally:
            shutil.rmtree(logs, ignore_errors=True)
            logs.mkdir(parents=True)
            for log in Path(tmp).glob("*.log"):
                shutil.copy(log, logs / log.name)

    comparison = None
    if os.environ.get("EVAL_COMPARE") == "1":
        from . import compare_models

        print("== Comparing intent models (EVAL_COMPARE=1) ...", flush=True)
        comparison = compare_models.run()

    flag_reports = {label: [parsed[label], rules[label]] for label in case_sets}
    micro = nlu_report.entity_micro
    safe_rows = [r for r in rows if r.safe]
    level_rows = [r for r in rows if r.at_level]
    targets = [
        ("intent accuracy >= 0.95 (holdout)", f"{nlu_report.intent_accuracy:.3f}",
         nlu_report.intent_ok),
        ("entity micro F1 >= 0.90 (holdout, red_flag excluded)", f"{micro.f1:.3f}",
         nlu_report.entity_ok),
        ("every dev vignette at its expected level", f"{len(level_rows)}/{len(rows)}",
         len(level_rows) == len(rows)),
        ("every dev vignette safe (level >= gold)", f"{len(safe_rows)}/{len(rows)}",
         len(safe_rows) == len(rows)),
    ]
    # The targets are the assistant's; the rule layer alone is shown in the red-flag section.
    for label, report in parsed.items():
        targets += [
            (f"red-flag recall 100 % (assistant NLU, {label} set)",
             f"{len(report.positives) - len(report.misses)}/{len(report.positives)}",
             not report.misses),
            (f"no false emergency on negated/family/hypothetical/historical/benign "
             f"(assistant NLU, {label} set)",
             f"{len(report.false_emergencies)} false emergencies; all false alarms "
             f"{len(report.false_alarms)}/{len(report.negatives)}",
             not report.false_emergencies),
            # the safety net: a miss the assistant asks about at the right level (its check
            # question) is not ignored; how often negatives get a question is shown, no target
            (f"red flag caught or asked 100 % (safety net, assistant NLU, {label} set)",
             f"{len(report.caught_or_asked)}/{len(report.positives)}; asked on "
             f"{len(report.asked_on_negatives)}/{len(report.negatives)} negatives",
             len(report.caught_or_asked) == len(report.positives)),
        ]

    target_table = "\n".join(
        ["| target | measured | result |", "|---|---|---|"]
        + [f"| {name} | {value} | **{verdict(ok)}** |" for name, value, ok in targets])
    parts = [
        "# Evaluation\n",
        f"Model `{rel(model)}`; {time.strftime('%Y-%m-%d %H:%M')}; "
        f"{time.monotonic() - started:.0f} s. Produced by `make eval` (evaluation/run.py).\n",
        _section("Targets", target_table),
        _section("Dev vignettes", vignettes.markdown(rows)),
        _section("Red flags", "\n".join(
            red_flags.markdown(reports, red_flags.CASE_SETS[label], label)
            for label, reports in flag_reports.items())),
        _section("NLU on the held-out split", nlu.markdown(nlu_report)),
    ]
    if comparison is not None:
        parts.append(_section("Intent models", comparison))
    parts.append(f"Assistant logs: `{rel(logs)}/`.\n")
    summary = "\n".join(parts)
    (RESULTS / "eval.md").write_text(summary)

    print()
    print("## Targets\n\n" + target_table + "\n")
    print("## Dev vignettes\n\n" + vignettes.table(rows) + "\n")
    all_flag_reports = [r for reports in flag_reports.values() for r in reports]
    print("## Red flags\n\n" + red_flags.summary_table(all_flag_reports) + "\n")
    print(red_flags.problems_table(all_flag_reports) + "\n")
    print("## NLU (holdout)\n\n" + nlu.entity_table(nlu_report) + "\n")
    print(f"intent accuracy {nlu_report.intent_accuracy:.3f}; misclassified:")
    print(nlu.intent_errors_table(nlu_report) + "\n")
    failed = [name for name, _, ok in targets if not ok]
    print(f"Full report: {rel(RESULTS / 'eval.md')}")
    if failed:
        print(f"\n!!! {len(failed)} TARGET(S) FAILED:")
        for name in failed:
            print(f"!!!   FAIL  {name}")
    else:
        print("\nAll targets met.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
