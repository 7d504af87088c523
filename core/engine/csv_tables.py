"""CSV/TSV tables, read in chunks, in two passes: the first learns every column (numbers
or text, its gaps, its categories) and the targets, the second encodes the rows that are
kept into float32, either into one array or, for a table too big for memory, into a file
training streams from (core/engine/table_stream.py). Only a chunk of the file is parsed
at a time; a file of one chunk is parsed once.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from core.engine.file_data import (
    DataError,
    FileData,
    Progress,
    classes_or_numbers,
    keep_in_memory,
    label_of,
)
from core.engine.table_stream import TableFile
from core.i18n import translate
from core.model import catalog
from core.model.facts import MAX_CATEGORIES, Column

PREVIEW_ROWS = 100
CHUNK_ROWS = 100_000  # rows parsed at a time
SNIFF_BYTES = 256 * 1024  # what the encoding and the delimiter are guessed from
MAX_HEADER_BYTES = 1_000_000  # a longer first line is no table header
MAX_COLUMNS = 10_000
MAX_CELL_CHARACTERS = 10_000
LINES_SHOWN = 8  # line numbers a message lists
LINES_KEPT = 1_000  # line numbers of a column's gaps kept for the Data view


# ---- the file's encoding, delimiter and header -----------------------------------------
def text_encoding(path: Path, choice: str) -> str:
    """The text encoding chosen, or the first of UTF-8 (BOM or not), CP949 and Latin-1
    that reads the start of the file."""
    with path.open("rb") as f:
        head = f.read(SNIFF_BYTES)
    if b"\x00" in head:
        message = translate(
            "engine.csv_tables", "{path}: not a text file (it holds binary data, or UTF-16 text)"
        )
        raise DataError(message.format(path=path))
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
        message = translate(
            "engine.csv_tables",
            "{path}: the first line is longer than {most} characters; a table starts with a "
            "header line naming its columns",
        )
        raise DataError(message.format(path=path, most=f"{MAX_HEADER_BYTES:,}"))
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


def _chunks(path: Path, sep: str, encoding: str, progress: Progress) -> Iterator[tuple[int, Any]]:
    """(first row number, chunk of rows) through the file; a DataError says why the
    file is no table."""
    import pandas as pd

    size = path.stat().st_size
    if size == 0:
        raise DataError(_empty(path))
    start = 0
    try:
        with path.open("rb") as f:
            for chunk in pd.read_csv(
                f, sep=sep, chunksize=CHUNK_ROWS, skipinitialspace=True, encoding=encoding
            ):
                progress(min(f.tell() / size, 1.0))
                yield start, chunk
                start += len(chunk)
    except pd.errors.EmptyDataError:
        raise DataError(_empty(path)) from None
    except pd.errors.ParserError as err:
        reason = str(err).strip().splitlines()[-1]
        message = translate(
            "engine.csv_tables", "{path}: not a table with the delimiter {delimiter} ({reason})"
        )
        raise DataError(message.format(path=path, delimiter=repr(sep), reason=reason)) from None
    except UnicodeDecodeError:
        message = translate(
            "engine.csv_tables",
            "{path}: not a {encoding} text file further on; choose its text encoding in the "
            "Data tab",
        )
        raise DataError(message.format(path=path, encoding=encoding)) from None


def _empty(path: Path) -> str:
    return translate("engine.csv_tables", "{path}: the file is empty").format(path=path)


# ---- cells ----------------------------------------------------------------------------
def as_numbers(column) -> tuple[np.ndarray, bool]:
    """The column as floats (NaN where missing), and whether it is numeric at all.
    (Copied into exported scripts: self-contained.)"""
    import pandas as pd

    if column.dtype.kind in "biuf":
        return column.to_numpy(dtype=np.float64, na_value=np.nan), True
    converted = pd.to_numeric(column, errors="coerce")
    numeric = not (converted.isna() & column.notna()).any()
    return converted.to_numpy(dtype=np.float64, na_value=np.nan), numeric


def one_hot(column, categories: list[str] | None = None) -> tuple[np.ndarray, list[str]]:
    """A text column as one 0/1 column per category (its own, sorted, unless given); a
    missing value, or one not among the categories, is no category at all.
    (Copied into exported scripts: self-contained.)"""
    import pandas as pd

    categorical = pd.Categorical(column.astype("string"), categories=categories)
    codes = categorical.codes.astype(np.int64)
    encoded = np.zeros((len(codes), len(categorical.categories)), np.float32)
    seen = codes >= 0
    encoded[np.flatnonzero(seen), codes[seen]] = 1.0
    return encoded, [str(c) for c in categorical.categories]


@dataclass
class _Lines:
    """How many rows of a kind there are, and the line numbers of the first of them."""

    keep: int = LINES_SHOWN
    count: int = 0
    first: list[int] = field(default_factory=list)

    def add(self, rows: np.ndarray, start: int) -> None:
        self.count += len(rows)
        room = self.keep - len(self.first)
        if room > 0:  # data row 0 is line 2, under the header
            self.first += [int(i) + start + 2 for i in rows[:room]]

    def __str__(self) -> str:
        shown = self.first[:LINES_SHOWN]
        more = self.count - len(shown)
        listed = ", ".join(map(str, shown))
        if more <= 0:
            return listed
        return translate("engine.csv_tables", "{lines} and {more} more").format(
            lines=listed, more=more
        )


@dataclass
class _Tally:
    """What the first pass learns of one column."""

    name: str
    numeric: bool = True
    numbers_first: int = 0  # rows of numbers only before the first text cell
    present: int = 0
    gaps: _Lines = field(default_factory=lambda: _Lines(LINES_KEPT))
    words: _Lines = field(default_factory=_Lines)  # cells that are no number
    values: set[str] = field(default_factory=set)  # its text values, up to MAX_CATEGORIES + 1

    def add(self, path: Path, column, start: int) -> None:
        missing = column.isna().to_numpy()
        self.gaps.add(np.flatnonzero(missing), start)
        self.present += int(len(missing) - missing.sum())
        numbers, numeric = as_numbers(column)
        if numeric:
            self.numbers_first += len(column) * self.numeric
            return
        self.numeric = False
        long = np.flatnonzero(
            column.astype("string").str.len().fillna(0).to_numpy() > MAX_CELL_CHARACTERS
        )
        if len(long):
            message = translate(
                "engine.csv_tables",
                "{path}: column {column} has a cell of more than {most} characters (line "
                "{line}); fix it or leave the column out",
            )
            raise DataError(
                message.format(
                    path=path,
                    column=repr(self.name),
                    most=f"{MAX_CELL_CHARACTERS:,}",
                    line=int(long[0]) + start + 2,
                )
            )
        self.words.add(np.flatnonzero(np.isnan(numbers) & ~missing), start)
        if len(self.values) <= MAX_CATEGORIES:
            self.values.update(column.dropna().astype(str).unique())

    def check(self, path: Path) -> None:
        """A text column that is numbers but for a few cells is a mistake in the file:
        one-hot encoding it would silently make hundreds of inputs."""
        if 0 < self.words.count <= max(1, self.present // 20):  # at most 5% of the cells
            message = translate(
                "engine.csv_tables",
                "{path}: column {column} holds numbers except on lines {lines}; fix those "
                "cells or leave the column out (as text it would be one-hot encoded)",
            )
            raise DataError(message.format(path=path, column=repr(self.name), lines=self.words))

    def categories(self, path: Path) -> list[str]:
        """A text feature's categories, sorted (as ``one_hot`` sorts them)."""
        if len(self.values) > MAX_CATEGORIES:
            message = translate(
                "engine.csv_tables",
                "{path}: column {column} has more than {most} different text values; one-hot "
                "encoded, each would be an input: leave it out",
            )
            raise DataError(
                message.format(path=path, column=repr(self.name), most=f"{MAX_CATEGORIES:,}")
            )
        if self.numbers_first:
            message = translate(
                "engine.csv_tables",
                "{path}: column {column} holds only numbers on its first {rows} rows and text "
                "further on (line {line}); fix those cells or leave the column out",
            )
            raise DataError(
                message.format(
                    path=path,
                    column=repr(self.name),
                    rows=f"{self.numbers_first:,}",
                    line=self.words.first[0],
                )
            )
        return sorted(self.values)

    def facts(self) -> Column:
        return Column(
            self.name, self.numeric, tuple(self.gaps.first), len(self.values), self.gaps.count
        )


