"""Start the window fast: Qt first, the experiment next; TensorFlow loads in the engine's
own process (core/engine/worker.py), never in this one."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFontDatabase, QFontInfo, QIcon
from PySide6.QtWidgets import QApplication

import resources
from core.model import templates
from gui import i18n, plot_export, plots, settings, theme
from gui.main_window import MainWindow


def create_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("LayerLab")
    app.setOrganizationName("LayerLab")
    app.setWindowIcon(QIcon(str(resources.ICON)))
    app.setStyleSheet(resources.STYLE.read_text(encoding="utf-8"))
    register_korean_font()
    i18n.install(i18n.chosen_language())  # the system's language, or View > Language's
    plots.configure()
    theme.current()  # light or dark, as the system or the user chose
    plot_export.tolerate_closed_paths()
    return app


def register_korean_font() -> list[str]:
    """The bundled Korean font (a subset of Noto Sans CJK KR, OFL) as a fallback of the
    application's font, so Hangul draws on a machine that has no Korean font."""
    families = QFontDatabase.applicationFontFamilies(
        QFontDatabase.addApplicationFont(str(resources.KOREAN_FONT))
    )
    app = QApplication.instance()
    font = app.font()
    if families and families[0] not in font.families():
        # The family the system resolved first: Latin text keeps the system's look.
        font.setFamilies([QFontInfo(font).family(), families[0]])
        app.setFont(font)
    return families


def open_window(file: Path | None) -> MainWindow:
    """The window on the default experiment; a file that fails to open is reported in it."""
    window = MainWindow(templates.default_experiment())
    if file is not None:
        window.open_file(file)
    return window


def show_window(file: Path | None) -> MainWindow:
    """The window as a user's start shows it: once it is up (a prompt needs a window to
    sit on), it offers back the work autosaved before LayerLab last ended unclosed."""
    window = open_window(file)
    settings.restore_layout(window)
    window.show()
    QTimer.singleShot(0, window.offer_recovery)
    return window


def run_app(file: Path | None = None) -> int:
    app = create_app()
    _window = show_window(file)  # referenced until the application ends
    return app.exec()
