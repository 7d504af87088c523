import math

import keras
import numpy as np
import pytest

from core.engine import builder
from core.engine.data import Scaling
from core.model import catalog, shapes, spec, templates
from core.model.catalog.layers import activation_call
from core.model.plan import Plan
from core.model.spec import Layer, Pick


def layer(kind: str, **params) -> Layer:
    base = spec.default_layer(kind)
    return Layer(kind, {**base.params, **params})


def images(digits, *layers: Layer) -> spec.Experiment:
    from dataclasses import replace

    data = replace(digits.data, dataset=Pick("digits_images"))
    return replace(digits, data=data, layers=layers)


def test_default_model_matches_the_spec(digits):
    built = builder.build(Plan(digits))
    model = built.model
    dense = [la for la in model.layers if isinstance(la, keras.layers.Dense)]
    assert [d.units for d in dense] == [128, 64, 10]
    assert model.get_layer("l1_dense_act").get_config()["activation"] == "relu"
    assert model.get_layer("output").get_config()["activation"] == "softmax"
    assert model.get_layer("l2_dropout").rate == pytest.approx(0.1)
    assert model.output_shape == (None, 10)


def test_parameter_counts_match_keras(digits):
    infos = Plan(digits).infos()
    assert builder.build(Plan(digits)).model.count_params() == shapes.total_params(infos)


def test_conv_shapes_and_counts_match_keras(digits):
    exp = images(
        digits,
        layer("conv2d", filters=8, kernel_size=3, padding=Pick("same"), batch_norm=True),
        layer("max_pool2d", pool_size=2),
        layer("conv2d", filters=4, kernel_size=3, strides=2, padding=Pick("valid")),
        layer("flatten"),
        layer("dense", units=16),
    )
    built = builder.build(Plan(exp))
    infos = Plan(exp).infos()
    assert built.model.count_params() == shapes.total_params(infos)
    keras_shapes = [
        built.model.get_layer(name).output.shape[1:]
        for name in ("l1_conv2d_act", "l2_max_pool2d", "l3_conv2d_act", "l4_flatten", "l5_dense")
    ]
    assert [tuple(s) for s in keras_shapes] == [i.output_shape for i in infos[:-1]]


def test_batchnorm_and_dropout_toggles_expand_in_order(digits):
    exp = digits.with_layers((layer("dense", units=8, batch_norm=True, dropout=0.3),))
    names = [la.name for la in builder.build(Plan(exp)).model.layers]
    assert names[names.index("l1_dense") :] == [
        "l1_dense",
        "l1_dense_bn",
        "l1_dense_act",
        "l1_dense_dropout",
        "output_dense",
        "output",
    ]


@pytest.mark.parametrize(
    ("pick", "cls", "config"),
    [
        (Pick("large_gaussian"), keras.initializers.RandomNormal, {"stddev": 1.0}),
        (Pick("small_gaussian"), keras.initializers.RandomNormal, {"stddev": 0.01}),
        (Pick("gaussian", {"std": 0.3}), keras.initializers.RandomNormal, {"stddev": 0.3}),
        (Pick("uniform", {"limit": 0.2}), keras.initializers.RandomUniform, {"maxval": 0.2}),
        (Pick("constant", {"value": 0.5}), keras.initializers.Constant, {"value": 0.5}),
        (Pick("he_normal"), keras.initializers.HeNormal, {}),
        (Pick("glorot_uniform"), keras.initializers.GlorotUniform, {}),
        (Pick("lecun_normal"), keras.initializers.LecunNormal, {}),
    ],
)
def test_initializers_reach_keras(digits, pick, cls, config):
    exp = digits.with_layers((layer("dense", units=4, kernel_initializer=pick),))
    init = builder.build(Plan(exp)).model.get_layer("l1_dense").kernel_initializer
    assert isinstance(init, cls)
    for key, value in config.items():
        assert init.get_config()[key] == pytest.approx(value)


