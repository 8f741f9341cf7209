from __future__ import annotations

from typing import Any

import pytest

from .servers import Assistant
from .vignettes import DEFAULT_FILE, load_vignettes, play

pytestmark = pytest.mark.e2e

VIGNETTES = load_vignettes(DEFAULT_FILE)


@pytest.mark.parametrize("vignette", VIGNETTES, ids=[str(v["id"]) for v in VIGNETTES])
def test_vignette(assistant: Assistant, vignette: dict[str, Any]) -> None:
    result = play(assistant, vignette)
    assert result.passed, result.describe()
