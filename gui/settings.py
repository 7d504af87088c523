"""Preferences kept between sessions (an INI file in the user's config folder)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileInfo, QSettings
from PySide6.QtWidgets import QMainWindow, QSplitter

MAX_RECENT = 8


def store() -> QSettings:
    return QSettings(QSettings.IniFormat, QSettings.UserScope, "LayerLab", "LayerLab")


def _paths(key: str) -> list[Path]:
    """A list kept in the INI file (which reads a one-item list back as a string)."""
    value = store().value(key, [])
    return [Path(n) for n in ([value] if isinstance(value, str) else list(value or []))]


def recent_files() -> list[Path]:
    return _paths("recent_files")


def remember(path: Path) -> None:
    names = [str(path.resolve())]
    names += [str(p) for p in recent_files() if str(p) != names[0]]
    store().setValue("recent_files", names[:MAX_RECENT])


def forget(path: Path) -> None:
    store().setValue("recent_files", [str(p) for p in recent_files() if p != path])


def run_folders() -> list[Path]:
    """Folders the Runs tab lists beside the run store (a CLI sweep's --out)."""
    return _paths("run_folders")


def keep_run_folders(folders: list[Path]) -> None:
    store().setValue("run_folders", [str(f) for f in folders])


def folder() -> Path:
    """The folder of the settings file: what else the app keeps (the recovery file) goes
    beside it, so whatever redirects the settings (tests, XDG_CONFIG_HOME) moves it too."""
    return Path(QFileInfo(store().fileName()).absolutePath())


def keep_layout(window: QMainWindow) -> None:
    """The window's size and place and where its splitters stand, for the next start."""
    store().setValue("layout/geometry", window.saveGeometry())
    store().setValue("layout/splitters", [s.saveState() for s in window.findChildren(QSplitter)])


def restore_layout(window: QMainWindow) -> None:
    """The layout ``keep_layout`` kept, if any (splitters only while they are the same)."""
    geometry = store().value("layout/geometry")
    if geometry:
        window.restoreGeometry(geometry)
    states = store().value("layout/splitters") or []
    states = states if isinstance(states, list) else [states]
    splitters = window.findChildren(QSplitter)
    if len(states) == len(splitters):
        for splitter, state in zip(splitters, states, strict=True):
            splitter.restoreState(state)
