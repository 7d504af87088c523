"""Light or dark: the window follows the system's colour scheme (and its changes)
unless View > Theme picks one; the choice is remembered. The plots follow too: their
backgrounds, axes, titles and legends (their curves keep their colours)."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt
from PySide6.QtGui import QActionGroup, QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from gui import settings
from gui.i18n import translate

CHOICES = {  # (label, tip), shown through ``translate("theme", ...)``
    "system": (
        QT_TRANSLATE_NOOP("theme", "Follow the &System"),
        QT_TRANSLATE_NOOP("theme", "Dark when the desktop is dark, light otherwise"),
    ),
    "light": (QT_TRANSLATE_NOOP("theme", "&Light"), QT_TRANSLATE_NOOP("theme", "Always light")),
    "dark": (
        QT_TRANSLATE_NOOP("theme", "&Dark"),
        QT_TRANSLATE_NOOP("theme", "Always dark: easier on the eyes at night"),
    ),
}
KEY = "view/theme"
DARK = {
    QPalette.Window: "#2b2d31",
    QPalette.WindowText: "#e6e6e6",
    QPalette.Base: "#1f2023",
    QPalette.AlternateBase: "#2f3136",
    QPalette.ToolTipBase: "#3a3c42",
    QPalette.ToolTipText: "#f0f0f0",
    QPalette.PlaceholderText: "#9a9ca3",
    QPalette.Text: "#e6e6e6",
    QPalette.Button: "#35373c",
    QPalette.ButtonText: "#e6e6e6",
    QPalette.BrightText: "#ff6b6b",
    QPalette.Link: "#7aa7ff",
    QPalette.Highlight: "#3d6fd6",
    QPalette.HighlightedText: "#ffffff",
    QPalette.Light: "#4a4c52",
    QPalette.Midlight: "#404247",
    QPalette.Mid: "#303236",
    QPalette.Dark: "#1a1b1e",
    QPalette.Shadow: "#000000",
}
PLOT_COLOURS = {False: ("w", "k"), True: ("#1f2023", "#d0d0d0")}  # (background, foreground)


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in DARK.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.Text, QPalette.ButtonText, QPalette.WindowText):
        palette.setColor(QPalette.Disabled, role, QColor("#76787e"))
    return palette


class Theme(QObject):
    """The application's palette and the plots' colours, kept in step with the choice
    and, for "system", with the desktop."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.app = app
        self.choice = str(settings.store().value(KEY, "system"))
        if self.choice not in CHOICES:
            self.choice = "system"
        self.dark = False
        self.native_style = app.style().name()  # what light goes back to
        QGuiApplication.styleHints().colorSchemeChanged.connect(lambda _scheme: self.apply())
        self.apply()

    def choose(self, choice: str) -> None:
        self.choice = choice
        settings.store().setValue(KEY, choice)
        self.apply()

    def wants_dark(self) -> bool:
        if self.choice == "system":
            return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark
        return self.choice == "dark"

    def apply(self) -> None:
        hints = QGuiApplication.styleHints()
        if self.choice == "system":
            hints.unsetColorScheme()  # the desktop's own, again
        dark = self.wants_dark()
        if self.choice != "system":  # menus, title bars and scroll bars follow the choice
            hints.setColorScheme(Qt.ColorScheme.Dark if dark else Qt.ColorScheme.Light)
        # Fusion when dark: the native styles of some systems ignore a palette.
        self.app.setStyle("Fusion" if dark else self.native_style)
        self.app.setPalette(dark_palette() if dark else self.app.style().standardPalette())
        self.app.setStyleSheet(self.app.styleSheet())  # styled widgets take the new palette
        background, foreground = PLOT_COLOURS[dark]
        pg.setConfigOptions(background=background, foreground=foreground)
        if dark != self.dark:
            self.dark = dark
            for widget in self.app.allWidgets():
                if isinstance(widget, pg.GraphicsView):
                    recolour_plot(widget, background, foreground)

    def menu(self, parent: QWidget) -> QMenu:
        """View > Theme: the three choices, the current one ticked."""
        menu = QMenu(translate("theme", "&Theme"), parent)
        group = QActionGroup(menu)
        for choice, (label, tip) in CHOICES.items():
            action = menu.addAction(translate("theme", label))
            action.setCheckable(True)
            action.setChecked(choice == self.choice)
            action.setToolTip(translate("theme", tip))
            action.setData(choice)
            group.addAction(action)
        group.triggered.connect(lambda action: self.choose(action.data()))
        menu.setToolTipsVisible(True)
        return menu


def recolour_plot(view: pg.GraphicsView, background: str, foreground: str) -> None:
    """A plot drawn before the theme changed, in the new colours."""
    view.setBackground(background)
    colour = pg.mkColor(foreground)
    for item in view.scene().items():
        if isinstance(item, pg.AxisItem):
            item.setPen(colour)
            item.setTextPen(colour)
        elif isinstance(item, pg.LabelItem):
            item.setText(item.text, color=colour)
        elif isinstance(item, pg.LegendItem):
            item.setLabelTextColor(colour)


def current() -> Theme:
    """The application's theme, made on first use."""
    app = QApplication.instance()
    found = app.findChild(Theme)
    return found if found is not None else Theme(app)
