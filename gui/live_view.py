"""Training as it happens: the train bar, the loss and rate curves and the views of the
network's inside, fed by the controller's signals and paced so the window stays live."""

from __future__ import annotations

import html
import time

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.model import plan, spec
from core.model.events import BatchEnd, EpochEnd, Failed, Finished, Snapshot, Started
from core.model.insight import PROBE_SAMPLES, RunHistory
from core.model.run_files import Replay, RunSummary
from gui.controller import TrainingController
from gui.data_view import DataView
from gui.document import Document
from gui.gradient_profile import GradientProfile
from gui.inside import BoundaryView, ConfusionView, DiagnosticsList, LinesPlot, SnapshotBrowser
from gui.plots import LossPlot, MetricPlot, RatePlot

PREVIEW_DELAY_MS = 250  # wait for typing to pause before recomputing the preview
# The planned rate is drawn from this many points at most: one per step would be 108 M
# values computed on the GUI thread for 100000 epochs at batch size 1.
PLANNED_POINTS = 4000
CURVE_REDRAW_S = 0.125  # the loss and rate curves take turns: each four times a second
VIEW_TIPS = (
    "Each layer's outputs after its activation function",
    "Each layer's outputs before its activation (after the weights, and BatchNorm)",
    "Each layer's kernel weights",
    "How strongly the loss pulls on each layer (from input to output: vanishing gradients "
    "show before the first step), over time, and how fast each layer changes",
    "Which classes get confused with which",
    "What the model predicts over the plane (2-D datasets)",
    "What the numbers say, with the lessons' advice",
    "The data: first rows, feature spreads before and after preprocessing, samples "
    "and augmented copies",
)


def split(orientation: Qt.Orientation, *parts: tuple[QWidget, int]) -> QSplitter:
    """A splitter holding ``parts``, each a (widget, initial size) pair."""
    splitter = QSplitter(orientation)
    for widget, _ in parts:
        splitter.addWidget(widget)
    splitter.setSizes([size for _, size in parts])
    return splitter


def _share(part: float, whole: float) -> str:
    """``part`` seconds and what share of ``whole`` they were, e.g. "0.18 s (2.7%)"."""
    return f"{part:.2f} s ({part / whole:.1%})" if whole > 0 else f"{part:.2f} s"


