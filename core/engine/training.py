"""The training engine: real ``model.fit``, reported as plain events.

``train`` runs on whatever thread calls it (the window has it called in the engine's
own process, core/engine/worker.py) and talks only through the sink; asking it to stop is
setting its ``stop`` flag (anything with ``is_set()``, e.g. a ``threading.Event``),
which the callback turns into ``model.stop_training`` at the next batch boundary. Pausing
it and changing its learning rate go through its ``steer`` (core/model/steering.py),
asked at every batch boundary too.
"""

from __future__ import annotations

import functools
import math
import threading
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

import keras
import numpy as np

from core.engine import builder, data, devices
from core.engine.probes import BoundaryProbe, Prober
from core.engine.runs import FAILED, FINISHED, INTERRUPTED, STOPPED, RunRecord
from core.i18n import translate
from core.model import catalog, files, graph
from core.model.catalog import Schedule
from core.model.events import (
    BatchEnd,
    ConfusionMatrix,
    EpochEnd,
    Failed,
    Finished,
    Notice,
    Sink,
    Snapshot,
    Started,
    Steered,
    fan_out,
)
from core.model.insight import PROBE_SAMPLES
from core.model.machine import available_memory
from core.model.plan import Plan
from core.model.spec import Experiment
from core.model.steering import PAUSE, POLL_S, RATE, RESUME, RateChange, Steer, Unsteered

# At most one snapshot per this many seconds of training, whatever the model's size:
# a fixed batch count would be too often for big models and too rare for small ones.
PROBE_INTERVAL_S = 0.25
# ... and further apart when one snapshot costs more than this share of that interval,
# so looking inside never takes more than about this share of the training time.
SNAPSHOT_SHARE = 0.01
# Per-batch losses reach the sink in bunches, at most this often: each one is an event
# for the window to draw, and nobody reads a loss curve at more than ten frames a second.
FLUSH_INTERVAL_S = 0.1
# A run planned to take longer than this says so once its first epoch has shown the speed.
LONG_RUN_S = 3600.0


def _duration(seconds: float) -> str:
    """3 days, 5 hours or 40 minutes: as a person says how long something takes."""
    if seconds >= 2 * 86400:
        return translate("engine.training", "{count} days").format(count=f"{seconds / 86400:.0f}")
    if seconds >= 2 * 3600:
        return translate("engine.training", "{count} hours").format(count=f"{seconds / 3600:.0f}")
    return translate("engine.training", "{count} minutes").format(count=f"{seconds / 60:.0f}")


def _timed(hook: Callable) -> Callable:
    """Adds the hook's own time to the callback's ``spent``: what looking inside cost."""

    @functools.wraps(hook)
    def timed(self: LiveCallback, *args, **kwargs):
        started = time.perf_counter()
        try:
            return hook(self, *args, **kwargs)
        finally:
            self.spent += time.perf_counter() - started

    return timed


