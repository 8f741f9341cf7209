"""Intent model chosen by measurement: NLU-only variants of config.yml, compared on the holdout.

Variants swap only the intent classifier (and its featurizers); the rest of the pipeline
(FallbackClassifier, ClinicalFactExtractor, EntitySynonymMapper) is kept:
  (a) current: NGramIntentClassifier, logistic regression over word + char_wb 2-4 counts that it
      counts itself (config.yml as is)
  (b) DIETClassifier (entity_recognition: false, 100 epochs) over Rasa's CountVectorsFeaturizers,
      word + char_wb 2-4
  (c) Rasa's LogisticRegressionClassifier over the same CountVectorsFeaturizers (the model (a)
      replaced: same kind of features, counted by Rasa)
  (d) NGramIntentClassifier over word counts only (no char n-grams for typos)
For each: `rasa train nlu` (wall clock, with a cold training cache), `rasa test nlu` on
tests/nlu/holdout.yml (accuracy and macro F1 of the final intent, after the red-flag screen),
and parse latency in-process (Agent.load, then `await agent.parse_message(text)` for every
holdout message after one warm-up; p50 and p95). Writes results/model_comparison.md.

CLI: python -m evaluation.compare_models [--keep DIR]
"""

from __future__ import annotations

import argparse
import asyncio
import copy
import json
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from .common import HOLDOUT, RESULTS, ROOT, md_table, quiet_env, quiet_rasa, rasa_bin, rel

CONFIG = ROOT / "config.yml"
NLU_DATA = ROOT / "data" / "nlu"
OUT = RESULTS / "model_comparison.md"
CLASSIFIERS = ("NGramIntentClassifier", "LogisticRegressionClassifier", "DIETClassifier")
RASA_FEATURIZERS = [
    {"name": "CountVectorsFeaturizer"},
    {"name": "CountVectorsFeaturizer", "analyzer": "char_wb", "min_ngram": 2, "max_ngram": 4},
]


@dataclass
class Variant:
    name: str
    description: str
    config: dict[str, Any]


@dataclass
class Measured:
    variant: Variant
    train_seconds: float
    accuracy: float
    macro_f1: float
    p50_ms: float
    p95_ms: float
    model_kb: float


def _pipeline() -> tuple[dict[str, Any], list[dict[str, Any]]]:
    config = yaml.safe_load(CONFIG.read_text())
    base = {k: v for k, v in config.items() if k not in ("pipeline", "policies")}
    return base, list(config["pipeline"])


def _classifier_index(pipeline: list[dict[str, Any]]) -> int:
    for i, component in enumerate(pipeline):
        if component["name"].endswith(CLASSIFIERS):
            return i
    raise ValueError(f"no intent classifier in {CONFIG}")


def variants() -> list[Variant]:
    base, pipeline = _pipeline()
    i = _classifier_index(pipeline)
    current = pipeline[i]

    def config(pipe: list[dict[str, Any]]) -> dict[str, Any]:
        return {**copy.deepcopy(base), "pipeline": copy.deepcopy(pipe)}

    head, tail = pipeline[:i], pipeline[i + 1:]
    diet = head + RASA_FEATURIZERS + [{"name": "DIETClassifier", "entity_recognition": False,
                                       "epochs": 100}] + tail
    rasa_lr = head + RASA_FEATURIZERS + [{"name": "LogisticRegressionClassifier", "max_iter": 300}]
    word_only = head + [{**current, "max_char_ngram": 0}] + tail
    return [
        Variant("a_ngram_lr", f"{current['name']}, word + char_wb 2-4 counts "
                "(current config.yml)", config(pipeline)),
        Variant("b_diet", "DIETClassifier (entity_recognition false, 100 epochs) over "
                "CountVectorsFeaturizer word + char_wb 2-4", config(diet)),
        Variant("c_rasa_lr", "LogisticRegressionClassifier over CountVectorsFeaturizer word + "
                "char_wb 2-4", config(rasa_lr + tail)),
        Variant("d_ngram_lr_word", f"{current['name']}, word counts only", config(word_only)),
    ]


def _run(args: list[str], log: Path, env: dict[str, str]) -> float:
    start = time.monotonic()
    with open(log, "wb") as handle:
        proc = subprocess.run(args, cwd=ROOT, env=env, stdout=handle, stderr=subprocess.STDOUT)
    seconds = time.monotonic() - start
    if proc.returncode != 0:
        tail = "\n".join(log.read_text(errors="replace").splitlines()[-30:])
        raise RuntimeError(f"{' '.join(args[:3])} failed (exit {proc.returncode}):\n{tail}")
    return seconds


