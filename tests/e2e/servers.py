"""Start and stop the action server and Rasa on localhost for end-to-end tests."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import requests
import yaml

from .vignettes import ROOT, RasaClient

HOST = "127.0.0.1"
READY_TIMEOUT = 180.0


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return int(s.getsockname()[1])


def newest_model(root: Path = ROOT) -> Path:
    models = sorted((root / "models").glob("*.tar.gz"), key=lambda p: p.stat().st_mtime)
    if not models:
        raise FileNotFoundError(f"no trained model in {root / 'models'}")
    return models[-1]


def default_rasa_bin(root: Path = ROOT) -> Path:
    venv_rasa = root / ".venv" / "bin" / "rasa"
    return venv_rasa if venv_rasa.exists() else Path(sys.executable).parent / "rasa"


def _env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(RASA_TELEMETRY_ENABLED="false", TF_CPP_MIN_LOG_LEVEL="3", **extra)
    return env


class NotStarting(Exception):
    """The server answered in a way that means it will never become ready."""


class Process:
    """One server process, in its own process group, logging to a file."""

    def __init__(self, name: str, args: list[str], cwd: Path, log: Path, env: dict[str, str]):
        self.name, self.args, self.cwd, self.log, self.env = name, args, cwd, log, env
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        with open(self.log, "ab") as out:
            out.write(f"\n===== start {self.name}: {' '.join(self.args)}\n".encode())
            out.flush()
            # Own session so stop() can signal the whole group (Sanic may fork workers).
            self.proc = subprocess.Popen(
                self.args,
                cwd=self.cwd,
                env=self.env,
                stdout=out,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                start_new_session=True,
            )

    def stop(self, grace: float = 15.0) -> None:
        proc, self.proc = self.proc, None
        if proc is None:
            return
        try:
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(timeout=grace)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            pass
        # Kill whatever is left of the group (a stuck leader or lingering workers).
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        proc.wait(timeout=10)

    def log_tail(self, lines: int = 60) -> str:
        try:
            return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])
        except FileNotFoundError:
            return "(no log)"

    def wait_ready(
        self, url: str, ok: Callable[[requests.Response], bool], timeout: float = READY_TIMEOUT
    ) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc is None or self.proc.poll() is not None:
                code = None if self.proc is None else self.proc.returncode
                self._fail(f"{self.name} exited (code {code}) before it was ready")
            try:
                if ok(requests.get(url, timeout=5)):
                    return
            except (requests.RequestException, ValueError):
                pass
            except NotStarting as e:
                self._fail(f"{self.name} will not become ready: {e}")
            time.sleep(1.0)
        self._fail(f"{self.name} not ready at {url} after {timeout:.0f} s")

    def _fail(self, why: str) -> None:
        msg = f"{why}\n--- last lines of {self.log} ---\n{self.log_tail()}"
        print(msg, file=sys.stderr)
        raise RuntimeError(msg)


def _rasa_ready(r: requests.Response) -> bool:
    # Rasa only listens once the model load has been attempted; 409 means it failed.
    if r.status_code == 409:
        raise NotStarting("Rasa is up without a model (see the model loading lines in the log)")
    return r.status_code == 200 and bool(r.json().get("model_file"))


class Assistant(RasaClient):
    """A running action server + Rasa pair; `restart_rasa` keeps ports and database."""

    def __init__(self, actions: Process, rasa: Process, url: str, db: Path, actions_health: str):
        super().__init__(url)
        self.actions, self.rasa, self.db = actions, rasa, db
        self.actions_health = actions_health

    def start_actions(self) -> None:
        self.actions.start()
        self.actions.wait_ready(self.actions_health, lambda r: r.status_code == 200)

    def restart_rasa(self) -> None:
        self.rasa.stop()
        self.rasa.start()
        self.rasa.wait_ready(f"{self.url}/status", _rasa_ready)

    def stop(self) -> None:
        self.rasa.stop()
        self.actions.stop()


def sqlite_tracker_store(root: Path) -> dict[str, str]:
    """The tracker store `root`'s endpoints.yml configures, else Rasa's SQL store, on SQLite."""
    endpoints = root / "endpoints.yml"
    configured = (yaml.safe_load(endpoints.read_text()) or {}) if endpoints.exists() else {}
    store = configured.get("tracker_store") or {}
    return {"type": store.get("type", "SQL"), "dialect": "sqlite"}


@contextmanager
def running_assistant(
    model: Path,
    workdir: Path,
    root: Path = ROOT,
    rasa_bin: Path | None = None,
    credentials: str = "credentials.yml",
    actions_env: dict[str, str] | None = None,
    rasa_args: tuple[str, ...] = (),
    endpoints_extra: dict[str, Any] | None = None,
    rasa_env: dict[str, str] | None = None,
) -> Iterator[Assistant]:
    """Run the action server and Rasa from `root`, with state and logs kept in `workdir`.
    The action server records escalations in the same database (DB_URL). `endpoints_extra` adds
    entries to the generated endpoints.yml (e.g. a lock store), `rasa_env` to Rasa's environment."""
    rasa_bin = rasa_bin or default_rasa_bin(root)
    workdir.mkdir(parents=True, exist_ok=True)
    actions_port, rasa_port = free_port(), free_port()
    db = workdir / "tracker.db"
    endpoints = workdir / "endpoints.yml"
    endpoints.write_text(
        yaml.safe_dump(
            {
                "action_endpoint": {"url": f"http://{HOST}:{actions_port}/webhook",
                                    "enable_selective_domain": True},  # as endpoints.yml
                "tracker_store": {**sqlite_tracker_store(root), "db": str(db)},
                **(endpoints_extra or {}),
            }
        )
    )
    actions = Process(
        "action server",
        [str(rasa_bin), "run", "actions", "--port", str(actions_port), "--actions", "actions"],
        root,
        workdir / "actions.log",
        # rasa_sdk has no --interface
        _env(**{"SANIC_HOST": HOST, "DB_URL": f"sqlite:///{db}", **(actions_env or {})}),
    )
    rasa = Process(
        "rasa",
        [
            str(rasa_bin),
            "run",
            "--enable-api",
            "--interface",
            HOST,
            "--port",
            str(rasa_port),
            "--model",
            str(model),
            "--endpoints",
            str(endpoints),
            "--credentials",
            credentials,
            *rasa_args,  # e.g. ("--cors", "*") for the web page on another port
        ],
        root,
        workdir / "rasa.log",
        _env(**(rasa_env or {})),
    )
    health = f"http://{HOST}:{actions_port}/health"
    assistant = Assistant(actions, rasa, f"http://{HOST}:{rasa_port}", db, health)
    try:
        actions.start()
        rasa.start()  # load the model while the action server boots
        actions.wait_ready(health, lambda r: r.status_code == 200)
        rasa.wait_ready(f"{assistant.url}/status", _rasa_ready)
        yield assistant
    finally:
        assistant.stop()


@contextmanager
def running_with_channel_env(model: Path, workdir: Path, env: dict[str, str]) -> Iterator[Assistant]:
    """The assistant with the credentials `deploy/credentials.py` writes for `env`, which Rasa
    also sees (the file holds `${VAR}` placeholders that Rasa resolves at start-up)."""
    saved = {key: os.environ.get(key) for key in env}
    os.environ.update(env)
    try:
        credentials = workdir / "credentials.yml"
        subprocess.run([sys.executable, "deploy/credentials.py", str(credentials)], cwd=ROOT,
                       check=True)
        with running_assistant(model, workdir, credentials=str(credentials)) as running:
            yield running
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
