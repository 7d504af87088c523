"""Steering a run from the window: Pause / Resume and a new learning rate for the rest of
the run, as buttons beside Train and in the Run menu. What the engine did is marked on
the loss and rate plots where it happened (core/model/steering.py keeps it in the run's
steering.json, from which Run Again replays the rates)."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QInputDialog, QPushButton, QWidget

from core.model.events import BatchEnd, Steered
from core.model.steering import PAUSE, RATE, RESUME
from gui.controller import TrainingController
from gui.i18n import translate
from gui.live_view import LiveView

PAUSE_COLOUR = (120, 120, 120)
RATE_COLOUR = (150, 40, 160)
MAX_RATE = 10.0


def _mark(plot: pg.PlotWidget, epoch: float, text: str, colour: tuple[int, int, int]):
    line = pg.InfiniteLine(
        pos=epoch,
        angle=90,
        movable=False,
        pen=pg.mkPen(colour, width=1, style=Qt.DashLine),
        label=text,
        # Written along the line, low down: beside each other and clear of the legend.
        labelOpts={
            "position": 0.08,
            "rotateAxis": (1, 0),
            "anchors": [(0, 1), (0, 1)],
            "color": colour,
            "fill": (255, 255, 255, 210),
        },
    )
    plot.addItem(line)
    return line


class RunSteering(QObject):
    """The pause and rate controls of one window, and their marks on its plots."""

    def __init__(self, controller: TrainingController, live: LiveView, parent: QWidget) -> None:
        super().__init__(parent)
        self.controller, self.live, self.window = controller, live, parent
        self.rate = 0.0  # the rate of the last batch seen
        self.paused = False
        self.marks: list[tuple[pg.PlotWidget, pg.InfiniteLine]] = []
        self.pause_marks: list[pg.InfiniteLine] = []  # the last pause's, labelled on resume
        self.pause_button = QPushButton(translate("steering", "Pause"))
        self.pause_button.setToolTip(
            translate("steering", "Hold the run after this batch; Resume goes on (F6)")
        )
        self.rate_button = QPushButton(translate("steering", "Rate…"))
        self.rate_button.setToolTip(
            translate(
                "steering",
                "Set the learning rate for the rest of the run, from the next batch (Ctrl+Shift+R)",
            )
        )
        for button in (self.pause_button, self.rate_button):
            button.setEnabled(False)
        live.train_bar.insertWidget(1, self.pause_button)
        live.train_bar.insertWidget(2, self.rate_button)
        self.pause_action = QAction(translate("steering", "&Pause"), parent)
        self.pause_action.setShortcut(QKeySequence("F6"))
        self.pause_action.setStatusTip(
            translate("steering", "Hold the run after this batch, or let a held run go on")
        )
        self.rate_action = QAction(translate("steering", "Set Learning &Rate…"), parent)
        self.rate_action.setShortcut(QKeySequence("Ctrl+Shift+R"))
        self.rate_action.setStatusTip(
            translate("steering", "Change the learning rate for the rest of the run")
        )
        self.actions = (self.pause_action, self.rate_action)
        self.pause_button.clicked.connect(self.toggle_pause)
        self.pause_action.triggered.connect(self.toggle_pause)
        self.rate_button.clicked.connect(self.ask_rate)
        self.rate_action.triggered.connect(self.ask_rate)
        controller.runningChanged.connect(self._running_changed)
        controller.runStarted.connect(lambda _: self._clear_marks())
        controller.batchesArrived.connect(self._batches)
        controller.steered.connect(self.show_steered)
        self._running_changed(False)

    # ---- asking -------------------------------------------------------------------
    def toggle_pause(self) -> None:
        if not self.controller.running:
            return
        self.controller.pause(not self.paused)
        if self.paused:  # the engine goes on within a twentieth of a second
            self.pause_button.setText(translate("steering", "Pause"))
            self.pause_action.setText(translate("steering", "&Pause"))
        else:
            self.pause_button.setText(translate("steering", "Pausing…"))
        self.pause_button.setEnabled(self.paused)

    def ask_rate(self) -> QInputDialog | None:
        """A dialog for the new rate, opened without blocking (returned for tests)."""
        if not self.controller.running:
            return None
        dialog = QInputDialog(self.window)
        dialog.setWindowTitle(translate("steering", "Set Learning Rate"))
        dialog.setLabelText(
            translate(
                "steering",
                "Learning rate from the next batch on\n(a schedule goes on from it, scaled):",
            )
        )
        dialog.setInputMode(QInputDialog.DoubleInput)
        dialog.setDoubleDecimals(6)
        dialog.setDoubleRange(1e-6, MAX_RATE)
        dialog.setDoubleStep(max(self.rate / 10, 1e-6))
        dialog.setDoubleValue(self.rate)
        dialog.doubleValueSelected.connect(self.set_rate)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def set_rate(self, rate: float) -> None:
        if self.controller.running and rate > 0:
            self.controller.set_rate(rate)
            said = translate("steering", "Learning rate {rate:g} from the next batch on")
            self.live.status.emit(said.format(rate=rate))

    # ---- what the engine did ------------------------------------------------------
    def show_steered(self, event: Steered) -> None:
        if event.kind == PAUSE:
            self.paused = True
            self.pause_button.setText(translate("steering", "Resume"))
            self.pause_action.setText(translate("steering", "&Resume"))
            self.pause_button.setEnabled(True)
            paused = translate("steering", "Paused · epoch {epoch:.2f}")
            self.live.progress_label.setText(paused.format(epoch=event.epoch))
            said = translate("steering", "Paused after step {step}: the views show this moment")
            self.live.status.emit(said.format(step=event.step))
            mark = translate("steering", "paused")
            self.pause_marks = self._add_marks(event.epoch, mark, PAUSE_COLOUR)
        elif event.kind == RESUME:
            self.paused = False
            mark = translate("steering", "paused {seconds:.0f} s").format(seconds=event.value)
            for line in self.pause_marks:
                line.label.setFormat(mark)
            said = translate("steering", "Resumed after {seconds:.1f} s")
            self.live.status.emit(said.format(seconds=event.value))
        elif event.kind == RATE:
            self.rate = event.value
            mark = translate("steering", "rate {rate:g}").format(rate=event.value)
            self._add_marks(event.epoch, mark, RATE_COLOUR)

    def _add_marks(
        self, epoch: float, text: str, colour: tuple[int, int, int]
    ) -> list[pg.InfiniteLine]:
        lines = []
        for plot in (self.live.loss_plot, self.live.rate_plot):
            lines.append(_mark(plot, epoch, text, colour))
            self.marks.append((plot, lines[-1]))
        return lines

    def _clear_marks(self) -> None:
        for plot, line in self.marks:
            plot.removeItem(line)
        self.marks = []

    def _batches(self, batches: list[BatchEnd]) -> None:
        self.rate = batches[-1].learning_rate

    def _running_changed(self, running: bool) -> None:
        self.paused = False
        self.pause_button.setText(translate("steering", "Pause"))
        self.pause_action.setText(translate("steering", "&Pause"))
        for control in (self.pause_button, self.rate_button, *self.actions):
            control.setEnabled(running)
