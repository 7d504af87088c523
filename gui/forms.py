"""Forms generated from the catalog's Param lists: one widget kind per Param kind.

A form never validates ranges itself: whatever number the user types goes into the
spec, and the spec's validation says what is wrong, inline and in Train's tooltip. So
the rules live in one place (core) and an invalid value is visible, not silently
clamped by a spin box.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from core.model import lessons
from core.model.catalog import Param
from core.model.catalog.params import PATH_KINDS
from core.model.spec import Pick, default_pick, field_label
from gui import i18n
from gui.i18n import translate

INVALID_STYLE = "border: 1px solid #d93025; background: #fdecea;"


TEXT_KINDS = ("text", *PATH_KINDS)
FILTERS = {  # the file dialog's title and filters (marked: translated when shown)
    "file": (
        QT_TRANSLATE_NOOP("forms", "Choose a data file"),
        QT_TRANSLATE_NOOP("forms", "Data files (*.csv *.tsv *.txt *.npz);;All files (*)"),
    ),
    "model": (
        QT_TRANSLATE_NOOP("forms", "Choose a Keras model"),
        QT_TRANSLATE_NOOP("forms", "Keras models (*.keras);;All files (*)"),
    ),
}


def _format_number(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, tuple):
        return ", ".join(value)
    return str(value)


def split_names(text: str) -> tuple[str, ...]:
    """Comma-separated names (of columns, of layers), as typed."""
    return tuple(name.strip() for name in text.split(",") if name.strip())


class PathEdit(QWidget):
    """A file or folder path: typed, or picked with Browse…"""

    committed = Signal(object)

    def __init__(self, param: Param, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.param = param
        self.line = NumberEdit(param)
        if param.kind == "folder":
            self.line.setPlaceholderText(translate("forms", "choose a folder…"))
        else:
            self.line.setPlaceholderText(translate("forms", "choose a file…"))
        self.line.committed.connect(self.committed)
        self.browse = QPushButton(translate("forms", "Browse…"))
        self.browse.setToolTip(param.help)
        self.browse.clicked.connect(self._browse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.browse)

    def show_value(self, value: Any) -> None:
        self.line.show_value(value)

    def set_problem(self, message: str | None) -> None:
        self.line.set_problem(message)

    def _browse(self) -> None:
        start = self.line.text()
        if self.param.kind == "folder":
            title = translate("forms", "Choose an image folder")
            chosen = QFileDialog.getExistingDirectory(self, title, start)
        else:
            title, kinds = FILTERS[self.param.kind]
            chosen, _ = QFileDialog.getOpenFileName(
                self, translate("forms", title), start, translate("forms", kinds)
            )
        if chosen:
            self.line.show_value(chosen)
            self.committed.emit(chosen)


def parse_number(text: str, kind: str) -> int | float | None:
    """The number typed, or None when it is not one (ints must be whole)."""
    text = text.strip()
    try:
        value = float(text)
    except ValueError:
        return None
    if kind == "int":
        return int(value) if value.is_integer() else None
    return value


class NumberEdit(QLineEdit):
    """A number (or text) field that reports what was typed when editing finishes."""

    committed = Signal(object)

    def __init__(self, param: Param, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.param = param
        self.setToolTip(param.help)
        if param.default in ("", ()):
            self.setPlaceholderText(param.help)  # what an empty field means
        self.editingFinished.connect(self._commit)
        self._shown = ""

    def show_value(self, value: Any) -> None:
        self._shown = _format_number(value)
        self.setText(self._shown)

    def _commit(self) -> None:
        if self.text() == self._shown:
            return
        if self.param.kind in TEXT_KINDS:
            self._shown = self.text()
            self.committed.emit(self.text())
            return
        if self.param.kind == "names":
            self._shown = self.text()
            self.committed.emit(split_names(self.text()))
            return
        value = parse_number(self.text(), self.param.kind)
        if value is None:
            if self.param.kind == "int":
                message = translate("forms", "{field}: must be a whole number, got {text}")
            else:
                message = translate("forms", "{field}: must be a number, got {text}")
            self.set_problem(message.format(field=field_label(self.param), text=repr(self.text())))
            return
        self._shown = self.text()
        self.committed.emit(value)

    def set_problem(self, message: str | None) -> None:
        style = INVALID_STYLE if message else ""
        if self.styleSheet() != style:  # re-styling is slow: only when it changes
            self.setStyleSheet(style)
        self.setToolTip(message or self.param.help)


class ChoiceBox(QComboBox):
    """A menu of catalog choices, each with its lesson as the item tooltip."""

    def __init__(self, param: Param, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.param = param
        self.more = lessons.more(param.name, i18n.language())
        for key, choice in (param.options or {}).items():
            self.addItem(choice.label, key)
            self.setItemData(self.count() - 1, self._tip(choice.lesson), Qt.ToolTipRole)

    def _tip(self, lesson: str) -> str:
        return f"{lesson}\n\n{self.more}" if self.more else lesson

    def key(self) -> str:
        return self.currentData()

    def show_key(self, key: str) -> None:
        self.setCurrentIndex(self.findData(key))
        self.setToolTip(self._tip((self.param.options or {})[key].lesson))


class ParamForm(QWidget):
    """Edits one group of values (a layer, the output head, ...); emits each change."""

    changed = Signal(str, object)  # field name, new value (a Pick for choices)

    def __init__(self, params: tuple[Param, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.params = {p.name: p for p in params}
        self.values: dict[str, Any] = {}
        self.editors: dict[str, QWidget] = {}
        self.sub_forms: dict[str, ParamForm] = {}
        self.layout_ = QFormLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        for param in params:
            self._add_row(param)
        self.problem_label = QLabel(wordWrap=True)
        self.problem_label.setStyleSheet("color: #b3261e;")
        self.layout_.addRow(self.problem_label)
        self.problem_label.hide()

    def _add_row(self, param: Param) -> None:
        if param.kind == "choice":
            box = ChoiceBox(param)
            box.setProperty("lesson", lessons.FOR_FIELD.get(param.name, ""))
            box.activated.connect(lambda _=0, p=param, b=box: self._choice_picked(p, b))
            sub = ParamForm(())
            self.sub_forms[param.name] = sub
            self.editors[param.name] = box
            self.layout_.addRow(field_label(param), box)
            self.layout_.addRow(sub)
            return
        if param.kind == "bool":
            editor: QWidget = QCheckBox()
            editor.setToolTip(param.help)
            editor.toggled.connect(lambda on, p=param: self.changed.emit(p.name, on))
        else:
            editor = PathEdit(param) if param.kind in PATH_KINDS else NumberEdit(param)
            editor.committed.connect(lambda v, p=param: self.changed.emit(p.name, v))
        self.editors[param.name] = editor
        editor.setProperty("lesson", lessons.FOR_FIELD.get(param.name, ""))
        label = QLabel(field_label(param))
        more = lessons.more(param.name, i18n.language())
        label.setToolTip(f"{param.help}\n\n{more}" if more else param.help)
        self.layout_.addRow(label, editor)

    def _choice_picked(self, param: Param, box: ChoiceBox) -> None:
        key = box.key()
        if key == self.values[param.name].name:
            return
        self.changed.emit(param.name, default_pick((param.options or {})[key]))

    def _sub_changed(self, name: str, sub_name: str, value: Any) -> None:
        pick: Pick = self.values[name]
        self.changed.emit(name, Pick(pick.name, {**pick.params, sub_name: value}))

    def set_values(self, values: Mapping[str, Any]) -> None:
        """Show these values without emitting anything."""
        self.values = dict(values)
        for name, value in values.items():
            editor = self.editors.get(name)
            if isinstance(editor, ChoiceBox):
                editor.show_key(value.name)
                self._show_sub_form(name, value)
            elif isinstance(editor, QCheckBox):
                editor.blockSignals(True)
                editor.setChecked(bool(value))
                editor.blockSignals(False)
            elif isinstance(editor, NumberEdit | PathEdit):
                editor.show_value(value)

    def _show_sub_form(self, name: str, pick: Pick) -> None:
        choice = (self.params[name].options or {})[pick.name]
        sub = self.sub_forms[name]
        if tuple(sub.params.values()) != choice.params:
            index = self.layout_.getWidgetPosition(sub)[0]
            self.layout_.removeRow(index)
            sub = ParamForm(choice.params)
            sub.setContentsMargins(16, 0, 0, 0)
            sub.changed.connect(lambda sub_name, v, n=name: self._sub_changed(n, sub_name, v))
            self.sub_forms[name] = sub
            self.layout_.insertRow(index, sub)
        sub.set_values(pick.params)
        sub.setVisible(bool(choice.params))

    def _label(self, name: str) -> str:
        """A field's name as the form shows it."""
        return field_label(self.params[name]) if name in self.params else name

    def show_problems(self, problems: Mapping[str, str]) -> None:
        """Mark the fields named in ``problems`` ({"units": "must be ..."}, sub-fields
        as "activation.alpha") and list the messages under the form."""
        for name, editor in self.editors.items():
            if isinstance(editor, NumberEdit | PathEdit):
                editor.set_problem(problems.get(name))
        for name, sub in self.sub_forms.items():
            prefix = f"{name}."
            sub.show_problems(
                {k[len(prefix) :]: v for k, v in problems.items() if k.startswith(prefix)}
            )
        own = [f"{self._label(k)}: {v}" for k, v in problems.items() if "." not in k]
        self.problem_label.setText("\n".join(own))
        self.problem_label.setVisible(bool(own))