class LiveCallback(keras.callbacks.Callback):
    """Turns Keras' callbacks into events; honours the stop flag after every batch."""

    def __init__(
        self,
        sink: Sink,
        stop: threading.Event,
        prober: Prober,
        validation: tuple[np.ndarray, tuple[str, ...]] | None,
        train_samples: int,
        batch_size: int,
        steps_per_epoch: int,
        probe_interval: float,
        rates: Callable[[int], np.ndarray] | None,
        boundary: BoundaryProbe | None = None,
        steer: Steer | None = None,
        replay: Sequence[RateChange] = (),
    ) -> None:
        super().__init__()
        self.sink, self.stop, self.prober = sink, stop, prober
        # (class numbers, class names) of the probe batch, for the confusion matrix
        self.validation = validation
        self.train_samples, self.batch_size = train_samples, batch_size
        self.steps_per_epoch = steps_per_epoch
        self.probe_interval = probe_interval
        # One epoch's planned rates at a time (a whole run's could be 10^8 values);
        # None: the rate is left to Keras (reduce on plateau).
        self.rates = rates
        self.epoch_rates = np.zeros(0)
        self.boundary = boundary  # for 2-D data only
        self.steer = steer or Unsteered()
        self.replay = sorted(replay, key=lambda c: c.step)  # a steered run's rates, again
        self.scale = 1.0  # a rate set by hand scales the schedule's plan from then on
        self.spent = 0.0  # seconds in this callback's hooks

    @_timed
    def on_train_begin(self, logs=None) -> None:
        self.began = time.perf_counter()
        self.step = 0
        self.epoch = 0
        self.stopped = False
        self.nan_step: int | None = None  # where the loss stopped being a number
        self.pending: list[tuple[int, int, object, float]] = []
        self.rate = float(keras.ops.convert_to_numpy(self.model.optimizer.learning_rate))
        self.last_flush = time.perf_counter()
        self.snapshot(timed=False)

    @_timed
    def on_epoch_begin(self, epoch, logs=None) -> None:
        self.epoch = epoch
        self.previous_mean, self.previous_seen = 0.0, 0
        if self.rates is not None:
            self.epoch_rates = self.rates(epoch)
        elif epoch > 0:  # reduce on plateau may have changed it
            self.rate = float(keras.ops.convert_to_numpy(self.model.optimizer.learning_rate))

    @_timed
    def on_train_batch_begin(self, batch, logs=None) -> None:
        asked = self._asked_rate()
        if self.rates is None and asked is None:
            return  # the rate is Keras' (reduce on plateau) until someone sets it
        rate = asked
        if self.rates is not None:
            planned = float(self.epoch_rates[min(batch, len(self.epoch_rates) - 1)])
            if asked is not None and planned > 0:
                self.scale = asked / planned
            rate = asked if asked is not None else planned * self.scale
        if rate != self.rate:  # assigning costs an op: only when the value changes
            self.model.optimizer.learning_rate.assign(rate)
            self.rate = rate

    def _asked_rate(self) -> float | None:
        """A rate set now, live or replayed from a steered run (the live one wins)."""
        asked = None
        while self.replay and self.replay[0].step <= self.step:
            asked = self.replay.pop(0).rate
        asked = self.steer.new_rate() or asked
        if asked is not None:
            self.sink(Steered(self.step, self.step / self.steps_per_epoch, RATE, asked))
        return asked

    def _pause(self) -> None:
        """Hold the run between two batches until it is resumed or stopped; the views
        get everything up to here first (the batches, a snapshot)."""
        self.flush()
        self.snapshot(timed=False)
        epoch = self.step / self.steps_per_epoch
        self.sink(Steered(self.step, epoch, PAUSE))
        paused = time.perf_counter()
        while self.steer.paused() and not self.stop.is_set():
            time.sleep(POLL_S)
        waited = time.perf_counter() - paused
        self.spent -= waited  # standing still is not looking inside
        self.began += waited
        self.sink(Steered(self.step, epoch, RESUME, waited))

    @_timed
    def on_train_batch_end(self, batch, logs=None) -> None:
        loss = logs["loss"]  # Keras hands callbacks plain floats: checking costs nothing
        self.pending.append((batch, self.step, loss, self.rate))
        if self.nan_step is None and not math.isfinite(loss):
            self.nan_step = self.step  # training on would only spread the NaN
            self.model.stop_training = True
        self.step += 1
        if self.steer.paused() and not self.model.stop_training:
            self._pause()
        if self.stop.is_set():
            self.model.stop_training = True
            self.stopped = True
        now = time.perf_counter()
        if now - self.last_flush >= FLUSH_INTERVAL_S or self.model.stop_training:
            self.flush()
        if now - self.last_snapshot >= self.snapshot_gap:
            self.snapshot()

    def flush(self) -> None:
        """Emit the pending batches; logs["loss"] is the epoch's running mean weighted by
        samples, so each batch's own loss is recovered from two consecutive means."""
        for batch, step, loss, rate in self.pending:
            mean = float(loss)
            seen = min((batch + 1) * self.batch_size, self.train_samples)
            own = (mean * seen - self.previous_mean * self.previous_seen) / max(
                seen - self.previous_seen, 1
            )
            self.previous_mean, self.previous_seen = mean, seen
            self.sink(BatchEnd(self.epoch, batch, step, own, rate))
        self.pending = []
        self.last_flush = time.perf_counter()

    @_timed
    def on_epoch_end(self, epoch, logs=None) -> None:
        self.flush()
        metrics = {k: float(v) for k, v in (logs or {}).items()}
        metrics["learning_rate"] = self.rate  # what the epoch's last step used
        self.sink(EpochEnd(epoch, metrics))
        if epoch == 0:
            self._say_if_long(time.perf_counter() - self.began)

    def _say_if_long(self, first_epoch: float) -> None:
        """Once the first epoch has shown the speed, warn of a plan that takes hours."""
        epochs = self.params.get("epochs", 1)
        left = first_epoch * (epochs - 1)
        if left >= LONG_RUN_S:
            message = translate(
                "engine.training",
                "At this speed the run takes about {duration} more (the first epoch took "
                "{first} s; {epochs} epochs planned). Stop it and plan fewer epochs or a bigger "
                "batch, or let it run.",
            )
            duration = _duration(left + first_epoch)
            first, planned = f"{first_epoch:.1f}", f"{epochs:,}"
            self.sink(Notice(message.format(duration=duration, first=first, epochs=planned)))

    @_timed
    def on_train_end(self, logs=None) -> None:
        self.flush()
        self.snapshot()

    def snapshot(self, timed: bool = True) -> None:
        """Emit a snapshot, and the confusion matrix from the same pass; ``timed``: its
        cost sets the gap to the next one (the first snapshot also traces the probe
        function, so it says nothing of later ones)."""
        started = time.perf_counter()
        epoch = self.step / self.steps_per_epoch
        self.sink(self.prober.snapshot(self.step, epoch))
        if self.validation is not None:
            y, names = self.validation
            predicted = np.argmax(self.prober.output, axis=-1)
            classes = len(names)
            matrix = np.bincount(y * classes + predicted, minlength=classes * classes)
            self.sink(ConfusionMatrix(self.step, epoch, matrix.reshape(classes, classes), names))
        if self.boundary is not None:
            self.sink(self.boundary.look(self.step))
        self.last_snapshot = time.perf_counter()
        cost = self.last_snapshot - started if timed else 0.0
        self.snapshot_gap = max(self.probe_interval, cost / SNAPSHOT_SHARE)


