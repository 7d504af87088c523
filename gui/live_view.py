"""Training as it happens: the train bar, the loss and rate curves and the views of the
network's inside, fed by the controller's signals and paced so the window stays live."""

from __future__ import annotations

import html
import time

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal
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
from gui.i18n import translate
from gui.inside import BoundaryView, ConfusionView, DiagnosticsList, LinesPlot, SnapshotBrowser
from gui.plots import LossPlot, MetricPlot, RatePlot

PREVIEW_DELAY_MS = 250  # wait for typing to pause before recomputing the preview
# The planned rate is drawn from this many points at most: one per step would be 108 M
# values computed on the GUI thread for 100000 epochs at batch size 1.
PLANNED_POINTS = 4000
CURVE_REDRAW_S = 0.125  # the loss and rate curves take turns: each four times a second
VIEW_TIPS = (  # each shown as translate("live_view", tip)
    QT_TRANSLATE_NOOP("live_view", "Each layer's outputs after its activation function"),
    QT_TRANSLATE_NOOP(
        "live_view", "Each layer's outputs before its activation (after the weights, and BatchNorm)"
    ),
    QT_TRANSLATE_NOOP("live_view", "Each layer's kernel weights"),
    QT_TRANSLATE_NOOP(
        "live_view",
        "How strongly the loss pulls on each layer (from input to output: vanishing gradients show before the first step), over time, and how fast each layer changes",  # noqa: E501
    ),
    QT_TRANSLATE_NOOP("live_view", "Which classes get confused with which"),
    QT_TRANSLATE_NOOP("live_view", "What the model predicts over the plane (2-D datasets)"),
    QT_TRANSLATE_NOOP("live_view", "What the numbers say, with the lessons' advice"),
    QT_TRANSLATE_NOOP(
        "live_view",
        "The data: first rows, feature spreads before and after preprocessing, samples and augmented copies",  # noqa: E501
    ),
)
RUN_STATES = (  # a stored run's state as shown: translate("live_view", state)
    QT_TRANSLATE_NOOP("live_view", "running"),
    QT_TRANSLATE_NOOP("live_view", "finished"),
    QT_TRANSLATE_NOOP("live_view", "stopped"),
    QT_TRANSLATE_NOOP("live_view", "failed"),
    QT_TRANSLATE_NOOP("live_view", "interrupted"),
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
        self.train_button = QPushButton(translate("live_view", "Train"))
        self.train_button.setObjectName("trainButton")
        self.train_button.setMinimumWidth(110)
        self.progress = QProgressBar(textVisible=False)
        self.progress_label = QLabel(translate("live_view", "Ready to train"))
        # Fixed (one that follows its text re-lays out the window at every batch), as wide
        # as the longest thing it says in the window's language.
        longest = (
            translate(
                "live_view", "Epoch {epoch}/{epochs} · batch {batch}/{batches} · loss {loss}"
            ).format(epoch=999, epochs=999, batch=9999, batches=9999, loss="0.000"),
            translate("live_view", "Starting… (waiting for TensorFlow to load)"),
        )
        self.progress_label.ensurePolished()
        metrics = self.progress_label.fontMetrics()
        self.progress_label.setFixedWidth(max(metrics.horizontalAdvance(t) for t in longest) + 8)
        self.train_bar = QHBoxLayout()  # gui/steering.py adds Pause and Rate… after Train
        self.train_bar.addWidget(self.train_button)
        self.train_bar.addWidget(self.progress, 1)
        self.train_bar.addWidget(self.progress_label)
        return self.train_bar

    def _build_inside(self) -> QWidget:
        self.browser = SnapshotBrowser()
        self.gradient_plot = LinesPlot(
            translate("live_view", "Gradient norm per layer (probe batch)"), "grad_norm"
        )
        self.update_plot = LinesPlot(
            translate("live_view", "Update / weight ratio per step"), "update_ratio"
        )
        self.gradient_profile = GradientProfile()
        over_time = split(Qt.Vertical, (self.gradient_plot, 1), (self.update_plot, 1))
        gradients = split(Qt.Horizontal, (self.gradient_profile, 1), (over_time, 1))
        self.confusion = ConfusionView()
        self.boundary = BoundaryView()
        self.diagnostics = DiagnosticsList()
        self.data_view = DataView()
        self.views = QTabWidget()
        self.views.addTab(self.browser.activations, translate("live_view", "Activations"))
        self.views.addTab(self.browser.pre_activations, translate("live_view", "Pre-activations"))
        self.views.addTab(self.browser.weights, translate("live_view", "Weights"))
        self.views.addTab(gradients, translate("live_view", "Gradients"))
        self.views.addTab(self.confusion, translate("live_view", "Confusion"))
        self.views.addTab(self.boundary, translate("live_view", "Boundary"))
        self.views.addTab(self.diagnostics, translate("live_view", "Diagnostics"))
        self.views.addTab(self.data_view, translate("live_view", "Data"))
        for index, tip in enumerate(VIEW_TIPS):
            self.views.setTabToolTip(index, translate("live_view", tip))
        self.diagnostics.changed.connect(self._diagnostics_changed)
        self.snapshot_title = QLabel(
            translate("live_view", "<b>Inside the network</b> · waiting for TensorFlow…")
        )
        inside = QWidget()
        inside_layout = QVBoxLayout(inside)
        inside_layout.setContentsMargins(0, 0, 0, 0)
        inside_layout.addWidget(self.snapshot_title)
        inside_layout.addWidget(self.views, 1)
        inside_layout.addWidget(self.browser.scrubber)
        return inside

    def plots(self) -> list[tuple[str, QWidget]]:
        """Every plot shown, by the name File > Export Plot gives it (in the user's
        language)."""
        b = self.browser
        return [
            (translate("live_view", "Loss"), self.loss_plot),
            (translate("live_view", "Accuracy"), self.metric_plot),
            (translate("live_view", "Learning rate"), self.rate_plot),
            (translate("live_view", "Activation histograms"), b.activations),
            (translate("live_view", "Pre-activation histograms"), b.pre_activations),
            (translate("live_view", "Weight histograms"), b.weights),
            (translate("live_view", "Gradient norms"), self.gradient_plot),
            (translate("live_view", "Update ratios"), self.update_plot),
            (translate("live_view", "Confusion matrix"), self.confusion),
            (translate("live_view", "Decision boundary"), self.boundary),
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
            lambda fraction: self.data_view.show_waiting(
                translate("live_view", "Reading the data… {share}").format(share=f"{fraction:.0%}")
            )
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
        if running:
            self.train_button.setText(translate("live_view", "Stop"))
        else:
            self.train_button.setText(translate("live_view", "Train"))
        self.train_button.setEnabled(running or not problems)
        if problems:
            reasons = "\n".join(str(p) for p in problems)
            tip = translate("live_view", "Cannot train:\n{reasons}").format(reasons=reasons)
            self.train_button.setToolTip(tip)
        elif running:
            self.train_button.setToolTip(
                translate("live_view", "Stop at the next batch (Shift+F5)")
            )
        else:
            self.train_button.setToolTip(
                translate("live_view", "Train the network from scratch (F5)")
            )

    def show_starting(self, current: plan.Plan) -> None:
        """Busy until the first batch; the rates the run should follow are noted now."""
        if self.controller.engine_ready:
            starting = translate("live_view", "Starting…")
        else:
            starting = translate("live_view", "Starting… (waiting for TensorFlow to load)")
        self.progress_label.setText(starting)
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
        if self.controller.engine_ready:
            doing = translate("live_view", "<b>Inside the network</b> · computing the preview…")
        else:
            doing = translate("live_view", "<b>Inside the network</b> · TensorFlow is loading…")
        self.snapshot_title.setText(doing)
        self.controller.preview(self.document.experiment)

    def _preview(self, snapshot: Snapshot) -> None:
        """The network as initialized: what the lessons' initialization experiment shows."""
        self._reset_inside([layer.name for layer in snapshot.layers])
        self._snapshot(snapshot)
        title = translate(
            "live_view",
            "<b>Inside the network</b> · as initialized, before any training · probe: {samples} validation samples",  # noqa: E501
        )
        self.snapshot_title.setText(title.format(samples=PROBE_SAMPLES))

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
        said = translate("live_view", "Training on {samples} samples…")
        self.status.emit(said.format(samples=event.train_samples))

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
        said = translate(
            "live_view", "Epoch {epoch}/{epochs} · batch {batch}/{batches} · loss {loss}"
        )
        self.progress_label.setText(
            said.format(
                epoch=last.epoch + 1,
                epochs=self._epochs,
                batch=last.batch + 1,
                batches=self._steps_per_epoch,
                loss=f"{last.loss:.3f}",
            )
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
        said = translate("live_view", "Epoch {epoch}: {metrics}")
        self.status.emit(said.format(epoch=event.epoch + 1, metrics=shown))

    def _diagnostics_changed(self, count: int) -> None:
        index = self.views.indexOf(self.diagnostics)
        if count:
            text = translate("live_view", "Diagnostics ({count})").format(count=count)
        else:
            text = translate("live_view", "Diagnostics")
        self.views.setTabText(index, text)

    def _snapshot(self, event: Snapshot) -> None:
        self.browser.add(event)
        self._snapshot_drawn = True
        self.gradient_plot.add(event)
        self.update_plot.add(event)
        self.gradient_profile.show_snapshot(event)
        self.history.snapshot = event
        self.diagnostics.show_findings(self.history.findings())
        title = translate(
            "live_view",
            "<b>Inside the network</b> · step {step} · epoch {epoch} · probe: {samples} validation samples",  # noqa: E501
        )
        self.snapshot_title.setText(
            title.format(step=event.step, epoch=f"{event.epoch:.2f}", samples=PROBE_SAMPLES)
        )
        self.snapshotShown.emit(event)

    def _finished(self, event: Finished) -> None:
        for plot in self.plots_of_curves:
            plot.draw()
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        if event.stopped:
            after = translate("live_view", "Stopped after {epochs} epochs in {seconds} s")
            ended = translate("live_view", "Stopped · epoch {epoch}/{epochs}")
        else:
            after = translate("live_view", "Finished after {epochs} epochs in {seconds} s")
            ended = translate("live_view", "Finished · epoch {epoch}/{epochs}")
        test = event.test_metrics
        inside = translate("live_view", "looking inside took {time}")
        parts = [
            after.format(epochs=event.epochs_done, seconds=f"{event.seconds:.1f}"),
            inside.format(time=_share(event.inside_seconds, event.seconds)),
        ]
        if "test_accuracy" in test:
            accuracy = f"{100 * test['test_accuracy']:.1f}"
            parts.append(
                translate("live_view", "test accuracy {accuracy}%").format(accuracy=accuracy)
            )
        loss = f"{test.get('test_loss', float('nan')):.3f}"
        parts.append(translate("live_view", "test loss {loss}").format(loss=loss))
        self.progress_label.setText(ended.format(epoch=event.epochs_done, epochs=self._epochs))
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
        opened = translate("live_view", "Run opened · {epochs} epochs, {state}")
        state = translate("live_view", run.state)
        self.progress_label.setText(opened.format(epochs=run.epochs_done, state=state))
        title = translate(
            "live_view",
            "<b>Inside the network</b> · run “{title}” of {started} · {count} snapshots",
        )
        self.snapshot_title.setText(
            title.format(
                title=html.escape(run.title), started=run.started[:16], count=len(replay.snapshots)
            )
        )

    def _failed(self, _event: Failed) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress_label.setText(translate("live_view", "Failed"))
