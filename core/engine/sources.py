"""The user's own data: CSV/TSV tables, .npz arrays and image folders.

Reading a file can take seconds (a 100 MB CSV), so only the engine reads one: ``read``
keeps the result per file version (path, size, modified time) and per choice of columns,
so the Data view, the preview and a run read a file once. The window learns what was
found as ``FileFacts`` and passes them in where needed. Nothing in a file is unpickled
or run.
"""

from __future__ import annotations

import csv
import threading
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import numpy as np

from core.engine import image_folders
from core.engine.file_data import DataError, FileData, Progress
from core.model import catalog
from core.model.facts import Column, missing_file

PREVIEW_ROWS = 100
MAX_CLASSES_INFERRED = 20  # whole-number targets with at most this many values are classes
CSV_CHUNK_ROWS = 100_000
SNIFF_BYTES = 256 * 1024  # what the encoding and the delimiter are guessed from
MAX_HEADER_BYTES = 1_000_000  # a longer first line is no table header
MAX_COLUMNS = 10_000
MAX_CELL_CHARACTERS = 10_000


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


# ---- targets --------------------------------------------------------------------------
def _classes_or_numbers(
    values: np.ndarray, task: str, where: str
) -> tuple[np.ndarray, str, tuple[str, ...]]:
    """Targets as class numbers or floats, and the task, as inferred or as chosen."""
    numeric = values.dtype.kind in "biuf"
    if task == "auto":
        whole = numeric and (values.dtype.kind != "f" or bool(np.all(np.mod(values, 1) == 0)))
        few = len(np.unique(values)) <= MAX_CLASSES_INFERRED
        task = "classification" if not numeric or (whole and few) else "regression"
    if task == "regression":
        if not numeric:
            raise DataError(
                f"{where} is not numeric (e.g. {str(values[0])!r}): regression needs "
                "numbers; choose the task 'Classification'"
            )
        return values.astype(np.float32), task, ()
    labels, codes = np.unique(values.astype(str) if not numeric else values, return_inverse=True)
    if len(labels) < 2:
        raise DataError(
            f"{where} has one class only ({str(labels[0])!r}): a classifier needs at least two"
        )
    names = tuple(_label(v) for v in labels)
    return codes.astype(np.int64), task, names


def _label(value: Any) -> str:
    if isinstance(value, float | np.floating) and float(value).is_integer():
        return str(int(value))
    return str(value)


# ---- CSV / TSV ------------------------------------------------------------------------
def text_encoding(path: Path, choice: str) -> str:
    """The text encoding chosen, or the first of UTF-8 (BOM or not), CP949 and Latin-1
    that reads the start of the file."""
    with path.open("rb") as f:
        head = f.read(SNIFF_BYTES)
    if b"\x00" in head:
        raise DataError(f"{path}: not a text file (it holds binary data, or UTF-16 text)")
    if choice != "auto":
        return choice
    if head.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    for encoding in ("utf-8", "cp949"):
        try:
            head.decode(encoding)
            return encoding
        except UnicodeDecodeError as err:
            if err.start >= len(head) - 3 and len(head) == SNIFF_BYTES:
                return encoding  # only the sample's last character was cut in two
    return "latin-1"


def _header(path: Path, encoding: str) -> str:
    """The first line, refused when it cannot be a table's header (a 10 MB line of
    numbers would keep the reader busy for minutes)."""
    with path.open(encoding=encoding, errors="replace") as f:
        first = f.readline(MAX_HEADER_BYTES + 1)
    if len(first) > MAX_HEADER_BYTES:
        raise DataError(
            f"{path}: the first line is longer than {MAX_HEADER_BYTES:,} characters; a table "
            "starts with a header line naming its columns"
        )
    return first


def delimiter(path: Path, choice: str, encoding: str) -> str:
    if choice != "auto":
        return catalog.DELIMITER_CHARACTERS[choice]
    if path.suffix.lower() == ".tsv":
        return "\t"
    with path.open(encoding=encoding, errors="replace") as f:
        head = f.read(64 * 1024)
    try:
        return csv.Sniffer().sniff(head, delimiters=",\t;").delimiter
    except csv.Error:
        return ","


