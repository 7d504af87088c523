"""The bridge between the engine process and the Qt widgets.

Training, the initialization preview, reading the data and exporting a trained model all
run in the engine's own process (core/engine/worker.py), so TensorFlow never holds this
process's interpreter lock. Its events arrive in a queue that a QTimer on the GUI thread
drains every 40 ms and re-emits as Qt signals, batched, so plots redraw at a steady rate
rather than once per batch. Nothing here ever waits on the engine.
"""

from __future__ import annotations

import itertools
import queue
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from core.model import catalog, files, store
from core.model.events import (
    BatchEnd,
    Boundary,
    ConfusionMatrix,
    EpochEnd,
    Failed,
    Finished,
    Notice,
    Snapshot,
    Started,
    Steered,
)
from core.model.jobs import (
    DATA,
    EXPORT,
    PREVIEW,
    TRAIN,
    EngineProcess,
    ExportOptions,
    Job,
    Progress,
    Ready,
    Result,
    Retiring,
    Tagged,
)
from core.model.spec import Experiment
from core.model.steering import RateChange
from gui import i18n
from gui.i18n import translate

DRAIN_INTERVAL_MS = 40
_TAGS = itertools.count(1)


class _Engine:
    """The one engine process of this application, shared by every window: events
    are handed to the controller that asked for them."""

    def __init__(self) -> None:
        self.process: EngineProcess | None = None
        self.ready = False
        self.devices = ""  # where its runs train, as the engine said when it was ready
        self.replace_wanted = False  # the engine grew past its limit (Retiring)
        self.owners: dict[int, TrainingController] = {}

    def start(self) -> None:
        if self.process is None or not self.process.alive:
            self.process, self.ready = EngineProcess(), False

    def submit(
        self, owner: TrainingController, kind: str, experiment, run_dir=None, export=None, replay=()
    ) -> int:
        self.start()
        tag = next(_TAGS)
        self.owners[tag] = owner
        folder = str(run_dir) if run_dir else None
        job = Job(tag, kind, experiment, folder, export, tuple(replay), i18n.language())
        self.process.submit(job)
        return tag

    def pump(self) -> None:
        """Move every event that has arrived to the queue of the window it belongs to."""
        if self.process is None:
            return
        while True:
            try:
                tagged: Tagged = self.process.events.get_nowait()
            except queue.Empty:
                return
            if isinstance(tagged.event, Ready):
                self.ready, self.devices = True, tagged.event.devices
                continue
            if isinstance(tagged.event, Retiring):
                self.replace_wanted = True
                continue
            owner = self.owners.get(tagged.tag)
            if isinstance(tagged.event, Result):
                self.owners.pop(tagged.tag, None)
            if owner is not None:
                owner.events.put(tagged)

    def renew(self) -> None:
        """Swap in a fresh engine for one that asked, once none of its jobs is in flight;
        the old one ends when it reads the close, and TensorFlow loads in the new one now."""
        if self.replace_wanted and not self.owners and self.process is not None:
            self.process.close()
            self.process, self.ready, self.replace_wanted = EngineProcess(), False, False

    def lost(self) -> bool:
        """True once the process has died (it never ends on its own while in use)."""
        return self.process is not None and not self.process.alive

    def forget(self) -> int | None:
        """Drop a dead process and the jobs it had; returns its exit code. The next
        request starts a fresh one."""
        code = self.process.process.exitcode
        self.process, self.ready, self.replace_wanted = None, False, False
        self.owners.clear()
        return code


_ENGINE = _Engine()


def engine_exit(code: int | None) -> str:
    """How the engine process ended, in words: a negative exit code is the signal that
    ended it, and SIGKILL is what the out-of-memory killer sends."""
    if code == -9:
        return translate(
            "controller", "was killed (by the system when memory runs out, or by hand)"
        )
    if code == -11:
        return translate("controller", "crashed (a fault in native code)")
    if code is not None and code < 0:
        return translate("controller", "was stopped (signal {signal})").format(signal=-code)
    return translate("controller", "stopped (exit code {code})").format(code=code)


