"""The user's own data: CSV/TSV tables, .npz arrays and image folders.

Reading a file can take seconds (a 100 MB CSV), so only the engine reads one: ``read``
keeps the result per file version (path, size, modified time) and per choice of columns,
so the Data view, the preview and a run read a file once. The window learns what was
found as ``FileFacts`` and passes them in where needed. Nothing in a file is unpickled
or run.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import numpy as np

from core.engine import csv_tables, image_folders
from core.engine.file_data import DataError, FileData, Progress, classes_or_numbers
from core.i18n import translate
from core.model.facts import missing_file

# ---- the cache ------------------------------------------------------------------------
_LOCK = threading.Lock()
_CACHE: dict[tuple, FileData | DataError] = {}
_KEEP = 4  # file versions kept in memory


def _signature(path: Path) -> tuple | None:
    """What changes when the file (or a class folder's list of images) changes."""
    try:
        stat = path.stat()
        if not path.is_dir():
            return (stat.st_mtime_ns, stat.st_size)
        subs = sorted(p for p in path.iterdir() if p.is_dir())
        return (stat.st_mtime_ns, *((p.name, p.stat().st_mtime_ns) for p in subs))
    except OSError:
        return None


def _key(name: str, params: Mapping[str, Any]) -> tuple | None:
    path = Path(params["path"])
    signature = _signature(path)
    if signature is None:
        return None
    frozen = tuple(sorted((k, _hashable(v)) for k, v in params.items()))
    return (name, frozen, str(path.resolve()), signature)


def _hashable(value: Any) -> Any:
    if hasattr(value, "name") and hasattr(value, "params"):  # a Pick
        return (value.name, tuple(sorted(value.params.items())))
    return tuple(value) if isinstance(value, list) else value


def _lookup(name: str, params: Mapping[str, Any]) -> tuple[tuple, FileData | DataError | None]:
    """The file version's cache key and what is known of it (None: nothing yet)."""
    key = _key(name, params)
    if key is None:
        raise DataError(missing_file(params["path"]))
    with _LOCK:
        return key, _CACHE.get(key)


def _store(key: tuple, known: FileData | DataError) -> None:
    with _LOCK:
        _CACHE[key] = known
        while len(_CACHE) > _KEEP:
            del _CACHE[next(iter(_CACHE))]


def read(name: str, params: Mapping[str, Any], progress: Progress | None = None) -> FileData:
    """Read the dataset (or take it from the cache); a DataError says what is wrong."""
    key, known = _lookup(name, params)
    if known is None:
        try:
            known = _READERS[name](Path(params["path"]), params, progress or (lambda _: None))
        except DataError as err:
            known = err
        _store(key, known)
    if isinstance(known, DataError):
        raise known
    return known


# ---- .npz -----------------------------------------------------------------------------
def _read_npz(path: Path, params: Mapping[str, Any], progress: Progress) -> FileData:
    arrays = _npz_arrays(path)
    progress(1.0)
    listing = [(n, tuple(a.shape), str(a.dtype)) for n, a in arrays.items()]
    _check_named(path, params, listing)
    x, y = arrays[params["x"]], arrays[params["y"]]
    if x.dtype.kind not in "biuf":
        message = translate("engine.sources", "{path}: the inputs {name} are not numbers ({dtype})")
        raise DataError(message.format(path=path, name=repr(params["x"]), dtype=x.dtype))
    y, converted = one_column(y)  # copied into exported scripts: its note is worded here
    notes = []
    if converted:
        notes.append(translate("engine.sources", "one-hot targets turned into class numbers"))
    if y.ndim != 1:
        message = translate(
            "engine.sources",
            "{path}: the targets {name} must hold one value per sample, got shape {shape}",
        )
        raise DataError(message.format(path=path, name=repr(params["y"]), shape=y.shape))
    if len(x) != len(y):
        message = translate("engine.sources", "{path}: {inputs} inputs but {targets} targets")
        raise DataError(message.format(path=path, inputs=len(x), targets=len(y)))
    if x.ndim == 1:
        x = x[:, None]
    elif x.ndim == 3:
        x = x[..., None]
        notes.append(
            translate(
                "engine.sources",
                "inputs of shape (samples, height, width) read as one-channel images",
            )
        )
    where = translate("engine.sources", "{path}: the targets {name}")
    y, task, names = classes_or_numbers(
        y, params["task"].name, where.format(path=path, name=repr(params["y"]))
    )
    return FileData(
        str(path), x.astype(np.float32), y, task, names, arrays=tuple(listing), notes=tuple(notes)
    )


def _npz_arrays(path: Path) -> dict[str, np.ndarray]:
    """Every array of the file, by name (none of them unpickled)."""
    import zipfile

    try:
        npz = np.load(path, allow_pickle=False)
    except (OSError, ValueError, zipfile.BadZipFile) as err:
        message = translate("engine.sources", "{path}: not a readable .npz file ({error})")
        raise DataError(message.format(path=path, error=err)) from None
    if not isinstance(npz, np.lib.npyio.NpzFile):
        message = translate(
            "engine.sources", "{path}: a single .npy array, not an .npz file of named arrays"
        )
        raise DataError(message.format(path=path))
    with npz:
        return {name: _npz_array(npz, name, path) for name in npz.files}


def _check_named(
    path: Path, params: Mapping[str, Any], listing: list[tuple[str, tuple, str]]
) -> None:
    """The arrays chosen for the inputs and the targets are in the file."""
    found = ", ".join(f"{n} {s}" for n, s, _ in listing) or translate("engine.sources", "none")
    shown = translate("engine.sources", "arrays: {names}").format(names=found)
    for role in ("x", "y"):
        if params[role] not in {n for n, _, _ in listing}:
            if role == "x":
                message = translate(
                    "engine.sources", "{path}: no array named {name} for the inputs ({arrays})"
                )
            else:
                message = translate(
                    "engine.sources", "{path}: no array named {name} for the targets ({arrays})"
                )
            raise DataError(message.format(path=path, name=repr(params[role]), arrays=shown))


def _npz_array(npz, name: str, path: Path) -> np.ndarray:
    try:
        return npz[name]
    except ValueError:
        message = translate(
            "engine.sources",
            "{path}: the array {name} holds Python objects, which LayerLab never loads (they "
            "could run code)",
        )
        raise DataError(message.format(path=path, name=repr(name))) from None


def one_column(y: np.ndarray) -> tuple[np.ndarray, list[str]]:
    """One target per sample: one-hot rows become class numbers, a column a vector.
    (Copied into exported scripts: self-contained.)"""
    if y.ndim == 2 and y.shape[1] > 1 and np.all(y.sum(axis=1) == 1):
        return y.argmax(axis=1), ["one-hot targets turned into class numbers"]
    if y.ndim == 2 and y.shape[1] == 1:
        return y[:, 0], []
    return y, []


_READERS: dict[str, Callable[[Path, Mapping[str, Any], Progress], FileData]] = {
    "csv": csv_tables.read_csv,
    "npz": _read_npz,
    "image_folder": image_folders.read_index,
}
