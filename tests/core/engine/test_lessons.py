"""The lessons' initialization experiment, read through LayerLab's own probes:
5 hidden layers x 100 sigmoid units, N(0, 1) inputs, no training."""

import dataclasses

import keras
import numpy as np
import pytest

from core.engine import builder
from core.engine.probes import Prober
from core.model import insight, spec
from core.model.plan import Plan
from core.model.spec import Layer, Pick


def probe_layers(digits, initializer: str, activation: str = "sigmoid"):
    dense = spec.default_layer("dense")
    params = {
        **dense.params,
        "units": 100,
        "activation": Pick(activation),
        "kernel_initializer": Pick(initializer),
    }
    exp = dataclasses.replace(digits, layers=tuple(Layer("dense", params) for _ in range(5)))
    keras.utils.set_random_seed(0)
    built = builder.build(Plan(exp))  # no standardization layer: the input is already N(0, 1)
    builder.compile_model(built, Plan(exp))
    x = np.random.default_rng(0).normal(size=(1000, 64)).astype(np.float32)
    snapshot = Prober(built, x, np.zeros(1000, dtype=np.int64)).snapshot(0, 0.0)
    return snapshot.layers[:5]


def test_std_1_saturates_every_layer(digits):
    for layer in probe_layers(digits, "large_gaussian"):
        assert layer.saturated > 0.5, layer


def test_std_001_clusters_around_one_half(digits):
    for layer in probe_layers(digits, "small_gaussian"):
        assert abs(layer.mean - 0.5) < 0.01
        assert layer.std < insight.THRESHOLDS.collapsed_std
        assert layer.saturated == 0.0


def test_xavier_keeps_every_layer_spread(digits):
    for layer in probe_layers(digits, "glorot_normal"):
        assert layer.saturated < 0.05
        assert layer.std > 0.05


@pytest.mark.parametrize(("initializer", "dead_at_most"), [("he_normal", 0.2)])
def test_relu_with_he_stays_alive(digits, initializer, dead_at_most):
    for layer in probe_layers(digits, initializer, "relu"):
        assert layer.dead <= dead_at_most
        assert layer.std > 0.1
