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


def new_run_dir(root: Path, name: str) -> Path:
    stamp = time.strftime("%Y%m%d-%H%M%S")
    slug = "".join(c if c.isalnum() else "-" for c in name.lower()).strip("-") or "run"
    path = root / f"{stamp}-{slug}"
    suffix = 1
    while path.exists():
        suffix += 1
        path = root / f"{stamp}-{slug}-{suffix}"
    path.mkdir(parents=True)
    return path
