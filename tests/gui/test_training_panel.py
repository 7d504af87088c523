import numpy as np
import pytest
from PySide6.QtCore import Qt

from core.model.spec import Pick
from tests.helpers import quick


def type_into(qtbot, field, text: str) -> None:
    field.setFocus()
    field.clear()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key_Return)


def pick(box, key: str) -> None:
    box.setCurrentIndex(box.findData(key))
    box.activated.emit(box.currentIndex())


def preview(window) -> tuple[np.ndarray, np.ndarray]:
    return window.training_panel.preview_curve.getData()


def test_changing_a_field_updates_the_preview(make_window, qtbot, digits):
    window = make_window(digits)
    form = window.training_panel.form
    x, y = preview(window)
    assert np.allclose(y, 0.001)
    assert x[-1] == pytest.approx(20)
    pick(form.editors["schedule"], "step")
    assert window.experiment.training.schedule.name == "step"
    _, y = preview(window)
    assert y[0] == pytest.approx(0.001)
    assert y[-1] == pytest.approx(0.001 * 0.01)
    type_into(qtbot, form.sub_forms["schedule"].editors["factor"], "0.5")
    _, y = preview(window)
    assert y[-1] == pytest.approx(0.001 * 0.25)
    type_into(qtbot, form.sub_forms["optimizer"].editors["learning_rate"], "0.01")
    _, y = preview(window)
    assert y[0] == pytest.approx(0.01)
    type_into(qtbot, form.editors["epochs"], "5")
    x, _ = preview(window)
    assert x[-1] == pytest.approx(5)
    window.undo_action.trigger()
    assert preview(window)[0][-1] == pytest.approx(20)


@pytest.mark.parametrize(
    ("field", "text", "message"),
    [
        ("learning_rate", "-0.1", "training.optimizer.learning_rate: must be a number >= 0"),
        ("warmup", "1.5", "training.schedule.warmup: must be a number in [0, 1)"),
    ],
)
def test_invalid_values_show_a_message_and_block_train(
    make_window, qtbot, digits, field, text, message
):
    window = make_window(digits)
    form = window.training_panel.form
    pick(form.editors["schedule"], "cosine")
    owner = "optimizer" if field == "learning_rate" else "schedule"
    editor = form.sub_forms[owner].editors[field]
    type_into(qtbot, editor, text)
    assert not window.train_button.isEnabled()
    assert message in window.train_button.toolTip()
    assert "must be a number" in editor.toolTip()
    assert window.training_panel.preview_note.text().startswith("Fix the training settings")
    window.undo_action.trigger()
    assert window.train_button.isEnabled()


def test_name_and_seed_are_editable(make_window, qtbot, digits):
    window = make_window(digits)
    type_into(qtbot, window.training_panel.top_form.editors["seed"], "7")
    assert window.experiment.seed == 7
    type_into(qtbot, window.training_panel.top_form.editors["name"], "Seven")
    assert window.experiment.name == "Seven"
    assert window.windowTitle() == "Seven[*] — LayerLab"
    type_into(qtbot, window.training_panel.top_form.editors["name"], "")
    assert "name: must be a non-empty text" in window.train_button.toolTip()


@pytest.mark.slow
def test_the_rate_used_is_plotted_live_beside_the_loss(make_window, qtbot, digits):
    schedule = Pick("linear", {"warmup": 0.2})
    from dataclasses import replace

    exp = quick(replace(digits, training=replace(digits.training, schedule=schedule)), epochs=2)
    window = make_window(exp)
    with qtbot.waitSignal(window.controller.runFinished, timeout=120_000):
        window.train_action.trigger()
    x_used, used = window.rate_plot.used_curve.getData()
    x_plan, planned = window.rate_plot.planned_curve.getData()
    assert len(used) == window.loss_plot.batch_points
    np.testing.assert_allclose(used, planned, rtol=1e-6)
    np.testing.assert_allclose(x_used, x_plan)


def test_reduce_on_plateau_plans_no_rate_and_says_why(make_window, digits):
    window = make_window(digits)
    pick(window.training_panel.form.editors["schedule"], "plateau")
    x, _ = preview(window)
    assert x is None or len(x) == 0
    assert "known only while training" in window.training_panel.preview_note.text()


def test_a_constant_rate_is_drawn_on_an_axis_from_zero(make_window, digits):
    window = make_window(digits)
    plot = window.training_panel.preview
    low, high = plot.getViewBox().viewRange()[1]
    assert low == 0.0 and high == pytest.approx(0.0011)  # 0.001, with room above
    assert not plot.getAxis("left").autoSIPrefix
