import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from gui.app import create_app
from gui.main_window import MainWindow


@pytest.fixture(autouse=True)
def _private_settings(tmp_path):
    """Recent files and other preferences go to a temporary folder."""
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(tmp_path / "config"))


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
    visible = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert not visible, f"windows left open: {visible}"
