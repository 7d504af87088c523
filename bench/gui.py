"""The window while it trains: how steady the GUI thread stays, and how fast a
20-layer histogram grid redraws. Prints the figures ``make bench`` reports.

Heartbeat: a 10 ms QTimer on the GUI thread notes every tick while the default
experiment trains in the window with every live view on, and while the window reads a
100 MB CSV; a frozen GUI would show as long gaps. Grid: a 20-layer activation grid,
shown, redrawn from new snapshots.
"""

from __future__ import annotations

import os
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import itertools
import tempfile
from dataclasses import replace
from pathlib import Path

import numpy as np
import pandas as pd
from PySide6.QtCore import QEventLoop, QTimer

from core.engine import sources, training
from core.model import catalog, insight, spec, templates
from core.model.events import Snapshot
from core.model.spec import Pick
from gui.app import create_app
from gui.inside import HistogramGrid
from gui.main_window import MainWindow


def wait(app, condition, timeout: float = 120.0) -> None:
    """Run Qt's own event loop, as the application does, until ``condition()`` holds
    (a loop of processEvents and sleeps would add its sleeps to every measured gap)."""
    loop = QEventLoop()
    end = time.perf_counter() + timeout
    poll = QTimer(interval=20)
    poll.timeout.connect(lambda: (condition() or time.perf_counter() > end) and loop.quit())
    poll.start()
    if not condition():
        loop.exec()
    poll.stop()


def tick_gaps(app, start, done) -> tuple[list[float], float]:
    """Gaps (ms) between ticks of a 10 ms GUI-thread timer from ``start()`` until
    ``done()``, and the seconds that took."""
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    started = time.perf_counter()
    start()
    wait(app, done, timeout=600)
    seconds = time.perf_counter() - started
    timer.stop()
    return [1000 * (b - a) for a, b in itertools.pairwise(ticks)], seconds


def heartbeat(app) -> tuple[list[float], float]:
    """Tick gaps (ms) while training in the window, and that run's wall time (s)."""
    window = MainWindow(templates.default_experiment())
    window.show()
    wait(app, lambda: window.controller.engine_ready and window.browser.snapshots)
    finished = []
    window.controller.runFinished.connect(finished.append)
    result = tick_gaps(app, window.start_training, lambda: finished)
    window.undo_stack.setClean()
    window.close()
    return result


def write_big_csv(folder: Path, megabytes: int = 100) -> Path:
    rng = np.random.default_rng(0)
    rows = megabytes * 1_000_000 // 72  # about 72 characters a row
    table = pd.DataFrame(rng.normal(size=(rows, 8)).round(5), columns=list("abcdefgh"))
    table["label"] = rng.choice(["cat", "dog", "bird"], rows)
    path = folder / "big.csv"
    table.to_csv(path, index=False)
    return path


def csv_load(app, path: Path) -> tuple[list[float], float, float]:
    """Tick gaps while the window reads ``path``; its seconds; seconds read alone."""
    window = MainWindow(templates.default_experiment())
    window.show()
    wait(app, lambda: window.controller.engine_ready and window.browser.snapshots)
    experiment = user_data(window.experiment, path)
    ready = []
    window.controller.dataReady.connect(ready.append)
    gaps, seconds = tick_gaps(app, lambda: window.apply(experiment, "csv"), lambda: ready)
    window.undo_stack.setClean()
    window.close()
    started = time.perf_counter()
    sources.read("csv", {**experiment.data.dataset.params, "missing": Pick("mean")})
    return gaps, seconds, time.perf_counter() - started


def user_data(experiment, path: Path):
    pick = spec.default_pick(catalog.DATASETS["csv"])
    pick = Pick("csv", {**pick.params, "path": str(path)})
    return replace(experiment, data=replace(experiment.data, dataset=pick))


def describe_gaps(gaps: list[float]) -> str:
    gaps = sorted(gaps)
    p99 = gaps[int(0.99 * (len(gaps) - 1))]
    return (
        f"ticks {len(gaps) + 1}, median gap {statistics.median(gaps):.1f} ms, "
        f"p99 {p99:.1f} ms, max {gaps[-1]:.1f} ms"
    )


def headless_seconds() -> float:
    started = time.perf_counter()
    training.train(templates.default_experiment(), lambda event: None)
    return time.perf_counter() - started


def grid_fps(app, layers: int = 20, frames: int = 60) -> float:
    labels = [f"{i + 1} Dense" for i in range(layers)]
    grid = HistogramGrid("output")
    grid.resize(1000, 700)
    grid.set_layers(labels)
    grid.show()
    app.processEvents()
    rng = np.random.default_rng(0)
    ranges = insight.Ranges()
    snapshots = [
        Snapshot(
            step,
            step / 10,
            tuple(
                insight.layer_snapshot(label, "relu", rng.gamma(2.0, size=(256, 64)), ranges)
                for label in labels
            ),
        )
        for step in range(frames)
    ]
    started = time.perf_counter()
    for snapshot in snapshots:
        grid.show_snapshot(snapshot)
        grid.repaint()  # paint now, as the next frame would
        app.processEvents()
    fps = frames / (time.perf_counter() - started)
    grid.close()
    return fps


def main() -> None:
    app = create_app()
    gaps, in_window = heartbeat(app)
    alone = headless_seconds()
    print("GUI thread heartbeat (10 ms timer) while the default experiment trains")
    print(f"  {describe_gaps(gaps)}")
    print(
        f"  training in the window {in_window:.2f} s, headless {alone:.2f} s, "
        f"ratio {in_window / alone:.2f}"
    )
    with tempfile.TemporaryDirectory() as folder:
        path = write_big_csv(Path(folder))
        size = path.stat().st_size / 1e6
        gaps, in_window, alone = csv_load(app, path)
    print(f"GUI thread heartbeat while the window reads a {size:.0f} MB CSV")
    print(f"  {describe_gaps(gaps)}")
    print(
        f"  read and summarized in the window {in_window:.2f} s, read alone {alone:.2f} s, "
        f"ratio {in_window / alone:.2f}"
    )
    fps = grid_fps(app)
    print(f"20-layer histogram grid: {fps:.1f} redraws per second")


if __name__ == "__main__":
    main()
