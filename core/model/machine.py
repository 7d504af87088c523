"""What this machine can give a run: its free memory, read without importing TensorFlow."""

from __future__ import annotations

import os
from pathlib import Path

from core.i18n import translate


def available_memory() -> int | None:
    """Bytes of memory a new run can use without swapping (None: not known here)."""
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemAvailable:"):
                return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    try:
        return os.sysconf("SC_AVPHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    except (AttributeError, OSError, ValueError):
        return None


def size_words(size: float) -> str:
    """Bytes as people say them: 512 KB, 3.2 MB, 41 GB, 72 TB."""
    if size < 1000:
        return translate("machine", "{count} bytes").format(count=f"{size:.0f}")
    for unit in ("KB", "MB", "GB"):
        size /= 1000
        if size < 1000:
            return f"{size:.2g} {unit}" if size < 100 else f"{size:.0f} {unit}"
    return f"{size / 1000:,.0f} TB"