def holdout_texts() -> list[str]:
    from rasa.shared.nlu.training_data.loading import load_data

    return [m.get("text") for m in load_data(str(HOLDOUT)).intent_examples]


async def _latencies(model: Path, texts: list[str]) -> list[float]:
    from rasa.core.agent import Agent

    agent = Agent.load(str(model))
    await agent.parse_message(texts[0])  # warm-up (lazy loads)
    times = []
    for text in texts:
        start = time.perf_counter()
        await agent.parse_message(text)
        times.append(1000 * (time.perf_counter() - start))
    return times


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def measure(variant: Variant, work: Path) -> Measured:
    cfg = work / f"{variant.name}.yml"
    cfg.write_text(yaml.safe_dump(variant.config, sort_keys=False))
    cache = work / f"cache_{variant.name}"  # cold cache: every component really trains
    env = quiet_env(RASA_CACHE_DIRECTORY=str(cache))
    train = _run([rasa_bin(), "train", "nlu", "-c", str(cfg), "--nlu", str(NLU_DATA),
                  "--out", str(work), "--fixed-model-name", variant.name],
                 work / f"train_{variant.name}.log", env)
    model = work / f"{variant.name}.tar.gz"
    out = work / f"test_{variant.name}"
    _run([rasa_bin(), "test", "nlu", "--nlu", str(HOLDOUT), "--model", str(model),
          "--out", str(out), "--no-plot"], work / f"test_{variant.name}.log", env)
    report = json.loads((out / "intent_report.json").read_text())
    times = asyncio.run(_latencies(model, holdout_texts()))
    return Measured(variant, train, float(report["accuracy"]),
                    float(report["macro avg"]["f1-score"]), statistics.median(times),
                    _p95(times), model.stat().st_size / 1024)


def markdown(results: list[Measured]) -> str:
    rows = [(m.variant.name, m.variant.description, f"{m.accuracy:.3f}", f"{m.macro_f1:.3f}",
             f"{m.train_seconds:.0f}", f"{m.p50_ms:.1f}", f"{m.p95_ms:.1f}",
             f"{m.model_kb:.0f}") for m in results]
    best = max(m.accuracy for m in results)
    near = [m for m in results if m.accuracy >= best - 0.005]
    choice = min(near, key=lambda m: (m.train_seconds, m.p50_ms))
    n = len(holdout_texts())
    return "\n".join([
        f"NLU-only variants of `config.yml`, trained on `{rel(NLU_DATA)}`, tested on "
        f"`{rel(HOLDOUT)}` ({n} messages). Accuracy and macro F1 are for the final intent "
        "(after the red-flag screen). Training time is the wall clock of `rasa train nlu` with "
        "a cold cache, including the CLI start-up (TensorFlow import, ~10 s) common to all. "
        "Latency: `await agent.parse_message(text)` in-process over every holdout message "
        "after one warm-up; it includes the ClinicalFactExtractor (spaCy + medspaCy), the "
        "same in every variant.",
        "",
        md_table(("variant", "pipeline", "accuracy", "macro F1", "train s", "parse p50 ms",
                  "parse p95 ms", "model KB"), rows),
        "",
        f"By these numbers: **{choice.variant.name}** (highest accuracy within 0.5 point of "
        f"the best, {best:.3f}; then the fastest to train).",
        "",
    ])


def run(keep: Path | None = None) -> str:
    quiet_rasa()
    found: list[Measured] = []
    failed: list[tuple[Variant, str]] = []
    with tempfile.TemporaryDirectory(prefix="compare-") as tmp:
        work = keep or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        for variant in variants():
            print(f"-- {variant.name}: {variant.description}", flush=True)
            try:
                found.append(measure(variant, work))
            except Exception as e:  # one broken variant must not hide the others
                failed.append((variant, str(e).strip().splitlines()[-1]))
                print(f"   FAILED: {e}", flush=True)
                continue
            m = found[-1]
            print(f"   accuracy {m.accuracy:.3f}, train {m.train_seconds:.0f} s, "
                  f"p50 {m.p50_ms:.1f} ms", flush=True)
    text = markdown(found) if found else "No variant could be measured.\n"
    if failed:
        text += "\nFailed variants:\n\n" + "\n".join(
            f"- {v.name} ({v.description}): {why}" for v, why in failed) + "\n"
    RESULTS.mkdir(parents=True, exist_ok=True)
    OUT.write_text("# Intent model comparison\n\n" + text)
    return text


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=Path, help="keep configs, models and logs in this folder")
    args = parser.parse_args(argv)
    print(run(args.keep))
    print(f"\nwritten to {rel(OUT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
