"""The bridge between the training engine (a worker thread) and the Qt widgets.

The engine puts plain events into a queue; a QTimer on the GUI thread drains it every
40 ms and re-emits them as Qt signals, batched, so plots redraw at a steady rate rather
than once per batch. Nothing here ever waits on TensorFlow.
"""

from __future__ import annotations

import queue
import threading
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from core import runs
from core.events import BatchEnd, EpochEnd, Failed, Finished, Histograms, Started
from core.spec import Experiment

DRAIN_INTERVAL_MS = 40


def _import_engine() -> None:
    import core.training  # noqa: F401  (TensorFlow takes seconds; warm it up early)


class TrainingController(QObject):
    engineReady = Signal()
    runStarted = Signal(object)  # Started
    batchesArrived = Signal(object)  # list[BatchEnd], in order
    epochEnded = Signal(object)  # EpochEnd
    histogramsArrived = Signal(object)  # Histograms, the newest of the drained ones
    runFinished = Signal(object)  # Finished
    runFailed = Signal(object)  # Failed
    runningChanged = Signal(bool)

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
        latest: Histograms | None = None
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
            if isinstance(event, Histograms):
                latest = event
            elif isinstance(event, Started):
                self.runStarted.emit(event)
            elif isinstance(event, EpochEnd):
                self.epochEnded.emit(event)
            elif isinstance(event, Finished | Failed):
                self._end(event, latest)
                latest = None
        if batches:
            self.batchesArrived.emit(batches)
        if latest is not None:
            self.histogramsArrived.emit(latest)
        if self._ready_announced and not self.running and self.events.empty():
            self._timer.stop()

    def _end(self, event: Finished | Failed, latest: Histograms | None) -> None:
        if latest is not None:
            self.histogramsArrived.emit(latest)
        self._active = False
        self.runningChanged.emit(False)
        (self.runFinished if isinstance(event, Finished) else self.runFailed).emit(event)
