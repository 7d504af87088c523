"""File > Export Plot and Export Metrics as CSV: real files from a real run, written
whole or not at all."""

import csv

import pytest
from PySide6.QtGui import QImage

from core.model.run_files import read_metrics
from gui.plot_export import target_path
from tests.gui.test_export_window import trained


def test_the_suffix_follows_the_filter_when_none_is_typed(tmp_path):
    assert target_path(str(tmp_path / "loss"), "SVG drawing (*.svg)") == tmp_path / "loss.svg"
    assert target_path(str(tmp_path / "loss"), "PNG image (*.png)") == tmp_path / "loss.png"
    assert target_path(str(tmp_path / "a.SVG"), "PNG image (*.png)") == tmp_path / "a.SVG"


@pytest.mark.slow
def test_every_plot_saves_as_png_and_svg_after_a_run(make_window, qtbot, digits, tmp_path):
    window = trained(make_window, qtbot, digits)
    labels = [label for label, _ in window.live.plots()]
    actions = [a.text() for a in window.plot_menu.actions()]
    assert actions == [f"{label}…" for label in labels]
    for label, widget in window.live.plots():
        window.live.bring_into_view(widget)
        assert widget.isVisible(), label
        stem = label.replace(" ", "-")
        png, svg = tmp_path / f"{stem}.png", tmp_path / f"{stem}.svg"
        assert window.export_plot(widget, png, label)
        assert window.export_plot(widget, svg, label)
        image = QImage(str(png))
        assert image.width() == 1600 and image.height() > 100, label
        colours = {
            image.pixel(x, y) for x in range(0, 1600, 7) for y in range(0, image.height(), 7)
        }
        assert len(colours) > 3, f"{label}: the PNG is blank"
        text = svg.read_text(encoding="utf-8")
        assert text.startswith("<?xml") and "<svg" in text and "</svg>" in text, label
    assert window.statusBar().currentMessage().startswith("Saved the decision boundary plot to ")
    # The loss plot's SVG carries its curves: a path per drawn curve.
    assert (tmp_path / "Loss.svg").read_text(encoding="utf-8").count("<path") >= 3


def test_a_plot_that_cannot_be_written_says_why_and_leaves_nothing(make_window, digits, tmp_path):
    window = make_window(digits)
    out = tmp_path / "out"
    out.mkdir()
    plain = out / "plain"
    plain.write_text("a file, not a folder")
    for target in (plain / "loss.png", plain / "loss.svg"):
        assert not window.export_plot(window.loss_plot, target, "Loss")
        assert window.banner.isVisible()
        shown = window.banner.label.text()
        assert "Could not export the plot" in shown and f"cannot write {target}" in shown
    assert list(out.iterdir()) == [plain] and plain.read_text() == "a file, not a folder"
    assert not window.export_plot(window.loss_plot, out / "loss.jpg", "Loss")
    assert "use .png or .svg" in window.banner.label.text()
    assert list(out.iterdir()) == [plain]


def test_metrics_need_a_run_first(make_window, digits, tmp_path):
    window = make_window(digits)
    assert not window.metrics_action.isEnabled()
    assert not window.export_metrics(tmp_path / "m.csv")
    assert "train first" in window.banner.label.text()
    assert not (tmp_path / "m.csv").exists()


@pytest.mark.slow
def test_metrics_csv_equals_the_runs_own_file(make_window, qtbot, digits, tmp_path):
    window = trained(make_window, qtbot, digits)
    assert window.metrics_action.isEnabled()
    target = tmp_path / "metrics.csv"
    assert window.export_metrics(target)
    with target.open(encoding="utf-8") as f:
        header = next(csv.reader(f))
    assert header[0] == "epoch" and {"loss", "val_loss", "learning_rate"} <= set(header)
    assert read_metrics(target) == read_metrics(window.document.last_run_dir / "metrics.csv")
    assert window.statusBar().currentMessage() == f"Saved 2 epochs of metrics to {target}"
