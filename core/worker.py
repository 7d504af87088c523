"""The engine's own process: TensorFlow is imported, traces and trains beside the
window's process, never inside it, so it can never hold the window's interpreter lock.

The window sends ``Job``s through one queue; the process answers through another with
``Tagged`` events: the engine's own events for a run, ``Progress`` while a file is read,
and one ``Result`` per job. Everything crossing is a plain picklable value. Stopping a
run is writing its tag into a shared integer that the engine polls after every batch.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.queues
import os
import queue
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from core.spec import Experiment

TRAIN, PREVIEW, DATA = "train", "preview", "data"
POLL_S = 0.5  # how often an idle engine checks that its window still runs
# Training takes whatever CPU is left over: the window, which needs little but needs it
# at once, goes first when both want a core (measured: shorter pauses of the window).
NICENESS = 10


@dataclass(frozen=True)
class Job:
    tag: int
    kind: str  # TRAIN, PREVIEW or DATA
    experiment: Experiment
    run_dir: str | None = None


@dataclass(frozen=True)
class Tagged:
    tag: int  # the job's tag; 0 for the process's own news
    event: object


@dataclass(frozen=True)
class Ready:
    """TensorFlow is loaded: jobs run from now on without waiting for it."""


@dataclass(frozen=True)
class Progress:
    fraction: float


@dataclass(frozen=True)
class Result:
    """A job's answer: a Snapshot, a DataOverview, the run's last event, or a message
    saying why there is none (``failed``)."""

    value: object
    failed: bool = False


class _StopFlag:
    """What the engine polls: a run stops once the window writes its tag here."""

    def __init__(self, shared, tag: int) -> None:
        self.shared, self.tag = shared, tag

    def is_set(self) -> bool:
        return self.shared.value == self.tag or not _window_alive()


def _window_alive() -> bool:
    """Whether the process that started this one still runs (a killed window must not
    leave an engine training on behind it)."""
    parent = multiprocessing.parent_process()
    return parent is None or parent.is_alive()


def _run(job: Job, put: Callable[[object], None], stop_tag) -> Result:
    from core import overview, training

    if job.kind == TRAIN:
        stop = _StopFlag(stop_tag, job.tag)
        run_dir = Path(job.run_dir) if job.run_dir else None
        return Result(training.train(job.experiment, put, stop, run_dir))  # type: ignore[arg-type]
    if job.kind == PREVIEW:
        return Result(training.initial_snapshot(job.experiment))
    view = overview.overview(job.experiment, lambda f: put(Progress(f)))
    if view.file is not None:  # the window needs the file's facts, not its rows
        view = replace(view, file=view.file.summary())
    return Result(view)


def serve(jobs: multiprocessing.queues.Queue, events: multiprocessing.queues.Queue, stop_tag):
    """The process's main loop: one job at a time, until a None arrives."""
    if hasattr(os, "nice"):
        os.nice(NICENESS)
    import core.training  # noqa: F401  (seconds of imports, once, in this process)

    events.put(Tagged(0, Ready()))
    while _window_alive():
        try:
            job = jobs.get(timeout=POLL_S)
        except queue.Empty:
            continue
        if job is None:
            return

        def put(event: object, tag: int = job.tag) -> None:
            events.put(Tagged(tag, event))

        try:
            result = _run(job, put, stop_tag)
        except Exception as err:  # reported in the window; the process keeps serving
            result = Result(str(err), failed=True)
        put(result)


class EngineProcess:
    """The window's handle on the engine process (started with ``spawn``: no fork of a
    process that already runs Qt's threads)."""

    def __init__(self) -> None:
        context = multiprocessing.get_context("spawn")
        self.jobs = context.Queue()
        self.events = context.Queue()
        self.stop_tag = context.Value("q", 0, lock=False)
        self.process = context.Process(
            target=serve,
            args=(self.jobs, self.events, self.stop_tag),
            name="layerlab-engine",
            daemon=True,
        )
        self.process.start()

    def submit(self, job: Job) -> None:
        self.jobs.put(job)

    def stop(self, tag: int) -> None:
        self.stop_tag.value = tag

    @property
    def alive(self) -> bool:
        return self.process.is_alive()

    def close(self) -> None:
        """Let the process finish its job and end; never waits for it."""
        if self.alive:
            self.jobs.put(None)
