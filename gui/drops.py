"""Files dropped on the window open as a user would expect: an experiment (.json) opens,
a table (.csv, .tsv), arrays (.npz) or a folder of images becomes the dataset, a trained
Keras model (.keras) is imported as the network's base. Anything else is refused,
named, and nothing changes."""

from __future__ import annotations

import html
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject

from core.model import catalog, spec
from gui.i18n import translate

DATA_SUFFIXES = {".csv": "csv", ".tsv": "csv", ".npz": "npz"}
KINDS = QT_TRANSLATE_NOOP(  # shown through ``translate("drops", KINDS)``
    "drops",
    "an experiment (.json), a table (.csv, .tsv), arrays (.npz), an image folder or a "
    "trained model (.keras)",
)


def dropped_path(event) -> Path | None:
    """The one local file or folder a drag carries (None: several, or not a file)."""
    urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
    if len(urls) != 1 or not urls[0].isLocalFile():
        return None
    return Path(urls[0].toLocalFile())


class FileDrops(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt's name
        if event.type() in (QEvent.DragEnter, QEvent.DragMove):
            if dropped_path(event) is not None:
                event.acceptProposedAction()
                return True
        elif event.type() == QEvent.Drop:
            path = dropped_path(event)
            if path is not None:
                event.acceptProposedAction()
                self.open(path)
                return True
        return super().eventFilter(watched, event)

    def open(self, path: Path) -> bool:
        """Open ``path`` by its kind; a kind LayerLab does not read is said in the banner."""
        window = self.window
        suffix = path.suffix.lower()
        if suffix == ".json":
            return window.open_file(path)
        if suffix == ".keras":
            return window.import_model(path)
        kind = "image_folder" if path.is_dir() else DATA_SUFFIXES.get(suffix)
        if kind is None:
            said = translate("drops", "<b>Cannot open {name}</b> — LayerLab opens {kinds}.")
            window.banner.show_message(
                said.format(name=html.escape(path.name), kinds=translate("drops", KINDS))
            )
            return False
        if window.controller.running:
            window.banner.show_message(
                translate("drops", "Stop the running training before changing its data.")
            )
            return False
        pick = spec.default_pick(catalog.DATASETS[kind])
        pick = spec.Pick(kind, {**pick.params, "path": str(path)})
        experiment = window.experiment
        changed = replace(experiment, data=replace(experiment.data, dataset=pick))
        window.apply(changed, translate("drops", "drop data"))
        window.tabs.setCurrentWidget(window.data_panel)
        return True