def _lines(rows: np.ndarray) -> tuple[int, ...]:
    return tuple(int(i) + 2 for i in rows)  # data row 0 is line 2, under the header


def _some(lines: tuple[int, ...], limit: int = 8) -> str:
    shown = ", ".join(str(n) for n in lines[:limit])
    return shown + (f" and {len(lines) - limit} more" if len(lines) > limit else "")


def _read_table(path: Path, sep: str, encoding: str, progress: Progress):
    import pandas as pd

    size = path.stat().st_size
    if size == 0:
        raise DataError(f"{path}: the file is empty")
    chunks = []
    try:
        with path.open("rb") as f:
            for chunk in pd.read_csv(
                f, sep=sep, chunksize=CSV_CHUNK_ROWS, skipinitialspace=True, encoding=encoding
            ):
                chunks.append(chunk)
                progress(min(f.tell() / size, 1.0))
    except pd.errors.EmptyDataError:
        raise DataError(f"{path}: the file is empty") from None
    except pd.errors.ParserError as err:
        reason = str(err).strip().splitlines()[-1]
        raise DataError(f"{path}: not a table with the delimiter {sep!r} ({reason})") from None
    except UnicodeDecodeError:
        raise DataError(
            f"{path}: not a {encoding} text file further on; choose its text encoding in "
            "the Data tab"
        ) from None
    if not chunks or sum(len(c) for c in chunks) == 0:
        raise DataError(f"{path}: the file has a header but no rows")
    return pd.concat(chunks, ignore_index=True) if len(chunks) > 1 else chunks[0]


def as_numbers(column) -> tuple[np.ndarray, bool]:
    """The column as floats (NaN where missing), and whether it is numeric at all.
    (Copied into exported scripts: self-contained.)"""
    import pandas as pd

    if column.dtype.kind in "biuf":
        return column.to_numpy(dtype=np.float64, na_value=np.nan), True
    converted = pd.to_numeric(column, errors="coerce")
    numeric = not (converted.isna() & column.notna()).any()
    return converted.to_numpy(dtype=np.float64, na_value=np.nan), numeric


def _read_csv(path: Path, params: Mapping[str, Any], progress: Progress) -> FileData:
    encoding = text_encoding(path, params["encoding"].name)
    first = _header(path, encoding)
    sep = delimiter(path, params["delimiter"].name, encoding)
    if first.count(sep) >= MAX_COLUMNS:
        raise DataError(f"{path}: more than {MAX_COLUMNS:,} columns; LayerLab reads at most that")
    table = _read_table(path, sep, encoding, progress)
    _check_columns(path, sep, table, first)
    columns, numbers = _describe(table)
    _check_cells(path, table, numbers)
    target, features = _chosen_columns(path, [c.name for c in columns], params)
    keep, notes = _kept_rows(table, target, features, params["missing"].name, columns)
    if not keep.any():
        raise DataError(f"{path}: no row is left once rows with missing values are dropped")
    x, feature_names, encoded = _encode(table, features, numbers, keep)
    target_values = numbers[target]
    target_values = (
        target_values[keep] if target_values is not None else table[target][keep].astype(str)
    )
    y, task, class_names = _classes_or_numbers(
        np.asarray(target_values), params["task"].name, f"{path}: the target column {target!r}"
    )
    head = table.head(PREVIEW_ROWS)
    preview = head.astype(object).where(head.notna(), "")
    rows = tuple(tuple(str(v) for v in row) for row in preview.itertuples(index=False))
    return FileData(
        str(path),
        x,
        y,
        task,
        class_names,
        tuple(feature_names),
        tuple(columns),
        rows,
        notes=(f"text encoding: {_encoding_label(encoding)}", *notes, *encoded),
    )


def _encoding_label(encoding: str) -> str:
    return catalog.ENCODINGS[encoding].label if encoding in catalog.ENCODINGS else encoding


