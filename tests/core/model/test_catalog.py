"""Each choice owns its behaviour: layer kinds, schedules and preprocessing, checked
through their objects (no Keras here)."""

import numpy as np
import pytest

from core.model import catalog, spec, templates
from core.model.catalog import Call, Step
from core.model.spec import Layer


def layer(kind: str, **params) -> Layer:
    return Layer(kind, {**spec.default_layer(kind).params, **params})


def test_every_layer_kind_has_a_label_a_lesson_and_valid_defaults():
    for key, kind in catalog.LAYER_KINDS.items():
        assert kind.key == key and kind.label and kind.lesson
        default = spec.default_layer(key)
        assert all(p.problem(default[p.name]) is None for p in kind.params if p.kind != "choice")


# An imported base is its file's layers, not code (the script export refuses it).
@pytest.mark.parametrize("key", [key for key in catalog.LAYER_KINDS if key != "imported"])
def test_every_layer_kind_writes_its_keras_graph_as_code(key):
    shape = (
        (8, 8, 3) if key in ("conv2d", "max_pool2d", "avg_pool2d", "global_avg_pool2d") else (12,)
    )
    kind = catalog.LAYER_KINDS[key]
    steps = kind.steps(layer(key), "l1", shape)
    assert steps and steps[-1].out == "x"
    for step in steps:
        line = step.code("keras")
        assert line.startswith(f"{step.out} = keras.")
        compile(line, "<script>", "exec")  # plain Python


def test_a_weighted_layer_expands_into_weights_norm_activation_dropout():
    steps = catalog.LAYER_KINDS["dense"].steps(
        layer("dense", batch_norm=True, dropout=0.5), "l2", (4,)
    )
    assert [s.call.path for s in steps] == [
        "layers.Dense",
        "layers.BatchNormalization",
        "layers.Activation",
        "layers.Dropout",
    ]
    assert steps[0].call.kwargs["kernel_initializer"] == Call("initializers.HeNormal")


def test_a_residual_block_projects_its_skip_only_when_the_width_changes():
    kind = catalog.LAYER_KINDS["residual"]
    same = kind.steps(layer("residual", units=16), "r", (16,))
    wider = kind.steps(layer("residual", units=16), "r", (8,))
    assert "skip" not in {s.out for s in same}
    assert next(s for s in wider if s.out == "skip").call.path == "layers.Dense"
    add = next(s for s in wider if s.call.path == "layers.Add")
    assert add.inputs == ("h", "skip")


def test_calls_write_readable_code():
    call = Call("layers.Dense", (64,), {"kernel_initializer": Call("initializers.HeNormal")})
    assert call.code() == "keras.layers.Dense(64, kernel_initializer=keras.initializers.HeNormal())"
    assert Step(Call("layers.Add"), ("h", "x")).code() == "x = keras.layers.Add()([h, x])"
    assert Call("initializers.RandomNormal", (0.0, 0.1 + 0.2)).code().endswith("(0.0, 0.3)")


def test_a_planned_schedule_gives_one_rate_per_step_and_no_callback():
    cosine = catalog.SCHEDULES["cosine"]
    rates = cosine.rates({"warmup": 0.0}, 0.1, epochs=2, steps_per_epoch=5)
    assert rates.shape == (10,) and rates[0] == pytest.approx(0.1) and rates[-1] < 0.01
    assert cosine.callback({"warmup": 0.0}) is None


def test_plateau_is_driven_by_its_keras_callback_and_plans_nothing():
    plateau = catalog.SCHEDULES["plateau"]
    params = {"factor": 0.5, "patience": 2, "min_rate": 1e-5}
    assert plateau.rates(params, 0.1, 2, 5) is None
    call = plateau.callback(params)
    assert call.path == "callbacks.ReduceLROnPlateau"
    assert call.kwargs == {"monitor": "val_loss", "factor": 0.5, "patience": 2, "min_lr": 1e-5}
    assert "known only while training" in plateau.describe(params)


def test_step_milestones_out_of_order_are_named():
    data = templates.default_experiment().to_dict()
    data["training"]["schedule"] = {
        "name": "step",
        "first": 0.8,
        "second": 0.5,
        "factor": 0.1,
        "warmup": 0.0,
    }
    with pytest.raises(spec.SpecError) as info:
        spec.from_dict(data)
    assert [str(p) for p in info.value.problems] == [
        "training.schedule.second: must not come before the first milestone (0.8)"
    ]


@pytest.mark.parametrize("kind", [["dense"], {"a": 1}, 3, None])
def test_a_layer_kind_that_is_not_a_name_is_named_not_raised(kind):
    data = templates.default_experiment().to_dict()
    data["layers"][0]["kind"] = kind
    with pytest.raises(spec.SpecError) as info:
        spec.from_dict(data)
    assert str(info.value.problems[0]).startswith("layers[0].kind: unknown layer kind")


def test_preprocessing_owns_its_shape_rule_and_fit():
    pca = catalog.PREPROCESSING["pca"]
    assert pca.feature_shape({"components": 3}, (10,)) == (3,)
    assert "at most 10 components" in pca.problem({"components": 12}, (10,))
    assert "flat features" in pca.problem({"components": 3}, (8, 8, 1))
    x = np.random.default_rng(0).normal(size=(200, 10)).astype(np.float32)
    assert pca.fit({"components": 3}, x).projection.shape == (10, 3)
    minmax = catalog.PREPROCESSING["minmax_11"].fit({}, x)
    scaled = (x - minmax.shift) / np.sqrt(minmax.variance)
    np.testing.assert_allclose([scaled.min(), scaled.max()], [-1.0, 1.0], atol=1e-5)
    assert catalog.PREPROCESSING["none"].fit({}, x) is None


def test_clipping_names_the_optimizer_argument_it_sets():
    assert {k: c.argument for k, c in catalog.CLIPPING.items()} == {
        "none": "",
        "norm": "clipnorm",
        "global_norm": "global_clipnorm",
        "value": "clipvalue",
    }


def test_an_optimizer_call_carries_its_parameters_and_the_clipping():
    call = catalog.OPTIMIZERS["nesterov"].call(learning_rate=0.1, momentum=0.9, clipnorm=1.0)
    assert call == Call(
        "optimizers.SGD",
        kwargs={"nesterov": True, "learning_rate": 0.1, "momentum": 0.9, "clipnorm": 1.0},
    )
