"""Help > Lessons (F1): a page per lesson of the lecture notes, in English or Korean,
each with a Try it that opens the experiment showing it (or starts its lesson sweep)
and brings forward the view to look at."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from core.model import sweeps
from core.model.lessons import CHROME, HEADINGS, LANGUAGES, LESSONS, TRY, Lesson
from gui import i18n, settings
from gui.i18n import translate

if TYPE_CHECKING:
    from gui.main_window import MainWindow

KEY = "view/lesson_language"
SHOWN_MS = 20_000


def default_language() -> str:
    """The lessons' language: the panel's remembered choice, else the window's."""
    chosen = str(settings.store().value(KEY, ""))
    if chosen in LANGUAGES:
        return chosen
    return i18n.language() if i18n.language() in LANGUAGES else "en"


def page(lesson: Lesson, language: str) -> str:
    claim, why, look = HEADINGS[language]
    parts = [f"<h2>{html.escape(lesson.title[language])}</h2>"]
    for heading, text in ((claim, lesson.claim), (why, lesson.why), (look, lesson.look)):
        parts.append(f"<h3>{heading}</h3><p>{html.escape(text[language])}</p>")
    return "".join(parts)


class LessonsPanel(QDialog):
    """Not modal: it stays open beside the window while the user tries the lesson."""

    def __init__(self, desk: LessonsDesk, parent: QWidget) -> None:
        super().__init__(parent)
        self.desk = desk
        self.resize(760, 520)
        self.titles = QListWidget()
        self.page = QTextBrowser()
        self.language = QComboBox()
        for key, name in LANGUAGES.items():
            self.language.addItem(name, key)
        self.language.setCurrentIndex(self.language.findData(default_language()))
        self.language.setToolTip(translate("lessons_panel", "The lessons' language (remembered)"))
        self.try_button = QPushButton()
        self.try_button.setToolTip(
            translate("lessons_panel", "Open the lesson's experiment and the view to look at")
        )
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.close)
        self.language_label = QLabel()
        split = QSplitter(Qt.Horizontal)
        split.addWidget(self.titles)
        split.addWidget(self.page)
        split.setSizes([220, 540])
        bottom = QHBoxLayout()
        bottom.addWidget(self.language_label)
        bottom.addWidget(self.language)
        bottom.addStretch(1)
        bottom.addWidget(self.try_button)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addLayout(bottom)
        self.titles.currentRowChanged.connect(self._show)
        self.language.currentIndexChanged.connect(self._language_changed)
        self.try_button.clicked.connect(lambda: desk.try_lesson(self.lesson()))
        self._fill()
        self.titles.setCurrentRow(0)

    def chosen_language(self) -> str:
        return self.language.currentData()

    def lesson(self) -> Lesson:
        return LESSONS[max(self.titles.currentRow(), 0)]

    def _fill(self) -> None:
        row = self.titles.currentRow()
        self.titles.clear()
        self.titles.addItems([lesson.title[self.chosen_language()] for lesson in LESSONS])
        self.titles.setCurrentRow(max(row, 0))
        language = self.chosen_language()
        self.try_button.setText(TRY[language])
        title, label, close = CHROME[language]
        self.setWindowTitle(title)
        self.language_label.setText(label)
        self.close_button.setText(close)

    def _language_changed(self) -> None:
        settings.store().setValue(KEY, self.chosen_language())
        self._fill()
        self._show(self.titles.currentRow())

    def _show(self, row: int) -> None:
        if row >= 0:
            self.page.setHtml(page(LESSONS[row], self.chosen_language()))


class LessonsDesk:
    """Help > Lessons for one window: the panel, made on first use, and Try it."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.panel: LessonsPanel | None = None
        self.action = QAction(translate("lessons_panel", "&Lessons"), window)
        self.action.setShortcut(QKeySequence.HelpContents)  # F1
        self.action.setStatusTip(
            translate(
                "lessons_panel", "What each lesson claims, why, and an experiment that shows it"
            )
        )
        self.action.triggered.connect(lambda: self.show(self.focused_lesson()))
        window.live.diagnostics.lessonRequested.connect(self.show)

    def help_menu(self) -> QMenu:
        """The window's Help menu: Lessons, and About."""
        menu = QMenu(translate("lessons_panel", "&Help"), self.window)
        menu.addAction(self.action)
        menu.addAction(translate("lessons_panel", "&About LayerLab"), self.about)
        return menu

    def about(self) -> None:
        QMessageBox.about(
            self.window,
            translate("lessons_panel", "About LayerLab"),
            translate(
                "lessons_panel",
                "<b>LayerLab</b><br>Build a network layer by layer, train it with Keras and watch every layer learn. Help > Lessons (F1) shows what each lesson claims and an experiment that shows it.",  # noqa: E501
            ),
        )

    @staticmethod
    def focused_lesson() -> str:
        """The lesson behind the setting being edited (its "lesson" property), if any."""
        widget = QApplication.focusWidget()
        while widget is not None:
            key = widget.property("lesson")
            if key:
                return str(key)
            widget = widget.parentWidget()
        return ""

    def show(self, key: str = "") -> LessonsPanel:
        """The panel, on the lesson ``key`` if given."""
        if self.panel is None:
            self.panel = LessonsPanel(self, self.window)
        keys = [lesson.key for lesson in LESSONS]
        if key in keys:
            self.panel.titles.setCurrentRow(keys.index(key))
        self.panel.show()
        self.panel.raise_()
        return self.panel

    def try_lesson(self, lesson: Lesson) -> bool:
        """Open the lesson's experiment (asking first about unsaved work) or start its
        sweep, then bring its view forward and say what to look at."""
        w = self.window
        if lesson.sweep:
            chosen = next(s for s in sweeps.LESSON_SWEEPS if s.key == lesson.sweep)
            if not w.start_lesson(chosen):
                return False
        elif not w.new_from_template(lesson.template):
            return False
        views = w.live.views
        # The tab's name as the window shows it (live_view's or graph_views' words).
        names = {
            lesson.view,
            translate("live_view", lesson.view),
            translate("graph_views", lesson.view),
        }
        for index in range(views.count()):
            if views.tabText(index) in names:
                views.setCurrentIndex(index)
        language = self.panel.chosen_language() if self.panel else default_language()
        w.statusBar().showMessage(lesson.look[language], SHOWN_MS)
        return True
