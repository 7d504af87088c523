import json
import time
from pathlib import Path

import keras
import pytest
from PySide6.QtCore import Qt

from core.model import spec
from tests.helpers import quick

pytestmark = pytest.mark.slow
RUN_TIMEOUT_MS = 120_000


def cell(model, row: int, column: int) -> str:
    return model.index(row, column).data()


def test_opens_on_the_default_experiment(make_window, digits):
    window = make_window(digits)
    assert window.windowTitle() == "Digits MLP[*] — LayerLab"
    model = window.editor.model
    assert [cell(model, r, 1) for r in range(model.rowCount())] == [
        "Input",
        "Dense",
        "Dropout",
        "Dense",
        "Output",
    ]
    assert cell(model, 1, 3) == "(128,)"
    assert cell(model, 1, 4) == "8,320"
    assert window.editor.total_label.text().startswith("Total parameters: 17,226 · training needs")
    assert "Fully connected" in model.index(1, 1).data(Qt.ToolTipRole)
    assert list(window.browser.activations.curves) == ["1 Dense", "3 Dense", "Output"]
    assert window.train_button.isEnabled()


def test_train_runs_to_the_end_with_live_plots(make_window, qtbot, digits):
    window = make_window(quick(digits, epochs=3))
    started = []
    window.controller.runStarted.connect(started.append)
    with qtbot.waitSignal(window.controller.runFinished, timeout=RUN_TIMEOUT_MS) as finished:
        qtbot.mouseClick(window.train_button, Qt.LeftButton)
        assert window.train_button.text() == "Stop"
    assert len(started) == 1
    result = finished.args[0]
    assert not result.stopped
    assert window.loss_plot.batch_points == 3 * started[0].steps_per_epoch
    assert len(window.loss_plot.val_curve.getData()[0]) == 3
    assert all(count >= 2 for count in window.browser.activations.redraws.values())
    assert window.browser.activations.snapshot.step == window.loss_plot.batch_points
    assert "test accuracy" in window.statusBar().currentMessage()
    assert "looking inside took" in window.statusBar().currentMessage()
    assert window.train_button.text() == "Train"
    assert window.export_action.isEnabled()  # exporting itself: test_export_window.py
    saved = Path(result.run_dir) / "model.keras"
    assert keras.saving.load_model(saved).output_shape == (None, 10)


def test_stop_ends_the_run_quickly_and_train_works_again(make_window, qtbot, digits):
    window = make_window(quick(digits, epochs=500))
    qtbot.mouseClick(window.train_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: window.loss_plot.batch_points > 3, timeout=RUN_TIMEOUT_MS)
    pressed = time.perf_counter()
    with qtbot.waitSignal(window.controller.runFinished, timeout=10_000) as finished:
        qtbot.mouseClick(window.train_button, Qt.LeftButton)
    print(f"stop -> finished in {time.perf_counter() - pressed:.2f} s")
    assert finished.args[0].stopped
    assert finished.args[0].epochs_done < 500
    assert window.train_button.text() == "Train"
    with qtbot.waitSignal(window.controller.runStarted, timeout=RUN_TIMEOUT_MS):
        window.train_action.trigger()
    qtbot.waitUntil(lambda: window.loss_plot.batch_points > 0, timeout=RUN_TIMEOUT_MS)
    assert window.loss_plot.batch_points < 100  # a fresh run: the plot started over
    with qtbot.waitSignal(window.controller.runFinished, timeout=10_000):
        window.stop_action.trigger()


def test_opening_a_bad_file_keeps_the_current_experiment(make_window, digits, tmp_path):
    window = make_window(digits)
    bad = tmp_path / "bad.json"
    raw = digits.to_dict()
    raw["layers"][0]["units"] = -3
    bad.write_text(json.dumps(raw))
    assert not window.open_file(bad)
    assert window.banner.isVisible()
    assert "layers[0].units: must be a positive integer, got -3" in window.banner.label.text()
    assert window.experiment == digits
    assert cell(window.editor.model, 1, 2).startswith("128 units")


def test_save_then_open_restores_the_same_experiment(make_window, digits, tmp_path):
    window = make_window(digits)
    path = tmp_path / "mine.json"
    assert window.save_to(path)
    assert window.windowTitle() == "Digits MLP (mine.json)[*] — LayerLab"
    other = make_window(quick(digits, epochs=1))
    assert other.open_file(path)
    assert other.experiment == digits == spec.load(path)


def test_missing_data_is_reported_in_the_window(make_window, qtbot, tmp_path, monkeypatch):
    from tests.core.engine.test_data import images_experiment

    monkeypatch.setenv("KERAS_HOME", str(tmp_path))
    window = make_window(quick(images_experiment("mnist"), epochs=1))
    with qtbot.waitSignal(window.controller.runFailed, timeout=RUN_TIMEOUT_MS):
        window.train_action.trigger()
    assert window.banner.isVisible()
    assert "MNIST is not in the Keras cache" in window.banner.label.text()
    assert window.train_button.text() == "Train"
    assert window.experiment.data.dataset.name == "mnist"  # the work is intact


def test_an_engine_that_dies_fails_the_run_and_the_next_one_restarts_it(make_window, qtbot, digits):
    from gui.controller import _ENGINE

    window = make_window(quick(digits, epochs=500))
    qtbot.mouseClick(window.train_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: window.loss_plot.batch_points > 3, timeout=RUN_TIMEOUT_MS)
    with qtbot.waitSignal(window.controller.runFailed, timeout=30_000) as failed:
        _ENGINE.process.process.kill()
    assert "engine was killed" in failed.args[0].message
    assert "engine was killed" in window.banner.label.text()
    assert window.train_button.text() == "Train" and window.train_button.isEnabled()
    with qtbot.waitSignal(window.controller.runStarted, timeout=RUN_TIMEOUT_MS):
        window.train_action.trigger()
    with qtbot.waitSignal(window.controller.runFinished, timeout=30_000):
        window.stop_action.trigger()


def test_the_windows_size_and_splitters_are_kept_for_the_next_start(make_window, digits):
    """(The offscreen screen is smaller than the window, so Qt fits a restored geometry
    to it: the kept geometry is checked as stored, the splitters as restored.)"""
    from PySide6.QtWidgets import QSplitter

    from gui import settings

    window = make_window(digits)
    window.resize(1320, 760)
    outer = window.findChildren(QSplitter)[0]
    outer.setSizes([500, 800])
    kept = [s.sizes() for s in window.findChildren(QSplitter)]
    geometry = window.saveGeometry()
    window.close()  # nothing to ask: a clean quit keeps the layout
    assert settings.store().value("layout/geometry") == geometry
    again = make_window(digits)
    assert [s.sizes() for s in again.findChildren(QSplitter)] != kept
    settings.restore_layout(again)
    again.resize(1320, 760)  # as it was: a splitter's sizes follow the window's width
    assert [s.sizes()[0] for s in again.findChildren(QSplitter)] == [k[0] for k in kept]
