"""Run > Lesson Sweeps: a lesson's runs trained one after the other in the window's own
engine (each a normal run of the store, shown live as it trains), then opened side by
side with a sentence saying what to look at."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from core.model import run_files, templates
from core.model.plan import Plan
from core.model.spec import Experiment
from core.model.sweeps import LessonSweep, lesson_experiments


class LessonRunner(QObject):
    activeChanged = Signal(bool)

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.lesson: LessonSweep | None = None
        self.queue: list[Experiment] = []
        self.total = 0
        self.folders: list[Path] = []
        self.stopped = False
        window.controller.runFinished.connect(self._ended)
        window.controller.runFailed.connect(self._ended)

    @property
    def active(self) -> bool:
        return self.lesson is not None

    def start(self, lesson: LessonSweep) -> bool:
        if self.active or self.window.controller.running:
            self.window.banner.show_message("A run is training: start the sweep once it ends.")
            return False
        self.lesson, self.folders, self.stopped = lesson, [], False
        self.queue = lesson_experiments(lesson, templates.load(lesson.template))
        self.total = len(self.queue)
        self.activeChanged.emit(True)
        self._next()
        return True

    def cancel(self) -> None:
        """Stop the run in progress and train no more; the finished runs stay."""
        self.queue, self.stopped = [], True
        self.window.controller.stop()

    def _next(self) -> None:
        if not self.queue:
            self._done()
            return
        experiment = self.queue.pop(0)
        number = self.total - len(self.queue)
        self.window.live.show_starting(Plan(experiment))
        self.window.controller.train(experiment)
        self.window.statusBar().showMessage(
            f"Lesson sweep: run {number} of {self.total}, {experiment.name}"
        )

    def _ended(self, event) -> None:
        if not self.active:
            return
        folder = getattr(event, "run_dir", None)
        if folder:
            self.folders.append(Path(folder))
        QTimer.singleShot(0, self._next)  # once the controller has closed this run

    def _done(self) -> None:
        lesson, self.lesson = self.lesson, None
        self.activeChanged.emit(False)
        desk = self.window.runs
        desk.panel.refresh()
        runs = [run for run in (run_files.summary(f) for f in self.folders) if run is not None]
        desk.panel.select(self.folders)
        if self.stopped or len(runs) < 2:
            self.window.statusBar().showMessage(
                f"Lesson sweep stopped: its {len(runs)} run(s) are kept in the Runs tab"
            )
            return
        compare = desk.compare(runs)
        if compare is not None:
            compare.note.setText(
                f"<b>{html.escape(lesson.label)}</b> — {html.escape(lesson.look)}"
                f"<br>{compare.note.text()}"
            )
        desk.panel.select(self.folders)
        self.window.statusBar().showMessage(f"Lesson sweep done: {len(runs)} runs compared")
