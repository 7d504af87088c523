"""Looking inside a model on a fixed probe batch: one multi-output model for every
layer's activations, one compiled function for every kernel's gradient norm.

Both are built once per run; a snapshot costs one forward pass (and one backward pass
for the gradients) on a few hundred samples, never a pass over the data, and never with
``training=True`` (that would update BatchNorm statistics and apply dropout).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import replace

import keras
import numpy as np
import tensorflow as tf

from core.engine import builder
from core.model import graph, insight
from core.model.events import Boundary, Snapshot
from core.model.plan import Plan


def _not_our_retracing(record: logging.LogRecord) -> bool:
    """Every run and every preview builds a new model, so a new probe function traced
    once, on purpose; TensorFlow's warning about repeated tracing says nothing here."""
    return "triggered tf.function retracing" not in record.getMessage()


logging.getLogger("tensorflow").addFilter(_not_our_retracing)

MAX_POINTS = 400


class Prober:
    """Takes snapshots of a compiled model; ``y`` are the probe batch's targets.

    ``sources``: how many units feed each probed layer (the graph's column before it),
    for the edges of the network graph; ``plane``: for 2-D data, the grid's features,
    looked at with each snapshot in the same model (each unit's map, the boundary).
    """

    def __init__(
        self,
        built: builder.Built,
        x: np.ndarray,
        y: np.ndarray,
        sources: Sequence[int] = (),
        plane: np.ndarray | None = None,
    ) -> None:
        self.built, self.x, self.y = built, x, y
        self.sources, self.plane = list(sources), plane
        # The input column's maps: the features over the plane, unless PCA turns them
        # into components first (the graph's input nodes are then the components).
        projected = any(layer.name == "pca" for layer in built.model.layers)
        self.input_maps = None if plane is None or projected else graph.unit_maps(plane)
        self.plane_output: np.ndarray | None = None  # the model's output over the plane
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
        plane = self._look_over_plane()
        layers = []
        for index, p in enumerate(self.built.probes):
            kernel = kernels.get(p.weights_name) if p.weights_name else None
            sources = self.sources[index] if index < len(self.sources) else 0
            seen = insight.layer_snapshot(
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
            layers.append(
                replace(
                    seen,
                    wiring=None if kernel is None else graph.wiring(kernel, sources),
                    maps=graph.unit_maps(plane[p.layer_name]) if plane else None,
                )
            )
        self.previous = kernels
        self.previous_step = step
        self.output = values["output"]
        return Snapshot(step, epoch, tuple(layers), self.input_maps)

    def _look_over_plane(self) -> dict[str, np.ndarray]:
        """Every probed layer's output over the plane's grid (2-D data only)."""
        if self.plane is None:
            return {}
        looked = self.model.predict_on_batch(self.plane)
        over = {n: np.asarray(o) for n, o in zip(self.outputs, looked, strict=True)}
        self.plane_output = over["output"]
        return over

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
    """What the model answered over the plane at the prober's last snapshot, for the
    decision-boundary view; the prober looks over the plane (its ``plane``)."""

    def __init__(self, plan: Plan, prober: Prober, points: np.ndarray, targets: np.ndarray) -> None:
        self.prober, self.task = prober, plan.dataset().task
        self.points, self.targets = points[:MAX_POINTS, :2], targets[:MAX_POINTS]

    def look(self, step: int) -> Boundary:
        out = self.prober.plane_output
        assert out is not None, "the prober takes its snapshot first"
        values = out[:, 1] if self.task == "classification" else out[:, 0]
        shape = (graph.GRID, graph.GRID)
        return Boundary(
            step, graph.EXTENT, values.reshape(shape), self.points, self.targets, self.task
        )
