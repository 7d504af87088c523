"""The Data tab: which data, how it is split and preprocessed, and how images are
augmented; for a user's file, which columns or arrays to use."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from core.model import catalog, plan, spec
from core.model.facts import MAX_CATEGORIES, FileFacts
from core.model.spec import Experiment, Pick
from gui.forms import ParamForm
from gui.i18n import translate

ERROR_STYLE = "color: #b3261e;"


class DataPanel(QScrollArea):
    edited = Signal(object, str)  # the new Experiment, a description for the undo menu

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.experiment = Experiment()
        self.file: FileFacts | None = None
        self.form = ParamForm(spec.DATA_FIELDS)
        self.form.changed.connect(self._data_changed)
        self.status = QLabel(wordWrap=True, textInteractionFlags=Qt.TextSelectableByMouse)
        self.progress = QProgressBar(maximum=1000, textVisible=True)
        self.progress.hide()

        self.target_box = QComboBox(
            toolTip=translate("data_panel", "The column the network learns to predict")
        )
        self.target_box.activated.connect(self._target_picked)
        self.feature_list = QListWidget(
            toolTip=translate("data_panel", "Tick the columns the network sees")
        )
        self.feature_list.setMinimumHeight(120)
        self.feature_list.itemChanged.connect(self._features_ticked)
        self.columns_box = QGroupBox(translate("data_panel", "Columns"))
        columns_layout = QFormLayout(self.columns_box)
        columns_layout.addRow(translate("data_panel", "target"), self.target_box)
        columns_layout.addRow(translate("data_panel", "features"), self.feature_list)

        self.x_box = QComboBox(
            toolTip=translate("data_panel", "The array of inputs: one row per sample")
        )
        self.y_box = QComboBox(
            toolTip=translate("data_panel", "The array of targets: one value per sample")
        )
        self.x_box.activated.connect(lambda _=0: self._array_picked("x", self.x_box))
        self.y_box.activated.connect(lambda _=0: self._array_picked("y", self.y_box))
        self.arrays_box = QGroupBox(translate("data_panel", "Arrays"))
        arrays_layout = QFormLayout(self.arrays_box)
        arrays_layout.addRow(translate("data_panel", "inputs"), self.x_box)
        arrays_layout.addRow(translate("data_panel", "targets"), self.y_box)

        self.augmentation = ParamForm(spec.AUGMENTATION_FIELDS)
        self.augmentation.changed.connect(self._augmentation_changed)
        self.augmentation_box = QGroupBox(translate("data_panel", "Augmentation (training only)"))
        self.augmentation_box.setToolTip(
            translate(
                "data_panel",
                "Keras preprocessing layers inside the model: they change each training batch "
                "at random and leave validation, test and prediction inputs as they are.",
            )
        )
        QVBoxLayout(self.augmentation_box).addWidget(self.augmentation)

        data_box = QGroupBox(translate("data_panel", "Dataset, split and preprocessing"))
        QVBoxLayout(data_box).addWidget(self.form)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(data_box)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addWidget(self.columns_box)
        layout.addWidget(self.arrays_box)
        layout.addWidget(self.augmentation_box)
        layout.addStretch(1)
        self.setWidget(body)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setFrameShape(QScrollArea.NoFrame)
        self._show_file(None)

    # ---- showing ------------------------------------------------------------------
    def set_experiment(self, experiment: Experiment, problems: list[spec.Problem]) -> None:
        self.experiment = experiment
        values = {f.name: getattr(experiment.data, f.name) for f in spec.DATA_FIELDS}
        self.form.set_values(values)
        augmentation = experiment.data.augmentation
        self.augmentation.set_values(
            {f.name: getattr(augmentation, f.name) for f in spec.AUGMENTATION_FIELDS}
        )
        augmenting = [p for p in problems if p.path.startswith("data.augmentation")]
        self.augmentation.show_problems(
            {
                p.path.removeprefix("data.").removeprefix("augmentation."): p.message
                for p in augmenting
            }
        )
        fields = [p for p in problems if p not in augmenting and p.path.startswith("data.")]
        self.form.show_problems(
            {p.path.removeprefix("data."): p.message for p in fields if p.path != "data.dataset"}
        )
        pick = experiment.data.dataset
        if not catalog.is_user_file(pick.name) or (
            self.file is not None and self.file.source != pick.params.get("path")
        ):
            self._show_file(None)
        self._show_pickers()
        whole = ("data.dataset", "data")  # the file, or the data as a whole
        data_problem = next((p.message for p in problems if p.path in whole), None)
        if data_problem and not self.progress.isVisible():
            self.show_status(data_problem, error=not plan.unread(data_problem))

    def show_status(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(ERROR_STYLE if error else "")

    def show_progress(self, fraction: float) -> None:
        self.progress.show()
        self.progress.setValue(int(fraction * 1000))
        reading = translate("data_panel", "Reading… {percent}")
        self.progress.setFormat(reading.format(percent=f"{fraction:.0%}"))

    def show_read(self, found: FileFacts | None, sizes: tuple[int, int, int]) -> None:
        """The data as read: sizes, what was done to it, and the pickers it allows."""
        self.progress.hide()
        self._show_file(found)
        train, val, test = sizes
        text = translate(
            "data_panel", "{train} training · {validation} validation · {test} test samples"
        ).format(train=train, validation=val, test=test)
        if found is not None:
            kind = ""
            if found.class_names:
                names = ", ".join(found.class_names[:8])
                kind = translate("data_panel", "classes: {names}").format(names=names)
            size = translate("data_panel", "{samples} samples, input {shape}").format(
                samples=found.samples, shape=found.input_shape
            )
            details = [size, kind, *found.notes]
            text = " · ".join(d for d in details if d) + f"<br>{text}"
        self.show_status(text)

    def show_failure(self, message: str) -> None:
        self.progress.hide()
        self._show_file(None)
        self.show_status(message, error=True)

    def _show_file(self, found: FileFacts | None) -> None:
        self.file = found
        self._show_pickers()

    def _show_pickers(self) -> None:
        pick = self.experiment.data.dataset
        found = self.file
        csv = found is not None and pick.name == "csv" and bool(found.columns)
        npz = found is not None and pick.name == "npz" and bool(found.arrays)
        self.columns_box.setVisible(csv)
        self.arrays_box.setVisible(npz)
        if csv:
            self._fill_columns(found, pick)
        if npz:
            for box, role in ((self.x_box, "x"), (self.y_box, "y")):
                box.clear()
                for name, shape, dtype in found.arrays:
                    box.addItem(f"{name}  {shape} {dtype}", name)
                box.setCurrentIndex(box.findData(pick.params[role]))

    def _fill_columns(self, found: FileFacts, pick: Pick) -> None:
        names = [c.name for c in found.columns]
        target = pick.params["target"] or names[-1]
        chosen = set(pick.params["features"]) or {n for n in names if n != target}
        self.target_box.clear()
        self.target_box.addItems(names)
        self.target_box.setCurrentText(target)
        self.feature_list.blockSignals(True)
        self.feature_list.clear()
        for column in found.columns:
            if column.name == target:
                continue
            many = column.distinct > MAX_CATEGORIES
            if column.numeric:
                kind = translate("data_panel", "number")
            elif many:
                kind = translate("data_panel", "text, more than {count} values")
                kind = kind.format(count=f"{MAX_CATEGORIES:,}")
            else:
                kind = translate("data_panel", "text, {count} values")
                kind = kind.format(count=column.distinct)
            missing = column.missing
            if missing:
                with_missing = translate("data_panel", "{kind}, {count} missing")
                kind = with_missing.format(kind=kind, count=missing)
            label = f"{column.name}  ({kind})"
            item = QListWidgetItem(label)
            item.setData(Qt.UserRole, column.name)
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Checked if column.name in chosen else Qt.Unchecked)
            if missing:
                lines = ", ".join(map(str, column.missing_lines[:20]))
                lines += " …" if missing > 20 else ""
                item.setToolTip(
                    translate("data_panel", "Missing on lines {lines}").format(lines=lines)
                )
            self.feature_list.addItem(item)
        self.feature_list.blockSignals(False)

    # ---- editing ------------------------------------------------------------------
    def _emit_data(self, text: str, **changes: Any) -> None:
        data = replace(self.experiment.data, **changes)
        self.edited.emit(replace(self.experiment, data=data), text)

    def _data_changed(self, name: str, value: Any) -> None:
        self._emit_data(translate("data_panel", "Set {name}").format(name=name), **{name: value})

    def _augmentation_changed(self, name: str, value: Any) -> None:
        augmentation = replace(self.experiment.data.augmentation, **{name: value})
        text = translate("data_panel", "Set augmentation {name}").format(name=name)
        self._emit_data(text, augmentation=augmentation)

    def _dataset_params(self, text: str, **params: Any) -> None:
        pick = self.experiment.data.dataset
        self._emit_data(text, dataset=Pick(pick.name, {**pick.params, **params}))

    def _target_picked(self) -> None:
        target = self.target_box.currentText()
        features = tuple(f for f in self.experiment.data.dataset.params["features"] if f != target)
        text = translate("data_panel", "Use {column} as the target").format(column=target)
        self._dataset_params(text, target=target, features=features)

    def _features_ticked(self) -> None:
        items = [self.feature_list.item(i) for i in range(self.feature_list.count())]
        ticked = tuple(i.data(Qt.UserRole) for i in items if i.checkState() == Qt.Checked)
        if not ticked:
            self._show_pickers()
            self.show_status(
                translate("data_panel", "The network needs at least one feature column."),
                error=True,
            )
            return
        everything = len(ticked) == len(items)
        self._dataset_params(
            translate("data_panel", "Choose feature columns"),
            features=() if everything else ticked,
        )

    def _array_picked(self, role: str, box: QComboBox) -> None:
        text = translate("data_panel", "Use {array} as {role}")
        text = text.format(array=box.currentData(), role=role)
        self._dataset_params(text, **{role: box.currentData()})
