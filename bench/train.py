"""`rasa train` wall time and model size, measured once per project and cached.

Each project is trained with `--force` (every component retrained, the cache skipped) into a
temporary output folder, so the models that are served are left alone. The result is kept in
results/bench_train.json; BENCH_TRAIN=1 measures again.
"""

from __future__ import annotations

import json
import subprocess
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from tests.e2e.servers import default_rasa_bin

from .starter import _env

TRAIN_TIMEOUT = 900  # seconds; the target is 180


def _build_step(pre: list[str], out_dir: str, root: Path, log: Path) -> float | None:
    """Time a build step that must precede training (e.g. our spaCy pipeline), writing into
    the temporary folder only. None when it fails (its API may have changed)."""
    args = [a.replace("{tmp}", out_dir) for a in pre]
    t0 = time.monotonic()
    with open(log, "ab") as out:
        out.write(f"\n===== {' '.join(args)} (cwd {root})\n".encode())
        out.flush()
        proc = subprocess.run(args, cwd=root, env=_env(), stdout=out, stderr=subprocess.STDOUT,
                              stdin=subprocess.DEVNULL, timeout=TRAIN_TIMEOUT)
    return time.monotonic() - t0 if proc.returncode == 0 else None


def measure(name: str, root: Path, log: Path, extra: list[str] | None = None,
            pre: list[str] | None = None) -> dict[str, Any]:
    rasa = str(default_rasa_bin(Path(__file__).resolve().parents[1]))
    with tempfile.TemporaryDirectory(prefix=f"bench-train-{name}-") as out_dir:
        log.parent.mkdir(parents=True, exist_ok=True)
        build = _build_step(pre, out_dir, root, log) if pre else None
        args = [rasa, "train", "--force", "--out", out_dir, *(extra or [])]
        print(f"timing `rasa train --force` for {name} (once; BENCH_TRAIN=1 to redo) ...",
              flush=True)
        t0 = time.monotonic()
        with open(log, "ab") as out:
            out.write(f"\n===== {' '.join(args)} (cwd {root})\n".encode())
            out.flush()
            proc = subprocess.run(
                args, cwd=root, env=_env(), stdout=out, stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL, timeout=TRAIN_TIMEOUT,
            )
        seconds = time.monotonic() - t0
        models = sorted(Path(out_dir).glob("*.tar.gz"))
        if proc.returncode != 0 or not models:
            return {"error": f"rasa train exited {proc.returncode} (see {log})",
                    "seconds": round(seconds, 1)}
        entry: dict[str, Any] = {"rasa_train_seconds": round(seconds, 1)}
        if pre:
            entry["build_seconds"] = None if build is None else round(build, 1)
        return {
            **entry,
            "seconds": round(seconds + (build or 0.0), 1),
            "model_bytes": models[-1].stat().st_size,
            "measured_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        }


def training_times(
    projects: dict[str, tuple[Path, list[str], list[str] | None]], cache: Path, log_dir: Path, force: bool
) -> dict[str, dict[str, Any]]:
    """{name: {seconds, model_bytes, measured_at, cached}} for every project; `pre` is a
    command run (and timed) before `rasa train`, with {tmp} for the temporary folder."""
    cached: dict[str, dict[str, Any]] = {}
    if cache.exists() and not force:
        try:
            cached = json.loads(cache.read_text())
        except ValueError:
            cached = {}
    result: dict[str, dict[str, Any]] = {}
    for name, (root, extra, pre) in projects.items():
        entry = cached.get(name)
        if entry and "error" not in entry:
            result[name] = {**entry, "cached": True}
            continue
        result[name] = {**measure(name, root, log_dir / f"train-{name}.log", extra, pre),
                        "cached": False}
    good = {k: {kk: vv for kk, vv in v.items() if kk != "cached"}
            for k, v in result.items() if "error" not in v}
    cache.parent.mkdir(parents=True, exist_ok=True)
    cache.write_text(json.dumps(good, indent=2) + "\n")
    return result
