"""The network editor: the layer table (drag to reorder) and the selected layer's form.

The editor never changes the experiment itself: every edit is proposed through
``edited`` as a whole new experiment, and the window turns it into an undoable command.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any, ClassVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QMimeData,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGroupBox,
    QHeaderView,
    QLabel,
    QMenu,
    QScrollArea,
    QSplitter,
    QTableView,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from core.model import catalog, shapes, spec
from core.model.machine import size_words
from core.model.plan import Plan
from core.model.spec import Experiment, Layer
from gui.forms import ParamForm
from gui.i18n import translate

ROW_MIME = "application/x-layerlab-layer-row"
PROBLEM_COLOUR = QColor("#b3261e")
RIGHT_ALIGNED = int(Qt.AlignRight | Qt.AlignVCenter)


def problems_by_row(experiment: Experiment, problems: list[spec.Problem]) -> dict[int, dict]:
    """Group problems by table row: {row: {field path within the row: message}}."""
    rows: dict[int, dict] = {}
    last = len(experiment.layers) + 1
    for problem in problems:
        path = problem.path
        if path.startswith("layers["):
            index, _, rest = path[len("layers[") :].partition("]")
            row, field = int(index) + 1, rest.lstrip(".")
        elif path.startswith("output"):
            row, field = last, path[len("output") :].lstrip(".")
        elif path.startswith("data"):
            row, field = 0, path[len("data") :].lstrip(".")
        else:
            continue
        rows.setdefault(row, {})[field] = problem.message
    return rows


class LayerTableModel(QAbstractTableModel):
    """Rows: Input, one per layer, Output. Layer rows can be dragged to a new place."""

    HEADERS = (
        "#",
        QT_TRANSLATE_NOOP("editor", "Layer"),
        QT_TRANSLATE_NOOP("editor", "Settings"),
        QT_TRANSLATE_NOOP("editor", "Output shape"),
        QT_TRANSLATE_NOOP("editor", "Parameters"),
    )
    moveRequested = Signal(int, int)  # layer index, index it should end up at

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.set_plan(Plan(Experiment()), [])

    def set_plan(self, plan: Plan, problems: list[spec.Problem]) -> None:
        """Compute every cell once here: views ask for them thousands of times.

        A field edit keeps the row count and only signals changed data; a full reset
        would make the whole window lay itself out and repaint again.
        """
        experiment = plan.experiment
        same_rows = len(experiment.layers) == len(getattr(self, "rows", ())) - 2
        if not same_rows:
            self.beginResetModel()
        self.plan, self.experiment = plan, experiment
        self.infos = plan.infos()
        self.problems = problems_by_row(experiment, problems)
        self.rows = [self._cells(r) for r in range(len(experiment.layers) + 2)]
        self.tooltips = [self._tooltip(r) for r in range(len(self.rows))]
        if same_rows:
            last = self.index(len(self.rows) - 1, len(self.HEADERS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)
        else:
            self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 (Qt's API)
        return 0 if parent.isValid() else len(self.experiment.layers) + 2

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return translate("editor", self.HEADERS[section])
        return None

    def is_layer_row(self, row: int) -> bool:
        return 1 <= row <= len(self.experiment.layers)

    def _cells(self, row: int) -> tuple[str, str, str, str, str]:
        if row in self.problems:
            problem = "⚠ " + next(iter(self.problems[row].values()))
            return (*self._plain_cells(row)[:2], problem, "?", "")
        return self._plain_cells(row)

    def _plain_cells(self, row: int) -> tuple[str, str, str, str, str]:
        if row == 0:
            dataset = self.plan.dataset()
            pre = catalog.PREPROCESSING[self.experiment.data.preprocessing.name].label
            return (
                "",
                translate("editor", "Input"),
                f"{dataset.label}, {pre}",
                shapes.describe(self.plan.feature_shape()),
                "",
            )
        info = self.infos[row - 1]
        if info.index < 0:
            label = translate("editor", "Output")
        else:
            label = catalog.LAYER_KINDS[info.kind].label
        number = "" if info.index < 0 else str(info.index + 1)
        params = f"{info.params:,}" if info.output_shape else ""
        if info.frozen and info.output_shape:
            params = translate("editor", "{params} ({frozen} frozen)").format(
                params=params, frozen=f"{info.frozen:,}"
            )
        return number, label, info.summary, shapes.describe(info.output_shape), params

    def _tooltip(self, row: int) -> str:
        messages = self.problems.get(row)
        if messages:
            return "\n".join(f"{k}: {v}" if k else v for k, v in messages.items())
        if row == 0:
            return self.plan.dataset().lesson
        info = self.infos[row - 1]
        if info.index < 0:
            return translate(
                "editor", "The output layer follows the task (softmax with one unit per class)."
            )
        return catalog.LAYER_KINDS[info.kind].lesson

    def data(self, index: QModelIndex, role=Qt.DisplayRole) -> Any:
        """Views call this thousands of times per edit: one dict lookup per call."""
        getter = self._getters.get(role)
        return None if getter is None else getter(self, index.row(), index.column())

    _getters: ClassVar[dict] = {
        Qt.DisplayRole: lambda self, row, column: self.rows[row][column],
        Qt.ToolTipRole: lambda self, row, column: self.tooltips[row],
        Qt.ForegroundRole: lambda self, row, column: (
            QBrush(PROBLEM_COLOUR) if row in self.problems else None
        ),
        Qt.TextAlignmentRole: lambda self, row, column: RIGHT_ALIGNED if column in (0, 4) else None,
    }

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        base = Qt.ItemIsEnabled | Qt.ItemIsSelectable | Qt.ItemIsDropEnabled
        if index.isValid() and self.is_layer_row(index.row()):
            return base | Qt.ItemIsDragEnabled
        return base

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.MoveAction

    def mimeTypes(self) -> list[str]:
        return [ROW_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        mime = QMimeData()
        mime.setData(ROW_MIME, str(indexes[0].row()).encode())
        return mime

    def dropMimeData(self, mime, action, row, column, parent) -> bool:
        """Propose the move and return False: the window's command makes it, so the
        view never removes a row on its own."""
        if not mime.hasFormat(ROW_MIME):
            return False
        source = int(bytes(mime.data(ROW_MIME)).decode())
        target_row = row if row >= 0 else (parent.row() if parent.isValid() else self.rowCount())
        count = len(self.experiment.layers)
        # Dropping before table row r puts the layer at index r - 1 (row 0 is Input).
        target = min(max(target_row - 1, 0), count)
        source_index = source - 1
        if target > source_index:
            target -= 1
        if self.is_layer_row(source) and target != source_index:
            self.moveRequested.emit(source_index, target)
        return False


class NetworkEditor(QWidget):
    """Layer table, layer tools and the selected row's form."""

    edited = Signal(object, str)  # the new Experiment, a description for the undo menu

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.experiment = Experiment()
        self.problems: list[spec.Problem] = []
        self.model = LayerTableModel(self)
        self.model.moveRequested.connect(self.move_layer)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setDragEnabled(True)
        self.table.setAcceptDrops(True)
        self.table.setDropIndicatorShown(True)
        self.table.setDragDropMode(QAbstractItemView.DragDrop)
        self.table.setDefaultDropAction(Qt.MoveAction)
        self.table.setDragDropOverwriteMode(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setSectionResizeMode(2, QHeaderView.Stretch)
        # Fit the columns when rows come or go, not on every edit (that reads every cell).
        self.model.modelReset.connect(self.table.resizeColumnsToContents)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_form())

        self.total_label = QLabel()
        self.form_box = QGroupBox(translate("editor", "Layer"))
        self.form_layout = QVBoxLayout(self.form_box)
        self.form_layout.addStretch(1)
        self.form: ParamForm | None = None
        self.form_row = -1
        self._build_tools()

        scroll = QScrollArea(widgetResizable=True, frameShape=QFrame.NoFrame)
        scroll.setWidget(self.form_box)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.table, 1)
        top_layout.addWidget(self.total_label)
        split = QSplitter(Qt.Vertical, childrenCollapsible=False)
        split.addWidget(top)
        split.addWidget(scroll)
        split.setSizes([330, 370])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tools)
        layout.addWidget(split, 1)

    def _build_tools(self) -> None:
        self.tools = QToolBar(translate("editor", "Layers"))
        self.add_menu = QMenu(translate("editor", "Add layer"), self)
        self.add_actions: dict[str, QAction] = {}
        for kind, choice in catalog.LAYER_KINDS.items():
            action = self.add_menu.addAction(choice.label)
            action.setToolTip(choice.lesson)
            action.triggered.connect(lambda _=False, k=kind: self.add_layer(k))
            self.add_actions[kind] = action
        self.add_menu.setToolTipsVisible(True)
        add_button = QToolButton(
            text=translate("editor", "Add layer ▾"), popupMode=QToolButton.InstantPopup
        )
        add_button.setMenu(self.add_menu)
        add_button.setToolTip(translate("editor", "Insert a layer after the selected one (Insert)"))
        self.tools.addWidget(add_button)

        def tool(text: str, slot, shortcut, tip: str) -> QAction:
            action = QAction(text, self)
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.WidgetWithChildrenShortcut)
            action.setToolTip(f"{tip} ({QKeySequence(shortcut).toString()})")
            action.triggered.connect(slot)
            self.tools.addAction(action)
            self.table.addAction(action)
            return action

        self.duplicate_action = tool(
            translate("editor", "Duplicate"),
            self.duplicate_selected,
            "Ctrl+D",
            translate("editor", "Duplicate"),
        )
        self.delete_action = tool(
            translate("editor", "Delete"),
            self.delete_selected,
            "Delete",
            translate("editor", "Delete the layer"),
        )
        self.up_action = tool(
            translate("editor", "Move up"),
            lambda: self.move_selected(-1),
            "Ctrl+Up",
            translate("editor", "Move up"),
        )
        self.down_action = tool(
            translate("editor", "Move down"),
            lambda: self.move_selected(1),
            "Ctrl+Down",
            translate("editor", "Move down"),
        )
        insert = QAction(self)
        insert.setShortcut(QKeySequence("Insert"))
        insert.setShortcutContext(Qt.WidgetWithChildrenShortcut)
        insert.triggered.connect(
            lambda: self.add_menu.popup(self.mapToGlobal(self.rect().center()))
        )
        self.table.addAction(insert)

    # ---- showing ------------------------------------------------------------------
    def set_plan(self, plan: Plan, problems: list[spec.Problem]) -> None:
        row = self.selected_row()
        self.experiment, self.problems = plan.experiment, problems
        self.model.set_plan(plan, problems)
        if all(info.output_shape for info in self.model.infos):
            total = shapes.total_params(self.model.infos)
            frozen = shapes.frozen_params(self.model.infos)
            needed = size_words(plan.memory_needed(self.model.infos))
            if frozen:
                text = translate(
                    "editor",
                    "Total parameters: {total} ({train} train, {frozen} frozen) · "
                    "training needs ~{needed}",
                ).format(
                    train=f"{total - frozen:,}",
                    frozen=f"{frozen:,}",
                    total=f"{total:,}",
                    needed=needed,
                )
            else:
                text = translate(
                    "editor", "Total parameters: {total} · training needs ~{needed}"
                ).format(total=f"{total:,}", needed=needed)
            self.total_label.setText(text)
            self.total_label.setToolTip(
                translate(
                    "editor",
                    "Estimated memory for training: weights, their gradients and the optimizer's "
                    "state, one batch's activations, and the data. A network that needs more "
                    "than the machine has free cannot be trained.",
                )
            )
        else:
            self.total_label.setText(
                translate("editor", "Total parameters: unknown until the problems are fixed")
            )
        self.select_row(min(max(row, 0), self.model.rowCount() - 1))
        self._show_form()

    def selected_row(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    def selected_layer(self) -> int | None:
        row = self.selected_row()
        return row - 1 if self.model.is_layer_row(row) else None

    def select_row(self, row: int) -> None:
        self.table.setCurrentIndex(self.model.index(row, 0))

    def _row_fields(self, row: int) -> tuple[str, tuple, dict[str, Any]]:
        """(title, fields, values) of what a table row edits."""
        last = self.model.rowCount() - 1
        if row == 0:
            values = {f.name: getattr(self.experiment.data, f.name) for f in spec.DATA_FIELDS}
            return (
                translate(
                    "editor", "Input data (your own files, columns, augmentation: the Data tab)"
                ),
                (spec.DATA_FIELDS),
                values,
            )
        if row == last:
            head = self.experiment.output
            values = {f.name: getattr(head, f.name) for f in spec.OUTPUT_FIELDS}
            title = translate("editor", "Output layer (follows the task unless overridden)")
            return title, spec.OUTPUT_FIELDS, values
        layer = self.experiment.layers[row - 1]
        choice = catalog.LAYER_KINDS[layer.kind]
        title = translate("editor", "Layer {number}: {kind}").format(number=row, kind=choice.label)
        return title, choice.params, dict(layer.params)

    def _show_form(self) -> None:
        row = self.selected_row()
        has_layer = self.model.is_layer_row(row)
        for action in (self.duplicate_action, self.delete_action):
            action.setEnabled(has_layer)
        self.up_action.setEnabled(has_layer and row > 1)
        self.down_action.setEnabled(has_layer and row < len(self.experiment.layers))
        if row < 0:
            return
        title, fields, values = self._row_fields(row)
        self.form_box.setTitle(title)
        if self.form is None or self.form_row != row or tuple(self.form.params.values()) != fields:
            if self.form is not None:
                self.form_layout.removeWidget(self.form)
                self.form.hide()
                self.form.deleteLater()
            self.form = ParamForm(fields)
            self.form.changed.connect(self._field_changed)
            self.form_layout.insertWidget(0, self.form)
            self.form_row = row
        self.form.set_values(values)
        self.form.show_problems(self.model.problems.get(row, {}))
        if not fields:
            self.form_box.setTitle(
                translate("editor", "{title} (nothing to set)").format(title=title)
            )

    # ---- editing ------------------------------------------------------------------
    def _propose(self, experiment: Experiment, text: str) -> None:
        self.edited.emit(experiment, text)

    def _field_changed(self, name: str, value: Any) -> None:
        row = self.form_row
        exp = self.experiment
        if row == 0:
            new = replace(exp, data=replace(exp.data, **{name: value}))
            self._propose(new, translate("editor", "Set input {name}").format(name=name))
        elif row == self.model.rowCount() - 1:
            new = replace(exp, output=replace(exp.output, **{name: value}))
            self._propose(new, translate("editor", "Set output {name}").format(name=name))
        else:
            index = row - 1
            old = exp.layers[index]
            layers = list(exp.layers)
            layers[index] = Layer(old.kind, {**old.params, name: value})
            text = translate("editor", "Set layer {number} {name}").format(number=row, name=name)
            self._propose(exp.with_layers(tuple(layers)), text)

    def _change_layers(self, layers: list[Layer], text: str, select: int) -> None:
        """Propose a new layer list as one undoable edit, then select layer ``select``."""
        self._propose(self.experiment.with_layers(tuple(layers)), text)
        self.select_row(min(select, len(layers) - 1) + 1 if layers else 0)
        self._show_form()

    def add_layer(self, kind: str) -> None:
        """Insert after the selected layer (first when Input, last when Output is selected)."""
        selected = self.selected_layer()
        at = len(self.experiment.layers) if selected is None else selected + 1
        if self.selected_row() == 0:
            at = 0
        layers = list(self.experiment.layers)
        layers.insert(at, spec.default_layer(kind))
        text = translate("editor", "Add {kind}").format(kind=catalog.LAYER_KINDS[kind].label)
        self._change_layers(layers, text, at)

    def duplicate_selected(self) -> None:
        index = self.selected_layer()
        if index is not None:
            layers = list(self.experiment.layers)
            layers.insert(index + 1, layers[index])
            text = translate("editor", "Duplicate layer {number}").format(number=index + 1)
            self._change_layers(layers, text, index + 1)

    def delete_selected(self) -> None:
        index = self.selected_layer()
        if index is not None:
            layers = list(self.experiment.layers)
            removed = layers.pop(index)
            # Select the layer that took its place, else the new last one.
            kind = catalog.LAYER_KINDS[removed.kind].label
            text = translate("editor", "Delete {kind}").format(kind=kind)
            self._change_layers(layers, text, index)

    def move_selected(self, step: int) -> None:
        index = self.selected_layer()
        if index is not None:
            self.move_layer(index, index + step)

    def move_layer(self, index: int, target: int) -> None:
        layers = list(self.experiment.layers)
        if not (0 <= index < len(layers) and 0 <= target < len(layers)) or index == target:
            return
        layers.insert(target, layers.pop(index))
        text = translate("editor", "Move layer {number}").format(number=index + 1)
        self._change_layers(layers, text, target)