class LiveView(QWidget):
    trainRequested = Signal()  # the Train button, pressed while nothing runs
    status = Signal(str)  # for the status bar, until the next message
    snapshotShown = Signal(object)  # Snapshot: live, a preview's or a stored run's

    def __init__(
        self, controller: TrainingController, document: Document, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.controller, self.document = controller, document
        self.history = RunHistory()
        self.run_epochs: list[EpochEnd] = []  # the last run's, kept while previews come and go
        self._steps_per_epoch = 1
        self._epochs = 1
        self._planned_rates = None
        self._curves_drawn = 0.0
        self._next_curve = 0  # which of the curve plots redraws next
        self._snapshot_drawn = False  # in this tick of the controller
        self._preview_timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self._request_preview)
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_train_bar())
        self.loss_plot = LossPlot()
        self.metric_plot = MetricPlot()
        self.rate_plot = RatePlot()
        self.plots_of_curves = (self.loss_plot, self.metric_plot, self.rate_plot)
        curves = split(
            Qt.Horizontal, (self.loss_plot, 380), (self.metric_plot, 250), (self.rate_plot, 180)
        )
        layout.addWidget(split(Qt.Vertical, (curves, 330), (self._build_inside(), 470)), 1)
        self._connect()

    def _build_train_bar(self) -> QHBoxLayout:
        self.train_button = QPushButton("Train")
        self.train_button.setObjectName("trainButton")
        self.train_button.setMinimumWidth(110)
        self.progress = QProgressBar(textVisible=False)
        self.progress_label = QLabel("Ready to train")
        self.progress_label.setFixedWidth(260)  # one that follows the text re-lays out the window
        self.train_bar = QHBoxLayout()  # gui/steering.py adds Pause and Rate… after Train
        self.train_bar.addWidget(self.train_button)
        self.train_bar.addWidget(self.progress, 1)
        self.train_bar.addWidget(self.progress_label)
        return self.train_bar

    def _build_inside(self) -> QWidget:
        self.browser = SnapshotBrowser()
        self.gradient_plot = LinesPlot("Gradient norm per layer (probe batch)", "grad_norm")
        self.update_plot = LinesPlot("Update / weight ratio per step", "update_ratio")
        self.gradient_profile = GradientProfile()
        over_time = split(Qt.Vertical, (self.gradient_plot, 1), (self.update_plot, 1))
        gradients = split(Qt.Horizontal, (self.gradient_profile, 1), (over_time, 1))
        self.confusion = ConfusionView()
        self.boundary = BoundaryView()
        self.diagnostics = DiagnosticsList()
        self.data_view = DataView()
        self.views = QTabWidget()
        self.views.addTab(self.browser.activations, "Activations")
        self.views.addTab(self.browser.pre_activations, "Pre-activations")
        self.views.addTab(self.browser.weights, "Weights")
        self.views.addTab(gradients, "Gradients")
        self.views.addTab(self.confusion, "Confusion")
        self.views.addTab(self.boundary, "Boundary")
        self.views.addTab(self.diagnostics, "Diagnostics")
        self.views.addTab(self.data_view, "Data")
        for index, tip in enumerate(VIEW_TIPS):
            self.views.setTabToolTip(index, tip)
        self.diagnostics.changed.connect(self._diagnostics_changed)
        self.snapshot_title = QLabel("<b>Inside the network</b> · waiting for TensorFlow…")
        inside = QWidget()
        inside_layout = QVBoxLayout(inside)
        inside_layout.setContentsMargins(0, 0, 0, 0)
        inside_layout.addWidget(self.snapshot_title)
        inside_layout.addWidget(self.views, 1)
        inside_layout.addWidget(self.browser.scrubber)
        return inside

    def plots(self) -> list[tuple[str, QWidget]]:
        """Every plot shown, by the name File > Export Plot gives it."""
        b = self.browser
        return [
            ("Loss", self.loss_plot),
            ("Accuracy", self.metric_plot),
            ("Learning rate", self.rate_plot),
            ("Activation histograms", b.activations),
            ("Pre-activation histograms", b.pre_activations),
            ("Weight histograms", b.weights),
            ("Gradient norms", self.gradient_plot),
            ("Update ratios", self.update_plot),
            ("Confusion matrix", self.confusion),
            ("Decision boundary", self.boundary),
        ]

    def bring_into_view(self, widget: QWidget) -> None:
        """Show the tab holding ``widget``: a view draws its newest data once shown."""
        for index in range(self.views.count()):
            page = self.views.widget(index)
            if page is widget or page.isAncestorOf(widget):
                self.views.setCurrentIndex(index)

    def _connect(self) -> None:
        c = self.controller
        self.train_button.clicked.connect(self._train_button_clicked)
        self.document.changed.connect(self._show_plan)
        self.document.waiting.connect(self.data_view.show_waiting)
        c.engineReady.connect(self._request_preview)
        c.dataProgress.connect(
            lambda fraction: self.data_view.show_waiting(f"Reading the data… {fraction:.0%}")
        )
        c.dataReady.connect(self._data_ready)
        c.dataFailed.connect(self._data_failed)
        c.runStarted.connect(self._run_started)
        c.batchesArrived.connect(self._batches)
        c.epochEnded.connect(self._epoch_ended)
        c.snapshotArrived.connect(self._snapshot)
        c.previewReady.connect(self._preview)
        c.previewFailed.connect(self.snapshot_title.setText)
        c.confusionArrived.connect(self.confusion.show_matrix)
        c.boundaryArrived.connect(self.boundary.show_boundary)
        c.runFinished.connect(self._finished)
        c.runFailed.connect(self._failed)
        c.drained.connect(self._after_drain)

    # ---- between runs -------------------------------------------------------------
    def show_trainable(self, problems: list[spec.Problem]) -> None:
        """The Train button says Stop while a run goes on, and why it cannot train."""
        running = self.controller.running
        self.train_button.setText("Stop" if running else "Train")
        self.train_button.setEnabled(running or not problems)
        if problems:
            reasons = "\n".join(str(p) for p in problems)
            self.train_button.setToolTip(f"Cannot train:\n{reasons}")
        elif running:
            self.train_button.setToolTip("Stop at the next batch (Shift+F5)")
        else:
            self.train_button.setToolTip("Train the network from scratch (F5)")

    def show_starting(self, current: plan.Plan) -> None:
        """Busy until the first batch; the rates the run should follow are noted now."""
        waiting = "" if self.controller.engine_ready else " (waiting for TensorFlow to load)"
        self.progress_label.setText("Starting…" + waiting)
        self.progress.setRange(0, 0)
        self._planned_rates = current.planned_rates(PLANNED_POINTS)

    def _train_button_clicked(self) -> None:
        if self.controller.running:
            self.controller.stop()
        else:
            self.trainRequested.emit()

    def _show_plan(self, current: plan.Plan, _problems: list[spec.Problem]) -> None:
        if not self.controller.running:
            self.browser.set_layers(current.probe_labels())
            self._preview_timer.start()

    def _request_preview(self) -> None:
        if self.controller.running or self.document.problems():
            return
        doing = "computing the preview" if self.controller.engine_ready else "TensorFlow is loading"
        self.snapshot_title.setText(f"<b>Inside the network</b> · {doing}…")
        self.controller.preview(self.document.experiment)

    def _preview(self, snapshot: Snapshot) -> None:
        """The network as initialized: what the lessons' initialization experiment shows."""
        self._reset_inside([layer.name for layer in snapshot.layers])
        self._snapshot(snapshot)
        self.snapshot_title.setText(
            "<b>Inside the network</b> · as initialized, before any training "
            f"· probe: {PROBE_SAMPLES} validation samples"
        )

    def _data_ready(self, view) -> None:
        self.data_view.show_overview(view, self.document.experiment.data.augmentation.active())

    def _data_failed(self, message: str) -> None:
        self.data_view.show_waiting(f"<span style='color:#b3261e'>{html.escape(message)}</span>")

    # ---- a run --------------------------------------------------------------------
    def _run_started(self, event: Started) -> None:
        self._epochs, self._steps_per_epoch = event.epochs, event.steps_per_epoch
        self.progress.setRange(0, event.epochs * event.steps_per_epoch)
        self.progress.setValue(0)
        self.loss_plot.reset(event)
        self.metric_plot.reset(event.epochs)
        self.rate_plot.reset(event, self._planned_rates)
        self._reset_inside(list(event.layer_names))
        self.diagnostics.show_findings([])
        self.run_epochs = []
        self.status.emit(f"Training on {event.train_samples} samples…")

    def _reset_inside(self, labels: list[str]) -> None:
        """Empty every view of the network's inside for a new run or preview."""
        self.browser.set_layers(labels)
        self.browser.reset()
        self.gradient_plot.reset(labels)
        self.update_plot.reset(labels)
        self.gradient_profile.reset()
        self.confusion.reset()
        self.boundary.reset()
        self.history = RunHistory()

    def _batches(self, batches) -> None:
        last = batches[-1]
        self.loss_plot.add_batches(batches)
        self.rate_plot.add_batches(batches)
        self.history.add_batches(batches)
        self.progress.setValue(last.step + 1)
        self.progress_label.setText(
            f"Epoch {last.epoch + 1}/{self._epochs} · batch {last.batch + 1}"
            f"/{self._steps_per_epoch} · loss {last.loss:.3f}"
        )

    def _after_drain(self) -> None:
        """One heavy redraw per tick: the histograms when a snapshot came, else, when
        the curves' turn is due, the next curve plot with something new, in turn (two redraws in
        one tick paused the window ~60 ms; repainting a curve plot costs ~10 ms)."""
        if self._snapshot_drawn:
            self._snapshot_drawn = False
        elif time.perf_counter() - self._curves_drawn >= CURVE_REDRAW_S:
            for _ in self.plots_of_curves:
                plot = self.plots_of_curves[self._next_curve]
                self._next_curve = (self._next_curve + 1) % len(self.plots_of_curves)
                if plot.draw():
                    self._curves_drawn = time.perf_counter()
                    break

    def _epoch_ended(self, event: EpochEnd) -> None:
        self.loss_plot.add_epoch(event)  # drawn with the next paced repaint
        self.metric_plot.add_epoch(event)
        self.history.epochs.append(event)
        self.run_epochs.append(event)
        self.diagnostics.show_findings(self.history.findings())
        shown = "  ".join(f"{k} {v:.3f}" for k, v in sorted(event.metrics.items()))
        self.status.emit(f"Epoch {event.epoch + 1}: {shown}")

    def _diagnostics_changed(self, count: int) -> None:
        index = self.views.indexOf(self.diagnostics)
        self.views.setTabText(index, f"Diagnostics ({count})" if count else "Diagnostics")

    def _snapshot(self, event: Snapshot) -> None:
        self.browser.add(event)
        self._snapshot_drawn = True
        self.gradient_plot.add(event)
        self.update_plot.add(event)
        self.gradient_profile.show_snapshot(event)
        self.history.snapshot = event
        self.diagnostics.show_findings(self.history.findings())
        self.snapshot_title.setText(
            f"<b>Inside the network</b> · step {event.step} · epoch {event.epoch:.2f} "
            f"· probe: {PROBE_SAMPLES} validation samples"
        )
        self.snapshotShown.emit(event)

    def _finished(self, event: Finished) -> None:
        for plot in self.plots_of_curves:
            plot.draw()
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        how = "Stopped" if event.stopped else "Finished"
        test = event.test_metrics
        parts = [
            f"{how} after {event.epochs_done} epochs in {event.seconds:.1f} s",
            f"looking inside took {_share(event.inside_seconds, event.seconds)}",
        ]
        if "test_accuracy" in test:
            parts.append(f"test accuracy {100 * test['test_accuracy']:.1f}%")
        parts.append(f"test loss {test.get('test_loss', float('nan')):.3f}")
        self.progress_label.setText(f"{how} · epoch {event.epochs_done}/{self._epochs}")
        self.status.emit(" · ".join(parts))

    # ---- a stored run -------------------------------------------------------------
    def replay(self, run: RunSummary, replay: Replay) -> None:
        """A run from the store in the views, as they showed it live: its epoch curves,
        rates, snapshots (with the scrubber), gradients, confusion and diagnostics. (Its
        per-batch losses are kept in its TensorBoard files, which need TensorFlow.)"""
        labels = [layer.name for layer in replay.snapshots[0].layers] if replay.snapshots else []
        epochs = max(len(replay.epochs), 1)
        started = Started(epochs, 1, tuple(labels), 0)
        self.loss_plot.reset(started)
        self.metric_plot.reset(epochs)
        self.rate_plot.reset(started, None)
        self._reset_inside(labels)
        self.diagnostics.show_findings([])
        self.run_epochs = list(replay.epochs)
        for event in replay.epochs:
            self.loss_plot.add_epoch(event)
            self.metric_plot.add_epoch(event)
            self.history.epochs.append(event)
            rate = event.metrics.get("learning_rate")
            if rate is not None:
                self.rate_plot.add_batches([BatchEnd(event.epoch, 0, event.epoch, 0.0, rate)])
        for snapshot in replay.snapshots:
            self._snapshot(snapshot)
        for matrix in replay.confusion:
            self.confusion.show_matrix(matrix)
        for plot in self.plots_of_curves:
            plot.draw()
        self.diagnostics.show_findings(self.history.findings())
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.progress_label.setText(f"Run opened · {run.epochs_done} epochs, {run.state}")
        self.snapshot_title.setText(
            f"<b>Inside the network</b> · run “{html.escape(run.title)}” of {run.started[:16]}"
            f" · {len(replay.snapshots)} snapshots"
        )

    def _failed(self, _event: Failed) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress_label.setText("Failed")
