"""Where runs are kept: one folder per run under the user's data directory
(``~/.local/share/layerlab/runs`` on Linux, honouring XDG_DATA_HOME; the platform's
own place on Windows and macOS). What a run writes there is core/engine/runs.py's."""

from __future__ import annotations

import time
from pathlib import Path

import platformdirs


def default_root() -> Path:
    """Where the window keeps its runs."""
    return platformdirs.user_data_path("layerlab", appauthor=False) / "runs"


SLUG_CHARACTERS = 60
SLUG_BYTES = 120  # file systems count a name's bytes (255 at most); a character may take 4


def folder_slug(name: str) -> str:
    """An experiment's name as part of a folder name: letters and digits, the rest dashes,
    short enough that a long name (or a Korean one, 3 bytes a letter) always fits."""
    lower = name[:SLUG_CHARACTERS].lower()[:SLUG_CHARACTERS]  # lower() may add characters
    short = "".join(c if c.isalnum() else "-" for c in lower)
    fitting = short.encode()[:SLUG_BYTES].decode(errors="ignore")  # no half a character
    return fitting.strip("-") or "run"


def new_run_dir(root: Path, name: str) -> Path:
    """A new, empty folder for one run: its start time and the experiment's name."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    slug = folder_slug(name)
    path = root / f"{stamp}-{slug}"
    suffix = 1
    while path.exists():
        suffix += 1
        path = root / f"{stamp}-{slug}-{suffix}"
    path.mkdir(parents=True)
    return path
