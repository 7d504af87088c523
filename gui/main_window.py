"""The LayerLab main window: the network on the left, live training on the right.

The window only lays out and wires: the experiment lives in ``Document``, training as it
happens in ``LiveView``; what stays here is what asks the user (menus, dialogs, prompts).
"""

from __future__ import annotations

import html
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.model import files, imported, plan, spec, steering, sweeps, templates, transfer
from core.model.exports import Exported, describe, metrics_csv
from gui import menus, recovery, settings
from gui.banner import ErrorBanner
from gui.controller import TrainingController
from gui.data_panel import DataPanel
from gui.document import Document
from gui.drops import FileDrops
from gui.editor import NetworkEditor
from gui.export_dialog import ExportDialog, last_folder, remember_folder
from gui.graph_views import GraphViews
from gui.i18n import translate
from gui.lessons_panel import LessonsDesk
from gui.live_view import LiveView, split
from gui.plot_export import PLOT_FILTER, save_plot, target_path
from gui.report_export import ReportExport
from gui.runs_desk import RunsDesk
from gui.steering import RunSteering
from gui.sweep_dialog import SweepDialog
from gui.sweep_queue import SweepQueue
from gui.sweep_runner import ListedTrials, SweepRunner
from gui.training_panel import TrainingPanel

ENGINE_LOAD_DELAY_MS = 150
STATUS_MS = 5000  # how long the document's messages stay in the status bar
EXPORTED_MS = 20_000  # ... and what an export wrote: a path and numbers to read
# Marked for translation (context "main_window"): shown through ``translate``.
FILE_FILTER = QT_TRANSLATE_NOOP("main_window", "LayerLab experiments (*.json);;All files (*)")
MODEL_FILTER = QT_TRANSLATE_NOOP("main_window", "Keras models (*.keras);;All files (*)")
ENGINE_READY = QT_TRANSLATE_NOOP("main_window", "Engine: TensorFlow ready")
ENGINE_STOPPED = QT_TRANSLATE_NOOP("main_window", "Engine: stopped — restarts with the next run")


