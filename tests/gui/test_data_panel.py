"""The Data tab and the Data view with real files, read off the GUI thread."""

import numpy as np
from PySide6.QtCore import Qt, QTimer

from core.model import spec
from core.model.spec import Pick
from tests.gui.test_training_panel import pick, type_into
from tests.helpers import user_data, write_table

READ_TIMEOUT_MS = 60_000


def choose_file(qtbot, window, kind: str, path) -> None:
    """What a user does: pick the dataset kind, then type the path."""
    window.tabs.setCurrentWidget(window.data_panel)
    window.views.setCurrentWidget(window.data_view)
    form = window.data_panel.form
    pick(form.editors["dataset"], kind)
    with qtbot.waitSignal(window.controller.dataReady, timeout=READ_TIMEOUT_MS):
        type_into(qtbot, form.sub_forms["dataset"].editors["path"].line, str(path))


def feature_items(window):
    features = window.data_panel.feature_list
    return [features.item(i) for i in range(features.count())]


def test_choosing_a_csv_reads_it_and_offers_its_columns(make_window, qtbot, digits, tmp_path):
    table = write_table(tmp_path / "t.csv")
    window = make_window(digits)
    choose_file(qtbot, window, "csv", table)
    panel = window.data_panel
    assert window.experiment.data.dataset.params["path"] == str(table)
    assert panel.columns_box.isVisible() and not panel.arrays_box.isVisible()
    assert panel.target_box.currentText() == "label"
    assert [i.data(Qt.UserRole) for i in feature_items(window)] == ["a", "b", "colour"]
    assert "2 missing" in feature_items(window)[0].text()
    assert "Missing on lines 5, 9" in feature_items(window)[0].toolTip()
    assert "118 samples" in panel.status.text() and "lines 5, 9" in panel.status.text()
    assert window.train_button.isEnabled()
    assert window.data_view.table.rowCount() == 100
    assert window.data_view.table.item(3, 0).toolTip() == "missing"
    assert window.editor.model.data(window.editor.model.index(0, 3)) == "(5,)"
    means = window.data_view.after.means.getData()[1]
    np.testing.assert_allclose(means, 0, atol=1e-5)  # standardized on the training split
    assert len(window.data_view.before.means.getData()[1]) == 5

    with qtbot.waitSignal(window.controller.dataReady, timeout=READ_TIMEOUT_MS):
        feature_items(window)[2].setCheckState(Qt.Unchecked)
    assert window.experiment.data.dataset.params["features"] == ("a", "b")
    assert window.plan().input_shape() == (2,)
    window.undo_action.trigger()
    assert window.experiment.data.dataset.params["features"] == ()

    with qtbot.waitSignal(window.controller.dataReady, timeout=READ_TIMEOUT_MS):
        panel.target_box.setCurrentText("b")
        panel.target_box.activated.emit(panel.target_box.currentIndex())
    assert window.plan().dataset().task == "regression"
    assert [i.data(Qt.UserRole) for i in feature_items(window)] == ["a", "colour", "label"]


def test_a_bad_file_says_what_and_where_and_keeps_the_experiment(
    make_window, qtbot, digits, tmp_path
):
    rows = "".join(f"{i};{i % 5};{'xy'[i % 2]}\n" for i in range(30))
    (tmp_path / "bad.csv").write_text("a;b;label\n" + rows)
    window = make_window(digits)
    layers = window.experiment.layers
    form = window.data_panel.form
    pick(form.editors["dataset"], "csv")
    pick(form.sub_forms["dataset"].editors["delimiter"], "comma")
    with qtbot.waitSignal(window.controller.dataFailed, timeout=READ_TIMEOUT_MS) as failed:
        type_into(qtbot, form.sub_forms["dataset"].editors["path"].line, str(tmp_path / "bad.csv"))
    assert "bad.csv" in failed.args[0] and "semicolon" in failed.args[0]
    assert "bad.csv" in window.data_panel.status.text()
    assert not window.train_button.isEnabled()
    assert "one column" in window.train_button.toolTip()
    assert window.experiment.layers == layers
    with qtbot.waitSignal(window.controller.dataReady, timeout=READ_TIMEOUT_MS):
        pick(form.sub_forms["dataset"].editors["delimiter"], "semicolon")
    assert window.plan().input_shape() == (2,)


