"""The network drawn as a graph, as TensorFlow Playground draws it: a node per unit
(a summarised node with its activation histogram for a wide layer), edges blue for a
positive weight and orange for a negative one, thicker for a larger one, residual skips
as arcs; for 2-D data each unit shows its own output over the plane.

The columns come from the spec (core/model/graph.py), so the graph follows every edit;
the weights and maps come with each snapshot, the initialization preview's included.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from core.model import graph
from core.model.events import LayerSnapshot, Snapshot
from core.model.graph import Column
from gui.i18n import translate

POSITIVE = QColor("#2f6fd6")
NEGATIVE = QColor("#e8772e")
UNKNOWN = QColor(150, 150, 150, 110)
MARGIN, HEADER, FOOTER = 18.0, 42.0, 26.0
MAX_NODE = 46.0  # a unit's square, at most, in pixels
MAX_PEN = 6.0  # the thickest edge, in pixels
BOUNDED = ("sigmoid", "softmax", "hard_sigmoid")  # outputs in [0, 1]: 0.5 is the middle


def _palette_lut() -> np.ndarray:
    """256 colours from orange (-1) through white (0) to blue (+1), Playground's map."""
    t = np.linspace(-1.0, 1.0, 256)[:, None]
    white = np.array([250.0, 250.0, 250.0])
    negative = np.array([NEGATIVE.red(), NEGATIVE.green(), NEGATIVE.blue()], dtype=float)
    positive = np.array([POSITIVE.red(), POSITIVE.green(), POSITIVE.blue()], dtype=float)
    colours = np.where(t < 0, white + (negative - white) * -t, white + (positive - white) * t)
    return colours.astype(np.uint8)


LUT = _palette_lut()


def heat_image(values: np.ndarray, activation: str, scale: float = 1.0) -> QImage:
    """A unit's map as an image, the plane's x2 growing upwards; values divided by
    ``scale`` into [-1, 1] (an output in [0, 1] around its middle)."""
    v = np.asarray(values, dtype=np.float32)
    v = 2.0 * v - 1.0 if activation in BOUNDED else v / scale
    index = np.clip(np.round((v + 1.0) * 127.5), 0, 255).astype(np.uint8)
    rgb = np.ascontiguousarray(LUT[index[::-1]])
    height, width = rgb.shape[:2]
    return QImage(rgb.data, width, height, 3 * width, QImage.Format_RGB888).copy()


def edge_colour(mean: float) -> QColor:
    """A weight's sign picks its edge's colour."""
    return POSITIVE if mean >= 0 else NEGATIVE


