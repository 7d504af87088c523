"""The LayerLab main window: the network on the left, live training on the right."""

from __future__ import annotations

import html
import shutil
import time
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from core.model import catalog, plan, spec, templates
from core.model.events import EpochEnd, Failed, Finished, Snapshot, Started
from core.model.facts import Known, missing_file
from core.model.insight import PROBE_SAMPLES, RunHistory
from gui import settings
from gui.commands import ReplaceExperiment
from gui.controller import TrainingController
from gui.data_panel import DataPanel
from gui.data_view import DataView
from gui.editor import NetworkEditor
from gui.inside import (
    BoundaryView,
    ConfusionView,
    DiagnosticsList,
    LinesPlot,
    SnapshotBrowser,
)
from gui.plots import LossPlot, RatePlot
from gui.training_panel import TrainingPanel

ENGINE_LOAD_DELAY_MS = 150
PREVIEW_DELAY_MS = 250  # wait for typing to pause before recomputing the preview
CURVE_REDRAW_S = 0.125  # the loss and rate curves take turns: each four times a second
FILE_FILTER = "LayerLab experiments (*.json);;All files (*)"


def _split(orientation: Qt.Orientation, *parts: tuple[QWidget, int]) -> QSplitter:
    """A splitter holding ``parts``, each a (widget, initial size) pair."""
    splitter = QSplitter(orientation)
    for widget, _ in parts:
        splitter.addWidget(widget)
    splitter.setSizes([size for _, size in parts])
    return splitter


def _share(part: float, whole: float) -> str:
    """``part`` seconds and what share of ``whole`` they were, e.g. "0.18 s (2.7%)"."""
    return f"{part:.2f} s ({part / whole:.1%})" if whole > 0 else f"{part:.2f} s"


