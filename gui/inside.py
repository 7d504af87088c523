"""Views of the inside of the network: per-layer histograms (with a scrubber through
earlier snapshots), gradient norms and update ratios over time, the confusion matrix
and the diagnostics in words. Items are created once per run; updates use setData."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSlider,
    QWidget,
)

from core.model import insight, lessons, shapes
from core.model.events import Boundary, ConfusionMatrix, Histogram, Snapshot
from gui.i18n import translate
from gui.plots import steady_axes

MAX_COUNTED_CLASSES = 15  # a confusion matrix's counts are written in up to this many
PART_COLOURS = {"output": (60, 130, 200), "pre": (120, 120, 160), "weights": (90, 160, 90)}
LINE_COLOURS = [
    (31, 119, 180),
    (255, 127, 14),
    (44, 160, 44),
    (214, 39, 40),
    (148, 103, 189),
    (140, 86, 75),
    (227, 119, 194),
    (127, 127, 127),
    (188, 189, 34),
    (23, 190, 207),
]


def _title(layer, part: str) -> str:
    """A histogram's title: the layer's name as shown, with its saturated and dead shares."""
    name = shapes.shown_label(layer.name)
    if part != "output":
        return name
    notes = []
    if layer.saturated is not None:
        notes.append(
            translate("inside", "{share} saturated").format(share=f"{layer.saturated:.0%}")
        )
    if layer.dead is not None:
        notes.append(translate("inside", "{share} dead").format(share=f"{layer.dead:.0%}"))
    return name + (f" · {', '.join(notes)}" if notes else "")


class DrawnWhenShown:
    """Keeps the newest data and draws it only while on screen, or once shown: drawing
    views in hidden tabs would take the CPU away from training."""

    latest = None

    def show_latest(self, value) -> None:
        self.latest = value
        if self.isVisible():
            self._draw()

    def showEvent(self, event) -> None:  # Qt's name
        super().showEvent(event)
        if self.latest is not None:
            self._draw()


class WaitingNote:
    """For a plot view: says what it will show, in place of empty axes, until the run
    sends something; ``reset`` goes back to the note when a new run starts."""

    NOTE_COLOUR = "#777"
    AXES = ("left", "bottom")  # hidden while the note shows
    decorations: tuple = ()  # items hidden with them (a colour bar)

    def _add_note(self, title: str, text: str) -> None:
        self.waiting_title = title
        self.note = pg.TextItem(text, anchor=(0.5, 0.5), color=self.NOTE_COLOUR)
        self.addItem(self.note)
        self.reset()

    def reset(self) -> None:
        self.latest = None
        self._clear()
        self.setTitle(self.waiting_title)
        self.note.show()
        for axis in self.AXES:
            self.getPlotItem().hideAxis(axis)
        for item in self.decorations:
            item.hide()
        self.setRange(xRange=(-1, 1), yRange=(-1, 1), padding=0)

    def _reveal(self) -> None:
        if self.note.isVisible():
            self.note.hide()
            for axis in self.AXES:
                self.getPlotItem().showAxis(axis)
            for item in self.decorations:
                item.show()
            self.enableAutoRange()  # ``reset`` fixed the range around the note


class HistogramGrid(DrawnWhenShown, pg.GraphicsLayoutWidget):
    """One small histogram per layer, in network order, of one part of each layer's
    snapshot: its activations, its pre-activations or its weights. The x axis follows
    the snapshot's range, which only ever widens during a run."""

    MAX_COLUMNS = 6

    def __init__(self, part: str = "output", parent=None) -> None:
        super().__init__(parent)
        self.part = part  # "output", "pre" or "weights"
        self.curves: dict[str, pg.PlotDataItem] = {}
        self.plots: dict[str, pg.PlotItem] = {}
        self.redraws: dict[str, int] = {}
        self.titles: dict[str, str] = {}

    def set_layers(self, labels: list[str]) -> None:
        """Rebuild the grid for a network; called only when the layers change."""
        self.clear()
        self.curves, self.plots, self.redraws, self.titles = {}, {}, {}, {}
        n = max(1, len(labels))
        columns = n if n <= 3 else min(self.MAX_COLUMNS, math.ceil(math.sqrt(n)))
        for i, label in enumerate(labels):
            plot = self.addPlot(row=i // columns, col=i % columns)
            plot.setTitle(shapes.shown_label(label), size="9pt")
            plot.hideAxis("left")
            steady_axes(plot)
            plot.setMouseEnabled(x=False, y=False)
            plot.hideButtons()
            colour = PART_COLOURS[self.part]
            self.curves[label] = plot.plot(
                stepMode="center", fillLevel=0, brush=(*colour, 140), pen=pg.mkPen(colour)
            )
            self.plots[label] = plot
            self.redraws[label] = 0

    @property
    def snapshot(self) -> Snapshot | None:
        return self.latest

    def show_snapshot(self, snapshot: Snapshot) -> None:
        self.show_latest(snapshot)

    def _draw(self) -> None:
        for layer in self.latest.layers:
            curve = self.curves.get(layer.name)
            if curve is None:
                continue
            shown: Histogram | None = getattr(layer, self.part)
            if shown is None:
                curve.setData([], [])
            else:
                curve.setData(shown.edges, shown.counts)
                low, high = float(shown.edges[0]), float(shown.edges[-1])
                self.plots[layer.name].setXRange(low, high, padding=0)
            title = _title(layer, self.part)
            if self.titles.get(layer.name) != title:  # a new title re-lays the plot out
                self.plots[layer.name].setTitle(title, size="9pt")
                self.titles[layer.name] = title
            self.redraws[layer.name] += 1


class LinesPlot(pg.PlotWidget):
    """One line per layer over training steps, log scale: gradient norms or update ratios."""

    def __init__(self, title: str, field: str, parent=None) -> None:
        super().__init__(parent)
        self.field = field
        self.setTitle(title)
        self.setLabel("bottom", translate("inside", "epoch"))
        self.setLogMode(y=True)
        steady_axes(self.getPlotItem(), grid=True)
        self.addLegend(offset=(-10, 10), colCount=3)
        self.lines: dict[str, pg.PlotDataItem] = {}
        self.points: dict[str, tuple[list[float], list[float]]] = {}

    def reset(self, labels: list[str]) -> None:
        """Empty lines for these layers; the items are rebuilt only when the layers
        change (rebuilding costs tens of milliseconds of the GUI thread)."""
        self.points = {label: ([], []) for label in labels}
        if list(self.lines) == labels:
            for line in self.lines.values():
                line.setData([], [])
            return
        self.clear()
        self.addLegend(offset=(-10, 10), colCount=3)
        self.lines = {}
        for i, label in enumerate(labels):
            colour = LINE_COLOURS[i % len(LINE_COLOURS)]
            pen = pg.mkPen(colour, width=2)
            self.lines[label] = self.plot(pen=pen, name=shapes.shown_label(label))

    def add(self, snapshot: Snapshot) -> None:
        for layer in snapshot.layers:
            value = getattr(layer, self.field)
            if layer.name not in self.lines or value is None or not value > 0:
                continue
            xs, ys = self.points[layer.name]
            xs.append(snapshot.epoch)
            ys.append(value)
            self.lines[layer.name].setData(np.array(xs), np.array(ys))


class ConfusionView(WaitingNote, DrawnWhenShown, pg.PlotWidget):
    """The latest confusion matrix on the probe batch: true class down, predicted across,
    each cell's count in it; each class's precision along the top, its recall on the
    right."""

    AXES = ("left", "bottom", "top", "right")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setLabel("left", translate("inside", "true class"))
        self.setLabel("bottom", translate("inside", "predicted class"))
        self.invertY(True)
        self.setAspectLocked(True)
        self.setMouseEnabled(x=False, y=False)
        steady_axes(self.getPlotItem())
        self.image = pg.ImageItem(axisOrder="row-major")
        self.addItem(self.image)
        self.bar = pg.ColorBarItem(
            values=(0.0, 1.0),
            colorMap=pg.colormap.get("viridis"),
            interactive=False,
            label=translate("inside", "share of the true class"),
        )
        self.bar.setImageItem(self.image, insert_in=self.getPlotItem())
        self.decorations = (self.bar,)
        small = QFont()
        small.setPointSize(7)  # three digits per class along the top
        for side in ("top", "right"):
            self.getAxis(side).setStyle(tickFont=small)
        self.cells: list[pg.TextItem] = []
        self.matrix: np.ndarray | None = None
        self.drawn_names: tuple[str, ...] = ()
        self._add_note(
            translate("inside", "Confusion matrix (validation probe batch)"),
            translate("inside", "Appears with the first snapshot of a classifier's run"),
        )

    def _clear(self) -> None:
        self.matrix = None
        self.image.clear()
        self._show_counts(None)

    def show_matrix(self, event: ConfusionMatrix) -> None:
        self.matrix = event.matrix
        self.show_latest(event)

    def _draw(self) -> None:
        self._reveal()
        event = self.latest
        rows = event.matrix.sum(axis=1, keepdims=True)
        share = event.matrix / np.maximum(rows, 1)
        self.image.setImage(share, levels=(0.0, 1.0))
        if event.class_names != self.drawn_names:
            ticks = [[(i + 0.5, name) for i, name in enumerate(event.class_names)]]
            self.getAxis("bottom").setTicks(ticks)
            self.getAxis("left").setTicks(ticks)
            self.drawn_names = event.class_names
        precision, recall = per_class(event.matrix)
        self.getAxis("top").setTicks(
            [[(i + 0.5, f"{p:.0%}"[:-1]) for i, p in enumerate(precision)]]
        )
        self.getAxis("right").setTicks([[(i + 0.5, f"{r:.0%}"[:-1]) for i, r in enumerate(recall)]])
        self.setLabel(
            "top",
            translate("inside", "precision %: of those predicted as the class, how many were"),
        )
        self.setLabel("right", translate("inside", "recall %: of the class, how many were found"))
        self._show_counts(event.matrix, share)
        accuracy = np.trace(event.matrix) / max(event.matrix.sum(), 1)
        title = translate("inside", "Confusion matrix after {epochs} epochs: {accuracy} right")
        self.setTitle(title.format(epochs=f"{event.epoch:.1f}", accuracy=f"{accuracy:.1%}"))

    def _show_counts(self, matrix: np.ndarray | None, share: np.ndarray | None = None) -> None:
        """Each cell's count, written in it (up to 15 classes: more would not be read)."""
        for text in self.cells:
            self.removeItem(text)
        self.cells = []
        if matrix is None or len(matrix) > MAX_COUNTED_CLASSES:
            return
        for (row, column), count in np.ndenumerate(matrix):
            colour = (0, 0, 0) if share[row, column] > 0.6 else (255, 255, 255)
            text = pg.TextItem(str(count), color=colour, anchor=(0.5, 0.5))
            text.setPos(column + 0.5, row + 0.5)
            self.addItem(text)
            self.cells.append(text)


def per_class(matrix: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Precision (per predicted class, the columns) and recall (per true class, the rows);
    0 where a class was never predicted or never present."""
    right = np.diag(matrix).astype(float)
    precision = right / np.maximum(matrix.sum(axis=0), 1)
    recall = right / np.maximum(matrix.sum(axis=1), 1)
    return precision, recall


class BoundaryView(WaitingNote, DrawnWhenShown, pg.PlotWidget):
    """What a 2-D model predicts everywhere on the plane, with the data points on top,
    as TensorFlow Playground draws it."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setAspectLocked(True)
        self.setMouseEnabled(x=False, y=False)
        steady_axes(self.getPlotItem())
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setColorMap(pg.colormap.get("CET-D1A"))  # the points are coloured by it
        self.addItem(self.image)
        self.bar = pg.ColorBarItem(
            values=(0.0, 1.0), colorMap=pg.colormap.get("CET-D1A"), interactive=False
        )
        self.bar.setImageItem(self.image, insert_in=self.getPlotItem())
        self.decorations = (self.bar,)
        self.points = pg.ScatterPlotItem(size=6, pen=pg.mkPen("w", width=0.5))
        self.addItem(self.points)
        self.points_shown: Boundary | None = None
        self._add_note(
            translate("inside", "Decision boundary (2-D datasets)"),
            translate(
                "inside", "Shown while a model on a 2-D dataset trains (the Playground sets)"
            ),
        )

    def _clear(self) -> None:
        self.image.clear()
        self.points.clear()
        self.points_shown = None

    def show_boundary(self, event: Boundary) -> None:
        self.show_latest(event)

    def _draw(self) -> None:
        self._reveal()
        event = self.latest
        lo, hi = event.extent
        classification = event.task == "classification"
        if classification:
            levels = (0.0, 1.0)
        else:
            span = float(max(np.abs(event.targets).max(), 1e-6))
            levels = (-span, span)
        self.image.setImage(event.values)
        self.bar.setLevels(levels)
        if classification:
            what = translate("inside", "P(class 1)")
        else:
            what = translate("inside", "prediction")
        self.bar.setLabel("right", what)
        self.image.setRect(lo, lo, hi - lo, hi - lo)
        self.setRange(xRange=(lo, hi), yRange=(lo, hi), padding=0.02)
        if self.points_shown is None or self.points_shown.points is not event.points:
            targets = event.targets.astype(float)
            shade = targets if classification else (targets - levels[0]) / (levels[1] - levels[0])
            brushes = [pg.mkBrush(self.image.getColorMap().map(v, mode="qcolor")) for v in shade]
            self.points.setData(event.points[:, 0], event.points[:, 1], brush=brushes)
            self.points_shown = event
        title = translate("inside", "Decision boundary, step {step}: colour = {what}")
        self.setTitle(title.format(step=event.step, what=what))


class Scrubber(QWidget):
    """Picks which snapshot the histograms show; at the right end it follows the run."""

    picked = Signal(int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.slider = QSlider(Qt.Horizontal)
        self.slider.setToolTip(
            translate("inside", "Drag back through earlier snapshots of this run")
        )
        self.slider.setRange(0, 0)
        self.label = QLabel(translate("inside", "no snapshots yet"))
        self.live_button = QPushButton(translate("inside", "Live"))
        self.live_button.setToolTip(translate("inside", "Follow the newest snapshot"))
        self.live_button.clicked.connect(lambda: self.slider.setValue(self.slider.maximum()))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(translate("inside", "Snapshot")))
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.label)
        layout.addWidget(self.live_button)
        self.slider.valueChanged.connect(self.picked)

    @property
    def following(self) -> bool:
        return self.slider.value() == self.slider.maximum()

    def set_count(self, count: int) -> None:
        """Grow the range; stay at the end if following, else keep the chosen one."""
        follow = self.following
        self.slider.blockSignals(True)
        self.slider.setRange(0, max(count - 1, 0))
        if follow:
            self.slider.setValue(self.slider.maximum())
        self.slider.blockSignals(False)

    def describe(self, index: int, count: int, snapshot: Snapshot) -> None:
        if snapshot.step == 0:
            when = translate("inside", "{position} · as initialized · epoch {epoch}")
        else:
            when = translate("inside", "{position} · step {step} · epoch {epoch}")
        position, epoch = f"{index + 1}/{count}", f"{snapshot.epoch:.2f}"
        self.label.setText(when.format(position=position, step=snapshot.step, epoch=epoch))


class DiagnosticsList(QListWidget):
    """What the numbers say, in the lessons' words; empty is good news."""

    changed = Signal(int)  # number of findings
    lessonRequested = Signal(str)  # the key of the lesson a finding comes from

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.findings: list[insight.Finding] = []
        self.itemActivated.connect(self._activated)
        self.show_findings([])

    def _activated(self, item: QListWidgetItem) -> None:
        row = self.row(item)
        if row < len(self.findings):
            self.lessonRequested.emit(lessons.FOR_RULE[self.findings[row].rule])

    def show_findings(self, findings: list[insight.Finding]) -> None:
        if [str(f) for f in findings] == [str(f) for f in self.findings] and self.count():
            return
        self.findings = findings
        self.clear()
        for finding in findings:
            item = QListWidgetItem("⚠ " + finding.message)
            item.setToolTip(translate("inside", "Double-click (or Enter) for the lesson on this"))
            self.addItem(item)
        if not findings:
            item = QListWidgetItem(
                translate(
                    "inside",
                    "Nothing looks wrong: no saturation, dead units, vanishing gradients, NaN or over-fitting seen.",  # noqa: E501
                )
            )
            item.setForeground(Qt.darkGreen)
            self.addItem(item)
        self.changed.emit(len(findings))


class SnapshotBrowser:
    """The two histogram grids and their scrubber, in step over one list of snapshots."""

    def __init__(self) -> None:
        self.activations = HistogramGrid("output")
        self.pre_activations = HistogramGrid("pre")
        self.weights = HistogramGrid("weights")
        self.grids = (self.activations, self.pre_activations, self.weights)
        self.scrubber = Scrubber()
        self.scrubber.picked.connect(self._show_index)
        self.snapshots: list[Snapshot] = []

    def set_layers(self, labels: list[str]) -> None:
        if list(self.activations.curves) != labels:
            for grid in self.grids:
                grid.set_layers(labels)

    def reset(self) -> None:
        self.snapshots = []
        self.scrubber.set_count(0)

    def add(self, snapshot: Snapshot) -> None:
        self.snapshots.append(snapshot)
        self.scrubber.set_count(len(self.snapshots))
        if self.scrubber.following:
            self._show_index(len(self.snapshots) - 1)

    def _show_index(self, index: int) -> None:
        if not 0 <= index < len(self.snapshots):
            return
        snapshot = self.snapshots[index]
        for grid in self.grids:
            grid.show_snapshot(snapshot)
        self.scrubber.describe(index, len(self.snapshots), snapshot)
