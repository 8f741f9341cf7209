"""NGramIntentClassifier: the probabilities are scikit-learn's, it survives a save and load, and
odd input (empty, emoji, unknown words) still gets a full ranking."""

from __future__ import annotations

import numpy as np
import pytest
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
from sklearn.feature_extraction.text import CountVectorizer
from sklearn.linear_model import LogisticRegression

from bot.components.intent_classifier import NGramIntentClassifier, ngram_analyzer

EXAMPLES = {
    "greet": ["hi", "hello there", "hey", "good morning", "hiya"],
    "thank": ["thanks", "thank you so much", "cheers", "thx", "many thanks"],
    "ask_cause": ["why does my eye twitch", "what causes twitching", "why is my lid jumping",
                  "what makes muscles twitch", "reason for eyelid twitching"],
}


def _data(examples: dict[str, list[str]]) -> TrainingData:
    return TrainingData([Message(data={"text": t, "intent": i})
                         for i, texts in examples.items() for t in texts])


def _trained(tmp_path, examples=EXAMPLES) -> tuple[NGramIntentClassifier, LocalModelStorage, Resource]:  # noqa: ANN001
    storage = LocalModelStorage(tmp_path)
    resource = Resource("intent")
    context = ExecutionContext(GraphSchema({}), "test")
    component = NGramIntentClassifier.create({"max_iter": 300}, storage, resource, context)
    component.train(_data(examples))
    return component, storage, resource


def _sklearn_probabilities(examples: dict[str, list[str]], texts: list[str]) -> tuple[list, np.ndarray]:
    """The same model trained and applied the ordinary scikit-learn way."""
    vectorizer = CountVectorizer(analyzer=ngram_analyzer(2, 4))
    data = _data(examples).intent_examples
    clf = LogisticRegression(max_iter=300, class_weight="balanced", random_state=42)
    clf.fit(vectorizer.fit_transform([m.get("text") for m in data]), [m.get("intent") for m in data])
    return list(clf.classes_), clf.predict_proba(vectorizer.transform(texts))


TEXTS = ["why does my eyelid twitch?", "thanks a lot", "HELLO", "", "🙂🙂", "unknownword xyz",
         "<script>alert(1)</script>", "mi ojo tiembla"]


def test_probabilities_equal_scikit_learns(tmp_path) -> None:  # noqa: ANN001
    component, _, _ = _trained(tmp_path)
    classes, expected = _sklearn_probabilities(EXAMPLES, TEXTS)
    assert component.intents == classes
    got = np.array([component.probabilities(t) for t in TEXTS])
    assert np.allclose(got, expected, atol=1e-9)


def test_binary_model_equals_scikit_learns(tmp_path) -> None:  # noqa: ANN001
    two = {k: EXAMPLES[k] for k in ("greet", "thank")}
    component, _, _ = _trained(tmp_path, two)
    _, expected = _sklearn_probabilities(two, TEXTS)
    assert np.allclose([component.probabilities(t) for t in TEXTS], expected, atol=1e-9)


def test_process_sets_intent_and_ranking_after_save_and_load(tmp_path) -> None:  # noqa: ANN001
    trained, storage, resource = _trained(tmp_path)
    context = ExecutionContext(GraphSchema({}), "test")
    loaded = NGramIntentClassifier.load({"max_iter": 300}, storage, resource, context)
    for text in TEXTS:
        before = trained.process([Message(data={"text": text})])[0]
        after = loaded.process([Message(data={"text": text})])[0]
        assert after.get("intent") == before.get("intent")
        ranking = after.get("intent_ranking")
        assert len(ranking) == 3 and sum(r["confidence"] for r in ranking) == pytest.approx(1.0)
        assert ranking[0] == after.get("intent")
    message = loaded.process([Message(data={"text": "why do my eyelids twitch so much"})])[0]
    assert message.get("intent")["name"] == "ask_cause"


def test_untrained_component_leaves_messages_alone(tmp_path) -> None:  # noqa: ANN001
    component, _, _ = _trained(tmp_path, {})
    message = component.process([Message(data={"text": "hi"})])[0]
    assert message.get("intent") is None


def test_words_only_variant_has_no_character_features() -> None:
    assert ngram_analyzer(2, 0)("Eye twitch") == ["w:eye", "w:twitch"]
    assert "c:ey" in ngram_analyzer(2, 4)("Eye twitch")


def test_features_are_read_from_the_tokenizers_lemmas() -> None:
    from rasa.nlu.tokenizers.tokenizer import Token

    from bot.components.intent_classifier import featurised_text

    message = Message(data={"text": "My eyes were twitching 3 days"})
    assert featurised_text(message) == "my eyes were twitching __number__ days"
    words = ["My", "eyes", "were", "twitching", "3", "days"]
    lemmas = ["my", "eye", "be", "twitch", "3", "day"]
    message.set("text_tokens", [Token(w, 0, lemma=lemma) for w, lemma in zip(words, lemmas)])
    assert featurised_text(message) == "my eye be twitch __number__ day"
