"""Intent classifier: logistic regression over word and character n-gram counts, featurised here.

Rasa's way (two CountVectorsFeaturizers feeding LogisticRegressionClassifier) builds per-token
sequence features nobody in this pipeline reads, runs several scikit-learn transforms and scipy
stacks per message: 3 ms of a 15 ms turn (py-spy under `make profile`). This component counts
the same kind of n-grams itself, trains scikit-learn's LogisticRegression with Rasa's settings,
and at run time scores a message with a dictionary lookup and one small matrix product.

Features (the same for training and prediction), as Rasa's CountVectorsFeaturizer makes them
by default: the text is the tokenizer's lemmas, lowercased, numbers replaced by __NUMBER__;
its words, and its character 2-4-grams inside word boundaries (`char_wb`, so typos still match).
The model is stored as plain arrays and JSON (no pickle).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable
from typing import Any

import numpy as np
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers import LABEL_RANKING_LENGTH
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.nlu.constants import TOKENS_NAMES
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
from sklearn.feature_extraction.text import CountVectorizer
from sklearn.linear_model import LogisticRegression

WORD_PATTERN = r"(?u)\b\w+\b"  # keeps one-letter words ("i", "u"): they carry intent in chat
NUMBER = re.compile(r"\b[0-9]+\b")


def featurised_text(message: Message) -> str:
    """The lemmas of the message's tokens, numbers as __NUMBER__, then lowercased (Rasa's
    CountVectorsFeaturizer with use_lemma); the raw text when it has no tokens."""
    tokens = message.get(TOKENS_NAMES[TEXT])
    text = " ".join(t.lemma for t in tokens) if tokens else message.get(TEXT) or ""
    return NUMBER.sub("__NUMBER__", text).lower()


def ngram_analyzer(min_char: int, max_char: int) -> Callable[[str], list[str]]:
    """text -> its features: 'w:<word>' and 'c:<char n-gram>' (lowercased); max_char 0 = words
    only."""
    words = CountVectorizer(token_pattern=WORD_PATTERN).build_analyzer()
    if not max_char:
        return lambda text: [f"w:{w}" for w in words(text)]
    chars = CountVectorizer(analyzer="char_wb", ngram_range=(min_char, max_char)).build_analyzer()

    def analyze(text: str) -> list[str]:
        return [f"w:{w}" for w in words(text)] + [f"c:{c}" for c in chars(text)]

    return analyze


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=True)
class NGramIntentClassifier(IntentClassifier, GraphComponent):
    """`name: bot.components.intent_classifier.NGramIntentClassifier` (needs no featurizer)."""

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {
            "min_char_ngram": 2,
            "max_char_ngram": 4,
            # LogisticRegressionClassifier's defaults in Rasa 3.6
            "max_iter": 100,
            "solver": "lbfgs",
            "tol": 1e-4,
            "random_state": 42,
            "ranking_length": LABEL_RANKING_LENGTH,
        }

    @staticmethod
    def required_packages() -> list[str]:
        return ["sklearn"]

    def __init__(self, config: dict[str, Any], model_storage: ModelStorage,
                 resource: Resource) -> None:
        self.config = {**self.get_default_config(), **config}
        self._model_storage = model_storage
        self._resource = resource
        self._analyze = ngram_analyzer(self.config["min_char_ngram"],
                                       self.config["max_char_ngram"])
        self.vocabulary: dict[str, int] = {}
        self.intents: list[str] = []
        self.coef = np.zeros((0, 0))  # intents x features
        self.intercept = np.zeros(0)

    @classmethod
    def create(cls, config: dict[str, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> NGramIntentClassifier:
        return cls(config, model_storage, resource)

    # ------------------------------------------------------------------ training
    def train(self, training_data: TrainingData) -> Resource:
        examples = [e for e in training_data.intent_examples if e.get(INTENT) and e.get(TEXT)]
        if not examples:
            return self._resource
        vectorizer = CountVectorizer(analyzer=self._analyze)
        x = vectorizer.fit_transform([featurised_text(e) for e in examples])
        clf = LogisticRegression(  # Rasa's LogisticRegressionClassifier settings
            solver=self.config["solver"], max_iter=self.config["max_iter"],
            class_weight="balanced", tol=self.config["tol"],
            random_state=self.config["random_state"],
        )
        clf.fit(x, [e.get(INTENT) for e in examples])
        self.vocabulary = {f: int(i) for f, i in vectorizer.vocabulary_.items()}
        self.intents = [str(c) for c in clf.classes_]
        if len(self.intents) == 2:  # binary: sklearn keeps one row for the second class
            self.coef = np.vstack([-clf.coef_[0], clf.coef_[0]]) / 2
            self.intercept = np.array([-clf.intercept_[0], clf.intercept_[0]]) / 2
        else:
            self.coef, self.intercept = clf.coef_, clf.intercept_
        self.persist()
        return self._resource

    # ------------------------------------------------------------------ prediction
    def probabilities(self, text: str) -> np.ndarray:
        """Softmax of the linear scores, as LogisticRegression.predict_proba (multinomial)."""
        counts = Counter(i for i in map(self.vocabulary.get, self._analyze(text)) if i is not None)
        scores = self.intercept.copy()
        if counts:
            columns = np.fromiter(counts.keys(), dtype=np.intp, count=len(counts))
            values = np.fromiter(counts.values(), dtype=float, count=len(counts))
            scores += self.coef[:, columns] @ values
        scores = np.exp(scores - scores.max())
        return scores / scores.sum()

    def process(self, messages: list[Message]) -> list[Message]:
        if not self.intents:
            return messages
        for message in messages:
            probabilities = self.probabilities(featurised_text(message))
            order = np.argsort(-probabilities, kind="stable")
            ranking = [{"name": self.intents[i], "confidence": float(probabilities[i])}
                       for i in order]
            message.set(INTENT, ranking[0], add_to_output=True)
            if self.config["ranking_length"] > 0:
                ranking = ranking[: self.config["ranking_length"]]
            message.set(INTENT_RANKING_KEY, ranking, add_to_output=True)
        return messages

    # ------------------------------------------------------------------ storage
    def persist(self) -> None:
        with self._model_storage.write_to(self._resource) as model_dir:
            (model_dir / "model.json").write_text(
                json.dumps({"vocabulary": self.vocabulary, "intents": self.intents}))
            np.save(model_dir / "coef.npy", self.coef)
            np.save(model_dir / "intercept.npy", self.intercept)

    @classmethod
    def load(cls, config: dict[str, Any], model_storage: ModelStorage, resource: Resource,
             execution_context: ExecutionContext, **kwargs: Any) -> NGramIntentClassifier:
        component = cls(config, model_storage, resource)
        try:
            with model_storage.read_from(resource) as model_dir:
                model = json.loads((model_dir / "model.json").read_text())
                component.vocabulary, component.intents = model["vocabulary"], model["intents"]
                component.coef = np.load(model_dir / "coef.npy", allow_pickle=False)
                component.intercept = np.load(model_dir / "intercept.npy", allow_pickle=False)
        except ValueError:  # nothing was trained (no intent examples)
            pass
        return component
