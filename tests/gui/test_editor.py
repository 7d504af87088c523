from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from core.model import spec, templates
from core.model.spec import Pick
from gui import settings


def kinds(window) -> list[str]:
    return [la.kind for la in window.experiment.layers]


def focus_table(window, qtbot, row: int):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.editor.select_row(row)
    window.editor.table.setFocus()
    return window.editor.table


def type_into(qtbot, field, text: str) -> None:
    field.setFocus()
    field.clear()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key_Return)


def test_add_undo_redo(make_window, digits):
    window = make_window(digits)
    window.editor.select_row(1)
    window.editor.add_actions["batch_norm"].trigger()
    assert kinds(window) == ["dense", "batch_norm", "dropout", "dense"]
    assert window.isWindowModified()
    assert window.windowTitle().startswith("Digits MLP")
    assert window.editor.selected_layer() == 1
    window.undo_action.trigger()
    assert kinds(window) == ["dense", "dropout", "dense"]
    assert not window.isWindowModified()
    window.redo_action.trigger()
    assert kinds(window) == ["dense", "batch_norm", "dropout", "dense"]
    assert window.undo_action.text() == "&Undo Add BatchNormalization"


def test_edit_fields_by_typing_and_keyboard(make_window, qtbot, digits):
    window = make_window(digits)
    window.editor.select_row(3)
    form = window.editor.form
    type_into(qtbot, form.editors["units"], "32")
    assert window.experiment.layers[2]["units"] == 32
    assert window.editor.model.index(3, 3).data() == "(32,)"
    assert window.editor.total_label.text().startswith("Total parameters: 12,778 · training needs")
    box = window.editor.form.editors["activation"]
    box.setFocus()
    qtbot.keyClick(box, Qt.Key_Down)  # ReLU -> Leaky ReLU, as a user's arrow key does
    assert window.experiment.layers[2]["activation"] == Pick("leaky_relu", {"alpha": 0.01})
    alpha = window.editor.form.sub_forms["activation"].editors["alpha"]
    type_into(qtbot, alpha, "0.2")
    assert window.experiment.layers[2]["activation"] == Pick("leaky_relu", {"alpha": 0.2})
    window.editor.form.editors["batch_norm"].click()
    assert window.experiment.layers[2]["batch_norm"] is True
    for _ in range(4):
        window.undo_action.trigger()
    assert window.experiment == digits


def test_text_that_is_no_number_is_refused_in_place(make_window, qtbot, digits):
    window = make_window(digits)
    window.editor.select_row(1)
    field = window.editor.form.editors["units"]
    type_into(qtbot, field, "lots")
    assert window.experiment == digits
    assert "units: must be a whole number, got 'lots'" in field.toolTip()


def test_invalid_edit_disables_train_and_says_why(make_window, qtbot, digits):
    window = make_window(digits)
    window.editor.select_row(1)
    type_into(qtbot, window.editor.form.editors["units"], "-3")
    assert not window.train_button.isEnabled()
    assert not window.train_action.isEnabled()
    assert "layers[0].units: must be a positive integer, got -3" in window.train_button.toolTip()
    assert window.editor.model.index(1, 2).data() == "⚠ must be a positive integer, got -3"
    assert "units: must be a positive integer" in window.editor.form.problem_label.text()
    window.undo_action.trigger()
    assert window.train_button.isEnabled()


def test_shape_problem_shows_on_its_layer(make_window, digits):
    window = make_window(digits)
    window.editor.select_row(3)
    window.editor.add_actions["conv2d"].trigger()
    model = window.editor.model
    assert model.index(4, 2).data().startswith("⚠ Conv2D needs an image input")
    assert model.index(4, 2).data(Qt.ForegroundRole) is not None
    assert not window.train_button.isEnabled()
    window.editor.add_actions["flatten"].trigger()  # does not fix it: flatten comes after
    assert not window.train_button.isEnabled()
    window.editor.delete_action.trigger()
    window.editor.select_row(4)
    window.editor.delete_action.trigger()
    assert kinds(window) == ["dense", "dropout", "dense"]
    assert window.train_button.isEnabled()


