"""Never lose work, never a raw error: quitting asks, edits are autosaved and offered back
after a crash, a killed engine and a failure are told in words."""

import json
import time
import traceback
from dataclasses import replace
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QMessageBox

from core.model import spec, templates
from core.model.events import Failed
from gui import recovery
from gui.app import show_window
from gui.controller import engine_exit
from gui.live_view import PLANNED_POINTS
from gui.main_window import ENGINE_READY, ENGINE_STOPPED, MainWindow
from tests.gui.conftest import let_close
from tests.helpers import quick

RUN_TIMEOUT_MS = 120_000
AUTOSAVED_MS = 5_000  # the autosave waits a second after the last edit


def never(*_):
    raise AssertionError("this prompt should not have been shown")


def answers(monkeypatch, window, unsaved=never, stop_run=never):
    """Replace the window's prompts; each answer is recorded in the returned list."""
    asked = []

    def record(name, answer):
        def prompt(*args):
            asked.append(name)
            return answer(*args) if callable(answer) else answer

        return prompt

    monkeypatch.setattr(window, "ask_unsaved", record("unsaved", unsaved))
    monkeypatch.setattr(window, "ask_stop_run", record("stop_run", stop_run))
    return asked


def edit(window, name="Edited"):
    window.apply(replace(window.experiment, name=name), "Rename")


def autosaved() -> dict:
    return json.loads(recovery.recovery_file().read_text(encoding="utf-8"))


@pytest.fixture
def start(make_window, qtbot):
    """The window as the application's start shows it; closed (changes dropped) after."""
    started = []

    def make(file=None):
        window = show_window(file)
        qtbot.addWidget(window, before_close_func=let_close)
        started.append(window)
        return window

    yield make
    for window in started:
        let_close(window)
        window.close()


# ---- asking before losing anything -------------------------------------------------
def test_quit_with_edits_asks_and_cancel_keeps_the_window_and_the_edits(
    make_window, digits, monkeypatch
):
    window = make_window(digits)
    edit(window)
    asked = answers(monkeypatch, window, unsaved=QMessageBox.Cancel)
    window.quit_action.trigger()
    assert window.close() is False  # the window's close button
    assert asked == ["unsaved", "unsaved"]
    assert window.isVisible()
    assert window.experiment.name == "Edited" and window.isWindowModified()
    window.undo_stack.undo()  # back to what is on disk: nothing to lose, nothing asked
    answers(monkeypatch, window)
    assert window.close()
    assert not window.isVisible()


def test_discard_on_quit_closes_and_leaves_nothing_to_recover(
    make_window, qtbot, digits, monkeypatch
):
    window = make_window(digits)
    edit(window)
    qtbot.waitUntil(recovery.recovery_file().exists, timeout=AUTOSAVED_MS)
    answers(monkeypatch, window, unsaved=QMessageBox.Discard)
    window.quit_action.trigger()
    assert not window.isVisible()
    assert not recovery.recovery_file().exists()


def test_save_on_quit_saves_then_closes(make_window, digits, monkeypatch, tmp_path):
    window = make_window(digits)
    path = tmp_path / "mine.json"
    assert window.save_to(path)
    edit(window)
    answers(monkeypatch, window, unsaved=QMessageBox.Save)
    assert window.close()
    assert spec.load(path).name == "Edited"
    assert not recovery.recovery_file().exists()


@pytest.mark.slow
def test_closing_during_a_run_asks_and_cancel_keeps_it_training(
    make_window, qtbot, digits, monkeypatch
):
    window = make_window(quick(digits, epochs=500))
    qtbot.mouseClick(window.train_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: window.loss_plot.batch_points > 0, timeout=RUN_TIMEOUT_MS)
    edit(window)
    asked = answers(monkeypatch, window, stop_run=False)
    assert not window.close()
    assert asked == ["stop_run"]  # cancelled at the first question: the second is not asked
    asked = answers(monkeypatch, window, stop_run=True, unsaved=QMessageBox.Cancel)
    assert not window.close()
    assert asked == ["stop_run", "unsaved"]
    assert window.isVisible() and window.experiment.name == "Edited"
    assert window.controller.running  # nothing was stopped: every answer was needed
    shown = window.loss_plot.batch_points
    qtbot.waitUntil(lambda: window.loss_plot.batch_points > shown, timeout=RUN_TIMEOUT_MS)
    answers(monkeypatch, window, stop_run=True, unsaved=QMessageBox.Discard)
    with qtbot.waitSignal(window.controller.runFinished, timeout=30_000) as finished:
        assert window.close()
    assert finished.args[0].stopped
    assert not window.isVisible()


# ---- autosave and recovery ---------------------------------------------------------
def test_the_recovery_file_is_beside_the_tests_settings(tmp_path):
    assert recovery.recovery_file().is_relative_to(tmp_path)  # never the user's folder


