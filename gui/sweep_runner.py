"""Sweeps in the window: each trial is a normal run of the store, trained by the window's
own engine (watched live as it trains), one after the other; at the end the runs open side
by side. Run > Lesson Sweeps starts the lessons' ready-made ones, Run > Sweep… any setting
of the current experiment (a grid of listed values, or Optuna's random or TPE search
through its ask/tell interface: Optuna picks, LayerLab's engine trains)."""

from __future__ import annotations

import html
import itertools
import math
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from core.model import run_files
from core.model.plan import Plan
from core.model.spec import MAX_NAME_LENGTH, Experiment
from core.model.sweeps import Axis, Value, with_values
from gui.i18n import translate


def trial_name(experiment: Experiment, values: dict[str, Value]) -> str:
    """ "Digits MLP · learning_rate: 0.001, units: 32", the experiment's name cut to fit."""
    shown = ", ".join(
        f"{place.split('.')[-1]}: {f'{value:.4g}' if isinstance(value, float) else value}"
        for place, value in values.items()
    )
    suffix = f" · {shown}"[: MAX_NAME_LENGTH // 2]
    return experiment.name[: MAX_NAME_LENGTH - len(suffix)] + suffix


class ListedTrials:
    """Experiments known in advance: a lesson's, or a grid's (each point, each seed)."""

    def __init__(self, experiments: list[Experiment]) -> None:
        self.queue = list(experiments)
        self.total = len(self.queue)

    def next(self) -> Experiment | None:
        return self.queue.pop(0) if self.queue else None

    def ended(self, folder: Path | None) -> None:
        """Listed trials learn nothing from a run."""

    def upcoming(self) -> list[str]:
        return [experiment.name for experiment in self.queue]

    def drop(self, index: int) -> None:
        """Cancel the ``index``-th trial still to come."""
        del self.queue[index]

    def stop(self) -> None:
        self.queue = []


def grid_trials(experiment: Experiment, axes: list[Axis], seeds: int = 1) -> ListedTrials:
    """Every combination of the axes' values (the first axis slowest), ``seeds`` runs each."""
    made = []
    places = [axis.place for axis in axes]
    for point in itertools.product(*(axis.values for axis in axes)):
        values = dict(zip(places, point, strict=True))
        changed = replace(with_values(experiment, values), name=trial_name(experiment, values))
        for offset in range(seeds):
            seeded = replace(changed, seed=changed.seed + offset)
            if seeds > 1:
                seeded = replace(
                    seeded, name=f"{changed.name[: MAX_NAME_LENGTH - 9]} seed+{offset}"
                )
            made.append(seeded)
    return ListedTrials(made)


class SearchedTrials:
    """Optuna's random or TPE search, asked for one trial at a time and told each run's
    final validation loss (an in-memory study: the window's sweeps are its own)."""

    def __init__(self, experiment: Experiment, axes: list[Axis], strategy: str, total: int) -> None:
        import optuna

        optuna.logging.set_verbosity(optuna.logging.WARNING)
        seed = experiment.seed
        sampler = (
            optuna.samplers.TPESampler(seed=seed)
            if strategy == "tpe"
            else optuna.samplers.RandomSampler(seed=seed)
        )
        self.study = optuna.create_study(sampler=sampler, direction="minimize")
        self.experiment, self.axes, self.total = experiment, axes, total
        self.strategy = "TPE" if strategy == "tpe" else translate("sweep_runner", "random search")
        self.asked = 0
        self.trial = None

    def next(self) -> Experiment | None:
        if self.asked >= self.total:
            return None
        self.asked += 1
        self.trial = self.study.ask()
        values = {axis.place: axis.suggest(self.trial) for axis in self.axes}
        changed = with_values(self.experiment, values)
        return replace(changed, name=trial_name(self.experiment, values))

    def ended(self, folder: Path | None) -> None:
        import optuna

        run = run_files.summary(folder) if folder else None
        loss = run.final.get("val_loss", math.nan) if run else math.nan
        if run is None or run.state != "finished" or math.isnan(loss):
            self.study.tell(self.trial, state=optuna.trial.TrialState.FAIL)
        else:
            self.study.tell(self.trial, loss)

    def upcoming(self) -> list[str]:
        later = translate("sweep_runner", "chosen by {strategy} when its turn comes")
        return [later.format(strategy=self.strategy)] * (self.total - self.asked)

    def drop(self, index: int) -> None:
        self.total -= 1

    def stop(self) -> None:
        self.total = self.asked


@dataclass
class DoneTrial:
    """A trial that has started: its run's name, and once it ended, its folder."""

    name: str
    state: str = "running"
    folder: Path | None = None
    val_loss: float | None = None


class SweepRunner(QObject):
    """Trains a sweep's trials one after the other in the window; ``trialsChanged`` tells
    the queue view to show ``rows()`` again."""

    activeChanged = Signal(bool)
    trialsChanged = Signal()

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.trials: ListedTrials | SearchedTrials | None = None
        self.title = self.look = ""
        self.done: list[DoneTrial] = []  # started so far, in order
        self.cancelled: list[DoneTrial] = []  # left out before their turn
        self.stopped = False
        window.controller.runFinished.connect(self._ended)
        window.controller.runFailed.connect(self._ended)

    @property
    def active(self) -> bool:
        return self.trials is not None

    @property
    def folders(self) -> list[Path]:
        return [t.folder for t in self.done if t.folder is not None]

    def rows(self) -> list[DoneTrial]:
        """What the queue view lists: the trials so far, the ones to come, the cancelled."""
        upcoming = self.trials.upcoming() if self.trials is not None else []
        return [*self.done, *(DoneTrial(name, "queued") for name in upcoming), *self.cancelled]

    def start(self, title: str, trials: ListedTrials | SearchedTrials, look: str = "") -> bool:
        if self.active or self.window.controller.running:
            self.window.banner.show_message(
                translate("sweep_runner", "A run is training: start the sweep once it ends.")
            )
            return False
        self.trials, self.title, self.look = trials, title, look
        self.done, self.cancelled, self.stopped = [], [], False
        self.activeChanged.emit(True)
        self.window.tabs.setCurrentWidget(self.window.runs.panel)  # its queue, its runs
        self._next()
        return True

    def cancel(self) -> None:
        """Stop the run in progress and train no more; the finished runs stay. (Stop
        alone ends only the run in progress: the sweep goes on with the next.)"""
        if self.trials is not None:
            self.cancelled += [DoneTrial(name, "cancelled") for name in self.trials.upcoming()]
            self.trials.stop()
        self.stopped = True
        self.window.controller.stop()
        self.trialsChanged.emit()

    def cancel_trial(self, row: int) -> None:
        """Cancel one trial of ``rows()``: the running one stops (the sweep goes on with
        the next), one still to come is not trained; one that ended stays as it is."""
        if self.trials is None or row < 0:
            return
        if row < len(self.done):
            if self.done[row].state == "running":
                self.window.controller.stop()
            return
        index = row - len(self.done)
        upcoming = self.trials.upcoming()
        if index < len(upcoming):
            self.trials.drop(index)
            self.cancelled.insert(0, DoneTrial(upcoming[index], "cancelled"))
            self.trialsChanged.emit()

    def _next(self) -> None:
        experiment = self.trials.next() if self.trials is not None else None
        if experiment is None:
            self._done()
            return
        self.done.append(DoneTrial(experiment.name))
        number = len(self.done)
        total = number + len(self.trials.upcoming())
        self.window.live.show_starting(Plan(experiment))
        self.window.controller.train(experiment)
        said = translate("sweep_runner", "{title}: run {number} of {total}, {name}")
        self.window.statusBar().showMessage(
            said.format(title=self.title, number=number, total=total, name=experiment.name)
        )
        self.trialsChanged.emit()

    def _ended(self, event) -> None:
        if not self.active:
            return
        folder = getattr(event, "run_dir", None)
        self.trials.ended(Path(folder) if folder else None)
        running = next((t for t in self.done if t.state == "running"), None)
        if running is not None:
            run = run_files.summary(Path(folder)) if folder else None
            running.folder = Path(folder) if folder else None
            running.state = run.state if run is not None else "failed"
            running.val_loss = run.final.get("val_loss") if run is not None else None
            self.trialsChanged.emit()
        QTimer.singleShot(0, self._next)  # once the controller has closed this run

    def _done(self) -> None:
        self.trials = None
        self.activeChanged.emit(False)
        self.trialsChanged.emit()
        desk = self.window.runs
        desk.panel.refresh()
        runs = [run for run in (run_files.summary(f) for f in self.folders) if run is not None]
        desk.panel.select(self.folders)
        if self.stopped or len(runs) < 2:
            if self.stopped:
                said = translate(
                    "sweep_runner", "{title} stopped: its runs are kept in the Runs tab"
                )
            else:
                said = translate(
                    "sweep_runner",
                    "{title} ended with {finished} run(s) that finished: its runs are kept in the Runs tab",  # noqa: E501
                )
            self.window.statusBar().showMessage(said.format(title=self.title, finished=len(runs)))
            return
        compare = desk.compare(runs)
        if compare is not None and self.look:
            look = f"<b>{html.escape(self.title)}</b> — {html.escape(self.look)}"
            compare.note.setText(f"{look}<br>{compare.note.text()}")
        said = translate("sweep_runner", "{title} done: {runs} runs compared")
        self.window.statusBar().showMessage(said.format(title=self.title, runs=len(runs)))
