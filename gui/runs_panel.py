"""The Runs tab: every run in the store, newest first, to reopen, compare, rename, tag,
delete, train again or take its experiment from."""

from __future__ import annotations

import math
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from core.model import run_files
from core.model.run_files import RunSummary
from gui.i18n import translate

COLUMNS = (  # shown through translate("runs_panel", name); compared untranslated
    QT_TRANSLATE_NOOP("runs_panel", "Run"),
    QT_TRANSLATE_NOOP("runs_panel", "Sweep"),
    QT_TRANSLATE_NOOP("runs_panel", "When"),
    QT_TRANSLATE_NOOP("runs_panel", "Status"),
    QT_TRANSLATE_NOOP("runs_panel", "Dataset"),
    QT_TRANSLATE_NOOP("runs_panel", "Epochs"),
    QT_TRANSLATE_NOOP("runs_panel", "Val. loss"),
    QT_TRANSLATE_NOOP("runs_panel", "Val. acc."),
    QT_TRANSLATE_NOOP("runs_panel", "Test acc."),
    QT_TRANSLATE_NOOP("runs_panel", "Tags"),
)
STATES = (  # a stored run's state as shown: state_text(state)
    QT_TRANSLATE_NOOP("runs_panel", "running"),
    QT_TRANSLATE_NOOP("runs_panel", "finished"),
    QT_TRANSLATE_NOOP("runs_panel", "stopped"),
    QT_TRANSLATE_NOOP("runs_panel", "failed"),
    QT_TRANSLATE_NOOP("runs_panel", "interrupted"),
    QT_TRANSLATE_NOOP("runs_panel", "cancelled"),
)
STATE_COLOURS = {
    "failed": "#b3261e",
    "interrupted": "#b06000",
    "running": "#1a73e8",
    "cancelled": "#777777",
}


def state_text(state: str) -> str:
    """A run's state (an identifier in its files) in the window's language."""
    return translate("runs_panel", state) if state in STATES else state


def _number(value: float | None, percent: bool = False) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return f"{value:.1%}" if percent else f"{value:.4f}"


class _Sorted(QTableWidgetItem):
    """A cell that sorts by a value of its own (a number, a time), not by its text."""

    def __init__(self, text: str, key: object) -> None:
        super().__init__(text)
        self.key = key

    def __lt__(self, other: QTableWidgetItem) -> bool:
        if isinstance(other, _Sorted):
            return self.key < other.key
        return super().__lt__(other)


