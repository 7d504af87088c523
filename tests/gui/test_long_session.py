"""An afternoon of runs in one window: fifty train/stop cycles leak no threads or
processes, the window answers throughout, and memory grows by little per run."""

import itertools
import multiprocessing
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

from gui import controller
from tests.helpers import quick

CYCLES = 50
RUN_TIMEOUT_MS = 120_000


def resident_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise AssertionError("no VmRSS")


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads /proc")
def test_fifty_train_stop_cycles(make_window, qtbot, digits, monkeypatch):
    monkeypatch.setenv("LAYERLAB_ENGINE_RETIRE_MB", "100000")  # measure the growth itself
    window = make_window(quick(digits, epochs=3))
    ticks: list[float] = []
    heartbeat = QTimer(interval=50)
    heartbeat.timeout.connect(lambda: ticks.append(time.perf_counter()))
    heartbeat.start()
    engine_sizes, window_sizes, threads = [], [], []
    for _cycle in range(CYCLES):
        with qtbot.waitSignal(window.controller.runStarted, timeout=RUN_TIMEOUT_MS):
            window.start_training()
        window.controller.stop()  # a stop during the first epoch
        qtbot.waitUntil(lambda: not window.controller.running, timeout=RUN_TIMEOUT_MS)
        engine_sizes.append(resident_mb(controller._ENGINE.process.process.pid))
        window_sizes.append(resident_mb(multiprocessing.current_process().pid))
        threads.append(threading.active_count())
    heartbeat.stop()
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    engine_growth = (engine_sizes[-1] - engine_sizes[9]) / (CYCLES - 10)
    window_growth = (window_sizes[-1] - window_sizes[9]) / (CYCLES - 10)
    print(
        f"{CYCLES} cycles: engine {engine_sizes[0]:.0f} -> {engine_sizes[-1]:.0f} MB "
        f"({engine_growth:.1f} MB per run after the tenth), window {window_sizes[0]:.0f} -> "
        f"{window_sizes[-1]:.0f} MB ({window_growth:.2f} MB per run); longest pause of the "
        f"window {max(gaps) * 1000:.0f} ms; threads {threads[0]} -> {threads[-1]}"
    )
    assert len(multiprocessing.active_children()) <= 1  # the one engine, nothing more
    assert threads[-1] <= threads[0]
    assert max(gaps) < 2.0  # the window answered throughout
    assert engine_growth <= 10.0
    assert window_growth <= 2.0
