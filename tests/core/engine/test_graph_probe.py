"""The graph is built on the real Keras model: its edges are the model's kernels, and
on 2-D data each unit's map is that layer's own output over the plane."""

import keras
import numpy as np

from core.engine import data, training
from core.model import graph, templates
from core.model.plan import Plan


def _prepared(name: str):
    plan = Plan(templates.load(name))
    _dataset, built, prober = training.prepare(plan, preview=True)
    return plan, built, prober, prober.snapshot(0, 0.0)


def test_nodes_and_edges_are_the_models_units_and_weights():
    plan, built, _prober, snapshot = _prepared("playground_spiral")
    columns = graph.columns(plan)
    assert len(columns) == len(snapshot.layers) + 1
    dense = [layer for layer in built.model.layers if isinstance(layer, keras.layers.Dense)]
    kernels = [d.kernel.numpy() for d in dense if d.name != "pca"]
    assert [c.units for c in columns[1:]] == [k.shape[1] for k in kernels]
    edges = sum(layer.wiring.mean.size for layer in snapshot.layers)
    assert edges == sum(k.size for k in kernels)  # narrow layers: one edge per weight
    for layer, kernel in zip(snapshot.layers, kernels, strict=True):
        np.testing.assert_array_equal(layer.wiring.mean, kernel)


def test_each_units_map_is_its_layers_output_over_the_plane():
    plan, built, prober, snapshot = _prepared("playground_spiral")
    plane = data.plane_features(graph.plane_grid(), plan.experiment.data.dataset.params)
    first = built.probes[0].layer_name
    outputs = keras.Model(built.model.inputs[0], built.model.get_layer(first).output)(plane)
    n = graph.GRID // graph.MAP_STEP
    expected = np.asarray(outputs).T.reshape(-1, graph.GRID, graph.GRID)[:, ::2, ::2]
    assert snapshot.layers[0].maps.shape == (16, n, n)
    np.testing.assert_allclose(snapshot.layers[0].maps, expected, atol=2e-3)
    assert snapshot.inputs.shape == (4, n, n)  # x1, x2, sin x1, sin x2
    np.testing.assert_allclose(
        snapshot.inputs[0, 0], graph.plane_grid()[: graph.GRID : 2, 0], atol=1e-3
    )
    assert prober.plane_output.shape == (graph.GRID**2, 2)  # and the boundary, same pass


def test_a_wide_network_has_no_maps_and_summarised_edges():
    _plan, _built, _prober, snapshot = _prepared("digits_mlp")
    assert snapshot.inputs is None and all(layer.maps is None for layer in snapshot.layers)
    assert snapshot.layers[0].wiring.mean.shape == (1, 1)  # 64 inputs into 64+ units
    assert snapshot.layers[-1].wiring.mean.shape[1] == 10  # into the 10 output units
