"""The run store: what a run leaves on disk, written as it goes.

A run directory holds experiment.json (the resolved spec, written at the start),
status.json (running / finished / stopped / failed / interrupted, with the reason, start
and end time, package versions and machine; rewritten at the start and the end),
metrics.csv (one row per epoch, Keras history names as columns, appended and flushed the
moment each epoch ends, so a run killed with ``kill -9`` keeps every finished epoch),
histograms.npz (per layer and snapshot: the activation, pre-activation and weight
histograms and the layer statistics; for a classifier, the confusion matrix on the probe
batch at each snapshot; rewritten every few seconds while training and when the run
ends, however it ends) and model.keras
(loads in plain Keras; predicts from raw inputs; written when the run finishes, stops or
is interrupted, never when its weights turned NaN), and TensorBoard's event files
(events.out.tfevents.*, core/engine/events_file.py), appended as the run goes; for a 2-D
dataset, boundary.npz (the model's last look over the plane, with the training points,
at the end); and, for a
run that was paused or given a new learning rate, steering.json (core/model/steering.py:
what was done, at which step; rewritten at each). Every file
but the appended ones is written atomically (core/model/files.py). A status that still says
"running" after its process ended belongs to a run that was killed.
"""

from __future__ import annotations

import csv
import json
import os
import platform
import time
from pathlib import Path
from typing import Any, TextIO

import numpy as np

import core
from core.engine import devices
from core.engine.events_file import EventsFile
from core.i18n import translate
from core.model import files, steering
from core.model.events import (
    Boundary,
    ConfusionMatrix,
    EpochEnd,
    Event,
    Histogram,
    Snapshot,
    Steered,
)
from core.model.run_files import BOUNDARY, STATS, graph_arrays
from core.model.spec import Experiment

HISTOGRAMS_EVERY_S = 5.0  # histograms.npz rewritten at most this often while training
RUNNING, FINISHED, STOPPED, FAILED, INTERRUPTED = (
    "running",
    "finished",
    "stopped",
    "failed",
    "interrupted",
)


def _now() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%S%z")


def _versions() -> dict[str, str]:
    import keras
    import tensorflow as tf

    return {
        "layerlab": core.__version__,
        "python": platform.python_version(),
        "keras": keras.__version__,
        "tensorflow": tf.__version__,
        "numpy": np.__version__,
    }


