"""Looking inside a model on a fixed probe batch: one multi-output model for every
layer's activations, one compiled function for every kernel's gradient norm.

Both are built once per run; a snapshot costs one forward pass (and one backward pass
for the gradients) on a few hundred samples, never a pass over the data, and never with
``training=True`` (that would update BatchNorm statistics and apply dropout).
"""

from __future__ import annotations

import logging

import keras
import numpy as np
import tensorflow as tf

from core.engine import builder, data
from core.model import insight
from core.model.events import Boundary, Snapshot
from core.model.plan import Plan


def _not_our_retracing(record: logging.LogRecord) -> bool:
    """Every run and every preview builds a new model, so a new probe function traced
    once, on purpose; TensorFlow's warning about repeated tracing says nothing here."""
    return "triggered tf.function retracing" not in record.getMessage()


logging.getLogger("tensorflow").addFilter(_not_our_retracing)

GRID = 40
EXTENT = (-1.3, 1.3)
MAX_POINTS = 400


class Prober:
    """Takes snapshots of a compiled model; ``y`` are the probe batch's targets."""

    def __init__(self, built: builder.Built, x: np.ndarray, y: np.ndarray) -> None:
        self.built, self.x, self.y = built, x, y
        model = built.model
        self.outputs: list[str] = []
        for p in built.probes:
            self.outputs.append(p.layer_name)
            if p.pre_name:
                self.outputs.append(p.pre_name)
        self.model = keras.Model(
            model.inputs[0], [model.get_layer(n).output for n in self.outputs], name="probe"
        )
        self.kernel_layers = [p.weights_name for p in built.probes if p.weights_name]
        self.kernels = [model.get_layer(n).kernel for n in self.kernel_layers]
        self._look = self._compile()
        self.ranges = insight.Ranges()
        self.previous: dict[str, np.ndarray] = {}
        self.previous_step = 0
        # the model's output for the probe batch at the last snapshot (class
        # probabilities for a classifier)
        self.output: np.ndarray | None = None

    def _compile(self):
        """One traced function for activations, gradient norms and kernels: a single
        trace per run, a single call per snapshot."""
        probe, loss = self.model, self.built.model.loss
        final = self.outputs.index("output")
        variables = [k.value for k in self.kernels]

        @tf.function(reduce_retracing=True)
        def look(x, y):
            with tf.GradientTape() as tape:
                outputs = probe(x, training=False)
                loss_value = loss(y, outputs[final])
            norms = [tf.norm(g) for g in tape.gradient(loss_value, variables)]
            return outputs, norms, [tf.identity(v) for v in variables]

        return look

    def snapshot(self, step: int, epoch: float) -> Snapshot:
        outputs, norms, kernel_values = self._look(self.x, self.y)
        values = {n: o.numpy() for n, o in zip(self.outputs, outputs, strict=True)}
        kernels = {n: k.numpy() for n, k in zip(self.kernel_layers, kernel_values, strict=True)}
        grads = {n: float(g) for n, g in zip(self.kernel_layers, norms, strict=True)}
        layers = []
        for p in self.built.probes:
            kernel = kernels.get(p.weights_name) if p.weights_name else None
            layers.append(
                insight.layer_snapshot(
                    p.label,
                    p.activation,
                    values[p.layer_name],
                    self.ranges,
                    p.value_range,
                    pre=values.get(p.pre_name) if p.pre_name else None,
                    kernel=kernel,
                    grad_norm=grads.get(p.weights_name) if p.weights_name else None,
                    update_ratio=self._update_ratio(p.weights_name, kernel, step),
                )
            )
        self.previous = kernels
        self.previous_step = step
        self.output = values["output"]
        return Snapshot(step, epoch, tuple(layers))

    def _update_ratio(self, name: str | None, kernel: np.ndarray | None, step: int) -> float | None:
        before = self.previous.get(name) if name else None
        steps = step - self.previous_step
        if before is None or kernel is None or steps <= 0:
            return None
        scale = float(np.linalg.norm(before))
        if scale == 0.0:
            return None
        return float(np.linalg.norm(kernel - before)) / scale / steps


class BoundaryProbe:
    """The model's answer over a grid of the 2-D plane (derived features computed the
    same way as for the data), for the decision-boundary view."""

    def __init__(
        self, plan: Plan, model: keras.Model, points: np.ndarray, targets: np.ndarray
    ) -> None:
        self.model, self.task = model, plan.dataset().task
        axis = np.linspace(*EXTENT, GRID, dtype=np.float32)
        x1, x2 = np.meshgrid(axis, axis)
        plane = np.stack([x1.ravel(), x2.ravel()], axis=1)
        self.grid = data.plane_features(plane, plan.experiment.data.dataset.params)
        self.points, self.targets = points[:MAX_POINTS, :2], targets[:MAX_POINTS]

    def look(self, step: int) -> Boundary:
        out = np.asarray(self.model.predict_on_batch(self.grid))
        values = out[:, 1] if self.task == "classification" else out[:, 0]
        return Boundary(
            step, EXTENT, values.reshape(GRID, GRID), self.points, self.targets, self.task
        )
