"""Preferences kept between sessions (an INI file in the user's config folder)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileInfo, QSettings

MAX_RECENT = 8


def store() -> QSettings:
    return QSettings(QSettings.IniFormat, QSettings.UserScope, "LayerLab", "LayerLab")


def recent_files() -> list[Path]:
    value = store().value("recent_files", [])
    names = [value] if isinstance(value, str) else list(value or [])
    return [Path(n) for n in names]


def remember(path: Path) -> None:
    names = [str(path.resolve())]
    names += [str(p) for p in recent_files() if str(p) != names[0]]
    store().setValue("recent_files", names[:MAX_RECENT])


def forget(path: Path) -> None:
    store().setValue("recent_files", [str(p) for p in recent_files() if p != path])


def folder() -> Path:
    """The folder of the settings file: what else the app keeps (the recovery file) goes
    beside it, so whatever redirects the settings (tests, XDG_CONFIG_HOME) moves it too."""
    return Path(QFileInfo(store().fileName()).absolutePath())
