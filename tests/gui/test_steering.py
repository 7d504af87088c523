"""Pause, Resume and a new learning rate from the window, on a real run in the engine's
process: the run holds, goes on, takes the rate, and each is marked on the plots and
kept in the run's steering.json; Run Again replays the rate."""

import json

import pyqtgraph as pg

from core.model import run_files, steering
from tests.helpers import quick


def marks(plot) -> list[str]:
    return [i.label.format for i in plot.getPlotItem().items if isinstance(i, pg.InfiniteLine)]


def test_pause_resume_and_a_new_rate_from_the_window(make_window, qtbot, digits):
    window = make_window(quick(digits, epochs=200))
    s = window.steering
    assert not s.pause_button.isEnabled() and not s.rate_action.isEnabled()
    window.train_action.trigger()
    qtbot.waitUntil(lambda: window.loss_plot.batch_points > 20, timeout=120_000)
    assert s.pause_button.isEnabled() and s.pause_button.text() == "Pause"
    s.pause_button.click()
    qtbot.waitUntil(lambda: s.pause_button.text() == "Resume", timeout=10_000)
    held = window.loss_plot.batch_points
    qtbot.wait(600)
    assert window.loss_plot.batch_points == held  # nothing trains while paused
    assert window.live.progress_label.text().startswith("Paused")
    s.pause_button.click()
    qtbot.waitUntil(lambda: window.loss_plot.batch_points > held + 5, timeout=10_000)
    dialog = s.ask_rate()
    assert dialog.doubleValue() == 0.001  # the rate in use
    dialog.setDoubleValue(0.02)
    dialog.accept()
    qtbot.waitUntil(lambda: "rate 0.02" in marks(window.loss_plot), timeout=10_000)
    assert any(m.startswith("paused ") and m.endswith(" s") for m in marks(window.rate_plot))
    qtbot.waitUntil(lambda: s.rate == 0.02, timeout=10_000)
    with qtbot.waitSignal(window.controller.runFinished, timeout=30_000):
        window.stop_action.trigger()
    run = run_files.list_runs(window.controller.runs_root)[0]
    kept = json.loads((run.folder / steering.FILE).read_text())
    assert [e["kind"] for e in kept["events"]] == ["pause", "resume", "rate"]
    assert not s.pause_button.isEnabled()

    window.undo_stack.setClean()
    with qtbot.waitSignal(window.controller.runStarted, timeout=60_000):
        assert window.runs.run_again(run)
    qtbot.waitUntil(lambda: "rate 0.02" in marks(window.loss_plot), timeout=60_000)
    with qtbot.waitSignal(window.controller.runFinished, timeout=30_000):
        window.stop_action.trigger()
    again = run_files.list_runs(window.controller.runs_root)[0]
    assert again.folder != run.folder
    replayed = steering.rate_changes(again.folder / steering.FILE)
    assert replayed == steering.rate_changes(run.folder / steering.FILE)  # the same step
