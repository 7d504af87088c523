"""Reading the run store without TensorFlow: the runs panel's list, a run replayed in the
window's views, and the labels a user gives a run (what the engine writes is
core/engine/runs.py's)."""

from __future__ import annotations

import csv
import json
import os
import shutil
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np

from core.i18n import translate
from core.model import files, spec
from core.model.events import (
    ConfusionMatrix,
    EpochEnd,
    Histogram,
    LayerSnapshot,
    Snapshot,
    Wiring,
)

STATUS, METRICS, EXPERIMENT, HISTOGRAMS = (
    "status.json",
    "metrics.csv",
    "experiment.json",
    "histograms.npz",
)
LABELS = "labels.json"  # the user's title and tags: never written by the engine
BOUNDARY = "boundary.npz"  # a 2-D model's last look over the plane
SWEEP_SUMMARY = "summary.csv"  # marks a sweep's folder (core/engine/sweep.py writes it)
# Per-layer statistics stored for every snapshot (NaN where a layer has none).
STATS = ("mean", "std", "saturated", "dead", "grad_norm", "update_ratio")


def read_metrics(path: Path) -> list[dict[str, float]]:
    with path.open(encoding="utf-8") as f:
        return [
            {k: float(v) if v else float("nan") for k, v in row.items()}
            for row in csv.DictReader(f)
        ]