def test_a_file_that_disappears_blocks_train_with_its_name(make_window, qtbot, digits, tmp_path):
    table = write_table(tmp_path / "t.csv")
    window = make_window(digits)
    choose_file(qtbot, window, "csv", table)
    assert window.train_button.isEnabled()
    table.unlink()
    qtbot.mouseClick(window.train_button, Qt.LeftButton)  # before the window noticed
    assert not window.controller.running
    assert "t.csv does not exist" in window.banner.label.text()
    assert not window.train_button.isEnabled()
    assert "t.csv does not exist" in window.train_button.toolTip()
    with qtbot.waitSignal(window.controller.dataFailed, timeout=READ_TIMEOUT_MS):
        type_into(qtbot, window.data_panel.form.editors["validation_fraction"], "0.25")
    assert "t.csv does not exist" in window.data_panel.status.text()


def test_a_large_file_reports_progress_while_the_window_stays_live(
    make_window, qtbot, digits, tmp_path
):
    rows = 250_000  # three chunks
    rng = np.random.default_rng(0)
    values = np.column_stack([rng.normal(size=(rows, 3)), rng.integers(0, 2, rows)])
    np.savetxt(
        tmp_path / "big.csv", values, fmt="%.5f", delimiter=",", header="a,b,c,y", comments=""
    )
    window = make_window(digits)
    # TensorFlow's import holds the interpreter for seconds: let it finish first.
    qtbot.waitUntil(lambda: window.controller.engine_ready, timeout=120_000)
    fractions = []
    window.controller.dataProgress.connect(fractions.append)
    ticks = []
    timer = QTimer(interval=10)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    choose_file(qtbot, window, "csv", tmp_path / "big.csv")
    timer.stop()
    assert len(fractions) >= 2 and fractions == sorted(fractions)
    assert window.plan().samples() == rows
    assert len(ticks) > 5  # the GUI thread kept running its timers while the file was read


def test_image_data_shows_samples_and_augmented_copies(make_window, qtbot, digits):
    lenet = spec.load("resources/experiments/lenet5.json")
    window = make_window(lenet)
    window.tabs.setCurrentWidget(window.data_panel)
    window.views.setCurrentWidget(window.data_view)
    grid = window.data_view
    qtbot.waitUntil(lambda: len(grid.samples.thumbnails) == 10 * 6, timeout=120_000)
    assert grid.augmented_box.isHidden()  # no augmentation chosen yet
    assert grid.before.histogram.isVisible() and not grid.before.means.isVisible()
    form = window.data_panel.augmentation
    with qtbot.waitSignal(window.controller.dataReady, timeout=READ_TIMEOUT_MS) as first:
        form.editors["flip"].setChecked(True)
    assert window.experiment.data.augmentation == spec.Augmentation(flip=True)
    assert len(grid.augmented.thumbnails) == 4 * 7 and grid.augmented_box.isVisible()
    with qtbot.waitSignal(window.controller.dataReady, timeout=READ_TIMEOUT_MS) as second:
        type_into(qtbot, form.editors["rotation"], "0.2")
    before, after = first.args[0].augmented, second.args[0].augmented
    np.testing.assert_array_equal(before[:, 0], after[:, 0])  # the same originals...
    assert not np.allclose(before[:, 1:], after[:, 1:])  # ...varied anew: the grid follows


def test_augmentation_on_flat_data_is_named_in_its_form(make_window, qtbot, digits):
    window = make_window(digits)
    window.tabs.setCurrentWidget(window.data_panel)
    window.data_panel.augmentation.editors["flip"].setChecked(True)
    label = window.data_panel.augmentation.problem_label
    assert label.isVisible() and "needs image data" in label.text()
    assert not window.data_panel.form.problem_label.isVisible()
    assert "data.augmentation" in window.train_button.toolTip()


def test_a_user_file_experiment_opens_with_its_data(make_window, qtbot, digits, tmp_path):
    window = make_window(digits)
    experiment = user_data(digits, "csv", path=str(write_table(tmp_path / "t.csv")))
    spec.save(experiment, tmp_path / "e.json")
    with qtbot.waitSignal(window.controller.dataReady, timeout=READ_TIMEOUT_MS):
        assert window.open_file(tmp_path / "e.json")
    assert window.train_button.isEnabled()
    assert window.experiment.data.dataset == Pick("csv", experiment.data.dataset.params)