class _LatestJob:
    """A job where only the newest request counts: a request made while one is in the
    engine waits, and a result that is no longer current is dropped."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self.wanted: Experiment | None = None
        self.in_flight: int | None = None  # the tag of the job the engine has
        self.asked: Experiment | None = None  # ... and what it was asked about
        self.current: int | None = None  # the tag whose result is still wanted

    def request(self, experiment: Experiment) -> None:
        self.wanted = experiment
        self.current = None

    def cancel(self) -> None:
        """Drop the request still waiting and the result still computing."""
        self.wanted = self.current = None

    @property
    def pending(self) -> bool:
        return self.in_flight is not None or self.wanted is not None

    def submit(self, owner: TrainingController) -> None:
        if self.in_flight is not None or self.wanted is None:
            return
        self.in_flight = self.current = _ENGINE.submit(owner, self.kind, self.wanted)
        self.asked, self.wanted = self.wanted, None


class TrainingController(QObject):
    engineReady = Signal()
    runStarted = Signal(object)  # Started
    batchesArrived = Signal(object)  # list[BatchEnd], in order
    epochEnded = Signal(object)  # EpochEnd
    snapshotArrived = Signal(object)  # Snapshot, in order (the scrubber keeps them all)
    confusionArrived = Signal(object)  # ConfusionMatrix
    boundaryArrived = Signal(object)  # Boundary
    runFinished = Signal(object)  # Finished
    runFailed = Signal(object)  # Failed
    runningChanged = Signal(bool)
    previewReady = Signal(object)  # Snapshot of a network as initialized
    previewFailed = Signal(str)
    dataReady = Signal(object)  # DataOverview
    dataFailed = Signal(str)
    dataProgress = Signal(float)  # share of the data file read so far
    # What the engine found in a user's file, right or wrong, whether still wanted or not:
    # (the dataset Pick it was asked about, its FileFacts or why it cannot be used)
    dataKnown = Signal(object, object)
    exportDone = Signal(object)  # exports.Exported: the file written and how it was checked
    exportFailed = Signal(str)  # why there is no file
    engineLost = Signal(str)  # the engine process died: why, in words
    noticed = Signal(str)  # something to know while the run goes on (it will take days)
    steered = Signal(object)  # Steered: the run paused, resumed or took a new rate
    drained = Signal()  # after each tick's events were handed out

    def __init__(self, runs_root: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runs_root = runs_root or store.default_root()
        self.events: queue.Queue = queue.Queue()  # Tagged events of this window's jobs
        self._run: int | None = None  # the tag of the run, from train() until it ends
        self._ready_announced = False
        self._engine_started = False
        self._preview = _LatestJob(PREVIEW)
        self._data = _LatestJob(DATA)
        self._export: int | None = None  # the tag of the export the engine has
        self._timer = QTimer(self)
        self._timer.setInterval(DRAIN_INTERVAL_MS)
        self._timer.timeout.connect(self.drain)
        # Where each of a run's events goes (BatchEnd is gathered per tick in drain).
        self._run_events: dict[type, Callable[[Any], None]] = {
            Started: self.runStarted.emit,
            EpochEnd: self.epochEnded.emit,
            Snapshot: self.snapshotArrived.emit,
            ConfusionMatrix: self.confusionArrived.emit,
            Boundary: self.boundaryArrived.emit,
            Notice: lambda event: self.noticed.emit(event.message),
            Steered: self.steered.emit,
            Finished: self._end,
            Failed: self._end,
        }

    def start_engine(self) -> None:
        """Start the engine process (TensorFlow loads there); engineReady follows.
        Until then requests wait: starting a process delays the window's first paint."""
        self._engine_started = True
        _ENGINE.start()
        self._start_jobs()
        self._timer.start()

    @property
    def engine_ready(self) -> bool:
        return _ENGINE.ready

    @property
    def engine_devices(self) -> str:
        return _ENGINE.devices

    @property
    def running(self) -> bool:
        return self._run is not None

    def train(self, experiment: Experiment, replay: tuple[RateChange, ...] = ()) -> None:
        """Start a fresh run; it begins once the engine has loaded. ``replay``: the rate
        changes of a steered run, made again at the same steps."""
        if self.running:
            return
        try:
            run_dir = store.new_run_dir(self.runs_root, experiment.name)
        except OSError as err:  # a full disk, a folder that cannot be written
            message = translate(
                "controller", "Cannot make a folder for the run in {folder}: {reason}"
            )
            reason = files.describe(err)
            self.runFailed.emit(Failed(message.format(folder=self.runs_root, reason=reason)))
            return
        self._preview.cancel()  # a preview waiting or computing would replace the run's views
        self._run = _ENGINE.submit(self, TRAIN, experiment, run_dir, replay=replay)
        self._timer.start()
        self.runningChanged.emit(True)

    def preview(self, experiment: Experiment) -> None:
        """Compute the initialization snapshot in the engine; only the newest request
        counts, and none starts while training runs."""
        self._preview.request(experiment)
        self._start_jobs()

    def inspect_data(self, experiment: Experiment) -> None:
        """Read the data (a user's file: with progress) and summarize it for the Data
        view, in the engine; only the newest request counts."""
        self._data.request(experiment)
        self._start_jobs()

    def cancel_data(self) -> None:
        """Forget the data being read: its result will be dropped."""
        self._data.cancel()

    @property
    def exporting(self) -> bool:
        return self._export is not None

    def export(self, run_dir: Path, format: str, target: Path, quantization: str = "none") -> None:
        """Export a finished run's model in the engine, which checks the file in its own
        runtime (both need TensorFlow); exportDone or exportFailed follows. One at a
        time, and not while training: the engine does one job after the other."""
        if self.running:
            self.exportFailed.emit(
                translate("controller", "A run is training: export once it has finished.")
            )
            return
        if self.exporting:
            self.exportFailed.emit(
                translate("controller", "An export is still running: try again once it is done.")
            )
            return
        options = ExportOptions(format, str(target), quantization)
        self._export = _ENGINE.submit(self, EXPORT, None, run_dir, options)
        self._timer.start()

    def _start_jobs(self) -> None:
        if not self._engine_started:
            return
        if not self.running:
            for job in (self._data, self._preview):
                job.submit(self)
        if self._data.pending or self._preview.pending:
            self._timer.start()

    def stop(self) -> None:
        """Ask the run to stop at the next batch boundary; returns at once."""
        if self._run is not None and _ENGINE.process is not None:
            _ENGINE.process.stop(self._run)

    def pause(self, paused: bool) -> None:
        """Hold the run at the next batch boundary (False: let it go on); a Steered
        event says when it did."""
        if self._run is not None and _ENGINE.process is not None:
            _ENGINE.process.pause(self._run, paused)

    def set_rate(self, rate: float) -> None:
        """The learning rate from the next batch on (a schedule goes on, scaled)."""
        if self._run is not None and _ENGINE.process is not None:
            _ENGINE.process.set_rate(self._run, rate)

    def wait(self, timeout: float | None = None) -> bool:
        """Drain until the run has ended (for shutdown and tests only, never a slot)."""
        end = None if timeout is None else time.monotonic() + timeout
        while self.running and (end is None or time.monotonic() < end):
            self.drain()
            time.sleep(0.01)
        return not self.running

    def drain(self) -> None:
        """Hand every event that arrived to the widgets: one signal per kind per tick."""
        _ENGINE.pump()
        _ENGINE.renew()
        if _ENGINE.ready and not self._ready_announced:
            self._ready_announced = True
            self.engineReady.emit()
        if _ENGINE.lost():
            self._engine_lost()
        batches: list[BatchEnd] = []
        while True:
            try:
                tagged = self.events.get_nowait()
            except queue.Empty:
                break
            if isinstance(tagged.event, BatchEnd):
                batches.append(tagged.event)
                continue
            if batches:
                self.batchesArrived.emit(batches)
                batches = []
            self._dispatch(tagged.tag, tagged.event)
        if batches:
            self.batchesArrived.emit(batches)
        self.drained.emit()
        self._start_jobs()
        idle = not (self.running or self.exporting or self._preview.pending or self._data.pending)
        if self._ready_announced and idle and self.events.empty():
            self._timer.stop()

    def _dispatch(self, tag: int, event) -> None:
        for job in (self._preview, self._data):
            if tag == job.in_flight:
                self._job_event(job, tag, event)
                return
        if tag == self._export and isinstance(event, Result):
            self._export = None
            (self.exportFailed if event.failed else self.exportDone).emit(event.value)
            return
        if isinstance(event, Result):
            if event.failed and tag == self._run:  # the engine failed outside the run
                message = translate("controller", "Training failed: {error}")
                self._end(Failed(message.format(error=event.value)))
            return  # otherwise it repeats the run's last event, already handled
        handle = self._run_events.get(type(event))
        if handle is not None:
            handle(event)

    def _job_event(self, job: _LatestJob, tag: int, event) -> None:
        # The data's summary stays true while a run trains on it; a preview does not.
        wanted = job.current == tag and (job is self._data or not self.running)
        if isinstance(event, Progress):
            if wanted:
                self.dataProgress.emit(event.fraction)
            return
        job.in_flight = None
        if job is self._data:
            self._tell_data(job.asked, event)
        if not wanted:
            return  # the experiment changed since, or a run has started: stale
        if job is self._preview:
            signal = self.previewFailed if event.failed else self.previewReady
        else:
            signal = self.dataFailed if event.failed else self.dataReady
        signal.emit(event.value)

    def _tell_data(self, experiment: Experiment, result: Result) -> None:
        """Say what the engine found in a user's file, right or wrong, so the window's
        checks know the file's shape, or why it cannot be used."""
        pick = experiment.data.dataset
        if not catalog.is_user_file(pick.name) or not pick.params.get("path"):
            return
        if result.failed:
            self.dataKnown.emit(pick, str(result.value))
        elif result.value.file is not None:
            self.dataKnown.emit(pick, result.value.file)

    def _engine_lost(self) -> None:
        """The engine process died (out of memory, a crash in native code): say so,
        end what was waiting on it; the next request starts a fresh one."""
        self._ready_announced = False
        how = engine_exit(_ENGINE.forget())
        message = translate("controller", "The training engine {how}.").format(how=how)
        self.engineLost.emit(message)
        for job in (self._preview, self._data):
            if job.in_flight is not None:
                job.in_flight = None
                (self.previewFailed if job is self._preview else self.dataFailed).emit(message)
        if self.exporting:
            self._export = None
            self.exportFailed.emit(message)
        if self.running:
            restarts = translate("controller", "{message} It restarts with the next run.")
            self._end(Failed(restarts.format(message=message)))

    def _end(self, event: Finished | Failed) -> None:
        self._run = None
        self.runningChanged.emit(False)
        (self.runFinished if isinstance(event, Finished) else self.runFailed).emit(event)