# ---- the first pass: the columns and the targets --------------------------------------
class _Survey:
    """The first pass over the chunks: every column's tally, which rows are kept, the
    targets of those rows and the preview."""

    def __init__(self, path: Path, params: Mapping[str, Any], first_line: str, sep: str):
        self.path, self.params, self.first_line, self.sep = path, params, first_line, sep
        self.tallies: dict[str, _Tally] = {}
        self.target, self.features = "", []
        self.keep: list[np.ndarray] = []
        self.targets: list[tuple[np.ndarray, bool]] = []
        self.no_target, self.dropped = _Lines(), _Lines()
        self.preview: tuple[tuple[str, ...], ...] = ()

    def add(self, start: int, chunk) -> None:
        if not self.tallies:
            self._first(chunk)
        if len(self.preview) < PREVIEW_ROWS:
            head = chunk.head(PREVIEW_ROWS - len(self.preview))
            shown = head.astype(object).where(head.notna(), "")
            self.preview += tuple(
                tuple(str(v) for v in row) for row in shown.itertuples(index=False)
            )
        for name, tally in self.tallies.items():
            tally.add(self.path, chunk[name], start)
        target = chunk[self.target]
        keep = target.notna().to_numpy().copy()
        self.no_target.add(np.flatnonzero(~keep), start)
        if self.params["missing"].name == "drop":
            gaps = chunk[self.features].isna().any(axis=1).to_numpy() & keep
            self.dropped.add(np.flatnonzero(gaps), start)
            keep &= ~gaps
        self.keep.append(keep)
        numbers, numeric = as_numbers(target[keep])
        self.targets.append(
            (numbers, True) if numeric else (target[keep].astype(str).to_numpy(), False)
        )

    def _first(self, chunk) -> None:
        names = [str(c) for c in chunk.columns]
        if len(names) < 2:  # one column means the delimiter is wrong, far more often than not
            others = [n for n, ch in catalog.DELIMITER_CHARACTERS.items() if ch in self.first_line]
            if others:
                message = translate(
                    "engine.csv_tables",
                    "{path}: only one column found with the delimiter {delimiter}; the first "
                    "line contains the {other} delimiter. A table needs a target column and at "
                    "least one feature column: check the delimiter.",
                )
            else:
                message = translate(
                    "engine.csv_tables",
                    "{path}: only one column found with the delimiter {delimiter}. A table "
                    "needs a target column and at least one feature column: check the "
                    "delimiter.",
                )
            raise DataError(
                message.format(
                    path=self.path,
                    delimiter=repr(self.sep),
                    other=catalog.DELIMITERS[others[0]].label.lower() if others else "",
                )
            )
        self.tallies = {name: _Tally(name) for name in names}
        self.target, self.features = _chosen_columns(self.path, names, self.params)

    def kept(self) -> np.ndarray:
        if not self.keep or sum(len(k) for k in self.keep) == 0:
            message = translate("engine.csv_tables", "{path}: the file has a header but no rows")
            raise DataError(message.format(path=self.path))
        for tally in self.tallies.values():
            if not tally.numeric:
                tally.check(self.path)
        kept = np.concatenate(self.keep)
        if not kept.any():
            message = translate(
                "engine.csv_tables",
                "{path}: no row is left once rows with missing values are dropped",
            )
            raise DataError(message.format(path=self.path))
        return kept

    def target_values(self) -> np.ndarray:
        if all(numeric for _, numeric in self.targets):
            return np.concatenate([values for values, _ in self.targets])
        return np.concatenate(
            [
                np.array([label_of(v) for v in values], dtype=object) if numeric else values
                for values, numeric in self.targets
            ]
        )

    def notes(self) -> list[str]:
        """Which rows were left out and why, and which gaps are filled."""
        notes = []
        if self.no_target.count:
            message = translate(
                "engine.csv_tables", "{count} rows without a target left out (lines {lines})"
            )
            notes.append(message.format(count=self.no_target.count, lines=self.no_target))
        if self.dropped.count:
            message = translate(
                "engine.csv_tables", "{count} rows with missing values dropped (lines {lines})"
            )
            notes.append(message.format(count=self.dropped.count, lines=self.dropped))
        if self.params["missing"].name != "drop":
            filled = [
                f"{f} ({self.tallies[f].gaps.count})"
                for f in self.features
                if self.tallies[f].gaps.count
            ]
            if filled:
                message = translate(
                    "engine.csv_tables", "missing values filled with the training mean: {columns}"
                )
                notes.append(message.format(columns=", ".join(filled)))
        return notes


