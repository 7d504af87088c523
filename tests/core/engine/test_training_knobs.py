"""The training settings reach Keras and do what the lessons say they do."""

from dataclasses import replace

import keras
import numpy as np
import pytest

from core.engine import builder, data, training
from core.model import catalog, run_files
from core.model.events import BatchEnd, EpochEnd, Finished
from core.model.plan import Plan
from core.model.spec import Pick, default_pick
from tests.helpers import quick


def with_training(experiment, **changes):
    return replace(experiment, training=replace(experiment.training, **changes))


def defaults(table, key, **overrides) -> Pick:
    pick = default_pick(table[key])
    return Pick(key, {**pick.params, **overrides})


@pytest.mark.parametrize("key", list(catalog.OPTIMIZERS))
def test_every_optimizer_reaches_keras_with_its_parameters(digits, key):
    pick = defaults(catalog.OPTIMIZERS, key, learning_rate=0.0123)
    opt = builder.optimizer(with_training(digits, optimizer=pick))
    config = opt.get_config()
    assert config["learning_rate"] == pytest.approx(0.0123)
    for name, value in pick.params.items():
        if name != "learning_rate":
            assert config[name] == pytest.approx(value), name
    keras_class = {
        "sgd": "SGD",
        "momentum": "SGD",
        "nesterov": "SGD",
        "adagrad": "Adagrad",
        "rmsprop": "RMSprop",
        "adam": "Adam",
        "adamw": "AdamW",
        "nadam": "Nadam",
    }
    assert type(opt).__name__ == keras_class[key]
    assert config.get("nesterov", False) == (key == "nesterov")


@pytest.mark.parametrize(
    ("mode", "attribute"),
    [("norm", "clipnorm"), ("global_norm", "global_clipnorm"), ("value", "clipvalue")],
)
def test_clipping_modes_reach_keras(digits, mode, attribute):
    opt = builder.optimizer(with_training(digits, clipping=Pick(mode, {"threshold": 10.0})))
    assert getattr(opt, attribute) == pytest.approx(10.0)
    others = {"clipnorm", "global_clipnorm", "clipvalue"} - {attribute}
    assert all(getattr(opt, o) is None for o in others)


def _update_size(experiment) -> float:
    """Size of one SGD step on a batch whose targets make the gradient enormous."""
    keras.utils.set_random_seed(0)
    linear = replace(experiment.output, activation=Pick("linear"))
    built = builder.build(Plan(replace(experiment, output=linear)))
    built.model.compile(optimizer=builder.optimizer(experiment), loss="mse")
    before = [w.copy() for w in built.model.get_weights()]
    x = np.ones((8, 64), dtype=np.float32)
    y = np.full((8, 10), 1e6, dtype=np.float32)
    built.model.train_on_batch(x, y)
    after = built.model.get_weights()
    return float(np.sqrt(sum(np.sum((a - b) ** 2) for a, b in zip(after, before, strict=True))))


def test_clipping_by_norm_really_bounds_the_update(digits):
    sgd = Pick("sgd", {"learning_rate": 1.0})
    free = with_training(digits, optimizer=sgd, clipping=Pick("none"))
    clipped = with_training(digits, optimizer=sgd, clipping=Pick("global_norm", {"threshold": 1.0}))
    assert _update_size(free) > 1e3
    # lr 1 x a gradient of global norm <= 1 moves the weights by at most 1.
    assert _update_size(clipped) <= 1.0 + 1e-4


def test_early_stopping_stops_at_the_expected_epoch_and_restores_the_best(digits):
    stopping = defaults(catalog.EARLY_STOPPING, "on", patience=2)
    exp = with_training(digits, early_stopping=stopping)
    (callback,) = training._keras_callbacks(exp)
    model = builder.build(Plan(exp)).model
    model.stop_training = False  # fit() would set it
    callback.set_model(model)
    callback.on_train_begin()
    curve = [1.0, 0.8, 0.5, 0.6, 0.7, 0.4]  # best at epoch 2, worse twice after
    stopped_at = None
    for epoch, val_loss in enumerate(curve):
        model.set_weights([np.full_like(w, epoch) for w in model.get_weights()])
        callback.on_epoch_end(epoch, {"val_loss": val_loss})
        if model.stop_training:
            stopped_at = epoch
            break
    callback.on_train_end()
    assert stopped_at == 4
    assert all(np.all(w == 2) for w in model.get_weights())


@pytest.mark.slow
def test_rates_the_optimizer_used_equal_the_preview(digits, tmp_path):
    schedule = Pick("step", {"first": 0.5, "second": 0.75, "factor": 0.1, "warmup": 0.1})
    exp = quick(with_training(digits, schedule=schedule), epochs=4)
    used = []

    class ReadRate(keras.callbacks.Callback):
        """Reads the optimizer's own variable after each step: the rate it really used."""

        def on_train_batch_end(self, batch, logs=None):
            used.append(float(keras.ops.convert_to_numpy(self.model.optimizer.learning_rate)))

    events = []
    result = training.train(exp, events.append, run_dir=tmp_path, extra_callbacks=[ReadRate()])
    assert isinstance(result, Finished)
    reported = [e.learning_rate for e in events if isinstance(e, BatchEnd)]
    np.testing.assert_allclose(reported, used, rtol=1e-6)
    _, preview = Plan(exp).planned_rates()
    np.testing.assert_allclose(used, preview, rtol=1e-6)
    per_epoch = Plan(exp).steps_per_epoch()
    recorded = [row["learning_rate"] for row in run_files.read_metrics(tmp_path / "metrics.csv")]
    np.testing.assert_allclose(recorded, used[per_epoch - 1 :: per_epoch], rtol=1e-6)


@pytest.mark.slow
def test_early_stopping_in_a_real_run(digits):
    stopping = defaults(catalog.EARLY_STOPPING, "on", patience=1, min_delta=10.0)
    exp = quick(with_training(digits, early_stopping=stopping), epochs=30)
    events = []
    result = training.train(exp, events.append)
    # No epoch can improve by 10, so it stops after patience + 1 epochs.
    assert result.early_stopped
    assert len([e for e in events if isinstance(e, EpochEnd)]) == 2


@pytest.mark.slow
def test_plateau_and_mse_classification_train(digits):
    plateau = defaults(catalog.SCHEDULES, "plateau", patience=1, factor=0.5)
    exp = quick(with_training(digits, schedule=plateau, loss=Pick("mse")), epochs=3)
    events = []
    result = training.train(exp, events.append)
    assert isinstance(result, Finished), getattr(result, "details", "")
    rates = [e.learning_rate for e in events if isinstance(e, BatchEnd)]
    assert max(rates) == pytest.approx(0.001)
    assert 0 < result.test_metrics["test_accuracy"] <= 1


def test_split_sizes_match_the_real_split(digits):
    split = data.load(Plan(digits))
    assert Plan(digits).split_sizes() == (len(split.x_train), len(split.x_val), len(split.x_test))
