"""View > Language: the system's language, English or 한국어, remembered. A choice takes
effect at once: the window is built again in the new language around the same experiment
(its file, its unsaved edits, its last run), so nothing open is lost."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QMenu

from core.i18n import LANGUAGES
from gui import i18n, settings
from gui.i18n import translate

if TYPE_CHECKING:
    from gui.main_window import MainWindow

_windows: list[MainWindow] = []  # a rebuilt window lives as long as the application
_waiting: set[int] = set()  # windows that switch once their run is over


def menu(window: MainWindow) -> QMenu:
    """The choices, the current one ticked; each language is named in its own words."""
    menu = QMenu(translate("language_menu", "&Language"), window)
    group = QActionGroup(menu)
    chosen = str(settings.store().value(i18n.KEY, ""))
    system = LANGUAGES[i18n.system_language()]
    choices = {"": translate("language_menu", "System ({language})").format(language=system)}
    for code, choice in (("", choices[""]), *LANGUAGES.items()):
        action = menu.addAction(choice)
        action.setCheckable(True)
        action.setChecked(code == chosen)
        action.setData(code)
        group.addAction(action)
    group.triggered.connect(lambda action: choose(window, action.data()))
    return menu


def choose(window: MainWindow, code: str) -> MainWindow:
    """Remember the choice and speak it; returns the window that shows the experiment."""
    settings.store().setValue(i18n.KEY, code)
    return switch(window, i18n.chosen_language())


def switch(window: MainWindow, language: str) -> MainWindow:
    """The window again, in ``language``. Not while a run trains: its live views would
    be lost; the choice is kept and applies once the run is over or at the next start."""
    if language == i18n.language():
        return window
    if window.controller.running:
        window.banner.show_message(
            translate("language_menu", "The language changes once this run is over.")
        )
        if id(window) not in _waiting:
            _waiting.add(id(window))
            window.controller.runFinished.connect(
                lambda *_: switch(window, i18n.chosen_language()),
                Qt.ConnectionType.SingleShotConnection,
            )
        return window
    _waiting.discard(id(window))
    i18n.install(language)
    settings.keep_layout(window)
    rebuilt = type(window)(window.experiment, window.path)
    rebuilt.document.last_run_dir = window.document.last_run_dir
    if not window.undo_stack.isClean():
        rebuilt.document.mark_unsaved()
    settings.restore_layout(rebuilt)
    rebuilt.show()
    _windows[:] = [rebuilt]
    window.hide()  # not close(): that would ask about the unsaved edits it hands on
    window.undo_stack.blockSignals(True)  # it signals while destroyed, to a gone document
    window.deleteLater()
    return rebuilt