def test_keyboard_reorder_duplicate_delete(make_window, qtbot, digits):
    window = make_window(digits)
    table = focus_table(window, qtbot, 2)
    qtbot.keyClick(table, Qt.Key_Down, Qt.ControlModifier)
    assert kinds(window) == ["dense", "dense", "dropout"]
    assert window.editor.selected_layer() == 2
    qtbot.keyClick(table, Qt.Key_D, Qt.ControlModifier)
    assert kinds(window) == ["dense", "dense", "dropout", "dropout"]
    qtbot.keyClick(table, Qt.Key_Delete)
    qtbot.keyClick(table, Qt.Key_Delete)
    assert kinds(window) == ["dense", "dense"]
    qtbot.keyClick(window, Qt.Key_Z, Qt.ControlModifier)
    assert kinds(window) == ["dense", "dense", "dropout"]
    qtbot.keyClick(window, Qt.Key_Z, Qt.ControlModifier | Qt.ShiftModifier)
    assert kinds(window) == ["dense", "dense"]


def test_drag_and_drop_moves_a_layer(make_window, digits):
    window = make_window(digits)
    model = window.editor.model
    mime = model.mimeData([model.index(1, 0)])  # the first Dense
    accepted = model.dropMimeData(mime, Qt.MoveAction, 4, 0, model.index(-1, -1))
    assert not accepted  # the view must not remove rows itself: the command did the move
    assert kinds(window) == ["dropout", "dense", "dense"]
    assert window.experiment.layers[2]["units"] == 128
    window.undo_action.trigger()
    assert window.experiment == digits
    assert not model.flags(model.index(0, 0)) & Qt.ItemIsDragEnabled  # Input stays put
    assert model.flags(model.index(1, 0)) & Qt.ItemIsDragEnabled


def test_output_head_can_be_overridden(make_window, qtbot, digits):
    window = make_window(digits)
    window.editor.select_row(4)
    assert window.editor.form_box.title().startswith("Output layer (follows the task")
    box = window.editor.form.editors["activation"]
    box.setCurrentIndex(box.findData("sigmoid"))
    box.activated.emit(box.currentIndex())
    assert window.experiment.output.activation == Pick("sigmoid")
    assert window.editor.model.index(4, 2).data() == "10 units, sigmoid"


def test_save_open_and_recent_files(make_window, digits, tmp_path):
    window = make_window(digits)
    window.editor.select_row(1)
    window.editor.add_actions["dense"].trigger()
    assert window.isWindowModified()
    path = tmp_path / "edited.json"
    assert window.save_to(path)
    assert not window.isWindowModified()
    assert settings.recent_files()[0] == path.resolve()
    saved = window.experiment
    other = make_window(digits)
    assert other.open_file(path)
    assert other.experiment == saved == spec.load(path)
    assert not other.isWindowModified()


def test_unsaved_changes_prompt(make_window, digits, monkeypatch):
    window = make_window(digits)
    window.editor.select_row(1)
    window.editor.add_actions["dropout"].trigger()
    edited = window.experiment
    monkeypatch.setattr(window, "ask_unsaved", lambda: QMessageBox.Cancel)
    window.new_action.trigger()
    assert window.experiment == edited
    monkeypatch.setattr(window, "ask_unsaved", lambda: QMessageBox.Discard)
    assert window.new_from_template("lenet5")
    assert window.experiment == templates.load("lenet5")
    assert not window.isWindowModified()
    assert not window.undo_action.isEnabled()


def test_every_template_opens_valid(make_window, digits):
    window = make_window(digits)
    for stem, _label in templates.TEMPLATES:
        assert window.new_from_template(stem)
        assert window.train_button.isEnabled(), stem
        assert list(window.browser.activations.curves)[-1] == "Output"


def test_a_recent_file_that_disappeared_leaves_the_menu(make_window, digits, tmp_path):
    window = make_window(digits)
    path = tmp_path / "gone.json"
    assert window.save_to(path)
    assert settings.recent_files() == [path.resolve()]
    path.unlink()
    assert not window.open_file(path)
    assert "cannot read the file" in window.banner.label.text()
    assert settings.recent_files() == []