def _chosen_columns(
    path: Path, names: list[str], params: Mapping[str, Any]
) -> tuple[str, list[str]]:
    """The target (the last column unless chosen) and the features (all others unless
    chosen), or a message naming what is not in the file."""
    target = params["target"] or names[-1]
    features = list(params["features"]) or [n for n in names if n != target]
    unknown = [c for c in (target, *features) if c not in names]
    if unknown:
        message = translate(
            "engine.csv_tables", "{path}: no column named {name} (columns: {columns})"
        )
        raise DataError(message.format(path=path, name=repr(unknown[0]), columns=", ".join(names)))
    if target in features:
        message = translate(
            "engine.csv_tables", "{path}: the target column {name} is also a feature column"
        )
        raise DataError(message.format(path=path, name=repr(target)))
    return target, features


# ---- the second pass: the kept rows as floats ------------------------------------------
@dataclass(frozen=True)
class _Encoding:
    """How the features become inputs: numbers as they are, text one-hot."""

    features: list[tuple[str, list[str] | None]]  # (column, its categories if text)

    @property
    def width(self) -> int:
        return sum(1 if c is None else len(c) for _, c in self.features)

    def names(self) -> list[str]:
        return [
            n
            for name, categories in self.features
            for n in ([name] if categories is None else [f"{name}={c}" for c in categories])
        ]

    def notes(self) -> list[str]:
        message = translate(
            "engine.csv_tables", "{column}: text, one-hot encoded into {count} columns"
        )
        return [
            message.format(column=name, count=len(categories))
            for name, categories in self.features
            if categories is not None
        ]

    def rows(self, chunk, keep: np.ndarray) -> np.ndarray:
        parts = []
        for name, categories in self.features:
            column = chunk[name][keep]
            parts.append(
                as_numbers(column)[0][:, None]
                if categories is None
                else one_hot(column, categories)[0]
            )
        return np.concatenate(parts, axis=1).astype(np.float32)


