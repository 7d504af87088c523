"""The network graph: its nodes are the model's units, a weight's sign picks its edge's
colour, each 2-D unit draws its own map, hovering tells a unit's incoming weights, and
clicking a layer selects its row in the editor."""

from dataclasses import replace

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from core.model import graph, insight, templates
from core.model.events import Snapshot
from core.model.graph import Column
from core.model.insight import Ranges
from gui.network_graph import NEGATIVE, POSITIVE, NetworkGraph, edge_colour

COLUMNS = [
    Column("Input", 0, 1, ""),
    Column("1 Dense", 1, 2, "tanh"),
    Column("Output", 2, 1, "sigmoid"),
]


def one_snapshot(first: np.ndarray, out: np.ndarray, maps=None) -> Snapshot:
    ranges, values = Ranges(), np.linspace(-1, 1, 64).reshape(32, 2)
    layers = []
    for label, activation, kernel in (("1 Dense", "tanh", first), ("Output", "sigmoid", out)):
        seen = insight.layer_snapshot(label, activation, values, ranges, kernel=kernel)
        wired = graph.wiring(kernel, kernel.shape[0])
        layers.append(replace(seen, wiring=wired, maps=maps if label == "1 Dense" else None))
    return Snapshot(5, 0.5, tuple(layers))


def drawn(view: NetworkGraph):
    return view.grab().toImage()


def hue_at(image, point) -> str:
    colour = QColor(image.pixel(int(point.x()), int(point.y())))
    if colour.blue() > colour.red() + 40:
        return "blue"
    if colour.red() > colour.blue() + 40:
        return "orange"
    return "neither"


def midpoint(view: NetworkGraph, column: int, source: int, target: int):
    a = view.node_rects(column - 1)[source]
    b = view.node_rects(column)[target]
    return (a.topRight() + b.topLeft() + a.bottomRight() + b.bottomLeft()) / 4


def test_a_weights_sign_picks_its_edge_colour(qtbot):
    view = NetworkGraph()
    qtbot.addWidget(view)
    view.resize(600, 400)
    view.set_columns(COLUMNS)
    before = drawn(view)
    assert hue_at(before, midpoint(view, 1, 0, 0)) == "neither"  # no weights yet: grey
    view.show_snapshot(one_snapshot(np.array([[0.8, -0.8]]), np.array([[-0.5], [0.5]])))
    image = drawn(view)
    assert hue_at(image, midpoint(view, 1, 0, 0)) == "blue"
    assert hue_at(image, midpoint(view, 1, 0, 1)) == "orange"
    assert hue_at(image, midpoint(view, 2, 0, 0)) == "orange"
    assert hue_at(image, midpoint(view, 2, 1, 0)) == "blue"
    assert edge_colour(0.1) == POSITIVE and edge_colour(-0.1) == NEGATIVE


def test_each_unit_draws_its_own_map_over_the_plane(qtbot):
    view = NetworkGraph()
    qtbot.addWidget(view)
    view.resize(600, 400)
    view.set_columns(COLUMNS)
    n = graph.GRID // graph.MAP_STEP
    maps = np.stack([np.ones((n, n)), -np.ones((n, n))]).astype(np.float16)  # unit 1 +, unit 2 -
    view.show_snapshot(one_snapshot(np.array([[0.8, -0.8]]), np.array([[0.5], [0.5]]), maps))
    image = drawn(view)
    first, second = view.node_rects(1)
    assert hue_at(image, first.center()) == "blue" and hue_at(image, second.center()) == "orange"


def test_hovering_a_unit_tells_its_incoming_weights_and_a_snapshot_must_fit(qtbot):
    view = NetworkGraph()
    qtbot.addWidget(view)
    view.set_columns(COLUMNS)
    assert "show once the network is built" in view.describe(1, 0)
    view.show_snapshot(one_snapshot(np.array([[0.8, -0.8]]), np.array([[-0.5], [0.25]])))
    assert "incoming weights: -0.500, +0.250" in view.describe(2, 0)
    view.set_columns([*COLUMNS[:2], Column("2 Dense", 2, 3, "relu"), COLUMNS[2]])
    assert view.snapshot is None  # another network: the old weights are not drawn on it
    view.set_columns(COLUMNS)
    view.show_snapshot(one_snapshot(np.array([[0.8, -0.8]]), np.array([[-0.5], [0.25]])))
    view.set_columns([COLUMNS[0], Column("1 Dense", 1, 4, "tanh"), COLUMNS[2]])  # widened
    assert view.snapshot is None and view.describe(1, 3).startswith("1 Dense · unit 4")


@pytest.mark.slow
def test_the_graph_is_the_models_and_clicking_a_layer_selects_its_row(make_window, qtbot):
    experiment = templates.load("playground_spiral")
    window = make_window(experiment)
    with qtbot.waitSignal(window.controller.previewReady, timeout=120_000) as ready:
        pass
    view = window.graphs.left
    window.tabs.setCurrentWidget(view)
    nodes = [len(view.node_rects(i)) for i in range(len(view.columns))]
    assert nodes == [4, 16, 16, 8, 2]  # x1, x2, sin x1, sin x2; the layers; two classes
    assert view.snapshot is ready.args[0] and window.graphs.right.snapshot is ready.args[0]
    assert view.snapshot.layers[0].maps.shape[0] == 16
    third = view.node_rects(3)[0].center().toPoint()
    qtbot.mouseClick(view, Qt.LeftButton, pos=third)
    assert window.tabs.currentWidget() is window.editor
    assert window.editor.selected_layer() == 2  # the third dense layer
    assert window.graphs.right.selected_row == 3
    tip = window.graphs.right.describe(1, 0)
    weights = tip.split("incoming weights: ")[1].split(", ")
    assert tip.startswith("1 Dense · unit 1") and len(weights) == 4  # one from each input
    expected = view.snapshot.layers[0].wiring.mean[:, 0]
    np.testing.assert_allclose([float(w) for w in weights], expected, atol=5e-4)


@pytest.mark.slow
@pytest.mark.parametrize("stem", [stem for stem, _ in templates.TEMPLATES])
def test_every_template_draws_and_every_node_describes_itself(qtbot, stem):
    from core.engine import training
    from core.model.plan import Plan

    plan = Plan(templates.load(stem))
    snapshot = training.prepare(plan, preview=True)[2].snapshot(0, 0.0)
    view = NetworkGraph()
    qtbot.addWidget(view)
    view.resize(700, 450)
    view.set_columns(graph.columns(plan))
    view.show_snapshot(snapshot)
    assert view.snapshot is snapshot  # the columns are the model's probed layers
    assert not view.grab().isNull()
    for index, column in enumerate(view.columns):
        assert len(view.node_rects(index)) == column.nodes
        for node in range(column.nodes):
            assert view.describe(index, node).startswith(column.label)


def test_a_flattened_images_weights_are_grouped_by_its_channels():
    kernel = np.zeros((4 * 4 * 2, 3), dtype=np.float32)  # Flatten of 4x4x2, into 3 units
    kernel[0::2] = 1.0  # every pixel's channel 0
    kernel[1::2] = -1.0  # every pixel's channel 1
    wired = graph.wiring(kernel, sources=2)
    np.testing.assert_array_equal(wired.mean, [[1.0] * 3, [-1.0] * 3])