def test_an_edit_is_autosaved_after_a_pause_and_saving_removes_it(
    make_window, qtbot, digits, tmp_path
):
    window = make_window(digits)
    target = recovery.recovery_file()
    edit(window, "First")
    assert not target.exists()  # not at once: typing in a field is one write, not many
    qtbot.waitUntil(target.exists, timeout=AUTOSAVED_MS)
    record = autosaved()
    assert spec.from_dict(record["experiment"]) == window.experiment
    assert record["path"] is None
    saved = datetime.fromisoformat(record["saved"])
    assert abs(saved - datetime.now().astimezone()) < timedelta(minutes=1)
    edit(window, "Second")
    qtbot.waitUntil(lambda: autosaved()["experiment"]["name"] == "Second", timeout=AUTOSAVED_MS)
    path = tmp_path / "mine.json"
    assert window.save_to(path)
    assert not target.exists()
    edit(window, "Third")
    qtbot.waitUntil(target.exists, timeout=AUTOSAVED_MS)
    assert autosaved()["path"] == str(path)
    window.undo_stack.undo()  # back to what is saved: nothing to recover
    assert not target.exists()


def test_an_autosave_that_cannot_be_written_says_so_and_keeps_the_work(make_window, qtbot, digits):
    window = make_window(digits)
    folder = recovery.recovery_file().parent
    folder.parent.mkdir(parents=True, exist_ok=True)
    folder.write_text("a file where the folder should be")
    with qtbot.waitSignal(window.autosave.failed, timeout=AUTOSAVED_MS):
        edit(window)
    assert window.statusBar().currentMessage().startswith("Could not autosave: ")
    assert window.experiment.name == "Edited" and window.isWindowModified()


def crash_with_edits(make_window, qtbot, digits, tmp_path) -> MainWindow:
    """A window with an autosaved edit to a saved file, left as a crash would leave it."""
    window = make_window(digits)
    assert window.save_to(tmp_path / "mine.json")
    edit(window, "Unsaved work")
    qtbot.waitUntil(recovery.recovery_file().exists, timeout=AUTOSAVED_MS)
    return window


def test_the_next_start_offers_the_autosaved_work_back(
    make_window, start, qtbot, digits, tmp_path, monkeypatch
):
    crashed = crash_with_edits(make_window, qtbot, digits, tmp_path)
    offers = []
    monkeypatch.setattr(MainWindow, "ask_restore", lambda _, *offer: offers.append(offer) or True)
    window = start()
    qtbot.waitUntil(lambda: bool(offers), timeout=AUTOSAVED_MS)
    saved_at, name = offers[0]
    assert name == "Unsaved work"
    assert abs(saved_at - datetime.now().astimezone()) < timedelta(minutes=1)
    assert window.experiment == crashed.experiment
    assert window.path == tmp_path / "mine.json"
    assert window.isWindowModified()
    assert window.windowTitle() == "Unsaved work (mine.json)[*] — LayerLab"
    assert recovery.recovery_file().exists()  # still unsaved: still recoverable
    answers(monkeypatch, window, unsaved=QMessageBox.Discard)
    assert window.close()
    assert not recovery.recovery_file().exists()


def test_declining_the_offer_removes_the_autosaved_work(
    make_window, start, qtbot, digits, tmp_path, monkeypatch
):
    crash_with_edits(make_window, qtbot, digits, tmp_path)
    monkeypatch.setattr(MainWindow, "ask_restore", lambda *_: False)
    window = start()
    qtbot.waitUntil(lambda: not recovery.recovery_file().exists(), timeout=AUTOSAVED_MS)
    assert window.experiment == templates.default_experiment()
    assert not window.isWindowModified()


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b'{"saved": "2025-01-01T10:00:00", "path": null, "experiment": {"lay',  # cut short
        b"\xff\xfe not text",
        b"[1, 2]",
        b'{"saved": "yesterday", "path": null, "experiment": {}}',
        b'{"saved": "2025-01-01T10:00:00", "path": 7, "experiment": {}}',
        b'{"saved": "2025-01-01T10:00:00", "path": null, "experiment": {"layers": 5}}',
        b'{"saved": "2025-01-01T10:00:00", "path": null, "experiment": {"version": 99}}',
    ],
)
def test_a_broken_recovery_file_is_ignored_and_removed(start, qtbot, monkeypatch, content):
    target = recovery.recovery_file()
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(content)
    monkeypatch.setattr(MainWindow, "ask_restore", never)
    window = start()
    qtbot.waitUntil(lambda: not target.exists(), timeout=AUTOSAVED_MS)
    assert window.experiment == templates.default_experiment()
    assert not window.isWindowModified() and not window.banner.isVisible()


# ---- failures told in words --------------------------------------------------------
def test_an_engine_exit_is_told_in_words():
    assert engine_exit(-9) == "was killed (by the system when memory runs out, or by hand)"
    assert engine_exit(-11).startswith("crashed")
    assert engine_exit(-15) == "was stopped (signal 15)"
    assert engine_exit(3) == "stopped (exit code 3)"