class RunsPanel(QWidget):
    openRequested = Signal(object)  # RunSummary: show it in the views
    compareRequested = Signal(list)  # list[RunSummary]: two or more
    experimentRequested = Signal(object)  # RunSummary: its experiment in the editor
    runAgainRequested = Signal(object)  # RunSummary: train its experiment again
    exportRequested = Signal(object)  # RunSummary: its trained model, in a format
    reportRequested = Signal(list)  # list[RunSummary]: their lab report
    renameRequested = Signal(object)
    tagRequested = Signal(object)
    deleteRequested = Signal(list)
    foldersChanged = Signal(list)  # list[Path]: the folders listed beside the store

    def __init__(
        self, root: Path, folders: list[Path] | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.root = root
        self.folders: list[Path] = list(folders or [])  # listed beside the store
        self.runs: list[RunSummary] = []
        self.filter_edit = QLineEdit(
            placeholderText=translate("runs_panel", "Filter by name, dataset, status or tag")
        )
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._filter)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([translate("runs_panel", name) for name in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COLUMNS.index("When"), Qt.DescendingOrder)  # newest first
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemDoubleClicked.connect(lambda _: self._open())
        self.count_label = QLabel()
        self.buttons = {
            "open": self._button(
                translate("runs_panel", "Open"),
                translate("runs_panel", "Show the run in the views: curves, histograms, confusion"),
                self._open,
            ),
            "compare": self._button(
                translate("runs_panel", "Compare"),
                translate("runs_panel", "Overlay the selected runs' curves and list what differs"),
                self._compare,
            ),
            "experiment": self._button(
                translate("runs_panel", "Open Experiment"),
                translate("runs_panel", "Put the run's experiment in the editor, as a new file"),
                self._experiment,
            ),
            "again": self._button(
                translate("runs_panel", "Run Again"),
                translate("runs_panel", "Train the run's experiment again"),
                self._again,
            ),
            "export": self._button(
                translate("runs_panel", "Export…"),
                translate(
                    "runs_panel",
                    "Export the run's trained model (Keras, SavedModel, ONNX, LiteRT, script)",
                ),
                lambda: self.exportRequested.emit(self.selected()[0]),
            ),
            "report": self._button(
                translate("runs_panel", "Report…"),
                translate(
                    "runs_panel",
                    "A lab report of the selected runs: one HTML page (or PDF) to hand in",
                ),
                lambda: self.reportRequested.emit(self.selected()),
            ),
            "rename": self._button(
                translate("runs_panel", "Rename…"),
                translate("runs_panel", "Give the run a name of its own"),
                self._rename,
            ),
            "tag": self._button(
                translate("runs_panel", "Tags…"),
                translate("runs_panel", "Label the run, to filter by"),
                self._tag,
            ),
            "delete": self._button(
                translate("runs_panel", "Delete…"),
                translate("runs_panel", "Delete the selected runs' folders (asked first)"),
                self._delete,
            ),
        }
        refresh = self._button(
            translate("runs_panel", "Refresh"),
            translate("runs_panel", "Read the run store again"),
            self.refresh,
        )
        self.folders_button = QToolButton(text=translate("runs_panel", "Folders"))
        self.folders_button.setToolTip(
            translate(
                "runs_panel",
                "List the runs of other folders too (a CLI sweep's --out), or stop listing them",
            )
        )
        self.folders_button.setPopupMode(QToolButton.InstantPopup)
        self.folders_button.setMenu(QMenu(self.folders_button))
        self.folders_button.menu().aboutToShow.connect(self._folders_menu)
        first, second = QHBoxLayout(), QHBoxLayout()
        for key in ("open", "compare", "experiment", "again"):
            first.addWidget(self.buttons[key])
        for key in ("export", "report", "rename", "tag", "delete"):
            second.addWidget(self.buttons[key])
        second.addStretch(1)
        second.addWidget(self.folders_button)
        second.addWidget(refresh)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        layout.addLayout(first)
        layout.addLayout(second)
        self.refresh()

    def _button(self, text: str, tip: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tip)
        button.clicked.connect(slot)
        return button

    # ---- the list -----------------------------------------------------------------
    def refresh(self) -> None:
        """Read the store again, keeping the selection where the runs still exist."""
        chosen = {run.folder for run in self.selected()}
        self.runs = run_files.list_runs(self.root, *self.folders)
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(self.runs))
        for row, run in enumerate(self.runs):
            for column, item in enumerate(self._cells(run, row)):
                self.table.setItem(row, column, item)
        self.table.setSortingEnabled(True)
        self.select(list(chosen))
        self._filter(self.filter_edit.text())
        self._selection_changed()

    def _cells(self, run: RunSummary, index: int) -> list[QTableWidgetItem]:
        final, test = run.final, run.test
        accuracy = final.get("val_accuracy")
        cells = [
            _Sorted(run.title, run.title.lower()),
            QTableWidgetItem(run.sweep),
            _Sorted(run.started[:16].replace("T", " "), run.started),
            QTableWidgetItem(state_text(run.state)),
            QTableWidgetItem(run.dataset),
            _Sorted(str(run.epochs_done), run.epochs_done),
            _Sorted(_number(final.get("val_loss")), final.get("val_loss", math.inf)),
            _Sorted(_number(accuracy, True), accuracy if accuracy is not None else -1.0),
            _Sorted(_number(test.get("test_accuracy"), True), test.get("test_accuracy", -1.0)),
            QTableWidgetItem(", ".join(run.tags)),
        ]
        cells[0].setData(Qt.UserRole, index)
        tip = f"{run.folder}\n{run.reason}".strip() + (f"\n{run.problem}" if run.problem else "")
        for cell in cells:
            cell.setToolTip(tip)
        colour = STATE_COLOURS.get(run.state)
        if colour:
            cells[COLUMNS.index("Status")].setForeground(QBrush(QColor(colour)))
        return cells

    def _run_at(self, row: int) -> RunSummary:
        return self.runs[self.table.item(row, 0).data(Qt.UserRole)]

    def selected(self) -> list[RunSummary]:
        """The selected runs the filter shows (a range selection also covers hidden rows)."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self._run_at(row) for row in rows if not self.table.isRowHidden(row)]

    def select(self, folders: list[Path]) -> None:
        self.table.clearSelection()
        mode = self.table.selectionMode()
        self.table.setSelectionMode(QAbstractItemView.MultiSelection)
        for row in range(self.table.rowCount()):
            if self._run_at(row).folder in folders:
                self.table.selectRow(row)
        self.table.setSelectionMode(mode)

    def _filter(self, text: str) -> None:
        words = text.lower().split()
        shown = 0
        for row in range(self.table.rowCount()):
            run = self._run_at(row)
            shown_state = state_text(run.state)
            words_of_run = [run.title, run.sweep, run.dataset, run.state, shown_state, *run.tags]
            haystack = " ".join(words_of_run).lower()
            hidden = not all(word in haystack for word in words)
            self.table.setRowHidden(row, hidden)
            shown += not hidden
        total = len(self.runs)
        more = len(self.folders)
        if more == 0:
            where = str(self.root)
        elif more == 1:
            where = translate("runs_panel", "{root} and 1 more folder").format(root=self.root)
        else:
            where = translate("runs_panel", "{root} and {count} more folders").format(
                root=self.root, count=more
            )
        if shown == total:
            counted = translate("runs_panel", "{total} runs in {where}")
        else:
            counted = translate("runs_panel", "{shown} of {total} runs shown")
        self.count_label.setText(counted.format(shown=shown, total=total, where=where))
        self.count_label.setToolTip("\n".join(map(str, [self.root, *self.folders])))
        self._selection_changed()  # the buttons act on the shown selection only

    def _selection_changed(self) -> None:
        chosen = self.selected()
        one, readable = len(chosen) == 1, all(r.experiment is not None for r in chosen)
        self.buttons["open"].setEnabled(one)
        self.buttons["compare"].setEnabled(len(chosen) >= 2)
        self.buttons["experiment"].setEnabled(one and readable)
        self.buttons["again"].setEnabled(one and readable)
        self.buttons["export"].setEnabled(one and (chosen[0].folder / "model.keras").is_file())
        self.buttons["report"].setEnabled(bool(chosen))
        self.buttons["rename"].setEnabled(one)
        self.buttons["tag"].setEnabled(one)
        self.buttons["delete"].setEnabled(bool(chosen))

    # ---- other folders --------------------------------------------------------------
    def _folders_menu(self) -> None:
        menu = self.folders_button.menu()
        menu.clear()
        menu.addAction(translate("runs_panel", "Add Folder…"), self._choose_folder)
        if self.folders:
            menu.addSeparator()
        for folder in self.folders:
            menu.addAction(
                translate("runs_panel", "Stop Listing {folder}").format(folder=folder),
                lambda f=folder: self.remove_folder(f),
            )

    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self,
            translate("runs_panel", "List the runs in a folder (a sweep's --out, another store)"),
            str(self.root),
        )
        if chosen:
            self.add_folder(Path(chosen))

    def add_folder(self, folder: Path) -> None:
        """List ``folder``'s runs too (a run, a folder of runs or a sweep's --out)."""
        if folder.resolve() != self.root.resolve() and folder not in self.folders:
            self.folders.append(folder)
            self.foldersChanged.emit(self.folders)
        self.refresh()

    def remove_folder(self, folder: Path) -> None:
        self.folders = [f for f in self.folders if f != folder]
        self.foldersChanged.emit(self.folders)
        self.refresh()

    # ---- what the buttons ask -------------------------------------------------------
    def _open(self) -> None:
        chosen = self.selected()
        if len(chosen) == 1:
            self.openRequested.emit(chosen[0])

    def _compare(self) -> None:
        chosen = self.selected()
        if len(chosen) >= 2:
            self.compareRequested.emit(chosen)

    def _experiment(self) -> None:
        self.experimentRequested.emit(self.selected()[0])

    def _again(self) -> None:
        self.runAgainRequested.emit(self.selected()[0])

    def _rename(self) -> None:
        self.renameRequested.emit(self.selected()[0])

    def _tag(self) -> None:
        self.tagRequested.emit(self.selected()[0])

    def _delete(self) -> None:
        self.deleteRequested.emit(self.selected())
