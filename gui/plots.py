"""Live plots: items are created once and updated with setData from the drain timer."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt

from core.model.events import BatchEnd, EpochEnd, Started
from gui.i18n import translate

TRAIN_COLOUR = (40, 90, 200)
VALIDATION_COLOUR = (230, 120, 30)
_FLOOR = 1e-8  # log axes cannot show 0; a loss that small draws at the floor


AXIS_WIDTH = 55  # fixed: an axis that fits its labels re-lays out (and repaints) the plot


def steady_axes(plot: pg.PlotItem, grid: bool = False) -> None:
    """Axes for a plot redrawn while training: no SI prefix (it rewrites the axis label
    and re-lays the plot out whenever the range moves), ticks (and ``grid`` lines) at
    major values only (the minor ones cost a quarter of each repaint)."""
    if grid:
        plot.showGrid(x=True, y=True, alpha=0.25)
    for name in ("left", "bottom", "top", "right"):  # hidden ones follow the range too
        axis = plot.getAxis(name)
        axis.enableAutoSIPrefix(False)
        axis.setStyle(maxTickLevel=0)


def configure() -> None:
    """Global pyqtgraph options, set once before any plot exists."""
    pg.setConfigOptions(antialias=False, background="w", foreground="k")


INITIAL_CAPACITY = 1 << 16


class StepSeries:
    """Per-step values in a preallocated buffer that grows if a run outlasts its plan."""

    def __init__(self) -> None:
        self.reset(0, 1)

    def reset(self, planned_steps: int, steps_per_epoch: int) -> None:
        start = min(planned_steps, INITIAL_CAPACITY)  # a plan of 10^8 steps grows as it goes
        self.x, self.y, self.n = np.zeros(start), np.zeros(start), 0
        self.steps_per_epoch = steps_per_epoch

    def add(self, step: int, value: float) -> None:
        if self.n == len(self.x):
            self.x = np.resize(self.x, 2 * len(self.x) + 1)
            self.y = np.resize(self.y, len(self.x))
        self.x[self.n] = (step + 1) / self.steps_per_epoch
        self.y[self.n] = value
        self.n += 1

    def data(self) -> tuple[np.ndarray, np.ndarray]:
        return self.x[: self.n], self.y[: self.n]


class LossPlot(pg.PlotWidget):
    """Training loss per batch, and training/validation loss per epoch, against epochs."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setTitle(translate("plots", "Loss"))
        self.setLabel("bottom", translate("plots", "epoch"))
        self.setLabel("left", translate("plots", "loss (log scale)"))
        self.getAxis("left").setWidth(AXIS_WIDTH)
        steady_axes(self.getPlotItem(), grid=True)
        self.addLegend(offset=(-10, 10))
        self.setLogMode(y=True)
        self.batch_curve = self.plot(
            pen=pg.mkPen((*TRAIN_COLOUR, 90)), name=translate("plots", "train, per batch")
        )
        # A 100-epoch run has tens of thousands of batches: draw what a pixel can show.
        self.batch_curve.setDownsampling(auto=True, method="peak")
        self.batch_curve.setClipToView(True)
        self.epoch_curve = self.plot(
            pen=pg.mkPen(TRAIN_COLOUR, width=2), name=translate("plots", "train, epoch mean")
        )
        self.val_curve = self.plot(
            pen=pg.mkPen(VALIDATION_COLOUR, width=2),
            symbol="o",
            symbolSize=6,
            symbolBrush=VALIDATION_COLOUR,
            symbolPen=None,
            name=translate("plots", "validation"),
        )
        self.series = StepSeries()
        self.drawn = self.epochs_drawn = 0
        self._epochs: list[tuple[float, float, float]] = []

    def reset(self, started: Started) -> None:
        self.series.reset(started.epochs * started.steps_per_epoch, started.steps_per_epoch)
        self.drawn = self.epochs_drawn = 0
        self._epochs = []
        self._span: tuple[float, float] | None = None
        self.enableAutoRange(y=False)
        for curve in (self.batch_curve, self.epoch_curve, self.val_curve):
            curve.setData([], [])
        self.setXRange(0, started.epochs, padding=0.02)

    def add_batches(self, batches: list[BatchEnd]) -> None:
        """Keep the points; ``draw`` shows them (the window paces it)."""
        for b in batches:
            self.series.add(b.step, max(b.loss, _FLOOR) if math.isfinite(b.loss) else np.nan)

    def draw(self) -> bool:
        """Show what was added since the last call; False when there was nothing."""
        x, y = self.series.data()
        new_batches = len(x) != self.drawn
        new_epochs = len(self._epochs) != self.epochs_drawn
        if new_batches:
            self._cover(y[self.drawn :])
            self.drawn = len(x)
            self.batch_curve.setData(x, y)
        if new_epochs:
            new = len(self._epochs) - self.epochs_drawn
            self.epochs_drawn = len(self._epochs)
            epoch, train, val = (np.array(c) for c in zip(*self._epochs, strict=True))
            self.epoch_curve.setData(epoch, train)
            self.val_curve.setData(epoch, val)
            self._cover(np.concatenate([train[-new:], val[-new:]]))
        return new_batches or new_epochs

    def _cover(self, values: np.ndarray) -> None:
        """Widen the y axis (in decades) only when new values fall outside it: a range
        that moves on every update makes pyqtgraph redraw the axis every frame."""
        finite = values[np.isfinite(values)]
        if not finite.size:
            return
        lo, hi = math.log10(float(finite.min())), math.log10(float(finite.max()))
        if self._span is not None and self._span[0] <= lo and hi <= self._span[1]:
            return
        if self._span is not None:
            lo, hi = min(lo, self._span[0]), max(hi, self._span[1])
        self._span = (math.floor(lo * 2) / 2, math.ceil(hi * 2) / 2)
        self.setYRange(*self._span, padding=0.02)

    def add_epoch(self, event: EpochEnd) -> None:
        """Keep the epoch's means; ``draw`` shows them with the batches."""
        m = event.metrics
        train, val = m.get("loss", np.nan), m.get("val_loss", np.nan)
        self._epochs.append((event.epoch + 1, max(train, _FLOOR), max(val, _FLOOR)))

    @property
    def batch_points(self) -> int:
        return self.series.n