def train(
    experiment: Experiment,
    sink: Sink,
    stop: threading.Event | None = None,
    run_dir: Path | None = None,
    probe_interval: float = PROBE_INTERVAL_S,
    extra_callbacks: Sequence[keras.callbacks.Callback] = (),
    steer: Steer | None = None,
    replay: Sequence[RateChange] = (),
) -> Finished | Failed:
    """Train one experiment to the end (or to a stop); the last event is also returned.
    ``steer`` pauses it or sets its rate as it goes; ``replay`` sets the rates a steered
    run was given, at the same steps.

    Never raises for a bad experiment or a failure inside Keras: those become a Failed
    event, so a caller on another thread always hears how the run ended.
    """
    try:
        plan = data.plan_for(experiment)  # a file changed since it was last read: read it now
    except data.DataError as err:
        return _fail(sink, cannot_load(err))
    # Checked before TensorFlow is asked for anything: too big for the machine is a problem.
    plan = replace(plan, free_memory=available_memory())
    problems = plan.problems()
    if problems:
        message = translate("engine.training", "The experiment is not valid: {problems}")
        return _fail(sink, message.format(problems="; ".join(map(str, problems))))
    try:
        steering = (steer or Unsteered(), tuple(replay))
        result = _train(
            plan,
            sink,
            stop or threading.Event(),
            run_dir,
            probe_interval,
            extra_callbacks,
            steering,
        )
    except data.DataError as err:
        result = Failed(cannot_load(err))
    except Exception as err:
        result = Failed(plain_failure(err), traceback.format_exc())
    sink(result)
    return result


def cannot_load(err: Exception) -> str:
    return translate("engine.training", "Cannot load the data: {error}").format(error=err)


def _fail(sink: Sink, message: str) -> Failed:
    failed = Failed(message)
    sink(failed)
    return failed


# Seeding is global in Keras: two threads preparing at once would mix their random draws.
_PREPARE_LOCK = threading.Lock()


def prepare(plan: Plan, preview: bool = False) -> tuple[data.Dataset, builder.Built, Prober]:
    """Seed, load the data (for a ``preview``, an image folder's first images only),
    build and compile the model and its prober."""
    experiment = plan.experiment
    with _PREPARE_LOCK:
        keras.utils.set_random_seed(experiment.seed)
        dataset = data.load(plan, preview=preview)
        scaling = data.fit_scaling(experiment.data.preprocessing, dataset.x_train)
        value_range = (float(dataset.x_train.min()), float(dataset.x_train.max()))
        with devices.current().strategy.scope():  # one device unless chosen otherwise
            built = builder.build(plan, scaling, value_range)
            builder.compile_model(built, plan)
        targets = _targets(plan)
        probe_x = dataset.x_val[:PROBE_SAMPLES]
        sources = [column.units for column in graph.columns(plan)[:-1]]
        plane = None
        if plan.dataset().plane:
            plane = data.plane_features(graph.plane_grid(), experiment.data.dataset.params)
        prober = Prober(built, probe_x, targets(dataset.y_val[:PROBE_SAMPLES]), sources, plane)
        return dataset, built, prober