@pytest.mark.parametrize(
    ("pick", "check"),
    [
        (Pick("leaky_relu", {"alpha": 0.2}), lambda la: la.negative_slope == pytest.approx(0.2)),
        (Pick("elu", {"alpha": 0.5}), lambda la: la.alpha == pytest.approx(0.5)),
        (Pick("tanh"), lambda la: la.get_config()["activation"] == "tanh"),
    ],
)
def test_activations_reach_keras(digits, pick, check):
    exp = digits.with_layers((layer("dense", units=4, activation=pick),))
    assert check(builder.build(Plan(exp)).model.get_layer("l1_dense_act"))


def test_regularizer_reaches_keras(digits):
    exp = digits.with_layers((layer("dense", units=4, l1=0.01, l2=0.001),))
    reg = builder.build(Plan(exp)).model.get_layer("l1_dense").kernel_regularizer.get_config()
    assert reg["l1"] == pytest.approx(0.01)
    assert reg["l2"] == pytest.approx(0.001)


def test_standardization_travels_inside_the_model(digits):
    mean = np.arange(64, dtype=np.float32)
    variance = np.full(64, 4.0, dtype=np.float32)
    model = builder.build(Plan(digits), Scaling(mean, variance)).model
    norm = keras.Model(model.inputs[0], model.get_layer("preprocess").output)
    out = keras.ops.convert_to_numpy(norm(mean[None, :] + 2.0))
    np.testing.assert_allclose(out, np.ones((1, 64)), rtol=1e-5)


def test_probe_outputs_equal_each_layer_output(digits):
    from core.engine.probes import Prober

    built = builder.build(Plan(digits), Scaling(np.zeros(64, np.float32), np.ones(64, np.float32)))
    builder.compile_model(built, Plan(digits))
    x = np.random.default_rng(0).normal(size=(16, 64)).astype(np.float32)
    prober = Prober(built, x, np.arange(16) % 10)
    outs = prober.model.predict_on_batch(x)
    assert [p.label for p in built.probes] == shapes.probe_labels(digits.layers)
    assert prober.outputs == [
        "l1_dense_act",
        "l1_dense",
        "l3_dense_act",
        "l3_dense",
        "output",
        "output_dense",
    ]
    for name, out in zip(prober.outputs, outs, strict=True):
        sub = keras.Model(built.model.inputs[0], built.model.get_layer(name).output)
        np.testing.assert_allclose(out, sub.predict_on_batch(x), rtol=1e-5, atol=1e-6)


def test_gradient_norms_equal_a_direct_computation(digits):
    import tensorflow as tf

    from core.engine.probes import Prober

    built = builder.build(Plan(digits))
    builder.compile_model(built, Plan(digits))
    rng = np.random.default_rng(1)
    x = rng.normal(size=(32, 64)).astype(np.float32)
    y = rng.integers(0, 10, size=32)
    snap = Prober(built, x, y).snapshot(0, 0.0)
    kernel = built.model.get_layer("l1_dense").kernel
    with tf.GradientTape() as tape:
        loss = built.model.loss(y, built.model(x, training=False))
    expected = float(tf.norm(tape.gradient(loss, kernel.value)))
    assert snap.layers[0].grad_norm == pytest.approx(expected, rel=1e-4)


def test_the_probe_function_traces_once_and_that_is_not_warned_about(digits):
    import logging

    from core.engine.probes import Prober

    built = builder.build(Plan(digits))
    builder.compile_model(built, Plan(digits))
    x = np.random.default_rng(2).normal(size=(16, 64)).astype(np.float32)
    prober = Prober(built, x, np.arange(16) % 10)
    for step in range(3):
        prober.snapshot(step, 0.0)
    assert prober._look.experimental_get_tracing_count() == 1
    heard: list[str] = []
    handler = logging.Handler()
    handler.emit = lambda record: heard.append(record.getMessage())
    tf_log = logging.getLogger("tensorflow")
    tf_log.addHandler(handler)
    try:
        tf_log.warning(
            "5 out of the last 5 calls to <function look> triggered tf.function retracing."
        )
        tf_log.warning("something else")
    finally:
        tf_log.removeHandler(handler)
    assert heard == ["something else"]


