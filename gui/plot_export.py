"""Saving a plot as a PNG or SVG file with pyqtgraph's own exporters, atomically: a
failed save names the file and why, and leaves nothing half-written."""

from __future__ import annotations

import sys
from pathlib import Path

import pyqtgraph as pg
from pyqtgraph.exporters import ImageExporter, SVGExporter
from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from core.model import files
from gui.i18n import translate

# shown through translate("plot_export", PLOT_FILTER)
PLOT_FILTER = QT_TRANSLATE_NOOP("plot_export", "PNG image (*.png);;SVG drawing (*.svg)")
SUFFIXES = (".png", ".svg")
PNG_WIDTH = 1600  # pixels: sharp when printed or put on a slide; the height keeps the aspect


def tolerate_closed_paths() -> None:
    """pyqtgraph 0.14's SVG exporter fails on the closing "Z" that Qt 6.10 and later
    write at the end of a closed path (every plot's frame: pyqtgraph issue 3495). Hide
    the Z from its coordinate rewrite and put it back after."""
    module = sys.modules["pyqtgraph.exporters.SVGExporter"]
    original = module.correctCoordinates
    if getattr(original, "keeps_closed_paths", False):
        return

    def correct(node, defs, item, options) -> None:
        closed = []
        for path in node.getElementsByTagName("path"):
            tokens = path.getAttribute("d").split()
            if "Z" in tokens:
                path.setAttribute("d", " ".join(t for t in tokens if t != "Z"))
                closed.append(path)
        original(node, defs, item, options)
        for path in closed:
            path.setAttribute("d", path.getAttribute("d").rstrip() + " Z")

    correct.keeps_closed_paths = True
    module.correctCoordinates = correct


def target_path(name: str, chosen_filter: str) -> Path:
    """The file the user named, with the suffix of the filter they chose if they typed none."""
    path = Path(name)
    if path.suffix.lower() in SUFFIXES:
        return path
    return path.with_name(path.name + (".svg" if "svg" in chosen_filter.lower() else ".png"))


def _item(widget: QWidget) -> pg.GraphicsItem:
    if isinstance(widget, pg.PlotWidget):
        return widget.getPlotItem()
    return widget.ci  # a GraphicsLayoutWidget: every plot in its grid


def save_plot(widget: QWidget, path: Path) -> None:
    """Write ``widget``'s plot to ``path`` (.png or .svg); raises files.WriteError."""
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        said = translate("plot_export", "cannot save a plot as '{kind}': use .png or .svg")
        raise files.WriteError(0, said.format(kind=suffix or path.name))
    if suffix == ".svg":
        data: bytes = SVGExporter(_item(widget)).export(toBytes=True)
        files.write_with(path, lambda temporary: temporary.write_bytes(data))
        return
    exporter = ImageExporter(_item(widget))
    exporter.parameters()["width"] = PNG_WIDTH  # the exporter keeps the aspect ratio
    image = exporter.export(toBytes=True)

    def write(temporary: Path) -> None:
        if not image.save(str(temporary), "PNG"):
            raise OSError(0, translate("plot_export", "Qt could not encode the image"))

    files.write_with(path, write)