class ErrorBanner(QFrame):
    """A dismissable message at the top of the window: never blocks, never a traceback."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorBanner")
        self.label = QLabel(wordWrap=True, textInteractionFlags=Qt.TextSelectableByMouse)
        close = QToolButton(text="✕", toolTip="Dismiss", autoRaise=True)
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(close, 0, Qt.AlignTop)
        self.hide()

    def show_message(self, text: str) -> None:
        self.label.setText(text)
        self.show()


class MainWindow(QMainWindow):
    def __init__(
        self,
        experiment: spec.Experiment,
        path: Path | None = None,
        controller: TrainingController | None = None,
    ) -> None:
        super().__init__()
        self.controller = controller or TrainingController(parent=self)
        self.experiment = experiment
        self.path = path
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._clean_changed)
        self.last_run_dir: Path | None = None
        self._steps_per_epoch = 1
        self._epochs = 1
        self._planned_rates = None
        self._curves_drawn = 0.0
        self._next_curve = 0  # which of the curve plots redraws next
        self._snapshot_drawn = False  # in this tick of the controller
        self._data_asked: tuple | None = None  # the data settings last sent to be read
        # What the engine said of recent user files: (dataset Pick, facts or problem).
        self._known: list[tuple[spec.Pick, Known]] = []
        self.data_watcher = QFileSystemWatcher(self)
        self.data_watcher.fileChanged.connect(self._data_file_changed)
        self.data_watcher.directoryChanged.connect(self._data_file_changed)
        self._preview_timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self._request_preview)
        self._build_widgets()
        self._build_actions()
        self._connect()
        self.set_document(experiment, path)
        self.resize(1280, 820)

    # ---- construction -------------------------------------------------------------
    def _build_widgets(self) -> None:
        self.banner = ErrorBanner()
        self.editor = NetworkEditor()
        self.training_panel = TrainingPanel()
        self.data_panel = DataPanel()
        left = QTabWidget()
        left.addTab(self.editor, "&Network")
        left.addTab(self.data_panel, "&Data")
        left.addTab(self.training_panel, "T&raining")
        left.setTabToolTip(1, "Dataset, your own files, split, preprocessing, augmentation")
        self.tabs = left

        self.train_button = QPushButton("Train")
        self.train_button.setObjectName("trainButton")
        self.train_button.setMinimumWidth(110)
        self.progress = QProgressBar(textVisible=False)
        self.progress_label = QLabel("Ready to train")
        self.progress_label.setFixedWidth(
            260
        )  # a width that follows the text re-lays out the window
        controls = QHBoxLayout()
        controls.addWidget(self.train_button)
        controls.addWidget(self.progress, 1)
        controls.addWidget(self.progress_label)

        self.loss_plot = LossPlot()
        self.rate_plot = RatePlot()
        curves = _split(Qt.Horizontal, (self.loss_plot, 560), (self.rate_plot, 250))
        self._curve_plots = (self.loss_plot, self.rate_plot)
        self.browser = SnapshotBrowser()
        self.gradient_plot = LinesPlot("Gradient norm per layer (probe batch)", "grad_norm")
        self.update_plot = LinesPlot("Update / weight ratio per step", "update_ratio")
        gradients = _split(Qt.Horizontal, (self.gradient_plot, 1), (self.update_plot, 1))
        self.confusion = ConfusionView()
        self.boundary = BoundaryView()
        self.diagnostics = DiagnosticsList()
        self.data_view = DataView()
        self.history = RunHistory()
        self.views = QTabWidget()
        self.views.addTab(self.browser.activations, "Activations")
        self.views.addTab(self.browser.pre_activations, "Pre-activations")
        self.views.addTab(self.browser.weights, "Weights")
        self.views.addTab(gradients, "Gradients")
        self.views.addTab(self.confusion, "Confusion")
        self.views.addTab(self.boundary, "Boundary")
        self.views.addTab(self.diagnostics, "Diagnostics")
        self.views.addTab(self.data_view, "Data")
        tips = (
            "Each layer's outputs after its activation function",
            "Each layer's outputs before its activation (after the weights, and BatchNorm)",
            "Each layer's kernel weights",
            "How strongly the loss pulls on each layer, and how fast each layer changes",
            "Which classes get confused with which",
            "What the model predicts over the plane (2-D datasets)",
            "What the numbers say, with the lessons' advice",
            "The data: first rows, feature spreads before and after preprocessing, samples "
            "and augmented copies",
        )
        for index, tip in enumerate(tips):
            self.views.setTabToolTip(index, tip)
        self.diagnostics.changed.connect(self._diagnostics_changed)
        self.snapshot_title = QLabel("<b>Inside the network</b> · waiting for TensorFlow…")
        inside = QWidget()
        inside_layout = QVBoxLayout(inside)
        inside_layout.setContentsMargins(0, 0, 0, 0)
        inside_layout.addWidget(self.snapshot_title)
        inside_layout.addWidget(self.views, 1)
        inside_layout.addWidget(self.browser.scrubber)
        plots = _split(Qt.Vertical, (curves, 330), (inside, 470))

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addLayout(controls)
        right_layout.addWidget(plots, 1)

        split = _split(Qt.Horizontal, (left, 470), (right, 810))
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.banner)
        layout.addWidget(split, 1)
        self.setCentralWidget(central)

        self.engine_label = QLabel("Engine: loading TensorFlow…")
        self.statusBar().addPermanentWidget(self.engine_label)

    def _action(self, text: str, slot, shortcut=None, tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setStatusTip(tip)
        action.setToolTip(tip)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.new_action = self._action(
            "&New", self.new_experiment, QKeySequence.New, "Start from the default experiment"
        )
        self.open_action = self._action(
            "&Open…", self.open_dialog, QKeySequence.Open, "Open an experiment file"
        )
        self.save_action = self._action(
            "&Save", self.save, QKeySequence.Save, "Save the experiment to its file"
        )
        self.save_as_action = self._action(
            "Save &As…", self.save_as_dialog, QKeySequence.SaveAs, "Save under a new name"
        )
        self.export_action = self._action(
            "&Export Trained Model…",
            self.export_dialog,
            "Ctrl+E",
            "Save the last run's trained model as a .keras file",
        )
        self.export_action.setEnabled(False)
        quit_action = self._action("&Quit", self.close, QKeySequence.Quit, "Quit LayerLab")
        self.train_action = self._action("&Train", self.start_training, "F5", "Train (F5)")
        self.stop_action = self._action(
            "&Stop", self.controller.stop, "Shift+F5", "Stop at the next batch (Shift+F5)"
        )
        self.stop_action.setEnabled(False)
        about = self._action("&About LayerLab", self.about)

        menus = self.menuBar()
        file_menu = menus.addMenu("&File")
        file_menu.addAction(self.new_action)
        self.template_menu = file_menu.addMenu("New from &Template")
        for stem, label in templates.TEMPLATES:
            action = self.template_menu.addAction(label)
            action.triggered.connect(lambda _=False, s=stem: self.new_from_template(s))
        file_menu.addAction(self.open_action)
        self.recent_menu = file_menu.addMenu("Open &Recent")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addAction(self.save_action)
        file_menu.addAction(self.save_as_action)
        file_menu.addSeparator()
        file_menu.addAction(self.export_action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        edit_menu = menus.addMenu("&Edit")
        self.undo_action = self.undo_stack.createUndoAction(self, "&Undo")
        self.undo_action.setShortcut(QKeySequence.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, "&Redo")
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence.Redo])
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        edit_menu.addMenu(self.editor.add_menu)
        for action in (
            self.editor.duplicate_action,
            self.editor.delete_action,
            self.editor.up_action,
            self.editor.down_action,
        ):
            edit_menu.addAction(action)
        run_menu = menus.addMenu("&Run")
        run_menu.addAction(self.train_action)
        run_menu.addAction(self.stop_action)
        menus.addMenu("&Help").addAction(about)

    def _connect(self) -> None:
        c = self.controller
        self.train_button.clicked.connect(self._train_button_clicked)
        self.editor.edited.connect(self.apply)
        self.training_panel.edited.connect(self.apply)
        self.data_panel.edited.connect(self.apply)
        c.dataProgress.connect(self._data_progress)
        c.dataReady.connect(self._data_ready)
        c.dataKnown.connect(self._data_known)
        c.dataFailed.connect(self._data_failed)
        c.engineReady.connect(self._engine_ready)
        c.runStarted.connect(self._run_started)
        c.batchesArrived.connect(self._batches)
        c.epochEnded.connect(self._epoch_ended)
        c.snapshotArrived.connect(self._snapshot)
        c.previewReady.connect(self._preview)
        c.previewFailed.connect(lambda message: self.snapshot_title.setText(message))
        c.confusionArrived.connect(self.confusion.show_matrix)
        c.boundaryArrived.connect(self.boundary.show_boundary)
        c.runFinished.connect(self._finished)
        c.runFailed.connect(self._failed)
        c.runningChanged.connect(self._running_changed)
        c.drained.connect(self._after_drain)

    # ---- the experiment -----------------------------------------------------------
    def set_document(self, experiment: spec.Experiment, path: Path | None) -> None:
        """Show a new document: fresh undo history, nothing unsaved."""
        self.path = path
        self.undo_stack.clear()
        self._show(experiment)
        self.undo_stack.setClean()
        self.setWindowModified(False)

    def apply(self, experiment: spec.Experiment, text: str) -> None:
        """Make an edit undoable (Ctrl+Z) and show it."""
        if experiment != self.experiment:
            self.undo_stack.push(ReplaceExperiment(self.experiment, experiment, text, self._show))

    def plan(self) -> plan.Plan:
        """The experiment with what is known of its data."""
        pick = self.experiment.data.dataset
        known = next((k for p, k in reversed(self._known) if p == pick), None)
        return plan.Plan(self.experiment, known)

    def problems(self) -> list[spec.Problem]:
        return self.plan().problems()

    def _show(self, experiment: spec.Experiment) -> None:
        self.experiment = experiment
        current = self.plan()
        problems = current.problems()
        self.editor.set_plan(current, problems)
        self.training_panel.set_plan(current, problems)
        self.data_panel.set_experiment(experiment, problems)
        self._ask_for_data()
        labels = current.probe_labels()
        if not self.controller.running:
            self.browser.set_layers(labels)
            self._preview_timer.start()
        self._update_title()
        self._update_train_enabled(problems)

    def _clean_changed(self, clean: bool) -> None:
        self.setWindowModified(not clean)

    # ---- the data -----------------------------------------------------------------
    def _ask_for_data(self, again: bool = False) -> None:
        """Have the data read and summarized whenever what it depends on changes."""
        asked = (self.experiment.data, self.experiment.seed)
        if asked == self._data_asked and not again:
            return
        self._data_asked = asked
        pick = self.experiment.data.dataset
        if catalog.is_user_file(pick.name) and not pick.params.get("path"):
            self.controller.cancel_data()  # what is being read is no longer wanted
            self.data_view.show_waiting("Choose a file in the Data tab.")
            return
        self.data_view.show_waiting("Reading the data…")
        self.controller.inspect_data(self.experiment)
        self._watch(pick.params.get("path") if catalog.is_user_file(pick.name) else None)

    def _watch(self, path: str | None) -> None:
        """Read the user's file again when it changes on disk (edited, replaced, moved)."""
        watched = self.data_watcher.files() + self.data_watcher.directories()
        if watched and watched != [path]:
            self.data_watcher.removePaths(watched)
        if path and Path(path).exists() and path not in watched:
            self.data_watcher.addPath(path)

    def _data_file_changed(self) -> None:
        self._ask_for_data(again=True)  # during a run it waits for the run to end

    def _data_progress(self, fraction: float) -> None:
        self.data_panel.show_progress(fraction)
        self.data_view.show_waiting(f"Reading the data… {fraction:.0%}")

    def _notice_missing_file(self) -> None:
        """A data file deleted a moment ago, before the watcher said so: known now."""
        pick = self.experiment.data.dataset
        path = pick.params.get("path") if catalog.is_user_file(pick.name) else None
        if path and not Path(path).exists():
            self._data_known(pick, missing_file(path))
            self._show(self.experiment)

    def _data_known(self, pick: spec.Pick, known: Known) -> None:
        kept = [(p, k) for p, k in self._known if p != pick][-3:]
        self._known = [*kept, (pick, known)]

    def _data_ready(self, view) -> None:
        self.data_panel.show_read(view.file, view.sizes)
        self.data_view.show_overview(view, self.experiment.data.augmentation.active())
        if view.file is not None:
            self._show(self.experiment)  # the file's shape is known now: check the network

    def _data_failed(self, message: str) -> None:
        self.data_panel.show_failure(message)
        self.data_view.show_waiting(f"<span style='color:#b3261e'>{html.escape(message)}</span>")
        self._show(self.experiment)

    def _update_title(self) -> None:
        where = f" ({self.path.name})" if self.path else ""
        self.setWindowTitle(f"{self.experiment.name}{where}[*] — LayerLab")

    def _update_train_enabled(self, problems: list[spec.Problem] | None = None) -> None:
        if problems is None:
            problems = self.problems()
        running = self.controller.running
        self.train_action.setEnabled(not running and not problems)
        self.stop_action.setEnabled(running)
        self.train_button.setText("Stop" if running else "Train")
        self.train_button.setEnabled(running or not problems)
        if problems:
            reasons = "\n".join(str(p) for p in problems)
            self.train_button.setToolTip(f"Cannot train:\n{reasons}")
        elif running:
            self.train_button.setToolTip("Stop at the next batch (Shift+F5)")
        else:
            self.train_button.setToolTip("Train the network from scratch (F5)")

    # ---- files --------------------------------------------------------------------
    def ask_unsaved(self) -> QMessageBox.StandardButton:
        """Save, Discard or Cancel for unsaved changes (tests replace this prompt)."""
        return QMessageBox.question(
            self,
            "Unsaved changes",
            f"Save the changes to '{self.experiment.name}' first?",
            QMessageBox.Save | QMessageBox.Discard | QMessageBox.Cancel,
            QMessageBox.Save,
        )

    def maybe_save_changes(self) -> bool:
        """True when it is fine to replace the current experiment."""
        if not self.isWindowModified():
            return True
        answer = self.ask_unsaved()
        if answer == QMessageBox.Save:
            return self.save()
        return answer == QMessageBox.Discard

    def _replace_document(self, experiment: spec.Experiment, path: Path | None) -> bool:
        if self.controller.running:
            self.banner.show_message("Stop the running training first.")
            return False
        if not self.maybe_save_changes():
            return False
        self.banner.hide()
        self.set_document(experiment, path)
        return True

    def new_experiment(self) -> None:
        from dataclasses import replace

        self._replace_document(replace(templates.default_experiment(), name="Untitled"), None)

    def new_from_template(self, stem: str) -> bool:
        return self._replace_document(templates.load(stem), None)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for path in settings.recent_files():
            action = self.recent_menu.addAction(str(path))
            action.triggered.connect(lambda _=False, p=path: self.open_file(p))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction("No recent files").setEnabled(False)

    def open_file(self, path: Path) -> bool:
        """Open an experiment; on any problem say so and keep the current one."""
        if self.controller.running:
            self.banner.show_message("Stop the running training before opening another file.")
            return False
        try:
            experiment = plan.load(path)
        except spec.SpecError as err:
            if not Path(path).exists():
                settings.forget(Path(path).resolve())  # a moved file leaves Open Recent
            lines = "<br>".join(f"• {html.escape(str(p))}" for p in err.problems)
            self.banner.show_message(
                f"<b>Could not open {html.escape(str(path))}</b> — the current experiment is "
                f"unchanged.<br>{lines}"
            )
            return False
        if not self._replace_document(experiment, Path(path)):
            return False
        settings.remember(Path(path))
        self.statusBar().showMessage(f"Opened {path}", 5000)
        return True

    def open_dialog(self) -> None:
        start = str(self.path.parent) if self.path else ""
        name, _ = QFileDialog.getOpenFileName(self, "Open experiment", start, FILE_FILTER)
        if name:
            self.open_file(Path(name))

    def save_to(self, path: Path) -> bool:
        try:
            spec.save(self.experiment, path)
        except OSError as err:
            self.banner.show_message(f"<b>Could not save {path}</b>: {err.strerror or err}")
            return False
        self.path = path
        self.undo_stack.setClean()
        self._update_title()
        settings.remember(path)
        self.statusBar().showMessage(f"Saved {path}", 5000)
        return True

    def save(self) -> bool:
        if self.path is None:
            return self.save_as_dialog()
        return self.save_to(self.path)

    def save_as_dialog(self) -> bool:
        name, _ = QFileDialog.getSaveFileName(self, "Save experiment as", "", FILE_FILTER)
        if not name:
            return False
        return self.save_to(Path(name if name.endswith(".json") else name + ".json"))

    def export_to(self, target: Path) -> bool:
        """Copy the last run's model.keras (written by the engine) to where the user chose."""
        source = self.last_run_dir / "model.keras" if self.last_run_dir else None
        if source is None or not source.is_file():
            self.banner.show_message("There is no trained model to export yet: train first.")
            return False
        try:
            shutil.copyfile(source, target)
        except OSError as err:
            self.banner.show_message(f"<b>Could not export to {target}</b>: {err.strerror or err}")
            return False
        self.statusBar().showMessage(f"Exported the trained model to {target}", 5000)
        return True

    def export_dialog(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, "Export trained model", "model.keras", "Keras models (*.keras)"
        )
        if name:
            self.export_to(Path(name if name.endswith(".keras") else name + ".keras"))

    def about(self) -> None:
        QMessageBox.about(
            self,
            "About LayerLab",
            "<b>LayerLab</b><br>Build a network layer by layer, train it with Keras and "
            "watch every layer learn.",
        )

    # ---- training -----------------------------------------------------------------
    def _train_button_clicked(self) -> None:
        if self.controller.running:
            self.controller.stop()
        else:
            self.start_training()

    def start_training(self) -> None:
        if self.controller.running:
            return
        self._notice_missing_file()
        problems = self.problems()
        if problems:  # e.g. the data file was deleted since the window last looked
            self._update_train_enabled(problems)
            lines = "<br>".join(f"• {html.escape(str(p))}" for p in problems)
            self.banner.show_message(f"<b>Cannot train yet</b><br>{lines}")
            return
        self.banner.hide()
        waiting = "" if self.controller.engine_ready else " (waiting for TensorFlow to load)"
        self.progress_label.setText("Starting…" + waiting)
        self.progress.setRange(0, 0)  # busy until the first batch
        self._planned_rates = self.plan().planned_rates()
        self.controller.train(self.experiment)

    def _running_changed(self, running: bool) -> None:
        self._update_train_enabled()
        for action in (self.open_action, self.new_action):
            action.setEnabled(not running)
        self.template_menu.setEnabled(not running)
        self.recent_menu.setEnabled(not running)

    def _engine_ready(self) -> None:
        self.engine_label.setText("Engine: TensorFlow ready")
        self._request_preview()

    def _request_preview(self) -> None:
        if self.controller.running or self.problems():
            return
        doing = "computing the preview" if self.controller.engine_ready else "TensorFlow is loading"
        self.snapshot_title.setText(f"<b>Inside the network</b> · {doing}…")
        self.controller.preview(self.experiment)

    def _preview(self, snapshot: Snapshot) -> None:
        """The network as initialized: what the lessons' initialization experiment shows."""
        self._reset_inside([layer.name for layer in snapshot.layers])
        self._snapshot(snapshot)
        self.snapshot_title.setText(
            "<b>Inside the network</b> · as initialized, before any training "
            f"· probe: {PROBE_SAMPLES} validation samples"
        )

    def _run_started(self, event: Started) -> None:
        self._epochs, self._steps_per_epoch = event.epochs, event.steps_per_epoch
        self.progress.setRange(0, event.epochs * event.steps_per_epoch)
        self.progress.setValue(0)
        self.loss_plot.reset(event)
        self.rate_plot.reset(event, self._planned_rates)
        self._reset_inside(list(event.layer_names))
        self.diagnostics.show_findings([])
        self.statusBar().showMessage(f"Training on {event.train_samples} samples…")

    def _reset_inside(self, labels: list[str]) -> None:
        """Empty every view of the network's inside for a new run or preview."""
        self.browser.set_layers(labels)
        self.browser.reset()
        self.gradient_plot.reset(labels)
        self.update_plot.reset(labels)
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
        the curves' turn is due, the next curve plot with something new (two redraws in
        one tick paused the window ~60 ms; repainting a curve plot costs ~10 ms)."""
        if self._snapshot_drawn:
            self._snapshot_drawn = False
        elif time.perf_counter() - self._curves_drawn >= CURVE_REDRAW_S:
            for _ in self._curve_plots:
                plot = self._curve_plots[self._next_curve]
                self._next_curve = 1 - self._next_curve
                if plot.draw():
                    self._curves_drawn = time.perf_counter()
                    break

    def _epoch_ended(self, event: EpochEnd) -> None:
        self.loss_plot.add_epoch(event)  # drawn with the next paced repaint
        self.history.epochs.append(event)
        self.diagnostics.show_findings(self.history.findings())
        shown = "  ".join(f"{k} {v:.3f}" for k, v in sorted(event.metrics.items()))
        self.statusBar().showMessage(f"Epoch {event.epoch + 1}: {shown}")

    def _diagnostics_changed(self, count: int) -> None:
        index = self.views.indexOf(self.diagnostics)
        self.views.setTabText(index, f"Diagnostics ({count})" if count else "Diagnostics")

    def _snapshot(self, event: Snapshot) -> None:
        self.browser.add(event)
        self._snapshot_drawn = True
        self.gradient_plot.add(event)
        self.update_plot.add(event)
        self.history.snapshot = event
        self.diagnostics.show_findings(self.history.findings())
        self.snapshot_title.setText(
            f"<b>Inside the network</b> · step {event.step} · epoch {event.epoch:.2f} "
            f"· probe: {PROBE_SAMPLES} validation samples"
        )

    def _finished(self, event: Finished) -> None:
        for plot in self._curve_plots:
            plot.draw()
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.last_run_dir = Path(event.run_dir) if event.run_dir else None
        self.export_action.setEnabled(self.last_run_dir is not None)
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
        self.statusBar().showMessage(" · ".join(parts))

    def _failed(self, event: Failed) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress_label.setText("Failed")
        self.banner.show_message(html.escape(event.message))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        # Import TensorFlow only once the window is up: the import holds the GIL for
        # seconds and would delay the first paint if it ran during construction.
        QTimer.singleShot(ENGINE_LOAD_DELAY_MS, self.controller.start_engine)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.controller.stop()  # the worker ends at its next batch; Python joins it on exit
        super().closeEvent(event)
