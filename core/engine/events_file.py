"""A run's TensorBoard event files, written as it goes with TensorFlow's own ``tf.summary``:
`tensorboard --logdir` on the run store shows LayerLab's runs beside the user's other work.

Per epoch every metric (``epoch/loss``, ``epoch/val_accuracy``, ``epoch/learning_rate``),
per batch the loss (``batch/loss``), per snapshot each layer's activation,
pre-activation and weight histograms (``activations/2_Dense``, ...) as LayerLab binned
them, and once the experiment's settings as hyperparameters (TensorBoard's HParams tab).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import tensorflow as tf
from tensorboard.plugins.histogram import metadata as histogram_metadata
from tensorboard.plugins.hparams import api as hparams

from core.model import settings
from core.model.events import BatchEnd, EpochEnd, Event, Histogram, Snapshot
from core.model.spec import Experiment

FLUSH_MS = 5000
PARTS = (("output", "activations"), ("pre", "pre_activations"), ("weights", "weights"))


def _histogram_tensor(histogram: Histogram) -> np.ndarray:
    """TensorBoard's histogram layout: one (left edge, right edge, count) row per bin."""
    edges = histogram.edges.astype(np.float64)
    return np.stack([edges[:-1], edges[1:], histogram.counts.astype(np.float64)], axis=1)


class EventsFile:
    """A sink writing the run's events into ``folder`` (TensorBoard's own file format)."""

    def __init__(self, folder: Path, experiment: Experiment) -> None:
        # Flushed every few seconds: a run killed with ``kill -9`` keeps all but those.
        self.writer = tf.summary.create_file_writer(str(folder), flush_millis=FLUSH_MS)
        with self.writer.as_default():
            hparams.hparams(settings.flat(experiment), trial_id=folder.name)

    def __call__(self, event: Event) -> None:
        with self.writer.as_default():
            if isinstance(event, BatchEnd):
                tf.summary.scalar("batch/loss", event.loss, step=event.step)
            elif isinstance(event, EpochEnd):
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

    def close(self) -> None:
        self.writer.flush()
        self.writer.close()
