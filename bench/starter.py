"""The `rasa init` starter assistant: created once with the same Rasa, trained, cached.

It lives in .cache/starter (git-ignored). Its actions/actions.py registers nothing, but the
benchmark still starts `rasa run actions` for it so that both setups are alike.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.e2e.servers import Assistant, default_rasa_bin, newest_model, running_assistant

from .load import Conversation, Turn

ROOT = Path(__file__).resolve().parents[1]
STARTER = ROOT / ".cache" / "starter"
INIT_TIMEOUT = 900  # seconds; the starter trains TED and DIET (about 1.5 min on 2 cores)


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.update(RASA_TELEMETRY_ENABLED="false", TF_CPP_MIN_LOG_LEVEL="3")
    return env


def starter_model(root: Path = STARTER) -> Path | None:
    try:
        return newest_model(root)
    except FileNotFoundError:
        return None


def ensure_starter(log: Path, root: Path = STARTER) -> Path:
    """The starter's trained model, creating and training the project the first time only."""
    model = starter_model(root)
    if model is not None:
        return model
    rasa = str(default_rasa_bin(ROOT))
    log.parent.mkdir(parents=True, exist_ok=True)
    with open(log, "ab") as out:
        if (root / "domain.yml").exists() and (root / "actions" / "__init__.py").exists():
            # The project is there but its training was interrupted: train it again.
            args, cwd = [rasa, "train"], root
        else:
            shutil.rmtree(root, ignore_errors=True)
            root.mkdir(parents=True)  # rasa init refuses a folder that does not exist
            args, cwd = [rasa, "init", "--no-prompt", "--init-dir", str(root)], ROOT
        print(f"creating the starter assistant in {root} (once): {' '.join(args[1:])}")
        subprocess.run(
            args, cwd=cwd, env=_env(), stdout=out, stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL, check=True, timeout=INIT_TIMEOUT,
        )
    model = starter_model(root)
    if model is None:
        raise RuntimeError(f"rasa init left no model in {root / 'models'} (see {log})")
    return model


@contextmanager
def running_starter(model: Path, workdir: Path, root: Path = STARTER) -> Iterator[Assistant]:
    """Its action server (`--actions actions`: the starter's empty package) and Rasa."""
    with running_assistant(model, workdir, root=root) as assistant:
        yield assistant


# Its own dialogue (data/stories.yml and rules.yml): greet, a mood, affirm/deny, goodbye,
# the bot challenge. Every reply is a domain response; the first message of a conversation
# also runs the default action_session_start (not a custom action here).
_OPENING, _REPLY = "opening", "no_action"
CONVERSATIONS: list[Conversation] = [
    [Turn("hi", _OPENING), Turn("I am sad", _REPLY), Turn("yes", _REPLY),
     Turn("bye", _REPLY)],
    [Turn("hello there", _OPENING), Turn("I am feeling very good", _REPLY),
     Turn("are you a bot?", _REPLY), Turn("goodbye", _REPLY)],
    [Turn("hey", _OPENING), Turn("my day was horrible", _REPLY), Turn("no", _REPLY),
     Turn("see you later", _REPLY)],
]
