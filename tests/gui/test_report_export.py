"""File > Export Lab Report and the Runs tab's Report…: an HTML page or a PDF of real
runs, written from the window."""

from PySide6.QtWidgets import QFileDialog

from core.model import run_files
from gui.report_export import target_path
from tests.helpers import quick


def test_the_last_run_and_selected_runs_are_reported_as_html_or_pdf(
    make_window, qtbot, digits, tmp_path, monkeypatch
):
    window = make_window(quick(digits, epochs=2))
    window.reports.action.trigger()  # nothing to report on yet: said, no dialog
    assert "no run to report on yet" in window.banner.label.text()
    with qtbot.waitSignal(window.controller.runFinished, timeout=120_000):
        window.train_action.trigger()
    assert window.reports.chosen_runs() == [window.document.last_run_dir]
    page = tmp_path / "report.html"
    assert window.reports.export([window.document.last_run_dir], page)
    assert "<h3>Confusion matrix</h3>" in page.read_text(encoding="utf-8")
    assert "lab report" in window.statusBar().currentMessage()

    panel = window.runs.panel
    panel.refresh()
    panel.table.selectAll()
    assert panel.buttons["report"].isEnabled()
    assert len(window.reports.chosen_runs()) == len(panel.selected())  # Ctrl+Shift+E too
    printed = tmp_path / "report"  # no suffix typed: the chosen filter gives it
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        staticmethod(lambda *args: (str(printed), "PDF document (*.pdf)")),
    )
    with qtbot.waitSignal(panel.reportRequested) as asked:
        panel.buttons["report"].click()
    folders = [run.folder for run in asked.args[0]]
    assert folders == [run.folder for run in run_files.list_runs(window.controller.runs_root)]
    pdf = printed.with_suffix(".pdf")
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 50_000


def test_a_report_that_cannot_be_written_says_why(make_window, digits, tmp_path):
    window = make_window(digits)
    assert not window.reports.export([tmp_path], tmp_path / "r.html")
    assert "not a LayerLab run folder" in window.banner.label.text()
    assert not (tmp_path / "r.html").exists()


def test_the_chosen_filter_gives_the_suffix():
    assert target_path("/x/report", "PDF document (*.pdf)").name == "report.pdf"
    assert target_path("/x/report", "Web page, self-contained (*.html)").name == "report.html"
    assert target_path("/x/r.htm", "PDF document (*.pdf)").name == "r.htm"
