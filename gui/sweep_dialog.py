"""Run > Sweep…: one setting of the current experiment, its values, how to search them."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from core.model import settings
from core.model.spec import Experiment, SpecError
from core.model.sweeps import Axis, SweepError, check, parse_axis
from gui.sweep_runner import ListedTrials, SearchedTrials, grid_trials

STRATEGIES = (
    ("grid", "Grid: every value listed"),
    ("random", "Random search (Optuna)"),
    ("tpe", "Bayesian search, TPE (Optuna)"),
)
MOST_RUNS = 50  # a sweep started by one click should not train for a day unnoticed


class SweepDialog(QDialog):
    def __init__(self, experiment: Experiment, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Sweep a setting")
        self.experiment = experiment
        self.place = QComboBox(editable=True)
        self.place.addItems(sorted(settings.flat(experiment)))
        self.place.setCurrentText("training.optimizer.learning_rate")
        self.place.setToolTip("The setting's place in the experiment file")
        self.values = QLineEdit(placeholderText="V1, V2, ...  or  LOW:HIGH  or  LOW:HIGH:log")
        self.values.setText("0.0003, 0.001, 0.003")
        self.strategy = QComboBox()
        for key, label in STRATEGIES:
            self.strategy.addItem(label, key)
        self.trials_box = QSpinBox(minimum=2, maximum=MOST_RUNS, value=6)
        self.trials_box.setToolTip("How many runs a search trains")
        self.seeds = QSpinBox(minimum=1, maximum=5, value=1)
        self.seeds.setToolTip("Runs per value, seeds apart (grid only)")
        self.summary = QLabel(wordWrap=True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Ok).setText("Start")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow("Setting", self.place)
        form.addRow("Values", self.values)
        form.addRow("Search", self.strategy)
        form.addRow("Runs", self.trials_box)
        form.addRow("Seeds per value", self.seeds)
        form.addRow(self.summary)
        form.addRow(self.buttons)
        for signal in (
            self.place.currentTextChanged,
            self.values.textChanged,
            self.strategy.currentIndexChanged,
            self.trials_box.valueChanged,
            self.seeds.valueChanged,
        ):
            signal.connect(self._check)
        self._check()
        self.resize(560, self.sizeHint().height())

    @property
    def search(self) -> str:
        return self.strategy.currentData()

    def axis(self) -> Axis:
        return parse_axis(f"{self.place.currentText().strip()}={self.values.text()}")

    def problem(self) -> str | None:
        """What keeps the sweep from starting, or None."""
        try:
            axis = self.axis()
            problems = check(self.experiment, [axis])
        except (SweepError, SpecError) as err:
            return str(err)
        if problems:
            return problems[0]
        if self.search == "grid" and not axis.listed:
            return "a grid needs listed values (V1, V2); a range needs a random or TPE search"
        if self.search == "grid" and len(axis.values) * self.seeds.value() > MOST_RUNS:
            return f"at most {MOST_RUNS} runs at a time"
        return None

    def runs(self) -> int:
        if self.search == "grid":
            return len(self.axis().values) * self.seeds.value()
        return self.trials_box.value()

    def _check(self) -> None:
        grid = self.search == "grid"
        self.trials_box.setEnabled(not grid)
        self.seeds.setEnabled(grid)
        problem = self.problem()
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(problem is None)
        if problem:
            self.summary.setText(f"<span style='color:#b3261e'>{problem}</span>")
        else:
            self.summary.setText(
                f"{self.runs()} runs, one after the other, each kept in the Runs tab; "
                "then they open side by side."
            )

    def title(self) -> str:
        return f"Sweep of {self.place.currentText().strip()}"

    def trials(self) -> ListedTrials | SearchedTrials:
        if self.search == "grid":
            return grid_trials(self.experiment, self.axis(), self.seeds.value())
        return SearchedTrials(self.experiment, self.axis(), self.search, self.trials_box.value())
