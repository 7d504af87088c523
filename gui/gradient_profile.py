"""Each layer's gradient norm at one moment, input to output: the lessons' vanishing
gradients as a slope, visible in the initialization preview before the first step."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg

from core.model.events import Snapshot
from gui.i18n import translate
from gui.plots import AXIS_WIDTH, TRAIN_COLOUR, steady_axes


class GradientProfile(pg.PlotWidget):
    """The loss gradient's norm for each layer's kernel on the probe batch (log scale),
    as initialized or at the latest snapshot."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setLabel("left", translate("gradient_profile", "gradient norm"))
        self.setLabel("bottom", translate("gradient_profile", "layer (input → output)"))
        self.getAxis("left").setWidth(AXIS_WIDTH)
        self.setLogMode(y=True)
        steady_axes(self.getPlotItem(), grid=True)
        self.curve = self.plot(
            pen=pg.mkPen(TRAIN_COLOUR, width=2),
            symbol="o",
            symbolSize=8,
            symbolBrush=TRAIN_COLOUR,
            symbolPen=None,
        )
        self.reset()

    def reset(self) -> None:
        self.curve.setData([], [])
        self.ticks: list[tuple[int, str]] = []
        self.getAxis("bottom").setTicks([self.ticks])
        self.setTitle(translate("gradient_profile", "Gradient norm by layer"))

    def show_snapshot(self, snapshot: Snapshot) -> None:
        layers = [
            layer
            for layer in snapshot.layers
            if layer.grad_norm is not None and layer.grad_norm > 0
        ]
        if not layers:
            return
        self.curve.setData(np.arange(len(layers)), np.array([layer.grad_norm for layer in layers]))
        ticks = [(i, _short(layer.name)) for i, layer in enumerate(layers)]
        if ticks != self.ticks:  # new ticks re-lay the axis out: only when the layers change
            self.ticks = ticks
            self.getAxis("bottom").setTicks([ticks])
            self.setXRange(-0.5, len(layers) - 0.5, padding=0)
        if snapshot.step == 0:
            title = translate("gradient_profile", "Gradient norm by layer · as initialized")
        else:
            title = translate("gradient_profile", "Gradient norm by layer · step {step}")
        self.setTitle(title.format(step=snapshot.step))


def _short(name: str) -> str:
    """ "3 Dense" is 3: the legend of the plots beside names the layers in full."""
    first = name.split()[0]
    return first if first.isdigit() else translate("gradient_profile", "out")