@pytest.mark.slow
def test_an_engine_killed_mid_run_is_told_in_words(make_window, qtbot, digits):
    from gui.controller import _ENGINE

    window = make_window(quick(digits, epochs=500))
    qtbot.mouseClick(window.train_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: window.loss_plot.batch_points > 3, timeout=RUN_TIMEOUT_MS)
    assert window.engine_label.text() == ENGINE_READY
    with qtbot.waitSignal(window.controller.runFailed, timeout=30_000):
        _ENGINE.process.process.kill()
    text = window.banner.label.text()
    assert "was killed (by the system when memory runs out, or by hand)" in text
    assert "exit code" not in text and "-9" not in text
    assert not window.banner.details_button.isVisible()  # nothing technical to show
    assert window.engine_label.text() == ENGINE_STOPPED
    window.train_action.trigger()  # a fresh engine loads for the next run
    qtbot.waitUntil(lambda: window.engine_label.text() == ENGINE_READY, timeout=RUN_TIMEOUT_MS)
    with qtbot.waitSignal(window.controller.runFinished, timeout=RUN_TIMEOUT_MS):
        window.stop_action.trigger()


def a_traceback() -> str:
    try:
        {}["learning_rate"]
    except KeyError:
        return traceback.format_exc()


def test_failure_details_are_shown_only_on_request(make_window, digits):
    window = make_window(digits)
    banner, details = window.banner, window.banner.details
    window.controller.runFailed.emit(Failed("Training failed: 'learning_rate'", a_traceback()))
    assert banner.isVisible()
    assert "Training failed" in banner.label.text() and "Traceback" not in banner.label.text()
    assert banner.details_button.isVisible() and not details.isVisible()
    banner.details_button.click()
    assert details.isVisible() and details.isReadOnly()
    assert details.toPlainText().startswith("Traceback (most recent call last)")
    banner.details_button.click()
    assert not details.isVisible()
    banner.details_button.click()
    window.controller.runFailed.emit(Failed("The data file is gone."))  # nothing technical
    assert not banner.details_button.isVisible() and not details.isVisible()
    window.controller.runFailed.emit(Failed("Training failed again", a_traceback()))
    assert not details.isVisible()  # each new message starts folded
    assert banner.label.textFormat() == Qt.RichText  # an escaped "->" shows as "->"


def test_a_run_folder_that_cannot_be_made_is_a_message(make_window, digits, tmp_path):
    window = make_window(digits)
    window.controller.runs_root = tmp_path / "a-file"
    window.controller.runs_root.write_text("in the way")
    window.train_action.trigger()
    assert "Cannot make a folder for the run in" in window.banner.label.text()
    assert not window.controller.running and window.train_button.text() == "Train"


# ---- a long run's planned rate -----------------------------------------------------
@pytest.mark.slow
def test_100000_epochs_at_batch_size_1_does_not_freeze_the_window(make_window, qtbot, digits):
    window = make_window(quick(digits, epochs=100_000, batch_size=1))
    started = []
    window.controller.runStarted.connect(started.append)
    pressed = time.perf_counter()
    qtbot.mouseClick(window.train_button, Qt.LeftButton)
    took = time.perf_counter() - pressed
    ticks = []
    QTimer.singleShot(0, lambda: ticks.append(time.perf_counter()))
    qtbot.waitUntil(lambda: bool(ticks), timeout=3_000)
    assert took < 3.0, f"pressing Train took {took:.1f} s"  # uncapped it took minutes
    assert window.controller.running
    qtbot.waitUntil(lambda: bool(started), timeout=RUN_TIMEOUT_MS)
    planned = window.rate_plot.planned_curve.getData()[0]
    assert 0 < len(planned) <= PLANNED_POINTS
    assert planned[-1] == pytest.approx(100_000)  # the plan still spans the whole run
    with qtbot.waitSignal(window.controller.runFinished, timeout=RUN_TIMEOUT_MS) as finished:
        window.stop_action.trigger()
    assert finished.args[0].stopped


def test_a_notice_from_the_run_reaches_the_banner(make_window, digits):
    from core.model.events import Notice
    from core.model.jobs import Tagged

    window = make_window(digits)
    window.controller.events.put(Tagged(-1, Notice("At this speed the run takes about 9 days")))
    window.controller.drain()
    assert window.banner.isVisibleTo(window)
    assert "9 days" in window.banner.label.text()


def test_a_network_too_big_for_this_machine_cannot_be_trained(make_window, digits):
    dense = spec.Layer("dense", {**spec.default_layer("dense").params, "units": 3_000_000})
    window = make_window(digits.with_layers((dense, dense)))
    assert not window.train_button.isEnabled()
    assert "this machine has free" in window.train_button.toolTip()
    assert "2 Dense (9,000,003,000,000 parameters)" in window.train_button.toolTip()
