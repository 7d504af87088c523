"""File > Export Trained Model…: which format, where, and how the check went, in words.

The dialog only asks; the engine writes the file and reloads it in the format's own
runtime (core/engine/export.py), so the window never loads TensorFlow.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.model.exports import FORMAT, FORMATS, QUANTIZATIONS, Format, quantization_label
from gui import settings
from gui.i18n import translate

FOLDER_KEY = "export/folder"  # the folder the last export went to
STEM = "model"


def last_folder() -> Path:
    """Where the last export went (between sessions), else the home folder."""
    value = settings.store().value(FOLDER_KEY, "")
    return Path(value) if value and Path(value).is_dir() else Path.home()


def remember_folder(target: Path) -> None:
    settings.store().setValue(FOLDER_KEY, str(Path(target).parent))


class ExportDialog(QDialog):
    """Format, LiteRT's quantization and the target; kept between exports of a session,
    so a second export starts from the first one's choices."""

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("export_dialog", "Export Trained Model"))
        self.format_box = QComboBox()
        for kind in FORMATS:
            self.format_box.addItem(kind.shown_label(), kind.key)
        self.explanation = QLabel(wordWrap=True)
        self.quantization_box = QComboBox()
        for key, _label, _ in QUANTIZATIONS:
            self.quantization_box.addItem(quantization_label(key), key)
        self.quantization_box.setToolTip(
            translate(
                "export_dialog",
                "Smaller files whose outputs move a little; the export is checked either way",
            )
        )
        self.target_edit = QLineEdit(str(folder / f"{STEM}.keras"))
        self.browse_button = QPushButton(translate("export_dialog", "Browse…"))
        self.browse_button.clicked.connect(self.browse)
        where = QHBoxLayout()
        where.addWidget(self.target_edit, 1)
        where.addWidget(self.browse_button)
        self.form = QFormLayout()
        self.form.addRow(translate("export_dialog", "&Format:"), self.format_box)
        self.form.addRow("", self.explanation)
        self.form.addRow(translate("export_dialog", "&Quantization:"), self.quantization_box)
        target_label = QLabel(translate("export_dialog", "&Save to:"))
        target_label.setBuddy(self.target_edit)  # a label made for a layout has none
        self.form.addRow(target_label, where)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Ok).setText(translate("export_dialog", "Export"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.format_box.currentIndexChanged.connect(self._format_changed)
        self.target_edit.textChanged.connect(self._target_changed)
        self._format_changed()
        self.setMinimumWidth(620)

    @property
    def format(self) -> str:
        return self.format_box.currentData()

    @property
    def quantization(self) -> str:
        return self.quantization_box.currentData() if self.format == "tflite" else "none"

    @property
    def target(self) -> Path:
        return Path(self.target_edit.text().strip()).expanduser()

    def set_format(self, key: str) -> None:
        self.format_box.setCurrentIndex(self.format_box.findData(key))

    def set_quantization(self, key: str) -> None:
        self.quantization_box.setCurrentIndex(self.quantization_box.findData(key))

    def _format_changed(self) -> None:
        kind = FORMAT[self.format]
        self.explanation.setText(kind.shown_explanation())
        self.form.setRowVisible(self.quantization_box, kind.key == "tflite")
        text = self.target_edit.text().strip()
        if text:  # the same name with this format's suffix
            self.target_edit.setText(str(_without_suffix(Path(text))) + kind.suffix)

    def _target_changed(self, text: str) -> None:
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(bool(text.strip()))

    def browse(self) -> None:
        chosen = self.ask_path(FORMAT[self.format], self.target)
        if chosen:
            self.target_edit.setText(chosen)

    def ask_path(self, kind: Format, current: Path) -> str:
        """The file (or, for a SavedModel, the folder) to export to; "" when cancelled."""
        if not kind.suffix:
            return QFileDialog.getExistingDirectory(
                self, translate("export_dialog", "Export to folder"), str(current.parent)
            )
        name, _ = QFileDialog.getSaveFileName(
            self,
            translate("export_dialog", "Export trained model"),
            str(current),
            f"{kind.shown_label()} (*{kind.suffix})",
        )
        return name if not name or name.endswith(kind.suffix) else name + kind.suffix


def _without_suffix(path: Path) -> Path:
    """``path`` without a format's suffix (a name the user gave keeps its own dots)."""
    suffixes = {kind.suffix for kind in FORMATS if kind.suffix}
    return path.with_suffix("") if path.suffix in suffixes else path
