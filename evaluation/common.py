"""Paths, environment and small formatting helpers shared by the evaluation modules."""

from __future__ import annotations

import logging
import os
import subprocess
import warnings
from pathlib import Path
from typing import Iterable, Sequence

# Before anything imports TensorFlow or Rasa in this process.
for _name, _value in (("RASA_TELEMETRY_ENABLED", "false"), ("TF_CPP_MIN_LOG_LEVEL", "3"),
                      ("SQLALCHEMY_SILENCE_UBER_WARNING", "1"), ("LOG_LEVEL", "WARNING")):
    os.environ.setdefault(_name, _value)

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "results"
MODEL = ROOT / "models" / "twitch.tar.gz"
HOLDOUT = ROOT / "tests" / "nlu" / "holdout.yml"
BIN = ROOT / ".venv" / "bin"


def rasa_bin() -> str:
    venv_rasa = BIN / "rasa"
    return str(venv_rasa) if venv_rasa.exists() else "rasa"


def quiet_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(RASA_TELEMETRY_ENABLED="false", TF_CPP_MIN_LOG_LEVEL="3",
               SQLALCHEMY_SILENCE_UBER_WARNING="1", **extra)
    return env


def quiet_rasa() -> None:
    """Keep Rasa's, TensorFlow's and structlog's chatter out of the report in this process."""
    warnings.filterwarnings("ignore")
    from rasa.utils.log_utils import configure_structlog

    configure_structlog(logging.WARNING)
    logging.getLogger().setLevel(logging.WARNING)
    for name in ("rasa", "tensorflow", "absl", "spacy", "medspacy", "PyRuSH", "matplotlib"):
        logging.getLogger(name).setLevel(logging.ERROR)


def rel(path: Path) -> str:
    return os.path.relpath(path.resolve(), ROOT)


def ensure_model(model: Path = MODEL) -> Path:
    """Train only when needed, exactly as `make train` decides."""
    subprocess.run(["make", "-s", "train"], cwd=ROOT, check=True)
    if not model.exists():
        raise FileNotFoundError(f"no model at {model}")
    return model


def md_table(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    def cell(value: object) -> str:
        return str(value).replace("|", "\\|").replace("\n", " ")

    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]
    return "\n".join(lines)


def pct(value: float | None) -> str:
    return "n/a" if value is None else f"{100 * value:.1f} %"


def verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"
