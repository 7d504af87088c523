"""How the window talks to the engine's own process: jobs in, tagged events out.

The window sends ``Job``s through one queue; the process answers through another with
``Tagged`` events: the engine's own events for a run, ``Progress`` while a file is read,
and one ``Result`` per job. Everything crossing is a plain picklable value. Stopping,
pausing and setting a run's learning rate are writes into shared numbers (``Controls``)
that the engine reads at every batch boundary.
The engine side of this is core/engine/worker.py; this side never imports TensorFlow,
so nothing sent back may be an engine class (unpickling it would import its module).
"""

from __future__ import annotations

import multiprocessing
from dataclasses import dataclass

from core.model.spec import Experiment
from core.model.steering import RateChange

TRAIN, PREVIEW, DATA, EXPORT = "train", "preview", "data", "export"


@dataclass(frozen=True)
class ExportOptions:
    """What an EXPORT job writes: core.engine.export's format, target and quantization."""

    format: str  # keras, savedmodel, onnx, tflite or script
    target: str
    quantization: str = "none"  # float16 or dynamic_range: tflite only


@dataclass(frozen=True)
class Job:
    tag: int
    kind: str  # TRAIN, PREVIEW, DATA or EXPORT
    experiment: Experiment | None  # None for EXPORT: the run folder holds its own
    run_dir: str | None = None
    export: ExportOptions | None = None  # EXPORT only
    replay: tuple[RateChange, ...] = ()  # TRAIN: the rates of a steered run, again
    language: str | None = None  # what the engine's messages speak (the window's language)


@dataclass(frozen=True)
class Tagged:
    tag: int  # the job's tag; 0 for the process's own news
    event: object


@dataclass(frozen=True)
class Ready:
    """TensorFlow is loaded: jobs run from now on without waiting for it."""

    devices: str = ""  # where runs train: "1 device (CPU)", "2 devices (MirroredStrategy: ...)"


@dataclass(frozen=True)
class Retiring:
    """The engine has grown past its limit and asks to be replaced: TensorFlow keeps about
    6 MB of every model a process built (measured), so a long session would grow without
    bound. It goes on serving; the window swaps in a fresh engine once no job of it is in
    flight (so none is lost), and TensorFlow loads there while nothing waits on it."""


@dataclass(frozen=True)
class Progress:
    fraction: float


@dataclass(frozen=True)
class Result:
    """A job's answer: a Snapshot, a DataOverview, the run's last event, an Exported, or
    a message saying why there is none (``failed``)."""

    value: object
    failed: bool = False


class Controls:
    """Numbers both processes share, each naming the run it is meant for by its tag."""

    def __init__(self, context) -> None:
        self.stop = context.Value("q", 0, lock=False)  # the tag of the run to stop
        self.pause = context.Value("q", 0, lock=False)  # the tag of the run to hold
        self.rate_for = context.Value("q", 0, lock=False)  # the run a new rate is for
        self.rate = context.Value("d", 0.0, lock=False)
        self.rate_asked = context.Value("q", 0, lock=False)  # counts the rates asked

    def ask_rate(self, tag: int, rate: float) -> None:
        """The count last: whoever sees it change reads the rate written before it."""
        self.rate_for.value, self.rate.value = tag, rate
        self.rate_asked.value += 1


class EngineProcess:
    """The window's handle on the engine process (started with ``spawn``: no fork of a
    process that already runs Qt's threads)."""

    def __init__(self) -> None:
        from core.engine.worker import serve  # the engine's entry; it imports TF only inside

        context = multiprocessing.get_context("spawn")
        self.jobs = context.Queue()
        self.events = context.Queue()
        self.controls = Controls(context)
        self.process = context.Process(
            target=serve,
            args=(self.jobs, self.events, self.controls),
            name="layerlab-engine",
            daemon=True,
        )
        self.process.start()

    def submit(self, job: Job) -> None:
        self.jobs.put(job)

    def stop(self, tag: int) -> None:
        self.controls.stop.value = tag

    def pause(self, tag: int, paused: bool) -> None:
        self.controls.pause.value = tag if paused else 0

    def set_rate(self, tag: int, rate: float) -> None:
        self.controls.ask_rate(tag, rate)

    @property
    def alive(self) -> bool:
        return self.process.is_alive()

    def close(self) -> None:
        """Let the process finish its job and end; never waits for it."""
        if self.alive:
            self.jobs.put(None)