class RatePlot(pg.PlotWidget):
    """The learning rate planned for the run (dashed) and the one actually used."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setTitle(translate("plots", "Learning rate"))
        self.setLabel("bottom", translate("plots", "epoch"))
        self.getAxis("left").setWidth(AXIS_WIDTH)
        steady_axes(self.getPlotItem(), grid=True)
        self.addLegend(offset=(-10, 10))
        self.planned_curve = self.plot(
            pen=pg.mkPen((150, 150, 150), width=1, style=Qt.DashLine),
            name=translate("plots", "planned"),
        )
        self.used_curve = self.plot(
            pen=pg.mkPen(TRAIN_COLOUR, width=2), name=translate("plots", "used")
        )
        self.series = StepSeries()
        self.drawn, self.top = 0, 0.0

    def reset(self, started: Started, planned: tuple[np.ndarray, np.ndarray] | None) -> None:
        self.series.reset(started.epochs * started.steps_per_epoch, started.steps_per_epoch)
        self.drawn, self.top = 0, 0.0
        self.used_curve.setData([], [])
        self.planned_curve.setData(*(planned or ([], [])))
        self.setXRange(0, started.epochs, padding=0.02)
        if planned is not None and len(planned[1]):  # from 0 before the first step too
            self.top = float(np.max(planned[1])) * 1.1 or 1.0
            self.setYRange(0, self.top, padding=0)

    def add_batches(self, batches: list[BatchEnd]) -> None:
        """Keep the points; ``draw`` shows them (the window paces it)."""
        for b in batches:
            self.series.add(b.step, b.learning_rate)

    def draw(self) -> bool:
        """Show what was added since the last call; False when there was nothing."""
        x, y = self.series.data()
        if len(x) == self.drawn:
            return False
        self.drawn = len(x)
        self.used_curve.setData(x, y)
        planned = self.planned_curve.getData()[1]
        has_plan = planned is not None and len(planned) > 0
        top = max(float(y.max()), float(planned.max()) if has_plan else 0.0) * 1.1 or 1.0
        if top != self.top:  # from 0, so a constant rate is a line, not noise around it
            self.setYRange(0, top, padding=0)
            self.top = top
        return True


class MetricPlot(pg.PlotWidget):
    """Accuracy per epoch, training and validation (for a regression: the mean absolute
    error), beside the loss: what the status bar alone used to say."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setLabel("bottom", translate("plots", "epoch"))
        self.getAxis("left").setWidth(AXIS_WIDTH)
        steady_axes(self.getPlotItem(), grid=True)
        self.addLegend(offset=(-10, -10))
        self.train_curve = self.plot(
            pen=pg.mkPen(TRAIN_COLOUR, width=2), name=translate("plots", "train")
        )
        self.val_curve = self.plot(
            pen=pg.mkPen(VALIDATION_COLOUR, width=2),
            symbol="o",
            symbolSize=6,
            symbolBrush=VALIDATION_COLOUR,
            symbolPen=None,
            name=translate("plots", "validation"),
        )
        self.reset(1)

    def reset(self, epochs: int) -> None:
        self.key: str | None = None
        self._epochs: list[tuple[float, float, float]] = []
        self.drawn = 0
        self.setTitle(translate("plots", "Accuracy"))
        for curve in (self.train_curve, self.val_curve):
            curve.setData([], [])
        self.setXRange(0, epochs, padding=0.02)

    def add_epoch(self, event: EpochEnd) -> None:
        m = event.metrics
        if self.key is None:
            self.key = "accuracy" if "accuracy" in m else "mae"
            if self.key == "accuracy":
                self.setTitle(translate("plots", "Accuracy"))
            else:
                self.setTitle(translate("plots", "Mean absolute error"))
        train, val = m.get(self.key, np.nan), m.get(f"val_{self.key}", np.nan)
        self._epochs.append((event.epoch + 1, train, val))

    def draw(self) -> bool:
        if len(self._epochs) == self.drawn:
            return False
        self.drawn = len(self._epochs)
        epoch, train, val = (np.array(c, dtype=float) for c in zip(*self._epochs, strict=True))
        for curve, values in ((self.train_curve, train), (self.val_curve, val)):
            known = ~np.isnan(values)  # a run without validation, or without the metric
            curve.setData(epoch[known], values[known])
        return True
