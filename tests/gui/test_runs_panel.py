"""The Runs tab: every run of the store listed, reopened in the views, compared with
coloured curves and a table of what differs, renamed, tagged, deleted, run again."""

from dataclasses import replace

import pytest

from core.model import store
from tests.core.model.test_run_files import recorded
from tests.gui.test_export_window import RUN_TIMEOUT_MS
from tests.helpers import quick


@pytest.fixture
def two_runs(digits):
    """Two stored runs of the default experiment that differ in one setting."""
    root = store.default_root()
    root.mkdir(parents=True)
    recorded(root / "20260101-000000-first", digits)
    other = replace(digits, training=replace(digits.training, batch_size=64))
    recorded(root / "20260102-000000-second", other, epochs=3)
    return root


def test_the_runs_are_listed_and_one_opens_in_the_views(make_window, digits, two_runs):
    window = make_window(digits)
    panel = window.runs.panel
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())][-1] == "R&uns"
    assert [r.folder.name for r in panel.runs] == [
        "20260102-000000-second",
        "20260101-000000-first",
    ]
    assert panel.table.rowCount() == 2 and panel.count_label.text().startswith("2 runs in ")
    panel.select([two_runs / "20260102-000000-second"])
    assert panel.buttons["open"].isEnabled() and not panel.buttons["compare"].isEnabled()
    panel.buttons["open"].click()
    curve = window.loss_plot.val_curve  # yData: the values, not their logarithms
    assert list(curve.xData) == [1, 2, 3] and curve.yData[0] == pytest.approx(1.2)
    assert len(window.browser.snapshots) == 3
    assert window.confusion.matrix.tolist() == [[3, 0], [0, 3]]
    assert window.statusBar().currentMessage() == "Opened the run “Digits MLP” (finished, 3 epochs)"
    panel.filter_edit.setText("no such run")
    assert all(panel.table.isRowHidden(r) for r in range(2))
    assert panel.count_label.text() == "0 of 2 runs shown"


def test_two_runs_compare_with_a_colour_each_and_the_difference_named(
    make_window, digits, two_runs, tmp_path
):
    window = make_window(digits)
    panel = window.runs.panel
    panel.select([run.folder for run in panel.runs])
    assert panel.buttons["compare"].isEnabled()
    panel.buttons["compare"].click()
    compare = window.runs.compare_windows[-1]
    try:
        assert compare.isVisible() and compare.places == ["training.batch_size"]
        curves = compare.loss_plot.getPlotItem().listDataItems()
        assert len(curves) == 4  # training and validation of each run
        colours = {c.opts["pen"].color().name() for c in curves}
        assert len(colours) == 2
        legend = [label.text for _, label in compare.loss_plot.getPlotItem().legend.items]
        assert legend == ["batch_size: 64", "batch_size: 32"]
        rows = compare.table_rows()
        assert rows[0] == ["run", "training.batch_size", "val_loss", "test_loss", "test_accuracy"]
        assert [row[1] for row in rows[1:]] == ["64", "32"]
        assert compare.export_table(tmp_path / "table.csv")
        assert (tmp_path / "table.csv").read_text().splitlines()[1].startswith("Digits MLP,64,")
        compare.smoothing.setValue(90)  # TensorBoard's smoothing bends the curves
        assert compare.smoothing_label.text() == "0.90"
        assert compare.parallel_axes() == [  # settings against the result, per run
            ("batch_size", [1.0, 0.0], ["32", "64"]),
            ("final val_loss", [0.0, 1.0], ["0.4", "0.6"]),
        ]
        compare.views.setCurrentIndex(1)  # each run's histograms at the same moment
        assert [g.snapshot.step for g in compare.grids] == [0, 0]  # as initialized
        compare.moment.setValue(1)
        assert [g.snapshot.epoch for g in compare.grids] == [1.0, 1.0]
        assert compare.grids[0].redraws["1 Dense"] >= 2
    finally:
        compare.close()
    assert window.runs.compare_windows == []  # closed: dropped, its snapshots with it


def test_runs_apart_only_by_seed_are_drawn_as_their_mean_and_spread(qtbot, digits, tmp_path):
    """Two batch sizes x two seeds: two lines (each the mean of its seeds) with a band
    from the lowest to the highest, and a table of mean ± spread; unticked, four runs."""
    import pyqtgraph as pg

    from core.model import run_files
    from gui.compare_view import CompareWindow

    for size in (32, 64):
        for seed in (1, 2):
            changed = replace(digits, seed=seed, training=replace(digits.training, batch_size=size))
            longer = size == 64 or seed == 2  # 32's seeds end apart: 0.6 and 0.4
            recorded(tmp_path / f"b{size}-s{seed}", changed, epochs=2 + longer)
    compare = CompareWindow(run_files.list_runs(tmp_path))
    qtbot.addWidget(compare)
    assert compare.by_seed.isChecked() and compare.places == ["seed", "training.batch_size"]
    legend = [label.text for _, label in compare.loss_plot.getPlotItem().legend.items]
    assert legend == ["batch_size: 64 · 2 seeds", "batch_size: 32 · 2 seeds"]
    bands = [i for i in compare.loss_plot.getPlotItem().items if isinstance(i, pg.FillBetweenItem)]
    assert len(bands) == 2
    assert compare.table_rows()[1:] == [
        ["batch_size: 64 · 2 seeds", "64", "0.4000 ± 0.0000", "0.3000 ± 0.0000", "0.9000 ± 0.0000"],
        ["batch_size: 32 · 2 seeds", "32", "0.5000 ± 0.1000", "0.3000 ± 0.0000", "0.9000 ± 0.0000"],
    ]
    compare.by_seed.setChecked(False)
    assert len(compare.loss_plot.getPlotItem().legend.items) == 4
    assert compare.table.rowCount() == 4 and compare.table_rows()[0][1] == "seed"


