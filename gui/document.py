"""The experiment being edited: its file, its undo history and what the engine found in
its data. The views only listen: every change, however it came, is told through
``changed``, so they cannot drift apart."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, Signal
from PySide6.QtGui import QUndoStack

from core.model import catalog, plan, spec
from core.model.events import Finished
from core.model.facts import Known, missing_file
from core.model.machine import available_memory
from gui import settings
from gui.commands import ReplaceExperiment
from gui.controller import TrainingController
from gui.i18n import translate


class Document(QObject):
    changed = Signal(object, object)  # the Plan shown now, and its list of Problems
    titleChanged = Signal(str)  # the window's title, "[*]" where the unsaved mark goes
    modifiedChanged = Signal(bool)
    waiting = Signal(str)  # what the Data view says until the data has been read
    error = Signal(str)  # for the banner (HTML)
    status = Signal(str)  # for the status bar, for a few seconds

    def __init__(
        self,
        controller: TrainingController,
        experiment: spec.Experiment,
        path: Path | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.experiment = experiment
        self.path = path
        self.last_run_dir: Path | None = None  # where the last run saved its model
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(lambda clean: self.modifiedChanged.emit(not clean))
        self._data_asked: tuple | None = None  # the data settings last sent to be read
        # What the engine said of recent user files: (dataset Pick, facts or problem).
        self._known: list[tuple[spec.Pick, Known]] = []
        self.data_watcher = QFileSystemWatcher(self)
        self.data_watcher.fileChanged.connect(self._data_file_changed)
        self.data_watcher.directoryChanged.connect(self._data_file_changed)
        controller.dataKnown.connect(self._data_known)
        controller.runFinished.connect(self._run_finished)

    # ---- the experiment -----------------------------------------------------------
    def reset(self, experiment: spec.Experiment, path: Path | None) -> None:
        """Show a new document: fresh undo history, nothing unsaved."""
        self.path = path
        self.undo_stack.clear()
        self._show(experiment)
        self.undo_stack.setClean()
        self.modifiedChanged.emit(False)

    def mark_unsaved(self) -> None:
        """What is shown is not what is on disk (work recovered after a crash): the
        unsaved mark stays until it is saved, however far it is undone."""
        self.undo_stack.resetClean()

    def apply(self, experiment: spec.Experiment, text: str) -> None:
        """Make an edit undoable (Ctrl+Z) and show it."""
        if experiment != self.experiment:
            self.undo_stack.push(ReplaceExperiment(self.experiment, experiment, text, self._show))

    def refresh(self) -> None:
        """Show the experiment again: what is known of its data has changed."""
        self._show(self.experiment)

    def plan(self) -> plan.Plan:
        """The experiment with what is known of its data and of this machine's memory."""
        pick = self.experiment.data.dataset
        known = next((k for p, k in reversed(self._known) if p == pick), None)
        return plan.Plan(self.experiment, known, available_memory())

    def problems(self) -> list[spec.Problem]:
        return self.plan().problems()

    def title(self) -> str:
        where = f" ({self.path.name})" if self.path else ""
        return f"{self.experiment.name}{where}[*] — LayerLab"

    def _show(self, experiment: spec.Experiment) -> None:
        self.experiment = experiment
        current = self.plan()
        self.changed.emit(current, current.problems())
        self._ask_for_data()
        self.titleChanged.emit(self.title())

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
            self.waiting.emit(translate("document", "Choose a file in the Data tab."))
            return
        self.waiting.emit(translate("document", "Reading the data…"))
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

    def notice_missing_file(self) -> None:
        """A data file deleted a moment ago, before the watcher said so: known now."""
        pick = self.experiment.data.dataset
        path = pick.params.get("path") if catalog.is_user_file(pick.name) else None
        if path and not Path(path).exists():
            self._data_known(pick, missing_file(path))
            self.refresh()

    def _data_known(self, pick: spec.Pick, known: Known) -> None:
        kept = [(p, k) for p, k in self._known if p != pick][-3:]
        self._known = [*kept, (pick, known)]

    # ---- files --------------------------------------------------------------------
    def read(self, path: Path) -> spec.Experiment | None:
        """The experiment saved in ``path``; None, and why in ``error``, when it cannot
        be opened (a file that is gone also leaves Open Recent)."""
        try:
            return plan.load(path)
        except spec.SpecError as err:
            if not Path(path).exists():
                settings.forget(Path(path).resolve())
            lines = "<br>".join(f"• {html.escape(str(p))}" for p in err.problems)
            said = translate(
                "document",
                "<b>Could not open {path}</b> — the current experiment is unchanged.<br>{problems}",
            )
            self.error.emit(said.format(path=html.escape(str(path)), problems=lines))
            return None

    def opened(self, path: Path) -> None:
        """``path`` was opened into this document: it heads Open Recent."""
        settings.remember(Path(path))
        self.status.emit(translate("document", "Opened {path}").format(path=path))

    def recent_files(self) -> list[Path]:
        return settings.recent_files()

    def save_to(self, path: Path) -> bool:
        try:
            spec.save(self.experiment, path)
        except OSError as err:
            said = translate("document", "<b>Could not save {path}</b>: {why}")
            self.error.emit(said.format(path=path, why=err.strerror or err))
            return False
        self.path = path
        self.undo_stack.setClean()
        self.titleChanged.emit(self.title())
        settings.remember(path)
        self.status.emit(translate("document", "Saved {path}").format(path=path))
        return True

    def _run_finished(self, event: Finished) -> None:
        self.last_run_dir = Path(event.run_dir) if event.run_dir else None
