import threading

import keras
import numpy as np
import pytest

from core.engine import data, training
from core.model import insight, run_files, templates
from core.model.events import (
    BatchEnd,
    ConfusionMatrix,
    EpochEnd,
    Failed,
    Finished,
    Notice,
    Snapshot,
    Started,
)
from core.model.plan import Plan
from core.model.spec import Layer
from tests.helpers import quick

pytestmark = pytest.mark.slow


def run(experiment, **kwargs):
    events = []
    result = training.train(experiment, events.append, **kwargs)
    return result, events


def of(events, cls):
    return [e for e in events if isinstance(e, cls)]


def test_short_run_lowers_the_loss_and_reports_everything(digits):
    result, events = run(quick(digits, epochs=3))
    assert isinstance(result, Finished)
    assert events[-1] is result
    started = of(events, Started)[0]
    assert started.layer_names == ("1 Dense", "3 Dense", "Output")
    batches = of(events, BatchEnd)
    assert len(batches) == 3 * started.steps_per_epoch
    assert [b.step for b in batches] == list(range(len(batches)))
    epochs = of(events, EpochEnd)
    assert [e.epoch for e in epochs] == [0, 1, 2]
    assert epochs[-1].metrics["loss"] < epochs[0].metrics["loss"]
    assert set(epochs[0].metrics) >= {"loss", "val_loss", "accuracy", "val_accuracy"}
    snaps = of(events, Snapshot)
    assert len(snaps) >= 2  # at least before training and at the end
    assert snaps[0].step == 0
    assert snaps[-1].step == len(batches)
    last = snaps[-1].layers
    assert all(int(h.output.counts.sum()) > 0 for h in last)
    assert all(h.grad_norm > 0 and h.weights is not None for h in last)
    assert last[0].dead is not None and last[-1].saturated is None
    assert snaps[-1].layers[0].update_ratio > 0
    confusion = of(events, ConfusionMatrix)  # one per snapshot, from the same pass
    assert [c.step for c in confusion] == [s.step for s in snaps]
    assert confusion[-1].epoch == 3.0
    assert confusion[-1].matrix.sum() == insight.PROBE_SAMPLES
    assert confusion[-1].class_names == tuple(str(i) for i in range(10))
    assert result.test_metrics["test_accuracy"] > 0.8
    assert 0 < result.inside_seconds < result.seconds


def test_the_last_confusion_matrix_is_the_trained_models_on_the_probe_batch(digits, tmp_path):
    _, events = run(quick(digits, epochs=1), run_dir=tmp_path)
    split = data.load(Plan(digits))
    x, y = split.x_val[: insight.PROBE_SAMPLES], split.y_val[: insight.PROBE_SAMPLES]
    model = keras.saving.load_model(tmp_path / "model.keras")
    predicted = np.argmax(model.predict_on_batch(x), axis=-1)
    expected = np.zeros((10, 10), dtype=np.int64)
    np.add.at(expected, (y, predicted), 1)
    np.testing.assert_array_equal(of(events, ConfusionMatrix)[-1].matrix, expected)


def test_per_batch_losses_average_to_the_epoch_loss(digits):
    _, events = run(quick(digits, epochs=1))
    batches = of(events, BatchEnd)
    n = len(data.load(Plan(digits)).x_train)
    size = digits.training.batch_size
    weights = [min(size, n - i * size) for i in range(len(batches))]
    weighted = np.average([b.loss for b in batches], weights=weights)
    assert weighted == pytest.approx(of(events, EpochEnd)[0].metrics["loss"], rel=1e-4)


class PressStop(keras.callbacks.Callback):
    """Presses Stop while the sixth batch trains, as a user's click would."""

    def __init__(self, stop: threading.Event) -> None:
        super().__init__()
        self.stop = stop

    def on_train_batch_begin(self, batch, logs=None):
        if batch == 5:
            self.stop.set()


def test_stop_is_honoured_at_the_next_batch(digits):
    stop = threading.Event()
    events = []
    result = training.train(
        quick(digits, epochs=50), events.append, stop, extra_callbacks=[PressStop(stop)]
    )
    assert isinstance(result, Finished)
    assert result.stopped
    assert len(of(events, BatchEnd)) == 6
    assert "test_accuracy" in result.test_metrics


def test_invalid_experiment_never_trains(digits):
    broken = digits.with_layers((Layer("flatten", {}), Layer("conv2d", {})))
    result, events = run(broken)
    assert isinstance(result, Failed)
    assert events == [result]
    assert "not valid" in result.message


def test_saved_model_predicts_from_raw_inputs_like_the_run(tmp_path, digits):
    result, _ = run(quick(digits, epochs=2), run_dir=tmp_path)
    names = sorted(p.name for p in tmp_path.iterdir())
    assert len([n for n in names if n.startswith("events.out.tfevents.")]) == 1
    assert [n for n in names if "tfevents" not in n] == [
        "experiment.json",
        "histograms.npz",
        "metrics.csv",
        "model.keras",
        "status.json",
    ]
    model = keras.saving.load_model(tmp_path / "model.keras")  # safe_mode stays on
    split = data.load(Plan(digits))
    raw_predictions = model.predict_on_batch(split.x_test)
    accuracy = float(np.mean(np.argmax(raw_predictions, axis=1) == split.y_test))
    assert accuracy == pytest.approx(result.test_metrics["test_accuracy"], abs=1e-6)
    np.testing.assert_allclose(raw_predictions.sum(axis=1), 1.0, rtol=1e-5)