class RunRecord:
    """A sink that writes a run's files as the events come (``run_dir`` None: it only
    keeps what they would hold, for a run that is not saved)."""

    def __init__(self, run_dir: Path | None, experiment: Experiment) -> None:
        self.run_dir = run_dir
        self.epochs: list[dict[str, float]] = []
        self.snapshots: list[Snapshot] = []
        self.confusion: list[np.ndarray] = []
        self.steered: list[Steered] = []
        self.boundary: Boundary | None = None  # a 2-D model's last look over the plane
        self._metrics: csv.DictWriter | None = None
        self._metrics_file: TextIO | None = None
        self._status: dict[str, Any] = {}
        self._events_file: EventsFile | None = None
        # When histograms.npz was last rewritten: the run's start, so a short run writes it once.
        self._histograms_kept = time.monotonic()
        if run_dir is not None:
            self._start(run_dir, experiment)

    def _start(self, run_dir: Path, experiment: Experiment) -> None:
        """The spec and a 'running' status, before any training: a folder that cannot
        be written is known at once (a WriteError naming the file)."""
        try:
            run_dir.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            message = translate("engine.runs", "cannot create {folder}: {reason}").format(
                folder=run_dir, reason=files.describe(err)
            )
            raise files.WriteError(err.errno, message) from None
        files.write_text(run_dir / "experiment.json", experiment.to_json())
        self._events_file = EventsFile(run_dir, experiment)
        self._status = {
            "state": RUNNING,
            "reason": "",
            "started": _now(),
            "ended": None,
            "epochs_done": 0,
            "versions": _versions(),
            "machine": {"system": platform.platform(), "processor": platform.machine()},
            "devices": devices.current().description,
            "pid": os.getpid(),
        }
        self._write_status()

    def __call__(self, event: Event) -> None:
        if self._events_file is not None:
            self._events_file(event)
        if isinstance(event, EpochEnd):
            row = event.row()
            self.epochs.append(row)
            if self.run_dir is not None:
                self._append_metrics(row)
        elif isinstance(event, Snapshot):
            self.snapshots.append(event)
            self._keep_histograms()
        elif isinstance(event, ConfusionMatrix):
            self.confusion.append(event.matrix)
        elif isinstance(event, Boundary):
            self.boundary = event
        elif isinstance(event, Steered):
            self.steered.append(event)
            if self.run_dir is not None:
                files.write_text(self.run_dir / steering.FILE, steering.as_json(self.steered))

    def end(
        self, state: str, model: Any = None, reason: str = "", test: dict | None = None
    ) -> None:
        """Write what the run ends with: its histograms, its model (if it has one worth
        keeping) and its final status (with the test metrics, when it was tested)."""
        if self.run_dir is None:
            return
        if self._metrics_file is not None:
            self._metrics_file.close()
        if self._events_file is not None:
            try:
                self._events_file.close()
            except Exception as err:  # TensorBoard's copy only: the run's own files follow
                failed = translate(
                    "engine.runs", "TensorBoard's event files could not be written: {error}"
                )
                reason = reason or failed.format(error=err)
            self._events_file = None
        files.write_with(self.run_dir / "histograms.npz", self._write_histograms)
        if self.boundary is not None:
            files.write_with(self.run_dir / BOUNDARY, self._write_boundary)
        if model is not None:
            files.write_with(self.run_dir / "model.keras", model.save)
        self._status.update(state=state, reason=reason, ended=_now(), epochs_done=len(self.epochs))
        if test:
            self._status["test_metrics"] = test
        self._write_status()

    def _keep_histograms(self) -> None:
        """Rewrite histograms.npz with the snapshots so far, at most every few seconds:
        a killed run keeps all but its last few seconds' snapshots."""
        now = time.monotonic()
        if self.run_dir is not None and now - self._histograms_kept >= HISTOGRAMS_EVERY_S:
            self._histograms_kept = now
            files.write_with(self.run_dir / "histograms.npz", self._write_histograms)

    def _write_status(self) -> None:
        text = json.dumps(self._status, indent=2, ensure_ascii=False) + "\n"
        files.write_text(self.run_dir / "status.json", text)

    def _append_metrics(self, row: dict[str, float]) -> None:
        """Flushed to the system, not synced to the disk: a killed process loses no epoch
        (only a power cut could). The file stays open for the run: opening it and an
        fsync per epoch cost ~1.2% of a default run."""
        if self._metrics is None:
            f = (self.run_dir / "metrics.csv").open("a", newline="", encoding="utf-8")
            self._metrics = csv.DictWriter(f, fieldnames=list(row), extrasaction="ignore")
            self._metrics_file = f
            if f.tell() == 0:
                self._metrics.writeheader()
        self._metrics.writerow(row)
        self._metrics_file.flush()

    def _write_boundary(self, path: Path) -> None:
        b = self.boundary
        np.savez_compressed(
            path,
            step=b.step,
            extent=np.array(b.extent),
            values=b.values,
            points=b.points,
            targets=b.targets,
            task=b.task,
        )

    def _write_histograms(self, path: Path) -> None:
        arrays: dict[str, np.ndarray] = {
            "steps": np.array([s.step for s in self.snapshots], dtype=np.int64),
            "epochs": np.array([s.epoch for s in self.snapshots], dtype=np.float64),
        }
        names = [h.name for h in self.snapshots[0].layers] if self.snapshots else []
        arrays["layer_names"] = np.array(names, dtype=str)
        for i, _ in enumerate(names):
            layers = [s.layers[i] for s in self.snapshots]
            for part in ("output", "pre", "weights"):
                hists: list[Histogram | None] = [getattr(la, part) for la in layers]
                if all(h is not None for h in hists):
                    key = "" if part == "output" else f"_{part}"
                    arrays[f"layer{i}{key}_edges"] = np.stack([h.edges for h in hists])
                    arrays[f"layer{i}{key}_counts"] = np.stack([h.counts for h in hists])
            for stat in STATS:
                values = [getattr(la, stat) for la in layers]
                arrays[f"layer{i}_{stat}"] = np.array(
                    [np.nan if v is None else v for v in values], dtype=np.float64
                )
        if self.confusion:
            arrays["confusion"] = np.stack(self.confusion)
        if self.snapshots:
            arrays.update(graph_arrays(self.snapshots[-1]))
        np.savez_compressed(path, **arrays)