class MainWindow(QMainWindow):
    def __init__(
        self,
        experiment: spec.Experiment,
        path: Path | None = None,
        controller: TrainingController | None = None,
    ) -> None:
        super().__init__()
        self.controller = controller or TrainingController(parent=self)
        self.document = Document(self.controller, experiment, path, parent=self)
        self.undo_stack = self.document.undo_stack
        self.autosave = recovery.Autosave(self.document, parent=self)
        self.export_box: ExportDialog | None = None  # made when first asked for
        self.export_source: Path | None = None  # the run it exports (None: the last one)
        self._build_widgets()
        menus.build(self)
        self._connect()
        self.set_document(experiment, path)
        self.resize(1280, 820)

    # ---- the document, reached through the window as it always was ---------------
    @property
    def experiment(self) -> spec.Experiment:
        return self.document.experiment

    @property
    def path(self) -> Path | None:
        return self.document.path

    def plan(self) -> plan.Plan:
        return self.document.plan()

    def set_document(self, experiment: spec.Experiment, path: Path | None) -> None:
        self.document.reset(experiment, path)

    def apply(self, experiment: spec.Experiment, text: str) -> None:
        self.document.apply(experiment, text)

    def save_to(self, path: Path) -> bool:
        return self.document.save_to(path)

    # ---- construction -------------------------------------------------------------
    def _build_widgets(self) -> None:
        self.banner = ErrorBanner()
        self.editor = NetworkEditor()
        self.training_panel = TrainingPanel()
        self.data_panel = DataPanel()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.editor, translate("main_window", "&Network"))
        self.tabs.addTab(self.data_panel, translate("main_window", "&Data"))
        self.tabs.addTab(self.training_panel, translate("main_window", "T&raining"))
        self.tabs.setTabToolTip(
            1,
            translate("main_window", "Dataset, your own files, split, preprocessing, augmentation"),
        )
        self.runs = RunsDesk(self)
        self.sweeps = SweepRunner(self)
        self.sweep_queue = SweepQueue(self.sweeps)
        self.drops = FileDrops(self)
        self.runs.panel.layout().insertWidget(0, self.sweep_queue)
        self.tabs.addTab(self.runs.panel, translate("main_window", "R&uns"))
        self.tabs.setTabToolTip(
            3,
            translate(
                "main_window", "Every run kept: reopen, compare, rename, tag, delete, run again"
            ),
        )
        live = self.live = LiveView(self.controller, self.document)
        self.steering, self.reports = RunSteering(self.controller, live, self), ReportExport(self)
        self.graphs, self.lessons = GraphViews(self), LessonsDesk(self)
        # The live view's widgets, by the names the window has always had.
        self.train_button = live.train_button
        self.snapshot_title = live.snapshot_title
        self.views = live.views
        self.loss_plot, self.metric_plot, self.rate_plot = live.plots_of_curves
        self.browser = live.browser
        self.gradient_plot = live.gradient_plot
        self.confusion = live.confusion
        self.boundary = live.boundary
        self.diagnostics = live.diagnostics
        self.data_view = live.data_view
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.banner)
        layout.addWidget(split(Qt.Horizontal, (self.tabs, 470), (live, 810)), 1)
        self.setCentralWidget(central)
        self.engine_label = QLabel(translate("main_window", "Engine: loading TensorFlow…"))
        self.statusBar().addPermanentWidget(self.engine_label)

    def _connect(self) -> None:
        c, d = self.controller, self.document
        for panel in (self.editor, self.training_panel, self.data_panel):
            panel.edited.connect(d.apply)
        d.changed.connect(self.editor.set_plan)
        d.changed.connect(self.training_panel.set_plan)
        d.changed.connect(
            lambda current, problems: self.data_panel.set_experiment(current.experiment, problems)
        )
        d.changed.connect(lambda _, problems: self._show_trainable(problems))
        d.titleChanged.connect(self.setWindowTitle)
        d.modifiedChanged.connect(self.setWindowModified)
        d.error.connect(self.banner.show_message)
        d.status.connect(lambda text: self.statusBar().showMessage(text, STATUS_MS))
        self.live.status.connect(self.statusBar().showMessage)
        self.live.trainRequested.connect(self.start_training)
        c.dataProgress.connect(self.data_panel.show_progress)
        c.dataReady.connect(self._data_ready)
        c.dataFailed.connect(self._data_failed)
        c.engineReady.connect(
            lambda: self._show_engine(
                translate("main_window", ENGINE_READY),
                translate("main_window", "Runs train on {devices}").format(
                    devices=c.engine_devices
                ),
            )
        )
        c.engineLost.connect(
            lambda why: self._show_engine(translate("main_window", ENGINE_STOPPED), why)
        )
        c.runningChanged.connect(self._running_changed)
        c.runFinished.connect(lambda event: self.export_action.setEnabled(bool(event.run_dir)))
        c.runStarted.connect(lambda _: self.metrics_action.setEnabled(False))
        c.epochEnded.connect(lambda _: self.metrics_action.setEnabled(True))
        c.exportDone.connect(self._exported)
        c.exportFailed.connect(self._export_failed)
        c.noticed.connect(lambda text: self.banner.show_message(html.escape(text)))
        c.runFailed.connect(
            lambda event: self.banner.show_message(html.escape(event.message), event.details)
        )
        self.autosave.failed.connect(lambda text: self.statusBar().showMessage(text, STATUS_MS))

    def _show_engine(self, text: str, why: str) -> None:
        self.engine_label.setText(text)
        self.engine_label.setToolTip(why)

    # ---- the data -----------------------------------------------------------------
    def _data_ready(self, view) -> None:
        self.data_panel.show_read(view.file, view.sizes)
        if view.file is not None:
            self.document.refresh()  # the file's shape is known now: check the network

    def _data_failed(self, message: str) -> None:
        self.data_panel.show_failure(message)
        self.document.refresh()

    # ---- files --------------------------------------------------------------------
    def ask_unsaved(self) -> QMessageBox.StandardButton:
        """Save, Discard or Cancel for unsaved changes (tests replace this prompt)."""
        return QMessageBox.question(
            self,
            translate("main_window", "Unsaved changes"),
            translate("main_window", "Save the changes to '{name}' first?").format(
                name=self.experiment.name
            ),
            QMessageBox.Save | QMessageBox.Discard | QMessageBox.Cancel,
            QMessageBox.Save,
        )

    def ask_stop_run(self) -> bool:
        """True to stop the run and quit, False to keep it training (tests replace this
        prompt). Escape keeps it training."""
        box = QMessageBox(
            QMessageBox.Question,
            translate("main_window", "Training is running"),
            translate("main_window", "'{name}' is training. Stop the run and quit?").format(
                name=self.experiment.name
            ),
            QMessageBox.Cancel,
            self,
        )
        stop = box.addButton(translate("main_window", "Stop and Quit"), QMessageBox.DestructiveRole)
        box.setDefaultButton(QMessageBox.Cancel)
        box.exec()
        return box.clickedButton() is stop

    def ask_restore(self, saved_at: datetime, name: str) -> bool:
        """True to restore the work autosaved before LayerLab last ended without closing,
        False to discard it (tests replace this prompt). Escape restores: losing work
        takes a deliberate click."""
        box = QMessageBox(
            QMessageBox.Question,
            translate("main_window", "Restore unsaved work?"),
            translate(
                "main_window",
                "LayerLab did not close normally. The unsaved changes to '{name}' were "
                "autosaved {when}.",
            ).format(name=name, when=recovery.when(saved_at)),
            parent=self,
        )
        box.setInformativeText(translate("main_window", "Restore them?"))
        restore = box.addButton(translate("main_window", "Restore"), QMessageBox.AcceptRole)
        box.addButton(translate("main_window", "Discard"), QMessageBox.DestructiveRole)
        box.setDefaultButton(restore)
        box.setEscapeButton(restore)
        box.exec()
        return box.clickedButton() is restore

    def offer_recovery(self) -> bool:
        """Offer what was autosaved before a crash; True when it was restored, as unsaved
        work with the file it belongs to. Declined, it is removed: asked about once."""
        found = recovery.read()
        if found is None:
            return False
        if not self.ask_restore(found.saved, found.experiment.name):
            recovery.remove()
            return False
        if not self._replace_document(found.experiment, found.path):
            return False
        self.document.mark_unsaved()
        self.autosave.adopt()
        saved = recovery.when(found.saved)
        said = translate("main_window", "Restored the work autosaved {when}")
        self.statusBar().showMessage(said.format(when=saved), STATUS_MS)
        return True

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
            self.banner.show_message(translate("main_window", "Stop the running training first."))
            return False
        if not self.maybe_save_changes():
            return False
        self.banner.hide()
        self.set_document(experiment, path)
        return True

    def open_copy(self, experiment: spec.Experiment) -> bool:
        """``experiment`` as a new, unsaved document (a run's, from the Runs tab)."""
        if not self._replace_document(experiment, None):
            return False
        self.document.mark_unsaved()
        self.tabs.setCurrentWidget(self.editor)
        return True

    def new_experiment(self) -> None:
        name = translate("main_window", "Untitled")
        untitled = replace(templates.default_experiment(), name=name)
        self._replace_document(untitled, None)

    def new_from_template(self, stem: str) -> bool:
        return self._replace_document(templates.load(stem), None)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for path in self.document.recent_files():
            action = self.recent_menu.addAction(str(path))
            action.triggered.connect(lambda _=False, p=path: self.open_file(p))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(translate("main_window", "No recent files")).setEnabled(
                False
            )

    def open_file(self, path: Path) -> bool:
        """Open an experiment; on any problem say so and keep the current one."""
        if self.controller.running:
            self.banner.show_message(
                translate("main_window", "Stop the running training before opening another file.")
            )
            return False
        experiment = self.document.read(path)
        if experiment is None or not self._replace_document(experiment, Path(path)):
            return False
        self.document.opened(path)
        return True

    def open_dialog(self) -> None:
        start = str(self.path.parent) if self.path else ""
        name, _ = QFileDialog.getOpenFileName(
            self,
            translate("main_window", "Open experiment"),
            start,
            translate("main_window", FILE_FILTER),
        )
        if name:
            self.open_file(Path(name))

    def import_model_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            translate("main_window", "Import a trained model"),
            str(last_folder()),
            translate("main_window", MODEL_FILTER),
        )
        if name:
            self.import_model(Path(name))

    def import_model(self, path: Path) -> bool:
        """Start the network with the model at ``path`` (an undoable edit); a model that
        cannot be a base is said why in the banner, and nothing changes."""
        try:
            facts = imported.read_base(path)
        except imported.BaseError as err:
            said = translate("main_window", "<b>Cannot import the model</b> — {why}")
            self.banner.show_message(said.format(why=html.escape(str(err))))
            return False
        experiment, said = transfer.with_base(self.experiment, path, facts)
        self.banner.hide()
        self.apply(experiment, translate("main_window", "import a model"))
        self.tabs.setCurrentWidget(self.editor)
        self.editor.select_row(1)
        self.statusBar().showMessage(said, EXPORTED_MS)
        return True

    def save(self) -> bool:
        if self.path is None:
            return self.save_as_dialog()
        return self.save_to(self.path)

    def save_as_dialog(self) -> bool:
        name, _ = QFileDialog.getSaveFileName(
            self,
            translate("main_window", "Save experiment as"),
            "",
            translate("main_window", FILE_FILTER),
        )
        if not name:
            return False
        return self.save_to(Path(name if name.endswith(".json") else name + ".json"))

    def export_dialog(self, run_dir: Path | None = None) -> None:
        """Ask how to export a run's model, the last one's unless ``run_dir`` is given
        (the Runs tab's); never blocking: ``open``, not ``exec``. Export hands it to the
        engine."""
        self.export_source = run_dir
        if self.export_box is None:
            self.export_box = box = ExportDialog(last_folder(), self)
            box.accepted.connect(
                lambda: self.export_model(
                    box.format, box.target, box.quantization, self.export_source
                )
            )
        self.export_box.open()

    def export_model(
        self, format: str, target: Path, quantization: str = "none", run_dir: Path | None = None
    ) -> None:
        """Have the engine write a run's model (the last run's by default) and check it;
        the status bar says how it went, the banner why it failed."""
        run_dir = run_dir or self.document.last_run_dir
        if run_dir is None:
            self.banner.show_message(
                translate("main_window", "There is no trained model to export yet: train first.")
            )
            return
        remember_folder(target)
        self.export_action.setEnabled(False)
        self.statusBar().showMessage(translate("main_window", "Exporting…"))
        self.controller.export(run_dir, format, target, quantization)

    def _exported(self, done: Exported) -> None:
        self.export_action.setEnabled(self.document.last_run_dir is not None)
        self.statusBar().showMessage(describe(done), EXPORTED_MS)

    def _export_failed(self, why: str) -> None:
        self.export_action.setEnabled(self.document.last_run_dir is not None)
        self.statusBar().clearMessage()
        said = translate("main_window", "<b>Could not export</b> — {why}")
        self.banner.show_message(said.format(why=html.escape(why)))

    def export_plot_dialog(self, label: str, widget: QWidget) -> None:
        """Bring the plot into view (so it shows its newest data), ask where, save it."""
        self.live.bring_into_view(widget)
        start = last_folder() / (label.lower().replace(" ", "-") + ".png")
        name, chosen = QFileDialog.getSaveFileName(
            self,
            translate("main_window", "Export plot: {plot}").format(plot=label),
            str(start),
            translate("plot_export", PLOT_FILTER),
        )
        if name:
            self.export_plot(widget, target_path(name, chosen), label)

    def export_plot(self, widget: QWidget, target: Path, label: str = "plot") -> bool:
        try:
            save_plot(widget, target)
        except files.WriteError as err:
            said = translate("main_window", "<b>Could not export the plot</b> — {why}")
            self.banner.show_message(said.format(why=html.escape(str(err))))
            return False
        remember_folder(target)
        said = translate("main_window", "Saved the {plot} plot to {path}")
        self.statusBar().showMessage(said.format(plot=label.lower(), path=target), EXPORTED_MS)
        return True

    def export_metrics_dialog(self) -> None:
        start = last_folder() / f"{self.experiment.name or 'run'}-metrics.csv"
        name, _ = QFileDialog.getSaveFileName(
            self,
            translate("main_window", "Export metrics"),
            str(start),
            translate("main_window", "CSV files (*.csv);;All files (*)"),
        )
        if name:
            self.export_metrics(Path(name if Path(name).suffix else name + ".csv"))

    def export_metrics(self, target: Path) -> bool:
        """The last run's epochs (as in its metrics.csv), written where the user asked."""
        epochs = self.live.run_epochs
        if not epochs:
            self.banner.show_message(
                translate("main_window", "There are no metrics to export yet: train first.")
            )
            return False
        try:
            files.write_text(target, metrics_csv(e.row() for e in epochs))
        except files.WriteError as err:
            said = translate("main_window", "<b>Could not export the metrics</b> — {why}")
            self.banner.show_message(said.format(why=html.escape(str(err))))
            return False
        remember_folder(target)
        said = translate("main_window", "Saved {count} epochs of metrics to {path}")
        self.statusBar().showMessage(said.format(count=len(epochs), path=target), EXPORTED_MS)
        return True

    def start_lesson(self, lesson: sweeps.LessonSweep) -> bool:
        made = sweeps.lesson_experiments(lesson, templates.load(lesson.template))
        return self.sweeps.start(lesson.shown_label(), ListedTrials(made), lesson.shown_look())

    def sweep_dialog(self) -> None:
        """Ask which setting and which values (never blocking: ``open``)."""
        box = SweepDialog(self.experiment, self)
        box.accepted.connect(lambda: self.sweeps.start(box.title(), box.trials()))
        box.open()

    # ---- training -----------------------------------------------------------------
    def start_training(self, *, replay: tuple[steering.RateChange, ...] = ()) -> None:
        if self.controller.running:
            return
        self.document.notice_missing_file()
        problems = self.document.problems()
        if problems:  # e.g. the data file was deleted since the window last looked
            self._show_trainable(problems)
            lines = "<br>".join(f"• {html.escape(str(p))}" for p in problems)
            said = translate("main_window", "<b>Cannot train yet</b><br>{problems}")
            self.banner.show_message(said.format(problems=lines))
            return
        self.banner.hide()
        self.live.show_starting(self.document.plan())
        self.controller.train(self.experiment, replay)

    def _show_trainable(self, problems: list[spec.Problem]) -> None:
        running = self.controller.running
        self.train_action.setEnabled(not running and not problems)
        self.stop_action.setEnabled(running)
        self.live.show_trainable(problems)

    def _running_changed(self, running: bool) -> None:
        self._show_trainable(self.document.problems())
        for action in (self.open_action, self.new_action, self.import_action):
            action.setEnabled(not running)
        self.template_menu.setEnabled(not running)
        self.recent_menu.setEnabled(not running)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        # Import TensorFlow only once the window is up: the import holds the GIL for
        # seconds and would delay the first paint if it ran during construction.
        QTimer.singleShot(ENGINE_LOAD_DELAY_MS, self.controller.start_engine)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Quit only when nothing would be lost unasked: a run stops, unsaved changes are
        saved or discarded. Cancel keeps everything as it was."""
        if self.controller.running and not self.ask_stop_run():
            event.ignore()
            return
        if not self.maybe_save_changes():
            event.ignore()
            return
        self.controller.stop()  # the worker ends at its next batch; Python joins it on exit
        self.autosave.discard()  # a clean quit leaves nothing to recover
        settings.keep_layout(self)
        super().closeEvent(event)
