"""The window while it trains: how steady the GUI thread stays, and how fast a
20-layer histogram grid redraws. Prints the figures ``make bench`` reports.

Heartbeat: a 10 ms QTimer on the GUI thread notes every tick while the default
experiment trains in the window with every live view on; a frozen GUI would show as
long gaps. Grid: a 20-layer activation grid, shown, redrawn from new snapshots.
"""

from __future__ import annotations

import os
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import itertools

import numpy as np
from PySide6.QtCore import QTimer

from core import insight, templates, training
from core.events import Snapshot
from gui.app import create_app
from gui.inside import HistogramGrid
from gui.main_window import MainWindow


def wait(app, condition, timeout: float = 120.0) -> None:
    end = time.perf_counter() + timeout
    while not condition() and time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.005)


def heartbeat(app) -> tuple[list[float], float]:
    """Tick gaps (ms) while training in the window, and that run's wall time (s)."""
    window = MainWindow(templates.default_experiment())
    window.show()
    wait(app, lambda: window.controller.engine_ready and window.browser.snapshots)
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    finished = []
    window.controller.runFinished.connect(finished.append)
    timer.start()
    started = time.perf_counter()
    window.start_training()
    wait(app, lambda: finished)
    seconds = time.perf_counter() - started
    timer.stop()
    window.undo_stack.setClean()
    window.close()
    return [1000 * (b - a) for a, b in itertools.pairwise(ticks)], seconds


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
    gaps.sort()
    p99 = gaps[int(0.99 * (len(gaps) - 1))]
    print("GUI thread heartbeat (10 ms timer) while the default experiment trains")
    print(
        f"  ticks {len(gaps) + 1}, median gap {statistics.median(gaps):.1f} ms, "
        f"p99 {p99:.1f} ms, max {gaps[-1]:.1f} ms"
    )
    print(
        f"  training in the window {in_window:.2f} s, headless {alone:.2f} s, "
        f"ratio {in_window / alone:.2f}"
    )
    fps = grid_fps(app)
    print(f"20-layer histogram grid: {fps:.1f} redraws per second")


if __name__ == "__main__":
    main()
