"""The run store: what a finished run leaves on disk.

A run directory holds experiment.json (the resolved spec), metrics.csv (one row per
epoch, Keras history names as columns), histograms.npz (per layer and snapshot: the
activation, pre-activation and weight histograms and the layer statistics; for a
classifier, the confusion matrix on the probe batch at each snapshot) and model.keras
(loads in plain Keras; predicts from raw inputs).
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import numpy as np

from core.model.events import ConfusionMatrix, EpochEnd, Event, Histogram, Snapshot
from core.model.spec import Experiment

# Per-layer statistics stored for every snapshot (NaN where a layer has none).
STATS = ("mean", "std", "saturated", "dead", "grad_norm", "update_ratio")


class RunRecord:
    """A sink that keeps what a run's files need, and writes them at the end."""

    def __init__(self) -> None:
        self.epochs: list[dict[str, float]] = []
        self.snapshots: list[Snapshot] = []
        self.confusion: list[np.ndarray] = []

    def __call__(self, event: Event) -> None:
        if isinstance(event, EpochEnd):
            self.epochs.append({"epoch": event.epoch + 1, **event.metrics})
        elif isinstance(event, Snapshot):
            self.snapshots.append(event)
        elif isinstance(event, ConfusionMatrix):
            self.confusion.append(event.matrix)

    def write(self, run_dir: Path, experiment: Experiment, model: Any) -> None:
        run_dir.mkdir(parents=True, exist_ok=True)
        (run_dir / "experiment.json").write_text(experiment.to_json(), encoding="utf-8")
        self._write_metrics(run_dir / "metrics.csv")
        self._write_histograms(run_dir / "histograms.npz")
        model.save(run_dir / "model.keras")

    def _write_metrics(self, path: Path) -> None:
        columns = ["epoch"]
        for row in self.epochs:
            columns += [k for k in row if k not in columns]
        with path.open("w", newline="", encoding="utf-8") as f:
            writer = csv.DictWriter(f, fieldnames=columns)
            writer.writeheader()
            writer.writerows(self.epochs)

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
        np.savez_compressed(path, **arrays)


def read_metrics(path: Path) -> list[dict[str, float]]:
    with path.open(encoding="utf-8") as f:
        return [{k: float(v) for k, v in row.items()} for row in csv.DictReader(f)]
