"""A run's TensorBoard event files, written as it goes with TensorFlow's own ``tf.summary``:
`tensorboard --logdir` on the run store shows LayerLab's runs beside the user's other work.

Per epoch every metric (``epoch/loss``, ``epoch/val_accuracy``, ``epoch/learning_rate``),
per batch the loss (``batch/loss``, gathered over the epoch and written in one traced call
at its end: one eager ``tf.summary.scalar`` per batch cost ~5% of a default run), per
snapshot each layer's activation, pre-activation and weight histograms
(``activations/2_Dense``, ...) as LayerLab binned them, and once the experiment's
settings as hyperparameters (TensorBoard's HParams tab).
"""

from __future__ import annotations

import queue
import threading
from pathlib import Path

import numpy as np
import tensorflow as tf
from tensorboard.plugins.histogram import metadata as histogram_metadata
from tensorboard.plugins.hparams import api as hparams
from tensorboard.plugins.scalar import metadata as scalar_metadata

from core.model import settings
from core.model.events import BatchEnd, EpochEnd, Event, Histogram, Snapshot
from core.model.spec import Experiment

FLUSH_MS = 5000
PARTS = (("output", "activations"), ("pre", "pre_activations"), ("weights", "weights"))


def _histogram_tensor(histogram: Histogram) -> np.ndarray:
    """TensorBoard's histogram layout: one (left edge, right edge, count) row per bin."""
    edges = histogram.edges.astype(np.float64)
    return np.stack([edges[:-1], edges[1:], histogram.counts.astype(np.float64)], axis=1)


def _batch_losses_writer(writer: tf.summary.SummaryWriter) -> tf.types.experimental.Function:
    """One traced loop per run: a traced function keeps the writer it was traced with.
    ``tf.summary.write`` names the tag itself (``scalar`` would prefix the loop's scope)."""
    metadata = scalar_metadata.create_summary_metadata("", "")

    @tf.function(
        input_signature=[tf.TensorSpec([None], tf.int64), tf.TensorSpec([None], tf.float32)]
    )
    def write(steps: tf.Tensor, losses: tf.Tensor) -> None:
        with writer.as_default():
            for i in tf.range(tf.size(steps)):
                tf.summary.write("batch/loss", losses[i], step=steps[i], metadata=metadata)

    return write


class EventsFile:
    """A sink writing the run's events into ``folder`` (TensorBoard's own file format).

    The writes happen on a thread of its own: the training thread only queues the event,
    so TensorBoard's share of a run's time is what the writer thread takes from it."""

    def __init__(self, folder: Path, experiment: Experiment) -> None:
        # Flushed every few seconds: a run killed with ``kill -9`` keeps all but those.
        self.writer = tf.summary.create_file_writer(str(folder), flush_millis=FLUSH_MS)
        with self.writer.as_default():
            hparams.hparams(settings.flat(experiment), trial_id=folder.name)
        self._batches: list[tuple[int, float]] = []
        self._write_batch_losses = _batch_losses_writer(self.writer)
        self._queue: queue.SimpleQueue[Event | None] = queue.SimpleQueue()
        self._failure: BaseException | None = None
        self._thread = threading.Thread(target=self._drain, name="tensorboard", daemon=True)
        self._thread.start()

    def __call__(self, event: Event) -> None:
        if isinstance(event, BatchEnd | EpochEnd | Snapshot):
            self._queue.put(event)

    def _drain(self) -> None:
        with self.writer.as_default():
            while (event := self._queue.get()) is not None:
                if self._failure is None:
                    try:
                        self._write(event)
                    except Exception as err:  # raised again by close()
                        self._failure = err
            if self._failure is None:
                self._write_batches()

    def _write(self, event: Event) -> None:
        if isinstance(event, BatchEnd):
            self._batches.append((event.step, event.loss))
        elif isinstance(event, EpochEnd):
            self._write_batches()
            for name, value in event.metrics.items():
                tf.summary.scalar(f"epoch/{name}", value, step=event.epoch + 1)
        elif isinstance(event, Snapshot):
            self._snapshot(event)

    def _snapshot(self, snapshot: Snapshot) -> None:
        for layer in snapshot.layers:
            for field, folder in PARTS:
                histogram: Histogram | None = getattr(layer, field)
                if histogram is None:
                    continue
                name = f"{folder}/{layer.name.replace(' ', '_')}"
                metadata = histogram_metadata.create_summary_metadata(name, "")
                tensor = tf.constant(_histogram_tensor(histogram))
                tf.summary.write(name, tensor, step=snapshot.step, metadata=metadata)

    def _write_batches(self) -> None:
        if self._batches:
            steps, losses = zip(*self._batches, strict=True)
            self._batches.clear()
            self._write_batch_losses(tf.constant(steps, tf.int64), tf.constant(losses, tf.float32))

    def close(self) -> None:
        """Write what is queued, then close the file; a write that failed is raised here."""
        self._queue.put(None)
        self._thread.join()
        self.writer.flush()
        self.writer.close()
        if self._failure is not None:
            raise self._failure