def test_output_activation_override(digits):
    from dataclasses import replace

    exp = replace(digits, output=replace(digits.output, activation=Pick("sigmoid")))
    built = builder.build(Plan(exp))
    assert built.model.get_layer("output").get_config()["activation"] == "sigmoid"
    assert built.probes[-1].value_range == (0.0, 1.0)


def test_optimizer_parameters_reach_keras(digits):
    from dataclasses import replace

    pick = Pick("nesterov", {"learning_rate": 0.05, "momentum": 0.8})
    exp = replace(digits, training=replace(digits.training, optimizer=pick))
    opt = builder.optimizer(exp)
    assert isinstance(opt, keras.optimizers.SGD)
    assert opt.nesterov
    assert opt.get_config()["momentum"] == pytest.approx(0.8)
    assert float(opt.learning_rate) == pytest.approx(0.05)


@pytest.mark.parametrize("stem", [stem for stem, _ in templates.TEMPLATES])
def test_shape_inference_matches_keras_for_every_template(stem):
    exp = templates.load(stem)
    built = builder.build(Plan(exp))
    infos = Plan(exp).infos()
    assert built.model.count_params() == shapes.total_params(infos)
    for info in infos[:-1]:
        layer = exp.layers[info.index]
        name = _last_keras_layer(built.model, f"l{info.index + 1}_{layer.kind}")
        assert tuple(built.model.get_layer(name).output.shape[1:]) == info.output_shape, name


def _last_keras_layer(model, prefix: str) -> str:
    return [la.name for la in model.layers if la.name.startswith(prefix)][-1]


@pytest.mark.parametrize("block", ["dense", "conv2d"])
def test_residual_block_has_its_skip_connection(digits, block):
    from dataclasses import replace

    data = replace(digits.data, dataset=Pick("digits" if block == "dense" else "digits_images"))
    params = {**spec.default_layer("residual").params, "block": Pick(block), "units": 32}
    res = Layer("residual", params)
    tail = (Layer("flatten", {}),) if block == "conv2d" else ()
    exp = replace(digits, data=data, layers=(res, *tail))
    model = builder.build(Plan(exp)).model
    add = model.get_layer("l1_residual_add")
    inbound = {t._keras_history.operation.name for t in add.input}
    # The input differs in width, so the skip goes through a projection.
    assert inbound == {f"l1_residual_{block}2", "l1_residual_projection"}
    projection_input = model.get_layer("l1_residual_projection").input
    assert projection_input._keras_history.operation.name == "input"


def test_identity_skip_when_widths_match(digits):
    res = Layer("residual", {**spec.default_layer("residual").params, "units": 64})
    exp = digits.with_layers((res,))
    model = builder.build(Plan(exp)).model
    names = [la.name for la in model.layers]
    assert "l1_residual_projection" not in names
    add = model.get_layer("l1_residual_add")
    assert {t._keras_history.operation.name for t in add.input} == {
        "l1_residual_dense2",
        "input",
    }


def _sigmoid(x):
    return 1 / (1 + np.exp(-x))


X = np.linspace(-3, 3, 13, dtype=np.float32)[None, :]
SELU_ALPHA, SELU_SCALE = 1.6732632423543772, 1.0507009873554805
ACTIVATION_FORMULAS = {
    "linear": lambda x: x,
    "sigmoid": _sigmoid,
    "tanh": np.tanh,
    "relu": lambda x: np.maximum(x, 0),
    "leaky_relu": lambda x: np.where(x > 0, x, 0.01 * x),
    "elu": lambda x: np.where(x > 0, x, np.exp(x) - 1),
    "selu": lambda x: SELU_SCALE * np.where(x > 0, x, SELU_ALPHA * (np.exp(x) - 1)),
    "gelu": lambda x: 0.5 * x * (1 + np.vectorize(math.erf)(x / math.sqrt(2))),
    "swish": lambda x: x * _sigmoid(x),
    "softmax": lambda x: np.exp(x) / np.exp(x).sum(axis=-1, keepdims=True),
}


def test_every_activation_has_a_formula_check():
    assert set(ACTIVATION_FORMULAS) == set(catalog.ACTIVATIONS)


