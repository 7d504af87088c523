"""The Data view: the file's first rows, feature spreads before and after
preprocessing, sample images per class and augmented copies."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.model.facts import MAX_FEATURES_SHOWN, DataOverview, Spread
from gui.i18n import translate

THUMBNAIL_PX = 48
MAX_NAMED_FEATURES = 8
BEFORE_COLOUR, AFTER_COLOUR = (130, 130, 130), (31, 119, 180)


def pixmap(image: np.ndarray, low: float, high: float) -> QPixmap:
    """One (h, w, channels) image as a pixmap, scaled up without blurring the pixels."""
    scaled = np.clip((image - low) / max(high - low, 1e-12) * 255, 0, 255).astype(np.uint8)
    height, width, channels = scaled.shape
    if channels == 3:
        pixels = np.ascontiguousarray(scaled)
        fmt, stride = QImage.Format_RGB888, 3 * width
    else:
        pixels = np.ascontiguousarray(scaled[..., 0])
        fmt, stride = QImage.Format_Grayscale8, width
    qimage = QImage(pixels.data, width, height, stride, fmt).copy()  # own the pixels
    return QPixmap.fromImage(qimage).scaled(
        THUMBNAIL_PX, THUMBNAIL_PX, Qt.KeepAspectRatio, Qt.FastTransformation
    )


class ImageGrid(QWidget):
    """Rows of thumbnails, each row with a label."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setSpacing(3)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.thumbnails: list[QLabel] = []

    def show_rows(self, rows: list[tuple[str, np.ndarray]]) -> None:
        while self.grid.count():
            self.grid.takeAt(0).widget().deleteLater()
        self.thumbnails = []
        if not rows:
            return
        everything = np.concatenate([images.reshape(-1) for _, images in rows])
        low, high = float(everything.min()), float(everything.max())
        for r, (label, images) in enumerate(rows):
            self.grid.addWidget(QLabel(label), r, 0)
            for c, image in enumerate(images):
                thumb = QLabel()
                thumb.setPixmap(pixmap(image, low, high))
                self.grid.addWidget(thumb, r, c + 1)
                self.thumbnails.append(thumb)
        self.grid.setColumnStretch(self.grid.columnCount(), 1)


class SpreadPlot(pg.PlotWidget):
    """Either one bar per feature (mean ± std, thick, within min..max, thin) or, for
    images, a histogram of every pixel value."""

    def __init__(self, title: str, colour: tuple[int, int, int]) -> None:
        super().__init__(title=title)
        self.setMouseEnabled(x=False, y=False)
        self.setMinimumHeight(190)
        self.setMaximumHeight(240)
        self.range_bars = pg.ErrorBarItem(pen=pg.mkPen((*colour, 90), width=1), beam=0)
        self.std_bars = pg.ErrorBarItem(pen=pg.mkPen(colour, width=3), beam=0)
        self.means = pg.ScatterPlotItem(size=4, brush=pg.mkBrush(colour), pen=None)
        self.histogram = pg.PlotDataItem(
            stepMode="center", fillLevel=0, pen=pg.mkPen(colour), brush=(*colour, 120)
        )
        for item in (self.range_bars, self.std_bars, self.means, self.histogram):
            self.addItem(item)

    def name_features(self, names: tuple[str, ...]) -> None:
        """Label the bars with the features' names when they fit; else their numbers."""
        ticks = [list(enumerate(names))] if 0 < len(names) <= MAX_NAMED_FEATURES else None
        self.getAxis("bottom").setTicks(ticks)

    def show_spread(self, spread: Spread, pooled: bool) -> None:
        x = np.arange(len(spread.mean), dtype=float)
        bars = (self.range_bars, self.std_bars, self.means)
        for item in bars:
            item.setVisible(not pooled)
        self.histogram.setVisible(pooled)
        if pooled:
            self.setLabel("bottom", translate("data_view", "pixel value"))
            self.setLabel("left", translate("data_view", "count"))
            self.histogram.setData(spread.edges, spread.counts)
        else:
            self.setLabel("bottom", translate("data_view", "feature"))
            self.setLabel("left", translate("data_view", "value"))
            top, bottom = spread.high - spread.mean, spread.mean - spread.low
            self.range_bars.setData(x=x, y=spread.mean, top=top, bottom=bottom)
            self.std_bars.setData(x=x, y=spread.mean, top=spread.std, bottom=spread.std)
            self.means.setData(x, spread.mean)
        self.enableAutoRange()


