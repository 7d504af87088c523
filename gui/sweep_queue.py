"""The sweep's queue, at the top of the Runs tab while a sweep runs: each trial with its
state and final validation loss; cancel one trial, or all that are left."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from gui.i18n import translate
from gui.runs_panel import STATE_COLOURS
from gui.sweep_runner import SweepRunner

COLUMNS = (  # shown through translate("sweep_queue", name)
    "#",
    QT_TRANSLATE_NOOP("sweep_queue", "Run"),
    QT_TRANSLATE_NOOP("sweep_queue", "State"),
    QT_TRANSLATE_NOOP("sweep_queue", "Val. loss"),
)
STATES = (  # a trial's state as the queue shows it: translate("sweep_queue", state)
    QT_TRANSLATE_NOOP("sweep_queue", "queued"),
    QT_TRANSLATE_NOOP("sweep_queue", "running"),
    QT_TRANSLATE_NOOP("sweep_queue", "cancelled"),
    QT_TRANSLATE_NOOP("sweep_queue", "finished"),
    QT_TRANSLATE_NOOP("sweep_queue", "stopped"),
    QT_TRANSLATE_NOOP("sweep_queue", "failed"),
    QT_TRANSLATE_NOOP("sweep_queue", "interrupted"),
)
ROWS_SHOWN = 6


class SweepQueue(QGroupBox):
    def __init__(self, runner: SweepRunner) -> None:
        super().__init__(translate("sweep_queue", "Sweep"))
        self.runner = runner
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([translate("sweep_queue", name) for name in COLUMNS])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.Stretch)
        rows_high = self.table.verticalHeader().defaultSectionSize() * ROWS_SHOWN
        self.table.setMaximumHeight(rows_high + header.sizeHint().height() + 4)
        self.table.itemSelectionChanged.connect(self._enable)
        self.progress = QLabel()
        self.cancel_one = QPushButton(translate("sweep_queue", "Cancel Trial"))
        self.cancel_one.setToolTip(
            translate(
                "sweep_queue",
                "Stop the selected trial if it is training, or leave it out if it has not begun",
            )
        )
        self.cancel_one.clicked.connect(self._cancel_selected)
        self.cancel_all = QPushButton(translate("sweep_queue", "Cancel All"))
        self.cancel_all.setToolTip(
            translate("sweep_queue", "Stop the sweep; the trials that finished stay")
        )
        self.cancel_all.clicked.connect(runner.cancel)
        self.close_button = QPushButton(translate("sweep_queue", "Close"))
        self.close_button.setToolTip(
            translate("sweep_queue", "Hide the queue (its runs stay in the list below)")
        )
        self.close_button.clicked.connect(self.hide)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        for button in (self.cancel_one, self.cancel_all, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        runner.trialsChanged.connect(self.refresh)
        runner.activeChanged.connect(self._active)
        self.hide()

    def _active(self, active: bool) -> None:
        if active:
            self.show()
        self.refresh()

    def refresh(self) -> None:
        rows = self.runner.rows()
        chosen = self.table.currentRow()
        self.table.setRowCount(len(rows))
        for i, trial in enumerate(rows):
            loss = "" if trial.val_loss is None else f"{trial.val_loss:.4f}"
            cells = [QTableWidgetItem(str(i + 1)), QTableWidgetItem(trial.name)]
            state = translate("sweep_queue", trial.state)
            cells += [QTableWidgetItem(state), QTableWidgetItem(loss)]
            tip = str(trial.folder) if trial.folder else trial.name
            for column, cell in enumerate(cells):
                cell.setToolTip(tip)
                self.table.setItem(i, column, cell)
            colour = STATE_COLOURS.get(trial.state)
            if colour:
                cells[2].setForeground(QBrush(QColor(colour)))
        if 0 <= chosen < len(rows):
            self.table.selectRow(chosen)
        ended = sum(t.state not in ("queued", "running", "cancelled") for t in rows)
        planned = sum(t.state != "cancelled" for t in rows)
        title = self.runner.title or translate("sweep_queue", "Sweep")
        if self.runner.active:
            heading = translate("sweep_queue", "{title} — running")
        else:
            heading = translate("sweep_queue", "{title} — ended")
        self.setTitle(heading.format(title=title))
        done = translate("sweep_queue", "{ended} of {planned} runs done")
        self.progress.setText(done.format(ended=ended, planned=planned))
        self._enable()

    def _enable(self) -> None:
        rows = self.runner.rows()
        row = self.table.currentRow()
        live = self.runner.active and 0 <= row < len(rows)
        self.cancel_one.setEnabled(live and rows[row].state in ("queued", "running"))
        self.cancel_all.setEnabled(self.runner.active)
        self.close_button.setEnabled(not self.runner.active)

    def _cancel_selected(self) -> None:
        self.runner.cancel_trial(self.table.currentRow())
