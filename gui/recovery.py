"""Autosave and recovery: while the experiment has unsaved changes a copy of it sits in a
recovery file beside the settings, written a second after the last edit, so a crash, a
kill or a power cut loses at most that second; the next start offers it back."""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QTimer, Signal

from core.model import files, spec
from gui import settings
from gui.document import Document
from gui.i18n import translate

AUTOSAVE_DELAY_MS = 1000  # after the last edit: typing in a field is one write, not many
FILE_NAME = "recovery.json"
MONTHS = (  # shown through ``translate("recovery", ...)``: "May" is "5월" in Korean
    QT_TRANSLATE_NOOP("recovery", "January"),
    QT_TRANSLATE_NOOP("recovery", "February"),
    QT_TRANSLATE_NOOP("recovery", "March"),
    QT_TRANSLATE_NOOP("recovery", "April"),
    QT_TRANSLATE_NOOP("recovery", "May"),
    QT_TRANSLATE_NOOP("recovery", "June"),
    QT_TRANSLATE_NOOP("recovery", "July"),
    QT_TRANSLATE_NOOP("recovery", "August"),
    QT_TRANSLATE_NOOP("recovery", "September"),
    QT_TRANSLATE_NOOP("recovery", "October"),
    QT_TRANSLATE_NOOP("recovery", "November"),
    QT_TRANSLATE_NOOP("recovery", "December"),
)


@dataclass(frozen=True)
class Recovered:
    """What a recovery file held: the work, the file it belongs to, when it was saved."""

    experiment: spec.Experiment
    path: Path | None
    saved: datetime


def recovery_file() -> Path:
    """Beside the settings: wherever they are redirected (tests, XDG_CONFIG_HOME), it goes."""
    return settings.folder() / FILE_NAME


def write(experiment: spec.Experiment, path: Path | None) -> None:
    """Replace the recovery file whole (never half-written); raises OSError."""
    target = recovery_file()
    target.parent.mkdir(parents=True, exist_ok=True)
    record = {
        "saved": datetime.now().astimezone().isoformat(timespec="seconds"),
        "path": str(path) if path is not None else None,
        "experiment": experiment.to_dict(),
    }
    files.write_text(target, json.dumps(record, indent=2) + "\n")


def read() -> Recovered | None:
    """The work in the recovery file; None when there is none. A file that cannot be
    used (cut short, edited by hand, from a newer version) is removed: it must never
    stop the window from starting, nor be offered again."""
    target = recovery_file()
    if not target.exists():
        return None
    try:
        return _parse(json.loads(target.read_text(encoding="utf-8")), str(target))
    except (OSError, ValueError):  # spec.SpecError, JSON and Unicode errors are ValueErrors
        remove()
        return None


def _parse(raw: Any, source: str) -> Recovered:
    if not isinstance(raw, dict) or not isinstance(raw.get("saved"), str):
        raise ValueError("not a recovery file")
    path = raw.get("path")
    if path is not None and not isinstance(path, str):
        raise ValueError("the recorded path is not text")
    experiment = spec.from_dict(raw.get("experiment"), source)
    return Recovered(experiment, Path(path) if path else None, datetime.fromisoformat(raw["saved"]))


def remove() -> None:
    with contextlib.suppress(OSError):
        recovery_file().unlink(missing_ok=True)


def when(saved: datetime) -> str:
    """'today at 14:03' or 'on 3 May 2025 at 14:03', in local time (in the user's
    language: it ends a sentence such as "... were autosaved {when}.")."""
    local = saved.astimezone()
    time = f"{local:%H:%M}"
    if local.date() == datetime.now().date():
        return translate("recovery", "today at {time}").format(time=time)
    said = translate("recovery", "on {day} {month} {year} at {time}")
    month = translate("recovery", MONTHS[local.month - 1])
    return said.format(day=local.day, month=month, year=local.year, time=time)


class Autosave(QObject):
    """Keeps the recovery file in step with a document: written a second after the last
    edit while there are unsaved changes; removed once there are none (saved, undone to
    what is on disk, replaced by another document) or when the user discards them."""

    failed = Signal(str)  # for the status bar: autosave is a safety net, not a dialog

    def __init__(self, document: Document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        # Only a file this window wrote or restored is its to remove: one left by a
        # crash stays until the start-up offer has been answered.
        self._owned = False
        self._unsaved = False
        self._timer = QTimer(self, singleShot=True, interval=AUTOSAVE_DELAY_MS)
        self._timer.timeout.connect(self.save_now)
        # Told by the signals' values: the undo stack also signals while it is destroyed.
        document.undo_stack.indexChanged.connect(self._edited)
        document.modifiedChanged.connect(self._modified)

    def _edited(self) -> None:
        if self._unsaved:
            self._timer.start()  # restarted by every edit: written once typing pauses

    def _modified(self, unsaved: bool) -> None:
        self._unsaved = unsaved
        if unsaved:
            self._timer.start()
        else:
            self.discard()

    def save_now(self) -> None:
        try:
            write(self.document.experiment, self.document.path)
        except OSError as err:
            said = translate("recovery", "Could not autosave: {why}")
            self.failed.emit(said.format(why=files.describe(err)))
            return
        self._owned = True

    def adopt(self) -> None:
        """The recovery file was restored into this window: it is this window's now."""
        self._owned = True

    def discard(self) -> None:
        """Nothing unsaved is left, or the user chose to lose it: no recovery file."""
        self._timer.stop()
        if self._owned:
            remove()
            self._owned = False