class NetworkGraph(QWidget):
    rowClicked = Signal(int)  # the editor's row of the column clicked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns: list[Column] = []
        self.snapshot: Snapshot | None = None
        self.selected_row = -1
        self._images: dict[tuple[int, int], QImage] = {}
        self.setMouseTracking(True)
        self.setMinimumSize(320, 220)
        self.setCursor(Qt.PointingHandCursor)
        self.setToolTip("")  # hovering a unit shows its incoming weights (event below)

    # ---- what it shows ----------------------------------------------------------------
    def set_columns(self, columns: list[Column]) -> None:
        """The network's columns after an edit; weights shown stay while they fit."""
        if columns != self.columns:
            self.columns = columns
            if self.snapshot is not None and not self._fits(self.snapshot):
                self.snapshot = None
            self._images.clear()
            self.update()

    def show_snapshot(self, snapshot: Snapshot) -> None:
        self.snapshot = snapshot if self._fits(snapshot) else None
        self._images.clear()
        self.update()

    def reset(self) -> None:
        self.snapshot = None
        self._images.clear()
        self.update()

    def select_row(self, row: int) -> None:
        self.selected_row = row
        self.update()

    def _fits(self, snapshot: Snapshot) -> bool:
        """The snapshot is of this network: the same layers, each as wide."""
        labels = [layer.name for layer in snapshot.layers]
        if labels != [c.label for c in self.columns[1:]]:
            return False
        for column, layer in zip(self.columns[1:], snapshot.layers, strict=True):
            if layer.wiring is not None and layer.wiring.mean.shape[1] != column.nodes:
                return False
            if layer.maps is not None and len(layer.maps) != column.nodes:
                return False
        inputs = snapshot.inputs
        return inputs is None or len(inputs) == self.columns[0].nodes

    def layer(self, index: int) -> LayerSnapshot | None:
        """What the latest snapshot says of column ``index`` (none for the input)."""
        if self.snapshot is None or index == 0:
            return None
        return self.snapshot.layers[index - 1]

    # ---- geometry ---------------------------------------------------------------------
    def _node_size(self) -> float:
        tallest = max((c.nodes for c in self.columns), default=1)
        room = self.height() - HEADER - FOOTER - MARGIN
        return float(np.clip(room / (tallest * 1.3), 8.0, MAX_NODE))

    def column_x(self, index: int) -> float:
        count = len(self.columns)
        span = self.width() - 2 * MARGIN - 60
        return MARGIN + 30 + (span * index / (count - 1) if count > 1 else span / 2)

    def node_rects(self, index: int) -> list[QRectF]:
        column, size = self.columns[index], self._node_size()
        x, middle = self.column_x(index), HEADER + (self.height() - HEADER - FOOTER) / 2
        if column.summarised:
            height = min(5 * size, self.height() - HEADER - FOOTER - 8)
            return [QRectF(x - size, middle - height / 2, 2 * size, height)]
        step = size * 1.3
        top = middle - step * column.nodes / 2 + (step - size) / 2
        return [QRectF(x - size / 2, top + i * step, size, size) for i in range(column.nodes)]

    def hit(self, point: QPointF) -> tuple[int, int] | None:
        """(column, node) under ``point``, or (column, -1) within a column's band."""
        for index in range(len(self.columns)):
            for node, rect in enumerate(self.node_rects(index)):
                if rect.adjusted(-2, -2, 2, 2).contains(point):
                    return index, node
        for index in range(len(self.columns)):
            if abs(point.x() - self.column_x(index)) < MAX_NODE:
                return index, -1
        return None

    # ---- painting ---------------------------------------------------------------------
    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        if not self.columns:
            return
        rects = [self.node_rects(i) for i in range(len(self.columns))]
        self._paint_selection(painter)
        self._paint_edges(painter, rects)
        self._paint_skips(painter, rects)
        for index, column in enumerate(self.columns):
            self._paint_header(painter, index, column)
            for node, rect in enumerate(rects[index]):
                self._paint_node(painter, index, node, rect)
        self._paint_legend(painter)

    def _paint_selection(self, painter: QPainter) -> None:
        for index, column in enumerate(self.columns):
            if column.row == self.selected_row:
                x = self.column_x(index)
                band = QRectF(x - MAX_NODE * 0.8, 2, MAX_NODE * 1.6, self.height() - FOOTER - 2)
                colour = QColor(self.palette().highlight().color())
                colour.setAlpha(45)
                painter.fillRect(band, colour)

    def _max_size(self) -> float:
        sizes = [
            float(np.max(layer.wiring.size))
            for layer in (self.snapshot.layers if self.snapshot else ())
            if layer.wiring is not None and layer.wiring.size.size
        ]
        return max(sizes, default=0.0) or 1.0

    def _paint_edges(self, painter: QPainter, rects: list[list[QRectF]]) -> None:
        biggest = self._max_size()
        for index in range(1, len(self.columns)):
            sources, targets = rects[index - 1], rects[index]
            layer = self.layer(index)
            wiring = layer.wiring if layer is not None else None
            if wiring is None or wiring.mean.shape != (len(sources), len(targets)):
                self._paint_unknown_edges(painter, sources, targets)
                continue
            for s, source in enumerate(sources):
                for t, target in enumerate(targets):
                    share = float(wiring.size[s, t]) / biggest
                    colour = QColor(edge_colour(float(wiring.mean[s, t])))
                    colour.setAlphaF(0.25 + 0.75 * min(share, 1.0))
                    painter.setPen(QPen(colour, 0.5 + MAX_PEN * min(share, 1.0)))
                    painter.drawLine(_right(source), _left(target))

    def _paint_unknown_edges(self, painter: QPainter, sources, targets) -> None:
        painter.setPen(QPen(UNKNOWN, 1.0))
        if len(sources) * len(targets) > 16 * 16:
            sources, targets = sources[:1], targets[:1]
        for source in sources:
            for target in targets:
                painter.drawLine(_right(source), _left(target))

    def _paint_skips(self, painter: QPainter, rects: list[list[QRectF]]) -> None:
        for index, column in enumerate(self.columns):
            if not column.skip or index == 0:
                continue
            start = rects[index - 1][0].topRight()
            end = rects[index][0].topLeft()
            lift = HEADER - 6
            path = QPainterPath(start)
            path.cubicTo(start.x(), lift, end.x(), lift, end.x(), end.y())
            painter.setPen(QPen(self.palette().text().color(), 1.4, Qt.DashLine))
            painter.drawPath(path)
            skip = translate("network_graph", "skip")
            painter.drawText(QPointF((start.x() + end.x()) / 2 - 10, lift + 12), skip)

    def _paint_header(self, painter: QPainter, index: int, column: Column) -> None:
        x, metrics = self.column_x(index), painter.fontMetrics()
        room = self.column_x(1) - self.column_x(0) - 4 if len(self.columns) > 1 else 200.0
        box = QRectF(x - room / 2, 2, room, HEADER / 2)
        detail = f"{column.units or '?'}" + (f" · {column.activation}" if column.activation else "")
        painter.setPen(self.palette().text().color())
        for line, text in enumerate((graph.title(column.label), detail)):
            if line:
                painter.setPen(self.palette().placeholderText().color())
            shown = metrics.elidedText(text, Qt.ElideRight, int(room))
            painter.drawText(box.translated(0, line * (HEADER / 2 - 4)), Qt.AlignCenter, shown)

    def _paint_node(self, painter: QPainter, index: int, node: int, rect: QRectF) -> None:
        column = self.columns[index]
        painter.setPen(QPen(self.palette().text().color(), 1.0))
        image = self._map(index, node)
        if image is not None:
            painter.drawImage(rect, image)
            painter.setBrush(Qt.NoBrush)
        else:
            painter.setBrush(self.palette().alternateBase())
        painter.drawRoundedRect(rect, 3, 3)
        if column.summarised:
            self._paint_summary(painter, index, rect)

    def _map(self, index: int, node: int) -> QImage | None:
        if self.snapshot is None:
            return None
        key = (index, node)
        if key not in self._images:
            column = self.columns[index]
            maps = self.snapshot.inputs if index == 0 else self.layer(index).maps
            if maps is None or node >= len(maps):
                return None
            scale = max(1.0, float(np.max(np.abs(maps))))  # one scale for the column
            self._images[key] = heat_image(maps[node], column.activation, scale)
        return self._images[key]

    def _paint_summary(self, painter: QPainter, index: int, rect: QRectF) -> None:
        """A wide layer: its activation histogram inside its node, its width below."""
        column, layer = self.columns[index], self.layer(index)
        inner = rect.adjusted(4, 4, -4, -18)
        if layer is not None and layer.output.counts.size:
            counts = layer.output.counts.astype(float)
            width = inner.width() / len(counts)
            painter.setPen(Qt.NoPen)
            painter.setBrush(POSITIVE)
            for i, share in enumerate(counts / max(counts.max(), 1.0)):
                bar = QRectF(
                    inner.left() + i * width,
                    inner.bottom() - share * inner.height(),
                    max(width - 0.5, 0.5),
                    share * inner.height(),
                )
                painter.drawRect(bar)
        painter.setPen(self.palette().text().color())
        if index == 0:
            width = translate("network_graph", "{count} inputs")
        else:
            width = translate("network_graph", "{count} units")
        painter.drawText(  # below the box: wider than it, whatever the language
            QRectF(rect.center().x() - 60, rect.bottom() + 2, 120, 16),
            Qt.AlignCenter,
            width.format(count=column.units or "?"),
        )

    def _paint_legend(self, painter: QPainter) -> None:
        y = self.height() - FOOTER + 8
        state = translate("network_graph", "no weights yet")
        if self.snapshot is not None and self.snapshot.step == 0:
            state = translate("network_graph", "as initialized")
        elif self.snapshot is not None:
            state = translate("network_graph", "step {step}").format(step=self.snapshot.step)
        x = MARGIN
        signs = (
            (POSITIVE, translate("network_graph", "positive weight")),
            (NEGATIVE, translate("network_graph", "negative")),
        )
        for colour, text in signs:
            painter.setPen(QPen(colour, 3))
            painter.drawLine(QPointF(x, y + 6), QPointF(x + 18, y + 6))
            painter.setPen(self.palette().text().color())
            painter.drawText(QPointF(x + 24, y + 10), text)
            x += 24 + painter.fontMetrics().horizontalAdvance(text) + 14
        legend = translate("network_graph", "· thicker: larger · {state}").format(state=state)
        painter.drawText(QPointF(x, y + 10), legend)

    # ---- interaction ------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.ToolTip:
            found = self.hit(QPointF(event.pos()))
            text = self.describe(*found) if found and found[1] >= 0 else ""
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        found = self.hit(event.position())
        if found is not None and event.button() == Qt.LeftButton:
            self.select_row(self.columns[found[0]].row)
            self.rowClicked.emit(self.columns[found[0]].row)
        super().mousePressEvent(event)

    def describe(self, index: int, node: int) -> str:
        """What hovering a node says: the unit, and the weights coming into it."""
        name = self._name(index, node)
        if index == 0:
            return name
        layer = self.layer(index)
        if layer is None:
            said = translate("network_graph", "{name}\nIts weights show once the network is built.")
            return said.format(name=name)
        outputs = translate("network_graph", "outputs: mean {mean}, std {std}")
        lines = [name, outputs.format(mean=f"{layer.mean:.3g}", std=f"{layer.std:.3g}")]
        wiring = layer.wiring
        if wiring is None or not wiring.mean.size:
            lines.append(translate("network_graph", "no weights of its own"))
            return "\n".join(lines)
        t = min(node, wiring.mean.shape[1] - 1)
        if self._per_source(index, wiring.mean.shape[0]):
            weights = ", ".join(f"{w:+.3f}" for w in wiring.mean[:, t])
            said = translate("network_graph", "incoming weights: {weights}")
            lines.append(said.format(weights=weights))
        else:
            said = translate(
                "network_graph",
                "from {count} inputs: mean weight {mean}, root mean square {rms}",
            )
            lines.append(
                said.format(
                    count=self.columns[index - 1].units,
                    mean=f"{wiring.mean[0, t]:+.3g}",
                    rms=f"{wiring.size[0, t]:.3g}",
                )
            )
        return "\n".join(lines)

    def _name(self, index: int, node: int) -> str:
        """The hovered node's column (as shown) and which unit it is, or the column's width."""
        column = self.columns[index]
        label = graph.title(column.label)
        if column.summarised and index == 0:
            said = translate("network_graph", "{layer}: {count} inputs")
        elif column.summarised:
            said = translate("network_graph", "{layer}: {count} units")
        elif index == 0:
            said = translate("network_graph", "{layer} · input {number}")
        else:
            said = translate("network_graph", "{layer} · unit {number}")
        return said.format(layer=label, count=column.units, number=node + 1)

    def _per_source(self, index: int, sources: int) -> bool:
        before = self.columns[index - 1]
        return sources == before.nodes and not before.summarised


def _right(rect: QRectF) -> QPointF:
    return QPointF(rect.right(), rect.center().y())


def _left(rect: QRectF) -> QPointF:
    return QPointF(rect.left(), rect.center().y())
