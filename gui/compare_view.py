"""Runs side by side: their loss and accuracy curves overlaid, one colour per run, the
legend naming what sets each apart, and a table of only the settings that differ."""

from __future__ import annotations

import csv
import html
import io
import math
import warnings
from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSlider,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.model import files, run_files, settings
from core.model.run_files import RunSummary
from gui.i18n import translate
from gui.inside import LINE_COLOURS, HistogramGrid
from gui.plots import AXIS_WIDTH, steady_axes

FINAL = ("val_loss", "val_accuracy", "val_mae")
TESTED = ("test_loss", "test_accuracy", "test_mae")


def smoothed(values: np.ndarray, weight: float) -> np.ndarray:
    """TensorBoard's smoothing: an exponential moving average, debiased so the curve
    starts at its first value (NaNs are skipped)."""
    if weight <= 0:
        return values
    out, last, count = np.empty_like(values), 0.0, 0
    for i, value in enumerate(values):
        if math.isnan(value):
            out[i] = value
            continue
        last = last * weight + (1 - weight) * value
        count += 1
        out[i] = last / (1 - weight**count)
    return out


def seed_groups(flats: list[dict]) -> list[list[int]]:
    """The runs' indices, grouped where all their settings but the seed are the same."""
    found: dict[str, list[int]] = {}
    for index, flat in enumerate(flats):
        key = repr(sorted((k, repr(v)) for k, v in flat.items() if k != "seed"))
        found.setdefault(key, []).append(index)
    return list(found.values())


def _mean_spread(values: list[float | None]) -> str:
    """ "0.1234" for one value, "0.1234 ± 0.0050" (the standard deviation) for several."""
    known = [v for v in values if v is not None and not math.isnan(v)]
    if not known:
        return ""
    if len(known) == 1:
        return f"{known[0]:.4f}"
    return f"{np.mean(known):.4f} ± {np.std(known):.4f}"


