"""Steering a run: a pause holds the same run (its steps go on, nothing is traced
again), a new rate takes effect at the next batch, is kept in the run's files and a
re-run replays it to the same losses."""

import json
import threading
from dataclasses import replace

import keras
import numpy as np
import pytest

from core.engine import training
from core.model import steering
from core.model.events import BatchEnd, Steered
from core.model.spec import Pick
from core.model.steering import RateChange
from tests.helpers import quick


class Scripted:
    """Pauses once at the batch boundary after ``pause_at`` steps (until released) and
    asks for ``rate`` at the beginning of batch ``rate_at``: calls are counted, one of
    each per batch."""

    def __init__(self, pause_at: int = -1, rate_at: int = -1, rate: float = 0.0) -> None:
        self.pause_at, self.rate_at, self.rate = pause_at, rate_at, rate
        self.ends = self.begins = 0
        self.release = threading.Event()

    def paused(self) -> bool:
        self.ends += 1
        if self.ends == self.pause_at:
            threading.Timer(0.3, self.release.set).start()
        return self.ends >= self.pause_at > 0 and not self.release.is_set()

    def new_rate(self) -> float | None:
        self.begins += 1
        return self.rate if self.begins == self.rate_at + 1 else None


class Traces(keras.callbacks.Callback):
    """How often Keras traced its training step: ``train_step`` runs in Python only
    while TensorFlow traces it. Keras binds the step when it makes the train function,
    so the function is made again around the counted step."""

    count = 0

    def on_train_begin(self, logs=None) -> None:
        step = self.model.train_step

        def counted(data):
            self.count += 1
            return step(data)

        self.model.train_step = counted
        self.model.make_train_function(force=True)


def run(experiment, **kwargs) -> tuple[list, training.Finished]:
    events = []
    done = training.train(experiment, events.append, **kwargs)
    assert isinstance(done, training.Finished), done
    return events, done


def test_a_paused_run_goes_on_where_it_stood(digits, tmp_path):
    traces, unpaused = Traces(), Traces()
    run(quick(digits, epochs=2), extra_callbacks=[unpaused])
    events, done = run(
        quick(digits, epochs=2),
        steer=Scripted(pause_at=10),
        run_dir=tmp_path / "run",
        extra_callbacks=[traces],
    )
    steps = [e.step for e in events if isinstance(e, BatchEnd)]
    assert steps == list(range(len(steps)))  # one run: its steps go on through the pause
    steered = [e for e in events if isinstance(e, Steered)]
    assert [(e.kind, e.step) for e in steered] == [("pause", 10), ("resume", 10)]
    assert steered[1].value >= 0.3  # held until released
    assert traces.count == unpaused.count >= 1  # the same traced step before and after
    assert done.inside_seconds < done.seconds - 0.3  # standing still is not looking inside
    kept = json.loads((tmp_path / "run" / steering.FILE).read_text())
    assert [e["kind"] for e in kept["events"]] == ["pause", "resume"]


def test_a_new_rate_takes_effect_at_the_next_batch_and_is_replayed(digits, tmp_path):
    experiment = quick(digits, epochs=2)
    events, _ = run(experiment, steer=Scripted(rate_at=7, rate=0.05), run_dir=tmp_path / "a")
    rates = [e.learning_rate for e in events if isinstance(e, BatchEnd)]
    assert rates[6] == pytest.approx(0.001) and rates[7:] == pytest.approx([0.05] * len(rates[7:]))
    assert [(e.step, e.value) for e in events if isinstance(e, Steered)] == [(7, 0.05)]
    changes = steering.rate_changes(tmp_path / "a" / steering.FILE)
    assert changes == (RateChange(7, 0.05),)
    replayed, _ = run(experiment, replay=changes, run_dir=tmp_path / "b")
    losses = [[e.loss for e in got if isinstance(e, BatchEnd)] for got in (events, replayed)]
    np.testing.assert_allclose(losses[1], losses[0], rtol=1e-5)  # the same run again
    assert steering.rate_changes(tmp_path / "b" / steering.FILE) == changes


def test_a_rate_set_by_hand_scales_the_schedule_from_then_on(digits):
    schedule = Pick("cosine", {"warmup": 0.0})
    experiment = quick(replace(digits, training=replace(digits.training, schedule=schedule)), 2)
    plain, _ = run(experiment)
    steered, _ = run(experiment, steer=Scripted(rate_at=10, rate=0.0005))
    planned = np.array([e.learning_rate for e in plain if isinstance(e, BatchEnd)])
    used = np.array([e.learning_rate for e in steered if isinstance(e, BatchEnd)])
    np.testing.assert_allclose(used[:10], planned[:10])
    np.testing.assert_allclose(used[10:], planned[10:] * 0.0005 / planned[10], rtol=1e-5)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("{", "not a readable steering file"),
        ('{"format": "x"}', "not a LayerLab steering file"),
        ('{"format": "layerlab-steering", "events": 3}', '"events" must be a list'),
        (
            '{"format": "layerlab-steering", "events": [{"kind": "rate", "step": 2, "value": -1}]}',
            "events[0].value must be a learning rate > 0",
        ),
        (
            '{"format": "layerlab-steering", "events": [{"kind": "rate", "step": "a"}]}',
            "events[0].step must be a whole number",
        ),
    ],
)
def test_a_bad_steering_file_is_named(tmp_path, text, words):
    path = tmp_path / "steering.json"
    path.write_text(text)
    with pytest.raises(steering.SteeringError) as info:
        steering.rate_changes(path)
    assert str(path) in str(info.value) and words in str(info.value)
