"""Run > Lesson Sweeps: the lesson's runs train one after the other in the window, then
open side by side with what to look at; stopping keeps the runs that finished."""

import pytest

from core.model import sweeps, templates
from tests.gui.test_export_window import RUN_TIMEOUT_MS
from tests.helpers import quick

SHORT = sweeps.LessonSweep(
    "epochs", "One epoch or two", "digits_mlp", "training.epochs", (1, 2), "Two epochs: lower."
)


def test_every_lesson_sweep_is_in_the_menu_with_what_to_look_at(make_window, digits):
    window = make_window(digits)
    actions = window.lesson_menu.actions()
    assert [a.text() for a in actions] == [lesson.label for lesson in sweeps.LESSON_SWEEPS]
    assert all(a.toolTip() for a in actions)
    assert not window.stop_sweep_action.isEnabled()
    for lesson in sweeps.LESSON_SWEEPS:  # each makes valid, distinct experiments
        made = sweeps.lesson_experiments(lesson, templates.load(lesson.template))
        assert len({e.to_json() for e in made}) == len(lesson.values) >= 2


@pytest.mark.slow
def test_a_lesson_sweep_trains_its_runs_and_compares_them(make_window, qtbot, digits):
    window = make_window(digits)
    assert window.start_lesson(SHORT)
    assert window.stop_sweep_action.isEnabled() and not window.lesson_menu.isEnabled()
    qtbot.waitUntil(lambda: bool(window.runs.compare_windows), timeout=2 * RUN_TIMEOUT_MS)
    compare = window.runs.compare_windows[-1]
    try:
        assert compare.places == ["training.epochs"]
        assert (
            "One epoch or two" in compare.note.text()
            and "Two epochs: lower." in compare.note.text()
        )
        assert [len(e) for e in compare.epochs] == [1, 2]
    finally:
        compare.close()
    assert len(window.runs.panel.runs) == 2 and len(window.runs.panel.selected()) == 2
    assert not window.stop_sweep_action.isEnabled() and window.lesson_menu.isEnabled()
    assert window.statusBar().currentMessage() == "One epoch or two done: 2 runs compared"


@pytest.mark.slow
def test_stopping_a_lesson_sweep_keeps_the_finished_runs(make_window, qtbot, digits):
    window = make_window(digits)
    with qtbot.waitSignal(window.controller.runFinished, timeout=RUN_TIMEOUT_MS):
        window.start_lesson(SHORT)
    window.stop_sweep_action.trigger()
    qtbot.waitUntil(lambda: not window.sweeps.active, timeout=RUN_TIMEOUT_MS)
    assert not window.controller.running
    assert window.runs.compare_windows == []
    assert window.statusBar().currentMessage().startswith("One epoch or two stopped: its ")
    states = sorted(run.state for run in window.runs.panel.runs)
    assert states[0] == "finished" and len(states) in (1, 2)  # the second stopped, or never began


def test_the_sweep_dialog_says_what_it_will_train_or_what_is_wrong(qtbot, digits):
    from PySide6.QtWidgets import QDialogButtonBox

    from gui.sweep_dialog import SweepDialog

    box = SweepDialog(digits)
    qtbot.addWidget(box)
    start = box.buttons.button(QDialogButtonBox.Ok)
    first = box.rows[0]
    assert start.isEnabled() and box.summary.text().startswith("3 runs, one after the other")
    assert not first.remove.isEnabled()  # one setting at least
    box.seeds.setValue(2)
    assert box.summary.text().startswith("6 runs")
    first.place.setCurrentText("layers[9].units")
    assert not start.isEnabled() and "there is no item 9" in box.summary.text()
    first.place.setCurrentText("training.optimizer.learning_rate")
    first.values.setText("0.0001:0.1:log")
    assert not start.isEnabled() and "a grid needs listed values" in box.summary.text()
    box.strategy.setCurrentIndex(2)  # TPE
    assert start.isEnabled() and box.summary.text().startswith("6 runs")
    assert not box.seeds.isEnabled() and box.trials_box.isEnabled()
    first.values.setText("0:1:log")
    assert "LOW > 0 on a log scale" in box.summary.text()


