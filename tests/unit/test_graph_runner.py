"""The in-order graph runner (server/patches.py) gives what Rasa's dask runner gives."""

from __future__ import annotations

from typing import Any

import pytest
from rasa.engine.exceptions import GraphRunError
from rasa.engine.graph import ExecutionContext, GraphComponent, GraphSchema, SchemaNode
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.runner.dask import DaskGraphRunner

import server  # noqa: F401  (applies the patches, as Rasa's start-up does)
from server.patches import RASA_GRAPH_RUN, run_graph_in_order

CALLS: list[str] = []


class Step(GraphComponent):
    """Records its call and returns its inputs with its own label appended."""

    def __init__(self, label: str) -> None:
        self.label = label

    @classmethod
    def create(cls, config: dict[str, Any], model_storage: Any, resource: Any,
               execution_context: Any) -> Step:
        return cls(config["label"])

    def run(self, a: Any = None, b: Any = None) -> list:
        CALLS.append(self.label)
        return [a, b, self.label]


def node(label: str, **needs: str) -> SchemaNode:
    return SchemaNode(needs=needs, uses=Step, constructor_name="create", fn="run",
                      config={"label": label})


SCHEMA = GraphSchema({
    "parse": node("parse", a="__message__"),
    "extract": node("extract", a="parse", b="__tracker__"),
    "predict": node("predict", a="parse", b="extract"),
    "unused": node("unused", a="__message__"),
})


@pytest.fixture
def runner(tmp_path) -> DaskGraphRunner:  # noqa: ANN001
    return DaskGraphRunner(SCHEMA, LocalModelStorage(tmp_path), ExecutionContext(SCHEMA, "m"))


@pytest.mark.parametrize("inputs, targets", [
    ({"__message__": "hi", "__tracker__": "t"}, ["predict"]),
    ({"__message__": "hi", "__tracker__": "t"}, ["predict", "extract"]),
    ({"__message__": "hi", "__tracker__": "t"}, None),  # no targets: the schema's leaves
])
def test_same_results_and_calls_as_rasas_runner(runner, inputs, targets) -> None:  # noqa: ANN001
    CALLS.clear()
    expected = RASA_GRAPH_RUN(runner, inputs, targets)
    rasa_calls = sorted(CALLS)
    CALLS.clear()
    assert run_graph_in_order(runner, inputs, targets) == expected
    assert sorted(CALLS) == rasa_calls  # every needed node once, nothing else
    assert "unused" not in CALLS or targets is None
    CALLS.clear()
    run_graph_in_order(runner, inputs, targets)  # the cached order runs the same nodes again
    assert sorted(CALLS) == rasa_calls


def test_results_depend_on_the_inputs_of_each_call(runner) -> None:  # noqa: ANN001
    first = run_graph_in_order(runner, {"__message__": "one", "__tracker__": "t"}, ["predict"])
    second = run_graph_in_order(runner, {"__message__": "two", "__tracker__": "t"}, ["predict"])
    assert first["predict"][0] == ["one", None, "parse"]
    assert second["predict"][0] == ["two", None, "parse"]
    assert first["predict"][1] == [["one", None, "parse"], "t", "extract"]


def test_a_missing_input_fails_as_with_rasas_runner(runner) -> None:  # noqa: ANN001
    for run in (RASA_GRAPH_RUN, run_graph_in_order):
        with pytest.raises(GraphRunError, match="Missing input"):
            run(runner, {"__message__": "hi"}, ["predict"])


def test_an_input_named_like_a_node_is_refused(runner) -> None:  # noqa: ANN001
    with pytest.raises(GraphRunError):
        run_graph_in_order(runner, {"parse": "x"}, ["predict"])
