from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from .servers import ROOT, Assistant, newest_model, running_assistant


@pytest.fixture(scope="session")
def trained_model() -> Path:
    subprocess.run(["make", "-s", "train"], cwd=ROOT, check=True)
    return newest_model(ROOT)


@pytest.fixture(scope="session")
def assistant(trained_model: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Assistant]:
    with running_assistant(trained_model, tmp_path_factory.mktemp("e2e")) as running:
        yield running