@pytest.mark.parametrize("key", list(catalog.ACTIVATIONS))
def test_every_activation_computes_its_formula(key):
    layer = activation_call(spec.default_pick(catalog.ACTIVATIONS[key]), "act").make(keras)
    got = keras.ops.convert_to_numpy(layer(X))
    np.testing.assert_allclose(got, ACTIVATION_FORMULAS[key](X), rtol=1e-4, atol=1e-5)


FAN_IN, FAN_OUT = 64, 256
INITIALIZER_STD = {
    "small_gaussian": 0.01,
    "large_gaussian": 1.0,
    "gaussian": 0.05,
    "uniform": 0.05 / math.sqrt(3),
    "glorot_normal": math.sqrt(2 / (FAN_IN + FAN_OUT)),
    "glorot_uniform": math.sqrt(2 / (FAN_IN + FAN_OUT)),
    "he_normal": math.sqrt(2 / FAN_IN),
    "he_uniform": math.sqrt(2 / FAN_IN),
    "lecun_normal": math.sqrt(1 / FAN_IN),
}


@pytest.mark.parametrize("key", list(catalog.INITIALIZERS))
def test_every_initializer_draws_the_spread_the_lessons_give(digits, key):
    pick = spec.default_pick(catalog.INITIALIZERS[key])
    keras.utils.set_random_seed(0)
    exp = digits.with_layers((layer("dense", units=FAN_OUT, kernel_initializer=pick),))
    kernel = keras.ops.convert_to_numpy(builder.build(Plan(exp)).model.get_layer("l1_dense").kernel)
    if key in ("zeros", "constant"):
        np.testing.assert_allclose(kernel, pick.params.get("value", 0.0), rtol=1e-6)
        return
    assert abs(kernel.mean()) < 0.05 * INITIALIZER_STD[key] + 1e-3
    assert kernel.std() == pytest.approx(INITIALIZER_STD[key], rel=0.05)
    if key == "uniform":
        assert np.abs(kernel).max() <= 0.05


def test_an_output_activation_with_a_parameter_keeps_it(digits):
    from dataclasses import replace

    leaky = Pick("leaky_relu", {"alpha": 0.3})
    exp = replace(digits, output=replace(digits.output, activation=leaky))
    layer = builder.build(Plan(exp)).model.get_layer("output")
    assert layer.get_config()["negative_slope"] == pytest.approx(0.3)


def _initial_kernels(experiment: spec.Experiment) -> dict[str, np.ndarray]:
    from core.engine import data, training

    _, built, _ = training.prepare(data.plan_for(experiment))
    return {w.path: np.array(w) for w in built.model.weights if "kernel" in w.path}


def test_runs_with_the_same_seed_start_from_the_same_weights_where_they_match(digits):
    """Each layer's random draws are seeded from the experiment's seed and its place, so
    a comparison shows the setting's effect alone: dropout or BatchNorm added to one
    layer, another optimizer, another initializer next door leave the others' weights."""
    from dataclasses import replace

    first, second, third = digits.layers
    base = _initial_kernels(digits)
    sgd = Pick("sgd", spec.default_pick(catalog.OPTIMIZERS["sgd"]).params)
    same_everywhere = [
        replace(digits, training=replace(digits.training, optimizer=sgd)),
        digits.with_layers((Layer("dense", {**first.params, "dropout": 0.5}), second, third)),
        digits.with_layers((first, second, Layer("dense", {**third.params, "batch_norm": True}))),
    ]
    for variant in same_everywhere:
        kernels = _initial_kernels(variant)
        assert all(np.array_equal(base[k], kernels[k]) for k in base), variant
    other_init = Layer("dense", {**third.params, "kernel_initializer": Pick("glorot_uniform")})
    kernels = _initial_kernels(digits.with_layers((first, second, other_init)))
    assert np.array_equal(base["l1_dense/kernel"], kernels["l1_dense/kernel"])
    assert np.array_equal(base["output_dense/kernel"], kernels["output_dense/kernel"])
    assert not np.array_equal(base["l3_dense/kernel"], kernels["l3_dense/kernel"])
    reseeded = _initial_kernels(replace(digits, seed=digits.seed + 1))
    assert not any(np.array_equal(base[k], reseeded[k]) for k in base)