def initial_snapshot(experiment: Experiment) -> Snapshot:
    """The network as initialized, before any training: the lessons' initialization
    experiment needs no training at all to show saturation or collapse."""
    prober = prepare(data.plan_for(experiment), preview=True)[2]
    return prober.snapshot(0, 0.0)


def _train(
    plan: Plan,
    sink: Sink,
    stop: threading.Event,
    run_dir: Path | None,
    probe_interval: float,
    extra_callbacks: Sequence[keras.callbacks.Callback],
    steering: tuple[Steer, tuple[RateChange, ...]],
) -> Finished | Failed:
    started = time.perf_counter()
    experiment = plan.experiment
    record = RunRecord(run_dir, experiment)  # an unwritable folder fails here, at once
    try:
        dataset, built, prober = prepare(plan)
    except Exception as err:  # the data or the model: the run's files say it failed
        reason = cannot_load(err) if isinstance(err, data.DataError) else None
        record.end(FAILED, reason=reason or plain_failure(err))
        raise
    try:  # from here on, any failure is written into the run's files
        emit = fan_out(sink, record)
        settings = experiment.training
        train_size = dataset.sizes[0]
        steps_per_epoch = catalog.steps_per_epoch(train_size, settings.batch_size)
        keras_callbacks = _keras_callbacks(experiment)
        callback = LiveCallback(
            emit,
            stop,
            prober,
            (dataset.y_val[:PROBE_SAMPLES], dataset.class_names) if plan.classification else None,
            train_size,
            settings.batch_size,
            steps_per_epoch,
            probe_interval,
            _planned_rates(experiment, steps_per_epoch),
            _boundary_probe(plan, prober, dataset),
            *steering,
        )
        emit(
            Started(
                settings.epochs,
                steps_per_epoch,
                tuple(p.label for p in built.probes),
                train_size,
            )
        )
        if dataset.skipped:
            shown = ", ".join(dataset.skipped[:3]) + " ..." * (len(dataset.skipped) > 3)
            left_out = translate("engine.training", "Left out {count} unreadable image(s): {files}")
            emit(Notice(left_out.format(count=len(dataset.skipped), files=shown)))
        targets = _targets(plan)
        inputs, skipped = _fit_inputs(plan, dataset, targets, emit)
        built.model.fit(
            **inputs,
            epochs=settings.epochs,
            verbose=0,
            # Ours after Keras' own: its last snapshot sees the weights early stopping restored.
            callbacks=[*keras_callbacks, *extra_callbacks, *skipped, callback],
        )
        if callback.nan_step is None:
            test = built.model.evaluate(
                **_test_inputs(dataset, targets, settings.batch_size, skipped)
            )
            for watch in skipped:
                watch.check(2)
    except KeyboardInterrupt:  # Ctrl+C in the CLI: keep what was done
        record.end(INTERRUPTED, built.model, translate("engine.training", "interrupted (Ctrl+C)"))
        raise
    except Exception as err:
        unreadable = _unreadable_image(err, dataset)
        if unreadable is not None:
            record.end(FAILED, reason=cannot_load(unreadable))
            raise unreadable from None
        record.end(FAILED, reason=plain_failure(err))
        raise
    if callback.nan_step is not None:
        failed = Failed(_nan_message(callback.nan_step, steps_per_epoch))
        record.end(FAILED, reason=failed.message)  # no model: its weights are NaN
        return failed
    early = [c for c in keras_callbacks if isinstance(c, keras.callbacks.EarlyStopping)]
    tested = {f"test_{k}": float(v) for k, v in test.items()}
    record.end(STOPPED if callback.stopped else FINISHED, built.model, test=tested)
    return Finished(
        epochs_done=len(record.epochs),
        stopped=callback.stopped,
        early_stopped=bool(early and early[0].stopped_epoch > 0),
        test_metrics=tested,
        seconds=time.perf_counter() - started,
        run_dir=str(run_dir) if run_dir is not None else None,
        inside_seconds=callback.spent,
    )


def _fit_inputs(
    plan: Plan, dataset: data.Dataset, targets: Callable, emit: Sink
) -> tuple[dict, list[keras.callbacks.Callback]]:
    """``model.fit``'s data: the arrays, shuffled by Keras, or the streams (tf.data,
    shuffled with the experiment's seed), with what names the images a stream skips."""
    batch_size = plan.experiment.training.batch_size
    if dataset.streams is None:
        return {
            "x": dataset.x_train,
            "y": targets(dataset.y_train),
            "batch_size": batch_size,
            "validation_data": (dataset.x_val, targets(dataset.y_val)),
            "shuffle": True,
        }, []
    from core.engine.image_stream import SkippedImages

    train, val, _ = dataset.streams
    watch = SkippedImages(dataset.streams, lambda t: emit(Notice(t))) if train.skip else None
    seed = plan.experiment.seed
    return {
        "x": train.batches(targets, batch_size, seed, watch.counters[0] if watch else None),
        "validation_data": val.batches(
            targets, batch_size, None, watch.counters[1] if watch else None
        ),
        "shuffle": False,  # the stream shuffles itself, seeded
    }, [watch] if watch else []