class CompareWindow(QWidget):
    """A window of its own: the runs stay compared while the main window goes on."""

    error = Signal(str)
    closed = Signal()

    def __init__(self, runs: list[RunSummary], parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.Window)
        self.runs = runs
        title = translate("compare_view", "Compare {count} runs — LayerLab")
        self.setWindowTitle(title.format(count=len(runs)))
        self.flats = [settings.flat(r.experiment) if r.experiment else {} for r in runs]
        self.places = settings.differing(self.flats)
        self.names = [self._legend(run, flat) for run, flat in zip(runs, self.flats, strict=True)]
        self.seed_groups = seed_groups(self.flats)
        replays = [run_files.read_replay(run.folder) for run in runs]
        self.epochs = [replay.epochs for replay in replays]
        self.snapshots = [replay.snapshots for replay in replays]
        self.note = QLabel(self._note())
        self.note.setWordWrap(True)
        self.loss_plot = self._plot(translate("compare_view", "Loss (log scale)"), log=True)
        title = self._metric_title()  # accuracy rises: its legend goes to the bottom
        self.metric_plot = self._plot(title, low_legend=self.metric_key == "accuracy")
        self.smoothing = QSlider(Qt.Horizontal, minimum=0, maximum=99, value=0)
        self.smoothing.setToolTip(
            translate("compare_view", "Exponential moving average, as TensorBoard smooths")
        )
        self.smoothing.valueChanged.connect(self._draw)
        self.smoothing_label = QLabel()
        self.by_seed = QCheckBox(translate("compare_view", "Mean over seeds"))
        self.by_seed.setToolTip(
            translate(
                "compare_view",
                "Runs that differ only in their seed as one line, their mean, with a band from "
                "the lowest to the highest (validation); the table shows mean ± spread",
            )
        )
        seeded = any(len(g) > 1 for g in self.seed_groups)
        self.by_seed.setVisible(seeded)
        self.by_seed.setChecked(seeded)
        self.by_seed.toggled.connect(self._draw)
        self.by_seed.toggled.connect(self._fill_table)
        self.table = QTableWidget()
        self.table.setEditTriggers(QTableWidget.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        export = QPushButton(translate("compare_view", "Export Table as CSV…"))
        export.clicked.connect(self._export_dialog)
        controls = QHBoxLayout()
        controls.addWidget(QLabel(translate("compare_view", "Smoothing")))
        controls.addWidget(self.smoothing, 1)
        controls.addWidget(self.smoothing_label)
        controls.addWidget(self.by_seed)
        controls.addStretch(1)
        controls.addWidget(export)
        curves = QWidget()
        plots = QHBoxLayout(curves)
        plots.addWidget(self.loss_plot)
        plots.addWidget(self.metric_plot)
        self.views = QTabWidget()
        self.views.addTab(curves, translate("compare_view", "Curves"))
        self.views.addTab(self._build_histograms(), translate("compare_view", "Histograms"))
        self.parallel = self._build_parallel()
        self.views.addTab(self.parallel, translate("compare_view", "Settings → result"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.views, 3)
        layout.addLayout(controls)
        layout.addWidget(self.table, 1)
        self._fill_table()
        self._draw()
        self.resize(1100, 720)

    def _build_histograms(self) -> QWidget:
        """Each run's activation histograms, one row per run, at the same moment of
        training (the slider; 0 is the network as initialized)."""
        page = QWidget()
        layout = QVBoxLayout(page)
        self.grids: list[HistogramGrid] = []
        for index, (name, snapshots) in enumerate(zip(self.names, self.snapshots, strict=True)):
            colour = pg.mkColor(LINE_COLOURS[index % len(LINE_COLOURS)]).name()
            layout.addWidget(QLabel(f"<b style='color:{colour}'>{html.escape(name)}</b>"))
            grid = HistogramGrid("output")
            grid.set_layers([layer.name for layer in snapshots[0].layers] if snapshots else [])
            layout.addWidget(grid, 1)
            self.grids.append(grid)
        longest = max((len(e) for e in self.epochs), default=0)
        self.moment = QSlider(Qt.Horizontal, minimum=0, maximum=max(longest, 0))
        self.moment.setToolTip(
            translate("compare_view", "The epoch whose snapshots are shown (0: as initialized)")
        )
        self.moment.valueChanged.connect(self._show_moment)
        self.moment_label = QLabel()
        row = QHBoxLayout()
        row.addWidget(QLabel(translate("compare_view", "Epoch")))
        row.addWidget(self.moment, 1)
        row.addWidget(self.moment_label)
        layout.addLayout(row)
        self._show_moment(0)
        return page

    def _show_moment(self, epoch: int) -> None:
        """Each run's snapshot nearest to ``epoch``."""
        shown = []
        for grid, snapshots in zip(self.grids, self.snapshots, strict=True):
            if not snapshots:
                continue
            nearest = min(snapshots, key=lambda s: abs(s.epoch - epoch))
            grid.show_snapshot(nearest)
            shown.append(f"{nearest.epoch:.2f}")
        said = translate("compare_view", "{epoch} (snapshots at {epochs})")
        self.moment_label.setText(said.format(epoch=epoch, epochs=", ".join(shown) or "—"))

    def parallel_axes(self) -> list[tuple[str, list[float], list[str]]]:
        """(name, each run's position in [0, 1], tick labels low and high) per axis of
        the parallel-coordinates plot: each differing setting, then the final metric."""
        axes = []
        for key, members in settings.groups(self.places).items():
            values = [flat.get(members[0], settings.NOT_SET) for flat in self.flats]
            numbers = [v for v in values if isinstance(v, int | float) and not isinstance(v, bool)]
            if len(numbers) == len(values):
                low, high = min(numbers), max(numbers)
                logged = low > 0 and high / low >= 10
                scale = (lambda v: math.log10(v)) if logged else (lambda v: v)
                span = (scale(high) - scale(low)) or 1.0
                spots = [(scale(v) - scale(low)) / span for v in numbers]
                axes.append(
                    (
                        settings.short(members[0]) if len(members) == 1 else key.split(".", 1)[1],
                        spots,
                        [f"{low:g}", f"{high:g}"],
                    )
                )
            else:
                kinds = sorted({str(v) for v in values})
                spots = [kinds.index(str(v)) / max(len(kinds) - 1, 1) for v in values]
                axes.append((settings.label(key, members), spots, [kinds[0], kinds[-1]]))
        key = f"val_{self.metric_key}" if self.metric_key == "accuracy" else "val_loss"
        finals = [e[-1].metrics.get(key, math.nan) if e else math.nan for e in self.epochs]
        known = [f for f in finals if not math.isnan(f)]
        if known:
            low, high = min(known), max(known)
            spots = [
                (f - low) / ((high - low) or 1.0) if not math.isnan(f) else math.nan for f in finals
            ]
            name = translate("compare_view", "final {metric}").format(metric=key)
            axes.append((name, spots, [f"{low:.4g}", f"{high:.4g}"]))
        return axes

    def _build_parallel(self) -> pg.PlotWidget:
        """Each run a line through its settings to its result (a sweep's overview)."""
        plot = pg.PlotWidget()
        plot.hideAxis("left")
        plot.hideAxis("bottom")
        plot.setMouseEnabled(x=False, y=False)
        axes = self.parallel_axes()
        for i, (name, _, ticks) in enumerate(axes):
            plot.plot([i, i], [0, 1], pen=pg.mkPen((150, 150, 150), width=1))
            for text, y, anchor in (
                (name, 1.12, (0.5, 1)),
                (ticks[1], 1.0, (0, 0.5)),
                (ticks[0], 0.0, (0, 0.5)),
            ):
                label = pg.TextItem(text, anchor=anchor, color=(60, 60, 60))
                label.setPos(i + (0 if y > 1 else 0.03), y)
                plot.addItem(label)
        for run in range(len(self.runs)):
            colour = LINE_COLOURS[run % len(LINE_COLOURS)]
            ys = [spots[run] for _, spots, _ in axes]
            plot.plot(
                list(range(len(axes))),
                ys,
                pen=pg.mkPen(colour, width=2),
                symbol="o",
                symbolSize=7,
                symbolBrush=colour,
                symbolPen=None,
            )
        plot.setXRange(-0.3, max(len(axes) - 1, 1) + 0.5)
        plot.setYRange(-0.1, 1.25)
        return plot

    def _legend(self, run: RunSummary, flat: dict) -> str:
        return settings.describe(flat, self.places) if self.places else run.title

    def _note(self) -> str:
        if not self.places:
            return translate(
                "compare_view", "These runs have the same settings: what differs is chance alone."
            )
        note = translate(
            "compare_view",
            "What differs: {names}. Training curves dashed, validation solid; each run keeps "
            "its colour in both plots and in the table.",
        ).format(names=settings.names(self.places))
        if any(len(g) > 1 for g in self.seed_groups):
            note += " " + translate(
                "compare_view",
                "Runs apart only in their seed are one line, their mean, with a band from the "
                "lowest to the highest validation curve (untick <i>Mean over seeds</i> for each).",
            )
        return note

    def _metric_title(self) -> str:
        regression = all("accuracy" not in (e[0].metrics if e else {}) for e in self.epochs)
        self.metric_key = "mae" if regression else "accuracy"
        if regression:
            return translate("compare_view", "Mean absolute error")
        return translate("compare_view", "Accuracy")

    def _plot(self, title: str, log: bool = False, low_legend: bool = False) -> pg.PlotWidget:
        plot = pg.PlotWidget(title=title)
        plot.setLabel("bottom", translate("compare_view", "epoch"))
        plot.getAxis("left").setWidth(AXIS_WIDTH)
        steady_axes(plot.getPlotItem(), grid=True)
        plot.addLegend(offset=(-10, -10 if low_legend else 10))
        plot.setLogMode(y=log)
        return plot

    @property
    def grouped(self) -> bool:
        return self.by_seed.isChecked()

    def lines(self) -> list[tuple[str, list[int]]]:
        """What the plots and the table show: each run, or each group of seeds."""
        if not self.grouped:
            return [(name, [i]) for i, name in enumerate(self.names)]
        places = [p for p in self.places if p != "seed"]
        made = []
        for members in self.seed_groups:
            if places:
                name = settings.describe(self.flats[members[0]], places)
            else:
                name = translate("compare_view", "all runs")
            if len(members) > 1:
                seeds = translate("compare_view", "{name} · {count} seeds")
                name = seeds.format(name=name, count=len(members))
            made.append((name, members))
        return made

    def _series(self, members: list[int], key: str) -> np.ndarray:
        """One row per run of ``members``: ``key`` per epoch (NaN past a run's end)."""
        longest = max((len(self.epochs[i]) for i in members), default=0)
        out = np.full((len(members), longest), np.nan)
        for row, i in enumerate(members):
            for e in self.epochs[i]:
                out[row, e.epoch] = e.metrics.get(key, np.nan)
        return out

    def _draw(self) -> None:
        weight = self.smoothing.value() / 100
        self.smoothing_label.setText(f"{weight:.2f}")
        for plot in (self.loss_plot, self.metric_plot):
            plot.clear()
        for index, (name, members) in enumerate(self.lines()):
            colour = LINE_COLOURS[index % len(LINE_COLOURS)]
            for plot, key in ((self.loss_plot, "loss"), (self.metric_plot, self.metric_key)):
                for prefix, style, label in (("", Qt.DashLine, None), ("val_", Qt.SolidLine, name)):
                    rows = self._series(members, prefix + key)
                    if key == "loss":
                        rows = np.maximum(rows, 1e-8)
                    rows = np.array([smoothed(r, weight) for r in rows]).reshape(rows.shape)
                    x = np.arange(1, rows.shape[1] + 1, dtype=float)
                    with warnings.catch_warnings(category=RuntimeWarning, action="ignore"):
                        mean = np.nanmean(rows, axis=0)  # a metric no run has: all NaN
                    pen = pg.mkPen(colour, width=2, style=style)
                    plot.plot(x, mean, pen=pen, name=label)
                    if len(members) > 1 and prefix:
                        self._band(plot, x, rows, colour)

    @staticmethod
    def _band(plot: pg.PlotWidget, x: np.ndarray, rows: np.ndarray, colour: str) -> None:
        """The spread of a group of seeds: from its lowest to its highest run."""
        with warnings.catch_warnings(category=RuntimeWarning, action="ignore"):
            low, high = np.nanmin(rows, axis=0), np.nanmax(rows, axis=0)
        fill = pg.mkColor(colour)
        fill.setAlpha(50)
        edges = [plot.plot(x, y, pen=pg.mkPen(fill, width=1)) for y in (low, high)]
        plot.addItem(pg.FillBetweenItem(*edges, brush=fill))

    def closeEvent(self, event) -> None:  # Qt's name
        super().closeEvent(event)
        self.closed.emit()

    def table_rows(self) -> list[list[str]]:
        """The table as text: a header, then one row per run (or group of seeds: the
        mean ± the spread of its final metrics)."""
        finals = [k for k in FINAL if any(k in (e[-1].metrics if e else {}) for e in self.epochs)]
        tests = [k for k in TESTED if any(k in r.test for r in self.runs)]
        places = [p for p in self.places if not (self.grouped and p == "seed")]
        rows = [["run", *places, *finals, *tests]]
        for name, members in self.lines():
            first = members[0]
            last = [self.epochs[i][-1].metrics if self.epochs[i] else {} for i in members]
            title = self.runs[first].title if len(members) == 1 else name
            rows.append(
                [
                    title,
                    *(str(self.flats[first].get(p, settings.NOT_SET)) for p in places),
                    *(_mean_spread([m.get(k) for m in last]) for k in finals),
                    *(_mean_spread([self.runs[i].test.get(k) for i in members]) for k in tests),
                ]
            )
        return rows

    def _fill_table(self) -> None:
        header, *rows = self.table_rows()
        self.table.setColumnCount(len(header))
        self.table.setRowCount(len(rows))
        self.table.setHorizontalHeaderLabels(
            [
                translate("compare_view", "run") if c == 0 else settings.short(h)
                for c, h in enumerate(header)
            ]
        )
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                if c == 0:
                    colour = LINE_COLOURS[r % len(LINE_COLOURS)]
                    item.setForeground(pg.mkColor(colour))
                self.table.setItem(r, c, item)

    def table_csv(self) -> str:
        out = io.StringIO()
        csv.writer(out, lineterminator="\n").writerows(self.table_rows())
        return out.getvalue()

    def _export_dialog(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            translate("compare_view", "Export the comparison"),
            "comparison.csv",
            translate("compare_view", "CSV files (*.csv)"),
        )
        if name:
            self.export_table(Path(name if Path(name).suffix else name + ".csv"))

    def export_table(self, target: Path) -> bool:
        try:
            files.write_text(target, self.table_csv())
        except files.WriteError as err:
            said = translate("compare_view", "Could not export the comparison — {why}")
            self.error.emit(said.format(why=err))
            return False
        return True
