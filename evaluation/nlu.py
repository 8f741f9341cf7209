"""Intents and entities on the held-out NLU split (tests/nlu/holdout.yml), with `rasa test nlu`.

Rasa writes its reports, confusion matrices and histograms to results/nlu/. The entity score
used for the target is the micro F1 over the annotated entity types (body_part, duration,
frequency, trigger, symptom, condition; a role such as `symptom.absent` must match too), recomputed with
Rasa's own token alignment from the successes and errors files. `red_flag` is left out: it is an
internal signal of the red-flag screen and is not annotated in the data, so its predictions
neither count nor hide another entity on the same tokens; so is `suspected_red_flag`, the safety
net's signal (bot/suspicion.py), for the same reason.

CLI: python -m evaluation.nlu [--model models/twitch.tar.gz]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

import yaml

from .common import HOLDOUT, MODEL, RESULTS, ROOT, md_table, quiet_env, quiet_rasa, rasa_bin, rel

CONFIG = ROOT / "config.yml"
EXTRACTOR = "ClinicalFactExtractor"
ENTITY_TYPES = ("body_part", "duration", "frequency", "trigger", "symptom", "condition")
EXCLUDED_TYPES = ("red_flag", "suspected_red_flag")
INTENT_TARGET = 0.95
ENTITY_TARGET = 0.90


@dataclass
class TypeScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def support(self) -> int:
        return self.tp + self.fn


def _micro(scores: dict[str, TypeScore]) -> TypeScore:
    total = TypeScore()
    for score in scores.values():
        total.tp += score.tp
        total.fp += score.fp
        total.fn += score.fn
    return total


@dataclass
class NluReport:
    out: Path
    seconds: float
    intent_accuracy: float
    intent_macro_f1: float
    intent_weighted_f1: float
    n_examples: int
    intent_errors: list[dict[str, Any]]
    per_intent: dict[str, dict[str, Any]]
    entity_types: dict[str, TypeScore]
    entity_types_lenient: dict[str, TypeScore]
    rasa_entity_report: dict[str, Any]
    entity_mismatches: list[str] = field(default_factory=list)

    @property
    def entity_micro(self) -> TypeScore:
        return _micro(self.entity_types)

    @property
    def entity_micro_lenient(self) -> TypeScore:
        return _micro(self.entity_types_lenient)

    @property
    def intent_ok(self) -> bool:
        return self.intent_accuracy >= INTENT_TARGET

    @property
    def entity_ok(self) -> bool:
        return self.entity_micro.f1 >= ENTITY_TARGET


def run_rasa_test(model: Path = MODEL, holdout: Path = HOLDOUT,
                  out: Path = RESULTS / "nlu") -> float:
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*"):
        if old.is_file():
            old.unlink()
    args = [rasa_bin(), "test", "nlu", "--nlu", str(holdout), "--model", str(model),
            "--out", str(out), "--successes"]
    log = out / "rasa_test_nlu.log"
    start = time.monotonic()
    with open(log, "wb") as handle:
        proc = subprocess.run(args, cwd=ROOT, env=quiet_env(), stdout=handle,
                              stderr=subprocess.STDOUT)
    seconds = time.monotonic() - start
    if proc.returncode != 0:
        tail = "\n".join(log.read_text(errors="replace").splitlines()[-40:])
        raise RuntimeError(f"rasa test nlu failed (exit {proc.returncode}):\n{tail}")
    return seconds


def _load(path: Path) -> Any:
    return json.loads(path.read_text()) if path.exists() else []


def _label_type(label: str) -> str:
    return label.split(".", 1)[0]


def _entity_examples(out: Path) -> list[dict[str, Any]]:
    """Every holdout example with an entity annotated or predicted (successes + errors)."""
    seen: dict[str, dict[str, Any]] = {}
    for name in (f"{EXTRACTOR}_successes.json", f"{EXTRACTOR}_errors.json"):
        for example in _load(out / name):
            seen.setdefault(example["text"], example)
    return list(seen.values())


def _label(entity: dict[str, Any]) -> str:
    return ".".join(str(entity[k]) for k in ("entity", "group", "role") if entity.get(k))


def _describe(text: str, entities: list[dict[str, Any]]) -> str:
    spans = sorted(entities, key=lambda e: (e["start"], e["end"]))
    return ", ".join(f"[{text[e['start']:e['end']]}]{_label(e)}" for e in spans) or "-"


def model_tokenizer() -> Callable[[str], list[Any]]:
    """The tokens Rasa aligned entities on: those of the tokenizer in config.yml."""
    from rasa.nlu.tokenizers.tokenizer import Token

    names = [c.get("name") for c in yaml.safe_load(CONFIG.read_text())["pipeline"]]
    if "SpacyTokenizer" in names:
        from bot.nlp import get_nlp  # the project's pipeline that SpacyNLP loads

        nlp = get_nlp()
        return lambda text: [Token(t.text, t.idx) for t in nlp.make_doc(text)
                             if t.text.strip()]
    from rasa.nlu.tokenizers.whitespace_tokenizer import WhitespaceTokenizer
    from rasa.shared.nlu.training_data.message import Message

    tokenizer = WhitespaceTokenizer(WhitespaceTokenizer.get_default_config())
    return lambda text: tokenizer.tokenize(Message({"text": text}), "text")


def _overlap_scores(targets: list[dict[str, Any]], predicted: list[dict[str, Any]],
                    scores: dict[str, TypeScore]) -> None:
    """Entity level, lenient on boundaries: a prediction of the same label overlapping a gold
    entity is a hit ("feels weak" for "weak"); what remains are real misses and extras."""
    unused = list(predicted)
    for gold in targets:
        hit = next((p for p in unused if _label(p) == _label(gold)
                    and p["start"] < gold["end"] and gold["start"] < p["end"]), None)
        score = scores.setdefault(gold["entity"], TypeScore())
        if hit is None:
            score.fn += 1
        else:
            score.tp += 1
            unused.remove(hit)
    for extra in unused:
        scores.setdefault(extra["entity"], TypeScore()).fp += 1


def score_entities(out: Path) -> tuple[dict[str, TypeScore], dict[str, TypeScore], list[str]]:
    """Token-level scores per entity type, as Rasa aligns them, without `red_flag`; and the
    same at entity level with lenient boundaries."""
    quiet_rasa()
    from rasa.nlu.test import EntityEvaluationResult, align_entity_predictions

    tokenize = model_tokenizer()
    scores = {t: TypeScore() for t in ENTITY_TYPES}
    lenient = {t: TypeScore() for t in ENTITY_TYPES}
    mismatches: list[str] = []
    for example in _entity_examples(out):
        text = example["text"]
        targets = [e for e in example["entities"] if e["entity"] not in EXCLUDED_TYPES]
        predicted = [e for e in example["predicted_entities"]
                     if e["entity"] not in EXCLUDED_TYPES and e.get("extractor") == EXTRACTOR]
        _overlap_scores(targets, predicted, lenient)
        tokens = tokenize(text)
        aligned = align_entity_predictions(
            EntityEvaluationResult(targets, predicted, tokens, text), {EXTRACTOR})
        wrong = False
        for gold, got in zip(aligned["target_labels"], aligned["extractor_labels"][EXTRACTOR]):
            if gold == got:
                if gold != "O":
                    scores.setdefault(_label_type(gold), TypeScore()).tp += 1
                continue
            wrong = True
            if gold != "O":
                scores.setdefault(_label_type(gold), TypeScore()).fn += 1
            if got != "O":
                scores.setdefault(_label_type(got), TypeScore()).fp += 1
        if wrong:
            mismatches.append(f"{text!r}: gold {_describe(text, targets)}; "
                              f"extracted {_describe(text, predicted)}")
    return scores, lenient, mismatches


def evaluate(model: Path = MODEL, holdout: Path = HOLDOUT,
             out: Path = RESULTS / "nlu") -> NluReport:
    return read_reports(out, run_rasa_test(model, holdout, out))


def read_reports(out: Path, seconds: float = 0.0) -> NluReport:
    intents = _load(out / "intent_report.json")
    scores, lenient, mismatches = score_entities(out)
    per_intent = {k: v for k, v in intents.items()
                  if isinstance(v, dict) and k not in ("macro avg", "weighted avg", "micro avg")}
    return NluReport(
        out=out,
        seconds=seconds,
        intent_accuracy=float(intents["accuracy"]),
        intent_macro_f1=float(intents["macro avg"]["f1-score"]),
        intent_weighted_f1=float(intents["weighted avg"]["f1-score"]),
        n_examples=int(intents["macro avg"]["support"]),
        intent_errors=list(_load(out / "intent_errors.json")),
        per_intent=per_intent,
        entity_types=scores,
        entity_types_lenient=lenient,
        rasa_entity_report=dict(_load(out / f"{EXTRACTOR}_report.json") or {}),
        entity_mismatches=mismatches,
    )


def intent_errors_table(report: NluReport) -> str:
    rows = [(e["text"], e["intent"], e["intent_prediction"]["name"],
             f"{e['intent_prediction'].get('confidence') or 0:.2f}")
            for e in report.intent_errors]
    return md_table(("holdout message", "expected", "predicted", "confidence"), rows)


def entity_table(report: NluReport) -> str:
    def row(name: str, s: TypeScore, e: TypeScore) -> tuple[object, ...]:
        return (name, s.support, f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}",
                e.support, f"{e.f1:.3f}")

    rows = [row(t, s, report.entity_types_lenient.get(t, TypeScore()))
            for t, s in report.entity_types.items()]
    rows.append(row("**micro**", report.entity_micro, report.entity_micro_lenient))
    return md_table(("entity type", "gold tokens", "precision", "recall", "F1 (target)",
                     "gold entities", "F1, overlapping span"), rows)


def markdown(report: NluReport) -> str:
    micro = report.entity_micro
    rasa_micro = report.rasa_entity_report.get("micro avg", {})
    weak = sorted(((k, v) for k, v in report.per_intent.items() if v.get("f1-score", 1) < 0.9),
                  key=lambda kv: kv[1]["f1-score"])
    lines = [
        f"Held-out split `{rel(HOLDOUT)}` ({report.n_examples} messages), "
        f"`rasa test nlu` reports in `{rel(report.out)}/` "
        "(intent_report.json, intent_confusion_matrix.png, intent_histogram.png, "
        f"{EXTRACTOR}_report.json, {EXTRACTOR}_confusion_matrix.png).",
        "",
        f"- Intent accuracy **{report.intent_accuracy:.3f}** (target >= {INTENT_TARGET}: "
        f"{'PASS' if report.intent_ok else 'FAIL'}), macro F1 {report.intent_macro_f1:.3f}, "
        f"weighted F1 {report.intent_weighted_f1:.3f}. The intent scored is the one after the "
        "red-flag screen (the pipeline's final answer).",
        f"- Entity micro F1 **{micro.f1:.3f}** (target >= {ENTITY_TARGET}: "
        f"{'PASS' if report.entity_ok else 'FAIL'}), token level, over "
        f"{', '.join(ENTITY_TYPES)}; roles must match. `red_flag` and `suspected_red_flag` are "
        "excluded: they are the screen's and the safety net's internal signals, not annotated "
        "in the data. "
        f"(Rasa's own micro avg, which lets a `red_flag` span hide a symptom: "
        f"{rasa_micro.get('f1-score', float('nan')):.3f}.)",
        "- The last column scores whole entities and accepts a prediction of the same type "
        "and role that overlaps the gold span (\"feels weak\" for \"weak\"): the gap "
        "between the two F1 columns is boundary conventions, what remains are real misses "
        f"and extras (micro {report.entity_micro_lenient.f1:.3f}).",
        "",
        entity_table(report),
        "",
    ]
    if weak:
        lines += ["Intents with F1 < 0.9: " + ", ".join(
            f"{k} {v['f1-score']:.2f}" for k, v in weak), ""]
    lines += [f"Misclassified holdout messages ({len(report.intent_errors)}):", "",
              intent_errors_table(report) if report.intent_errors else "(none)", ""]
    if report.entity_mismatches:
        lines += [f"Entity mismatches ({len(report.entity_mismatches)} messages, "
                  "red_flag left out):", ""]
        lines += [f"- {m}" for m in report.entity_mismatches] + [""]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, default=MODEL)
    args = parser.parse_args(argv)
    report = evaluate(args.model)
    print(markdown(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
