"""View > Theme: dark or light, remembered; the window and its plots follow, the plots
already drawn included; "Follow the System" reads the desktop's colour scheme."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette

from gui import settings, theme


def background(widget) -> str:
    image = widget.grab().toImage()
    return QColor(image.pixel(image.width() // 2, image.height() // 2)).name()


def test_dark_and_back_recolours_the_window_and_the_plots_drawn(make_window, digits, qtbot):
    window = make_window(digits)
    chosen = theme.current()
    assert chosen.choice == "system" and not chosen.dark  # the offscreen desktop is not dark
    assert background(window.training_panel.preview).startswith("#ff")  # white
    try:
        view_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
        theme_menu = next(a.menu() for a in view_menu.actions() if a.menu())
        dark = next(a for a in theme_menu.actions() if a.data() == "dark")
        dark.trigger()
        assert chosen.dark and dark.isChecked()
        assert window.palette().color(QPalette.Window).lightness() < 80
        assert window.tabs.palette().color(QPalette.Window).lightness() < 80
        assert background(window.training_panel.preview) == theme.PLOT_COLOURS[True][0]
        assert background(window.loss_plot) == theme.PLOT_COLOURS[True][0]
        assert settings.store().value(theme.KEY) == "dark"  # remembered for the next start
    finally:
        chosen.choose("system")
    assert not chosen.dark
    assert background(window.loss_plot).startswith("#ff")


def test_following_the_system_reads_its_colour_scheme(qapp, monkeypatch):
    class Hints:
        scheme = Qt.ColorScheme.Dark

        def colorScheme(self):
            return self.scheme

    chosen = theme.current()
    monkeypatch.setattr(theme.QGuiApplication, "styleHints", staticmethod(Hints))
    assert chosen.choice == "system" and chosen.wants_dark()
    Hints.scheme = Qt.ColorScheme.Light
    assert not chosen.wants_dark()
