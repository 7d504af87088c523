"""The Training tab: every knob of the lessons' sections 4-6, and the planned rate."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from core.model import catalog, spec
from core.model.plan import Plan
from core.model.spec import Experiment
from gui.forms import ParamForm
from gui.i18n import translate
from gui.plots import TRAIN_COLOUR

PREVIEW_POINTS = 2000


class TrainingPanel(QWidget):
    edited = Signal(object, str)  # the new Experiment, a description for the undo menu

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = Plan(Experiment())
        self.experiment = self.plan.experiment
        self.top_form = ParamForm(spec.TOP_FIELDS)
        self.top_form.changed.connect(self._top_changed)
        self.form = ParamForm(spec.TRAINING_FIELDS)
        self.form.changed.connect(self._training_changed)
        self.preview = pg.PlotWidget(title=translate("training_panel", "Planned learning rate"))
        self.preview.setLabel("bottom", translate("training_panel", "epoch"))
        self.preview.setLabel("left", translate("training_panel", "rate"))
        self.preview.getAxis("left").setWidth(60)
        self.preview.getAxis("left").enableAutoSIPrefix(False)  # "0.01", not "10 (x0.001)"
        self.preview.setMouseEnabled(x=False, y=False)
        self.preview.setMinimumHeight(150)
        self.preview_curve = self.preview.plot(pen=pg.mkPen(TRAIN_COLOUR, width=2))
        self.preview_note = QLabel(wordWrap=True)

        experiment_box = QGroupBox(translate("training_panel", "Experiment"))
        QVBoxLayout(experiment_box).addWidget(self.top_form)
        training_box = QGroupBox(translate("training_panel", "Training"))
        QVBoxLayout(training_box).addWidget(self.form)
        layout = QVBoxLayout(self)
        layout.addWidget(experiment_box)
        layout.addWidget(training_box)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.preview_note)

    def set_plan(self, plan: Plan, problems: list[spec.Problem]) -> None:
        self.plan = plan
        experiment = self.experiment = plan.experiment
        self.top_form.set_values({f.name: getattr(experiment, f.name) for f in spec.TOP_FIELDS})
        t = experiment.training
        self.form.set_values({f.name: getattr(t, f.name) for f in spec.TRAINING_FIELDS})
        prefix = "training."
        self.form.show_problems(
            {p.path[len(prefix) :]: p.message for p in problems if p.path.startswith(prefix)}
        )
        top = {f.name for f in spec.TOP_FIELDS}
        self.top_form.show_problems({p.path: p.message for p in problems if p.path in top})
        self._update_preview(any(p.path.startswith(prefix) for p in problems))

    def _update_preview(self, invalid: bool) -> None:
        planned = None
        if not invalid and self.plan.split_sizes()[0] >= 1:
            planned = self.plan.planned_rates(PREVIEW_POINTS)
        schedule = self.experiment.training.schedule
        choice: catalog.Schedule = catalog.SCHEDULES[schedule.name]  # type: ignore[assignment]
        if planned is None:
            self.preview_curve.setData([], [])
            if invalid:
                note = translate(
                    "training_panel", "Fix the training settings to see the planned rate."
                )
            elif self.plan.split_sizes()[0] < 1:
                note = translate(
                    "training_panel", "Once the data has been read to see the planned rate."
                )
            else:
                note = choice.describe(schedule.params) + "."
            self.preview_note.setText(note)
            return
        epochs, rates = planned
        self.preview_curve.setData(epochs, rates)
        peak = float(rates.max())  # the axis starts at 0: a constant rate is not a spike
        self.preview.setYRange(0.0, peak * 1.1 if peak > 0 else 1.0, padding=0)
        note = translate("training_panel", "{schedule}; peak {peak}.")
        self.preview_note.setText(
            note.format(schedule=choice.describe(schedule.params), peak=f"{rates.max():.3g}")
        )

    def _top_changed(self, name: str, value: Any) -> None:
        self.edited.emit(
            replace(self.experiment, **{name: value}),
            translate("training_panel", "Set {name}").format(name=name),
        )

    def _training_changed(self, name: str, value: Any) -> None:
        training = replace(self.experiment.training, **{name: value})
        self.edited.emit(
            replace(self.experiment, training=training),
            translate("training_panel", "Set {name}").format(name=name),
        )