def test_the_sweep_dialog_crosses_two_settings_in_a_grid(qtbot, digits):
    """Two settings: the grid trains every combination, each run named by its values."""
    from PySide6.QtWidgets import QDialogButtonBox

    from gui.sweep_dialog import SweepDialog

    box = SweepDialog(digits)
    qtbot.addWidget(box)
    start = box.buttons.button(QDialogButtonBox.Ok)
    second = box.add_row("training.batch_size", "32, 64")
    assert box.summary.text().startswith("6 runs") and box.rows[0].remove.isEnabled()
    second.place.setCurrentText("training.optimizer.learning_rate")
    assert not start.isEnabled() and "listed twice" in box.summary.text()
    second.place.setCurrentText("training.batch_size")
    assert start.isEnabled() and box.title() == (
        "Sweep of training.optimizer.learning_rate, training.batch_size"
    )
    made = box.trials().queue
    assert [
        (e.training.optimizer.params["learning_rate"], e.training.batch_size) for e in made
    ] == [(0.0003, 32), (0.0003, 64), (0.001, 32), (0.001, 64), (0.003, 32), (0.003, 64)]
    assert made[1].name == "Digits MLP · learning_rate: 0.0003, batch_size: 64"
    box.remove_row(box.rows[0])
    assert len(box.rows) == 1 and box.summary.text().startswith("2 runs")


@pytest.mark.slow
def test_the_sweeps_queue_shows_each_trial_and_cancels_one(make_window, qtbot, digits):
    """A 3-run grid: the queue lists all three; the third, cancelled before its turn,
    is not trained; the two others finish and open side by side."""
    from core.model.sweeps import parse_axis
    from gui.sweep_runner import grid_trials

    window = make_window(digits)
    trials = grid_trials(quick(digits, epochs=1), [parse_axis("training.batch_size=32,64,128")])
    assert window.sweeps.start("Batch sizes", trials)
    queue = window.sweep_queue
    assert window.tabs.currentWidget() is window.runs.panel and queue.isVisible()
    states = [queue.table.item(r, 2).text() for r in range(queue.table.rowCount())]
    assert states == ["running", "queued", "queued"]
    assert queue.table.item(2, 1).text().endswith("batch_size: 128")
    queue.table.selectRow(2)
    queue.cancel_one.click()
    assert [queue.table.item(r, 2).text() for r in range(3)] == ["running", "queued", "cancelled"]
    qtbot.waitUntil(lambda: not window.sweeps.active, timeout=3 * RUN_TIMEOUT_MS)
    try:
        assert [queue.table.item(r, 2).text() for r in range(3)] == [
            "finished",
            "finished",
            "cancelled",
        ]
        assert queue.progress.text() == "2 of 2 runs done"
        assert float(queue.table.item(0, 3).text()) > 0
        assert queue.close_button.isEnabled() and not queue.cancel_all.isEnabled()
        assert len(window.runs.compare_windows) == 1 and len(window.runs.panel.runs) == 2
    finally:
        for compare in window.runs.compare_windows:
            compare.close()


@pytest.mark.slow
def test_a_random_search_from_the_window_trains_and_compares(make_window, qtbot, digits):
    from core.model.sweeps import parse_axis
    from gui.sweep_runner import SearchedTrials

    window = make_window(quick(digits, epochs=1))
    trials = SearchedTrials(
        window.experiment,
        [parse_axis("training.optimizer.learning_rate=0.0003:0.03:log")],
        "random",
        2,
    )
    assert window.sweeps.start("Sweep of the rate", trials)
    qtbot.waitUntil(lambda: bool(window.runs.compare_windows), timeout=2 * RUN_TIMEOUT_MS)
    compare = window.runs.compare_windows[-1]
    try:
        assert compare.places == ["training.optimizer.learning_rate"]
        told = [t.value for t in trials.study.trials]
        assert len(told) == 2 and all(v > 0 for v in told)  # each run's final val_loss
    finally:
        compare.close()
