"""File > Export Report… (the last run) and the Runs tab's Report… (the selected runs):
the lab report of core/model/report.py as one HTML file, or as a PDF that Qt prints."""

from __future__ import annotations

import base64
import html
import re
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QObject, QUrl
from PySide6.QtGui import (
    QAction,
    QImage,
    QKeySequence,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QFileDialog

from core.model import files, report
from gui.export_dialog import last_folder, remember_folder
from gui.i18n import translate

# shown through translate("report_export", REPORT_FILTER)
REPORT_FILTER = QT_TRANSLATE_NOOP(
    "report_export", "Web page, self-contained (*.html);;PDF document (*.pdf)"
)
SUFFIXES = (".html", ".htm", ".pdf")
SHOWN_MS = 8000
IMAGE = re.compile(r'<img ([^>]*?)src="(data:image/svg\+xml;base64,([^"]+))"')
SHARPNESS = 3  # the charts rendered at this many pixels per point for print


def target_path(name: str, chosen_filter: str) -> Path:
    """The file the user named, with the suffix of the chosen filter if they typed none."""
    path = Path(name)
    if path.suffix.lower() in SUFFIXES:
        return path
    return path.with_name(path.name + (".pdf" if "pdf" in chosen_filter.lower() else ".html"))


def write_pdf(page: str, target: Path) -> None:
    """The report printed by Qt's own text engine (no browser): each SVG chart is drawn
    into an image first, since Qt's rich text does not draw SVG."""
    document = QTextDocument()
    for match in IMAGE.finditer(page):
        renderer = QSvgRenderer(QByteArray(base64.b64decode(match.group(3))))
        size = renderer.defaultSize()
        image = QImage(size * SHARPNESS, QImage.Format_RGB32)
        image.fill(0xFFFFFF)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        document.addResource(QTextDocument.ImageResource, QUrl(match.group(2)), image)
    document.setHtml(page)

    def print_to(temporary: Path) -> None:
        writer = QPdfWriter(str(temporary))
        writer.setPageSize(QPageSize(QPageSize.A4))
        writer.setPageOrientation(QPageLayout.Portrait)
        writer.setResolution(96)  # the charts' own pixel sizes then fit an A4 page
        document.print_(writer)

    files.write_with(target, print_to)


class ReportExport(QObject):
    """The report action of one window and what it writes."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.action = QAction(translate("report_export", "Export Lab &Report…"), window)
        self.action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.action.setStatusTip(
            translate(
                "report_export",
                "The runs selected in the Runs tab (else the last run) as a lab report to hand "
                "in: one HTML page (or a PDF) with the "
                "experiment, curves, histograms, gradients, confusion, diagnoses and machine",
            )
        )
        self.action.triggered.connect(self.chosen_runs_dialog)
        window.runs.panel.reportRequested.connect(
            lambda runs: self.dialog([run.folder for run in runs])
        )

    def chosen_runs(self) -> list[Path]:
        """The runs selected in the Runs tab, else the last run trained here."""
        selected = [run.folder for run in self.window.runs.panel.selected()]
        last = self.window.document.last_run_dir
        return selected or ([last] if last is not None else [])

    def chosen_runs_dialog(self) -> None:
        folders = self.chosen_runs()
        if not folders:
            self.window.banner.show_message(
                translate(
                    "report_export",
                    "There is no run to report on yet: train one, or select runs in the Runs tab.",
                )
            )
            return
        self.dialog(folders)

    def dialog(self, folders: Sequence[Path]) -> None:
        start = last_folder() / "report.html"
        name, chosen = QFileDialog.getSaveFileName(
            self.window,
            translate("report_export", "Export lab report"),
            str(start),
            translate("report_export", REPORT_FILTER),
        )
        if name:
            self.export(folders, target_path(name, chosen))

    def export(self, folders: Sequence[Path], target: Path) -> bool:
        """Write the report of ``folders`` to ``target`` (.html or .pdf); the banner says
        why when it cannot be."""
        try:
            page = report.build(folders)
            if target.suffix.lower() == ".pdf":
                write_pdf(page, target)
            else:
                files.write_text(target, page)
        except (report.ReportError, files.WriteError) as err:
            said = translate("report_export", "<b>Could not write the report</b> — {why}")
            message = said.format(why=html.escape(str(err)))
            self.window.banner.show_message(message)
            return False
        remember_folder(target)
        said = translate("report_export", "Wrote the lab report of {count} run(s) to {target}")
        self.window.statusBar().showMessage(
            said.format(count=len(folders), target=target), SHOWN_MS
        )
        return True
