"""Run > Sweep…: settings of the current experiment, their values, how to search them."""

from __future__ import annotations

import math

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QToolButton,
    QWidget,
)

from core.model import settings
from core.model.spec import Experiment, SpecError
from core.model.sweeps import Axis, SweepError, check, parse_axis
from gui.i18n import translate
from gui.sweep_runner import ListedTrials, SearchedTrials, grid_trials

STRATEGIES = (  # shown through translate("sweep_dialog", label)
    ("grid", QT_TRANSLATE_NOOP("sweep_dialog", "Grid: every combination of the values listed")),
    ("random", QT_TRANSLATE_NOOP("sweep_dialog", "Random search (Optuna)")),
    ("tpe", QT_TRANSLATE_NOOP("sweep_dialog", "Bayesian search, TPE (Optuna)")),
)
MOST_RUNS = 50  # a sweep started by one click should not train for a day unnoticed
MOST_SETTINGS = 4
VALUES_HINT = QT_TRANSLATE_NOOP("sweep_dialog", "V1, V2, ...  or  LOW:HIGH  or  LOW:HIGH:log")


class AxisRow:
    """One swept setting: its place in the experiment file and its values."""

    def __init__(self, places: list[str], current: dict[str, object], place: str) -> None:
        self.current = current
        self.place = QComboBox(editable=True)
        self.place.addItems(places)
        self.place.setToolTip(
            translate("sweep_dialog", "The setting's place in the experiment file")
        )
        self.place.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.place.setMinimumContentsLength(30)  # training.optimizer.learning_rate, whole
        self.values = QLineEdit(placeholderText=translate("sweep_dialog", VALUES_HINT))
        self.remove = QToolButton(text="−")
        self.remove.setToolTip(translate("sweep_dialog", "Sweep this setting no more"))
        self.place.currentTextChanged.connect(self._hint)
        self.place.setCurrentText(place)
        self._hint()

    def _hint(self) -> None:
        now = self.current.get(self.place.currentText().strip())
        hint = translate("sweep_dialog", VALUES_HINT)
        if now is not None:
            hint = translate("sweep_dialog", "{hint}\nNow: {value}").format(hint=hint, value=now)
        self.values.setToolTip(hint)

    def axis(self) -> Axis:
        return parse_axis(f"{self.place.currentText().strip()}={self.values.text()}")


class SweepDialog(QDialog):
    def __init__(self, experiment: Experiment, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("sweep_dialog", "Sweep settings"))
        self.experiment = experiment
        self.current = settings.flat(experiment)
        self.rows: list[AxisRow] = []
        self.grid = QGridLayout()
        self.grid.addWidget(QLabel(translate("sweep_dialog", "Setting")), 0, 0)
        self.grid.addWidget(QLabel(translate("sweep_dialog", "Values")), 0, 1)
        self.add_button = QPushButton(translate("sweep_dialog", "Add Setting"))
        self.add_button.setToolTip(
            translate("sweep_dialog", "Sweep another setting too: a grid tries every combination")
        )
        self.add_button.clicked.connect(lambda: self.add_row())
        self.strategy = QComboBox()
        for key, label in STRATEGIES:
            self.strategy.addItem(translate("sweep_dialog", label), key)
        self.trials_box = QSpinBox(minimum=2, maximum=MOST_RUNS, value=6)
        self.trials_box.setToolTip(translate("sweep_dialog", "How many runs a search trains"))
        self.seeds = QSpinBox(minimum=1, maximum=5, value=1)
        self.seeds.setToolTip(
            translate("sweep_dialog", "Runs per combination, seeds apart (grid only)")
        )
        self.summary = QLabel(wordWrap=True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Ok).setText(translate("sweep_dialog", "Start"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.grid)
        form.addRow(self.add_button)
        form.addRow(translate("sweep_dialog", "Search"), self.strategy)
        form.addRow(translate("sweep_dialog", "Runs"), self.trials_box)
        form.addRow(translate("sweep_dialog", "Seeds per combination"), self.seeds)
        form.addRow(self.summary)
        form.addRow(self.buttons)
        for signal in (
            self.strategy.currentIndexChanged,
            self.trials_box.valueChanged,
            self.seeds.valueChanged,
        ):
            signal.connect(self._check)
        self.add_row("training.optimizer.learning_rate", "0.0003, 0.001, 0.003")
        self.resize(620, self.sizeHint().height())

    def add_row(self, place: str = "", values: str = "") -> AxisRow:
        shown = [
            p for p in sorted(self.current) if p not in {r.place.currentText() for r in self.rows}
        ]
        row = AxisRow(sorted(self.current), self.current, place or shown[0])
        row.values.setText(values)
        line = len(self.rows) + 1
        self.grid.addWidget(row.place, line, 0)
        self.grid.addWidget(row.values, line, 1)
        self.grid.addWidget(row.remove, line, 2)
        row.place.currentTextChanged.connect(self._check)
        row.values.textChanged.connect(self._check)
        row.remove.clicked.connect(lambda: self.remove_row(row))
        self.rows.append(row)
        self._check()
        return row

    def remove_row(self, row: AxisRow) -> None:
        if len(self.rows) == 1:
            return
        self.rows.remove(row)
        for widget in (row.place, row.values, row.remove):
            self.grid.removeWidget(widget)
            widget.deleteLater()
        self._check()

    @property
    def search(self) -> str:
        return self.strategy.currentData()

    def axes(self) -> list[Axis]:
        return [row.axis() for row in self.rows]

    def problem(self) -> str | None:
        """What keeps the sweep from starting, or None."""
        try:
            axes = self.axes()
            problems = check(self.experiment, axes)
        except (SweepError, SpecError) as err:
            return str(err)
        if problems:
            return problems[0]
        places = [axis.place for axis in axes]
        if len(set(places)) < len(places):
            return translate("sweep_dialog", "a setting is listed twice: sweep each once")
        if self.search == "grid" and not all(axis.listed for axis in axes):
            return translate(
                "sweep_dialog",
                "a grid needs listed values (V1, V2); a range needs a random or TPE search",
            )
        if self.search == "grid" and self.runs() > MOST_RUNS:
            too_many = translate("sweep_dialog", "{runs} runs: at most {most} at a time")
            return too_many.format(runs=self.runs(), most=MOST_RUNS)
        return None

    def runs(self) -> int:
        if self.search == "grid":
            return math.prod(len(axis.values) for axis in self.axes()) * self.seeds.value()
        return self.trials_box.value()

    def _check(self) -> None:
        grid = self.search == "grid"
        self.trials_box.setEnabled(not grid)
        self.seeds.setEnabled(grid)
        self.add_button.setEnabled(len(self.rows) < MOST_SETTINGS)
        for row in self.rows:
            row.remove.setEnabled(len(self.rows) > 1)
        problem = self.problem()
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(problem is None)
        if problem:
            self.summary.setText(f"<span style='color:#b3261e'>{problem}</span>")
        else:
            summary = translate(
                "sweep_dialog",
                "{runs} runs, one after the other, each kept in the Runs tab (its queue shows them); then they open side by side.",  # noqa: E501
            )
            self.summary.setText(summary.format(runs=self.runs()))

    def title(self) -> str:
        places = ", ".join(row.place.currentText().strip() for row in self.rows)
        return translate("sweep_dialog", "Sweep of {settings}").format(settings=places)

    def trials(self) -> ListedTrials | SearchedTrials:
        if self.search == "grid":
            return grid_trials(self.experiment, self.axes(), self.seeds.value())
        return SearchedTrials(self.experiment, self.axes(), self.search, self.trials_box.value())
