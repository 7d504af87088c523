"""Writing files so that nothing is ever half-written: into a temporary file in the same
folder, then renamed over the target (a rename within a folder is atomic). A kill or a
full disk during the write leaves the old file whole and no temporary file behind."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO


class WriteError(OSError):
    """A file that could not be written; the message names it and says why."""

    def __str__(self) -> str:
        return self.strerror or super().__str__()


def describe(error: OSError) -> str:
    """An OSError in words: 'Permission denied', 'No space left on device', ..."""
    return error.strerror or str(error)


@contextlib.contextmanager
def atomic(path: str | Path, mode: str = "w", encoding: str | None = "utf-8") -> Iterator[IO]:
    """Open a temporary file beside ``path``; on success it replaces ``path``."""
    target = Path(path)
    binary = "b" in mode
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    except OSError as err:
        raise WriteError(err.errno, f"cannot write {target}: {describe(err)}") from None
    try:
        with os.fdopen(
            handle, mode, encoding=None if binary else encoding, newline="" if not binary else None
        ) as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        os.replace(temporary, target)
    except OSError as err:
        _remove(temporary)
        raise WriteError(err.errno, f"cannot write {target}: {describe(err)}") from None
    except BaseException:
        _remove(temporary)
        raise


def write_text(path: str | Path, text: str) -> None:
    with atomic(path) as f:
        f.write(text)


def write_with(path: str | Path, write: Callable[[Path], None]) -> None:
    """For writers that want a path (numpy, Keras): ``write(temporary)``, then rename.
    The temporary name keeps the target's suffix, which such writers look at."""
    target = Path(path)
    try:
        handle, temporary = tempfile.mkstemp(
            prefix=f".{target.stem}.", suffix=target.suffix, dir=target.parent
        )
        os.close(handle)
    except OSError as err:
        raise WriteError(err.errno, f"cannot write {target}: {describe(err)}") from None
    try:
        write(Path(temporary))
        os.replace(temporary, target)
    except OSError as err:
        _remove(temporary)
        raise WriteError(err.errno, f"cannot write {target}: {describe(err)}") from None
    except BaseException:
        _remove(temporary)
        raise


def _remove(path: str) -> None:
    with contextlib.suppress(OSError):
        os.remove(path)
