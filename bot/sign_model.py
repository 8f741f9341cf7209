"""A learned third opinion for the safety net: does the message describe an acute sign?

Rules (bot.screening) confirm named signs and the cue patterns (bot.suspicion) catch the usual
ways of describing them, but every fresh set of messages written by someone who never saw them
holds descriptions neither knows ("the left half of the world has been rubbed out", "my glove is
loose on that hand"). This model learns from the labelled messages the project has: the NLU
examples and the red-flag sets `make eval` scores (long, real-looking posts, with the negated,
family, hypothetical and past mentions labelled as not acute). Like the cues it never escalates:
it only chooses a flag whose check question the assistant asks, and only when neither the rules
nor the cues found anything acute, or when the rules found an urgent flag and it is sure of an
emergency one (AFTER_URGENT_FLAG); "yes" escalates, "no" carries on.

Two parts, both logistic regression over word 1-2-gram and char_wb 2-5-gram counts:
- the gate: is an emergency or urgent sign described (labels: each case's expected level and
  category; the `emergency` and `urgent_symptom` intents' examples);
- which flag to ask about: one model per acute flag (one-vs-rest; a single multinomial model
  over the acute cases asked the right flag no more often), labelled with the case's `flag:`
  where one was named by hand (acute cases in which the rules and cues find nothing of their
  level), else with the flags the rules and cues find.

Its thresholds were chosen on the tenth held-out set with the model trained on the other sets
(GATE and FLAG below). The sets it learns from stop being fair measures of the safety net; a new
blind set is one (evaluation.red_flags.PENDING_SETS are never learned from). It knows nothing
of negation: near-misses in plain words ("out of breath climbing stairs", "legs like jelly after
leg day") can get a question, and on the blind sets first measured with it 2 to 4 of about 50
negative cases did.

Built by `make train` (python -m bot.sign_model build) into `.cache/sign_model/<hash>.pkl`, the
hash of everything the labels depend on, so a change of data, rules or vocabulary rebuilds it;
a process that finds no current build trains one (about 20 s) and saves it.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import re
import sys
import tempfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Set, Tuple

import yaml

from bot.kb import Level, get_kb

logger = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parents[1]
CASES_DIR = ROOT / "tests" / "nlu"
# the red-flag sets evaluation.red_flags.CASE_SETS scores (a test keeps the two lists equal);
# never a pending blind set
TRAINING_SETS = ["red_flag_cases.yml", "red_flag_holdout.yml"] + [
    f"red_flag_holdout_{n}.yml" for n in range(2, 78)]
POSITIVE = ("flag", "other_person_now")
ACUTE_INTENTS = ("emergency", "urgent_symptom")
ACUTE_LEVELS = ("urgent", "emergency")
# Ask when the gate is this sure, about the acute flag whose own model scores highest if it
# scores at least FLAG. Chosen on the tenth set with the model trained on the others
# (`python -m evaluation.sign_model`): with the rules and cues the rule layer caught or asked
# 31 of its 60 present signs, with this model 54, asking the flag named by hand in 19 of the 28
# cases they miss, and none of its 45 negative cases got a question (the gate at 0.5: one did).
# FLAG was 0.0 until the gate, retrained with the eighteenth set, passed 0.71 on a dev
# vignette's "I think my new water pills are making my legs twitch" and asked about weakness
# (its own model: 0.05). At 0.1, leaving the sixteenth and seventeenth sets out in turn, one
# case of each lost its question (60 -> 59 of 64, 58 -> 57 of 60); negatives asked the same.
GATE = 0.7
FLAG = 0.1
# After an urgent flag the gate only repeats what is known, so an emergency flag is asked about
# when its own model is this sure. Chosen leaving each of sets 6-15 out in turn: of the 21
# cases in which the rules found urgent and the case was an emergency, 15 got a question (14 the
# flag named by hand); 4 of the 178 other cases found urgent got one (0.5: 16 and 6; 0.9: 14 and 1)
AFTER_URGENT_FLAG = 0.7
CACHE = ROOT / ".cache" / "sign_model"


@dataclass(frozen=True)
class Example:
    text: str
    acute: bool
    flag: Optional[str] = None  # given by hand; else the rules' and cues' flags are the labels


@dataclass(frozen=True)
class Guess:
    flag: str
    gate: float  # probability that an acute sign is described
    score: float  # the flag model's probability


def nlu_examples() -> List[Tuple[str, str]]:
    """(text, intent) of every NLU example in data/nlu, entity markup removed."""
    out = []
    for path in sorted((ROOT / "data" / "nlu").glob("*.yml")):
        for block in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("nlu") or []:
            if "intent" not in block:
                continue
            for line in str(block.get("examples") or "").splitlines():
                line = line.strip()
                if line.startswith("- "):
                    text = re.sub(r"\[([^\]]*)\]\([^)]*\)|\[([^\]]*)\]\{[^}]*\}", r"\1\2",
                                  line[2:])
                    out.append((text, block["intent"]))
    return out


def labelled_cases(names: Iterable[str] = TRAINING_SETS) -> List[Example]:
    """The red-flag sets' cases: acute = a present sign expected urgent or above; `flag:` names
    an acute case's flag by hand (needed where the rules and cues find none of its level in it;
    the writers of sets 31 to 77 named acute cases' flags)."""
    out = []
    acute_ids = acute_flags()
    for name in names:
        for case in yaml.safe_load((CASES_DIR / name).read_text(encoding="utf-8")):
            acute = case["category"] in POSITIVE and case["expect"] in ACUTE_LEVELS
            flag = case.get("flag")
            if flag is not None and (not acute or flag not in acute_ids):
                raise ValueError(f"{name}: `flag: {flag}` on a case that is not acute, or not an "
                                 f"acute flag: {case['text'][:60]}")
            out.append(Example(str(case["text"]), acute, flag))
    return out


