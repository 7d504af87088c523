"""The network graph's columns come from the spec; a kernel is reduced to edges that
keep each weight where there is room and its sign and size where there is not."""

import numpy as np

from core.model import graph, templates
from core.model.plan import Plan


def test_columns_follow_the_network_input_probed_layers_output():
    plan = Plan(templates.default_experiment())
    columns = graph.columns(plan)
    assert [c.label for c in columns] == ["Input", *plan.probe_labels()]
    assert columns[0].units == 64 and columns[0].summarised and columns[0].nodes == 1
    assert columns[-1].units == 10 and not columns[-1].summarised
    assert columns[-1].row == len(plan.experiment.layers) + 1
    assert [c.row for c in columns[1:-1]] == [
        i + 1 for i, layer in enumerate(plan.experiment.layers) if layer.kind == "dense"
    ]


def test_a_residual_block_is_a_skip():
    plan = Plan(templates.load("small_resnet"))
    assert any(c.skip for c in graph.columns(plan))


def test_narrow_layers_keep_every_weight_with_its_sign():
    kernel = np.array([[0.5, -0.25], [-1.0, 2.0], [0.1, -0.1]], dtype=np.float32)
    wired = graph.wiring(kernel, sources=3)
    np.testing.assert_array_equal(wired.mean, kernel)
    np.testing.assert_array_equal(wired.size, np.abs(kernel))


def test_a_wide_side_is_summed_up_in_one_edge_per_narrow_unit():
    rng = np.random.default_rng(0)
    kernel = rng.normal(size=(64, 3)).astype(np.float32)
    wired = graph.wiring(kernel, sources=64)  # 64 inputs: one summarised node
    assert wired.mean.shape == (1, 3)
    np.testing.assert_allclose(wired.mean[0], kernel.mean(axis=0), rtol=1e-5)
    np.testing.assert_allclose(wired.size[0], np.sqrt((kernel**2).mean(axis=0)), rtol=1e-5)
    wide = graph.wiring(rng.normal(size=(3, 3, 4, 32)), sources=4)  # a conv into 32 filters
    assert wide.mean.shape == (4, 1)


def test_unit_maps_take_each_units_outputs_over_the_grid():
    outputs = np.arange(graph.GRID * graph.GRID * 2, dtype=np.float32).reshape(-1, 2)
    maps = graph.unit_maps(outputs)
    n = graph.GRID // graph.MAP_STEP
    assert maps.shape == (2, n, n)
    assert maps[1, 0, 1] == outputs[graph.MAP_STEP, 1]  # along a row: x1 grows
    assert graph.unit_maps(np.zeros((graph.GRID**2, 17))) is None  # too wide to draw units
