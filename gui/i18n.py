"""The window's language: Qt's translators for LayerLab's words (``.qm`` files built from
``resources/i18n/*.ts``) and for Qt's own dialogs (``qtbase_ko.qm``), the system locale's
language unless View > Language chose another."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from core import i18n
from core.i18n import LANGUAGES, SOURCE
from gui import settings

translate = QCoreApplication.translate
KEY = "view/language"
_installed: list[QTranslator] = []
_current = SOURCE


def system_language() -> str:
    return "ko" if QLocale.system().language() == QLocale.Language.Korean else SOURCE


def chosen_language() -> str:
    """View > Language's choice, remembered; else the system's."""
    value = str(settings.store().value(KEY, ""))
    return value if value in LANGUAGES else system_language()


def language() -> str:
    """The language the window speaks now."""
    return _current


def install(language: str) -> bool:
    """Speak ``language`` from now on; False (and English) when its ``.qm`` is missing."""
    global _current
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    found = language == SOURCE
    if not found:
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name, folder in (("layerlab", str(i18n.FOLDER)), ("qtbase", qt_folder)):
            translator = QTranslator(app)
            if translator.load(f"{name}_{language}", folder):
                app.installTranslator(translator)
                _installed.append(translator)
                found = found or name == "layerlab"
    _current = language if found else SOURCE
    i18n.use(QCoreApplication.translate)
    return found
