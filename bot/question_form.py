"""Is a message phrased as a question? Used to keep a statement full of facts ("I've had way
more coffee than usual") from being taken for a question when the classifier hesitates."""

from __future__ import annotations

import re

_QUESTION_START = re.compile(
    r"^\s*(?:(?:hi|hey|hello|ok|okay|so|and|but|also|um+|well)[\s,!.]+)*"
    r"(?:why|what|whats|what's|how|when|where|which|who|should|shall|is|isn't|are|am|can|could|"
    r"would|will|do|does|did|any|tell|explain|help|ways?\s+to|wondering|i\s+wonder|"
    r"is\s+it|could\s+it|difference|define|meaning)\b",
    re.IGNORECASE,
)


_QUESTION_INSIDE = re.compile(
    r"\b(?:should\s+i|do\s+i\s+need|is\s+it|is\s+this|could\s+it|could\s+this|can\s+it|"
    r"why|what|how\s+(?:do|can|should|to)|when\s+should)\b", re.IGNORECASE)


def looks_like_question(text: str) -> bool:
    text = text or ""
    return "?" in text or bool(_QUESTION_START.search(text) or _QUESTION_INSIDE.search(text))
