"""What the numbers inside a network say: histograms, layer statistics and diagnoses.

Every threshold a diagnosis uses lives in ``Thresholds``, so the rules the lessons
teach are stated once and tested once.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from core.i18n import translate
from core.model.events import BatchEnd, EpochEnd, Histogram, LayerSnapshot, Snapshot

BINS = 40
PROBE_SAMPLES = 256  # validation samples every snapshot looks at


@dataclass(frozen=True)
class Thresholds:
    sigmoid_low: float = 0.05  # a sigmoid output below this or above 1 - this is saturated
    tanh_high: float = 0.95  # a tanh output with |value| above this is saturated
    saturated_alert: float = 0.5  # share of saturated outputs worth a finding
    collapsed_std: float = 0.04  # bounded outputs with a std below this all say the same
    dead_alert: float = 0.4  # share of dead ReLU units worth a finding
    vanishing_ratio: float = 1e-3  # first / last layer gradient norm below this
    exploding_ratio: float = 1e3  # and above this
    overfit_epochs: int = 4  # validation loss rising this many epochs while training falls


THRESHOLDS = Thresholds()


class Ranges:
    """Histogram ranges that only ever widen, so a layer's axis stays put while the
    distribution moves inside it (bounded activations keep their natural range)."""

    def __init__(self) -> None:
        self.ranges: dict[str, tuple[float, float]] = {}

    def histogram(
        self, key: str, values: np.ndarray, fixed: tuple[float, float] | None = None
    ) -> Histogram:
        flat = np.asarray(values, dtype=np.float64).ravel()
        flat = flat[np.isfinite(flat)]
        if fixed is None:
            lo, hi = (float(flat.min()), float(flat.max())) if flat.size else (0.0, 1.0)
            if key in self.ranges:
                lo, hi = min(lo, self.ranges[key][0]), max(hi, self.ranges[key][1])
            if hi - lo < 1e-9:
                lo, hi = lo - 0.5, hi + 0.5
            self.ranges[key] = fixed = (lo, hi)
        return _histogram(flat, fixed)


def _histogram(flat: np.ndarray, value_range: tuple[float, float]) -> Histogram:
    """np.histogram's counts for equal bins (values outside go to the end bins), at a
    third of its cost: it runs for several layers several times a second."""
    lo, hi = value_range
    index = ((flat - lo) * (BINS / (hi - lo))).astype(np.int64)
    np.clip(index, 0, BINS - 1, out=index)
    counts = np.bincount(index, minlength=BINS)
    edges = np.linspace(lo, hi, BINS + 1, dtype=np.float32)
    return Histogram(edges, counts.astype(np.int64))


def saturated_share(
    values: np.ndarray, activation: str, t: Thresholds = THRESHOLDS
) -> float | None:
    """Share of outputs on a flat end of a squashing activation; None for others."""
    if activation == "sigmoid":
        return float(np.mean((values < t.sigmoid_low) | (values > 1.0 - t.sigmoid_low)))
    if activation == "tanh":
        return float(np.mean(np.abs(values) > t.tanh_high))
    return None


def dead_share(values: np.ndarray, activation: str) -> float | None:
    """Share of ReLU units (channels, for images) that output 0 for every sample."""
    if activation != "relu":
        return None
    per_unit = np.asarray(values).reshape(len(values), -1, values.shape[-1])
    alive = np.any(per_unit > 0, axis=(0, 1))
    return float(1.0 - alive.mean())


def layer_snapshot(
    name: str,
    activation: str,
    output: np.ndarray,
    ranges: Ranges,
    value_range: tuple[float, float] | None = None,
    pre: np.ndarray | None = None,
    kernel: np.ndarray | None = None,
    grad_norm: float | None = None,
    update_ratio: float | None = None,
) -> LayerSnapshot:
    return LayerSnapshot(
        name=name,
        activation=activation,
        output=ranges.histogram(f"{name}/output", output, value_range),
        pre=None if pre is None else ranges.histogram(f"{name}/pre", pre),
        weights=None if kernel is None else ranges.histogram(f"{name}/weights", kernel),
        mean=float(np.mean(output)),
        std=float(np.std(output)),
        saturated=saturated_share(output, activation),
        dead=dead_share(output, activation),
        grad_norm=grad_norm,
        update_ratio=update_ratio,
    )


@dataclass(frozen=True)
class Finding:
    rule: str  # "saturated", "collapsed", "dead", "vanishing", "exploding", "nan", "overfit"
    layer: str  # the layer it is about, "" for the whole run
    message: str  # the observation and the lesson's advice, in words

    def __str__(self) -> str:
        return self.message


def _snapshot_findings(snapshot: Snapshot, t: Thresholds) -> list[Finding]:
    found = []
    for layer in snapshot.layers:
        act = layer.activation
        if layer.saturated is not None and layer.saturated > t.saturated_alert:
            message = translate(
                "insight",
                "Layer {layer}: {share} of {activation} outputs saturated - try Xavier "
                "initialization or BatchNorm",
            )
            share = f"{layer.saturated:.0%}"
            words = message.format(layer=layer.name, share=share, activation=act)
            found.append(Finding("saturated", layer.name, words))
        elif act in ("sigmoid", "tanh") and layer.std < t.collapsed_std:
            centre = 0.5 if act == "sigmoid" else 0.0
            message = translate(
                "insight",
                "Layer {layer}: every {activation} output is close to {centre} (std {std}): "
                "the units all say the same thing - the weights start too small; try "
                "Xavier initialization",
            )
            words = message.format(
                layer=layer.name, activation=act, centre=f"{centre:g}", std=f"{layer.std:.3f}"
            )
            found.append(Finding("collapsed", layer.name, words))
        if layer.dead is not None and layer.dead > t.dead_alert:
            message = translate(
                "insight",
                "Layer {layer}: {share} of ReLU units dead - lower the learning rate "
                "or use Leaky ReLU / He initialization",
            )
            words = message.format(layer=layer.name, share=f"{layer.dead:.0%}")
            found.append(Finding("dead", layer.name, words))
    norms = [(la.name, la.grad_norm) for la in snapshot.layers if la.grad_norm is not None]
    if len(norms) >= 2 and norms[-1][1] > 0:
        (first, g_first), (last, g_last) = norms[0], norms[-1]
        ratio = g_first / g_last
        if ratio < t.vanishing_ratio:
            message = translate(
                "insight",
                "gradient norm of layer {first} is {ratio} of layer {last}: vanishing "
                "gradients - try ReLU with He initialization, BatchNorm or skip connections",
            )
            words = message.format(first=first, ratio=f"{ratio:.0e}", last=last)
            found.append(Finding("vanishing", first, words))
        elif ratio > t.exploding_ratio:
            message = translate(
                "insight",
                "gradient norm of layer {first} is {ratio} times that of layer {last}: "
                "exploding gradients - try gradient clipping or a lower learning rate",
            )
            words = message.format(first=first, ratio=f"{ratio:.0e}", last=last)
            found.append(Finding("exploding", first, words))
    return found


def _nan_finding(batches: Sequence[BatchEnd]) -> list[Finding]:
    for b in batches:
        if not math.isfinite(b.loss):
            message = translate(
                "insight", "loss became NaN at step {step}: learning rate too high or no clipping"
            )
            return [Finding("nan", "", message.format(step=b.step + 1))]
    return []


def _overfit_finding(epochs: Sequence[EpochEnd], t: Thresholds) -> list[Finding]:
    n = t.overfit_epochs
    if len(epochs) < n + 1:
        return []
    recent = epochs[-(n + 1) :]
    val = [e.metrics.get("val_loss", math.nan) for e in recent]
    train = [e.metrics.get("loss", math.nan) for e in recent]
    rising = all(b > a for a, b in itertools.pairwise(val))
    falling = all(b < a for a, b in itertools.pairwise(train))
    if rising and falling:
        message = translate(
            "insight",
            "validation loss rising for {epochs} epochs while training loss falls: "
            "over-fitting - try dropout, L2 or early stopping",
        )
        return [Finding("overfit", "", message.format(epochs=n))]
    return []


def diagnose(
    snapshot: Snapshot | None,
    epochs: Sequence[EpochEnd] = (),
    batches: Sequence[BatchEnd] = (),
    t: Thresholds = THRESHOLDS,
) -> list[Finding]:
    """Findings for the latest snapshot and the run's history so far."""
    found = _nan_finding(batches)
    if snapshot is not None:
        found += _snapshot_findings(snapshot, t)
    return found + _overfit_finding(epochs, t)


class RunHistory:
    """What diagnoses need from a run, kept as its events arrive (usable as a sink)."""

    def __init__(self) -> None:
        self.snapshot: Snapshot | None = None
        self.epochs: list[EpochEnd] = []
        self.first_nan: BatchEnd | None = None

    def __call__(self, event: object) -> None:
        if isinstance(event, Snapshot):
            self.snapshot = event
        elif isinstance(event, EpochEnd):
            self.epochs.append(event)
        elif isinstance(event, BatchEnd):
            self.add_batches([event])

    def add_batches(self, batches: Sequence[BatchEnd]) -> None:
        if self.first_nan is None:
            self.first_nan = next((b for b in batches if not math.isfinite(b.loss)), None)

    def findings(self) -> list[Finding]:
        nan = [self.first_nan] if self.first_nan else []
        return diagnose(self.snapshot, self.epochs, nan)
