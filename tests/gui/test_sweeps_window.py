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
    assert start.isEnabled() and box.summary.text().startswith("3 runs, one after the other")
    box.seeds.setValue(2)
    assert box.summary.text().startswith("6 runs")
    box.place.setCurrentText("layers[9].units")
    assert not start.isEnabled() and "there is no item 9" in box.summary.text()
    box.place.setCurrentText("training.optimizer.learning_rate")
    box.values.setText("0.0001:0.1:log")
    assert not start.isEnabled() and "a grid needs listed values" in box.summary.text()
    box.strategy.setCurrentIndex(2)  # TPE
    assert start.isEnabled() and box.summary.text().startswith("6 runs")
    assert not box.seeds.isEnabled() and box.trials_box.isEnabled()
    box.values.setText("0:1:log")
    assert "LOW > 0 on a log scale" in box.summary.text()


@pytest.mark.slow
def test_a_random_search_from_the_window_trains_and_compares(make_window, qtbot, digits):
    from core.model.sweeps import parse_axis
    from gui.sweep_runner import SearchedTrials

    window = make_window(quick(digits, epochs=1))
    trials = SearchedTrials(
        window.experiment,
        parse_axis("training.optimizer.learning_rate=0.0003:0.03:log"),
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