def _test_inputs(dataset: data.Dataset, targets: Callable, batch_size: int, watches: list) -> dict:
    if dataset.streams is not None:
        counter = watches[0].counters[2] if watches else None
        inputs = {"x": dataset.streams[2].batches(targets, batch_size, None, counter)}
    else:
        inputs = {"x": dataset.x_test, "y": targets(dataset.y_test)}
    return {**inputs, "verbose": 0, "return_dict": True}


def _unreadable_image(err: Exception, dataset: data.Dataset) -> data.DataError | None:
    """A streamed image TensorFlow could not decode, found and named (its error does not
    say which file it was); None when the failure was something else."""
    import tensorflow as tf

    if dataset.streams is None or not isinstance(err, tf.errors.OpError):
        return None
    from core.engine import image_stream

    for stream in dataset.streams:
        if not isinstance(stream, image_stream.Stream):
            continue  # a table's rows were all read before training
        bad = image_stream.unreadable(stream.files, stream.indices)
        if bad:
            return data.DataError(image_stream.named(bad))
    return None


def _nan_message(step: int, steps_per_epoch: int) -> str:
    message = translate(
        "engine.training",
        "The loss stopped being a number at step {step} (epoch {epoch}), so training stopped "
        "there and no model was saved. Try a lower learning rate, gradient clipping, or "
        "standardized inputs.",
    )
    return message.format(step=step + 1, epoch=step // steps_per_epoch + 1)


def plain_failure(err: BaseException) -> str:
    """A failure in one sentence: what failed, the likely cause, what to try."""
    text = str(err)
    if isinstance(err, files.WriteError):
        return translate("engine.training", "Cannot write the run's files: {error}").format(
            error=text
        )
    if isinstance(err, MemoryError) or "OOM" in text or "Unable to allocate" in text:
        return translate(
            "engine.training",
            "Training ran out of memory: the network, the batch or the data is too big for "
            "this machine. Try fewer units or filters, a smaller batch size or less data.",
        )
    first = text.strip().splitlines()[0] if text.strip() else type(err).__name__
    return translate("engine.training", "Training failed: {error}").format(error=first[:300])


def _boundary_probe(plan: Plan, prober: Prober, dataset: data.Dataset) -> BoundaryProbe | None:
    if prober.plane is None:
        return None
    return BoundaryProbe(plan, prober, dataset.x_train, dataset.y_train)


def _planned_rates(
    experiment: Experiment, steps_per_epoch: int
) -> Callable[[int], np.ndarray] | None:
    """Each epoch's planned rates, computed when the epoch begins; None when Keras
    drives the rate (a callback)."""
    t = experiment.training
    schedule: Schedule = catalog.SCHEDULES[t.schedule.name]  # type: ignore[assignment]
    params, base = t.schedule.params, t.optimizer.params["learning_rate"]
    if schedule.callback(params) is not None:
        return None

    def rates(epoch: int) -> np.ndarray:
        steps = np.arange(epoch * steps_per_epoch, (epoch + 1) * steps_per_epoch)
        return schedule.rates(params, base, t.epochs, steps_per_epoch, steps)

    return rates


def _keras_callbacks(experiment: Experiment) -> list[keras.callbacks.Callback]:
    """Keras' own callbacks for what the spec asks: early stopping, a schedule Keras
    drives (reduce on plateau)."""
    t = experiment.training
    stopping = catalog.EARLY_STOPPING[t.early_stopping.name]
    schedule: Schedule = catalog.SCHEDULES[t.schedule.name]  # type: ignore[assignment]
    calls = [
        stopping.call(**t.early_stopping.params) if stopping.call else None,
        schedule.callback(t.schedule.params),
    ]
    return [call.make(keras) for call in calls if call is not None]


def _targets(plan: Plan):
    """Class numbers as they are, or one-hot rows for a classifier trained on MSE & co."""
    if not plan.one_hot_targets():
        return lambda y: y
    classes = plan.dataset().num_classes
    return lambda y: np.eye(classes, dtype=np.float32)[y]