def test_same_seed_gives_the_same_losses(digits):
    first = [b.loss for b in of(run(quick(digits, epochs=1))[1], BatchEnd)]
    second = [b.loss for b in of(run(quick(digits, epochs=1))[1], BatchEnd)]
    np.testing.assert_allclose(first, second, rtol=1e-5)


@pytest.mark.parametrize("stem", [stem for stem, _ in templates.TEMPLATES])
def test_every_template_trains(stem):
    result, events = run(quick(templates.load(stem), epochs=1))
    assert isinstance(result, Finished), getattr(result, "details", "")
    assert np.isfinite(of(events, EpochEnd)[0].metrics["loss"])


@pytest.mark.parametrize("name", ["xor", "plane"])
def test_two_dimensional_sets_train_and_draw_their_boundary(name):
    from core.model.events import Boundary
    from tests.core.engine.test_data import with_dataset

    result, events = run(quick(with_dataset(name, samples=200), epochs=2))
    assert isinstance(result, Finished), getattr(result, "details", "")
    boundaries = of(events, Boundary)
    assert len(boundaries) >= 2
    last = boundaries[-1]
    assert last.values.shape == (40, 40)
    assert last.points.shape[1] == 2
    assert last.task == ("classification" if name == "xor" else "regression")
    if name == "xor":
        assert last.values.min() >= 0.0 and last.values.max() <= 1.0
        assert len(of(events, ConfusionMatrix)) == len(of(events, Snapshot))
    else:
        assert "test_mae" in result.test_metrics
        assert of(events, ConfusionMatrix) == []


def test_missing_data_fails_with_the_message_and_no_traceback(tmp_path, monkeypatch):
    from tests.core.engine.test_data import images_experiment

    monkeypatch.setenv("KERAS_HOME", str(tmp_path))
    result, _ = run(quick(images_experiment("mnist"), epochs=1))
    assert isinstance(result, Failed)
    assert result.message.startswith("Cannot load the data: MNIST is not in the Keras cache")
    assert result.details == ""


def test_a_nan_loss_stops_the_run_and_saves_no_model(digits, tmp_path):
    from dataclasses import replace

    from core.model.spec import Pick

    sgd = Pick("sgd", {"learning_rate": 1e6})
    exploding = quick(replace(digits, training=replace(digits.training, optimizer=sgd)), 20)
    result, events = run(exploding, run_dir=tmp_path)
    assert isinstance(result, Failed)
    assert "stopped being a number at step" in result.message
    assert "lower learning rate" in result.message
    steps = of(events, BatchEnd)
    assert len(steps) < 20 * 36  # it did not train on to the last epoch
    assert not (tmp_path / "model.keras").exists()
    status = run_files.read_status(tmp_path / "status.json")
    assert status["state"] == "failed" and "step" in status["reason"]
    assert (tmp_path / "histograms.npz").exists()  # the views of what happened stay


def test_ctrl_c_keeps_the_finished_epochs_and_the_model_so_far(digits, tmp_path):
    class CtrlC(keras.callbacks.Callback):
        def on_epoch_end(self, epoch, logs=None):
            if epoch == 1:
                raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        training.train(
            quick(digits, 10), lambda e: None, run_dir=tmp_path, extra_callbacks=[CtrlC()]
        )
    assert len(run_files.read_metrics(tmp_path / "metrics.csv")) == 1  # epoch 2 never ended
    assert run_files.read_status(tmp_path / "status.json")["state"] == "interrupted"
    keras.saving.load_model(tmp_path / "model.keras")


def test_a_run_folder_that_cannot_be_written_fails_before_training(digits, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("")
    result, events = run(quick(digits, 1), run_dir=blocker / "run")
    assert isinstance(result, Failed) and events == [result]
    assert result.message.startswith("Cannot write the run's files: cannot create")


def test_failures_read_as_one_plain_sentence():
    oom = training.plain_failure(RuntimeError("OOM when allocating tensor with shape[3000000]"))
    assert oom.startswith("Training ran out of memory") and "smaller batch" in oom
    other = training.plain_failure(ValueError("first line\nsecond line " + "x" * 1000))
    assert other == "Training failed: first line"


def test_a_run_planned_to_take_long_says_so_after_its_first_epoch(digits, monkeypatch):
    monkeypatch.setattr(training, "LONG_RUN_S", 0.0)
    result, events = run(quick(digits, 3))
    notices = of(events, Notice)
    assert isinstance(result, Finished) and len(notices) == 1
    assert "the first epoch took" in notices[0].message and "3 epochs planned" in notices[0].message
    assert events.index(notices[0]) == events.index(of(events, EpochEnd)[0]) + 1
