"""The engine's own process: TensorFlow is imported, traces and trains beside the
window's process, never inside it, so it can never hold the window's interpreter lock.
The messages it takes and sends are in core/model/jobs.py.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.queues
import os
import queue
import sys
from collections.abc import Callable
from pathlib import Path

from core import i18n
from core.model.jobs import (
    EXPORT,
    PREVIEW,
    TRAIN,
    Controls,
    Job,
    Progress,
    Ready,
    Result,
    Retiring,
    Tagged,
)

POLL_S = 0.5  # how often an idle engine checks that its window still runs
# Training takes whatever CPU is left over: the window, which needs little but needs it
# at once, goes first when both want a core (measured: shorter pauses of the window).
NICENESS = 10
# The engine asks to be replaced once it has grown this much since TensorFlow loaded
# (the variable lets tests make it ask at once).
RETIRE_GROWTH_MB = float(os.environ.get("LAYERLAB_ENGINE_RETIRE_MB", "400"))


def resident_mb() -> float:
    """This process's resident memory (Linux; its peak on macOS; 0 where unknown)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except (OSError, ValueError):
        pass
    try:
        import resource
    except ImportError:  # Windows: not measured, so never retired
        return 0.0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KB, but bytes on macOS
    return peak / (1024 * 1024 if sys.platform == "darwin" else 1024)


class _StopFlag:
    """What the engine polls: a run stops once the window writes its tag here."""

    def __init__(self, controls: Controls, tag: int) -> None:
        self.controls, self.tag = controls, tag

    def is_set(self) -> bool:
        return self.controls.stop.value == self.tag or not _window_alive()


class _Steering:
    """The window's pause and rate requests for one run (core/model/steering.Steer)."""

    def __init__(self, controls: Controls, tag: int) -> None:
        self.controls, self.tag = controls, tag
        self.seen = controls.rate_asked.value  # requests before the run are not for it

    def paused(self) -> bool:
        return self.controls.pause.value == self.tag

    def new_rate(self) -> float | None:
        asked = self.controls.rate_asked.value
        if asked == self.seen:
            return None
        self.seen = asked
        return self.controls.rate.value if self.controls.rate_for.value == self.tag else None


def _window_alive() -> bool:
    """Whether the process that started this one still runs (a killed window must not
    leave an engine training on behind it)."""
    parent = multiprocessing.parent_process()
    return parent is None or parent.is_alive()


def _run(job: Job, put: Callable[[object], None], controls: Controls) -> Result:
    from core.engine import overview, training

    if job.kind == TRAIN:
        run_dir = Path(job.run_dir) if job.run_dir else None
        done = training.train(
            job.experiment,  # type: ignore[arg-type]
            put,
            _StopFlag(controls, job.tag),
            run_dir,
            steer=_Steering(controls, job.tag),
            replay=job.replay,
        )
        return Result(done)
    if job.kind == PREVIEW:
        return Result(training.initial_snapshot(job.experiment))
    if job.kind == EXPORT:
        return _export(job)
    view = overview.overview(job.experiment, lambda f: put(Progress(f)))
    return Result(view)


def _export(job: Job) -> Result:
    """Export the run and check it; an ExportError's one sentence becomes the failed
    Result (in ``serve``)."""
    from core.engine import export

    options = job.export
    done = export.export(job.run_dir, options.format, options.target, options.quantization)
    return Result(done)


def _speak(language: str | None, spoken: str | None) -> str | None:
    """Say messages (errors, notices) in ``language`` from now on, when one is given that
    is not ``spoken`` already; the language spoken then. The window's translator lives in
    its own process: this one reads the same translations itself (core/i18n.py)."""
    if language is None or language == spoken:
        return spoken
    i18n.load(language)
    return language


def serve(
    jobs: multiprocessing.queues.Queue,
    events: multiprocessing.queues.Queue,
    controls: Controls,
) -> None:
    """The process's main loop: one job at a time, until a None arrives. Its messages are
    in the language each job names (the window's), else the one the locale asks for."""
    spoken = _speak(i18n.language_from_environment(), None)
    if hasattr(os, "nice"):
        os.nice(NICENESS)
    import core.engine.training  # noqa: F401  (seconds of imports, once, in this process)
    from core.engine import devices

    events.put(Tagged(0, Ready(devices.current().description)))
    loaded, asked = resident_mb(), False
    while _window_alive():
        try:
            job = jobs.get(timeout=POLL_S)
        except queue.Empty:
            continue
        if job is None:
            return
        spoken = _speak(job.language, spoken)

        def put(event: object, tag: int = job.tag) -> None:
            events.put(Tagged(tag, event))

        try:
            result = _run(job, put, controls)
        except Exception as err:  # reported in the window; the process keeps serving
            result = Result(str(err), failed=True)
        put(result)
        if not asked and resident_mb() - loaded > RETIRE_GROWTH_MB:
            events.put(Tagged(0, Retiring()))
            asked = True
