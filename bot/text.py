"""Tokens with character offsets and lemmas, shared by every matcher in bot/.

Lemmas come from spaCy's English lookup table (spacy-lookups-data, read directly so that matching
does not import spaCy): "twitching" and "twitches" both become "twitch", "calves" and "calf" stay
comparable as long as both forms are listed, and synonyms go through the same function as the
user's words, so the two always agree.
"""

from __future__ import annotations

import functools
import gzip
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, List, Tuple

# Apostrophe variants people type on phones; folded so "can’t" matches "can't".
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'"})
_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)*|[?!.,;:()]")
# Contractions folded to one spelling so synonym lists need only one form.
_CONTRACTIONS = {
    "can't": "cannot", "cant": "cannot", "cannot": "cannot", "couldn't": "cannot",
    "couldnt": "cannot", "won't": "wont", "don't": "dont", "doesn't": "doesnt",
    "didn't": "didnt", "isn't": "isnt", "aren't": "arent", "wasn't": "wasnt",
    "haven't": "havent", "hasn't": "hasnt", "i'm": "im", "it's": "its", "i've": "ive",
}
MAX_MESSAGE_CHARS = 5000


@dataclass(frozen=True)
class Token:
    text: str  # lower-cased surface form
    lemma: str
    start: int  # character offsets in the original message
    end: int

    @property
    def is_punct(self) -> bool:
        return not self.text[0].isalnum()


@functools.lru_cache(maxsize=1)
def _lemma_table() -> Dict[str, str]:
    import spacy_lookups_data

    path = Path(spacy_lookups_data.__file__).parent / "data" / "en_lemma_lookup.json.gz"
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return json.load(handle)


def clean(text: str) -> str:
    """Fold apostrophes one character for one, so offsets into the message stay valid."""
    return (text or "")[:MAX_MESSAGE_CHARS].translate(_APOSTROPHES)


def lemma(word: str) -> str:
    if word in _CONTRACTIONS:
        return _CONTRACTIONS[word]
    if word.endswith("'s"):
        word = word[:-2]
    return _lemma_table().get(word, word)


def tokenize(text: str) -> List[Token]:
    cleaned = clean(text)
    lowered = cleaned.lower()
    # lower() can change length for a few scripts; fall back to the cleaned text then
    source = lowered if len(lowered) == len(cleaned) else cleaned
    return [
        Token(m.group(0).lower(), lemma(m.group(0).lower()), m.start(), m.end())
        for m in _TOKEN.finditer(source)
    ]


def lemmas_of(phrase: str) -> Tuple[str, ...]:
    return tuple(token.lemma for token in tokenize(phrase) if not token.is_punct)