def read_status(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def _alive(pid: Any) -> bool:
    if not isinstance(pid, int) or pid <= 0:
        return False
    if os.name == "nt":  # signal 0 would be Ctrl+C there: cannot tell, so say alive
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process: alive
        return True
    return True


@dataclass(frozen=True)
class RunSummary:
    folder: Path
    title: str  # the user's name for it, else the experiment's
    experiment: spec.Experiment | None  # None: its experiment.json cannot be read
    state: str  # running, finished, stopped, failed, interrupted
    reason: str
    started: str
    epochs_done: int
    final: dict[str, float]  # the last epoch's metrics
    test: dict[str, float]
    tags: tuple[str, ...] = ()
    devices: str = ""
    problem: str = ""  # why part of it cannot be read
    sweep: str = ""  # the sweep folder it is a trial of (a CLI sweep's --out), if any

    @property
    def dataset(self) -> str:
        if self.experiment is None:
            return "?"
        from core.model.plan import Plan

        return Plan(self.experiment).dataset().label


def summary(folder: Path) -> RunSummary | None:
    """What the runs panel shows of a run folder; None for a folder that is no run."""
    if not (folder / STATUS).is_file():
        return None
    problems = []
    try:
        status = read_status(folder / STATUS)
    except (OSError, ValueError) as err:
        status, problems = {}, [f"{STATUS}: {err}"]
    try:
        experiment: spec.Experiment | None = spec.from_dict(
            json.loads((folder / EXPERIMENT).read_text(encoding="utf-8")), str(folder)
        )
    except (OSError, ValueError, spec.SpecError) as err:
        experiment, problems = None, [*problems, f"{EXPERIMENT}: {err}"]
    try:
        rows = read_metrics(folder / METRICS) if (folder / METRICS).is_file() else []
    except (OSError, ValueError) as err:
        rows, problems = [], [*problems, f"{METRICS}: {err}"]
    labels = read_labels(folder)
    state = str(status.get("state", "?"))
    if state == "running" and not _alive(status.get("pid")):
        state = "interrupted"  # its process ended without saying so: killed
    name = experiment.name if experiment is not None else folder.name
    return RunSummary(
        folder,
        str(labels.get("title") or name),
        experiment,
        state,
        str(status.get("reason", "")),
        str(status.get("started", "")),
        len(rows),
        {k: v for k, v in rows[-1].items() if k != "epoch"} if rows else {},
        dict(status.get("test_metrics") or {}),
        tuple(labels.get("tags", ())),
        str(status.get("devices", "")),
        "; ".join(problems),
    )


def _subfolders(folder: Path) -> list[Path]:
    try:
        return sorted((f for f in folder.iterdir() if f.is_dir()), reverse=True)
    except OSError:
        return []


def _runs_in(folder: Path, sweep: str = "") -> list[RunSummary]:
    """The run ``folder`` is, or the runs directly inside it, or (one level down) the
    trials of the sweeps inside it: a CLI sweep's ``--out`` holds one folder per trial."""
    run = summary(folder)
    if run is not None:
        return [replace(run, sweep=sweep)]
    found = []
    for child in _subfolders(folder):
        run = summary(child)
        if run is not None:
            found.append(replace(run, sweep=sweep))
        elif not sweep:
            found += [
                replace(trial, sweep=child.name)
                for trial in map(summary, _subfolders(child))
                if trial is not None
            ]
    return found


def list_runs(*roots: Path) -> list[RunSummary]:
    """Every run in the store (and in any other folder named), newest first (their folder
    names start with the time); a sweep's trials carry the sweep folder's name."""
    seen: set[Path] = set()
    found = []
    for root in roots:
        for run in _runs_in(root, root.name if (root / SWEEP_SUMMARY).is_file() else ""):
            if run.folder.resolve() not in seen:
                seen.add(run.folder.resolve())
                found.append(run)
    return found


def read_labels(folder: Path) -> dict[str, Any]:
    try:
        labels = json.loads((folder / LABELS).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return labels if isinstance(labels, dict) else {}


def write_labels(
    folder: Path, title: str | None = None, tags: tuple[str, ...] | None = None
) -> None:
    """Rename or tag a run (files.WriteError says why it could not be written)."""
    labels = read_labels(folder)
    if title is not None:
        labels["title"] = title
    if tags is not None:
        labels["tags"] = list(tags)
    files.write_text(folder / LABELS, json.dumps(labels, indent=2, ensure_ascii=False) + "\n")


def delete(folder: Path) -> None:
    """Remove a run folder (only one that holds a run's status file)."""
    if not (folder / STATUS).is_file():
        message = translate("run_files", "{folder} is not a run folder")
        raise files.WriteError(0, message.format(folder=folder))
    try:
        shutil.rmtree(folder)
    except OSError as err:
        message = translate("run_files", "cannot delete {folder}: {reason}")
        reason = files.describe(err)
        raise files.WriteError(err.errno, message.format(folder=folder, reason=reason)) from None


@dataclass(frozen=True)
class Replay:
    """A finished run as the views showed it live: its epochs, snapshots and confusion."""

    epochs: list[EpochEnd]
    snapshots: list[Snapshot] = field(default_factory=list)
    confusion: list[ConfusionMatrix] = field(default_factory=list)


def _histogram(npz: Any, key: str, index: int) -> Histogram | None:
    if f"{key}_edges" not in npz:
        return None
    return Histogram(npz[f"{key}_edges"][index], npz[f"{key}_counts"][index])


def _number(value: float) -> float | None:
    return None if np.isnan(value) else float(value)


def graph_arrays(snapshot: Snapshot) -> dict[str, np.ndarray]:
    """The network graph's weights and maps at the last snapshot, for histograms.npz."""
    arrays = {} if snapshot.inputs is None else {"graph_inputs": snapshot.inputs}
    for i, layer in enumerate(snapshot.layers):
        if layer.wiring is not None:
            arrays[f"layer{i}_wiring_mean"] = layer.wiring.mean
            arrays[f"layer{i}_wiring_size"] = layer.wiring.size
        if layer.maps is not None:
            arrays[f"layer{i}_maps"] = layer.maps
    return arrays


def _with_graph(snapshot: Snapshot, npz) -> Snapshot:
    """The last snapshot with the graph's arrays put back (runs before them have none)."""
    layers = []
    for i, layer in enumerate(snapshot.layers):
        wiring = None
        if f"layer{i}_wiring_mean" in npz:
            wiring = Wiring(npz[f"layer{i}_wiring_mean"], npz[f"layer{i}_wiring_size"])
        maps = npz.get(f"layer{i}_maps")
        layers.append(replace(layer, wiring=wiring, maps=maps))
    inputs = npz.get("graph_inputs")
    return replace(snapshot, layers=tuple(layers), inputs=inputs)


def read_replay(folder: Path, class_names: tuple[str, ...] = ()) -> Replay:
    """The run's epochs (metrics.csv) and, once it ended, its snapshots and confusion
    matrices (histograms.npz, never unpickled); OSError or ValueError when unreadable."""
    rows = read_metrics(folder / METRICS) if (folder / METRICS).is_file() else []
    epochs = [
        EpochEnd(int(row["epoch"]) - 1, {k: v for k, v in row.items() if k != "epoch"})
        for row in rows
    ]
    if not (folder / HISTOGRAMS).is_file():
        return Replay(epochs)
    with np.load(folder / HISTOGRAMS, allow_pickle=False) as npz:
        steps, fractions = npz["steps"], npz["epochs"]
        names = [str(n) for n in npz["layer_names"]]
        snapshots = []
        for s, (step, epoch) in enumerate(zip(steps, fractions, strict=True)):
            layers = []
            for i, name in enumerate(names):
                stats = {stat: _number(npz[f"layer{i}_{stat}"][s]) for stat in STATS}
                layers.append(
                    LayerSnapshot(
                        name,
                        "",
                        _histogram(npz, f"layer{i}", s),
                        _histogram(npz, f"layer{i}_pre", s),
                        _histogram(npz, f"layer{i}_weights", s),
                        stats["mean"] or 0.0,
                        stats["std"] or 0.0,
                        stats["saturated"],
                        stats["dead"],
                        stats["grad_norm"],
                        stats["update_ratio"],
                    )
                )
            snapshots.append(Snapshot(int(step), float(epoch), tuple(layers)))
        if snapshots:
            snapshots[-1] = _with_graph(snapshots[-1], npz)
        confusion = []
        if "confusion" in npz:
            matrices = npz["confusion"]
            names = class_names or tuple(str(i) for i in range(matrices.shape[-1]))
            confusion = [
                ConfusionMatrix(int(steps[i]), float(fractions[i]), matrix, names)
                for i, matrix in enumerate(matrices)
            ]
    return Replay(epochs, snapshots, confusion)
