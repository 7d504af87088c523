"""What the Runs tab's buttons do: reopen a run in the views, compare runs, take a run's
experiment, train it again, rename, tag or delete runs (asking first)."""

from __future__ import annotations

import html

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog, QMessageBox

from core.model import files, run_files, steering
from core.model.run_files import RunSummary
from gui import settings
from gui.compare_view import CompareWindow
from gui.i18n import translate
from gui.runs_panel import RunsPanel, state_text

STATUS_MS = 8000


class RunsDesk(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.panel = RunsPanel(window.controller.runs_root, settings.run_folders())
        self.compare_windows: list[CompareWindow] = []
        p = self.panel
        p.openRequested.connect(self.open_run)
        p.compareRequested.connect(self.compare)
        p.experimentRequested.connect(self.take_experiment)
        p.runAgainRequested.connect(self.run_again)
        p.exportRequested.connect(lambda run: window.export_dialog(run.folder))
        p.renameRequested.connect(self.rename)
        p.tagRequested.connect(self.tag)
        p.deleteRequested.connect(self.delete)
        p.foldersChanged.connect(settings.keep_run_folders)
        c = window.controller
        c.runStarted.connect(lambda _: p.refresh())
        c.runFinished.connect(lambda _: p.refresh())
        c.runFailed.connect(lambda _: p.refresh())

    def _say(self, text: str) -> None:
        self.window.statusBar().showMessage(text, STATUS_MS)

    def _fail(self, text: str) -> None:
        self.window.banner.show_message(html.escape(text))

    def open_run(self, run: RunSummary) -> bool:
        """The run in the views, as they showed it live; its files unreadable: said."""
        if self.window.controller.running:
            self._fail(
                translate("runs_desk", "A run is training: open a stored run once it has finished.")
            )
            return False
        try:
            replay = run_files.read_replay(run.folder)
        except (OSError, ValueError, KeyError) as err:
            said = translate("runs_desk", "Cannot open the run {folder}: {why}")
            self._fail(said.format(folder=run.folder, why=err))
            return False
        self.window.live.replay(run, replay)
        said = translate("runs_desk", "Opened the run “{title}” ({state}, {epochs} epochs)")
        self._say(said.format(title=run.title, state=state_text(run.state), epochs=run.epochs_done))
        return True

    def compare(self, runs: list[RunSummary]) -> CompareWindow | None:
        try:
            window = CompareWindow(runs)
        except (OSError, ValueError, KeyError) as err:
            self._fail(translate("runs_desk", "Cannot compare these runs: {why}").format(why=err))
            return None
        window.error.connect(self._fail)
        window.closed.connect(self._forget_compare)
        self.compare_windows.append(window)
        window.show()
        return window

    def _forget_compare(self) -> None:
        """A closed compare window is dropped, and with it its snapshots (Python owns it:
        Qt's delete-on-close would free it twice)."""
        closed = self.sender()
        self.compare_windows = [w for w in self.compare_windows if w is not closed]

    def take_experiment(self, run: RunSummary) -> bool:
        """The run's experiment in the editor, as a new, unsaved document."""
        if run.experiment is None or not self.window.open_copy(run.experiment):
            return False
        said = translate("runs_desk", "The experiment of the run “{title}”, as a new file")
        self._say(said.format(title=run.title))
        return True

    def run_again(self, run: RunSummary) -> bool:
        """Train the run's experiment again; a run whose learning rate was set by hand
        gets the same rates at the same steps (its steering.json)."""
        replay: tuple[steering.RateChange, ...] = ()
        if (run.folder / steering.FILE).is_file():
            try:
                replay = steering.rate_changes(run.folder / steering.FILE)
            except steering.SteeringError as err:
                said = translate("runs_desk", "Cannot replay how the run was steered: {why}")
                self._fail(said.format(why=err))
                return False
        if not self.take_experiment(run):
            return False
        self.window.start_training(replay=replay)
        if replay:
            at = translate("runs_desk", "{rate} at step {step}")
            rates = ", ".join(at.format(rate=f"{c.rate:g}", step=c.step) for c in replay)
            said = translate(
                "runs_desk", "Training “{title}” again, with its rates set by hand: {rates}"
            )
            self._say(said.format(title=run.title, rates=rates))
        return True

    def ask_text(self, title: str, label: str, text: str) -> str | None:
        """A line of text, or None when cancelled (tests replace this prompt)."""
        value, ok = QInputDialog.getText(self.window, title, label, text=text)
        return value if ok else None

    def ask_delete(self, runs: list[RunSummary]) -> bool:
        """True to delete (tests replace this prompt); Escape keeps them."""
        names = "".join(f"<br>• {html.escape(r.title)} ({r.started[:16]})" for r in runs[:10])
        more = ""
        if len(runs) > 10:
            more = "<br>" + translate("runs_desk", "… and {count} more").format(
                count=len(runs) - 10
            )
        question = translate("runs_desk", "Delete {count} run(s) and all their files?")
        answer = QMessageBox.question(
            self.window,
            translate("runs_desk", "Delete runs"),
            question.format(count=len(runs)) + names + more,
            QMessageBox.Yes | QMessageBox.Cancel,
            QMessageBox.Cancel,
        )
        return answer == QMessageBox.Yes

    def rename(self, run: RunSummary) -> None:
        title = self.ask_text(
            translate("runs_desk", "Rename run"),
            translate("runs_desk", "Name of the run:"),
            run.title,
        )
        if title is not None and title.strip():
            self._label(run, title=title.strip())

    def tag(self, run: RunSummary) -> None:
        text = self.ask_text(
            translate("runs_desk", "Tag run"),
            translate("runs_desk", "Tags, separated by commas:"),
            ", ".join(run.tags),
        )
        if text is not None:
            self._label(run, tags=tuple(t.strip() for t in text.split(",") if t.strip()))

    def _label(self, run: RunSummary, **labels) -> None:
        try:
            run_files.write_labels(run.folder, **labels)
        except files.WriteError as err:
            self._fail(str(err))
        self.panel.refresh()

    def delete(self, runs: list[RunSummary]) -> None:
        training = [r for r in runs if r.state == "running"]
        if training:
            said = translate(
                "runs_desk", "“{title}” is still training: stop it before deleting it."
            )
            self._fail(said.format(title=training[0].title))
            return
        if not runs or not self.ask_delete(runs):
            return
        done = 0
        for run in runs:
            try:
                run_files.delete(run.folder)
                done += 1
            except files.WriteError as err:
                self._fail(str(err))
        self.panel.refresh()
        self._say(translate("runs_desk", "Deleted {count} run(s)").format(count=done))