def test_an_image_folder_shows_its_classes_and_what_the_network_needs(
    make_window, qtbot, digits, tmp_path
):
    from tests.helpers import write_images

    window = make_window(digits)
    choose_file(qtbot, window, "image_folder", write_images(tmp_path / "img", per_class=20))
    assert "40 samples, input (8, 10, 1)" in window.data_panel.status.text()
    assert "dark, light" in window.data_panel.status.text()
    assert len(window.data_view.samples.thumbnails) == 2 * 6
    assert "images read into memory for training" in window.data_view.summary.text()
    assert "on disk;" in window.data_panel.status.text()  # and what they take in memory
    assert not window.train_button.isEnabled()  # the MLP's Dense needs flat input
    assert "layers[0]" in window.train_button.toolTip()


def test_npz_arrays_are_offered_for_inputs_and_targets(make_window, qtbot, digits, tmp_path):
    rng = np.random.default_rng(0)
    np.savez(
        tmp_path / "a.npz",
        x=rng.normal(size=(60, 4)),
        y=np.arange(60) % 2,
        z=rng.normal(size=(60, 4)),
    )
    window = make_window(digits)
    choose_file(qtbot, window, "npz", tmp_path / "a.npz")
    panel = window.data_panel
    assert panel.arrays_box.isVisible() and not panel.columns_box.isVisible()
    assert [panel.x_box.itemData(i) for i in range(panel.x_box.count())] == ["x", "y", "z"]
    with qtbot.waitSignal(window.controller.dataReady, timeout=READ_TIMEOUT_MS):
        pick(panel.x_box, "z")
    assert window.experiment.data.dataset.params["x"] == "z"
    assert window.train_button.isEnabled()


def test_a_file_changed_on_disk_is_read_again(make_window, qtbot, digits, tmp_path):
    table = write_table(tmp_path / "t.csv")
    window = make_window(digits)
    choose_file(qtbot, window, "csv", table)
    assert window.plan().samples() == 118
    with qtbot.waitSignal(window.controller.dataReady, timeout=READ_TIMEOUT_MS):
        write_table(table, rows=200)
    qtbot.waitUntil(lambda: window.plan().samples() == 198, timeout=READ_TIMEOUT_MS)
    assert "198 samples" in window.data_panel.status.text()
    assert window.train_button.isEnabled()


def test_files_dropped_on_the_window_open_by_their_kind(make_window, qtbot, digits, tmp_path):
    """Drop events carrying the file's URL, as Qt hands them to the window (a drag
    itself cannot be faked offscreen: Qt routes only drags it started)."""
    from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent

    from tests.helpers import quick, write_images

    def carrying(path) -> QMimeData:
        data = QMimeData()
        data.setUrls([QUrl.fromLocalFile(str(path))])
        return data

    def drop(window, path) -> None:
        data = carrying(path)
        enter = QDragEnterEvent(QPoint(10, 10), Qt.CopyAction, data, Qt.LeftButton, Qt.NoModifier)
        assert window.drops.eventFilter(window, enter) and enter.isAccepted()
        event = QDropEvent(
            QPointF(10, 10), Qt.CopyAction, data, Qt.LeftButton, Qt.NoModifier, QDropEvent.Drop
        )
        assert window.drops.eventFilter(window, event)

    window = make_window(digits)
    with qtbot.waitSignal(window.controller.dataReady, timeout=READ_TIMEOUT_MS):
        drop(window, write_table(tmp_path / "t.csv"))
    assert window.experiment.data.dataset.name == "csv"
    assert window.tabs.currentWidget() is window.data_panel
    window.undo_stack.undo()  # a drop is an edit like any other
    assert window.experiment.data.dataset.name == "digits"
    with qtbot.waitSignal(window.controller.dataReady, timeout=READ_TIMEOUT_MS):
        drop(window, write_images(tmp_path / "img"))
    assert window.experiment.data.dataset.params["path"] == str(tmp_path / "img")
    other = quick(digits, epochs=3)
    spec.save(other, tmp_path / "e.json")
    window.undo_stack.setClean()
    drop(window, tmp_path / "e.json")
    assert window.experiment.training.epochs == 3 and window.path == tmp_path / "e.json"
    (tmp_path / "notes.docx").write_text("x")
    drop(window, tmp_path / "notes.docx")
    assert "Cannot open notes.docx" in window.banner.label.text()
    assert window.experiment.training.epochs == 3
