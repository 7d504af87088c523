"""The window's banner: a message at its top that never blocks, its technical text (a
traceback, for a bug report) behind Details."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gui.i18n import translate

DETAILS_HEIGHT = 180  # the technical text scrolls: the window's views keep their room


class ErrorBanner(QFrame):
    """A dismissable message at the top of the window: never blocks. The technical text
    (a traceback, for a bug report) waits behind Details: never shown unasked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorBanner")
        self.label = QLabel(
            wordWrap=True, textFormat=Qt.RichText, textInteractionFlags=Qt.TextSelectableByMouse
        )  # always HTML: an escaped "->" without tags would otherwise show as "-&gt;"
        self.details_button = QToolButton(
            text=translate("banner", "Details"),
            checkable=True,
            autoRaise=True,
            arrowType=Qt.RightArrow,
        )
        self.details_button.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
        self.details_button.setToolTip(
            translate("banner", "Show the technical details (for a bug report)")
        )
        self.details_button.toggled.connect(self._show_details)
        close = QToolButton(text="✕", toolTip=translate("banner", "Dismiss"), autoRaise=True)
        close.clicked.connect(self.hide)
        self.details = QPlainTextEdit(readOnly=True, lineWrapMode=QPlainTextEdit.NoWrap)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.FixedFont))
        self.details.setMaximumHeight(DETAILS_HEIGHT)
        top = QHBoxLayout()
        top.addWidget(self.label, 1)
        top.addWidget(self.details_button, 0, Qt.AlignTop)
        top.addWidget(close, 0, Qt.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.details)
        for widget in (self.details_button, self.details, self):
            widget.hide()

    def show_message(self, text: str, details: str = "") -> None:
        """Show ``text`` (HTML); ``details``, plain text, only when the user asks."""
        self.label.setText(text)
        self.details.setPlainText(details)
        self.details_button.setVisible(bool(details))
        self.details_button.setChecked(False)  # the text is shown while it is checked
        self.show()

    def _show_details(self, shown: bool) -> None:
        self.details_button.setArrowType(Qt.DownArrow if shown else Qt.RightArrow)
        self.details.setVisible(shown)