def _check_columns(path: Path, sep: str, table, first: str) -> None:
    """One column means the delimiter is wrong, far more often than not."""
    if len(table.columns) >= 2:
        return
    others = [n for n, ch in catalog.DELIMITER_CHARACTERS.items() if ch in first]
    hint = f"; the first line contains the {others[0]} delimiter" if others else ""
    raise DataError(
        f"{path}: only one column found with the delimiter {sep!r}{hint}. A table needs "
        "a target column and at least one feature column: check the delimiter."
    )


def _check_cells(path: Path, table, numbers: dict[str, np.ndarray | None]) -> None:
    """A text column that is numbers but for a few cells, or a huge cell, is a mistake
    in the file: one-hot encoding it would silently make hundreds of inputs."""
    for name, values in numbers.items():
        if values is not None:
            continue
        column = table[name]
        text = column.astype("string")
        long = np.flatnonzero((text.str.len() > MAX_CELL_CHARACTERS).fillna(False).to_numpy())
        if len(long):
            raise DataError(
                f"{path}: column {name!r} has a cell of more than {MAX_CELL_CHARACTERS:,} "
                f"characters (line {_lines(long)[0]}); fix it or leave the column out"
            )
        _check_mostly_numbers(path, name, column)


def _check_mostly_numbers(path: Path, name: str, column) -> None:
    import pandas as pd

    present = column.notna().to_numpy()
    words = np.flatnonzero(pd.to_numeric(column, errors="coerce").isna().to_numpy() & present)
    if 0 < len(words) <= max(1, present.sum() // 20):  # at most 5% of the cells
        raise DataError(
            f"{path}: column {name!r} holds numbers except on lines {_some(_lines(words))}; "
            "fix those cells or leave the column out (as text it would be one-hot encoded)"
        )


def _describe(table) -> tuple[list[Column], dict[str, np.ndarray | None]]:
    """Every column's kind, gaps and distinct values; number columns as floats."""
    columns, numbers = [], {}
    for name in (str(c) for c in table.columns):
        values, numeric = as_numbers(table[name])
        numbers[name] = values if numeric else None
        missing = np.flatnonzero(table[name].isna().to_numpy())
        columns.append(Column(name, numeric, _lines(missing), int(table[name].nunique())))
    return columns, numbers


def _chosen_columns(
    path: Path, names: list[str], params: Mapping[str, Any]
) -> tuple[str, list[str]]:
    """The target (the last column unless chosen) and the features (all others unless
    chosen), or a message naming what is not in the file."""
    target = params["target"] or names[-1]
    features = list(params["features"]) or [n for n in names if n != target]
    unknown = [c for c in (target, *features) if c not in names]
    if unknown:
        raise DataError(f"{path}: no column named {unknown[0]!r} (columns: {', '.join(names)})")
    if target in features:
        raise DataError(f"{path}: the target column {target!r} is also a feature column")
    return target, features


def _kept_rows(
    table, target: str, features: list[str], missing: str, columns: list[Column]
) -> tuple[np.ndarray, list[str]]:
    """Which rows are used, and notes saying which were left out and why."""
    keep = table[target].notna().to_numpy().copy()
    notes = []
    without_target = _lines(np.flatnonzero(~keep))
    if without_target:
        notes.append(
            f"{len(without_target)} rows without a target left out (lines {_some(without_target)})"
        )
    if missing == "drop":
        gaps = table[features].isna().any(axis=1).to_numpy() & keep
        if gaps.any():
            lines = _some(_lines(np.flatnonzero(gaps)))
            notes.append(f"{int(gaps.sum())} rows with missing values dropped (lines {lines})")
        keep &= ~gaps
    else:
        gaps = {c.name: len(c.missing_lines) for c in columns if c.missing_lines}
        filled = [f"{f} ({gaps[f]})" for f in features if f in gaps]
        if filled:
            notes.append("missing values filled with the training mean: " + ", ".join(filled))
    return keep, notes


def _encode(
    table, features: list[str], numbers: dict[str, np.ndarray | None], keep: np.ndarray
) -> tuple[np.ndarray, list[str], list[str]]:
    """The kept rows' features as floats: numbers as they are, text one-hot."""
    parts, names, notes = [], [], []
    for name in features:
        if numbers[name] is not None:
            parts.append(numbers[name][keep, None])
            names.append(name)
            continue
        encoded, categories = one_hot(table[name][keep])
        parts.append(encoded)
        names += [f"{name}={c}" for c in categories]
        notes.append(f"{name}: text, one-hot encoded into {len(categories)} columns")
    return np.concatenate(parts, axis=1).astype(np.float32), names, notes


def one_hot(column) -> tuple[np.ndarray, list[str]]:
    """A text column as one 0/1 column per category, the categories sorted; a missing
    value is no category at all. (Copied into exported scripts: self-contained.)"""
    import pandas as pd

    categorical = pd.Categorical(column.astype("string"))
    codes = categorical.codes.astype(np.int64)
    encoded = np.zeros((len(codes), len(categorical.categories)), np.float32)
    seen = codes >= 0
    encoded[np.flatnonzero(seen), codes[seen]] = 1.0
    return encoded, [str(c) for c in categorical.categories]


# ---- .npz -----------------------------------------------------------------------------
def _read_npz(path: Path, params: Mapping[str, Any], progress: Progress) -> FileData:
    import zipfile

    try:
        npz = np.load(path, allow_pickle=False)
    except (OSError, ValueError, zipfile.BadZipFile) as err:
        raise DataError(f"{path}: not a readable .npz file ({err})") from None
    if not isinstance(npz, np.lib.npyio.NpzFile):
        raise DataError(f"{path}: a single .npy array, not an .npz file of named arrays")
    with npz:
        arrays = {name: _npz_array(npz, name, path) for name in npz.files}
        listing = [(n, tuple(a.shape), str(a.dtype)) for n, a in arrays.items()]
        progress(1.0)
    shown = "arrays: " + (", ".join(f"{n} {s}" for n, s, _ in listing) or "none")
    for role in ("x", "y"):
        if params[role] not in arrays:
            what = "inputs" if role == "x" else "targets"
            raise DataError(f"{path}: no array named {params[role]!r} for the {what} ({shown})")
    x, y = arrays[params["x"]], arrays[params["y"]]
    if x.dtype.kind not in "biuf":
        raise DataError(f"{path}: the inputs {params['x']!r} are not numbers ({x.dtype})")
    y, notes = one_column(y)
    if y.ndim != 1:
        raise DataError(
            f"{path}: the targets {params['y']!r} must hold one value per sample, "
            f"got shape {y.shape}"
        )
    if len(x) != len(y):
        raise DataError(f"{path}: {len(x)} inputs but {len(y)} targets")
    if x.ndim == 1:
        x = x[:, None]
    elif x.ndim == 3:
        x = x[..., None]
        notes.append("inputs of shape (samples, height, width) read as one-channel images")
    y, task, names = _classes_or_numbers(
        y, params["task"].name, f"{path}: the targets {params['y']!r}"
    )
    return FileData(
        str(path), x.astype(np.float32), y, task, names, arrays=tuple(listing), notes=tuple(notes)
    )


def _npz_array(npz, name: str, path: Path) -> np.ndarray:
    try:
        return npz[name]
    except ValueError:
        raise DataError(
            f"{path}: the array {name!r} holds Python objects, which LayerLab "
            "never loads (they could run code)"
        ) from None


def one_column(y: np.ndarray) -> tuple[np.ndarray, list[str]]:
    """One target per sample: one-hot rows become class numbers, a column a vector.
    (Copied into exported scripts: self-contained.)"""
    if y.ndim == 2 and y.shape[1] > 1 and np.all(y.sum(axis=1) == 1):
        return y.argmax(axis=1), ["one-hot targets turned into class numbers"]
    if y.ndim == 2 and y.shape[1] == 1:
        return y[:, 0], []
    return y, []


_READERS: dict[str, Callable[[Path, Mapping[str, Any], Progress], FileData]] = {
    "csv": _read_csv,
    "npz": _read_npz,
    "image_folder": image_folders.read_index,
}
