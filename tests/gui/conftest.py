import gc

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from gui import i18n
from gui.app import create_app
from gui.main_window import MainWindow


def _top_level_widgets() -> list:
    """Qt's list of raw pointers, wrapped one by one: a garbage collection in between
    could delete a Python-owned window the list still points at (a segfault). Collect
    first, and not while wrapping."""
    gc.collect()
    gc.disable()
    try:
        return list(QApplication.topLevelWidgets())
    finally:
        gc.enable()


@pytest.fixture(autouse=True)
def _private_settings(tmp_path, monkeypatch):
    """Recent files and other preferences go to a temporary folder; the window speaks
    English whatever the machine's locale (a test that wants Korean asks for it)."""
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(tmp_path / "config"))
    monkeypatch.setattr(i18n, "system_language", lambda: "en")
    yield
    if i18n.language() != "en":
        i18n.install("en")


def let_close(window: MainWindow) -> None:
    """Leave nothing to ask about when the window closes: no unsaved changes, no run
    (a prompt would wait for a click that never comes)."""
    window.undo_stack.setClean()
    window.controller.stop()
    assert window.controller.wait(timeout=30), "a run did not end"


@pytest.fixture
def make_window(qtbot, qapp):
    """Opens real windows; closes them, ends their runs and checks nothing leaked."""
    create_app()
    opened: list[MainWindow] = []

    def make(experiment) -> MainWindow:
        window = MainWindow(experiment)
        qtbot.addWidget(window, before_close_func=let_close)  # pytest-qt closes it first
        window.show()
        opened.append(window)
        return window

    yield make
    for window in opened:
        let_close(window)
        window.close()
    visible = [w.objectName() or type(w).__name__ for w in _top_level_widgets() if w.isVisible()]
    assert not visible, f"windows left open: {visible}"