class DataView(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel(translate("data_view", "Reading the data…"), wordWrap=True)
        self.table = QTableWidget(editTriggers=QTableWidget.NoEditTriggers)
        self.table.setMinimumHeight(200)
        self.table_box = self._box(translate("data_view", "First rows of the file"), self.table)
        self.before = SpreadPlot(translate("data_view", "Before preprocessing"), BEFORE_COLOUR)
        self.after = SpreadPlot(
            translate("data_view", "After: what the first layer sees"), AFTER_COLOUR
        )
        spreads = QWidget()
        spread_layout = QHBoxLayout(spreads)
        spread_layout.setContentsMargins(0, 0, 0, 0)
        spread_layout.addWidget(self.before)
        spread_layout.addWidget(self.after)
        self.spread_note = QLabel(wordWrap=True)
        self.spread_box = self._box(
            translate("data_view", "Feature distributions (training split)"),
            spreads,
            self.spread_note,
        )
        self.samples = ImageGrid()
        self.samples_box = self._box(
            translate("data_view", "Samples per class (training split)"), self.samples
        )
        self.augmented = ImageGrid()
        self.augmented_note = QLabel(wordWrap=True)
        self.augmented_box = self._box(
            translate(
                "data_view", "Augmented in training (each row: one image, then random variants)"
            ),
            self.augmented,
            self.augmented_note,
        )
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.summary)
        for box in (self.table_box, self.spread_box, self.samples_box, self.augmented_box):
            layout.addWidget(box)
        layout.addStretch(1)
        self.setWidget(body)
        self.setWidgetResizable(True)
        for box in (self.table_box, self.samples_box, self.augmented_box):
            box.hide()

    @staticmethod
    def _box(title: str, *widgets: QWidget) -> QGroupBox:
        box = QGroupBox(title)
        layout = QVBoxLayout(box)
        for widget in widgets:
            layout.addWidget(widget)
        return box

    def show_waiting(self, text: str) -> None:
        self.summary.setText(text)

    def show_overview(self, view: DataOverview, augmentation_on: bool) -> None:
        train, val, test = view.sizes
        summary = translate(
            "data_view",
            "<b>{train}</b> training · <b>{validation}</b> validation · <b>{test}</b> test samples",
        ).format(train=train, validation=val, test=test)
        if view.loading == "in memory":
            summary += translate("data_view", " · images read into memory for training")
        elif view.loading == "streamed from disk":
            summary += translate(
                "data_view",
                " · streamed from disk batch by batch (too big to keep in memory, or so chosen)",
            )
        self.summary.setText(summary)
        self._show_table(view)
        images = len(view.input_shape) == 3
        self.before.show_spread(view.before, images)
        self.after.show_spread(view.after, images)
        names = view.file.feature_names if view.file else ()
        self.before.name_features(names)
        same = len(view.after.mean) == len(view.before.mean)  # not PCA's components
        self.after.name_features(names if same else ())
        shown = min(view.features, MAX_FEATURES_SHOWN)
        if images and view.loading:
            note = translate(
                "data_view",
                "Every pixel value of the first 512 training images (of a folder, at most).",
            )
        elif images:
            note = translate("data_view", "Every pixel value of the training images.")
        elif view.features > shown:
            note = translate(
                "data_view",
                "One bar per feature (the first {shown} of {total}): mean ± std (thick) "
                "within min..max (thin).",
            ).format(shown=shown, total=view.features)
        else:
            note = translate(
                "data_view", "One bar per feature: mean ± std (thick) within min..max (thin)."
            )
        self.spread_note.setText(note)
        self.samples.show_rows([(name, images) for name, images in view.samples])
        self.samples_box.setVisible(bool(view.samples))
        if view.augmented is not None:
            self.augmented.show_rows([(f"#{i + 1}", row) for i, row in enumerate(view.augmented)])
            self.augmented_note.setText("")
        self.augmented_box.setVisible(view.augmented is not None or augmentation_on)
        if view.augmented is None and augmentation_on:
            self.augmented.show_rows([])
            self.augmented_note.setText(
                translate("data_view", "Augmentation applies to image data only.")
            )

    def _show_table(self, view: DataOverview) -> None:
        found = view.file
        rows = found.preview if found is not None else ()
        self.table_box.setVisible(bool(rows))
        if not rows:
            return
        self.table.setColumnCount(len(found.columns))
        self.table.setRowCount(len(rows))
        self.table.setHorizontalHeaderLabels([c.name for c in found.columns])
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                item = QTableWidgetItem(value)
                if not value:
                    item.setBackground(Qt.yellow)
                    item.setToolTip(translate("data_view", "missing"))
                self.table.setItem(r, c, item)
        self.table.setVerticalHeaderLabels([str(r + 2) for r in range(len(rows))])