def read_csv(path: Path, params: Mapping[str, Any], progress: Progress) -> FileData:
    encoding = text_encoding(path, params["encoding"].name)
    first = _header(path, encoding)
    sep = delimiter(path, params["delimiter"].name, encoding)
    if first.count(sep) >= MAX_COLUMNS:
        message = translate(
            "engine.csv_tables", "{path}: more than {most} columns; LayerLab reads at most that"
        )
        raise DataError(message.format(path=path, most=f"{MAX_COLUMNS:,}"))
    survey = _Survey(path, params, first, sep)
    chunks: Iterable[tuple[int, Any]] = []
    for number, (start, chunk) in enumerate(
        _chunks(path, sep, encoding, lambda f: progress(f / 2))
    ):
        survey.add(start, chunk)
        chunks = [(start, chunk)] if number == 0 else ()  # more than one: parsed again
    kept = survey.kept()
    where = translate("engine.csv_tables", "{path}: the target column {name}")
    y, task, class_names = classes_or_numbers(
        survey.target_values(),
        params["task"].name,
        where.format(path=path, name=repr(survey.target)),
    )
    tallies = survey.tallies
    encoding_plan = _Encoding(
        [(f, None if tallies[f].numeric else tallies[f].categories(path)) for f in survey.features]
    )
    if not chunks:
        chunks = _chunks(path, sep, encoding, lambda f: progress(0.5 + f / 2))
    x, table = _encoded(path, chunks, kept, encoding_plan, params["loading"].name)
    return FileData(
        str(path),
        x,
        y,
        task,
        class_names,
        tuple(encoding_plan.names()),
        tuple(t.facts() for t in tallies.values()),
        survey.preview,
        notes=(
            translate("engine.csv_tables", "text encoding: {encoding}").format(
                encoding=_encoding_label(encoding)
            ),
            *survey.notes(),
            *encoding_plan.notes(),
        ),
        table=table,
    )


def _encoded(
    path: Path, chunks: Iterable[tuple[int, Any]], kept: np.ndarray, plan: _Encoding, loading: str
) -> tuple[np.ndarray | None, TableFile | None]:
    """The kept rows encoded: into one array, or into a file to stream from when they
    would take more of the memory than ``keep_in_memory`` allows (or as chosen)."""
    rows = int(kept.sum())
    in_memory = keep_in_memory(rows * plan.width * 4, loading)
    x = np.empty((rows, plan.width), np.float32) if in_memory else None
    table = None if in_memory else TableFile(plan.width, str(path))
    done = 0
    for start, chunk in chunks:
        block = plan.rows(chunk, kept[start : start + len(chunk)])
        if x is not None:
            x[done : done + len(block)] = block
        else:
            table.append(block)
        done += len(block)
    if table is not None:
        table.finish()
    return x, table


def _encoding_label(encoding: str) -> str:
    return catalog.ENCODINGS[encoding].label if encoding in catalog.ENCODINGS else encoding
