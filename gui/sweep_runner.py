"""Sweeps in the window: each trial is a normal run of the store, trained by the window's
own engine (watched live as it trains), one after the other; at the end the runs open side
by side. Run > Lesson Sweeps starts the lessons' ready-made ones, Run > Sweep… any setting
of the current experiment (a grid of listed values, or Optuna's random or TPE search
through its ask/tell interface: Optuna picks, LayerLab's engine trains)."""

from __future__ import annotations

import html
import math
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from core.model import run_files
from core.model.plan import Plan
from core.model.spec import MAX_NAME_LENGTH, Experiment
from core.model.sweeps import Axis, with_value


def trial_name(experiment: Experiment, place: str, value: object) -> str:
    """ "Digits MLP · learning_rate: 0.001", the experiment's name cut to fit the limit."""
    shown = f"{value:.4g}" if isinstance(value, float) else value
    suffix = f" · {place.split('.')[-1]}: {shown}"[: MAX_NAME_LENGTH // 2]
    return experiment.name[: MAX_NAME_LENGTH - len(suffix)] + suffix


class ListedTrials:
    """Experiments known in advance: a lesson's, or a grid's (each value, each seed)."""

    def __init__(self, experiments: list[Experiment]) -> None:
        self.queue = list(experiments)
        self.total = len(self.queue)

    def next(self) -> Experiment | None:
        return self.queue.pop(0) if self.queue else None

    def ended(self, folder: Path | None) -> None:
        """Listed trials learn nothing from a run."""

    def stop(self) -> None:
        self.queue = []


def grid_trials(experiment: Experiment, axis: Axis, seeds: int = 1) -> ListedTrials:
    made = []
    for value in axis.values:
        changed = with_value(experiment, axis.place, value)
        for offset in range(seeds):
            name = trial_name(experiment, axis.place, value)
            seeded = replace(changed, seed=changed.seed + offset, name=name)
            made.append(seeded)
    return ListedTrials(made)


class SearchedTrials:
    """Optuna's random or TPE search, asked for one trial at a time and told each run's
    final validation loss (an in-memory study: the window's sweeps are its own)."""

    def __init__(self, experiment: Experiment, axis: Axis, strategy: str, total: int) -> None:
        import optuna

        optuna.logging.set_verbosity(optuna.logging.WARNING)
        seed = experiment.seed
        sampler = (
            optuna.samplers.TPESampler(seed=seed)
            if strategy == "tpe"
            else optuna.samplers.RandomSampler(seed=seed)
        )
        self.study = optuna.create_study(sampler=sampler, direction="minimize")
        self.experiment, self.axis, self.total = experiment, axis, total
        self.asked = 0
        self.trial = None

    def next(self) -> Experiment | None:
        if self.asked >= self.total:
            return None
        self.asked += 1
        self.trial = self.study.ask()
        value = self.axis.suggest(self.trial)
        name = trial_name(self.experiment, self.axis.place, value)
        return replace(with_value(self.experiment, self.axis.place, value), name=name)

    def ended(self, folder: Path | None) -> None:
        import optuna

        run = run_files.summary(folder) if folder else None
        loss = run.final.get("val_loss", math.nan) if run else math.nan
        if run is None or run.state != "finished" or math.isnan(loss):
            self.study.tell(self.trial, state=optuna.trial.TrialState.FAIL)
        else:
            self.study.tell(self.trial, loss)

    def stop(self) -> None:
        self.total = self.asked


class SweepRunner(QObject):
    activeChanged = Signal(bool)

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.trials: ListedTrials | SearchedTrials | None = None
        self.title = self.look = ""
        self.folders: list[Path] = []
        self.started = 0
        self.stopped = False
        window.controller.runFinished.connect(self._ended)
        window.controller.runFailed.connect(self._ended)

    @property
    def active(self) -> bool:
        return self.trials is not None

    def start(self, title: str, trials: ListedTrials | SearchedTrials, look: str = "") -> bool:
        if self.active or self.window.controller.running:
            self.window.banner.show_message("A run is training: start the sweep once it ends.")
            return False
        self.trials, self.title, self.look = trials, title, look
        self.folders, self.stopped, self.started = [], False, 0
        self.activeChanged.emit(True)
        self._next()
        return True

    def cancel(self) -> None:
        """Stop the run in progress and train no more; the finished runs stay. (Stop
        alone ends only the run in progress: the sweep goes on with the next.)"""
        if self.trials is not None:
            self.trials.stop()
        self.stopped = True
        self.window.controller.stop()

    def _next(self) -> None:
        experiment = self.trials.next() if self.trials is not None else None
        if experiment is None:
            self._done()
            return
        self.started += 1
        number = self.started
        self.window.live.show_starting(Plan(experiment))
        self.window.controller.train(experiment)
        self.window.statusBar().showMessage(
            f"{self.title}: run {number} of {self.trials.total}, {experiment.name}"
        )

    def _ended(self, event) -> None:
        if not self.active:
            return
        folder = getattr(event, "run_dir", None)
        self.trials.ended(Path(folder) if folder else None)
        if folder:
            self.folders.append(Path(folder))
        QTimer.singleShot(0, self._next)  # once the controller has closed this run

    def _done(self) -> None:
        self.trials = None
        self.activeChanged.emit(False)
        desk = self.window.runs
        desk.panel.refresh()
        runs = [run for run in (run_files.summary(f) for f in self.folders) if run is not None]
        desk.panel.select(self.folders)
        if self.stopped or len(runs) < 2:
            how = "stopped" if self.stopped else f"ended with {len(runs)} run(s) that finished"
            self.window.statusBar().showMessage(
                f"{self.title} {how}: its runs are kept in the Runs tab"
            )
            return
        compare = desk.compare(runs)
        if compare is not None and self.look:
            look = f"<b>{html.escape(self.title)}</b> — {html.escape(self.look)}"
            compare.note.setText(f"{look}<br>{compare.note.text()}")
        self.window.statusBar().showMessage(f"{self.title} done: {len(runs)} runs compared")
