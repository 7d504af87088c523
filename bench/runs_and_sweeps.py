"""What keeping runs and sweeping cost, measured side by side in one run:

- writing a run as it goes (experiment.json, status.json, metrics.csv per epoch,
  TensorBoard's event files per batch, epoch and snapshot, the histograms and the model
  at the end): its share of the default run's time on the training thread, and the wall
  time against the same training kept in memory only (alternating, medians of 7 pairs;
  a 2.5 s run varies by ~10% from one run to the next, so these ratios are noisy);
- a sweep of 6 trials of the default experiment (`main.py sweep --strategy random`)
  with `--parallel 2` against `--parallel 1`: the wall-time ratio (goal: 0.75 or less
  on a 2-core machine).

Run with ``make bench``.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _train_seconds(keep: bool, folder: Path) -> float:
    from core.engine import training
    from core.model import templates

    started = time.perf_counter()
    training.train(templates.default_experiment(), lambda e: None, run_dir=folder if keep else None)
    return time.perf_counter() - started


def _timing_the_writes() -> list[float]:
    """Wrap every RunRecord method the training thread calls (start, each event, end):
    what they add up to is the writing's own time on the training path. TensorBoard's
    thread writes alongside; its cost shows only in the wall-time pairs."""
    from core.engine.runs import RunRecord

    spent = [0.0]
    for name in ("_start", "__call__", "end"):
        method = getattr(RunRecord, name)

        def timed(*args, _method=method, **kwargs):
            started = time.perf_counter()
            try:
                return _method(*args, **kwargs)
            finally:
                spent[0] += time.perf_counter() - started

        setattr(RunRecord, name, timed)
    return spent


def writing_ratio(pairs: int = 7) -> None:
    spent = _timing_the_writes()
    with tempfile.TemporaryDirectory() as tmp:
        _train_seconds(False, Path(tmp))  # TensorFlow's first-run costs, paid before
        ratios, kept, memory, shares = [], [], [], []
        for i in range(pairs):
            spent[0] = 0.0
            a = _train_seconds(True, Path(tmp) / f"run{i}")
            shares.append(spent[0] / a)
            b = _train_seconds(False, Path(tmp))
            kept.append(a)
            memory.append(b)
            ratios.append(a / b)
    print(
        f"writing the run on the training thread, default experiment: median "
        f"{statistics.median(shares):.1%} of the run (range {min(shares):.1%}-"
        f"{max(shares):.1%}; goal <= 2%)"
    )
    print(
        f"run written as it goes / kept in memory, wall time: median "
        f"{statistics.median(kept):.2f} s / {statistics.median(memory):.2f} s, "
        f"pair ratios median {statistics.median(ratios):.3f} "
        f"(range {min(ratios):.3f}-{max(ratios):.3f})"
    )


def _sweep_seconds(parallel: int, folder: Path) -> float:
    started = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "main.py"),
            "sweep",
            "--set",
            "training.optimizer.learning_rate=0.0003:0.03:log",
            "--strategy",
            "random",
            "--trials",
            "6",
            "--parallel",
            str(parallel),
            "--out",
            str(folder),
        ],
        check=True,
        capture_output=True,
    )
    return time.perf_counter() - started


def sweep_ratio() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        one = _sweep_seconds(1, Path(tmp) / "one")
        two = _sweep_seconds(2, Path(tmp) / "two")
    print(
        f"sweep of 6 trials (default experiment, 20 epochs each): --parallel 2 {two:.1f} s / "
        f"--parallel 1 {one:.1f} s = {two / one:.2f} (goal <= 0.75)"
    )


if __name__ == "__main__":
    writing_ratio()
    sweep_ratio()
