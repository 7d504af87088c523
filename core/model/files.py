"""Writing files so that nothing is ever half-written: into a temporary file in the same
folder, then renamed over the target (a rename within a folder is atomic). A kill or a
full disk during the write leaves the old file whole and no temporary file behind."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from core.i18n import translate


class WriteError(OSError):
    """A file that could not be written; the message names it and says why."""

    def __str__(self) -> str:
        return self.strerror or super().__str__()


def describe(error: OSError) -> str:
    """An OSError in words: 'Permission denied', 'No space left on device', ..."""
    return error.strerror or str(error)


def write_text(path: str | Path, text: str) -> None:
    """UTF-8 text, flushed to the disk before it replaces the old file."""

    def write(temporary: Path) -> None:
        with temporary.open("w", encoding="utf-8", newline="") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())

    write_with(path, write)


def write_with(path: str | Path, write: Callable[[Path], None]) -> None:
    """``write(temporary)``, then rename over ``path``: for any writer that wants a path
    (numpy, Keras). The temporary name keeps the target's suffix, which such writers
    look at."""
    target = Path(path)
    try:
        handle, temporary = tempfile.mkstemp(
            prefix=f".{target.stem}.", suffix=target.suffix, dir=target.parent
        )
        os.close(handle)
        os.chmod(temporary, _ordinary_mode())  # mkstemp's is owner-only
    except OSError as err:
        raise WriteError(err.errno, _cannot_write(target, err)) from None
    try:
        write(Path(temporary))
        os.replace(temporary, target)
    except OSError as err:
        _remove(temporary)
        raise WriteError(err.errno, _cannot_write(target, err)) from None
    except BaseException:
        _remove(temporary)
        raise


def _cannot_write(target: Path, error: OSError) -> str:
    message = translate("files", "cannot write {path}: {reason}")
    return message.format(path=target, reason=describe(error))


def _ordinary_mode() -> int:
    """The permissions a plain ``open`` would give a new file (0o644 under umask 022)."""
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def _remove(path: str) -> None:
    with contextlib.suppress(OSError):
        os.remove(path)
