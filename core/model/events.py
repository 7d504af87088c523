"""Plain, immutable event objects the training engine emits to its sink.

They cross from the worker thread to the GUI through a queue, so they hold only
numbers, strings and numpy arrays: never a Keras object.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

import numpy as np


@dataclass(frozen=True)
class Started:
    epochs: int
    steps_per_epoch: int
    layer_names: tuple[str, ...]  # the layers the histograms show, in network order
    train_samples: int


@dataclass(frozen=True)
class BatchEnd:
    epoch: int  # 0-based
    batch: int  # 0-based within the epoch
    step: int  # 0-based over the whole run
    loss: float  # this batch's own loss, not the epoch's running mean
    learning_rate: float  # the rate the optimizer used for this batch


@dataclass(frozen=True)
class EpochEnd:
    epoch: int  # 0-based
    metrics: Mapping[str, float]  # Keras history names: loss, val_loss, accuracy, ...

    def row(self) -> dict[str, float]:
        """The epoch as a metrics.csv row: 1-based epoch, then the metrics."""
        return {"epoch": self.epoch + 1, **self.metrics}


@dataclass(frozen=True)
class Histogram:
    edges: np.ndarray  # bins + 1 values
    counts: np.ndarray  # bins values


@dataclass(frozen=True)
class Wiring:
    """The weights into a layer as the network graph draws them (core/model/graph.py):
    one edge per (source node, target node), a block of the kernel reduced to its mean
    (its sign colours the edge) and root mean square (its thickness)."""

    mean: np.ndarray  # (source nodes, target nodes)
    size: np.ndarray  # (source nodes, target nodes), >= 0


@dataclass(frozen=True)
class LayerSnapshot:
    """What one layer looked like at one moment, on the fixed probe batch."""

    name: str  # e.g. "2 Dense"
    activation: str  # its activation function ("relu", "sigmoid", ...; "" for none)
    output: Histogram  # after the activation
    pre: Histogram | None  # before it (weights, or BatchNorm), where the layer has one
    weights: Histogram | None  # kernel values, where the layer has weights
    mean: float  # of the outputs
    std: float
    saturated: float | None  # share of outputs in a flat end (sigmoid and tanh only)
    dead: float | None  # share of units that are 0 for the whole batch (ReLU only)
    grad_norm: float | None  # norm of the loss gradient for the kernel
    update_ratio: float | None  # |dW| / |W| per step since the previous snapshot
    wiring: Wiring | None = None  # its incoming weights, for the graph (where it has a kernel)
    maps: np.ndarray | None = None  # 2-D data: each unit's output over the plane (units, n, n)


@dataclass(frozen=True)
class Snapshot:
    step: int  # optimizer steps done when it was taken (0: as initialized)
    epoch: float  # fractional epochs done
    layers: tuple[LayerSnapshot, ...]
    inputs: np.ndarray | None = None  # 2-D data: each input feature over the plane (features, n, n)


@dataclass(frozen=True)
class ConfusionMatrix:
    """Taken with every snapshot, from the same pass over the probe batch."""

    step: int  # as the snapshot's
    epoch: float  # fractional epochs done
    matrix: np.ndarray  # rows: true class, columns: predicted (probe batch of validation)
    class_names: tuple[str, ...]


@dataclass(frozen=True)
class Boundary:
    """What a 2-D model predicts over the plane, with the training points on top."""

    step: int
    extent: tuple[float, float]  # the grid spans [lo, hi] on both axes
    values: np.ndarray  # (n, n): rows follow x2, columns x1; P(class 1), or the prediction
    points: np.ndarray  # (m, 2) training points
    targets: np.ndarray  # (m,) their classes or values
    task: str  # "classification" or "regression"


@dataclass(frozen=True)
class Notice:
    """Something the user should know while the run goes on (e.g. it will take days)."""

    message: str


@dataclass(frozen=True)
class Steered:
    """The run was steered between two batches (core/model/steering.py): paused,
    resumed, or given a new learning rate for the rest of it."""

    step: int  # optimizer steps done at that moment
    epoch: float  # fractional epochs done
    kind: str  # "pause", "resume" or "rate"
    value: float = 0.0  # "rate": the new rate; "resume": the seconds it stood paused


@dataclass(frozen=True)
class Finished:
    epochs_done: int
    stopped: bool  # True when the user stopped the run early
    early_stopped: bool  # True when early stopping ended it
    test_metrics: Mapping[str, float]
    seconds: float
    run_dir: str | None = None
    inside_seconds: float = 0.0  # of ``seconds``, what looking inside took (snapshots &c.)


@dataclass(frozen=True)
class Failed:
    message: str
    details: str = field(default="", repr=False)


Event = (
    Started
    | BatchEnd
    | EpochEnd
    | Snapshot
    | ConfusionMatrix
    | Boundary
    | Notice
    | Steered
    | Finished
    | Failed
)
Sink = Callable[[Event], None]


def fan_out(*sinks: Sink) -> Sink:
    """One sink that hands each event to several."""

    def emit(event: Event) -> None:
        for sink in sinks:
            sink(event)

    return emit