def acute_flags() -> List[str]:
    return [f.id for f in get_kb().red_flags.values()
            if f.level in (Level.emergency, Level.urgent)]


def _rule_flags(text: str) -> Set[str]:
    """Acute flags the rules confirm or the cues suspect (never this model: it is training)."""
    from bot.mentions import mentions_from_doc
    from bot.nlp import forget_context, parse_message
    from bot.screening import screen_mentions
    from bot.suspicion import suspect_doc

    doc = parse_message(text)
    mentions = mentions_from_doc(doc)
    suspected = suspect_doc(doc, doc.text, mentions)
    found = set(screen_mentions(mentions).flags) | {s.flag for s in suspected}
    forget_context(doc)
    return found & set(acute_flags())


class SignModel:
    def __init__(self, examples: List[Example]) -> None:
        import numpy as np
        from sklearn.feature_extraction.text import CountVectorizer
        from sklearn.linear_model import LogisticRegression
        from sklearn.pipeline import FeatureUnion

        texts = [e.text for e in examples]
        self.features = FeatureUnion([
            ("words", CountVectorizer(ngram_range=(1, 2), lowercase=True)),
            ("chars", CountVectorizer(analyzer="char_wb", ngram_range=(2, 5), lowercase=True,
                                      min_df=2))])
        x = self.features.fit_transform(texts)
        self.gate = LogisticRegression(max_iter=3000, class_weight="balanced").fit(
            x, np.array([e.acute for e in examples]))
        flags = [({e.flag} if e.flag else _rule_flags(e.text)) if e.acute else set()
                 for e in examples]
        self.flags: Dict[str, object] = {}
        for flag in acute_flags():
            y = np.array([flag in found for found in flags])
            if y.sum() >= 2:  # a flag no case teaches is left to the rules and cues
                self.flags[flag] = LogisticRegression(
                    max_iter=3000, class_weight="balanced").fit(x, y)

    def guess(self, text: str, above: Optional[Level] = None, gate_at: float = GATE,
              flag_at: float = FLAG) -> Optional[Guess]:
        """The flag to ask about, or None: only flags more severe than `above`."""
        if above is not None and above.rank >= Level.urgent.rank:
            flag_at = max(flag_at, AFTER_URGENT_FLAG)
        x = self.features.transform([text])
        gate = float(self.gate.predict_proba(x)[0, 1])
        if gate < gate_at:
            return None
        kb = get_kb()
        scores = {flag: float(model.predict_proba(x)[0, 1]) for flag, model in self.flags.items()
                  if above is None or kb.red_flags[flag].level.rank > above.rank}
        if not scores:
            return None
        flag, score = max(scores.items(), key=lambda item: item[1])
        return Guess(flag, gate, score) if score >= flag_at else None


def training_examples(names: Iterable[str] = TRAINING_SETS) -> List[Example]:
    return [Example(t, intent in ACUTE_INTENTS) for t, intent in nlu_examples()] + (
        labelled_cases(names))


def content_hash() -> str:
    """Everything the model or its labels depend on: data, rules, vocabulary, this module."""
    digest = hashlib.sha256()
    sources = sorted((ROOT / "bot").rglob("*.py")) + sorted(
        (ROOT / "bot" / "knowledge").glob("*.yml")) + sorted(
        (ROOT / "data" / "nlu").glob("*.yml")) + [CASES_DIR / n for n in TRAINING_SETS]
    for source in sources:
        digest.update(source.relative_to(ROOT).as_posix().encode())
        digest.update(source.read_bytes())
    return digest.hexdigest()[:12]


def build() -> Path:
    """Train and save the model unless the current build exists; its path."""
    path = CACHE / f"{content_hash()}.pkl"
    if path.exists():
        return path
    model = SignModel(training_examples())
    CACHE.mkdir(parents=True, exist_ok=True)
    # written aside then renamed: two processes building at once never read half a file
    fd, tmp = tempfile.mkstemp(dir=CACHE, suffix=".tmp")
    with os.fdopen(fd, "wb") as out:
        pickle.dump(model, out)
    os.replace(tmp, path)
    for old in CACHE.glob("*.pkl"):
        if old != path:
            old.unlink(missing_ok=True)
    return path


@lru_cache(maxsize=1)
def get_model() -> SignModel:
    path = CACHE / f"{content_hash()}.pkl"
    if not path.exists():
        logger.warning("no current sign model in %s: training one (run `make train`)", CACHE)
        path = build()
    with path.open("rb") as source:  # our own build, named by the hash of its inputs
        return pickle.load(source)


def guess(text: str, above: Optional[Level] = None) -> Optional[Guess]:
    return get_model().guess(text, above) if text.strip() else None


if __name__ == "__main__":
    if sys.argv[1:] != ["build"]:
        sys.exit("usage: python -m bot.sign_model build")
    from bot.sign_model import build as build_here  # pickled as bot.sign_model.SignModel

    print(build_here().relative_to(ROOT))