def test_rename_tag_and_delete_ask_first(make_window, digits, two_runs):
    window = make_window(digits)
    desk, panel = window.runs, window.runs.panel
    desk.ask_text = lambda title, label, text: "Batch 64" if title == "Rename run" else "bs, lesson"
    panel.select([two_runs / "20260102-000000-second"])
    panel.buttons["rename"].click()
    panel.select([two_runs / "20260102-000000-second"])
    panel.buttons["tag"].click()
    run = next(r for r in panel.runs if r.folder.name.endswith("second"))
    assert run.title == "Batch 64" and run.tags == ("bs", "lesson")
    panel.filter_edit.setText("lesson")
    assert panel.count_label.text() == "1 of 2 runs shown"
    panel.filter_edit.clear()
    desk.ask_delete = lambda runs: False
    panel.select([two_runs / "20260101-000000-first"])
    panel.buttons["delete"].click()
    assert len(panel.runs) == 2
    desk.ask_delete = lambda runs: True
    panel.select([two_runs / "20260101-000000-first"])
    panel.buttons["delete"].click()
    assert [r.title for r in panel.runs] == ["Batch 64"]
    assert not (two_runs / "20260101-000000-first").exists()


def test_a_runs_experiment_opens_as_a_new_file(make_window, digits, two_runs):
    window = make_window(replace(digits, name="Mine"))
    window.runs.panel.select([two_runs / "20260102-000000-second"])
    window.runs.panel.buttons["experiment"].click()
    assert window.experiment.training.batch_size == 64 and window.path is None
    assert window.isWindowModified()
    assert window.tabs.currentWidget() is window.editor


@pytest.mark.slow
def test_a_run_from_the_window_appears_in_the_list_and_runs_again(make_window, qtbot, digits):
    window = make_window(quick(digits, epochs=1))
    with qtbot.waitSignal(window.controller.runFinished, timeout=RUN_TIMEOUT_MS):
        window.train_action.trigger()
    panel = window.runs.panel
    assert len(panel.runs) == 1 and panel.runs[0].state == "finished"
    assert panel.runs[0].test["test_accuracy"] > 0.5
    panel.select([panel.runs[0].folder])
    window.undo_stack.setClean()
    with qtbot.waitSignal(window.controller.runFinished, timeout=RUN_TIMEOUT_MS):
        panel.buttons["again"].click()
    assert len(panel.runs) == 2
    assert window.experiment.training.optimizer == digits.training.optimizer


def test_a_stored_runs_model_exports_from_the_runs_tab(make_window, digits, two_runs):
    window = make_window(digits)
    panel = window.runs.panel
    panel.select([two_runs / "20260101-000000-first"])
    assert panel.buttons["export"].isEnabled()
    panel.buttons["export"].click()
    assert window.export_box.isVisible()
    assert window.export_source == two_runs / "20260101-000000-first"
    window.export_box.reject()
    (two_runs / "20260101-000000-first" / "model.keras").unlink()
    panel.refresh()
    panel.select([two_runs / "20260101-000000-first"])
    assert not panel.buttons["export"].isEnabled()  # a run that saved no model


def test_a_run_still_training_is_not_deleted_and_hidden_runs_are_not_selected(
    make_window, digits, two_runs
):
    import json
    import os

    status = two_runs / "20260101-000000-first" / "status.json"
    running = {**json.loads(status.read_text()), "state": "running", "pid": os.getpid()}
    status.write_text(json.dumps(running))
    window = make_window(digits)
    panel, desk = window.runs.panel, window.runs
    desk.ask_delete = lambda runs: True
    panel.select([two_runs / "20260101-000000-first"])
    panel.buttons["delete"].click()
    assert (two_runs / "20260101-000000-first").is_dir()
    assert "is still training: stop it before deleting it" in window.banner.label.text()
    panel.select([run.folder for run in panel.runs])
    panel.filter_edit.setText("running")  # hides the finished run
    assert [run.state for run in panel.selected()] == ["running"]
    assert not panel.buttons["compare"].isEnabled()


def test_a_cli_sweeps_folder_is_listed_and_remembered(make_window, digits, two_runs, tmp_path):
    """A sweep run from the CLI into any --out: Folders > Add Folder… lists its trials
    with the sweep's name; the next window lists them again; Stop Listing forgets it."""
    sweep = tmp_path / "lr-sweep"
    for trial in ("trial-000", "trial-001"):
        recorded(sweep / trial, digits)
    (sweep / "summary.csv").write_text("trial\n0\n1\n")
    panel = make_window(digits).runs.panel
    panel.add_folder(sweep)
    sweeps = [panel.table.item(r, 1).text() for r in range(panel.table.rowCount())]
    assert sorted(sweeps) == ["", "", "lr-sweep", "lr-sweep"]
    assert panel.count_label.text().endswith("and 1 more folder")
    panel.filter_edit.setText("lr-sweep")
    assert panel.count_label.text() == "2 of 4 runs shown"
    again = make_window(digits).runs.panel
    assert again.folders == [sweep] and len(again.runs) == 4
    again._folders_menu()
    actions = [a.text() for a in again.folders_button.menu().actions() if a.text()]
    assert actions == ["Add Folder…", f"Stop Listing {sweep}"]
    again.folders_button.menu().actions()[-1].trigger()
    assert again.folders == [] and len(again.runs) == 2
    assert make_window(digits).runs.panel.folders == []
