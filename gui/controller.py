"""The bridge between the training engine (a worker thread) and the Qt widgets.

The engine puts plain events into a queue; a QTimer on the GUI thread drains it every
40 ms and re-emits them as Qt signals, batched, so plots redraw at a steady rate rather
than once per batch. Nothing here ever waits on TensorFlow.
"""

from __future__ import annotations

import queue
import threading
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from core import runs
from core.events import (
    BatchEnd,
    Boundary,
    ConfusionMatrix,
    EpochEnd,
    Failed,
    Finished,
    Snapshot,
    Started,
)
from core.spec import Experiment

DRAIN_INTERVAL_MS = 40


@dataclass(frozen=True)
class _Preview:
    generation: int
    result: object  # a Snapshot, or a message saying why there is none


def _import_engine() -> None:
    import core.training  # noqa: F401  (TensorFlow takes seconds; warm it up early)


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

    def __init__(self, runs_root: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runs_root = runs_root or runs.default_root()
        self.events: queue.Queue = queue.Queue()
        self._stop = threading.Event()
        self._worker: threading.Thread | None = None
        self._active = False  # from train() until its Finished or Failed is drained
        self._engine_loaded = threading.Event()
        self._ready_announced = False
        self._loader = threading.Thread(target=self._load_engine, name="engine-loader", daemon=True)
        self._preview_thread: threading.Thread | None = None
        self._preview_wanted: Experiment | None = None
        self._preview_generation = 0
        self._timer = QTimer(self)
        self._timer.setInterval(DRAIN_INTERVAL_MS)
        self._timer.timeout.connect(self.drain)

    def start_engine(self) -> None:
        """Begin importing TensorFlow in the background; engineReady follows."""
        if not self._loader.is_alive() and not self._engine_loaded.is_set():
            self._loader.start()
            self._timer.start()

    def _load_engine(self) -> None:
        _import_engine()
        self._engine_loaded.set()

    @property
    def engine_ready(self) -> bool:
        return self._engine_loaded.is_set()

    @property
    def running(self) -> bool:
        return self._active

    def train(self, experiment: Experiment) -> None:
        """Start a fresh run; the engine loads first if it has not yet."""
        if self.running:
            return
        self._drop_stale_events()
        self._preview_generation += 1  # a preview still computing is stale now
        self._stop = threading.Event()
        run_dir = runs.new_run_dir(self.runs_root, experiment.name)
        self._worker = threading.Thread(
            target=self._work, args=(experiment, self._stop, run_dir), name="training"
        )
        self._active = True
        self._worker.start()
        self._timer.start()
        self.runningChanged.emit(True)

    def _work(self, experiment: Experiment, stop: threading.Event, run_dir: Path) -> None:
        from core import training

        training.train(experiment, self.events.put, stop, run_dir)

    def preview(self, experiment: Experiment) -> None:
        """Compute the initialization snapshot in the background; only the newest request
        counts, and none runs while training does."""
        self._preview_wanted = experiment
        self._preview_generation += 1
        self._start_preview()

    def _start_preview(self) -> None:
        busy = self._preview_thread is not None and self._preview_thread.is_alive()
        if busy or self.running or self._preview_wanted is None or not self.engine_ready:
            return
        experiment, generation = self._preview_wanted, self._preview_generation
        self._preview_wanted = None
        self._preview_thread = threading.Thread(
            target=self._work_preview, args=(experiment, generation), name="preview", daemon=True
        )
        self._preview_thread.start()
        self._timer.start()

    def _work_preview(self, experiment: Experiment, generation: int) -> None:
        from core import training

        try:
            result: object = training.initial_snapshot(experiment)
        except Exception as err:  # shown in the window; the work stays intact
            result = f"No initialization preview: {err}"
        self.events.put(_Preview(generation, result))

    def stop(self) -> None:
        """Ask the run to stop at the next batch boundary; returns at once."""
        self._stop.set()

    def wait(self, timeout: float | None = None) -> bool:
        """Join the worker thread (for shutdown and tests only, never from a slot)."""
        if self._worker is not None:
            self._worker.join(timeout)
        return self._worker is None or not self._worker.is_alive()

    def _drop_stale_events(self) -> None:
        while not self.events.empty():
            self.events.get_nowait()

    def drain(self) -> None:
        """Hand every queued event to the widgets: one signal per kind per tick."""
        if self._engine_loaded.is_set() and not self._ready_announced:
            self._ready_announced = True
            self.engineReady.emit()
        batches: list[BatchEnd] = []
        while True:
            try:
                event = self.events.get_nowait()
            except queue.Empty:
                break
            if isinstance(event, BatchEnd):
                batches.append(event)
                continue
            if batches:
                self.batchesArrived.emit(batches)
                batches = []
            if isinstance(event, _Preview):
                self._preview_done(event)
            elif isinstance(event, Snapshot):
                self.snapshotArrived.emit(event)
            elif isinstance(event, ConfusionMatrix):
                self.confusionArrived.emit(event)
            elif isinstance(event, Boundary):
                self.boundaryArrived.emit(event)
            elif isinstance(event, Started):
                self.runStarted.emit(event)
            elif isinstance(event, EpochEnd):
                self.epochEnded.emit(event)
            elif isinstance(event, Finished | Failed):
                self._end(event)
        if batches:
            self.batchesArrived.emit(batches)
        self._start_preview()
        previewing = self._preview_thread is not None and self._preview_thread.is_alive()
        idle = not self.running and not previewing and self._preview_wanted is None
        if self._ready_announced and idle and self.events.empty():
            self._timer.stop()

    def _preview_done(self, event: _Preview) -> None:
        if event.generation != self._preview_generation or self.running:
            return  # the network changed since, or a run has started: stale
        if isinstance(event.result, str):
            self.previewFailed.emit(event.result)
        else:
            self.previewReady.emit(event.result)

    def _end(self, event: Finished | Failed) -> None:
        self._active = False
        self.runningChanged.emit(False)
        (self.runFinished if isinstance(event, Finished) else self.runFailed).emit(event)
