"""The network as a graph (TensorFlow Playground's view): input, each layer the
histograms look at, output; a node per unit for narrow layers, one summarised node for
wide ones; edges carrying the weights, reduced to what can be drawn.

The columns come from the spec alone (the editor draws them before TensorFlow loads);
the weights and, for 2-D data, each unit's output over the plane come with every
snapshot (core/engine/probes.py), from the kernels the snapshot reads anyway.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from core.i18n import QT_TRANSLATE_NOOP, translate
from core.model import catalog, shapes
from core.model.events import Wiring
from core.model.plan import Plan

MAX_UNITS = 16  # a wider layer is drawn as one summarised node
GRID = 40  # the plane's grid for the decision boundary, points per axis
MAP_STEP = 2  # a unit's own map takes every second point of it: 20 x 20
EXTENT = (-1.3, 1.3)  # the grid spans [lo, hi] on both axes
# The input column's label: compared like the layers' (which name the snapshots' layers),
# so it stays in English; ``title`` shows it in the user's language.
INPUT_LABEL = QT_TRANSLATE_NOOP("graph", "Input")


@dataclass(frozen=True)
class Column:
    """One column of the graph: what the editor's row ``row`` makes."""

    label: str  # "Input", "2 Dense", "Output": as the histograms name it (see ``title``)
    row: int  # the editor's row: 0 the input, then the layers, the output last
    units: int  # the last axis of its output (channels for an image)
    activation: str  # its activation function's name, "" for none
    skip: bool = False  # a residual block: its input also skips to its output

    @property
    def nodes(self) -> int:
        return self.units if 0 < self.units <= MAX_UNITS else 1

    @property
    def summarised(self) -> bool:
        return self.nodes != self.units


def title(label: str) -> str:
    """A column's label as the graph shows it: "Input" and "Output" in the user's language,
    a layer's ("2 Dense") as it is."""
    return translate("graph", INPUT_LABEL) if label == INPUT_LABEL else shapes.shown_label(label)


def columns(plan: Plan) -> list[Column]:
    """The graph's columns for a network that fits together (an unknown width is 0)."""
    layers = plan.experiment.layers
    feature_shape = plan.feature_shape()
    found = [Column(INPUT_LABEL, 0, feature_shape[-1] if feature_shape else 0, "")]
    for info in plan.infos():
        if info.index < 0:
            shape, activation = info.output_shape, plan.output_activation()
            found.append(Column(shapes.OUTPUT_LABEL, len(layers) + 1, _width(shape), activation))
            continue
        layer = layers[info.index]
        if not catalog.LAYER_KINDS[layer.kind].probed:
            continue
        pick = layer.get("activation")
        found.append(
            Column(
                shapes.probe_label(info.index, layer),
                info.index + 1,
                _width(info.output_shape),
                pick.name if pick is not None else "",
                skip=layer.kind == "residual",
            )
        )
    return found


def _width(shape: tuple[int, ...] | None) -> int:
    return int(shape[-1]) if shape else 0


def wiring(kernel: np.ndarray, sources: int) -> Wiring:
    """A kernel (..., inputs, units) as edges from ``sources`` nodes: one per input when
    the inputs are the source column's units, else one from the whole column; one per
    unit for a narrow layer, else one into its summarised node. A convolution's kernel
    positions are averaged in, and so are a flattened image's: Flatten keeps channels
    last, so its inputs are the source's channels repeated per pixel."""
    inputs, units = kernel.shape[-2:]
    per_source = 0 < sources <= MAX_UNITS and inputs % sources == 0
    grouped = sources if per_source else inputs
    blocks = kernel.reshape(-1, grouped, units)  # (positions, inputs, units)
    if not per_source:
        blocks = blocks.reshape(-1, 1, units)
    if units > MAX_UNITS:
        blocks = blocks.transpose(0, 2, 1).reshape(-1, blocks.shape[1], 1)
    squares = np.square(blocks, dtype=np.float64)
    return Wiring(
        blocks.mean(axis=0, dtype=np.float64).astype(np.float32),
        np.sqrt(squares.mean(axis=0)).astype(np.float32),
    )


def unit_maps(outputs: np.ndarray) -> np.ndarray | None:
    """A layer's outputs over the grid (GRID * GRID, units) as each unit's own map
    (units, rows, columns) every MAP_STEP points; None for a wide or image layer."""
    if outputs.ndim != 2 or outputs.shape[1] > MAX_UNITS:
        return None
    maps = outputs.T.reshape(-1, GRID, GRID)[:, ::MAP_STEP, ::MAP_STEP]
    return np.ascontiguousarray(maps, dtype=np.float16)


def plane_grid() -> np.ndarray:
    """The grid's (x1, x2) points, x1 along the rows of a map, x2 down its columns."""
    axis = np.linspace(*EXTENT, GRID, dtype=np.float32)
    x1, x2 = np.meshgrid(axis, axis)
    return np.stack([x1.ravel(), x2.ravel()], axis=1)
